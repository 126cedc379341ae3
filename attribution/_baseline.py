"""Baselines (``--baseline FILE``): record today's findings once, report only new ones after.

An archive can adopt the checker without fixing its past: the first run writes every finding
to the baseline file; later runs drop the findings the file holds and report the rest.

A finding is keyed by its file (relative to the baseline file's directory), its rule code, the
claim's phrase as written and its occurrence among the findings of that file with the same
code and phrase, never by line or column: an edit above a finding does not bring it back, a
second copy of the same claim is new, and a fixed finding simply no longer matches.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import attrs

from ._lint import FileResult
from ._model import Finding

BASELINE_VERSION = 1
"""Version of the baseline file's shape."""

Key = tuple[str, str, str]
"""``(path, code, phrase)``: what a baseline counts."""


class BaselineError(Exception):
    """The baseline file cannot be read or written; the message says why."""


def _phrase(finding: Finding, source: str | None) -> str:
    """The claim's phrase as written (its token when the source was not kept)."""
    claim = finding.claim
    if source is not None and 0 <= claim.start < claim.end <= len(source):
        return source[claim.start : claim.end]
    return claim.token.text


class Baseline:
    """The findings a baseline file holds, counted by :data:`Key`."""

    def __init__(self, path: str, counts: Counter[Key] | None = None) -> None:
        self.path = path
        self.directory = os.path.dirname(os.path.abspath(path))
        self.counts: Counter[Key] = counts if counts is not None else Counter()

    @classmethod
    def load(cls, path: str) -> Baseline | None:
        """The baseline at ``path``, or None when there is no such file yet."""
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BaselineError(f"cannot read {path}: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: not a baseline file ({exc})") from None
        if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
            raise BaselineError(
                f"{path}: not a version {BASELINE_VERSION} baseline file of attribution"
            )
        counts: Counter[Key] = Counter()
        for entry in data.get("findings", []):
            try:
                counts[(entry["path"], entry["code"], entry["text"])] += 1
            except (KeyError, TypeError):
                raise BaselineError(f"{path}: malformed entry {entry!r}") from None
        return cls(path, counts)

    def _file(self, path: str) -> str:
        """A checked file's path as the baseline names it: relative to its directory."""
        if path == "-" or not os.path.exists(path):  # stdin, an archive's document
            return path
        return os.path.relpath(os.path.abspath(path), self.directory).replace(os.sep, "/")

    def _keys(self, result: FileResult) -> list[Key]:
        path = self._file(result.path)
        return [(path, f.code, _phrase(f, result.source)) for f in result.findings]

    def record(self, result: FileResult) -> None:
        """Add ``result``'s findings to the baseline."""
        self.counts.update(self._keys(result))

    def new(self, result: FileResult) -> FileResult:
        """``result`` with only the findings the baseline does not hold (the first N
        findings of a key are the baseline's N)."""
        if not result.findings:
            return result
        seen: Counter[Key] = Counter()
        kept = []
        for finding, key in zip(result.findings, self._keys(result), strict=True):
            seen[key] += 1
            if seen[key] > self.counts.get(key, 0):
                kept.append(finding)
        if len(kept) == len(result.findings):
            return result
        return attrs.evolve(result, findings=tuple(kept))

    def write(self) -> int:
        """Write the baseline file; returns how many findings it holds."""
        entries = [
            {"path": path, "code": code, "text": text, "occurrence": n}
            for (path, code, text), count in sorted(self.counts.items())
            for n in range(count)
        ]
        data = {"version": BASELINE_VERSION, "tool": "attribution", "findings": entries}
        try:
            os.makedirs(self.directory, exist_ok=True)
            with open(self.path, "w", encoding="utf-8", newline="\n") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
                f.write("\n")
        except OSError as exc:
            raise BaselineError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return len(entries)
