"""Stage 1: text -> paragraphs, sentences and direct quotes, all as offsets into the text.

Nothing here rewrites the text: every boundary is found on the original string, so every
segment's ``text[start:end]`` is its surface.

Paragraphs are separated by blank lines; a text with no blank line at all is taken to have
one paragraph per line (wire and CMS exports often do that). Sentences end at ``.``, ``!`` or
``?`` (with any closing quotes or brackets) before whitespace and a capital, digit or opening
quote, unless the period ends a known abbreviation or an initial. Direct quotes pair curly or
straight double quotes inside a paragraph; a quote left open at the end of a paragraph whose
next paragraph opens with a quote mark continues there (the news convention), and both parts
share one ``group``.
"""

from __future__ import annotations

import bisect
import re

import attrs
import regex

from ._lexicon import (
    ABBREVIATIONS,
    ABBREVIATIONS_ENDING_SENTENCES,
    SENTENCE_STARTERS,
)


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
    """Quotes continued across paragraphs share a group number."""
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
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest one before it, if between)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)


_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = regex.compile(r"[^\n]+")
# A sentence-final run: terminal punctuation, then closing quotes/brackets, then space.
# Only a run followed by whitespace and a capital, digit or opening mark can end a sentence.
_TERMINAL = regex.compile(r"(?:[.!?]|\.{3}|…)[\"'”’)\]]*+(?=\s++[\p{Lu}\d\"“‘'(\[])")
_SOFT_BREAK = regex.compile(r"(?<=[^\sa-z,;\-–—(])[ \t]*\r?\n(?=[ \t]*[\p{Lu}\d\"“‘(•*\-])")
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)\.$")  # reverse: tries the end of the window first
_WORD_AFTER = regex.compile(r"[\"“‘(]*([\p{L}\d]+)")
# The stdlib engine: a scan for a few literal characters is its fast case.
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
_WORDS = regex.compile(r"[\p{L}\d]+")
_MAX_ABBREV_LOOKBACK = 24


def segment(text: str) -> Segments:
    """Split ``text`` into paragraphs, sentences and quotes."""
    paragraphs = _paragraphs(text)
    sentences: list[Sentence] = []
    for index, para in enumerate(paragraphs):
        for start, end in _sentences(text, para.start, para.end):
            sentences.append(Sentence(start, end, index))
    return Segments(tuple(paragraphs), tuple(sentences), _quotes(text, paragraphs))


def _paragraphs(text: str) -> list[Paragraph]:
    if _BLANK_LINE.search(text):
        spans = []
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Paragraph(start, end))
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = []
    for m in _TERMINAL.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            cuts.append(m.end())
    if text.find("\n", start, end) != -1:  # most paragraphs are one line
        for m in _SOFT_BREAK.finditer(text, start, end):
            cuts.append(m.start())
    cuts.sort()
    out = []
    pos = start
    for cut in cuts:
        if cut <= pos:
            continue
        s, e = pos, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos = cut
    s = pos
    while s < end and text[s].isspace():
        s += 1
    if s < end:
        out.append((s, end))
    return out


def _is_boundary(text: str, mark: int, after: int, limit: int) -> bool:
    """Whether the terminal punctuation at ``mark`` ends a sentence."""
    nxt = after
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return False  # the paragraph's end closes the sentence anyway
    ch = text[nxt]
    if not (ch.isupper() or ch.isdigit() or ch in "\"“‘'(["):
        return False
    punct = text[mark]
    if punct in ".…" and text.startswith("...", mark) or punct == "…":
        # An ellipsis marks an omission far more often than a sentence end in news copy.
        return "\n" in text[after:nxt]
    if punct != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, mark - _MAX_ABBREV_LOOKBACK), mark + 1)
    if m is None:
        return True
    word = m.group(1)
    lower = word.lower()
    if lower in ABBREVIATIONS_ENDING_SENTENCES or (
        "." in word and len(word) <= 6 and word.replace(".", "").isalpha()
    ):
        # "Inc.", "U.S.", "a.m.": they end sentences only before a typical sentence opener.
        return _next_word(text, nxt) in SENTENCE_STARTERS
    if lower in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return _next_word(text, nxt) in SENTENCE_STARTERS  # an initial ("George W. Bush")
    return True


def _next_word(text: str, pos: int) -> str:
    following = _WORD_AFTER.match(text, pos)
    return following.group(1) if following else ""


def _quotes(text: str, paragraphs: list[Paragraph]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    # One scan of the whole text: every mark lies in a paragraph, as only space lies between.
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text)]
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
                if ch in "”»" or (ch == '"' and _looks_closing(text, pos, para)):
                    first_mark = False
                    continue  # a stray closing mark
                opens_para = first_mark and pos == para.start
                if not (continuing and opens_para):
                    group += 1
                open_at = pos
            elif ch in "“„«" and text[open_at] != '"':
                continue  # a nested or repeated opening mark: keep the outer quote
            else:
                quotes.append(_quote(text, open_at, pos + 1, index, group, True))
                open_at = None
            first_mark = False
        continuing = False
        if open_at is not None:
            quotes.append(_quote(text, open_at, para.end, index, group, False))
            nxt = paragraphs[index + 1].start if index + 1 < len(paragraphs) else None
            continuing = nxt is not None and text[nxt] in '"“„«'
    return tuple(quotes)


def _quote(text: str, start: int, end: int, paragraph: int, group: int, closed: bool) -> Quote:
    words = len(_WORDS.findall(text, start, end))
    return Quote(start, end, paragraph, group, closed, words)


def _looks_closing(text: str, pos: int, para: Paragraph) -> bool:
    """A straight quote with a word character before it and none after closes a quote."""
    before = text[pos - 1] if pos > para.start else " "
    after = text[pos + 1] if pos + 1 < para.end else " "
    return (
        not before.isspace() and before not in "([{—–-" and (after.isspace() or after in ".,;:!?)")
    )
