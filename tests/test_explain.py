"""``check(text, explain=True)``: every decision names its rule, and every rule of the three
tables is shown deciding its own example."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import pathlib

import pytest
from hypothesis import given
from test_invariants import SETTINGS, TEXTS

import attribution
from attribution._claims import CLAIM_FORMS, NON_CLAIM_RULES
from attribution._cues import CUE_RULES
from attribution._link import SCOPE_RULES
from attribution._model import Decision

ROOT = pathlib.Path(__file__).resolve().parent.parent
_TABLES = {
    "claims": (*CLAIM_FORMS, *NON_CLAIM_RULES),
    "cues": CUE_RULES,
    "scope": SCOPE_RULES,
}
_ALL = [d for table in _TABLES.values() for d in table]


def _example(decision: Decision) -> tuple[str, int, int]:
    """The example's text without its brackets, and the bracketed span."""
    ex = decision.example
    i, j = ex.index("["), ex.index("]")
    return ex[:i] + ex[i + 1 : j] + ex[j + 1 :], i, j - 1


@pytest.mark.parametrize("decision", _ALL, ids=lambda d: f"{d.stage}:{d.name}")
def test_each_rule_decides_its_own_example(decision: Decision) -> None:
    text, start, end = _example(decision)
    report = attribution.check(text, explain=True)
    assert report.considered is not None
    if decision.stage == "claims":
        rules = [c.why.rule for c in report.considered if c.start < end and start < c.end]
        assert decision.name in rules
        return
    claims = [c for c in report.claims if c.token.start < end and start < c.token.end]
    assert claims, f"no claim at the bracketed number of {decision.example!r}"
    claim = claims[0]
    if decision.stage == "scope":
        assert claim.why[1].rule == decision.name
    else:
        explained = [a for a in claim.attributions if a.why]
        if explained and explained[0].carried:
            # a carried attribution's rule is "carried"; it names its cue's rule in its detail
            # (speaker-before-quote only ever reaches a claim by carry)
            assert explained[0].why is not None
            assert decision.summary in explained[0].why.detail
        else:
            assert [a.why.rule for a in explained][:1] == [decision.name]


def test_rule_names_are_unique_per_stage() -> None:
    for stage, table in _TABLES.items():
        names = [d.name for d in table]
        assert len(names) == len(set(names)), stage


_ENGINE = {
    "claims": "attribution/_claims.py",
    "cues": "attribution/_cues.py",
    "scope": "attribution/_link.py",
}


def _literals(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


@pytest.mark.parametrize("stage", sorted(_ENGINE))
def test_every_rule_in_a_table_is_named_in_its_stage(stage: str) -> None:
    # A row whose name the engine never spells is a rule that cannot fire.
    literals = _literals(_ENGINE[stage])
    rows = [d for d in _TABLES[stage]]
    # the rows' own strings are literals too: count a name only outside its row
    counts = {d.name: 0 for d in rows}
    tree = ast.parse((ROOT / _ENGINE[stage]).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in counts:
            counts[node.value] += 1
    assert literals
    assert [name for name, n in counts.items() if n < 2] == []


# Functions of the claim stage whose strings are no rule's name: a joiner's kind, a number's.
_NOT_RULE_RETURNS = {"_joiner", "_number_kind"}


def test_every_name_a_claim_rule_returns_is_in_a_table() -> None:
    # The converse of the test above: a name the engine returns with no row of its own would
    # leave ``explain`` without a decision to give (a KeyError, not a reason).
    names = {d.name for d in _TABLES["claims"]}
    tree = ast.parse((ROOT / _ENGINE["claims"]).read_text(encoding="utf-8"))
    returned: dict[str, str] = {}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or fn.name in _NOT_RULE_RETURNS:
            continue
        for node in ast.walk(fn):
            if not isinstance(node, ast.Return) or node.value is None:
                continue
            values = (
                [node.value.body, node.value.orelse]
                if isinstance(node.value, ast.IfExp)
                else [node.value]
            )
            for v in values:
                if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value:
                    returned[v.value] = fn.name
    assert returned
    assert {name: fn for name, fn in returned.items() if name not in names} == {}


# --- the explained report is the report, with reasons -------------------------------------


def _without_why(report: attribution.Report) -> list[dict[str, object]]:
    claims = report.to_dict()["claims"]
    for claim in claims:
        claim.pop("why", None)
        for a in claim["attributions"]:
            a.pop("why", None)
    return claims


def _check_explained(text: str) -> None:
    plain = attribution.check(text)
    explained = attribution.check(text, explain=True)
    assert plain.considered is None and "considered" not in plain.to_dict()
    assert all(c.why == () for c in plain.claims)
    assert _without_why(explained) == _without_why(plain)
    assert [f.code for f in explained.findings] == [f.code for f in plain.findings]
    assert explained.considered is not None
    tokens = [(t.start, t.end) for t in explained.considered]
    assert tokens == sorted(tokens)
    for token in explained.considered:
        assert text[token.start : token.end] == token.text
        assert token.claim == (token.why.rule in {d.name for d in CLAIM_FORMS})
    claimed = {t.start for t in explained.considered if t.claim}
    for claim in explained.claims:
        assert [w.stage for w in claim.why] == ["claims", "scope"]
        assert claim.why[1].rule in {d.name for d in SCOPE_RULES}
        assert claim.token.start in claimed or any(
            claim.token.start <= s < claim.token.end for s in claimed
        )
        for a in claim.attributions:
            assert a.why is not None
            assert a.why.rule in {d.name for d in CUE_RULES} | {"carried"}
            assert (a.why.rule == "carried") == a.carried


@SETTINGS
@given(TEXTS)
def test_explain_changes_nothing_but_adds_reasons(text: str) -> None:
    _check_explained(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No numbers here.",
        "Some 40 schools closed, the ministry said. Repairs will cost £2m.",
        "The fund holds £40m ($50m), the trust said.",
        '"We lost 40 homes in one night," she said. "It will cost $5m to rebuild."',
    ],
)
def test_explain_table(text: str) -> None:
    _check_explained(text)


def test_seed_250_is_unsourced_because_says_covers_only_34() -> None:
    text = (ROOT / "seeds" / "petro-icc-netanyahu.txt").read_text(encoding="utf-8")
    report = attribution.check(text, explain=True)
    claim = next(c for c in report.claims if c.token.text == "250")
    assert claim.status == "unsourced"
    assert claim.why[1].rule == "no-covering-cue"
    assert "'says' covers only '34'" in claim.why[1].detail
    sourced = next(c for c in report.claims if c.token.text == "34")
    assert sourced.why[1].rule == "narrow-clause"
    assert sourced.attributions[0].why is not None
    assert sourced.attributions[0].why.rule == "reduced-relative"


def test_seed_october_7_is_a_date() -> None:
    text = (ROOT / "seeds" / "petro-icc-netanyahu.txt").read_text(encoding="utf-8")
    report = attribution.check(text, explain=True)
    assert report.considered is not None
    at = text.index("October 7") + len("October ")
    token = next(t for t in report.considered if t.start == at)
    assert (token.claim, token.category, token.why.rule) == (False, "date", "day-of-month")


def test_carried_attribution_names_the_sentence_it_comes_from() -> None:
    text = "Exports fell 3%, the agency said. Imports fell 2%."
    report = attribution.check(text, explain=True)
    why = report.claims[1].attributions[0].why
    assert why is not None and why.rule == "carried" and why.sentence == 0
    assert report.claims[1].why[1].rule == "carried"


def test_markdown_document_maps_considered_and_carry_into_the_file() -> None:
    source = "# Title\n\nSome **40** schools closed, the ministry said. It cost $3bn.\n"
    report = attribution.check_document(source, "markdown", explain=True)
    assert report.considered is not None
    assert [source[t.start : t.end] for t in report.considered] == ["40", "$3bn"]
    why = report.claims[1].attributions[0].why
    assert why is not None and source[why.sentence :].startswith("Some **40**")


def test_explain_output_is_valid_against_the_schema() -> None:
    import jsonschema

    from attribution.cli import main

    schema = json.loads((ROOT / "attribution" / "schema" / "report.schema.json").read_text())
    seed = str(ROOT / "seeds" / "petro-icc-netanyahu.txt")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["check", "--explain", "--format", "json", "--isolated", seed]) == 1
    data = json.loads(out.getvalue())
    jsonschema.validate(data, schema)
    assert data["version"] == 2
    assert all(len(c["why"]) == 2 for c in data["files"][0]["claims"])
    assert any(not t["claim"] for t in data["files"][0]["considered"])


def _rules_index() -> str:
    """The "Every rule" tables of docs/explain.md, from the engine's tables."""
    parts = []
    for title, head, table in (
        ("Claims: the forms of a claim", "form", CLAIM_FORMS),
        ("Claims: not a claim", "category", NON_CLAIM_RULES),
        ("Cues: the shapes of an attribution", "shape", CUE_RULES),
        ("Scope: the status of a claim", "status", SCOPE_RULES),
    ):
        parts.append(f"### {title}\n\n| rule | {head} | what it decides | example |")
        parts.append("| --- | --- | --- | --- |")
        for d in table:
            category = d.name if head == "form" else d.category
            example = d.example.replace("|", "\\|")  # in a code span: "[401](k)" is no link
            parts.append(f"| `{d.name}` | {category} | {d.summary} | `{example}` |")
        parts.append("")
    return "\n".join(parts)


def test_docs_list_every_rule_as_the_tables_do() -> None:
    page = (ROOT / "docs" / "explain.md").read_text(encoding="utf-8")
    marker = "<!-- rules: generated from the tables; tests/test_explain.py checks it -->\n\n"
    assert marker in page
    assert page.split(marker, 1)[1] == _rules_index(), "regenerate docs/explain.md's tables"


@pytest.mark.parametrize(
    ("text", "token", "reason"),
    [
        pytest.param("The levy costs £4m.", "£4m", "it opens the text", id="first-sentence"),
        pytest.param(
            "Exports fell 3%, the agency said.\n\nImports fell 2%.",
            "2%",
            "it opens its paragraph",
            id="paragraph-break",
        ),
        pytest.param(
            "The minister said the plan was bad. It costs $5bn.",
            "$5bn",
            "speech without a figure",
            id="speech-without-a-figure",
        ),
        pytest.param(
            "Exports fell 3%, the agency said. Meanwhile, imports fell 2%.",
            "2%",
            "'Meanwhile', a new topic",
            id="topic-shift",
        ),
        pytest.param(
            "The river rose 2 metres overnight. Some 300 homes were flooded.",
            "300",
            "no source to pass on",
            id="nothing-to-carry",
        ),
    ],
)
def test_unsourced_claim_says_why_nothing_was_carried(text: str, token: str, reason: str) -> None:
    report = attribution.check(text, explain=True)
    claim = next(c for c in report.claims if c.token.text == token)
    assert claim.status == "unsourced" and claim.why[1].rule == "no-cue"
    detail = claim.why[1].detail
    assert "; not carried: " in detail
    assert reason in detail
