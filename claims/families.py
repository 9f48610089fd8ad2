"""Claim families: the same statement seen again — in another outlet, by another speaker, on
another day, in the other language.

At ingest every new claim joins the family of its most similar earlier claim when their cosine
similarity is at least the family threshold and the numbers they mention agree; otherwise it
founds a family of its own. Every claim therefore has a family (most of one member), and a
claim's appearances are its family's members in time order.

The threshold (``family_threshold`` in the workspace config, default ``FAMILY_THRESHOLD``) was
chosen on the WMT21 German→English news dev pairs with the default model (see
``benchmarks/family_threshold.py``): at 0.70 about three quarters of translation pairs land in
one family while unrelated news sentences almost never pass. The number check keeps "2
million" and "20 million" apart whatever the vectors say.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from claims import store
from claims.errors import UserError
from claims.workspace import Workspace

FAMILY_THRESHOLD = 0.70
NEIGHBOURS = 10  # earlier claims looked at per new claim

_NUMBER = re.compile(r"\d+(?:[.,\u202f\u00a0' ]\d+)*")


def family_threshold(config: dict) -> float:
    """The workspace's family threshold."""
    return float(config.get("family_threshold", FAMILY_THRESHOLD))


def numbers(text: str) -> tuple[str, ...]:
    """The numbers a text mentions, separators removed ("2,5" and "2.5" alike), sorted."""
    return tuple(sorted(re.sub(r"\D", "", m) for m in _NUMBER.findall(text)))


def numbers_agree(a: str, b: str) -> bool:
    """False when both texts mention numbers and they are not the same numbers."""
    na, nb = numbers(a), numbers(b)
    return not na or not nb or na == nb


def assign_families(
    con: duckdb.DuckDBPyConnection,
    index,
    ids: Sequence[int],
    vectors: np.ndarray,
    contents: Sequence[str],
    threshold: float,
) -> list[int]:
    """Family ids for new claims (ids ascending), creating families as needed, inside the caller's transaction.

    ``index`` holds the vectors of the claims stored before (or is None); claims of the batch
    are compared with the earlier ones of the batch too.
    """
    n = len(ids)
    if n == 0:
        return []
    candidates: list[list[tuple[float, int]]] = [[] for _ in range(n)]
    if index is not None and len(index):
        scores, found = index.search(vectors, min(NEIGHBOURS, len(index)))
        for i in range(n):
            candidates[i] = [(float(s), int(c)) for s, c in zip(scores[i], found[i]) if c >= 0 and s >= threshold]
    old_ids = sorted({c for row in candidates for _, c in row})
    old = _families_and_contents(con, old_ids)
    within = vectors @ vectors.T if n > 1 else np.zeros((1, 1), dtype=np.float32)
    family_of: dict[int, int] = {cid: fam for cid, (fam, _) in old.items() if fam is not None}
    content_of: dict[int, str] = {cid: text for cid, (_, text) in old.items()}
    orphans: dict[int, int] = {}  # earlier claims without a family that a new claim joins
    fresh = iter(store.reserve_ids(con, "family_ids", 2 * n))  # enough for any outcome; unused ids are skipped
    result = []
    for i, cid in enumerate(ids):
        options = [(s, c) for s, c in candidates[i] if c in content_of]
        earlier = np.nonzero(within[i, :i] >= threshold)[0]
        options += [(float(within[i, j]), int(ids[j])) for j in earlier]
        options.sort(reverse=True)
        chosen = None
        for _, other in options:
            if numbers_agree(contents[i], content_of[other]):
                chosen = other
                break
        if chosen is not None and chosen not in family_of:
            family_of[chosen] = orphans[chosen] = next(fresh)
        if chosen is None:
            fam = next(fresh)
        else:
            fam = family_of[chosen]
        family_of[cid] = fam
        content_of[cid] = contents[i]
        result.append(fam)
    created = sorted(set(result) - {f for f, _ in old.values() if f is not None})
    if created:
        con.register("_families", pa.table({"id": pa.array(created, pa.int64())}))
        try:
            con.execute("INSERT INTO claim_families (id) SELECT id FROM _families")
        finally:
            con.unregister("_families")
    for claim_id, fam in orphans.items():
        if claim_id not in ids:
            con.execute("UPDATE claims SET family_id = ? WHERE id = ?", [fam, claim_id])
    return result


def _families_and_contents(con, ids: list[int]) -> dict[int, tuple[Optional[int], str]]:
    if not ids:
        return {}
    con.register("_near", pa.table({"id": pa.array(ids, pa.int64())}))
    try:
        rows = con.execute("SELECT c.id, c.family_id, c.content FROM claims c JOIN _near USING (id)").fetchall()
    finally:
        con.unregister("_near")
    return {cid: (fam, text) for cid, fam, text in rows}


@dataclass(frozen=True)
class Appearance:
    """One appearance of a statement: a claim of the family, with its article."""

    claim_id: int
    content: str
    source: Optional[str]
    kind: str
    language: Optional[str]
    document_id: int
    title: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[date]
    imported_at: datetime
    first: bool  # the earliest appearance of the family

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["published"] = self.published.isoformat() if self.published else None
        d["imported_at"] = self.imported_at.isoformat()
        return d


def family_appearances(ws: Workspace, claim_id: int) -> list[Appearance]:
    """The appearances of a claim's family in time order (published date, else import date;
    then import time), the first one marked. A claim without family is its own only appearance."""
    with ws.connect() as con:
        rows = con.execute("SELECT family_id FROM claims WHERE id = ?", [int(claim_id)]).fetchall()
        if not rows:
            raise UserError(f"no claim with id {claim_id}")
        row = rows[0]
        where, param = ("c.family_id = ?", row[0]) if row[0] is not None else ("c.id = ?", int(claim_id))
        rows = con.execute(
            f"""SELECT c.id, c.content, c.source, c.kind, c.language, d.id, d.title, d.outlet, d.url,
                       d.published, d.imported_at
                FROM claims c JOIN documents d ON d.id = c.document_id
                WHERE {where}
                ORDER BY coalesce(d.published, CAST(d.imported_at AS DATE)), d.imported_at, c.id""",
            [param],
        ).fetchall()
    return [Appearance(*r, first=(i == 0)) for i, r in enumerate(rows)]


def family_size(ws: Workspace, claim_id: int) -> int:
    """How many claims share this claim's family (1 for a claim seen once)."""
    with ws.connect() as con:
        row = con.execute(
            "SELECT count(*) FROM claims WHERE family_id = (SELECT family_id FROM claims WHERE id = ?)",
            [int(claim_id)],
        ).fetchall()[0]
    return max(1, int(row[0]))
