"""The default format: for each finding a ``path:line:col: CODE [severity] message`` line, the
sentence holding the claim with the claim underlined (:mod:`._snippet`) and its source, if it
has one; then a summary."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import RenderOptions, output
from ._snippet import Excerpts
from ._style import Style
from ._summary import Tally, plural, tally

if TYPE_CHECKING:
    from .._lint import FileResult
    from .._model import Finding


_PLAIN = Style()


def header(path: str, f: Finding, style: Style = _PLAIN) -> str:
    """``path:line:col: CODE [severity] message``, the first line of a finding."""
    return (
        f"{style(path, 'bold')}:{f.line}:{f.column}: {style.severity(f.code, f.severity, 'bold')} "
        f"{style.severity(f'[{f.severity}]', f.severity)} {f.message}"
    )


def _finding_lines(result: FileResult, style: Style, width: int) -> list[str]:
    """Each finding's header and excerpt, a blank line between findings."""
    excerpts = (
        Excerpts(result.source, result.sentences, width) if result.source is not None else None
    )
    lines: list[str] = []
    for f in result.findings:
        if lines:
            lines.append("")
        lines.append(header(result.path, f, style))
        if excerpts is not None:
            lines.extend(excerpts.lines(f, style))
    return lines


def finding_lines(results: Iterable[FileResult]) -> list[str]:
    """The header line of every finding (the concise form, with severities)."""
    return [header(r.path, f) for r in results for f in r.findings]


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
        self._style = Style(options.color)
        self._tally = Tally()

    def file(self, result: FileResult) -> str:
        lines = _finding_lines(result, self._style, self._options.width)
        if lines and self._tally.findings:
            lines.insert(0, "")  # after the findings of the files before
        self._tally.add(result)
        return "".join(line + "\n" for line in lines)

    def finish(self) -> Iterator[str]:
        lines = self._tally.statistics_lines() if self._options.statistics else []
        if not self._options.quiet:
            lines.append(_summary_line(self._tally))
        if lines and self._tally.findings:
            lines.insert(0, "")
        yield "".join(line + "\n" for line in lines)


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
