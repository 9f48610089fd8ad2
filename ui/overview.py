"""Overview page: how much is in the workspace and how far the review is, as numbers and charts."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from claims.browse import overview
from ui import common


def render() -> None:
    ws = common.workspace()
    _, label_of = common.verdict_labels(ws)
    st.title("Overview")
    o = overview(ws)
    cols = st.columns(4)
    cols[0].metric("Articles", f"{o.documents:,}")
    cols[1].metric("Claims", f"{o.claims:,}")
    cols[2].metric("Speakers", f"{o.speakers:,}")
    cols[3].metric("Claims with a verdict", f"{o.with_verdict:,}" + (f" ({o.with_verdict / o.claims:.0%})" if o.claims else ""))
    if not o.claims:
        st.info("Nothing imported yet: the charts appear once there are claims. Start on the Import page.")
        return

    left, right = st.columns(2)
    with left:
        st.subheader("Verdicts by label")
        if o.by_label:
            _bars([(label_of(k), n) for k, n in o.by_label], "verdict")
        else:
            st.caption("No verdicts yet.")
        st.subheader("Claims per speaker")
        _bars(o.top_speakers, "speaker")
    with right:
        st.subheader("Review status")
        _bars([(s.replace("_", " "), n) for s, n in o.by_status], "status")
        st.subheader("Claims per outlet")
        if o.top_outlets:
            _bars(o.top_outlets, "outlet")
        else:
            st.caption("No outlet recorded for the imported articles.")
    st.subheader("Claims over time")
    st.caption("By the article's date (its import date where the article has none).")
    times = pd.DataFrame(o.over_time, columns=["date", "claims"])
    times["date"] = pd.to_datetime(times["date"])
    unit = "day"
    if len(times) > 90:  # many days: weekly or monthly bars stay readable
        unit = "week" if len(times) <= 600 else "month"
        times = times.resample("W-MON" if unit == "week" else "MS", on="date", label="left").sum().reset_index()
    times["period"] = times["date"].dt.strftime("%Y-%m-%d")
    bars = alt.Chart(times).mark_bar(size=28) if len(times) < 30 else alt.Chart(times).mark_bar()
    st.altair_chart(bars.encode(
        x=alt.X("period:O", title=f"article date (per {unit})", axis=alt.Axis(labelOverlap=True, labelAngle=-45)),
        y=alt.Y("claims:Q", title="claims"),
        tooltip=[alt.Tooltip("period:O", title=unit), "claims:Q"]).properties(height=260), width="stretch")
    left, right = st.columns(2)
    with left:
        st.subheader("Kinds of claims")
        _bars(o.by_kind, "kind")
    with right:
        st.subheader("Languages")
        _bars(o.by_language, "language")


def _bars(pairs, name: str) -> None:
    data = pd.DataFrame(pairs, columns=[name, "claims"])
    st.altair_chart(alt.Chart(data).mark_bar().encode(
        x=alt.X("claims:Q", title="claims", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y(f"{name}:N", sort="-x", title=None, axis=alt.Axis(labelLimit=220)),
        tooltip=[f"{name}:N", "claims:Q"]).properties(height=alt.Step(24)), width="stretch")


common.page(render)
