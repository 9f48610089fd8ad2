"""Checks and rewrites of a draft once its cue clause is read.

A draft can report nothing (single-word or empty-object content, "fordern" with casualties), be disowned by
its subject ("wies den Bericht zurück"), be a reported act whose whole clause is the content, or hold
relative clauses and conjuncts that are reports of their own; these methods decide and adjust.
"""
from __future__ import annotations

import re

from claims.clauses import ADJ_ENDING, QUOTE_MARKS, clause_bounds, meaningful_words, trim_span
from claims.cues import Cue
from claims.draft import Draft
from claims.function_words import (
    CASUALTY_LINKS, CONTRACTED_PREPOSITIONS, DEMONSTRATIVES, FIRST_PERSON, FREE_RELATIVES, PREPOSITIONS_DE,
)


class DraftChecksMixin:
    """Deciding whether a draft reports something and adjusting or adding drafts for acts, relatives, conjuncts.

    Mixed into claims.attribution.SentenceAttributor; reads its sentence state (tokens, lex, boundary, quotes).
    """

    def _with_reported_relatives(self, d: Draft, cues: list[Cue]) -> list[Draft]:
        """``d`` and the Konjunktiv relative clauses of its noun-phrase content as drafts of their own ("prangert
        Morde an, die … verübt würden": the relative clause is the report); the object noun phrase before them stays
        a claim only when it holds a quotation or is the subject's whole act."""
        relatives = self._reported_relatives(d, cues)
        if not relatives:
            return [d]
        kept = trim_span(self.text, d.content[0], relatives[0].content[0])
        if kept is None or not (d.act or self._quotes_within(kept)):
            return relatives
        d.content = kept
        return [d, *relatives]

    def _reported_relatives(self, d: Draft, cues: list[Cue]) -> list[Draft]:
        """German: "kündigte einen Vorschlag an, der das Abkommen untergraben werde": a relative clause in
        Konjunktiv I on the noun-phrase content of a verb cue reports the speaker's words, a claim of its own.
        (Inside a reported clause a relative clause is part of that clause's content.)"""
        from claims.mood import reported_mood

        tokens, lex = self.tokens, self.lex
        if self.lang != "de" or d.cue.kind != "verb" or d.clause or d.source is None or d.quotes or d.trailing:
            return []
        out = []
        for c in range(d.cue.index + 1, len(tokens) - 2):
            if tokens[c].text != "," or not self.boundary[c] or not d.content[0] <= tokens[c].start <= d.content[1] + 1:
                continue
            k = c + 1
            if tokens[k].lower in PREPOSITIONS_DE and tokens[k + 1].lower in lex.words["relatives"]:
                k += 1  # "…, für die ein unzulänglicher Gesetzesrahmen verantwortlich sei"
            if tokens[k].lower not in lex.words["relatives"] or tokens[k].lower in FREE_RELATIVES \
                    or not tokens[k].text[:1].islower() or not self._adverbial_clause(k):
                continue
            if any(nc.index > c and nc.kind != "relative" and clause_bounds(self.boundary, nc.index)[0] == c + 1
                   for nc in cues):
                continue  # the relative clause has a cue of its own
            _, b = clause_bounds(self.boundary, c + 1)
            if reported_mood(tokens[c + 1:b], self.in_quote[c + 1:b], lex) is None \
                    or any(t.lower in FIRST_PERSON for t in tokens[c + 1:b]):
                continue  # no Konjunktiv, or the writer's own first person ("…, die ich als Ziele ansehe")
            if b + 1 < len(tokens) and tokens[b].text == "," and self._zu_infinitive(b + 1):
                b = clause_bounds(self.boundary, b + 1)[1]  # "…, die es ermöglicht hätten, … zu treffen"
            span = trim_span(self.text, tokens[c + 1].start, min(tokens[b - 1].end, self.body_end))
            if span is not None and span != d.content:
                out.append(Draft(d.cue, content=span, source=d.source, name=d.name))
        return out

    def _reported_conjunct(self, d: Draft) -> Draft | None:
        """German: "A soll … haben und laut X offenbar auch B haben": a "laut/nach X" that opens the second
        conjunct of a sentence-wide content splits it; both conjuncts are X's report, each a claim of its own.
        Shortens ``d`` to the first conjunct and returns the draft of the second, or None."""
        tokens, lex = self.tokens, self.lex
        i = d.cue.index
        if self.lang != "de" or d.cue.kind not in ("prep", "nach") or d.trailing or d.source is None \
                or d.quotes or d.source[0] <= i:
            return None
        k = i - 1
        while k > 0 and lex.has("conjunct_adverbs", tokens[k].lower):
            k -= 1
        opener = tokens[k]
        if self.in_quote[k] or not (opener.lower in lex.words["coordinators"] or opener.text == "," and any(
                lex.has("coordinators", t.lower) for t in tokens[k + 1:i])):
            return None
        s, e = d.content
        if not s < opener.start < e:
            return None
        after = d.source[1]
        if after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].lower in lex.words["relatives"]:
            # "und laut Medienberichten, die sich auf den Polizeibericht beziehen, offenbar auch …"
            after = next((c + 1 for c in range(after + 2, len(tokens))
                          if tokens[c].text == "," and not self.in_quote[c]), len(tokens))
        if after >= len(tokens) or tokens[after].start >= e:
            return None
        end = next((c for c in range(after, len(tokens)) if tokens[c].start >= e), len(tokens))
        first, rest = trim_span(self.text, s, opener.start), trim_span(self.text, tokens[after].start, e)
        if first is None or rest is None or meaningful_words(tokens, after, end, lex) < 3 \
                or meaningful_words(tokens, 0, k, lex) < 3:
            return None
        d.content = first
        return Draft(d.cue, content=rest, source=d.source, name=d.name)

    def _disowning(self, cue: Cue) -> bool:
        """Whether the cue verb rejects what its object says ("wies … zurück", "dementierte")."""
        if cue.kind != "verb" or cue.lemma is None:
            return False
        for entry in self.lex.words.get("disowning_verbs", ()):
            particle, _, lemma = entry.rpartition("|")
            if lemma == cue.lemma and (not particle or cue.text.lower().startswith(particle) or (
                    cue.particle is not None and self.tokens[cue.particle].lower == particle)):
                return True
        return False

    def _disowned_report(self, d: Draft) -> None:
        """"X wies die Darstellung zurück, die Ausländer seien …", "X hat Berichte der Zeitung Y zurückgewiesen,
        er sei …": the clause after the comma is the rejected report's (or proposal's) content, so that noun
        phrase, not X, is its source."""
        tokens, lex = self.tokens, self.lex
        c = next((k for k, t in enumerate(tokens) if t.start >= d.content[0]), None)
        if c is None or c < 2 or tokens[c - 1].text != "," or tokens[c].lower in lex.words["subordinators"] \
                and tokens[c].lower not in lex.words["complementizers"]:
            return  # "…, da er jeder Grundlage entbehre": X's own reason
        heads = tuple(lex.words.get("disowned_heads", ()))
        for k in range(d.source[1], c - 1):
            if tokens[k].text[:1].isupper() and tokens[k].lower.endswith(heads) and not self.in_quote[k]:
                stop = min(x for x in (d.cue.index, d.cue.particle, c - 1) if x is not None and x > k)
                begin, lo = k, max(d.source[1], d.cue.index + 1 if d.cue.index < k else 0)
                while begin > lo and (tokens[begin - 1].lower in lex.words["articles"] or lex.has(
                        "possessives", tokens[begin - 1].lower) or ADJ_ENDING.fullmatch(tokens[begin - 1].lower)):
                    begin -= 1  # "die jüngste Kritik", "seinen Vorschlag"
                d.source, d.name, d.disowned = (begin, stop), None, True
                return

    def _interjection_before(self, d: Draft, kind: str = "verb") -> bool:
        """English: a trailing reporting clause after at most two words that are no quote ("Yeah, I know.",
        "So, I think.", "Moreover, according to X")."""
        if self.lang != "en" or not d.trailing or d.quotes or d.content is None or d.cue.kind != kind:
            return False
        return len(re.findall(r"\w+", self.text[d.content[0]:d.content[1]])) <= 2

    def _single_word_content(self, d: Draft) -> bool:
        """English: content of one word that is not quoted ("say that", "said so") reports nothing."""
        if self.lang != "en" or d.content is None or d.quotes \
                or any(q.start <= d.content[0] < q.end for q in self.quotes):
            return False
        return len(re.findall(r"\w+", self.text[d.content[0]:d.content[1]])) <= 1

    def _laut_as_reporter(self, drafts: list[Draft]) -> list[Draft]:
        """"Heute bestätigte X laut Reuters, …": the verb's subject speaks, "laut Reuters" right after it
        is only the outlet that reports it (its ``reported_by``)."""
        out = []
        for d in drafts:
            speaker = next((o for o in drafts if o is not d and o.cue.kind == "verb" and o.source is not None
                            and o.source[1] == d.cue.index), None) if d.cue.kind == "prep" else None
            if speaker is not None and self.tokens[d.cue.index].lower in self.lex.words["prepositions"]:
                speaker.reported_by = d
                continue
            out.append(d)
        return out

    def _empty_object(self, d: Draft) -> bool:
        """German noun-phrase content of a verb of announcing whose head only names information without giving it
        ("gab die Entscheidung bekannt", "nannte keine Details", "hatte dies bekannt gegeben")."""
        empty = self.lex.words.get("empty_objects", ())
        if self.lang != "de" or d.clause or d.content is None or d.cue.kind != "verb" or not empty \
                or d.cue.lemma not in self.lex.words.get("announcing_verbs", ()):
            return False
        inside = [t for t in self.tokens if d.content[0] <= t.start < d.content[1]]
        if any(t.text in QUOTE_MARKS for t in inside):
            return False  # "nannte diese Zahlen „aus der Luft gegriffen“": the quotation is the claim
        words = [t for t in inside if t.text[:1].isalpha()]
        if words and words[0].lower == "dies":
            return True
        in_pp = PREPOSITIONS_DE | CONTRACTED_PREPOSITIONS
        heads = [t for k, t in enumerate(words) if t.text[:1].isupper()
                 and not any(w.lower in in_pp for w in words[max(0, k - 2):k])]  # not "am Abend"
        return bool(heads) and heads[0].lower in empty

    def _claims_lives(self, cue: Cue) -> bool:
        """German "fordern" with a casualty noun in its clause ("forderte 92 Menschenleben", "Acht Tote forderte der
        Anschlag"): the verb means "claim lives", not "demand"."""
        nouns = self.lex.words.get("casualty_nouns", ())
        if cue.kind != "verb" or cue.lemma not in self.lex.words.get("casualty_verbs", ()) or not nouns:
            return False
        a, b = clause_bounds(self.boundary, cue.index)
        return any(self.tokens[k].lower.split("-")[-1] in nouns
                   and not any(t.lower in CASUALTY_LINKS for t in self.tokens[max(a, k - 2):k])
                   for k in range(a, b))  # "forderte Hilfe für die Verletzten" is a demand

    def _whole_act(self, d: Draft) -> Draft | None:
        """A reported act ("Die SPD will … fördern"): the sentence from its subject's clause on is the
        content (a heading before a colon is not); "man" names no one, and a pronoun subject is no act reported."""
        if d.source is None:
            return None
        tokens = self.tokens
        d.trailing = False
        s = self.body_start
        for k in range(0, min(d.source[0], d.cue.index)):
            if tokens[k].text == ":" and not self.in_quote[k]:
                s = tokens[k].end
        if d.source[1] - d.source[0] == 1 and tokens[d.source[0]].lower in self.lex.words.get("unnamed_actors", ()):
            return None  # "Sie will …", "viele wollen …": the intention of no one named in the sentence
        if d.source[1] - d.source[0] == 1 and tokens[d.source[0]].lower == "man":
            d.source = None
        d.content = trim_span(self.text, s, self.body_end)
        d.clause = True
        d.quotes = []
        return d

    def _pronoun_object(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` opens with a demonstrative pronoun as the object ("Ich werfe das niemandem vor"): it
        points back to what is reported, so the act is no claim of its own."""
        k = next((j for j, t in enumerate(self.tokens) if t.start >= span[0]), None)
        return k is not None and self.tokens[k].lower in DEMONSTRATIVES and (
            k + 1 >= len(self.tokens) or not self.tokens[k + 1].text[:1].isupper())

    def _quotes_within(self, span: tuple[int, int]) -> bool:
        """Whether a quotation stands inside ``span`` ("nannte den Bericht eine „Zeitungsente“": the quoted words,
        not the act, are the claim)."""
        return any(span[0] <= q.start and q.inner_end <= span[1] + 1 for q in self.quotes)

    def _act_content(self, d: Draft) -> None:
        """A reported act ("Die Polizei geht von Suizid aus", "Als Grund gab die Behörde … an"): the content is
        its clause with the subject and the verb, not the bare noun-phrase object."""
        tokens, cue = self.tokens, d.cue
        start = tokens[clause_bounds(self.boundary, cue.index)[0]].start
        if d.source is not None and not d.inherit and d.source[1] <= cue.index:
            start = min(start, tokens[d.source[0]].start)
        end = d.content[1]
        if cue.particle is not None and tokens[cue.particle].start >= end:
            end = tokens[cue.particle].end
        d.content = trim_span(self.text, max(start, self.body_start), end) or d.content
        d.clause = True
        d.quotes = []

    def _governed_infinitive_draft(self, cue: Cue, later: list[Cue]) -> Draft | None:
        """German: a cue in a "zu" infinitive that "sich beeilen" and the like govern ("Der Sprecher beeilte sich,
        gegenüber Journalisten zu erklären, …"): the sentence's subject speaks, the clause after it is content."""
        d = Draft(cue, source=self._main_clause_subject(cue.index))
        if d.source is None:
            return None
        d.content, clause = self._content_after(cue.index + 1, cue, later)
        return d if clause and d.content is not None else None

    def _enough(self, d: Draft, clause: bool) -> bool:
        """Weak cues, and every cue where the language wants clause-level content, need a clause."""
        d.clause = clause
        if clause:
            return True
        if d.cue.act and d.content is not None and not self._quotes_within(d.content) and not (
                d.source is not None and self.tokens[d.source[0]].lower == "man") \
                and not self._pronoun_object(d.content):
            d.act = True  # "Die Polizei geht von Suizid aus" (not the naming "Man nennt das Badwill")
            return True
        strict = self.lex.settings.get("clause_content_only", False)
        if not (d.cue.weak or strict) or d.content is None:
            return True
        return strict and (not d.cue.weak or self._evidence_subject(d)) and self._bare_clause(d.content)
