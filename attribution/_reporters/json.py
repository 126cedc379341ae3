"""Versioned JSON output; the schema is ``attribution/schema/report.schema.json``, documented
in ``docs/json-schema.md``. Offsets, lines and columns point into each original file."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .._lines import LineIndex
from . import RenderOptions, output
from ._summary import Tally, summary

if TYPE_CHECKING:
    from .._lint import FileResult

JSON_VERSION = 2
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
    } | ({"considered": [c.to_dict() for c in result.considered]} if result.considered else {})


def _head() -> dict[str, Any]:
    from .. import __version__

    return {"version": JSON_VERSION, "tool": {"name": "attribution", "version": __version__}}


def to_data(results: Iterable[FileResult]) -> dict[str, Any]:
    results = list(results)
    return {**_head(), "files": [file_dict(r) for r in results], "summary": summary(results)}


def _dumps(data: Any, depth: int) -> str:
    """``data`` as :func:`json.dumps` writes it ``depth`` levels deep in an indented document
    (JSON strings never hold a raw newline, so every newline is indentation)."""
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False).replace(
        "\n", "\n" + "  " * depth
    )


class Stream:
    """The document written as it goes: the head with the first file, then each further file,
    then the summary; byte for byte what ``json.dumps(to_data(results), indent=2)`` gives."""

    def __init__(self, options: RenderOptions) -> None:
        self._options = options
        self._tally = Tally()

    def _open(self) -> str:
        # '{"version": ..., "tool": {...}' and the key of the files list.
        return _dumps(_head(), 0)[: -len("\n}")] + ',\n  "files": '

    def file(self, result: FileResult) -> str:
        first = self._tally.files == 0
        self._tally.add(result)
        return (self._open() + "[\n    " if first else ",\n    ") + _dumps(file_dict(result), 2)

    def finish(self) -> Iterator[str]:
        files = self._open() + "[]" if self._tally.files == 0 else "\n  ]"
        yield files + ',\n  "summary": ' + _dumps(self._tally.summary(), 1) + "\n}\n"


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
