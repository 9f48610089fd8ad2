"""Word sets the attribution stages test tokens against, read once from claims/data/{de,en}/function_words.toml.

The stages read most of them whatever the language of the text, so a list that exists in both languages is
joined here; the lists themselves are edited in the data files (and cues.toml).
"""
from __future__ import annotations

from claims.lexicon import load_lexicon

_DE = load_lexicon("de").words
_EN = load_lexicon("en").words
_SOURCE_PREPOSITIONS = _DE["source_prepositions"] | _EN["source_prepositions"]
_OBJECT_ARTICLES = _DE["object_articles"]
_QUOTING_VERBS = _DE["quoting_verbs"] | _EN["quoting_verbs"]
_TRAILING_ADVERBS = _DE["trailing_adverbs"]
_NP_FILLERS = _DE["np_fillers"]
_IMPERSONAL_SOURCE_PREPS = _DE["impersonal_source_prepositions"]
_ADVERBS_AFTER_SOURCE = _DE["adverbs_after_source"]
_SKIP_AFTER_SOURCE = _DE["skip_after_source"]
_NOT_CONTENT_CLAUSE = {"de": _DE["not_content_clause"], "en": _EN["not_content_clause"]}
_PREPOSITIONS_DE = _DE["plain_prepositions"]
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
_PREDICATE_WORDS = _DE["predicate_words"] | _EN["predicate_words"]
