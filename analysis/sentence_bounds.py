"""Sentence bounds for the attribution rules: where the sentence around a character starts and ends.

The quote rules need the sentence around a quotation, a cue or a mention many times per text, and they must
skip the full stops inside quotation marks and after abbreviations ("Sen.", "U.S.", a middle initial), which
the ``sentences`` table's Punkt splitter handles differently. Boundary characters are found once per text.
"""

from __future__ import annotations

import bisect
import functools
import re

from analysis import resources

__all__ = ["is_abbreviation", "sentence_bounds"]


_BOUNDARY_CHARS = frozenset("\n.!?”»\"’'")


_WORD_BEFORE_STOP = re.compile(r"(?:^|(?<=[\s(“\"'‘-]))([A-Za-z](?:[A-Za-z.]{0,6}))$")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(resources.read_word_list("punkt_abbreviations.txt"))


# Initials run together, one letter each or a transliterated Cyrillic pair: "G.K", "Ye.O".
INITIALS = re.compile(r"(?:(?:[a-z]|yu|ya|ye|yo|zh|kh|ch|sh|ts)\.)+[a-z]")


def is_abbreviation(text: str, i: int) -> bool:
    """Whether the full stop at ``text[i]`` ends an abbreviation ("Mr.", "Sen.", "U.S.") or an initial ("O.").

    The abbreviations are the ones the sentence splitter knows (``analysis/data/punkt_abbreviations.txt``).

    >>> text = '"No," Sen. Lisa O. Monaco said. G.K. Butterfield agreed. Ye.O. Satina noted.'
    >>> [is_abbreviation(text, i) for i, ch in enumerate(text) if ch == "."]
    [True, True, False, True, True, False, True, True, False]
    """
    word = _WORD_BEFORE_STOP.search(text[max(0, i - 8):i])
    if word is None:
        return False
    token = word.group(1).lower()
    return len(token) == 1 or token.rstrip(".") in _abbreviations() or bool(INITIALS.fullmatch(token))


@functools.lru_cache(maxsize=64)
def _boundary_marks(text: str) -> tuple[int, ...]:
    """Positions of the characters at which a sentence can end (line breaks, stops, closing quotes)."""
    return tuple(i for i, ch in enumerate(text) if ch in _BOUNDARY_CHARS)


def sentence_bounds(text: str, position: int, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """Start and end of the sentence around ``position``, ignoring full stops inside quotation marks.

    Only the characters that can end a sentence are visited (found once per text), not every character.

    >>> text = "He left. “We will not stop,” Peskov said. Talks resume."
    >>> s, e = sentence_bounds(text, 12, []); text[s:e]  # the end stops before the full stop
    '“We will not stop,” Peskov said'
    """
    def is_boundary(i: int) -> bool:
        j = bisect.bisect_right(quoted, (i, len(text) + 1)) - 1  # spans sorted by start, found by position
        return not (j >= 0 and quoted[j][0] <= i < quoted[j][1])

    marks = _boundary_marks(text)
    start = 0
    for k in range(bisect.bisect_left(marks, position) - 1, -1, -1):
        i = marks[k]  # the character before a candidate start i + 1
        ch = text[i]
        if ch in "”»\"’'" and text[i - 1:i] in (".", "!", "?") and text[i + 1:i + 2].isspace():
            start = i + 1
            break
        if ch == "\n" or (ch in ".!?" and i + 1 < len(text) and text[i + 1].isspace() and is_boundary(i)
                          and not is_abbreviation(text, i)):
            start = i + 1
            break
    end = len(text)
    for k in range(bisect.bisect_left(marks, position), len(marks)):
        i = marks[k]
        ch = text[i]
        closes = i + 1 >= len(text) or text[i + 1].isspace()
        if ch in "”»\"’'" and text[i - 1:i] in (".", "!", "?") and closes:
            end = i + 1
            break
        if ch == "\n" or (ch in ".!?" and closes and is_boundary(i)
                          and not is_abbreviation(text, i)):
            end = i
            break
    while start < end and text[start].isspace():
        start += 1
    return start, end
