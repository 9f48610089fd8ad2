"""Storage primitives on a real DuckDB file, and schema migration of an old workspace."""
from __future__ import annotations

from datetime import date

import duckdb
import numpy as np

from claims import store
from claims.schema import MIGRATIONS, current_version
from claims.workspace import Workspace


def test_a_version_1_workspace_is_migrated_without_losing_data(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    con = duckdb.connect(str(folder / "workbench.duckdb"))
    current_version(con)  # creates schema_version
    con.execute(MIGRATIONS[0])
    con.execute("INSERT INTO schema_version (version) VALUES (1)")
    con.execute("INSERT INTO documents (title, text, content_hash) VALUES ('Alt', 'Er sagte, es regne.', 'h1')")
    con.execute("INSERT INTO claims (document_id, content, content_start, content_end, kind) "
                "VALUES (1, 'es regne', 10, 18, 'indirect'), (1, 'es schneie', 0, 5, 'indirect')")
    con.execute("INSERT INTO verdict_events (claim_id, label, reviewer) VALUES (1, 'false', 'ana')")
    con.execute("INSERT INTO claim_matches (claim_id, checked_claim_id, score, state) VALUES (2, 1, 0.9, 'confirmed')")
    con.close()

    ws = Workspace.open(folder)
    with ws.connect() as con:
        assert current_version(con) == len(MIGRATIONS) > 1
        assert con.execute("SELECT title, text FROM documents").fetchall() == [("Alt", "Er sagte, es regne.")]
        assert con.execute("SELECT count(*) FROM claims").fetchall()[0][0] == 2
        assert con.execute("SELECT label, reviewer FROM current_verdicts").fetchall() == [("false", "ana")]
        assert con.execute("SELECT state, confident FROM claim_matches").fetchall() == [("confirmed", False)]


def test_embeddings_round_trip_as_float32(workspace):
    vectors = np.random.default_rng(1).standard_normal((5, 8)).astype(np.float32)
    with workspace.connect() as con:
        store.insert_embeddings(con, [3, 1, 7, 9, 4], vectors, "m")
        ids, back = store.read_embeddings(con)
        assert ids.tolist() == [1, 3, 4, 7, 9]
        order = [1, 0, 4, 2, 3]
        assert np.array_equal(back, vectors[order]) and back.dtype == np.float32
        assert store.read_embeddings(con, after_id=4)[0].tolist() == [7, 9]
        assert store.read_embeddings(con, ids=[9, 3])[0].tolist() == [3, 9]
        store.insert_embeddings(con, [3], vectors[:1] * 0, "m")  # replaces
        assert store.embedding_stats(con) == (5, 9)
        assert not store.read_embeddings(con, ids=[3])[1].any()
        assert store.embedding_models(con) == ["m"]


def test_speakers_get_one_row_and_every_mention(workspace):
    with workspace.connect() as con:
        first = store.ensure_speakers(con, [("Donald Trump", "Trump"), ("Donald Trump", "der US-Präsident")])
        again = store.ensure_speakers(con, [("Donald Trump", "Trump"), ("Politico", None)])
        assert first["Donald Trump"] == again["Donald Trump"]
        aliases = con.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
                              [first["Donald Trump"]]).fetchall()
        assert [a for (a,) in aliases] == ["Trump", "der US-Präsident"]
        assert con.execute("SELECT count(*) FROM speakers").fetchall()[0][0] == 2


def test_documents_are_found_by_content_hash(workspace):
    with workspace.connect() as con:
        (doc_id,) = store.reserve_ids(con, "document_ids", 1)
        store.insert_documents(con, [store.DocumentRow(doc_id, "T", None, None, "de", date(2025, 1, 2), "Text",
                                                       store.content_hash("Text"), None, "plain")])
        assert store.existing_documents(con, [store.content_hash("Text"), "nope"]) == {store.content_hash("Text"): doc_id}


def test_dates_from_strings_and_datetimes():
    assert store.as_date("2025-10-16T08:00:00Z") == date(2025, 10, 16)
    assert store.as_date("16.10.2025") is None and store.as_date(None) is None


def test_a_workspace_made_again_in_the_same_place_is_migrated(tmp_path):
    import shutil

    for _ in range(5):  # the new file may get the old one's inode
        ws = Workspace.open(tmp_path / "ws")
        with ws.connect() as con:
            assert con.execute("SELECT count(*) FROM embeddings").fetchall()[0][0] == 0
            con.execute("INSERT INTO embeddings VALUES (1, 'm', [1.0])")
        shutil.rmtree(tmp_path / "ws")
