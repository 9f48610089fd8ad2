"""English attribution quality: speaker choice, cue verbs versus nouns and fillers, content boundaries.

One hand-written sentence (or two) per construction; no gold data.
"""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("en")


def attributed(text):
    return [c for c in claims_of(text) if c.kind != "unattributed"]


def test_pronoun_opens_bare_clause():
    c = only("Residents say they really want a new bridge over the river.")
    assert c.source_mention == "Residents" and c.content.startswith("they really want")


def test_contraction_opens_bare_clause():
    c = only("The coach thinks it'll be a hard game for the young team.")
    assert c.content.startswith("it'll be a hard game")


def test_that_later_in_bare_clause_is_not_the_complementizer():
    c = only("The mayor thinks residents will have to wait on that decision.")
    assert c.content.startswith("residents will have to wait")


def test_well_known_is_an_adjective():
    assert attributed("The most well known effects of the drought are failed harvests and hunger.") == []


def test_noun_after_singular_article_is_no_cue():
    assert attributed("The crowd turns into a unique light show that can be seen from the tower.") == []


def test_list_item_is_no_trailing_reporter():
    assert attributed("The float carries a fog machine, laser light show and a brass band.") == []


def test_quote_before_reporter_and_coordinated_verb():
    c = only('"We will win," the coach said and left the room.')
    assert c.kind == "direct" and c.content.startswith("We will win")


def test_name_after_fronted_adverbial_without_comma():
    c = only("In the second half Maria Lopez said the team had lost its nerve.")
    assert c.source_mention == "Maria Lopez"


def test_article_after_fronted_adverbial_without_comma():
    c = only("In 2008 the company said it would close the plant.")
    assert c.source_mention == "the company"


def test_findings_show_bare_clause():
    found = attributed("The minister noted the findings show pollution is falling in the cities.")
    shows = [c for c in found if c.cue == "show"]
    assert len(shows) == 1 and shows[0].source_mention == "the findings"
    assert shows[0].content.startswith("pollution is falling")


def test_you_know_is_a_filler():
    assert attributed("You know, the winters here are getting shorter every year.") == []
    assert attributed("We fixed the roof ourselves, you know?") == []


def test_you_know_with_clause_still_counts():
    c = only("You know that the winters here are getting shorter.")
    assert c.content.startswith("that the winters")


def test_dont_know_is_a_hedge():
    assert attributed("I don't know, maybe the shop closes early on Sundays.") == []


def test_object_with_relative_clause_is_no_bare_clause():
    assert attributed("You can find someone who repairs old bicycles near the station.") == []


def test_interjection_before_reporter_is_no_content():
    assert attributed("Yeah, I know.") == []


def test_adverb_before_according_to():
    c = only("Moreover, according to the ministry, the plan failed in every region.")
    assert c.source_mention == "the ministry" and c.content.startswith("the plan failed")


def test_participle_before_quote():
    c = only('Readers were angry, with one reader writing "Why did nobody ask the residents?"', kind="direct")
    assert c.source_mention == "one reader" and c.content.startswith("Why did nobody")


def test_contracted_progressive():
    c = only("I'm thinking the bus will be late again tonight.")
    assert c.cue == "thinking" and c.content.startswith("the bus will be late")


def test_content_ends_before_but_clause():
    c = only("The mayor said the bridge was safe, but the engineers closed it a week later.")
    assert c.content.endswith("the bridge was safe")


def test_not_but_stays_one_unit():
    c = only("The report says that the caller was not a person, but a computer program.")
    assert c.content.endswith("a computer program")


def test_short_question_quote_before_reporter():
    c = only('"Why now?" she asked.', kind="direct")
    assert c.source_mention == "she" and c.content.startswith("Why now")
    c = only('"Stop the vote!" said the senator.', kind="direct")
    assert c.source_mention == "the senator"


def test_participle_clause_before_subject():
    c = only("Speaking for the families, Anna Berg, a lawyer, said that the ruling was unfair.")
    assert "Anna Berg" in c.source_mention and "Speaking" not in c.source_mention


def test_subject_set_off_by_comma():
    c = only("The results of the national survey published this week, revealed that most pupils walk to school.")
    assert c.source_mention.startswith("The results") and c.content.startswith("that most pupils")


def test_both_subjects_of_a_pair():
    c = only("Both the school board and the city police have stated that the boy did nothing wrong.")
    assert "school board" in c.source_mention and "city police" in c.source_mention


def test_according_to_inside_that_clause():
    found = attributed("The paper has learned that according to a memo sent last week, the plant will close in May.")
    according = [c for c in found if c.cue == "according to"]
    assert len(according) == 1 and according[0].content.startswith("the plant will close")


def test_pronoun_is_the_whole_subject():
    c = only("So I think the new timetable will help commuters.")
    assert c.source_mention == "I" and c.content.startswith("the new timetable")


def test_sentence_final_i_think():
    c = only("The museum opened in 1912 I think.")
    assert c.source_mention == "I" and c.content == "The museum opened in 1912"
    assert attributed("That is exactly what I think.") == []


def test_sentence_adverb_is_no_subject():
    c = only("Relatedly, Anna Berg, for example, argues that the theory cannot be tested.")
    assert c.source_mention == "Anna Berg"


def test_plural_noun_after_plural_determiner_is_no_cue():
    assert attributed("From all reports that I have read, the government was well prepared.") == []
    assert attributed("Some jokes also have a second punchline.") == []


def test_plural_object_is_no_bare_clause():
    assert attributed("She wrote two collections of short stories and a novel.") == []
    assert attributed("I wrote only about 2000 words on my novel this month.") == []


def test_question_word_clause_after_cue():
    c = only("Nobody knows what happened.")
    assert c.content == "what happened"


def test_adjective_cue_after_copula():
    c = only("Local teachers are concerned the council will close the school.")
    assert c.cue == "concerned" and c.source_mention == "Local teachers"
    assert c.content.startswith("the council will close")
    c = only("So I'm not sure that the ferry runs in winter.")
    assert c.source_mention.startswith("I") and c.content.startswith("that the ferry")


def test_first_person_cue_inside_quote():
    found = attributed('"I suspect the owners will not sell the land," the farmer said.')
    inner = [c for c in found if c.cue == "suspect"]
    assert len(inner) == 1 and inner[0].source_mention == "I"
    assert inner[0].content == "the owners will not sell the land"
    assert any(c.kind == "direct" and c.cue == "said" for c in found)


def test_cognition_verbs():
    c = only("The engineers soon realized that the dam was leaking.")
    assert c.cue == "realized" and c.source_mention == "The engineers"
    c = only("Residents noticed the river had risen overnight.")
    assert c.content.startswith("the river had risen")


def test_single_word_object_is_no_content():
    assert attributed("You always say that.") == []
    c = only('And they all said, "Wow."')
    assert c.kind == "direct"


def test_question_quote_and_named_reporter_are_one_sentence():
    c = only('"What is your name?" Carroll asked.', kind="direct")
    assert c.source == "Carroll" and c.content.startswith("What is your name")


def test_citation_between_subject_and_verb():
    c = only("Nordhaus [4, 5] argues that carbon taxes are efficient.")
    assert c.source_mention == "Nordhaus"


# --- split quotes, joined speakers, phrases after the verb, imperatives, verbs of voice, "went on to say" ---

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
