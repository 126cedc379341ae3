"""Conventions users bring from ruff and Vale, exit codes by severity, and input/output faults
(issue 19, items 3-5): each row is one behaviour, run through ``main(argv)`` in process."""

from __future__ import annotations

import json
import os
import re

import pytest

from attribution.cli import main

INFO = "A senior official said 40 tanks crossed the border.\n"  # ATR003, info
WARNING = "Rebels seized 412 rifles in the raid.\n"  # ATR001, warning
CLEAN = "Nothing to count here.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for var in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- exit codes by severity (item 4) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "argv", "config", "code"),
    [
        pytest.param(INFO, [], None, 0, id="info findings alone do not fail the run"),
        pytest.param(INFO, ["--fail-on", "info"], None, 1, id="--fail-on info fails on them"),
        pytest.param(INFO, [], 'fail-on = "info"', 1, id="config fail-on info"),
        pytest.param(INFO, ["--fail-on", "warning"], 'fail-on = "info"', 0, id="option wins"),
        pytest.param(WARNING, [], None, 1, id="a warning fails by default"),
        pytest.param(WARNING, ["--fail-on", "error"], None, 0, id="--fail-on error: not it"),
        pytest.param(
            WARNING, ["--fail-on", "error", "--severity", "ATR001=error"], None, 1, id="an error"
        ),
        pytest.param(INFO, ["--fail-on", "info", "--exit-zero"], None, 0, id="exit-zero wins"),
        pytest.param(INFO, ["--format", "json"], None, 0, id="same in every format"),
        pytest.param(INFO, ["--format", "csv"], None, 0, id="archive rows: info alone"),
        pytest.param(INFO, ["--format", "csv", "--fail-on", "info"], None, 1, id="rows: info"),
        pytest.param(WARNING, ["--format", "csv"], None, 1, id="rows: a warning"),
        pytest.param(CLEAN, ["--fail-on", "info"], None, 0, id="no findings"),
    ],
)
def test_exit_code_by_severity(capsys, workdir, article, argv, config, code):
    write(workdir / "a.txt", article)
    if config:
        write(workdir / "pyproject.toml", f"[tool.attribution]\n{config}\n")
    rc, out, err = run(capsys, "check", "a.txt", *argv)
    assert (rc, err) == (code, "")
    if article is not CLEAN:
        assert "a.txt" in out  # shown, whatever the exit code


@pytest.mark.parametrize(
    ("argv", "config"),
    [(["--fail-on", "never"], None), ([], 'fail-on = "fatal"')],
    ids=["bad option", "bad config value"],
)
def test_bad_fail_on_is_a_usage_error(capsys, workdir, argv, config):
    write(workdir / "a.txt", INFO)
    if config:
        write(workdir / "pyproject.toml", f"[tool.attribution]\n{config}\n")
    rc, out, err = run(capsys, "check", "a.txt", *argv)
    assert rc == 2 and out == "" and err.count("\n") == 1 and "fail-on" in err


# --- input and output faults (item 5) ---------------------------------------------------------


def test_walk_skips_the_output_file(capsys, workdir):
    write(workdir / "a.txt", WARNING)
    assert run(capsys, "check", ".", "-o", "report.txt")[0] == 1
    rc, _, err = run(capsys, "check", ".", "-o", "report.txt")
    report = (workdir / "report.txt").read_text(encoding="utf-8")
    assert rc == 1 and err == ""
    assert "a.txt:1:15:" in report and "report.txt" not in report


@pytest.mark.parametrize("named", ["a.txt", "link.txt", "./a.txt"])
def test_output_file_named_as_an_input_is_a_usage_error(capsys, workdir, named):
    write(workdir / "a.txt", WARNING)
    (workdir / "link.txt").symlink_to(workdir / "a.txt")
    rc, out, err = run(capsys, "check", "a.txt", "--format", "json", "-o", named)
    assert rc == 2 and out == "" and err.count("\n") == 1 and "one of the inputs" in err
    assert (workdir / "a.txt").read_text(encoding="utf-8") == WARNING  # not overwritten


ARTICLE_ACCENT = "Le café a vendu 412 croissants.\n"  # the claim at line 1, column 17
HTML_BODY = "<body><p>Le café a vendu 412 croissants.</p></body></html>"


@pytest.mark.parametrize(
    ("name", "data", "argv", "expected"),
    [
        pytest.param("a.txt", ARTICLE_ACCENT.encode("utf-8"), [], (1, 17), id="utf-8"),
        pytest.param(
            "a.txt", b"\xef\xbb\xbf" + ARTICLE_ACCENT.encode(), [], (1, 17), id="utf-8 BOM"
        ),
        *(
            pytest.param(
                "a.txt",
                bom + ("Calm.\n" + ARTICLE_ACCENT).encode(codec),
                [],
                (2, 17),
                id=f"{codec} BOM",
            )
            for bom, codec in [
                (b"\xff\xfe", "utf-16-le"),
                (b"\xfe\xff", "utf-16-be"),
                (b"\xff\xfe\x00\x00", "utf-32-le"),
                (b"\x00\x00\xfe\xff", "utf-32-be"),
            ]
        ),
        pytest.param(
            "a.txt",
            ARTICLE_ACCENT.encode("cp1252"),
            ["--encoding", "cp1252"],
            (1, 17),
            id="--encoding cp1252",
        ),
        pytest.param(
            "a.txt",
            ARTICLE_ACCENT.encode("utf-16-le"),
            ["--encoding", "utf-16-le"],
            (1, 17),
            id="--encoding utf-16-le without a mark",
        ),
        pytest.param(
            "a.html",
            ('<html><head><meta charset="windows-1252"></head>' + HTML_BODY).encode("cp1252"),
            [],
            (1, 74),
            id="meta charset",
        ),
        pytest.param(
            "a.html",
            (
                '<html><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=ISO-8859-1"></head>' + HTML_BODY
            ).encode("cp1252"),
            [],
            (1, 117),
            id="meta http-equiv",
        ),
        pytest.param(
            "a.txt",
            ARTICLE_ACCENT.encode("cp1252"),
            [],
            "not valid UTF-8 (byte 0xe9 at byte offset 6); if the file is in another "
            "encoding, pass it, e.g. --encoding cp1252",
            id="not UTF-8 names the encoding to pass",
        ),
        pytest.param(
            "a.txt",
            ARTICLE_ACCENT.encode("utf-16-le"),
            [],
            "looks like UTF-16-LE without a byte-order mark; pass --encoding utf-16-le",
            id="UTF-16 without a mark",
        ),
        pytest.param(
            "a.txt",
            b"abc\x00def 12",
            [],
            "binary file (contains NUL bytes); not checked",
            id="binary",
        ),
        pytest.param(
            "a.txt",
            b"\x81\x81 12",
            ["--encoding", "utf-8"],
            "not valid utf-8 (byte 0x81 at byte offset 0: invalid start byte)",
            id="invalid in the encoding given",
        ),
    ],
)
def test_encodings(capsys, workdir, name, data, argv, expected):
    (workdir / name).write_bytes(data)
    rc, out, err = run(capsys, "check", name, "--format", "json", *argv)
    file = json.loads(out)["files"][0]
    if isinstance(expected, str):
        assert rc == 2 and err == f"{name}: error: {expected}\n"
        return
    assert (rc, err) == (1, "")
    (finding,) = file["findings"]
    assert (finding["line"], finding["column"], finding["text"]) == (*expected, "412")


@pytest.mark.parametrize("value", ["nope", "rot13", "base64"])
def test_unknown_encoding_is_a_usage_error(capsys, workdir, value):
    write(workdir / "a.txt", WARNING)
    rc, out, err = run(capsys, "check", "a.txt", "--encoding", value)
    assert rc == 2 and out == "" and err.count("\n") == 1 and "--encoding" in err


@pytest.fixture
def locked(monkeypatch):
    """Directories named ``locked`` cannot be listed (chmod would not stop root)."""
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["sub/locked", "a.txt"], "sub/locked: error: cannot read directory: permission denied"),
        (["."], "sub/locked: error: cannot read directory: permission denied"),
    ],
    ids=["named", "met in a walk"],
)
def test_unreadable_directory_is_an_input_error(capsys, workdir, locked, argv, error):
    write(workdir / "a.txt", WARNING)
    write(workdir / "sub" / "locked" / "b.txt", WARNING)
    write(workdir / "sub" / "c.txt", WARNING)
    rc, out, err = run(capsys, "check", "--format", "concise", *argv)
    assert rc == 2 and err == error + "\n"
    assert "a.txt:1:15:" in out  # the others are still checked


CR_TEXT = "Quiet morning.\rRebels seized 412 rifles.\r\rThe convoy carried 96 crates.\r"


def positions(fmt: str, out: str) -> list[tuple[int, int]]:
    if fmt == "json":
        return [(f["line"], f["column"]) for f in json.loads(out)["files"][0]["findings"]]
    if fmt == "sarif":
        regions = [
            r["locations"][0]["physicalLocation"]["region"]
            for r in json.loads(out)["runs"][0]["results"]
        ]
        return [(r["startLine"], r["startColumn"]) for r in regions]
    if fmt == "github":
        return [(int(m[1]), int(m[2])) for m in re.finditer(r",line=(\d+),col=(\d+),", out)]
    return [(int(m[1]), int(m[2])) for m in re.finditer(r"^\S+:(\d+):(\d+): ", out, re.M)]


@pytest.mark.parametrize("name", ["cr.txt", "cr.md"])
@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github"])
def test_bare_cr_ends_lines_in_every_format(capsys, workdir, name, fmt):
    (workdir / name).write_bytes(CR_TEXT.encode())
    rc, out, _ = run(capsys, "check", name, "--format", fmt)
    assert rc == 1
    assert positions(fmt, out) == [(2, 15), (4, 20)]


def test_bare_cr_in_the_json_claims(capsys, workdir):
    (workdir / "cr.txt").write_bytes(CR_TEXT.encode())
    _, out, _ = run(capsys, "check", "cr.txt", "--format", "json")
    claims = json.loads(out)["files"][0]["claims"]
    assert [(c["line"], c["column"]) for c in claims] == [(2, 15), (4, 20)]


def strict_json(text: str) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


HUGE = "The fund lost " + "9" * 400 + " coins last year.\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_never_writes_infinity(capsys, workdir, fmt):
    write(workdir / "a.txt", HUGE)
    rc, out, _ = run(capsys, "check", "a.txt", "--format", fmt)
    assert rc == 1
    if fmt == "json":
        (claim,) = strict_json(out)["files"][0]["claims"]  # type: ignore[index]
    else:
        (claim,) = [strict_json(line) for line in out.splitlines()]
    assert (claim["value"], claim["low"], claim["high"]) == (None, None, None)


def test_report_to_dict_never_holds_infinity():
    import attribution

    data = attribution.check(HUGE).to_dict()
    strict_json(json.dumps(data))
    assert data["claims"][0]["value"] is None


# --- conventions from ruff and Vale (item 3) --------------------------------------------------


def checked(capsys, *argv: str) -> list[str]:
    """The files ``check --show-files`` lists."""
    rc, out, err = run(capsys, "check", "--show-files", *argv)
    assert (rc, err) == (0, "")
    return out.splitlines()


@pytest.fixture
def tree(workdir):
    """A git work tree of articles with .gitignore files at two levels."""
    (workdir / ".git").mkdir()
    write(workdir / ".gitignore", "build/\n*.draft.md\n!keep.draft.md\n/top-only.txt\n")
    for name in [
        "a.txt",
        "top-only.txt",
        "sub/top-only.txt",
        "x.draft.md",
        "keep.draft.md",
        "build/out.txt",
        "sub/b.md",
        "sub/c.draft.md",
        "sub/private/p.txt",
        "sub/notes.html",
    ]:
        write(workdir / name, WARNING)
    write(workdir / "sub" / ".gitignore", "private/\n*.html\n")
    return workdir


KEPT = ["a.txt", "keep.draft.md", "sub/b.md", "sub/top-only.txt"]
EVERY = sorted(
    [*KEPT, "build/out.txt", "sub/c.draft.md", "sub/notes.html", "sub/private/p.txt"]
    + ["top-only.txt", "x.draft.md"]
)


@pytest.mark.parametrize(
    ("argv", "config", "expected"),
    [
        pytest.param(["."], None, KEPT, id="gitignore respected"),
        pytest.param(["--no-respect-gitignore", "."], None, EVERY, id="--no-respect-gitignore"),
        pytest.param(["."], "respect-gitignore = false", EVERY, id="config respect-gitignore"),
        pytest.param(["sub"], None, ["sub/b.md", "sub/top-only.txt"], id="walk of a subdirectory"),
        pytest.param(["x.draft.md", "."], None, ["x.draft.md", *KEPT], id="named files are read"),
    ],
)
def test_gitignore_when_walking(capsys, tree, argv, config, expected):
    if config:
        write(tree / "pyproject.toml", f"[tool.attribution]\n{config}\n")
    got = checked(capsys, *argv)
    assert sorted(got) == sorted(expected)


def test_gitignore_outside_a_work_tree_applies_below_the_walked_directory(capsys, workdir):
    write(workdir / "outer" / ".gitignore", "*.txt\n")  # above the walk, no .git: not read
    write(workdir / "outer" / "d" / "a.txt", WARNING)
    write(workdir / "outer" / "d" / "e" / ".gitignore", "*.txt\n")
    write(workdir / "outer" / "d" / "e" / "b.txt", WARNING)
    assert checked(capsys, "outer/d") == ["outer/d/a.txt"]


@pytest.mark.parametrize(
    ("argv", "config", "expected"),
    [
        pytest.param(["drafts/a.md", "b.txt"], None, ["drafts/a.md", "b.txt"], id="named kept"),
        pytest.param(["--force-exclude", "drafts/a.md", "b.txt"], None, ["b.txt"], id="option"),
        pytest.param(["drafts/a.md", "b.txt"], "force-exclude = true", ["b.txt"], id="config"),
        pytest.param(["--force-exclude", "drafts", "b.txt"], None, ["b.txt"], id="a directory"),
        pytest.param(
            ["--no-force-exclude", "drafts/a.md"],
            "force-exclude = true",
            ["drafts/a.md"],
            id="--no-force-exclude",
        ),
    ],
)
def test_force_exclude_applies_exclude_to_named_files(capsys, workdir, argv, config, expected):
    write(workdir / "drafts" / "a.md", WARNING)
    write(workdir / "b.txt", WARNING)
    write(
        workdir / "pyproject.toml",
        '[tool.attribution]\nexclude = ["drafts"]\n' + (config or "") + "\n",
    )
    assert checked(capsys, *argv) == expected


def test_force_exclude_run_with_every_file_excluded_is_clean(capsys, workdir):
    write(workdir / "drafts" / "a.md", WARNING)
    rc, out, err = run(capsys, "check", "--force-exclude", "--exclude", "drafts", "drafts/a.md")
    assert (rc, err) == (0, "") and out == "No findings in 0 files.\n"


@pytest.mark.parametrize(
    ("config", "argv", "codes"),
    [
        pytest.param(
            None, [], {"wire/a.txt": ["ATR001", "ATR003"], "b.txt": ["ATR001"]}, id="none"
        ),
        pytest.param(
            '"wire/*.txt" = ["ATR003"]',
            [],
            {"wire/a.txt": ["ATR001"], "b.txt": ["ATR001"]},
            id="config glob",
        ),
        pytest.param(
            '"*.txt" = ["ATR001"]',
            [],
            {"wire/a.txt": ["ATR003"]},
            id="a name matches at any depth",
        ),
        pytest.param('"wire/" = ["ALL"]', [], {"b.txt": ["ATR001"]}, id="a directory, ALL"),
        pytest.param(
            None,
            ["--per-file-ignores", "b.txt:unsourced-claim"],
            {"wire/a.txt": ["ATR001", "ATR003"]},
            id="command line, by name",
        ),
    ],
)
def test_per_file_ignores(capsys, workdir, config, argv, codes):
    write(workdir / "wire" / "a.txt", WARNING + INFO)
    write(workdir / "b.txt", WARNING)
    table = f"[tool.attribution.per-file-ignores]\n{config}\n" if config else ""
    write(workdir / "pyproject.toml", "[tool.attribution]\nfail-on = 'info'\n" + table)
    rc, out, _ = run(capsys, "check", "--format", "json", ".", *argv)
    got = {f["path"]: [x["code"] for x in f["findings"]] for f in json.loads(out)["files"]}
    assert {p: c for p, c in got.items() if c} == codes
    assert rc == (1 if codes else 0)


def test_per_file_ignores_are_relative_to_the_configuration_file(capsys, workdir, monkeypatch):
    write(workdir / "proj" / "wire" / "a.txt", WARNING)
    write(
        workdir / "proj" / "pyproject.toml",
        '[tool.attribution.per-file-ignores]\n"/wire/*.txt" = ["ATR001"]\n',
    )
    monkeypatch.chdir(workdir / "proj" / "wire")
    assert run(capsys, "check", "a.txt")[0] == 0
    monkeypatch.chdir(workdir)
    assert run(capsys, "check", "proj/wire/a.txt")[0] == 0
    assert run(capsys, "check", "--isolated", "proj/wire/a.txt")[0] == 1


@pytest.mark.parametrize(
    "value", ["nocolon", ":ATR001", "a.txt:", "a.txt:ATR999"], ids=lambda v: v or "empty"
)
def test_bad_per_file_ignores_option_is_a_usage_error(capsys, workdir, value):
    write(workdir / "a.txt", WARNING)
    rc, out, err = run(capsys, "check", "--per-file-ignores", value, "a.txt")
    assert rc == 2 and out == "" and err.count("\n") == 1


def test_rule_all_prints_every_rule_page(capsys):
    from attribution import RULES
    from attribution.cli import rule_doc

    rc, out, _ = run(capsys, "rule", "--all")
    assert rc == 0
    for rule in RULES:
        assert rule_doc(rule.code) in out
    assert out.index("ATR001") < out.index("ATR002") < out.index("ATR003") < out.index("ATR004")


def test_show_settings_prints_the_resolved_configuration(capsys, workdir):
    import tomllib

    from attribution import Config

    write(
        workdir / "pyproject.toml",
        '[tool.attribution]\nignore = ["ATR003"]\nallow = ["100%"]\nexclude = ["old"]\n'
        '[tool.attribution.per-file-ignores]\n"wire/*.md" = ["ATR002"]\n',
    )
    rc, out, err = run(
        capsys, "check", "--show-settings", "--severity", "ATR001=error", "--fail-on", "info"
    )
    assert (rc, err) == (0, "")
    assert str(workdir / "pyproject.toml") in out.splitlines()[0]
    table = tomllib.loads(out)["tool"]["attribution"]
    assert table["select"] == ["ATR001", "ATR002"]
    assert table["severity"]["ATR001"] == "error" and table["fail-on"] == "info"
    shown = Config.from_dict(table)
    assert (shown.select, shown.allow, shown.exclude, shown.fail_on) == (
        frozenset({"ATR001", "ATR002"}),
        frozenset({"100%"}),
        ("old",),
        "info",
    )
    assert table["per-file-ignores"] == {"wire/*.md": ["ATR002"]}


def test_show_files_lists_without_checking(capsys, workdir):
    write(workdir / "a.txt", WARNING)
    write(workdir / "d" / "b.md", WARNING)
    write(workdir / "d" / "skip.py", WARNING)
    assert checked(capsys) == ["a.txt", "d/b.md"]
    rc, out, err = run(capsys, "check", "--show-files", "a.txt", "missing.txt")
    assert rc == 2 and out == "a.txt\n" and err == "missing.txt: error: no such file or directory\n"


# --- baseline ---------------------------------------------------------------------------------

TWO = "Rebels seized 412 rifles in the raid.\nThe convoy carried 96 crates of shells.\n"


def reported(capsys, *argv: str) -> tuple[int, list[tuple[str, str, str]]]:
    """Exit code and (path, code, token) of each finding reported in JSON."""
    rc, out, _ = run(capsys, "check", "--format", "json", *argv)
    files = json.loads(out)["files"]
    return rc, [(f["path"], x["code"], x["text"]) for f in files for x in f["findings"]]


def test_baseline_is_written_when_missing_and_reports_nothing(capsys, workdir):
    write(workdir / "a.txt", TWO)
    rc, out, err = run(capsys, "check", "--baseline", "base.json", "a.txt")
    assert rc == 0 and "No findings in 1 file." in out
    assert err == "attribution: wrote the baseline base.json (2 findings)\n"
    data = json.loads((workdir / "base.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert {(e["path"], e["code"], e["text"], e["occurrence"]) for e in data["findings"]} == {
        ("a.txt", "ATR001", "412 rifles", 0),
        ("a.txt", "ATR001", "96 crates", 0),
    }


@pytest.mark.parametrize(
    ("edited", "new"),
    [
        pytest.param(TWO, [], id="unchanged"),
        pytest.param("A new first line.\n\n" + TWO, [], id="lines added above"),
        pytest.param("Rebels, it seems, seized 412 rifles in the raid.\n", [], id="moved in line"),
        pytest.param(TWO + "The militia burned 58 cars.\n", ["58"], id="a new claim"),
        pytest.param(
            TWO + "The gang stole 412 rifles from the depot.\n", ["412"], id="a second copy is new"
        ),
        pytest.param(TWO.replace("412 rifles", "413 rifles"), ["413"], id="a changed claim is new"),
    ],
)
def test_baseline_reports_only_new_findings(capsys, workdir, edited, new):
    write(workdir / "a.txt", TWO)
    assert run(capsys, "check", "--baseline", "base.json", "a.txt")[0] == 0
    write(workdir / "a.txt", edited)
    rc, findings = reported(capsys, "--baseline", "base.json", "a.txt")
    assert [text for _, _, text in findings] == new
    assert rc == (1 if new else 0)
    assert capsys.readouterr().err == ""


def test_baseline_paths_are_relative_to_the_baseline_file(capsys, workdir, monkeypatch):
    write(workdir / "news" / "a.txt", TWO)
    assert run(capsys, "check", "--baseline", "ci/base.json", "news")[0] == 0
    monkeypatch.chdir(workdir / "news")
    assert reported(capsys, "--baseline", "../ci/base.json", "a.txt") == (0, [])
    write(workdir / "ci" / "x.txt", TWO)  # a file with the same name elsewhere is not covered
    monkeypatch.chdir(workdir)
    assert len(reported(capsys, "--baseline", "ci/base.json", "ci/x.txt")[1]) == 2


@pytest.mark.parametrize(
    ("content", "argv"),
    [
        pytest.param("not json", [], id="not JSON"),
        pytest.param('{"version": 99, "findings": []}', [], id="another version"),
        pytest.param('{"version": 1, "findings": [{"path": "a.txt"}]}', [], id="bad entry"),
        pytest.param('{"version": 1, "findings": []}', ["--format", "csv"], id="row format"),
    ],
)
def test_bad_baseline_is_a_usage_error(capsys, workdir, content, argv):
    write(workdir / "a.txt", TWO)
    write(workdir / "base.json", content)
    rc, out, err = run(capsys, "check", "--baseline", "base.json", "a.txt", *argv)
    assert rc == 2 and out == "" and err.count("\n") == 1


# --- add-noqa ---------------------------------------------------------------------------------

NOQA_CASES = [
    pytest.param("a.txt", TWO, "utf-8", 2, id="plain text"),
    pytest.param("a.txt", TWO.replace("\n", "\r\n"), "utf-8", 2, id="CRLF kept"),
    pytest.param("a.txt", TWO.replace("\n", "\r"), "utf-8", 2, id="bare CR kept"),
    pytest.param("a.txt", "\ufeff" + TWO, "utf-16", 2, id="UTF-16 kept"),
    pytest.param(
        "a.txt",
        "Rebels seized 412 rifles. A senior official said 40 tanks crossed.\n",
        "utf-8",
        1,
        id="two codes on a line: one comment",
    ),
    pytest.param(
        "b.md",
        "# Title 901\n\nSome 70 families fled the town.\n\n- Traders lost 12 stalls.\n\n"
        "| place | loss |\n| --- | --- |\n| north | 300 homes burned |\n",
        "utf-8",
        3,
        id="Markdown paragraph, list item and table cell",
    ),
    pytest.param(
        "c.html",
        "<html><body><p>Rebels seized 412 rifles\nin the raid.</p>\n"
        "<ul><li>Traders lost 12 stalls.</li></ul></body></html>\n",
        "utf-8",
        2,
        id="HTML",
    ),
]


@pytest.mark.parametrize(("name", "text", "encoding", "added"), NOQA_CASES)
def test_add_noqa_silences_every_finding_and_is_idempotent(
    capsys, workdir, name, text, encoding, added
):
    (workdir / name).write_bytes(text.encode(encoding))
    rc, before = reported(capsys, "--fail-on", "info", name)
    assert rc == 1 and before, "precondition: findings to silence"
    rc, out, err = run(capsys, "check", "--add-noqa", name)
    assert (rc, out) == (0, "")
    assert err == f"Added {added} suppression comment{'s' * (added != 1)} to 1 file.\n"
    edited = (workdir / name).read_bytes()
    new_text = edited.decode(encoding)
    assert new_text.count("<!-- attribution-disable-line") == added
    # Only comments were added: every line break and every original character is kept.
    stripped = re.sub(r" ?<!-- attribution-disable-line [A-Z0-9 ]+-->", "", new_text)
    assert stripped.replace(" |", "|") == text.replace(" |", "|")
    assert reported(capsys, "--fail-on", "info", name) == (0, [])
    rc, _, err = run(capsys, "check", "--add-noqa", name)
    assert (rc, err) == (0, "Added 0 suppression comments to 0 files.\n")
    assert (workdir / name).read_bytes() == edited


def test_add_noqa_extends_an_existing_comment(capsys, workdir):
    write(
        workdir / "a.txt",
        "Rebels seized 412 rifles. A senior official said 40 tanks crossed. "
        "<!-- attribution-disable-line ATR003 -->\n",
    )
    assert run(capsys, "check", "--add-noqa", "--select", "ALL", "a.txt")[0] == 0
    text = (workdir / "a.txt").read_text(encoding="utf-8")
    assert text.endswith("crossed. <!-- attribution-disable-line ATR001 ATR003 -->\n")


def test_add_noqa_cannot_edit_stdin(capsys, workdir):
    rc, out, err = run(capsys, "check", "--add-noqa", "-")
    assert rc == 2 and out == "" and err.count("\n") == 1
