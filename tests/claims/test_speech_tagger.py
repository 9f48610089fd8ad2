"""The learned speech tagger: the shipped model, its use in speeches, and training it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.extract import extract_claims
from claims.speech_tagger import model_path, speech_claims, train_speech_model

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SPEECH = (FIXTURES / "speech_de.txt").read_text(encoding="utf-8")


def test_the_german_model_ships_with_the_package():
    assert model_path("de").is_file()
    assert model_path("de").stat().st_size > 100_000


def test_speech_mode_adds_claims_the_rules_miss_and_keeps_theirs():
    news = extract_claims(SPEECH, "de", "news")
    speech = extract_claims(SPEECH, "de", "speech")
    attributed = lambda claims: {c.content_span for c in claims if c.kind != "unattributed"}  # noqa: E731
    assert attributed(news) < attributed(speech)
    for c in speech:
        assert SPEECH[c.content_span[0]:c.content_span[1]] == c.content
        if c.source_span:
            assert SPEECH[c.source_span[0]:c.source_span[1]] == c.source_mention
    # a sentence gets its tagger claim instead of, not beside, an 'unattributed' one
    tagged = {c.sentence for c in speech if c.kind != "unattributed"}
    assert not [c for c in speech if c.kind == "unattributed" and c.sentence in tagged]


def test_auto_genre_treats_the_speech_as_a_speech():
    assert extract_claims(SPEECH, "de") == extract_claims(SPEECH, "de", "speech")


def test_news_text_is_not_touched_by_the_tagger():
    seed = (ROOT / "seeds" / "000_cb12662a956c0717.txt").read_text(encoding="utf-8")
    assert extract_claims(seed, "de") == extract_claims(seed, "de", "news")


def test_a_language_without_a_model_gets_no_tagger_claims():
    text = "I believe that we need more money for schools."
    assert speech_claims(text, [(0, 0, len(text))], "en") == []


def test_training_writes_a_model_that_learns_its_data(tmp_path):
    out = tmp_path / "speech.crfsuite"
    count = train_speech_model([FIXTURES / "speech_gold.jsonl"], out, "de", c1=0.01, c2=0.01, iterations=50)
    assert count == 6 and out.is_file()
    import pycrfsuite

    from claims.lexicon import load_lexicon
    from claims.sentences import tokenize
    from claims.speech_tagger import _features, _runs

    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    text = "Wir fordern, dass die Schulen mehr Geld bekommen."  # not a training sentence
    tokens = tokenize(text)
    tags = tagger.tag(_features(tokens, load_lexicon("de")))
    assert _runs(tags, "CUE") and _runs(tags, "MSG")
    assert [tokens[a].text for a, _ in _runs(tags, "SRC")] == ["Wir"]


@pytest.mark.parametrize("content, message", [
    ("", "no passages with text"),
    ('{"text": 5}\n', "not attribution gold JSONL"),
    ("no json here\n", "not attribution gold JSONL"),
])
def test_training_on_bad_input_is_a_one_line_error(tmp_path, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "model.crfsuite"
    proc = subprocess.run([sys.executable, "-m", "claims", "train-speech-model", str(bad), "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_training_cli_writes_the_model(tmp_path):
    out = tmp_path / "model.crfsuite"
    proc = subprocess.run([sys.executable, "-m", "claims", "train-speech-model",
                           str(FIXTURES / "speech_gold.jsonl"), "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "trained on 6 passages" in proc.stdout and out.is_file()
