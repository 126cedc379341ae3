"""Stage 2b: attribution cues and their sources (placeholder)."""

from __future__ import annotations

from ._model import Claim
from ._segment import Segments


def find_cues(text: str, doc: Segments, claims: tuple[Claim, ...]) -> tuple[()]:
    return ()
