"""``--add-noqa``: write a suppression comment for every finding into the file, as ruff's
``--add-noqa`` writes ``# noqa`` comments.

Each line holding a finding gets ``<!-- attribution-disable-line CODES -->`` at its end, the
syntax :mod:`._suppress` reads in every input kind (in plain text the comment is cut out of
the text checked; in Markdown and HTML it is a real comment). A line that ends in such a
comment already gets the new codes added to it, so running it twice adds nothing. In a
Markdown table row the comment goes inside the last cell, so that the row stays a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._lines import LineIndex
from ._model import Finding

_EXISTING = re.compile(r"<!--\s*attribution-disable-line(?P<codes>(?:\s[^>]*?)?)\s*-->\s*$")
_TABLE_END = re.compile(r"\|\s*$")


def comment(codes: Sequence[str]) -> str:
    """The suppression comment for ``codes``."""
    return f"<!-- attribution-disable-line {' '.join(sorted(codes))} -->"


def add_comments(source: str, findings: Sequence[Finding], kind: str) -> tuple[str, int]:
    """``source`` with a suppression comment on every line holding one of ``findings``, and
    how many comments were added or extended."""
    by_line: dict[int, set[str]] = {}
    for f in findings:
        by_line.setdefault(f.line, set()).add(f.code)
    index = LineIndex(source)
    edits: list[tuple[int, int, str]] = []
    for line, codes in by_line.items():
        start, end = index.bounds(line, source)
        text = source[start:end]
        existing = _EXISTING.search(text)
        if existing is not None:
            named = set(re.split(r"[\s,]+", existing.group("codes").strip())) - {""}
            if not named or codes <= named:
                continue  # it covers these codes already
            edits.append(
                (start + existing.start(), start + existing.end(), comment(sorted(named | codes)))
            )
            continue
        at = end
        if kind == "markdown" and text.lstrip().startswith("|"):
            table = _TABLE_END.search(text)
            if table is not None:
                at = start + table.start()
        before = source[at - 1] if at > start else ""
        edits.append((at, at, ("" if before in ("", " ") else " ") + comment(sorted(codes))))
    for lo, hi, piece in sorted(edits, reverse=True):
        source = source[:lo] + piece + (" " if source[hi : hi + 1] == "|" else "") + source[hi:]
    return source, len(edits)
