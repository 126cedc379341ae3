"""Each fast path equals the plain pattern it stands in for (Hypothesis).

The stages scan with stdlib patterns tuned for speed: bytes copies mapped to character classes,
one literal-opening scan per sentence terminal, ``re.ASCII`` on ASCII text, branches reordered
to open with a literal. Each is meant to read any text exactly as a plainer pattern would; these
properties keep that true, the plain pattern written out here as the reference.

The cues stage also reads a sentence beside a claim's only when a link can ask for it; the
links must come out as when every such sentence is read, and each reason to read one has a
case of its own.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attribution import _claims, _cues, _link, _segment
from attribution._model import Claim, Span
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
@example("\n- ")  # a dash opening a line opens no aside
def test_aside_pattern_reads_as_the_regex_one(text):
    reference = regex.compile(
        r"\([^()\n]*+\)|\[[^\[\]\n]*+\]"
        r"|(?<=[^\S\n\r\x0b\x0c\x85\u2028\u2029])(?:--|[-–—])\s[^\n]*?(?:\s(?:--|[-–—])(?=\s)|$)"
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


# Sentences for the links: claims with and without cues, pronoun and document sources, speech
# quotes opened, resumed and closed, and sentences with a cue word but no claim.
SENTENCES = st.sampled_from(
    [
        "The ministry said 40 people died.",
        "He said 12 were hurt.",
        "It said costs rose 5%.",
        "They said nothing.",
        "She says the plan works.",
        "Smith said the talks failed.",
        "A report by the agency found 300 homes were lost.",
        "Figures from the agency show 2,000 jobs went.",
        "The survey was published on Monday.",
        "A report by the agency found many homes were lost.",
        "Figures from the agency show the toll rose.",
        "The mayor said so.",
        "According to the survey, 60% agreed.",
        "The figure was 7 million.",
        "Sales rose 3%.",
        "Police were at the scene.",
        "Officials told reporters about it.",
        "It is thought that 20 were missing.",
        "That, the minister said, was all.",
        '"We lost 30 homes," he said.',
        '"This is not over," said the mayor.',
        '"It was a hard year for all of us.',
        'We have 50 left and need more."',
        '"We will rebuild the town," he said. "It will take 10 years."',
        '"The storm hit hard," the mayor said.',
        '"It was a long night.',
        'Nobody slept," she said.',
        '"We are fine," she said. "We lost 8 homes."',
        '"The storm hit hard. It was bad," the mayor said.',
        "Officials said that.",
    ]
)
ARTICLES = st.lists(
    st.tuples(SENTENCES, st.sampled_from([" ", " ", "\n\n"])), min_size=1, max_size=12
).map(lambda parts: "".join(s + gap for s, gap in parts))


def links_both_ways(text: str, carry: bool = True) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """The linked claims of ``text`` with cues read on demand, and with every sentence beside
    a claim's read."""
    doc = _segment.segment(text)
    claims = _claims.find_claims(text, doc)

    def linked(every: bool) -> tuple[Claim, ...]:
        cues = _cues.find_cues(text, doc, claims, every_neighbour=every)
        return _link.link(text, doc, claims, cues, carry=carry)

    return linked(False), linked(True)


@settings(SETTINGS, max_examples=400)
@given(ARTICLES, st.booleans())
def test_sentences_read_on_demand_link_as_reading_every_neighbour(text, carry):
    """The cues stage reads a sentence beside a claim's only when a link can ask for it; the
    links must be those that reading all of them gives."""
    lazy, every = links_both_ways(text, carry)
    assert lazy == every


# (why the sentence beside a claim's is read, text, claim, status, source, resolved)
READ_ON_DEMAND = [
    (
        "carries_a_speakers_report_into_a_measured_change",
        "Police said the road was shut. Sales fell 3% in the town.",
        "3%",
        "carried",
        "Police",
        None,
    ),
    (
        "carries_a_documents_figures",
        "A report by the agency found many homes were lost. The figure was 7 million.",
        "7 million",
        "carried",
        "the agency",
        None,
    ),
    (
        "resolves_a_pronoun",
        "Smith said the talks failed. He said 12 were hurt.",
        "12",
        "sourced",
        "He",
        "Smith",
    ),
    (
        "finds_the_cue_closing_a_quote_group",
        '"We have 50 boats left and the town is quiet.\n\n"It was a long night for everyone '
        'here, and nobody in the town slept until the morning came.\n\n"The storm hit hard. '
        'It was bad," the mayor said. Sales rose 3%.',
        "50",
        "sourced",
        "the mayor",
        None,
    ),
    (
        "reads_all_of_a_quote_the_next_may_resume",
        'Sales rose 3%. "We are fine, the mayor said. We will be fine and it was a very bad '
        'night and the whole town knows it and nobody here will ever forget it," the official '
        'said. "We lost 8 homes and it was a very hard night."',
        "8",
        "carried",
        "the official",
        None,
    ),
    (
        "sees_a_cue_between_a_quote_and_its_resumption",
        'Sales rose 3%. "We are fine and we will be fine," she said. Officials said that. '
        'The toll is 4%. "We lost 8 homes and it was a very hard night."',
        "8",
        "unsourced",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "claim", "status", "source", "resolved"),
    [row[1:] for row in READ_ON_DEMAND],
    ids=[row[0] for row in READ_ON_DEMAND],
)
def test_a_sentence_beside_a_claims_is_read_when_a_link_needs_it(
    text, claim, status, source, resolved
):
    linked, every = links_both_ways(text)
    assert linked == every
    (found,) = [c for c in linked if c.token.text == claim]
    assert found.status == status
    assert [(a.source.text, a.resolved) for a in found.attributions] == (
        [(source, resolved)] if source else []
    )


def test_a_sentence_beside_a_claims_is_not_read_when_no_link_needs_it():
    # No document source to carry on, no measured change to carry into, no pronoun to
    # resolve: "said" is left unread.
    text = "Police said the road was shut. The toll is 3%."
    doc = _segment.segment(text)
    claims = _claims.find_claims(text, doc)
    assert _cues.find_cues(text, doc, claims) == ()
    assert [c.cue.text for c in _cues.find_cues(text, doc, claims, every_neighbour=True)] == [
        "said"
    ]


# Cue phrases in odd cases and spacings, with the letters a case-insensitive match folds.
CUE_PIECES = st.sampled_from(
    [
        "according to",
        "ACCORDING  TO",
        "According\tto",
        "citing",
        "Quoting",
        "per the",
        "Per Reuters",
        "per cent",
        "it is believed",
        "It Was Thought",
        "it has been estimated",
        "are expected to",
        "Is Said That",
        "were widely feared to",
        "being rumoured that",
        "reportedly",
        "ALLEGEDLY",
        "it emerged that",
        "It seems that",
        "said",
        "told",
        "the report",
        "ſaid",
        "İt is said",
        "it ıs thought",
        "\u212aNOWN",
        # a piece for each shape of agentless cue: the words each may stand after
        "it's said",
        "It’s Feared",
        "it was announced today that",
        "is now said to",
        "were widely reported as",
        "being first shown that",
        "had been put at",
        "was estimated at risk",
        "it had emerged a",
        "It transpired that",
        "there was growing speculation that",
        "The field, thought to",
        ", said to be",
        "as previously announced,",
        "As Reported.",
        "he said",
        "it said",
        "officials said",
    ]
)
CUE_TEXTS = st.lists(st.one_of(PIECES, CUE_PIECES, CUE_PIECES), max_size=30).map(" ".join)


@SETTINGS
@given(CUE_TEXTS)
def test_cue_word_screen_never_skips_a_pattern_that_matches(text):
    """A sentence's trigger hits decide whether the prepositional and agentless patterns are
    searched at all; where either pattern matches, the hits must say so."""
    doc = _segment.segment(text)
    reader = _cues._SentenceReader(text, doc, [])
    for sentence in doc.sentences:
        words = reader.cue_words(sentence.start, sentence.end)
        according = _cues._ACCORDING.search(text, sentence.start, sentence.end)
        agentless = _cues._AGENTLESS.search(text, sentence.start, sentence.end)
        if words is None:
            assert according is None
            assert agentless is None
            continue
        cue_words, may_accord, may_be_agentless = words
        assert may_accord or according is None
        assert may_be_agentless or agentless is None
        # a cue word, or a verb known only by its shape before "that" (rule verb-by-shape)
        assert all(
            m[1].lower() in _cues._CUE_WORDS
            or (_cues._may_report_by_shape(m[1]) and text[m.end() - 1 :][:4].lower() == "that")
            for m in cue_words
        )


DOCUMENT_PIECES = st.sampled_from(
    [
        "a report by the agency found",
        "The Survey showed",
        "figures from the ministry show",
        "on the rich list,",
        "by the army's count,",
        "the E-MAIL said",
        "the report's authors said",
        "'data' suggest",
        "the statement said",
        "the minister said",
        "he said",
        "40",
        "7 million",
        "ſurvey",
        "\u212a",
    ]
)
DOCUMENT_TEXTS = st.lists(st.one_of(PIECES, DOCUMENT_PIECES, DOCUMENT_PIECES), max_size=30).map(
    " ".join
)


@SETTINGS
@given(DOCUMENT_TEXTS)
def test_a_sentence_with_a_document_source_is_never_screened_out(text):
    """The sentence before a claim's is read for carry only when it may name a document: any
    sentence with a cue whose source is a document must pass that screen."""
    doc = _segment.segment(text)
    claims = _claims.find_claims(text, doc)
    reader = _cues._SentenceReader(text, doc, claims)
    for cue in _cues.find_cues(text, doc, claims, every_neighbour=True):
        if _cues.is_document_source(cue):
            assert reader.may_name_document(cue.sentence)


# Numbers of every kind, each between words the rules of a number's context read: the words
# some rule is keyed by, and others.
NEAR_NUMBERS = "7 31 2004 737 two Seven one half a third 1.5 1,200 $5 5% 40m a few dozens".split()
NEAR_BEFORE = sorted(
    set().union(*(k for keys in _claims._NEAR_RULE_KEYS.values() for k in keys if k))
    | {*"from to at the all aged he's was and or & over under just about than".split()}
    | {*"of in on by beat May June Boeing Greens' # No. here are , (".split()}
    | {"Here are", "the age of", "children under", "Mr Tanzi,", "a film called", ""}
)
NEAR_AFTER = [
    *"in the world|, said|) said|. Seven|and 12|years old|year-old|weeks|working days".split("|"),
    *"km race|metres in the race|Street|May|of June|Winters|tonne truck|people|".split("|"),
]


def _verdicts(text: str, *, every_rule: bool) -> list[tuple[int, int, str]]:
    """``find_claims``'s verdicts, with the dispatch of the rules of a number's context or with
    every rule run for every number."""
    saved = _claims._NEAR_DISPATCH
    if every_rule:
        _claims._NEAR_DISPATCH = {kind: (_claims._NEAR_RULES, {}) for kind in saved}
    try:
        considered: list[tuple[int, int, str]] = []
        _claims.find_claims(text, _segment.segment(text), considered)
    finally:
        _claims._NEAR_DISPATCH = saved
    return sorted(considered)


_RULE_EXAMPLES = [d.example.replace("[", "").replace("]", "") for d in _claims.NON_CLAIM_RULES]


@pytest.mark.parametrize("number", NEAR_NUMBERS)
def test_near_rule_dispatch_decides_as_running_every_rule(number):
    """Each number runs only the rules of its context that can reject it (``_NEAR_DISPATCH``):
    the verdicts, with the rule that names each, are those of running every rule, for each
    number between each pair of words read."""
    for before in NEAR_BEFORE:
        for after in NEAR_AFTER:
            text = f"{before} {number} {after}"
            assert _verdicts(text, every_rule=False) == _verdicts(text, every_rule=True), text


@pytest.mark.parametrize("text", _RULE_EXAMPLES)
def test_near_rule_dispatch_decides_each_rule_example_as_every_rule(text):
    assert _verdicts(text, every_rule=False) == _verdicts(text, every_rule=True)


# The words before "that" a full scan of the text finds, the reference for ``_that_verbs``.
_THAT_VERB_FULL_SCAN = re.compile(r"(?<=\s)([A-Za-z]{3,}(?:ed|s))(?:[ \t]++out)?[ \t]++(?=that )")
THAT_PIECES = st.lists(
    st.one_of(
        st.sampled_from(["that", "that ", " that ", "out", "surmised", "says", "is", "the"]),
        st.tuples(
            st.text(alphabet="abcdefghijklmnopqrstuvwxyzED", min_size=1, max_size=40),
            st.sampled_from(["", "ed", "s"]),
        ).map("".join),
        st.sampled_from([" ", "  ", "\t", "\n", ". ", ", "]),
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(THAT_PIECES)
def test_shaped_verbs_read_back_from_that_match_a_full_scan(text):
    """``_that_verbs`` reads the word before each "that" in a few characters before it; a
    pattern run over the whole text must find the same words, at the same offsets."""
    padded = " " + text
    expected = [
        (m.start(1), m.end())
        for m in _THAT_VERB_FULL_SCAN.finditer(padded)
        if _cues._may_report_by_shape(m[1])
    ]
    assert [(m.start(1), m.end()) for m in _cues._that_verbs(padded)] == expected


class _SliceLog(str):
    """A text that notes the length of every slice taken of it."""

    lengths: list[int]

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, slice):
            self.lengths.append(len(range(*key.indices(len(self)))))
        return super().__getitem__(key)


def test_shaped_verbs_read_back_over_a_long_word_copy_no_text_before_it():
    """Back from a "that" after a word longer than the reach, ``_that_verbs`` reads to the
    word's start without a slice of the text before it: one per "that" made a text of many
    "that"s quadratic (a megabyte of them took seconds)."""
    padded = _SliceLog(" " + "officials surmised that 40 homes burned " * 200)
    padded.lengths = []
    found = _cues._that_verbs(padded)
    assert [m[1] for m in found[:1]] == ["surmised"] and len(found) == 200
    assert max(padded.lengths, default=0) < 50


# Sentences around the verbs: capitals after the terminals, so that they end sentences.
THAT_SENTENCES = st.lists(
    st.one_of(THAT_PIECES, st.sampled_from([". The ", "! He ", ".\n\n", "\nIt ", ". That "])),
    max_size=8,
).map("".join)


@SETTINGS
@given(THAT_SENTENCES)
@example("He reports. That is all.")  # a verb at one sentence's end, "that" opening the next
@example("Officials surmised\tthat 40 died")
def test_shaped_verbs_read_per_sentence_are_those_of_the_whole_text_in_it(text):
    """A sentence's shaped verbs are found from its own "that"s alone: they must be the
    verbs of a scan of the whole text that start in the sentence."""
    doc = _segment.segment(text)
    claims = [Claim(0, 1, Span(0, 1, text[:1]), "count")]
    reader = _cues._SentenceReader(text, doc, claims)
    whole = _cues._that_verbs(reader._padded)
    for s in doc.sentences:
        expected = [(m.start(1), m.end()) for m in whole if s.start + 1 <= m.start(1) < s.end + 1]
        found = [(m.start(1), m.end()) for m in reader._shaped_verbs(s.start, s.end)]
        assert found == expected


# A number word, then what may or may not go on with it: blanks, marks, the words the atom
# pattern reads on over and others, in any case, and letters the engines fold to ASCII.
LONE_WORD_TEXTS = st.tuples(
    st.sampled_from(sorted(_claims._LONE_WORDS)).map(lambda w: w.capitalize() if len(w) % 2 else w),
    st.lists(
        st.one_of(
            st.sampled_from(sorted(_claims._GOES_ON)),
            st.sampled_from(["people", "dollar", "Per", "CENT", "pc", "thou", "sand", "x"]),
            st.sampled_from([" ", "  ", "\t", "\n", "-", "%", "\xa0", ".", ",", ")", "'", "5"]),
            st.sampled_from(["ſ", "K", "é", "ı", "İ", "_"]),
        ),
        max_size=5,
    ).map("".join),
).map("".join)


@SETTINGS
@given(LONE_WORD_TEXTS)
@example("two people")
@example("two thouſand")  # "ſ" folds to "s": the pattern reads "thousand"
def test_lone_number_word_reads_as_the_atom_pattern(text):
    """A number word ``_atoms`` reads alone, without the pattern, is what ``_WORD_ATOM``
    reads there: a word of its ``words`` group and nothing more."""
    _assert_lone_word_read_as_the_pattern(text)


@pytest.mark.parametrize("word", sorted(_claims._GOES_ON | {"people", "PER", "Cent"}))
def test_lone_number_word_before_each_word_reads_as_the_atom_pattern(word):
    for number in ("two", "twenty", "hundred", "one"):
        _assert_lone_word_read_as_the_pattern(f"{number} {word} 5")


def _assert_lone_word_read_as_the_pattern(text: str) -> None:
    padded, lowered = _claims.padded_lower(text)
    words = _claims._number_words(padded, lowered, {ch for ch in text if not ch.isascii()})
    if not lowered or not words or words[0][0] != 0:
        return
    end = -words[0][1]
    if _claims._is_lone(padded, 0, -end):
        m = _claims._WORD_ATOM.match(text, 0)
        assert m is not None
        assert (m.end(), m.groups()) == (end - 1, (None, None, text[: end - 1], None, None, None))


# A word that opens an atom only with more words, then what may or may not go on with it.
NEVER_ALONE_TEXTS = st.tuples(
    st.sampled_from(sorted(_claims._NEVER_ALONE)).map(
        lambda w: w.capitalize() if len(w) % 2 else w
    ),
    LONE_WORD_TEXTS.map(lambda text: text.split(" ", 1)[-1] if " " in text else ""),
).map(" ".join)


@SETTINGS
@given(NEVER_ALONE_TEXTS)
@example("many people")
@example("several hundred")
@example("tens of thousands")
def test_number_word_never_alone_reads_nothing_where_found_alone(text):
    """Where ``_atoms`` finds a word of ``_NEVER_ALONE`` alone and skips it, ``_WORD_ATOM``
    reads nothing there."""
    padded, lowered = _claims.padded_lower(text)
    words = _claims._number_words(padded, lowered, {ch for ch in text if not ch.isascii()})
    if not lowered or not words or words[0][0] != 0:
        return
    if _claims._is_lone(padded, 0, words[0][1], _claims._NEVER_ALONE):
        assert _claims._WORD_ATOM.match(text, 0) is None


@pytest.mark.parametrize("word", sorted(_claims._GOES_ON | {"people", "PER", "Cent"}))
def test_number_word_never_alone_before_each_word_reads_nothing(word):
    for number in sorted(_claims._NEVER_ALONE):
        text = f"{number} {word} 5"
        padded, _ = _claims.padded_lower(text)
        if _claims._is_lone(padded, 0, -len(number) - 1, _claims._NEVER_ALONE):
            assert _claims._WORD_ATOM.match(text, 0) is None


# The opening of a paragraph: the furniture notes' words, labels, colons and runs of blanks
# long enough to carry a colon past the reach where a note's is looked for.
FURNITURE_PIECES = st.sampled_from(
    [
        *"Correction Corrections clarification CLARIFICATIONS Read read More more".split(),
        *"Mall news Vik's Italy & , - ' ( [ : . 5 \" ‘ “ $ ſ İ é x".split(),
        " ",
        "\t",
        "\n",
        "\xa0",
        " " * 20,
        " " * 57,
        "\n" * 30,
        "a" * 30,
        "Vik Corp to shut 40 stores",
    ]
)


@SETTINGS
@given(st.lists(FURNITURE_PIECES, max_size=12).map("".join), st.integers(0, 3))
@example("Read" + " " * 56 + "more:", 0)  # the colon past the reach, "more" in its last nine
@example("Read" + " " * 57 + "more:", 0)
@example("Correction" + " " * 60 + ": the toll was 40", 0)
@example("(" + "A" * 61 + "b:Vik Corp to shut 40 stores", 0)
def test_paragraph_furniture_screen_never_skips_a_match(text, opening):
    expected = _claims._PARAGRAPH_FURNITURE.match(text, opening) is not None
    assert _claims._is_paragraph_furniture(text, opening) == expected


# Sentence openings: page furniture's words and others sharing their first letters, in any
# case and spacing, with what may stand between them.
FURNITURE_OPENINGS = st.lists(
    st.sampled_from(
        [
            *"The the THE This They Their There Story story article report version of".split(),
            *"Reporting reporting by Read more More: Scroll down Click here Sign up".split(),
            *"Copyright Photo Image: Related: See also: Watch: Page 3 of 7 Slideshow".split(),
            *"Subscribe Get latest Contact reporter Advertisement All rights reserved".split(),
            *"Follow us @ © ( [ $1 = 75.7 rupees) US$ 1 İ ſ K é . , : \" '".split(),
            " ",
            "  ",
            "\t",
            "\n",
            "\xa0",
        ]
    ),
    max_size=10,
).map("".join)


@SETTINGS
@given(FURNITURE_OPENINGS)
@example("The story was first published")
@example("This version of the 3 May story fixes")
@example("Page 3 of 7")
def test_furniture_screen_never_skips_a_sentence_the_pattern_matches(text):
    if text and _claims._FURNITURE.match(text) is not None:
        assert _claims._may_open_furniture(text[: _claims._FURNITURE_LEAD])


# What stands around a number: the words the age, street and partitive patterns read, in any
# case, with blanks, line breaks, marks and letters the engines fold to ASCII.
AROUND_PIECES = st.sampled_from(
    [
        *"and AND or To & of OF Of the their Vik's now NOW ſtill stİll alſo both , ( )".split(),
        *"16 5 year-olds 17-year-old Main Street St. N. Elston 78th Road Ave É Ärzte x".split(),
        " ",
        "  ",
        "\t",
        "\n",
        " " * 50,
    ]
)
AROUND_TEXTS = st.lists(AROUND_PIECES, max_size=12).map("".join)


@SETTINGS
@given(AROUND_TEXTS)
@example(", now ")
@example(", now \n")
@example(" and 5-year-olds")
@example(" & 17 year-olds")
@example(" " * 50 + "Main Street")
@example(" of the ")
def test_screens_before_the_age_street_and_partitive_patterns_never_skip_a_match(text):
    """Each cheap test a near rule or the joiner makes before its pattern holds wherever the
    pattern matches."""
    if _claims._ADVERB_AGE_BEFORE.search(text):
        tail = _claims.ascii_folded_lower(text.rstrip(" \t\n"))
        assert tail.endswith(_claims.APPOSED_AGE_ADVERBS)
    after = text[: _claims._CONTEXT]
    if _claims._AGES_AHEAD.match(after):
        nxt = _claims._NEXT_WORDS.match(text, 0, _claims._CONTEXT)
        next1 = nxt[1].lower() if nxt else ""
        assert next1 in _claims._AGE_LIST_LINKS or after.lstrip(" \t")[:1] == "&"
    if _claims._STREET_AFTER.match("1234" + text, 4):
        assert _claims._capital_after_blanks(after)
    assert _claims._is_partitive_gap(text) == (_claims._GAP_PARTITIVE.fullmatch(text) is not None)
