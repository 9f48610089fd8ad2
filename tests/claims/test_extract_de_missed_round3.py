"""German reported speech we used to miss entirely (round 3): a separable cue whose particle follows an inserted
clause, the agent of a passive speech act as the speaker of the Konjunktiv that follows, and speech nouns with
"gemacht"/"unterbreitet"/"erhoben" (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_separated_particle_after_an_inserted_subordinate_clause():
    c = only("Die Opposition warf dem Bürgermeister, nachdem die Zahlen bekannt wurden, vor, er habe gelogen.",
             "indirect")
    assert c.cue == "warf"
    assert c.content == "er habe gelogen"
    assert c.source == "Opposition"


def test_separated_particle_after_an_inserted_relative_clause():
    c = only("Die Stadtwerke teilten, die den Betrieb übernommen haben, mit, dass die Preise steigen würden.",
             "indirect")
    assert c.content == "dass die Preise steigen würden"


def test_agent_of_a_passive_speech_act_speaks_the_following_konjunktiv():
    found = claims_of("Das Gesetz wurde vom Bundesverband der Bauindustrie scharf kritisiert. "
                      "Es verteuere das Bauen unnötig.")
    c = next(c for c in found if c.kind == "continued")
    assert c.content == "Es verteuere das Bauen unnötig."
    assert c.source == "Bundesverband der Bauindustrie"


def test_von_after_a_report_noun_is_no_passive_agent():
    found = claims_of("In einem Bericht von Amnesty International werden die Zustände in den Lagern kritisiert. "
                      "Die Gefangenen seien ohne Prozess inhaftiert.")
    c = next(c for c in found if c.kind == "continued")
    assert c.source == "Bericht von Amnesty International"  # the report speaks, as before


def test_speech_noun_with_gemacht():
    c = only("Die Agentur hatte die Vorgabe gemacht, dass nur drei Fotografen zugelassen werden.", "indirect")
    assert c.cue == "Vorgabe"
    assert c.content == "dass nur drei Fotografen zugelassen werden"
    assert c.source == "Agentur"


def test_speech_noun_with_unterbreitet():
    c = only("Der Verband hat den Vorschlag unterbreitet, die Gebühren zu halbieren.", "indirect")
    assert c.content == "die Gebühren zu halbieren"
    assert c.source == "Verband"


def test_selber_between_subject_and_verb():
    c = only("Die Gewerkschaft selber warf dem Vorstand vor, er habe die Zahlen geschönt.", "indirect")
    assert c.source == "Gewerkschaft"
    assert c.content == "er habe die Zahlen geschönt"


def test_speech_noun_with_getroffen_gefasst_gestellt():
    for text, noun in (("Der Vorstand hat die Entscheidung getroffen, das Werk zu schließen.", "Entscheidung"),
                       ("Der Rat hat den Beschluss gefasst, das Werk zu schließen.", "Beschluss"),
                       ("Die Ministerin hat die Forderung gestellt, die Deiche zu erhöhen.", "Forderung")):
        c = only(text, "indirect")
        assert c.cue == noun
        assert c.content.endswith("zu schließen") or c.content == "die Deiche zu erhöhen"


def test_speech_noun_with_inverted_subject_after_an_opening_adverb():
    c = only("Daher formulierten die Forscher die Hypothese, dass Mehl eine größere Rolle spielte.", "indirect")
    assert c.cue == "Hypothese"
    assert c.source == "Forscher"
    assert c.content == "dass Mehl eine größere Rolle spielte"


def test_speech_noun_inside_a_relative_clause_is_not_the_inverted_subjects():
    found = claims_of("Ebenso änderte Paul Berger, einer der Zeugen, die der Überzeugung waren, der Täter sei "
                      "geflohen, seine Aussage.")
    assert not any(c.source == "Paul Berger" and c.cue == "Überzeugung" for c in found)
