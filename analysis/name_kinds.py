"""Whether a capitalised name names a place or a news medium rather than a person: a state or province, a people's
adjective beside the place it comes from, a word the text itself puts where places go ("in Merrow"), a medium's
name ("Continental Wire"). ``analysis.actors`` asks before it takes a name for a person.
"""

from __future__ import annotations

import functools
import re

from analysis import resources
from analysis.actors_lexicon import GIVEN_NAMES

__all__ = ["REGIONS", "demonym", "place_word", "placed_word", "media_name"]

REGIONS = frozenset(resources.read_word_list("regions.txt"))


def demonym(text: str, word: str) -> bool:
    """Whether a capitalised word is the adjective of a place the text names: "Ostravian" where "Ostravia" is
    named, "Kestrian" beside "Kestria".

    >>> demonym("Ostravia sent Ostravian troops.", "Ostravian"), demonym("Mr Dorian spoke.", "Dorian")
    (True, False)
    """
    return word.endswith(("an", "ian")) and len(word) > 5 and \
        re.search(rf"\b{re.escape(word[:-1])}\b", text) is not None


def place_word(text: str, word: str) -> bool:
    """Whether a capitalised word alone names a place, not a person: a demonym of a place the text names, or a
    state, province or nation within a country ("said Wyoming GOP Sen. Ada Voss").

    >>> place_word("Ostravia sent Ostravian troops.", "Ostravian"), place_word("", "Wyoming"), place_word("", "Voss")
    (True, True, False)
    """
    return word.lower() in REGIONS or demonym(text, word)


def placed_word(text: str, word: str) -> bool:
    """Whether the text puts a capitalised word (or name) where only a place can stand: before "region" or
    "province" ("the Verkhny Tal region"), or after "in", "neighbouring", "across" or "throughout" ("boats from
    neighbouring Sellandia"), not before a possessive ("in Ross's office"), and never after a capitalised word (a
    given name: "Tom Lincoln ... in Lincoln"). A one-word name so placed that speaks is a country or a city
    standing for its government ("Sellandia disputed that account"). The places of a text are found once.

    >>> placed_word("Boats from neighbouring Sellandia were hit.", "Sellandia"), placed_word("in Ross's view", "Ross")
    (True, False)
    """
    before_noun, after_word, after_name = _placed(text)
    return word in before_noun or word in after_word and word not in after_name


_RUN = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_BEFORE_NOUN = re.compile(rf"(?<![\w’'-])({_RUN})\s+(?:region|province|district|county|valley|oblast|prefecture)\b")
_AFTER_WORD = re.compile(rf"\b(?:in|neighbou?ring|across|throughout)\s+({_RUN})")
_CAPITAL_RUN = re.compile(_RUN.replace("{0,3}", "+"))
_NOT_A_NAME = ("In", "Across", "Throughout", "Neighbouring", "Neighboring")


@functools.lru_cache(maxsize=4)
def _placed(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names a text puts before a place noun, those it puts after "in" and kin (every run of capitalised
    words they open), and those that follow a capitalised word other than "In" and kin."""
    def ends(run: str) -> list[str]:  # "Verkhny Tal" and "Tal" of "the Verkhny Tal region"
        starts = [0, *(m.end() for m in re.finditer(r"\s+", run))]
        return [run[k:] for k in starts]

    def heads(run: str) -> list[str]:  # "Port" and "Port Kessaly" of "in Port Kessaly"
        return [run[:m.start()] for m in re.finditer(r"\s+", run)] + [run]

    before = {name for m in _BEFORE_NOUN.finditer(text) for name in ends(m.group(1))}
    after = {name for m in _AFTER_WORD.finditer(text) for name in heads(m.group(1))}
    named = set()
    for run in _CAPITAL_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        for k in range(1, len(words)):
            if words[k - 1].group() not in _NOT_A_NAME:
                named.update(heads(run.group()[words[k].start():]))
    return frozenset(before), frozenset(after), frozenset(named)


_MEDIA_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}(?:Wire|Herald|Times|Post|Tribune|Gazette|Journal|News|Daily|"
                         r"Chronicle|Courier|Observer|Express|Telegraph|Radio|Television|TV)|(?:Radio|Television)"
                         r"(?:\s+[A-Z][\w’'-]+){1,2}")


def media_name(name: str) -> bool:
    """Whether a name is one a news medium would have, not a person's (whose first word is a given name).

    >>> media_name("Continental Wire"), media_name("Radio Vesna"), media_name("Emily Post")
    (True, True, False)
    """
    return _MEDIA_NAME.fullmatch(name) is not None and name.split()[0].lower() not in GIVEN_NAMES
