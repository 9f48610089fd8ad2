"""Search speed of ``index.vector_index.VectorIndex``: single-query top-10 latency, build time,
recall@10 against exact search, and memory, at several collection sizes.

Vectors are real embeddings tiled with noise: the ~36k distinct German and English sentences of
``../shared/benchmarks/{search,attribution}/`` are encoded with the default model (cached in the
temp folder); each indexed vector is one of them plus isotropic noise, renormalised. Queries are
real sentence embeddings that were not used to make the collection. Without the shared folder,
random directions replace the real embeddings.

    python benchmarks/search_speed.py [--sizes 10000,100000,1000000] [--queries 300] [--json]
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.vector_index import DEFAULT_APPROX_THRESHOLD, VectorIndex  # noqa: E402

SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))
DIM = 512


def rss_mb() -> float:
    """Resident memory of this process in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def real_embeddings(rng: np.random.Generator) -> np.ndarray:
    """Unit vectors of real German and English sentences (shuffled), cached in the temp folder."""
    files = sorted((SHARED / "benchmarks" / "search").glob("*.jsonl"))
    files += sorted((SHARED / "benchmarks" / "attribution").glob("*/*.jsonl"))
    if not files:
        print("no shared sentences found: random centres instead of real embeddings", file=sys.stderr)
        centres = rng.standard_normal((20_000, DIM), dtype=np.float32)
        return centres / np.linalg.norm(centres, axis=1, keepdims=True)
    texts = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts += [row[key] for key in ("de", "en", "text") if row.get(key)]
    texts = sorted(set(texts))
    from index.embeddings import DEFAULT_MODEL, encode, load_model

    digest = hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"claims_speed_{DEFAULT_MODEL}_{len(texts)}_{digest}.npy"
    if cache.exists():
        vectors = np.load(cache)
    else:
        start = time.perf_counter()
        vectors = encode(load_model(DEFAULT_MODEL), texts, batch_size=128)
        print(f"encoded {len(texts)} real sentences in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        np.save(cache, vectors)
    return vectors[rng.permutation(len(vectors))]


def _noisy(base: np.ndarray, norm: float, rng: np.random.Generator) -> np.ndarray:
    """base plus isotropic noise of about the given length, renormalised to unit length."""
    out = rng.standard_normal(base.shape, dtype=np.float32)
    out *= norm / np.sqrt(base.shape[1])
    out += base
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def make_collection(n: int, bases: np.ndarray, noise: float, rng: np.random.Generator) -> np.ndarray:
    """n unit vectors: real embeddings drawn with replacement, each with fresh noise."""
    vectors = np.empty((n, bases.shape[1]), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        vectors[start:stop] = _noisy(bases[rng.integers(0, len(bases), stop - start)], noise, rng)
    return vectors


def exact_top_k(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Row numbers of the true top-k by inner product, computed in chunks (the ground truth)."""
    best_s = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), k), dtype=np.int64)
    for start in range(0, len(vectors), 200_000):
        s = queries @ vectors[start:start + 200_000].T
        top = np.argpartition(-s, min(k, s.shape[1] - 1), axis=1)[:, :k]
        cand_s = np.concatenate([best_s, np.take_along_axis(s, top, 1)], axis=1)
        cand_i = np.concatenate([best_i, top + start], axis=1)
        keep = np.argsort(-cand_s, axis=1)[:, :k]
        best_s, best_i = np.take_along_axis(cand_s, keep, 1), np.take_along_axis(cand_i, keep, 1)
    return best_i


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    """Mean share of the true top-k among the returned top-k."""
    return float(np.mean([len(set(f[f >= 0]) & set(t)) / len(t) for f, t in zip(found, truth)]))


def latencies_ms(index: VectorIndex, queries: np.ndarray, k: int) -> np.ndarray:
    """Wall time of one-query searches, in ms."""
    index.search(queries[0], k)  # warm-up
    times = np.empty(len(queries))
    for i, q in enumerate(queries):
        start = time.perf_counter()
        index.search(q, k)
        times[i] = time.perf_counter() - start
    return times * 1000


def measure(kind: str, ids, vectors, queries, truth, args) -> dict:
    """Build one index of the given kind and time it."""
    threshold = 10**12 if kind == "exact" else 0
    options = {"approx_threshold": threshold}
    if args.ef_search:
        options["ef_search"] = args.ef_search
    faiss.omp_set_num_threads(args.build_threads)
    gc.collect()
    rss_before = rss_mb()
    start = time.perf_counter()
    index = VectorIndex.build(ids, vectors, **options)
    build_s = time.perf_counter() - start
    rss_after = rss_mb()
    faiss.omp_set_num_threads(args.threads)
    rows = []
    efs = args.ef_sweep if kind == "hnsw" and args.ef_sweep else [index.ef_search]
    for ef in efs:
        index.ef_search = ef
        times = latencies_ms(index, queries, args.k)
        _, found = index.search(queries, args.k)
        rows.append({
            "size": len(ids), "kind": index.kind, "ef_search": ef if kind == "hnsw" else None,
            "build_s": round(build_s, 2),
            "p50_ms": round(float(np.percentile(times, 50)), 3),
            "p95_ms": round(float(np.percentile(times, 95)), 3),
            f"recall@{args.k}": round(recall_at_k(found, ids[truth]), 4),
            "index_mb": round(rss_after - rss_before), "rss_mb": round(rss_after),
        })
    if args.save:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            index.save(tmp)
            save_s = time.perf_counter() - start
            size_mb = os.path.getsize(Path(tmp) / "vectors.faiss") / 2**20
            start = time.perf_counter()
            VectorIndex.load(tmp)
            load_s = time.perf_counter() - start
        for row in rows:
            row.update(save_s=round(save_s, 2), load_s=round(load_s, 2), file_mb=round(size_mb, 1))
    del index
    gc.collect()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        type=lambda s: [int(float(x)) for x in s.split(",")])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("-k", dest="k", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1, help="FAISS OpenMP threads for queries (default 1)")
    parser.add_argument("--build-threads", type=int, default=2, help="FAISS OpenMP threads for building")
    parser.add_argument("--ef-search", type=int, default=None, help="HNSW efSearch (default: the library's)")
    parser.add_argument("--ef-sweep", default="", type=lambda s: [int(x) for x in s.split(",") if x],
                        help="comma-separated efSearch values to try on HNSW indexes")
    parser.add_argument("--exact-up-to", type=int, default=200_000,
                        help="also time exact search at sizes up to this (default 200000)")
    parser.add_argument("--save", action="store_true", help="also time save/load and report file size")
    parser.add_argument("--noise", type=float, default=0.7,
                        help="length of the noise added to each real embedding (default 0.7: cosine ≈ 0.82 to it)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    rng = np.random.default_rng(args.seed)
    real = real_embeddings(rng)
    queries, bases = real[:args.queries], real[args.queries:]  # queries are sentences never used as bases
    results = []
    for size in args.sizes:
        vectors = make_collection(size, bases, args.noise, rng)
        ids = rng.permutation(np.arange(10 * size, dtype=np.int64))[:size]  # sparse, unordered ids
        truth = exact_top_k(vectors, queries, args.k)
        kinds = (["exact"] if size <= args.exact_up_to else []) + (["hnsw"] if size > DEFAULT_APPROX_THRESHOLD // 2 else [])
        for kind in kinds:
            for row in measure(kind, ids, vectors, queries, truth, args):
                results.append(row)
                if args.json:
                    print(json.dumps(row))
                else:
                    print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
        del vectors
        gc.collect()
    if not args.json:
        print(f"threads: queries {args.threads}, build {args.build_threads}; k={args.k}; "
              f"{args.queries} queries; default approx threshold {DEFAULT_APPROX_THRESHOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
