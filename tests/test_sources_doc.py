"""docs/sources.md states, in tables, what the checker gives for its examples; this runs each
row as written, so the page cannot drift from the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

import attribution

PAGE = Path(__file__).resolve().parents[1] / "docs" / "sources.md"
HEADER = "| sentence | claim | status | source | kind |"


def _rows() -> list[tuple[str, str, str, str | None, str | None]]:
    rows = []
    in_table = False
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if line == HEADER:
            in_table = True
            continue
        if not in_table or line.startswith("| ---"):
            continue
        if not line.startswith("|"):
            in_table = False
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        sentence, token, status, source, kind = cells
        rows.append(
            (
                sentence,
                token,
                status,
                None if source == "-" else source,
                None if kind == "-" else kind,
            )
        )
    return rows


ROWS = _rows()


def test_the_page_has_examples() -> None:
    assert len(ROWS) >= 15


@pytest.mark.parametrize("sentence,token,status,source,kind", ROWS, ids=[r[0][:50] for r in ROWS])
def test_row(sentence: str, token: str, status: str, source: str | None, kind: str | None) -> None:
    start = sentence.index(token)
    hits = [c for c in attribution.check(sentence).claims if c.token.start == start]
    assert [c.text for c in hits] == [token]
    claim = hits[0]
    assert claim.status == status
    if source is None:
        assert claim.attributions == ()
    else:
        assert (claim.attributions[0].source.text, claim.attributions[0].kind) == (source, kind)
