"""The FAISS index is kept in step with DuckDB: repaired after a crash, refreshed across processes."""
from __future__ import annotations

import shutil
from pathlib import Path

from claims import index_sync, ingest, store
from claims.info import workspace_info
from claims.search import search_claims
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"


def _vectors_dir(ws):
    return ws.index_dir / index_sync.VECTORS_DIR


def test_ingest_saves_the_index(tmp_path):
    from index.vector_index import VectorIndex

    ws = Workspace.open(tmp_path / "ws")
    summary = ingest.ingest_paths(ws, [SEED])
    saved = VectorIndex.load(_vectors_dir(ws))
    assert saved is not None and len(saved) == summary.claims and saved.max_id == max(summary.claim_ids)
    assert saved.model == ws.config["model"]


def test_index_lagging_behind_duckdb_is_repaired(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ingest.ingest_paths(ws, [SEED])
    saved = tmp_path / "saved"
    shutil.copytree(_vectors_dir(ws), saved)
    more = ingest.ingest_paths(ws, [FIXTURES / "store_tax_articles.jsonl"])
    # as if the process died after its commit but before saving the index
    shutil.rmtree(_vectors_dir(ws))
    shutil.copytree(saved, _vectors_dir(ws))
    index_sync.forget(ws)
    info = workspace_info(ws)
    assert info["claims"] == info["indexed"]
    hits = search_claims(ws, "VAT on food", k=1)
    assert hits[0].claim_id in more.claim_ids
    # the repair was saved: a fresh load agrees without repairing again
    index_sync.forget(ws)
    from index.vector_index import VectorIndex

    assert len(VectorIndex.load(_vectors_dir(ws))) == info["claims"]


def test_missing_or_corrupt_index_is_rebuilt(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ingest.ingest_paths(ws, [SEED])
    claims = workspace_info(ws)["claims"]
    for damage in ("delete", "corrupt"):
        if damage == "delete":
            shutil.rmtree(_vectors_dir(ws))
        else:
            (_vectors_dir(ws) / "vectors.faiss").write_bytes(b"not an index")
        index_sync.forget(ws)
        assert workspace_info(ws)["indexed"] == claims
        assert search_claims(ws, "Trump trifft Putin in Budapest", k=1)


def test_index_refreshes_when_another_process_adds_claims(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ingest.ingest_paths(ws, [SEED])
    before = workspace_info(ws)["indexed"]  # this process holds the index in its cache now
    # another process commits a claim with its vector and dies before touching any index:
    # written here with the store functions alone, bypassing this process's cache
    from index.embeddings import encode, load_model

    text = "Die Mehrwertsteuer auf Lebensmittel werde abgeschafft."
    vector = encode(load_model(ws.config["model"]), [text])
    with ws.connect() as con:
        (doc,) = store.reserve_ids(con, "document_ids", 1)
        (cid,) = store.reserve_ids(con, "claim_ids", 1)
        store.insert_documents(con, [store.DocumentRow(doc, None, None, None, "de", None, text,
                                                       store.content_hash(text), None, "plain")])
        store.insert_claims(con, [{"id": cid, "document_id": doc, "content": text, "content_start": 0,
                                   "content_end": len(text), "kind": "unattributed", "language": "de"}])
        store.insert_embeddings(con, [cid], vector, ws.config["model"])
    hits = search_claims(ws, "VAT on food will be scrapped", k=1)
    assert hits[0].claim_id == cid
    assert workspace_info(ws)["indexed"] == before + 1


def test_reindex_rebuilds_from_fresh_vectors(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ingest.ingest_paths(ws, [SEED])
    claims = workspace_info(ws)["claims"]
    shutil.rmtree(_vectors_dir(ws))
    assert ingest.reindex(ws) == claims
    index_sync.forget(ws)
    info = workspace_info(ws)
    assert info["indexed"] == info["claims"] == claims


def test_claims_stored_without_vectors_are_embedded_by_the_next_ingest(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    text = "Die Regierung werde die Rente erhöhen."
    with ws.connect() as con:  # as an older program might have stored it
        (doc,) = store.reserve_ids(con, "document_ids", 1)
        (cid,) = store.reserve_ids(con, "claim_ids", 1)
        store.insert_documents(con, [store.DocumentRow(doc, None, None, None, "de", None, text,
                                                       store.content_hash(text), None, "plain")])
        store.insert_claims(con, [{"id": cid, "document_id": doc, "content": text, "content_start": 0,
                                   "content_end": len(text), "kind": "unattributed", "language": "de"}])
    assert ingest.claims_without_vectors(ws) == 1
    ingest.ingest_paths(ws, [SEED])
    info = workspace_info(ws)
    assert ingest.claims_without_vectors(ws) == 0 and info["claims"] == info["indexed"]
    assert search_claims(ws, "pensions will be raised", k=1)[0].claim_id == cid
