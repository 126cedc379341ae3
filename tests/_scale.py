"""Shared by the Spark and Dask tests: the corpus slice, the expected rows, the doc examples."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

import attribution

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCALE_DOC = ROOT / "docs" / "scale.md"
PER_FILE = 60  # articles from each corpus file: a slice of every kind of copy


def ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(module: str) -> Any:
    """Import ``module``; skip without it, but fail in CI, where the test must run."""
    try:
        return __import__(module)
    except ImportError:
        msg = f"{module} is not installed (pip install -e '.[spark,dask]')"
        if ci():
            pytest.fail(msg + "; the test must run in CI, not be skipped")
        pytest.skip(msg)


def corpus_slice() -> list[dict[str, Any]]:
    files = sorted(CORPUS.glob("*.jsonl"))
    if not files:
        pytest.fail(f"no corpus at {CORPUS}") if ci() else pytest.skip(f"no corpus at {CORPUS}")
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if n == PER_FILE:
                    break
                d = json.loads(line)
                out.append({"id": d["id"], "text": d["text"]})
    return out


def expected(articles: list[dict[str, Any]], rows: str = "claims") -> list[dict[str, Any]]:
    return [
        r
        for a in articles
        for r in attribution.records(attribution.check(a["text"]), a["id"], rows=rows)  # type: ignore[arg-type]
    ]


def endless_sentence(size: int = 400_000) -> str:
    """A long text without sentence ends, dense in claims and cues: slow to check."""
    unit = "officials said 40 people and 12 soldiers and about 300 families were moved "
    return unit * (size // len(unit))


def doc_example(kind: str) -> str:
    """The Python block after ``<!-- example: KIND -->`` in docs/scale.md."""
    text = SCALE_DOC.read_text(encoding="utf-8")
    match = re.search(
        r"<!-- example: " + re.escape(kind) + r" -->\n```python\n(.*?)```", text, re.DOTALL
    )
    assert match, f"docs/scale.md has no '<!-- example: {kind} -->' python block"
    return match.group(1)
