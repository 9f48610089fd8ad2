"""The verdict scale: which labels a verdict may have, in German and English, with ClaimReview ratings.

The default lives in ``claims/data/verdict_scale.toml``; a ``verdict_scale.toml`` in the
workspace folder replaces it for that workspace. Verdicts store the short key, so labels
can be renamed without touching stored verdicts (keys must stay).
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from claims.errors import UserError

DEFAULT_SCALE_PATH = Path(__file__).resolve().parent / "data" / "verdict_scale.toml"
SCALE_FILE = "verdict_scale.toml"

_KEY = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class Verdict:
    """One step of the scale, e.g. key 'false', 'Falsch' / 'False', rating 1."""

    key: str
    de: str
    en: str
    rating: float | None
    rationale_required: bool = False
    description: str = ""
    match_rating: bool = True   # may be chosen when mapping a foreign numeric rating (``nearest``)

    def label(self, lang: str | None = "en") -> str:
        """The label in ``lang`` ('de' → German, anything else → English)."""
        return self.de if lang == "de" else self.en


@dataclass(frozen=True)
class VerdictScale:
    """An ordered list of verdicts plus the best and worst rating for ClaimReview."""

    verdicts: tuple[Verdict, ...]
    best_rating: float
    worst_rating: float
    source: str = "default"

    def resolve(self, label: str) -> Verdict:
        """The verdict named by its key, German or English label (any case, surrounding spaces ignored).

        Raises ``UserError`` listing the valid labels when nothing matches.
        """
        wanted = _fold(label)
        for verdict in self.verdicts:
            if wanted in (_fold(verdict.key), _fold(verdict.de), _fold(verdict.en)):
                return verdict
        raise UserError(f"unknown verdict label {str(label)!r}; valid labels: {self.describe()}")

    def get(self, key: str) -> Verdict | None:
        """The verdict with this short key, or None (e.g. a key from an older scale)."""
        for verdict in self.verdicts:
            if verdict.key == key:
                return verdict
        return None

    def label_of(self, key: str | None, lang: str | None = "en") -> str | None:
        """The display label of a stored key; the key itself if the scale no longer has it."""
        if key is None:
            return None
        verdict = self.get(key)
        return verdict.label(lang) if verdict else key

    def nearest(self, normalised: float) -> Verdict:
        """The rated verdict closest to a rating given on a 0 (worst) … 1 (best) scale.

        Used to map other fact-checkers' numeric ClaimReview ratings onto this scale; verdicts
        with ``match_rating = false`` are left out, and among equally close ones the first wins.
        """
        rated = [v for v in self.verdicts if v.rating is not None and v.match_rating]
        if not rated:
            raise UserError("this verdict scale has no rated verdicts")
        span = (self.best_rating - self.worst_rating) or 1.0
        target = self.worst_rating + normalised * span
        return min(rated, key=lambda v: abs(v.rating - target))

    def describe(self) -> str:
        """'true (Richtig / True), false (Falsch / False), …' for messages and help."""
        return ", ".join(f"{v.key} ({v.de} / {v.en})" for v in self.verdicts)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(v.key for v in self.verdicts)


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def parse_scale(text: str, source: str = "default") -> VerdictScale:
    """Parse and check a scale file's TOML text; raises ``UserError`` naming the problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"{source}: not valid TOML ({err})") from None
    entries = data.get("verdict")
    if not isinstance(entries, list) or not entries:
        raise UserError(f"{source}: needs at least one [[verdict]] entry")
    try:
        best = float(data["best_rating"])
        worst = float(data["worst_rating"])
    except (KeyError, TypeError, ValueError):
        raise UserError(f"{source}: needs numeric best_rating and worst_rating") from None
    if best == worst:
        raise UserError(f"{source}: best_rating and worst_rating must differ")
    low, high = min(best, worst), max(best, worst)
    verdicts: list[Verdict] = []
    seen: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: verdict {number}"
        if not isinstance(entry, dict):
            raise UserError(f"{where} is not a table")
        key = entry.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            raise UserError(f"{where}: key must be lowercase letters, digits or _ (got {key!r})")
        labels = {}
        for lang in ("de", "en"):
            label = entry.get(lang)
            if not isinstance(label, str) or not label.strip():
                raise UserError(f"{where} ({key}): needs a non-empty {lang!r} label")
            labels[lang] = label.strip()
        rating = entry.get("rating")
        if rating is not None:
            if isinstance(rating, bool) or not isinstance(rating, (int, float)):
                raise UserError(f"{where} ({key}): rating must be a number")
            rating = float(rating)
            if not low <= rating <= high:
                raise UserError(f"{where} ({key}): rating {rating:g} is outside {low:g}…{high:g}")
        for name in {_fold(key), _fold(labels["de"]), _fold(labels["en"])}:
            if name in seen:
                raise UserError(f"{where} ({key}): {name!r} is already used by {seen[name]!r}")
            seen[name] = key
        verdicts.append(Verdict(
            key=key, de=labels["de"], en=labels["en"], rating=rating,
            rationale_required=bool(entry.get("rationale_required", False)),
            description=str(entry.get("description", "")),
            match_rating=bool(entry.get("match_rating", True)),
        ))
    return VerdictScale(tuple(verdicts), best, worst, source)


def load_scale(workspace_path: str | os.PathLike | None = None) -> VerdictScale:
    """The scale of the workspace at ``workspace_path``: its ``verdict_scale.toml``, else the default."""
    if workspace_path is not None:
        own = Path(workspace_path) / SCALE_FILE
        if own.exists():
            return _read(own)
    return _read(DEFAULT_SCALE_PATH, "default")


def _read(path: Path, source: str | None = None) -> VerdictScale:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UserError(f"cannot read the verdict scale {path}: {err}") from None
    return parse_scale(text, source or str(path))
