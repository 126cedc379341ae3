"""Smoke test for benchmarks/scale.py: the identity check and the CLI path on a tiny corpus.

No timing assertions (speed is the benchmark's business); Spark and Dask have their own tests.
"""

from __future__ import annotations

import json
import sys

import pytest
from _scripts import load_script

ARTICLES = [
    "At least 40 people died, police said.\n\nThe ministry said 12 were injured.",
    "Rebels seized 412 rifles in the raid.",
    "No figures here.",
]


@pytest.fixture(scope="module")
def scale():
    yield load_script("benchmarks/scale.py", "attribution_scale")
    sys.modules.pop("attribution_scale", None)


def test_check_many_and_cli_rows_are_identical(scale, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "a.jsonl", "w", encoding="utf-8") as f:
        for n, text in enumerate(ARTICLES * 4):
            f.write(json.dumps({"id": f"a-{n}", "text": text}) + "\n")
    out = tmp_path / "scale.json"
    rc = scale.main(
        ["--corpus", str(corpus), "--skip", "spark", "--skip", "dask", "--json-out", str(out)]
    )
    assert rc == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["articles"] == 12 and result["reference_rows"] == 12
    assert set(result["paths"]) == {"check_many", "cli_jobs1", "cli_jobs2"}
    assert all(p["identical"] for p in result["paths"].values())
