"""The content span of a cue: where the reported content starts and ends, and what kind of clause it is.

Content runs from the cue (or the sentence start, for a trailing reporting clause) to a clause end: a colon
before a quotation, a later reporting clause, a conjunct with its own subject, the writer's own clause. These
methods find those bounds and tell reported clauses (dass/ob, Konjunktiv, "zu" infinitives, bare English
clauses) from relative and adverbial clauses that are no content.
"""
from __future__ import annotations

import re

from claims.clauses import (
    ADJ_ENDING, OPENING_QUOTES, QUOTE_MARKS, SHORT_TAIL, clause_bounds, meaningful_words, trim_span,
)
from claims.cues import Cue
from claims.draft import Draft
from claims.function_words import (
    ADVERBS_AFTER_TRAILING_CUE, ADVERBS_BEFORE_SECOND_QUOTE, ARTICLE_RELATIVES, EN_LIST_CONJUNCTIONS, EN_NEGATIONS,
    EN_NOUN_FOLLOWERS, EN_PRONOUN_SUBJECTS, EN_WH_RELATIVES, FREE_RELATIVES, IMPERSONAL_SOURCE_PREPS,
    INSERT_PREPOSITIONS, NOT_CLAUSE_START, NOT_CONTENT_CLAUSE, PARTICLES_BEFORE_WAS, PREDICATE_WORDS, PREPOSITIONS_DE,
    REPORTED_CONNECTIVES, TELL, WH_WORDS,
)
from claims.quotes import Quote
from claims.sources import is_noun_phrase, noun_phrase_after


class ContentSpanMixin:
    """Finding the bounds of a cue's content and the kind of clause it is.

    Mixed into claims.attribution.SentenceAttributor; reads its sentence state (tokens, lex, boundary, quotes).
    """

    def _content_after(self, k: int, cue: Cue, next_cues: list[Cue]) -> tuple[tuple[int, int] | None, bool]:
        """Content from token k to the end of what the cue governs; and whether it is a clause."""
        tokens, lex = self.tokens, self.lex
        n = len(tokens)
        clause = False
        first = k
        if self.lang == "en" and cue.text.lower() in TELL and k < n:
            addressee = noun_phrase_after(tokens, k, lex)
            if addressee and addressee[1] - addressee[0] > 1 \
                    and lex.has("subject_pronouns", tokens[addressee[1] - 1].lower):
                addressee = (addressee[0], addressee[1] - 1)  # "told reporters he would appeal"
            if addressee and addressee[0] == k:
                k = addressee[1]
        if cue.particle is not None and k == cue.particle:
            k += 1
        elif cue.particle is not None and cue.particle > k and cue.particle + 1 < n \
                and tokens[cue.particle + 1].text in (",", ":") and self.lang == "de" \
                and (self._content_clause(cue.particle + 2) or tokens[cue.particle + 1].text == ":"
                     and cue.particle + 2 < n and tokens[cue.particle + 2].text in QUOTE_MARKS):
            # "ging Celebi, die Anwältin der Frau, davon aus, dass …": the content follows the particle
            k = cue.particle + 1
        if self.lang == "de" and k < n and tokens[k].text == "," and cue.kind == "verb":
            end = self._apposition_after(k)
            if end is not None and end + 1 < n and tokens[end].text == ",":
                # "sagte X, Sprecher der Firma, gegenüber der BBC, dass …"
                end = self._prepositional_insert(end) or end
            if end is not None and end + 1 < n and (tokens[end].text == ":" or self._content_clause(end + 1)
                                                    or tokens[end + 1].text in QUOTE_MARKS):
                k = end  # "sagte Jon Bon Jovi, Gründer der Band: „…“": the apposition describes the speaker
        if k < n and tokens[k].text in (",", ":") and not self.in_quote[k]:
            k += 1
            clause = True
            if k == first + 1 and self._en_coordinator(k, cue):
                return None, False  # "…'s current claims, and may stimulate …": a coordinated verb, not content
            # "Nach Angaben der Polizei, die …, wurden …": skip a relative clause after the source
            if k < n and tokens[k].lower in lex.words["relatives"] and cue.kind in ("prep", "nach", "post",
                                                                                     "according"):
                for c in range(k + 1, n):
                    if tokens[c].text == "," and not self.in_quote[c]:
                        k = c + 1
                        break
            elif self._adverbial_clause(k) and not self._opens_colon_statement(k) and not (
                    cue.kind == "verb" and k - 2 in (cue.index, cue.particle) and self._relative_as_subject(k, cue)) \
                    and not (cue.kind == "verb" and not cue.weak and self._en_fronted_condition(k)):
                return None, False
        elif k == first and self._en_coordinator(k, cue):
            return None, False  # "has acknowledged and discussed …", "said or done": a coordinated verb
        elif self.lang == "en" and k < n and tokens[k].lower == "that" and self._determiner_that(k):
            return None, False  # "told that story", "remember that day": a noun object, not a clause
        elif k < n and (tokens[k].lower in lex.words["complementizers"]
                        or lex.has("wh_complementizers", tokens[k].lower) and k + 1 < n
                        and tokens[k + 1].text[:1].isalnum()):
            clause = True  # "… that …"; English "knew how it works", "explained why …"
        elif self.lang == "en" and any(t.lower == "that" for t in tokens[k:k + 8]) and self._adjunct_start(k):
            # "stated to LA Weekly that …": skip a short adjunct before the complementizer
            later = {nc.index for nc in next_cues}
            for c in range(k, min(n, k + 8)):
                if tokens[c].text in (",", ";", ":") or self.in_quote[c] or c in later:
                    break  # "spoke to reporters and said that …": the later cue has the clause
                if tokens[c].lower == "that" and not (c > k and tokens[c - 1].lower in lex.words["articles"]):
                    k = c
                    clause = True
                    break
        else:
            other_cues = {nc.index for nc in next_cues if nc.kind != "relative"}
            in_short = False  # inside a short quotation that is part of the clause („Neues Deutschland“)
            for c in range(k, min(n, k + 25)):
                if tokens[c].text in QUOTE_MARKS and not self.in_quote[c] and (not self.boundary[c] or in_short or (
                        c > k and tokens[c - 1].text[:1].isupper() and tokens[c - 1].text.isalpha())):
                    in_short = not in_short  # a short quote or a title after its noun („Fachmagazin „PLoS …“)
                    continue
                if self.in_quote[c] and not in_short or c in other_cues:
                    break
                if tokens[c].text in (",", ":"):
                    far = sum(1 for j in range(k, c) if tokens[j].text[:1].isalnum() and not self.in_quote[j]) >= 10
                    if far and not (tokens[c].text == ":" and c + 1 < n and (
                            tokens[c + 1].text in QUOTE_MARKS or self._content_clause(c + 1))):
                        break  # far from the cue only "…: „quote“" opens its content
                    c = self._apposition_before_content(c, cue) or c
                    if self.lang == "de" and not far:
                        c = self._after_object_relatives(c) or c  # "schrieb in einem Brief, der …, er wolle …"
                    seg = tokens[k:c]
                    # "teilte in einer Reaktion mit, dass …": a particle that closes the segment does not block
                    has_particle = cue.particle is not None and k <= cue.particle < c - 1
                    if seg and not has_particle and c + 1 < n and not any(t.lower in PREDICATE_WORDS for t in seg) \
                            and cue.kind not in ("prep", "post", "nach", "according") \
                            and (tokens[c + 1].lower in lex.words["complementizers"] or not any(
                                c < nc.index < clause_bounds(self.boundary, c + 1)[1] for nc in next_cues
                                if nc.kind not in ("relative", "prep", "nach", "post"))) \
                            and not any(nc.index == c + 1 and nc.kind == "relative" for nc in next_cues) \
                            and not self._adverbial_clause(c + 1) \
                            and not (cue.weak and lex.has("fact_nouns", tokens[c - 1].lower)) \
                            and (self.lang == "de" and self._reported_clause(c + 1)
                                 or tokens[c + 1].lower in lex.words["complementizers"]
                                 or tokens[c + 1].text in QUOTE_MARKS):
                        k = c + 1
                        clause = True
                    break
                if tokens[c].text in QUOTE_MARKS and not self.in_quote[c]:
                    break
        if k >= n:
            return None, clause
        if tokens[k].text in QUOTE_MARKS:
            clause = True
        s = tokens[k].start
        e = self.body_end
        for nc in next_cues:
            if nc.index <= k or nc.kind == "relative":
                continue  # "…, wonach …" stays inside the content it belongs to
            ca, _ = clause_bounds(self.boundary, nc.index)
            if ca > k and tokens[ca].lower in lex.words["coordinators"] and nc.kind == "verb":
                e = min(e, tokens[ca - 1].start if tokens[ca - 1].text == "," else tokens[ca].start)
                break
            prev = tokens[nc.index - 1] if nc.index > 0 else None
            if prev is not None and not self.in_quote[nc.index - 1] and (
                    prev.lower in lex.words["coordinators"] or prev.text == ","):
                if nc.kind in ("verb", "so") or prev.text == ",":
                    e = min(e, prev.start)
                    break
            und = self._subject_conjunct(k, nc) if self.lang == "de" and nc.kind == "verb" else None
            if und is not None:
                e = min(e, tokens[und].start)  # "…, sie sei …, und die Fraktion forderte …": a new report
                break
            if self._asyndetic_report(k, ca, nc, clause):
                e = min(e, tokens[ca - 1].start)  # "nannte X „…“, Trainer Löw bezeichnete …": a new report
                break
        if self.lang == "de":
            for c in range(k + 2, len(tokens) - 1):
                if tokens[c].start >= e:
                    break
                if tokens[c].text == "," and self.boundary[c] and tokens[c + 1].lower == "was" \
                        and tokens[c - 1].lower not in PARTICLES_BEFORE_WAS:
                    e = tokens[c].start  # "…, es sei schwierig, …, was er auf die Polizei zurückführt": a comment
                    break
            if clause and self._content_clause(k):
                e = self._before_colon_quote(k, e)

        if self.lang == "en" and self.in_quote[k]:
            q = next((q for q in self.quotes if q.contains(tokens[k].start)), None)
            e = min(e, q.inner_end) if q is not None else e  # "I suspect …," he said: a cue inside the quote
        if self.lang == "en":
            e = self._before_next_unit(k, e)
        if cue.particle is not None and tokens[cue.particle].end == e and tokens[cue.particle].start > s:
            e = tokens[cue.particle].start  # "kündigte neue Zölle an": the particle is not content
        return trim_span(self.text, s, e), clause

    def _asyndetic_report(self, k: int, ca: int, nc: Cue, clause: bool) -> bool:
        """German: whether the verb cue ``nc`` opens, after a comma, a main clause of its own with its subject
        first ("nannte die Entscheidung „falsch“, Trainer Max Roth bezeichnete sie als …"), which ends a
        noun-phrase content that starts at token k."""
        tokens = self.tokens
        return self.lang == "de" and not clause and nc.kind == "verb" and k + 1 < ca < nc.index \
            and tokens[ca - 1].text == "," and not self.in_quote[ca - 1] and tokens[ca].text[:1].isupper() \
            and is_noun_phrase(tokens, ca, nc.index, self.lex)  # not "…, man erwäge …": reported speech

    def _before_colon_quote(self, k: int, e: int) -> int:
        """German: a reported clause from token k ends at a colon that opens a quotation ("…, dass das Team
        gestärkt sei: „Wir haben gelernt …“"): the quotation is a direct claim of its own."""
        tokens = self.tokens
        for c in range(k + 1, len(tokens) - 1):
            if tokens[c].start >= e:
                break
            if tokens[c].text == ":" and not self.in_quote[c] and tokens[c + 1].text in OPENING_QUOTES \
                    and self._quote_starting_at(tokens[c + 1].start) is not None:
                return tokens[c].start
        return e

    def _after_fronted_source(self, i: int, after: int) -> tuple[int, int] | None:
        """English: "… that according to X made last week, the site was attacked": the cue opens a "that"
        clause, so its content is the clause after the source phrase's comma."""
        tokens = self.tokens
        if self.lang != "en" or i == 0 or not self.lex.has("complementizers", tokens[i - 1].lower):
            return None
        comma = next((c for c in range(after, min(len(tokens) - 1, after + 12))
                      if tokens[c].text == "," and not self.in_quote[c]), None)
        if comma is None:
            return None
        return trim_span(self.text, tokens[comma + 1].start, self.body_end)

    def _before_next_unit(self, k: int, e: int) -> int:
        """English: reported content ends before a clause of the writer's own joined by ", but", ", so" or ";"
        ("he said it was fine, but the plan failed")."""
        tokens = self.tokens
        for c in range(k + 2, len(tokens) - 1):
            if tokens[c].start >= e or self.in_quote[c] != self.in_quote[k]:
                break
            if tokens[c].lower in EN_NEGATIONS and tokens[c].text[:1].islower():
                break  # "not a person, but an AI": one unit
            if tokens[c].text == ";" or tokens[c].text == "," and self.lex.has("unit_openers", tokens[c + 1].lower):
                if self._second_complement(c + 1) and tokens[k].lower == "that":
                    continue  # "said that prices rose, but that wages fell": both clauses are reported
                return tokens[c].start
        return e

    def _en_coordinator(self, k: int, cue: Cue) -> bool:
        """English: token k, right after a cue verb, is "and", "or" or "but" outside quotes: the verb is
        coordinated with what follows, which is not its content."""
        return self.lang == "en" and cue.kind == "verb" and k < len(self.tokens) and not self.in_quote[k] \
            and self.tokens[k].lower in self.lex.words["coordinators"]

    def _determiner_that(self, k: int) -> bool:
        """English: "that" at token k is a determiner or pronoun, not a complementizer: one or two words follow it
        up to a comma, a full stop or the end, and none reads as a verb or a pronoun ("told that story, right")."""
        tokens, lex = self.tokens, self.lex
        end = k + 1
        while end < len(tokens) and end - k <= 3 and tokens[end].text[:1].isalnum():
            end += 1
        words = [t.lower for t in tokens[k + 1:end]]
        if not 1 <= len(words) <= 2 or end < len(tokens) and tokens[end].text not in lex.words["clause_stops"]:
            return False
        if lex.has("phrase_prepositions", words[0]) or words[0].endswith("ly") or words[0] in lex.words["articles"]:
            return False  # "hope that in time, we …", "agree that that, that …": a fronted adverbial or a restart
        if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 2].text == ",":
            return False  # "recognized that land, air, and water could …": a list of subjects
        return not any(w in lex.words["finite_forms"] or w in lex.verbs or w in lex.words["pronouns"]
                       or w.endswith(("ed", "s", "'s", "’s")) for w in words)

    def _second_complement(self, k: int) -> bool:
        """English: tokens from k are "that …" or "but that …": a second complement clause of the same cue."""
        tokens = self.tokens
        k += 1 if k < len(tokens) and tokens[k].lower in self.lex.words["coordinators"] else 0
        return k < len(tokens) and tokens[k].lower == "that"

    def _adjunct_start(self, k: int) -> bool:
        """English: token k opens a short adjunct (a preposition, an adverb, "him") that may stand between a
        cue and its "that" ("stated to LA Weekly that …"), not a bare clause ("think you'll wait on that")."""
        low = self.tokens[k].lower
        return low in NOT_CLAUSE_START or low.endswith("ly") or self.lex.has("object_pronouns", low) \
            or low in self.lex.words["np_stop"] and low not in EN_PRONOUN_SUBJECTS

    def _subject_conjunct(self, k: int, nc: Cue) -> int | None:
        """German: the "und" after token k that opens a new clause with its own subject and the later cue
        ("und die Fraktion der Grünen forderte …"), or None."""
        from claims.mood import finite_indicative

        tokens, lex = self.tokens, self.lex
        first = tokens[k].lower
        relative = first in lex.words["relatives"] and k + 1 < len(tokens) and tokens[k + 1].text[:1].islower()
        if relative or first in lex.words["subordinators"] or first in lex.words["complementizers"]:
            return None  # verb-final content: "dass … und Hambach geplant sei"
        if clause_bounds(self.boundary, nc.index)[0] > k or not finite_indicative([tokens[nc.index]], [False], lex):
            return None  # the later cue is in a clause of its own ("…, die vor Fetten und Zucker warnt")
        for c in range(nc.index - 2, k, -1):
            if self.boundary[c] or self.in_quote[c]:
                return None
            if tokens[c].lower == "und":
                return c if is_noun_phrase(tokens, c + 1, nc.index, lex) else None
        return None

    def _content_clause(self, k: int) -> bool:
        """German: a clause from token k that reads as reported content (dass/ob or Konjunktiv)."""
        from claims.mood import reported_mood

        if k >= len(self.tokens) or self._adverbial_clause(k):
            return False
        if self.tokens[k].lower in self.lex.words["complementizers"]:
            return True
        _, b = clause_bounds(self.boundary, k)
        return reported_mood(self.tokens[k:b], self.in_quote[k:b], self.lex) is not None

    def _opens_colon_statement(self, k: int) -> bool:
        """German: a capitalised word right after a colon opens the statement itself ("Ich kann nur sagen: Das ist
        falsch"), not a relative or adverbial clause."""
        return self.lang == "de" and k > 0 and self.tokens[k - 1].text == ":" and self.tokens[k].text[:1].isupper()

    def _relative_as_subject(self, k: int, cue: Cue) -> bool:
        """Right after a finite verb of saying, "der/die/das …" opens the reported clause ("erklärte, die
        Verfassung werde …"): a relative pronoun cannot attach to a verb. After a clause-final participle
        ("hat die Filme angekündigt, die …") it is a relative clause."""
        if self.lang != "de" or self.tokens[k].lower not in ARTICLE_RELATIVES:
            return False
        return not any(t.lower in self.lex.words["auxiliaries"] for t in self.tokens[:cue.index])

    def _adverbial_clause(self, k: int) -> bool:
        """A clause after a comma that cannot be reported content: relative or adverbial."""
        tokens, lex = self.tokens, self.lex
        if k >= len(tokens):
            return True
        low = tokens[k].lower
        if self.lang == "de" and lex.has("preposition_conjunctions", low) and self._prepositional_opening(k):
            return False  # "warf ihm vor, seit 2014 Vorschriften verletzt zu haben": a time phrase, not "seit …"
        if low in NOT_CONTENT_CLAUSE.get(self.lang, ()):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if self.lang == "de" and low in REPORTED_CONNECTIVES and nxt is not None and (
                    nxt.lower in lex.konjunktiv_i or nxt.lower in lex.words["auxiliaries"]):
                return False  # "…, damit solle ein Machtvakuum vermieden werden": an adverb before the verb
            if low in lex.words["coordinators"] and nxt is not None and nxt.text in QUOTE_MARKS:
                return False  # "…, doch „…“": a quotation after the conjunction is still the speaker's
            return True
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if self.lang == "de" and low in lex.words["relatives"] and low not in FREE_RELATIVES and nxt is not None \
                and nxt.text[:1].islower() and not (ADJ_ENDING.match(nxt.lower) and after is not None
                                                    and nxt.lower not in lex.words["articles"]
                                                    and nxt.lower not in PREPOSITIONS_DE
                                                    and (after.text[:1].isupper() or ADJ_ENDING.match(after.lower)
                                                         and after.lower not in lex.words["auxiliaries"])):
            if not self._attributive_run(k + 1):  # not "…, die neuen Regeln", "…, der erste rein deutsche Flug"
                return True  # "…, die später benannt werden", "…, die gestiegen seien"
        if self.lang == "en" and self._participle_phrase(k):
            return True  # "…,” Pete said, scratching his head.": what the speaker did, not what he said
        if self.lang == "de" and low in PREPOSITIONS_DE and nxt is not None and nxt.lower in lex.words["relatives"] \
                and (after is None or after.text[:1].islower() and not ADJ_ENDING.match(after.lower)):
            return True  # "…, von dem nur einige Ausnahmen gelten"
        return False

    def _participle_phrase(self, k: int) -> bool:
        """English: token k opens an "-ing" phrase with no finite verb up to the sentence end, and is no cue
        verb ("scratching his head", but not "adding that …", "saying it was fine")."""
        tokens, lex = self.tokens, self.lex
        low = tokens[k].lower
        return low.endswith("ing") and tokens[k].text[:1].islower() and low not in lex.verbs \
            and not any(t.lower in lex.words["finite_forms"] or t.lower in lex.words["auxiliaries"]
                        or self.in_quote[c] for c, t in enumerate(tokens[k + 1:], start=k + 1))

    def _prepositional_opening(self, k: int) -> bool:
        """German: "seit", "während" or "bis" at token k opens a time phrase ("seit 2014", "bis Ende Mai")
        inside a "zu" infinitive or Konjunktiv clause, not a subordinate clause of its own."""
        from claims.mood import reported_mood

        tokens, lex = self.tokens, self.lex
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None or not (nxt.text.isdigit() or nxt.lower in lex.words["articles"] or nxt.text[:1].isupper()):
            return False
        _, b = clause_bounds(self.boundary, k)
        return self._zu_infinitive(k) or reported_mood(tokens[k:b], self.in_quote[k:b], lex) is not None

    def _attributive_run(self, j: int) -> bool:
        """German: lower-case words from token j that lead to a noun as attributes with at most one adverb among
        them ("der erste rein deutsche Hilfsflug", "die sehr hohen Kosten"), not a relative clause."""
        tokens, lex = self.tokens, self.lex
        adverbs = 0
        for k in range(j, min(j + 4, len(tokens))):
            tok = tokens[k]
            if tok.text[:1].isupper():
                return k > j and bool(ADJ_ENDING.match(tokens[k - 1].lower)) and adverbs <= 1
            if not tok.text[:1].isalpha() or tok.lower in lex.words["articles"] or tok.lower in PREPOSITIONS_DE \
                    or tok.lower in lex.words["auxiliaries"] or tok.lower in lex.konjunktiv_i:
                return False
            if not ADJ_ENDING.match(tok.lower):
                adverbs += 1
        return False

    def _content_before(self, boundary: int) -> tuple[tuple[int, int] | None, list[Quote]]:
        """Content from the sentence start to token ``boundary`` (the comma before the cue clause)."""
        pos = self.tokens[boundary].start if boundary < len(self.tokens) else self.end
        k = boundary
        while k > 0 and (self.tokens[k - 1].text in (",", ":") or self.tokens[k - 1].text in QUOTE_MARKS
                         and not self.in_quote[k - 1]):
            k -= 1
            pos = self.tokens[k].start if self.tokens[k].text in (",", ":") else pos
        q = self._quote_ending_at(self.tokens[boundary].end if boundary < len(self.tokens) else self.end)
        if q is None and boundary > 0:
            q = self._quote_ending_at(self.tokens[boundary - 1].end)
        if q is not None and q.end > self.body_start - 2 and not any(
                ch.isalnum() for ch in self.text[self.body_start:max(self.body_start, q.start)]):
            return trim_span(self.text, max(q.inner_start, self.start), min(q.inner_end, self.end)), [q]
        return trim_span(self.text, self.body_start, pos), []

    def _has_finite_verb(self, a: int, b: int) -> bool:
        """German: tokens a..b hold a finite verb outside quotations, Konjunktiv or indicative (HanTa)."""
        from claims.mood import finite_indicative, reported_mood

        words, flags = self.tokens[a:b], self.in_quote[a:b]
        return reported_mood(words, flags, self.lex, strict=False) is not None \
            or finite_indicative(words, flags, self.lex)

    def _vocative_before(self, a: int) -> bool:
        """Whether the sentence opens with a short address ending at the comma before token a ("Herr Kollege
        Müller, …")."""
        words = [t for t in self.tokens[:a - 1] if t.start >= self.body_start]
        return bool(words) and len(words) <= 6 and words[0].text[:1].isupper() \
            and self.lex.has("vocative_openers", words[0].lower) and all(t.text[:1].isalnum() for t in words)

    def _trailing(self, after: int, a: int) -> bool:
        """Whether a cue clause starting at token a, with its speaker ending at ``after``, trails content."""
        tokens = self.tokens
        if a == 0 or tokens[a - 1].start < self.body_start:
            return False
        n = len(tokens)
        tail_is_clause = after < n and (tokens[after].lower in self.lex.words["complementizers"] or (
            self.lang == "en" and self._bare_clause((tokens[after].start, self.body_end))))
        if tokens[a - 1].text not in (",", "–", "—") and tokens[a - 1].text not in QUOTE_MARKS:
            return False  # "Energiepolitik: Die SPD hält am Atomausstieg fest." is no reporting clause
        if self.lang == "en" and after < n and tokens[after].lower in self.lex.words["coordinators"] \
                and not (tokens[a - 1].text in QUOTE_MARKS or a >= 2 and tokens[a - 2].text in QUOTE_MARKS):
            return False  # "…, laser light show and theme music": a list item, not a reporting clause
        if self._fronted_subordinate(a):
            return False  # "Da der Rückflug nicht möglich war, entschied sich der Pilot …": its own adverbial
        if self._vocative_before(a):
            return False  # "Frau Ministerin, Sie behaupten, …": an address, the content follows
        if self.lang == "de" and self._prepositional_prefield(a) is not None:
            return False  # "In dem Brief, den er verfasste, schreibt er, …": the prefield, not content
        if meaningful_words(tokens, after, n, self.lex) <= SHORT_TAIL and not tail_is_clause:
            return True
        k = after
        while k < n and tokens[k].lower in ADVERBS_AFTER_TRAILING_CUE:
            k += 1
        if self.lang == "de" and k + 1 < n and tokens[k].text == ":" and tokens[k + 1].text in QUOTE_MARKS:
            return True  # "…, so Elshorst weiter: „…“": the clause before is content, the quote after too
        if self.lang == "de" and self._adjuncts_only(after):
            return True  # "…, sagte Moser gestern in einem Interview mit der Zeitung „Neues Deutschland“."
        if self.lang == "de" and after + 1 < n and tokens[after].text == "," and self._apposition_tail(after + 1):
            return True  # "…, sagte Mark O’Keefe, der Sprecher der Ambulanz.": an apposition, not content
        if tokens[a - 1].text in QUOTE_MARKS or (a >= 2 and tokens[a - 1].text == "," and tokens[a - 2].text
                                                  in QUOTE_MARKS and not self.in_quote[a - 2]):
            # "„…“, sagte X, Y heute auf einer Pressekonferenz.": the quote is the content
            q = self._quote_ending_at(tokens[a - 1].end)
            if q is not None and not any(ch.isalnum() for ch in self.text[self.body_start:max(self.body_start,
                                                                                              q.start)]):
                return True
        # "„A“, sagte Trump, „B“": a quote before and after the reporting clause
        quote_before = tokens[a - 1].text in QUOTE_MARKS or (
            a >= 2 and tokens[a - 1].text == "," and tokens[a - 2].text in QUOTE_MARKS)
        return quote_before and after + 1 < n and tokens[after].text == "," and tokens[after + 1].text in QUOTE_MARKS

    def _fronted_subordinate(self, a: int) -> bool:
        """German: the sentence before the clause at token a is one adverbial clause ("Wenn …, droht ihm …",
        "Erst wenn …, kann …"): it is the fronted part of that clause, not content that a reporting clause trails."""
        tokens, lex = self.tokens, self.lex
        k = next((j for j, t in enumerate(tokens) if t.start >= self.body_start), a)
        if k < a - 1 and tokens[k].lower in lex.words.get("focus_particles", ()):
            k += 1  # "Erst wenn …"
        if k >= a - 1 or tokens[k].lower not in lex.words.get("fronted_subordinators", ()):
            return False
        return not any(self.boundary[j] for j in range(k, a - 1))

    def _prepositional_prefield(self, a: int) -> int | None:
        """German: the preposition opening the sentence when all before the clause at token a is a prepositional
        phrase and relative clauses on it ("In dem Bericht, der … erschien, heißt es, …"): the prefield of that
        clause, not content it trails."""
        tokens, lex = self.tokens, self.lex
        k = next((j for j, t in enumerate(tokens) if t.start >= self.body_start), a)
        if k >= a - 1 or tokens[k].lower not in IMPERSONAL_SOURCE_PREPS:
            return None
        _, j = clause_bounds(self.boundary, k)
        if j >= a - 1 or tokens[j].text != "," or self._has_finite_verb(k, j):
            return None
        j += 1
        while j < a:
            opens_relative = tokens[j].lower in lex.words["relatives"] or tokens[j].lower in PREPOSITIONS_DE \
                and j + 1 < a and tokens[j + 1].lower in lex.words["relatives"]
            _, end = clause_bounds(self.boundary, j)
            if not opens_relative or end >= a or tokens[end].text != ",":
                return None
            j = end + 1
        return k if j == a else None

    def _reported_clause(self, k: int) -> bool:
        """German: the clause from token k can be reported content: a dass/ob clause, Konjunktiv, a "zu"
        infinitive, or any clause with a finite verb (not a bare noun phrase such as an apposition)."""
        if self._content_clause(k):
            return True
        _, b = clause_bounds(self.boundary, k)
        words = self.tokens[k:b]
        if any(t.lower == "zu" for t in words) or b < len(self.tokens) and self.tokens[b].text in QUOTE_MARKS:
            return True  # "…, den Wald zu retten", "…, der Ehemann „konnte sich nicht abfinden“"
        if self._writer_clause(k):
            return False  # "bemerkte die Probleme, zurückkehren konnte er nicht mehr": the writer's next clause
        if b > k and self._describes(k, b):
            return self._konjunktiv_after_relatives(b)
        return b > k

    def _after_object_relatives(self, c: int) -> int | None:
        """German: the comma after the relative clauses on the noun before the comma at token c when a dass or
        Konjunktiv clause follows them ("schrieb in einer Erklärung, die … erschien, er wolle …"), else None."""
        tokens = self.tokens
        if c == 0 or not tokens[c - 1].text[:1].isupper() or self._content_clause(c + 1):
            return None  # "sagte der Presse, die Partei werde …": an article, not a relative pronoun
        return self._content_after_relatives(c, 2)

    def _konjunktiv_after_relatives(self, b: int) -> bool:
        """German: a subject noun phrase ending at the comma at token b is followed by relative clauses and then
        its own Konjunktiv verb ("meinte, Yang, die gesungen hatte, wäre perfekt gewesen")."""
        return self._content_after_relatives(b, 3) is not None

    def _content_after_relatives(self, b: int, most: int) -> int | None:
        """The comma that opens a reported clause after at most ``most`` relative clauses, the first of them
        opening at the comma at token b; None if something else comes first."""
        tokens, n = self.tokens, len(self.tokens)
        for _ in range(most):
            if b + 1 >= n or tokens[b].text != "," or tokens[b + 1].lower not in self.lex.words["relatives"]:
                return None
            _, b = clause_bounds(self.boundary, b + 1)
            if b + 1 < n and tokens[b].text == "," and self._content_clause(b + 1):
                return b
        return None

    def _writer_clause(self, k: int) -> bool:
        """German: the clause from token k is an indicative main clause, not an indirect question, a dass/ob or
        Konjunktiv clause, a "zu" infinitive or a quotation: the writer's own statement."""
        _, b = clause_bounds(self.boundary, k)
        if b <= k or not self._main_clause_start(k) or self._content_clause(k):
            return False
        if any(t.lower == "zu" for t in self.tokens[k:b]):
            return False
        if b < len(self.tokens) and self.tokens[b].text in QUOTE_MARKS:
            return False
        return self._indicative(k, b)

    def _main_clause_start(self, k: int) -> bool:
        """German: token k cannot open an indirect question ("wie sie …", "wofür …")."""
        tokens, lex = self.tokens, self.lex
        low = tokens[k].lower
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        return not (low in WH_WORDS or low in PREPOSITIONS_DE and nxt in WH_WORDS)

    def _indicative(self, a: int, b: int) -> bool:
        """German: tokens a..b hold an indicative finite verb (HanTa) and no Konjunktiv form."""
        from claims.mood import finite_indicative

        return finite_indicative(self.tokens[a:b], self.in_quote[a:b], self.lex)

    def _zu_infinitive(self, k: int) -> bool:
        """German: the clause from token k ends in a "zu" infinitive ("…, von ihm missbraucht worden zu sein")."""
        _, b = clause_bounds(self.boundary, k)
        words = [t.lower for t in self.tokens[k:b] if t.text[:1].isalnum()]
        return len(words) >= 2 and ("zu" in words[-3:] or words[-1].startswith(("zu", "anzu", "auszu", "einzu")) and
                                    words[-1].endswith("en") and "zu" in words[-1][:6] or self._fused_zu(words[-1]))

    def _fused_zu(self, word: str) -> bool:
        """German: a separable verb's infinitive with "zu" inside ("aufzuhalten", "festzunehmen")."""
        at = word.find("zu", 2)
        return at > 0 and word.endswith("en") and len(word) - at > 4 and self.lex.has("verb_particles", word[:at])

    def _colon_quotes_after(self, b: int) -> list[Quote]:
        """The quotations after a colon at token b that run to the end of the sentence, joined by "und" or
        "sowie" ("…, die skandierten: „…“", "…, die X erklärt hatte: „…“ und „…“"); [] if anything else follows."""
        tokens = self.tokens
        if b + 1 >= len(tokens) or tokens[b].text != ":":
            return []
        quotes = [q for q in self.quotes if q.start >= tokens[b + 1].start]
        if not quotes or quotes[0].start != tokens[b + 1].start:
            return []
        out, pos = [], tokens[b + 1].start
        for q in quotes:
            if self.text[pos:q.start].strip(" ,") not in ("", "und", "sowie"):
                break
            out.append(q)
            pos = q.end
        return out if not any(ch.isalnum() for ch in self.text[pos:self.body_end]) else []

    def _prepositional_insert(self, k: int) -> int | None:
        """German: the closing comma of a prepositional phrase set off between commas after the comma at
        token k, when a reported clause follows it (", gegenüber der BBC, dass …")."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k + 1].lower not in INSERT_PREPOSITIONS:
            return None
        c = next((j for j in range(k + 2, min(len(tokens), k + 9)) if self.boundary[j]), None)
        return c if c is not None and tokens[c].text == "," and self._content_clause(c + 1) else None

    def _before_next_report(self, i: int, later: list[Cue]) -> int:
        """Where a sentence-wide content ends: before a later reporting clause of its own after a comma
        ("…, nach Angaben der Veranstalter 7.000 Menschen, die Polizei spricht von 4.000")."""
        for nc in later:
            if nc.kind not in ("verb", "so") or nc.index <= i:
                continue
            ca, _ = clause_bounds(self.boundary, nc.index)
            if ca > i + 1 and self.tokens[ca - 1].text == "," and not self.in_quote[ca - 1]:
                return self.tokens[ca - 1].start
        if self.lang == "de":
            _, b = clause_bounds(self.boundary, i)
            for c in range(b, len(self.tokens) - 1):
                if self.tokens[c].text == "," and self.boundary[c] \
                        and self.tokens[c + 1].lower in self.lex.words.get("temporal_subordinators", ()):
                    return self.tokens[c].start  # "…, bevor die Polizei eingriff": the writer's circumstance
        return self.body_end

    def _around(self, d: Draft, after: int) -> None:
        """„A“, sagte Trump, „B“: the quote after the reporting clause has the same speaker."""
        tokens = self.tokens
        k = after
        if d.cue.particle is not None and d.cue.particle >= k:
            k = d.cue.particle + 1  # "„A“, stellte Roth fest, …": past the verb's particle
        while k < len(tokens) and tokens[k].lower in ADVERBS_BEFORE_SECOND_QUOTE:
            k += 1
        if k + 1 < len(tokens) and tokens[k].text in (",", ":") and tokens[k + 1].text in QUOTE_MARKS:
            q = self._quote_starting_at(tokens[k + 1].start)
            if q is not None:
                d.quotes.append(q)
                if self.lang == "en" and len(d.quotes) == 2:
                    # English content is the discourse unit: one claim from the first part to the second
                    first = d.quotes[0]
                    d.quotes = [Quote(first.start, q.end, first.inner_start, q.inner_end)]
                    d.content = (first.inner_start, q.inner_end)
            return
        q = self._resumed_quote(k)
        if q is not None:
            d.quotes.append(q)

    def _resumed_quote(self, k: int) -> Quote | None:
        """„A“, so X, wird VW „B“.: a comma at token k, a few words outside quotes that go on with the sentence,
        and a quotation that ends it: the quotation after the reporting clause has the same speaker."""
        tokens, limit = self.tokens, self.lex.settings.get("resumed_quote_max_words", 0)
        if not limit or k >= len(tokens) or tokens[k].text != ",":
            return None
        j = k + 1
        while j < len(tokens) and j - k <= limit and tokens[j].text[:1].isalpha() and not self.in_quote[j]:
            j += 1
        if j == k + 1 or j - k > limit + 1 or j >= len(tokens) or tokens[j].text not in QUOTE_MARKS:
            return None
        q = self._quote_starting_at(tokens[j].start)
        if q is None or self.text[q.end:self.end].strip(" .!?") != "":
            return None
        return q

    def _coordinated_main_clause(self, a: int, f: int) -> bool:
        """German: "…, und das Hilfswerk rief …": a coordinator after a comma opens a main clause whose subject
        stands before the verb at f."""
        tokens = self.tokens
        return self.lang == "de" and a > 0 and tokens[a - 1].text == "," \
            and tokens[a].lower in self.lex.words["coordinators"] and tokens[a + 1].lower != "man" \
            and is_noun_phrase(tokens, a + 1, f, self.lex)  # "…, aber man deutete an": left to the "man" rules

    def _purpose_infinitive(self, cue: Cue, a: int) -> bool:
        """German: the cue is the "zu" infinitive of an "um"/"ohne" clause, which has no subject of its own."""
        tokens, i = self.tokens, cue.index
        word = tokens[i].lower
        at = word.find("zu", 2)
        fused = at > 0 and len(word) - at > 4 and self.lex.has("verb_particles", word[:at])  # "aufzufordern"
        return self.lang == "de" and self.lex.has("purpose_conjunctions", tokens[a].lower) \
            and (tokens[i - 1].lower == "zu" or fused)

    def _en_fronted_condition(self, k: int) -> bool:
        """English: "…, if elected, he would cut taxes": a condition from token k, then after its comma the
        reported main clause."""
        tokens = self.tokens
        if self.lang != "en" or k >= len(tokens) or not self.lex.has("fronted_conditions", tokens[k].lower):
            return False
        c = next((c for c in range(k + 1, min(len(tokens), k + 14)) if tokens[c].text in (",", ";", ":")
                  or self.in_quote[c]), None)
        return c is not None and tokens[c].text == "," and c + 1 < len(tokens) \
            and self._bare_clause((tokens[c + 1].start, self.body_end))

    def _conditional_clause(self, k: int) -> bool:
        """German: a verb-second clause from token k in Konjunktiv II ("…, da sie befürchten, viele könnten …"),
        not the verb-first main clause that follows a subordinate clause ("…, könnten sie …")."""
        from claims.mood import reported_mood

        tokens, lex = self.tokens, self.lex
        if k >= len(tokens) or not (tokens[k].text[:1].isupper() or tokens[k].lower in lex.words["articles"]
                                    or tokens[k].lower in lex.words["pronouns"]):
            return False
        _, b = clause_bounds(self.boundary, k)
        return reported_mood(tokens[k:b], self.in_quote[k:b], lex, strict=False) is not None

    def _own_content(self, cue: Cue, after_cue: int, later: list[Cue]) -> bool:
        """Whether the cue has content after it other than an apposition of its speaker."""
        span, clause = self._content_after(after_cue, cue, later)
        if span is None:
            return False
        tokens = self.tokens
        k = next((j for j, t in enumerate(tokens) if t.start >= span[0]), len(tokens))
        end = next((j for j, t in enumerate(tokens) if t.start >= span[1]), len(tokens))
        comma = next((j for j in range(k, end) if tokens[j].text == ","), end)
        if not clause and comma > k and is_noun_phrase(tokens, k, comma, self.lex):
            k = comma + 1  # the inverted speaker ("Davon geht Slobodan Samardzic, der Minister, aus")
        return not (k >= end or tokens[k - 1].text == "," and self._describes(k, end))

    def _until_main_clause(self, span: tuple[int, int]) -> tuple[int, int]:
        """German: a noun's complement clause ends where the main clause resumes with its verb or an adverb
        ("Trotz der Ankündigung, … zu beenden, kann die Mannschaft siegen")."""
        tokens, lex = self.tokens, self.lex
        for c, t in enumerate(tokens):
            if t.start <= span[0] or t.start >= span[1] or t.text != "," or not self.boundary[c] \
                    or c + 1 >= len(tokens):
                continue
            nxt = tokens[c + 1]
            infinitive = c >= 2 and (tokens[c - 2].lower == "zu" or tokens[c - 1].lower.startswith("zu")
                                     or re.fullmatch(r"\w+zu\w+en", tokens[c - 1].lower) is not None)
            if nxt.text[:1].islower() and (nxt.lower in lex.words["auxiliaries"] or nxt.lower in lex.verbs
                                           or nxt.lower in lex.words["prefield_adverbs"] or infinitive and not (
                        nxt.lower in lex.words["relatives"] or nxt.lower in lex.words["complementizers"]
                        or nxt.lower in lex.words["coordinators"] or nxt.lower in PREPOSITIONS_DE)):
                return trim_span(self.text, span[0], t.start) or span
        return span

    def _bare_clause(self, span: tuple[int, int]) -> bool:
        """English: content that reads as a clause without "that" ("the plan would fail")."""
        raw = self.text[span[0]:span[1]].split()[:14]
        words = [w.strip(",.;:\"“”") for w in raw]
        if len(words) < 3 or words[0].lower() in NOT_CLAUSE_START:
            return False
        if words[0].lower().endswith("ing"):
            return any(w.lower() in self.lex.words["finite_forms"] for w in words[1:])  # "adding salt is the simplest method"
        if self.lex.has("subject_pronouns", words[0].lower()) or words[0].lower().endswith(
                tuple(self.lex.words.get("contractions", ()))):
            return True  # "they really want …", "it'll be good"
        if words[0][:1].isupper() and words[1][:1].islower() and words[1].lower() not in NOT_CLAUSE_START \
                and words[1].lower() not in self.lex.words["articles"] and words[0].lower() not in \
                self.lex.words["articles"]:
            return True  # "Montalvo left …"
        in_phrase = False
        for k, w in enumerate(words[1:], start=1):
            low = w.lower()
            if low in self.lex.words["finite_forms"]:
                return True
            prev = words[k - 1].lower()
            in_phrase = in_phrase or self.lex.has("phrase_prepositions", prev)
            if prev in self.lex.words["articles"] or prev in NOT_CLAUSE_START:
                continue  # "its factories", "for reports": a noun after a determiner or preposition
            if prev in EN_WH_RELATIVES and k > 1:
                return False  # "a friend who loves …": the verb of a relative clause on the object
            if low in self.lex.verbs:
                return True
            participle = in_phrase and k + 1 < len(words) \
                and self.lex.has("phrase_prepositions", words[k + 1].lower())  # "problems connected with …"
            if w[:1].islower() and len(low) > 3 and (low.endswith("ed") and not participle or (
                    low.endswith("s") and not in_phrase and not low.endswith(("ss", "us", "is", "'s", "’s"))
                    and not self._plural_noun_at(words, raw, k))):
                return True
        return False

    @staticmethod
    def _plural_noun_at(words: list[str], raw: list[str], k: int) -> bool:
        """English: the -s word k ends a noun phrase rather than being a verb: it closes a list item or a
        phrase ("mutants, and …", "2000 words", "operators and mutants", "works of")."""
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        return raw[k][-1:] in ".;:" or nxt in EN_NOUN_FOLLOWERS or words[k - 1].isdigit() \
            or raw[k][-1:] == "," and k + 1 < len(raw) and raw[k + 1].lower() in EN_LIST_CONJUNCTIONS
