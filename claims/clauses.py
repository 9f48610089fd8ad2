"""Clause helpers shared by the attribution stages: sentence body start, clause boundaries, span trimming."""
from __future__ import annotations

import re

from claims.cues import BOUNDARY
from claims.function_words import NOT_MEANINGFUL
from claims.lexicon import Lexicon
from claims.quotes import Quote
from claims.sentences import Token

QUOTE_MARKS = frozenset("„“”\"«»‚‘’")
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][A-ZÄÖÜ.\s/-]{2,}(?:\s*\([^)]{1,30}\))?(?:,\s*[^–—\n]{0,30}?)?\s*[–—-]\s+")
SHORT_TAIL = 4
SHORT_QUOTE_WORDS = 5  # quotes shorter than this are names or scare quotes, not clause boundaries
ADJ_ENDING = re.compile(r"\w+(?:e|en|er|es|em)$")
OPENING_QUOTES = frozenset("„“\"«»")
CLOSING_QUOTES = frozenset("“”\"»«")


def content_start(text: str, start: int, end: int) -> int:
    """Sentence start after a dateline such as "WASHINGTON, 16. Oktober 2025 – "."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def boundaries(text: str, tokens: list[Token], in_quote: list[bool], quotes: list[Quote]) -> list[bool]:
    """Per token: does it delimit clauses? Punctuation outside quotes and parentheses, and the
    marks of quotations of several words (a short quote like „Channel 10“ is part of its clause)."""
    flags = []
    depth = 0
    for k, tok in enumerate(tokens):
        t = tok.text
        if t in ("(", "[") and not in_quote[k]:
            depth += 1
        elif t in (")", "]") and not in_quote[k] and depth:
            depth -= 1
            flags.append(False)
            continue
        if in_quote[k] or depth:
            flags.append(False)
        elif t in BOUNDARY or t == "-" and k > 0 and tokens[k - 1].end < tok.start:
            flags.append(True)
        elif t in QUOTE_MARKS:
            q = next((q for q in quotes if q.start == tok.start or q.end == tok.end), None)
            flags.append(q is None or len(text[q.inner_start:q.inner_end].split()) >= SHORT_QUOTE_WORDS
                         or _opens_sentence(q, tokens, k))
        else:
            flags.append(False)
    _join_paired_list(tokens, flags)
    return flags


def _join_paired_list(tokens: list[Token], flags: list[bool]) -> None:
    """German: commas between "sowohl" and "als auch" join the items of one list ("Sowohl das Militär, der
    Präsident als auch die Regierung gehen …"), they delimit no clause."""
    lowers = [t.lower for t in tokens]
    if "sowohl" not in lowers:
        return
    start = lowers.index("sowohl")
    end = next((k for k in range(start + 1, len(tokens) - 1) if lowers[k] == "als" and lowers[k + 1] == "auch"),
               None)
    if end is None or any(flags[k] and tokens[k].text != "," for k in range(start, end)):
        return
    for k in range(start, end):
        flags[k] = False


def _opens_sentence(q: Quote, tokens: list[Token], k: int) -> bool:
    """A quote that opens the sentence and ends at a comma („Das Alter drückt“, sagte …; “It is clear,” she said)
    is a clause of its own, however short."""
    if q.start != tokens[0].start:
        return False
    end = next((j for j in range(k, len(tokens)) if tokens[j].end == q.end), None)
    if end is not None and end > 0 and tokens[end - 1].text in (",", ":", "?", "!"):
        return True  # “The results are clear,” the researchers said. “You want it?” she asked.
    return end is not None and end + 1 < len(tokens) and tokens[end + 1].text == ","


def clause_bounds(boundary: list[bool], i: int, j: int | None = None) -> tuple[int, int]:
    """Token range of the clause holding tokens i..j."""
    j = i if j is None else j
    a = i
    while a > 0 and not boundary[a - 1]:
        a -= 1
    b = j + 1
    while b < len(boundary) and not boundary[b]:
        b += 1
    return a, b


def insertions_before(tokens: list[Token], boundary: list[bool], a: int, most: int = 4):
    """The comma-delimited segments ``(start, end)`` before token ``a``, nearest first ("X, der …, dessen …,
    sagte"): at most ``most``, ending at the first segment that is not set off by a comma or is empty."""
    k = a - 1
    for _ in range(most):
        if k <= 0 or tokens[k].text != ",":
            return
        start, end = clause_bounds(boundary, k - 1)
        if end <= start:
            return
        yield start, end
        k = start - 1


def trim_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``[s, e)`` without the spaces, commas, colons and dashes at its edges, or None when nothing is left."""
    while s < e and (text[s].isspace() or text[s] in ",:;–—-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;–—-"):
        e -= 1
    return (s, e) if e > s else None


def meaningful_words(tokens: list[Token], a: int, b: int, lex: Lexicon) -> int:
    """How many words of ``tokens[a:b]`` carry content: not function words, weekdays or bare numbers."""
    return sum(1 for t in tokens[a:b] if t.text[:1].isalnum() and t.lower not in NOT_MEANINGFUL
               and not re.fullmatch(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|"
                                    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)", t.text))
