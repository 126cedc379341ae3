"""Stage 3: link each claim to the cues that scope over it, and give it a status.

The order of the scope rules (spec section 3 and 5):

1. a narrow cue (a reduced relative clause) covers its one claim and nothing else;
2. a claim inside a direct quote is covered by the quote's cue, wherever in the quote (or
   the paragraphs it spans) the cue stands;
3. otherwise the cues of the claim's sentence whose region holds it, except for claims in
   the reporter's asides (dash-set or bracketed) and in the source's own noun phrase; a
   currency conversion in brackets takes the status of the figure it converts;
4. with no cue of its own, a sentence right after an attributed sentence of the same
   paragraph is *carried* by that sentence's source, unless it opens with a change of topic;
5. everything else is unsourced.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

import attrs
import regex

from ._cues import CUE_REACH, Cue
from ._lexicon import SETTING_NOUNS, SOURCE_NOUNS, TOPIC_SHIFTS
from ._model import Attribution, Claim, Status
from ._segment import Quote, Segments

_ASIDE = regex.compile(
    r"\([^()\n]*+\)|\[[^\[\]\n]*+\]"
    r"|(?<=\s)(?:--|[-–—])\s[^\n]*?(?:\s(?:--|[-–—])(?=\s)|$)"
    r"|—[^—\n]*+(?:—|$)"
)
_CONVERSION = regex.compile(r"\(\s*[£$€¥]?[^()]{0,40}\)")
_OPENER = regex.compile(r"[\s\"“‘(]*+([\p{L}]++)(?:\s++([\p{L}]++))?")
_KIND_ORDER = {"named": 0, "anonymous": 1, "vague": 2}
_MIN_QUOTE_WORDS = 4
_MAX_CARRY = 2
_MAX_QUOTE_BACK = 6  # sentences of a quote looked back over for its opening (keeps it linear)


def _linked(claim: Claim, status: Status, attributions: tuple[Attribution, ...]) -> Claim:
    """``claim`` with its status and attributions set. Built directly because
    ``attrs.evolve`` looks the fields up again for every claim; a test checks that this
    equals ``attrs.evolve`` for a claim with every field set."""
    c = claim
    return Claim(
        start=c.start,
        end=c.end,
        token=c.token,
        kind=c.kind,
        value=c.value,
        low=c.low,
        high=c.high,
        bound=c.bound,
        hedge=c.hedge,
        approximate=c.approximate,
        scale=c.scale,
        currency=c.currency,
        unit=c.unit,
        noun=c.noun,
        status=status,
        attributions=attributions,
    )


def link(
    text: str,
    doc: Segments,
    claims: Sequence[Claim],
    cues: Sequence[Cue],
    *,
    carry: bool,
) -> tuple[Claim, ...]:
    """The claims with status and attributions set."""
    by_sentence: dict[int, list[Cue]] = {}
    for cue in sorted(cues, key=lambda c: c.cue.start):
        by_sentence.setdefault(cue.sentence, []).append(cue)
    own_starts = {i: [c.cue.start for c in group] for i, group in by_sentence.items()}
    narrow_at: dict[int, list[Cue]] = {}
    for cue in cues:
        if cue.direction == "narrow":
            narrow_at.setdefault(cue.scope_start, []).append(cue)
    quote_cues = _quote_cues(text, doc, cues)
    asides = _asides(text, doc, claims)
    quotes = [q for q in doc.quotes if q.words >= _MIN_QUOTE_WORDS]
    quote_starts = [q.start for q in quotes]

    out: list[Claim] = []
    sentence_source: dict[int, tuple[Attribution, int, bool]] = {}
    for index, _sentence in enumerate(doc.sentences):
        own = by_sentence.get(index, [])
        main = [c for c in own if c.direction != "narrow"]
        if main:
            # the speaker's cue, not a reporting verb inside the quote it introduces
            best = min(
                main,
                key=lambda c: (
                    c.agentless,
                    _containing(quotes, quote_starts, c.cue.start) is not None,
                    _KIND_ORDER[c.kind],
                    c.cue.start,
                ),
            )
            if not best.agentless:
                sentence_source[index] = (_attribution(best), 0, _is_document(best))
    linked: dict[int, tuple[Status, tuple[Attribution, ...]]] = {}
    previous_money: tuple[Claim, Status, tuple[Attribution, ...]] | None = None
    for n, claim in enumerate(claims):
        pos = claim.token.start
        si = doc.sentence_index(pos) if doc.sentences else 0
        own = by_sentence.get(si, [])
        quote = _containing(quotes, quote_starts, pos)
        found: list[Cue] = []
        narrow = [c for c in narrow_at.get(pos, ()) if c.sentence == si]
        if narrow:
            found = narrow
        elif quote is not None and quote.group in quote_cues:
            aside = _containing_span(asides, pos)
            if aside is None or text[aside[0]] != "[":
                found = quote_cues[quote.group]  # a [bracket] in a quote is the reporter's
        else:
            aside = _containing_span(asides, pos)
            lo = bisect.bisect_left(own_starts.get(si, []), pos - CUE_REACH)
            hi = bisect.bisect_right(own_starts.get(si, []), pos + CUE_REACH)
            for cue in own[lo:hi]:
                if cue.direction == "narrow":
                    continue
                if not (cue.scope_start <= pos < cue.scope_end):
                    continue
                if cue.source.start <= pos < cue.source.end and not cue.agentless:
                    continue  # "a survey of 5,000 households found": not its own source
                if aside is not None and not (aside[0] <= cue.cue.start < aside[1]):
                    continue
                found.append(cue)
            if aside is not None and not found and previous_money is not None:
                prev_claim, prev_status, prev_atts = previous_money
                if (
                    claim.kind == "money"
                    and prev_claim.token.end <= aside[0] <= prev_claim.token.end + 2
                    and _CONVERSION.match(text, aside[0])
                ):
                    linked[n] = (prev_status, prev_atts)
                    out.append(_linked(claim, prev_status, prev_atts))
                    continue
        if any(not c.agentless for c in found):
            found = [c for c in found if not c.agentless]
        if found:
            atts = tuple(_attribution(c) for c in _strongest_first(found))
            status: Status = "sourced"
        else:
            atts, status = (), "unsourced"
            if carry and not own and _containing_span(asides, pos) is None:
                carried = _carried(text, doc, si, quote, sentence_source)
                if carried is not None:
                    atts, status = (carried,), "carried"
        result = _linked(claim, status, atts)
        out.append(result)
        if claim.kind == "money" and (_containing_span(asides, pos) is None or found):
            previous_money = (result, status, atts)
    return tuple(out)


def _carried(
    text: str,
    doc: Segments,
    si: int,
    quote: Quote | None,
    sentence_source: dict[int, tuple[Attribution, int, bool]],
) -> Attribution | None:
    first = si
    if quote is not None and si - 1 not in sentence_source:
        # A quote of several sentences is one unit: it is carried from the sentence before it
        # opens ('She said ... . "We have a plan. It costs £1,400."').
        opening = doc.sentence_index(quote.start)
        if si - _MAX_QUOTE_BACK <= opening < si:
            first = opening
    if first == 0 or first - 1 not in sentence_source:
        return None
    sentence = doc.sentences[first]
    previous = doc.sentences[first - 1]
    if previous.paragraph != sentence.paragraph:
        return None
    attribution, depth, document = sentence_source[first - 1]
    if depth >= _MAX_CARRY:
        return None
    if not document and quote is None:
        # What a person said reaches the next sentence only as a quote; a reporter's
        # sentence after speech is background (spec 5). A document's figures run on.
        return None
    opener = _OPENER.match(text, sentence.start, sentence.end)
    if opener and (
        opener.group(1).lower() in TOPIC_SHIFTS
        or " ".join(filter(None, opener.groups())).lower() in TOPIC_SHIFTS
    ):
        return None
    carried = attrs.evolve(attribution, carried=True)
    sentence_source.setdefault(si, (carried, depth + 1, document))
    return carried


def _quote_cues(text: str, doc: Segments, cues: Sequence[Cue]) -> dict[int, list[Cue]]:
    """The cues attached to each quote group: right after its close, or introducing it."""
    out: dict[int, list[Cue]] = {}
    groups: dict[int, list[Quote]] = {}
    for q in doc.quotes:
        if q.words >= _MIN_QUOTE_WORDS:
            groups.setdefault(q.group, []).append(q)
    ordered_cues = sorted(cues, key=lambda c: c.cue.start)
    cue_starts = [c.cue.start for c in ordered_cues]
    for group, parts in groups.items():
        attached: list[Cue] = []
        for q in parts:
            # Only cues near the quote can attach to it: before it within a cue's reach, in
            # it, or right after it (the source may come first: "..." the minister said).
            lo = bisect.bisect_left(cue_starts, q.start - CUE_REACH)
            hi = bisect.bisect_right(cue_starts, q.end + CUE_REACH)
            for cue in ordered_cues[lo:hi]:
                if cue.agentless or cue.direction == "narrow":
                    continue
                first = min(cue.cue.start, cue.source.start)
                if (
                    q.closed
                    and 0 <= first - q.end <= 3
                    and not text[q.end : first].strip(" ,\t")
                    # '"We lost 40 homes." The mayor said ...': a new sentence is not the cue
                    and doc.sentence_index(q.end - 1) == cue.sentence
                    or (
                        cue.direction in ("forward", "both", "sentence")
                        and cue.scope_start <= q.start < cue.scope_end
                        and cue.cue.end <= q.start
                    )
                ):
                    attached.append(cue)
                elif (
                    cue.cue.start > q.start
                    and cue.cue.end <= q.end
                    and cue.direction in ("backward",)
                ):
                    attached.append(cue)  # an end cue inside a quote-opening sentence
        if attached:
            out[group] = attached
    # A quote resumed right after its cue ('"A," he said. "B"') belongs to the same speech.
    ordered = sorted(groups.items(), key=lambda g: g[1][0].start)
    for (_, prev_parts), (group, parts) in zip(ordered, ordered[1:]):
        prev_group = prev_parts[0].group
        if group in out or prev_group not in out:
            continue
        gap_start, gap_end = prev_parts[-1].end, parts[0].start
        if prev_parts[-1].paragraph != parts[0].paragraph:
            continue
        cue = out[prev_group][0]
        if gap_start <= cue.cue.start and cue.cue.end <= gap_end and gap_end - gap_start < 80:
            # Only the cue's own sentence may stand between: another sentence with a cue is
            # a new report (another source, or indirect speech the quote is carried from).
            lo = bisect.bisect_left(cue_starts, gap_start)
            hi = bisect.bisect_left(cue_starts, gap_end)
            if all(c.sentence == cue.sentence for c in ordered_cues[lo:hi] if not c.agentless):
                out[group] = [cue]
    return out


def _asides(text: str, doc: Segments, claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """The reporter's asides, in the sentences that hold claims (only there do they matter)."""
    out = []
    read = -1
    for claim in claims:
        index = doc.sentence_index(claim.token.start) if doc.sentences else -1
        if index == read or index < 0:
            continue
        read = index
        sentence = doc.sentences[index]
        for m in _ASIDE.finditer(text, sentence.start, sentence.end):
            out.append((m.start(), m.end()))
    return out


def _containing(quotes: list[Quote], starts: list[int], pos: int) -> Quote | None:
    """The quote strictly around ``pos``; quotes do not overlap, so only the last one
    starting before it can."""
    n = bisect.bisect_left(starts, pos) - 1
    if n >= 0 and pos < quotes[n].end:
        return quotes[n]
    return None


def _containing_span(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span holding ``pos``; spans from :func:`_asides` are sorted and do not overlap."""
    n = bisect.bisect_right(spans, (pos, math.inf)) - 1
    if n >= 0 and spans[n][0] <= pos < spans[n][1]:
        return spans[n]
    return None


def _strongest_first(cues: list[Cue]) -> list[Cue]:
    return sorted(cues, key=lambda c: (_KIND_ORDER[c.kind], c.cue.start))


def _is_document(cue: Cue) -> bool:
    """Whether the source is a document or dataset (a list, report, figures), not a speaker."""
    if cue.direction == "clause" or cue.document:
        return True
    words = cue.source.text.lower().split()
    return bool(words) and words[-1].strip("'’") in (SOURCE_NOUNS | SETTING_NOUNS)


def _attribution(cue: Cue) -> Attribution:
    return Attribution(source=cue.source, kind=cue.kind, cue=cue.cue, resolved=cue.resolved)
