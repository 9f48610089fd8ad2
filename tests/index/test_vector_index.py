"""VectorIndex on real FAISS: add/search/remove, exact → HNSW switch and its recall, files."""
from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from index.vector_index import INDEX_FILE, META_FILE, VectorIndex

DIM = 64


def clustered(n: int, seed: int = 0, centres: int = 40, noise: float = 0.8) -> np.ndarray:
    """Unit vectors in clusters around random centres (closer to embeddings than uniform noise)."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, DIM)).astype(np.float32)
    c /= np.linalg.norm(c, axis=1, keepdims=True)
    x = c[rng.integers(0, centres, n)] + rng.standard_normal((n, DIM)).astype(np.float32) * noise / np.sqrt(DIM)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def exact_ids(ids: np.ndarray, vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    return ids[np.argsort(-(queries @ vectors.T), axis=1)[:, :k]]


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def test_each_stored_vector_finds_itself_first_with_its_own_id():
    vectors = clustered(500)
    ids = np.arange(1000, 1500, dtype=np.int64)
    index = VectorIndex.build(ids, vectors)
    assert index.kind == "exact" and len(index) == 500 and index.dim == DIM and index.max_id == 1499
    scores, found = index.search(vectors[:50], 5)
    assert found.dtype == np.int64 and found.shape == (50, 5)
    assert (found[:, 0] == ids[:50]).all()
    np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-6).all()


def test_search_of_one_vector_and_more_neighbours_than_vectors():
    index = VectorIndex(DIM)
    scores, found = index.search(clustered(1)[0], 10)
    assert scores.shape == (1, 0) and found.shape == (1, 0)
    index.add([7, 9], clustered(2))
    scores, found = index.search(clustered(1, seed=3)[0], 10)
    assert found.shape == (1, 2) and set(found[0]) == {7, 9}
    assert [i for i, _ in index.nearest(clustered(2)[1], 1)] == [9]


def test_adding_an_existing_id_replaces_its_vector():
    vectors = clustered(100)
    index = VectorIndex.build(np.arange(100), vectors)
    index.add([5], vectors[60:61])
    assert len(index) == 100
    _, found = index.search(vectors[60], 2)
    assert set(found[0]) == {5, 60}
    _, found = index.search(vectors[5], 1)
    assert found[0, 0] != 5


def test_remove_takes_ids_out_and_updates_max_id():
    vectors = clustered(200)
    index = VectorIndex.build(np.arange(200), vectors)
    assert index.remove([199, 3, 12345]) == 2
    assert len(index) == 198 and index.max_id == 198
    _, found = index.search(vectors, 10)
    assert not np.isin(found, [3, 199]).any()
    assert index.remove([]) == 0
    assert set(index.ids()) == set(range(200)) - {3, 199}


@pytest.mark.parametrize("ids, vectors, message", [
    ([1, 2], np.zeros((2, DIM + 1), np.float32), "length"),
    ([1, -2], np.zeros((2, DIM), np.float32), "non-negative"),
    ([1, 1], np.zeros((2, DIM), np.float32), "repeat"),
    ([1, 2, 3], np.zeros((2, DIM), np.float32), "expected 3"),
])
def test_bad_input_is_refused_and_changes_nothing(ids, vectors, message):
    index = VectorIndex.build([10], clustered(1))
    with pytest.raises(ValueError, match=message):
        index.add(ids, vectors)
    assert len(index) == 1
    with pytest.raises(ValueError):
        index.search(np.zeros(DIM + 3, np.float32), 3)


def test_switches_to_hnsw_past_the_threshold_with_recall_at_least_095():
    vectors = clustered(4000, seed=1)
    ids = np.arange(4000, dtype=np.int64) * 3 + 11
    queries = clustered(200, seed=2)
    index = VectorIndex(DIM, approx_threshold=1000)
    for start in range(0, 4000, 500):
        index.add(ids[start:start + 500], vectors[start:start + 500])
    assert index.kind == "hnsw" and len(index) == 4000 and index.max_id == ids.max()
    _, found = index.search(queries, 10)
    assert recall(found, exact_ids(ids, vectors, queries, 10)) >= 0.95
    built = VectorIndex.build(ids, vectors, approx_threshold=1000)
    assert built.kind == "hnsw"
    assert recall(built.search(queries, 10)[1], exact_ids(ids, vectors, queries, 10)) >= 0.95


def test_hnsw_removal_hides_vectors_then_compacts_and_falls_back_to_exact():
    vectors = clustered(3000, seed=4)
    ids = np.arange(3000, dtype=np.int64)
    index = VectorIndex.build(ids, vectors, approx_threshold=1000)
    assert index.kind == "hnsw"
    gone = ids[::10]
    assert index.remove(gone) == len(gone)
    assert len(index) == 3000 - len(gone)
    _, found = index.search(vectors[:300], 10)
    assert not np.isin(found, gone).any()
    keep = np.setdiff1d(ids, gone)
    truth = exact_ids(keep, vectors[keep], vectors[:300], 10)
    assert recall(found, truth) >= 0.95
    index.remove(ids[1:1500])  # more than a quarter dead: rebuilt without them, still HNSW
    assert index.kind == "hnsw" and len(index) == len(np.setdiff1d(keep, ids[1:1500]))
    index.remove(ids[1500:2700])  # below half the threshold: exact again
    assert index.kind == "exact"
    assert set(index.ids()) == set(np.setdiff1d(keep, ids[1:2700]))


def test_replacing_an_id_in_hnsw_mode_returns_only_the_new_vector():
    vectors = clustered(1500, seed=5)
    index = VectorIndex.build(np.arange(1500), vectors, approx_threshold=1000)
    index.add([0], vectors[700:701])
    assert len(index) == 1500
    _, found = index.search(vectors[700], 3)
    assert set(found[0][:2]) == {0, 700}
    assert (index.ids() == 0).sum() == 1


@pytest.mark.parametrize("n, threshold", [(300, 20_000), (1500, 1000)])
def test_save_and_load_round_trip(tmp_path, n, threshold):
    vectors = clustered(n, seed=6)
    index = VectorIndex.build(np.arange(n) + 5, vectors, model="use-multilingual", approx_threshold=threshold)
    index.remove([5, 6])
    index.save(tmp_path / "ix")
    assert sorted(p.name for p in (tmp_path / "ix").iterdir()) == [INDEX_FILE, META_FILE]  # no temp files left
    meta = json.loads((tmp_path / "ix" / META_FILE).read_text())
    assert meta["count"] == n - 2 and meta["max_id"] == n + 4 and meta["dim"] == DIM
    assert meta["model"] == "use-multilingual" and meta["kind"] == index.kind

    loaded = VectorIndex.load(tmp_path / "ix", approx_threshold=threshold)
    assert loaded is not None
    assert (loaded.kind, len(loaded), loaded.max_id, loaded.dim, loaded.model) == \
        (index.kind, len(index), index.max_id, index.dim, index.model)
    for a, b in zip(index.search(vectors[:20], 5), loaded.search(vectors[:20], 5)):
        np.testing.assert_array_equal(a, b)
    loaded.add([n + 100], vectors[:1])  # still a working index
    assert len(loaded) == n - 1


def test_load_returns_none_for_missing_or_corrupt_files(tmp_path):
    assert VectorIndex.load(tmp_path / "nothing") is None
    folder = tmp_path / "ix"
    VectorIndex.build(np.arange(100), clustered(100)).save(folder)
    assert VectorIndex.load(folder) is not None

    data = (folder / INDEX_FILE).read_bytes()
    (folder / INDEX_FILE).write_bytes(data[: len(data) // 2])  # truncated by a crash
    assert VectorIndex.load(folder) is None
    (folder / INDEX_FILE).write_bytes(b"\x00garbage" * (len(data) // 8) + b"\x00" * (len(data) % 8))
    assert VectorIndex.load(folder) is None  # same size, unreadable

    VectorIndex.build(np.arange(100), clustered(100)).save(folder)
    (folder / META_FILE).write_text("{not json")
    assert VectorIndex.load(folder) is None
    (folder / META_FILE).unlink()
    assert VectorIndex.load(folder) is None


def test_load_returns_none_when_the_sidecar_belongs_to_another_save(tmp_path):
    """A crash between writing the index and writing its sidecar leaves them disagreeing."""
    first, second = tmp_path / "a", tmp_path / "b"
    VectorIndex.build(np.arange(100), clustered(100)).save(first)
    VectorIndex.build(np.arange(120), clustered(120)).save(second)
    (first / INDEX_FILE).write_bytes((second / INDEX_FILE).read_bytes())
    assert VectorIndex.load(first) is None


def test_concurrent_searches_while_another_thread_adds():
    vectors = clustered(3000, seed=8)
    index = VectorIndex.build(np.arange(500), vectors[:500], approx_threshold=1500)
    errors: list[BaseException] = []

    def searcher(seed: int) -> None:
        queries = clustered(50, seed=seed)
        try:
            for _ in range(20):
                scores, found = index.search(queries, 5)
                assert (found >= 0).all() and np.isfinite(scores).all()
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=searcher, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for start in range(500, 3000, 250):  # crosses the threshold: a rebuild happens mid-way
        index.add(np.arange(start, start + 250), vectors[start:start + 250])
    for t in threads:
        t.join()
    assert not errors
    assert index.kind == "hnsw" and len(index) == 3000
