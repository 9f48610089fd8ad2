"""German constructions: appositions, short opening quotes, relative reports, rare cues (hand-written texts)."""
from __future__ import annotations

import pytest

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_short_quote_that_opens_the_sentence_is_the_content():
    c = only("„Das reicht nicht“, sagte Paula Winter am Montag.")
    assert c.kind == "direct"
    assert c.content == "Das reicht nicht"
    assert c.source == "Paula Winter"


def test_trailing_cue_with_apposition_after_the_speaker():
    c = only("Die Brücke bleibe gesperrt, sagte Jan Ortmann, der Sprecher der städtischen Verkehrsbetriebe.")
    assert c.content == "Die Brücke bleibe gesperrt"
    assert c.source == "Jan Ortmann"


def test_trailing_cue_with_adjuncts_after_the_speaker():
    c = only("Der Zug fahre wieder pünktlich, sagte Eva Brandt gestern in einem Interview mit dem Radiosender.")
    assert c.content == "Der Zug fahre wieder pünktlich"
    assert c.source == "Eva Brandt"


def test_lower_case_age_adjective_in_the_speaker_phrase():
    c = only("Der 72-jährige Karl Huber sagte, er habe den Brand zuerst bemerkt.")
    assert c.source_mention == "Der 72-jährige Karl Huber"
    assert c.content == "er habe den Brand zuerst bemerkt"


def test_die_after_a_verb_of_saying_opens_the_reported_clause():
    c = only("Oberst Lena Graf erklärte, die neue Verordnung werde die Zuständigkeiten regeln.")
    assert c.content.startswith("die neue Verordnung werde")


def test_relative_clause_after_a_participle_is_not_content():
    found = claims_of("Die Studios haben für den Herbst neue Filme angekündigt, die in 3D gezeigt werden.")
    assert all(not c.content.startswith("die in 3D") for c in found)


def test_subject_with_apposition_name_before_the_cue():
    c = only("Der Leiter der Feuerwehr, Tom Becker, sagte vor der Presse, dass das Feuer gelöscht sei.")
    assert c.source == "Tom Becker"
    assert c.content.startswith("dass das Feuer")


def test_separable_particle_after_an_apposition():
    c = only("Der Zaun sei beschädigt worden, teilte später der Sprecher der Polizei, Max Roth, mit.")
    assert c.content == "Der Zaun sei beschädigt worden"
    assert c.cue == "teilte"


def test_separable_verb_with_apposition_before_the_particle():
    c = only("Damals ging Klara Vogt, die Anwältin der Familie, noch davon aus, dass das Urteil bald falle.")
    assert c.source == "Klara Vogt"
    assert c.content == "dass das Urteil bald falle"


def test_coordinated_cue_shares_the_subject_after_a_sentence_adverb():
    c = only("Auch der Bürgermeister Uwe Stolz lehnte den Plan ab und sagte, die Kosten seien zu hoch.")
    assert c.source == "Uwe Stolz"
    assert c.content == "die Kosten seien zu hoch"


@pytest.mark.parametrize("text, source", [
    ("Dem Sender al-Arabija zufolge wurden drei Schiffe beschädigt.", "Sender al-Arabija"),
    ("Der Website beispiel.de zufolge ist das Stadion ausverkauft.", "Website beispiel.de"),
    ("Anschließend sei laut el-Masri die Lieferung erfolgt.", "el-Masri"),
])
def test_names_with_lower_case_prefix_or_domain(text, source):
    assert only(text).source == source


def test_laut_with_a_lower_case_agency():
    c = only("Die Grenze wurde laut dpa am Abend wieder geöffnet.")
    assert c.source == "dpa"
    assert c.cue == "laut"


def test_laut_as_adjective_is_no_cue():
    found = claims_of("Die Kritik an dem Plan wurde laut und deutlich geäußert.")
    assert all(c.kind == "unattributed" for c in found)


def test_nach_angaben_von_with_apposition():
    c = only("Nach Angaben von Petra Lang, einer Sprecherin der Firma, wurden 40 Stellen gestrichen.")
    assert c.source == "Petra Lang"
    assert c.content == "wurden 40 Stellen gestrichen"


def test_dem_vernehmen_nach():
    c = only("Dort treffen sich dem Vernehmen nach jede Nacht Hunderte Jugendliche.")
    assert c.cue == "nach"
    assert c.source_mention == "dem Vernehmen"


def test_so_after_a_dash():
    c = only("Die Lage sei unter Kontrolle – so der Einsatzleiter.")
    assert c.content == "Die Lage sei unter Kontrolle"
    assert c.source_mention == "der Einsatzleiter"


def test_speaker_label_before_a_quote():
    c = only("Bundestrainer Lars Weber: „Wir haben heute verdient gewonnen.“")
    assert c.kind == "direct"
    assert c.source == "Lars Weber"
    assert c.cue is None


def test_topic_label_before_a_quote_is_no_speaker():
    assert all(c.source is None for c in claims_of("Energiepolitik: „Wir steigen aus der Kohle aus.“"))


def test_relative_pronoun_reports_a_clause():
    c = only("Gewählt wurde Ina Roth, die vor dem Parlament betonte, sie gehöre keiner Partei an.")
    assert c.source_mention == "die"
    assert c.content == "sie gehöre keiner Partei an"


def test_subject_inside_a_prepositional_relative_clause():
    c = only("Gesucht wird ein Mann, von dem die Polizei glaubt, er sei bewaffnet.")
    assert c.source == "Polizei"
    assert c.content == "er sei bewaffnet"


def test_wonach_points_back_to_the_report():
    c = only("Die Regierung bestritt einen Bericht der Zeitung, wonach die Steuern steigen sollen.")
    assert c.cue == "wonach"
    assert c.source_mention == "einen Bericht der Zeitung"
    assert c.content == "die Steuern steigen sollen"


def test_heisst_es_with_a_source_after_bei():
    c = only("Die Straße bleibe gesperrt, hieß es bei der Stadtverwaltung.")
    assert c.source == "Stadtverwaltung"


def test_quote_after_a_colon_far_from_the_cue():
    text = ("Staatssekretär Paul Krämer bestreitet jede Kenntnis von den Vorgängen um die Deponie in seinem Kreis: "
            "„Davon habe ich nichts gewusst.“")
    c = only(text)
    assert c.kind == "direct"
    assert c.content == "Davon habe ich nichts gewusst."


def test_short_title_in_quotes_does_not_end_the_clause():
    c = only("Der Redakteur Tim Busch kritisiert in der Zeitung „Neue Presse“, die Aktion sei geschmacklos.")
    assert c.content == "die Aktion sei geschmacklos"


@pytest.mark.parametrize("text", [
    "Der Vorstand bestätigte dies.",
    "Der Minister erklärte seinen Rücktritt.",
    "Die Richter erklärten das Gesetz für nichtig.",
])
def test_weak_cues_need_reported_content(text):
    assert all(c.kind == "unattributed" or c.cue is None for c in claims_of(text))


def test_new_cue_verbs():
    c = only("Die Ärztin fragte, ob die Impfung schon erfolgt sei.")
    assert c.cue == "fragte"
    c = only("Aus dem Bericht geht hervor, dass die Kosten gestiegen sind.")
    assert c.content == "dass die Kosten gestiegen sind"


def test_adverb_between_subject_and_verb():
    c = only("Die Anwohner hingegen sagen, der Lärm sei unerträglich.")
    assert c.source_mention == "Die Anwohner"
    assert c.content == "der Lärm sei unerträglich"


def test_wie_with_an_adverb_before_the_source():
    c = only("Wie schon die Behörde sagte, ist das Wasser trinkbar.")
    assert c.source_mention == "die Behörde"
    assert c.content == "ist das Wasser trinkbar"


def test_partitive_subject():
    c = only("Einer der beteiligten Ärzte sagte, die Lage sei ernst.")
    assert c.source_mention == "Einer der beteiligten Ärzte"


def test_nominalised_age_adjective_as_subject():
    c = only("Am Montag sagte der 64-jährige vor Gericht, dass er unschuldig sei.")
    assert c.source_mention == "der 64-jährige"


def test_damit_as_adverb_opens_reported_content():
    c = only("Die Sprecherin erklärte, damit solle ein Stillstand vermieden werden.")
    assert c.content == "damit solle ein Stillstand vermieden werden"


def test_demonstrative_after_comma_points_to_the_clause_before():
    c = only("Die Kamera ist ausgefallen, das teilte das Institut mit.")
    assert c.content == "Die Kamera ist ausgefallen"
    assert c.source == "Institut"


def test_denn_before_wie():
    c = only("Denn wie die Zeitung berichtete, leidet der Sänger an einer Grippe.")
    assert c.content == "leidet der Sänger an einer Grippe"


def test_relative_clause_with_zu_infinitive():
    c = only("Entscheidend war die Aussage eines Jungen, der angab, den Täter gesehen zu haben.")
    assert c.source_mention == "der"
    assert c.content == "den Täter gesehen zu haben"


def test_passive_relative_clause_names_no_speaker():
    found = claims_of("Am Morgen wurden zwei Männer festgenommen, die beschuldigt werden, Geld gefälscht zu haben.")
    assert all(c.source_mention != "die" for c in found)


def test_question_with_ihrer_meinung_nach_is_no_claim():
    assert claims_of("Wie hoch ist Ihrer Meinung nach das Risiko?") == []


def test_speaker_apposition_before_a_colon_quote():
    c = only("Dazu sagte Jonas Kern, Gründer der Band: „Wir spielen nicht für Geld.“")
    assert c.kind == "direct"
    assert c.content == "Wir spielen nicht für Geld."


@pytest.mark.parametrize("text", [
    "Die Ausstellung nennt sich „Kunst 12“ und beginnt im Juni.",
    "Damals nannte man diese Flugzeuge Rosinenbomber.",
])
def test_naming_is_not_saying(text):
    assert all(c.cue is None for c in claims_of(text))


def test_speech_noun_with_its_verb_before_the_comma():
    c = only("Die Kommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig.")
    assert c.cue == "Standpunkt"
    assert c.content == "das Gericht sei nicht zuständig"
    assert c.source_mention == "Die Kommission"


def test_colon_with_konjunktiv_content_far_from_the_cue():
    text = ("Der Anwalt kritisierte das Gesetz ebenso wie die Haltung der Regierung in seinem Gutachten in scharfer "
            "Form: Das Gesetz beschränke den freien Handel.")
    c = only(text)
    assert c.content == "Das Gesetz beschränke den freien Handel"


def test_preposition_with_relative_pronoun_reports():
    c = only("Es gibt Gerüchte, nach denen der Sänger krank ist.")
    assert c.source_mention == "denen"
    assert c.source == "Gerüchte"
    assert c.content == "der Sänger krank ist"
    c = only("Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt wurde.")
    assert c.source_mention == "dem"


def test_nach_with_relative_pronoun_needs_a_report_noun():
    assert all(c.cue is None for c in claims_of("Er stand an der Tür, nach der er lange gesucht hatte."))


def test_short_quote_as_object_of_sprechen_is_the_claim():
    c = only("Händler sprachen in diesem Zusammenhang von „Panikverkäufen“.")
    assert c.kind == "direct"
    assert c.content == "Panikverkäufen"
    assert c.source == "Händler"


def test_so_weiter_with_a_quote_after_the_colon():
    found = claims_of("Das habe Methode, so Elke Horst weiter: „Das ist in anderen Firmen auch üblich.“")
    assert [(c.kind, c.content) for c in found] == [
        ("indirect", "Das habe Methode"), ("direct", "Das ist in anderen Firmen auch üblich.")]
    assert all(c.source == "Elke Horst" for c in found)


def test_sentence_wide_content_stops_before_a_second_report():
    found = claims_of("Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000 Teilnehmern.")
    assert [c.cue for c in found] == ["Nach", "spricht"]
    assert found[1].content == "von 4.000 Teilnehmern"
    assert found[1].source_mention == "die Polizei"


def test_pronoun_after_the_verb_is_the_subject():
    c = only("Der Regierung schlug er vor, die Steuern zu senken.")
    assert c.source_mention == "er"
    assert c.content == "die Steuern zu senken"


def test_prepositional_prefield_is_no_speaker():
    c = only("Bezüglich des Termins meldet die Agentur, dass er im Mai liege.")
    assert c.source_mention == "die Agentur"


def test_von_in_a_name_is_a_subject():
    c = only("Von der Leyen betonte, die Pläne seien fertig.")
    assert c.source_mention == "Von der Leyen"


def test_question_inside_a_longer_quote_is_no_claim():
    found = claims_of("Er entgegnete empört: „Wollen Sie das so stehen lassen? Das ist ein Skandal.“")
    assert [c.content for c in found] == ["Das ist ein Skandal."]


def test_demnach_points_to_the_report_of_the_sentence_before():
    found = claims_of("Am Freitag hat das Parlament einer Gesetzesvorlage zugestimmt. "
                      "Demnach darf die Bahn verkauft werden.")
    c = next(c for c in found if c.cue == "Demnach")
    assert c.source == "einer Gesetzesvorlage"
    assert c.content == "darf die Bahn verkauft werden"


@pytest.mark.parametrize("text, mention", [
    ("Die taz vermutet, dass die Daten längst gespeichert werden.", "Die taz"),
    ("80 Prozent befürworteten, dass die Renten steigen.", "80 Prozent"),
])
def test_lower_case_outlet_and_numbers_as_subjects(text, mention):
    assert only(text).source_mention == mention


def test_clock_time_is_no_subject():
    found = claims_of("Um 12:09 Uhr berichtet die Zeitung, dass der Antrag gestellt sei.")
    assert [c.source_mention for c in found] == ["die Zeitung"]


@pytest.mark.parametrize("text", [
    "Der Minister erläuterte die Klimapolitik aus Sicht Chinas.",
    "Er postete auf Facebook ein Foto seines Hundes.",
    "Die Regierung räumt der Datensicherheit hohe Priorität ein.",
])
def test_more_weak_cues_need_reported_content(text):
    assert all(c.cue is None for c in claims_of(text))


def test_relative_clause_after_a_participle_with_article_is_no_content():
    found = claims_of("Der Verein hat am Donnerstag das Dokument veröffentlicht, das die Auslieferung regelt.")
    assert all(not c.content.startswith("das die") for c in found)


def test_coordinated_cue_after_a_verb_that_is_no_cue():
    c = only("Im Januar legte er sein Amt nieder und verkündete, sich künftig um seine Familie zu kümmern.")
    assert c.source_mention == "er"
    c = only("Einer der Ärzte, Paul Lenz, dankte den Helfern und ergänzte, die Lage sei stabil.")
    assert c.content == "die Lage sei stabil"


def test_lower_case_name_with_a_dot_in_the_subject():
    c = only("Die Gewerkschaft ver.di geht davon aus, dass der Streik lange dauert.")
    assert c.source_mention == "Die Gewerkschaft ver.di"


def test_title_in_quotes_after_its_noun_does_not_block_the_content():
    c = only("Anna Berg berichtete im Fachblatt „Journal of Local Science“ („JLS“), es seien nur wenige Proben erhalten.")
    assert c.content == "es seien nur wenige Proben erhalten"


def test_wie_es_hiess_is_hearsay():
    c = only("Wie es hieß, sieht der Vorstand die Planung gefährdet.")
    assert c.kind == "hearsay"


def test_reflexive_cue_with_an_adjective_before_the_clause():
    c = only("Der Minister zeigte sich zuversichtlich, dass die Gespräche bald enden.")
    assert c.cue == "zeigte"
    assert c.content == "dass die Gespräche bald enden"


def test_fronted_von_object_of_sprechen():
    c = only("Von einer „gezielten Kampagne“ sprach der Politiker Jan Roth.")
    assert c.kind == "direct"
    assert c.content == "gezielten Kampagne"
    assert c.source == "Jan Roth"


def test_coordinated_cue_after_an_inverted_subject():
    c = only("Als ein Gast half, biss der Mann den Gast und rief: „Lasst mich raus!“")
    assert c.source_mention == "der Mann"
    assert c.content == "Lasst mich raus!"


def test_wo_clause_is_no_content():
    found = claims_of("Ein ähnliches Bild zeigte sich in Tokio, wo ebenfalls die Kurse fielen.")
    assert all(not c.content.startswith("wo ") for c in found)


def test_coordinated_cue_takes_the_sentence_subject_when_the_first_verb_has_no_report():
    text = "Lena Kurz vom Institut für Physik erläutert die Idee, die geprüft werden soll, und fügt hinzu: „Wir sind sicher.“"
    found = [c for c in claims_of(text) if c.cue == "fügt"]
    assert len(found) == 1 and found[0].content == "Wir sind sicher."
    assert found[0].source_mention.startswith("Lena Kurz")


def test_four_word_name_in_quotes_stays_inside_its_clause():
    c = only("Sie schrieb in der Zeitung „Die Neue Freie Presse“, die Reform sei gescheitert.")
    assert c.content == "die Reform sei gescheitert"
