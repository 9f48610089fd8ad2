"""Helpers the extraction tests share: the claims of a hand-written text, and its one claim (of a kind)."""
from __future__ import annotations

from claims.extract import extract_claims


def extraction_helpers(lang: str):
    """``(claims_of, only)`` for texts in ``lang``: ``claims_of(text)`` lists the claims; ``only(text, kind)``
    asserts there is exactly one claim (of ``kind``, if given) and returns it."""

    def claims_of(text):
        return extract_claims(text, lang)

    def only(text, kind=None):
        found = [c for c in claims_of(text) if kind is None or c.kind == kind]
        assert len(found) == 1, found
        return found[0]

    return claims_of, only
