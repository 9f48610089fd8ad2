"""Language of a text, restricted to the two languages the extractor knows: German and English.

Longer texts go to py3langid (a naive Bayes model over byte n-grams, restricted to de/en).
Short texts — a headline, a one-line quote — carry too few n-grams for that, so they are
decided by counting German and English function words ("der", "und", "nicht" against
"the", "and", "not"), umlauts and ß; py3langid breaks ties.
"""
from __future__ import annotations

import re

LANGUAGES = ("de", "en")

# Words that are frequent in one language and rare (or absent) in the other. Words shared by
# both ("in", "war", "also", "will", "die" as in to die) are left out on purpose.
_GERMAN = frozenset(
    """der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine
    ist sind war waren wird werden wurde wurden hat haben hatte hätte sei seien wäre ich du er sie
    es wir ihr ihm ihn uns mit von zu zum zur auf für bei nach aus über unter vor durch gegen ohne
    um auch noch schon nur sehr wie wenn dass daß ob weil sich sagte sagt erklärte laut zufolge
    heute gestern jetzt mehr man kann soll sollen muss müssen nach dieser diese dieses wieder
    immer""".split()
)
_ENGLISH = frozenset(
    """the a of and or but not no is are was were be been being has have had will would
    should could can may must i you he she it we they him her them his its our their this that
    these those with from to for by at on about into over after before than then there here what
    which who whom whose when where why how said says told according also just very more all
    some any do does did""".split()
)

_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")

_SAMPLE_CHARS = 3000  # enough for a confident answer; keeps the cost flat for long texts
_SHORT_WORDS = 12  # below this many words, function words decide when they can

_identifier = None


def detect_language(text: str) -> str:
    """``'de'`` or ``'en'`` for ``text`` (German when there is nothing to go on)."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if not words:
        return "de"
    if len(words) < _SHORT_WORDS:
        de = sum(w in _GERMAN for w in words) + len(_GERMAN_LETTERS.findall(sample))
        en = sum(w in _ENGLISH for w in words)
        if de != en:
            return "de" if de > en else "en"
    return _classify(sample)


def _classify(sample: str) -> str:
    global _identifier
    if _identifier is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        identifier.set_languages(list(LANGUAGES))
        _identifier = identifier
    return _identifier.classify(sample)[0]
