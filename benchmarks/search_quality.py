"""Cross-lingual search quality of an embedding model on German↔English pair files.

Each file is JSONL with ``de`` and ``en`` (and, for graded similarity, ``score`` 0–5), as in
``../shared/benchmarks/search/``. Files without ``score``: retrieval accuracy R@1 in both
directions with the whole file as the candidate pool. Files with ``score``: Spearman correlation
of cosine(en, de) with the gold score. Figures are percentages. Also prints encode throughput.

    python benchmarks/search_quality.py ../shared/benchmarks/search/*.jsonl [--model NAME] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.embeddings import DEFAULT_MODEL, encode, load_model  # noqa: E402


def read_pairs(path: Path) -> list[dict]:
    """The JSON objects of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def retrieval_at_1(queries: np.ndarray, candidates: np.ndarray) -> float:
    """Share of queries whose nearest candidate (cosine) is the one at the same row, in percent."""
    nearest = np.argmax(queries @ candidates.T, axis=1)
    return 100.0 * float(np.mean(nearest == np.arange(len(queries))))


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation ×100."""
    from scipy.stats import spearmanr

    return 100.0 * float(spearmanr(a, b).statistic)


def evaluate_file(model, path: Path, batch_size: int = 64) -> tuple[dict, int, float]:
    """Figures for one file, plus the number of sentences encoded and the seconds it took."""
    pairs = read_pairs(path)
    de_texts = [p["de"] for p in pairs]
    en_texts = [p["en"] for p in pairs]
    start = time.perf_counter()
    de = encode(model, de_texts, batch_size=batch_size)
    en = encode(model, en_texts, batch_size=batch_size)
    seconds = time.perf_counter() - start
    result: dict = {"file": path.name}
    if all("score" in p for p in pairs):
        cos = np.einsum("ij,ij->i", de, en)
        result["spearman"] = round(spearman(cos, np.array([p["score"] for p in pairs], float)), 2)
    else:
        result["de2en"] = round(retrieval_at_1(de, en), 2)
        result["en2de"] = round(retrieval_at_1(en, de), 2)
    return result, len(de_texts) + len(en_texts), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="JSONL pair files")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"model name or path (default {DEFAULT_MODEL})")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    model = load_model(args.model)
    load_seconds = time.perf_counter() - start
    encode(model, ["warm-up sentence"])
    total_n, total_s = 0, 0.0
    for path in args.files:
        result, n, seconds = evaluate_file(model, path, args.batch_size)
        total_n, total_s = total_n + n, total_s + seconds
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            figures = "  ".join(f"{k} {v:.1f}%" if k != "spearman" else f"spearman {v:.1f}"
                                for k, v in result.items() if k != "file")
            print(f"{path.name:45s} {figures}   ({n / seconds:.0f} sentences/s)")
    message = (f"model {args.model}: loaded in {load_seconds:.1f} s; encoded {total_n} sentences "
               f"at {total_n / total_s:.0f} sentences/s")
    print(message, file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
