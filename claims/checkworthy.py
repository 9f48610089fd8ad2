"""Stage 6: which cue-less sentences are the outlet's own check-worthy statements.

Not claims: newsletter and promo boilerplate (patterns in ``boilerplate.txt``), questions,
imperatives ("Lesen Sie …"), headlines and other fragments without a closing period.
"""
from __future__ import annotations

import re

from claims.lexicon import Lexicon

_WORD = re.compile(r"\w+")
_IMPERATIVE_DE = re.compile(r"^\W*[A-ZÄÖÜ]\w+(?:en|n)\s+Sie\b")
_IMPERATIVE_EN = re.compile(r"^\W*(?:Please|Don't|Do not|Let's|Check|Find|Get|Read|Watch|Join|Try|Take|Make|See)\b")


def is_boilerplate(sentence: str, lex: Lexicon) -> bool:
    """Newsletter, promo or navigation text."""
    return any(p.search(sentence) for p in lex.boilerplate)


def is_checkworthy(sentence: str, lex: Lexicon) -> bool:
    """A complete declarative sentence of some substance that is not boilerplate."""
    stripped = sentence.rstrip("“”\"'»«’) ")
    if not stripped.endswith((".", "!")) or sentence.rstrip().endswith("?"):
        return False
    if len(_WORD.findall(sentence)) < 5:
        return False
    if is_boilerplate(sentence, lex):
        return False
    pattern = _IMPERATIVE_DE if lex.lang == "de" else _IMPERATIVE_EN
    return not pattern.search(sentence)
