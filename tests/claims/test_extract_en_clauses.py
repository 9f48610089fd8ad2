"""English round 3: when the words after a cue read as a clause without "that" (own sentences, no gold data)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("en")


def attributed(text):
    return [c for c in claims_of(text) if c.kind != "unattributed"]


def test_plural_noun_in_prepositional_phrase_is_no_verb():
    # "questions" after "on …" is a plural noun: "wrote a number of papers on …" has no clause as content
    assert attributed("The engineer wrote a number of papers on various mechanical questions.") == []


def test_plural_noun_after_among_is_no_verb():
    assert attributed("The team found no differences in bone density among groups.") == []


def test_past_verb_after_prepositional_phrase_still_makes_a_clause():
    c = only("The scientists found a reduction of crop yields exceeded ten percent.")
    assert c.source_mention == "The scientists"
    assert "exceeded ten percent" in c.content


def test_participle_with_preposition_in_prepositional_phrase_is_no_verb():
    # "connected with": a participle on the noun of "on problems", not the verb of a clause
    assert attributed("She wrote many essays on problems connected with rivers and dams.") == []


def test_cue_coordinated_with_a_second_verb_has_no_content():
    # "acknowledged and discussed the plan": "and" joins two verbs; what follows is no reported clause
    assert attributed("The minister has acknowledged and discussed the existence and prevalence of the problem.") == []


def test_cue_coordinated_by_or_has_no_content():
    assert attributed("Whatever they have said or done should be forgiven.") == []


def test_cue_then_comma_and_a_coordinated_verb_has_no_content():
    assert attributed("The review weighs the critics' claims, and may change how the film is seen.") == []


def test_told_hearers_joined_by_and_keeps_the_clause():
    # the "and" inside the hearers of "tells" does not stop the clause after them
    c = only("The doctor tells her patients and students that sleep matters more than diet.")
    assert c.source_mention == "The doctor"
    assert "sleep matters" in c.content


def test_frequency_adverb_before_the_cue_is_not_part_of_the_speaker():
    c = only("The mayor often says that the city needs more buses.")
    assert c.source_mention == "The mayor"


def test_demonstrative_that_with_a_noun_is_no_clause():
    assert attributed("I told that story again, right.") == []
    assert attributed("You always remember that day.") == []


def test_that_before_a_fronted_adverbial_is_a_complementizer():
    c = only("We hope that in time, the river will be clean again.")
    assert c.source_mention == "We"
    assert "the river will be clean" in c.content


def test_that_before_a_list_of_subjects_is_a_complementizer():
    c = only("The economist recognized that land, air, and water could be shared by all.")
    assert "could be shared" in c.content


def test_s_form_after_a_quantity_word_is_a_plural_noun():
    # "any doubts": the noun, not the verb "doubts" with "The court heard any" as its subject
    assert attributed("The court heard any doubts the officers had about the plan.") == []


def test_s_form_after_a_lower_case_adjective_is_a_plural_noun():
    found = claims_of("The show told subtle jokes the children never understood.")
    assert not [c for c in found if c.cue == "jokes"]
