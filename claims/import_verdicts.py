"""Import verdicts: our own CSV export, or schema.org ClaimReview JSON-LD from other fact-checkers.

Every valid row becomes a checked claim with its verdict, embedded and indexed like any other
claim, so previously-checked matching finds it for new claims. A row of our own CSV whose
``claim_id`` names a claim of this workspace with the same content adds a verdict to that
claim instead (and nothing when the verdict is already current), so re-importing a file is
harmless. Rows are checked first, then written one transaction per row: a bad row is
reported with its number and the reason, the others are kept.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from claims.errors import UserError
from claims.export import parse_date, unneutralise
from claims.reviewers import check_reviewer
from claims.scale import Verdict, VerdictScale, load_scale
from claims.verdicts import (
    _write_status, clean_rationale, fetch_one, insert_verdict, parse_claim_id, parse_status, refresh_matches,
    validate_evidence, validate_url,
)

REQUIRED_CSV_COLUMNS = ("content", "label")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_CONTENT = 5_000


@dataclass
class RowError:
    """A row that was not imported: its number (CSV line or JSON list position, from 1) and why."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did: claims created, verdicts added to existing claims, rows unchanged/skipped/rejected."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    skipped: int = 0                      # rows without a verdict
    errors: list[RowError] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.created)} checked claims created, {len(self.updated)} verdicts added to "
                f"existing claims, {len(self.unchanged)} unchanged, {self.skipped} rows without a verdict "
                f"skipped, {len(self.errors)} rows rejected")


@dataclass
class _Row:
    """A checked, ready-to-write import row."""

    number: int
    content: str
    verdict: Verdict
    rationale: str | None
    evidence: tuple[str, ...]
    origin: str
    reviewer: str | None = None
    speaker: str | None = None
    language: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: object = None
    status: str = "checked"
    claim_id: int | None = None          # our own export: the claim it came from
    dedup_key: str = ""


# -- entry point --------------------------------------------------------------------------

def import_verdicts(ws, path, *, reviewer: str | None = None) -> ImportReport:
    """Import a CSV export or a ClaimReview JSON(-LD) file into the workspace; returns the report.

    A file that cannot be read at all (not UTF-8, not CSV/JSON, CSV without the export's
    ``content`` and ``label`` columns) raises ``UserError`` and nothing is imported.
    """
    file = Path(path)
    if not file.is_file():
        raise UserError(f"{file}: no such file")
    if file.stat().st_size > MAX_FILE_BYTES:
        raise UserError(f"{file}: larger than {MAX_FILE_BYTES // 2**20} MB")
    raw = file.read_bytes()
    if b"\x00" in raw[:4096]:
        raise UserError(f"{file}: a binary file, not CSV or JSON")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(f"{file}: not UTF-8 text (byte {err.start})") from None
    return import_text(ws, text, name=file.name, reviewer=reviewer)


def import_text(ws, text: str, *, name: str = "input", reviewer: str | None = None) -> ImportReport:
    """``import_verdicts`` on text already read (the UI's upload): JSON when it starts with [ or {, else CSV."""
    scale = load_scale(ws.path)
    importer = check_reviewer(ws.config, reviewer)
    report = ImportReport()
    stripped = text.lstrip()
    if not stripped:
        raise UserError(f"{name}: empty file")
    if stripped[0] in "[{":
        rows = _claimreview_rows(stripped, name, scale, report)
    else:
        rows = _csv_rows(text, name, scale, report)
    for row in rows:
        row.reviewer = row.reviewer or importer
    _write_rows(ws, rows, report)
    return report


# -- CSV ----------------------------------------------------------------------------------

def _csv_rows(text: str, name: str, scale: VerdictScale, report: ImportReport) -> list[_Row]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff").casefold() for h in next(reader)]
    except StopIteration:
        raise UserError(f"{name}: empty file") from None
    except csv.Error as err:
        raise UserError(f"{name}: not a readable CSV file ({err})") from None
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
    if missing:
        raise UserError(f"{name}: not in the export layout: missing column(s) {', '.join(missing)} "
                        f"(found: {', '.join(h for h in header if h) or 'none'}); "
                        f"export a CSV with `python -m claims export` to see the layout")
    rows: list[_Row] = []
    origin = f"import:{name}"
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            report.errors.append(RowError(reader.line_num, f"malformed CSV ({err}); the rest of the file was not read"))
            break
        number = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            report.errors.append(RowError(number, f"has {len(cells)} fields, the header has {len(header)}"))
            continue
        values = {h: unneutralise(c.strip()) for h, c in zip(header, cells)}
        if not values.get("label"):
            report.skipped += 1
            continue
        try:
            rows.append(_csv_row(number, values, scale, origin))
        except UserError as err:
            report.errors.append(RowError(number, str(err)))
    return rows


def _csv_row(number: int, v: dict, scale: VerdictScale, origin: str) -> _Row:
    content = _content(v.get("content"))
    verdict = scale.resolve(v["label"])
    rationale = clean_rationale(v.get("rationale"))
    if verdict.rationale_required and not rationale:
        raise UserError(f"the verdict {verdict.key!r} needs a rationale and the row has none")
    evidence = validate_evidence((v.get("evidence") or "").split())
    claim_id = parse_claim_id(v["claim_id"]) if v.get("claim_id") else None
    status = parse_status(v["status"]) if v.get("status") else "checked"
    return _Row(
        number=number, content=content, verdict=verdict, rationale=rationale, evidence=evidence,
        origin=origin, reviewer=v.get("reviewer") or None, speaker=v.get("speaker") or None,
        language=_language(v.get("language")), url=_article_url(v.get("url")),
        outlet=v.get("outlet") or None, published=parse_date(v["published"]) if v.get("published") else None,
        status="published" if status == "published" else "checked", claim_id=claim_id,
        dedup_key=f"{v.get('url') or ''}",
    )


# -- ClaimReview --------------------------------------------------------------------------

def _claimreview_rows(text: str, name: str, scale: VerdictScale, report: ImportReport) -> list[_Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UserError(f"{name}: not valid JSON ({err.msg} at line {err.lineno})") from None
    items = _reviews_in(data)
    if items is None:
        raise UserError(f"{name}: no ClaimReview objects found (expected a list of schema.org ClaimReview, "
                        f"an object with @graph, or a Google Fact Check Tools response)")
    rows = []
    for number, item in enumerate(items, start=1):
        try:
            rows.append(_claimreview_row(number, item, scale))
        except UserError as err:
            report.errors.append(RowError(number, str(err)))
    return rows


def _reviews_in(data) -> list | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if isinstance(data.get("@graph"), list):
            return data["@graph"]
        if isinstance(data.get("claims"), list):  # Google Fact Check Tools API response
            return [_from_factcheck_api(c, r) for c in data["claims"] if isinstance(c, dict)
                    for r in (c.get("claimReview") or [None])]
        if data.get("@type"):
            return [data]
    return None


def _from_factcheck_api(claim: dict, review: dict | None) -> dict:
    """A Fact Check Tools API claim + review in ClaimReview shape."""
    review = review if isinstance(review, dict) else {}
    publisher = review.get("publisher") or {}
    return {
        "@type": "ClaimReview",
        "claimReviewed": claim.get("text"),
        "url": review.get("url"),
        "inLanguage": review.get("languageCode"),
        "author": {"@type": "Organization", "name": publisher.get("name") or publisher.get("site")},
        "reviewRating": {"@type": "Rating", "alternateName": review.get("textualRating")},
        "itemReviewed": {"@type": "Claim", "author": {"name": claim.get("claimant")},
                         "datePublished": claim.get("claimDate")},
        "name": review.get("title"),
    }


def _claimreview_row(number: int, item, scale: VerdictScale) -> _Row:
    if not isinstance(item, dict):
        raise UserError("not a JSON object")
    types = item.get("@type")
    if "ClaimReview" not in (types if isinstance(types, list) else [types]):
        raise UserError(f"@type is {types!r}, not ClaimReview")
    content = _content(item.get("claimReviewed"))
    rating = item.get("reviewRating")
    rating = rating[0] if isinstance(rating, list) and rating else rating
    if not isinstance(rating, dict):
        raise UserError("has no reviewRating")
    verdict = _verdict_for(rating, scale)
    org = _name(item.get("author")) or _name(item.get("publisher")) or "unknown fact-checker"
    review_url = item.get("url") if isinstance(item.get("url"), str) else None
    evidence = ()
    if review_url:
        try:
            evidence = (validate_url(review_url),)
        except UserError:
            evidence = ()
    rationale = clean_rationale(item.get("reviewBody") or item.get("description"))
    if not rationale and verdict.rationale_required:
        shown = rating.get("alternateName") or verdict.en
        rationale = f"Rated {shown!r} by {org}" + (f": {review_url}" if review_url else "")
    claim = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), dict) else {}
    appearance = _first_url(claim.get("appearance")) or _first_url(claim.get("firstAppearance"))
    published = claim.get("datePublished")
    try:
        published = parse_date(published) if published else None
    except UserError:
        published = None
    return _Row(
        number=number, content=content, verdict=verdict, rationale=rationale, evidence=evidence,
        origin=f"ClaimReview: {org}"[:200], speaker=_name(claim.get("author")),
        language=_language(item.get("inLanguage")), url=appearance,
        title=item.get("name") if isinstance(item.get("name"), str) else None,
        outlet=None, published=published, dedup_key=review_url or org,
    )


def _verdict_for(rating: dict, scale: VerdictScale) -> Verdict:
    """The scale's verdict for a ClaimReview rating: by its label, else by its numeric value."""
    label = rating.get("alternateName") or rating.get("name")
    if isinstance(label, str) and label.strip():
        try:
            return scale.resolve(label)
        except UserError:
            pass
    try:
        value = float(rating["ratingValue"])
        best = float(rating.get("bestRating", 5))
        worst = float(rating.get("worstRating", 1))
    except (KeyError, TypeError, ValueError):
        raise UserError(f"rating {label!r} is no label of this scale and has no numeric ratingValue") from None
    if best == worst or not min(best, worst) <= value <= max(best, worst):
        raise UserError(f"ratingValue {value:g} is outside worstRating…bestRating ({worst:g}…{best:g})")
    return scale.nearest((value - worst) / (best - worst))


def _name(agent) -> str | None:
    if isinstance(agent, list):
        agent = agent[0] if agent else None
    if isinstance(agent, str):
        return " ".join(agent.split())[:200] or None
    if isinstance(agent, dict) and isinstance(agent.get("name"), str):
        return " ".join(agent["name"].split())[:200] or None
    return None


def _first_url(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url")
    return _article_url(value) if isinstance(value, str) else None


# -- shared checks ------------------------------------------------------------------------

def _content(value) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise UserError("has no claim text (content / claimReviewed)")
    if len(text) > MAX_CONTENT:
        raise UserError(f"claim text is longer than {MAX_CONTENT} characters")
    return text


def _language(value) -> str | None:
    if not value:
        return None
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    return code if code in ("de", "en") else None


def _article_url(value) -> str | None:
    if not value or not str(value).strip():
        return None
    try:
        return validate_url(str(value))
    except UserError:
        raise UserError(f"article url {str(value)[:80]!r} is not an http(s) URL") from None


# -- writing ------------------------------------------------------------------------------

def _write_rows(ws, rows: list[_Row], report: ImportReport) -> None:
    """Write checked rows: verdicts on our own existing claims, new checked claims for the rest."""
    if not rows:
        return
    from claims import index_sync

    new_rows: list[_Row] = []
    with index_sync.workspace_lock(ws), ws.connect() as con:
        for row in rows:
            existing = _existing_claim(con, row)
            if existing is None:
                new_rows.append(row)
                continue
            _add_verdict(con, existing, row, report)
        if new_rows:
            index_sync.check_model(ws, con)
    if not new_rows:
        _refresh(ws, report)
        return

    from claims.ingest import workspace_model
    from index.embeddings import encode

    model, model_name = workspace_model(ws)
    vectors = encode(model, [row.content for row in new_rows])
    with index_sync.workspace_lock(ws), ws.connect() as con:
        for row, vector in zip(new_rows, vectors):
            claim_id = _create_checked_claim(ws, con, row, vector, model_name, report)
            if claim_id is not None:
                report.created.append(claim_id)
                index_sync.add(ws, con, [claim_id], vector.reshape(1, -1))
        index_sync.save(ws, con)
    _refresh(ws, report)


def _create_checked_claim(ws, con, row: _Row, vector, model_name: str, report: ImportReport) -> int | None:
    """Store one row as a document with one claim, its vector, family and verdict, in one transaction.

    Returns the new claim id, or None when the row was imported before (its verdict is then
    added if it changed) or is rejected (recorded in ``report``).
    """
    from claims import families, index_sync, store
    from claims.language import detect_language

    lang = row.language or detect_language(row.content)
    key = store.content_hash(f"{row.content}\n\n{row.dedup_key}")
    with index_sync.synced_index(ws, con) as entry:
        con.execute("BEGIN TRANSACTION")
        try:
            found = store.existing_documents(con, [key]).get(key)
            if found is not None:  # the same review imported before
                con.execute("COMMIT")
                claim = fetch_one(con, "SELECT min(id) FROM claims WHERE document_id = ?", [found])[0]
                if claim is not None:
                    _add_verdict(con, claim, row, report)
                return None
            doc_id = store.reserve_ids(con, "document_ids", 1)[0]
            claim_id = store.reserve_ids(con, "claim_ids", 1)[0]
            store.insert_documents(con, [store.DocumentRow(
                id=doc_id, title=row.title, url=row.url, outlet=row.outlet, language=lang,
                published=row.published, text=row.content, content_hash=key,
                source_path=row.origin, text_origin="plain")])
            speaker_id = None
            if row.speaker:
                speaker_id = store.ensure_speakers(con, [(row.speaker, row.speaker)]).get(row.speaker)
            family_id = families.assign_families(con, entry.index, [claim_id], vector.reshape(1, -1),
                                                 [row.content], families.family_threshold(ws.config))[0]
            store.insert_claims(con, [{
                "id": claim_id, "document_id": doc_id, "content": row.content, "content_start": 0,
                "content_end": len(row.content), "kind": "indirect" if row.speaker else "unattributed",
                "speaker_id": speaker_id, "source": row.speaker, "source_mention": row.speaker,
                "sentence": 0, "language": lang, "family_id": family_id,
            }])
            store.insert_embeddings(con, [claim_id], vector.reshape(1, -1), model_name)
            insert_verdict(con, claim_id, row.verdict, row.rationale, row.evidence, row.reviewer, row.origin)
            if row.status == "published":
                _write_status(con, claim_id, "published", row.reviewer)
            con.execute("COMMIT")
        except UserError as err:
            con.execute("ROLLBACK")
            report.errors.append(RowError(row.number, str(err)))
            return None
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return claim_id


def _existing_claim(con, row: _Row) -> int | None:
    """Our own claim this row came from: same id and same content."""
    if row.claim_id is None:
        return None
    found = fetch_one(con, "SELECT content FROM claims WHERE id = ?", [row.claim_id])
    if found and " ".join(found[0].split()) == row.content:
        return row.claim_id
    return None


def _add_verdict(con, claim_id: int, row: _Row, report: ImportReport) -> None:
    """Append the row's verdict to an existing claim unless it is its current verdict already."""
    current = fetch_one(con,
        "SELECT label, rationale, evidence FROM verdict_events WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
        [claim_id])
    if current and current[0] == row.verdict.key and (current[1] or None) == row.rationale \
            and tuple(current[2] or ()) == row.evidence:
        report.unchanged.append(claim_id)
        return
    con.execute("BEGIN TRANSACTION")
    try:
        insert_verdict(con, claim_id, row.verdict, row.rationale, row.evidence, row.reviewer, row.origin)
        con.execute("COMMIT")
    except UserError as err:
        con.execute("ROLLBACK")
        report.errors.append(RowError(row.number, str(err)))
        return
    except Exception:
        con.execute("ROLLBACK")
        raise
    report.updated.append(claim_id)


def _refresh(ws, report: ImportReport) -> None:
    for claim_id in report.created + report.updated:
        refresh_matches(ws, claim_id)
