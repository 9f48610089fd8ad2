"""Continued reported speech (German): reportative "soll" a sentence after a report, plans in "soll(en)" that go
on with a reported plan or demand (hand-written texts)."""
from __future__ import annotations

from claims.extract import extract_claims


def claims_of(text):
    return extract_claims(text, "de")


def only(text, kind=None):
    found = [c for c in claims_of(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_reportative_soll_continues_a_report_over_one_sentence_without_claim():
    text = ("Nach Angaben der Feuerwehr brannte die Scheune am Abend vollständig ab. Verletzt wurde niemand. "
            "Ein Nachbar soll das Feuer gelegt haben.")
    c = only(text, "continued")
    assert c.content == "Ein Nachbar soll das Feuer gelegt haben."
    assert c.source == "Feuerwehr"


def test_reportative_soll_two_sentences_after_the_report_stays_hearsay():
    text = ("Nach Angaben der Feuerwehr brannte die Scheune am Abend vollständig ab. Verletzt wurde niemand. "
            "Das Dach stammte aus dem Jahr 1890. Ein Nachbar soll das Feuer gelegt haben.")
    c = only(text, "hearsay")
    assert c.source is None


def test_planned_soll_right_after_a_reported_plan_continues_its_source():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Dafür sollen im kommenden Jahr drei Millionen Euro bereitgestellt werden.")
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].source == found[0].source
    assert found[1].content == "Dafür sollen im kommenden Jahr drei Millionen Euro bereitgestellt werden."


def test_planned_soll_after_a_continuation_is_not_continued():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Die Eltern würden damit entlastet. Dafür sollen drei Millionen Euro bereitgestellt werden.")
    assert [c.kind for c in claims_of(text) if c.kind != "unattributed"] == ["indirect", "continued"]


def test_planned_soll_in_a_relative_clause_is_not_continued():
    text = ("Die Stadtverwaltung kündigte an, die Gebühren für Kindergärten zu senken. "
            "Die Halle, die saniert werden soll, wird im Mai geschlossen.")
    assert [c.kind for c in claims_of(text) if c.kind != "unattributed"] == ["indirect"]


def test_speaker_with_a_lower_case_name_particle_is_continued():
    text = "Wie de Vries mitteilte, wurde der Koffer am Flughafen gefunden. In dem Koffer sei kein Sprengstoff gewesen."
    found = [c for c in claims_of(text) if c.kind != "unattributed"]
    assert [c.kind for c in found] == ["indirect", "continued"]
    assert found[1].source == found[0].source == "de Vries"
