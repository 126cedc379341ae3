"""The source excerpt under a finding in the text format: the lines of the sentence holding the
claim, with a gutter of line numbers and the claim underlined (``^`` under the token, ``-``
under the rest of its phrase), as ruff's full output shows code.

A Markdown paragraph or an HTML page is often one long line: such a line is cut to the
sentence holding the claim and then to a window of ``width`` characters around it, with
``…`` where it was cut, so the underline stays readable. Only the excerpt is cut; the
``line:col`` of the header always counts in the whole line.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence

from .._lines import LineIndex
from .._model import Finding, Severity
from ._style import Style

CONTEXT = 2
"""Lines of a long sentence shown at most before and after the claim's line."""
SNAP = 12
"""How far a cut window may shrink to end between words rather than inside one."""
ELLIPSIS = "…"


def _display(char: str) -> tuple[str, int]:
    """How a source character is shown, and how many terminal columns it takes. Tabs and other
    control characters (a stray escape sequence included) become one plain column."""
    if char == "\t":
        return " ", 1
    category = unicodedata.category(char)
    if category == "Cc":
        return "\ufffd", 1
    if unicodedata.combining(char) or category in ("Mn", "Me", "Cf"):
        return char, 0
    return char, 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _segment(
    text: str,
    line_start: int,
    line_end: int,
    sentence: tuple[int, int],
    token: tuple[int, int],
    claim: bool,
    width: int,
) -> tuple[int, int]:
    """The part of a line to show: all of it when it fits, else the sentence's part of it,
    else (on the claim's line) a window of ``width`` around the token, or the end of the
    line nearest the claim."""
    start, end = line_start, line_end
    if end - start <= width:
        return start, end
    start, end = max(start, sentence[0]), min(end, sentence[1])
    if end - start <= width:
        return start, end
    if not claim:
        return (end - width, end) if end <= token[0] else (start, start + width)
    size = min(token[1], end) - token[0]
    left = max(start, min(token[0] - max(0, (width - size) // 2), end - width))
    right = min(end, left + width)
    # Cut between words where one is near: "…in arrivals", not "…ise in arrivals".
    if left > start:
        space = text.find(" ", left, min(token[0], left + SNAP))
        left = space + 1 if space != -1 else left
    if right < end:
        space = text.rfind(" ", max(token[1], right - SNAP), right)
        right = space if space != -1 else right
    return left, right


def _render(
    source: str, start: int, end: int, token: tuple[int, int], phrase: tuple[int, int]
) -> tuple[str, str]:
    """``source[start:end]`` as shown, and the marks under it: ``^`` under the token, ``-``
    under the rest of the phrase, as many columns as each character takes."""
    segment = source[start:end]
    if segment.isascii() and segment.isprintable():  # one column a character: slice
        marks = [" "] * len(segment)
        for (lo, hi), mark in ((phrase, "-"), (token, "^")):
            lo, hi = max(lo, start) - start, min(hi, end) - start
            if lo < hi:
                marks[lo:hi] = mark * (hi - lo)
        return segment, "".join(marks)
    shown, under = [], []
    for offset in range(start, end):
        char, columns = _display(source[offset])
        shown.append(char)
        mark = " "
        if token[0] <= offset < token[1]:
            mark = "^"
        elif phrase[0] <= offset < phrase[1]:
            mark = "-"
        under.append(mark * columns)
    return "".join(shown), "".join(under)


class Excerpts:
    """The excerpts of one file's findings."""

    def __init__(self, source: str, sentences: Sequence[tuple[int, int]], width: int) -> None:
        self._source = source
        self._width = width
        self._index = LineIndex(source)
        self._sentences = sentences
        self._starts = [s for s, _ in sentences]

    def lines(self, finding: Finding, style: Style) -> list[str]:
        """The gutter and source lines of ``finding``, without line ends."""
        source, index = self._source, self._index
        token = (finding.start, max(finding.end, finding.start + 1))
        phrase = (finding.claim.start, finding.claim.end)
        claim_line = finding.line
        sentence = self._sentence(token, index.bounds(claim_line, source))
        first = max(index.position(sentence[0])[0], claim_line - CONTEXT)
        last = min(index.position(max(sentence[0], sentence[1] - 1))[0], claim_line + CONTEXT)
        digits = len(str(last))
        bar = style(" " * digits + " |", "blue", "bold")
        out = [bar]
        for number in range(first, last + 1):
            line_start, line_end = index.bounds(number, source)
            seg_start, seg_end = _segment(
                source, line_start, line_end, sentence, token, number == claim_line, self._width
            )
            text, underline = _render(source, seg_start, seg_end, token, phrase)
            if seg_start > line_start:
                text, underline = ELLIPSIS + text, " " + underline
            if seg_end < line_end:
                text += ELLIPSIS
            gutter = style(f"{number:>{digits}} |", "blue", "bold")
            out.append(f"{gutter} {text}".rstrip())
            underline = underline.rstrip()
            if underline:
                out.append(f"{bar} {_colour_marks(underline, style, finding.severity)}")
        attributions = finding.claim.attributions
        if attributions and finding.code != "ATR001":
            # The source the rule judged, and where it is: a carried one is sentences away.
            a = attributions[0]
            line, column = index.position(a.source.start)
            how = f"{a.kind}, carried" if a.carried else a.kind
            note = style(" " * digits + " =", "blue", "bold")
            out.append(f"{note} source: {a.source.text!r} at {line}:{column} ({how})")
        return out

    def _sentence(self, token: tuple[int, int], line: tuple[int, int]) -> tuple[int, int]:
        """The span of the sentence holding the token (widened to hold all of it), else the
        token's line."""
        at = bisect.bisect_right(self._starts, token[0]) - 1
        if at >= 0 and token[0] < self._sentences[at][1]:
            start, end = self._sentences[at]
            return min(start, token[0]), max(end, token[1])
        return min(line[0], token[0]), max(line[1], token[1])


def _colour_marks(underline: str, style: Style, severity: Severity) -> str:
    """The underline in the finding's colour (the token's carets bold)."""
    if not style.on:
        return underline
    out = []
    for mark, run in _runs(underline):
        if mark == "^":
            out.append(style.severity(run, severity, "bold"))
        elif mark == "-":
            out.append(style.severity(run, severity))
        else:
            out.append(run)
    return "".join(out)


def _runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into runs of one repeated character: ``(character, run)`` pairs."""
    runs: list[tuple[str, str]] = []
    for char in text:
        if runs and runs[-1][0] == char:
            runs[-1] = (char, runs[-1][1] + char)
        else:
            runs.append((char, char))
    return runs
