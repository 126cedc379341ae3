"""Stage 6: reporters. Each turns :class:`~attribution._lint.FileResult`\\ s into text.

A reporter is a module in this package with a ``Stream`` class: ``Stream(options)`` (``options``
a :class:`RenderOptions`; the HTML reporter's takes no argument) is fed the results one file at
a time, in order, with ``file(result) -> str``, and then ``finish()`` yields the rest of the
output. Formats that can (text, concise, GitHub, JSON) return each file's output from ``file``
as it comes; the others keep only the little they need until ``finish``. The module's
``render(results, options) -> str`` is the same output in one string. The registry below names
the reporters for ``--format``. Modules are imported only when used, so a reporter with heavy
imports costs the others nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

import attrs

if TYPE_CHECKING:
    from .._lint import Detail, FileResult


@attrs.frozen
class RenderOptions:
    """What the command line asked of the output, beyond the format."""

    statistics: bool = False
    """Add counts by rule code (text format; the JSON summary always has them)."""
    quiet: bool = False
    """Findings only: no summary line."""
    color: bool = False
    """Colour the text and concise formats with ANSI escape codes (``--color``)."""
    width: int = 120
    """Characters of a source line the text format shows at most (the terminal's width when
    writing to one); a longer line is cut to a window around the claim."""


class Reporter(Protocol):
    """A reporter's ``Stream``: fed every result in order, then finished once."""

    def file(self, result: FileResult) -> str:
        """Take the next file's result; return the output that can be written now (or "")."""

    def finish(self) -> Iterator[str]:
        """The rest of the output, in pieces, after the last file."""


@attrs.frozen
class ReporterInfo:
    """One entry of the reporter registry."""

    name: str
    """The ``--format`` name."""
    module: str
    """The module in this package that renders it."""
    description: str
    """One line for ``--help``."""
    takes_options: bool = True
    """Whether ``Stream`` and ``render`` take a :class:`RenderOptions` argument."""
    keep: tuple[Detail, ...] = ()
    """The bulky :class:`~attribution._lint.FileResult` fields the reporter reads (see
    :meth:`~attribution._lint.FileResult.slim`); the others need not be kept or sent back
    from worker processes."""


REPORTERS: Mapping[str, ReporterInfo] = MappingProxyType(
    {
        info.name: info
        for info in (
            ReporterInfo(
                "text",
                "text",
                "path:line:col: CODE [severity] message, the sentence with the claim "
                "underlined, then a summary",
                keep=("source", "sentences"),
            ),
            ReporterInfo("concise", "concise", "path:line:col: CODE message, one line each"),
            ReporterInfo(
                "json", "json", "versioned JSON (docs/json-schema.md)", keep=("source", "claims")
            ),
            ReporterInfo("sarif", "sarif", "SARIF 2.1.0 for code-scanning tools"),
            ReporterInfo("github", "github", "GitHub Actions workflow commands (annotations)"),
            # Written and tested separately; render(results) only.
            ReporterInfo(
                "html",
                "html",
                "a standalone HTML report",
                takes_options=False,
                keep=("text", "report", "claims"),
            ),
        )
    }
)
"""Every output format, by ``--format`` name."""


class ReporterUnavailable(RuntimeError):
    """The reporter's module cannot be imported in this installation."""


def new_reporter(name: str, options: RenderOptions | None = None) -> Reporter:
    """A new :class:`Reporter` for the format ``name`` (a key of :data:`REPORTERS`)."""
    info = REPORTERS[name]
    try:
        module = importlib.import_module(f"{__name__}.{info.module}")
    except ImportError as exc:
        raise ReporterUnavailable(
            f"the {name!r} format is not available in this installation ({exc})"
        ) from exc
    reporter: Reporter = (
        module.Stream(options or RenderOptions()) if info.takes_options else module.Stream()
    )
    return reporter


def output(reporter: Reporter, results: Iterable[FileResult]) -> str:
    """Everything ``reporter`` writes for ``results``, as one string."""
    parts = [reporter.file(result) for result in results]
    parts.extend(reporter.finish())
    return "".join(parts)


def render(name: str, results: Iterable[FileResult], options: RenderOptions | None = None) -> str:
    """Render ``results`` in the format ``name`` (a key of :data:`REPORTERS`)."""
    return output(new_reporter(name, options), results)
