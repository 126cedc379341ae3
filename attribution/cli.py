"""Command line (placeholder, replaced by the full linter)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._api import check


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or args[0] != "check":
        print("usage: attribution check FILE...", file=sys.stderr)
        return 2
    status = 0
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            report = check(f.read())
        for finding in report.findings:
            print(f"{path}:{finding.line}:{finding.column}: {finding.code} [{finding.severity}] {finding.message}")
            status = 1
    return status
