"""Claims of a document given as consecutive passages, each claim reported against its passage.

Benchmark files and sentence-level exports cut an article into passages (one or a few
sentences each). Extracting every passage alone loses what the extractor knows from
earlier sentences: who "er" or "der Republikaner" is, and whose speech a cue-less
Konjunktiv-I sentence continues. ``extract_passages`` joins the passages of one document,
extracts the whole once with ``extract_claims``, and hands each claim back to the passage
that holds the start of its content, with spans relative to that passage.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Callable, Hashable, Iterable, Iterator, Optional, Sequence, TypeVar

from claims.extract import extract_claims
from claims.model import Claim, Span
from claims.sentences import split_sentences

__all__ = ["SEPARATOR", "document_of", "extract_passages", "group_consecutive"]

# A blank line: the sentence splitter always cuts at a line end and the quote finder drops a
# quote still open at a paragraph end, so no sentence or quotation runs across two passages
# and each passage is split exactly as it would be on its own.
SEPARATOR = "\n\n"

_SUFFIX = re.compile(r"-s\d+(?:-\d+)?$")

T = TypeVar("T")


def document_of(passage_id: str) -> Optional[str]:
    """The document part of a passage id: the id minus a trailing ``-s<n>`` or ``-s<n>-<m>``.

    ``de-wikinews-3216-s8-9`` → ``de-wikinews-3216``; None when the id has no such suffix
    (the passage is then a document of its own).
    """
    m = _SUFFIX.search(passage_id)
    return passage_id[: m.start()] if m and m.start() > 0 else None


def group_consecutive(items: Iterable[T], key: Callable[[T], Optional[Hashable]]) -> Iterator[list[T]]:
    """Runs of consecutive items with the same non-None ``key``; an item keyed None stands alone."""
    run: list[T] = []
    run_key = None
    for item in items:
        k = key(item)
        if run and (k is None or k != run_key):
            yield run
            run = []
        run.append(item)
        run_key = k
    if run:
        yield run


def extract_passages(passages: Sequence[str], lang: str, genre: str | None = None) -> list[list[Claim]]:
    """The claims of each passage of one document, extracted with the whole document as context.

    ``passages`` are the document's texts in order; the result has one list per passage.
    A claim belongs to the passage holding the start of its content; its content is clipped
    to that passage and all spans are offsets into the passage text. A source or cue that
    lies in another passage keeps its resolved name (``source``, ``cue``) but loses its span,
    and ``source_mention`` becomes None. ``sentence`` counts from 0 in each passage, as if the
    passage had been extracted alone. ``genre`` is passed on to ``extract_claims`` (None: detect
    it from the whole document).
    """
    if not passages:
        return []
    if len(passages) == 1:
        return [extract_claims(passages[0], lang, genre)]
    starts, pos = [], 0
    for text in passages:
        starts.append(pos)
        pos += len(text) + len(SEPARATOR)
    whole = SEPARATOR.join(passages)
    found = extract_claims(whole, lang, genre)
    out: list[list[Claim]] = [[] for _ in passages]
    if not found:
        return out
    sentence_starts = [s for s, _ in split_sentences(whole, lang)]
    first_sentence = [bisect_right(sentence_starts, start - 1) for start in starts]
    for claim in found:
        i = max(bisect_right(starts, claim.content_span[0]) - 1, 0)
        moved = _into_passage(claim, passages[i], starts[i], first_sentence[i])
        if moved is not None:
            out[i].append(moved)
    return out


def _into_passage(claim: Claim, text: str, offset: int, first_sentence: int) -> Optional[Claim]:
    end = offset + len(text)

    def inside(span: Span) -> Span:
        if span is None or span[0] < offset or span[1] > end:
            return None
        return (span[0] - offset, span[1] - offset)

    s, e = claim.content_span
    content = claim.content
    if s < offset or e > end:
        s, e = max(s, offset) - offset, min(e, end) - offset
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            return None
        content = text[s:e]
    else:
        s, e = s - offset, e - offset
    source_span = inside(claim.source_span)
    return replace(
        claim,
        content=content,
        content_span=(s, e),
        source_span=source_span,
        source_mention=None if claim.source_span is not None and source_span is None
        else claim.source_mention,
        cue_span=inside(claim.cue_span),
        sentence=max(claim.sentence - first_sentence, 0),
    )
