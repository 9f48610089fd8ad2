"""Stage 2: direct quotations — pairs of quotation marks, possibly over several sentences.

Handles „…“ and ‚…‘ (German), “…” and ‘…’ (English), "…" and ''…'' (straight), «…» and »…«.
A quote left open at the end of a paragraph is dropped rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that may close it
_PAIRS = {
    "„": "“”\"",
    "“": "”“",
    "«": "»",
    "»": "«",
    "‚": "‘’",
    "\"": "\"",
    "''": "''",
}
_MARKS = re.compile(r"''|[„“”«»‚‘’\"]|\n\s*\n")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int

    def contains(self, pos: int) -> bool:
        return self.inner_start <= pos < self.inner_end


def _is_apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def find_quotes(text: str, lang: str) -> list[Quote]:
    """Top-level quotations in ``text`` in order (nested marks are left inside their quote)."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for m in _MARKS.finditer(text):
        mark, i = m.group(), m.start()
        if mark.startswith("\n"):
            stack.clear()  # paragraph end: an unclosed quote is dropped
            continue
        if mark in "‘’" and _is_apostrophe(text, i):
            continue
        if mark == "’" and not stack:
            continue
        if stack and mark in _PAIRS[stack[-1][0]]:
            # a straight quote directly followed by a word opens rather than closes
            if mark == "\"" and stack[-1][0] == "\"" and i + 1 < len(text) and text[i + 1].isalnum() \
                    and i > 0 and text[i - 1].isspace():
                pass
            else:
                opener, pos = stack.pop()
                if not stack:
                    quotes.append(Quote(pos, i + len(mark), pos + len(opener), i))
                continue
        if mark in _PAIRS:
            if mark in "‚‘" and not stack:
                continue  # single quotes only count inside double ones
            if mark == "»" and lang == "en":
                continue
            stack.append((mark, i))
    return quotes


_TRIMMED = ",:;–—-„“”\"«»‚‘"


def trim_marks(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding whitespace, quotation marks and clause punctuation; None if empty."""
    while start < end and (text[start].isspace() or text[start] in _TRIMMED):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIMMED):
        end -= 1
    return (start, end) if end > start else None
