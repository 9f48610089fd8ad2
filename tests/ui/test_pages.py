"""Page tests of the workbench with Streamlit's AppTest: real workspace, real ingest, real model."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["ui/inbox.py", "ui/claim.py", "ui/search.py", "ui/importer.py", "ui/export.py", "ui/overview.py"]


def texts(at) -> str:
    """Everything the page says in messages, titles and captions, as one string."""
    parts = []
    for kind in ("title", "header", "subheader", "caption", "markdown", "info", "success", "warning", "error"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


def html_of(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def open_page(at, page: str, **query):
    at.run()
    for key, value in query.items():
        at.query_params[key] = str(value)
    return at.switch_page(page).run()


def claim_count(ws) -> int:
    with ws.connect() as con:
        return con.execute("SELECT count(*) FROM claims").fetchall()[0][0]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_something_sensible_on_an_empty_workspace(app, tmp_path, page):
    at = open_page(app(tmp_path / "empty"), page)
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title, "each page has a title"
    if page in ("ui/inbox.py", "ui/overview.py"):
        assert "Import" in texts(at)  # points the newcomer to the Import page


def test_first_start_imports_the_seeds_and_lists_their_claims(app, tmp_path):
    from claims.workspace import Workspace

    at = app(tmp_path / "new", seeds=str(ROOT / "seeds")).run()
    assert not at.exception and not at.error
    assert any("Imported 1 seed article" in s.label for s in at.get("expandable") if hasattr(s, "label")) or \
        at.dataframe, "the first start shows its import"
    stored = claim_count(Workspace.open(tmp_path / "new"))
    assert stored > 10
    table = at.dataframe(key="inbox_table").value
    assert len(table) == stored
    assert f"of {stored:,} claims" in texts(at)
    # A second start (new session, same process) does not import again.
    again = app(tmp_path / "new", seeds=str(ROOT / "seeds")).run()
    assert claim_count(Workspace.open(tmp_path / "new")) == stored
    assert len(again.dataframe(key="inbox_table").value) == stored


def test_inbox_filters_by_text_kind_and_language(app, ui_workspace):
    at = app(ui_workspace.path).run()
    everything = at.dataframe(key="inbox_table").value
    assert len(everything) == claim_count(ui_workspace)

    at.text_input(key="inbox_text").set_value("Budapest").run()
    found = at.dataframe(key="inbox_table").value
    assert 0 < len(found) < len(everything)
    assert found["claim"].str.contains("Budapest").any()

    at.text_input(key="inbox_text").set_value("").run()
    at.selectbox(key="inbox_kind").set_value("direct").run()
    assert set(at.dataframe(key="inbox_table").value["kind"]) == {"direct"}

    at.selectbox(key="inbox_kind").set_value("any")
    at.selectbox(key="inbox_language").set_value("en").run()
    english = at.dataframe(key="inbox_table").value
    assert len(english) and set(english["lang"]) == {"en"}


def test_selecting_a_row_in_the_inbox_opens_that_claim(app, ui_workspace):
    at = app(ui_workspace.path).run()
    second = int(at.dataframe(key="inbox_table").value.iloc[1]["id"])
    at.session_state["inbox_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception and not at.error
    assert at.title[0].value == f"Claim {second}"


def test_inbox_filter_without_match_says_so(app, ui_workspace):
    at = app(ui_workspace.path).run()
    at.text_input(key="inbox_text").set_value("no such words anywhere 4711").run()
    assert not at.dataframe
    assert "No claim matches these filters" in texts(at)


def test_claim_page_shows_the_claim_in_context_with_similar_claims(app, ui_workspace, claim_with):
    claim_id = claim_with("persönlich mit Präsident Putin in Budapest")
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_id)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.title[0].value == f"Claim {claim_id}"
    markup = html_of(at)
    assert '<mark class="claim-content"' in markup and '<mark class="claim-source"' in markup
    assert '<mark class="claim-cue" title="cue">erklärte</mark>' in markup
    links, captions = similar_list(at)
    assert len(links) >= 3 and len(captions) == len(links)
    assert claim_id not in [target for target, _ in links], "the claim itself is not among its similar claims"
    scores = [float(label.split(" · ")[0]) for _, label in links]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1.0001 for s in scores)
    assert any(" · en · " in c for c in captions), "the English article on the same story is among the similar claims"
    with ui_workspace.connect() as con:
        target, _ = links[0]
        speaker, = con.execute("SELECT source FROM claims WHERE id = ?", [target]).fetchone()
    assert captions[0].startswith(f"claim {target} · ") and (speaker or "unknown source").split()[-1] in captions[0]


def similar_list(at) -> tuple[list[tuple[int, str]], list[str]]:
    """The Claim page's similar claims: (claim id the link opens, link label) and the caption under each."""
    from urllib.parse import parse_qs

    links = [(int(parse_qs(link.proto.query_string)["id"][0]), link.value) for link in at.page_link
             if "id" in parse_qs(link.proto.query_string)]
    captions = [c.value.replace("\\", "") for c in at.caption if c.value.startswith("claim ")]
    return links, captions


def test_article_markup_is_shown_as_text_never_as_html(app, ui_workspace, claim_with):
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_with("<script>"))
    markup = html_of(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in markup
    assert "<script" not in markup
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_with("<img"))
    markup = html_of(at)
    assert "&lt;img src=x onerror=alert(2)&gt;" in markup
    assert "<img" not in markup and "<a " not in markup
    labels = [link.value for link in at.page_link] + [c.value for c in at.caption]
    assert any("\\<script\\>" in label for label in labels), "the markup claim is among the similar claims"
    assert not [label for label in labels if re.search(r"(?<!\\)[<>]", label)], "similar claims are escaped"


def test_recording_a_verdict_stores_it_and_shows_it_in_the_history(app, ui_workspace, claim_with):
    from claims.verdicts import current_verdict

    claim_id = claim_with("Rubio will lead")
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_id)
    at.text_input(key="reviewer_name").set_value("Rita Reviewer")
    at.selectbox(key=f"verdict_label_{claim_id}_0").set_value("mostly_true")
    at.text_area(key=f"verdict_rationale_{claim_id}_0").set_value("The White House named Rubio.")
    at.text_area(key=f"verdict_evidence_{claim_id}_0").set_value("https://example.org/source")
    save_button(at).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    stored = current_verdict(ui_workspace, claim_id)
    assert stored.label == "mostly_true" and stored.reviewer == "Rita Reviewer"
    assert stored.evidence == ("https://example.org/source",)
    assert "Saved: Größtenteils richtig / Mostly true" in [t.value for t in at.toast]
    assert "Verdict **Größtenteils richtig / Mostly true** by Rita Reviewer" in texts(at)
    history = at.table[-1].value
    assert history["what"].str.contains("Mostly true").any()
    assert at.selectbox(key=f"verdict_label_{claim_id}_1").value is None, "a fresh, empty form after saving"


def save_button(at):
    return next(b for b in at.button if b.label == "Save verdict")


def test_a_verdict_needs_a_reviewer_name_and_nothing_is_stored_without(app, ui_workspace, claim_with):
    from claims.verdicts import verdict_history

    claim_id = claim_with("informed about every step")
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_id)
    at.selectbox(key=f"verdict_label_{claim_id}_0").set_value("true")
    save_button(at).click().run()
    assert any("reviewer" in e.value for e in at.error)
    assert verdict_history(ui_workspace, claim_id) == []


def test_a_bad_evidence_link_is_a_message_and_keeps_what_was_typed(app, ui_workspace, claim_with):
    from claims.verdicts import verdict_history

    claim_id = claim_with("second half of November")
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=claim_id)
    at.text_input(key="reviewer_name").set_value("Rita Reviewer")
    at.selectbox(key=f"verdict_label_{claim_id}_0").set_value("false")
    at.text_area(key=f"verdict_rationale_{claim_id}_0").set_value("Kremlin said no date.")
    at.text_area(key=f"verdict_evidence_{claim_id}_0").set_value("javascript:alert(1)")
    save_button(at).click().run()
    assert not at.exception
    assert any("evidence link" in e.value for e in at.error)
    assert verdict_history(ui_workspace, claim_id) == []
    assert at.text_area(key=f"verdict_rationale_{claim_id}_0").value == "Kremlin said no date."


def test_an_unknown_claim_id_is_a_message_not_a_traceback(app, ui_workspace):
    at = open_page(app(ui_workspace.path), "ui/claim.py", id=987654)
    assert not at.exception
    assert any("987654" in e.value for e in at.error)
    at = open_page(app(ui_workspace.path), "ui/claim.py", id="abc")
    assert not at.exception and any("not a claim id" in w.value for w in at.warning)


def test_search_finds_german_claims_for_an_english_query(app, ui_workspace):
    at = open_page(app(ui_workspace.path), "ui/search.py")
    at.text_input(key="search_query").set_value("I will meet President Putin in Budapest personally")
    next(b for b in at.button if b.label == "Search").click().run()
    assert not at.exception and not at.error
    results = at.dataframe(key="search_results").value
    assert "de" in set(results.head(3)["lang"])
    assert results.head(3)["claim"].str.contains("Budapest").any()

    at.selectbox(key="search_lang").set_value("en")
    next(b for b in at.button if b.label == "Search").click().run()
    assert set(at.dataframe(key="search_results").value["lang"]) == {"en"}


def test_import_of_pasted_text_with_metadata(app, tmp_path):
    from claims.browse import ClaimFilter, list_claims
    from claims.workspace import Workspace

    at = open_page(app(tmp_path / "paste"), "ui/importer.py")
    at.text_area(key="import_text").set_value(
        "Die Ministerin Eva Muster sagte, die Steuer werde im kommenden Jahr um zwei Prozent sinken. "
        "Laut dem Finanzamt sind die Formulare bereits verschickt worden.")
    at.text_input(key="paste_outlet").set_value("Testblatt")
    at.text_input(key="paste_title").set_value("Steuern sinken")
    next(b for b in at.button if b.label == "Import text").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles imported"] == "1" and int(metrics["Claims found"]) >= 1
    page = list_claims(Workspace.open(tmp_path / "paste"), ClaimFilter(outlet="Testblatt"))
    assert page.total == int(metrics["Claims found"])
    assert page.rows[0].title == "Steuern sinken"


def test_import_of_uploaded_files_reports_what_was_rejected_and_why(app, tmp_path):
    at = open_page(app(tmp_path / "upload"), "ui/importer.py")
    at.file_uploader[0].set_value([
        ("article.txt", "Der Minister sagte, die Bahn werde pünktlicher.".encode(), "text/plain"),
        ("rows.jsonl", b'{"text": "Laut Polizei blieb es ruhig.", "outlet": "Rowblatt"}\n{not json\n',
         "application/json"),
        ("empty.txt", b"", "text/plain"),
    ])
    at.text_input(key="upload_outlet").set_value("Uploadblatt")
    next(b for b in at.button if b.label == "Import files").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles imported"] == "2"
    assert metrics["Rejected"] == "1"
    reasons = "\n".join(at.dataframe[-1].value["what"])
    assert "rows.jsonl, line 2" in reasons, reasons
    from claims.browse import filter_choices
    from claims.workspace import Workspace

    outlets = filter_choices(Workspace.open(tmp_path / "upload"))["outlet"]
    assert set(outlets) == {"Uploadblatt", "Rowblatt"}, "rows keep their own outlet; the form fills the rest"


def test_overview_counts_match_the_workspace(app, ui_workspace):
    at = open_page(app(ui_workspace.path), "ui/overview.py")
    assert not at.exception and not at.error
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Claims"] == f"{claim_count(ui_workspace):,}"
    assert metrics["Articles"] == "3"
    assert len(at.get("arrow_vega_lite_chart")) >= 5 or "Claims over time" in texts(at)


def test_export_page_offers_the_csv_of_the_filtered_claims(app, ui_workspace):
    at = open_page(app(ui_workspace.path), "ui/export.py")
    assert not at.exception and not at.error
    labels = [b.proto.label for b in at.get("download_button")]
    assert f"Download CSV ({claim_count(ui_workspace):,} claims)" in labels
    assert "Download ClaimReview JSON-LD" in labels


def test_a_broken_workspace_is_a_message_not_a_traceback(app, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    at = app(not_a_folder).run()
    assert not at.exception
    assert any("not a folder" in e.value for e in at.error)
