"""The public entry points: text in, :class:`Report` out. Wires the stages in order."""

from __future__ import annotations

from ._claims import Verdict, find_claims
from ._config import Config
from ._cues import find_cues
from ._documents import KINDS, Kind, document
from ._explain import Trace, explain_claims, explain_tokens
from ._link import link
from ._model import Report
from ._rules import findings_for
from ._segment import Segments, _paragraphs, _quotes, _sentences, segment

_DEFAULT = Config()  # frozen, so one instance serves every call without one


def _config(config: Config | None, caller: str) -> Config:
    if config is None:
        return _DEFAULT
    if not isinstance(config, Config):
        raise TypeError(
            f"{caller}() expects config as attribution.Config, got {type(config).__name__}"
        )
    return config


def check(text: str, *, config: Config | None = None, explain: bool = False) -> Report:
    """Find the numeric claims in ``text``, link them to their sources, and flag them.

    With ``explain=True`` the report also says why: :attr:`Report.considered` lists every
    number-like token with the rule that made it a claim or not, and each claim and
    attribution has a ``why`` (docs/explain.md).

    Any ``str`` is processed without raising. A non-``str`` ``text`` or a ``config`` that is
    not a :class:`Config` raises :class:`TypeError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects text as str, got {type(text).__name__}")
    config = _config(config, "check")
    if explain or config.explain:
        return trace(text, config).report
    # Quotes matter only to cues and links, which a text without claims never reaches: they
    # are found after the claims, so that a text of quote marks and no claim costs no more
    # per megabyte than news (segment() is these same three steps).
    paragraphs = _paragraphs(text)
    sentences = _sentences(text, paragraphs)
    doc = Segments(tuple(paragraphs), sentences, ())
    claims = find_claims(text, doc)
    if not claims:
        return Report(text, (), (), tuple([(s.start, s.end) for s in sentences]))
    doc = Segments(doc.paragraphs, sentences, _quotes(text, paragraphs))
    cues = find_cues(text, doc, claims)
    linked = link(text, doc, claims, cues, carry=config.carry)
    findings = findings_for(
        text, linked, config.select, dict(config.severity), allowed=config.allow
    )
    return Report(text, linked, findings, tuple([(s.start, s.end) for s in sentences]))


def trace(text: str, config: Config) -> Trace:
    """``check(text, explain=True)``, with what ``attribution explain`` shows besides: the
    same stages, each asked to name its rules."""
    doc = segment(text)
    verdicts: list[Verdict] = []
    claims = find_claims(text, doc, verdicts)
    considered = explain_tokens(text, verdicts)
    # Every sentence beside a claim's is read (the links are the same, tests/test_fast_paths.py),
    # so that why a claim is not carried names the rule, not a sentence left unread.
    cues = find_cues(text, doc, claims, every_neighbour=True) if claims else []
    rules: list[tuple[str, str]] = []
    linked = link(text, doc, claims, cues, carry=config.carry, rules=rules)
    explained = explain_claims(text, doc, linked, considered, cues, rules)
    findings = findings_for(
        text, explained, config.select, dict(config.severity), allowed=config.allow
    )
    sentences = tuple([(s.start, s.end) for s in doc.sentences])
    return Trace(Report(text, explained, findings, sentences, considered), tuple(cues), doc)


def check_document(
    text: str, format: Kind = "text", *, config: Config | None = None, explain: bool = False
) -> Report:
    """Check a whole document as ``attribution check`` checks a file of that ``format``.

    ``format`` is ``"text"``, ``"markdown"`` (needs the ``markdown`` extra) or ``"html"``.
    Only the prose is checked (no headings, code, markup or URLs); inline suppression comments
    (``<!-- attribution-disable-next-line ATR001 -->``) and ``config.min_severity`` apply;
    ``explain`` is :func:`check`'s, with the considered tokens' offsets in ``text`` too. The
    report's :attr:`~Report.text` is ``text`` itself, and every offset of its claims, findings
    and sentences points into it, as the command line's positions point into the file.

    A non-``str`` ``text``, an unknown ``format`` or a bad ``config`` raises
    :class:`TypeError` or :class:`ValueError`; Markdown without markdown-it-py raises
    :class:`RuntimeError` saying what to install.
    """
    from ._lint import check_document_report  # the file layer imports this module

    if not isinstance(text, str):
        raise TypeError(f"check_document() expects text as str, got {type(text).__name__}")
    if format not in KINDS:
        raise ValueError(
            f"check_document() format must be one of {', '.join(KINDS)}; got {format!r}"
        )
    config = _config(config, "check_document")
    return check_document_report(document(text, format), config, explain=explain)
