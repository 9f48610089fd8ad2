"""Stage 4: sources — the speaker phrase next to a cue, and who it refers to in the document.

``noun_phrase_after`` and ``is_noun_phrase`` find and check the speaker mention in the tokens
of a sentence; ``SpeakerResolver`` keeps the document's people and groups so that "US-Präsident
Donald Trump", "Trump", "dem US-Präsidenten", "der Republikaner" and "er" all resolve to
"Donald Trump". One resolver per document; it holds no state beyond that document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.function_words import AGENT_PREPOSITIONS
from claims.lexicon import Lexicon, load_lexicon
from claims.sentences import Token

_DE = load_lexicon("de").words
_EN = load_lexicon("en").words
# inline word sets (claims/data/{de,en}/function_words.toml)
_NOT_SPEAKER_PRONOUNS = _DE["not_speaker_pronouns"] | _EN["not_speaker_pronouns"]
_PARTITIVE_LINKS = _DE["partitive_links"]
_COMPOUND_CONJUNCTIONS = _DE["compound_conjunctions"]
_SPEAKER_CONJUNCTIONS = _DE["speaker_conjunctions"]
_DES_ADVERBIALS = _DE["des_adverbials"]
_NOT_COUNTED = _DE["number_nouns_no_subject"]
_LEADING_PREPOSITIONS = _DE["leading_prepositions"] | _EN["leading_prepositions"]
_DEFINITE_ARTICLES = _DE["definite_articles"] | _EN["definite_articles"]

_OPEN_QUOTES = frozenset("„“\"«»‚")
_CLOSE_QUOTES = frozenset("“”\"»«‘")
_AGE = re.compile(r"\d+-[A-ZÄÖÜ]\w+")  # "der 58-Jährige"
_ADJ = re.compile(r"(?:\d+-)?\w+(?:e|en|er|es|em)$")
_PARTITIVE_HEADS = _DE["partitive_heads"]
_AGE_ADJ = re.compile(r"\d+-[a-zäöü]+$")  # "der 85-jährige Joseph Ratzinger"
_DOMAIN = re.compile(r"\w[\w-]*\.(?:ch|de|at|com|org|net|eu|fr|uk|it|info|io)$", re.I)
_PREFIXED_NAME = re.compile(r"[a-zäöüß]{1,15}-[A-ZÄÖÜ]")  # "al-Dschasira", "el-Baradei", "verdi-Chef"
_SLASHED_NAME = re.compile(r"\d+/[A-ZÄÖÜ]\w*$")  # the middle of "Bündnis 90/Die Grünen"
_CAMEL_NAME = re.compile(r"[a-zäöü]{1,2}[A-ZÄÖÜ]\w+(?:-\w+)*$")  # "eBay", "iPhone-Hersteller"


def is_name_like(text: str) -> bool:
    """A word that can head a speaker phrase: capitalised, a domain ("nume.ch"), "al-Dschasira" or "eBay"."""
    return text[:1].isupper() or bool(_DOMAIN.match(text) or _AGE.match(text) or _PREFIXED_NAME.match(text)
                                          or _SLASHED_NAME.match(text) or _CAMEL_NAME.match(text))


def noun_phrase_after(tokens: list[Token], i: int, lex: Lexicon, skip_adverbs: bool = True,
                      limit: int | None = None) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the speaker phrase starting at ``i`` (inverted subject, "laut X")."""
    n = len(tokens) if limit is None else min(limit, len(tokens))
    j = i
    if skip_adverbs:
        while j < n and j < i + 3 and tokens[j].lower in _SKIPPABLE[lex.lang]:
            j += 1
        j = _time_phrase_end(tokens, j, n, lex)
    if j >= n:
        return None
    low = tokens[j].lower
    if low in lex.words["pronouns"] and low not in _NOT_SPEAKER_PRONOUNS:
        return (j, j + 1)
    if lex.has("pronoun_subjects", low) and tokens[j].text[:1].islower() and (
            j + 1 >= n or not tokens[j + 1].text[:1].isalnum()
            or tokens[j + 1].text[:1].islower() and not _ADJ.match(tokens[j + 1].lower)
            and tokens[j + 1].lower not in AGENT_PREPOSITIONS):
        return (j, j + 1)  # "In einem Interview sagte dieser, …", "Damals glaubte niemand, …" (not a passive)
    start = j
    seen_head = False
    articles, links, stop = lex.words["articles"], lex.words["np_links"], lex.words["np_stop"]
    both = lex.lang == "de" and low == "sowohl" and j + 1 < n and tokens[j].text[:1].isupper()
    conjunct_start = j + 1 if both else j  # where an article may open a (new) conjunct
    if both:
        j += 1  # "Sowohl die Regierung als auch die Opposition"
    if lex.lang == "de" and low in articles and j + 1 < n and tokens[j + 1].text in _OPEN_QUOTES:
        j += 1  # "die „Automobilwoche“"
    if tokens[j].text in _OPEN_QUOTES:
        close = next((k for k in range(j + 1, min(n, j + 7)) if tokens[k].text in _CLOSE_QUOTES), None)
        if close is None:
            return None
        j = close + 1
        seen_head = True
    while j < n:
        tok = tokens[j]
        low = tok.lower
        prev = tokens[j - 1].lower if j > start else None
        if j == start and lex.lang == "de" and tok.text[:1].isupper() and low in _PARTITIVE_HEADS and j + 1 < n \
                and tokens[j + 1].lower in _PARTITIVE_LINKS:
            seen_head = True  # "Einer der beteiligten Feuerwehrmänner"
            j += 1
            continue
        if lex.lang == "de" and _AGE_ADJ.match(low) and prev in articles and (
                j + 1 >= n or not (tokens[j + 1].text[:1].isupper() or _ADJ.match(tokens[j + 1].lower))):
            seen_head = True  # "der 81-jährige" used as a noun
            j += 1
            break
        if lex.lang == "de" and tok.text.isdigit() and prev in articles | links and j + 1 < n and (
                tokens[j + 1].text[:1].isupper() or _ADJ.match(tokens[j + 1].lower)):
            j += 1  # "der 13 beteiligten Feuerwehrmänner"
            continue
        if low in articles and (j == start or j == conjunct_start or prev in links or prev in articles) and not (
                lex.lang == "en" and j > start and not seen_head):
            j += 1
            continue
        if lex.lang == "de" and prev in articles and low in _PREP_DE:
            attribute = _extended_attribute_end(tokens, j, n, lex)
            if attribute is not None:
                j = attribute  # "die in New York geborene Lopez", "der vom Senat eingesetzte Minister"
                if j < n and tokens[j].text in _OPEN_QUOTES:
                    close = next((k for k in range(j + 1, min(n, j + 7)) if tokens[k].text in _CLOSE_QUOTES), None)
                    if close is None:
                        return None
                    j, seen_head = close + 1, True  # "die in Linz erscheinende „Rundschau“"
                continue
        if is_name_like(tok.text) and (
                low not in stop or j == start and low in (
                "us", "un", "eu")):
            seen_head = True
            j += 1
            if j < n and tokens[j].text == "." and tokens[j - 1].end == tokens[j].start and (
                    tokens[j - 1].text + "." in lex.abbreviations or len(tokens[j - 1].text) <= 2):
                j += 1  # "U.S.", "Dr.", "Mr."
            continue
        if seen_head and lex.has("name_particles", low) and tok.text[:1].islower() and j + 1 < n \
                and tokens[j - 1].text[:1].isupper() and tokens[j + 1].text[:1].isupper():
            j += 1  # "Abdalla al Badri", "Thomas de Maizière"
            continue
        if lex.lang == "de" and seen_head and tok.text in _OPEN_QUOTES and prev in articles:
            close = next((k for k in range(j + 1, min(n, j + 7)) if tokens[k].text in _CLOSE_QUOTES), None)
            if close is not None:
                j = close + 1  # "Moritz Wohlrab von der „Aktion Deutschland hilft“"
                continue
        if tok.text == "-" and j > start and tokens[j - 1].end == tok.start and j + 2 < n \
                and tokens[j + 1].lower in _COMPOUND_CONJUNCTIONS and tokens[j + 2].text[:1].isupper():
            j += 2  # "Das Bau- und Transportministerium"
            continue
        if seen_head and tok.text == "(":
            close = next((k for k in range(j + 1, min(n, j + 8)) if tokens[k].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
            break
        if both and tok.text == "," and seen_head and j + 1 < n and (
                tokens[j + 1].lower in articles or is_name_like(tokens[j + 1].text)):
            j += 1  # "Sowohl das Militär, der Präsident als auch …"
            conjunct_start = j
            continue
        if both and low == "als" and seen_head and j + 2 < n and tokens[j + 1].lower == "auch":
            both = False
            j += 2
            conjunct_start = j
            continue
        if lex.lang == "de" and low in _SPEAKER_CONJUNCTIONS and seen_head and j + 1 < n and (
                tokens[j + 1].text[:1].isupper() and tokens[j + 1].lower not in stop):
            j += 1  # "EU-Kommission und Bundesregierung"
            continue
        if lex.lang == "de" and low in _SPEAKER_CONJUNCTIONS and seen_head and j + 2 < n \
                and tokens[j + 1].lower in articles and tokens[j + 2].text[:1].isupper() \
                and tokens[j + 2].lower not in stop:
            j += 1  # "Die IADB und der MIF"
            conjunct_start = j
            continue
        if low in links and seen_head and j + 1 < n and (tokens[j + 1].text.isdigit() or
                tokens[j + 1].text[:1].isupper() or tokens[j + 1].lower in articles
                or _ADJ.match(tokens[j + 1].lower)):
            j += 1
            continue
        if lex.lang == "de" and (tok.text[:1].islower() or _AGE_ADJ.match(low)) and _ADJ.match(low) \
                and low not in stop \
                and low not in lex.verbs and low not in lex.words["auxiliaries"] and j + 1 < n and (
                prev is None or prev in articles or prev in links
                or (tokens[j - 1].text[:1].islower() and _ADJ.match(prev))) and low not in articles:
            j += 1  # adjective: "die deutsche Bundesregierung", "des brasilianischen Ministeriums"
            continue
        if lex.lang == "en" and not seen_head and tok.text[:1].islower() and low.isalpha() and low not in stop \
                and low not in articles \
                and low not in lex.verbs and low not in lex.words["auxiliaries"] and j - start < 6:
            j += 1  # "the scientists", "a spokesman for"
            continue
        if lex.lang == "en" and low in ("'s", "’s") and seen_head:
            j += 1
            continue
        break
    while j > start and (tokens[j - 1].lower in links or tokens[j - 1].lower in articles
                         or (lex.lang == "de" and tokens[j - 1].text[:1].islower()
                             and not is_name_like(tokens[j - 1].text))):
        j -= 1
    if j == start:
        return None
    if lex.lang == "en" and not seen_head:
        return (start, j)
    return (start, j) if seen_head else None


_SKIPPABLE = {"de": _DE["skippable_before_source"], "en": _EN["skippable_before_source"]}


def _time_phrase_end(tokens: list[Token], j: int, n: int, lex: Lexicon) -> int:
    """The token after a time phrase at ``j`` ("diesen Samstag", "dieser Tage", "der letzten Woche"), else ``j``:
    an adverbial between the verb and its subject."""
    if j >= n or tokens[j].lower not in lex.words["articles"]:
        return j
    k = j + 1
    while k < n and k < j + 3 and tokens[k].text[:1].islower() and tokens[k].text.isalpha():
        k += 1  # "der letzten", "des vergangenen"
    if k < n and tokens[k].lower in lex.words.get("time_nouns", ()) and tokens[k].text[:1].isupper() \
            and (k + 1 >= n or tokens[k + 1].lower not in lex.words["np_links"]):
        return k + 1
    return j


def is_noun_phrase(tokens: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """Whether tokens[a:b] read as a subject phrase (not an adverbial or prepositional phrase)."""
    if a >= b:
        return False
    first = tokens[a].lower
    if first in lex.words["pronouns"]:
        return b - a == 1 or lex.lang == "en"
    if b - a == 1 and lex.has("subject_focus_particles", first):
        return False  # "Insbesondere kritisiert der Verband, …": a particle, the subject follows the verb
    if first in lex.words["np_stop"] and first not in lex.words["articles"] or first in lex.words["prepositions"] \
            or first in lex.words["postpositions"] or first in lex.words["nach_words"]:
        return False
    if first in lex.words["prefield_adverbs"] or first in lex.words["subordinators"] and first not in \
            lex.words["articles"]:
        return False
    if first == "des" and b - a >= 2 and tokens[a + 1].lower in _DES_ADVERBIALS:
        return False  # "Des Weiteren verwies …"
    if first in lex.words.get("not_subject_starts", ()):
        return False  # "Anlässlich der Parteigründung …", "Kurz vor der Tat …", "Anfang Februar …"
    if lex.lang == "de" and b - a == 1 and first.endswith(_ADVERB_ENDINGS):
        return False  # "Ähnlich äußerte sich …", "Möglicherweise …"
    if b - a == 1 and first in _DEMONSTRATIVE_SUBJECTS.get(lex.lang, ()):
        return True  # "Diese bestätigte, dass …"
    if lex.lang == "en":
        # "Senior researcher Mu Li": no verb, auxiliary or clause word inside
        return b - a <= 8 and not any(
            t.lower in lex.words["auxiliaries"] or t.lower in lex.words["subordinators"]
            or t.lower in lex.words["coordinators"] or (t.lower in lex.verbs and t.text[:1].islower())
            for t in tokens[a:b])
    if lex.lang == "de" and b - a == 2 and first in lex.words["articles"] and tokens[a + 1].text.isalpha() \
            and tokens[a + 1].text.islower() and len(tokens[a + 1].text) <= 5 and not _ADJ.match(tokens[a + 1].lower) \
            and tokens[a + 1].lower not in lex.verbs:
        return True  # "Die taz vermutet, …"
    if lex.lang == "de" and tokens[a].text.isdigit() and a + 1 < b and tokens[a + 1].text[:1].isupper() \
            and tokens[a + 1].lower not in _NOT_COUNTED and (a == 0 or tokens[a - 1].text not in (":", ".")):
        a += 1  # "80 Prozent befürworteten, …"
    rng = noun_phrase_after(tokens, a, lex, skip_adverbs=False, limit=b)
    if rng is not None and rng[1] >= b - (1 if lex.lang == "en" else 0):
        return True
    return lex.lang == "de" and rng is not None and rng[0] == a and _loose_tail(tokens, rng[1], b, lex)


_ADVERB_ENDINGS = ("lich", "weise", "falls", "dings", "mals", "wärts", "halb", "ig", "elang")
_DEMONSTRATIVE_SUBJECTS = {"de": _DE["demonstrative_subjects"], "en": _EN["demonstrative_subjects"]}
_PREP_DE = _DE["np_prepositions"]


_PARTICIPLE = re.compile(r"\w+(?:t|nd)(?:e|en|er|es|em)$|\w*ge\w+(?:en|ene|enen|ener|enes|enem)$")
# adjectives that take a prepositional phrase before them ("der für die Region zuständige Sprecher")
_ATTRIBUTE_ADJ = re.compile(r"\w+(?:ig|lich)(?:e|en|er|es|em)$")


def _extended_attribute_end(tokens: list[Token], j: int, n: int, lex: Lexicon) -> int | None:
    """German prepositional phrase inside a noun phrase that ends in an attributive
    participle ("am Dienstag veröffentlichten Pressemitteilung"): the index after that participle."""
    for k in range(j + 1, min(n - 1, j + 7)):
        t = tokens[k]
        if t.text in (",", ";", ":", ".", "(", ")") or t.lower in lex.words["auxiliaries"]:
            return None
        nxt = tokens[k + 1]
        if k > j + 1 and t.text[:1].islower() and t.text.isalpha() \
                and (_PARTICIPLE.match(t.lower) or _ATTRIBUTE_ADJ.match(t.lower)) \
                and t.lower not in lex.words["articles"] and t.lower not in _PREP_DE and (
                nxt.text[:1].isupper() or nxt.text in _OPEN_QUOTES):
            return k + 1
    return None


def _loose_tail(tokens: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """German: the rest of a subject phrase holds only attributes ("in Mexiko-Stadt", "n-tv", "(NEMA)")."""
    if b - a > 14:
        return False
    depth = 0
    for k in range(a, b):
        t = tokens[k]
        low = t.lower
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
            continue
        if depth:
            continue  # "(kurz: „IG Bau“)"
        if t.text[:1].isupper() or not t.text[:1].isalpha() or low in _PREP_DE or low in lex.words["articles"] \
                or low in lex.words["np_links"] or "-" in low or "." in low or any(ch.isdigit() for ch in low):
            continue
        nxt = tokens[k + 1] if k + 1 < b else None
        if _ADJ.match(low) and low not in lex.verbs and low not in lex.words["auxiliaries"] and nxt is not None \
                and (nxt.text[:1].isupper() or _ADJ.match(nxt.lower) and nxt.lower not in lex.words["articles"]):
            continue  # "in der früheren Hauptstadt" (but not "Das Beben erreichte eine …")
        return False
    return True


def _name_particle_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether tokens[k] is a lower-case particle inside a personal name ("Thomas de Maizière")."""
    return 0 < k < len(tokens) - 1 and lex.has("name_particles", tokens[k].lower) \
        and tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()


@dataclass
class Entity:
    name: str
    person: bool
    aliases: set = field(default_factory=set)


class SpeakerResolver:
    """The people and groups named in one document, for resolving later mentions."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.entities: list[Entity] = []
        self.by_alias: dict[str, Entity] = {}
        self.last_person: Entity | None = None

    def _role_key(self, word: str) -> str | None:
        return self.lex.role_base.get(word.lower())

    def _register(self, name: str, person: bool, aliases: list[str]) -> Entity:
        key = name.lower()
        ent = self.by_alias.get(key)
        if ent is None or ent.name.lower() != key and len(name.split()) > len(ent.name.split()):
            ent = Entity(name, person)
            self.entities.append(ent)
        for alias in [name] + aliases:
            self.by_alias[alias.lower()] = ent
        if person:
            ent.person = True
            self.last_person = ent
        return ent

    def observe(self, tokens: list[Token]) -> None:
        """Learn role appositions anywhere in a sentence ("Außenminister Marco Rubio")."""
        for i, tok in enumerate(tokens[:-1]):
            if tok.lower in self.lex.roles and tokens[i + 1].text[:1].isupper():
                j = i + 1
                while j < len(tokens) and j < i + 4 and (tokens[j].text[:1].isupper() or _name_particle_at(
                        tokens, j, self.lex)) and \
                        tokens[j].lower not in self.lex.roles and tokens[j].lower not in self.lex.words["np_stop"]:
                    j += 1
                names = [t.text for t in tokens[i + 1:j]]
                if names:
                    self._name_with_roles(names, [tok.text])

    def _name_with_roles(self, names: list[str], roles: list[str]) -> Entity:
        full = " ".join(names)
        known = self.by_alias.get(full.lower()) or self.by_alias.get(names[-1].lower())
        if known and len(names) == 1:
            ent = known
        else:
            ent = self._register(full, True, [names[-1]] if len(names) > 1 else [])
        for role in roles:
            key = self._role_key(role)
            if key:
                self.by_alias[key] = ent
        ent.person = True
        self.last_person = ent
        return ent

    def _institution(self, names: list[str]) -> bool:
        """Whether capitalized words name a body, not a person ("Süddeutsche Zeitung", "Deutsche Bank")."""
        heads = tuple(self.lex.words.get("speaker_heads", ()))
        return any(n.lower().endswith(heads) for n in names)

    def _name_before(self, words: list[Token]) -> list[str]:
        """The run of capitalized words, not roles, that ends the words ("Senator Jim Berg" -> Jim Berg)."""
        names = []
        for w in reversed(words):
            if not w.text[:1].isupper() or w.lower in self.lex.roles or w.lower in self.lex.words["np_links"]:
                break
            names.append(w.text)
        return names[::-1]

    def _place_after_role(self, words: list[Token], k: int, tokens: list[Token]) -> bool:
        """Whether the capitalized words from words[k] follow a role as its place or body ("Bürgermeister von New
        Orleans"), with no comma before a name of its own ("Der Chef von Microsoft, Bill Gates")."""
        if k < 2 or words[k - 1].lower not in self.lex.words.get("role_place_prepositions", ()) \
                or not any(w.lower in self.lex.roles for w in words[:k - 1]):
            return False
        return not any(t.text == "," and t.start > words[k - 1].start for t in tokens)

    def _body_after_role(self, words: list[Token], k: int) -> bool:
        """Whether the capitalized words from words[k] are the body a role belongs to ("Sprecher des Erwerbslosen
        Forum Deutschland", "Chef der Bundesagentur für Arbeit"), not the name of the person."""
        return k >= 2 and words[k - 1].lower in self.lex.words["np_links"] \
            and any(w.lower in self.lex.roles for w in words[:k - 1])

    def _name_after_body(self, names: list[str]) -> list[str]:
        """The person's name after a one-word body in the genitive ("des Parlaments Alain Lamassoure", "der
        Wahlbehörde Roberto Rodriguez"), else nothing."""
        first = names[0].lower()
        if not 3 <= len(names) <= 4 or first.endswith("en"):
            return []
        if first.endswith("s") and not first.endswith("ss") or self._institution(names[:1]):
            return names[1:]
        return names[2:] if len(names) == 4 else []  # "der Region Elsass Adrien Zeller"

    def _leading_name(self, tokens: list[Token]) -> list[str]:
        """The name before the comma of "Martin Behrsing, Sprecher des Forums …", else nothing."""
        words = [t for t in tokens if t.lower not in self.lex.words["articles"]
                 and t.lower not in _SKIPPABLE[self.lex.lang]]
        names = []
        for t in words:
            if t.text == ",":
                return names if 1 <= len(names) <= 4 else []
            if not t.text[:1].isupper() or t.lower in self.lex.roles or t.lower in self.lex.words["np_stop"]:
                return []
            names.append(t.text)
        return []

    def _role_of_body(self, plain: str, roles: list[str]) -> Entity:
        """A person named only by a role in a body ("Ein Sprecher des Gesundheitsministeriums"): the phrase is
        the speaker, and "er"/"sie" or "der Sprecher" later refer back to it."""
        ent = self.by_alias.get(plain.lower()) or self._register(plain, True, [])
        key = self._role_key(roles[-1])
        if key:
            self.by_alias[key] = ent
        ent.person = True
        self.last_person = ent
        return ent

    def is_person(self, name: str) -> bool | None:
        """Whether the speaker resolved as ``name`` is a person (True) or a group or body (False); None if unknown."""
        ent = self.by_alias.get(name.lower())
        return None if ent is None else ent.person

    def resolve(self, text: str, tokens: list[Token]) -> str:
        """The canonical name for a speaker mention (its tokens), remembering new entities."""
        lex = self.lex
        words = [t for t in tokens if t.text not in (",", ".")] or tokens
        definite = False
        while words and (words[0].lower in lex.words["articles"] or words[0].lower in _SKIPPABLE[lex.lang]
                         or words[0].lower in _LEADING_PREPOSITIONS):
            definite = definite or words[0].lower in _DEFINITE_ARTICLES
            words = words[1:]
        if lex.lang == "de" and words and words[0].lower in _PREP_DE:
            attribute = _extended_attribute_end(words, 0, len(words), lex)
            words = words[attribute:] if attribute is not None else words  # "(die) in Linz geborene Sängerin"
        if not words:
            return text
        if len(words) == 1 and words[0].lower in lex.words["person_pronouns"]:
            return self.last_person.name if self.last_person else words[0].text
        if len(words) == 1 and words[0].lower in lex.words["pronouns"]:
            return words[0].text
        if len(words) > 3 and words[-1].text == ")" and words[-3].text == "(":
            words = words[:-3]  # "Thomas de Maizière (CDU)": the party is no part of the name
        roles = [w.text for w in words if w.lower in lex.roles]
        after_comma = {t.start for k, t in enumerate(tokens) if k and tokens[k - 1].text == ","}
        names = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.text[:1].isupper() and w.lower not in lex.roles and w.lower not in lex.words["np_links"] \
                    or names and _name_particle_at(words, k, lex):
                names.append(w.text)
                if w.start in after_comma:
                    break  # "Der Sprecher der Polizei, Lars Beringer": the name after the comma
            else:
                break
        names.reverse()
        plain = text[words[0].start - tokens[0].start:] if tokens else text
        plain = plain.strip()
        if roles and names and self._place_after_role(words, len(words) - len(names), tokens):
            # "Regierungssprecher in Berlin": the place names no one; "Senator Jim Berg aus Ohio": the name before
            names = self._name_before(words[:len(words) - len(names) - 1])
        elif roles and names and self._body_after_role(words, len(words) - len(names)):
            names = self._name_after_body(names) or self._leading_name(tokens)
            if not names:
                return self._role_of_body(plain, roles).name
        if roles and names:
            return self._name_with_roles(names, roles).name
        if len(names) == 1 and words[-1].start in after_comma and self._leading_name(tokens):
            return self._name_with_roles(self._leading_name(tokens), []).name  # "Petra Pau, PDS-Abgeordnete"
        if roles and not names:
            key = self._role_key(roles[-1])
            ent = self.by_alias.get(key) if key else None
            if ent is None and definite and self.last_person and len(words) <= 2:
                ent = self.last_person
            if ent is not None:
                if ent.person:
                    self.last_person = ent
                return ent.name
            return plain
        known = self.by_alias.get(plain.lower())
        if known is None and len(words) == 1:
            known = self.by_alias.get(words[0].lower)
        if known is not None:
            if known.person:
                self.last_person = known
            return known.name
        if names and len(names) == len(words) and 2 <= len(names) <= 4 and lex.lang == "de" and not definite:
            if self._institution(names):
                return self._register(" ".join(names), False, []).name  # no "er" refers back to it
            return self._name_with_roles(names, []).name
        if names and len(names) == len(words) and 2 <= len(names) <= 4 and lex.lang == "en":
            return self._name_with_roles(names, []).name
        self._register(plain, False, [])
        return plain
