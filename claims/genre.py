"""Whether a document is a news report or a speech, from how much it speaks in the first person.

The extraction rules are written for news, where speakers are reported in the third person.
Speeches (parliamentary debates, interview transcripts) speak for themselves ("Ich glaube, …",
"Wir fordern …") and get the learned speech tagger as well. The word lists and thresholds are
data (``claims/data/<lang>/genre.toml``); a language without that file is always news.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

__all__ = ["GENRES", "detect_genre"]

GENRES = ("news", "speech")
_DATA = Path(__file__).resolve().parent / "data"
_QUOTED = re.compile(r"„[^“”\n]*[“”]|“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|»[^«\n]*«")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _settings(lang: str) -> dict | None:
    path = _DATA / lang / "genre.toml"
    if not path.exists():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data["first_person"] = frozenset(data.get("first_person", ()))
    data["address"] = frozenset(data.get("address", ()))
    return data


def detect_genre(text: str, lang: str) -> str:
    """'speech' when the text has enough words and first-person/address words outside quotes, else 'news'."""
    settings = _settings(lang)
    if settings is None:
        return "news"
    words = _WORD.findall(_QUOTED.sub(" ", text))
    if len(words) < settings["min_words"]:
        return "news"
    hits = sum(1 for w in words if w.lower() in settings["first_person"] or w in settings["address"])
    return "speech" if hits * 100 / len(words) >= settings["min_rate"] else "news"
