"""SARIF 2.1.0 output, for code-scanning services (GitHub code scanning, IDE viewers).

Columns count Unicode code points (``columnKind: unicodeCodePoints``), so they equal the text
format's columns; ``charOffset``/``charLength`` are code-point offsets into the file as read
(any BOM removed). File errors become ``toolExecutionNotifications`` and make
``executionSuccessful`` false.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .._rules import RULES
from . import RenderOptions, output

if TYPE_CHECKING:
    from .._lint import FileResult
    from .._model import Finding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
"""Finding severity -> SARIF result level."""
_RULE_INDEX = {rule.code: i for i, rule in enumerate(RULES)}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (forward slashes, escaped)."""
    if os.path.isabs(path):
        from pathlib import Path

        return Path(path).as_uri()
    return urllib.parse.quote(path.replace(os.sep, "/"))


def _rule(rule: Any) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {
            "text": f"{rule.summary} Run `attribution rule {rule.code}` for details.",
            "markdown": f"{rule.summary}\n\nRun `attribution rule {rule.code}` for details.",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"tags": ["attribution"]},
    }


class _Result(NamedTuple):
    """What a SARIF result needs of one finding (kept until the end instead of the finding
    with its claim)."""

    path: str
    code: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    snippet: str


def _record(path: str, finding: Finding) -> _Result:
    f = finding
    return _Result(
        path,
        f.code,
        f.severity,
        f.message,
        f.line,
        f.column,
        f.end_line,
        f.end_column,
        f.start,
        f.end,
        f.claim.token.text,
    )


def _result(r: _Result) -> dict[str, Any]:
    return {
        "ruleId": r.code,
        "ruleIndex": _RULE_INDEX[r.code],
        "level": LEVELS[r.severity],
        "message": {"text": r.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(r.path)},
                    "region": {
                        "startLine": r.line,
                        "startColumn": r.column,
                        "endLine": r.end_line,
                        "endColumn": r.end_column,
                        "charOffset": r.start,
                        "charLength": r.end - r.start,
                        "snippet": {"text": r.snippet},
                    },
                }
            }
        ],
    }


def _notification(result: FileResult) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": f"{result.path}: {result.error}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.path)}}}
        ],
    }


def _data(notifications: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, Any]:
    from .. import __version__

    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "attribution",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(rule) for rule in RULES],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def to_data(results: Iterable[FileResult]) -> dict[str, Any]:
    results = list(results)
    return _data(
        [_notification(r) for r in results if r.error is not None],
        [_result(_record(r.path, f)) for r in results for f in r.findings],
    )


_RESULTS_DEPTH = 4
"""How deep the items of ``runs[0].results`` stand in the document."""
_TAIL = '"results": []\n    }\n  ]\n}'
"""How the document ends with no results: ``results`` is the last key of the last run."""
_BATCH = 256
"""Results per piece of :meth:`Stream.finish`."""


def _dumps(data: Any, depth: int = 0) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False).replace(
        "\n", "\n" + "  " * depth
    )


class Stream:
    """Everything at the end: the invocation (which says whether any file failed) comes before
    the results. Meanwhile only the file errors and a small record per finding are kept, and
    the results are written in pieces; byte for byte what ``json.dumps(to_data(results),
    indent=2)`` gives."""

    def __init__(self, options: RenderOptions) -> None:
        self._options = options
        self._notifications: list[dict[str, Any]] = []
        self._records: list[_Result] = []

    def file(self, result: FileResult) -> str:
        if result.error is not None:
            self._notifications.append(_notification(result))
        self._records.extend(_record(result.path, f) for f in result.findings)
        return ""

    def finish(self) -> Iterator[str]:
        skeleton = _dumps(_data(self._notifications, []))
        if not self._records:
            yield skeleton + "\n"
            return
        assert skeleton.endswith(_TAIL)
        yield skeleton[: -len(_TAIL)] + '"results": ['
        records, self._records = self._records, []
        pad = "\n" + "  " * _RESULTS_DEPTH
        for i in range(0, len(records), _BATCH):
            batch = records[i : i + _BATCH]
            yield ("," if i else "") + ",".join(
                pad + _dumps(_result(r), _RESULTS_DEPTH) for r in batch
            )
        yield "\n" + "  " * (_RESULTS_DEPTH - 1) + "]" + _TAIL[len('"results": []') :] + "\n"


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return output(Stream(options), results)
