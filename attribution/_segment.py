"""Stage 1: text -> paragraphs, sentences and direct quotes, all as offsets into the text.

Nothing here rewrites the text: every boundary is found on the original string, so every
segment's ``text[start:end]`` is its surface.

Paragraphs are separated by blank lines; a text with no blank line at all is taken to have
one paragraph per line (wire and CMS exports often do that). Sentences end at ``.``, ``!`` or
``?`` (with any closing quotes or brackets) before whitespace and a capital, digit or opening
quote, unless the period ends a known abbreviation or an initial. Direct quotes pair curly or
straight double quotes inside a paragraph; a quote left open at the end of a paragraph whose
next paragraph opens with a quote mark continues there (the news convention), and both parts
share one ``group``; so do the parts of a quote reopened at the speaker's next sentence
without closing (a paragraph run in: '"... eight. "The next ...').
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import string
from collections.abc import Iterable

import attrs
import regex

from ._lexicon import (
    ABBREVIATIONS,
    ABBREVIATIONS_ENDING_SENTENCES,
    ATTRIBUTIVE_ABBREVIATIONS,
    NOUN_STARTERS,
    SENTENCE_STARTERS,
)
from ._patterns import REGEX_SPACE


@attrs.frozen
class Paragraph:
    """A paragraph: a block of text between blank lines (or a line, see module doc)."""

    start: int
    """Offset of its first non-space character."""
    end: int
    """Offset just past its last non-space character."""


@attrs.frozen
class Sentence:
    """A sentence inside one paragraph."""

    start: int
    """Offset of its first character."""
    end: int
    """Offset just past its last character (closing punctuation and quotes included)."""
    paragraph: int
    """Index of its paragraph in :attr:`Segments.paragraphs`."""


@attrs.frozen
class Quote:
    """A direct quote: from its opening mark to its closing mark (or the paragraph's end)."""

    start: int
    """Offset of the opening quote mark."""
    end: int
    """Offset just past the closing mark, or the paragraph's end when left open."""
    paragraph: int
    """Index of the paragraph it sits in."""
    group: int
    """Quotes continued across paragraphs, or reopened without closing, share a group number."""
    closed: bool
    """Whether a closing mark ends it in this paragraph."""
    words: int
    """How many words it holds: short ones are scare quotes, not speech."""


@attrs.frozen
class Segments:
    """All segments of one text, each tuple in text order."""

    paragraphs: tuple[Paragraph, ...]
    """The paragraphs."""
    sentences: tuple[Sentence, ...]
    """The sentences, across all paragraphs."""
    quotes: tuple[Quote, ...]
    """The direct quotes, across all paragraphs."""
    _sentence_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # a list first: tuple() of a generator takes half as long again
        object.__setattr__(self, "_sentence_starts", tuple([s.start for s in self.sentences]))

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest one before it, if between)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)


# On the stdlib engine, which is quicker, with the regex module's spaces as before.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n" + REGEX_SPACE + "*")
# The stdlib engine's \s is exactly ``str.isspace`` (the regex module's leaves out \x1c-\x1f),
# so one call finds the stripped content of a span, or each stripped line.
_CONTENT = re.compile(r"\S(?:.*\S)?", re.DOTALL)
_LINE_CONTENT = re.compile(r"\S(?:[^\n]*\S)?")
# A sentence-final run: terminal punctuation, then closing quotes or brackets, then whitespace
# and a capital, digit or opening mark, the next sentence's first character (group 1). The
# regex module would find every run with
#     (?:[.!?]|\.{3}|…)[\"'”’)\]]*+(?=\s++([\p{Lu}\d\"“‘'(\[]))
# but the stdlib engine finds a literal several times faster than a class, so each terminal has
# its own pattern. A run holds a single terminal, so the runs of different patterns never
# overlap and, merged, are the runs above, with two differences that _is_boundary allows for:
# an ellipsis "..." is found at its last period, and a next character outside ASCII is let
# through, to be checked against _NEXT_START. Their whitespace is the regex module's.
_TERMINAL_TAIL = r"[\"'”’)\]]*+(?=" + REGEX_SPACE + r"++([A-Z0-9\"'(\[]|[^\x00-\x7f]))"
_TERMINALS = tuple((punct, re.compile(re.escape(punct) + _TERMINAL_TAIL)) for punct in ".!?…")
_NEXT_START = regex.compile(r"[\p{Lu}\d\"“‘'(\[]")
_AFTER_DASH = regex.compile(r"[ \t]++[\p{Lu}\"“‘]")  # after a dash that opens a sentence
# Group 1 is the next sentence's first character.
_SOFT_BREAK = regex.compile(r"(?<=[^\sa-z,;\-–—(])[ \t]*\r?\n(?=[ \t]*([\p{Lu}\d\"“‘(•*\-]))")
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)\.$")  # reverse: tries the end of the window first
_WORD_AFTER = regex.compile(r"[\"“‘(]*([\p{L}\d]+)")
_SPACED_WORD = regex.compile(r"[ \t]++[\"“‘(]*([\p{L}\d]+)")  # the next word, past a space
_QUOTE_MARKS = '"“”„«»'
# Doubled single marks open and close a quote in some copy ("‘‘We are ready,’’ she said"): each
# pair is read as one mark at its first character.
_DOUBLED_MARKS = ("‘‘", "’’")
_MARKS_AND_PAIRS = (*_QUOTE_MARKS, *_DOUBLED_MARKS)
_WORDS = regex.compile(r"[\p{L}\d]+")
# In ASCII, _WORD_BEFORE's and _WORDS' characters are these, whatever the Unicode version.
_ASCII_WORD_BEFORE_CHARS = string.ascii_letters + "."
# Maps ASCII word characters (_WORDS' in ASCII) to "a" and the rest to " ": a word is an "a" run.
_ASCII_WORD_RUNS = bytes(
    ord("a") if chr(i) in string.ascii_letters + string.digits else ord(" ") for i in range(256)
)
_MAX_ABBREV_LOOKBACK = 24
_MATCH_START = operator.methodcaller("start")
# Longer words before a period are no abbreviation nor initial (see _is_boundary's rules).
_LONGEST_ABBREVIATION = max(6, *map(len, ABBREVIATIONS | ABBREVIATIONS_ENDING_SENTENCES))


def segment(text: str) -> Segments:
    """Split ``text`` into paragraphs, sentences and quotes."""
    paragraphs = _paragraphs(text)
    return Segments(tuple(paragraphs), _sentences(text, paragraphs), _quotes(text, paragraphs))


def _paragraphs(text: str) -> list[Paragraph]:
    blank_lines = _BLANK_LINE.finditer(text)
    first = next(blank_lines, None)
    if first is None:
        return [Paragraph(m.start(), m.end()) for m in _LINE_CONTENT.finditer(text)]
    out = []
    pos = 0
    for blank in itertools.chain((first,), blank_lines):
        content = _CONTENT.search(text, pos, blank.start())
        if content is not None:
            out.append(Paragraph(content.start(), content.end()))
        pos = blank.end()
    content = _CONTENT.search(text, pos)
    if content is not None:
        out.append(Paragraph(content.start(), content.end()))
    return out


def _sentences(text: str, paragraphs: list[Paragraph]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    # One scan of the whole text. Each hit lies inside one paragraph, as it is all punctuation
    # and only space lies between paragraphs; its lookahead may run into the next paragraph, but
    # a boundary needs the next sentence to start in the same one.
    hits = iter(_terminal_runs(text))
    hit = next(hits, None)
    for index, para in enumerate(paragraphs):
        start, end = para.start, para.end
        # Each cut: (end of a sentence, start of the next), the space between belonging to neither.
        cuts: list[tuple[int, int]] = []
        while hit is not None and hit.start() < end:
            nxt = hit.start(1)
            # Past the paragraph's end, the end closes the sentence anyway.
            if nxt < end and _is_boundary(text, hit.start(), hit.end(), nxt):
                cuts.append((hit.end(), nxt))
            hit = next(hits, None)
        if text.find("\n", start, end) != -1:  # most paragraphs are one line
            for m in _SOFT_BREAK.finditer(text, start, end):
                cut = m.start()
                while text[cut - 1].isspace():  # \x1c-\x1f pass the lookbehind; stops at ``start``
                    cut -= 1
                cuts.append((cut, m.start(1)))
            cuts.sort()  # a period before a line break gives the same cut twice
        sentence_start = start
        for cut, nxt in cuts:
            if nxt > sentence_start:  # else a repeated cut
                out.append(Sentence(sentence_start, cut, index))
                sentence_start = nxt
        out.append(Sentence(sentence_start, end, index))
    return tuple(out)


def _terminal_runs(text: str) -> list[re.Match[str]]:
    """The hits of every pattern in :data:`_TERMINALS`, in text order."""
    runs: list[re.Match[str]] = []
    kinds = 0
    for punct, pattern in _TERMINALS:
        if punct in text:  # a quicker search than the pattern's
            runs += pattern.finditer(text)
            kinds += 1
    if kinds > 1:
        runs.sort(key=_MATCH_START)
    return runs


def _is_boundary(text: str, mark: int, after: int, nxt: int) -> bool:
    """Whether the run ``text[mark:after]`` ends a sentence, the next one starting at ``nxt``.

    The run is a :data:`_TERMINALS` hit, so ``text[mark]`` may end an ellipsis.
    """
    ch = text[nxt]
    if ch in "—–":
        # "... many firms. — “Keeping the tax ...,” the group said.": a dash set after a
        # sentence's end, before a capital or a quote, opens the next sentence
        if _AFTER_DASH.match(text, nxt + 1) is None:
            return False
    # The scans let any character outside ASCII through: it must match _NEXT_START, and also
    # these tests, as Python's Unicode version may be older than the regex module's.
    elif not ch.isascii() and not (
        _NEXT_START.match(ch) and (ch.isupper() or ch.isdigit() or ch in "“‘")
    ):
        return False
    punct = text[mark]
    if punct == "…" or punct == "." and mark >= 2 and text.startswith("..", mark - 2):
        # An ellipsis marks an omission far more often than a sentence end in news copy.
        return "\n" in text[after:nxt]
    if punct != ".":
        return True
    # The word before the period: the letters and periods just before it, within the lookback.
    window_start = mark - _MAX_ABBREV_LOOKBACK if mark > _MAX_ABBREV_LOOKBACK else 0
    window = text[window_start:mark]
    # Without the regex engine: the trailing run of ASCII letters and periods is the word if it
    # fills the window or follows an ASCII character; any other character might be a letter.
    head = window.rstrip(_ASCII_WORD_BEFORE_CHARS)
    if not head or head[-1].isascii():
        word = window[len(head) :]
    else:
        m = _WORD_BEFORE.search(text, window_start, mark + 1)
        word = m.group(1) if m else ""
    if not word or len(word) > _LONGEST_ABBREVIATION:  # most words: none of the rules below
        return True
    lower = word.lower()
    if lower in ABBREVIATIONS_ENDING_SENTENCES or (
        "." in word and len(word) <= 6 and word.replace(".", "").isalpha()
    ):
        # "Inc.", "U.S.", "a.m.": they end sentences only before a typical sentence opener,
        # and "U.S." not before a noun it may qualify ("..., U.S. Officials said").
        following = _next_word(text, nxt)
        if lower in ATTRIBUTIVE_ABBREVIATIONS and following in NOUN_STARTERS:
            return False
        if lower in ATTRIBUTIVE_ABBREVIATIONS and following in ("And", "Or"):
            # "sales in the U.S. And Vikland, officials said": a capitalised "and" between two
            # names, as old wire copy writes it; "U.S. And the firm said" opens a sentence
            name = _SPACED_WORD.match(text, text.index(following, nxt) + len(following))
            return name is None or not name[1][:1].isupper() or name[1] in SENTENCE_STARTERS
        return following in SENTENCE_STARTERS
    if lower in ABBREVIATIONS and (word[0].isupper() or text[nxt].isdigit()):
        return False  # "Gov. Lee", "no. 3", "feb. 27"; not "were ill. More", "said no. The"
    if len(word) == 1 and word.isupper():
        return _next_word(text, nxt) in SENTENCE_STARTERS  # an initial ("George W. Bush")
    return True


def _next_word(text: str, pos: int) -> str:
    following = _WORD_AFTER.match(text, pos)
    return following.group(1) if following else ""


def _quotes(text: str, paragraphs: list[Paragraph]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    # One scan of the whole text: every mark lies in a paragraph, as only space lies between.
    marks = _find_all(text, _MARKS_AND_PAIRS)
    if not marks:
        return ()
    group = -1
    continuing = False
    for index, para in enumerate(paragraphs):
        open_at: int | None = None
        first_mark = True
        lo = bisect.bisect_left(marks, para.start)
        hi = bisect.bisect_left(marks, para.end, lo)
        for pos in marks[lo:hi]:
            ch = text[pos]
            if open_at is None:
                if ch in "”»’" or (ch == '"' and _looks_closing(text, pos, para)):
                    first_mark = False
                    continue  # a stray closing mark
                opens_para = first_mark and pos == para.start
                if not (continuing and opens_para):
                    group += 1
                open_at = pos
            elif ch in "“„«‘" and text[open_at] != '"':
                continue  # a nested or repeated opening mark: keep the outer quote
            elif ch == '"' and _reopens(text, pos, para):
                # '"... eight. "The Grand Slam ...': the speaker's next sentence reopens a quote
                # never closed, a paragraph run in: the open one ends before it, and the new
                # one goes on in its group, as a quote continued over paragraphs does
                quotes.append(_quote(text, open_at, pos, index, group, True))
                open_at = pos
            else:
                width = 2 if ch == "’" else 1  # a doubled mark closes after its second half
                quotes.append(_quote(text, open_at, pos + width, index, group, True))
                open_at = None
            first_mark = False
        continuing = False
        if open_at is not None:
            quotes.append(_quote(text, open_at, para.end, index, group, False))
            nxt = paragraphs[index + 1].start if index + 1 < len(paragraphs) else None
            continuing = nxt is not None and (text[nxt] in '"“„«' or text.startswith("‘‘", nxt))
    return tuple(quotes)


def _find_all(text: str, marks: Iterable[str]) -> list[int]:
    """The sorted offsets of every one of ``marks`` in ``text``, a pair of marks ("‘‘") once at
    its first character: ``str.find`` beats any regex."""
    found = []
    for mark in marks:
        pos = text.find(mark)
        while pos != -1:
            found.append(pos)
            pos = text.find(mark, pos + len(mark))
    found.sort()
    return found


def _quote(text: str, start: int, end: int, paragraph: int, group: int, closed: bool) -> Quote:
    # The marks are no word characters: leave them out, as curly ones are not ASCII.
    opening = 2 if text.startswith("‘‘", start) else 1
    closing = 2 if closed and text.startswith("’’", end - 2) else 1
    inner = text[start + opening : end - closing if closed else end]
    if inner.isascii():  # counting runs in bytes is much quicker than any regex
        runs = inner.encode().translate(_ASCII_WORD_RUNS)
        words = runs.count(b" a") + runs.startswith(b"a")
    else:
        words = len(_WORDS.findall(text, start, end))
    return Quote(start, end, paragraph, group, closed, words)


def _reopens(text: str, pos: int, para: Paragraph) -> bool:
    """Whether a straight quote inside an open quote opens the next sentence instead of
    closing the quote: a sentence's end and a space before it, a word after it."""
    return (
        pos - 2 >= para.start
        and text[pos - 1] == " "
        and text[pos - 2] in ".!?"
        and pos + 1 < para.end
        and text[pos + 1].isalnum()
    )


def _looks_closing(text: str, pos: int, para: Paragraph) -> bool:
    """A straight quote with a word character before it and none after closes a quote."""
    before = text[pos - 1] if pos > para.start else " "
    after = text[pos + 1] if pos + 1 < para.end else " "
    return (
        not before.isspace() and before not in "([{—–-" and (after.isspace() or after in ".,;:!?)")
    )
