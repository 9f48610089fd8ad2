"""The seed article against its gold claims, scored by the shared scorer (imported by path)."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from claims.extract import extract_claims

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"
SHARED = Path(os.environ.get("CLAIMS_SHARED", ROOT.parent / "shared"))

GOLD = SHARED / "gold" / "seed_claims.json"
SCORER = SHARED / "tools" / "score_claims.py"

pytestmark = pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()), reason="shared/ not beside the clone")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures():
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pred = [c.to_dict() for c in extract_claims(text, "de")]
    lo, hi = gold.get("ignore", [len(text), len(text)])
    kept = [p for p in pred if not lo <= p["content_span"][0] < hi]
    return _scorer().score([(text, gold["claims"], kept)]), text, pred


def test_seed_full_f1_floor():
    result, _, _ = _figures()
    assert result["full_f1"] >= 0.90, result


def test_seed_spans_point_into_the_text():
    _, text, pred = _figures()
    assert pred
    for p in pred:
        s, e = p["content_span"]
        assert text[s:e] == p["content"]
        if p["source_span"]:
            s, e = p["source_span"]
            assert text[s:e] == p["source_mention"]
        if p["cue_span"]:
            s, e = p["cue_span"]
            assert text[s:e] == p["cue"]
