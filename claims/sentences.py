"""Stage 1: sentence splitting and word tokens, with character offsets into the text as given.

A regular-expression splitter (measured ~50x faster than SoMaJo here) that knows the
language's abbreviations, German ordinals and datelines ("WASHINGTON, 16. Oktober 2025 –"),
ends a sentence after a closing quote ("… Fortschritt.“ Dann"), and treats every line
(headline, list item, paragraph) as its own block. Sentences inside a multi-sentence quote
are split, so that each becomes its own claim; the quote stage pairs the marks across them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import load_lexicon

Span = tuple[int, int]

_END = re.compile(r"[.!?…]+(?:[\"'“”„»«‘’)\]]+)?(?=\s+|$)")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-’'.&/]\w+)*|[^\w\s]")
_LINE = re.compile(r"[^\n]+")
_OPENERS = "„“\"«»‚‘'(["


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets in the document."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with document offsets."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_abbreviation(text: str, dot: int, lex, lang: str) -> bool:
    """Whether the period at ``dot`` belongs to an abbreviation, initial or ordinal."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
        start -= 1
    word = text[start:dot + 1]
    if word in lex.abbreviations:
        return True
    # the second half of "z. B.", "d. h.", "u. a."
    if any(text.endswith(a, 0, dot + 1) for a in lex.abbreviations if " " in a):
        return True
    core = word[:-1]
    if len(core) == 1 and core.isalpha():  # initials "J. Smith", "z. B."
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core):  # "U.S", "e.g"
        return True
    if lang == "de" and re.fullmatch(r"\d{1,2}", core):  # "16. Oktober", "2. Weltkrieg"
        return True
    return False


def _reporter_after_quote(text: str, end_mark: str, nxt: int, le: int, lex) -> bool:
    """English: “Why now?” Smith asked.: a question or exclamation in quotes and the short reporting clause
    after it form one sentence."""
    if end_mark[0] not in "?!…" or end_mark[-1] not in "\"”’'":
        return False
    words = re.findall(r"[\w’']+|[.!?,]", text[nxt:le])[:6]
    cut = next((k for k, w in enumerate(words) if w in ".!?,"), len(words))  # "“Hey!” Pete said, …"
    return 1 <= cut <= 5 and any(w.lower() in lex.verbs for w in words[1:min(cut, 4)])


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans ``[start, end)`` of ``text``, without surrounding whitespace."""
    lex = load_lexicon(lang)
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        start = ls
        for m in _END.finditer(text, ls, le):
            cut = m.end()
            nxt = cut
            while nxt < le and text[nxt].isspace():
                nxt += 1
            if nxt >= le:
                break
            following = text[nxt]
            if following.islower() or following in ",;:":
                continue
            if m.group()[0] == "." and len(m.group()) == 1 and _is_abbreviation(text, m.start(), lex, lang):
                continue
            if lang == "en" and _reporter_after_quote(text, m.group(), nxt, le, lex):
                continue
            spans.append((start, cut))
            start = nxt
        spans.append((start, le))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
