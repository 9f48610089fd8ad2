"""German indirect claims that are no reports: a person's plans told through "will/wollen" (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_intent_modal_of_a_named_person_is_no_report():
    text = "Ministerpräsidentin Karla Feldmann will im Herbst ein neues Schulgesetz vorlegen."
    assert not [c for c in claims_of(text) if c.kind != "unattributed"]


def test_intent_modal_of_a_body_stays_a_report():
    c = only("Die Stadtverwaltung will im Herbst ein neues Schulgesetz vorlegen.", "indirect")
    assert c.source == "Stadtverwaltung"
    assert c.cue == "will"


def test_pointing_to_a_noun_phrase_reports_the_whole_act():
    c = only("Im Jahresbericht weist die Umweltbehörde auf steigende Ozonwerte in den Städten hin.", "indirect")
    assert c.content == "Im Jahresbericht weist die Umweltbehörde auf steigende Ozonwerte in den Städten hin"
    assert c.source == "Umweltbehörde"


def test_two_cues_of_one_statement_give_one_claim():
    c = only("Auf der Tagung wies Sabine Lorenz auf die ihrer Meinung nach zu hohen Mieten in Leipzig hin.",
             "indirect")
    assert c.source == "Sabine Lorenz"
    assert c.content.startswith("Auf der Tagung wies Sabine Lorenz")
