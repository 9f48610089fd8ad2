"""Quote pairing: German, English, French and straight marks, over several sentences."""
from __future__ import annotations

from claims.quotes import find_quotes


def inner(text, lang="de"):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text, lang)]


def test_german_and_guillemets():
    assert inner("Er sagte „Ja“ und «Nein» und »Vielleicht«.") == ["Ja", "Nein", "Vielleicht"]


def test_english_curly_and_straight():
    assert inner("He said “yes” and \"no\".", "en") == ["yes", "no"]


def test_nested_single_quotes_stay_inside():
    assert inner("Sie sagte: „Er rief ‚Halt‘ und ging.“") == ["Er rief ‚Halt‘ und ging."]


def test_quote_over_two_sentences():
    assert inner("„Das ist gut. Wirklich gut“, sagte er.") == ["Das ist gut. Wirklich gut"]


def test_apostrophes_are_not_quotes():
    assert inner("It's the company's plan, 'he' said.", "en") == []


def test_unclosed_quote_is_dropped_at_paragraph_end():
    assert inner("Er sagte „Das ist\n\nNeuer Absatz „gut“.") == ["gut"]
