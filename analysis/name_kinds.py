"""Whether a capitalised name names a place or a news medium rather than a person: a state or province, a people's
adjective beside the place it comes from, a word the text itself puts where places go ("in Merrow"), a medium's
name ("Continental Wire"). ``analysis.actors`` asks before it takes a name for a person.
"""

from __future__ import annotations

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
    "province" ("the Verkhny Tal region"), or after "in", "neighbouring",
    "across" or "throughout" ("boats from neighbouring Sellandia"), not before a possessive ("in Ross's office"),
    and never after a capitalised word (a given name: "Tom Lincoln ... in Lincoln").
    A one-word name so placed that speaks is a country or a city standing for its government ("Sellandia disputed
    that account").

    >>> placed_word("Boats from neighbouring Sellandia were hit.", "Sellandia"), placed_word("in Ross's view", "Ross")
    (True, False)
    """
    word = re.escape(word)
    return re.search(rf"\b{word}\s+(?:region|province|district|county|valley|oblast|prefecture)\b", text) is not None \
        or re.search(rf"\b(?:in|neighbou?ring|across|throughout)\s+{word}\b(?!['’])", text) is not None and \
        re.search(rf"\b(?!(?:In|Across|Throughout|Neighbou?ring)\b)[A-Z][\w’'-]*\s+{word}\b", text) is None


_MEDIA_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}(?:Wire|Herald|Times|Post|Tribune|Gazette|Journal|News|Daily|"
                         r"Chronicle|Courier|Observer|Express|Telegraph|Radio|Television|TV)|(?:Radio|Television)"
                         r"(?:\s+[A-Z][\w’'-]+){1,2}")


def media_name(name: str) -> bool:
    """Whether a name is one a news medium would have, not a person's (whose first word is a given name).

    >>> media_name("Continental Wire"), media_name("Radio Vesna"), media_name("Emily Post")
    (True, True, False)
    """
    return _MEDIA_NAME.fullmatch(name) is not None and name.split()[0].lower() not in GIVEN_NAMES
