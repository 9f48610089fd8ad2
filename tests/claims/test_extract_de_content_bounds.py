"""German content boundaries: where one report holds two claims (a "laut X" that opens a second conjunct, a
Konjunktiv relative clause on a reported object) (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_laut_after_und_opens_a_second_claim():
    found = claims_of("Die Angreifer sollen zwei Häuser angezündet haben und laut Polizei, die den Fall untersucht, "
                      "auch einen Wachmann verletzt haben.")
    assert [c.content for c in found] == ["Die Angreifer sollen zwei Häuser angezündet haben",
                                          "auch einen Wachmann verletzt haben"]
    assert all(c.source == "Polizei" and c.cue == "laut" for c in found)


def test_laut_after_comma_and_aber_opens_a_second_claim():
    found = claims_of("Die Bande soll mehrere Banken überfallen haben, zumindest aber laut Staatsanwaltschaft an zwei "
                      "Überfällen beteiligt gewesen sein.")
    assert [c.content for c in found] == ["Die Bande soll mehrere Banken überfallen haben",
                                          "an zwei Überfällen beteiligt gewesen sein"]


def test_konjunktiv_relative_clause_on_the_object_is_the_claim():
    c = only("Die Ministerin kündigte einen neuen Gesetzentwurf an, der die Mieten in den Städten begrenzen werde.")
    assert c.content == "der die Mieten in den Städten begrenzen werde"
    assert c.source == "Ministerin"
    # an indicative relative clause is the writer's: the object stays the content
    c = only("Die Firma kündigte neue Stellen an, die in Berlin entstehen.")
    assert c.content == "neue Stellen an, die in Berlin entstehen"
    # inside a reported clause a relative clause is part of that clause
    c = only("Der Sprecher sagte, der Plan werde scheitern, der seit Jahren diskutiert werde.")
    assert c.content == "der Plan werde scheitern, der seit Jahren diskutiert werde"


def test_konjunktiv_relative_clause_after_a_preposition():
    c = only("Der Verband prangert in seinem Bericht schwere Mängel an, für die ein veralteter Rechtsrahmen "
             "verantwortlich sei.")
    assert c.content == "für die ein veralteter Rechtsrahmen verantwortlich sei"


def test_quoted_object_and_its_konjunktiv_relative_clause_are_two_claims():
    found = claims_of("Der Minister bezeichnete den Plan als „unsozial“, der die Rentner belaste.")
    assert [c.content for c in found] == ["den Plan als „unsozial", "der die Rentner belaste"]



def test_reported_clause_ends_at_a_colon_before_a_quotation():
    found = claims_of("Der Trainer glaubt, dass das Team stärker geworden sei: „Wir haben in diesem Jahr viel gelernt.“")
    assert [(c.kind, c.content) for c in found] == [("indirect", "dass das Team stärker geworden sei"),
                                                    ("direct", "Wir haben in diesem Jahr viel gelernt.")]
    assert all(c.source == "Trainer" for c in found)


# --- content of speech nouns: Konjunktiv clause after an article, "zu dem Schluss gekommen", quantifier subjects ---

def test_speech_noun_takes_a_konjunktiv_clause_opened_by_an_article():
    c = only("Die Ärztin vertrat die Ansicht, das Verfahren sei sicher.")
    assert (c.source, c.cue, c.content) == ("Ärztin", "Ansicht", "das Verfahren sei sicher")


def test_speech_noun_after_its_participle_gekommen():
    c = only("Der Gutachter ist zu dem Schluss gekommen, dass die Brücke saniert werden muss.")
    assert (c.cue, c.content) == ("Schluss", "dass die Brücke saniert werden muss")


def test_quantifier_pronoun_holds_the_speech_noun():
    c = only("Viele sind der Meinung, die Reform komme zu spät.")
    assert (c.source, c.content) == ("Viele", "die Reform komme zu spät")


def test_counted_group_holds_the_speech_noun():
    c = only("40 Prozent teilen die Auffassung, der Plan sei zu teuer.")
    assert (c.source, c.content) == ("40 Prozent", "der Plan sei zu teuer")


def test_quantifier_pronoun_is_the_subject_of_a_verb_cue():
    c = only("Einige sagen, die Reform komme zu spät.")
    assert (c.source, c.content) == ("Einige", "die Reform komme zu spät")
