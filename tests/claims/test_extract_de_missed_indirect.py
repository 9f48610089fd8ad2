"""German indirect reports the rules used to miss: a fronted prepositional phrase with a relative clause before
"heißt es", a relative clause between the cue's object and the content, pronoun subjects after the verb, a cue verb
in a "zu" infinitive governed by "sich beeilen", and a passive cue that ends a subordinate clause (hand-written
texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_heisst_es_after_a_prepositional_phrase_with_a_relative_clause():
    c = only("In dem Gutachten, das am Montag vorgelegt wurde, heißt es, die Brücke sei nicht mehr sicher.",
             kind="indirect")
    assert c.content == "die Brücke sei nicht mehr sicher"
    assert c.source == "Gutachten"


def test_verb_cue_after_a_prepositional_phrase_with_a_relative_clause():
    c = only("In dem Brief, den der Minister verfasste, schreibt er, die Stadt sei pleite.",
             kind="indirect")
    assert c.content == "die Stadt sei pleite"


def test_relative_clause_on_the_object_before_the_content():
    c = only("Die Trainerin schrieb in einer Mitteilung, die am Abend erschien, sie wolle gehen.", kind="indirect")
    assert c.content == "sie wolle gehen"
    assert c.source == "Trainerin"


def test_demonstrative_pronoun_as_the_subject_after_the_verb():
    c = only("In einem Gespräch mit der Zeitung sagte dieser, dass die Schule im Herbst schließe.", kind="indirect")
    assert c.content == "dass die Schule im Herbst schließe"
    assert c.source_mention == "dieser"


def test_indefinite_pronoun_as_the_subject_after_the_verb():
    c = only("Damals glaubte niemand, dass der Tunnel jemals fertig würde.", kind="indirect")
    assert c.content == "dass der Tunnel jemals fertig würde"


def test_cue_in_an_infinitive_that_sich_beeilen_governs():
    c = only("Die Sprecherin des Ministeriums beeilte sich, vor der Presse zu erklären, der Plan sei nicht neu.",
             kind="indirect")
    assert c.content == "der Plan sei nicht neu"
    assert c.source_mention == "Die Sprecherin des Ministeriums"


def test_passive_cue_at_the_end_of_a_subordinate_clause():
    c = only("Der Streit eskalierte, nachdem die Stadt vom Land aufgefordert wurde, die Kosten selbst zu tragen.",
             kind="indirect")
    assert c.content == "die Kosten selbst zu tragen"
    assert c.source_mention == "Land"


def test_passive_cue_in_a_dass_clause_names_no_speaker():
    c = only("Der Ärger wuchs so sehr, dass der Verband aufgefordert wurde, sich an den Kosten zu beteiligen.",
             kind="indirect")
    assert c.content == "sich an den Kosten zu beteiligen"
    assert c.source is None
