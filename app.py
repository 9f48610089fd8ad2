"""The review workbench in the browser: ``streamlit run app.py``.

This file is the router: it opens the workspace (``CLAIMS_WORKSPACE``, default ``./workspace``),
imports ``seeds/`` on the first start of an empty workspace, asks for the reviewer's name (or
login, where configured) and hands over to the page modules in ``ui/``.
"""
from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import streamlit as st

from ui import common

SEEDS = Path(os.environ.get("CLAIMS_SEEDS", Path(__file__).resolve().parent / "seeds"))


@st.cache_resource(show_spinner=False)
def _first_start_state(path: str) -> dict:
    """Per process and workspace: whether the seed check ran, and a lock so only one session imports."""
    return {"lock": threading.Lock(), "checked": False, "warm": False}


def import_seeds_on_first_start(ws) -> None:
    """On an empty workspace, import ``seeds/`` with a visible progress bar (once per process)."""
    state = _first_start_state(str(ws.path))
    if state["checked"]:
        return
    with state["lock"]:
        if state["checked"]:
            return
        from claims.browse import is_empty

        seeds = SEEDS if str(os.environ.get("CLAIMS_SEEDS", "x")).strip() else None
        if seeds and seeds.is_dir() and any(seeds.iterdir()) and is_empty(ws):
            from claims.ingest import ingest_paths

            with st.status("First start: importing the seed articles…", expanded=True) as status:
                bar = st.progress(0.0, text="loading the language model…")

                def progress(done: int, total: int, message: str = "") -> None:
                    bar.progress(min(1.0, done / total) if total else 0.0, text=message or f"{done} of {total}")

                summary = ingest_paths(ws, [seeds], progress=progress)
                status.update(label=f"Imported {summary.documents} seed article(s) with {summary.claims} claims.",
                              state="complete", expanded=False)
        state["checked"] = True


def warm_up(ws) -> None:
    """Load the embedding model and vector index in the background, so the first similar-claims view is quick."""
    state = _first_start_state(str(ws.path))
    if state["warm"]:
        return
    state["warm"] = True

    def load() -> None:
        try:
            from claims.search import search_claims

            search_claims(ws, "warm-up", k=1)
        except Exception:  # noqa: BLE001 - a failed warm-up shows up again, with a message, where it is used
            common.log.warning("warm-up failed", exc_info=True)
        # The model and index are half a million long-lived Python objects; every full garbage
        # collection walked them all (~0.2 s, holding the GIL, at random moments between clicks).
        # Freezing what is alive now takes them out of later collections; new garbage is still freed.
        gc.collect()
        gc.freeze()

    threading.Thread(target=load, name="claims-warm-up", daemon=True).start()


def reviewer_sidebar(ws) -> None:
    """The reviewer of this session: the login name where login is configured, else a typed name."""
    from claims.reviewers import allowed_reviewers, check_reviewer

    with st.sidebar:
        if _login_configured():
            if not st.user.is_logged_in:
                st.info("This workbench requires you to log in.")
                st.button("Log in", on_click=st.login, type="primary")
                st.stop()
            name = st.user.get("name") or st.user.get("email")
            st.caption(f"Signed in as **{common.md(name)}**")
            st.button("Log out", on_click=st.logout)
            st.session_state["reviewer_name"] = name
        else:
            allowed = allowed_reviewers(ws.config)
            if allowed:
                st.selectbox("Reviewer", allowed, index=None, key="reviewer_name",
                             placeholder="Who are you?", persist_state="session")
            else:
                st.text_input("Reviewer", key="reviewer_name", placeholder="Your name",
                              help="Stored with every verdict and status change you make.",
                              persist_state="session")
        try:
            check_reviewer(ws.config, common.reviewer())
        except common.UserError as err:
            st.warning(common.md(err))
        st.caption(f"Workspace: {common.md(ws.path)}")


def _login_configured() -> bool:
    try:
        return st.secrets.load_if_toml_exists() and "auth" in st.secrets
    except Exception:  # noqa: BLE001 - unreadable secrets mean no login; Streamlit warns about the file itself
        return False


def main() -> None:
    st.set_page_config(page_title="Claim workbench", page_icon=":material/fact_check:", layout="wide")
    pages = [
        st.Page(common.PAGES["claims"], title="Claims", icon=":material/inbox:", default=True),
        st.Page(common.PAGES["claim"], title="Claim", icon=":material/format_quote:", url_path="claim"),
        st.Page(common.PAGES["search"], title="Search", icon=":material/search:", url_path="search"),
        st.Page(common.PAGES["import"], title="Import", icon=":material/upload_file:", url_path="import"),
        st.Page(common.PAGES["export"], title="Export", icon=":material/download:", url_path="export"),
        st.Page(common.PAGES["overview"], title="Overview", icon=":material/monitoring:", url_path="overview"),
    ]
    current = st.navigation(pages)
    try:
        ws = common.workspace()
        reviewer_sidebar(ws)
        import_seeds_on_first_start(ws)
        warm_up(ws)
    except common.UserError as err:
        st.error(common.md(err))
        st.stop()
    except ImportError as err:
        common.log.exception("a workbench part is missing")
        st.warning(f"Part of the workbench is not installed ({err.name or err}); some pages will not work.")
    except Exception as err:  # noqa: BLE001
        common.log.exception("workspace start failed")
        st.error(f"The workspace could not be opened ({type(err).__name__}); the details are in the server log.")
        st.stop()
    current.run()


main()
