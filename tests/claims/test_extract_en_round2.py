"""English attribution, round 2: speaker choice and content bounds in news reporting (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "en")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_split_quote_is_one_claim():
    c = only("“This is a good day for the city,” the mayor said, “and we will build on it.”", "direct")
    assert c.content.startswith("This is a good day") and c.content.endswith("build on it.")
    assert "mayor" in c.source_mention


def test_split_quote_with_inverted_speaker():
    c = only("“The talks are over,” said Anna Berg, “and nobody will reopen them.”", "direct")
    assert c.content.startswith("The talks are over") and c.content.endswith("reopen them.")
    assert c.source == "Anna Berg"


def test_coordinated_names_are_one_source():
    c = only("Maria Lopez and Tom Reed said that the union would strike.")
    assert c.source_mention == "Maria Lopez and Tom Reed"
    assert c.content.startswith("that the union")


def test_name_and_colleagues():
    c = only("Okafor and colleagues found that the vaccine worked in older patients.")
    assert c.source_mention == "Okafor and colleagues"


def test_coordinated_names_before_apposition():
    c = only("Smith and Jones, both senators, agreed that the bill would pass.")
    assert c.source_mention == "Smith and Jones"
    assert c.content == "that the bill would pass"


def test_of_makes_a_cue_word_a_noun():
    c = only("James Baker, the secretary of state, agreed that the alliance would not grow.")
    assert c.cue == "agreed"
    assert "James Baker" in c.source_mention


def test_irregular_past_opens_a_bare_clause():
    c = only("The fire chief said the blaze spread quickly through the old mill.")
    assert c.content == "the blaze spread quickly through the old mill"


def test_pronoun_after_cue_opens_the_content():
    c = only("Jan Novak, who led the rescue, said he was proud of the volunteers.")
    assert c.source_mention == "Jan Novak"
    assert c.content == "he was proud of the volunteers"


def test_participle_after_reporting_clause_is_no_content():
    c = only("“Not one more penny!” Senator Ruiz said, waving the budget in the air.")
    assert c.kind == "direct" and c.content.startswith("Not one more penny")
    assert c.source == "Senator Ruiz" or c.source_mention.endswith("Ruiz")


def test_according_to_between_subject_and_verb():
    c = only("The levy, according to officials, will double next year.")
    assert c.source == "officials"
    assert c.content.startswith("The levy") and c.content.endswith("double next year")


def test_participle_phrase_is_not_reported_content():
    found = [c for c in claims_of("The minister said, smiling broadly at the waiting reporters.") if c.cue]
    assert not any(c.content.startswith("smiling") for c in found), found


def test_second_that_clause_after_but_stays_in_content():
    c = only("The report found that exports fell in May, but that imports rose sharply.")
    assert c.content.endswith("imports rose sharply")


def test_as_source_drops_a_manner_adverb():
    c = only("As the minister rightly said, the plan will fail.")
    assert c.source_mention == "the minister"


def test_imperative_is_no_attributed_claim():
    assert not [c for c in claims_of("Please note that the office is closed on Friday.") if c.cue]
    assert not [c for c in claims_of("Now, imagine that the river floods the town.") if c.cue]


def test_verb_of_voice_with_a_quote():
    c = only("“Stop the war!” the protesters chanted.")
    assert c.kind == "direct" and c.content.startswith("Stop the war")
    assert "protesters" in c.source_mention


def test_verb_of_voice_without_content_is_no_claim():
    assert not [c for c in claims_of("The crowd shouted at the police.") if c.cue]


def test_adjunct_skip_stops_at_a_later_cue():
    found = [c for c in claims_of("The mayor spoke to reporters and said that the bridge would close.") if c.cue]
    assert [c.cue for c in found] == ["said"], found


def test_coordinated_names_after_a_fronted_adverbial():
    c = only("In a 2019 survey Okafor and colleagues found that most voters distrust polls.")
    assert c.source_mention == "Okafor and colleagues"


def test_condition_between_cue_and_reported_clause():
    c = only("The senator said, if elected, she would cut the sales tax.")
    assert c.source_mention == "The senator"
    assert c.content == "if elected, she would cut the sales tax"


def test_went_on_to_say():
    c = only("The minister went on to say that the budget would be cut.")
    assert c.source_mention == "The minister"
    assert c.content == "that the budget would be cut"


def test_told_addressee_then_pronoun_subject():
    c = only("The coach told reporters he would stay another season.")
    assert c.source_mention == "The coach"
    assert c.content == "he would stay another season"


def test_according_to_a_report_noun():
    found = [c for c in claims_of("According to the police report, the driver was drunk.") if c.cue]
    assert len(found) == 1, found
    assert found[0].source_mention == "the police report"
    assert found[0].content == "the driver was drunk"


def test_plural_noun_before_a_cue_verb():
    found = [c for c in claims_of("Witness reports say the dam broke at noon.") if c.cue]
    assert len(found) == 1, found
    assert found[0].cue == "say" and found[0].source_mention == "Witness reports"
