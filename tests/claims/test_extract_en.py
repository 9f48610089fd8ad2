"""Focused English constructions, one hand-written text each (no gold data)."""
from __future__ import annotations

import pytest

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("en")


def test_x_said_that():
    c = only("The mayor said that the bridge would close in May.")
    assert c.kind == "indirect"
    assert c.content.startswith("that the bridge") or c.content.startswith("the bridge")
    assert c.source_mention == "The mayor"


def test_quote_then_said_x():
    c = only('"We will not give up," said Maria Lopez, the union leader.')
    assert c.kind == "direct"
    assert c.content.startswith("We will not give up")
    assert c.source == "Maria Lopez"


def test_quote_then_x_said():
    c = only("“The results are clear,” the researchers said.")
    assert c.kind == "direct" and "results are clear" in c.content
    assert "researchers" in c.source_mention


def test_according_to():
    c = only("According to Reuters, the talks collapsed on Tuesday.")
    assert c.source == "Reuters"
    assert c.content.startswith("the talks collapsed")
    c = only("The talks collapsed on Tuesday, according to Reuters.")
    assert c.source == "Reuters" and c.content.startswith("The talks collapsed")


def test_told():
    c = only("Smith told reporters the company had not been warned.")
    assert c.source == "Smith"
    assert c.content.startswith("the company had not")


def test_wrote_on_truth_social():
    c = only("President Donald Trump wrote on Truth Social that the meeting had been productive.")
    assert c.source == "Donald Trump"
    assert "meeting had been productive" in c.content


def test_multi_sentence_quote():
    text = 'Jones said: "We lost. We will come back stronger."'
    found = claims_of(text)
    assert len(found) == 2 and all(c.kind == "direct" and c.source == "Jones" for c in found)


def test_hearsay():
    c = only("The minister reportedly accepted gifts from the contractor.")
    assert c.kind == "hearsay" and c.source is None
    c = only("The suspect allegedly fled the country in March.")
    assert c.kind == "hearsay"


def test_speaker_resolution():
    text = ("President Anna Kowalski said the economy was growing. "
            "Kowalski added that taxes would fall. She said that unemployment was at a record low.")
    found = claims_of(text)
    assert len(found) == 3
    assert {c.source for c in found} == {"Anna Kowalski"}


def test_abbreviations_do_not_split():
    text = "Dr. Lee of the U.S. Department of Energy said the plant was safe."
    c = only(text)
    assert "plant was safe" in c.content


@pytest.mark.parametrize("text", [
    "Sign up for our newsletter to get the news every morning.",
    "What happens next to the talks in Geneva?",
    "Click here to read the full report.",
])
def test_not_claims(text):
    assert claims_of(text) == []


def test_unattributed_statement():
    c = only("The company lost 1.8 billion dollars last year.")
    assert c.kind == "unattributed"


def test_subject_with_apposition():
    c = only("Jane Miller, a spokeswoman for the airline, said the flights would resume on Friday.")
    assert c.source == "Jane Miller"
    assert c.content.startswith("the flights would resume")


def test_coordinated_verb_shares_the_subject():
    found = claims_of("Mark Stone tweeted to the boy and said the company would invite him.")
    assert [c.source for c in found] == ["Mark Stone"]
    assert found[0].content.startswith("the company would")


def test_nominal_objects_are_not_clause_level_claims():
    assert [c.kind for c in claims_of("The company announced a new plan for its factories.")] == ["unattributed"]


def test_passive_participle_is_no_cue():
    assert [c.kind for c in claims_of("Images of the boy were quickly posted online by his friends.")] \
        == ["unattributed"]


def test_first_sentence_of_quote_before_cue():
    c = only('"The results are worrying," Dr. Patel told the committee.')
    assert c.kind == "direct" and c.source == "Patel" or c.source.endswith("Patel")


def test_role_noun_and_bare_clause_with_irregular_verb():
    text = ("President Donald Trump said the talks went well. The Republican added that he wanted peace. "
            "He said tariffs would rise.")
    found = claims_of(text)
    assert [c.source for c in found] == ["Donald Trump"] * 3
    assert found[0].content == "the talks went well"


# --- continuation precision: which cue-less quotes continue the last speaker ---

def test_quote_continues_speaker_in_the_next_sentence_of_the_paragraph():
    text = 'Mayor Jane Holt said the bridge will reopen. "It is safe now."'
    found = [c for c in claims_of(text) if c.cue is None]
    assert [(c.kind, c.source) for c in found] == [("direct", "Jane Holt")]


def test_quote_paragraph_right_after_the_speaker_continues_it():
    text = 'Mayor Jane Holt said the bridge will reopen.\n\n"It is safe now."'
    found = [c for c in claims_of(text) if c.cue is None]
    assert [(c.kind, c.source) for c in found] == [("direct", "Jane Holt")]


def test_signed_quote_replaces_the_continuation_of_the_previous_speaker():
    text = ('Gawker.com said it will keep the video.\n\n'
            '"So far, it\'s the Internet: 1, Scientology: 0." - Matthew Ingram')
    quoted = [c for c in claims_of(text) if "Internet" in c.content]
    assert [(c.kind, c.source) for c in quoted] == [("direct", "Matthew Ingram")]


def test_quote_two_sentences_after_the_speaker_does_not_continue():
    text = 'Mayor Jane Holt said the bridge will reopen. Then it rained. "It is safe now."'
    assert not [c for c in claims_of(text) if c.source == "Jane Holt" and c.cue is None]


def test_quote_signed_with_dash_and_name():
    text = '"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram'
    found = claims_of(text)
    assert [c.content for c in found] == ["So far, it's the Internet: 1, Scientology: 0.", "But it's a long game."]
    assert all(c.kind == "direct" and c.source == "Matthew Ingram" for c in found)


def test_ellipsis_alone_is_no_claim():
    text = 'Rathbun asserted that "officials plied the detective with a theory. ... He sat in a cell."'
    assert not [c for c in claims_of(text) if not any(ch.isalnum() for ch in c.content)]


def test_speaker_after_introductory_phrase_and_apposition():
    text = 'After the match, Carlos Ruiz, the Lima coach, said, "We learned a lot today."'
    c = only(text, "direct")
    assert c.source == "Carlos Ruiz"
    assert c.content == "We learned a lot today."
