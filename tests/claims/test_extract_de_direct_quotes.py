"""German direct quotations that no cue of the main clause covers: a body's judgement in a short quotation,
a quotation after the colon that closes a relative clause of saying or after "Zitat von X:", a quotation signed
with "so" and a pronoun (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_body_that_judges_with_a_short_quotation_after_als():
    c = only("Die Landesregierung hatte den Zeitungsbericht noch am Abend als „frei erfunden“ abgetan.",
             kind="direct")
    assert c.content == "frei erfunden"
    assert c.source_mention == "Die Landesregierung"


def test_quotation_after_the_colon_of_a_relative_clause_with_the_pronoun_as_speaker():
    c = only("Am Abend zogen Hunderte Bauern vor das Rathaus, die immer wieder riefen: „Gebt uns faire Preise!“",
             kind="direct")
    assert c.content == "Gebt uns faire Preise!"
    assert c.source_mention == "die"
    assert c.cue == "riefen"


def test_quotations_after_the_colon_of_a_relative_clause_with_a_named_subject():
    text = ("Verfehlt wurde damit das Ziel, das Marta Lindqvist im Wahlkampf verkündet hatte: „Wir bauen jedes "
            "Jahr tausend Wohnungen.“ und „Daran könnt ihr uns messen.“")
    found = [c for c in claims_of(text) if c.kind == "direct"]
    assert [c.content for c in found] == ["Wir bauen jedes Jahr tausend Wohnungen.", "Daran könnt ihr uns messen."]
    assert {c.source for c in found} == {"Marta Lindqvist"}


def test_short_quotation_after_zu_or_mit_is_the_subjects_characterisation():
    c = only("Die Sprecherin der Bergwacht, Ina Vogt, riet den Wanderern zu „Geduld und festem Schuhwerk“.",
             kind="direct")
    assert c.content == "Geduld und festem Schuhwerk"
    assert c.source == "Ina Vogt"


def test_single_capitalised_word_after_mit_is_a_name_not_a_quotation():
    found = [c for c in claims_of("Außerdem liefert die Firma Larsen ihr Gerät mit „Polarstern“ aus.")
             if c.kind == "direct"]
    assert found == []


def test_quotation_after_a_colon_whose_clause_names_the_words_of_someone():
    c = only("Das Fazit von Jonas Reimer nach drei Jahren im Amt fällt nüchtern aus: „Wir haben weniger erreicht, "
             "als wir uns vorgenommen hatten.“", kind="direct")
    assert c.content == "Wir haben weniger erreicht, als wir uns vorgenommen hatten."
    assert c.source == "Jonas Reimer"


def test_quotation_signed_with_so_and_a_pronoun_that_ends_the_sentence():
    c = only("Die Tierärztin Lena Brandt war entsetzt. „Die Käfige sind viel zu eng“, so sie.", kind="direct")
    assert c.content == "Die Käfige sind viel zu eng"
    assert c.cue == "so"
    assert c.source_mention == "sie"
