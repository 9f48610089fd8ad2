"""German direct quotations: which quotation a cue's direct claim covers (split quotations, short quoted
phrases in a reported object, a second report after a comma) — hand-written texts."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def _direct(text):
    return [(c.content, c.source) for c in claims_of(text) if c.kind == "direct"]


def test_quote_resumed_after_an_inserted_so_clause_and_a_few_words():
    found = _direct("„In wenigen Wochen“, so Ministerin Anna Roth, werde das Land „ein Gesetz vorlegen, "
                    "das die Mieten begrenzt“.")
    assert ("In wenigen Wochen", "Anna Roth") in found
    assert ("ein Gesetz vorlegen, das die Mieten begrenzt", "Anna Roth") in found


def test_quote_resumed_after_a_cue_with_a_separated_particle():
    found = _direct("„Bis es zu spät war“, stellte Lena Roth fest, seien „die Warnungen der Nachbarn "
                    "nicht ernst genommen worden“.")
    assert ("die Warnungen der Nachbarn nicht ernst genommen worden", "Lena Roth") in found


def test_quote_far_into_the_rest_of_the_sentence_is_not_resumed():
    found = _direct("„Das reicht nicht“, sagte Anna Roth, nachdem der Rat am Montag den Antrag der "
                    "Fraktion „Neue Mitte“ abgelehnt hatte.")
    assert found == [("Das reicht nicht", "Anna Roth")]


def test_noun_phrase_object_ends_before_a_second_report_after_a_comma():
    text = ("Der Stürmer Paul Roth nannte seinen Platzverweis „überzogen“, Trainer Max Bauer bezeichnete "
            "die vielen Karten als „übertrieben“.")
    roth = [c for c in claims_of(text) if c.source.endswith("Paul Roth")]
    assert len(roth) == 1
    assert roth[0].content == "seinen Platzverweis „überzogen"


def test_reported_clause_after_a_comma_stays_in_the_content():
    c = only("Der Minister sagte gestern, man erwäge rechtliche Schritte gegen die Firma.")
    assert c.content.endswith("man erwäge rechtliche Schritte gegen die Firma")


def test_quoted_phrase_in_a_reported_object_is_a_direct_claim_too():
    text = "Die Ministerin begründete ihren Rücktritt mit einer „veränderten Lage“ in der Partei."
    kinds = {c.kind: c for c in claims_of(text)}
    assert kinds["direct"].content == "veränderten Lage"
    assert kinds["direct"].source == "Ministerin"
    assert kinds["indirect"].content.startswith("ihren Rücktritt")


def test_single_scare_quoted_word_in_a_reported_object_is_no_claim():
    assert _direct("Der Präsident kündigte ein Treffen an, um über ein Ende des „sinnlosen“ Krieges "
                   "zu sprechen.") == []
