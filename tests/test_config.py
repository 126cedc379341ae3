"""Configuration: Config.from_dict, pyproject.toml discovery, --config files, CLI overrides."""

from __future__ import annotations

import json
import os

import pytest

from attribution import Config, ConfigError
from attribution.cli import find_pyproject, main

# --- Config.from_dict -------------------------------------------------------------------------


def test_defaults():
    c = Config()
    assert c.select == {"ATR001", "ATR002", "ATR003"}
    assert c.min_severity == "info" and c.exclude == () and c.carry is True


@pytest.mark.parametrize(
    ("data", "check"),
    [
        ({"select": ["ATR001"]}, lambda c: c.select == {"ATR001"}),
        ({"select": ["ALL"]}, lambda c: c.select == {"ATR001", "ATR002", "ATR003", "ATR004"}),
        ({"extend-select": ["carried-attribution"]}, lambda c: "ATR004" in c.select),
        ({"ignore": ["ATR00"]}, lambda c: c.select == frozenset()),
        ({"severity": {"ATR001": "error"}}, lambda c: c.severity_of("ATR001") == "error"),
        ({"carry": False}, lambda c: c.carry is False),
        ({"allow": ["100%"]}, lambda c: c.allow == {"100%"}),
        ({"min-severity": "warning"}, lambda c: c.min_severity == "warning"),
        ({"exclude": ["drafts/*"]}, lambda c: c.exclude == ("drafts/*",)),
    ],
)
def test_from_dict(data, check):
    assert check(Config.from_dict(data))


def test_exclude_and_extend_exclude_layer():
    base = Config.from_dict({"exclude": ["a"]})
    assert Config.from_dict({"extend-exclude": ["b"]}, base=base).exclude == ("a", "b")
    assert Config.from_dict({"exclude": ["c"]}, base=base).exclude == ("c",)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"colour": True}, "unknown key"),
        ({"select": ["ATR999"]}, "unknown rule code"),
        ({"select": "ATR001"}, "expected a list"),
        ({"severity": {"ATR001": "fatal"}}, "not one of"),
        ({"carry": "yes"}, "true or false"),
        ({"min-severity": "loud"}, "min-severity"),
        ({"exclude": "drafts"}, "exclude"),
        ({"exclude": [""]}, "exclude"),
    ],
)
def test_from_dict_errors(data, match):
    with pytest.raises(ConfigError, match=match):
        Config.from_dict(data)


# --- files and the command line ---------------------------------------------------------------

ARTICLE = "Rebels seized 412 rifles in the raid.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes_of(capsys, argv) -> tuple[int, list[str], str]:
    rc = main([*argv, "--format", "json"])
    out, err = capsys.readouterr()
    if not out:
        return rc, [], err
    data = json.loads(out)
    return rc, [f["code"] for file in data["files"] for f in file["findings"]], err


def baseline_codes(capsys, project) -> list[str]:
    rc, codes, _ = codes_of(capsys, ["check", "--isolated", "news"])
    assert codes, "precondition: the engine flags a figure in ARTICLE"
    return codes


def test_pyproject_is_found_upward(project, capsys):
    codes = baseline_codes(capsys, project)
    ignored = sorted(set(codes))
    (project / "pyproject.toml").write_text(
        "[tool.attribution]\nignore = " + json.dumps(ignored) + "\n", encoding="utf-8"
    )
    rc, found, _ = codes_of(capsys, ["check", "news"])
    assert (rc, found) == (0, [])
    # From a subdirectory, with a path relative to it.
    os.chdir(project / "news")
    assert codes_of(capsys, ["check", "a.txt"])[:2] == (0, [])
    # --isolated ignores it.
    assert codes_of(capsys, ["check", "--isolated", "a.txt"])[1] == codes


def test_pyproject_without_table_does_not_stop_the_search(project, capsys):
    (project / "pyproject.toml").write_text(
        '[tool.attribution]\nignore = ["ALL"]\n', encoding="utf-8"
    )
    (project / "news" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_pyproject(project / "news") == project / "pyproject.toml"
    assert codes_of(capsys, ["check", "news/a.txt"])[:2] == (0, [])


@pytest.mark.parametrize(
    "content",
    [
        '[tool.attribution]\nseverity = { ATR001 = "error", ATR002 = "error", ATR003 = "error" }\n',
        'severity = { ATR001 = "error", ATR002 = "error", ATR003 = "error" }\n',
    ],
)
def test_config_file_table_or_top_level(project, capsys, content):
    baseline_codes(capsys, project)
    (project / "cfg.toml").write_text(content, encoding="utf-8")
    main(["check", "--config", "cfg.toml", "news", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in data["files"][0]["findings"]} == {"error"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[tool.attribution]\ncolour = true\n", "unknown key(s) 'colour'"),
        ('[tool.attribution]\nselect = ["ATR999"]\n', "unknown rule code 'ATR999'"),
        ("[tool.attribution\n", "invalid TOML"),
        ("[tool.other]\nx = 1\n", "unknown key(s) 'tool'"),
    ],
)
def test_bad_config_file_exits_2(project, capsys, content, message):
    (project / "cfg.toml").write_text(content, encoding="utf-8")
    assert main(["check", "--config", "cfg.toml", "news"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("attribution: error: cfg.toml: ")
    assert message in err
    assert "Traceback" not in err


def test_bad_pyproject_exits_2(project, capsys):
    (project / "pyproject.toml").write_text("[tool.attribution]\nselect = 1\n", encoding="utf-8")
    assert main(["check", "news"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml: [tool.attribution]: select" in err


def test_missing_config_file_exits_2(project, capsys):
    assert main(["check", "--config", "nope.toml", "news"]) == 2
    assert "nope.toml: config file not found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--select", "ATR999"], "unknown rule code 'ATR999'"),
        (["--ignore", "nope"], "unknown rule code 'nope'"),
        (["--severity", "ATR001"], "expected CODE=LEVEL"),
        (["--severity", "ATR001=fatal"], "not one of"),
        (["--min-severity", "loud"], "invalid choice"),
    ],
)
def test_bad_cli_options_exit_2(project, capsys, argv, message):
    assert main(["check", "--isolated", "news", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_cli_overrides_config(project, capsys):
    codes = baseline_codes(capsys, project)
    (project / "pyproject.toml").write_text(
        '[tool.attribution]\nignore = ["ALL"]\n', encoding="utf-8"
    )
    rc, found, _ = codes_of(capsys, ["check", "news", "--select", ",".join(sorted(set(codes)))])
    assert found == codes and rc == 1


def test_cli_severity_and_min_severity(project, capsys):
    codes = baseline_codes(capsys, project)
    sev = [arg for code in sorted(set(codes)) for arg in ("--severity", f"{code}=info")]
    main(["check", "--isolated", "news", "--format", "json", *sev])
    data = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in data["files"][0]["findings"]} == {"info"}
    rc, found, _ = codes_of(
        capsys, ["check", "--isolated", "news", *sev, "--min-severity", "warning"]
    )
    assert (rc, found) == (0, [])


def test_cli_allow(project, capsys):
    main(["check", "--isolated", "news", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    tokens = [f["text"] for f in data["files"][0]["findings"]]
    assert tokens
    allow = [arg for t in tokens for arg in ("--allow", t)]
    assert codes_of(capsys, ["check", "--isolated", "news", *allow])[:2] == (0, [])


def test_cli_no_carry_is_accepted(project, capsys):
    assert main(["check", "--isolated", "--no-carry", "news", "-q"]) in (0, 1)
    assert main(["check", "--isolated", "--carry", "news", "-q"]) in (0, 1)
