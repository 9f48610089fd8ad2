"""Focused German constructions, one hand-written text each (no gold data)."""
from __future__ import annotations

import pytest

from claims.extract import extract_claims
from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_trailing_cue_after_direct_quote():
    text = "„Wir werden die Steuern senken“, sagte Finanzminister Karl Berger am Montag."
    c = only(text)
    assert c.kind == "direct"
    assert c.content == "Wir werden die Steuern senken"
    assert c.source == "Karl Berger"
    assert c.cue == "sagte"


def test_cue_before_quote_with_colon():
    c = only("Die Ministerin sagte: „Das Gesetz kommt noch in diesem Jahr.“")
    assert c.kind == "direct"
    assert "Gesetz kommt" in c.content
    assert c.source_mention == "Die Ministerin"


def test_quote_around_cue():
    text = "„Das ist ein Fehler“, sagte Anna Klein, „und wir werden ihn korrigieren.“"
    found = claims_of(text)
    assert [c.kind for c in found] == ["direct", "direct"]
    assert all(c.source == "Anna Klein" for c in found)
    assert "korrigieren" in found[1].content


def test_quote_over_two_sentences_gives_one_claim_per_sentence():
    text = "„Die Lage ist ernst. Wir brauchen mehr Hilfe“, so Bürgermeister Jan Ott weiter."
    found = claims_of(text)
    assert len(found) == 2
    assert {c.sentence for c in found} == {0, 1}
    assert all(c.source == "Jan Ott" and c.kind == "direct" for c in found)


def test_indirect_speech_with_comma_clause():
    c = only("Der Sprecher betonte, die Verhandlungen seien auf einem guten Weg.")
    assert c.kind == "indirect"
    assert c.content.startswith("die Verhandlungen seien")
    assert c.source_mention == "Der Sprecher"


def test_dass_clause_after_adjunct():
    c = only("Müller schrieb auf seiner Website, dass der Vertrag gekündigt werde.")
    assert c.content.startswith("dass der Vertrag")
    assert c.source == "Müller"


def test_separable_verb_needs_its_particle():
    c = only("Die Firma teilte am Freitag mit, dass 200 Stellen wegfallen.")
    assert c.cue == "teilte"
    assert "200 Stellen" in c.content
    # without the particle "teilte" is not a verb of saying
    assert not [c for c in claims_of("Die Firma teilte den Gewinn mit den Aktionären.") if c.kind != "unattributed"]


def test_separable_verb_with_nominal_content():
    c = only("Die Regierung kündigte ein neues Sparpaket an.")
    assert c.cue == "kündigte"
    assert "neues Sparpaket" in c.content


def test_perfect_tense_with_inverted_subject():
    c = only("Bereits am Sonntag hatte die Polizei berichtet, der Täter sei geflohen.")
    assert c.source_mention == "die Polizei"
    assert c.content.startswith("der Täter sei geflohen")


def test_laut_and_zufolge_and_nach_angaben():
    c = only("Laut Reuters sind bei dem Unglück zwölf Menschen gestorben.")
    assert c.source == "Reuters" and c.cue == "Laut"
    assert c.content.startswith("sind bei dem Unglück")
    c = only("Dem Bericht zufolge stieg die Arbeitslosigkeit im Mai deutlich an.")
    assert c.cue == "zufolge" and "Bericht" in c.source_mention
    c = only("Nach Angaben der Feuerwehr wurden drei Häuser zerstört.")
    assert "Feuerwehr" in c.source_mention
    assert "drei Häuser zerstört" in c.content


def test_wie_x_berichtet():
    c = only("Wie die Zeitung berichtet, soll der Minister zurücktreten.")
    assert c.source_mention == "die Zeitung"
    assert c.content.startswith("soll der Minister")


def test_konjunktiv_continuation():
    text = ("Bürgermeisterin Eva Roth sagte, die Brücke werde im Herbst gesperrt. "
            "Die Kosten lägen bei drei Millionen Euro. Der Umbau sei dringend nötig.")
    found = claims_of(text)
    assert [c.kind for c in found] == ["indirect", "continued", "continued"]
    assert all(c.source == "Eva Roth" for c in found)


def test_indicative_sentence_ends_the_continuation():
    text = ("Eva Roth sagte, die Brücke werde gesperrt. Die Stadt hatte das Projekt 2019 beschlossen. "
            "Die Arbeiten dauerten drei Jahre.")
    kinds = [c.kind for c in claims_of(text)]
    assert kinds == ["indirect", "unattributed", "unattributed"]


def test_hearsay():
    c = only("Der Sänger soll seine Steuern jahrelang nicht bezahlt haben.")
    assert c.kind == "hearsay" and c.source is None and c.cue == "soll"
    c = only("Der Politiker hat angeblich Geld von einer Lobbyfirma angenommen.")
    assert c.kind == "hearsay"


def test_nested_report():
    text = "Ministerin Lena Vogt bezeichnete den Plan als „unsozial“, berichtet tagesschau.de ."
    c = only(text)
    assert c.source == "Lena Vogt"
    assert c.reported_by == "tagesschau.de"
    assert "den Plan" in c.content


def test_speaker_resolution_roles_and_pronouns():
    text = ("Bundeskanzler Olaf Brandt sagte, die Reform komme 2026. "
            "Laut dem Bundeskanzler sei die Finanzierung gesichert. "
            "Er betonte, dass niemand Nachteile habe. "
            "Brandt kündigte weitere Gespräche an.")
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert len(found) == 4
    assert {c.source for c in found} == {"Olaf Brandt"}


def test_groups_and_outlets_are_sources():
    c = only("Die Gewerkschaft forderte, die Löhne um fünf Prozent zu erhöhen.")
    assert c.source == "Gewerkschaft"
    c = only("Die Polizei erklärte, es habe keine Verletzten gegeben.")
    assert c.source == "Polizei"


@pytest.mark.parametrize("text", [
    "Bleiben Sie informiert – abonnieren Sie unseren Newsletter.",
    "Lesen Sie morgen mehr über die Wahl in Berlin.",
    "Wer wird die nächste Wahl in Berlin gewinnen?",
    "Die wichtigsten Fakten zur Wahl",
])
def test_not_claims(text):
    assert claims_of(text) == []


def test_unattributed_statement_of_the_outlet():
    c = only("Die Bahn hat im vergangenen Jahr 1,8 Milliarden Euro Verlust gemacht.")
    assert c.kind == "unattributed" and c.source is None


def test_dateline_is_not_part_of_the_source():
    c = only("BERLIN, 3. März 2024 – Die Ministerin Petra Hahn erklärte, das Gesetz sei verfassungsgemäß.")
    assert c.source == "Petra Hahn"
    assert not c.source_mention.startswith("BERLIN")


def test_relative_clause_cue_is_not_a_claim():
    text = "Die Firma verkaufte die Anteile, die der Gründer erwähnt hatte, an einen Investor."
    assert [c.kind for c in claims_of(text)] == ["unattributed"]


def test_spans_match_content():
    text = "„Wir bleiben“, sagte Ott. Laut Ott sei alles gut."
    for c in claims_of(text):
        assert text[c.content_span[0]:c.content_span[1]] == c.content
        assert text[c.source_span[0]:c.source_span[1]] == c.source_mention


def test_subject_before_apposition_and_relative_clause():
    text = ("Frank Berger, der als Sprecher der Stadtwerke arbeitet, erklärte, dass die Preise steigen. "
            "Anna Roth, die Chefin der Firma, sagte am Abend, man rechne mit Verlusten.")
    found = claims_of(text)
    assert [c.source for c in found] == ["Frank Berger", "Anna Roth"]
    assert found[0].content.startswith("dass die Preise")


def test_demonstrative_refers_to_previous_sentence():
    text = "Der neue Zug fährt ab Mai stündlich nach Prag. Dies gab die Bahn am Montag bekannt."
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert len(found) == 1
    assert found[0].source_mention == "die Bahn"
    assert found[0].content.startswith("Der neue Zug")


def test_passive_quote_names_the_quoted_person():
    c = only("Der Trainer wird mit den Worten zitiert: „Wir haben verdient verloren.“")
    assert c.kind == "direct" and c.source_mention == "Der Trainer"


def test_heisst_es_in_a_document():
    c = only("In einem Bericht des Ministeriums heißt es, die Zahl der Fälle sei gestiegen.")
    assert "Bericht des Ministeriums" in c.source_mention
    assert c.content.startswith("die Zahl der Fälle")


def test_embedded_quote_is_also_a_direct_claim():
    found = claims_of("Der Minister sagte, die Lage sei „sehr ernst und bedrohlich“.")
    assert sorted(c.kind for c in found) == ["direct", "indirect"]
    direct = next(c for c in found if c.kind == "direct")
    assert direct.content == "sehr ernst und bedrohlich" and direct.source_mention == "Der Minister"


def test_short_scare_quotes_are_not_claims_of_their_own():
    assert [c.kind for c in claims_of("Er nannte das Treffen „produktiv“.")] == ["indirect"]


def test_speaker_in_subordinate_clause():
    c = only("Die Mutter zog um, da sie befürchtete, man wolle ihr die Kinder wegnehmen.")
    assert c.source_mention == "sie"
    assert c.content.startswith("man wolle")


def test_laut_with_quoted_outlet_and_prefield_adverb():
    c = only("Laut „BBC News“ liefen hunderte Mönche durch die Stadt.")
    assert "BBC News" in c.source_mention
    c = only("Unterdessen verlangen die Grünen, dass der Ausschuss tagt.")
    assert c.source_mention == "die Grünen"


def test_participle_used_as_adjective_is_no_cue():
    assert [c.kind for c in claims_of("Nicht erklärte Streiks der Fluglotsen legten den Flugverkehr lahm.")] \
        == ["unattributed"]


def test_konjunktiv_of_regular_verb_needs_hanta():
    text = "Die Zeitung berichtete, der Kanzler reise nach Paris. Er plane dort ein Treffen mit Macron."
    kinds = [c.kind for c in claims_of(text)]
    assert kinds == ["indirect", "continued"]


def test_empty_and_blank_text():
    assert claims_of("") == [] and claims_of("  \n\n ") == []


def test_speech_verb_with_preposition_and_verb_final_participle():
    c = only("Eine Reporterin von n24 sprach von 800 zerstörten Autos.")
    assert c.cue == "sprach" and "800 zerstörten Autos" in c.content
    assert [x.kind for x in claims_of("Sie sprach mit ihrem Anwalt über den Fall.")] == ["unattributed"]
    c = only("Der Außenminister hat heute in Bagdad den Abzug der Truppen angekündigt.")
    assert c.cue == "angekündigt" and "Abzug der Truppen" in c.content


def test_demnach_points_back_to_the_previous_speaker():
    found = claims_of("Die Polizei veröffentlichte einen Bericht. Demnach seien drei Menschen verletzt worden.")
    demnach = [c for c in found if c.cue == "Demnach"]
    assert len(demnach) == 1 and demnach[0].content.startswith("seien drei Menschen")


def test_role_noun_without_apposition_resolves_to_the_last_person():
    text = ("US-Präsident Donald Trump sagte, die Gespräche seien gut verlaufen. "
            "Der Republikaner betonte, er wolle Frieden. Er kündigte neue Zölle an.")
    found = claims_of(text)
    assert [c.source for c in found] == ["Donald Trump"] * 3
    assert found[1].source_mention == "Der Republikaner"
    assert found[2].content == "neue Zölle"  # the separated particle is not content


# -- reported acts, "wie X, Y, mitteilte", speech nouns, short characterising quotes ----------------------------

def test_intention_with_modal_is_a_reported_act_with_subject_in_content():
    c = only("Die Landesregierung will die Grundsteuer im kommenden Jahr senken.", "indirect")
    assert c.source == "Landesregierung"
    assert c.source_mention == "Die Landesregierung"
    assert c.content == "Die Landesregierung will die Grundsteuer im kommenden Jahr senken"


def test_intention_with_inverted_subject_and_heading():
    c = only("Verkehr: Ab Juli wollen die Stadtwerke mehr Nachtbusse einsetzen.", "indirect")
    assert c.source_mention == "die Stadtwerke"
    assert c.content.startswith("Ab Juli wollen")  # the heading before the colon is not content


def test_intention_modal_is_no_cue_in_first_person_relative_clause_or_with_man():
    assert not [c for c in claims_of("Wir wollen die Grundsteuer senken.") if c.kind != "unattributed"]
    assert not [c for c in claims_of("Die Firma, die expandieren will, baut ein Werk.") if c.kind != "unattributed"]
    c = only("Im Frühjahr will man die Brücke sanieren.", "indirect")
    assert c.source is None


def test_intention_modal_gives_way_to_a_real_cue():
    c = only("Die Stadt will sparen, sagte Bürgermeisterin Eva Roth.", "indirect")
    assert c.cue == "sagte"
    assert c.source == "Eva Roth"


def test_wie_with_apposition_before_verb_final_cue():
    text = "Wie der Leiter des Krisenstabs, Jonas Weber, mitteilte, wurden drei Menschen verletzt."
    c = only(text, "indirect")
    assert c.source == "Jonas Weber"
    assert c.source_mention == "der Leiter des Krisenstabs, Jonas Weber"
    assert c.content == "wurden drei Menschen verletzt"


def test_verb_final_separable_cue_with_detached_particle():
    c = only("Wie das Umweltministerium heute bekannt gab, wird das Kraftwerk stillgelegt.", "indirect")
    assert c.cue == "gab"
    assert c.source_mention == "das Umweltministerium"
    assert c.content == "wird das Kraftwerk stillgelegt"


def test_adverbial_is_not_taken_for_the_speaker():
    c = only("Trotz heftiger Kritik plant die Bundesregierung, die Befugnisse der Behörde zu erweitern.",
             "indirect")
    assert c.source_mention == "die Bundesregierung"
    assert c.content == "die Befugnisse der Behörde zu erweitern"


def test_speech_noun_with_complement_clause():
    c = only("Der Verband vertritt die Ansicht, dass die Reform zu spät kommt.", "indirect")
    assert c.cue == "Ansicht"
    assert c.source_mention == "Der Verband"
    assert c.content == "dass die Reform zu spät kommt"


def test_speech_noun_with_infinitive_clause():
    c = only("Die Ministerin erteilte der Feuerwehr den Befehl, die Straße sofort zu sperren.", "indirect")
    assert c.source_mention == "Die Ministerin"
    assert c.content == "die Straße sofort zu sperren"


def test_speech_noun_without_reported_clause_is_no_cue():
    assert not [c for c in claims_of("Die Entscheidung fiel am Montag in Berlin.") if c.kind != "unattributed"]


def test_short_characterising_quote_inside_reported_clause_is_a_direct_claim():
    found = claims_of("Der Sprecher Paul Lenz erklärte, die Lage bleibe weiterhin „kritisch“.")
    kinds = sorted(c.kind for c in found)
    assert kinds == ["direct", "indirect"]
    direct = next(c for c in found if c.kind == "direct")
    assert direct.content == "kritisch"
    assert direct.source == "Paul Lenz"


def test_title_in_quotes_inside_reported_clause_is_no_claim():
    found = claims_of("Der Kritiker Paul Lenz schrieb, die Zeitung „Neues Blatt“ habe übertrieben.")
    assert [c.kind for c in found] == ["indirect"]


# --- continuation precision: which cue-less sentences continue the last speaker ---

def test_konjunktiv_in_subordinate_clause_of_indicative_sentence_is_no_continuation():
    text = ("Der Minister sagte, die Lage sei ernst. "
            "Dazu ließ Ali Akbar Welajati im Rundfunk verbreiten, Iran werde nicht nachgeben.")
    assert not [c for c in claims_of(text) if c.kind == "continued"]


def test_konjunktiv_after_indicative_in_same_clause_is_no_continuation():
    text = ("Die Polizei teilte mit, der Brand sei gelöscht. "
            "Das Heim war 2006 erbaut worden und sollte 400 Kindern als Unterkunft dienen.")
    assert not [c for c in claims_of(text) if c.kind == "continued"]


def test_konjunktiv_main_clause_after_relative_clause_still_continues():
    text = ("Gouverneur Andres Granier sagte, die Lage sei dramatisch. "
            "Beim letzten Hochwasser, dessen Ausmaße geringer waren, seien 20.000 Soldaten im Einsatz gewesen.")
    c = only(text, "continued")
    assert c.source == "Andres Granier"
    assert c.content.startswith("Beim letzten Hochwasser")


def test_first_person_speaker_is_not_carried_forward():
    text = "Wir haben immer gesagt, dass die Reform kommt. Die Finanzierung sei gesichert."
    assert not [c for c in claims_of(text) if c.kind == "continued"]


def test_continuation_ends_some_sentences_after_the_speaker():
    near = "Der Sprecher Hans Ober sagte, der Plan sei fertig. Die Sonne schien. Der Ort sei noch offen."
    assert only(near, "continued").source == "Hans Ober"
    far = ("Der Sprecher Hans Ober sagte, der Plan sei fertig. Die Sonne schien. Der Wind kam auf. "
           "Es wurde Abend. Die Gäste gingen. Der Ort sei noch offen.")
    assert not [c for c in claims_of(far) if c.kind == "continued"]


def test_quote_signed_with_dash_and_name():
    text = "Die Partei tagte am Abend. „Wir werden das nicht hinnehmen. Niemals.“ – Angela Merkel"
    found = [c for c in claims_of(text) if c.kind == "direct"]
    assert [c.content for c in found] == ["Wir werden das nicht hinnehmen.", "Niemals."]
    assert all(c.source == "Angela Merkel" and c.source_mention == "Angela Merkel" for c in found)
    assert not [c for c in claims_of(text) if c.kind == "unattributed" and "hinnehmen" in c.content]


def test_only_a_named_speaker_is_carried_forward():
    unresolved = "Die Antwort sei mehr Personal, sagte er. Die Versorgung sei gesichert."
    assert [c.source for c in claims_of(unresolved)] == ["er"]
    named = ("Die zuständige Gewerkschaftsvorständin Uwe Foullong sagte, die Lage sei ernst. "
             "Die Versorgung sei gesichert.")
    c = only(named, "continued")
    assert c.source.endswith("Uwe Foullong")


def test_konjunktiv_ii_modal_continues_only_right_after_a_claim():
    right_after = "Der Sprecher Hans Ober sagte, der Plan sei fertig. Die Länder müssten mehr zahlen."
    assert only(right_after, "continued").source == "Hans Ober"
    later = "Der Sprecher Hans Ober sagte, der Plan sei fertig. Die Sonne schien. Die Länder müssten mehr zahlen."
    assert not [c for c in claims_of(later) if c.kind == "continued"]


def test_speaker_after_introductory_phrase_and_apposition():
    text = "Am Montag erklärte Anna Berg, die Sprecherin der Stadtwerke, die Leitung sei repariert."
    found = [c for c in extract_claims(text, "de") if c.kind != "unattributed"]
    assert [c.source for c in found] == ["Anna Berg"]
