"""Countries as speakers: "Russia accused ...", "China, Pyongyang's only ally, said ...".

Countries are no mentions of the actors stage, so the reporting rules find them by name right before the verb, or
opening the sentence with an apposition between name and verb. A country after a preposition ("officials in
Germany said") is no subject.
"""

from __future__ import annotations

import functools
import re

from analysis import actors as actors_stage
from analysis.actors_lexicon import STATE_STYLE_HEADS, STATE_STYLE_MODIFIERS
from analysis.alternation import literal_trie

__all__ = ["country_before", "country_opening"]


# Adverbs and auxiliaries that may stand between a country and its reporting verb ("Russia has repeatedly").
_ADVERBS = r"(?:(?:has|have|had|also|previously|repeatedly|again|already|then|later|now|\w+ly)\s+)*"
# A state's formal style before its short name ("the Kingdom of Saudi Arabia", "the Islamic Republic of Iran",
# "the People's Republic of China"), capitalised as a style is.
_STYLE = (rf"(?-i:(?:(?:{'|'.join(STATE_STYLE_MODIFIERS)})\s+)*(?:{'|'.join(STATE_STYLE_HEADS)})\s+of\s+)"
          r"(?:the\s+)?")


@functools.lru_cache(maxsize=1)
def _countries() -> str:
    """The country names as one alternation, a prefix tree that tries the longer of two names first: a search
    anchored at the end of the text tries it at every position, and the tree reads a character where a list of
    names would try each."""
    return literal_trie(sorted(actors_stage.countries()))


@functools.lru_cache(maxsize=1)
def _country_subject() -> re.Pattern:
    """A country name right before a reporting verb, adverbs allowed ("Russia has repeatedly")."""
    return re.compile(rf"(?:^|(?<=[\s,(]))(?:[Tt]he\s+)?(?:{_STYLE})?({_countries()})(?:{_ASIDE})?\s+{_ADVERBS}$",
                      re.IGNORECASE)


# A connective set off between a subject and its verb: "Britain, meanwhile, announced", "France, for its part,".
_ASIDE = (r",\s+(?:meanwhile|however|though|too|also|separately|instead|in\s+turn|in\s+response|"
          r"for\s+(?:its|their)\s+part),")


@functools.lru_cache(maxsize=1)
def _country_apposition() -> re.Pattern:
    """A country opening the sentence with an apposition or relative clause before its verb ("China, Pyongyang's
    only ally, said")."""
    opener = r"(?:(?:On|In|Last|This|Meanwhile|However|But|And|Yesterday|Today|Earlier|Later)\b[^,]{0,30},\s+)?"
    apposition = r",\s+(?:which|whose|a|an|the|one|its|[A-Z][\w’']*)\b[^,;:“”\"«»]{0,150},\s+"
    focus = r"(?:(?:Even|Only|Also|Now)\s+)?"  # "Even China, Pyongyang's only ally, said"
    return re.compile(rf"\s*{opener}{focus}(?:[Tt]he\s+)?(?:{_STYLE})?({_countries()}){apposition}{_ADVERBS}",
                      re.IGNORECASE)


def country_before(text: str) -> actors_stage.Actor | None:
    """The country that is the subject of a cue whose text before it is ``text`` ("Russia accused ...").

    A country after a preposition is not the subject: "officials in Germany said" is said by the officials.

    >>> country_before("On Friday, Russia repeatedly ").name, country_before("The talks in Russia were ")
    ('Russia', None)
    >>> country_before("China, Pyongyang's only ally, ").name, country_before("Officials in Germany ")
    ('China', None)
    >>> country_before("Even China, Pyongyang's only ally and its lifeline to the world, ").name
    'China'
    >>> country_before("The Kingdom of Saudi Arabia ").name, country_before("The Islamic Republic of Iran has ").name
    ('Saudi Arabia', 'Iran')
    """
    match = _country_apposition().fullmatch(text) if len(text) < 300 and text.count(",") >= 2 else None
    if match is None:
        match = _country_subject().search(text[-80:])
        if match is None or re.search(r"\b(?:in|from|of|at|by|for|with|to)\s+(?:the\s+)?$",
                                      text[:len(text) - 80 + match.start()] if len(text) > 80
                                      else text[:match.start()]):
            return None
    if not match.group(1)[:1].isupper():
        return None
    name = actors_stage.countries()[match.group(1).lower()]
    return actors_stage.Actor(name, name, "organization", "country")


@functools.lru_cache(maxsize=1)
def _country_opening() -> re.Pattern:
    verb = r"(?:[a-z]+(?:ed|s)|is|was|are|were|will|would|went|made|took|gave|came|met|sent|put|set|held|stood|said)\b"
    return re.compile(rf"(?:[Tt]he\s+)?(?:{_STYLE})?((?i:{_countries()}))(?=\s+{_ADVERBS}{verb})")


def country_opening(text: str, begin: int = 0) -> actors_stage.Actor | None:
    """The country that opens ``text`` at ``begin`` as the subject of a finite verb: "Russia has opposed the idea,
    fearing ..." (a participle after the comma is the country's).

    >>> country_opening("Russia rejected the plan on Monday, ").name, country_opening("Russian troops moved, ")
    ('Russia', None)
    """
    match = _country_opening().match(text, begin)
    if match is None or not match.group(1)[:1].isupper():
        return None
    name = actors_stage.countries()[match.group(1).lower()]
    return actors_stage.Actor(name, name, "organization", "country")
