"""Compare the speed of the working tree against another version, in one process.

    python benchmarks/ab.py                     # check() vs HEAD over bbc.jsonl, 5 rounds
    python benchmarks/ab.py HEAD~3 --stage cues  # one stage vs a commit
    python benchmarks/ab.py --base-dir DIR       # vs a package copy: DIR/attribution/

On a shared or virtualised machine the speed of the machine itself moves by tens of percent from
one minute to the next, so two benchmark runs a minute apart, or two processes run in turn, can
disagree by more than the change being measured. Here both versions are imported into the same
process and take turns over chunks of articles (``--chunk``, 50 by default; the order flips every
chunk and every round), so both see the same minutes. Each round prints both totals and their
ratio; the median ratio over the rounds is the result. The two sides' outputs are not compared:
check that separately (the tests, or hashing each stage's output over the corpus).

Each side computes the inputs of the timed stage with its own earlier stages, untimed. The base
version is exported with ``git archive`` into a temporary directory that is removed afterwards.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

if str(Path(__file__).resolve().parent) not in sys.path:  # loaded by path, as the tests do
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import DEFAULT_CORPUS, ROOT, WARM_UP_ARTICLES, read_texts  # noqa: E402

STAGES = ("check", "segment", "claims", "cues", "link")


class ABError(Exception):
    """A usage or input problem, reported as one line and exit status 2."""


def load_package(package_dir: Path, name: str) -> ModuleType:
    """Import ``package_dir`` (a copy of ``attribution/``) as the top-level package ``name``.

    Its modules import each other relatively, so two copies live side by side under two names.
    """
    init = package_dir / "__init__.py"
    if not init.is_file():
        raise ABError(f"no package at {package_dir} (expected {init})")
    spec = importlib.util.spec_from_file_location(
        name, init, submodule_search_locations=[str(package_dir)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def export_revision(revision: str, dest: Path) -> Path:
    """``attribution/`` at git ``revision`` of this checkout, written under ``dest``."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "attribution"],
            capture_output=True,
            check=True,
        ).stdout
    except FileNotFoundError as exc:
        raise ABError("git is not installed: use --base-dir") from exc
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode(errors="replace").strip()
        raise ABError(f"cannot export {revision!r}: {message}") from exc
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(dest, filter="data")
        else:  # pragma: no cover
            tar.extractall(dest)  # noqa: S202 - our own repository's archive
    return dest / "attribution"


def stage_runner(package: ModuleType, stage: str, texts: Sequence[str]) -> Callable[[int], object]:
    """A function running ``stage`` of ``package`` on article ``i``, its inputs made beforehand."""
    if stage == "check":
        check = package.check
        return lambda i: check(texts[i])
    name = package.__name__
    segment = sys.modules[f"{name}._segment"].segment
    if stage == "segment":
        return lambda i: segment(texts[i])
    find_claims = sys.modules[f"{name}._claims"].find_claims
    docs = [segment(t) for t in texts]
    if stage == "claims":
        return lambda i: find_claims(texts[i], docs[i])
    find_cues = sys.modules[f"{name}._cues"].find_cues
    claims = [find_claims(t, d) for t, d in zip(texts, docs, strict=True)]
    if stage == "cues":
        return lambda i: find_cues(texts[i], docs[i], claims[i])
    link = sys.modules[f"{name}._link"].link
    cues = [find_cues(t, d, c) for t, d, c in zip(texts, docs, claims, strict=True)]
    return lambda i: link(texts[i], docs[i], claims[i], cues[i], carry=True)


def alternate(
    base: Callable[[int], object], work: Callable[[int], object], n: int, chunk: int, rnd: int
) -> tuple[float, float]:
    """One round over articles ``0..n-1``: each chunk is run by both sides, in an order that
    flips every chunk and every round. Returns the two sides' total seconds."""
    timer = time.perf_counter
    totals = {"base": 0.0, "work": 0.0}
    for number, lo in enumerate(range(0, n, chunk)):
        indices = range(lo, min(n, lo + chunk))
        order = (("base", base), ("work", work))
        for side, run in order if (number + rnd) % 2 == 0 else order[::-1]:
            started = timer()
            for i in indices:
                run(i)
            totals[side] += timer() - started
    return totals["base"], totals["work"]


def corpus_texts(path: Path, limit: int | None) -> list[str]:
    """The texts of one corpus file; a missing or empty file is an :class:`ABError`."""
    if not path.is_file():
        raise ABError(f"no corpus file {path}")
    texts = read_texts(path, limit)
    if not texts:
        raise ABError(f"no texts in {path}")
    return texts


def compare(
    base_dir: Path, work_dir: Path, texts: Sequence[str], stage: str, rounds: int, chunk: int
) -> dict[str, object]:
    """Time ``stage`` of both packages over ``texts``; print and return every round."""
    base = load_package(base_dir, "attribution_ab_base")
    work = load_package(work_dir, "attribution_ab_work")
    run_base = stage_runner(base, stage, texts)
    run_work = stage_runner(work, stage, texts)
    for i in range(min(len(texts), WARM_UP_ARTICLES)):
        run_base(i)
        run_work(i)
    rows = []
    for rnd in range(rounds):
        base_s, work_s = alternate(run_base, run_work, len(texts), chunk, rnd)
        rows.append({"base_s": base_s, "work_s": work_s, "ratio": work_s / base_s})
        print(
            f"round {rnd + 1}: base {base_s:.3f} s  work {work_s:.3f} s  "
            f"work/base {work_s / base_s:.3f}",
            flush=True,
        )
    median = statistics.median(r["ratio"] for r in rows)
    print(f"median work/base over {rounds} rounds: {median:.3f} ({(median - 1) * 100:+.1f}% time)")
    return {"stage": stage, "articles": len(texts), "rounds": rows, "median_ratio": median}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("revision", nargs="?", default="HEAD", help="git revision (default HEAD)")
    parser.add_argument("--base-dir", type=Path, help="compare against DIR/attribution/ instead")
    parser.add_argument("--stage", choices=STAGES, default="check")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--file", default="bbc.jsonl", help="corpus file (default bbc.jsonl)")
    parser.add_argument("--max-articles", type=int, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chunk", type=int, default=50, help="articles per turn (default 50)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.chunk < 1:
        parser.error("--rounds and --chunk must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        texts = corpus_texts(args.corpus / args.file, args.max_articles)
        with tempfile.TemporaryDirectory(prefix="attribution-ab-") as tmp:
            base_dir = (
                args.base_dir / "attribution"
                if args.base_dir is not None
                else export_revision(args.revision, Path(tmp))
            )
            compare(base_dir, ROOT / "attribution", texts, args.stage, args.rounds, args.chunk)
    except ABError as exc:
        print(f"ab.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
