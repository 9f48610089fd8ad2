"""Counts and settings of a workspace at a glance (``python -m claims info``)."""
from __future__ import annotations

from claims import index_sync, store
from claims.schema import current_version
from claims.workspace import Workspace


def workspace_info(ws: Workspace) -> dict:
    """Model, counts of documents, claims, indexed vectors and verdicts, and a little more.

    Keys: ``documents``, ``claims``, ``indexed`` (vectors in the FAISS index, brought in step
    with DuckDB first), ``verdicts`` (claims with a current verdict), ``model``, plus
    ``embeddings``, ``verdict_events``, ``speakers``, ``families``, ``matches`` (by state),
    ``embedding_models``, ``schema_version``, ``workspace``, ``thresholds``.
    """
    with ws.connect() as con:
        one = lambda sql: int(con.execute(sql).fetchall()[0][0])  # noqa: E731
        info = {
            "workspace": str(ws.path),
            "model": ws.config.get("model"),
            "documents": one("SELECT count(*) FROM documents"),
            "claims": one("SELECT count(*) FROM claims"),
            "embeddings": store.embedding_stats(con)[0],
            "verdicts": one("SELECT count(*) FROM current_verdicts"),
            "verdict_events": one("SELECT count(*) FROM verdict_events"),
            "speakers": one("SELECT count(*) FROM speakers"),
            "families": one("SELECT count(DISTINCT family_id) FROM claims WHERE family_id IS NOT NULL"),
            "matches": dict(con.execute("SELECT state, count(*) FROM claim_matches GROUP BY state ORDER BY state").fetchall()),
            "embedding_models": store.embedding_models(con),
            "schema_version": current_version(con),
            "thresholds": {
                "suggest": ws.config.get("suggest_threshold"),
                "confirm": ws.config.get("confirm_threshold"),
                "family": ws.config.get("family_threshold", None),
            },
        }
        if info["embedding_models"] in ([], [ws.config.get("model")]):
            info["indexed"] = index_sync.indexed_count(ws, con)
        else:
            info["indexed"] = 0  # vectors of another model: the index is unusable until `reindex`
            info["warning"] = index_sync.model_mismatch_message(ws, info["embedding_models"])
    from claims.families import family_threshold

    info["thresholds"]["family"] = family_threshold(ws.config)
    return info
