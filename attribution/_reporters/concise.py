"""One ``path:line:col: CODE message`` line per finding, nothing else (for editors, grep)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import RenderOptions, output
from ._style import Style

if TYPE_CHECKING:
    from .._lint import FileResult


class Stream:
    """Each file's lines as it comes; nothing at the end."""

    def __init__(self, options: RenderOptions) -> None:
        self._options = options
        self._style = Style(options.color)

    def file(self, result: FileResult) -> str:
        style = self._style
        path = style(result.path, "bold")
        return "".join(
            f"{path}:{f.line}:{f.column}: {style.severity(f.code, f.severity, 'bold')} "
            f"{f.message}\n"
            for f in result.findings
        )

    def finish(self) -> Iterator[str]:
        yield from ()


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
