"""Reliability with real processes: kill -9 in the middle of an ingest, a second writer waiting."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow
N_DOCS = 320  # five batches: the kill lands after the first


def _env(**extra):
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def _cli(*args, **env):
    return subprocess.run([sys.executable, "-m", "claims", *map(str, args)], cwd=ROOT, env=_env(**env),
                          capture_output=True, text=True, timeout=300)


def _many_documents(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(
            f"Der Sprecher der Stadt {i} sagte am Dienstag, im Bezirk seien {i * 7 + 3} neue Wohnungen gebaut worden. "
            f"Laut der Behörde sollen bis {2030 + i % 9} weitere {i * 11 + 5} Wohnungen folgen.\n",
            encoding="utf-8")
    return folder


def test_kill_9_during_ingest_then_ingest_again(tmp_path):
    docs = _many_documents(tmp_path / "docs", N_DOCS)
    ws = tmp_path / "ws"
    proc = subprocess.Popen([sys.executable, "-m", "claims", "ingest", "--workspace", str(ws), str(docs)],
                            cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
        if b" claims]" in seen.split(b"ingest:")[-1] and b"| 0/" not in seen.split(b"ingest:")[-1]:
            break  # a batch has been stored: now it is mid-ingest
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    again = _cli("ingest", "--no-progress", "--workspace", ws, docs)
    assert again.returncode == 0, again.stderr
    info = json.loads(_cli("info", "--json", "--workspace", ws).stdout)
    assert info["documents"] == N_DOCS
    assert info["claims"] == info["indexed"] == info["embeddings"] >= 600
    imported_now = int(again.stdout.split("documents: ")[1].split(" imported")[0])
    assert 0 < imported_now < N_DOCS  # the killed run had stored some; the rest came now


def _hold_workspace(ws: Path, seconds: float) -> subprocess.Popen:
    code = ("import sys, time\n"
            "from claims.workspace import Workspace\n"
            f"ws = Workspace.open({str(ws)!r})\n"
            "with ws.connect():\n"
            "    print('held', flush=True)\n"
            f"    time.sleep({seconds})\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_then_proceeds(tmp_path):
    ws = tmp_path / "ws"
    text = tmp_path / "a.txt"
    text.write_text("Die Bürgermeisterin sagte, der Bahnhof werde ab Mai umgebaut.", encoding="utf-8")
    holder = _hold_workspace(ws, 4)
    result = _cli("ingest", "--no-progress", "--workspace", ws, text, CLAIMS_LOCK_TIMEOUT="120")
    holder.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert "waiting for the workspace" in result.stderr
    assert "documents: 1 imported" in result.stdout


def test_a_second_writer_gives_up_with_a_clear_message(tmp_path):
    ws = tmp_path / "ws"
    text = tmp_path / "a.txt"
    text.write_text("Die Bürgermeisterin sagte, der Bahnhof werde ab Mai umgebaut.", encoding="utf-8")
    holder = _hold_workspace(ws, 60)
    try:
        result = _cli("ingest", "--no-progress", "--workspace", ws, text, CLAIMS_LOCK_TIMEOUT="1")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "in use by another process" in result.stderr.strip().splitlines()[-1]
    info = json.loads(_cli("info", "--json", "--workspace", ws).stdout)
    assert info["documents"] == 0
