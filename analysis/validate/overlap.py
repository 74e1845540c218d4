"""Token overlap between a gold quotation and the kit's text: the matching rule of ``validate quotes`` for gold
whose text is the raw article's (hand gold of real articles, PolNeAR), where offsets into the kit's cleaned
text are unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["normalise", "tokens", "coverage"]

_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-"})


def normalise(text) -> str:
    """Lower case, curly quotes and the em dash made plain, runs of white space one space."""
    return re.sub(r"\s+", " ", (text if isinstance(text, str) else "").lower().translate(_MARKS)).strip()


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters, digits, apostrophes), curly quotes made straight.

    >>> tokens("“We’ll go,” Zelensky said.")
    ["we'll", 'go', 'zelensky', 'said']
    """
    return re.findall(r"[a-z0-9']+", normalise(text))


def _bigrams(parts: Sequence[Sequence[str]]) -> set[tuple[str, ...]]:
    return {tuple(p[i:i + 2]) for p in parts for i in range(len(p) - 1)}


def coverage(gold: str | Sequence[str], kit: str) -> float:
    """Share of the gold text's token bigrams found in the kit's text (a one-token gold: whether it is there).

    ``gold`` may be the pieces of a discontinuous span; bigrams are taken within each piece.

    >>> coverage("we will not give up Crimea", "He said we will not give up"), coverage("no", "He said no")
    (0.8, 1.0)
    """
    parts = [t for t in (tokens(p) for p in ([gold] if isinstance(gold, str) else gold)) if t]
    found = tokens(kit)
    if not parts or not found:
        return 0.0
    wanted = _bigrams(parts)
    if not wanted:
        return sum(t in found for p in parts for t in p) / sum(len(p) for p in parts)
    return len(wanted & _bigrams([found])) / len(wanted)
