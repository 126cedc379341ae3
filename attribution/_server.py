"""The language server: ``attribution server`` speaks LSP over standard input and output.

A consumer of the library, like the command line: nothing imports it but ``cli.py``, and only
when the ``server`` command runs. pygls (the ``server`` extra) is imported by :func:`serve`
alone, so this module's plain parts (positions, hover text, suppression edits, settings) work
and are tested without it.

What it does: publishes one diagnostic per finding when a document is opened or saved, and
again a short while after it changes (debounced); shows a claim's status, sources and cues on
hover; offers quick fixes that insert the suppression comments of :mod:`attribution._suppress`
for a line or for the whole file. Each document is checked as ``attribution check`` checks
the file (its kind from the editor's language or the file name), under the ``[tool.attribution]``
of the nearest ``pyproject.toml`` above it.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from . import __version__
from ._config import Config, ConfigError
from ._documents import Kind, MarkdownUnavailable, document, kind_for_path
from ._lint import _excluded, check_document_report
from ._model import Claim, Finding, Report

if TYPE_CHECKING:
    from lsprotocol import types as lsp
    from pygls.lsp.server import LanguageServer

__all__ = [
    "DEFAULT_DEBOUNCE",
    "MISSING",
    "Analysis",
    "Edit",
    "Lines",
    "ServerUnavailable",
    "Settings",
    "analyse",
    "claim_at",
    "config_for",
    "hover_text",
    "kind_for",
    "serve",
    "suppressions",
]

MISSING = (
    "the language server needs pygls, which is not installed: pip install 'attribution[server]'"
)
"""What ``attribution server`` says, before exiting 2, when the ``server`` extra is missing."""

DEFAULT_DEBOUNCE = 0.15
"""Seconds after the last change before a changed document is checked again."""

Encoding = Literal["utf-8", "utf-16", "utf-32"]

# The protocol's line breaks: "\n", "\r\n" and a lone "\r" (and no others: not U+2028).
_BREAK = re.compile(r"\r\n|\r|\n")


class ServerUnavailable(RuntimeError):
    """pygls (the ``server`` extra) is not installed; the message says what to install."""


# --- positions --------------------------------------------------------------------------------


def _units(text: str, encoding: Encoding) -> int:
    """How many code units ``text`` takes in ``encoding`` (the protocol counts columns so)."""
    if encoding == "utf-32":
        return len(text)
    # surrogatepass: a lone surrogate from the client's JSON still counts, and never raises.
    if encoding == "utf-16":
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    return len(text.encode("utf-8", "surrogatepass"))


class Lines:
    """Converts ``str`` offsets of one text to protocol positions (0-based line, column in
    code units of the negotiated encoding, UTF-16 unless agreed otherwise) and back.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as the protocol says. An emoji before a
    claim is one ``str`` index but two UTF-16 code units.
    """

    __slots__ = ("_encoding", "_starts", "_text")

    def __init__(self, text: str, encoding: Encoding = "utf-16") -> None:
        self._text = text
        self._encoding = encoding
        self._starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, character) of ``offset``."""
        offset = max(0, min(offset, len(self._text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line, _units(self._text[self._starts[line] : offset], self._encoding)

    def offset(self, line: int, character: int) -> int:
        """The ``str`` offset of a position; past a line's end is its end (before the break),
        past the last line the text's end."""
        if line < 0:
            return 0
        if line >= len(self._starts):
            return len(self._text)
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self._text)
        while end > start and self._text[end - 1] in "\r\n":
            end -= 1
        if self._encoding == "utf-32":
            return min(start + max(character, 0), end)
        count, i = 0, start
        while i < end and count < character:
            count += _units(self._text[i], self._encoding)
            i += 1
        return i


# --- documents and settings -------------------------------------------------------------------

_LANGUAGES: Mapping[str, Kind] = {
    "plaintext": "text",
    "text": "text",
    "markdown": "markdown",
    "html": "html",
}


def kind_for(uri: str, language_id: str | None) -> Kind:
    """How to read a document: by the editor's language id when it names one of the three
    kinds, else by the file name's extension, else as plain text."""
    if language_id and language_id.lower() in _LANGUAGES:
        return _LANGUAGES[language_id.lower()]
    return kind_for_path(uri.split("?", 1)[0].split("#", 1)[0])


@attrs.frozen
class Settings:
    """The server's own settings, from the client's ``initializationOptions``."""

    debounce: float = DEFAULT_DEBOUNCE
    """Seconds to wait after a change before checking (``"debounce"``, given in milliseconds)."""

    @classmethod
    def from_options(cls, options: object) -> tuple[Settings, tuple[str, ...]]:
        """The settings of ``initializationOptions`` and a warning for each value ignored."""
        if not isinstance(options, Mapping):
            return cls(), (() if options is None else ("expected an object",))
        warnings = []
        debounce = DEFAULT_DEBOUNCE
        value = options.get("debounce")
        if value is not None:
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                debounce = min(float(value), 60_000.0) / 1000
            else:
                warnings.append(f"debounce: expected milliseconds (0 or more), got {value!r}")
        return cls(debounce), tuple(warnings)


@attrs.frozen
class _Found:
    """The ``pyproject.toml`` configuration of one directory."""

    config: Config
    """Its ``[tool.attribution]`` (the defaults when there is none or it is invalid)."""
    root: Path | None
    """The directory of the ``pyproject.toml`` the config came from; None for the defaults."""
    error: str | None
    """Why the configuration found could not be used, else None."""


_Cache = dict[Path, tuple[tuple[int, int], _Found]]
"""Parsed ``pyproject.toml`` files by path, each with the (mtime, size) it was read at."""


def config_for(path: str | None, cache: _Cache) -> _Found:
    """The configuration for a document at ``path``: the ``[tool.attribution]`` of the
    nearest ``pyproject.toml`` above it that has one, as ``attribution check`` finds it.

    ``cache`` (owned by the caller) keeps each parsed file until it changes on disk, so an
    edited ``pyproject.toml`` applies from the next check on. A document with no path (an
    unsaved buffer) gets the defaults.
    """
    if path is None:
        return _Found(Config(), None, None)
    for directory in Path(path).absolute().parents:
        candidate = directory / "pyproject.toml"
        try:
            stat = candidate.stat()
        except OSError:
            continue
        key = (stat.st_mtime_ns, stat.st_size)
        cached = cache.get(candidate)
        if cached is not None and cached[0] == key:
            found = cached[1]
        else:
            found = _read_pyproject(candidate)
            cache[candidate] = (key, found)
        if found.root is not None:
            return found
    return _Found(Config(), None, None)


def _read_pyproject(path: Path) -> _Found:
    """A ``pyproject.toml``'s configuration; ``root`` is None when it has no
    ``[tool.attribution]`` (the search goes on above it, as the command line's does)."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return _Found(Config(), path.parent, f"{path}: invalid TOML or unreadable: {exc}")
    tool = data.get("tool")
    if not isinstance(tool, dict) or "attribution" not in tool:
        return _Found(Config(), None, None)
    try:
        return _Found(Config.from_dict(tool["attribution"]), path.parent, None)
    except ConfigError as exc:
        return _Found(Config(), path.parent, f"{path}: [tool.attribution]: {exc}")


def _is_excluded(path: str, root: Path, patterns: Sequence[str]) -> bool:
    """Whether walking ``root`` as ``attribution check ROOT`` does would skip ``path``: one
    of its directories or itself matches an ``exclude`` glob."""
    if not patterns:
        return False
    try:
        rel = Path(path).absolute().relative_to(root)
    except ValueError:
        return False
    parts = rel.parts
    return any(_excluded("/".join(parts[: i + 1]), parts[i], patterns) for i in range(len(parts)))


@attrs.frozen
class Analysis:
    """One version of a document, checked."""

    text: str
    """The document's text as the editor has it."""
    kind: Kind
    """How it was read."""
    config: Config
    """The configuration it was checked under."""
    report: Report | None
    """Its claims and findings, offsets in :attr:`text` (None when it was not checked)."""
    message: str | None = None
    """Why it was not checked, or a problem with its configuration, for the user to see."""


def analyse(text: str, kind: Kind, path: str | None, cache: _Cache) -> Analysis:
    """Check a document's text as ``attribution check`` checks the file. Never raises."""
    found = config_for(path, cache)
    if (
        path is not None
        and found.root is not None
        and _is_excluded(path, found.root, found.config.exclude)
    ):
        return Analysis(text, kind, found.config, None, found.error)
    try:
        # explained: the hover says why a claim has its status (a few % of the check's time)
        report = check_document_report(document(text, kind), found.config, explain=True)
    except MarkdownUnavailable as exc:
        return Analysis(text, kind, found.config, None, str(exc))
    except Exception as exc:  # an engine bug must not take the server down
        detail = f"internal error: {type(exc).__name__}: {exc} (please report)"
        return Analysis(text, kind, found.config, None, detail)
    return Analysis(text, kind, found.config, report, found.error)


# --- hover ------------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    """``text`` shown literally in Markdown, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def claim_at(report: Report, offset: int) -> Claim | None:
    """The claim whose phrase holds ``offset`` (its end included), if any."""
    for claim in report.claims:
        if claim.start <= offset <= claim.end:
            return claim
    return None


def hover_text(claim: Claim, text: str, markdown: bool = True) -> str:
    """What hovering over ``claim`` shows: its status and kind, then each source with its kind
    and cue (Markdown, or plain text when the client takes no Markdown)."""
    show = _md if markdown else (lambda s: " ".join(s.split()))
    bold = (lambda s: f"**{s}**") if markdown else (lambda s: s)
    lines = [f"{bold(claim.status)} {claim.kind} claim: {show(text[claim.start : claim.end])}"]
    if not claim.attributions:
        lines.append("No source in the text.")
    for a in claim.attributions:
        source = show(a.source.text)
        if a.resolved:
            source += f" ({show(a.resolved)})"
        carried = ", carried from an earlier sentence" if a.carried else ""
        lines.append(f"Source: {source} ({a.kind}{carried}); cue: {show(a.cue.text)}")
    if len(claim.why) == 2:  # explained: the scope rule that gave the status
        lines.append(f"Why: {show(claim.why[1].detail)} [{claim.why[1].rule}]")
    return "\n\n".join(lines) if markdown else "\n".join(lines)


# --- suppression edits ------------------------------------------------------------------------


@attrs.frozen
class Edit:
    """A quick fix: insert one suppression comment."""

    title: str
    """What the editor lists ("Suppress ATR001 on this line")."""
    offset: int
    """Where to insert, as a ``str`` offset of the document."""
    insert: str
    """The text inserted."""


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>[ \t]*(?:\r?\n|\Z)", re.I)


def _line_bounds(text: str, offset: int) -> tuple[int, int, str]:
    """The start and end (before its break) of the line holding ``offset``, as suppression
    comments count lines (by ``\\n``), and that line's break ("" on the last line)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end == -1:
        return start, len(text), ""
    if end > start and text[end - 1] == "\r":
        return start, end - 1, "\r\n"
    return start, end, "\n"


def _line_candidates(text: str, kind: Kind, finding: Finding) -> list[tuple[int, str]]:
    """Where a comment silencing ``finding``'s line could go, best first."""
    code = finding.code
    start, end, newline = _line_bounds(text, finding.start)
    line = text[start:end]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    newline = newline or ("\r\n" if "\r\n" in text else "\n")  # the last line: as the others
    above = (start, f"{indent}<!-- attribution-disable-next-line {code} -->{newline}")
    trailing = len(line) - len(line.rstrip(" \t"))
    after = (end - trailing, f" <!-- attribution-disable-line {code} -->")
    before = (finding.start, f"<!-- attribution-disable-line {code} -->")
    if kind == "markdown":
        # A comment line inside a paragraph or list would split it: comment at the line's end.
        return [after, above, before]
    # Plain text drops a comment line whole; HTML does not care where a comment stands.
    return [above, after, before]


def _file_candidates(text: str, kind: Kind, code: str) -> list[tuple[int, str]]:
    """Where a comment silencing ``code`` in the whole file could go, best first."""
    head = _FRONT_MATTER if kind == "markdown" else _DOCTYPE if kind == "html" else None
    m = head.match(text) if head else None
    at = m.end() if m else 0
    newline = "\r\n" if "\r\n" in text[:200] else "\n"
    if at and not text[:at].endswith("\n"):
        return [(at, f"{newline}<!-- attribution-disable {code} -->{newline}")]
    comment = f"<!-- attribution-disable {code} -->{newline}"
    return [(at, comment), (0, comment)] if at else [(0, comment)]


def _works(analysis: Analysis, at: int, insert: str, gone: Callable[[Finding], bool]) -> bool:
    """Whether inserting ``insert`` at ``at`` removes exactly the findings ``gone`` picks
    and leaves every other finding where it was (shifted by the insertion)."""
    assert analysis.report is not None
    text = analysis.text[:at] + insert + analysis.text[at:]
    try:
        after = check_document_report(document(text, analysis.kind), analysis.config)
    except Exception:  # an edit the extractor cannot read is no fix (and never a crash)
        return False
    n = len(insert)
    want = [
        (f.code, f.start + n if f.start >= at else f.start)
        for f in analysis.report.findings
        if not gone(f)
    ]
    return [(f.code, f.start) for f in after.findings] == want


def suppressions(analysis: Analysis, finding: Finding) -> list[Edit]:
    """The quick fixes for ``finding``: a comment silencing its rule on its line, and one for
    the whole file, each the first place that works (checked by checking the edited text)."""
    if analysis.report is None:
        return []
    text, code = analysis.text, finding.code
    line = finding.line
    out = []
    for at, insert in _line_candidates(text, analysis.kind, finding):
        if _works(analysis, at, insert, lambda f: f.code == code and f.line == line):
            out.append(Edit(f"Suppress {code} on this line", at, insert))
            break
    for at, insert in _file_candidates(text, analysis.kind, code):
        if _works(analysis, at, insert, lambda f: f.code == code):
            out.append(Edit(f"Suppress {code} in this file", at, insert))
            break
    return out


# --- the server -------------------------------------------------------------------------------


def serve() -> int:
    """Run the server on standard input and output until the client says exit; returns the
    exit code (0 after a shutdown request, 1 without one, as the protocol asks).

    Raises :class:`ServerUnavailable` when pygls is not installed.
    """
    try:
        from lsprotocol import types
        from pygls.lsp.server import LanguageServer
    except ImportError:
        raise ServerUnavailable(MISSING) from None
    session = _Session(LanguageServer("attribution", __version__, types.TextDocumentSyncKind.Full))
    session.register()
    session.server.start_io()
    return 0 if session.shut_down else 1


class _Session:
    """One server run: the pygls server, the documents' analyses and pending checks."""

    def __init__(self, server: LanguageServer) -> None:
        self.server = server
        self.settings = Settings()
        self.shut_down = False
        self.markdown_hover = True
        self.analyses: dict[str, Analysis] = {}
        self.pending: dict[str, Any] = {}  # uri -> asyncio.TimerHandle of a debounced check
        self.configs: _Cache = {}
        self.shown: set[str] = set()  # messages already shown, so each appears once

    # --- plumbing ---

    def encoding(self) -> Encoding:
        # The agreed encoding may be a str or lsprotocol's str enum: compare, never str() it.
        agreed = self.server.workspace.position_encoding
        if agreed == "utf-8":
            return "utf-8"
        return "utf-32" if agreed == "utf-32" else "utf-16"

    def show(self, message: str, warning: bool = True) -> None:
        from lsprotocol import types

        if message in self.shown:
            return
        self.shown.add(message)
        kind = types.MessageType.Warning if warning else types.MessageType.Error
        self.server.window_show_message(
            types.ShowMessageParams(type=kind, message=f"attribution: {message}")
        )

    def analysis(self, uri: str) -> Analysis | None:
        """The analysis of the document's current text (checked now if it changed since)."""
        try:
            doc = self.server.workspace.get_text_document(uri)
        except Exception:
            return None
        cached = self.analyses.get(uri)
        if cached is not None and cached.text == doc.source:
            return cached
        result = analyse(doc.source, kind_for(uri, doc.language_id), doc.path, self.configs)
        self.analyses[uri] = result
        if result.message:
            self.show(result.message)
        return result

    def cancel(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def publish(self, uri: str) -> None:
        from lsprotocol import types

        self.pending.pop(uri, None)
        analysis = self.analysis(uri)
        if analysis is None:
            return
        doc = self.server.workspace.get_text_document(uri)
        diagnostics = []
        if analysis.report is not None:
            lines = Lines(analysis.text, self.encoding())
            diagnostics = [self.diagnostic(f, lines) for f in analysis.report.findings]
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=doc.version)
        )

    def schedule(self, uri: str) -> None:
        import asyncio

        self.cancel(uri)
        if self.settings.debounce <= 0:
            self.publish(uri)
            return
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.settings.debounce, self.publish, uri)

    def diagnostic(self, finding: Finding, lines: Lines) -> lsp.Diagnostic:
        from lsprotocol import types

        severity = {
            "error": types.DiagnosticSeverity.Error,
            "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information,
        }[finding.severity]
        return types.Diagnostic(
            range=_range(lines, finding.start, finding.end),
            message=finding.message,
            severity=severity,
            code=finding.code,
            source="attribution",
        )

    # --- handlers ---

    def register(self) -> None:
        from lsprotocol import types

        server = self.server

        @server.feature(types.INITIALIZE)
        def initialize(params: types.InitializeParams) -> None:
            self.settings, warnings = Settings.from_options(params.initialization_options)
            for w in warnings:
                self.show(f"initializationOptions: {w}")
            hover = params.capabilities.text_document and params.capabilities.text_document.hover
            formats = hover.content_format if hover else None
            self.markdown_hover = not formats or types.MarkupKind.Markdown in formats

        @server.feature(types.SHUTDOWN)
        def shutdown(params: None) -> None:
            self.shut_down = True
            for uri in list(self.pending):
                self.cancel(uri)

        @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
        def did_open(params: types.DidOpenTextDocumentParams) -> None:
            self.cancel(params.text_document.uri)
            self.publish(params.text_document.uri)

        @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
        def did_change(params: types.DidChangeTextDocumentParams) -> None:
            self.schedule(params.text_document.uri)

        @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
        def did_save(params: types.DidSaveTextDocumentParams) -> None:
            uri = params.text_document.uri
            self.cancel(uri)
            self.analyses.pop(uri, None)  # a saved pyproject.toml nearby may have changed it
            self.publish(uri)

        @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
        def did_close(params: types.DidCloseTextDocumentParams) -> None:
            uri = params.text_document.uri
            self.cancel(uri)
            self.analyses.pop(uri, None)
            server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

        @server.feature(types.TEXT_DOCUMENT_HOVER)
        def hover(params: types.HoverParams) -> types.Hover | None:
            return self.hover(params)

        @server.feature(
            types.TEXT_DOCUMENT_CODE_ACTION,
            types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
        )
        def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
            return self.code_actions(params)

    def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        """What hovering at a position shows: the claim there, if any."""
        from lsprotocol import types

        analysis = self.analysis(params.text_document.uri)
        if analysis is None or analysis.report is None:
            return None
        lines = Lines(analysis.text, self.encoding())
        offset = lines.offset(params.position.line, params.position.character)
        claim = claim_at(analysis.report, offset)
        if claim is None:
            return None
        kind = types.MarkupKind.Markdown if self.markdown_hover else types.MarkupKind.PlainText
        return types.Hover(
            contents=types.MarkupContent(
                kind=kind, value=hover_text(claim, analysis.text, self.markdown_hover)
            ),
            range=_range(lines, claim.start, claim.end),
        )

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        """The quick fixes for the findings in a range: a suppression comment each."""
        from lsprotocol import types

        only = params.context.only
        if only and not any(types.CodeActionKind.QuickFix.startswith(str(k)) for k in only):
            return None
        uri = params.text_document.uri
        analysis = self.analysis(uri)
        if analysis is None or analysis.report is None:
            return None
        lines = Lines(analysis.text, self.encoding())
        lo = lines.offset(params.range.start.line, params.range.start.character)
        hi = lines.offset(params.range.end.line, params.range.end.character)
        actions = []
        for finding in analysis.report.findings:
            if finding.end < lo or finding.start > hi:
                continue
            diagnostic = self.diagnostic(finding, lines)
            for edit in suppressions(analysis, finding):
                where = _range(lines, edit.offset, edit.offset)
                actions.append(
                    types.CodeAction(
                        title=edit.title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        edit=types.WorkspaceEdit(
                            changes={uri: [types.TextEdit(range=where, new_text=edit.insert)]}
                        ),
                    )
                )
        return actions


def _range(lines: Lines, start: int, end: int) -> lsp.Range:
    from lsprotocol import types

    s_line, s_char = lines.position(start)
    e_line, e_char = lines.position(end)
    return types.Range(
        start=types.Position(line=s_line, character=s_char),
        end=types.Position(line=e_line, character=e_char),
    )
