"""A learned tagger for speeches: cue, source and content tokens of first-person reported speech.

Parliamentary speeches and interviews report in the first person ("Ich glaube, dass …",
"Wir fordern …", "Sie haben gesagt, …"), which the news rules in ``attribution.py`` rarely
catch. A linear-chain CRF (python-crfsuite) tags each token B-/I- CUE, SRC or MSG from
lexicon-based features (cue-verb forms, Konjunktiv, pronouns, distance to the nearest cue).
The shipped German model is trained on GePaDe-SpkAtt (``de-parl``, CC0) only, with
``python -m claims train-speech-model``; ``extract_claims`` uses it for documents that
``claims.genre`` calls speeches, for sentences the rules leave without a claim.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from claims.lexicon import Lexicon, load_lexicon
from claims.model import Claim
from claims.sentences import Token, tokenize

__all__ = ["MODEL_NAME", "model_path", "speech_claims", "train_speech_model", "training_sequences"]

MODEL_NAME = "speech_crf.crfsuite"
_DATA = Path(__file__).resolve().parent / "data"
_ROLES = ("MSG", "SRC", "CUE")  # increasing priority where gold spans overlap
_OPEN_QUOTES = frozenset("„«\"“")
_CLOSE_QUOTES = frozenset("“”»\"")
_LINKS = frozenset({",", ":", "–", "-"})
_NON_VERB_CUES = frozenset({"laut", "zufolge", "meines", "meiner", "unserer", "unseres"})


def model_path(lang: str) -> Path:
    """Where the shipped model for ``lang`` lives (it may not exist: English has none)."""
    return _DATA / lang / MODEL_NAME


@lru_cache(maxsize=4)
def _tagger(lang: str):
    path = model_path(lang)
    if not path.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word[:1].isupper():
        return "X" if word.isupper() and len(word) > 1 else "Xx"
    return "x" if word[:1].isalpha() else word


def _word(tok: Token, lex: Lexicon) -> dict:
    low = tok.lower
    f = {"w": low, "s3": low[-3:], "sh": _shape(tok.text)}
    readings = lex.verbs.get(low)
    if readings:
        f["cue"] = "weak" if all(r.weak for r in readings) else "cue"
        f["lem"] = readings[0].lemma
    for name, words in (("k1", lex.konjunktiv_i), ("k2", lex.konjunktiv_ii), ("role", lex.roles),
                        ("pron", lex.words["pronouns"]), ("comp", lex.words["complementizers"])):
        if low in words:
            f[name] = True
    if low in lex.words.get("nach_heads", ()) or low in lex.words.get("speech_nouns", ()):
        f["noun_cue"] = True
    return f


def _features(tokens: list[Token], lex: Lexicon) -> list[dict[str, float]]:
    """One feature dict per token (crfsuite form: name → weight; string values become "name=value")."""
    words = [_word(t, lex) for t in tokens]
    n = len(tokens)
    quoted, inside = [], False
    for t in tokens:
        if not inside and t.text in _OPEN_QUOTES:
            inside = True
            quoted.append(True)
        elif inside and t.text in _CLOSE_QUOTES:
            inside = False
            quoted.append(True)
        else:
            quoted.append(inside)
    cues = [i for i, w in enumerate(words) if "cue" in w or "noun_cue" in w or w["w"] in _NON_VERB_CUES]
    links = [i for i, t in enumerate(tokens) if t.text in _LINKS]
    any_cue = any("cue" in w for w in words)
    any_k1 = any("k1" in w for w in words)
    out = []
    for i, w in enumerate(words):
        f = {"bias": 1.0}
        for k, v in w.items():
            f[f"{k}={v}" if isinstance(v, str) else k] = 1.0
        for off in (-2, -1, 1, 2):
            j = i + off
            if not 0 <= j < n:
                f[f"{off}w=<pad>"] = 1.0
                continue
            f[f"{off}w={words[j]['w']}"] = 1.0
            for k in ("cue", "k1", "pron", "comp", "role"):
                if k in words[j]:
                    v = words[j][k]
                    f[f"{off}{k}={v}" if isinstance(v, str) else f"{off}{k}"] = 1.0
        if quoted[i]:
            f["inq"] = 1.0
        f["pos=" + (str(i) if i < 6 else ("end" if i > n - 3 else "mid"))] = 1.0
        if cues:
            j = min(cues, key=lambda c: abs(c - i))
            d = i - j
            bucket = "0" if d == 0 else ("+" if d > 0 else "-") + (
                "1" if abs(d) == 1 else "2-3" if abs(d) <= 3 else "4-8" if abs(d) <= 8 else "far")
            lo, hi = sorted((i, j))
            f["dcue=" + bucket] = 1.0
            f["links=" + str(min(sum(1 for k in links if lo < k < hi), 2))] = 1.0
            f["cue_lem=" + words[j].get("lem", words[j]["w"])] = 1.0
        else:
            f["dcue=none"] = 1.0
        if any_cue:
            f["S_cue"] = 1.0
        if any_k1:
            f["S_k1"] = 1.0
        out.append(f)
    return out


def _labels(tokens: list[Token], attributions: list[dict]) -> list[str]:
    """BIO labels from gold spans; where roles overlap the higher priority (CUE > SRC > MSG) wins."""
    labels = ["O"] * len(tokens)
    priority = {r: k for k, r in enumerate(_ROLES)}
    for a in attributions:
        for role, key in (("MSG", "content"), ("SRC", "source"), ("CUE", "cue")):
            spans = a.get(f"{key}_spans") or ([a[f"{key}_span"]] if a.get(f"{key}_span") else [])
            for s, e in spans:
                first = True
                for i, t in enumerate(tokens):
                    if t.start >= s and t.end <= e:
                        cur = labels[i][2:] if labels[i] != "O" else None
                        if cur is None or priority[role] > priority[cur]:
                            labels[i] = ("B-" if first else "I-") + role
                        first = False
    return labels


def training_sequences(records: Iterable[dict], lang: str) -> Iterator[tuple[list[dict], list[str]]]:
    """(features, labels) per benchmark-format record ({"text", "attributions": [...]})."""
    lex = load_lexicon(lang)
    for rec in records:
        tokens = tokenize(rec["text"])
        if tokens:
            yield _features(tokens, lex), _labels(tokens, rec.get("attributions", []))


def train_speech_model(jsonl_paths: list[Path], out: Path, lang: str = "de", *, c1: float = 0.3,
                       c2: float = 0.1, iterations: int = 300) -> int:
    """Train the CRF on benchmark-format JSONL files and write it to ``out``; returns the sequence count."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for path in jsonl_paths:
        with open(path, encoding="utf-8") as fh:
            records = (json.loads(line) for line in fh if line.strip())
            try:
                for features, labels in training_sequences(records, lang):
                    trainer.append(features, labels)
                    count += 1
            except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as err:
                raise ValueError(f"{path}: not attribution gold JSONL ({err!r})") from None
    if count == 0:
        raise ValueError("no passages with text to train on")
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    _tagger.cache_clear()
    return count


def _runs(tags: list[str], role: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags + ["O"]):
        inside = tag == "I-" + role and start is not None
        if inside:
            continue
        if start is not None:
            out.append((start, i))
            start = None
        if tag.endswith("-" + role):
            start = i
    return out


def speech_claims(text: str, sentences: list[tuple[int, int, int]], lang: str) -> list[Claim]:
    """Claims the speech model finds in the given sentences ((index, start, end) triples of ``text``).

    A claim needs a tagged cue and a content of two or more tokens; its source is the tagged
    source phrase nearest the content (the pronoun as written: "ich", "wir", "Sie"), or none.
    """
    tagger = _tagger(lang)
    if tagger is None:
        return []
    lex = load_lexicon(lang)
    out = []
    for index, start, end in sentences:
        tokens = tokenize(text, start, end)
        if len(tokens) < 3:
            continue
        tags = tagger.tag(_features(tokens, lex))
        cues = _runs(tags, "CUE")
        if not cues:
            continue
        sources = _runs(tags, "SRC")
        for a, b in _runs(tags, "MSG"):
            if b - a < 2:
                continue
            cue = min(cues, key=lambda c: abs(c[0] - a))
            src = min(sources, key=lambda s: abs(s[0] - a)) if sources else None
            span = (tokens[a].start, tokens[b - 1].end)
            quoted = text[span[0]] in _OPEN_QUOTES and text[span[1] - 1] in _CLOSE_QUOTES
            source_span = (tokens[src[0]].start, tokens[src[1] - 1].end) if src else None
            mention = text[source_span[0]:source_span[1]] if source_span else None
            out.append(Claim(content=text[span[0]:span[1]], content_span=span,
                             kind="direct" if quoted else "indirect", lang=lang, sentence=index,
                             source=mention, source_mention=mention, source_span=source_span,
                             cue=text[tokens[cue[0]].start:tokens[cue[1] - 1].end],
                             cue_span=(tokens[cue[0]].start, tokens[cue[1] - 1].end)))
    return out
