"""Import of verdicts: our own CSV (round trip) and ClaimReview JSON-LD from other fact-checkers."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claims.errors import UserError
from claims.export import CSV_COLUMNS, export_csv
from claims.import_verdicts import import_verdicts
from claims.verdicts import current_verdict, record_verdict
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"
REVIEWS = ROOT / "tests" / "fixtures" / "verdicts_claimreview.json"


@pytest.fixture(scope="module")
def reviewed_template(tmp_path_factory):
    from claims.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("import") / "template"
    ws = Workspace.open(folder)
    assert ingest_paths(ws, [SEED]).claims >= 5
    with ws.connect() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id").fetchall()]
    record_verdict(ws, ids[0], "falsch", rationale="=widerlegt", evidence=["https://example.org/q"], reviewer="Anna")
    record_verdict(ws, ids[1], "true", reviewer="Ben")
    record_verdict(ws, ids[2], "not_checkable")
    return folder


@pytest.fixture
def ws(reviewed_template, tmp_path):
    shutil.copytree(reviewed_template, tmp_path / "ws")
    return Workspace.open(tmp_path / "ws")


def table(ws, sql, params=()):
    with ws.connect() as con:
        return con.execute(sql, list(params)).fetchall()


def test_csv_round_trip_into_a_new_workspace(ws, tmp_path):
    out = tmp_path / "export.csv"
    export_csv(ws, out, excel=True)
    fresh = Workspace.open(tmp_path / "fresh")
    report = import_verdicts(fresh, out)
    assert report.errors == [] and len(report.created) == 3
    assert report.skipped == len(table(ws, "SELECT id FROM claims")) - 3  # claims without verdict
    old = table(ws, "SELECT c.content, v.label, v.rationale, v.evidence, v.reviewer FROM claims c "
                    "JOIN current_verdicts v ON v.claim_id = c.id ORDER BY c.id")
    new = table(fresh, "SELECT c.content, v.label, v.rationale, v.evidence, v.reviewer FROM claims c "
                       "JOIN current_verdicts v ON v.claim_id = c.id ORDER BY c.id")
    assert new == old  # '=widerlegt' comes back without the protective quote
    assert {r[0] for r in table(fresh, "SELECT status FROM claims")} == {"checked"}
    # embedded, indexed and grouped into families like any claim
    assert table(fresh, "SELECT count(*) FROM embeddings")[0][0] == 3
    assert table(fresh, "SELECT count(*) FROM claims WHERE family_id IS NULL")[0][0] == 0
    from claims.search import search_claims

    hits = search_claims(fresh, new[0][0], k=1)
    assert hits and hits[0].content == new[0][0]
    again = import_verdicts(fresh, out)
    assert again.created == [] and len(again.unchanged) == 3
    assert table(fresh, "SELECT count(*) FROM verdict_events")[0][0] == 3


def test_imported_checked_claims_feed_previously_checked_matching(ws, tmp_path):
    """Claims imported as checked are suggested as matches for the same claims ingested later."""
    from claims.ingest import ingest_paths

    out = tmp_path / "export.csv"
    export_csv(ws, out)
    fresh = Workspace.open(tmp_path / "fresh")
    imported = import_verdicts(fresh, out).created
    summary = ingest_paths(fresh, [SEED])
    matches = table(fresh, "SELECT claim_id, checked_claim_id, score FROM claim_matches")
    assert {m[1] for m in matches} & set(imported), matches
    assert summary.matches >= 1


def test_reimport_into_the_same_workspace_adds_only_changed_verdicts(ws, tmp_path):
    out = tmp_path / "export.csv"
    export_csv(ws, out)
    before = table(ws, "SELECT count(*) FROM verdict_events")[0][0]
    report = import_verdicts(ws, out)
    assert (report.created, len(report.unchanged)) == ([], 3)
    assert table(ws, "SELECT count(*) FROM verdict_events")[0][0] == before
    text = out.read_text(encoding="utf-8")
    first_id = table(ws, "SELECT min(id) FROM claims")[0][0]
    out.write_text(text.replace(",false,1,", ",partly_false,2,", 1), encoding="utf-8")
    report = import_verdicts(ws, out)
    assert report.updated == [first_id]
    assert current_verdict(ws, first_id).label == "partly_false"


def test_csv_with_wrong_columns_is_refused_whole(ws, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text,verdict\n1,Die Erde ist flach,false\n", encoding="utf-8")
    with pytest.raises(UserError, match="missing column.*content.*label"):
        import_verdicts(ws, bad)
    for name, data in [("empty.csv", b""), ("bin.csv", b"\x00\x01\x02PK"), ("latin.csv", "ä;ö".encode("latin-1"))]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UserError):
            import_verdicts(ws, tmp_path / name)
    with pytest.raises(UserError, match="no such file"):
        import_verdicts(ws, tmp_path / "missing.csv")


def test_bad_rows_are_reported_and_good_rows_kept(ws, tmp_path):
    header = ",".join(CSV_COLUMNS)
    lines = [
        header,
        ',Die Erde ist eine Scheibe.,,,,,,,de,,false,,Satelliten zeigen es.,https://example.org/x,,,,,',
        ',Ein Satz mit falschem Label.,,,,,,,de,,pants,,,,,,,,',
        ',Ein Satz mit kaputtem Beleg.,,,,,,,de,,false,,Grund,ftp://x,,,,,',
        ',Ein Satz ohne Begründung.,,,,,,,de,,false,,,,,,,,',
        ',too few fields,false',
        ',,,,,,,,de,,true,,,,,,,,',
        ',Ein Satz ohne Urteil.,,,,,,,de,,,,,,,,,,',
        ',The moon landing happened in 1969.,,,,,,,en,published,true,,,,,,,,',
    ]
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_verdicts(ws, path)
    assert sorted(e.row for e in report.errors) == [3, 4, 5, 6, 7]
    reasons = {e.row: e.reason for e in report.errors}
    assert "unknown verdict label" in reasons[3] and "evidence link" in reasons[4]
    assert "needs a rationale" in reasons[5] and "fields" in reasons[6] and "no claim text" in reasons[7]
    assert len(report.created) == 2 and report.skipped == 1
    statuses = dict(table(ws, "SELECT content, status FROM claims WHERE id IN (SELECT unnest(?))", [report.created]))
    assert statuses == {"Die Erde ist eine Scheibe.": "checked", "The moon landing happened in 1969.": "published"}


def test_claimreview_from_another_fact_checker(ws):
    report = import_verdicts(ws, REVIEWS)
    assert sorted(e.row for e in report.errors) == [3, 4, 5]
    reasons = {e.row: e.reason for e in report.errors}
    assert "no claim text" in reasons[3] and "no label" in reasons[4] and "not ClaimReview" in reasons[5]
    assert len(report.created) == 3
    rows = table(ws, "SELECT c.content, c.language, coalesce(s.name, c.source), d.url, v.label, v.origin, v.evidence, "
                     "v.rationale FROM claims c JOIN documents d ON d.id = c.document_id "
                     "LEFT JOIN speakers s ON s.id = c.speaker_id JOIN current_verdicts v ON v.claim_id = c.id "
                     "WHERE c.id IN (SELECT unnest(?)) ORDER BY c.id", [report.created])
    budapest, moon, inflation = rows
    assert budapest[1:6] == ("en", "Donald Trump", "https://social.example/posts/1", "true",
                             "ClaimReview: Example Checkers")
    assert budapest[6] == ["https://checker.example.net/reviews/budapest-summit"]
    assert moon[4] == "false" and "Pants on Fire" in moon[7]  # mapped by its numeric rating
    assert inflation[1] == "de" and inflation[4] == "true"
    again = import_verdicts(ws, REVIEWS)
    assert again.created == [] and len(again.unchanged) == 3


def test_an_imported_english_review_is_suggested_for_the_german_seed_claim(tmp_path):
    """Cross-lingual: a ClaimReview in English, then the German seed: the seed claim gets the suggestion."""
    from claims.ingest import ingest_paths

    fresh = Workspace.open(tmp_path / "fresh")
    created = import_verdicts(fresh, REVIEWS).created
    ingest_paths(fresh, [SEED])
    found = table(fresh, "SELECT m.checked_claim_id, c.content, m.score FROM claim_matches m "
                         "JOIN claims c ON c.id = m.claim_id WHERE m.checked_claim_id = ?", [created[0]])
    assert any("Budapest" in content for _, content, _ in found), found


def test_google_fact_check_tools_response(ws, tmp_path):
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"claims": [{
        "text": "Die Ukraine hat den Krieg begonnen.", "claimant": "Staatsmedien",
        "claimReview": [{"publisher": {"name": "Checker"}, "url": "https://checker.example/x",
                         "textualRating": "Falsch", "languageCode": "de"}]}]}), encoding="utf-8")
    report = import_verdicts(ws, path)
    assert report.errors == [] and len(report.created) == 1
    assert current_verdict(ws, report.created[0]).origin == "ClaimReview: Checker"


def test_not_json_and_no_reviews(ws, tmp_path):
    for text, words in [("[1, 2", "not valid JSON"), ('{"hello": 1}', "no ClaimReview")]:
        path = tmp_path / "x.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(UserError, match=words):
            import_verdicts(ws, path)
