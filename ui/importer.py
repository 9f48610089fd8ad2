"""Import page: paste an article or upload files, with metadata; progress while it runs; a summary."""
from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from ui import common, filters

UPLOAD_TYPES = ["txt", "md", "html", "htm", "jsonl", "csv"]
LANGUAGES = {"auto": "detect", "de": "German", "en": "English"}


def render() -> None:
    ws = common.workspace()
    st.title("Import")
    paste, upload = st.tabs(["Paste text", "Upload files"])
    with paste:
        _paste(ws)
    with upload:
        _upload(ws)
    last = st.session_state.get("import_summary")
    if last:
        _show_summary(*last)


def _metadata(key: str, note: str = "") -> dict:
    cols = st.columns(2)
    title = cols[0].text_input("Title", key=f"{key}_title")
    outlet = cols[1].text_input("Outlet", key=f"{key}_outlet", placeholder="e.g. Tagesschau")
    url = cols[0].text_input("URL", key=f"{key}_url", placeholder="https://…")
    sub = cols[1].columns(2)
    published = sub[0].date_input("Date", value=None, key=f"{key}_date", format="YYYY-MM-DD")
    language = sub[1].selectbox("Language", list(LANGUAGES), format_func=LANGUAGES.get, key=f"{key}_language")
    if note:
        st.caption(note)
    return {"title": title.strip() or None, "outlet": outlet.strip() or None, "url": url.strip() or None,
            "published": published, "language": language}


def _paste(ws) -> None:
    from claims.ingest import ingest_text

    with st.form("import_paste"):
        text = st.text_area("Article text", height=260, key="import_text",
                            placeholder="Paste a German or English news article…")
        meta = _metadata("paste")
        submitted = st.form_submit_button("Import text", type="primary")
    if not submitted:
        return
    if not text.strip():
        st.error("Paste the text of an article first.")
        return
    bar = st.progress(0.0, text="Starting…")
    summary = common.run_action(ingest_text, ws, text, progress=_progress(bar), **meta)
    bar.empty()
    if summary is not None:
        st.session_state["import_summary"] = (summary, [])
        filters.refresh()


def _upload(ws) -> None:
    from claims.documents import ROW_SUFFIXES, Rejected, read_documents
    from claims.ingest import ingest_documents

    with st.form("import_upload", clear_on_submit=True):
        files = st.file_uploader("Articles", type=UPLOAD_TYPES, accept_multiple_files=True,
                                 help=".txt .md .html: one article per file; .jsonl .csv: one article per row "
                                      "(column text, optional title, url, outlet, published, language)")
        meta = _metadata("upload", "Filled-in fields apply to every uploaded text or HTML file; "
                                   "rows of .jsonl/.csv files keep their own fields and use these only where empty.")
        submitted = st.form_submit_button("Import files", type="primary")
    if not submitted:
        return
    if not files:
        st.error("Choose one or more files first.")
        return
    bar = st.progress(0.0, text="Reading files…")
    with tempfile.TemporaryDirectory(prefix="claims-upload-") as tmp:
        names: dict[str, str] = {}
        paths = []
        for n, upload in enumerate(files):
            path = Path(tmp) / f"{n:04d}_{_safe_name(upload.name)}"
            path.write_bytes(upload.getvalue())
            names[str(path)] = upload.name
            paths.append(path)
        documents, rejected = [], []
        for item in read_documents(paths):
            if isinstance(item, Rejected):
                if item.is_error:  # an empty file or row is skipped, not rejected
                    rejected.append(dataclasses.replace(item, path=names.get(item.path, Path(item.path).name)))
            else:
                is_row = Path(item.source_path or "").suffix.lower() in ROW_SUFFIXES
                item = dataclasses.replace(item, source_path=names.get(item.source_path, item.source_path))
                documents.append(_with_metadata(item, meta, is_row))
        if not documents:
            bar.empty()
            st.session_state["import_summary"] = (None, rejected)
            return
        summary = common.run_action(ingest_documents, ws, documents, progress=_progress(bar))
    bar.empty()
    if summary is not None:
        st.session_state["import_summary"] = (summary, rejected)
        filters.refresh()


def _with_metadata(doc, meta: dict, is_row: bool):
    language = None if meta["language"] == "auto" else meta["language"]
    wanted = {k: v for k, v in {**meta, "language": language}.items() if v}
    if is_row:
        wanted = {k: v for k, v in wanted.items() if not getattr(doc, k, None)}
    return dataclasses.replace(doc, **wanted)


def _safe_name(name: str) -> str:
    base = Path(name).name
    return re.sub(r"[^\w.\-]+", "_", base)[-120:] or "upload.txt"


def _progress(bar):
    def progress(done: int, total: int, message: str = "") -> None:
        bar.progress(min(1.0, done / total) if total else 0.0, text=message or f"{done} of {total}")

    return progress


def _show_summary(summary, rejected) -> None:
    st.divider()
    st.subheader("Last import")
    if summary is not None:
        cols = st.columns(4)
        cols[0].metric("Articles imported", summary.documents)
        cols[1].metric("Claims found", summary.claims)
        cols[2].metric("Already there (skipped)", summary.skipped + getattr(summary, "empty", 0))
        errors = list(getattr(summary, "errors", []) or [])
        cols[3].metric("Rejected", len(errors) + len(rejected))
        rejected = [*rejected, *errors]
        if summary.claims:
            st.page_link(common.PAGES["claims"], label="Go to the claims", icon=":material/inbox:")
    if rejected:
        st.markdown("**Rejected, and why**")
        st.dataframe(pd.DataFrame({"what": [_describe(r) for r in rejected]}), hide_index=True, width="stretch")
    elif summary is None:
        st.info("Nothing was imported.")


def _describe(item) -> str:
    if isinstance(item, tuple) and len(item) == 2:
        return f"{item[0]}: {item[1]}"
    return str(item)


common.page(render)
