"""One alternation tried only where a branch can start finds exactly what the whole alternation finds."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import alternation, framing


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
