"""Which cues and target patterns are worth trying on a text: each lexicon's keys (words every match holds) are
found in one scan of a prefix tree, and only the cues or patterns whose key is present are tried. The indexes are
built once per lexicon or targets object and kept by identity. Used by ``analysis.stance_reading``.
"""

from __future__ import annotations

import re

from analysis.alternation import literal_trie
from analysis.stance_lexicon import Cue, Target

__all__ = ["KeyFinder", "by_identity", "key_index", "target_cues", "target_keys"]


_TARGET_KEYS: dict[int, tuple] = {}


def target_keys(targets: tuple[Target, ...]) -> tuple:
    """The keys of all the targets' patterns (or () when one pattern has none: it must then always be tried), a
    ``KeyFinder`` of every key, and per target its (inverse?, pattern, keys) triples, built once per targets (a
    pattern is tried when one of its keys is in the text, always when it has none)."""
    return by_identity(_TARGET_KEYS, targets, _target_keys)


def _target_keys(targets: tuple[Target, ...]) -> tuple:
    keys = [k for t in targets for k in (*(t.keys or ("",) * len(t.patterns)),
                                         *(t.inverse_keys or ("",) * len(t.inverse)))]
    found = () if not all(keys) else tuple(dict.fromkeys(keys))
    tried = tuple(_indexed(tuple((inv, p, tuple(key.split("|")) if key else ()) for inv, pats, keys in
                                 ((False, t.patterns, t.keys), (True, t.inverse, t.inverse_keys))
                                 for p, key in zip(pats, keys or ("",) * len(pats), strict=True))) for t in targets)
    every = tuple(dict.fromkeys(k for key in keys if key for k in key.split("|")))  # "a|b": a or b
    return found, KeyFinder(every) if every else None, tried


def _indexed(entries: tuple) -> tuple:
    """One target's (inverse?, pattern, keys) entries, the positions of those without keys, and those of each key."""
    by_key: dict[str, list[int]] = {}
    for i, (_, _, keys) in enumerate(entries):
        for key in keys:
            by_key.setdefault(key, []).append(i)
    return entries, [i for i, (_, _, keys) in enumerate(entries) if not keys], by_key


_KEY_INDEXES: dict[int, tuple] = {}


def key_index(cues: tuple[Cue, ...]) -> tuple[list[int], dict[str, list[int]], KeyFinder]:
    """The cues (by position) without keys, those of each key, and a finder of the keys: built once per lexicon."""
    return by_identity(_KEY_INDEXES, cues, _key_index)


def _key_index(cues: tuple[Cue, ...]) -> tuple[list[int], dict[str, list[int]], KeyFinder]:
    always, by_key = [], {}
    for i, cue in enumerate(cues):
        if not cue.keys:
            always.append(i)
        for key in cue.keys:
            by_key.setdefault(key, []).append(i)
    return always, by_key, KeyFinder(tuple(by_key))


class KeyFinder:
    """The keys that occur in a text, as ``filter(text.__contains__, keys)`` finds them, in one scan of a prefix
    tree: the tree gives the longest key at each position, and every key that is a prefix of it is there too."""

    def __init__(self, keys: tuple[str, ...]):
        self.keys = keys
        self.pattern = re.compile("(?=(" + literal_trie(sorted(set(keys))) + "))") if keys else None
        known = set(keys)
        self.prefixes = {key: [key[:n] for n in range(1, len(key) + 1) if key[:n] in known] for key in known}

    def present(self, lowered: str) -> set[str]:
        if self.pattern is None:
            return set()
        found: set[str] = set()
        for longest in set(self.pattern.findall(lowered)):
            found.update(self.prefixes[longest])
        return found


_TARGET_CUES: dict[int, tuple] = {}


def by_identity(cache: dict[int, tuple], owner, build, *, limit: int = 32):
    """``build(owner)``, kept in ``cache`` for as long as the same object comes again (at most ``limit`` kept)."""
    cached = cache.get(id(owner))
    if cached is None or cached[0] is not owner:
        if len(cache) > limit:
            cache.clear()
        cached = cache[id(owner)] = (owner, build(owner))
    return cached[1]


def target_cues(targets: tuple[Target, ...]) -> tuple[Cue, ...]:
    """The targets' own cues as one tuple, the same object for the same targets (so their key index is kept)."""
    return by_identity(_TARGET_CUES, targets, lambda owner: tuple(c for t in owner for c in t.cues))
