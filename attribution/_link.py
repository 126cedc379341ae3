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

What does not depend on the claim is worked out once: per text (the cues in text order, each
cue's attribution), per sentence (the cues that can reach a claim, the source it passes on;
only for the sentences a claim needs) and per quote (its cues; only if a claim is quoted).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence

import attrs
import regex

from ._cues import (
    CUE_REACH,
    QUOTE_RESUME_GAP,
    Cue,
    after_question_quote,
    is_document_source,
    states_change,
)
from ._lexicon import (
    BACKGROUND_EXCEPTIONS,
    BACKGROUND_MARKS,
    BACKGROUND_OPENERS,
    MARKET_SUBJECTS,
    MONTHS,
    POLL_NOUNS,
    SUBORDINATORS,
    TALLY_PARTICIPLE,
    TALLY_SENTENCE,
    TOPIC_SHIFTS,
    WEEKDAYS,
)
from ._model import Attribution, Claim, Decision, Span, Status, decisions
from ._patterns import REGEX_SPACE, WORD_BEFORE
from ._segment import Quote, Segments, Sentence

# The reporter's asides: in brackets, or set off by dashes. As the regex module would have it:
#     r"\([^()\n]*+\)|\[[^\[\]\n]*+\]"
#     r"|(?<=[^\S\n\r\x0b\x0c\x85\u2028\u2029])(?:--|[-–—])\s[^\n]*?(?:\s(?:--|[-–—])(?=\s)|$)"
#     r"|—[^—\n]*+(?:—|$)"
# The stdlib engine skips to a match's first character when every branch opens with a literal,
# so the dash's lookbehind comes after the dash, one branch per dash (in the same order; "--"
# before "-"). Its spaces are the regex module's (REGEX_SPACE; before the dash, one that breaks
# no line: _INLINE_SPACE). No run can give back a
# character its end could use, so plain greedy runs act as the possessive ones.
_DASH_TAIL = rf"{REGEX_SPACE}[^\n]*?(?:{REGEX_SPACE}(?:--|[-–—])(?={REGEX_SPACE})|$)"
# A dash opening an aside follows a space within its line: one opening a line is a list bullet,
# as one opening the text is.
_INLINE_SPACE = r"[^\S\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]"
_ASIDE = re.compile(
    r"\([^()\n]*\)|\[[^\[\]\n]*\]"
    rf"|-(?<={_INLINE_SPACE}-)-?{_DASH_TAIL}"
    rf"|–(?<={_INLINE_SPACE}–){_DASH_TAIL}"
    rf"|—(?<={_INLINE_SPACE}—){_DASH_TAIL}"
    r"|—[^—\n]*(?:—|$)"
)
_HEDGE_ROOM = 14  # characters a hedge before a restated figure may take ("an estimated ")
# How many words a counted noun after a restated figure may take ("- 12,000 sailors -").
_RESTATED_NOUN_ROOM = 2
# Words opening a dash-set aside that gives the attributed amount another way ("or",
# "equal to"), and how many words besides the figure it may hold ("per household").
_RESTATING_OPENERS = ("or ", "equal to ", "equivalent to ")
_RESTATING_ROOM = 4
_COMPARATIVES = frozenset("more less fewer higher lower than".split())
_FIGURE_END_CHARS = frozenset("%mbnk")  # a figure's last character: "40%", "£40m", "$2bn", "5k"
# Words after a figure in an aside that make it no counted noun: a share, a comparison, time.
_NOT_COUNTED_NOUNS = _COMPARATIVES | frozenset("of times a an the per in on at up down ago".split())
# Words that may stand in a figure given again in an aside, besides its digits.
_FIGURE_WORDS = frozenset(
    "pct percent per cent of a an mln bln billion million dlrs dollars stg".split()
)
# The kinds of figure a bracket after it may convert (a count only into two sums: ``_converts``).
_CONVERTED_KINDS = frozenset({"money", "measure", "count"})
# The unit after a measure, up to the bracket of its conversion: " feet", " cubic metres".
_UNIT_BEFORE_BRACKET = regex.compile(r"(?:[ \t]++[\p{L}]++){1,3}+(?=[ \t]*+\()")
_CONVERSION = regex.compile(r"\(\s*[£$€¥]?[^()]{0,40}\)")
# Two sums in currency signs in one bracket, parted by a semicolon: "($35.7m; £19.1m)".
_TWO_CONVERSIONS = regex.compile(r"\(\s*[£$€¥][^();]{0,20};\s*[£$€¥][^();]{0,20}\)")
_OPENER = regex.compile(r"[\s\"“‘(]*+([\p{L}]++)(?:\s++([\p{L}]++))?")
_BACKGROUND_OPENER = regex.compile(
    r"[\s\"“‘(]*+(?:" + "|".join(BACKGROUND_OPENERS) + ")", regex.IGNORECASE
)
_BACKGROUND_MARK = regex.compile("|".join(BACKGROUND_MARKS), regex.IGNORECASE)
_BACKGROUND_EXCEPTION = regex.compile(BACKGROUND_EXCEPTIONS, regex.IGNORECASE)
_TALLY_OPENER = regex.compile(r"[\s\"“‘(]*+(?i:" + TALLY_SENTENCE + ")")
# The reporter's tally set off by a comma after a clause ("..., bringing the total to 52 mln").
_TALLY_AFTER_COMMA = regex.compile(r",\s*+(?i:" + TALLY_PARTICIPLE + r")\b")
# The end of a running total's clause: a comma that is no thousands separator ("22,025"), a
# semicolon, or "and" before a verb.
_TALLY_CLAUSE_END = regex.compile(r",(?!\d)|;|\band\s++(?:[a-z]{3,}(?:es|ed)|is|was|has|had)\b")
# A sentence opening on a time ("In 2003,", "By March", "On Monday"): a new time ends a carry.
_TIME_OPENER = regex.compile(
    r"[\s\"“‘(]*+(?i:in|by|on|at|from|until|after|before|during|throughout)\s++(?:the\s++)?(?:\d{4}|"
    + "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
    + r")\b"
)
# A share price within the first words of a sentence: "Shares in Vik fell", "Its stock rose",
# "However, Vik's shares fell".
_MARKET_SUBJECT = regex.compile(
    r"[\s\"“‘(]*+(?:[\p{L}'’.&-]++,?+\s++){0,3}(?<!(?i:average|outstanding)\s++)(?i:"
    + "|".join(w.replace(" ", r"\s++") for w in MARKET_SUBJECTS)
    + r")\b"
)  # not "Average shares rose to 8.4 mln": the firm's count of its shares
_SUBORDINATOR_REACH = 12  # characters read back from a source for a subordinator
_KIND_ORDER = {"named": 0, "anonymous": 1, "vague": 2}
_MIN_QUOTE_WORDS = 4
_MAX_CARRY = 2
_LONG_BLOCK = 8  # sentences in the one paragraph of a text without breaks
_MAX_QUOTE_BACK = 6  # sentences of a quote looked back over for its opening (keeps it linear)


def _linked(claim: Claim, status: Status, attributions: tuple[Attribution, ...]) -> Claim:
    """``claim`` with its status and attributions set. Built directly because
    ``attrs.evolve`` looks the fields up again for every claim; a test checks that this
    equals ``attrs.evolve`` for a claim with every field set."""
    c = claim
    # Positional: attrs' generated __init__ takes twice as long with keywords.
    return Claim(
        c.start,
        c.end,
        c.token,
        c.kind,
        c.value,
        c.low,
        c.high,
        c.bound,
        c.hedge,
        c.approximate,
        c.scale,
        c.currency,
        c.unit,
        c.noun,
        status,
        attributions,
        c.why,
    )


SCOPE_RULES: tuple[Decision, ...] = decisions(
    "scope",
    (
        "narrow-clause",
        "sourced",
        "a cue that covers its one figure: a reduced relative clause, a reckoning's noun",
        "They hold 250 people, including [34] the army says are dead.",
    ),
    (
        "quote-speaker",
        "sourced",
        "a figure in a direct quote takes the quote's speaker",
        '"Our crews rescued [40] people from the river," the chief said.',
    ),
    (
        "resumed-quote",
        "carried",
        "a quote resumed after its speaker's cue sentence, in the same paragraph",
        '"We lost 40 homes," the chief said. "Another [12] are at risk."',
    ),
    (
        "covering-cue",
        "sourced",
        "a cue of its sentence whose region holds the figure",
        "Exports fell [3%], the agency said.",
    ),
    (
        "sample-of-its-source",
        "unsourced",
        "the count a poll or study is of, in the source's own phrase, is no figure it reports",
        "According to a poll of [1,499] adults, 40% said no.",
    ),
    (
        "conversion",
        "as converted",
        "a conversion in brackets takes the status of the sum or measure it converts",
        "The fund holds £40m ([$50m]), the trust said.",
    ),
    (
        "carried",
        "carried",
        "no cue of its own, after an attributed sentence of its paragraph",
        "Exports fell 3%, the agency said. Imports fell [2%].",
    ),
    (
        "no-cue",
        "unsourced",
        "no cue in its sentence, and none carried into it",
        "The bridge cost [£40m].",
    ),
    (
        "no-covering-cue",
        "unsourced",
        "its sentence holds cues, but none whose region holds the figure",
        "They hold [250] people, including 34 the army says are dead.",
    ),
)
"""The scope rules that give a claim its status (spec section 3), in the order ``link``
tries them: what a claim's status ``why`` names."""


def link(
    text: str,
    doc: Segments,
    claims: Sequence[Claim],
    cues: Sequence[Cue],
    *,
    carry: bool,
    rules: list[tuple[str, str]] | None = None,
) -> tuple[Claim, ...]:
    """The claims with status and attributions set. With a ``rules`` list, the name of the
    scope rule of :data:`SCOPE_RULES` that gave each claim its status is added to it, in
    the claims' order, with why no attribution was carried into an unsourced one (or "")."""
    if not claims:
        return ()
    known = _Cues(cues)
    by_sentence, narrow_at, reaching = _cue_maps(known)
    reaches = _Reaches(known, reaching)
    # The sentence and the quote of each claim, looked up once.
    claim_sentence = [doc.sentence_index(c.token.start) for c in claims]
    quotes = [q for q in doc.quotes if q.words >= _MIN_QUOTE_WORDS]
    claim_quote, quote_cues, resumed = _claim_quotes(text, doc, claims, quotes, known)
    asides = _asides(text, doc, claim_sentence)
    sources = _Sources(text, doc, known, by_sentence, quotes, claims, claim_sentence)

    out: list[Claim] = []
    # Every claim of a quote gets the same attributions: worked out once per quote group.
    quote_attributions: dict[int, tuple[Attribution, ...]] = {}
    previous_amount: tuple[Claim, Status, tuple[Attribution, ...]] | None = None
    holding = set(claim_sentence)  # the sentences that hold a claim, for carry
    for claim, si, quote in zip(claims, claim_sentence, claim_quote):
        pos = claim.token.start
        aside = _aside_of(text, asides, claim) if asides else None
        atts: tuple[Attribution, ...] = ()
        rule = "no-cue" if si not in by_sentence else "no-covering-cue"
        narrow = narrow_at.get(pos)  # mostly None: no list is made for each claim
        if narrow:
            narrow = [seq for seq in narrow if known.cues[seq].sentence == si]
        if narrow:
            atts, rule = known.strongest(narrow), "narrow-clause"
            if all(known.cues[seq].rule in _FIGURE_ONLY_RULES for seq in narrow):
                covering = reaches.covering(si, pos, aside)
                atts, rule = _with_report(covering, atts) if covering else (atts, rule)
                if not covering and carry and si not in reaching and aside is None:
                    _carried(text, doc, si, quote, sources, holding, claim)  # goes on (rule 4)
        elif quote is not None and quote.group in quote_cues:
            if aside is None or text[aside[0]] != "[":  # a [bracket] in a quote is the reporter's
                if quote.group not in quote_attributions:
                    quote_attributions[quote.group] = known.strongest(quote_cues[quote.group])
                group = quote.group
                atts, rule = _speaker(quote_attributions[group], group in resumed, carry, rule)
        else:
            atts = reaches.covering(si, pos, aside) if si in reaching else ()
            if atts and _is_sample(text, claim.start):
                atts, rule = (), "sample-of-its-source"  # "a poll of 1,499 adults": its own
            rule = "covering-cue" if atts else rule
            converted = previous_amount if not atts and aside is not None else None
            if converted is not None and _converts(text, claim, aside, converted[0]):
                out.append(_linked(claim, converted[1], converted[2]))
                if rules is not None:
                    rules.append(("conversion", ""))
                continue
        status: Status = (
            "carried" if atts and rule == "resumed-quote" else "sourced" if atts else "unsourced"
        )
        notes: list[str] | None = [] if rules is not None else None
        if not atts and carry and si not in by_sentence and aside is None:
            carried = _carried(text, doc, si, quote, sources, holding, claim, notes)
            if carried is not None:
                atts, status, rule = (carried,), "carried", "carried"
        if status == claim.status and not atts and claim.attributions == ():
            result = claim  # already as it would be built: frozen, so it needs no copy
        else:
            result = _linked(claim, status, atts)
        out.append(result)
        if rules is not None:
            rules.append((rule, _why_not_carried(notes, atts, carry, aside)))
        if claim.kind in _CONVERTED_KINDS and (aside is None or status == "sourced"):
            previous_amount = (result, status, atts)
    return tuple(out)


# A poll, survey or study and "of" right before a figure: the count the source is of, part of
# its own phrase ("a survey of over 900 skippers", "the poll of 1,499 adults").
_SAMPLE_OF = regex.compile(
    r"(?<![\p{L}])(?i:" + "|".join(sorted(POLL_NOUNS)) + r")s?[ \t]++of[ \t]++$"
)
_SAMPLE_REACH = 20  # characters read back from a figure for "<poll> of"
_REPORTED_REACH = 40  # characters read back from the poll for the words of a report
# Words that open what a speaker reports, then up to four words of a phrase: a poll there is
# the subject of an inner report ("The bank said its poll of 900 firms showed ..."), whose
# count the outer speaker gives.
_REPORTED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:said|says|say|told|that)[ \t]++(?:[\p{L}\d'’/.-]++[ \t]++){0,4}$"
)


def _is_sample(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the count a poll, survey or study is of, in that
    source's own phrase ("according to a poll of 1,499 adults", "in a survey of 120
    listeners"), not in the subject of a report a speaker gives ("said its poll of 900 firms
    showed")."""
    if text.find("of", max(0, start - 4), start) == -1:
        return False  # most figures: no "of" right before them, so no pattern search
    sample = _SAMPLE_OF.search(text, max(0, start - _SAMPLE_REACH), start)
    if sample is None:
        return False
    lo = max(0, sample.start() - _REPORTED_REACH)
    return _REPORTED_BEFORE.search(text, lo, sample.start()) is None


def _aside_of(text: str, asides: list[tuple[int, int]], claim: Claim) -> tuple[int, int] | None:
    """The reporter's aside ``claim`` stands in, if any; none where the aside says the figure
    again ("nearly a third - 31% - of investors")."""
    aside = _containing_span(asides, claim.token.start)
    return None if aside is not None and _restates(text, aside, claim) else aside


def _converts(text: str, claim: Claim, aside: tuple[int, int] | None, amount: Claim) -> bool:
    """Whether ``claim`` is a conversion in the bracketed ``aside`` right after ``amount``, the
    last sum or measure, whose status and sources it takes: a currency's ("$1.13bn (£600m)")
    or a unit's, after the unit ("1,000 feet (305 m)", spec 5)."""
    if aside is None:
        return False
    end = amount.token.end
    unit = _UNIT_BEFORE_BRACKET.match(text, end, aside[0] + 1)
    if amount.kind == "count":
        # "a 2bn rouble ($64m; £35m) claim": a sum in a currency the lexicon lacks,
        # converted into two it knows; a count's other brackets give a year before's figure
        # ("Iran 212,043 (209,177)") or a revision
        if unit is None or claim.kind != "money" or not _TWO_CONVERSIONS.match(text, aside[0]):
            return False
    elif claim.kind != amount.kind:
        return False
    if unit is not None:  # "1,000 feet (305 m)", "80 euro cents (£0.55; $1.05)"
        end = unit.end()
    return end <= aside[0] <= end + 2 and _CONVERSION.match(text, aside[0]) is not None


def _speaker(
    atts: tuple[Attribution, ...], resumed: bool, carry: bool, unsourced_rule: str
) -> tuple[tuple[Attribution, ...], str]:
    """A quote's attributions and scope rule: its speaker's, carried into a quote resumed
    after its cue's sentence ('"A," she said. "B"'), where carry off leaves none (and the
    claim keeps ``unsourced_rule``)."""
    if not resumed:
        return atts, "quote-speaker"
    if not carry:
        return (), unsourced_rule
    return tuple(attrs.evolve(a, carried=True) for a in atts), "resumed-quote"


def _claim_quotes(
    text: str, doc: Segments, claims: Sequence[Claim], quotes: list[Quote], known: _Cues
) -> tuple[list[Quote | None], dict[int, list[int]], set[int]]:
    """The quote holding each claim, if any, the cues of each quote group (rule 2), and the
    groups that resume a quote after its cue's sentence."""
    resumed: set[int] = set()
    if not quotes:
        return [None] * len(claims), {}, resumed
    starts = [q.start for q in quotes]
    claim_quote = [_containing(quotes, starts, c.token.start) for c in claims]
    if claim_quote.count(None) == len(claims):  # most quotes hold no claim
        return claim_quote, {}, resumed
    return claim_quote, _quote_cues(text, doc, quotes, known, resumed), resumed


# Cues that cover one figure and leave their sentence one without a cue for carry.
_FIGURE_ONLY_RULES = frozenset(("estimate-of",))


def _cue_maps(
    known: _Cues,
) -> tuple[dict[int, list[int]], dict[int, list[int]], dict[int, tuple[list[int], list[int]]]]:
    """The cues of each sentence; the narrow cues by the claim they cover; and the cues of each
    sentence for rule 3, those whose scope reaches back before them apart."""
    by_sentence: dict[int, list[int]] = {}
    narrow_at: dict[int, list[int]] = {}
    reaching: dict[int, tuple[list[int], list[int]]] = {}
    for seq, cue in enumerate(known.cues):
        if cue.rule in _FIGURE_ONLY_RULES:
            # "short of trade expectations of 1,900 berths": a reckoning's figure, in a
            # sentence that is otherwise carried as one without a cue
            narrow_at.setdefault(cue.scope_start, []).append(seq)
            continue
        by_sentence.setdefault(cue.sentence, []).append(seq)
        if cue.direction == "narrow":
            narrow_at.setdefault(cue.scope_start, []).append(seq)
        else:
            # Narrow cues only ever cover their own claim (rule 1), so rule 3 skips them.
            # The cues whose scope reaches back before them (", he said") are kept apart
            # from the rest, so that each set has a tight reach (see _Reach).
            backward, onward = reaching.setdefault(cue.sentence, ([], []))
            (backward if cue.scope_start < cue.cue.start else onward).append(seq)
    return by_sentence, narrow_at, reaching


def _covering(
    known: _Cues, reaches: list[_Reach], pos: int, aside: tuple[int, int] | None
) -> tuple[Attribution, ...]:
    """Rule 3: the attributions of the cues of its sentence whose region holds the claim at
    ``pos``, strongest first."""
    found: list[int] = []  # the cues over the claim
    for reach in reaches:
        reach.cover(pos, aside, found)
    if not found:
        return ()
    found.sort()  # in text order, as if read from one list
    return known.strongest(found)


class _Cues:
    """The cues of a text in text order. The rest of this module knows a cue by its place in
    :attr:`cues` (a ``seq``). A cue's Attribution is built once, when first needed, and is
    then shared by every claim the cue covers: an endless sentence's cue covers many."""

    __slots__ = ("cues", "starts", "_kinds", "_attributions")

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = sorted(cues, key=lambda c: c.cue.start)
        self.starts = [c.cue.start for c in self.cues]  # the offset of each cue
        self._kinds = [_KIND_ORDER[c.kind] for c in self.cues]
        self._attributions: list[Attribution | None] = [None] * len(self.cues)

    def attribution(self, seq: int) -> Attribution:
        """The attribution the cue ``seq`` gives the claims it covers."""
        made = self._attributions[seq]
        if made is None:
            made = self._attributions[seq] = _attribution(self.cues[seq])
        return made

    def strongest(self, seqs: list[int]) -> tuple[Attribution, ...]:
        """The attributions of the cues ``seqs`` over a claim, strongest first (ties in the
        order given); agentless cues only when no other covers it."""
        if len(seqs) == 1:  # the usual case: one cue, agentless or not, nothing to sort
            seq = seqs[0]
            return (self._attributions[seq] or self.attribution(seq),)
        agented = [seq for seq in seqs if not self.cues[seq].agentless]
        if agented:
            seqs = agented
        if len(seqs) > 1:
            # By kind, then offset: two stable sorts (offset first), so that no key tuple
            # is built for each cue.
            seqs = sorted(seqs, key=self.starts.__getitem__)
            seqs.sort(key=self._kinds.__getitem__)
        made = self._attributions  # read directly, for the (many) already built
        return tuple([made[seq] or self.attribution(seq) for seq in seqs])


class _Reach:
    """Some of the cues of one sentence, for rule 3: which of them cover a claim.

    A cue covers the claims in its scope within :data:`CUE_REACH` of it. A claim reads only
    the cues that can reach it, found by bisecting their offsets: how far the farthest-reaching
    cue reaches forward, and back, bounds how far from the claim such a cue can stand. (The
    cues of a sentence that reach back, like ", he said", make a _Reach of their own, or one
    such cue would widen the search for all the others.) This keeps the search short in an
    endless sentence of thousands of claims and cues.
    """

    __slots__ = ("_seqs", "_cues", "_starts", "_forward", "_back")

    def __init__(self, known: _Cues, seqs: list[int]) -> None:
        """The cues ``seqs``, in text order."""
        self._seqs = seqs
        cues = self._cues = [known.cues[seq] for seq in seqs]
        self._starts = [known.starts[seq] for seq in seqs]
        # A cue starting more than this before a claim ends its scope before the claim (or
        # is out of reach), and one starting more than ``back`` after it starts its scope
        # after the claim. Most sets hold one cue: no lists for it.
        cue = cues[0]
        forward, back = cue.scope_end - cue.cue.start, cue.cue.start - cue.scope_start
        for cue in cues[1:]:
            forward = max(forward, cue.scope_end - cue.cue.start)
            back = max(back, cue.cue.start - cue.scope_start)
        self._forward = min(CUE_REACH, forward - 1)
        self._back = min(CUE_REACH, back)

    def cover(self, pos: int, aside: tuple[int, int] | None, found: list[int]) -> None:
        """Add to ``found`` the cues over a claim at ``pos``, in the reporter's ``aside`` if
        not None."""
        lo = bisect.bisect_left(self._starts, pos - self._forward)
        hi = bisect.bisect_right(self._starts, pos + self._back)
        for n in range(lo, hi):
            cue = self._cues[n]
            if not cue.scope_start <= pos < cue.scope_end:
                continue
            if cue.source.start <= pos < cue.source.end and not cue.agentless:
                continue  # "a survey of 5,000 households found": not its own source
            if aside is not None and not aside[0] <= cue.cue.start < aside[1]:
                continue
            found.append(self._seqs[n])


# What a sentence passes on: the attribution, the sentences it has been carried over, whether
# its source is a document, and whether it goes to a quote only (cue rule speaker-before-quote).
_Source = tuple[Attribution, int, bool, bool]


class _Sources:
    """The source each sentence passes on to the next, for carry (rule 4): an attribution,
    how many sentences it has been carried over, and whether its source is a document.
    A sentence's own is worked out only when a claim of the next sentence asks for it."""

    __slots__ = (
        "_text",
        "_doc",
        "_known",
        "_by_sentence",
        "_quotes",
        "_quote_starts",
        "_claims",
        "_changing",
        "_passed",
    )

    def __init__(
        self,
        text: str,
        doc: Segments,
        known: _Cues,
        by_sentence: dict[int, list[int]],
        quotes: list[Quote],
        claims: Sequence[Claim],
        claim_sentence: list[int],
    ) -> None:
        """``by_sentence``: the cues of each sentence, in text order; ``quotes``: the quotes
        long enough to be speech; ``claims`` and the sentence of each."""
        self._text = text
        self._doc = doc
        self._known = known
        self._by_sentence = by_sentence
        self._quotes = quotes
        self._quote_starts = [q.start for q in quotes]
        self._claims = (claims, claim_sentence)
        # the sentences with a claim stated as a measured change, made when first asked for
        self._changing: set[int] | None = None
        self._passed: dict[int, _Source | None] = {}

    def get(self, index: int) -> _Source | None:
        """What sentence ``index`` passes on, if anything."""
        if index in self._passed:
            return self._passed[index]
        source = None
        cues = self._known.cues
        own = self._by_sentence.get(index, [])
        # A body's own revised estimate is its act, not a report that goes on: "The bank raised
        # its estimate to 300 mln. It has given 213 mln of help." (the help is the reporter's)
        main = [
            seq
            for seq in own
            if cues[seq].direction != "narrow"
            and not cues[seq].relative
            and cues[seq].rule != "own-estimate"
        ]
        if main and 0 <= index < len(self._doc.sentences):
            # the speaker's cue, not a reporting verb inside the quote it introduces
            best = main[0]  # the one, or else the first (in text order) of the strongest
            if len(main) > 1:
                best = min(
                    main,
                    key=lambda seq: (
                        cues[seq].agentless,
                        _containing(self._quotes, self._quote_starts, cues[seq].cue.start)
                        is not None,
                        _KIND_ORDER[cues[seq].kind],
                        cues[seq].cue.start,
                    ),
                )
            if not cues[best].agentless and not self._subordinate(cues[best]):
                source = (
                    self._known.attribution(best),
                    0,
                    is_document_source(cues[best]),
                    cues[best].rule == "speaker-before-quote",
                )
        self._passed[index] = source
        return source

    def _stating(self) -> set[int]:
        """The sentences with a claim stated as a measured change (``states_change``)."""
        if self._changing is None:
            claims, sentence_of = self._claims
            self._changing = {
                si
                for claim, si in zip(claims, sentence_of)
                if states_change(self._text, self._doc.sentences[si].start, claim)
            }
        return self._changing

    def passes_on(self, index: int, holding: set[int]) -> bool:
        """Whether sentence ``index`` passes the report before it on to a statistic after it:
        it has no claim (``holding``: the sentences with one), no cue and stands in no quote;
        the sentence before it has a claim and a cue (so the cue stage reads it:
        ``_cues._read_on_demand``), and the one after states a measured change."""
        if index in holding or index in self._by_sentence or index + 1 not in self._stating():
            return False
        if index - 1 not in holding or index - 1 not in self._by_sentence:
            return False
        sentence = self._doc.sentences[index]
        k = bisect.bisect_left(self._quote_starts, sentence.end) - 1  # the last opened before
        return k < 0 or self._quotes[k].end <= sentence.start

    def speaks_directly(self, index: int) -> bool:
        """Whether sentence ``index`` gives speech as a direct quote: one opening it ('"We
        grew," she said.') or set off after a colon or comma ('She said: "We grew."'), not a
        phrase quoted inside indirect speech ('She said sales were "more than fine".')."""
        sentence = self._doc.sentences[index]
        k = bisect.bisect_left(self._quote_starts, sentence.end) - 1  # the last opened before
        while k >= 0 and self._quotes[k].end > sentence.start:
            opening = self._quotes[k].start
            lead = self._text[sentence.start : opening].rstrip()
            if opening <= sentence.start or not lead or lead[-1] in ":,":
                return True
            k -= 1
        return False

    def _subordinate(self, cue: Cue) -> bool:
        """Whether the cue's source opens a subordinate clause ("... lost a point when Coca
        Cola said the rumours were untrue"): its report is the setting of the reporter's main
        clause, and no report goes on from it into the next sentence."""
        start = min(cue.source.start, cue.cue.start)
        before = WORD_BEFORE.search(self._text, max(0, start - _SUBORDINATOR_REACH), start)
        return before is not None and before.group(1).lower() in SUBORDINATORS

    def carry(self, index: int, source: _Source) -> None:
        """Let sentence ``index``, which has no cue of its own, pass on ``source``, unless
        an earlier claim of it has already been carried."""
        if self.get(index) is None:
            self._passed[index] = source


def _carried(
    text: str,
    doc: Segments,
    si: int,
    quote: Quote | None,
    sources: _Sources,
    holding: set[int],
    claim: Claim | None,
    why: list[str] | None = None,
) -> Attribution | None:
    """The attribution sentence ``si`` takes from the sentence before it (link rule 4): a
    sentence with no cue of its own, in the same paragraph, goes on with the report before it
    (a document's, or a speaker's that gave figures: ``holding`` is the set of sentences with a
    claim), unless it opens a new topic or time (TOPIC_SHIFTS). With a ``why`` list, the reason
    none is carried is added to it."""
    first = si
    if quote is not None and sources.get(si - 1) is None:
        # A quote of several sentences is one unit: it is carried from the sentence before it
        # opens ('She said ... . "We have a plan. It costs £1,400."').
        opening = doc.sentence_index(quote.start)
        if si - _MAX_QUOTE_BACK <= opening < si:
            first = opening
    if first == 0:
        return _not_carried(why, "it opens the text")
    sentence = doc.sentences[first]
    if doc.sentences[first - 1].paragraph != sentence.paragraph:
        # checked first: it spares working out what the sentence before passes on
        return _not_carried(why, "it opens its paragraph, and carry never crosses a break")
    passed = sources.get(first - 1)
    if passed is None and claim is not None and sources.passes_on(first - 1, holding):
        # Spec 3.4: a sentence with no figure, cue or quote between a report and a statistic
        # ("That is its lowest level since 2015.") goes on with the report and passes it on
        _carried(text, doc, first - 1, None, sources, holding, None)
        passed = sources.get(first - 1)
    if passed is None:
        return _not_carried(why, "the sentence before it has no source to pass on")
    attribution, depth, document, quote_only = passed
    if quote_only and quote is None:
        return _not_carried(why, "the sentence before names a speaker only for a quote")
    # a quote right after its speaker's sentence goes on with that speaker even there
    limit = _max_carry(doc)
    reach = limit if quote is None else max(limit, 1)
    if depth >= reach:
        if reach == 0:
            return _not_carried(why, "the text has no paragraph breaks, so no bound to a report")
        return _not_carried(why, f"carry reaches only {reach} sentence(s) here")
    if (
        not document
        and quote is None
        and depth == 0  # a sentence carried into has passed this test already
        and first - 1 not in holding
        and (
            claim is None
            or sources.speaks_directly(first - 1)
            or not states_change(text, sentence.start, claim)
        )
    ):
        # Spec 3.4: a speaker's report runs on only from a sentence that gave figures of
        # its own ("Car sales fell 9%, the firm said. Truck sales fell 6%."); after speech
        # without a figure, a figure is the reporter's ("X said the plan was bad. It costs
        # $5bn."), unless it states a measured change after indirect speech, a statistic
        # that goes on with the report ("X said demand slowed. Exports fell 4%."); after a
        # quote, the reporter speaks again. A document's figures run on from any sentence.
        return _not_carried(why, "the sentence before is speech without a figure of its own")
    reason = _break(text, sentence, quote is not None, document, claim)
    if reason:
        return _not_carried(why, reason)
    carried = attrs.evolve(attribution, carried=True)
    sources.carry(si, (carried, depth + 1, document, quote_only))
    return carried


def _break(text: str, sentence: Sentence, quoted: bool, document: bool, claim: Claim | None) -> str:
    """Why the report before ``sentence`` does not go on into it (link rule 4), or "": a new
    topic or time, a share price, the reporter's running total or tally, or background. A
    sentence with no claim (``claim`` None) is read whole."""
    opener = _OPENER.match(text, sentence.start, sentence.end)
    if opener and (
        opener.group(1).lower() in TOPIC_SHIFTS
        or " ".join(filter(None, opener.groups())).lower() in TOPIC_SHIFTS
        or _TIME_OPENER.match(text, sentence.start, sentence.end)
    ):
        return f"it opens with '{opener.group(1)}', a new topic or time"
    if quoted:
        return ""
    if _MARKET_SUBJECT.match(text, sentence.start, sentence.end):
        return "its subject is a share price, the market's record"
    if _in_running_total(text, sentence, claim):
        return "it stands in the reporter's running total"
    if _after_tally(text, sentence, claim):
        return "it stands in the reporter's tally after a comma"
    if not document and _is_background(text, sentence):
        return "it gives the reporter's background, now or earlier"
    return ""


class _Reaches:
    """The reaches of each sentence's cues for rule 3, made for a sentence when a claim of it
    needs them."""

    def __init__(self, known: _Cues, reaching: dict[int, tuple[list[int], list[int]]]) -> None:
        self._known = known
        self._reaching = reaching
        self._made: dict[int, tuple[list[_Reach], _Spans]] = {}

    def covering(self, si: int, pos: int, aside: tuple[int, int] | None) -> tuple[Attribution, ...]:
        """The attributions of the cues of sentence ``si`` whose region holds ``pos``."""
        if si not in self._reaching:
            return ()
        made = self._made.get(si)
        if made is None:
            cues = self._known.cues
            seqs_of = self._reaching[si]
            # the sources of prepositional cues: "the Post said, citing two people ...": a
            # count in one is that source's own, which no other cue of the sentence reports
            own = [
                cues[q].source for seqs in seqs_of for q in seqs if cues[q].rule == _PREPOSITIONAL
            ]
            made = ([_Reach(self._known, seqs) for seqs in seqs_of if seqs], _Spans(own))
            self._made[si] = made
        reaches, own_sources = made
        if own_sources.hold(pos):
            return ()
        return _covering(self._known, reaches, pos, aside)


_PREPOSITIONAL = "according-to"  # the cue rule of "according to X", "citing X", "as reported by X"


class _Spans:
    """Spans, asked whether any holds an offset in logarithmic time: sorted by start, with the
    furthest end reached by any span up to each (an endless sentence holds thousands)."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in spans]
        self._reach = list(itertools.accumulate((span.end for span in spans), max))

    def hold(self, pos: int) -> bool:
        """Whether a span starts at or before ``pos`` and ends after it."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


def _with_report(
    covering: tuple[Attribution, ...], reckoning: tuple[Attribution, ...]
) -> tuple[tuple[Attribution, ...], str]:
    """The attributions of a reckoning's figure that a report covers ("from a spring
    estimate of 3.7%, the Vik bank said"), with the scope rule: the report's, then the
    reckoning's owner when it names one ("below Ms Vik's forecast of 3%, the guild said"); an
    ownerless reckoning ("reserve estimates of 26 mln bales, Vik Oil said") is the speaker's
    own and adds nothing."""
    owned = tuple(a for a in reckoning if a.kind != "vague")
    return covering + owned, "covering-cue"


def _is_background(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` gives the reporter's background (``BACKGROUND_OPENERS``,
    ``BACKGROUND_MARKS``), not looking ahead (``BACKGROUND_EXCEPTIONS``)."""
    start, end = sentence.start, sentence.end
    return (
        _BACKGROUND_OPENER.match(text, start, end) is not None
        or _BACKGROUND_MARK.search(text, start, end) is not None
    ) and _BACKGROUND_EXCEPTION.search(text, start, end) is None


def _in_running_total(text: str, sentence: Sentence, claim: Claim | None) -> bool:
    """Whether ``claim`` is in a sentence's opening clause on the reporter's running total
    ("That lifts the guild's running total to 461 mln crowns"), which ends at a comma or at
    "and" before another verb ("... and exceeds its own target of 400 mln crowns")."""
    tally = _TALLY_OPENER.match(text, sentence.start, sentence.end)
    if tally is None:
        return False
    if claim is None:
        return True  # a sentence with no claim that opens on the total passes nothing on
    end = _TALLY_CLAUSE_END.search(text, tally.end(), sentence.end)
    return claim.token.start < (end.start() if end is not None else sentence.end)


def _after_tally(text: str, sentence: Sentence, claim: Claim | None) -> bool:
    """Whether ``claim`` follows the reporter's tally set off by a comma in its sentence ("It
    will idle 12 mln more, bringing the total to 52 mln"): the reporter's sum, carried no
    more than a cue covers it (spec 5)."""
    end = sentence.end if claim is None else claim.token.start
    return _TALLY_AFTER_COMMA.search(text, sentence.start, end) is not None


def _why_not_carried(
    notes: list[str] | None, atts: tuple[Attribution, ...], carry: bool, aside: object
) -> str:
    """Why a claim without attributions has none carried into it, for ``explain``."""
    if atts:
        return ""
    if notes:
        return notes[0]
    if not carry:
        return "carry is off in the configuration"
    if aside is not None:
        return "it stands in the reporter's aside"
    return ""


def _not_carried(why: list[str] | None, reason: str) -> Attribution | None:
    """No carry (None); ``reason`` added to ``why`` when one is kept (``explain``)."""
    if why is not None:
        why.append(reason)
    return None


def _max_carry(doc: Segments) -> int:
    """Spec 3.4 and 5: carry runs over the sentences of a paragraph that go on with the same
    report. A text with no paragraph breaks (one long block) gives no such bound: there the
    sentence after a report is the reporter's next point far more often than the report's
    (gold sets: 1 carried figure in 14), so nothing is carried but a quote (``_carried``)."""
    if len(doc.paragraphs) == 1 and len(doc.sentences) > _LONG_BLOCK:
        return 0
    return _MAX_CARRY


def _quote_cues(
    text: str, doc: Segments, quotes: list[Quote], known: _Cues, resumed: set[int]
) -> dict[int, list[int]]:
    """The cues attached to each quote group: right after its close, or introducing it; to
    ``resumed``, the groups that resume a quote after its cue's sentence. ``quotes`` are
    those long enough to be speech."""
    out: dict[int, list[int]] = {}
    introductions: dict[int, int] = {}  # a speaker named right before a group's first quote
    groups: dict[int, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.group, []).append(q)
    for group, parts in groups.items():
        attached: list[int] = []
        introduced: int | None = None
        for q in parts:
            # Only cues near the quote can attach to it: before it within a cue's reach, in
            # it, or right after it (the source may come first: "..." the minister said).
            lo = bisect.bisect_left(known.starts, q.start - CUE_REACH)
            hi = bisect.bisect_right(known.starts, q.end + CUE_REACH)
            for seq in range(lo, hi):
                cue = known.cues[seq]
                if cue.agentless or cue.direction == "narrow":
                    continue
                first = min(cue.cue.start, cue.source.start)
                if cue.rule == "speaker-before-quote":
                    if q is parts[0] and cue.sentence == doc.sentence_index(q.start) - 1:
                        introduced = seq
                    continue
                if (
                    q.closed
                    and 0 <= first - q.end <= 3
                    and not text[q.end : first].strip(" ,\t")
                    # '"We lost 40 homes." The mayor said ...': a new sentence is not the cue;
                    # after a question's or an exclamation's mark it may be ('"Why?" Ms Lund
                    # asked.')
                    and (
                        doc.sentence_index(q.end - 1) == cue.sentence
                        or (
                            cue.sentence == doc.sentence_index(q.end - 1) + 1
                            and cue.direction == "backward"  # a frame: "Ms Lund said."
                            and after_question_quote(text, doc.sentences[cue.sentence].start)
                        )
                    )
                    or (
                        cue.direction in ("forward", "both", "sentence")
                        and cue.scope_start <= q.start < cue.scope_end
                        and cue.cue.end <= q.start
                    )
                ):
                    attached.append(seq)
                elif (
                    cue.cue.start > q.start
                    and cue.cue.end <= q.end
                    and cue.direction in ("backward",)
                ):
                    attached.append(seq)  # an end cue inside a quote-opening sentence
        if attached:
            out[group] = attached
        elif introduced is not None:
            introductions[group] = introduced
    # A quote resumed right after its cue ('"A," he said. "B"') belongs to the same speech, and
    # is carried from its cue (spec 5, second round). A group that has no cue and resumes
    # none takes the speaker named right before it ('Ms Vik criticised the plan. "We lost 40
    # homes."'), carried too; the groups that resume it are read after it.
    ordered = sorted(groups.items(), key=lambda g: g[1][0].start)
    _resume(text, doc, known, ordered, out, resumed)
    introduced = False
    for group, seq in introductions.items():
        if group not in out and not _cued_inside(doc, known, groups[group]):
            out[group] = [seq]
            resumed.add(group)
            introduced = True
    if introduced:
        _resume(text, doc, known, ordered, out, resumed)
    return out


def _resume(
    text: str,
    doc: Segments,
    known: _Cues,
    ordered: list[tuple[int, list[Quote]]],
    out: dict[int, list[int]],
    resumed: set[int],
) -> None:
    """Give each group in ``ordered`` (by position) that has no cue the speaker of the group
    before it, when it resumes that group's speech (``_quote_cues``)."""
    for (_, prev_parts), (group, parts) in zip(ordered, ordered[1:]):
        prev_group = prev_parts[0].group
        if group in out or prev_group not in out:
            continue
        gap_start, gap_end = prev_parts[-1].end, parts[0].start
        if prev_parts[-1].paragraph != parts[0].paragraph:
            continue
        speaker = out[prev_group][0]
        cue = known.cues[speaker]
        # ('"A. "B."', a quote reopened never closed, goes on in its own group, not here)
        if (
            gap_start <= cue.cue.start
            and cue.cue.end <= gap_end
            and gap_end - gap_start < QUOTE_RESUME_GAP
        ):
            # Only the cue's own sentence may stand between: another sentence with a cue is
            # a new report (another source, or indirect speech the quote is carried from).
            lo = bisect.bisect_left(known.starts, gap_start)
            hi = bisect.bisect_left(known.starts, gap_end)
            if all(c.sentence == cue.sentence for c in known.cues[lo:hi] if not c.agentless):
                out[group] = [speaker]
                if doc.sentence_index(parts[0].start) > cue.sentence:
                    resumed.add(group)  # not '"A," he said, "and B."': one sentence, one quote


def _cued_inside(doc: Segments, known: _Cues, parts: list[Quote]) -> bool:
    """Whether a cue other than an introduction stands in the sentences a quote group spans
    ('"... rural America," Tom Kiernan, head of the trade group, said.'): the quote's own
    sentence reports it, however far its cue stands from the closing mark."""
    first = doc.sentence_index(parts[0].start)
    last = doc.sentence_index(parts[-1].end - 1)
    lo = bisect.bisect_left(known.starts, doc.sentences[first].start)
    hi = bisect.bisect_left(known.starts, doc.sentences[last].end)
    return any(not c.agentless and c.rule != "speaker-before-quote" for c in known.cues[lo:hi])


def _asides(text: str, doc: Segments, claim_sentence: list[int]) -> list[tuple[int, int]]:
    """The reporter's asides, in the sentences that hold claims (only there do they matter);
    ``claim_sentence`` is the index of each claim's sentence."""
    out: list[tuple[int, int]] = []
    if not doc.sentences:
        return out
    read = -1
    for index in claim_sentence:
        if index == read:
            continue
        read = index
        sentence = doc.sentences[index]
        for m in _ASIDE.finditer(text, sentence.start, sentence.end):
            out.append((m.start(), m.end()))
    return out


def _restates(text: str, aside: tuple[int, int], claim: Claim) -> bool:
    """Spec 5: a dash-set aside that holds nothing but the claim restates the attributed
    figure beside it ("nearly a third - 31% - of investors, a study found") and is covered
    as the sentence is; one that adds the reporter's own words is not."""
    token = claim.token.text
    if text[aside[0]] == "(":
        # "in the many (31) ports": the exact figure for a vague one, in brackets alone;
        # not after a figure ("£40m ($50m)" converts it, "212,043 (209,177)" gives last year's)
        before = text[max(0, aside[0] - 2) : aside[0]].rstrip()
        return (
            text[aside[0] + 1 : aside[1] - 1].strip() == token
            and not before[-1:].isdigit()
            and before[-1:] not in _FIGURE_END_CHARS
        )
    if text[aside[0]] not in "-–—":
        return False
    # an aside that runs to the end of its line takes the sentence's full stop with it
    inner = text[aside[0] : aside[1]].strip(" -–—\u00a0\t").removesuffix(".")
    # the figure alone, or after a hedge ("- about 31% -", "-- an estimated $7 billion --")
    if inner.endswith(token) and len(inner) <= len(token) + _HEDGE_ROOM:
        return True
    # the figure and its counted noun, restating what the content counts ("One in 8 crews -
    # 12,000 sailors - own a boat"); not a share of the reporter's ("- 6% of its staff -")
    if inner.startswith(token):
        rest = inner[len(token) :].split()
        if 0 < len(rest) <= _RESTATED_NOUN_ROOM and all(
            w.isalpha() and w.islower() and w not in _NOT_COUNTED_NOUNS for w in rest
        ):
            return True
    # the same amount put another way: "£3bn - or £140 per household -"
    words = inner.split()
    if inner[:1].isdigit() and all(_is_figure_word(w) for w in words) and token in inner:
        return True  # "a high share of its shops - 38 pct of 3,500": the exact figure
    return (
        inner.startswith(_RESTATING_OPENERS)
        and token in inner
        and len(words) <= len(token.split()) + _RESTATING_ROOM
        # "- or just 0.1 per cent more -": a comparison of the reporter's, not the same amount
        and _COMPARATIVES.isdisjoint(words)
    )


def _is_figure_word(word: str) -> bool:
    """Whether a word of an aside is part of a figure: digits, or a unit, a scale or a link
    of a share ("38 pct of 3,500", "1.2 mln dlrs")."""
    return word[:1].isdigit() or word.lower().rstrip(".,") in _FIGURE_WORDS


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


def _attribution(cue: Cue) -> Attribution:
    return Attribution(cue.source, cue.kind, cue.cue, cue.resolved)  # positional: quicker
