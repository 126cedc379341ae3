"""Stage 1: paragraphs, sentences and quotes, as offsets whose slices are the surfaces."""

from __future__ import annotations

import pytest

from attribution._segment import segment


def _paras(text):
    return [text[p.start : p.end] for p in segment(text).paragraphs]


def _sents(text):
    return [text[s.start : s.end] for s in segment(text).sentences]


def _quotes(text):
    return [(text[q.start : q.end], q.group, q.closed, q.paragraph) for q in segment(text).quotes]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("One.\n\nTwo.\n\nThree.", ["One.", "Two.", "Three."]),
        ("One.\n  \t\nTwo.", ["One.", "Two."]),
        ("  Leading space.\n\n\n\nTrailing space.  \n", ["Leading space.", "Trailing space."]),
        ("First line\nsecond line\n\nNext block.", ["First line\nsecond line", "Next block."]),
        ("Line one.\nLine two.\nLine three.", ["Line one.", "Line two.", "Line three."]),
        ("Windows line.\r\n\r\nNext.", ["Windows line.", "Next."]),
        ("", []),
        ("   \n\n  ", []),
    ],
    ids=[
        "blank-lines",
        "whitespace-blank-line",
        "trim",
        "blank-line-mode-keeps-lines",
        "one-per-line",
        "crlf",
        "empty",
        "only-space",
    ],
)
def test_paragraphs(text, expected):
    assert _paras(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Mr. Smith met Dr. Jones on Monday. They talked.",
            ["Mr. Smith met Dr. Jones on Monday.", "They talked."],
        ),
        (
            "The U.S. Army said so. The U.S. Navy agreed.",
            ["The U.S. Army said so.", "The U.S. Navy agreed."],
        ),
        (
            "The talks will resume, U.S. Officials said. Ferries run via the U.K. Sales rose.",
            ["The talks will resume, U.S. Officials said.", "Ferries run via the U.K. Sales rose."],
        ),
        (
            "He moved to the U.S. Later he returned.",
            ["He moved to the U.S.", "Later he returned."],
        ),
        (
            "The talks began on Oct. 7 in Cairo. They ended late.",
            ["The talks began on Oct. 7 in Cairo.", "They ended late."],
        ),
        (
            "He lives at No. 5 on the main road. It is small.",
            ["He lives at No. 5 on the main road.", "It is small."],
        ),
        ("George W. Bush spoke. Prices rose.", ["George W. Bush spoke.", "Prices rose."]),
        ("Prices rose 3.5 percent. Wages fell.", ["Prices rose 3.5 percent.", "Wages fell."]),
        ('"We won," he said. She left.', ['"We won," he said.', "She left."]),
        ('"It was close." She left.', ['"It was close."', "She left."]),
        ('He said: "It is over." The end.', ['He said: "It is over."', "The end."]),
        ("Why? Because. Wow! Yes.", ["Why?", "Because.", "Wow!", "Yes."]),
        ("It rose. 40 people died.", ["It rose.", "40 people died."]),
        ("it rose. then it fell.", ["it rose. then it fell."]),
        ("No terminal punctuation here", ["No terminal punctuation here"]),
        ("He moved to Peoria, Ill. More came.", ["He moved to Peoria, Ill. More came."]),
        (
            "Three staff fell ill. More were sent home.",
            ["Three staff fell ill.", "More were sent home."],
        ),
        (
            "Asked again, she said no. The vote failed.",
            ["Asked again, she said no.", "The vote failed."],
        ),
        ("The ship's no. 3 hold caught fire.", ["The ship's no. 3 hold caught fire."]),
        (
            "Fares may rise. — “We will fight it,” the union said.",
            ["Fares may rise.", "— “We will fight it,” the union said."],
        ),
        ("It fell – as expected – in May.", ["It fell – as expected – in May."]),
        ("He left. – and then he came back.", ["He left. – and then he came back."]),
    ],
    ids=[
        "mr-dr",
        "u-s",
        "u-s-before-a-capitalised-noun-it-qualifies",
        "u-s-before-a-sentence-opener",
        "oct",
        "no",
        "initial",
        "decimal",
        "quote-comma-said",
        "quote-period-close",
        "colon-quote",
        "question-exclamation",
        "digit-starts",
        "lowercase-next",
        "no-punctuation",
        "state-abbreviation-capitalised",
        "lowercase-word-is-no-abbreviation",
        "lowercase-no-ends-sentence",
        "lowercase-abbreviation-before-digit",
        "dash-after-a-sentence-end-opens-the-next",
        "dash-inside-a-sentence-ends-nothing",
        "dash-before-a-lowercase-word-ends-nothing",
    ],
)
def test_sentences(text, expected):
    assert _sents(text) == expected


def test_sentences_stay_inside_paragraphs():
    text = "First para. Still first.\n\nSecond para."
    doc = segment(text)
    assert [(text[s.start : s.end], s.paragraph) for s in doc.sentences] == [
        ("First para.", 0),
        ("Still first.", 0),
        ("Second para.", 1),
    ]
    for s in doc.sentences:
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end


def test_sentence_index():
    text = "One. Two. Three."
    doc = segment(text)
    assert doc.sentence_index(0) == 0
    assert doc.sentence_index(text.index("Two")) == 1
    assert doc.sentence_index(len(text) - 1) == 2


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "we are ready" today.', [('"we are ready"', 0, True, 0)]),
        ("He said “we are ready” today.", [("“we are ready”", 0, True, 0)]),
        (
            "“Curly quote. Still going.” Then “another one here”.",
            [("“Curly quote. Still going.”", 0, True, 0), ("“another one here”", 1, True, 0)],
        ),
        (
            '"Open quote here.\n\n"Reopened here," he said.',
            [('"Open quote here.', 0, False, 0), ('"Reopened here,"', 0, True, 1)],
        ),
        (
            "“Open quote here.\n\n“Reopened here,” he said.",
            [("“Open quote here.", 0, False, 0), ("“Reopened here,”", 0, True, 1)],
        ),
        (
            '"First," she said.\n\n"Second," she said.',
            [('"First,"', 0, True, 0), ('"Second,"', 1, True, 1)],
        ),
        (
            # a straight mark after a sentence's end and a space, before a word, opens the
            # speaker's next sentence: the quote before it was never closed, and the new one
            # goes on in its group
            '"We lost the match. "Next week we win," he said.',
            [('"We lost the match. ', 0, True, 0), ('"Next week we win,"', 0, True, 0)],
        ),
        ("He said ‘‘we are ready’’ today.", [("‘‘we are ready’’", 0, True, 0)]),
        (
            # opened by a curly double mark, closed by a doubled single one
            "She is expecting “a slow rebound’’ now. The firm’s 40 stores shut.",
            [("“a slow rebound’’", 0, True, 0)],
        ),
        ("No quotes at all.", []),
    ],
    ids=[
        "straight",
        "curly",
        "spanning-sentences",
        "reopened-straight",
        "reopened-curly",
        "separate-groups",
        "unclosed-quote-reopened-at-next-sentence",
        "doubled-single-marks",
        "curly-opened-doubled-closed",
        "none",
    ],
)
def test_quotes(text, expected):
    assert _quotes(text) == expected


def test_quote_word_count():
    text = 'He said "we are ready" today.'
    (q,) = segment(text).quotes
    assert q.words == 3


def test_quote_word_count_leaves_doubled_marks_out():
    text = "He said ‘‘we are ready’’ today."
    (q,) = segment(text).quotes
    assert q.words == 3


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith said “40 people died.”\n\nThe U.S. said 3.5 percent.\nOne more line.",
        '"Open\n\n"Reopen" and more.',
        "\n\n\n",
        "Ünïcödé text — with dashes… and “quotes”.\n\nNext.",
    ],
)
def test_all_spans_are_surfaces(text):
    doc = segment(text)
    for seg in (*doc.paragraphs, *doc.sentences, *doc.quotes):
        assert 0 <= seg.start < seg.end <= len(text)
        surface = text[seg.start : seg.end]
        assert surface == surface.strip() or seg in doc.quotes
