"""Choose the claim-family threshold: how many translation pairs join one family, how many
unrelated sentences would join one, per similarity threshold (with the number check).

Data: German↔English news sentence pairs (``../shared/benchmarks/search/wmt21-news-de-en.dev.jsonl``
by default). A pair is a true near-duplicate (the same statement in the other language); any
other sentence of the file is unrelated. Prints, per threshold: recall (share of German
sentences whose English translation passes), and false joins per 1,000 claims (unrelated
sentences passing, per German query, scaled to a pool of 1,000).

    python benchmarks/family_threshold.py [FILE.jsonl ...] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.families import numbers_agree  # noqa: E402
from index.embeddings import DEFAULT_MODEL, encode, load_model  # noqa: E402

THRESHOLDS = (0.60, 0.65, 0.70, 0.75, 0.80, 0.85)


def measure(path: Path, model) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    de = encode(model, [r["de"] for r in rows])
    en = encode(model, [r["en"] for r in rows])
    sims = de @ en.T
    n = len(rows)
    agree = np.array([[numbers_agree(a["de"], b["en"]) for b in rows] for a in rows])
    out = []
    for t in THRESHOLDS:
        passing = (sims >= t) & agree
        recall = float(np.mean(np.diag(passing)))
        false = passing.copy()
        np.fill_diagonal(false, False)
        false_per_1000 = float(false.sum()) / n / (n - 1) * 1000
        raw = (sims >= t).copy()
        np.fill_diagonal(raw, False)
        out.append({"threshold": t, "recall": round(100 * recall, 1),
                    "false_joins_per_1000": round(false_per_1000, 2),
                    "false_joins_per_1000_without_number_check": round(float(raw.sum()) / n / (n - 1) * 1000, 2)})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        default=[ROOT.parent / "shared/benchmarks/search/wmt21-news-de-en.dev.jsonl"])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    model = load_model(args.model)
    results = [{"file": str(f), "model": args.model, "rows": measure(f, model)} for f in args.files]
    if args.json:
        print(json.dumps(results))
        return 0
    for r in results:
        print(f"{r['file']} ({r['model']})")
        print("threshold  recall %  false joins/1000  (without number check)")
        for row in r["rows"]:
            print(f"{row['threshold']:9.2f}  {row['recall']:8.1f}  {row['false_joins_per_1000']:16.2f}  "
                  f"({row['false_joins_per_1000_without_number_check']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
