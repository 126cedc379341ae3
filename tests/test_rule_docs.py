"""Meta-test: every rule in ``attribution.RULES`` has a documentation page, and the index agrees.

Structure only: the examples are not run through the engine here, but by
``tests/test_doc_examples.py``: the flagged example is the ```text block right after
``<!-- example: flag -->`` in "Example", the fixed one the ```text block right after
``<!-- example: pass -->`` in "How to fix" (more examples are marked ``<!-- example: variant -->``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import attribution
from attribution import RULES

RULES_DIR = Path(__file__).resolve().parents[1] / "docs" / "rules"
INDEX = RULES_DIR / "README.md"

REQUIRED_SECTIONS = (
    "What it does",
    "Why does this matter?",
    "Example",
    "How to fix",
    "Options",
    "Known limits",
)

FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
COMMENT = re.compile(r"<!--.*?-->", re.S)
MARKER = re.compile(r"^<!--\s*example:\s*(\w+)\s*-->\s*$")

rule_params = pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])


# --- parsing -------------------------------------------------------------------------------


def _page(rule: attribution.Rule) -> str:
    path = RULES_DIR / f"{rule.code}.md"
    if not path.is_file():
        pytest.fail(f"{rule.code} ({rule.name}) has no documentation page: {path} is missing")
    return path.read_text(encoding="utf-8")


def _sections(text: str) -> tuple[str, dict[str, str]]:
    """The title line and the body of each ``## `` section, ignoring headings inside fences."""
    title = ""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    fence: str | None = None
    for line in text.splitlines():
        m = FENCE.match(line.strip())
        if fence is None and not title and line.startswith("# "):
            title = line
            continue
        if fence is None and line.startswith("## "):
            name = line[3:].strip()
            if name in sections:
                pytest.fail(f"section {name!r} appears twice")
            current = sections[name] = []
            continue
        if m:
            if fence is None:
                fence = m.group(1)[0] * 3
            elif m.group(1).startswith(fence) and not m.group(2).strip():
                fence = None
        if current is not None:
            current.append(line)
    return title, {k: "\n".join(v) for k, v in sections.items()}


def _blocks(section: str) -> list[tuple[str | None, str, str]]:
    """Fenced code blocks in a section: (marker on the line just before, info string, body)."""
    out = []
    lines = section.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i].strip())
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).strip()
        prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        # "directly preceded": the marker must be the previous line, not just the previous text
        direct = lines[i - 1].strip() if i > 0 else ""
        marker = MARKER.match(direct)
        body = []
        i += 1
        while i < len(lines) and not (
            lines[i].strip().startswith(fence) and not lines[i].strip()[len(fence) :].strip()
        ):
            body.append(lines[i])
            i += 1
        if i >= len(lines):
            pytest.fail(f"unclosed code fence after {prev!r}")
        out.append((marker.group(1) if marker else None, info, "\n".join(body)))
        i += 1
    return out


def _field(text: str, label: str) -> str:
    """The value of a ``- **Label:** value`` line (emphasis and backticks ignored)."""
    for line in text.splitlines():
        plain = line.replace("*", "").replace("`", "").strip().lstrip("-").strip()
        if plain.lower().startswith(label.lower() + ":"):
            return plain[len(label) + 1 :].strip()
    pytest.fail(f"no '{label}:' line")


def _yes_no(value: str) -> bool:
    v = value.strip().rstrip(".").lower()
    if v in {"yes", "true", "on"}:
        return True
    if v in {"no", "false", "off"}:
        return False
    pytest.fail(f"expected yes or no, got {value!r}")


def _example(rule: attribution.Rule, kind: str) -> str:
    section = "Example" if kind == "flag" else "How to fix"
    _, sections = _sections(_page(rule))
    marked = [body for marker, info, body in _blocks(sections.get(section, "")) if marker == kind]
    assert len(marked) == 1, (
        f"{rule.code}: '{section}' needs exactly one ```text block directly after "
        f"'<!-- example: {kind} -->', found {len(marked)}"
    )
    return marked[0]


# --- pages ---------------------------------------------------------------------------------


@rule_params
def test_page_exists(rule: attribution.Rule) -> None:
    _page(rule)


@rule_params
def test_title_names_code_and_rule(rule: attribution.Rule) -> None:
    title, _ = _sections(_page(rule))
    assert title == f"# {rule.code} {rule.name}", (
        f"{rule.code}: title should be '# {rule.code} {rule.name}', got {title!r}"
    )


@rule_params
def test_required_sections_present_and_not_empty(rule: attribution.Rule) -> None:
    _, sections = _sections(_page(rule))
    missing = [s for s in REQUIRED_SECTIONS if s not in sections]
    assert not missing, f"{rule.code}: missing section(s): {missing}"
    empty = [s for s in REQUIRED_SECTIONS if not COMMENT.sub("", sections[s]).strip()]
    assert not empty, f"{rule.code}: empty section(s): {empty}"
    order = [s for s in sections if s in REQUIRED_SECTIONS]
    assert order == list(REQUIRED_SECTIONS), f"{rule.code}: sections out of order: {order}"


@rule_params
@pytest.mark.parametrize("section", ["Example", "How to fix"])
def test_example_sections_have_code_block(rule: attribution.Rule, section: str) -> None:
    _, sections = _sections(_page(rule))
    blocks = _blocks(sections.get(section, ""))
    assert blocks, f"{rule.code}: '{section}' has no fenced code block"


@rule_params
@pytest.mark.parametrize("kind", ["flag", "pass"])
def test_examples_are_marked_text_blocks(rule: attribution.Rule, kind: str) -> None:
    section = "Example" if kind == "flag" else "How to fix"
    _, sections = _sections(_page(rule))
    marked = [(info, body) for marker, info, body in _blocks(sections[section]) if marker == kind]
    assert len(marked) == 1, (
        f"{rule.code}: '{section}' needs exactly one block directly after "
        f"'<!-- example: {kind} -->', found {len(marked)}"
    )
    info, body = marked[0]
    assert info == "text", f"{rule.code}: the {kind} example should be ```text, got ```{info}"
    assert body.strip(), f"{rule.code}: the {kind} example is empty"


@rule_params
def test_no_markers_elsewhere(rule: attribution.Rule) -> None:
    """Markers outside their section (or not right before a block) would be silently ignored."""
    text = _page(rule)
    _, sections = _sections(text)
    counted = sum(
        1
        for s in ("Example", "How to fix")
        for marker, _, _ in _blocks(sections.get(s, ""))
        if marker is not None
    )
    markers = sum(1 for line in text.splitlines() if MARKER.match(line.strip()))
    assert markers == counted, (
        f"{rule.code}: an '<!-- example: ... -->' marker is not directly before a code block "
        "in 'Example' or 'How to fix'"
    )


@rule_params
def test_example_shows_finding_line(rule: attribution.Rule) -> None:
    """The Example section shows the finding the flagged text produces, in the CLI format,
    and the finding's line:column points into the flagged text at the quoted claim."""
    _, sections = _sections(_page(rule))
    message = re.escape(rule.message).replace(r"\{token\}", "(?P<token>.+?)")
    message = message.replace(r"\{source\}", "(?P<source>.+?)")
    finding = re.compile(
        rf"^(?P<path>\S+):(?P<line>\d+):(?P<col>\d+): {rule.code} \[{rule.severity}\] {message}$"
    )
    # the findings block right after the flag example (others belong to the example before
    # them, which tests/test_doc_examples.py runs)
    blocks = _blocks(sections["Example"])
    found = [
        m
        for before, (marker, _, body) in zip([None, *blocks], blocks)
        if marker is None and before is not None and before[0] == "flag"
        for m in map(finding.match, body.splitlines())
        if m
    ]
    assert found, (
        f"{rule.code}: 'Example' should show a finding line like "
        f"'article.txt:1:1: {rule.code} [{rule.severity}] {rule.message}' in a code block"
    )
    flagged = _example(rule, "flag").splitlines()
    for m in found:
        line, col = int(m["line"]), int(m["col"])
        assert 1 <= line <= len(flagged), f"{rule.code}: finding line {line} is not in the example"
        text = flagged[line - 1]
        assert 1 <= col <= len(text), f"{rule.code}: finding column {col} is past the line"
        token = m["token"]
        starts = [i for i in range(len(text)) if text.startswith(token, i)]
        assert any(s <= col - 1 < s + len(token) for s in starts), (
            f"{rule.code}: {line}:{col} does not point into {token!r} in {text!r}"
        )
        if "source" in m.groupdict():
            assert m["source"] in "\n".join(flagged), (
                f"{rule.code}: source {m['source']!r} does not appear in the flagged example"
            )


@rule_params
def test_stated_defaults_match_rule(rule: attribution.Rule) -> None:
    text = _page(rule)
    assert _field(text, "Default severity") == rule.severity, (
        f"{rule.code}: page says default severity {_field(text, 'Default severity')!r}, "
        f"rule says {rule.severity!r}"
    )
    assert _yes_no(_field(text, "Enabled by default")) == rule.enabled, (
        f"{rule.code}: page says enabled by default {_field(text, 'Enabled by default')!r}, "
        f"rule says {rule.enabled}"
    )


@rule_params
def test_options_refer_to_configuration(rule: attribution.Rule) -> None:
    _, sections = _sections(_page(rule))
    assert "configuration.md" in sections["Options"], (
        f"{rule.code}: 'Options' should link to docs/configuration.md"
    )


def test_no_pages_for_unknown_rules() -> None:
    codes = {r.code for r in RULES}
    stale = sorted(
        p.name for p in RULES_DIR.glob("*.md") if p.name != "README.md" and p.stem not in codes
    )
    assert not stale, f"pages for rules that do not exist: {stale}"


# --- index ---------------------------------------------------------------------------------


def _index_rows() -> list[dict[str, str]]:
    if not INDEX.is_file():
        pytest.fail(f"rule index {INDEX} is missing")
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in INDEX.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("|")
    ]
    assert len(rows) >= 2, "the rule index has no table"
    header = [h.lower() for h in rows[0]]
    expected = ["code", "name", "default severity", "enabled by default", "summary"]
    assert header == expected, f"index header should be {expected}, got {header}"
    assert all(set(c) <= set("-: ") for c in rows[1]), "index table has no delimiter row"
    for r in rows[2:]:
        assert len(r) == len(header), f"index row has {len(r)} cells, expected {len(header)}: {r}"
    return [dict(zip(header, r, strict=True)) for r in rows[2:]]


def test_index_codes_match_rules() -> None:
    rows = _index_rows()
    listed = [re.sub(r"[\[\]`*]|\(.*?\)", "", r["code"]).strip() for r in rows]
    duplicates = sorted({c for c in listed if listed.count(c) > 1})
    assert not duplicates, f"index lists these codes more than once: {duplicates}"
    codes = [r.code for r in RULES]
    assert not (stale := sorted(set(listed) - set(codes))), f"index has stale rows: {stale}"
    assert not (missing := sorted(set(codes) - set(listed))), f"index lacks rows: {missing}"


@rule_params
def test_index_row_matches_rule(rule: attribution.Rule) -> None:
    rows = {re.sub(r"[\[\]`*]|\(.*?\)", "", r["code"]).strip(): r for r in _index_rows()}
    row = rows.get(rule.code)
    assert row is not None, f"index has no row for {rule.code}"
    assert f"]({rule.code}.md)" in row["code"], f"{rule.code}: index row should link {rule.code}.md"
    assert row["name"].strip("`") == rule.name
    assert row["default severity"].strip("`") == rule.severity
    assert _yes_no(row["enabled by default"]) == rule.enabled
    assert row["summary"], f"{rule.code}: index row has no summary"
