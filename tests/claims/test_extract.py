"""extract_claims as a whole: pure, light (no torch), spans always inside the text."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claims.extract import extract_claims
from claims.model import KINDS

ROOT = Path(__file__).resolve().parents[2]

TEXT_DE = ("BERLIN, 2. Mai 2024 – Die Ministerin sagte: „Wir handeln jetzt.“ Laut Polizei gab es drei Verletzte. "
           "Der Bau soll 2019 begonnen haben. Die Kosten seien gestiegen. Lesen Sie auch unseren Newsletter.")
TEXT_EN = ('"We act now," the minister said. According to police, three people were hurt. '
           "The suspect allegedly fled. Sign up for our newsletter.")


@pytest.mark.parametrize("text,lang", [(TEXT_DE, "de"), (TEXT_EN, "en")])
def test_pure_and_spans_valid(text, lang):
    first = extract_claims(text, lang)
    assert first == extract_claims(text, lang)
    assert first
    for c in first:
        assert c.kind in KINDS and c.lang == lang
        assert text[c.content_span[0]:c.content_span[1]] == c.content
        for span, value in ((c.source_span, c.source_mention), (c.cue_span, c.cue)):
            if span is not None:
                assert text[span[0]:span[1]] == value


def test_does_not_import_torch_or_embedding_models():
    code = ("import sys; from claims.extract import extract_claims; "
            f"extract_claims({TEXT_DE!r}, 'de'); extract_claims({TEXT_EN!r}, 'en'); "
            "bad = [m for m in ('torch', 'sentence_transformers', 'faiss') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_unknown_language_is_rejected():
    with pytest.raises(ValueError):
        extract_claims("Hallo.", "fr")


def test_long_text_scales():
    text = " ".join(["Der Sprecher sagte, die Lage sei ruhig."] * 2000)
    claims = extract_claims(text, "de")
    assert len(claims) == 2000
