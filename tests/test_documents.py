"""Input extraction: plain text, Markdown and HTML -> checked text + exact offset map."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import Config, check
from attribution._documents import (
    Document,
    MarkdownUnavailable,
    OffsetMap,
    Piece,
    document,
    from_html,
    from_markdown,
    from_text,
    kind_for_path,
)
from attribution._lint import check_source


def assert_map_invariants(doc: Document) -> None:
    """The pieces tile the checked text, and verbatim pieces copy the source exactly."""
    pos = 0
    last_source = 0
    for piece in doc.offsets.pieces:
        assert piece.start == pos
        assert piece.end > piece.start
        assert 0 <= piece.source_start <= piece.source_end <= len(doc.source)
        assert piece.source_start >= last_source, "the map must be monotone"
        last_source = piece.source_start
        if piece.verbatim:
            assert (
                doc.text[piece.start : piece.end]
                == doc.source[piece.source_start : piece.source_end]
            )
        pos = piece.end
    assert pos == len(doc.text) == doc.offsets.text_length
    assert doc.offsets.source_length == len(doc.source)


def mapped(doc: Document, needle: str, nth: int = 0) -> str:
    """The source stretch the ``nth`` occurrence of ``needle`` in the checked text maps to."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(needle, at + 1)
    start, end = doc.offsets.span(at, at + len(needle))
    return doc.source[start:end]


def source_offset(doc: Document, needle: str) -> int:
    """Where the first occurrence of ``needle`` (a whole number) in the checked text maps."""
    at = number_index(doc.text, needle)
    start, _ = doc.offsets.span(at, at + len(needle))
    return start


def number_index(text: str, number: str) -> int:
    """Offset of ``number`` standing alone (not inside a longer digit run)."""
    m = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text)
    assert m is not None, number
    return m.start()


# --- the offset map ---------------------------------------------------------------------------


def test_identity_map():
    m = OffsetMap.identity(10)
    assert [m.start(i) for i in range(11)] == list(range(11))
    assert [m.end(i) for i in range(11)] == list(range(11))
    assert m.span(3, 7) == (3, 7)
    assert m.is_identity
    assert OffsetMap.identity(0).is_identity


def test_a_map_that_moves_or_replaces_is_not_identity():
    moved = OffsetMap((Piece(0, 3, 1, 4, True),), 3, 4)
    replaced = OffsetMap((Piece(0, 1, 0, 1, False),), 1, 1)
    assert not moved.is_identity
    assert not replaced.is_identity


def test_replaced_piece_maps_to_whole_source_stretch():
    # text "a&b" from source "a&amp;b": the "&" stands for five source characters.
    m = OffsetMap(
        (Piece(0, 1, 0, 1, True), Piece(1, 2, 1, 6, False), Piece(2, 3, 6, 7, True)), 3, 7
    )
    assert m.span(1, 2) == (1, 6)
    assert m.span(0, 3) == (0, 7)
    assert m.span(2, 3) == (6, 7)
    assert m.span(2, 2) == (6, 6)
    assert m.start(3) == 7  # the end of the text maps to the end of the source


def test_empty_map():
    m = OffsetMap.identity(0)
    assert m.span(0, 0) == (0, 0)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("a.txt", "text"),
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("dir/a.html", "html"),
        ("a.HTM", "html"),
        ("notes", "text"),
        ("dir.md/notes", "text"),
        ("a.rst", "text"),
    ],
)
def test_kind_for_path(path, kind):
    assert kind_for_path(path) == kind


# --- plain text -------------------------------------------------------------------------------


def test_plain_text_is_identity():
    source = "Officials counted 412 rifles.\r\nNo other 7 words.\n"
    doc = from_text(source)
    assert doc.text == source
    assert doc.offsets.span(18, 21) == (18, 21)
    assert doc.offsets.is_identity
    assert_map_invariants(doc)


def test_plain_text_directive_lines_are_cut_out():
    source = (
        "First line 12.\n"
        "<!-- attribution-disable-next-line ATR001 -->\n"
        "Second line 34. <!-- attribution-disable-line -->\n"
        "Third 56.\n"
    )
    doc = from_text(source)
    # One paragraph per line stays one paragraph per line: no blank line appears.
    assert doc.text == "First line 12.\nSecond line 34.\nThird 56.\n"
    assert mapped(doc, "34") == "34"
    assert source_offset(doc, "56") == source.index("56")
    assert not doc.offsets.is_identity
    assert [c.body.strip() for c in doc.comments] == [
        "attribution-disable-next-line ATR001",
        "attribution-disable-line",
    ]
    assert source[doc.comments[0].start : doc.comments[0].end].startswith("<!--")
    assert source[doc.comments[0].start : doc.comments[0].end].endswith("-->")
    assert_map_invariants(doc)


def test_plain_text_other_comments_are_text():
    source = "An aside <!-- not ours --> with 3 words."
    assert from_text(source).text == source


# --- Markdown ---------------------------------------------------------------------------------

MARKDOWN = """\
---
title: Front matter with 901 entries
---
# A heading with 902 items

A paragraph with *emphasis 11*, __strong 12__ and a [link with 13](https://example.com/914 "t 915").
It continues with `code 916` and <https://example.com/917> and &amp; 14 and \\* 15.

- item one 16
- item **two** 17
  1. nested 18

> quoted 19
> more quoted 20

```text
fenced 921
```

    indented 922

<div>html block 923</div>

<!-- attribution-disable ATR002 -->

| head 924 | head 925 |
| --- | --- |
| cell 21 | cell 22 |

Setext heading 926
------------------

![image alt 927](pic-928.png) after image 23 and ~~struck 24~~.
"""


def test_markdown_keeps_prose_and_drops_everything_else():
    doc = from_markdown(MARKDOWN)
    for n in range(11, 25):
        assert str(n) in doc.text, n
        assert source_offset(doc, str(n)) == number_index(MARKDOWN, str(n))
    for n in range(901, 929):
        assert str(n) not in doc.text, n
    assert "link with 13" in doc.text
    assert "&amp;" not in doc.text and " & 14" in doc.text
    assert "* 15" in doc.text
    assert_map_invariants(doc)


def test_markdown_paragraphs_are_separated_by_blank_lines():
    doc = from_markdown(MARKDOWN)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("A paragraph with emphasis 11, strong 12 and a link with 13.")
    assert "\n" in paragraphs[0]  # the soft break inside the paragraph stays a line break
    assert paragraphs[1:6] == [
        "item one 16",
        "item two 17",
        "nested 18",
        "quoted 19\nmore quoted 20",
        "cell 21",
    ]


def test_markdown_entity_maps_to_its_whole_span():
    doc = from_markdown(MARKDOWN)
    assert mapped(doc, "&") == "&amp;"
    assert mapped(doc, "* 15") == "\\* 15"


def test_markdown_comments_are_collected_outside_code():
    source = (
        "Text 1.\n\n```\n<!-- attribution-disable -->\n```\n\n"
        "<!-- attribution-disable ATR001 -->\n\n"
        "More <!-- attribution-disable-line --> 2.\n"
    )
    doc = from_markdown(source)
    bodies = [c.body.strip() for c in doc.comments]
    assert bodies == ["attribution-disable ATR001", "attribution-disable-line"]
    for c in doc.comments:
        assert source[c.start : c.end].startswith("<!--") and source[c.start : c.end].endswith(
            "-->"
        )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_crlf_offsets_are_exact(newline):
    source = MARKDOWN.replace("\n", newline)
    doc = from_markdown(source)
    for n in range(11, 25):
        assert source_offset(doc, str(n)) == number_index(source, str(n)), n
    assert_map_invariants(doc)


def test_markdown_non_ascii_before_the_number():
    source = "Le café « Zoë » a reçu 42 clients, selon *l’équipe*.\n"
    doc = from_markdown(source)
    assert source_offset(doc, "42") == source.index("42")


def test_markdown_front_matter_only_at_start():
    source = "Intro 1.\n\n---\n\nAfter rule 2.\n"
    doc = from_markdown(source)
    assert "1" in doc.text and "2" in doc.text


def test_markdown_unavailable(monkeypatch):
    monkeypatch.setitem(sys.modules, "markdown_it", None)
    with pytest.raises(MarkdownUnavailable, match="pip install 'attribution\\[markdown\\]'"):
        from_markdown("Text 1.\n")


MARKDOWN_PIECES = st.lists(
    st.sampled_from(
        [
            "word",
            "12",
            "3,400",
            " ",
            "\n",
            "\n\n",
            "*",
            "**",
            "_",
            "`",
            "[",
            "]",
            "(",
            ")",
            "![",
            "](u)",
            "<",
            ">",
            "&amp;",
            "&#35;",
            "\\",
            "- ",
            "1. ",
            "> ",
            "#",
            "|",
            "~~",
            "---",
            "```",
            "    ",
            "\t",
            "<!-- c -->",
            "<b>",
            "é",
            "\r\n",
            "http://x.y/1",
        ]
    ),  # fmt: skip
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_PIECES)
def test_markdown_map_invariants_hold_for_any_input(source):
    assert_map_invariants(from_markdown(source))


# --- HTML -------------------------------------------------------------------------------------

HTML = """\
<!DOCTYPE html>
<html><head><title>Title 901</title><style>p { width: 902px }</style></head>
<body>
<header>Site 903</header><nav><a href="/904">Menu 905</a></nav>
<article>
  <h1>Headline 906</h1>
  <p>First paragraph 11 with <a href="https://example.com/907">link 12</a> and &amp; 13
     continued on a new line 14.</p>
  <p>Caf&eacute; &#233;t&eacute; 15 &nbsp;16 &unknown; 17</p>
  <figure><img src="908.png" alt="909"><figcaption>Caption 910</figcaption></figure>
  <ul><li>item 18</li><li>item 19<br>after break 20</li></ul>
  <pre>pre 911</pre> <p>code <code>912</code> 21</p>
  <script>var n = 913;</script>
  <!-- attribution-disable ATR001 -->
  <aside>Aside 914</aside>
  <table><tr><td>cell 22</td><td>cell 23</td></tr></table>
</article>
<footer>Footer 915</footer>
</body></html>
"""


def test_html_keeps_article_text():
    doc = from_html(HTML)
    for n in range(11, 24):
        assert str(n) in doc.text, n
        assert source_offset(doc, str(n)) == number_index(HTML, str(n))
    for n in range(901, 916):
        assert str(n) not in doc.text, n
    assert_map_invariants(doc)


def test_html_blocks_become_paragraphs_and_whitespace_collapses():
    doc = from_html(HTML)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "First paragraph 11 with link 12 and & 13 continued on a new line 14."
    assert "item 19" in paragraphs and "after break 20" in paragraphs
    assert "cell 22" in paragraphs and "cell 23" in paragraphs


def test_html_entities_map_to_their_whole_span():
    doc = from_html(HTML)
    assert mapped(doc, "&") == "&amp;"
    assert mapped(doc, "Café") == "Caf&eacute;"
    assert mapped(doc, "été") == "&#233;t&eacute;"
    assert mapped(doc, "\xa016") == "&nbsp;16"
    assert mapped(doc, "&unknown;") == "&unknown;"


def test_html_comments_are_collected():
    doc = from_html(HTML)
    assert [c.body.strip() for c in doc.comments] == ["attribution-disable ATR001"]
    c = doc.comments[0]
    assert HTML[c.start : c.end] == "<!-- attribution-disable ATR001 -->"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_html_crlf_and_non_ascii(newline):
    source = f"<p>Zoë’s café —{newline}served 42 meals.</p>{newline}<p>Ünïcödé 7</p>".replace(
        "\n", newline
    )
    doc = from_html(source)
    assert source_offset(doc, "42") == source.index("42")
    assert source_offset(doc, "7") == source.index("7")
    assert "\r" not in doc.text
    assert_map_invariants(doc)


def test_html_malformed_input_does_not_raise():
    for source in ["<p>unclosed <b>bold 1", "a < b & c 2", "<div", "&#", "&#xZZ; 3", "</p></p>"]:
        assert_map_invariants(from_html(source))


HTML_PIECES = st.lists(
    st.sampled_from(
        [
            "word",
            "12",
            " ",
            "\n",
            "\r\n",
            "<p>",
            "</p>",
            "<br>",
            "<br/>",
            "<code>",
            "</code>",
            "<script>",
            "</script>",
            "&amp;",
            "&#169;",
            "&#x41;",
            "&bogus;",
            "&",
            "<",
            ">",
            "<!-- c -->",
            "<!--",
            "<a href='x'>",
            "</a>",
            "é",
            "<h2>",
            "</h2>",
            "<![CDATA[x]]>",
        ]
    ),  # fmt: skip
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(HTML_PIECES)
def test_html_map_invariants_hold_for_any_input(source):
    assert_map_invariants(from_html(source))


def test_document_dispatch():
    assert document("x 1", "text").kind == "text"
    assert document("x 1", "markdown").kind == "markdown"
    assert document("x 1", "html").kind == "html"
    with pytest.raises(ValueError):
        document("x", "rst")  # type: ignore[arg-type]


# --- claims of a checked file -----------------------------------------------------------------


def test_a_plain_text_files_claims_are_the_engines_as_they_are():
    source = "Officials counted 412 rifles, police said.\nNo other 7 words.\n"
    result = check_source(source, "a.txt", "text", Config())
    assert result.claims == check(source).claims
    assert [source[c.token.start : c.token.end] for c in result.claims] == ["412", "7"]


def test_a_cut_text_files_claims_point_into_the_file():
    source = (
        "Officials counted 40 rifles.\n<!-- attribution-disable-next-line -->\nThey seized 34.\n"
    )
    result = check_source(source, "a.txt", "text", Config())
    assert [c.token.text for c in result.claims] == ["40", "34"]
    raw = check(result.text).claims
    assert result.claims != raw  # "34" moved past the cut line
    for claim, unmapped in zip(result.claims, raw, strict=True):
        assert source[claim.start : claim.end] == result.text[unmapped.start : unmapped.end]
        assert source[claim.token.start : claim.token.end] == claim.token.text
