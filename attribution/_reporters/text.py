"""The default format: ``path:line:col: CODE [severity] message`` lines, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import RenderOptions
from ._summary import plural, statistics_lines, summary

if TYPE_CHECKING:
    from .._lint import FileResult


def finding_lines(results: Sequence[FileResult]) -> list[str]:
    return [
        f"{r.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
        for r in results
        for f in r.findings
    ]


def summary_line(results: Sequence[FileResult]) -> str:
    """ "Found 2 findings (1 warning, 1 info) in 3 files." and the same shape for the rest."""
    s = summary(results)
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


def render(results: Sequence[FileResult], options: RenderOptions) -> str:
    lines = finding_lines(results)
    if options.statistics:
        lines += statistics_lines(results)
    if not options.quiet:
        lines.append(summary_line(results))
    return "".join(line + "\n" for line in lines)
