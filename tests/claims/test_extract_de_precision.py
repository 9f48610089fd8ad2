"""German precision: sentences that look like reports but attribute no claim of their own (hand-written texts).

Each test is a construction that used to give a false claim: a content that is only the rest of a verb complex
or a bare pronoun, a naming verb used reflexively, the writer's counterfactual after a speaker's report, and a
speaker's own thought inside their reported statement.
"""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_auxiliaries_after_a_verb_final_cue_are_no_content():
    text = "Die Stadträtin Maria Lenz kritisierte den Beschluss. Die Anwohner hätten die Sanierung verlangen müssen."
    assert [c for c in claims_of(text) if c.kind != "unattributed"] == []


def test_perfect_auxiliary_after_a_participle_cue_is_no_content():
    text = "Laut Polizei wurde der Wagen gestoppt. Dabei sollen die Insassen laute Parolen skandiert haben."
    assert [c.content for c in claims_of(text) if c.kind == "indirect"] == ["wurde der Wagen gestoppt"]


def test_bare_pronoun_object_is_no_content():
    assert claims_of("Der Konzern streitet dies ab.") == []


def test_naming_verb_with_inverted_pronoun_and_sich_is_no_cue():
    text = "Die Messe zieht im Sommer um. Dann nennt sie sich „Kunstwochen Nord“ und findet in Kiel statt."
    assert [c for c in claims_of(text) if c.kind != "unattributed"] == []


def test_counterfactual_condition_does_not_continue_the_speaker():
    text = ("Bürgermeister Tom Weber sagte, die Stadt habe das Geld nicht. "
            "Wenn das Land früher gezahlt hätte, wäre die Schule längst saniert worden.")
    assert [c.kind for c in claims_of(text)] == ["indirect", "unattributed"]


def test_condition_with_konjunktiv_i_main_clause_still_continues():
    text = ("Bürgermeister Tom Weber sagte, die Stadt habe das Geld nicht. "
            "Wenn das Land nicht zahlen würde, drohe die Schließung der Schule.")
    c = only(text, "continued")
    assert c.source == "Tom Weber"


def test_speakers_own_hope_inside_their_statement_is_part_of_it():
    c = only("Die Sprecherin Anna Roth teilte mit, sie hoffe darauf, dass die Verhandlungen bald beginnen.")
    assert c.content == "sie hoffe darauf, dass die Verhandlungen bald beginnen"
    assert c.source == "Anna Roth"


def test_another_speakers_report_inside_a_statement_stays_a_claim():
    text = "Der Minister Paul Kern sagte, Gewerkschaftschef Max Ried habe erklärt, dass die Streiks bald enden."
    sources = [c.source for c in claims_of(text) if c.kind == "indirect"]
    assert len(sources) == 2 and sources[0] == "Paul Kern" and sources[1].endswith("Max Ried")


# --- false positives and content boundaries: planned states, quoted source names ---

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


# --- false positives: negated cues, "sich für … aussprechen", writer's conditional ---

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


# --- false positives: enumerations that end a passive clause ---

def test_enumeration_before_a_passive_participle_is_no_speaker():
    found = claims_of("Im Sommer werden auch Kurse für Kinder, Lesungen und Führungen angeboten.")
    assert all(c.source is None or "Führungen" not in c.source for c in found)
    found = claims_of("Er wurde wegen Betrugs, Untreue und Bestechung verurteilt.")
    assert all(c.source is None or "Bestechung" not in c.source for c in found)


def test_wie_clause_after_a_passive_aux_keeps_its_speaker():
    found = claims_of("Der Bau wird viel Geld kosten, wie der Minister, Leiter des Ressorts, betont.")
    assert any(c.source and "Minister" in c.source for c in found) or any(
        c.source and "Leiter" in c.source for c in found)
