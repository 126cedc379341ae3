"""Stage 2a: numeric claims.

One compiled pattern finds every number *atom* in a single pass over the text: digits with
their currency sign, scale word and percent or currency word; number words and compounds;
fractions and multipliers; approximate quantities. A second, linear pass merges adjacent atoms
into ranges ("10 to 15", "between 10 and 20") and ratios ("3 in 10", "23 out of 88"). Each
candidate is then tested against the non-claim rules of spec section 1 (dates, durations,
ages, ordinals and ranks, identifiers, descriptors, scores, pronoun "one", re-mentions, page
furniture), which read only a bounded window of context around it. Every pattern is
possessive or bounded, so the whole stage is linear in the length of the text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Collection, Generator, Iterator
from typing import Any, Literal, NamedTuple, TypeAlias

import regex

from ._lexicon import (
    AGE_BEARING_NOUNS,
    AGE_BEFORE,
    AGE_BRACKET_NOUNS,
    AGE_GROUP_NOUNS,
    AGE_HEDGES,
    AGE_RANGE_BEFORE,
    AGE_SIDE_NOUNS,
    AMOUNT_HEADS,
    ANAPHOR_DETERMINERS,
    ANONYMOUS_HEADS,
    APPOSED_AGE_ADVERBS,
    APPROXIMATE_QUANTITIES,
    AUXILIARIES,
    BARE_AGE_BEFORE,
    BARE_APPROXIMATE_QUANTITIES,
    CHANGE_VERBS,
    COMPASS_REGIONS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DEFINITE_GROUP_BEFORE,
    DENOMINATION_NOUNS,
    DESCRIPTOR_NOUNS,
    DETERMINERS,
    DURATION_MODIFIERS,
    FEELING_BEFORE,
    FINITE_VERBS,
    FRACTION_MOVES_AFTER,
    FRACTION_MOVES_BEFORE,
    FRACTION_UNITS,
    FRACTIONS,
    FUNCTION_WORDS,
    FURNITURE,
    GLUED_CURRENCIES,
    GROUP_WORDS,
    HALF_STATES,
    HEDGES,
    HOUSEHOLD_NOUNS,
    IN_GAME_UNITS,
    IRREGULAR_PAST_REPORTING,
    KICKING_VERBS,
    LIFE_EVENTS,
    LIST_LINK_ADVERBS,
    LIST_LINKS,
    LIST_OF_ITSELF_BEFORE,
    MAGNITUDE_WORDS,
    MATCH_EVENT_MODIFIERS,
    MATCH_EVENT_NOUNS,
    MATCH_EVENT_PAIRS,
    MATCH_LEADS,
    MATCH_UNITS,
    MEASURE_UNITS,
    MONTHS,
    MULTIPLIER_FORMS,
    MULTIPLIER_IDIOMS,
    MULTIPLIER_OBJECTS,
    MULTIPLIERS,
    NAMING_WORDS,
    NUMBER_IDIOMS,
    NUMBER_WORDS,
    OBJECT_VERBS,
    ONE_COUNT_BEFORE,
    ONE_NOT_COUNTING_AFTER,
    ONE_NOT_COUNTING_BEFORE,
    ONE_PREPOSITIONS,
    ONE_PRONOUN_AFTER,
    ORDINAL_WORDS,
    PARAGRAPH_FURNITURE,
    PARTITIVE_POSITIONS,
    PERSON_NOUNS,
    POINT_KICKING_VERBS,
    POSSESSIVE_DETERMINERS,
    PREDICATE_VERBS,
    RACE_STRETCH_BEFORE,
    RACE_UNITS,
    RACE_WORDS,
    REFERENCE_WORDS,
    REFERRING_ADJECTIVES,
    REPEAT_QUALIFIERS,
    REPORTING_VERBS,
    SCALES,
    SCORE_WORDS,
    SCORING_VERBS,
    SEASON_WORDS,
    SECURITY_CLASS_WORDS,
    SHOT_WORDS,
    SIZE_UNITS,
    SOURCE_NOUNS,
    SPORTS_WORDS,
    SPREAD_VERBS,
    STREET_WORDS,
    SUPERLATIVE_WORDS,
    TERM_ADJECTIVES,
    TIME_UNITS,
    TIME_ZONES,
    TIMING_VERBS,
    TOLL_WORDS,
    VOTE_WORDS,
    WEEKDAYS,
)
from ._model import Bound, Claim, ClaimKind, Decision, Span, decisions
from ._patterns import FOLDS_TO_ASCII, WORD_BEFORE, ascii_folded_lower, padded_lower, trie
from ._patterns import alternation as _alt
from ._patterns import spaced_alternation as _spaced
from ._segment import Segments


def _spaced_trie(words: Any) -> str:
    """``_spaced`` factored by shared prefixes (see ``trie``), where a word is followed only
    by a look-ahead: a longer word is still tried before any prefix of it, and the engines
    fail a position after one comparison per first letter, not one per word."""
    return trie(words).replace(r"\ ", r"[ \t]+")


# The word lists of the atom pattern are factored by prefix (``trie``): a position fails after
# one comparison per first letter, not one per word. The words that can match at a position are
# prefixes of each other, which a trie tries longest first, as ``_alt`` does.
_NUMBER_WORD = trie([*NUMBER_WORDS, *MAGNITUDE_WORDS])
_MAGNITUDE = _alt(MAGNITUDE_WORDS)
_FRACTION = trie(FRACTIONS)
_TENS = _alt(w for w, v in NUMBER_WORDS.items() if v >= 20)
_UNITS = _alt(w for w, v in NUMBER_WORDS.items() if v < 10)
_GROUP = _alt([*MAGNITUDE_WORDS, "dozen"])
# A number written in words is one run only where the words make one number: a group word
# after any ("two dozen", "six million"), a unit after a ten ("forty-two", "twenty one") and
# any after a magnitude ("a hundred and one"); "two one-week delays" is two numbers.
_WORD_RUN = (
    rf"(?:\ba[ \t]+(?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"\b(?:{_NUMBER_WORD})\b"
    rf"(?:(?:-|[ \t]+)(?:{_GROUP})\b"
    rf"|(?<=\b(?:{_TENS}))(?:-|[ \t]+)(?:{_UNITS})\b"
    rf"|(?<=\b(?:{_MAGNITUDE}))(?:[ \t]+and)?[ \t]+(?:{_NUMBER_WORD})\b)*+"
    # "two and a half", "two and a half million", "one-and-a-half million": one number
    rf"(?:(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b(?:[ \t]+(?:{_MAGNITUDE})\b)?)?+"
)
# What a fraction may take as its whole: "half a million", "a quarter of a billion", "half a
# dozen", "half a percentage point" (the suffix reads "percentage point").
_OF_SCALE = (
    r"[ \t]+(?:of[ \t]+)?(?:an?[ \t]+(?:dozen|hundred|thousand|million|billion|trillion)\b"
    r"|a(?=[ \t]+percentage[ \t]+points?\b))"
)
# ... or right after it, spaced or hyphenated: "a half dozen", "a half-million", "a quarter
# million"
_WHOLE_AFTER = r"[- \t](?:dozen|hundred|thousand|million|billion|trillion)\b"
_OF_SCALE_TAIL = regex.compile(rf"(?:{_OF_SCALE}|{_WHOLE_AFTER})\Z", regex.IGNORECASE)


# Scale words glued to digits or after them, each list factored by prefix (``trie``): only one
# word of a list can stand before no letter or digit, so the order they are tried in is moot.
_GLUED_SCALES = trie("m k b bn mn tn mln bln".split())
_SCALE_WORDS = trie("million billion trillion thousand mln bln bn mn trn tn crore lakh".split())


def _scale(alnum: str) -> str:
    """The scale word after digits; ``alnum`` spells "a letter or digit" for the engine."""
    return rf"""
    (?P<scale>{_GLUED_SCALES}(?!{alnum})
             |(?:{_NUMBER_SPACE}|-)?{_SCALE_WORDS}(?!{alnum}))?
    """


# A bare magnitude before a glued currency is an order of size ("a billion-dollar deal"); after
# digits it is the sum's scale ("15 million-dollar", "15-million-dollar").
_NO_BARE_MAGNITUDE = "".join(
    rf"(?<![^\d][ \t]{word}-)" for word in ("million", "billion", "trillion", "mln", "bln")
)


def _suffix(letter: str) -> str:
    """Percent and currency word after any atom. The word may be glued by a hyphen ("a
    15-mln-dlr project"), but not after a bare magnitude ("a billion-dollar deal"), nor
    "pound", a weight as often ("a 300-pound lineman"); "won" before an article or a
    possessive is the verb ("Halo 2 won the award"). ``letter`` spells "a letter" for the
    engine."""
    return rf"""
    (?P<pct>{_NUMBER_SPACE}?%
           |[ \t]*-?(?:per[ \t]?cent|percent|pct|percentage[ \t]+points?)(?!{letter}))?
    (?P<curword>(?:[ \t]+|-{_NO_BARE_MAGNITUDE}(?!pounds?\b))
      (?!won[ \t]+(?:the|a|an|his|her|its|their)\b)
      (?:{_spaced_trie(CURRENCY_WORDS)})(?!{letter})
      |(?-i:{_alt(GLUED_CURRENCIES)})(?!{letter}|\.{letter}))?
    """


# "A letter or digit" and "a letter" as ``regex`` spells them.
_ALNUM = r"[\p{L}\d]"
_LETTER = r"[\p{L}]"
# A space inside a number: before a group of thousands ("12 000", "12\u2009000") or a scale
# word ("$2\u202fbn"): a space, a no-break, thin or narrow no-break space.
_NUMBER_SPACE = "[ \t\u00a0\u2009\u202f]"
# What makes a fraction in digits an amount, not a date ("7/8") or a code: a unit or move
# after it ("1/4 point", "5/16 lower"), "of a" ("3/16 of a point"), or a price after
# "at" or "to" ("up 5/8 at 12-3/8", "rose 1/4 to 58-1/2"); or a move before it, ending its
# clause ("off 1/8.", "up 3/8, while").
_FRACTION_WORDS_AFTER = "|".join(
    [unit.replace(" ", r"[ \t]?") for unit in FRACTION_UNITS] + list(FRACTION_MOVES_AFTER)
)
_FRACTION_AMOUNT = (
    r"[1-9]\d?+/(?:2|4|8|16|32|64)(?![\d/])(?="
    rf"[ \t]++(?:{_FRACTION_WORDS_AFTER})\b|[ \t]++of[ \t]++an?[ \t]|[ \t]++at[ \t]++\d"
    r"|[ \t]++to[ \t]++(?:\d++(?:-\d\d?+/\d\d?+)?+(?![\d/])|one\b))"
)
_FRACTION_MOVED = (
    "(?:"
    + "|".join(rf"(?<=\b{word}[ \t])" for word in FRACTION_MOVES_BEFORE)
    + r")[1-9]\d?+/(?:2|4|8|16|32|64)(?![\d/])(?=[,.;)]|[ \t]*+(?:\n|$))"
)
# The digits of a number: grouped in thousands by commas, a bid and offer quote ("9-5/8 1/2
# pct", one figure), a mixed number ("9-1/2", "3 1/4"), a fraction in halves, quarters,
# eighths ... read as an amount (above), grouped in thousands by spaces (not before a dash and
# digit: "10 737-800 planes" is a count and a model), or not grouped, with any decimals.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+"
    r"|\d++-[1-9]\d?+/[1-9]\d?+[ \t][1-9]\d?+/[1-9]\d?+(?![\d/])"
    r"|\d++[- ][1-9]\d?+/[1-9]\d?+(?![\d/])"
    # both fraction branches open with a look at the slash: most numbers have none
    rf"|(?=[1-9]\d?/)(?:(?<!\d[ \t]){_FRACTION_AMOUNT}|{_FRACTION_MOVED})"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})++(?!\d|[.,-]\d)"
    r"|\d++(?:\.\d++)?+"
)
_NUM = rf"(?P<num>{_DIGITS})"
# The branches of ``_ATOM`` that open with a word: a vague amount, a fraction or multiplier,
# number words.
_WORD_BRANCHES = rf"""
      (?P<approx>(?:several|a[ \t]+few|a[ \t]+couple(?:[ \t]+of)?|many)[ \t]+
                 (?:hundred|thousand|million|billion|dozen)s?(?:[ \t]+thousand)?\b
               |\b(?:{_spaced(BARE_APPROXIMATE_QUANTITIES)})\b
               |\b(?:{_spaced(APPROXIMATE_QUANTITIES)})\b(?=[ \t]+(?:of|more|upon)\b))
    | (?P<frac>\b(?:(?:one|two|three|four|five|six|seven|eight|nine|a)[- \t](?:{_FRACTION})
               |half|{trie([*MULTIPLIERS, *MULTIPLIER_FORMS])})\b(?:{_OF_SCALE}|{_WHOLE_AFTER})?+)
    | (?P<words>{_WORD_RUN}|\ba(?=[ \t]+(?:mln|bln)\b))(?:[ \t]+(?P<wscale>mln|bln|bn|mn)\b)?
"""
_ATOM = regex.compile(
    rf"""
    (?:
        (?:(?<![\p{{L}}\d])(?-i:(?P<cur>{_alt(CURRENCY_SYMBOLS)}))[ \t]?
          |(?<![\p{{L}}\d])(?:(?<!\p{{L}}-)|(?<=\d-to-))(?<!\d[.,]))
        {_NUM}
        {_scale(_ALNUM)}
      | {_WORD_BRANCHES}
    )
    {_suffix(_LETTER)}
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# The percent or currency word after a bid and offer quote, read past the offer's digits.
_OFFER_UNIT = regex.compile(_suffix(_LETTER), regex.IGNORECASE | regex.VERBOSE)
# Its groups, all named, in order: ``_atom`` reads them by position.
_ATOM_GROUPS = "cur num scale approx frac words wscale pct curword".split()
_ATOM_GROUP_INDEX = {name: i for i, name in enumerate(_ATOM_GROUPS, 1)}
if _ATOM.groupindex != _ATOM_GROUP_INDEX or _ATOM.groups != len(_ATOM_GROUPS):  # pragma: no cover
    raise ValueError("_ATOM's groups changed: update _ATOM_GROUPS and _atom")
# ``_ATOM`` without its digit branch, for a number word, where that branch never matches: it
# needs a digit, or a currency sign, and no sign of letters begins "a" or a number word (the
# check below). It fails a word a microsecond sooner than ``_ATOM``; ``_word_atom`` reads it.
_WORD_ATOM = regex.compile(
    rf"(?:{_WORD_BRANCHES}){_suffix(_LETTER)}", regex.IGNORECASE | regex.VERBOSE
)
if _WORD_ATOM.groups != len(_ATOM_GROUPS) - 3:  # pragma: no cover
    raise ValueError("_WORD_ATOM's groups changed: update _word_atom")
# The digit branch of ``_ATOM`` from the number on, on the stdlib engine, whose calls cost a
# fraction of ``regex``'s: most candidates are digits. ``_atoms`` checks the look-behinds and
# the currency sign in code. ``[^\W_]`` is a letter or any numeric character and ``[^\W\d_]`` a
# letter or a numeric character other than a decimal digit ("½", "²"), so this reads a text
# exactly as ``_ATOM`` does only when ``_engines_agree`` on it.
_DIGIT_ATOM = re.compile(
    _NUM + _scale(r"[^\W_]") + _suffix(r"[^\W\d_]"), re.IGNORECASE | re.VERBOSE
)
# Its groups in order, which ``_atoms`` reads by position (by name takes twice as long).
if _DIGIT_ATOM.groupindex != {"num": 1, "scale": 2, "pct": 3, "curword": 4}:  # pragma: no cover
    raise ValueError("_DIGIT_ATOM's groups changed: update _atoms")
# Characters either engine reads differently from the other in the patterns above: numeric
# characters that are not decimal digits, characters unassigned in Python's Unicode tables
# (``regex`` has newer ones), and the letters that ``re`` alone, or each engine its own way,
# folds to an ASCII letter under IGNORECASE.
_CASE_FOLD_ODDITIES = frozenset(FOLDS_TO_ASCII)

_MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | {m.lower() + "." for m in MONTHS}
# The month names written out (MONTHS lists them first): one takes no period of its own, so
# one there ends a sentence ("Oct." does not).
_FULL_MONTHS = frozenset(m.lower() for m in MONTHS[:12])
# Anchored right after a number: a clock time ("10:30", "3 p.m.", "1500 hrs", "9 GMT").
_TIME_AFTER = regex.compile(
    r"(?::\d\d|[ \t]?(?:[ap]\.m\.|[ap]m\b|[ap]\.m\b|o'clock\b|hrs\b|local[ \t]+time"
    r"(?=[ \t]*+[.,;)]|[ \t]++(?:on|in|at|and|to|when|after|before|today|yesterday)\b|$)|"
    + "|".join(zone + r"\b" for zone in TIME_ZONES)
    + r"|hours[ \t]+(?:GMT|EST|local)))",
)
# The offer's last digits after a decimal bid, up to a unit: "240.34/44", "3.90/4.0 pct".
_OFFER_DIGITS = re.compile(r"/\d{1,4}(?:\.\d+)?(?![\d/.,]?\d)")
# The rest of a span of clock times after its first hour: "-11 a.m.", "–9:30pm".
_TIME_RANGE_END = regex.compile(
    r"(?:[-–]|[ \t]to[ \t])\d{1,2}(?::\d\d)?[ \t]?(?:[ap]\.m\b|[ap]m\b)"
)
# The first two characters of every match of ``_TIME_AFTER`` after its optional space, but
# ":" and a digit.
_TIME_HEADS = frozenset("a. p. am pm o' hr ho lo".split()) | {zone[:2] for zone in TIME_ZONES}
_PHONE = regex.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[.-])\d{3}[ .-]\d{4}(?!\d)")
# A whole phone number from its first digit, its "+" or its "(": an international one
# ("+1 212-555-0187", "+44 (0)20 7946 0018"), a bracketed area code ("(212) 555-0187"), one with
# a trunk zero ("0800 123 4567", "020 7946 0018"), a North American one ("212 555 0187") or a
# local one whose last group has a leading zero ("555-0187"). ``_phone_end`` also asks for
# seven digits or more, so "+3.5%" or "10-15" are never read as one.
_PHONE_RUN = re.compile(
    r"""
    (?:\+\d{1,3}[ .-]?(?:\(0\)[ ]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}
      |\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}
      |0\d{2,4}[ .-]?\d{3,4}[ .-]?\d{3,4}
      |\d{3}[ .-]\d{3}[ .-]\d{4}
      |\d{3}-0\d{3}
      |1[ .-]?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]\d{4}
      |1[38]00[ .-]\d{3}[ .-]\d{3}
    )(?![\d]|[.,]\d)
    """,
    re.VERBOSE,
)
_CURRENCY_CHARS = frozenset("".join(CURRENCY_SYMBOLS))
_CURRENCY_BEFORE = regex.compile(rf"(?<![\p{{L}}\d])(?P<cur>{_alt(CURRENCY_SYMBOLS)})[ \t]?$")


_CANDIDATE_WORDS = {
    *NUMBER_WORDS,
    *MAGNITUDE_WORDS,
    *FRACTIONS,
    *MULTIPLIERS,
    *MULTIPLIER_FORMS,
    # scale words that "a" may count ("a mln bales")
    "mln",
    "bln",
    *"dozens scores hundreds thousands millions billions trillions several many tens".split(),
}


def _sign_may_open(sign: str, word: str) -> bool:
    """Whether a currency sign may match where ``_WORD_ATOM`` is tried: at "a" before a space
    or tab (the "a" of "a third") or at a number word before a character no word holds."""
    lower = sign.lower()
    if not lower.startswith(word):
        return False  # a sign that stops inside the word needs a space or digit next
    rest = lower[len(word) :]
    if not rest:
        return True
    return rest[0] in " \t" if word == "a" else not (rest[0].isalnum() or rest[0] == "_")


if any(
    _sign_may_open(sign, word) for sign in CURRENCY_SYMBOLS for word in (*_CANDIDATE_WORDS, "a")
):  # pragma: no cover
    raise ValueError("a currency sign opens a number word: _WORD_ATOM no longer reads it")
# The candidate words that can open a match of ``_ATOM``, with anything after them, as the
# pattern itself says (a partial match): not "third" or "quarter", atoms only after a count.
_ATOM_OPENERS = frozenset(w for w in _CANDIDATE_WORDS if _ATOM.match(w, partial=True))
# A number word that ``_WORD_ATOM`` reads as one word of its ``words`` group and nothing more
# when no word of ``_GOES_ON`` follows ("two people", "five."): most number words, whose
# atom ``_atoms`` then makes without the pattern (tests/test_fast_paths.py). ``_GOES_ON`` holds
# every letters-only word of everything the pattern can read after a number word: its word
# lists, the connectors and the percent, scale and currency words, generously.
_LONE_WORDS = frozenset(
    w
    for w in _ATOM_OPENERS
    if w.isalpha() and w.isascii() and w in {*NUMBER_WORDS, *MAGNITUDE_WORDS} - {"a", "an"}
    if w not in {*FRACTIONS, *MULTIPLIERS, *MULTIPLIER_FORMS, *APPROXIMATE_QUANTITIES, "half"}
)
_GOES_ON = frozenset(
    word
    for phrase in (
        *_CANDIDATE_WORDS,
        *APPROXIMATE_QUANTITIES,
        *CURRENCY_WORDS,
        *SCALES,
        *"a an and of dozen mln bln bn mn trn tn per cent percent pct percentage point".split(),
        *"points half more upon crore lakh".split(),
    )
    for word in re.findall("[a-z]+", phrase.lower())
)
# After a lone word: the end of the text, a mark no branch reads on over, or blanks and then
# a lowercase ASCII word (group 1; in the lowercased copy, any ASCII word) before a character
# that no case-insensitive match could read as a letter of it.
_LONE_END = re.compile(r"[ \t]++([a-z]++)(?![^\x00-\x7f])|[,.;:!?)\"'\n]|\Z")
if any(
    (m := _WORD_ATOM.match(w + ".")) is None or m.groups() != (None, None, w, None, None, None)
    for w in _LONE_WORDS
):  # pragma: no cover
    raise ValueError("a lone number word is no longer read as one word: update _LONE_WORDS")
# The words that open an atom only with words after them ("many thousands", "several
# hundred", "tens of"): where ``_is_lone`` finds one alone, ``_WORD_ATOM`` reads nothing, and
# it is not tried (tests/test_fast_paths.py).
_NEVER_ALONE = frozenset(
    w
    for w in _ATOM_OPENERS - _LONE_WORDS
    if w.isalpha() and w.isascii() and _WORD_ATOM.match(w + ".") is None
)
# A cheap first pass finds digits and number words: only there is the full atom pattern
# tried. Each of its two scans runs over a copy of the text as bytes, one a character, which
# ``bytes.translate`` has mapped to classes (see ``_classes``): there the scan opens with a
# literal byte, which ``re`` skips to in a tight loop. Over the text itself ``re`` tests a
# class at every position: the digit scan took three times as long, the word scan 1.5 times.
# Digits become "0" and separators stay: runs of them, for a text whose only decimal digits
# are ASCII.
_DIGIT_CLASSES = bytes(
    ord("0") if b in b"0123456789" else b if b in b".," else ord(" ") for b in range(256)
)
_CLASSED_DIGIT_RUN = re.compile(rb"00*(?:[.,]00*)*")
# The same over the text itself, for a text with other decimal digits. It opens with one
# class, not a repeat ("\d\d*", not "\d+"): only then does ``re`` skip through the text in a
# tight loop rather than try a whole match at every position.
_DIGIT_RUN = re.compile(r"\d\d*(?:[.,]\d+)*")
# Number words after a non-word character, in the padded lowercased copy of the text (see
# ``padded_lower``): "[a-z0-9_]" stay and every other character becomes a space. ``_atoms``
# drops a match whose character before or after is a word character in the copy (only a
# non-ASCII one can be), so it finds what ``_NUMBER_WORD_AFTER_I`` without IGNORECASE, its
# "\b" included, finds in the copy itself: a shorter word would end before a letter.
_WORD_CLASSES = bytes(
    b if b in (string.ascii_lowercase + string.digits + "_").encode() else ord(" ")
    for b in range(256)
)
if not all(w.isascii() and w.isalpha() and w.islower() for w in _CANDIDATE_WORDS):
    raise ValueError("number words must be lowercase ASCII letters")  # pragma: no cover
_CLASSED_NUMBER_WORD = re.compile(rb" " + trie(_CANDIDATE_WORDS).encode() + rb"(?![a-z0-9_])")
# For a copy left in its case (lowercasing would move offsets). The class before a word is
# ASCII-only because ``re`` tests it far faster than ``\W``; a match after a non-ASCII letter
# or digit is dropped in code.
_NUMBER_WORD_AFTER_I = re.compile(rf"[^a-z0-9_]{trie(_CANDIDATE_WORDS)}\b", re.IGNORECASE)
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# "a" before a number word belongs to the atom ("a dozen", "a few hundred", "a third"): it is
# looked back for from the word rather than scanned for, as "a" is everywhere.
_A_LEAD = regex.compile(
    r"(?r)(?<![\p{L}\d])a[ \t]++(?:(?:few|couple(?:[ \t]++of)?)[ \t]++)?$", regex.I
)
# The last letters of "a", "few" and "of", and "couple": ``_A_LEAD`` is tried only after one
# of them and spaces ("the two" ends in "e" too often to try it after every "e"). ``regex``
# folds no other letter to these ("İ", "ſ" and "K" fold to "i", "s", "k").
_A_LEAD_ENDINGS = ("a", "A", "w", "W", "f", "F", "couple", "Couple", "COUPLE")
# The digits of a number as the atom pattern reads them (its ``num`` group).
_NUMBER = re.compile(_DIGITS)
# Two or more separator-and-digits groups glued after a number: "1,2.3", "1.1.1.".
_GLUED_RUN = re.compile(r"[.,]\d+[.,]\d[\d.,]*")
# Splits the words of an atom, whose only separators are spaces, tabs and hyphens: ``re``
# reads those as ``regex`` does, and its calls cost less.
_WORD_SPLIT = re.compile(r"[\s-]+")
# Another dashed pair of small numbers right after or before one: the next or previous set.
# Games in a tennis set run to 7 (the bracketed tie-break between two sets is allowed for).
_SCORE_NEXT = re.compile(r",?[ \t]+(?:\(\d{1,2}[-–/]\d{1,2}\)[ \t]+)?[0-7][-–][0-7](?![\d-])")
_SCORE_PREV = re.compile(r"(?<![\d-])[0-7][-–][0-7](?:[ \t]+\(\d{1,2}[-–/]\d{1,2}\))?,?[ \t]+\(?$")
_CLOSING_AFTER = regex.compile(r"[ \t]*[-,.;:!?)”\"]")

# Patterns anchored at the end of a look-back window ("$") search it in reverse, "(?r)": they
# then try the end first instead of every position of the window.
_HEDGE = regex.compile(
    rf"(?r)(?:^|(?<=[\s(\[“\"'‘—–-]))(?P<hedge>{_spaced(HEDGES)})[ \t]*$", regex.IGNORECASE
)
# The last word of every hedge, casefolded as ``_HEDGE`` compares (IGNORECASE folds "ſ" to "s").
_HEDGE_ENDINGS = tuple({h.split(" ")[-1].casefold() for h in HEDGES})
# The two word patterns run for every candidate, so they use the stdlib engine, whose calls
# cost less: [^\W_] is a letter or digit, [^\W\d_] a letter.
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’])*+(?:[.-][^\W_]++)*+\.?")
# ``_WORD`` for a stretch without "_", where ``\w`` is [^\W_]: classes that ``re`` repeats
# faster than a group.
_WORD_NO_UNDERSCORE = re.compile(r"\w[\w'’]*+(?:[.-]\w++)*+\.?")
_GLUED = regex.compile(r"[\p{L}]++")
# "to 9 January", "and 10 March" after a day: the first day of a span of days in one month.
_LATER_DAY_THEN_MONTH = regex.compile(
    r"(?:[ \t]++(?:to|and|until|through)[ \t]++|[ \t]*+[-–][ \t]*+)"
    r"\d{1,2}(?:st|nd|rd|th)?+[ \t]++(\p{L}++\.?+)",
    regex.IGNORECASE,
)
_YEAR_NEXT = re.compile(r"[ \t]++\d{4}(?!\d)")  # "May, 14 2020": a day, then its year
# "401(k)", "501(c)": a number with a bracketed letter is a name
# A relay's legs: "4x100m", "4x400-metre".
_RELAY_AFTER = regex.compile(r"x\d{2,3}(?:m|-met(?:er|re))\b", regex.IGNORECASE)
# The exchange of a numeric ticker in brackets: "(600028.SS)", "(7201.T)".
_TICKER_SUFFIX = regex.compile(r"\.\p{Lu}{1,3}\)")
_BRACKETED_LETTER = re.compile(r"\([a-z]\)")
_WORD_AFTER = regex.compile(r"[ \t]++(\p{L}++)")
_HYPHEN_WORD = regex.compile(
    r"-(?:[ \t]++(?:and|or|to)[ \t]++[\w.,/]++-)?([\p{L}]++(?:-[\p{L}]++)*+)"
)  # "27-nation"; a hyphen left hanging before its pair: "two- and three-year notes"
# The two words after a number: a letter, then letters, apostrophes and hyphens. Each word is
# read as runs of letters between single marks, which ``re`` repeats faster than a group that
# takes one character at a time: the same run is matched.
_NEXT_WORD = r"[^\W\d_][^\W\d_]*+(?:['’-][^\W\d_]*+)*+"
_NEXT_WORDS = re.compile(rf"[ \t]++({_NEXT_WORD})(?:[ \t]++({_NEXT_WORD}))?")
_FURNITURE = regex.compile(r"[\s(\[]*+(?:" + "|".join(FURNITURE) + ")", regex.IGNORECASE)
_PARAGRAPH_FURNITURE = re.compile(r"[(\[]?(?:" + "|".join(PARAGRAPH_FURNITURE) + ")", re.IGNORECASE)
# Every branch of ``_PARAGRAPH_FURNITURE`` ends at the first colon after the paragraph's
# opening: a label's ("Mall news:") within the first ``_LABEL_REACH`` characters, a keyword's
# ("Correction:", "Read more:") after blanks that may run on past them. Such a run leaves at
# most four other characters ("more" between two runs of blanks) among the last nine of the
# reach. An opening with no colon in the reach, and more than four characters that are no
# space among its last nine (prose), is no such note, and the pattern is not tried.
_LABEL_REACH = 64
# Whether a sentence opening with each ASCII character may match ``_FURNITURE``, as the
# pattern itself says (a partial match): most open with a letter no furniture begins with.
_MAY_BE_FURNITURE = tuple(_FURNITURE.match(chr(c), partial=True) is not None for c in range(128))
_LETTERS_AND_SPACE = string.ascii_lowercase + " "


def _furniture_prefixes(depth: int) -> frozenset[str]:
    """The strings of up to ``depth`` ASCII letters and spaces, lowercased and opening with a
    letter, that ``_FURNITURE`` may read on from (a partial match): built a character at a
    time from those of one less."""
    level = [""]
    prefixes = set(level)
    for n in range(depth):
        chars = _LETTERS_AND_SPACE if n else string.ascii_lowercase  # each opens with a letter
        level = [
            p + ch
            for p in level
            for ch in chars
            if _FURNITURE.match(p + ch, partial=True) is not None
        ]
        prefixes.update(level)
    return frozenset(prefixes)


# The same for a sentence's first five characters, up to the first that is no ASCII letter
# or space, lowercased (the pattern ignores case, and no ASCII letter folds to another):
# nearly every sentence that passes the first test opens with words no furniture does ("The
# company", "They", "Washington"), and the pattern costs microseconds a sentence.
_FURNITURE_LEAD = 5
_FURNITURE_PREFIXES = _furniture_prefixes(_FURNITURE_LEAD)
_ASCII_LETTERS_AND_SPACE = frozenset(string.ascii_letters + " ")
_APPOSITION_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*+,[ \t]*+$")
# A line that is a name and a comma ("Cynthia Vik, "), before a number ending the line; a
# nickname in quote marks may stand among its words ('Ann "Annie" Vik, ').
_NAME_LINE_WORD = r"(?:\p{Lu}[\p{L}'’.-]*+|[\"“‘']\p{Lu}[\p{L}.-]*+[\"”’'])"
_NAME_LINE_BEFORE = regex.compile(
    rf"(?:^|\n)[ \t]*+\p{{Lu}}[\p{{L}}'’.-]*+(?:[ \t]++{_NAME_LINE_WORD}){{0,3}}"
    rf"[ \t]++\p{{Lu}}[\p{{L}}'’.-]*+,[ \t]*+$"
)
_LINE_END = regex.compile(r"[ \t]*+(?:\n|$)")
# "The driver, ", "his eldest son, ": a determiner, up to two words and a lowercase noun.
_APPOSITION_COMMON_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?i:the|a|an|his|her|their|its|our|my|your)(?:[ \t]++[\p{L}'’-]++){0,2}"
    r"[ \t]++\p{Ll}[\p{L}'’-]*+,[ \t]*+$"
)
# ", was": the comma closing an age after a common noun, then the word after it.
_APPOSITION_COMMON_AFTER = regex.compile(r"[ \t]*+,[ \t]++(\p{Ll}++)")
# ") denies": the bracket closing an age, then the word after it.
_APPOSITION_BRACKET_AFTER = regex.compile(r"\)[ \t]++(\p{Ll}++)")
# "Ms Ortiz (": a capitalised word, then the bracket.
_APPOSITION_BRACKET_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*+[ \t]*+\($")
# ", now " (or another adverb) before an age set off after a person, and what may follow it.
_ADVERB_AGE_BEFORE = regex.compile(
    r",[ \t]++(?:" + "|".join(APPOSED_AGE_ADVERBS) + r")[ \t]++$", regex.IGNORECASE
)
_ADVERB_AGE_AFTER = regex.compile(r"[ \t]*+(?:,|\.(?:\s|$)|and\b)")
_APPOSITION_AFTER = regex.compile(
    r"[ \t]*+(?:,|\)|\.(?:\s|$)|;|[-–—](?=[ \t]))"
    # or an event the age is told at: "Ana Vik, 13 when she left, ..."
    r"|[ \t]++when\b"
    # or a second name with its age after "and": "Lee, 48 and Vik, 73, are"
    r"|[ \t]++and[ \t]++\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+){0,2}"
    r",[ \t]*+\d{1,3}[ \t]*+[,)]"
)
_HYPHENATED_BEFORE = regex.compile(r"(?r)(?<!\bthan)(?<=\p{L})-$", regex.IGNORECASE)
# The word before a year that is the base of a change ("up 5 pct on 1986", "over 2003").
_YEAR_BASE_BEFORE = regex.compile(r"\b(?i:on|over|against|versus|vs\.?)[ \t]++$")
_GAP_RANGE = regex.compile(r"[ \t]*+(?:to|-|–)[ \t]*+$|(?:-|–)$", regex.IGNORECASE)
_GAP_IN = regex.compile(r"[ \t]++in[ \t]++$", regex.IGNORECASE)
_GAP_OUT_OF = regex.compile(r"[ \t]++out[ \t]++of[ \t]++$", regex.IGNORECASE)
# The possessive determiners, the first and second persons' too ("my", "your"): what may lead
# a partitive's whole, "the only one", a size before its noun, or "half" as a noun.
_POSSESSIVES = POSSESSIVE_DETERMINERS | {"my", "your"}

# A part and its whole with a determiner between: "181 of the 305", "11 of their 15", and
# maybe a word of position, "six of their last 11" (one claim, as the gold sets join them;
# "seven of 192" stays two, as dev splits it).
_GAP_PARTITIVE = regex.compile(
    r"[ \t]++of[ \t]++(?:(?:the|" + _alt(_POSSESSIVES) + ")"
    # or a name's possessive: "33 of the Senate's 100", "five of Vik Oil's 12"
    r"|(?:the[ \t]++)?+(?-i:(?:\p{Lu}[\p{L}.&-]*+[ \t]++){0,2}+\p{Lu}[\p{L}.&-]*+)['’]s)[ \t]++"
    rf"(?:(?:{_alt(PARTITIVE_POSITIONS)})[ \t]++)?$",
    regex.IGNORECASE,
)
# The widest gap a joiner may have: a partitive with a word of position before its whole
# ("two of their remaining six"); every other joiner fits in 12 characters.
_JOIN_REACH = 12
_PARTITIVE_REACH = 40  # and a name of up to three words before its possessive
# A hyphen and a letter or digit glued after a whole: "500 of its 747-8 jets", a model.
_GLUED_AFTER = re.compile(r"-\w")
# "of a century" after a fraction: a share of a time unit
_OF_TIME_AFTER = regex.compile(r"[ \t]++of[ \t]++an?[ \t]++(\p{L}++)", regex.IGNORECASE)
_ORDER_WORDS = frozenset("first last next past previous".split())
# The words between a frequency and its time unit: "once a week", "once every month".
_PER_WORDS = frozenset("a an per every each".split())
# The words before "half" that make it one of two periods ("the first half", "the last half").
_HALF_OF_A_PERIOD_AFTER = frozenset(
    "first second latter former other 1st 2nd last next past each either".split()
)
_PERIOD_DETERMINERS = _ORDER_WORDS | frozenset("this each per every same coming following".split())
# A second distance in metres after "and"/"or", and the word after it: "200m and 400m record".
_METRES_PAIR_AFTER = regex.compile(r"[ \t]++(?:and|or)[ \t]++\d[\d,.]*+m[ \t]++(\p{L}++)")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:the|a|an)[ \t]++$", regex.IGNORECASE)
# What names a race by its distance alone, the phrase ending at the number: "the 60m at".
_RACE_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:the|(?:wo)?men['’]s)[ \t]++$", regex.IGNORECASE
)
_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{L}++)[ \t]++$")
# "another" or "the other" within a few words after "one": one of two
# After "one": a noun, then a period it counts per ("one visit every three years", "one death
# a day", "one gigabit a second").
_PER_PERIOD_AFTER = regex.compile(
    r"[ \t]++(?P<noun>[\p{L}-]++)[ \t]++(?:every|a|an|per|each)[ \t]++(?:[\p{L}\d-]++[ \t]++)?"
    r"(?:" + _alt(TIME_UNITS) + r")\b",
    regex.IGNORECASE,
)
# A noun, then "per" and a noun: a count per unit ("one lifejacket per seat", "one vote per share").
_PER_UNIT_AFTER = regex.compile(r"[ \t]++[\p{L}-]++[ \t]++per[ \t]++\p{L}", regex.IGNORECASE)
# "one each", "one disc each"; not "one for each MP", a pronoun
_EACH_AFTER = regex.compile(
    r"(?:[ \t]++(?!(?:for|to|of|in|on|at|with|by|from)\b)\p{Ll}[\p{L}-]*+)?"
    r"[ \t]++(?:each|apiece)\b(?![ \t]++of\b)"
)
_ANOTHER_AFTER = regex.compile(
    r"(?:[ \t]++[\p{L}'’-]++){1,4}?[ \t]++(?:to|and|or|than|from|after)[ \t]++"
    r"(?:another|the[ \t]++other)\b",
    regex.IGNORECASE,
)
# "the only " before "one": the pronoun picking out a thing ("the only one to ...").
_THE_ONLY_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?:the|" + _alt(_POSSESSIVES) + r")[ \t]++only[ \t]++$", regex.IGNORECASE
)
# How far back "one" looks for the other counts of its list.
_LIST_REACH = 60
# Another count before "one" in its list: "two Texas programs, and " (digits or a number
# word other than "one", then a comma or "and" before "one").
# A toll word just before "one": "the death of ", "killed ".
_TOLL_NEAR = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted(TOLL_WORDS)) + r")(?:[ \t]++of)?[ \t]++$", regex.IGNORECASE
)
_GLUED_UNIT = regex.compile(r"([a-zA-Z]{1,2})\b")  # "9km", "400m"
_OTHER_COUNT = (
    r"\b(?:\d[\d,.]*+|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w != "one"), key=len, reverse=True))
    + r")\b"
)
# an earlier count of a list and the word after it ("two from Peru, one from Chad")
_OTHER_COUNT_THEN = regex.compile(_OTHER_COUNT + r"[ \t]++([\p{L}]++)", regex.IGNORECASE)
_COUNT_BEFORE = regex.compile(_OTHER_COUNT + r"[^.;:!?]*(?:,|\band)[ \t]*+$", regex.IGNORECASE)
# a noun after "one", then "and" and another count of the same list ("one share and two
# warrants", "one son and two daughters")
_COUNT_AFTER = regex.compile(
    r"[ \t]++[\p{L}-]++(?:[ \t]++[\p{L}-]++)?[ \t]++(?:and|plus)[ \t]++"
    r"(?:(?:one-)?half|" + _OTHER_COUNT + r")[ \t-]",
    regex.IGNORECASE,
)
# words joining the later days of a list or span to the first ("April 11 and 12")
_DAY_LIST_JOINS = frozenset(("and", "or", "&", "through", "thru", "until", "till"))
_MONTH_DAY_LIST = regex.compile(
    r"(?r)\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?[ \t]++\d{1,2}+(?:[ \t]*+,[ \t]*+\d{1,2}+){0,8}+"
    + r"[ \t]*+(?:,[ \t]*+(?:and|or|&)?|"
    + _alt(_DAY_LIST_JOINS)
    + r")[ \t]*+$",
    regex.IGNORECASE,
)
_GAP_OR = regex.compile(r"[ \t]++or[ \t]++$", regex.IGNORECASE)
_GAP_AND = regex.compile(r"[ \t]++and[ \t]++$", regex.IGNORECASE)
_RUN_IN_ITEM_AFTER = frozenset((". ", ": "))  # before an item number opening a sentence
_ITEM_REACH = 300  # characters read back from an item number for the item before it
_TIME_UNIT_NEXT = regex.compile(r"[ \t]++(?:" + _alt(TIME_UNITS) + r")\b", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?r)\bbetween[ \t]++$", regex.IGNORECASE)
# A street's name after a house number: one to three capitalised words, the last a street word.
_STREET_AFTER = regex.compile(
    r"[ \t]++(?:\p{Lu}[\p{L}'’-]*+[ \t]++){1,3}(?i:" + _alt(STREET_WORDS) + r")\b\.?(?![\p{L}-])"
    # a house number before a compass point and a name: "5401 N. Elston", "9901 S. Dr. King"
    r"|(?<=\b\d{3,5})[ \t]++(?:[NSEW]|NE|NW|SE|SW)\.[ \t]++(?!(?i:" + _alt(COMPASS_REGIONS) + r"))"
    r"\p{Lu}[\p{L}'’-]*+\.?(?:[ \t]++\p{Lu}[\p{L}'’-]*+\.?){0,5}"
    r"(?=[;,)\n]|\.(?:\s|$)|$)"
    # or before a numbered street: "1200 E. 78th St."
    r"|(?<=\b\d{2,5})[ \t]++(?:[NSEW]|NE|NW|SE|SW)\.[ \t]++\d{1,3}(?:st|nd|rd|th)[ \t]++(?i:"
    + _alt(STREET_WORDS)
    + r")\b"
)
_AGE_WORDS = frozenset(w for w in AGE_BEFORE if " " not in w)
_AGE_HEDGE_WORDS = frozenset(AGE_HEDGES)
_AGE_HEDGED = regex.compile(  # "at the age of just 28": an age word, a hedge, the age
    rf"(?r)\b(?:{_spaced(AGE_BEFORE)})[ \t]+(?:{_alt(AGE_HEDGES)})[ \t]+$",
    regex.IGNORECASE,
)
_AGE_PAIRS = frozenset(tuple(w.split()) for w in AGE_BEFORE if " " in w)
# "age" as the subject of a move, up to four words between ("the pension age will rise
# from 60 to"), none of them "of" ("the age of the fleet rose to 300" counts ships)
_AGE_CHANGE_BEFORE = regex.compile(
    r"(?i)\bage[ \t]++(?:(?!of\b)[a-z]++[ \t]++){1,4}"
    r"(?:from[ \t]++\d{1,3}[ \t]++)?(?:from|to)[ \t]++$"
)
_AGE_PAIR_ENDS = frozenset(pair[-1] for pair in _AGE_PAIRS)
_STRETCH_WORDS = RACE_STRETCH_BEFORE | {"next", "opening"}
_MATCH_UNIT_BEFORE = regex.compile(r"\b(?:" + _alt(MATCH_UNITS) + r")\b", regex.IGNORECASE)
_MATCH_UNIT_REACH = 100  # characters read back from a bare stretch for the unit it elides
_KNOCKOUT_FIELDS = frozenset((4.0, 8.0, 16.0, 32.0, 64.0))  # a bracket halves each round
_BARE_AGE_PAIRS = frozenset(tuple(w.split()) for w in BARE_AGE_BEFORE if w.count(" ") < 2)
# The three-word entries ("she will be"): the pair of ``_Near`` sees only "will be".
_BARE_AGE_TRIPLE = regex.compile(
    rf"(?r)\b(?:{_spaced(w for w in BARE_AGE_BEFORE if w.count(' ') == 2)})[ \t]+$",
    regex.IGNORECASE,
)
_BARE_AGE_PAIR_ENDS = frozenset(w.split()[-1] for w in BARE_AGE_BEFORE)
_AGE_RANGE_WORDS = frozenset(w for w in AGE_RANGE_BEFORE if " " not in w)
_AGE_RANGE_PAIRS = frozenset(tuple(w.split()) for w in AGE_RANGE_BEFORE if " " in w)
# The earlier numbers of a list of ages, back to its age word: "aged 17 and ", "ages 4, 6, ".
_AGE_LIST = regex.compile(
    r"(?r)\b(?:aged|ages?|ages?[ \t]++(?:of|from))[ \t]++\d{1,3}+(?:[ \t]*+,[ \t]*+\d{1,3}+){0,8}+"
    r"[ \t]*+(?:,[ \t]*+(?:and|or|&)?|and|or|&|to)[ \t]*+$",
    regex.IGNORECASE,
)
# The later age of a pair written on the last: "16 and 17-year-olds", "five or six-year-olds".
_AGE_LIST_LINKS = frozenset(("and", "or", "to"))  # the words of the pattern's links; and "&"
_AGES_AHEAD = regex.compile(
    rf"[ \t]++(?:{_alt(_AGE_LIST_LINKS | {'&'})})[ \t]++"
    rf"(?:\d{{1,3}}+|{_alt(NUMBER_WORDS)})[- ]"
    r"(?:year|month|week)s?+[- ]olds?+\b",
    regex.IGNORECASE,
)
# The rest of a list of numbers that share the word after its last one ("7.5, 9.2 and 11.4
# years", "the usual five, eight or twelve-night stays", "six, four, or even two weeks"):
# that word, or a hyphen and a word.
_LIST_NUMBER = r"(?:\d[\d.,]*+|" + _alt(NUMBER_WORDS) + r")"
_LIST_LAST_LINK = (
    r"[ \t]++(?:and|or)[ \t]++(?:(?:" + "|".join(LIST_LINK_ADVERBS) + r")[ \t]++)?"
    + _LIST_NUMBER + r"(?:[ \t]++([\p{L}]++)|-([\p{L}]++))"
)  # fmt: skip
_LIST_TAIL = regex.compile(
    # a comma before the last link only after three items: "with two, and two-shift mills"
    r"(?:(?:[ \t]*+,[ \t]*+" + _LIST_NUMBER + r"){1,5}+[ \t]*+,"
    + r"|(?:[ \t]*+,[ \t]*+" + _LIST_NUMBER + r"){0,5}+)" + _LIST_LAST_LINK,
    regex.IGNORECASE,
)  # fmt: skip
# The last link after a comma, for the list's next-to-last item: "six, [four], or two weeks".
_COMMA_LAST_LINK = regex.compile(r"[ \t]*+," + _LIST_LAST_LINK, regex.IGNORECASE)
# An earlier item of a list before a number: "six, " in "six, four, or two weeks".
_LIST_ITEM_BEFORE = regex.compile(
    r"(?r)(?:\d|\b(?:" + _alt(NUMBER_WORDS) + r"))[ \t]*+,[ \t]*+$", regex.IGNORECASE
)
# A list ends in "and" or "or" with no comma before it: "a town of 12,000, 31-year-old Ana"
# and "opening with three, and three-shift yards with one" are no lists.
# A life's event earlier in the clause before "at" and an age: "died in Germany at 50",
# "retired at 65", "left school at 15".
_DIED_AT = regex.compile(
    r"(?r)\b(?:" + _alt(LIFE_EVENTS) + r")\b[^.;:!?\n\d]{0,40}?\bat[ \t]++$",
    regex.IGNORECASE,
)
_AGES_OF = regex.compile(r"(?r)\bages[ \t]++of[ \t]++$", regex.IGNORECASE)
# A later number of a list after a reference word: "Sections 21, 24 and 26", "pages 4 or 5".
_REFERENCE_LIST = regex.compile(
    r"(?r)\b(?:"
    + "|".join(regex.escape(w) for w in sorted(REFERENCE_WORDS, key=len, reverse=True))
    + r")[ \t]++\d++(?:[ \t]*+,[ \t]*+\d++){0,8}+[ \t]*+(?:,[ \t]*+(?:and|or|&)?|and|or|&)[ \t]*+$",
    regex.IGNORECASE,
)
# The later numbers of a list after a name and its number ("Apollo 13 and 16", "Channels 2, 4
# and 7"): the name, then the numbers before this one.
_NAME_NUMBER_LIST = regex.compile(
    r"(?r)(?<![\p{L}\d'’.-])(\p{Lu}\p{L}*)[ \t]\d{1,4}(?:,[ \t]\d{1,4}){0,8}"
    r"(?:,[ \t](?:and[ \t]|or[ \t]|&[ \t])?|[ \t](?:and|or|&)[ \t])$"
)
_SPORTS_REACH = 40  # characters read after a dashed pair for a sports word
# A list that gaps its verb and noun after a first count ("has recorded 135 deaths, Vik County
# 83, Lund 66 and Ost County 33"): a count, its plural noun (not a scorer's "48 pen"), then
# names each with a number, read back from the name before the number in question.
_GAP_NAME = r"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}"
_GAPPED_LIST = regex.compile(
    r"(?r)\d[\d,.]*(?:[ \t]+\p{Ll}[\p{L}-]*)?[ \t]+\p{Ll}[\p{L}-]*s,[ \t]+(?:"
    + _GAP_NAME
    + r"\d[\d,.]*,[ \t]+){0,8}(?:"
    + _GAP_NAME
    + r"\d[\d,.]*,?[ \t]+and[ \t]+)?"
    + _GAP_NAME
    + r"$"
)
_GAP_REACH = 240  # characters read back for a gapped list's first count
_GAP_ITEM_END = regex.compile(r"[ \t]*+(?:[,;.)]|and\b|$)")
_LIST_ITEM_REST = regex.compile(r"[ \t]++[\p{Lu}\"“‘']")  # after "3.": " Cheaper"
# How a line before a list item ends; a line break there is a blank line.
_LIST_ITEM_AFTER_OR_BREAK = frozenset('.!?:;"”’)\n')
_SHOT_YARDS = 40  # the farthest a shot is taken from, in yards
_PREFIX_NOT_RANGE = regex.compile(r"(?r)\b(?:from|by)[ \t]++$", regex.IGNORECASE)
_SPREAD_REACH = 30  # characters read back from "from" for the word before it
# Units written with a capital as a rule, not as a name's: "13 Celsius", "40 Ecus"
_NAMED_UNITS = frozenset("celsius fahrenheit euro euros ecu ecus".split())
# Digits, then a unit, currency or time word written with a capital and then lowercase: a
# name or title ("50 Cent", "60 Minutes", "the Nine Mile plant"), as a unit is written lower.
_TITLED_UNIT = regex.compile(
    r"\d++[ \t]++(?:"
    + _alt(
        w.capitalize()
        for w in {*CURRENCY_WORDS, *TIME_UNITS, *MEASURE_UNITS, "cent"} - _NAMED_UNITS
        if w.isalpha() and len(w) > 3
    )
    + r")(?![\p{L}\d])"
)
_RANK_NUMBER_BEFORE = regex.compile(r"(?r)\b(?:number|no\.?)[ \t]++$", regex.IGNORECASE)
_RANK_BEFORE = regex.compile(
    r"(?r)\b(?:ranked|ranks|ranking|placed|came|finished|rated|scored)[ \t]++$", regex.IGNORECASE
)
# A verb and up to three capitalised words (after an optional "the") before a number: the
# hearer of "told AFP 30 people". Not possessive: searched in reverse, "[\p{L}...]*+" would
# swallow the capital it follows.
_HEARER_BEFORE = regex.compile(
    r"(?r)\b(\p{L}+)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}&.'’-]*[ \t]+){1,3}$"
)
# "all three were", "all four said": verbs after "all" and a number that leave it no noun of
# its own, so it re-mentions a group (a preposition may still count: "all eight in Vik")
_GROUP_PRONOUN_AFTER = AUXILIARIES | FINITE_VERBS | REPORTING_VERBS
# Words after a number that leave it no noun of its own ("a mix of the two and ...")
_NO_NOUN_AFTER = frozenset("and or but nor in on at to for with from by as who which that".split())
# How far back a counted noun is looked for ("four babies ... all four babies")
_REMENTION_REACH = 2000
_HERE_ARE_THE = regex.compile(
    r"(?r)\b(?:(?:here|these)[ \t]++(?:are|were)|here['’]s)[ \t]++the[ \t]++$", regex.IGNORECASE
)
# A capitalised number word opening a run of capitalised words ("Seven Oaks International
# said"): the words of the run, then what follows it
_CAPITAL_RUN = regex.compile(
    r"(?:[ \t]++(\p{Lu}[\p{L}'’&.]*+)){2,4}+(?:[ \t]++(\p{L}++)|[ \t]*+[,;:)]|[ \t]*+$)"
)
# A verb or link word after a run of capitalised words: the run is the subject, a name
_AFTER_NAME = FUNCTION_WORDS | AUXILIARIES | FINITE_VERBS | REPORTING_VERBS
# Currency words and the cent forms the atom pattern leaves out ("a 95 ct loss")
_MONEY_UNITS = frozenset(CURRENCY_WORDS) | {"ct", "cent", "p"}
_AGE_GROUPS = frozenset((w,) for w in AGE_GROUP_NOUNS)
_NOT_NAMES = FUNCTION_WORDS | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}


def _idioms() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """``NUMBER_IDIOMS`` by their number token: the words before it and the words after it."""
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in NUMBER_IDIOMS:
        words = phrase.split()
        k = next(
            i
            for i, w in enumerate(words)
            if w in NUMBER_WORDS or w in MAGNITUDE_WORDS or w in MULTIPLIERS
        )
        lo = k - 1 if k and words[k - 1] == "a" and words[k] in MAGNITUDE_WORDS else k
        token = " ".join(words[lo : k + 1])
        table.setdefault(token, []).append((tuple(words[:lo]), tuple(words[k + 1 :])))
    return {token: tuple(shapes) for token, shapes in table.items()}


_IDIOMS = _idioms()
# "a letter or two", "an hour or two", "once or twice": the end of a loose pair after "a"
# and a singular word, or after "once", counts nothing ("one or two" and "two or three" are
# ranges, claims).
_LOOSE_PAIR_ENDS = frozenset(("two", "twice"))
_LOOSE_PAIR_BEFORE = re.compile(r"(?i:\b(?:an?[ \t]+[a-z]+(?<!s)|once))[ \t]+or[ \t]+$")
_CONTEXT = 48
# What may stand between a number and the word before it for the two to be adjacent.
_ADJACENT_SPACES = frozenset(" \u00a0")
# How far back from a number ``_prev_words`` first looks for a space: the three words before
# most numbers end within it.
_PREV_WORDS_TAIL = 18
_HEDGE_WINDOW = 24


Verdict: TypeAlias = tuple[int, int, str]
"""A number-like token as ``find_claims`` decided it: its start, its end and the name of the
rule that decided it (a claim form of :data:`CLAIM_FORMS` or a rule of
:data:`NON_CLAIM_RULES`)."""


def _decisions(category: str, *rows: tuple[str, str, str]) -> tuple[Decision, ...]:
    """The claims stage's rows of one category, as ``decisions`` builds every stage's table."""
    return decisions("claims", *((name, category, summary, ex) for name, summary, ex in rows))


CLAIM_FORMS: tuple[Decision, ...] = _decisions(
    "claim",
    ("digits", "digits, with separators and decimals", "It sold [1,170] cars."),
    ("scale", "digits with a scale word", "The firm hired [1.2 million] staff."),
    ("percent", "a percentage or rate", "Turnout rose to [62%]."),
    ("money", "an amount with its currency", "Tickets cost [£40] each."),
    ("number-word", "number words, exact or approximate", "[Hundreds] of fans came."),
    ("fraction", "a share of a group", "[Two-thirds] of voters agreed."),
    ("multiplier", "a multiplier stating an amount", "Sales [doubled] last year."),
    ("range", "two numbers as one figure", "It will cost [10 to 15] lives."),
    ("ratio", "a rate or part of a whole", "[Three in 10] pupils walk."),
    ("tally", "a vote or tally, larger number first", "The board voted [9-4] to sell."),
)
"""How a claim is written (spec section 1): what ``considered`` and a claim's ``why`` name."""

NON_CLAIM_RULES: tuple[Decision, ...] = (
    *_decisions(
        "date",
        ("day-of-month", "a day of a month", "The fair opens on October [7]."),
        ("days-of-month-list", "the later days of a list of dates", "It met on May 4 and [5]."),
        ("slashed", "numbers around a slash: a date or a code", "They recalled [9/11] often."),
        ("decade", "a decade", "Vinyl boomed in the [70s]."),
    ),
    *_decisions(
        "year",
        ("year", "a four-digit year", "The mill closed in [1998]."),
        ("short-year", "a year cut short", "It was built in ['98]."),
        ("year-span", "a span of years or a season", "It was the [2023-24] season."),
    ),
    *_decisions(
        "time",
        ("clock-time", "a time of day or a timing", "The bell rang at [10:30]."),
    ),
    *_decisions(
        "duration",
        ("time-unit", "a number of time units", "The talks lasted [three] weeks."),
        ("duration-phrase", "a duration with words between", "They waited [two] more weeks."),
        ("period-range", "a range of time units", "Repairs take [10 to 12] weeks."),
        ("period-fraction", "a fraction of a period", "It took [three-quarters] of a century."),
    ),
    *_decisions(
        "age",
        ("years-old", "an age given in years old", "The wine is [30] summers old."),
        ("age-word", "a number after an age word", "The pilot, aged [45], landed."),
        ("bare-age", "an age after a verb of being or dying", "The poet died at [81]."),
        ("apposed-age", "an age set off after a person", "Mr Lindqvist, [66], retired."),
        ("age-bound", "the bound of an age group", "Voters over [60] in the county stayed home."),
        ("ages-list", "the later ages of a list", "The twins, aged 17 and [19], won."),
        ("age-range", "a range of ages", "Adults aged [18-24] vote least."),
    ),
    *_decisions(
        "ordinal",
        ("ordinal-suffix", "an ordinal written with digits", "She finished [2nd] in the heat."),
        ("ordinal-fraction", "a fraction word used as an ordinal", "He scored [a third] goal."),
        ("world-rank", "a place in a world ranking", "She slipped to [64] in the world."),
        (
            "knockout-round",
            "a knockout round named by the field left in it",
            "She reached the last [16] in Lund.",
        ),
    ),
    *_decisions(
        "name or identifier",
        ("reference", "a number after a reference word", "He cited Article [51] of the charter."),
        (
            "reference-list",
            "the later numbers of a list of references",
            "See Sections 21 and [24].",
        ),
        ("called-name", "a number in a title", "She wrote a novel called [40] Winters."),
        (
            "titled-unit",
            "digits before a unit written with a capital: a name",
            "The rapper [50] Cent sang.",
        ),
        ("after-capitalised-word", "a number after a name", "She flew a Boeing [737] to Oslo."),
        (
            "capitalised-number-word",
            "a capitalised number word inside a sentence: a name",
            "They won the [Six] Nations title.",
        ),
        ("letter-name", "a number with a capital letter glued on", "The [5G] network opened."),
        ("glued-letters", "a number glued to letters", "The code [12abc] failed."),
        ("glued-to-word", "digits glued to a word", "Cases of COVID-[19] fell."),
        ("hyphenated-word", "a number word inside a hyphenated word", "The scrum-[half] scored."),
        ("bracketed-code", "a code with a bracketed letter", "She paid into a [401](k) plan."),
        ("subsection", "a bracketed number glued to a reference", "It breaks Section 14([2])."),
        ("ticker", "a numeric ticker and its exchange", "Lund Oil ([600028].SS) fell."),
        ("relay", "the legs of a relay race", "She ran the [4]x100m relay."),
        ("dotted-identifier", "a version or address", "Update to version [2.4.1] now."),
        ("phone-number", "a phone number", "Call [0161 496 0000] for help."),
        (
            "street-address",
            "a house number before a street's name",
            "She lives at [10] Vik Street.",
        ),
        ("hash-number", "a number after '#'", "Look for #[55931] on the shelf."),
        ("in-url", "a number in a web address", "See www.example.org/[2024] for more."),
        ("in-address", "a number in an e-mail address", "Email [77]@example.org now."),
        ("code-part", "the rest of a code of letters and digits", "An A350-[1000] landed."),
        (
            "leading-zero",
            "digits opening with a zero: a code or a clock time",
            "Gates shut at [0700].",
        ),
    ),
    *_decisions(
        "descriptor",
        ("compound-descriptor", "a number before a hyphenated word", "The [27]-nation bloc met."),
        ("attributive-size", "a size used as an adjective", "A [40] tonne truck overturned."),
        ("denomination", "a sum naming a banknote or coin", "He paid with a [$50] note."),
        (
            "security-name",
            "a dividend naming a class of preferred stock",
            "It will redeem its [4.50-dlr] convertible series B stock.",
        ),
        (
            "metres-not-millions",
            "a distance in metres, not millions",
            "She won the [5,000m] final.",
        ),
        (
            "descriptive-multiplier",
            "a multiplier describing a noun",
            "They booked a [double] room.",
        ),
        (
            "once-not-a-frequency",
            "'once' that counts no times a period",
            "The talks [once] looked doomed.",
        ),
        ("rate-base", "the base of a rate, after 'per'", "There are 7.5 beds per [100] people."),
        ("household-size", "the size of a household", "A family of [five] will pay £210 less."),
    ),
    *_decisions(
        "score",
        ("score", "a sports score", "The hosts won [3-1] at home."),
        (
            "descending-pair",
            "a small pair that runs down: a score or odds",
            "The odds were [5-2] against.",
        ),
    ),
    *_decisions(
        "sports event",
        ("race-distance", "a race distance or its stretch", "She won the [400] metres final."),
        ("match-stretch", "a stretch of a match", "She won the next [five] games."),
        ("winning-margin", "a winning margin", "The mare won by [three] lengths."),
        ("shot-distance", "where a shot was taken from", "His drive from [25] yards went wide."),
        ("match-event", "events counted within one match", "The visitors ran in [two] tries."),
        ("race-time", "a race time", "She clocked [11.42] in the heat."),
    ),
    *_decisions(
        "pronoun one",
        ("pronoun-one", "'one' as a pronoun or determiner", "[One] of the guests left early."),
    ),
    *_decisions(
        "re-mention",
        (
            "counted-before",
            "a group counted earlier",
            "Four boats sank. The [four] boats were old.",
        ),
        (
            "all-of-group",
            "'all' and a group given before",
            "Three men ran, and all [three] were caught.",
        ),
        ("own-list-count", "an article's count of its own list", "Here are [7] ways to save."),
        ("definite-group", "a small definite group", "The [two] leaders shook hands."),
        (
            "sum-stated-again",
            "a sum or rate given earlier",
            "It won $5m. The [$5m] grant pays staff.",
        ),
    ),
    *_decisions(
        "vague quantity",
        ("one-or-two", "'one or two': a few", "There were [one or two] hiccups."),
    ),
    *_decisions(
        "figure of speech",
        ("figure-of-speech", "a full percentage after a verb of feeling", "I feel [100%] again."),
        ("idiom", "a set phrase", "She was in [two] minds about it."),
        ("half-state", "half before a state: a degree", "The mill was left [half] built."),
        (
            "half-of-a-place",
            "half as a noun ending its phrase: a half of a pitch",
            "The visitors were stuck in their own [half].",
        ),
    ),
    *_decisions(
        "furniture",
        ("furniture", "page furniture: credits, page numbers", "Page [3] of 7"),
        ("list-marker", "a number opening a list item", "[3]. Cheaper fares for all"),
    ),
)
"""The rules that find a number-like token no claim (spec section 1's "Not claims" and
section 5), grouped by category; ``find_claims`` returns their names."""


class _Atom(NamedTuple):
    """A number as matched, before merging and filtering (a tuple: texts make many)."""

    start: int
    end: int
    value: float | None
    scale: str | None
    currency: str | None
    percent: str | None
    approximate: bool
    fraction: bool
    words: bool
    plain: bool
    """Bare digits with no separators, decimals, currency, scale or percent ("737")."""


_tuple_new = tuple.__new__  # skips NamedTuple's Python-level __new__: texts make many atoms
_PLAIN_FLAGS = (False, False, False, True)  # approximate, fraction, words, plain


def find_claims(
    text: str, doc: Segments, considered: list[Verdict] | None = None
) -> tuple[Claim, ...]:
    """Every numeric claim in ``text``, in order, not overlapping, all ``unsourced``.

    With a ``considered`` list, every number-like token read is added to it with the rule that
    decided it (see :data:`NON_CLAIM_RULES` and :data:`CLAIM_FORMS`), in no set order."""
    atoms = list(_atoms(text, considered))
    claims: list[Claim] = []
    seen_values: set[float] = set()
    # The sentence of the last candidate and whether it is page furniture ("Copyright 2024",
    # "Page 3 of 7"): numbers come in runs, so each sentence is matched about once.
    in_start = in_end = furniture_end = 0
    for first, last, joiner in _merge(text, atoms):
        start, end = first.start, last.end
        value = first.value
        if not joiner and first.plain and end - start == 4 and value and 1500 <= value <= 2100:
            # A year ("in 2004"), the commonest non-claim, is rejected here, before any context
            # is read, rather than among the rules of ``_non_claim``.
            seen_values.add(value)
            if considered is not None:
                considered.append((start, end, "year"))
            continue
        if not in_start <= start < in_end:
            in_start, in_end, furniture_end = _sentence_at(text, doc, start)
        # The words after the number, read by both the rules and the claim's noun; they begin
        # with a space or tab, or after a "+" glued to the number ("30+ years", a lower bound).
        glued = end + 1 if text[end : end + 1] == "+" else end
        nxt = (
            _NEXT_WORDS.match(text, glued, glued + _CONTEXT)
            if text[glued : glued + 1] in " \t"
            else None
        )
        rule = (
            "furniture"
            if start < furniture_end
            else _non_claim(text, doc, first, last, joiner, seen_values, nxt)
        )
        found = not rule
        if found:
            claims.append(_build(text, first, last, joiner, nxt))
        if considered is not None:
            considered.append((start, end, rule or _form(text, first, last, joiner)))
        # The counts a later "the two ..." may re-mention; a share or a multiplier ("half",
        # "doubled") counts no group.
        if not first.fraction:
            if value is not None:
                seen_values.add(value)
            if last.value is not None and (found or joiner):
                seen_values.add(last.value)
    return tuple(claims)


def _atoms(text: str, skipped: list[Verdict] | None = None) -> Iterator[_Atom]:
    """Number atoms, except those inside URLs, e-mail addresses, clock times and the like.

    The atom pattern is tried only where the cheap scans find digits or a number word (at a
    word, its word branches alone). A number with two or more separator-and-digit groups glued
    after it ("1,2.3", "1.1.1.", a version or an identifier) is skipped whole, which also keeps
    a megabyte of such junk one step per group. With a ``skipped`` list, the digits skipped
    are added to it with the rule that skipped them."""
    candidates, padded, fast = _candidates(text)
    links = "://" in text or "www." in text or "@" in text
    last_end = 0
    # Each candidate is (start, run_end): a digit run's end; minus a number word's end in the
    # padded copy, when found there; or 0, a number word found in a copy left in its case.
    for start, run_end in candidates:
        if start < last_end:
            continue
        digit = run_end > 0
        if digit:
            skip = _skipped_run(text, start, run_end, skipped)
            if skip:
                last_end = skip
                continue
        at = start
        cur = None
        if digit:
            lo = start - 4 if start > 4 else 0
            if start and not _CURRENCY_CHARS.isdisjoint(text[lo:start]):
                cur = _CURRENCY_BEFORE.search(text, lo, start)
                if cur is not None:
                    at = cur.start()
        elif start and text[start - 1] in " \t":
            at = _a_lead(text, start, last_end)
        # Digits take the stdlib path unless a sign was found that does not end right at
        # them ("$" then a line break), which only the full pattern settles.
        if digit and fast and (cur is None or cur.end() == start):
            if cur is None and not _may_open_number(text, start):
                if skipped is not None:
                    skipped.append((start, run_end, "glued-to-word"))
                continue
            d = _DIGIT_ATOM.match(text, start)
            assert d is not None  # it matches any digit
            last_end, pct, curword = _offer_end(text, d)
            num, scale = d[1], d[2]
            masked = _masked(text, at, last_end, links)
            if masked:
                if skipped is not None:
                    skipped.append((at, last_end, masked))
            else:
                if cur is None and num.isdigit() and _bare_decimal(text, start):
                    at, num = start - 1, "." + num  # ".12%", "a .300 average": no leading zero
                elif cur is None and not (scale or pct or curword) and num.isdigit():
                    # bare digits, most numbers (no group matches ""): the fields _new_atom
                    # would work out
                    yield _tuple_new(
                        _Atom, (at, last_end, float(num), None, None, None, *_PLAIN_FLAGS)
                    )
                    continue
                sign = cur.group("cur") if cur is not None else None
                yield _new_atom(at, last_end, sign, num, scale, pct, curword, None, None, None)
            continue
        # A word found in the lowercased copy: alone, read without the pattern ("two people");
        # one that cannot open an atom is tried only after its "a" ("a third").
        if at == start and _is_lone(padded, start, run_end):
            last_end = yield from _lone_atom(text, start, -run_end - 1, links, skipped)
            continue
        opens = run_end >= 0 or _opens_atom(padded, start, run_end)
        pattern = _ATOM if digit else _WORD_ATOM
        m = pattern.match(text, at) if opens or at != start else None
        if m is None and at != start and opens:
            m = pattern.match(text, start)
        if m is None or m.end() <= start:
            if digit and skipped is not None:
                skipped.append((start, run_end, "glued-to-word"))
            continue
        last_end = m.end()
        masked = _masked(text, m.start(), m.end(), links)
        if not masked:
            yield _atom(m) if digit else _word_atom(m)
        elif skipped is not None:
            skipped.append((m.start(), m.end(), masked))


def _bare_decimal(text: str, start: int) -> bool:
    """Whether digits at ``start`` follow a point that opens a decimal with no leading zero
    (".12% to .2%", "hit .300"): a point after a space, a bracket, a quote or a dash, or at the
    text's start; a point glued to a word ("fell.5 points", a missing space) opens none."""
    if start == 0 or text[start - 1] != ".":
        return False
    return start == 1 or text[start - 2] in _BARE_DECIMAL_BEFORE


_BARE_DECIMAL_BEFORE = frozenset(" \t\n(\"'“‘-–—~")


def _offer_end(text: str, d: re.Match[str]) -> tuple[int, str | None, str | None]:
    """The end of the digit atom ``d`` and its percent and currency words, or those of the
    bid and offer quote it opens: a decimal number, a slash and the offer's last digits
    ("240.34/44", "1.2490/2510"), one claim, with the unit after the offer ("151.50/60 yen")."""
    end = d.end()
    if text[end : end + 1] == "/" and "." in d[1] and not d[2] and not d[3]:
        offer = _OFFER_DIGITS.match(text, end)
        # The offer is a whole number ("3.90/4.0") or the bid's last decimals: a rating
        # ("7.5/10") has more digits after its slash than the number has decimals.
        if offer is not None and (
            "." in offer[0] or len(offer[0]) - 1 <= len(d[1]) - d[1].rindex(".") - 1
        ):
            unit = _OFFER_UNIT.match(text, offer.end())
            assert unit is not None  # its groups are optional: it matches the empty string
            return unit.end(), unit["pct"], unit["curword"]
    return end, d[3], d[4]


def _is_lone(padded: str, start: int, run_end: int, words: frozenset[str] = _LONE_WORDS) -> bool:
    """Whether the number word candidate (``start``, ``run_end``) is one of ``words`` (by
    default ``_LONE_WORDS``) found in the lowercased copy, and no word that may go on with it
    (``_GOES_ON``) follows it there: ``_WORD_ATOM`` would read it alone."""
    if run_end >= 0 or padded[start + 1 : -run_end] not in words:
        return False
    m = _LONE_END.match(padded, -run_end)
    return m is not None and m[1] not in _GOES_ON


def _opens_atom(padded: str, start: int, run_end: int) -> bool:
    """Whether the number word candidate (``start``, ``run_end``) found in the lowercased copy
    may open an atom there: one of ``_ATOM_OPENERS``, but not a word of ``_NEVER_ALONE`` found
    alone ("many people"), where the pattern would read nothing."""
    if padded[start + 1 : -run_end] not in _ATOM_OPENERS:
        return False
    return not _is_lone(padded, start, run_end, _NEVER_ALONE)


def _lone_atom(
    text: str, start: int, end: int, links: bool, skipped: list[Verdict] | None
) -> Generator[_Atom, None, int]:
    """The atom of a lone number word at [start, end), unless masked (then noted in
    ``skipped``) as ``_atoms`` reads the pattern's match; returns ``end``."""
    masked = _masked(text, start, end, links)
    if not masked:
        yield _new_atom(start, end, None, None, None, None, None, text[start:end], None, None)
    elif skipped is not None:
        skipped.append((start, end, masked))
    return end


def _a_lead(text: str, start: int, last_end: int) -> int:
    """Where a number word at ``start`` begins with its "a" ("a third", "a few hundred"),
    not before ``last_end``: that "a"'s offset, else ``start``."""
    lo = max(last_end, start - 20)
    if text[lo:start].rstrip(" \t").endswith(_A_LEAD_ENDINGS):
        lead = _A_LEAD.search(text, lo, start)
        if lead is not None:
            return lead.start()
    return start


def _candidates(text: str) -> tuple[list[tuple[int, int]], str, bool]:
    """Where a number may start, in order: each digit run as (start, end) and each number
    word as ``_number_words`` gives it; the padded lowercase copy those words were found in;
    and whether the stdlib patterns read the text as ``_ATOM`` would."""
    # Offsets in the padded copy are one more than in the text; each word match consumes
    # the character before the word, so its start is the word's offset in the text. Digit
    # runs are scanned in the text itself: lowercasing never moves or makes a digit.
    padded, lowered = padded_lower(text)
    # Its non-ASCII characters, what is left once the ASCII runs are cut out.
    others = set(_ASCII_RUN.sub("", text)) if not text.isascii() else set()
    if any(ch.isdecimal() for ch in others):
        candidates = [m.span() for m in _DIGIT_RUN.finditer(text)]
    else:
        classes = _classes(text, _DIGIT_CLASSES)
        candidates = [m.span() for m in _CLASSED_DIGIT_RUN.finditer(classes)]
    candidates += _number_words(padded, lowered, others)
    candidates.sort()
    return candidates, padded, _engines_agree(others)


def _skipped_run(text: str, start: int, run_end: int, skipped: list[Verdict] | None) -> int:
    """The end of a phone number or dotted identifier ("1,2.3", "1.1.1.") opening with the
    digit run [start, run_end), which is skipped whole; else 0."""
    end, rule = _phone_end(text, start, run_end), "phone-number"
    if not end and run_end - start > 3 and not text[start:run_end].isdigit():
        number = _NUMBER.match(text, start)
        junk = _GLUED_RUN.match(text, number.end()) if number else None
        end, rule = (junk.end(), "dotted-identifier") if junk is not None else (0, "")
    if end and skipped is not None:
        skipped.append((start, end, rule))
    return end


def _number_words(padded: str, lowered: bool, others: set[str]) -> list[tuple[int, int]]:
    """The number words of the padded copy as (start in the text, minus end in the copy), or
    (start, 0) in a copy left in its case: ``_NUMBER_WORD_AFTER_I``'s matches, without
    IGNORECASE when lowered, but those after a word character. ``others`` is the set of the
    text's non-ASCII characters."""
    if not lowered:
        return [
            (m.start(), 0)
            for m in _NUMBER_WORD_AFTER_I.finditer(padded)
            if not _is_word_char(padded[m.start()])
        ]
    classes = _classes(padded, _WORD_CLASSES)
    words = [(m.start(), -m.end()) for m in _CLASSED_NUMBER_WORD.finditer(classes)]
    # Only a non-ASCII letter or digit of the copy, lowercased from one of ``others``, can be
    # a word character there.
    if any(_is_word_char(ch) or _is_word_char(ch.lower()) for ch in others):
        words = [
            (start, end)
            for start, end in words
            if not _is_word_char(padded[start]) and not _is_word_char(padded[-end : 1 - end])
        ]
    return words


def _classes(text: str, table: bytes) -> bytes:
    """``text`` as bytes, one a character (a non-ASCII one becomes "?"), through ``table``."""
    return text.encode("ascii", "replace").translate(table)


def _phone_end(text: str, start: int, run_end: int) -> int:
    """The end of a phone number opening with the digit run [start, run_end), its "+" or its
    "(", or 0. The pattern is tried only after "+" or "(", or where the run is followed by a
    space or hyphen and a digit, or by " (", and is a trunk zero, a "1" or three to five
    digits."""
    at = start
    if start and text[start - 1] in "+(":
        at = start - 1
    elif not (
        text[run_end : run_end + 1] in (" ", "-")
        and text[run_end + 1 : run_end + 2].isdigit()
        or text[run_end : run_end + 2] == " ("
    ) or not (text[start] == "0" or 3 <= run_end - start <= 5 or text[start:run_end] == "1"):
        return 0
    m = _PHONE_RUN.match(text, at)
    if m is None or sum(ch.isdigit() for ch in m.group()) < 7:
        return 0
    return m.end()


def _engines_agree(others: set[str]) -> bool:
    """Whether ``_DIGIT_ATOM`` and code read a text exactly as ``_ATOM`` would, from the
    set of its non-ASCII characters."""
    for ch in others:
        if (
            ch.isalnum()
            and not ch.isalpha()
            and not ch.isdecimal()
            or ch in _CASE_FOLD_ODDITIES
            or unicodedata.category(ch) == "Cn"
        ):
            return False
    return True


def _may_open_number(text: str, start: int) -> bool:
    """The look-behinds of ``_ATOM``'s unsigned digits: not glued to a letter or digit, to a
    letter and hyphen ("COVID-19", but for a ratio's "12-to-11") or to digits and a
    separator."""
    if not start:
        return True
    before = text[start - 1]
    if before.isalpha() or before.isdecimal():
        return False
    if start > 1:
        if before == "-" and text[start - 2].isalpha():
            # but a ratio's second term ("a 12-to-11 vote"): digits, "-to-", digits
            return start > 4 and text[start - 4 : start] == "-to-" and text[start - 5].isdecimal()
        if (before == "." or before == ",") and text[start - 2].isdecimal():
            return False
    return True


def _after_a_word_and_slash(text: str, start: int, follows: str) -> bool:
    """Whether the number at ``start`` stands after a lowercase word and a slash, and nothing
    glued after it: the second of two quotes ("115 pct bid/122 offered", "4 bed/4.5 baths"),
    not a path's part ("reut.rs/3bGM", "System/3X", "OS/2")."""
    word = _WORD_BEFORE_SLASH.search(text, max(0, start - _SLASH_WORD_REACH), start)
    return word is not None and not follows.isalpha() and follows != "/"


_SLASH_WORD_REACH = 16
# A lowercase word of two letters or more after a space and before a slash, as in "bid/".
_WORD_BEFORE_SLASH = re.compile(r"(?<![^\s(])[a-z]{2,}/$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _masked(text: str, start: int, end: int, links: bool) -> str:
    """The rule that finds the number at [start, end) part of a URL, address, time, phone
    number, version or slashed date ("7/10", "9/11"), from the characters around it, or "".
    ``links`` says whether the text holds "://", "www." or "@" at all."""
    if links:
        lo = text.rfind(" ", max(0, start - 200), start) + 1
        hi = text.find(" ", end, end + 200)
        if hi == -1:
            hi = min(len(text), end + 200)
        if text.find("://", lo, hi) != -1 or text.find("www.", lo, hi) != -1:
            return "in-url"
        if text.find("@", lo, hi) != -1:
            return "in-address"
    # The characters either side, each read once.
    prev = text[start - 1] if start else ""
    nxt = text[end : end + 2]
    follows = nxt[:1]
    if (
        prev == ":"
        and start > 1
        and text[start - 2].isdigit()
        and (end - start == 2 or (end - start > 3 and text[start + 2] == "."))
    ):
        return "clock-time"  # the minutes of a clock time ("10:30") or a timing ("7:39.89")
    if (prev == "/" and not _after_a_word_and_slash(text, start, follows)) or (
        follows == "/" and not nxt[1:2].isalpha()
    ):
        return "slashed"  # not a rate per unit: "18 dlrs/bbl", "$3/gallon"
    if follows == "." and nxt[1:2].isdigit():
        return "dotted-identifier"  # "1.2.3", an address or version
    if (
        (follows in ("-", "–") and nxt[1:2].isdigit())
        or (follows == " " and text[end + 1 : end + 4] == "to ")
    ) and _TIME_RANGE_END.match(text, end):
        return "clock-time"  # "10-11 a.m.", "3 to 6 p.m.": the first hour of a span of times
    # The patterns run only where their first characters are: most numbers are neither.
    head = text[end + 1 : end + 3] if follows in (" ", "\t") else nxt
    if (
        (head in _TIME_HEADS or head[:1] == ":")
        and _TIME_AFTER.match(text, end)
        and not text[start].isalpha()
    ):
        return "clock-time"
    if (text[start] in "+(" or text[start + 3 : start + 4] in (".", "-")) and _PHONE.match(
        text, start
    ) is not None:
        return "phone-number"
    return ""


def _atom(m: regex.Match[str]) -> _Atom:
    # By position: ``regex`` takes ten times as long to look nine groups up by name.
    cur, num, scale, approx, frac, words, wscale, pct, curword = m.groups()
    return _new_atom(
        m.start(), m.end(), cur, num, scale or wscale, pct, curword, words, frac, approx
    )


def _word_atom(m: regex.Match[str]) -> _Atom:
    approx, frac, words, wscale, pct, curword = m.groups()
    return _new_atom(m.start(), m.end(), None, None, wscale, pct, curword, words, frac, approx)


def _new_atom(
    start: int,
    end: int,
    cur: str | None,
    num: str | None,
    scale: str | None,
    pct: str | None,
    curword: str | None,
    words: str | None,
    frac: str | None,
    approx: str | None,
) -> _Atom:
    """An atom from the groups of ``_ATOM`` (``scale`` also from ``wscale``)."""
    currency = None
    if cur:
        currency = CURRENCY_SYMBOLS.get(cur) or CURRENCY_SYMBOLS.get(cur.upper(), cur)
    elif curword:
        word = " ".join(curword.lower().lstrip("-").split())  # "-dlr" glued by a hyphen
        currency = CURRENCY_WORDS.get(word) or GLUED_CURRENCIES.get(word, word)
    percent = None
    if pct:
        percent = "percentage points" if "point" in pct.lower() else "%"
    scale = scale.strip().lstrip("-") if scale else None  # "-billion" glued by a hyphen
    value: float | None = None
    if num is not None:
        value = _digits_value(num)
    elif words is not None:
        value = _parse_words(words)
    elif frac is not None:
        value = _parse_fraction(frac)
        if _OF_SCALE_TAIL.search(frac):
            words, frac = frac, None  # "half a million": an amount, read as number words are
    if value is not None and scale:
        value *= SCALES.get(scale.lower(), 1.0)
    plain = num is not None and num.isdigit() and not (cur or scale or pct or curword)
    return _tuple_new(_Atom, (
        start, end, value, scale, currency, percent,
        approx is not None, frac is not None, words is not None, plain,
    ))  # fmt: skip


def _digits_value(num: str) -> float:
    """The value of ``_DIGITS``'s match: "1,250", "12 000", "9-1/2" (a whole and a fraction),
    "1/4", "9-5/8 1/2" (a quote: its bid)."""
    if "/" in num:
        if num.count("/") > 1:
            num = num.split()[0]  # a bid and offer quote, "9-5/8 1/2": the bid
        whole, _, share = num.replace(" ", "-").rpartition("-")
        over, _, under = share.partition("/")
        return float(whole or 0) + float(over) / float(under)  # "9-1/2", "1/4"
    if num.isdigit():
        return float(num)  # most: no separator to drop
    return float("".join(ch for ch in num if ch.isdigit() or ch == "."))


def _parse_words(words: str) -> float | None:
    total = 0.0
    current = 0.0
    for word in _WORD_SPLIT.split(words.lower()):
        if word in ("a", "and", ""):
            current = current or (1.0 if word == "a" else current)
            continue
        if word == "half":
            current += 0.5  # "two and a half"
        elif word in GROUP_WORDS:
            current = (current or 1) * GROUP_WORDS[word]
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in MAGNITUDE_WORDS:
            total += (current or 1) * MAGNITUDE_WORDS[word]
            current = 0.0
    return total + current


def _parse_fraction(words: str) -> float | None:
    lower = words.lower()
    if lower in MULTIPLIERS:
        return MULTIPLIERS[lower]
    if lower in MULTIPLIER_FORMS:
        return MULTIPLIER_FORMS[lower]
    parts = _WORD_SPLIT.split(lower)
    if "a" in parts[1:]:
        # "half a million", "a quarter of a billion", "half a (percentage point)": the share
        # before "(of) a", times the whole after it
        head = parts[: parts.index("a", 1)]
        if head[-1] == "of":
            head.pop()
        share = _parse_fraction(" ".join(head))
        whole = MAGNITUDE_WORDS.get(parts[-1]) or GROUP_WORDS.get(parts[-1]) or 1.0
        return None if share is None else share * whole
    after = MAGNITUDE_WORDS.get(parts[-1]) or GROUP_WORDS.get(parts[-1])
    if after and len(parts) > 1:
        before = _parse_fraction(" ".join(parts[:-1]))  # "a half dozen", "a quarter-million"
        return None if before is None else before * after
    fraction = FRACTIONS.get(parts[-1])
    if fraction is None:
        return None
    count = 1 if parts[0] in ("a", parts[-1]) else NUMBER_WORDS.get(parts[0], 1)
    return count * fraction


def _merge(text: str, atoms: list[_Atom]) -> Iterator[tuple[_Atom, _Atom, str]]:
    """Yield (first, last, joiner): single atoms, or ranges and ratios spanning two."""
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        # Most atoms are too far apart to join, and no joiner spans a wider gap than a
        # partitive with a word of position: tested here, without a call.
        joiner = (
            _joiner(text, a, b) if b is not None and b.start - a.end <= _PARTITIVE_REACH else ""
        )
        if joiner and b is not None:
            yield a, b, joiner
            i += 2
        else:
            yield a, a, ""
            i += 1


def _names_a_spread(text: str, pos: int) -> bool:
    """Whether "from" at ``pos`` gives a spread of values, not a change: after a verb of range
    ("prices ranging from 22 to 23 dlrs", "vary from 2 to 9 euros"). After other words "from X
    to Y" stays two figures, as a change usually is ("raise the age for workers from 60 to
    65")."""
    m = WORD_BEFORE.search(text, max(0, pos - _SPREAD_REACH), pos)
    return m is not None and m.group(1).lower() in SPREAD_VERBS


def _is_bare_low_end(a: _Atom, b: _Atom) -> bool:
    """Whether ``a`` is the bare low end of a range whose unit ``b`` carries ("65 to 70 pct",
    "5 to 10 percent"): no unit, currency or scale of its own, and at least half of ``b``.
    "rose by 50,000 to 1.4 million" and "by 4 to 52 pct" are a change and its result."""
    if a.percent or a.currency or a.scale or a.value is None or b.value is None:
        return False
    return b.percent is not None and a.value < b.value <= a.value * 2


def _is_price_move(text: str, a: _Atom) -> bool:
    """Whether ``a`` is a bare fraction in digits ("3/8"): in wire copy, a price's move."""
    return a.plain is False and a.value is not None and a.value < 1 and "/" in text[a.start : a.end]


# Pairs joined by "-to-" that count nothing: "one-to-one talks" (a manner), "a 9-to-5 job"
# (the working day).
_TO_IDIOMS = frozenset(((1.0, 1.0), (9.0, 5.0)))


def _ends_of_one_size(a: _Atom, b: _Atom) -> bool:
    """Whether two amounts in the same currency and scale are close enough to be the ends of
    one range: the second above the first, at most twice it. (Two percentages are not: "raised
    its stake by 45 pct to 80 pct" is a change and the level it reached.)"""
    if a.currency is None or a.currency != b.currency or a.scale != b.scale:
        return False
    return a.value is not None and b.value is not None and a.value < b.value <= 2 * a.value


def _change_then_result(text: str, a: _Atom, b: _Atom, before: str) -> bool:
    """Whether "A to B" gives two figures, a change or a base and then a result, not one
    range."""
    return (
        (
            (a.currency and b.currency and a.percent is None) or (a.scale and b.scale)
        )  # "rose $2 to $43", "fell from $120bn to $4.6bn": a change and its result
        and not _is_spread(text, a, b)
        # "rose 4 percent to $52.10"; not "a 10% to 20% cut", a spread of two percentages
        or (a.percent is not None and not (b.percent and _is_spread(text, a, b)))
        or (a.currency and not b.currency and not b.scale)  # "£808m to 8,177 cases"
        # "26 in 2023 to 25", "5% in 2004 to 4.25%": a year, then a figure
        or (_is_year(a) and b.value is not None and not b.scale and b.value < (a.value or 0))
        # "halved in 2003 to $120m": a year, then an amount (no range runs from a year to one)
        or (_is_year(a) and (b.currency is not None or b.percent is not None))
        # "up 4.1 pct on 1987 to 310 billion": the year a change is measured on
        or (_is_year(a) and _YEAR_BASE_BEFORE.search(before) is not None)
        # "off 3/8 to 3-1/2": a fraction's move, then the price it moved to
        or (_is_price_move(text, a) and (b.value or 0) >= 1 and not (b.percent or b.words))
        # "the Vik index rose 6.12 to 2,310.55", "Lund Oil rose 12 to 4.38": a bare move, then
        # the level it moved to, far from it (a range's ends are near: "dipped 0.35 to 0.55")
        or (_is_bare_move_to_level(a, b) and _moved_before(text, a))
    )


def _is_partitive_gap(gap: str) -> bool:
    """Whether ``_GAP_PARTITIVE`` matches all of ``gap``, tried only where it opens as the
    pattern does, with blanks and "of": most gaps between two numbers do not."""
    if gap[:1] not in (" ", "\t") or gap.lstrip(" \t")[:2].lower() != "of":
        return False
    return _GAP_PARTITIVE.fullmatch(gap) is not None


def _joiner(text: str, a: _Atom, b: _Atom) -> str:
    if a.approximate or b.approximate or a.fraction or b.fraction:
        return ""
    gap = text[a.end : b.start]
    if len(gap) > _JOIN_REACH:
        # "three of their last seven": a part, and its whole with a word of position
        wide = _is_partitive_gap(gap) and _is_partitive(text, a, b)
        return "ratio" if wide else ""
    if gap.isascii():
        # Every joiner below holds one of these; most gaps ("Shr 28 cts vs 22 cts") none.
        lower = gap.lower()
        if not (
            "-" in lower
            or "to" in lower
            or "in" in lower
            or "and" in lower
            or "out" in lower
            or "or" in lower
            or " of " in lower
        ):
            return ""
    before = text[max(0, a.start - 12) : a.start]
    if gap.lower() == "-to-" and (a.value, b.value) not in _TO_IDIOMS:
        return "ratio"  # "a 12-to-11 vote", "a two-to-one lead"
    if _GAP_RANGE.fullmatch(gap):
        link = gap.strip().lower()
        dashed = link in "-–"
        if "\n" in gap or (dashed and (a.words or b.words)) or _units_differ(a, b):
            return ""
        prefixed = _PREFIX_NOT_RANGE.search(before)
        if prefixed and _names_a_spread(text, a.start - len(prefixed.group())):
            return "range"  # "grants from $6,000 to $30,000", "fares ranging from 2 to 9 euros"
        if (
            prefixed
            and prefixed.group().lower().startswith("by")
            and (_is_bare_low_end(a, b) or _ends_of_one_size(a, b))
        ):
            # "cut by 65 to 70 pct", "cut profits by $40m to $60m": a change of between two
            # values, not a change and the level it reached ("rose by $40m to $600m")
            return "range"
        if prefixed and _TIME_UNIT_NEXT.match(text, b.end):
            return "range"  # "by three to five years", "from 2 to 4 weeks": a span of time

        if (prefixed and not _is_year_span(text, a, b) and not dashed) or (
            a.percent and b.percent and not _is_spread(text, a, b)
        ):
            # "from 10 to 15", "by 5 to 10": a change; "from 2015-19" stays a span of years,
            # "by 224-201" a tally, "from 4-1 down" a score
            return ""
        if link == "to" and _change_then_result(text, a, b, before):
            return ""  # two figures, not one range
        return "range"
    if _GAP_AND.fullmatch(gap) and (_BETWEEN.search(before) or _AGES_OF.search(before)):
        return "between"
    if _GAP_OR.fullmatch(gap) and _are_alternatives(a, b):
        return "or"  # "21 or 22 percent", "two or three": one claim, as a range is
    if _GAP_OUT_OF.fullmatch(gap) and not _RANK_BEFORE.search(before):
        return "ratio"
    if (
        _is_partitive_gap(gap)
        and _is_partitive(text, a, b)
        and not _after_a_name(text, a.start)  # "Hall 25 of the 30": the part is a name's number
        # after a name's possessive, counts written plain: "2.7 mln of Vik's 33.5 mln
        # shares" stays two figures, as the gold sets split it
        and not ((a.scale or b.scale) and ("'" in gap or "’" in gap))
    ):
        return "ratio"  # "181 of the 305", "11 of their 15": a part of a whole stated with it
    if (
        _GAP_IN.fullmatch(gap)
        and a.value is not None
        and b.value is not None
        and not (a.currency or b.currency or a.percent or b.percent or a.scale or b.scale)
        and a.value < b.value <= 1000
        # not "their third number one in four weeks": a rank, then a span of time
        and not (_RANK_NUMBER_BEFORE.search(before) and _TIME_UNIT_NEXT.match(text, b.end))
    ):
        return "ratio"
    return ""


def _is_partitive(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether counts ``a`` and ``b``, a determiner between them, are a part and its whole:
    no unit on either, the part above one and below the whole, and the whole no model
    ("500 of its 777-200 jets"), span of time ("the final two of her nine years") or year."""
    return (
        a.value is not None
        and b.value is not None
        and not (a.currency or b.currency or a.percent or b.percent)
        and 1 < a.value < b.value
        and not _GLUED_AFTER.match(text, b.end)
        and not _TIME_UNIT_NEXT.match(text, b.end)
        and not (b.plain and b.end - b.start == 4 and 1500 <= b.value <= 2100)  # "of Vik's 2004"
    )


def _after_a_name(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is capitalised and no function word or hedge
    ("Hall 25", not "Some 36" or "In 71" opening a sentence)."""
    prev = _prev_words(text, start, 1)
    if (
        not prev
        or not text[start - 1 : start].isspace()
        or not text[start - 2 : start - 1].isalpha()
    ):
        return False  # "By Monday, 120 of its 310": a comma between
    word = prev[-1]
    return word[:1].isupper() and word.lower() not in FUNCTION_WORDS and word.lower() not in HEDGES


def _units_differ(a: _Atom, b: _Atom) -> bool:
    """Whether two figures each carry a unit, and not the same one ("rose 15 cents - 1.1%",
    "$2 to 5%", "cut 7/8 percentage points to 6.5 pct"): two figures, as no range runs from
    one unit to another."""
    units_a = (a.currency, a.percent)
    units_b = (b.currency, b.percent)
    return any(units_a) and any(units_b) and units_a != units_b


_SPREAD_RATIO = 10  # the high end of a spread is at most this many times its low end
_CHANGE_REACH = 20  # characters read back from a spread for a verb of change before it


def _is_spread(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether "$40 billion to $45 billion", "$12,500 to $30,000", "3 mln to 5 mln dlrs" is one
    figure, a spread: both in the same currency or scale, the second larger but within
    a tenfold, and no verb of change right before the first ("rose $2 to $43" is a change and
    its result; so is any "-ed" verb, "raised $5m to $8m", and "falling 2 bln to 13 bln")."""
    if a.value is None or b.value is None:
        return False
    if a.currency != b.currency and not (a.currency is None and a.scale == b.scale):
        return False  # "3 mln to 5 mln dlrs": the currency written once, after the second
    if not a.value < b.value <= a.value * _SPREAD_RATIO:
        return False
    return not _changed_before(text, a)


def _changed_before(text: str, a: _Atom) -> bool:
    """Whether a verb of change stands right before ``a``: "rose", any "-ed" verb, "up",
    "falling"."""
    word = _word_before(text, a)
    stem = word[:-3] if word.endswith("ing") else ""  # "falling", "rising": verbs of change too
    return (
        word in PREDICATE_VERBS
        or word.endswith("ed")
        or word in ("up", "down")
        or bool(stem and (stem in PREDICATE_VERBS or stem + "e" in PREDICATE_VERBS))
    )


_LEVEL_RATIO = 3  # a level reached is more than this many times the bare move before it


def _is_bare_move_to_level(a: _Atom, b: _Atom) -> bool:
    """Whether two bare numbers read as a move and the level it reached: no unit or scale on
    either, and the second below the first or more than ``_LEVEL_RATIO`` times it."""
    if a.value is None or b.value is None or a.value <= 0:
        return False
    if a.currency or b.currency or a.percent or b.percent or a.scale or b.scale:
        return False
    if a.words or b.words:
        return False
    return b.value < a.value or b.value > a.value * _LEVEL_RATIO


# Verbs of a market's move before a bare number ("rose 6.12 to 2,310.55", "up 12 to 9.35").
_MOVES = CHANGE_VERBS | frozenset("up down advanced added lost shed firmed".split())
_RANK_STEPS = frozenset("place places spot spots position positions notch notches rung".split())
_MOVE_STEPS = _RANK_STEPS | {"point"}  # "rose one point": a move of a price or an index


def _moved_before(text: str, a: _Atom) -> bool:
    """Whether a verb of a move stands right before ``a`` (``_MOVES``)."""
    return _word_before(text, a) in _MOVES


def _word_before(text: str, a: _Atom) -> str:
    """The word right before ``a``, lowercased, within ``_CHANGE_REACH``; else ""."""
    m = WORD_BEFORE.search(text, max(0, a.start - _CHANGE_REACH), a.start)
    return m.group(1).lower() if m else ""


def _are_alternatives(a: _Atom, b: _Atom) -> bool:
    """Whether two numbers around "or" give one figure as a range does: written alike, the
    second larger, in the same currency ("21 or 22 percent", "$5 or $6", "two or three")."""
    return (
        a.value is not None
        and b.value is not None
        and a.value < b.value
        # written alike, or in the style that spells out only numbers under ten ("nine or 10")
        and (a.words == b.words or (a.words and not b.words and 1 < a.value < 10 <= b.value))
        and (a.currency is None or a.currency == b.currency)
        and (a.percent is None or b.percent is not None)
        # "2.30 dlrs or 22 mln dlrs": a figure per share, then a total
        and (a.scale == b.scale or (a.scale is None and a.currency is None))
    )


def _sentence_at(text: str, doc: Segments, pos: int) -> tuple[int, int, int]:
    """The span of the sentence holding ``pos`` (else a span of ``pos`` alone), and where the
    page furniture it opens with ends (its start when it opens with none)."""
    if doc.sentences:
        sentence = doc.sentences[doc.sentence_index(pos)]
        if sentence.start <= pos < sentence.end:
            head = ord(text[sentence.start])
            lead = text[sentence.start : min(sentence.start + _FURNITURE_LEAD, sentence.end)]
            found = (
                (head >= 128 or _MAY_BE_FURNITURE[head])
                and _may_open_furniture(lead)
                and _FURNITURE.match(text, sentence.start, sentence.end) is not None
            )
            if not found:
                opening = doc.paragraphs[sentence.paragraph].start
                if _is_paragraph_furniture(text, opening):
                    return sentence.start, sentence.end, sentence.end  # a correction note's
                return sentence.start, sentence.end, sentence.start
            if text[sentence.start] in "([":
                # "(This version of the story fixes ...) By Jo Reed WASHINGTON - ...": a
                # bracketed note is furniture up to its close, the story after it is not
                close = text.find(")]"[text[sentence.start] == "["], sentence.start, sentence.end)
                if close != -1:
                    return sentence.start, sentence.end, close
            return sentence.start, sentence.end, sentence.end
    return pos, pos + 1, pos


def _capital_after_blanks(after: str) -> bool:
    """Whether ``after`` opens with blanks and then a capital, as every branch of
    ``_STREET_AFTER`` does (or a character outside ASCII, or no end to the blanks in it)."""
    if after[:1] not in (" ", "\t"):
        return False
    head = after.lstrip(" \t")[:1]
    return not head or head.isupper() or not head.isascii()


def _may_open_furniture(lead: str) -> bool:
    """Whether a sentence whose first characters are ``lead`` may open with page furniture,
    by those up to the first that is no ASCII letter or space (``_FURNITURE_PREFIXES``); one
    opening with anything but a letter is left to the pattern."""
    if not lead[:1].isalpha():
        return True
    if not (lead.isascii() and lead.replace(" ", "").isalpha()):
        for k, ch in enumerate(lead):
            if ch not in _ASCII_LETTERS_AND_SPACE:
                lead = lead[:k]
                break
    return lead.lower() in _FURNITURE_PREFIXES


def _is_paragraph_furniture(text: str, opening: int) -> bool:
    """Whether the paragraph opening at ``opening`` is a note that makes all of it furniture
    (``_PARAGRAPH_FURNITURE``); the pattern is tried only where a colon may end it."""
    reach = opening + _LABEL_REACH
    if text.find(":", opening, reach) == -1 and len("".join(text[reach - 9 : reach].split())) > 4:
        return False
    return _PARAGRAPH_FURNITURE.match(text, opening) is not None


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words before ``pos`` on the same line, nearest last."""
    lo = pos - _CONTEXT if pos > _CONTEXT else 0
    nl = text.rfind("\n", lo, pos)
    if nl != -1:
        lo = nl + 1
    word = _WORD_NO_UNDERSCORE if text.find("_", lo, pos) == -1 else _WORD
    # No word holds a space, so the words after a space are those the whole window ends
    # with: where they are enough, the start of the window is not read.
    cut = text.rfind(" ", lo, max(lo, pos - _PREV_WORDS_TAIL))
    if cut != -1:
        words = word.findall(text, cut + 1, pos)
        if len(words) >= n:
            return words[-n:]
    return word.findall(text, lo, pos)[-n:]


class _Near(NamedTuple):
    """A single number with the words around it that the rules of its context read, each
    read once for all of them (a tuple built without NamedTuple's ``__new__``: see ``_near``)."""

    text: str
    doc: Segments
    first: _Atom
    before: str
    after: str
    following: str
    nxt: re.Match[str] | None
    next1: str
    next2: str
    prev_cased: list[str]
    prev_lower: tuple[str, ...]
    """``prev_cased`` lowercased."""
    last_word: str
    prev1: str
    adjacent_prev: bool
    seen_values: set[float]


def _non_claim(
    text: str,
    doc: Segments,
    first: _Atom,
    last: _Atom,
    joiner: str,
    seen_values: set[float],
    nxt: re.Match[str] | None,
) -> str:
    """The name of the rule of :data:`NON_CLAIM_RULES` that finds the number no claim, or ""
    for a claim. Each rule returns its name, or "" where it does not apply."""
    # Every rule only rejects, so their order does not matter: the cheap ones and those that
    # need no words around the number go first.
    start, end = first.start, last.end
    before = text[start - _CONTEXT if start > _CONTEXT else 0 : start]
    following = text[end : end + 1]
    rule = _is_word_part(text, first, end, before, following)
    if rule:
        return rule
    if _has_leading_zero(text, first) or (last is not first and _has_leading_zero(text, last)):
        return "leading-zero"  # "a ban between 2300 and 0600", "to play 007", "0800 555 111"
    if (
        not first.words
        # a capital after the number's space, or inside a currency word it took ("2 Dollars")
        and (
            (following == " " and text[end + 1 : end + 2].isupper())
            or (first.currency is not None and not text[start:end].islower())
        )
        and _TITLED_UNIT.match(text, first.start) is not None
    ):
        return "titled-unit"  # "the rapper 50 Cent", "CBS's 60 Minutes": a name
    money_or_pct = bool(first.currency or last.currency or first.percent or last.percent)
    if following == "-" and not money_or_pct and _is_compound_descriptor(text, end, start):
        return "compound-descriptor"
    if joiner:
        return _joined_non_claim(text, doc, first, last, joiner, nxt, money_or_pct)
    next1 = next2 = ""
    if nxt:
        w1, w2 = nxt.groups("")
        next1, next2 = w1.lower(), w2.lower()
    if money_or_pct or first.scale:
        rule = _is_denomination_or_size(text, first, before, next1, next2)
        if rule:
            return rule
    if money_or_pct:
        if first.words and text[start].isupper() and not _at_sentence_start(text, doc, start):
            return "capitalised-number-word"  # "the film Million Dollar Baby": a name
        # "The $3 million grant pays ...", after the grant was given: a re-mention
        if _is_stated_again(text, first, before, next1, seen_values):
            return "sum-stated-again"
        if _after_per(before):
            return "rate-base"  # "a 2.5 yen levy per 10,000 yen"
        return "figure-of-speech" if _is_figure_of_speech(text, first) else ""
    # A lone year ("in 2004") never gets here: find_claims drops it before reading context.
    # The two words before the number are read by the rule of durations and those of ``_near``.
    prev_cased = _prev_words(text, start, 2)
    rule = _is_time_span(
        text, first, end, following, next1, next2, prev_cased
    ) or _is_marker_or_code(text, first, end, before, following)
    if rule:
        return rule
    near = _near(
        text, doc, first, end, before, following, nxt, next1, next2, prev_cased, seen_values
    )
    any_word, after_word = _NEAR_DISPATCH[_number_kind(first)]
    for near_rule in after_word.get(near.prev1, any_word):
        rule = near_rule(near)
        if rule:
            return rule
    return ""


def _near(
    text: str,
    doc: Segments,
    first: _Atom,
    end: int,
    before: str,
    following: str,
    nxt: re.Match[str] | None,
    next1: str,
    next2: str,
    prev_cased: list[str],
    seen_values: set[float],
) -> _Near:
    """The context the rules of ``_NEAR_RULES`` read (of the words before the number, only
    the last two, ``prev_cased``), built as a plain tuple: ``_Near``'s own ``__new__`` is
    Python code, and most numbers reach these rules."""
    prev_lower = tuple(map(str.lower, prev_cased))  # no comprehension: two words at most
    last_word = prev_lower[-1] if prev_lower else ""
    # the last word and then a space or no-break space right before the number
    adjacent_prev = (
        bool(prev_cased)
        and before[-1:] in _ADJACENT_SPACES
        and before.endswith(prev_cased[-1], 0, -1)
    )
    after = text[end : end + _CONTEXT]
    return _tuple_new(_Near, (
        text, doc, first, before, after, following, nxt, next1, next2,
        prev_cased, prev_lower, last_word, last_word.rstrip("."), adjacent_prev, seen_values,
    ))  # fmt: skip


# A code of a letter and then letters or digits, ending in a hyphen: "A350-", "MiG-", "F-".
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z]*\d[A-Za-z\d]*-$")


def _is_word_part(text: str, first: _Atom, end: int, before: str, following: str) -> str:
    """Whether the number is part of a word: a compound ("scrum-half", "mother-of-nine"), a
    name with a letter glued on ("5G", "3D") or an ordinal or suffix ("2nd", "1990s")."""
    # The look-back patterns end at "$", which a last line break may follow: they are tried
    # only where ``before`` ends as they need.
    if (
        (first.words or first.fraction)
        and before.endswith(("-", "-\n"))
        and _HYPHENATED_BEFORE.search(before)
    ):
        return "hyphenated-word"
    if first.plain and before.endswith("-") and _CODE_BEFORE.search(before):
        return "code-part"  # "an Airbus A350-1000": the rest of a code of letters and digits
    # A letter right after the number; a non-ASCII character is left to the pattern.
    if not (following.isalpha() or not following.isascii()):
        return ""
    glued = _GLUED.match(text, end)
    if not glued:
        return ""
    if len(glued.group()) == 1 and glued.group().isupper() and not first.currency:
        return "letter-name"  # "5G", "3D", "4K": a name (a scale letter was read as a scale)
    suffix = glued.group().lower()
    if suffix in ("st", "nd", "rd", "th"):
        return "ordinal-suffix"
    if suffix == "s":
        return "decade"
    if suffix in ("am", "pm"):
        return "clock-time"
    if suffix in MEASURE_UNITS:
        return "attributive-size" if _glued_size_of_noun(text, glued.end(), before) else ""
    return "" if suffix in ("x", "p") else "glued-letters"


# After a number glued to its unit, the noun it sizes ("a 9kg drum", "Vik's 60GB player"),
# led by an article or a possessive.
_SIZE_LEADS = _POSSESSIVES | {"a", "an", "the"}
_NOUN_AFTER_UNIT = regex.compile(r"[ \t]++(\p{L}[\p{L}-]*+)")


def _glued_size_of_noun(text: str, unit_end: int, before: str) -> bool:
    """Whether a number glued to its unit sizes the noun after it, an adjective as "a 40-tonne
    truck" is: after "a", "an", "the" or a possessive and before a word that is no function
    word nor an amount ("a 9kg drum", "Vik's 60GB player"; not "hold 40GB of music", "his 25lb
    weight gain")."""
    prev = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if prev not in _SIZE_LEADS and not prev.endswith(("'s", "’s")):
        return False
    noun = _NOUN_AFTER_UNIT.match(text, unit_end)
    if noun is None or noun.group(1).lower() in FUNCTION_WORDS:
        return False
    # not the amount of a change: "his 25lb weight gain", "a 9kg loss"
    second = _NOUN_AFTER_UNIT.match(text, noun.end())
    heads = (noun.group(1).lower(), second.group(1).lower() if second else "")
    return not any(h in AMOUNT_HEADS for h in heads)


def _has_leading_zero(text: str, atom: _Atom) -> bool:
    """Whether two or more bare digits open with a zero ("0700", "007", the song "03 Vik"): a
    clock time, a code or a name, never a quantity written so; not the decimals after a bare
    point (".0687 of a share") nor two digits after a price's dash ("96.04-06")."""
    return (
        atom.plain
        and atom.end - atom.start >= 2
        and text[atom.start] == "0"
        and text[atom.start + 1].isdigit()
        and (atom.start == 0 or text[atom.start - 1] not in ".,")
        # two digits after a dash end a price or a span ("96.04-06", "2005-06")
        and (atom.end - atom.start > 2 or text[atom.start - 1 : atom.start] not in ("-", "–"))
    )


# Units after a hyphen that describe the noun after them whatever it is ("a 10-day decline",
# "a two-goal lead", "a 200-foot drop", "a two-one margin"), never the amount of a change.
_DESCRIBING_UNITS = TIME_UNITS | IN_GAME_UNITS | SIZE_UNITS | frozenset(NUMBER_WORDS)


_OCLOCK = frozenset(("o'clock", "o’clock"))  # the word after an hour told in words
_ONE_TIME = frozenset(("one", "1", "a", "half"))  # "a one-time payment": once, no tally
_TIMES_AFTER = regex.compile(r"-times?\b", regex.IGNORECASE)


def _is_compound_descriptor(text: str, end: int, start: int = 0) -> bool:
    """Whether a hyphenated word after the number makes a descriptor ("27-nation", "10-day",
    "62-year-old", "one-off"); "10-fold" and "40-odd" stay amounts, and so does a unit before
    a noun whose amount it is ("a half-point cut", "a 10,000-vote majority"; not a time unit,
    "a 10-day decline", nor a game's lead, "a two-goal lead"). ``start``, the number's start
    when known, tells a scale inside a hyphenated amount ("171-billion-dlr")."""
    hyphen = _HYPHEN_WORD.match(text, end)
    if not hyphen:
        return False
    word = hyphen.group(1).lower()
    if word.split("-")[0] in ("fold", "odd", "plus", "strong-plus"):
        return False
    if word in ("time", "times") and start and text[start:end].lower() not in _ONE_TIME:
        return False  # "an eight-time champion": a tally of wins ("a one-time payment" is none)
    unit = word.rpartition("-")[2]
    if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True  # the scale of "a 171-billion-dlr deficit", read with its digits or not at all
    if unit not in _DESCRIBING_UNITS:
        head = _WORD_AFTER.match(text, hyphen.end())
        if head is not None and head.group(1).lower() in AMOUNT_HEADS:
            return False  # "a one-point cut", "a 10,000-vote majority": the change's amount
    return True


def _is_time_span(
    text: str,
    first: _Atom,
    end: int,
    following: str,
    next1: str,
    next2: str,
    prev_cased: list[str],
) -> str:
    """Whether a number counts time units (a duration or an age), tells the hour in words
    ("after five o'clock") or numbers a list item."""
    start = first.start
    if following == "." and _is_list_marker(text, first, end):
        return "list-marker"  # a ")" after a small number is a list marker anywhere (below)
    if first.words and next1 in _OCLOCK:
        return "clock-time"  # "after five o'clock": the hour, in words (digits: ``_masked``)
    if _is_duration_around(first, next1, next2, prev_cased):
        return "duration-phrase"
    if (following == "," or next1 in ("and", "or")) and not first.fraction:
        shared = _LIST_TAIL.match(text, end)
        if shared is None and _LIST_ITEM_BEFORE.search(text, max(0, start - 24), start):
            shared = _COMMA_LAST_LINK.match(text, end)
        if shared is not None and (shared.group(1) or "").lower() in TIME_UNITS:
            return "time-unit"  # "lives of 7.5, 9.2 and 11.4 years"
        if (
            shared is not None
            and shared.group(2)
            and _is_compound_descriptor(text, shared.start(2) - 1)
        ):
            return "compound-descriptor"  # "the usual five, eight or twelve-night stays"
    if next1 == "or" and next2 in _OPEN_BOUNDS:
        unit = _OR_MORE_UNIT.match(text, end)
        if unit is not None and unit.group(1).lower() in TIME_UNITS:
            return "duration-phrase"  # "for 10 or more years", "a day or so"
    if first.scale and next1 in TIME_UNITS and next2 not in ("ago", "old"):
        return ""  # "1.6 billion hours watched": a total of time, counted, not a span
    if next1 in TIME_UNITS or (
        next1 in ("a", "an", "straight", "consecutive") and next2 in TIME_UNITS
    ):
        # "Twice a year" is a frequency, as "three times a year" is; "half a day" and "one
        # a day" are durations
        frequency = first.fraction and text[start:end].lower() in MULTIPLIERS
        per = next1 == "a" or (frequency and next1 == "an")
        if not (per and (frequency or first.words is False)) or (first.fraction and not frequency):
            return "time-unit"
    if next2 == "old" or (next1.endswith("-old") and next1[:-4] in TIME_UNITS):
        return "years-old"  # "10 years old", and "the 10 year-old debt" written with a space
    return "time-unit" if next1 in ("years", "year") else ""


def _is_marker_or_code(text: str, first: _Atom, end: int, before: str, following: str) -> str:
    """Whether a number is a list marker ("1) they have"), part of a code ("a 401(k) plan"),
    a relay's legs ("4x100m"), a subsection glued to a reference ("Section 14(1)"), a numeric
    ticker ("(7201.T)") or a year cut short ("in '03")."""
    start = first.start
    if following == ")" and first.plain and end - start <= 2 and "(" not in _line_tail(before):
        return "list-marker"  # "1) they have a parent"
    if following == "(" and _BRACKETED_LETTER.match(text, end):
        return "bracketed-code"  # "a 401(k) plan"
    if following == "x" and first.plain and _RELAY_AFTER.match(text, end):
        return "relay"  # "the 4x100m relay": the race's name (a size, "60x63cm", measures)
    if (
        following == "."
        and first.plain
        and start
        and text[start - 1] == "("
        and _TICKER_SUFFIX.match(text, end)
    ):
        return "ticker"  # "Sinopec (600028.SS)": a numeric ticker and its exchange
    if (
        following == ")"
        and first.plain
        and start >= 2
        and text[start - 1] == "("
        and (text[start - 2].isalnum() or text[start - 2] == ")")
    ):
        return "subsection"  # "Section 14(1)", "clause 12(3)(a)": glued to what it divides
    if (
        first.plain
        and end - start == 2
        and start > 0
        and text[start - 1] in "'’"
        and (start == 1 or not text[start - 2].isalnum())
    ):
        return "short-year"  # "in '03"
    return ""


def _is_day_of_month(n: _Near) -> str:
    """Dates: "October 7", "7 October", "the 7th of October", the later days of "April 11 and
    12"; after a comma only as in "May, 18, 2020" ("Since October, 10 people died" counts)."""
    first, prev1, next1 = n.first, n.prev1, n.next1
    if not (first.plain or first.words) or (first.value or 0) > 31:
        return ""  # a day of the month: "In February, 300 people" is none
    after_month = prev1 in _MONTH_WORDS or (
        "-" in prev1 and prev1.rpartition("-")[2] in _MONTH_WORDS
    )
    if after_month and n.last_word.endswith(".") and prev1 in _FULL_MONTHS:
        after_month = False  # "since March. One case ...": a full name's period ends a sentence
    if after_month and (  # "June 12-Sept. 16"
        n.following == ","
        or not n.before.rstrip(" \t").endswith(",")
        or _YEAR_NEXT.match(n.text, first.end) is not None
    ):
        return "day-of-month"
    if next1 in _MONTH_WORDS or (next1 == "of" and n.next2 in _MONTH_WORDS):
        return "day-of-month"
    if first.plain and (next1 in ("to", "and", "until", "through") or n.following in "-–"):
        later = _LATER_DAY_THEN_MONTH.match(n.text, first.end)
        if later is not None and later.group(1).lower() in _MONTH_WORDS:
            return "day-of-month"  # "from 6 to 9 January", "from 10-20 May": the first day
    if (
        first.plain
        and (prev1 in _DAY_LIST_JOINS or n.before.endswith(", "))
        and _MONTH_DAY_LIST.search(n.before) is not None
    ):
        return "days-of-month-list"  # "April 11 and 12", "June 24 through 26": later days
    return ""


def _counts_after_naming(after: str) -> bool:
    """Whether a number after a naming word ("named", "called") counts what follows, not a
    title: a lowercase word other than a function word among the next three ("named three
    executives", "named 39 Russian firms"; not "a song called 99 Red Balloons")."""
    if not after[:1].isspace():
        return False  # "a file called 7610.theme.zip": part of the name
    return any(w.islower() and w not in FUNCTION_WORDS for w in _WORD.findall(after, 0, 40)[:3])


def _after_name_number(before: str) -> bool:
    """Whether ``before`` ends with a list's first numbers after a capitalised word that is
    no function word or month ("Apollo 13 and ", "Channels 2, 4 and "), a name and its
    number: the next number names a thing too."""
    m = _NAME_NUMBER_LIST.search(before)
    if m is None:
        return False
    word = m[1].lower()
    return word not in FUNCTION_WORDS and word not in _MONTH_WORDS


def _is_reference_or_name(n: _Near) -> str:
    """Identifiers and names: "Article 51", "No 10", "a film called 40 Winters", the later
    numbers of "Sections 21, 24 and 26", and a number after a capitalised word ("Boeing
    737", "Windows 10")."""
    first, prev1, next1 = n.first, n.prev1, n.next1
    if (prev1 in REFERENCE_WORDS and not first.fraction) or (prev1 == "no" and first.plain):
        # not a multiplier or fraction after a noun: "the Vik unit halved its loss"
        return "reference"
    if prev1 in NAMING_WORDS and not _counts_after_naming(n.after):
        return "called-name"  # "a film called 40 Winters"; "named three executives" counts them
    if (
        first.plain
        and (prev1 in ("and", "or", "&") or n.before.endswith(", "))
        and (not next1 or next1 in FUNCTION_WORDS)  # "Flight 9 and 40 others": a count
        and (_REFERENCE_LIST.search(n.before) or _after_name_number(n.before))
    ):
        # "Sections 21, 24 and 26", "Apollo 13 and 16": the later numbers name things too
        return "reference-list"
    if first.plain and first.start and n.text[first.start - 1] == "#":
        return "hash-number"  # "item #55931", "gate #12", "the #9 car": a number named
    if (
        first.plain
        and (prev1 not in _HEDGE_ENDINGS or prev1 == "of")  # "the door of 12 Vik Street"
        and _capital_after_blanks(n.after)
        and _STREET_AFTER.match(n.text, first.end)
    ):
        return "street-address"  # "10 Harbour Street", "221 Vik Road"
    name = n.prev_cased[-1] if n.prev_cased else ""
    if (
        first.plain
        and n.adjacent_prev
        and not _in_gapped_list(n)
        and name[:1].isalpha()
        and any(ch.isupper() for ch in name)  # "Boeing 737", "iPhone 15"
        and not prev1.endswith(("'s", "’s", "s'", "s’"))  # "the Greens' 38": a possessive
        and prev1 not in _NOT_NAMES
        and prev1 not in HEDGES
        and not _opens_content_after_hearer(n.before, next1, n.next2, n.nxt)
    ):
        return "after-capitalised-word"
    return ""


def _in_gapped_list(n: _Near) -> bool:
    """Whether a number after a name is an item of a list that gaps its verb and noun after a
    first count ("135 deaths, Vik County 83 and Lund 66"): a count of the same noun."""
    start = n.first.start
    return (
        _GAP_ITEM_END.match(n.text, n.first.end) is not None
        and _GAPPED_LIST.search(n.text, max(0, start - _GAP_REACH), start) is not None
    )


def _is_bare_age(n: _Near) -> bool:
    """Whether a number is an age standing bare after a verb of being or dying ("died at
    44.", "when she was 14,", "I was 16 when ...", "The former champion was 22 when she
    retired")."""
    first, next1, last_word = n.first, n.next1, n.last_word
    if n.prev1 == "was" and next1 == "when" and first.plain and (first.value or 0) <= 120:
        return True
    straight_last = last_word.replace("’", "'")  # "he’s 76" reads as "he's 76"
    return (
        straight_last in _BARE_AGE_PAIR_ENDS
        and (not next1 or next1 in FUNCTION_WORDS or next1 in ("years", "year"))
        and not n.following.isalnum()
        and (
            first.words
            or (
                first.plain
                and (first.value or 0) <= 120
                and "." not in n.text[first.start : first.end]
            )
        )
        and (
            n.prev_lower in _BARE_AGE_PAIRS
            or (straight_last,) in _BARE_AGE_PAIRS  # "he's 76"
            or _BARE_AGE_TRIPLE.search(n.before) is not None  # "she will be 34"
        )
    )


def _after_age_word(n: _Near) -> bool:
    """Whether a number follows an age word ("aged 45", "the voting age to 16"), with a hedge
    between ("at the age of just 28", "aged under 30"; not "turn over 2,000"), or moves an
    age ("the pension age will rise from 60 to 67")."""
    first, prev1 = n.first, n.prev1
    if prev1 in _AGE_WORDS or (n.last_word in _AGE_PAIR_ENDS and n.prev_lower in _AGE_PAIRS):
        return True
    if prev1 in _AGE_HEDGE_WORDS:
        return (
            first.plain and (first.value or 0) <= 130 and _AGE_HEDGED.search(n.before) is not None
        )
    return (
        prev1 in ("from", "to")
        and first.plain
        and (first.value or 0) <= 120
        and _AGE_CHANGE_BEFORE.search(n.before) is not None
    )


def _is_age(n: _Near) -> str:
    """Ages: after an age word ("aged 45", "turned 30"), bare after a verb of being or dying
    ("died at 81", "when she was 14"), set off after a person ("Mr Tanzi, 66, said"), the
    later ages of a list ("aged 17 and 19") and age groups ("the under 14 boys")."""
    first, prev1, next1 = n.first, n.prev1, n.next1
    pair = n.prev_lower  # the last two words
    if _after_age_word(n):
        return "age-word"
    if _is_bare_age(n):
        return "bare-age"
    if prev1 == "under" and first.plain and (first.value or 0) <= 23 and next1 in AGE_SIDE_NOUNS:
        return "age-word"  # "Vik's under 14 boys won": an age group
    if (
        (first.plain or first.words)
        and (first.value or 0) <= 120
        # the pattern's link ("and", "or", "to", "&") is the word after the number
        and (n.next1 in _AGE_LIST_LINKS or n.after.lstrip(" \t")[:1] == "&")
        and _AGES_AHEAD.match(n.after) is not None
    ):
        return "ages-list"  # "for 16 and 17-year-olds", "five or six-year-olds": the first age
    if (
        n.prev1 in ("at", "of")
        and (first.plain or first.words)
        and (first.value or 0) <= 120
        and (not next1 or next1 in FUNCTION_WORDS)
        and (
            _DIED_AT.search(n.before) is not None
            if n.prev1 == "at"
            else len(pair) == 2 and pair[0] in AGE_BEARING_NOUNS
        )
    ):
        return "bare-age"  # "has died in Germany at 50", "retired at 65", "a boy of 14"
    if (
        n.prev_cased[-1:] == ["At"]
        and n.following == ","
        and first.plain
        and (first.value or 0) <= 120
        and _at_sentence_start(n.text, n.doc, first.start - len(n.before) + n.before.rfind("At"))
    ):
        return "bare-age"  # "At 88, she still rows each day": an age, or a time
    if (
        (first.plain or first.words)
        and (first.value or 0) < 130
        and _is_apposed_age(first, n.before, n.after)
    ):
        return "apposed-age"  # "Mr Tanzi, 66, said", "The driver, 23, was", "Ms Ortiz (41)"
    if (
        prev1 in ("over", "under")  # the bound of an age group, read before "over 60 staff"
        and (first.plain or first.words)
        and (first.value or 0) <= 120
        and (not next1 or next1 in FUNCTION_WORDS)
        and pair[:1] in _AGE_GROUPS
    ):
        return "age-bound"  # "voters over 60 in the region", "children under 5" or "five"
    if (
        (
            (prev1 == "than" and n.prev_lower[-2:-1] in (("older",), ("younger",)))
            or n.prev_lower in (("young", "as"), ("old", "as"))
        )
        and (first.plain or first.words)
        and (first.value or 0) <= 120
        and (not next1 or (next1 in FUNCTION_WORDS and next1 != "of"))
    ):
        return "age-bound"  # "people older than 65 may apply", "as young as 14": an age bound
    if (
        first.plain
        and (prev1 in ("and", "or", "&", "to") or n.before.endswith(", "))
        # "age of 5 and 300 adults", "over the age of 70, 12 of whom": counts
        and (not next1 or next1 in FUNCTION_WORDS and next1 != "of")
        and _AGE_LIST.search(n.before) is not None
    ):
        return "ages-list"  # "aged 17 and 19", "the age from 60 to 65": the later ages
    return ""


def _is_word_non_claim(n: _Near) -> str:
    """Number words that count nothing: capitalised inside a sentence, a name ("the Six
    Nations"); "one" as a pronoun or determiner. ("number one" is a reference.)"""
    first = n.first
    if not first.words:
        return ""
    surface = n.text[first.start : first.end]
    if surface[:1].isupper() and (
        not _at_sentence_start(n.text, n.doc, first.start) or _opens_name(n.after)
    ):
        return "capitalised-number-word"  # "the Six Nations", "Seven Oaks International"
    if surface.lower() == "one" and not _is_counting_one(
        n.text, first.start, n.prev1, n.next1, n.next2, n.after
    ):
        return "pronoun-one"
    return ""


def _opens_name(after: str) -> bool:
    """Whether a capitalised number word opening a sentence starts a name: two to four
    capitalised words follow, the last not a plural, and then a verb, a function word or
    punctuation ("Seven Oaks International said"; "Two North Korean soldiers", "Five British
    Airways flights" and "Two US Marines" count)."""
    run = _CAPITAL_RUN.match(after)
    if run is None:
        return False
    last = run.captures(1)[-1]
    if last.endswith(".") and "." not in last[:-1]:  # a full stop, not "U.S."
        return not last.endswith("s.")
    if last.endswith("s"):
        return False
    verb = run.group(2) or ""
    return not verb or (verb.islower() and (verb in _AFTER_NAME or verb.endswith("ed")))


def _is_idiom(n: _Near) -> str:
    """Whether the number word is part of a set phrase of ``NUMBER_IDIOMS`` ("in two minds",
    "a high five") or ends a loose pair ("a letter or two", "once or twice")."""
    if n.first.plain:
        return ""  # bare digits: the table's numbers are words (see ``_idioms``)
    word = n.text[n.first.start : n.first.end].lower()
    if word in _LOOSE_PAIR_ENDS and n.prev1 == "or" and _LOOSE_PAIR_BEFORE.search(n.before):
        return "idiom"  # "a letter or two", "once or twice": a loose few, no count
    shapes = _IDIOMS.get(word)
    if not shapes:
        return ""
    before = n.prev_lower
    after = (n.next1, n.next2)
    for pre, post in shapes:
        if (not pre or before[-len(pre) :] == pre) and after[: len(post)] == post:
            return "idiom"
    return ""


# Units and group nouns whose size, after "the", describes the noun after them ("the 7,000
# tonne ferry", "the 30 member cabinet", "the 25 nation bloc"), read without a plural "s".
_SIZE_WORDS = frozenset(
    w.removesuffix("s") for w in MEASURE_UNITS | SIZE_UNITS | DESCRIPTOR_NOUNS
) | {"megawatt", "gigawatt"}


def _is_attributive_size(n: _Near) -> str:
    """Whether a number and the singular word after it are an adjective written without
    its hyphen, a descriptor as "a 40-tonne truck" is ("a 40 tonne truck", "a two megapixel
    camera", "a 100,000 square foot studio", "a 7.0 magnitude quake"): after "a" or "an",
    before a singular word and another content word; after "the", before a unit or group noun
    (``_SIZE_WORDS``: "the 30 member cabinet"). A plural after the number ("a 500
    people march" is not English) or a function word ("a 40 or so") leaves a count, as do a
    currency word ("a 95 ct loss"), a plural head ("a 1000 web links") and a head the
    number is the amount of (``AMOUNT_HEADS``: "a 92 seat majority", "a 50 tonne increase")."""
    first, nxt = n.first, n.nxt
    if first.scale or first.approximate or n.prev1 not in ("a", "an", "the"):
        return ""
    if not n.adjacent_prev:
        return ""
    the = n.prev1 == "the"
    if the and n.next1.rstrip("s") not in _SIZE_WORDS:
        return ""  # after "the" only a unit's size: not "the six major banks", a count
    # the head may be a name after a unit ("the 7,000 tonne Vik ferry", "the 25 nation EU")
    second = (nxt.group(2) or "") if nxt is not None else ""
    if nxt is None or not nxt.group(1).islower() or not (second.islower() or the):
        return ""
    w1, w2 = n.next1, n.next2
    if (
        w1.isalpha()
        and not w1.endswith("s")
        and w1 not in FUNCTION_WORDS
        and w1 not in _MONEY_UNITS
        and w2.isalpha()
        and w2 not in FUNCTION_WORDS
        and w2 not in _MONEY_UNITS
        and w2 not in AMOUNT_HEADS
        and (not w2.endswith("s") or w2 in MEASURE_UNITS)
    ):
        return "attributive-size"
    return ""


def _is_re_mention(n: _Near) -> str:
    """Definite re-mentions of a group counted before ("the two countries") and an article's
    count of its own list ("these 9 chains", "Here are 7 ways")."""
    if not n.adjacent_prev:
        return ""
    if n.prev1 in ANAPHOR_DETERMINERS and n.first.value in n.seen_values:
        return "counted-before"  # "the two countries", counted before
    if (
        n.prev1 in REFERRING_ADJECTIVES
        and len(n.prev_lower) > 1
        and n.prev_lower[-2] in ANAPHOR_DETERMINERS
        and n.first.value in n.seen_values
    ):
        return "counted-before"  # "the original four members", "the same 40 ships", counted before
    if n.prev1 == "all" and _is_all_group(n):
        return "all-of-group"
    if n.prev1 == "the" and _HERE_ARE_THE.search(n.before):
        return "own-list-count"  # "Here are the 10 films": the article's count of its own list
    if n.following == "-" and _TIMES_AFTER.match(n.text, n.first.end):
        return ""  # "the two-time runner-up": a tally of wins, not a group counted again
    return _is_definite_group(n.first, n.prev_lower, n.next1)


def _is_all_group(n: _Near) -> bool:
    """Whether "all" and a number re-mention a group: with no noun of its own after a small
    number word ("and all three were promoted"), or with the noun and the number both given
    before ("four babies were born ... all four babies are well"); "knew all four members of
    the board", a first mention, has neither."""
    first, next1 = n.first, n.next1
    if not first.words or (first.value or 99) > 10:
        return False
    if not next1 or next1 in _GROUP_PRONOUN_AFTER or next1.endswith("ed"):
        return True
    if first.value not in n.seen_values:
        return False
    noun = next1
    if next1 == "of" and n.next2 in ("the", "these", "those"):
        # "all five of the sailors", after "Five sailors tested positive": the noun after
        # the determiner was given with the count
        after = _NEXT_WORDS.match(n.text, n.nxt.end()) if n.nxt else None
        if after is None or not after.group(1).isalpha() or not after.group(1).islower():
            return False  # "all four of the state's governors": the state's, not a group's
        noun = after.group(1).lower()
    elif next1 in FUNCTION_WORDS or not n.nxt or not n.nxt.group(1).islower():
        return False
    start = first.start
    lo = start - _REMENTION_REACH if start > _REMENTION_REACH else 0
    return _has_word(n.text, noun, lo, start)


def _has_word(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` (lowercase) stands as a whole word in ``text[lo:hi]``, in any case: a
    plain search, as a pattern built for each word would be compiled for every number asked."""
    window = text[lo:hi].lower()
    at = window.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _is_word_char(window[at - 1])) and (
            end == len(window) or not _is_word_char(window[end])
        ):
            return True
        at = window.find(word, at + 1)
    return False


_HALF_TIME_BEFORE = frozenset("at by after before until since of".split())  # "at half time"


def _is_fraction_non_claim(n: _Near) -> str:
    """Fractions and multipliers that give no share or amount: ordinals ("a third term"),
    periods ("the first half", "half an hour") and multipliers that describe a noun."""
    first, prev1, next1 = n.first, n.prev1, n.next1
    if not first.fraction:
        return ""
    start = first.start
    lower = n.text[start : first.end].lower()
    if (
        lower.startswith("a ")
        and lower != "a half"
        and not _is_share(n.text, n.doc, start, prev1, next1)
    ):
        return "ordinal-fraction"  # "a third term", "added a third"
    if lower == "once" and not (next1 in _PER_WORDS and n.next2 in TIME_UNITS):
        return "once-not-a-frequency"  # "once again", "at once": a frequency is "once a week"
    if lower in MULTIPLIER_FORMS:
        multiplies = _multiplies(n.text, n.doc, start, lower, prev1, next1)
        return "" if multiplies else "descriptive-multiplier"
    if _is_period_fraction(n.text, first.end, lower, prev1, next1):
        return "period-fraction"
    if lower == "half" and (
        prev1 in _HALF_OF_A_PERIOD_AFTER
        or (next1 in ("an", "a") and n.next2 in TIME_UNITS or next1 in TIME_UNITS)
        or (next1 == "time" and prev1 in _HALF_TIME_BEFORE)
    ):
        return "period-fraction"  # "the second half", "half an hour", "at half time"
    if (
        lower in ("half", "a half")
        and n.prev_lower[-2:-1]
        and n.prev_lower[-1] == "and"
        and (n.prev_lower[-2] in TIME_UNITS)
    ):
        return "period-fraction"  # "her year and a half at the helm", "a week and a half"
    if lower == "half" and _is_half_state(n):
        return "half-state"
    if lower == "half" and _is_half_of_a_place(n):
        return "half-of-a-place"
    if (
        n.text[start].isupper()
        and not n.text[start + 1 : first.end].isupper()  # "Cuts Toll In HALF": a headline's
        and prev1 not in ("in", "by", "than")  # "Cuts Toll In Half": a share, title-cased
        and prev1 not in _HALF_HEDGES
        and not _at_sentence_start(n.text, n.doc, start)
    ):
        return "capitalised-number-word"  # "Robert Half International", "Half Life 2": a name
    return ""


# What may lead "half" as a noun: a determiner or possessive ("the Vik half", "our own half").
_HALF_NOUN_LEADS = _POSSESSIVES | {"the", "this", "that"}


def _is_half_of_a_place(n: _Near) -> str:
    """ "the Lund half and scored", "back into our own half.": "half" as a noun after a determiner
    or possessive and at most one word that describes it (the two words ``_Near`` reads),
    ending its phrase (punctuation or a coordinator next), names one half of a pitch or a
    match, no share; not "the other half" (the rest of a whole) nor a share after "by",
    "than" or a hedge."""
    if n.next1 not in ("", "and", "or", "but") or n.following not in ("", " ", ".", ",", ";"):
        return ""
    prev = n.prev_lower
    lead = next((k for k in range(len(prev) - 1, -1, -1) if prev[k] in _HALF_NOUN_LEADS), None)
    if lead is None or "other" in prev[lead:]:
        return ""
    between = prev[lead + 1 :]
    if any(
        (w in FUNCTION_WORDS and w != "own") or w in _SHARE_LINKS or w in _HALF_HEDGES
        for w in between
    ):
        return ""
    return "half-of-a-place"


def _is_half_state(n: _Near) -> bool:
    """ "worn half open", "left half built", "half asleep": "half" before a state (an "-ed" or
    "-en" word or one of ``HALF_STATES``) gives a degree, not a share; not after a word that
    makes it one ("by half", "a half", "than half") nor before "of"."""
    nxt, prev1 = n.next1, n.prev1
    if not nxt or not prev1 or n.next2 in ("of", "by") or n.following not in ("", " "):
        return False  # "Half surveyed said", "half owned by": a share
    if prev1 in DETERMINERS or prev1 in _HALF_HEDGES or prev1 in _SHARE_LINKS:
        return False  # "a half", "nearly half", "by half", "than half"
    return nxt in HALF_STATES or (len(nxt) > 4 and nxt.endswith(("ed", "en")))


_SHARE_LINKS = frozenset("by in than of to and or".split())
_HALF_HEDGES = frozenset(_HEDGE_ENDINGS) | _AGE_HEDGE_WORDS  # "nearly", "just"


# The rules of a number's context, one per row of the spec's non-claims; each only rejects.
# The multiplier rule of ``_is_fraction_non_claim`` may accept, so it stays last.
def _is_figure_of_speech(text: str, first: _Atom) -> bool:
    """ "I feel 100% again", "I am 100% fit": a full percentage after a verb of feeling or being
    in the first person states no quantity a reader could check (spec 1)."""
    if not first.percent or first.value != 100:
        return False
    prev = _prev_words(text, first.start, 1)
    return bool(prev) and prev[-1].lower() in FEELING_BEFORE


def _is_match_event(n: _Near) -> bool:
    """Whether the number counts events of one match (spec 5, game events): a try, an ace, a
    match point, a kicked penalty ("Lund ran in two tries", "missed two easy penalties",
    "fought off four match points"), past words such as "more" or "second-half", with no
    word of a season, a tournament or a career near it ("11 tries this season")."""
    if n.next1 not in _MATCH_EVENT_FIRSTS and n.prev1 not in SCORING_VERBS:
        return False  # most numbers: no event word next, read without a scan
    if (n.first.value or 99) > _MAX_MATCH_EVENTS:
        return False
    words = [w.lower().rstrip(".") for w in _WORD.findall(n.after, 0, _MATCH_EVENT_REACH)]
    if n.prev1 in SCORING_VERBS and (
        n.text[n.first.start : n.first.end].lower() == "twice" or words[:1] == ["times"]
    ):
        # "scoring twice late on", "scored three times": goals of one match
        return not _season_near(n, words[1:])
    k = 0
    while k < len(words) - 1 and words[k] in MATCH_EVENT_MODIFIERS:
        k += 1
    if k >= len(words):
        return False
    noun = words[k]
    pair = (noun, words[k + 1]) if k + 1 < len(words) else ("", "")
    if not (
        noun in MATCH_EVENT_NOUNS
        or pair in MATCH_EVENT_PAIRS
        or (noun.startswith("penalt") and n.prev1 in KICKING_VERBS)
        # "kicked 14 points"; "added 0.5 point" is an index's or a growth rate's
        or (noun.startswith("point") and n.prev1 in POINT_KICKING_VERBS)
    ):
        return False
    return not _season_near(n, words[k + 1 :])


def _season_near(n: _Near, after: list[str]) -> bool:
    """Whether a word of a season, a tournament or a career stands among the six words before
    the number or ``after``, the lowercased words after its event."""
    before = [w.lower().rstrip(".") for w in _WORD.findall(n.before)[-6:]]
    return any(w in SEASON_WORDS for w in (*before, *after))


def _is_race_time(n: _Near) -> bool:
    """Whether the number is a race time (spec 5: race times are no claims): digits with
    decimals and no unit but seconds, after a verb of timing ("clocked 8.06"), a placing and
    "in" ("finished second in 7.91") or a best or record "of" ("a personal best of 21.07", "a
    world record of 9.71")."""
    placing = n.prev1 == "in" and n.prev_lower[-2:-1] in _PLACINGS  # "second in 7.91"
    if n.prev1 not in TIMING_VERBS and n.prev1 != "of" and not placing:
        return False
    first = n.first
    if first.currency or first.percent or first.scale or first.words:
        return False
    if "." not in n.text[first.start : first.end] or (first.value or 1000) >= 1000:
        return False
    if n.next1 and n.next1 not in _SECOND_UNITS and n.next1 not in FUNCTION_WORDS:
        return False  # "a best of 20.94 metres" is a distance, "of 4.5 points" a margin
    if n.prev1 in TIMING_VERBS or placing:
        return True
    return n.prev1 == "of" and n.prev_lower[-2:-1] in (("best",), ("record",), ("time",))


# The words that may come right after a number counting events of a match: an event, the first
# word of a two-word one, a word before the event ("four more penalties"), a kicked penalty or
# point, "times" after a scoring verb.
_MATCH_EVENT_FIRSTS = (
    MATCH_EVENT_NOUNS
    | MATCH_EVENT_MODIFIERS
    | {first for first, _ in MATCH_EVENT_PAIRS}
    | frozenset("penalties penalty points point times".split())
)
_SECOND_UNITS = frozenset("s sec secs second seconds".split())
_PLACINGS = frozenset((w,) for w in ORDINAL_WORDS - {"last"}) | frozenset(
    (w,) for w in "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th won".split()
)
_MAX_MATCH_EVENTS = 20  # more events than this in one match is a tally of many
_MATCH_EVENT_REACH = 40  # characters after the number read for its event and a season word


def _is_race_distance(n: _Near) -> str:
    """Spec 5 (third round): race distances and game events are not claims: a distance named
    as a race or its stretch ("the men's 9km race", "over the final 300 metres"), a
    winning margin ("beat her by 40 metres", "won by three lengths"), or a stretch of a match
    ("won the next five games")."""
    if _is_match_event(n):
        return "match-event"
    if _is_race_time(n):
        return "race-time"
    if n.prev1 in _STRETCH_WORDS and (
        n.next1 in MATCH_UNITS
        or (
            (not n.next1 or n.next1 in FUNCTION_WORDS)
            and _MATCH_UNIT_BEFORE.search(
                n.text, max(0, n.first.start - _MATCH_UNIT_REACH), n.first.start
            )
            is not None
        )
    ):
        # "won the next five games", "the last three holes"; "won the first five games ...
        # but lost the next five": the unit said once
        return "match-stretch"
    glued = _GLUED_UNIT.match(n.text, n.first.end) if n.following.isalpha() else None
    unit = glued.group(1).lower() if glued else n.next1
    if unit not in RACE_UNITS:
        return ""
    after = _WORD.search(n.text, glued.end()) if glued else None
    word_after = (after.group().lower() if after else n.next2).rstrip(".")
    if word_after in RACE_WORDS or n.prev1 in RACE_STRETCH_BEFORE:
        return "race-distance"
    if unit in ("yards", "yard") and word_after == "out" and (n.first.value or 99) <= _SHOT_YARDS:
        return "shot-distance"  # "a low free-kick 35 yards out", "unmarked six yards out"
    if n.prev1 == "from" and unit in ("yards", "yard"):
        # "Vik's low drive from 25 yards": where a shot was taken from, within the last
        # few words before the number
        if any(w.lower() in SHOT_WORDS for w in _WORD.findall(n.before)[-6:]):
            return "shot-distance"
        if (n.first.value or 99) <= _SHOT_YARDS and n.next2 not in ("away", "of", "to"):
            return "shot-distance"  # "blazed over from six yards": a shot's range, whatever
            # the verb; "from 30 yards away" is a distance stated
        return ""
    if n.prev1 != "by":
        return ""
    # the win or beat the margin follows, in the words ``before`` holds (``_CONTEXT``)
    if any(w.lower() in SPORTS_WORDS for w in _WORD.findall(n.before)):
        return "winning-margin"
    return ""


def _is_world_rank(n: _Near) -> str:
    """A place in a world ranking reached or left: "dropped to 58 in the world", "up from 27
    in the world" ("only 100 in the world" counts); the place a move of so many places
    reached ("fell two places to seven")."""
    if n.prev1 in ("to", "from", "at") and n.after.startswith(" in the world"):
        return "world-rank"
    if n.prev1 == "to" and _PLACES_MOVED.search(n.before) is not None:
        return "world-rank"  # "fell two places to seven": the place reached, a rank
    return ""


# A move in a ranking by a few places (a number word up to five, or digits), before "to"
# and the place it reached.
_PLACES_MOVED = regex.compile(
    r"(?i)\b(?:a|"
    + _alt(w for w, v in NUMBER_WORDS.items() if v <= 5)
    + r"|\d{1,3})[ \t]++places?[ \t]++to[ \t]*+$"
)


def _after_per(before: str) -> bool:
    """Whether the text before a number ends in the word "per" and a space."""
    return before[-4:].lower() in ("per ", "per\u00a0") and not before[-5:-4].isalnum()


def _is_rate_base(n: _Near) -> str:
    """The base of a rate, after "per": in "7.5 beds per 100 people" the claim is 7.5 (spec 5),
    "100" only says what it is counted over."""
    return "rate-base" if n.prev1 == "per" and _after_per(n.before) else ""


def _is_household_size(n: _Near) -> str:
    """The size of a household, a descriptor: "a family of four would pay", "Ms Vik, a mother
    of two, said" ("a family of four children" counts the children)."""
    if (
        n.prev1 == "of"
        and len(n.prev_lower) == 2
        and n.prev_lower[0] in HOUSEHOLD_NOUNS
        and (n.first.words or (n.first.plain and (n.first.value or 0) <= 20))
        and (not n.next1 or n.next1 in FUNCTION_WORDS or n.next1 in AUXILIARIES)
    ):
        return "household-size"
    return ""


def _is_knockout_round(n: _Near) -> str:
    """A knockout round named by the field left in it, a power of two with no noun after it:
    "reached the last 16 in Lund", "the last eight of the cup" ("the last 16 ferries", "the
    last six of 20 jets" count)."""
    if (
        n.prev_lower == ("the", "last")
        and n.first.value in _KNOCKOUT_FIELDS
        and (not n.next1 or n.next1 in FUNCTION_WORDS)
    ):
        return "knockout-round"
    return ""


_NEAR_RULES: tuple[Callable[[_Near], str], ...] = (
    _is_race_distance,
    _is_day_of_month,
    _is_reference_or_name,
    _is_age,
    _is_word_non_claim,
    _is_re_mention,
    _is_idiom,
    _is_attributive_size,
    _is_fraction_non_claim,
    _is_world_rank,
    _is_knockout_round,
    _is_rate_base,
    _is_household_size,
)


# A dispatch from a number to the rules of ``_NEAR_RULES`` that can reject it, so that each
# number runs only those, in their order (the rule that fires first, the one named, is the
# same). By the kind of the number (``_number_kind``), a rule may fire after any word (None),
# or only after one of a set of words (``_Near.prev1``; a rule reading the last word with its
# period, ``_Near.last_word``, is keyed by it without), or never (an empty set: the rule returns
# "" at once). tests/test_fast_paths.py checks the verdicts against running every rule.
_NumberKind = Literal["plain", "words", "fraction", "other"]
_NUMBER_KINDS: tuple[_NumberKind, ...] = ("plain", "words", "fraction", "other")
_ANY: frozenset[str] | None = None
_NEVER: frozenset[str] = frozenset()
_REFERENCE_KEYS = REFERENCE_WORDS | NAMING_WORDS | {"no"}  # after these, plain digits only
_AGE_KEYS = _AGE_WORDS | {w.rstrip(".") for w in _AGE_PAIR_ENDS}  # else digits or words only
_RE_MENTION_KEYS = frozenset(  # "the two", "all four", "these 9", "here are 7"
    w.rstrip(".")
    for w in ANAPHOR_DETERMINERS
    | DEFINITE_GROUP_BEFORE
    | LIST_OF_ITSELF_BEFORE
    | REFERRING_ADJECTIVES
    | {"all", "here's", "here’s", "are"}
)
# The keys of each rule for plain digits ("737"), number words ("two"), fractions ("half") and
# other numbers ("1.5", "$5", "a few"): read off the conditions each rule opens with.
_NEAR_RULE_KEYS: dict[Callable[[_Near], str], tuple[frozenset[str] | None, ...]] = {
    _is_race_distance: (_ANY, _ANY, _ANY, _ANY),  # by the unit after the number
    _is_day_of_month: (_ANY, _ANY, _NEVER, _NEVER),
    _is_reference_or_name: (_ANY, _REFERENCE_KEYS, _REFERENCE_KEYS, _REFERENCE_KEYS),
    _is_age: (_ANY, _ANY, _AGE_KEYS, _AGE_KEYS),
    _is_word_non_claim: (_NEVER, _ANY, _NEVER, _NEVER),
    _is_re_mention: (_RE_MENTION_KEYS,) * 4,
    _is_idiom: (_NEVER, _ANY, _ANY, _ANY),  # by the number's own word
    _is_attributive_size: (frozenset(("a", "an", "the")),) * 4,
    _is_fraction_non_claim: (_NEVER, _NEVER, _ANY, _NEVER),
    _is_world_rank: (frozenset(("to", "from", "at")),) * 4,
    _is_knockout_round: (frozenset(("last",)),) * 4,  # "the last 16"
    _is_rate_base: (frozenset(("per",)),) * 4,
    _is_household_size: (frozenset(("of",)),) * 4,  # "a family of four"
}


def _dispatch(
    column: int,
) -> tuple[tuple[Callable[[_Near], str], ...], dict[str, tuple[Callable[[_Near], str], ...]]]:
    """For one kind of number: the rules to run after a word no rule is keyed by, and, by each
    word some rule is keyed by, the rules to run after it."""
    keys = [(rule, _NEAR_RULE_KEYS[rule][column]) for rule in _NEAR_RULES]
    words: set[str] = set().union(*(k for _, k in keys if k))
    after = {w: tuple(r for r, k in keys if k is None or w in k) for w in words}
    return tuple(r for r, k in keys if k is None), after


_NEAR_DISPATCH = {kind: _dispatch(column) for column, kind in enumerate(_NUMBER_KINDS)}


def _number_kind(first: _Atom) -> _NumberKind:
    """Plain digits, number words, a fraction or other ("1.5", "$5", "a few"): the branches of
    ``_ATOM`` that match them are alternatives, so an atom is of one kind."""
    if first.plain:
        return "plain"
    return "words" if first.words else "fraction" if first.fraction else "other"


def _joined_non_claim(
    text: str,
    doc: Segments,
    first: _Atom,
    last: _Atom,
    joiner: str,
    nxt: re.Match[str] | None,
    money_or_pct: bool,
) -> str:
    """The non-claim rules of a range, a ratio or two alternatives ("21 or 22 percent")."""
    if (
        first.words
        and text[first.start].isupper()
        and not _at_sentence_start(text, doc, first.start)
    ):
        return "capitalised-number-word"  # "a first Four or Five Rivers cup": a name
    if joiner != "ratio" and _is_year_span(text, first, last):
        return "year-span"  # "the 2023-24 season", "between 2010 and 2020": a period
    prev = [w.lower() for w in _prev_words(text, first.start)]
    if (
        joiner in ("range", "or")
        and not money_or_pct
        and prev
        and prev[-1] in _MONTH_WORDS
        and max(first.value or 99, last.value or 99) <= 31
    ):
        return "day-of-month"  # "Nov. 3-8", "May 12 to 14": days of a month
    dashed = joiner == "range" and text[first.end : last.start].strip() in ("-", "–")
    if (
        dashed
        and (
            _is_score(prev, nxt)
            or (_in_score_run(text, first, last) and not any(w.startswith("vot") for w in prev))
            or _is_game_points(first, last, prev, nxt)
            # "came back from 0-2 down": a deficit overturned, whichever side leads
            or (prev[-1:] == ["from"] and nxt is not None and nxt.group(1).lower() == "down")
        )
    ):
        return "score"
    if (
        dashed
        and not money_or_pct
        and first.plain
        and last.plain
        and (last.value or 0) <= (first.value or 0)
        and (
            (first.value or 0) <= 9
            # "tied at 27-27": a tie, as no range ends where it starts; "50-50" is halves
            or last.value == first.value != 50
            or _is_year(first)
            or _sports_after(text, last.end)
        )
        and not _is_vote(prev, nxt)
    ):
        # "a 2-1 loss", "at 3-0", "2-1 favourite", "the 2005-6 budget": a range never runs
        # down, and one-digit pairs that do are scores or odds; larger ones are often
        # tallies ("a 31-29 edge on the council") and stay claims
        return "descending-pair"
    if joiner != "ratio" and not money_or_pct:
        rule = _is_period_or_rank(first, joiner, prev, nxt)
        if rule:
            return rule
    next1 = nxt.group(1).lower() if nxt else ""
    if (
        not money_or_pct
        and next1 in _MONTH_WORDS
        and max(first.value or 99, last.value or 99) <= 31
    ):
        return "day-of-month"  # "the 8-10 June show": days of a month
    if joiner != "ratio" and not money_or_pct and _is_period_range(nxt):
        return "period-range"
    # "aged 18-24", "aged between 18 and 24", "the 15 to 24 age group": ages describe
    if joiner != "ratio" and not money_or_pct and (_is_age_range(prev) or _age_group_next(nxt)):
        return "age-range"
    return ""


def _age_group_next(nxt: re.Match[str] | None) -> bool:
    """Whether "age" and a bracket noun follow a range: "the 15 to 24 age group"."""
    return (
        nxt is not None
        and nxt.group(1).lower() == "age"
        and ((nxt.group(2) or "").lower() in AGE_BRACKET_NOUNS)
    )


def _is_period_or_rank(
    first: _Atom, joiner: str, prev: list[str], nxt: re.Match[str] | None
) -> str:
    """Whether two alternatives count time units ("two or three weeks"), rank or name ("at
    number seven or eight", "pages 4 or 5"), or say "a few" ("one or two product lines")."""
    if joiner != "or":
        return ""
    next1 = nxt.group(1).lower() if nxt else ""
    if next1 in TIME_UNITS:
        return "period-range"
    if prev and prev[-1] in REFERENCE_WORDS:
        return "reference"
    return "one-or-two" if first.words and first.value == 1 else ""


def _is_share(text: str, doc: Segments, start: int, prev1: str, next1: str) -> bool:
    """Whether "a third", "a quarter" gives a share: before "of" ("a third of the crops"), or
    opening the sentence, after a hedge or after "by", before no noun it describes ("A
    quarter said", "nearly a third - 31% -", "more than a quarter have", "cut by a fifth");
    otherwise it is an ordinal or a period ("a third term", "scored a third", "and a fourth
    can cost", "$5,000 a quarter")."""
    if next1 == "of":
        return True
    if _describes_noun(next1):
        return False
    if prev1 == "by" or _at_sentence_start(text, doc, start):
        return True
    lo = start - _HEDGE_WINDOW if start > _HEDGE_WINDOW else 0
    return _may_end_hedge(text[lo:start]) and _HEDGE.search(text, lo, start) is not None


def _is_period_range(nxt: re.Match[str] | None) -> bool:
    """Whether a range counts time units: a duration ("over the next 9-15 months", "between
    two and four weeks", "is 12 to 18 months away", "for 10 to 12 working days")."""
    if nxt is None:
        return False
    w1, w2 = (w.lower() for w in nxt.groups(""))
    return w1 in TIME_UNITS or (w2 in TIME_UNITS and w1 not in FUNCTION_WORDS)


_OPEN_BOUNDS = frozenset("more less fewer so longer".split())
# "or more" and the word after it: "10 or more years"
_OR_MORE_UNIT = re.compile(r"\s+or\s+\w+\s+(\w+)")


def _is_duration_around(first: _Atom, next1: str, next2: str, prev_cased: list[str]) -> bool:
    """Durations the rule of a number before its time unit misses: an adjective between them
    ("14 working days"), the unit with an apostrophe ("in twenty years' time"), and a number
    word after a time unit and "or" or "to" ("a day or two")."""
    if first.fraction:
        return False
    if next1.endswith(("'", "’")) and next1.rstrip("'’") in TIME_UNITS:
        return True
    if next2 in TIME_UNITS and next1 in DURATION_MODIFIERS:
        return True  # "for two more weeks", "three full days"
    if (
        (next2 in TIME_UNITS or next2 == "quarters")  # "two previous quarters": periods
        and next1.isalpha()
        and next1 not in FUNCTION_WORDS
        and next1 not in MEASURE_UNITS
        and next1 not in NUMBER_WORDS
        and not (next2 == "term" and next1 in TERM_ADJECTIVES)  # "8,000 long term care beds"
        # "75 last year", "40 each week"; but "two previous quarters": periods counted
        and (next1 not in _PERIOD_DETERMINERS or (next1 in _ORDER_WORDS and next2.endswith("s")))
    ):
        return True
    if not first.words:
        return False  # "per day to 35,000 bpd": a new figure
    return (
        len(prev_cased) == 2
        and prev_cased[1].lower() in ("or", "to")
        and prev_cased[0].lower() in TIME_UNITS
    )


def _is_period_fraction(text: str, end: int, lower: str, prev1: str, next1: str) -> bool:
    """Whether a fraction word counts periods: quarters counted ("for five quarters"; "three
    quarters of the vote" is a share), the first or last quarters of a year ("the first two
    quarters of fiscal 1991"), or a share of a time unit ("three-quarters of a century")."""
    if lower.endswith("quarters") and " " in lower and (next1 != "of" or prev1 in _ORDER_WORDS):
        return True
    of_unit = _OF_TIME_AFTER.match(text, end)
    return of_unit is not None and of_unit.group(1).lower() in TIME_UNITS


# Before glued metres, only these: "the last 300m" and "the first 300m" are as often money.
_STRETCH_ENDINGS = ("the final", "the closing")


def _is_race_word(word: str) -> bool:
    """A word of ``RACE_WORDS``, or its plural ("titles", "records")."""
    return word in RACE_WORDS or (word.endswith("s") and word[:-1] in RACE_WORDS)


def _is_denomination_or_size(text: str, first: _Atom, before: str, next1: str, next2: str) -> str:
    """Whether a sum names a denomination ("a $50 note") or a class of stock ("its 4.50 dlr
    cumulative preferred"), or digits with a glued "m" are
    metres, not millions: a race distance ("the 5,000m", four digits or more, or any before a
    race word: "the 100m final", "the 60m world record", or named by its distance alone: "won
    the 200m at the Games"), a race's stretch ("in the final 300m"), a mark to the
    centimetre ("cleared 4.88m", two decimals), or a size used as an adjective ("the 40m
    trawler": after an article, before a singular noun)."""
    if first.currency and not first.scale:
        if next1 in SECURITY_CLASS_WORDS:
            return "security-name"  # "its 4.50 dlr cumulative preferred": a class's name
        denomination = (first.value or 0) <= 1000 and next1 in DENOMINATION_NOUNS
        return "denomination" if denomination else ""
    if first.currency or first.percent or first.scale != "m":
        return ""
    whole = text[first.start : first.end - 1].partition(".")[0]
    if (
        len(whole.replace(",", "")) >= 4
        or _is_race_word(next1)
        or (next1 in ("world", "indoor", "olympic") and _is_race_word(next2))
    ):
        return "metres-not-millions"  # "the 5,000m", "the world 100m champion", "60m world record"
    if next1 in ("and", "or"):
        pair = _METRES_PAIR_AFTER.match(text, first.end)
        if pair is not None and _is_race_word(pair.group(1).lower()):
            return "metres-not-millions"  # "the world 300m and 600m record holder"
    ends_phrase = (not next1 or next1 in FUNCTION_WORDS) and next1 != "per"  # not a speed
    digits = text[first.start : first.end - 1]
    if ends_phrase and whole == digits and _RACE_NAME_BEFORE.search(before) is not None:
        return "metres-not-millions"  # "won the 200m at the Games", "the women's 800m."
    if ends_phrase and before.rstrip(" \t").lower().endswith(_STRETCH_ENDINGS):
        return "metres-not-millions"  # "pulled away in the final 300m": a race's stretch
    if ends_phrase and len(digits) - len(whole) == 3:
        return "metres-not-millions"  # a mark to the centimetre: "landed 17.30m at the trials"
    noun = next1.removesuffix("'s").removesuffix("’s")
    if (
        _ARTICLE_BEFORE.search(before) is not None
        and noun.isalpha()
        and not noun.endswith("s")
        and noun not in FUNCTION_WORDS
    ):
        return "metres-not-millions"
    return ""


def _is_stated_again(text: str, first: _Atom, before: str, next1: str, seen: set[float]) -> bool:
    """Whether a sum or percentage after a definite or possessive determiner, and at most one
    word that qualifies it, repeats one the article gave ("The $3 million grant pays", "its
    current 37.5 pct holding" after 37.5 pct, "the extra $600 per week" after $600 a week)."""
    if first.value not in seen:
        return False
    head = _DETERMINER_BEFORE.search(before)
    if not next1:
        # "opted for the £500," after "a safe £500": the same sum, as written, with no noun
        return (
            head is not None
            and head.group(1).lower() in _RE_MENTION_DETERMINERS
            and text.find(text[first.start : first.end], 0, first.start) != -1
        )
    if head is not None and head.group(1).lower() in _RE_MENTION_DETERMINERS:
        if next1 not in FUNCTION_WORDS:
            return True  # "The $3 million grant", right after its determiner, before its noun
        if next1 in _RATE_WORDS:
            return False  # "keeping the $3 a shift rise": a rate after a bare "the" is news
    elif not (
        _qualified_determiner(before) in _RE_MENTION_DETERMINERS
        or before.endswith(_NAME_POSSESSIVE_ENDINGS)
    ):
        return False
    # with a word between, a rate or a preposition after, or after a name's possessive ("its
    # current 37.5 pct holding", "the extra $600 per week", "kept the $300 million in grants",
    # "Vik's $44 billion request"), only the same figure written the same way before: "20
    # years" gives no "the 20%"
    return text.find(text[first.start : first.end], 0, first.start) != -1


_NAME_POSSESSIVE_ENDINGS = ("'s ", "’s ")  # "Vik's $44 billion request"
_RATE_WORDS = frozenset("per a an each".split())  # "the extra $600 per week": a rate said again
_RE_MENTION_DETERMINERS = ANAPHOR_DETERMINERS | POSSESSIVE_DETERMINERS
_QUALIFIED_REACH = 40  # characters read back for a determiner and the word after it
# A word and at most one lowercase word after it, blanks only, ending the text before a figure.
_QUALIFIED_DETERMINER = regex.compile(r"(?<![\p{L}\d'’-])(\p{L}++)[ \t]++(?:(\p{Ll}++)[ \t]++)?$")


def _qualified_determiner(before: str) -> str:
    """The determiner, lowercased, that ``before`` ends with past one word that qualifies the
    figure: any after a possessive ("its current "), one of ``REPEAT_QUALIFIERS`` after
    another determiner ("the extra "); no function word, "-ing" form or compound, and only
    blanks around it ("the yen strengthening 0.7%", "the widely-forecast 5%", "the school, 17
    points" give new figures); else "". A determiner right before the figure is read first,
    by ``_is_stated_again``."""
    m = _QUALIFIED_DETERMINER.search(before, max(0, len(before) - _QUALIFIED_REACH))
    if m is None:
        return ""
    determiner, word = m[1].lower(), m[2]
    if word is not None and (
        word in FUNCTION_WORDS
        or word.endswith("ing")
        or (determiner not in POSSESSIVE_DETERMINERS and word not in REPEAT_QUALIFIERS)
    ):
        return ""
    return determiner


def _is_definite_group(first: _Atom, words: tuple[str, ...], next1: str) -> str:
    """Whether a number re-mentions a group: a small number word after "the", "these",
    "all" ("the two nations", "all four cubs", "The three left"; not "the two most senior
    bankers", which introduces them), any number after "these"/"those" (an article's count
    of its own list: "these 9 chains"), or a number after "here are" ("Here are 7 ways")."""
    prev1 = words[-1] if words else ""
    if first.words and (first.value or 99) <= 10 and prev1 in DEFINITE_GROUP_BEFORE:
        # "one of the five dealers", "some of the nine justices": a partitive gives the size
        # of the whole it picks from, a first mention
        # "a mix of the two,", "neither of the two would": with no noun after it, a pair's
        # partitive whole is the two things just named, said again ("one of the eight said"
        # may count a group for the first time)
        partitive = words[-2:-1] == ("of",) and not (
            first.value == 2
            and (next1 == "" or next1 in _GROUP_PRONOUN_AFTER or next1 in _NO_NOUN_AFTER)
        )
        if partitive or next1 in SUPERLATIVE_WORDS or next1.endswith("est"):
            return ""
        return "definite-group"
    if (
        prev1 in LIST_OF_ITSELF_BEFORE
        or prev1 in ("here's", "here’s")
        or words[-2:] == ("here", "are")
    ):
        return "own-list-count"
    return ""


def _after_hedge(text: str, start: int) -> bool:
    """Whether a hedge ends right before ``start`` ("more than", "in excess of")."""
    lo = start - _HEDGE_WINDOW if start > _HEDGE_WINDOW else 0
    return _may_end_hedge(text[lo:start]) and _HEDGE.search(text, lo, start) is not None


def _is_counting_one(text: str, start: int, prev1: str, next1: str, next2: str, after: str) -> bool:
    """Whether "one" counts rather than stands for a thing or picks one out (spec section 1).
    It counts after a hedge ("only one clinic", "at least one new case"), after a verb of a
    factual statement ("injured one officer"), and in a list of counts ("two from Peru, one
    from Chad"); it is a pronoun before a preposition, a participle or nothing ("one near
    the dam", "with one writing", "one based in Oslo", "if one starts") and a determiner
    otherwise ("favour one region", "from one bank to another")."""
    if text[start].isupper():
        prev1 = ""  # "One" opens its sentence: the word before ends another ("waited. One")
    if text.startswith("-", start + 3) and not _is_compound_descriptor(text, start + 3):
        return True  # "a one-point cut": the amount of the cut
    if next1 in _MOVE_STEPS and _word_or_hedged_before(
        text, start, prev1, _MOVES, ONE_COUNT_BEFORE
    ):
        return True  # "slid one place to number seven", "dropped only one place": a move
    if next1 == "point" and next2 != "of" and _after_hedge(text, start):
        return True  # "a rise in excess of one point": an amount, not "at one point"
    if next1 and next1 not in ONE_NOT_COUNTING_AFTER and _PER_UNIT_AFTER.match(after):
        return True  # "one lifejacket per seat", "one vote per share": a count per unit
    if _EACH_AFTER.match(after):
        return True  # "one each from Peru and Chad", "got one disc each": a count per head
    if next1 in ONE_NOT_COUNTING_AFTER or not next1 or prev1 in ONE_NOT_COUNTING_BEFORE:
        return False
    if next2 == "of" or _CLOSING_AFTER.match(after) or prev1 in ONE_PRONOUN_AFTER:
        return False  # "one success of the plan", "if one starts"
    if _ANOTHER_AFTER.match(after):
        return False  # "from one bank to another": one of two, no count
    per_period = _PER_PERIOD_AFTER.match(after)
    if per_period is not None and _may_be_counted(per_period["noun"].lower()):
        return True  # "one visit every three years", "one death a day": a count per period
    if prev1 == "only" and _THE_ONLY_BEFORE.search(text, max(0, start - 16), start):
        return False  # "the only one to own a stake", "its only one": a pronoun, not a count
    if prev1 in ONE_COUNT_BEFORE or _after_hedge(text, start):
        return True
    framed = _QUOTE_FRAME_BEFORE.search(text, max(0, start - 24), start) is not None
    if _determines_a_speaker(prev1, after, framed):
        return False  # "one banker said", "predicted one dealer": who spoke, not a count
    list_lo = start - _LIST_REACH if start > _LIST_REACH else 0
    if _TOLL_NEAR.search(text, list_lo, start) or any(
        w.lower().rstrip(".") in TOLL_WORDS for w in _WORD.findall(after, 0, 32)[:4]
    ):
        return True  # "one woman died", "with one reported death", "the death of one worker"
    if (
        next1 in FUNCTION_WORDS
        or next1 in ONE_PREPOSITIONS
        or next1.endswith("ing")
        or next1 in NAMING_WORDS  # "one called Jo"
        or (next1.endswith("ed") and next2 in FUNCTION_WORDS)  # "one devoted to chess"
    ):
        # a pronoun, unless an earlier count of the list took the same preposition
        return any(
            m.group(1).lower() == next1 for m in _OTHER_COUNT_THEN.finditer(text, list_lo, start)
        )
    if prev1.endswith(("ed", "ing")) and prev1 not in FUNCTION_WORDS:
        return True  # "injured one officer", "killing one person"
    # "two ..., and one"; "one share and two warrants", "one son and two daughters"
    return (
        _COUNT_BEFORE.search(text, list_lo, start) is not None
        or _COUNT_AFTER.match(after) is not None
    )


def _word_or_hedged_before(
    text: str, start: int, prev1: str, words: Collection[str], between: Collection[str]
) -> bool:
    """Whether a word of ``words`` stands right before ``start`` (``prev1``, lowercased), or
    before one or two words of ``between`` that stand there ("slid one", "dropped only one";
    "to double", "could nearly double", "should more than double")."""
    if prev1 in words:
        return True
    if prev1 in between:
        prev = _prev_words(text, start, 2)
        return len(prev) == 2 and prev[0].lower() in words
    prev = _prev_words(text, start, 3)
    return len(prev) == 3 and f"{prev[1]} {prev[2]}".lower() in between and prev[0].lower() in words


def _may_be_counted(word: str) -> bool:
    """Whether ``word`` after "one" may be the noun it counts: no function word or "-ing"
    form ("one for a third week", "one making a great season")."""
    return word not in FUNCTION_WORDS and not word.endswith("ing")


_SPEAKER_REACH = 4  # words of the person's phrase after "one": "one senior U.S. bank trader"
_SPEAKER_NOUNS = PERSON_NOUNS | ANONYMOUS_HEADS | SOURCE_NOUNS


def _determines_a_speaker(prev1: str, after: str, framed: bool = False) -> bool:
    """Whether "one", before ``after``, opens the phrase of a person who reports: by
    position, a run of a few words with no function word, number or punctuation, then a
    finite reporting verb ("one senior official said", "One Vik Bank trader said", whatever
    its head; not "three Danish and one Dutch, said"); or a person noun in the phrase
    after a reporting verb ("predicted one banker"), or after any verb framing a quote before
    it (``framed``: '"...," commented one banker'). The phrase names an unnamed speaker
    (spec 2: anonymous), not a count."""
    phrase: list[str] = []
    end = 0
    for match in _WORD.finditer(after, 0, 60):
        word = match[0].lower().rstrip(".")
        joined = not after[end : match.start()].strip()
        if phrase and joined and _finite_reporting_verb(word):
            return True
        if not joined or word in FUNCTION_WORDS or word in REPORTING_VERBS:
            break
        if _counts_itself(word) or len(phrase) == _SPEAKER_REACH:
            break
        phrase.append(word)
        end = match.end()
    return (prev1 in REPORTING_VERBS or framed) and any(w in _SPEAKER_NOUNS for w in phrase)


def _finite_reporting_verb(word: str) -> bool:
    """Whether ``word`` is a reporting verb in a past or present form that may follow its
    subject ("said", "estimated", "says"): not a base form that names a thing ("one felony
    count") nor a participle that describes one ("one body found")."""
    if word not in REPORTING_VERBS:
        return False
    return (
        word in _SPEAKER_PAST_FORMS
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
    )


# The irregular past forms of reporting verbs that follow a speaker; not those that also
# describe a thing after its noun ("one body found", "a sum put at").
_SPEAKER_PAST_FORMS = IRREGULAR_PAST_REPORTING - frozenset("found shown written put".split())


def _counts_itself(word: str) -> bool:
    """Whether ``word`` is a number or a scale word ("one hundred", "one 40-strong team")."""
    return word in NUMBER_WORDS or word in MAGNITUDE_WORDS or word[:1].isdigit()


# A quote's closing mark after a comma, "!" or "?", then one word: the verb of an inverted
# frame ('"...," commented one banker').
_QUOTE_FRAME_BEFORE = regex.compile(r"[,!?][ \t]*+[\"”’'][ \t]++\p{Ll}++[ \t]++$")


def _describes_noun(next1: str) -> bool:
    """Whether the word after a fraction or multiplier is a noun it describes ("a third
    term", "a double room"), not "of", a function word or nothing ("a third of", "a third
    said", "nearly a third - 31% -")."""
    return bool(next1) and next1 != "of" and next1 not in FUNCTION_WORDS


def _multiplies(text: str, doc: Segments, start: int, lower: str, prev1: str, next1: str) -> bool:
    """Whether a multiplier verb or adjective states an amount: a verb form ("doubled",
    "tripling") unless an idiom ("doubled as", "doubling down"); a base form ("double",
    "triple") when it acts on an amount ("double the number", "double what it was", "will
    double", "more than double.") rather than describing a noun ("a double room", "the triple
    witching hour"). Capitalised inside a sentence, it is a name ("Triple Oak Media"); before
    a possessive and "lead" it is a game event ("doubled their lead after 61 minutes")."""
    if text[start].isupper() and not _at_sentence_start(text, doc, start):
        return False
    if next1 in MULTIPLIER_IDIOMS:
        return False
    if next1 in _LEAD_DETERMINERS and _MATCH_LEAD_AFTER.match(text, start + len(lower)):
        return False  # "doubled their lead", "to double the advantage": a game event
    if lower.endswith(("ed", "ing")):
        return True
    # A base form acts as a verb or an amount after a function word, a hedge or a comma
    # ("will double", "to double", "more than double", "nearly double", ", double the"); after
    # a determiner or an adjective it is a noun ("her double in Athens", "an Olympic double").
    after_word = prev1 in FUNCTION_WORDS or prev1 in HEDGES or _after_comma(text, start)
    if not after_word or prev1 in DETERMINERS:
        return False
    # "to double sales", "will nearly triple output": a verb (after "to" or a modal, a hedge
    # between or not), its object a noun
    as_verb = _word_or_hedged_before(text, start, prev1, _VERB_MARKERS, HEDGES)
    if as_verb and not _titled_word_after(text, start):
        return True
    return next1 in MULTIPLIER_OBJECTS or not _describes_noun(next1)


_VERB_MARKERS = frozenset("to will would could can may might should must".split())
# A title-cased word after a base form makes it an adjective ("raced to double Lund gold");
# a name's possessive or an acronym is its object ("to double Vik's fee", "to double GDP").
_TITLED_AFTER = regex.compile(r"\p{L}++[ \t]++\p{Lu}\p{Ll}++\b(?!['’])")


def _titled_word_after(text: str, start: int) -> bool:
    """Whether the word after the one at ``start`` is title-cased and no possessive."""
    return _TITLED_AFTER.match(text, start) is not None


_LEAD_DETERMINERS = POSSESSIVE_DETERMINERS | {"the"}  # "doubled their lead", "double the lead"
_MATCH_LEAD_AFTER = regex.compile(
    r"[ \t]++\w++[ \t]++(?:" + "|".join(sorted(MATCH_LEADS)) + r")\b", regex.IGNORECASE
)


def _after_comma(text: str, start: int) -> bool:
    """Whether a comma or dash (and spaces) comes right before ``start``."""
    return text[max(0, start - 3) : start].rstrip(" \t").endswith((",", "—", "–", "-"))


def _opens_content_after_hearer(
    before: str, next1: str, next2: str, nxt: re.Match[str] | None
) -> bool:
    """Whether a number after a capitalised word is the subject of the content clause of
    "told X": a noun and a finite verb follow it ("told AFP 30 people had died", "told the
    BBC 12 wards were shut"), so the name is the hearer, not the number's. A name the
    number belongs to is followed by anything else ("told BBC Radio 4 the", "told the Radio
    4 programme.", "told News 12 in")."""
    if not nxt or not next1 or next1 in FUNCTION_WORDS or not nxt.group(1).islower():
        return False
    if not (next2 in FINITE_VERBS or (next2.endswith("ed") and next2 not in FUNCTION_WORDS)):
        return False
    hearer = _HEARER_BEFORE.search(before)
    return hearer is not None and hearer.group(1).lower() in OBJECT_VERBS


def _is_apposed_age(first: _Atom, before: str, after: str) -> bool:
    """Whether a small number set off after a person is their age: between commas or before
    a full stop after a name ("Mr Tanzi, 66, said"; also after an adverb: "Ana Lee, now 78,
    said", APPOSED_AGE_ADVERBS), between commas after a determiner and a noun ("The driver,
    23, was"; not before a full stop: "a record low, 12."), or in
    brackets after a name and before its verb ("Ms Ortiz (41) denies"; a list of places
    with their counts, "Vik (12), Lund (9) and Bodo (4)", goes on with a comma or a link)."""
    tail = before.rstrip(" \t\n")
    # the adverb's pattern only where ``before`` ends with one of its adverbs (and blanks)
    adverb = (
        _ADVERB_AGE_BEFORE.search(before)
        if ascii_folded_lower(tail).endswith(APPOSED_AGE_ADVERBS)
        else None
    )
    if adverb is not None and first.plain and _ADVERB_AGE_AFTER.match(after):
        # after a name or a person: "Ana Lee, now 78, said", "her father, now 90,"; "The
        # fund's stake, now 13," is a count
        lead = before[: adverb.start() + 1]
        return _APPOSITION_BEFORE.search(lead) is not None or _person_before_comma(lead)
    if tail.endswith(",") and _LINE_END.match(after) and _NAME_LINE_BEFORE.search(before):
        return True  # a line of its own, "Cynthia Vik, 66", as in a list of the dead
    if tail.endswith(","):
        if not _APPOSITION_AFTER.match(after):
            return False
        if _APPOSITION_BEFORE.search(before):
            return True
        verb = _APPOSITION_COMMON_AFTER.match(after)
        return (
            first.plain
            and verb is not None
            and verb.group(1) not in LIST_LINKS  # "the program, 29, or 14 percent": a count
            and _APPOSITION_COMMON_BEFORE.search(before) is not None
        )
    if not (first.plain and tail.endswith("(")):
        return False
    verb = _APPOSITION_BRACKET_AFTER.match(after)
    return (
        verb is not None
        and verb.group(1) not in LIST_LINKS
        and _APPOSITION_BRACKET_BEFORE.search(before) is not None
    )


def _person_before_comma(lead: str) -> bool:
    """Whether the word before the comma that ends ``lead`` is a person noun ("her father,")."""
    words = lead[:-1].rsplit(None, 1)
    return bool(words) and words[-1].lower() in PERSON_NOUNS


def _is_year(atom: _Atom) -> bool:
    return atom.plain and atom.end - atom.start == 4 and 1800 <= (atom.value or 0) <= 2100


def _is_year_span(text: str, first: _Atom, last: _Atom) -> bool:
    """A span of years or a season: "2023-24", "2019/20", "2010 to 2020"."""
    if not _is_year(first) or not last.plain or last.value is None:
        return False
    if last.end - last.start == 2:
        return text[first.end : last.start] in ("-", "–", "/")
    return _is_year(last) and last.value > (first.value or 0)


def _is_list_marker(text: str, atom: _Atom, end: int) -> bool:
    """Whether ``atom``, one or two digits followed by ".", a space and a capital, numbers an
    item of a list ("3. Cheaper fares for commuters"): it opens its line, and the line before
    is blank or ends a sentence (a hard-wrapped line "... rose to" does not); or, where the line
    breaks were lost, it is glued to the question or exclamation that ends the item before
    ("... on the ferry?4. What do crews earn")."""
    if not (atom.plain and end - atom.start <= 2 and _LIST_ITEM_REST.match(text, end + 1)):
        return False
    if atom.start and text[atom.start - 1] in "?!":
        return True
    if text[max(0, atom.start - 2) : atom.start] in _RUN_IN_ITEM_AFTER and _follows_item(
        text, atom
    ):
        return True  # a list run into its paragraph: "Here are three tips. 1. Show that ..."
    # Read back only over the blanks next to the number and to the line break before it, so
    # the check stays linear however long the line is.
    line_start = _after_blanks_back(text, atom.start, " \t")
    if line_start == 0:
        return True
    if text[line_start - 1] != "\n":
        return False
    previous_end = _after_blanks_back(text, line_start - 1, " \t\r")
    return previous_end == 0 or text[previous_end - 1] in _LIST_ITEM_AFTER_OR_BREAK


def _follows_item(text: str, atom: _Atom) -> bool:
    """Whether an item number run into a paragraph opens its list (1) or follows the item
    numbered one less in the ``_ITEM_REACH`` characters before it ("... 1. Call. 2. Wait"),
    so that "Cases at the mill: 49. Cases at the port: 26." stays two counts."""
    if atom.value == 1:
        return True
    before = text[max(0, atom.start - _ITEM_REACH) : atom.start]
    return f"{int(atom.value or 0) - 1}. " in before


def _after_blanks_back(text: str, pos: int, blanks: str) -> int:
    """``pos`` moved back over the characters of ``blanks`` before it."""
    while pos > 0 and text[pos - 1] in blanks:
        pos -= 1
    return pos


def _line_tail(before: str) -> str:
    """The part of ``before`` after its last line break and last closing bracket."""
    return before[max(before.rfind("\n"), before.rfind(")")) + 1 :]


def _is_age_range(prev: list[str]) -> bool:
    if prev[-1:] == ["between"]:
        prev = prev[:-1]
    return (bool(prev) and prev[-1] in _AGE_RANGE_WORDS) or tuple(prev[-2:]) in _AGE_RANGE_PAIRS


def _at_sentence_start(text: str, doc: Segments, pos: int) -> bool:
    if not doc.sentences:
        return True
    sentence = doc.sentences[doc.sentence_index(pos)]
    lead = text[sentence.start : pos]
    # after a dash set off by spaces, as after a dateline: "OSLO (Wire) - Four ferries"
    return not lead.strip(" \t\n\"“‘'([—–-:") or lead.rstrip().endswith(
        (":", "—", "–", "(", '"', "“", " -", "--")
    )


def _in_score_run(text: str, first: _Atom, last: _Atom) -> bool:
    """Whether a dashed pair of one-digit numbers sits in a run of them, the sets of a match
    ("6-4, 6-0", "6-3 3-6 6-3", "7-6 (7-3) 6-0"), or is the tie-break in brackets after a set
    ("7-6 (10-8)"): only a few characters either side are read."""
    if not (first.plain and last.plain):
        return False
    if last.end - first.start != 3:
        # a tie-break runs past 7 points: "(10-8)", "(12-14)", in brackets after a set's games
        return (
            last.end - first.start <= 5
            and text[first.start - 1 : first.start] == "("
            and text[last.end : last.end + 1] == ")"
            and _SCORE_PREV.search(text, max(0, first.start - 16), first.start) is not None
        )
    return bool(
        _SCORE_NEXT.match(text, last.end, last.end + 16)
        or _SCORE_PREV.search(text, max(0, first.start - 16), first.start)
    )


_GAME_POINTS = frozenset((0.0, 15.0, 30.0, 40.0))  # a tennis game's points: "0-40", "30-15"
_GAME_POINTS_BEFORE = frozenset("go goes went going at from reach reached into race races".split())


def _is_game_points(first: _Atom, last: _Atom, prev: list[str], nxt: re.Match[str] | None) -> bool:
    """Whether a dashed pair is the points of a tennis game ("from 30-40 down", "goes 15-40
    and"): both sides 0, 15, 30 or 40 and unequal, after a verb of getting there or before a
    score word; "30-40 small firms" is a range."""
    if not (first.plain and last.plain and first.value in _GAME_POINTS):
        return False
    if last.value not in _GAME_POINTS or first.value == last.value:
        return False
    next1 = nxt.group(1).lower() if nxt else ""
    return (
        next1 in SCORE_WORDS or next1 == "lead" or (bool(prev) and prev[-1] in _GAME_POINTS_BEFORE)
    )


def _is_score(prev: list[str], nxt: re.Match[str] | None) -> bool:
    if any(w in SPORTS_WORDS for w in prev):
        return True
    return bool(nxt and nxt.group(1).lower() in SPORTS_WORDS)


def _sports_after(text: str, pos: int) -> bool:
    """Whether a sports word is among the four words after ``pos`` ("19-13 Six Nations loss",
    "17-6 down at half-time")."""
    words = _WORD.findall(text, pos, pos + _SPORTS_REACH)[:4]
    return any(w.lower().rstrip(".") in SCORE_WORDS for w in words)


def _is_vote(prev: list[str], nxt: re.Match[str] | None) -> bool:
    """Whether the words around a dashed pair make it a vote tally ("MPs voted 272-219", "in
    a 2-1 decision"): a range never runs down, so without them it is a score or odds."""
    if any(w in VOTE_WORDS for w in prev):
        return True
    return bool(nxt and any(w.lower() in VOTE_WORDS for w in nxt.groups("")))


def _may_end_hedge(tail: str) -> bool:
    """Whether ``tail``, the window ``_HEDGE`` searches, ends with the last word of a hedge, so
    that the pattern is worth trying: the spaces it allows, and the line break its "$" allows,
    are skipped."""
    if tail.endswith("\n"):
        tail = tail[:-1]
    return tail.rstrip(" \t").casefold().endswith(_HEDGE_ENDINGS)


def _form(text: str, first: _Atom, last: _Atom, joiner: str) -> str:
    """The name of the claim's form in :data:`CLAIM_FORMS`."""
    if joiner == "ratio":
        return "ratio"
    if joiner:
        descending = (last.value or 0) <= (first.value or 0)
        dashed = text[first.end : last.start].strip() in ("-", "–")
        return "tally" if joiner == "range" and dashed and descending else "range"
    if first.currency:
        return "money"
    if first.percent:
        return "percent"
    if first.fraction:
        lower = text[first.start : first.end].lower()
        return "multiplier" if lower in MULTIPLIER_FORMS else "fraction"
    if first.scale:
        return "scale"
    return "number-word" if first.words or first.approximate else "digits"


def _build(text: str, first: _Atom, last: _Atom, joiner: str, nxt: re.Match[str] | None) -> Claim:
    start, end = first.start, last.end
    if joiner == "between":
        match = _BETWEEN.search(text, max(0, start - 12), start)
        if match:
            start = match.start()
    token = Span(start, end, text[start:end])
    currency = first.currency or last.currency
    percent = first.percent or last.percent
    scale = last.scale or first.scale
    low = first.value
    high = last.value
    if joiner in ("range", "between", "or") and low is not None and last.scale and not first.scale:
        low = low * SCALES.get(last.scale.lower(), 1.0)  # "five to seven mln": both in millions
    value = low
    if joiner == "ratio" and first.value is not None and last.value:
        value = first.value / last.value
        low = high = value

    hedge_span = None
    bound: Bound = "exact"
    window_start = start - _HEDGE_WINDOW if start > _HEDGE_WINDOW else 0
    may_hedge = _may_end_hedge(text[window_start:start])
    hm = _HEDGE.search(text, window_start, start) if may_hedge else None
    # The pattern matches case-insensitively with full case folding ("almoſt" is "almost"),
    # so the table is read with the same folding; a form it still lacks is no hedge.
    hedged = HEDGES.get(" ".join(hm.group("hedge").casefold().split())) if hm else None
    if hm and hedged is not None:
        hedge_span = Span(hm.start("hedge"), hm.end("hedge"), hm.group("hedge"))
        bound = hedged  # type: ignore[assignment]

    noun_span = None
    unit = percent
    if nxt:
        w1 = nxt.group(1)
        w2 = nxt.group(2)
        if w1.islower() and w1 not in FUNCTION_WORDS:
            n_end = nxt.end(1)
            if w2 and w2.islower() and w2 not in FUNCTION_WORDS and w2 not in MEASURE_UNITS:
                n_end = nxt.end(2)
            noun_span = Span(nxt.start(1), n_end, text[nxt.start(1) : n_end])
            if not unit and w1.lower() in MEASURE_UNITS:
                unit = w1.lower() if w1.lower() != "basis" else "basis points"
    elif not (unit or scale or currency) and text[end : end + 1].isalpha():
        glued = _GLUED.match(text, end)  # "3kg", "6ft": a unit written onto the number
        if glued is not None and glued.group().lower() in MEASURE_UNITS:
            unit = glued.group().lower()
            noun_span = Span(end, glued.end(), glued.group())

    kind: ClaimKind
    if currency:
        kind = "money"
    elif percent:
        kind = "percent"
    elif joiner == "ratio" or first.fraction:
        kind = "ratio"
    elif unit:
        kind = "measure"
    else:
        kind = "count"
    phrase_start = hedge_span.start if hedge_span else start
    phrase_end = noun_span.end if noun_span else end
    approximate = first.approximate
    # Positional: attrs' generated __init__ takes twice as long with 14 keyword arguments.
    return Claim(
        phrase_start,
        phrase_end,
        token,
        kind,
        None if approximate else value,
        None if approximate else low,
        None if approximate else high,
        bound,
        hedge_span,
        approximate,
        scale,
        currency,
        unit,
        noun_span,
    )
