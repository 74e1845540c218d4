"""Shapes of whole lines that carry no sentence of the article: a posting time, a dump of map labels.

``analysis.clean`` asks these for every line it does not already know as furniture by its words.
"""

from __future__ import annotations

import re

__all__ = ["LABEL_MIN_WORDS", "label_dump", "timestamp"]

_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|"
           "fri(?:day)?|sat(?:urday)?|sun(?:day)?")
# A line of dates, clock times and their words only ("March 12, 2025 4:17 PM GMT Updated 2 hours ago",
# "4 minute read", "14:52"): when a story was posted or how long it takes, never what it says.
_TIMESTAMP = re.compile(
    rf"(?:(?:{_MONTHS}|\d{{1,4}}(?::\d\d)?(?:st|nd|rd|th|h)?|[ap]\.?m\.?|[a-z]{{1,2}}[sd]?t|gmt|utc|cet|cest|"
    r"updated|published|posted|last|first|ago|at|on|an?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|"
    r"yesterday|today|read|reading|time|listen|to|this|article|story)[\s,.|·•/–—-]*)+")


_DIGIT_OR_AGO = re.compile(r"\d|\bago\b")


def timestamp(line: str) -> bool:
    """Whether a line holds only dates, clock times and their words (\"Updated 2 hours ago\").

    >>> timestamp("March 12, 2025 4:17 PM GMT Updated 2 hours ago"), timestamp("Talks resume at 4pm.")
    (True, False)
    """
    low = line.strip().lower()
    return len(low) < 120 and _DIGIT_OR_AGO.search(low) is not None and _TIMESTAMP.fullmatch(low) is not None


LABEL_MIN_WORDS = 15  # the fewest words of a line of map or chart labels
_LABEL_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|\d[\w,.%-]*|[-–—/&|·•]+)")


def label_dump(line: str) -> bool:
    """Whether a line is the labels of a map or chart run together: LABEL_MIN_WORDS words or more, nine in ten
    of them capitalised or a figure, no comma, colon or semicolon, and none of a sentence's small words but a
    rare one in a label ("Mouth of Dnister River"): "Balti Ribnita MOLDOVA Dubasari Iasi Chisinau Tiraspol
    ROMANIA Bender". A headline in title case is shorter, and has its small words.

    >>> label_dump("Balti Ribnita MOLDOVA Dubasari Iasi Chisinau Tiraspol ROMANIA Bender Bacau Odessa Dnister R. "
    ...            "Comrat UKRAINE Black Sea Galati Danube River Danube Delta 50 MILES")
    True
    >>> label_dump("Zelensky Meets Biden In Washington As Aid Stalls And Republicans Weigh A New Package For Kyiv")
    False
    """
    words = line.split()
    if len(words) < LABEL_MIN_WORDS or re.search(r"[,;:!?“”\"]", line):
        return False
    labels = sum(_LABEL_WORD.fullmatch(w) is not None for w in words)
    small = sum(w.lower() in _SMALL_WORDS for w in words)
    return labels >= 0.9 * len(words) and small <= len(words) // 20


_SMALL_WORDS = frozenset(("in", "as", "of", "and", "the", "to", "for", "on", "at", "with", "a", "an", "is", "are",
                          "says", "said", "after", "over", "from", "by", "was", "were", "will", "has", "have"))
