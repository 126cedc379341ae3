"""ANSI colour for the terminal formats (text, concise), only when the command line asks for it."""

from __future__ import annotations

import attrs

from .._model import Severity

_CODES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "yellow": "33",
    "blue": "34",
    "cyan": "36",
}
SEVERITY_COLOUR: dict[Severity, str] = {"error": "red", "warning": "yellow", "info": "blue"}
"""The colour a finding of each severity is drawn in."""


@attrs.frozen
class Style:
    """Wraps text in ANSI escape codes, or leaves it alone when colour is off."""

    on: bool = False
    """Whether to colour at all."""

    def __call__(self, text: str, *names: str) -> str:
        if not self.on or not text or not names:
            return text
        codes = ";".join(_CODES[n] for n in names)
        return f"\x1b[{codes}m{text}\x1b[0m"

    def severity(self, text: str, severity: Severity, *names: str) -> str:
        """``text`` in the colour of ``severity``."""
        return self(text, SEVERITY_COLOUR[severity], *names)
