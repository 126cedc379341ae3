"""Input documents: the prose to check, extracted from plain text, Markdown or HTML.

Each extractor returns a :class:`Document`: the text handed to :func:`attribution.check`, the
original file content, and an :class:`OffsetMap` from every offset of the checked text to an
offset of the original. Findings are computed on the checked text and mapped back through the
map, so their lines and columns point at the number in the file the user wrote.

- Plain text is checked as is (identity map), except that suppression comments
  (``<!-- attribution-... -->``) are cut out so the engine never reads them as prose.
- Markdown is parsed with ``markdown-it-py`` (the optional ``markdown`` extra). Only prose is
  kept: paragraphs, list items, block quotes and table cells. Headings, code (fenced, indented,
  inline), HTML, link destinations, autolinks, images and YAML front matter are dropped. Every
  kept block becomes a paragraph of its own, separated by a blank line.
- HTML is read with the standard library's :mod:`html.parser`. Text in non-article elements
  (scripts, code, navigation, headings, ...) is dropped, block elements become paragraph
  breaks, whitespace runs holding a line break become one space, and entities are decoded.

Offsets are ``str`` indices (code points) into the decoded file with any UTF-8 BOM removed.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable, Mapping, Sequence
from html.parser import HTMLParser
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, TypeAlias

import attrs
import regex

if TYPE_CHECKING:
    from markdown_it.token import Token

Kind = Literal["text", "markdown", "html"]

KINDS: tuple[Kind, ...] = ("text", "markdown", "html")
"""Input kinds, as named by ``--input-format``."""

EXTENSIONS: Mapping[str, Kind] = MappingProxyType(
    {
        ".txt": "text",
        ".md": "markdown",
        ".markdown": "markdown",
        ".html": "html",
        ".htm": "html",
    }
)
"""File extensions (lower case) searched in directories, and the kind each one is read as."""


class MarkdownUnavailable(RuntimeError):
    """Markdown support needs the optional ``markdown-it-py`` package."""


@attrs.frozen
class Piece:
    """A run of the checked text and the stretch of the original it comes from."""

    start: int
    """Offset of the run's first character in the checked text."""
    end: int
    """Offset just past the run in the checked text."""
    source_start: int
    """Offset in the original where the run's source begins."""
    source_end: int
    """Offset in the original just past the run's source."""
    verbatim: bool
    """True when ``text[start:end] == source[source_start:source_end]`` character for
    character; False for replacements (an entity, a collapsed whitespace run, an inserted
    paragraph break), whose characters all map to the whole source stretch."""


@attrs.frozen
class OffsetMap:
    """Maps offsets in the checked text to offsets in the original file.

    The pieces tile the checked text in order: piece ``i`` ends where piece ``i + 1`` starts.
    """

    pieces: tuple[Piece, ...]
    """The runs of the checked text, in order."""
    text_length: int
    """Length of the checked text."""
    source_length: int
    """Length of the original."""
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start for p in self.pieces))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text checked exactly as read."""
        pieces = (Piece(0, length, 0, length, True),) if length else ()
        return cls(pieces, length, length)

    @property
    def is_identity(self) -> bool:
        """Whether every offset maps to itself: the text is the original, as read."""
        return self.text_length == self.source_length and all(
            p.verbatim and p.start == p.source_start and p.end == p.source_end for p in self.pieces
        )

    def _piece(self, offset: int) -> Piece:
        return self.pieces[bisect.bisect_right(self._starts, offset) - 1]

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the checked text (a span
        start). The text's end maps to the original's end."""
        if offset >= self.text_length or not self.pieces:
            return self.source_length
        piece = self._piece(max(offset, 0))
        if piece.verbatim:
            return piece.source_start + (offset - piece.start)
        return piece.source_start

    def end(self, offset: int) -> int:
        """The original offset just past the character before ``offset`` (a span end)."""
        if offset <= 0 or not self.pieces:
            return self.start(0) if self.pieces else 0
        piece = self._piece(min(offset, self.text_length) - 1)
        if piece.verbatim:
            return piece.source_start + (min(offset, self.text_length) - piece.start)
        return piece.source_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the checked text's ``[start, end)``."""
        if end <= start:
            at = self.start(start)
            return at, at
        return self.start(start), self.end(end)


@attrs.frozen
class Comment:
    """An HTML-style comment found in the original (where suppression directives live)."""

    start: int
    """Offset of ``<!--`` in the original."""
    end: int
    """Offset just past ``-->`` (or the end of the file for an unclosed comment)."""
    body: str
    """What stands between ``<!--`` and ``-->``."""


@attrs.frozen
class Document:
    """One input, ready to check."""

    text: str
    """The prose handed to the engine."""
    source: str
    """The original file content (decoded, any BOM removed)."""
    offsets: OffsetMap
    """Checked-text offsets -> original offsets."""
    kind: Kind
    """How the input was read: ``text``, ``markdown`` or ``html``."""
    comments: tuple[Comment, ...] = ()
    """Comments that may hold suppression directives, in file order."""
    warnings: tuple[str, ...] = ()
    """Problems met while extracting, each one line ("line 3: ...")."""


def kind_for_path(path: str, default: Kind = "text") -> Kind:
    """The kind a path is read as, from its extension; ``default`` for any other name."""
    dot = path.rfind(".")
    if dot == -1 or "/" in path[dot:] or "\\" in path[dot:]:
        return default
    return EXTENSIONS.get(path[dot:].lower(), default)


def document(source: str, kind: Kind) -> Document:
    """Extract the prose of ``source`` read as ``kind``."""
    if kind == "markdown":
        return from_markdown(source)
    if kind == "html":
        return from_html(source)
    if kind == "text":
        return from_text(source)
    raise ValueError(f"unknown input kind {kind!r}")


@attrs.define
class _Row:
    """A :class:`Piece` still being built (mutable: a verbatim run grows in place)."""

    start: int
    end: int
    source_start: int
    source_end: int
    verbatim: bool


class _Builder:
    """Accumulates the checked text piece by piece, with its offset map."""

    def __init__(self, source_length: int, to_source: Callable[[int], int] | None = None):
        self._parts: list[str] = []
        # Rows merged as they come (a verbatim run grows while the source stays contiguous).
        self._rows: list[_Row] = []
        self._length = 0
        self._source_length = source_length
        self._to_source = to_source or (lambda i: i)
        self._pending_break: int | None = None

    def verbatim(self, text: str, at: int) -> None:
        """Append ``text``, which stands at ``at`` of the (working) source unchanged."""
        if not text:
            return
        self._flush_break()
        src_start, src_end = self._to_source(at), self._source_end(at + len(text))
        if src_end - src_start != len(text):
            # A removed CR inside: cannot happen for the runs the extractors emit (they never
            # span a line break), but stay exact if one ever does.
            for i, ch in enumerate(text):
                self.verbatim(ch, at + i)
            return
        last = self._rows[-1] if self._rows else None
        if last is not None and last.verbatim and last.source_end == src_start:
            last.end += len(text)
            last.source_end = src_end
        else:
            self._rows.append(
                _Row(self._length, self._length + len(text), src_start, src_end, True)
            )
        self._parts.append(text)
        self._length += len(text)

    def replaced(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for the (working) source's ``[start, end)``."""
        if not text:
            return
        self._flush_break()
        self._append_replaced(text, self._to_source(start), self._source_end(end))

    def _source_end(self, end: int) -> int:
        # An exclusive end maps past its last character: a run ending before a CRLF's LF
        # must not swallow the CR.
        return self._to_source(end - 1) + 1 if end > 0 else self._to_source(0)

    def paragraph_break(self, at: int) -> None:
        """End the current paragraph; the break is written only before more text follows."""
        if self._length and self._pending_break is None:
            self._pending_break = at

    def _flush_break(self) -> None:
        if self._pending_break is not None:
            at = self._to_source(self._pending_break)
            self._pending_break = None
            self._append_replaced("\n\n", at, at)

    def _append_replaced(self, text: str, src_start: int, src_end: int) -> None:
        self._rows.append(_Row(self._length, self._length + len(text), src_start, src_end, False))
        self._parts.append(text)
        self._length += len(text)

    @property
    def at_paragraph_start(self) -> bool:
        """True before the first text and right after a paragraph break."""
        return self._length == 0 or self._pending_break is not None

    def build(self) -> tuple[str, OffsetMap]:
        pieces = tuple(
            Piece(r.start, r.end, r.source_start, r.source_end, r.verbatim) for r in self._rows
        )
        return "".join(self._parts), OffsetMap(pieces, self._length, self._source_length)


# --- plain text -------------------------------------------------------------------------------

# A suppression directive, optionally alone on its line (then the whole line goes, so a text
# with one paragraph per line keeps that shape for the engine).
_TEXT_DIRECTIVE = regex.compile(
    r"(?:(?P<line>^[ \t]*)|[ \t]*)<!--(?P<body>\s*attribution-[^\n]*?)-->"
    r"(?(line)[ \t]*(?:\r?\n|\Z))",
    regex.MULTILINE,
)


def from_text(source: str) -> Document:
    """Plain text: checked as is, less any suppression comments."""
    matches = list(_TEXT_DIRECTIVE.finditer(source))
    if not matches:
        return Document(source, source, OffsetMap.identity(len(source)), "text")
    builder = _Builder(len(source))
    comments = []
    pos = 0
    for m in matches:
        builder.verbatim(source[pos : m.start()], pos)
        start = source.index("<!--", m.start())
        comments.append(Comment(start, start + len(m.group("body")) + 7, m.group("body")))
        pos = m.end()
    builder.verbatim(source[pos:], pos)
    text, offsets = builder.build()
    return Document(text, source, offsets, "text", tuple(comments))


# --- Markdown ---------------------------------------------------------------------------------

# YAML front matter: a "---" line at the very start, closed by a "---" or "..." line.
_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.DOTALL)
_CR = regex.compile(r"\r\n?")
# What may stand between two pieces of inline prose in the source: markup, container markers
# (block quotes, list bullets and numbers, table pipes) and whitespace, but never a word.
_GAP = regex.compile(r"(?:[\s*_~\[\]()!<>|#+=`\\:-]|\d{1,9}[.)])*+")
_HTML_COMMENT = regex.compile(r"<!--(.*?)(?:-->|\Z)", regex.DOTALL)
_SKIPPED_BLOCKS = ("heading_open", "th_open")
_EMPHASIS = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})


class _Misaligned(Exception):
    """Inline tokens could not be matched to the source (a markdown-it behaviour not foreseen)."""


def from_markdown(source: str) -> Document:
    """Markdown: the prose of paragraphs, list items, quotes and table cells."""
    try:
        from markdown_it import MarkdownIt
    except ImportError as exc:
        raise MarkdownUnavailable(
            "Markdown support needs markdown-it-py: pip install 'attribution[markdown]'"
        ) from exc

    # markdown-it normalises line breaks to "\n" before parsing; work on the same string and
    # translate offsets back to the original (which may use CRLF) as pieces are written.
    shifts = _crlf_shifts(source)

    def to_source(i: int) -> int:
        return i + bisect.bisect_right(shifts, i)

    norm = _CR.sub("\n", source)
    masked = norm
    fm = _FRONT_MATTER.match(norm)
    if fm:
        # Blank the front matter but keep its lines, so token line maps stay valid.
        masked = "\n" * fm.group().count("\n") + norm[fm.end() :]

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    tokens = md.parse(masked)

    line_starts = _line_starts(norm)

    def line_start(line: int) -> int:
        return line_starts[line] if line < len(line_starts) else len(norm)

    builder = _Builder(len(source), to_source)
    comments: list[Comment] = []
    warnings: list[str] = []
    cursor = 0
    skip_depth = 0
    for tok in tokens:
        if tok.type in _SKIPPED_BLOCKS:
            skip_depth += 1
            continue
        if tok.type in ("heading_close", "th_close"):
            skip_depth -= 1
            continue
        if tok.type == "html_block" and tok.map:
            lo, hi = line_start(tok.map[0]), line_start(tok.map[1])
            for m in _HTML_COMMENT.finditer(norm, lo, hi):
                comments.append(
                    Comment(to_source(m.start()), to_source(m.end() - 1) + 1, m.group(1))
                )
            cursor = max(cursor, hi)
            continue
        if tok.type != "inline" or not tok.map:
            continue
        lo, hi = line_start(tok.map[0]), line_start(tok.map[1])
        start = max(cursor, lo)
        try:
            ops, found, end = _align_inline(tok.children or [], norm, start, hi)
        except _Misaligned:
            warnings.append(
                f"line {tok.map[0] + 1}: could not map this Markdown block to its source; "
                "it was not checked"
            )
            cursor = max(cursor, hi)
            continue
        cursor = end
        for c_start, c_end, body in found:
            comments.append(Comment(to_source(c_start), to_source(c_end - 1) + 1, body))
        if skip_depth:
            continue
        builder.paragraph_break(start)
        for op in ops:
            if op[0] == "v":
                builder.verbatim(op[1], op[2])
            else:
                builder.replaced(op[1], op[2], op[3])
        builder.paragraph_break(end)
    text, offsets = builder.build()
    return Document(text, source, offsets, "markdown", tuple(comments), tuple(warnings))


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts (lines end at "\n")."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _crlf_shifts(source: str) -> list[int]:
    """Offsets of the normalised text from which the original runs one more character ahead.

    The k-th CRLF pair (0-based) with its CR at original offset ``p`` becomes a lone LF at
    normalised offset ``p - k``; from there on the original is ``k + 1`` characters ahead.
    A lone CR becomes an LF in place and shifts nothing.
    """
    out: list[int] = []
    for m in _CR.finditer(source):
        if m.group() == "\r\n":
            out.append(m.start() - len(out))
    return out


def _find(norm: str, needle: str, cursor: int, limit: int) -> int:
    """Where ``needle`` next stands in ``norm[cursor:limit]``, with only markup skipped."""
    pos = norm.find(needle, cursor, limit)
    if pos == -1:
        raise _Misaligned(needle)
    gap = _GAP.match(norm, cursor, pos)
    if gap is None or gap.end() != pos:
        raise _Misaligned(needle)
    return pos


_Op: TypeAlias = tuple[Literal["v"], str, int] | tuple[Literal["r"], str, int, int]
"""A text operation: ``("v", text, at)`` verbatim or ``("r", text, start, end)`` replaced."""


def _align_inline(
    children: Sequence[Token], norm: str, cursor: int, limit: int
) -> tuple[list[_Op], list[tuple[int, int, str]], int]:
    """Match an inline token's children to the source.

    Returns the text operations (``("v", text, at)`` verbatim or ``("r", text, start, end)``
    replaced), the comments met, and the cursor after the last child.
    """
    ops: list[_Op] = []
    comments: list[tuple[int, int, str]] = []
    in_autolink = False
    for child in children:
        kind = child.type
        if in_autolink:
            if kind == "link_close":
                close = norm.find(">", cursor, limit)
                if close == -1:
                    raise _Misaligned(">")
                cursor = close + 1
                in_autolink = False
            continue
        if kind == "text":
            if child.content:
                pos = _find(norm, child.content, cursor, limit)
                ops.append(("v", child.content, pos))
                cursor = pos + len(child.content)
        elif kind == "text_special":
            pos = _find(norm, child.markup, cursor, limit)
            ops.append(("r", child.content, pos, pos + len(child.markup)))
            cursor = pos + len(child.markup)
        elif kind in ("softbreak", "hardbreak"):
            pos = norm.find("\n", cursor, limit)
            if pos == -1:
                raise _Misaligned("\n")
            ops.append(("r", "\n", pos, pos + 1))
            cursor = pos + 1
        elif kind in _EMPHASIS:
            cursor = _find(norm, child.markup, cursor, limit) + len(child.markup)
        elif kind == "link_open":
            if child.markup in ("autolink", "linkify") or child.info == "auto":
                cursor = _find(norm, "<", cursor, limit) + 1
                in_autolink = True
            else:
                cursor = _find(norm, "[", cursor, limit) + 1
        elif kind == "link_close":
            cursor = _skip_link_tail(norm, _find(norm, "]", cursor, limit) + 1, limit)
        elif kind == "image":
            pos = _find(norm, "![", cursor, limit)
            cursor = _skip_link_tail(norm, _closing_bracket(norm, pos + 1, limit) + 1, limit)
        elif kind == "code_inline":
            cursor = _skip_code_span(norm, child.markup, cursor, limit)
        elif kind == "html_inline":
            pos = _find(norm, child.content, cursor, limit)
            cursor = pos + len(child.content)
            if child.content.startswith("<!--"):
                m = _HTML_COMMENT.match(child.content)
                comments.append((pos, cursor, m.group(1) if m else ""))
        # Any other token (a plugin's) carries no prose we know how to place: skip it.
    return ops, comments, cursor


def _closing_bracket(norm: str, open_at: int, limit: int) -> int:
    """The ``]`` matching the ``[`` at ``open_at`` (nested brackets and escapes allowed)."""
    depth = 0
    i = open_at
    while i < limit:
        ch = norm[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise _Misaligned("]")


def _skip_link_tail(norm: str, pos: int, limit: int) -> int:
    """Skip a link's destination after its ``]``: ``(url "title")``, ``[ref]`` or nothing."""
    if pos < limit and norm[pos] == "(":
        depth = 0
        i = pos
        quote = ""
        in_angle = False
        while i < limit:
            ch = norm[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                if ch == quote:
                    quote = ""
            elif in_angle:
                if ch == ">":
                    in_angle = False
            elif ch == "<" and norm[i - 1] in "( \t\n":
                in_angle = True
            elif ch in "\"'" and norm[i - 1] in " \t\n":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise _Misaligned(")")
    if pos < limit and norm[pos] == "[":
        close = norm.find("]", pos, limit)
        if close == -1:
            raise _Misaligned("]")
        return close + 1
    return pos


def _skip_code_span(norm: str, ticks: str, cursor: int, limit: int) -> int:
    """Skip a code span opened and closed by the backtick run ``ticks``."""
    opening = _tick_run(norm, ticks, cursor, limit)
    closing = _tick_run(norm, ticks, opening + len(ticks), limit)
    return closing + len(ticks)


def _tick_run(norm: str, ticks: str, start: int, limit: int) -> int:
    """The next run of exactly ``len(ticks)`` backticks in ``norm[start:limit]``."""
    pos = norm.find(ticks, start, limit)
    while pos != -1:
        end = pos
        while end < limit and norm[end] == "`":
            end += 1
        # A longer run is not this span's delimiter (CommonMark): skip all of it.
        if end - pos == len(ticks) and (pos == start or norm[pos - 1] != "`"):
            return pos
        pos = norm.find(ticks, end, limit)
    raise _Misaligned(ticks)


# --- HTML -------------------------------------------------------------------------------------

# Elements whose text is not article prose.
_HTML_SKIP = frozenset(
    {
        "script", "style", "code", "pre", "nav", "header", "footer", "figcaption", "aside",
        "template", "noscript", "head", "title", "h1", "h2", "h3", "h4", "h5", "h6",
        "svg", "math", "iframe", "object", "select", "textarea", "button",
    }
)  # fmt: skip
# Elements that end a paragraph (as a start or end tag).
_HTML_BLOCK = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "br", "hr", "blockquote", "article",
        "section", "main", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption",
        "figure", "form", "fieldset", "address", "details", "summary", "body", "html", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "aside", "pre", "center",
        "legend", "menu", "dialog", "hgroup", "img", "video", "audio", "picture",
    }
)  # fmt: skip
# Void elements never get an end tag, so they must not open a skipped region.
_HTML_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
_WHITESPACE_RUN = regex.compile(r"[ \t\r\n\f]*\n[ \t\r\n\f]*")
_ENTITY_NAME = regex.compile(r"&#?[0-9A-Za-z.\-]*;?")


class _HtmlExtractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._src = source
        # getpos() counts lines by "\n" only, like this table (a CRLF's "\r" ends its line).
        self._line_starts = _line_starts(source)
        self._builder = _Builder(len(source))
        self._skip: dict[str, int] = {}
        self._comments: list[Comment] = []
        self._warnings: list[str] = []
        self._last = 0  # offset just past the last construct handled; data never goes back

    def _here(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _skipped(self) -> bool:
        return any(self._skip.values())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_BLOCK:
            self._builder.paragraph_break(self._here())
        if tag in _HTML_SKIP and tag not in _HTML_VOID:
            self._skip[tag] = self._skip.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <p/>: a break, and never the start of a skipped region.
        if tag in _HTML_BLOCK:
            self._builder.paragraph_break(self._here())

    def handle_endtag(self, tag: str) -> None:
        if self._skip.get(tag):
            self._skip[tag] -= 1
        if tag in _HTML_BLOCK:
            self._builder.paragraph_break(self._here())

    def handle_data(self, data: str) -> None:
        at = self._locate(data)
        if at is None or self._skipped():
            return
        pos = 0
        if self._builder.at_paragraph_start:
            # Indentation and line breaks between block tags are not text.
            pos = len(data) - len(data.lstrip(" \t\r\n\f"))
        for m in _WHITESPACE_RUN.finditer(data, pos):
            self._builder.verbatim(data[pos : m.start()], at + pos)
            self._builder.replaced(" ", at + m.start(), at + m.end())
            pos = m.end()
        self._builder.verbatim(data[pos:], at + pos)

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        at = self._here()
        m = _ENTITY_NAME.match(self._src, at)
        if m is None or self._skipped():
            return
        raw = m.group()
        decoded = html.unescape(raw)
        self._last = m.end()
        if decoded == raw:
            self._builder.verbatim(raw, at)  # not an entity after all ("&foo;")
        else:
            self._builder.replaced(decoded, at, m.end())

    def handle_comment(self, data: str) -> None:
        at = self._here()
        close = self._src.find("-->", at + 4)
        end = len(self._src) if close == -1 else close + 3
        self._comments.append(Comment(at, end, data))

    def _locate(self, data: str) -> int | None:
        """Where ``data`` stands in the source: at the parser's position, checked."""
        at = self._here()
        if self._src.startswith(data, at):
            self._last = at + len(data)
            return at
        # Parser versions differ in how they chunk odd input; never map text to a wrong place.
        found = self._src.find(data, max(self._last, 0))
        if found == -1:
            line, _ = self.getpos()
            self._warnings.append(f"line {line}: could not map some HTML text to its source")
            return None
        self._last = found + len(data)
        return found


def from_html(source: str) -> Document:
    """HTML: the article text, one paragraph per block element."""
    parser = _HtmlExtractor(source)
    parser.feed(source)
    parser.close()
    text, offsets = parser._builder.build()
    return Document(text, source, offsets, "html", tuple(parser._comments), tuple(parser._warnings))
