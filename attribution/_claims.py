"""Stage 2a: numeric claims (placeholder, replaced by the full extractor)."""

from __future__ import annotations

import regex

from ._model import Claim, Span
from ._segment import Segments

_NUMBER = regex.compile(r"\d[\d,.]*\d|\d")


def find_claims(text: str, doc: Segments) -> tuple[Claim, ...]:
    out = []
    for m in _NUMBER.finditer(text):
        token = Span(m.start(), m.end(), m.group())
        out.append(Claim(start=m.start(), end=m.end(), token=token, kind="count"))
    return tuple(out)
