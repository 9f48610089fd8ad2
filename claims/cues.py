"""Stage 3: cues — the words that attribute a statement to someone.

Finds verbal cues (any tense; separable verbs only with their particle: "teilte … mit"),
prepositional cues ("laut X", "nach Angaben von X", "according to X"), postpositional
("X zufolge"), "…, so X (weiter)", "wie X berichtet" and impersonal ones ("heißt es").
Words inside quotation marks are never cues of the sentence around them.
"""
from __future__ import annotations

from dataclasses import dataclass

from claims.function_words import HOLDER_PREPOSITIONS
from claims.lexicon import Lexicon, load_lexicon
from claims.sentences import Token
from claims.sources import is_name_like

_DE = load_lexicon("de").words
_EN = load_lexicon("en").words
# inline word sets (claims/data/{de,en}/function_words.toml)
_EN_ADVERBS_BEFORE_PARTICIPLE = _EN["adverbs_before_participle"]
_EN_DETERMINERS_BEFORE_VERB = _EN["determiners_before_verb"]
_EN_DEGREE_ADVERBS = _EN["degree_adverbs"]
_SOURCE_RELATIVES = _DE["source_relatives"]
_DISTANT_CUE_PREPOSITIONS = _DE["distant_cue_prepositions"] | _EN["distant_cue_prepositions"]
_GENITIVE_DETERMINERS = _DE["genitive_determiners"]
_SELF_NAMING = _DE["self_naming"]
_THIRD_PERSON = _DE["third_person_pronouns"]
_FIRST_SECOND_PERSON = _DE["first_second_person"]

_EN_PASSIVE = _EN["passive_be_forms"]
_AFTER_PARTICLE = _DE["after_particle"]
BOUNDARY = frozenset({",", ";", ":", "–", "—"})


@dataclass
class Cue:
    """A cue in a sentence: ``index`` is its token position in the sentence's token list."""

    kind: str  # verb | prep | nach | post | so | as | impersonal | according | anaphoric | relative | noun
    index: int
    start: int
    end: int
    text: str
    weak: bool = False
    particle: int | None = None  # token index of a separated particle
    end_index: int | None = None  # last token of a multi-word cue
    lemma: str | None = None
    whole: bool = False  # a reported act ("Die SPD will …"): the whole clause with its subject is the content
    preposition: str | None = None  # the preposition the cue governs ("sprach von …")
    act: bool = False  # a reported act ("Die Polizei geht von Suizid aus"): a noun-phrase object is content


def _particle_index(tokens: list[Token], i: int, particle: str, lang: str, lex: Lexicon | None = None) -> int | None:
    """Position of the separated particle after token ``i``, within its clause (or right before
    a participle: "bekannt gegeben")."""
    if i > 0 and tokens[i - 1].lower == particle and (tokens[i].lower.startswith("ge") or (
            lang == "de" and (i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalnum()))):
        return i - 1  # "bekannt gegeben", verb-final "wie X bekannt gab,"
    skip_to = -1
    for j in range(i + 1, min(len(tokens), i + 40)):
        t = tokens[j]
        if j <= skip_to:
            continue
        if t.text == "," and lang == "de" and lex is not None:
            end = _apposition_end(tokens, j, lex)
            if end is not None:
                skip_to = end  # "ging Celebi, die Anwältin der Frau, noch davon aus"
                continue
        if t.text == "," and lang == "de" and lex is not None:
            closing = _particle_after_inserted_clause(tokens, j, particle, lex)
            if closing is not None:
                return closing
        if t.text in (",", ";", ":", "–"):
            # "teilte der Direktor der Behörde, Bagus Puruhito, mit.": the particle ends the sentence
            last = len(tokens) - 1
            while last > j and not tokens[last].text[:1].isalnum():
                last -= 1
            if t.text == "," and tokens[last].lower == particle and tokens[last - 1].text == "," and last - j < 8 \
                    and all(x.text[:1].isupper() for x in tokens[j + 1:last - 1]):
                return last
            return None
        if particle == "sich" and t.lower == "sich":
            return j  # "zeigte sich zuversichtlich, …": the reflexive need not close the clause
        if (t.lower == particle or (lang == "de" and t.lower == "dar" + ("auf" if particle == "hin" else "") + particle
                                    and particle == "hin")) and (lang == "en" or j + 1 >= len(tokens)
                                    or not tokens[j + 1].text[:1].isalnum()
                                    or tokens[j + 1].lower in _AFTER_PARTICLE):
            return j
    return None


def _particle_after_inserted_clause(tokens: list[Token], j: int, particle: str, lex: Lexicon) -> int | None:
    """German: the particle right after a subordinate or relative clause that opens with the comma at token j and
    closes the main clause ("warf ihm, nachdem die Zahlen bekannt wurden, vor, er habe …"), or None."""
    if j + 1 >= len(tokens) or not (tokens[j + 1].lower in lex.words["subordinators"]
                                    or tokens[j + 1].lower in lex.words["relatives"]):
        return None
    close = next((c for c in range(j + 2, min(len(tokens) - 1, j + 25)) if tokens[c].text in (",", ";", ":")), None)
    if close is None or tokens[close].text != "," or tokens[close + 1].lower != particle:
        return None
    k = close + 2
    return close + 1 if k >= len(tokens) or not tokens[k].text[:1].isalnum() or tokens[k].lower in _AFTER_PARTICLE \
        else None


_APPOSITION_WORDS = _DE["apposition_words"]


def _apposition_end(tokens: list[Token], j: int, lex: Lexicon) -> int | None:
    """German: the closing comma of an apposition that opens with the comma at token j ("Celebi, die Anwältin der
    Frau, …", "im Kosovo, Joachim Rücker, …"), or None."""
    for c in range(j + 2, min(len(tokens), j + 12)):
        t = tokens[c]
        if t.text == ",":
            first = tokens[j + 1]
            if not (first.text[:1].isupper() or first.lower in lex.words["articles"]):
                return None
            return c
        low = t.lower
        if t.text[:1].isupper() or low in lex.words["articles"] or low in _APPOSITION_WORDS \
                or t.text in ("(", ")", "-"):
            continue
        if low.endswith(("e", "en", "er", "es", "em")) and low not in lex.verbs \
                and low not in lex.words["auxiliaries"] and c + 1 < len(tokens) and (
                tokens[c + 1].text[:1].isupper() or tokens[c + 1].lower.endswith(("e", "en", "er", "es", "em"))):
            continue  # "der zuständige serbische Minister"
        return None
    return None


_INDEFINITE = _DE["indefinite_feminine_articles"]


def _nach_head(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """"nach (ersten|offiziellen) Angaben", "nach Polizeiangaben": the index of the head noun."""
    heads = lex.words["nach_heads_cased"]
    for j in range(i + 1, min(len(tokens), i + 4)):
        t = tokens[j].text
        if t in heads or (t[:1].isupper() and any(t.endswith(h.lower()) and len(t) - len(h) >= 4
                                                   or t.endswith("-" + h) for h in heads if len(h) >= 6)):
            return j
        if t[:1].isupper() and lex.has("nach_heads_indefinite", t.lower()) and tokens[j - 1].lower in _INDEFINITE:
            return j  # "nach einer Veröffentlichung im Fachblatt …"
        genitive = t[:1].isupper() and t.endswith("s") and j + 1 < len(tokens) and tokens[j + 1].text in heads
        if not ((t[:1].islower() and t.isalpha() and t.endswith(("en", "er", "em", "e")))
                or t.lower() in lex.words["articles"] or genitive):  # "nach Celebis Angaben"
            return None
    return None


def _after_modal(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """German infinitive cue governed by a modal of its clause ("So müsse die Regierung dem Einsatz zustimmen"):
    an obligation or possibility, not a report made. Right before a colon it introduces what is said ("Man kann
    nur sagen: …")."""
    if i + 1 < len(tokens) and tokens[i + 1].text == ":":
        return False
    for k in range(i - 1, max(-1, i - 12), -1):
        if not tokens[k].text[:1].isalnum():
            return False
        if lex.has("governing_modals", tokens[k].lower):
            return True
    return False


def _attributive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """German participle used as an adjective: "nicht erklärte Streiks", "die vermuteten Täter"."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper():
        return False
    if not tokens[i].lower.endswith(("e", "en", "er", "es", "em")):
        return False
    prev = tokens[i - 1].lower if i > 0 else ""
    return i == 0 or prev in lex.words["articles"] or prev in _ATTRIBUTIVE_BEFORE or prev.isdigit() \
        and not _year_before_verb(tokens, i, lex) or _adverb_after_article(tokens, i, lex)


def _adverb_after_article(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """An uninflected adverb between an article and the participle: "in einer gestern veröffentlichten
    Mitteilung" (not "die beiden erklärten", where the word before is an inflected pronoun)."""
    if i < 2:
        return False
    prev = tokens[i - 1]
    return tokens[i - 2].lower in lex.words["articles"] and prev.text.isalpha() and prev.text.islower() \
        and not prev.lower.endswith(("e", "en", "er", "es", "em")) and prev.lower not in lex.verbs


def _year_before_verb(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A four-digit year not opened by an article ("Im Juli 2008 sagte Müller"): a date before the finite verb,
    unlike a count ("3 verletzte Personen") or "ihrem 2009 veröffentlichten Roman"."""
    word = tokens[i - 1].text
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") \
        and (i < 2 or tokens[i - 2].lower not in lex.words["articles"])


_ATTRIBUTIVE_BEFORE = _DE["attributive_before"]


_EN_PREPOSITIONS = _EN["quote_participle_prepositions"]
_QUOTE_CHARS = frozenset("„“”\"«»‚‘’'")
_EN_PROGRESSIVE = _EN["progressive_auxiliaries"]
_EN_NEXT_FINITE = _EN["finite_auxiliaries"]


def _en_verb_use(tokens: list[Token], i: int) -> bool:
    """English: not a passive participle ("were quickly posted"), not a bare gerund ("asking"),
    not a plural noun before a verb ("Recent reports have revealed")."""
    low = tokens[i].lower
    j = i - 1
    while j >= 0 and (tokens[j].lower.endswith("ly") or tokens[j].lower in _EN_ADVERBS_BEFORE_PARTICIPLE):
        j -= 1
    prev = tokens[j].lower if j >= 0 else ""
    if low.endswith("ing"):
        k = i + 1 if i + 1 < len(tokens) and tokens[i + 1].text in (",", ":") else i
        quoted = k + 1 < len(tokens) and tokens[k + 1].text in _QUOTE_CHARS and j >= 0 \
            and tokens[j].text[:1].isalpha() and tokens[j].lower not in _EN_PREPOSITIONS
        progressive = prev in _EN_PROGRESSIVE or prev.endswith(("'m", "’m", "'re", "’re"))  # "I'm saying"
        return progressive or quoted  # "a message stating, “…”": a participle that introduces a quote
    if prev in _EN_PASSIVE or prev == "well":
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower == "by":
        return False  # "a blog written by Rathbun"

    if low.endswith("s") and i + 1 < len(tokens) and tokens[i + 1].lower in _EN_NEXT_FINITE:
        return False
    return True


def _looks_like_noun_use(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: 'the report', 'a claim', 'his statement' are nouns, not verbs."""
    if i == 0:
        return False
    prev = tokens[i - 1].lower
    if prev in lex.words.get("articles", ()) and prev not in _EN_DETERMINERS_BEFORE_VERB:
        return True
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if tokens[i].lower.endswith("s") and not lex.has("subject_pronouns", prev) \
            and any(r.lemma == nxt for r in lex.verbs.get(nxt, ())):
        return True  # "Witness reports say …": a plural noun before the cue verb
    if lex.has("noun_prepositions", prev) and not tokens[i].lower.endswith("ing"):
        return True  # "James Baker, secretary of state, agreed": "state" is a noun
    for j in range(i - 1, max(0, i - 5), -1):
        if not tokens[j].text[:1].isalnum():
            break
        if " ".join((tokens[j - 1].lower, tokens[j].lower)) in lex.phrases.get("source_phrase_openers", ()):
            return True  # "according to the police report, …": the source's noun, not a verb
    if prev in ("to",) and not tokens[i].lower.endswith(("ed", "s")):
        return False
    if _plural_after_attribute(tokens, i, lex):
        return True  # "approximately 5,600 comments", "subtle jokes", "any doubts"
    if _disagreeing_determiner(tokens, i, lex):
        return True  # "a unique light show", "a blog post": a base form cannot agree with "a …"
    if lex.has("attributive_degree", prev) and tokens[i].lower.endswith(("ed", "wn", "en", "ght", "ld", "id")):
        return True  # "the most well known effects", "a little known fact": a participle used as an adjective
    return False


def _plural_after_attribute(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: the -s cue form at i follows a number, a lower-case adjective or a quantity word: a plural noun
    ("5,600 comments", "subtle jokes", "any doubts"), not a verb with its subject before it."""
    low, prev = tokens[i].lower, tokens[i - 1]
    if not low.endswith("s") or any(r.lemma == low for r in lex.verbs.get(low, ())):
        return False
    adjective = prev.text[:1].islower() and prev.lower.endswith(tuple(lex.words["adjective_endings"]))
    return any(ch.isdigit() for ch in prev.text) or adjective or lex.has("quantity_words", prev.lower)


def _disagreeing_determiner(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: the cue at i ends a noun phrase whose determiner cannot agree with the verb form: a base form
    after "a"/"an"/"every", an -s form after "some"/"these"/"many"."""
    low = tokens[i].lower
    base = any(r.lemma == low for r in lex.verbs.get(low, ()))
    if not base and not low.endswith("s"):
        return False
    determiners = "singular_determiners" if base else "plural_determiners"
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].lower
        if lex.has(determiners, word):
            return j < i - 1 or not base  # "a blog post"; "some jokes", "these reasons"
        if not word.isalpha() or word in lex.verbs or word in lex.words["auxiliaries"] \
                or word in lex.words["np_stop"] or lex.has("object_pronouns", word):
            return False
    return False


def _quoted_first_person(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """English: "I suspect …" inside a quotation is the quoted speaker's own report, a cue of its own."""
    return lex.lang == "en" and i > 0 and lowers[i] in lex.verbs and lex.has("first_person", lowers[i - 1]) \
        and lex.has("subject_pronouns", lowers[i - 1])


def _after_copula(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: the adjective at i follows a form of "be" ("we are sure", "I'm not certain"), past "not" and
    degree adverbs."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in _EN_DEGREE_ADVERBS or tokens[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and (lex.has("copulas", tokens[j].lower) or tokens[j].lower.endswith(("'m", "’m", "'re", "’re")))


def _discourse_marker(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """English: "you know" set off by punctuation ("You know, I …", "…, you know?") only fills a pause."""
    if i == 0 or (i + 1 < len(tokens) and (tokens[i + 1].text[:1].isalnum() or tokens[i + 1].text in _QUOTE_CHARS)):
        return False
    return f"{tokens[i - 1].lower} {tokens[i].lower}" in lex.phrases.get("discourse_markers", ())

def closing_pronoun(tokens: list[Token], k: int, lex) -> bool:
    """Whether ``tokens[k]`` is a pronoun that ends the sentence after "so" ("„…“, so er.", "so letztere."): the
    speaker named before, not the start of a clause ("so er das will")."""
    return tokens[k].lower in lex.words.get("so_pronouns", ()) and (
        k + 1 == len(tokens) or not tokens[k + 1].text[:1].isalnum())


def find_cues(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> list[Cue]:
    """Cues among ``tokens`` (one sentence), skipping tokens inside quotations (but for an English "I think")."""
    lang = lex.lang
    cues: list[Cue] = []
    n = len(tokens)
    lowers = [t.lower for t in tokens]
    i = 0
    while i < n:
        if in_quote[i] and not _quoted_first_person(lowers, i, lex):
            i += 1
            continue
        tok = tokens[i]
        low = lowers[i]
        # multi-word prepositions and impersonal phrases ("according to", "heißt es")
        matched = False
        for kind, parts in lex.phrase_index.get(low, ()):
            if tuple(lowers[i:i + len(parts)]) == parts:
                last = i + len(parts) - 1
                cues.append(Cue("according" if kind == "prepositions" else "impersonal", i, tok.start,
                                tokens[last].end, " ".join(t.text for t in tokens[i:last + 1]), end_index=last))
                i += len(parts)
                matched = True
                break
        if matched:
            continue
        if (lex.has("prepositions", low) or lex.has("nach_words", low)) and 0 < i < n - 2 \
                and tokens[i - 1].text == "," and lowers[i + 1] in _SOURCE_RELATIVES:
            # "Gerüchte, nach denen …", "ein Gutachten, laut dem …": the relative pronoun stands for the source
            cues.append(Cue("relative", i, tok.start, tok.end, tok.text, end_index=i + 1))
            i += 2
            continue
        if lex.has("prepositions", low) and i + 1 < n and (tokens[i + 1].text[:1].isalnum()
                                                           or tokens[i + 1].text in "„“\"«»"):
            cues.append(Cue("prep", i, tok.start, tok.end, tok.text))
        elif lex.has("nach_words", low) and _nach_head(tokens, i, lex) is not None:
            cues.append(Cue("nach", i, tok.start, tok.end, tok.text, end_index=_nach_head(tokens, i, lex)))
        elif lex.has("anaphoric", low):
            cues.append(Cue("anaphoric", i, tok.start, tok.end, tok.text))
        elif lex.has("relative_cues", low) and i > 0 and tokens[i - 1].text == "," and i + 1 < n:
            cues.append(Cue("relative", i, tok.start, tok.end, tok.text))  # "Berichte, wonach …"
        elif lex.has("nach_words", low) and i > 0 and tokens[i - 1].text in lex.words["nach_heads_cased"] \
                and (i + 1 >= n or not tokens[i + 1].text[:1].isupper()
                     and lowers[i + 1] not in lex.words["articles"] and not lex.has("directions", lowers[i + 1])):
            cues.append(Cue("post", i, tok.start, tok.end, tok.text))  # "ihrer Meinung nach"
        elif lex.has("postpositions", low) and i > 0:
            cues.append(Cue("post", i, tok.start, tok.end, tok.text))
        elif lex.has("so_words", low) and i > 0 and i + 1 < n and (tokens[i - 1].text in (",", "–", "—") or (
                in_quote[i - 1] is False and tokens[i - 1].text in "“”\"»«")) and (
                is_name_like(tokens[i + 1].text) or tokens[i + 1].lower in lex.words.get("articles", ())
                or closing_pronoun(tokens, i + 1, lex)):
            cues.append(Cue("so", i, tok.start, tok.end, tok.text))
        elif lex.has("impersonal_adjectives", low) and tok.text[:1].islower() and not _negated(tokens, i, lex) \
                and (last := _impersonal_adjective_end(tokens, i, lex)) is not None:
            text = " ".join(t.text for t in tokens[i:last + 1])  # "wurde bekannt, dass …", "Wie bekannt wurde, …"
            cues.append(Cue("impersonal", i, tok.start, tokens[last].end, text, end_index=last, lemma=low))
            i = last + 1
            continue
        elif tok.text in lex.words.get("speech_nouns_cased", ()) and _noun_complement(tokens, in_quote, i, lex):
            cues.append(Cue("noun", i, tok.start, tok.end, tok.text))  # "die Ansicht, dass …"
        elif lang == "en" and lex.has("adjective_cues", low) and _after_copula(tokens, i, lex):
            cues.append(Cue("verb", i, tok.start, tok.end, tok.text, lemma=low))  # "are concerned (that) …"
        elif low in lex.verbs:
            ok = True
            if lang == "de" and (not tok.text[0].islower() or _attributive(tokens, i, lex)
                                 or (i > 0 and tokens[i - 1].lower == "zu"
                                     and not _governed_infinitive(tokens, i, lex))):
                ok = False  # capitalised noun, attributive participle, "zu" infinitive
            if lang == "en" and (_looks_like_noun_use(tokens, i, lex) or (i > 0 and not tok.text[0].islower())
                                 or not _en_verb_use(tokens, i) or _discourse_marker(tokens, i, lex)):
                ok = False
            particle = None
            form = None
            if ok:
                for reading in lex.verbs[low]:
                    if reading.preposition:
                        # a particle verb closes its clause and "für" follows an object ("hält es … für möglich"), so
                        # their preposition may stand further off ("geht bei dem früheren Manager von Flucht aus")
                        reach = 10 if reading.preposition in _DISTANT_CUE_PREPOSITIONS \
                            else 8 if reading.particle or reading.preposition == "für" else 5
                        if any(t.lower == reading.preposition for t in tokens[i + 1:i + reach]) or (
                                lang == "de" and reading.preposition == "von" and lowers[0] == "von" and i < 12):
                            if reading.particle:  # "geht … von X aus": the particle too
                                particle = _particle_index(tokens, i, reading.particle, lang, lex)
                                if particle is None:
                                    continue
                            elif any(r.particle and _particle_index(tokens, i, r.particle, lang, lex) is not None
                                     for r in lex.verbs[low]):
                                continue  # "Die Pläne sehen eine Brücke in … vor": the particle verb
                            form = reading
                            break
                        continue
                    if not reading.particle:
                        form = form or reading
                        continue
                    particle = _particle_index(tokens, i, reading.particle, lang, lex)
                    if particle is not None:
                        form = reading
                        break
                ok = form is not None
            if ok and form.lemma in lex.words.get("naming_verbs", ()) and _names_itself(lowers, i):
                ok = False  # "nennt sich …", "nannte man …", "nennt sie sich …": naming, not saying
            if ok and _negated(tokens, i if particle is None else particle, lex):
                ok = False
            if ok and lang == "de" and low.endswith(form.lemma) and _after_modal(tokens, i, lex):
                ok = False
            if ok:
                cues.append(Cue("verb", i, tok.start, tok.end, tok.text, weak=form.weak, particle=particle,
                                lemma=form.lemma, preposition=form.preposition, act=form.act))
        i += 1
    if not cues and lex.words.get("intent_modals"):
        cue = _intent_cue(tokens, in_quote, lex)
        if cue is not None:
            cues.append(cue)
    if lex.words.get("reason_subordinators"):
        cue = _reason_cue(tokens, in_quote, lex)
        if cue is not None:
            cues.append(cue)
    return cues


def _negated(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A negation right before the verb-final cue or particle at ``i``: "wollte nicht bestätigen, dass …",
    "konnte weder bestätigen noch ausschließen, dass …"."""
    if i == 0:
        return False
    prev = tokens[i - 1].lower
    return lex.has("cue_negations", prev) or prev == "noch" and any(t.lower == "weder" for t in tokens[:i - 1])


def _reason_cue(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> Cue | None:
    """German: a "weil"/"da" clause in Konjunktiv I after an indicative main clause gives the subject's reason in
    reported speech ("Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe")."""
    from claims.mood import reported_mood

    for i, tok in enumerate(tokens):
        if i < 3 or in_quote[i] or not lex.has("reason_subordinators", tok.lower) or tokens[i - 1].text != ",":
            continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in (",", ";", ":", "–", "-")),
                   len(tokens))
        if reported_mood(tokens[i:end], in_quote[i:end], lex) is None or lex.has("first_person", tokens[i + 1].lower):
            return None  # "weil ich … habe" is the indicative
        if any(in_quote[:i]) or reported_mood(tokens[:i], in_quote[:i], lex, strict=False) is not None \
                or any(t.lower in lex.words["complementizers"] for t in tokens[:i]):
            return None  # the main clause is itself reported speech or conditional
        return Cue("reason", i, tok.start, tok.end, tok.text)
    return None


_WERDEN = _DE["werden_forms"]


def _impersonal_adjective_end(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """German "bekannt werden" with no subject that reports a clause: "wurde (dann) bekannt, dass …", "nachdem
    bekannt geworden war, dass …", "Wie heute bekannt wurde, …". The index of the cue's last word, or None."""
    n = len(tokens)
    j = i
    while j + 1 < n and tokens[j + 1].lower in _WERDEN:
        j += 1
    before = any(t.lower in _WERDEN for t in tokens[max(0, i - 4):i])
    if j == i and not before:
        return None
    if j + 2 < n and tokens[j + 1].text == "," and tokens[j + 2].lower in lex.words["complementizers"]:
        return j
    k = i - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":"):
        k -= 1
    if j > i and j + 1 < n and tokens[j + 1].text == "," and tokens[k + 1].lower in lex.words["as_words"]:
        return j  # "Wie heute bekannt wurde, sind …"
    return None


def _noun_complement(tokens: list[Token], in_quote: list[bool], i: int, lex: Lexicon) -> bool:
    """Whether the noun at i ("Ansicht", "Standpunkt") takes a reported clause after a comma, directly or after
    its verb ("vertrat die Ansicht, dass …", "hatte den Standpunkt vertreten, das Gericht sei …")."""
    from claims.mood import reported_mood

    k = i + 1
    holder = noun_holder(tokens, i, lex)
    if holder is not None:
        k = holder[2]  # "die Forderung der Partei, …"
    elif k < len(tokens) and tokens[k].text[:1].islower() and (
            tokens[k].lower in lex.verbs or tokens[k].lower in _NOUN_VERBS or tokens[k].lower in _NOUN_PARTICLES):
        k += 1  # "vertrat die Ansicht, …", "stellte die Theorie auf, …"
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    nxt = tokens[k + 1].lower
    if nxt in lex.words["complementizers"] or _zu_clause(tokens, k + 1):
        return True
    end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in (",", ";", ":")), len(tokens))
    # "das Verfahren sei …": an article before a noun, not a relative pronoun
    relative = nxt in lex.words["relatives"] and not (k + 2 < len(tokens) and tokens[k + 2].text[:1].isupper())
    return not relative and reported_mood(tokens[k + 1:end], in_quote[k + 1:end], lex) is not None


def noun_holder(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """German: the genitive or "von" phrase that names who holds the view of the speech noun at i ("die Forderung
    des Vorsitzenden Karl Roth, …", "die Ankündigung ihres Trainers, Greg Poss, …"): its token range and the
    index of the comma after it (and after an apposition of names), or None."""
    from claims.sources import noun_phrase_after

    k = i + 1
    if k >= len(tokens) or not (tokens[k].lower in _GENITIVE_DETERMINERS or tokens[k].lower in HOLDER_PREPOSITIONS):
        return None
    start = k + 1 if tokens[k].lower == "von" else k
    rng = noun_phrase_after(tokens, start, lex, skip_adverbs=False)
    if rng is None or rng[0] != start or rng[1] >= len(tokens) or tokens[rng[1]].text != ",":
        return None
    comma = rng[1]
    close = next((j for j in range(comma + 1, min(len(tokens), comma + 6)) if tokens[j].text == ","), None)
    if close is not None and close > comma + 1 and all(t.text[:1].isupper() or t.text == "."
                                                      for t in tokens[comma + 1:close]):
        comma = close  # an apposition of names: "ihres Trainers, Greg Poss,"
    return (start if tokens[k].lower == "von" else k, rng[1], comma)


_NOUN_VERBS = _DE["noun_cue_verbs"]
_NOUN_PARTICLES = _DE["noun_cue_particles"]


def _names_itself(lowers: list[str], i: int) -> bool:
    """Whether the naming verb at i is reflexive or impersonal: "sich" or "man" right after it, or "sich" after
    an inverted pronoun subject ("Dann nennt sie sich „documenta 12“")."""
    nxt = lowers[i + 1:i + 3]
    return bool(nxt) and (nxt[0] in _SELF_NAMING or (
        len(nxt) == 2 and nxt[0] in _THIRD_PERSON and nxt[1] == "sich"))


def _governed_infinitive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """German: the "zu" infinitive at token i is the act of a verb such as "sich beeilen" a few words before it
    ("beeilte sich, gegenüber Journalisten zu erklären, …") and a comma follows it: a cue of its own."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != ",":
        return False
    return any(lex.has("infinitive_governors", t.lower) for t in tokens[max(0, i - 8):i - 1])


def _zu_clause(tokens: list[Token], k: int) -> bool:
    """Whether the clause from token k is an infinitive with "zu" ("den Befehl, … zu fliegen")."""
    for j in range(k, min(len(tokens), k + 25)):
        if tokens[j].text in (",", ";", ":", "–", ".") and j > k:
            return tokens[j - 1].lower.startswith("zu") or (j >= 2 and tokens[j - 2].lower == "zu")
    return tokens[-1].lower == "zu" or (len(tokens) > 2 and tokens[-2].lower == "zu")


def _intent_cue(tokens: list[Token], in_quote: list[bool], lex: Lexicon) -> Cue | None:
    """German reported intention without a verb of saying: "Die SPD will … fördern" (a cue only when the
    sentence has no other cue; first person and questions excluded)."""
    modals = lex.words["intent_modals"]
    for i, tok in enumerate(tokens):
        if in_quote[i] or tok.lower not in modals or not tok.text[:1].islower():
            continue
        if any(t.lower in _FIRST_SECOND_PERSON for t in tokens[max(0, i - 1):i + 2]):
            return None
        if tokens[-1].text == "?":
            return None
        return Cue("verb", i, tok.start, tok.end, tok.text, lemma="wollen", whole=True)
    return None
