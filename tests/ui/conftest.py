"""Fixtures for the workbench UI tests: a workspace with real imported articles, and the app under AppTest."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
APP = str(ROOT / "app.py")
ARTICLES = [ROOT / "seeds", FIXTURES / "ui_article_en.txt", FIXTURES / "ui_untrusted.txt"]


@pytest.fixture(scope="session")
def ui_workspace(tmp_path_factory):
    """A workspace with the seed, an English article on the same story and an article with markup in it."""
    from claims.ingest import ingest_paths
    from claims.workspace import Workspace

    ws = Workspace.open(tmp_path_factory.mktemp("ui") / "ws")
    summary = ingest_paths(ws, ARTICLES)
    assert summary.documents == 3 and summary.claims > 20, summary
    return ws


@pytest.fixture
def app(monkeypatch):
    """``app(workspace_path, seeds="")`` → an AppTest of app.py on that workspace (seeds: folder or "" for none)."""
    from streamlit.testing.v1 import AppTest

    def make(path, seeds: str = ""):
        monkeypatch.setenv("CLAIMS_WORKSPACE", str(path))
        monkeypatch.setenv("CLAIMS_SEEDS", str(seeds))
        return AppTest.from_file(APP, default_timeout=60)

    return make


@pytest.fixture(scope="session")
def claim_with(ui_workspace):
    """``claim_with(text)`` → the id of the first claim of ``ui_workspace`` whose content contains ``text``."""
    def find(text: str) -> int:
        with ui_workspace.connect() as con:
            rows = con.execute("SELECT id FROM claims WHERE content LIKE ? ORDER BY id", [f"%{text}%"]).fetchall()
        assert rows, f"no claim contains {text!r}"
        return rows[0][0]

    return find


# Browser tests (pytest-playwright): Debian's Chromium, never a downloaded one.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}, "accept_downloads": True}
