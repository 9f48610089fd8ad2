"""Reliability of verdicts: concurrent writers, kill -9 in the middle of a verdict write or an export."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.verdicts import record_verdict
from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "CLAIMS_LOCK_TIMEOUT": "180"}


@pytest.fixture
def ws(seeded_ws_dir):
    return Workspace.open(seeded_ws_dir)


def query(ws, sql, params=()):
    with ws.connect() as con:
        return con.execute(sql, list(params)).fetchall()


def assert_consistent(ws):
    """Every verdict and status event belongs to a claim; a claim's status is its latest status event."""
    assert query(ws, "SELECT count(*) FROM verdict_events v LEFT JOIN claims c ON c.id = v.claim_id "
                     "WHERE c.id IS NULL")[0][0] == 0
    mismatched = query(ws, """
        SELECT c.id FROM claims c
        JOIN (SELECT claim_id, arg_max(status, id) AS status FROM status_events GROUP BY claim_id) s
          ON s.claim_id = c.id
        WHERE s.status <> c.status""")
    assert mismatched == []
    assert query(ws, "SELECT count(*) FROM claims c WHERE c.status = 'checked' AND NOT EXISTS "
                     "(SELECT 1 FROM verdict_events v WHERE v.claim_id = c.id)")[0][0] == 0


def test_eight_processes_record_verdicts_at_once(ws):
    ids = [r[0] for r in query(ws, "SELECT id FROM claims ORDER BY id LIMIT 8")]
    procs = [subprocess.Popen(
        [sys.executable, "-m", "claims", "verdict", str(cid), "false", "--rationale", f"writer {n}",
         "--reviewer", f"reviewer-{n}", "--workspace", str(ws.path)],
        cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) for n, cid in enumerate(ids)]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    assert [r[2] for r in results] == [0] * 8, [r[1] for r in results]
    stored = query(ws, "SELECT claim_id, rationale, reviewer FROM verdict_events ORDER BY claim_id")
    assert stored == [(cid, f"writer {n}", f"reviewer-{n}") for n, cid in enumerate(ids)]
    assert_consistent(ws)


WRITER = """
import sys
from claims.verdicts import record_verdict
from claims.workspace import Workspace
ws = Workspace.open(sys.argv[1])
ids = [int(i) for i in sys.argv[2:]]
n = 0
while True:
    event = record_verdict(ws, ids[n % len(ids)], "partly_false" if n % 2 else "true",
                           rationale=f"step {n}", evidence=[f"https://example.org/{n}"], reviewer="loop")
    print(event.id, flush=True)
    n += 1
"""


def test_kill_9_during_verdict_writes_loses_nothing_committed(ws):
    ids = [str(r[0]) for r in query(ws, "SELECT id FROM claims ORDER BY id LIMIT 5")]
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(ws.path), *ids], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported = []
    deadline = time.monotonic() + 120
    while len(reported) < 12 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    time.sleep(0.037)  # land somewhere inside a later write
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(reported) >= 12, proc.stderr.read()
    reported += [int(line) for line in proc.stdout.read().split()]  # printed before the kill landed

    ws = Workspace.open(ws.path)  # reopens after the crash (DuckDB replays its WAL)
    stored = {r[0] for r in query(ws, "SELECT id FROM verdict_events")}
    assert set(reported) <= stored
    assert len(stored) <= len(reported) + 1  # at most the write that was under way when killed
    assert_consistent(ws)
    after = record_verdict(ws, ids[0], "false", rationale="after the crash")
    assert query(ws, "SELECT label FROM current_verdicts WHERE claim_id = ?", [int(ids[0])]) == [("false",)]
    assert after.id > max(stored)


def test_kill_9_during_export_leaves_the_old_file_and_a_sound_workspace(ws, tmp_path):
    from claims.export import export_csv

    ids = [r[0] for r in query(ws, "SELECT id FROM claims ORDER BY id LIMIT 3")]
    for cid in ids:
        record_verdict(ws, cid, "false", rationale="vor dem Export")
    # Bulk up the workspace so the export takes long enough to be killed half-way.
    with ws.connect() as con:
        con.execute("""
            INSERT INTO claims (document_id, content, content_start, content_end, kind, source, language)
            SELECT c.document_id, c.content || ' #' || r.range, c.content_start, c.content_end, c.kind,
                   c.source, c.language
            FROM claims c, range(6000) r""")
    out = tmp_path / "claims.csv"
    out.write_bytes(b"previous complete export\n")
    proc = subprocess.Popen([sys.executable, "-m", "claims", "export", "-o", str(out), "--workspace", str(ws.path)],
                            cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    temp = []
    while time.monotonic() < deadline and proc.poll() is None:
        temp = [p for p in tmp_path.glob(".claims.csv.*.tmp") if p.stat().st_size > 0]
        if temp:
            break
        time.sleep(0.002)
    assert temp and proc.poll() is None, "the export finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert out.read_bytes() == b"previous complete export\n"  # never half a file under the real name

    ws = Workspace.open(ws.path)
    assert_consistent(ws)
    assert {r[0] for r in query(ws, "SELECT claim_id FROM current_verdicts")} == set(ids)
    n = export_csv(ws, out)
    assert n == query(ws, "SELECT count(*) FROM claims")[0][0]
    assert out.read_bytes().count(b"\n") == n + 1
    assert not list(tmp_path.glob(".claims.csv.*.tmp"))  # the killed run's leftover is cleaned up
