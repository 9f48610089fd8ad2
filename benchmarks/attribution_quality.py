"""Attribution quality of ``extract_claims`` on the seed article and the attribution dev sets.

Uses the shared scorer (``../shared/tools/score_claims.py``, imported by path) so the
figures are the ones the project is judged by; adds breakdowns per gold ``form`` (German)
and per predicted kind. Prints a table, or one JSON object with ``--json``.

    .venv/bin/python benchmarks/attribution_quality.py [--json] [--sets seed,de,en,de-parl] [--context] [--split train]

``--context`` extracts the passages of each benchmark document together
(``claims.passages.extract_passages``; the document is the passage id minus its trailing
``-s…`` part), as ``python -m claims extract --jsonl-in`` does by default; without it every
passage is extracted alone.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"

from claims.extract import extract_claims  # noqa: E402
from claims.passages import document_of, extract_passages, group_consecutive  # noqa: E402


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SHARED / "tools" / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_figures(scorer) -> dict:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / "seed_claims.json").read_text(encoding="utf-8"))
    pred = [c.to_dict() for c in extract_claims(text, "de")]
    lo, hi = gold.get("ignore", [len(text), len(text)])
    kept = [p for p in pred if not lo <= p["content_span"][0] < hi]
    result = scorer.score([(text, gold["claims"], kept)])
    by_kind = {}
    for kind in sorted({g["kind"] for g in gold["claims"]}):
        g = [x for x in gold["claims"] if x["kind"] == kind]
        matched = scorer.match(text, g, kept)
        by_kind[kind] = {"gold": len(g), "found": len(matched),
                         "full": sum(scorer.same_source(a, b) for a, b in matched)}
    result["by_gold_kind"] = by_kind
    return result


def predictions(records: list[dict], lang: str, context: bool) -> list[list[dict]]:
    """Predicted claims per record: each passage alone, or with its document as context."""
    if not context:
        return [[c.to_dict() for c in extract_claims(rec["text"], rec.get("lang") or lang)]
                for rec in records]
    out = []
    for run in group_consecutive(records, lambda rec: document_of(rec["id"])):
        found = extract_passages([rec["text"] for rec in run], run[0].get("lang") or lang)
        out.extend([c.to_dict() for c in claims] for claims in found)
    return out


def bench_figures(scorer, name: str, context: bool = False, split: str = "dev") -> dict:
    path = SHARED / "benchmarks" / "attribution" / name / f"{split}.jsonl"
    records = scorer.load_jsonl(path)
    lang = "en" if name == "en" else "de"
    docs = []
    by_form = defaultdict(lambda: [0, 0, 0])  # gold, content matched, full
    pred_kinds = defaultdict(lambda: [0, 0])  # predicted, full-correct
    t0 = time.perf_counter()
    for rec, pred in zip(records, predictions(records, lang, context)):
        pred = [p for p in pred if p["kind"] != "unattributed"]
        gold = scorer.from_benchmark(rec)
        docs.append((rec["text"], gold, pred))
        matched = scorer.match(rec["text"], gold, pred)
        hit_g = {id(g): scorer.same_source(g, p) for g, p in matched}
        hit_p = {id(p): scorer.same_source(g, p) for g, p in matched}
        for g, a in zip(gold, rec.get("attributions", [])):
            form = a.get("form") or "all"
            by_form[form][0] += 1
            if id(g) in hit_g:
                by_form[form][1] += 1
                by_form[form][2] += hit_g[id(g)]
        for p in pred:
            pred_kinds[p["kind"]][0] += 1
            pred_kinds[p["kind"]][1] += bool(hit_p.get(id(p)))
    elapsed = time.perf_counter() - t0
    result = scorer.score(docs)
    result["passages"] = len(records)
    result["seconds"] = round(elapsed, 2)
    result["recall_by_form"] = {f: {"gold": v[0], "content_r": round(v[1] / v[0], 3),
                                    "full_r": round(v[2] / v[0], 3)} for f, v in sorted(by_form.items())}
    result["precision_by_kind"] = {k: {"predicted": v[0], "full_p": round(v[1] / v[0], 3) if v[0] else 0.0}
                                   for k, v in sorted(pred_kinds.items())}
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--context", action="store_true",
                    help="extract the passages of each benchmark document together")
    ap.add_argument("--sets", default="seed,de,en,de-parl", help="comma-separated: seed,de,en,de-parl")
    ap.add_argument("--split", default="dev", choices=("dev", "train"),
                    help="benchmark split to score (train is what the rules were not tuned on as closely)")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    out = {}
    for name in args.sets.split(","):
        out[name] = seed_figures(scorer) if name == "seed" else bench_figures(scorer, name, args.context, args.split)
    if args.json:
        print(json.dumps(out))
        return 0
    for name, r in out.items():
        print(f"== {name}: gold {r['gold']}  predicted {r['predicted']}  matched {r['matched']}")
        print(f"   content P {r['content_p']:.3f} R {r['content_r']:.3f} F1 {r['content_f1']:.3f}   "
              f"source acc {r['source_acc']:.3f}")
        print(f"   full    P {r['full_p']:.3f} R {r['full_r']:.3f} F1 {r['full_f1']:.3f}")
        for key in ("by_gold_kind", "recall_by_form", "precision_by_kind"):
            if key in r:
                print(f"   {key}: " + "; ".join(f"{k} {v}" for k, v in r[key].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
