"""Fixtures shared by all tests: real workspaces in temp folders, paths to shared data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"
SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def workspace(tmp_path):
    """A new, empty workspace in a temp folder (real DuckDB file)."""
    from claims.workspace import Workspace

    return Workspace.open(tmp_path / "ws")


@pytest.fixture(scope="session")
def encoder():
    """The real default embedding model (bundled multilingual USE), loaded once per test run."""
    from index.embeddings import DEFAULT_MODEL, load_model

    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    """A workspace with the seed article ingested once per test session; copy it, never write to it."""
    from claims.ingest import ingest_paths
    from claims.workspace import Workspace

    folder = tmp_path_factory.mktemp("seeded") / "template"
    assert ingest_paths(Workspace.open(folder), [SEED]).claims >= 8
    return folder


@pytest.fixture
def seeded_ws_dir(seeded_template, tmp_path):
    """A private copy of the seeded workspace folder."""
    import shutil

    shutil.copytree(seeded_template, tmp_path / "seeded_ws")
    return tmp_path / "seeded_ws"
