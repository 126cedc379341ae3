"""The lint rules ATR001-ATR004: their stable codes, names, defaults and findings.

A rule is data (:class:`Rule`); its documentation lives in ``docs/rules/<CODE>.md``, and a
meta-test fails when a rule lacks that page or its examples.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._lines import LineIndex
from ._model import Claim, Finding, Severity

SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
"""Severities, weakest first."""


@attrs.frozen
class Rule:
    """One lint rule."""

    code: str
    """Stable code, ``ATR`` and three digits."""
    name: str
    """Stable kebab-case name."""
    severity: Severity
    """Default severity."""
    enabled: bool
    """Whether the rule runs when the configuration does not mention it."""
    summary: str
    """One line: what the rule flags."""
    message: str
    """Message template; ``{token}`` is the claim phrase, ``{source}`` the source text."""


RULES: tuple[Rule, ...] = (
    Rule(
        "ATR001",
        "unsourced-claim",
        "warning",
        True,
        "A numeric claim with no attribution, not even a carried one.",
        "unsourced claim: '{token}'",
    ),
    Rule(
        "ATR002",
        "vague-source",
        "warning",
        True,
        'A numeric claim whose only attribution is vague ("experts say", "it is estimated").',
        "claim '{token}' has only a vague source: '{source}'",
    ),
    Rule(
        "ATR003",
        "anonymous-source",
        "info",
        True,
        'A numeric claim whose only attribution is anonymous ("a senior official said").',
        "claim '{token}' has only an anonymous source: '{source}'",
    ),
    Rule(
        "ATR004",
        "carried-attribution",
        "info",
        False,
        "A numeric claim sourced only by attribution carried from an earlier sentence.",
        "claim '{token}' is sourced only by carry from '{source}'",
    ),
)
RULES_BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}
RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}


def rule_for(claim: Claim) -> Rule | None:
    """The rule a claim violates, or None. At most one rule applies to a claim."""
    if claim.status == "unsourced":
        return RULES_BY_CODE["ATR001"]
    kinds = {a.kind for a in claim.attributions}
    if kinds == {"vague"}:
        return RULES_BY_CODE["ATR002"]
    if kinds == {"anonymous"} or kinds == {"anonymous", "vague"}:
        return RULES_BY_CODE["ATR003"]
    if claim.status == "carried":
        return RULES_BY_CODE["ATR004"]
    return None


def findings_for(
    text: str,
    claims: Iterable[Claim],
    enabled: frozenset[str],
    severity: dict[str, Severity],
    allowed: frozenset[str] = frozenset(),
) -> tuple[Finding, ...]:
    """The findings for linked claims, for the enabled rule codes at the given severities."""
    index: LineIndex | None = None
    out = []
    for claim in claims:
        rule = rule_for(claim)
        if rule is None or rule.code not in enabled:
            continue
        phrase = text[claim.start : claim.end]
        if allowed and (claim.token.text in allowed or phrase in allowed):
            continue
        if index is None:
            index = LineIndex(text)
        line, column = index.position(claim.token.start)
        end_line, end_column = index.position(claim.token.end)
        source = _one_line(claim.attributions[0].source.text) if claim.attributions else ""
        # Positional: attrs' generated __init__ takes twice as long with keywords.
        out.append(
            Finding(
                rule.code,
                rule.name,
                severity.get(rule.code, rule.severity),
                rule.message.format(token=_one_line(phrase), source=source),
                claim.token.start,
                claim.token.end,
                line,
                column,
                end_line,
                end_column,
                claim,
            )
        )
    return tuple(out)


def _one_line(s: str) -> str:
    return " ".join(s.split())
