"""Many regular expressions as one alternation, scanned in one pass and tried only where they can start.

Python's ``re`` tries every branch of an alternation at every position of the text. ``combine`` reads each
branch's possible first characters from its parsed form (``re._parser``; a branch whose first character
cannot be read, or that can match the empty string, turns the shortcut off), and ``finditer`` then stops only
where one of those characters stands, and there tries only the branches that can begin with it, in their
order. The matches are those of the whole alternation's ``finditer`` (leftmost, first branch that matches),
minus empty matches; tests compare the two on the kit's lexicons and on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from re import _constants as sre_constants
from re import _parser as sre_parse

__all__ = ["Alternation", "first_characters", "combine", "finditer", "literal_trie"]

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)


@dataclass(frozen=True)
class Alternation:
    """Every branch as one regex (``regex``), and, when the shortcut applies, a ``locator`` of the positions
    where a branch can start and a regex of the branches that can start with each (lower-case ASCII)
    character."""

    regex: re.Pattern
    locator: re.Pattern | None = None
    by_first: dict[str, re.Pattern] = field(default_factory=dict)


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (as written), or None when they cannot be read.

    >>> sorted(first_characters(r"(?:under|over)?lying|tax(?:es)?"))
    ['l', 'o', 't', 'u']
    >>> first_characters(r"\\w+"), first_characters("a?")
    (None, None)
    """
    try:
        chars, nullable = _first(sre_parse.parse(pattern))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first(items) -> tuple[set[str] | None, bool]:
    """(possible first characters, whether the sequence can match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            return out | {chr(av)}, False
        if op is sre_constants.IN:
            return _charset(av, out), False
        if op is sre_constants.BRANCH or op is sre_constants.SUBPATTERN or op in _REPEATS:
            parts = av[1] if op is sre_constants.BRANCH else [av[-1]]
            nullable = op in _REPEATS and av[0] == 0
            for part in parts:
                chars, empty = _first(part)
                if chars is None:
                    return None, False
                out |= chars
                nullable = nullable or empty
            if not nullable:
                return out, False
        elif op not in _ZERO_WIDTH:
            return None, False
    return out, True


def _charset(items, out: set[str]) -> set[str] | None:
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.add(chr(av))
        elif op is sre_constants.RANGE and av[1] - av[0] < 256:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return out


def combine(branches: list[str], *, names: list[str], wrap: Callable[[str], str] = str, start: str = "",
            flags: int = 0) -> Alternation:
    """One alternation of ``branches``, each a group named by ``names``, inside ``wrap(alternation)``.

    ``start`` is a zero-width condition that ``wrap`` puts before every match (such as ``(?<!\\w)``); the
    locator uses it to stop at fewer positions. The shortcut is used only when every branch's first
    characters can be read, are ASCII, and no branch can match the empty string.
    """
    def build(chosen: list[int]) -> re.Pattern:
        return re.compile(wrap("|".join(f"(?P<{names[k]}>{branches[k]})" for k in chosen)), flags)

    whole = build(list(range(len(branches))))
    firsts = [first_characters(branch) for branch in branches]
    if not branches or any(f is None or not all(c.isascii() for c in f) for f in firsts):
        return Alternation(whole)
    lowered = [{c.lower() for c in f} for f in firsts]
    characters = sorted(set().union(*lowered))
    by_first = {c: build([k for k, f in enumerate(lowered) if c in f]) for c in characters}
    # any case: a branch may switch case-insensitivity on for itself
    locator = re.compile(start + "[" + "".join(re.escape(c) for c in characters) + "]", flags | re.IGNORECASE)
    return Alternation(whole, locator, by_first)


def finditer(alternation: Alternation, text: str) -> Iterator[re.Match]:
    """The non-empty matches of ``alternation.regex.finditer(text)``, found by the shortcut when it applies.

    >>> words = combine(["war", "warn(?:ing)?", "peace"], names=["a", "b", "c"], wrap=lambda s: rf"\\b(?:{s})\\b",
    ...                 start=r"\\b", flags=re.IGNORECASE)
    >>> [(m.group(), m.lastgroup) for m in finditer(words, "War, a warning, then PEACE.")]
    [('War', 'a'), ('warning', 'b'), ('PEACE', 'c')]
    """
    if alternation.locator is None:
        yield from (m for m in alternation.regex.finditer(text) if m.end() > m.start())
        return
    search, by_first, whole = alternation.locator.search, alternation.by_first, alternation.regex
    position = 0
    while (candidate := search(text, position)) is not None:
        at = candidate.start()
        char = text[at]
        regex = by_first.get(char.lower(), whole) if char.isascii() else whole  # folded forms: every branch
        match = regex.match(text, at)
        if match is not None and match.end() > at:
            yield match
            position = match.end()
        else:
            position = at + 1


def literal_trie(words: list[str], *, ending: Callable[[str], str] = lambda word: "") -> str:
    """An alternation of literal ``words`` as a prefix tree, each word followed by ``ending(word)``.

    Where several words match at one position (each then a prefix of the next), the tree tries the longer
    first, as an alternation of the words sorted longest first does; but ``re`` reads one character to pick a
    branch instead of trying every word in turn.

    >>> literal_trie(["say", "said", "says", "saying", "tell"])
    '(?:sa(?:id|y(?:ing|s|))|tell)'
    >>> [m.group() for m in re.finditer(rf"\\b{literal_trie(['point', 'point out'])}\\b", "to point out a point")]
    ['point out', 'point']
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word

    def emit(node: dict) -> str:
        branches = []
        for char in sorted(k for k in node if k):
            child, run = node[char], re.escape(char)
            while len(child) == 1 and "" not in child:  # a chain of single characters as one literal
                (char, child), = child.items()
                run += re.escape(char)
            branches.append(run + emit(child) if child.keys() - {""} or "" not in child
                            else run + ending(child[""]))
        if "" in node and branches:
            branches.append(ending(node[""]))  # the word ending here, after every longer one
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)
