"""Exports of claims with their verdicts: CSV for spreadsheets, schema.org ClaimReview JSON-LD for publishing.

Both stream rows from DuckDB. Written to a file, they go through a temp file in the same
folder and a rename, so a crash or kill never leaves half an export under the real name.
CSV cells that a spreadsheet would run as a formula are prefixed with ``'``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Iterator

from claims.errors import UserError
from claims.scale import VerdictScale, load_scale
from claims.verdicts import parse_status

CSV_COLUMNS = (
    "claim_id", "content", "speaker", "kind", "cue", "outlet", "url", "published", "language",
    "status", "label", "rating", "rationale", "evidence", "reviewer", "verdict_time", "family_id",
    "inherited_from", "inherited_label",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EVIDENCE_SEPARATOR = " "
_BATCH = 2_000
_ORGANISATION_FILE = Path(__file__).resolve().parent / "data" / "organisation_words.toml"


@dataclass(frozen=True)
class ExportFilter:
    """Which claims to export: by status, by the key of their own current verdict, by date."""

    status: str | None = None
    label: str | None = None     # scale key; only claims whose own current verdict has it
    since: date | None = None    # verdict time (or, without a verdict, import time) on or after
    with_verdict: bool = False   # only claims with a verdict of their own
    claim_ids: tuple[int, ...] | None = None  # only these claims (e.g. what the UI's inbox shows)


def make_filter(scale: VerdictScale, *, status=None, label=None, since=None, with_verdict=False,
                claim_ids=None) -> ExportFilter:
    """An ``ExportFilter`` from user input (status name, any label form, ISO date); ``UserError`` if bad."""
    return ExportFilter(
        status=parse_status(status) if status else None,
        label=scale.resolve(label).key if label else None,
        since=parse_date(since) if since else None,
        with_verdict=with_verdict,
        claim_ids=tuple(int(i) for i in claim_ids) if claim_ids is not None else None,
    )


def parse_date(value) -> date:
    """A date from a ``date``/``datetime`` or an ISO string ``YYYY-MM-DD``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise UserError(f"not a date: {str(value)!r} (use YYYY-MM-DD)") from None


# -- reading rows -------------------------------------------------------------------------

_ROWS_SQL = """
WITH inherited AS (
    SELECT m.claim_id, arg_max(m.checked_claim_id, coalesce(m.decided_at, m.created_at)) AS checked_claim_id
    FROM claim_matches m JOIN current_verdicts cv ON cv.claim_id = m.checked_claim_id
    WHERE m.state = 'confirmed'
    GROUP BY m.claim_id
)
SELECT c.id, c.content, coalesce(s.name, c.source) AS speaker, c.kind, c.cue, d.outlet, d.url,
       d.published, coalesce(c.language, d.language) AS language, c.status,
       v.label, v.rating, v.rationale, v.evidence, v.reviewer, v.created_at AS verdict_time,
       c.family_id,
       CASE WHEN v.label IS NULL THEN i.checked_claim_id END AS inherited_from,
       CASE WHEN v.label IS NULL THEN iv.label END AS inherited_label,
       d.title, c.reported_by, c.created_at, d.imported_at, d.id AS document_id
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN current_verdicts v ON v.claim_id = c.id
LEFT JOIN inherited i ON i.claim_id = c.id
LEFT JOIN current_verdicts iv ON iv.claim_id = i.checked_claim_id
WHERE {where}
ORDER BY c.id
"""

_ROW_FIELDS = CSV_COLUMNS + ("title", "reported_by", "created_at", "imported_at", "document_id")


def iter_rows(con, flt: ExportFilter) -> Iterator[dict]:
    """Claims with their own current verdict (and inherited one) as dicts, in claim id order."""
    clauses, params = ["TRUE"], []
    if flt.status:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.label:
        clauses.append("v.label = ?")
        params.append(flt.label)
    if flt.with_verdict:
        clauses.append("v.label IS NOT NULL")
    if flt.claim_ids is not None:
        clauses.append("c.id IN (SELECT unnest(?::BIGINT[]))")
        params.append(list(flt.claim_ids))
    if flt.since:
        clauses.append("CAST(coalesce(v.created_at, c.created_at) AS DATE) >= ?")
        params.append(flt.since)
    cursor = con.execute(_ROWS_SQL.format(where=" AND ".join(clauses)), params)
    while True:
        batch = cursor.fetchmany(_BATCH)
        if not batch:
            return
        for values in batch:
            yield dict(zip(_ROW_FIELDS, values))


# -- CSV ----------------------------------------------------------------------------------

def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def unneutralise(value: str) -> str:
    """Undo ``neutralise`` (for re-import of our own CSV)."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _csv_cell(value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        value = EVIDENCE_SEPARATOR.join(str(v) for v in value)
    return neutralise(str(value))


def write_csv(ws, stream: IO[bytes], *, status=None, label=None, since=None, excel=False,
              with_verdict=False, claim_ids=None) -> int:
    """Write the CSV export to a binary stream; returns the number of claim rows.

    UTF-8 (with a BOM when ``excel``), one row per claim, columns ``CSV_COLUMNS``. Filters:
    ``status``, ``label`` (any form), ``since`` (date), ``with_verdict``, ``claim_ids``.
    """
    scale = load_scale(ws.path)
    flt = make_filter(scale, status=status, label=label, since=since, with_verdict=with_verdict,
                      claim_ids=claim_ids)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if excel else "utf-8", newline="", write_through=False)
    count = 0
    try:
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        with ws.connect() as con:
            for row in iter_rows(con, flt):
                writer.writerow([_csv_cell(row[col]) for col in CSV_COLUMNS])
                count += 1
        text.flush()
    finally:
        text.detach()
    return count


def _export(write, ws, path, filters: dict) -> bytes | int:
    """Run ``write`` into bytes (no ``path``) or atomically into ``path`` (returns the count)."""
    if path is None:
        buffer = io.BytesIO()
        write(ws, buffer, **filters)
        return buffer.getvalue()
    with atomic_output(path) as out:
        return write(ws, out, **filters)


def export_csv(ws, path: str | os.PathLike | None = None, **filters) -> bytes | int:
    """CSV export: to ``path`` atomically (returns the row count), or as bytes when ``path`` is None.

    ``filters``: ``status``, ``label``, ``since``, ``excel``, ``with_verdict`` as in ``write_csv``.
    """
    return _export(write_csv, ws, path, filters)


# -- ClaimReview --------------------------------------------------------------------------

def _organisation_lexicon() -> tuple[frozenset, frozenset]:
    try:
        data = tomllib.loads(_ORGANISATION_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset(), frozenset()
    return (frozenset(n.casefold() for n in data.get("names", ())),
            frozenset(w.casefold() for w in data.get("words", ())))


def _is_organisation(name: str, outlet: str | None, reporters: set[str], lexicon) -> bool:
    names, words = lexicon
    folded = " ".join(name.split()).casefold()
    if folded in names or folded in reporters or (outlet and folded == " ".join(outlet.split()).casefold()):
        return True
    tokens = re.findall(r"[\w.]+", folded)
    return any(t in names or t in words for t in tokens)


def _agent(name: str | None, kind: str) -> dict | None:
    return {"@type": kind, "name": name} if name else None


def _creative_work(url, title, published, outlet) -> dict | None:
    work = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if title:
        work["headline"] = title
    if published:
        work["datePublished"] = published.isoformat()
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    return work if len(work) > 1 else None


def _number(value: float):
    return int(value) if float(value).is_integer() else float(value)


def _first_appearances(con, family_ids: list[int]) -> dict[int, tuple]:
    """Family id → (url, title, published, outlet) of the family's earliest document."""
    if not family_ids:
        return {}
    rows = con.execute(
        "SELECT c.family_id, arg_min(struct_pack(url := d.url, title := d.title, published := d.published, "
        "outlet := d.outlet), (coalesce(d.published, CAST(d.imported_at AS DATE)), d.imported_at, d.id)) "
        "FROM claims c JOIN documents d ON d.id = c.document_id "
        "WHERE c.family_id IN (SELECT unnest(?)) GROUP BY c.family_id", [family_ids],
    ).fetchall()
    return {fid: (v["url"], v["title"], v["published"], v["outlet"]) for fid, v in rows}


def claimreview_objects(ws, *, status=None, label=None, since=None, claim_ids=None) -> Iterator[dict]:
    """schema.org ClaimReview objects for the claims with a verdict of their own, in claim id order."""
    scale = load_scale(ws.path)
    flt = make_filter(scale, status=status, label=label, since=since, with_verdict=True, claim_ids=claim_ids)
    organisation = str(ws.config.get("organisation") or "Fact-check desk")
    org_url = ws.config.get("organisation_url")
    pattern = str(ws.config.get("review_url_pattern") or "")
    lexicon = _organisation_lexicon()
    with ws.connect() as con:
        reporters = {r[0].casefold() for r in con.execute(
            "SELECT DISTINCT reported_by FROM claims WHERE reported_by IS NOT NULL").fetchall()}
        rows = list(iter_rows(con, flt))
        firsts = _first_appearances(con, sorted({r["family_id"] for r in rows if r["family_id"] is not None}))
    for row in rows:
        yield _claimreview(row, scale, organisation, org_url, pattern, lexicon, reporters, firsts)


def _claimreview(row, scale, organisation, org_url, pattern, lexicon, reporters, firsts) -> dict:
    verdict = scale.get(row["label"])
    lang = row["language"]
    rating: dict = {"@type": "Rating", "alternateName": scale.label_of(row["label"], lang)}
    value = row["rating"] if row["rating"] is not None else (verdict.rating if verdict else None)
    if value is not None:
        rating["ratingValue"] = _number(value)
        rating["bestRating"] = _number(scale.best_rating)
        rating["worstRating"] = _number(scale.worst_rating)

    speaker, outlet = row["speaker"], row["outlet"]
    if speaker:
        kind = "Organization" if _is_organisation(speaker, outlet, reporters, lexicon) else "Person"
        claim_author = _agent(speaker, kind)
    else:  # unattributed: the article itself makes the claim
        claim_author = _agent(outlet, "Organization")
    appearance = _creative_work(row["url"], row["title"], row["published"], outlet)
    first = firsts.get(row["family_id"])
    first_appearance = _creative_work(*first) if first else appearance

    item: dict = {"@type": "Claim"}
    if claim_author:
        item["author"] = claim_author
    if row["published"]:
        item["datePublished"] = row["published"].isoformat()
    if appearance:
        item["appearance"] = appearance
    if first_appearance:
        item["firstAppearance"] = first_appearance

    author = {"@type": "Organization", "name": organisation}
    if org_url:
        author["url"] = str(org_url)
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": pattern.replace("{claim_id}", str(row["claim_id"])) if pattern else None,
        "claimReviewed": row["content"],
        "datePublished": row["verdict_time"].date().isoformat() if row["verdict_time"] else None,
        "inLanguage": lang,
        "author": author,
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if row["rationale"]:
        review["reviewBody"] = row["rationale"]
    return {k: v for k, v in review.items() if v is not None}


def write_claimreview(ws, stream: IO[bytes], **filters) -> int:
    """Write the ClaimReview JSON-LD list to a binary stream; returns the number of reviews."""
    count = 0
    stream.write(b"[")
    for review in claimreview_objects(ws, **filters):
        stream.write(b",\n" if count else b"\n")
        stream.write(json.dumps(review, ensure_ascii=False, indent=2).encode("utf-8"))
        count += 1
    stream.write(b"\n]\n" if count else b"]\n")
    return count


def export_claimreview(ws, path: str | os.PathLike | None = None, **filters) -> bytes | int:
    """ClaimReview export: to ``path`` atomically (returns the count), or as bytes when ``path`` is None."""
    return _export(write_claimreview, ws, path, filters)


# -- files --------------------------------------------------------------------------------

@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[IO[bytes]]:
    """A binary file that appears under ``path`` only when the block finishes without error.

    Writes to ``.NAME.PID.tmp`` beside it, fsyncs and renames; leftovers of killed runs are removed.
    """
    target = Path(path)
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise UserError(f"folder {target.parent} does not exist")
    _remove_stale_temps(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {target}: {err.strerror or err}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _remove_stale_temps(target: Path) -> None:
    for leftover in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
        pid = leftover.name[len(target.name) + 2:-4]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
