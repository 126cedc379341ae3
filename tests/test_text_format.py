"""The default text format: each finding's sentence with the claim underlined, and colour.

The underline is the feature, so these tests read the rendered excerpt: the ``^`` run must sit
under the claim token in the line shown above it, however the line was cut.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from attribution import Config
from attribution._lint import check_source
from attribution._reporters import RenderOptions, render
from attribution.cli import main, use_color

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "petro-icc-netanyahu.txt"
HEADER = re.compile(r"^(?P<path>\S+):(?P<line>\d+):(?P<col>\d+): (?P<code>ATR\d{3}) \[\w+\] ")
GUTTER = re.compile(r"^\s*(?P<number>\d*) \| ?(?P<body>.*)$")
ESCAPE = "\x1b["

LONG_PARAGRAPH = (
    "The harbour board met on Tuesday to review the season. "
    + "Members spoke at length about dredging, fees, the old crane and the new ferry timetable. "
    * 3
    + "Over the summer some 3,400 yachts moored in the outer basin. "
    + "Nobody disputed the tally. "
    + "The meeting closed with thanks to the volunteers who repainted the quay and the shed. " * 3
)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def excerpts(out: str) -> list[tuple[re.Match[str], list[str]]]:
    """Each finding's header and the lines under it, up to the next blank line."""
    blocks: list[tuple[re.Match[str], list[str]]] = []
    for line in out.splitlines():
        m = HEADER.match(line)
        if m:
            blocks.append((m, []))
        elif line and blocks:
            blocks[-1][1].append(line)
    return blocks


def underlined(lines: list[str], line_number: int) -> tuple[str, str]:
    """The shown source line ``line_number`` and the underline under it."""
    for i, line in enumerate(lines):
        m = GUTTER.match(line)
        if m and m["number"] == str(line_number):
            under = GUTTER.match(lines[i + 1])
            assert under and not under["number"], lines
            return m["body"], under["body"]
    raise AssertionError(f"line {line_number} not shown: {lines}")


def render_text(source: str, kind: str = "text", **options: object) -> str:
    config = Config.from_dict({"select": ["ALL"]})
    result = check_source(source, "doc." + {"text": "txt"}.get(kind, kind[:2]), kind, config)  # type: ignore[arg-type]
    assert result.findings, "precondition: the engine flags a claim here"
    return render("text", [result], RenderOptions(**options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "source", "kind"),
    [
        pytest.param(*row, id=row[0])
        for row in [
            ("short line", "Rebels seized 412 rifles in the raid.\n", "text"),
            ("second line", "A quiet day.\nThe convoy carried 96 crates of shells.\n", "text"),
            (
                "hard-wrapped sentence",
                "The dam held, but the\nflood reached 38 villages\nbefore the water fell.\n",
                "text",
            ),
            ("long Markdown paragraph", LONG_PARAGRAPH + "\n", "markdown"),
            ("long HTML line", f"<p>{LONG_PARAGRAPH}</p>", "html"),
            ("tab before the claim", "Count:\tthe depot lost 57 trucks in the fire.\n", "text"),
            (
                "wide characters before it",
                "港口 traders said nothing, and 600 crates vanished.\n",
                "text",
            ),
            ("CRLF line ends", "Calm.\r\nThe vault held 12 bars of gold.\r\n", "text"),
        ]
    ],
)
def test_caret_sits_under_the_claim_token(name, source, kind):
    out = render_text(source, kind)
    blocks = excerpts(out)
    assert blocks, out
    for header, lines in blocks:
        line, column = int(header["line"]), int(header["col"])
        shown, under = underlined(lines, line)
        caret = under.index("^")
        carets = len(under[caret:]) - len(under[caret:].lstrip("^"))
        # The shown text from the caret's column on starts with the token.
        at = next(i for i in range(len(shown) + 1) if width(shown[:i]) == caret)
        token = shown[at:][: carets if width(shown[at : at + carets]) == carets else 1]
        original_line = source.replace("\r\n", "\n").split("\n")[line - 1]
        assert original_line[column - 1 :].startswith(token), (name, shown, under)
        assert len(shown) <= RenderOptions().width + 2, name  # two ellipses at most


def test_long_paragraph_is_cut_to_a_window_around_the_claim():
    out = render_text(LONG_PARAGRAPH + "\n", "markdown")
    (header, lines), *_ = excerpts(out)
    shown, under = underlined(lines, 1)
    assert int(header["col"]) == LONG_PARAGRAPH.index("3,400") + 1  # exact in the whole line
    assert shown.startswith("…") and "3,400 yachts" in shown
    assert len(shown) < len(LONG_PARAGRAPH) // 2
    assert shown[under.index("^") :].startswith("3,400")


def test_narrow_width_still_holds_the_claim():
    out = render_text(LONG_PARAGRAPH + "\n", "markdown", width=40)
    (_, lines), *_ = excerpts(out)
    shown, under = underlined(lines, 1)
    assert len(shown) <= 42 and shown[under.index("^") :].startswith("3,400")


def test_control_characters_in_the_source_are_not_written_to_the_terminal():
    out = render_text("Noise \x1b[31m here: the mill cut 45 jobs.\n")
    assert ESCAPE not in out


def test_carried_source_is_named_with_its_position():
    source = "The ferry company said bookings rose 6% in May. Freight grew 14%.\n"
    out = render_text(source)
    blocks = [(h, lines) for h, lines in excerpts(out) if h["code"] == "ATR004"]
    assert blocks, out
    assert any(
        line.strip().startswith("= source: 'The ferry company' at 1:1") for line in blocks[0][1]
    )


# --- the command line -------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str]:
    rc = main(list(argv))
    return rc, capsys.readouterr().out


def test_seed_article_shows_both_findings_with_sentence_and_underline(capsys):
    rc, out = run(capsys, "check", "--isolated", str(SEED))
    assert rc == 1
    blocks = excerpts(out)
    assert [(h["line"], h["col"]) for h, _ in blocks] == [("8", "33"), ("8", "47")]
    for _, lines in blocks:
        shown, under = underlined(lines, 8)
        assert "hostages" in shown and "^" in under
    rc, out = run(capsys, "check", "--isolated", "--format", "concise", str(SEED))
    assert rc == 1 and len(out.splitlines()) == 2
    assert all(HEADER.match(line) is None and ": ATR001 " in line for line in out.splitlines())


def test_output_format_is_an_alias_of_format(capsys):
    assert run(capsys, "check", "--isolated", "--output-format", "concise", str(SEED)) == run(
        capsys, "check", "--isolated", "--format", "concise", str(SEED)
    )


@pytest.mark.parametrize(
    ("argv", "environ", "coloured"),
    [
        (["--color", "never"], {}, False),
        (["--color", "always"], {}, True),
        (["--color", "always"], {"NO_COLOR": "1"}, True),  # always wins, as in ruff
        ([], {}, False),  # auto, and stdout is not a terminal here
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        (["--format", "concise", "--color", "always"], {}, True),
        (["--format", "concise", "--color", "never"], {}, False),
    ],
)
def test_colour_escape_codes_only_when_enabled(capsys, monkeypatch, argv, environ, coloured):
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    rc, out = run(capsys, "check", "--isolated", *argv, str(SEED))
    assert rc == 1 and (ESCAPE in out) is coloured


@pytest.mark.parametrize(
    ("choice", "tty", "environ", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # set but empty: no effect (no-color.org)
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_use_color(choice, tty, environ, expected):
    assert use_color(choice, tty, environ) is expected
