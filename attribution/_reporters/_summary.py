"""Counts shared by the reporters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._model import Severity
from .._rules import RULES, RULES_BY_CODE

if TYPE_CHECKING:
    from .._lint import FileResult

SEVERITY_ORDER: tuple[Severity, ...] = ("error", "warning", "info")
"""Severities, strongest first (the order summaries list them in)."""


class Tally:
    """Running counts over results, one :meth:`add` per file, so that a summary never needs
    the results kept around."""

    def __init__(self) -> None:
        self.files = 0
        """Results added, checked or not."""
        self.errors = 0
        """Results with an error (files that could not be checked)."""
        self.suppressed = 0
        """Findings removed by inline suppression comments."""
        self.by_severity: Counter[str] = Counter()
        """Reported findings by severity."""
        self.by_code: Counter[str] = Counter()
        """Reported findings by rule code."""

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.errors += result.error is not None
        self.suppressed += result.suppressed
        for f in result.findings:
            self.by_severity[f.severity] += 1
            self.by_code[f.code] += 1

    @property
    def findings(self) -> int:
        return sum(self.by_code.values())

    def summary(self) -> dict[str, Any]:
        """Counts over all results: files, errors, findings by severity and by code."""
        return {
            "files": self.files,
            "checked": self.files - self.errors,
            "errors": self.errors,
            "findings": self.findings,
            "suppressed": self.suppressed,
            "by_severity": {s: self.by_severity.get(s, 0) for s in SEVERITY_ORDER},
            "by_code": {r.code: self.by_code[r.code] for r in RULES if self.by_code.get(r.code)},
        }

    def statistics_lines(self) -> list[str]:
        """``count  CODE  name`` lines, most frequent first (ties by code)."""
        rows = sorted(self.by_code.items(), key=lambda kv: (-kv[1], kv[0]))
        width = max((len(str(n)) for _, n in rows), default=1)
        return [f"{n:>{width}}  {code}  {RULES_BY_CODE[code].name}" for code, n in rows]


def tally(results: Iterable[FileResult]) -> Tally:
    """A :class:`Tally` of ``results``."""
    out = Tally()
    for result in results:
        out.add(result)
    return out


def summary(results: Iterable[FileResult]) -> dict[str, Any]:
    """Counts over all results: files, errors, findings by severity and by code."""
    return tally(results).summary()


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def statistics_lines(results: Iterable[FileResult]) -> list[str]:
    """``count  CODE  name`` lines, most frequent first (ties by code)."""
    return tally(results).statistics_lines()
