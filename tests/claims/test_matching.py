"""Previously-checked matching: suggestions after a verdict, at ingest, and reviewer decisions."""
from __future__ import annotations

import pytest

from claims import ingest, matching
from claims.errors import UserError
from claims.verdicts import record_verdict

LONG_DE = "Der Minister sagte, die Regierung werde bis 2030 mehr als 400000 neue Wohnungen in Deutschland bauen lassen."
LONG_EN = "The minister said the government would have more than 400000 new homes built in Germany by 2030."


def _claim(ws, word):
    with ws.connect() as con:
        rows = con.execute("SELECT id FROM claims WHERE content ILIKE ? ORDER BY id", [f"%{word}%"]).fetchall()
    assert rows, word
    return rows[0][0]


def _matches(ws):
    with ws.connect() as con:
        return con.execute("SELECT claim_id, checked_claim_id, score, state, confident FROM claim_matches "
                           "ORDER BY claim_id").fetchall()


def _store(ws, text, contents, lang="de"):
    """Store a document whose claims are given (the real store, embed and index steps; no extraction)."""
    from claims.documents import Document
    from claims.model import Claim

    doc = ingest.prepare_documents([Document(text=text, doc_id=text[:20], language=lang)])[0]
    claims = tuple(Claim(c, (text.index(c), text.index(c) + len(c)), "unattributed", lang, 0) for c in contents)
    model, name = ingest.workspace_model(ws)
    return ingest.store_batch(ws, ingest.embed_batch(model, name, [ingest.ExtractedDocument(doc, claims)]))


def test_suggestion_appears_after_a_verdict_and_at_ingest(workspace):
    ws = workspace
    ingest.ingest_text(ws, LONG_DE, outlet="A")
    ingest.ingest_text(ws, LONG_EN, outlet="B")
    checked = _claim(ws, "Wohnungen")
    english = _claim(ws, "homes")
    assert _matches(ws) == []  # nothing checked yet
    record_verdict(ws, checked, "false", rationale="Die Planung sieht 250000 vor.", reviewer="ana")
    rows = _matches(ws)
    assert [(r[0], r[1], r[3]) for r in rows] == [(english, checked, "suggested")]
    assert rows[0][2] >= ws.config["suggest_threshold"]
    # a new claim saying the same is suggested at ingest; confidently, as it is long and very close
    with ws.connect() as con:
        content = con.execute("SELECT content FROM claims WHERE id = ?", [checked]).fetchall()[0][0]
    summary = _store(ws, f"Am Montag hieß es: {content}", [content])
    assert summary.matches == 1
    new = summary.claim_ids[0]
    (row,) = [r for r in _matches(ws) if r[0] == new]
    assert row[1] == checked and row[3] == "suggested" and row[2] >= ws.config["confirm_threshold"] and row[4]
    shown = matching.matches_for(ws, new)
    assert shown[0].verdict == "false" and shown[0].confident


def test_short_claims_never_get_a_confident_suggestion(workspace):
    ws = workspace
    checked = _store(ws, "Der Sprecher sagte: Das ist falsch.", ["Das ist falsch."]).claim_ids[0]
    record_verdict(ws, checked, "false", rationale="x", reviewer="ana")
    new = _store(ws, "Die Sprecherin sagte: Das ist falsch.", ["Das ist falsch."]).claim_ids[0]
    (row,) = [r for r in _matches(ws) if r[0] == new]
    assert row[1] == checked and row[2] >= ws.config["confirm_threshold"]  # identical text …
    assert not row[4]  # … but fewer than 8 words: a plain suggestion
    assert not matching.matches_for(ws, new)[0].confident


def test_different_numbers_never_get_a_confident_suggestion(workspace):
    ws = workspace
    long = "die Regierung werde bis 2030 mehr als 400000 neue Wohnungen in Deutschland bauen lassen"
    checked = _store(ws, f"Er sagte, {long}.", [long]).claim_ids[0]
    record_verdict(ws, checked, "false", rationale="x", reviewer="ana")
    other = long.replace("400000", "40000")
    new = _store(ws, f"Sie sagte, {other}.", [other]).claim_ids[0]
    (row,) = [r for r in _matches(ws) if r[0] == new]
    assert row[1] == checked and row[2] >= ws.config["confirm_threshold"]  # the vectors barely differ …
    assert not row[4]  # … but the numbers do: a plain suggestion


def test_confirm_and_reject_are_reviewer_decisions_that_stick(workspace):
    ws = workspace
    ingest.ingest_text(ws, LONG_DE)
    ingest.ingest_text(ws, LONG_EN)
    checked, english = _claim(ws, "Wohnungen"), _claim(ws, "homes")
    record_verdict(ws, checked, "false", rationale="x", reviewer="ana")
    matching.confirm_match(ws, english, checked, "ben")
    (m,) = matching.matches_for(ws, english)
    assert m.state == "confirmed" and m.decided_by == "ben"
    matching.reject_match(ws, english, checked, "ben")
    assert matching.matches_for(ws, english) == []
    assert matching.refresh_matches_for(ws, checked) == 0  # a decision is never overridden
    assert [m.state for m in matching.matches_for(ws, english, include_rejected=True)] == ["rejected"]
    with pytest.raises(UserError):
        matching.confirm_match(ws, english, 424242, "ben")
    with pytest.raises(UserError):
        matching.confirm_match(ws, english, english, "ben")
