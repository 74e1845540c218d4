"""What the quote rules read: reporting verbs, pronouns and the word lists of ``quote_words.csv``.

``reporting_verbs.csv`` lists the verbs that introduce speech with their forms and kind (speech, opinion,
description); ``pronouns.csv`` what a pronoun may stand for; ``quote_words.csv`` the words of the rules that
recognise reported clauses, hearers and unnamed sources.
"""

from __future__ import annotations

import functools
import re

from analysis import resources
from analysis.alternation import literal_trie

__all__ = ["QUOTE_WORDS_FILE", "PREPOSITIONS", "HEARER_FIRST", "HEARER_THEN_CLAUSE", "quote_words", "alternatives",
           "verb_forms", "verb_pattern", "ALSO_PLURAL_NOUNS", "pronouns", "WHEN", "TIME_LEAD"]


QUOTE_WORDS_FILE = "quote_words.csv"

# A day, a month or a year, a part of the year or of the day: "Sunday", "June 14", "March 2022", "2019", "week".
WHEN = (r"(?:[A-Z][a-z]+day|(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)(?:\s+\d{1,2}(?=\W))?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|week|weekend|month|year|spring|summer|autumn|fall|winter|"
        r"night|morning|afternoon|evening)")
# A time that opens a sentence without a comma: "On Sunday the minister said", "Last week a spokesman said".
TIME_LEAD = re.compile(rf"\s*(?:On|In|Last|This|Next|Early|Late)\s+{WHEN}\s+(?=\w)")


def quote_words(name: str) -> tuple[str, ...]:
    """The words of one list of ``analysis/data/quote_words.csv``, in file order.

    >>> quote_words("on_gerund")
    ('insist',)
    """
    return _quote_word_lists().get(name, ())


@functools.lru_cache(maxsize=1)
def _quote_word_lists() -> dict[str, tuple[str, ...]]:
    lists: dict[str, list[str]] = {}
    for row in resources.read_table(QUOTE_WORDS_FILE):
        lists.setdefault(row["list"], []).append(row["word"])
    return {name: tuple(words) for name, words in lists.items()}


def alternatives(name: str) -> str:
    """A regular-expression alternation of one word list (escaped, in file order)."""
    return "|".join(re.escape(word) for word in quote_words(name))


PREPOSITIONS = frozenset(quote_words("preposition"))
# Verbs that take a hearer before their clause ("told reporters that"); of them, the ones whose object right
# after the verb is always the hearer ("told CNN"), while "asked", "warned" and "echoed" also stand before
# their speaker ('“...?” asked X').
HEARER_THEN_CLAUSE = frozenset(quote_words("object_then_clause"))
HEARER_FIRST = HEARER_THEN_CLAUSE - {"ask", "warn", "echo"}


@functools.lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[str, str]]:
    """Surface form -> (lemma, kind) of the shipped reporting verbs.

    >>> verb_forms()["emphasized"], verb_forms()["pointed out"]
    (('emphasize', 'speech'), ('point out', 'speech'))
    """
    forms = {}
    for row in resources.read_table("reporting_verbs.csv"):
        for form in _split_forms(row["forms"], row["lemma"]):
            forms.setdefault(form, (row["lemma"], row["kind"]))
    return forms


def _split_forms(forms: str, lemma: str) -> list[str]:
    if ";" in forms:  # forms of more than two words ("made it clear") are separated by semicolons
        return [" ".join(form.split()) for form in forms.split(";") if form.strip()]
    if " " in lemma:  # phrasal verbs: forms are word pairs
        words = forms.split()
        return [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
    return forms.split()


@functools.lru_cache(maxsize=1)
def verb_pattern() -> re.Pattern:
    """Any surface form of a reporting verb, but not where a determiner or "of" makes it a noun ("the head of
    state", "a report", "his claims").

    >>> [m.group() for m in verb_pattern().finditer("The head of state said his claims were a warning.")]
    ['said']
    >>> [m.group() for m in verb_pattern().finditer("Twenty-seven states sued; the report states it; 12 claims")]
    ['states']
    """
    forms = sorted(verb_forms(), key=len, reverse=True)
    nouns = "".join(rf"(?<!\b{w} )" for w in ("of", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                                              "this", "these", "those", "The", "A", "An", "His", "Her", "Its",
                                              "Their", "This"))
    # after a number, a plural quantifier or a verb that takes it as object, a form that is also a plural noun is
    # one: "twenty-seven states", "many claims", "set out plans", "has plans", "the secretary's comments" (but "the
    # mother of two says")
    counted = "".join(rf"(?<!\b{w} )" for w in _COUNTING) + r"(?<!\d )(?<!['’]s )(?<!s['’] )"  # "X's comments came"
    plural = literal_trie([f for f in forms if f in ALSO_PLURAL_NOUNS])
    other = literal_trie([f for f in forms if f not in ALSO_PLURAL_NOUNS],
                         ending=lambda f: _NOT_A_DAY if f.endswith(" on") else "")
    # the look-behinds are tried only where a form starts (the look-ahead), not at every word of the text
    # a plural-noun form right before a verb is the verb's subject: "voters in swing states say", "his claims were"
    subject = r"(?!\s+(?:say|said|says|are|were|have|had|will|would|could|can|should|must|may|might|do|did)\b)"
    return re.compile(rf"\b(?=(?:{plural}|{other})\b){nouns}({other}\b|"  # "calls for" before "calls"
                      rf"(?=(?:{plural})\b){counted}(?:{plural})\b{subject})")


# "insisted on Monday that": "on" opens a time, not the verb's object
_NOT_A_DAY = r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:weekend|eve|day|night|"\
             r"morning|evening|sidelines)|[A-Z][a-z]+\s+\d))"
ALSO_PLURAL_NOUNS = frozenset(("states", "claims", "reports", "notes", "comments", "remarks", "answers", "calls",
                                "questions", "warnings", "charges", "estimates", "promises", "pledges", "threats",
                                "replies", "responses", "quotes", "thanks", "accounts", "demands", "requests",
                                "appeals", "protests", "complaints", "concerns", "doubts", "fears", "hopes", "plans",
                                "forecasts", "lectures", "reveals", "shouts", "yells", "whispers", "mutters"))
_COUNTING = tuple(w for word in ("many", "some", "all", "both", "several", "other", "few", "most", "two", "three",
                                 "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "dozens",
                                 "hundreds", "thousands", "member", "various", "numerous", "no", "any", "new",
                                 "out", "up", "unveiled", "announced", "outlined", "published", "released", "issued",
                                 "shelved", "scrapped", "dropped", "revealed", "detailed", "has", "have", "had")
                  for w in (word, word.capitalize()))


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Pronoun -> actor type it may stand for.

    >>> pronouns()["she"]
    'person'
    """
    return {row["pronoun"]: row["refers_to"] for row in resources.read_table("pronouns.csv")}
