"""German reports the extractor used to miss entirely: a year before the finite cue, an attribute phrase in the
speaker, characterising acts with "als", far prepositions of particle verbs and "halten … für", time phrases that
open reported content, "mit der Begründung", reported acts in prepositional relative clauses, and verbs of agreeing,
deliberating, conceding and taking offence (hand-written texts)."""
from __future__ import annotations

import pytest

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


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


# --- cue known but no claim built ---

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


# --- particles after an inserted clause, passive speech acts with an agent, speech nouns with their verbs ---

def test_separated_particle_after_an_inserted_subordinate_clause():
    c = only("Die Opposition warf dem Bürgermeister, nachdem die Zahlen bekannt wurden, vor, er habe gelogen.",
             "indirect")
    assert c.cue == "warf"
    assert c.content == "er habe gelogen"
    assert c.source == "Opposition"


def test_separated_particle_after_an_inserted_relative_clause():
    c = only("Die Stadtwerke teilten, die den Betrieb übernommen haben, mit, dass die Preise steigen würden.",
             "indirect")
    assert c.content == "dass die Preise steigen würden"


def test_agent_of_a_passive_speech_act_speaks_the_following_konjunktiv():
    found = claims_of("Das Gesetz wurde vom Bundesverband der Bauindustrie scharf kritisiert. "
                      "Es verteuere das Bauen unnötig.")
    c = next(c for c in found if c.kind == "continued")
    assert c.content == "Es verteuere das Bauen unnötig."
    assert c.source == "Bundesverband der Bauindustrie"


def test_von_after_a_report_noun_is_no_passive_agent():
    found = claims_of("In einem Bericht von Amnesty International werden die Zustände in den Lagern kritisiert. "
                      "Die Gefangenen seien ohne Prozess inhaftiert.")
    c = next(c for c in found if c.kind == "continued")
    assert c.source == "Bericht von Amnesty International"  # the report speaks, as before


def test_speech_noun_with_gemacht():
    c = only("Die Agentur hatte die Vorgabe gemacht, dass nur drei Fotografen zugelassen werden.", "indirect")
    assert c.cue == "Vorgabe"
    assert c.content == "dass nur drei Fotografen zugelassen werden"
    assert c.source == "Agentur"


def test_speech_noun_with_unterbreitet():
    c = only("Der Verband hat den Vorschlag unterbreitet, die Gebühren zu halbieren.", "indirect")
    assert c.content == "die Gebühren zu halbieren"
    assert c.source == "Verband"


def test_selber_between_subject_and_verb():
    c = only("Die Gewerkschaft selber warf dem Vorstand vor, er habe die Zahlen geschönt.", "indirect")
    assert c.source == "Gewerkschaft"
    assert c.content == "er habe die Zahlen geschönt"


def test_speech_noun_with_getroffen_gefasst_gestellt():
    for text, noun in (("Der Vorstand hat die Entscheidung getroffen, das Werk zu schließen.", "Entscheidung"),
                       ("Der Rat hat den Beschluss gefasst, das Werk zu schließen.", "Beschluss"),
                       ("Die Ministerin hat die Forderung gestellt, die Deiche zu erhöhen.", "Forderung")):
        c = only(text, "indirect")
        assert c.cue == noun
        assert c.content.endswith("zu schließen") or c.content == "die Deiche zu erhöhen"


def test_speech_noun_with_inverted_subject_after_an_opening_adverb():
    c = only("Daher formulierten die Forscher die Hypothese, dass Mehl eine größere Rolle spielte.", "indirect")
    assert c.cue == "Hypothese"
    assert c.source == "Forscher"
    assert c.content == "dass Mehl eine größere Rolle spielte"


def test_speech_noun_inside_a_relative_clause_is_not_the_inverted_subjects():
    found = claims_of("Ebenso änderte Paul Berger, einer der Zeugen, die der Überzeugung waren, der Täter sei "
                      "geflohen, seine Aussage.")
    assert not any(c.source == "Paul Berger" and c.cue == "Überzeugung" for c in found)
