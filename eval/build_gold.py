"""Materialise a gold set kept here as offsets only, by joining it with the corpus text.

    python eval/build_gold.py eval/yardstick/gold.jsonl /tmp/yardstick.jsonl
    python ../shared/eval/score.py /tmp/yardstick.jsonl --show-errors 20

The repository never holds corpus text: ``gold.jsonl`` has each article's id, dataset, claims
and non-claims with their offsets into the article as it stands in ``../shared/corpus``. This
script adds the ``text`` field the scorer reads and checks that every span still matches it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _spans(article: dict[str, object]) -> list[dict[str, object]]:
    spans: list[dict[str, object]] = []
    for claim in article["claims"]:  # type: ignore[attr-defined]
        spans.append(claim)
        spans.extend(claim.get("sources", []))
    spans.extend(article.get("non_claims", []))  # type: ignore[arg-type]
    return spans


def build(gold: Path, out: Path, corpus: Path) -> int:
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    wanted = {a["id"] for a in articles}
    texts: dict[str, str] = {}
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row["id"] in wanted:
                    texts[row["id"]] = row["text"]
    problems = 0
    with out.open("w", encoding="utf-8") as sink:
        for article in articles:
            text = texts.get(article["id"])
            if text is None:
                print(f"{article['id']}: not in {corpus}", file=sys.stderr)
                problems += 1
                continue
            for span in _spans(article):
                if text[span["start"] : span["end"]] != span["text"]:
                    print(f"{article['id']}: {span['text']!r} no longer at {span['start']}")
                    problems += 1
            sink.write(json.dumps({**article, "text": text}, ensure_ascii=False) + "\n")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    problems = build(args.gold, args.out, args.corpus)
    print(f"{problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
