"""Passive and impersonal reports: who speaks when nobody is the subject of the cue.

German passive cues ("X wird mit den Worten zitiert", "In dem Papier wird gefordert", "wie von der Polizei
bestätigt wurde") and impersonal ones ("heißt es in einer Erklärung") name their source as an agent, a document
or a quoted person; these methods find it and check that the passive report has reported content.
"""
from __future__ import annotations

from claims.clauses import QUOTE_MARKS, clause_bounds, insertions_before, meaningful_words, trim_span
from claims.cues import Cue
from claims.draft import Draft
from claims.function_words import (
    AGENT_PREPOSITIONS, DOCUMENT_PREPOSITIONS, GENITIVE_RELATIVES, IMPERSONAL_SOURCE_PREPS, NAME_RELATIVES,
    PASSIVE_AUX, PREPOSITIONS_DE, QUOTING_VERBS, SKIP_AFTER_SOURCE, SUBJECT_RELATIVES_DE,
)
from claims.sources import is_name_like, is_noun_phrase, noun_phrase_after


class PassiveReportsMixin:
    """Finding the agent, document or quoted person of passive and impersonal reports.

    Mixed into claims.attribution.SentenceAttributor; reads its sentence state (tokens, lex, boundary, quotes).
    """

    def _state_passive(self, cue: Cue, f: int) -> bool:
        """German: "sind für Montag angekündigt", "ist aufgefordert": "sein" with the clause-final participle of a
        verb that forms its perfect with "haben" is a state passive, its subject no speaker ("ist … davon
        ausgegangen" is a perfect)."""
        tokens, lex, i = self.tokens, self.lex, cue.index
        if not (f < i and tokens[f].lower in lex.words.get("state_passive_auxiliaries", ())) \
                or lex.has("sein_perfect", tokens[i].lower) or cue.particle is not None and cue.particle > i:
            return False
        if any(self.boundary[k] or tokens[k].lower in lex.words["coordinators"] for k in range(f + 1, i)):
            return False  # "war anwesend und sagte …": the cue has a finite clause of its own
        last = cue.particle if cue.particle is not None else i
        return last + 1 >= len(tokens) or tokens[last + 1].text in (".", ",", ";", ":", "!", "?", ")")

    def _passive_content_ok(self, d: Draft) -> bool:
        """German passive reports need reported content: a dass/ob clause, Konjunktiv, an infinitive or a quote."""
        k = next((j for j, t in enumerate(self.tokens) if t.start >= d.content[0]), None)
        if k is None:
            return False
        if self.tokens[k].text in QUOTE_MARKS or self._content_clause(k) \
                or not d.cue.weak and self._conditional_clause(k):
            return True  # "…, die Bahn könnte beschädigt worden sein" after a cue of saying or fearing
        _, b = clause_bounds(self.boundary, k)
        # "werden aufgefordert, … zu verstärken", "wurden angewiesen, sich dort aufzuhalten"
        return any(t.lower == "zu" or self._fused_zu(t.lower) for t in self.tokens[k:b])

    def _middle_field(self, a: int, b: int, cue: Cue) -> tuple[int, int] | None:
        """German verb-final report: the words between auxiliary and participle ("hat … den Abzug der
        Truppen angekündigt") are its content."""
        tokens = self.tokens
        if cue.particle is not None and cue.particle == b - 1:
            b -= 1  # "bekannt gegeben"
        if b - a < 2 or not any(t.text[:1].isupper() for t in tokens[a:b]):
            return None
        return trim_span(self.text, tokens[a].start, tokens[b - 1].end)

    def _passive_source(self, cue: Cue, a: int, f: int) -> tuple[int, int] | None:
        """Who speaks in a passive report: "X wird mit den Worten zitiert", "In dem Papier wird …
        festgehalten", "… wurde von der Polizei mitgeteilt"."""
        tokens, lex = self.tokens, self.lex
        i = cue.index
        if cue.lemma in QUOTING_VERBS and a < f and is_noun_phrase(tokens, a, f, lex):
            return (a, f)
        if cue.lemma in QUOTING_VERBS and f + 1 < i:
            rng = noun_phrase_after(tokens, f + 1, lex, skip_adverbs=False, limit=i)
            if rng is not None and rng[0] == f + 1 and is_noun_phrase(tokens, rng[0], rng[1], lex):
                return rng  # "In der Meldung wird Musk wie folgt zitiert": the quoted person, not the report
        for k in range(f + 1, i):
            if tokens[k].lower in AGENT_PREPOSITIONS and not self.in_quote[k]:
                rng = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False, limit=i)
                if rng is not None:
                    return rng  # the agent, also after a fronted "In der letzten Woche war …"
        if a < f and tokens[a].lower in DOCUMENT_PREPOSITIONS:
            if f - a == 2 and tokens[a + 1].lower in lex.words["articles"]:
                return (a + 1, a + 2)  # "In diesem wird festgehalten, …"
            return noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)
        if self.lang == "de" and a < f and tokens[a].lower in AGENT_PREPOSITIONS:
            return noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)  # "Von X wurde … bezeichnet"
        if self.lang == "de" and a == f:
            fronted = self._report_before_insertions(a)
            if fronted is not None:
                return fronted
        return self._report_in_middle_field(f, i)

    def _report_before_insertions(self, a: int) -> tuple[int, int] | None:
        """"In einer Stellungnahme des Ministeriums, auf die sich … berufen, wird … begründet": the report in the
        sentence-initial "in" phrase before the insertions that end at token a."""
        tokens, lex = self.tokens, self.lex
        for a2, b2 in insertions_before(tokens, self.boundary, a):
            if tokens[a2].start <= self.body_start:
                if tokens[a2].lower not in DOCUMENT_PREPOSITIONS:
                    return None
                rng = noun_phrase_after(tokens, a2 + 1, lex, skip_adverbs=False, limit=b2)
                heads = tuple(lex.words["report_nouns"])
                return rng if rng is not None and any(t.text[:1].isupper() and t.lower.endswith(heads)
                                                      for t in tokens[rng[0]:rng[1]]) else None
        return None

    def _report_in_middle_field(self, f: int, i: int) -> tuple[int, int] | None:
        """"So wird in einer Pressemitteilung des Verbands gefordert, …": the report between the auxiliary and
        the participle speaks."""
        tokens, lex = self.tokens, self.lex
        for k in range(f + 1, i - 1):
            if tokens[k].lower in lex.words.get("report_prepositions", ()) and not self.in_quote[k]:
                rng = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False, limit=i)
                if rng is not None and any(tokens[j].text[:1].isupper() and tokens[j].lower.endswith(
                        tuple(lex.words["report_nouns"])) for j in range(rng[0], rng[1])):
                    return rng
        return None

    def _relative_passive(self, cue: Cue, a: int, i: int, b: int) -> Draft | None:
        """German relative clause that only holds a passive report and its clause: "…, die beschuldigt
        werden, Mitglieder der Gruppe zu sein": no speaker named, the clause after it is the content."""
        tokens = self.tokens
        rest = [t for t in tokens[i + 1:b] if t.text[:1].isalnum()]
        if i - a > 3 or not rest or rest[0].lower not in PASSIVE_AUX or not all(
                t.lower in self.lex.words["auxiliaries"] for t in rest):
            return None
        d = Draft(cue)
        d.content, clause = self._content_after(i + 1, cue, [])
        return d if clause and d.content is not None else None

    def _passive_in_document(self, cue: Cue, a: int, i: int, b: int) -> Draft | None:
        """German passive report in a relative clause on a document ("nach einer Erklärung, in der der Partei
        vorgeworfen wird, sie habe …"): the document before the comma is the source, the clause after the content."""
        tokens, lex = self.tokens, self.lex
        rest = [t for t in tokens[i + 1:b] if t.text[:1].isalnum()]
        if a < 2 or not rest or rest[0].lower not in PASSIVE_AUX or not all(
                t.lower in lex.words["auxiliaries"] for t in rest):
            return None
        rng = self._document_antecedent(a)
        if rng is None:
            return None
        d = Draft(cue, source=rng)
        d.content, clause = self._content_after(i + 1, cue, [])
        return d if clause and d.content is not None else None

    def _quoted_before(self, d: Draft, a: int, f: int, i: int) -> Draft | None:
        """"„…“, wird der Kapitän zitiert": the quotation before the clause is the content, the subject after
        the auxiliary is the speaker (a place it is quoted in, "im Fachblatt …", is not)."""
        rng = noun_phrase_after(self.tokens, f + 1, self.lex, limit=i)
        if rng is None:
            return None
        d.content, d.quotes = self._content_before(a - 1)
        if not d.quotes:
            return None
        d.source = rng
        d.trailing = True
        return d

    def _quoted_person(self, d: Draft) -> None:
        """"X zitiert Y mit den Worten: …": the quoted person Y is the speaker."""
        tokens = self.tokens
        i = d.cue.index
        rng = noun_phrase_after(tokens, i + 1, self.lex)
        if rng and d.source and rng[0] <= d.source[1] and d.source[0] > i:
            rng = noun_phrase_after(tokens, d.source[1], self.lex)
        impersonal = d.source is not None and d.source[1] - d.source[0] == 1 and tokens[d.source[0]].lower == "man"
        if rng and (impersonal or rng[1] < len(tokens) and tokens[rng[1]].lower == "mit"):
            if not impersonal and d.source is not None and d.reported_by is None:
                d.reported_by = Draft(d.cue, source=d.source)  # the outlet that quotes Y reports the claim
            d.source, d.name = rng, None  # "zitierte man Y": "man" names no one, the quoted Y speaks

    def _naming_participle(self, cue: Cue) -> bool:
        """German participle of a naming verb after a comma ("…, genannt „X“") or in a passive "wie …" clause
        ("wie er genannt wird"): it gives a name."""
        i = cue.index
        if self.lang != "de" or cue.kind != "verb" or cue.lemma not in self.lex.words.get("naming_verbs", ()) \
                or not self.tokens[i].lower.startswith("ge"):
            return False
        a, _ = clause_bounds(self.boundary, i)
        if a == i and i > 0:
            return True
        return self.tokens[a].lower in self.lex.words["as_words"] and i + 1 < len(self.tokens) \
            and self.tokens[i + 1].lower in PASSIVE_AUX

    def _passive_agent_in(self, cue: Cue, start: int, b: int) -> tuple[int, int] | None:
        """German verb-final passive clause with its agent ("wie der Zeitung von der Gruppe berichtet wird"): the
        agent after "von" speaks, not the addressee or subject before it (but "wie X von Y zitiert wird": X)."""
        tokens, i = self.tokens, cue.index
        if cue.lemma in QUOTING_VERBS or not any(t.lower in PASSIVE_AUX for t in tokens[i + 1:b]):
            return None
        k = next((k for k in range(start, i) if tokens[k].lower in AGENT_PREPOSITIONS and not self.in_quote[k]), None)
        return None if k is None else noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False, limit=i)

    def _named_agent(self, source: tuple[int, int]) -> bool:
        """The source of a passive report is its agent ("von der Opposition") or a report ("im Bericht"), not an
        adverbial ("In diesem Zusammenhang")."""
        tokens = self.tokens
        if source[0] > 0 and tokens[source[0] - 1].lower in AGENT_PREPOSITIONS:
            return True
        head = tokens[source[1] - 1].lower
        return any(head.endswith(r) for r in self.lex.words.get("report_nouns", ()))

    def _relative_report(self, cue: Cue, a: int, b: int) -> Draft | None:
        """German relative clause whose verb reports a clause after it: "Dschassim, der vor dem Parlament
        betonte, er gehöre keiner Partei an", also before an object ("…, der der Regierung vorwarf, …") (source:
        the relative pronoun), "von dem die Polizei glaubt, er sei …" (source: the subject inside the relative
        clause; "in dessen Folge das Gericht feststellte, …": the subject after the noun "dessen" owns)."""
        tokens, lex = self.tokens, self.lex
        i = cue.index
        if not all(t.lower in lex.words["auxiliaries"] or k == cue.particle or not t.text[:1].isalnum()
                   for k, t in enumerate(tokens[i + 1:b], start=i + 1)):
            return None  # not verb-final
        whole = False
        quoted = self._colon_quotes_after(b)
        if quoted and any(t.lower in lex.words["auxiliaries"] for t in tokens[a + 1:i]):
            quoted = []  # "…, bei der Wahl würden alle zustimmen: „…“": a main clause, no relative clause
        if not quoted and (b + 1 >= len(tokens) or tokens[b].text != "," or not (
                self._content_clause(b + 1) or self._zu_infinitive(b + 1))):
            if not cue.act or i - a < 3 or a < 2 or tokens[a - 1].lower not in PREPOSITIONS_DE:
                return None
            # "…, in der Hu die Vergabe als Katastrophe bezeichnete": the reported act is the clause
            whole = True
        if any(t.lower in PASSIVE_AUX for t in tokens[a:b]):
            return None  # "…, die beschuldigt werden, …": the pronoun is not the speaker
        inner = noun_phrase_after(tokens, a + 1, lex, limit=i)
        if inner is not None and tokens[a].lower in GENITIVE_RELATIVES and tokens[a - 1].text != "," \
                and inner[0] == a + 1:
            # "in dessen Folge das Gericht feststellte": the subject follows the noun that "dessen" owns
            owned_end = inner[1]
            inner = noun_phrase_after(tokens, owned_end, lex, limit=i)
            if inner is None or any(t.lower not in lex.words["articles"] for t in tokens[owned_end:inner[0]]):
                return None
            source = (owned_end, inner[1])
        elif quoted and inner is not None and inner[0] == a + 1 and tokens[a].lower in NAME_RELATIVES \
                and inner[1] - inner[0] >= 2 and all(is_name_like(t.text) for t in tokens[inner[0]:inner[1]]):
            source = inner  # "die Marke, die Gerhard Schröder erklärt hatte: „…“": a full name is the subject
        elif tokens[a].lower in SUBJECT_RELATIVES_DE and tokens[a - 1].text == ",":
            source = (a, a + 1)  # the pronoun is the subject
        elif inner is not None and inner[0] == a + 1:
            source = inner
        else:
            return None
        d = Draft(cue, source=source)
        if source == (a, a + 1) and a >= 2:
            d.name = self._np_before(a - 1, 0, opened_by_article=True)  # the antecedent names the speaker
            if d.name is None and a >= 3 and tokens[a - 2].text[:1].islower():
                # "… war der Minister anwesend, der …": the verb or predicate ends the clause after the antecedent
                d.name = self._np_before(a - 2, 0, opened_by_article=True)
                if d.name is not None and tokens[d.name[0]].lower not in self.lex.words["articles"]:
                    d.name = None  # "ein Prediger aus London zugeschaltet, der …": not the whole antecedent
        if whole:
            start = a - 1
            d.content = trim_span(self.text, tokens[start].start, tokens[b - 1].end)
            d.clause = True
            return None if d.content is None or self._quotes_within(d.content) else d
        d.content = trim_span(self.text, tokens[b + 1].start, self.body_end)
        d.clause = True
        d.quotes = quoted
        return d

    def _document_antecedent(self, a: int) -> tuple[int, int] | None:
        """German: the report noun phrase before ", in der/dem …" whose relative clause opens at token a."""
        tokens = self.tokens
        if a < 2 or tokens[a - 1].text != "," or a + 1 >= len(tokens) \
                or tokens[a + 1].lower not in self.lex.words["relatives"]:
            return None
        rng = self._np_before(a - 1, 0)
        return rng if rng is not None and self._report_head(rng) else None

    def _preposition_after(self, last: int) -> int | None:
        """The preposition that names the report after "heißt es" ending at token ``last``, past adverbs
        ("heißt es dazu in einer Mitteilung")."""
        tokens, k = self.tokens, last + 1
        while k < len(tokens) and k <= last + 2 and (tokens[k].lower in SKIP_AFTER_SOURCE
                                                      or self.lex.has("anaphoric_objects", tokens[k].lower)):
            k += 1
        return k if k + 1 < len(tokens) and tokens[k].lower in IMPERSONAL_SOURCE_PREPS else None

    def _report_phrase(self, k: int) -> tuple[int, int] | None:
        """Tokens from k to a report noun a few words on ("einer gestern verbreiteten Erklärung")."""
        reports = tuple(self.lex.words.get("report_nouns", ()))
        for j in range(k + 1, min(k + 5, len(self.tokens))):
            tok = self.tokens[j]
            if not tok.text.isalpha():
                return None
            if tok.text[:1].isupper() and tok.lower.endswith(reports):
                return (k, j + 1)
        return None

    def _parenthetical_rest(self, i: int, after: int) -> tuple[int, int] | None:
        """German: "(nach anderen Angaben liegt die Stadt 46 Kilometer entfernt)": a cue that opens a parenthesis
        reports the rest of the parenthesis."""
        tokens = self.tokens
        if self.lang != "de" or i == 0 or tokens[i - 1].text != "(":
            return None
        close = next((k for k in range(after, len(tokens)) if tokens[k].text == ")"), None)
        if close is None or meaningful_words(tokens, after, close, self.lex) < 3:
            return None
        return trim_span(self.text, tokens[after].start, tokens[close - 1].end)

    def _embedding_clause(self, a: int, b: int) -> tuple[int, int] | None:
        """German: the relative or subordinate clause (tokens a..b, after a comma) that holds a "nach/laut X"
        inside it ("…, der nach Angaben der Zeitung seine Kollegen beschimpfte"): only that clause is reported."""
        tokens, lex = self.tokens, self.lex
        if self.lang != "de" or a == 0 or tokens[a - 1].text != "," or b <= a + 1:
            return None
        first, second = tokens[a].lower, tokens[a + 1].lower
        opens = first in lex.words["relatives"] or first in lex.words["complementizers"] \
            or first in lex.words["subordinators"] or first in PREPOSITIONS_DE and second in lex.words["relatives"]
        if not opens:
            return None
        return trim_span(self.text, tokens[a].start, min(tokens[b - 1].end, self.body_end))

    def _passive_list_tail(self, a: int, i: int, b: int) -> bool:
        """"Es werden Workshops, Kurse und Führungen angeboten.": the participle ends a passive clause whose
        auxiliary stands before a comma of an enumeration, so the nouns before it are its subject, no speaker."""
        tokens, words = self.tokens, self.lex.words
        if a == 0 or tokens[a - 1].text != "," or not tokens[i].text[:1].islower() \
                or not tokens[i].lower.endswith(("t", "en")) or tokens[a].lower in words["as_words"] \
                or tokens[a].lower in words["subordinators"] or tokens[a].lower in words["relatives"] \
                or any(t.text[:1].isalnum() for t in tokens[i + 1:] if t.start < self.body_end):
            return False
        for k in range(a - 2, -1, -1):
            if tokens[k].start < self.body_start or self.in_quote[k] or tokens[k].text in (";", ":") \
                    or tokens[k].lower in words["as_words"] or tokens[k].lower in words["subordinators"]:
                return False
            if tokens[k].lower in PASSIVE_AUX:
                return True
        return False

    def _subordinate_passive(self, cue: Cue, a: int, b: int) -> Draft | None:
        """German: a passive cue that ends a subordinate clause with its content after the comma ("…, dass der
        Verband aufgefordert wurde, sich … zu beteiligen"): the "von" agent speaks, else no one is named."""
        tokens = self.tokens
        if b + 1 >= len(tokens) or tokens[b].text != "," or not (
                self._content_clause(b + 1) or self._zu_infinitive(b + 1)):
            return None
        d = Draft(cue, clause=True)
        for k in range(a + 1, cue.index):
            if tokens[k].lower in AGENT_PREPOSITIONS and not self.in_quote[k]:
                d.source = noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False, limit=cue.index)
                break
        d.content = trim_span(self.text, tokens[b + 1].start, self.body_end)
        if d.content is not None:
            d.content = self._until_main_clause(d.content)
        return d if d.content is not None else None
