"""Smoke test for benchmarks/lsp_latency.py: its functions run end to end on invented text.

No timing assertions: this only keeps the benchmark script from rotting as the server changes.
"""

from __future__ import annotations

import json
import math
import sys

import pytest
from _scripts import load_script

SMALL = "About 250 volunteers turned up on Sunday, the harbour board said."
FIVE_KB = "The harbour board said 40 ferries were cancelled. About 250 volunteers came.\n\n" * 64


@pytest.fixture(scope="module")
def latency():
    yield load_script("benchmarks/lsp_latency.py", "attribution_lsp_latency")
    sys.modules.pop("attribution_lsp_latency", None)


def test_pick_articles_keeps_only_about_5kb(latency, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"text": SMALL}, {"text": FIVE_KB}, {"text": None}, {"text": FIVE_KB + "x"}]
    (corpus / "a.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8"
    )
    assert 4608 <= len(FIVE_KB.encode()) <= 5632
    assert latency.pick_articles(corpus, 5) == [FIVE_KB, FIVE_KB + "x"]
    assert latency.pick_articles(corpus, 1) == [FIVE_KB]


def test_percentile_and_summary(latency):
    assert latency.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert latency.percentile([1.0, 2.0, 3.0], 95) == 3.0
    assert math.isnan(latency.percentile([], 50))
    assert latency.summary([1.0, 2.0, 4.0])["max_ms"] == 4.0


def test_in_process_and_end_to_end_run(latency, tmp_path):
    assert len(latency.in_process([SMALL, FIVE_KB], 2, tmp_path)) == 2
    timed = latency.end_to_end([SMALL], 3, 0, tmp_path)
    assert len(timed) == 3 and all(t > 0 for t in timed)
