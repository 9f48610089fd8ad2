"""German direct quotations: quotes that no cue covers (claims/quote_claims.py), verbs that introduce a quote,
and quotes that no cue of the main clause covers: a body's judgement in a short quotation,
a quotation after the colon that closes a relative clause of saying or after "Zitat von X:", a quotation signed
with "so" and a pronoun (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


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


# --- direct quotations that no cue covers (claims/quote_claims.py) -----------------------------------------

def test_quote_after_a_colon_with_the_speaker_and_no_cue():
    c = only("Ministerin Anna Berg wörtlich: „Wir werden die Steuern nicht erhöhen.“")
    assert c.kind == "direct"
    assert c.content == "Wir werden die Steuern nicht erhöhen."
    assert c.source == "Anna Berg"


def test_quote_after_a_colon_takes_the_inverted_subject_not_the_fronted_object():
    found = claims_of("Die Pläne der Regierung stellte der Fraktionschef Jan Weber ebenfalls in Frage: "
                      "„Das Gesetz ist nicht durchdacht. Es wird scheitern.“")
    assert [c.content for c in found] == ["Das Gesetz ist nicht durchdacht.", "Es wird scheitern."]
    assert all(c.kind == "direct" and c.source == "Jan Weber" for c in found)


def test_quote_after_a_colon_with_a_person_pronoun_resolves_it():
    found = claims_of("Bürgermeister Paul Kern besuchte am Montag das neue Stadion. Die Arbeit des Vereins lobte er "
                      "mit den Worten: „Hier wird viel für die Jugend geleistet.“")
    c = [c for c in found if c.kind == "direct"]
    assert len(c) == 1 and c[0].source == "Paul Kern" and c[0].source_mention == "er"


def test_quote_on_its_own_line_after_a_colon_sentence():
    text = "Der Sprecher des Vereins, Tom Hahn, sieht die Lage gelassen:\n„Wir haben genug Geld für die Saison.“"
    c = only(text, kind="direct")
    assert c.content == "Wir haben genug Geld für die Saison."
    assert c.source == "Tom Hahn"
    assert c.source_mention == "Der Sprecher des Vereins, Tom Hahn"


def test_quote_alone_after_a_sentence_whose_subject_is_a_person():
    text = ("Die Stimmung im Saal war angespannt. Der Abgeordnete Karl Wendt wiederholte seine Kritik am Haushalt.\n"
            "„Das ist ein Haushalt auf Pump.“")
    c = only(text, kind="direct")
    assert c.content == "Das ist ein Haushalt auf Pump."
    assert c.source == "Karl Wendt"


def test_long_quote_inside_a_sentence_with_a_person_subject_and_no_cue():
    c = only("Eva Stein begrüßte den Beschluss des Landtags als „wichtigen Schritt für den Erhalt der Schulen“.",
             kind="direct")
    assert c.content == "wichtigen Schritt für den Erhalt der Schulen"
    assert c.source == "Eva Stein"


def test_quoted_titles_are_no_claims():
    for text in ("Das Buch trägt den Titel „Die Stadt am Meer und ihre Kinder“.",
                 "Das Buch, das sie in Wien vorstellte, ist ihr Erstwerk: „Sie befinden sich hier“."):
        assert not [c for c in claims_of(text) if c.kind == "direct"], text


def test_quote_in_a_relative_clause_is_not_the_main_subjects():
    text = ("Der Minister und die Opposition, die den Plan als „einen Angriff auf die Freiheit der Presse“ bezeichnet, "
            "streiten.")
    assert not [c for c in claims_of(text) if c.kind == "direct" and c.source and "Minister" in c.source]


def test_colon_speaker_is_not_used_when_the_quote_is_signed_after_it():
    text = "Trainer Max Bode stellte sich vor seine Spieler:\n„Wir sind stark. Wir gewinnen“ wird der Kapitän zitiert."
    assert not [c for c in claims_of(text) if c.source == "Max Bode"]


def test_und_colon_quote_goes_on_with_the_speaker_before():
    found = claims_of("„Wir sind bereit“, sagte Lena Hof. Und: „Die Lage ist ernst, aber nicht hoffnungslos.“")
    assert [(c.content, c.source) for c in found] == [("Wir sind bereit", "Lena Hof"),
                                                       ("Die Lage ist ernst, aber nicht hoffnungslos.", "Lena Hof")]


def test_quote_after_a_colon_when_an_adverb_opens_the_clause_and_the_cue_makes_no_claim():
    text = ("Auch die Ministerin Clara Falk äußerte Vorbehalte und wagte die Prognose, bei der Wahl würden nicht alle "
            "Abgeordneten zustimmen: „Ich gehe davon aus, dass nicht alle Stimmen kommen.“")
    c = only(text, kind="direct")
    assert c.content == "Ich gehe davon aus, dass nicht alle Stimmen kommen."
    assert c.source == "Clara Falk"


def test_quote_after_a_colon_with_a_noun_like_verb_and_an_inverted_subject():
    text = ("Hier sparte der Landrat Olaf Brink nicht mit Kritik: "
            "„Die Straße ist seit Jahren in einem schlechten Zustand.“")
    c = only(text, kind="direct")
    assert c.source == "Olaf Brink"


def test_inner_quote_of_a_surname_seen_before():
    text = ("Der Verband gratulierte Jan Weber. "
            "Weber kritisierte die Entscheidung als „Provokation, die niemandem im Land hilft“.")
    c = only(text, kind="direct")
    assert c.content == "Provokation, die niemandem im Land hilft"
    assert c.source_mention == "Weber"


def test_inner_quote_of_a_passive_sentence_is_not_the_subjects():
    text = "Die Verkehrsbetriebe wurden in der Zeitung als „eine schlecht geführte Behörde ohne jeden Plan“ bezeichnet."
    assert not [c for c in claims_of(text) if c.kind == "direct"]


def test_short_characterizing_quote_after_als_with_a_person_subject():
    c = only("Im Gespräch mit dem Minister wies der Geschäftsführer Ole Brandt alle Vorwürfe als „haltlos“ zurück.",
             kind="direct")
    assert c.content == "haltlos"
    assert c.source == "Ole Brandt"


def test_short_quoted_name_after_als_is_no_claim():
    text = "Der Mann, in der Stadt bekannt als „Roter Baron“, besuchte das Grab am Montag."
    assert not [c for c in claims_of(text) if c.kind == "direct"]


def test_quote_after_a_konjunktiv_colon_clause_goes_on_with_the_reported_speaker():
    text = ("„Wir bleiben hier“, sagte Bürgermeisterin Lea Roth. Die Stadt Kassel sei dem Land zu Dank verpflichtet: "
            "„Ohne die Hilfe wären wir verloren gewesen.“")
    found = [c for c in claims_of(text) if c.content == "Ohne die Hilfe wären wir verloren gewesen."]
    assert len(found) == 1 and found[0].source == "Lea Roth"


def test_quote_after_mit_den_worten_takes_the_subject_after_it():
    text = ("Mit den Worten „Jetzt beginnt eine neue Zeit für unsere Stadt“ wandte sich der Bürgermeister Paul Kern "
            "an die Gäste.")
    c = only(text, kind="direct")
    assert c.content == "Jetzt beginnt eine neue Zeit für unsere Stadt"
    assert c.source == "Paul Kern"


def test_short_characterizing_quote_after_als_and_an_article():
    c = only("Die Senatorin Eva Stein attackierte den Konzern als einen „rücksichtslosen Umweltsünder“.", kind="direct")
    assert c.content == "rücksichtslosen Umweltsünder"
    assert c.source == "Eva Stein"


def test_colon_quote_left_out_by_the_cue_of_the_sentence_takes_the_last_clauses_subject():
    text = ("Laut dem Bericht wächst die Stadt, und der Bürgermeister Jan Ohm zeigte sich zufrieden: "
            "„Wir sind auf einem guten Weg.“")
    found = [c for c in claims_of(text) if c.content == "Wir sind auf einem guten Weg."]
    assert len(found) == 1 and found[0].kind == "direct" and found[0].source == "Jan Ohm"


def test_colon_quote_after_a_possessive_clause_goes_on_with_the_last_speaker():
    text = ("„Wir schaffen das“, sagte die Trainerin Anna Voss. Ihre Zuversicht gründet sich auf die letzten Jahre: "
            "„Die Mannschaft hat schon oft gezeigt, was sie kann.“")
    found = [c for c in claims_of(text) if c.content == "Die Mannschaft hat schon oft gezeigt, was sie kann."]
    assert len(found) == 1 and found[0].source == "Anna Voss" and found[0].source_mention == "Ihre Zuversicht"


# --- direct claims: verbs that introduce a quote ---

def test_herausstreichen_after_a_quote_names_its_speaker():
    c = only("„Wir bauen die Brücke bis zum Sommer“, strich die Bürgermeisterin in Kassel heraus.", kind="direct")
    assert c.source == "Bürgermeisterin"
    assert c.content.startswith("Wir bauen die Brücke")


def test_herausstreichen_without_a_clause_or_quote_is_no_cue():
    found = claims_of("Der Lehrer strich den Fehler im Heft heraus.")
    assert not any(c.cue and "strich" in c.cue for c in found)
