"""Verdicts and the review workflow on a real workspace with the seed article ingested."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claims.errors import UserError
from claims.verdicts import (
    TRANSITIONS, claim_history, claim_state, current_verdict, effective_verdict, record_verdict,
    set_status, validate_url, verdict_history,
)
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory):
    """One workspace with the seed ingested (real extraction, model, DuckDB, FAISS), copied per test."""
    from claims.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("verdicts") / "template"
    ws = Workspace.open(folder)
    summary = ingest_paths(ws, [SEED])
    assert summary.claims >= 5, summary
    return folder


@pytest.fixture
def ws(seeded_template, tmp_path):
    shutil.copytree(seeded_template, tmp_path / "ws")
    return Workspace.open(tmp_path / "ws")


def claim_ids(ws, n=None):
    with ws.connect() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id").fetchall()]
    return ids[:n] if n else ids


def count(ws, sql, params=()):
    with ws.connect() as con:
        return con.execute(sql, list(params)).fetchall()[0][0]


def test_a_verdict_is_stored_with_everything_and_checks_the_claim(ws):
    cid = claim_ids(ws, 1)[0]
    event = record_verdict(ws, cid, "Falsch", rationale="Das Treffen war nie geplant.",
                           evidence=["https://example.org/beleg", " http://example.com/zwei "],
                           reviewer="Anna")
    assert (event.claim_id, event.label, event.label_de, event.label_en) == (cid, "false", "Falsch", "False")
    assert event.rating == 1 and event.reviewer == "Anna" and not event.inherited
    assert event.evidence == ("https://example.org/beleg", "http://example.com/zwei")
    assert current_verdict(ws, cid) == event
    with ws.connect() as con:
        assert con.execute("SELECT status, assignee FROM claims WHERE id = ?", [cid]).fetchall() == [("checked", "Anna")]
        assert con.execute("SELECT status, reviewer FROM status_events WHERE claim_id = ?", [cid]).fetchall() == [
            ("checked", "Anna")]


def test_a_correction_appends_and_history_shows_both(ws):
    cid = claim_ids(ws, 1)[0]
    first = record_verdict(ws, cid, "false", rationale="erst so", reviewer="Anna")
    second = record_verdict(ws, cid, "Mostly TRUE", reviewer="Ben")  # no rationale, no evidence
    assert second.id > first.id
    assert current_verdict(ws, cid).label == "mostly_true"
    assert [e.label for e in verdict_history(ws, cid)] == ["false", "mostly_true"]
    history = claim_history(ws, cid)
    assert [(h["type"], h.get("label") or h.get("status")) for h in history] == [
        ("verdict", "false"), ("status", "checked"), ("verdict", "mostly_true")]
    # The view other areas read shows the whole latest event, not older non-null values.
    with ws.connect() as con:
        row = con.execute("SELECT label, rationale, reviewer, events FROM current_verdicts WHERE claim_id = ?",
                          [cid]).fetchall()
    assert row == [("mostly_true", None, "Ben", 2)]


@pytest.mark.parametrize("claim", [999_999, "abc", "-1", ""])
def test_unknown_or_malformed_claim_id_is_refused(ws, claim):
    with pytest.raises(UserError, match="claim"):
        record_verdict(ws, claim, "true")
    assert count(ws, "SELECT count(*) FROM verdict_events") == 0


@pytest.mark.parametrize("url", [
    "ftp://example.org/x", "example.org/x", "http://", "https://exa mple.org/", "javascript:alert(1)",
    "http://host:99999/", "https://ex\u0000ample.org", "mailto:a@b.org",
])
def test_malformed_evidence_is_refused_and_nothing_is_written(ws, url):
    cid = claim_ids(ws, 1)[0]
    with pytest.raises(UserError, match="evidence link"):
        record_verdict(ws, cid, "false", rationale="r", evidence=["https://ok.example/", url])
    assert count(ws, "SELECT count(*) FROM verdict_events") == 0
    assert count(ws, "SELECT count(*) FROM status_events") == 0


@pytest.mark.parametrize("url", ["https://example.org", "http://localhost:8501/x?y=1#z", "https://bücher.de/a",
                                 "http://[::1]/", "HTTPS://EXAMPLE.ORG/"])
def test_good_urls_pass(url):
    assert validate_url(url) == url


def test_unknown_label_and_missing_rationale_are_refused(ws):
    cid = claim_ids(ws, 1)[0]
    with pytest.raises(UserError, match="valid labels: true"):
        record_verdict(ws, cid, "pants on fire")
    with pytest.raises(UserError, match="needs a rationale"):
        record_verdict(ws, cid, "Falsch", rationale="   ")
    assert count(ws, "SELECT count(*) FROM verdict_events") == 0
    record_verdict(ws, cid, "richtig")  # this label needs none
    assert count(ws, "SELECT count(*) FROM verdict_events") == 1


def test_workflow_transitions(ws):
    a, b, c = claim_ids(ws, 3)
    change = set_status(ws, a, "In Review", reviewer="Anna")
    assert (change.previous, change.status, change.assignee) == ("new", "in_review", "Anna")
    assert set_status(ws, a, "in_review", reviewer="Anna").changed is False
    assert set_status(ws, a, "in_review", reviewer="Ben").assignee == "Ben"  # re-assigned
    with pytest.raises(UserError, match="no verdict of its own"):
        set_status(ws, a, "checked", reviewer="Ben")
    record_verdict(ws, a, "true", reviewer="Ben")
    assert claim_state(ws, a)["status"] == "checked"
    assert set_status(ws, a, "published", reviewer="Ben").status == "published"
    assert set_status(ws, a, "in_review", reviewer="Cem").assignee == "Cem"  # reopened for a correction

    with pytest.raises(UserError, match="can move to"):
        set_status(ws, b, "published")
    with pytest.raises(UserError, match="who reviews"):
        set_status(ws, b, "in_review")
    with pytest.raises(UserError, match="unknown status"):
        set_status(ws, b, "done")
    assert set_status(ws, b, "not check-worthy").status == "not_checkworthy"
    assert set_status(ws, b, "new").assignee is None
    record_verdict(ws, c, "not_checkable")  # a verdict checks a new claim by itself
    assert claim_state(ws, c)["status"] == "checked"

    with ws.connect() as con:
        statuses = [r[0] for r in con.execute(
            "SELECT status FROM status_events WHERE claim_id = ? ORDER BY id", [a]).fetchall()]
    assert statuses == ["in_review", "in_review", "checked", "published", "in_review"]
    for status, targets in TRANSITIONS.items():
        assert status not in ("published",) or "new" not in targets


def test_allowed_reviewers_are_enforced(ws):
    cid = claim_ids(ws, 1)[0]
    ws.config["reviewers"] = ["Anna Beispiel", "Ben"]
    with pytest.raises(UserError, match="not in this workspace's reviewers"):
        record_verdict(ws, cid, "true", reviewer="Mallory")
    with pytest.raises(UserError, match="named reviewers"):
        record_verdict(ws, cid, "true")
    with pytest.raises(UserError, match="not in this workspace's reviewers"):
        set_status(ws, cid, "in_review", reviewer="Mallory")
    assert record_verdict(ws, cid, "true", reviewer="anna  beispiel").reviewer == "Anna Beispiel"
    assert count(ws, "SELECT count(*) FROM verdict_events") == 1


def test_confirmed_match_shows_the_verdict_as_inherited_until_an_own_one(ws):
    from claims.matching import confirm_match

    checked, other = claim_ids(ws, 2)
    record_verdict(ws, checked, "false", rationale="widerlegt", reviewer="Anna")
    assert effective_verdict(ws, other) is None
    confirm_match(ws, other, checked, "Ben")
    inherited = effective_verdict(ws, other)
    assert inherited.inherited and inherited.inherited_from == checked and inherited.label == "false"
    assert current_verdict(ws, other) is None  # nothing copied
    assert count(ws, "SELECT count(*) FROM verdict_events WHERE claim_id = ?", [other]) == 0
    assert [h["type"] for h in claim_history(ws, other)] == ["match"]
    state = claim_state(ws, other)
    assert state["verdict"] is None and state["effective_verdict"]["inherited_from"] == checked

    own = record_verdict(ws, other, "true", reviewer="Ben")
    assert effective_verdict(ws, other) == own and not own.inherited


def test_a_verdict_refreshes_previously_checked_matching(ws):
    """A claim that says the same as a newly checked one gets it suggested."""
    from claims.ingest import ingest_text

    with ws.connect() as con:
        cid, content = con.execute(
            "SELECT id, content FROM claims WHERE content LIKE '%Budapest%' ORDER BY id LIMIT 1").fetchall()[0]
    twin = ingest_text(ws, f"Die Zeitung schrieb: {content}", title="Nachdruck").claim_ids
    assert twin
    with ws.connect() as con:
        con.execute("DELETE FROM claim_matches")
    record_verdict(ws, cid, "false", rationale="widerlegt")
    with ws.connect() as con:
        suggested = [r[0] for r in con.execute(
            "SELECT claim_id FROM claim_matches WHERE checked_claim_id = ? AND state = 'suggested'", [cid]).fetchall()]
    assert set(suggested) & set(twin)


def test_threads_of_one_process_all_persist(ws):
    """Four reviewer sessions (threads sharing one database instance) × 25 verdicts → 100 stored."""
    from concurrent.futures import ThreadPoolExecutor

    ids = claim_ids(ws)
    assert len(ids) >= 4

    def session(n):
        for i in range(25):
            record_verdict(ws, ids[(n + 4 * i) % len(ids)], "unproven" if i % 2 else "true",
                           rationale=f"session {n} step {i}", reviewer=f"reviewer{n}")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(session, range(4)))
    assert count(ws, "SELECT count(*) FROM verdict_events") == 100
    assert count(ws, "SELECT count(DISTINCT reviewer) FROM verdict_events") == 4
