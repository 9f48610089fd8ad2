"""Calibrate the previously-checked matching thresholds (suggest / confirm) for a model.

Cosine similarities of four kinds of pairs are compared:

* STS (``stsb-test-en-de-cross.dev.jsonl``, gold 0–5, English × German): pairs with gold ≥ 4.8
  ("same claim"), ≥ 4 ("near paraphrase"), and < 4;
* translation pairs (Tatoeba and WMT21 dev): a sentence and its translation, i.e. the same claim
  in the other language;
* nearest impostors: for each sentence of those files, the most similar *wrong* translation in
  the pool, the strongest "different claim" a search would offer;
* number variants: WMT21 dev sentences with their first number multiplied by ten ("2 Millionen"
  → "20 Millionen"), the same wording making a different claim;
* trivial edits: WMT21 dev sentences with straight quote marks and no final full stop, the same
  claim in the same words (what another outlet's copy looks like).

It prints the distributions, precision/recall at candidate thresholds, and a recommendation.

    python benchmarks/calibrate_thresholds.py [--model NAME] [--shared ../shared] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.embeddings import DEFAULT_MODEL, encode, load_model  # noqa: E402

NUMBER = re.compile(r"(?<![\d.,])\d+(?![\d.,]\d)")
THRESHOLDS = [round(t, 2) for t in np.arange(0.50, 1.0, 0.05)]


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pair_cosines(model, left: list[str], right: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Embeddings of both sides and the cosine of each aligned pair."""
    a, b = encode(model, left), encode(model, right)
    return a, b, np.einsum("ij,ij->i", a, b)


def nearest_impostors(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each row of a, the highest cosine to a row of b other than its own translation."""
    sims = a @ b.T
    np.fill_diagonal(sims, -np.inf)
    return sims.max(axis=1)


def number_variants(texts: list[str]) -> tuple[list[str], list[str]]:
    """(original, variant) for texts with a number: the first number times ten."""
    originals, variants = [], []
    for text in texts:
        match = NUMBER.search(text)
        if match:
            originals.append(text)
            variants.append(text[:match.start()] + str(int(match.group()) * 10) + text[match.end():])
    return originals, variants


def _edit(text: str) -> str:
    """The same sentence as another outlet might print it: other quote marks, no final stop."""
    text = text.replace("„", '"').replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return text.rstrip(" .")


def describe(values: np.ndarray) -> dict:
    q = np.percentile(values, [5, 25, 50, 75, 95]) if len(values) else [float("nan")] * 5
    return {"n": int(len(values)), **{f"p{p}": round(float(v), 3) for p, v in zip((5, 25, 50, 75, 95), q)}}


def precision_recall(pos: np.ndarray, neg: np.ndarray, t: float) -> tuple[float, float]:
    tp, fp = int((pos >= t).sum()), int((neg >= t).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    return precision, tp / len(pos) if len(pos) else float("nan")


def best_separation(pos: np.ndarray, neg: np.ndarray) -> tuple[float, float]:
    """Threshold (of a fine grid) with the best F1 between pos and neg, and that F1."""
    best = (0.0, -1.0)
    for t in np.arange(0.30, 1.0, 0.005):
        p, r = precision_recall(pos, neg, t)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best[1]:
            best = (round(float(t), 3), round(f1, 3))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = args.shared / "benchmarks" / "search"
    model = load_model(args.model)

    sts = read(folder / "stsb-test-en-de-cross.dev.jsonl")
    _, _, sts_cos = pair_cosines(model, [r["en"] for r in sts], [r["de"] for r in sts])
    gold = np.array([r["score"] for r in sts], float)

    translations, impostors, wmt_texts = [], [], []
    for name in ("tatoeba-deu-eng.dev.jsonl", "wmt21-news-de-en.dev.jsonl"):
        rows = read(folder / name)
        de, en, cos = pair_cosines(model, [r["de"] for r in rows], [r["en"] for r in rows])
        translations.append(cos)
        impostors += [nearest_impostors(de, en), nearest_impostors(en, de)]
        if name.startswith("wmt21"):
            wmt_texts = [r["de"] for r in rows] + [r["en"] for r in rows]
    translations, impostors = np.concatenate(translations), np.concatenate(impostors)
    originals, variants = number_variants(wmt_texts)
    _, _, numbers = pair_cosines(model, originals, variants)
    _, _, edits = pair_cosines(model, wmt_texts, [_edit(t) for t in wmt_texts])

    groups = {
        "sts gold>=4.8 (same claim)": sts_cos[gold >= 4.8],
        "sts gold>=4 (near paraphrase)": sts_cos[gold >= 4],
        "sts gold 3-4": sts_cos[(gold >= 3) & (gold < 4)],
        "sts gold<3": sts_cos[gold < 3],
        "translation pairs": translations,
        "nearest impostor": impostors,
        "number changed x10": numbers,
        "trivial edit (same claim)": edits,
    }
    report = {"model": args.model, "groups": {k: describe(v) for k, v in groups.items()}}

    # suggest: near paraphrases and translations vs. gold < 4 and nearest impostors
    suggest_pos = np.concatenate([sts_cos[gold >= 4], translations])
    suggest_neg = np.concatenate([sts_cos[gold < 4], impostors])
    # confirm: same claim (gold ≥ 4.8) vs. everything that is a different claim, number variants included
    confirm_pos = np.concatenate([sts_cos[gold >= 4.8], edits])
    confirm_neg = np.concatenate([sts_cos[gold < 4], impostors, numbers])
    # the same, when a rule "numbers must be equal" has already taken the number variants out
    confirm_neg_rule = np.concatenate([sts_cos[gold < 4], impostors])
    report["separation"] = {
        "gold>=4 vs <4 (sts)": best_separation(sts_cos[gold >= 4], sts_cos[gold < 4]),
        "gold>=4.8 vs <4.8 (sts)": best_separation(sts_cos[gold >= 4.8], sts_cos[gold < 4.8]),
        "suggest: (gold>=4 + translations) vs (gold<4 + impostors)": best_separation(suggest_pos, suggest_neg),
    }
    report["table"] = []
    for t in THRESHOLDS:
        sp, sr = precision_recall(suggest_pos, suggest_neg, t)
        cp, cr = precision_recall(confirm_pos, confirm_neg, t)
        cpn, _ = precision_recall(confirm_pos, confirm_neg_rule, t)
        report["table"].append({
            "threshold": t,
            "suggest_precision": round(sp, 3), "suggest_recall": round(sr, 3),
            "confirm_precision": round(cp, 3), "confirm_recall": round(cr, 3),
            "confirm_precision_same_numbers": round(cpn, 3),
            "translations_above": round(float((translations >= t).mean()), 3),
            "impostors_above": round(float((impostors >= t).mean()), 3),
            "number_variants_above": round(float((numbers >= t).mean()), 3),
        })

    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"model {args.model}")
    print(f"{'pairs':36s} {'n':>5s} {'p5':>6s} {'p25':>6s} {'p50':>6s} {'p75':>6s} {'p95':>6s}")
    for name, d in report["groups"].items():
        print(f"{name:36s} {d['n']:5d} " + " ".join(f"{d[k]:6.3f}" for k in ("p5", "p25", "p50", "p75", "p95")))
    print("\nbest-F1 separating cosine:")
    for name, (t, f1) in report["separation"].items():
        print(f"  {name}: {t} (F1 {f1})")
    print("\nsuggest: positives = sts gold>=4 + translations; negatives = sts gold<4 + nearest impostors")
    print("confirm: positives = sts gold>=4.8 + trivial edits; negatives = sts gold<4 + impostors + number"
          " variants (P*: without number variants, i.e. with an equal-numbers rule)")
    print("\nthreshold  suggest P/R    confirm P/R  P*     translations≥  impostors≥  number-variants≥")
    for row in report["table"]:
        print(f"  {row['threshold']:.2f}     {row['suggest_precision']:.2f}/{row['suggest_recall']:.2f}"
              f"      {row['confirm_precision']:.2f}/{row['confirm_recall']:.2f}"
              f"  {row['confirm_precision_same_numbers']:.2f}"
              f"      {row['translations_above']:.2f}          {row['impostors_above']:.2f}"
              f"        {row['number_variants_above']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
