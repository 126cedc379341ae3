"""Smoke test for benchmarks/bench.py: its functions run end to end on tiny synthetic inputs.

No timing assertions: this only keeps the benchmark script from rotting as the engine changes.
"""

from __future__ import annotations

import json
import math
import sys

import pytest
from _scripts import load_script

ARTICLES = [
    "At least 40 people died, police said.\n\nThe ministry said 12 were injured.",
    "Rebels seized 412 rifles in the raid.",
    "Sales rose 2% to $11.1bn, the firm said. " * 60,  # ~2.5 KB: a scaling candidate
]


@pytest.fixture(scope="module")
def bench():
    yield load_script("benchmarks/bench.py", "attribution_bench")
    sys.modules.pop("attribution_bench", None)


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    with (d / "bbc.jsonl").open("w", encoding="utf-8") as fh:
        for i, text in enumerate(ARTICLES):
            fh.write(json.dumps({"id": f"t-{i}", "title": None, "text": text}) + "\n")
    (d / "other.jsonl").write_text(
        json.dumps({"id": "o-1", "text": "Prices fell 3 percent, analysts said."})
        + "\n\n"
        + json.dumps({"id": "o-2", "text": None})
        + "\n",
        encoding="utf-8",
    )
    return d


def test_load_corpus(bench, corpus_dir):
    corpus = bench.load_corpus(corpus_dir)
    assert list(corpus) == ["bbc", "other"]
    assert corpus["bbc"] == ARTICLES
    assert corpus["other"] == ["Prices fell 3 percent, analysts said."]
    assert bench.load_corpus(corpus_dir, limit=1)["bbc"] == ARTICLES[:1]


def test_percentile_and_latency_stats(bench):
    assert bench.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert bench.percentile([1.0, 2.0, 3.0], 99) == 3.0
    assert math.isnan(bench.percentile([], 50))
    stats = bench.latency_stats([0.001, 0.002, 0.5], [100, 200, 10_000])
    assert stats["articles"] == 3
    assert stats["articles_le_5kb"] == 2
    assert stats["max_ms"] == pytest.approx(500.0)
    assert stats["p99_le_5kb_ms"] == pytest.approx(2.0)


def test_throughput(bench, corpus_dir):
    result = bench.measure_throughput(bench.load_corpus(corpus_dir))
    assert set(result["files"]) == {"bbc", "other"}
    overall = result["overall"]
    assert overall["articles"] == len(ARTICLES) + 1
    assert overall["bytes"] == sum(len(t.encode()) for t in ARTICLES) + 37
    assert overall["claims"] > 0
    for key in ("mb_per_s", "articles_per_s", "ratio_vs_bare_re"):
        assert overall[key] > 0
    assert result["latency"]["articles"] == overall["articles"]
    assert bench.bare_scan(["1 2 3", "no digits", "45"]) == 4


def test_repeated_passes_keep_the_fastest(bench):
    calls = []

    def check(text):
        calls.append(text)
        return bench.attribution.check(text)

    row = bench.measure_file(ARTICLES, check, repeat=3)
    assert len(calls) == 3 * len(ARTICLES)
    assert row["claims"] == sum(len(bench.attribution.check(t).claims) for t in ARTICLES)
    assert len(row["_latencies"]) == len(ARTICLES)
    assert all(0 < lat <= row["seconds"] for lat in row["_latencies"])


def test_bare_scan_takes_turns_with_check(bench, monkeypatch):
    """Each chunk of checked articles is scanned right after, so both sides of the ratio are
    timed over the same stretches of the machine's speed."""
    order = []
    scan = bench.bare_scan

    def check(text):
        order.append(("check", text))
        return bench.attribution.check(text)

    def bare_scan(texts):
        order.append(("bare", tuple(texts)))
        return scan(texts)

    monkeypatch.setattr(bench, "BARE_SCAN_CHUNK", 2)
    monkeypatch.setattr(bench, "bare_scan", bare_scan)
    texts = ARTICLES[:3]
    row = bench.measure_file(texts, check, repeat=2)
    one_pass = [
        ("check", texts[0]),
        ("check", texts[1]),
        ("bare", (texts[0], texts[1])),
        ("check", texts[2]),
        ("bare", (texts[2],)),
    ]
    assert order == one_pass * 2
    assert row["ratio_vs_bare_re"] == pytest.approx(row["seconds"] / row["bare_re_seconds"])


def test_scaling(bench):
    idx, article = bench.pick_scaling_article(ARTICLES)
    assert idx == 2
    # nothing in range: the closest one
    assert bench.pick_scaling_article(["x" * 10, "y" * 1800])[0] == 1
    rows = bench.measure_scaling(article[:200], factors=(1, 3), min_total=0.0)
    assert [r["factor"] for r in rows] == [1, 3]
    assert all(r["status"] == "ok" for r in rows)
    assert rows[0]["per_char_vs_1x"] == 1.0
    assert rows[1]["chars"] == 3 * 200 + 2 * 2


def test_scaling_in_forked_child(bench):
    rows = bench.measure_scaling("Police said 5 died.", factors=(1,), timeout=60, min_total=0.0)
    assert rows[0]["status"] == "ok"


def test_run_isolated_reports_timeouts_and_errors(bench):
    import time

    assert bench.run_isolated(lambda: {"x": 1}, None) == {"status": "ok", "x": 1}
    assert bench.run_isolated(lambda: 1 / 0, None)["status"] == "error"
    if sys.platform.startswith("linux"):
        assert bench.run_isolated(lambda: {"x": 2}, 30) == {"status": "ok", "x": 2}
        assert bench.run_isolated(lambda: time.sleep(30) or {}, 0.2)["status"] == "timeout"


def test_adversarial(bench):
    inputs = bench.build_adversarial(300)
    assert set(inputs) == set(bench.ADVERSARIAL)
    for name, text in inputs.items():
        assert 250 <= len(text.encode("utf-8")) <= 310, name
    assert "," not in inputs["endless_sentence"] and "." not in inputs["endless_sentence"]
    results = bench.measure_adversarial(300)
    assert all(r["status"] == "ok" and r["seconds"] >= 0 for r in results.values())


def test_cli_section(bench, corpus_dir):
    corpus = bench.load_corpus(corpus_dir)
    cli = bench.measure_cli(corpus, jobs_list=(None, 2))
    assert cli["files"] == len(ARTICLES) + 1
    assert [r["jobs"] for r in cli["runs"]] == [1, 2]
    for row in cli["runs"]:
        # the CLI is allowed to be unavailable; the benchmark must not crash on it
        assert row["status"] in {"ok", "unavailable"}
        if row["status"] == "ok":
            assert row["wall_s"] > 0
    assert bench.run_cli(corpus_dir, 2, "usage: no such flag")["status"] == "unavailable"
    assert bench.run_cli(corpus_dir, None, None)["status"] == "unavailable"


def test_main_quick_writes_json_and_table(bench, corpus_dir, tmp_path, capsys):
    out = tmp_path / "results" / "latest.json"
    rc = bench.main(
        [
            "--quick",
            "--corpus",
            str(corpus_dir),
            "--json-out",
            str(out),
            "--scale-max",
            "10",
            "--adversarial-bytes",
            "500",
            "--skip",
            "cli",
        ]
    )
    assert rc == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["meta"]["mode"] == "quick"
    assert {"throughput", "scaling", "adversarial", "targets"} <= set(data)
    assert "cli" not in data
    assert data["targets"]["cli_peak_rss_mb"]["met"] is None
    assert [r["factor"] for r in data["scaling"]["rows"]] == [1, 10]
    printed = capsys.readouterr().out
    assert "Throughput of check()" in printed and "Targets" in printed


def test_evaluate_targets_and_render_with_unavailable_cli(bench):
    results = {
        "meta": {"date": "d", "mode": "quick", "python": "3", "cpus": 2, "machine": "m"},
        "cli": {
            "files": 1,
            "bytes": 10,
            "runs": [
                {"jobs": 1, "status": "unavailable", "reason": "exit 2: boom"},
            ],
        },
        "adversarial": {
            "bytes": 10,
            "inputs": {
                "said_repeated": {"description": "d", "bytes": 10, "status": "timeout"},
            },
        },
    }
    targets = bench.evaluate_targets(results)
    assert targets["adversarial_max_s"]["met"] is False
    assert targets["cli_peak_rss_mb"]["met"] is None
    assert targets["bbc_mb_per_s"]["met"] is None
    results["targets"] = targets
    text = bench.render(results)
    assert "unavailable: exit 2: boom" in text
    assert "NOT MET" in text


def test_profile_check(bench):
    text = bench.profile_check(["Police said 5 died."], top=3)
    assert "tottime" in text
