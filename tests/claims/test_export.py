"""CSV and ClaimReview exports of a real workspace with the seed ingested and verdicts recorded."""
from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from claims.errors import UserError
from claims.export import (
    CSV_COLUMNS, claimreview_objects, export_claimreview, export_csv, neutralise, unneutralise,
)
from claims.verdicts import record_verdict
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"
NASTY = ["=HYPERLINK(\"http://evil.example\")", "+1+2", "-3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture(scope="module")
def reviewed_template(tmp_path_factory):
    """The seed ingested, three verdicts recorded (one corrected, one with formula-like text)."""
    from claims.ingest import ingest_text

    folder = tmp_path_factory.mktemp("export") / "template"
    ws = Workspace.open(folder)
    ws.config.update(organisation="Faktencheck Redaktion",
                     review_url_pattern="https://fc.example.org/pruefung/{claim_id}")
    ws.save_config()
    assert ingest_text(ws, SEED.read_text(encoding="utf-8"), title="Trump und Putin wollen sich in Budapest treffen",
                       url="https://nume.example/trump-putin", outlet="nume.ch", published="2025-10-16").claims >= 5
    with ws.connect() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id").fetchall()]
    record_verdict(ws, ids[0], "true", reviewer="Anna")
    record_verdict(ws, ids[0], "Falsch", rationale="korrigiert: " + NASTY[0],
                   evidence=["https://example.org/a", "https://example.org/b"], reviewer="Anna")
    record_verdict(ws, ids[1], "nicht prüfbar", rationale=NASTY[1], reviewer=NASTY[3])
    record_verdict(ws, ids[2], "mostly true", reviewer="Ben")
    return folder


@pytest.fixture
def ws(reviewed_template, tmp_path):
    shutil.copytree(reviewed_template, tmp_path / "ws")
    return Workspace.open(tmp_path / "ws")


def claims_in(ws):
    with ws.connect() as con:
        return con.execute("SELECT id, content FROM claims ORDER BY id").fetchall()


def rows_of(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_has_the_documented_columns_and_one_row_per_claim(ws):
    data = export_csv(ws)
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = rows_of(data)
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [(int(r["claim_id"]), r["content"]) for r in rows] == claims_in(ws)
    first = rows[0]
    assert (first["label"], first["rating"], first["reviewer"], first["status"]) == ("false", "1", "Anna", "checked")
    assert first["evidence"].split() == ["https://example.org/a", "https://example.org/b"]
    assert first["rationale"].startswith("korrigiert")  # the correction, not the first verdict
    assert first["language"] == "de" and first["kind"] and first["verdict_time"]
    assert (first["outlet"], first["url"], first["published"]) == (
        "nume.ch", "https://nume.example/trump-putin", "2025-10-16")
    assert rows[1]["label"] == "not_checkable" and rows[1]["rating"] == ""
    assert all(r["label"] == "" and r["status"] == "new" for r in rows[3:])


def test_formula_injection_is_neutralised(ws):
    with ws.connect() as con:
        cid = con.execute("SELECT id FROM claims ORDER BY id DESC LIMIT 1").fetchall()[0][0]
    for text in NASTY[2:4]:
        record_verdict(ws, cid, "false", rationale=text)
        rows = rows_of(export_csv(ws))
        assert rows[-1]["rationale"] == "'" + text
    for text in NASTY:  # tab and CR cannot start a stored rationale (it is stripped), but any cell may
        assert neutralise(text) == "'" + text and unneutralise(neutralise(text)) == text
    assert neutralise("harmless = text") == "harmless = text"
    rows = rows_of(export_csv(ws))
    assert rows[1]["rationale"] == "'" + NASTY[1] and rows[1]["reviewer"] == "'" + NASTY[3]
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_excel_bom_and_pandas_reads_it(ws, tmp_path):
    out = tmp_path / "claims.csv"
    n = export_csv(ws, out, excel=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert list(frame.columns) == list(CSV_COLUMNS) and len(frame) == n == len(claims_in(ws))
    assert frame.loc[0, "label"] == "false"
    assert "Budapest" in " ".join(frame["content"])  # umlauts and all survive: UTF-8
    assert not list(tmp_path.glob(".*.tmp"))


def test_filters(ws):
    assert {r["label"] for r in rows_of(export_csv(ws, label="Falsch"))} == {"false"}
    assert {r["status"] for r in rows_of(export_csv(ws, status="checked"))} == {"checked"}
    assert len(rows_of(export_csv(ws, status="new"))) == len(claims_in(ws)) - 3
    some = [cid for cid, _ in claims_in(ws)][2:5]
    assert [int(r["claim_id"]) for r in rows_of(export_csv(ws, claim_ids=some))] == some
    assert rows_of(export_csv(ws, claim_ids=[])) == []
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert rows_of(export_csv(ws, since=tomorrow)) == []
    assert len(rows_of(export_csv(ws, since=yesterday))) == len(claims_in(ws))
    with pytest.raises(UserError, match="not a date"):
        export_csv(ws, since="16.10.2025")
    with pytest.raises(UserError, match="unknown verdict label"):
        export_csv(ws, label="bogus")
    with pytest.raises(UserError, match="unknown status"):
        export_csv(ws, status="bogus")


def test_bad_output_paths_are_refused(ws, tmp_path):
    with pytest.raises(UserError, match="folder"):
        export_csv(ws, tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        export_csv(ws, tmp_path / "missing" / "x.csv")


def test_claimreview_fields_and_types(ws, tmp_path):
    out = tmp_path / "reviews.json"
    assert export_claimreview(ws, out) == 3
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(reviews, list) and len(reviews) == 3
    contents = dict(claims_in(ws))
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        cid = int(review["url"].rsplit("/", 1)[1])
        assert review["url"] == f"https://fc.example.org/pruefung/{cid}"
        assert review["claimReviewed"] == contents[cid]
        assert review["author"] == {"@type": "Organization", "name": "Faktencheck Redaktion"}
        assert date.fromisoformat(review["datePublished"])
        assert review["inLanguage"] == "de"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str)
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
        assert item["datePublished"] == "2025-10-16"
        for key in ("appearance", "firstAppearance"):
            assert item[key]["@type"] == "CreativeWork"
            assert item[key]["url"] == "https://nume.example/trump-putin"
            assert item[key]["publisher"] == {"@type": "Organization", "name": "nume.ch"}
    false, not_checkable, mostly_true = reviews
    assert false["reviewRating"] == {"@type": "Rating", "alternateName": "Falsch", "ratingValue": 1,
                                     "bestRating": 5, "worstRating": 1}
    assert all(isinstance(false["reviewRating"][k], int) for k in ("ratingValue", "bestRating", "worstRating"))
    assert false["reviewBody"].startswith("korrigiert")
    assert not_checkable["reviewRating"] == {"@type": "Rating", "alternateName": "Nicht prüfbar"}
    assert mostly_true["reviewRating"]["ratingValue"] == 4


def test_claimreview_authors_persons_and_organisations(ws):
    from claims.ingest import ingest_text

    ingest_text(ws, "Laut Reuters hat die Regierung die Steuern erhöht. Merz sagte, die Steuern seien gesunken.",
                url="https://news.example/artikel", outlet="Tagesblatt", published="2025-10-20")
    with ws.connect() as con:
        rows = con.execute("SELECT c.id, coalesce(s.name, c.source) FROM claims c "
                           "LEFT JOIN speakers s ON s.id = c.speaker_id JOIN documents d ON d.id = c.document_id "
                           "WHERE d.outlet = 'Tagesblatt'").fetchall()
    assert rows
    for cid, _ in rows:
        record_verdict(ws, cid, "false", rationale="r")
    reviews = {r["claimReviewed"]: r for r in claimreview_objects(ws)}
    authors = {r["itemReviewed"]["author"]["name"]: r["itemReviewed"]["author"]["@type"]
               for r in reviews.values() if r["itemReviewed"].get("author")}
    if "Reuters" in authors:
        assert authors["Reuters"] == "Organization"
    if "Merz" in authors:
        assert authors["Merz"] == "Person"
    assert {"Reuters", "Merz"} & set(authors)
    item = next(r["itemReviewed"] for r in reviews.values() if r["itemReviewed"].get("datePublished") == "2025-10-20")
    assert item["appearance"]["url"] == "https://news.example/artikel"
    assert item["appearance"]["publisher"] == {"@type": "Organization", "name": "Tagesblatt"}


def test_first_appearance_is_the_earliest_article_of_the_family(ws):
    from claims.ingest import ingest_text

    with ws.connect() as con:
        cid, content = con.execute("SELECT id, content FROM claims WHERE kind = 'direct' ORDER BY id LIMIT 1").fetchall()[0]
    ingest_text(ws, f"„{content}“, sagte Trump.", url="https://early.example/a", outlet="Frühblatt",
                published="2025-10-01")
    with ws.connect() as con:
        early, fam = con.execute(
            "SELECT c.id, c.family_id FROM claims c JOIN documents d ON d.id = c.document_id "
            "WHERE d.outlet = 'Frühblatt' ORDER BY c.id LIMIT 1").fetchall()[0]
        con.execute("UPDATE claims SET family_id = ? WHERE id = ?", [fam, cid])  # same family, as families would
    record_verdict(ws, cid, "true")
    review = next(r for r in claimreview_objects(ws) if r["url"].endswith(f"/{cid}"))
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://early.example/a"
    assert review["itemReviewed"]["firstAppearance"]["datePublished"] == "2025-10-01"
    assert early != cid


def test_empty_workspace_exports_header_and_empty_list(workspace):
    assert rows_of(export_csv(workspace)) == []
    assert export_csv(workspace).decode().strip() == ",".join(CSV_COLUMNS)
    assert json.loads(export_claimreview(workspace)) == []
