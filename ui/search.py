"""Search page: free-text semantic search over all claims, German or English, results in both languages."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import common

LANGUAGES = {None: "both languages", "de": "German only", "en": "English only"}


def render() -> None:
    from claims.search import search_claims

    ws = common.workspace()
    _, label_of = common.verdict_labels(ws)
    st.title("Search")
    with st.form("search", border=False, enter_to_submit=True):
        query = st.text_input("Who said this? (a claim in German or English)", key="search_query",
                              placeholder="e.g. Trump will meet Putin in Budapest", persist_state="session")
        cols = st.columns([1, 1, 1, 1], vertical_alignment="bottom")
        lang = cols[0].selectbox("Results in", list(LANGUAGES), format_func=LANGUAGES.get, key="search_lang",
                                 persist_state="session")
        speaker = cols[1].text_input("Speaker", key="search_speaker", placeholder="any", persist_state="session")
        k = cols[2].selectbox("Results", (10, 20, 50), key="search_k", persist_state="session")
        cols[3].form_submit_button("Search", type="primary")
    if not query or not query.strip():
        st.caption("Type a statement; the search finds claims that say the same, also in the other language.")
        return
    with st.spinner("Searching…"):
        hits = search_claims(ws, query.strip(), k=k, lang=lang, speaker=speaker.strip() or None)
    if not hits:
        st.info("No claims found. Is anything imported yet? See the Import page.")
        return
    table = pd.DataFrame([{
        "id": h.claim_id,
        "score": round(float(h.score), 3),
        "claim": h.content,
        "speaker": h.source or "—",
        "kind": h.kind,
        "lang": h.language or "",
        "outlet": h.outlet or "",
        "date": h.published.isoformat() if h.published else "",
        "verdict": common.hit_verdict(h, label_of),
    } for h in hits])
    st.caption(f"{len(hits)} nearest claims · select a row to open it")
    event = st.dataframe(
        table, key="search_results", on_select="rerun", selection_mode="single-row", hide_index=True,
        width="stretch",
        column_config={"id": st.column_config.NumberColumn("id", width=60, format="%d"),
                       "score": st.column_config.ProgressColumn("score", min_value=0.0, max_value=1.0, format="%.2f",
                                                                width=90),
                       "claim": st.column_config.TextColumn("claim", width="large"),
                       "date": st.column_config.TextColumn("date", width=95),
                       "lang": st.column_config.TextColumn("lang", width=45)},
    )
    if event and event.selection.rows:
        common.open_claim(int(table.iloc[event.selection.rows[0]]["id"]))


common.page(render)
