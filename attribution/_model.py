"""Value classes shared by every stage: spans, claims, attributions, findings, the report.

Every object that points into text carries ``start``/``end`` offsets into the
caller's original string (Python ``str`` indices, i.e. code points), and
``text[start:end]`` is its surface. All classes are frozen ``attrs`` classes:
equality, hashing and ``repr`` are generated, never hand-written.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import attrs

Status = Literal["sourced", "carried", "unsourced"]
SourceKind = Literal["named", "anonymous", "vague"]
ClaimKind = Literal["count", "money", "percent", "measure", "ratio"]
Bound = Literal["exact", "at least", "more than", "about", "up to", "fewer than"]
Severity = Literal["error", "warning", "info"]

Stage = Literal["claims", "cues", "scope"]

SCHEMA_VERSION = 2
"""Version of the dictionary shape produced by :meth:`Report.to_dict`. Version 2 added the
explanations of ``check(text, explain=True)``: ``considered`` and the ``why`` fields."""


def finite(value: float | None) -> float | None:
    """``value`` for JSON: None instead of infinity or NaN (a number written with hundreds of
    digits overflows a float), which JSON cannot hold."""
    return value if value is None or math.isfinite(value) else None


@attrs.frozen
class Span:
    """A stretch of the caller's text."""

    start: int
    """Offset of the first character (inclusive)."""
    end: int
    """Offset just past the last character (exclusive)."""
    text: str
    """The surface, ``original[start:end]``."""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen
class Decision:
    """One rule of the engine, as its stage's table lists it: what ``why`` fields name."""

    name: str
    """Stable name, unique in its stage ("day-of-month", "verb-before", "clause")."""
    stage: Stage
    """The stage that takes it: ``claims``, ``cues`` or ``scope``."""
    category: str
    """What the rule decides: a claim form or a non-claim category of the spec's tables for
    ``claims`` ("date", "age"), the cue shape for ``cues``, the status for ``scope``."""
    summary: str
    """One line saying what the rule does, for ``attribution explain`` and the docs."""
    example: str
    """A sentence the rule decides, with the number it decides in [brackets]: a test runs
    every example."""


def decisions(stage: Stage, *rows: tuple[str, str, str, str]) -> tuple[Decision, ...]:
    """A stage's table of rules from ``(name, category, summary, example)`` rows."""
    return tuple(
        Decision(name, stage, cat, summary, example) for name, cat, summary, example in rows
    )


@attrs.frozen
class Why:
    """Which rule took a decision, and what it read: the answer to "why?"."""

    rule: str
    """The :attr:`Decision.name` of the rule."""
    stage: Stage
    """The stage of the rule."""
    detail: str
    """One sentence for a reader ("'said' after the content covers the sentence before it")."""
    sentence: int | None = None
    """For a carried attribution, the offset of the sentence it is carried from; else None."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "stage": self.stage, "detail": self.detail}
        if self.sentence is not None:
            out["sentence"] = self.sentence
        return out


@attrs.frozen
class Considered:
    """A number-like token the engine considered, with its decision (``explain=True``)."""

    start: int
    """Offset of the token's first character."""
    end: int
    """Offset just past the token."""
    text: str
    """The surface, ``original[start:end]``."""
    claim: bool
    """Whether it became a claim."""
    category: str
    """For a claim its form (``digits``, ``scale``, ``percent``, ``money``, ``number word``,
    ``fraction``, ``multiplier``, ``range``, ``ratio``, ``tally``); else its non-claim category
    (``date``, ``year``, ``age``, ...)."""
    why: Why
    """The rule that decided it."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claim": self.claim,
            "category": self.category,
            "why": self.why.to_dict(),
        }


@attrs.frozen
class Attribution:
    """A source that scopes over a claim, and the cue that introduces it."""

    source: Span
    """The phrase naming the source as the text gives it ("Israeli figures")."""
    kind: SourceKind
    """``named``, ``anonymous`` or ``vague`` (docs/definitions.md, section 2)."""
    cue: Span
    """The words that make it an attribution ("according to", "said", "is thought to")."""
    resolved: str | None = None
    """For a pronoun source ("he", "it"), the name it refers to, where the text gives one."""
    carried: bool = False
    """True when the attribution reaches the claim only by carry from an earlier sentence."""
    why: Why | None = None
    """With ``explain=True``, the cue rule that made the attribution; else None."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source.to_dict(),
            "kind": self.kind,
            "cue": self.cue.to_dict(),
            "carried": self.carried,
        }
        if self.resolved is not None:
            out["resolved"] = self.resolved
        if self.why is not None:
            out["why"] = self.why.to_dict()
        return out


@attrs.frozen
class Claim:
    """A numeric claim: a number stating a checkable quantity (docs/definitions.md, section 1)."""

    start: int
    """Start of the whole claim phrase: hedge, token and counted noun."""
    end: int
    """End of the whole claim phrase."""
    token: Span
    """The claim token: the number with its scale word, currency and percent sign or word."""
    kind: ClaimKind
    """``count``, ``money``, ``percent``, ``measure`` or ``ratio``."""
    value: float | None = None
    """The quantity with its scale applied (``$3bn`` -> 3e9); the low end of a range; None when
    only approximate ("hundreds of")."""
    low: float | None = None
    """Lower end of a range ("10 to 15" -> 10), else equal to ``value``."""
    high: float | None = None
    """Upper end of a range ("10 to 15" -> 15), else equal to ``value``."""
    bound: Bound = "exact"
    """How the hedge bounds the value: exact, at least, more than, about, up to, fewer than."""
    hedge: Span | None = None
    """The hedge words before the number ("more than", "an estimated"), if any."""
    approximate: bool = False
    """True for quantity words with no exact value: "hundreds of", "dozens", "tens of thousands"."""
    scale: str | None = None
    """The scale word as written ("million", "bn", "m"), if any."""
    currency: str | None = None
    """The currency, normalised to an ISO-like code where known ("USD", "GBP"), else as written."""
    unit: str | None = None
    """The unit: "%" for percentages (any spelling), "percentage points", or a measure unit."""
    noun: Span | None = None
    """The counted noun right after the token ("people", "hostages"), where found."""
    status: Status = "unsourced"
    """``sourced``, ``carried`` or ``unsourced`` once linked to sources."""
    attributions: tuple[Attribution, ...] = ()
    """Every attribution that scopes over the claim, strongest first."""
    why: tuple[Why, ...] = ()
    """With ``explain=True``, the rules that made it a claim (its form) and gave its status
    (spec section 3), in that order; else empty."""

    @property
    def text(self) -> str:
        """The claim token's surface ("1,170", "$3bn")."""
        return self.token.text

    def to_dict(self, original: str) -> dict[str, Any]:
        """The claim as JSON-ready data. Its bare ``start``/``end``/``text`` are the token's
        (version 1 of the schema); ``token`` and ``phrase`` name both spans explicitly, as the
        flat records do (``token_start``, ``phrase_start``): ``phrase.start`` is
        :attr:`start`."""
        out: dict[str, Any] = {
            "start": self.token.start,
            "end": self.token.end,
            "text": self.token.text,
            "token": self.token.to_dict(),
            "phrase": {
                "start": self.start,
                "end": self.end,
                "text": original[self.start : self.end],
            },
            "kind": self.kind,
            "value": finite(self.value),
            "low": finite(self.low),
            "high": finite(self.high),
            "bound": self.bound,
            "approximate": self.approximate,
            "scale": self.scale,
            "currency": self.currency,
            "unit": self.unit,
            "hedge": self.hedge.to_dict() if self.hedge else None,
            "noun": self.noun.to_dict() if self.noun else None,
            "status": self.status,
            "attributions": [a.to_dict() for a in self.attributions],
        }
        if self.why:
            out["why"] = [w.to_dict() for w in self.why]
        return out


@attrs.frozen
class Finding:
    """One rule violation, pointing at a claim. Reporters format these; nothing else does."""

    code: str
    """Stable rule code, e.g. ``ATR001``."""
    name: str
    """Stable rule name, e.g. ``unsourced-claim``."""
    severity: Severity
    """``error``, ``warning`` or ``info``, after configuration."""
    message: str
    """One-line human message naming the claim."""
    start: int
    """Offset of the claim token in the checked text."""
    end: int
    """End offset of the claim token in the checked text."""
    line: int
    """1-based line of ``start``."""
    column: int
    """1-based column of ``start``, in code points."""
    end_line: int
    """1-based line of ``end``."""
    end_column: int
    """1-based column of ``end`` (exclusive), in code points."""
    claim: Claim
    """The claim the finding is about."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.claim.token.text,
        }


@attrs.frozen
class Report:
    """What :func:`attribution.check` (and :func:`attribution.check_document`) returns for one
    text."""

    text: str
    """The text every offset points into, exactly as given: the text checked, or for
    :func:`attribution.check_document` the original document (Markdown or HTML included)."""
    claims: tuple[Claim, ...]
    """Every numeric claim, in text order, with its status and attributions."""
    findings: tuple[Finding, ...]
    """Rule violations, in text order, after configuration."""
    sentences: tuple[tuple[int, int], ...] = attrs.field(default=(), repr=False)
    """The ``(start, end)`` offsets of every sentence the checker read, in text order (the
    sentence of each claim in :func:`attribution.records`); empty for a report built by hand."""
    considered: tuple[Considered, ...] | None = attrs.field(default=None, repr=False)
    """With ``explain=True``, every number-like token the engine considered, claim or not, in
    text order, with the rule that decided it; else None."""

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (schema documented in docs/json-schema.md)."""
        out: dict[str, Any] = {
            "version": SCHEMA_VERSION,
            "claims": [c.to_dict(self.text) for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.considered is not None:
            out["considered"] = [c.to_dict() for c in self.considered]
        return out


@attrs.frozen
class DocumentResult:
    """One document's outcome in a batch (:func:`attribution.check_many`): its report, or
    why it has none."""

    id: Any
    """The document's id as given in an ``(id, text)`` pair, else its 0-based position in
    the input."""
    report: Report | None
    """The report, or None when the document could not be checked."""
    error: str | None = None
    """One line saying why the document has no report (not a ``str``, timed out, an internal
    error), else None."""

    @property
    def ok(self) -> bool:
        """Whether the document was checked."""
        return self.report is not None
