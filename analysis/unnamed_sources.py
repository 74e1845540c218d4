"""Sources a text describes but does not name: "a senior European diplomat", "U.S. officials", "the book".

An unnamed source is kept as its description (``speaker_role``) with an empty name and ``known = False``, as the
Gender Gap Tracker and Muzny et al. (2017) keep unresolved mentions, rather than guessed into a named person.
The head nouns are lists of ``analysis/data/quote_words.csv`` (``unnamed_source``, ``unnamed_body``,
``bare_source``) and the role nouns of ``analysis/data/role_nouns.txt``.
"""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.quotes_lexicon import alternatives

__all__ = ["UNNAMED_NOUNS", "UNNAMED_BEFORE", "UNNAMED_AFTER", "UNNAMED_BARE", "unnamed", "unnamed_before"]

# Role nouns describe unnamed speakers too ("the New York businessman says", "the announcer said").
_ROLE_HEADS = "|".join(re.escape(noun) + "s?" for noun in sorted(actors_stage.role_nouns(), key=len, reverse=True))


UNNAMED_NOUNS = (rf"(?:{alternatives('unnamed_source')}|{alternatives('unnamed_body')}|{_ROLE_HEADS}|"
                 r"people familiar with (?:the |this )?\w+)")


_BODY_HEAD = re.compile(rf"\b(?:{alternatives('unnamed_body')})$", re.IGNORECASE)


UNNAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(]))((?:(?:an?|the|one|two|three|four|several|some|many|other)\s+)?(?:[\w.’'-]+\s+){0,3}?"
    + UNNAMED_NOUNS + r")(?:,[^,;“”\"]{1,100},)?\s*(?:(?:has|have|had|also|reportedly|\w+ly)\s+)*$",
    flags=re.IGNORECASE)


UNNAMED_AFTER = re.compile(r"^\s*((?:an?|the|one|two|several|some)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS + r")\b",
                           flags=re.IGNORECASE)


UNNAMED_BARE = re.compile(r"(?:a statement from\s+)?((?:[\w.’'-]+\s+){0,3}?"
                          rf"(?:{alternatives('bare_source')}|people familiar with (?:the |this )?\w+|"
                          r"(?:an?|the)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS + r"))(?=[\s,.]|$)",
                          flags=re.IGNORECASE)


def unnamed(phrase: str | None) -> actors_stage.Actor | None:
    """A source the copy describes but does not name ("a senior European diplomat", "U.S. officials")."""
    if not phrase:
        return None
    phrase = " ".join(phrase.split())
    if not re.match(r"people familiar", phrase, flags=re.IGNORECASE):  # "remarks from U.S. officials"
        phrase = re.sub(r"^.*\b(?:from|of|by|with|to|for|in|at|on|about)\s+", "", phrase)
    kind = "organization" if _BODY_HEAD.search(phrase) else "unknown"  # "Ukrainian authorities" is a body
    return actors_stage.Actor("", actors_stage.affiliation_of(phrase), kind, phrase, known=False)


def unnamed_before(text: str) -> actors_stage.Actor | None:
    match = UNNAMED_BEFORE.search(text[-160:])
    return unnamed(match.group(1)) if match else None
