"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message``; the
severity picks the command (error -> ``error``, warning -> ``warning``, info -> ``notice``).
A file that could not be checked becomes an ``::error`` annotation on that file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import RenderOptions, output

if TYPE_CHECKING:
    from .._lint import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
"""Finding severity -> workflow command."""


def escape_data(value: str) -> str:
    """Escape a command's message (what follows ``::``), as the Actions runner expects."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``file=``, ``title=``): data escaping plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def _lines(result: FileResult) -> list[str]:
    lines = []
    if result.error is not None:
        lines.append(command("error", {"file": result.path, "title": "attribution"}, result.error))
    for f in result.findings:
        properties: dict[str, object] = {
            "file": result.path,
            "line": f.line,
            "col": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
            "title": f"{f.code} {f.name}",
        }
        lines.append(command(COMMANDS[f.severity], properties, f.message))
    return lines


class Stream:
    """Each file's annotations as it comes; nothing at the end."""

    def __init__(self, options: RenderOptions) -> None:
        self._options = options

    def file(self, result: FileResult) -> str:
        return "".join(line + "\n" for line in _lines(result))

    def finish(self) -> Iterator[str]:
        yield from ()


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
