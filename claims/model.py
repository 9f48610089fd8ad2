"""The claim model: one attributed statement found in a text, with character spans.

Spans are Python ``str`` offsets ``[start, end)`` into the text exactly as read, so a
claim can always be shown in place and scored against gold annotations.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Optional, Tuple

Span = Optional[Tuple[int, int]]

KINDS = ("direct", "indirect", "continued", "hearsay", "unattributed")


@dataclass(frozen=True)
class Claim:
    """Who said what, through which cue, where in the text."""

    content: str
    content_span: Tuple[int, int]
    kind: str
    lang: str
    sentence: int
    source: Optional[str] = None
    source_mention: Optional[str] = None
    source_span: Span = None
    cue: Optional[str] = None
    cue_span: Span = None
    reported_by: Optional[str] = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown claim kind {self.kind!r}; expected one of {', '.join(KINDS)}")

    def to_dict(self) -> dict:
        """The JSON shape printed by ``python -m claims extract`` (spans as lists)."""
        d = asdict(self)
        for key in ("content_span", "source_span", "cue_span"):
            if d[key] is not None:
                d[key] = list(d[key])
        return d

    def shifted(self, chars: int, sentences: int = 0) -> "Claim":
        """The same claim with spans moved by ``chars`` and the sentence index by ``sentences``.

        Used when a long text is processed block by block.
        """
        def move(span: Span) -> Span:
            return None if span is None else (span[0] + chars, span[1] + chars)

        return replace(
            self,
            content_span=move(self.content_span),
            source_span=move(self.source_span),
            cue_span=move(self.cue_span),
            sentence=self.sentence + sentences,
        )
