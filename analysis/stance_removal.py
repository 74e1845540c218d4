"""Mentions of a stance target that read another way than their words: the thing a removal-framed target removes
("the timber ban" of "Lifting the timber ban") joined with the verb that removes it, and a target's words that
modify a noun of opposition ("climate change deniers")."""

from __future__ import annotations

import re

__all__ = ["removal_acts", "opposed_mentions"]


# A verb of removal before the thing a removal-framed target removes: "lifting the timber ban", "the end of the ban".
_REMOVAL_ACT = re.compile(r"\b(?:(?:lift|scrap|repeal|abolish|remov|drop|cancel|withdr[ae]w)\w*|end(?:s|ed|ing)?|"
                          r"eas(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|roll\w*\s+back)\s+(?:of\s+)?"
                          r"(?:(?:the|a|an|its|their|this|that|these|those|all|any)\s+)?(?:[\w’'-]+\s+){0,2}?$",
                          re.IGNORECASE)


# The thing removed left where it lies: "the coal stays in the ground", "keep the oil in the ground".
_LEFT_UNUSED = re.compile(r"\s+(?:(?:stays?|stayed|remains?|remained|is|be|are)\s+(?:left\s+|kept\s+)?|left\s+|"
                          r"kept\s+)?in\s+the\s+(?:ground|earth|soil)\b", re.IGNORECASE)


# The act of removal on a pronoun for the removed thing named before it: "lifting it", "scrapping them".
_REMOVAL_OF_IT = re.compile(r"\b(?:(?:lift|scrap|repeal|abolish|remov|cancel|withdr[ae]w)\w*|end(?:s|ed|ing)?|"
                            r"ax(?:e|es|ed|ing))\s+(?:it|them)\b", re.IGNORECASE)


def removal_acts(text: str, spans: list) -> list:
    """Spans with each removed thing that a verb of removal acts on ("lifting the timber ban" for "Lifting the
    raw timber export ban") read as one mention of the target itself, not of its inverse: what is said of the act
    ("calling it the one sensible thing") is said of the target; a removal act on a pronoun after the removed thing
    ("lifting it") is one more mention of the target.

    >>> removal_acts("We back lifting the timber ban.", [("t", 20, 30, True)])
    [('t', 8, 30, False)]
    >>> removal_acts("Keep the coal in the ground.", [("t", 9, 13, True)])
    [('t', 9, 27, False)]

    A removal act on "it" after the removed thing is the target too: "The ban has outlived its usefulness, and
    lifting it is the right call."

    >>> removal_acts("The ban is old, and lifting it is right.", [("t", 0, 7, True)])
    [('t', 0, 7, True), ('t', 20, 30, False)]
    """
    merged, taken_up = [], []
    for target_id, start, end, inverse in spans:
        act = _REMOVAL_ACT.search(text, max(0, start - 40), start) if inverse and end > start else None
        left = _LEFT_UNUSED.match(text, end) if inverse and end > start and act is None else None
        merged.append((target_id, act.start(), end, False) if act else (target_id, start, left.end(), False) if left
                      else (target_id, start, end, inverse))
        if inverse and end > start and act is None and left is None:  # "The ban has outlived its usefulness, and
            taken_up += [(target_id, m.start(), m.end(), False)  # lifting it is the right call": the act on "it"
                         for m in _REMOVAL_OF_IT.finditer(text, end) if not any(m.start() < e and s < m.end()
                                                                               for _, s, e, _ in spans)]
    return sorted(merged + list(dict.fromkeys(taken_up)), key=lambda sp: sp[1]) if taken_up else merged


# A noun of opposition that a target's words modify: "climate change deniers", "carbon tax opponents".
_OPPONENTS_AFTER = re.compile(r"[\s-]*(?:skeptic|sceptic|denier|denialist|critic|opponent|foe)s?\b|[\s-]*(?:denial|"
                              r"denialism|skepticism|scepticism)\b", re.IGNORECASE)


def opposed_mentions(text: str, spans: list) -> list:
    """Spans whose words modify a noun of opposition ("climate change deniers") read as mentions of the opposite
    proposition: whoever attacks the deniers is for the target.

    >>> opposed_mentions("She mocked the climate change deniers.", [("t", 15, 29, False)])
    [('t', 15, 29, True)]
    """
    return [(target_id, start, end, not inverse if end > start and _OPPONENTS_AFTER.match(text, end) else inverse)
            for target_id, start, end, inverse in spans]
