"""Direct quotations that no cue covers: the speaker from the clause before a colon or from the sentence before.

News text often quotes without a verb of saying: "Koppelin wörtlich: „…“", "… stellte der
Vorsitzende Franz Roth in Frage: „…“", "Roth kritisierte den Plan als „…“", or a sentence that is
only a quotation, its speaker named in the sentence before. ``QuoteAttributor`` gives such
quotations a direct claim (one per sentence) only when it finds a plausible speaker — a claim
with the right words but no or the wrong source costs more than it brings. HanTa tags just the
clauses it searches for the speaker. Settings and word lists (``quote_*`` and the lists they
name) are in ``claims/data/<lang>/cues.toml``; German only.
"""
from __future__ import annotations

import re

from claims.attribution import content_start
from claims.function_words import HOLDER_PREPOSITIONS
from claims.model import Claim
from claims.mood import pos_tags, reported_mood
from claims.quotes import Quote, trim_marks
from claims.sentences import Token
from claims.sources import SpeakerResolver, noun_phrase_after

# "Zitat von Schröder: „…“": the preposition that names whose words a quotation is (function_words.toml)

__all__ = ["QuoteAttributor", "speaker_follows"]

_WORD = re.compile(r"\w+")
_TRAILING_WORD = re.compile(r"[ ,]*[^\W\d_]")  # "„…“, sagte sie": the speaker follows the quotation
_AFTER_QUOTE = frozenset({"“", "”", "\"", "»", "«", "‘", "’", ","})


class QuoteAttributor:
    """Claims for the quotations of cue-less sentences of one document (one instance per document)."""

    def __init__(self, text: str, lex, resolver: SpeakerResolver, lang: str):
        self.text = text
        self.lex = lex
        self.resolver = resolver
        self.lang = lang
        self.min_colon = lex.settings.get("quote_after_colon_min_words", 0)
        self.min_alone = lex.settings.get("quote_alone_min_words", 0)
        self.prev_subject = lex.settings.get("quote_alone_previous_subject", False)
        self.loose_subject = lex.settings.get("quote_any_noun_subject", False)

    def claims(self, sent, prev, quotes: list[Quote], speaker: Claim | None) -> list[Claim]:
        """Direct claims for the quotation in ``sent`` (a sentence no cue, signature or label attributed;
        ``prev`` the sentence before it or None); ``speaker`` is the last claim of the speaker the document
        quoted last, or None."""
        if not sent.tokens or self.lang != "de":
            return []
        outside = self._outside(sent)
        if not outside:
            return self._alone(sent, prev, quotes, speaker)
        return self._after_colon(sent, quotes, outside, speaker)

    def missed_colon_claims(self, sent, quotes: list[Quote], made: list[Claim]) -> list[Claim]:
        """The quotation after the colon of ``sent`` when the claims a cue ``made`` in it leave it out
        ("Renate Roth äußerte Vorbehalte und wagte eine Prognose: „…“")."""
        if not sent.tokens or self.lang != "de" or not self.lex.settings.get("quote_after_colon_with_claims"):
            return []
        outside = self._outside(sent)
        if not outside:
            return []
        found = self._colon_quote(sent, quotes, outside)
        if found is None or any(m.content_span[0] < found[1][1] and found[1][0] < m.content_span[1] for m in made):
            return []
        return self._after_colon(sent, quotes, outside)

    def inner_claims(self, sent, quotes: list[Quote]) -> list[Claim]:
        """Direct claims for the quotations inside ``sent``, a sentence left without an attributed claim even
        after the fallback (no Konjunktiv continuation, no hearsay)."""
        if not sent.tokens or self.lang != "de":
            return []
        return self._inner(sent, quotes)

    def _outside(self, sent) -> list[int]:
        """Indexes of the words of ``sent`` outside quotations (after a dateline)."""
        body = content_start(self.text, sent.start, sent.end)
        return [k for k, t in enumerate(sent.tokens) if not sent.in_quote[k] and t.start >= body
                and t.text[:1].isalnum()]

    def _first(self, sent) -> int:
        """Index of the first token of ``sent`` after a dateline."""
        body = content_start(self.text, sent.start, sent.end)
        return next((k for k, t in enumerate(sent.tokens) if t.start >= body), 0)

    # -- a sentence that is only a quotation ----------------------------------------------------
    def _alone(self, sent, prev, quotes: list[Quote], speaker: Claim | None) -> list[Claim]:
        """A sentence inside a quotation: the speaker the sentence before names when it ends in a colon
        ("Die Firma sieht das gelassen:" + „…“), else the last speaker (``speaker``), else the person subject
        of the sentence before. Not when a cue follows the quotation ("„…“, sagte sie"): that names it."""
        if not self.min_alone or not any(sent.in_quote):
            return []
        span = trim_marks(self.text, sent.start, sent.end)
        if span is None or self.text[span[0]:span[1]].rstrip("“”\"»« ").endswith("?"):
            return []
        if len(_WORD.findall(self.text[span[0]:span[1]])) < self.min_alone:
            return []
        intro = None
        if prev is not None and not any(_TRAILING_WORD.match(self.text, q.end) for q in quotes):
            intro = self._colon_intro(prev)
            if intro is None and speaker is None and self.prev_subject:
                intro = self._subject_of(prev)
        if intro is not None:
            return [self._claim(span, sent.index, *intro)]
        if speaker is None:
            return []
        return [self._claim(span, sent.index, speaker.source, speaker.source_span)]

    def _subject_of(self, prev) -> tuple[str, tuple[int, int]] | None:
        """Source and span of the person subject of ``prev``, a sentence of the outlet's own with no claim
        ("Der Bruder des Papstes war eingeweiht." + „…“)."""
        if any(prev.in_quote) or len(prev.tokens) < 3:
            return None
        first = self._first(prev)
        found = self._intro_speaker(prev.tokens, first, len(prev.tokens) - 1, pronoun_anywhere=False,
                                    loose=False)
        return self._resolved(prev.tokens, found) if found is not None else None

    def _colon_intro(self, prev) -> tuple[str, tuple[int, int]] | None:
        """Source and source span named by a sentence that ends in a colon outside quotes."""
        tokens = prev.tokens
        if len(tokens) < 2 or tokens[-1].text != ":" or prev.in_quote[-1] or not self.min_colon:
            return None
        first = self._first(prev)
        found = self._intro_speaker(tokens, first, len(tokens) - 1)
        return self._resolved(tokens, found) if found is not None else None

    def _resolved(self, tokens: list[Token], rng: tuple[int, int]) -> tuple[str, tuple[int, int]]:
        """The resolved speaker of the mention ``tokens[rng]`` (the name of an apposition, "der Sprecher,
        Tom Hahn", if it has one) and the span of the whole mention."""
        mention = tokens[rng[0]:rng[1]]
        span = (mention[0].start, mention[-1].end)
        comma = next((k for k, t in enumerate(mention) if t.text == ","), None)
        name = mention[comma + 1:] if comma is not None and comma + 1 < len(mention) else mention
        return self.resolver.resolve(self.text[name[0].start:name[-1].end], name), span

    # -- "X wörtlich: „…“" ---------------------------------------------------------------------
    def _after_colon(self, sent, quotes: list[Quote], outside: list[int], speaker: Claim | None = None) -> list[Claim]:
        """A quotation after a colon that ends the sentence: the speaker is the person the clause before
        the colon names (its subject, an inverted subject or a person pronoun); ``speaker``, the last one, when
        that clause is only a conjunction ("Und:"), in Konjunktiv I or opens with a possessive."""
        found = self._colon_quote(sent, quotes, outside)
        if found is None:
            return []
        colon, span = found
        tokens, in_quote = sent.tokens, sent.in_quote
        first = self._first(sent)
        if all(t.lower in self.lex.words["quote_intro_conjunctions"] for t in tokens[first:colon]) or (
                speaker is not None and reported_mood(tokens[:colon], in_quote[:colon], self.lex) is not None):
            # "Und: „…“", "Man sei dankbar: „…“" go on with the speaker quoted before
            return [self._claim(span, sent.index, speaker.source, speaker.source_span)] if speaker else []
        found = self._intro_speaker(tokens, first, colon)
        if found is not None:
            return [self._claim(span, sent.index, *self._resolved(tokens, found))]
        if speaker is not None and first + 1 < colon and tokens[first].lower in self.lex.words["possessives"]:
            # "Seine Zuversicht gründet sich auf …: „…“": the person the possessive points back to
            return [self._claim(span, sent.index, speaker.source, (tokens[first].start, tokens[first + 1].end))]
        return []

    def _colon_quote(self, sent, quotes: list[Quote], outside: list[int]) -> tuple[int, tuple[int, int]] | None:
        """The colon token and the content span of a statement quoted after it at the end of ``sent``."""
        if not self.min_colon:
            return None
        tokens, in_quote = sent.tokens, sent.in_quote
        starts = {q.start: q for q in quotes}
        colon = next((k for k in range(len(tokens) - 1) if tokens[k].text == ":" and not in_quote[k]
                      and tokens[k + 1].start in starts), None)
        if colon is None or any(k > colon for k in outside):
            return None
        q = starts[tokens[colon + 1].start]
        span = trim_marks(self.text, q.inner_start, min(q.inner_end, sent.end))
        if span is None or not _statement(self.text[span[0]:span[1]] + self.text[q.end:q.end + 1], self.min_colon) \
                or self.text[span[0]:span[1]].endswith("?"):
            return None
        return colon, span

    # -- "Roth kritisierte den Plan als „…“" ------------------------------------------------------
    def _inner(self, sent, quotes: list[Quote]) -> list[Claim]:
        """Quotations of several words, or short ones that characterise, inside a sentence whose subject is a
        person or group but whose verb is no cue ("Roth kritisierte den Plan als „…“"): the quotation is the
        subject's own words; with no subject before it, the subject of the clause after it ("Mit den Worten
        „…“ wandte sich der Minister an …"). A quotation right after a capitalised word other than a noun of
        speech is a title or name ("das Motto „…“") and is left alone."""
        min_words = self.lex.settings.get("quote_inner_min_words", 0)
        if not min_words:
            return []
        tokens = sent.tokens
        first = self._first(sent)
        picked = []
        for q in quotes:
            k = next((k for k, t in enumerate(tokens) if t.start == q.start), None)
            if k is None or k <= first + 1 or tokens[k - 1].text == ":" or tokens[k - 1].text[:1].isupper() \
                    and tokens[k - 1].lower not in self.lex.words["quote_speech_nouns"]:
                continue
            span = trim_marks(self.text, q.inner_start, min(q.inner_end, sent.end))
            words = self.text[span[0]:span[1]].split() if span else []
            lower = sum(w[:1].islower() for w in words)
            before = tokens[k - 2] if tokens[k - 1].lower in self.lex.words["articles"] else tokens[k - 1]
            if len(words) >= min_words and 2 * lower >= len(words) or self._characterizing(before, words):
                picked.append((k, span))
        passive = self.lex.words["passive_auxiliaries"]
        if not picked or any(t.lower in passive for t, q in zip(tokens, sent.in_quote) if not q):
            return []  # "… wurden im „Standard“ als „…“ bezeichnet": the subject is not the speaker
        # "Die Regierung wies den Bericht als „falsch“ zurück": a body judges, as a person would
        judged = all(tokens[k - 1].lower in self.lex.words["quote_characterizing_before"] for k, _ in picked)
        found = self._intro_speaker(tokens, first, picked[0][0], loose=False, bodies=judged)
        if found is None and picked[0][0] - first <= 3:
            found = self._speaker_after(sent, picked[0][0])  # "Mit den Worten „…“ richtete er sich an …"
        elif found is not None and self._in_subclause(tokens, found[1], picked[0][0]):
            found = None
        if found is None:
            return []
        source, source_span = self._resolved(tokens, found)
        return [self._claim(span, sent.index, source, source_span) for _, span in picked]

    def _speaker_after(self, sent, k: int) -> tuple[int, int] | None:
        """The subject of the clause after the quotation that starts at ``tokens[k]`` (verb first)."""
        tokens, in_quote = sent.tokens, sent.in_quote
        j = k + 1
        while j < len(tokens) and (in_quote[j] or tokens[j].text in _AFTER_QUOTE):
            j += 1
        end = next((e for e in range(j, len(tokens)) if tokens[e].text in (",", ".", ";", ":")), len(tokens))
        return self._intro_speaker(tokens, j, end, loose=False) if j < end else None

    def _characterizing(self, before: Token, words: list[str]) -> bool:
        """A short quotation that characterises ("wies die Vorwürfe als „haltlos“ zurück"), not a name
        ("bekannt als „Poe Toaster“", "mit „Saffron“")."""
        return before.lower in self.lex.words["quote_characterizing_before"] and bool(words) and (
            any(w[:1].islower() for w in words)
            or len(words) == 1 and before.lower in self.lex.words["quote_characterizing_word_before"])

    def _in_subclause(self, tokens: list[Token], a: int, b: int) -> bool:
        """Whether ``tokens[b]`` lies in a relative or subordinate clause opened after ``tokens[a]`` and not
        closed before it ("…, die die Gefahr einer „…“ beschwören"): its speaker is that clause's subject."""
        words = self.lex.words
        opened = False
        for k in range(a, b):
            if tokens[k].text != ",":
                continue
            nxt = tokens[k + 1].lower if k + 1 < b else ""
            opened = nxt not in words["comparison_particles"] and (
                nxt in words["relatives"] or nxt in words["subordinators"] or nxt in words["complementizers"])
        return opened

    def _intro_speaker(self, tokens: list[Token], first: int, colon: int, pronoun_anywhere: bool = True,
                       loose: bool = True, bodies: bool = False) -> tuple[int, int] | None:
        """Token range of the person the clause ``tokens[first:colon]`` (its last coordinated clause) names:
        its subject before the finite verb ("Hartmann: …", "Der Minister sagte dazu nur: …"), else the inverted
        subject right after the verb ("Die Anwendung stellte der Vorsitzende Franz Roth in Frage: …"), else a
        person pronoun, else (``loose``) any noun phrase with an article before the verb; ``bodies``: a subject
        headed by a noun of speaking bodies ("Die Bundesregierung") counts too."""
        tags = self._tags(tokens[first:colon])
        if tags is None:
            return None
        tag = lambda k, base=first: tags[k - base]  # noqa: E731
        first = self._last_clause(tokens, first, colon, tag)
        verb = next((k for k in range(first, colon) if tag(k) in _FINITE), colon)
        subject = self._subject(tokens, first, verb, colon, tag, bodies)
        if subject is not None:
            return subject
        pronoun = self._pronoun(tokens, first, colon, tag) if pronoun_anywhere else None
        if pronoun is not None or not (loose and self.loose_subject) or verb == colon or tag(first) != "ART":
            return pronoun
        return self._phrase_at(tokens, first, verb, tag, loose=True)  # "Die Firma sieht das gelassen:"

    def _last_clause(self, tokens: list[Token], first: int, colon: int, tag) -> int:
        """Where the last clause coordinated after a comma starts, if it has a finite verb ("…, und der
        Minister zeigte sich zufrieden:"); else ``first``."""
        last = next((k + 2 for k in range(colon - 3, first, -1) if tokens[k].text == ","
                     and tokens[k + 1].lower in self.lex.words["coordinators"]), None)
        return last if last is not None and any(tag(k) in _FINITE for k in range(last, colon)) else first

    def _subject(self, tokens: list[Token], first: int, verb: int, end: int, tag,
                 bodies: bool = False) -> tuple[int, int] | None:
        """The person-like noun phrase before the finite verb (after opening adverbs: "Auch die Ministerin …"),
        else right after it (past adverbs and "sich")."""
        start = first
        while start < verb - 1 and tag(start) in ("ADV", "KON"):
            start += 1
        subject = self._phrase_at(tokens, start, verb, tag, bodies=bodies)
        if subject is not None:
            return subject
        k = verb + 1
        while k < end and tag(k) in _SKIPPED_TAGS:
            k += 1
        return self._phrase_at(tokens, k, end, tag, bodies=bodies) if k < end else None

    def _pronoun(self, tokens: list[Token], first: int, end: int, tag) -> tuple[int, int] | None:
        """A person pronoun of the clause that no preposition governs and no subordinate clause holds."""
        return next(((k, k + 1) for k in range(first, end) if tag(k) == "PPER"
                     and tokens[k].lower in self.lex.words["person_pronouns"]
                     and (k == first or tag(k - 1) not in ("APPR", "APPRART"))
                     and not self._in_subclause(tokens, first, k)), None)

    def _phrase_at(self, tokens: list[Token], a: int, limit: int, tag, loose: bool = False,
                   bodies: bool = False) -> tuple[int, int] | None:
        """The noun phrase starting at ``tokens[a]`` if it names a person or group in the nominative: a person
        pronoun, a name, a role noun ("der SPD-Vorsitzende Franz Roth", "Sprecher Max Bauer") or a noun with a
        name in apposition ("Der Bruder des Papstes, Georg Roth,"), or the name after a noun of speech and "von"
        ("Zitat von Schröder"); ``loose``: any noun phrase that fills the
        whole clause before ``limit`` (the finite verb): "Die Firma sieht das gelassen"; ``bodies``: also a noun
        of speaking bodies (``speaker_heads``: "die Bundesregierung", "Eine Organisation")."""
        if a >= limit:
            return None
        low = tokens[a].lower
        if tag(a) == "PPER":
            return (a, a + 1) if low in self.lex.words["person_pronouns"] else None
        if tag(a) == "ART" and low not in self.lex.words["nominative_articles"] \
                or tag(a) not in ("ART", "NE", "NN", "NNA", "ADJ(A)"):
            return None
        rng = noun_phrase_after(tokens, a, self.lex, skip_adverbs=False, limit=limit)
        if rng is None or rng[0] != a:
            return None
        head = next((k for k in range(rng[0], rng[1]) if tag(k) in ("NN", "NE", "NNA")), None)
        if head is None:
            return None
        if tokens[head].lower in self.lex.words["quote_speech_nouns"] and head + 2 < limit \
                and tokens[head + 1].lower in HOLDER_PREPOSITIONS and tag(head + 2) == "NE":
            # "Zitat von Schröder: „…“", "Das Fazit von Sandra Boser überrascht nicht: „…“": whose words they are
            end = head + 3
            while end < limit and tag(end) == "NE":
                end += 1
            return (head + 2, end)
        b = rng[1]
        if b + 2 < limit and tokens[b].text == "," and tag(b + 1) == "NE":
            name = noun_phrase_after(tokens, b + 1, self.lex, skip_adverbs=False, limit=limit)
            if name is not None and name[1] < limit and tokens[name[1]].text == ",":
                return (a, name[1])
        if tag(head) == "NE" or head + 1 < b and tag(head + 1) == "NE" or self._role_or_known(tokens[head].lower):
            return rng
        if bodies and tokens[head].lower.endswith(tuple(self.lex.words.get("speaker_heads", ()))):
            return rng
        if loose and b == limit and tag(head) == "NN":
            return rng
        return None

    def _role_or_known(self, word: str) -> bool:
        """A role noun ("SPD-Vorsitzende", "Hauptkommissar": a compound ending in one) or a known speaker."""
        roles = self.lex.roles
        return word in roles or word.split("-")[-1] in roles or word in self.resolver.by_alias \
            or any(word.endswith(r) for r in roles if len(r) >= 6)

    def _tags(self, tokens: list[Token]) -> list[str] | None:
        """Part-of-speech tags of ``tokens`` (HanTa), corrected where the tagger is known to slip: a lower-case
        word is no noun but a verb ("Hier sparte der Präsident …"), and a capitalised word it cannot place
        (XY, FM) or that the document used before after a first name ("Anna Roth") is a name."""
        tags = pos_tags([t.text for t in tokens])
        if tags is None:
            return None
        for k, t in enumerate(tokens):
            if k and t.text[:1].islower() and tags[k] in ("NN", "NE", "FM"):
                tags[k] = "VV(FIN)"
            elif t.text[:1].isupper() and tags[k] != "NE" and (tags[k] in ("XY", "FM") or self._seen_as_surname(t)):
                tags[k] = "NE"  # "Sadiq" (XY) in "Sadiq Khan"
        return tags

    def _seen_as_surname(self, tok: Token) -> bool:
        """Whether the document named ``tok`` before after another capitalised word ("Aljaksandr Milinkewitsch")."""
        if len(tok.text) < 3 or not tok.text.isalpha():
            return False
        return re.search(r"[A-ZÄÖÜ][\w.-]+ " + re.escape(tok.text) + r"\b", self.text[:tok.start]) is not None

    def _claim(self, span: tuple[int, int], index: int, source: str, source_span) -> Claim:
        """A direct claim with no cue: ``span`` the quoted words, ``source_span`` the speaker's mention."""
        mention = self.text[source_span[0]:source_span[1]] if source_span else None
        return Claim(content=self.text[span[0]:span[1]], content_span=span, kind="direct", lang=self.lang,
                     sentence=index, source=source, source_mention=mention, source_span=source_span)


_FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
_SKIPPED_TAGS = frozenset({"ADV", "PROAV", "PRF", "PTKNEG", "ADJ(D)"})


def _statement(content: str, min_words: int) -> bool:
    """A quotation long enough to be a statement, not a title or motto: ``min_words`` words ending in
    sentence punctuation, or twice as many."""
    n = len(_WORD.findall(content))
    return n >= 2 * min_words or n >= min_words and content.rstrip("“”\"»«’‘ )").endswith((".", "!", "…"))


def speaker_follows(text: str, quote: Quote) -> bool:
    """Whether words follow the end of ``quote`` ("„…“, sagte sie", "„…“ wird X zitiert"): they name its speaker."""
    return bool(_TRAILING_WORD.match(text, quote.end))
