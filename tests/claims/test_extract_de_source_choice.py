"""German source choice: which noun phrase of the sentence speaks (relative pronoun subjects before an object,
rejected reports, fronted objects of reported acts, passive reports with a predicative "als") (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


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


# --- source of a claim whose content is right: mention spans of continued and anaphoric sources ---

def test_continued_claim_keeps_the_mention_of_the_speakers_last_claim():
    text = "Er sagte am Montag, die Lage sei ernst. Die Behörden müssten schneller handeln."
    c = only(text, kind="continued")
    assert c.source_mention == "Er" and text[slice(*c.source_span)] == "Er"


def test_demnach_points_to_its_antecedent_but_its_mention_is_the_anaphor():
    text = "Die Polizei veröffentlichte am Montag einen Bericht. Demnach seien drei Menschen verletzt worden."
    c = next(c for c in claims_of(text) if c.cue == "Demnach")
    assert c.source_mention == "Demnach" and text[slice(*c.source_span)] == "Demnach"
    assert c.source != "Demnach"


def test_time_phrase_after_the_verb_is_not_the_speaker():
    c = only("Das bestätigte dieser Tage die Sprecherin der Stadt, Anna Ries: Die Schule werde geschlossen.")
    assert c.source_mention != "dieser Tage" and "Sprecherin" in c.source_mention


def test_sentence_initial_focus_particle_alone_is_not_the_speaker():
    c = only("Insbesondere kritisiert der Verband, dass die Kosten gestiegen seien.")
    assert c.source_mention == "der Verband"


def test_laut_right_after_the_verbs_subject_is_the_reporting_outlet():
    c = only("Am Montag bestätigte Jana Wolf laut dem Tagblatt, dass die Brücke gesperrt werde.")
    assert c.source == "Jana Wolf" and c.reported_by == "Tagblatt"
    assert c.content == "dass die Brücke gesperrt werde"


def test_impersonal_man_gives_way_to_the_document_it_is_in():
    c = only("In dem Aufruf forderte man die Schließung des Flughafens.")
    assert c.source_mention == "dem Aufruf"


def test_zitierte_man_takes_the_quoted_person():
    c = only("„Wir bleiben hier“, zitierte man die Bürgermeisterin Eva Brandt.", kind="direct")
    assert c.source == "Eva Brandt"


def test_name_particle_and_party_stay_out_of_and_in_the_resolved_name():
    found = claims_of("Der Innenminister Karl de Brandt (SPD) plant, die Regeln zu ändern. "
                      "Der Minister sagte, das sei nötig.")
    assert [c.source for c in found if c.kind == "indirect"] == ["Karl de Brandt", "Karl de Brandt"]


def test_er_does_not_refer_back_to_a_newspaper():
    found = claims_of("Der Politiker Jan Berg sagte, er sei unschuldig. Laut Süddeutscher Zeitung sei das falsch. "
                      "Er hatte auch gesagt, er wolle zurücktreten.")
    assert [c.source for c in found if c.cue == "gesagt"] == ["Jan Berg"]


def test_heisst_es_names_the_report_after_an_adverb_and_an_adjective():
    c = only("„Wir bleiben an der Seite der Opfer“, heißt es dazu in einer gestern verbreiteten Erklärung.",
             kind="direct")
    assert c.source_mention == "einer gestern verbreiteten Erklärung"


def test_passive_report_in_the_middle_field_is_the_source():
    c = only("So wird in einem Schreiben des Verbands gefordert, dass die Stadt die Gebühren senkt.")
    assert c.source_mention == "einem Schreiben des Verbands"


# --- matched claims with the wrong source: the speaker phrase of the cue ---

def test_role_with_a_place_is_not_named_after_the_place():
    c = only("Ein Regierungssprecher in Bonn sagte, die Lage sei ernst.")
    assert c.source == "Regierungssprecher in Bonn"
    c = only("Der Bürgermeister von Neustadt sagte, die Brücke sei gesperrt.")
    assert c.source == "Bürgermeister von Neustadt"


def test_role_with_a_place_keeps_the_name_after_a_comma():
    c = only("Der Chef von Softcorp, Lukas Brand, sagte, die Zahlen seien gut.")
    assert c.source == "Lukas Brand"


def test_seiner_meinung_nach_names_the_subject():
    found = [c for c in claims_of("Am Abend wies Henning Lau auf die seiner Meinung nach wachsenden Risiken hin.")
             if c.cue == "nach"]
    assert [(c.source, c.source_mention) for c in found] == [("Henning Lau", "seiner Meinung")]


def test_seiner_ansicht_nach_without_a_person_keeps_the_phrase():
    c = only("Die Lage ist seiner Ansicht nach ernst.")
    assert c.source != "Lage"


def test_nach_eigenen_angaben_names_the_subject():
    c = only("Die Firma Nordwerk hat nach eigenen Angaben 300 Stellen gestrichen.")
    assert (c.source, c.source_mention) == ("Firma Nordwerk", "eigenen Angaben")
    c = only("Nach eigenen Angaben hat das Unternehmen 300 Stellen gestrichen.")
    assert c.source == "Unternehmen"


def test_fronted_object_of_a_naming_act_before_a_role_subject():
    c = only("Die Lage bezeichnete der Minister als ernst.")
    assert c.source == "Minister"
    c = only("Sie warf der Regierung vor, die Lage auszunutzen.")
    assert c.source != "Regierung"


def test_role_name_before_a_place_is_the_name():
    c = only("Der Senator Jim Berg aus Ohio sagte, das Gesetz sei falsch.")
    assert c.source == "Jim Berg"


def test_und_after_a_comma_opens_a_clause_with_its_own_subject():
    found = claims_of("Der Rat stufte das Gesetz als unzulässig ein, und das Hilfswerk Kinderhilfe rief Norwegen "
                      "dazu auf, das Gesetz zu stoppen.")
    assert [c.source for c in found if c.cue == "rief"] == ["Hilfswerk Kinderhilfe"]


def test_object_of_a_purpose_infinitive_is_no_speaker():
    found = claims_of("Er reiste nach Laos, um die Regierung aufzufordern, das Land zu öffnen.")
    assert all(c.source != "Regierung" for c in found)
