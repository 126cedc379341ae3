"""HTML reporter: one self-contained page showing each article with its claims, sources and cues.

The page needs no network and no JavaScript to be read: every claim, source and cue is marked in
the article text, and each claim has a details card in the side panel. The inline script only
enhances it (a popover on hover/focus, linking lines to the source and cue, keyboard handling).

Everything taken from the input (article text, paths, messages, errors) goes through
:func:`_e`, i.e. ``html.escape(..., quote=True)``; markup is built only from our own constants
and integer-derived ids.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cmp_to_key
from typing import Literal

import attrs

from .. import __version__
from .._lint import FileResult
from .._model import Claim, Finding, Span
from .._rules import rule_for
from . import output

DisplayStatus = Literal["sourced", "carried", "anonymous", "vague", "unsourced"]
Role = Literal["claim", "phrase", "source", "cue"]

STATUSES: tuple[DisplayStatus, ...] = ("sourced", "carried", "anonymous", "vague", "unsourced")
"""Display statuses, strongest first (the legend's order)."""

# label, glyph, one-line description. The glyph and the underline style (CSS) make the status
# readable without colour.
_STATUS_INFO: dict[DisplayStatus, tuple[str, str, str]] = {
    "sourced": ("Sourced", "\u2713", "attributed to a named source"),
    "carried": ("Carried", "\u21aa", "sourced only by carry from an earlier sentence"),
    "anonymous": ("Anonymous", "?", "only anonymous sources (\u201ca senior official\u201d)"),
    "vague": ("Vague", "\u2248", "only vague sources (\u201cexperts say\u201d)"),
    "unsourced": ("Unsourced", "\u2717", "no attribution at all"),
}

# The rule a claim violates decides how it is shown, so the page always agrees with the findings.
_RULE_STATUS: dict[str, DisplayStatus] = {
    "ATR001": "unsourced",
    "ATR002": "vague",
    "ATR003": "anonymous",
    "ATR004": "carried",
}


def display_status(claim: Claim) -> DisplayStatus:
    """How a claim is shown: its status refined by the kinds of its attributions."""
    rule = rule_for(claim)
    return _RULE_STATUS.get(rule.code, "sourced") if rule is not None else "sourced"


def _e(s: str) -> str:
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------------------------
# Marking spans in the text
# --------------------------------------------------------------------------------------------

# When two marks cover the same stretch, the lower rank is the outer element ...
_NEST_RANK: dict[Role, int] = {"phrase": 0, "source": 1, "cue": 2, "claim": 3}
# ... and when two marks overlap partially, the lower rank stays whole and the other is split,
# so a claim token stays one focusable element whenever possible.
_KEEP_RANK: dict[Role, int] = {"claim": 0, "phrase": 1, "cue": 2, "source": 3}


@attrs.frozen
class _Mark:
    """A stretch of text to wrap in one element (possibly split into several fragments)."""

    start: int
    end: int
    role: Role
    order: int
    """Creation order: the last tie-breaker, keeps the output deterministic."""
    ident: str = ""
    """The element id of the claim/source/cue (given to the first fragment only)."""
    status: DisplayStatus = "unsourced"
    refs: tuple[str, ...] = ()
    """Ids of the claims this mark belongs to."""
    label: str = ""
    """Plain-text description for ``title``/``aria-label``."""
    kind: str = ""
    """Source kind, for sources."""


def _compare(x: _Mark, y: _Mark) -> int:
    x_in_y = y.start <= x.start and x.end <= y.end
    y_in_x = x.start <= y.start and y.end <= x.end
    if x_in_y and y_in_x:
        return _NEST_RANK[x.role] - _NEST_RANK[y.role] or x.order - y.order
    if y_in_x:
        return -1
    if x_in_y:
        return 1
    return _KEEP_RANK[x.role] - _KEEP_RANK[y.role] or x.start - y.start or x.order - y.order


def _open_tag(mark: _Mark, head: bool) -> str:
    refs = " ".join(mark.refs)
    if mark.role == "claim":
        cls = f"claim st-{mark.status}"
        if not head:
            return f'<span class="{cls} cont" data-claim="{mark.ident}">'
        return (
            f'<span class="{cls}" id="{mark.ident}" data-claim="{mark.ident}" '
            f'data-status="{mark.status}" tabindex="0" role="button" '
            f'aria-label="{_e(mark.label)}" title="{_e(mark.label)}">'
        )
    if mark.role == "phrase":
        return f'<span class="phrase st-{mark.status}" data-phrase="{refs}">'
    cls = "src k-" + mark.kind if mark.role == "source" else "cue"
    ident = f' id="{mark.ident}"' if head else ""
    cont = " cont" if not head else ""
    return f'<span class="{cls}{cont}"{ident} data-for="{refs}" title="{_e(mark.label)}">'


def _glyph(status: DisplayStatus) -> str:
    return f'<span class="glyph" aria-hidden="true">{_STATUS_INFO[status][1]}</span>'


def _markup(text: str, start: int, end: int, marks: Sequence[_Mark], opened: set[str]) -> str:
    """``text[start:end]`` escaped, with ``marks`` as well-formed nested elements.

    The text is cut at every mark boundary; for each piece the covering marks are ordered
    outermost first and the output only closes and reopens what differs from the previous
    piece, so partial overlaps split the weaker element instead of producing crossed tags.
    ``opened`` collects the marks whose first fragment (the one carrying the id) was written.
    """
    clipped = [m for m in marks if m.start < end and m.end > start and m.start < m.end]
    cuts = {start, end}
    for m in clipped:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    points = sorted(cuts)
    order = cmp_to_key(_compare)
    out: list[str] = []
    stack: list[_Mark] = []

    def close_to(depth: int, pos: int) -> None:
        while len(stack) > depth:
            m = stack.pop()
            if m.role == "claim" and pos >= m.end:
                out.append(_glyph(m.status))  # after the last character of the token
            out.append("</span>")

    for a, b in zip(points, points[1:], strict=False):
        active = sorted((m for m in clipped if m.start <= a and m.end >= b), key=order)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        close_to(keep, a)
        for m in active[keep:]:
            key = f"{m.role}:{m.ident}:{m.start}:{m.end}"
            out.append(_open_tag(m, head=key not in opened))
            opened.add(key)
            stack.append(m)
        out.append(_e(text[a:b]))
    close_to(0, end)
    return "".join(out)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, trimmed of surrounding whitespace.

    Same convention as the segmenter: blank lines separate paragraphs, and a text with no
    blank line at all has one paragraph per line (wire and CMS exports do that).
    """
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*sep.finditer(text), None]:
        stop = m.start() if m else len(text)
        chunk = text[pos:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        if m:
            pos = m.end()
    return out


# --------------------------------------------------------------------------------------------
# Page parts
# --------------------------------------------------------------------------------------------


def _claim_label(claim: Claim, status: DisplayStatus) -> str:
    label = f"{claim.token.text} \u2014 {_STATUS_INFO[status][0].lower()} claim"
    if claim.attributions:
        first = claim.attributions[0]
        label += f", source: {' '.join(first.source.text.split())} ({first.kind})"
    if len(claim.why) == 2:  # explained (the CLI explains for this page): why, on hover
        label += f". Why: {claim.why[1].detail} [{claim.why[1].rule}]"
    return label


def _marks_for(text: str, claims: Sequence[Claim], ids: Sequence[str], fid: str) -> list[_Mark]:
    n = len(text)
    marks: list[_Mark] = []

    def ok(s: int, e: int) -> bool:
        return 0 <= s < e <= n

    # Several claims often share one source or cue span: one element, listing all of them.
    shared: dict[tuple[Role, int, int], list[str]] = {}
    shared_info: dict[tuple[Role, int, int], str] = {}
    for claim, cid in zip(claims, ids, strict=True):
        status = display_status(claim)
        if ok(claim.start, claim.end) and (claim.start, claim.end) != (
            claim.token.start,
            claim.token.end,
        ):
            marks.append(
                _Mark(claim.start, claim.end, "phrase", len(marks), status=status, refs=(cid,))
            )
        if ok(claim.token.start, claim.token.end):
            marks.append(
                _Mark(
                    claim.token.start,
                    claim.token.end,
                    "claim",
                    len(marks),
                    ident=cid,
                    status=status,
                    refs=(cid,),
                    label=_claim_label(claim, status),
                )
            )
        for att in claim.attributions:
            spans: tuple[tuple[Role, Span], ...] = (("source", att.source), ("cue", att.cue))
            for role, span in spans:
                if ok(span.start, span.end):
                    key = (role, span.start, span.end)
                    shared.setdefault(key, [])
                    if cid not in shared[key]:
                        shared[key].append(cid)
                    shared_info.setdefault(key, att.kind)
    counters = {"source": 0, "cue": 0}
    for (role, s, e), refs in sorted(shared.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        counters[role] += 1
        kind = shared_info[(role, s, e)]
        label = f"source ({kind})" if role == "source" else "attribution cue"
        marks.append(
            _Mark(
                s,
                e,
                role,
                len(marks),
                ident=f"{fid}-{'s' if role == 'source' else 'q'}{counters[role]}",
                refs=tuple(refs),
                label=label,
                kind=kind,
            )
        )
    return marks


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _card(claim: Claim, cid: str, text: str) -> str:
    status = display_status(claim)
    label, glyph, desc = _STATUS_INFO[status]
    phrase = text[claim.start : claim.end] if 0 <= claim.start < claim.end <= len(text) else ""
    rows = [
        ("Phrase", _e(_one_line(phrase) or claim.token.text)),
        ("Kind", _e(claim.kind)),
        ("Status", f'{_e(label)} <span class="muted">\u2014 {_e(desc)}</span>'),
    ]
    for att in claim.attributions:
        src = _e(_one_line(att.source.text))
        if att.resolved:
            src += f' <span class="muted">(= {_e(att.resolved)})</span>'
        carried = ' <span class="tag">carried</span>' if att.carried else ""
        rows.append(
            (
                "Source",
                f'<mark class="m-src">{src}</mark> <span class="tag">'
                f"{_e(att.kind)}</span>{carried}",
            )
        )
        rows.append(("Cue", f'<mark class="m-cue">{_e(_one_line(att.cue.text))}</mark>'))
    if not claim.attributions:
        rows.append(("Source", '<span class="muted">none found</span>'))
    for why in claim.why:
        rule = f' <span class="tag">{_e(why.rule)}</span>'
        rows.append(("Why" if why.stage == "scope" else "Form", _e(why.detail) + rule))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (
        f'<li class="card st-{status}" id="{cid}-info">'
        f'<div class="card-head"><a class="tok" href="#{cid}">{_e(claim.token.text)}</a>'
        f'<span class="badge st-{status}"><span aria-hidden="true">{glyph}</span> '
        f"{_e(label)}</span></div><dl>{body}</dl></li>"
    )


def _finding_targets(
    findings: Sequence[Finding],
    claims: Sequence[Claim],
    mapped: Sequence[Claim],
    ids: Sequence[str],
) -> list[str | None]:
    """The claim id each finding points at.

    A finding's claim is either a claim of the report (``claims``, text coordinates) or its
    copy mapped into the source file (``mapped``, :attr:`FileResult.claims`, same order).
    Failing both, take the next claim not yet pointed at with the same token.
    """
    lookup: dict[Claim, str] = dict(zip(claims, ids, strict=True))
    if len(mapped) == len(claims):
        lookup.update(zip(mapped, ids, strict=True))
    used: set[str] = set()
    out: list[str | None] = []
    for f in findings:
        cid = lookup.get(f.claim)
        if cid is None:
            cid = next(
                (
                    i
                    for c, i in zip(claims, ids, strict=True)
                    if c.token.text == f.claim.token.text and i not in used
                ),
                None,
            )
        if cid is not None:
            used.add(cid)
        out.append(cid)
    return out


def _counts(statuses: Iterable[DisplayStatus]) -> dict[DisplayStatus, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for s in statuses:
        counts[s] += 1
    return counts


def _chips(counts: dict[DisplayStatus, int], total_label: str) -> str:
    total = sum(counts.values())
    parts = [f'<li class="chip total"><b>{total}</b> {_e(total_label)}</li>']
    for s in STATUSES:
        label, glyph, _ = _STATUS_INFO[s]
        zero = " zero" if counts[s] == 0 else ""
        parts.append(
            f'<li class="chip st-{s}{zero}" data-count-status="{s}" data-count="{counts[s]}">'
            f'<span class="g" aria-hidden="true">{glyph}</span><b>{counts[s]}</b> '
            f"{_e(label.lower())}</li>"
        )
    return f'<ul class="chips">{"".join(parts)}</ul>'


def _add_severities(counts: dict[str, int], findings: Iterable[Finding]) -> None:
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1


def _severity_text(counts: dict[str, int]) -> str:
    """``"1 error, 2 warnings, 0 info"``."""
    return ", ".join(
        f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}" for sev, n in counts.items()
    )


def _severity_counts(findings: Iterable[Finding]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    _add_severities(counts, findings)
    return _severity_text(counts)


def _section(result: FileResult, index: int) -> tuple[str, dict[DisplayStatus, int]]:
    fid = f"f{index}"
    head = f'<h2 id="{fid}-h">{_e(result.path)}</h2>'
    report = result.report
    text = result.text if result.text is not None else (report.text if report else None)
    if result.error is not None or report is None or text is None:
        msg = result.error if result.error is not None else "no report was produced"
        body = (
            f'<div class="error"><strong>Could not check this file:</strong> '
            f'<span class="error-msg">{_e(msg)}</span></div>'
        )
        return (
            f'<section class="file has-error" id="{fid}" aria-labelledby="{fid}-h">'
            f'<header class="file-head">{head}</header>{body}</section>',
            _counts(()),
        )

    claims = report.claims
    ids = [f"{fid}-c{j + 1}" for j in range(len(claims))]
    counts = _counts(display_status(c) for c in claims)
    marks = _marks_for(text, claims, ids, fid)
    opened: set[str] = set()
    paras = (
        "".join(f"<p>{_markup(text, s, e, marks, opened)}</p>" for s, e in paragraphs(text))
        or '<p class="muted">(empty)</p>'
    )

    targets = _finding_targets(result.findings, claims, result.claims, ids)
    items = []
    for f, cid in zip(result.findings, targets, strict=True):
        loc = f"{f.line}:{f.column}"
        code = f'<code>{_e(f.code)}</code> <span class="rule">{_e(f.name)}</span>'
        where = (
            f'<a class="jump" href="#{cid}" aria-label="Go to claim at line {loc}">{loc}</a>'
            if cid
            else f'<span class="jump">{loc}</span>'
        )
        items.append(
            f'<li class="finding sev-{_e(f.severity)}"><div class="f-top">'
            f'<span class="sev">{_e(f.severity)}</span>{code}{where}</div>'
            f'<div class="f-msg">{_e(f.message)}</div></li>'
        )
    findings_html = (
        f'<ol class="findings">{"".join(items)}</ol>'
        if items
        else '<p class="ok">No findings \u2014 every claim is sourced.</p>'
    )
    cards = "".join(_card(c, i, text) for c, i in zip(claims, ids, strict=True))
    panel = (
        f'<aside class="panel" aria-label="Findings and claims for {_e(result.path)}">'
        f'<h3>Findings <span class="n">{len(result.findings)}</span></h3>{findings_html}'
        f'<details class="claims" open><summary><h3>Claims <span class="n">{len(claims)}</span>'
        f'</h3></summary><ol class="cards">{cards}</ol></details></aside>'
    )
    sev = _severity_counts(result.findings)
    section = (
        f'<section class="file" id="{fid}" aria-labelledby="{fid}-h">'
        f'<header class="file-head">{head}{_chips(counts, "claims")}'
        f'<p class="sev-line">{_e(sev)}</p></header>'
        f'<div class="file-body"><article class="article">'
        f'<svg class="links" aria-hidden="true" focusable="false"></svg>'
        f"{paras}</article>{panel}</div></section>"
    )
    return section, counts


def _legend() -> str:
    items = []
    for s in STATUSES:
        label, glyph, desc = _STATUS_INFO[s]
        items.append(
            f'<li><span class="claim st-{s} sample">1,234<span class="glyph" aria-hidden="true">'
            f'{glyph}</span></span> <b>{label}</b> <span class="muted">{_e(desc)}</span></li>'
        )
    items.append(
        '<li><span class="src sample">the ministry</span> <b>Source</b> '
        '<span class="muted">who the figure is attributed to</span></li>'
    )
    items.append(
        '<li><span class="cue sample">said</span> <b>Cue</b> '
        '<span class="muted">the words that attribute it</span></li>'
    )
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


class Stream:
    """Each file's section is rendered as it comes and kept (the file's text and claims are
    not); the page is written at the end, since its header counts every file."""

    def __init__(self) -> None:
        # UTF-8: a str with one character past U+00FF (every section has a glyph) takes two
        # or four bytes per character.
        self._sections: list[bytes] = []
        self._toc: list[str] = []
        self._total = _counts(())
        self._severities = {"error": 0, "warning": 0, "info": 0}
        self._failed = 0
        self._first_path = ""

    def file(self, result: FileResult) -> str:
        i = len(self._sections)
        section, counts = _section(result, i)
        self._sections.append(section.encode("utf-8", "surrogatepass"))
        for s in STATUSES:
            self._total[s] += counts[s]
        _add_severities(self._severities, result.findings)
        if result.error is not None or result.report is None:
            self._failed += 1
            meta = '<span class="toc-err">error</span>'
        else:
            meta = (
                f'<span class="toc-n">{sum(counts.values())} claims, '
                f"{len(result.findings)} findings</span>"
            )
        self._toc.append(f'<li><a href="#f{i}">{_e(result.path)}</a> {meta}</li>')
        if i == 0:
            self._first_path = result.path
        return ""

    def finish(self) -> Iterator[str]:
        """The page, in pieces: the head, each section, the tail."""
        n = len(self._sections)
        title = "Attribution report" + (f" \u2014 {self._first_path}" if n == 1 else "")
        nav = (
            f'<nav class="toc" aria-label="Files"><h2>Files</h2><ol>{"".join(self._toc)}</ol></nav>'
            if n > 1
            else ""
        )
        failed_note = f" \u00b7 {self._failed} could not be checked" if self._failed else ""
        severities = _severity_text(self._severities)
        summary = (
            f'<p class="lede">{n} file{"s" if n != 1 else ""} checked{failed_note} \u00b7 '
            f"{_e(severities)}</p>{_chips(self._total, 'claims')}"
        )
        yield (
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="attribution {_e(__version__)}">'
            f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
            '<body><a class="skip" href="#main">Skip to the report</a>'
            '<header class="top"><div class="wrap">'
            '<div class="brand"><h1>Attribution report</h1>'
            f'<span class="ver">attribution {_e(__version__)}</span></div>'
            f'{summary}<details class="legend-box" open><summary>Legend</summary>{_legend()}'
            '<p class="hint">Hover over or tab to a claim to see its source; '
            "<kbd>Esc</kbd> closes the popup.</p></details></div></header>"
            f'<main id="main" class="wrap">{nav}'
        )
        sections, self._sections = self._sections, []
        if not sections:
            yield '<p class="muted">No files were checked.</p>'
        for section in sections:
            yield section.decode("utf-8", "surrogatepass")
        yield (
            "</main>"
            '<div id="atr-pop" class="pop" role="tooltip" hidden></div>'
            f"<script>{_JS}</script></body></html>\n"
        )


def render(results: Iterable[FileResult]) -> str:
    """The whole report as one self-contained HTML document (inline CSS and JS, no network)."""
    return output(Stream(), results)


# --------------------------------------------------------------------------------------------
# Inline assets
# --------------------------------------------------------------------------------------------

_CSS = """
:root{
  --bg:#f6f7f9;--card:#fff;--ink:#1c2430;--muted:#5b6675;--line:#dfe3ea;--accent:#2457c5;
  --sourced:#16794a;--sourced-bg:#e3f3ea;--carried:#1d63b8;--carried-bg:#e4eefb;
  --anonymous:#7a45c9;--anonymous-bg:#efe7fb;--vague:#8a5a00;--vague-bg:#fbf0d5;
  --unsourced:#c0262d;--unsourced-bg:#fbe6e6;--src-bg:#e6ebf2;--cue-bg:#f3ece1;
  --link:#f2b705;
  --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif;
  --serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"DejaVu Serif",serif;
}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--sans)}
.wrap{max-width:1240px;margin:0 auto;padding:0 24px}
.skip{position:absolute;left:-999px;top:8px;background:var(--card);padding:6px 10px;z-index:10}
.skip:focus{left:8px}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.muted{color:var(--muted)}
.top{background:var(--card);border-bottom:1px solid var(--line);padding:20px 0 12px;
  margin-bottom:24px}
.brand{display:flex;align-items:baseline;gap:12px;flex-wrap:wrap}
h1{font-size:22px;margin:0;letter-spacing:-.01em}
.ver{color:var(--muted);font-size:13px}
.lede{margin:6px 0 10px;color:var(--muted)}
.chips{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0}
.chip{display:inline-flex;align-items:center;gap:5px;border:1px solid var(--line);
  border-radius:999px;
  padding:2px 10px;font-size:13px;background:var(--card);white-space:nowrap}
.chip b{font-variant-numeric:tabular-nums}
.chip.zero{opacity:.55}
.chip .g{font-weight:700}
.legend-box{margin-top:12px;font-size:13px}
.legend-box>summary{cursor:pointer;color:var(--muted);font-weight:600}
.legend{list-style:none;margin:8px 0 0;padding:0;display:grid;
  grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:6px 18px}
.legend .sample{font-family:var(--serif);font-size:15px}
.hint{margin:8px 0 0;color:var(--muted)}
kbd{font:12px var(--sans);border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;
  padding:0 4px;background:#fafbfc}
.toc{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 18px;
  margin-bottom:24px}
.toc h2{font-size:14px;margin:0 0 6px;text-transform:uppercase;letter-spacing:.06em;
  color:var(--muted)}
.toc ol{margin:0;padding-left:20px}
.toc li{margin:2px 0}
.toc-n{color:var(--muted);font-size:13px}
.toc-err{color:var(--unsourced);font-size:13px;font-weight:600}
.file{margin-bottom:40px}
.file-head{margin-bottom:12px}
.file-head h2{font-size:18px;margin:0 0 8px;word-break:break-all;display:flex;gap:8px;
  align-items:center}
.sev-line{margin:6px 0 0;color:var(--muted);font-size:13px}
.file-body{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:24px;align-items:start}
.article{position:relative;background:var(--card);border:1px solid var(--line);border-radius:12px;
  padding:28px 36px;font:18px/1.85 var(--serif);box-shadow:0 1px 2px rgba(20,30,50,.04)}
.article p{margin:0 0 .9em;white-space:pre-wrap;overflow-wrap:anywhere;position:relative;z-index:1}
.article p:last-child{margin-bottom:0}
svg.links{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;z-index:2;
  overflow:visible}
svg.links path{fill:none;stroke-width:2;stroke-linecap:round}
svg.links circle{stroke:none}
.claim{font-weight:650;color:var(--c);background:var(--cb);border-radius:3px;padding:0 1px;
  text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px;
  text-decoration-color:var(--c);cursor:pointer;-webkit-box-decoration-break:clone;
  box-decoration-break:clone}
.claim{white-space:nowrap}
.claim .glyph{font:700 .62em/1 var(--sans);vertical-align:.55em;margin-left:2px;
  text-decoration:none;display:inline-block}
.claim:focus-visible,.claim.is-active{outline:2px solid var(--c);outline-offset:2px}
.claim:target{box-shadow:0 0 0 4px var(--link)}
.st-sourced{--c:var(--sourced);--cb:var(--sourced-bg)}
.st-carried{--c:var(--carried);--cb:var(--carried-bg)}
.st-anonymous{--c:var(--anonymous);--cb:var(--anonymous-bg)}
.st-vague{--c:var(--vague);--cb:var(--vague-bg)}
.st-unsourced{--c:var(--unsourced);--cb:var(--unsourced-bg)}
.claim.st-sourced{text-decoration-style:solid}
.claim.st-carried{text-decoration-style:double;text-decoration-thickness:3px}
.claim.st-anonymous{text-decoration-style:dashed}
.claim.st-vague{text-decoration-style:dotted;text-decoration-thickness:3px}
.claim.st-unsourced{text-decoration-style:wavy;text-decoration-thickness:1.5px}
.phrase{background:linear-gradient(transparent 62%,var(--cb) 62%);border-radius:2px}
.phrase.is-active{background:var(--cb)}
.src,.cue{border-radius:3px;padding:1px 0;-webkit-box-decoration-break:clone;
  box-decoration-break:clone}
.src{background:var(--src-bg);box-shadow:inset 0 -2px 0 #9aa8bb}
.cue{background:var(--cue-bg);font-style:italic;box-shadow:inset 0 -1px 0 #c9b48f}
.src.is-linked,.cue.is-linked{background:#fff1b8;box-shadow:0 0 0 2px var(--link)}
.panel{position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto;background:var(--card);
  border:1px solid var(--line);border-radius:12px;padding:16px 18px}
.panel h3{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
  margin:0 0 8px;display:inline-flex;gap:8px;align-items:center}
.panel .n{background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:0 8px;
  font-size:12px;color:var(--ink);letter-spacing:0}
.findings,.cards{list-style:none;margin:0 0 16px;padding:0}
.finding{border-left:3px solid var(--muted);padding:6px 10px;margin-bottom:8px;background:#fafbfc;
  border-radius:0 6px 6px 0}
.finding.sev-error{border-color:var(--unsourced)}
.finding.sev-warning{border-color:var(--vague)}
.finding.sev-info{border-color:var(--carried)}
.f-top{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap;font-size:13px}
.f-top code{font-weight:700}
.rule{color:var(--muted)}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.sev-error .sev{color:var(--unsourced)}.sev-warning .sev{color:var(--vague)}
  .sev-info .sev{color:var(--carried)}
.jump{margin-left:auto;font-variant-numeric:tabular-nums;
  font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.f-msg{font-size:13.5px;margin-top:2px;overflow-wrap:anywhere}
.ok{color:var(--sourced);font-weight:600}
details.claims>summary{cursor:pointer;list-style-position:outside}
details.claims>summary h3{margin:0}
.cards{margin-top:10px}
.card{border:1px solid var(--line);border-radius:8px;padding:8px 10px;margin-bottom:8px;
  font-size:13px}
.card-head{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-bottom:4px}
.card .tok{font:700 16px var(--serif);color:var(--c);text-decoration:none}
.card .tok:hover{text-decoration:underline}
.badge{font-size:12px;font-weight:600;color:var(--c);background:var(--cb);border-radius:999px;
  padding:1px 8px;white-space:nowrap}
dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:2px 10px;margin:0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
mark.m-src{background:var(--src-bg);color:inherit;border-radius:3px;padding:0 2px}
mark.m-cue{background:var(--cue-bg);color:inherit;border-radius:3px;padding:0 2px;
  font-style:italic}
.tag{font-size:11px;border:1px solid var(--line);border-radius:4px;padding:0 4px;
  color:var(--muted)}
.error{background:var(--unsourced-bg);border:1px solid #efb8b8;color:#7d1a1f;border-radius:10px;
  padding:14px 18px;overflow-wrap:anywhere}
.pop{position:absolute;z-index:20;max-width:340px;width:max-content;background:var(--card);
  border:1px solid var(--line);
  border-radius:10px;box-shadow:0 10px 30px rgba(20,30,50,.18);padding:2px;font-size:13px}
.pop .card{border:0;margin:0;list-style:none}
.pop[hidden]{display:none}
@media (max-width:900px){
  .wrap{padding:0 14px}
  .file-body{grid-template-columns:minmax(0,1fr)}
  .panel{position:static;max-height:none}
  .article{padding:18px 18px;font-size:17px}
}
@media print{.panel{position:static;max-height:none}.pop,.skip{display:none}}
"""

# ES5-ish on purpose: no build step, and it must never break the (already complete) page.
_JS = r"""
(function () {
  "use strict";
  var body = document.body;
  function fail(e) { body.setAttribute("data-js-error", String((e && e.message) || e)); }
  window.addEventListener("error", function (ev) { fail(ev.message || ev.error); });
  try {
    var pop = document.getElementById("atr-pop");
    var NS = "http://www.w3.org/2000/svg";
    var st = { hover: null, focus: null, dismissed: null, shown: null };
    var heads = document.querySelectorAll(".claim[data-status]");
    Array.prototype.forEach.call(heads, function (el) {
      // The popup replaces the native tooltip; keep the text for no-JS readers only.
      el.setAttribute("aria-expanded", "false");
      el.removeAttribute("title");
    });
    function claimOf(node) {
      var el = node && node.closest ? node.closest(".claim[data-claim]") : null;
      return el ? document.getElementById(el.getAttribute("data-claim")) : null;
    }
    function each(sel, root, fn) {
      Array.prototype.forEach.call((root || document).querySelectorAll(sel), fn);
    }
    function clear() {
      each(".is-active,.is-linked", null, function (n) {
        n.classList.remove("is-active", "is-linked");
      });
      each("svg.links", null, function (s) { while (s.firstChild) s.removeChild(s.firstChild); });
      if (st.shown) {
        st.shown.removeAttribute("aria-describedby");
        st.shown.setAttribute("aria-expanded", "false");
      }
      pop.hidden = true;
      pop.textContent = "";
    }
    function place(el) {
      var r = el.getBoundingClientRect(), w = pop.offsetWidth, h = pop.offsetHeight;
      var sx = window.pageXOffset, sy = window.pageYOffset;
      var vw = document.documentElement.clientWidth;
      var left = Math.max(8, Math.min(r.left + r.width / 2 - w / 2, vw - w - 8));
      var top = r.bottom + 10;
      if (top + h > window.innerHeight && r.top - h - 10 > 0) top = r.top - h - 10;
      pop.style.left = (left + sx) + "px";
      pop.style.top = (top + sy) + "px";
    }
    function draw(el, spans) {
      var art = el.closest(".article"), svg = art && art.querySelector("svg.links");
      if (!svg) return;
      var o = art.getBoundingClientRect(), a = el.getClientRects()[0];
      if (!a) return;
      var color = getComputedStyle(el).getPropertyValue("--c") || "#333";
      var ax = a.left + a.width / 2 - o.left, at = a.top - o.top, ab = a.bottom - o.top;
      spans.forEach(function (s) {
        var b = s.getClientRects()[0];
        if (!b) return;
        var bx = b.left + b.width / 2 - o.left, bt = b.top - o.top, bb = b.bottom - o.top;
        var y1, y2, c1, c2;
        if (Math.abs(b.top - a.top) < 6) {  // same line: arc over it
          var lift = Math.min(26, 12 + Math.abs(bx - ax) / 14);
          y1 = at; y2 = bt; c1 = at - lift; c2 = bt - lift;
        } else if (b.top < a.top) {  // source above: claim top to source bottom
          y1 = at; y2 = bb; c1 = at - 30; c2 = bb + 30;
        } else {
          y1 = ab; y2 = bt; c1 = ab + 30; c2 = bt - 30;
        }
        var d = ["M", ax, y1, "C", ax, c1, bx, c2, bx, y2].join(" ");
        var p = document.createElementNS(NS, "path");
        p.setAttribute("d", d);
        p.setAttribute("stroke", color.trim());
        p.setAttribute("opacity", "0.85");
        if (s.classList.contains("cue")) p.setAttribute("stroke-dasharray", "4 4");
        svg.appendChild(p);
        [[ax, y1], [bx, y2]].forEach(function (pt) {
          var c = document.createElementNS(NS, "circle");
          c.setAttribute("cx", pt[0]); c.setAttribute("cy", pt[1]); c.setAttribute("r", "3");
          c.setAttribute("fill", color.trim());
          svg.appendChild(c);
        });
      });
    }
    function show(el) {
      var card = document.getElementById(el.id + "-info");
      if (card) {
        var copy = card.cloneNode(true);
        copy.removeAttribute("id");
        each("[id]", copy, function (n) { n.removeAttribute("id"); });
        pop.appendChild(copy);
      }
      pop.hidden = false;
      place(el);
      el.classList.add("is-active");
      el.setAttribute("aria-describedby", "atr-pop");
      el.setAttribute("aria-expanded", "true");
      each('[data-phrase~="' + el.id + '"]', null, function (n) { n.classList.add("is-active"); });
      var linked = [];
      each('[data-for~="' + el.id + '"]', el.closest(".article"), function (n) {
        n.classList.add("is-linked");
        if (!n.classList.contains("cont")) linked.push(n);
      });
      draw(el, linked);
    }
    function update(force) {
      var want = st.hover || st.focus;
      if (want && want === st.dismissed) want = null;
      if (want === st.shown && !force) return;
      clear();
      st.shown = want;
      if (want) show(want);
    }
    document.addEventListener("mouseover", function (ev) {
      var c = claimOf(ev.target);
      if (c !== st.hover && !(c === null && pop.contains(ev.target))) {
        st.hover = c;
        if (c !== st.dismissed) st.dismissed = null;
        update();
      }
    });
    document.addEventListener("focusin", function (ev) {
      st.focus = claimOf(ev.target);
      st.dismissed = null;
      update();
    });
    document.addEventListener("focusout", function () { st.focus = null; update(); });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && st.shown) {
        st.dismissed = st.shown;
        update();
      } else if ((ev.key === "Enter" || ev.key === " ") && claimOf(ev.target)) {
        ev.preventDefault();  // Space would scroll the page
        var c = claimOf(ev.target);
        st.dismissed = st.shown === c ? c : null;
        update();
      }
    });
    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      var t = id ? document.getElementById(id) : null;
      if (t && t.matches(".claim[data-status]")) {
        t.focus({ preventScroll: true });
        st.focus = t;
        st.dismissed = null;
        update(true);
      }
    }
    function layout() {
      var a = document.querySelector(".article"), p = document.querySelector(".panel");
      if (a && p) body.setAttribute("data-layout",
        p.getBoundingClientRect().top >= a.getBoundingClientRect().bottom - 1 ? "stacked" : "side");
      // Lets a screenshot tool size the window to the whole page (no scrolling needed).
      var height = document.documentElement.getBoundingClientRect().height;
      body.setAttribute("data-height", String(Math.ceil(height)));
    }
    window.addEventListener("hashchange", fromHash);
    window.addEventListener("resize", function () { layout(); if (st.shown) update(true); });
    layout();
    fromHash();
    body.setAttribute("data-ready", "1");
  } catch (e) {
    fail(e);
  }
})();
"""
