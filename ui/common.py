"""Small helpers shared by the workbench pages: the workspace, the reviewer, error display, safe markup.

No business logic lives here: pages call ``claims`` functions and show what they return.
"""
from __future__ import annotations

import html
import logging
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable

import streamlit as st

from claims.errors import UserError
from claims.workspace import Workspace, default_path

log = logging.getLogger("claims.ui")

TIMING = bool(os.environ.get("CLAIMS_UI_TIMING"))  # print each page's run time to the server's stderr
ROOT = Path(__file__).resolve().parent.parent
PAGES = {  # page key -> file of the page script, relative to app.py
    "claims": "ui/inbox.py",
    "claim": "ui/claim.py",
    "search": "ui/search.py",
    "import": "ui/importer.py",
    "export": "ui/export.py",
    "overview": "ui/overview.py",
}
KIND_HELP = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "continued": "quote continued from an earlier sentence",
    "hearsay": "attributed to an unnamed or second-hand source",
    "unattributed": "no source named",
}


def workspace_path() -> str:
    """The workspace folder this server works on (``CLAIMS_WORKSPACE``, else ``./workspace``)."""
    return str(default_path().resolve())


@st.cache_resource(show_spinner=False)
def _open_workspace(path: str) -> Workspace:
    return Workspace.open(path)


def workspace() -> Workspace:
    """The workspace, opened once per server process (connections are opened per action)."""
    return _open_workspace(workspace_path())


def reviewer() -> str | None:
    """The reviewer name of this browser session (login name, or the name typed in the sidebar)."""
    return st.session_state.get("reviewer_name") or None


def page(render: Callable[[], None], *, hold_connection: bool = False) -> None:
    """Run a page body, showing user errors and unexpected failures as a short message, never a traceback.

    ``hold_connection`` keeps one workspace connection open while the page runs: the library calls
    still open their own, but then share the open database instead of loading it again each time
    (about 15 ms per call on a 100k-claim workspace). It is closed when the page is drawn.
    """
    started = time.perf_counter()
    try:
        if hold_connection:
            with workspace().connect():
                render()
        else:
            render()
    except UserError as err:
        st.error(md(err))
    except ImportError as err:
        log.exception("a workbench part is missing")
        st.error(f"This part of the workbench is not available in this installation ({err.name or err}).")
    except Exception as err:  # noqa: BLE001 - the page must survive anything; details go to the server log
        # (st.rerun / st.switch_page / st.stop raise BaseExceptions, which pass through.)
        log.exception("page failed")
        st.error(f"Something went wrong ({type(err).__name__}). The details are in the server log; "
                 "nothing you entered was stored half-way.")
    finally:
        if TIMING:
            print(f"[timing] {Path(render.__code__.co_filename).stem}.{render.__name__} ran in "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms", file=sys.stderr, flush=True)


def run_action(action: Callable, *args, success: str | None = None, **kwargs):
    """Call a library function for a button or form, showing errors inline; returns its result or None."""
    try:
        result = action(*args, **kwargs)
    except UserError as err:
        st.error(md(err))
        return None
    except Exception as err:  # noqa: BLE001
        log.exception("action failed")
        st.error(f"That did not work ({type(err).__name__}); the details are in the server log.")
        return None
    if success:
        st.success(success)
    return result


def open_claim(claim_id: int) -> None:
    """Switch to the Claim page showing ``claim_id``."""
    st.session_state["claim_id"] = int(claim_id)
    st.switch_page(PAGES["claim"], query_params={"id": str(int(claim_id))})


def open_picked_row(key: str, ids: list[int]) -> None:
    """``on_select`` callback of a claims table: open the claim of the picked row at once.

    Called before the script reruns, so the click leads straight to the Claim page in one run
    instead of rerunning the page with the table first.
    """
    selection = st.session_state.get(key)
    rows = selection.get("selection", {}).get("rows", []) if selection else []
    if rows and 0 <= rows[0] < len(ids) and ids[rows[0]] is not None:  # None: a row that is this claim
        open_claim(ids[rows[0]])


def highlight(paragraph: str, spans: dict) -> str:
    """HTML for ``paragraph`` with the 'source', 'cue' and 'content' spans marked; all text escaped.

    Article text is untrusted: every character of it passes through ``html.escape``, and the only
    markup is the ``<mark>`` tags made here. Overlapping spans are cut so that the later-starting wins.
    """
    marks = sorted(((a, b, name) for name, (a, b) in spans.items()
                    if 0 <= a < b <= len(paragraph)), key=lambda m: (m[0], -m[1]))
    out, pos = [], 0
    for start, end, name in marks:
        start = max(start, pos)
        if start >= end:
            continue
        out.append(html.escape(paragraph[pos:start]))
        out.append(f'<mark class="claim-{name}" title="{name}">{html.escape(paragraph[start:end])}</mark>')
        pos = end
    out.append(html.escape(paragraph[pos:]))
    return ('<div class="claim-context">' + "".join(out).replace("\n", "<br>") + "</div>")


HIGHLIGHT_CSS = """
<style>
.claim-context { line-height: 1.7; font-size: 1.05rem; padding: .75rem 1rem; border-left: 4px solid #d0d7de;
                 background: rgba(128,128,128,.06); border-radius: 4px; }
.claim-context mark { padding: .1rem .2rem; border-radius: 3px; }
mark.claim-content { background: #fff3b0; color: #222; }
mark.claim-source { background: #c9e4ff; color: #222; font-weight: 600; }
mark.claim-cue { background: #d9f2d0; color: #222; font-style: italic; }
.claim-legend mark { margin-right: .5rem; }
</style>
"""

LEGEND = ('<div class="claim-legend"><mark class="claim-source">source</mark>'
          '<mark class="claim-cue">cue</mark><mark class="claim-content">content</mark></div>')


def verdict_labels(ws: Workspace) -> tuple[list[str], Callable[[str | None], str]]:
    """The verdict keys of the workspace's scale and a function giving a key's display label."""
    from claims.scale import load_scale

    scale = load_scale(ws.path)

    def label(key: str | None) -> str:
        if not key:
            return "—"
        return f"{scale.label_of(key, 'de')} / {scale.label_of(key, 'en')}" if scale.get(key) else key

    return list(scale.keys), label


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=])")


def md(text) -> str:
    """``text`` escaped for st.markdown/st.caption, so untrusted names cannot become links, markup or emoji."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def hit_verdict(hit, label_of) -> str:
    """A search hit's verdict for a table cell: its own, else the inherited one marked as such."""
    if hit.verdict:
        return label_of(hit.verdict)
    if getattr(hit, "inherited_verdict", None):
        return f"{label_of(hit.inherited_verdict)} (inherited)"
    return ""


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address (so it can be a link), else None."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(c in url for c in " \n\r\t\"'<>"):
        return url.strip()
    return None


def env_flag(name: str, default: bool = True) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() not in ("0", "false", "no", "off", "")
