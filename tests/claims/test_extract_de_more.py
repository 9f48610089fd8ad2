"""More German constructions: appositions, short opening quotes, relative reports, rare cues (hand-written texts)."""
from __future__ import annotations

import pytest

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


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


# --- missed cues: reported acts, "nach"-sources, "bekannt werden", subjects the cue did not find -------------------

def test_nach_with_a_document_as_source():
    c = only("Nach der Verfassung muss der Präsident binnen zwei Wochen gewählt werden.")
    assert c.cue == "Nach"
    assert c.content.startswith("muss der Präsident")
    assert "Verfassung" in c.source_mention


def test_head_noun_before_nach_with_an_article_after_is_no_cue():
    found = claims_of("In einer Stellungnahme nach dem Unfall lobte die Stadt die Helfer.")
    assert all(c.cue != "nach" for c in found)


def test_focus_particle_before_the_subject():
    c = only("Auch Lea Winter argumentierte, die Stadt habe zu spät gehandelt.")
    assert c.source_mention == "Lea Winter"
    assert c.content == "die Stadt habe zu spät gehandelt"


def test_fact_noun_clause_is_no_content_of_a_weak_cue():
    found = claims_of("Er zeigte sich überrascht von der Nachricht, dass der Fluss gestiegen ist.")
    assert all(c.cue != "zeigte" for c in found)


def test_wie_apposition_and_adverbials_before_the_verb():
    c = only("Wie Tom Berg, Sprecher der Hilfsorganisation, in Genf mitteilte, fehlen noch zwei Lastwagen.")
    assert c.source == "Tom Berg"
    assert c.content == "fehlen noch zwei Lastwagen"


def test_reported_act_ausgehen_von_takes_the_whole_clause():
    c = only("Die Feuerwehr geht von einem technischen Defekt aus.")
    assert c.source_mention == "Die Feuerwehr"
    assert c.content == "Die Feuerwehr geht von einem technischen Defekt aus"


def test_reported_act_schaetzen_with_a_fronted_object():
    c = only("Den Schaden schätzt die Polizei auf 20.000 Euro.")
    assert c.source_mention == "die Polizei"
    assert c.content == "Den Schaden schätzt die Polizei auf 20.000 Euro"


def test_reported_act_sehen_in():
    c = only("Die Gewerkschaft sieht in dem Plan einen Angriff auf die Beschäftigten.")
    assert c.content == "Die Gewerkschaft sieht in dem Plan einen Angriff auf die Beschäftigten"


def test_reported_act_bezeichnen_takes_the_subject():
    c = only("Die Ministerin bezeichnete den Entwurf als unausgegoren.")
    assert c.content == "Die Ministerin bezeichnete den Entwurf als unausgegoren"


def test_reported_act_keeps_a_quoted_characterisation_alone():
    c = only("Der Bürgermeister nannte den Bericht eine „Zeitungsente“.")
    assert c.content == "Zeitungsente"


def test_sehen_with_vor_particle_needs_its_clause():
    found = claims_of("Der Plan sieht eine neue Brücke vor.")
    assert all(c.cue != "sieht" for c in found)


def test_passive_reported_act_needs_a_named_agent():
    assert not [c for c in claims_of("Als Ursache wurde ein Defekt angegeben.") if c.kind != "unattributed"]
    c = only("Der Vorschlag wurde von der Opposition als unbezahlbar bezeichnet.")
    assert c.content == "Der Vorschlag wurde von der Opposition als unbezahlbar bezeichnet"
    assert "Opposition" in c.source_mention


def test_name_particle_inside_the_speaker_phrase():
    c = only("Generalsekretär Abdalla al Badri sagte, man wolle die Lage beobachten.")
    assert c.source_mention == "Generalsekretär Abdalla al Badri"


def test_quoted_organisation_inside_the_speaker_phrase():
    c = only("Anna Roth von der „Aktion Hilfe jetzt“ sagte, es fehle an Decken.")
    assert c.source_mention == "Anna Roth von der „Aktion Hilfe jetzt“"
    assert c.content == "es fehle an Decken"


def test_second_verb_shares_the_subject_of_the_clause_before():
    c = only("Die Behörde bestätigte den Unfall, teilte jedoch mit, es sei niemand verletzt worden.")
    assert c.source_mention == "Die Behörde"
    assert c.content == "es sei niemand verletzt worden"


def test_subordinate_cue_with_a_konjunktiv_ii_clause():
    c = only("Die Bauern protestierten, da sie befürchten, viele Höfe könnten schließen.")
    assert c.source_mention == "sie"
    assert c.content == "viele Höfe könnten schließen"


def test_new_verbs_of_telling_and_finding_out():
    assert only("Ein Zeuge erzählte der Zeitung, die Täter seien geflohen.").cue == "erzählte"
    assert only("Die Forscher fanden heraus, dass die Proben verunreinigt waren.").cue == "fanden"


def test_bekannt_werden_without_a_subject_reports_its_clause():
    c = only("Im Mai wurde dann bekannt, dass die Firma verkauft wird.")
    assert c.source is None
    assert c.content == "dass die Firma verkauft wird"
    c = only("Wie heute bekannt wurde, sind zwei Brücken gesperrt.")
    assert c.content == "sind zwei Brücken gesperrt"
    found = claims_of("Der Sänger wurde 1990 bekannt, weil er viel tourte.")
    assert not [c for c in found if c.kind != "unattributed"]


def test_demonstrative_passive_report_takes_the_previous_sentence():
    found = claims_of("Die Schule bleibt geschlossen. Das wurde vom Schulamt am Montag bekannt gegeben.")
    c = [c for c in found if c.kind != "unattributed"]
    assert len(c) == 1 and c[0].content == "Die Schule bleibt geschlossen."
    assert "Schulamt" in c[0].source_mention


def test_demonstrative_with_hervorgehen_names_the_document():
    found = claims_of("Der Konzern plant eine neue Fabrik. Dies geht aus einer Mitteilung des Konzerns hervor.")
    c = [c for c in found if c.cue == "geht"]
    assert len(c) == 1 and c[0].content == "Der Konzern plant eine neue Fabrik."
    assert "Mitteilung" in c[0].source_mention


def test_reported_act_beziffern_and_noun_cue_with_a_particle():
    c = only("Die Versicherung bezifferte den Schaden auf zwei Millionen Euro.")
    assert c.content == "Die Versicherung bezifferte den Schaden auf zwei Millionen Euro"
    c = only("Die Forscher stellten die Theorie auf, dass die Tiere wandern.")
    assert c.cue == "Theorie" and c.content == "dass die Tiere wandern"


def test_auxiliary_subject_and_apposition_before_a_participle_cue():
    c = only("Zuvor hatte ein Sprecher der Gruppe, Karl Mohr, erklärt, die Gruppe werde nicht verhandeln.")
    assert c.source == "Karl Mohr"
    assert c.content == "die Gruppe werde nicht verhandeln"


def test_konjunktiv_reason_clause_is_the_subjects_reported_reason():
    c = only("Die Gemeinde hat den Antrag abgelehnt, weil die Straße zu schmal sei.")
    assert c.cue == "weil"
    assert c.source_mention == "Die Gemeinde"
    assert c.content == "weil die Straße zu schmal sei"
    assert not [c for c in claims_of("Die Gemeinde hat den Antrag abgelehnt, weil die Straße zu schmal ist.")
                if c.kind != "unattributed"]


def test_adjective_of_conviction_with_sein():
    c = only("Die Trainerin ist zuversichtlich, das Finale gewinnen zu können.")
    assert c.source_mention == "Die Trainerin"
    assert c.content == "das Finale gewinnen zu können"


def test_pronominal_adverb_report_takes_the_previous_sentence():
    found = claims_of("Die Wahl findet im Mai statt. Davon geht Eva Brandt, die zuständige neue Ministerin, aus.")
    c = [c for c in found if c.cue == "geht"]
    assert len(c) == 1 and c[0].content == "Die Wahl findet im Mai statt."
    assert c[0].source == "Eva Brandt"


def test_nach_with_a_genitive_name_before_the_head():
    c = only("Nach Müllers Angaben wurden drei Häuser beschädigt.")
    assert c.cue == "Nach"
    assert c.content == "wurden drei Häuser beschädigt"


def test_speech_noun_with_a_genitive_holder():
    c = only("Trotz der Forderung des Vorsitzenden Karl Roth, die Steuern zu senken, blieb die Partei hart.")
    assert c.cue == "Forderung"
    assert c.source == "Karl Roth"
    assert c.content == "die Steuern zu senken"


def test_relative_nach_der_after_a_participle():
    c = only("Die Opposition hatte eine Klageschrift eingereicht, nach der die Wahl wiederholt werden soll.")
    assert c.content == "die Wahl wiederholt werden soll"
    assert c.source == "Klageschrift"


def test_main_clause_between_subject_and_trailing_cue_is_no_insertion():
    c = only("Ein Sturm, der lange über dem Meer lag, habe nun die Küste erreicht, meldet die Wetterbehörde.")
    assert c.source_mention == "die Wetterbehörde"
    assert c.content.startswith("Ein Sturm")


def test_passive_vorwerfen_with_an_agent_and_pronoun_objects():
    c = only("Dem Minister wird von der Opposition Untätigkeit vorgeworfen.")
    assert c.content == "Dem Minister wird von der Opposition Untätigkeit vorgeworfen"
    assert "Opposition" in c.source_mention
    found = [c for c in claims_of("Ich werfe das niemandem vor.") if c.kind != "unattributed"]
    assert all(not c.content.startswith("Ich werfe") for c in found)


def test_subordinate_cue_with_an_infinitive_ends_before_the_main_clause():
    c = only("Während der Minister ankündigte, den Plan prüfen zu lassen, stellt sich die Partei dagegen.")
    assert c.source_mention == "der Minister"
    assert c.content == "den Plan prüfen zu lassen"


def test_passive_fear_with_a_konjunktiv_ii_clause():
    c = only("Letzte Woche war noch befürchtet worden, die Brücke könnte beschädigt worden sein.")
    assert c.source is None
    assert c.content == "die Brücke könnte beschädigt worden sein"


def test_particle_verb_wins_over_the_preposition_reading():
    found = claims_of("Die Pläne sehen eine neue Anlage in einem Kraftwerk vor.")
    assert all(c.cue != "sehen" for c in found)

# -- precision filters and content boundaries ------------------------------------------------------------------


def test_nach_angaben_inside_a_relative_clause_reports_only_that_clause():
    text = "Die Polizei nahm einen Mann fest, der nach Angaben der Zeitung mehrere Autos beschädigt hatte."
    c = only(text)
    assert c.cue == "nach"
    assert c.content == "der nach Angaben der Zeitung mehrere Autos beschädigt hatte"


def test_meinung_nach_inside_a_relative_clause_reports_only_that_clause():
    text = "Sie lehnte den Plan ab, der ihrer Meinung nach zu teuer sei."
    c = next(c for c in claims_of(text) if c.cue == "nach")
    assert c.content == "der ihrer Meinung nach zu teuer sei"


def test_nach_phrase_after_a_comma_opens_the_content_after_it():
    text = "Ein Sprecher sagte am Abend, nach ersten Erkenntnissen habe ein Kabelbrand das Feuer ausgelöst."
    found = {c.cue: c for c in claims_of(text)}
    assert found["sagte"].content.startswith("nach ersten Erkenntnissen habe ein Kabelbrand")
    assert found["nach"].content == "habe ein Kabelbrand das Feuer ausgelöst"


def test_so_insertion_with_a_verb_makes_the_whole_sentence_the_content():
    c = only("Bis zum Jahr 2030, so erwarten die Forscher, wird der Meeresspiegel deutlich steigen.")
    assert c.source == "Forscher"
    assert c.content == "Bis zum Jahr 2030, so erwarten die Forscher, wird der Meeresspiegel deutlich steigen"


def test_fronted_adverbial_clause_is_no_content_of_the_main_clause_verb():
    found = claims_of("Da die Straße gesperrt war, forderte der Fahrer einen Abschleppwagen an.")
    assert all(not c.content.startswith("Da die Straße") for c in found if c.kind != "unattributed")


def test_coordinated_main_clause_after_a_comma_is_no_content():
    found = claims_of("Eine Zwischenlandung in Prag war geplant, doch dazu kam es nicht.")
    assert all(not c.content.startswith("doch") for c in found)


def test_quote_after_doch_stays_content():
    text = "Das sei bedauerlich, hatte die Ministerin gesagt, doch „wir müssen jetzt nach vorne schauen“."
    assert any(c.kind == "indirect" and c.content.startswith("doch „wir müssen") for c in claims_of(text))


def test_indicative_main_clause_after_the_object_is_no_content():
    found = claims_of("Der Pilot bemerkte den Schaden kurz nach dem Start, umkehren konnte er aber nicht mehr.")
    assert all("umkehren konnte er" != c.content[:18] for c in found)


@pytest.mark.parametrize("text", [
    "Die Polizei fand den Wagen, in dem angeblich die Beute versteckt war.",
    "Die Aussage des angeblich bestohlenen Händlers wurde nicht überprüft.",
    "Das Werk hätte zehn Millionen Teile liefern sollen und wäre damit voll ausgelastet gewesen.",
])
def test_hearsay_marker_in_a_subclause_or_before_a_noun_or_as_a_substitute_infinitive_is_no_hearsay(text):
    assert all(c.kind != "hearsay" for c in claims_of(text))


def test_hearsay_still_found_in_the_main_clause():
    assert only("Der Täter soll die Beute im Wald versteckt haben.").kind == "hearsay"
    assert only("Angeblich war der Wagen nicht versichert.").kind == "hearsay"


def test_possessive_sein_is_no_reportative_infinitive():
    found = claims_of("Im Mai soll er sein Amt antreten.")
    assert all(c.kind != "hearsay" for c in found)


def test_fordern_with_casualties_claims_lives_and_reports_nothing():
    assert all(c.cue != "forderte" for c in claims_of("Das Erdbeben forderte mindestens 40 Todesopfer."))
    c = only("Der Verband forderte mehr Hilfe für die Verletzten.")
    assert c.cue == "forderte" and c.content == "mehr Hilfe für die Verletzten"


def test_quotation_after_a_title_noun_is_no_direct_claim():
    text = "Unter dem Motto „Mut statt Angst vor Veränderung“ zogen nach Angaben der Polizei 3.000 Menschen los."
    assert all(c.kind != "direct" for c in claims_of(text))


def test_nach_phrase_opening_a_parenthesis_reports_the_rest_of_it():
    text = "Der Sturm traf die Küste bei Husum (nach anderen Angaben erreichte er die Küste erst bei Büsum)."
    c = only(text)
    assert c.content == "erreichte er die Küste erst bei Büsum"


def test_temporal_clause_after_a_nach_angaben_sentence_is_not_content():
    text = "Die Angreifer sollen nach ersten Angaben zwei Wachleute verletzt haben, bevor die Polizei eingriff."
    c = next(c for c in claims_of(text) if c.cue == "nach")
    assert c.content == "Die Angreifer sollen nach ersten Angaben zwei Wachleute verletzt haben"


def test_short_lower_case_quotation_inside_reported_speech_is_a_direct_claim():
    found = claims_of("Die Ministerin sagte, der Plan „funktioniert nicht“.")
    assert any(c.kind == "direct" and c.content == "funktioniert nicht" for c in found)


@pytest.mark.parametrize("text", [
    "Der Sender berichtete, auf „tagesschau.de“ sei der Text zuerst erschienen.",
    "Die Forscher sagten, das Tier („kleiner Riese“) sei selten.",
])
def test_web_address_or_translation_in_quotation_marks_is_no_direct_claim(text):
    assert all(c.kind != "direct" for c in claims_of(text))


def test_announced_object_that_only_names_information_is_no_claim():
    assert all(c.cue != "gab" for c in claims_of("Die Behörde gab am Abend weitere Einzelheiten bekannt."))
    c = only("Die Behörde gab am Abend die Festnahme von zwei Männern bekannt.")
    assert c.cue == "gab"


@pytest.mark.parametrize("text", [
    "Seit Mai gilt eine neue Norm für Ladekabel, genannt „USB-C 2.1“.",
    "Mit „Bomber“, wie er von seinen Fans genannt wird, gewann der Verein drei Titel.",
])
def test_naming_participle_is_no_cue(text):
    assert all(c.cue != "genannt" for c in claims_of(text))


def test_intent_modal_with_a_pronoun_subject_reports_nothing():
    assert all(c.cue != "will" for c in claims_of("Sie will ihren Fall vor ein höheres Gericht bringen."))
    assert only("Die Partei will die Steuern senken.").source == "Partei"


def test_reported_clause_ends_before_a_coordinated_clause_with_its_own_subject_and_cue():
    text = "Er kritisierte, die Regierung habe versagt und die Fraktion der Grünen forderte eine Untersuchung."
    c = next(c for c in claims_of(text) if c.cue == "kritisierte")
    assert c.content == "die Regierung habe versagt"

# --- continued reported speech: who a cue-less Konjunktiv sentence continues ---

def _continued(text):
    return [c for c in claims_of(text) if c.kind == "continued"]


def test_claimless_sentence_with_a_named_subject_introduces_the_speaker():
    text = ("Die Stadt plant eine neue Brücke über den Fluss. Bürgermeisterin Eva Roth wies die Kritik zurück. "
            "Die Kosten seien gering.")
    [c] = _continued(text)
    assert c.source == "Eva Roth" and c.content == "Die Kosten seien gering."


def test_claimless_sentence_with_a_speaking_body_as_subject_introduces_it():
    text = "Die Landesregierung sieht derzeit keine Gefahr für die Bevölkerung. Die Werte lägen unter dem Grenzwert."
    [c] = _continued(text)
    assert c.source == "Landesregierung"


def test_inverted_subject_after_an_adverbial_introduces_the_speaker():
    text = "Am Rande der Sitzung äußerte sich auch Ministerin Anna Weber. Das Gesetz komme viel zu spät."
    [c] = _continued(text)
    assert c.source == "Anna Weber"


def test_name_in_apposition_to_the_role_is_the_introduced_speaker():
    text = "Auch die Vorsitzende des Vereins, Petra Lang, äußerte sich kritisch. Sie rate zur Vorsicht."
    [c] = _continued(text)
    assert c.source == "Petra Lang"


def test_a_new_speaker_in_a_claimless_sentence_replaces_the_previous_one():
    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde gesperrt. Die Opposition kritisierte den Plan scharf. "
            "Der Umbau dauere viel zu lange.")
    [c] = _continued(text)
    assert c.source == "Opposition"


def test_subject_that_names_no_speaker_introduces_none():
    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde gesperrt. Fünf Personen erlitten bei dem Unfall einen "
            "Schock. Besondere Probleme gab es mit dem Verkehr. Der Umbau dauere viel zu lange.")
    assert all(c.source not in ("Fünf Personen", "Besondere Probleme") for c in claims_of(text))


def test_speaker_survives_a_sentence_that_mentions_no_one():
    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde gesperrt. Sirenen heulten in der ganzen Stadt. "
            "Viele Menschen seien auf die Straße gelaufen.")
    [c] = _continued(text)
    assert c.source == "Eva Roth"


def test_continuation_of_an_impersonal_report_has_no_source():
    text = "Dem Minister wird vorgeworfen, Gelder veruntreut zu haben. Er habe die Summen jahrelang verschleiert."
    [c] = _continued(text)
    assert c.source is None


def test_continuation_of_hearsay_has_no_source():
    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde gesperrt. Der Täter soll mit einem Auto geflohen sein. "
            "Er habe das Fahrzeug zuvor gestohlen.")
    found = claims_of(text)
    assert [c.kind for c in found] == ["indirect", "hearsay", "continued"]
    assert found[1].source is None and found[2].source is None


@pytest.mark.parametrize("first", ["Im Bericht der Kommission werden zahlreiche Mängel aufgeführt.",
                                   "Die Mängel werden im Bericht der Kommission ausführlich beschrieben."])
def test_report_named_in_a_sentence_is_the_source_of_what_follows(first):
    [c] = _continued(first + " Die Aufsicht habe jahrelang versagt.")
    assert "Bericht" in c.source


@pytest.mark.parametrize("second", [
    "Den Ausgaben ständen kaum Einnahmen gegenüber.",
    "Offen bliebe auch die Frage nach dem Geld.",
    "Dieses belaste die Finanzen der Stadt.",
])
def test_more_konjunktiv_forms_continue_the_speaker(second):
    [c] = _continued("Bürgermeisterin Eva Roth sagte, die Stadt müsse sparen. " + second)
    assert c.source == "Eva Roth" and c.content == second


def test_continuation_run_is_one_claim_when_the_setting_asks_for_it():
    from claims.lexicon import load_lexicon

    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde gesperrt. Die Kosten lägen bei drei Millionen Euro. "
            "Der Umbau sei dringend nötig.")
    assert [c.kind for c in claims_of(text)] == ["indirect", "continued", "continued"]
    settings = load_lexicon("de").settings
    settings["continuation_claim_per_sentence"] = False
    try:
        found = claims_of(text)
    finally:
        settings["continuation_claim_per_sentence"] = True
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].content == "Die Kosten lägen bei drei Millionen Euro. Der Umbau sei dringend nötig."
    assert found[1].source == "Eva Roth"


def test_wuerden_continues_even_after_a_sentence_without_a_claim():
    text = "Die Gewerkschaft kritisierte die Pläne scharf. Die Beschäftigten würden dadurch benachteiligt."
    [c] = _continued(text)
    assert c.source == "Gewerkschaft"

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


# --- false positives and content boundaries (round 2): planned states, quoted source names ---

def test_soll_sein_with_a_future_time_is_a_plan_not_hearsay():
    text = "Bis zum Jahr 2030 soll die neue Brücke über den Fluss fertiggestellt sein."
    assert not [c for c in claims_of(text) if c.kind == "hearsay"]


def test_soll_worden_sein_stays_hearsay_even_with_a_future_word():
    text = "Bis Ende des Monats sollen dort schon zwanzig Häuser geräumt worden sein."
    assert [c for c in claims_of(text) if c.kind == "hearsay"]


def test_soll_sein_without_a_future_time_stays_hearsay():
    assert [c for c in claims_of("Der Fahrer soll betrunken gewesen sein.") if c.kind == "hearsay"]


def test_quoted_name_after_the_source_noun_belongs_to_the_source():
    text = "Laut einem Bericht der Zeitschrift „Grüne Welt“ sinkt die Zahl der Bienen seit Jahren."
    c = only(text)
    assert c.kind == "indirect"
    assert c.content == "sinkt die Zahl der Bienen seit Jahren"
    assert "Grüne Welt" in c.source


def test_nach_before_a_direction_adverb_is_no_source():
    text = "Die Fahrgäste wünschen sich eine freie Sicht nach draußen."
    assert not [c for c in claims_of(text) if c.cue == "nach"]


def test_state_passive_subject_is_no_speaker():
    found = claims_of("Weitere Kundgebungen sind für den kommenden Samstag angekündigt.")
    assert all(c.kind == "unattributed" for c in found)


def test_perfect_with_sein_keeps_its_subject_as_speaker():
    c = only("Die Ermittler waren zunächst davon ausgegangen, dass der Brand gelegt worden sei.")
    assert c.source == "Ermittler"
    assert c.content == "dass der Brand gelegt worden sei"


def test_wording_verb_with_a_title_noun_subject_gives_a_name():
    for text in ("Der Titel der neuen Ausstellung lautet „Licht und Schatten“.",
                 "„Nordlicht“, so heißt ein geplantes Projekt der Stadtwerke."):
        assert all(c.kind == "unattributed" for c in claims_of(text)), text


def test_wording_verb_with_a_speaker_subject_still_reports():
    c = only("Die Antwort des Sprechers lautete: „Wir bleiben bei unserem Plan.“", kind="direct")
    assert c.content == "Wir bleiben bei unserem Plan."


def test_trailing_so_source_with_a_long_genitive_ends_the_content():
    text = ("Die meisten Wunderheiler versprechen zu viel, so das Ergebnis einer neuen Studie der Verbraucherzentrale, "
            "in der fünfzig Angebote geprüft wurden.")
    c = only(text)
    assert c.cue == "so"
    assert c.content == "Die meisten Wunderheiler versprechen zu viel"


def test_so_insertion_after_a_fronted_adverbial_keeps_the_sentence():
    text = ("Vom Frühjahr bis zum Herbst, so die Ermittlungen eines Staatsanwalts, der den Fall prüfte, "
            "sei der Mann in dem Lager eingesetzt gewesen.")
    c = only(text)
    assert c.content.startswith("Vom Frühjahr") and c.content.endswith("eingesetzt gewesen")


def test_nach_before_a_prefixed_process_noun_is_no_source():
    text = "Nach der Auszählung aller Stimmen liegt die Kandidatin Maria Feld mit 55 Prozent vorne."
    assert not [c for c in claims_of(text) if c.cue == "Nach"]


def test_nach_before_a_compound_report_noun_is_a_source():
    c = only("Nach Polizeiangaben wurden drei Menschen verletzt.")
    assert c.cue == "Nach" and c.content == "wurden drei Menschen verletzt"


def test_quoted_words_after_a_person_source_stay_content():
    text = "Der Antrag wird nach Angaben der Staatsanwaltschaft Bonn „mit aller Sorgfalt“ geprüft."
    found = [c for c in claims_of(text) if c.cue == "nach"]
    assert found and "Sorgfalt" not in (found[0].source or "")

# --- missed indirect reports: extended attributes in the speaker phrase, more "nach" heads, "wie sich aus X
# ergab", passive reports in a relative clause, an inserted prepositional phrase, "Sowohl X als auch Y" ---

def test_laut_source_with_an_extended_attribute():
    c = only("Laut einer am Montag verbreiteten Mitteilung des Verbandes wurden 300 Familien mit Wasser versorgt.")
    assert c.cue == "Laut" and c.content.startswith("wurden 300 Familien")
    assert "Mitteilung des Verbandes" in c.source


def test_speaker_with_an_extended_attribute_resolves_to_the_head_noun():
    c = only("„Das wird ein großer Abend“, schrieb die in Hamburg geborene Falk.", kind="direct")
    assert c.source == "Falk"


def test_extended_participle_attribute_before_a_role_noun():
    c = only("Das sagte der vom Senat eingesetzte Koordinator, die Boote seien im Einsatz.")
    assert c.content == "die Boote seien im Einsatz"
    assert c.source_mention == "der vom Senat eingesetzte Koordinator"


def test_nach_einer_veroeffentlichung_is_a_report():
    c = only("Nach einer Veröffentlichung im Fachblatt „Natur“ haben Forscher eine neue Tierart entdeckt.")
    assert c.cue == "Nach" and c.content.startswith("haben Forscher")


def test_wie_sich_aus_x_ergab():
    c = only("Wie sich aus dem Gutachten der Prüfer ergab, hatte der Fahrer zu spät gebremst.")
    assert c.content == "hatte der Fahrer zu spät gebremst" and "Gutachten" in c.source


def test_passive_report_in_a_relative_clause_has_no_source():
    c = only("In Kassel wurden zwei Männer festgenommen, die beschuldigt werden, Geld gewaschen zu haben.")
    assert c.content == "Geld gewaschen zu haben" and c.source is None


def test_relative_clause_with_an_active_verb_is_no_passive_report():
    assert not [c for c in claims_of("Es kamen zwei Männer, die beschuldigt hatten, nichts zu wissen.")
                if c.content == "nichts zu wissen" and c.source is None]


def test_prepositional_phrase_between_apposition_and_content():
    c = only("So sagte der Sprecher der Stadt, Tom Reich, gegenüber der Zeitung, dass die Brücke gesperrt bleibe.")
    assert c.content == "dass die Brücke gesperrt bleibe" and c.source_mention == "der Sprecher der Stadt"


def test_sowohl_als_auch_subject():
    c = only("Sowohl die Regierung als auch die Opposition erklärten, die Wahl sei fair gewesen.")
    assert c.content == "die Wahl sei fair gewesen"
    assert c.source_mention == "Sowohl die Regierung als auch die Opposition"


def test_speech_noun_before_a_separated_particle():
    c = only("Die Firma zog das Angebot mit der Begründung zurück, es sei zu teuer.")
    assert c.cue == "Begründung" and c.content == "es sei zu teuer" and c.source == "Firma"


def test_wonach_after_a_quoted_name():
    c = only("Ein Bericht der Zeitung „Morgenpost“, wonach der Bürgermeister zurücktrete, wurde dementiert.")
    assert c.cue == "wonach" and c.content == "der Bürgermeister zurücktrete"
    assert c.source_mention == "Ein Bericht der Zeitung „Morgenpost“"


def test_zufolge_after_a_quoted_name():
    c = only("Einem Bericht der Zeitung „Morgenpost“ zufolge wird die Brücke im Mai eröffnet.")
    assert c.cue == "zufolge" and c.source_mention == "Einem Bericht der Zeitung „Morgenpost“"


def test_nach_der_veroeffentlichung_is_a_time():
    assert not [c for c in claims_of("Nach der Veröffentlichung des Buches reiste die Autorin nach Rom.")
                if c.kind != "unattributed"]


def test_werten_with_a_noun_object_reports_the_whole_clause():
    c = only("Die Veranstalter werteten die Aktion als großen Erfolg.")
    assert c.cue == "werteten" and c.source == "Veranstalter"
    assert c.content == "Die Veranstalter werteten die Aktion als großen Erfolg"


def test_nach_denen_after_a_report_noun_with_a_prepositional_phrase():
    c = only("Das folgt aus den Umfragen im Land, nach denen 60 Prozent der Wähler die Reform ablehnen.")
    assert c.content == "60 Prozent der Wähler die Reform ablehnen" and "Umfragen" in c.source


def test_passive_report_with_a_fused_zu_infinitive():
    c = only("Die Anwohner wurden von der Feuerwehr angewiesen, die Fenster zu schließen und im Haus abzuwarten.")
    assert c.source == "Feuerwehr" and c.content.endswith("im Haus abzuwarten")


def test_passive_report_with_only_a_fused_zu_infinitive():
    c = only("Die Anwohner wurden von der Feuerwehr angewiesen, sich im Keller aufzuhalten.")
    assert c.source == "Feuerwehr" and c.content == "sich im Keller aufzuhalten"


def test_weak_cue_in_a_subordinate_clause_with_a_zu_infinitive():
    found = [c for c in claims_of("Während die Sängerin erklärte, sehr aufgeregt zu sein, blieb der Trainer ruhig.")
             if c.kind == "indirect"]
    assert len(found) == 1 and found[0].source == "Sängerin" and found[0].content == "sehr aufgeregt zu sein"

# --- continuation speakers and quotes of the bucket "missed Direct / IndirectFreeIndirect" (round 2, engineer 8)

def test_continuation_after_a_lower_case_role_source():
    text = ("Die zuständige Staatssekretärin sagte dem Sender, dass die Reform bald komme. "
            "Ein neues Gesetz sei dafür nicht notwendig.")
    found = [c for c in claims_of(text) if c.content == "Ein neues Gesetz sei dafür nicht notwendig."]
    assert len(found) == 1 and found[0].kind == "continued" and found[0].source.endswith("Staatssekretärin")


def test_continuation_after_a_body_named_with_an_adjective():
    text = ("Die norwegische Regierung teilte mit, dass die Fähre wieder fahre. "
            "Der Hafen sei seit dem Morgen geöffnet.")
    found = [c for c in claims_of(text) if c.content == "Der Hafen sei seit dem Morgen geöffnet."]
    assert len(found) == 1 and found[0].kind == "continued" and found[0].source.endswith("Regierung")


def test_party_name_with_a_slash_does_not_hide_the_speaker_in_apposition():
    text = ("Der Fraktionschef von Bündnis 90/Die Grünen, Karl Brand, lehnte den Haushalt ab. "
            "Die Zahlen seien geschönt.")
    found = [c for c in claims_of(text) if c.content == "Die Zahlen seien geschönt."]
    assert len(found) == 1 and found[0].source == "Karl Brand"


def test_darstellen_is_no_cue_that_takes_the_sentence_before_as_content():
    text = ("Das Landgericht wertete die Zahlung als „grobe Verschwendung“. "
            "Dieses stelle einen klaren Verstoß gegen das Aktienrecht dar.")
    claims = claims_of(text)
    assert not any(c.cue == "stelle" for c in claims)
    found = [c for c in claims if c.content == "Dieses stelle einen klaren Verstoß gegen das Aktienrecht dar."]
    assert len(found) == 1 and found[0].source == "Landgericht"



def test_quote_before_a_passive_zitiert_takes_the_subject_after_the_auxiliary():
    text = ("„Wir geben dieses Rennen noch nicht verloren“, wird die Teamchefin in der Zeitung „Sportwelt“ "
            "zitiert.")
    c = only(text, kind="direct")
    assert c.content == "Wir geben dieses Rennen noch nicht verloren"
    assert c.source == "Teamchefin"
    assert c.cue == "zitiert"


def test_inverted_subject_of_the_first_conjunct_speaks_in_the_second():
    text = "Am Montag trat die Bürgermeisterin Eva Lang vor die Presse und sagte, die Brücke bleibe gesperrt."
    c = only(text, kind="indirect")
    assert c.source == "Eva Lang"
    assert c.content == "die Brücke bleibe gesperrt"


def test_capitalised_chant_after_wie_is_the_quoted_content():
    c = only("Die Streikenden skandierten Parolen wie „Faire Löhne“.", kind="direct")
    assert c.content == "Faire Löhne"
    assert c.source == "Streikenden"


def test_article_with_an_adverb_among_its_adjectives_opens_the_reported_clause():
    text = "Die Reederei meldete gestern, der erste rein elektrische Frachter sei in Hamburg angekommen."
    c = only(text, kind="indirect")
    assert c.source == "Reederei"
    assert c.content == "der erste rein elektrische Frachter sei in Hamburg angekommen"


def test_continuation_after_a_source_in_quotation_marks():
    text = ("Die Kundgebung blieb laut „Morgenpost“ weitgehend friedlich. "
            "Dabei seien nur vereinzelt Flaschen geworfen worden.")
    found = [c for c in claims_of(text) if c.content == "Dabei seien nur vereinzelt Flaschen geworfen worden."]
    assert len(found) == 1 and found[0].kind == "continued" and found[0].source == "„Morgenpost“"


def test_continuation_after_a_lower_case_report_source():
    text = ("Es gebe ersten Angaben zufolge drei Verletzte. "
            "Zwei von ihnen seien mit dem Hubschrauber in eine Klinik gebracht worden.")
    found = [c for c in claims_of(text) if c.content.startswith("Zwei von ihnen")]
    assert len(found) == 1 and found[0].kind == "continued" and found[0].source == "ersten Angaben"


def test_passive_zitiert_names_the_quoted_person_not_the_report():
    text = "In der Mitteilung des Vereins wird Trainer Ole Berg wie folgt zitiert: „Wir haben hart gearbeitet.“"
    c = only(text, kind="direct")
    assert c.content == "Wir haben hart gearbeitet."
    assert c.source == "Ole Berg"


def test_party_name_with_a_slash_introduces_the_speaker_of_a_continuation():
    text = "Bündnis 90/Die Grünen lehnten den Haushalt ab. Die Zahlen seien geschönt."
    found = [c for c in claims_of(text) if c.content == "Die Zahlen seien geschönt."]
    assert len(found) == 1 and found[0].kind == "continued" and found[0].source == "Bündnis 90/Die Grünen"


def test_participle_with_a_preposition_opening_the_sentence_is_no_speaker():
    text = "Passend zu dem Wetter warnte die Meteorologin Ute Klein, der Sturm werde am Abend stärker."
    c = only(text, kind="indirect")
    assert c.source == "Meteorologin Ute Klein"
    assert c.content == "der Sturm werde am Abend stärker"

# --- source of a claim whose content is right (h5): mention spans of continued and anaphoric sources ---

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


# --- false positives (round 3): negated cues, "sich für … aussprechen", writer's conditional ---

def test_negated_verb_final_cue_gives_no_claim():
    found = claims_of("Ein Sprecher der Stadtwerke wollte nicht bestätigen, dass die Preise im Mai steigen.")
    assert [c for c in found if c.kind in ("indirect", "direct")] == []


def test_negation_before_separated_particle_gives_no_claim():
    found = claims_of("Den Namen des Verdächtigen gab die Staatsanwaltschaft nicht bekannt.")
    assert [c for c in found if c.kind in ("indirect", "direct")] == []


def test_affirmed_separable_cue_still_counts():
    c = only("Die Staatsanwaltschaft gab am Abend bekannt, dass der Verdächtige gefasst sei.", kind="indirect")
    assert c.source_mention.endswith("Staatsanwaltschaft")


def test_es_ist_nicht_bekannt_gives_no_claim():
    found = claims_of("Es ist nicht bekannt, ob die Firma eine Strafe zahlen muss.")
    assert [c for c in found if c.kind in ("indirect", "direct")] == []


def test_sich_fuer_etwas_aussprechen_with_a_noun_phrase_is_no_claim():
    found = claims_of("Die Bürgermeisterin Anna Roth sprach sich für einen neuen Radweg am Fluss aus.")
    assert [c for c in found if c.kind in ("indirect", "direct")] == []


def test_aussprechen_with_a_clause_still_counts():
    c = only("Die Bürgermeisterin Anna Roth sprach sich dafür aus, den Radweg am Fluss auszubauen.",
             kind="indirect")
    assert c.source == "Anna Roth"


def test_singular_konjunktiv_ii_modal_does_not_continue_the_speaker():
    found = claims_of("Der Minister Paul Berg sagte, die Brücke sei marode. "
                      "Bei einem Einsturz müsste die Stadt die Straße für Jahre sperren.")
    assert [c.kind for c in found if c.kind != "unattributed"] == ["indirect"]


def test_weder_noch_negates_both_cues():
    found = claims_of("Die Feuerwehr konnte weder bestätigen noch ausschließen, dass das Feuer gelegt wurde.")
    assert [c for c in found if c.kind in ("indirect", "direct")] == []

# --- Konjunktiv continuation (round 3): writer's hedges, lower-case names, compound report nouns ---


def test_writers_hedge_in_konjunktiv_ii_continues_no_speaker():
    found = claims_of("Die Ministerin sagte, die Reform sei beschlossen. Die Kosten seien gering. "
                      "Die Maßnahme könnte sich dennoch als teuer erweisen.")
    assert [c.kind for c in found] == ["indirect", "continued", "unattributed"]


def test_past_sollten_continues_no_speaker():
    found = claims_of("Der Sprecher sagte, das Werk werde geschlossen. Die Arbeiten sollten ursprünglich im Mai "
                      "beginnen.")
    assert [c.kind for c in found if c.kind != "unattributed"] == ["indirect"]


def test_konjunktiv_i_after_a_web_address_continues_the_speaker():
    found = claims_of("Der Verein Wikimedia Deutschland teilte mit, dass die Server gestört seien. "
                      "Der Zugriff über de.wikipedia.org funktioniere aber weiterhin.")
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].source == found[0].source


def test_lower_case_compound_report_is_continued():
    found = claims_of("Dem ai-Bericht zufolge ist die Lage ernst. Die Polizei habe oft nicht reagiert.")
    assert [(c.kind, c.source) for c in found] == [("indirect", "ai-Bericht"), ("continued", "ai-Bericht")]


def test_dative_plural_speaker_noun_is_continued():
    found = claims_of("Laut politischen Beobachtern ist die Lage offen. Die Koalition habe kaum eine Mehrheit.")
    assert [(c.kind, c.source) for c in found] == [("indirect", "politischen Beobachtern"),
                                                   ("continued", "politischen Beobachtern")]

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

# --- round 3: matched claims with the wrong source ---

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


# --- false positives: enumerations that end a passive clause (round 4, engineer 14) ---

def test_enumeration_before_a_passive_participle_is_no_speaker():
    found = claims_of("Im Sommer werden auch Kurse für Kinder, Lesungen und Führungen angeboten.")
    assert all(c.source is None or "Führungen" not in c.source for c in found)
    found = claims_of("Er wurde wegen Betrugs, Untreue und Bestechung verurteilt.")
    assert all(c.source is None or "Bestechung" not in c.source for c in found)


def test_wie_clause_after_a_passive_aux_keeps_its_speaker():
    found = claims_of("Der Bau wird viel Geld kosten, wie der Minister, Leiter des Ressorts, betont.")
    assert any(c.source and "Minister" in c.source for c in found) or any(
        c.source and "Leiter" in c.source for c in found)

# --- cue known but no claim built (round 4, engineer 13) ---

def test_apposition_after_a_prepositional_phrase_before_the_content():
    c = only("Dazu schrieb der Reporter Jan Holm in der Tageszeitung, einem kleinen Blatt, die Stadt sei pleite.")
    assert (c.source, c.content) == ("Reporter Jan Holm", "die Stadt sei pleite")


def test_lower_case_camel_name_is_a_speaker():
    c = only("eBay hält es für möglich, dass der Preis noch steigt.")
    assert c.source == "eBay"
    c = only("iTunes-Betreiber Apple sagte, dass der Preis noch steige.")
    assert c.source is not None


def test_reported_subject_with_relative_clauses_before_its_konjunktiv():
    c = only("Der Trainer meinte weiter, Anna Berg, die lange verletzt war, sei die beste Spielerin gewesen.")
    assert (c.source, c.content) == ("Trainer", "Anna Berg, die lange verletzt war, sei die beste Spielerin gewesen")


def test_apposition_with_auch_and_participle_before_dass():
    c = only("Im Bericht erklärte der Verlag, das auch die Abendpost druckende Haus Kern, dass die Lage schwierig sei.")
    assert (c.source, c.content) == ("Verlag", "dass die Lage schwierig sei")

# --- direct claims: verbs that introduce a quote (engineer 15) ---

def test_herausstreichen_after_a_quote_names_its_speaker():
    c = only("„Wir bauen die Brücke bis zum Sommer“, strich die Bürgermeisterin in Kassel heraus.", kind="direct")
    assert c.source == "Bürgermeisterin"
    assert c.content.startswith("Wir bauen die Brücke")


def test_herausstreichen_without_a_clause_or_quote_is_no_cue():
    found = claims_of("Der Lehrer strich den Fehler im Heft heraus.")
    assert not any(c.cue and "strich" in c.cue for c in found)
