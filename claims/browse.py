"""Read-only views of a workspace for reviewers: the claim inbox, one claim in its context, statistics.

These are the queries behind the workbench's Claims, Claim, Export and Overview pages. They
open a short-lived connection per call (so a CLI and the app can take turns on the workspace)
and return plain dataclasses; they never write.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from claims.errors import UserError
from claims.workspace import Workspace

STATUSES = ("new", "in_review", "checked", "published", "not_checkworthy")
NO_VERDICT = "(none)"  # verdict filter value: claims without a verdict of their own or inherited
SORTS = {
    # key: (label, ORDER BY over the inbox rows); every order ends on the id so pages never overlap.
    "newest": ("Newest first", "day DESC, id DESC"),
    "oldest": ("Oldest first", "day ASC, id ASC"),
    "speaker": ("Speaker A–Z", "speaker ASC NULLS LAST, id DESC"),
    "checkworthiness": ("Most check-worthy first", "checkworthiness DESC NULLS LAST, id DESC"),
}
_CHECKWORTHINESS_COLUMNS = ("checkworthiness", "check_worthiness", "checkworthy_score")


@dataclass(frozen=True)
class ClaimFilter:
    """What the inbox shows; every field None (or empty) means "no restriction"."""

    status: Optional[str] = None
    verdict: Optional[str] = None        # a label key, or NO_VERDICT
    speaker: Optional[str] = None
    outlet: Optional[str] = None
    language: Optional[str] = None
    kind: Optional[str] = None
    date_from: Optional[date] = None     # on the article's published date (else its import date)
    date_to: Optional[date] = None
    text: Optional[str] = None           # case-insensitive substring of content, speaker or sentence


@dataclass(frozen=True)
class ClaimRow:
    """One line of the inbox."""

    id: int
    content: str
    speaker: Optional[str]
    kind: str
    cue: Optional[str]
    language: Optional[str]
    status: str
    verdict: Optional[str]               # label key of the claim's own verdict, else the inherited one
    inherited: bool                      # True when the verdict comes from a confirmed match
    outlet: Optional[str]
    published: Optional[date]
    title: Optional[str]
    document_id: int
    checkworthiness: Optional[float] = None


@dataclass(frozen=True)
class ClaimPage:
    """One page of the inbox plus the number of claims matching the filter."""

    rows: list[ClaimRow]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class ClaimDetail:
    """A claim with where it stands: its paragraph (spans relative to it) and its document."""

    id: int
    content: str
    kind: str
    speaker: Optional[str]
    source_mention: Optional[str]
    cue: Optional[str]
    reported_by: Optional[str]
    language: Optional[str]
    status: str
    assignee: Optional[str]
    family_id: Optional[int]
    document_id: int
    title: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[date]
    paragraph: str
    paragraph_start: int                 # offset of the paragraph in the document text
    spans: dict = field(default_factory=dict)  # 'content'/'source'/'cue' -> (start, end) within the paragraph


@dataclass(frozen=True)
class Overview:
    """Workspace statistics for the Overview page."""

    documents: int
    claims: int
    speakers: int
    with_verdict: int
    by_status: list[tuple[str, int]]
    by_label: list[tuple[str, int]]
    by_kind: list[tuple[str, int]]
    by_language: list[tuple[str, int]]
    top_speakers: list[tuple[str, int]]
    top_outlets: list[tuple[str, int]]
    over_time: list[tuple[date, int]]    # claims per article date (day)


def is_empty(ws: Workspace) -> bool:
    """True when the workspace holds no document yet."""
    with ws.connect() as con:
        return con.execute("SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)").fetchone()[0] == 0


def sort_options(ws: Workspace) -> dict[str, str]:
    """The sort keys this workspace supports, with their labels (check-worthiness only if scored)."""
    with ws.connect() as con:
        cw = _checkworthiness_column(con)
    return {key: label for key, (label, _) in SORTS.items() if key != "checkworthiness" or cw}


def list_claims(ws: Workspace, filters: ClaimFilter = ClaimFilter(), *, sort: str = "newest",
                limit: int = 50, offset: int = 0) -> ClaimPage:
    """One page of claims matching ``filters`` in ``sort`` order, and how many match in all."""
    if sort not in SORTS:
        raise UserError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    limit = max(1, min(int(limit), 1000))
    offset = max(0, int(offset))
    with ws.connect() as con:
        cw = _checkworthiness_column(con)
        if sort == "checkworthiness" and not cw:
            raise UserError("this workspace has no check-worthiness scores to sort by")
        where, params = _where(filters)
        base = _FROM.format(cw=f"c.{cw}" if cw else "NULL")
        # One pass gives the page and, through the window, the number of matches.
        rows = con.execute(
            f"SELECT id, content, speaker, kind, cue, language, status, verdict, inherited, outlet, "
            f"published, title, document_id, checkworthiness, count(*) OVER () FROM ({base}) c {where} "
            f"ORDER BY {SORTS[sort][1]} LIMIT ? OFFSET ?",
            params + [limit, offset],
        ).fetchall()
        if rows:
            total = rows[0][-1]
        else:  # past the end (or nothing matches): count separately
            total = con.execute(f"SELECT count(*) FROM ({base}) c {where}", params).fetchone()[0]
    rows = [r[:-1] for r in rows]
    return ClaimPage([ClaimRow(*r) for r in rows], total, offset, limit)


def claim_ids(ws: Workspace, filters: ClaimFilter = ClaimFilter()) -> list[int]:
    """The ids of all claims matching ``filters`` (ascending), e.g. to export exactly what the inbox shows."""
    with ws.connect() as con:
        cw = _checkworthiness_column(con)
        where, params = _where(filters)
        base = _FROM.format(cw=f"c.{cw}" if cw else "NULL")
        return [r[0] for r in con.execute(f"SELECT id FROM ({base}) c {where} ORDER BY id", params).fetchall()]


def filter_choices(ws: Workspace, limit: int = 500) -> dict[str, list]:
    """Values seen in the workspace for the inbox's filter menus (speakers and outlets by frequency),
    and under 'sort' the sort keys the workspace supports."""
    with ws.connect() as con:
        def column(sql: str) -> list:
            return [r[0] for r in con.execute(sql).fetchall()]

        return {
            "speaker": column(f"""SELECT coalesce(s.name, c.source) AS n FROM claims c
                                  LEFT JOIN speakers s ON s.id = c.speaker_id WHERE n IS NOT NULL
                                  GROUP BY n ORDER BY count(*) DESC, n LIMIT {int(limit)}"""),
            "outlet": column(f"""SELECT outlet FROM documents WHERE outlet IS NOT NULL
                                 GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT {int(limit)}"""),
            "language": column("SELECT DISTINCT language FROM claims WHERE language IS NOT NULL ORDER BY 1"),
            "kind": column("SELECT DISTINCT kind FROM claims ORDER BY 1"),
            "status": column("SELECT DISTINCT status FROM claims ORDER BY 1"),
            "label": column("SELECT DISTINCT label FROM current_verdicts ORDER BY 1"),
            "sort": [key for key in SORTS if key != "checkworthiness" or _checkworthiness_column(con)],
        }


def claim_detail(ws: Workspace, claim_id: int) -> ClaimDetail:
    """The claim ``claim_id`` with its document and the paragraph it stands in; UserError if unknown."""
    with ws.connect() as con:
        row = con.execute(
            """SELECT c.id, c.content, c.kind, coalesce(s.name, c.source), c.source_mention, c.cue,
                      c.reported_by, c.language, c.status, c.assignee, c.family_id, c.document_id,
                      d.title, d.url, d.outlet, d.published, d.text,
                      c.content_start, c.content_end, c.source_start, c.source_end, c.cue_start, c.cue_end
               FROM claims c JOIN documents d ON d.id = c.document_id
               LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?""",
            [int(claim_id)],
        ).fetchone()
    if row is None:
        raise UserError(f"there is no claim {claim_id}")
    *fields, text, cs, ce, ss, se, qs, qe = row
    spans = {"content": (cs, ce), "source": (ss, se), "cue": (qs, qe)}
    spans = {k: v for k, v in spans.items() if v[0] is not None and v[1] is not None and 0 <= v[0] < v[1] <= len(text)}
    start, end = paragraph_bounds(text, [p for span in spans.values() for p in span] or [cs, ce])
    local = {k: (a - start, b - start) for k, (a, b) in spans.items()}
    return ClaimDetail(*fields, paragraph=text[start:end], paragraph_start=start, spans=local)


def paragraph_bounds(text: str, offsets: list[int], max_chars: int = 4000) -> tuple[int, int]:
    """The [start, end) of the paragraph(s) around ``offsets``: from the line break before the first to the one after the last.

    Text without line breaks is cut to about ``max_chars`` around the offsets, at sentence ends where possible.
    """
    lo = max(0, min(min(offsets), len(text)))
    hi = max(lo, min(max(offsets), len(text)))
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end == -1 else end
    if end - start > max_chars:
        window = max(0, (max_chars - (hi - lo)) // 2)
        if lo - start > window:
            cut = text.rfind(". ", lo - window, lo)
            start = cut + 2 if cut != -1 else lo - window
        if end - hi > window:
            cut = text.find(". ", hi, hi + window)
            end = cut + 1 if cut != -1 else hi + window
    return start, end


def overview(ws: Workspace, top: int = 15) -> Overview:
    """Counts and distributions for the Overview page."""
    with ws.connect() as con:
        def one(sql: str) -> int:
            return con.execute(sql).fetchone()[0] or 0

        def pairs(sql: str) -> list[tuple]:
            return [tuple(r) for r in con.execute(sql).fetchall()]

        return Overview(
            documents=one("SELECT count(*) FROM documents"),
            claims=one("SELECT count(*) FROM claims"),
            speakers=one("SELECT count(DISTINCT coalesce(CAST(speaker_id AS VARCHAR), source)) FROM claims"),
            with_verdict=one("SELECT count(*) FROM current_verdicts v JOIN claims c ON c.id = v.claim_id"),
            by_status=pairs("SELECT status, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC"),
            by_label=pairs("SELECT v.label, count(*) FROM current_verdicts v JOIN claims c ON c.id = v.claim_id "
                           "GROUP BY 1 ORDER BY 2 DESC"),
            by_kind=pairs("SELECT kind, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC"),
            by_language=pairs("SELECT coalesce(language, '?'), count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC"),
            top_speakers=pairs(f"""SELECT coalesce(s.name, c.source) AS n, count(*) FROM claims c
                                   LEFT JOIN speakers s ON s.id = c.speaker_id WHERE n IS NOT NULL
                                   GROUP BY n ORDER BY 2 DESC, n LIMIT {int(top)}"""),
            top_outlets=pairs(f"""SELECT d.outlet, count(*) FROM claims c JOIN documents d ON d.id = c.document_id
                                  WHERE d.outlet IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {int(top)}"""),
            over_time=pairs("""SELECT coalesce(d.published, CAST(d.imported_at AS DATE)) AS day, count(*)
                               FROM claims c JOIN documents d ON d.id = c.document_id GROUP BY 1 ORDER BY 1"""),
        )


# The inbox's row source: claims with speaker, document fields and the effective verdict (own, else
# inherited through a confirmed previously-checked match). Filters and sorts apply to its columns.
_FROM = """
    SELECT c.id, c.content, coalesce(s.name, c.source) AS speaker, c.kind, c.cue, c.language, c.status,
           c.sentence, c.document_id, d.title, d.outlet, d.published,
           coalesce(d.published, CAST(d.imported_at AS DATE)) AS day,
           coalesce(v.label, iv.label) AS verdict, (v.label IS NULL AND iv.label IS NOT NULL) AS inherited,
           CAST({cw} AS DOUBLE) AS checkworthiness
    FROM claims c
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN speakers s ON s.id = c.speaker_id
    LEFT JOIN current_verdicts v ON v.claim_id = c.id
    LEFT JOIN (SELECT m.claim_id, arg_max(cv.label, m.decided_at) AS label
               FROM claim_matches m JOIN current_verdicts cv ON cv.claim_id = m.checked_claim_id
               WHERE m.state = 'confirmed' GROUP BY m.claim_id) iv ON iv.claim_id = c.id
"""


def _where(f: ClaimFilter) -> tuple[str, list]:
    clauses, params = [], []

    def equal(column: str, value) -> None:
        if value not in (None, ""):
            clauses.append(f"{column} = ?")
            params.append(value)

    equal("status", f.status)
    equal("speaker", f.speaker)
    equal("outlet", f.outlet)
    equal("language", f.language)
    equal("kind", f.kind)
    if f.verdict == NO_VERDICT:
        clauses.append("verdict IS NULL")
    else:
        equal("verdict", f.verdict)
    if f.date_from:
        clauses.append("day >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("day <= ?")
        params.append(f.date_to)
    if f.text and f.text.strip():
        needle = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(content ILIKE ? ESCAPE '\\' OR speaker ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')")
        params += [needle, needle, needle]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _checkworthiness_column(con) -> Optional[str]:
    names = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims'").fetchall()}
    return next((n for n in _CHECKWORTHINESS_COLUMNS if n in names), None)


def export_csv_for(ws: Workspace, filters: ClaimFilter = ClaimFilter(), *, excel: bool = False) -> bytes:
    """The CSV export (``claims.export`` layout) of exactly the claims the inbox shows for ``filters``."""
    from claims.export import export_csv

    if filters == ClaimFilter():
        return export_csv(ws, excel=excel)
    return export_csv(ws, excel=excel, claim_ids=claim_ids(ws, filters))
