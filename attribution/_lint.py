"""Stage 5: checking files for the linter: read, extract prose, check, map back, suppress.

The :class:`FileResult` shape is the contract the reporters rely on. Nothing here raises for a
bad input: every problem with one file becomes that file's :attr:`FileResult.error`, and the
other files are still checked.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
from collections.abc import Callable, Collection, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Literal

import attrs

from ._api import check
from ._config import Config
from ._documents import EXTENSIONS, Document, Kind, MarkdownUnavailable, document, kind_for_path
from ._ignore import IgnoreFile, ancestors, ignored, read_ignore_file
from ._lines import LineIndex
from ._model import Attribution, Claim, Considered, Finding, Report, Span
from ._rules import SEVERITIES
from ._suppress import parse_directives, suppress

Detail = Literal["text", "source", "report", "claims", "sentences"]
"""A bulky :class:`FileResult` field: the checked text, the file's content, the engine's report,
the mapped claims and the mapped sentences. Reporters say which of them they read (most read
none of them)."""

DETAILS: tuple[Detail, ...] = ("text", "source", "report", "claims", "sentences")
"""Every :data:`Detail`."""


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
    kind: str | None = None
    """How the file was read: ``text``, ``markdown`` or ``html`` (None when unread)."""
    claims: tuple[Claim, ...] = ()
    """Every claim of :attr:`report`, with all its offsets mapped into :attr:`source` (the
    claims of :attr:`findings` are these same objects)."""
    warnings: tuple[str, ...] = ()
    """One-line warnings (``path:line:col: warning: ...``), e.g. a malformed suppression
    comment; they do not change the exit code."""
    suppressed: int = 0
    """How many findings inline suppression comments removed."""
    sentences: tuple[tuple[int, int], ...] = ()
    """The ``(start, end)`` of every sentence the checker read, mapped into :attr:`source`
    (the text format shows the sentence holding each finding)."""
    considered: tuple[Considered, ...] | None = None
    """With ``Config.explain``, every number-like token considered, offsets in :attr:`source`,
    with the rule that decided it; else None."""

    def slim(self, keep: Collection[Detail] = ()) -> FileResult:
        """This result without the :data:`Detail` fields not in ``keep`` (None or empty
        instead): what a reporter needs, small to keep and to send between processes. The
        findings (with their claims), error, warnings and counts always stay."""
        if all(d in keep for d in DETAILS):
            return self
        return FileResult(
            self.path,
            text=self.text if "text" in keep else None,
            source=self.source if "source" in keep else None,
            report=self.report if "report" in keep else None,
            findings=self.findings,
            error=self.error,
            kind=self.kind,
            claims=self.claims if "claims" in keep else (),
            warnings=self.warnings,
            suppressed=self.suppressed,
            sentences=self.sentences if "sentences" in keep else (),
            considered=self.considered,
        )


@attrs.frozen
class Target:
    """One input to check."""

    path: str
    """The path to show (as given, or joined under a given directory)."""
    kind: Kind | None = None
    """How to read it; None to go by the file extension."""
    stdin: bool = False
    """True for standard input; :attr:`path` is then the ``--stdin-filename`` or ``-``."""
    real: str | None = None
    """The file's real path (symlinks resolved), as found when the inputs were collected."""
    encoding: str | None = None
    """The encoding to read it in when it has no byte-order mark (``--encoding``); None for
    UTF-8, or the one an HTML page declares."""


class InputError(Exception):
    """A file cannot be checked; the message is one line, without the path."""


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32-LE's mark starts with UTF-16-LE's: test it first.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_PRESCAN = 1024
"""Bytes of an HTML file searched for its ``<meta charset>``, as browsers do."""
# Labels browsers read as windows-1252 (WHATWG Encoding), and UTF-16 labels a byte stream
# without a mark cannot honour (browsers read those pages as UTF-8).
_HTML_LABELS = {
    **dict.fromkeys(
        ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"), "cp1252"
    ),
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be"), "utf-8"),
}


def text_encoding(name: str) -> str | None:
    """The codec name for ``name`` if Python has a text encoding by that name, else None."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Codecs such as rot13 or base64 are not text encodings of bytes.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def html_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta charset>`` or ``http-equiv``
    ``Content-Type`` near its top, if Python knows it."""
    m = _META_CHARSET.search(data[:_PRESCAN])
    if m is None:
        return None
    label = m.group(1).decode("ascii", "replace").lower()
    return text_encoding(_HTML_LABELS.get(label, label))


def _utf16_without_mark(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes sit at every other offset, as in text
    written in UTF-16 without a byte-order mark; else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None, kind: Kind | None = None) -> str:
    """The text of a file's bytes. Raises :class:`InputError`.

    The encoding is the one a byte-order mark names (UTF-8, UTF-16 or UTF-32; the mark is
    removed, so offsets count from after it), else ``encoding``, else for HTML the one its
    ``<meta charset>`` declares, else UTF-8.
    """
    name, mark = _encoding_of(data, encoding, kind)
    body = data[len(mark) :]
    if name is None and b"\x00" in body:
        guess = _utf16_without_mark(body)
        if guess is not None:
            raise InputError(
                f"looks like {guess.upper()} without a byte-order mark; pass --encoding {guess}"
            )
        raise InputError("binary file (contains NUL bytes); not checked")
    try:
        text = body.decode(name or "utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{body[exc.start]:02x} at byte offset {exc.start + len(mark)}"
        if name is None:
            raise InputError(
                f"not valid UTF-8 ({where}); if the file is in another encoding, pass it, "
                f"e.g. --encoding {_likely_encoding(body)}"
            ) from None
        raise InputError(f"not valid {name} ({where}: {exc.reason})") from None
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters); not checked")
    return text


def _encoding_of(data: bytes, encoding: str | None, kind: Kind | None) -> tuple[str | None, bytes]:
    """The encoding :func:`decode` reads ``data`` in (None: UTF-8, checked more closely),
    and the byte-order mark it starts with (or ``b""``)."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, mark
    return encoding or (html_charset(data) if kind == "html" else None), b""


def encode_as_read(text: str, data: bytes, encoding: str | None, kind: Kind | None) -> bytes:
    """``text`` encoded as :func:`decode` read ``data`` (the file's bytes before an edit):
    the same encoding and byte-order mark."""
    name, mark = _encoding_of(data, encoding, kind)
    return mark + text.encode(name or "utf-8")


def _likely_encoding(data: bytes) -> str:
    """The single-byte encoding most likely for text that is not UTF-8: Windows-1252 (the
    Western default of Windows and of the web) if it decodes, else Latin-1."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def read_file(path: str, encoding: str | None = None, kind: Kind | None = None) -> str:
    """Read and decode a file (see :func:`decode`). Raises :class:`InputError` with a
    one-line reason."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    return decode(data, encoding, kind)


def check_source(source: str, path: str, kind: Kind, config: Config) -> FileResult:
    """Check decoded file content as ``kind``. Never raises."""
    try:
        doc = document(source, kind)
    except MarkdownUnavailable as exc:
        return FileResult(path, source=source, error=str(exc), kind=kind)
    except Exception as exc:  # an extractor bug must not take the other files down
        return FileResult(path, source=source, error=_internal(exc), kind=kind)
    try:
        return _check_document(doc, path, config)
    except Exception as exc:  # an engine bug must not take the other files down
        return FileResult(path, text=doc.text, source=source, error=_internal(exc), kind=kind)


def _internal(exc: Exception) -> str:
    detail = " ".join(str(exc).split())
    return f"internal error: {type(exc).__name__}{': ' + detail if detail else ''} (please report)"


def _check_document(doc: Document, path: str, config: Config) -> FileResult:
    checked = _Checked.of(doc, path, config)
    return FileResult(
        path,
        text=doc.text,
        source=doc.source,
        report=checked.report,
        findings=checked.findings,
        kind=doc.kind,
        claims=checked.claims,
        warnings=checked.warnings,
        suppressed=checked.suppressed,
        sentences=checked.sentences(doc),
        considered=checked.considered,
    )


def check_document_report(doc: Document, config: Config, *, explain: bool = False) -> Report:
    """What :func:`attribution.check_document` returns: the report of ``doc`` with every
    offset in its original (claims, reported findings, sentences and considered tokens)."""
    checked = _Checked.of(doc, "<document>", config, explain=explain)
    return Report(
        doc.source, checked.claims, checked.findings, checked.sentences(doc), checked.considered
    )


def _map_considered(token: Considered, doc: Document) -> Considered:
    start, end = doc.offsets.span(token.start, token.end)
    return attrs.evolve(token, start=start, end=end)


@attrs.frozen
class _Checked:
    """One document checked, with its claims and findings moved into the original."""

    report: Report
    """The engine's report on the extracted text."""
    claims: tuple[Claim, ...]
    """Every claim, offsets in the original."""
    findings: tuple[Finding, ...]
    """The findings left after suppression and ``min_severity``, offsets in the original."""
    warnings: tuple[str, ...]
    """Extraction and suppression-comment warnings."""
    suppressed: int
    """How many findings suppression comments removed."""
    considered: tuple[Considered, ...] | None
    """The considered tokens of an explained report, offsets in the original; else None."""

    def sentences(self, doc: Document) -> tuple[tuple[int, int], ...]:
        """The report's sentences, offsets in the original."""
        if doc.offsets.is_identity:
            return self.report.sentences
        return tuple(doc.offsets.span(s, e) for s, e in self.report.sentences)

    @classmethod
    def of(cls, doc: Document, path: str, config: Config, *, explain: bool = False) -> _Checked:
        report = check(doc.text, config=config, explain=explain)
        index = LineIndex(doc.source)
        claims: dict[int, Claim] = {}
        same = doc.offsets.is_identity  # a plain text file as read: its offsets are the file's

        def mapped(claim: Claim) -> Claim:
            if same:
                return claim
            out = claims.get(id(claim))
            if out is None:
                out = claims[id(claim)] = _map_claim(claim, doc)
            return out

        all_claims = tuple(mapped(c) for c in report.claims)
        findings = []
        for f in report.findings:
            start, end = doc.offsets.span(f.start, f.end)
            line, column = index.position(start)
            end_line, end_column = index.position(end)
            findings.append(
                attrs.evolve(
                    f,
                    start=start,
                    end=end,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    claim=mapped(f.claim),
                )
            )
        directives, warnings = parse_directives(doc.comments, doc.source, path)
        kept, suppressed = suppress(findings, directives)
        floor = SEVERITIES.index(config.min_severity)
        dropped = config.per_file_codes(path) if config.per_file_ignores else frozenset()
        kept = tuple(
            f for f in kept if SEVERITIES.index(f.severity) >= floor and f.code not in dropped
        )
        extraction = tuple(f"{path}: warning: {w}" for w in doc.warnings)
        considered = report.considered
        if considered is not None and not same:
            considered = tuple(_map_considered(c, doc) for c in considered)
        return cls(report, all_claims, kept, extraction + warnings, suppressed, considered)


def _map_span(span: Span, doc: Document) -> Span:
    start, end = doc.offsets.span(span.start, span.end)
    return Span(start, end, span.text)


def _map_claim(claim: Claim, doc: Document) -> Claim:
    """The claim with every offset moved into the original file (surfaces unchanged)."""
    start, end = doc.offsets.span(claim.start, claim.end)
    return attrs.evolve(
        claim,
        start=start,
        end=end,
        token=_map_span(claim.token, doc),
        hedge=_map_span(claim.hedge, doc) if claim.hedge else None,
        noun=_map_span(claim.noun, doc) if claim.noun else None,
        attributions=tuple(_map_attribution(a, doc) for a in claim.attributions),
    )


def _map_attribution(a: Attribution, doc: Document) -> Attribution:
    why = a.why
    if why is not None and why.sentence is not None:
        why = attrs.evolve(why, sentence=doc.offsets.span(why.sentence, why.sentence)[0])
    return attrs.evolve(a, source=_map_span(a.source, doc), cue=_map_span(a.cue, doc), why=why)


def check_path(
    path: str, config: Config, kind: Kind | None = None, encoding: str | None = None
) -> FileResult:
    """Read and check one file. Never raises."""
    kind = kind or kind_for_path(path)
    try:
        source = read_file(path, encoding, kind)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    except Exception as exc:
        return FileResult(path, error=_internal(exc))
    return check_source(source, path, kind, config)


def check_bytes(
    data: bytes,
    path: str,
    config: Config,
    kind: Kind | None = None,
    encoding: str | None = None,
) -> FileResult:
    """Decode and check bytes read elsewhere (standard input). Never raises."""
    kind = kind or kind_for_path(path)
    try:
        source = decode(data, encoding, kind)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    return check_source(source, path, kind, config)


# A worker process's configuration, set once by _init_worker rather than sent with every file.
_worker_config: Config | None = None
_worker_keep: tuple[Detail, ...] = DETAILS


def _init_worker(config: Config, keep: tuple[Detail, ...]) -> None:
    global _worker_config, _worker_keep
    _worker_config, _worker_keep = config, keep


def _check_target(target: Target) -> FileResult:
    """Worker entry point (module level, so a process pool can pickle it): check one file and
    return only what the parent asked to keep."""
    assert _worker_config is not None, "_init_worker was not run"
    return check_path(target.path, _worker_config, target.kind, target.encoding).slim(_worker_keep)


def collect(
    paths: Sequence[str],
    *,
    exclude: Sequence[str] = (),
    kind: Kind | None = None,
    stdin_filename: str | None = None,
    encoding: str | None = None,
    force_exclude: bool = False,
    gitignore: bool = False,
) -> list[Target | FileResult]:
    """The inputs named by ``paths``, in order: files as given, directories walked (sorted,
    hidden entries, ``exclude`` globs and, with ``gitignore``, what ``.gitignore`` files
    ignore skipped; only known extensions), ``-`` for stdin. With ``force_exclude``,
    ``exclude`` also drops paths named explicitly.

    A path that cannot be used becomes a :class:`FileResult` carrying its error, in place.
    A file named twice is checked once.
    """
    out: list[Target | FileResult] = []
    seen: set[str] = set()

    def add(path: str, stdin: bool = False) -> None:
        real = None if stdin else os.path.realpath(path)
        key = real or "-"
        if key in seen:
            return
        seen.add(key)
        out.append(Target(path, kind, stdin, real, encoding))

    for path in paths:
        if path == "-":
            add(stdin_filename or "-", stdin=True)
        elif force_exclude and _named_excluded(path, exclude):
            continue
        elif os.path.isdir(path):
            found = list(_walk(path, exclude, gitignore))
            if not found:
                exts = ", ".join(EXTENSIONS)
                out.append(FileResult(path, error=f"no files to check in this directory ({exts})"))
            for file in found:
                if isinstance(file, FileResult):
                    out.append(file)
                else:
                    add(file)
        elif os.path.lexists(path):
            add(path)
        else:
            out.append(FileResult(path, error="no such file or directory"))
    return out


def _excluded(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def _named_excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether ``force-exclude`` drops a path named on the command line: ``exclude`` matched
    against it and each directory above it (relative to the current directory), and against
    their names, as a walk from the current directory would."""
    rel = os.path.normpath(os.path.relpath(path) if os.path.isabs(path) else path)
    parts = [p for p in rel.replace(os.sep, "/").split("/") if p not in ("", ".")]
    return any(_excluded("/".join(parts[: i + 1]), part, patterns) for i, part in enumerate(parts))


def _walk(root: str, exclude: Sequence[str], gitignore: bool) -> Iterator[str | FileResult]:
    """The files to check below ``root``, sorted, and a :class:`FileResult` error for each
    directory that cannot be read (os.walk would skip it silently)."""
    errors: list[OSError] = []
    top = os.path.abspath(root)
    # The .gitignore files in force in each directory still to walk, outermost first.
    stacks: dict[str, list[IgnoreFile]] = {top: ancestors(top) if gitignore else []}
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        yield from (_directory_error(e, root) for e in errors)
        errors.clear()
        here = os.path.abspath(dirpath)
        stack = stacks.pop(here, [])
        own = read_ignore_file(here) if gitignore and ".gitignore" in filenames else None
        if own is not None:
            stack = [*stack, own]
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        # Hidden directories (.git, .venv), excluded and ignored ones are never entered.
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".")
            and not _excluded(rel_dir + d, d, exclude)
            and not (stack and ignored(stack, os.path.join(here, d), is_dir=True))
        )
        for d in dirnames:
            stacks[os.path.join(here, d)] = stack
        for name in sorted(filenames):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                continue
            if _excluded(rel_dir + name, name, exclude):
                continue
            if stack and ignored(stack, os.path.join(here, name), is_dir=False):
                continue
            # normpath: "./a.txt" is shown as "a.txt" when walking the current directory.
            yield os.path.normpath(os.path.join(dirpath, name))
    yield from (_directory_error(e, root) for e in errors)


def _directory_error(exc: OSError, root: str) -> FileResult:
    path = os.path.normpath(exc.filename) if exc.filename else root
    reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror or exc
    return FileResult(path, error=f"cannot read directory: {reason}")


def check_all(
    items: Sequence[Target | FileResult],
    config: Config,
    *,
    jobs: int = 1,
    stdin: Callable[[], bytes] | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep: Collection[Detail] = DETAILS,
) -> list[FileResult]:
    """Check every target in ``items`` (errors pass through), in order: the list of
    :func:`iter_check`'s results."""
    return list(iter_check(items, config, jobs=jobs, stdin=stdin, progress=progress, keep=keep))


def iter_check(
    items: Sequence[Target | FileResult],
    config: Config,
    *,
    jobs: int = 1,
    stdin: Callable[[], bytes] | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep: Collection[Detail] = DETAILS,
) -> Generator[FileResult, None, None]:
    """Check every target in ``items`` (errors pass through), yielding the results one by one
    in the order of ``items``, each as soon as it and those before it are done.

    ``jobs`` > 1 checks files in that many processes; the results come back in the same
    order as a serial run. ``stdin`` supplies standard input's bytes for a stdin target.
    ``progress(done, total)`` is called after each file, before its result is yielded.
    ``keep`` names the bulky fields to keep (:meth:`FileResult.slim`); workers send back only
    those. Closing the iterator early cancels the files not yet started.
    """
    keep = tuple(d for d in DETAILS if d in keep)
    files = [t for t in items if isinstance(t, Target) and not t.stdin]
    total = sum(1 for t in items if isinstance(t, Target))
    pool: ProcessPoolExecutor | None = None
    outcomes: Iterator[FileResult]
    if jobs > 1 and len(files) > 1:
        workers = min(jobs, len(files))
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(config, keep))
        # Batches of files per round trip, small enough that every worker gets several.
        chunk = max(1, min(32, len(files) // (workers * 8)))
        outcomes = pool.map(_check_target, files, chunksize=chunk)
    else:
        outcomes = (check_path(t.path, config, t.kind, t.encoding).slim(keep) for t in files)
    try:
        done = 0
        for item in items:
            if isinstance(item, FileResult):
                yield item
                continue
            if item.stdin:
                data = stdin() if stdin is not None else b""
                result = check_bytes(data, item.path, config, item.kind, item.encoding).slim(keep)
            else:
                result = next(outcomes)
            done += 1
            if progress:
                progress(done, total)
            yield result
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
