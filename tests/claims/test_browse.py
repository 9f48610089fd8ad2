"""The reviewer's views of a workspace (claims.browse) on a real workspace with real imported articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.browse import (NO_VERDICT, ClaimFilter, claim_detail, claim_ids, export_csv_for, filter_choices,
                           is_empty, list_claims, overview, paragraph_bounds)
from claims.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    from claims.ingest import ingest_paths
    from claims.verdicts import record_verdict
    from claims.workspace import Workspace

    ws = Workspace.open(tmp_path_factory.mktemp("browse") / "ws")
    assert is_empty(ws)
    ingest_paths(ws, [ROOT / "seeds", ROOT / "tests" / "fixtures" / "ui_article_en.txt"])
    record_verdict(ws, 1, "false", rationale="checked", reviewer="Tess")
    return ws


def test_pages_cover_every_claim_once_in_order(ws):
    total = list_claims(ws).total
    seen = []
    for offset in range(0, total + 5, 5):
        page = list_claims(ws, limit=5, offset=offset)
        assert page.total == total
        seen += [r.id for r in page.rows]
    assert sorted(seen) == claim_ids(ws) and len(seen) == len(set(seen)) == total
    assert list_claims(ws, limit=5, offset=total + 10).rows == []


def test_filters_restrict_to_what_they_say(ws):
    english = list_claims(ws, ClaimFilter(language="en"), limit=100)
    assert english.total and {r.language for r in english.rows} == {"en"}
    direct = list_claims(ws, ClaimFilter(kind="direct"), limit=100)
    assert direct.total and {r.kind for r in direct.rows} == {"direct"}
    trump = list_claims(ws, ClaimFilter(speaker="Donald Trump"), limit=100)
    assert trump.total and {r.speaker for r in trump.rows} == {"Donald Trump"}
    text = list_claims(ws, ClaimFilter(text="budapest"), limit=100)
    assert text.total and all("budapest" in (r.content + (r.speaker or "") + (r.title or "")).lower()
                              for r in text.rows)
    checked = list_claims(ws, ClaimFilter(verdict="false"))
    assert [r.id for r in checked.rows] == [1] and checked.rows[0].verdict == "false"
    unchecked = list_claims(ws, ClaimFilter(verdict=NO_VERDICT))
    assert unchecked.total == list_claims(ws).total - 1
    assert list_claims(ws, ClaimFilter(text="100%_\\ no match")).total == 0  # LIKE wildcards are literal


def test_sort_by_speaker_and_unknown_sort(ws):
    rows = list_claims(ws, sort="speaker", limit=100).rows
    names = [r.speaker for r in rows if r.speaker]
    assert names == sorted(names)
    with pytest.raises(UserError):
        list_claims(ws, sort="random")


def test_claim_detail_spans_point_into_the_paragraph(ws):
    d = claim_detail(ws, 6)
    start, end = d.spans["content"]
    assert d.paragraph[start:end] == d.content
    s, e = d.spans["cue"]
    assert d.paragraph[s:e] == d.cue
    assert "\n" not in d.paragraph
    with pytest.raises(UserError, match="no claim 999"):
        claim_detail(ws, 999)


def test_paragraph_bounds_cut_long_lines_around_the_claim():
    text = "Erster Satz. " * 1000 + "Der Kern steht hier. " + "Noch ein Satz. " * 1000
    at = text.index("Der Kern")
    start, end = paragraph_bounds(text, [at, at + 20], max_chars=400)
    assert start <= at and end >= at + 20 and end - start <= 500


def test_overview_and_choices_count_what_is_there(ws):
    o = overview(ws)
    assert o.documents == 2 and o.claims == list_claims(ws).total and o.with_verdict == 1
    assert dict(o.by_label) == {"false": 1}
    assert sum(n for _, n in o.by_kind) == o.claims
    assert o.top_speakers[0][0] == "Donald Trump"
    choices = filter_choices(ws)
    assert "Donald Trump" in choices["speaker"] and choices["label"] == ["false"]
    assert set(choices["language"]) == {"de", "en"}


def test_export_for_a_filter_has_exactly_the_inbox_claims(ws):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(export_csv_for(ws, ClaimFilter(language="en")).decode("utf-8"))))
    assert {int(r["claim_id"]) for r in rows} == set(claim_ids(ws, ClaimFilter(language="en")))
    everything = export_csv_for(ws, excel=True)
    assert everything.startswith("\ufeff".encode("utf-8"))
