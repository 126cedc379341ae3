"""Flat records: one row per claim (or per finding), the shape of the archive outputs.

:func:`records` turns a :class:`~attribution.Report` into plain dicts whose keys are
:data:`RECORD_FIELDS`, in that order. The command line's ``jsonl``, ``csv`` and ``parquet``
formats, :func:`attribution.check_many`'s results, and the Spark and Dask paths all write
exactly these rows (docs/json-schema.md, "Records"). Offsets are named for what they bound
(``token_start``, ``phrase_start``), never a bare ``start``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any, Literal

from ._lines import LineIndex
from ._model import Claim, DocumentResult, Finding, Report, finite

Rows = Literal["claims", "findings"]
"""Which rows :func:`records` gives: every claim, or only the claims with a reported
finding."""

ROWS: tuple[Rows, ...] = ("claims", "findings")

RECORDS_VERSION = 1
"""Version of the record shape; bumped on an incompatible change (new fields may be added
within a version, at the end)."""

RECORD_FIELDS: tuple[str, ...] = (
    "id",
    "claim",
    "token_start",
    "token_end",
    "phrase_start",
    "phrase_end",
    "line",
    "column",
    "text",
    "phrase",
    "kind",
    "value",
    "low",
    "high",
    "bound",
    "approximate",
    "scale",
    "currency",
    "unit",
    "hedge",
    "noun",
    "status",
    "source",
    "source_kind",
    "cue",
    "carried",
    "resolved",
    "sources",
    "code",
    "severity",
    "sentence",
    "error",
)
"""The keys of every record, in order (docs/json-schema.md, "Records")."""

FIELD_TYPES: dict[str, str] = {
    "id": "id",
    "claim": "int",
    "token_start": "int",
    "token_end": "int",
    "phrase_start": "int",
    "phrase_end": "int",
    "line": "int",
    "column": "int",
    "text": "str",
    "phrase": "str",
    "kind": "str",
    "value": "float",
    "low": "float",
    "high": "float",
    "bound": "str",
    "approximate": "bool",
    "scale": "str",
    "currency": "str",
    "unit": "str",
    "hedge": "str",
    "noun": "str",
    "status": "str",
    "source": "str",
    "source_kind": "str",
    "cue": "str",
    "carried": "bool",
    "resolved": "str",
    "sources": "int",
    "code": "str",
    "severity": "str",
    "sentence": "str",
    "error": "str",
}
"""Each field's value type (``id`` is the caller's id type); every field may be null in an
error row, and the optional ones (docs/json-schema.md) in any row."""


def records(
    report: Report | DocumentResult, doc_id: Any = None, *, rows: Rows = "claims"
) -> list[dict[str, Any]]:
    """The claims of ``report`` as flat rows, in text order: one per claim, or with
    ``rows="findings"`` one per claim with a reported finding.

    ``doc_id`` fills the ``id`` field (a :class:`~attribution.DocumentResult`'s own id when
    None). A :class:`~attribution.DocumentResult` without a report gives one row holding its
    id and ``error``, every other field None. Offsets, ``line`` and ``column`` point into
    ``report.text`` (for :func:`attribution.check_document`, the original document).
    """
    if isinstance(report, DocumentResult):
        if doc_id is None:
            doc_id = report.id
        if report.report is None:
            return [error_record(doc_id, report.error or "not checked")]
        report = report.report
    if not isinstance(report, Report):
        raise TypeError(
            f"records() expects an attribution.Report or DocumentResult, "
            f"got {type(report).__name__}"
        )
    if rows not in ROWS:
        raise ValueError(f"records() rows must be 'claims' or 'findings', got {rows!r}")
    return claim_records(
        report.text, report.claims, report.findings, report.sentences, doc_id, rows
    )


def error_record(doc_id: Any, error: str) -> dict[str, Any]:
    """The row standing for a document that could not be checked."""
    row = dict.fromkeys(RECORD_FIELDS)
    row["id"] = doc_id
    row["error"] = error
    return row


def claim_records(
    text: str,
    claims: Sequence[Claim],
    findings: Sequence[Finding],
    sentences: Sequence[tuple[int, int]],
    doc_id: Any,
    rows: Rows = "claims",
) -> list[dict[str, Any]]:
    """:func:`records` of the parts of a report."""
    if not claims:
        return []
    by_token = {f.claim.token.start: f for f in findings}
    if rows == "findings" and not by_token:
        return []
    index = LineIndex(text)
    starts = [s for s, _ in sentences]
    out = []
    for n, claim in enumerate(claims):
        token = claim.token
        finding = by_token.get(token.start)
        if finding is None and rows == "findings":
            continue
        line, column = index.position(token.start)
        first = claim.attributions[0] if claim.attributions else None
        sentence = None
        at = bisect.bisect_right(starts, token.start) - 1
        if at >= 0 and token.start < sentences[at][1]:
            sentence = text[sentences[at][0] : sentences[at][1]]
        hedge, noun = claim.hedge, claim.noun
        out.append(
            {
                "id": doc_id,
                "claim": n,
                "token_start": token.start,
                "token_end": token.end,
                "phrase_start": claim.start,
                "phrase_end": claim.end,
                "line": line,
                "column": column,
                "text": token.text,
                "phrase": text[claim.start : claim.end],
                "kind": claim.kind,
                "value": finite(claim.value),
                "low": finite(claim.low),
                "high": finite(claim.high),
                "bound": claim.bound,
                "approximate": claim.approximate,
                "scale": claim.scale,
                "currency": claim.currency,
                "unit": claim.unit,
                "hedge": hedge.text if hedge is not None else None,
                "noun": noun.text if noun is not None else None,
                "status": claim.status,
                "source": first.source.text if first is not None else None,
                "source_kind": first.kind if first is not None else None,
                "cue": first.cue.text if first is not None else None,
                "carried": first.carried if first is not None else None,
                "resolved": first.resolved if first is not None else None,
                "sources": len(claim.attributions),
                "code": finding.code if finding is not None else None,
                "severity": finding.severity if finding is not None else None,
                "sentence": sentence,
                "error": None,
            }
        )
    return out
