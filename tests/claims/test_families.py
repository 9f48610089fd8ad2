"""Claim families: the same statement in two articles and two languages is one family."""
from __future__ import annotations

from pathlib import Path

from claims import ingest
from claims.families import family_appearances, numbers_agree
from claims.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"


def _by_content(ws, word):
    with ws.connect() as con:
        return con.execute("SELECT id, family_id, language FROM claims WHERE content ILIKE ? ORDER BY id",
                           [f"%{word}%"]).fetchall()


def test_german_claim_and_english_translation_share_a_family(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    # the English article is imported first but was published later
    rows = (FIXTURES / "store_tax_articles.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "en.jsonl").write_text(rows[1] + "\n", encoding="utf-8")
    (tmp_path / "de.jsonl").write_text(rows[0] + "\n", encoding="utf-8")
    ingest.ingest_paths(ws, [tmp_path / "en.jsonl"])
    ingest.ingest_paths(ws, [tmp_path / "de.jsonl"])
    (de_id, de_family, _), = _by_content(ws, "Mehrwertsteuer")
    (en_id, en_family, _), = _by_content(ws, "value added tax")
    assert de_family is not None and de_family == en_family
    appearances = family_appearances(ws, en_id)
    assert [a.claim_id for a in appearances] == [de_id, en_id]  # by published date, not import order
    assert [a.first for a in appearances] == [True, False]
    assert appearances[0].outlet == "Tagesblatt" and str(appearances[0].published) == "2025-03-03"
    # different numbers, different statements: 20 Prozent vs 2 percent
    (_, de_prices, _), = _by_content(ws, "Prozent")
    (_, en_prices, _), = _by_content(ws, "percent")
    assert de_prices != en_prices
    # an unrelated claim is alone in its family
    with ws.connect() as con:
        sizes = con.execute("SELECT family_id, count(*) FROM claims GROUP BY family_id").fetchall()
    assert max(n for _, n in sizes) == 2


def test_family_within_one_batch(workspace):
    from claims.documents import Document

    a = Document(text="Die Polizei sagte, der Täter sei über die Grenze nach Polen geflohen.", doc_id="a",
                 outlet="A", published=None)
    b = Document(text="The police said the perpetrator had fled across the border to Poland.", doc_id="b",
                 outlet="B", published=None)
    ingest.ingest_documents(workspace, [a, b])
    fams = {f for _, f, _ in _by_content(workspace, "Pol")}
    assert len(fams) == 1
    first = family_appearances(workspace, _by_content(workspace, "Poland")[0][0])
    assert len(first) == 2 and first[0].first and first[0].language == "de"  # same day: import order


def test_numbers_must_agree():
    assert not numbers_agree("stieg um 2 Millionen", "rose by 20 million")
    assert numbers_agree("stieg um 2,5 Prozent", "rose by 2.5 percent")
    assert numbers_agree("stieg deutlich", "rose by 20 percent")
