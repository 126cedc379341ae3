"""Offset -> (line, column) conversion, shared by findings and the file layer."""

from __future__ import annotations

import bisect


class LineIndex:
    """Maps string offsets to 1-based lines and 1-based code-point columns.

    Lines end at ``\\n``; a ``\\r\\n`` pair counts as one break (the ``\\r`` sits at the end of
    its line). Built once per text in O(n); each lookup is O(log lines).
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
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
