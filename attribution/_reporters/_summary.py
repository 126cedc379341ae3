"""Counts shared by the reporters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._rules import RULES, RULES_BY_CODE

if TYPE_CHECKING:
    from .._lint import FileResult

SEVERITY_ORDER = ("error", "warning", "info")
"""Severities, strongest first (the order summaries list them in)."""


def summary(results: Sequence[FileResult]) -> dict[str, Any]:
    """Counts over all results: files, errors, findings by severity and by code."""
    by_severity = Counter(f.severity for r in results for f in r.findings)
    by_code = Counter(f.code for r in results for f in r.findings)
    return {
        "files": len(results),
        "checked": sum(1 for r in results if r.error is None),
        "errors": sum(1 for r in results if r.error is not None),
        "findings": sum(by_code.values()),
        "suppressed": sum(r.suppressed for r in results),
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITY_ORDER},
        "by_code": {r.code: by_code[r.code] for r in RULES if by_code.get(r.code)},
    }


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def statistics_lines(results: Sequence[FileResult]) -> list[str]:
    """``count  CODE  name`` lines, most frequent first (ties by code)."""
    counts = Counter(f.code for r in results for f in r.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    return [f"{n:>{width}}  {code}  {RULES_BY_CODE[code].name}" for code, n in rows]
