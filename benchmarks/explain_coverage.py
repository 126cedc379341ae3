"""Check ``explain=True`` over the corpus: every claim and attribution has a why, and the
report is the plain one with reasons added.

    python benchmarks/explain_coverage.py [--corpus DIR] [--limit N]

Prints the counts, the rules that decided the most tokens, and the time of the two runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import attribution  # noqa: E402


def _plain(data: dict[str, object]) -> dict[str, object]:
    """The dict of an explained report without its reasons."""
    data = dict(data)
    data.pop("considered", None)
    claims = []
    for claim in data["claims"]:  # type: ignore[attr-defined]
        claim = {k: v for k, v in claim.items() if k != "why"}
        claim["attributions"] = [
            {k: v for k, v in a.items() if k != "why"} for a in claim["attributions"]
        ]
        claims.append(claim)
    data["claims"] = claims
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    plain_time = explain_time = 0.0
    for path in sorted(args.corpus.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if args.limit is not None and counts["articles"] >= args.limit:
                break
            text = json.loads(line).get("text") or ""
            t0 = time.perf_counter()
            plain = attribution.check(text)
            t1 = time.perf_counter()
            explained = attribution.check(text, explain=True)
            t2 = time.perf_counter()
            plain_time += t1 - t0
            explain_time += t2 - t1
            counts["articles"] += 1
            data = explained.to_dict()
            counts["same report"] += _plain(data) == plain.to_dict()
            for claim in data["claims"]:
                counts["claims"] += 1
                counts["claims with why"] += len(claim.get("why", ())) == 2
                for a in claim["attributions"]:
                    counts["attributions"] += 1
                    counts["attributions with why"] += "why" in a
            for token in data["considered"]:
                counts["considered"] += 1
                rules[token["why"]["rule"]] += 1
    for key, n in counts.items():
        print(f"{key:24s} {n}")
    print("most frequent rules:", ", ".join(f"{r} {n}" for r, n in rules.most_common(12)))
    print(f"plain check {plain_time:.1f} s, explained {explain_time:.1f} s")
    ok = (
        counts["same report"] == counts["articles"]
        and counts["claims with why"] == counts["claims"]
        and counts["attributions with why"] == counts["attributions"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
