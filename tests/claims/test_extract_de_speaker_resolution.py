"""German speaker resolution for reported claims: a role's body is no person, names in appositions, passive
agents of "wie"-clauses, coordinated subjects, attributive participles (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_body_after_a_role_is_not_a_person_and_er_refers_to_the_role():
    found = claims_of("Der Sprecher des Freien Bündnis Nordstadt sagte, die Behörde habe versagt. "
                      "Er kündigte an, ein Vertreter des Bündnisses werde beim Termin zugegen sein.")
    assert len(found) == 2, found
    assert found[0].source == "Sprecher des Freien Bündnis Nordstadt"
    assert found[1].source_mention == "Er"
    assert found[1].source == found[0].source


def test_person_name_after_a_one_word_body_in_the_genitive():
    c = only("Der Vorsitzende des Finanzausschusses des Landtags Peter Sommerfeld sagte, der Haushalt sei solide.")
    assert c.source == "Peter Sommerfeld"


def test_name_in_the_apposition_of_a_nach_source():
    c = only("Nach Angaben des Direktors der Fluggesellschaft, Jan Wolfers, waren 80 Menschen an Bord.")
    assert c.source == "Jan Wolfers"


def test_participle_after_an_adverb_is_attributive_not_the_cue():
    c = only("Die Stadtwerke geben in einer gestern veröffentlichten Mitteilung bekannt, dass die Preise steigen.")
    assert c.source == "Stadtwerke"
    assert c.cue == "geben"


def test_coordinated_subject_with_an_article_in_the_second_conjunct():
    c = only("Die Stadtwerke und der Mieterverein erklärten, dass die Preise steigen würden.")
    assert c.source_mention == "Die Stadtwerke und der Mieterverein"


def test_agent_of_a_passive_wie_clause_is_the_source():
    c = only("Wie dem Lokalradio von der Feuerwehr berichtet wird, ist der Brand unter Kontrolle.")
    assert c.source == "Feuerwehr"


def test_quoted_person_of_a_passive_wie_clause_stays_the_source():
    c = only("Wie Karla Senft von der Lokalzeitung zitiert wird, sei der Brand unter Kontrolle.")
    assert c.source.startswith("Karla Senft")


def test_cue_infinitive_under_a_modal_is_no_report_of_its_subject():
    found = claims_of("Verteidigungsminister Karl Brenner sagte, ein Einsatz sei möglich. So müsse die Regierung des "
                      "Landes dem Einsatz zustimmen, es müsse ein Mandat der Vereinten Nationen geben.")
    assert len(found) == 2, found
    assert found[1].kind == "continued"
    assert found[1].source == "Karl Brenner"


def test_passive_report_in_a_relative_clause_on_a_document():
    found = claims_of("Die Kommission verbot die Partei nach einer Erklärung, in der der Partei vorgeworfen wird, "
                      "sie habe die Wahl manipuliert.")
    reported = [c for c in found if c.content == "sie habe die Wahl manipuliert"]
    assert len(reported) == 1, found
    assert reported[0].source == "Erklärung"


def test_es_heisst_in_a_relative_clause_on_a_document():
    c = only("Der Verband veröffentlichte eine Erklärung, in der es heißt, die Preise seien zu hoch.")
    assert c.source == "Erklärung"
    assert c.content == "die Preise seien zu hoch"


def test_duration_adverb_in_the_prefield_is_no_speaker():
    c = only("Monatelang haben die Stadtwerke bestritten, dass die Türen nicht sicher genug wären.")
    assert c.source == "Stadtwerke"
