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


_BOUNDARY = re.compile("[\n.!?”»\"’']")


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
    return tuple(m.start() for m in _BOUNDARY.finditer(text))


def sentence_bounds(text: str, position: int, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """Start and end of the sentence around ``position``, ignoring full stops inside quotation marks.

    The breaks of a text are found once (``_breaks``), each call then bisects them.

    >>> text = "He left. “We will not stop,” Peskov said. Talks resume."
    >>> s, e = sentence_bounds(text, 12, []); text[s:e]  # the end stops before the full stop
    '“We will not stop,” Peskov said'
    """
    marks = _boundary_marks(text)
    start_marks, starts, end_marks, ends = _breaks(text, tuple(quoted))
    k = bisect.bisect_left(marks, position)  # marks before k can start the sentence, from k on end it
    j = bisect.bisect_left(start_marks, k) - 1
    start = starts[j] if j >= 0 else 0
    j = bisect.bisect_left(end_marks, k)
    end = ends[j] if j < len(ends) else len(text)
    while start < end and text[start].isspace():
        start += 1
    return start, end


# A word that opens a sentence and no name: after "U.S." or "Inc." it starts a new sentence ("... for the U.S. The
# report is required by Congress").
_OPENER = re.compile(r"\s+(?:The|A|An|It|He|She|They|We|This|These|Those|There|But|His|Her|Its|Their|When|While|If|"
                     r"After|Before|Meanwhile|However)\s")


@functools.lru_cache(maxsize=64)
def _breaks(text: str, quoted: tuple[tuple[int, int], ...]) -> tuple[list[int], list[int], list[int], list[int]]:
    """The marks (as indexes into ``_boundary_marks``) after which a sentence starts, with the start, and the
    marks at which one ends, with the end: a stop, "!" or "?" before white space and outside quotation marks
    that ends no abbreviation, a line break, or a closing quotation mark right after such a stop."""
    def is_boundary(i: int) -> bool:
        j = bisect.bisect_right(quoted, (i, len(text) + 1)) - 1  # spans sorted by start, found by position
        return not (j >= 0 and quoted[j][0] <= i < quoted[j][1])

    start_marks, starts, end_marks, ends = [], [], [], []
    for k, i in enumerate(_boundary_marks(text)):
        ch = text[i]
        closes = i + 1 >= len(text) or text[i + 1].isspace()
        if ch in "”»\"’'" and text[i - 1:i] in (".", "!", "?") and closes:
            if i + 1 < len(text):
                start_marks.append(k)
                starts.append(i + 1)
            end_marks.append(k)
            ends.append(i + 1)
            continue
        if ch == "\n" or (ch in ".!?" and closes and is_boundary(i) and (not is_abbreviation(text, i) or
                                                                        _OPENER.match(text, i + 1))):
            if ch == "\n" or i + 1 < len(text):
                start_marks.append(k)
                starts.append(i + 1)
            end_marks.append(k)
            ends.append(i)
    return start_marks, starts, end_marks, ends
