"""Extraction speed: passages per second of ``extract_claims`` over an attribution JSONL file.

Measures the library call (in-process) and, with ``--cli``, the whole
``python -m claims extract --jsonl-in FILE`` run including process start. Runs each
``--repeat`` times and reports the median.

    .venv/bin/python benchmarks/extract_speed.py [--file ../shared/benchmarks/attribution/de/train.jsonl]
        [--repeat 3] [--cli] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))
DEFAULT = SHARED / "benchmarks" / "attribution" / "de" / "train.jsonl"

_INPROC = r"""
import json, sys, time
t0 = time.perf_counter()
from claims.extract import extract_claims
t_import = time.perf_counter() - t0
n = claims = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        claims += len(extract_claims(rec["text"], rec.get("lang") or "de"))
        n += 1
print(json.dumps({"passages": n, "claims": claims, "import_s": t_import}))
"""


def run_inprocess(path: Path) -> dict:
    """A fresh Python process that imports the extractor and runs it over every passage."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _INPROC, str(path)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    wall = time.perf_counter() - t0
    result = json.loads(out.stdout)
    result["wall_s"] = wall
    return result


def run_cli(path: Path) -> dict:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "claims", "extract", "--jsonl-in", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    return {"claims": out.stdout.count("\n"), "wall_s": wall}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cli", action="store_true", help="also time `python -m claims extract --jsonl-in`")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with open(args.file, encoding="utf-8") as f:
        passages = sum(1 for line in f if line.strip())
    figures = {"file": str(args.file), "passages": passages}
    runs = [run_inprocess(args.file) for _ in range(args.repeat)]
    wall = statistics.median(r["wall_s"] for r in runs)
    figures["library"] = {"median_wall_s": round(wall, 2), "passages_per_s": round(passages / wall, 1),
                          "import_s": round(statistics.median(r["import_s"] for r in runs), 3),
                          "claims": runs[0]["claims"]}
    if args.cli:
        cli = [run_cli(args.file) for _ in range(args.repeat)]
        wall = statistics.median(r["wall_s"] for r in cli)
        figures["cli"] = {"median_wall_s": round(wall, 2), "passages_per_s": round(passages / wall, 1),
                          "claims": cli[0]["claims"]}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{passages} passages from {args.file}")
        for key in ("library", "cli"):
            if key in figures:
                r = figures[key]
                print(f"  {key:8s} median {r['median_wall_s']} s (process start included)  "
                      f"{r['passages_per_s']} passages/s  claims {r['claims']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
