"""Stage 2b: attribution cues and their sources, each with the stretch of text it covers.

A cue is found inside one sentence, from four shapes (spec section 2 and 5):

* a reporting verb with a subject before it ("the ministry said", "Israel says"), or after it
  when inverted ("..., said a spokesman for the army");
* a prepositional cue with its object: "according to X", "citing X";
* a setting: a document noun the clause is set in ("on the rich list", "by the army's count");
* an agentless cue ("it is feared", "is expected to", "reportedly"): vague, its source span is
  the cue itself.

Source phrases are read word by word away from the cue, over the words a name or a noun phrase
is made of, and stop at punctuation and at clause words. Each cue records the region it
covers: forward to the end of the clause when the content follows the verb, backward to the
start of the clause when the cue closes the sentence ("..., police said."), or a single claim
when the cue sits in a reduced relative clause ("34 Israel says are presumed dead").
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Collection, Iterator, Sequence
from typing import Final, Literal

import attrs
import regex

from ._lexicon import (
    ACCORDING_IDIOMS,
    ACCORDING_NOT_SOURCES,
    ACCORDING_TO,
    ACTION_REPORTING_VERBS,
    AGENT_ONLY_VERBS,
    AGENT_SUFFIXES,
    AGENTLESS_CUES,
    ANONYMOUS_HEADS,
    APPROXIMATE_QUANTITIES,
    ASIDE_PREPOSITIONS,
    ATTITUDE_NOUNS,
    ATTITUDE_VERBS,
    AUXILIARIES,
    BODY_NOUNS,
    CHANGE_VERBS,
    CLAUSE_VERBS,
    COMMON_MODIFIERS,
    CONTENT_NOUN_LEADS,
    CONTENT_NOUNS,
    CONTENT_OPENERS,
    COORDINATORS,
    CUE_ADVERBIALS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DETERMINERS,
    ESTIMATE_OF_NOUNS,
    FIGURE_VERBS,
    FINDING_VERBS,
    FINITE_VERBS,
    FRACTIONS,
    FRAME_VERBS,
    FRONTED_SETTING_NOUNS,
    FUNCTION_WORDS,
    GLOSS_OPENERS,
    HEDGES,
    INTERRUPTED_CLAUSE_LINKS,
    INTRODUCTORY_OPENERS,
    IRREGULAR_PAST,
    IRREGULAR_PAST_REPORTING,
    LEADING_TIME_ADVERBS,
    LINKING_PHRASES,
    LY_NOUNS,
    MAGNITUDE_WORDS,
    MANNER_SPEECH_VERBS,
    MEASURE_UNITS,
    MEASURED_QUANTITIES,
    MEASURED_SETTING_NOUNS,
    MODALS,
    MONTHS,
    NAMED_MODIFIERS,
    NEGATIONS,
    NOT_SOURCE_HEADS,
    NOUN_COMPOUNDS,
    NOUN_DETERMINERS,
    NOUN_FOLLOWERS,
    NOUN_REPORTING_VERBS,
    NP_BREAKERS,
    NP_CONNECTORS,
    NUMBER_WORDS,
    OBJECT_VERBS,
    OBLIGATION_MODALS,
    OPENING_PREPOSITIONS,
    ORDINAL_WORDS,
    OWN_ESTIMATE_NOUNS,
    PARTICIPLES,
    PARTICLE_REPORTING_VERBS,
    PAST_FORMS,
    PERSON_NOUNS,
    PHRASAL_NON_CUES,
    PLACE_PREPOSITIONS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PLURAL_NOUN_VERBS,
    POLL_GIVING_VERBS,
    POLL_NOUNS,
    POLL_PHRASE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PREDICATE_VERBS,
    PRONOUNS,
    RELATIVISERS,
    REPORTING_VERBS,
    SENTENCE_ADVERBS,
    SENTENCE_LINKS,
    SETTING_NOUNS,
    SOURCE_NOUNS,
    SOURCE_POSTMODIFIERS,
    SPEECH_NOUNS,
    SPEECH_OCCASIONS,
    SPEECH_PARTICIPLES,
    SPREAD_LINKS,
    SPREAD_VERBS,
    SUBJECT_OPENERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THAT_NON_REPORTING,
    TIME_AGO_MODIFIERS,
    TIME_UNITS,
    TO_CLAUSE_VERBS,
    TO_HEARER_VERBS,
    VAGUE_HEADS,
    VERB_ONLY_REPORTING_VERBS,
    WEEKDAYS,
)
from ._model import Claim, Decision, SourceKind, Span, decisions
from ._patterns import (
    FOLDS_TO_ASCII,
    WordScan,
    alternation,
    ascii_folded_lower,
    padded_lower,
    spaced_alternation,
)
from ._segment import Quote, Segments, Sentence

Direction = Literal["forward", "backward", "both", "narrow", "sentence", "clause"]


@attrs.frozen
class Cue:
    """An attribution cue with its source and the region of text it covers."""

    cue: Span
    """The cue words ("said", "according to", "is thought to")."""
    source: Span
    """The source phrase; for agentless cues, the cue itself."""
    kind: SourceKind
    """Kind of the source."""
    sentence: int
    """Index of the sentence holding the cue."""
    direction: Direction
    """How the cue reaches its content (see module doc)."""
    scope_start: int
    """Start of the region the cue covers."""
    scope_end: int
    """End of the region the cue covers."""
    agentless: bool = False
    """True for agentless cues, which yield to any cue with a real source."""
    resolved: str | None = None
    """For a pronoun source, the earlier source it most likely refers to."""
    document: bool = False
    """True when the source is a document or dataset ("a report by X", "figures from X"),
    whose figures run on into the next sentence (carry)."""
    borrowed: bool = False
    """True for a participle cue (", adding that ..."), whose source, an earlier cue's or the
    clause's subject, stands before the participle: a cue before it reaches up to the
    participle, not to that source."""
    relative: bool = False
    """True for a cue in a restrictive relative clause ("a study that found ..."): it covers
    its clause, but the sentence is not its source's report, so nothing carries on from it."""
    rule: str = ""
    """The name of the rule of :data:`CUE_RULES` that found the cue."""


# "5,000" is one word, not "5" "," "000". Possessive quantifiers: no part ever needs to give
# back what it took, and ``re`` matches faster without keeping backtrack points (~20 %).
# "U.S.-led" and "Reuters/Ipsos" are one word too.
_WORD_TOKEN = (
    r"[^\W_][\w'’]*+(?:(?:\.-|[.&-]|(?<=[^\W\d_])/(?=[^\W\d_])|(?<=\d),(?=\d{3}(?!\d)))"
    r"[^\W_][\w'’]*+)*+"
)


def _gap_token(space: str, not_space: str, flags: int = 0) -> re.Pattern[str]:
    """(gap, token) pairs: a gap is a run of ``space``; a token a word or one ``not_space``.
    Every non-space character belongs to a token, so the gap before each is pure whitespace:
    one findall gives every offset by adding up lengths, with no Match objects."""
    return re.compile(rf"({space}*+)({_WORD_TOKEN}|{not_space})", flags)


_GAP_TOKEN = _gap_token(r"\s", r"\S")
# The same for ASCII text, ~10 % quicker: on ASCII, ``re.ASCII`` reads \w, \d and \W alike, and
# its \s leaves out only \x1c-\x1f (``str.isspace`` holds them), put back here.
_ASCII_GAP_TOKEN = _gap_token(r"[\s\x1c-\x1f]", r"[^\s\x1c-\x1f]", re.ASCII)


# A verb that reports only with its particle is found with it ("points out"): "points" alone
# is in half the sports and market copy, whose sentences would be tokenised for nothing; and
# "points to" is a market's move as often ("rose 5 points to 2,339"), so only the past and the
# participle are read before "to".
_PARTICLE_TRIGGERS = frozenset(f"{verb} out" for verb in PARTICLE_REPORTING_VERBS) | frozenset(
    ("pointed to", "pointing to")
)
# The words a verb or setting cue is read from; each hit is checked against its token. They
# are picked from the trigger hits: all the words are letters (a particle after one space), so
# a trigger scan finds each whole word a scan for these alone would.
_CUE_WORDS = (
    REPORTING_VERBS
    | SETTING_NOUNS
    | ESTIMATE_OF_NOUNS
    | AGENT_ONLY_VERBS
    | PLAN_VERBS
    | ATTITUDE_VERBS
    | _PARTICLE_TRIGGERS
)
# Cue words far more often nouns, read only after a pronoun or before "that" (``_may_report``).
_NOUN_FIRST_VERBS = frozenset(("fear", "fears"))
# Words without which a sentence holds no cue: sentences without one are never tokenised.
_TRIGGER_WORDS = _CUE_WORDS | frozenset(
    "according citing quoting per reportedly allegedly purportedly supposedly emerged "
    "transpired appeared appears seems seemed feared rumoured rumored understood "
    "known believed thought speculation tipped".split()
)
_TRIGGERS = WordScan.of(_TRIGGER_WORDS)
# A word every match of _ACCORDING (_AGENTLESS) holds, whole, after a space or a word
# boundary: without one among a sentence's trigger hits, the pattern is not searched.
_ACCORDING_WORDS = frozenset("according citing quoting per reported".split())
_AGENTLESS_WORDS = frozenset(
    "estimated feared believed thought understood reported expected projected forecast "
    "predicted said claimed alleged known calculated rumoured rumored emerged transpired "
    "revealed found shown put announced disclosed confirmed speculation tipped "
    "appeared appears seems seemed reportedly allegedly purportedly supposedly".split()
)
# Non-ASCII characters that match an ASCII letter when case is ignored ("ſ" for "s"): in a text
# holding one, the hits' spelling may miss a word the patterns match, so both are searched.
_CASE_FOLDS = tuple(FOLDS_TO_ASCII)
if not (_ACCORDING_WORDS | _AGENTLESS_WORDS) <= _TRIGGER_WORDS or not all(
    word.isascii() and all(part.isalpha() for part in word.split(" ")) for word in _TRIGGER_WORDS
):  # pragma: no cover
    raise ValueError("the cue words must be trigger words: letters, or words and one space")
_NEGATION_WINDOW = regex.compile(r"[\p{L}']+")
_LAST_CLAUSE_MARK = regex.compile(r'(?r)[.!?;:,"“”]')
# Each negation, and "n't", holds one of these: a window holding none has no negated word, and
# this plain search costs a fraction of the word split it spares.
_NEGATION_MARKS = NEGATIONS | {"n't"}
_NEGATION_HINT = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(_NEGATION_MARKS)
        if not any(other != w and other in w for other in _NEGATION_MARKS)
    )
)
_NON_SPACE = regex.compile(r"\S")
_KINDS_STRONGEST_FIRST: tuple[SourceKind, ...] = ("named", "anonymous", "vague")
_LAST_NON_SPACE = regex.compile(r"(?r)\S")
_LEAD_REACH = 200  # bounded look-back keeps long sentences linear
_LEAD_WORDS = regex.compile(
    r"[\s\"“‘(]*+(?:(?:and|but)\s++)?(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b",
    regex.IGNORECASE,
)
CUE_REACH = 600
"""A cue further than this from a claim never covers it: keeps linking linear."""
QUOTE_RESUME_GAP = 80
"""A quote resumed within this many characters after a quote whose cue stands between them
('"A," he said. "B"') is the same speaker's."""
_AGENTLESS = regex.compile(r"\b(?:" + "|".join(AGENTLESS_CUES) + r")\b", regex.IGNORECASE)
# "said" alone sends most sentences to the _AGENTLESS search, which seldom matches. An agentless
# cue other than a lone word ("reportedly") opens with a word that is not its cue word, so its
# cue word follows one of the pattern's words and whitespace ("is said", "it emerged"): where no
# hit does, the search is skipped. A reverse match anchored at the hit checks that.
_AGENTLESS_OPENERS = frozenset(p for p in AGENTLESS_CUES if p.isalpha())


def _agentless_lead() -> regex.Pattern[str]:
    """Any literal word of AGENTLESS_CUES, then whitespace, reversed; checked that each cue but
    the lone words opens with words that are not cue words."""
    opening = [p for p in AGENTLESS_CUES if not p.startswith(_AFTER_COMMA)]
    for pattern in opening:
        first = regex.match(r"[a-z]+|\(\?:[a-z|]+\)", pattern)
        if not pattern.isalpha() and (
            first is None or not _AGENTLESS_WORDS.isdisjoint(regex.findall("[a-z]+", first[0]))
        ):  # pragma: no cover
            raise ValueError(f"an agentless cue must open with a word, not its cue: {pattern}")
    # Each word as the pattern may read it: whole after a blank or the branch's start, else
    # glued to what stands before it in the pattern (the class of "['’]s" or "[a-z]+ly", or any
    # letters). Most words before a hit ("officials said") then fail this at once.
    whole: set[str] = set()
    glued: set[str] = set()
    for pattern in opening:
        # its classes blanked out, so that a bracket or bar inside one is read as no group's
        plain = _CLASS.sub(lambda c: "[" + "_" * (len(c[0]) - 2) + "]", pattern)
        looks = _lookarounds(plain)
        for m in _LITERAL_WORD.finditer(plain):
            if any(lo <= m.start() < hi for lo, hi in looks):
                continue  # only looked at, never read before a cue word: "(?=\s+(?:he|...))"
            # the word with the class glued before it, if one is, as the pattern spells them
            read = pattern[m.start() : m.end()]
            (whole if _opens_whole(plain, m.start()) else glued).add(read)
    # a cue after a comma and a space instead ("The field, thought to hold ...")
    # (a class is read ignoring case, as the pattern reads it, though the copy searched is
    # lowercased)
    anchored = r"(?<!\w)(?:" + "|".join(sorted(whole)) + r")\s+"
    glued_to = r"(?i:" + "|".join(sorted(glued)) + r")\s+"
    return regex.compile(r"(?r)(?:" + anchored + "|" + glued_to + r"|,[ \t])")


_CLASS = regex.compile(r"\[\^?+\]?+(?:\\.|[^\]\\])*+\]")  # a character class of a pattern
# A literal word of a pattern whose classes are blanked out (not an escaped letter), with the
# class and its repeat glued before it, if one is ("['’]s", "[a-z]+ly").
_LITERAL_WORD = regex.compile(r"(?<![\\a-z])(?:\[_*+\][+*?]?)?[a-z]++")


def _opens_whole(pattern: str, pos: int) -> bool:
    """Whether what the pattern reads at ``pos`` stands after a blank or opens the branch
    (``_AGENTLESS``'s "\\b" before it): back over group openings and the alternatives before
    it in its group, to a "\\s" or the start."""
    while True:
        before = pattern[:pos]
        if not before or before.endswith(("\\s+", "\\s*", "\\s", "\\s++")):
            return True
        if before.endswith("(?:"):
            pos -= 3
        elif before.endswith("("):
            pos -= 1
        elif before.endswith("|"):
            pos = _group_start(pattern, pos - 1)
        else:
            return False  # letters, a class or a repeat may stand before it


def _lookarounds(pattern: str) -> list[tuple[int, int]]:
    """The spans of the pattern's lookahead and lookbehind groups."""
    spans: list[tuple[int, int]] = []
    opened: list[tuple[int, bool]] = []  # each open group's start, and whether it looks
    for k, ch in enumerate(pattern):
        if k and pattern[k - 1] == "\\":
            continue
        if ch == "(":
            opened.append((k, pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), k)))
        elif ch == ")" and opened:
            start, looks = opened.pop()
            if looks:
                spans.append((start, k + 1))
    return spans


def _group_start(pattern: str, bar: int) -> int:
    """Where the group holding the "|" at ``bar`` opens (its "("), or 0 at the top level."""
    depth = 0
    for k in range(bar - 1, -1, -1):
        ch = pattern[k]
        if k and pattern[k - 1] == "\\":
            continue
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return k
            depth -= 1
    return 0


# How a cue that opens after a comma, not after a word of its own, starts in AGENTLESS_CUES.
_AFTER_COMMA = "(?<=,[ \\t])"
# Those cues, at their start: a reduced relative set off by commas, which covers only itself.
_REDUCED_AGENTLESS = regex.compile(
    "|".join(p.removeprefix(_AFTER_COMMA) for p in AGENTLESS_CUES if p.startswith(_AFTER_COMMA)),
    regex.IGNORECASE,
)


_AGENTLESS_LEAD = _agentless_lead()
_ACCORDING = regex.compile(r"\b(?:" + ACCORDING_TO + r")\b", regex.IGNORECASE)
_ADVERBIAL_AFTER = regex.compile(
    r"(?:[ \t,]*+(?:" + "|".join(CUE_ADVERBIALS) + r")(?![\p{L}'’]))*+", regex.IGNORECASE
)
# Reverse and used with ``match``: anchored at the end of the window, so it is tried once
# there instead of at every position of the window, as a search for "...\s*$" would be.
_ADVERBIAL_BEFORE = regex.compile(
    r"(?r)(?:\b(?:" + "|".join(CUE_ADVERBIALS) + r")|\b(?:" + "|".join(AUXILIARIES) + r")|,)\s*",
    regex.IGNORECASE,
)
# _verb_cue tries _ADVERBIAL_BEFORE's long alternation backwards from the cut on every call,
# but only an adverbial or an auxiliary moves the cut (a comma or no match stops the loop), and
# each of those ends with a literal word of CUE_ADVERBIALS or AUXILIARIES, or with the
# "[\w.]+" after "on|to|with" ("in a statement to Reuters"): _ADVERBIAL_TAIL, checked to be
# the only class that can end an adverbial. So when the last whitespace-delimited chunk before
# the cut ends with none of those words, and the chunk before it does not end with "on", "to"
# or "with", no match can move the cut and the regex is not run (_adverbial_may_end).
# Likewise every adverbial starts with one of its literal words, so _skip_adverbials runs
# _ADVERBIAL_AFTER only when the text after the spaces and commas starts like one.
# An adverbial set off by commas between a verb and its content: "said, however, ...", "said,
# in a statement, ...", or up to four words before "that" ("showed, at best, that ...").
# Or a prepositional phrase of words only, up to eight, before a content clause's opening
# word ("said, during its second week under new owners, it trimmed fares on 16 routes").
_SET_OFF_ADVERBIAL = regex.compile(
    r"[ \t]*+,[ \t]*+(?:(?:"
    + "|".join(sorted(SENTENCE_ADVERBS) + list(CUE_ADVERBIALS))
    + r")|(?:[\p{L}'’]++[ \t]++){0,3}[\p{L}'’]++(?=[ \t]*+,[ \t]*+that\b)"
    + r"|(?:"
    + alternation(ASIDE_PREPOSITIONS)
    + r")(?:[ \t]++[\p{L}'’-]++){1,7}"
    + r"(?=[ \t]*+,[ \t]*+(?:"
    + alternation(CONTENT_OPENERS)
    + r")\b))[ \t]*+,[ \t]*+",
    regex.IGNORECASE,
)
_ADVERBIAL_TAIL = r"(?:\s+(?:on|to|with)\s+[\w.]+)?"
# A date after "on" ending where a verb's subject is read back from ("on June 20", "on 3 March
# 2017"), matched backwards from the cut like _ADVERBIAL_BEFORE.
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_SET = frozenset(MONTHS)
_DATE_BEFORE = regex.compile(
    r"(?r)\bon\s++(?:(?:" + _MONTH_ALT + r")\.?\s++\d{1,2}(?:,\s*+\d{4})?"
    r"|\d{1,2}\s++(?:" + _MONTH_ALT + r")\.?(?:\s++\d{4})?)\s*+"
)
_TAIL_LINKS = ("on", "to", "with")


def _adverbial_words() -> frozenset[str]:
    """Every literal word of CUE_ADVERBIALS; checked to be the only things an adverbial can
    start or end with, but for _ADVERBIAL_TAIL."""
    words: set[str] = set()
    for pattern in CUE_ADVERBIALS:
        rest = pattern.replace(_ADVERBIAL_TAIL, " ")
        rest = rest.replace(r"(?:\w+\s+)?(?:", " (?:")  # an optional word before a literal
        if regex.search(r"(?:^|\||\()\\s", rest):  # pragma: no cover
            raise ValueError(f"an adverbial may start with a space: {pattern}")
        rest = rest.replace(r"\s", " ")
        if regex.search(r"\\|[\[.]|[A-Za-z][?*+{]", rest):  # pragma: no cover
            raise ValueError(f"an adverbial may start or end other than with a word: {pattern}")
        words.update(w.lower() for w in regex.findall(r"[A-Za-z]+", rest))
    return frozenset(words)


_ADVERBIAL_WORDS = _adverbial_words()
_ADVERBIAL_ENDS = tuple(sorted(_ADVERBIAL_WORDS | {w.lower() for w in AUXILIARIES}))
if not all(w.isascii() and w.isalpha() for w in _ADVERBIAL_ENDS):  # pragma: no cover
    raise ValueError("auxiliaries must be letters only")
# By last letter: ``endswith`` tries every word of a tuple (~1 µs for all of them), and only the
# words ending in a chunk's last letter can end it.
_ADVERBIAL_ENDS_BY_LAST = {
    last: tuple(w for w in _ADVERBIAL_ENDS if w[-1] == last)
    for last in {w[-1] for w in _ADVERBIAL_ENDS}
}
# An adverbial's first three characters, lowercased, or its whole first word when shorter.
_ADVERBIAL_STARTS = frozenset(w[:3] for w in _ADVERBIAL_WORDS)
_GLOSS = regex.compile(r",\s*+(?:" + "|".join(GLOSS_OPENERS) + r")\b", regex.IGNORECASE)
_QUOTES_OPEN = "\"“‘'"
_CLAUSE_REACH = 20  # tokens read for the verb of a content clause
_CLAUSE_STOPS = frozenset(".;:!?")
_NOT_CLAUSE_VERBS = NP_BREAKERS | NP_CONNECTORS  # "claimed it as", "recalled it to"
_CLOSERS = ("", ".", "!", "?", ";", ")", "”", '"', "’")
_MAX_NP = 12
_MAX_INTERRUPTION = 24  # tokens of a comma-set interruption between a subject and its verb
_ANTECEDENT_REACH = 8  # tokens of the phrase a restrictive relative clause follows
_MAX_APPOSITIVE = 8  # tokens of an appositive after a source set off between subject and verb
# What may stand before a subject opening its clause; a closing quote too, as a straight one
# does ('“Fares fall 4%,” Ana Ruiz, who runs the line, said').
_CLAUSE_OPENERS = frozenset(",;:\"“”‘’'([—–-")
_FRONT_MARKS = frozenset("\"“‘'([")  # what may stand before a sentence's first word
_ADVERBIAL_REACH = 80  # bounded look-back keeps long sentences linear
# A straight or single mark opens a quote before a word, or before an ellipsis or a bracket
# that starts it mid-sentence ('wrote: "... the firm paid', 'said: "[The] firm').
_QUOTE_OPENING = regex.compile(r"[,:]?\s*+(?:“|\"(?=\w|\.\.\.|…|\[)|‘(?=\w|\.\.\.|…|\[))")
# The characters a _QUOTE_OPENING match can start with, at a non-space character.
_QUOTE_OPENING_FIRST = ',:“"‘'
# The verb of a reduced relative clause right after its cue: "34 Israel says *are* presumed dead".
_RELATIVE_VERBS = frozenset(
    "are were is was have has had will would could may might remain remained died be".split()
)


# A word or punctuation mark of a sentence: (start, end, text, lowercased text), read through
# the indices below. A plain tuple of ints and strings, because the garbage collector stops
# tracking such a tuple once it has seen it, and one long sentence makes a token per word: as
# NamedTuple instances (always tracked) the tokens of one endless sentence made every full
# collection walk them, some 0.2 s of its 1.6-2 s.
_Tok = tuple[int, int, str, str]
_START: Final = 0
_END: Final = 1
_TEXT: Final = 2
_LOWER: Final = 3


CUE_RULES: tuple[Decision, ...] = decisions(
    "cues",
    (
        "verb-before-content",
        "reporting verb before",
        "a source and its reporting verb before what it reports",
        "The ministry said [40] schools had closed.",
    ),
    (
        "verb-by-shape",
        "verb before a that-clause",
        "a subject and a verb known by its shape alone, before 'that' and a clause",
        "The board surmised that [40] routes lost money.",
    ),
    (
        "verb-after-content",
        "reporting verb at the end",
        "a source and its reporting verb after what it reports",
        "Some [40] schools closed, the ministry said.",
    ),
    (
        "verb-set-off",
        "reporting verb set off",
        "a source and its verb set off between commas inside what it reports",
        "The levy, the treasurer said, raises [£4m] a year.",
    ),
    (
        "inverted-verb",
        "inverted",
        "a reporting verb before its source, after what it reports",
        "Prices rose [5%], says the central bank.",
    ),
    (
        "coordinated-verb",
        "coordinated verb",
        "a reporting verb sharing the subject of the verb before it",
        "The firm has cut fares and said that [40] routes lost money.",
    ),
    (
        "relative-clause",
        "relative clause",
        "a reporting verb in a restrictive relative clause: its clause only",
        "A survey that found [60%] of staff wanted to leave was shelved.",
    ),
    (
        "reduced-relative",
        "reduced relative clause",
        "a source and verb right after a figure: that figure only",
        "They hold 250 people, including [34] the army says are dead.",
    ),
    (
        "passive-agent",
        "passive agent",
        "the agent of a participle after a figure: that figure only",
        "The [7%] dip predicted by analysts did not come.",
    ),
    (
        "participle-of-speaker",
        "participle",
        "a participle of speech taking the speaker before it",
        "The mayor said fares would rise, adding that [40] routes had closed.",
    ),
    (
        "participle-of-subject",
        "participle",
        "a participle of speech taking the subject of its clause",
        "The council cut fares, saying [40] routes lost money.",
    ),
    (
        "according-to",
        "according to",
        "'according to', 'citing' or 'per' and the source after it",
        "Sales rose [12%], according to the trade body.",
    ),
    (
        "setting",
        "setting",
        "a document the figures stand in: 'in a report by X'",
        "In the audit office's report, costs rose [8%].",
    ),
    (
        "poll-gives",
        "poll gives",
        "a poll as the subject of 'gives': 'the X poll gave the Greens N pct'",
        "The Vik poll gave the Greens [36 pct].",
    ),
    (
        "own-estimate",
        "own estimate",
        "a body changing or keeping its own estimate or forecast: the figures after it",
        "The bank revised its shortfall estimate to [£300m].",
    ),
    (
        "estimate-of",
        "estimate of",
        "a reckoning's noun, then 'of' and its figure: its owner, or a vague source",
        "Sales missed analysts' expectations of [£532m].",
    ),
    (
        "estimates-range",
        "estimates range",
        "a reckoning's noun as the subject of 'range' or 'vary': its owner, or a vague source",
        "Estimates of the repair bill range from [£2m to £5m].",
    ),
    (
        "agentless-as",
        "agentless",
        "'as announced' or 'as reported' with no maker, opening the sentence: a vague source",
        "As previously announced, Vik will pay [$5m] for the stake.",
    ),
    (
        "agentless-after",
        "agentless",
        "an agentless cue closing the clause: a vague source",
        "About [40] people died, it is believed.",
    ),
    (
        "agentless-passive",
        "agentless",
        "an agentless passive over its subject: a vague source",
        "About [2,000] people are thought to have fled.",
    ),
    (
        "content-noun",
        "content noun",
        "an ownerless report or belief noun before its 'that' clause: a vague source",
        "Staff walked out amid rumours that [300] mills would close.",
    ),
    (
        "speaker-before-quote",
        "quote speaker",
        "the subject of the sentence right before a quote without a cue: its speaker (carried)",
        'Ms Vik criticised the plan. "We lost [40] homes in one night."',
    ),
    (
        "quote-frame-after",
        "quote speaker",
        "a subject and verb right after a quote's closing comma",
        '"The storm took [40] homes in one night," she sighed.',
    ),
    (
        "quote-frame-colon",
        "quote speaker",
        "a subject and verb before a colon opening a quote",
        'One tenant fumed: "They took [40] homes in one night."',
    ),
    (
        "wording-frame",
        "quote speaker",
        "words a sign, banner or letter reads",
        'A sign reading "Closed: [90%] off" hung there.',
    ),
)
"""The shapes of cue this stage finds (spec section 2), each a function of this module: what an
attribution's ``why`` names."""


def find_cues(
    text: str, doc: Segments, claims: Sequence[Claim], *, every_neighbour: bool = False
) -> tuple[Cue, ...]:
    """The cues in ``text`` that can attribute ``claims``, in order of position, none when
    there are no claims.

    Only the sentences that can hold such a cue are read (``_sentences_to_read``): always
    those holding a claim and those of and around quotes; the other sentences beside a claim's
    (half the reading in news) only when their cues can change a link (``_read_on_demand``).
    ``every_neighbour`` reads all of those too: the links come out the same, and tests
    compare the two."""
    if not claims:
        return ()
    reader = _SentenceReader(text, doc, claims)
    always, spare = _sentences_to_read(doc, reader.starts)
    if every_neighbour:
        always |= spare
        spare = set()
    read = {index: reader.cues(index) for index in sorted(always)}
    if spare:
        _read_on_demand(read, sorted(always | spare), spare, reader)
    cues = [cue for index in sorted(read) for cue in read[index]]
    return tuple(_resolve_pronouns(cues))


class _SentenceReader:
    """Reads the cues of one sentence at a time, with what every sentence shares worked out
    once per text."""

    __slots__ = (
        "_text",
        "sentences",
        "_claims",
        "_claim_spans",
        "starts",
        "_padded",
        "_lowered",
        "_triggers",
        "_every",
        "_gap_token",
        "_quotes",
        "_quote_starts",
        "_paragraph_ends",
    )

    def __init__(self, text: str, doc: Segments, claims: Sequence[Claim]) -> None:
        self._text = text
        self.sentences = doc.sentences
        """The text's sentences."""
        self._claims = claims
        self._claim_spans = [(c.token.start, c.token.end) for c in claims]
        self.starts = [c.token.start for c in claims]
        """Where each claim starts, in order."""
        padded, lowered = padded_lower(text)
        self._padded = padded
        self._lowered = lowered
        self._triggers = _TRIGGERS.pick(lowered)
        self._paragraph_ends = [p.end for p in doc.paragraphs]
        self._quotes = doc.quotes
        self._quote_starts = [q.start for q in doc.quotes]
        self._every = not lowered or any(c in text for c in _CASE_FOLDS)  # search both patterns
        self._gap_token = _ASCII_GAP_TOKEN if text.isascii() else _GAP_TOKEN

    def cues(self, index: int) -> list[Cue]:
        """The cues of sentence ``index``, in the order ``_resolve_pronouns`` reads them."""
        text = self._text
        sentence = self.sentences[index]
        s_start = sentence.start
        s_end = sentence.end
        words = self.cue_words(s_start, s_end)
        # a quote's frame is looked for only where a quote mark stands
        framed = self._framed(s_start, s_end)
        lo = bisect.bisect_left(self.starts, s_start)
        hi = bisect.bisect_left(self.starts, s_end)
        # a statement with no figure, before a quote with one, may name its speaker (below)
        intro = (
            lo == hi
            and self._figure_follows(sentence)
            and self._quote_follows(index)
            and self._plain_end(s_start, s_end)
        )
        content = _content_noun_before_that(text, s_start, s_end)
        if words is None:
            if not framed and not intro and not content:
                return []  # no cue word and no quote with a frame: nothing to tokenise
            words = ([], False, False)
        cue_words, according, agentless = words
        # A hit is a word, so the sentence has tokens; agentless cues are read without them.
        toks: list[_Tok] = []
        if cue_words or according or framed or intro:
            append = toks.append
            pos = s_start
            for gap, word in self._gap_token.findall(text, s_start, s_end):
                start = pos + len(gap)
                pos = start + len(word)
                append((start, pos, word, word.lower()))
        found = _sentence_cues(
            text,
            index,
            s_start,
            s_end,
            toks,
            self._claim_spans[lo:hi],
            cue_words,
            according=according,
            agentless=agentless,
            content=content,
        )
        if framed:
            found = _quote_frame_cues(
                text, index, s_start, s_end, toks, self._claim_spans[lo:hi], found
            )
        if intro and not found:
            # a statement holding no figure: a cue of it passes on to the quote only
            speaker = _speaker_before_quote(text, index, s_end, toks, [])
            return [speaker] if speaker is not None else found
        if found and self._quotes:
            found = [self._within_quote(cue) for cue in found]
        return _trim_forward(text, found) if found else found

    def _quote_from(self, pos: int) -> Quote | None:
        """The quote that opens at or before ``pos`` and ends after it; quotes do not overlap,
        so only the last one opening by then can."""
        n = bisect.bisect_right(self._quote_starts, pos) - 1
        return self._quotes[n] if n >= 0 and pos < self._quotes[n].end else None

    def _within_quote(self, cue: Cue) -> Cue:
        """A cue standing inside a quote reaches no further than the quote: the speaker's
        own words ('"..., I can tell you that."') report nothing outside them."""
        quote = self._quote_from(cue.cue.start)
        if (
            quote is None
            or cue.cue.end > quote.end
            or (quote.start <= cue.scope_start and cue.scope_end <= quote.end)
            # 'China"s plans': a mark after a letter, an apostrophe in old wire copy
            or (quote.start and self._text[quote.start - 1].isalnum())
        ):
            return cue
        return attrs.evolve(
            cue,
            scope_start=max(cue.scope_start, quote.start),
            scope_end=min(cue.scope_end, quote.end),
        )

    def _figure_follows(self, sentence: Sentence) -> bool:
        """Whether a claim stands after ``sentence`` in its paragraph."""
        n = bisect.bisect_left(self.starts, sentence.end)
        return n < len(self.starts) and self.starts[n] < self._paragraph_ends[sentence.paragraph]

    def _plain_end(self, start: int, end: int) -> bool:
        """Whether the sentence at [start, end) ends as a statement, not a question."""
        last = _LAST_NON_SPACE.search(self._text, start, end)
        return last is not None and last.group() in _PLAIN_ENDS

    def _quote_follows(self, index: int) -> bool:
        """Whether the next sentence, in the same paragraph, opens with a quote mark, and
        this one stands outside any quote (it is the reporter's, naming who speaks next)."""
        sentences = self.sentences
        if index + 1 >= len(sentences):
            return False
        nxt = sentences[index + 1]
        if nxt.paragraph != sentences[index].paragraph:
            return False
        first = _non_space_at(self._text, nxt.start, nxt.end)
        if self._text[first : first + 1] not in _OPENING_MARK_CHARS:
            return False
        return self._quote_from(sentences[index].start) is None

    def _framed(self, start: int, end: int) -> bool:
        """Whether a quote's frame may stand in [start, end): a quote mark after a comma,
        "!", "?" or a colon, after "read" ('a sign reading "...'), or a short frame opening
        the sentence after a question's quote ('"Why?" Ms Lund asked.'), looked for with
        plain patterns, the one of "read" only where "read" stands."""
        text = self._text
        return (
            _QUOTE_FRAME_HINT.search(text, start, end) is not None
            or after_question_quote(text, start)
        ) or (
            text.find("read", start, end) != -1
            and _WORDING_HINT.search(text, start, end) is not None
        )

    def cue_words(self, start: int, end: int) -> tuple[list[re.Match[str]], bool, bool] | None:
        """For the sentence at [start, end): the reporting verbs and setting nouns in it (found
        in the padded copy, offsets one more), and whether ``_ACCORDING`` and ``_AGENTLESS``
        can match in it; None when it holds no trigger word at all."""
        hits = list(self._triggers.finditer(self._padded, start, end + 1))
        shaped = self._shaped_verbs(start, end)
        if not hits:
            if not shaped:
                return None
            return shaped, False, False
        if self._every:
            return [m for m in hits if m[1].lower() in _CUE_WORDS] + shaped, True, True
        # The copy is lowercased: each hit is a trigger word as it stands.
        words = {m[1] for m in hits}
        according = not words.isdisjoint(_ACCORDING_WORDS)
        agentless = not words.isdisjoint(_AGENTLESS_WORDS) and any(
            m[1] in _AGENTLESS_OPENERS
            or (m[1] in _AGENTLESS_WORDS and _AGENTLESS_LEAD.match(self._padded, 0, m.start(1)))
            for m in hits
        )
        kept = [m for m in hits if m[1] in _CUE_WORDS and self._may_report(m)]
        return kept + shaped, according, agentless

    def _may_report(self, hit: re.Match[str]) -> bool:
        """False for "fear" or "fears" that neither follows a pronoun nor comes before "that"
        ("amid fears of a slump", "inflation fears"): a noun, whose sentence is not read for
        it (``_not_a_reporting_verb`` would reject it after the sentence was tokenised)."""
        if hit[1] not in _NOUN_FIRST_VERBS:
            return True
        padded = self._padded
        if padded.startswith(" that", hit.end(1)):
            return True
        before = padded.rfind(" ", 0, hit.start(1) - 1)
        return padded[before + 1 : hit.start(1) - 1] in PRONOUNS

    def _shaped_verbs(self, start: int, end: int) -> list[re.Match[str]]:
        """The verbs known only by shape (``_THAT_VERB``) in the sentence at [start, end).

        Read per sentence, not once per text: only a quarter of the sentences are read. A verb
        and its "that" are never in two sentences (only blanks and "out" stand between them,
        and no sentence ends or starts there), so the sentence's own "that"s give its verbs."""
        return _that_verbs(self._padded, start + 1, end + 1)

    def states_change(self, index: int) -> bool:
        """Whether a claim of sentence ``index`` is a measured change (``states_change``),
        which a speaker's report without a figure is carried into."""
        sentence = self.sentences[index]
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        return any(states_change(self._text, sentence.start, c) for c in self._claims[lo:hi])

    def may_name_document(self, index: int) -> bool:
        """False when sentence ``index`` holds no cue with a document source: none of the
        words that make one (``is_document_source``) is in it."""
        sentence = self.sentences[index]
        scan = _DOCUMENT_SCAN.pick(self._lowered)
        return scan.search(self._padded, sentence.start, sentence.end + 1) is not None


# A figure stated as a measured change: "rose 4%", "increased by about 2 pct to", "were up".
# Up to three words may stand between the verb and the figure ("fell by more than £600").
_CHANGE_BEFORE = regex.compile(
    r"\b(?i:"
    + "|".join(sorted(CHANGE_VERBS, key=len, reverse=True))
    + r"|(?:is|are|was|were|been)\s++(?:up|down))(?:\s++[a-z]++){0,3}\s*+$"
)
_RELATIVE_VERB = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(RELATIVISERS)) + r")\s++(?:ha(?:s|ve|d)\s++)?)$"
)
_FIRST_WORD = regex.compile(r"[\s\"“‘(]*+([\p{L}]++)")
_CHANGE_REACH = 60  # characters read back from a figure for its change verb


def states_change(text: str, start: int, claim: Claim) -> bool:
    """Whether ``claim``, in the sentence from ``start``, is a percentage its sentence states as
    a measured change ("Exports rose 11%"), not in a relative clause ("..., which has lost
    80%") nor after an opening subordinator ("When the firm collapsed, sales fell 20%"): a
    statistic, which goes on with a report before it (carry, spec 3.4)."""
    if claim.kind != "percent":
        return False
    pos = claim.token.start
    change = _CHANGE_BEFORE.search(text, max(start, pos - _CHANGE_REACH), pos)
    if change is None or _RELATIVE_VERB.search(text, start, change.start()):
        return False
    opener = _FIRST_WORD.match(text, start, pos)
    return opener is None or opener.group(1).lower() not in SUBORDINATORS


def _sentences_to_read(doc: Segments, starts: list[int]) -> tuple[set[int], set[int]]:
    """The sentences whose cues can attribute a claim, in two sets: those always read, and
    those read only when a link asks for them (``_read_on_demand``).

    Always: the sentences holding a claim, and those that quotes need (``_read_quotes``). Spare:
    the other sentences beside a claim's."""
    holding: set[int] = set()
    sentences = doc.sentences
    low = high = 0  # the offsets the last sentence found spans: claims there need no search
    for start in starts:
        if low <= start < high:
            continue
        index = doc.sentence_index(start)
        holding.add(index)
        low = sentences[index].start if index else -1  # before the first: sentence 0 too
        high = sentences[index + 1].start if index + 1 < len(sentences) else sys.maxsize
    always = set(holding)
    beside = {i + step for i in holding for step in (-1, 1)}
    if doc.quotes:
        _read_quotes(doc, starts, always, beside)
    in_text = range(len(sentences))
    return {i for i in always if i in in_text}, {i for i in beside - always if i in in_text}


def _read_quotes(doc: Segments, starts: list[int], always: set[int], beside: set[int]) -> None:
    """Add to ``always`` the sentences a quote holding a claim takes its cue from
    (``_link._quote_cues``): all of each such quote, with the sentence each side; all of the
    other quotes of its group (a quote run over several paragraphs takes its cue at any of
    them); and, of the sentences in ``beside``, those in the ``QUOTE_RESUME_GAP`` characters
    before each of its quotes (where the cue of a quote it resumes stands), and all of the
    groups it may resume (with a quote ending in that gap)."""
    quotes = doc.quotes
    sentence_index = doc.sentence_index
    claimed: set[int] = set()  # the groups holding a claim
    for quote in quotes:
        lo = bisect.bisect_left(starts, quote.start)
        if lo < len(starts) and starts[lo] < quote.end:
            claimed.add(quote.group)
            first = sentence_index(quote.start)
            always.update(range(max(0, first - 1), sentence_index(quote.end) + 2))
    if not claimed:
        return
    ends = [q.end for q in quotes]  # quotes do not overlap: in order of start, and of end
    groups = set(claimed)
    # Back from each claimed quote along the quotes each resumes: a quote reopened at every
    # sentence ('"A. "B. "C."') reaches its cue through all of them. Quotes are in text order,
    # so one pass from the last back to the first follows every chain.
    for quote in reversed(quotes):
        if quote.group in groups:
            gap = max(0, quote.start - QUOTE_RESUME_GAP)
            stretch = range(sentence_index(gap), sentence_index(quote.start) + 1)
            always.update(i for i in stretch if i in beside or quote.group not in claimed)
            for earlier in quotes[
                bisect.bisect_left(ends, gap) : bisect.bisect_right(ends, quote.start)
            ]:
                groups.add(earlier.group)
    opened: set[int] = set()
    for quote in quotes:
        if quote.group in groups:
            # all of each quote of the group: its cue may stand at any of them, as at the
            # first of a quote run over several paragraphs ('said: "A.¶"B.¶"C 40."'); and
            # the sentence before the group, where its speaker may stand ('Ms Vik objected.
            # "A. "B 40."')
            first = sentence_index(quote.start)
            before = first - 1 if quote.group not in opened and first else first
            opened.add(quote.group)
            always.update(range(before, sentence_index(quote.end - 1) + 1))


def _read_on_demand(
    read: dict[int, list[Cue]], order: list[int], spare: set[int], reader: _SentenceReader
) -> None:
    """Read into ``read`` the ``spare`` sentences whose cues can change a link. ``order``: all
    the sentences to read, ``read`` and spare, in text order.

    1. The sentence before a sentence read that has no cue, in the same paragraph, when it
       may name a document or the sentence read states a measured change: a claim's
       sentence with no cue of its own can be carried into (link rule 4). A spare sentence's
       next holds no quoted claim, and outside quotes only a document's figures run on, or
       a speaker's into a measured change.
    2. Back from each sentence read whose first source is a pronoun, the sentences back to
       one with a source other than a pronoun: ``_resolve_pronouns`` takes the last such
       source, and those sentences are all it can take it from. A sentence read only for
       this gives its sources; its own pronouns' reading is never asked for, as none of its
       cues is linked or carried.

    A spare sentence changes nothing else: its cues cover no claim (it holds none), and no
    quote takes them (the sentences of and around quotes are always read)."""
    sentences = reader.sentences
    for index in list(read):
        before = index - 1
        if (
            not read[index]
            and before in spare
            and before not in read
            and sentences[before].paragraph == sentences[index].paragraph
            and (reader.may_name_document(before) or reader.states_change(index))
        ):
            read[before] = reader.cues(before)
    # Read back over already, by walks for any source and for one person's ("he", "she"): a
    # walk reaching one can stop there, as a one-person walk goes at least as far back.
    walked: dict[bool, set[int]] = {False: set(), True: set()}
    for index in list(read):
        wants = _wants_antecedent(read[index])
        if wants is None:
            continue
        for n in range(bisect.bisect_left(order, index) - 1, -1, -1):
            earlier = order[n]
            if earlier in walked[True] or (not wants and earlier in walked[False]):
                break
            walked[wants].add(earlier)
            if earlier not in read:
                read[earlier] = reader.cues(earlier)
            if any(_resolves(cue, one_person=wants) for cue in read[earlier]):
                break


def _pronoun_source(cue: Cue) -> bool:
    """Whether the cue's source is a pronoun ("he said"), which ``_resolve_pronouns`` reads as
    the last source before it that is not one. "WHO" is a name."""
    return _is_pronoun(cue.source.text)


def _names_source(cue: Cue) -> bool:
    """Whether ``_resolve_pronouns`` takes the cue's source as the one a later pronoun means."""
    return not cue.agentless and not _pronoun_source(cue)


def _resolves(cue: Cue, *, one_person: bool) -> bool:
    """Whether ``_resolve_pronouns`` may take the cue's source for a later pronoun; for "he"
    or "she" (``one_person``), not a plural one."""
    return _names_source(cue) and not (one_person and _plural_source(cue.source.text))


def _wants_antecedent(cues: list[Cue]) -> bool | None:
    """Whether a pronoun source in ``cues`` comes before any source in them that would resolve
    it: None when none does, else whether one of them is "he" or "she" (``_resolves``)."""
    wants: bool | None = None
    for n, cue in enumerate(cues):
        if _pronoun_source(cue):
            one_person = _one_person(cue)
            if not any(_resolves(c, one_person=one_person) for c in cues[:n]):
                wants = bool(wants) or one_person
    return wants


def _sentence_cues(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    claims: list[tuple[int, int]],
    cue_words: list[re.Match[str]],
    *,
    according: bool = True,
    agentless: bool = True,
    content: bool = True,
) -> list[Cue]:
    """The cues of one sentence. ``cue_words`` are the reporting verbs and setting nouns in
    it, found in the padded copy of the text (offsets one more); ``according``,
    ``agentless`` and ``content`` say whether a prepositional, agentless or content-noun cue
    may be in it."""
    found: list[Cue] = []  # a list, not a generator: most sentences hold a cue or two
    taken: list[tuple[int, int]] = []
    if according:
        _according_cues(text, index, s_start, s_end, toks, claims, found, taken)
    if agentless:
        _agentless_cues(text, index, s_start, s_end, found, taken)
    if content:
        found.extend(_content_noun_cues(text, index, s_start, s_end, taken))
    own: list[Cue] = []
    taken.sort()
    for word in cue_words:
        at = word.start(1) - 1
        i = bisect.bisect_left(toks, (at,))
        if i == len(toks) or toks[i][_START] != at:
            continue
        tok = toks[i]
        if taken:  # most sentences hold no prepositional or agentless cue
            n = bisect.bisect_right(taken, (tok[_START], len(text) + 1)) - 1
            if n >= 0 and taken[n][0] <= tok[_START] < taken[n][1]:
                continue
        cue = None
        if tok[_LOWER] in SETTING_NOUNS:
            cue = _setting_cue(text, index, s_start, s_end, toks, i, claims)
            if cue is None and tok[_LOWER] in POLL_NOUNS:
                cue = _poll_giving_cue(text, index, s_end, toks, i, claims)
        if cue is None and tok[_LOWER] in REPORTING_VERBS:
            if tok[_LOWER].endswith("ing") and i > 0 and toks[i - 1][_LOWER] in _PARTICIPLE_OPENERS:
                cue = _participle_cue(text, index, s_end, toks, i, claims, own)
            else:
                cue = _verb_cue(text, index, s_start, s_end, toks, i, claims)
        elif cue is None and _verb_by_shape(toks, i):
            cue = _verb_cue(text, index, s_start, s_end, toks, i, claims)
            if cue is not None and cue.rule == "verb-before-content":
                cue = attrs.evolve(cue, rule="verb-by-shape")
        if cue is None and _reports_by_what_follows(toks, i, claims):
            cue = _verb_cue(text, index, s_start, s_end, toks, i, claims)
        if cue is None and tok[_LOWER] in AGENT_ONLY_VERBS:
            cue = _passive_agent_cue(text, index, toks, i, claims)
        if cue is None and tok[_LOWER] in OWN_ESTIMATE_NOUNS and not _covered(found, tok):
            # not inside a report already ("The bank said it revised its estimate to ..."):
            # the speaker is the source, and "it" the same body again
            cue = _own_estimate_cue(text, index, s_start, s_end, toks, i, claims)
        if cue is None and tok[_LOWER] in ESTIMATE_OF_NOUNS and not _covered(found, tok):
            cue = _estimate_of_cue(text, index, toks, i, claims)
            if cue is None:
                cue = _estimates_range_cue(text, index, s_end, toks, i, claims)
        if cue is not None:
            own.append(cue)
            found.append(cue)
    return found


# What a rate is counted per, after "per": a unit, a sum or a share, never a source.
_RATE_BASES = NOT_SOURCE_HEADS | frozenset(CURRENCY_WORDS) | MEASURE_UNITS


def _according_cues(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    claims: list[tuple[int, int]],
    found: list[Cue],
    taken: list[tuple[int, int]],
) -> None:
    """Add to ``found`` the cues of "according to", "citing", "quoting" and "per" in the
    sentence, and to ``taken`` the stretch each takes."""
    for m in _ACCORDING.finditer(text, s_start, s_end):
        after = _first_tok(toks, m.end())
        if after is None:
            continue
        # "according to two people familiar with ...": a count opening the phrase is its own
        counted = claims and _in_claim(toks[after], claims)
        np = _np_forward(toks, after, [] if counted else claims, allow_in=True)
        if not np:
            continue
        if m.group().lower().startswith("according"):
            # Whatever follows "according to" is its source, but for a few heads: "according
            # to plan", "according to the type of share"
            if _head_word(np) in ACCORDING_NOT_SOURCES or (
                len(np) == 1 and np[0][_LOWER] in ACCORDING_IDIOMS
            ):
                continue
        elif not _looks_like_source(np) or (
            m.group().lower() == "per" and _head_word(np).lower() in _RATE_BASES
        ):
            # "citing the increase in the $25 trillion debt": a reason, no source; "45 dlrs
            # per Vik share", "1.8 marks per US dollar": the base of a rate
            continue
        src = _source_after_by(np)
        name = _name_after_title(text, s_end, toks, np, claims)
        if name:
            src, np = name, [*np, *name]  # "according to its chief, Ana Ruiz,": the name
        source = _span(text, src[0][_START], src[-1][_END])
        lead, whole = _lead(text, s_start, m.start())
        at_start = (
            not lead.strip(" \t\"“‘'([")
            or (whole and _only_adverbial(lead))
            # "But according to the poll, 61% said ...": a conjunction opening the sentence
            or (whole and lead.strip(" \t\"“‘'([").lower() in SENTENCE_LINKS)
            or (
                lead.rstrip().endswith(",") and _closes_interruption(toks, _index(toks, np[-1]) + 1)
            )
        )
        scope_start = s_start
        relative = None if at_start else _RELATIVE_LEAD.search(lead)
        if relative is not None:
            # "a forum that, according to rumours, lets 10,000 in": the relative clause
            at_start, scope_start = True, s_start + relative.start(1)
        elif not at_start and (
            lead.rstrip(" \t").endswith((":", ";")) or _COORDINATED_LEAD.search(lead)
        ):
            # "Few were insured: according to Vik, only 25% could pay", "Prices rose, and
            # according to Vik, 15% are poor": the clause it opens
            at_start, scope_start = True, m.start()
        direction: Direction = "sentence" if at_start else "backward"
        end = np[-1][_END] if at_start else m.start()
        if not at_start and _continues_with(text, np[-1][_END], s_end):
            # spec 5: "..., according to X, with Y hiring 100": the content goes on after it
            direction, at_start, end = "sentence", True, np[-1][_END]
        found.append(
            Cue(
                cue=_span(text, m.start(), m.end()),
                source=source,
                kind=_kind(src),
                sentence=index,
                direction=direction,
                scope_start=scope_start,
                scope_end=_gloss_start(text, np[-1][_END], s_end) if at_start else end,
                document=_is_document_np(np),
                rule="according-to",
            )
        )
        taken.append((m.start(), np[-1][_END]))


# A comma and a coordinator ending the words before "according to": it opens a clause of its
# own ("Prices rose, and according to Vik, 15% are poor").
_COORDINATED_LEAD = regex.compile(
    r",[ \t]*+(?:and|but|yet|while|whereas)[ \t]*+$", regex.IGNORECASE
)
# A relative pronoun and a comma ending the words before "according to": the cue is set off
# at the head of a relative clause ("a forum that, according to rumours, lets ...").
_RELATIVE_LEAD = regex.compile(r"(?<![\p{L}'’])(that|which|who)[ \t]*+,[ \t]*+$", regex.IGNORECASE)


def _agentless_cues(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    found: list[Cue],
    taken: list[tuple[int, int]],
) -> None:
    """Add to ``found`` the agentless cues of the sentence ("it is believed", "reportedly"),
    and to ``taken`` the stretch each takes."""
    for m in _AGENTLESS.finditer(text, s_start, s_end):
        if _negated_before(text, m.start()):
            continue
        direction: Direction
        if text[m.start() : m.start() + 3].lower() == "as " and _opens_sentence(text, s_start, m):
            # "As previously announced, Vik will pay $5m": fronted, over the clause after it
            comma = text.find(",", m.end(), s_end)
            end = _clause_end(text, comma + 1, s_end) if comma != -1 else s_end
            direction, scope, rule = "forward", (m.end(), end), "agentless-as"
        elif _first_char(text, _skip_adverbials(text, m.end()), s_end) in _CLOSERS:
            # "..., it is believed.": the cue closes the clause before it
            scope = (_clause_start(text, s_start, m.start()), m.start())
            direction, rule = "backward", "agentless-after"
        else:
            direction, scope, rule = (
                "both",
                _passive_reach(text, s_start, s_end, m),
                "agentless-passive",
            )
        cue_span = _span(text, m.start(), m.end())
        found.append(
            Cue(cue_span, cue_span, "vague", index, direction, *scope, agentless=True, rule=rule)
        )
        taken.append((m.start(), m.end()))


def _opens_sentence(text: str, s_start: int, m: regex.Match[str]) -> bool:
    """Whether only opening marks or a conjunction stand between the sentence's start and
    ``m``."""
    return _LEADING_MARKS.fullmatch(text, s_start, m.start()) is not None


_LEADING_MARKS = regex.compile(r"[\s\"“‘(]*+(?:(?i:and|but)[ \t]++)?")


def _passive_reach(text: str, s_start: int, s_end: int, m: regex.Match[str]) -> tuple[int, int]:
    """The region an agentless cue ``m`` that does not close its clause covers: the passive's
    subject and what follows, bounded by a subordinate clause, a relative clause or commas."""
    # "2,000 people are thought to have died", "40 were reportedly hurt": the passive's
    # subject is covered too, back to the last comma (not one inside a number) or
    # coordinator ("The council cut fares twice and is expected to ...")
    subject = lo = max(_clause_start(text, s_start, m.start()), m.start() - CUE_REACH)
    for mark, width in _SUBJECT_BOUNDS:
        at = text.rfind(mark, lo, m.start())
        if at != -1:  # -1 is no offset: a bound only where one was found
            subject = max(subject, at + width)
    end = s_end
    opener = _SUBORDINATE_OPENING.search(text, subject, m.start())
    if opener is not None:
        # spec 3.2: "Fares rise to $4 if costs are forecast to top $9m": the cue of a
        # subordinate clause covers that clause, up to its comma when it opens the
        # sentence ("If costs are forecast to top $9m, fares rise to $4")
        subject = opener.end()
        comma = text.find(", ", m.end(), s_end)
        if opener.start() == s_start and comma != -1:
            end = comma
    relative = (
        None
        if text[m.start() : m.start() + 2].lower() == "it"  # "said that it appears"
        else _RELATIVE_SUBJECT.search(text, max(subject, m.start() - 8), m.start())
    )
    if relative is not None:
        # "100 people who were thought to be ill with one of four strains": the passive's
        # subject is the relative pronoun, and its clause is all it covers (spec 3.2), not
        # the phrase the clause modifies
        subject = relative.start()
        end = _relative_clause_end(text, m.end(), s_end)
    elif _set_off_between_commas(text, m.start(), m.end(), s_end):
        # "Some 40 homes, it is thought, were lost": set off inside the clause it frames
        subject = _clause_start(text, s_start, m.start())
    elif (
        _RELATIVE_OPENING.match(text, subject, m.start()) is not None
        # "The field, thought to hold a billion barrels, lies offshore": a reduced one
        or _REDUCED_AGENTLESS.match(text, m.start()) is not None
    ):
        # spec 3.2: "In Lundby, where 900 are feared to have fled, the krone fell
        # 0.2%": a relative clause set off by commas covers only itself
        end = _relative_clause_end(text, m.end(), s_end)
    return subject, end


# An ownerless content noun before "that" and the subject of its clause (not a verb: "reports
# that emerged on Monday" is a relative clause), with up to two lowercase words before it.
_CONTENT_NOUN = regex.compile(
    r"(?<![\p{L}'’-])((?:[a-z]++[ \t]++){0,2}?("
    + alternation(CONTENT_NOUNS)
    + r"))[ \t]++that[ \t]++(?!(?:"
    + "|".join(sorted(AUXILIARIES))
    + r")\b|[a-z]++ed\b)(?=[\p{L}\d$£€])"
)
_WORD_STARTS = regex.compile(r"[a-z]++")
# A clause's first word (past a conjunction), then at most three more words to the end of
# the stretch read.
_LEADING_WORDS = regex.compile(
    r"[\s\"“‘(]*+(?:(?i:and|but|yet|so)[ \t,]++)?(\p{L}++)(?:[ \t]++[\p{L}'’-]++){0,3}[ \t]*+$"
)
# What makes the noun ownerless and no subject, read back from it: a preposition, "there" and
# a form of "be", a verb in "-ed" ("denied reports that"), or "to" and a verb ("to calm fears
# that"); then at most an article (group 1). Not "-ing": "the spring report" is a noun's.
_CONTENT_NOUN_LEAD = regex.compile(
    r"(?r)(?:\b(?i:"
    + "|".join(sorted(CONTENT_NOUN_LEADS))
    + r")|\b(?i:there)[ \t]++(?:is|are|was|were|(?:has|have|had)[ \t]++been)(?:[ \t]++also)?"
    r"|(?<![\p{L}'’])[a-z]{3,}+(?<!ee)ed|\b(?i:to)[ \t]++[a-z]++)[ \t]++(?:(the|a|an)[ \t]++)?$"
)


def _content_noun_before_that(text: str, start: int, end: int) -> bool:
    """Whether a word of ``CONTENT_NOUNS`` stands right before a "that" in [start, end)
    ("amid reports that"): only then is ``_CONTENT_NOUN`` searched."""
    at = text.find(" that ", start, end)
    while at != -1:
        word = text[text.rfind(" ", start, at) + 1 : at]
        if word.lower() in CONTENT_NOUNS:
            return True
        at = text.find(" that ", at + 6, end)
    return False


def _content_noun_cues(
    text: str, index: int, s_start: int, s_end: int, taken: list[tuple[int, int]]
) -> Iterator[Cue]:
    """The cues of ownerless report and belief nouns before their content clause ("denied
    reports that", "amid rumours that", "there were fears that"): vague sources (spec 5). Each
    noun is added to ``taken``, and is then no verb ("reports"). The clause runs to the end of
    the sentence, or to the first comma when the noun's phrase opens it ("Amid fears that 500
    jobs would go, shares fell")."""
    for m in _CONTENT_NOUN.finditer(text, s_start, s_end):
        # The noun, then each lowercase word before it, until a lead stands before: the words
        # passed are the noun's modifiers ("growing concern"), the others the lead's.
        lead = None
        for word in reversed(list(_WORD_STARTS.finditer(text, m.start(1), m.end(1)))):
            if word.end() < m.end(1) and word[0] in FUNCTION_WORDS:
                break  # "its central claim", "and warning": an owner or a clause, no modifier
            noun_start = word.start()
            lead = _CONTENT_NOUN_LEAD.match(text, max(s_start, noun_start - 40), noun_start)
            if lead is not None:
                break
        if lead is None or _negated_before(text, lead.start()):
            continue
        if text[lead.start() : lead.end()].split()[0].lower() in ATTITUDE_VERBS:
            continue  # "Unions expressed fears that": the view is the subject's, its verb a cue
        noun = text[m.start(2) : m.end(1)]
        if (lead[1] == "the" and noun in SETTING_NOUNS) or any(
            lo <= m.start(2) < hi for lo, hi in taken
        ):
            continue  # "on the report that": a setting; "There is speculation that": agentless
        end = s_end
        opening = _LEADING_WORDS.match(text, _clause_start(text, s_start, lead.start()), noun_start)
        if opening is not None and opening[1].lower() in CONTENT_NOUN_LEADS:
            # "Despite mounting worries that ..., stalls opened": the clause ends at the comma
            comma = text.find(", ", m.end(), s_end)
            end = comma if comma != -1 else s_end
        span = _span(text, noun_start, m.end(1))
        taken.append((noun_start, m.end(1)))
        yield Cue(
            span, span, "vague", index, "forward", m.end(), end, agentless=True, rule="content-noun"
        )


def _set_off_between_commas(text: str, start: int, end: int, s_end: int) -> bool:
    """Whether the words at [start, end) stand between two commas."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return before.endswith(",") and _first_char(text, end, s_end) == ","


# A relative pronoun opening the clause of an agentless passive ("..., where 2,000 are thought
# to have died, ...").
_RELATIVE_OPENING = re.compile(r"[ \t]*+(?:where|which|who|whose|whom)\b", re.IGNORECASE)
# A relative pronoun right before an agentless passive, its subject ("people who are thought to").
# Not "11 of which are expected to": the count is the relative's subject.
_RELATIVE_SUBJECT = re.compile(
    r"(?<![\w'’])(?<!\bof[ \t])(?:who|which|that)[ \t]++$", re.IGNORECASE
)

# A quote's frame: a closing quote mark after a comma, "!" or "?" ('...," she sighed'), or a
# colon before an opening one ('A third wrote: "...'); read only where one may stand.
_QUOTE_FRAME_HINT = re.compile(r"[,!?:][ \t]*[\"“”‘’']")
_WORDING_HINT = re.compile(r"\bread(?:s|ing)?[ \t]+[\"“‘]")
_CLOSING_MARKS = frozenset(('"', "”", "’", "'", "''"))
_OPENING_MARKS = frozenset(('"', "“", "‘", "``"))
# The characters the marks open with, for a look at one character of the text.
_OPENING_MARK_CHARS = frozenset(mark[0] for mark in _OPENING_MARKS)
_CLOSING_MARK_CHARS = frozenset(mark[0] for mark in _CLOSING_MARKS)
_PLAIN_ENDS = frozenset('.”"’')  # a statement's last character, not a question's
_FRAME_ENDS = frozenset('. , ; ! ? ) ” "'.split())
_FRAME_REACH = 4  # tokens between a colon's verb and the colon ("wrote on Facebook:")
_UNNAMED_ONES = frozenset("one another other others".split())
# What a participle of speech follows: a comma (", saying ...") or "by" ("surprised analysts by
# forecasting growth of 3%"), the manner of the clause's subject's act
_PARTICIPLE_OPENERS = frozenset((",", "by"))
_AGENT_REACH = 4  # tokens between a figure and the participle whose agent sources it
# Participles whose agent gives a figure ("the 7% dip predicted by analysts"); others name an
# act on the thing counted ("appointees confirmed by the Senate", "a song recorded by X")
_AGENT_VERBS = frozenset(
    "expected estimated predicted projected forecast forecasted reported announced calculated "
    "counted published tallied unveiled".split()
)
_FRAME_GAP = 3  # characters between a quote's close and a cue that frames it
_MAX_FRAME_SUBJECT = 6  # tokens of a speaker named in a quote's frame
_WORDING_VERBS = frozenset("reading read reads".split())  # 'a sign reading "..."'
# "with one commenting:", "as one trader put it:"
_COLON_SUBJECT_AFTER = frozenset(("with", "and", "but", "as"))
_FRAME_LINKS = frozenset("on in to at via".split())  # "wrote on Facebook:", "told reporters in"


def _quote_frame_cues(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    claims: list[tuple[int, int]],
    found: list[Cue],
) -> list[Cue]:
    """Spec 2 and 3.3, speech told by its frame, whatever the verb: a subject and a verb right
    after a quote's closing comma ('"We lost 40 homes," she sighed.', '..., grumbled the
    mayor.'), or before a colon that opens a quote ('A third fumed: "..."', 'with one
    commenting: "..."'). The quote marks are the evidence; a verb the lexicon knows was read
    as a reporting verb already, and a frame a cue already takes is left to it."""
    taken = {c.cue.start for c in found}
    starts = sorted(min(c.cue.start, c.source.start) for c in found)
    out = list(found)
    if toks and not found and after_question_quote(text, s_start):
        # '"Why lose 1,000 points?" Ms Brown asked.': the mark ended the sentence, not the
        # speech; a short frame of its own opens the next one
        cue = _after_quote_frame(text, index, s_start, toks, 0, claims)
        if cue is not None:
            out.append(cue)
            taken.add(cue.cue.start)
    for k, tok in enumerate(toks):
        if k == 0:
            continue
        if (
            tok[_TEXT] in _CLOSING_MARKS
            and toks[k - 1][_TEXT] in (",", "!", "?")
            and toks[k - 1][_END] == tok[_START]  # closing: no space before the mark
        ):
            n = bisect.bisect_left(starts, tok[_END])
            if n < len(starts) and starts[n] - tok[_END] <= _FRAME_GAP:
                continue  # a cue the lexicon knows frames the quote already
            cue = _after_quote_frame(text, index, s_start, toks, k + 1, claims)
        elif tok[_TEXT] == ":" and k + 1 < len(toks) and toks[k + 1][_TEXT] in _OPENING_MARKS:
            cue = _colon_frame(text, index, s_end, toks, k, claims)
        elif tok[_TEXT] in _OPENING_MARKS and toks[k - 1][_LOWER] in _WORDING_VERBS:
            cue = _wording_frame(text, index, s_end, toks, k - 1)
        else:
            continue
        if cue is not None and cue.cue.start not in taken:
            out.append(cue)  # after the sentence's other cues, in the order they were read
            taken.add(cue.cue.start)
    return out


def _speaker_before_quote(
    text: str, index: int, s_end: int, toks: list[_Tok], claims: list[tuple[int, int]]
) -> Cue | None:
    """Spec 5: a quote with no cue right after indirect speech by the same speaker is
    carried. Before such a quote, a sentence whose verb reports nothing the lexicon knows
    ('Ms Vik criticised the plan. "We lost 40 homes."') still names its speaker: the noun
    phrase opening it, by shape, before its verb ("-ed", "-s" or an irregular past). The cue
    covers nothing of its own sentence; the link passes it on to the quote only."""
    for v in range(1, min(len(toks), _MAX_NP + 1)):
        word = toks[v][_TEXT]
        if word.isalpha() and word.islower():
            if word in FUNCTION_WORDS or not (
                _PAST_FORM.fullmatch(word)
                or _PRESENT_FORM.fullmatch(word)
                or word in IRREGULAR_PAST
            ):
                continue  # "Fostering Network executive director Ana Ruiz criticised"
            np = _np_backward(toks, v - 1, claims)
            if not np or min(t[_START] for t in np) != toks[0][_START]:
                return None  # the subject must open the sentence
            np.sort()
            if len(np) == 1 and np[0][_LOWER] in PRONOUNS and np[0][_LOWER] not in SUBJECT_PRONOUNS:
                return None  # "It took ...": a pronoun of a thing
            if not (_is_name(np) or _looks_like_source(np)):
                return None
            return Cue(
                _span(text, toks[v][_START], toks[v][_END]),
                _span(text, np[0][_START], np[-1][_END]),
                _kind(np),
                index,
                "forward",
                s_end,
                s_end,
                rule="speaker-before-quote",
            )
    return None


def after_question_quote(text: str, start: int) -> bool:
    """Whether a quote closing on "?" or "!" ends right before ``start``, a sentence's start:
    its speech may go on in a frame ('"Why?" Ms Brown asked.')."""
    before = text[max(0, start - 4) : start]
    if "?" not in before and "!" not in before:
        return False  # nearly every sentence: no slicing or stripping more
    before = before.rstrip()
    return len(before) >= 2 and before[-1] in _CLOSING_MARK_CHARS and before[-2] in "?!"


def _frame_verb(t: _Tok) -> bool:
    """A finite verb or participle of speech by its shape: a plain lowercase word in "-ed",
    "-s" or "-ing" that is no function word ("sighed", "quips", "commenting"), or a verb of
    wording ("the sign read")."""
    word = t[_LOWER]
    return (
        t[_TEXT].islower()
        and word.isalpha()
        and (word.endswith(("ed", "s", "ing")) or word in _WORDING_VERBS)
        and word not in FUNCTION_WORDS
        and word not in AUXILIARIES
    )


def _frame_source(np: list[_Tok], verb: _Tok | None = None) -> bool:
    """Whether ``np`` can be the speaker a quote's frame names: a pronoun (not a relativiser:
    '"...," which rolled out' goes on with the sentence), an unnamed "one", or a short phrase
    opening with a determiner, a name or a number word that may head a source (by its shape
    as the subject of ``verb``, where known)."""
    if not np or len(np) > _MAX_FRAME_SUBJECT or np[0][_LOWER] in RELATIVISERS:
        return False
    first = np[0]
    if not (
        first[_LOWER] in DETERMINERS
        or first[_TEXT][:1].isupper()
        or first[_LOWER] in _UNNAMED_ONES
        or _is_pronoun(first[_TEXT])
    ):
        return False  # "according to ...", "with a picture of ...": no subject
    head = np[-1][_LOWER]
    if head in _UNNAMED_ONES or (len(np) == 1 and _is_pronoun(np[0][_TEXT])):
        return True
    if head in DETERMINERS or head in FUNCTION_WORDS:
        return False
    return head not in NOT_SOURCE_HEADS and (
        _looks_like_source(np)
        or _is_name(np)
        or _shaped_like_source(np, None, np[-1] if verb is None else verb, [])
        or _is_unnamed_one(head)
        # "one baker": an unnamed person, whatever the noun (the quote marks are the evidence)
        or (first[_LOWER] == "one" and len(np) > 1 and np[-1][_TEXT].isalpha() and head.islower())
    )


def _is_unnamed_one(head: str) -> bool:
    """A speaker a frame names only by a count or an ordinal: "one commenting", "another
    said", "a third fumed", "a fourth said"."""
    return head in _UNNAMED_ONES or (head.isalpha() and head.endswith(("th", "rd", "nd")))


def _frame_kind(np: list[_Tok]) -> SourceKind:
    if len(np) == 1 and _is_pronoun(np[0][_TEXT]):
        return "named"
    if np[-1][_TEXT].islower() and _is_unnamed_one(np[-1][_LOWER]):
        return "anonymous"  # unnamed people; not a name in "-nd", "-th" ("Ms Lund", "Smith")
    return _kind(np)


def _after_quote_frame(
    text: str, index: int, s_start: int, toks: list[_Tok], k: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """'"...," she sighed.' or '"...," grumbled the mayor.' at token ``k``, after the quote."""
    if k >= len(toks):
        return None
    if _frame_verb(toks[k]) and toks[k][_LOWER].endswith("ed"):  # inverted: "grumbled the"
        verb = toks[k]
        np = _np_forward(toks, k + 1, claims, allow_in=False)
        after = k + 1 + len(np)
    else:
        # the subject: the words up to the first verb by its shape ("the mayor joked")
        end = next(
            (
                j
                for j in range(k + 1, min(len(toks), k + _MAX_NP))
                if _frame_verb(toks[j]) or not toks[j][_TEXT][0].isalnum()
            ),
            len(toks),
        )
        if end >= len(toks) or not _frame_verb(toks[end]):
            return None
        np = toks[k:end]
        verb = toks[end]
        after = end + 1
    if not _frame_source(np) or (
        after < len(toks)
        and toks[after][_TEXT] not in _FRAME_ENDS
        # '"...," the mayor joked as she left': a clause may follow a subject and its verb
        and not (np[0][_START] < verb[_START] and toks[after][_LOWER] in FUNCTION_WORDS)
    ):
        return None
    if k == 0 and (after >= len(toks) or toks[after][_TEXT] not in _FRAME_ENDS):
        return None  # after a question's quote, only a short frame: "Ms Brown asked."
    quote_end = toks[k - 1][_START] if k else s_start
    return Cue(
        _span(text, verb[_START], verb[_END]),
        _span(text, np[0][_START], np[-1][_END]),
        _frame_kind(np),
        index,
        "backward",
        s_start,
        quote_end,
        rule="quote-frame-after",
    )


def _wording_frame(text: str, index: int, s_end: int, toks: list[_Tok], verb_at: int) -> Cue | None:
    """Words the text quotes from a sign, a banner or a letter: 'placards reading "..."',
    'a sign that read "..."'; the thing that bears them is the source."""
    j = verb_at - 1
    if j >= 0 and toks[j][_LOWER] in ("that", "which"):
        j -= 1
    np: list[_Tok] = []
    while j >= 0 and len(np) < _MAX_NP:  # the noun phrase, back to a verb or a determiner
        t = toks[j]
        if (
            not t[_TEXT][0].isalnum()
            or t[_LOWER] in NP_BREAKERS
            or t[_LOWER] in IRREGULAR_PAST
            or _participle(t)
        ):
            break
        np.insert(0, t)
        if t[_LOWER] in DETERMINERS:
            break
        j -= 1
    if not np or np[-1][_LOWER] in NOT_SOURCE_HEADS or np[-1][_LOWER] in DETERMINERS:
        return None
    verb = toks[verb_at]
    return Cue(
        _span(text, verb[_START], verb[_END]),
        _span(text, np[0][_START], np[-1][_END]),
        "named",  # the words are the sign's own, as a document's are
        index,
        "forward",
        verb[_END],
        s_end,
        document=True,
        rule="wording-frame",
    )


def _colon_frame(
    text: str, index: int, s_end: int, toks: list[_Tok], colon: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """'A third fumed: "..."', 'with one commenting on X: "..."': the subject and the verb
    before the colon that opens the quote."""
    reach = range(colon - 1, max(-1, colon - 1 - _FRAME_REACH), -1)
    put = next((u for u in reach if _puts_it(toks, u, colon)), None)
    for v in reach:
        if put is not None and v > put:
            continue  # the words of 'put it (bluntly):'
        if v < colon - 1 and v != put and toks[v + 1][_LOWER] not in _FRAME_LINKS:
            return None  # only an adverbial may stand before the colon ("wrote on X:")
        if (_frame_verb(toks[v]) or v == put) and v > 0:
            np = _np_backward(toks, v - 1, claims)
            if not _frame_source(np, toks[v] if v == put else None):
                return None
            first = _index(toks, np[0])
            if (
                first > 0
                and toks[first - 1][_TEXT][0].isalnum()
                and toks[first - 1][_LOWER] not in _COLON_SUBJECT_AFTER
            ):
                return None  # the phrase is some word's object, not the verb's subject
            verb = toks[v]
            return Cue(
                _span(text, verb[_START], verb[_END]),
                _span(text, np[0][_START], np[-1][_END]),
                _frame_kind(np),
                index,
                "forward",
                toks[colon][_END],
                s_end,
                rule="quote-frame-colon",
            )
    return None


def _puts_it(toks: list[_Tok], v: int, colon: int) -> bool:
    """'As one trader put it: "..."', 'she put it bluntly: "..."': the idiom framing a quote,
    "put it" and at most an adverb before the colon."""
    return (
        toks[v][_LOWER] in ("put", "puts")
        and v + 1 < colon
        and toks[v + 1][_LOWER] == "it"
        and all(t[_LOWER].endswith("ly") for t in toks[v + 2 : colon])
    )


def _participle_cue(
    text: str,
    index: int,
    s_end: int,
    toks: list[_Tok],
    i: int,
    claims: list[tuple[int, int]],
    earlier: list[Cue],
) -> Cue | None:
    """ ", adding that ...": the content is the earlier speaker's in the same sentence; with no
    earlier speaker, a participle of speech takes the subject of the clause it hangs on ("The
    council cut fares, saying 40 routes lost money")."""
    verb = toks[i]
    content = _skip_adverbials(text, verb[_END])
    if not _reports_content(text, verb, toks, content):
        return None  # ", adding 200 jobs": an action
    cue_span = _span(text, verb[_START], verb[_END])
    speaker = next(
        (c for c in reversed(earlier) if not c.agentless and c.direction != "narrow"), None
    )
    if speaker is not None and _contrast_between(toks, speaker.cue.end, i):
        speaker = None  # "X said ..., but Y were more cautious, forecasting": Y's clause
    if speaker is not None:
        return attrs.evolve(
            speaker,
            cue=cue_span,
            direction="forward",
            scope_start=verb[_END],
            scope_end=s_end,
            borrowed=True,
            rule="participle-of-speaker",
        )
    if verb[_LOWER] not in SPEECH_PARTICIPLES:
        return None
    np = _elided_subject(toks, i - 1, claims)  # token ``i - 1`` is the comma
    if not np:
        return None
    pronoun = len(np) == 1 and _is_pronoun(np[0][_TEXT])
    if not pronoun and not _looks_like_source(np) and not _is_name(np):
        # a phrase the lexicon does not know, by its shape as the subject of its clause's verb
        first, last = _index(toks, np[0]), _index(toks, np[-1])
        if last + 1 >= len(toks) or not _shaped_like_source(
            np, toks[first - 1] if first else None, toks[last + 1], claims
        ):
            return None
    src = np if pronoun else _source_after_by(np)
    return Cue(
        cue_span,
        _span(text, src[0][_START], src[-1][_END]),
        "named" if pronoun else _kind(src),
        index,
        "forward",
        verb[_END],
        s_end,
        document=not pronoun and _is_document_np(np),
        borrowed=True,
        rule="participle-of-subject",
    )


def _contrast_between(toks: list[_Tok], start: int, i: int) -> bool:
    """Whether a clause of contrast opens between offset ``start`` and token ``i`` ("but",
    "while", "whereas"): a participle after it hangs on that clause's subject."""
    k = bisect.bisect_left(toks, (start,))
    return any(t[_LOWER] in _CONTRAST_LINKS for t in toks[k:i])


# The links of ``INTERRUPTED_CLAUSE_LINKS`` that set a clause against the one before; "and" and
# "as" go on with it.
_CONTRAST_LINKS = INTERRUPTED_CLAUSE_LINKS - {"and", "as"}


def _may_report_by_shape(word: str) -> bool:
    """Whether a word before "that" may be a reporting verb by its shape alone: a verb form
    ("-ed", "-s") not known as a word of another class (spec 5: any reporting verb with a
    subject is a cue, not only those listed)."""
    lower = word.lower()
    return (
        lower not in REPORTING_VERBS
        and lower not in PARTICLE_REPORTING_VERBS  # read with their particle
        and lower not in THAT_NON_REPORTING
        and lower not in AUXILIARIES
        and lower not in FUNCTION_WORDS
    )


def _reports_by_what_follows(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> bool:
    """Whether a verb that is no reporting verb alone reports by what follows it: a plan made
    public ("unveiled plans to"), "point out", "pointed to" and its object."""
    word = toks[i][_LOWER]
    if word in PLAN_VERBS:
        return _plan_object(toks, i, claims)
    if word in ATTITUDE_VERBS:
        return _attitude_object(toks, i, claims)
    if word not in PARTICLE_REPORTING_VERBS or i + 1 >= len(toks):
        return False
    particle = toks[i + 1][_LOWER]
    return particle == "out" or (particle == "to" and _points_to(toks, i, claims))


def _points_to(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> bool:
    """Whether "pointed to" or "pointing to" at ``i`` reports its object ("He pointed to a
    12% drop"): its verb a past form, after a word that is no figure or unit of one ("it rose
    two basis points to 6.1 pct", a market's move, is never read: ``_PARTICLE_TRIGGERS``)."""
    if i == 0 or toks[i][_LOWER] not in ("pointed", "pointing"):
        return False
    prev = toks[i - 1]
    return prev[_LOWER] in PRONOUNS or not _in_claim(prev, claims)


# The signs a figure may open with ("$", "₹"); "US$" and "RM" open with a letter already.
_CURRENCY_SIGNS = frozenset(sign[0] for sign in CURRENCY_SYMBOLS if not sign[0].isalnum())


def _plan_object(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> bool:
    """Whether a plan is the object of the verb at ``i`` ("unveiled plans to", "outlined its
    new plan for", "unveils a 90 billion peseta plan"): a noun of ``PLAN_NOUNS`` within four
    words (``_object_noun``)."""
    return _object_noun(toks, i, PLAN_NOUNS, 4, claims) is not None


def _attitude_object(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> bool:
    """Whether the verb at ``i`` reports a view: a noun of ``ATTITUDE_NOUNS`` within three
    words, then "that" ("expressed fears that", "voiced their deep concern that")."""
    j = _object_noun(toks, i, ATTITUDE_NOUNS, 3, claims)
    return j is not None and j + 1 < len(toks) and toks[j + 1][_LOWER] == "that"


def _object_noun(
    toks: list[_Tok], i: int, nouns: Collection[str], reach: int, claims: list[tuple[int, int]]
) -> int | None:
    """The index of a noun of ``nouns`` that is the object of the verb at ``i``: within
    ``reach`` words, a figure's words counting as one, with only determiners and words that
    are no function words (adjectives, names, a figure) before it; else None."""
    words = 0
    for j in range(i + 1, len(toks)):
        word = toks[j][_LOWER]
        if word in nouns:
            return j
        first = toks[j][_TEXT][0]
        if (word in FUNCTION_WORDS and word not in DETERMINERS) or not (
            first.isalnum() or first in _CURRENCY_SIGNS  # "unveiled a $40m package"
        ):
            return None
        if not (_in_claim(toks[j], claims) and _in_claim(toks[j - 1], claims)):
            words += 1  # a figure's scale and currency words add none
        if words == reach:
            return None
    return None


def _verb_by_shape(toks: list[_Tok], i: int) -> bool:
    """Whether the token at ``i`` is a verb by its shape, reporting a that-clause ("the
    circular stipulates that ...", "the board surmised that ..."): a verb form before "that"
    and a clause's subject after it (``_opens_that_clause``). A past form ("-ed") may not
    follow a form of "be" (an adjective: "is concerned that") or a determiner; a present one
    ("-s", also a plural noun's shape: "the kits that he sold") must follow a pronoun or a
    noun right after a determiner ("the circular stipulates that")."""
    that = i + 2 if i + 1 < len(toks) and toks[i + 1][_LOWER] == "out" else i + 1
    if i == 0 or that + 1 >= len(toks) or toks[that][_LOWER] != "that":
        return False  # "pointed out that": the particle of a phrasal verb may stand between
    word = toks[i][_LOWER]
    prev = _word_before_verb(toks, i)
    if not _may_report_by_shape(word) or not (
        _opens_that_clause(toks[that + 1]) or _bare_noun_subject(toks, that + 1)
    ):
        return False
    if _PAST_FORM.fullmatch(word):
        return prev not in _BE_FORMS and prev not in DETERMINERS
    if _PRESENT_FORM.fullmatch(word) is None:
        return False
    # "it stipulates that", "the Vik report recommends that": after a pronoun or a document's
    # noun, as "-s" is also a plural noun's ending ("the gift cards that Vik handed",
    # "foundation donors that ...")
    return prev in _SINGULAR_PRONOUNS or (
        prev in SOURCE_NOUNS and not word.endswith(_PLURAL_NOUN_ENDINGS)
    )


def _word_before_verb(toks: list[_Tok], i: int) -> str:
    """The word before the verb at ``i``, past adverbs that stand between a subject and its
    verb ("it also points out that")."""
    k = i - 1
    while k > 0 and toks[k][_LOWER] in _VERB_ADVERBS:
        k -= 1
    return toks[k][_LOWER]


def _opens_that_clause(t: _Tok) -> bool:
    """Whether the word after "that" opens a clause with a subject (a determiner, a pronoun,
    a quantifier, a name or a figure), not a relative clause's verb ("kits that sell") or the
    noun of "that" as a determiner ("rejected that bid")."""
    word = t[_TEXT]
    return (
        t[_LOWER] in _CLAUSE_SUBJECT_OPENERS
        or word[0].isupper()
        or word[0] in '"“'
        or _opens_figure(t)  # "that 40 routes", "that forty routes", "that dozens of"
    )


def _bare_noun_subject(toks: list[_Tok], k: int) -> bool:
    """Whether the lowercase word at ``k``, after "that", is a bare noun subject with its verb
    next ("that sales could fall", "that prices rose"), not the noun of "that" as a
    determiner ("that night they left", "rejected that bid twice")."""
    if k + 1 >= len(toks) or not toks[k][_TEXT].isalpha() or toks[k][_LOWER] in FUNCTION_WORDS:
        return False
    verb = toks[k + 1][_LOWER]
    if verb in AUXILIARIES or verb in PREDICATE_VERBS or _PAST_FORM.fullmatch(verb) is not None:
        return True
    # "that rents paid by tenants may climb", "that fees for schools would rise": a noun
    # with a participle or a link word after it, and an auxiliary after that phrase
    if not (verb in _HEAD_LINKS or verb in IRREGULAR_PAST or verb in PAST_FORMS):
        return False
    for t in toks[k + 2 : k + 2 + _MAX_APPOSITIVE]:
        if t[_LOWER] in AUXILIARIES:
            return True
        if not t[_TEXT].isalpha():
            return False
    return False


def _verb_cue(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    i: int,
    claims: list[tuple[int, int]],
) -> Cue | None:
    """The cue of the reporting verb at token ``i``: its subject, before it or inverted after
    it, and the content it covers (spec 2 and 3.1; 3.2 for the narrow and relative clauses)."""
    verb = toks[i]
    agent = _passive_agent_cue(text, index, toks, i, claims)
    if agent is not None:
        return agent  # before the passive's exclusion: "40 deaths were reported by officials"
    noun_subject = _noun_subject(toks, i)
    if _not_a_reporting_verb(text, toks, i, claims, noun_subject):
        return None
    subject = _verb_subject(text, s_start, toks, i, claims, noun_subject)
    if subject is None:
        return None
    np, pronoun, elided, interrupted, relative = subject
    if _not_a_source_subject(toks, i, np, pronoun, claims):
        return None
    inverted = not np  # '"...," said the minister' / ', says X.'
    before = _lead(text, s_start, verb[_START])[0].rstrip() if inverted else ""
    if inverted and before and before[-1] not in ",”\"'’" and before.strip(' "“'):
        return None
    after = _skip_adverbials(text, verb[_END])  # read up to three times below
    if inverted:
        np = _inverted_subject(text, s_end, toks, verb, after, before, claims)
        if not np:
            return None
    # A reduced relative clause: "34 Israel says are presumed dead" covers just the 34; so do
    # "9 officials said were minors", "9 that Reuters said were", "9 of whom Reuters said were".
    if not inverted and _may_hang_on_figure(verb, pronoun) and not elided and not noun_subject:
        narrow = _reduced_relative_cue(text, index, toks, verb, np, after, claims)
        if narrow is not None:
            return narrow
    shape_only = _shape_only(np, pronoun)
    if shape_only and not _fits_by_shape(s_start, toks, np, verb, claims, inverted=inverted):
        return None
    document = not pronoun and _is_document_np(np)
    heard = _past_hearer(text, verb, toks, after, claims)
    content = _content_start(text, verb, toks, heard, s_end, claims)
    if content is None and pronoun is not None and pronoun[_LOWER] in RELATIVISERS:
        return None  # "two clerks who told the driver, X, they ...": no content found after a
        # relative's verb, and what stands before it is its antecedent, not what it reported
    if not _verb_reports(
        text,
        toks,
        verb,
        after,
        s_end,
        content,
        claims,
        before,
        shape_only,
        inverted,
        elided,
        document,
    ):
        return None
    src = np if pronoun else _source_after_by(np)
    if len(src) > 2 and src[0][_TEXT] == "<" and src[-1][_TEXT] == ">":
        src = src[1:-1]  # "<Vik Foods Inc> said": the name, not its brackets
    source = _span(text, src[0][_START], src[-1][_END])
    kind = "named" if pronoun else _kind(src)
    direction, scope = _verb_scope(
        text, s_start, s_end, toks, verb, np, pronoun, heard, content, inverted, elided, interrupted
    )
    cue_span = _span(text, verb[_START], verb[_END])
    rule = _verb_rule(direction, relative=relative, inverted=inverted, elided=elided)
    return Cue(
        cue_span, source, kind, index, direction, *scope, document=document, relative=relative,
        rule=rule,
    )  # fmt: skip


def _not_a_source_subject(
    toks: list[_Tok], i: int, np: list[_Tok], pronoun: _Tok | None, claims: list[tuple[int, int]]
) -> bool:
    """Whether the phrase read back from the verb at ``i`` is no subject that reports."""
    if np and _is_comparison_baseline(toks, np[0], claims):
        return True  # "more than Vik said"
    if len(np) == 1 and np[0][_LOWER] in OPENING_PREPOSITIONS:
        return True  # "Amid reports that ...": a preposition, capitalised, and its noun
    if len(np) == 1 and np[0] is toks[0] and _is_plural_non_source(np[0][_LOWER]):
        return True  # "Prices showed a rise": a head that cannot speak, capitalised to open
    if np and pronoun is None and np[0][_LOWER] in DETERMINERS and _reduced_passive(toks, i):
        return True  # "The toxin found in the river killed 300 fish": no one reports
    if any(t[_LOWER] in _PAST_NOT_IN_SUBJECT for t in np):
        return True  # "A cold snap brought ferry notes up 40 mln": a clause, no subject
    if pronoun is None and np and _heads_a_period(np):
        return True  # "The March quarter showed a surplus": a span of time has values
    if pronoun is not None and _relative_of_an_amount(toks, pronoun):
        return True  # "Vik's profits, which showed a rise": an amount has values, reports none
    if claims and np and _share_subject(toks, np, claims):
        return True  # "while 20% said", "42% of Vik consumers said": what a survey found
    # "it releases forecasts": the pronoun's own verb, and the "verb" a noun
    return len(np) > 1 and np[0][_LOWER] in _CLAUSE_PRONOUNS and _verb_like(np[1])


def _is_plural_non_source(word: str) -> bool:
    """Whether ``word`` is a plural of ``NOT_SOURCE_HEADS`` that no one is called ("prices",
    "exports"), unlike "one", "most", "others" (people) or "Day" (a firm's name)."""
    return word in NOT_SOURCE_HEADS and word.endswith("s") and word not in _PEOPLE_PLURALS


_PEOPLE_PLURALS = frozenset("ones others".split())
# Heads naming a span of time, whatever names or dates lead them ("The March quarter", "the
# Vik year"): a period has values, it reports none.
_PERIOD_HEADS = TIME_UNITS | frozenset("quarter quarters half halves period periods".split())


def _relative_of_an_amount(toks: list[_Tok], pronoun: _Tok) -> bool:
    """Whether ``pronoun`` is "which" set off by a comma after a quantity that is measured
    (``MEASURED_QUANTITIES``: "profits, which showed", "the current account, which posted"),
    not a body that may speak ("The ferry line, which said")."""
    if pronoun[_LOWER] != "which":
        return False
    k = _index(toks, pronoun)
    return (
        k >= 2
        and toks[k - 1][_TEXT] == ","
        and toks[k - 2][_TEXT].islower()
        and toks[k - 2][_LOWER] in MEASURED_QUANTITIES
    )


def _heads_a_period(np: list[_Tok]) -> bool:
    """Whether a subject's head, before any link word, is a lowercase span of time ("The
    March quarter"; not "Statements in recent weeks")."""
    head = _head_part(np)
    return bool(head) and head[-1][_LOWER] in _PERIOD_HEADS and head[-1][_TEXT].islower()


_SHARE_WORDS = frozenset("% percent pct cent in out".split())  # and FRACTIONS, by _share_word


def _share_subject(toks: list[_Tok], np: list[_Tok], claims: list[tuple[int, int]]) -> bool:
    """Whether a subject is a share of those asked: a share's claim in the phrase ("Almost
    four in 10 said") or right before it and "of" ("42% of Vik consumers said")."""
    if any(_share_word(t) and _in_claim(t, claims) for t in np):
        return True
    b = _index(toks, np[0]) - 1
    return (
        b >= 1
        and toks[b][_LOWER] == "of"
        and _share_word(toks[b - 1])
        and _in_claim(toks[b - 1], claims)
    )


def _share_word(t: _Tok) -> bool:
    """Whether a token of a claim makes it a share of a whole ("20%", "three in 10", "half",
    "two-thirds"): a share of those asked is what a survey found, no speaker (spec 2)."""
    return t[_LOWER] in _SHARE_WORDS or t[_LOWER].rpartition("-")[2] in FRACTIONS


def _shape_only(np: list[_Tok], pronoun: _Tok | None) -> bool:
    """Whether a verb's subject can be its source only by its shape: no pronoun, and nothing
    the lexicon or a name's capitals vouch for."""
    return pronoun is None and not _looks_like_source(np) and not _is_name(np)


def _fits_by_shape(
    s_start: int,
    toks: list[_Tok],
    np: list[_Tok],
    verb: _Tok,
    claims: list[tuple[int, int]],
    *,
    inverted: bool = False,
) -> bool:
    """Whether a subject the lexicon does not know is shaped like a source of ``verb``, read
    with the word before it (none when it opens the sentence or follows an inverted verb)."""
    before = None if inverted or np[0][_START] == s_start else _tok_before(toks, np[0])
    if not inverted:
        k = _index(toks, np[-1]) + 1
        if k < len(toks) and toks[k][_LOWER] in _FINITE_AUXILIARIES:
            verb = toks[k]  # "The abacist was quoted as saying": agreement is with "was"
    return _shaped_like_source(np, before, verb, claims)


_PLACE_PHRASE_REACH = 5  # words of a place or time phrase after a participle


def _reduced_passive(toks: list[_Tok], i: int) -> bool:
    """Spec 2, what a source is not: a past participle after a noun phrase led by a
    determiner, then a place, time or role phrase and a finite verb. The participle is a
    reduced relative on the noun ("The toxin found in the river killed 300 fish", "The homes
    posted as bail are worth"), and the noun the subject of the verb after the phrase, not a
    source ("Crews found in the river 300 dead fish" still reports; so does "had found at
    least 40", a verb group)."""
    verb = toks[i]
    if not (verb[_LOWER].endswith("ed") or verb[_LOWER] in PARTICIPLES):
        return False
    if i == 0 or toks[i - 1][_LOWER] in AUXILIARIES:
        return False
    if i + 2 >= len(toks) or not (
        toks[i + 1][_LOWER] in PLACE_PREPOSITIONS or toks[i + 1][_LOWER] == "as"
    ):
        return False  # "as" gives a role: "The homes posted as bail are worth ..."
    if toks[i + 2][_LOWER] in ("least", "most"):
        return False  # "found at least 40 cases": a hedge, not a place
    for k in range(i + 2, min(i + 2 + _PLACE_PHRASE_REACH, len(toks))):
        t = toks[k]
        if not t[_TEXT][0].isalnum() or t[_LOWER] == "that" or _reporting_setting(t):
            return False
        if k > i + 2 and t[_TEXT].islower() and _finite_after_phrase(t, toks[k - 1]):
            return True
    return False


def _reporting_setting(t: _Tok) -> bool:
    """Whether a word of the phrase after a verb makes it where or when the verb reported
    ("reported on Tuesday sales rose", "disclosed in a filing", "announced at a briefing")."""
    word = t[_LOWER]
    return (
        t[_TEXT] in _TIME_NAMES
        or word in TIME_UNITS
        or word in SOURCE_NOUNS
        or word in SPEECH_OCCASIONS
    )


def _finite_after_phrase(t: _Tok, before: _Tok) -> bool:
    """Whether ``t`` reads as the finite verb after a phrase: an auxiliary or past form, or a
    word in "-ed" not led by a determiner ("the flooded basement" is still the phrase)."""
    if t[_LOWER] in FINITE_VERBS or t[_LOWER] in PAST_FORMS:
        return True
    return t[_LOWER].endswith("ed") and before[_LOWER] not in DETERMINERS


# Past forms that cannot stand inside a noun phrase read back from a verb: one there means the
# phrase is a clause of its own, and the "verb" a noun ("... brought bank notes up 5%").
# Not "held", "made", "set" or "left", which can ("a privately held firm", "the first set").
_PAST_NOT_IN_SUBJECT = IRREGULAR_PAST - frozenset("held made set left put hung led".split())

# Pronouns that are a whole subject: one read back with a word after it has its own verb.
_CLAUSE_PRONOUNS = SUBJECT_PRONOUNS | {"it"}


def _verb_like(t: _Tok) -> bool:
    """Whether a word right after a subject pronoun is its verb ("it releases", "he doubted"),
    not an adverb or an auxiliary ("she repeatedly said", "I am told")."""
    word = t[_LOWER]
    return (
        t[_TEXT].islower()
        and word.isalpha()
        and not _is_adverb(t)
        and word not in AUXILIARIES
        and word != "am"
    )


# Auxiliaries of number that a subject agrees with in place of the verb after them. Not the
# modals: "the older tenant can expect a refund of $900" reports nothing.
_FINITE_AUXILIARIES = frozenset("is was has does are were have do".split())


# The rule of a reporting verb's cue by the way it reaches its content, for a subject before it.
_VERB_RULES: dict[str, str] = {
    "forward": "verb-before-content",
    "backward": "verb-after-content",
    "both": "verb-set-off",
}


def _is_comparison_baseline(toks: list[_Tok], first: _Tok, claims: list[tuple[int, int]]) -> bool:
    """Whether the subject opening at ``first`` follows "than": "two billion more than the Fed
    had anticipated", "up 5%, more than analysts expected" compare the figure with what the
    subject said before; the figure is not theirs. "More than 40 firms said" is a hedge."""
    k = _index(toks, first)
    return (
        k > 0
        and toks[k - 1][_LOWER] == "than"
        and not first[_TEXT][0].isdigit()
        and not (claims and _in_claim(first, claims))
    )


# ", and" goes on with a list, unless a subject pronoun opens a new clause (", and it plans")
_CLAUSE_COMMA = re.compile(
    r",[ \t]++(?![\d$£€¥]|(?:and|or)\b(?![ \t]++(?:it|he|she|they|we|i)\b))", re.IGNORECASE
)


def _relative_clause_end(text: str, start: int, end: int) -> int:
    """Where a relative clause set off by commas ends: at its next comma that does not go on
    with a list of figures, or at ``end``."""
    comma = _CLAUSE_COMMA.search(text, start, end)
    return comma.start() if comma is not None else end


def _verb_rule(direction: Direction, *, relative: bool, inverted: bool, elided: bool) -> str:
    """The name of the rule of :data:`CUE_RULES` that found a reporting verb's cue."""
    if relative:
        return "relative-clause"
    if inverted:
        return "inverted-verb"
    if elided:
        return "coordinated-verb"
    return _VERB_RULES[direction]


def _noun_subject(toks: list[_Tok], i: int) -> bool:
    """Whether the word at ``i`` is a data noun before a finite verb, the subject of that verb
    ("Sunday's ferry count was lower"); after a name or pronoun it is a verb ("which the audit
    office estimates will cost"). "One estimate is that ..." and "City forecasts are for ..."
    report: the noun ends their source."""
    verb = toks[i]
    prev = toks[i - 1] if i > 0 else None
    return (
        i + 1 < len(toks)
        and verb[_LOWER] in SOURCE_NOUNS
        and toks[i + 1][_TEXT] in FINITE_VERBS
        and (i < 2 or (prev is not None and prev[_TEXT].islower() and not _is_pronoun(prev[_TEXT])))
    )


_MAX_COUNTED_NAME = 3  # capitalised words between a figure and the plural noun it counts


def _counted_noun(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> bool:
    """Whether the word at ``i`` follows a figure, directly or, when it is also a plural noun,
    after capitalised words, so that the figure counts it ("40 posts", "80,000 Vik posts";
    not "34 Israel says are presumed dead", a reduced relative)."""
    k = i - 1
    if toks[i][_LOWER] in PLURAL_NOUN_VERBS or toks[i][_LOWER] in NOUN_REPORTING_VERBS:
        while k >= 0 and i - k <= _MAX_COUNTED_NAME and toks[k][_TEXT][:1].isupper():
            k -= 1
    return k >= 0 and _in_claim(toks[k], claims)


_MODALS_OF_LIKELIHOOD = MODALS - OBLIGATION_MODALS


def _likely_expect(toks: list[_Tok], i: int) -> bool:
    """Whether "expect" at ``i`` follows a modal and goes on with "to" ("can expect to pay"):
    what its subject is likely to do or get, not a forecast the subject makes."""
    return (
        0 < i < len(toks) - 1
        and toks[i - 1][_LOWER] in _MODALS_OF_LIKELIHOOD
        and toks[i + 1][_LOWER] == "to"
    )


def _in_another_sense(toks: list[_Tok], i: int) -> bool:
    """Whether the reporting verb at ``i`` names, tells what is likely or states a duty."""
    verb = toks[i]
    if verb[_LOWER] == "called" and i + 1 < len(toks) and _names_next(toks[i + 1]):
        return True  # 'a company called "Solo"', "a town called Vik": naming, not speech
    if verb[_LOWER] == "expect" and _likely_expect(toks, i):
        return True  # "buyers can expect to pay $1,450": what is likely, no one's forecast
    # "firms must report stakes above 5%": a duty, not a report
    return i > 0 and toks[i - 1][_LOWER] in OBLIGATION_MODALS


def _not_a_reporting_verb(
    text: str, toks: list[_Tok], i: int, claims: list[tuple[int, int]], noun_subject: bool
) -> bool:
    """Whether the word of the lexicon at ``i`` is no reporting verb here: a noun, a name, an
    infinitive, a passive, a compound or a negated verb."""
    verb = toks[i]
    if verb[_TEXT][:1].isupper() and i > 0 and toks[i - 1][_TEXT] not in _QUOTES_OPEN:
        return True  # "the United States", "Reports" as a name
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and (
        (prev[_LOWER] in DETERMINERS and not _relative_that(toks, i - 1))
        or prev[_LOWER] in NOUN_DETERMINERS
        or (prev[_LOWER].endswith(("'s", "’s")) and not _name_in_s(prev, verb))
        or prev[_LOWER] == "to"
        or (_passive_before(toks, i) and not verb[_LOWER].endswith("ing"))
        or prev[_LOWER] in ATTITUDE_VERBS  # "expressed fears that": the view it reports
    ):
        return True  # a noun ("the report"), an infinitive, or a passive (agentless pattern)
    if (
        verb[_LOWER] in ESTIMATE_OF_NOUNS
        and i + 1 < len(toks)
        and toks[i + 1][_LOWER] in ("of", "for")
        and _after_possessive(toks, i)
    ):
        return True  # "the guild's revised berth forecast of": a reckoning, no verb
    if i + 1 < len(toks) and (
        (verb[_LOWER], toks[i + 1][_LOWER]) in NOUN_COMPOUNDS
        or (verb[_LOWER], toks[i + 1][_LOWER]) in PHRASAL_NON_CUES
        or toks[i + 1][_LOWER] in POLL_GIVING_VERBS  # "the poll on the TV show gave"
        or toks[i + 1][_LOWER] in SPREAD_VERBS  # "Trade forecasts ranged from": a spread's noun
    ):
        return True  # "a Washington think tank said", "Ms Lund was ruled out of two matches"
    if claims and verb[_LOWER].endswith("s") and _counted_noun(toks, i, claims):
        return True  # "40 posts", "two reports": a plural noun the figure counts
    if verb[_LOWER] in PLURAL_NOUN_VERBS and i + 1 < len(toks):
        nxt = toks[i + 1][_LOWER]
        if nxt in NOUN_FOLLOWERS or nxt in FINITE_VERBS or nxt == "(":
            return True  # "bonus notes with a coupon", "the calls were ...", "notes (MTNs)"
        if nxt in _HEAD_LINKS and _verb_after_phrase(toks, i + 1):
            return True  # "Bank notes in use fell": the subject of the verb after
    if noun_subject and (i + 2 >= len(toks) or toks[i + 2][_LOWER] not in ("that", "for")):
        return True
    if _in_another_sense(toks, i):
        return True
    if (
        i + 1 < len(toks)
        and toks[i + 1][_LOWER] == "with"
        and verb[_LOWER] not in MANNER_SPEECH_VERBS
    ):
        return True  # "responded with six goals", "countered with a 20% cut": an action
    if (
        prev is not None
        and verb[_LOWER].endswith("ed")
        and prev[_TEXT].islower()
        and prev[_LOWER].endswith("ing")
        and not (i > 1 and toks[i - 2][_LOWER] in DETERMINERS)  # "the testing identified"
    ):
        return True  # "examining alleged fraud": an adjective after a participle
    if verb[_LOWER] in NOUN_REPORTING_VERBS and (
        (prev is not None and claims and _in_claim(prev, claims))  # "across six states:"
        or not (
            (prev is not None and (prev[_LOWER] in PRONOUNS or _agrees(prev, verb)))
            or (i + 1 < len(toks) and toks[i + 1][_LOWER] in ("that", ":"))
        )
    ):
        return True  # "in 16 states", "Great Plains states rose": nouns; "the memo states"
    if verb[_LOWER] in SOURCE_NOUNS and _verb_follows(toks, i + 1):
        return True  # "a United Nations report shows": the noun is the subject of the next verb
    if (
        (verb[_LOWER] in SOURCE_NOUNS or verb[_LOWER] in PLURAL_NOUN_VERBS)
        and prev is not None
        and prev[_TEXT].isalpha()
        and prev[_TEXT].islower()
        and prev[_LOWER] not in PRONOUNS
        and _verb_after_topic(toks, i + 1)
    ):
        return True  # "its quarterly report on home prices shows": a noun, then its topic
    return _negated_before(text, verb[_START])


# The subject found before a reporting verb: its phrase (empty when none stands there), the
# pronoun it is if one, and whether it is elided (the first verb's: "The firm cut prices and
# said ..."), cut from the verb by an interruption set off by commas or dashes, or the phrase a
# restrictive relative clause follows. A plain tuple: one is made for every reporting verb.
_Subject = tuple[list[_Tok], _Tok | None, bool, bool, bool]


def _verb_subject(
    text: str,
    s_start: int,
    toks: list[_Tok],
    i: int,
    claims: list[tuple[int, int]],
    noun_subject: bool,
) -> _Subject | None:
    """The subject before the verb at ``i``, after skipping auxiliaries and adverbials back from
    it; None when the verb is itself the content of another ("said that said")."""
    verb = toks[i]
    cut = verb[_START]
    while True:
        lo = max(s_start, cut - _ADVERBIAL_REACH)
        window = text[lo:cut]
        tail = window.rstrip()
        if tail[-1:].isdigit() or tail[tail.rfind(" ") + 1 :].rstrip(".") in _MONTH_SET:
            # "A report released on June 20 showed": a date is no subject; read on before it
            date = _DATE_BEFORE.match(text, lo, cut)
            if date is not None:
                cut = date.start()
                continue
        if not _adverbial_may_end(window):
            break  # the cheap check: no adverbial or auxiliary ends at the cut
        m = _ADVERBIAL_BEFORE.match(text, lo, cut)
        if m is None or m.start() == cut or m.group().strip() == "":
            break
        if m.group().strip() == ",":
            break
        cut = m.start()
    # Tokens never overlap: with nothing skipped, the token before the verb is the last one.
    j = (i - 1 if i > 0 else None) if cut == verb[_START] else _last_tok_before(toks, cut)
    np: list[_Tok] = []
    pronoun: _Tok | None = None
    elided = interrupted = relative = False
    if (
        j is not None
        and _is_pronoun(toks[j][_TEXT])  # not "the WHO said"
        and toks[j][_END] <= cut
    ):
        antecedent = _restrictive_antecedent(toks, j, claims)
        if antecedent:
            np = antecedent  # "the Vik study that found ...": the phrase the clause restricts
            relative = True
        elif toks[j][_LOWER] == "that" and j > 0 and toks[j - 1][_LOWER] in REPORTING_VERBS:
            return None
        else:
            pronoun = toks[j]
            np = [pronoun]
    elif j is not None and toks[j][_TEXT] == ",":
        np = _appositive_subject(toks, j, claims) or _interrupted_subject(
            text, toks, j, claims, verb
        )
        interrupted = bool(np)
    elif j is not None and toks[j][_TEXT] in _DASHES:
        # "The board — which runs the quay — said": an interruption set off by dashes
        np = _interrupted_subject(text, toks, j, claims, verb)
        interrupted = bool(np)
    elif j is not None and toks[j][_LOWER] in COORDINATORS:
        np = _elided_subject(toks, j, claims)
        elided = bool(np)
        if elided and len(np) == 1 and np[0][_LOWER] in PRONOUNS:
            pronoun = np[0]
    elif j is not None:
        np = _np_backward(toks, j, claims)
        if cut == verb[_START] and _disagrees(np, verb):
            return None  # "a harassment claim", "a research note": a noun after "a", no verb
        np = _clause_subject(toks, _past_a_year(toks, np))
        # a participle's phrase reaches back past the phrase before the verb, its object
        # ("The report reviewing the Vik Bank's figures said"), whatever that phrase is
        relatives = not np or not (_looks_like_source(np) or _is_name(np))
        np = _clause_restricted_subject(toks, j, i, claims, verb, relatives=relatives) or np
    if noun_subject and np:
        np = [*np, verb]  # "One estimate is that ...": the source is the whole phrase
    elif _counts_a_noun(toks, i, np):
        return None  # "One damaged hull sank ...": the figure, then a participle
    return np, pronoun, elided, interrupted, relative


def _complementizer(toks: list[_Tok], t: _Tok) -> bool:
    """Whether ``t`` is "that" after a reporting verb, opening what it reports ("found that
    one in five ..."), not a determiner of the subject after it."""
    if t[_LOWER] != "that":
        return False
    k = _index(toks, t) - 1
    # past a time set between the verb and "that": "said Friday that", "noted on May 3 that"
    while k > 0 and _is_time_between(toks[k]):
        k -= 1
    return k >= 0 and toks[k][_LOWER] in REPORTING_VERBS


def _clause_subject(toks: list[_Tok], np: list[_Tok]) -> list[_Tok]:
    """The phrase read back from a verb, without a "that" opening it: after a reporting verb
    it opens the clause reported ("found that one in five post ..."); after a content word, a
    clause whose verb is its own, no report ("tales that crowds can tell": empty)."""
    if len(np) > 1 and _complementizer(toks, np[0]):
        return np[1:]
    if len(np) > 1 and _opens_a_clause(toks, np[0]):
        return []
    return np


def _past_a_year(toks: list[_Tok], np: list[_Tok]) -> list[_Tok]:
    """The phrase without a year that opens it after a preposition or a month ("In 1986 Vik
    Oil reported", "In May 1986 Vik Oil"): the year ends a time phrase, the name follows."""
    at = 1 if len(np) > 2 and np[0][_TEXT].rstrip(".") in _MONTH_SET else 0
    year = np[at] if len(np) > at + 1 else None
    if year is None or not (year[_TEXT].isdigit() and len(year[_TEXT]) == 4):
        return np
    if at:
        return np[2:]  # "May 1986 Vik Oil": the month opens the time phrase
    k = _index(toks, year)
    before = toks[k - 1][_TEXT] if k else ""
    if before.lower() in _YEAR_LEADS or before.rstrip(".") in _MONTH_SET:
        return np[1:]
    return np


_YEAR_LEADS = frozenset("in since by during until before after".split())


def _disagrees(np: list[_Tok], verb: _Tok) -> bool:
    """Whether a phrase opened by "a" or "an" and ending in a singular word stands right
    before the bare form of a verb ("a research note", "for a harassment claim"): a single
    subject never takes that form, so the word is a noun. A past form like "forecast" or
    "put" agrees with any subject, and a participle needs no agreement ("a statement
    saying")."""
    word = verb[_LOWER]
    if len(np) < 2 or word.endswith(("s", "ed", "ing")):
        return False
    if np[-1][_TEXT].endswith("s"):  # "a step some Liberals say"; not "A US report"
        return False
    if word in IRREGULAR_PAST_REPORTING or word in IRREGULAR_PAST:
        return False
    k = len(np) - 2  # the phrase's last article, with only its modifiers after it
    while k >= 0 and np[k][_LOWER] not in FUNCTION_WORDS:
        k -= 1
    return k >= 0 and np[k][_LOWER] in ("a", "an")


def _opens_a_clause(toks: list[_Tok], t: _Tok) -> bool:
    """Whether ``t`` is "that" after a content word, opening a clause whose subject follows
    it ("the tales that crowds tell", "it emerged that 3bn crowns thought to be"), not a
    determiner after a function word ("with that number") or at the start."""
    k = _index(toks, t) - 1
    return (
        t[_TEXT] == "that"
        and k >= 0
        and toks[k][_TEXT][0].isalnum()
        and toks[k][_LOWER] not in FUNCTION_WORDS
    )


def _after_possessive(toks: list[_Tok], i: int) -> bool:
    """Whether a possessive stands before token ``i`` with at most three words between, none
    of them a function word ("the government's 1987", "the Bank's revised deficit")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = toks[k]
        if _is_possessive(t):
            return True
        if not t[_TEXT][0].isalnum() or t[_LOWER] in FUNCTION_WORDS:
            return False
    return False


def _time_then_that(toks: list[_Tok], k: int) -> bool:
    """Whether a time set after a verb, from token ``k``, leads to its "that" ("ruled in
    2003 that", "found on 5 May 2003 that")."""
    j = k
    while j < len(toks) and j - k < _TIME_BETWEEN_REACH and _is_time_between(toks[j]):
        j += 1
    return k < j < len(toks) and toks[j][_LOWER] == "that"


def _is_time_between(t: _Tok) -> bool:
    """A word of a time set between a reporting verb and its "that": a day or month name, one
    of ``_TIME_BETWEEN``, a day of the month or a year ("on May 3", "in 2003")."""
    return (
        t[_TEXT] in _TIME_NAMES
        or t[_LOWER] in _TIME_BETWEEN
        or (t[_TEXT].isdigit() and len(t[_TEXT]) in (1, 2, 4))
    )


# Words of a time set between a reporting verb and its "that", besides day and month names.
_TIME_BETWEEN = frozenset(
    "on in today yesterday tonight earlier later last this week month year".split()
)
_TIME_BETWEEN_REACH = 5  # "on 5 May 2003"


_BE_FORMS = frozenset("is are was were been being be".split())
# A verb form before "that", in the padded copy (a space before every word): "-ed" or "-s".
_PAST_FORM = regex.compile(r"[a-z]{3,}ed")
_PRESENT_FORM = regex.compile(r"[a-z]{3,}[^su]s")
_SINGULAR_PRONOUNS = frozenset("he she it".split())
# Adverbs between a subject and its verb ("it also points out"): AUXILIARIES less its verbs.
_VERB_ADVERBS = AUXILIARIES - _BE_FORMS - MODALS - frozenset("has have had do does did".split())
# Endings of plural nouns that a present verb's "-s" does not have ("donors", "situations").
_PLURAL_NOUN_ENDINGS = tuple(
    f"{suffix}s" for suffix in (*AGENT_SUFFIXES, "ion", "ment", "nce", "ing", "ity", "ise")
)
_CLAUSE_SUBJECT_OPENERS = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | frozenset(
        "it there such some many most all no each every any both few several only about "
        "around nearly almost more less up over at one".split()
    )
)
# The word before "that", read back from it ("cautioned that", "pointed out that"): searched
# only in the few characters before each "that", which a plain find reaches far faster than a
# pattern scanning every position of the text.
_THAT_VERB = re.compile(r"(?<=\s)([A-Za-z]{3,}(?:ed|s))(?:[ \t]++out)?[ \t]++$")
_THAT_VERB_REACH = 24  # characters read back from "that"; a longer word is read back to its start
_THAT_VERB_ENDS = ("ed", "ut")  # of the verb's ending, or of its particle "out"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _that_verbs(padded: str, start: int = 1, end: int | None = None) -> list[re.Match[str]]:
    """The words before each "that" in ``padded`` (a space before the text) that may be a
    verb known only by its shape (``_may_report_by_shape``); each match's group 1 is the
    word, and it ends where "that" starts. The same as ``_THAT_VERB`` run over the whole text
    (tests/test_fast_paths.py), but for blanks between the word and "that" longer than the
    reach, which no text has. Only the "that"s starting in [start, end) are read."""
    found: list[re.Match[str]] = []
    find = padded.find
    # "that " may run four characters past ``end``: ``find`` wants all of it in its bounds.
    stop = len(padded) if end is None else end + 4
    at = find("that ", start, stop)
    while at != -1:
        if padded[at - 1] in " \t":
            lo = max(0, at - _THAT_VERB_REACH)
            # A word longer than the reach: back to its start, a letter at a time (a slice of
            # the text before it would make a text of many "that"s quadratic).
            while lo and padded[lo - 1] in _ASCII_LETTERS:
                lo -= 1
            # The pattern's word ends in "ed" or "s", or its particle in "out", before the
            # blanks: most words before "that" ("said", "so") do not, and are not searched.
            k = at - 2
            while k > lo and padded[k] in " \t":
                k -= 1
            if padded[k] == "s" or padded[k - 1 : k + 1] in _THAT_VERB_ENDS:
                m = _THAT_VERB.search(padded, lo, at)
                if m is not None and _may_report_by_shape(m[1]):
                    found.append(m)
        at = find("that ", at + 5, stop)
    return found


_PASSIVE_ADVERBS = frozenset("first also now still not never already just later once since".split())


def _passive_before(toks: list[_Tok], i: int) -> bool:
    """Whether a form of "be" stands before the verb at ``i``, with at most one adverb between
    ("was reported", "which was first reported", "were widely reported"): a passive, whose
    subject is what was reported, not who reported it."""
    prev = toks[i - 1][_LOWER] if i > 0 else ""
    if prev in _BE_FORMS:
        return True
    adverb = prev.endswith("ly") or prev in _PASSIVE_ADVERBS
    return adverb and i > 1 and toks[i - 2][_LOWER] in _BE_FORMS


def _counts_a_noun(toks: list[_Tok], i: int, np: list[_Tok]) -> bool:
    """Whether the "subject" before the "-ed" word at ``i`` is "one" counting the singular noun
    after it, the word being a participle that describes the noun ("One damaged hull")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        len(np) == 1
        and np[0][_LOWER] == "one"
        and toks[i][_LOWER].endswith("ed")
        and nxt is not None
        and nxt[_TEXT].isalpha()
        and nxt[_TEXT].islower()
        and not nxt[_LOWER].endswith("s")
        and nxt[_LOWER] not in FUNCTION_WORDS
    )


def _inverted_subject(
    text: str,
    s_end: int,
    toks: list[_Tok],
    verb: _Tok,
    after: int,
    before: str,
    claims: list[tuple[int, int]],
) -> list[_Tok]:
    """The source after an inverted verb ('"...," said the minister.'), or [] for none."""
    k = _first_tok(toks, after)
    if k is None:
        return []
    np = _np_forward(toks, k, claims, allow_in=True)
    if not np or not (
        _looks_like_source(_head_part(np)) or _shaped_like_source(np, None, verb, claims)
    ):
        return []  # "..., expected shortly from the council,": a passive, its agent
    if len(np) > 1 and _is_pronoun(np[0][_TEXT]):
        return []  # "..., said they lost power.": a pronoun is a phrase of its own, the subject
        # of a content clause
    np = _with_who_clause(toks, np, s_end)
    rest = _first_char(text, _skip_adverbials(text, np[-1][_END]), s_end)
    after_quote = before[-1:] in ("”", '"', "'", "’") or before[-2:] in (',"', ",”", ",’")
    if not after_quote and rest not in ("", ".", ",", ";"):
        return []  # "..., said the plan would cost $5bn": content, not a source
    if rest == ",":
        name = _name_after_title(text, s_end, toks, np, claims)
        if name:
            return name  # '"...," said its chairman, Ana Ruiz.': the name set off after the title
    return np


_MAX_WHO_CLAUSE = 12  # words of a relative clause on "who" that restricts an inverted source


def _with_who_clause(toks: list[_Tok], np: list[_Tok], s_end: int) -> list[_Tok]:
    """``np``, a common noun's phrase, with the relative clause on "who" that restricts it and
    ends its clause ("said a source who spoke on background."), as a subject before its verb
    keeps one ("officials who attended said"); ``np`` itself when none follows it."""
    k = _index(toks, np[-1]) + 1
    if k >= len(toks) or toks[k][_LOWER] != "who" or not np[-1][_TEXT].islower():
        return np  # "said Clapton who joined ...": a name needs no restricting
    for n in range(k + 1, min(len(toks), k + 2 + _MAX_WHO_CLAUSE)):
        t = toks[n]
        if t[_START] >= s_end or t[_TEXT] in (",", ".", ";"):
            return [*np, *toks[k:n]] if n > k + 1 else np
        if not (t[_TEXT][0].isalnum() or t[_TEXT] in ("'", "’")):
            return np  # a quote or a bracket: not a plain clause
    return np


def _name_after_title(
    text: str, s_end: int, toks: list[_Tok], np: list[_Tok], claims: list[tuple[int, int]]
) -> list[_Tok]:
    """The name set off by a comma after an inverted verb's title ("said the lead researcher,
    Ana Ruiz."), ending the clause; [] when there is none or the phrase is no title."""
    comma = _index(toks, np[-1]) + 1
    if comma + 1 >= len(toks) or toks[comma][_TEXT] != "," or not _is_title_head(_head_word(np)):
        return []
    name = _np_forward(toks, comma + 1, claims, allow_in=False)
    if not name or not _is_name(name) or not name[0][_TEXT][0].isupper():
        return []
    end = _first_char(text, name[-1][_END], s_end)
    return name if end in ("", ".", ",", ";") else []


def _reduced_relative_cue(
    text: str,
    index: int,
    toks: list[_Tok],
    verb: _Tok,
    np: list[_Tok],
    after: int,
    claims: list[tuple[int, int]],
) -> Cue | None:
    """Spec 3.2: the narrow cue of a reduced relative clause ("34 Israel says are presumed
    dead"), which covers only the figure it follows; else None."""
    k = _first_tok(toks, after)
    relativised = _opened_by_relativiser(toks, np)
    # "the 2.6% which the bureau had projected": the verb's own object is the figure
    own_gap = relativised and _object_missing(toks, k)
    if not own_gap:
        if k is None:
            return None
        if toks[k][_LOWER] not in _RELATIVE_VERBS and not (
            # an object gap only in a clause opened by its relativiser: "Two aides said they
            # settled on terms" reports a clause whole
            relativised and _object_gap(toks, k)
        ):
            return None
    narrow = _relative_head(toks, np, claims)
    if narrow is None:
        return None
    head, src = narrow
    if not (
        _looks_like_source(src)
        or _is_name(src)
        or src[0][_LOWER] in _PERSONAL_SUBJECTS
        # after "that", or right after the figure and before the clause's verb ("the $2bn
        # the ministry estimates is needed"), a determiner-led phrase by its shape
        or (
            (relativised or not own_gap)
            and src[0][_LOWER] in DETERMINERS
            and _shaped_like_source(src, None, verb, claims)
        )
    ):
        return None
    source = _span(text, src[0][_START], src[-1][_END])
    cue_span = _span(text, verb[_START], verb[_END])
    return Cue(
        cue_span, source, _kind(src), index, "narrow", head[0], head[1], rule="reduced-relative"
    )


def _object_gap(toks: list[_Tok], k: int) -> bool:
    """Whether the words from ``k`` are a clause whose object is the figure before the cue
    ("five bars that officials say a man visited on May 1"): a determiner or pronoun and at
    most two words, a lowercase verb in "-ed", then a preposition, a comma or the end, where
    the verb's object would stand."""
    if toks[k][_LOWER] not in DETERMINERS and toks[k][_LOWER] not in SUBJECT_PRONOUNS:
        return False
    for j in range(k + 1, min(k + 4, len(toks))):
        word = toks[j]
        if (
            word[_TEXT].islower()
            and word[_LOWER].endswith("ed")
            and j > k + (toks[k][_LOWER] in DETERMINERS)
        ):
            return _object_missing(toks, j + 1)
        if not word[_TEXT].replace("-", "").isalnum():
            return False  # "a 29-year-old man visited": a hyphenated word may stand in it
    return False


def _opened_by_relativiser(toks: list[_Tok], np: list[_Tok]) -> bool:
    """Whether the subject phrase ``np`` opens with "that" or "which" or follows one."""
    if np[0][_LOWER] in ("that", "which"):
        return True
    b = _index(toks, np[0]) - 1
    return b >= 0 and toks[b][_LOWER] in ("that", "which")


# What may follow a verb whose object is missing: a preposition or a time word ("visited on
# May 1", "burgled last week").
_GAP_FOLLOWERS = frozenset("on in at during before after last this since from with".split())


def _object_missing(toks: list[_Tok], k: int | None) -> bool:
    """Whether the verb before token ``k`` has no object: nothing follows it, or a gap
    follower or a mark does ("a man visited on May 1", "which the bureau had projected.")."""
    if k is None or k >= len(toks):
        return True
    return toks[k][_LOWER] in _GAP_FOLLOWERS or not toks[k][_TEXT][0].isalnum()


def _verb_reports(
    text: str,
    toks: list[_Tok],
    verb: _Tok,
    after: int,
    s_end: int,
    content: int | None,
    claims: list[tuple[int, int]],
    before: str,
    shape_only: bool,
    inverted: bool,
    elided: bool,
    document: bool,
) -> bool:
    """Whether the verb, with its subject found, reports content rather than tells an action
    ("The company recalled 80 cars") or names a title."""
    if shape_only and (
        (content is None and verb[_LOWER] in ACTION_REPORTING_VERBS)
        or _next_word_is(text, after, s_end, "to")
    ):
        return False  # "with 99% of the vote counted", "emissions forecast to fall"
    if shape_only and inverted and not before.rstrip(" \"“”'’").endswith(","):
        return False  # '"Seven Days" tells the story': a title, not a quote's speaker
    if elided and (
        content is None
        or not (
            document
            or _reports_content(text, verb, toks, content, clause=True)
            or _figure_found(verb, toks, content, claims)
        )
    ):
        return False  # "the firm has a van and is showing two models": a second action
    return not (
        content is not None
        and not inverted
        and not document
        and not _reports_content(text, verb, toks, content)
    )  # "The company recalled 80 cars": an action; "the list features" reports


def _verb_scope(
    text: str,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    verb: _Tok,
    np: list[_Tok],
    pronoun: _Tok | None,
    heard: int,
    content: int | None,
    inverted: bool,
    elided: bool,
    interrupted: bool,
) -> tuple[Direction, tuple[int, int]]:
    """How a reporting verb's cue reaches its content, and the region it covers (spec 3.1).
    ``heard`` is the verb's end moved past adverbials and its hearer (``_past_hearer``)."""
    subject_start = np[0][_START]
    lead_end = _end_before_space(text, s_start, subject_start)
    tail_from = np[-1][_END] if inverted else verb[_END]
    set_off = (  # "The tax, he said, raises ...": the cue stands between two commas
        not elided
        # "Ana Ruiz, who owns 40 shops, said": the comma closes an interruption, whose figures
        # are the source's own (spec 5), not the lead of the sentence
        and not interrupted
        and text[lead_end - 1 : lead_end] == ","
        and lead_end > s_start
        and (pronoun is None or pronoun[_LOWER] not in RELATIVISERS)
    )
    opener = _fronted_clause_opener(toks, np) if not inverted and not elided else ""
    direction: Direction
    if content is None:
        direction = "backward"
        scope = (s_start, subject_start)
        comma = _non_space_at(text, heard, s_end)
        if opener == "as" and text[comma : comma + 1] == ",":
            direction = "forward"  # "As the report noted, 40% ...": what it noted follows
            scope = (comma + 1, _gloss_start(text, comma + 1, s_end))
        elif set_off and not inverted and text[comma : comma + 1] == ",":
            resumed = _non_space_at(text, comma + 1, s_end)  # the sentence goes on after it
            # not "..., Wasp tells the story of a mum, who ...": a relative clause on its object
            if resumed < s_end and not _word_in(text, resumed, s_end, _WH_RELATIVISERS):
                direction = "both"
                scope = (scope[0], _gloss_start(text, comma, s_end))
    else:
        direction = "forward"
        end = _gloss_start(text, content, s_end)
        if opener in SUBORDINATORS:
            # "When the ministry said 40 had died, prices rose 5%": the reporter's main clause
            # after the comma is not what was said
            comma = text.find(", ", content, end)
            if comma != -1:
                end = comma
        elif (
            pronoun is not None
            and pronoun[_LOWER] in ("who", "which")
            and text[lead_end - 1 : lead_end] == ","
        ):
            # "The firm, which said sales rose 5%, cut 300 jobs": spec 3.2, the relative clause
            # stays narrow, up to the comma that closes it (not one in a list of figures)
            end = _relative_clause_end(text, content, end)
        elif _relative_in_fronted_phrase(toks, pronoun):
            # "Among riders who said they paid, 40% backed Vik": the relative ends with the
            # phrase it stands in, at its comma, even before a figure
            comma = text.find(",", content, end)
            end = comma if comma != -1 else end
        scope = (content, end)
        # "In March, he said prices rose 4%": the opening phrase too; not "(And) while half of
        # states reopened, experts say ...", a subordinate clause of the reporter's
        if set_off and _LEAD_WORDS.match(text, s_start, subject_start) is None:
            direction = "both"
            scope = (_clause_start(text, s_start, subject_start), end)
    if inverted:
        direction = "backward" if content is None or content < tail_from else direction
        if direction == "backward":
            scope = (s_start, verb[_START])
            set_off_end = _inverted_set_off_end(text, s_start, s_end, verb, np)
            if set_off_end is not None:
                direction = "both"  # "Vik Telecom, said Mr Lund, has cut ...": set off by commas
                scope = (scope[0], set_off_end)
    return direction, scope


_MAX_SET_OFF_LEAD = 4  # words before an inverted cue set off by commas: "On average, said X,"


def _inverted_set_off_end(
    text: str, s_start: int, s_end: int, verb: _Tok, np: list[_Tok]
) -> int | None:
    """Where the region of an inverted cue set off between two commas ends ("Vik Telecom, said
    Mr Lund, has cut ...", "Also, said Mr Lund, the firm ..."): the sentence goes on after
    the comma closing its subject. None when the cue is not set off so."""
    lead_end = _end_before_space(text, s_start, verb[_START])
    if lead_end <= s_start or text[lead_end - 1] != ",":
        return None
    # Only after a lead that is no clause of its own, a subject or an adverbial ("Vodafone,",
    # "Also,", "On average,"): after a clause ("Prices rose 5%, said X, who runs 30 shops")
    # what follows the subject is about the speaker.
    lead = text[s_start : lead_end - 1].split()
    if len(lead) > _MAX_SET_OFF_LEAD or any(ch.isdigit() for word in lead for ch in word):
        return None
    if np[-1][_LOWER] in NOT_SOURCE_HEADS or any(
        t[_TEXT] in _TIME_NAMES or t[_TEXT][0].isdigit() for t in np
    ):
        return None  # "The survey, issued Monday night, put", "terms, announced Oct. 3,"
    comma = _non_space_at(text, np[-1][_END], s_end)
    if text[comma : comma + 1] != "," or _non_space_at(text, comma + 1, s_end) >= s_end:
        return None
    return _gloss_start(text, comma, s_end)


_DASHES = frozenset("- -- — –".split())
_COMPOUND_FIRSTS = frozenset(first for first, _ in NOUN_COMPOUNDS)  # a cheap test per token
# Where an agentless passive's subject can start: after a comma (not one inside a number) or a
# coordinator; each with how far past the mark's offset the subject's gap starts.
_SUBJECT_BOUNDS = ((", ", 1), (" and ", 4), (" but ", 4))
# The last subordinator before an agentless cue, opening the clause it stands in.
_SUBORDINATE_OPENING = regex.compile(
    r"(?r)(?<![\p{L}'’])(?i:" + alternation(SUBORDINATORS) + r")[ \t]++"
)
_ELIDED_SUBJECT_REACH = 40  # tokens looked back for the clause a coordinated verb shares


# Words whose "'s" is "is", "has" or "us" ("He's said", "There's said to be", "Let's say"),
# never a name's.
_CONTRACTED = PRONOUNS | frozenset("there here what where let".split())


def _relative_that(toks: list[_Tok], j: int) -> bool:
    """Whether "that" at token ``j`` is a relative pronoun after a source noun ("the study
    that found"), not the determiner of the word after it ("that report")."""
    return toks[j][_LOWER] == "that" and j > 0 and _is_source_head(toks[j - 1][_LOWER])


def _restrictive_antecedent(toks: list[_Tok], j: int, claims: list[tuple[int, int]]) -> list[_Tok]:
    """For a relative pronoun at token ``j`` with no comma before it ("the study that found",
    "officials who said"), the source phrase it restricts: one headed by a document, body or
    person noun; else empty."""
    if j == 0 or toks[j][_LOWER] not in ("that", "who", "which"):
        return []
    head = toks[j - 1]
    if not _is_source_head(head[_LOWER]):
        return []
    # Read back only the phrase itself: "In May Symantec released [statistics] which showed",
    # "paid to gather samples for [a study] that", "a model by [the Institute for Coastal
    # Studies] which found"; a link word joins names only.
    out = [head]
    for k in range(j - 2, max(-1, j - 2 - _ANTECEDENT_REACH), -1):
        t = toks[k]
        word = t[_LOWER]
        if word in DETERMINERS:
            out.append(t)
            break
        if word in NP_CONNECTORS:
            if not (out[-1][_TEXT][0].isupper() and k and toks[k - 1][_TEXT][0].isupper()):
                break
        elif (
            not t[_TEXT][0].isalnum()
            or (word in NP_BREAKERS and not _is_acronym(t[_TEXT]))
            or (t[_TEXT].islower() and (word.endswith("ed") or word in AUXILIARIES))
            or (claims and _in_claim(t, claims))
        ):
            break
        out.append(t)
    out.reverse()
    return out


_RELATIVE_CLAUSE_REACH = 10  # words of a restrictive relative clause before its subject's verb


# Relativisers of a clause that restricts a subject ("the firms that own the mines said").
_RESTRICTING_RELATIVISERS = frozenset(("who", "that", "which"))


def _clause_restricted_subject(
    toks: list[_Tok],
    j: int,
    i: int,
    claims: list[tuple[int, int]],
    verb: _Tok,
    *,
    relatives: bool = True,
) -> list[_Tok]:
    """The subject of "port officials who declined to be named said", "Residents who lost
    power told ...": a phrase opening its clause, restricted by a relative clause on "who" that
    runs with no comma up to the verb; the source is the whole, clause included (spec 2: the
    noun phrase that is the verb's subject), with any adverbial the clause ends in ("who met
    on Monday") up to the verb at ``i``, or by a participle's phrase ("The report reviewing
    the year's trade said", ``_reduced_relative_at``; only that with ``relatives`` false).
    Empty otherwise; "officials who said" is the pronoun's own verb
    (``_restrictive_antecedent``)."""
    k = j
    while True:
        t = toks[k]
        if not t[_TEXT][0].isalnum() or (claims and _in_claim(t, claims)):
            return []
        if t[_LOWER] in _RESTRICTING_RELATIVISERS:
            if not relatives:
                return []
            break
        if _reduced_relative_at(toks, k, j, verb):
            break
        k -= 1
        if k < 0 or j - k >= _RELATIVE_CLAUSE_REACH:
            return []
    if k == 0 or all(t[_LOWER].endswith("ly") for t in toks[k + 1 : j + 1]):
        return []  # "a nurse who quickly found": the clause's own verb
    if (
        toks[k][_LOWER] in _RESTRICTING_RELATIVISERS
        and toks[k][_LOWER] != "who"
        and (
            toks[k + 1][_LOWER] in DETERMINERS
            or toks[k + 1][_LOWER] in PRONOUNS
            or not toks[k + 1][_TEXT].islower()
        )
    ):
        return []  # "the level that the trade believes": "that" opens the verb's own clause
    antecedent = _np_backward(toks, k - 1, claims)
    if not antecedent or any(_in_claim(t, claims) for t in antecedent):
        return []
    first = _index(toks, antecedent[0])
    before = toks[first - 1] if first else None
    if before is not None and before[_TEXT][0].isalnum() and before[_LOWER] not in SUBJECT_OPENERS:
        return []  # "help for residents who lost power": an object, not a subject
    if not (
        _looks_like_source(antecedent)
        or _is_name(antecedent)
        or _shaped_like_source(antecedent, before, verb, claims)
    ):
        return []
    return toks[first:i]


def _reduced_relative_at(toks: list[_Tok], k: int, j: int, verb: _Tok) -> bool:
    """Whether token ``k`` opens a reduced relative clause that runs to token ``j``, before a
    finite reporting verb ("The report reviewing the year's trade said", "A port report
    issued after the close said"): a participle that reports nothing itself, after a word,
    in "-ing", or in "-ed" with a preposition after it ("Officials placed the tally" is a
    verb and its object)."""
    word, head, after = toks[k][_LOWER], toks[k - 1], toks[k + 1]
    if not (0 < k < j and toks[k][_TEXT].islower() and len(word) > 4):
        return False
    if not head[_TEXT][0].isalnum() or head[_LOWER] in FUNCTION_WORDS:
        return False  # "The sparring over": a noun itself, after its determiner
    if word.endswith("ed") and not head[_TEXT].islower() and not _opening_plural(toks, k - 1):
        return False  # "Menendez intervened with": after a name, the past form is its verb
    if word in FUNCTION_WORDS or word in REPORTING_VERBS or not _finite_report(verb):
        return False
    if word.endswith("ing"):
        # with its object or place after it ("tracking the spread", "living near the dam");
        # before a bare noun it is an adjective ("overwhelming domination")
        return after[_LOWER] in FUNCTION_WORDS or after[_TEXT][0].isupper()
    return word.endswith("ed") and after[_LOWER] in _REDUCED_RELATIVE_LINKS


def _opening_plural(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` opens its sentence as a plural noun, capitalised only there
    ("Figures released by the office showed")."""
    return k == 0 and toks[k][_TEXT][1:].islower() and toks[k][_LOWER].endswith("s")


# Prepositions after a past participle that open its phrase inside a subject ("released after
# trading", "conducted at a base", "run by the guild"); not "to" ("seemed to have found").
_REDUCED_RELATIVE_LINKS = PLACE_PREPOSITIONS | frozenset("by from with for after over".split())


def _finite_report(verb: _Tok) -> bool:
    """Whether a reporting verb is in a finite form that may follow its subject: a past form
    or one in "-s" ("said", "showed", "finds"), not a participle or a bare form that is also a
    noun ("warning", "report")."""
    word = verb[_LOWER]
    return word in IRREGULAR_PAST_REPORTING or word.endswith(("ed", "s"))


def _names_next(t: _Tok) -> bool:
    """Whether token ``t``, after "called", opens a name: a quote or a capitalised word."""
    return t[_TEXT] in _QUOTES_OPEN or (t[_TEXT][0].isupper() and not _is_pronoun(t[_TEXT]))


def _agrees(noun: _Tok, verb: _Tok) -> bool:
    """Whether ``noun`` is a source noun that can be the subject of ``verb``: a singular noun
    takes "projects", not "project" ("a sister project" is a compound noun)."""
    if not _is_source_noun(noun[_LOWER]):
        return False
    return verb[_LOWER].endswith("s") or noun[_LOWER].endswith("s")


def _name_in_s(word: _Tok, verb: _Tok) -> bool:
    """Whether ``word``, in "'s" right before ``verb``, is a name ending so ("Dalton's said",
    "Marlow's says"), not a possessive: the verb is never a noun or adjective, and the word is
    capitalised and no contraction."""
    return (
        verb[_LOWER] in VERB_ONLY_REPORTING_VERBS
        and word[_TEXT][0].isupper()
        and word[_LOWER][:-2] not in _CONTRACTED
    )


# Prepositions that may open a sentence with a phrase holding a restrictive relative clause.
_FRONTED_PREPOSITIONS = frozenset("among amongst of for in from with out".split())


def _relative_in_fronted_phrase(toks: list[_Tok], pronoun: _Tok | None) -> bool:
    """Whether ``pronoun`` is "who" or "which" opening a restrictive relative clause inside
    a phrase that a preposition opens the sentence or its content clause with ("Among riders
    who said ...", "Of the 45% who said ...", "found that out of 900 riders who thought ..."),
    no comma before it."""
    if pronoun is None or pronoun[_LOWER] not in ("who", "which") or not toks:
        return False
    k = _index(toks, pronoun)
    if k < 2 or any(t[_TEXT] in ",;" for t in toks[:k]):
        return False
    if toks[0][_LOWER] in _FRONTED_PREPOSITIONS:
        return True
    that = next((j for j in range(k - 1, 0, -1) if toks[j][_LOWER] == "that"), None)
    return that is not None and that + 1 < k and toks[that + 1][_LOWER] in _FRONTED_PREPOSITIONS


def _fronted_clause_opener(toks: list[_Tok], np: list[_Tok]) -> str:
    """The word opening the sentence (past an opening quote or bracket) right before the
    subject ``np`` ("When the ministry said ...", "As the report noted, ..."), in lower case;
    else "". Within the sentence ("..., while Baghdad said ...") a comma after the clause may
    still be part of what was said ("..., up from 30")."""
    first = _index(toks, np[0])
    if first == 1 or (first == 2 and toks[0][_TEXT] in _FRONT_MARKS):
        return toks[first - 1][_LOWER]
    return ""


def _elided_subject(toks: list[_Tok], j: int, claims: list[tuple[int, int]]) -> list[_Tok]:
    """The subject of a verb coordinated by token ``j`` ("and", "but") with an earlier one:
    the phrase opening the clause both verbs share ("The firm cut prices and said ...", "He
    declined to comment but said ...", "... when the team held up a chart and said ..."), past
    an introductory phrase set off by a comma ("In May, the firm ..."). A clause opens at the
    sentence's start, after a semicolon or at a subordinator; "that" opens none, as the first
    verb is more often a reporting verb with its content than a subject's own clause."""
    # Looked for within a bounded reach, which keeps a run of "... and said ..." linear: a
    # subject further back is left unfound.
    lo = j - _ELIDED_SUBJECT_REACH
    start = 0
    comma = False  # a comma between: a subordinate clause before it has ended
    for k in range(j - 1, max(lo, 0) - 1, -1):
        word = toks[k][_LOWER]
        if word == ";" or (word in SUBORDINATORS and not comma):
            start = k + 1
            break
        if word in COORDINATORS and k and (toks[k - 1][_TEXT] == "," or word == "but"):
            # "..., but Ms Lee has kept a count and said ...": a clause of its own; "but"
            # opens one with no comma too ("... 9 pct but Vik dealers were bolder")
            start = k + 1
            break
        comma = comma or (word == "," and k < j - 1)
    else:
        if lo > 0:
            return []  # no clause start within reach
    dash = next((k for k in range(start, min(j, start + 8)) if toks[k][_TEXT] in _DASHES), None)
    if dash is not None and toks[start][_TEXT].isupper():
        start = dash + 1  # "OSLO, May 4 - Nordic Air reported ...": past the dateline
    if start < j and toks[start][_LOWER] in COORDINATORS:
        start += 1  # "But he also spoke ...": the sentence opens with a link word
    opener = toks[start][_LOWER] if start < j else ""
    if (
        opener in INTRODUCTORY_OPENERS
        or opener in SUBORDINATORS
        or (opener.endswith("ing") and start == 0)
        or (opener.endswith("ly") and start + 1 < j and toks[start + 1][_TEXT] == ",")
    ):  # "In May, the firm ...", "When prices rose, the firm ...", "Asked why, the firm ...",
        # "Eventually, the firm ..."
        intro_end = next((k for k in range(start + 1, j) if toks[k][_TEXT] == ","), None)
        if intro_end is None:
            return []
        start = intro_end + 1
    if start >= j:
        return []
    if toks[start][_LOWER] in SUBJECT_PRONOUNS or toks[start][_LOWER] == "it":
        return [toks[start]]
    np = _np_forward(toks, start, claims, allow_in=True)
    # Read forward, the phrase runs on into the first verb ("The firm cut prices"): it ends
    # before a word after its head that can only be a verb or an auxiliary ("Ms Ruiz visited
    # Oslo", "The firm also ..."), and at its last name or source noun.
    led = False  # a subject by its position before the verb, whatever its head
    for n in range(1, len(np)):
        if _verb_after_head(np, n):
            # a subject that acts ("decried the plan"), not one described ("isn't going to")
            verb = np[n][_LOWER]
            led = (
                verb not in AUXILIARIES
                and not verb.endswith(("n't", "n’t"))
                and _led_subject(np[:n])
            )
            del np[n:]
            if not (led or _may_head_source(np[-1]) or _may_head_by_shape(np)):
                return []  # "The firm's sales rose ...": its head is no source
            break
    while not led and np and (np[-1][_LOWER] in DETERMINERS or not _may_head_source(np[-1])):
        if _may_head_by_shape(np):
            break  # "The vintners raised prices, saying ...": a subject by its shape
        np.pop()
    if not np:
        return []
    end = _index(toks, np[-1])
    # Right before the coordinator, the phrase is the first of two coordinated phrases
    # ("Dry weather and reported crop damage"), not the subject of two verbs; and a subject
    # has its verb next, or an appositive ("Almost all of them ..." has neither).
    # A lone capital opening the sentence may be any word ("Heavy rain and projected ..."):
    # only a verb after it shows it is a name.
    lone = end == 0 and len(np) == 1
    after = end + 1 + _time_adverbial_length(toks, end + 1)  # "The council on Monday cut ..."
    return np if after < j and _may_follow_subject(toks[after], verb_only=lone) else []


_TIME_PREPOSITIONS = frozenset("on in last this next earlier".split())
_TIME_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset("week weekend month year night morning afternoon evening".split())
)


def _time_adverbial_length(toks: list[_Tok], k: int) -> int:
    """The number of tokens of a time adverbial at token ``k`` ("on Monday", "last week", "in
    May"), or 0."""
    if (
        k + 1 < len(toks)
        and toks[k][_LOWER] in _TIME_PREPOSITIONS
        and (toks[k + 1][_TEXT] in _TIME_WORDS or toks[k + 1][_LOWER] in _TIME_WORDS)
    ):
        return 2
    return 0


def _may_head_by_shape(np: list[_Tok]) -> bool:
    """Whether a subject phrase the lexicon does not know can still be a source by its shape:
    a plural common noun led by "the", with at most one word between ("The vintners", "the
    local vintners"), whose head can speak (not a time word, an amount or another of
    ``NOT_SOURCE_HEADS``)."""
    head = np[-1][_TEXT]
    return (
        2 <= len(np) <= 3
        # "the vintners", or a name or a sentence's first word before the plural ("Harbour
        # pilots", "Vik vintners")
        and (np[0][_LOWER] == "the" or (len(np) == 2 and np[0][_TEXT].istitle()))
        # "the local vintners", "the Vik vintners"; not "The company disputes", a verb read on
        and not any(
            (_may_head_source(t) and t[_TEXT].islower()) or not t[_TEXT].isalpha() for t in np[1:-1]
        )
        and head.islower()
        and head.isalpha()
        and head.endswith("s")
        and not head.endswith("ss")
        and head not in NOT_SOURCE_HEADS
        and head not in FUNCTION_WORDS
    )


def _led_subject(np: list[_Tok]) -> bool:
    """Whether a clause's opening phrase is a subject by its position and shape whatever its
    head, for a verb of speech that shares it ("The harbour lobby decried the levy, saying
    ...", "The Vik quango met and said ..."): led by "the", "a" or "an", its head a lowercase
    word that can speak (not a time word, an amount or another of ``NOT_SOURCE_HEADS``)."""
    head = np[-1][_TEXT]
    return (
        len(np) >= 2
        and np[0][_LOWER] in ("the", "a", "an")
        and head.isalpha()
        and head.islower()
        and np[-1][_LOWER] not in NOT_SOURCE_HEADS
        and np[-1][_LOWER] not in FUNCTION_WORDS
        and not head.endswith("ly")
    )


def _may_head_source(t: _Tok) -> bool:
    """Whether a subject phrase ending in ``t`` can be a source: a name, a person or a body or
    document noun."""
    return _is_name_word(t) or _is_source_head(t[_LOWER])


def _is_source_head(word: str) -> bool:
    """Whether ``word`` is a person, body or document noun that can head a source phrase."""
    return word in SOURCE_NOUNS or _is_person_head(word)


def _verb_after_head(np: list[_Tok], n: int) -> bool:
    """Whether token ``n`` of a phrase read forward is a verb ending the subject: a lowercase
    past form, finite verb or auxiliary after a word other than a determiner or connector,
    and not a participle before "by" ("Ms Ruiz visited", not "the elected council" nor
    "firms led by Ana Ruiz")."""
    t = np[n]
    word = t[_LOWER]
    before = np[n - 1][_LOWER]
    return (
        t[_TEXT].islower()
        and (word.endswith(("ed", "n't", "n’t")) or word in FINITE_VERBS or word in AUXILIARIES)
        and before not in DETERMINERS
        and before not in NP_CONNECTORS
        and not (n + 1 < len(np) and np[n + 1][_LOWER] == "by")
    )


def _may_follow_subject(t: _Tok, *, verb_only: bool = False) -> bool:
    """Whether ``t`` can come right after a subject: a verb, an auxiliary or a comma, or with
    ``verb_only`` off any lowercase word that opens no phrase of its own ("cut", not "all")."""
    word = t[_LOWER]
    if (
        word == ","
        or word in AUXILIARIES
        or word in FINITE_VERBS
        or word in REPORTING_VERBS
        or word.endswith(("n't", "n’t"))
    ):
        return True
    if not (t[_TEXT].islower() and t[_TEXT][0].isalpha()):
        return False
    if verb_only:
        return word.endswith(("ed", "s"))
    return word not in NP_BREAKERS and word not in DETERMINERS


def _verb_follows(toks: list[_Tok], k: int) -> bool:
    """Whether a reporting verb comes next, past at most two auxiliaries ("has found")."""
    for t in toks[k : k + 3]:
        if t[_LOWER] in REPORTING_VERBS:
            return True
        if t[_LOWER] not in AUXILIARIES:
            return False
    return False


_PERSONAL_SUBJECTS = _CLAUSE_PRONOUNS - {"i"}  # the subject pronouns, "it" among them, but "I"


def _may_hang_on_figure(verb: _Tok, pronoun: _Tok | None) -> bool:
    """Whether a subject and ``verb`` may form a reduced relative on a figure before them: a
    noun phrase, or a personal pronoun before a verb of speech ("21 ports it said had been
    flooded"; "300 inmates it judged were at risk" describes them, and the sentence's
    own cue stands)."""
    if pronoun is None:
        return True
    return pronoun[_LOWER] in _PERSONAL_SUBJECTS and (
        verb[_LOWER] in MANNER_SPEECH_VERBS or verb[_LOWER] in FIGURE_VERBS
    )


def _past_counted_noun(words: list[_Tok]) -> list[_Tok]:
    """The source in the words after a figure in a reduced relative: a name after the
    lowercase noun the figure counts ("21 states Vik said were": Vik), else all of them ("9
    officials said were": officials)."""
    if words[0][_TEXT].islower():
        for n, t in enumerate(words):
            if t[_TEXT][:1].isupper():
                return words[n:]
    return words


def _relative_head(
    toks: list[_Tok], np: list[_Tok], claims: list[tuple[int, int]]
) -> tuple[tuple[int, int], list[_Tok]] | None:
    """For a cue in a reduced relative clause, the claim the clause hangs on and the source:
    the claim right before the subject, past a relativiser ("9 that Reuters said", "9 of whom
    Reuters said"), or a claim the subject phrase opens with ("9 officials said were")."""
    if len(np) > 1 and np[0][_LOWER] in RELATIVISERS:
        np = np[1:]  # "9 that some analysts said were": "that" opens the clause
    for p in range(len(np) - 2, -1, -1):
        if _in_claim(np[p], claims):
            if p + 1 < len(np):
                return _claim_of(np[p], claims), _past_counted_noun(np[p + 1 :])
            break
    b = _index(toks, np[0]) - 1
    if (
        len(np) == 1
        and np[0][_LOWER] in _PERSONAL_SUBJECTS
        and b >= 1
        and toks[b][_TEXT].isalpha()
        and toks[b][_TEXT].islower()
        and not _in_claim(toks[b], claims)  # "the 90 mln crowns she says is": the claim's own
    ):
        b -= 1  # "21 ports it said had been flooded": past the noun the figure counts
    elif np[0][_LOWER] in DETERMINERS and _counted_noun_at(toks, b, claims):
        b -= 1  # "the 40 jobs the union said were at risk"
    if b >= 0 and toks[b][_LOWER] in RELATIVISERS:
        b -= 1
        if b >= 1 and toks[b][_LOWER] == "of" and toks[b + 1][_LOWER] in ("whom", "which"):
            b -= 1
        elif _plain_word_at(toks, b, claims):
            b -= 1  # "five bars that officials say a man visited", "the 4,000 tally that"
    if b < 0 or not _in_claim(toks[b], claims):
        return None
    head = _claim_of(toks[b], claims)
    return (head, np) if head[1] == toks[b][_END] else None


def _plain_word_at(toks: list[_Tok], b: int, claims: list[tuple[int, int]]) -> bool:
    """Whether token ``b``, not the first, is a lowercase word, no function word and in no
    claim: a noun a figure before it may count."""
    return (
        b >= 1
        and toks[b][_TEXT].isalpha()
        and toks[b][_TEXT].islower()
        and toks[b][_LOWER] not in FUNCTION_WORDS
        and not _in_claim(toks[b], claims)
    )


def _counted_noun_at(toks: list[_Tok], b: int, claims: list[tuple[int, int]]) -> bool:
    """Whether token ``b`` is the noun the figure right before it counts ("40 jobs")."""
    return _plain_word_at(toks, b, claims) and _in_claim(toks[b - 1], claims)


_AGENT_AUXILIARIES = _BE_FORMS | frozenset("has have had will would".split())
_PASSIVE_AUXILIARIES = 3  # "will have been reported by"


def _passive_agent_cue(
    text: str, index: int, toks: list[_Tok], i: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """Spec 3.2, a narrow cue: a figure's noun phrase followed by a reporting participle and
    its agent ("the 7% dip predicted by analysts", "a deficit of $4bn forecast by the
    Vik fund") gives that figure, and only it, the agent as source."""
    verb = toks[i]
    if not claims or verb[_LOWER] not in _AGENT_VERBS or i + 1 >= len(toks) or i == 0:
        return None
    by = _agent_by(toks, i + 1)
    if by is None:
        return None
    j = i - 1  # past the auxiliaries of a passive: "40 fires have been reported by"
    while j > 0 and i - j <= _PASSIVE_AUXILIARIES and toks[j][_LOWER] in _AGENT_AUXILIARIES:
        j -= 1
    figure = next(
        (toks[k] for k in range(j, max(-1, j - _AGENT_REACH), -1) if _in_claim(toks[k], claims)),
        None,
    )
    if figure is None or any(
        t[_TEXT] in _CLAUSE_OPENERS or t[_LOWER] in DETERMINERS
        for t in toks[_index(toks, figure) : i]
    ):
        return None  # "..., 12%, expected by", "double the total reported by": another phrase
    np = _agent_phrase(_np_forward(toks, by + 1, claims, allow_in=False))
    if (
        not np
        or np[0][_TEXT] in _TIME_NAMES  # "expected by June": a time, no agent
        or any(c.isdigit() for t in np for c in t[_TEXT])
        or not (_looks_like_source(np) or _is_name(np) or _shaped_like_source(np, None, verb, []))
    ):
        return None
    claim = _claim_of(figure, claims)
    return Cue(
        _span(text, verb[_START], verb[_END]),
        _span(text, np[0][_START], np[-1][_END]),
        _kind(np),
        index,
        "narrow",
        claim[0],
        claim[1],
        rule="passive-agent",
    )


def _agent_phrase(np: list[_Tok]) -> list[_Tok]:
    """The agent without a last "and" and one lowercase word that is no plural noun ("less
    than the 38.2% forecast by brokers and down from ..."), or an adverb of time after it
    ("announced by rival Vik earlier in the week"): the sentence goes on there."""
    if len(np) > 2 and np[-2][_LOWER] == "and":
        last = np[-1][_TEXT]
        if last.islower() and not last.endswith("s"):
            return np[:-2]
    if len(np) > 1 and np[-1][_LOWER] in _TIME_ADVERBS:
        return np[:-1]
    return np


# Words of when or where a participle's act took place, between it and its "by": "reported
# Thursday from Lund County by".
_AGENT_SETTING_WORDS = frozenset("on in from at last this".split())
_AGENT_SETTING_REACH = 5


def _agent_by(toks: list[_Tok], k: int) -> int | None:
    """The index of the "by" of a participle's agent from ``k`` on: right there, or after when
    or where it took place (a day, "on", "in" or "from" and capitalised words); else None."""
    for j in range(k, min(k + _AGENT_SETTING_REACH + 1, len(toks))):
        word = toks[j]
        if word[_LOWER] == "by":
            return j
        if not (
            word[_TEXT] in _TIME_NAMES
            or word[_LOWER] in _AGENT_SETTING_WORDS
            or (word[_TEXT][:1].isupper() and word[_TEXT].isalpha() and j > k)
        ):
            return None
    return None


def _claim_of(t: _Tok, claims: list[tuple[int, int]]) -> tuple[int, int]:
    return claims[bisect.bisect_right(claims, (t[_END], t[_END])) - 1]


# What may open the figure after "put X at" besides digits or a currency sign: a hedge's first
# word ("about", "more than"), a number or magnitude word, or an article ("a third").
_FRAME_FIGURE_OPENERS = (
    frozenset(h.split()[0] for h in HEDGES)
    | frozenset(NUMBER_WORDS)
    | frozenset(MAGNITUDE_WORDS)
    | frozenset(w.split()[0] for w in APPROXIMATE_QUANTITIES)
    | {"a", "an", "between"}
)


def _opens_figure(t: _Tok) -> bool:
    """Whether token ``t`` may open a figure: digits, a currency sign or one of
    ``_FRAME_FIGURE_OPENERS``."""
    return t[_TEXT][0].isdigit() or t[_TEXT][0] in "$£€¥" or t[_LOWER] in _FRAME_FIGURE_OPENERS


def _reports_content(
    text: str, verb: _Tok, toks: list[_Tok], content: int, *, clause: bool = False
) -> bool:
    """Whether what follows a verb that also names an action is reported content: for
    "recalled", "added", "claimed" a content clause ("that", a quote, or a clause with its
    own verb), not a bare object ("recalled 80 cars"); for "put" the frame "put X at N".
    ``clause`` asks every verb for a content clause."""
    frame = None if clause else FRAME_VERBS.get(verb[_LOWER])
    if frame is None and verb[_LOWER] not in CLAUSE_VERBS and not clause:
        return True
    if text[content : content + 1] in _QUOTES_OPEN:
        return True
    k = _first_tok(toks, content)
    if k is None:
        return False
    if frame is None and (
        toks[k][_LOWER] in ("that", ":")
        or (toks[k][_LOWER] == "to" and verb[_LOWER] in TO_CLAUSE_VERBS)
        # "wrote on the page that ...": where, then what
        or (verb[_LOWER] in MANNER_SPEECH_VERBS and _that_after_phrase(toks, k))
        or _time_then_that(toks, k)  # "ruled in 2011 that": when, then what
    ):
        return True
    window = toks[k : k + _CLAUSE_REACH]
    for n, t in enumerate(window):
        if t[_TEXT] in _CLAUSE_STOPS:
            return False
        nxt = window[n + 1] if n + 1 < len(window) else None
        if t[_TEXT] == ",":
            if nxt is not None and nxt[_LOWER] in RELATIVISERS:
                # "admitted poor kicking from Reed, who missed six penalties, had cost them":
                # a relative set off inside the subject; "recalled 80 cars, which ..." ends
                return _verb_after_set_off(toks, k + n + 1)
            if nxt is not None and nxt[_LOWER] in ("and", "but"):
                return False  # "recalled 80 cars, and ...": the object ends
            if n and nxt is not None and (nxt[_LOWER] in DETERMINERS or nxt[_LOWER] in PRONOUNS):
                # "had sent two notes to the board, this aide said": after the object,
                # another clause's subject
                return False
            continue
        if frame is not None:
            if t[_LOWER] == frame and nxt is not None and _opens_figure(nxt):
                return True  # "put the toll at 1,200", not "put 300 homes at risk"
            continue
        if t[_TEXT].islower() and t[_LOWER] in FINITE_VERBS:
            return True  # not "in May"
        if n == 0 and nxt is not None and _opens_clause(t, nxt):
            return True  # "claimed it shot down", "added he would"
        if n > 0 and t[_LOWER] in RELATIVISERS:
            return False  # "recalled 80 cars that were faulty"
        prev = window[n - 1] if n else None
        if (
            prev is not None
            and t[_TEXT].islower()
            and t[_LOWER].endswith("ed")
            and (
                prev[_TEXT][:1].isupper() or prev[_LOWER] in PRONOUNS or prev[_LOWER] in AUXILIARIES
            )
        ):
            return True  # "added Ecuador also wanted ...": a subject and its verb
        if (
            prev is not None
            and n <= 3
            and _past_after_subject(window[n - 2] if n > 1 else None, prev, t)
        ):
            return True  # "added the storm cost £40m", "added about 3,000 homes lost power"
        if clause and n == 2 and prev and nxt and _verb_of_clause(window[0], prev, t, nxt):
            # "and said the guild completed 2,800 repairs": a second verb of speech, its
            # content's own subject and verb
            return True
    return False


# Words that open an object after a verb: what follows a clause's verb, not a participle's.
_OBJECT_OPENERS = frozenset("a an the its their his her about some nearly almost more over".split())


def _verb_of_clause(first: _Tok, noun: _Tok, t: _Tok, nxt: _Tok) -> bool:
    """Whether ``t``, a lowercase word in "-ed" after a determiner and a noun ("the agency
    completed"), is that subject's verb: a figure or an object's opening word follows it."""
    return (
        first[_LOWER] in DETERMINERS
        and noun[_TEXT].isalpha()
        and noun[_TEXT].islower()
        and noun[_LOWER] not in FUNCTION_WORDS
        and t[_TEXT].islower()
        and t[_LOWER].endswith("ed")
        and (nxt[_TEXT][0].isdigit() or nxt[_TEXT][0] in "$£€¥" or nxt[_LOWER] in _OBJECT_OPENERS)
    )


def _verb_after_phrase(toks: list[_Tok], k: int) -> bool:
    """Whether a finite verb or a past form follows the bare noun after the preposition at
    ``k``: the phrase ends a subject ("notes in use fell"), not a verb's adjunct
    ("notes in its report that ...", "calls for a deal in which ...", "calls for revenue to
    top")."""
    if k + 2 >= len(toks):
        return False
    noun, verb = toks[k + 1], toks[k + 2]
    return (
        noun[_TEXT].isalpha()
        and noun[_TEXT].islower()
        and noun[_LOWER] not in FUNCTION_WORDS
        and verb[_TEXT].islower()
        and (verb[_LOWER] in FINITE_VERBS or verb[_LOWER] in PAST_FORMS)
    )


def _verb_after_topic(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is "on" or "of" opening a topic of up to three words ("on metro
    home prices", "of job losses") and a verb follows it: the words before were a noun phrase,
    the subject of that verb ("calls for" and "claims in" go on with a verb's adjunct)."""
    if k >= len(toks) or toks[k][_LOWER] not in ("on", "of"):
        return False
    for j in range(k + 1, min(k + 5, len(toks))):
        word = toks[j]
        if (
            j > k + 1
            and word[_TEXT].islower()
            and (
                word[_LOWER] in FINITE_VERBS
                or word[_LOWER] in PAST_FORMS
                or (word[_LOWER] in REPORTING_VERBS and word[_LOWER].endswith("s"))
            )
        ):
            return True
        if not word[_TEXT].isalpha() or word[_LOWER] in FUNCTION_WORDS:
            return False
    return False


def _verb_after_set_off(toks: list[_Tok], rel: int) -> bool:
    """Whether the relative opened at ``toks[rel]`` is closed by a comma and a finite verb
    follows it: the relative was set off inside a content clause's subject ("Reed, who missed
    six penalties, had been decisive"), not added to an object ("80 cars, which were faulty")."""
    for m in range(rel + 1, min(rel + _CLAUSE_REACH, len(toks) - 1)):
        if toks[m][_TEXT] in _CLAUSE_STOPS:
            return False
        if toks[m][_TEXT] == ",":
            nxt = toks[m + 1]
            return nxt[_TEXT].islower() and nxt[_LOWER] in FINITE_VERBS
    return False


def _past_after_subject(before: _Tok | None, noun: _Tok, t: _Tok) -> bool:
    """Whether ``t`` is a past form without "-ed" right after a subject opening what follows
    the verb: a determiner or a figure and a noun ("the storm cost", "about 3,000 homes
    lost"), or a bare plural (``before`` None: "sales rose"). A clause with its own verb, not
    an object ("-ed" forms there are participles as often: "an initial prorated dividend",
    "24 hours compared to")."""
    if not (
        t[_TEXT].islower()
        and (t[_LOWER] in IRREGULAR_PAST or t[_LOWER] in PAST_FORMS)
        and noun[_TEXT].islower()
        and noun[_TEXT].isalpha()
    ):
        return False
    if (
        noun[_LOWER].endswith("ing")
        and t[_LOWER] in PAST_FORMS
        and noun[_LOWER] not in FUNCTION_WORDS
    ):
        return True  # "added mortgage lending rose": a noun in "-ing" and its verb of change
    if before is None:
        return noun[_LOWER].endswith("s") and noun[_LOWER] not in FUNCTION_WORDS
    return before[_LOWER] in DETERMINERS or before[_TEXT][0].isdigit()


def _figure_found(
    verb: _Tok, toks: list[_Tok], content: int, claims: list[tuple[int, int]]
) -> bool:
    """Whether a finding verb's object opens with a figure ("found a 60% rise", "recorded 40
    cases"), past one article."""
    if verb[_LOWER] not in FINDING_VERBS or not claims:
        return False
    k = _first_tok(toks, content)
    if k is not None and toks[k][_LOWER] in ("only", "just") and k + 1 < len(toks):
        k += 1  # "forecast only a gain of nine pct"
    if k is not None and toks[k][_LOWER] in ("a", "an") and k + 1 < len(toks):
        k += 1
    if k is None:
        return False
    if _in_claim(toks[k], claims):
        return True
    # "predicted a rise of four pct", "forecast growth of 3 pct": a noun and "of" before it
    for m in (k + 1, k + 2):
        if m + 1 < len(toks) and toks[m][_LOWER] == "of":
            return _in_claim(toks[m + 1], claims) and all(
                t[_TEXT].isalpha() and t[_TEXT].islower() for t in toks[k:m]
            )
    return False


def _opens_clause(t: _Tok, nxt: _Tok) -> bool:
    """A subject pronoun opening a content clause: "he would", "it shot" (not "it as")."""
    if t[_LOWER] in SUBJECT_PRONOUNS:
        return True
    return t[_LOWER] == "it" and nxt[_TEXT].islower() and nxt[_LOWER] not in _NOT_CLAUSE_VERBS


def _is_document_np(np: list[_Tok]) -> bool:
    """Whether a source phrase names a document or dataset: its head noun, before any "of",
    "by" or "from" ("a report by the UN", "figures from the ministry", "the census")."""
    part = [t for t in _head_part(np) if t[_TEXT][0].isalnum()]
    while (
        len(part) > 1
        and part[-1][_TEXT].islower()
        and part[-1][_LOWER] not in SOURCE_NOUNS
        and part[-1][_LOWER].endswith(("ed", "en", "wn"))
    ):
        part.pop()  # "an internal email seen (by X)": the noun the participle follows
    return bool(part) and part[-1][_LOWER].removesuffix("'s") in _DOCUMENT_NOUNS


def _past_hearer(
    text: str, verb: _Tok, toks: list[_Tok], pos: int, claims: list[tuple[int, int]]
) -> int:
    """``pos`` (the verb's end past adverbials) moved past the hearer of a verb that takes one
    as its object or after "to", and the adverbials after it ("told reporters on Monday",
    "told me", "wrote to 40 families")."""
    k = _first_tok(toks, pos)
    if verb[_LOWER] in TO_HEARER_VERBS and k is not None and toks[k][_LOWER] == "to":
        pos = toks[k][_END]  # "has written to three of the men telling them": the hearers
        k = _first_tok(toks, pos)
    elif verb[_LOWER] not in OBJECT_VERBS:
        return pos
    if k is not None and toks[k][_LOWER] != "that":
        k = _past_a_count(toks, k, claims)  # "told about 500 traders that": the audience's size
        if k < len(toks) and toks[k][_LOWER] == "of":
            k += 1  # "told two of the traders": a part of the audience
        obj = _np_forward(toks, k, claims, allow_in=False) if k < len(toks) else []
        if obj:
            pos = obj[-1][_END]
    return _skip_adverbials(text, pos)


def _past_a_count(toks: list[_Tok], k: int, claims: list[tuple[int, int]]) -> int:
    """The index of the first token at or after ``k`` past a count and its hedge that open a
    phrase ("about 500 traders", "more than 40 staff"); ``k`` when no count opens it."""
    j = k
    while j < len(toks) and toks[j][_LOWER] in _HEDGE_FIRSTS and not _in_claim(toks[j], claims):
        j += 1
    if j < len(toks) and _in_claim(toks[j], claims):
        while j < len(toks) and _in_claim(toks[j], claims):
            j += 1
        return j
    return k


def _content_start(
    text: str, verb: _Tok, toks: list[_Tok], pos: int, s_end: int, claims: list[tuple[int, int]]
) -> int | None:
    """Where the reported content starts after a verb, or None when the verb ends the clause;
    ``pos`` is the verb's end moved past adverbials and its hearer (``_past_hearer``)."""
    first = _non_space_at(text, pos, s_end)
    if first == s_end:
        return None
    rest = text[first]
    if rest in _QUOTE_OPENING_FIRST:
        opener = _QUOTE_OPENING.match(text, first, s_end)
        if opener:
            return opener.end() - 1  # 'he said: "We ...': the quote is the content
    if rest == ",":
        set_off = _SET_OFF_ADVERBIAL.match(text, verb[_END], s_end)
        if set_off is None or set_off.end() == s_end:
            return None
        k = _first_tok(toks, set_off.end())
        if k is not None and toks[k][_LOWER] in FINITE_VERBS:
            return None  # "The forecast, however, was ...": a noun, and the verb is next
        return set_off.end()  # "said, however, that ...": the content follows the aside
    if rest == ":":
        after = _non_space_at(text, first + 1, s_end)
        return after if _clause_opens(text, after, s_end) else None
    if rest in ".;!?)”\"'’—–-":
        return None
    if verb[_LOWER] in MANNER_SPEECH_VERBS and _closing_phrase(toks, first, s_end, claims):
        return None  # '"...," Ms Vik wrote on the page.': where she wrote it, not what
    return pos


_CLAUSE_OPENING = regex.compile(r"[\p{Ll}\d$£€¥]|\p{Lu}[\p{L}'’.-]*+[ \t]++\p{Ll}")


def _clause_opens(text: str, pos: int, s_end: int) -> bool:
    """Whether a clause opens at ``pos``, after a verb's colon: a lowercase word, a figure, or
    a capitalised word and a lowercase one ("said: Vik was among the 41"); not a list of
    names ("reported: United States (1.4 million), Russia ...", a label's fields)."""
    return pos < s_end and _CLAUSE_OPENING.match(text, pos, s_end) is not None


_CLOSING_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("to via through from for".split())
_CLOSING_REACH = 8  # words of a phrase that closes a cue's sentence


def _closing_phrase(
    toks: list[_Tok], first: int, s_end: int, claims: list[tuple[int, int]]
) -> bool:
    """Whether what follows a verb of speech from ``first`` is a prepositional phrase that
    closes its sentence, words only ("wrote on the page", "wrote to the county board"): where
    or to whom it was said, not content, so the verb closes a report before it."""
    k = _first_tok(toks, first)
    if k is None or toks[k][_LOWER] not in _CLOSING_PREPOSITIONS:
        return False
    words = 0
    for n in range(k + 1, len(toks)):
        t = toks[n]
        if t[_START] >= s_end:
            break
        if t[_TEXT] in _SENTENCE_CLOSERS:
            # the phrase ends here, and nothing but closers may follow in the sentence
            return words > 0 and all(
                u[_TEXT] in _SENTENCE_CLOSERS for u in toks[n:] if u[_START] < s_end
            )
        words += 1
        if (
            words > _CLOSING_REACH
            or not t[_TEXT].isalpha()
            or t[_LOWER] in FINITE_VERBS
            or t[_LOWER] == "that"
            or (claims and _in_claim(t, claims))
        ):
            return False
    return words > 0


def _that_after_phrase(toks: list[_Tok], k: int) -> bool:
    """Whether a prepositional phrase of words at ``k`` is followed by "that" ("on the page
    that", "to the county board that"): the content clause comes after where it was given."""
    if toks[k][_LOWER] not in _CLOSING_PREPOSITIONS:
        return False
    for t in toks[k + 1 : k + 2 + _CLOSING_REACH]:
        if t[_LOWER] == "that":
            return True
        if not t[_TEXT].isalpha() or t[_LOWER] in FINITE_VERBS:
            return False
    return False


_SENTENCE_CLOSERS = frozenset(".!?\"”’'")


def _appositive_subject(toks: list[_Tok], comma: int, claims: list[tuple[int, int]]) -> list[_Tok]:
    """The subject of "Attallah Shabazz, the daughter of X, recalled", "Kestrel, Norway's
    second-largest ferry line, reported", "The Vik Fund, VF, said": the name before the
    appositive or short form; of "Its chief executive, Ana Ruiz, said": the name set off after
    its title. Empty when the comma closes a quote or a clause instead (an inverted cue)."""
    if comma == 0 or not (toks[comma - 1][_TEXT][0].isalnum() or _abbreviation_at(toks, comma - 3)):
        return []  # "X, a unit of Delta Inc (DLT.N), said": the ticker ends the appositive
    appositive = _np_backward(toks, comma - 1, claims)
    if not appositive:
        return []
    first = _index(toks, appositive[0])
    noun_of = False  # "Lund Oil, part of the Vik group, said": a bare noun and "of" open it
    if first >= 3 and toks[first - 1][_LOWER] == "of" and toks[first - 2][_LOWER] == "one":
        first -= 2  # "Beacon Mutual, one of the biggest U.S. boat insurers, said"
    elif first >= 4 and toks[first - 1][_LOWER] == "of" and toks[first - 3][_TEXT] == ",":
        noun = toks[first - 2]
        noun_of = (
            noun[_TEXT].isalpha()
            and noun[_TEXT].islower()
            and noun[_LOWER] not in FUNCTION_WORDS
            and not noun[_LOWER].endswith(("ing", "ed", "ly"))
        )
        if noun_of:
            first -= 2
    opener = toks[first][_LOWER]
    adverb = first >= 3 and _is_adverb(toks[first - 1]) and toks[first - 2][_TEXT] == ","
    if adverb:
        first -= 1  # "Ed Lund, now a city councillor, said", "X, formerly the chief, said"
    elif (
        len(appositive) > 1
        and _is_adverb(appositive[0])
        and (appositive[1][_TEXT][:1].isupper() or appositive[1][_LOWER] in DETERMINERS)
    ):
        adverb = True  # read with the phrase: "Vik Oil, formerly Lund Petroleum, said"
        opener = appositive[1][_LOWER]
    if first < 2 or toks[first - 1][_TEXT] != ",":
        return []
    before = _np_backward(toks, first - 2, claims)
    if (
        not before
        # a title's head known by its shape opens the clause too: "The page's creator, Ann Vik,"
        or not (_looks_like_source(before) or _is_title_head(_head_word(before)))
        or _is_participle_phrase(before)
    ):
        return []  # "The growers' petition, lodged in Vik, the county town, said": two asides
    if (
        adverb  # "Vik Oil, formerly Lund Petroleum, said": no list takes an adverb
        or noun_of
        or opener in DETERMINERS
        or opener == "one"
        or any(t[_LOWER].endswith(("'s", "’s")) for t in appositive[:-1])
        or (len(appositive) == 1 and _is_acronym(appositive[0][_TEXT]) and _is_name(before))
    ):
        return before  # also "Vik Oil, Lund Petroleum's parent, said"
    start = _index(toks, before[0])
    opens_clause = start == 0 or toks[start - 1][_TEXT] in _CLAUSE_OPENERS
    if opens_clause and len(appositive) == 1 and _is_name(appositive) and _ends_in_place(before):
        # "Police in Mill Creek, Idaho, said": one name set off after a place is its region
        return before + toks[first - 1 : first + 1]
    if (
        _is_name(appositive)
        and not any(_in_claim(t, claims) for t in appositive)
        and opens_clause
        # A title has a person or body for head; after a name ("Ana Lee of Mill Creek, Idaho"), a
        # document ("a study in Tulare County, Idaho") or another noun ("a concern
        # based in Bergen, Norway") the name set off is a place.
        and _is_title_head(_head_word(before))
    ):
        return appositive  # the title opens the clause: "Its chief executive, Ana Ruiz, said"
    if (
        opens_clause
        and _is_name(before)
        and appositive[0][_TEXT][:1].isupper()
        and all(t[_TEXT][:1].isupper() or t[_LOWER] in _TITLE_LINKS for t in appositive)
        and len(_head_part(appositive)) < len(appositive)
    ):
        return before  # a capitalised title after the name: "Ali Khan, Chairman of the Board,"
    if opens_clause and _is_name(before) and _is_name_title(appositive, claims):
        return before  # "Jo Reed, Lund chairman, said", "Jo Reed, Treasury Secretary, said"
    return []


def _is_name_title(np: list[_Tok], claims: list[tuple[int, int]]) -> bool:
    """Whether an appositive with no determiner is a title qualified by a name: the name, then
    a bare title ("Lund chairman", "Vorn Gallery chief executive"), or two or more
    capitalised words ("Treasury Secretary"). No list takes that shape before a verb: a list
    of names joins its last item with "and"."""
    if not np[0][_TEXT][:1].isupper() or any(t[_LOWER] in ("and", "&", "or") for t in np):
        return False
    k = 1
    while k < len(np) and np[k][_TEXT][:1].isupper():
        k += 1
    if k == len(np):
        return k >= 2 and _is_name(np) and _no_verb_nor_figure(np, claims)
    return _is_bare_title(np[k:], claims) and _no_verb_nor_figure(np[:k], claims)


_TITLE_LINKS = NP_CONNECTORS | DETERMINERS  # "Chairman of the Prices Board"


def _is_adverb(t: _Tok) -> bool:
    """Whether a word is an adverb that may open an appositive before its noun phrase: one of
    the adverbs that stand between a subject and its verb ("now", "once", "also"), or a
    lowercase word in "-ly" ("formerly", "currently")."""
    return t[_LOWER] in _VERB_ADVERBS or (t[_TEXT].islower() and t[_LOWER].endswith("ly"))


def _ends_in_place(np: list[_Tok]) -> bool:
    """Whether the phrase ends in a name after a link word ("Police in Mill Creek", "a study
    in Marin County", "Ana Lee of Vik")."""
    for t in reversed(np):
        if not t[_TEXT][0].isupper():
            return t[_LOWER] in _HEAD_LINKS and t is not np[-1]
    return False


def _interrupted_subject(
    text: str, toks: list[_Tok], comma: int, claims: list[tuple[int, int]], verb: _Tok
) -> list[_Tok]:
    """The subject of "X, who heads the agency, said", "X, 61, said", "X, chief economist at
    the bank, said", "the survey, conducted in May, found", "the firm, in a statement, said":
    a source phrase opening its clause, cut from its verb by a comma-set interruption (a
    relative clause, an age, a participle phrase, a title or an adverbial). Empty otherwise,
    and the verb may still be inverted ("..., said the minister"). Two interruptions may
    follow each other ("X, 52, a retired nurse, said")."""
    opening = _interruption_opening(text, toks, comma, claims)
    if opening is None:
        return []
    subject = _subject_before(toks, opening, claims, verb)
    if not subject:
        earlier = _interruption_opening(text, toks, opening, claims)  # "X, 52, a nurse, said"
        if earlier is not None:
            subject = _subject_before(toks, earlier, claims, verb)
    return subject


# Prepositions after a participle that make a phrase of it, not a noun ("filed in", "run by").
_PARTICIPLE_LINKS = frozenset("in by at on to from with for under".split())


def _is_participle_phrase(np: list[_Tok]) -> bool:
    """Whether a phrase read back from a comma opens with a participle and its preposition
    ("lodged in the county court in Vik"): an interruption itself, not a subject."""
    return (
        len(np) > 1
        and np[0][_TEXT].islower()
        and np[0][_LOWER].endswith(("ed", "ing"))
        and np[1][_LOWER] in _PARTICIPLE_LINKS
    )


def _subject_before(
    toks: list[_Tok], opening: int, claims: list[tuple[int, int]], verb: _Tok
) -> list[_Tok]:
    """The source phrase opening its clause right before the comma at ``opening``, which opens
    an interruption, as the subject of ``verb``; else empty. A phrase the lexicon does not know
    is taken by its shape, as one right before the verb is ("The abacist, which ..., said")."""
    subject = _np_backward(toks, opening - 1, claims)
    if not subject:
        return []
    if _is_participle_phrase(subject):
        return []  # "lodged in the county court in Vik": a participle phrase, itself set off
    k = _index(toks, subject[0])
    if not (
        _looks_like_source(subject)
        or _is_name(subject)
        or _shaped_like_source(subject, toks[k - 1] if k else None, verb, claims)
    ):
        return []
    if any(_in_claim(t, claims) for t in _head_part(subject)):
        # "300 homes in the county, which ...": a figure heads it ("a poll of 900 voters" has
        # one after its head)
        return []
    before = _index(toks, subject[0]) - 1
    if before >= 0 and not (
        toks[before][_TEXT] in _CLAUSE_OPENERS or toks[before][_LOWER] in INTERRUPTED_CLAUSE_LINKS
    ):
        return []  # "300 homes in the county, which lies ..., said": not a clause's subject
    if before >= 1 and toks[before][_TEXT] == "," and not _is_name(subject):
        # "Scott Butler, chief officer of Acme, which runs ..., said": the name, not the title
        name = _np_backward(toks, before - 1, claims)
        if (
            name
            and (_is_name(name) or (subject[0][_LOWER] in ("a", "an") and _looks_like_source(name)))
            and not any(_in_claim(t, claims) or t[_TEXT] in _TIME_NAMES for t in name)
        ):
            # "A group led by Vik Felt Inc, a unit of Lund Mills, a rope maker, said": an
            # indefinite phrase set off after a source describes it
            return name
    return subject


def _interruption_opening(
    text: str, toks: list[_Tok], comma: int, claims: list[tuple[int, int]]
) -> int | None:
    """The index of the comma opening an interruption that the comma at ``comma`` closes (or
    the dash opening one a dash closes), when the words between can stand between a subject
    and its verb; else None."""
    marks: Collection[str] = (",",)
    if toks[comma][_TEXT] in _DASHES:
        marks = _DASHES
        comma = _dash_run_start(toks, comma)  # "--" is two tokens
    lo = max(0, comma - _MAX_INTERRUPTION - 1)
    opening = next((k for k in range(comma - 1, lo - 1, -1) if toks[k][_TEXT] in marks), None)
    while opening is not None and _place_comma(toks, opening):
        # "Vik Felt Inc, a Lundby, N.J. rope maker, said": the comma of a place inside it
        opening = next((k for k in range(opening - 1, lo - 1, -1) if toks[k][_TEXT] in marks), None)
    listed = False  # whether the interruption is a relative clause holding a list
    if opening is not None and marks is not _DASHES:
        widened = _relative_over_list(toks, opening, comma, lo)
        listed, opening = widened != opening, widened
    if opening is None:
        return None
    inner = opening + 1  # the first word inside; the opening is the first mark of its run
    if marks is _DASHES:
        opening = _dash_run_start(toks, opening)
    if opening == 0 or inner == comma:
        return None
    if not all(
        _may_interrupt(toks, k) or (listed and toks[k][_TEXT] == ",") for k in range(inner, comma)
    ):
        return None
    if not _is_interruption(text, toks, toks[inner:comma], claims):
        return None
    return opening


def _relative_over_list(toks: list[_Tok], opening: int, comma: int, lo: int) -> int:
    """The comma opening a relative clause that holds a list ("X, which represents crews of
    Lund, Oslo and 17 other lines, says"): the list's commas stand between it and the comma
    that closes the clause, the last item joined with "and" or "or". Else ``opening``."""
    if toks[opening + 1][_LOWER] in RELATIVISERS or not any(
        t[_LOWER] in ("and", "or") for t in toks[opening + 1 : comma]
    ):
        return opening
    k = opening
    while True:
        k = next((j for j in range(k - 1, lo - 1, -1) if toks[j][_TEXT] in ",;:"), -1)
        if k < 0 or toks[k][_TEXT] != ",":
            return opening
        nxt = toks[k + 1]
        if nxt[_LOWER] in RELATIVISERS and nxt[_LOWER] != "that":
            return k
        if not (nxt[_TEXT][:1].isupper() or nxt[_TEXT][:1].isdigit()):
            return opening  # a list's items are names or figures


def _place_comma(toks: list[_Tok], k: int) -> bool:
    """Whether the comma at ``k`` parts a town from its region's abbreviation ("Lundby,
    N.J.", "Vik, Calif."): a capitalised word before it, an abbreviation and its period after."""
    return (
        0 < k < len(toks) - 2
        and toks[k][_TEXT] == ","
        and toks[k - 1][_TEXT][0].isupper()
        and _is_abbreviation(toks[k + 1][_TEXT])
        and toks[k + 2][_TEXT] == "."
    )


def _dash_run_start(toks: list[_Tok], k: int) -> int:
    """The first of the dash tokens written together with the one at ``k`` ("--")."""
    while k > 0 and toks[k - 1][_TEXT] in _DASHES and toks[k - 1][_END] == toks[k][_START]:
        k -= 1
    return k


def _is_pronoun(word: str) -> bool:
    """A pronoun that may stand for a source ("he", "they", "which"); "WHO" is a name."""
    return word.lower() in PRONOUNS and not _is_acronym(word)


def _is_acronym(word: str) -> bool:
    """A word in capitals, a name however it reads in lower case ("WHO", "IS")."""
    return len(word) > 1 and word.isupper()


def _is_abbreviation(word: str) -> bool:
    """A capitalised word short enough to be an abbreviation before its period ("Dr", "Inc",
    "Nov", "Corp", "U.S")."""
    letters = word.replace(".", "")
    return letters.isalpha() and word[0].isupper() and len(letters) <= 4


# Marks that may stand inside an interruption: apostrophes, the signs of a figure ("Ana Ruiz,
# who runs a $40 million fund, said") and the quote marks of a name ('which include the "Fair
# Pay" campaign').
_INTERRUPTION_MARKS = frozenset("'’$£€¥%\"“”")


def _may_interrupt(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` may stand in an interruption: a word, an apostrophe or a figure's
    sign, the period of an abbreviation ("Dr.", "Inc.") or part of a bracketed word after a
    name ("(DLT.N)", "<VOG>")."""
    word = toks[k][_TEXT]
    if word[0].isalnum() or word in _INTERRUPTION_MARKS:
        return True
    if word == ".":
        return _is_abbreviation(toks[k - 1][_TEXT])
    if word == ",":
        return _place_comma(toks, k)  # "a Lundby, N.J. rope maker"
    if word == "(":
        return _abbreviation_at(toks, k)
    if word == ">":
        return _bracketed_name_at(toks, k) >= 0  # "a unit of Vik Oil Inc <VOG>"
    if word == "<":
        return any(
            toks[j][_TEXT] == ">" and _bracketed_name_at(toks, j) == k
            for j in range(k + 2, min(len(toks), k + 2 + _MAX_BRACKETED))
        )
    return word == ")" and _abbreviation_at(toks, k - 2)


_APPOSITIVE_OPENERS = frozenset("a an the its his her their".split())


def _is_interruption(
    text: str, toks: list[_Tok], inner: list[_Tok], claims: list[tuple[int, int]]
) -> bool:
    """Whether the words between two commas can stand between a subject and its verb."""
    first = inner[0]
    if first[_LOWER] in ("who", "which", "whose", "where"):
        return True  # a non-restrictive relative clause: "Chile, where the drought began, reported"
    if len(inner) == 1 and first[_TEXT].isdigit() and len(first[_TEXT]) <= 3:
        return True  # an age: "Mark Lee, 61, said"
    lead = _participle_lead(inner, claims)
    participle = inner[lead] if lead < len(inner) else first
    if participle[_TEXT].islower() and (
        participle[_LOWER].endswith(("ed", "ing")) or participle[_LOWER] in PARTICIPLES
    ):
        # "conducted in May", "run by Hamas", "speaking in Geneva", "wholly owned by Vik", "90
        # pct owned by Vik"; with a finite verb after it, the first word was one too ("...,
        # died in May and is survived by ..., said X")
        return not any(t[_TEXT] in FINITE_VERBS for t in inner[lead + 1 :])
    if _skip_adverbials(text, first[_START]) >= inner[-1][_END]:
        return True  # "in a statement", "on Monday"
    if len(inner) == 1 and first[_LOWER] in SENTENCE_ADVERBS:
        return True  # "Larchmont Tools, meanwhile, said"
    if first[_LOWER] in _INTERRUPTING_PREPOSITIONS and len(inner) > 1:
        # "Vik Media, in a series of filings over three weeks, has said": a place or time
        # phrase, unless a verb makes it a clause ("..., in March prices rose, said X")
        return not any(t[_TEXT] in FINITE_VERBS for t in inner[1:])
    if first[_LOWER] in _APPOSITIVE_OPENERS and len(inner) > 1:
        # "Tamsin, a lettings firm with 3,000 flats in the north, said", "Nordbank, the lender
        # that is buying its rival, said": an appositive too long or clausal to read as a
        # phrase. A finite verb with no relativiser before it makes a clause ("..., the queue
        # has grown, said X")
        for t in inner:
            if t[_LOWER] in RELATIVISERS or t[_LOWER] == "whose":
                return True
            if t[_TEXT] in FINITE_VERBS:
                return False
        return True
    if first[_LOWER] in _COMPANY_LINKS and len(inner) > 1:
        # "Coalition members, like Mr Vik, have said", "Lund, along with two economists, says":
        # who else holds the view; a finite verb makes a clause. Not "and", which ends lists
        return not any(t[_TEXT] in FINITE_VERBS for t in inner[1:])
    if first[_LOWER] in _AFFILIATION_LINKS and len(inner) > 1 and _names_a_body(inner[1:], claims):
        return True  # "Ana Ruiz, of Vik Harbour Securities, said": who the speaker is with
    if first[_TEXT].islower() and first[_LOWER] not in DETERMINERS:
        # a title without a determiner: "chief economist at the bank"
        phrase = _np_backward(toks, _index(toks, inner[-1]), claims)
        if phrase and phrase[0] is first:
            head = next((t for t in phrase if t[_LOWER] in _HEAD_LINKS), None)
            words = phrase[: phrase.index(head)] if head is not None else phrase
            if words and words[-1][_LOWER] in PERSON_NOUNS:
                return True
        return _is_bare_title(inner, claims)
    return _is_capitalised_title(toks, inner, claims)


def _is_capitalised_title(
    toks: list[_Tok], inner: list[_Tok], claims: list[tuple[int, int]]
) -> bool:
    """Whether the words between two commas are a title opening with a capital and going on
    with where its holder works ("CEO at Marlow Clinic in northern Vik", "Head of Audit
    for the Vik region"): one phrase, read back from its end to its first word, with a link
    word after that word and no verb nor figure; a list's item has no such link."""
    first = inner[0]
    if not first[_TEXT][:1].isupper() or first[_LOWER] in DETERMINERS or len(inner) < 3:
        return False
    if not any(t[_LOWER] in _HEAD_LINKS for t in inner[1:-1]):
        return False
    phrase = _np_backward(toks, _index(toks, inner[-1]), claims)
    return bool(phrase) and phrase[0] is first and _no_verb_nor_figure(inner, claims)


_AFFILIATION_LINKS = frozenset("of from at with".split())
# Words that open a phrase naming who else holds a subject's view ("like", "along with").
_COMPANY_LINKS = frozenset("like unlike alongside along together".split())
# Prepositions that may open a place or time phrase between a subject and its verb.
_INTERRUPTING_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("over after before".split())


# Adverbs of time that may stand before a participle opening an interruption.
_TIME_ADVERBS = frozenset("earlier later previously recently also".split())


def _participle_lead(inner: list[_Tok], claims: list[tuple[int, int]]) -> int:
    """How many words of an interruption stand before a participle that may follow them: an
    adverb in "-ly" ("wholly owned by"; not "mainly including", a list), an adverb of time
    ("earlier reporting") or a share ("90 pct owned by"); 0 for none."""
    if (
        len(inner) > 1
        and inner[0][_TEXT].islower()
        and inner[0][_LOWER].endswith("ly")
        and not inner[1][_LOWER].endswith("ing")
    ):
        return 1
    if len(inner) > 1 and inner[0][_LOWER] in _TIME_ADVERBS and inner[0][_TEXT].islower():
        return 1  # "Vik Corp, earlier reporting a loss, said": a time, not a list's "mainly"
    k = 0
    while claims and k < len(inner) - 1 and _in_claim(inner[k], claims):
        k += 1
    return k


def _names_a_body(words: list[_Tok], claims: list[tuple[int, int]]) -> bool:
    """Whether the words after "of" in an interruption name a body by shape: a name, or a
    determiner-led phrase holding one ("Vik Harbour Securities", "the Vik Institute for Fiscal
    Studies"), with no verb nor figure in it."""
    opens = words[0][_TEXT][0].isupper() or (
        words[0][_LOWER] in DETERMINERS and len(words) > 1 and words[1][_TEXT][0].isupper()
    )
    return opens and _no_verb_nor_figure(words, claims)


def _no_verb_nor_figure(words: list[_Tok], claims: list[tuple[int, int]]) -> bool:
    """Whether ``words`` hold no finite verb, auxiliary nor figure: a phrase, not a clause."""
    return not any(
        # case kept: a capitalised "May" or "Will" inside a phrase is a month or a name
        t[_TEXT] in FINITE_VERBS or t[_TEXT] in AUXILIARIES or (claims and _in_claim(t, claims))
        for t in words
    )


_MAX_TITLE_HEAD = 4  # words of a title before its link word: "deputy chief operating officer"


def _is_bare_title(inner: list[_Tok], claims: list[tuple[int, int]]) -> bool:
    """Whether the words between two commas are a title without a determiner ("chief economist
    at the bank", "deputy warden of barge traffic at the Vik Grain Board"), by
    shape: plain lowercase words up to the first link word ("and" may join two: "chairman and
    founder"), none an adverb nor a function word, the last a noun, and after it no verb nor
    figure: a phrase, not a clause. Titles the lexicon knows are read before this."""
    words: list[_Tok] = []
    for t in inner:
        if t[_LOWER] in _HEAD_LINKS:
            break
        words.append(t)
    conjuncts = " ".join(t[_LOWER] for t in words).split(" and ")
    if not words or max(len(c.split()) for c in conjuncts) > _MAX_TITLE_HEAD:
        return False  # each title of "deputy warden and senior harbour pilot" counts alone
    head = words[-1][_LOWER]
    if (
        any(
            not t[_TEXT].isalpha()
            or not t[_TEXT].islower()
            or (t[_LOWER] in FUNCTION_WORDS and t[_LOWER] != "and")
            or t[_LOWER].endswith("ly")
            for t in words
        )
        or words[0][_LOWER] == "and"
        or head.endswith(("ing", "ed"))
        or head in AUXILIARIES
        or head in NOT_SOURCE_HEADS
    ):
        return False
    return _no_verb_nor_figure(inner, claims)


# A rank before "in" ("sits 87th in the rankings", "came third in the poll")
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)|" + alternation(ORDINAL_WORDS))


def _setting_cue(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    i: int,
    claims: list[tuple[int, int]],
) -> Cue | None:
    np = _np_backward(toks, i, claims, stop_at_preposition=True)
    if not np:
        return None
    first = _index(toks, np[0])
    if first == 0 or toks[first - 1][_LOWER] not in ("in", "on", "by"):
        return None
    if np[0][_TEXT] in _TIME_NAMES:
        return None  # "on Sunday released data": a date, then a clause
    if toks[first - 1][_LOWER] == "on" and toks[i][_LOWER] == "table":
        return None  # "an offer of $5 a share on the table": under talks, no document
    if toks[first - 1][_LOWER] == "on" and any(_is_time_possessive(t) for t in np):
        return None  # "up 25% on last year's figures": the base a change is measured from
    fronted = first == 1 and i + 1 < len(toks) and toks[i + 1][_TEXT] == ","
    if toks[i][_LOWER] in FRONTED_SETTING_NOUNS and not fronted:
        return None  # "rose to six in the chart": where a record stands, not a setting
    if (
        toks[i][_LOWER] in MEASURED_SETTING_NOUNS
        and not fronted
        and not any(
            t[_LOWER].endswith(("'s", "’s")) or t[_LOWER] in POSSESSIVE_DETERMINERS for t in np
        )
    ):
        return None  # "a 38 point fall in the Vik Jones index": what moved, not a setting
    k = i + 1
    if k < len(toks) and toks[k][_LOWER] in PERSON_NOUNS:
        return None  # "a report by the audit office": the noun is not the phrase's head
    if k < len(toks) and _modifies_next(toks[k]):
        return None  # "the league season", "a poll tax": the noun modifies the head after it
    if k < len(toks) and toks[k][_LOWER] in ("of", "by", "from"):
        tail = _np_forward(toks, k + 1, claims, allow_in=False)
        if tail:
            np = np + [toks[k]] + tail
    if (
        np[0][_LOWER] not in ("the",)
        and not any(t[_TEXT][:1].isupper() for t in np)
        and not any(t[_LOWER].endswith(("'s", "’s")) for t in np)
    ):
        return None  # "in a report" with no owner is no setting
    prep = toks[first - 1]
    scope = (_clause_start(text, s_start, prep[_START]), _clause_end(text, np[-1][_END], s_end))
    if first >= 2 and _ORDINAL.fullmatch(toks[first - 2][_LOWER]):
        # "sits 87th in the rankings": what the setting gives before it is the rank, no claim;
        # it sets only what follows ("came third in the poll with 12%"), and with nothing
        # there it is no cue, nor a report that goes on into the next sentence
        scope = (np[-1][_END], scope[1])
        if not any(scope[0] <= start < scope[1] for start, _ in claims):
            return None
    return _document_cue(text, index, prep, np, scope, "setting")


def _is_time_possessive(t: _Tok) -> bool:
    """Whether ``t`` is a time's possessive ("last year's", "a month's")."""
    return _is_possessive(t) and t[_LOWER][: -_possessive_suffix(t)] in _TIME_WORDS


def _document_cue(
    text: str, index: int, cue: _Tok, np: list[_Tok], scope: tuple[int, int], rule: str
) -> Cue:
    """The cue of a document the figures of a clause stand in or are given by: ``cue``, the
    preposition or verb; ``np``, the document's phrase, its source; ``scope``, the clause."""
    return Cue(
        cue=_span(text, cue[_START], cue[_END]),
        source=_span(text, np[0][_START], np[-1][_END]),
        kind=_kind(np),
        sentence=index,
        direction="clause",
        scope_start=scope[0],
        scope_end=scope[1],
        rule=rule,
    )


def _poll_giving_cue(
    text: str, index: int, s_end: int, toks: list[_Tok], i: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """A poll that gives its figures as a verb's subject ("The Vik poll gives the Greens 36
    pct, Labour 30 pct", "A new poll gave the Tories a 92 seat majority"): the poll's phrase,
    led by a determiner or a name and not after a preposition, is the source of the clause
    after the verb. Else None."""
    timed = _after_poll_time(toks, i + 1)
    j = _after_poll_phrase(toks, timed)
    phrase = toks[timed:j]  # words describing the poll, part of its name ("a poll for the Sun")
    if j < len(toks) and toks[j][_LOWER].endswith("ly"):
        j += 1  # "the poll clearly gives"
    if j >= len(toks) or toks[j][_LOWER] not in POLL_GIVING_VERBS:
        return None
    np = _np_backward(toks, i, claims, stop_at_preposition=True)
    if not np or not (np[0][_LOWER] in DETERMINERS or np[0][_TEXT][:1].isupper()):
        return None
    first = _index(toks, np[0])
    word_before = toks[first - 1][_LOWER] if first else ""
    if word_before in FUNCTION_WORDS and word_before not in COORDINATORS:
        return None  # "in a poll gave ...": no subject
    verb = toks[j]
    scope = (verb[_END], _clause_end(text, verb[_END], s_end))
    return _document_cue(text, index, verb, [*np, *phrase], scope, "poll-gives")


_POLL_PHRASE_REACH = 6  # words of a phrase describing a poll, read for its giving verb


def _after_poll_phrase(toks: list[_Tok], j: int) -> int:
    """The giving verb after a phrase describing the poll ("a poll for the breakfast
    programme gave"): words only, no mark between; else ``j``, unchanged."""
    if j >= len(toks) or toks[j][_LOWER] not in POLL_PHRASE_PREPOSITIONS:
        return j
    for k in range(j + 1, min(len(toks), j + 1 + _POLL_PHRASE_REACH)):
        word = toks[k][_LOWER]
        if word in POLL_GIVING_VERBS:
            return k
        if not word[:1].isalnum():
            break
    return j


def _after_poll_time(toks: list[_Tok], j: int) -> int:
    """Past a time phrase at ``j`` after a poll's noun ("last month", "on Sunday",
    "yesterday"): the index after it, else ``j``."""
    if j >= len(toks):
        return j
    word = toks[j][_LOWER]
    if word in ("yesterday", "today"):
        return j + 1
    if j + 1 < len(toks) and (
        (word in ("last", "this") and toks[j + 1][_LOWER] in TIME_UNITS)
        or (word in ("on", "in") and toks[j + 1][_TEXT] in _TIME_NAMES)
    ):
        return j + 2
    return j


def _covered(found: list[Cue], tok: _Tok) -> bool:
    """Whether a cue found so far covers the token."""
    return any(c.scope_start <= tok[_START] < c.scope_end for c in found)


_OWNER_POSSESSIVES = frozenset("its their".split())
_OWN_ESTIMATE_REACH = 4  # words between "its" and the noun: "its 1987 growth forecast"


def _own_estimate_cue(
    text: str,
    index: int,
    s_start: int,
    s_end: int,
    toks: list[_Tok],
    i: int,
    claims: list[tuple[int, int]],
) -> Cue | None:
    """'The bank revised its shortfall estimate to 250 mln stg', 'Institutes cut their
    forecasts to 2 pct': a body's own estimate, changed or kept by that body, gives the
    figures after it. The source is the subject of the verb before "its" (a verb by its shape,
    or a common past form), read as a reporting verb's subject is."""
    p = i - 1
    while p > 0 and toks[p][_LOWER] not in _OWNER_POSSESSIVES:
        word = toks[p][_LOWER]
        if i - p > _OWN_ESTIMATE_REACH or word in NP_BREAKERS:
            return None
        if not word.replace("-", "").isalnum():
            return None  # "its estimate" within one phrase: no punctuation between
        p -= 1
    if p < 2 or toks[p][_LOWER] not in _OWNER_POSSESSIVES:
        return None
    verb = toks[p - 1]
    if not (_frame_verb(verb) or verb[_LOWER] in IRREGULAR_PAST or verb[_LOWER] in ("cut", "cuts")):
        return None
    subject = _verb_subject(text, s_start, toks, p - 1, claims, False)
    if subject is None or not subject[0]:
        return None
    np, pronoun = subject[0], subject[1]
    # by its shape too, as a reporting verb's subject is: "The abacist revised its estimate"
    if _shape_only(np, pronoun) and not _fits_by_shape(s_start, toks, np, verb, claims):
        return None
    src = np if pronoun else _source_after_by(np)
    noun = toks[i]
    return Cue(
        cue=_span(text, noun[_START], noun[_END]),
        source=_span(text, src[0][_START], src[-1][_END]),
        kind="named" if pronoun else _kind(src),
        sentence=index,
        direction="clause",
        scope_start=noun[_END],
        scope_end=_clause_end(text, noun[_END], s_end),
        rule="own-estimate",
    )


_ESTIMATE_OF_REACH = 4  # words between "of" and the figure: "of a record two billion stg"


def _estimate_of_cue(
    text: str, index: int, toks: list[_Tok], i: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """'below analysts' expectations of 190,000', 'its first projection of 14.5 bn
    crowns', 'against a spring estimate of 12%': a reckoning's noun, then "of" or "for"
    and its figure. The source is the owner: a possessive before the noun ("the bank's", "its")
    or the words modifying it ("IMF prediction"); with none, the noun phrase, vague."""
    figure = _figure_after_of(toks, i, claims)
    if figure is None:
        return None
    src, kind = _reckoning_owner(toks, i, claims)
    # it covers its one figure (narrow): its sentence is otherwise one without a cue (carry)
    start, end = next((c for c in claims if c[0] <= figure[_START] < c[1]), (0, 0))
    return Cue(
        cue=_span(text, toks[i][_START], toks[i][_END]),
        source=_owner_span(text, src),
        kind=kind,
        sentence=index,
        direction="narrow",
        scope_start=start,
        scope_end=end,
        rule="estimate-of",
    )


def _reckoning_owner(
    toks: list[_Tok], i: int, claims: list[tuple[int, int]]
) -> tuple[list[_Tok], SourceKind]:
    """The owner of the reckoning whose noun is at ``i`` and its kind: a possessive before the
    noun ("the bank's", "its") or the words modifying it ("IMF prediction"); with none, the
    noun phrase, vague."""
    first = _estimate_phrase_start(toks, i, claims)
    owner = toks[first]
    kind: SourceKind
    if owner[_LOWER] in POSSESSIVE_DETERMINERS:
        src, kind = [owner], "named"  # "its", the body the text is about
    elif _is_possessive(owner) and owner[_LOWER][: -_possessive_suffix(owner)] not in _TIME_WORDS:
        k = first  # "the South African government's": the owner's name and its article
        while k > 0 and toks[k - 1][_TEXT][0].isupper() and _may_own(toks[k - 1], claims):
            k -= 1
        if k > 0 and toks[k - 1][_LOWER] in DETERMINERS:
            k -= 1
        src = toks[k : first + 1]
        kind = _kind(src)
    else:
        # A name right before the noun owns it ("last spring's first Vik Fund prediction");
        # else no one does ("market expectations", "a spring estimate"). Lowercase words are
        # taken only after a determiner: "beat analyst expectations" has a verb before.
        k = i
        while (
            k > first
            and toks[k - 1][_TEXT][0].isupper()
            and not _is_possessive(toks[k - 1])
            and toks[k - 1][_LOWER] not in DETERMINERS  # "The forecast" opening a sentence
        ):
            k -= 1
        if k == i and owner[_LOWER] in DETERMINERS:
            k = first
        src = toks[k : i + 1]
        named = k < i and toks[k][_TEXT][0].isupper() and toks[k][_LOWER] not in DETERMINERS
        kind = _kind(src) if named else "vague"
    return src, kind


def _owner_span(text: str, src: list[_Tok]) -> Span:
    """The span of an owner's tokens; a possessive's without its "'s" ("the Vik government")."""
    source_end = src[-1][_END]
    if _is_possessive(src[-1]):
        source_end -= _possessive_suffix(src[-1])
    return _span(text, src[0][_START], source_end)


def _estimates_range_cue(
    text: str, index: int, s_end: int, toks: list[_Tok], i: int, claims: list[tuple[int, int]]
) -> Cue | None:
    """Reckonings as the subject of a verb of spread ("Estimates of the repair bill range from
    £2m to £5m", "Analysts' forecasts for the year varied widely from ..."): the figures of the
    clause after the verb are those reckonings', whose owner is the source (a possessive or a
    name before the noun), else the noun phrase, vague. The noun opens its clause, past a
    determiner and modifiers, and has no figure of its own before the verb. Else None."""
    j = i + 1
    if j < len(toks) and toks[j][_LOWER] in ("of", "for"):
        # the topic: words up to the verb, no verb or figure among them
        k = j + 1
        while k < len(toks) and k - j <= _RANGE_TOPIC_REACH:
            t = toks[k]
            if t[_LOWER] in SPREAD_VERBS or not t[_TEXT][0].isalnum() or _in_claim(t, claims):
                break
            if t[_LOWER] in FINITE_VERBS or t[_LOWER] in AUXILIARIES:
                return None
            k += 1
        j = k
    if j >= len(toks) or toks[j][_LOWER] not in SPREAD_VERBS:
        return None
    verb = toks[j]
    if j + 1 < len(toks) and toks[j + 1][_LOWER].endswith("ly"):
        j += 1  # "estimates vary widely"
    if j + 1 >= len(toks) or not (
        toks[j + 1][_LOWER] in SPREAD_LINKS or _in_claim(toks[j + 1], claims)
    ):
        return None  # "in the double-digit range compares with": a noun
    src, kind = _reckoning_owner(toks, i, claims)
    first = min(_estimate_phrase_start(toks, i, claims), _index(toks, src[0]))
    before = toks[first - 1] if first else None
    if before is not None and before[_TEXT][0].isalnum() and before[_LOWER] not in COORDINATORS:
        return None  # "a rise on estimates ranging from": the noun is not the clause's subject
    # the spread the verb gives, up to a comma ("ranged from 2 to 3 mln, down from ...": what
    # follows compares it with other figures)
    end = _clause_end(text, verb[_END], s_end)
    comma = text.find(",", verb[_END], end)
    scope = (verb[_END], end if comma == -1 else comma)
    if not any(scope[0] <= start < scope[1] for start, _ in claims):
        return None
    return Cue(
        cue=_span(text, verb[_START], verb[_END]),
        source=_owner_span(text, src),
        kind=kind,
        sentence=index,
        direction="clause",
        scope_start=scope[0],
        scope_end=scope[1],
        rule="estimates-range",
    )


_RANGE_TOPIC_REACH = 8  # words of a reckoning's topic before its verb: "of the firm's net income"


def _figure_after_of(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> _Tok | None:
    """The first token of a figure after the noun at ``i`` and "of" or "for", with only
    words between ("of a record two billion stg"), not a clause ("for deaths is 59,000")."""
    if i + 2 >= len(toks) or toks[i + 1][_LOWER] not in ("of", "for"):
        return None
    for t in toks[i + 2 : i + 2 + _ESTIMATE_OF_REACH]:
        if _in_claim(t, claims):
            return t
        if not t[_TEXT][0].isalnum() or t[_LOWER] in FINITE_VERBS or t[_LOWER] in AUXILIARIES:
            return None
    return None


def _estimate_phrase_start(toks: list[_Tok], i: int, claims: list[tuple[int, int]]) -> int:
    """The first word of the phrase the noun at ``i`` heads: back over at most four modifiers
    to a determiner or a possessive, which it takes, or to a function word, which it does not."""
    first = i
    while first > 0 and i - first < _OWN_ESTIMATE_REACH:
        word = toks[first - 1]
        owns = word[_LOWER] in DETERMINERS or word[_LOWER] in POSSESSIVE_DETERMINERS
        if not owns and not _may_own(word, claims):
            break
        first -= 1
        if owns or _is_possessive(word):
            break
    return first


def _may_own(t: _Tok, claims: list[tuple[int, int]]) -> bool:
    """Whether ``t`` may be part of an owner's or modifier's phrase: a word, no function word
    or verb, no figure."""
    return (
        t[_TEXT][0].isalnum()
        and t[_LOWER] not in FUNCTION_WORDS
        and t[_LOWER] not in NP_BREAKERS
        and not _in_claim(t, claims)
    )


def _is_possessive(t: _Tok) -> bool:
    return t[_TEXT].endswith(_POSSESSIVE_ENDINGS) and t[_TEXT][0].isalpha()


def _possessive_suffix(t: _Tok) -> int:
    """The length of a possessive's ending: "'s" or a bare apostrophe ("analysts'")."""
    return 2 if t[_LOWER].endswith(("'s", "’s")) else 1


_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _modifies_next(nxt: _Tok) -> bool:
    """Whether a noun followed by ``nxt`` is a modifier in a compound ("poll tax", "league
    season", "survey team"): ``nxt`` is a plain lowercase word, not a function word, verb form
    or number."""
    word = nxt[_LOWER]
    return (
        nxt[_TEXT].islower()
        and word.replace("-", "").isalpha()
        and word not in FUNCTION_WORDS
        and word not in NP_CONNECTORS
        and word not in AUXILIARIES
        and word not in REPORTING_VERBS
        and word not in _RELATIVE_VERBS
        and not word.endswith(("ed", "ing", "ly"))
    )


def _abbreviation_period(toks: list[_Tok], k: int) -> bool:
    """A period glued to a capitalised word at a phrase's end, before the verb ("Acme Corp.
    said", "Vik N.V. said"): the segmenter did not end the sentence there, so it closes an
    abbreviation that ends a name. Mid-phrase ("the U.S. Officials said") it may be a missed
    sentence end, and ``_is_abbreviation`` decides."""
    if k + 1 == len(toks) or not toks[k + 1][_TEXT][0].isalpha():
        return False  # "a Vik, Calif., physician": a period before a comma ends no name
    before = toks[k - 1]
    return before[_END] == toks[k][_START] and before[_TEXT][:1].isupper()


# Hedges in words, as the lexicon spells them ("about", "more than", "at least").
_HEDGE_WORDS = frozenset(tuple(h.split()) for h in HEDGES if h.replace(" ", "").isalpha())
_MAX_HEDGE_WORDS = max(len(h) for h in _HEDGE_WORDS)
# The words hedges are made of ("about", "more", "than", "at", "least"), read before a count.
_HEDGE_FIRSTS = frozenset(w for h in _HEDGE_WORDS for w in h)


def _hedge_after_of(toks: list[_Tok], k: int, claims: list[tuple[int, int]]) -> int:
    """How many tokens ending at ``k`` make a hedge right after "of" ("of more than", "of
    about"), 0 if none: inside a source's phrase, before the count it is of."""
    if k <= 0 or _in_claim(toks[k], claims):
        return 0
    for n in range(_MAX_HEDGE_WORDS, 0, -1):
        if k - n >= 0 and toks[k - n][_LOWER] == "of":
            words = tuple(t[_LOWER] for t in toks[k - n + 1 : k + 1])
            if words in _HEDGE_WORDS:
                return n
    return 0


def _np_backward(
    toks: list[_Tok],
    j: int,
    claims: list[tuple[int, int]],
    stop_at_preposition: bool = False,
    limit: int = _MAX_NP,
) -> list[_Tok]:
    """The noun phrase ending at token ``j``, read leftwards, of at most ``limit`` tokens."""
    out: list[_Tok] = []
    k = j
    while k >= 0 and len(out) < limit:
        t = toks[k]
        word = t[_LOWER]
        if word in _COMPOUND_FIRSTS and (word, out[-1][_LOWER] if out else "") in NOUN_COMPOUNDS:
            out.append(t)  # "a think tank": the verb is part of the noun
            k -= 1
            continue
        run = _marked_run(toks, k, bool(out))
        if run:
            out += run
            k -= len(run)
            continue
        if not t[_TEXT][0].isalnum() and word != "&":  # an apostrophe, or the phrase's end
            if t[_TEXT] in ("'", "’") and out and k > 0 and toks[k - 1][_LOWER].endswith("s"):
                out.append(t)
                k -= 1
                continue
            break
        if k > 0 and not out and (before := _past_adjunct(toks, k)) < k:
            # "The firm on Friday formally announced", "A poll three weeks ago showed": an
            # adverb, a day or a time ago between the subject and its verb is no part of it
            k = before
            continue
        if k > 0 and out and _outside_phrase(toks, k):
            break  # "declined to address Sunday newspaper claims", "on Wednesday Prime ..."
        if claims and _in_claim(t, claims):  # no call in sentences without claims
            if out and out[-1][_TEXT][:1].isupper():
                break  # "34 Israel says": the number is not part of the name
            out.append(t)
            # "a poll of more than 9,000 riders": the count's hedge after "of" too
            hedge = _hedge_after_of(toks, k - 1, claims)
            out += toks[k - hedge : k][::-1]
            k -= 1 + hedge
            continue
        if word in NP_CONNECTORS or _on_after_head(toks, k):
            if stop_at_preposition and word in ("in", "by", "from"):
                break
            if not out or k == 0:
                break
            left = toks[k - 1]
            if word in ("and", "&") and not (
                left[_TEXT][:1].isupper()
                or left[_LOWER] in PERSON_NOUNS
                or left[_LOWER] in SOURCE_NOUNS
            ):
                break
            if not left[_TEXT][0].isalnum() or left[_LOWER] in NP_BREAKERS:
                break
            out.append(t)
            k -= 1
            continue
        if word in DETERMINERS:
            if not _relativiser_that(word, out):
                out.append(t)
            if not (word == "the" and _name_and_before(toks, k)):
                break
            k -= 1  # "the Farm Office and the Health Office": the first name too
            continue
        if (word in NP_BREAKERS and _breaks_phrase(t, k)) or (
            word in AUXILIARIES and t[_TEXT].islower()
        ):
            break
        out.append(t)
        k -= 1
    out.reverse()
    _trim_phrase_start(out)
    if out and not stop_at_preposition:
        # ``out`` is the run of tokens ending at ``j``: its first is at ``j + 1 - len(out)``
        return _extend_to_head(toks, out, j + 1 - len(out), claims, limit)
    return out


def _on_after_head(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k`` is "on" inside a source phrase: after a document's noun it gives
    its topic ("The figures on house sales suggest"), after people or a body the body they sit
    on or its topic ("Staff on the Vik panel said", "the Committee on Ferries")."""
    if toks[k][_LOWER] != "on" or k == 0:
        return False
    head = toks[k - 1][_LOWER]
    return head in _DOCUMENT_NOUNS or _is_person_head(head)


def _marked_run(toks: list[_Tok], k: int, inside: bool) -> list[_Tok]:
    """The tokens, read back from the mark at ``k``, of a run a source phrase keeps whole: an
    abbreviation's period, a bracketed abbreviation, a bracketed name or ticker, a
    politician's party and state; empty for none. ``inside``: the phrase has begun."""
    word = toks[k][_TEXT]
    if word == "." and k > 0:
        if _is_abbreviation(toks[k - 1][_TEXT]) if inside else _abbreviation_period(toks, k):
            return toks[k - 1 : k + 1][::-1]  # "the biggest U.S. boat insurers", "Vik Corp. said"
        return []
    if word == ")" and _abbreviation_at(toks, k - 2):
        return toks[k - 2 : k + 1][::-1]  # "the Office for National Statistics (ONS)"
    if word == ">" and (opening := _bracketed_name_at(toks, k)) >= 0:
        return toks[opening : k + 1][::-1]  # "<Vik Inc> said", "Vik Ltd <VIK.L> told"
    if word == ")" and _affiliation_at(toks, k - 3):
        return toks[k - 3 : k + 1][::-1]  # "Sen. Ann Lee (D-Calif.)": party and state
    return []


def _past_adjunct(toks: list[_Tok], k: int) -> int:
    """Where a phrase read back from a verb goes on past an adjunct of the verb that ends at
    ``k`` (``_adjunct_before_verb``, or a time ago: "three weeks ago"); ``k`` for none."""
    if toks[k][_LOWER] == "ago":
        n = k - 1
        if n < 1 or toks[n][_LOWER] not in TIME_UNITS:
            return k
        n -= 1
        while n >= 0 and (
            toks[n][_LOWER] in TIME_AGO_MODIFIERS
            or toks[n][_LOWER] in NUMBER_WORDS
            or toks[n][_TEXT].isdigit()
        ):
            n -= 1
        return n if n < k - 2 else k  # a count before the unit: "weeks ago" alone is no phrase
    if _adjunct_before_verb(toks, k):
        return k - (2 if toks[k][_TEXT] in _DAY_NAMES else 1)
    return k


def _trim_phrase_start(out: list[_Tok]) -> None:
    """Drop from a phrase read back from a verb what cannot open it: a connector, an
    apostrophe, or a time adverb or phrase opening the sentence ("Earlier today Ana Vik
    said", "Last week Vik Stores said", "Earlier this month the Lund board said")."""
    while out:
        if (
            out[0][_LOWER] in NP_CONNECTORS
            or out[0][_TEXT] in ("'", "’")
            or (out[0][_LOWER] in LEADING_TIME_ADVERBS and _subject_follows(out))
        ):
            out.pop(0)
        elif (
            len(out) > 2
            and out[0][_LOWER] in _TIME_PHRASE_LEADS
            and (out[1][_LOWER] in TIME_UNITS or out[1][_TEXT] in _TIME_WORDS)
            and _subject_follows(out[1:])
        ):
            del out[:2]  # "Last week", "this month", "next Tuesday"
        else:
            break


_TIME_PHRASE_LEADS = frozenset("last this next".split())


def _subject_follows(out: list[_Tok]) -> bool:
    """Whether what follows a leading time adverb in a phrase opens a subject by itself: a
    capitalised word or a determiner ("Earlier today Ana Vik"; not "Today programme")."""
    rest = next((t for t in out[1:] if t[_LOWER] not in LEADING_TIME_ADVERBS), None)
    return rest is not None and (rest[_TEXT][:1].isupper() or rest[_LOWER] in DETERMINERS)


def _adjunct_before_verb(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k``, right before a verb, is an adjunct of the verb: an adverb in "-ly"
    after a word that is no determiner ("The firm formally announced"; not "The family
    said"), or a day after the preposition that dates it ("on Friday")."""
    t, left = toks[k], toks[k - 1]
    if t[_TEXT] in _DAY_NAMES:
        return left[_LOWER] in _DATING_WORDS and k > 1
    return (
        t[_TEXT].isalpha()
        and t[_TEXT].islower()
        and t[_LOWER].endswith("ly")
        and t[_LOWER] not in LY_NOUNS
        and left[_TEXT][:1].isalnum()
        and left[_LOWER] not in DETERMINERS
        and left[_LOWER] not in FUNCTION_WORDS
    )


def _outside_phrase(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k``, read back from a verb, is outside the source phrase: the verb of an
    infinitive ("declined to address Sunday newspaper claims"), the noun of a sentence
    adverbial ("In contrast last month's census"), or a day after the preposition
    that dates the sentence ("on Wednesday Prime Minister Ana Lee said"; not in a name: "The
    Vik on Sunday poll")."""
    t, left = toks[k], toks[k - 1]
    if left[_LOWER] == "to":
        return t[_TEXT].isalpha() and t[_TEXT].islower() and t[_LOWER] not in DETERMINERS
    if (left[_LOWER], t[_LOWER]) in LINKING_PHRASES:
        return True  # "In contrast last month's census showed": a sentence adverbial
    if t[_TEXT] not in _DAY_NAMES or left[_LOWER] not in _DATING_WORDS:
        return False
    named = toks[k - 2] if k > 1 else None  # "Vik" of "The Vik on Sunday"
    return named is None or not (
        left[_TEXT].islower() and named[_TEXT][:1].isupper() and named[_LOWER] not in FUNCTION_WORDS
    )


_DAY_NAMES = frozenset(WEEKDAYS)
_DATING_WORDS = frozenset("on last this next since until by".split())


def _bracketed_name_at(toks: list[_Tok], k: int) -> int:
    """The index of the "<" that the ">" at ``k`` closes, around a name or a ticker of at
    most ``_MAX_BRACKETED`` tokens that opens with a capital ("<Vik Foods Inc>",
    "<VIK.L>"), as 1987 wire copy marks them; -1 when there is none."""
    for n in range(k - 2, max(-1, k - 2 - _MAX_BRACKETED), -1):
        text = toks[n][_TEXT]
        if text == "<":
            return n if toks[n + 1][_TEXT][:1].isupper() else -1
        if text == ">":
            return -1
    return -1


_MAX_BRACKETED = 12  # "<Chevron Petroleum (U.K.) Ltd>" is ten tokens
_HEAD_LINKS = frozenset("of for at in from by".split())
_DOCUMENT_NOUNS = SOURCE_NOUNS - SPEECH_NOUNS
# The words that make a source a document for carry (``is_document_source``): what a setting
# cue is read from, the document nouns heading a phrase, and the last word of a source.
_DOCUMENT_WORDS = SOURCE_NOUNS | SETTING_NOUNS
if not _DOCUMENT_NOUNS <= _DOCUMENT_WORDS:  # pragma: no cover
    raise ValueError("a document noun must be a document word")
# So a sentence holding none of them as a word passes no document source on.
_DOCUMENT_SCAN = WordScan.of(_DOCUMENT_WORDS)


def is_document_source(cue: Cue) -> bool:
    """Whether the source is a document or dataset (a list, report, figures), not a speaker:
    what it says runs on into the next sentence (link rule 4)."""
    if cue.direction == "clause" or cue.document:
        return True
    words = cue.source.text.lower().split()
    # the head before a link word: not "Ana Vik of Vik Research", a person
    head = next((words[:n] for n, word in enumerate(words) if word in _HEAD_LINKS), words)
    return bool(head) and head[-1].strip("'’") in _DOCUMENT_WORDS


_TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSTMODIFIERS = tuple(tuple(p.split()) for p in SOURCE_POSTMODIFIERS)
_POSTMODIFIER_FIRST = frozenset(p[0] for p in _POSTMODIFIERS)  # cheap checks before the loops
_POSTMODIFIER_LAST = frozenset(p[-1] for p in _POSTMODIFIERS)


def _extend_to_head(
    toks: list[_Tok], out: list[_Tok], first: int, claims: list[tuple[int, int]], limit: int
) -> list[_Tok]:
    """A phrase read back to its determiner may be the object inside a longer source phrase:
    "a spokesman for [the army]", "a senior official at [the ministry]", "sources close to
    [the talks]", "two people familiar with [the matter]". When a connector or a postmodifier
    ties it to a person or document noun before it, the source runs back to that noun's phrase.
    ``first`` is the index of ``out[0]``.
    """
    link = None
    if (
        first >= 2
        and out[0][_LOWER] in DETERMINERS
        and toks[first - 1][_TEXT].islower()
        and toks[first - 1][_LOWER].endswith("ing")
        and toks[first - 2][_TEXT].islower()
        and _is_person_head(toks[first - 2][_LOWER])
    ):
        link = first - 1  # "scientists running [the survey]", "officials overseeing [the talks]"
    elif (
        first >= 2
        and out[0][_LOWER] in DETERMINERS
        and (
            toks[first - 1][_LOWER] in _HEAD_LINKS
            or (toks[first - 1][_LOWER] == "on" and _is_person_head(toks[first - 2][_LOWER]))
        )
    ):  # "a spokesman for [the army]", "staff on [the Vik panel]"
        link = first - 1
        head = toks[link - 1]
        if not (
            _is_person_head(head[_LOWER])
            or head[_LOWER] in SOURCE_NOUNS
            or (head[_TEXT][:1].isupper() and head[_LOWER] not in COMMON_MODIFIERS)
        ):
            return out
    elif first >= 3 and toks[first - 1][_LOWER] in _POSTMODIFIER_LAST:
        for phrase in _POSTMODIFIERS:
            at = first - len(phrase)
            if at >= 1 and all(toks[at + n][_LOWER] == w for n, w in enumerate(phrase)):
                link = at
                break
        if link is None or not _is_person_head(toks[link - 1][_LOWER]):
            return out
    else:
        return out
    room = limit - (first - link) - len(out)  # the whole phrase stays within ``limit`` tokens
    if room < 1:
        return out
    left = _np_backward(toks, link - 1, claims, limit=room)
    if not left or left[-1] is not toks[link - 1]:
        return out
    return left + toks[link:first] + out


def _abbreviation_at(toks: list[_Tok], k: int) -> bool:
    """Whether tokens ``k`` to ``k + 2`` are one bracketed word after a name: an abbreviation,
    a ticker or an aside on it ("Statistics (ONS)", "Foods Inc (HFI.N)", "Equity (Asia)
    Ltd", "Smith (pictured)"), read as part of the name. After a common noun ("six coastal
    nations (C-6)") the brackets would make a name of any phrase."""
    if k < 1 or k + 2 >= len(toks) or toks[k][_TEXT] != "(" or toks[k + 2][_TEXT] != ")":
        return False
    return toks[k - 1][_TEXT][0].isupper()


def _affiliation_at(toks: list[_Tok], k: int) -> bool:
    """Whether tokens ``k`` to ``k + 3`` are a bracketed abbreviation with its period after a
    name, as a politician's party and state are written ("Ann Lee (D-Calif.)", "(R-Wash.)")."""
    return (
        k >= 1
        and k + 3 < len(toks)
        and toks[k][_TEXT] == "("
        and toks[k + 2][_TEXT] == "."
        and toks[k + 3][_TEXT] == ")"
        and "-" in toks[k + 1][_TEXT]
        and toks[k + 1][_TEXT][:1].isupper()
        and toks[k - 1][_TEXT][:1].isupper()
    )


def _name_and_before(toks: list[_Tok], k: int) -> bool:
    """Whether "and" (or "&") and the end of a name stand before token ``k``, so that the
    phrase at ``k`` is the second of two coordinated names ("the Farm Office and the ...")."""
    return k >= 2 and toks[k - 1][_LOWER] in ("and", "&") and toks[k - 2][_TEXT][:1].isupper()


def _relativiser_that(word: str, out: list[_Tok]) -> bool:
    """Whether "that" before the words ``out`` (read backwards, the head first) opens a
    relative clause rather than determining them: "9 that Reuters said", "the time that
    health officials said" ("that" determines neither a name nor a plural)."""
    return (
        word == "that"
        and bool(out)
        and (_not_after_determiner(out[-1]) or _not_after_determiner(out[0]))
    )


def _not_after_determiner(t: _Tok) -> bool:
    """A word "that" cannot be the determiner of: a name ("that Reuters said") or a plural
    noun ("the figure that economists forecast")."""
    return t[_TEXT][:1].isupper() or (
        t[_LOWER].endswith("s") and (t[_LOWER] in PERSON_NOUNS or t[_LOWER] in VAGUE_HEADS)
    )


def _is_title_head(word: str) -> bool:
    """Whether ``word``, as written, can head a person's title: a person or body noun
    ("Minister", "company"), or a lowercase agent noun ("creator", "neighbor", "mother")."""
    return _is_person_head(word.lower()) or (word.islower() and word.endswith(AGENT_SUFFIXES))


def _is_source_noun(word: str) -> bool:
    return word in SOURCE_NOUNS or word in PERSON_NOUNS


def _is_person_head(word: str) -> bool:
    return word in PERSON_NOUNS or word in ANONYMOUS_HEADS or word.endswith(_AGE_NOUN_ENDS)


# "the 19-year-old said ...": a person; "40% of 30- to 39-year-olds said" is a group, as
# "voters" is
_AGE_NOUN_ENDS = "-year-old"


def _np_forward(
    toks: list[_Tok], k: int, claims: list[tuple[int, int]], *, allow_in: bool
) -> list[_Tok]:
    """The noun phrase starting at token ``k``, read rightwards."""
    out: list[_Tok] = []
    linked = False  # right after a postmodifier ("sources close to"): a determiner may follow
    while k < len(toks) and len(out) < _MAX_NP:
        t = toks[k]
        if t[_TEXT] in ("'", "’") and out and out[-1][_LOWER].endswith("s"):
            out.append(t)
            k += 1
            continue
        if t[_TEXT] == "(" and out and _abbreviation_at(toks, k):
            out += toks[k : k + 3]  # "according to the Office for National Statistics (ONS)"
            k += 3
            continue
        if (
            t[_TEXT] == "."
            and out
            and _is_abbreviation(out[-1][_TEXT])
            and k + 1 < len(toks)
            and toks[k + 1][_TEXT][0].isalnum()
        ):
            out.append(t)  # "a Nov. 3-8 poll", "Dr. Ana Lu"
            k += 1
            continue
        if not t[_TEXT][0].isalnum() and t[_TEXT] != "&":  # "Harbor & Lane" reads on
            break
        if out and _is_person_head(out[-1][_LOWER]):
            n = _postmodifier_length(toks, k)
            if n and k + n < len(toks) and len(out) + n < _MAX_NP:
                out.extend(toks[k : k + n])  # "sources close to the talks"
                k += n
                linked = True
                continue
        if (
            t[_LOWER] in DETERMINERS
            and out
            and out[-1][_LOWER] not in NP_CONNECTORS
            and not linked
            # "figures from grain analysts the Vikby Group": the name set beside the
            # common noun is the same source, and names it
            and not (allow_in and _names_in_apposition(toks, k, out))
        ):
            break
        linked = False
        if out and _time_adverbial_length(toks, k) and not _ends_in_participle(out):
            # "according to the Post last week": when it reported, not who; a participle's
            # time goes on ("figures released last week by the bureau")
            break
        if t[_LOWER] in NP_CONNECTORS:
            if not out or k + 1 >= len(toks):
                break
            if t[_LOWER] == "in" and not allow_in:
                break
            nxt = toks[k + 1]
            if not nxt[_TEXT][0].isalnum() or nxt[_LOWER] in NP_BREAKERS:
                break
            if nxt[_LOWER] in ("a", "an") and t[_LOWER] == "in":
                break  # "in a statement"
            out.append(t)
            k += 1
            continue
        if t[_LOWER] in NP_BREAKERS and t[_LOWER] not in DETERMINERS and _breaks_phrase(t, k):
            break
        if claims and _in_claim(t, claims):
            break
        out.append(t)
        k += 1
    while out and (out[-1][_LOWER] in NP_CONNECTORS or out[-1][_LOWER] in DETERMINERS):
        out.pop()
    return out


def _ends_in_participle(out: list[_Tok]) -> bool:
    """Whether the phrase read so far ends in a lowercase past participle ("released",
    "drawn"), which a time adverbial may follow inside the phrase."""
    last = out[-1][_TEXT]
    return last.islower() and last.endswith(("ed", "en", "wn"))


def _names_in_apposition(toks: list[_Tok], k: int, out: list[_Tok]) -> bool:
    """Whether "the" at ``k`` opens a name set right after a lowercase common noun ("grain
    analysts the Vikby Group", "the consultancy the Vik Partnership")."""
    return (
        toks[k][_LOWER] == "the"
        and out[-1][_TEXT].islower()
        and out[-1][_TEXT].isalpha()
        and out[-1][_LOWER] not in FUNCTION_WORDS
        and k + 1 < len(toks)
        and toks[k + 1][_TEXT][:1].isupper()
        and toks[k + 1][_LOWER] not in FUNCTION_WORDS
    )


def _breaks_phrase(t: _Tok, k: int) -> bool:
    """Whether token ``t`` (index ``k``), one of NP_BREAKERS, ends a phrase: not when it is a
    name, in capitals ("WHO") or a reporting verb capitalised within the sentence ("the Oslo
    Post")."""
    if _is_acronym(t[_TEXT]):
        return False
    return not (k > 0 and t[_TEXT][0].isupper() and t[_LOWER] in REPORTING_VERBS)


def _source_after_by(np: list[_Tok]) -> list[_Tok]:
    """In "a count by Johns Hopkins University", the source is what follows "by"."""
    for n, t in enumerate(np[:-1]):
        if t[_LOWER] in ("by", "from") and n > 0 and np[n - 1][_LOWER] in SOURCE_NOUNS:
            owner = np[n + 1 :]
            # "a study from the 1970s" names no owner: the document stays the source
            return owner if _names_owner(owner) else np
    return np


def _names_owner(np: list[_Tok]) -> bool:
    """Whether the phrase after "figures from" names who owns them: a person, a body or a
    name ("the ministry", "Johns Hopkins"), not a time ("from March", "from the 1970s")."""
    return any(
        t[_LOWER] in PERSON_NOUNS
        or t[_LOWER] in ANONYMOUS_HEADS
        or t[_LOWER] in VAGUE_HEADS
        or (_is_name_word(t) and t[_TEXT] not in _TIME_NAMES)
        for t in np
    )


def _looks_like_source(np: list[_Tok]) -> bool:
    # Plain loops, not ``any`` over generators: called for nearly every cue.
    for t in np:
        word = t[_LOWER]
        if (
            (t[_TEXT][:1].isupper() and word not in DETERMINERS)  # not "The" opening a sentence
            or word in PERSON_NOUNS
            or word in ANONYMOUS_HEADS
            or word in SOURCE_NOUNS
            or word in PRONOUNS
            or word.rstrip("'’s") in PERSON_NOUNS
        ):
            return True
    if np and np[-1][_LOWER].endswith(_AGE_NOUN_ENDS):
        return True  # "the 19-year-old said": a person, when the phrase's head
    return any(t[_LOWER] in ("him", "her", "them") for t in np)


def _shaped_like_source(
    np: list[_Tok], before: _Tok | None, verb: _Tok, claims: list[tuple[int, int]]
) -> bool:
    """Spec 2, a source by position and shape, whatever its head: a determiner-led or
    possessive noun phrase ("the regional grid operator", "the city's fire brigade") or a bare
    lowercase plural ("local fire crews"), as the subject of ``verb``: opening its clause
    (``before``, the token before the phrase, is punctuation or a clause link; None when the
    phrase follows an inverted verb) and agreeing with it ("an interim report" is no subject
    of "report"). Word lists only exclude here: a head that cannot speak (NOT_SOURCE_HEADS:
    time words, amounts, superlatives), a function word, an adverb, a number (a figure in the
    phrase makes it the claim's own: "the 4.7 mln dlrs reported")."""
    if before is not None and before[_TEXT][0].isalnum() and before[_LOWER] not in SUBJECT_OPENERS:
        return False
    words = [t for t in _head_part(np) if t[_TEXT][0].isalnum()]
    if not words or any(
        any(c.isdigit() for c in t[_TEXT]) or (claims and _in_claim(t, claims)) for t in np
    ):
        return False
    head = words[-1][_LOWER]
    singular = not head.endswith("s")
    if singular and not (
        verb[_LOWER].endswith(("s", "ed")) or verb[_LOWER] in IRREGULAR_PAST_REPORTING
    ):
        return False
    if (
        not words[-1][_TEXT].islower()
        or head.endswith("most")
        or not head.replace("-", "").isalpha()
        or head in NOT_SOURCE_HEADS
        or head in FUNCTION_WORDS
        or head in AUXILIARIES
        or head in PRONOUNS
        or head.endswith("ly")
    ):
        return False
    first = words[0][_LOWER]
    if len(words) > 1 and (
        (first in DETERMINERS and first != "that") or first.endswith(("'s", "’s"))
    ):
        return True
    # a bare plural: every word a plain lowercase word, the head in "-s" ("residents",
    # "local fire crews"), not a singular in "-ss" or "-us"
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
        and all(t[_TEXT].islower() and t[_LOWER] not in FUNCTION_WORDS for t in words)
    )


def _head_part(np: list[_Tok]) -> list[_Tok]:
    """The phrase before its first link word ("of", "for", ...): "a spokesman" in "a
    spokesman for the army"."""
    for n, t in enumerate(np):
        if t[_LOWER] in _HEAD_LINKS:
            return np[:n]
    return np


def _head_word(np: list[_Tok]) -> str:
    """The last word of a phrase before its first link word, past its determiners and
    adjectives, as written: "type" in "the type of share"."""
    return next((t[_TEXT] for t in reversed(_head_part(np)) if t[_TEXT][0].isalnum()), "")


def _is_name(np: list[_Tok]) -> bool:
    return all(t[_TEXT][:1].isupper() or t[_LOWER] in NP_CONNECTORS for t in np)


def _kind(np: list[_Tok]) -> SourceKind:
    """named / anonymous / vague for a source phrase; mixed sources take the strongest."""
    for t in np:
        if t[_LOWER] in ("and", "&"):
            break
    else:  # one part, the usual case: no lists to build
        return _kind_of_part(np)
    parts: list[list[_Tok]] = [[]]
    for t in np:
        if t[_LOWER] in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(t)
    kinds = {_kind_of_part(p) for p in parts if p}
    for kind in _KINDS_STRONGEST_FIRST:
        if kind in kinds:
            return kind
    return "named"


def _kind_of_part(part: list[_Tok]) -> SourceKind:
    words = [t for t in part if t[_TEXT][0].isalnum()]
    if not words:
        return "named"
    head_index = len(words) - 1
    for n in range(1, len(words)):
        word = words[n][_LOWER]
        if (
            word in _HEAD_LINKS
            or word == "who"  # "staff who asked not to be named": the clause follows the head
            or (word == "on" and _is_person_head(words[n - 1][_LOWER]))  # "staff on the panel"
            or (word in _POSTMODIFIER_FIRST and _postmodifier_at(words, n))
        ):
            head_index = n - 1
            break
    while head_index > 0 and words[head_index][_TEXT].islower() and _participle(words[head_index]):
        head_index -= 1  # "figures released (on Tuesday)": the noun the participle follows
    if all(t[_LOWER] in NUMBER_WORDS or t[_TEXT].isdigit() for t in words):
        return "anonymous"  # "Two said ...": people counted, not named
    head = words[head_index][_LOWER].rstrip("'’").removesuffix("'s").removesuffix("’s")
    if head_index == 1 and words[0][_LOWER] in _GROUP_QUANTIFIERS and _members(words[1]):
        return "anonymous"  # "Some Republicans", "Many Lundians": unnamed members of a group
    if head_index > 0 and all(_is_name_word(t) for t in words[: head_index + 1]):
        return "named"  # a name whose last word is a common head: "Business Insider"
    if head in PRONOUNS or (head not in ANONYMOUS_HEADS and head not in VAGUE_HEADS):
        if head not in PRONOUNS and _unnamed_people(words, head_index):
            return "anonymous"
        return "named"  # the usual case, told before the words after the head are sliced
    after = words[head_index + 1 :]
    if head in ANONYMOUS_HEADS:
        if head.startswith("spokes"):
            return "named"  # spec 2: a body's spokesperson speaks for it ("a bank spokesman")
        if head.startswith("representative") and (
            any(t[_LOWER] in ("for", "of") for t in after) or words[0][_LOWER] == "the"
        ):
            return "named"
        return "anonymous"
    # a vague head: "figures from the health ministry": a body after the data noun owns it
    owner_after = any(_is_name_word(t) for t in after) or any(
        t[_LOWER] in PERSON_NOUNS
        and t[_LOWER] not in ANONYMOUS_HEADS
        and t[_LOWER] not in VAGUE_HEADS
        for t in after
    )
    if head in SOURCE_NOUNS:
        owned = (
            any(t[_LOWER] in NAMED_MODIFIERS for t in words[:head_index])
            or any(_is_name_word(t) for t in words[:head_index])
            or any(t[_LOWER].endswith(("'s", "’s")) for t in words[:head_index])
            or owner_after
        )
        return "named" if owned else "vague"
    return "named" if owner_after else "vague"


_INDEFINITES = frozenset("a an one two three four five six seven eight nine ten some".split())
# Quantifiers that count a group's members ("Some Republicans said").
_GROUP_QUANTIFIERS = frozenset("some many most several few other".split())


def _members(t: _Tok) -> bool:
    """Whether ``t`` is a capitalised plural ("Republicans", "Lundians"): after a quantifier,
    members of a group, not a body's name."""
    word = t[_TEXT]
    return word[:1].isupper() and word[1:].islower() and word.endswith("s") and len(word) > 3


def _unnamed_people(words: list[_Tok], head_index: int) -> bool:
    """Spec 2, unnamed people: a lowercase person noun or agent noun ("doctor",
    "firefighter", "landlords") that is no body or document noun, after an indefinite ("a
    doctor") or no determiner at all ("harbour skippers", "lawyers") names no one the reader
    can identify: anonymous. With a definite determiner, an owner or a name ("the landlord",
    "the city's skippers", "Vikby caretakers") it is named."""
    head = words[head_index]
    word = head[_LOWER]
    # capitalised only as a sentence's first word: "Prosecutors said" (not "Rogers said")
    opening = head_index == 0 and head[_TEXT][1:].islower() and word in PERSON_NOUNS
    if (
        not (head[_TEXT].islower() or opening)
        or word in BODY_NOUNS
        or word in SOURCE_NOUNS
        or not (word in PERSON_NOUNS or word.rstrip("s").endswith(AGENT_SUFFIXES))
        or any(
            t[_LOWER] in PRONOUNS
            or (
                _is_name_word(t)
                and t[_LOWER] not in DETERMINERS
                and t[_LOWER] not in _INDEFINITES
                and not (opening and t is head)
            )
            for t in words
        )
    ):
        return False  # "Hanoi radio", "the Vik team": a name makes it identifiable
    first = words[0][_LOWER]
    if first in _INDEFINITES:
        return True
    return head_index == 0 or not (
        first in DETERMINERS or any(t[_LOWER].endswith(("'s", "’s")) for t in words[:head_index])
    )


def _participle(t: _Tok) -> bool:
    return (
        t[_LOWER].endswith("ed") and t[_LOWER] not in PERSON_NOUNS and t[_LOWER] not in VAGUE_HEADS
    )


def _is_name_word(t: _Tok) -> bool:
    """A capitalised word that names an owner: not a common modifier capitalised only because
    it opens the sentence ("Recent surveys", "Independent estimates")."""
    return t[_TEXT][:1].isupper() and t[_LOWER] not in COMMON_MODIFIERS


def _postmodifier_length(toks: list[_Tok], k: int) -> int:
    """The number of tokens of a postmodifier phrase starting at ``k``, or 0."""
    if toks[k][_LOWER] not in _POSTMODIFIER_FIRST:
        return 0
    for phrase in _POSTMODIFIERS:
        if all(k + m < len(toks) and toks[k + m][_LOWER] == w for m, w in enumerate(phrase)):
            return len(phrase)
    return 0


def _postmodifier_at(words: list[_Tok], n: int) -> bool:
    if words[n][_LOWER] not in _POSTMODIFIER_FIRST:
        return False
    return any(
        len(words) - n > len(phrase)
        and all(words[n + m][_LOWER] == w for m, w in enumerate(phrase))
        for phrase in _POSTMODIFIERS
    )


def _opens_content(between: str) -> bool:
    """Whether the words between a verb's reach and a later source let that source open what
    the verb reports: none, or any ending in "that" ("said Friday that", "told reporters on
    Monday that"): the next clause is the content, not a new report."""
    words = between.split()
    return not words or words[-1] in ("that", "That")


def _trim_forward(text: str, cues: list[Cue]) -> list[Cue]:
    """A forward cue's reach ends where the next cue's source begins in the same sentence;
    not when that source opens what the cue reports ("The bank said its survey showed that
    ...", "The paper reported that the mayor told aides ..."): a report inside a report, and
    both cover its content (spec 5: a speaker citing a report)."""
    out: list[Cue] = []
    next_source: int | None = None  # the earliest blocking source start after each cue
    for cue in reversed(cues):
        if (
            cue.direction in ("forward", "both")
            and next_source is not None
            and cue.cue.end < next_source < cue.scope_end
            and not _opens_content(text[cue.scope_start : next_source])
        ):
            cue = _evolved(cue, scope_end=next_source)
        if not cue.agentless and cue.direction != "narrow" and not _pronoun_source(cue):
            # ", adding that ...": the speaker's earlier cue reaches up to the participle
            start = cue.cue.start if cue.borrowed else cue.source.start
            next_source = start if next_source is None else min(next_source, start)
        out.append(cue)
    out.reverse()
    return out


def _evolved(
    cue: Cue,
    *,
    scope_end: int | None = None,
    resolved: str | None = None,
    kind: SourceKind | None = None,
) -> Cue:
    """``cue`` with its scope end, or its resolved source and kind, replaced. Built directly
    because ``attrs.evolve`` looks the fields up again for every cue, and one endless
    sentence can hold tens of thousands of them; a test checks this against ``attrs.evolve``."""
    c = cue
    return Cue(
        c.cue,
        c.source,
        c.kind if kind is None else kind,
        c.sentence,
        c.direction,
        c.scope_start,
        c.scope_end if scope_end is None else scope_end,
        c.agentless,
        c.resolved if resolved is None else resolved,
        c.document,
        c.borrowed,
        c.relative,
        c.rule,
    )


_ONE_PERSON_PRONOUNS = frozenset("he she".split())


def _resolve_pronouns(cues: list[Cue]) -> Iterator[Cue]:
    last_named: Cue | None = None
    last_singular: Cue | None = None  # "he" and "she" never stand for "officials"
    for cue in cues:
        if _pronoun_source(cue):
            antecedent = last_singular if _one_person(cue) else last_named
            if antecedent is not None:
                yield _evolved(cue, resolved=antecedent.source.text, kind=antecedent.kind)
            else:
                yield cue
            continue
        if _names_source(cue):
            last_named = cue
            if not _plural_source(cue.source.text):
                last_singular = cue
        yield cue


def _one_person(cue: Cue) -> bool:
    """Whether the cue's source is "he" or "she", which stands for one person."""
    return cue.source.text.lower() in _ONE_PERSON_PRONOUNS


def _plural_source(source: str) -> bool:
    """Whether a source phrase is headed by a plural common noun ("officials who attended",
    "analysts at the bank"), read by its head word's shape. A capitalised head is a name
    ("Reynolds") unless it is a person noun opening the sentence ("Officials")."""
    words = source.split()
    head = ""
    for word in words:
        if word.lower() in _HEAD_LINKS or word.lower() == "who":
            break
        head = word
    lower = head.lower()
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return False
    return head.islower() or (head is words[0] and _is_person_head(lower))


def _clause_start(text: str, s_start: int, pos: int) -> int:
    """After the last ";" before ``pos`` in the sentence, but for one in brackets ("74.7bn
    yuan ($9bn; £4.8bn)"). Looking back only a cue's reach is enough (claims further away
    are never linked) and keeps endless sentences linear."""
    lo = max(s_start, pos - CUE_REACH)
    end = pos
    while True:
        semi = text.rfind(";", lo, end)
        if semi == -1:
            return s_start
        opening = text.rfind("(", lo, semi)
        if opening == -1 or text.find(")", opening, semi) != -1:
            return semi + 1
        end = opening  # the semicolon is in brackets: look before them


def _gloss_start(text: str, pos: int, s_end: int) -> int:
    """Where the reporter's gloss on the content begins (", referring to ..."), looking a cue's
    reach ahead; else the end of the sentence."""
    m = _GLOSS.search(text, pos, min(s_end, pos + CUE_REACH))
    return m.start() if m else s_end


def _clause_end(text: str, pos: int, s_end: int) -> int:
    """At the next ";" after ``pos`` in the sentence, looking a cue's reach ahead."""
    semi = text.find(";", pos, min(s_end, pos + CUE_REACH))
    return semi if semi != -1 else s_end


def _lead(text: str, s_start: int, pos: int) -> tuple[str, bool]:
    """The sentence before ``pos``, or only its last ``_LEAD_REACH`` characters when those
    hold more than spaces, quote marks and brackets; and whether it is whole."""
    lo = max(s_start, pos - _LEAD_REACH)
    lead = text[lo:pos]
    if lo > s_start and not lead.strip(" \t\r\n\"“‘'([”’)]"):
        return text[s_start:pos], True
    return lead, lo == s_start


def _skip_adverbials(text: str, pos: int) -> int:
    """``pos`` moved past any adverbials after a verb ("said on Monday", "told reporters")."""
    # The usual case, at most one space before the next word, is read without the window.
    head = text[pos + 1 : pos + 4] if text[pos : pos + 1] == " " else text[pos : pos + 3]
    if head[:1] in " \t,":  # more spaces or commas, or the end of the text
        window = text[pos : pos + 40]
        at = pos + len(window) - len(window.lstrip(" \t,"))  # past the spaces and commas
        head = text[at : at + 3] if at < pos + len(window) else ""
    if head:  # else they may run on past the window: let the regex tell
        head = ascii_folded_lower(head)
        if not (
            head in _ADVERBIAL_STARTS
            or head[:2] in _ADVERBIAL_STARTS
            or head[:1] in _ADVERBIAL_STARTS
        ):
            return pos  # nothing there starts like an adverbial
    m = _ADVERBIAL_AFTER.match(text, pos)
    return m.end() if m else pos


# Python's whitespace holds every ``\s`` of ``regex``: a character that is not ``isspace()``
# is an ``\S``, so the usual cases (no space, or one) are read without a regex call.


def _non_space_at(text: str, pos: int, end: int) -> int:
    """The offset of the first non-space character in ``text[pos:end]``, or ``end``."""
    if pos < end and not text[pos].isspace():
        return pos
    if pos + 1 < end and text[pos] == " " and not text[pos + 1].isspace():
        return pos + 1
    m = _NON_SPACE.search(text, pos, end)
    return m.start() if m else end


def _continues_with(text: str, pos: int, end: int) -> bool:
    """Whether a cue ending at ``pos`` is followed by ", with ..." or by ", and" and a figure,
    bare or after a hedge: the content it closes goes on after it (spec 5, third round; "1.2
    million cases, according to a Vik tally, and more than 70,000 deaths")."""
    comma = _non_space_at(text, pos, end)
    return text[comma : comma + 1] == "," and (
        _next_word_is(text, comma + 1, end, "with")
        or _AND_A_FIGURE.match(text, comma + 1, end) is not None
    )


# "and", then a figure, bare or after a hedge ("and more than 412,000", "and another 14"): not
# "and then fell 2%", a verb of its own
_AND_A_FIGURE = regex.compile(
    r"[ \t]++and[ \t]++(?:(?:"
    + spaced_alternation({*HEDGES, "another", "a total of", "a further"})
    + r")[ \t]++)?[\d$£€]"
)


_WH_RELATIVISERS = RELATIVISERS - {"that"}  # "said, that ..." may still open the content
_WORD_AT = regex.compile(r"[\p{L}'’]++")


def _word_in(text: str, pos: int, end: int, words: frozenset[str]) -> bool:
    """Whether the word starting at ``pos`` (a letter, before ``end``) is in ``words``."""
    m = _WORD_AT.match(text, pos, end)
    return m is not None and m.group().lower() in words


def _next_word_is(text: str, pos: int, end: int, word: str) -> bool:
    """Whether the first word in ``text[pos:end]`` is ``word``, in lower case."""
    at = _non_space_at(text, pos, end)
    stop = at + len(word)
    return text[at:stop] == word and (stop >= end or not text[stop].isalnum())


def _first_char(text: str, pos: int, end: int) -> str:
    """The first non-space character in ``text[pos:end]``, or ``""``."""
    at = _non_space_at(text, pos, end)
    return text[at] if at < end else ""


def _end_before_space(text: str, start: int, pos: int) -> int:
    """``pos`` moved back over whitespace, not before ``start``."""
    if start < pos and not text[pos - 1].isspace():
        return pos
    if start < pos - 1 and text[pos - 1] == " " and not text[pos - 2].isspace():
        return pos - 1
    m = _LAST_NON_SPACE.search(text, start, pos)
    return m.end() if m else start


def _closes_interruption(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k``, after a cue set off by a comma before it, closes an interruption
    between a subject and its verb: a comma, or an appositive and its comma, then a finite
    verb ("The date, according to Ms Lund, the chief engineer, is 12 months away")."""
    if k + 1 >= len(toks) or toks[k][_TEXT] != ",":
        return False
    if _opens_predicate(toks[k + 1]):
        return True
    for n in range(k + 1, min(len(toks) - 1, k + _MAX_APPOSITIVE + 2)):
        if toks[n][_TEXT] in FINITE_VERBS:
            return False  # "..., which is based in Oslo": a clause, not an appositive
        if toks[n][_TEXT] == ",":
            return _opens_predicate(toks[n + 1])
        if not toks[n][_TEXT][0].isalnum():
            return False
    return False


def _opens_predicate(t: _Tok) -> bool:
    """Whether ``t`` may be the verb a subject was cut from: a finite auxiliary, a past form
    in "-ed" or a verb of change ("is", "totalled", "rose"; not "barely", "director")."""
    word = t[_TEXT]
    return (
        word in FINITE_VERBS or word in PREDICATE_VERBS or (word.islower() and word.endswith("ed"))
    )


def _only_adverbial(lead: str) -> bool:
    return len(lead.split(None, 4)) <= 4 and lead.rstrip().endswith(",")


def _adverbial_may_end(window: str) -> bool:
    """False when no adverbial or auxiliary of _ADVERBIAL_BEFORE can end ``window`` (before
    trailing whitespace). Python's whitespace holds every ``\\s`` of ``regex``, so a match's
    trailing spaces are never inside the chunks, its last word ends the last chunk, and a
    tail's link word ends the chunk before."""
    chunks = window.rsplit(None, 2)
    if not chunks:
        return False  # only spaces: every alternative needs a word or a comma
    last = ascii_folded_lower(chunks[-1])
    ends = _ADVERBIAL_ENDS_BY_LAST.get(last[-1:])
    if ends is not None and last.endswith(ends):
        return True
    if len(chunks) < 2:
        return False
    link = ascii_folded_lower(chunks[-2])
    return link.endswith(_TAIL_LINKS)


def _negated_before(text: str, pos: int) -> bool:
    """Whether one of the two words before ``pos`` in its clause is a negation ("did not
    say", "didn’t say": a curly apostrophe is read as a straight one). A mark ending a clause
    or a quote ends the window ("Staff don’t. I think", "‘Don’t come’,” recalled Ms Lund")."""
    window = text[max(0, pos - 24) : pos].lower().replace("’", "'")
    if _NEGATION_HINT.search(window) is None:
        return False  # no negation, nor a word ending in "n't", is even part of the window
    mark = _LAST_CLAUSE_MARK.search(window)
    words = _NEGATION_WINDOW.findall(window, mark.end() if mark else 0)[-2:]
    return any(w in NEGATIONS or w.endswith("n't") for w in words)


# Tokens are tuples starting with their offset, so ``(pos,)`` sorts just before a token that
# starts at ``pos``: bisecting on it needs no key function.


def _first_tok(toks: list[_Tok], pos: int) -> int | None:
    n = bisect.bisect_left(toks, (pos,))
    return n if n < len(toks) else None


def _last_tok_before(toks: list[_Tok], pos: int) -> int | None:
    n = bisect.bisect_left(toks, (pos,)) - 1
    if n >= 0 and toks[n][_END] > pos:
        n -= 1  # ``pos`` falls inside that token
    return n if n >= 0 else None


def _tok_before(toks: list[_Tok], tok: _Tok) -> _Tok | None:
    n = _index(toks, tok)
    return toks[n - 1] if n > 0 else None


def _index(toks: list[_Tok], tok: _Tok) -> int:
    return bisect.bisect_left(toks, (tok[_START],))


def _in_claim(t: _Tok, claims: list[tuple[int, int]]) -> bool:
    n = bisect.bisect_right(claims, (t[_END], t[_END])) - 1
    return n >= 0 and claims[n][0] < t[_END] and t[_START] < claims[n][1]


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])
