"""The verdict commands as a user runs them: `python -m claims verdict|status|history|export|import-verdicts`."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
REVIEWS = ROOT / "tests" / "fixtures" / "verdicts_claimreview.json"


@pytest.fixture
def ws_dir(seeded_ws_dir):
    return seeded_ws_dir


def claims_cli(*args, ws_dir=None, env=None):
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **(env or {})}
    full_env.pop("CLAIMS_REVIEWER", None) if "CLAIMS_REVIEWER" not in (env or {}) else None
    cmd = [sys.executable, "-m", "claims", *map(str, args)]
    if ws_dir is not None:
        cmd += ["--workspace", str(ws_dir)]
    return subprocess.run(cmd, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=300)


def first_ids(ws_dir, n):
    with Workspace.open(ws_dir).connect() as con:
        return [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id LIMIT ?", [n]).fetchall()]


def test_verdict_then_correction_then_history(ws_dir):
    cid = first_ids(ws_dir, 1)[0]
    done = claims_cli("verdict", cid, "Falsch", "--rationale", "Es gab kein Treffen.", "--evidence",
                      "https://example.org/1", "--evidence", "https://example.org/2", "--reviewer", "Anna",
                      ws_dir=ws_dir)
    assert done.returncode == 0, done.stderr
    assert f"claim {cid}: Falsch / False" in done.stdout and "Anna" in done.stdout
    done = claims_cli("verdict", cid, "mostly true", "--json", ws_dir=ws_dir, env={"CLAIMS_REVIEWER": "Ben"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reviewer"] == "Ben"

    shown = claims_cli("history", cid, "--json", ws_dir=ws_dir)
    assert shown.returncode == 0, shown.stderr
    history = json.loads(shown.stdout)
    assert history["status"] == "checked" and history["verdict"]["label"] == "mostly_true"
    verdicts = [e for e in history["events"] if e["type"] == "verdict"]
    assert [v["label"] for v in verdicts] == ["false", "mostly_true"]
    assert verdicts[0]["evidence"] == ["https://example.org/1", "https://example.org/2"]
    text = claims_cli("history", cid, ws_dir=ws_dir)
    assert "verdict Falsch / False by Anna" in text.stdout and "status -> checked" in text.stdout


@pytest.mark.parametrize("args, words", [
    (["verdict", "{cid}", "pants-on-fire"], "valid labels: true (Richtig / True)"),
    (["verdict", "987654", "false", "--rationale", "x"], "no claim with id 987654"),
    (["verdict", "{cid}", "false", "--rationale", "x", "--evidence", "www.example.org"], "evidence link"),
    (["verdict", "{cid}", "false"], "needs a rationale"),
    (["status", "{cid}", "published"], "can move to"),
    (["status", "{cid}", "finished"], "unknown status"),
    (["history", "abc"], "claim id must be a number"),
    (["export", "--format", "csv", "--since", "gestern"], "not a date"),
])
def test_user_errors_exit_2_with_one_line(ws_dir, args, words):
    cid = first_ids(ws_dir, 1)[0]
    done = claims_cli(*[a.format(cid=cid) for a in args], ws_dir=ws_dir)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    with Workspace.open(ws_dir).connect() as con:
        assert con.execute("SELECT count(*) FROM verdict_events").fetchall()[0][0] == 0


def test_status_workflow_and_reviewers_list(ws_dir):
    a, b = first_ids(ws_dir, 2)
    config = ws_dir / "config.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'reviewers = ["Anna", "Ben"]\n', encoding="utf-8")
    refused = claims_cli("status", a, "in_review", "--reviewer", "Mallory", ws_dir=ws_dir)
    assert refused.returncode == 2 and "not in this workspace's reviewers list" in refused.stderr
    nameless = claims_cli("verdict", a, "true", ws_dir=ws_dir)
    assert nameless.returncode == 2 and "named reviewers" in nameless.stderr
    moved = claims_cli("status", a, "in review", "--reviewer", "anna", ws_dir=ws_dir)
    assert moved.returncode == 0 and "new -> in_review (assigned to Anna)" in moved.stdout
    assert claims_cli("verdict", a, "true", "--reviewer", "Ben", ws_dir=ws_dir).returncode == 0
    assert "checked -> published" in claims_cli("status", a, "published", "--reviewer", "Ben", ws_dir=ws_dir).stdout
    assert claims_cli("status", b, "not_checkworthy", "--reviewer", "Ben", ws_dir=ws_dir).returncode == 0
    with Workspace.open(ws_dir).connect() as con:
        assert con.execute("SELECT id, status, assignee FROM claims WHERE id IN (?, ?) ORDER BY id", [a, b]).fetchall() == [
            (a, "published", "Anna"), (b, "not_checkworthy", "Ben")]


def test_export_and_import_round_trip_on_the_command_line(ws_dir, tmp_path):
    a, b = first_ids(ws_dir, 2)
    assert claims_cli("verdict", a, "false", "--rationale", "@falsch", ws_dir=ws_dir).returncode == 0
    assert claims_cli("verdict", b, "Richtig", ws_dir=ws_dir).returncode == 0
    out = tmp_path / "out.csv"
    done = claims_cli("export", "--format", "csv", "-o", out, "--excel", ws_dir=ws_dir)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["rationale"] == "'@falsch"
    stdout = claims_cli("export", "--label", "richtig", ws_dir=ws_dir).stdout
    assert [r["claim_id"] for r in csv.DictReader(io.StringIO(stdout))] == [str(b)]
    reviews = claims_cli("export", "--format", "claimreview", ws_dir=ws_dir)
    assert reviews.returncode == 0 and len(json.loads(reviews.stdout)) == 2

    fresh = tmp_path / "fresh"
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    done = claims_cli("import-verdicts", out, REVIEWS, wrong, ws_dir=fresh)  # one model load for all
    assert done.returncode == 2, done.stderr
    assert f"{out}: 2 checked claims created" in done.stdout
    assert f"{REVIEWS}: row 3:" in done.stderr and f"{REVIEWS}: 3 checked claims created" in done.stdout
    assert "wrong.csv: not in the export layout: missing column" in done.stderr
    with Workspace.open(fresh).connect() as con:
        assert con.execute("SELECT count(*) FROM claims WHERE status = 'checked'").fetchall()[0][0] == 5
