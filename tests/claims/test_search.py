"""Semantic search and similar claims on a real workspace (real model, real FAISS index)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import ingest
from claims.errors import UserError
from claims.search import search_claims, similar_claims
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("search") / "ws")
    ingest.ingest_paths(ws, [SEED, FIXTURES / "store_tax_articles.jsonl"])
    return ws


def _claims(ws):
    with ws.connect() as con:
        return con.execute("SELECT id, content, language, source FROM claims ORDER BY id").fetchall()


def test_search_finds_a_claim_by_its_content(ws):
    for claim_id, content, _, _ in _claims(ws)[:5]:
        hits = search_claims(ws, content, k=3)
        assert hits[0].claim_id == claim_id
        assert hits[0].score > 0.99
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_english_paraphrase_finds_the_german_seed_claim(ws):
    budapest = [cid for cid, content, _, _ in _claims(ws) if "Budapest" in content and "Putin" in content]
    assert budapest, "the seed's Budapest claim was not extracted"
    hits = search_claims(ws, "Trump says he will meet Putin in person in Budapest to talk about ending the war", k=3)
    assert {h.claim_id for h in hits} & set(budapest)


def test_hit_carries_document_and_verdict_fields(ws):
    hit = search_claims(ws, "VAT on food will be abolished", k=1)[0]
    d = hit.to_dict()
    for key in ("claim_id", "score", "content", "source", "document", "verdict", "kind", "language", "status"):
        assert key in d
    assert d["document"]["outlet"] in ("Tagesblatt", "Daily Courier")
    assert d["verdict"] is None and d["status"] == "new"


def test_language_and_speaker_filters_still_return_k(ws):
    hits = search_claims(ws, "Mehrwertsteuer auf Lebensmittel", k=3, lang="en")
    assert hits and all(h.language == "en" for h in hits)
    hits = search_claims(ws, "Mehrwertsteuer", k=2, speaker="klingbeil")
    assert hits and all("Klingbeil" in (h.source or "") for h in hits)
    assert search_claims(ws, "Mehrwertsteuer", k=5, speaker="nobody-of-that-name") == []
    many = search_claims(ws, "Putin", k=5, lang="de")
    assert len(many) == 5 and all(h.language == "de" for h in many)


def test_similar_excludes_the_claim_itself(ws):
    claims = _claims(ws)
    claim_id = claims[0][0]
    hits = similar_claims(ws, claim_id, k=len(claims))
    ids = [h.claim_id for h in hits]
    assert claim_id not in ids
    assert len(ids) == len(claims) - 1 and len(set(ids)) == len(ids)


def test_similar_links_a_claim_to_its_translation(ws):
    vat_de = [cid for cid, content, lang, _ in _claims(ws) if "Mehrwertsteuer" in content]
    hits = similar_claims(ws, vat_de[0], k=1)
    assert hits and hits[0].language == "en" and "tax" in hits[0].content


def test_bad_requests_are_user_errors(ws):
    with pytest.raises(UserError):
        search_claims(ws, "   ")
    with pytest.raises(UserError):
        search_claims(ws, "x", k=0)
    with pytest.raises(UserError):
        search_claims(ws, "x", lang="fr")
    with pytest.raises(UserError, match="no claim"):
        similar_claims(ws, 999999)


def test_empty_workspace_finds_nothing(workspace):
    assert search_claims(workspace, "irgendwas") == []
