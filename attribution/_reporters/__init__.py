"""Stage 6: reporters. Each turns a sequence of :class:`~attribution._lint.FileResult` into text.

A reporter is a module in this package with ``render(results, options) -> str`` (``options``
a :class:`RenderOptions`); the registry below names them for ``--format``. Modules are imported
only when used, so a reporter with heavy imports costs the others nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .._lint import FileResult


@attrs.frozen
class RenderOptions:
    """What the command line asked of the output, beyond the format."""

    statistics: bool = False
    """Add counts by rule code (text format; the JSON summary always has them)."""
    quiet: bool = False
    """Findings only: no summary line."""


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
    """Whether ``render`` takes a :class:`RenderOptions` second argument."""


REPORTERS: Mapping[str, ReporterInfo] = MappingProxyType(
    {
        info.name: info
        for info in (
            ReporterInfo("text", "text", "path:line:col: CODE [severity] message, then a summary"),
            ReporterInfo("concise", "concise", "path:line:col: CODE message, one line each"),
            ReporterInfo("json", "json", "versioned JSON (docs/json-schema.md)"),
            ReporterInfo("sarif", "sarif", "SARIF 2.1.0 for code-scanning tools"),
            ReporterInfo("github", "github", "GitHub Actions workflow commands (annotations)"),
            # Written and tested separately; render(results) only.
            ReporterInfo("html", "html", "a standalone HTML report", takes_options=False),
        )
    }
)
"""Every output format, by ``--format`` name."""


class ReporterUnavailable(RuntimeError):
    """The reporter's module cannot be imported in this installation."""


def render(name: str, results: Sequence[FileResult], options: RenderOptions | None = None) -> str:
    """Render ``results`` in the format ``name`` (a key of :data:`REPORTERS`)."""
    info = REPORTERS[name]
    try:
        module = importlib.import_module(f"{__name__}.{info.module}")
    except ImportError as exc:
        raise ReporterUnavailable(
            f"the {name!r} format is not available in this installation ({exc})"
        ) from exc
    if info.takes_options:
        return module.render(results, options or RenderOptions())
    return module.render(results)
