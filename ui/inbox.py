"""Claims page: the inbox of claims with filters, sort and paging; selecting a row opens the claim."""
from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from claims.browse import SORTS, list_claims
from ui import common
from ui import filters as filter_ui

PAGE_SIZES = (25, 50, 100, 200)


def render() -> None:
    _open_selected()  # a row picked in the last run opens at once, without querying the page again
    ws = common.workspace()
    st.title("Claims")
    _, label_of = common.verdict_labels(ws)
    with st.expander("Filters", expanded=True):
        filters = filter_ui.claim_filter(ws, "inbox", label_of)
    sorts = {key: SORTS[key][0] for key in filter_ui.choices(ws)["sort"]}
    left, middle, right = st.columns([2, 1, 1])
    sort = left.selectbox("Sort", list(sorts), format_func=sorts.get, key="inbox_sort", persist_state="session")
    size = middle.selectbox("Rows per page", PAGE_SIZES, index=1, key="inbox_size", persist_state="session")
    with right:
        _open_by_id()

    number = st.session_state.get("inbox_page") or 1
    page = list_claims(ws, filters, sort=sort, limit=size, offset=(number - 1) * size)
    if page.total and not page.rows:  # the filter shrank the result below the page we were on
        number = 1
        st.session_state["inbox_page"] = 1
        page = list_claims(ws, filters, sort=sort, limit=size, offset=0)
    if not page.total:
        if filters == type(filters)():
            st.info("No claims yet. Import articles on the Import page, or run `python -m claims ingest FILES`.")
            st.page_link(common.PAGES["import"], label="Import articles", icon=":material/upload_file:")
        else:
            st.info("No claim matches these filters.")
        return

    first = page.offset + 1
    st.caption(f"{first}–{page.offset + len(page.rows)} of {page.total:,} claims · select a row to open the claim")
    table = pd.DataFrame([{
        "id": r.id,
        "claim": r.content,
        "speaker": r.speaker or "—",
        "kind": r.kind,
        "verdict": (label_of(r.verdict) + (" (inherited)" if r.inherited else "")) if r.verdict else "",
        "status": r.status.replace("_", " "),
        "outlet": r.outlet or "",
        "date": r.published.isoformat() if r.published else "",
        "lang": r.language or "",
        **({"check-worthiness": r.checkworthiness} if sort == "checkworthiness" else {}),
    } for r in page.rows])
    row_ids = [r.id for r in page.rows]
    event = st.dataframe(
        table, key="inbox_table", on_select=functools.partial(common.open_picked_row, "inbox_table", row_ids),
        selection_mode="single-row", hide_index=True,
        width="stretch", height=min(38 + 35 * len(table), 720),
        column_config={
            "id": st.column_config.NumberColumn("id", width=60, format="%d"),
            "claim": st.column_config.TextColumn("claim", width="large"),
            "speaker": st.column_config.TextColumn("speaker", width="medium"),
            "kind": st.column_config.TextColumn("kind", width=80),
            "verdict": st.column_config.TextColumn("verdict", width="medium"),
            "status": st.column_config.TextColumn("status", width=80),
            "outlet": st.column_config.TextColumn("outlet", width="small"),
            "date": st.column_config.TextColumn("date", width=95),
            "lang": st.column_config.TextColumn("lang", width=45),
        },
    )
    st.session_state["inbox_row_ids"] = row_ids
    pages = max(1, -(-page.total // size))
    if pages > 1:
        st.pagination(pages, key="inbox_page", max_visible_pages=9)
    if event and event.selection.rows:
        common.open_claim(int(table.iloc[event.selection.rows[0]]["id"]))


def _open_selected() -> None:
    """A row picked without the selection callback (as in AppTest) opens on the next run."""
    selection = st.session_state.get("inbox_table")
    ids = st.session_state.get("inbox_row_ids") or []
    rows = selection.get("selection", {}).get("rows", []) if selection else []
    if rows and rows[0] < len(ids):
        st.session_state.pop("inbox_row_ids", None)
        common.open_claim(ids[rows[0]])


def _open_by_id() -> None:
    with st.form("inbox_open", border=False, enter_to_submit=True):
        claim_id = st.number_input("Open claim by id", min_value=1, step=1, value=None, key="inbox_open_id")
        if st.form_submit_button("Open") and claim_id:
            common.open_claim(int(claim_id))


common.page(render, hold_connection=True)
