"""Claim-level snapshots of the checker over the corpus, and the diff of two of them.

    python benchmarks/corpus_diff.py snapshot OUT.jsonl [--corpus DIR] [--limit N]
    python benchmarks/corpus_diff.py diff OLD.jsonl NEW.jsonl [--show N] [--seed S]

A snapshot holds, per article, one row per claim: token span and text, status, and each
attribution's source text, kind and cue. ``diff`` counts the articles and claims that changed
by kind of change (claim added or lost, status changed, source changed) and prints a random
sample of each kind with its sentence, for judging a rule's effect before it lands. The corpus
text is read at run time and never stored in the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import attribution  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _rows(text: str) -> list[list[object]]:
    report = attribution.check(text)
    rows: list[list[object]] = []
    for claim in report.claims:
        sources = sorted(
            (a.source.text, a.kind, a.cue.text if a.cue else "") for a in claim.attributions
        )
        rows.append([claim.token.start, claim.token.end, claim.text, claim.status, sources])
    return rows


def snapshot(out: Path, corpus: Path, limit: int | None) -> None:
    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(corpus.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                for n, line in enumerate(lines):
                    if limit is not None and n >= limit:
                        break
                    article = json.loads(line)
                    rows = _rows(article["text"])
                    sink.write(json.dumps({"id": article["id"], "claims": rows}) + "\n")


def _load(path: Path) -> dict[str, list[list[object]]]:
    with path.open(encoding="utf-8") as lines:
        return {a["id"]: a["claims"] for a in map(json.loads, lines)}


def _texts(corpus: Path, ids: set[str]) -> dict[str, str]:
    texts = {}
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                if article["id"] in ids:
                    texts[article["id"]] = article["text"]
    return texts


def _context(text: str, start: int, end: int, width: int = 110) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def diff(old_path: Path, new_path: Path, corpus: Path, show: int, seed: int) -> None:
    old, new = _load(old_path), _load(new_path)
    changes: dict[str, list[tuple[str, int, int, str]]] = {}
    articles = set()
    for doc_id in old.keys() | new.keys():
        before = {(r[0], r[1]): r for r in old.get(doc_id, [])}
        after = {(r[0], r[1]): r for r in new.get(doc_id, [])}
        for key in before.keys() | after.keys():
            a, b = before.get(key), after.get(key)
            if a == b:
                continue
            articles.add(doc_id)
            if a is None:
                kind, note = "claim added", f"{b[3]} {b[4]}"
            elif b is None:
                kind, note = "claim lost", f"was {a[3]} {a[4]}"
            elif a[3] != b[3]:
                kind, note = f"{a[3]} -> {b[3]}", f"{a[4]} -> {b[4]}"
            else:
                kind, note = "source changed", f"{a[4]} -> {b[4]}"
            changes.setdefault(kind, []).append((doc_id, key[0], key[1], note))
    print(f"articles changed: {len(articles)}")
    for kind, rows in sorted(changes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {kind}: {len(rows)}")
    if not show:
        return
    rng = random.Random(seed)
    samples = {kind: rng.sample(rows, min(show, len(rows))) for kind, rows in changes.items()}
    texts = _texts(corpus, {r[0] for rows in samples.values() for r in rows})
    for kind, rows in samples.items():
        print(f"\n== {kind} ==")
        for doc_id, start, end, note in rows:
            print(f"[{doc_id}] {note}\n    {_context(texts[doc_id], start, end)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    snap.add_argument("--limit", type=int, default=None, help="articles per corpus file")
    dif = sub.add_parser("diff")
    dif.add_argument("old", type=Path)
    dif.add_argument("new", type=Path)
    dif.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    dif.add_argument("--show", type=int, default=8, help="samples per kind of change")
    dif.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.out, args.corpus, args.limit)
    else:
        diff(args.old, args.new, args.corpus, args.show, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
