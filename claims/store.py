"""Reads and writes of documents, speakers, claims and embeddings in a workspace's DuckDB file.

Every function takes an open connection and does no transaction handling of its own, so a
caller can group several writes into one transaction. Rows go in as Arrow tables (DuckDB is
slow row by row) and vectors come back as one float32 matrix.
"""
from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Optional, Sequence

import duckdb
import numpy as np
import pyarrow as pa

_SPACE_RUNS = re.compile(r"[ \t]+")


def content_hash(text: str) -> str:
    """sha256 of a document text with line endings and trailing blanks normalised.

    Two imports of the same article (one saved on Windows, one re-exported) hash alike.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    normalised = "\n".join(_SPACE_RUNS.sub(" ", line).rstrip() for line in lines).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def as_date(value) -> Optional[date]:
    """A ``date`` from a date, datetime or ISO string (``2025-10-16``, ``2025-10-16T08:00Z``); else None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if len(text) >= 10:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def reserve_ids(con: duckdb.DuckDBPyConnection, sequence: str, n: int) -> list[int]:
    """``n`` fresh ids from a sequence, so rows can be linked before they are inserted."""
    if n <= 0:
        return []
    return [row[0] for row in con.execute(f"SELECT nextval('{sequence}') FROM range(?)", [n]).fetchall()]


def existing_documents(con: duckdb.DuckDBPyConnection, hashes: Iterable[str]) -> dict[str, int]:
    """Content hash → document id for the hashes already stored."""
    hashes = list(dict.fromkeys(hashes))
    if not hashes:
        return {}
    table = pa.table({"content_hash": pa.array(hashes, pa.string())})
    con.register("_hashes", table)
    try:
        rows = con.execute(
            "SELECT d.content_hash, d.id FROM documents d JOIN _hashes h USING (content_hash)"
        ).fetchall()
    finally:
        con.unregister("_hashes")
    return dict(rows)


@dataclass(frozen=True)
class DocumentRow:
    """One document as stored (id reserved by the caller)."""

    id: int
    title: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    language: Optional[str]
    published: Optional[date]
    text: str
    content_hash: str
    source_path: Optional[str]
    text_origin: Optional[str]


def insert_documents(con: duckdb.DuckDBPyConnection, rows: Sequence[DocumentRow]) -> None:
    """Insert documents in one statement."""
    if not rows:
        return
    table = pa.table({
        "id": pa.array([r.id for r in rows], pa.int64()),
        "title": pa.array([r.title for r in rows], pa.string()),
        "url": pa.array([r.url for r in rows], pa.string()),
        "outlet": pa.array([r.outlet for r in rows], pa.string()),
        "language": pa.array([r.language for r in rows], pa.string()),
        "published": pa.array([r.published for r in rows], pa.date32()),
        "text": pa.array([r.text for r in rows], pa.large_string()),
        "content_hash": pa.array([r.content_hash for r in rows], pa.string()),
        "source_path": pa.array([r.source_path for r in rows], pa.string()),
        "text_origin": pa.array([r.text_origin for r in rows], pa.string()),
    })
    con.register("_documents", table)
    try:
        con.execute(
            "INSERT INTO documents (id, title, url, outlet, language, published, text, content_hash, "
            "source_path, text_origin) SELECT id, title, url, outlet, language, published, text, "
            "content_hash, source_path, text_origin FROM _documents"
        )
    finally:
        con.unregister("_documents")


def speaker_name(source: Optional[str]) -> Optional[str]:
    """The canonical speaker name for an extracted source: whitespace collapsed, None when empty."""
    if not source:
        return None
    name = " ".join(source.split())
    return name or None


def ensure_speakers(con: duckdb.DuckDBPyConnection, mentions: Iterable[tuple[str, Optional[str]]]) -> dict[str, int]:
    """Speaker ids for canonical names, creating missing speakers and recording their mentions as aliases.

    ``mentions`` yields (canonical name, mention as written in the text).
    """
    pairs = [(name, " ".join((mention or name).split())) for name, mention in mentions if name]
    if not pairs:
        return {}
    names = list(dict.fromkeys(name for name, _ in pairs))
    table = pa.table({"name": pa.array(names, pa.string())})
    con.register("_names", table)
    try:
        con.execute(
            "INSERT INTO speakers (name) SELECT n.name FROM _names n "
            "WHERE NOT EXISTS (SELECT 1 FROM speakers s WHERE s.name = n.name)"
        )
        ids = dict(con.execute("SELECT s.name, s.id FROM speakers s JOIN _names USING (name)").fetchall())
    finally:
        con.unregister("_names")
    aliases = list(dict.fromkeys((ids[name], alias) for name, alias in pairs))
    alias_table = pa.table({
        "speaker_id": pa.array([a[0] for a in aliases], pa.int64()),
        "alias": pa.array([a[1] for a in aliases], pa.string()),
    })
    con.register("_aliases", alias_table)
    try:
        con.execute(
            "INSERT INTO speaker_aliases (speaker_id, alias) SELECT speaker_id, alias FROM _aliases a "
            "WHERE NOT EXISTS (SELECT 1 FROM speaker_aliases s WHERE s.speaker_id = a.speaker_id AND s.alias = a.alias)"
        )
    finally:
        con.unregister("_aliases")
    return ids


CLAIM_COLUMNS = (
    "id", "document_id", "content", "content_start", "content_end", "kind", "speaker_id", "source",
    "source_mention", "source_start", "source_end", "cue", "cue_start", "cue_end", "reported_by",
    "sentence", "language", "family_id",
)
_CLAIM_TYPES = {
    "id": pa.int64(), "document_id": pa.int64(), "content_start": pa.int32(), "content_end": pa.int32(),
    "speaker_id": pa.int64(), "source_start": pa.int32(), "source_end": pa.int32(), "cue_start": pa.int32(),
    "cue_end": pa.int32(), "sentence": pa.int32(), "family_id": pa.int64(),
}


def insert_claims(con: duckdb.DuckDBPyConnection, rows: Sequence[dict]) -> None:
    """Insert claims (dicts with the keys of ``CLAIM_COLUMNS``) in one statement."""
    if not rows:
        return
    table = pa.table({
        col: pa.array([r.get(col) for r in rows], _CLAIM_TYPES.get(col, pa.string())) for col in CLAIM_COLUMNS
    })
    con.register("_claims", table)
    try:
        cols = ", ".join(CLAIM_COLUMNS)
        con.execute(f"INSERT INTO claims ({cols}) SELECT {cols} FROM _claims")
    finally:
        con.unregister("_claims")


def insert_embeddings(con: duckdb.DuckDBPyConnection, ids: Sequence[int], vectors: np.ndarray, model: str) -> None:
    """Store the vectors of claims (one row per claim, replacing an older vector of the same claim)."""
    if len(ids) == 0:
        return
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    table = pa.table({
        "claim_id": pa.array(np.asarray(ids, dtype=np.int64)),
        "vector": pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), vectors.shape[1]),
    })
    con.register("_vectors", table)
    try:
        con.execute("DELETE FROM embeddings WHERE claim_id IN (SELECT claim_id FROM _vectors)")
        con.execute(
            "INSERT INTO embeddings (claim_id, model, vector) SELECT claim_id, ?, vector::FLOAT[] FROM _vectors",
            [model],
        )
    finally:
        con.unregister("_vectors")


def read_embeddings(
    con: duckdb.DuckDBPyConnection,
    *,
    after_id: Optional[int] = None,
    ids: Optional[Sequence[int]] = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(claim ids, float32 matrix) of stored vectors, all or those with id > ``after_id`` or in ``ids``."""
    where, params = "", []
    if after_id is not None:
        where, params = "WHERE claim_id > ?", [int(after_id)]
    if ids is not None:
        table = pa.table({"claim_id": pa.array(np.asarray(list(ids), dtype=np.int64))})
        con.register("_wanted", table)
        where = "WHERE claim_id IN (SELECT claim_id FROM _wanted)"
    try:
        with warnings.catch_warnings():  # "an extra copy": cheap next to a relation that outlives the call
            warnings.simplefilter("ignore")
            table = con.execute(f"SELECT claim_id, vector FROM embeddings {where} ORDER BY claim_id",
                                params).to_arrow_table()
    finally:
        if ids is not None:
            con.unregister("_wanted")
    claim_ids = table.column("claim_id").to_numpy().astype(np.int64)
    if len(claim_ids) == 0:
        return claim_ids, np.zeros((0, 0), dtype=np.float32)
    flat = table.column("vector").combine_chunks().flatten().to_numpy().astype(np.float32, copy=False)
    return claim_ids, flat.reshape(len(claim_ids), -1)


def embedding_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The distinct models that made the stored vectors (normally one, or none)."""
    return [row[0] for row in con.execute("SELECT DISTINCT model FROM embeddings ORDER BY model").fetchall()]


def embedding_stats(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(number of stored vectors, highest claim id with a vector, 0 when none)."""
    count, top = con.execute("SELECT count(*), coalesce(max(claim_id), 0) FROM embeddings").fetchall()[0]
    return int(count), int(top)


def claim_contents(con: duckdb.DuckDBPyConnection, ids: Sequence[int]) -> dict[int, str]:
    """Claim id → content for the given ids."""
    if not ids:
        return {}
    table = pa.table({"id": pa.array(np.asarray(list(ids), dtype=np.int64))})
    con.register("_ids", table)
    try:
        return dict(con.execute("SELECT c.id, c.content FROM claims c JOIN _ids USING (id)").fetchall())
    finally:
        con.unregister("_ids")


def checked_claim_ids(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """Ids of the claims that have a verdict of their own (the `current_verdicts` view)."""
    return con.execute("SELECT claim_id FROM current_verdicts").fetchnumpy()["claim_id"].astype(np.int64)
