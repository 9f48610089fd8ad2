"""Ingest into a real workspace: documents → claims → vectors → DuckDB and FAISS."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import ingest, store
from claims.errors import UserError
from claims.info import workspace_info
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("seeded") / "ws")
    events = []
    summary = ingest.ingest_paths(ws, [SEED], progress=lambda done, total, msg: events.append((done, total, msg)))
    return ws, summary, events


def test_seed_is_stored_embedded_and_indexed(seeded):
    ws, summary, _ = seeded
    assert summary.documents == 1 and summary.skipped == 0 and not summary.errors
    assert summary.claims >= 10  # the seed is full of reported speech
    info = workspace_info(ws)
    assert info["documents"] == 1
    assert info["claims"] == summary.claims == info["indexed"] == info["embeddings"]
    assert info["model"] == ws.config["model"] and info["embedding_models"] == [ws.config["model"]]
    with ws.connect() as con:
        text, language, path = con.execute("SELECT text, language, source_path FROM documents").fetchall()[0]
        rows = con.execute("SELECT content, content_start, content_end FROM claims").fetchall()
    assert language == "de" and path.endswith(SEED.name)
    for content, start, end in rows:  # spans point into the stored text
        assert text[start:end] == content


def test_speakers_and_their_mentions_are_recorded(seeded):
    ws, _, _ = seeded
    with ws.connect() as con:
        speakers = {name for (name,) in con.execute("SELECT name FROM speakers").fetchall()}
        linked = con.execute("SELECT count(*) FROM claims WHERE source IS NOT NULL AND speaker_id IS NULL").fetchall()[0][0]
        aliases = con.execute("SELECT count(*) FROM speaker_aliases").fetchall()[0][0]
    assert any("Trump" in name for name in speakers)
    assert linked == 0 and aliases >= len(speakers)


def test_progress_reports_to_the_end(seeded):
    _, _, events = seeded
    assert events[0][0] == 0
    done, total, _ = events[-1]
    assert done == total == 1


def test_the_same_document_twice_is_stored_once(seeded):
    ws, first, _ = seeded
    again = ingest.ingest_paths(ws, [SEED])
    assert (again.documents, again.claims, again.skipped) == (0, 0, 1)
    assert again.existing_document_ids == first.document_ids
    # the same text with Windows line endings is the same document
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    pasted = ingest.ingest_text(ws, text)
    assert (pasted.documents, pasted.skipped) == (0, 1)
    assert workspace_info(ws)["claims"] == first.claims


def test_ingest_text_with_metadata(workspace):
    summary = ingest.ingest_text(
        workspace, "Die Ministerin sagte am Mittwoch, die Schulen würden im Herbst saniert.",
        title="Schulen", url="https://example.org/a", outlet="Kurier", published="2025-09-03", language="de",
    )
    assert summary.documents == 1 and summary.claims >= 1
    with workspace.connect() as con:
        row = con.execute("SELECT title, url, outlet, published::VARCHAR, language FROM documents").fetchall()[0]
    assert row == ("Schulen", "https://example.org/a", "Kurier", "2025-09-03", "de")
    empty = ingest.ingest_text(workspace, "   \n ")
    assert empty.documents == 0 and empty.errors and empty.exit_code == 2
    with pytest.raises(UserError):
        ingest.ingest_text(workspace, "Text.", language="fr")


def test_bad_files_and_rows_are_reported_and_the_rest_imported(workspace, tmp_path):
    summary = ingest.ingest_paths(workspace, [
        FIXTURES / "store_bad_rows.jsonl", FIXTURES / "store_binary.txt", FIXTURES / "store_empty.txt",
        tmp_path / "missing.txt",
    ])
    assert summary.documents == 2  # the two good rows
    where = " ".join(w for w, _ in summary.errors)
    assert "store_binary.txt" in where and "missing.txt" in where
    assert "store_bad_rows.jsonl, line 2" in where and "store_bad_rows.jsonl, line 3" in where
    assert all(reason for _, reason in summary.errors)
    assert summary.exit_code == 0  # something was imported
    info = workspace_info(workspace)
    assert info["documents"] == 2 and info["claims"] == info["indexed"] == summary.claims


def test_nothing_imported_and_failures_exit_2(workspace):
    summary = ingest.ingest_paths(workspace, [FIXTURES / "store_binary.txt"])
    assert summary.documents == 0 and summary.errors and summary.exit_code == 2


def test_batches_of_many_documents(workspace):
    docs = [f"Der Sprecher sagte, im Bezirk {i} seien {i * 3} neue Wohnungen gebaut worden." for i in range(1, 41)]
    from claims.documents import Document

    summary = ingest.ingest_documents(
        workspace, [Document(text=t, doc_id=f"d{i}") for i, t in enumerate(docs)] * 2, batch_size=16
    )
    assert summary.documents == 40 and summary.skipped == 40
    info = workspace_info(workspace)
    assert info["claims"] == info["indexed"] == summary.claims >= 40


def test_vectors_of_another_model_are_refused(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ingest.ingest_text(ws, "Der Minister sagte, die Steuern würden sinken.")
    with ws.connect() as con:
        con.execute("UPDATE embeddings SET model = 'some-other-model'")
    with pytest.raises(UserError, match="reindex"):
        ingest.ingest_text(ws, "Die Ministerin sagte, die Mieten würden steigen.")
    assert ingest.reindex(ws) == 1
    assert workspace_info(ws)["embedding_models"] == [ws.config["model"]]
    assert ingest.ingest_text(ws, "Die Ministerin sagte, die Mieten würden steigen.").documents == 1


def test_content_hash_ignores_line_endings_and_trailing_blanks():
    assert store.content_hash("a b\r\nc  \n") == store.content_hash("a  b\nc")
    assert store.content_hash("2 Millionen") != store.content_hash("20 Millionen")
