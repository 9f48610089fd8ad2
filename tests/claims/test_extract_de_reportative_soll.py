"""Reportative "soll" (hearsay) right after a sentence that names a report's source ("nach Angaben der Polizei",
"wie der Sender berichtet"): the "soll" sentence continues that source; anywhere else (after a statement, an
opinion, a cue-less continuation or a gap) it stays hearsay with no source (hand-written texts)."""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_soll_right_after_a_cue_attributed_claim_continues_its_source():
    c = only("Nach Angaben der Polizei wurden drei Menschen verletzt. Der Täter soll zu Fuß geflohen sein.",
             "continued")
    assert c.content == "Der Täter soll zu Fuß geflohen sein."
    assert c.source == "Polizei"
    assert c.source_mention == "Angaben der Polizei"
    assert c.cue == "soll"


def test_soll_after_a_claim_of_a_reporting_verb_continues_its_source():
    c = only("Wie der Sender RBB berichtet, wurde das Museum am Montag geschlossen. "
             "Aus dem Depot sollen zwei Gemälde verschwunden sein.", "continued")
    assert c.source == "Sender RBB"
    assert c.cue == "sollen"


def test_soll_continues_only_a_report_close_before():
    c = only("Nach Angaben der Feuerwehr brach das Feuer im Keller aus. Ein Bewohner soll eine Kerze vergessen haben.",
             "continued")
    assert c.source == "Feuerwehr"
    gap = only("Nach Angaben der Feuerwehr brach das Feuer im Keller aus. Die Straße blieb gesperrt. "
               "Der Verkehr wurde umgeleitet. Ein Bewohner soll eine Kerze vergessen haben.", "hearsay")
    assert gap.source is None


def test_soll_after_a_cue_less_konjunktiv_continuation_stays_sourceless():
    text = ("Die Zeitung Berliner Kurier berichtete, der Minister habe das Land verlassen. Er sei nach Paris gereist. "
            "Dort soll er einen Anwalt getroffen haben.")
    c = only(text, "hearsay")
    assert c.source is None
    assert c.content.startswith("Dort soll er")
    direct = only("Die Zeitung Berliner Kurier berichtete, der Minister habe das Land verlassen. "
                  "Dort soll er einen Anwalt getroffen haben.", "continued")
    assert direct.source == "Zeitung Berliner Kurier"


def test_other_hearsay_markers_after_a_named_source_stay_sourceless():
    text = "Nach Angaben der Polizei wurden drei Menschen verletzt. Der Täter ist angeblich zu Fuß geflohen."
    assert only(text, "hearsay").source is None
    c = only("Nach Angaben der Polizei wurden drei Menschen verletzt. Der Täter soll zu Fuß geflohen sein.",
             "continued")
    assert c.source == "Polizei"


def test_soll_after_a_sentence_that_only_mentions_a_body_stays_sourceless():
    c = only("Die Polizei nahm am Abend einen Mann fest. Er soll die Scheune angezündet haben.", "hearsay")
    assert c.source is None
    named = only("Nach Angaben der Polizei wurde am Abend ein Mann festgenommen. Er soll die Scheune angezündet haben.",
                 "continued")
    assert named.source == "Polizei"


def test_konjunktiv_sentence_after_a_continued_soll_keeps_the_source():
    found = claims_of("Nach Angaben der Feuerwehr brach das Feuer im Keller aus. Ein Bewohner soll eine Kerze "
                      "vergessen haben. Er sei inzwischen vernommen worden.")
    last = [c for c in found if c.content.startswith("Er sei")]
    assert len(last) == 1
    assert last[0].kind == "continued"
    assert last[0].source == "Feuerwehr"


def test_soll_after_a_statement_stays_sourceless_but_after_a_report_continues():
    said = only("Die Bürgermeisterin Eva Roth sagte, die Halle werde geschlossen. "
                "Der Täter soll mit einem Fahrrad geflohen sein.", "hearsay")
    assert said.source is None
    reported = only("Die Bürgermeisterin Eva Roth teilte mit, die Halle werde geschlossen. "
                    "Der Täter soll mit einem Fahrrad geflohen sein.", "continued")
    assert reported.source == "Eva Roth"


def test_soll_after_an_opinion_source_stays_sourceless_but_after_an_account_continues():
    opinion = only("Nach Ansicht des Ministers Karl Huber ist die Lage ernst. Der Täter soll geflohen sein.", "hearsay")
    assert opinion.source is None
    account = only("Nach Angaben des Ministers Karl Huber ist die Lage ernst. Der Täter soll geflohen sein.",
                   "continued")
    assert account.source == "Karl Huber"
