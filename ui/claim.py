"""Claim page: one claim in its paragraph, who said it where, similar and previously checked claims,
its family over time, and the review (verdict form, status, history)."""
from __future__ import annotations

import functools
import html

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from claims.browse import claim_detail
from ui import common, filters


def render() -> None:
    ws = common.workspace()
    claim_id = _claim_id()
    if claim_id is None:
        st.title("Claim")
        st.info("Pick a claim on the Claims or Search page, or give its id here.")
        _go_to()
        return
    detail = claim_detail(ws, claim_id)
    keys, label_of = common.verdict_labels(ws)

    st.title(f"Claim {detail.id}")
    st.html(common.HIGHLIGHT_CSS)
    st.html(f'<blockquote style="font-size:1.25rem;margin:0 0 .5rem 0">{html.escape(detail.content)}</blockquote>')
    main, side = st.columns([3, 2], gap="large")
    with main:
        _context(detail)
        _similar(ws, detail.id, label_of)
        _family(ws, detail.id)
    with side:
        _review(ws, detail, keys, label_of)


def _claim_id() -> int | None:
    raw = st.query_params.get("id") or st.session_state.get("claim_id")
    try:
        claim_id = int(str(raw).strip()) if raw not in (None, "") else None
    except ValueError:
        st.warning(f"{common.md(repr(str(raw)[:40]))} is not a claim id.")
        return None
    if claim_id is not None:
        st.session_state["claim_id"] = claim_id
        # Always sent: a page link to this same page does not update the browser's address by itself.
        st.query_params["id"] = str(claim_id)
    return claim_id


def _go_to() -> None:
    with st.form("claim_goto", border=False):
        claim_id = st.number_input("Claim id", min_value=1, step=1, value=None)
        if st.form_submit_button("Open") and claim_id:
            common.open_claim(int(claim_id))


def _context(d) -> None:
    st.subheader("In its paragraph")
    st.html(common.highlight(d.paragraph, d.spans))
    st.html(common.LEGEND)
    chain = [d.speaker or "unknown source"]
    if d.reported_by:
        chain.append(f"reported by {d.reported_by}")
    if d.outlet:
        chain.append(f"published by {d.outlet}")
    facts = {
        "Speaker": d.speaker or "—",
        "Mention": d.source_mention or "—",
        "Kind": f"{d.kind} ({common.KIND_HELP.get(d.kind, '')})",
        "Cue": d.cue or "—",
        "Chain": " → ".join(chain),
        "Article": d.title or f"document {d.document_id}",
        "Outlet": d.outlet or "—",
        "Date": d.published.isoformat() if d.published else "—",
        "Language": d.language or "—",
    }
    rows = "".join(f"<tr><th style='text-align:left;padding-right:1rem'>{html.escape(k)}</th>"
                   f"<td>{html.escape(str(v))}</td></tr>" for k, v in facts.items())
    st.html(f"<table class='claim-facts'>{rows}</table>")
    url = common.safe_url(d.url)
    if url:
        st.link_button("Open the article", url)


def _similar(ws, claim_id: int, label_of) -> None:
    """The nearest claims as a plain list: one page link per claim (opens it) and a caption line.

    Not an ``st.dataframe``: the data grid took 0.3–0.4 s to draw in the browser on every claim
    page, a third of the time between a click and a usable page. A link switches pages in the
    browser itself, without a script run for the click.
    """
    from claims.search import similar_claims

    st.subheader("Similar claims")
    with st.spinner("Finding similar claims…"):
        hits = similar_claims(ws, claim_id, k=10)
    if not hits:
        st.caption("No similar claims in this workspace yet.")
        return
    with st.container(key=f"similar_{claim_id}", gap=None):
        for h in hits:
            st.page_link(common.PAGES["claim"], label=similar_label(h), query_params={"id": str(h.claim_id)},
                         icon=":material/format_quote:", width="stretch")
            st.caption(similar_caption(h, label_of))


def similar_label(hit) -> str:
    """A similar claim's link text: its score and its content (escaped: it is article text)."""
    return f"{float(hit.score):.2f} · {common.md(hit.content)}"


def similar_caption(hit, label_of) -> str:
    """The line under a similar claim: id, speaker, outlet, date, language and verdict (escaped)."""
    verdict = common.hit_verdict(hit, label_of)
    parts = [f"claim {hit.claim_id}", hit.source or "unknown source", hit.outlet or "",
             hit.published.isoformat() if hit.published else "", hit.language or "",
             f"verdict: {verdict}" if verdict else "no verdict"]
    return " · ".join(common.md(p) for p in parts if p)


def _family(ws, claim_id: int) -> None:
    from claims.families import family_appearances

    appearances = family_appearances(ws, claim_id)
    if len(appearances) < 2:
        return
    st.subheader("This statement over time")
    first = appearances[0]
    st.caption(f"{len(appearances)} appearances in its claim family; first seen "
               f"{_when(first)} in {common.md(first.outlet or first.title or 'an article')}.")
    rows = pd.DataFrame([{
        "id": a.claim_id, "date": pd.Timestamp(a.published or a.imported_at.date()),
        "where": a.outlet or a.title or f"document {a.document_id}", "speaker": a.source or "—",
        "lang": a.language or "?", "claim": a.content, "first": "first" if a.first else "",
    } for a in appearances])
    chart = alt.Chart(rows).mark_circle(size=140, opacity=0.85).encode(
        x=alt.X("date:T", title="article date"),
        y=alt.Y("where:N", title=None, sort=alt.EncodingSortField("date", op="min")),
        color=alt.Color("lang:N", title="language"),
        tooltip=["id:Q", "date:T", "where:N", "speaker:N", "claim:N"],
    ).properties(height=max(120, 28 * rows["where"].nunique()))
    st.altair_chart(chart, width="stretch")
    event = st.dataframe(rows[["id", "date", "where", "speaker", "lang", "claim", "first"]], hide_index=True,
                         width="stretch", key=f"family_{claim_id}", selection_mode="single-row",
                         on_select=functools.partial(common.open_picked_row, f"family_{claim_id}",
                                                     [a.claim_id if a.claim_id != claim_id else None
                                                      for a in appearances]),
                         column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    if event and event.selection.rows:
        picked = int(rows.iloc[event.selection.rows[0]]["id"])
        if picked != claim_id:
            common.open_claim(picked)


def _when(a) -> str:
    return (a.published or a.imported_at.date()).isoformat()


@st.fragment
def _review(ws, d, keys, label_of) -> None:
    """The review panel; a fragment, so saving a verdict reruns only this panel."""
    common.page(lambda: _review_panel(ws, d, keys, label_of))


def _rerun_panel() -> None:
    """Rerun just the review panel after a change (the whole page when it was not run as a fragment)."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:
        st.rerun()


def _review_panel(ws, d, keys, label_of) -> None:
    from claims.verdicts import claim_state

    st.subheader("Review")
    state = claim_state(ws, d.id)
    effective = state["effective_verdict"]
    if effective and effective.get("inherited"):
        st.info(f"Verdict **{label_of(effective['label'])}**, inherited from the checked claim "
                f"{effective['inherited_from']} (confirmed match) until this claim gets its own.")
    elif effective:
        st.success(f"Verdict **{label_of(effective['label'])}** by {common.md(effective.get('reviewer') or 'unknown')}")
    else:
        st.caption("No verdict yet.")
    st.caption(f"Status: **{state['status'].replace('_', ' ')}**"
               + (f" · assigned to {common.md(state['assignee'])}" if state.get("assignee") else ""))
    _matches(ws, d.id, label_of)
    _verdict_form(ws, d.id, keys, label_of)
    _status_form(ws, d.id, state["status"])
    _history(ws, d.id, label_of)


def _matches(ws, claim_id: int, label_of) -> None:
    from claims import matching

    matches = matching.matches_for(ws, claim_id)
    if not matches:
        return
    st.markdown("**Previously checked**")
    for m in matches:
        with st.container(border=True):
            st.html(f"<div>{html.escape(m.checked_content)}</div>")
            state = {"suggested": "suggested match" + (" (very close)" if m.confident else ""),
                     "confirmed": f"confirmed by {common.md(m.decided_by or 'a reviewer')}"}.get(m.state, m.state)
            st.caption(f"{common.md(m.checked_source or 'unknown source')} · similarity {m.score:.2f} · "
                       f"verdict: {label_of(m.verdict)} · {state}")
            a, b, c = st.columns(3)
            if m.state == "suggested":
                if a.button("Confirm match", key=f"confirm_{claim_id}_{m.checked_claim_id}", type="primary"):
                    _decide(matching.confirm_match, ws, claim_id, m.checked_claim_id)
                if b.button("Reject", key=f"reject_{claim_id}_{m.checked_claim_id}"):
                    _decide(matching.reject_match, ws, claim_id, m.checked_claim_id)
            if c.button("Open", key=f"open_{claim_id}_{m.checked_claim_id}"):
                common.open_claim(m.checked_claim_id)


def _decide(decide, ws, claim_id: int, checked_claim_id: int) -> None:
    if not common.reviewer():
        st.error("Enter your name as reviewer in the sidebar first.")
        return
    try:
        decide(ws, claim_id, checked_claim_id, reviewer=common.reviewer())
    except common.UserError as err:
        st.error(common.md(err))
        return
    _rerun_panel()


def _verdict_form(ws, claim_id: int, keys, label_of) -> None:
    from claims.verdicts import record_verdict

    # A fresh form (new widget keys) after each saved verdict; a failed save keeps what was typed.
    n = st.session_state.setdefault(f"verdict_form_{claim_id}", 0)
    flash = st.session_state.pop(f"verdict_saved_{claim_id}", None)
    if flash:
        st.toast(flash, icon=":material/check_circle:")
    with st.form(f"verdict_{claim_id}_{n}"):
        st.markdown("**Record a verdict**")
        label = st.selectbox("Verdict", keys, index=None, format_func=label_of, placeholder="Choose a label",
                             key=f"verdict_label_{claim_id}_{n}")
        rationale = st.text_area("Rationale", height=100, key=f"verdict_rationale_{claim_id}_{n}")
        evidence = st.text_area("Evidence links (one URL per line)", height=68, key=f"verdict_evidence_{claim_id}_{n}")
        if st.form_submit_button("Save verdict", type="primary"):
            if not label:
                st.error("Choose a verdict label.")
            elif not common.reviewer():
                st.error("Enter your name as reviewer in the sidebar first.")
            else:
                event = common.run_action(
                    record_verdict, ws, claim_id, label, rationale=rationale or None,
                    evidence=[line for line in evidence.splitlines() if line.strip()], reviewer=common.reviewer())
                if event is not None:
                    filters.refresh()  # a first verdict with a new label adds it to the filter menus
                    st.session_state[f"verdict_form_{claim_id}"] = n + 1
                    st.session_state[f"verdict_saved_{claim_id}"] = f"Saved: {label_of(event.label)}"
                    _rerun_panel()


def _status_form(ws, claim_id: int, current: str) -> None:
    from claims.verdicts import STATUSES, set_status

    with st.form(f"status_{claim_id}", border=False):
        cols = st.columns([2, 1], vertical_alignment="bottom")
        status = cols[0].selectbox("Status", STATUSES, index=STATUSES.index(current) if current in STATUSES else 0,
                                   format_func=lambda s: s.replace("_", " "), key=f"status_choice_{claim_id}_{current}")
        if cols[1].form_submit_button("Set status"):
            if not common.reviewer():
                st.error("Enter your name as reviewer in the sidebar first.")
                return
            result = common.run_action(set_status, ws, claim_id, status, reviewer=common.reviewer())
            if result is not None and result.changed:
                _rerun_panel()


def _history(ws, claim_id: int, label_of) -> None:
    from claims.verdicts import claim_history

    events = claim_history(ws, claim_id)
    st.markdown("**History**")
    if not events:
        st.caption("Nothing recorded yet.")
        return
    rows = []
    for e in reversed(events):
        if e["type"] == "verdict":
            what = f"verdict: {label_of(e['label'])}"
            detail = " ".join(filter(None, [e.get("rationale"), *e.get("evidence", [])]))
        elif e["type"] == "status":
            what, detail = f"status: {e['status'].replace('_', ' ')}", ""
        else:
            what, detail = f"match {e['state']}", f"claim {e['checked_claim_id']} ({e['score']:.2f})"
        rows.append({"time": e["time"], "reviewer": e.get("reviewer") or "", "what": what, "detail": detail})
    st.table(pd.DataFrame(rows).set_index("time"))  # a plain table: cheap to draw, text only


common.page(render, hold_connection=True)
