"""Stage 5: mood — reported-speech mood (Konjunktiv I) and hearsay markers.

A sentence in reported-speech mood with no cue continues the previous speaker ("Der genaue
Ort der Treffen sei noch offen."); reportative "soll … haben", "angeblich", "reportedly"
mark hearsay from an unnamed source. Words inside quotations are ignored. Regular weak
verbs ("Trump plane …") are recognised by HanTa, loaded lazily only when a candidate form
is not in the word lists.
"""
from __future__ import annotations

from functools import lru_cache

from claims.lexicon import Lexicon
from claims.sentences import Token

_FIRST_PERSON = frozenset({"ich", "wir"})
_DEMONSTRATIVES = frozenset({"dieser", "diese", "dieses"})
_NOT_VERBS = frozenset({"bitte", "gerade", "ende", "alle", "eine", "keine", "meine", "deine", "seine", "ihre",
                        "unsere", "diese", "jene", "welche", "solche", "manche", "beide", "viele", "wenige",
                        "andere", "ganze", "halbe", "erste", "letzte", "nächste", "gleiche", "gute", "große",
                        "neue", "hohe", "heute", "gerne", "lange", "ferne", "nahe", "mitte", "alte", "ehe",
                        "je", "ohne", "weise", "gemeinsame", "einige", "mehrere", "jede", "wie", "so"})


@lru_cache(maxsize=1)
def _hanta():
    from HanTa import HanoverTagger as ht  # lazy: only sentences that need it pay the load time

    return ht.HanoverTagger("morphmodel_ger.pgz")


def pos_tags(words: list[str]) -> list[str] | None:
    """HanTa part-of-speech tags (STTS-like) of ``words``; None when the tagger is unavailable."""
    try:
        return [tag for _, _, tag in _hanta().tag_sent(words, taglevel=1)]
    except Exception:  # a broken tagger must not break extraction
        return None


@lru_cache(maxsize=20000)
def _is_subjunctive_e(word: str) -> bool:
    """Whether a lower-case word in -e is a finite verb form (HanTa), e.g. "plane", "übertreibe"."""
    try:
        analysis = _hanta().analyze(word, taglevel=3)
    except Exception:  # a broken tagger must not break extraction
        return False
    if not analysis[-1].startswith(("VV(FIN)", "VM(FIN)", "VA(FIN)")):
        return False
    # Konjunktiv I 3rd person = present stem + e ("plan" -> "plane"); rules out "hatte", "sagte"
    morphemes = analysis[1]
    return len(morphemes) >= 2 and morphemes[-1] == ("e", "SUF_FIN") and word == analysis[0] + "e"


def _name_like_lower(word: str) -> bool:
    """A lower-case token that still names something: a web address or a product name with digits or dots
    ("de.wikipedia.org", "iPhone4")."""
    return any(ch.isdigit() or ch == "." for ch in word[1:-1]) and word[:1].isalpha()


def _subject_before_is_first_person(tokens: list[Token], i: int) -> bool:
    return (i > 0 and tokens[i - 1].lower in _FIRST_PERSON) or (
        i + 1 < len(tokens) and tokens[i + 1].lower in _FIRST_PERSON)


def reported_mood(tokens: list[Token], in_quote: list[bool], lex: Lexicon, *, strict: bool = True,
                  continuation: bool = False) -> int | None:
    """Token index of a Konjunktiv form outside quotes, or None.

    ``strict`` accepts only Konjunktiv I (and distinct Konjunktiv II plural) forms; otherwise
    the ambiguous singular Konjunktiv II ("wäre", "hätte") counts too. With ``continuation`` (the
    sentence would continue the previous speaker) the writer's conditional ("müsste", "sollte") does not.
    """
    conditional = lex.conditional_only if continuation else frozenset()
    if lex.lang != "de":
        return None
    candidates = []
    for i, tok in enumerate(tokens):
        if in_quote[i] or not tok.text[:1].islower():
            continue
        low = tok.lower
        if low in lex.konjunktiv_i or (not strict and low in lex.konjunktiv_ii and low not in conditional):
            if not _subject_before_is_first_person(tokens, i):
                return i
        elif low.endswith("e") and len(low) > 3 and low not in _NOT_VERBS and i > 0 \
                and tokens[i - 1].text not in (",",) and (tokens[i - 1].lower not in lex.words["articles"]
                                                          or i == 1 and tokens[0].lower in _DEMONSTRATIVES):
            candidates.append(i)
    for i in candidates:
        if not _subject_before_is_first_person(tokens, i) and _is_subjunctive_e(tokens[i].lower):
            # a finite -e form after a third-person subject (a noun, er/sie/es/man, "Dieses")
            prev = tokens[i - 1]
            if prev.text[:1].isupper() or prev.lower in ("er", "sie", "es", "man") or _name_like_lower(prev.text):
                return i
    return None


def hearsay_marker(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> int | None:
    """Token index of a reportative marker ("soll … haben", "angeblich", "reportedly"), or None.

    A marker inside a relative or subordinate clause ("…, die angeblich kollaboriert hatten") or before a noun
    ("des angeblich geschlagenen Opfers") qualifies only that clause or noun: the sentence is not hearsay."""
    lowers = [t.lower for t in tokens]
    for marker in lex.hearsay_markers:
        parts = marker.lower().split()
        for i in range(len(tokens) - len(parts) + 1):
            if not in_quote[i] and lowers[i:i + len(parts)] == parts and not (
                    len(parts) == 1 and (_embedded(tokens, in_quote, i, lex) or _attributive(tokens, i, lex))):
                return i
    for i, low in enumerate(lowers):
        if low in lex.reportative_modals and not in_quote[i] and i + 1 < len(tokens) \
                and tokens[i + 1].text not in (",", ".", ";", ":") \
                and not _substitute_infinitive(tokens, i, lex) and not _embedded(tokens, in_quote, i, lex):
            for j in range(i + 1, min(len(tokens), i + 30)):
                if tokens[j].text in (",", ";", ":", "–"):
                    break
                if lowers[j] in lex.reportative_infinitives and not _possessive(tokens, j) \
                        and not _planned_state(lowers, j, lex):
                    return i
    return None


def planned_modal(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> int | None:
    """Token index of a "soll"/"sollen" of the main clause outside quotes ("Die Steuer soll steigen"), or None:
    right after a report of a plan or demand, such a sentence goes on with the plan of the same source."""
    for i, tok in enumerate(tokens):
        if lex.has("planned_modals", tok.lower) and not in_quote[i] and not _embedded(tokens, in_quote, i, lex):
            return i
    return None


def _planned_state(lowers: list[str], j: int, lex: Lexicon) -> bool:
    """Whether the bare infinitive "sein" at j states a planned future state ("Bis zum Jahr 2011 soll die Fusion
    erreicht sein", "sollen in Zukunft erlaubt sein"): "soll" then reports a plan, not hearsay. "worden sein" and
    "gewesen sein" look back and stay reportative."""
    if lowers[j] != "sein" or j > 0 and lowers[j - 1] in ("worden", "gewesen"):
        return False
    for marker in lex.plan_markers:
        parts = marker.lower().split()
        if any(lowers[k:k + len(parts)] == parts for k in range(j - len(parts) + 1)):
            return True
    return False


def _embedded(tokens: list[Token], in_quote: list[bool], i: int, lex: Lexicon) -> bool:
    """Whether token i stands in a relative or subordinate clause opened after a comma ("…, der angeblich …",
    "…, in dem angeblich …", "…, weil er angeblich …")."""
    k = i
    while k > 0 and not (tokens[k - 1].text in _CLAUSE_BREAKS and not in_quote[k - 1]):
        k -= 1
    if k == 0 or k >= i:
        return False
    first = tokens[k].lower
    second = tokens[k + 1].lower if k + 1 < i else ""
    linked = (first in _PREPOSITIONS or first in ("und", "oder")) and second in lex.words["relatives"]
    return tokens[k].text.islower() and (first in lex.words["relatives"] or first in lex.words["subordinators"]
                                         or linked)


def _attributive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the adverb at i modifies a following adjective after an article ("die mutmaßlich bevorstehende
    Umwälzung")."""
    return i > 0 and tokens[i - 1].lower in lex.words["articles"]


def _possessive(tokens: list[Token], j: int) -> bool:
    """"sein Amt": the possessive before a noun, not the infinitive "sein"."""
    return tokens[j].lower == "sein" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()


def _substitute_infinitive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """"hätte … transportieren sollen": the modal is an infinitive after another infinitive, not the finite
    reportative "soll"."""
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and prev.text.islower() and len(prev.lower) > 3 and prev.lower.endswith("n") \
        and any(t.lower in lex.words["auxiliaries"] for t in tokens[:i - 1])


_PREPOSITIONS = frozenset({"in", "an", "auf", "aus", "bei", "mit", "nach", "von", "vor", "zu", "über", "unter", "für",
                           "gegen", "durch", "um", "hinter", "neben", "zwischen", "wegen"})
_FINITE_TAGS = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})
_QUESTION_WORDS = frozenset({"wer", "was", "wie", "wo", "warum", "weshalb", "wieso", "wann", "denen", "dessen",
                             "deren"})


def indicative_main_clause(tokens: list[Token], in_quote: list[bool], mood: int, lex: Lexicon) -> bool:
    """Whether the main clause around the Konjunktiv at ``mood`` has an indicative finite verb of its own
    ("Dazu ließ X verbreiten, Iran werde …", "Das Heim war erbaut worden und sollte …", "Gott sei Dank haben
    wir …"): then the sentence is the writer's, not a continuation of the last speaker. Subordinate and
    relative clauses (after a comma and "dass", "der", "in denen" …) are skipped; HanTa tags the rest."""
    clauses, current = [], []
    for k, tok in enumerate(tokens):
        if tok.text in _CLAUSE_BREAKS and not in_quote[k]:
            clauses.append(current)
            current = []
        else:
            current.append(k)
    clauses.append(current)
    subordinate = lex.words["subordinators"] | _QUESTION_WORDS
    relatives = lex.words["relatives"]
    considered = []
    for clause in clauses:
        outside = [k for k in clause if not in_quote[k]]
        if not outside:
            continue
        first = tokens[outside[0]]
        second = tokens[outside[1]] if len(outside) > 1 else None
        if first.lower in subordinate or (first.text.islower() and first.lower in relatives) or (
                first.text.islower() and second is not None and second.lower in relatives | _QUESTION_WORDS):
            continue  # "…, dessen Ausmaße geringer waren, …", "…, in denen es heißt, …"
        considered.extend(outside)
        if mood in clause:
            break
    if not considered:
        return False
    mood_forms = lex.konjunktiv_i | lex.konjunktiv_ii
    tags = pos_tags([t.text for t in tokens])
    if tags is None:
        return False
    for k in considered:
        low = tokens[k].lower
        if k == mood or low in mood_forms or tags[k] not in _FINITE_TAGS:
            continue
        if low.endswith("e") and _is_subjunctive_e(low):
            continue
        return True
    return False


def finite_indicative(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> bool:
    """Whether a clause has an indicative finite verb outside quotes and no Konjunktiv form (HanTa tags it):
    such a clause after a verb of saying is the writer's own, not reported speech."""
    if lex.lang != "de" or not tokens or reported_mood(tokens, in_quote, lex, strict=False) is not None:
        return False
    tags = pos_tags([t.text for t in tokens])
    if tags is None:
        return False
    return any(tag in _FINITE_TAGS and not in_quote[k] and tokens[k].text[:1].islower()
               for k, tag in enumerate(tags))
