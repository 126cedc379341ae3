"""Smoke test for benchmarks/ab.py: both sides load and take turns on tiny inputs.

No timing assertions: this only keeps the A/B script working as the engine changes.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _scripts import load_script

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = [
    "At least 40 people died, police said.\n\nThe ministry said 12 were injured.",
    "Rebels seized 412 rifles in the raid, according to the army.",
    "No figures here.",
]


@pytest.fixture(scope="module")
def ab():
    yield load_script("benchmarks/ab.py", "attribution_ab_script")
    for name in [n for n in sys.modules if n.startswith(("attribution_ab_", "attribution_ab."))]:
        sys.modules.pop(name, None)


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    lines = [json.dumps({"id": f"t-{i}", "text": t}) for i, t in enumerate(ARTICLES)]
    (d / "bbc.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("stage", ["check", "segment", "claims", "cues", "link"])
def test_compare_runs_every_stage(ab, stage, capsys):
    result = ab.compare(ROOT / "attribution", ROOT / "attribution", ARTICLES, stage, 2, 2)
    assert result["stage"] == stage
    assert result["articles"] == len(ARTICLES)
    assert len(result["rounds"]) == 2
    for row in result["rounds"]:
        assert row["base_s"] > 0 and row["work_s"] > 0
        assert math.isclose(row["ratio"], row["work_s"] / row["base_s"])
    assert "median work/base over 2 rounds" in capsys.readouterr().out


def test_both_sides_are_separate_packages(ab):
    ab.compare(ROOT / "attribution", ROOT / "attribution", ARTICLES[:1], "check", 1, 1)
    base = sys.modules["attribution_ab_base"]
    work = sys.modules["attribution_ab_work"]
    assert base is not work
    assert base.check is not work.check
    assert base.check(ARTICLES[0]).findings == ()  # both claims are sourced
    assert [c.token.text for c in work.check(ARTICLES[1]).claims] == ["412"]


def test_main_against_a_directory(ab, corpus_dir, tmp_path, capsys):
    base = tmp_path / "base"
    shutil.copytree(ROOT / "attribution", base / "attribution")
    argv = ["--base-dir", str(base), "--corpus", str(corpus_dir), "--rounds", "1"]
    assert ab.main(argv) == 0
    assert "round 1:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--file", "missing.jsonl"], "no corpus file"),
        (["--base-dir", "/nonexistent-dir"], "no package at"),
    ],
)
def test_input_errors_exit_2(ab, corpus_dir, argv, message, capsys):
    assert ab.main([*argv, "--corpus", str(corpus_dir)]) == 2
    assert message in capsys.readouterr().err


def _in_git_checkout() -> bool:
    if shutil.which("git") is None:
        return False
    probe = subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _in_git_checkout(), reason="not a git checkout")
def test_unknown_revision_exits_2(ab, corpus_dir, capsys):
    assert ab.main(["no-such-revision-xyz", "--corpus", str(corpus_dir)]) == 2
    assert "cannot export 'no-such-revision-xyz'" in capsys.readouterr().err


def test_rounds_must_be_positive(ab):
    with pytest.raises(SystemExit) as exc:
        ab.parse_args(["--rounds", "0"])
    assert exc.value.code == 2


def test_turns_flip_every_chunk_and_every_round(ab):
    calls: list[tuple[str, int]] = []

    def side(name):
        return lambda i: calls.append((name, i))

    ab.alternate(side("base"), side("work"), 4, 2, 0)
    assert calls == [("base", 0), ("base", 1), ("work", 0), ("work", 1),
                     ("work", 2), ("work", 3), ("base", 2), ("base", 3)]  # fmt: skip
    calls.clear()
    ab.alternate(side("base"), side("work"), 2, 2, 1)
    assert calls == [("work", 0), ("work", 1), ("base", 0), ("base", 1)]
