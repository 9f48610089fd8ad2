"""German reports the extractor used to miss entirely: a year before the finite cue, an attribute phrase in the
speaker, characterising acts with "als", far prepositions of particle verbs and "halten … für", time phrases that
open reported content, "mit der Begründung", reported acts in prepositional relative clauses, and verbs of agreeing,
deliberating, conceding and taking offence (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_year_before_the_finite_cue_is_a_date_not_a_count():
    c = only("Im März 2019 sagte Lena Vogt, dass der Hafen bald erweitert werde.")
    assert c.source == "Lena Vogt"
    assert c.content == "dass der Hafen bald erweitert werde"


def test_year_after_an_article_still_opens_an_attributive_participle():
    assert not [c for c in claims_of("In ihrem 2011 veröffentlichten Buch wird das Leben am Fluss beschrieben.")
                if c.kind != "unattributed"]


def test_speaker_with_a_prepositional_attribute_before_its_adjective():
    c = only("Der für die Region zuständige Sprecher sagte, dass zwölf Boote im Einsatz seien.")
    assert "Sprecher" in c.source
    assert c.content == "dass zwölf Boote im Einsatz seien"


def test_characterising_act_with_als():
    c = only("Die Gewerkschaft kritisierte den neuen Tarifvertrag als Rückschritt für die Beschäftigten.")
    assert c.source == "Gewerkschaft"
    assert c.content.startswith("Die Gewerkschaft kritisierte den neuen Tarifvertrag als Rückschritt")


def test_particle_verb_with_its_preposition_further_off():
    c = only("Die Polizei geht bei dem flüchtigen Fahrer von einer Verwechslung aus.")
    assert c.source == "Polizei"
    assert "Verwechslung" in c.content


def test_halten_fuer_with_adjuncts_before_fuer():
    c = only("Der Bürgermeister hält es nach den jüngsten Verzögerungen für möglich, dass die Brücke erst 2030 fertig wird.")
    assert c.source == "Bürgermeister"
    assert c.content == "dass die Brücke erst 2030 fertig wird"


def test_time_phrase_with_seit_opens_the_reported_infinitive():
    c = only("Die Behörde warf dem Bürgermeister vor, seit 2016 Aufträge ohne Ausschreibung vergeben zu haben.")
    assert c.source == "Behörde"
    assert c.content == "seit 2016 Aufträge ohne Ausschreibung vergeben zu haben"


def test_subordinate_seit_clause_is_still_no_content():
    assert not [c for c in claims_of("Der Minister schwieg, seit der Bericht erschienen war.")
                if c.kind != "unattributed"]


def test_mit_der_begruendung_after_an_adverbial_prefield():
    c = only("Am Freitag zog die Reederei ihr Angebot mit der Begründung zurück, die Ausschreibung sei unfair gewesen.")
    assert c.source == "Reederei"
    assert c.content == "die Ausschreibung sei unfair gewesen"


def test_reported_act_in_a_prepositional_relative_clause():
    c = only("Nach einer Sitzung, in der die Ministerin den Plan als Fehler bezeichnete, trat der Rat zurück.")
    assert c.source == "Ministerin"
    assert c.content == "in der die Ministerin den Plan als Fehler bezeichnete"


def test_agreement_verb_with_an_infinitive():
    c = only("Beide Regierungen hatten vereinbart, ihre Truppen bis Ende Mai aus der Region abzuziehen.")
    assert c.source == "Regierungen"
    assert c.content == "ihre Truppen bis Ende Mai aus der Region abzuziehen"


def test_deliberation_verb_with_an_ob_clause():
    c = only("Der Stadtrat hat darüber diskutiert, ob die Bibliothek länger geöffnet bleiben soll.")
    assert c.source == "Stadtrat"
    assert c.content == "ob die Bibliothek länger geöffnet bleiben soll"


def test_conceding_verb_with_an_infinitive():
    c = only("Die Kommission billigte der Firma zu, alle Auflagen rechtzeitig erfüllt zu haben.")
    assert c.source == "Kommission"
    assert c.content == "alle Auflagen rechtzeitig erfüllt zu haben"


def test_taking_offence_with_a_dass_clause():
    c = only("Der Trainer ärgerte sich darüber, dass das Spiel so spät angepfiffen wurde.")
    assert c.source == "Trainer"
    assert c.content == "dass das Spiel so spät angepfiffen wurde"


def test_sowohl_als_auch_list_with_a_comma_is_one_subject():
    c = only("Sowohl die Feuerwehr, die Polizei als auch die Stadtverwaltung gehen von einem Unfall aus.")
    assert c.source_mention.startswith("Sowohl die Feuerwehr, die Polizei als auch")


def test_ansehen_with_a_fronted_als_phrase_and_an_infinitive():
    c = only("Als wichtigste Aufgabe sieht es die neue Ministerin an, die Schulen besser auszustatten.")
    assert c.source == "neue Ministerin"
    assert c.content == "die Schulen besser auszustatten"
