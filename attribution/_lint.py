"""Stage 5: checking files for the linter: read, extract prose, check, map back, suppress.

(Skeleton: the file layer fills this module in. The :class:`FileResult` shape is the contract
the reporters rely on.)
"""

from __future__ import annotations

import attrs

from ._model import Finding, Report


@attrs.frozen
class FileResult:
    """The outcome of checking one input file (or stdin)."""

    path: str
    """The path as the user gave it (or the ``--stdin-filename``, or ``-``)."""
    text: str | None = None
    """The text that was checked: the file itself for plain text, the extracted prose for
    Markdown and HTML. None when the file could not be read."""
    source: str | None = None
    """The file's full decoded content, as read. None when it could not be read."""
    report: Report | None = None
    """The report for :attr:`text` (claims and findings in :attr:`text` coordinates)."""
    findings: tuple[Finding, ...] = ()
    """Findings after configuration and inline suppression, with ``start``/``end``/``line``/
    ``column`` pointing into :attr:`source`, the original file."""
    error: str | None = None
    """A one-line description of why the file could not be checked, else None."""
