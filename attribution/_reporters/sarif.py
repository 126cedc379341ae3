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
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._rules import RULES
from . import RenderOptions

if TYPE_CHECKING:
    from .._lint import FileResult

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


def _result(path: str, finding: Any) -> dict[str, Any]:
    return {
        "ruleId": finding.code,
        "ruleIndex": _RULE_INDEX[finding.code],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(path)},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "charOffset": finding.start,
                        "charLength": finding.end - finding.start,
                        "snippet": {"text": finding.claim.token.text},
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


def to_data(results: Sequence[FileResult]) -> dict[str, Any]:
    from .. import __version__

    errors = [r for r in results if r.error is not None]
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
                        "executionSuccessful": not errors,
                        "toolExecutionNotifications": [_notification(r) for r in errors],
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": [_result(r.path, f) for r in results for f in r.findings],
            }
        ],
    }


def render(results: Sequence[FileResult], options: RenderOptions) -> str:
    return json.dumps(to_data(results), indent=2, ensure_ascii=False) + "\n"
