"""One ``path:line:col: CODE message`` line per finding, nothing else (for editors, grep)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import RenderOptions

if TYPE_CHECKING:
    from .._lint import FileResult


def render(results: Sequence[FileResult], options: RenderOptions) -> str:
    return "".join(
        f"{r.path}:{f.line}:{f.column}: {f.code} {f.message}\n" for r in results for f in r.findings
    )
