"""Language knowledge for the extractor, read from the editable files in ``claims/data/<lang>/``.

Linguists edit the plain lists and TOML files; this module turns them into lookup tables
(cue verb forms with their separable particles, role nouns, abbreviations, mood markers)
once per process and language.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("de", "en")

_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "miß", "ver", "zer", "hinter", "über", "unter", "wider")


@dataclass(frozen=True)
class VerbForm:
    """One inflected cue-verb form: its lemma, the separable particle or preposition it needs, weak or not."""

    lemma: str
    particle: str | None = None
    weak: bool = False
    preposition: str | None = None  # "sprach von …": the cue needs this preposition right after it
    act: bool = False  # a reported act: a noun-phrase object is content, reported with its subject


@dataclass
class Lexicon:
    """Everything the extraction stages know about one language."""

    lang: str
    verbs: dict[str, tuple] = field(default_factory=dict)  # form -> readings (VerbForm)
    words: dict[str, frozenset] = field(default_factory=dict)
    phrases: dict[str, tuple] = field(default_factory=dict)
    roles: frozenset = frozenset()
    role_base: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    phrase_index: dict = field(default_factory=dict)  # first word -> [(kind, words)] of multi-word cues
    abbreviations: frozenset = frozenset()
    boilerplate: tuple = ()
    konjunktiv_i: frozenset = frozenset()
    konjunktiv_ii: frozenset = frozenset()
    conditional_only: frozenset = frozenset()
    reportative_modals: frozenset = frozenset()
    reportative_infinitives: frozenset = frozenset()
    hearsay_markers: tuple = ()
    plan_markers: tuple = ()
    report_cues: frozenset = frozenset()
    opinion_heads: frozenset = frozenset()

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` (lower-cased) is in the word list ``kind`` of cues.toml or function_words.toml."""
        return word in self.words.get(kind, ())


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _german_forms(lemma: str, particle: str | None) -> list[str]:
    """Finite forms, participle and infinitives of a regular German verb."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    e = "e" if stem.endswith(("t", "d")) or re.search(r"(?:[^aeiouäöülrhm]|(?<![aeiouäöü])h)[mn]$", stem) else ""
    finite = [stem + e + "t", stem + "te" if not e else stem + "ete", stem + ("ten" if not e else "eten"),
              stem + "e", stem + "en", stem + e + "st"]
    if lemma.endswith(("ern", "eln")):
        stem = lemma[:-1]
        finite = [stem + "t", stem + "te", stem + "ten", stem[:-2] + "re" if lemma.endswith("ern") else stem,
                  lemma, stem + "st"]
        e = ""
    prefix = "" if lemma.startswith(_INSEPARABLE) or lemma.endswith("ieren") else "ge"
    participle = prefix + stem + e + "t"
    if particle is None:
        return finite + [participle, lemma]
    joined = [particle + f for f in finite[:3]]
    return finite + joined + [particle + participle, particle + lemma, particle + "zu" + lemma]


def _english_forms(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _read_verbs(lang: str) -> dict[str, tuple[VerbForm, ...]]:
    verbs: dict[str, list[VerbForm]] = {}
    for line in _lines(DATA / lang / "cue_verbs.txt"):
        head, _, forms = line.partition(":")
        head = head.strip()
        marks = head[len(head.rstrip("!*")):]
        weak, act = "!" in marks, "*" in marks
        head = head.rstrip("!*")
        lemma, _, preposition = head.partition("+")
        preposition = preposition or None
        particle, _, lemma = lemma.rpartition("|")
        particle = particle or None
        if lang == "en" and " " in lemma:  # "point out": the particle follows the verb
            lemma, particle = lemma.split(" ", 1)
        if forms.strip():
            listed = forms.split()
        elif lang == "de":
            listed = _german_forms(lemma, particle)
        else:
            listed = _english_forms(lemma)
        for form in listed:
            form = form.lower()
            needs = particle
            if particle and form.startswith(particle) and lang == "de":
                needs = None  # "angekündigt", "mitteilte": the particle is already attached
            entry = VerbForm(lemma, needs, weak, preposition, act)
            readings = verbs.setdefault(form, [])
            if entry not in readings:
                readings.append(entry)
    # readings without a particle first: "gab" is "geben" before it is "gab … an"; readings that also need a
    # preposition ("geht … von X aus") before those that need the particle alone ("geht … aus")
    return {form: tuple(sorted(r, key=lambda v: v.particle is not None and v.preposition is None))
            for form, r in verbs.items()}


def _inflections(role: str) -> set[str]:
    forms = {role}
    if not role.endswith("."):
        for suffix in ("en", "n", "s", "es", "in", "innen", "e", "er"):
            forms.add(role + suffix)
        if role.endswith("e"):
            forms.add(role[:-1] + "en")
    return forms


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` ('de' or 'en'), read once per process."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)}")
    folder = DATA / lang
    lex = Lexicon(lang=lang, verbs=_read_verbs(lang))
    cues = tomllib.loads((folder / "cues.toml").read_text(encoding="utf-8"))
    for key, values in cues.items():
        if not isinstance(values, list):
            lex.settings[key] = values
            continue
        single = frozenset(v.lower() for v in values if " " not in v)
        lex.words[key] = single
        lex.phrases[key] = tuple(sorted((v for v in values if " " in v), key=len, reverse=True))
    function_words = DATA / lang / "function_words.toml"
    if function_words.exists():
        for key, values in tomllib.loads(function_words.read_text(encoding="utf-8")).items():
            if key in lex.words:
                raise ValueError(f"{function_words}: list {key!r} is also in cues.toml")
            lex.words[key] = frozenset(v.lower() for v in values)
    lex.words["nach_heads_cased"] = frozenset(cues.get("nach_heads", ()))
    lex.words["speech_nouns_cased"] = frozenset(cues.get("speech_nouns", ()))
    for kind in ("prepositions", "impersonal"):
        for phrase in lex.phrases.get(kind, ()):
            parts = tuple(phrase.lower().split())
            lex.phrase_index.setdefault(parts[0], []).append((kind, parts))
    for role in _lines(folder / "roles.txt"):
        for form in _inflections(role):
            lex.role_base.setdefault(form.lower(), role.lower())
        lex.role_base[role.lower()] = role.lower()
    lex.roles = frozenset(lex.role_base)
    lex.abbreviations = frozenset(_lines(folder / "abbreviations.txt"))
    patterns = []
    for line in _lines(folder / "boilerplate.txt"):
        anywhere = line.startswith("~")
        patterns.append(re.compile(("" if anywhere else r"^\W*") + line.lstrip("~"), re.I))
    lex.boilerplate = tuple(patterns)
    mood = tomllib.loads((folder / "mood.toml").read_text(encoding="utf-8"))
    lex.konjunktiv_i = frozenset(mood.get("konjunktiv_i", ()))
    lex.konjunktiv_ii = frozenset(mood.get("konjunktiv_ii", ()))
    lex.conditional_only = frozenset(mood.get("conditional_only", ()))
    lex.reportative_modals = frozenset(mood.get("reportative_modals", ()))
    lex.reportative_infinitives = frozenset(mood.get("reportative_infinitives", ()))
    lex.hearsay_markers = tuple(mood.get("hearsay_markers", ()))
    lex.plan_markers = tuple(mood.get("plan_markers", ()))
    lex.report_cues = frozenset(mood.get("report_cues", ()))
    lex.opinion_heads = frozenset(mood.get("opinion_heads", ()))
    return lex
