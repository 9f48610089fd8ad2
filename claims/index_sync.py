"""Keeps a workspace's FAISS index in step with the vectors stored in DuckDB.

DuckDB is the source of truth: claims and their vectors are committed together, and only then
added to the index, which is saved (atomically) while the workspace connection is held. The
index files are therefore a cache that may lag behind but never runs ahead. Whenever the index
is used it is checked against DuckDB (model, count, highest id); missing vectors are added
from the stored embeddings, and anything else that disagrees triggers a rebuild, so a crash
between commit and save is repaired on the next use.

One loaded index is kept per process and workspace folder. A call costs one
``count/max`` query when nothing changed; when another process added claims, only their
vectors are read and added.

Layout: ``<workspace>/index/vectors/`` holds the ``VectorIndex`` files; their sidecar records
the model that made the vectors.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import duckdb
import numpy as np

from claims import store
from claims.errors import UserError
from claims.workspace import Workspace
from index.vector_index import VectorIndex

VECTORS_DIR = "vectors"


@dataclass
class _Entry:
    model: str
    index: Optional[VectorIndex] = None
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # sorted
    dirty: bool = False  # holds vectors not yet saved to disk

    @property
    def max_id(self) -> int:
        return int(self.ids[-1]) if len(self.ids) else 0


_entries: dict[str, _Entry] = {}
_locks: dict[str, threading.RLock] = {}
_guard = threading.Lock()


def _key(ws: Workspace) -> str:
    return str(Path(ws.path).resolve())


def workspace_lock(ws: Workspace) -> threading.RLock:
    """The in-process lock for writes to a workspace and uses of its index.

    DuckDB's file lock keeps other processes out; threads of one process (Streamlit sessions)
    share a database instance, so they take turns on this lock instead.
    """
    key = _key(ws)
    with _guard:
        return _locks.setdefault(key, threading.RLock())


def model_mismatch_message(ws: Workspace, models: list[str]) -> str:
    return (
        f"the vectors in workspace {ws.path} were made with {', '.join(models)}, but its config names "
        f"{ws.config['model']!r}; vectors of two models cannot be mixed: run "
        f"`python -m claims reindex --workspace {ws.path}` to re-embed every claim with the configured model"
    )


def check_model(ws: Workspace, con: duckdb.DuckDBPyConnection) -> None:
    """Raise ``UserError`` when stored vectors were made by another model than the configured one."""
    models = store.embedding_models(con)
    if models and models != [ws.config["model"]]:
        raise UserError(model_mismatch_message(ws, models))


@contextmanager
def synced_index(ws: Workspace, con: duckdb.DuckDBPyConnection) -> Iterator[_Entry]:
    """The workspace's index, brought in step with DuckDB, held under the workspace lock.

    ``entry.index`` is None while the workspace has no vectors.
    """
    with workspace_lock(ws):
        yield _sync(ws, con)


def _sync(ws: Workspace, con: duckdb.DuckDBPyConnection) -> _Entry:
    key = _key(ws)
    model = ws.config["model"]
    count, top = store.embedding_stats(con)
    entry = _entries.get(key)
    if entry is not None and entry.model == model and len(entry.ids) == count and entry.max_id == top:
        return entry
    check_model(ws, con)
    from_disk = entry is None or entry.model != model
    if from_disk:
        entry = _load(ws, model)
        _entries[key] = entry
    db_ids = _stored_ids(con)
    if entry.index is not None and len(entry.ids) == 0 and len(entry.index) > 0:
        # Freshly loaded from disk: its ids are known only by count and highest id. The index
        # never runs ahead of DuckDB, so it holds the stored ids up to its highest one when the
        # counts agree; the rest were committed after the last save.
        held = db_ids[db_ids <= entry.index.max_id]
        if len(held) == len(entry.index):
            entry.ids = held
        else:
            entry.index = None  # disagrees: rebuild below
    if entry.index is not None and len(np.setdiff1d(entry.ids, db_ids, assume_unique=True)):
        entry.index, entry.ids = None, np.zeros(0, dtype=np.int64)  # vectors without claims: rebuild
    if entry.index is None:
        _rebuild(ws, con, entry)
        return entry
    missing = np.setdiff1d(db_ids, entry.ids, assume_unique=True)
    if len(missing):
        ids, vectors = store.read_embeddings(con, ids=missing)
        _add(entry, ids, vectors)
        if from_disk:  # the files lag behind DuckDB (a crash after a commit): repair them
            entry.dirty = True
            save(ws, con)
        # else another process added these vectors and saves them itself
    return entry


def _stored_ids(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    ids = con.execute("SELECT claim_id FROM embeddings ORDER BY claim_id").fetchnumpy()["claim_id"]
    return np.asarray(ids, dtype=np.int64)


def _load(ws: Workspace, model: str) -> _Entry:
    entry = _Entry(model=model)
    index = VectorIndex.load(ws.index_dir / VECTORS_DIR)
    if index is not None and index.model == model and len(index):
        entry.index = index
    return entry


def _rebuild(ws: Workspace, con: duckdb.DuckDBPyConnection, entry: _Entry) -> None:
    ids, vectors = store.read_embeddings(con)
    entry.index = VectorIndex.build(ids, vectors, model=entry.model) if len(ids) else None
    entry.ids = ids
    entry.dirty = True
    save(ws, con)


def _add(entry: _Entry, ids: np.ndarray, vectors: np.ndarray) -> None:
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) == 0:
        return
    if entry.index is None:
        entry.index = VectorIndex.build(ids, vectors, model=entry.model)
    else:
        entry.index.add(ids, vectors)
    entry.ids = np.union1d(entry.ids, ids)


def add(ws: Workspace, con: duckdb.DuckDBPyConnection, ids, vectors: np.ndarray) -> None:
    """Add vectors just committed to DuckDB to the cached index (saved later by ``save``)."""
    if len(ids) == 0:
        return
    ids = np.asarray(ids, dtype=np.int64)
    with workspace_lock(ws):
        entry = _entries.get(_key(ws))
        count, top = store.embedding_stats(con)
        new = np.setdiff1d(ids, entry.ids) if entry is not None else ids
        if (entry is not None and entry.model == ws.config["model"]
                and len(entry.ids) + len(new) == count and max(entry.max_id, int(ids.max())) == top):
            keep = np.isin(ids, new)
            _add(entry, ids[keep], np.asarray(vectors, dtype=np.float32)[keep])
        else:  # the cache lags behind more than these: sync reads what it lacks from DuckDB
            entry = _sync(ws, con)
        entry.dirty = True  # this process committed them: it saves them


def save(ws: Workspace, con: duckdb.DuckDBPyConnection) -> None:
    """Write the cached index to disk if it holds unsaved vectors; call while holding ``con``."""
    del con  # holding it is the point: the DuckDB file lock is the workspace lock
    with workspace_lock(ws):
        entry = _entries.get(_key(ws))
        if entry is None or not entry.dirty:
            return
        folder = ws.index_dir / VECTORS_DIR
        if entry.index is not None:
            entry.index.save(folder)
        else:  # no vectors left: no files, so nothing stale is loaded later
            for name in ("vectors.faiss", "vectors.json"):
                (folder / name).unlink(missing_ok=True)
        entry.dirty = False


def rebuild(ws: Workspace, con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild the index from the stored vectors and save it; returns the number of vectors."""
    with workspace_lock(ws):
        check_model(ws, con)
        entry = _Entry(model=ws.config["model"])
        _entries[_key(ws)] = entry
        _rebuild(ws, con, entry)
        return len(entry.ids)


def forget(ws: Workspace) -> None:
    """Drop this process's cached index of a workspace (the next use loads or rebuilds it)."""
    with workspace_lock(ws):
        _entries.pop(_key(ws), None)


def indexed_count(ws: Workspace, con: duckdb.DuckDBPyConnection) -> int:
    """Number of vectors in the (synced) index."""
    with synced_index(ws, con) as entry:
        return 0 if entry.index is None else len(entry.index)
