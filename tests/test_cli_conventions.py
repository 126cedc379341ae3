"""Conventions users bring from ruff and Vale, exit codes by severity, and input/output faults
(issue 19, items 3-5): each row is one behaviour, run through ``main(argv)`` in process."""

from __future__ import annotations

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
