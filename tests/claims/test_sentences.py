"""Sentence splitting: quotes, abbreviations, datelines, headlines and lists."""
from __future__ import annotations

from claims.sentences import split_sentences, tokenize


def sents(text, lang="de"):
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_abbreviations_and_ordinals():
    text = "Er kam z. B. am 16. Oktober mit Dr. Meier. Dann ging er."
    assert sents(text) == ["Er kam z. B. am 16. Oktober mit Dr. Meier.", "Dann ging er."]


def test_english_abbreviations():
    text = "The U.S. Senate met Mr. Smith on Monday. He left."
    assert sents(text, "en") == ["The U.S. Senate met Mr. Smith on Monday.", "He left."]


def test_dateline_stays_with_its_sentence():
    text = "WASHINGTON, 16. Oktober 2025 – Der Präsident sprach. Danach flog er ab."
    assert sents(text)[0] == "WASHINGTON, 16. Oktober 2025 – Der Präsident sprach."


def test_sentence_ends_after_closing_quote():
    text = "Er sagte: „Das ist gut.“ Dann ging er."
    assert sents(text) == ["Er sagte: „Das ist gut.“", "Dann ging er."]


def test_quote_marks_of_all_kinds_do_not_split_inside_a_sentence():
    for q in ["„produktiv“", "“productive”", "\"productive\"", "«produktiv»", "‚produktiv‘"]:
        text = f"Er nannte das Gespräch {q} und ging. Danach kam sie."
        assert len(sents(text)) == 2, text


def test_headlines_and_list_items_are_own_sentences():
    text = "Große Überschrift\n- erster Punkt\n- zweiter Punkt\nDer Text beginnt hier."
    assert sents(text) == ["Große Überschrift", "- erster Punkt", "- zweiter Punkt", "Der Text beginnt hier."]


def test_spans_are_offsets_into_the_text():
    text = "  Erster Satz.  Zweiter Satz!\n\nDritter?"
    for s, e in split_sentences(text, "de"):
        assert text[s:e].strip() == text[s:e] and text[s:e]


def test_lowercase_continuation_is_not_a_new_sentence():
    assert len(sents("Es kostet ca. fünf Euro. Das ist viel.")) == 2


def test_tokenize_offsets():
    text = "US-Präsident Trump sagte, nume.ch berichtet."
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
    assert "nume.ch" in [t.text for t in tokenize(text)]
