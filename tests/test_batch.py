"""Archive mode's library API: check_document, check_many and records (issue 18)."""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

import attribution
from attribution import Config, DocumentResult, _batch, check, check_document, check_many, records
from attribution._batch import CHUNK_DOCS

ARTICLE = (
    "At least 40 people died, police said. Another 12 were hurt.\n\n"
    "Some 300 families fled the town.\n"
)
MARKDOWN = (
    "# 500 dead in floods\n\n"
    "The health ministry said 40 people died.\n\n"
    "```\n99 bottles\n```\n\n"
    "<!-- attribution-disable-next-line ATR001 -->\n"
    "About 70 homes were lost.\n\n"
    "Some 300 families fled.\n"
)


def _slow_check(text: str, *, config: Config | None = None) -> attribution.Report:
    if text == "SLOW":  # pure Python, as the engine is: the timeout interrupts it
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pass
    if text == "BOOM":
        raise RuntimeError("boom")
    return check(text, config=config)


# --- records ----------------------------------------------------------------------------------


def test_records_one_row_per_claim_in_field_order():
    report = check(ARTICLE)
    rows = records(report, "doc-1")
    assert len(rows) == len(report.claims) == 3
    for n, (row, claim) in enumerate(zip(rows, report.claims)):
        assert list(row) == list(attribution.RECORD_FIELDS)
        assert row["id"] == "doc-1" and row["claim"] == n and row["error"] is None
        assert (row["token_start"], row["token_end"]) == (claim.token.start, claim.token.end)
        assert (row["phrase_start"], row["phrase_end"]) == (claim.start, claim.end)
        assert ARTICLE[row["token_start"] : row["token_end"]] == row["text"] == claim.text
        assert ARTICLE[row["phrase_start"] : row["phrase_end"]] == row["phrase"]
        assert row["status"] == claim.status and row["kind"] == claim.kind
    first, carried, unsourced = rows
    assert first["source"] == "police" and first["source_kind"] == "named"
    assert first["cue"] == "said" and first["carried"] is False and first["sources"] == 1
    assert first["sentence"] == "At least 40 people died, police said."
    assert (first["line"], first["column"]) == (1, 10)
    assert carried["status"] == "carried" and carried["carried"] is True
    assert unsourced["source"] is None and unsourced["code"] == "ATR001"
    assert unsourced["severity"] == "warning" and (unsourced["line"], unsourced["column"]) == (3, 6)
    assert unsourced["sentence"] == "Some 300 families fled the town."


def test_records_findings_rows_and_config():
    report = check(ARTICLE)
    assert [r["text"] for r in records(report, rows="findings")] == ["300"]
    assert records(report, rows="findings")[0]["claim"] == 2  # its index among all claims
    quiet = check(ARTICLE, config=Config.from_dict({"ignore": ["ATR001"]}))
    assert records(quiet, rows="findings") == []
    assert all(r["code"] is None for r in records(quiet))


def test_records_of_a_report_without_claims_or_sentences():
    assert records(check("No numbers here.")) == []
    bare = attribution.Report("x 5", (), ())
    assert records(bare) == []


def test_records_agree_with_to_dict_on_offsets():
    report = check(ARTICLE)
    for row, d in zip(records(report), report.to_dict()["claims"]):
        assert (row["token_start"], row["token_end"]) == (d["token"]["start"], d["token"]["end"])
        assert (row["token_start"], row["token_end"]) == (d["start"], d["end"])
        assert (row["phrase_start"], row["phrase_end"]) == (
            d["phrase"]["start"],
            d["phrase"]["end"],
        )


def test_records_bad_arguments():
    with pytest.raises(TypeError, match="Report or DocumentResult"):
        records("text")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rows"):
        records(check(ARTICLE), rows="all")  # type: ignore[arg-type]


def test_records_rows_are_json_ready():
    rows = records(check(ARTICLE), 7)
    assert json.loads(json.dumps(rows)) == rows


# --- check_document ---------------------------------------------------------------------------


def test_check_document_text_is_check_for_plain_text():
    assert check_document(ARTICLE) == check(ARTICLE)
    assert records(check_document(ARTICLE, "text")) == records(check(ARTICLE))


def test_check_document_markdown_skips_headings_and_code_and_obeys_suppression():
    report = check_document(MARKDOWN, "markdown")
    assert report.text == MARKDOWN
    texts = [c.text for c in report.claims]
    assert "500" not in texts and "99" not in texts
    assert texts == ["40", "70", "300"]
    flagged = [f.claim.text for f in report.findings]
    assert flagged == ["300"]  # 70 is suppressed by the comment
    for c in report.claims:  # offsets point into the original
        assert MARKDOWN[c.token.start : c.token.end] == c.text
    rows = records(report)
    assert rows[2]["line"] == MARKDOWN[: rows[2]["token_start"]].count("\n") + 1
    assert rows[2]["sentence"] == "Some 300 families fled."
    # check() reads the heading as prose: the difference check_document exists for.
    assert "500" in [c.text for c in check(MARKDOWN).claims]


def test_check_document_html_maps_offsets_into_the_page():
    page = (
        "<html><head><title>9 things</title></head>"
        "<body><p>Some 300 families &amp; 4 dogs fled.</p></body></html>"
    )
    report = check_document(page, "html")
    assert [c.text for c in report.claims] == ["300", "4"]
    for c in report.claims:
        assert page[c.token.start : c.token.end] == c.text
    assert records(report)[0]["sentence"].startswith("Some 300 families &amp;")


def test_check_document_min_severity_applies():
    config = Config.from_dict({"min-severity": "error"})
    assert check_document(ARTICLE, config=config).findings == ()


def test_check_document_bad_arguments():
    with pytest.raises(TypeError, match="str"):
        check_document(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="format"):
        check_document("x", "pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Config"):
        check_document("x", config={})  # type: ignore[arg-type]


# --- check_many -------------------------------------------------------------------------------


TEXTS = [ARTICLE, "We sold 4 cars.", "", "Nothing to see.", "Prices rose 3% in May, Reuters said."]


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_many_in_order_with_ids(jobs):
    items = [(f"id-{n}", t) for n, t in enumerate(TEXTS * 20)]
    results = list(check_many(items, jobs=jobs))
    assert [r.id for r in results] == [i for i, _ in items]
    for result, (_, text) in zip(results, items):
        assert result.ok and result.error is None
        assert result.report == check(text)


def test_check_many_plain_texts_get_their_position_as_id():
    results = list(check_many(iter(TEXTS)))
    assert [r.id for r in results] == list(range(len(TEXTS)))
    assert records(results[0]) == records(check(TEXTS[0]), 0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_many_bad_items_become_error_results_in_place(jobs):
    items = ["We sold 4 cars.", ("x", 5), 7, ("y", "Some 3 came."), None]
    results = list(check_many(items, jobs=jobs))
    assert [r.id for r in results] == [0, "x", 2, "y", 4]
    assert [r.ok for r in results] == [True, False, False, True, False]
    assert results[1].error == "text is not a str but int"
    assert "expected a str or an (id, text) pair" in (results[2].error or "")
    (row,) = records(results[1])
    assert row["id"] == "x" and row["error"] == "text is not a str but int"
    assert all(row[k] is None for k in attribution.RECORD_FIELDS if k not in ("id", "error"))


def test_check_many_format_and_config():
    config = Config.from_dict({"ignore": ["ATR001"]})
    (result,) = check_many([("m", MARKDOWN)], format="markdown", config=config)
    assert result.report == check_document(MARKDOWN, "markdown", config=config)


def test_check_many_is_lazy_on_an_endless_input():
    seen = itertools.count()

    def endless():
        for n in seen:
            yield f"Doc {n}: some {n + 2} people came."

    results = check_many(endless(), jobs=2)
    first = list(itertools.islice(results, 5))
    assert [r.id for r in first] == [0, 1, 2, 3, 4]
    results.close()
    # Only a few chunks per worker were read ahead, not the endless input.
    assert next(seen) <= CHUNK_DOCS * 2 * 4


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_many_timeout_yields_an_error_and_goes_on(jobs, monkeypatch):
    monkeypatch.setattr("attribution._batch.check", _slow_check)
    items = [("a", "We sold 4 cars."), ("slow", "SLOW"), ("boom", "BOOM"), ("b", "Some 3 came.")]
    results = list(check_many(items, jobs=jobs, timeout=0.5))
    assert [r.id for r in results] == ["a", "slow", "boom", "b"]
    assert results[1].error == "timed out after 0.5 s"
    assert (results[2].error or "").startswith("internal error: RuntimeError: boom")
    assert results[0].ok and results[3].ok


def test_timeout_lost_in_a_finalizer_still_times_the_document_out(monkeypatch):
    # The watchdog's exception, landing in a __del__ run by the garbage collector, is
    # printed and dropped by Python; a watchdog that never fires stands for that here.
    class _Silent(_batch._Watchdog):
        def _run(self) -> None:
            return None

    monkeypatch.setattr(_batch, "_watchdog", _Silent())

    def late_check(text, config=None):
        time.sleep(0.2)
        return check(text, config=config)

    monkeypatch.setattr("attribution._batch.check", late_check)
    outcome = _batch.check_one(("slow", "We sold 4 cars.", None), Config(), 0.05, "rows")
    assert outcome == (None, "timed out after 0.05 s")


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
def test_check_many_timeout_from_another_thread_uses_a_process(monkeypatch):
    out: list[DocumentResult] = []
    worker = threading.Thread(target=lambda: out.extend(check_many(["We sold 4 cars."], timeout=5)))
    worker.start()
    worker.join(60)
    assert [r.ok for r in out] == [True]


def test_check_many_restores_the_alarm_handler():
    before = signal.getsignal(signal.SIGALRM)
    list(check_many(["We sold 4 cars."], timeout=2))
    assert signal.getsignal(signal.SIGALRM) is before


def test_check_many_bad_arguments_raise_at_once():
    with pytest.raises(ValueError, match="jobs"):
        check_many([], jobs=-1)
    with pytest.raises(ValueError, match="timeout"):
        check_many([], timeout=0)
    with pytest.raises(ValueError, match="timeout"):
        check_many([], timeout=float("nan"))
    with pytest.raises(TypeError, match="Config"):
        check_many([], config="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="format"):
        check_many([], format="pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="one text"):
        check_many("a text")


def test_check_many_worker_death_is_an_error_for_its_chunk_only():
    # A document that kills its worker process: its chunk's results are errors, later
    # chunks are checked in a new pool.
    items = [("kill", "KILL")] + [(n, "We sold 4 cars.") for n in range(CHUNK_DOCS * 6)]
    import attribution._batch as batch

    original = batch.check
    try:
        batch.check = _killing_check  # type: ignore[assignment]
        results = list(check_many(items, jobs=2))
    finally:
        batch.check = original
    assert [r.id for r in results] == [i for i, _ in items]
    assert results[0].error == "worker process died while checking it"
    assert all(r.ok for r in results[CHUNK_DOCS:])


def _killing_check(text: str, *, config: Config | None = None) -> attribution.Report:
    if text == "KILL":
        os._exit(1)
    return check(text, config=config)


def test_public_names():
    for name in ("check_document", "check_many", "records", "DocumentResult", "RECORD_FIELDS"):
        assert name in attribution.__all__
    assert Path(attribution.__file__).parent.joinpath("py.typed").exists()
