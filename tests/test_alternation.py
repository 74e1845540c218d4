"""One alternation tried only where a branch can start finds exactly what the whole alternation finds."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import alternation, framing, quotes_lexicon


def reference(scan: alternation.Alternation, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in scan.regex.finditer(text) if m.end() > m.start()]


def found(scan: alternation.Alternation, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in alternation.finditer(scan, text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("Kyiv|Kyyiv", {"K"}), (r"(?:sham|so-called)\s+referend", {"s"}), (r"(?:temporary\s+)?pause", {"t", "p"}),
    (r"[A-C]x|d", {"A", "B", "C", "d"}), (r"(?<!\w)\bwar", {"w"}), (r"a*b", {"a", "b"}), ("(?i:x)y", {"x"}),
    (r"\w+", None), (".a", None), ("a?", None), ("(?:)", None), ("[^a]", None), ("(", None),
])
def test_first_characters_of_a_pattern(pattern, expected):
    assert alternation.first_characters(pattern) == (None if expected is None else frozenset(expected))


def test_the_lexicon_takes_the_shortcut_and_finds_what_the_whole_regex_finds():
    scan, _ = framing._combined_lexicon()
    assert scan.locator is not None
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    hits = [found(scan, text) for text in texts]
    assert hits == [reference(scan, text) for text in texts]
    assert sum(map(len, hits)) > 20


WORDS = st.sampled_from(["Kyiv", "KIEV", "kyyiv", "war", "wars", "war of aggression", "proxy war", "Zelensky",
                         "Zelenskyy", "full-scale invasion", "special military operation", "SMO", "ceasefire",
                         "cease-fire", "ſpecial", "\u212aiev", "İnvasion", "re-joined Russia", "so-called referendum",
                         "x", "-", ",", "(", "'", "’s", "NATO’s expansion", "pause for the talks", "temporary pause"])
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", "", "-", ". ", "\n"])), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("ſpecial military operation in \u212aiev; the wars")
def test_the_lexicon_finds_what_the_whole_regex_finds_on_generated_text(text):
    scan, _ = framing._combined_lexicon()
    assert found(scan, text) == reference(scan, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b+c", "(?:x|y)z", "(?i:q)r", "ba", "abc", "c", "\\d+"]), min_size=1,
                max_size=5, unique=True),
       st.text(alphabet="abcxyzqQrR1 -", max_size=30))
def test_any_alternation_finds_what_the_whole_regex_finds(branches, text):
    names = [f"g{k}" for k in range(len(branches))]
    for flags in (0, re.IGNORECASE):
        scan = alternation.combine(branches, names=names, wrap=lambda body: rf"(?<!\w)(?:{body})",
                                   start=r"(?<!\w)", flags=flags)
        assert found(scan, text) == reference(scan, text)


def _longest_first(words: list[str], ending=lambda word: "") -> str:
    return "|".join(re.escape(w) + ending(w) for w in sorted(words, key=len, reverse=True))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["say", "says", "said", "saying", "s", "sa", "point", "point out", "points out",
                                 "tell", "told", "tells", "a", "ab", "abc", "b"]), min_size=1, max_size=8, unique=True),
       st.lists(st.tuples(st.sampled_from(["say", "saying", "said", "sa", "points", "point out", "tol", "told", "ab",
                                           "abcd", "b", "x"]), st.sampled_from(["", " ", "s ", " b"])),
                max_size=8).map(lambda parts: "".join(w + s for w, s in parts)))
def test_a_prefix_tree_of_words_matches_as_the_words_sorted_longest_first(words, text):
    def ending(word: str) -> str:
        return r"(?!\s+b)" if word.endswith("t") else ""  # an ending may refuse the word

    for tree, flat in ((alternation.literal_trie(words), _longest_first(words)),
                       (alternation.literal_trie(words, ending=ending), _longest_first(words, ending))):
        for wrap in (r"\b(?:{})\b", r"(?:{})s?(?=\s)", r"({})"):
            expected = [m.span(0) + m.span(m.re.groups or 0) for m in re.finditer(wrap.format(flat), text)]
            assert [m.span(0) + m.span(m.re.groups or 0) for m in re.finditer(wrap.format(tree), text)] == expected


def test_the_reporting_verb_pattern_finds_what_its_forms_sorted_longest_first_find():
    forms = quotes_lexicon.verb_forms()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    flat = re.compile(rf"\b(?:{_longest_first(list(forms))})\b")
    tree = re.compile(rf"\b{alternation.literal_trie(list(forms))}\b")
    hits = [[m.span() for m in tree.finditer(text)] for text in texts]
    assert hits == [[m.span() for m in flat.finditer(text)] for text in texts]
    assert sum(map(len, hits)) > 50
