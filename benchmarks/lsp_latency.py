#!/usr/bin/env python
"""Latency of the language server: how soon after a change a 5 KB article's diagnostics come.

    python benchmarks/lsp_latency.py [--articles N] [--repeat N] [--debounce MS] [--corpus DIR]

Two figures (docs/performance.md, "Language server"):

1. in process: the work the server does when its debounce fires, timed around the same
   functions (read the configuration, extract, check, map back, convert every finding's range
   to UTF-16 positions); each article's fastest of ``--repeat`` calls;
2. end to end: ``attribution server`` as a subprocess, driven over its stdin and stdout as an
   editor drives it; the time from writing a ``didChange`` to reading the
   ``publishDiagnostics`` of that version, with the debounce set to 0 and to ``--debounce``
   (that run's figures are also given less the debounce). Every change sent is timed.

Articles are those of ``../shared/corpus/*.jsonl`` of about 5 KB (4,608 to 5,632 bytes of
UTF-8), read at run time and never copied into the repository. Needs the ``server`` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SIZE = (4608, 5632)  # "a 5 KB article": 5,120 bytes give or take half a KB
TARGET_MS = 50.0

if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from attribution._server import Lines, analyse  # noqa: E402


def pick_articles(corpus: Path, count: int, size: tuple[int, int] = SIZE) -> list[str]:
    """The first ``count`` texts of ``size`` bytes (UTF-8) in the corpus files, by file name
    and then line order."""
    out: list[str] = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                text = json.loads(line).get("text")
                if isinstance(text, str) and size[0] <= len(text.encode("utf-8")) <= size[1]:
                    out.append(text)
                    if len(out) == count:
                        return out
    return out


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def summary(values_ms: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values_ms),
        "p50_ms": percentile(values_ms, 50),
        "p95_ms": percentile(values_ms, 95),
        "max_ms": max(values_ms) if values_ms else float("nan"),
    }


def in_process(texts: Sequence[str], repeat: int, directory: Path) -> list[float]:
    """Each text's fastest time (ms) for what the server does when a check fires."""
    path = str(directory / "article.txt")
    out = []
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            analysis = analyse(text, "text", path, {})
            lines = Lines(text)
            assert analysis.report is not None
            for f in analysis.report.findings:
                lines.position(f.start)
                lines.position(f.end)
            best = min(best, time.perf_counter() - t0)
        out.append(best * 1000)
    return out


class _Server:
    """``attribution server`` in a subprocess, with just enough of a client to time it."""

    def __init__(self, cwd: Path, debounce_ms: float) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "attribution", "server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        options = {"debounce": debounce_ms}
        params = {"rootUri": cwd.as_uri(), "capabilities": {}, "initializationOptions": options}
        self.request(1, "initialize", {"processId": os.getpid(), **params})
        self.send({"method": "initialized", "params": {}})

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            length = None
            while True:
                line = self.proc.stdout.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if line.strip() == b"":
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.inbox.put(json.loads(self.proc.stdout.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.proc.stdin.flush()

    def receive(self, match: Any, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.inbox.get(timeout=max(0.0, deadline - time.monotonic()))
            if message is None:
                raise RuntimeError("the server closed its output")
            if match(message):
                return message

    def request(self, id: int, method: str, params: Any) -> Any:
        self.send({"id": id, "method": method, "params": params})
        return self.receive(lambda m: m.get("id") == id and "method" not in m).get("result")

    def diagnostics(self, uri: str, version: int) -> list[Any]:
        message = self.receive(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )
        return message["params"]["diagnostics"]  # type: ignore[no-any-return]

    def stop(self) -> int:
        self.request(2, "shutdown", None)
        self.send({"method": "exit", "params": None})
        return self.proc.wait(timeout=30)


def end_to_end(texts: Sequence[str], repeat: int, debounce_ms: float, cwd: Path) -> list[float]:
    """Milliseconds from each ``didChange`` written to its diagnostics read (debounce
    included), ``repeat`` changes per article."""
    server = _Server(cwd, debounce_ms)
    out = []
    try:
        for n, text in enumerate(texts):
            uri = (cwd / f"article-{n}.txt").as_uri()
            document = {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}
            server.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
            server.diagnostics(uri, 1)
            for version in range(2, repeat + 2):
                # Typing: one character more (or less) at the end of the article.
                edited = text + " " if version % 2 == 0 else text
                params = {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"text": edited}],
                }
                t0 = time.perf_counter()
                server.send({"method": "textDocument/didChange", "params": params})
                server.diagnostics(uri, version)
                out.append((time.perf_counter() - t0) * 1000)
    finally:
        code = server.stop()
    if code != 0:
        raise RuntimeError(f"the server exited {code}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=20, help="articles of about 5 KB")
    parser.add_argument("--repeat", type=int, default=10, help="calls or changes per article")
    parser.add_argument("--debounce", type=float, default=150.0, help="the server's default, ms")
    parser.add_argument("--json-out", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args(argv)
    texts = pick_articles(args.corpus, args.articles)
    if not texts:
        print(f"no articles of {SIZE[0]}-{SIZE[1]} bytes in {args.corpus}", file=sys.stderr)
        return 2
    sizes = [len(t.encode("utf-8")) for t in texts]
    print(f"{len(texts)} articles, {min(sizes):,}-{max(sizes):,} bytes; target {TARGET_MS:g} ms")
    results: dict[str, Any] = {"articles": len(texts), "bytes": [min(sizes), max(sizes)]}
    with tempfile.TemporaryDirectory(prefix="lsp-latency-") as tmp:
        directory = Path(tmp)
        in_process(texts[:2], 1, directory)  # warm-up: imports, compiled patterns
        results["in_process"] = summary(in_process(texts, args.repeat, directory))
        results["end_to_end_debounce_0"] = summary(end_to_end(texts, args.repeat, 0, directory))
        timed = end_to_end(texts, args.repeat, args.debounce, directory)
        results[f"end_to_end_debounce_{args.debounce:g}"] = summary(timed)
        results["end_to_end_less_debounce"] = summary([t - args.debounce for t in timed])
    print(f"{'measure':<32} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, s in results.items():
        if isinstance(s, dict):
            figures = " ".join(f"{s[k]:>8.1f}" for k in ("p50_ms", "p95_ms", "max_ms"))
            print(f"{name:<32} {s['n']:>5} {figures}")
    worst = max(results["in_process"]["max_ms"], results["end_to_end_debounce_0"]["p95_ms"])
    verdict = "yes" if worst <= TARGET_MS else "NO"
    print(f"in-process max and end-to-end p95 (no debounce) within {TARGET_MS:g} ms: {verdict}")
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
