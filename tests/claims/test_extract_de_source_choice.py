"""German source choice: which noun phrase of the sentence speaks (relative pronoun subjects before an object,
rejected reports, fronted objects of reported acts, passive reports with a predicative "als") (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_relative_pronoun_is_the_subject_before_a_dative_object():
    c = only("Zu Gast war auch die frühere Richterin Marta Kolb, die der Stadtverwaltung vorwarf, "
             "die Anwohner zu spät informiert zu haben.")
    assert c.source_mention == "die"
    assert c.source == "Marta Kolb"
    assert c.content == "die Anwohner zu spät informiert zu haben"


def test_relative_pronoun_is_the_subject_before_an_accusative_object():
    c = only("Im Saal sprach danach ein Vertreter der Mieter, der alle Fraktionen aufforderte, "
             "das Projekt noch einmal zu prüfen.")
    assert c.source_mention == "der"
    assert c.content == "das Projekt noch einmal zu prüfen"


def test_relative_antecedent_before_a_predicate_names_the_speaker():
    c = only("Bei der Sitzung war auch der frühere Bürgermeister Paul Renner anwesend, der dem Rat vorwarf, "
             "die Kosten verschwiegen zu haben.")
    assert c.source_mention == "der"
    assert c.source == "Paul Renner"


def test_rejected_report_is_the_source_of_its_clause():
    c = only("Die Ministerin Jana Roth wies die Darstellung zurück, die Schule sei wegen Geldmangels "
             "geschlossen worden.")
    assert c.source_mention == "die Darstellung"
    assert c.content == "die Schule sei wegen Geldmangels geschlossen worden"


def test_rejected_reports_of_a_newspaper_before_the_participle():
    c = only("Der Trainer Tom Weber hat Berichte der Zeitung „Sportblatt“ zurückgewiesen, er werde den Verein "
             "im Sommer verlassen.")
    assert c.source_mention == "Berichte der Zeitung „Sportblatt“"


def test_rejected_proposal_is_the_source_of_its_infinitive():
    c = only("Zudem lehnte der Bürgermeister Ole Brandt den Vorschlag der Opposition ab, die Gebühren zu senken.")
    assert c.source_mention == "den Vorschlag der Opposition"
    assert c.content == "die Gebühren zu senken"


def test_rejected_report_is_not_continued_by_the_next_sentence():
    found = claims_of("Wie Regierungssprecher Udo Fink mitteilte, sei das Werk sicher. Zudem lehnte die Kanzlerin "
                      "den Vorschlag der Grünen ab, alle Werke sofort zu prüfen. Die Kontrollen hätten sich bewährt.")
    last = [c for c in found if c.content.startswith("Die Kontrollen")]
    assert len(last) == 1 and last[0].source == "Udo Fink"


def test_fronted_object_of_a_reported_act_before_a_named_subject():
    c = only("Eine Verschiebung der Wahl bezeichnete Moser als gefährlich, weil die Bürger seit Jahren warteten.")
    assert c.source == "Moser"


def test_fronted_object_with_relative_clause_before_an_agency():
    c = only("Die Zahl der Verletzten, die am Montag in Kliniken gebracht wurden, bezifferte die Nachrichtenagentur "
             "Nordpress mit 40.")
    assert c.source_mention == "die Nachrichtenagentur Nordpress"


def test_passive_report_with_a_predicative_als_names_no_source():
    c = only("Als Grund für die Absage wurde genannt, dass der Saal nicht rechtzeitig fertig werde.")
    assert c.source is None
    assert c.content == "dass der Saal nicht rechtzeitig fertig werde"


def test_passive_agent_after_a_fronted_time_phrase():
    c = only("In der vergangenen Woche war ein Antrag von der Stadtverwaltung mit dem Hinweis abgelehnt worden, "
             "man habe keine freien Räume.")
    assert c.source_mention == "der Stadtverwaltung"


def test_man_after_a_body_that_spoke_is_that_body():
    found = claims_of("Offiziell sagt die Landesregierung, man fördere alle Schulen gleich. Aber man betont auch, "
                      "dass das Geld knapp sei.")
    last = [c for c in found if c.content.startswith("dass das Geld")]
    assert len(last) == 1 and last[0].source == "Landesregierung" and last[0].source_mention == "man"


def test_passive_report_in_a_fronted_report_before_an_insertion():
    c = only("In einer Mitteilung des Landratsamts, auf die sich mehrere Zeitungen berufen, wird die Sperrung damit "
             "begründet, dass die Brücke baufällig sei.")
    assert c.source_mention == "einer Mitteilung des Landratsamts"


def test_quoting_outlet_reports_the_quoted_speaker():
    c = only("Die Zeitung „Nordkurier“ zitierte den Bürgermeister Jan Hase mit den Worten: "
             "„Wir bauen die Brücke neu.“")
    assert c.source == "Jan Hase"
    assert c.reported_by == "Zeitung „Nordkurier“"


def test_source_before_zufolge_starts_at_its_article():
    c = only("Die neue Brücke sollte den Berichten zufolge schon im Mai eröffnet werden.")
    assert c.source_mention == "den Berichten"


def test_subject_after_a_genitive_relative_phrase():
    c = only("Bekannt wurde der Streit, in dessen Verlauf das Landgericht festgestellt hatte, der Vertrag sei gültig.")
    assert c.source_mention == "das Landgericht"
    assert c.content == "der Vertrag sei gültig"


def test_predicative_als_before_coordinated_cue_keeps_the_pronoun_subject():
    found = claims_of("Als Beispiel nannte er die Proteste gegen den Neubau und führte aus, hier gebe es eine neue "
                      "Bewegung.")
    assert found and all(c.source_mention == "er" for c in found)


def test_own_statement_belongs_to_the_named_apposition_of_the_subject():
    found = claims_of("Die Schwester des Trainers, Anna Berg, war nach eigenem Bekunden seit langem in die Pläne "
                      "eingeweiht. „Mein Bruder braucht mehr Ruhe.“")
    assert [c.source for c in found] == ["Anna Berg", "Anna Berg"]
