"""Many documents in, results out in input order: :func:`check_many`, and the engine under the
command line's archive mode.

Documents are checked in chunks, in this process or in a pool of worker processes; at most a
few chunks per worker are in flight, so memory stays flat on an endless input and results come
back in input order as soon as they and those before them are done. A document that raises or
runs past its time limit becomes an error result; the others go on.

The time limit is kept by a watchdog thread that raises an exception in the thread checking a
document once its time is up (CPython's ``PyThreadState_SetAsyncExc``), so it works in any
thread of any process (the main thread, a Dask worker's thread pool, a Spark Python worker)
and leaves signal handlers alone.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal, TypeAlias

from ._api import check, check_document
from ._config import Config
from ._documents import KINDS, Kind, MarkdownUnavailable
from ._lint import Detail, check_source
from ._model import DocumentResult, Report
from ._records import Rows, claim_records

Mode = Literal["report", "rows", "file"]
"""What a worker sends back: the report's parts, its records, or a command-line
:class:`~attribution._lint.FileResult` (the job's id is then its path)."""

Job: TypeAlias = tuple[Any, Any, "Kind | None"]
"""One document to check: ``(id, text, format)``; format None means plain :func:`check`.
A text that is not a ``str`` becomes an error result."""

Outcome: TypeAlias = tuple[Any, str | None]
"""A worker's answer for one job: (payload, None) or (None, error)."""

CHUNK_DOCS = 32
"""At most this many documents go to a worker in one round trip..."""
CHUNK_CHARS = 200_000
"""...and at most about this many characters."""
IN_FLIGHT = 3
"""Chunks in flight per worker: enough to keep each busy, few enough for flat memory."""


class _Timeout(BaseException):
    """Raised by the timer inside a document's check (a BaseException, so that no
    ``except Exception`` inside the engine can swallow it)."""


class _Watchdog:
    """One daemon thread per process that raises :class:`_Timeout` in a thread whose
    document runs past its deadline (``PyThreadState_SetAsyncExc``: the exception arrives at
    the thread's next bytecode, as a signal handler's would). Unlike ``SIGALRM`` it works in
    any thread (Dask runs tasks in a thread pool) and leaves the process's signals alone; a
    deadline costs a lock and a notify, not a thread."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadlines: dict[int, tuple[int, float]] = {}  # token -> (thread id, deadline)
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="attribution-timeout", daemon=True
                )
                self._thread.start()
            token = next(self._tokens)
            self._deadlines[token] = (threading.get_ident(), time.monotonic() + seconds)
            self._cond.notify()
            return token

    def disarm(self, token: int) -> None:
        """Called in the checked thread when its document is done: after this, no timeout
        can be raised in it for ``token``."""
        with self._cond:
            self._deadlines.pop(token, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token, (thread, deadline) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[token]
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(
                            ctypes.c_ulong(thread), ctypes.py_object(_Timeout)
                        )
                wait = min((d for _, d in self._deadlines.values()), default=now + 60) - now
                self._cond.wait(max(wait, 0.001))


_watchdog = _Watchdog()


def _new_watchdog() -> None:
    global _watchdog
    _watchdog = _Watchdog()  # a forked child has no watchdog thread, and maybe a held lock


os.register_at_fork(after_in_child=_new_watchdog)


def _describe(exc: BaseException) -> str:
    detail = " ".join(str(exc).split())
    return f"internal error: {type(exc).__name__}{': ' + detail if detail else ''} (please report)"


def check_one(
    job: Job,
    config: Config,
    timeout: float | None,
    mode: Mode,
    rows: Rows = "claims",
    keep: tuple[Detail, ...] = (),
) -> Outcome:
    """Check one job; never raises (but for KeyboardInterrupt and SystemExit)."""
    doc_id, text, kind = job
    if isinstance(text, BadItem):
        return None, text.error
    if not isinstance(text, str):
        return None, f"text is not a str but {type(text).__name__}"
    try:
        return _check_one(job, config, timeout, mode, rows, keep)
    except _Timeout:  # raised just as the document was done, after its own handler
        return None, f"timed out after {timeout:g} s"


def _check_one(
    job: Job,
    config: Config,
    timeout: float | None,
    mode: Mode,
    rows: Rows,
    keep: tuple[Detail, ...],
) -> Outcome:
    doc_id, text, kind = job
    token = _watchdog.arm(timeout) if timeout is not None else None
    # The watchdog's exception can be lost: one that lands in a finalizer (a ``__del__`` run
    # by the garbage collector) is printed and dropped, and the check runs on. A document
    # that ends past its deadline is timed out all the same, before its rows are built.
    deadline = time.monotonic() + timeout if timeout is not None else None
    try:
        if mode == "file":
            result = check_source(text, str(doc_id), kind or "text", config).slim(keep)
            if result.error is not None:
                return None, result.error
            return result, None
        report = (
            check(text, config=config)
            if kind is None
            else check_document(text, kind, config=config)
        )
        if deadline is not None and time.monotonic() > deadline:
            return None, f"timed out after {timeout:g} s"
        payload: Any
        if mode == "rows":
            payload = claim_records(
                report.text, report.claims, report.findings, report.sentences, doc_id, rows
            )
        else:
            # The text is the caller's already: send back only what the check made.
            payload = (report.claims, report.findings, report.sentences)
    except _Timeout:
        return None, f"timed out after {timeout:g} s"
    except MarkdownUnavailable as exc:
        return None, str(exc)
    except Exception as exc:
        return None, _describe(exc)
    finally:
        if token is not None:
            _watchdog.disarm(token)
    return payload, None


# A worker process's settings, set once by _init_worker rather than sent with every chunk.
_settings: tuple[Config, float | None, Mode, Rows, tuple[Detail, ...]] | None = None


def _init_worker(
    config: Config, timeout: float | None, mode: Mode, rows: Rows, keep: tuple[Detail, ...]
) -> None:
    global _settings
    _settings = (config, timeout, mode, rows, keep)
    # Ctrl-C goes to the whole process group: the parent stops the pool, workers need not.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_chunk(chunk: list[Job]) -> list[Outcome]:
    assert _settings is not None, "_init_worker was not run"
    config, timeout, mode, rows, keep = _settings
    return [check_one(job, config, timeout, mode, rows, keep) for job in chunk]


def _chunks(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        text = job[1]
        size += len(text) if isinstance(text, str) else 0
        if len(chunk) >= CHUNK_DOCS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run(
    jobs: Iterable[Job],
    config: Config,
    *,
    workers: int = 1,
    timeout: float | None = None,
    mode: Mode = "report",
    rows: Rows = "claims",
    keep: tuple[Detail, ...] = (),
) -> Generator[tuple[Job, Outcome], None, None]:
    """Check ``jobs`` lazily, yielding each job with its outcome, in input order.

    With ``workers`` > 1 (or a ``timeout`` this thread cannot time), the jobs are checked in
    a pool of processes, a few chunks ahead of the reader. Closing the iterator early stops
    the pool.
    """
    if workers <= 1:
        for job in jobs:
            yield job, check_one(job, config, timeout, mode, rows, keep)
        return
    yield from _pooled(jobs, config, max(workers, 1), timeout, mode, rows, keep)


def _pooled(
    jobs: Iterable[Job],
    config: Config,
    workers: int,
    timeout: float | None,
    mode: Mode,
    rows: Rows,
    keep: tuple[Detail, ...],
) -> Generator[tuple[Job, Outcome], None, None]:
    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(config, timeout, mode, rows, keep)
        )

    pool = new_pool()
    pending: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()

    def collect() -> Iterator[tuple[Job, Outcome]]:
        nonlocal pool
        chunk, future = pending.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): this chunk's documents are lost, the
            # chunks after it are checked again in a new pool.
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            for i, (later, _) in enumerate(pending):
                pending[i] = (later, pool.submit(_check_chunk, later))
            outcomes = [(None, "worker process died while checking it")] * len(chunk)
        yield from zip(chunk, outcomes)

    try:
        for chunk in _chunks(jobs):
            pending.append((chunk, pool.submit(_check_chunk, chunk)))
            if len(pending) >= workers * IN_FLIGHT:
                yield from collect()
        while pending:
            yield from collect()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class BadItem:
    """Stands for an input item that is no text nor ``(id, text)`` pair: its error result is
    made where the item stands in the output."""

    def __init__(self, error: str) -> None:
        self.error = error


def _pair(n: int, item: Any, format: Kind | None) -> Job:
    if isinstance(item, str):
        return n, item, format
    if isinstance(item, tuple | list) and len(item) == 2:
        return item[0], item[1], format
    return n, BadItem(f"expected a str or an (id, text) pair, got {type(item).__name__}"), None


def check_many(
    items: Iterable[str | tuple[Any, str]],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    config: Config | None = None,
    format: Kind | None = None,
) -> Iterator[DocumentResult]:
    """Check many documents, yielding one :class:`DocumentResult` per item, in input order.

    ``items`` is any iterable (a list, a generator, an endless stream) of texts or
    ``(id, text)`` pairs; a text's id is its 0-based position. ``jobs`` > 1 checks in that
    many processes (0: one per CPU), a few chunks ahead of the consumer, so memory stays
    flat however long the input. ``timeout`` (seconds) bounds each document. ``format``
    (``"text"``, ``"markdown"``, ``"html"``) checks each text as :func:`check_document`
    does; None (the default) as :func:`check` does.

    A document that cannot be checked (not a ``str``, past its timeout, an internal error)
    yields a result with its id, ``report=None`` and a one-line ``error``; the others go on.
    Bad arguments raise :class:`TypeError` or :class:`ValueError` at once.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"check_many() jobs must be a whole number >= 0, got {jobs!r}")
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ValueError(
            f"check_many() timeout must be a positive number of seconds, got {timeout!r}"
        )
    if config is None:
        config = Config()
    elif not isinstance(config, Config):
        raise TypeError(
            f"check_many() expects config as attribution.Config, got {type(config).__name__}"
        )
    if format is not None and format not in KINDS:
        raise ValueError(
            f"check_many() format must be one of {', '.join(KINDS)} or None; got {format!r}"
        )
    if isinstance(items, str | bytes):
        raise TypeError("check_many() expects an iterable of texts, not one text: use check()")
    workers = jobs or (os.cpu_count() or 1)
    return _results(iter(items), config, workers, timeout, format)


def _results(
    items: Iterator[Any], config: Config, workers: int, timeout: float | None, format: Kind | None
) -> Iterator[DocumentResult]:
    jobs = (_pair(n, item, format) for n, item in enumerate(items))
    checked = run(jobs, config, workers=workers, timeout=timeout, mode="report")
    try:
        for (doc_id, text, _), (payload, error) in checked:
            if error is not None:
                yield DocumentResult(doc_id, None, error)
            else:
                claims, findings, sentences = payload
                yield DocumentResult(doc_id, Report(text, claims, findings, sentences))
    finally:
        checked.close()
