"""German continued reported speech: which speaker a cue-less Konjunktiv sentence (or a quote
without a cue) goes on with, across sentences of one text (hand-written texts)."""
from __future__ import annotations

import pytest

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


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


# --- continuation speakers and quotes

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


# --- Konjunktiv continuation: writer's hedges, lower-case names, compound report nouns ---


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


# --- reportative "soll" with a gap, planned "soll", names with a lower-case particle ---

def test_reportative_soll_continues_a_report_over_one_sentence_without_claim():
    text = ("Nach Angaben der Feuerwehr brannte die Scheune am Abend vollständig ab. Verletzt wurde niemand. "
            "Ein Nachbar soll das Feuer gelegt haben.")
    c = only(text, "continued")
    assert c.content == "Ein Nachbar soll das Feuer gelegt haben."
    assert c.source == "Feuerwehr"


def test_reportative_soll_two_sentences_after_the_report_stays_hearsay():
    text = ("Nach Angaben der Feuerwehr brannte die Scheune am Abend vollständig ab. Verletzt wurde niemand. "
            "Das Dach stammte aus dem Jahr 1890. Ein Nachbar soll das Feuer gelegt haben.")
    c = only(text, "hearsay")
    assert c.source is None


def test_planned_soll_right_after_a_reported_plan_continues_its_source():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Dafür sollen im kommenden Jahr drei Millionen Euro bereitgestellt werden.")
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].source == found[0].source
    assert found[1].content == "Dafür sollen im kommenden Jahr drei Millionen Euro bereitgestellt werden."


def test_planned_soll_after_a_continuation_is_not_continued():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Die Eltern würden damit entlastet. Dafür sollen drei Millionen Euro bereitgestellt werden.")
    assert [c.kind for c in claims_of(text) if c.kind != "unattributed"] == ["indirect", "continued"]


def test_planned_soll_in_a_relative_clause_is_not_continued():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Die Halle, die saniert werden soll, wird im Mai geschlossen.")
    assert [c.kind for c in claims_of(text) if c.kind != "unattributed"] == ["indirect"]


def test_speaker_with_a_lower_case_name_particle_is_continued():
    text = "Wie de Vries mitteilte, wurde der Koffer am Flughafen gefunden. In dem Koffer sei kein Sprengstoff gewesen."
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].source == found[0].source == "de Vries"
