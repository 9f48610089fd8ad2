"""The language data files: verb forms, separable particles, roles, settings."""
from __future__ import annotations

import pytest

from claims.lexicon import load_lexicon


def test_regular_german_verbs_are_conjugated():
    verbs = load_lexicon("de").verbs
    for form in ("sagte", "sagten", "gesagt", "erklärte", "erklärt", "kritisierte", "kritisiert", "betont"):
        assert form in verbs, form


def test_separable_verbs_know_their_particle():
    readings = load_lexicon("de").verbs["teilte"]
    assert any(r.particle == "mit" for r in readings)
    assert any(r.particle is None for r in load_lexicon("de").verbs["mitteilte"])
    assert {r.particle for r in load_lexicon("de").verbs["gab"]} >= {"an", "bekannt"}


def test_english_forms_and_roles():
    lex = load_lexicon("en")
    for form in ("says", "said", "claimed", "denies", "told"):
        assert form in lex.verbs
    assert "president" in lex.roles


def test_german_role_inflections():
    lex = load_lexicon("de")
    assert lex.role_base["us-präsidenten"] == "us-präsident"


def test_unknown_language():
    with pytest.raises(ValueError):
        load_lexicon("fr")


def test_e_insertion_follows_the_stem():
    verbs = load_lexicon("de").verbs
    assert "bezeichnete" in verbs and "bezeichnet" in verbs  # zeichn- needs the -e-
    assert "lehnte" in verbs and "lehnete" not in verbs  # lehn- does not


def test_prepositional_cues_need_their_preposition():
    readings = load_lexicon("de").verbs["sprach"]
    assert any(r.preposition == "von" for r in readings)


def test_function_words_are_loaded_per_language():
    de, en = load_lexicon("de"), load_lexicon("en")
    assert de.has("trailing_adverbs", "hingegen") and de.has("demonstratives", "das")
    assert en.has("tell_verbs", "told") and en.has("demonstratives", "that")
    assert not de.has("demonstratives", "that")


def test_every_function_word_list_says_what_it_is_for():
    from claims.lexicon import DATA
    for lang in ("de", "en"):
        lines = (DATA / lang / "function_words.toml").read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if line and not line.startswith(("#", " ")):
                assert lines[n - 1].startswith("#"), (lang, line)


def test_function_word_keys_do_not_shadow_cue_lists():
    """A function-word list must not give a language a cues.toml list it lacks (code asks both by name)."""
    import tomllib

    from claims.lexicon import DATA
    cue_keys = set()
    for lang in ("de", "en"):
        cue_keys |= set(tomllib.loads((DATA / lang / "cues.toml").read_text(encoding="utf-8")))
    for lang in ("de", "en"):
        keys = set(tomllib.loads((DATA / lang / "function_words.toml").read_text(encoding="utf-8")))
        assert not keys & cue_keys, (lang, keys & cue_keys)
