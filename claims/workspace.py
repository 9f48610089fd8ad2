"""A workspace: one folder holding the DuckDB file, the FAISS index files and a small config.

The DuckDB file lock doubles as the workspace lock: a process that holds a read-write
connection owns the workspace, and others wait for it (bounded, with a message) in
``connect``. FAISS files are written only while that connection is held.
"""
from __future__ import annotations

import os
import sys
import threading
import time
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import duckdb
import tomli_w

from claims.errors import UserError
from claims.schema import migrate

DEFAULT_DIR = "workspace"
DB_FILE = "workbench.duckdb"
CONFIG_FILE = "config.toml"
INDEX_DIR = "index"

DEFAULT_CONFIG = {
    # Any sentence-transformers model name or local path; "use-multilingual" is the bundled
    # multilingual Universal Sentence Encoder (see index.embeddings).
    "model": "use-multilingual",
    "suggest_threshold": 0.65,  # calibrated for use-multilingual: benchmarks/calibrate_thresholds.py
    "confirm_threshold": 0.90,  # plus equal numbers (claims.matching)
    "organisation": "Fact-check desk",
    "review_url_pattern": "https://factcheck.example.org/claims/{claim_id}",
}


def default_path() -> Path:
    """The workspace folder from ``CLAIMS_WORKSPACE``, else ``./workspace``."""
    return Path(os.environ.get("CLAIMS_WORKSPACE") or DEFAULT_DIR)


def lock_timeout() -> float:
    """Seconds a writer waits for another process to release the workspace."""
    return float(os.environ.get("CLAIMS_LOCK_TIMEOUT", "60"))


@dataclass
class Workspace:
    """A workspace folder; cheap to create, opens the database only in ``connect``."""

    path: Path
    config: dict = field(default_factory=dict)

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> "Workspace":
        """Open (and create if needed) the workspace at ``path`` (default: ``default_path()``)."""
        folder = Path(path) if path else default_path()
        if folder.exists() and not folder.is_dir():
            raise UserError(f"workspace {folder} exists but is not a folder")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / INDEX_DIR).mkdir(exist_ok=True)
        config_path = folder / CONFIG_FILE
        config = dict(DEFAULT_CONFIG)
        if config_path.exists():
            try:
                config.update(tomllib.loads(config_path.read_text(encoding="utf-8")))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
                raise UserError(f"{config_path}: not valid TOML ({err})") from None
        else:
            write_atomic(config_path, tomli_w.dumps(config).encode("utf-8"))
        ws = cls(folder, config)
        with ws.connect():
            pass  # creates or migrates the schema
        return ws

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    @property
    def index_dir(self) -> Path:
        return self.path / INDEX_DIR

    def save_config(self) -> None:
        """Write the config back (atomically)."""
        write_atomic(self.path / CONFIG_FILE, tomli_w.dumps(self.config).encode("utf-8"))

    @contextmanager
    def connect(self, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection, migrated to the current schema; waits while another process holds it."""
        with _OPEN_CLOSE:
            con = _connect_waiting(self.db_path, lock_timeout() if timeout is None else timeout)
            try:
                _migrate_once(con, self.db_path)
            except BaseException:
                con.close()
                raise
        try:
            yield con
        finally:
            with _OPEN_CLOSE:
                con.close()


# DuckDB 2.0 shares one database instance between the connections of a process. Opening or
# closing a connection while another thread works on its own connection to the same file
# intermittently breaks that one ("Table Function with name python_arrow_scan does not exist",
# or a catalog write-write conflict between two migrations). Threads (Streamlit sessions, the
# ingest reader) therefore open, migrate and close connections one at a time; the work done on
# an open connection still runs concurrently.
_OPEN_CLOSE = threading.RLock()

def _migrate_once(con: duckdb.DuckDBPyConnection, db_path: Path) -> None:
    """Migrate when the file is behind; the usual case costs one read, not a write transaction.

    (Remembering migrated files by device and inode is not safe: a workspace deleted and made
    again, as tests do in temp folders, can get the inode of the old file and then was never
    migrated.)
    """
    from claims.schema import MIGRATIONS

    try:
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0] or 0
    except duckdb.CatalogException:
        version = 0
    if version != len(MIGRATIONS):
        migrate(con)


def _connect_waiting(db_path: Path, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    told = False
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(db_path))
        except duckdb.IOException as err:
            if "lock" not in str(err).lower():
                raise UserError(f"cannot open {db_path}: {err}") from None
            if time.monotonic() >= deadline:
                raise UserError(
                    f"the workspace {db_path.parent} is in use by another process "
                    f"(waited {timeout:.0f} s); try again when it has finished"
                ) from None
            if not told:
                print(f"waiting for the workspace {db_path.parent}: another process is writing…", file=sys.stderr)
                told = True
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file and rename, so readers never see half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
