"""Verdicts and the review workflow of a claim: append-only verdict events and status changes.

A verdict is never overwritten: a correction appends an event and the latest event is the
current verdict. Every verdict or status change is one transaction (event row + the claim's
``status``/``assignee``), so a crash leaves either all of it or nothing. A claim linked to an
already checked claim by a confirmed match *inherits* that verdict until it gets its own
(``effective_verdict``); nothing is copied.
"""
from __future__ import annotations

import importlib.util
import logging
import re
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Iterable
from urllib.parse import urlsplit

import duckdb

from claims.errors import UserError
from claims.reviewers import check_reviewer
from claims.scale import load_scale

log = logging.getLogger(__name__)

STATUSES = ("new", "in_review", "checked", "published", "not_checkworthy")

# Allowed status changes. A verdict moves new/in_review/not_checkworthy to checked by itself;
# checked and published need the claim's own verdict; in_review → in_review re-assigns.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"in_review", "checked", "not_checkworthy"}),
    "in_review": frozenset({"new", "in_review", "checked", "not_checkworthy"}),
    "checked": frozenset({"in_review", "published"}),
    "published": frozenset({"in_review", "checked"}),
    "not_checkworthy": frozenset({"new", "in_review"}),
}
NEEDS_OWN_VERDICT = frozenset({"checked", "published"})
CHECKED_BY_VERDICT = frozenset({"new", "in_review", "not_checkworthy"})

MAX_RATIONALE = 20_000
MAX_EVIDENCE = 50
MAX_URL = 2_000
_HOST = re.compile(r"^(?=.{1,253}$)[\w-]+(\.[\w-]+)*\.?$", re.UNICODE)
_RETRIES = 8


@dataclass(frozen=True)
class VerdictEvent:
    """One recorded verdict. ``inherited_from`` is set when shown for another claim via a confirmed match."""

    id: int
    claim_id: int
    label: str                  # the scale's short key
    label_de: str
    label_en: str
    rating: float | None
    rationale: str | None
    evidence: tuple[str, ...]
    reviewer: str | None
    origin: str
    created_at: datetime
    inherited_from: int | None = None

    @property
    def inherited(self) -> bool:
        return self.inherited_from is not None

    def to_dict(self) -> dict:
        """JSON-ready: evidence as a list, time in ISO 8601."""
        d = asdict(self)
        d["evidence"] = list(self.evidence)
        d["created_at"] = self.created_at.isoformat(timespec="seconds") if self.created_at else None
        d["inherited"] = self.inherited
        return d


@dataclass(frozen=True)
class ClaimStatus:
    """A claim's workflow state after a change; ``changed`` is False when nothing had to change."""

    claim_id: int
    status: str
    assignee: str | None
    previous: str
    changed: bool = True


def fetch_one(con, sql: str, params=None) -> tuple | None:
    """The first row of a query, reading the result to the end.

    DuckDB 2 refuses some later calls (``register``) while a result is half read, which
    ``fetchone`` leaves behind.
    """
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


# -- input checks -------------------------------------------------------------------------

def parse_claim_id(value) -> int:
    """A claim id from an int or a string of digits; ``UserError`` otherwise."""
    if isinstance(value, bool):
        raise UserError(f"claim id must be a number, got {value!r}")
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not text.isdigit() or len(text) > 18:
        raise UserError(f"claim id must be a number, got {str(value)!r}")
    return int(text)


def parse_status(value: str) -> str:
    """A status from its name, forgiving case, spaces and hyphens ('In review', 'not check-worthy')."""
    folded = re.sub(r"[^a-z]", "", str(value).casefold())
    for status in STATUSES:
        if folded == status.replace("_", ""):
            return status
    raise UserError(f"unknown status {str(value)!r}; valid statuses: {', '.join(STATUSES)}")


def validate_url(url: str) -> str:
    """The URL, stripped, if it is http(s) with a host; ``UserError`` otherwise."""
    text = str(url).strip()
    problem = None
    if not text:
        problem = "is empty"
    elif len(text) > MAX_URL:
        problem = f"is longer than {MAX_URL} characters"
    elif any(c.isspace() or ord(c) < 32 for c in text):
        problem = "contains spaces or control characters"
    else:
        parts = urlsplit(text)
        try:
            parts.port  # raises ValueError for a malformed port
        except ValueError:
            problem = "has an invalid port"
        else:
            if parts.scheme.lower() not in ("http", "https"):
                problem = "must start with http:// or https://"
            elif not parts.hostname or not _HOST.match(parts.hostname) and not _is_ip6(parts.hostname):
                problem = "has no valid host"
    if problem:
        raise UserError(f"evidence link {text[:80]!r} {problem}")
    return text


def _is_ip6(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(host)
        return True
    except ValueError:
        return False


def validate_evidence(evidence: Iterable[str] | str | None) -> tuple[str, ...]:
    """Checked, de-duplicated evidence URLs in the order given."""
    if evidence is None:
        return ()
    if isinstance(evidence, str):
        evidence = evidence.split()
    urls: list[str] = []
    for url in evidence:
        if url is None or not str(url).strip():
            continue
        checked = validate_url(url)
        if checked not in urls:
            urls.append(checked)
    if len(urls) > MAX_EVIDENCE:
        raise UserError(f"at most {MAX_EVIDENCE} evidence links per verdict")
    return tuple(urls)


def clean_rationale(rationale: str | None) -> str | None:
    """The rationale with surrounding whitespace removed; None when empty."""
    if rationale is None:
        return None
    text = str(rationale).strip()
    if len(text) > MAX_RATIONALE:
        raise UserError(f"the rationale is longer than {MAX_RATIONALE} characters")
    return text or None


# -- writing ------------------------------------------------------------------------------

def record_verdict(ws, claim_id, label: str, *, rationale: str | None = None,
                   evidence: Iterable[str] = (), reviewer: str | None = None,
                   origin: str = "local") -> VerdictEvent:
    """Append a verdict to a claim and return it.

    ``label`` is a key or German/English label of the workspace's scale. Checks everything
    before writing; writes the event and (for a new, in-review or not-check-worthy claim) the
    move to ``checked`` in one transaction, then refreshes previously-checked matching.
    """
    cid = parse_claim_id(claim_id)
    verdict = load_scale(ws.path).resolve(label)
    text = clean_rationale(rationale)
    if verdict.rationale_required and not text:
        raise UserError(f"the verdict {verdict.key!r} ({verdict.de} / {verdict.en}) needs a rationale")
    urls = validate_evidence(evidence)
    name = check_reviewer(ws.config, reviewer)
    with ws.connect() as con:
        event_id = _retrying(lambda: _append_verdict(con, cid, verdict, text, urls, name, origin))
        event = _verdict_events(con, "e.id = ?", [event_id], ws_path=ws.path)[0]
        refresh_matches(ws, cid, con)
    return event


def insert_verdict(con: duckdb.DuckDBPyConnection, claim_id: int, verdict, rationale: str | None,
                   evidence: tuple[str, ...], reviewer: str | None, origin: str) -> int:
    """Append an already validated verdict inside the caller's transaction; returns the event id.

    For importers that create a claim and its verdict in one transaction. Moves the claim to
    ``checked`` when it was new, in review or not check-worthy.
    """
    row = fetch_one(con, "SELECT status FROM claims WHERE id = ?", [claim_id])
    if row is None:
        raise UserError(f"no claim with id {claim_id}")
    event_id = fetch_one(con,
        "INSERT INTO verdict_events (claim_id, label, rating, rationale, evidence, reviewer, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [claim_id, verdict.key, verdict.rating, rationale, list(evidence), reviewer, origin],
    )[0]
    if row[0] in CHECKED_BY_VERDICT:
        _write_status(con, claim_id, "checked", reviewer, keep_assignee=True)
    return event_id


def _append_verdict(con, claim_id, verdict, rationale, evidence, reviewer, origin) -> int:
    con.execute("BEGIN TRANSACTION")
    try:
        event_id = insert_verdict(con, claim_id, verdict, rationale, evidence, reviewer, origin)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return event_id


def set_status(ws, claim_id, status: str, *, reviewer: str | None = None,
               assignee: str | None = None) -> ClaimStatus:
    """Move a claim to ``status`` if the workflow allows it (see ``TRANSITIONS``).

    ``in_review`` assigns the claim to ``assignee`` (default: the reviewer); ``new`` clears the
    assignee. ``checked`` and ``published`` need the claim's own verdict. Setting the status a
    claim already has changes nothing (except re-assigning an in-review claim).
    """
    cid = parse_claim_id(claim_id)
    target = parse_status(status)
    name = check_reviewer(ws.config, reviewer)
    who = check_reviewer(ws.config, assignee) if assignee else name
    if target == "in_review" and not who:
        raise UserError("say who reviews the claim: give --reviewer NAME (or set CLAIMS_REVIEWER)")
    with ws.connect() as con:
        return _retrying(lambda: _change_status(con, cid, target, name, who))


def _change_status(con, claim_id, target, reviewer, assignee) -> ClaimStatus:
    con.execute("BEGIN TRANSACTION")
    try:
        row = fetch_one(con, "SELECT status, assignee FROM claims WHERE id = ?", [claim_id])
        if row is None:
            raise UserError(f"no claim with id {claim_id}")
        current, current_assignee = row
        if target == current and (target != "in_review" or assignee == current_assignee):
            con.execute("ROLLBACK")
            return ClaimStatus(claim_id, current, current_assignee, current, changed=False)
        if target not in TRANSITIONS.get(current, frozenset()):
            allowed = ", ".join(sorted(TRANSITIONS.get(current, ()))) or "none"
            raise UserError(f"claim {claim_id} is {current}; it can move to: {allowed} (not {target})")
        if target in NEEDS_OWN_VERDICT:
            has = fetch_one(con, "SELECT count(*) FROM verdict_events WHERE claim_id = ?", [claim_id])[0]
            if not has:
                raise UserError(f"claim {claim_id} has no verdict of its own yet; record one before "
                                f"marking it {target}")
        new_assignee = _write_status(con, claim_id, target, reviewer, assignee=assignee)
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
    return ClaimStatus(claim_id, target, new_assignee, current)


def _write_status(con, claim_id, status, reviewer, *, assignee=None, keep_assignee=False) -> str | None:
    if status == "new":
        new_assignee = None
    elif status == "in_review":
        new_assignee = assignee or reviewer
    else:
        current = fetch_one(con, "SELECT assignee FROM claims WHERE id = ?", [claim_id])[0]
        new_assignee = current or reviewer
    con.execute("UPDATE claims SET status = ?, assignee = ? WHERE id = ?", [status, new_assignee, claim_id])
    con.execute("INSERT INTO status_events (claim_id, status, reviewer) VALUES (?, ?, ?)",
                [claim_id, status, reviewer])
    return new_assignee


def _retrying(write):
    """Run a write transaction, retrying briefly on DuckDB write-write conflicts between threads."""
    for attempt in range(_RETRIES):
        try:
            return write()
        except duckdb.TransactionException as err:
            if "conflict" not in str(err).lower() or attempt == _RETRIES - 1:
                raise UserError(f"the claim was changed by someone else at the same moment; try again ({err})") from None
            time.sleep(0.02 * (attempt + 1))


def refresh_matches(ws, claim_id: int, con=None) -> None:
    """Tell previously-checked matching that a claim got a verdict (when that module exists).

    The verdict is already stored; a busy or inconsistent index only costs the suggestions,
    so a ``UserError`` from matching is logged, not raised.
    """
    if importlib.util.find_spec("claims.matching") is None:
        return
    from claims import matching

    refresh = getattr(matching, "refresh_matches_for", None)
    if refresh is None:
        return
    try:
        refresh(ws, claim_id, con) if con is not None else refresh(ws, claim_id)
    except UserError as err:
        log.warning("verdict stored, but matching was not refreshed: %s", err)


# -- reading ------------------------------------------------------------------------------

def _verdict_events(con, where: str, params: list, scale=None, ws_path=None) -> list[VerdictEvent]:
    scale = scale or load_scale(ws_path)
    rows = con.execute(
        "SELECT e.id, e.claim_id, e.label, e.rating, e.rationale, e.evidence, e.reviewer, e.origin, "
        f"e.created_at FROM verdict_events e WHERE {where} ORDER BY e.id", params,
    ).fetchall()
    events = []
    for vid, cid, key, rating, rationale, evidence, reviewer, origin, created in rows:
        events.append(VerdictEvent(
            id=vid, claim_id=cid, label=key, label_de=scale.label_of(key, "de"),
            label_en=scale.label_of(key, "en"), rating=rating, rationale=rationale,
            evidence=tuple(evidence or ()), reviewer=reviewer, origin=origin, created_at=created,
        ))
    return events


def _require_claim(con, claim_id: int) -> tuple:
    row = fetch_one(con, "SELECT id, content, status, assignee FROM claims WHERE id = ?", [claim_id])
    if row is None:
        raise UserError(f"no claim with id {claim_id}")
    return row


def current_verdict(ws, claim_id) -> VerdictEvent | None:
    """The claim's own latest verdict, or None."""
    cid = parse_claim_id(claim_id)
    scale = load_scale(ws.path)
    with ws.connect() as con:
        _require_claim(con, cid)
        return _latest_own(con, cid, scale)


def _latest_own(con, claim_id, scale) -> VerdictEvent | None:
    top = fetch_one(con, "SELECT max(id) FROM verdict_events WHERE claim_id = ?", [claim_id])[0]
    return _verdict_events(con, "e.id = ?", [top], scale)[0] if top is not None else None


def effective_verdict(ws, claim_id) -> VerdictEvent | None:
    """The claim's own verdict, else the one it inherits through a confirmed previously-checked match.

    An inherited verdict has ``inherited_from`` = the id of the checked claim it comes from.
    """
    cid = parse_claim_id(claim_id)
    scale = load_scale(ws.path)
    with ws.connect() as con:
        _require_claim(con, cid)
        return effective_verdict_in(con, cid, scale)


def effective_verdict_in(con, claim_id: int, scale, _seen: frozenset = frozenset()) -> VerdictEvent | None:
    """``effective_verdict`` on an open connection (for bulk readers such as exports)."""
    own = _latest_own(con, claim_id, scale)
    if own is not None:
        return own
    seen = _seen | {claim_id}
    linked = con.execute(
        "SELECT checked_claim_id FROM claim_matches WHERE claim_id = ? AND state = 'confirmed' "
        "ORDER BY decided_at DESC NULLS LAST, created_at DESC", [claim_id],
    ).fetchall()
    for (checked,) in linked:
        if checked in seen:
            continue
        found = effective_verdict_in(con, checked, scale, seen)
        if found is not None:
            return replace(found, inherited_from=found.inherited_from or checked)
    return None


def verdict_history(ws, claim_id) -> list[VerdictEvent]:
    """All own verdict events of a claim, oldest first."""
    cid = parse_claim_id(claim_id)
    with ws.connect() as con:
        _require_claim(con, cid)
        return _verdict_events(con, "e.claim_id = ?", [cid], ws_path=ws.path)


def claim_history(ws, claim_id) -> list[dict]:
    """Everything that happened to a claim in the review, oldest first, as JSON-ready dicts.

    Each entry has ``type`` ('verdict', 'status' or 'match'), ``time`` (ISO 8601) and
    ``reviewer``; verdicts add label/labels/rating/rationale/evidence/origin, status changes
    ``status``, match decisions ``checked_claim_id``, ``state`` and ``score``.
    """
    cid = parse_claim_id(claim_id)
    scale = load_scale(ws.path)
    with ws.connect() as con:
        _require_claim(con, cid)
        entries: list[tuple] = []
        for event in _verdict_events(con, "e.claim_id = ?", [cid], scale):
            entries.append((event.created_at, 0, event.id, {
                "type": "verdict", "time": _iso(event.created_at), "reviewer": event.reviewer,
                "id": event.id, "label": event.label, "label_de": event.label_de,
                "label_en": event.label_en, "rating": event.rating, "rationale": event.rationale,
                "evidence": list(event.evidence), "origin": event.origin,
            }))
        for sid, status, reviewer, created in con.execute(
                "SELECT id, status, reviewer, created_at FROM status_events WHERE claim_id = ? ORDER BY id",
                [cid]).fetchall():
            entries.append((created, 1, sid, {"type": "status", "time": _iso(created),
                                              "reviewer": reviewer, "status": status}))
        for checked, score, state, by, decided in con.execute(
                "SELECT checked_claim_id, score, state, decided_by, decided_at FROM claim_matches "
                "WHERE claim_id = ? AND decided_at IS NOT NULL AND state IN ('confirmed', 'rejected')",
                [cid]).fetchall():
            entries.append((decided, 2, checked, {"type": "match", "time": _iso(decided), "reviewer": by,
                                                  "checked_claim_id": checked, "state": state,
                                                  "score": score}))
    entries.sort(key=lambda e: (e[0] or datetime.min, e[1], e[2]))
    return [entry[3] for entry in entries]


def claim_state(ws, claim_id) -> dict:
    """Status, assignee, own and effective verdict of a claim, JSON-ready (for ``history`` and the UI)."""
    cid = parse_claim_id(claim_id)
    scale = load_scale(ws.path)
    with ws.connect() as con:
        _, content, status, assignee = _require_claim(con, cid)
        own = _latest_own(con, cid, scale)
        effective = own or effective_verdict_in(con, cid, scale)
    return {
        "claim_id": cid, "content": content, "status": status, "assignee": assignee,
        "verdict": own.to_dict() if own else None,
        "effective_verdict": effective.to_dict() if effective else None,
    }


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None
