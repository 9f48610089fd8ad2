"""The workspace commands end to end, as a user runs them: ingest, search, similar, info, reindex."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"


def claims_cli(*args, env=None):
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "claims", *map(str, args)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    ws = tmp_path_factory.mktemp("cli") / "ws"
    result = claims_cli("ingest", "--workspace", ws, SEED, FIXTURES / "store_tax_articles.jsonl",
                        FIXTURES / "store_binary.txt")
    return ws, result


def test_ingest_prints_a_summary_with_per_file_errors(ingested):
    _, result = ingested
    assert result.returncode == 0, result.stderr
    assert "documents: 3 imported" in result.stdout
    assert "errors: 1" in result.stdout and "store_binary.txt" in result.stdout
    assert "ingest" in result.stderr and "Traceback" not in result.stderr  # the progress bar


def test_info_json_counts(ingested):
    ws, _ = ingested
    result = claims_cli("info", "--json", "--workspace", ws)
    info = json.loads(result.stdout)
    assert info["documents"] == 3 and info["claims"] == info["indexed"] > 0
    assert info["verdicts"] == 0 and info["model"] == "use-multilingual"


def test_search_and_similar_json(ingested):
    ws, _ = ingested
    result = claims_cli("search", "--workspace", ws, "--json", "-k", "3", "--lang", "de",
                        "Trump wants to meet Putin in Budapest")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and all(h["language"] == "de" for h in hits)
    for key in ("claim_id", "score", "content", "source", "document", "verdict"):
        assert key in hits[0]
    assert any("Budapest" in h["content"] for h in hits)
    first = hits[0]["claim_id"]
    result = claims_cli("similar", first, "-k", "4", "--json", "--workspace", ws)
    similar = json.loads(result.stdout)
    assert len(similar) == 4 and first not in [h["claim_id"] for h in similar]


def test_user_errors_exit_2_with_one_line(ingested, tmp_path):
    ws, _ = ingested
    result = claims_cli("similar", "999999", "--workspace", ws)
    assert result.returncode == 2 and result.stderr.startswith("error: no claim") and "Traceback" not in result.stderr
    result = claims_cli("ingest", "--no-progress", "--workspace", tmp_path / "other", FIXTURES / "store_binary.txt")
    assert result.returncode == 2 and "binary" in result.stdout and "Traceback" not in result.stderr


def test_reindex(ingested):
    ws, _ = ingested
    result = claims_cli("reindex", "--no-progress", "--workspace", ws)
    assert result.returncode == 0, result.stderr
    info = json.loads(claims_cli("info", "--json", "--workspace", ws).stdout)
    assert f"re-embedded {info['claims']} claims" in result.stdout
    assert info["indexed"] == info["claims"]


def test_every_command_has_help():
    for command in ("ingest", "search", "similar", "info", "reindex"):
        result = claims_cli(command, "--help")
        assert result.returncode == 0 and "--workspace" in result.stdout
