"""Versioned JSON output; the schema is ``attribution/schema/report.schema.json``, documented
in ``docs/json-schema.md``. Offsets, lines and columns point into each original file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._lines import LineIndex
from . import RenderOptions
from ._summary import summary

if TYPE_CHECKING:
    from .._lint import FileResult

JSON_VERSION = 1
"""Version of the output shape; bumped on any incompatible change."""


def file_dict(result: FileResult) -> dict[str, Any]:
    claims = []
    if result.source is not None and result.claims:
        index = LineIndex(result.source)
        for claim in result.claims:
            d = claim.to_dict(result.source)
            d["line"], d["column"] = index.position(claim.token.start)
            d["end_line"], d["end_column"] = index.position(claim.token.end)
            claims.append(d)
    return {
        "path": result.path,
        "kind": result.kind,
        "error": result.error,
        "findings": [f.to_dict() for f in result.findings],
        "claims": claims,
        "suppressed": result.suppressed,
        "warnings": list(result.warnings),
    }


def to_data(results: Sequence[FileResult]) -> dict[str, Any]:
    from .. import __version__

    return {
        "version": JSON_VERSION,
        "tool": {"name": "attribution", "version": __version__},
        "files": [file_dict(r) for r in results],
        "summary": summary(results),
    }


def render(results: Sequence[FileResult], options: RenderOptions) -> str:
    return json.dumps(to_data(results), indent=2, ensure_ascii=False) + "\n"
