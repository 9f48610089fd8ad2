"""Export page: the claims with their current verdicts as CSV (filters as on Claims), and ClaimReview JSON-LD."""
from __future__ import annotations

from datetime import date

import streamlit as st

from claims.browse import NO_VERDICT, export_csv_for, list_claims
from ui import common
from ui.filters import claim_filter


def render() -> None:
    from claims.export import export_claimreview

    ws = common.workspace()
    _, label_of = common.verdict_labels(ws)
    st.title("Export")
    st.subheader("CSV for spreadsheets")
    with st.expander("Filters (as on the Claims page)", expanded=False):
        filters = claim_filter(ws, "export", label_of)
    total = list_claims(ws, filters, limit=1).total
    excel = st.checkbox("For Excel (UTF-8 with byte-order mark)", key="export_excel")
    today = date.today().isoformat()
    st.download_button(
        f"Download CSV ({total:,} claims)", data=lambda: export_csv_for(ws, filters, excel=excel),
        file_name=f"claims-{today}.csv", mime="text/csv", type="primary", icon=":material/download:",
        disabled=not total, key="export_csv", on_click="ignore",
    )
    st.caption("One row per claim with its current verdict: claim_id, content, speaker, kind, cue, outlet, url, "
               "published, language, status, label, rating, rationale, evidence, reviewer, verdict_time, family_id, "
               "inherited_from, inherited_label. Cells a spreadsheet would run as formulas start with '.")

    st.subheader("ClaimReview for publishing")
    status = filters.status
    label = filters.verdict if filters.verdict != NO_VERDICT else None
    st.caption("schema.org ClaimReview JSON-LD (read by Google Fact Check Tools) for every claim with a verdict of "
               "its own" + (f", restricted to status {status!r}" if status else "")
               + (f" and verdict {label_of(label)!r}" if label else "") + ".")
    st.download_button(
        "Download ClaimReview JSON-LD",
        data=lambda: export_claimreview(ws, status=status, label=label),
        file_name=f"claimreview-{today}.json", mime="application/ld+json", icon=":material/download:",
        key="export_claimreview", on_click="ignore",
    )


common.page(render)
