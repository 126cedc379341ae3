"""The code stays readable: no function in the package is longer than a screen (80 lines),
so each decision is a small function a reader can take in at once (issue 17)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "attribution"
MAX_LINES = 80


def _functions() -> list[tuple[str, int]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno is not None
                length = node.end_lineno - node.lineno + 1
                out.append(
                    (f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}", length)
                )
    return out


def test_the_package_has_functions_to_measure() -> None:
    assert len(_functions()) > 300


def test_no_function_is_longer_than_80_lines() -> None:
    too_long = [f"{where} ({n} lines)" for where, n in _functions() if n > MAX_LINES]
    assert too_long == []
