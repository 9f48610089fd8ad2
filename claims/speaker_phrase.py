"""The source phrase of a cue: the subject or the "laut/nach X" phrase that names who speaks.

German subjects stand before the finite verb, after it (inversion), before insertions and appositions, or in
the main clause a subordinate cue clause follows; English subjects end right before the verb group. These
methods find that token range and tell speaker phrases from adverbials and descriptions.
"""
from __future__ import annotations

import re

from claims.clauses import (
    ADJ_ENDING, CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS, clause_bounds, insertions_before, trim_span,
)
from claims.cues import Cue
from claims.draft import Draft
from claims.function_words import (
    ADVERBS_AFTER_SOURCE, CONTRACTED_PREPOSITIONS, EN_ARTICLES, EN_OF_LINKS, EN_PREPOSITIONS, EN_SUBJECT_STOP,
    GENITIVE_ARTICLES, INSERT_PREPOSITIONS, NOT_AFTER_LAUT_NAME, NP_FILLERS, OBJECT_ARTICLES, PHRASE_PREPOSITIONS,
    PREPOSITIONS_DE, PRONOUNS_DE, SKIP_AFTER_SOURCE, WH_EN,
)
from claims.sentences import Token
from claims.sources import is_name_like, is_noun_phrase, noun_phrase_after


class SpeakerPhraseMixin:
    """Finding the token range of the speaker phrase (subject or source phrase) of a cue.

    Mixed into claims.attribution.SentenceAttributor; reads its sentence state (tokens, lex, boundary, quotes).
    """

    def _quoted_name_after(self, k: int) -> int | None:
        """German: the token after a short quotation that opens at token k right after a source noun ("des
        Nachrichtenmagazins „Der Spiegel“ …"): the quotation names the source and belongs to it."""
        tokens = self.tokens
        if self.lang != "de" or k >= len(tokens) or tokens[k].text not in QUOTE_MARKS or k == 0 \
                or not self._title_noun(tokens[k - 1]):
            return None
        q = self._quote_starting_at(tokens[k].start)
        if q is None or q.start != tokens[k].start:
            return None
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].start >= q.end), None)
        if end is None or end - k > 8 or not any(t.text[:1].isalnum() for t in tokens[end:]):
            return None
        return end

    def _title_noun(self, tok: Token) -> bool:
        """A capitalised noun that names a medium or body by a title ("Magazins", "Organisation", "Website")."""
        low = tok.lower
        stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
        return tok.text[:1].isupper() and any(stem.endswith(noun) for stem in stems
                                              for noun in self.lex.words.get("title_nouns", ()))

    def _np_before(self, end: int, lo: int, opened_by_article: bool = False) -> tuple[int, int] | None:
        """Speaker phrase ending right before token ``end`` (e.g. "Dem Bericht zufolge"); with
        ``opened_by_article``, an article other than a genitive link starts it."""
        tokens, lex = self.tokens, self.lex
        j = end
        while j > lo:
            t = tokens[j - 1]
            low = t.lower
            if low in lex.words["articles"] and j < end and tokens[j].lower in lex.words["articles"]:
                break  # "die seiner Meinung nach": the possessive already opens the phrase
            if t.text in CLOSING_QUOTES and j > lo + 1:
                opening = next((k for k in range(j - 2, max(lo, j - 8) - 1, -1) if tokens[k].text in OPENING_QUOTES),
                               None)
                if opening is not None and opening > lo and tokens[opening - 1].lower not in (",", ":"):
                    j = opening  # "der Nachrichtenagentur „Interfax“, wonach …"
                    continue
            if is_name_like(t.text) or low in lex.words["articles"] or (
                    low in lex.words["np_links"] and j - 1 > lo) or (
                    t.text[:1].islower() and re.fullmatch(r"\w+(?:e|en|er|es|em)", low) and low not in lex.verbs
                    and low not in lex.words["np_stop"]):
                j -= 1
                if opened_by_article and low in lex.words["articles"] and low not in lex.words["np_links"]:
                    break  # "mit breiter Mehrheit eine Resolution": the article opens the phrase
                continue
            break
        while j < end and tokens[j].lower in lex.words["np_links"] and tokens[j].lower not in lex.words["articles"]:
            j += 1
        return (j, end) if j < end else None

    def _report_head(self, rng: tuple[int, int]) -> bool:
        """Whether the phrase ends in a report noun ("Umfragen", "Bericht")."""
        head = self.tokens[rng[1] - 1].lower
        return any(head == r or head.endswith(r) for r in self.lex.words["report_nouns"])

    def _name_ends(self, rng: tuple[int, int]) -> bool:
        """Whether the phrase ends in a capitalised word, or in a quoted name ("der Agentur „Interfax“")."""
        last = self.tokens[rng[1] - 1]
        if last.text in CLOSING_QUOTES and rng[1] - 2 >= rng[0]:
            last = self.tokens[rng[1] - 2]
        return last.text[:1].isupper()

    def _past_laut(self, k: int) -> int:
        """The token after a "laut X" phrase at token k ("sagte Raab laut Spiegel Online, …"), else k."""
        tokens = self.tokens
        if k < len(tokens) and tokens[k].lower in self.lex.words["prepositions"]:
            rng = noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False)
            if rng is not None:
                return rng[1]
        return k

    def _source_tail(self, k: int) -> bool:
        """German: the words from token k to the end of the sentence only go on describing a source before them
        (", so das Ergebnis einer Studie der Stiftung Warentest.", "…, so der Sprecher, der am Abend …"): no
        comma, or a relative clause after the first one."""
        tokens, lex = self.tokens, self.lex
        comma = next((c for c in range(k, len(tokens)) if tokens[c].text == "," and not self.in_quote[c]), None)
        if comma is None:
            return not any(self.in_quote[c] for c in range(k, len(tokens)))
        nxt = tokens[comma + 1] if comma + 1 < len(tokens) else None
        after = tokens[comma + 2] if comma + 2 < len(tokens) else None
        return nxt is not None and nxt.text.islower() and (nxt.lower in lex.words["relatives"] or (
            nxt.lower in PREPOSITIONS_DE and after is not None and after.lower in lex.words["relatives"]))

    def _title_subject(self, d: Draft) -> bool:
        """German verb of wording ("lautet", "heißt") whose subject is headed by a title noun ("Der Titel der Studie
        lautet „…“", "so heißt ein geplantes Projekt"): it gives a name, nobody says it."""
        nouns = self.lex.words.get("title_nouns", ())
        if self.lang != "de" or d.cue.kind != "verb" or d.source is None or not nouns \
                or d.cue.lemma not in self.lex.words.get("wording_verbs", ()):
            return False
        head = next((t.lower for t in self.tokens[d.source[0]:d.source[1]]
                     if t.text[:1].isupper() and t.lower not in self.lex.words["articles"]), "")
        return any(head.endswith(noun) for noun in nouns)

    def _first_conjunct_subject(self, a: int, f: int) -> tuple[int, int] | None:
        """German: the subject of "X dankte … und ergänzte, …" when the first verb is no cue: a personal pronoun
        in the first conjunct ("legte er sein Amt nieder und verkündete"), or the subject before appositions."""
        tokens = self.tokens
        for k in range(a, f):
            if tokens[k].lower in PRONOUNS_DE and k > a and tokens[k - 1].text[:1].islower():
                return (k, k + 1)
        start = next((k for k, t in enumerate(tokens) if t.start >= self.body_start), 0)
        verb = next((k for k in range(start, a) if tokens[k].text[:1].islower() and (
            tokens[k].lower in self.lex.verbs or tokens[k].lower in self.lex.words["auxiliaries"])), None)
        if verb is not None and verb > start and not any(self.boundary[k] for k in range(start, verb)) \
                and is_noun_phrase(tokens, start, verb, self.lex):
            return (start, verb)  # "Kempf erläutert die Hypothese, …, und fügt hinzu: …": the sentence's subject
        inverted = self._inverted_first_subject(start, f - 1)
        if inverted is not None:
            return inverted
        if tokens[a].text[:1].islower() and a > 0 and tokens[a - 1].text == ",":
            rng = noun_phrase_after(tokens, a + 1, self.lex, limit=f)  # "…, biss der Mann den Gast und rief: …"
            if rng is not None and rng[0] == a + 1 and tokens[a + 1].lower not in OBJECT_ARTICLES \
                    and tokens[a + 1].lower not in GENITIVE_ARTICLES:
                return rng
        return self._subject_before_insertions(a) if a > 0 and tokens[a - 1].text == "," else None

    def _inverted_first_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """German: the subject right after the first verb when an adverbial opens the sentence ("Am Sonntag zogen
        die Demonstranten vor das Rathaus und skandierten …"); the verb is the first lower-case word that is no
        article, preposition or opening adverb, before any comma; ``end`` is where the first conjunct ends."""
        tokens, lex = self.tokens, self.lex
        openers = PREPOSITIONS_DE | lex.words["prefield_adverbs"] | CONTRACTED_PREPOSITIONS
        if start >= end or tokens[start].lower not in openers:
            return None
        skip = lex.words["articles"] | openers
        verb = None
        for k in range(start + 1, end):
            if self.boundary[k] or self.in_quote[k] or tokens[k].text in (",", ":"):
                return None
            if tokens[k].text[:1].islower() and tokens[k].lower not in skip and not (
                    tokens[k + 1].text[:1].isupper() and tokens[k].lower.endswith(("e", "en", "em", "er", "es"))
                    and tokens[k - 1].lower in lex.words["articles"]):
                verb = k
                break
        if verb is None:
            return None
        rng = noun_phrase_after(tokens, verb + 1, lex, skip_adverbs=False, limit=end)
        if rng is None or rng[0] != verb + 1 or tokens[rng[0]].lower in OBJECT_ARTICLES \
                or tokens[rng[0]].lower in GENITIVE_ARTICLES \
                or not is_noun_phrase(tokens, rng[0], rng[1], lex):
            return None
        return rng

    def _participle_adverbial(self, a: int, f: int) -> bool:
        """German: a prefield that opens with a participle and a preposition ("Passend zu der Aktion warnte die
        Moderatorin …", "Ergänzend zu …"): an adverbial, not the subject."""
        tokens = self.tokens
        return self.lang == "de" and a + 1 < f and tokens[a].lower.endswith("end") \
            and tokens[a + 1].lower in PREPOSITIONS_DE

    def _lowercase_name(self, k: int) -> bool:
        """A lower-case outlet after "laut" ("laut taz", "laut dpa"), not the adjective ("laut wurde", "laut und
        deutlich", "laut gesagt")."""
        tokens, lex = self.tokens, self.lex
        if k >= len(tokens):
            return False
        t, low = tokens[k], tokens[k].lower
        if not t.text[:1].islower() or not t.text[:1].isalpha() or len(low) > 12 or low.startswith("ge") \
                or low in lex.verbs or low in lex.words["auxiliaries"] or low in lex.words["np_stop"] \
                or low in lex.words["articles"] or low in lex.words["coordinators"] or low.endswith(("en", "t")):
            return False
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        return nxt not in lex.words["auxiliaries"] and nxt not in NOT_AFTER_LAUT_NAME

    def _apposition_after(self, k: int) -> int | None:
        """German: the end of an apposition ", einem Manager der Firma," that starts at the comma at token k."""
        tokens = self.tokens
        if self.lang != "de" or k >= len(tokens) or tokens[k].text != ",":
            return None
        c = next((j for j in range(k + 1, min(len(tokens), k + 14)) if self.boundary[j]), None)
        if c is None or tokens[c].text not in (",", ":") or c - k < 2:
            return None
        return c if self._describes(k + 1, c) else None

    def _apposition_before_content(self, c: int, cue: Cue) -> int | None:
        """German: the comma that closes an apposition opening at the comma at token c, when reported
        content follows it ("schrieb X in der Zeitung, einem Boulevardblatt, die Lage sei …")."""
        if self.lang != "de" or cue.kind != "verb":
            return None
        end = self._apposition_after(c)
        if end is None or end + 1 >= len(self.tokens) or self.tokens[end].text != ",":
            return None
        return end if self._content_clause(end + 1) else None

    def _with_attribute_phrase(self, rng: tuple[int, int]) -> tuple[int, int]:
        """German: a fronted "nach/laut X" source with the prepositional phrase after it when the finite verb
        follows that phrase ("Nach einer Studie im Fachblatt „Nature“ haben Forscher …")."""
        tokens, lex = self.tokens, self.lex
        k = rng[1]
        if self.lang != "de" or k + 1 >= len(tokens) or tokens[k].lower not in INSERT_PREPOSITIONS:
            return rng
        pp = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False)
        if pp is None or pp[0] != k + 1:
            return rng
        end = pp[1]
        if end < len(tokens) and tokens[end].text in QUOTE_MARKS:
            end = next((c + 1 for c in range(end + 1, min(len(tokens), end + 7)) if tokens[c].text in QUOTE_MARKS),
                       end)  # "im Fachblatt „Nature“"
        if end >= len(tokens):
            return rng
        verb = tokens[end]
        finite = verb.lower in lex.words["auxiliaries"] or verb.lower in lex.verbs
        return (rng[0], end) if finite and verb.text[:1].islower() else rng

    def _describes(self, k: int, end: int) -> bool:
        """Whether tokens k..end are a descriptive noun phrase with no verb ("der Sprecher der Ambulanz")."""
        tokens, lex = self.tokens, self.lex
        first = tokens[k]
        if first.lower in lex.words.get("not_subject_starts", ()) or first.lower in PREPOSITIONS_DE:
            return False
        if not (first.lower in lex.words["articles"] or first.text[:1].islower() and ADJ_ENDING.match(first.lower)
                or first.text[:1].isupper() and first.lower not in lex.words["relatives"]
                and first.lower not in lex.words["pronouns"]):
            return False
        for j in range(k, end):
            t, low = tokens[j], tokens[j].lower
            if t.text[:1].isupper() or not t.text[:1].isalpha() or low in lex.words["articles"] \
                    or low in PREPOSITIONS_DE or low in NP_FILLERS:
                continue
            nxt = tokens[j + 1] if j + 1 < end else None
            if ADJ_ENDING.match(low) and low not in lex.verbs and low not in lex.words["auxiliaries"] and nxt is not None \
                    and nxt.lower not in lex.words["articles"] and (nxt.text[:1].isupper() or ADJ_ENDING.match(nxt.lower)
                                                                   or nxt.text in QUOTE_MARKS):
                continue
            return False
        return True

    def _adjuncts_only(self, k: int) -> bool:
        """German: the rest of the sentence from token k holds only adverbs and prepositional phrases (no
        clause, no complementizer, no quotation of its own, no object noun phrase)."""
        tokens, lex = self.tokens, self.lex
        j = k
        n = len(tokens)
        while n > j and not tokens[n - 1].text[:1].isalnum() and tokens[n - 1].text not in QUOTE_MARKS:
            n -= 1
        in_pp = False
        while j < n:
            t, low = tokens[j], tokens[j].lower
            if self.boundary[j] or low in lex.words["complementizers"] or low == "zu":
                return False
            if low in PREPOSITIONS_DE or low in PHRASE_PREPOSITIONS:
                in_pp = True
            elif low in lex.words["articles"] and not in_pp:
                return False  # an object noun phrase ("…, kündigte X die Stellen an")
            elif t.text[:1].isupper() and not in_pp and j > k:
                return False
            elif t.text[:1].islower() and t.text[:1].isalpha() and not in_pp and not (
                    low in lex.words["prefield_adverbs"] or low in SKIP_AFTER_SOURCE or low in ADVERBS_AFTER_SOURCE):
                return False
            j += 1
        return True

    def _apposition_tail(self, k: int) -> bool:
        """German: the sentence ends with a noun phrase from token k ("der Sprecher der Ambulanz",
        "kanadischer General und Kommandeur des Einsatzes"): words that describe the speaker, no verb."""
        tokens, lex = self.tokens, self.lex
        end = len(tokens)
        while end > k and not tokens[end - 1].text[:1].isalnum() and tokens[end - 1].text not in QUOTE_MARKS:
            end -= 1
        if end - k < 2 or end - k > 14 or any(self.boundary[j] for j in range(k, end)):
            return False
        first = tokens[k]
        if not (first.lower in lex.words["articles"] or first.text[:1].islower() and ADJ_ENDING.match(first.lower)):
            return False
        return self._describes(k, end)

    def _possessor_subject(self, rng: tuple[int, int]) -> tuple[int, int] | None:
        """German: the subject of the sentence that names the owner of a possessive source ("Dabei wies Müller auf
        die seiner Meinung nach wachsenden Gefahren hin": Müller; "Die Firma hat nach eigenen Angaben …")."""
        tokens, lex = self.tokens, self.lex
        own = lex.has("own_possessives", tokens[rng[0]].lower)
        if self.lang != "de" or not own and tokens[rng[0]].lower not in lex.words["possessives"]:
            return None
        subj = self._main_clause_subject(rng[0])
        if subj is None and own and rng[1] < len(tokens) and tokens[rng[1]].text[:1].islower():
            # "Nach eigenen Angaben hat die Firma …": the subject after the finite verb
            subj = noun_phrase_after(tokens, rng[1] + 1, lex)
            if subj is not None and any(t.lower not in lex.words["articles"] for t in tokens[rng[1] + 1:subj[0]]):
                subj = None
        if subj is None or not own and tokens[subj[0]].lower in lex.words["articles"] and not any(
                t.lower in lex.roles for t in tokens[subj[0]:subj[1]]):
            return None  # "Die Lage ist seiner Ansicht nach ernst": no person to own the view
        return subj

    def _inverted_act_subject(self, cue: Cue, a: int, f: int) -> bool:
        """German: a nominative article right after the finite verb of a reported act names its subject, so the
        prefield is the object ("Die Lage bezeichnete der Minister als ernst")."""
        tokens, lex = self.tokens, self.lex
        if not (self.lang == "de" and cue.act and f == cue.index and f + 1 < len(tokens)
                and tokens[f + 1].lower in lex.words.get("inverted_subject_articles", ())
                and tokens[a].lower in lex.words["articles"]
                and tokens[a].lower not in lex.words.get("inverted_subject_articles", ())
                and not any(t.lower in lex.roles for t in tokens[a:f])):
            return False
        rng = noun_phrase_after(tokens, f + 1, lex)  # a role, not a dative object ("warf der Regierung vor")
        return rng is not None and any(t.lower in lex.roles for t in tokens[rng[0]:rng[1]])

    def _fronted_act_object(self, cue: Cue, rng: tuple[int, int], f: int) -> bool:
        """German: the phrase ``rng`` before the finite verb of a reported act is its object when it names no
        speaker and a speaker follows the verb ("Eine Verschiebung der Wahl bezeichnete Conze als fatal", "Die
        Zahl der Toten bezifferte die Agentur Xinhua mit 13")."""
        tokens, lex = self.tokens, self.lex
        if not (self.lang == "de" and cue.act and f == cue.index and f + 1 < len(tokens)
                and tokens[rng[0]].lower in lex.words["articles"] and not self._speaker_words(rng)):
            return False
        after = noun_phrase_after(tokens, f + 1, lex)
        if after is None or after[0] != f + 1:
            return False
        if tokens[f + 1].lower in lex.words["articles"]:
            return self._speaker_words(after)
        return after[1] - after[0] <= 3 and all(is_name_like(t.text) for t in tokens[after[0]:after[1]])

    def _speaker_words(self, rng: tuple[int, int]) -> bool:
        """Whether a phrase holds a role or a noun of a speaking body ("Minister", "Nachrichtenagentur")."""
        heads = tuple(self.lex.words.get("speaker_heads", ()))
        return any(t.lower in self.lex.roles or t.text[:1].isupper() and t.lower.endswith(heads)
                   for t in self.tokens[rng[0]:rng[1]])

    def _shared_subject(self, a: int) -> tuple[int, int] | None:
        """German: the subject of the main clause before the comma at a - 1, when the cue clause from a has none
        of its own ("Die UN bestätigten den Vorfall, teilten jedoch mit, …")."""
        tokens, lex = self.tokens, self.lex
        if a < 3 or tokens[a - 1].text != ",":
            return None
        a2, _ = clause_bounds(self.boundary, a - 2)
        if tokens[a2].start > self.body_start:
            return None
        rng = noun_phrase_after(tokens, a2, lex, skip_adverbs=False, limit=a - 1)
        if rng is None or rng[0] != a2 or rng[1] >= a - 2 or not is_noun_phrase(tokens, rng[0], rng[1], lex):
            return None
        verb = tokens[rng[1]]
        if not (verb.text[:1].islower() and verb.text.isalpha()) or verb.lower in lex.words["articles"] \
                or verb.lower in PREPOSITIONS_DE or verb.lower in lex.words["coordinators"]:
            return None
        return rng

    def _subject_after_auxiliary(self, a: int) -> tuple[int, int] | None:
        """German: the subject between a sentence-initial auxiliary and an apposition that ends at token a, the
        participle cue following ("Vor kurzem hatte ein Anführer der Gruppe, Karl Mohr, erklärt, …")."""
        tokens, lex = self.tokens, self.lex
        if self.lang != "de" or a < 4 or tokens[a - 1].text != ",":
            return None
        a2, b2 = clause_bounds(self.boundary, a - 2)  # the apposition
        if a2 < 2 or tokens[a2 - 1].text != "," or not all(t.text[:1].isupper() or t.text == "."
                                                            for t in tokens[a2:b2]):
            return None
        a1, b1 = clause_bounds(self.boundary, a2 - 2)
        if tokens[a1].start > self.body_start:
            return None
        aux = next((k for k in range(a1, b1) if tokens[k].lower in lex.words["auxiliaries"]
                    and tokens[k].text[:1].islower()), None)
        if aux is None:
            return None
        rng = noun_phrase_after(tokens, aux + 1, lex, limit=b1)
        if rng is None or rng[0] != aux + 1 or b1 - aux > 10 or any(
                t.lower in lex.verbs or t.lower in lex.words["auxiliaries"] for t in tokens[rng[1]:b1]):
            return None
        return (rng[0], b1)  # "ein Talibanführer auf pakistanischer Seite"

    def _main_clause_subject(self, i: int) -> tuple[int, int] | None:
        """German: the subject of the main clause that a subordinate clause at token i follows: the noun phrase
        that opens the sentence, or the one right after its finite verb ("Auch dem räumte er keine Chance ein")."""
        tokens, lex = self.tokens, self.lex
        k = next((j for j, t in enumerate(tokens) if t.start >= self.body_start), 0)
        rng = noun_phrase_after(tokens, k, lex, skip_adverbs=False, limit=i)
        if rng is not None and rng[0] == k and rng[1] < i and tokens[rng[1]].text[:1].islower() \
                and is_noun_phrase(tokens, rng[0], rng[1], lex) and tokens[k].lower not in OBJECT_ARTICLES:
            return rng
        if rng is not None and rng[0] == k and rng[1] + 2 < i and tokens[rng[1]].text == "," \
                and tokens[k].lower not in OBJECT_ARTICLES:
            close = next((j for j in range(rng[1] + 2, min(i, rng[1] + 6)) if tokens[j].text == ","), None)
            if close is not None and close + 1 < i and tokens[close + 1].text[:1].islower() \
                    and all(is_name_like(t.text) for t in tokens[rng[1] + 1:close]):
                return (rng[1] + 1, close)  # "Der Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden …"
        verb = next((j for j in range(k + 1, i) if tokens[j].text[:1].islower() and tokens[j].text.isalpha()
                     and (tokens[j].lower in lex.verbs or tokens[j].lower in lex.words["auxiliaries"])), None)
        if verb is None:
            return None
        rng = noun_phrase_after(tokens, verb + 1, lex, limit=i)
        return rng if rng is not None and rng[0] == verb + 1 else None

    def _inverted_subject_before(self, k: int, i: int) -> tuple[int, int] | None:
        """German: the subject right after the finite verb of a main clause that opens with an adverbial phrase
        ("Am Dienstag zog der Konzern das Angebot mit der Begründung zurück, …"), before token i."""
        tokens, lex = self.tokens, self.lex
        if k >= i or tokens[k].lower not in PREPOSITIONS_DE and tokens[k].lower not in lex.words["prefield_adverbs"] \
                and not lex.has("not_subject_starts", tokens[k].lower):
            return None
        verb = next((j for j in range(k + 1, min(i, k + 5)) if tokens[j].text[:1].islower()
                     and tokens[j].text.isalpha() and tokens[j].lower not in lex.words["articles"]
                     and tokens[j].lower not in PREPOSITIONS_DE), None)
        if verb is None or any(t.text in (",", ";", ":") for t in tokens[k:verb]):
            return None
        rng = noun_phrase_after(tokens, verb + 1, lex, skip_adverbs=False, limit=i)
        if rng is None or rng[0] != verb + 1 or tokens[rng[0]].lower in OBJECT_ARTICLES \
                or not is_noun_phrase(tokens, rng[0], rng[1], lex):
            return None
        return rng

    def _adjuncts_before(self, a: int, f: int) -> bool:
        """German: tokens a..f are adverbials only ("in Luxemburg", "heute", "gegenüber der Presse"), as between
        an apposition and its verb ("Wie X, Sprecher der UN, in Bangkok mitteilte, …")."""
        tokens, lex = self.tokens, self.lex
        if f - a < 1 or f - a > 6:
            return False
        first = tokens[a].lower
        if not (first in PREPOSITIONS_DE or first in ADVERBS_AFTER_SOURCE
                or first in PHRASE_PREPOSITIONS):
            return False
        return not any(t.lower in lex.verbs or t.lower in lex.words["auxiliaries"] or self.boundary[k]
                       for k, t in enumerate(tokens[a:f], start=a))

    def _focused_subject(self, a: int, f: int) -> bool:
        """German: a focus particle and the subject before the verb ("Auch Feinstein argumentierte, …",
        "Selbst der Minister räumte ein, …")."""
        return self.lang == "de" and f - a >= 2 and self.lex.has("subject_focus_particles", self.tokens[a].lower) \
            and self.tokens[a].start <= self.body_start and is_noun_phrase(self.tokens, a + 1, f, self.lex)

    def _evidence_subject(self, d: Draft) -> bool:
        """English: findings, data or a study as the subject of a weak cue ("the results show the plan
        failed"), which then takes a bare clause like a strong cue."""
        return self.lang == "en" and d.source is not None and d.source[1] > 0 \
            and self.lex.has("evidence_nouns", self.tokens[d.source[1] - 1].lower)

    def _subject_before_insertions(self, a: int) -> tuple[int, int] | None:
        """The sentence-initial subject before relative clauses and appositions that end at token a."""
        tokens, lex = self.tokens, self.lex
        later: tuple[int, int] | None = None  # the segment after the current one, nearer the verb
        for a2, b2 in insertions_before(tokens, self.boundary, a):
            if tokens[a2].start <= self.body_start:
                if tokens[a2].lower in OBJECT_ARTICLES:
                    return None  # "Den Währungsfonds, dessen …, forderte er auf": an object
                if self.lang == "en" and later is not None and (tokens[a2].lower.endswith("ing")
                                                                 or self._en_adverbial_segment(a2, b2)):
                    return later  # "Speaking in the parents' defense, Tom Molomby said", "Relatedly, Street argues"
                if is_noun_phrase(tokens, a2, b2, lex) or self._describes(a2, b2) \
                        or self._en_verbless_subject(a2, b2) or self._en_coordinated_names(a2, b2):
                    return (a2, b2)
                if later is not None and self._introductory(a2):
                    return later  # "After the match, Hernan Dario Gomez, Panama coach, said": the subject follows
                return None
            if self.lang == "de" and tokens[a2].text[:1].islower() and tokens[a2].lower in lex.words["auxiliaries"]:
                return None  # "…, habe nun das Festland erreicht, meldet …": a main clause, not an insertion
            if not self._en_adverbial_segment(a2, b2):  # "Sharon Street, for example, argues"
                later = (a2, b2) if is_noun_phrase(tokens, a2, b2, lex) else None
        return None

    def _en_coordinated_names(self, a: int, b: int) -> bool:
        """English: tokens a..b are two noun phrases joined by "and" ("George Bush and James Baker, …")."""
        tokens, lex = self.tokens, self.lex
        c = next((k for k in range(a + 1, b - 1) if tokens[k].lower == "and"), None)
        return self.lang == "en" and c is not None and tokens[a].text[:1].isupper() \
            and is_noun_phrase(tokens, a, c, lex) and is_noun_phrase(tokens, c + 1, b, lex)

    def _en_verbless_subject(self, a: int, b: int) -> bool:
        """English: "The results of the study published this week, revealed that …": a noun phrase with
        attributes but no finite verb, set off from its verb by a comma."""
        tokens, words = self.tokens, self.lex.words
        return self.lang == "en" and tokens[a].lower in EN_ARTICLES and b - a <= 20 and not any(
            t.lower in words["finite_forms"] or t.lower in words["auxiliaries"] or t.lower in self.lex.verbs
            or t.lower in words["relatives"] or t.lower in words["subordinators"] or self.in_quote[k]
            for k, t in enumerate(tokens[a:b], start=a))

    def _en_adverbial_segment(self, a: int, b: int) -> bool:
        """English: tokens a..b between commas are a sentence adverb ("however", "Relatedly", "for example")."""
        words = " ".join(t.lower for t in self.tokens[a:b])
        return self.lang == "en" and (b - a == 1 and words.endswith("ly") and words.isalpha()
                                      or self.lex.has("sentence_adverbs", words)
                                      or words in self.lex.phrases.get("sentence_adverbs", ()))

    def _introductory(self, k: int) -> bool:
        """Whether token k opens an adverbial before the subject ("After the match", "Am Montag")."""
        low = self.tokens[k].lower
        return low in (EN_SUBJECT_STOP if self.lex.lang == "en" else self.lex.words["not_subject_starts"])

    def _en_subject(self, a: int, f: int) -> tuple[int, int] | None:
        """English subject: the noun phrase that ends right before the verb group."""
        tokens, lex = self.tokens, self.lex
        j = f
        while j > a and tokens[j - 1].lower.endswith("ly") and tokens[j - 1].text[:1].islower():
            j -= 1  # "a teacher mistakenly thought"
        end = j
        if j > a and lex.has("subject_pronouns", re.split(r"['’]", tokens[j - 1].lower)[0]):
            return (j - 1, j)  # "So I think", "This week I don't know": the pronoun is the whole subject
        while j > a:
            t = tokens[j - 1]
            low = t.lower
            if low == "who" and j == end:
                j -= 1
                break
            if low in lex.verbs and j - 2 >= a and tokens[j - 2].lower not in lex.words["articles"] \
                    and (not tokens[j - 2].text[:1].isupper() or j < end and t.text[:1].islower()
                         and any(r.lemma != low for r in lex.verbs[low]) and not low.endswith("s")):
                break  # "Memon also said she believed", "Heald noted the findings show": the outer clause's verb
            if t.text in (")", "("):
                j -= 1
                continue
            if t.text == "]":
                opener = next((c for c in range(j - 2, max(a, j - 10) - 1, -1) if tokens[c].text == "["), None)
                if opener is not None:
                    end = opener if j == end else end  # "Coase [13,14] argues": a citation, not part of the name
                    j = opener
                    continue
            if t.text[:1].isupper() and j < end and not (low in EN_SUBJECT_STOP and t.start <= self.body_start):
                j -= 1  # "The World Health Organisation (WHO)"
                continue
            if low in lex.words["coordinators"] and j < end and self._paired_conjuncts(a, j - 1):
                j = a + 1  # "Both the school district and the police have asserted": both conjuncts
                break
            conjunct = self._name_conjunct(a, j - 1) if low == "and" and j < end else None
            if conjunct is not None:
                j = conjunct  # "Smith and Jones said", "Duckworth and colleagues found"
                break
            if low in EN_SUBJECT_STOP or low in lex.words["coordinators"] or (
                    low in lex.words["subordinators"] and low not in lex.words["articles"]):
                break
            if low in EN_OF_LINKS and j < end and not tokens[j].text[:1].isupper() and tokens[j].lower != "the":
                break
            if t.text in ("'s", "’s", "'", "’", ".", "-", "&") or t.text[:1].isalnum():
                j -= 1
                continue
            break
        if j >= end or end - j > 10:
            return None
        if not any(t.text[:1].isupper() or t.lower in lex.words["pronouns"] or t.text[:1].islower()
                   for t in tokens[j:end]):
            return None
        if j > a and tokens[j - 1].lower in EN_PREPOSITIONS:
            return self._subject_after_adverbial(j, end)
        return (j, end)

    def _subject_after_adverbial(self, j: int, end: int) -> tuple[int, int]:
        """English: the subject inside tokens j..end, which follow a preposition with no comma ("In the 62nd
        minute Kim Min-Woo", "In 2008 the company")."""
        tokens, articles = self.tokens, self.lex.words["articles"]
        k = end
        while k > j and tokens[k - 1].text[:1].isupper():
            k -= 1
        if j < k < end and tokens[k - 1].text[:1].islower():
            return (k, end)  # a name after the adverbial's noun
        inner = [c for c in range(j + 1, end) if tokens[c].lower in articles and tokens[c].text[:1].islower()]
        if inner:
            return (inner[-1], end)
        return (j, end)

    def _sentence_final_parenthetical(self, d: Draft, a: int, after: int) -> bool:
        """English: "It's very beautiful I think.": a pronoun and its cue close the sentence with no comma, so
        the words before them are the content."""
        tokens = self.tokens
        if self.lang != "en" or d.source is None or d.source[1] - d.source[0] != 1 or d.source[0] - a < 3 \
                or not self.lex.has("subject_pronouns", tokens[d.source[0]].lower) \
                or any(t.text[:1].isalnum() for t in tokens[after:] if t.start < self.body_end):
            return False
        before = tokens[d.source[0] - 1].lower
        if before in WH_EN or before in self.lex.words["relatives"] or before in EN_SUBJECT_STOP:
            return False  # "This is what I think.": the pronoun's clause is an object, not a comment
        d.content = trim_span(self.text, max(tokens[a].start, self.body_start), tokens[d.source[0] - 1].end)
        d.trailing = d.content is not None
        return d.trailing

    def _name_conjunct(self, a: int, k: int) -> int | None:
        """English: the start of a name that ends right before the coordinator at k and opens its clause (at a,
        after a comma, or after a fronted prepositional phrase), so that "X and Y" is one coordinated subject."""
        tokens = self.tokens
        m = k
        while m > a and tokens[m - 1].text[:1].isupper() and tokens[m - 1].lower not in EN_SUBJECT_STOP:
            m -= 1
        adverbial = m > a and tokens[a].lower in EN_PREPOSITIONS and tokens[m - 1].text[:1].islower()  # "In a study X"
        return None if m == k or m > a and tokens[m - 1].text != "," and not adverbial else m

    def _paired_conjuncts(self, a: int, k: int) -> bool:
        """English: the clause opens with "both"/"either"/"neither" and the words up to the coordinator at k
        hold no verb, so the coordination joins two subjects."""
        tokens, lex = self.tokens, self.lex
        return k - a >= 2 and lex.has("paired_conjunctions", tokens[a].lower) and not any(
            t.lower in lex.verbs or t.lower in lex.words["auxiliaries"] or t.lower in lex.words["finite_forms"]
            for t in tokens[a + 1:k])
