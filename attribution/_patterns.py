"""Pattern builders shared by the stages: word lists from the lexicon become compiled regexes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
"""The non-ASCII letters that a case-insensitive match (``re`` or ``regex``) takes for an ASCII
letter: "İ" and "ı" for "i", "ſ" for "s", the Kelvin sign "K" for "k"."""
_FOLD_TABLE = str.maketrans(FOLDS_TO_ASCII)
REGEX_SPACE = r"[^\S\x1c-\x1f]"
"""The ``regex`` module's ``\\s`` for a stdlib pattern: the stdlib's ``\\s`` is exactly
``str.isspace``, which also counts \\x1c-\\x1f, and ``regex`` does not. A pattern moved to the
stdlib engine for speed keeps the spaces it had with this."""


WORD_BEFORE = regex.compile(r"([\p{L}]++)[ \t]++$")
"""The last word before a position, then blanks: ``WORD_BEFORE.search(text, lo, pos)`` gives
the word right before ``pos`` within [lo, pos), or None."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "per cent" beats "per")."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def spaced_alternation(words: Iterable[str]) -> str:
    """:func:`alternation`, with each space in a word matching any run of blanks."""
    return alternation(words).replace(r"\ ", r"[ \t]+")


def ascii_folded_lower(word: str) -> str:
    """``word`` lowercased, with the letters of :data:`FOLDS_TO_ASCII` taken as the ASCII
    letters a case-insensitive pattern would match them as."""
    return word.lower() if word.isascii() else word.translate(_FOLD_TABLE).lower()


def trie(words: Iterable[str]) -> str:
    """A stdlib-``re`` alternation of literal words, factored by shared prefixes.

    ``re`` tries the branches of a flat alternation one by one at every position; in the trie
    shape a position fails after one character comparison per branch of the first level
    instead, which makes a scan for a few hundred words several times faster.
    """
    groups: dict[str, list[str]] = {}
    complete = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            complete = True
    branches = [re.escape(head) + trie(tails) for head, tails in groups.items()]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if complete else body


class WordScan(NamedTuple):
    """A fast whole-word search for a list of lowercase words.

    The character before a word is consumed (any non-letter) rather than looked behind, so
    that ``re`` skips fast through text where no word starts; group 1 is the word. Search the
    copy made by :func:`padded_lower`: one character is prepended, so a word at offset 0 has a
    character before it, and offsets in the copy are one more than in the text.
    """

    lower: re.Pattern[str]
    """For the lowercased copy."""
    any_case: re.Pattern[str]
    """For a copy left in its case, when lowercasing would change its offsets."""

    @classmethod
    def of(cls, words: Iterable[str]) -> WordScan:
        pattern = rf"[^a-z]({trie(words)})(?![^\W\d_])"
        return cls(re.compile(pattern), re.compile(pattern, re.IGNORECASE))

    def pick(self, lowered: bool) -> re.Pattern[str]:
        return self.lower if lowered else self.any_case


def padded_lower(text: str) -> tuple[str, bool]:
    """``text`` with a space prepended, lowercased when that keeps every offset, and whether
    it was lowercased."""
    lower = text.lower()
    if len(lower) == len(text):
        return " " + lower, True
    return " " + text, False
