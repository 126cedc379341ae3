"""The seed article against its expected claims (spec section 4), kept in seeds/expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import attribution

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def expected():
    return json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text(expected):
    return (SEEDS / expected["file"]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report(text):
    return attribution.check(text)


def test_expected_offsets_match_the_seed(expected, text):
    for row in expected["claims"] + expected["non_claims"]:
        assert text[row["start"] : row["end"]] == row["text"]


def test_claim_tokens(expected, report):
    got = [(c.token.start, c.token.end, c.text) for c in report.claims]
    want = [(r["start"], r["end"], r["text"]) for r in expected["claims"]]
    assert got == want


def test_statuses_and_sources(expected, report):
    got = []
    for c in report.claims:
        first = c.attributions[0] if c.attributions else None
        got.append(
            {
                "text": c.text,
                "start": c.token.start,
                "end": c.token.end,
                "status": c.status,
                "source": first.source.text if first else None,
                "kind": first.kind if first else None,
            }
        )
    assert got == expected["claims"]


def test_non_claims_are_not_claims(expected, report):
    for row in expected["non_claims"]:
        overlapping = [
            c for c in report.claims if c.token.start < row["end"] and row["start"] < c.token.end
        ]
        assert overlapping == [], row["text"]


def test_exactly_two_unsourced_findings(report):
    atr001 = [f for f in report.findings if f.code == "ATR001"]
    assert [f.claim.text for f in atr001] == ["250", "129"]
    for f in atr001:
        assert report.text[f.start : f.end] == f.claim.text
        assert f.name == "unsourced-claim"
