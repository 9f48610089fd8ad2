"""Nearest-neighbour search over unit vectors keyed by int64 ids (FAISS, inner product = cosine).

Small collections use exact search (``IndexFlatIP``). Past ``approx_threshold`` vectors the index
becomes an HNSW graph (``IndexHNSWFlat``): on 100k real-like sentence embeddings it reached
recall@10 0.98 in 0.6 ms per query where IVF-Flat reached 0.96–0.97 in 1.2–1.9 ms, and IVF
scans a fixed share of the collection, so its time grows with it (``benchmarks/search_speed.py``;
HNSW's price is build time). Either sits inside ``IndexIDMap2``, whose id map turns FAISS
row numbers into our ids. An HNSW graph cannot delete, so a removed (or replaced) vector keeps
its row with id -1 and is filtered out of every search; once more than a quarter of the rows
are dead, or the collection shrinks below half the threshold, the index is rebuilt.

Thread safety: every public method takes one lock, so concurrent calls from several threads
(Streamlit sessions) are safe; they run one at a time, and a search waits while an add,
remove or rebuild is in progress. Two processes must not write the same folder at once: the
caller holds the workspace lock while saving.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

import faiss
import numpy as np

DEFAULT_APPROX_THRESHOLD = 20_000
"""Vector count above which exact search gives way to the HNSW graph."""
DEFAULT_HNSW_M = 32
"""Graph neighbours per vector (memory: about 2·M·4 bytes per vector on top of the vector)."""
DEFAULT_EF_CONSTRUCTION = 64
DEFAULT_EF_SEARCH = 256
"""Candidate list length per query: recall@10 0.96 at 1M real-like vectors (0.90 at 128)."""

INDEX_FILE = "vectors.faiss"
META_FILE = "vectors.json"
FORMAT_VERSION = 1
_DEAD = -1
_MAX_DEAD_SHARE = 0.25
_LIVE_IDS = faiss.IDSelectorRange(0, np.iinfo(np.int64).max)  # dead rows carry id -1


class VectorIndex:
    """A set of (id, unit vector) pairs answering top-k inner-product queries."""

    def __init__(self, dim: int, *, model: str | None = None,
                 approx_threshold: int = DEFAULT_APPROX_THRESHOLD, ef_search: int = DEFAULT_EF_SEARCH,
                 hnsw_m: int = DEFAULT_HNSW_M, ef_construction: int = DEFAULT_EF_CONSTRUCTION):
        if int(dim) <= 0:
            raise ValueError(f"dimension must be positive, got {dim}")
        self._dim = int(dim)
        self.model = model
        """Name of the model whose vectors these are (recorded in the sidecar; not checked here)."""
        self.approx_threshold = int(approx_threshold)
        self.ef_search = int(ef_search)
        self.hnsw_m = int(hnsw_m)
        self.ef_construction = int(ef_construction)
        self._lock = threading.RLock()
        self._set_index(faiss.IndexIDMap2(faiss.IndexFlatIP(self._dim)), inner=None, dead=0)

    # ---- construction ---------------------------------------------------------------------

    @classmethod
    def build(cls, ids, vectors, *, dim: int | None = None, model: str | None = None,
              **options) -> VectorIndex:
        """A new index holding these vectors, exact or HNSW according to their number.

        options are the keyword arguments of the constructor (approx_threshold, ef_search, …).
        """
        vectors = np.asarray(vectors, dtype=np.float32)
        if dim is None:
            if vectors.ndim != 2 or vectors.shape[1] == 0:
                raise ValueError("cannot tell the dimension from an empty vector array; pass dim=")
            dim = vectors.shape[1]
        index = cls(dim, model=model, **options)
        ids, vectors = index._check(ids, vectors)
        if len(ids):
            index._rebuild(ids, vectors)
        return index

    # ---- properties -------------------------------------------------------------------------

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    @property
    def kind(self) -> str:
        """'exact' or 'hnsw'."""
        return "hnsw" if isinstance(self._inner, faiss.IndexHNSW) else "exact"

    def __len__(self) -> int:
        return int(self._index.ntotal) - self._dead

    @property
    def max_id(self) -> int | None:
        """Highest id held, None when empty."""
        with self._lock:
            if self._max_id is None and len(self):
                self._max_id = int(self._id_map().max())
            return self._max_id

    def ids(self) -> np.ndarray:
        """All ids held (int64, in no particular order)."""
        with self._lock:
            id_map = self._id_map()
            return id_map[id_map != _DEAD].copy()

    # ---- changes --------------------------------------------------------------------------

    def add(self, ids, vectors) -> None:
        """Add vectors under their ids; an id already present gets the new vector."""
        with self._lock:
            ids, vectors = self._check(ids, vectors)
            if not len(ids):
                return
            current_max = self.max_id
            if current_max is not None and ids.min() <= current_max:
                self._drop(ids)
            self._index.add_with_ids(vectors, ids)
            self._max_id = max(int(ids.max()), -1 if current_max is None else current_max)
            self._resize_if_needed()

    def remove(self, ids) -> int:
        """Remove these ids (absent ones are ignored); returns how many vectors were removed."""
        with self._lock:
            ids = np.unique(np.asarray(ids, dtype=np.int64).reshape(-1))
            if not len(ids) or not len(self):
                return 0
            removed = self._drop(ids)
            if removed and self._max_id is not None and self._max_id in ids:
                self._max_id = None
            self._resize_if_needed()
            return removed

    # ---- queries ----------------------------------------------------------------------------

    def search(self, queries, k: int = 10) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) per query row, best first; queries is (n, dim) or (dim,).

        Both arrays have shape (n, min(k, len(self))). A slot the index could not fill (rare,
        HNSW only) has id -1 and score -inf: skip ids < 0.
        """
        queries = np.asarray(queries, dtype=np.float32)
        if queries.ndim == 1:
            queries = queries.reshape(1, -1)
        if queries.ndim != 2 or queries.shape[1] != self._dim:
            raise ValueError(f"queries must have {self._dim} columns, got shape {queries.shape}")
        queries = np.ascontiguousarray(queries)
        with self._lock:
            k = min(int(k), len(self))
            if k <= 0:
                return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
            if self.kind == "hnsw":
                params = faiss.SearchParametersHNSW(efSearch=max(self.ef_search, k))
                if self._dead:
                    params.sel = _LIVE_IDS
                scores, ids = self._index.search(queries, k, params=params)
            else:
                scores, ids = self._index.search(queries, k)
        scores[ids < 0] = -np.inf
        return scores, ids

    def nearest(self, query, k: int = 10) -> list[tuple[int, float]]:
        """(id, score) pairs for one query vector, best first, empty slots dropped."""
        scores, ids = self.search(query, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    # ---- files ------------------------------------------------------------------------------

    def save(self, folder) -> None:
        """Write the index and its JSON sidecar into folder, each atomically (temp file + rename)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            index_path = folder / INDEX_FILE
            _replace_atomically(index_path, lambda tmp: faiss.write_index(self._index, tmp))
            meta = {
                "format": FORMAT_VERSION,
                "kind": self.kind,
                "count": len(self),
                "max_id": self.max_id,
                "dim": self._dim,
                "model": self.model,
                "rows": int(self._index.ntotal),
                "bytes": index_path.stat().st_size,
            }
            data = json.dumps(meta, indent=1).encode("utf-8")
            _replace_atomically(folder / META_FILE, lambda tmp: Path(tmp).write_bytes(data))
        _fsync_dir(folder)

    @classmethod
    def load(cls, folder, **options) -> VectorIndex | None:
        """The index saved in folder, or None when it is missing, unreadable or inconsistent
        with its sidecar (the caller then rebuilds it from stored embeddings).

        options are the constructor's keyword arguments (approx_threshold, ef_search, …).
        """
        folder = Path(folder)
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            index_path = folder / INDEX_FILE
            if meta.get("format") != FORMAT_VERSION or index_path.stat().st_size != meta["bytes"]:
                return None
            raw = faiss.read_index(str(index_path))
            if not isinstance(raw, faiss.IndexIDMap2):
                return None
            inner = faiss.downcast_index(raw.index)
            kind = "hnsw" if isinstance(inner, faiss.IndexHNSW) else "exact"
            if not isinstance(inner, (faiss.IndexHNSWFlat, faiss.IndexFlatIP)):
                return None
            if kind != meta["kind"] or raw.d != meta["dim"] or raw.ntotal != meta["rows"]:
                return None
            index = cls(meta["dim"], model=meta.get("model"), **options)
            dead = int(np.count_nonzero(faiss.vector_to_array(raw.id_map) == _DEAD))
            index._set_index(raw, inner=inner, dead=dead)
            if len(index) != meta["count"] or index.max_id != meta["max_id"]:
                return None
            return index
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):
            return None

    # ---- internals --------------------------------------------------------------------------

    def _set_index(self, index, inner, dead: int) -> None:
        self._index = index
        # keep a Python reference to the inner index: a fresh IndexIDMap2 does not own it
        self._inner = inner if inner is not None else faiss.downcast_index(index.index)
        self._dead = dead
        self._max_id: int | None = None

    def _id_map(self) -> np.ndarray:
        """The id of every FAISS row, as a writable view (dead rows hold -1)."""
        n = int(self._index.ntotal)
        if not n:
            return np.zeros(0, np.int64)
        return faiss.rev_swig_ptr(self._index.id_map.data(), n)

    def _drop(self, ids: np.ndarray) -> int:
        """Take these ids out of search; returns how many were present."""
        if self.kind == "exact":
            return int(self._index.remove_ids(faiss.IDSelectorBatch(ids)))
        id_map = self._id_map()
        rows = np.flatnonzero(np.isin(id_map, ids))
        id_map[rows] = _DEAD
        self._dead += len(rows)
        return len(rows)

    def _check(self, ids, vectors) -> tuple[np.ndarray, np.ndarray]:
        ids = np.ascontiguousarray(np.asarray(ids).reshape(-1), dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim == 1 and len(ids) <= 1:
            vectors = vectors.reshape(len(ids), -1) if len(ids) else vectors.reshape(0, self._dim)
        if vectors.ndim != 2 or vectors.shape != (len(ids), self._dim):
            raise ValueError(f"expected {len(ids)} vectors of length {self._dim}, got shape {vectors.shape}")
        if len(ids) and ids.min() < 0:
            raise ValueError("ids must be non-negative")
        if len(np.unique(ids)) != len(ids):
            raise ValueError("ids repeat within one call")
        return ids, vectors

    def _live_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        n = int(self._index.ntotal)
        id_map = self._id_map().copy()
        vectors = self._inner.reconstruct_n(0, n) if n else np.zeros((0, self._dim), np.float32)
        live = id_map != _DEAD
        return id_map[live], vectors[live]

    def _resize_if_needed(self) -> None:
        n, rows = len(self), int(self._index.ntotal)
        if self.kind == "exact":
            if n > self.approx_threshold:
                self._rebuild(*self._live_vectors())
        elif n < self.approx_threshold // 2 or self._dead > _MAX_DEAD_SHARE * rows:
            self._rebuild(*self._live_vectors())

    def _rebuild(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) <= self.approx_threshold:
            inner = faiss.IndexFlatIP(self._dim)
        else:
            inner = faiss.IndexHNSWFlat(self._dim, self.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = self.ef_construction
            inner.hnsw.efSearch = self.ef_search
        index = faiss.IndexIDMap2(inner)
        index.add_with_ids(vectors, ids)
        self._set_index(index, inner=inner, dead=0)
        self._max_id = int(ids.max()) if len(ids) else None


def _replace_atomically(path: Path, write) -> None:
    """Call write(temp_path) for a temp file beside path, fsync it, then rename it over path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
