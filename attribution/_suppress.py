"""Inline suppression: ``<!-- attribution-disable ... -->`` comments, in the markdownlint style.

One syntax for every input kind, an HTML comment, which no article prose looks like::

    <!-- attribution-disable [CODES] -->            from here on (to a matching enable)
    <!-- attribution-enable [CODES] -->             from here on again
    <!-- attribution-disable-line [CODES] -->       on the line the comment starts on
    <!-- attribution-disable-next-line [CODES] -->  on the line after the one it ends on

CODES are rule codes, names or prefixes (``ATR001``, ``unsourced-claim``, ``ATR00``),
separated by spaces or commas; none means every rule. In Markdown and HTML the comment is a
real comment (not one inside a code block); in plain text it is recognised anywhere, and cut
out of the text the engine reads. Directives apply to findings by their position in the
original file: ``disable``/``enable`` by offset, the line forms by the finding's start line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import attrs
import regex

from ._config import ConfigError, _codes
from ._documents import Comment
from ._lines import LineIndex
from ._model import Finding

Action = Literal["disable", "enable", "disable-line", "disable-next-line"]

_DIRECTIVE = regex.compile(r"\s*attribution-(?P<action>[a-z-]+)(?P<codes>(?:\s[^>]*)?)\s*\Z")
_ACTIONS: tuple[Action, ...] = ("disable", "disable-line", "disable-next-line", "enable")
"""Every action, sorted (the order the unknown-directive warning lists them in)."""
_SEPARATOR = regex.compile(r"[\s,]+")


@attrs.frozen
class Directive:
    """One suppression comment, parsed."""

    action: Action
    """``disable``, ``enable``, ``disable-line`` or ``disable-next-line``."""
    codes: frozenset[str] | None
    """The rule codes it names; None for every rule."""
    start: int
    """Offset of the comment in the original file."""
    end: int
    """Offset just past the comment."""
    line: int
    """1-based line the comment starts on."""
    end_line: int
    """1-based line the comment ends on."""

    def covers_line(self, code: str, line: int) -> bool:
        """Whether this line directive suppresses ``code`` on ``line``."""
        if self.codes is not None and code not in self.codes:
            return False
        if self.action == "disable-line":
            return line == self.line
        if self.action == "disable-next-line":
            return line == self.end_line + 1
        return False


def _action(name: str) -> Action | None:
    """``name`` as an :data:`Action`, or None when it is not one."""
    return next((a for a in _ACTIONS if a == name), None)


def parse_directives(
    comments: Iterable[Comment], source: str, path: str
) -> tuple[tuple[Directive, ...], tuple[str, ...]]:
    """The suppression directives among ``comments``, and warnings for malformed ones.

    A comment that does not start with ``attribution-`` is not a directive and is ignored.
    A warning is ``path:line:col: warning: ...``; the valid part of a bad directive still
    applies (an unknown code is dropped, the rest kept).
    """
    index: LineIndex | None = None
    directives: list[Directive] = []
    warnings: list[str] = []
    for comment in comments:
        m = _DIRECTIVE.match(comment.body)
        if m is None:
            continue
        if index is None:
            index = LineIndex(source)
        line, column = index.position(comment.start)
        end_line, _ = index.position(max(comment.start, comment.end - 1))
        name = m.group("action")
        where = f"{path}:{line}:{column}: warning:"
        action = _action(name)
        if action is None:
            warnings.append(
                f"{where} unknown directive 'attribution-{name}' (expected one of: "
                + ", ".join(f"attribution-{a}" for a in _ACTIONS)
                + ")"
            )
            continue
        names = [n for n in _SEPARATOR.split(m.group("codes")) if n]
        codes: set[str] | None = None
        if names:
            codes = set()
            for name in names:
                try:
                    codes |= _codes([name], f"attribution-{action}")
                except ConfigError as exc:
                    warnings.append(f"{where} {exc}; ignored")
            if not codes:
                continue  # only unknown codes: suppressing everything instead would surprise
        directives.append(
            Directive(
                action,
                frozenset(codes) if codes is not None else None,
                comment.start,
                comment.end,
                line,
                end_line,
            )
        )
    return tuple(directives), tuple(warnings)


def suppress(
    findings: Sequence[Finding], directives: Sequence[Directive]
) -> tuple[tuple[Finding, ...], int]:
    """The findings no directive suppresses (findings in original-file coordinates), and how
    many were suppressed."""
    if not directives:
        return tuple(findings), 0
    ranges = sorted((d for d in directives if d.action in ("disable", "enable")), key=_start)
    lines = [d for d in directives if d.action not in ("disable", "enable")]
    kept = []
    for finding in findings:
        if _disabled_at(ranges, finding.code, finding.start) or any(
            d.covers_line(finding.code, finding.line) for d in lines
        ):
            continue
        kept.append(finding)
    return tuple(kept), len(findings) - len(kept)


def _start(d: Directive) -> int:
    return d.start


def _disabled_at(ranges: Sequence[Directive], code: str, offset: int) -> bool:
    """Replay the disable/enable comments before ``offset`` for one rule."""
    disabled = False
    for d in ranges:
        if d.end > offset:
            break
        if d.codes is None or code in d.codes:
            disabled = d.action == "disable"
    return disabled
