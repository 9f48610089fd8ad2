"""The claim filter controls shared by the Claims and Export pages."""
from __future__ import annotations

from datetime import date

import streamlit as st

from claims.browse import NO_VERDICT, STATUSES, ClaimFilter, filter_choices

ANY = "any"


@st.cache_data(ttl=60, show_spinner=False, max_entries=4)
def _choices(path: str) -> dict:
    from ui.common import workspace

    return filter_choices(workspace())


def choices(ws) -> dict:
    """The workspace's filter menu values, cached for a minute (``refresh`` after an import)."""
    return _choices(str(ws.path))


def refresh() -> None:
    """Forget the cached menu values (new speakers, outlets, labels)."""
    _choices.clear()


def claim_filter(ws, key: str, label_of) -> ClaimFilter:
    """Filter widgets (kept per session under ``key``) and the ClaimFilter they describe."""
    choices = _choices(str(ws.path))
    text = st.text_input("Search text", key=f"{key}_text", placeholder="words in the claim, speaker or title",
                         persist_state="session")
    cols = st.columns(4)
    status = cols[0].selectbox("Status", [ANY, *STATUSES, *(s for s in choices["status"] if s not in STATUSES)],
                               key=f"{key}_status", persist_state="session", format_func=_nice)
    verdict = cols[1].selectbox("Verdict", [ANY, NO_VERDICT, *choices["label"]], key=f"{key}_verdict",
                                persist_state="session",
                                format_func=lambda v: v if v in (ANY, NO_VERDICT) else label_of(v))
    kind = cols[2].selectbox("Kind", [ANY, *choices["kind"]], key=f"{key}_kind", persist_state="session")
    language = cols[3].selectbox("Language", [ANY, *choices["language"]], key=f"{key}_language",
                                 persist_state="session")
    cols = st.columns(4)
    speaker = cols[0].selectbox("Speaker", [ANY, *choices["speaker"]], key=f"{key}_speaker",
                                persist_state="session")
    outlet = cols[1].selectbox("Outlet", [ANY, *choices["outlet"]], key=f"{key}_outlet", persist_state="session")
    date_from = cols[2].date_input("From", value=None, key=f"{key}_from", format="YYYY-MM-DD",
                                   min_value=date(1900, 1, 1), persist_state="session")
    date_to = cols[3].date_input("To", value=None, key=f"{key}_to", format="YYYY-MM-DD",
                                 min_value=date(1900, 1, 1), persist_state="session")

    def value(v):
        return None if v in (None, ANY) else v

    return ClaimFilter(status=value(status), verdict=value(verdict), speaker=value(speaker),
                       outlet=value(outlet), language=value(language), kind=value(kind),
                       date_from=date_from, date_to=date_to, text=text or None)


def _nice(value: str) -> str:
    return value.replace("_", " ")
