"""claims.passages: a document given as passages is extracted whole, claims mapped back per passage."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claims.extract import extract_claims
from claims.passages import SEPARATOR, document_of, extract_passages, group_consecutive

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))
BENCH = SHARED / "benchmarks" / "attribution"

MERZ = [
    "Bundeskanzler Friedrich Merz hat am Montag in Berlin ein neues Rentenpaket vorgestellt.",
    "Er sagte, die Regierung werde die Beiträge stabil halten.",
    "Die Reform sei gerecht und finanzierbar.",
    "Das Kabinett tagt am Mittwoch.",
]


def attributed(claims):
    return [c for c in claims if c.kind != "unattributed"]


def assert_inside(claims, text):
    for c in claims:
        s, e = c.content_span
        assert 0 <= s < e <= len(text)
        assert text[s:e] in c.content or c.content in text[s:e], (c.content, text[s:e])
        for span in (c.source_span, c.cue_span):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
        if c.source_span is not None and c.source_mention:
            assert text[c.source_span[0]:c.source_span[1]] == c.source_mention
        if c.cue_span is not None and c.cue:
            s, e = c.cue_span
            assert text[s:e] in c.cue or c.cue in text[s:e]


def test_a_pronoun_in_a_later_passage_names_the_speaker_of_an_earlier_one():
    per_passage = extract_passages(MERZ, "de")
    assert len(per_passage) == len(MERZ)
    [said] = attributed(per_passage[1])
    assert said.source == "Friedrich Merz"
    assert said.source_mention == "Er" and said.source_span == (0, 2)  # the mention is in this passage
    assert said.cue == "sagte" and MERZ[1][slice(*said.cue_span)] == "sagte"
    [alone] = attributed(extract_claims(MERZ[1], "de"))
    assert alone.source == "Er"  # without context the pronoun stays unresolved


def test_a_konjunktiv_continuation_keeps_the_speaker_but_not_a_span_outside_its_passage():
    per_passage = extract_passages(MERZ, "de")
    [cont] = attributed(per_passage[2])
    assert cont.kind == "continued"
    assert cont.source == "Friedrich Merz"
    assert cont.source_span is None and cont.source_mention is None
    assert cont.content_span == (0, len(MERZ[2]))
    assert not attributed(extract_claims(MERZ[2], "de"))  # alone: nobody to continue
    assert not attributed(per_passage[3])  # indicative: the report has ended


def test_a_quote_after_a_colon_cue_gets_the_speaker_of_the_previous_passage():
    passages = ["Innenministerin Nancy Faeser sagte am Dienstag:",
                "„Die Sicherheitslage bleibt angespannt.“"]
    [quote] = attributed(extract_passages(passages, "de")[1])
    assert quote.kind == "direct"
    assert quote.source == "Nancy Faeser"
    assert quote.source_span is None and quote.source_mention is None
    assert quote.cue_span is None
    assert_inside([quote], passages[1])


def test_a_source_mentioned_in_the_previous_passage_loses_its_span_and_mention():
    passages = ["Innenministerin Nancy Faeser sagte am Montag, die Lage sei ernst.",
                "Die Behörden müssten schneller handeln."]
    whole = SEPARATOR.join(passages)
    raw = [c for c in attributed(extract_claims(whole, "de")) if c.kind == "continued"]
    assert raw and raw[0].source_span[1] <= len(passages[0])  # the extractor points into passage 0
    [claim] = attributed(extract_passages(passages, "de")[1])
    assert claim.source == raw[0].source == "Nancy Faeser"
    assert claim.source_span is None and claim.source_mention is None
    assert claim.content_span == (0, len(passages[1]))


def test_english_pronoun_and_epithet_resolve_across_passages():
    passages = ["Senator Elizabeth Warren criticised the bill on Tuesday.",
                "She said the plan would hurt working families.",
                "\u201cThis is a giveaway to the rich,\u201d the Democrat told reporters."]
    found = extract_passages(passages, "en")
    for text, claims in zip(passages, found):
        assert_inside(claims, text)
    assert [c.source for c in attributed(found[1])] == ["Elizabeth Warren"]
    assert [c.source for c in attributed(found[2])] == ["Elizabeth Warren"]
    [told] = attributed(found[2])
    assert passages[2][slice(*told.source_span)] == "the Democrat"


def test_passages_without_shared_context_give_what_each_gives_alone():
    passages = ["Laut Polizeisprecher Thomas Keller wurden drei Personen verletzt.",
                "Die Feuerwehr teilte mit, der Brand sei gelöscht.\nAuch die Straße sei wieder frei.",
                "Der Bürgermeister Hans Berger erklärte, die Stadt werde helfen."]
    together = extract_passages(passages, "de")
    assert together == [extract_claims(p, "de") for p in passages]


def test_sentence_numbers_count_from_each_passage():
    passages = ["Das Wetter war schlecht. Die Ministerin Anna Weber sagte, der Zug falle aus.",
                "Der Sprecher der Bahn, Jens Kühn, sagte, man arbeite an einer Lösung."]
    first, second = (attributed(c) for c in extract_passages(passages, "de"))
    assert [c.sentence for c in first] == [1]
    assert [c.sentence for c in second] == [0]
    whole = attributed(extract_claims(SEPARATOR.join(passages), "de"))
    assert [c.sentence for c in whole] == [1, 2]  # document-wide numbering, renumbered above


def test_one_or_no_passage():
    assert extract_passages([], "de") == []
    assert extract_passages([MERZ[1]], "de") == [extract_claims(MERZ[1], "de")]


@pytest.mark.parametrize("passage_id, document", [
    ("de-wikinews-3216-s7", "de-wikinews-3216"),
    ("de-wikinews-3216-s8-9", "de-wikinews-3216"),
    ("en-gum-homeopathic-s12", "en-gum-homeopathic"),
    ("de-parl-19036_Zusatzpunkt_3_FDP_Hoeferlin_ID193605100_07.06.2018-s29",
     "de-parl-19036_Zusatzpunkt_3_FDP_Hoeferlin_ID193605100_07.06.2018"),
    ("article-7", None),
    ("p1", None),
    ("-s3", None),
    ("news-s3x", None),
    ("news-s3-4-5", None),
])
def test_document_of_strips_a_trailing_sentence_suffix(passage_id, document):
    assert document_of(passage_id) == document


def test_group_consecutive_keeps_runs_and_lone_items():
    items = ["a1", "a2", "b1", "x", "y", "a3", "a4"]
    key = {"a1": "a", "a2": "a", "b1": "b", "x": None, "y": None, "a3": "a", "a4": "a"}.get
    assert list(group_consecutive(items, key)) == [["a1", "a2"], ["b1"], ["x"], ["y"], ["a3", "a4"]]
    assert list(group_consecutive([], key)) == []


@pytest.mark.skipif(not BENCH.exists(), reason="shared benchmarks not available")
@pytest.mark.parametrize("name", ["de", "en"])
def test_every_claim_of_a_benchmark_document_lands_inside_its_passage(name):
    records = [json.loads(line) for line in (BENCH / name / "dev.jsonl").open(encoding="utf-8")]
    continued_outside = 0
    for run in group_consecutive(records, lambda r: document_of(r["id"])):
        found = extract_passages([r["text"] for r in run], run[0]["lang"])
        assert len(found) == len(run)
        for rec, claims in zip(run, found):
            assert_inside(claims, rec["text"])
            continued_outside += sum(c.source is not None and c.source_span is None for c in claims)
    assert continued_outside > 0  # context does give speakers from other passages
