"""German precision: sentences that look like reports but attribute no claim of their own (hand-written texts).

Each test is a construction that used to give a false claim: a content that is only the rest of a verb complex
or a bare pronoun, a naming verb used reflexively, the writer's counterfactual after a speaker's report, and a
speaker's own thought inside their reported statement.
"""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


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
