"""Generalization tests: sources found by position and shape, not by a word table.

Every property builds sentences from parts whose truth is known by construction (a figure
clause, a cue frame, a source phrase), recording the character offsets of the claim token and
of the source phrase while building, and checks ``attribution.check`` against that record:
the claim's status, the overlap of an attribution's source span with the generated phrase,
its kind, whether it is carried, and the findings' codes.

The open words (source heads, their modifiers, counted nouns, the verbs of the figure
clauses, the words in organisation names) are drawn from the Webster's Second word list of
the ``english-words`` package, filtered at collection time to exclude every word anywhere in
``attribution/_lexicon.py`` (every string in its tables, split into words, with its simple
inflections) and function words. Source heads are chosen by shape, agent-noun endings such as
"-ist", "-ian", "-ator", "-eer", so "the <adj> <noun>" reads as a noun phrase; names are
capitalised pseudo-words built from random syllables ("Vorland", "Ms Quenby"). No word list
in the engine can be tuned to these sets; only the position and shape of a source can decide
them (spec ``shared/spec/claims-and-sources.md``, sections 2, 3 and 5).

A property that fails today is a strict xfail with the engine change it waits for: once the
engine passes it, the strict xfail fails and the mark must go.
"""

from __future__ import annotations

import os
import re
import types
from collections.abc import Callable, Iterable

import pytest
from hypothesis import Phase, assume, given, note, settings
from hypothesis import strategies as st

import attribution
from attribution import _lexicon

english_words = pytest.importorskip("english_words")

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None)


def engine_target(reason: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A strict xfail for a property the engine fails today. It does not shrink, so the suite
    stays fast; to see the minimal falsifying example run with ``--runxfail`` and
    ``GENERALIZATION_SHRINK=1``."""
    phases = [Phase.explicit, Phase.reuse, Phase.generate]
    if os.environ.get("GENERALIZATION_SHRINK"):
        phases.append(Phase.shrink)

    def mark(test: Callable[..., None]) -> Callable[..., None]:
        test = settings(SETTINGS, phases=phases)(test)
        return pytest.mark.xfail(strict=True, reason=f"engine: {reason}")(test)

    return mark


# --- the word source ----------------------------------------------------------------------


def _lexicon_words() -> frozenset[str]:
    """Every word in every string of every table of ``attribution._lexicon``, lowercased."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, set | frozenset | tuple | list):
            for item in value:
                walk(item)

    for name, value in vars(_lexicon).items():
        if name.startswith("__") or isinstance(value, types.ModuleType | types.FunctionType | type):
            continue
        walk(value)
    return frozenset(words)


EXTRA_FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for from by with without about above below across
    after against along amid among around as before behind beneath beside besides between
    beyond during except inside into like near off onto out outside over past since through
    throughout till toward towards under underneath unlike until unto up upon via within
    i me my mine myself you your yours yourself he him his himself she her hers herself it its
    itself we us our ours ourselves they them their theirs themselves this that these those
    who whom whose which what whatever whoever whichever where when why how whether if unless
    because although though while whereas so than then thus hence therefore however indeed
    is am are was were be been being have has had having do does did doing will would shall
    should can could may might must ought not no yes nor either neither both each every all
    any some none few many much more most less least several such same other another own
    very too quite rather just only also even still yet already again ever never always often
    here there now once twice
    """.split()
)

LEXICON = _lexicon_words()
EXCLUDED = LEXICON | EXTRA_FUNCTION_WORDS


def _clear(word: str) -> bool:
    """True when neither the word nor a simple inflection of it is a lexicon or function word."""
    forms = {word, word + "s", word + "es", word + "d", word + "ed"}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ed"):
        forms.update({word[:-1], word[:-2]})
    return not (forms & EXCLUDED)


def _english() -> list[str]:
    raw = english_words.get_english_words_set(["web2"], lower=False, alpha=True)
    return sorted(w for w in raw if w.isascii() and w.islower() and 5 <= len(w) <= 12 and _clear(w))


WORDS = _english()
WORD_SET = frozenset(WORDS)

# Agent nouns by ending: "-ist", "-ian", "-ator", "-eer" and compounds in "-maker", "-keeper"
# (not "-sist": "persist", "consist" are verbs).
HEADS = [
    w
    for w in WORDS
    if len(w) >= 6
    and w.endswith(("ist", "ian", "ator", "eer", "grapher", "monger", "maker", "keeper"))
    and not w.endswith("sist")
    and _clear(w + "s")
]
# Adjectives by ending.
ADJECTIVES = [
    w
    for w in WORDS
    if w.endswith(("ous", "ful", "ive", "ish", "less", "able", "ible")) and not w.endswith("ly")
]
# Past participles for "were <verbed>": "-ated", "-ized", "-ised", "-ified".
VERBED = [w for w in WORDS if len(w) >= 7 and w.endswith(("ated", "ized", "ised", "ified"))]
# Counted nouns: plurals of agent nouns ("3,000 guitarists").
COUNTED = [w + "s" for w in HEADS]


def _syllables() -> list[str]:
    onsets = "b br d dr f g gr h k kl l m n p pr r s st t tr v w z".split()
    vowels = "a e i o u".split()
    codas = ["", "n", "r", "l", "nd", "rn", "m", "ck", "nt"]
    return [o + v + c for o in onsets for v in vowels for c in codas]


SYLLABLES = _syllables()


@st.composite
def pseudo_words(draw: st.DrawFn) -> str:
    """A capitalised pseudo-word of random syllables that is no lexicon or English word."""
    word = draw(
        st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3)
        .map("".join)
        .filter(lambda w: 4 <= len(w) <= 10 and w not in WORD_SET and _clear(w))
        .filter(lambda w: not w.endswith("s"))
    )
    return word.capitalize()


@st.composite
def people(draw: st.DrawFn) -> str:
    """A person's name: "Ms Quenby", "Mr Dravon" or "Tarel Vunbeck"."""
    surname = draw(pseudo_words())
    first = draw(st.sampled_from(["Ms", "Mr"]) | pseudo_words())
    return f"{first} {surname}"


@st.composite
def organisations(draw: st.DrawFn) -> str:
    """An organisation's name: "Vorland Guitarist", "Vorland Trelmack" (two capitalised words)."""
    first = draw(pseudo_words())
    second = draw(pseudo_words() | st.sampled_from(HEADS).map(str.capitalize))
    return f"{first} {second}"


names = people() | organisations()

# --- figures ------------------------------------------------------------------------------

NUMBER_WORDS = """
    three four five six seven eight nine eleven twelve fifteen twenty thirty forty fifty
    sixty seventy eighty ninety twenty-five forty-two sixty-three ninety-nine
""".split()


@st.composite
def figures(draw: st.DrawFn) -> tuple[str, str]:
    """A claim token and the shape of clause it fits: count, percent, money or approximate."""
    shape = draw(st.sampled_from(["digits", "scaled", "percent", "money", "word", "approx"]))
    if shape == "digits":
        n = draw(st.integers(2, 999) | st.integers(1_000, 9_999_999).map("{:,}".format))
        return str(n), "count"
    if shape == "scaled":
        whole = draw(st.integers(1, 99))
        tenth = draw(st.sampled_from(["", ".5", ".2", ".8"]))
        return f"{whole}{tenth} {draw(st.sampled_from(['million', 'billion']))}", "count"
    if shape == "percent":
        n = draw(st.integers(2, 99))
        tenth = draw(st.sampled_from(["", ".5", ".3"]))
        sign = draw(st.sampled_from(["%", " per cent", " percent"]))
        return f"{n}{tenth}{sign}", "percent"
    if shape == "money":
        cur = draw(st.sampled_from(["$", "£", "€"]))
        n = draw(st.integers(2, 950))
        scale = draw(st.sampled_from(["bn", "m", " million", " billion"]))
        return f"{cur}{n}{scale}", "money"
    if shape == "word":
        return draw(st.sampled_from(NUMBER_WORDS)), "count"
    return draw(st.sampled_from(["hundreds", "thousands", "dozens", "tens of thousands"])), "approx"


HEDGES = ["", "about ", "more than ", "nearly ", "at least "]

# --- building text with marks -------------------------------------------------------------

Part = tuple[str, str | None]  # text and an optional mark ("token", "source", ...)


@st.composite
def figure_clauses(draw: st.DrawFn, mark: str = "token") -> list[Part]:
    """A clause stating one figure, with no cue: "about 3,000 guitarists were truncated"."""
    token, shape = draw(figures())
    nouns = draw(st.sampled_from(COUNTED))
    verbed = draw(st.sampled_from(VERBED))
    if shape == "count":
        hedge = draw(st.sampled_from(HEDGES))
        return [(hedge, None), (token, mark), (f" {nouns} were {verbed}", None)]
    if shape == "percent":
        return [(token, mark), (f" of the {nouns} were {verbed}", None)]
    if shape == "money":
        return [(f"the {nouns} were {verbed} at a cost of ", None), (token, mark)]
    return [(token, mark), (f" of {nouns} were {verbed}", None)]


class Built:
    """Text assembled from parts, with the spans of its marked parts."""

    def __init__(self, parts: Iterable[Part]) -> None:
        self.marks: dict[str, list[tuple[int, int]]] = {}
        out: list[str] = []
        at = 0
        capital = True  # the next non-empty part opens a sentence
        for text, mark in parts:
            if not text:
                continue
            if capital:
                text = text[0].upper() + text[1:]
            capital = text.endswith((". ", "\n\n"))
            if mark is not None:
                self.marks.setdefault(mark, []).append((at, at + len(text)))
            out.append(text)
            at += len(text)
        self.text = "".join(out)

    def __repr__(self) -> str:
        return f"Built({self.text!r})"

    def span(self, mark: str, i: int = 0) -> tuple[int, int]:
        return self.marks[mark][i]


def _check(built: Built) -> attribution.Report:
    note(repr(built.text))
    report = attribution.check(built.text)
    for c in report.claims:
        note(
            f"claim {c.text!r} {c.status} "
            f"{[(a.source.text, a.kind, a.carried) for a in c.attributions]}"
        )
    return report


def _claim(report: attribution.Report, span: tuple[int, int]) -> attribution.Claim:
    found = [c for c in report.claims if (c.token.start, c.token.end) == span]
    assert len(found) == 1, f"no claim token at {span}: {report.text[span[0] : span[1]]!r}"
    return found[0]


def _overlaps(a: attribution.Span, span: tuple[int, int]) -> bool:
    return a.start < span[1] and span[0] < a.end


def _assert_sourced(
    report: attribution.Report,
    token: tuple[int, int],
    source: tuple[int, int],
    kind: str | None = "named",
    *,
    carried: bool = False,
) -> attribution.Attribution:
    claim = _claim(report, token)
    assert claim.status == ("carried" if carried else "sourced"), claim.status
    matching = [a for a in claim.attributions if _overlaps(a.source, source)]
    assert matching, (
        f"no source over {report.text[source[0] : source[1]]!r}: "
        f"{[a.source.text for a in claim.attributions]}"
    )
    best = matching[0]
    assert best.carried is carried
    if kind is not None:
        assert best.kind == kind, best.kind
    assert not any(f.code == "ATR001" and f.start == token[0] for f in report.findings)
    return best


def _assert_unsourced(report: attribution.Report, token: tuple[int, int]) -> None:
    claim = _claim(report, token)
    assert claim.status == "unsourced", (claim.status, [a.source.text for a in claim.attributions])
    assert any(f.code == "ATR001" and f.start == token[0] for f in report.findings)


def _the_noun(draw: st.DrawFn, *, adjective: bool) -> list[Part]:
    """ "the <noun>", or with modifiers "the <adj> <noun>", "the <adj> Vorland <noun>"."""
    noun = draw(st.sampled_from(HEADS))
    modifiers: list[str] = []
    if adjective:
        modifiers.append(draw(st.sampled_from(ADJECTIVES)))
        modifiers += draw(st.lists(st.sampled_from(ADJECTIVES) | pseudo_words(), max_size=1))
    return [(" ".join(["the", *modifiers, noun]), "source")]


# --- class 1: a source found by its position and shape ------------------------------------


@st.composite
def end_cue_the_noun(draw: st.DrawFn, verbs: tuple[str, ...] = ("said",)) -> Built:
    """<figure clause>, the <adj> <noun> <verb>."""
    return Built(
        [
            *draw(figure_clauses()),
            (", ", None),
            *_the_noun(draw, adjective=True),
            (f" {draw(st.sampled_from(verbs))}.", None),
        ]
    )


@SETTINGS
@given(end_cue_the_noun())
def test_end_cue_the_adj_noun_said(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@given(end_cue_the_noun(("says", "reported", "estimated", "noted", "added")))
def test_end_cue_the_adj_noun_other_verbs(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def name_said_figure(draw: st.DrawFn) -> Built:
    """<Name> said <figure clause>."""
    return Built([(draw(names), "source"), (" said ", None), *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(name_said_figure())
def test_name_said_figure(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def the_noun_said_figure(draw: st.DrawFn) -> Built:
    """The <noun> said <figure clause>."""
    adjective = draw(st.booleans())
    return Built(
        [
            *_the_noun(draw, adjective=adjective),
            (" said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(the_noun_said_figure())
def test_the_noun_said_figure(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def inverted_said_the_noun(draw: st.DrawFn) -> Built:
    """<figure clause>, said the <noun>."""
    adjective = draw(st.booleans())
    return Built(
        [
            *draw(figure_clauses()),
            (", said ", None),
            *_the_noun(draw, adjective=adjective),
            (".", None),
        ]
    )


@SETTINGS
@given(inverted_said_the_noun())
def test_inverted_said_the_noun(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def according_to_the_noun(draw: st.DrawFn) -> Built:
    """According to the <noun>, <figure clause>."""
    adjective = draw(st.booleans())
    return Built(
        [
            ("according to ", None),
            *_the_noun(draw, adjective=adjective),
            (", ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(according_to_the_noun())
def test_according_to_the_noun(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def figure_according_to_name(draw: st.DrawFn) -> Built:
    """<figure clause>, according to <Name>."""
    return Built(
        [*draw(figure_clauses()), (", according to ", None), (draw(names), "source"), (".", None)]
    )


@SETTINGS
@given(figure_according_to_name())
def test_figure_according_to_name(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def the_noun_of_name_said(draw: st.DrawFn) -> Built:
    """The <noun> of <Name> said <figure clause>."""
    noun = draw(st.sampled_from(HEADS))
    org = draw(organisations())
    return Built(
        [(f"the {noun} of {org}", "source"), (" said ", None), *draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(the_noun_of_name_said())
def test_the_noun_of_name_said(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def name_appositive_said(draw: st.DrawFn) -> Built:
    """<Name>, the <noun>, said <figure clause>."""
    name = draw(names)
    noun = draw(st.sampled_from(HEADS))
    return Built(
        [(f"{name}, the {noun}", "source"), (", said ", None), *draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(name_appositive_said())
def test_name_appositive_the_noun_said(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def dash_interrupted_said(draw: st.DrawFn) -> Built:
    """The <noun> <dash> which <verbed> the <nouns> <dash> said <figure clause>."""
    noun = draw(st.sampled_from(HEADS))
    dash = draw(st.sampled_from([" — ", " – ", " -- ", " - "]))
    verbed = draw(st.sampled_from(VERBED))
    nouns = draw(st.sampled_from(COUNTED))
    return Built(
        [
            (f"The {noun}", "source"),
            (f"{dash}which {verbed} the {nouns}{dash}said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(dash_interrupted_said())
def test_subject_cut_from_said_by_a_dash_set_relative(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def the_nouns_acted_then_said(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> the <nouns>, saying <figure clause>. / ... and said <figure clause>."""
    subject = draw(st.sampled_from(COUNTED))
    verbed = draw(st.sampled_from(VERBED))
    nouns = draw(st.sampled_from(COUNTED))
    link = draw(st.sampled_from([", saying ", ", adding that ", " and said "]))
    return Built(
        [
            (f"The {subject}", "source"),
            (f" {verbed} the {nouns}{link}", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(the_nouns_acted_then_said())
def test_subject_of_an_action_then_a_participle_or_second_verb_of_speech(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


# The kind table of spec section 2 for people nouns, with drawn modifiers and names: unnamed
# people are anonymous, "analysts"/"experts"/"critics" with no owner vague, a spokesperson
# (the voice of a body, whether or not the phrase names it) and a title holder named.
PEOPLE_PHRASES: list[tuple[str, str]] = [
    ("a {adj} official", "anonymous"),
    ("{adj} officials", "anonymous"),
    ("{org} officials", "anonymous"),
    ("diplomats", "anonymous"),
    ("sources close to the {nouns}", "anonymous"),
    ("{adj} analysts", "vague"),
    ("experts", "vague"),
    ("critics", "vague"),
    ("a spokesman for {org}", "named"),
    ("a {org} spokeswoman", "named"),
    ("the prime minister", "named"),
]


@st.composite
def people_nouns(draw: st.DrawFn) -> tuple[Built, str]:
    """<figure clause>, <people phrase> said. / <people phrase> said <figure clause>."""
    template, kind = draw(st.sampled_from(PEOPLE_PHRASES))
    phrase = template.format(
        adj=draw(st.sampled_from(ADJECTIVES)),
        org=draw(pseudo_words()),
        nouns=draw(st.sampled_from(COUNTED)),
    )
    clause = draw(figure_clauses())
    if draw(st.booleans()):
        parts = [*clause, (", ", None), (phrase, "source"), (" said.", None)]
    else:
        parts = [(phrase, "source"), (" said ", None), *clause, (".", None)]
    return Built(parts), kind


@SETTINGS
@given(people_nouns())
def test_people_nouns_kind_table(case: tuple[Built, str]) -> None:
    built, kind = case
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"), kind)


# --- class 2: carry (spec 3.4 and section 5) ----------------------------------------------


@st.composite
def sources(draw: st.DrawFn) -> list[Part]:
    """A source opening a sentence: a name or "the <adj> <noun>"."""
    if draw(st.booleans()):
        return [(draw(names), "source")]
    return _the_noun(draw, adjective=draw(st.booleans()))


@st.composite
def another_sentence(draw: st.DrawFn, mark: str) -> list[Part]:
    """Another <N> were <verbed>. (no cue; continues the same report)"""
    token = draw(
        st.integers(2, 999).map(str)
        | st.integers(1_000, 999_999).map("{:,}".format)
        | st.sampled_from(NUMBER_WORDS)
    )
    verbed = draw(st.sampled_from(VERBED))
    return [("another ", None), (token, mark), (f" were {verbed}.", None)]


@st.composite
def carry_chain(draw: st.DrawFn) -> Built:
    """<Source> said N1 <nouns> were <verbed>. Another N2 were <verbed>."""
    return Built(
        [
            *draw(sources()),
            (" said ", None),
            *draw(figure_clauses()),
            (". ", None),
            *draw(another_sentence("carried")),
        ]
    )


@given(carry_chain())
def test_carry_into_the_next_sentence(built: Built) -> None:
    report = _check(built)
    first = _assert_sourced(report, built.span("token"), built.span("source"))
    carried = _assert_sourced(
        report, built.span("carried"), built.span("source"), first.kind, carried=True
    )
    assert (carried.source.start, carried.source.end) == (first.source.start, first.source.end)


@st.composite
def carry_across_paragraph(draw: st.DrawFn) -> Built:
    """<Source> said N1 .... \\n\\nAnother N2 were <verbed>."""
    return Built(
        [
            *draw(sources()),
            (" said ", None),
            *draw(figure_clauses()),
            (".\n\n", None),
            *draw(another_sentence("later")),
        ]
    )


@SETTINGS
@given(carry_across_paragraph())
def test_paragraph_break_ends_carry(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))
    _assert_unsourced(report, built.span("later"))


@st.composite
def carry_new_source(draw: st.DrawFn) -> Built:
    """<S1> said N1 .... <S2> said N2 .... Another N3 were <verbed>."""
    first_source = draw(sources())
    second_source = draw(sources().filter(lambda parts: parts != first_source))
    first = [(text, "first" if mark == "source" else mark) for text, mark in first_source]
    return Built(
        [
            *first,
            (" said ", None),
            *draw(figure_clauses("first_token")),
            (". ", None),
            *second_source,
            (" said ", None),
            *draw(figure_clauses()),
            (". ", None),
            *draw(another_sentence("carried")),
        ]
    )


@given(carry_new_source())
def test_carry_takes_the_newest_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("first_token"), built.span("first"))
    _assert_sourced(report, built.span("token"), built.span("source"))
    carried = _assert_sourced(
        report, built.span("carried"), built.span("source"), None, carried=True
    )
    assert not _overlaps(carried.source, built.span("first"))


@st.composite
def figure_before_attribution(draw: st.DrawFn) -> Built:
    """<figure clause>. <Source> said N1 ...."""
    return Built(
        [
            *draw(figure_clauses("before")),
            (". ", None),
            *draw(sources()),
            (" said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(figure_before_attribution())
def test_figure_before_attribution_is_unsourced(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("before"))
    _assert_sourced(report, built.span("token"), built.span("source"))


# --- negative controls --------------------------------------------------------------------


@SETTINGS
@given(figure_clauses().map(lambda parts: Built([*parts, (".", None)])))
def test_bare_figure_sentence_is_unsourced(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("token"))


@st.composite
def figure_inside_source(draw: st.DrawFn) -> Built:
    """A <survey> of N <nouns> found that <figure clause>."""
    document = draw(st.sampled_from(["survey", "study", "poll", "census"]))
    n = draw(st.integers(1_000, 99_999).map("{:,}".format) | st.integers(20, 999).map(str))
    nouns = draw(st.sampled_from(COUNTED))
    return Built(
        [
            (f"a {document} of ", "source"),
            (n, "inside"),
            (f" {nouns}", "source"),
            (" found that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(figure_inside_source())
def test_figure_inside_the_source_is_not_covered(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("inside"))
    _assert_sourced(report, built.span("token"), built.span("source", 1), None)


# --- claims of this round: bare quantity words, a month's period -------------------------------


@st.composite
def bare_quantities(draw: st.DrawFn) -> Built:
    """<Quantity word> <verbed> the <nouns>. / The <nouns> <verbed> <quantity word>."""
    word = draw(
        st.sampled_from(["Thousands", "Hundreds", "Dozens", "Millions", "Tens of thousands"])
    )
    verbed = draw(st.sampled_from(VERBED))
    nouns = draw(st.sampled_from(COUNTED))
    if draw(st.booleans()):
        return Built([(word, "token"), (f" {verbed} the {nouns}.", None)])
    return Built([(f"The {nouns} {verbed} ", None), (word.lower(), "token"), (".", None)])


@SETTINGS
@given(bare_quantities())
def test_quantity_words_standing_alone_are_claims(built: Built) -> None:
    report = _check(built)
    claim = _claim(report, built.span("token"))
    assert claim.approximate


@st.composite
def after_a_month_ending_a_sentence(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> in <Month>. <Number word> <nouns> <verbed>."""
    month = draw(st.sampled_from("January March May June July August October December".split()))
    nouns = draw(st.sampled_from(COUNTED))
    verbed = draw(st.sampled_from(VERBED))
    word = draw(st.sampled_from(NUMBER_WORDS)).capitalize()
    return Built(
        [
            (f"The {nouns} {verbed} in {month}. ", None),
            (word, "token"),
            (f" {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(VERBED))}.", None),
        ]
    )


@SETTINGS
@given(after_a_month_ending_a_sentence())
def test_a_number_after_a_month_that_ends_a_sentence_is_a_claim(built: Built) -> None:
    report = _check(built)
    _claim(report, built.span("token"))


@st.composite
def relative_clause_subjects(draw: st.DrawFn) -> Built:
    """<figure clause>, the <nouns> who <verbed> the <nouns> said. / The <nouns> who <verbed>
    the <nouns> said <figure clause>."""
    subject = draw(st.sampled_from(COUNTED))
    clause = f" who {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(COUNTED))}"
    if draw(st.booleans()):
        return Built(
            [
                *draw(figure_clauses()),
                (", ", None),
                (f"the {subject}{clause}", "source"),
                (" said.", None),
            ]
        )
    return Built(
        [
            (f"The {subject}{clause}", "source"),
            (" said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(relative_clause_subjects())
def test_subject_restricted_by_a_relative_clause_is_the_source(built: Built) -> None:
    report = _check(built)
    attribution_ = _assert_sourced(report, built.span("token"), built.span("source"), kind=None)
    # the whole phrase, the clause with it, is the verb's subject
    assert (attribution_.source.start, attribution_.source.end) == built.span("source")


@st.composite
def name_bare_title_said(draw: st.DrawFn) -> Built:
    """<figure clause>, <Name>, <adj> <noun> of <nouns> at the <Org>, said."""
    name = draw(people())
    title = f"{draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
    org = draw(organisations())
    return Built(
        [
            *draw(figure_clauses()),
            (", ", None),
            (name, "source"),
            (f", {title} of {draw(st.sampled_from(COUNTED))} at the {org}, said.", None),
        ]
    )


@SETTINGS
@given(name_bare_title_said())
def test_name_then_a_title_without_determiner_said(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def same_unit_spreads(draw: st.DrawFn) -> Built:
    """The <nouns> were <verbed> at <$low scale> to <$high scale>: one figure."""
    currency = draw(st.sampled_from(["$", "£", "€"]))
    scale = draw(st.sampled_from(["", " million", " billion", "m", "bn"]))
    low = draw(st.integers(2, 900))
    high = draw(st.integers(low + 1, low * 10))
    nouns = draw(st.sampled_from(COUNTED))
    return Built(
        [
            (f"The {nouns} were {draw(st.sampled_from(VERBED))} at ", None),
            (f"{currency}{low:,}{scale} to {currency}{high:,}{scale}", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(same_unit_spreads())
def test_two_amounts_in_one_unit_are_one_spread(built: Built) -> None:
    report = _check(built)
    _claim(report, built.span("token"))


@st.composite
def he_after_plural_source(draw: st.DrawFn) -> Built:
    """The <nouns> said <figure clause>. He said <figure clause>."""
    return Built(
        [
            (f"The {draw(st.sampled_from(COUNTED))} said ", None),
            *draw(figure_clauses(mark="first")),
            (". ", None),
            ("He", "source"),
            (" said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(he_after_plural_source())
def test_he_does_not_stand_for_a_plural_source(built: Built) -> None:
    report = _check(built)
    attribution_ = _assert_sourced(report, built.span("token"), built.span("source"))
    assert attribution_.resolved is None


@st.composite
def than_baselines(draw: st.DrawFn) -> Built:
    """<figure clause>, more than the <adj> <noun> had <expected>: the subject of a reporting
    verb after "than" gives the baseline the figure is compared with, not the figure."""
    verb = draw(st.sampled_from(["expected", "forecast", "predicted", "estimated", "said"]))
    return Built(
        [
            *draw(figure_clauses()),
            (", more than ", None),
            *_the_noun(draw, adjective=True),
            (f" had {verb}.", None),
        ]
    )


@SETTINGS
@given(than_baselines())
def test_subject_after_than_is_a_baseline_not_a_source(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("token"))


@st.composite
def name_affiliation_said(draw: st.DrawFn) -> Built:
    """<figure clause>, <Name>, of|from|at the <Org>, said."""
    link = draw(st.sampled_from(["of", "from", "at"]))
    determiner = draw(st.sampled_from(["", "the "]))
    return Built(
        [
            *draw(figure_clauses()),
            (", ", None),
            (draw(people()), "source"),
            (f", {link} {determiner}{draw(organisations())}, said.", None),
        ]
    )


@SETTINGS
@given(name_affiliation_said())
def test_name_then_an_affiliation_set_off_said(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def subject_verbed_that(draw: st.DrawFn) -> Built:
    """<Name>|The <adj> <noun> <verbed> that <figure clause>: a verb from outside the lexicon,
    known by its position and shape, before a that-clause (cue rule verb-by-shape)."""
    if draw(st.booleans()):
        subject: list[Part] = [(draw(names), "source")]
    else:
        subject = _the_noun(draw, adjective=draw(st.booleans()))
    verb = draw(st.sampled_from(VERBED))
    return Built([*subject, (f" {verb} that ", None), *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(subject_verbed_that())
def test_subject_and_unlisted_verb_before_that_clause(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def subject_verbed_own_estimate(draw: st.DrawFn) -> Built:
    """<Name>|The <adj> <noun> <verbed> its <word> estimate to <figure>: a body's own revised
    estimate names it (cue rule own-estimate), with a verb and a noun from outside the lexicon."""
    if draw(st.booleans()):
        subject: list[Part] = [(draw(names), "source")]
    else:
        subject = _the_noun(draw, adjective=draw(st.booleans()))
    verb = draw(st.sampled_from(VERBED))
    noun = draw(st.sampled_from(["estimate", "forecast", "projection", "outlook"]))
    modifier = draw(st.sampled_from(HEADS))
    token = draw(
        st.integers(2, 99).map("{} percent".format) | st.integers(2, 950).map("${} million".format)
    )
    return Built(
        [*subject, (f" {verb} its {modifier} {noun} to ", None), (token, "token"), (".", None)]
    )


@SETTINGS
@given(subject_verbed_own_estimate())
def test_subject_and_unlisted_verb_of_its_own_estimate(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"), kind=None)


@st.composite
def set_off_relative_then_main_clause(draw: st.DrawFn) -> Built:
    """<Name>|The <noun>, which said <figure clause>, <verbed> <figure> <nouns>.: spec 3.2, the
    relative clause's cue covers its own figure, not the main clause's."""
    if draw(st.booleans()):
        subject: list[Part] = [(draw(names), None)]
    else:
        subject = [(f"the {draw(st.sampled_from(HEADS))}", None)]
    return Built(
        [
            *subject,
            (", which said ", None),
            *draw(figure_clauses("inner")),
            (f", {draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(11, 990))), "outer"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(set_off_relative_then_main_clause())
def test_set_off_relative_cue_covers_only_its_clause(built: Built) -> None:
    report = _check(built)
    assert _claim(report, built.span("inner")).status == "sourced"
    _assert_unsourced(report, built.span("outer"))


@st.composite
def quoted_as_saying(draw: st.DrawFn) -> Built:
    """<Name>|The <adj> <noun> was quoted as saying|telling the <nouns> that <figure clause>.:
    the subject of the passive is the source, whatever its head."""
    if draw(st.booleans()):
        subject: list[Part] = [(draw(names), "source")]
    else:
        subject = _the_noun(draw, adjective=draw(st.booleans()))
    verb = draw(
        st.sampled_from(["saying ", "saying that "])
        | st.sampled_from(COUNTED).map("telling the {} that ".format)
    )
    return Built([*subject, (f" was quoted as {verb}", None), *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(quoted_as_saying())
def test_subject_of_quoted_as_saying_is_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"), kind=None)


def _set_off_then_said(draw: st.DrawFn, source: str, aside: str) -> Built:
    """<source>, <aside>, said <figure clause>.: the source, a phrase set off after it, then
    the verb and what it reports; the figure clause is drawn last."""
    return Built(
        [(source, "source"), (f", {aside}, said ", None), *draw(figure_clauses()), (".", None)]
    )


# Adverbs by ending, for an appositive that opens with one ("Ms Quenby, formerly the ...").
ADVERBS = [w for w in WORDS if len(w) >= 7 and w.endswith("ly") and _clear(w[:-2])]


@st.composite
def name_adverb_appositive_said(draw: st.DrawFn) -> Built:
    """<Name>, <adverb> the <adj> <noun>, said <figure clause>.: the adverb opens the
    appositive; the name before it is the source."""
    name = draw(names)
    adverb = draw(st.sampled_from(ADVERBS))
    noun = draw(st.sampled_from(HEADS))
    adjective = draw(st.sampled_from(ADJECTIVES))
    return _set_off_then_said(draw, name, f"{adverb} the {adjective} {noun}")


@SETTINGS
@given(name_adverb_appositive_said())
def test_appositive_opened_by_an_adverb_leaves_the_name_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def title_then_name_after_the_figure(draw: st.DrawFn) -> Built:
    """<figure clause>, said|according to the <adj> <noun>, <Name>.: the name set off after
    the title is the source, as it is when the title and name open the sentence."""
    noun = draw(st.sampled_from(HEADS))
    adjective = draw(st.sampled_from(ADJECTIVES))
    link = draw(st.sampled_from([", said ", ", according to "]))
    return Built(
        [
            *draw(figure_clauses()),
            (f"{link}the {adjective} {noun}, ", None),
            (draw(names), "source"),
            (".", None),
        ]
    )


@SETTINGS
@given(title_then_name_after_the_figure())
def test_name_set_off_after_a_title_after_the_figure_is_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def name_then_org_title_said(draw: st.DrawFn) -> Built:
    """<Person>, <Org> <noun>|<Org> <Noun>, said <figure clause>.: a title with no determiner,
    qualified by an organisation's name ("Ms Quenby, Vorland Trelmack guitarist, said"); the
    person before it is the source."""
    noun = draw(st.sampled_from(HEADS))
    title = noun.capitalize() if draw(st.booleans()) else noun
    person = draw(people())
    return _set_off_then_said(draw, person, f"{draw(organisations())} {title}")


@SETTINGS
@given(name_then_org_title_said())
def test_title_qualified_by_a_name_leaves_the_person_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def relative_holding_a_list_said(draw: st.DrawFn) -> Built:
    """<Org>, which <verbed> the <nouns> of <Name>, <Name> and <n> other <nouns>, said <figure
    clause>.: the list's commas stand inside the relative clause; the name before it is the
    source."""
    nouns = draw(st.sampled_from(COUNTED))
    places = draw(st.lists(pseudo_words(), min_size=2, max_size=3, unique=True))
    listed = ", ".join(places[:-1]) + f" and {places[-1]}"
    if draw(st.booleans()):
        listed = ", ".join(places) + f" and {draw(st.integers(2, 40))} other {nouns}"
    org = draw(organisations())
    return _set_off_then_said(
        draw, org, f"which {draw(st.sampled_from(VERBED))} the {nouns} of {listed}"
    )


@SETTINGS
@given(relative_holding_a_list_said())
def test_relative_clause_holding_a_list_leaves_the_name_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def name_noun_of_appositive_said(draw: st.DrawFn) -> Built:
    """<Org>, <noun> of the <Org>, said <figure clause>.: an appositive opened by a bare noun
    and "of" ("Vorland Trelmack, guitarist of the Quenby Dravon, said"); the name before it is
    the source."""
    org = draw(organisations())
    return _set_off_then_said(
        draw, org, f"{draw(st.sampled_from(HEADS))} of the {draw(organisations())}"
    )


@SETTINGS
@given(name_noun_of_appositive_said())
def test_appositive_of_a_bare_noun_and_of_leaves_the_name_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def subject_adverb_said(draw: st.DrawFn) -> Built:
    """The <adj> <noun>|<Name> [on <Day>] <adverb> said <figure clause>.: an adverb in "-ly"
    (and a dating day) between the subject and its verb stay out of the source."""
    if draw(st.booleans()):
        subject: list[Part] = [(draw(names), "source")]
    else:
        subject = _the_noun(draw, adjective=draw(st.booleans()))
    day = draw(st.sampled_from(["", " on Friday", " on Monday"]))
    adverb = draw(st.sampled_from(ADVERBS))
    return Built([*subject, (f"{day} {adverb} said ", None), *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(subject_adverb_said())
def test_adverb_before_the_verb_stays_out_of_the_source(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def report_in_report_after_a_day(draw: st.DrawFn) -> Built:
    """<Name> said <day> that <figure> <nouns> <verbed> that ...: a report inside a report,
    a time between the outer verb and its "that"; the figure in the inner subject is the outer
    speaker's."""
    count = draw(st.sampled_from(NUMBER_WORDS) | st.integers(2, 999).map(str))
    day = draw(st.sampled_from(["Friday", "on Monday", "last week", "yesterday", "on May 3"]))
    return Built(
        [
            (draw(people()), "source"),
            (f" said {day} that ", None),
            (count, "token"),
            (
                f" {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(VERBED))} that the"
                f" {draw(st.sampled_from(HEADS))} would leave.",
                None,
            ),
        ]
    )


@SETTINGS
@given(report_in_report_after_a_day())
def test_figure_in_an_inner_source_after_a_day_is_the_speakers(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def house_numbers_and_timings(draw: st.DrawFn) -> Built:
    """The <Org> is at <house number> <compass>. <Name> <Name>; <Name> won in <m>:<ss.hh>.:
    a house number before an abbreviated compass point and a street name or a numbered street
    ("78th St."), and a timing, are no claims, whatever the names."""
    house = str(draw(st.integers(100, 99_999)))
    compass = draw(st.sampled_from(["N.", "S.", "E.", "W."]))
    street = " ".join(draw(st.lists(pseudo_words(), min_size=1, max_size=2)))
    if draw(st.booleans()):
        n = draw(st.integers(1, 199))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        street = f"{n}{suffix} {draw(st.sampled_from(['St.', 'Street', 'Ave.', 'Avenue']))}"
    timing = f"{draw(st.integers(1, 9))}:{draw(st.integers(10, 59))}.{draw(st.integers(10, 99))}"
    return Built(
        [
            (f"The {draw(organisations())} is at ", None),
            (house, "house"),
            (f" {compass} {street}; {draw(people())} won in ", None),
            (timing, "timing"),
            (".", None),
        ]
    )


@SETTINGS
@given(house_numbers_and_timings())
def test_house_numbers_and_timings_are_no_claims(built: Built) -> None:
    report = _check(built)
    for mark in ("house", "timing"):
        span = built.span(mark)
        assert not any(_overlaps(c.token, span) for c in report.claims), mark


@st.composite
def participle_place_phrase_verb(draw: st.DrawFn) -> Built:
    """The <adj> <noun> <found> in the <noun> <verbed> N <nouns>.: a past participle, a place
    phrase and the clause's own verb make a reduced relative on the noun, which reports
    nothing, whatever the words."""
    participle = draw(st.sampled_from(["found", "reported", "recorded", "identified", "shown"]))
    place = draw(st.sampled_from(["in", "at", "near", "among", "inside"]))
    token = str(draw(st.integers(2, 999)))
    return Built(
        [
            *_the_noun(draw, adjective=True),
            (f" {participle} {place} the {draw(st.sampled_from(HEADS))} ", None),
            (f"{draw(st.sampled_from(VERBED))} ", None),
            (token, "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(participle_place_phrase_verb())
def test_participle_and_place_phrase_before_the_verb_is_no_cue(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


CHANGES = ["rose", "fell", "grew", "increased", "declined", "dropped", "were up", "were down"]


@st.composite
def speech_then_percentage_change(draw: st.DrawFn, *, direct: bool) -> Built:
    """<Source> said the <nouns> were <verbed>. <Nouns> <rose> N%. (indirect speech), or
    "The <nouns> were <verbed>," <source> said. <Nouns> <rose> N%. (a direct quote): after
    indirect speech without a figure, a percentage stated as a change goes on with the report
    (carried); after a quote, it is the reporter's."""
    speech = f"the {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))}"
    source = draw(sources())
    if direct:
        opening = [(f'"{speech[0].upper()}{speech[1:]}," ', None), *source, (" said. ", None)]
    else:
        opening = [*source, (f" said {speech}. ", None)]
    n = draw(st.integers(2, 99))
    tenth = draw(st.sampled_from(["", ".5", ".3"]))
    sign = draw(st.sampled_from(["%", " per cent", " percent"]))
    return Built(
        [
            *opening,
            (f"{draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(CHANGES))} ", None),
            (f"{n}{tenth}{sign}", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(speech_then_percentage_change(direct=False))
def test_percentage_change_after_indirect_speech_is_carried(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), None, carried=True)


@SETTINGS
@given(speech_then_percentage_change(direct=True))
def test_percentage_change_after_a_direct_quote_is_unsourced(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def wrote_where(draw: st.DrawFn) -> Built:
    """<figure clause>, <Name> wrote <on|to|in> the <adj> <noun>. or <Name> wrote on the
    <noun> that <figure clause>.: a verb of speech followed by where or to whom it was written
    still reports, whatever the words of the phrase."""
    prep = draw(st.sampled_from(["on", "to", "in", "for"]))
    place = f"{prep} the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
    if draw(st.booleans()):
        return Built(
            [
                *draw(figure_clauses()),
                (", ", None),
                (draw(names), "source"),
                (f" wrote {place}.", None),
            ]
        )
    return Built(
        [
            (draw(names), "source"),
            (f" wrote {place} that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(wrote_where())
def test_wrote_and_where_it_was_written_reports(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def measure_then_conversion(draw: st.DrawFn) -> Built:
    """<Name> said the <adj> <noun> is N <unit> (M <unit>) long.: a unit conversion in
    brackets after a measure takes the measure's status and source, whatever the words."""
    units = draw(
        st.sampled_from([("km", "miles"), ("feet", "m"), ("kg", "lb"), ("metres", "feet")])
    )
    noun = f"the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
    return Built(
        [
            (draw(names), "source"),
            (f" said {noun} is {draw(st.integers(2, 999))} {units[0]} (", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {units[1]}) long.", None),
        ]
    )


@SETTINGS
@given(measure_then_conversion())
def test_unit_conversion_takes_the_status_of_its_measure(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def set_off_told_hearer(draw: st.DrawFn) -> Built:
    """The <adj> <noun>, <Name> told <hearer>, has <verbed> <figure> <nouns>.: a cue set off
    by commas whose verb takes its hearer as object covers the sentence it interrupts."""
    subject = f"the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
    hearer = draw(st.sampled_from(["me", "us", "reporters"]) | names)
    token, _ = draw(figures())
    return Built(
        [
            (f"{subject}, ", None),
            (draw(names), "source"),
            (f" told {hearer}, has {draw(st.sampled_from(VERBED))} ", None),
            (token, "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(set_off_told_hearer())
def test_set_off_cue_with_a_hearer_covers_its_sentence(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def adverb_ages_and_pronoun_ones(draw: st.DrawFn) -> Built:
    """<Name>, <adverb> <age>, <verbed> the <noun>. The <nouns> were <verbed>, including one
    <verbed> by the <noun>.: an age set off after a name behind an adverb, and "one" before a
    past participle and its preposition, are no claims, whatever the words."""
    adverb = draw(st.sampled_from(["now", "also", "then", "still", "only"]))
    nouns = draw(st.sampled_from(COUNTED))
    return Built(
        [
            (f"{draw(people())}, {adverb} ", None),
            (str(draw(st.integers(16, 95))), "age"),
            (f", {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(HEADS))}. ", None),
            (f"The {nouns} were {draw(st.sampled_from(VERBED))}, including ", None),
            ("one", "one"),
            (f" {draw(st.sampled_from(VERBED))} by the {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(adverb_ages_and_pronoun_ones())
def test_ages_after_an_adverb_and_one_before_a_participle_are_no_claims(built: Built) -> None:
    report = _check(built)
    for mark in ("age", "one"):
        span = built.span(mark)
        assert not any(_overlaps(c.token, span) for c in report.claims), mark


@st.composite
def plans_made_public(draw: st.DrawFn) -> Built:
    """<Name> <unveiled> <det> <adj> <plan> to hire <N> <nouns>.: a verb that makes a plan
    public, with a plan as its object, reports the plan's figures for its maker, whatever the
    maker, the adjective and the counted noun."""
    verb = draw(st.sampled_from(["unveiled", "outlined", "detailed", "unveils", "outlines"]))
    determiner = draw(st.sampled_from(["a", "its", "their", "the", "a new"]))
    adjective = draw(st.sampled_from(["", *ADJECTIVES]))
    plan = draw(st.sampled_from(["plan", "plans", "proposal", "proposals", "blueprint"]))
    object_ = " ".join(w for w in (determiner, adjective, plan) if w)
    return Built(
        [
            (draw(names), "source"),
            (f" {verb} {object_} to hire ", None),
            (str(draw(st.integers(2, 1_499))), "token"),  # not a year
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(plans_made_public())
def test_a_plan_made_public_is_its_makers(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def tie_breaks(draw: st.DrawFn) -> Built:
    """<Name> beat <Name> <a>-<b> 7-6 (<x>-<y>).: a tie-break in brackets after a set's games
    is no claim, however long it ran."""
    won = draw(st.integers(10, 20))
    return Built(
        [
            (f"{draw(people())} beat {draw(people())} {draw(st.integers(0, 7))}-6 7-6 (", None),
            (f"{won}-{won - 2}", "score"),
            (").", None),
        ]
    )


@SETTINGS
@given(tie_breaks())
def test_tie_breaks_after_a_set_are_no_claims(built: Built) -> None:
    span = built.span("score")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims)


@st.composite
def zero_led_names(draw: st.DrawFn) -> Built:
    """<Name>'s hits include <Pseudo> and 0<d> <Pseudo> <Pseudo>.: digits opening with a zero
    name something (a song, a code), never count it."""
    return Built(
        [
            (f"{draw(people())}'s hits include {draw(pseudo_words())} and ", None),
            (f"0{draw(st.integers(1, 9))}", "name"),
            (f" {draw(pseudo_words())} {draw(pseudo_words())}.", None),
        ]
    )


@SETTINGS
@given(zero_led_names())
def test_zero_led_names_are_no_claims(built: Built) -> None:
    span = built.span("name")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims)


@st.composite
def it_emerged_clauses(draw: st.DrawFn) -> Built:
    """Later it emerged <det> <noun> had <verbed> <N> <nouns>.: "it emerged" before a clause,
    its "that" left out, is a vague source of the clause, whatever the words."""
    determiner = draw(st.sampled_from(["a", "the", "his", "her", "their", "its"]))
    return Built(
        [
            (f"{draw(st.sampled_from(['Later', 'Then', 'In May']))} ", None),
            ("it emerged", "source"),
            (f" {determiner} {draw(st.sampled_from(HEADS))} had ", None),
            (f"{draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(2, 1_499))), "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(it_emerged_clauses())
def test_it_emerged_without_that_is_a_vague_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), "vague")


@st.composite
def one_per_period(draw: st.DrawFn) -> Built:
    """The <nouns> get one <noun> <every|a|per> <period>.: "one" before a noun and the period
    it is counted per is a count, whatever the noun."""
    period = draw(
        st.sampled_from(["every three years", "a day", "per week", "each month", "every two hours"])
    )
    return Built(
        [
            (f"The {draw(st.sampled_from(COUNTED))} ", None),
            (f"{draw(st.sampled_from(['get', 'have', 'take']))} ", None),
            ("one", "token"),
            (f" {draw(st.sampled_from(HEADS))} {period}.", None),
        ]
    )


@SETTINGS
@given(one_per_period())
def test_one_counted_per_period_is_a_claim(built: Built) -> None:
    tokens = [(c.token.start, c.token.end) for c in _check(built).claims]
    assert built.span("token") in tokens, (built.text, tokens)


@st.composite
def polls_giving_figures(draw: st.DrawFn) -> Built:
    """The <Name> <poll> <gives> the <Pseudo>s <N> pct.: a poll, survey or study as the
    subject of "gives" reports the figures after it, whatever its name and the party's."""
    noun = draw(st.sampled_from(["poll", "survey", "study"]))
    verb = draw(st.sampled_from(["gives", "gave"]))
    return Built(
        [
            (f"The {draw(pseudo_words())} {noun}", "source"),
            (f" {verb} the {draw(pseudo_words())}s ", None),
            (f"{draw(st.integers(2, 60))} pct", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(polls_giving_figures())
def test_a_poll_that_gives_figures_is_their_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def points_out(draw: st.DrawFn) -> Built:
    """<figure clause>, <Name> <points> out. | As <Name> pointed out, <figure clause>. |
    <Name> pointed to <figure clause>.: "point out" reports in every position, and "pointed to"
    its object, whoever speaks."""
    name = draw(people())
    if draw(st.booleans()):
        # "<Name> pointed to <figure clause>": the object reported
        parts = [(name, "source"), (" pointed to ", None), *draw(figure_clauses()), (".", None)]
        return Built(parts)
    if draw(st.booleans()):
        verb = draw(st.sampled_from(["points", "pointed"]))
        return Built(
            [*draw(figure_clauses()), (", ", None), (name, "source"), (f" {verb} out.", None)]
        )
    return Built(
        [
            ("As ", None),
            (name, "source"),
            (" pointed out, ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(points_out())
def test_point_out_is_a_cue_in_every_position(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def glued_metre_races(draw: st.DrawFn) -> Built:
    """<Name> pulled clear of the <noun>s in the final <N>m. | <Name> is short of <Name>'s
    <N>m world record.: glued metres as a race's stretch or before a world record are a race
    distance, whoever runs."""
    distance = f"{draw(st.sampled_from([60, 100, 200, 300, 400, 800]))}m"
    if draw(st.booleans()):
        lead = (
            f"{draw(people())} pulled clear of the {draw(st.sampled_from(COUNTED))} in the final "
        )
        return Built([(lead, None), (distance, "distance"), (".", None)])
    lead = f"{draw(people())} is short of {draw(people())}'s "
    return Built([(lead, None), (distance, "distance"), (" world record.", None)])


@SETTINGS
@given(glued_metre_races())
def test_glued_metres_of_a_race_are_no_claims(built: Built) -> None:
    span = built.span("distance")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims)


@st.composite
def glued_link_labels(draw: st.DrawFn) -> Built:
    """<text>.\n\n<Pseudo> <noun>:<Pseudo> to <verb> <N> <nouns>\n\n<text>.: a paragraph
    whose label is glued to a headline and that closes with no full stop is a link to another
    story, whatever its words."""
    label = f"{draw(pseudo_words())} {draw(st.sampled_from(HEADS))}"
    return Built(
        [
            (
                f"The {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))}.\n\n",
                None,
            ),
            (f"{label}:{draw(pseudo_words())} {draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(2, 1_499))), "token"),
            (
                f" {draw(st.sampled_from(COUNTED))}\n\nThe {draw(st.sampled_from(HEADS))} left.",
                None,
            ),
        ]
    )


@SETTINGS
@given(glued_link_labels())
def test_a_label_glued_to_a_linked_headline_is_furniture(built: Built) -> None:
    span = built.span("token")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims)


@st.composite
def rates_said_again(draw: st.DrawFn) -> Built:
    """The <nouns> get $<N> a week. The <noun> asked for the extra $<N> a week.: a figure
    said again after "the extra", a possessive and a word, or a name's possessive, is no new
    claim, whatever the words."""
    amount = f"${draw(st.integers(2, 1_499))}"
    period = draw(st.sampled_from(["a week", "per month", "a day"]))
    lead = draw(
        st.sampled_from(["the extra", "the additional", "their current"])
        | pseudo_words().map(lambda w: f"{w}'s")
    )
    return Built(
        [
            (f"The {draw(st.sampled_from(COUNTED))} get ", None),
            (amount, "first"),
            (f" {period}. The {draw(st.sampled_from(HEADS))} asked for {lead} ", None),
            (amount, "again"),
            (f" {period}.", None),
        ]
    )


@SETTINGS
@given(rates_said_again())
def test_a_rate_said_again_is_no_new_claim(built: Built) -> None:
    report = _check(built)
    assert any(_overlaps(c.token, built.span("first")) for c in report.claims)
    assert not any(_overlaps(c.token, built.span("again")) for c in report.claims)


@st.composite
def according_to_after_a_conjunction(draw: st.DrawFn) -> Built:
    """<But|And|Yet> according to the <noun>, <figure clause>.: a conjunction opening the
    sentence leaves "according to" at its head, whatever the words."""
    return Built(
        [
            (f"{draw(st.sampled_from(['But', 'And', 'Yet', 'So']))} according to ", None),
            *_the_noun(draw, adjective=draw(st.booleans())),
            (", ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(according_to_after_a_conjunction())
def test_according_to_after_an_opening_conjunction_covers_the_sentence(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def doubled_single_mark_quotes(draw: st.DrawFn) -> Built:
    """‘‘<clause>,’’ <Name> said. ‘‘<figure clause>.’’: a quote in doubled single marks,
    resumed after its speaker's cue, is carried from the speaker, whoever speaks."""
    return Built(
        [
            (f"‘‘The {draw(st.sampled_from(HEADS))} was {draw(st.sampled_from(VERBED))},’’ ", None),
            (draw(people()), "source"),
            (" said. ‘‘", None),
            *draw(figure_clauses()),
            (".’’", None),
        ]
    )


@SETTINGS
@given(doubled_single_mark_quotes())
def test_a_quote_in_doubled_single_marks_is_resumed(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), carried=True)


@st.composite
def restating_asides(draw: st.DrawFn) -> Built:
    """The <nouns> - <N> <nouns> - were <verbed>, the <noun> said. | Most <nouns> (<N>%) were
    <verbed>, the <noun> said.: an aside holding only the figure and its counted noun, or a
    figure alone in brackets, restates what the content counts and is covered."""
    nouns = draw(st.sampled_from(COUNTED))
    tail = [(f" were {draw(st.sampled_from(VERBED))}, ", None), *_the_noun(draw, adjective=False)]
    if draw(st.booleans()):
        figure = f"{draw(st.integers(2, 900))} million"
        return Built(
            [
                (f"Most {nouns} - ", None),
                (figure, "token"),
                (f" {draw(st.sampled_from(COUNTED))} -", None),
                *tail,
                (" said.", None),
            ]
        )
    return Built(
        [
            (f"Most {nouns} (", None),
            (f"{draw(st.integers(51, 99))}%", "token"),
            (")", None),
            *tail,
            (" said.", None),
        ]
    )


@SETTINGS
@given(restating_asides())
def test_restating_asides_are_covered(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def fears_that(draw: st.DrawFn) -> Built:
    """The <Name> <noun> fears that <figure clause>.: "fears" before a content clause, with a
    subject, is a belief verb that reports, whatever the subject."""
    return Built(
        [
            (f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}", "source"),
            (f" {draw(st.sampled_from(['fears that', 'feared that']))} ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(fears_that())
def test_fears_that_with_a_subject_reports(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def definite_tallies(draw: st.DrawFn) -> Built:
    """<Name> beat the <two>-time <Pseudo> <noun>.: a tally of wins after "the" is no group
    counted again, whatever the title."""
    word = draw(st.sampled_from(["two", "three", "four", "five", "nine"]))
    suffix = draw(st.sampled_from(["-time", "-times"]))
    return Built(
        [
            (f"{draw(people())} beat the ", None),
            (word, "token"),
            (f"{suffix} {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(definite_tallies())
def test_a_tally_of_wins_after_the_is_a_claim(built: Built) -> None:
    tokens = [(c.token.start, c.token.end) for c in _check(built).claims]
    assert built.span("token") in tokens, (built.text, tokens)


@st.composite
def closing_subjects_restricted_by_that(draw: st.DrawFn) -> Built:
    """<figure clause>, the <nouns> that <verb> the <nouns> said.: a closing subject
    restricted by a relative clause on "that" or "which" is the source, clause and all,
    whatever the words."""
    relativiser = draw(st.sampled_from(["that", "which"]))
    source = (
        f"the {draw(st.sampled_from(COUNTED))} {relativiser} "
        f"{draw(st.sampled_from(['own', 'run', 'manage']))} the {draw(st.sampled_from(COUNTED))}"
    )
    return Built([*draw(figure_clauses()), (", ", None), (source, "source"), (" said.", None)])


@SETTINGS
@given(closing_subjects_restricted_by_that())
def test_a_closing_subject_restricted_by_that_is_the_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), None)


@st.composite
def hours_and_rate_footnotes(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> after <five> o'clock.\n\n($1 = <rate> <Pseudo> <noun>s): an hour
    in words before "o'clock" and a wire story's exchange-rate footnote are no claims,
    whatever the currency's name."""
    hour = draw(st.sampled_from(["two", "five", "seven", "eleven"]))
    rate = f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 9999)):04d}"
    return Built(
        [
            (
                f"The {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))} after ",
                None,
            ),
            (hour, "hour"),
            (" " + draw(st.sampled_from(["o’clock", "o'clock"])) + ".\n\n($1 = ", None),
            (rate, "rate"),
            (f" {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}s)", None),
        ]
    )


@SETTINGS
@given(hours_and_rate_footnotes())
def test_hours_in_words_and_rate_footnotes_are_no_claims(built: Built) -> None:
    report = _check(built)
    for mark in ("hour", "rate"):
        assert not any(_overlaps(c.token, built.span(mark)) for c in report.claims), mark


@st.composite
def name_number_lists(draw: st.DrawFn) -> Built:
    """<Name> <verbed> on <Pseudo> <n>, <m> and <k>.: after a capitalised word and its number,
    the later numbers of the list name things too, whatever the words."""
    numbers = draw(st.lists(st.integers(1, 999), min_size=2, max_size=4))
    parts: list[Part] = [
        (f"{draw(names)} {draw(st.sampled_from(VERBED))} on {draw(pseudo_words())} ", None)
    ]
    for i, number in enumerate(numbers):
        if i:
            parts.append((" and " if i == len(numbers) - 1 else ", ", None))
        parts.append((str(number), "later" if i else None))
    parts.append(
        (draw(st.sampled_from([".", " in the " + draw(st.sampled_from(HEADS)) + "."])), None)
    )
    return Built(parts)


@SETTINGS
@given(name_number_lists())
def test_later_numbers_after_a_name_and_its_number_are_no_claims(built: Built) -> None:
    report = _check(built)
    for i in range(len(built.marks["later"])):
        span = built.span("later", i)
        assert not any(_overlaps(c.token, span) for c in report.claims), i


@st.composite
def name_lines_with_nicknames(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed>:\n\n<First> "<Nick>" <Surname>, <age>\n\n...: an age on a line of
    its own after a name, a nickname in quote marks among its words, is no claim."""
    opening, closing = draw(st.sampled_from(['""', "“”", "‘’", "''"]))
    nick = f"{opening}{draw(pseudo_words())}{closing}"
    return Built(
        [
            (f"The {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(VERBED))}:\n\n", None),
            (f"{draw(pseudo_words())} {nick} {draw(pseudo_words())}, ", None),
            (str(draw(st.integers(16, 105))), "age"),
            (f"\n\n{draw(pseudo_words())}, {draw(pseudo_words())}", None),
        ]
    )


@SETTINGS
@given(name_lines_with_nicknames())
def test_age_on_a_name_line_with_a_nickname_is_no_claim(built: Built) -> None:
    span = built.span("age")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims)


@st.composite
def subject_cut_by_place_or_adverb(draw: st.DrawFn) -> Built:
    """<Name>, <in|during|over> the <adj> <noun>, said ...; <Name> <here|there> said ...;
    <Name> and <Name> both said ...: a place or time phrase set off by commas, "here",
    "there" and "both" stand between a subject and its verb, whatever the words."""
    shape = draw(st.sampled_from(["phrase", "here", "both"]))
    if shape == "phrase":
        prep = draw(st.sampled_from(["in", "during", "over", "at"]))
        phrase = f"{prep} the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
        subject, between = draw(names), f", {phrase}, has"
    elif shape == "here":
        subject = f"the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(COUNTED))}"
        between = f" {draw(st.sampled_from(['here', 'there']))}"
    else:
        subject, between = f"{draw(names)} and {draw(names)}", " both"
    return Built(
        [
            (subject, "source"),
            (f"{between} said that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(subject_cut_by_place_or_adverb())
def test_place_phrase_here_and_both_stand_between_subject_and_verb(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def inverted_who_and_coordinated_sources(draw: st.DrawFn) -> Built:
    """<figure clause>, said a <noun> who <verbed> the <noun>. or <figure clause>, the <Org>
    and the <Org> <verb> on Monday.: an inverted source keeps the relative clause that
    restricts it, and two names led by "the" are one source, whatever the words."""
    if draw(st.booleans()):
        head = draw(st.sampled_from(HEADS))
        clause = f"who {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(HEADS))}"
        source, tail = f"a {head} {clause}", "said "
        return Built(
            [*draw(figure_clauses()), (f", {tail}", None), (source, "source"), (".", None)]
        )
    first, second = draw(organisations()), draw(organisations())
    verb = draw(st.sampled_from(["said", "announced", "reported"]))
    return Built(
        [
            *draw(figure_clauses()),
            (", ", None),
            (f"the {first} and the {second}", "source"),
            (f" {verb} on Monday.", None),
        ]
    )


@SETTINGS
@given(inverted_who_and_coordinated_sources())
def test_who_restricted_and_coordinated_sources_are_whole(built: Built) -> None:
    attribution_ = _assert_sourced(
        _check(built), built.span("token"), built.span("source"), kind=None
    )
    start, end = built.span("source")
    assert (attribution_.source.start, attribution_.source.end) == (start, end)


@st.composite
def name_capitalised_title_with_place_said(draw: st.DrawFn) -> Built:
    """<Person>, <Noun> at|of|for the <Org> in <adj> <Name>, said <figure clause>.: a title
    opening with a capital, then where its holder works, with a lowercase word among the
    names; the person before it is the source, whatever the words."""
    title = draw(st.sampled_from(HEADS)).capitalize()
    link = draw(st.sampled_from(["at", "of", "for"]))
    place = f"{draw(st.sampled_from(ADJECTIVES))} {draw(names)}"
    aside = f"{title} {link} the {draw(organisations())} in {place}"
    return _set_off_then_said(draw, draw(people()), aside)


@SETTINGS
@given(name_capitalised_title_with_place_said())
def test_capitalised_title_with_a_place_leaves_the_person_the_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def bid_offer_and_rates(draw: st.DrawFn) -> Built:
    """The <noun> closed at <bid>/<offer> against the <Name>.: a decimal bid, a slash and the
    offer's last decimals is one claim; <amount>/<noun>: an amount before a slash and a word
    is a rate per unit. Whatever the words."""
    noun = draw(st.sampled_from(HEADS))
    if draw(st.booleans()):
        decimals = draw(st.integers(2, 4))
        bid = f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 10**decimals - 1)):0{decimals}d}"
        offer = f"{draw(st.integers(0, 10 ** draw(st.integers(1, decimals)) - 1))}"
        figure = f"{bid}/{offer}"
        return Built(
            [
                (f"The {noun} closed at ", None),
                (figure, "token"),
                (f" against {draw(names)}.", None),
            ]
        )
    amount = f"${draw(st.integers(2, 900))}"
    return Built(
        [(f"The {noun} costs ", None), (amount, "token"), (f"/{draw(pseudo_words())} here.", None)]
    )


@SETTINGS
@given(bid_offer_and_rates())
def test_bid_and_offer_quotes_and_rates_per_unit_are_claims(built: Built) -> None:
    report = _check(built)
    start, end = built.span("token")
    tokens = [(c.token.start, c.token.end) for c in report.claims]
    assert (start, end) in tokens, (built.text, [c.token.text for c in report.claims])


@st.composite
def fraction_moves(draw: st.DrawFn) -> Built:
    """<Name> <verbed> at <price>, up <n>/<d>. | <Name> <verbed> <n>/<d> to <price>. | the
    <noun> <verbed> <n>/<d> of a <noun> lower.: a fraction in halves to sixty-fourths beside a
    price's move is a claim, and the price it moved to another, whatever the words."""
    denominator = draw(st.sampled_from([2, 4, 8, 16, 32, 64]))
    fraction = f"{draw(st.integers(1, denominator - 1))}/{denominator}"
    price = f"{draw(st.integers(1, 99))}-{draw(st.integers(1, 7))}/8"
    name, verbed = draw(names), draw(st.sampled_from(VERBED))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        move = draw(st.sampled_from(["up", "down", "off"]))
        return Built(
            [(f"{name} {verbed} at {price}, {move} ", None), (fraction, "token"), (".", None)]
        )
    if shape == 1:
        return Built(
            [
                (f"{name} {verbed} ", None),
                (fraction, "token"),
                (" to ", None),
                (price, "price"),
                (".", None),
            ]
        )
    noun = draw(st.sampled_from(HEADS))
    return Built(
        [(f"The {noun} {verbed} ", None), (fraction, "token"), (f" of a {noun} lower.", None)]
    )


@SETTINGS
@given(fraction_moves())
def test_fractions_beside_a_price_move_are_claims(built: Built) -> None:
    tokens = [(c.token.start, c.token.end) for c in _check(built).claims]
    assert built.span("token") in tokens, (built.text, tokens)
    if "price" in built.marks:
        assert built.span("price") in tokens, (built.text, tokens)


@st.composite
def according_to_after_a_colon(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> the <noun>: according to the <noun>, <figure clause>.: "according
    to" after a colon or semicolon opens the clause after it, whatever the words."""
    mark = draw(st.sampled_from([":", ";"]))
    lead = (
        f"The {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(VERBED))} "
        f"the {draw(st.sampled_from(HEADS))}{mark} according to "
    )
    return Built(
        [
            (lead, None),
            *_the_noun(draw, adjective=draw(st.booleans())),
            (", ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(according_to_after_a_colon())
def test_according_to_after_a_colon_covers_the_clause_after_it(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def of_the_few_with_no_noun(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> the <noun>, and neither|one|a <noun> of the two <aux|,|.>:
    "two" after "of the" with no noun of its own says the pair just named again, whatever the
    words ("one of the eight said" may count a group for the first time)."""
    lead = (
        f"The {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(VERBED))} "
        f"the {draw(st.sampled_from(HEADS))}, and "
        f"{draw(st.sampled_from(['neither', 'one', 'a ' + draw(st.sampled_from(HEADS))]))} of the "
    )
    tail = draw(st.sampled_from([" would say.", ", it seems.", "."]))
    return Built([(lead, None), ("two", "mark"), (tail, None)])


@SETTINGS
@given(of_the_few_with_no_noun())
def test_of_the_few_with_no_noun_after_is_a_re_mention(built: Built) -> None:
    span = built.span("mark")
    assert not any(_overlaps(c.token, span) for c in _check(built).claims), built.text


@st.composite
def unlisted_currency_converted(draw: st.DrawFn) -> Built:
    """<Org> said it faces a <n>bn <pseudo-currency> ($<a>m; £<b>m) <noun>.: the two sums in
    the bracket convert a currency the lexicon lacks and take its status, whatever the
    words."""
    org = draw(organisations())
    amount = f"{draw(st.integers(2, 90))}bn {draw(pseudo_words()).lower()}"
    dollars, pounds = f"${draw(st.integers(2, 900))}m", f"£{draw(st.integers(2, 900))}m"
    return Built(
        [
            (org, "source"),
            (f" said it faces a {amount} (", None),
            (dollars, "token"),
            ("; ", None),
            (pounds, "second"),
            (f") {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(unlisted_currency_converted())
def test_two_sums_converting_an_unlisted_currency_take_its_status(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))
    _assert_sourced(report, built.span("second"), built.span("source"))


@st.composite
def document_noun_on_topic(draw: st.DrawFn) -> Built:
    """The <adj> figures|data|report on <adj> <nouns> suggest|show(s) <figure clause>.: a
    document's noun keeps its topic after "on", and "report" before its topic is the noun,
    whatever the topic's words."""
    noun, verb = draw(
        st.sampled_from([("figures", "suggest"), ("data", "show"), ("report", "shows")])
    )
    topic = f"{draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(COUNTED))}"
    source = f"The {draw(st.sampled_from(ADJECTIVES))} {noun} on {topic}"
    return Built(
        [(source, "source"), (f" {verb} that ", None), *draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(document_noun_on_topic())
def test_document_noun_keeps_its_topic_after_on(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def agent_after_a_setting(draw: st.DrawFn) -> Built:
    """It was among the <n> <nouns> reported|predicted <Day> [from <Name>] by the <adj>
    <noun>.: a participle's agent after when or where the act took place covers the figure
    before it, whatever the words."""
    count = str(draw(st.integers(11, 999)))
    setting = draw(st.sampled_from(["Thursday", "on Monday", "Friday"]))
    if draw(st.booleans()):
        setting += f" from {draw(names)}"
    verb = draw(st.sampled_from(["reported", "predicted", "estimated"]))
    agent = f"the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))}"
    return Built(
        [
            ("It was among the ", None),
            (count, "token"),
            (f" {draw(st.sampled_from(COUNTED))} {verb} {setting} by ", None),
            (agent, "source"),
            (".", None),
        ]
    )


@SETTINGS
@given(agent_after_a_setting())
def test_agent_after_when_or_where_covers_the_figure(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def acted_then_said_unlisted_clause(draw: st.DrawFn) -> Built:
    """The <nouns> <verbed> the <nouns> and said the <noun> <verbed> <n> <nouns>.: the second
    verb's content is a clause whose verb no list holds; the first verb's subject is the
    source, whatever the words."""
    subject = f"The {draw(st.sampled_from(COUNTED))}"
    first = f" {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(COUNTED))} and said the "
    clause = f"{draw(st.sampled_from(HEADS))} {draw(st.sampled_from(VERBED))} "
    count = f"{draw(st.integers(11, 999))}"
    return Built(
        [
            (subject, "source"),
            (first + clause, None),
            (count, "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(acted_then_said_unlisted_clause())
def test_second_verb_with_an_unlisted_clause_shares_the_subject(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def agent_title_then_name_said(draw: st.DrawFn) -> Built:
    """The <noun>'s <pseudo-word>er, <Person>, says <figure clause>.: a title headed by an
    agent noun no list holds, then the name set off after it; the name is the source."""
    title = f"The {draw(st.sampled_from(HEADS))}'s {draw(pseudo_words()).lower()}er, "
    return Built(
        [
            (title, None),
            (draw(people()), "source"),
            (", says ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(agent_title_then_name_said())
def test_name_after_an_agent_noun_title_is_the_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


def _assert_event_or_tally(built: Built, event: str, tally: str) -> None:
    """The figure marked ``event`` is no claim; the one marked ``tally`` is one."""
    report = _check(built)
    if event in built.marks:
        span = built.span(event)
        assert not any(_overlaps(c.token, span) for c in report.claims), built.text
    else:
        span = built.span(tally)
        assert any(_overlaps(c.token, span) for c in report.claims), built.text


@st.composite
def dashed_pair_after_from(draw: st.DrawFn) -> Built:
    """<Name> came back from <a>-<b> down ... / anywhere from <a>-<b> <nouns>: a dashed pair
    after "from" is one unit, a score before "down" (no claim) and a range otherwise (one
    claim), whatever the words around it."""
    a, b = draw(st.integers(0, 9)), draw(st.integers(0, 9))
    pair = f"{a}-{b}"
    if draw(st.booleans()):
        return Built(
            [
                (f"{draw(names)} came back from ", None),
                (pair, "score"),
                (f" down to beat the {draw(st.sampled_from(COUNTED))}.", None),
            ]
        )
    low = draw(st.integers(20, 400))
    figure = f"{low}-{low + draw(st.integers(5, 90))}"
    return Built(
        [
            ("There were anywhere from ", None),
            (figure, "range"),
            (f" {draw(st.sampled_from(COUNTED))} in the hall.", None),
        ]
    )


@SETTINGS
@given(dashed_pair_after_from())
def test_dashed_pair_after_from_is_one_unit(built: Built) -> None:
    if "score" in built.marks:
        _assert_event_or_tally(built, "score", "range")
    else:
        start, end = built.span("range")
        claims = _check(built).claims
        assert [(c.token.start, c.token.end) for c in claims] == [(start, end)], built.text


@st.composite
def match_events(draw: st.DrawFn) -> Built:
    """<Name> <verbed> <n> [more] tries|aces|match points <rest>.: events counted within one
    match are no claim; with "this season" after them the count is a tally, a claim. Whatever
    the names and verbs."""
    count = draw(st.sampled_from(["two", "three", "four", "five", "6", "9"]))
    event = draw(
        st.sampled_from(["tries", "aces", "match points", "break points", "double faults"])
    )
    more = draw(st.sampled_from(["", "more ", "late "]))
    season = draw(st.booleans())
    tail = " this season." if season else f" against the {draw(st.sampled_from(COUNTED))}."
    return Built(
        [
            (f"{draw(names)} {draw(st.sampled_from(VERBED))} ", None),
            (count, "season" if season else "event"),
            (f" {more}{event}{tail}", None),
        ]
    )


@SETTINGS
@given(match_events())
def test_events_within_one_match_are_no_claims(built: Built) -> None:
    _assert_event_or_tally(built, "event", "season")


@st.composite
def race_times(draw: st.DrawFn) -> Built:
    """<Name> set a personal best of <t> in the <noun>. / <Name> won by clocking <t>.: a race
    time is no claim, whatever the names; "<t> metres" after a best is a distance, a claim."""
    time = f"{draw(st.integers(6, 59))}.{draw(st.integers(0, 99)):02d}"
    shape = draw(st.sampled_from(["best", "clocking", "metres"]))
    if shape == "clocking":
        return Built([(f"{draw(names)} won by clocking ", None), (time, "time"), (".", None)])
    tail = " metres in Lund." if shape == "metres" else f" in the {draw(st.sampled_from(HEADS))}."
    mark = "measure" if shape == "metres" else "time"
    return Built([(f"{draw(names)} set a personal best of ", None), (time, mark), (tail, None)])


@SETTINGS
@given(race_times())
def test_race_times_are_no_claims(built: Built) -> None:
    _assert_event_or_tally(built, "time", "measure")


@st.composite
def scoring_twice(draw: st.DrawFn) -> Built:
    """<Name> <verbed> the <noun>, scoring twice|three times <late on|this season>.: goals of
    one match are no claim; with a season word near, a tally."""
    season = draw(st.booleans())
    figure = draw(st.sampled_from(["twice", "three"]))
    after = " times" if figure == "three" else ""
    tail = " this season." if season else draw(st.sampled_from([" late on.", " before the break."]))
    return Built(
        [
            (f"{draw(names)} {draw(st.sampled_from(VERBED))} the ", None),
            (f"{draw(st.sampled_from(HEADS))}, scoring ", None),
            (figure, "season" if season else "event"),
            (f"{after}{tail}", None),
        ]
    )


@SETTINGS
@given(scoring_twice())
def test_goals_of_one_match_are_no_claims(built: Built) -> None:
    _assert_event_or_tally(built, "event", "season")


@st.composite
def object_gap_relative(draw: st.DrawFn) -> Built:
    """The <noun> is one of <n> <nouns> that the <adj> <nouns> say a <noun> <verbed> on May 2.:
    a relative clause after the counted noun, its object left out, covers the figure alone,
    whatever the words."""
    count = str(draw(st.integers(3, 90)))
    source = f"the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(COUNTED))}"
    return Built(
        [
            (f"The {draw(st.sampled_from(HEADS))} is one of ", None),
            (count, "token"),
            (f" {draw(st.sampled_from(COUNTED))} that ", None),
            (source, "source"),
            (
                f" say a {draw(st.sampled_from(HEADS))} {draw(st.sampled_from(VERBED))} on May 2.",
                None,
            ),
        ]
    )


@SETTINGS
@given(object_gap_relative())
def test_relative_clause_with_an_object_gap_covers_its_figure(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


CONTENT_NOUN_SAMPLE = [
    "reports",
    "rumours",
    "claims",
    "speculation",
    "fears",
    "suggestions",
    "news",
]


@st.composite
def ownerless_content_nouns(draw: st.DrawFn) -> Built:
    """<Name> <verbed> <noun> that <figure clause>. or The <nouns> were <verbed> amid <noun>
    that <figure clause>.: an ownerless report or belief noun before its content clause is a
    vague source, whatever the words around it."""
    noun = draw(st.sampled_from(CONTENT_NOUN_SAMPLE))
    if draw(st.booleans()):
        lead = f"{draw(people())} {draw(st.sampled_from(VERBED))} "
    else:
        lead = f"The {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))} amid "
    return Built(
        [(lead, None), (noun, "source"), (" that ", None), *draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(ownerless_content_nouns())
def test_an_ownerless_content_noun_is_a_vague_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind="vague")


@st.composite
def counted_subjects_cut_by_a_relative(draw: st.DrawFn) -> Built:
    """A <noun> of <n> <nouns>, which was <verbed> in May, found that <figure clause>.: a
    subject holding a figure after its head is still the subject across a relative clause,
    whatever the words."""
    subject = (
        f"A {draw(st.sampled_from(['poll', 'survey', 'study']))} of "
        f"{draw(st.integers(200, 900))} {draw(st.sampled_from(COUNTED))}"
    )
    return Built(
        [
            (subject, "source"),
            (f", which was {draw(st.sampled_from(VERBED))} in May, ", None),
            (f"{draw(st.sampled_from(['found', 'showed']))} that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(counted_subjects_cut_by_a_relative())
def test_a_subject_with_a_figure_after_its_head_spans_a_relative_clause(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def reckonings_of_figures(draw: st.DrawFn) -> Built:
    """The <nouns> were <verbed>, against the <Name>'s <estimate> of <n> <nouns>.: a
    reckoning's figure after "of" is its owner's, whatever the owner and the words."""
    noun = draw(st.sampled_from(["estimate", "forecast", "projection", "prediction"]))
    return Built(
        [
            (
                f"The {draw(st.sampled_from(COUNTED))} were "
                f"{draw(st.sampled_from(VERBED))}, against ",
                None,
            ),
            (f"the {draw(organisations())}", "source"),
            (f"'s {noun} of ", None),
            (f"{draw(st.integers(12, 99_999)):,}", "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(reckonings_of_figures())
def test_a_reckonings_figure_is_its_owners(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def hyphen_glued_sums(draw: st.DrawFn) -> Built:
    """<Name> <verbed> a <n>-<scale>-<currency> <noun>.: a sum glued by hyphens is one claim
    token, its scale and currency read, whatever the words around it."""
    scale = draw(st.sampled_from(["mln", "million", "billion", "bln"]))
    currency = draw(st.sampled_from(["dlr", "euro", "yen", "franc", "dollar"]))
    token = f"{draw(st.integers(2, 900))}-{scale}-{currency}"
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} a ", None),
            (token, "token"),
            (f" {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(hyphen_glued_sums())
def test_a_sum_glued_by_hyphens_is_one_claim(built: Built) -> None:
    claim = _claim(_check(built), built.span("token"))
    assert claim.kind == "money" and claim.currency is not None, (claim.kind, claim.currency)
    assert claim.value is not None and claim.value >= 1e6, claim.value


@st.composite
def clause_verbs_after_a_time(draw: st.DrawFn) -> Built:
    """The <Name> <head> <ruled> in <year> that <figure clause>.: a time set between a verb
    that reports only with a content clause and its "that" leaves the clause reported."""
    verb = draw(st.sampled_from(["ruled", "concluded", "declared", "admitted", "claimed"]))
    when = draw(st.sampled_from(["in 2003", "on 5 May 2003", "last year", "on Friday"]))
    return Built(
        [
            (f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}", "source"),
            (f" {verb} {when} that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(clause_verbs_after_a_time())
def test_a_time_between_a_clause_verb_and_that_keeps_the_report(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def running_totals(draw: st.DrawFn) -> Built:
    """<Org> said it <verbed> <n> <nouns>. This brings the <head> total to <n>.: a sentence
    opening on the reporter's running total is not carried from the report before it,
    whatever the words."""
    return Built(
        [
            (f"{draw(organisations())} said it {draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(12, 99))), None),
            (f" {draw(st.sampled_from(COUNTED))}. ", None),
            (f"{draw(st.sampled_from(['This brings', 'That takes', 'This took']))} the ", None),
            (f"{draw(st.sampled_from(HEADS))} total to ", None),
            (str(draw(st.integers(120, 990))), "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(running_totals())
def test_a_running_total_is_not_carried(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def numbers_before_won_the(draw: st.DrawFn) -> Built:
    """<Pseudo> <n> won the <adjective> <noun> award.: "won" before an article is the verb, no
    currency, whatever the name and the award."""
    return Built(
        [
            (f"{draw(pseudo_words())} ", None),
            (str(draw(st.integers(2, 9))), None),
            (" ", None),
            ("won", "verb"),
            (
                f" the {draw(st.sampled_from(ADJECTIVES))} {draw(st.sampled_from(HEADS))} award.",
                None,
            ),
        ]
    )


@SETTINGS
@given(numbers_before_won_the())
def test_won_before_an_article_is_no_currency(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("verb")) for c in report.claims)


@st.composite
def fronted_charts(draw: st.DrawFn) -> Built:
    """In the <pseudo> chart, the <noun> rose <n> places.: a chart opening the sentence sets
    its figures, whatever the chart and the words."""
    return Built(
        [
            ("In ", None),
            (f"the {draw(pseudo_words()).lower()} chart", "source"),
            (f", the {draw(st.sampled_from(HEADS))} rose ", None),
            (str(draw(st.integers(11, 39))), "token"),
            (" places.", None),
        ]
    )


@SETTINGS
@given(fronted_charts())
def test_a_fronted_chart_sets_its_sentence(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def background_after_a_speaker(draw: st.DrawFn) -> Built:
    """<Name> said <figure clause>. It currently <verbed> <n> <nouns>.: a sentence of the
    reporter's background after a speaker's report is not carried, whatever the words."""
    marker = draw(st.sampled_from(["currently", "presently", "recently"]))
    return Built(
        [
            (f"{draw(people())} said ", None),
            *draw(figure_clauses(mark="first")),
            (f". It {marker} {draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(12, 990))), "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(background_after_a_speaker())
def test_background_after_a_speaker_is_not_carried(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def quantities_of_magnitudes(draw: st.DrawFn) -> Built:
    """<Org> <verbed> <hundreds> of <billions> of <nouns>.: a vague count of a magnitude is
    one claim token, whatever the words around it."""
    token = (
        f"{draw(st.sampled_from(['hundreds', 'tens']))} of "
        f"{draw(st.sampled_from(['millions', 'billions', 'trillions']))}"
    )
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} ", None),
            (token, "token"),
            (f" of {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(quantities_of_magnitudes())
def test_a_vague_count_of_a_magnitude_is_one_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def loose_pairs(draw: st.DrawFn) -> Built:
    """<Name> <verbed> a <noun> or two.: the end of a loose pair after "a" and a singular
    noun counts nothing, whatever the noun."""
    return Built(
        [
            (f"{draw(people())} {draw(st.sampled_from(VERBED))} a ", None),
            (f"{draw(st.sampled_from(HEADS))} or ", None),
            ("two", "pair"),
            (".", None),
        ]
    )


@SETTINGS
@given(loose_pairs())
def test_the_end_of_a_loose_pair_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("pair")) for c in report.claims)


@st.composite
def stock_named_by_its_dividend(draw: st.DrawFn) -> Built:
    """<Org> will redeem its <n> dlr <convertible> preferred stock.: a small sum before a word
    of a class of stock names the class, whatever the company."""
    cents = draw(st.integers(1, 99))
    return Built(
        [
            (f"{draw(organisations())} will redeem its ", None),
            (f"{draw(st.integers(1, 9))}.{cents:02d} dlr", "sum"),
            (f" {draw(st.sampled_from(['convertible', 'cumulative', 'exchangeable']))}", None),
            (" preferred stock.", None),
        ]
    )


@SETTINGS
@given(stock_named_by_its_dividend())
def test_a_dividend_naming_a_class_of_stock_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("sum")) for c in report.claims)


@st.composite
def object_verbs_then_that(draw: st.DrawFn) -> Built:
    """The <Pseudo> <head> <reminded> the <nouns> that <figure clause>.: a verb that takes
    its hearer before the content reports, whatever the words."""
    verb = draw(st.sampled_from(["reminded", "assured", "notified", "informed", "told"]))
    return Built(
        [
            (f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}", "source"),
            (f" {verb} the {draw(st.sampled_from(COUNTED))} that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(object_verbs_then_that())
def test_a_verb_with_its_hearer_then_that_reports(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def age_group_sides(draw: st.DrawFn) -> Built:
    """<Pseudo>'s under <n> <boys> <verbed> the <head>.: an age group's side written without
    its hyphen counts nothing, whatever the names."""
    return Built(
        [
            (f"{draw(pseudo_words())}'s under ", None),
            (str(draw(st.integers(8, 23))), "age"),
            (f" {draw(st.sampled_from(['boys', 'girls', 'team', 'squad', 'side']))} ", None),
            (f"{draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(age_group_sides())
def test_an_age_group_side_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("age")) for c in report.claims)


@st.composite
def capital_and_after_us(draw: st.DrawFn) -> Built:
    """<figure clause> in the U.S. And <Pseudo>, the <nouns> said.: a capitalised "And" between
    "U.S." and a name, as old wire copy writes it, ends no sentence, whatever the name."""
    return Built(
        [
            *draw(figure_clauses()),
            (f" in the U.S. And {draw(pseudo_words())}, ", None),
            (f"the {draw(st.sampled_from(COUNTED))}", "source"),
            (" said.", None),
        ]
    )


@SETTINGS
@given(capital_and_after_us())
def test_a_capital_and_between_names_after_us_ends_no_sentence(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def singular_cents(draw: st.DrawFn) -> Built:
    """<Org> earned <n> ct a share.: "ct" after a number is a sum in cents, whatever the
    company and the number."""
    number = draw(st.sampled_from(["one", "41", "five", "6.706"]))
    return Built(
        [
            (f"{draw(organisations())} earned ", None),
            (f"{number} ct", "token"),
            (" a share.", None),
        ]
    )


@SETTINGS
@given(singular_cents())
def test_a_number_of_cents_written_ct_is_one_sum(built: Built) -> None:
    claim = _claim(_check(built), built.span("token"))
    assert claim.kind == "money", claim.kind


@st.composite
def ratios_joined_by_to(draw: st.DrawFn) -> Built:
    """The <nouns> were <verbed> by a <n>-to-<m> <noun>.: two numbers joined by "-to-" are
    one ratio or tally claim, whatever the words."""
    n = draw(st.integers(2, 400))
    m = draw(st.integers(1, 400).filter(lambda m: m != n and (n, m) != (9, 5)))  # "9-to-5 job"
    return Built(
        [
            (
                f"The {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))} by a ",
                None,
            ),
            (f"{n}-to-{m}", "token"),
            (f" {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(ratios_joined_by_to())
def test_two_numbers_joined_by_to_are_one_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def end_cue_after_semicolons(draw: st.DrawFn) -> Built:
    """<figure clause>; <figure clause>, <name> said. (or "said <name>."): a cue at the end
    of a sentence covers every clause of it, those before a semicolon too, whatever the
    words."""
    name = draw(names)
    inverted = draw(st.booleans())
    return Built(
        [
            *draw(figure_clauses()),
            ("; ", None),
            *draw(figure_clauses(mark="second")),
            (", said " if inverted else ", ", None),
            (name, "source"),
            ("." if inverted else " said.", None),
        ]
    )


@SETTINGS
@given(end_cue_after_semicolons())
def test_an_end_cue_covers_the_clauses_before_a_semicolon(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))
    _assert_sourced(report, built.span("second"), built.span("source"))


@st.composite
def speaker_of_a_research_firm(draw: st.DrawFn) -> Built:
    """ "<quote>," said <person> of <Org> Research. <figure clause>.: a person of a firm whose
    name ends in a document's word is a speaker, not a document, and after a quote the
    reporter speaks again, whatever the names."""
    word = draw(st.sampled_from(["Research", "Data", "Survey", "Analysis"]))
    return Built(
        [
            (f'"The {draw(st.sampled_from(COUNTED))} are {draw(st.sampled_from(VERBED))}," ', None),
            (f"said {draw(people())} of {draw(pseudo_words())} {word}. ", None),
            ("Even so, ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(speaker_of_a_research_firm())
def test_a_speaker_of_a_firm_named_like_a_document_passes_no_figures_on(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def change_in_a_named_index(draw: st.DrawFn) -> Built:
    """<Org> shares fell after a <n> point drop in the <Name> index.: an index named after
    "in" that the figure measures is no setting, whatever its name."""
    change = draw(st.sampled_from(["drop", "rise", "fall", "gain"]))
    return Built(
        [
            (f"{draw(organisations())} shares fell after a ", None),
            (str(draw(st.integers(2, 900))), "token"),
            (f" point {change} in the {draw(pseudo_words())} {draw(pseudo_words())} index.", None),
        ]
    )


@SETTINGS
@given(change_in_a_named_index())
def test_an_index_that_moved_is_no_setting(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def rank_in_a_table(draw: st.DrawFn) -> Built:
    """The <noun> drew <figure> <nouns> and is <ordinal> in the rankings.: a setting after a
    rank sets only what follows it, whatever the words."""
    ordinal = draw(st.sampled_from(["91st", "third", "22nd", "seventh", "last"]))
    table = draw(st.sampled_from(["rankings", "list", "table", "index"]))
    return Built(
        [
            (f"The {draw(st.sampled_from(HEADS))} drew ", None),
            (
                draw(st.integers(2, 999).map(str) | st.integers(1_000, 99_999).map("{:,}".format)),
                "token",
            ),
            (f" {draw(st.sampled_from(COUNTED))} and is {ordinal} in the {table}.", None),
        ]
    )


@SETTINGS
@given(rank_in_a_table())
def test_a_rank_in_a_table_sets_nothing_before_it(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def spelled_then_digit_alternatives(draw: st.DrawFn) -> Built:
    """The <nouns> were <verbed> by <two..nine> or <10..99> per cent.: the style that spells out
    numbers under ten writes one figure's two alternatives unlike, and they are one claim."""
    low = draw(st.sampled_from("two three four five six seven eight nine".split()))
    high = draw(st.integers(10, 99))
    return Built(
        [
            (
                f"The {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))} by ",
                None,
            ),
            (f"{low} or {high} per cent", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(spelled_then_digit_alternatives())
def test_alternatives_spelled_then_in_digits_are_one_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def durations_with_a_plus(draw: st.DrawFn) -> Built:
    """<Person> has <verbed> the <nouns> for <n>+ <unit>.: a lower bound written with "+" is a
    duration like <n> <unit>, whatever the words."""
    n = draw(st.integers(2, 90))
    unit = draw(st.sampled_from(["years", "months", "weeks", "days", "hours"]))
    return Built(
        [
            (f"{draw(people())} has {draw(st.sampled_from(VERBED))} the ", None),
            (f"{draw(st.sampled_from(COUNTED))} for ", None),
            (str(n), "token"),
            (f"+ {unit}.", None),
        ]
    )


@SETTINGS
@given(durations_with_a_plus())
def test_a_duration_with_a_plus_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


TITLED_UNITS = ["Cent", "Minutes", "Days", "Grams", "Miles", "Dollars", "Hours", "Years"]


@st.composite
def numbers_before_titled_units(draw: st.DrawFn) -> tuple[Built, bool]:
    """The <noun> <n> <Unit> <verbed> the <nouns>.: digits before a unit word written with a
    capital name something ("the rapper 50 Cent"); written lower, the same words count. The
    flag says which."""
    titled = draw(st.booleans())
    # written lower, a time unit makes a duration, no claim either: only amounts count
    unit = draw(st.sampled_from(TITLED_UNITS if titled else ["dollars", "grams", "miles"]))
    return Built(
        [
            (f"The {draw(st.sampled_from(HEADS))} ", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {unit} {draw(st.sampled_from(VERBED))} the ", None),
            (f"{draw(st.sampled_from(COUNTED))}.", None),
        ]
    ), titled


@SETTINGS
@given(numbers_before_titled_units())
def test_digits_before_a_unit_with_a_capital_are_a_name(case: tuple[Built, bool]) -> None:
    built, titled = case
    report = _check(built)
    counted = any(_overlaps(c.token, built.span("token")) for c in report.claims)
    assert counted is not titled


@st.composite
def ages_after_older_than(draw: st.DrawFn) -> Built:
    """Only <nouns> older than <n> may <verb>.: a bare number after "older than", "younger
    than", "as young as" or "as old as" is an age bounding a group (spec 1: ages are no
    claims), whatever the words."""
    comparison = draw(st.sampled_from(["older than", "younger than", "as young as", "as old as"]))
    return Built(
        [
            (f"Only {draw(st.sampled_from(COUNTED))} {comparison} ", None),
            (str(draw(st.integers(2, 99))), "token"),
            (f" were {draw(st.sampled_from(VERBED))}.", None),
        ]
    )


@SETTINGS
@given(ages_after_older_than())
def test_a_number_after_older_than_is_an_age(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


@st.composite
def coordinated_plural_subjects(draw: st.DrawFn) -> Built:
    """<Name> <nouns> <verbed> the <nouns> and said <figure clause>.: the second verb of a
    subject keeps the whole subject, a name before a plural noun included, whatever the
    words."""
    subject = f"{draw(pseudo_words())} {draw(st.sampled_from(COUNTED))}"
    return Built(
        [
            (subject, "source"),
            (f" {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(COUNTED))}", None),
            (" and said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(coordinated_plural_subjects())
def test_a_coordinated_verb_keeps_a_plural_subject_after_a_name(built: Built) -> None:
    report = _check(built)
    claim = _claim(report, built.span("token"))
    source = built.span("source")
    assert claim.status == "sourced", claim.status
    assert any((a.source.start, a.source.end) == source for a in claim.attributions), [
        a.source.text for a in claim.attributions
    ]


@st.composite
def agentless_cue_in_a_subordinate_clause(draw: st.DrawFn) -> tuple[Built, bool]:
    """<figure clause> if the <nouns> are forecast to <verb> <figure>. (or the "if" clause
    first, set off by a comma): an agentless cue in a subordinate clause covers that clause,
    not the main one (spec 3.2), whatever the words. The flag says whether it opens."""
    subordinator = draw(st.sampled_from(["if", "unless", "because", "although", "when"]))
    cue = draw(st.sampled_from(["are forecast to", "are expected to", "are thought to"]))
    other = [
        (f"{subordinator} the {draw(st.sampled_from(COUNTED))} {cue} reach ", None),
        (draw(st.integers(2, 999).map(str)), "covered"),
        (f" {draw(st.sampled_from(COUNTED))}", None),
    ]
    opens = draw(st.booleans())
    main = draw(figure_clauses())
    parts = [*other, (", ", None), *main] if opens else [*main, (" ", None), *other]
    return Built([*parts, (".", None)]), opens


@SETTINGS
@given(agentless_cue_in_a_subordinate_clause())
def test_an_agentless_cue_in_a_subordinate_clause_covers_only_it(
    case: tuple[Built, bool],
) -> None:
    built, _ = case
    report = _check(built)
    _assert_unsourced(report, built.span("token"))
    assert _claim(report, built.span("covered")).status == "sourced"


@st.composite
def bare_moves_to_levels(draw: st.DrawFn) -> Built:
    """The <Name> <noun> <moved> <a> to <b>.: a bare move and the level it reached, far from
    it, are two claims, whatever the words."""
    move = draw(st.integers(2, 60))
    level = draw(st.integers(move * 4, 5_000))
    verb = draw(st.sampled_from(["rose", "fell", "gained", "dropped", "climbed"]))
    level_text = f"{level:,}"
    return Built(
        [
            (f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))} {verb} ", None),
            (str(move), "token"),
            (" to ", None),
            (level_text, "level"),
            (f" on {draw(pseudo_words())}.", None),
        ]
    )


@SETTINGS
@given(bare_moves_to_levels())
def test_a_bare_move_and_the_level_it_reached_are_two_claims(built: Built) -> None:
    report = _check(built)
    _claim(report, built.span("token"))
    _claim(report, built.span("level"))


@st.composite
def acronyms_set_off(draw: st.DrawFn) -> Built:
    """The <Name> <Name> <Head>, <ACRONYM>, said <figure clause>.: a short form in capitals
    set off after a name leaves the name the subject, whatever the words."""
    first, second = draw(pseudo_words()), draw(pseudo_words())
    head = draw(st.sampled_from(["Fund", "Guild", "Council", "Agency", "Bank"]))
    acronym = (first[0] + second[0] + head[0]).upper()
    return Built(
        [
            (f"The {first} {second} {head}", "source"),
            (f", {acronym}, said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(acronyms_set_off())
def test_an_acronym_set_off_after_a_name_leaves_the_name_the_subject(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def according_to_then_and_a_figure(draw: st.DrawFn) -> Built:
    """<figure clause>, according to <name>, and more than <n> <nouns>.: the figure after "and"
    goes on with the content "according to" closes, whatever the words."""
    hedge = draw(st.sampled_from(["", "more than ", "a total of ", "another "]))
    return Built(
        [
            *draw(figure_clauses(mark="first")),
            (", according to ", None),
            (draw(names), "source"),
            (f", and {hedge}", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(according_to_then_and_a_figure())
def test_according_to_set_off_covers_an_and_with_a_figure(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def measured_quantities_showing(draw: st.DrawFn) -> Built:
    """The <adjective> <quantity> showed a <surplus|deficit> of <figure>.: a quantity the
    figure measures (a balance, an account) reports nothing, whatever the words."""
    quantity = draw(st.sampled_from(["balance", "account", "current account", "surplus"]))
    change = draw(st.sampled_from(["surplus", "deficit"]))
    return Built(
        [
            (f"The {draw(st.sampled_from(ADJECTIVES))} {quantity} showed a {change} of ", None),
            (f"{draw(st.integers(2, 950))} mln crowns", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(measured_quantities_showing())
def test_a_measured_quantity_as_subject_reports_nothing(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def per_a_rate_base(draw: st.DrawFn) -> Built:
    """Holders will get <n> dlrs per <Name> share.: "per" before a share, a currency or a unit
    is the base of a rate, not a source, whatever the name."""
    base = draw(st.sampled_from(["share", "dollar", "tonne", "barrel"]))
    return Built(
        [
            ("Holders will get ", None),
            (f"{draw(st.integers(2, 950))} dlrs", "token"),
            (f" per {draw(pseudo_words())} {base}.", None),
        ]
    )


@SETTINGS
@given(per_a_rate_base())
def test_per_before_a_unit_is_the_base_of_a_rate(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def sizes_after_the(draw: st.DrawFn) -> Built:
    """The <n> <unit> <Name> <noun> <verbed>.: after "the", a number before a unit or group
    noun in the singular is a descriptor written without its hyphen, whatever the words."""
    unit = draw(st.sampled_from(["tonne", "member", "seat", "km", "megawatt", "nation"]))
    return Built(
        [
            ("Lund saw the ", None),
            (f"{draw(st.integers(2, 999)):,}", "token"),
            (f" {unit} {draw(pseudo_words())} {draw(st.sampled_from(HEADS))} ", None),
            (f"{draw(st.sampled_from(VERBED))}.", None),
        ]
    )


@SETTINGS
@given(sizes_after_the())
def test_a_size_after_the_is_a_descriptor(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


@st.composite
def names_ending_in_an_abbreviation(draw: st.DrawFn) -> Built:
    """<Name> <Word> <Abbr.> said <figure clause>.: a name's closing abbreviation keeps its
    period ("Corp.", "N.V.", "Inc."), and the name is still the subject of the verb."""
    suffix = draw(st.sampled_from(["Corp.", "Inc.", "Co.", "Ltd.", "N.V.", "S.A.", "L.P."]))
    return Built(
        [
            (f"{draw(organisations())} {suffix}", "source"),
            (f" {draw(st.sampled_from(['said', 'reported', 'estimated']))} ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(names_ending_in_an_abbreviation())
def test_a_name_ending_in_an_abbreviation_is_the_subject(built: Built) -> None:
    report = _check(built)
    found = _assert_sourced(report, built.span("token"), built.span("source"))
    assert (found.source.start, found.source.end) == built.span("source")


@st.composite
def asides_after_the_verb(draw: st.DrawFn) -> Built:
    """<Org> said, <prep> its <adj> <noun> <prep> <adj> <noun>, it <figure clause>.: a
    prepositional phrase set off by commas after the verb tells where or when it was said, and
    the content after it is still the report, whatever the words."""
    prepositions = st.sampled_from(["on", "in", "under", "after", "during"])
    first, second = draw(prepositions), draw(prepositions)
    aside = (
        f"{first} its {draw(st.sampled_from(ADJECTIVES))} {draw(pseudo_words()).lower()} "
        f"{second} {draw(st.sampled_from(ADJECTIVES))} {draw(pseudo_words()).lower()}"
    )
    return Built(
        [
            (draw(organisations()), "source"),
            (f" said, {aside}, that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(asides_after_the_verb())
def test_a_prepositional_aside_after_the_verb_keeps_its_content(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def quotes_reopened_after_a_colon(draw: st.DrawFn) -> Built:
    """<Name> <verb>: "<sentence>. "<figure clause>.": a quote opened by its cue and reopened
    at the next sentence without closing (a paragraph run in) is the same quote, whatever
    the words: its figures are sourced, not carried."""
    return Built(
        [
            (f"{draw(pseudo_words())} {draw(pseudo_words())}", "source"),
            (f' {draw(st.sampled_from(["said", "told reporters", "added"]))}: "', None),
            (f'The {draw(st.sampled_from(HEADS))} was {draw(st.sampled_from(VERBED))}. "', None),
            *draw(figure_clauses()),
            ('."', None),
        ]
    )


@SETTINGS
@given(quotes_reopened_after_a_colon())
def test_a_quote_reopened_after_its_colon_cue_is_sourced(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def times_around_the_subject(draw: st.DrawFn) -> Built:
    """<Earlier today|Yesterday> <Name Name> said ... / A poll by <Org> <n> <unit> ago showed
    that ...: a time adverb opening the sentence, or a time ago between the subject and its
    verb, is no part of the source, whatever the words."""
    if draw(st.booleans()):
        opener = draw(st.sampled_from(["Earlier today ", "Yesterday ", "Meanwhile ", "Later "]))
        parts: list[Part] = [
            (opener, None),
            (f"{draw(pseudo_words())} {draw(pseudo_words())}", "source"),
            (" said ", None),
        ]
    else:
        ago = f"{draw(st.sampled_from(['three', 'two', 'just over four', 'a few']))} "
        ago += f"{draw(st.sampled_from(['weeks', 'months', 'days']))} ago"
        parts = [
            (f"A poll by {draw(organisations())}", "source"),
            (f" {ago} showed that ", None),
        ]
    return Built([*parts, *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(times_around_the_subject())
def test_a_time_around_the_subject_is_no_part_of_the_source(built: Built) -> None:
    report = _check(built)
    found = _assert_sourced(report, built.span("token"), built.span("source"))
    start, end = built.span("source")
    assert found.source.end == end and found.source.start >= start, found.source.text


@st.composite
def linking_phrases_before_the_subject(draw: st.DrawFn) -> Built:
    """<By contrast|In addition> last <period>'s <Name> <noun> said <figure clause>.: a
    two-word sentence adverbial opening the sentence without a comma is no part of the
    source, whatever the words."""
    opener = draw(st.sampled_from(["By contrast", "In addition", "On average", "In contrast"]))
    period = draw(st.sampled_from(["week", "month", "year"]))
    return Built(
        [
            (f"{opener} ", None),
            (f"last {period}'s {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}", "source"),
            (f" {draw(st.sampled_from(['said', 'reported', 'estimated']))} ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(linking_phrases_before_the_subject())
def test_a_linking_phrase_is_no_part_of_the_source(built: Built) -> None:
    report = _check(built)
    found = _assert_sourced(report, built.span("token"), built.span("source"))
    assert (found.source.start, found.source.end) == built.span("source")


@st.composite
def clauses_after_a_colon(draw: st.DrawFn) -> Built:
    """<Org> <verb>: <Name> <figure clause>.: a clause after a reporting verb's colon is its
    content, whatever the words."""
    return Built(
        [
            (draw(organisations()), "source"),
            (f" {draw(st.sampled_from(['said', 'noted', 'reported', 'added']))}: ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(clauses_after_a_colon())
def test_a_clause_after_the_verb_s_colon_is_its_content(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def age_group_ranges(draw: st.DrawFn) -> Built:
    """<Nouns> in the <a> to <b> age <group|bracket> were <verbed>.: a range before "age" and a
    bracket noun bounds an age group (spec 1: ages are no claims), whatever the words."""
    low = draw(st.integers(1, 60))
    high = draw(st.integers(low + 1, 99))
    joiner = draw(st.sampled_from([" to ", "-"]))
    return Built(
        [
            (f"{draw(st.sampled_from(COUNTED)).capitalize()} in the ", None),
            (f"{low}{joiner}{high}", "token"),
            (f" age {draw(st.sampled_from(['group', 'bracket', 'band']))} were ", None),
            (f"{draw(st.sampled_from(VERBED))}.", None),
        ]
    )


@SETTINGS
@given(age_group_ranges())
def test_a_range_before_an_age_group_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


@st.composite
def read_more_paragraphs(draw: st.DrawFn) -> Built:
    """<Sentence>.\\n\\nRead more: <Name> <verbed> the <noun>. We had <n> <nouns> <verbed>.: a
    paragraph opened by "Read more:" promotes another story, its blurb with it (furniture),
    whatever the words."""
    return Built(
        [
            (f"The {draw(st.sampled_from(HEADS))} was {draw(st.sampled_from(VERBED))}.\n\n", None),
            (f"{draw(st.sampled_from(['Read more', 'READ MORE', 'Read More']))}: ", None),
            (f"{draw(pseudo_words())} {draw(st.sampled_from(VERBED))} the ", None),
            (f"{draw(st.sampled_from(HEADS))}. We had ", None),
            (str(draw(st.integers(2, 99))), "token"),
            (f" {draw(st.sampled_from(COUNTED))} weigh in.", None),
        ]
    )


@SETTINGS
@given(read_more_paragraphs())
def test_a_read_more_paragraph_is_furniture(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


@st.composite
def sums_said_again(draw: st.DrawFn) -> Built:
    """<Name> was offered £<n> and £<m>. <Name> opted for the £<n>, and <verbed>.: the same
    sum after "the" with no noun of its own says the earlier one again, whatever the words."""
    name = draw(pseudo_words())
    low = draw(st.integers(2, 900))
    high = draw(st.integers(low + 1, 9000).filter(lambda v: v != low))
    return Built(
        [
            (f"{name} was offered £{low} and £{high:,}. {name} opted for the ", None),
            (f"£{low}", "token"),
            (f", and {draw(st.sampled_from(VERBED))} the {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(sums_said_again())
def test_a_sum_said_again_after_the_is_no_claim(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("token")) for c in report.claims)


@st.composite
def one_step_moves(draw: st.DrawFn) -> Built:
    """The <Name> <noun> <fell|rose|slipped> one <place|spot> to number <k>.: "one" between a
    move and a rank step counts the move, whatever the words."""
    return Built(
        [
            (f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))} ", None),
            (f"{draw(st.sampled_from(['fell', 'rose', 'slipped', 'climbed', 'dropped']))} ", None),
            ("one", "token"),
            (f" {draw(st.sampled_from(['place', 'spot', 'position']))} to number ", None),
            (f"{draw(st.sampled_from(['two', 'five', 'nine']))}.", None),
        ]
    )


@SETTINGS
@given(one_step_moves())
def test_one_between_a_move_and_a_rank_step_counts(built: Built) -> None:
    report = _check(built)
    assert any(c.token.start == built.span("token")[0] for c in report.claims)


@st.composite
def calls_for(draw: st.DrawFn) -> Built:
    """<Name> <called|calls> for the <noun> to be <verbed> to <n> pct.: "call for" is a demand,
    an intent, no report, whoever makes it and whatever the words."""
    return Built(
        [
            (f"{draw(pseudo_words())} {draw(st.sampled_from(['called', 'calls']))} for the ", None),
            (f"{draw(st.sampled_from(HEADS))} to be {draw(st.sampled_from(VERBED))} to ", None),
            (f"{draw(st.integers(2, 95))} pct", "token"),
            (".", None),
        ]
    )


@SETTINGS
@given(calls_for())
def test_call_for_is_no_cue(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def calls_on(draw: st.DrawFn) -> Built:
    """<Name> called on the <nouns> to <verb> <n> <nouns>.: calling on someone to act is a
    demand, no report, whoever makes it and whatever the words."""
    return Built(
        [
            (f"{draw(people())} called on the {draw(st.sampled_from(COUNTED))} to ", None),
            (f"{draw(st.sampled_from(['fund', 'build', 'hire', 'free']))} ", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(calls_on())
def test_call_on_someone_to_act_is_no_cue(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def relative_cues_on_their_figure(draw: st.DrawFn) -> Built:
    """The <nouns> rose <a>%, short of the <b>% which <Org> had <predicted>.: a cue in a
    relative clause whose object is the figure before it covers that figure only (scope
    rule 2), whatever the words."""
    return Built(
        [
            (f"The {draw(st.sampled_from(COUNTED))} rose ", None),
            (f"{draw(st.integers(2, 9))}.{draw(st.integers(1, 9))}%", "outside"),
            (", short of the ", None),
            (f"{draw(st.integers(11, 40))}%", "token"),
            (f" {draw(st.sampled_from(['which', 'that']))} ", None),
            (draw(organisations()), "source"),
            (f" had {draw(st.sampled_from(['predicted', 'forecast', 'estimated']))}.", None),
        ]
    )


@SETTINGS
@given(relative_cues_on_their_figure())
def test_a_relative_cue_covers_only_its_own_figure(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))
    _assert_unsourced(report, built.span("outside"))


@st.composite
def shares_of_those_asked(draw: st.DrawFn) -> Built:
    """<20%|Half|Three in 10> of the <nouns> said <figure clause>.: a share of those asked is
    what a survey found, no speaker (spec 2), whatever the words."""
    share = draw(st.sampled_from(["20%", "Half", "Three in 10", "Some 42 percent", "Two-thirds"]))
    return Built(
        [
            (f"{share} of the {draw(st.sampled_from(COUNTED))} said that ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(shares_of_those_asked())
def test_a_share_of_those_asked_is_no_speaker(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def wire_currencies(draw: st.DrawFn) -> tuple[Built, str]:
    """<Name> paid <n> mln <currency> for the <noun>.: a currency written as wire copy writes
    it (capitalised "ECUs", a country's "N.Z. Dlrs", pence glued as "p") stays in the token
    and gives the claim its currency, whatever the words."""
    word, code = draw(
        st.sampled_from(
            [
                ("ECUs", "XEU"),
                ("Ecus", "XEU"),
                ("European currency units", "XEU"),
                ("N.Z. Dlrs", "NZD"),
                ("H.K. dlrs", "HKD"),
                ("Luxembourg francs", "LUF"),
            ]
        )
    )
    amount = draw(st.integers(2, 950))
    if draw(st.booleans()):
        token, code = f"{amount}p", "GBP"
    else:
        token = f"{amount} mln {word}"
    built = Built(
        [
            (f"{draw(pseudo_words())} paid ", None),
            (token, "token"),
            (f" for the {draw(st.sampled_from(HEADS))}.", None),
        ]
    )
    return built, code


@SETTINGS
@given(wire_currencies())
def test_a_wire_currency_stays_in_the_token(case: tuple[Built, str]) -> None:
    built, code = case
    claim = _claim(_check(built), built.span("token"))
    assert (claim.token.start, claim.token.end) == built.span("token")
    assert claim.currency == code


@st.composite
def bare_decimals(draw: st.DrawFn) -> tuple[Built, float]:
    """The <noun> rate was .<digits>% in <Name>.: a decimal written with no leading zero keeps
    its point, in its token and its value, whatever the words."""
    digits = draw(
        st.text(alphabet="0123456789", min_size=1, max_size=3).filter(
            lambda d: d[0] != "0" or len(d) > 1
        )
    )
    built = Built(
        [
            (f"The {draw(st.sampled_from(HEADS))} rate was ", None),
            (f".{digits}%", "token"),
            (f" in {draw(pseudo_words())}.", None),
        ]
    )
    return built, float("." + digits)


@SETTINGS
@given(bare_decimals())
def test_a_bare_decimal_keeps_its_point(case: tuple[Built, float]) -> None:
    built, value = case
    claim = _claim(_check(built), built.span("token"))
    assert claim.value == value


@st.composite
def according_after_a_coordinator(draw: st.DrawFn) -> Built:
    """<figure clause>, <and|but> according to <Org>, <figure clause>.: "according to X" after
    a comma and a coordinator opens a clause of its own and covers it, not the clause before,
    whatever the words."""
    first = draw(figure_clauses("outside"))
    second = draw(figure_clauses())
    return Built(
        [
            *first,
            (f", {draw(st.sampled_from(['and', 'but']))} according to ", None),
            (draw(organisations()), "source"),
            (", ", None),
            *second,
            (".", None),
        ]
    )


@SETTINGS
@given(according_after_a_coordinator())
def test_according_to_after_a_coordinator_covers_its_clause(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))
    _assert_unsourced(report, built.span("outside"))


@st.composite
def documents_detailing(draw: st.DrawFn) -> Built:
    """<Org> released a <report|study> detailing how <figure clause>.: a document's "detailing"
    reports its content, whatever the words."""
    return Built(
        [
            (f"{draw(organisations())} released ", None),
            (f"a {draw(st.sampled_from(['report', 'study', 'paper', 'review']))}", "source"),
            (" detailing how ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(documents_detailing())
def test_a_document_detailing_reports_its_content(built: Built) -> None:
    report = _check(built)
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def as_reported_by(draw: st.DrawFn) -> Built:
    """As reported by <Org> [last week], <figure clause>. / <figure clause>, as reported in
    <Org>.: "as reported by X" is a prepositional cue like "according to X", and its source
    ends before a time adverbial, whatever the words."""
    org = draw(organisations())
    when = draw(st.sampled_from(["", " last week", " on Monday", " in May"]))
    if draw(st.booleans()):
        return Built(
            [
                (f"as {draw(st.sampled_from(['', 'first ']))}reported by ", None),
                (org, "source"),
                (f"{when}, ", None),
                *draw(figure_clauses()),
                (".", None),
            ]
        )
    return Built(
        [*draw(figure_clauses()), (", as reported in ", None), (org, "source"), (".", None)]
    )


@SETTINGS
@given(as_reported_by())
def test_as_reported_by_is_a_prepositional_cue(built: Built) -> None:
    report = _check(built)
    att = _assert_sourced(report, built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source")


@st.composite
def agentless_reduced_relatives(draw: st.DrawFn) -> Built:
    """The <noun>, <thought|believed|estimated|expected> to <verb> <figure> <nouns>, was
    <verbed> with <figure> <nouns>.: an agentless cue opening a reduced relative set off by
    commas covers its own figure only, whatever the words."""
    token = draw(figures())[0]
    outside = draw(st.integers(2, 999))
    participle = draw(st.sampled_from(["thought", "believed", "estimated", "expected"]))
    verb = draw(st.sampled_from(["hold", "cost", "reach", "exceed"]))
    return Built(
        [
            (f"the {draw(pseudo_words())} {draw(st.sampled_from(HEADS))}, ", None),
            (f"{participle} to", "source"),
            (f" {verb} ", None),
            (token, "token"),
            (f" {draw(st.sampled_from(COUNTED))}, was {draw(st.sampled_from(VERBED))} with ", None),
            (str(outside), "outside"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(agentless_reduced_relatives())
def test_an_agentless_reduced_relative_covers_only_itself(built: Built) -> None:
    report = _check(built)
    att = _assert_sourced(report, built.span("token"), built.span("source"), "vague")
    assert (att.source.start, att.source.end) == built.span("source")
    _assert_unsourced(report, built.span("outside"))


@st.composite
def figures_a_phrase_said_were(draw: st.DrawFn) -> Built:
    """The <Org> <verbed> the <figure> <nouns> the <head> said were <adjective>.: a reduced
    relative on a figure past the noun it counts, its subject a determiner-led phrase of any
    head, covers the figure."""
    return Built(
        [
            (f"the {draw(pseudo_words())} {draw(st.sampled_from(HEADS))} ", None),
            (f"{draw(st.sampled_from(VERBED))} the ", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {draw(st.sampled_from(COUNTED))} ", None),
            (f"the {draw(st.sampled_from(HEADS))}", "source"),
            (f" said were {draw(st.sampled_from(ADJECTIVES))}.", None),
        ]
    )


@SETTINGS
@given(figures_a_phrase_said_were())
def test_a_reduced_relative_past_the_counted_noun_covers_the_figure(built: Built) -> None:
    report = _check(built)
    att = _assert_sourced(report, built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source")


@st.composite
def fractions_of_a_whole(draw: st.DrawFn) -> tuple[Built, float]:
    """<hedge>a half|a quarter[ -]dozen|hundred|million <nouns> were <verbed>.: a fraction
    before the whole it takes, spaced or hyphenated, is one claim of their product, whatever
    the words."""
    share_word, share = draw(st.sampled_from([("a half", 0.5), ("a quarter", 0.25)]))
    whole_word, whole = draw(
        st.sampled_from([("dozen", 12), ("hundred", 100), ("million", 1e6), ("billion", 1e9)])
    )
    joint = draw(st.sampled_from([" ", "-"]))
    return Built(
        [
            (draw(st.sampled_from(["", "nearly ", "more than ", "about "])), None),
            (f"{share_word}{joint}{whole_word}", "token"),
            (f" {draw(st.sampled_from(COUNTED))} were {draw(st.sampled_from(VERBED))}.", None),
        ]
    ), share * whole


@SETTINGS
@given(fractions_of_a_whole())
def test_a_fraction_before_its_whole_is_one_claim(case: tuple[Built, float]) -> None:
    built, value = case
    claim = _claim(_check(built), built.span("token"))
    assert claim.value == value


@st.composite
def members_of_a_group(draw: st.DrawFn) -> Built:
    """<Some|Many|Several> <Pseudo>s said <figure clause>.: a quantifier before a capitalised
    plural counts unnamed members of a group (spec 5: "Republicans say" is anonymous),
    whatever the word."""
    return Built(
        [
            (
                f"{draw(st.sampled_from(['Some', 'Many', 'Several']))} {draw(pseudo_words())}s",
                "source",
            ),
            (" said ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(members_of_a_group())
def test_a_quantifier_before_a_capitalised_plural_is_anonymous(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), "anonymous")


@st.composite
def according_to_counted_people(draw: st.DrawFn) -> Built:
    """According to <count> <nouns> <adjective>, <figure clause>.: the source of a
    prepositional cue may open with a count of people, whatever the words; the count is the
    source's own and unsourced."""
    count = draw(st.sampled_from(["two", "three", "four", "six"]))
    return Built(
        [
            ("according to ", None),
            (count, "count"),
            (f" {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(ADJECTIVES))}", None),
            (", ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(according_to_counted_people())
def test_according_to_a_counted_source(built: Built) -> None:
    report = _check(built)
    source = (built.span("count")[0], built.text.index(", "))
    att = _assert_sourced(report, built.span("token"), source, kind=None)
    assert (att.source.start, att.source.end) == source
    _assert_unsourced(report, built.span("count"))


@st.composite
def partitives_with_a_determiner(draw: st.DrawFn) -> tuple[Built, float]:
    """<Org> <verbed> <n> of <the|its|their> [<last|remaining|...>] <m> <nouns>.: a part and
    its whole with a determiner between, and maybe a word of position, are one claim, a ratio,
    whatever the words."""
    whole = draw(st.integers(3, 999))
    part = draw(st.integers(2, whole - 1))
    det = draw(st.sampled_from(["the", "its", "their"]))
    position = draw(st.sampled_from(["", "last ", "first ", "remaining ", "original ", "next "]))
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} ", None),
            (f"{part} of {det} {position}{whole}", "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    ), part / whole


@SETTINGS
@given(partitives_with_a_determiner())
def test_a_partitive_with_a_determiner_is_one_claim(case: tuple[Built, float]) -> None:
    built, value = case
    claim = _claim(_check(built), built.span("token"))
    assert claim.kind == "ratio"
    assert claim.value == pytest.approx(value)


@st.composite
def samples_of_a_poll(draw: st.DrawFn) -> Built:
    """According to a <Pseudo> <poll|survey|study> of <n> <nouns>, <figure clause>.: the count a
    poll is of is in its own phrase and unsourced, whatever the words; the finding is sourced."""
    return Built(
        [
            (f"according to a {draw(pseudo_words())} ", None),
            (draw(st.sampled_from(["poll", "survey", "study"])), "source"),
            (" of ", None),
            (draw(st.sampled_from(["", "more than ", "about "])), None),
            (
                draw(
                    st.integers(100, 1499).map(str) | st.integers(2200, 99_999).map("{:,}".format)
                ),
                "sample",
            ),
            (f" {draw(st.sampled_from(COUNTED))}, ", None),
            *draw(figure_clauses()),
            (".", None),
        ]
    )


@SETTINGS
@given(samples_of_a_poll())
def test_the_count_a_poll_is_of_is_unsourced(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("sample"))
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def quotes_framed_by_one_person(draw: st.DrawFn) -> Built:
    """ "<figure clause>," <verb>ed one <trader|banker|dealer>.: after any verb that frames a
    quote, "one" opens the phrase of the unnamed speaker, not a count, whatever the verb."""
    return Built(
        [
            ('"', None),
            *draw(figure_clauses()),
            (f'," {draw(st.sampled_from(VERBED))} ', None),
            ("one", "one"),
            (f" {draw(st.sampled_from(['trader', 'banker', 'dealer', 'analyst']))}.", None),
        ]
    )


@SETTINGS
@given(quotes_framed_by_one_person())
def test_one_after_a_quote_frame_verb_is_no_count(built: Built) -> None:
    report = _check(built)
    assert not any(_overlaps(c.token, built.span("one")) for c in report.claims)


HAVE_VERBS = ["will have", "gets", "allows"]


@st.composite
def one_per_unit(draw: st.DrawFn) -> Built:
    """<Org> will have|gets|allows one <noun> per <noun>.: "one" before a noun and "per" with
    another is a count per unit, whatever the nouns."""
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(HAVE_VERBS))} ", None),
            ("one", "token"),
            (f" {draw(st.sampled_from(HEADS))} per {draw(st.sampled_from(HEADS))}.", None),
        ]
    )


@SETTINGS
@given(one_per_unit())
def test_one_per_unit_counts(built: Built) -> None:
    claim = _claim(_check(built), built.span("token"))
    assert claim.value == 1


@st.composite
def referring_re_mentions(draw: st.DrawFn) -> Built:
    """<Org> <verbed> <n> <nouns>. The <original|same> <n> <nouns> <verbed> ...: a count given
    again after a determiner and an adjective that points back is no claim, whatever the
    words; the first mention is."""
    n = draw(st.integers(2, 999).filter(lambda v: not 1500 <= v <= 2100))
    noun = draw(st.sampled_from(COUNTED))
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} ", None),
            (str(n), "first"),
            (f" {noun}. The {draw(st.sampled_from(['original', 'same']))} ", None),
            (str(n), "again"),
            (f" {noun} were {draw(st.sampled_from(VERBED))}.", None),
        ]
    )


@SETTINGS
@given(referring_re_mentions())
def test_a_count_after_the_original_or_the_same_is_a_re_mention(built: Built) -> None:
    report = _check(built)
    _claim(report, built.span("first"))
    again = built.span("again")
    assert not any(_overlaps(c.token, again) for c in report.claims), built.text


@st.composite
def reckonings_that_range(draw: st.DrawFn) -> tuple[Built, str]:
    """[<Org>'s] <estimates|forecasts|projections> of the <noun> <range|vary> from <a> to <b>
    pct.: reckonings opening their clause as the subject of a verb of spread give the spread
    to their owner, or, with none, to themselves (vague), whatever the words."""
    noun = draw(st.sampled_from(["estimates", "forecasts", "projections"]))
    owner = draw(st.none() | organisations())
    low = draw(st.integers(2, 40))
    parts: list[Part] = [(f"{owner}", "source"), ("'s ", None)] if owner else []
    parts += [
        (noun, None if owner else "source"),
        (
            f" of the {draw(st.sampled_from(HEADS))} {draw(st.sampled_from(['range', 'vary']))} ",
            None,
        ),
        ("from ", None),
        (f"{low} to {low + draw(st.integers(1, 9))} pct", "token"),
        (".", None),
    ]
    return Built(parts), "named" if owner else "vague"


@SETTINGS
@given(reckonings_that_range())
def test_reckonings_as_the_subject_of_range_give_the_spread(case: tuple[Built, str]) -> None:
    built, kind = case
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)
    assert att.kind == kind, built.text


@st.composite
def figures_after_a_word_and_a_slash(draw: st.DrawFn) -> Built:
    """<Org> <verbed> <n> pct <word>/<m> <word>.: a figure after a lowercase word and a slash is
    the second of two quotes ("bid/140 offered"), a claim, whatever the words."""
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} ", None),
            (f"{draw(st.integers(2, 999))} pct", "first"),
            (f" {draw(pseudo_words()).lower()}/", None),
            (str(draw(st.integers(2, 999))), "token"),
            (f" {draw(pseudo_words()).lower()}.", None),
        ]
    )


@SETTINGS
@given(figures_after_a_word_and_a_slash())
def test_a_figure_after_a_word_and_a_slash_is_a_claim(built: Built) -> None:
    report = _check(built)
    _claim(report, built.span("first"))
    _claim(report, built.span("token"))


@st.composite
def agentless_passive_in_a_relative(draw: st.DrawFn) -> Built:
    """<Org> <verbed> <n> <nouns> who|which were <thought|believed|expected> to <verb> <m>
    <nouns>.: an agentless passive whose subject is a relative pronoun covers its clause (m),
    not the phrase the clause modifies (n), whatever the words."""
    return Built(
        [
            (f"{draw(organisations())} {draw(st.sampled_from(VERBED))} ", None),
            (str(draw(st.integers(2, 999).filter(lambda v: not 1500 <= v <= 2100))), "head"),
            (f" {draw(st.sampled_from(COUNTED))} {draw(st.sampled_from(['who', 'which']))} ", None),
            (
                draw(st.sampled_from(["were thought to", "were believed to", "are expected to"])),
                "source",
            ),
            (f" {draw(pseudo_words()).lower()} ", None),
            (str(draw(st.integers(2, 999).filter(lambda v: not 1500 <= v <= 2100))), "token"),
            (f" {draw(st.sampled_from(COUNTED))}.", None),
        ]
    )


@SETTINGS
@given(agentless_passive_in_a_relative())
def test_an_agentless_passive_in_a_relative_covers_its_clause_only(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("head"))
    _assert_sourced(report, built.span("token"), built.span("source"), kind="vague")


@st.composite
def as_announced_openings(draw: st.DrawFn) -> Built:
    """As [previously] announced|reported, <figure clause>.: with no maker named, the cue is
    its own vague source over the clause after it, whatever the words."""
    lead = draw(st.sampled_from(["As ", "As previously ", "As earlier "]))
    verb = draw(st.sampled_from(["announced", "reported", "disclosed"]))
    return Built([(lead + verb, "source"), (", ", None), *draw(figure_clauses()), (".", None)])


@SETTINGS
@given(as_announced_openings())
def test_as_announced_opening_a_sentence_is_a_vague_source(built: Built) -> None:
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"), kind="vague")
    assert (att.source.start, att.source.end) == built.span("source"), built.text


@st.composite
def one_opening_a_speaker_phrase(draw: st.DrawFn) -> Built:
    """<Org> <verbed>. One <words> <head> said <figure clause>.: "one" before a run of words
    and a reporting verb picks out an unnamed speaker, whatever the words of the phrase and
    the word that ends the sentence before; it counts nothing."""
    words = draw(st.lists(st.sampled_from(ADJECTIVES) | pseudo_words(), max_size=2))
    phrase = " ".join([*words, draw(st.sampled_from(HEADS))])
    verb = draw(st.sampled_from(["said", "says", "estimated", "added"]))
    lead = f"{draw(organisations())} {draw(st.sampled_from(VERBED))}. "  # the word before "One"
    return Built(
        [(lead, None), ("One", "one"), (f" {phrase} {verb} ", None), *draw(figure_clauses())]
        + [(".", None)]
    )


@SETTINGS
@given(one_opening_a_speaker_phrase())
def test_one_before_a_phrase_and_a_reporting_verb_is_a_speaker(built: Built) -> None:
    report = _check(built)
    one = built.span("one")
    assert not [c.text for c in report.claims if _overlaps(c.token, one)], built.text
    _assert_sourced(report, built.span("token"), one, kind=None)


@st.composite
def clauses_opened_by_that(draw: st.DrawFn) -> Built:
    """ "<figure clause>, with the <nouns> that <nouns> can <verb>," <Org> added.: "that" after
    a content word opens a clause with its own subject; its verb, even a reporting one,
    reports nothing, so the quote's speaker is the figure's only source."""
    verb = draw(st.sampled_from(["tell", "report", "show", "estimate", "predict"]))
    relative = f", with the {draw(st.sampled_from(COUNTED))} that"
    subject = f" {draw(st.sampled_from(COUNTED))} can {verb},\u201d "
    return Built(
        [("\u201c", None), *draw(figure_clauses()), (relative + subject, None)]
        + [(draw(organisations()), "source"), (" added.", None)]
    )


@SETTINGS
@given(clauses_opened_by_that())
def test_a_verb_in_a_clause_opened_by_that_is_no_source(built: Built) -> None:
    report = _check(built)
    claim = _claim(report, built.span("token"))
    sources = [a.source.text for a in claim.attributions]
    assert all(_overlaps(a.source, built.span("source")) for a in claim.attributions), sources
    _assert_sourced(report, built.span("token"), built.span("source"))


@st.composite
def subjects_cut_by_a_like_phrase(draw: st.DrawFn) -> Built:
    """<Org>, like|unlike|along with <Org>, said <figure clause>.: a phrase naming who else
    holds the view, set off by commas, stands between a subject and its verb, whatever the
    names."""
    link = draw(st.sampled_from(["like", "unlike", "along with", "together with"]))
    return Built(
        [(draw(organisations()), "source"), (f", {link} {draw(organisations())}, said ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(subjects_cut_by_a_like_phrase())
def test_a_subject_cut_from_its_verb_by_a_like_phrase_is_the_source(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def nouns_after_a_singular_phrase(draw: st.DrawFn) -> Built:
    """<figure clause> for a <word> <claim|note|report|estimate>.: a bare verb form cannot
    follow a single subject opened by "a", so the word is a noun and reports nothing,
    whatever the word between."""
    noun = draw(st.sampled_from(["claim", "note", "report", "estimate", "forecast note"]))
    word = draw(pseudo_words()).lower()
    return Built([*draw(figure_clauses()), (f" for a {word} {noun}.", None)])


@SETTINGS
@given(nouns_after_a_singular_phrase())
def test_a_bare_verb_form_after_a_singular_phrase_is_a_noun(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def subjects_with_a_participle_phrase(draw: st.DrawFn) -> Built:
    """The <head> <word>ing the <nouns> of <Org> said <figure clause>.: a participle phrase
    with its object after the subject's noun belongs to the source, whatever the words."""
    participle = draw(pseudo_words()).lower() + "ing"
    phrase = f"The {draw(st.sampled_from(HEADS))} {participle} the {draw(st.sampled_from(COUNTED))}"
    return Built(
        [(phrase + f" of {draw(organisations())}", "source"), (" said ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(subjects_with_a_participle_phrase())
def test_a_participle_phrase_after_the_subject_belongs_to_the_source(built: Built) -> None:
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source"), att.source.text


@st.composite
def views_expressed_by_a_subject(draw: st.DrawFn) -> Built:
    """<Org> expressed|voiced [its] [<adj>] fears|doubts|optimism that <figure clause>.: a
    verb that reports the view its object names gives the view to its subject, whatever
    the subject's words."""
    verb = draw(st.sampled_from(["expressed", "voiced", "has expressed", "aired"]))
    owner = draw(st.sampled_from(["", "its ", "their "]))
    adjective = draw(st.sampled_from(["", "deep ", "growing "]))
    noun = draw(st.sampled_from(["fears", "doubts", "optimism", "concern", "hopes"]))
    return Built(
        [(draw(organisations()), "source"), (f" {verb} {owner}{adjective}{noun} that ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(views_expressed_by_a_subject())
def test_a_view_expressed_by_a_subject_is_the_subjects(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def participles_after_a_but_clause(draw: st.DrawFn) -> Built:
    """<Org> said <clause>, but <Org2> <was|were> <adjective>, forecasting <figure>.: a
    participle after a clause opened by "but" hangs on that clause's subject, whatever the
    names."""
    first, second = draw(organisations()), draw(organisations())
    assume(first != second)
    comma = draw(st.sampled_from([",", ""]))
    return Built(
        [(f"{first} said {draw(st.sampled_from(COUNTED))} would hold{comma} but ", None)]
        + [(second, "source"), (" were more cautious, forecasting ", None)]
        + [("a ", None), (f"{draw(st.integers(2, 99))}%", "token"), (" fall.", None)]
    )


@SETTINGS
@given(participles_after_a_but_clause())
def test_a_participle_after_a_but_clause_hangs_on_its_subject(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def subjects_after_an_opening_year(draw: st.DrawFn) -> Built:
    """In [<month>] <year> <Org> reported <figure clause>.: the year ends the time phrase; the
    subject after it is the source, whatever its words."""
    month = draw(st.sampled_from(["", "May ", "March "]))
    year = draw(st.integers(1950, 2030))
    return Built(
        [(f"In {month}{year} ", None), (draw(organisations()), "source"), (" reported ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(subjects_after_an_opening_year())
def test_an_opening_year_is_no_part_of_the_subject(built: Built) -> None:
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source"), att.source.text


@st.composite
def periods_led_by_a_name(draw: st.DrawFn) -> Built:
    """The <Name>|<month> quarter|year|half showed <figure clause>.: a span of time has values
    and reports none, whatever name or month leads it."""
    lead = draw(pseudo_words() | st.sampled_from(["March", "December", "Vorland"]))
    period = draw(st.sampled_from(["quarter", "year", "half", "month", "week", "period"]))
    verb = draw(st.sampled_from(["showed", "saw", "brought"]))
    token = f"{draw(st.integers(11, 999))} mln dlr"
    return Built([(f"The {lead} {period} {verb} a ", None), (token, "token"), (" surplus.", None)])


@SETTINGS
@given(periods_led_by_a_name())
def test_a_span_of_time_led_by_a_name_is_no_source(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def gapped_lists_after_a_count(draw: st.DrawFn) -> Built:
    """<Org> has <verbed> <N> <nouns>, <Name> <N>, <Name> <N> and <Name> <N>.: a list that
    gaps its verb and noun after a first count; every name's number counts the same noun,
    whatever the names."""
    verb = draw(st.sampled_from(["recorded", "logged", "counted", "listed"]))
    items = draw(st.lists(organisations() | pseudo_words(), min_size=2, max_size=4, unique=True))
    parts: list[Part] = [(draw(organisations()), None), (f" has {verb} ", None)]
    nouns = draw(st.sampled_from(COUNTED))
    parts += [(str(draw(st.integers(101, 999))), "token"), (f" {nouns}", None)]
    for n, name in enumerate(items):
        link = " and " if n == len(items) - 1 else ", "
        parts += [(f"{link}{name} ", None), (str(draw(st.integers(11, 99))), "item")]
    return Built([*parts, (".", None)])


@SETTINGS
@given(gapped_lists_after_a_count())
def test_each_number_of_a_gapped_list_is_a_claim(built: Built) -> None:
    report = _check(built)
    found = {(c.token.start, c.token.end) for c in report.claims}
    for span in built.marks["item"]:
        assert span in found, report.text[span[0] : span[1]]


@st.composite
def halves_as_nouns(draw: st.DrawFn) -> Built:
    """... into the <Name> half and ... / ... of our own half.: "half" after a determiner or
    possessive and the words that describe it, ending its phrase, is one half of a pitch,
    whatever the words; the count in the same sentence stays a claim."""
    name = draw(pseudo_words())
    lead = draw(st.sampled_from(["the ", "their ", "our own", "the visiting"]))
    lead += name if lead.endswith(" ") else ""
    end = draw(st.sampled_from([" and", ".", ","]))
    parts: list[Part] = [(f"{name} ran ", None), (str(draw(st.integers(11, 99))), "token")]
    parts += [(f" metres into {lead} ", None), ("half", "half"), (end, None)]
    return Built([*parts, (" It worked." if end == "." else " then scored.", None)])


@SETTINGS
@given(halves_as_nouns())
def test_half_as_a_noun_ending_its_phrase_is_no_claim(built: Built) -> None:
    report = _check(built)
    found = {(c.token.start, c.token.end) for c in report.claims}
    assert built.span("token") in found
    assert built.span("half") not in found


@st.composite
def glued_sizes_before_a_noun(draw: st.DrawFn) -> Built:
    """<Org> sold a|the <N><unit> <noun> for <money>.: a number glued to its unit before the
    noun it sizes is a descriptor, whatever the noun; the price stays a claim."""
    unit = draw(st.sampled_from(["kg", "GB", "km", "mm", "MB"]))
    lead = draw(st.sampled_from(["a", "the", "its"]))
    noun = draw(pseudo_words()).lower()
    size = f"{draw(st.integers(2, 999))}{unit}"
    price = f"{draw(st.integers(11, 99))} dlrs"
    return Built(
        [(f"{draw(organisations())} sold {lead} ", None), (size, "size"), (f" {noun} for ", None)]
        + [(price, "token"), (".", None)]
    )


@SETTINGS
@given(glued_sizes_before_a_noun())
def test_a_number_glued_to_its_unit_before_a_noun_is_a_descriptor(built: Built) -> None:
    report = _check(built)
    start, end = built.span("size")
    assert not any(start <= c.token.start < end for c in report.claims), report.claims
    assert built.span("token") in {(c.token.start, c.token.end) for c in report.claims}


@st.composite
def partitives_after_a_possessive(draw: st.DrawFn) -> Built:
    """<Org> holds <N> of [the] <Name>'s <M> <nouns>.: a part and its whole after a name's
    possessive is one claim, whatever the name."""
    whole = draw(st.integers(12, 999))
    part = draw(st.integers(2, whole - 1))
    owner = draw(st.sampled_from(["", "the "])) + draw(organisations() | pseudo_words())
    token = f"{part} of {owner}'s {whole}"
    return Built(
        [(f"{draw(organisations())} holds ", None), (token, "token")]
        + [(f" {draw(st.sampled_from(COUNTED))}.", None)]
    )


@SETTINGS
@given(partitives_after_a_possessive())
def test_a_part_of_a_whole_after_a_possessive_is_one_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def participles_with_a_role(draw: st.DrawFn) -> Built:
    """The <nouns> posted|announced as <noun> are worth <money>.: a participle and a role
    after a noun is a reduced relative on it, no speaker, whatever the words."""
    verb = draw(st.sampled_from(["posted", "announced", "listed"]))
    nouns = draw(st.sampled_from(COUNTED))
    role = draw(pseudo_words()).lower()
    token = f"{draw(st.integers(11, 99))} mln dlrs"
    return Built(
        [(f"The {nouns} {verb} as {role} are worth ", None), (token, "token"), (".", None)]
    )


@SETTINGS
@given(participles_with_a_role())
def test_a_participle_then_a_role_after_a_noun_is_no_speaker(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def participles_after_a_subject_that_acts(draw: st.DrawFn) -> Built:
    """The <adj> <noun> <verbed> the <noun>, saying <figure clause>.: a participle of speech
    shares the subject of the clause it hangs on when that subject acts, whatever its head
    (a lowercase word from outside the lexicon)."""
    head = draw(pseudo_words()).lower()
    adjective = draw(st.sampled_from(ADJECTIVES))
    verb = draw(st.sampled_from(["decried", "attacked", "welcomed", "opposed"]))
    participle = draw(st.sampled_from(["saying", "adding", "arguing"]))
    return Built(
        [(f"The {adjective} {head}", "source"), (f" {verb} the levy, {participle} ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(participles_after_a_subject_that_acts())
def test_a_participle_of_speech_shares_a_subject_that_acts(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def multipliers_after_to_or_a_modal(draw: st.DrawFn) -> Built:
    """<Org> hopes to|could [nearly] double|triple|halve <nouns>.: a multiplier's base form
    after "to" or a modal is a verb stating an amount, whatever its object."""
    marker = draw(st.sampled_from(["hopes to", "could", "will", "plans to"]))
    hedge = draw(st.sampled_from(["", "nearly ", "almost "]))
    verb = draw(st.sampled_from(["double", "triple", "halve", "quadruple"]))
    return Built(
        [(f"{draw(organisations())} {marker} {hedge}", None), (verb, "token")]
        + [(f" {draw(pseudo_words()).lower()} {draw(st.sampled_from(COUNTED))}.", None)]
    )


@SETTINGS
@given(multipliers_after_to_or_a_modal())
def test_a_multiplier_after_to_or_a_modal_is_a_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def expectations_after_a_modal(draw: st.DrawFn) -> Built:
    """<Nouns> can|could|should expect to pay <money>.: "expect" after a modal and before "to"
    is what is likely, no forecast of its subject, whatever the subject."""
    modal = draw(st.sampled_from(["can", "could", "should", "may"]))
    token = f"{draw(st.integers(11, 999))} dlrs"
    return Built(
        [(f"{draw(st.sampled_from(COUNTED))} {modal} expect to pay ", None), (token, "token")]
        + [(f" for a {draw(pseudo_words()).lower()}.", None)]
    )


@SETTINGS
@given(expectations_after_a_modal())
def test_expect_after_a_modal_is_no_forecast(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def relatives_in_a_fronted_phrase(draw: st.DrawFn) -> Built:
    """Among|Of the <nouns> who said they <verbed>, <N> percent <verbed>.: the relative ends
    at the comma of the phrase it stands in; the figure after it is none of their report."""
    lead = draw(st.sampled_from(["Among", "Of the", "For"]))
    nouns = draw(st.sampled_from(COUNTED))
    token = f"{draw(st.integers(11, 99))} percent"
    return Built(
        [(f"{lead} {nouns} who said they were {draw(st.sampled_from(VERBED))}, ", None)]
        + [(token, "token"), (f" were {draw(st.sampled_from(VERBED))}.", None)]
    )


@SETTINGS
@given(relatives_in_a_fronted_phrase())
def test_a_relative_in_a_fronted_phrase_ends_at_its_comma(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def tallies_after_a_carried_clause(draw: st.DrawFn) -> Built:
    """<Org> said it <verbed> N mln <nouns>. It will add M mln more, bringing [the] total
    [<noun>] to T mln.: the reporter's tally after a comma is carried no more than covered,
    whatever the words; the clause before it is carried."""
    nouns = draw(st.sampled_from(COUNTED))
    det = draw(st.sampled_from(["the ", "its ", ""]))
    first, more = draw(st.integers(11, 99)), draw(st.integers(2, 9))
    return Built(
        [(draw(organisations()), "source"), (f" said it held {first} mln {nouns}.", None)]
        + [(" It will add ", None), (f"{more} mln", "more"), (" more, bringing ", None)]
        + [(f"{det}total {nouns} to ", None), (f"{first + more} mln", "token"), (".", None)]
    )


@SETTINGS
@given(tallies_after_a_carried_clause())
def test_a_tally_after_a_comma_is_not_carried(built: Built) -> None:
    report = _check(built)
    _assert_unsourced(report, built.span("token"))
    _assert_sourced(report, built.span("more"), built.span("source"), carried=True)


@st.composite
def subjects_after_an_opening_time_phrase(draw: st.DrawFn) -> Built:
    """Last|This|Earlier this week|month|year|<weekday> <Org> reported <figure clause>.: the
    time phrase opening the sentence is no part of the subject, whatever its words."""
    lead = draw(st.sampled_from(["Last", "This", "Earlier this"]))
    unit = draw(st.sampled_from(["week", "month", "year", "Tuesday"]))
    return Built(
        [(f"{lead} {unit} ", None), (draw(organisations()), "source"), (" reported ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(subjects_after_an_opening_time_phrase())
def test_an_opening_time_phrase_is_no_part_of_the_subject(built: Built) -> None:
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source"), att.source.text


@st.composite
def statistics_over_a_sentence_without_figure(draw: st.DrawFn) -> Built:
    """<Org> said <nouns> fell N% in May. The <word> was <verbed>. <Nouns> rose M% on the
    year.: a sentence with no figure, cue or quote between a report and a measured change
    passes the report on, whatever the words."""
    nouns, others = draw(st.sampled_from(COUNTED)), draw(st.sampled_from(COUNTED))
    word = draw(pseudo_words()).lower()
    verb = draw(st.sampled_from(["rose", "fell", "dropped", "climbed"]))
    return Built(
        [
            (draw(organisations()), "source"),
            (f" said {nouns} fell {draw(st.integers(11, 49))}%", None),
        ]
        + [(f" in May. The {word} was {draw(st.sampled_from(VERBED))}. ", None)]
        + [(f"{others.capitalize()} {verb} ", None), (f"{draw(st.integers(2, 9))}%", "token")]
        + [(" on the year.", None)]
    )


@SETTINGS
@given(statistics_over_a_sentence_without_figure())
def test_a_sentence_without_figure_passes_a_report_on_to_a_statistic(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), carried=True)


@st.composite
def polls_with_a_describing_phrase(draw: st.DrawFn) -> Built:
    """A <Name> poll for|by|of the <Word> <Word> gave the <Nouns> N pct.: the phrase after the
    poll's noun is part of its name, and the poll reports the figure after the verb."""
    lead = draw(st.sampled_from(["for", "by", "among", "in"]))
    phrase = f"{draw(pseudo_words())} {draw(pseudo_words())}"
    source = f"A {draw(pseudo_words())} poll {lead} the {phrase}"
    return Built(
        [(source, "source"), (f" gave the {draw(st.sampled_from(COUNTED))} ", None)]
        + [(f"{draw(st.integers(11, 60))} pct", "token"), (".", None)]
    )


@SETTINGS
@given(polls_with_a_describing_phrase())
def test_a_poll_with_a_describing_phrase_gives_its_figures(built: Built) -> None:
    att = _assert_sourced(_check(built), built.span("token"), built.span("source"))
    assert (att.source.start, att.source.end) == built.span("source"), att.source.text


@st.composite
def years_then_amounts(draw: st.DrawFn) -> Built:
    """<Nouns> were <verbed> in YEAR to $N m|bn.: a year, then an amount, are two figures;
    the amount is one claim on its own, whatever the words."""
    year = draw(st.integers(1960, 2030))
    amount = f"${draw(st.integers(2, 900))}{draw(st.sampled_from(['m', 'bn']))}"
    nouns = draw(st.sampled_from(COUNTED))
    return Built(
        [(f"{nouns.capitalize()} were {draw(st.sampled_from(VERBED))} in {year} to ", None)]
        + [(amount, "token"), (".", None)]
    )


@SETTINGS
@given(years_then_amounts())
def test_a_year_then_an_amount_is_no_range(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def multipliers_after_a_two_word_hedge(draw: st.DrawFn) -> Built:
    """<Nouns> should|will|could more|less than double|triple <Name>'s <nouns>.: a base form
    after a modal and a hedge of two words is a verb, whatever its object."""
    modal = draw(st.sampled_from(["should", "will", "could", "may"]))
    hedge = draw(st.sampled_from(["more than", "less than"]))
    word = draw(st.sampled_from(["double", "triple"]))
    return Built(
        [(f"{draw(st.sampled_from(COUNTED)).capitalize()} {modal} {hedge} ", None)]
        + [(word, "token"), (f" {draw(pseudo_words())}'s {draw(st.sampled_from(COUNTED))}.", None)]
    )


@SETTINGS
@given(multipliers_after_a_two_word_hedge())
def test_a_multiplier_after_a_modal_and_a_two_word_hedge_is_a_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def conversions_after_a_closing_dash(draw: st.DrawFn) -> Built:
    """<Org> said it <verbed> N billion crowns -- about|some M mln dlrs.: a dash-set aside
    running to the sentence's end that holds only the figure restates it, covered."""
    hedge = draw(st.sampled_from(["about ", "some ", "nearly ", ""]))
    return Built(
        [(draw(organisations()), "source"), (f" said it {draw(st.sampled_from(VERBED))} ", None)]
        + [(f"{draw(st.integers(2, 9))}.{draw(st.integers(1, 9))} billion crowns -- {hedge}", None)]
        + [(f"{draw(st.integers(200, 999))} mln dlrs", "token"), (".", None)]
    )


@SETTINGS
@given(conversions_after_a_closing_dash())
def test_a_figure_alone_after_a_closing_dash_is_covered(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"))


@st.composite
def worries_with_a_content_clause(draw: st.DrawFn) -> Built:
    """<Org> worry that <figure clause>.: a belief verb with a content clause reports it,
    whatever its subject; "worry about" a noun reports nothing."""
    return Built(
        [(draw(organisations()), "source"), (" worry that ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(worries_with_a_content_clause())
def test_worry_with_a_content_clause_reports_it(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def scaled_totals_of_time(draw: st.DrawFn) -> Built:
    """<Nouns> <verbed> N.N million|billion hours|days|weeks of <noun>.: a total of time
    counted in millions is a claim, not a span, whatever the words."""
    scale = draw(st.sampled_from(["million", "billion", "mln"]))
    token = f"{draw(st.integers(2, 900))}.{draw(st.integers(1, 9))} {scale}"
    unit = draw(st.sampled_from(["hours", "days", "weeks", "minutes"]))
    return Built(
        [(f"{draw(st.sampled_from(COUNTED)).capitalize()} {draw(st.sampled_from(VERBED))} ", None)]
        + [(token, "token"), (f" {unit} of {draw(pseudo_words()).lower()}.", None)]
    )


@SETTINGS
@given(scaled_totals_of_time())
def test_a_total_of_time_in_millions_is_a_claim(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def hearings_of_a_content_clause(draw: st.DrawFn) -> Built:
    """<Org> heard that <figure clause>.: "heard" with a content clause reports it (a court's,
    an inquiry's hearing), whatever the hearer; "heard of" a noun reports nothing."""
    return Built(
        [(draw(organisations()), "source"), (" heard that ", None)]
        + [*draw(figure_clauses()), (".", None)]
    )


@SETTINGS
@given(hearings_of_a_content_clause())
def test_heard_with_a_content_clause_reports_it(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind=None)


@st.composite
def moves_of_an_age(draw: st.DrawFn) -> Built:
    """The <word> age will rise|fall from A to B.: "age" as the subject of a move makes both
    numbers ages, whatever its modifier."""
    low = draw(st.integers(16, 60))
    high = draw(st.integers(low + 1, 75))
    verb = draw(st.sampled_from(["will rise", "is set to rise", "rose", "will fall"]))
    return Built(
        [(f"The {draw(pseudo_words()).lower()} age {verb} from ", None), (str(low), "low")]
        + [(" to ", None), (str(high), "high"), (".", None)]
    )


@SETTINGS
@given(moves_of_an_age())
def test_the_moves_of_an_age_are_no_claims(built: Built) -> None:
    report = _check(built)
    for mark in ("low", "high"):
        start, end = built.span(mark)
        assert not any(c.start < end and start < c.end for c in report.claims), mark


@st.composite
def counts_before_a_term_adjective(draw: st.DrawFn) -> Built:
    """<Org> lost N long|short term <nouns>.: "long term" before a noun is an adjective, so
    the count before it is no duration, whatever the noun."""
    token = f"{draw(st.integers(2, 99))},{draw(st.integers(100, 999))}"
    adjective = draw(st.sampled_from(["long", "short"]))
    return Built(
        [(f"{draw(organisations())} lost ", None), (token, "token")]
        + [(f" {adjective} term {draw(st.sampled_from(COUNTED))}.", None)]
    )


@SETTINGS
@given(counts_before_a_term_adjective())
def test_a_count_before_long_term_is_no_duration(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def moves_of_one_point(draw: st.DrawFn) -> Built:
    """The <Name> <noun> rose|fell|gained [more than] one point.: "one" before "point" after a
    move or a hedge is the amount of the move, whatever moved."""
    verb = draw(st.sampled_from(["rose", "fell", "gained", "dropped", "slipped"]))
    hedge = draw(st.sampled_from(["", "more than ", "just over "]))
    return Built(
        [(f"The {draw(pseudo_words())} {draw(st.sampled_from(HEADS))} {verb} {hedge}", None)]
        + [("one", "token"), (" point.", None)]
    )


@SETTINGS
@given(moves_of_one_point())
def test_one_point_after_a_move_counts(built: Built) -> None:
    _claim(_check(built), built.span("token"))


@st.composite
def ages_after_a_superlative_of_age(draw: st.DrawFn) -> Built:
    """<Name> became the youngest|oldest <noun> at N.: the number after "at" in the clause
    of a superlative of age is an age, whatever the role."""
    word = draw(st.sampled_from(["youngest", "oldest"]))
    role = f"{draw(pseudo_words()).lower()} {draw(st.sampled_from(HEADS))}"
    return Built(
        [(f"{draw(people())} became the {word} {role} at ", None)]
        + [(str(draw(st.integers(12, 99))), "age"), (".", None)]
    )


@SETTINGS
@given(ages_after_a_superlative_of_age())
def test_an_age_after_a_superlative_of_age_is_no_claim(built: Built) -> None:
    report = _check(built)
    start, end = built.span("age")
    assert not any(c.start < end and start < c.end for c in report.claims)


@st.composite
def reckonings_before_a_spread_verb(draw: st.DrawFn) -> Built:
    """The <word> forecasts|estimates ranged|varied from A to B <nouns>.: a reporting word
    right before a verb of spread is the noun of its subject, whatever its modifier, and the
    reckonings give the spread (vague: no owner)."""
    noun = draw(st.sampled_from(["forecasts", "estimates"]))
    verb = draw(st.sampled_from(["ranged", "varied", "range", "vary"]))
    low = draw(st.integers(2, 40))
    high = draw(st.integers(low + 1, 2 * low))
    return Built(
        [(f"The {draw(pseudo_words()).lower()} {noun}", "source"), (f" {verb} from ", None)]
        + [(f"{low} to {high} mln", "token"), (f" {draw(st.sampled_from(COUNTED))}.", None)]
    )


@SETTINGS
@given(reckonings_before_a_spread_verb())
def test_a_reckoning_before_a_spread_verb_is_its_subject(built: Built) -> None:
    _assert_sourced(_check(built), built.span("token"), built.span("source"), kind="vague")


@st.composite
def hearers_after_written_to(draw: st.DrawFn) -> Built:
    """<Org> has written to|told N of the <nouns> that|telling them <clause>.: the count of a
    verb's hearers is no part of what they were told, whatever the words."""
    verb = draw(st.sampled_from(["has written to", "wrote to", "told"]))
    count = draw(st.sampled_from(["two", "three", "12", "40"]))
    return Built(
        [(f"{draw(organisations())} {verb} ", None), (count, "token")]
        + [(f" of the {draw(st.sampled_from(COUNTED))} that the ", None)]
        + [(f"{draw(pseudo_words()).lower()} was {draw(st.sampled_from(VERBED))}.", None)]
    )


@SETTINGS
@given(hearers_after_written_to())
def test_a_count_of_hearers_after_written_to_is_not_told(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))


@st.composite
def relatives_in_an_out_of_phrase(draw: st.DrawFn) -> Built:
    """Out of N <nouns> who thought|said they were <verbed>, only M% <verbed>.: the relative
    ends at the comma of the phrase it stands in, whatever the words."""
    verb = draw(st.sampled_from(["thought", "said", "believed"]))
    nouns = draw(st.sampled_from(COUNTED))
    token = f"{draw(st.integers(11, 99))}%"
    return Built(
        [(f"Out of {draw(st.integers(100, 900))} {nouns} who {verb} they were ", None)]
        + [(f"{draw(st.sampled_from(VERBED))}, only ", None), (token, "token")]
        + [(f" were {draw(st.sampled_from(VERBED))}.", None)]
    )


@SETTINGS
@given(relatives_in_an_out_of_phrase())
def test_a_relative_in_an_out_of_phrase_ends_at_its_comma(built: Built) -> None:
    _assert_unsourced(_check(built), built.span("token"))
