"""Each fast path equals the plain pattern it stands in for (Hypothesis).

The stages scan with stdlib patterns tuned for speed: bytes copies mapped to character classes,
one literal-opening scan per sentence terminal, ``re.ASCII`` on ASCII text, branches reordered
to open with a literal. Each is meant to read any text exactly as a plainer pattern would; these
properties keep that true, the plain pattern written out here as the reference.
"""

from __future__ import annotations

import re

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import _claims, _cues, _link, _segment
from attribution._patterns import trie

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that exercise the patterns' edges: terminals and ellipses, closers, every kind of space
# the two engines disagree on (\x1c-\x1f are str.isspace but not the regex module's \s), capitals
# and digits outside ASCII, case folds, brackets and dashes, number words and separators.
PIECES = st.sampled_from(
    [
        *". ! ? … ... .... .. , ; : ( ) [ ] - -- – — \" ' “ ” ‘ ’ _ / % $".split(),
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\n \n",
        "\r\n",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x1d",
        "\x1f",
        "\x85",
        "\xa0",
        "\u2028",
        "\u3000",
        *"A Z a z 0 7 É é İ ı ſ K ß Σ ς Ⓐ ǅ ٣ ① ½ 𝐀".split(),
        *"The He said Mr U.S. Inc e.g. ten twelve third a dozen hundreds million".split(),
        "5,000",
        "1.5",
        "2004",
        # runs the patterns treat as one: dashes set off by spaces, space after a blank line
        " - ",
        " -- ",
        " – ",
        " — ",
        "\n\n\x1c",
        "\n\n\x1f ",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
ASCII_TEXTS = st.text(alphabet=st.characters(max_codepoint=127), max_size=80)


@SETTINGS
@given(TEXTS)
def test_sentence_end_scans_find_the_runs_one_regex_scan_would(text):
    reference = regex.compile(r"(?:[.!?]|\.{3}|…)[\"'”’)\]]*+(?=\s++([\p{Lu}\d\"“‘'(\[]))")
    expected = [(m.end(), m.start(1)) for m in reference.finditer(text)]
    found = [
        (m.end(), m.start(1))
        for m in _segment._terminal_runs(text)
        if m.group(1).isascii() or _segment._NEXT_START.match(m.group(1))
    ]
    assert found == expected


@SETTINGS
@given(TEXTS)
def test_blank_line_pattern_reads_as_the_regex_one(text):
    reference = regex.compile(r"\n[ \t\r\f\v]*\n\s*")
    assert [m.span() for m in _segment._BLANK_LINE.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]


@SETTINGS
@given(st.one_of(ASCII_TEXTS, TEXTS))
def test_quote_word_count_counts_letter_and_digit_runs(inner):
    text = "“" + inner + "”"
    quote = _segment._quote(text, 0, len(text), 0, 0, True)
    assert quote.words == len(regex.findall(r"[\p{L}\d]+", inner))


@SETTINGS
@given(st.one_of(ASCII_TEXTS, TEXTS.filter(str.isascii)))
def test_ascii_token_pattern_tokenises_as_the_unicode_one(text):
    assert _cues._ASCII_GAP_TOKEN.findall(text) == _cues._GAP_TOKEN.findall(text)


@SETTINGS
@given(TEXTS)
def test_aside_pattern_reads_as_the_regex_one(text):
    reference = regex.compile(
        r"\([^()\n]*+\)|\[[^\[\]\n]*+\]"
        r"|(?<=\s)(?:--|[-–—])\s[^\n]*?(?:\s(?:--|[-–—])(?=\s)|$)"
        r"|—[^—\n]*+(?:—|$)"
    )
    assert [m.span() for m in _link._ASIDE.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]


@SETTINGS
@given(TEXTS)
def test_classed_digit_scan_finds_the_digit_runs(text):
    if any(ch.isdecimal() and not ch.isascii() for ch in text):
        return  # such a text is scanned with \d on the text itself
    classes = _claims._classes(text, _claims._DIGIT_CLASSES)
    assert [m.span() for m in _claims._CLASSED_DIGIT_RUN.finditer(classes)] == [
        m.span() for m in re.finditer(r"[0-9]+(?:[.,][0-9]+)*", text)
    ]


@SETTINGS
@given(TEXTS)
def test_number_words_are_those_of_the_plain_scan(text):
    padded, lowered = _claims.padded_lower(text)
    others = {ch for ch in text if not ch.isascii()}
    plain = re.compile(rf"[^a-z0-9_]{trie(_claims._CANDIDATE_WORDS)}\b", 0 if lowered else re.I)
    expected = [
        m.start() for m in plain.finditer(padded) if not _claims._is_word_char(padded[m.start()])
    ]
    assert [start for start, _ in _claims._number_words(padded, lowered, others)] == expected
