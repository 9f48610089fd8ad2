"""Attributed-claim extraction for German and English news text: who said what, through which cue.

``extract_claims(text, lang)`` runs the stages in order — sentences, quotes, cues,
attribution (source and content spans), speaker resolution, mood (Konjunktiv I
continuation, hearsay) and check-worthiness for the outlet's own statements — and returns
``Claim`` objects whose spans are offsets into ``text`` exactly as given. Pure and
CPU-light: no models beyond the word lists in ``claims/data/<lang>/`` (and HanTa, loaded
lazily for rare Konjunktiv forms).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Iterator

from claims.attribution import Draft, SentenceAttributor, content_start
from claims.checkworthy import is_boilerplate, is_checkworthy
from claims.cues import find_cues
from claims.function_words import AGENT_PREPOSITIONS, PASSIVE_AUX
from claims.genre import detect_genre
from claims.lexicon import load_lexicon
from claims.model import Claim
from claims.mood import hearsay_marker, indicative_main_clause, planned_modal, reported_mood
from claims.quote_claims import QuoteAttributor, speaker_follows
from claims.quotes import Quote, find_quotes, trim_marks
from claims.sentences import Token, split_sentences, tokenize
from claims.sources import SpeakerResolver, is_name_like, is_noun_phrase, noun_phrase_after
from claims.speech_tagger import speech_claims

_DE = load_lexicon("de").words

__all__ = ["extract_claims"]

# a quote of at least this many words inside reported speech is also a direct claim
MIN_EMBEDDED_QUOTE_WORDS = 5


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    tokens: list[Token]
    in_quote: list[bool]
    boilerplate: bool
    drafts: list[Draft]


def _overlapping(items: list, ends: list[int], start: int, end: int) -> list:
    """The items (quotes or sentences: sorted, non-overlapping, ``ends`` their end offsets) that overlap ``[start, end)``."""
    i = bisect_right(ends, start)
    out = []
    while i < len(items) and items[i].start < end:
        out.append(items[i])
        i += 1
    return out


def _in_quote_flags(tokens: list[Token], quotes: list[Quote], ends: list[int]) -> list[bool]:
    flags = []
    qi = bisect_right(ends, tokens[0].start) if tokens else 0
    for tok in tokens:
        while qi < len(quotes) and quotes[qi].inner_end <= tok.start:
            qi += 1
        flags.append(qi < len(quotes) and quotes[qi].inner_start <= tok.start < quotes[qi].inner_end)
    return flags


def extract_claims(text: str, lang: str, genre: str | None = None) -> list[Claim]:
    """The attributed claims of ``text`` (language ``lang``: 'de' or 'en'), in text order.

    ``genre`` is 'news' or 'speech' (default: ``detect_genre``); in a speech, sentences the rules
    leave without an attributed claim also get the learned speech tagger's claims.
    """
    lex = load_lexicon(lang)
    if not text or not text.strip():
        return []
    quotes = find_quotes(text, lang)
    quote_ends = [q.end for q in quotes]
    sentences: list[_Sentence] = []
    for idx, (s, e) in enumerate(split_sentences(text, lang)):
        tokens = tokenize(text, s, e)
        in_quote = _in_quote_flags(tokens, quotes, quote_ends)
        boiler = is_boilerplate(text[s:e], lex)
        drafts: list[Draft] = []
        if tokens and not boiler:
            cues = find_cues(tokens, in_quote, lex)
            if cues:
                prev = (sentences[-1].start, sentences[-1].end) if sentences else None
                near = _overlapping(quotes, quote_ends, s, e)
                drafts = SentenceAttributor(text, tokens, in_quote, near, (s, e), lex, prev).drafts(cues)
        sentences.append(_Sentence(idx, s, e, tokens, in_quote, boiler, drafts))

    # sentences that a cue elsewhere claims as part of its (multi-sentence) quote
    sentence_ends = [sent.end for sent in sentences]
    covered: set[int] = set()
    for sent in sentences:
        for d in sent.drafts:
            for q in d.quotes:
                for other in _overlapping(sentences, sentence_ends, q.inner_start, q.inner_end):
                    if other.index != sent.index:
                        covered.add(other.index)

    resolver = SpeakerResolver(lex)
    quoted_stage = QuoteAttributor(text, lex, resolver, lang)
    claims: list[Claim] = []
    # (source, index of the sentence that last had a claim by it); the source is None after an impersonal report
    last_speaker: tuple[str | None, int] | None = None
    previous_had_claim = False
    introduced = False  # whether last_speaker is the subject of a sentence without a claim, not a claim's source
    max_gap = lex.settings.get("continuation_max_gap", 0)
    for sent in sentences:
        if sent.boilerplate:
            previous_had_claim = False
            continue
        if last_speaker is not None and max_gap and sent.index - last_speaker[1] > max_gap:
            last_speaker = None  # too far from the speaker's last claim to continue it
        if any(t.lower in lex.roles for t in sent.tokens):
            resolver.observe(sent.tokens)
        made = []
        disowned: list[Claim] = []  # a rejected report's claims ("wies die Darstellung zurück, …"): not continued
        for d in sent.drafts:
            drafted = _claims_from_draft(d, sent, sentences, sentence_ends, text, resolver, lang,
                                         _overlapping(quotes, quote_ends, sent.start, sent.end),
                                         last_speaker[0] if last_speaker and not introduced else None)
            made.extend(drafted)
            if d.disowned:
                disowned.extend(drafted)
        if made:
            made.extend(quoted_stage.missed_colon_claims(sent, _overlapping(quotes, quote_ends, sent.start, sent.end),
                                                         made))
            claims.extend(made)
            named = [c for c in made if c.source and c.sentence == sent.index and not any(c is x for x in disowned)
                     and not (c.cue and lex.has("relative_cues", c.cue.lower()))  # "…, wonach …" is an aside
                     and not lex.has("ownerless_sources", c.source.lower())]  # "nach eigenem Bekunden"
            if named:
                last_speaker = _speaker(named[-1].source, sent.index, lex)
                introduced = False
            elif all(c.source is None and not (c.cue and lex.has("anaphoric", c.cue.lower())) for c in made):
                last_speaker = (None, sent.index)  # "Ihm wird vorgeworfen, …": what follows has no speaker either
                introduced = False
            previous_had_claim = True
            continue
        if sent.index in covered:
            previous_had_claim = True
            if last_speaker is not None:
                last_speaker = (last_speaker[0], sent.index)
            continue
        near = _overlapping(quotes, quote_ends, sent.start, sent.end)
        signed = _signed_quote(sent, text, resolver, lang, near, sentences, sentence_ends, quotes, quote_ends)
        if signed:
            claims = [c for c in claims if not (c.cue is None and any(
                c.content_span[0] < x.content_span[1] and x.content_span[0] < c.content_span[1] for x in signed))]
            claims.extend(signed)
            last_speaker = _speaker(signed[0].source, sent.index, lex)
            introduced = False
            previous_had_claim = True
            continue
        labelled = _labelled_quote(sent, text, lex, resolver, lang, near)
        if labelled is not None:
            claims.append(labelled)
            last_speaker = _speaker(labelled.source, sent.index, lex)
            introduced = False
            previous_had_claim = True
            continue
        quoted = quoted_stage.claims(sent, sentences[sent.index - 1] if sent.index else None, near,
                                     _last_quoted(claims, last_speaker))
        if quoted:
            claims.extend(quoted)
            last_speaker = _speaker(quoted[0].source, sent.index, lex)
            previous_had_claim = True
            continue
        found = _fallback_claims(sent, text, lex, last_speaker, previous_had_claim, lang, near,
                                 _last_quoted(claims, last_speaker),
                                 _reporting_claim(claims, sent, last_speaker, introduced, lex))
        if not found or found[0].kind == "unattributed":
            found = quoted_stage.inner_claims(sent, near) or found
        subject = None
        if not found or found[0].kind == "unattributed":
            subject = _speaker(_introduced_speaker(sent, text, lex, resolver), sent.index, lex)
        if subject is not None:
            last_speaker, introduced = subject, True
        if not found:
            previous_had_claim = False
            continue
        if not lex.settings.get("continuation_claim_per_sentence", True):
            found = _joined_continuation(claims, found, text)
        claims.extend(found)
        fallback = found[0]
        previous_had_claim = fallback.kind != "unattributed"
        if fallback.kind == "hearsay":
            last_speaker = (None, sent.index)  # a rumour's continuation has no named speaker either
        elif fallback.kind == "unattributed" and subject is None and (introduced or _names_anyone(sent, lex, resolver)):
            last_speaker = None  # someone else comes in: a later Konjunktiv sentence may be theirs
        elif last_speaker is not None and fallback.source == last_speaker[0]:
            last_speaker = (last_speaker[0], sent.index)
    if (genre or detect_genre(text, lang)) == "speech":
        claims = _with_speech_claims(claims, sentences, text, lang)
    claims = [c for c in claims if not _empty_content(c, lex)]
    claims = _without_nested_own_reports(claims, lex)
    claims = _without_repeats(claims)
    claims.sort(key=lambda c: (c.content_span[0], c.content_span[1]))
    return claims


_WORDS = re.compile(r"\w+")


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim where several give the same content to the same source: two cues of one statement ("wies auf
    die seiner Meinung nach … Gefahren hin") report it once; the last one found stays."""
    last = {(c.content_span, c.source, c.kind): k for k, c in enumerate(claims)}
    return [c for k, c in enumerate(claims) if last[(c.content_span, c.source, c.kind)] == k]


def _empty_content(claim: Claim, lex) -> bool:
    """Whether a reported claim's content is only auxiliaries or a bare pronoun ("… verlangen müssen",
    "… skandiert haben", "streitet dies ab"): the verb complex or an anaphor says nothing of its own."""
    if claim.kind not in ("indirect", "continued"):
        return False
    words = _WORDS.findall(claim.content)
    return bool(words) and all(lex.has("empty_content_words", w.lower()) for w in words)


def _without_nested_own_reports(claims: list[Claim], lex) -> list[Claim]:
    """``claims`` without the indirect claims whose verb cue stands in the content of another verb-cue claim by
    the same speaker ("Sie teilte mit, sie hoffe darauf, dass …", "sagte, man erwäge, …"): the speaker's hope
    or plan is part of that statement, not a claim of its own (unless the language data keeps them)."""
    if lex.settings.get("nested_own_report_claims", True):
        return claims
    outers = [c for c in claims if c.kind == "indirect" and c.cue_span is not None and _verb_cue(c, lex)]
    verb_cued = {id(c) for c in outers}
    return [c for c in claims if not (id(c) in verb_cued and any(
        other is not c and other.content_span[0] <= c.cue_span[0] and c.cue_span[1] <= other.content_span[1]
        and _same_speaker(c.source, other.source, lex) for other in outers))]


def _same_speaker(inner: str | None, outer: str | None, lex) -> bool:
    """Whether a nested cue's speaker is the outer speaker: the same name, a pronoun ("sie", "man") or none."""
    return inner is None or inner == outer or lex.has("pronouns", inner.lower())


def _verb_cue(claim: Claim, lex) -> bool:
    """Whether the claim's cue is a verb of saying ("erklärte", "hoffe"), not "laut", "nach" or a noun."""
    return bool(claim.cue) and claim.cue[:1].islower() and claim.cue.split()[0].lower() in lex.verbs


def _with_speech_claims(claims: list[Claim], sentences: list[_Sentence], text: str, lang: str) -> list[Claim]:
    """Add the speech tagger's claims for sentences without an attributed claim (they replace an
    'unattributed' one there)."""
    attributed = {c.sentence for c in claims if c.kind != "unattributed"}
    todo = [(s.index, s.start, s.end) for s in sentences if s.index not in attributed and not s.boilerplate]
    found = speech_claims(text, todo, lang)
    replaced = {c.sentence for c in found}
    return [c for c in claims if c.sentence not in replaced] + found


def _joined_continuation(claims: list[Claim], found: list[Claim], text: str) -> list[Claim]:
    """``found`` with a continuation of the same speaker's continuation in the sentence before merged into that
    claim (taken out of ``claims``): one claim for a run of reported sentences."""
    new = found[0]
    if new.kind != "continued":
        return found
    k = next((k for k in range(len(claims) - 1, -1, -1) if claims[k].kind == "continued"), None)
    if k is None or claims[k].sentence != new.sentence - 1 or claims[k].source != new.source:
        return found
    before = claims.pop(k)
    start = before.content_span[0]
    joined = replace(before, content=text[start:new.content_span[1]], content_span=(start, new.content_span[1]),
                     sentence=new.sentence)
    return [joined] + found[1:]


def _speaker(source: str | None, index: int, lex) -> tuple[str, int] | None:
    """The speaker a later cue-less sentence may continue: only a resolved name, not a stray lower-case phrase
    ("diesem", an unresolved "er", "richtige Antwort bei Betrug") nor the first person ("Wir")."""
    if not source or lex.has("first_person", source.lower()):
        return None
    words = source.strip("„“”\"»«").split()
    if not words:
        return None
    if (not words[0][:1].isupper() and not any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:]))
            and not _role_phrase(words, lex) and not _particle_name(words, lex)):
        return None  # a lower-case start passes only with a name in it ("zuständige Vorstand Uwe Foullong")
    return (source, index)


def _particle_name(words: list[str], lex) -> bool:
    """Whether a phrase is a surname with a lower-case particle ("de Maizière", "van Gaal", "al-Assad")."""
    first = words[0].split("-", 1)[0].lower()
    return lex.has("name_particles", first) and len(words) <= 2 and words[-1].split("-")[-1][:1].isupper()


def _role_phrase(words: list[str], lex) -> bool:
    """Whether a short lower-case phrase ends in a role, speaker or report noun ("grüne Staatssekretär",
    "äthiopische Regierung", "ersten Angaben"): it names a person, body or report introduced before."""
    last = words[-1].lower().rsplit("-", 1)[-1]  # "ai-Bericht": a compound's head
    heads = lex.words.get("speaker_heads", ())
    return len(words) <= 3 and (last in lex.roles or last in heads or last.endswith("n") and last[:-1] in heads
                                or last in lex.words.get("report_nouns", ()))


def _introduced_speaker(sent: _Sentence, text: str, lex, resolver: SpeakerResolver) -> str | None:
    """The speaker a sentence without a claim introduces for the reported speech that follows: its subject
    when that names a person or group ("Hubert Primus wies den Vorwurf zurück. Die Studie sei richtig."), or a
    report it names ("Im Bericht werden Beispiele aufgeführt. Die Polizei habe …")."""
    tokens = sent.tokens
    if not lex.words.get("speaker_heads"):
        return None  # a language without the word list
    body = content_start(text, sent.start, sent.end)
    a = next((k for k, t in enumerate(tokens) if t.start >= body), None)
    if a is None or a + 1 >= len(tokens) or sent.in_quote[a]:
        return None
    agent = _passive_agent(sent, text, lex, resolver)
    if agent is not None:
        return agent
    for rng in _subject_candidates(tokens, sent.in_quote, a, lex):
        phrase = tokens[rng[0]:rng[1]]
        if len(phrase) == 1 and phrase[0].lower in lex.words["person_pronouns"]:
            found = resolver.last_person.name if resolver.last_person else None
        elif _speaker_like(phrase, lex, resolver):
            b = _name_apposition_end(tokens, rng[1], lex)
            if b > rng[1]:  # the role and the name in apposition: "die Fraktionschefin der Grünen, Renate Künast,"
                phrase = [t for t in phrase if t.lower in lex.roles] + tokens[rng[1] + 1:b]
            else:
                phrase = _named_head(phrase, lex, resolver)
                b = rng[0] + len(phrase)
            found = resolver.resolve(text[tokens[rng[0]].start:tokens[b - 1].end], phrase)
        else:
            continue
        mood = reported_mood(tokens, sent.in_quote, lex)
        if mood is not None and not any(t.text == "," for t in tokens[:mood]):
            return None  # itself reported speech: its subject is what the speaker talks about
        return found
    return None


def _passive_agent(sent: _Sentence, text: str, lex, resolver: SpeakerResolver) -> str | None:
    """The agent of a passive speech act that ends the sentence ("Die Entscheidung wurde vom Verband als
    rückschrittlich kritisiert."): the reasons in Konjunktiv I that follow are the agent's, not the subject's."""
    tokens, in_quote = sent.tokens, sent.in_quote
    last = len(tokens) - 1
    while last > 0 and not tokens[last].text[:1].isalnum():
        last -= 1
    if last < 3 or in_quote[last] or not any(not v.particle for v in lex.verbs.get(tokens[last].lower, ())) \
            or not any(t.lower in PASSIVE_AUX for t in tokens[:last]):
        return None
    first = max([k + 1 for k in range(last) if tokens[k].text in (",", ";", ":")], default=1)
    for k in range(max(first, 1), last - 1):  # the agent stands in the clause the participle closes
        if tokens[k].lower in AGENT_PREPOSITIONS and not in_quote[k] and tokens[k - 1].text[:1].islower():
            rng = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False, limit=last)
            if rng is None or rng[0] != k + 1 or not _speaker_like(tokens[rng[0]:rng[1]], lex, resolver):
                continue
            return resolver.resolve(text[tokens[rng[0]].start:tokens[rng[1] - 1].end], tokens[rng[0]:rng[1]])
    return None


def _named_head(phrase: list[Token], lex, resolver: SpeakerResolver) -> list[Token]:
    """A subject phrase without what follows its name: an attribute ("Ministerpräsident Giorgos Papandreou [der
    Opposition]") or, after a known speaker's name, the object ("hatte Steinbrück [Positives] zu vermelden")."""
    if len(phrase) > 1 and phrase[0].text[:1].isupper() and phrase[0].lower in resolver.by_alias \
            and (phrase[0].text + " " + phrase[1].text).lower() not in resolver.by_alias:
        return phrase[:1]
    cut = next((k for k, t in enumerate(phrase) if k > 0 and t.lower in _ATTRIBUTE_LINKS), len(phrase))
    names = [t for t in phrase[:cut] if t.text[:1].isupper() and t.lower not in lex.roles
             and t.lower not in lex.words["articles"]]
    return phrase[:cut] if len(names) >= 2 or names and any(t.lower in lex.roles for t in phrase[:cut]) else phrase


def _name_apposition_end(tokens: list[Token], b: int, lex) -> int:
    """End of a subject phrase with its name in apposition ("die Fraktionschefin der Grünen, Renate Künast,")."""
    j = b + 1
    if b >= len(tokens) or tokens[b].text != ",":
        return b
    while j < len(tokens) and j < b + 5 and tokens[j].text[:1].isupper() and tokens[j].lower not in lex.roles:
        j += 1
    if j - b - 1 >= 2 and j < len(tokens) and tokens[j].text == ",":
        return j
    return b


def _names_anyone(sent: _Sentence, lex, resolver: SpeakerResolver) -> bool:
    """Whether a sentence mentions anyone who might speak: a pronoun "er"/"sie", a role, a speaking body, an
    acronym, a known speaker or a two-word name ("In etwa 400 Autos wurde Feuer gelegt." mentions no one)."""
    heads = tuple(lex.words.get("speaker_heads", ()))
    if not heads:
        return True  # a language without the word list: assume someone new
    tokens = sent.tokens
    for k, t in enumerate(tokens):
        low = t.lower
        if low in lex.words["person_pronouns"] or low in lex.roles or low in resolver.by_alias:
            return True
        if not t.text[:1].isupper():
            continue
        if t.text.isupper() and len(t.text) > 1 or low.endswith(heads):
            return True
        prev = tokens[k - 1] if k > 0 else None
        if prev is not None and prev.text[:1].isupper() and prev.lower not in lex.words["articles"] and not (
                k == 1 and (prev.lower.endswith(_NOT_NAME_ENDINGS) or prev.lower in lex.words["not_name_starts"])):
            return True  # two capitalised words: a name, unless the first only opens the sentence ("Fünf Personen")
    return False


def _subject_candidates(tokens: list[Token], in_quote: list[bool], a: int, lex) -> Iterator[tuple[int, int]]:
    """The token ranges that may be a main clause's subject, most likely first: the noun phrase that opens it (after
    adverbs such as "Auch"), the noun phrase right after the finite verb when something else opens it ("Am Rande
    der Sitzung nahm der Minister …", "Besorgt äußerte sich X"), and a report it names ("… werden im Bericht …")."""
    n = len(tokens)
    openers = lex.words["prefield_adverbs"] | lex.words["coordinators"]
    while a < n - 1 and tokens[a].lower in openers:
        a += 1  # "Auch die Vorsitzende …", "Doch …"
    rng = noun_phrase_after(tokens, a, lex, skip_adverbs=False)
    if rng is not None and rng[0] == a and rng[1] < n and is_noun_phrase(tokens, a, rng[1], lex):
        after = tokens[rng[1]]
        if after.text[:1].islower() and after.lower not in lex.words["articles"] or after.text in (",", "("):
            yield rng
    verb = a if tokens[a].text[:1].islower() and a > 0 else _finite_verb_after_adverbial(tokens, in_quote, a, lex)
    if verb is not None:
        rng = noun_phrase_after(tokens, verb + 1, lex)
        if rng is not None and not in_quote[rng[0]] and is_noun_phrase(tokens, rng[0], rng[1], lex):
            yield rng
    reports = tuple(lex.words.get("report_nouns", ()))
    for k in range(a, n - 1):
        if tokens[k].text == "," or in_quote[k]:
            break
        if tokens[k].lower in lex.words.get("report_prepositions", ()):
            rng = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False)
            if rng is not None and any(t.text.rsplit("-", 1)[-1][:1].isupper() and t.lower.endswith(reports)
                                       for t in tokens[rng[0]:rng[1]]):
                yield rng  # "Im Bericht werden … aufgeführt", "Die Konflikte werden im Bericht … zurückgeführt"


def _finite_verb_after_adverbial(tokens: list[Token], in_quote: list[bool], a: int, lex) -> int | None:
    """Index of the finite verb after an opening adverbial phrase: the first lower-case word that is no article,
    preposition, adverb or attributive adjective ("Nach dem Urteil des Gerichts *hat* …")."""
    skip = lex.words["articles"] | lex.words.get("not_subject_starts", frozenset()) | lex.words["np_stop"] \
        | lex.words["np_links"]
    end = min(len(tokens) - 1, a + 25)
    k = a + 1
    while k < end:
        tok = tokens[k]
        if tok.text == "," and tokens[k + 1].lower in lex.words["relatives"]:
            k = next((j for j in range(k + 1, end) if tokens[j].text == ","), end) + 1
            continue  # a relative clause: "In einem Bericht, der danach erschien, rechtfertigte …"
        if in_quote[k] or tok.text in (",", ";", ":", "(", "–"):
            return None
        attributive = _ATTRIBUTIVE.match(tok.lower) and tokens[k - 1].text[:1].islower() and (
            tokens[k + 1].text[:1].isupper() or _ATTRIBUTIVE.match(tokens[k + 1].lower))  # "des neuen Landtages"
        if tok.text[:1].islower() and tok.lower not in skip and not attributive:
            return k
        k += 1
    return None


_ATTRIBUTIVE = re.compile(r"\w+(?:e|en|er|es|em)$")
_ATTRIBUTE_LINKS = _DE["attribute_links"]
_ORIGIN_LINKS = _DE["origin_links"]

_NOT_NAME_ENDINGS = ("e", "en", "lich", "ig", "ung", "ungen")


_LONG_ROLES: dict[str, tuple[str, ...]] = {}


def _long_roles(lex) -> tuple[str, ...]:
    """The role words long enough to be recognised as the end of a compound ("Atomexperte")."""
    if lex.lang not in _LONG_ROLES:
        _LONG_ROLES[lex.lang] = tuple(r for r in lex.roles if len(r) >= 6)
    return _LONG_ROLES[lex.lang]


def _speaker_like(phrase: list[Token], lex, resolver: SpeakerResolver) -> bool:
    """Whether a subject phrase names someone who can speak: its head (before any "des …", "von …") is a role
    ("der Sprecher"), a known speaker, a name of two to four words, or a noun for speaking people and bodies
    ("die Regierung", "Gegner des Gesetzes"); not "Der Versuch des Präsidenten", "Teil der Lieferung"."""
    cut = next((k for k, t in enumerate(phrase) if k > 0 and t.lower in _ATTRIBUTE_LINKS), len(phrase))
    head = [t for t in phrase[:cut] if t.lower not in lex.words["articles"]]
    if not head:
        return False
    if any(t.lower in lex.roles or t.lower.endswith(_long_roles(lex)) for t in head):
        return True  # "Greenpeace-Atomexperte Mathias Edler"
    if all(t.text.isupper() and len(t.text) >= 2 or t.lower in lex.words["coordinators"] for t in head):
        return True  # "ROG", "CDU und FDP"
    if resolver.by_alias.get(head[-1].lower) is not None:
        return True
    name_ends = cut == len(phrase) or phrase[cut].lower in _ORIGIN_LINKS
    if name_ends and 2 <= len(head) <= 4 and all(is_name_like(t.text) for t in head) \
            and not head[0].lower.endswith(_NOT_NAME_ENDINGS) and head[0].lower not in lex.words["not_name_starts"]:
        return True  # "Hubert Primus", not "Besondere Probleme", "Wenige Tage", "Fünf Personen", "Wer AfD-kritisch"
    return head[-1].text[:1].isupper() and head[-1].lower.endswith(tuple(lex.words.get("speaker_heads", ())))


def _last_quoted(claims: list[Claim], last_speaker: tuple[str | None, int] | None) -> Claim | None:
    """The last claim of the speaker a cue-less quotation may continue (``last_speaker``), for its name and
    mention span."""
    if last_speaker is None or last_speaker[0] is None:
        return None  # after an impersonal report there is no speaker to continue
    return next((c for c in reversed(claims) if c.source == last_speaker[0]), None)


def _person_intent(source: str | None, resolver: SpeakerResolver) -> bool:
    """Whether an intent modal's subject is a person ("Obama will die Atomkraft fördern"): a person's plan is
    the writer's account, while a body's "will" reports its declared programme ("Die SPD will …")."""
    return resolver.lex.settings.get("intent_bodies_only", False) and source is not None \
        and resolver.is_person(source) is True


def _claims_from_draft(d: Draft, sent: _Sentence, sentences: list[_Sentence], sentence_ends: list[int],
                       text: str, resolver: SpeakerResolver, lang: str, quotes: list[Quote],
                       last_speaker: str | None = None) -> list[Claim]:
    tokens = sent.tokens
    source = mention = None
    source_span = None
    if d.source is not None:
        a, b = d.source
        span = (tokens[a].start, tokens[b - 1].end)
        mention = text[span[0]:span[1]]
        source_span = span
        na, nb = d.name or d.source
        if d.anaphoric:
            source = last_speaker
            if source is None and sent.index > 0:
                found = _antecedent(sentences[sent.index - 1], text, resolver.lex)
                if found is not None:  # "Das geht aus dem Urteil hervor. Demnach …": the report named before
                    source = text[found[0]:found[1]]
        else:
            source = resolver.resolve(text[tokens[na].start:tokens[nb - 1].end], tokens[na:nb])
        if b - a == 1 and resolver.lex.has("group_pronouns", tokens[a].lower) and last_speaker is not None \
                and resolver.is_person(last_speaker) is False:
            source = last_speaker  # "Die Regierung sagt, … Aber man betont auch, …": the body that spoke last
        if d.cue.whole and _person_intent(source, resolver):
            return []
    reported_by = None
    if isinstance(d.reported_by, Draft) and d.reported_by.source is not None:
        a, b = d.reported_by.source
        reported_by = resolver.resolve(text[tokens[a].start:tokens[b - 1].end], tokens[a:b])
    cue = d.cue
    cue_span = (cue.start, cue.end)
    base = dict(lang=lang, source=source, source_mention=mention, source_span=source_span,
                cue=text[cue_span[0]:cue_span[1]], cue_span=cue_span, reported_by=reported_by)
    out: list[Claim] = []
    ends = sentence_ends
    if d.quotes:
        for q in d.quotes:
            if not resolver.lex.settings.get("quote_claim_per_sentence", True):
                span = trim_marks(text, q.inner_start, q.inner_end)
                if span:
                    first = next((o.index for o in _overlapping(sentences, ends, q.inner_start, q.inner_end)),
                                 sent.index)
                    out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct",
                                     sentence=first, **base))
                continue
            parts = _overlapping(sentences, ends, q.inner_start, q.inner_end)
            for other in parts:
                span = trim_marks(text, max(q.inner_start, other.start), min(q.inner_end, other.end))
                if span and len(parts) > 1 and text[span[0]:span[1]].rstrip("“”\"»« ").endswith("?"):
                    continue  # a question inside a longer quotation asserts nothing
                if span and any(ch.isalnum() for ch in text[span[0]:span[1]]):
                    out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct",
                                     sentence=other.index, **base))
        span = trim_marks(text, *d.content) if d.content else None
        if span and not any(q.start < span[1] and span[0] < q.end for q in d.quotes) \
                and sum(ch.isalnum() for ch in text[span[0]:span[1]]) >= 2:
            # "Das habe Methode, so Elshorst weiter: „…“": the clause before the cue is a claim of its own
            out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="indirect", sentence=sent.index,
                             **base))
        return out
    span = d.content
    if span is None:
        return out
    span = trim_marks(text, *span) or span
    kind = "indirect"
    raw = d.content
    if text[raw[0]] in "„“\"«»" and text[raw[1] - 1] in "“”\"«»" or (
            raw[0] > 0 and text[raw[0] - 1] in "„“\"«»" and raw[1] < len(text) and text[raw[1]] in "“”\"«»"):
        kind = "direct"
    if sum(ch.isalnum() for ch in text[span[0]:span[1]]) < 2:
        return out
    out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind=kind, sentence=sent.index, **base))
    min_words = resolver.lex.settings.get("embedded_quote_min_words", 0)
    if kind == "indirect" and min_words:
        quoting = d.cue.lemma in resolver.lex.words.get("quote_object_lemmas", ())
        embedded = _embedded_quotes(text, span, sent, quotes, base, min_words, short=d.clause or quoting,
                                    coined=d.clause, lex=resolver.lex)
        if embedded and not d.clause:
            return embedded  # "nannte den Vorgang ein „Musterbeispiel für …“": the quote is the claim
        out.extend(embedded)
        if not embedded and not d.clause:
            out.extend(_coined_phrases(text, span, sent, quotes, base, min_words, resolver.lex))
    return out


def _antecedent(prev: _Sentence, text: str, lex) -> tuple[int, int] | None:
    """The report or speaker that "demnach" points back to in the sentence before: a noun phrase headed by a
    report noun ("aus dem Urteil", "einer Gesetzesvorlage"), else the sentence's subject."""
    tokens = prev.tokens
    reports = lex.words.get("report_nouns", ())
    for k, t in enumerate(tokens):
        low = t.lower
        if t.text[:1].isupper() and k > 0 and tokens[k - 1].lower in lex.words["articles"] and any(
                low == r or low.endswith(r) for r in reports):
            j = k + 1
            rng = noun_phrase_after(tokens, k - 1, lex, skip_adverbs=False)
            if rng is not None:
                j = max(j, rng[1])
            return (tokens[k - 1].start, tokens[j - 1].end)
    rng = noun_phrase_after(tokens, 0, lex, skip_adverbs=False)
    if rng is None or rng[0] != 0 or not is_noun_phrase(tokens, rng[0], rng[1], lex):
        return None
    return (tokens[rng[0]].start, tokens[rng[1] - 1].end)


def _embedded_quotes(text: str, span: tuple[int, int], sent: _Sentence, quotes: list[Quote], base: dict,
                     min_words: int, short: bool = True, coined: bool = True, lex=None) -> list[Claim]:
    """Quotes of several words inside reported speech are the speaker's own words: direct claims too
    (titles and names in quotation marks, „This Is It“, are not); inside a reported clause (``coined``) so is a
    short quotation of the speaker's wording."""
    out = []
    for q in quotes:
        if q.start >= span[1]:
            break
        if q.inner_start >= span[0] and q.inner_end <= span[1] + 1:
            inner = trim_marks(text, q.inner_start, q.inner_end)
            words = text[inner[0]:inner[1]].split() if inner else []
            named = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
            if _after_title_noun(text, q.start, span[0], lex):
                continue  # "unter dem Motto „Freiheit statt Angst“": a title, not the speaker's words
            if len(words) >= min_words and not named or short and words and len(words) < min_words and \
                    (coined and _coined(text, q.start, words) or _characterizing(text, q.start, span[0], words, named)):
                out.append(Claim(content=text[inner[0]:inner[1]], content_span=inner, kind="direct",
                                 sentence=sent.index, **base))
    return out


def _coined_phrases(text: str, span: tuple[int, int], sent: _Sentence, quotes: list[Quote], base: dict,
                    min_words: int, lex) -> list[Claim]:
    """Quoted phrases of two words or more, in lower case, inside a reported noun-phrase object ("begründete
    seinen Rückzug mit einer „veränderten Lage“"): the speaker's own wording, a direct claim besides the object
    (a single scare-quoted word, "des „schmachvollen“ Krieges", is not)."""
    found = _embedded_quotes(text, span, sent, quotes, base, min_words, short=True, coined=True, lex=lex)
    return [c for c in found if len(c.content.split()) >= 2 and c.content[:1].islower()]


def _coined(text: str, quote_start: int, words: list[str]) -> bool:
    """A short quotation of the speaker's own wording („steht bereit“, „keine Vorentscheidung“): it opens with a
    lower-case word, holds no web address or number, and is no translation in parentheses."""
    if not words[0][:1].islower() or any(ch.isdigit() or ch == "." for w in words for ch in w):
        return False
    return not text[max(0, quote_start - 2):quote_start].strip().endswith("(")


def _after_title_noun(text: str, quote_start: int, content_start: int, lex) -> bool:
    """Whether the quote follows a noun that names a title ("Motto", "Buch", "des Magazins", "Fachzeitschrift")."""
    nouns = lex.words.get("title_nouns", ()) if lex is not None else ()
    before = text[content_start:quote_start].split()
    if not nouns or not before or not before[-1][:1].isupper():
        return False
    word = before[-1].lower()
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(stem.endswith(noun) for stem in stems for noun in nouns)


_CHARACTERIZING_BEFORE = _DE["characterizing_before"]


def _characterizing(text: str, quote_start: int, content_start: int, words: list[str], named: bool) -> bool:
    """A short quote that characterises ("sprach von einem „Dammbruch“", "als „maßvoll“", "bleibe „kritisch“"),
    not a title or name after a noun ("die Zeitung „Neues Deutschland“")."""
    before = text[content_start:quote_start].split()
    if not before:
        return False
    prev = before[-1].lower()
    if named and len(words) > 1 and prev != "wie":
        return False  # a title ("die Zeitung „Neues Deutschland“"), not "Sprüche wie „Gefälschte Demokratie“"
    return prev in _CHARACTERIZING_BEFORE or (prev.isalpha() and before[-1][:1].islower() and not named
                                              and prev.endswith(("en", "er", "em", "es", "e")))


def _labelled_quote(sent: _Sentence, text: str, lex, resolver: SpeakerResolver, lang: str,
                    quotes: list[Quote]) -> Claim | None:
    """A speaker label before a colon and a quotation ("BKA-Präsident Ziercke: „…“"): a direct claim with no cue
    word. The label must name someone (a role word or a two-word name), not a topic ("Energiepolitik: „…“")."""
    tokens, in_quote = sent.tokens, sent.in_quote
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not in_quote[k]), None)
    if colon is None or colon == 0 or colon > 7 or colon + 1 >= len(tokens):
        return None
    q = next((q for q in quotes if q.start == tokens[colon + 1].start), None)
    if q is None or any(ch.isalnum() for ch in text[q.end:sent.end]):
        return None
    label = tokens[:colon]
    if label[0].start < content_start(text, sent.start, sent.end):
        return None
    if not all(t.text[:1].isupper() or t.lower in lex.words["articles"] or t.text in ("-", ".") for t in label):
        return None
    names = [t for t in label if t.text[:1].isupper()]
    if not (any(t.lower in lex.roles or t.lower.split("-")[-1] in lex.roles for t in label) and names
            or len(names) >= 2 and len(label) <= 4):
        return None
    span = trim_marks(text, q.inner_start, q.inner_end)
    if span is None or len(text[span[0]:span[1]].split()) < 3:
        return None
    source_span = (label[0].start, label[-1].end)
    source = resolver.resolve(text[source_span[0]:source_span[1]], label)
    return Claim(content=text[span[0]:span[1]], content_span=span, kind="direct", lang=lang, sentence=sent.index,
                 source=source, source_mention=text[source_span[0]:source_span[1]], source_span=source_span)


_DASHES = frozenset({"-", "–", "—"})


def _signed_quote(sent: _Sentence, text: str, resolver: SpeakerResolver, lang: str, quotes: list[Quote],
                  sentences: list[_Sentence], sentence_ends: list[int], all_quotes: list[Quote],
                  quote_ends: list[int]) -> list[Claim]:
    """A quotation signed with a dash and a name after it ("„…“ – Matthew Ingram"): one direct claim per
    sentence of the quote, the name as source. The name must be one to four capitalised words ending the
    sentence."""
    tokens, in_quote = sent.tokens, sent.in_quote
    if not tokens or not any(t.text in _DASHES for t in tokens):
        return []
    q = next((q for q in reversed(quotes) if sent.start < q.end <= sent.end), None)
    if q is None and sent.index > 0 and tokens[0].text in _DASHES:  # the signature split off as a sentence
        prev = sentences[sent.index - 1]
        q = next((q for q in _overlapping(all_quotes, quote_ends, prev.start, prev.end)
                  if prev.start < q.end <= prev.end and not text[q.end:sent.start].strip()), None)
    if q is None:
        return []
    after = [k for k, t in enumerate(tokens) if t.start >= q.end and not in_quote[k]]
    if len(after) < 2 or tokens[after[0]].text not in _DASHES:
        return []
    name = [tokens[k] for k in after[1:] if tokens[k].text not in (".",)]
    if not 1 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.text.replace("-", "").replace(".", "").isalpha()
                                          for t in name):
        return []
    source_span = (name[0].start, name[-1].end)
    mention = text[source_span[0]:source_span[1]]
    source = resolver.resolve(mention, name)
    out = []
    for other in _overlapping(sentences, sentence_ends, q.inner_start, q.inner_end):
        span = trim_marks(text, max(q.inner_start, other.start), min(q.inner_end, other.end))
        if span and any(ch.isalnum() for ch in text[span[0]:span[1]]):
            out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct", lang=lang,
                             sentence=other.index, source=source, source_mention=mention, source_span=source_span))
    return out


def _reporting_claim(claims: list[Claim], sent: _Sentence, last_speaker, introduced: bool, lex) -> Claim | None:
    """The claim with a named source through a report cue in the sentence right before ``sent``: a reportative
    "soll" in ``sent`` continues its source ("Nach Angaben der Polizei wurden drei Menschen verletzt. Der Täter
    soll geflohen sein."), also over up to ``reportative_max_gap`` sentences without a claim between. A statement
    ("X sagte, …") or a cue-less continuation before does not count: the rumour may be someone else's."""
    gap = lex.settings.get("reportative_max_gap", 0)
    if last_speaker is None or last_speaker[0] is None or introduced \
            or not 0 < sent.index - last_speaker[1] <= gap + 1:
        return None
    return next((c for c in reversed(claims) if c.sentence == last_speaker[1] and c.source == last_speaker[0]
                 and c.cue and c.kind in ("direct", "indirect") and _reports(c, lex)), None)


def _reports(claim: Claim, lex) -> bool:
    """Whether ``claim`` is attributed to a report ("nach Angaben", "laut", "zufolge", "berichtete", "teilte …
    mit"), not to an opinion or plan ("nach Ansicht des Ministers", "nach Plänen der Regierung")."""
    low = claim.cue.lower()
    if not (low in lex.report_cues or any(v.lemma in lex.report_cues for v in lex.verbs.get(low, ()))):
        return False
    head = next((w for w in (claim.source_mention or "").split() if w[:1].isupper()), "")
    return head not in lex.opinion_heads


def _fallback(sent: _Sentence, text: str, lex, last_speaker, previous_had_claim: bool, lang: str,
              prior: Claim | None = None, reporter: Claim | None = None) -> Claim | None:
    """A cue-less sentence: quote or Konjunktiv I continuation, hearsay, or the outlet's own claim.

    A continuation keeps the mention of the speaker's last claim (``prior``): the speaker named there. Hearsay
    whose only marker is reportative "soll" continues the source of ``reporter`` (the report just before, see
    ``_reporting_claim``), with the modal as its cue; with no such claim it has no source. A plan in "soll(en)" right after
    a claim through a cue continues that claim's source ("X kündigte an, … . Dafür sollen … bereitgestellt werden")."""
    tokens, in_quote = sent.tokens, sent.in_quote
    if not tokens:
        return None
    body = content_start(text, sent.start, sent.end)
    span = _trim_sentence(text, body, sent.end)
    if span is None or not any(ch.isalnum() for ch in text[span[0]:span[1]]):
        return None  # "…" alone
    sentence_text = text[sent.start:sent.end]
    if sentence_text.rstrip().endswith("?"):
        return None
    marker = hearsay_marker(tokens, in_quote, lex)
    if marker is not None:
        t = tokens[marker]
        if reporter is not None and t.lower in lex.reportative_modals:
            return Claim(content=text[span[0]:span[1]], content_span=span, kind="continued", lang=lang,
                         sentence=sent.index, source=reporter.source, source_mention=reporter.source_mention,
                         source_span=reporter.source_span, cue=t.text, cue_span=(t.start, t.end))
        return Claim(content=text[span[0]:span[1]], content_span=span, kind="hearsay", lang=lang,
                     sentence=sent.index, cue=t.text, cue_span=(t.start, t.end))
    outside = [t for t, q in zip(tokens, in_quote) if not q and t.text[:1].isalnum()]
    if last_speaker is not None:
        named = dict(source=last_speaker[0])
        if prior is not None and prior.source == last_speaker[0]:
            named.update(source_mention=prior.source_mention, source_span=prior.source_span)
        if not outside and any(in_quote):
            return Claim(content=text[span[0]:span[1]], content_span=trim_marks(text, *span) or span, kind="direct",
                         lang=lang, sentence=sent.index, **named)
        mood = reported_mood(tokens, in_quote, lex, strict=not previous_had_claim or last_speaker[0] is None,
                             continuation=True)
        if mood is None and prior is not None and prior.cue and prior.sentence == sent.index - 1 \
                and prior.source == last_speaker[0] is not None:
            mood = planned_modal(tokens, in_quote, lex)
        if mood is not None and not indicative_main_clause(tokens, in_quote, mood, lex) \
                and not _irrealis_condition(tokens, in_quote, lex):
            return Claim(content=text[span[0]:span[1]], content_span=span, kind="continued", lang=lang,
                         sentence=sent.index, **named)
    if is_checkworthy(sentence_text, lex):
        return Claim(content=text[span[0]:span[1]], content_span=span, kind="unattributed", lang=lang,
                     sentence=sent.index)
    return None


def _irrealis_condition(tokens: list[Token], in_quote: list[bool], lex) -> bool:
    """Whether the sentence opens with a condition in Konjunktiv II and its main clause has no Konjunktiv I
    ("Wenn Berlin damals geklagt hätte, hätte man keine Chance gehabt"): the writer's hypothetical, not more of
    the previous speaker's reported speech (that would say "…, drohe eine Krise")."""
    words = [t.lower for t, q in zip(tokens, in_quote) if not q]
    k = 0
    while k < len(words) and lex.has("focus_particles", words[k]):
        k += 1
    if k >= len(words) or not lex.has("irrealis_conjunctions", words[k]):
        return False
    comma = next((j for j in range(k + 1, len(words)) if words[j] in (",", ";", ":")), len(words))
    if not any(lex.has("irrealis_forms", w) for w in words[k + 1:comma]):
        return False
    return not any(w in lex.konjunktiv_i and not lex.has("irrealis_forms", w) for w in words[comma:])


def _fallback_claims(sent: _Sentence, text: str, lex, last_speaker, previous_had_claim: bool, lang: str,
                     quotes: list[Quote], prior: Claim | None = None, reporter: Claim | None = None) -> list[Claim]:
    """The fallback claim of a sentence, plus the quotes embedded in a continuation."""
    claim = _fallback(sent, text, lex, last_speaker, previous_had_claim, lang, prior, reporter)
    if claim is None:
        return []
    if claim.kind == "direct" and any(q.end > sent.end and speaker_follows(text, q) for q in quotes):
        return []  # "„Wir sind stark. Wir gewinnen“ wird der Kapitän zitiert": the words after the quote name it
    out = [claim]
    min_words = lex.settings.get("embedded_quote_min_words", 0)
    if claim.kind == "continued" and min_words:
        base = dict(lang=lang, source=claim.source, source_mention=claim.source_mention,
                    source_span=claim.source_span, cue=None, cue_span=None,
                    reported_by=None)
        out.extend(_embedded_quotes(text, claim.content_span, sent, quotes, base, min_words, lex=lex))
    return out


def _trim_sentence(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None
