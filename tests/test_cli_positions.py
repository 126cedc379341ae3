"""Every finding points at the number in the ORIGINAL file, for every input kind.

Each test file is built from parts: prose (checked as written), markup (never checked) and
entities (checked as their decoded text). Expected positions are computed independently of the
library: the finding's token is searched for in the file with every non-prose part blanked out,
and its line and column are counted by hand. Which claims the engine flags is not asserted
here (the engine evolves): the CLI must report, for the file, exactly the findings the engine
gives for the same prose as plain text, each at the right place.

The ``test_seed_*`` tests pin the spec's outcome for the seed article (spec section 4): exactly
two ATR001 findings, ``250`` and ``129``, in every input format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import attribution
from attribution._documents import document
from attribution.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "petro-icc-netanyahu.txt"

Part = tuple[str, str]  # (as written in the file, as the checker should read it; "" = skipped)


def prose(s: str) -> Part:
    return (s, s)


def markup(s: str) -> Part:
    return (s, "")


def entity(src: str, decoded: str) -> Part:
    return (src, decoded)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column, counted by hand ("\\r" ends no line)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def build(parts: list[Part]) -> tuple[str, str, str]:
    """(file text, the prose the checker should read, the file with non-prose blanked)."""
    source = "".join(src for src, _ in parts)
    plain = "".join(read for _, read in parts)
    masked = "".join(src if src == read else "\x00" * len(src) for src, read in parts)
    return source, plain, masked


def run_json(capsys, tmp_path: Path, name: str, data: bytes) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    main(["check", "--isolated", str(path), "--format", "json"])
    out = capsys.readouterr().out
    (file,) = json.loads(out)["files"]
    assert file["error"] is None, file["error"]
    return file


def check_positions(
    capsys, tmp_path, name: str, parts: list[Part], *, bom: bool = False, crlf: bool = False
):
    if crlf:
        parts = [(src.replace("\n", "\r\n"), read) for src, read in parts]
    source, plain, masked = build(parts)
    data = ("\ufeff" if bom else "").encode() + source.encode("utf-8")
    got = run_json(capsys, tmp_path, name, data)["findings"]

    # The prose extraction reads exactly the intended prose.
    kind = {".txt": "text", ".md": "markdown", ".html": "html"}[Path(name).suffix]
    if kind != "text":
        assert document(source, kind).text.strip() == plain.strip()

    want = attribution.check(plain).findings
    assert [(f["code"], f["text"]) for f in got] == [(f.code, f.claim.token.text) for f in want]
    cursor = 0
    for f in got:
        m = re.compile(rf"(?<![\w]){re.escape(f['text'])}(?![\w])").search(masked, cursor)
        assert m is not None, f
        assert (f["start"], f["end"]) == (m.start(), m.end())
        assert (f["line"], f["column"]) == position(source, m.start())
        assert (f["end_line"], f["end_column"]) == position(source, m.end())
        assert source[f["start"] : f["end"]] == f["text"]
        cursor = m.end()
    return got


# --- own prose, with non-ASCII before the numbers -----------------------------------------------

LINES = [
    "Zoë’s café in Málaga served 412 customers on Sunday.",
    "The cooperative “Société Ñandú” shipped 3,850 crates of olives, its director said.",
    "Rescuers pulled 27 people from the flooded tunnel.",
    "Émile counted 96 lanterns along the quay — ½ of them unlit.",
]


def brk(src: str) -> Part:
    """Markup between two blocks: read as the blank line that separates paragraphs."""
    return (src, "\n\n")


def text_parts() -> list[Part]:
    return [p for line in LINES for p in (prose(line), prose("\n"))]


def markdown_parts() -> list[Part]:
    l0, l1, l2, l3 = LINES
    return [
        markup("---\ntitle: Harbour 901\n---\n\n# Headline with 902 boats\n\n"),
        markup("*"), prose("Zoë’s café"), markup("*"), prose(l0[len("Zoë’s café"):]),
        brk("\n\n- "), prose("The cooperative “"), markup("["), prose("Société Ñandú"),
        markup("](https://example.com/903)"), prose(l1[len("The cooperative “Société Ñandú"):]),
        brk("\n- "), prose("Rescuers pulled "), markup("**"), prose("27"), markup("**"),
        prose(" people from the flooded tunnel."),
        brk("\n\n```text\nThe harbour log lists 904 crates and 412 customers.\n```\n\n> "),
        prose("Émile counted 96 lanterns along the quay "), entity("&mdash;", "—"),
        prose(l3[len("Émile counted 96 lanterns along the quay —"):]),
        brk("\n\n"), prose("Inline "), markup("`code 905`"), prose(" is skipped."),
        markup("\n"),
    ]  # fmt: skip


def html_parts() -> list[Part]:
    l0, l1, l2, l3 = LINES
    return [
        markup("<!DOCTYPE html>\n<html><head><title>Harbour 901</title></head>\n<body>\n"),
        markup("<header>Menu 902</header>\n<article>\n<h1>Headline 903</h1>\n<p>"),
        prose("Zo"), entity("&euml;", "ë"), prose(l0[3:]), brk("</p>\n<p>"),
        prose("The cooperative “"), markup('<a href="https://example.com/904">'),
        prose("Société Ñandú"), markup("</a>"), prose(l1[len("The cooperative “Société Ñandú"):]),
        brk("</p>\n<pre>In the log: 905 crates.</pre>\n<ul><li>"),
        prose("Rescuers pulled 27 people from the flooded tunnel."),
        brk("</li></ul>\n<script>var n = 906;</script>\n<p>"),
        prose("Émile counted 96 lanterns along the quay — "), entity("&frac12;", "½"),
        prose(l3[len("Émile counted 96 lanterns along the quay — ½"):]),
        markup("</p>\n</article>\n<footer>Page 907</footer>\n</body></html>\n"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("bom", "crlf"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_plain_text_positions(capsys, tmp_path, bom, crlf):
    got = check_positions(capsys, tmp_path, "a.txt", text_parts(), bom=bom, crlf=crlf)
    assert got, "precondition: the engine flags something in LINES"


@pytest.mark.parametrize(("bom", "crlf"), [(False, False), (True, True)])
def test_markdown_positions(capsys, tmp_path, bom, crlf):
    got = check_positions(capsys, tmp_path, "a.md", markdown_parts(), bom=bom, crlf=crlf)
    assert "904" not in [f["text"] for f in got]


@pytest.mark.parametrize(("bom", "crlf"), [(False, False), (True, True)])
def test_html_positions(capsys, tmp_path, bom, crlf):
    got = check_positions(capsys, tmp_path, "a.html", html_parts(), bom=bom, crlf=crlf)
    assert not {"901", "902", "903", "904", "905", "906", "907"} & {f["text"] for f in got}


# --- the seed article ---------------------------------------------------------------------------


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def seed_markdown_parts() -> list[Part]:
    """The seed's paragraphs inside lists, emphasis, links and a quote, plus a code block and
    a heading holding numbers (which must never be reported)."""
    lines = [line for line in seed_lines() if line.strip()]
    l6, l7, l8 = lines[6], lines[7], lines[8]
    a6 = l6.index("Israeli figures")
    a7, b7 = l7.index("about 250 hostages"), l7.index("129")
    parts: list[Part] = [markup("---\ntitle: Seed 2024\n---\n\n# A headline with 777 people\n\n")]
    for line in lines[:6]:
        parts += [prose(line), brk("\n\n")]
    parts[-1] = brk("\n\n```text\nThe fence held 4,321 people and 250 hostages.\n```\n\n- ")
    parts += [
        prose(l6[:a6]), markup("["), prose("Israeli figures"),
        markup("](https://example.com/figures/2023)"), prose(l6[a6 + len("Israeli figures"):]),
        brk("\n- "), prose(l7[:a7]), markup("*"), prose("about 250 hostages"), markup("*"),
        prose(l7[a7 + len("about 250 hostages"):b7]), markup("**"), prose("129"), markup("**"),
        prose(l7[b7 + 3:]), brk("\n\n> "), prose(l8),
    ]  # fmt: skip
    for line in lines[9:]:
        parts += [brk("\n\n"), prose(line)]
    parts.append(markup("\n"))
    return parts


def seed_html_parts() -> list[Part]:
    lines = [line for line in seed_lines() if line.strip()]
    parts: list[Part] = [
        markup("<html><head><title>Seed 2024</title></head><body>\n<h1>777 people</h1>\n<p>")
    ]
    for i, line in enumerate(lines):
        if i == 4:
            parts.append(brk("</p>\n<pre>The fence held 4,321 people and 250 hostages.</pre>\n<p>"))
        elif i:
            parts.append(brk("</p>\n<p>"))
        parts.append(prose(line))
    parts.append(markup("</p>\n</body></html>\n"))
    return parts


def expect_seed(findings: list[dict], source: str) -> None:
    """Exactly the spec's two ATR001 findings, at 250 and 129 of the "hostages" sentence."""
    assert [(f["code"], f["text"]) for f in findings] == [("ATR001", "250"), ("ATR001", "129")]
    sentence = source.index("militants also took")
    for f, token in zip(findings, ("250", "129"), strict=True):
        offset = source.index(token, sentence)
        assert (f["start"], f["end"]) == (offset, offset + len(token))
        assert (f["line"], f["column"]) == position(source, offset)


def test_seed_plain_text(capsys, tmp_path):
    source = SEED.read_text(encoding="utf-8")
    findings = run_json(capsys, tmp_path, "seed.txt", source.encode())["findings"]
    expect_seed(findings, source)
    assert [(f["line"], f["column"]) for f in findings] == [(8, 33), (8, 47)]


def test_seed_plain_text_crlf_bom(capsys, tmp_path):
    source = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    findings = run_json(capsys, tmp_path, "seed.txt", b"\xef\xbb\xbf" + source.encode())["findings"]
    expect_seed(findings, source)
    assert [(f["line"], f["column"]) for f in findings] == [(8, 33), (8, 47)]


def test_seed_markdown(capsys, tmp_path):
    source, _, _ = build(seed_markdown_parts())
    findings = run_json(capsys, tmp_path, "seed.md", source.encode())["findings"]
    expect_seed(findings, source)


def test_seed_html(capsys, tmp_path):
    source, _, _ = build(seed_html_parts())
    findings = run_json(capsys, tmp_path, "seed.html", source.encode())["findings"]
    expect_seed(findings, source)


def test_markdown_seed_matches_plain_text_engine(capsys, tmp_path):
    """Engine-agnostic: the Markdown seed reports what the engine reports for its prose, and
    nothing from the code block or heading, each at the number's place in the .md file."""
    got = check_positions(capsys, tmp_path, "seed.md", seed_markdown_parts())
    assert "4,321" not in [f["text"] for f in got] and "777" not in [f["text"] for f in got]


def test_html_seed_matches_plain_text_engine(capsys, tmp_path):
    got = check_positions(capsys, tmp_path, "seed.html", seed_html_parts(), crlf=True)
    assert "4,321" not in [f["text"] for f in got]
