"""Inline suppression comments: parsing, semantics, and end to end on every input kind."""

from __future__ import annotations

import pytest

from attribution import Config
from attribution._documents import Comment
from attribution._lint import check_source
from attribution._model import Claim, Finding, Span
from attribution._suppress import Directive, parse_directives, suppress

# Two lines, each with one figure no engine could source.
LINES = ["Rebels seized 412 rifles in the raid.", "The convoy carried 96 crates of shells."]


def comment(source: str, body_text: str) -> Comment:
    start = source.index("<!--" + body_text + "-->")
    return Comment(start, start + len(body_text) + 7, body_text)


def finding(code: str, start: int, line: int) -> Finding:
    claim = Claim(start=start, end=start + 1, token=Span(start, start + 1, "1"), kind="count")
    return Finding(code, "x", "warning", "m", start, start + 1, line, 1, line, 2, claim)


@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (" attribution-disable ", "disable", None),
        (" attribution-enable ", "enable", None),
        ("attribution-disable ATR001", "disable", {"ATR001"}),
        (" attribution-disable ATR001, ATR003 ", "disable", {"ATR001", "ATR003"}),
        (" attribution-disable-line vague-source ", "disable-line", {"ATR002"}),
        (
            " attribution-disable-next-line ATR00 ",
            "disable-next-line",
            {"ATR001", "ATR002", "ATR003", "ATR004"},
        ),
    ],
)
def test_parse(body, action, codes):
    source = f"x\n<!--{body}-->\n"
    (directive,), warnings = parse_directives([comment(source, body)], source, "f.txt")
    assert warnings == ()
    assert directive.action == action
    assert directive.codes == (frozenset(codes) if codes is not None else None)
    assert (directive.line, directive.end_line) == (2, 2)


def test_parse_ignores_other_comments_and_warns_on_bad_ones():
    source = (
        "<!-- a note -->\n<!-- attribution-bogus -->\n<!-- attribution-disable ATR999 -->\n"
        "<!-- attribution-disable ATR999 ATR002 -->\n"
    )
    comments = [
        comment(source, " a note "),
        comment(source, " attribution-bogus "),
        comment(source, " attribution-disable ATR999 "),
        comment(source, " attribution-disable ATR999 ATR002 "),
    ]
    directives, warnings = parse_directives(comments, source, "f.md")
    assert [(d.action, d.codes) for d in directives] == [("disable", frozenset({"ATR002"}))]
    assert len(warnings) == 3
    assert warnings[0].startswith("f.md:2:1: warning: unknown directive 'attribution-bogus'")
    assert warnings[1].startswith("f.md:3:1: warning:") and "ATR999" in warnings[1]
    assert warnings[2].startswith("f.md:4:1: warning:")


def d(action, codes, start, line, end_line=None):
    return Directive(
        action, frozenset(codes) if codes else None, start, start + 5, line, end_line or line
    )


@pytest.mark.parametrize(
    ("directives", "kept"),
    [
        ([], ["a1", "b2", "c3"]),
        ([d("disable", None, 0, 1)], []),
        ([d("disable", None, 15, 2)], ["a1"]),
        ([d("disable", None, 0, 1), d("enable", None, 25, 3)], ["c3"]),
        ([d("disable", ["ATR001"], 0, 1)], ["b2"]),
        ([d("disable", None, 0, 1), d("enable", ["ATR002"], 1, 1)], ["b2"]),
        ([d("disable-line", None, 12, 2)], ["b2", "c3"]),
        ([d("disable-line", ["ATR002"], 12, 3)], ["a1", "c3"]),
        ([d("disable-line", ["ATR001"], 12, 3)], ["a1", "b2", "c3"]),
        ([d("disable-next-line", None, 0, 1)], ["b2", "c3"]),
        ([d("disable-next-line", None, 0, 1, end_line=2)], ["a1", "c3"]),
    ],
)
def test_suppress_semantics(directives, kept):
    findings = [finding("ATR001", 10, 2), finding("ATR002", 20, 3), finding("ATR001", 30, 4)]
    names = dict(zip(("a1", "b2", "c3"), findings, strict=True))
    out, n = suppress(findings, directives)
    assert [k for k, f in names.items() if f in out] == kept
    assert n == 3 - len(kept)


def _findings(source: str, kind: str):
    result = check_source(source, "f", kind, Config())
    assert result.error is None
    return result


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_end_to_end_disable_next_line(kind):
    wrap = {
        "text": lambda s: s,
        "markdown": lambda s: s.replace("\n", "\n\n"),
        "html": lambda s: "".join(f"<p>{line}</p>\n" for line in s.splitlines()),
    }[kind]
    plain = wrap("\n".join(LINES) + "\n")
    baseline = _findings(plain, kind).findings
    assert baseline, "precondition: the engine flags these figures"
    flagged_lines = {f.line for f in baseline}
    target = min(flagged_lines)
    source_lines = plain.splitlines(keepends=True)
    source_lines.insert(target - 1, "<!-- attribution-disable-next-line -->\n")
    suppressed = _findings("".join(source_lines), kind)
    assert all(f.line != target + 1 for f in suppressed.findings)
    assert len(suppressed.findings) == len(baseline) - sum(1 for f in baseline if f.line == target)
    assert suppressed.suppressed == sum(1 for f in baseline if f.line == target)


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_end_to_end_disable_enable_block(kind):
    body = "\n\n".join(LINES) if kind != "html" else "".join(f"<p>{x}</p>" for x in LINES)
    baseline = _findings(body, kind).findings
    assert baseline
    codes = " ".join(sorted({f.code for f in baseline}))
    source = (
        f"<!-- attribution-disable {codes} -->\n\n{body}\n\n<!-- attribution-enable -->\n\n{body}\n"
    )
    result = _findings(source, kind)
    assert len(result.findings) == len(baseline)
    assert result.suppressed == len(baseline)
    # The kept findings are the second copy's.
    assert min(f.start for f in result.findings) > source.index("attribution-enable")


def test_directive_inside_markdown_code_is_not_a_directive():
    body = LINES[0]
    baseline = _findings(body + "\n", "markdown").findings
    assert baseline
    source = "```\n<!-- attribution-disable -->\n```\n\n" + body + "\n"
    assert len(_findings(source, "markdown").findings) == len(baseline)


def test_disable_line_in_plain_text():
    baseline = _findings(LINES[0] + "\n", "text").findings
    assert baseline
    result = _findings(LINES[0] + " <!-- attribution-disable-line -->\n", "text")
    assert result.findings == ()
    assert result.suppressed == len(baseline)
