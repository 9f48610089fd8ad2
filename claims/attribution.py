"""Stage 4b: from a cue to its source phrase and its content span within one sentence.

German and English word order differ (V2 with inversion, verb-final subordinate clauses,
separable verbs vs. SVO); both are handled by reading the clause around the cue: what
stands before the finite verb (subject, adverbial, "wie", "und"), what follows it, and
whether the reporting clause trails the content ("…“, erklärte Trump.") or leads it.

The stages live in mixin modules: speaker_phrase (the source phrase), content_span (content bounds and
clause kinds), passive_reports (passive and impersonal reports), draft_checks (rejecting and adjusting drafts);
this module is the orchestrator that runs the draft loop over the cues of a sentence.
"""
from __future__ import annotations

import re

from claims.clauses import QUOTE_MARKS, boundaries, clause_bounds, content_start, meaningful_words, trim_span
from claims.content_span import ContentSpanMixin
from claims.cues import Cue, closing_pronoun, noun_holder
from claims.draft import Draft
from claims.draft_checks import DraftChecksMixin
from claims.function_words import (
    CONTENT_COMPLEMENTIZERS, DEMONSTRATIVES, IMPERSONAL_SOURCE_PREPS, INSERT_PREPOSITIONS, INVERTED_PRONOUN_SUBJECTS,
    OBJECT_ARTICLES, PASSIVE_AUX, PREPOSITIONS_DE, QUOTING_VERBS, SENTENCE_CONNECTIVES, SKIP_AFTER_SOURCE,
    SOURCE_PREPOSITIONS, SPEAKER_PRONOUNS, SUBJECT_RELATIVES_EN, TRAILING_ADVERBS,
)
from claims.lexicon import Lexicon
from claims.passive_reports import PassiveReportsMixin
from claims.quotes import Quote
from claims.sentences import Token
from claims.sources import is_noun_phrase, noun_phrase_after
from claims.speaker_phrase import SpeakerPhraseMixin

__all__ = ["Draft", "SentenceAttributor", "content_start"]


class SentenceAttributor(SpeakerPhraseMixin, ContentSpanMixin, PassiveReportsMixin, DraftChecksMixin):
    """Turns the cues of one sentence into drafts with source ranges and content spans."""

    def __init__(self, text: str, tokens: list[Token], in_quote: list[bool], quotes: list[Quote],
                 span: tuple[int, int], lex: Lexicon, prev_span: tuple[int, int] | None = None):
        self.text, self.tokens, self.in_quote, self.quotes, self.lex = text, tokens, in_quote, quotes, lex
        self.start, self.end = span
        self.body_start = content_start(text, *span)
        # the content of a sentence never includes its final punctuation
        e = self.end
        while e > self.start and text[e - 1] in ".!?… ":
            e -= 1
        self.body_end = e
        self.lang = lex.lang
        self.prev_span = prev_span
        self.boundary = boundaries(text, tokens, in_quote, quotes)

    # -- helpers ---------------------------------------------------------------------------
    def _quote_ending_at(self, pos: int) -> Quote | None:
        """A quote that closes at (or just before) character ``pos``."""
        for q in self.quotes:
            if q.end <= pos and pos - q.end <= 2 and q.end > self.start - 1:
                return q
            if q.inner_end <= pos <= q.end:
                return q
        return None

    def _quote_starting_at(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.start >= pos and q.start - pos <= 2 and q.start < self.end:
                return q
        return None

    # -- main ------------------------------------------------------------------------------
    def drafts(self, cues: list[Cue]) -> list[Draft]:
        out: list[Draft] = []
        for idx, cue in enumerate(cues):
            later = cues[idx + 1:]
            try:
                d = self._draft(cue, later, out)
            except IndexError:
                d = None
            if d is not None and self._claims_lives(cue):
                d = None  # "Das Erdbeben forderte 65 Menschenleben" reports nothing
            if d is not None and self._naming_participle(cue):
                d = None  # "Das Objekt, genannt 2003 EL61, …", "wie er genannt wird": a name, not a report
            if d is not None and self._empty_object(d):
                d = None  # "gab die Entscheidung bekannt": names a report but says nothing
            if d is not None and self._title_subject(d):
                d = None  # "Der Name lautet „…“": a name, not a claim
            if d is not None and self._interjection_before(d):
                d = None  # "Yeah, I know.": the words before the reporting clause are no claim
            if d is not None and self._single_word_content(d):
                d = None  # "You always say that.": a pronoun object, no reported content
            if d is not None and cue.kind in ("nach", "post", "prep", "according") \
                    and self.text[self.start:self.end].rstrip("“”\"»« ").endswith("?"):
                d = None  # a question ("Wie wiegt Ihrer Meinung nach …?") reports nothing
            if d is not None and d.content is not None and cue.kind == "verb" \
                    and cue.lemma in QUOTING_VERBS:
                self._quoted_person(d)
            if d is not None and d.content is not None and d.source is not None and self._disowning(cue):
                self._disowned_report(d)
            if d is not None and cue.whole:
                d = self._whole_act(d)
            if d is not None and d.act and d.content is not None:
                self._act_content(d)
            if d is not None and d.source is None and d.content is not None \
                    and any(p.content == d.content and p.source is not None for p in out):
                d = None  # "schrieb in einer Erklärung, die … veröffentlicht wurde, er wolle …": the writer's
            if d is not None and d.content is not None:
                if not d.clause and d.source and not d.inherit and d.source[1] <= cue.index \
                        and self.lex.settings.get("nominal_content_with_subject", False):
                    # "Die Firma forderte eine schnellere Entscheidung": the whole reported act
                    d.content = (min(d.content[0], self.tokens[d.source[0]].start), d.content[1])
                if not d.quotes:
                    q = self._quote_starting_at(d.content[0] - 1)
                    if q is not None and q.start <= d.content[0] and (
                            q.inner_end >= d.content[1] - 2 or q.end > self.end):
                        d.quotes = [q]
                second = self._reported_conjunct(d)
                out.extend(self._with_reported_relatives(d, cues))
                if second is not None:
                    out.append(second)
        return self._nest(self._laut_as_reporter(out))

    def _draft(self, cue: Cue, later: list[Cue], previous: list[Draft]) -> Draft | None:
        tokens, lex = self.tokens, self.lex
        i = cue.index
        last = cue.end_index if cue.end_index is not None else i
        a, b = clause_bounds(self.boundary, i, last)
        if cue.kind in ("prep", "nach", "according"):
            np_from = last + 1
            rng = noun_phrase_after(tokens, np_from, lex, skip_adverbs=False)
            if rng is None and cue.kind == "prep" and self._lowercase_name(np_from):
                rng = (np_from, np_from + 1)  # "laut taz", "laut dpa"
            name = rng
            if cue.kind == "nach":
                if rng is None and np_from < len(tokens) and tokens[np_from].lower == "von":
                    rng = noun_phrase_after(tokens, np_from + 1, lex, skip_adverbs=False)  # "Angaben von X"
                    rng = (np_from, rng[1]) if rng else None
                name = rng if rng and rng[0] == np_from else (last, last + 1)
                rng = (i + 1, name[1])
                name = self._possessor_subject(rng) or name  # "nach eigenen Angaben": the subject's
            if rng is None:
                return None
            if self.lang == "en" and cue.kind == "according":
                rng = self._en_noun_tail(rng)
            named = self._quoted_name_after(rng[1])
            if named is not None:
                rng, name = (rng[0], named), (name[0], named)  # "Laut einem Test des Magazins „auto motor sport“"
            if i == a and tokens[i].start <= self.body_start + 1:
                rng = self._with_attribute_phrase(rng)
            d = Draft(cue, source=rng, name=name)
            if i == a and tokens[i].start <= self.body_start + 1:
                end = self._apposition_after(rng[1])
                if end is not None:
                    d.source = (rng[0], end)  # "Nach Angaben von X, einem Manager der Firma, wurde …"
                    d.name = name
                    if end - rng[1] <= 5 and all(t.text[:1].isupper() for t in tokens[rng[1] + 1:end]):
                        d.name = (name[0], end)  # "Nach Angaben des Direktors der Firma, Jan Wolf, …": his name
                d.content, _ = self._content_after(end if end is not None else rng[1], cue, later)
            elif i == a and a > 0 and self.lang == "de" and meaningful_words(tokens, rng[1], b, lex) >= 3:
                # "…, nach neuesten Erkenntnissen habe ein Unbekannter …": the clause goes on after the source
                d.content, _ = self._content_after(rng[1], cue, later)
            elif i == a and a > 0 and self._en_split_subject(a, rng[1]):
                d.content = trim_span(self.text, self.body_start, self.body_end)  # "X, according to Y, will …"
            elif i == a and a > 0:
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                if self.lang == "en" and self._interjection_before(d, "according"):
                    d.content, _ = self._content_after(rng[1], cue, later)  # "Moreover, according to X, …"
                    d.trailing = False
            else:
                d.content = self._parenthetical_rest(i, rng[1]) or self._embedding_clause(a, b) \
                    or self._after_fronted_source(i, rng[1]) or trim_span(
                    self.text, self.body_start, self._before_next_report(i, later))
            return d
        if cue.kind == "noun":
            # "Hugo Chávez vertritt die Ansicht, dass …": the sentence's subject holds the view
            d = Draft(cue, clause=True)
            holder = noun_holder(tokens, i, lex)
            if holder is not None:
                # "die Forderung der Partei, die Bank zu boykottieren": the genitive names who demands
                d.source = (holder[0], holder[1])
                d.content, _ = self._content_after(holder[2], cue, later)
                if d.content is not None:
                    d.content = self._until_main_clause(d.content)
                return d
            d.content, _ = self._content_after(i + 1, cue, later)
            k = 0
            while k < i and tokens[k].start < self.body_start:
                k += 1
            rng = noun_phrase_after(tokens, k, lex, skip_adverbs=False, limit=i)
            if rng is None:
                # "Einige vertreten die Ansicht, …", "22 Prozent teilen die Meinung, …"
                rng = next(((k, j) for j in (k + 1, k + 2) if j < i and is_noun_phrase(tokens, k, j, lex)), None)
            adverb_first = self.lang == "de" and k + 1 < i and lex.has("prefield_adverbs", tokens[k].lower) \
                and tokens[k + 1].text[:1].islower() and not any(t.text == "," for t in tokens[k:i])
            if (rng is None or adverb_first) and self.lang == "de" and i >= 2 and (
                    tokens[i - 2].lower == "mit" or adverb_first):
                # "Am Dienstag zog X das Angebot mit der Begründung zurück", "So fassten die Grünen den Beschluss, …"
                inverted = self._inverted_subject_before(k, i)
                if inverted is not None:
                    d.source = inverted
                    d.content = self._until_main_clause(d.content) if d.content is not None else None
                    return d
            if rng is None or rng[1] >= i - 1 or tokens[rng[1]].text[:1].isupper() or not is_noun_phrase(
                    tokens, rng[0], rng[1], lex):
                return None
            d.source = rng
            if d.content is not None:
                d.content = self._until_main_clause(d.content)
            return d
        if cue.kind == "relative" and cue.end_index is not None:
            # "Es gibt Gerüchte, nach denen …": the pronoun is the source, the noun before the comma names it
            d = Draft(cue, source=(cue.end_index, cue.end_index + 1), clause=True)
            d.name = self._np_before(i - 1, 0)
            if d.name is None and i >= 3 and tokens[i - 2].text[:1].islower() and len(tokens[i - 2].text) <= 6:
                d.name = self._np_before(i - 2, 0)  # "liegt ein Gutachten vor, laut dem …"
            elif d.name is None and i >= 4 and re.fullmatch(r"\w*ge\w+t", tokens[i - 2].lower) \
                    and tokens[i - 4].lower in lex.words["articles"]:
                d.name = (i - 4, i - 2)  # "hatte eine Klageschrift eingereicht, nach der …"
            if d.name is not None and d.name[0] > 1 and tokens[d.name[0] - 1].lower in INSERT_PREPOSITIONS \
                    and not self._report_head(d.name):
                d.name = self._np_before(d.name[0] - 1, 0) or d.name  # "die Umfragen im Land, nach denen …"
            if d.name is None or not tokens[d.name[1] - 1].text[:1].isupper():
                return None
            head = tokens[d.name[1] - 1].lower
            if lex.has("nach_words", cue.text.lower()) and not any(
                    head == r or head.endswith(r) for r in lex.words["report_nouns"]):
                return None  # "die Tür, nach der er suchte" is no report
            _, end = clause_bounds(self.boundary, cue.end_index + 1)
            stop = self.tokens[end].start if end < len(tokens) else self.body_end
            d.content = trim_span(self.text, tokens[cue.end_index + 1].start, min(stop, self.body_end))
            return d
        if cue.kind == "relative":
            # "Ein Bericht der Agentur, wonach X festgenommen worden sei, …": the noun before the comma is the source
            rng = self._np_before(i - 1, 0)
            if rng is None and i >= 3 and tokens[i - 2].text[:1].islower() and len(tokens[i - 2].text) <= 6:
                rng = self._np_before(i - 2, 0)  # "schließt sich dem Verdacht der Kritiker an, wonach …"
            if rng is None or not self._name_ends(rng):
                return None
            d = Draft(cue, source=rng, clause=True)
            _, end = clause_bounds(self.boundary, i + 1)
            stop = self.tokens[end].start if end < len(tokens) else self.body_end
            d.content = trim_span(self.text, tokens[i + 1].start, min(stop, self.body_end))
            return d
        if cue.kind == "anaphoric":
            # "Demnach hätten sich die Menschen …": the source is the one named before
            d = Draft(cue, source=(i, i + 1), anaphoric=True)
            if tokens[i].start <= self.body_start + 1:
                d.content = trim_span(self.text, tokens[i].end, self.body_end)
            else:
                d.content = trim_span(self.text, self.body_start, self.body_end)
            return d
        if cue.kind == "post":
            rng = self._np_before(i, a, opened_by_article=True)
            if rng is None:
                return None
            d = Draft(cue, source=rng, name=self._possessor_subject(rng))
            if rng[0] == a and tokens[a].start <= self.body_start + 1:
                d.content, _ = self._content_after(i + 1, cue, later)
            elif rng[0] == a and a > 0:
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
            else:
                d.content = self._embedding_clause(a, b) or trim_span(self.text, self.body_start, self.body_end)
            return d
        if cue.kind == "so":
            rng = noun_phrase_after(tokens, i + 1, lex, skip_adverbs=False)
            if rng is None and closing_pronoun(tokens, i + 1, lex):
                rng = (i + 1, i + 2)  # "„…“, so letztere."
            if rng is None or a == 0:
                return None
            d = Draft(cue, source=rng, trailing=True)
            if not self._trailing(rng[1], a) and not (self.lang == "de" and self._source_tail(rng[1])
                                                       and self._has_finite_verb(0, a - 1)):
                # "Das Problem sei, so der Präsident, dass …": an insertion; the sentence is the content
                d.content = trim_span(self.text, self.body_start, self.body_end)
                d.trailing = False
                return d
            d.content, d.quotes = self._content_before(a - 1)
            self._around(d, rng[1])
            return d
        if cue.kind == "reason":
            # "Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe": the subject's reason
            d = Draft(cue, source=self._main_clause_subject(i), clause=True)
            if d.source is None or any(p.cue.kind != "reason" and p.content and p.content[1] > tokens[i].start
                                       for p in previous):
                return None
            _, end = clause_bounds(self.boundary, i)
            while end + 1 < len(tokens) and tokens[end].text == "," \
                    and tokens[end + 1].lower in lex.words["complementizers"]:
                _, end = clause_bounds(self.boundary, end + 1)  # "weil es zeige, dass …"
            stop = tokens[end].start if end < len(tokens) else self.body_end
            d.content = trim_span(self.text, tokens[i].start, min(stop, self.body_end))
            return d
        if cue.kind == "impersonal" and cue.lemma is not None:
            # "Im April wurde bekannt, dass …", "Wie heute bekannt wurde, …": no one named, the clause after it
            d = Draft(cue)
            d.content, clause = self._content_after(last + 1, cue, later)
            return d if clause else None
        if cue.kind == "impersonal":
            d = Draft(cue)
            # "In einem Papier des Ministeriums heißt es, …" / "heißt es in dem Schreiben: …"
            if a < i and tokens[a].lower in IMPERSONAL_SOURCE_PREPS and self._document_antecedent(a) is not None:
                # "eine Erklärung, in der es heißt, …": the document before the relative clause
                d.source = self._document_antecedent(a)
                d.content, _ = self._content_after(last + 1, cue, later)
                return d
            if cue.text.lower() in ("es heißt", "es hieß"):
                # elsewhere "es heißt" is read as the verb it holds ("und es heißt nun, dass …")
                verb = tokens[cue.end_index]
                return self._verb_draft(Cue("verb", cue.end_index, verb.start, verb.end, verb.text, weak=True,
                                            lemma="heißen"), a, b, later, previous)
            if a < i and tokens[a].lower in IMPERSONAL_SOURCE_PREPS:
                d.source = noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=i)
            elif (p := self._preposition_after(last)) is not None:
                d.source = noun_phrase_after(tokens, p + 1, lex, skip_adverbs=False) or self._report_phrase(p + 1)
                if d.source is not None:
                    last = d.source[1] - 1
                    while last + 1 < len(tokens) and tokens[last + 1].lower in SKIP_AFTER_SOURCE:
                        last += 1
            fronted = self._prepositional_prefield(a) if self.lang == "de" and a == i and a > 0 else None
            if fronted is not None and d.source is None:
                d.source = noun_phrase_after(tokens, fronted + 1, lex, skip_adverbs=False, limit=a - 1)
            if fronted is None and (a == i and a > 0 or (a < i and tokens[a - 1].text == "," if a > 0 else False)):
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
            else:
                d.content, _ = self._content_after(last + 1, cue, later)
            return d
        return self._verb_draft(cue, a, b, later, previous)

    def _en_noun_tail(self, rng: tuple[int, int]) -> tuple[int, int]:
        """English: the source phrase with up to two lowercase cue words after it that end at a comma: nouns here
        ("according to the police report, …")."""
        tokens, k = self.tokens, rng[1]
        while k < len(tokens) and k - rng[1] < 2 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].lower in self.lex.verbs:
            k += 1
        return (rng[0], k) if k < len(tokens) and tokens[k].text == "," else rng

    def _en_infinitive_head(self, a: int, f: int) -> int:
        """English: the start of the verb group that governs a "to" infinitive cue at f ("went on to say",
        "continued to insist"), whose subject is the speaker; else f."""
        tokens, lex = self.tokens, self.lex
        if f - 2 < a or tokens[f - 1].lower != "to":
            return f
        h = f - 2
        if tokens[h].lower == "on" and h - 1 >= a and lex.has("infinitive_report_heads", tokens[h - 1].lower + "_on"):
            h -= 1  # "went on to say"
        elif not lex.has("infinitive_report_heads", tokens[h].lower):
            return f
        while h > a and tokens[h - 1].lower in lex.words["auxiliaries"]:
            h -= 1
        return h

    def _en_imperative(self, cue: Cue) -> bool:
        """English: the cue is a base-form verb that opens its sentence after at most opener words and commas
        ("Remember that …", "Uh, suppose …", "Please note …"): an imperative with no subject."""
        tokens, i = self.tokens, cue.index
        if self.lang != "en" or cue.kind != "verb" or cue.lemma != tokens[i].lower or self.in_quote[i]:
            return False
        before = [t for t in tokens[:i] if t.start >= self.body_start]
        return all(t.text == "," or self.lex.has("imperative_openers", t.lower) for t in before) \
            and (not before or before[-1].text == "," or self.lex.has("imperative_openers", before[-1].lower))

    def _en_split_subject(self, a: int, after: int) -> bool:
        """English: a reporting insertion between commas at tokens a..after splits the sentence's subject
        from its verb ("The tax, according to officials, will rise"): the content is the whole sentence."""
        tokens = self.tokens
        start = next((k for k, t in enumerate(tokens) if t.start >= self.body_start), a)
        return self.lang == "en" and tokens[a - 1].text == "," and after + 2 < len(tokens) \
            and tokens[after].text == "," and start < a - 1 and is_noun_phrase(tokens, start, a - 1, self.lex) \
            and not self._en_adverbial_segment(start, a - 1) and not self._introductory(start) \
            and meaningful_words(tokens, after + 1, len(tokens), self.lex) >= 2

    def _verb_draft(self, cue: Cue, a: int, b: int, later: list[Cue], previous: list[Draft]) -> Draft | None:
        tokens, lex = self.tokens, self.lex
        i = cue.index
        f = i
        if self.lang == "de":
            for k in range(a, i):
                if tokens[k].lower in lex.words["auxiliaries"] and tokens[k].text[:1].islower():
                    f = k
                    break
        else:
            while f > a and tokens[f - 1].lower in lex.words["auxiliaries"]:
                f -= 1
            f = self._en_infinitive_head(a, f)
        while a < f - 1 and (tokens[a].lower in lex.words["coordinators"] or tokens[a].lower == "denn") \
                and (tokens[a].text[:1].isupper() or self._coordinated_main_clause(a, f)):
            a += 1  # "Aber man betont auch, …", "…, und der Sprecher sagte, …"
        first = tokens[a].lower if a < f else None
        if self.lang == "de" and f == i and self._passive_list_tail(a, i, b):
            return None
        if first is not None and self._purpose_infinitive(cue, a):
            return None  # "…, um die Regierung aufzufordern, …": an intention, its noun phrase is the object
        if self.lang == "de" and i > 0 and tokens[i - 1].lower == "zu":
            return self._governed_infinitive_draft(cue, later)
        d = Draft(cue)
        after_cue = (cue.particle + 1) if (cue.particle is not None and self.lang == "en") else i + 1
        if self._en_imperative(cue):
            return None  # "Please note that …", "Now, imagine …": the writer's directive, nobody's claim
        if first is not None and (first in lex.words["as_words"]):
            # "wie die Polizei mitteilte, …" / "…, as the company said." / "wie aus Kreisen verlautete"
            start = a + 1
            if self.lang == "de" and start + 1 < i and tokens[start].lower == "sich" \
                    and tokens[start + 1].lower in SOURCE_PREPOSITIONS:
                start += 1  # "Wie sich aus dem Bericht ergab"
            start = start + 1 if start < i and tokens[start].lower in SOURCE_PREPOSITIONS else start
            while self.lang == "de" and start < i - 1 and tokens[start].lower in TRAILING_ADVERBS:
                start += 1  # "Wie schon die WHO sagte"
            rng = self._passive_agent_in(cue, start, b) or noun_phrase_after(tokens, start, lex, skip_adverbs=False,
                                                                           limit=i)
            if rng is None:
                return None
            while self.lang == "en" and rng[1] - rng[0] > 1 and tokens[rng[1] - 1].lower.endswith("ly") \
                    and tokens[rng[1] - 1].text[:1].islower():
                rng = (rng[0], rng[1] - 1)  # "as the minister rightly said": the adverb is not the speaker's
            d.source = rng
            if a == 0 or tokens[a].start <= self.body_start or all(
                    t.lower in SENTENCE_CONNECTIVES
                    for t in tokens[:a] if t.start >= self.body_start):
                k = b
                while k < len(tokens) and tokens[k].text in (",",):
                    k += 1
                d.content = trim_span(self.text, tokens[k].start, self.body_end) if k < len(tokens) else None
            else:
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
            return d
        after_comma = a > 0 and tokens[a - 1].text == ","
        subordinate = first is not None and first in lex.words["subordinators"] and first not in lex.words["articles"]
        if first is not None and first in lex.words["relatives"] and after_comma and self.lang == "de" and \
                not all(t.lower in lex.words["auxiliaries"] or k == cue.particle or not t.text[:1].isalnum()
                        for k, t in enumerate(tokens[i + 1:b], start=i + 1)):
            after_comma = False  # "Dolkun Isa, der Sekretär des Kongresses sagte gegenüber …": an apposition
        if subordinate and self.lang == "de":
            verb_final = all(t.lower in lex.words["auxiliaries"] or k == cue.particle or not t.text[:1].isalnum()
                             for k, t in enumerate(tokens[i + 1:b], start=i + 1))
            if not verb_final or f < i and tokens[f].lower in PASSIVE_AUX \
                    or f == i and tokens[i - 1].lower in lex.words["coordinators"] \
                    and lex.has("comparison_particles", first):
                # "Als Grund gab die Schule an, …", "Als Grund wurde genannt, …", "Als Beispiel nannte er …
                # und führte aus, …": a prepositional "als"
                subordinate = False
            elif i + 1 < b and tokens[i + 1].lower in PASSIVE_AUX and not lex.has("comparison_particles", first):
                return self._subordinate_passive(cue, a, b)
            elif first not in CONTENT_COMPLEMENTIZERS:
                # "…, da sie befürchtete, man wolle …": speaker in the subordinate clause, content after it
                rng = noun_phrase_after(tokens, a + 1, lex, limit=f if f < i else i)
                colon_quote = b + 1 < len(tokens) and tokens[b].text == ":" and tokens[b + 1].text in QUOTE_MARKS
                if rng is None or b >= len(tokens) or tokens[b].text != "," and not colon_quote \
                        or not colon_quote and not self._content_clause(b + 1) \
                        and not self._zu_infinitive(b + 1) and not (not cue.weak and self._conditional_clause(b + 1)) \
                        or tokens[rng[0]].lower in OBJECT_ARTICLES:
                    return None
                d.source = rng
                d.content = trim_span(self.text, tokens[b + 1].start, self.body_end)
                if d.content is not None and not colon_quote:
                    d.content = self._until_main_clause(d.content)  # "Während X ankündigte, …, stellt sich Y …"
                return d
        if first is not None and after_comma and self.lang == "de" and (
                first in lex.words["relatives"] or first in PREPOSITIONS_DE and a + 1 < f
                and tokens[a + 1].lower in lex.words["relatives"]):
            rel = self._relative_report(cue, a if first in lex.words["relatives"] else a + 1, b)
            if rel is None and first in lex.words["relatives"]:
                rel = self._relative_passive(cue, a, i, b)
            if rel is None and first in lex.words.get("report_prepositions", ()):
                rel = self._passive_in_document(cue, a, i, b)
            if rel is not None:
                return rel
        if first is not None and not (self.lang == "en" and first in SUBJECT_RELATIVES_EN and f - a == 1) and (
                subordinate or first in lex.words["relatives"] and after_comma):
            return None
        if first is not None and f > a and tokens[f - 1].lower in lex.words["coordinators"]:
            # "… und kündigte … an": the subject of the previous verb
            if previous:
                d.source = previous[-1].source
                d.inherit = True
            elif f - a > 1:
                d.source = noun_phrase_after(tokens, a, lex, limit=f)  # "Auch der Minister … und sagte"
                if d.source is not None and d.source[0] > a + 1:
                    d.source = None
            else:
                d.source = noun_phrase_after(tokens, f + 1, lex)
            if d.source is None and self.lang == "de":
                d.source = self._first_conjunct_subject(a, f)
            if d.source is None:
                return None
            d.content, clause = self._content_after(after_cue, cue, later)
            return d if self._enough(d, clause) else None
        passive = self.lang == "de" and (
            (f < i and tokens[f].lower in PASSIVE_AUX) or (i + 1 < len(tokens) and tokens[i + 1].lower == "worden")
            or self._state_passive(cue, f))
        if passive and first is None and cue.lemma in QUOTING_VERBS and 0 < a == f < i - 1 and (
                tokens[a - 1].text == "," or tokens[a - 1].text in QUOTE_MARKS):
            quoted = self._quoted_before(d, a, f, i)
            if quoted is not None:
                return quoted
        if passive:
            # "… werden aufgefordert, …", "wurde bekannt gegeben, dass …": no speaker named
            if first is not None and first in lex.words["relatives"] and after_comma:
                return None
            d.source = self._passive_source(cue, a, f)
            d.content, clause = self._content_after(after_cue, cue, later)
            if not clause and first is not None and f - a == 1 and first in DEMONSTRATIVES and self.prev_span \
                    and tokens[a].start <= self.body_start and d.source is not None:
                # "Das wurde vom Presseamt am Montag bekannt gegeben.": the content is the previous sentence
                d.content, d.trailing = trim_span(self.text, *self.prev_span), True
                return d
            if clause and self.lang == "de" and d.content is not None and not self._passive_content_ok(d):
                return None
            agent = d.source is not None and self._named_agent(d.source) and tokens[i - 1].lower != "nicht"
            if d.content is None and cue.act and agent:
                d.content = trim_span(self.text, tokens[a].start, tokens[i].end)  # the participle ends the clause
            if not clause and cue.act and d.content is not None and agent and not self._quotes_within(d.content):
                d.act = True  # "Die Forderung wurde vom Minister als unrealistisch bezeichnet"
                return d
            return d if clause else None
        if first is not None and f - a == 1 and lex.has("anaphoric_objects", first) and self.prev_span \
                and tokens[a].start <= self.body_start and not self._own_content(cue, after_cue, later):
            first = "dies"  # "Davon geht der Minister aus.": the previous sentence, as with "Dies"
        if first is not None and f - a == 1 and first in DEMONSTRATIVES and self.prev_span \
                and tokens[a].start <= self.body_start:
            # "Dies gab Airbus bekannt.": the content is the previous sentence
            rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
            if rng is None and f + 2 < len(tokens) and tokens[f + 1].lower in SOURCE_PREPOSITIONS:
                rng = noun_phrase_after(tokens, f + 2, lex, skip_adverbs=False,
                                        limit=cue.particle)  # "Dies geht aus einer Mitteilung hervor."
            if rng is None:
                return None
            d.source = rng
            d.content = trim_span(self.text, *self.prev_span)
            d.trailing = True
            return d
        if first is not None and f - a == 1 and first in DEMONSTRATIVES and self.lang == "de" and a > 1 \
                and tokens[a - 1].text == "," and tokens[0].start >= self.body_start:
            # "Die Kamera ist ausgefallen, das teilte das Institut mit.": the clause before is the content
            rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
            if rng is None:
                return None
            d.source = rng
            d.content = trim_span(self.text, self.body_start, tokens[a - 1].start)
            d.trailing = True
            return d
        if (first is None or self._adjuncts_before(a, f)) and self.lang == "de" and a > 1 \
                and tokens[a - 1].text == ",":
            # "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, …": "wie" before an apposition
            k = a - 1
            for _ in range(3):
                a2, _b2 = clause_bounds(self.boundary, k - 1)
                if a2 < k - 1 and tokens[a2].lower in lex.words["as_words"]:
                    rng = noun_phrase_after(tokens, a2 + 1, lex, skip_adverbs=False, limit=k)
                    if rng is None:
                        break
                    d.source = (rng[0], a - 1)
                    last = max(c for c in range(rng[0], a - 1) if tokens[c].text == ",") if any(
                        tokens[c].text == "," for c in range(rng[0], a - 1)) else None
                    tail = (last + 1, a - 1) if last is not None else None
                    d.name = tail if tail and all(t.text[:1].isupper() for t in tokens[tail[0]:tail[1]]) else rng
                    if tokens[a2].start <= self.body_start:
                        k = b
                        while k < len(tokens) and tokens[k].text == ",":
                            k += 1
                        d.content = trim_span(self.text, tokens[k].start, self.body_end) if k < len(tokens) \
                            else None
                    else:
                        d.content, d.quotes = self._content_before(a2 - 1)
                        d.trailing = True
                    return d
                if a2 == 0 or tokens[a2 - 1].text != ",":
                    break
                k = a2 - 1
        if first is None:
            # "Frank Sichau, der als Sprecher fungiert, erklärte, …": subject before insertions
            nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if self.lang == "en" and i + 2 < len(tokens) and tokens[i + 2].text[:1].isalnum():
                nxt = ""  # "John Smith, who …, said he was tired": the pronoun opens the content clause
            rng = None if nxt in lex.words["person_pronouns"] or nxt in SPEAKER_PRONOUNS \
                else self._subject_before_insertions(a) or self._subject_after_auxiliary(a)
            if rng is not None and self._fronted_act_object(cue, rng, f):
                rng = None  # "Die Zahl der Menschen, die …, bezifferte die Agentur …": the subject follows
            if rng is not None:
                d.source = rng
                if rng[1] + 1 < a - 1 and tokens[rng[1]].text == "," and a - 1 - rng[1] <= 5 \
                        and all(t.text[:1].isupper() for t in tokens[rng[1] + 1:a - 1]):
                    d.source, d.name = (rng[0], a - 1), (rng[1] + 1, a - 1)  # "Der Direktor …, Bambang Suryo Aji,"
                d.content, clause = self._content_after(after_cue, cue, later)
                return d if self._enough(d, clause) else None
            # cue clause-initial: inverted subject ("…, erklärte Trump", "…," said Smith)
            rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
            if rng is None and f < i:
                rng = noun_phrase_after(tokens, i + 1, lex)
            if rng is None and cue.particle is not None and cue.particle > i + 2 and self.lang == "de" \
                    and tokens[i + 1].lower in lex.words["articles"] and cue.particle >= len(tokens) - 2:
                rng = (i + 1, cue.particle)  # "…, teilte die zur Universität gehörende Hoover Institution mit."
            if rng is None and self.lang == "de" and f == i:
                shared = self._shared_subject(a)
                if shared is not None:  # "Die UN bestätigten den Vorfall, teilten jedoch mit, …"
                    d.source, d.inherit = shared, True
                    d.content, clause = self._content_after(after_cue, cue, later)
                    return d if clause and self._enough(d, clause) else None
            if rng is None:
                return None
            d.source = rng
            if self._trailing(max(rng[1], i + 1), a):
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                self._around(d, rng[1])
                return d
            d.content, clause = self._content_after(max(rng[1], after_cue), cue, later)
            return d if self._enough(d, clause) else None
        if self.lang == "de" and cue.preposition is not None and first == cue.preposition and a == 0 and f == i:
            # "Von einer „gezielten Indiskretion“ sprach der Politiker": the fronted object is the content
            rng = noun_phrase_after(tokens, i + 1, lex)
            if rng is None:
                return None
            d.source = rng
            d.content = trim_span(self.text, tokens[a].start, tokens[f - 1].end)
            d.clause = False
            return d
        if self.lang == "de" and first is not None and f + 1 < len(tokens) and f + 1 <= i + 1 \
                and tokens[f + 1].lower in INVERTED_PRONOUN_SUBJECTS \
                and first not in lex.words["pronouns"] and tokens[a].start >= self.body_start:
            # "Der Politik schlug er vor, …", "Als Beispiel führte er an, …": the pronoun after the verb is the
            # subject
            d.source = (f + 1, f + 2)
            if tokens[f + 1].lower == "man" and first in lex.words.get("report_prepositions", ()):
                # "In dem Schreiben forderte man …": the document speaks, "man" names no one
                doc = noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)
                if doc is not None and any(tokens[doc[1] - 1].lower.endswith(r) for r in lex.words["report_nouns"]):
                    d.source = doc
            d.content, clause = self._content_after(max(f + 2, after_cue), cue, later)
            if d.content is None and f < i:
                d.content, clause = self._middle_field(f + 2, i, cue), False
            return d if self._enough(d, clause) else None
        f_np = f
        while self.lang == "de" and f_np - 1 > a and tokens[f_np - 1].lower in TRAILING_ADVERBS:
            f_np -= 1  # "Die Kanadier hingegen sagen, …"
        fronted_object = cue.act and tokens[a].lower in OBJECT_ARTICLES  # "Den Schaden schätzt die Polizei auf …"
        fronted_object = fronted_object or self._participle_adverbial(a, f_np)  # no subject in the prefield
        fronted_object = fronted_object or self._inverted_act_subject(cue, a, f)
        fronted_object = fronted_object or a < f_np and self._fronted_act_object(cue, (a, f_np), f)
        if not fronted_object and (is_noun_phrase(tokens, a, f_np, lex) or self._focused_subject(a, f_np)) \
                or (self.lang == "en" and self._en_subject(a, f)):
            lo = a
            while lo < f_np - 1 and (tokens[lo].lower in lex.words["prefield_adverbs"]
                                     or lex.has("subject_focus_particles", tokens[lo].lower)):
                lo += 1
            d.source = self._en_subject(a, f) if self.lang == "en" else (lo, f_np)
            if d.source is None:
                return None
            governs = cue.preposition is not None and after_cue < len(tokens) \
                and tokens[after_cue].lower == cue.preposition  # "…, die Polizei spricht von 4.000"
            if a > 0 and not governs and self._trailing(after_cue, a) and tokens[a - 1].start >= self.body_start \
                    and not (f < i and self._middle_field(f + 1, i, cue)):
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                if self.lang == "en":
                    self._around(d, after_cue)  # "“A,” the mayor said, “B.”"
                return d
            d.content, clause = self._content_after(after_cue, cue, later)
            if d.content is None and f < i:
                d.content, clause = self._middle_field(f + 1, i, cue), False
            if d.content is None and self._sentence_final_parenthetical(d, a, after_cue):
                return d
            return d if self._enough(d, clause) else None
        if self.lang == "en":
            rng = self._en_subject(a, f)
            if rng is None:
                return None
            d.source = rng
            d.content, clause = self._content_after(after_cue, cue, later)
            return d if self._enough(d, clause) else None
        if first == "so" and f - a == 1 and a > 0:
            # "„…“, so charakterisierte ihn der Funktionär X": the quote before is the content
            rng = noun_phrase_after(tokens, f + 1, lex)
            if rng is not None and tokens[a - 1].start >= self.body_start:
                d.source = rng
                if self.lang == "de" and b + 1 < len(tokens) and tokens[b].text == "," \
                        and meaningful_words(tokens, b + 1, len(tokens), lex) >= 2 and not self._adverbial_clause(b + 1):
                    # "In zehn Jahren, so schätzen die Forscher, soll …": an insertion; the sentence is the content
                    d.content = trim_span(self.text, self.body_start, self.body_end)
                    return d
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                return d
        # adverbial prefield, inverted subject after the finite verb
        rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
        if rng is None and first in SOURCE_PREPOSITIONS:
            rng = noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)  # "Aus Militärkreisen verlautete"
        if rng is None:
            return None
        d.source = rng
        start_after = max(after_cue, self._past_laut(rng[1])) if f == i else after_cue
        d.content, clause = self._content_after(start_after, cue, later)
        if d.content is None and f < i and rng[1] < i:
            d.content, clause = self._middle_field(rng[1], i, cue), False
        return d if self._enough(d, clause) else None

    def _nest(self, drafts: list[Draft]) -> list[Draft]:
        """A trailing reporter around other attributions is their ``reported_by``, not a claim."""
        trailing = [d for d in drafts if d.trailing and d.cue.kind in ("verb", "as") and not d.quotes]
        if not trailing:
            return drafts
        out = []
        for d in drafts:
            if d in trailing:
                inner = [o for o in drafts if o is not d and not o.trailing and o.cue.index < d.cue.index]
                if inner:
                    for o in inner:
                        o.reported_by = d  # resolved to a name by the caller
                    continue
            out.append(d)
        return out
