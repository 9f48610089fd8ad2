"""Ingest speed against the bare embedding cost, side by side in one run.

Goal (issue 3): ingest wall time ≤ 1.25 × the time of the bare ``model.encode`` of the same
claim texts, i.e. everything but embedding (reading, language, extraction, DuckDB, FAISS,
families, matching) costs under 25 %. Data: the texts of
``../shared/benchmarks/attribution/de/dev.jsonl``, one document per original article (the
passages of one Wikinews article joined by spaces; 150 documents). Each repetition ingests
into a fresh workspace (model already loaded) in one ``ingest_documents`` call, as one
``python -m claims ingest`` would, and times a bare ``encode`` of the same claim texts (same
model, same batch size) right before or after it (alternating between repetitions); ratio =
ingest time / encode time, median over the repetitions, CPU-time ratios beside it. With
``--chunk N`` the documents go in N at a time, each call paired with the encode of its own
claims (closer pairs on a busy machine, but N calls pay N times the per-call costs).

    python benchmarks/ingest_speed.py [--file FILE.jsonl] [--repeat 3] [--chunk N] [--per-passage] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import ingest  # noqa: E402
from claims.documents import Document  # noqa: E402
from claims.workspace import Workspace  # noqa: E402
from index.embeddings import encode  # noqa: E402

DEFAULT_FILE = ROOT.parent / "shared" / "benchmarks" / "attribution" / "de" / "dev.jsonl"


def documents(path: Path, per_passage: bool) -> list[Document]:
    """One Document per original article (or per passage)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if per_passage:
        return [Document(text=r["text"], doc_id=r["id"], language=r.get("lang")) for r in rows]
    articles: OrderedDict[str, list[str]] = OrderedDict()
    for r in rows:
        articles.setdefault(r.get("origin") or r["id"].rsplit("-s", 1)[0], []).append(r["text"])
    return [Document(text=" ".join(texts), doc_id=origin, language="de") for origin, texts in articles.items()]


def run_once(docs: list[Document], chunk: int, rep: int = 0) -> dict:
    """Ingest into a fresh workspace chunk by chunk, each chunk paired with a bare encode of
    the claim texts it stored, timed right before or after it (alternating).

    Pairing chunk by chunk keeps both sides of the ratio under the same machine load: on a
    shared machine the same encode takes anywhere from 1× to 4× as long a minute later.
    CPU seconds (all threads) are reported beside wall time.
    """
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "ws")
        model, _ = ingest.workspace_model(ws)
        totals = {"ingest_wall": 0.0, "ingest_cpu": 0.0, "encode_wall": 0.0, "encode_cpu": 0.0}
        claims = documents_done = 0
        for n, start in enumerate(range(0, len(docs), chunk)):
            part = docs[start:start + chunk]
            texts = _claim_texts(part)
            if (n + rep) % 2:
                _timed(totals, "encode", lambda: encode(model, texts))
            summary = _timed(totals, "ingest", lambda: ingest.ingest_documents(ws, part))
            if not (n + rep) % 2:
                _timed(totals, "encode", lambda: encode(model, texts))
            assert summary.claims == len(texts)
            claims += summary.claims
            documents_done += summary.documents
    return {"documents": documents_done, "claims": claims,
            "ingest_s": round(totals["ingest_wall"], 3), "encode_s": round(totals["encode_wall"], 3),
            "ratio": round(totals["ingest_wall"] / totals["encode_wall"], 3),
            "ingest_cpu_s": round(totals["ingest_cpu"], 3), "encode_cpu_s": round(totals["encode_cpu"], 3),
            "cpu_ratio": round(totals["ingest_cpu"] / totals["encode_cpu"], 3)}


def _timed(totals: dict, what: str, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    totals[f"{what}_wall"] += time.perf_counter() - wall
    totals[f"{what}_cpu"] += time.process_time() - cpu
    return out


def _claim_texts(docs: list[Document]) -> list[str]:
    """The claim texts ingest will store, in the same order (extraction is deterministic)."""
    prepared = ingest.prepare_documents(docs)
    extracted, _ = ingest.extract_batch(prepared)
    return [c.content for d in extracted for c in d.claims]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-passage", action="store_true", help="one document per passage instead of per article")
    parser.add_argument("--chunk", type=int, default=0,
                        help="documents per ingest call, each paired with its own encode (default: all in one call)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    docs = documents(args.file, args.per_passage)
    with tempfile.TemporaryDirectory() as tmp:  # warm-up: load the model and the extractor
        ingest.ingest_documents(Workspace.open(Path(tmp) / "ws"), docs[:3])
    runs = [run_once(docs, args.chunk or len(docs), rep) for rep in range(args.repeat)]
    result = {
        "file": str(args.file), "unit": "passage" if args.per_passage else "article", "runs": runs,
        "median_ratio": statistics.median(r["ratio"] for r in runs),
        "median_ingest_s": statistics.median(r["ingest_s"] for r in runs),
        "median_encode_s": statistics.median(r["encode_s"] for r in runs),
        "median_cpu_ratio": statistics.median(r["cpu_ratio"] for r in runs),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{len(docs)} documents ({result['unit']}s) of {args.file}")
    for r in runs:
        print(f"  ingest {r['ingest_s']:.2f} s, bare encode {r['encode_s']:.2f} s of {r['claims']} claims: "
              f"ratio {r['ratio']:.2f} (CPU {r['ingest_cpu_s']:.1f} s / {r['encode_cpu_s']:.1f} s = {r['cpu_ratio']:.2f})")
    print(f"median ratio ingest / encode: wall {result['median_ratio']:.2f}, CPU {result['median_cpu_ratio']:.2f} "
          f"(goal ≤ 1.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
