"""The HTML reporter: pure-Python checks of render() and a real headless-Chromium run.

Fixtures build Reports by hand (the engine is being rewritten), so these tests pin the
reporter, not the engine's current output.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from _scripts import load_script
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import Attribution, Claim, Report, Span
from attribution._lint import FileResult
from attribution._reporters import html as reporter
from attribution._rules import findings_for

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "petro-icc-netanyahu.txt"
ALL_RULES = frozenset({"ATR001", "ATR002", "ATR003", "ATR004"})
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'

# --------------------------------------------------------------------------------------------
# Fixtures: hand-built reports
# --------------------------------------------------------------------------------------------


def find(text: str, needle: str, after: int = 0) -> Span:
    i = text.index(needle, after)
    return Span(i, i + len(needle), needle)


def claim(
    text: str,
    phrase: str,
    token: str,
    status: str = "unsourced",
    atts: tuple[Attribution, ...] = (),
    after: int = 0,
) -> Claim:
    p = find(text, phrase, after)
    return Claim(
        start=p.start,
        end=p.end,
        token=find(text, token, p.start),
        kind="percent" if token.endswith("%") else "count",
        status=status,  # type: ignore[arg-type]
        attributions=atts,
    )


def result_for(path: str, text: str, claims: tuple[Claim, ...]) -> FileResult:
    findings = findings_for(text, claims, ALL_RULES, {})
    report = Report(text=text, claims=claims, findings=findings)
    return FileResult(path=path, text=text, source=text, report=report, findings=findings)


def seed_result() -> FileResult:
    """The seed article with the Report the final engine gives (spec section 4)."""
    text = SEED.read_text(encoding="utf-8")
    i34 = text.index("including 34 Israel says")
    i34943 = text.index("34,943")
    claims = (
        claim(
            text,
            "more than 1,170 people",
            "1,170",
            "sourced",
            (Attribution(find(text, "Israeli figures"), "named", find(text, "according to")),),
        ),
        claim(text, "about 250 hostages", "250"),
        claim(text, "129", "129"),
        claim(
            text,
            "34",
            "34",
            "sourced",
            (Attribution(find(text, "Israel", i34), "named", find(text, "says", i34)),),
            after=i34,
        ),
        claim(
            text,
            "at least 34,943 people",
            "34,943",
            "sourced",
            (
                Attribution(
                    find(text, "the health ministry in the Hamas-run territory", i34943),
                    "named",
                    find(text, "according to", i34943),
                ),
            ),
        ),
    )
    return result_for("seeds/petro-icc-netanyahu.txt", text, claims)


MIXED = (
    "The ministry said 40 people died in the " + XSS_ATTR + " district.\n"
    "\n"
    "It is estimated that 12% of homes were hit. Experts say " + XSS_SCRIPT + " 3,000 fled.\n"
    "A senior official said 7 bridges fell, and a survey of 5,000 households found 60% had no"
    " water.\n"
    "The agency said 9 schools closed. It added that 4 clinics shut & 2 < 3."
)


def mixed_result(path: str = XSS_ATTR + ".txt") -> FileResult:
    """Every display status, shared/nested/partially overlapping spans, and hostile text."""
    t = MIXED
    survey = find(t, "a survey of 5,000 households")
    agency = find(t, "The agency")
    claims = (
        claim(
            t,
            "40 people",
            "40",
            "sourced",
            (Attribution(find(t, "The ministry"), "named", find(t, "said")),),
        ),
        # agentless: the source span is the cue span itself
        claim(
            t,
            "12% of homes",
            "12%",
            "sourced",
            (Attribution(find(t, "It is estimated"), "vague", find(t, "It is estimated")),),
        ),
        claim(
            t,
            "3,000",
            "3,000",
            "sourced",
            (Attribution(find(t, "Experts"), "vague", find(t, "say")),),
        ),
        claim(
            t,
            "7 bridges",
            "7",
            "sourced",
            (
                Attribution(
                    find(t, "A senior official"), "anonymous", find(t, "said", t.index("A senior"))
                ),
            ),
        ),
        # inside the source's own noun phrase, and its phrase crosses that source's end
        claim(t, "5,000 households found", "5,000"),
        claim(t, "60%", "60%", "sourced", (Attribution(survey, "named", find(t, "found")),)),
        claim(
            t,
            "9 schools",
            "9",
            "sourced",
            (Attribution(agency, "named", find(t, "said", agency.start)),),
        ),
        claim(
            t,
            "4 clinics",
            "4",
            "carried",
            (Attribution(agency, "named", find(t, "said", agency.start), carried=True),),
        ),
    )
    return result_for(path, t, claims)


def error_result() -> FileResult:
    return FileResult(path="missing/<b>.txt", error="cannot read: " + XSS_SCRIPT)


# --------------------------------------------------------------------------------------------
# A tiny DOM from html.parser
# --------------------------------------------------------------------------------------------

VOID = {
    "meta",
    "br",
    "img",
    "input",
    "link",
    "hr",
    "wbr",
    "col",
    "area",
    "base",
    "embed",
    "source",
    "track",
}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def iter(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self, skip_class: str = "glyph") -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_class not in (c.attrs.get("class") or "").split():
                out.append(c.text(skip_class))
        return "".join(out)

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class TreeBuilder(HTMLParser):
    """Builds a tree and fails on any misnested or unclosed element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag: str) -> None:
        if tag != self.cur.tag:
            self.errors.append(f"</{tag}> closes <{self.cur.tag}>")
            return
        assert self.cur.parent is not None
        self.cur = self.cur.parent

    def handle_data(self, data: str) -> None:
        self.cur.children.append(data)


def parse(doc: str) -> Node:
    b = TreeBuilder()
    b.feed(doc)
    b.close()
    assert not b.errors, b.errors[:5]
    assert b.cur is b.root, f"unclosed <{b.cur.tag}>"
    return b.root


def by_id(root: Node) -> dict[str, Node]:
    ids = [n.attrs["id"] for n in root.iter() if n.attrs.get("id")]
    dupes = [i for i, k in Counter(ids).items() if k > 1]
    assert not dupes, dupes
    return {n.attrs["id"]: n for n in root.iter() if n.attrs.get("id")}  # type: ignore[misc]


def status_counts(root: Node) -> Counter[str]:
    return Counter(
        n.attrs["data-status"]
        for n in root.iter()
        if "data-status" in n.attrs and "claim" in n.classes() and "sample" not in n.classes()
    )


def expected_counts(results: list[FileResult]) -> Counter[str]:
    return Counter(reporter.display_status(c) for r in results if r.report for c in r.report.claims)


ALL = [seed_result(), mixed_result(), error_result()]

# --------------------------------------------------------------------------------------------
# render(): structure, escaping, ids, counts
# --------------------------------------------------------------------------------------------


def test_display_status_mirrors_the_rules() -> None:
    got = [reporter.display_status(c) for c in mixed_result().report.claims]  # type: ignore[union-attr]
    assert got == [
        "sourced",
        "vague",
        "vague",
        "anonymous",
        "unsourced",
        "sourced",
        "sourced",
        "carried",
    ]
    seed = [reporter.display_status(c) for c in seed_result().report.claims]  # type: ignore[union-attr]
    assert seed == ["sourced", "unsourced", "unsourced", "sourced", "sourced"]


def test_document_is_self_contained_and_well_formed() -> None:
    doc = reporter.render(ALL)
    assert doc.startswith("<!DOCTYPE html>")
    root = parse(doc)
    tags = Counter(n.tag for n in root.iter())
    assert tags["style"] == 1 and tags["script"] == 1
    assert tags["link"] == 0 and tags["img"] == 0 and tags["iframe"] == 0
    for n in root.iter():
        for attr in ("src", "href", "action"):
            value = n.attrs.get(attr)
            assert value is None or value.startswith("#"), (n.tag, attr, value)
    assert "@import" not in doc and "url(" not in doc


def test_hostile_text_and_paths_render_as_text() -> None:
    doc = reporter.render(ALL)
    root = parse(doc)
    scripts = [n for n in root.iter() if n.tag == "script"]
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    assert scripts[0].text() == reporter._JS
    for n in root.iter():
        assert not any(a.lower().startswith("on") for a in n.attrs), (n.tag, n.attrs)
    assert XSS_SCRIPT not in doc and "<img" not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    article = next(n for n in root.iter() if n.tag == "article" and XSS_SCRIPT in n.text())
    assert XSS_ATTR in article.text()
    h2s = [n.text() for n in root.iter() if n.tag == "h2"]
    assert XSS_ATTR + ".txt" in h2s and "missing/<b>.txt" in h2s
    err = next(n for n in root.iter() if "error-msg" in n.classes())
    assert err.text() == "cannot read: " + XSS_SCRIPT


def test_article_text_is_preserved_paragraph_by_paragraph() -> None:
    for result in (seed_result(), mixed_result()):
        root = parse(reporter.render([result]))
        article = next(n for n in root.iter() if n.tag == "article")
        paras = [n.text() for n in article.children if isinstance(n, Node) and n.tag == "p"]
        text = result.text or ""
        assert paras == [text[s:e] for s, e in reporter.paragraphs(text)]
    # seed: no blank line, so one paragraph per line; mixed: blank line, so two paragraphs
    assert len(reporter.paragraphs(SEED.read_text(encoding="utf-8"))) == 16
    assert [MIXED[s:e].count("\n") for s, e in reporter.paragraphs(MIXED)] == [0, 2]


def test_every_claim_is_a_focusable_highlight_with_its_status() -> None:
    root = parse(reporter.render(ALL))
    assert status_counts(root) == expected_counts(ALL)
    ids = by_id(root)
    for fi, result in enumerate(ALL):
        if result.report is None:
            continue
        for j, c in enumerate(result.report.claims, 1):
            el = ids[f"f{fi}-c{j}"]
            assert el.attrs["tabindex"] == "0" and el.attrs["role"] == "button"
            assert el.attrs["data-status"] == reporter.display_status(c)
            assert f"st-{reporter.display_status(c)}" in el.classes()
            assert c.token.text in (el.attrs["aria-label"] or "")
            assert el.attrs["title"] == el.attrs["aria-label"]
            assert el.text() == c.token.text  # token kept whole, glyph aside
            glyphs = [n for n in el.iter() if "glyph" in n.classes()]
            assert len(glyphs) == 1 and glyphs[0].attrs["aria-hidden"] == "true"
            assert ids[f"f{fi}-c{j}-info"].tag == "li"  # the details card


def test_sources_and_cues_are_marked_and_linked_to_their_claims() -> None:
    root = parse(reporter.render(ALL))
    for fi, result in enumerate(ALL):
        if result.report is None:
            continue
        for j, c in enumerate(result.report.claims, 1):
            cid = f"f{fi}-c{j}"
            marks = [n for n in root.iter() if cid in (n.attrs.get("data-for") or "").split()]
            for role, spans in (
                ("src", [a.source for a in c.attributions]),
                ("cue", [a.cue for a in c.attributions]),
            ):
                got = {
                    "".join(
                        m.text()
                        for m in marks
                        if role in m.classes() and (m is head or "cont" in m.classes())
                    )
                    for head in marks
                    if role in head.classes() and "cont" not in head.classes()
                }
                # fragments of a split mark add up to its text
                assert {s.text for s in spans} <= got | {
                    "".join(m.text() for m in marks if role in m.classes())
                }
                assert bool(spans) == any(role in m.classes() for m in marks)


def test_split_marks_add_up_to_their_span() -> None:
    result = mixed_result()
    root = parse(reporter.render([result]))
    survey = [
        n
        for n in root.iter()
        if "src" in n.classes()
        and "k-named" in n.classes()
        and "f0-c6" in (n.attrs.get("data-for") or "")
    ]
    assert len(survey) > 1, "the survey source overlaps a claim phrase partially: split"
    assert "".join(n.text() for n in survey) == "a survey of 5,000 households"
    assert sum("id" in n.attrs for n in survey) == 1


def test_findings_panel_jumps_to_claims() -> None:
    result = mixed_result()
    root = parse(reporter.render([result]))
    ids = by_id(root)
    items = [n for n in root.iter() if "finding" in n.classes()]
    assert len(items) == len(result.findings) == 5
    for item, f in zip(items, result.findings, strict=True):
        assert f.code in item.text() and f.severity in item.text() and f.message in item.text()
        link = next(n for n in item.iter() if n.tag == "a")
        assert link.text() == f"{f.line}:{f.column}"
        target = ids[(link.attrs["href"] or "")[1:]]
        assert target.text() == f.claim.token.text
    assert f"sev-{result.findings[0].severity}" in items[0].classes()


def test_findings_with_claims_mapped_by_the_file_layer_still_link() -> None:
    import attrs

    base = mixed_result()
    assert base.report is not None

    def shift(c: Claim) -> Claim:  # what mapping into a Markdown source does to offsets
        return attrs.evolve(c, start=c.start + 100, end=c.end + 100)

    mapped = {c: shift(c) for c in base.report.claims}
    findings = tuple(attrs.evolve(f, claim=mapped[f.claim]) for f in base.findings)
    expected = [f"#f0-c{base.report.claims.index(f.claim) + 1}" for f in base.findings]
    for result in (
        attrs.evolve(base, findings=findings, claims=tuple(mapped.values())),
        attrs.evolve(base, findings=findings),  # no mapped claims: match by token
    ):
        root = parse(reporter.render([result]))
        hrefs = [n.attrs["href"] for n in root.iter() if "jump" in n.classes() and n.tag == "a"]
        assert hrefs == expected


def test_summary_legend_and_toc() -> None:
    root = parse(reporter.render(ALL))
    top = next(n for n in root.iter() if n.tag == "header" and "top" in n.classes())
    chips = {
        n.attrs["data-count-status"]: int(n.attrs["data-count"] or 0)
        for n in top.iter()
        if "data-count-status" in n.attrs
    }
    assert chips == {s: expected_counts(ALL)[s] for s in reporter.STATUSES}
    legend = next(n for n in root.iter() if "legend" in n.classes() and n.tag == "ul")
    for s in reporter.STATUSES:
        assert reporter._STATUS_INFO[s][0] in legend.text()
    toc = next(n for n in root.iter() if n.tag == "nav")
    assert [a.attrs["href"] for a in toc.iter() if a.tag == "a"] == ["#f0", "#f1", "#f2"]
    single = parse(reporter.render([seed_result()]))
    assert not any(n.tag == "nav" for n in single.iter())


def test_edge_cases_render() -> None:
    empty = Report(text="", claims=(), findings=())
    for results in (
        [],
        [FileResult(path="e.txt", text="", source="", report=empty)],
        [FileResult(path="n.txt", text=None, report=None)],
    ):
        parse(reporter.render(results))
    # spans outside the text are ignored rather than crashing
    bad = Claim(start=5, end=99, token=Span(50, 60, "x"), kind="count")
    doc = reporter.render(
        [
            FileResult(
                path="b.txt", text="short", report=Report(text="short", claims=(bad,), findings=())
            )
        ]
    )
    parse(doc)


@st.composite
def marked_text(draw: st.DrawFn) -> tuple[str, list[reporter._Mark]]:
    text = draw(st.text(alphabet="ab <&\"'\n", min_size=1, max_size=40))
    roles = ("claim", "phrase", "source", "cue")
    marks = []
    for k in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, len(text) - 1))
        e = draw(st.integers(s + 1, len(text)))
        role = draw(st.sampled_from(roles))
        marks.append(reporter._Mark(s, e, role, k, ident=f"m{k}", refs=(f"m{k}",)))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(marked_text())
def test_markup_is_well_formed_and_lossless(case: tuple[str, list[reporter._Mark]]) -> None:
    text, marks = case
    opened: set[str] = set()
    out = reporter._markup(text, 0, len(text), marks, opened)
    root = parse(f"<p>{out}</p>")
    assert root.text() == text
    for m in marks:
        frags = [
            n
            for n in root.iter()
            if n.attrs.get("data-claim") == m.ident
            or m.ident in (n.attrs.get("data-for") or n.attrs.get("data-phrase") or "").split()
        ]
        assert "".join(f.text() for f in frags) == text[m.start : m.end]
        if m.role in ("claim", "source", "cue"):
            assert sum(f.attrs.get("id") == m.ident for f in frags) == 1


# --------------------------------------------------------------------------------------------
# The real browser
# --------------------------------------------------------------------------------------------


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_chromium() -> str:
    """The Chromium binary; skips without it, but fails in CI, where the test must run."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None and os.path.exists("/usr/bin/chromium"):
        path = "/usr/bin/chromium"
    if path is None:
        msg = "chromium is not installed (apt-get install -y chromium)"
        if _ci():
            pytest.fail(msg + "; the browser test must run in CI, not be skipped")
        pytest.skip(msg)
    return path


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_chromium()


def test_missing_chromium_skips_locally_but_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_chromium()


# docs/make_report_screenshot.py: its ``chromium`` runs the browser for these tests too, so
# both use one command line.
_SCRIPT = load_script("docs/make_report_screenshot.py", "make_report_screenshot")


def run_chromium(binary: str, url: str, *args: str, size: str = "1200,900") -> str:
    width, height = (int(n) for n in size.split(","))
    return str(_SCRIPT.chromium(binary, url, *args, width=width, height=height))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(reporter.render(ALL), encoding="utf-8")
    return path


def body_of(dom: str) -> Node:
    root = parse_loose(dom)
    return next(n for n in root.iter() if n.tag == "body")


def parse_loose(dom: str) -> Node:
    b = TreeBuilder()  # the browser's serialisation is well-formed too, but don't insist
    b.feed(dom)
    b.close()
    return b.root


def test_browser_runs_the_script_and_shows_every_claim(chromium: str, page: Path) -> None:
    body = body_of(run_chromium(chromium, page.as_uri(), "--dump-dom"))
    assert body.attrs.get("data-js-error") is None, body.attrs.get("data-js-error")
    assert body.attrs.get("data-ready") == "1"
    assert body.attrs.get("data-layout") == "side"
    assert status_counts(body) == expected_counts(ALL)
    pop = next(n for n in body.iter() if n.attrs.get("id") == "atr-pop")
    assert "hidden" in pop.attrs
    # the script swapped the native tooltip for its popup, and injected no hostile markup
    assert not any(n.tag in ("img", "iframe") for n in body.iter())
    assert sum(n.tag == "script" for n in body.iter()) == 1


def test_browser_focus_shows_popup_and_links_source_and_cue(chromium: str, page: Path) -> None:
    body = body_of(run_chromium(chromium, page.as_uri() + "#f0-c1", "--dump-dom"))
    assert body.attrs.get("data-js-error") is None, body.attrs.get("data-js-error")
    pop = next(n for n in body.iter() if n.attrs.get("id") == "atr-pop")
    assert "hidden" not in pop.attrs
    for part in ("1,170", "Israeli figures", "according to", "named", "count"):
        assert part in pop.text()
    linked = [n for n in body.iter() if "is-linked" in n.classes()]
    assert {n.text() for n in linked} == {"Israeli figures", "according to"}
    claim_el = next(n for n in body.iter() if n.attrs.get("id") == "f0-c1")
    assert "is-active" in claim_el.classes() and claim_el.attrs["aria-expanded"] == "true"
    paths = [n for n in body.iter() if n.tag == "path"]
    assert len(paths) == 2  # one connector to the source, one to the cue


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("size", ["1200,900", "390,844"])
def test_browser_screenshots(chromium: str, page: Path, tmp_path: Path, size: str) -> None:
    shot = tmp_path / "shot.png"
    run_chromium(chromium, page.as_uri(), f"--screenshot={shot}", size=size)
    assert shot.stat().st_size > 10_000
    width = int(size.split(",")[0])
    assert _png_size(shot)[0] == width
    if width < 900:
        body = body_of(run_chromium(chromium, page.as_uri(), "--dump-dom", size=size))
        assert body.attrs.get("data-layout") == "stacked"
        assert body.attrs.get("data-js-error") is None


def test_explained_claims_show_why_on_hover_and_in_the_card() -> None:
    """With explained claims (the CLI explains for this format), a claim's tooltip gives the
    scope rule behind its status, and its card lists its form and status rules."""
    import attribution

    text = SEED.read_text(encoding="utf-8")
    report = attribution.check(text, explain=True)
    result = FileResult(
        path="seed.txt",
        text=text,
        source=text,
        report=report,
        findings=report.findings,
        claims=report.claims,
    )
    root = parse(reporter.render([result]))
    ids = by_id(root)
    claims = [n for n in root.iter() if "claim" in n.classes() and n.attrs.get("title")]
    hostages = next(n for n in claims if n.attrs["title"].startswith("250 "))
    assert "[no-covering-cue]" in hostages.attrs["title"]
    assert "covers only '34'" in hostages.attrs["title"]
    card = ids[hostages.attrs["id"] + "-info"].text()
    assert "no-covering-cue" in card and "digits" in card


def test_unexplained_claims_show_no_why() -> None:
    root = parse(reporter.render([seed_result()]))
    titles = [n.attrs.get("title") or "" for n in root.iter() if "claim" in n.classes()]
    assert titles and not any("Why:" in t for t in titles)
