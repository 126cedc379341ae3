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

import bisect
import math
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import regex

from ._lexicon import (
    ANAPHOR_DETERMINERS,
    APPROXIMATE_QUANTITIES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    FUNCTION_WORDS,
    FURNITURE,
    HEDGES,
    MAGNITUDE_WORDS,
    MEASURE_UNITS,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ONE_NOT_COUNTING_AFTER,
    ONE_NOT_COUNTING_BEFORE,
    REFERENCE_WORDS,
    SCALES,
    SPORTS_WORDS,
    TIME_UNITS,
    WEEKDAYS,
)
from ._model import Bound, Claim, ClaimKind, Span
from ._patterns import padded_lower, trie
from ._segment import Segments


def _alt(words: Any) -> str:
    """A regex alternation of literal words, longest first (so "per cent" beats "per")."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spaced(words: Any) -> str:
    return _alt(words).replace(r"\ ", r"[ \t]+")


_NUMBER_WORD = _alt([*NUMBER_WORDS, *MAGNITUDE_WORDS])
_MAGNITUDE = _alt(MAGNITUDE_WORDS)
_FRACTION = _alt(FRACTIONS)
_WORD_RUN = (
    rf"(?:\ba[ \t]+(?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"\b(?:{_NUMBER_WORD})\b"
    rf"(?:(?:-|[ \t]+|(?<=(?:{_MAGNITUDE}))[ \t]+and[ \t]+)(?:{_NUMBER_WORD})\b)*+"
)
_ATOM = regex.compile(
    rf"""
    (?:
        (?:(?<![\p{{L}}\d])(?-i:(?P<cur>{_alt(CURRENCY_SYMBOLS)}))[ \t]?
          |(?<![\p{{L}}\d])(?<!\p{{L}}-)(?<!\d[.,]))
        (?P<num>\d{{1,3}}(?:,\d{{3}})++(?:\.\d++)?+|\d++(?:\.\d++)?+)
        (?P<scale>(?:m|k|b|bn|mn|tn|mln|bln)(?![\p{{L}}\d])
                 |[ \t]?(?:million|billion|trillion|thousand|mln|bln|bn|mn|trn|tn|crore|lakh)
                  (?![\p{{L}}\d]))?
      | (?P<approx>(?:several|a[ \t]+few|a[ \t]+couple[ \t]+of|many)[ \t]+
                   (?:hundred|thousand|million|billion)(?:[ \t]+thousand)?\b
                 |\b(?:{_spaced(APPROXIMATE_QUANTITIES)})\b(?=[ \t]+(?:of|more|upon)\b))
      | (?P<frac>\b(?:(?:one|two|three|four|five|six|seven|eight|nine|a)[- \t](?:{_FRACTION})
                 |half|twice|thrice)\b)
      | (?P<words>{_WORD_RUN})(?:[ \t]+(?P<wscale>mln|bln|bn|mn)\b)?
    )
    (?P<pct>[ \t]?%|[ \t]*-?(?:per[ \t]?cent|percent|pct|percentage[ \t]+points?)(?![\p{{L}}]))?
    (?P<curword>[ \t]+(?:{_spaced(CURRENCY_WORDS)})(?![\p{{L}}]))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | {m.lower() + "." for m in MONTHS}
# Anchored right after a number: a clock time ("10:30", "3 p.m.", "1500 hrs", "9 GMT").
_TIME_AFTER = regex.compile(
    r"(?::\d\d|[ \t]?(?:[ap]\.m\.|[ap]m\b|[ap]\.m\b|o'clock\b|hrs\b|GMT\b|gmt\b|EST\b|EDT\b|BST\b"
    r"|CET\b|UTC\b|ET\b|PT\b|hours[ \t]+(?:GMT|EST|local)))",
)
_PHONE = regex.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[.-])\d{3}[ .-]\d{4}(?!\d)")
_CURRENCY_CHARS = frozenset("".join(CURRENCY_SYMBOLS))
_CURRENCY_BEFORE = regex.compile(rf"(?<![\p{{L}}\d])(?:{_alt(CURRENCY_SYMBOLS)})[ \t]?$")


_CANDIDATE_WORDS = {
    *NUMBER_WORDS,
    *MAGNITUDE_WORDS,
    *FRACTIONS,
    *MULTIPLIERS,
    *"dozens scores hundreds thousands millions billions several many tens".split(),
}
# A cheap first pass, with the stdlib engine, over the padded lowercased copy of the text
# (see ``padded_lower``): only where it finds digits or a number word is the full atom
# pattern tried. Two scans, because each starts with a character class that ``re`` skips
# through fast: runs of digits and separators, and number words after a non-word character.
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
# The class before a word is ASCII-only because ``re`` tests it far faster than ``\W``; a match
# after a non-ASCII letter or digit is dropped in code.
_NUMBER_WORD_AFTER = re.compile(rf"[^a-z0-9_]{trie(_CANDIDATE_WORDS)}\b")
_NUMBER_WORD_AFTER_I = re.compile(_NUMBER_WORD_AFTER.pattern, re.IGNORECASE)
# "a" before a number word belongs to the atom ("a dozen", "a few hundred", "a third"): it is
# looked back for from the word rather than scanned for, as "a" is everywhere.
_A_LEAD = regex.compile(r"(?r)(?<![\p{L}\d])a[ \t]++(?:(?:few|couple[ \t]++of)[ \t]++)?$", regex.I)
# The digits of a number as the atom pattern reads them (its ``num`` group).
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+")
# Two or more separator-and-digits groups glued after a number: "1,2.3", "1.1.1.".
_GLUED_RUN = re.compile(r"[.,]\d+[.,]\d[\d.,]*")
_WORD_SPLIT = regex.compile(r"[\s-]+")
_CLOSING_AFTER = regex.compile(r"[ \t]*[-,.;:!?)”\"]")

# Patterns anchored at the end of a look-back window ("$") search it in reverse, "(?r)": they
# then try the end first instead of every position of the window.
_HEDGE = regex.compile(
    rf"(?r)(?:^|(?<=[\s(\[“\"'‘—–-]))(?P<hedge>{_spaced(HEDGES)})[ \t]*$", regex.IGNORECASE
)
# The two word patterns run for every candidate, so they use the stdlib engine, whose calls
# cost less: [^\W_] is a letter or digit, [^\W\d_] a letter.
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’])*+(?:[.-][^\W_]++)*+\.?")
_GLUED = regex.compile(r"[\p{L}]++")
_HYPHEN_WORD = regex.compile(r"-([\p{L}]++(?:-[\p{L}]++)*+)")
_NEXT_WORDS = re.compile(
    r"[ \t]++([^\W\d_](?:[^\W\d_]|['’-])*+)(?:[ \t]++([^\W\d_](?:[^\W\d_]|['’-])*+))?"
)
_FURNITURE = regex.compile(r"[\s(\[]*+(?:" + "|".join(FURNITURE) + ")", regex.IGNORECASE)
_APPOSITION_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*+,[ \t]*+$")
_APPOSITION_AFTER = regex.compile(r"[ \t]*+(?:,|\)|\.(?:\s|$)|;)")
_HYPHENATED_BEFORE = regex.compile(r"(?r)(?<!\bthan)(?<=\p{L})-$", regex.IGNORECASE)
_GAP_RANGE = regex.compile(r"[ \t]*+(?:to|-|–)[ \t]*+$|(?:-|–)$", regex.IGNORECASE)
_GAP_IN = regex.compile(r"[ \t]++in[ \t]++$", regex.IGNORECASE)
_GAP_OUT_OF = regex.compile(r"[ \t]++out[ \t]++of[ \t]++$", regex.IGNORECASE)
_GAP_AND = regex.compile(r"[ \t]++and[ \t]++$", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?r)\bbetween[ \t]++$", regex.IGNORECASE)
_AGES_OF = regex.compile(r"(?r)\bages[ \t]++of[ \t]++$", regex.IGNORECASE)
_PREFIX_NOT_RANGE = regex.compile(r"(?r)\b(?:from|by)[ \t]++$", regex.IGNORECASE)
_RANK_BEFORE = regex.compile(
    r"(?r)\b(?:ranked|ranks|ranking|placed|came|finished|rated|scored)[ \t]++$", regex.IGNORECASE
)
_NOT_NAMES = FUNCTION_WORDS | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}
_CONTEXT = 48


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


def find_claims(text: str, doc: Segments) -> tuple[Claim, ...]:
    """Every numeric claim in ``text``, in order, not overlapping, all ``unsourced``."""
    atoms = list(_atoms(text))
    furniture = _furniture_sentences(text, doc)
    claims: list[Claim] = []
    seen_values: set[float] = set()
    for first, last, joiner in _merge(text, atoms):
        if not _is_claim(text, doc, first, last, joiner, furniture, seen_values):
            if first.value is not None:
                seen_values.add(first.value)
            continue
        claims.append(_build(text, first, last, joiner))
        seen_values.update(a.value for a in (first, last) if a.value is not None)
    return tuple(claims)


def _atoms(text: str) -> Iterator[_Atom]:
    """Number atoms, except those inside URLs, e-mail addresses, clock times and the like.

    The full atom pattern is tried only where the cheap scans find digits or a number word.
    A number with two or more separator-and-digit groups glued after it ("1,2.3", "1.1.1.",
    a version or an identifier) is skipped whole, which also keeps a megabyte of such junk
    one step per group.
    """
    # Offsets in the padded copy are one more than in the text; each word match consumes
    # the character before the word, so its start is the word's offset in the text.
    padded, lowered = padded_lower(text)
    words = _NUMBER_WORD_AFTER if lowered else _NUMBER_WORD_AFTER_I
    candidates = [(m.start() - 1, m.end() - 1) for m in _DIGIT_RUN.finditer(padded)]
    candidates += [
        (m.start(), 0) for m in words.finditer(padded) if not _is_word_char(padded[m.start()])
    ]
    candidates.sort()
    last_end = 0
    for start, run_end in candidates:
        if start < last_end:
            continue
        digit = run_end > 0
        if digit and run_end - start > 3 and not text[start:run_end].isdigit():
            number = _NUMBER.match(text, start)
            junk = _GLUED_RUN.match(text, number.end()) if number else None
            if junk is not None:
                last_end = junk.end()
                continue
        at = start
        if digit and start and _CURRENCY_CHARS.intersection(text[max(0, start - 4) : start]):
            cur = _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
            if cur is not None:
                at = cur.start()
        elif not digit and start and text[start - 1] in " \t":
            lead = _A_LEAD.search(text, max(last_end, start - 20), start)
            if lead is not None:
                at = lead.start()
        m = _ATOM.match(text, at)
        if m is None and at != start:
            m = _ATOM.match(text, start)
        if m is None or m.end() <= start:
            continue
        last_end = m.end()
        if not _masked(text, m.start(), m.end()):
            yield _atom(m)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _masked(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is part of a URL, address, time, phone number,
    version or slashed date ("7/10", "9/11"), from the characters around it."""
    lo = text.rfind(" ", max(0, start - 200), start) + 1
    hi = text.find(" ", end, end + 200)
    if hi == -1:
        hi = min(len(text), end + 200)
    if text.find("://", lo, hi) != -1 or text.find("www.", lo, hi) != -1:
        return True
    if text.find("@", lo, hi) != -1:
        return True
    nxt = text[end : end + 2]
    if nxt[:1] == "/" or text[start - 1 : start] == "/" and start > 0:
        return True
    if nxt[:1] == "." and nxt[1:2].isdigit():
        return True  # "1.2.3", an address or version
    if _TIME_AFTER.match(text, end) and not text[start].isalpha():
        return True
    return _PHONE.match(text, start) is not None


def _atom(m: regex.Match[str]) -> _Atom:
    cur, curword, pct, scale, wscale, num, words, frac, approx = m.group(
        "cur", "curword", "pct", "scale", "wscale", "num", "words", "frac", "approx"
    )
    currency = None
    if cur:
        currency = CURRENCY_SYMBOLS.get(cur) or CURRENCY_SYMBOLS.get(cur.upper(), cur)
    elif curword:
        word = " ".join(curword.lower().split())
        currency = CURRENCY_WORDS.get(word, word)
    percent = None
    if pct:
        percent = "percentage points" if "point" in pct.lower() else "%"
    scale = scale or wscale
    scale = scale.strip() if scale else None
    value: float | None = None
    if num is not None:
        value = float(num.replace(",", ""))
    elif words is not None:
        value = _parse_words(words)
    elif frac is not None:
        value = _parse_fraction(frac)
    if value is not None and scale:
        value *= SCALES.get(scale.lower(), 1.0)
    plain = bool(num) and num.isdigit() and not (cur or scale or pct or curword)
    return _Atom(
        m.start(),
        m.end(),
        value,
        scale,
        currency,
        percent,
        approx is not None,
        frac is not None,
        words is not None,
        plain,
    )


def _parse_words(words: str) -> float | None:
    total = 0.0
    current = 0.0
    for word in _WORD_SPLIT.split(words.lower()):
        if word in ("a", "and", ""):
            current = current or (1.0 if word == "a" else current)
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in MAGNITUDE_WORDS:
            total += (current or 1) * MAGNITUDE_WORDS[word]
            current = 0.0
    return total + current


def _parse_fraction(words: str) -> float | None:
    lower = words.lower()
    if lower in MULTIPLIERS:
        return MULTIPLIERS[lower]
    parts = _WORD_SPLIT.split(lower)
    share = FRACTIONS.get(parts[-1])
    if share is None:
        return None
    count = 1 if parts[0] in ("a", parts[-1]) else NUMBER_WORDS.get(parts[0], 1)
    return count * share


def _merge(text: str, atoms: list[_Atom]) -> Iterator[tuple[_Atom, _Atom, str]]:
    """Yield (first, last, joiner): single atoms, or ranges and ratios spanning two."""
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joiner = _joiner(text, a, b) if b is not None else ""
        if joiner and b is not None:
            yield a, b, joiner
            i += 2
        else:
            yield a, a, ""
            i += 1


def _joiner(text: str, a: _Atom, b: _Atom) -> str:
    if b.start - a.end > 12 or a.approximate or b.approximate or a.fraction or b.fraction:
        return ""
    gap = text[a.end : b.start]
    before = text[max(0, a.start - 12) : a.start]
    if _GAP_RANGE.fullmatch(gap):
        if "\n" in gap or (gap.strip() in "-–" and (a.words or b.words)):
            return ""
        if a.currency and b.currency and a.percent is None and gap.strip().lower() == "to":
            return ""  # "from $220m last year to $75m": two figures, not one range
        if _PREFIX_NOT_RANGE.search(before) or (a.percent and b.percent):
            return ""
        if a.scale and b.scale and gap.strip().lower() == "to":
            return ""
        return "range"
    if _GAP_AND.fullmatch(gap) and (_BETWEEN.search(before) or _AGES_OF.search(before)):
        return "between"
    if _GAP_OUT_OF.fullmatch(gap) and not _RANK_BEFORE.search(before):
        return "ratio"
    if (
        _GAP_IN.fullmatch(gap)
        and a.value is not None
        and b.value is not None
        and not (a.currency or b.currency or a.percent or b.percent or a.scale or b.scale)
        and a.value < b.value <= 1000
    ):
        return "ratio"
    return ""


def _furniture_sentences(text: str, doc: Segments) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sentences if _FURNITURE.match(text, s.start, s.end)]


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words before ``pos`` on the same line, nearest last."""
    lo = max(0, pos - _CONTEXT)
    nl = text.rfind("\n", lo, pos)
    if nl != -1:
        lo = nl + 1
    return _WORD.findall(text, lo, pos)[-n:]


def _is_claim(
    text: str,
    doc: Segments,
    first: _Atom,
    last: _Atom,
    joiner: str,
    furniture: list[tuple[int, int]],
    seen_values: set[float],
) -> bool:
    start, end = first.start, last.end
    n = bisect.bisect_right(furniture, (start, math.inf)) - 1
    if n >= 0 and furniture[n][0] <= start < furniture[n][1]:
        return False  # page furniture ("Copyright 2024", "Page 3 of 7"); sentences are sorted
    after = text[end : end + _CONTEXT]
    before = text[max(0, start - _CONTEXT) : start]
    prev_cased = _prev_words(text, start)
    prev = [w.lower() for w in prev_cased]
    prev1 = prev[-1].rstrip(".") if prev else ""
    adjacent_prev = bool(prev) and before.endswith(
        (prev_cased[-1] + " ", prev_cased[-1] + "\u00a0")
    )
    money_or_pct = bool(first.currency or last.currency or first.percent or last.percent)

    dashed = joiner == "range" and text[first.end : last.start].strip() in ("-", "–")
    if dashed and _is_score(prev, after):
        return False
    if joiner == "ratio" and last.start - first.end > 4 and _RANK_BEFORE.search(before):
        return False

    if joiner in ("range", "between") and not money_or_pct and _is_age_range(prev):
        return False  # "aged 18-24", "aged between 18 and 24": ages describe, not count
    if (first.words or first.fraction) and _HYPHENATED_BEFORE.search(before):
        return False  # "scrum-half", "mother-of-nine": part of a compound word
    glued = _GLUED.match(text, end)
    if glued:
        suffix = glued.group().lower()
        if (
            suffix in ("st", "nd", "rd", "th", "s", "am", "pm")
            or suffix not in MEASURE_UNITS
            and (suffix not in ("x", "p"))
        ):
            return False
    hyphen = _HYPHEN_WORD.match(text, end)
    if hyphen and not money_or_pct:
        word = hyphen.group(1).lower()
        if word.split("-")[0] not in ("fold", "odd", "plus", "strong-plus"):
            return False  # "27-nation", "10-day", "62-year-old", "one-off": descriptors

    if not money_or_pct and not joiner:
        nxt = _NEXT_WORDS.match(after)
        next1 = nxt.group(1).lower() if nxt else ""
        next2 = (nxt.group(2) or "").lower() if nxt else ""
        if next1 in TIME_UNITS or (
            next1 in ("a", "an", "straight", "consecutive") and next2 in TIME_UNITS
        ):
            if not (next1 == "a" and first.words is False and not first.fraction):
                return False
            if first.fraction:
                return False
        if next1 in ("years", "year") or next2 in ("old",):
            return False
        if first.plain and 1500 <= (first.value or 0) <= 2100 and len(text[start:end]) == 4:
            return False  # a year
        if (first.plain or first.words) and (
            prev1 in _MONTH_WORDS
            or next1 in _MONTH_WORDS
            or (next1 == "of" and next2 in _MONTH_WORDS)
        ):
            return False  # "October 7", "7 October", "the 7th of October"
        if prev1 in REFERENCE_WORDS or (prev1 == "no" and first.plain):
            return False
        if prev and (
            prev1 in ("aged", "age", "ages", "turn", "turns", "turned", "turning")
            or prev[-2:] in (["age", "of"], ["ages", "of"])
        ):
            return False
        if (
            (first.plain or first.words)
            and (first.value or 0) < 130
            and _APPOSITION_BEFORE.search(before)
            and _APPOSITION_AFTER.match(after)
        ):
            return False  # "Mr Tanzi, 66, said": an age
        if (
            first.plain
            and adjacent_prev
            and prev
            and prev_cased[-1][:1].isupper()
            and not prev1.endswith(("'s", "’s"))
            and prev1 not in _NOT_NAMES
            and prev1 not in HEDGES
        ):
            return False  # "Boeing 737", "Windows 10": a name, not a quantity
        surface = text[start:end]
        if first.words and surface[:1].isupper() and not _at_sentence_start(text, doc, start):
            return False  # "Precious Six Garments", "the Six Nations"
        if first.words and surface.lower() == "one":
            if next1 in ONE_NOT_COUNTING_AFTER or not next1 or prev1 in ONE_NOT_COUNTING_BEFORE:
                return False
            if next2 == "of":
                return False  # "one success of the plan": a determiner, not a count
            if _CLOSING_AFTER.match(after):
                return False
        if prev1 in ANAPHOR_DETERMINERS and adjacent_prev and first.value in seen_values:
            return False  # "the two countries", counted before
        if first.fraction:
            lower = surface.lower()
            if lower.startswith("a ") and lower not in ("a half",) and next1 != "of":
                return False  # "a third term" is an ordinal
            if lower == "half":
                if prev1 in ("first", "second", "latter", "former", "other", "1st", "2nd"):
                    return False
                if next1 in ("an", "a") and next2 in TIME_UNITS or next1 in TIME_UNITS:
                    return False
        if first.words and prev1 in ("number",):
            return False
    return True


def _is_age_range(prev: list[str]) -> bool:
    if prev[-1:] == ["between"]:
        prev = prev[:-1]
    return prev[-1:] in (["aged"], ["ages"]) or prev[-2:] in (["ages", "of"], ["age", "of"])


def _at_sentence_start(text: str, doc: Segments, pos: int) -> bool:
    if not doc.sentences:
        return True
    sentence = doc.sentences[doc.sentence_index(pos)]
    lead = text[sentence.start : pos]
    return not lead.strip(" \t\n\"“‘'([—–-:") or lead.rstrip().endswith(
        (":", "—", "–", "(", '"', "“")
    )


def _is_score(prev: list[str], after: str) -> bool:
    if any(w in SPORTS_WORDS for w in prev):
        return True
    nxt = _NEXT_WORDS.match(after)
    return bool(nxt and nxt.group(1).lower() in SPORTS_WORDS)


def _build(text: str, first: _Atom, last: _Atom, joiner: str) -> Claim:
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
    if joiner in ("range", "between") and low is not None and last.scale and not first.scale:
        low = low * SCALES.get(last.scale.lower(), 1.0)  # "five to seven mln": both in millions
    value = low
    if joiner == "ratio" and first.value is not None and last.value:
        value = first.value / last.value
        low = high = value

    hedge_span = None
    bound: Bound = "exact"
    window_start = max(0, start - 24)
    hm = _HEDGE.search(text, window_start, start)
    if hm:
        hedge_span = Span(hm.start("hedge"), hm.end("hedge"), hm.group("hedge"))
        bound = HEDGES[" ".join(hm.group("hedge").lower().split())]  # type: ignore[assignment]

    noun_span = None
    unit = percent
    nxt = _NEXT_WORDS.match(text, end, min(len(text), end + _CONTEXT))
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
    return Claim(
        start=phrase_start,
        end=phrase_end,
        token=token,
        kind=kind,
        value=None if first.approximate else value,
        low=None if first.approximate else low,
        high=None if first.approximate else high,
        bound=bound,
        hedge=hedge_span,
        approximate=first.approximate,
        scale=scale,
        currency=currency,
        unit=unit,
        noun=noun_span,
    )
