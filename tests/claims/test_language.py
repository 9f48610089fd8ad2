"""Language detection on hand-written German and English text, long and very short."""
from __future__ import annotations

import time

import pytest

from claims.language import detect_language

GERMAN = [
    "US-Präsident Donald Trump bezeichnete das Telefongespräch mit Wladimir Putin als produktiv "
    "und kündigte ein Treffen in Budapest an.",
    "Der genaue Ort der Treffen sei noch offen.",
    "Laut Politico soll das Treffen noch vor Ende des Monats stattfinden.",
    "„Wir wollen diesen Krieg beenden“, sagte Trump.",
    "Das ist nicht gut.",
    "Er sagte nein.",
    "Merz trifft Macron",  # headline without a single function word
    "Straßenbau: Bürgermeister verärgert",
    "Die Regierung widerspricht",
    "Und jetzt?",
]
ENGLISH = [
    "President Donald Trump called his phone call with Vladimir Putin productive and announced "
    "a meeting in Budapest.",
    "The exact location of the meetings is still open, officials said.",
    "According to Politico, the meeting could take place before the end of the month.",
    "\u201cWe want to end this war,\u201d Trump told reporters.",
    "This is not good.",
    "He said no.",
    "Trump meets Putin in Budapest",
    "Mayor angered by roadworks",
    "What now?",
    "It was reportedly cancelled.",
]


@pytest.mark.parametrize("text", GERMAN)
def test_german(text):
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text):
    assert detect_language(text) == "en"


def test_mixed_text_goes_by_its_body():
    german_body = ("Der Sprecher sagte am Montag, die Gespräche mit der Regierung seien "
                   "ins Stocken geraten. Eine Einigung sei nicht in Sicht.")
    assert detect_language("Breaking News: " + german_body) == "de"
    english_body = ("The spokesman said on Monday that talks with the government had stalled. "
                    "An agreement was not in sight.")
    assert detect_language("Eilmeldung: " + english_body) == "en"


def test_nothing_to_go_on_is_german():
    for text in ("", "   ", "2025", "12:30 – 14:00", "!!!"):
        assert detect_language(text) == "de"


def test_long_text_is_fast():
    text = " ".join(GERMAN) * 2000  # ~270 KB: only a sample is looked at
    detect_language(text)  # model load
    start = time.perf_counter()
    for _ in range(200):
        assert detect_language(text) == "de"
    per_call = (time.perf_counter() - start) / 200
    assert per_call < 0.005, f"{per_call * 1000:.2f} ms per call"
