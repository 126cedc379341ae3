#!/usr/bin/env python
"""Speed and scale benchmark for ``attribution.check()`` and the ``attribution check`` CLI.

    python benchmarks/bench.py [--quick] [--json-out FILE] [--corpus DIR]

Sections (see docs/performance.md for what each figure means and the targets):

1. throughput of ``check()`` over each ``*.jsonl`` corpus file (MB/s of UTF-8 text, articles/s),
   single process, fastest of ``--repeat`` passes, with the time ratio against a bare
   ``re.compile(r"\\d+")`` scan of the same texts, which takes turns with ``check()``;
2. per-article latency (each article's fastest call): p50 / p99 / max over all articles, and
   p99 for articles up to 5 KB;
3. scaling: one ~2-3 KB bbc.jsonl article repeated 1x, 10x, 100x, 1000x (joined with "\\n\\n"),
   time per character relative to 1x;
4. adversarial inputs built at run time (digits and separators, quote marks, "said " repeated,
   one endless unpunctuated sentence, "1.1.1."), each timed once;
5. the CLI over the corpus written out as one .txt file per article: wall time serial and with
   ``--jobs 2``, and the peak RSS.

The corpus texts are read at run time and never copied into the repository (the CLI section writes
them to a temporary directory that is removed afterwards).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import gc
import io
import json
import math
import multiprocessing
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_JSON_OUT = ROOT / "benchmarks" / "results" / "latest.json"

if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

import attribution  # noqa: E402

MB = 1_000_000
SMALL_ARTICLE_BYTES = 5 * 1024  # "articles up to 5 KB"
SCALING_ARTICLE_BYTES = (2000, 3000)  # pick a ~2-3 KB article for the scaling run

# Targets from the "Speed and scale" issue. Keys match ``evaluate_targets``.
TARGETS = {
    "bbc_mb_per_s": ("check() over bbc.jsonl, single process", ">=", 2.0, "MB/s"),
    "bbc_ratio_vs_bare_re": ("check() / bare re scan time, bbc.jsonl", "<=", 20.0, "x"),
    "p99_le_5kb_ms": ("p99 latency, articles <= 5 KB", "<", 5.0, "ms"),
    "scaling_max_per_char": ("time per char at largest repetition vs 1x", "<=", 1.2, "x"),
    "adversarial_max_s": ("slowest adversarial input", "<", 1.0, "s"),
    "cli_peak_rss_mb": ("CLI peak RSS over the corpus (serial)", "<", 150.0, "MB"),
}

CheckFn = Callable[[str], Any]
BARE_RE = re.compile(r"\d+")


# --------------------------------------------------------------------------------------- corpus


def load_corpus(corpus_dir: Path, limit: int | None = None) -> dict[str, list[str]]:
    """``{file stem: [text, ...]}`` for every ``*.jsonl`` in ``corpus_dir``, sorted by name.

    ``limit`` keeps only the first N articles of each file. Lines without a ``text`` string are
    skipped.
    """
    return {path.stem: read_texts(path, limit) for path in sorted(Path(corpus_dir).glob("*.jsonl"))}


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    """The ``text`` strings of one ``*.jsonl`` file (the first ``limit`` of them), skipping
    blank lines and lines without a ``text`` string."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(texts) >= limit:
                break
            line = line.strip()
            if not line:
                continue
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    return texts


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


# ----------------------------------------------------------------------------------- statistics


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of ``values``; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def latency_stats(latencies_s: Sequence[float], sizes: Sequence[int]) -> dict[str, Any]:
    """p50 / p99 / max (ms) over all articles, and p99 over articles of at most 5 KB."""
    small = [t for t, n in zip(latencies_s, sizes, strict=True) if n <= SMALL_ARTICLE_BYTES]
    return {
        "articles": len(latencies_s),
        "p50_ms": percentile(latencies_s, 50) * 1e3,
        "p99_ms": percentile(latencies_s, 99) * 1e3,
        "max_ms": (max(latencies_s) * 1e3) if latencies_s else math.nan,
        "articles_le_5kb": len(small),
        "p99_le_5kb_ms": percentile(small, 99) * 1e3,
    }


# ----------------------------------------------------------------------------------- throughput


def bare_scan(texts: Iterable[str]) -> int:
    """The baseline: iterate ``\\d+`` matches over each text. Returns the match count."""
    n = 0
    finditer = BARE_RE.finditer
    for text in texts:
        for _ in finditer(text):
            n += 1
    return n


WARM_UP_ARTICLES = 200
"""Articles of each file checked once, untimed, before the throughput passes."""

BARE_SCAN_CHUNK = 50
"""Articles checked between two turns of the bare scan (see :func:`measure_file`)."""


def measure_file(
    texts: Sequence[str], check: CheckFn = attribution.check, repeat: int = 1
) -> dict[str, Any]:
    """Run ``check`` over ``texts`` ``repeat`` times, timing each call, and keep the fastest
    pass (and each article's fastest call).

    The bare scan takes turns with ``check``: each ``BARE_SCAN_CHUNK`` articles checked are
    then scanned, and a pass's ratio is its two sums. This machine's speed moves by a third
    from one stretch of seconds to the next; a bare scan timed apart (a tenth of a second,
    best of three) caught its fast stretches and set them against the average of ``check``'s
    seconds-long pass, which put the ratio up to 20 % too high or, in slow stretches, too
    low. Taking turns, both sides see the same stretches."""
    sizes = [utf8_len(t) for t in texts]
    latencies = [math.inf] * len(texts)
    claims = 0
    seconds = bare_s = math.inf
    perf = time.perf_counter
    for _ in range(max(1, repeat)):
        claims = 0
        check_pass = bare_pass = 0.0
        for lo in range(0, len(texts), BARE_SCAN_CHUNK):
            chunk = texts[lo : lo + BARE_SCAN_CHUNK]
            for n, text in enumerate(chunk, lo):
                t0 = perf()
                report = check(text)
                elapsed = perf() - t0
                check_pass += elapsed
                if elapsed < latencies[n]:
                    latencies[n] = elapsed
                claims += len(getattr(report, "claims", ()))
            t0 = perf()
            bare_scan(chunk)
            bare_pass += perf() - t0
        if check_pass < seconds:  # the fastest pass, with the bare scan timed beside it
            seconds, bare_s = check_pass, bare_pass
    total_bytes = sum(sizes)
    return {
        "articles": len(texts),
        "bytes": total_bytes,
        "claims": claims,
        "seconds": seconds,
        "mb_per_s": total_bytes / MB / seconds if seconds > 0 else math.nan,
        "articles_per_s": len(texts) / seconds if seconds > 0 else math.nan,
        "bare_re_seconds": bare_s,
        "ratio_vs_bare_re": seconds / bare_s if bare_s > 0 else math.nan,
        "_latencies": latencies,
        "_sizes": sizes,
    }


def measure_throughput(
    corpus: dict[str, list[str]], check: CheckFn = attribution.check, repeat: int = 1
) -> dict[str, Any]:
    """Per-file and overall throughput, plus latency percentiles over all articles; each file
    is checked ``repeat`` times and its fastest pass kept (see :func:`measure_file`)."""
    # Warm up, untimed, on some of every file, so that first-use costs (the interpreter
    # specialising its code, the allocator growing its arenas) stay out of the timings.
    check("Warm-up: 3 people were hurt, police said.")
    for texts in corpus.values():
        for text in texts[:WARM_UP_ARTICLES]:
            check(text)
    per_file: dict[str, dict[str, Any]] = {}
    all_lat: list[float] = []
    all_sizes: list[int] = []
    for name, texts in corpus.items():
        row = measure_file(texts, check, repeat)
        all_lat.extend(row.pop("_latencies"))
        all_sizes.extend(row.pop("_sizes"))
        per_file[name] = row
        print(
            f"  {name:<26} {row['articles']:>5} articles  {row['mb_per_s']:6.3f} MB/s  "
            f"ratio {row['ratio_vs_bare_re']:6.1f}x",
            file=sys.stderr,
            flush=True,
        )
    seconds = sum(r["seconds"] for r in per_file.values())
    bare_s = sum(r["bare_re_seconds"] for r in per_file.values())
    total_bytes = sum(r["bytes"] for r in per_file.values())
    articles = sum(r["articles"] for r in per_file.values())
    overall = {
        "articles": articles,
        "bytes": total_bytes,
        "claims": sum(r["claims"] for r in per_file.values()),
        "seconds": seconds,
        "mb_per_s": total_bytes / MB / seconds if seconds > 0 else math.nan,
        "articles_per_s": articles / seconds if seconds > 0 else math.nan,
        "bare_re_seconds": bare_s,
        "ratio_vs_bare_re": seconds / bare_s if bare_s > 0 else math.nan,
    }
    return {
        "files": per_file,
        "overall": overall,
        "latency": latency_stats(all_lat, all_sizes),
    }


# -------------------------------------------------------------------------------- isolated runs


def _child(conn: Any, fn: Callable[[], dict[str, Any]]) -> None:
    try:
        conn.send(("ok", fn()))
    except BaseException as exc:  # report anything, including MemoryError
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_isolated(fn: Callable[[], dict[str, Any]], timeout: float | None) -> dict[str, Any]:
    """Call ``fn`` (which returns a dict) in a forked child, killing it after ``timeout`` seconds.

    A pathological input then shows up as ``{"status": "timeout"}`` instead of hanging the run.
    ``timeout=None``, or a platform without ``fork``, calls ``fn`` in this process.
    """
    if timeout is None or "fork" not in multiprocessing.get_all_start_methods():
        try:
            return {"status": "ok", **fn()}
        except Exception as exc:
            return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            status, payload = parent.recv()
        else:
            status, payload = "timeout", f"no result after {timeout:g} s"
    except EOFError:
        status, payload = "error", "child exited without a result"
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status == "ok":
        return {"status": "ok", **payload}
    key = "error"
    return {"status": status, key: payload}


def _time_check(text: str, check: CheckFn) -> dict[str, Any]:
    gc.collect()
    t0 = time.perf_counter()
    report = check(text)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "claims": len(getattr(report, "claims", ())),
        "findings": len(getattr(report, "findings", ())),
    }


# -------------------------------------------------------------------------------------- scaling


def pick_scaling_article(
    texts: Sequence[str], lo: int = SCALING_ARTICLE_BYTES[0], hi: int = SCALING_ARTICLE_BYTES[1]
) -> tuple[int, str]:
    """``(index, text)`` of the first article of ``lo``..``hi`` UTF-8 bytes, else the closest."""
    if not texts:
        raise ValueError("no articles to pick a scaling article from")
    for i, text in enumerate(texts):
        if lo <= utf8_len(text) <= hi:
            return i, text
    mid = (lo + hi) / 2
    i = min(range(len(texts)), key=lambda k: abs(utf8_len(texts[k]) - mid))
    return i, texts[i]


def _best_time(
    text: str, check: CheckFn, min_total: float, max_reps: int, min_reps: int = 1
) -> dict[str, Any]:
    """Best single-call time of ``check(text)``: at least ``min_reps`` calls, then more until
    ``min_total`` s or ``max_reps``."""
    best = math.inf
    total = 0.0
    reps = 0
    result: dict[str, Any] = {}
    while reps < max_reps and (reps < min_reps or total < min_total):
        result = _time_check(text, check)
        best = min(best, result["seconds"])
        total += result["seconds"]
        reps += 1
    return {**result, "seconds": best, "reps": reps}


def measure_scaling(
    article: str,
    factors: Sequence[int] = (1, 10, 100, 1000),
    check: CheckFn = attribution.check,
    timeout: float | None = None,
    min_total: float = 0.5,
    min_reps: int = 3,
) -> list[dict[str, Any]]:
    """Time ``check`` on ``article`` repeated ``factor`` times; per-char time relative to 1x.

    Each size is timed as the best of several calls (until ``min_total`` seconds are spent,
    at most 50 calls, at least ``min_reps``) so that no size is read off one unlucky moment
    of this machine, whose speed moves from second to second.
    """
    check(article)  # warm-up
    rows: list[dict[str, Any]] = []
    base_per_char: float | None = None
    for factor in factors:
        text = "\n\n".join([article] * factor)

        def run(text: str = text) -> dict[str, Any]:
            return _best_time(text, check, min_total, 50, min_reps)

        res = run_isolated(run, timeout)
        row: dict[str, Any] = {"factor": factor, "chars": len(text), "bytes": utf8_len(text)}
        row.update(res)
        if res["status"] == "ok":
            per_char = res["seconds"] / len(text)
            row["us_per_char"] = per_char * 1e6
            if base_per_char is None:
                base_per_char = per_char
            row["per_char_vs_1x"] = per_char / base_per_char
        rows.append(row)
        print(
            f"  scaling {factor:>5}x  {row.get('seconds', math.nan):8.3f} s  "
            f"{row.get('per_char_vs_1x', math.nan):5.2f}x per char  [{res['status']}]",
            file=sys.stderr,
            flush=True,
        )
    return rows


# ---------------------------------------------------------------------------------- adversarial


def _cycle(unit: str, n_chars: int) -> str:
    return (unit * (n_chars // len(unit) + 1))[:n_chars]


_ENDLESS_TEXT = (
    "the officials told reporters that about 40 people were in a crowd which police "
    "estimated at 300 according to a spokesman who said the figure of 12 percent was "
    "disputed by analysts and the ministry claimed another 7 million had been spent"
)
_ENDLESS_WORDS = _ENDLESS_TEXT.split()


def _endless_sentence(n_bytes: int) -> str:
    out: list[str] = []
    size = 0
    i = 0
    while size < n_bytes:
        word = _ENDLESS_WORDS[i % len(_ENDLESS_WORDS)]
        out.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(out)[:n_bytes]


# name -> (description, builder(n_bytes) -> text of about n_bytes UTF-8 bytes)
ADVERSARIAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits_separators": ('"1,2.3 " repeated', lambda n: _cycle("1,2.3 ", n)),
    # Curly quotes are 3 bytes in UTF-8; the unit is 4 ASCII + 4 x 3 bytes = 16 bytes for 8 chars.
    "quote_marks": (
        '"\u201c\u201d\'\u2018\u2019 " (straight and curly)',
        lambda n: _cycle('"\u201c\u201d\'\u2018\u2019 "', n // 2),
    ),
    "said_repeated": ('"said " repeated', lambda n: _cycle("said ", n)),
    "endless_sentence": (
        "one sentence of words (incl. numbers, cues) without punctuation",
        _endless_sentence,
    ),
    "dotted_ones": ('"1.1.1." repeated', lambda n: _cycle("1.1.1.", n)),
}


def build_adversarial(n_bytes: int) -> dict[str, str]:
    return {name: build(n_bytes) for name, (_, build) in ADVERSARIAL.items()}


def measure_adversarial(
    n_bytes: int, check: CheckFn = attribution.check, timeout: float | None = None
) -> dict[str, dict[str, Any]]:
    """Time ``check`` once on each adversarial input of about ``n_bytes`` bytes."""
    check("Warm-up: 3 people were hurt, police said.")
    results: dict[str, dict[str, Any]] = {}
    for name, text in build_adversarial(n_bytes).items():
        res = run_isolated(lambda text=text: _time_check(text, check), timeout)
        results[name] = {
            "description": ADVERSARIAL[name][0],
            "bytes": utf8_len(text),
            **res,
        }
        print(
            f"  adversarial {name:<18} {res.get('seconds', math.nan):8.3f} s  [{res['status']}]",
            file=sys.stderr,
            flush=True,
        )
    return results


# ------------------------------------------------------------------------------------------- CLI


def write_corpus_files(corpus: dict[str, list[str]], dest: Path) -> dict[str, int]:
    """Write each article as ``dest/<file stem>/<index>.txt``; returns file count and bytes."""
    files = 0
    total = 0
    for name, texts in corpus.items():
        sub = dest / name
        sub.mkdir(parents=True, exist_ok=True)
        for i, text in enumerate(texts):
            data = text.encode("utf-8")
            (sub / f"{i:05d}.txt").write_bytes(data)
            files += 1
            total += len(data)
    return {"files": files, "bytes": total}


def cli_help() -> str | None:
    """``attribution check --help`` output, or None if the CLI cannot even print its help."""
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "attribution", "check", "--help"],
            capture_output=True,
            text=True,
            env=_cli_env(),
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _cli_env() -> dict[str, str]:
    pythonpath = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": pythonpath}


def cli_command(target: Path, jobs: int | None, help_text: str) -> list[str]:
    """The CLI invocation, using only the flags ``--help`` advertises."""
    cmd = [sys.executable, "-m", "attribution", "check"]
    for flag in ("--exit-zero", "--isolated", "--quiet"):
        if flag in help_text:
            cmd.append(flag)
    if "--format" in help_text and "concise" in help_text:
        cmd += ["--format", "concise"]
    if "--output-file" in help_text:
        cmd += ["--output-file", os.devnull]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    cmd.append(str(target))
    return cmd


def _proc_tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS (kB) of ``pid`` and all its descendants, from /proc (Linux); 0 if unknown."""
    total = 0
    stack = [pid]
    seen: set[int] = set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


class _TreeRssSampler(threading.Thread):
    """Samples the summed RSS of a process tree every ``interval`` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak_kb = max(self.peak_kb, _proc_tree_rss_kb(self.pid))
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


_GNU_TIME = "/usr/bin/time"
_MAXRSS_RE = re.compile(r"Maximum resident set size \(kbytes\):\s*(\d+)")


def run_cli(
    target: Path, jobs: int | None, help_text: str | None, timeout: float = 3600
) -> dict[str, Any]:
    """Run the CLI over ``target``: wall time, peak RSS; ``status`` 'unavailable' on any failure.

    ``peak_rss_mb`` is the largest single process (``ru_maxrss`` semantics, via ``/usr/bin/time
    -v`` when present); ``peak_rss_tree_mb`` is the sampled peak of the summed RSS of the whole
    process tree (main process plus ``--jobs`` workers), on Linux only.
    """
    row: dict[str, Any] = {"jobs": jobs or 1}
    if help_text is None:
        return {**row, "status": "unavailable", "reason": "`attribution check --help` failed"}
    if jobs is not None and "--jobs" not in help_text:
        return {**row, "status": "unavailable", "reason": "--jobs not supported by the CLI"}
    cmd = cli_command(target, jobs, help_text)
    use_gnu_time = os.access(_GNU_TIME, os.X_OK) and sys.platform.startswith("linux")
    full_cmd = [_GNU_TIME, "-v", *cmd] if use_gnu_time else cmd
    row["command"] = " ".join(cmd[1:]).replace(str(target), "<corpus-dir>")
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            full_cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_cli_env(),
            cwd=target,
        )
        sampler = _TreeRssSampler(proc.pid) if os.path.isdir("/proc") else None
        if sampler:
            sampler.start()
        try:
            _, stderr_b = proc.communicate(timeout=timeout)
        finally:
            if sampler:
                sampler.stop()
        wall = time.perf_counter() - t0
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {**row, "status": "unavailable", "reason": f"timed out after {timeout:g} s"}
    except OSError as exc:
        return {**row, "status": "unavailable", "reason": f"could not start: {exc}"}
    stderr = stderr_b.decode("utf-8", "replace")
    if proc.returncode != 0:
        tail = " | ".join(stderr.strip().splitlines()[-3:])
        return {**row, "status": "unavailable", "reason": f"exit {proc.returncode}: {tail}"}
    row.update(status="ok", wall_s=wall)
    m = _MAXRSS_RE.search(stderr) if use_gnu_time else None
    if m:
        row["peak_rss_mb"] = int(m.group(1)) / 1024
        row["rss_method"] = "/usr/bin/time -v (largest single process)"
    else:
        import resource  # POSIX only

        maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # kB on Linux, bytes on macOS; an upper bound: the max over every child waited for so far
        row["peak_rss_mb"] = maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        row["rss_method"] = "getrusage(RUSAGE_CHILDREN) (max over all children so far)"
    if sampler and sampler.peak_kb:
        # includes the small /usr/bin/time wrapper process when it is used
        row["peak_rss_tree_mb"] = sampler.peak_kb / 1024
    return row


def measure_cli(
    corpus: dict[str, list[str]], jobs_list: Sequence[int | None] = (None, 2)
) -> dict[str, Any]:
    """Write the corpus as .txt files to a temp dir and run the CLI over it for each ``jobs``."""
    help_text = cli_help()
    tmp = Path(tempfile.mkdtemp(prefix="attribution-bench-"))
    try:
        written = write_corpus_files(corpus, tmp)
        runs = []
        for jobs in jobs_list:
            row = run_cli(tmp, jobs, help_text)
            if row.get("status") == "ok":
                row["files_per_s"] = written["files"] / row["wall_s"]
                row["mb_per_s"] = written["bytes"] / MB / row["wall_s"]
            runs.append(row)
            print(
                f"  cli jobs={row['jobs']}  {row.get('wall_s', math.nan):8.2f} s  "
                f"[{row['status']}] {row.get('reason', '')}",
                file=sys.stderr,
                flush=True,
            )
        return {**written, "runs": runs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------- reporting


def evaluate_targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Compare the measured figures with :data:`TARGETS`; ``met`` is None when not measured."""
    thr = results.get("throughput", {})
    bbc = thr.get("files", {}).get("bbc", {})
    measured: dict[str, float | None] = {
        "bbc_mb_per_s": bbc.get("mb_per_s"),
        "bbc_ratio_vs_bare_re": bbc.get("ratio_vs_bare_re"),
        "p99_le_5kb_ms": thr.get("latency", {}).get("p99_le_5kb_ms"),
    }
    scaling = [r for r in results.get("scaling", {}).get("rows", []) if r.get("status") == "ok"]
    sc_rows = results.get("scaling", {}).get("rows", [])
    if sc_rows and all(r.get("status") == "ok" for r in sc_rows):
        measured["scaling_max_per_char"] = scaling[-1]["per_char_vs_1x"]
    elif sc_rows:
        measured["scaling_max_per_char"] = math.inf  # a size timed out or failed
    adv = results.get("adversarial", {}).get("inputs", {})
    if adv:
        measured["adversarial_max_s"] = max(
            (r["seconds"] if r.get("status") == "ok" else math.inf) for r in adv.values()
        )
    serial = [
        r for r in results.get("cli", {}).get("runs", []) if r.get("jobs") == 1 and "status" in r
    ]
    if serial:
        measured["cli_peak_rss_mb"] = serial[0].get("peak_rss_mb")
    out: dict[str, dict[str, Any]] = {}
    for key, (label, op, target, unit) in TARGETS.items():
        value = measured.get(key)
        met: bool | None
        if value is None or (isinstance(value, float) and math.isnan(value)):
            met = None
        else:
            met = {">=": value >= target, "<=": value <= target, "<": value < target}[op]
        out[key] = {
            "label": label,
            "target": f"{op} {target:g} {unit}",
            "value": value,
            "met": met,
        }
    return out


def _f(value: Any, fmt: str = ".3f") -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and math.isinf(value):
        return "inf"
    if isinstance(value, float) and math.isnan(value):
        return "n/a"
    return format(value, fmt)


_NUMERIC = re.compile(r"^(?:[-+]?[\d.,]+(?:e[-+]?\d+)?x?|n/a|inf|-+)$")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i and _NUMERIC.match(c) else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    lines = [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    return "\n".join(ln.rstrip() for ln in lines)


def render(results: dict[str, Any]) -> str:
    """The human-readable report: one table per section, then the targets."""
    out = io.StringIO()
    meta = results["meta"]
    print(
        f"attribution benchmark  {meta['date']}  mode={meta['mode']}  "
        f"python {meta['python']}  {meta['cpus']} CPUs  {meta['machine']}",
        file=out,
    )
    thr = results.get("throughput")
    if thr:
        print("\nThroughput of check() (single process)", file=out)
        rows = []
        for name, r in [*thr["files"].items(), ("OVERALL", thr["overall"])]:
            rows.append(
                [
                    name,
                    str(r["articles"]),
                    _f(r["bytes"] / MB, ".2f"),
                    _f(r["seconds"], ".2f"),
                    _f(r["mb_per_s"]),
                    _f(r["articles_per_s"], ".0f"),
                    _f(r["bare_re_seconds"] * 1e3, ".1f"),
                    _f(r["ratio_vs_bare_re"], ".1f"),
                ]
            )
        print(
            _table(
                ["file", "articles", "MB", "check s", "MB/s", "art/s", "bare re ms", "check/bare"],
                rows,
            ),
            file=out,
        )
        lat = thr["latency"]
        print("\nPer-article latency of check()", file=out)
        print(
            _table(
                ["articles", "p50 ms", "p99 ms", "max ms", "<=5KB articles", "p99 <=5KB ms"],
                [
                    [
                        str(lat["articles"]),
                        _f(lat["p50_ms"], ".2f"),
                        _f(lat["p99_ms"], ".2f"),
                        _f(lat["max_ms"], ".1f"),
                        str(lat["articles_le_5kb"]),
                        _f(lat["p99_le_5kb_ms"], ".2f"),
                    ]
                ],
            ),
            file=out,
        )
    sc = results.get("scaling")
    if sc:
        print(
            f"\nScaling: article {sc['article']['source']} ({sc['article']['bytes']} B) "
            "repeated, joined with \\n\\n",
            file=out,
        )
        rows = [
            [
                f"{r['factor']}x",
                str(r["chars"]),
                _f(r.get("seconds"), ".4f"),
                _f(r.get("us_per_char"), ".3f"),
                _f(r.get("per_char_vs_1x"), ".2f"),
                r["status"],
            ]
            for r in sc["rows"]
        ]
        print(
            _table(["repeat", "chars", "seconds", "us/char", "per char vs 1x", "status"], rows),
            file=out,
        )
    adv = results.get("adversarial")
    if adv:
        print(f"\nAdversarial inputs (~{adv['bytes'] / MB:g} MB each, one call)", file=out)
        rows = [
            [
                name,
                r["description"],
                str(r["bytes"]),
                _f(r.get("seconds"), ".3f"),
                str(r.get("claims", "")),
                r["status"],
            ]
            for name, r in adv["inputs"].items()
        ]
        print(_table(["input", "pattern", "bytes", "seconds", "claims", "status"], rows), file=out)
    cli = results.get("cli")
    if cli:
        print(f"\nCLI over {cli['files']} .txt files ({cli['bytes'] / MB:.2f} MB)", file=out)
        rows = []
        for r in cli["runs"]:
            if r["status"] == "ok":
                rows.append(
                    [
                        f"--jobs {r['jobs']}" if r["jobs"] > 1 else "serial",
                        _f(r["wall_s"], ".2f"),
                        _f(r["files_per_s"], ".0f"),
                        _f(r["mb_per_s"], ".3f"),
                        _f(r.get("peak_rss_mb"), ".1f"),
                        _f(r.get("peak_rss_tree_mb"), ".1f"),
                        "ok",
                    ]
                )
            else:
                rows.append(
                    [
                        f"--jobs {r['jobs']}" if r["jobs"] > 1 else "serial",
                        "n/a",
                        "n/a",
                        "n/a",
                        "n/a",
                        "n/a",
                        f"unavailable: {r.get('reason', '')}"[:80],
                    ]
                )
        print(
            _table(
                ["run", "wall s", "files/s", "MB/s", "peak RSS MB", "tree RSS MB", "status"], rows
            ),
            file=out,
        )
    targets = results.get("targets")
    if targets:
        print("\nTargets", file=out)
        rows = []
        for t in targets.values():
            verdict = {True: "MET", False: "NOT MET", None: "not measured"}[t["met"]]
            rows.append([t["label"], t["target"], _f(t["value"], ".3f"), verdict])
        print(_table(["target", "goal", "measured", "verdict"], rows), file=out)
    return out.getvalue()


def _json_safe(obj: Any) -> Any:
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None if math.isnan(obj) else str(obj)
    if isinstance(obj, dict):
        return {k: _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    return obj


def write_json(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_json_safe(results), indent=2) + "\n", encoding="utf-8")


def machine_info() -> dict[str, Any]:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 0
    model = platform.processor()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": model or platform.machine(),
        "cpus": cpus,
    }


# ------------------------------------------------------------------------------------- profile


def profile_check(texts: Sequence[str], top: int = 15, check: CheckFn = attribution.check) -> str:
    """cProfile ``check`` over ``texts``; the top ``top`` functions by tottime, as text."""
    check("Warm-up: 3 people were hurt, police said.")
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        check(text)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


# ---------------------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: first 300 articles per file, scaling to 100x, 200 KB adversarial inputs",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"directory of *.jsonl files (default: {DEFAULT_CORPUS})",
    )
    p.add_argument(
        "--json-out",
        type=Path,
        default=DEFAULT_JSON_OUT,
        help="where to write the JSON results (default: benchmarks/results/latest.json)",
    )
    p.add_argument(
        "--max-articles",
        type=int,
        default=None,
        help="only the first N articles of each file (default: all; 300 with --quick)",
    )
    p.add_argument(
        "--scale-max",
        type=int,
        default=None,
        help="largest repetition factor (default 1000; 100 with --quick)",
    )
    p.add_argument(
        "--adversarial-bytes",
        type=int,
        default=None,
        help="size of each adversarial input (default 1000000; 200000 with --quick)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="kill a scaling or adversarial run after this many seconds and report it "
        "as a timeout (default 120; 20 with --quick)",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="passes of check() over each file, fastest kept, per article too (default 3; "
        "1 with --quick)",
    )
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["throughput", "scaling", "adversarial", "cli"],
        help="skip a section; repeatable",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="instead of benchmarking, cProfile check() over bbc.jsonl (or the first "
        "file) and print the top functions by tottime",
    )
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    limit = args.max_articles if args.max_articles is not None else (300 if args.quick else None)
    scale_max = args.scale_max if args.scale_max is not None else (100 if args.quick else 1000)
    adv_bytes = args.adversarial_bytes or (200_000 if args.quick else 1_000_000)
    timeout = args.timeout if args.timeout is not None else (20.0 if args.quick else 120.0)
    repeat = args.repeat if args.repeat is not None else (1 if args.quick else 3)

    corpus = load_corpus(args.corpus, limit)
    if not corpus:
        print(f"no *.jsonl files in {args.corpus}", file=sys.stderr)
        return 2
    picked_name = "bbc" if "bbc" in corpus else next(iter(corpus))

    if args.profile:
        print(profile_check(corpus[picked_name], top=15))
        return 0

    results: dict[str, Any] = {
        "meta": {
            "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "mode": "quick" if args.quick else "full",
            "corpus": str(args.corpus),
            "max_articles_per_file": limit,
            "timeout_s": timeout,
            "throughput_passes": repeat,
            "attribution_version": getattr(attribution, "__version__", None),
            **machine_info(),
        }
    }
    if "throughput" not in args.skip:
        print("throughput ...", file=sys.stderr)
        results["throughput"] = measure_throughput(corpus, repeat=repeat)
    if "scaling" not in args.skip:
        print("scaling ...", file=sys.stderr)
        idx, article = pick_scaling_article(corpus[picked_name])
        factors = [f for f in (1, 10, 100, 1000, 10000) if f <= scale_max] or [1]
        results["scaling"] = {
            "article": {
                "source": f"{picked_name}.jsonl line {idx + 1}",
                "bytes": utf8_len(article),
                "chars": len(article),
            },
            "rows": measure_scaling(article, factors, timeout=timeout),
        }
    if "adversarial" not in args.skip:
        print("adversarial ...", file=sys.stderr)
        results["adversarial"] = {
            "bytes": adv_bytes,
            "inputs": measure_adversarial(adv_bytes, timeout=timeout),
        }
    if "cli" not in args.skip:
        print("cli ...", file=sys.stderr)
        results["cli"] = measure_cli(corpus)
    results["targets"] = evaluate_targets(results)

    print(render(results))
    write_json(results, args.json_out)
    print(f"JSON written to {args.json_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
