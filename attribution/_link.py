"""Stage 3: link claims to cues by scope (placeholder)."""

from __future__ import annotations

from ._model import Claim
from ._segment import Segments


def link(text: str, doc: Segments, claims: tuple[Claim, ...], cues: tuple, *, carry: bool) -> tuple[Claim, ...]:
    return claims
