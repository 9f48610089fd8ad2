"""Semantic search over a workspace's claims, in German or English, with optional filters.

The query is embedded with the workspace's model and looked up in the FAISS index. Filters
(language, speaker) are applied to the nearest claims, fetching more neighbours until ``k``
claims pass; when a filter leaves at most a few thousand claims, their stored vectors are
compared exactly instead, so a rare speaker's claims are found however far they rank.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import duckdb
import numpy as np
import pyarrow as pa

from claims import index_sync, store
from claims.errors import UserError
from claims.workspace import Workspace

MAX_K = 1000
EXACT_LIMIT = 5000  # filters leaving at most this many claims are searched exactly
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class SearchHit:
    """A claim found by a search, with its article and current verdict."""

    claim_id: int
    score: float
    content: str
    source: Optional[str]
    kind: str
    language: Optional[str]
    cue: Optional[str]
    status: str
    verdict: Optional[str]              # label key of the claim's own current verdict
    inherited_verdict: Optional[str]    # label of a confirmed previously-checked match, if any
    family_id: Optional[int]
    document_id: int
    title: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[date]

    def to_dict(self) -> dict:
        """The JSON shape of ``search --json``."""
        return {
            "claim_id": self.claim_id, "score": round(self.score, 4), "content": self.content,
            "source": self.source, "kind": self.kind, "language": self.language, "cue": self.cue,
            "status": self.status, "verdict": self.verdict, "inherited_verdict": self.inherited_verdict,
            "family_id": self.family_id,
            "document": {
                "id": self.document_id, "title": self.title, "outlet": self.outlet, "url": self.url,
                "published": self.published.isoformat() if self.published else None,
            },
        }


def search_claims(ws: Workspace, query: str, k: int = 10, lang: Optional[str] = None,
                  speaker: Optional[str] = None) -> list[SearchHit]:
    """The ``k`` claims nearest to ``query`` (any language), best first, optionally only in
    ``lang`` ('de'/'en') or by a speaker (a case-insensitive part of the name or a mention)."""
    from index.embeddings import encode

    query = (query or "").strip()
    if not query:
        raise UserError("the search query is empty")
    k = _check_k(k)
    lang = _check_lang(lang)
    speaker = (speaker or "").strip() or None
    vector = encode(_model(ws), [query])
    with ws.connect() as con:
        return _nearest(ws, con, vector, k, lang=lang, speaker=speaker)


def _model(ws: Workspace):
    """The workspace's model; when it cannot be loaded, say first if the stored vectors are of another."""
    from claims.ingest import workspace_model

    try:
        return workspace_model(ws)[0]
    except UserError:
        with ws.connect() as con:
            index_sync.check_model(ws, con)
        raise


def similar_claims(ws: Workspace, claim_id: int, k: int = 10) -> list[SearchHit]:
    """The ``k`` claims most similar to a stored claim (itself excluded), best first."""
    k = _check_k(k)
    claim_id = int(claim_id)
    with ws.connect() as con:
        rows = con.execute("SELECT content FROM claims WHERE id = ?", [claim_id]).fetchall()
        if not rows:
            raise UserError(f"no claim with id {claim_id}")
        ids, vectors = store.read_embeddings(con, ids=[claim_id])
        if len(ids):
            return _nearest(ws, con, vectors, k, exclude=claim_id)
    from index.embeddings import encode  # stored without a vector (by an older program): embed it now

    vectors = encode(_model(ws), [rows[0][0]])
    with ws.connect() as con:
        return _nearest(ws, con, vectors, k, exclude=claim_id)


def _check_k(k) -> int:
    try:
        k = int(k)
    except (TypeError, ValueError):
        raise UserError(f"k must be a whole number, not {k!r}") from None
    if not 1 <= k <= MAX_K:
        raise UserError(f"k must be between 1 and {MAX_K}, not {k}")
    return k


def _check_lang(lang: Optional[str]) -> Optional[str]:
    if lang is None or lang == "":
        return None
    lang = lang.strip().lower()
    if lang not in LANGUAGES:
        raise UserError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def _filter_sql(lang: Optional[str], speaker: Optional[str]) -> tuple[str, list]:
    conds, params = [], []
    if lang:
        conds.append("c.language = ?")
        params.append(lang)
    if speaker:
        pattern = "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(
            "(c.source ILIKE ? ESCAPE '\\' OR c.source_mention ILIKE ? ESCAPE '\\' "
            "OR c.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE alias ILIKE ? ESCAPE '\\'))"
        )
        params += [pattern] * 3
    return " AND ".join(conds), params


def _nearest(ws: Workspace, con: duckdb.DuckDBPyConnection, vector: np.ndarray, k: int, *,
             lang: Optional[str] = None, speaker: Optional[str] = None,
             exclude: Optional[int] = None) -> list[SearchHit]:
    where, params = _filter_sql(lang, speaker)
    if where:
        candidates = con.execute(f"SELECT c.id FROM claims c WHERE {where} LIMIT ?", [*params, EXACT_LIMIT + 1]).fetchall()
        if not candidates:
            return []
        if len(candidates) <= EXACT_LIMIT:
            ids, vectors = store.read_embeddings(con, ids=[r[0] for r in candidates])
            if len(ids) == 0:
                return []
            scores = vectors @ vector[0]
            order = np.argsort(-scores, kind="stable")
            ranked = [(int(ids[i]), float(scores[i])) for i in order if ids[i] != exclude][:k]
            return _hits(con, ranked)
    with index_sync.synced_index(ws, con) as entry:
        index = entry.index
        if index is None:
            return []
        size = len(index)
        fetch = min(size, k + 1 if not where else 4 * k)
        while True:
            scores, found = index.search(vector, fetch)
            ranked = [(int(c), float(s)) for s, c in zip(scores[0], found[0]) if c >= 0 and c != exclude]
            if not where:
                return _hits(con, ranked[:k])
            passed = _passing(con, [c for c, _ in ranked], where, params)
            ranked = [(c, s) for c, s in ranked if c in passed]
            if len(ranked) >= k or fetch >= size:
                return _hits(con, ranked[:k])
            fetch = min(size, fetch * 4)


def _passing(con, ids: list[int], where: str, params: list) -> set[int]:
    if not ids:
        return set()
    con.register("_found", pa.table({"id": pa.array(ids, pa.int64())}))
    try:
        rows = con.execute(f"SELECT c.id FROM claims c JOIN _found USING (id) WHERE {where}", params).fetchall()
    finally:
        con.unregister("_found")
    return {r[0] for r in rows}


def _hits(con: duckdb.DuckDBPyConnection, ranked: list[tuple[int, float]]) -> list[SearchHit]:
    """Rows for ranked (claim id, score) pairs, in rank order."""
    if not ranked:
        return []
    con.register("_ranked", pa.table({
        "id": pa.array([c for c, _ in ranked], pa.int64()),
        "score": pa.array([s for _, s in ranked], pa.float64()),
        "rank": pa.array(list(range(len(ranked))), pa.int32()),
    }))
    try:
        rows = con.execute(
            """SELECT c.id, r.score, c.content, c.source, c.kind, c.language, c.cue, c.status,
                      (SELECT arg_max(label, id) FROM verdict_events v WHERE v.claim_id = c.id),
                      (SELECT arg_max(ve.label, ve.id) FROM claim_matches m JOIN verdict_events ve
                         ON ve.claim_id = m.checked_claim_id
                       WHERE m.claim_id = c.id AND m.state = 'confirmed'),
                      c.family_id, d.id, d.title, d.outlet, d.url, d.published
               FROM _ranked r JOIN claims c ON c.id = r.id JOIN documents d ON d.id = c.document_id
               ORDER BY r.rank"""
        ).fetchall()
    finally:
        con.unregister("_ranked")
    return [SearchHit(*row) for row in rows]
