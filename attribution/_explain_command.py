"""``attribution explain``: every step the engine took for a number, by the rule that took it.

``attribution explain FILE:LINE:COL`` explains the number at that position; ``FILE`` alone,
or ``--text TEXT``, every number-like token. The text output walks one token through the
stages (claims, cues, scope, findings); ``--format json`` prints the explained report
(``check_document(..., explain=True).to_dict()``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, Any

import regex

from ._api import trace
from ._config import Config
from ._documents import Document, MarkdownUnavailable, document, kind_for_path
from ._explain import DECISIONS, Trace, why_not
from ._lines import LineIndex
from ._lint import InputError, check_document_report, read_file
from ._model import Claim, Considered
from ._segment import Segments

__all__ = ["add_parser", "run"]

_POSITION = regex.compile(r"^(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?$")


class ExplainError(Exception):
    """A usage or input mistake: the message is one line for the user (exit 2)."""


def add_parser(sub: Any) -> None:
    """The ``explain`` subcommand's arguments."""
    explain = sub.add_parser(
        "explain",
        help="show why a number is a claim or not, and how its source was found",
        allow_abbrev=False,
    )
    explain.add_argument(
        "target",
        nargs="?",
        metavar="FILE[:LINE[:COL]]",
        help="a file, or a position in it (as the check output prints it)",
    )
    explain.add_argument("--text", help="explain the numbers of this text instead of a file")
    explain.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    explain.add_argument("--config", metavar="FILE", help="read settings from this file")
    explain.add_argument("--isolated", action="store_true", help="ignore pyproject.toml settings")


def run(args: argparse.Namespace, config: Config, out: IO[str] | None = None) -> int:
    """Explain as ``args`` ask; the exit code (0, or 2 for a usage or input error)."""
    out = sys.stdout if out is None else out
    try:
        name, source, doc, position = _read(args)
        if args.format == "json":
            report = check_document_report(doc, config, explain=True)
            out.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
            return 0
        explained = trace(doc.text, config)
        index = LineIndex(source)
        tokens = _tokens(explained, doc, index, position, name)
    except ExplainError as exc:
        sys.stderr.write(f"attribution: error: {exc}\n")
        return 2
    for n, token in enumerate(tokens):
        if n:
            out.write("\n")
        out.write("\n".join(_steps(explained, doc, index, name, token)) + "\n")
    if not tokens:
        out.write(f"{name}: no numbers\n")
    return 0


def _read(args: argparse.Namespace) -> tuple[str, str, Document, tuple[int, int] | None]:
    """The name shown, the original text, its document and the (line, column) asked for."""
    if args.text is not None:
        if args.target:
            raise ExplainError("give a FILE or --text, not both")
        return "<text>", args.text, document(args.text, "text"), None
    if not args.target:
        raise ExplainError("missing FILE[:LINE[:COL]] (or --text TEXT)")
    path, position = args.target, None
    m = _POSITION.match(args.target)
    if m is not None and not os.path.isfile(args.target):
        path = m.group("path")
        position = (int(m.group("line")), int(m.group("column") or 0))
    try:
        source = read_file(path)
    except InputError as exc:
        raise ExplainError(f"{path}: {exc}") from None
    try:
        doc = document(source, kind_for_path(path))
    except MarkdownUnavailable as exc:
        raise ExplainError(f"{path}: {exc}") from None
    return path, source, doc, position


def _tokens(
    explained: Trace,
    doc: Document,
    index: LineIndex,
    position: tuple[int, int] | None,
    name: str,
) -> list[Considered]:
    """The considered tokens to explain, offsets in the original: all, or the one at
    ``position`` (a whole line when no column is given)."""
    considered = explained.report.considered or ()
    if position is None:
        return list(considered)
    line, column = position
    found = []
    for token in considered:
        start, end = doc.offsets.span(token.start, token.end)
        first, last = index.position(start), index.position(end)
        if column == 0 and first[0] <= line <= last[0] or first <= (line, column) < last:
            found.append(token)
    if not found:
        where = f"{name}:{line}" + (f":{column}" if column else "")
        raise ExplainError(f"no number at {where}")
    return found


def _steps(
    explained: Trace, doc: Document, index: LineIndex, name: str, token: Considered
) -> list[str]:
    """The lines explaining one token: its decision, the cues of its paragraph, its status,
    sources and finding."""
    start, end = doc.offsets.span(token.start, token.end)
    line, column = index.position(start)
    source = explained.report.text
    context = " ".join(source[max(0, start - 24) : end + 24].split())
    rule = token.why.rule
    summary = DECISIONS[("claims", rule)].summary
    if token.claim:
        verdict = f"a claim ({token.category}): {summary} [{rule}]"
    else:
        verdict = f"not a claim ({token.category}): {summary} [{rule}]"
    lines = [f"{name}:{line}:{column}: '{token.text}' in \"{context}\"", f"  decision: {verdict}"]
    claim = next(
        (c for c in explained.report.claims if c.token.start <= token.start < c.token.end), None
    )
    if claim is None:
        return lines
    lines += _cue_lines(explained, claim)
    status = claim.why[1]
    lines.append(f"  status:   {claim.status} [{status.rule}]: {status.detail}")
    for a in claim.attributions:
        shape = a.why.rule if a.why else "?"
        lines.append(f"  source:   '{a.source.text}' ({a.kind}), cue '{a.cue.text}' [{shape}]")
    found = [f for f in explained.report.findings if f.claim.token.start == claim.token.start]
    lines += [f"  finding:  {f.code} {f.name} ({f.severity}): {f.message}" for f in found]
    if not found:
        lines.append("  finding:  none")
    return lines


def _cue_lines(explained: Trace, claim: Claim) -> list[str]:
    """The cues of the claim's paragraph, each with its rule and whether it covers it."""
    segments: Segments = explained.doc
    text = explained.report.text
    pos = claim.token.start
    si = segments.sentence_index(pos)
    paragraph = segments.sentences[si].paragraph if segments.sentences else 0
    lines = []
    for cue in explained.cues:
        sentence = segments.sentences[cue.sentence] if segments.sentences else None
        if sentence is None or sentence.paragraph != paragraph or cue.sentence > si:
            continue
        if cue.sentence == si:
            reach = why_not(text, cue, pos)
        else:
            reach = "in an earlier sentence: reaches this one only by carry"
        lines.append(f"  cue:      '{cue.cue.text}' of '{cue.source.text}' [{cue.rule}]: {reach}")
    if not lines:
        lines.append("  cue:      none in its paragraph up to its sentence")
    return lines
