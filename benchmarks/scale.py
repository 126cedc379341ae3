#!/usr/bin/env python
"""Archive mode over the whole corpus: identity of every path's rows, and per-core throughput.

    python benchmarks/scale.py [--corpus DIR] [--max-articles N] [--skip PATH] [--json-out FILE]

For every corpus article (``../shared/corpus/*.jsonl``; ids and texts only), the reference is
``attribution.records(attribution.check(text), id)``. Each path's rows are compared with it,
row for row, in order, per article:

- ``check_many``: ``check_many(pairs, jobs=2)``, ``records`` of each result;
- ``cli``: ``python -m attribution check --format jsonl`` over the corpus written as one JSONL
  file (and ``--jobs 2``), its peak RSS from ``/usr/bin/time -v`` (largest process);
- ``spark``: ``attribution.spark.claims`` on a ``local[2]`` session, written to Parquet;
- ``dask``: ``attribution.dask.claims`` on a bag, on a two-worker ``distributed`` cluster.

Throughput is articles per second per core: one core for plain ``check()`` (timed in this
process, the fastest of two passes), two for the parallel paths (their wall time, the session
or cluster already up and the input already loaded; Spark into its ``noop`` sink, Dask counted
in the workers, so that the figure is the path's and not the sink's). Plain ``check()`` is
timed just before each parallel path, so each ratio compares the same minutes of this noisy
machine. Exit status 1 when any path's rows differ. docs/scale.md reports the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_JSON_OUT = ROOT / "benchmarks" / "results" / "scale.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import attribution  # noqa: E402

PATHS = ("check_many", "cli", "spark", "dask")
COLD: dict[str, float] = {}  # a path's first timed pass, worker start-up included
CORES = 2


def load(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    out = []
    for path in sorted(corpus.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                out.append((d["id"], d["text"]))
    return out[:limit] if limit else out


def reference(articles: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [r for i, t in articles for r in attribution.records(attribution.check(t), i)]


def plain_check_seconds(articles: list[tuple[str, str]]) -> float:
    """The fastest of two passes of plain check() over the articles (one core)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for _, text in articles:
            attribution.check(text)
        best = min(best, time.perf_counter() - start)
    return best


def compare(name: str, got: list[dict[str, Any]], want: list[dict[str, Any]]) -> dict[str, Any]:
    same = got == want
    first = None
    if not same:
        for n, (g, w) in enumerate(zip(got, want)):
            if g != w:
                first = {"row": n, "got": g, "want": w}
                break
    print(f"  {name}: {len(got)} rows, {'identical' if same else 'DIFFERENT'}", file=sys.stderr)
    return {"rows": len(got), "identical": same, "first_difference": first}


def run_check_many(articles: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    rows = [
        r for res in attribution.check_many(articles, jobs=CORES) for r in attribution.records(res)
    ]
    return rows, time.perf_counter() - start


def _time_v(cmd: list[str]) -> tuple[float, float | None]:
    """Wall seconds and peak RSS (MB, the largest process) of a command."""
    start = time.perf_counter()
    if os.path.exists("/usr/bin/time"):
        proc = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
        wall = time.perf_counter() - start
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        return wall, int(match.group(1)) / 1024 if match else None
    subprocess.run(cmd, capture_output=True, check=False)
    return time.perf_counter() - start, None


def run_cli(articles: list[tuple[str, str]], tmp: Path, jobs: int) -> dict[str, Any]:
    source = tmp / "corpus.jsonl"
    if not source.exists():
        with open(source, "w", encoding="utf-8") as f:
            for i, t in articles:
                f.write(json.dumps({"id": i, "text": t}) + "\n")
    out = tmp / f"rows-{jobs}.jsonl"
    cmd = [sys.executable, "-m", "attribution", "check", "--isolated", "--exit-zero", "--quiet"]
    cmd += ["--format", "jsonl", "-o", str(out), "--jobs", str(jobs), str(source)]
    wall, rss = _time_v(cmd)
    with open(out, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {"rows": rows, "seconds": wall, "peak_rss_mb": rss}


def run_spark(articles: list[tuple[str, str]], tmp: Path) -> tuple[list[dict[str, Any]], float]:
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    import attribution.spark

    spark = (
        SparkSession.builder.master(f"local[{CORES}]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.createDataFrame(articles, "id string, text string").repartition(CORES * 4)
        df = df.cache()
        df.count()
        # Timed: the path itself, every row made and handed to Spark, into Spark's no-op sink
        # (a real sink's cost is the sink's). The first pass also starts the Python workers
        # and imports the checker in each (reported as "cold"); the second is the rate a
        # long job runs at. Then, untimed, the rows written to Parquet.
        for _ in range(2):
            start = time.perf_counter()
            attribution.spark.claims(df).write.format("noop").mode("overwrite").save()
            seconds = time.perf_counter() - start
            COLD.setdefault("spark", seconds)
        out = tmp / "spark.parquet"
        attribution.spark.claims(df).write.mode("overwrite").parquet(str(out))
    finally:
        spark.stop()
    rows = pq.read_table(out).to_pylist()
    # Parquet parts come back in partition order, not input order: put them back per article.
    return _in_input_order(rows, articles), seconds


def run_dask(articles: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], float]:
    import dask.bag as db
    from distributed import Client, LocalCluster

    import attribution.dask

    cluster = LocalCluster(
        n_workers=CORES, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        with Client(cluster) as client:
            bag = db.from_sequence(articles, npartitions=CORES * 8).persist()
            client.wait_for_workers(CORES)
            attribution.dask.claims(db.from_sequence(articles[:50], npartitions=2)).compute()
            # Timed: the rows made in the workers, counted there (shipping every row to one
            # client is the sink's cost). Then, untimed, the rows gathered for the comparison.
            start = time.perf_counter()
            attribution.dask.claims(bag).count().compute()
            seconds = time.perf_counter() - start
            rows = attribution.dask.claims(bag).compute()
    finally:
        cluster.close()
    return rows, seconds


def _in_input_order(
    rows: list[dict[str, Any]], articles: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    by_id: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        by_id.setdefault(row["id"], []).append(row)
    return [r for i, _ in articles for r in sorted(by_id.get(i, []), key=lambda r: r["claim"])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--max-articles", type=int, default=None)
    parser.add_argument("--skip", action="append", choices=PATHS, default=[])
    parser.add_argument("--json-out", type=Path, default=DEFAULT_JSON_OUT)
    args = parser.parse_args(argv)

    articles = load(args.corpus, args.max_articles)
    megabytes = sum(len(t.encode()) for _, t in articles) / 1e6
    print(f"{len(articles)} articles, {megabytes:.2f} MB", file=sys.stderr)
    want = reference(articles)
    results: dict[str, Any] = {
        "articles": len(articles),
        "megabytes": megabytes,
        "reference_rows": len(want),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "paths": {},
    }

    def record(name: str, rows: list[dict[str, Any]], seconds: float, **extra: Any) -> None:
        base = plain_check_seconds(articles) if name != "check" else seconds
        per_core = len(articles) / seconds / CORES
        plain = len(articles) / base
        entry = compare(name, rows, want)
        entry.update(
            seconds=seconds,
            articles_per_second_per_core=per_core,
            plain_check_seconds=base,
            plain_articles_per_second=plain,
            ratio_to_plain=per_core / plain,
            **extra,
        )
        results["paths"][name] = entry
        print(
            f"  {name}: {seconds:.2f} s, {per_core:.0f} articles/s/core, plain check "
            f"{plain:.0f}/s: {per_core / plain:.2f}",
            file=sys.stderr,
        )

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if "check_many" not in args.skip:
            rows, seconds = run_check_many(articles)
            record("check_many", rows, seconds)
        if "cli" not in args.skip:
            for jobs in (1, CORES):
                cli = run_cli(articles, tmp, jobs)
                name = f"cli_jobs{jobs}"
                base = plain_check_seconds(articles)
                entry = compare(name, cli["rows"], want)
                entry.update(
                    seconds=cli["seconds"],
                    peak_rss_mb=cli["peak_rss_mb"],
                    plain_check_seconds=base,
                    articles_per_second=len(articles) / cli["seconds"],
                )
                results["paths"][name] = entry
                print(
                    f"  {name}: {cli['seconds']:.2f} s, peak RSS {cli['peak_rss_mb']} MB",
                    file=sys.stderr,
                )
        if "spark" not in args.skip:
            rows, seconds = run_spark(articles, tmp)
            record("spark", rows, seconds, cold_seconds=COLD.get("spark"))
        if "dask" not in args.skip:
            rows, seconds = run_dask(articles)
            record("dask", rows, seconds)

    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                k: {kk: vv for kk, vv in v.items() if kk != "first_difference"}
                for k, v in results["paths"].items()
            },
            indent=2,
        )
    )
    return 0 if all(p["identical"] for p in results["paths"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
