"""News or speech: the first-person share that switches the speech tagger on."""
from __future__ import annotations

from pathlib import Path

from claims.genre import detect_genre

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

NEWS = ("Die Stadt Bremen will ihre Schulen bis 2030 sanieren. Der Bürgermeister sagte am Montag, "
        "das Geld stehe bereit. Die Opposition kritisierte den Plan als zu spät. ") * 6


def test_a_speech_in_the_first_person_is_a_speech():
    assert detect_genre((FIXTURES / "speech_de.txt").read_text(encoding="utf-8"), "de") == "speech"


def test_a_news_report_is_news():
    assert detect_genre(NEWS, "de") == "news"


def test_first_person_inside_quotes_does_not_make_a_speech():
    quoted = "Die Ministerin sagte: „Ich glaube, wir schaffen das, und ich bitte Sie um Geduld.“ "
    assert detect_genre(NEWS + quoted * 8, "de") == "news"


def test_a_short_first_person_text_stays_news():
    assert detect_genre("Ich glaube, wir schaffen das. Wir fordern mehr Geld.", "de") == "news"


def test_lower_case_sie_is_a_third_person():
    text = NEWS + "Die Ärztinnen sagen, sie seien erschöpft, und sie fordern mehr Personal. " * 6
    assert detect_genre(text, "de") == "news"


def test_a_language_without_genre_data_is_news():
    text = "I believe we need more money for schools. We demand that the funds be doubled. " * 20
    assert detect_genre(text, "en") == "news"
