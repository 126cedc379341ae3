"""The documentation stands alone: every link stays in the repository and resolves, no page
cites a section of a document the repository does not ship, and the definitions page agrees
with the checker on the seed article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import attribution

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# "spec section 3", "spec §2", "spec 3.4", "(spec 5)": citations of a document not shipped.
OUTSIDE_CITATION = re.compile(r"\bspec(?:ification)?\b[\s,]*(?:section|§|\d)|§", re.IGNORECASE)


def prose(page: Path) -> str:
    """The page without its fenced code blocks (commands there are not links)."""
    out, fence = [], None
    for line in page.read_text(encoding="utf-8").splitlines():
        m = FENCE.match(line)
        if m and (fence is None or m.group(1)[0] == fence):
            fence = None if fence else m.group(1)[0]
            continue
        if fence is None:
            out.append(line)
    return "\n".join(out)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    found: set[str] = set()
    for line in prose(page).splitlines():
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            base = slug(m.group(1))
            name, n = base, 0
            while name in found:
                n += 1
                name = f"{base}-{n}"
            found.add(name)
    return found


CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+\1")


def links() -> list[object]:
    # A code span is no link: "`She paid into a [401](k) plan.`" is an example, not a link.
    return [
        pytest.param(page, target, id=f"{page.relative_to(ROOT)}:{target}")
        for page in PAGES
        for target in LINK.findall(CODE_SPAN.sub("", prose(page)))
    ]


@pytest.mark.parametrize(("page", "target"), links())
def test_link_stays_in_the_repository_and_resolves(page, target):
    assert not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I), "a link out of the repository"
    path, _, anchor = target.partition("#")
    resolved = (page.parent / path).resolve() if path else page
    assert resolved.is_relative_to(ROOT), f"{target} points outside the repository"
    assert resolved.exists(), f"{target}: no such file in the repository"
    if anchor:
        assert resolved.suffix == ".md", f"{target}: an anchor into a non-Markdown file"
        assert anchor in anchors(resolved), f"{target}: no such heading"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_cites_a_document_the_repository_does_not_ship(page):
    text = prose(page)
    assert "shared/spec" not in text and "claims-and-sources" not in text
    hits = [m.group() for m in OUTSIDE_CITATION.finditer(text)]
    assert not hits, f"cites sections of an outside document: {hits}"


def test_the_checker_catches_an_outside_citation():
    # The two checks above can fail: a citation and an outside link of the old pages.
    assert OUTSIDE_CITATION.search("the claim rules (spec §1: a count)")
    assert OUTSIDE_CITATION.search("covers it (spec section 3, rule 5)")
    assert OUTSIDE_CITATION.search("carry (spec 3.4)")
    assert not OUTSIDE_CITATION.search("respect-gitignore = true; a specific case")
    assert slug("Archives: JSONL in, rows out") == "archives-jsonl-in-rows-out"
    assert slug("`attribution rule`") == "attribution-rule"


def table(page: Path, marker: str) -> list[list[str]]:
    lines = page.read_text(encoding="utf-8").splitlines()
    start = lines.index(marker) + 3  # the marker, the header and the rule
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def test_definitions_seed_table_is_what_the_checker_finds():
    text = (ROOT / "seeds" / "petro-icc-netanyahu.txt").read_text(encoding="utf-8")
    got = []
    for claim in attribution.check(text).claims:
        first = claim.attributions[0] if claim.attributions else None
        got.append(
            [
                claim.text,
                claim.status,
                first.source.text if first else "-",
                first.kind if first else "-",
            ]
        )
    assert table(DOCS / "definitions.md", "<!-- seed claims -->") == got
