"""The ``attribution`` command line: ``attribution check [PATH ...]`` and ``attribution rule``
(and ``attribution server``, the language server of ``_server.py``).

Exit codes (docs/cli.md): 0 no finding at ``--fail-on`` severity (default warning) or above,
1 such findings reported (unless ``--exit-zero``), 2 a usage, configuration or input error (it
wins over 1). No traceback reaches the user: every error is one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

import attrs

from . import __version__, _explain_command
from ._archive import (
    ROW_FORMATS,
    ArchiveError,
    BadRow,
    CsvWriter,
    Fields,
    JsonlWriter,
    ParquetUnavailable,
    ParquetWriter,
    file_size,
    is_jsonl,
    open_binary,
    position,
    read_jsonl,
)
from ._baseline import Baseline, BaselineError
from ._batch import Job, run
from ._config import Config, ConfigError
from ._documents import EXTENSIONS, KINDS, Kind, kind_for_path
from ._lint import (
    Detail,
    FileResult,
    InputError,
    Target,
    check_source,
    collect,
    decode,
    encode_as_read,
    iter_check,
    read_file,
    text_encoding,
)
from ._noqa import add_comments
from ._records import ROWS, error_record
from ._reporters import REPORTERS, RenderOptions, Reporter, ReporterUnavailable, new_reporter
from ._reporters._summary import Tally
from ._rules import RULES, RULES_BY_CODE, RULES_BY_NAME, SEVERITIES

PROG = "attribution"
PROGRESS_MIN_FILES = 10
"""A progress bar appears (on a terminal) only from this many files on."""


class UsageError(Exception):
    """A command-line or configuration mistake: one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and an exception, never ``sys.exit(2)``."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Find numeric claims in news copy and flag the ones without a source.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="check files, directories or standard input",
        description="Check files and directories (recursively: "
        + ", ".join(EXTENSIONS)
        + "), or '-' for standard input.",
        allow_abbrev=False,
    )
    check.add_argument("paths", nargs="*", metavar="PATH", help="default: the current directory")
    _add_output_options(check.add_argument_group("output"))
    _add_rule_options(check.add_argument_group("rules"))
    inputs = check.add_argument_group("inputs and configuration")
    _add_input_options(inputs)
    _add_archive_options(inputs)

    rule = sub.add_parser("rule", help="explain a rule, or list them all", allow_abbrev=False)
    rule.add_argument("code", nargs="?", metavar="CODE", help="a rule code or name, e.g. ATR001")
    rule.add_argument("--all", action="store_true", help="print every rule's page")
    _explain_command.add_parser(sub)

    # The language server (docs/editors.md): its code is in _server.py, loaded only to run it.
    server = sub.add_parser(
        "server", help="run the language server (LSP over stdin/stdout)", allow_abbrev=False
    )
    server.add_argument(
        "--stdio",
        action="store_true",
        help="accepted for the editors that pass it (stdio is the only transport)",
    )
    return parser


def _add_output_options(out: argparse._ArgumentGroup) -> None:
    """``check``'s options of what to print, where, and the exit code."""
    out.add_argument(
        "--format",
        "--output-format",
        dest="format",
        choices=[*REPORTERS, *ROW_FORMATS],
        default="text",
        help="output format (default: text): "
        + "; ".join(f"{r.name}: {r.description}" for r in REPORTERS.values())
        + "; jsonl, csv, parquet: one row per claim (docs/json-schema.md, Records)",
    )
    out.add_argument(
        "--rows",
        choices=ROWS,
        default="claims",
        help="with --format jsonl/csv/parquet: a row per claim (default) or per finding",
    )
    out.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE")
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text and concise formats (default: auto, on a terminal unless "
        "NO_COLOR is set; always: even when NO_COLOR is set)",
    )
    out.add_argument("--statistics", action="store_true", help="show counts by rule code")
    out.add_argument(
        "-q", "--quiet", action="store_true", help="findings only: no summary, no progress bar"
    )
    out.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when findings are reported"
    )
    out.add_argument(
        "--baseline",
        metavar="FILE",
        help="report only findings not in FILE; when FILE does not exist, write today's "
        "findings to it and report none",
    )
    out.add_argument(
        "--add-noqa",
        action="store_true",
        help="add a suppression comment to every line with a finding, in the files, and exit",
    )
    out.add_argument(
        "--show-settings",
        action="store_true",
        help="print the resolved configuration (as TOML) and exit",
    )
    out.add_argument(
        "--show-files", action="store_true", help="list the files that would be checked and exit"
    )
    out.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="exit 1 only for a finding at this severity or above (default: warning; "
        "info findings, ATR003 and ATR004, are shown but do not fail the run)",
    )


def _add_rule_options(rules: argparse._ArgumentGroup) -> None:
    """``check``'s options of which rules run, how, and what they flag."""
    rules.add_argument(
        "--select", action="append", metavar="CODES", help="only these rules (comma-separated)"
    )
    rules.add_argument(
        "--extend-select", action="append", metavar="CODES", help="add rules to the selection"
    )
    rules.add_argument("--ignore", action="append", metavar="CODES", help="drop these rules")
    rules.add_argument(
        "--severity",
        action="append",
        metavar="CODE=LEVEL",
        help="set a rule's severity (error, warning, info); repeatable",
    )
    rules.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        help="report only findings at this severity or above (default: info, i.e. all)",
    )
    rules.add_argument(
        "--carry",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="let attribution carry to the next sentences of a paragraph (default: on)",
    )
    rules.add_argument(
        "--allow", action="append", metavar="TEXT", help="never flag this claim text; repeatable"
    )
    rules.add_argument(
        "--explain",
        action="store_true",
        help="name the rule behind every decision in the output (json, html; see docs/explain.md)",
    )


def _add_input_options(inputs: argparse._ArgumentGroup) -> None:
    """``check``'s options of what to read, how, and with which configuration."""
    inputs.add_argument(
        "--config", metavar="FILE", help="TOML file ([tool.attribution] table or top-level keys)"
    )
    inputs.add_argument(
        "--isolated", action="store_true", help="ignore pyproject.toml configuration"
    )
    inputs.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="skip matching paths when walking directories; repeatable",
    )
    inputs.add_argument(
        "--input-format",
        choices=("auto", *KINDS, "jsonl"),
        default="auto",
        help="read every input as this kind (default: by file extension; plain text "
        "otherwise); jsonl: one JSON object per line, each a document (gzip too)",
    )
    inputs.add_argument(
        "--force-exclude",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="apply exclude to files named on the command line too (as the pre-commit hook "
        "names them)",
    )
    inputs.add_argument(
        "--respect-gitignore",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="skip what .gitignore files ignore when walking directories (default: on)",
    )
    inputs.add_argument(
        "--per-file-ignores",
        action="append",
        metavar="GLOB:CODES",
        help="drop these rules in files matching GLOB (relative to the current directory); "
        "repeatable",
    )
    inputs.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="read files without a byte-order mark in this encoding (default: UTF-8, or "
        "what an HTML page's <meta charset> declares), e.g. cp1252, latin-1, utf-16",
    )
    inputs.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to report for '-' (its extension picks the input format)",
    )
    inputs.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check files in N processes (0: one per CPU; default 1)",
    )


def _add_archive_options(inputs: argparse._ArgumentGroup) -> None:
    """``check``'s options for JSONL archives and the batch engine."""
    inputs.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSONL: the field holding each document (default: text)",
    )
    inputs.add_argument(
        "--id-field",
        metavar="NAME",
        help="JSONL: the field holding each document's id (default: id, else PATH:LINE)",
    )
    inputs.add_argument(
        "--format-field",
        metavar="NAME",
        help="JSONL: the field naming each document's format (text, markdown, html; "
        "default: every document is plain text)",
    )
    inputs.add_argument(
        "--timeout",
        type=_timeout,
        metavar="SECONDS",
        help="give up on a document after this long: it becomes an error (exit 2)",
    )


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {n}")
    return n or (os.cpu_count() or 1)


def _encoding(value: str) -> str:
    name = text_encoding(value)
    if name is None:
        raise argparse.ArgumentTypeError(f"unknown text encoding {value!r}")
    return name


def _timeout(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {value!r}")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args_list)
    except UsageError as exc:
        _line(sys.stderr, f"{PROG}: error: {exc}")
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        _line(sys.stderr, f"{PROG}: interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say. Point stdout at devnull so the
        # interpreter's final flush does not fail again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except Exception as exc:  # a bug: still one line, never a traceback
        _line(sys.stderr, f"{PROG}: internal error: {type(exc).__name__}: {exc} (please report)")
        return 2


def _main(argv: list[str]) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command == "check":
        return _check(args)
    if args.command == "rule":
        return _rule_all() if args.all else _rule(args.code)
    if args.command == "explain":
        paths = [] if args.text is not None or not args.target else [args.target]
        return _explain_command.run(args, _base_config(args, paths))
    if args.command == "server":
        return _server()
    raise UsageError("missing command: try 'attribution check PATH ...' or 'attribution rule'")


# --- check ------------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    paths = args.paths or ["."]
    config = _config(args, paths)
    if args.explain or args.format == "html":  # the page shows each claim's reasons on hover
        config = attrs.evolve(config, explain=True)
    if args.show_settings:
        _write(sys.stdout, show_settings(config, _config_source(args, paths)))
        return 0
    if args.show_files:
        return _show_files(args, paths, config)
    if args.add_noqa:
        return _add_noqa(args, paths, config)
    baseline = _load_baseline(args)
    if (
        args.input_format == "jsonl"
        or args.format in ROW_FORMATS
        or args.timeout is not None
        or (args.input_format == "auto" and any(is_jsonl(p) for p in paths))
    ):
        return _archive(args, paths, config)
    kind = None if args.input_format == "auto" else args.input_format
    items = _inputs(args, paths, config, kind)
    reporter = _reporter(args)
    total = sum(1 for item in items if not isinstance(item, FileResult))
    progress = _Progress(sys.stderr, total) if _show_progress(args, total) else None
    out = _Output(args.output_file or None, progress)
    counts = Tally()
    # Each file is reported as soon as it is checked (the formats that need every file first
    # keep only what they need of it) and then let go: memory stays flat however many files.
    results = iter_check(
        items,
        config,
        jobs=args.jobs,
        stdin=_read_stdin,
        progress=progress,
        keep=_keep(args, baseline),
    )
    with out, contextlib.closing(results):
        for result in results:
            _emit(out, reporter, counts, _new_findings(result, baseline))
        if progress is not None:
            progress.close()
        for piece in reporter.finish():
            out.write(piece)
    if args.statistics and args.format != "text":
        # Machine-readable output stays parseable: the table goes to stderr.
        for row in counts.statistics_lines():
            _line(sys.stderr, row)
    _save_baseline(baseline)

    if counts.errors:
        return 2
    return _exit_for_findings(args, config, counts.by_severity)


def _inputs(
    args: argparse.Namespace, paths: list[str], config: Config, kind: Kind | None
) -> list[Target | FileResult]:
    """The files to check, as ``collect`` finds them, without the run's own output file."""
    items = collect(
        paths,
        exclude=config.exclude,
        kind=kind,
        stdin_filename=args.stdin_filename,
        encoding=args.encoding,
        force_exclude=config.force_exclude,
        gitignore=config.respect_gitignore,
    )
    return _without_output(args.output_file, paths, items)


def _reporter(args: argparse.Namespace) -> Reporter:
    """The reporter of ``--format``; a format whose extra is missing is a usage error."""
    try:
        return new_reporter(args.format, _render_options(args))
    except ReporterUnavailable as exc:
        raise UsageError(str(exc)) from None


def _archive(args: argparse.Namespace, paths: list[str], config: Config) -> int:
    """``check`` over JSONL rows, or writing claim rows, or with a ``--timeout``: documents go
    through the batch engine (:mod:`._batch`), a few chunks ahead of the output, in order."""
    row_format = args.format if args.format in ROW_FORMATS else None
    kind = args.input_format if args.input_format in KINDS else None
    items = _inputs(args, paths, config, kind)
    sizes = [file_size(t.path) if not t.stdin else None for t in items if isinstance(t, Target)]
    total = sum(s for s in sizes if s is not None) if None not in sizes else None
    progress = (
        _Progress(sys.stderr, total, unit="bytes")
        if not args.quiet and _isatty(sys.stderr) and (total is None or total > 0)
        else None
    )
    if progress is not None and total is not None and total < (1 << 20) and len(sizes) < 10:
        progress = None  # a small run needs no bar
    out = _Output(args.output_file or None, progress)
    if args.format == "parquet" and not args.output_file:
        raise UsageError("--format parquet needs --output-file FILE")
    if row_format and (args.baseline or args.add_noqa):
        raise UsageError(f"--baseline and --add-noqa do not work with --format {row_format}")
    baseline = None if row_format else _load_baseline(args)
    jobs = _ArchiveJobs(args, items, out, row_format is not None, progress is not None)
    results = run(
        iter(jobs),
        config,
        workers=args.jobs,
        timeout=args.timeout,
        mode="rows" if row_format else "file",
        rows=args.rows,
        keep=() if row_format else _keep(args, baseline),
    )
    with out, contextlib.closing(results):
        if row_format:
            by_severity = _write_rows(args, row_format, results, out, jobs, progress, total)
        else:
            by_severity = _write_reports(args, results, out, jobs, progress, total, baseline)
        if progress is not None:
            progress.close()
    if jobs.errors:
        return 2
    return _exit_for_findings(args, config, by_severity)


class _ArchiveJobs:
    """The documents of an archive run, as the batch engine's jobs: every plain file, and every
    row of every JSONL file; what cannot be read becomes an error line, counted."""

    def __init__(
        self,
        args: argparse.Namespace,
        items: Sequence[Target | FileResult],
        out: _Output,
        rows: bool,
        progress: bool,
    ) -> None:
        self._args = args
        self._items = items
        self._out = out
        self._rows = rows  # the row formats label a row by its id alone
        self._progress = progress
        self._fields = Fields(
            args.text_field, args.id_field or "id", args.id_field is not None, args.format_field
        )
        self.errors = 0
        """Errors reported so far: unreadable inputs, bad rows, and documents that failed."""
        self.done_bytes = 0
        """Bytes of input read so far, for the progress bar."""

    def diagnostic(self, line: str) -> None:
        """Report an error line and count it."""
        self.errors += 1
        self._out.diagnostic(line)

    def _jsonl(self, item: Target) -> bool:
        fmt = self._args.input_format
        return fmt == "jsonl" or (fmt == "auto" and is_jsonl(item.path))

    def __iter__(self) -> Iterator[Job]:
        for item in self._items:
            if isinstance(item, FileResult):
                self.diagnostic(f"{item.path}: error: {item.error}")
            elif self._jsonl(item):
                yield from self._rows_of(item)
            else:
                job = self._file(item)
                if job is not None:
                    yield job

    def _rows_of(self, item: Target) -> Iterator[Job]:
        try:
            stream = open_binary("-" if item.stdin else item.path, lambda: sys.stdin.buffer)
        except ArchiveError as exc:
            self.diagnostic(f"{item.path}: error: {exc}")
            return
        base = self.done_bytes
        with stream:
            try:
                for row in read_jsonl(stream, item.path, self._fields):
                    if self._progress and row.line % 64 == 0:
                        self.done_bytes = base + position(stream)
                    if isinstance(row, BadRow):
                        self.diagnostic(f"{item.path}:{row.line}: error: {row.error}")
                        continue
                    label = row.id if self._rows else f"{item.path}[{row.id}]"
                    yield label, row.text, row.kind
            except ArchiveError as exc:
                self.diagnostic(f"{item.path}: error: {exc}")
        self.done_bytes = base + (file_size(item.path) or 0)

    def _file(self, item: Target) -> Job | None:
        kind_of = item.kind or kind_for_path(item.path)
        encoding = self._args.encoding
        try:
            source = (
                decode(_read_stdin(), encoding, kind_of)
                if item.stdin
                else read_file(item.path, encoding, kind_of)
            )
        except InputError as exc:
            self.diagnostic(f"{item.path}: error: {exc}")
            return None
        self.done_bytes += len(source.encode("utf-8", "surrogatepass"))
        return item.path, source, kind_of


def _write_rows(
    args: argparse.Namespace,
    row_format: str,
    results: Iterator[Any],
    out: _Output,
    jobs: _ArchiveJobs,
    progress: _Progress | None,
    total: int | None,
) -> Counter[str]:
    """Write the rows of every document as JSON Lines, CSV or Parquet; the findings' count
    by severity."""
    try:
        writer: JsonlWriter | CsvWriter | ParquetWriter = (
            ParquetWriter(args.output_file)
            if row_format == "parquet"
            else (JsonlWriter if row_format == "jsonl" else CsvWriter)(out.write)
        )
    except ParquetUnavailable as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.output_file}: {exc.strerror or exc}") from None
    by_severity: Counter[str] = Counter()
    for documents, ((doc_id, _, _), (payload, error)) in enumerate(results, 1):
        if error is not None:
            jobs.diagnostic(f"{doc_id}: error: {error}")
            writer.rows([error_record(doc_id, error)])
        else:
            by_severity.update(r["severity"] for r in payload if r["code"] is not None)
            writer.rows(payload)
        if progress is not None:
            progress(jobs.done_bytes, total or 0, documents)
    writer.close()
    return by_severity


def _write_reports(
    args: argparse.Namespace,
    results: Iterator[Any],
    out: _Output,
    jobs: _ArchiveJobs,
    progress: _Progress | None,
    total: int | None,
    baseline: _Baseline | None,
) -> Counter[str]:
    """Report every document's findings in the chosen format; their count by severity."""
    reporter = _reporter(args)
    counts = Tally()
    for documents, ((label, _, _), (payload, error)) in enumerate(results, 1):
        result = payload if error is None else FileResult(str(label), error=error)
        _emit(out, reporter, counts, _new_findings(result, baseline))
        if progress is not None:
            progress(jobs.done_bytes, total or 0, documents)
    if progress is not None:
        progress.close()
    for piece in reporter.finish():
        out.write(piece)
    jobs.errors += counts.errors
    _save_baseline(baseline)
    if args.statistics and args.format != "text":
        for line in counts.statistics_lines():
            _line(sys.stderr, line)
    return counts.by_severity


@attrs.frozen
class _Baseline:
    """The ``--baseline`` of a run."""

    baseline: Baseline
    """The findings it holds (all of this run's, when it is being created)."""
    create: bool
    """Whether this run creates the file (it did not exist)."""


def _load_baseline(args: argparse.Namespace) -> _Baseline | None:
    if not args.baseline:
        return None
    try:
        loaded = Baseline.load(args.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None
    if loaded is None:
        return _Baseline(Baseline(args.baseline), create=True)
    return _Baseline(loaded, create=False)


def _keep(args: argparse.Namespace, baseline: _Baseline | None) -> tuple[Detail, ...]:
    """What the run keeps of each result: the reporter's needs, and the source for the
    baseline's keys (the claims' phrases)."""
    keep = REPORTERS[args.format].keep
    return (*keep, "source") if baseline is not None and "source" not in keep else keep


def _new_findings(result: FileResult, baseline: _Baseline | None) -> FileResult:
    """``result`` without the findings the baseline holds (recording them first when the
    baseline is being created)."""
    if baseline is None:
        return result
    if baseline.create:
        baseline.baseline.record(result)
    return baseline.baseline.new(result)


def _save_baseline(baseline: _Baseline | None) -> None:
    if baseline is None or not baseline.create:
        return
    try:
        n = baseline.baseline.write()
    except BaselineError as exc:
        raise UsageError(str(exc)) from None
    noun = "finding" if n == 1 else "findings"
    _line(sys.stderr, f"{PROG}: wrote the baseline {baseline.baseline.path} ({n} {noun})")


def _add_noqa(args: argparse.Namespace, paths: list[str], config: Config) -> int:
    """``--add-noqa``: a suppression comment on every line with a finding, written into the
    files; stderr says how many. Exit 0, or 2 when a file could not be checked or edited."""
    if "-" in paths:
        raise UsageError("--add-noqa edits files; it cannot edit standard input")
    if args.baseline:
        raise UsageError("--add-noqa and --baseline do not go together")
    kind = None if args.input_format == "auto" else args.input_format
    if kind == "jsonl" or any(is_jsonl(p) for p in paths):
        raise UsageError("--add-noqa cannot edit JSONL archives")
    items = collect(
        paths,
        exclude=config.exclude,
        kind=kind,
        encoding=args.encoding,
        force_exclude=config.force_exclude,
        gitignore=config.respect_gitignore,
    )
    items = _without_output(args.output_file, paths, items)
    added = files = errors = 0
    source: tuple[Detail, ...] = ("source",)
    results = iter_check(items, config, jobs=args.jobs, keep=source)
    with contextlib.closing(results):
        for result in results:
            if result.error is not None:
                errors += 1
                _line(sys.stderr, f"{result.path}: error: {result.error}")
                continue
            if not result.findings or result.source is None or result.kind is None:
                continue
            text, n = add_comments(result.source, result.findings, result.kind)
            if not n:
                continue
            problem = _write_noqa(result, text, args.encoding, config)
            if problem is not None:
                errors += 1
                _line(sys.stderr, f"{result.path}: error: {problem}")
                continue
            added += n
            files += 1
    comments = "comment" if added == 1 else "comments"
    _line(
        sys.stderr,
        f"Added {added} suppression {comments} to {files} file{'' if files == 1 else 's'}.",
    )
    return 2 if errors else 0


def _write_noqa(result: FileResult, text: str, encoding: str | None, config: Config) -> str | None:
    """Write ``text`` over the file of ``result`` in the encoding it was read in, once a
    check of ``text`` shows every finding suppressed; else the reason it was not written."""
    kind = result.kind
    assert kind in KINDS
    after = check_source(text, result.path, kind, config)
    if after.error is not None or after.findings:
        lines = ", ".join(f"{f.line}:{f.column}" for f in after.findings)
        return f"a suppression comment would not silence {lines or 'the findings'}; not edited"
    try:
        with open(result.path, "rb") as before:
            data = before.read()
        if decode(data, encoding, kind) != result.source:
            return "changed while being checked; not edited"
        payload = encode_as_read(text, data, encoding, kind)
        with open(result.path, "wb") as edited:
            edited.write(payload)
    except (OSError, InputError, UnicodeEncodeError) as exc:
        return f"cannot edit: {getattr(exc, 'strerror', None) or exc}"
    return None


def _without_output(
    output: str | None, paths: Sequence[str], items: list[Target | FileResult]
) -> list[Target | FileResult]:
    """The inputs without the ``--output-file``, so that a run never reads its own report: a
    directory walk skips it, and naming it as an input is a usage error (the report would
    overwrite the file before or after it was checked)."""
    if not output or not os.path.exists(output):
        return items
    real = os.path.realpath(output)
    if any(p != "-" and os.path.realpath(p) == real for p in paths):
        raise UsageError(
            f"--output-file {output} is one of the inputs; the report would overwrite it"
        )
    return [item for item in items if not (isinstance(item, Target) and item.real == real)]


def _exit_for_findings(args: argparse.Namespace, config: Config, by_severity: Counter[str]) -> int:
    """1 when a reported finding is at ``fail-on`` or above (and not ``--exit-zero``), else 0."""
    if args.exit_zero:
        return 0
    floor = SEVERITIES.index(config.fail_on)
    return int(any(n and SEVERITIES.index(s) >= floor for s, n in by_severity.items()))


def _render_options(args: argparse.Namespace) -> RenderOptions:
    tty = args.output_file is None and _isatty(sys.stdout)
    width = RenderOptions().width
    if tty:
        # The excerpt's gutter and a margin take about ten columns.
        width = max(40, shutil.get_terminal_size((width + 10, 24)).columns - 10)
    return RenderOptions(
        statistics=args.statistics and args.format == "text",
        quiet=args.quiet,
        color=use_color(args.color, tty, os.environ),
        width=width,
    )


def use_color(choice: str, tty: bool, environ: Mapping[str, str]) -> bool:
    """Whether to colour the output: ``always``, ``never``, or (``auto``) when writing to a
    terminal. With ``auto`` a non-empty ``NO_COLOR`` turns colour off and a non-empty
    ``FORCE_COLOR`` on (no-color.org, force-color.org); ``always`` and ``never`` win over both."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return tty


def _emit(out: _Output, reporter: Reporter, counts: Tally, result: FileResult) -> None:
    """One file's (or document's) part of the report: its error and warnings on the
    diagnostic stream, its findings through the reporter, its counts in the summary."""
    if result.error is not None:
        out.diagnostic(f"{result.path}: error: {result.error}")
    for warning in result.warnings:
        out.diagnostic(warning)
    out.write(reporter.file(result))
    counts.add(result)


class _Output:
    """Where the report goes, a piece at a time: the ``--output-file`` or stdout.

    The file is opened (and truncated) up front: it is never one of the inputs
    (:func:`_without_output`). A progress bar on the terminal is cleared before anything is
    written over it.
    """

    def __init__(self, path: str | None, progress: _Progress | None) -> None:
        self.path = path
        self.progress = progress
        self.file: IO[str] | None = None
        self.tty = path is None and _isatty(sys.stdout)
        if path is not None:
            self.file = self._open(path)

    def _open(self, path: str) -> IO[str]:
        try:
            return open(path, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> UsageError:
        return UsageError(f"cannot write {self.path}: {exc.strerror or exc}")

    def write(self, text: str) -> None:
        if not text:
            return
        if self.file is not None:
            try:
                self.file.write(text)
            except OSError as exc:
                raise self._error(exc) from None
        else:
            if self.tty and self.progress is not None:
                self.progress.clear()
            _write(sys.stdout, text)

    def diagnostic(self, line: str) -> None:
        """A line on stderr (a file's error or warning)."""
        if self.progress is not None:
            self.progress.clear()
        _line(sys.stderr, line)

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self.file is not None:
            file, self.file = self.file, None
            try:
                file.close()
            except OSError as exc:
                if exc_type is None:
                    raise self._error(exc) from None


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return stream.read().encode("utf-8", "surrogateescape")


def _isatty(stream: IO[str] | None) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def _show_progress(args: argparse.Namespace, total: int) -> bool:
    if args.quiet or total < PROGRESS_MIN_FILES:
        return False
    return _isatty(sys.stderr)


class _Progress:
    """A one-line progress bar on a terminal's stderr, rewritten in place: files checked out
    of all, or (archive mode) documents checked and the share of the input's bytes read."""

    WIDTH = 30

    def __init__(self, stream: IO[str], total: int | None, unit: str = "files") -> None:
        self.stream = stream
        self.total = total
        self.unit = unit
        self.shown = False
        self.last = 0.0

    def __call__(self, done: int, total: int, documents: int | None = None) -> None:
        if documents is not None:
            now = time.monotonic()
            if now - self.last < 0.1:
                return
            self.last = now
        filled = self.WIDTH * min(done, total) // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        if documents is None:
            line = f"\rChecking [{bar}] {done}/{total} files"
        elif self.total:
            line = f"\rChecking [{bar}] {documents} documents"
        else:
            line = f"\rChecking... {documents} documents"
        self.stream.write(line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Blank the bar's line, so that other output can be written there."""
        if self.shown:
            self.close()

    def close(self) -> None:
        self.stream.write("\r" + " " * (self.WIDTH + 40) + "\r")
        self.stream.flush()
        self.shown = False


def _show_files(args: argparse.Namespace, paths: list[str], config: Config) -> int:
    """``--show-files``: the inputs a check would read, one a line (``-`` for stdin); the
    paths that cannot be used as errors on stderr (exit 2)."""
    kind = args.input_format if args.input_format in KINDS else None
    items = collect(
        paths,
        exclude=config.exclude,
        kind=kind,
        stdin_filename=args.stdin_filename,
        force_exclude=config.force_exclude,
        gitignore=config.respect_gitignore,
    )
    errors = 0
    for item in _without_output(args.output_file, paths, items):
        if isinstance(item, FileResult):
            errors += 1
            _line(sys.stderr, f"{item.path}: error: {item.error}")
        else:
            _line(sys.stdout, item.path)
    return 2 if errors else 0


def show_settings(config: Config, source: Path | None) -> str:
    """The resolved configuration as a ``[tool.attribution]`` table (``--show-settings``):
    every key with its value in force, severities for every rule."""
    where = str(source) if source is not None else "defaults (no configuration file)"
    directories = sorted({d for d, _, _ in config.per_file_ignores if d is not None})
    lines = [
        f"# Settings from {where}, with the command line's options applied.",
        "[tool.attribution]",
        f"select = {_toml(sorted(config.select))}",
        "severity = { "
        + ", ".join(f"{r.code} = {_toml(config.severity_of(r.code))}" for r in RULES)
        + " }",
        f"min-severity = {_toml(config.min_severity)}",
        f"fail-on = {_toml(config.fail_on)}",
        f"carry = {_toml(config.carry)}",
        f"allow = {_toml(sorted(config.allow))}",
        f"exclude = {_toml(list(config.exclude))}",
        f"force-exclude = {_toml(config.force_exclude)}",
        f"respect-gitignore = {_toml(config.respect_gitignore)}",
        "per-file-ignores = { "
        + ", ".join(f"{_toml(p)} = {_toml(sorted(c))}" for _, p, c in config.per_file_ignores)
        + " }"
        + (f"  # relative to {', '.join(directories)}" if directories else ""),
    ]
    return "\n".join(line.replace("{  }", "{}") for line in lines) + "\n"


def _toml(value: object) -> str:
    """A TOML value: strings, booleans and lists of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string is a JSON string
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")


def _config_source(args: argparse.Namespace, paths: Sequence[str]) -> Path | None:
    """The configuration file :func:`_config` read, if any."""
    if args.config:
        return Path(args.config).absolute()
    if args.isolated:
        return None
    return find_pyproject(_search_start(paths))


# --- configuration ----------------------------------------------------------------------------


def _base_config(args: argparse.Namespace, paths: Sequence[str]) -> Config:
    """The configuration of ``--config``, else of the nearest pyproject.toml (unless
    ``--isolated``), else the default."""
    if args.config:
        return _config_from_file(Path(args.config), explicit=True)
    if not args.isolated:
        found = find_pyproject(_search_start(paths))
        if found is not None:
            return _config_from_file(found, explicit=False)
    return Config()


def _config(args: argparse.Namespace, paths: Sequence[str]) -> Config:
    base = _base_config(args, paths)
    overrides: dict[str, Any] = {}
    for key, values in (
        ("select", args.select),
        ("extend-select", args.extend_select),
        ("ignore", args.ignore),
    ):
        if values is not None:
            overrides[key] = [c.strip() for v in values for c in v.split(",") if c.strip()]
    if args.severity:
        table: dict[str, str] = {}
        for item in args.severity:
            code, sep, level = item.partition("=")
            if not sep or not code.strip() or not level.strip():
                raise UsageError(f"--severity: expected CODE=LEVEL, got {item!r}")
            table[code.strip()] = level.strip()
        overrides["severity"] = table
    if args.min_severity:
        overrides["min-severity"] = args.min_severity
    if args.fail_on:
        overrides["fail-on"] = args.fail_on
    if args.carry is not None:
        overrides["carry"] = args.carry
    if args.allow:
        overrides["allow"] = list(args.allow)
    if args.exclude:
        overrides["extend-exclude"] = list(args.exclude)
    if args.force_exclude is not None:
        overrides["force-exclude"] = args.force_exclude
    if args.respect_gitignore is not None:
        overrides["respect-gitignore"] = args.respect_gitignore
    if args.per_file_ignores:
        overrides["per-file-ignores"] = _per_file_option(args.per_file_ignores)
    try:
        return Config.from_dict(overrides, base=base).anchored(os.getcwd())
    except ConfigError as exc:
        raise UsageError(f"command line: {exc}") from None


def _per_file_option(values: Sequence[str]) -> dict[str, list[str]]:
    """``--per-file-ignores GLOB:CODES`` options as a ``per-file-ignores`` table."""
    table: dict[str, list[str]] = {}
    for value in values:
        pattern, sep, codes = value.rpartition(":")
        if not sep or not pattern or not codes.strip():
            raise UsageError(f"--per-file-ignores: expected GLOB:CODES, got {value!r}")
        table.setdefault(pattern, []).extend(c.strip() for c in codes.split(",") if c.strip())
    return table


def _search_start(paths: Sequence[str]) -> Path:
    """Where the pyproject.toml search starts: the first path's directory, else the cwd."""
    first = next((p for p in paths if p != "-"), None)
    if first is None:
        return Path.cwd()
    path = Path(first).absolute()
    return path if path.is_dir() else path.parent


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.attribution]`` table, upward from
    ``start``; a ``pyproject.toml`` without one does not stop the search."""
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            data = _read_toml(candidate)
            if isinstance(data.get("tool"), dict) and "attribution" in data["tool"]:
                return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise UsageError(f"{path}: config file not found") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read config file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: invalid TOML: not valid UTF-8") from None


def _config_from_file(path: Path, *, explicit: bool) -> Config:
    """The config of a ``pyproject.toml`` (its ``[tool.attribution]``) or a ``--config`` file
    (that table if present, else the file's top-level keys)."""
    data = _read_toml(path)
    tool = data.get("tool")
    if isinstance(tool, dict) and "attribution" in tool:
        table, where = tool["attribution"], "[tool.attribution]"
    elif explicit:
        table, where = data, "config"
    else:
        return Config()
    try:
        return Config.from_dict(table).anchored(str(path.absolute().parent))
    except ConfigError as exc:
        raise UsageError(f"{path}: {where}: {exc}") from None


# --- rule -------------------------------------------------------------------------------------


def _rule(code: str | None) -> int:
    if code is None:
        for r in RULES:
            state = "on" if r.enabled else "off"
            _line(sys.stdout, f"{r.code}  {r.name:<20} {r.severity:<8} {state:<4} {r.summary}")
        return 0
    rule = RULES_BY_CODE.get(code.upper()) or RULES_BY_NAME.get(code)
    if rule is None:
        known = ", ".join(RULES_BY_CODE)
        raise UsageError(f"unknown rule {code!r} (known: {known})")
    _write(sys.stdout, rule_doc(rule.code))
    return 0


def _rule_all() -> int:
    """``attribution rule --all``: every rule's page, one after another."""
    _write(sys.stdout, "\n".join(rule_doc(r.code) for r in RULES))
    return 0


def rule_doc(code: str) -> str:
    """The rule's page (``docs/rules/CODE.md`` of a source checkout), else its summary."""
    rule = RULES_BY_CODE[code]
    page = Path(__file__).resolve().parent.parent / "docs" / "rules" / f"{code}.md"
    try:
        text = page.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if text.strip():
        return text if text.endswith("\n") else text + "\n"
    default = "enabled" if rule.enabled else "disabled"
    return (
        f"{rule.code} ({rule.name})\n\n{rule.summary}\n\n"
        f"Default severity: {rule.severity}; {default} by default.\n"
        f"Message: {rule.message}\n"
    )


# --- server -----------------------------------------------------------------------------------


def _server() -> int:
    from ._server import ServerUnavailable, serve

    try:
        return serve()
    except ServerUnavailable as exc:
        raise UsageError(str(exc)) from None


# --- output -----------------------------------------------------------------------------------


def _write(stream: IO[str], text: str) -> None:
    """Write, degrading characters the stream's encoding lacks instead of failing."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    stream.flush()


def _line(stream: IO[str], text: str) -> None:
    _write(stream, text + "\n")
