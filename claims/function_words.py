"""Word sets that several extraction stages test tokens against (attribution, cues, sources, quotes), read
once from claims/data/{de,en}/function_words.toml.

The stages read most of them whatever the language of the text, so a list that exists in both languages is
joined here; the lists themselves are edited in the data files (and cues.toml).
"""
from __future__ import annotations

from claims.lexicon import load_lexicon

_DE = load_lexicon("de").words
_EN = load_lexicon("en").words

SOURCE_PREPOSITIONS = _DE["source_prepositions"] | _EN["source_prepositions"]
OBJECT_ARTICLES = _DE["object_articles"]
QUOTING_VERBS = _DE["quoting_verbs"] | _EN["quoting_verbs"]
TRAILING_ADVERBS = _DE["trailing_adverbs"]
NP_FILLERS = _DE["np_fillers"]
IMPERSONAL_SOURCE_PREPS = _DE["impersonal_source_prepositions"]
ADVERBS_AFTER_SOURCE = _DE["adverbs_after_source"]
SKIP_AFTER_SOURCE = _DE["skip_after_source"]
NOT_CONTENT_CLAUSE = {"de": _DE["not_content_clause"], "en": _EN["not_content_clause"]}
PREPOSITIONS_DE = _DE["plain_prepositions"]
INSERT_PREPOSITIONS = PREPOSITIONS_DE | _DE["insert_prepositions"]
EN_SUBJECT_STOP = _EN["subject_stop"]
EN_PREPOSITIONS = _EN["subject_prepositions"]
WH_EN = _EN["wh_openers"]
NOT_CLAUSE_START = _EN["not_clause_start"]
WH_WORDS = _DE["wh_words"]
PASSIVE_AUX = _DE["passive_auxiliaries"]  # from cues.toml
DEMONSTRATIVES = _DE["demonstratives"] | _EN["demonstratives"]
CONTRACTED_PREPOSITIONS = _DE["contracted_prepositions"]
FIRST_PERSON = _DE["first_person_subjects"]
TELL = _EN["tell_verbs"]
NOT_MEANINGFUL = _DE["not_meaningful"] | _EN["not_meaningful"]
PARTICLES_BEFORE_WAS = _DE["particles_before_was"]
EN_NEGATIONS = _EN["negations"]
EN_PRONOUN_SUBJECTS = _EN["clause_pronoun_subjects"]
AGENT_PREPOSITIONS = _DE["agent_prepositions"]
HOLDER_PREPOSITIONS = _DE["holder_prepositions"]
DOCUMENT_PREPOSITIONS = _DE["document_prepositions"]
ARTICLE_RELATIVES = _DE["article_relatives"]
REPORTED_CONNECTIVES = _DE["reported_connectives"]
FREE_RELATIVES = _DE["free_relatives"]
CASUALTY_LINKS = _DE["casualty_links"]
ADVERBS_AFTER_TRAILING_CUE = _DE["adverbs_after_trailing_cue"]
GENITIVE_ARTICLES = _DE["genitive_articles"]
NOT_AFTER_LAUT_NAME = _DE["not_after_laut_name"]
GENITIVE_RELATIVES = _DE["genitive_relatives"]
NAME_RELATIVES = _DE["name_relatives"]
SUBJECT_RELATIVES_DE = _DE["subject_relatives"]
PHRASE_PREPOSITIONS = _DE["phrase_prepositions"]
ADVERBS_BEFORE_SECOND_QUOTE = _DE["adverbs_before_second_quote"] | _EN["adverbs_before_second_quote"]
SENTENCE_CONNECTIVES = _DE["sentence_connectives"]
CONTENT_COMPLEMENTIZERS = _DE["content_complementizers"]
SUBJECT_RELATIVES_EN = _EN["subject_relatives"]
SPEAKER_PRONOUNS = _DE["speaker_pronouns"] | _EN["speaker_pronouns"]
INVERTED_PRONOUN_SUBJECTS = _DE["inverted_pronoun_subjects"]
EN_WH_RELATIVES = _EN["wh_relatives"]
EN_NOUN_FOLLOWERS = _EN["noun_followers"]
EN_LIST_CONJUNCTIONS = _EN["list_conjunctions"]
EN_ARTICLES = _EN["plain_articles"]
EN_OF_LINKS = _EN["of_links"]
PREDICATE_WORDS = _DE["predicate_words"] | _EN["predicate_words"]
PRONOUNS_DE = _DE["pronouns"]  # from cues.toml
