"""Attributed-claim extraction for German and English news text: who said what, through which cue.

``extract_claims(text, lang)`` runs the stages in order — sentences, quotes, cues,
attribution (source and content spans), speaker resolution, mood (Konjunktiv I
continuation, hearsay) and check-worthiness for the outlet's own statements — and returns
``Claim`` objects whose spans are offsets into ``text`` exactly as given. Pure and
CPU-light: no models beyond the word lists in ``claims/data/<lang>/`` (and HanTa, loaded
lazily for rare Konjunktiv forms).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from claims.attribution import Draft, SentenceAttributor, content_start
from claims.checkworthy import is_boilerplate, is_checkworthy
from claims.cues import find_cues
from claims.lexicon import load_lexicon
from claims.model import Claim
from claims.mood import hearsay_marker, indicative_main_clause, reported_mood
from claims.quote_claims import QuoteAttributor
from claims.quotes import Quote, find_quotes
from claims.sentences import Token, split_sentences, tokenize
from claims.sources import SpeakerResolver, is_noun_phrase, noun_phrase_after

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


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and (text[s].isspace() or text[s] in ",:;–—-„“”\"«»‚‘"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;–—-„“”\"«»‚‘"):
        e -= 1
    return (s, e) if e > s else None


def extract_claims(text: str, lang: str) -> list[Claim]:
    """The attributed claims of ``text`` (language ``lang``: 'de' or 'en'), in text order."""
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
    last_speaker: tuple[str, int] | None = None  # (source, index of the sentence that last had a claim by it)
    previous_had_claim = False
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
        for d in sent.drafts:
            made.extend(_claims_from_draft(d, sent, sentences, sentence_ends, text, resolver, lang,
                                            _overlapping(quotes, quote_ends, sent.start, sent.end),
                                            last_speaker[0] if last_speaker else None))
        if made:
            made.extend(quoted_stage.missed_colon_claims(sent, _overlapping(quotes, quote_ends, sent.start, sent.end),
                                                         made))
            claims.extend(made)
            named = [c for c in made if c.source and c.sentence == sent.index
                     and not (c.cue and lex.has("relative_cues", c.cue.lower()))]  # "…, wonach …" is an aside
            if named:
                last_speaker = _speaker(named[-1].source, sent.index, lex)
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
            previous_had_claim = True
            continue
        labelled = _labelled_quote(sent, text, lex, resolver, lang, near)
        if labelled is not None:
            claims.append(labelled)
            last_speaker = _speaker(labelled.source, sent.index, lex)
            previous_had_claim = True
            continue
        quoted = quoted_stage.claims(sent, sentences[sent.index - 1] if sent.index else None, near,
                                     _last_quoted(claims, last_speaker))
        if quoted:
            claims.extend(quoted)
            last_speaker = _speaker(quoted[0].source, sent.index, lex)
            previous_had_claim = True
            continue
        found = _fallback_claims(sent, text, lex, last_speaker, previous_had_claim, lang, near)
        if not found or found[0].kind == "unattributed":
            found = quoted_stage.inner_claims(sent, near) or found
        if not found:
            previous_had_claim = False
            continue
        claims.extend(found)
        fallback = found[0]
        previous_had_claim = fallback.kind != "unattributed"
        if fallback.kind in ("unattributed", "hearsay"):
            last_speaker = None
        elif last_speaker is not None and fallback.source == last_speaker[0]:
            last_speaker = (last_speaker[0], sent.index)
    claims.sort(key=lambda c: (c.content_span[0], c.content_span[1]))
    return claims


def _speaker(source: str | None, index: int, lex) -> tuple[str, int] | None:
    """The speaker a later cue-less sentence may continue: only a resolved name, not a stray lower-case phrase
    ("diesem", an unresolved "er", "richtige Antwort bei Betrug") nor the first person ("Wir")."""
    if not source or lex.has("first_person", source.lower()):
        return None
    words = source.split()
    if not words[0][:1].isupper() and not any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:])):
        return None  # a lower-case start passes only with a name in it ("zuständige Vorstand Uwe Foullong")
    return (source, index)


def _last_quoted(claims: list[Claim], last_speaker: tuple[str, int] | None) -> Claim | None:
    """The last claim of the speaker a cue-less quotation may continue (``last_speaker``), for its name and
    mention span."""
    if last_speaker is None:
        return None
    return next((c for c in reversed(claims) if c.source == last_speaker[0]), None)


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
                    source_span = found
                    mention = text[found[0]:found[1]]
                    source = mention
        else:
            source = resolver.resolve(text[tokens[na].start:tokens[nb - 1].end], tokens[na:nb])
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
                span = _trim(text, q.inner_start, q.inner_end)
                if span:
                    first = next((o.index for o in _overlapping(sentences, ends, q.inner_start, q.inner_end)),
                                 sent.index)
                    out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct",
                                     sentence=first, **base))
                continue
            parts = _overlapping(sentences, ends, q.inner_start, q.inner_end)
            for other in parts:
                span = _trim(text, max(q.inner_start, other.start), min(q.inner_end, other.end))
                if span and len(parts) > 1 and text[span[0]:span[1]].rstrip("“”\"»« ").endswith("?"):
                    continue  # a question inside a longer quotation asserts nothing
                if span and any(ch.isalnum() for ch in text[span[0]:span[1]]):
                    out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct",
                                     sentence=other.index, **base))
        span = _trim(text, *d.content) if d.content else None
        if span and not any(q.start < span[1] and span[0] < q.end for q in d.quotes) \
                and sum(ch.isalnum() for ch in text[span[0]:span[1]]) >= 2:
            # "Das habe Methode, so Elshorst weiter: „…“": the clause before the cue is a claim of its own
            out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="indirect", sentence=sent.index,
                             **base))
        return out
    span = d.content
    if span is None:
        return out
    span = _trim(text, *span) or span
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
        embedded = _embedded_quotes(text, span, sent, quotes, base, min_words, short=d.clause or quoting)
        if embedded and not d.clause:
            return embedded  # "nannte den Vorgang ein „Musterbeispiel für …“": the quote is the claim
        out.extend(embedded)
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
                     min_words: int, short: bool = True) -> list[Claim]:
    """Quotes of several words inside reported speech are the speaker's own words: direct claims too
    (titles and names in quotation marks, „This Is It“, are not)."""
    out = []
    for q in quotes:
        if q.start >= span[1]:
            break
        if q.inner_start >= span[0] and q.inner_end <= span[1] + 1:
            inner = _trim(text, q.inner_start, q.inner_end)
            words = text[inner[0]:inner[1]].split() if inner else []
            named = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
            if len(words) >= min_words and not named or short and words and len(words) < min_words and \
                    _characterizing(text, q.start, span[0], words, named):
                out.append(Claim(content=text[inner[0]:inner[1]], content_span=inner, kind="direct",
                                 sentence=sent.index, **base))
    return out


_CHARACTERIZING_BEFORE = frozenset({"als", "von", "vom", "wie", "einen", "einem", "einer", "eine", "ein", "ihn", "sie",
                                    "es", "sei", "seien", "ist", "sind", "war", "weiterhin", "noch", "sehr", "so"})


def _characterizing(text: str, quote_start: int, content_start: int, words: list[str], named: bool) -> bool:
    """A short quote that characterises ("sprach von einem „Dammbruch“", "als „maßvoll“", "bleibe „kritisch“"),
    not a title or name after a noun ("die Zeitung „Neues Deutschland“")."""
    before = text[content_start:quote_start].split()
    if not before:
        return False
    prev = before[-1].lower()
    if named and len(words) > 1:
        return False
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
    span = _trim(text, q.inner_start, q.inner_end)
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
        span = _trim(text, max(q.inner_start, other.start), min(q.inner_end, other.end))
        if span and any(ch.isalnum() for ch in text[span[0]:span[1]]):
            out.append(Claim(content=text[span[0]:span[1]], content_span=span, kind="direct", lang=lang,
                             sentence=other.index, source=source, source_mention=mention, source_span=source_span))
    return out


def _fallback(sent: _Sentence, text: str, lex, last_speaker, previous_had_claim: bool, lang: str) -> Claim | None:
    """A cue-less sentence: quote or Konjunktiv I continuation, hearsay, or the outlet's own claim."""
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
        return Claim(content=text[span[0]:span[1]], content_span=span, kind="hearsay", lang=lang,
                     sentence=sent.index, cue=t.text, cue_span=(t.start, t.end))
    outside = [t for t, q in zip(tokens, in_quote) if not q and t.text[:1].isalnum()]
    if last_speaker is not None:
        if not outside and any(in_quote):
            return Claim(content=text[span[0]:span[1]], content_span=_trim(text, *span) or span, kind="direct",
                         lang=lang, sentence=sent.index, source=last_speaker[0])
        mood = reported_mood(tokens, in_quote, lex, strict=not previous_had_claim)
        if mood is not None and not indicative_main_clause(tokens, in_quote, mood, lex):
            return Claim(content=text[span[0]:span[1]], content_span=span, kind="continued", lang=lang,
                         sentence=sent.index, source=last_speaker[0])
    if is_checkworthy(sentence_text, lex):
        return Claim(content=text[span[0]:span[1]], content_span=span, kind="unattributed", lang=lang,
                     sentence=sent.index)
    return None


def _fallback_claims(sent: _Sentence, text: str, lex, last_speaker, previous_had_claim: bool, lang: str,
                     quotes: list[Quote]) -> list[Claim]:
    """The fallback claim of a sentence, plus the quotes embedded in a continuation."""
    claim = _fallback(sent, text, lex, last_speaker, previous_had_claim, lang)
    if claim is None:
        return []
    out = [claim]
    min_words = lex.settings.get("embedded_quote_min_words", 0)
    if claim.kind == "continued" and min_words:
        base = dict(lang=lang, source=claim.source, source_mention=None, source_span=None, cue=None, cue_span=None,
                    reported_by=None)
        out.extend(_embedded_quotes(text, claim.content_span, sent, quotes, base, min_words))
    return out


def _trim_sentence(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None
