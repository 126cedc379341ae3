"""The public entry point: text in, :class:`Report` out. Wires the stages in order."""

from __future__ import annotations

from ._claims import find_claims
from ._config import Config
from ._cues import find_cues
from ._link import link
from ._model import Report
from ._rules import findings_for
from ._segment import segment

_DEFAULT = Config()  # frozen, so one instance serves every call without one


def check(text: str, *, config: Config | None = None) -> Report:
    """Find the numeric claims in ``text``, link them to their sources, and flag them.

    Any ``str`` is processed without raising. A non-``str`` ``text`` or a ``config`` that is
    not a :class:`Config` raises :class:`TypeError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects text as str, got {type(text).__name__}")
    if config is None:
        config = _DEFAULT
    elif not isinstance(config, Config):
        raise TypeError(
            f"check() expects config as attribution.Config, got {type(config).__name__}"
        )
    doc = segment(text)
    claims = find_claims(text, doc)
    cues = find_cues(text, doc, claims)
    linked = link(text, doc, claims, cues, carry=config.carry)
    findings = findings_for(
        text, linked, config.select, dict(config.severity), allowed=config.allow
    )
    return Report(text=text, claims=linked, findings=findings)
