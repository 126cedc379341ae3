"""Offset -> (line, column) conversion, shared by findings and the file layer."""

from __future__ import annotations

import bisect
import re

_BREAK = re.compile(r"\r\n?|\n")


class LineIndex:
    """Maps string offsets to 1-based lines and 1-based code-point columns.

    Lines end at ``\\n``, at ``\\r\\n`` (one break; the ``\\r`` sits at the end of its line) and
    at a bare ``\\r`` (old Mac files), as editors and the Language Server Protocol count them.
    Built once per text in O(n); each lookup is O(log lines).
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        if "\r" in text:
            starts.extend(m.end() for m in _BREAK.finditer(text))
        else:  # the common case, faster without the regex
            find = text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def bounds(self, line: int, text: str) -> tuple[int, int]:
        """The ``(start, end)`` offsets of the 1-based ``line`` of ``text`` (the text this
        index was built from), without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(text)
        if end > start and text[end - 1] == "\n":
            end -= 1
        if end > start and text[end - 1] == "\r":
            end -= 1
        return start, end
