"""The draft: one attribution found in a sentence, before speaker resolution."""
from __future__ import annotations

from dataclasses import dataclass, field

from claims.cues import Cue


@dataclass
class Draft:
    """An attribution found in one sentence, before speaker resolution."""

    cue: Cue
    content: tuple[int, int] | None = None
    source: tuple[int, int] | None = None  # token range of the speaker phrase
    trailing: bool = False
    quotes: list = field(default_factory=list)  # quotes that are the content (direct speech)
    inherit: bool = False  # shares the subject of the previous cue ("… und kündigte … an")
    name: tuple[int, int] | None = None  # the part of the source phrase that names the speaker
    clause: bool = True  # the content is a clause or quote, not a noun phrase
    anaphoric: bool = False  # the source phrase ("demnach") refers to the previous speaker
    reported_by: str | None = None
    act: bool = False  # a reported act with a noun-phrase object: the clause with its subject is the content
    disowned: bool = False  # the source is a report the subject rejects: the sentences after it do not continue it
