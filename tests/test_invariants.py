"""Properties that hold for any input text (Hypothesis)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import attribution
from attribution._model import SCHEMA_VERSION

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BLOCKS = st.sampled_from(
    [
        "1",
        "2",
        "9",
        "0",
        "12",
        "1,170",
        "3.5",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        '"',
        "“",
        "”",
        "'",
        "(",
        ")",
        "-",
        "–",
        "—",
        ";",
        ":",
        "%",
        "$",
        "£",
        "€",
        "US$",
        "million",
        "bn",
        "m",
        " per cent",
        " percent",
        " to ",
        " and ",
        "between ",
        " in ",
        " out of ",
        "said",
        " said ",
        "according to ",
        "told reporters",
        "the ministry",
        "Israel",
        "officials",
        "analysts",
        "reportedly",
        "is thought to",
        "it is feared",
        "did not say",
        "people",
        "hostages",
        "more than ",
        "at least ",
        "about ",
        "up to ",
        "dozens of ",
        "tens of thousands of ",
        "two-thirds",
        "half",
        "twice",
        "one",
        "three",
        "twenty-five",
        "hundred",
        "October",
        "Oct.",
        "2023",
        "1990s",
        "Mr.",
        "Dr.",
        "U.S.",
        "No.",
        "A.",
        "which",
        "whom",
        "including",
        "figures",
        "a report by",
        "citing",
        "Reporting by",
        "aged",
        "-year-old",
        "years",
        "Q1",
        "10:30",
        "7/10",
        "9/11",
        "F-16",
        "http://x.y/1",
        "\u00a0",
        "\u2028",
        "\r\n",
        "\x00",
        "\ufeff",
        "🙂",
        "٣",
        "１",
    ]
)
NEWSY = st.lists(BLOCKS, max_size=60).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)
TEXTS = st.one_of(ANY_TEXT, NEWSY)


def _check_report(text, report):
    assert report.text is text or report.text == text
    n = len(text)
    previous_end = -1
    previous_start = -1
    for claim in report.claims:
        tok = claim.token
        assert 0 <= claim.start <= tok.start < tok.end <= claim.end <= n
        assert tok.text == text[tok.start : tok.end]
        assert claim.text == tok.text
        assert tok.start >= previous_end, "claims overlap"
        assert tok.start > previous_start, "claims not sorted"
        previous_start, previous_end = tok.start, tok.end
        assert claim.status in ("sourced", "carried", "unsourced")
        assert claim.kind in ("count", "money", "percent", "measure", "ratio")
        assert (claim.status == "unsourced") == (not claim.attributions)
        if claim.status == "carried":
            assert all(a.carried for a in claim.attributions)
        for span in (claim.hedge, claim.noun):
            if span is not None:
                assert 0 <= span.start <= span.end <= n
                assert span.text == text[span.start : span.end]
        for att in claim.attributions:
            for span in (att.source, att.cue):
                assert 0 <= span.start <= span.end <= n
                assert span.text == text[span.start : span.end]
            assert att.kind in ("named", "anonymous", "vague")
    for f in report.findings:
        assert 0 <= f.start < f.end <= n
        assert f.line >= 1 and f.column >= 1


@SETTINGS
@given(TEXTS)
def test_check_never_raises_and_spans_are_sane(text):
    _check_report(text, attribution.check(text))


@SETTINGS
@given(TEXTS)
def test_to_dict_is_json_and_versioned(text):
    data = attribution.check(text).to_dict()
    assert data["version"] == SCHEMA_VERSION == 2
    assert json.loads(json.dumps(data)) == data


def _signature(report, shift=0):
    return [
        (
            c.token.start - shift,
            c.token.end - shift,
            c.text,
            c.status,
            tuple((a.source.start - shift, a.source.text, a.kind) for a in c.attributions),
        )
        for c in report.claims
    ]


@SETTINGS
@given(TEXTS)
def test_prefix_paragraph_shifts_offsets(text):
    # Texts with a paragraph break already: adding one more paragraph in front must not
    # change anything but the offsets. (Without a blank line the text is split one
    # paragraph per line, so a prefix with a blank line changes the paragraphs; see below.)
    text = "Body.\n\n" + text
    prefix = "Intro.\n\n"
    base = attribution.check(text)
    shifted = attribution.check(prefix + text)
    assert _signature(shifted, len(prefix)) == _signature(base)


@SETTINGS
@given(
    st.lists(BLOCKS.filter(lambda b: "\n" not in b and "\u2028" not in b), max_size=40).map("".join)
)
# An agentless passive's subject was bounded by a "not found" offset taken as a real one, so
# the first characters of a text covered differently from the same characters further in.
@example("1,reportedly,")
# A dash opening a line was read as opening an aside, but not the same dash opening the text.
@example("- Acme said it cut 3 jobs - and 4 are expected to go.")
def test_prefix_shifts_offsets_single_line(text):
    # One line, so no paragraph split changes.
    prefix = "Intro.\n\n"
    base = attribution.check(text)
    shifted = attribution.check(prefix + text)
    assert _signature(shifted, len(prefix)) == _signature(base)


@pytest.mark.parametrize(
    "bad", [b"40 people died.", None, 40, ["40 people died."], bytearray(b"x")]
)
def test_non_str_text_raises_type_error(bad):
    with pytest.raises(TypeError):
        attribution.check(bad)


@pytest.mark.parametrize("hedge", ["almoſt", "ALMOST", "Nearly", "more  than"])
def test_regression_case_folded_hedge_reads_its_bound(hedge):
    # The hedge pattern folds case fully ("ſ" is "s"); reading the bound once raised KeyError.
    (claim,) = attribution.check(f"The repairs cost {hedge} 5 dollars.").claims
    assert claim.hedge is not None and claim.hedge.text == hedge
    assert claim.bound != "exact"


@pytest.mark.parametrize("bad", [{}, {"select": ["ATR001"]}, "ATR001", 1, object()])
def test_wrong_config_type_raises_type_error(bad):
    with pytest.raises(TypeError):
        attribution.check("40 people died.", config=bad)


def test_config_instance_accepted():
    report = attribution.check("40 people died.", config=attribution.Config())
    assert [c.text for c in report.claims] == ["40"]


def test_linking_keeps_every_claim_field():
    # _link builds linked claims field by field for speed; a field added to Claim and not
    # passed on there would silently fall back to its default.
    import attrs

    from attribution._link import _linked
    from attribution._model import Attribution, Claim, Span, Why

    span = Span(0, 2, "40")
    values = {
        "start": 1,
        "end": 9,
        "token": span,
        "kind": "money",
        "value": 4.0,
        "low": 3.0,
        "high": 5.0,
        "bound": "about",
        "hedge": span,
        "approximate": True,
        "scale": "m",
        "currency": "USD",
        "unit": "%",
        "noun": span,
        "status": "carried",
        "attributions": (),
        "why": (Why("digits", "claims", "a claim"),),
    }
    assert set(values) == {f.name for f in attrs.fields(Claim)}, "give the new field a value"
    claim = Claim(**values)
    atts = (Attribution(source=span, kind="named", cue=span),)
    assert _linked(claim, "sourced", atts) == attrs.evolve(
        claim, status="sourced", attributions=atts
    )


def test_evolved_cue_equals_attrs_evolve() -> None:
    """The cue stage rebuilds cues without ``attrs.evolve``: the copy must match it."""
    import attrs

    from attribution._cues import Cue, _evolved
    from attribution._model import Span

    span = Span(0, 4, "said")
    other = Span(5, 9, "they")
    values = {
        "cue": span,
        "source": other,
        "kind": "anonymous",
        "sentence": 3,
        "direction": "both",
        "scope_start": 2,
        "scope_end": 40,
        "agentless": True,
        "resolved": "old",
        "document": True,
        "borrowed": True,
        "relative": True,
        "rule": "verb-set-off",
    }
    assert set(values) == {f.name for f in attrs.fields(Cue)}, "give the new field a value"
    cue = Cue(**values)
    assert _evolved(cue, scope_end=20) == attrs.evolve(cue, scope_end=20)
    assert _evolved(cue, resolved="the army", kind="named") == attrs.evolve(
        cue, resolved="the army", kind="named"
    )
    assert _evolved(cue) == cue
