"""``attribution explain``: one row per behaviour, asserting the exit code and the rule names
it prints (the text output is the feature, so its lines are read)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from attribution.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "seeds" / "petro-icc-netanyahu.txt")


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["explain", "--isolated", *argv])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param(
            [f"{SEED}:8:33"],
            ["'250'", "a claim (digits)", "[reduced-relative]: covers only '34'",
             "unsourced [no-covering-cue]", "ATR001"],
            id="seed-250-unsourced-why",
        ),
        pytest.param(
            [f"{SEED}:8:85"],
            ["'34'", "sourced [narrow-clause]", "'Israel' (named)"],
            id="seed-34-narrow",
        ),
        pytest.param(
            [f"{SEED}:7:94"], ["'7'", "not a claim (date)", "[day-of-month]"], id="seed-october-7"
        ),
        pytest.param(
            [f"{SEED}:8"], ["'250'", "'129'", "'34'"], id="a-whole-line-without-column"
        ),
        pytest.param(
            ["--text", "Exports fell 3%, the agency said. Imports fell 2%."],
            ["'3%'", "[verb-after-content]", "'2%'", "carried [carried]", "in an earlier sentence"],
            id="text-with-carry",
        ),
        pytest.param(["--text", "No figures at all."], ["<text>: no numbers"], id="no-numbers"),
    ],
)  # fmt: skip
def test_explain_prints_each_step(argv: list[str], expected: list[str]) -> None:
    code, out, err = _run(argv)
    assert (code, err) == (0, "")
    for piece in expected:
        assert piece in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["missing-file.txt:3:1"], "missing-file.txt", id="missing-file"),
        pytest.param([f"{SEED}:1:1"], "no number at", id="no-number-there"),
        pytest.param([SEED, "--text", "40 people"], "not both", id="file-and-text"),
        pytest.param([], "missing FILE", id="nothing-to-explain"),
    ],
)
def test_explain_input_errors_exit_2_with_one_line(argv: list[str], message: str) -> None:
    code, out, err = _run(argv)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_explain_json_is_the_explained_report() -> None:
    code, out, _ = _run([SEED, "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 2
    assert {t["why"]["rule"] for t in data["considered"]} >= {"day-of-month", "digits"}
    assert all(len(c["why"]) == 2 for c in data["claims"])


def test_explain_markdown_position_is_the_files(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    page.write_text("# Floods\n\nSome **40** homes flooded, the council said.\n", encoding="utf-8")
    code, out, _ = _run([f"{page}:3:8"])
    assert code == 0
    assert out.startswith(f"{page}:3:8: '40'")
    assert "sourced [covering-cue]" in out
