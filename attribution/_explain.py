"""Stage 3b (``explain=True`` only): name the rule behind every decision.

The engine's stages already return the name of each rule they apply: ``find_claims`` the
rule that decided every number-like token (a claim form or a non-claim rule), ``find_cues``
the shape of every cue (``Cue.rule``) and ``link`` the scope rule that gave every claim its
status. This stage turns those names into :class:`Why` values on the claims and their
attributions, and into the report's ``considered`` tokens. It reads the three tables
(:data:`CLAIM_FORMS` and :data:`NON_CLAIM_RULES`, :data:`CUE_RULES`, :data:`SCOPE_RULES`),
which are the index of every rule, and decides nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._claims import CLAIM_FORMS, NON_CLAIM_RULES, Verdict
from ._cues import CUE_RULES, Cue
from ._link import SCOPE_RULES
from ._model import Attribution, Claim, Considered, Decision, Report, Why
from ._segment import Segments

__all__ = ["DECISIONS", "Trace", "explain_claims", "explain_tokens", "why_not"]

DECISIONS: dict[tuple[str, str], Decision] = {
    (d.stage, d.name): d for d in (*CLAIM_FORMS, *NON_CLAIM_RULES, *CUE_RULES, *SCOPE_RULES)
}
"""Every rule of the engine by (stage, name)."""

_FORMS = frozenset(d.name for d in CLAIM_FORMS)


@attrs.frozen
class Trace:
    """A text checked with ``explain=True``, and what the engine read on the way."""

    report: Report
    """The report, with ``considered`` and every ``why`` set."""
    cues: tuple[Cue, ...]
    """Every cue found, in the order found: what ``attribution explain`` lists."""
    doc: Segments
    """The paragraphs, sentences and quotes of the text."""


def explain_tokens(text: str, verdicts: Sequence[Verdict]) -> tuple[Considered, ...]:
    """The number-like tokens ``find_claims`` decided, in text order, each with its rule."""
    out = []
    for start, end, rule in sorted(set(verdicts)):
        decision = DECISIONS[("claims", rule)]
        claim = rule in _FORMS
        detail = f"{'a claim' if claim else 'not a claim'}: {decision.summary}"
        why = Why(rule, "claims", detail)
        category = decision.name if claim else decision.category
        out.append(Considered(start, end, text[start:end], claim, category, why))
    return tuple(out)


def explain_claims(
    text: str,
    doc: Segments,
    claims: Sequence[Claim],
    considered: Sequence[Considered],
    cues: Sequence[Cue],
    rules: Sequence[tuple[str, str]],
) -> tuple[Claim, ...]:
    """``claims`` (linked) with their ``why`` set, and their attributions'."""
    form = {c.start: c.why for c in considered if c.claim}
    by_span = {(c.cue.start, c.cue.end, c.source.start): c for c in cues}
    out = []
    for claim, (rule, not_carried) in zip(claims, rules):
        attributions = tuple(_explained(text, doc, a, by_span) for a in claim.attributions)
        detail = _status_detail(text, doc, claim, rule, attributions, cues)
        if not_carried:
            detail += f"; not carried: {not_carried}"
        status = Why(rule, "scope", detail)
        token_form = form.get(claim.token.start) or _form_of_between(form, claim)
        out.append(
            Claim(
                claim.start,
                claim.end,
                claim.token,
                claim.kind,
                claim.value,
                claim.low,
                claim.high,
                claim.bound,
                claim.hedge,
                claim.approximate,
                claim.scale,
                claim.currency,
                claim.unit,
                claim.noun,
                claim.status,
                attributions,
                (token_form, status),
            )
        )
    return tuple(out)


def _form_of_between(form: dict[int, Why], claim: Claim) -> Why:
    """The form of a claim whose token starts before the number ("between 10 and 20")."""
    for start in range(claim.token.start, claim.token.end):
        if start in form:
            return form[start]
    return Why("range", "claims", f"a claim: {DECISIONS[('claims', 'range')].summary}")


def _explained(
    text: str, doc: Segments, attribution: Attribution, by_span: dict[tuple[int, int, int], Cue]
) -> Attribution:
    cue = by_span.get((attribution.cue.start, attribution.cue.end, attribution.source.start))
    shape = DECISIONS[("cues", cue.rule)] if cue is not None and cue.rule else None
    said = f"'{attribution.cue.text}' ({shape.summary})" if shape else f"'{attribution.cue.text}'"
    if attribution.carried:
        sentence = doc.sentences[doc.sentence_index(attribution.cue.start)]
        opening = " ".join(text[sentence.start : sentence.end].split()[:6])
        why = Why(
            "carried",
            "scope",
            f"carried from the sentence '{opening} ...', where {said} names "
            f"'{attribution.source.text}'",
            sentence.start,
        )
    else:
        rule = shape.name if shape else "cue"
        why = Why(rule, "cues", f"{said} names '{attribution.source.text}'")
    return Attribution(
        attribution.source,
        attribution.kind,
        attribution.cue,
        attribution.resolved,
        attribution.carried,
        why,
    )


def _status_detail(
    text: str,
    doc: Segments,
    claim: Claim,
    rule: str,
    attributions: Sequence[Attribution],
    cues: Sequence[Cue],
) -> str:
    summary = DECISIONS[("scope", rule)].summary
    if rule == "no-covering-cue":
        pos = claim.token.start
        si = doc.sentence_index(pos)
        reasons = [f"'{c.cue.text}' {why_not(text, c, pos)}" for c in cues if c.sentence == si]
        return f"{summary}: " + "; ".join(reasons)
    if attributions and attributions[0].why is not None:
        return f"{summary}: {attributions[0].why.detail}"
    return summary


def why_not(text: str, cue: Cue, pos: int) -> str:
    """Why ``cue`` does not cover the claim at ``pos`` ("covers only '34'"), or "covers it"."""
    if cue.direction == "narrow":
        if cue.scope_start == pos:
            return "covers it"
        return f"covers only '{text[cue.scope_start : cue.scope_end]}', the figure of its clause"
    if cue.source.start <= pos < cue.source.end and not cue.agentless:
        return f"does not cover its own source '{cue.source.text}'"
    if not cue.scope_start <= pos < cue.scope_end:
        covered = " ".join(text[cue.scope_start : cue.scope_end].split())
        if len(covered) > 60:
            covered = covered[:57] + "..."
        return f"covers only '{covered}'"
    return "covers it"
