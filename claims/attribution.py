"""Stage 4b: from a cue to its source phrase and its content span within one sentence.

German and English word order differ (V2 with inversion, verb-final subordinate clauses,
separable verbs vs. SVO); both are handled by reading the clause around the cue: what
stands before the finite verb (subject, adverbial, "wie", "und"), what follows it, and
whether the reporting clause trails the content ("…“, erklärte Trump.") or leads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.cues import BOUNDARY, Cue, closing_pronoun, noun_holder
from claims.lexicon import Lexicon, load_lexicon
from claims.quotes import Quote
from claims.sentences import Token
from claims.sources import is_name_like, is_noun_phrase, noun_phrase_after

QUOTE_MARKS = frozenset("„“”\"«»‚‘’")
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][A-ZÄÖÜ.\s/-]{2,}(?:\s*\([^)]{1,30}\))?(?:,\s*[^–—\n]{0,30}?)?\s*[–—-]\s+")
_SHORT_TAIL = 4
_DE = load_lexicon("de").words
_EN = load_lexicon("en").words
# word lists from claims/data/{de,en}/function_words.toml (and cues.toml); the stages read them whatever the
# language of the text, so lists that exist in both languages are joined
_SOURCE_PREPOSITIONS = _DE["source_prepositions"] | _EN["source_prepositions"]
_OBJECT_ARTICLES = _DE["object_articles"]
_QUOTING_VERBS = _DE["quoting_verbs"] | _EN["quoting_verbs"]
_TRAILING_ADVERBS = _DE["trailing_adverbs"]
_NP_FILLERS = _DE["np_fillers"]
_IMPERSONAL_SOURCE_PREPS = _DE["impersonal_source_prepositions"]
_ADVERBS_AFTER_SOURCE = _DE["adverbs_after_source"]
_SKIP_AFTER_SOURCE = _DE["skip_after_source"]
SHORT_QUOTE_WORDS = 5  # quotes shorter than this are names or scare quotes, not clause boundaries
_ADJ_RE = re.compile(r"\w+(?:e|en|er|es|em)$")
_NOT_CONTENT_CLAUSE = {"de": _DE["not_content_clause"], "en": _EN["not_content_clause"]}
_PREPOSITIONS_DE = _DE["plain_prepositions"]
_OPENING_QUOTES = frozenset("„“\"«»")
_CLOSING_QUOTES = frozenset("“”\"»«")
_INSERT_PREPOSITIONS = _PREPOSITIONS_DE | _DE["insert_prepositions"]
_EN_SUBJECT_STOP = _EN["subject_stop"]
_EN_PREPOSITIONS = _EN["subject_prepositions"]
_WH_EN = _EN["wh_openers"]
_NOT_CLAUSE_START = _EN["not_clause_start"]
_WH_WORDS = _DE["wh_words"]
_PASSIVE_AUX = _DE["passive_auxiliaries"]
_DEMONSTRATIVES = _DE["demonstratives"] | _EN["demonstratives"]
_CONTRACTED_PREPOSITIONS = _DE["contracted_prepositions"]
_FIRST_PERSON = _DE["first_person_subjects"]
_TELL = _EN["tell_verbs"]
_NOT_MEANINGFUL = _DE["not_meaningful"] | _EN["not_meaningful"]
_PARTICLES_BEFORE_WAS = _DE["particles_before_was"]
_EN_NEGATIONS = _EN["negations"]
_EN_PRONOUN_SUBJECTS = _EN["clause_pronoun_subjects"]
_AGENT_PREPOSITIONS = _DE["agent_prepositions"]
_DOCUMENT_PREPOSITIONS = _DE["document_prepositions"]
_ARTICLE_RELATIVES = _DE["article_relatives"]
_REPORTED_CONNECTIVES = _DE["reported_connectives"]
_FREE_RELATIVES = _DE["free_relatives"]
_CASUALTY_LINKS = _DE["casualty_links"]
_ADVERBS_AFTER_TRAILING_CUE = _DE["adverbs_after_trailing_cue"]
_GENITIVE_ARTICLES = _DE["genitive_articles"]
_NOT_AFTER_LAUT_NAME = _DE["not_after_laut_name"]
_GENITIVE_RELATIVES = _DE["genitive_relatives"]
_NAME_RELATIVES = _DE["name_relatives"]
_SUBJECT_RELATIVES_DE = _DE["subject_relatives"]
_PHRASE_PREPOSITIONS = _DE["phrase_prepositions"]
_ADVERBS_BEFORE_SECOND_QUOTE = _DE["adverbs_before_second_quote"] | _EN["adverbs_before_second_quote"]
_SENTENCE_CONNECTIVES = _DE["sentence_connectives"]
_CONTENT_COMPLEMENTIZERS = _DE["content_complementizers"]
_SUBJECT_RELATIVES_EN = _EN["subject_relatives"]
_SPEAKER_PRONOUNS = _DE["speaker_pronouns"] | _EN["speaker_pronouns"]
_INVERTED_PRONOUN_SUBJECTS = _DE["inverted_pronoun_subjects"]
_EN_WH_RELATIVES = _EN["wh_relatives"]
_EN_NOUN_FOLLOWERS = _EN["noun_followers"]
_EN_LIST_CONJUNCTIONS = _EN["list_conjunctions"]
_EN_ARTICLES = _EN["plain_articles"]
_EN_OF_LINKS = _EN["of_links"]


@dataclass
class Draft:
    """An attribution found in one sentence, before speaker resolution."""

    cue: Cue
    content: tuple[int, int] | None = None
    source: tuple[int, int] | None = None  # token range of the speaker phrase
    trailing: bool = False
    quotes: list = field(default_factory=list)  # quotes that are the content (direct speech)
    inherit: bool = False  # shares the subject of the previous cue ("… und kündigte … an")
    name: tuple[int, int] | None = None  # the part of the source phrase that names the speaker
    clause: bool = True  # the content is a clause or quote, not a noun phrase
    anaphoric: bool = False  # the source phrase ("demnach") refers to the previous speaker
    reported_by: str | None = None
    act: bool = False  # a reported act with a noun-phrase object: the clause with its subject is the content
    disowned: bool = False  # the source is a report the subject rejects: the sentences after it do not continue it


def content_start(text: str, start: int, end: int) -> int:
    """Sentence start after a dateline such as "WASHINGTON, 16. Oktober 2025 – "."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def boundaries(text: str, tokens: list[Token], in_quote: list[bool], quotes: list[Quote]) -> list[bool]:
    """Per token: does it delimit clauses? Punctuation outside quotes and parentheses, and the
    marks of quotations of several words (a short quote like „Channel 10“ is part of its clause)."""
    flags = []
    depth = 0
    for k, tok in enumerate(tokens):
        t = tok.text
        if t in ("(", "[") and not in_quote[k]:
            depth += 1
        elif t in (")", "]") and not in_quote[k] and depth:
            depth -= 1
            flags.append(False)
            continue
        if in_quote[k] or depth:
            flags.append(False)
        elif t in BOUNDARY or t == "-" and k > 0 and tokens[k - 1].end < tok.start:
            flags.append(True)
        elif t in QUOTE_MARKS:
            q = next((q for q in quotes if q.start == tok.start or q.end == tok.end), None)
            flags.append(q is None or len(text[q.inner_start:q.inner_end].split()) >= SHORT_QUOTE_WORDS
                         or _opens_sentence(q, tokens, k))
        else:
            flags.append(False)
    _join_paired_list(tokens, flags)
    return flags


def _join_paired_list(tokens: list[Token], flags: list[bool]) -> None:
    """German: commas between "sowohl" and "als auch" join the items of one list ("Sowohl das Militär, der
    Präsident als auch die Regierung gehen …"), they delimit no clause."""
    lowers = [t.lower for t in tokens]
    if "sowohl" not in lowers:
        return
    start = lowers.index("sowohl")
    end = next((k for k in range(start + 1, len(tokens) - 1) if lowers[k] == "als" and lowers[k + 1] == "auch"),
               None)
    if end is None or any(flags[k] and tokens[k].text != "," for k in range(start, end)):
        return
    for k in range(start, end):
        flags[k] = False


def _opens_sentence(q: Quote, tokens: list[Token], k: int) -> bool:
    """A quote that opens the sentence and ends at a comma („Das Alter drückt“, sagte …; “It is clear,” she said)
    is a clause of its own, however short."""
    if q.start != tokens[0].start:
        return False
    end = next((j for j in range(k, len(tokens)) if tokens[j].end == q.end), None)
    if end is not None and end > 0 and tokens[end - 1].text in (",", ":", "?", "!"):
        return True  # “The results are clear,” the researchers said. “You want it?” she asked.
    return end is not None and end + 1 < len(tokens) and tokens[end + 1].text == ","


def clause_bounds(boundary: list[bool], i: int, j: int | None = None) -> tuple[int, int]:
    """Token range of the clause holding tokens i..j."""
    j = i if j is None else j
    a = i
    while a > 0 and not boundary[a - 1]:
        a -= 1
    b = j + 1
    while b < len(boundary) and not boundary[b]:
        b += 1
    return a, b


def _trim_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and (text[s].isspace() or text[s] in ",:;–—-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;–—-"):
        e -= 1
    return (s, e) if e > s else None


def _meaningful(tokens: list[Token], a: int, b: int, lex: Lexicon) -> int:
    return sum(1 for t in tokens[a:b] if t.text[:1].isalnum() and t.lower not in _NOT_MEANINGFUL
               and not re.fullmatch(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|"
                                    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)", t.text))


class SentenceAttributor:
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
            if t.text in _CLOSING_QUOTES and j > lo + 1:
                opening = next((k for k in range(j - 2, max(lo, j - 8) - 1, -1) if tokens[k].text in _OPENING_QUOTES),
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
        if last.text in _CLOSING_QUOTES and rng[1] - 2 >= rng[0]:
            last = self.tokens[rng[1] - 2]
        return last.text[:1].isupper()

    def _content_after(self, k: int, cue: Cue, next_cues: list[Cue]) -> tuple[tuple[int, int] | None, bool]:
        """Content from token k to the end of what the cue governs; and whether it is a clause."""
        tokens, lex = self.tokens, self.lex
        n = len(tokens)
        clause = False
        if self.lang == "en" and cue.text.lower() in _TELL and k < n:
            addressee = noun_phrase_after(tokens, k, lex)
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
            # "Nach Angaben der Polizei, die …, wurden …": skip a relative clause after the source
            if k < n and tokens[k].lower in lex.words["relatives"] and cue.kind in ("prep", "nach", "post",
                                                                                     "according"):
                for c in range(k + 1, n):
                    if tokens[c].text == "," and not self.in_quote[c]:
                        k = c + 1
                        break
            elif self._adverbial_clause(k) and not (
                    cue.kind == "verb" and k - 2 in (cue.index, cue.particle) and self._relative_as_subject(k, cue)):
                return None, False
        elif k < n and (tokens[k].lower in lex.words["complementizers"]
                        or lex.has("wh_complementizers", tokens[k].lower) and k + 1 < n
                        and tokens[k + 1].text[:1].isalnum()):
            clause = True  # "… that …"; English "knew how it works", "explained why …"
        elif self.lang == "en" and any(t.lower == "that" for t in tokens[k:k + 8]) and self._adjunct_start(k):
            # "stated to LA Weekly that …": skip a short adjunct before the complementizer
            for c in range(k, min(n, k + 8)):
                if tokens[c].text in (",", ";", ":") or self.in_quote[c]:
                    break
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
                    if seg and not has_particle and c + 1 < n and not any(t.lower in ("als", "as") for t in seg) \
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
        if self.lang == "de":
            for c in range(k + 2, len(tokens) - 1):
                if tokens[c].start >= e:
                    break
                if tokens[c].text == "," and self.boundary[c] and tokens[c + 1].lower == "was" \
                        and tokens[c - 1].lower not in _PARTICLES_BEFORE_WAS:
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
        return _trim_span(self.text, s, e), clause

    def _before_colon_quote(self, k: int, e: int) -> int:
        """German: a reported clause from token k ends at a colon that opens a quotation ("…, dass das Team
        gestärkt sei: „Wir haben gelernt …“"): the quotation is a direct claim of its own."""
        tokens = self.tokens
        for c in range(k + 1, len(tokens) - 1):
            if tokens[c].start >= e:
                break
            if tokens[c].text == ":" and not self.in_quote[c] and tokens[c + 1].text in _OPENING_QUOTES \
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
        return _trim_span(self.text, tokens[comma + 1].start, self.body_end)

    def _before_next_unit(self, k: int, e: int) -> int:
        """English: reported content ends before a clause of the writer's own joined by ", but", ", so" or ";"
        ("he said it was fine, but the plan failed")."""
        tokens = self.tokens
        for c in range(k + 2, len(tokens) - 1):
            if tokens[c].start >= e or self.in_quote[c] != self.in_quote[k]:
                break
            if tokens[c].lower in _EN_NEGATIONS and tokens[c].text[:1].islower():
                break  # "not a person, but an AI": one unit
            if tokens[c].text == ";" or tokens[c].text == "," and self.lex.has("unit_openers", tokens[c + 1].lower):
                return tokens[c].start
        return e

    def _adjunct_start(self, k: int) -> bool:
        """English: token k opens a short adjunct (a preposition, an adverb, "him") that may stand between a
        cue and its "that" ("stated to LA Weekly that …"), not a bare clause ("think you'll wait on that")."""
        low = self.tokens[k].lower
        return low in _NOT_CLAUSE_START or low.endswith("ly") or self.lex.has("object_pronouns", low) \
            or low in self.lex.words["np_stop"] and low not in _EN_PRONOUN_SUBJECTS

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
        return _trim_span(self.text, tokens[a].start, tokens[b - 1].end)

    def _passive_source(self, cue: Cue, a: int, f: int) -> tuple[int, int] | None:
        """Who speaks in a passive report: "X wird mit den Worten zitiert", "In dem Papier wird …
        festgehalten", "… wurde von der Polizei mitgeteilt"."""
        tokens, lex = self.tokens, self.lex
        i = cue.index
        if cue.lemma in _QUOTING_VERBS and a < f and is_noun_phrase(tokens, a, f, lex):
            return (a, f)
        if cue.lemma in _QUOTING_VERBS and f + 1 < i:
            rng = noun_phrase_after(tokens, f + 1, lex, skip_adverbs=False, limit=i)
            if rng is not None and rng[0] == f + 1 and is_noun_phrase(tokens, rng[0], rng[1], lex):
                return rng  # "In der Meldung wird Musk wie folgt zitiert": the quoted person, not the report
        for k in range(f + 1, i):
            if tokens[k].lower in _AGENT_PREPOSITIONS and not self.in_quote[k]:
                rng = noun_phrase_after(tokens, k + 1, lex, skip_adverbs=False, limit=i)
                if rng is not None:
                    return rng  # the agent, also after a fronted "In der letzten Woche war …"
        if a < f and tokens[a].lower in _DOCUMENT_PREPOSITIONS:
            if f - a == 2 and tokens[a + 1].lower in lex.words["articles"]:
                return (a + 1, a + 2)  # "In diesem wird festgehalten, …"
            return noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)
        if self.lang == "de" and a < f and tokens[a].lower in _AGENT_PREPOSITIONS:
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
        k = a - 1
        for _ in range(4):
            if k <= 0 or tokens[k].text != ",":
                return None
            a2, b2 = clause_bounds(self.boundary, k - 1)
            if b2 <= a2:
                return None
            if tokens[a2].start <= self.body_start:
                if tokens[a2].lower not in _DOCUMENT_PREPOSITIONS:
                    return None
                rng = noun_phrase_after(tokens, a2 + 1, lex, skip_adverbs=False, limit=b2)
                heads = tuple(lex.words["report_nouns"])
                return rng if rng is not None and any(t.text[:1].isupper() and t.lower.endswith(heads)
                                                      for t in tokens[rng[0]:rng[1]]) else None
            k = a2 - 1
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
        if i - a > 3 or not rest or rest[0].lower not in _PASSIVE_AUX or not all(
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
        if a < 2 or not rest or rest[0].lower not in _PASSIVE_AUX or not all(
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

    def _content_clause(self, k: int) -> bool:
        """German: a clause from token k that reads as reported content (dass/ob or Konjunktiv)."""
        from claims.mood import reported_mood

        if k >= len(self.tokens) or self._adverbial_clause(k):
            return False
        if self.tokens[k].lower in self.lex.words["complementizers"]:
            return True
        _, b = clause_bounds(self.boundary, k)
        return reported_mood(self.tokens[k:b], self.in_quote[k:b], self.lex) is not None

    def _relative_as_subject(self, k: int, cue: Cue) -> bool:
        """Right after a finite verb of saying, "der/die/das …" opens the reported clause ("erklärte, die
        Verfassung werde …"): a relative pronoun cannot attach to a verb. After a clause-final participle
        ("hat die Filme angekündigt, die …") it is a relative clause."""
        if self.lang != "de" or self.tokens[k].lower not in _ARTICLE_RELATIVES:
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
        if low in _NOT_CONTENT_CLAUSE.get(self.lang, ()):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if self.lang == "de" and low in _REPORTED_CONNECTIVES and nxt is not None and (
                    nxt.lower in lex.konjunktiv_i or nxt.lower in lex.words["auxiliaries"]):
                return False  # "…, damit solle ein Machtvakuum vermieden werden": an adverb before the verb
            if low in lex.words["coordinators"] and nxt is not None and nxt.text in QUOTE_MARKS:
                return False  # "…, doch „…“": a quotation after the conjunction is still the speaker's
            return True
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if self.lang == "de" and low in lex.words["relatives"] and low not in _FREE_RELATIVES and nxt is not None \
                and nxt.text[:1].islower() and not (_ADJ_RE.match(nxt.lower) and after is not None
                                                    and nxt.lower not in lex.words["articles"]
                                                    and nxt.lower not in _PREPOSITIONS_DE
                                                    and (after.text[:1].isupper() or _ADJ_RE.match(after.lower)
                                                         and after.lower not in lex.words["auxiliaries"])):
            if not self._attributive_run(k + 1):  # not "…, die neuen Regeln", "…, der erste rein deutsche Flug"
                return True  # "…, die später benannt werden", "…, die gestiegen seien"
        if self.lang == "de" and low in _PREPOSITIONS_DE and nxt is not None and nxt.lower in lex.words["relatives"] \
                and (after is None or after.text[:1].islower() and not _ADJ_RE.match(after.lower)):
            return True  # "…, von dem nur einige Ausnahmen gelten"
        return False

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
                return k > j and bool(_ADJ_RE.match(tokens[k - 1].lower)) and adverbs <= 1
            if not tok.text[:1].isalpha() or tok.lower in lex.words["articles"] or tok.lower in _PREPOSITIONS_DE \
                    or tok.lower in lex.words["auxiliaries"] or tok.lower in lex.konjunktiv_i:
                return False
            if not _ADJ_RE.match(tok.lower):
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
            return _trim_span(self.text, max(q.inner_start, self.start), min(q.inner_end, self.end)), [q]
        return _trim_span(self.text, self.body_start, pos), []

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
                    and cue.lemma in _QUOTING_VERBS:
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

    def _with_reported_relatives(self, d: Draft, cues: list[Cue]) -> list[Draft]:
        """``d`` and the Konjunktiv relative clauses of its noun-phrase content as drafts of their own ("prangert
        Morde an, die … verübt würden": the relative clause is the report); the object noun phrase before them stays
        a claim only when it holds a quotation or is the subject's whole act."""
        relatives = self._reported_relatives(d, cues)
        if not relatives:
            return [d]
        kept = _trim_span(self.text, d.content[0], relatives[0].content[0])
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
            if tokens[k].lower in _PREPOSITIONS_DE and tokens[k + 1].lower in lex.words["relatives"]:
                k += 1  # "…, für die ein unzulänglicher Gesetzesrahmen verantwortlich sei"
            if tokens[k].lower not in lex.words["relatives"] or tokens[k].lower in _FREE_RELATIVES \
                    or not tokens[k].text[:1].islower() or not self._adverbial_clause(k):
                continue
            if any(nc.index > c and nc.kind != "relative" and clause_bounds(self.boundary, nc.index)[0] == c + 1
                   for nc in cues):
                continue  # the relative clause has a cue of its own
            _, b = clause_bounds(self.boundary, c + 1)
            if reported_mood(tokens[c + 1:b], self.in_quote[c + 1:b], lex) is None \
                    or any(t.lower in _FIRST_PERSON for t in tokens[c + 1:b]):
                continue  # no Konjunktiv, or the writer's own first person ("…, die ich als Ziele ansehe")
            if b + 1 < len(tokens) and tokens[b].text == "," and self._zu_infinitive(b + 1):
                b = clause_bounds(self.boundary, b + 1)[1]  # "…, die es ermöglicht hätten, … zu treffen"
            span = _trim_span(self.text, tokens[c + 1].start, min(tokens[b - 1].end, self.body_end))
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
        first, rest = _trim_span(self.text, s, opener.start), _trim_span(self.text, tokens[after].start, e)
        if first is None or rest is None or _meaningful(tokens, after, end, lex) < 3 \
                or _meaningful(tokens, 0, k, lex) < 3:
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
                        "possessives", tokens[begin - 1].lower) or _ADJ_RE.fullmatch(tokens[begin - 1].lower)):
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

    def _past_laut(self, k: int) -> int:
        """The token after a "laut X" phrase at token k ("sagte Raab laut Spiegel Online, …"), else k."""
        tokens = self.tokens
        if k < len(tokens) and tokens[k].lower in self.lex.words["prepositions"]:
            rng = noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False)
            if rng is not None:
                return rng[1]
        return k

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
            and self.tokens[i + 1].lower in _PASSIVE_AUX

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
            nxt.lower in _PREPOSITIONS_DE and after is not None and after.lower in lex.words["relatives"]))

    def _has_finite_verb(self, a: int, b: int) -> bool:
        """German: tokens a..b hold a finite verb outside quotations, Konjunktiv or indicative (HanTa)."""
        from claims.mood import finite_indicative, reported_mood

        words, flags = self.tokens[a:b], self.in_quote[a:b]
        return reported_mood(words, flags, self.lex, strict=False) is not None \
            or finite_indicative(words, flags, self.lex)

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
        in_pp = _PREPOSITIONS_DE | _CONTRACTED_PREPOSITIONS
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
                   and not any(t.lower in _CASUALTY_LINKS for t in self.tokens[max(a, k - 2):k])
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
        d.content = _trim_span(self.text, s, self.body_end)
        d.clause = True
        d.quotes = []
        return d

    def _passive_agent_in(self, cue: Cue, start: int, b: int) -> tuple[int, int] | None:
        """German verb-final passive clause with its agent ("wie der Zeitung von der Gruppe berichtet wird"): the
        agent after "von" speaks, not the addressee or subject before it (but "wie X von Y zitiert wird": X)."""
        tokens, i = self.tokens, cue.index
        if cue.lemma in _QUOTING_VERBS or not any(t.lower in _PASSIVE_AUX for t in tokens[i + 1:b]):
            return None
        k = next((k for k in range(start, i) if tokens[k].lower in _AGENT_PREPOSITIONS and not self.in_quote[k]), None)
        return None if k is None else noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False, limit=i)

    def _named_agent(self, source: tuple[int, int]) -> bool:
        """The source of a passive report is its agent ("von der Opposition") or a report ("im Bericht"), not an
        adverbial ("In diesem Zusammenhang")."""
        tokens = self.tokens
        if source[0] > 0 and tokens[source[0] - 1].lower in _AGENT_PREPOSITIONS:
            return True
        head = tokens[source[1] - 1].lower
        return any(head.endswith(r) for r in self.lex.words.get("report_nouns", ()))

    def _pronoun_object(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` opens with a demonstrative pronoun as the object ("Ich werfe das niemandem vor"): it
        points back to what is reported, so the act is no claim of its own."""
        k = next((j for j, t in enumerate(self.tokens) if t.start >= span[0]), None)
        return k is not None and self.tokens[k].lower in _DEMONSTRATIVES and (
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
        d.content = _trim_span(self.text, max(start, self.body_start), end) or d.content
        d.clause = True
        d.quotes = []

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
        if self.lang == "de" and self._prepositional_prefield(a) is not None:
            return False  # "In dem Brief, den er verfasste, schreibt er, …": the prefield, not content
        if _meaningful(tokens, after, n, self.lex) <= _SHORT_TAIL and not tail_is_clause:
            return True
        k = after
        while k < n and tokens[k].lower in _ADVERBS_AFTER_TRAILING_CUE:
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
        if k >= a - 1 or tokens[k].lower not in _IMPERSONAL_SOURCE_PREPS:
            return None
        _, j = clause_bounds(self.boundary, k)
        if j >= a - 1 or tokens[j].text != "," or self._has_finite_verb(k, j):
            return None
        j += 1
        while j < a:
            opens_relative = tokens[j].lower in lex.words["relatives"] or tokens[j].lower in _PREPOSITIONS_DE \
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
        tokens, n = self.tokens, len(self.tokens)
        if c == 0 or not tokens[c - 1].text[:1].isupper() or self._content_clause(c + 1):
            return None  # "sagte der Presse, die Partei werde …": an article, not a relative pronoun
        b = c
        for _ in range(2):
            if b + 1 >= n or tokens[b].text != "," or tokens[b + 1].lower not in self.lex.words["relatives"]:
                return None
            _, b = clause_bounds(self.boundary, b + 1)
            if b + 1 < n and tokens[b].text == "," and self._content_clause(b + 1):
                return b
        return None

    def _konjunktiv_after_relatives(self, b: int) -> bool:
        """German: a subject noun phrase ending at the comma at token b is followed by relative clauses and then
        its own Konjunktiv verb ("meinte, Yang, die gesungen hatte, wäre perfekt gewesen")."""
        tokens, n = self.tokens, len(self.tokens)
        for _ in range(3):
            if b + 1 >= n or tokens[b].text != "," or tokens[b + 1].lower not in self.lex.words["relatives"]:
                return False
            _, b = clause_bounds(self.boundary, b + 1)
            if b + 1 < n and tokens[b].text == "," and self._content_clause(b + 1):
                return True
        return False

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
        return not (low in _WH_WORDS or low in _PREPOSITIONS_DE and nxt in _WH_WORDS)

    def _indicative(self, a: int, b: int) -> bool:
        """German: tokens a..b hold an indicative finite verb (HanTa) and no Konjunktiv form."""
        from claims.mood import finite_indicative

        return finite_indicative(self.tokens[a:b], self.in_quote[a:b], self.lex)

    def _first_conjunct_subject(self, a: int, f: int) -> tuple[int, int] | None:
        """German: the subject of "X dankte … und ergänzte, …" when the first verb is no cue: a personal pronoun
        in the first conjunct ("legte er sein Amt nieder und verkündete"), or the subject before appositions."""
        tokens = self.tokens
        for k in range(a, f):
            if tokens[k].lower in _DE["pronouns"] and k > a and tokens[k - 1].text[:1].islower():
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
            if rng is not None and rng[0] == a + 1 and tokens[a + 1].lower not in _OBJECT_ARTICLES \
                    and tokens[a + 1].lower not in _GENITIVE_ARTICLES:
                return rng
        return self._subject_before_insertions(a) if a > 0 and tokens[a - 1].text == "," else None

    def _inverted_first_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """German: the subject right after the first verb when an adverbial opens the sentence ("Am Sonntag zogen
        die Demonstranten vor das Rathaus und skandierten …"); the verb is the first lower-case word that is no
        article, preposition or opening adverb, before any comma; ``end`` is where the first conjunct ends."""
        tokens, lex = self.tokens, self.lex
        openers = _PREPOSITIONS_DE | lex.words["prefield_adverbs"] | _CONTRACTED_PREPOSITIONS
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
        if rng is None or rng[0] != verb + 1 or tokens[rng[0]].lower in _OBJECT_ARTICLES \
                or tokens[rng[0]].lower in _GENITIVE_ARTICLES \
                or not is_noun_phrase(tokens, rng[0], rng[1], lex):
            return None
        return rng

    def _participle_adverbial(self, a: int, f: int) -> bool:
        """German: a prefield that opens with a participle and a preposition ("Passend zu der Aktion warnte die
        Moderatorin …", "Ergänzend zu …"): an adverbial, not the subject."""
        tokens = self.tokens
        return self.lang == "de" and a + 1 < f and tokens[a].lower.endswith("end") \
            and tokens[a + 1].lower in _PREPOSITIONS_DE

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
        return nxt not in lex.words["auxiliaries"] and nxt not in _NOT_AFTER_LAUT_NAME

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
            if not cue.act or i - a < 3 or a < 2 or tokens[a - 1].lower not in _PREPOSITIONS_DE:
                return None
            # "…, in der Hu die Vergabe als Katastrophe bezeichnete": the reported act is the clause
            whole = True
        if any(t.lower in _PASSIVE_AUX for t in tokens[a:b]):
            return None  # "…, die beschuldigt werden, …": the pronoun is not the speaker
        inner = noun_phrase_after(tokens, a + 1, lex, limit=i)
        if inner is not None and tokens[a].lower in _GENITIVE_RELATIVES and tokens[a - 1].text != "," \
                and inner[0] == a + 1:
            # "in dessen Folge das Gericht feststellte": the subject follows the noun that "dessen" owns
            owned_end = inner[1]
            inner = noun_phrase_after(tokens, owned_end, lex, limit=i)
            if inner is None or any(t.lower not in lex.words["articles"] for t in tokens[owned_end:inner[0]]):
                return None
            source = (owned_end, inner[1])
        elif quoted and inner is not None and inner[0] == a + 1 and tokens[a].lower in _NAME_RELATIVES \
                and inner[1] - inner[0] >= 2 and all(is_name_like(t.text) for t in tokens[inner[0]:inner[1]]):
            source = inner  # "die Marke, die Gerhard Schröder erklärt hatte: „…“": a full name is the subject
        elif tokens[a].lower in _SUBJECT_RELATIVES_DE and tokens[a - 1].text == ",":
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
            d.content = _trim_span(self.text, tokens[start].start, tokens[b - 1].end)
            d.clause = True
            return None if d.content is None or self._quotes_within(d.content) else d
        d.content = _trim_span(self.text, tokens[b + 1].start, self.body_end)
        d.clause = True
        d.quotes = quoted
        return d

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
        if self.lang != "de" or k + 1 >= len(tokens) or tokens[k].lower not in _INSERT_PREPOSITIONS:
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

    def _prepositional_insert(self, k: int) -> int | None:
        """German: the closing comma of a prepositional phrase set off between commas after the comma at
        token k, when a reported clause follows it (", gegenüber der BBC, dass …")."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k + 1].lower not in _INSERT_PREPOSITIONS:
            return None
        c = next((j for j in range(k + 2, min(len(tokens), k + 9)) if self.boundary[j]), None)
        return c if c is not None and tokens[c].text == "," and self._content_clause(c + 1) else None

    def _describes(self, k: int, end: int) -> bool:
        """Whether tokens k..end are a descriptive noun phrase with no verb ("der Sprecher der Ambulanz")."""
        tokens, lex = self.tokens, self.lex
        first = tokens[k]
        if first.lower in lex.words.get("not_subject_starts", ()) or first.lower in _PREPOSITIONS_DE:
            return False
        if not (first.lower in lex.words["articles"] or first.text[:1].islower() and _ADJ_RE.match(first.lower)
                or first.text[:1].isupper() and first.lower not in lex.words["relatives"]
                and first.lower not in lex.words["pronouns"]):
            return False
        for j in range(k, end):
            t, low = tokens[j], tokens[j].lower
            if t.text[:1].isupper() or not t.text[:1].isalpha() or low in lex.words["articles"] \
                    or low in _PREPOSITIONS_DE or low in _NP_FILLERS:
                continue
            nxt = tokens[j + 1] if j + 1 < end else None
            if _ADJ_RE.match(low) and low not in lex.verbs and low not in lex.words["auxiliaries"] and nxt is not None \
                    and nxt.lower not in lex.words["articles"] and (nxt.text[:1].isupper() or _ADJ_RE.match(nxt.lower)
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
            if low in _PREPOSITIONS_DE or low in _PHRASE_PREPOSITIONS:
                in_pp = True
            elif low in lex.words["articles"] and not in_pp:
                return False  # an object noun phrase ("…, kündigte X die Stellen an")
            elif t.text[:1].isupper() and not in_pp and j > k:
                return False
            elif t.text[:1].islower() and t.text[:1].isalpha() and not in_pp and not (
                    low in lex.words["prefield_adverbs"] or low in _SKIP_AFTER_SOURCE or low in _ADVERBS_AFTER_SOURCE):
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
        if not (first.lower in lex.words["articles"] or first.text[:1].islower() and _ADJ_RE.match(first.lower)):
            return False
        return self._describes(k, end)

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
            elif i == a and a > 0 and self.lang == "de" and _meaningful(tokens, rng[1], b, lex) >= 3:
                # "…, nach neuesten Erkenntnissen habe ein Unbekannter …": the clause goes on after the source
                d.content, _ = self._content_after(rng[1], cue, later)
            elif i == a and a > 0:
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                if self.lang == "en" and self._interjection_before(d, "according"):
                    d.content, _ = self._content_after(rng[1], cue, later)  # "Moreover, according to X, …"
                    d.trailing = False
            else:
                d.content = self._parenthetical_rest(i, rng[1]) or self._embedding_clause(a, b) \
                    or self._after_fronted_source(i, rng[1]) or _trim_span(
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
            if rng is None and self.lang == "de" and i >= 2 and tokens[i - 2].lower == "mit":
                rng = self._inverted_subject_before(k, i)  # "Am Dienstag zog X das Angebot mit der Begründung zurück"
                if rng is not None:
                    d.source = rng
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
            if d.name is not None and d.name[0] > 1 and tokens[d.name[0] - 1].lower in _INSERT_PREPOSITIONS \
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
            d.content = _trim_span(self.text, tokens[cue.end_index + 1].start, min(stop, self.body_end))
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
            d.content = _trim_span(self.text, tokens[i + 1].start, min(stop, self.body_end))
            return d
        if cue.kind == "anaphoric":
            # "Demnach hätten sich die Menschen …": the source is the one named before
            d = Draft(cue, source=(i, i + 1), anaphoric=True)
            if tokens[i].start <= self.body_start + 1:
                d.content = _trim_span(self.text, tokens[i].end, self.body_end)
            else:
                d.content = _trim_span(self.text, self.body_start, self.body_end)
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
                d.content = self._embedding_clause(a, b) or _trim_span(self.text, self.body_start, self.body_end)
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
                d.content = _trim_span(self.text, self.body_start, self.body_end)
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
            d.content = _trim_span(self.text, tokens[i].start, min(stop, self.body_end))
            return d
        if cue.kind == "impersonal" and cue.lemma is not None:
            # "Im April wurde bekannt, dass …", "Wie heute bekannt wurde, …": no one named, the clause after it
            d = Draft(cue)
            d.content, clause = self._content_after(last + 1, cue, later)
            return d if clause else None
        if cue.kind == "impersonal":
            d = Draft(cue)
            # "In einem Papier des Ministeriums heißt es, …" / "heißt es in dem Schreiben: …"
            if a < i and tokens[a].lower in _IMPERSONAL_SOURCE_PREPS and self._document_antecedent(a) is not None:
                # "eine Erklärung, in der es heißt, …": the document before the relative clause
                d.source = self._document_antecedent(a)
                d.content, _ = self._content_after(last + 1, cue, later)
                return d
            if cue.text.lower() in ("es heißt", "es hieß"):
                # elsewhere "es heißt" is read as the verb it holds ("und es heißt nun, dass …")
                verb = tokens[cue.end_index]
                return self._verb_draft(Cue("verb", cue.end_index, verb.start, verb.end, verb.text, weak=True,
                                            lemma="heißen"), a, b, later, previous)
            if a < i and tokens[a].lower in _IMPERSONAL_SOURCE_PREPS:
                d.source = noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=i)
            elif (p := self._preposition_after(last)) is not None:
                d.source = noun_phrase_after(tokens, p + 1, lex, skip_adverbs=False) or self._report_phrase(p + 1)
                if d.source is not None:
                    last = d.source[1] - 1
                    while last + 1 < len(tokens) and tokens[last + 1].lower in _SKIP_AFTER_SOURCE:
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
        while k < len(tokens) and k <= last + 2 and (tokens[k].lower in _SKIP_AFTER_SOURCE
                                                      or self.lex.has("anaphoric_objects", tokens[k].lower)):
            k += 1
        return k if k + 1 < len(tokens) and tokens[k].lower in _IMPERSONAL_SOURCE_PREPS else None

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
        if close is None or _meaningful(tokens, after, close, self.lex) < 3:
            return None
        return _trim_span(self.text, tokens[after].start, tokens[close - 1].end)

    def _embedding_clause(self, a: int, b: int) -> tuple[int, int] | None:
        """German: the relative or subordinate clause (tokens a..b, after a comma) that holds a "nach/laut X"
        inside it ("…, der nach Angaben der Zeitung seine Kollegen beschimpfte"): only that clause is reported."""
        tokens, lex = self.tokens, self.lex
        if self.lang != "de" or a == 0 or tokens[a - 1].text != "," or b <= a + 1:
            return None
        first, second = tokens[a].lower, tokens[a + 1].lower
        opens = first in lex.words["relatives"] or first in lex.words["complementizers"] \
            or first in lex.words["subordinators"] or first in _PREPOSITIONS_DE and second in lex.words["relatives"]
        if not opens:
            return None
        return _trim_span(self.text, tokens[a].start, min(tokens[b - 1].end, self.body_end))

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
        while k < len(tokens) and tokens[k].lower in _ADVERBS_BEFORE_SECOND_QUOTE:
            k += 1
        if k + 1 < len(tokens) and tokens[k].text in (",", ":") and tokens[k + 1].text in QUOTE_MARKS:
            q = self._quote_starting_at(tokens[k + 1].start)
            if q is not None:
                d.quotes.append(q)

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
            if tokens[k].lower in _PASSIVE_AUX:
                return True
        return False

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
        if first is not None and (first in lex.words["as_words"]):
            # "wie die Polizei mitteilte, …" / "…, as the company said." / "wie aus Kreisen verlautete"
            start = a + 1
            if self.lang == "de" and start + 1 < i and tokens[start].lower == "sich" \
                    and tokens[start + 1].lower in _SOURCE_PREPOSITIONS:
                start += 1  # "Wie sich aus dem Bericht ergab"
            start = start + 1 if start < i and tokens[start].lower in _SOURCE_PREPOSITIONS else start
            while self.lang == "de" and start < i - 1 and tokens[start].lower in _TRAILING_ADVERBS:
                start += 1  # "Wie schon die WHO sagte"
            rng = self._passive_agent_in(cue, start, b) or noun_phrase_after(tokens, start, lex, skip_adverbs=False,
                                                                           limit=i)
            if rng is None:
                return None
            d.source = rng
            if a == 0 or tokens[a].start <= self.body_start or all(
                    t.lower in _SENTENCE_CONNECTIVES
                    for t in tokens[:a] if t.start >= self.body_start):
                k = b
                while k < len(tokens) and tokens[k].text in (",",):
                    k += 1
                d.content = _trim_span(self.text, tokens[k].start, self.body_end) if k < len(tokens) else None
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
            if not verb_final or f < i and tokens[f].lower in _PASSIVE_AUX \
                    or f == i and tokens[i - 1].lower in lex.words["coordinators"] \
                    and lex.has("comparison_particles", first):
                # "Als Grund gab die Schule an, …", "Als Grund wurde genannt, …", "Als Beispiel nannte er …
                # und führte aus, …": a prepositional "als"
                subordinate = False
            elif i + 1 < b and tokens[i + 1].lower in _PASSIVE_AUX and not lex.has("comparison_particles", first):
                return self._subordinate_passive(cue, a, b)
            elif first not in _CONTENT_COMPLEMENTIZERS:
                # "…, da sie befürchtete, man wolle …": speaker in the subordinate clause, content after it
                rng = noun_phrase_after(tokens, a + 1, lex, limit=f if f < i else i)
                colon_quote = b + 1 < len(tokens) and tokens[b].text == ":" and tokens[b + 1].text in QUOTE_MARKS
                if rng is None or b >= len(tokens) or tokens[b].text != "," and not colon_quote \
                        or not colon_quote and not self._content_clause(b + 1) \
                        and not self._zu_infinitive(b + 1) and not (not cue.weak and self._conditional_clause(b + 1)) \
                        or tokens[rng[0]].lower in _OBJECT_ARTICLES:
                    return None
                d.source = rng
                d.content = _trim_span(self.text, tokens[b + 1].start, self.body_end)
                if d.content is not None and not colon_quote:
                    d.content = self._until_main_clause(d.content)  # "Während X ankündigte, …, stellt sich Y …"
                return d
        if first is not None and after_comma and self.lang == "de" and (
                first in lex.words["relatives"] or first in _PREPOSITIONS_DE and a + 1 < f
                and tokens[a + 1].lower in lex.words["relatives"]):
            rel = self._relative_report(cue, a if first in lex.words["relatives"] else a + 1, b)
            if rel is None and first in lex.words["relatives"]:
                rel = self._relative_passive(cue, a, i, b)
            if rel is None and first in lex.words.get("report_prepositions", ()):
                rel = self._passive_in_document(cue, a, i, b)
            if rel is not None:
                return rel
        if first is not None and not (self.lang == "en" and first in _SUBJECT_RELATIVES_EN and f - a == 1) and (
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
            (f < i and tokens[f].lower in _PASSIVE_AUX) or (i + 1 < len(tokens) and tokens[i + 1].lower == "worden")
            or self._state_passive(cue, f))
        if passive and first is None and cue.lemma in _QUOTING_VERBS and 0 < a == f < i - 1 and (
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
            if not clause and first is not None and f - a == 1 and first in _DEMONSTRATIVES and self.prev_span \
                    and tokens[a].start <= self.body_start and d.source is not None:
                # "Das wurde vom Presseamt am Montag bekannt gegeben.": the content is the previous sentence
                d.content, d.trailing = _trim_span(self.text, *self.prev_span), True
                return d
            if clause and self.lang == "de" and d.content is not None and not self._passive_content_ok(d):
                return None
            agent = d.source is not None and self._named_agent(d.source) and tokens[i - 1].lower != "nicht"
            if d.content is None and cue.act and agent:
                d.content = _trim_span(self.text, tokens[a].start, tokens[i].end)  # the participle ends the clause
            if not clause and cue.act and d.content is not None and agent and not self._quotes_within(d.content):
                d.act = True  # "Die Forderung wurde vom Minister als unrealistisch bezeichnet"
                return d
            return d if clause else None
        if first is not None and f - a == 1 and lex.has("anaphoric_objects", first) and self.prev_span \
                and tokens[a].start <= self.body_start and not self._own_content(cue, after_cue, later):
            first = "dies"  # "Davon geht der Minister aus.": the previous sentence, as with "Dies"
        if first is not None and f - a == 1 and first in _DEMONSTRATIVES and self.prev_span \
                and tokens[a].start <= self.body_start:
            # "Dies gab Airbus bekannt.": the content is the previous sentence
            rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
            if rng is None and f + 2 < len(tokens) and tokens[f + 1].lower in _SOURCE_PREPOSITIONS:
                rng = noun_phrase_after(tokens, f + 2, lex, skip_adverbs=False,
                                        limit=cue.particle)  # "Dies geht aus einer Mitteilung hervor."
            if rng is None:
                return None
            d.source = rng
            d.content = _trim_span(self.text, *self.prev_span)
            d.trailing = True
            return d
        if first is not None and f - a == 1 and first in _DEMONSTRATIVES and self.lang == "de" and a > 1 \
                and tokens[a - 1].text == "," and tokens[0].start >= self.body_start:
            # "Die Kamera ist ausgefallen, das teilte das Institut mit.": the clause before is the content
            rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
            if rng is None:
                return None
            d.source = rng
            d.content = _trim_span(self.text, self.body_start, tokens[a - 1].start)
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
                        d.content = _trim_span(self.text, tokens[k].start, self.body_end) if k < len(tokens) \
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
            rng = None if nxt in lex.words["person_pronouns"] or nxt in _SPEAKER_PRONOUNS \
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
            d.content = _trim_span(self.text, tokens[a].start, tokens[f - 1].end)
            d.clause = False
            return d
        if self.lang == "de" and first is not None and f + 1 < len(tokens) and f + 1 <= i + 1 \
                and tokens[f + 1].lower in _INVERTED_PRONOUN_SUBJECTS \
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
        while self.lang == "de" and f_np - 1 > a and tokens[f_np - 1].lower in _TRAILING_ADVERBS:
            f_np -= 1  # "Die Kanadier hingegen sagen, …"
        fronted_object = cue.act and tokens[a].lower in _OBJECT_ARTICLES  # "Den Schaden schätzt die Polizei auf …"
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
                        and _meaningful(tokens, b + 1, len(tokens), lex) >= 2 and not self._adverbial_clause(b + 1):
                    # "In zehn Jahren, so schätzen die Forscher, soll …": an insertion; the sentence is the content
                    d.content = _trim_span(self.text, self.body_start, self.body_end)
                    return d
                d.content, d.quotes = self._content_before(a - 1)
                d.trailing = True
                return d
        # adverbial prefield, inverted subject after the finite verb
        rng = noun_phrase_after(tokens, f + 1, lex, limit=i if f < i else None)
        if rng is None and first in _SOURCE_PREPOSITIONS:
            rng = noun_phrase_after(tokens, a + 1, lex, skip_adverbs=False, limit=f)  # "Aus Militärkreisen verlautete"
        if rng is None:
            return None
        d.source = rng
        start_after = max(after_cue, self._past_laut(rng[1])) if f == i else after_cue
        d.content, clause = self._content_after(start_after, cue, later)
        if d.content is None and f < i and rng[1] < i:
            d.content, clause = self._middle_field(rng[1], i, cue), False
        return d if self._enough(d, clause) else None

    def _subordinate_passive(self, cue: Cue, a: int, b: int) -> Draft | None:
        """German: a passive cue that ends a subordinate clause with its content after the comma ("…, dass der
        Verband aufgefordert wurde, sich … zu beteiligen"): the "von" agent speaks, else no one is named."""
        tokens = self.tokens
        if b + 1 >= len(tokens) or tokens[b].text != "," or not (
                self._content_clause(b + 1) or self._zu_infinitive(b + 1)):
            return None
        d = Draft(cue, clause=True)
        for k in range(a + 1, cue.index):
            if tokens[k].lower in _AGENT_PREPOSITIONS and not self.in_quote[k]:
                d.source = noun_phrase_after(tokens, k + 1, self.lex, skip_adverbs=False, limit=cue.index)
                break
        d.content = _trim_span(self.text, tokens[b + 1].start, self.body_end)
        if d.content is not None:
            d.content = self._until_main_clause(d.content)
        return d if d.content is not None else None

    def _governed_infinitive_draft(self, cue: Cue, later: list[Cue]) -> Draft | None:
        """German: a cue in a "zu" infinitive that "sich beeilen" and the like govern ("Der Sprecher beeilte sich,
        gegenüber Journalisten zu erklären, …"): the sentence's subject speaks, the clause after it is content."""
        d = Draft(cue, source=self._main_clause_subject(cue.index))
        if d.source is None:
            return None
        d.content, clause = self._content_after(cue.index + 1, cue, later)
        return d if clause and d.content is not None else None

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
                or verb.lower in _PREPOSITIONS_DE or verb.lower in lex.words["coordinators"]:
            return None
        return rng

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
                and is_noun_phrase(tokens, rng[0], rng[1], lex) and tokens[k].lower not in _OBJECT_ARTICLES:
            return rng
        if rng is not None and rng[0] == k and rng[1] + 2 < i and tokens[rng[1]].text == "," \
                and tokens[k].lower not in _OBJECT_ARTICLES:
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
        if k >= i or tokens[k].lower not in _PREPOSITIONS_DE and tokens[k].lower not in lex.words["prefield_adverbs"] \
                and not lex.has("not_subject_starts", tokens[k].lower):
            return None
        verb = next((j for j in range(k + 1, min(i, k + 5)) if tokens[j].text[:1].islower()
                     and tokens[j].text.isalpha() and tokens[j].lower not in lex.words["articles"]
                     and tokens[j].lower not in _PREPOSITIONS_DE), None)
        if verb is None or any(t.text in (",", ";", ":") for t in tokens[k:verb]):
            return None
        rng = noun_phrase_after(tokens, verb + 1, lex, skip_adverbs=False, limit=i)
        if rng is None or rng[0] != verb + 1 or tokens[rng[0]].lower in _OBJECT_ARTICLES \
                or not is_noun_phrase(tokens, rng[0], rng[1], lex):
            return None
        return rng

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
                        or nxt.lower in lex.words["coordinators"] or nxt.lower in _PREPOSITIONS_DE)):
                return _trim_span(self.text, span[0], t.start) or span
        return span

    def _adjuncts_before(self, a: int, f: int) -> bool:
        """German: tokens a..f are adverbials only ("in Luxemburg", "heute", "gegenüber der Presse"), as between
        an apposition and its verb ("Wie X, Sprecher der UN, in Bangkok mitteilte, …")."""
        tokens, lex = self.tokens, self.lex
        if f - a < 1 or f - a > 6:
            return False
        first = tokens[a].lower
        if not (first in _PREPOSITIONS_DE or first in _ADVERBS_AFTER_SOURCE
                or first in _PHRASE_PREPOSITIONS):
            return False
        return not any(t.lower in lex.verbs or t.lower in lex.words["auxiliaries"] or self.boundary[k]
                       for k, t in enumerate(tokens[a:f], start=a))

    def _focused_subject(self, a: int, f: int) -> bool:
        """German: a focus particle and the subject before the verb ("Auch Feinstein argumentierte, …",
        "Selbst der Minister räumte ein, …")."""
        return self.lang == "de" and f - a >= 2 and self.lex.has("subject_focus_particles", self.tokens[a].lower) \
            and self.tokens[a].start <= self.body_start and is_noun_phrase(self.tokens, a + 1, f, self.lex)

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

    def _evidence_subject(self, d: Draft) -> bool:
        """English: findings, data or a study as the subject of a weak cue ("the results show the plan
        failed"), which then takes a bare clause like a strong cue."""
        return self.lang == "en" and d.source is not None and d.source[1] > 0 \
            and self.lex.has("evidence_nouns", self.tokens[d.source[1] - 1].lower)

    def _bare_clause(self, span: tuple[int, int]) -> bool:
        """English: content that reads as a clause without "that" ("the plan would fail")."""
        raw = self.text[span[0]:span[1]].split()[:14]
        words = [w.strip(",.;:\"“”") for w in raw]
        if len(words) < 3 or words[0].lower() in _NOT_CLAUSE_START:
            return False
        if words[0].lower().endswith("ing"):
            return any(w.lower() in self.lex.words["finite_forms"] for w in words[1:])  # "adding salt is the simplest method"
        if self.lex.has("subject_pronouns", words[0].lower()) or words[0].lower().endswith(
                tuple(self.lex.words.get("contractions", ()))):
            return True  # "they really want …", "it'll be good"
        if words[0][:1].isupper() and words[1][:1].islower() and words[1].lower() not in _NOT_CLAUSE_START \
                and words[1].lower() not in self.lex.words["articles"] and words[0].lower() not in \
                self.lex.words["articles"]:
            return True  # "Montalvo left …"
        for k, w in enumerate(words[1:], start=1):
            low = w.lower()
            if low in self.lex.words["finite_forms"]:
                return True
            prev = words[k - 1].lower()
            if prev in self.lex.words["articles"] or prev in _NOT_CLAUSE_START:
                continue  # "its factories", "for reports": a noun after a determiner or preposition
            if prev in _EN_WH_RELATIVES and k > 1:
                return False  # "a friend who loves …": the verb of a relative clause on the object
            if low in self.lex.verbs:
                return True
            if w[:1].islower() and len(low) > 3 and (low.endswith("ed") or (
                    low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))
                    and not self._plural_noun_at(words, raw, k))):
                return True
        return False

    @staticmethod
    def _plural_noun_at(words: list[str], raw: list[str], k: int) -> bool:
        """English: the -s word k ends a noun phrase rather than being a verb: it closes a list item or a
        phrase ("mutants, and …", "2000 words", "operators and mutants", "works of")."""
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        return raw[k][-1:] in ".;:" or nxt in _EN_NOUN_FOLLOWERS or words[k - 1].isdigit() \
            or raw[k][-1:] == "," and k + 1 < len(raw) and raw[k + 1].lower() in _EN_LIST_CONJUNCTIONS

    def _subject_before_insertions(self, a: int) -> tuple[int, int] | None:
        """The sentence-initial subject before relative clauses and appositions that end at token a."""
        tokens, lex = self.tokens, self.lex
        k = a - 1
        later: tuple[int, int] | None = None  # the segment after the current one, nearer the verb
        for _ in range(4):
            if k <= 0 or tokens[k].text != ",":
                return None
            a2, b2 = clause_bounds(self.boundary, k - 1)
            if b2 <= a2:
                return None
            if tokens[a2].start <= self.body_start:
                if tokens[a2].lower in _OBJECT_ARTICLES:
                    return None  # "Den Währungsfonds, dessen …, forderte er auf": an object
                if self.lang == "en" and later is not None and (tokens[a2].lower.endswith("ing")
                                                                 or self._en_adverbial_segment(a2, b2)):
                    return later  # "Speaking in the parents' defense, Tom Molomby said", "Relatedly, Street argues"
                if is_noun_phrase(tokens, a2, b2, lex) or self._describes(a2, b2) \
                        or self._en_verbless_subject(a2, b2):
                    return (a2, b2)
                if later is not None and self._introductory(a2):
                    return later  # "After the match, Hernan Dario Gomez, Panama coach, said": the subject follows
                return None
            if self.lang == "de" and tokens[a2].text[:1].islower() and tokens[a2].lower in lex.words["auxiliaries"]:
                return None  # "…, habe nun das Festland erreicht, meldet …": a main clause, not an insertion
            if not self._en_adverbial_segment(a2, b2):  # "Sharon Street, for example, argues"
                later = (a2, b2) if is_noun_phrase(tokens, a2, b2, lex) else None
            k = a2 - 1
        return None

    def _en_verbless_subject(self, a: int, b: int) -> bool:
        """English: "The results of the study published this week, revealed that …": a noun phrase with
        attributes but no finite verb, set off from its verb by a comma."""
        tokens, words = self.tokens, self.lex.words
        return self.lang == "en" and tokens[a].lower in _EN_ARTICLES and b - a <= 20 and not any(
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
        return low in (_EN_SUBJECT_STOP if self.lex.lang == "en" else self.lex.words["not_subject_starts"])

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
            if t.text[:1].isupper() and j < end and not (low in _EN_SUBJECT_STOP and t.start <= self.body_start):
                j -= 1  # "The World Health Organisation (WHO)"
                continue
            if low in lex.words["coordinators"] and j < end and self._paired_conjuncts(a, j - 1):
                j = a + 1  # "Both the school district and the police have asserted": both conjuncts
                break
            if low in _EN_SUBJECT_STOP or low in lex.words["coordinators"] or (
                    low in lex.words["subordinators"] and low not in lex.words["articles"]):
                break
            if low in _EN_OF_LINKS and j < end and not tokens[j].text[:1].isupper() and tokens[j].lower != "the":
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
        if j > a and tokens[j - 1].lower in _EN_PREPOSITIONS:
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
        if before in _WH_EN or before in self.lex.words["relatives"] or before in _EN_SUBJECT_STOP:
            return False  # "This is what I think.": the pronoun's clause is an object, not a comment
        d.content = _trim_span(self.text, max(tokens[a].start, self.body_start), tokens[d.source[0] - 1].end)
        d.trailing = d.content is not None
        return d.trailing

    def _paired_conjuncts(self, a: int, k: int) -> bool:
        """English: the clause opens with "both"/"either"/"neither" and the words up to the coordinator at k
        hold no verb, so the coordination joins two subjects."""
        tokens, lex = self.tokens, self.lex
        return k - a >= 2 and lex.has("paired_conjunctions", tokens[a].lower) and not any(
            t.lower in lex.verbs or t.lower in lex.words["auxiliaries"] or t.lower in lex.words["finite_forms"]
            for t in tokens[a + 1:k])

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
