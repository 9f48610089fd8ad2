"""Previously-checked matching: link a claim to an already checked claim that says the same.

A claim is *checked* when it has a verdict of its own (the ``current_verdicts`` view). When a
claim's similarity to a checked claim reaches the workspace's ``suggest_threshold``, a row in
``claim_matches`` links them with ``state = 'suggested'``. When it also reaches
``confirm_threshold``, the claim has at least ``CONFIDENT_MIN_WORDS`` words and both claims
mention the same numbers, the row is marked ``confident = true``: the UI offers it for
one-click confirmation. Short claims ("Das ist falsch.") only ever get plain suggestions, and
so do claims whose numbers differ ("2 Millionen" / "20 million"), however close their vectors.
The thresholds come from the workspace config (calibrated for the default model by
``benchmarks/calibrate_thresholds.py``, which assumes this equal-numbers rule). Nothing is confirmed automatically:
``confirm_match`` and ``reject_match`` are reviewer actions (``state`` becomes 'confirmed' or
'rejected', with who and when); a later refresh never overrides a decision.

Matching runs for new claims at ingest, and for every claim similar to a claim when that
claim gets its first verdict (``refresh_matches_for``, called by the verdict code).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from claims import index_sync, store
from claims.errors import UserError
from claims.families import numbers
from claims.workspace import Workspace

CONFIDENT_MIN_WORDS = 8
DENSE_LIMIT = 5000      # up to this many checked claims, compare against all of them exactly
NEIGHBOURS = 100        # otherwise look among this many nearest claims
REFRESH_NEIGHBOURS = 500


def thresholds(config: dict) -> tuple[float, float]:
    """(suggest, confirm) thresholds of a workspace."""
    from claims.workspace import DEFAULT_CONFIG

    return (float(config.get("suggest_threshold", DEFAULT_CONFIG["suggest_threshold"])),
            float(config.get("confirm_threshold", DEFAULT_CONFIG["confirm_threshold"])))


def word_count(text: str) -> int:
    return len(text.split())


def is_confident(score: float, content: str, checked_content: str, config: dict) -> bool:
    """A suggestion strong enough for one-click confirmation: very close, long enough, same numbers."""
    return (score >= thresholds(config)[1] and word_count(content) >= CONFIDENT_MIN_WORDS
            and numbers(content) == numbers(checked_content))


def match_new_claims(
    con: duckdb.DuckDBPyConnection,
    index,
    ids: Sequence[int],
    vectors: np.ndarray,
    contents: Sequence[str],
    config: dict,
) -> int:
    """Suggest matches from new claims to checked claims (inside the caller's transaction); returns the count."""
    if len(ids) == 0:
        return 0
    checked = store.checked_claim_ids(con)
    if len(checked) == 0:
        return 0
    suggest, _ = thresholds(config)
    pairs: list[tuple[int, int, float, bool]] = []
    if len(checked) <= DENSE_LIMIT:
        checked_ids, checked_vectors = store.read_embeddings(con, ids=checked)
        if len(checked_ids) == 0:
            return 0
        scores = vectors @ checked_vectors.T
        for i, j in zip(*np.nonzero(scores >= suggest)):
            pairs.append((int(ids[i]), int(checked_ids[j]), float(scores[i, j]), False))
    elif index is not None and len(index):
        checked_set = set(checked.tolist())
        scores, found = index.search(vectors, min(NEIGHBOURS, len(index)))
        for i in range(len(ids)):
            for s, c in zip(scores[i], found[i]):
                if c >= 0 and s >= suggest and int(c) in checked_set:
                    pairs.append((int(ids[i]), int(c), float(s), False))
    content_of = dict(zip((int(i) for i in ids), contents))
    checked_text = store.claim_contents(con, sorted({b for _, b, _, _ in pairs}))
    pairs = [(a, b, s, is_confident(s, content_of[a], checked_text.get(b, ""), config))
             for a, b, s, _ in pairs if a != b]
    return _insert_suggestions(con, pairs)


def _insert_suggestions(con: duckdb.DuckDBPyConnection, pairs: list[tuple[int, int, float, bool]]) -> int:
    """Insert suggestions, keeping every existing row (and so every reviewer decision) as it is."""
    if not pairs:
        return 0
    table = pa.table({
        "claim_id": pa.array([p[0] for p in pairs], pa.int64()),
        "checked_claim_id": pa.array([p[1] for p in pairs], pa.int64()),
        "score": pa.array([p[2] for p in pairs], pa.float64()),
        "confident": pa.array([p[3] for p in pairs], pa.bool_()),
    })
    con.register("_pairs", table)
    try:
        before = con.execute("SELECT count(*) FROM claim_matches").fetchall()[0][0]
        con.execute(
            "INSERT INTO claim_matches (claim_id, checked_claim_id, score, state, confident) "
            "SELECT claim_id, checked_claim_id, score, 'suggested', confident FROM _pairs p "
            "WHERE NOT EXISTS (SELECT 1 FROM claim_matches m WHERE m.claim_id = p.claim_id "
            "AND m.checked_claim_id = p.checked_claim_id)"
        )
        return con.execute("SELECT count(*) FROM claim_matches").fetchall()[0][0] - before
    finally:
        con.unregister("_pairs")


def refresh_matches_for(ws: Workspace, checked_claim_id: int, con: Optional[duckdb.DuckDBPyConnection] = None) -> int:
    """Suggest ``checked_claim_id`` (which now has a verdict) as a match to every similar claim.

    Call it after the claim's first verdict is stored. Claims that have a verdict of their own
    are left alone, as are existing match rows. Pass ``con`` to run inside an open connection
    (its transaction, if any, is the caller's). Returns the number of new suggestions.
    """
    if con is None:
        with ws.connect() as own:
            return refresh_matches_for(ws, checked_claim_id, own)
    checked_claim_id = int(checked_claim_id)
    ids, vectors = store.read_embeddings(con, ids=[checked_claim_id])
    if len(ids) == 0:
        if not con.execute("SELECT 1 FROM claims WHERE id = ?", [checked_claim_id]).fetchall():
            raise UserError(f"no claim with id {checked_claim_id}")
        return 0  # not embedded (yet): matched when it is
    suggest, _ = thresholds(ws.config)
    with index_sync.synced_index(ws, con) as entry:
        if entry.index is None:
            return 0
        scores, found = entry.index.search(vectors, min(REFRESH_NEIGHBOURS, len(entry.index)))
    near = [(int(c), float(s)) for s, c in zip(scores[0], found[0]) if c >= 0 and s >= suggest and c != checked_claim_id]
    if not near:
        return 0
    checked = set(store.checked_claim_ids(con).tolist())
    near = [(c, s) for c, s in near if c not in checked]
    contents = store.claim_contents(con, [c for c, _ in near] + [checked_claim_id])
    checked_text = contents.get(checked_claim_id, "")
    pairs = [(c, checked_claim_id, s, is_confident(s, contents[c], checked_text, ws.config))
             for c, s in near if c in contents]
    return _insert_suggestions(con, pairs)


def confirm_match(ws: Workspace, claim_id: int, checked_claim_id: int, reviewer: Optional[str]) -> None:
    """A reviewer confirms that ``claim_id`` says what the checked claim says (links them; copies nothing)."""
    _decide(ws, claim_id, checked_claim_id, "confirmed", reviewer)


def reject_match(ws: Workspace, claim_id: int, checked_claim_id: int, reviewer: Optional[str]) -> None:
    """A reviewer rejects the suggestion; it is never suggested again."""
    _decide(ws, claim_id, checked_claim_id, "rejected", reviewer)


def _decide(ws: Workspace, claim_id: int, checked_claim_id: int, state: str, reviewer: Optional[str]) -> None:
    claim_id, checked_claim_id = int(claim_id), int(checked_claim_id)
    if claim_id == checked_claim_id:
        raise UserError("a claim cannot be matched with itself")
    with index_sync.workspace_lock(ws), ws.connect() as con:
        found = {r[0] for r in con.execute("SELECT id FROM claims WHERE id IN (?, ?)", [claim_id, checked_claim_id]).fetchall()}
        for cid in (claim_id, checked_claim_id):
            if cid not in found:
                raise UserError(f"no claim with id {cid}")
        con.execute("BEGIN TRANSACTION")
        try:
            updated = con.execute(
                "UPDATE claim_matches SET state = ?, decided_by = ?, decided_at = current_timestamp "
                "WHERE claim_id = ? AND checked_claim_id = ? RETURNING claim_id",
                [state, reviewer, claim_id, checked_claim_id],
            ).fetchall()
            if not updated:  # a reviewer links two claims that were never suggested
                score = _similarity(con, claim_id, checked_claim_id)
                con.execute(
                    "INSERT INTO claim_matches (claim_id, checked_claim_id, score, state, decided_by, decided_at, confident) "
                    "VALUES (?, ?, ?, ?, ?, current_timestamp, false)",
                    [claim_id, checked_claim_id, score, state, reviewer],
                )
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:  # a failed COMMIT has already rolled back
                pass
            raise


def _similarity(con, a: int, b: int) -> float:
    ids, vectors = store.read_embeddings(con, ids=[a, b])
    if len(ids) < 2:
        return 0.0
    return float(vectors[0] @ vectors[1])


@dataclass(frozen=True)
class Match:
    """A claim's link to a checked claim, with that claim's current verdict."""

    claim_id: int
    checked_claim_id: int
    score: float
    state: str                  # suggested, confirmed, rejected
    confident: bool             # a suggestion offered for one-click confirmation
    checked_content: str
    checked_source: Optional[str]
    verdict: Optional[str]      # label key of the checked claim's current verdict
    rating: Optional[float]
    decided_by: Optional[str]
    decided_at: Optional[datetime]

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["decided_at"] = self.decided_at.isoformat() if self.decided_at else None
        return d


def matches_for(ws: Workspace, claim_id: int, *, include_rejected: bool = False) -> list[Match]:
    """A claim's previously-checked matches, confirmed first, then by score."""
    states = ("suggested", "confirmed", "rejected") if include_rejected else ("suggested", "confirmed")
    with ws.connect() as con:
        rows = con.execute(
            f"""SELECT m.claim_id, m.checked_claim_id, m.score, m.state, coalesce(m.confident, false),
                       c.content, c.source, v.label, v.rating, m.decided_by, m.decided_at
                FROM claim_matches m JOIN claims c ON c.id = m.checked_claim_id
                LEFT JOIN current_verdicts v ON v.claim_id = m.checked_claim_id
                WHERE m.claim_id = ? AND m.state IN ({', '.join('?' * len(states))})
                ORDER BY m.state = 'confirmed' DESC, m.score DESC""",
            [int(claim_id), *states],
        ).fetchall()
    return [Match(*r) for r in rows]
