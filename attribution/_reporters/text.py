"""The default format: ``path:line:col: CODE [severity] message`` lines, then a summary."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import RenderOptions, output
from ._summary import Tally, plural, tally

if TYPE_CHECKING:
    from .._lint import FileResult


def _finding_lines(result: FileResult) -> list[str]:
    return [
        f"{result.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
        for f in result.findings
    ]


def finding_lines(results: Iterable[FileResult]) -> list[str]:
    return [line for r in results for line in _finding_lines(r)]


def _summary_line(counts: Tally) -> str:
    s = counts.summary()
    files = plural(s["checked"], "file")
    if s["findings"]:
        parts = [
            plural(n, sev, "info" if sev == "info" else None)
            for sev, n in s["by_severity"].items()
            if n
        ]
        line = f"Found {plural(s['findings'], 'finding')} ({', '.join(parts)}) in {files}."
    else:
        line = f"No findings in {files}."
    if s["suppressed"]:
        line += f" {s['suppressed']} suppressed by comments."
    if s["errors"]:
        line += f" {plural(s['errors'], 'file')} could not be checked."
    return line


def summary_line(results: Iterable[FileResult]) -> str:
    """ "Found 2 findings (1 warning, 1 info) in 3 files." and the same shape for the rest."""
    return _summary_line(tally(results))


class Stream:
    """Each file's finding lines as it comes; the statistics and summary at the end."""

    def __init__(self, options: RenderOptions) -> None:
        self._options = options
        self._tally = Tally()

    def file(self, result: FileResult) -> str:
        self._tally.add(result)
        return "".join(line + "\n" for line in _finding_lines(result))

    def finish(self) -> Iterator[str]:
        lines = self._tally.statistics_lines() if self._options.statistics else []
        if not self._options.quiet:
            lines.append(_summary_line(self._tally))
        yield "".join(line + "\n" for line in lines)


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
