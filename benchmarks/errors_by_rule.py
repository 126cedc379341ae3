"""Group the scorer's errors by the rule that took the wrong decision.

    python benchmarks/errors_by_rule.py ../shared/eval/dev2.jsonl [--show N] [--json]

Runs ``../shared/eval/score.py``'s ``score()`` on a gold set (the checker of the working
tree), then checks each erring article again with ``explain=True`` and asks the report which
rule decided the number the error is about:

- a missed claim: the non-claim rule that rejected the number ("claims:time-unit"), or
  "claims:not-read" when no rule saw it;
- an extra claim: the claim form no non-claim rule caught ("claims:digits");
- a false flag, a missed flag or a wrong status: the scope rule that gave the status
  ("scope:no-cue"), with the cue rule of its first source for a sourced one
  ("scope:covering-cue/cues:verb-after-content");
- a wrong source: the rule of the cue that named it ("cues:according-to").

The table says where the next accuracy round should look first: "rule X is wrong 14 times".
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("attribution_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rule_of(report: Any, kind: str, pos: int) -> str:
    """The rule behind the error of ``kind`` about the number at ``pos``."""
    if kind == "missed claim":
        tokens = [t for t in report.considered if t.start <= pos < max(t.end, t.start + 1)]
        if not tokens:
            return "claims:not-read"
        token = tokens[0]
        return f"claims:{token.why.rule}" + ("" if not token.claim else " (claimed elsewhere)")
    claims = [c for c in report.claims if c.start <= pos < c.end or c.token.start == pos]
    if not claims:
        return "claims:not-read"
    claim = claims[0]
    if kind == "extra claim":
        return f"claims:{claim.why[0].rule}"
    if kind == "wrong source":
        first = claim.attributions[0] if claim.attributions else None
        if first is None or first.why is None:
            return f"scope:{claim.why[1].rule}"
        return f"{first.why.stage}:{first.why.rule}"
    status = f"scope:{claim.why[1].rule}"
    first = claim.attributions[0] if claim.attributions else None
    if first is not None and first.why is not None and first.why.rule != claim.why[1].rule:
        status += f"/{first.why.stage}:{first.why.rule}"
    return status


def group(gold: Path, scorer: Any, checker: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    figures, errors = scorer.score(str(gold))
    texts: dict[str, str] = {}
    reports: dict[str, Any] = {}
    rows = []
    for article, kind, token, got, want, text, pos in errors:
        texts[article] = text
        if article not in reports:
            reports[article] = checker.check(text, explain=True)
        rule = rule_of(reports[article], kind, pos)
        context = " ".join(text[max(0, pos - 60) : pos + 60].split())
        rows.append(
            {
                "article": article,
                "error": kind,
                "rule": rule,
                "token": token,
                "got": got,
                "gold": want,
                "start": pos,
                "context": context,
            }
        )
    return figures, rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="a gold set, as score.py reads it")
    ap.add_argument("--show", type=int, default=2, metavar="N", help="examples per rule")
    ap.add_argument("--json", action="store_true", help="print every error with its rule")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="path of score.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.getcwd())  # the checker under test, as score.py imports it
    import attribution

    scorer = load_scorer(args.scorer)
    figures, rows = group(args.gold, scorer, attribution)
    if args.json:
        print(json.dumps({"figures": figures, "errors": rows}, indent=2, ensure_ascii=False))
        return 0
    counts = Counter((r["error"], r["rule"]) for r in rows)
    examples: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        examples[(r["error"], r["rule"])].append(r)
    print(f"{len(rows)} errors in {args.gold.name}, by the rule that decided them:")
    for (error, rule), n in counts.most_common():
        print(f"{n:4d}  {error:13s} {rule}")
        for r in examples[(error, rule)][: args.show]:
            print(f"        {r['token']!r} got {r['got'] or '-'!r}, gold {r['gold'] or '-'!r}")
            print(f"          ... {r['context']} ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
