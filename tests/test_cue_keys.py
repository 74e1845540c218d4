"""Keys decide which stance cues are tried on a sentence: every cue has keys, and a cue never matches a text that
holds none of them. Name lists written as prefix trees find what the lists sorted longest first found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from analysis import actors, country_subjects, organizations
from analysis.cue_index import key_index
from analysis.stance_lexicon import cue_lexicon, literal_keys, phrase_pattern

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("stance_fresh_*/*.txt"))[:40]
    return [path.read_text(encoding="utf-8") for path in paths]


def test_every_shipped_cue_has_keys():
    always, _, _ = key_index(cue_lexicon())
    assert always == []


@pytest.mark.parametrize(("phrase", "keys"), [
    (";", (";",)), ("no", ("no",)), ("n't", ("n't", "n’t")), ("favou?r*", ("favo",)),
    ("(a|an) (lifeline|no-brainer|no brainer)", ("no", "lifeline")), ("(a|an) (war|tax) on", ("tax", "war")),
    ("(x|y) (a|b)", ()),
])
def test_short_phrases_get_keys_that_every_match_holds(phrase, keys):
    assert literal_keys(phrase) == keys


def test_no_cue_matches_a_sentence_without_one_of_its_keys():
    matched = 0
    for text in _texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            lowered = sentence.lower()
            for cue in cue_lexicon():
                if cue.pattern.search(sentence):
                    matched += 1
                    assert any(key in lowered for key in cue.keys), (cue.phrase, sentence)
    assert matched > 500


@given(st.lists(st.sampled_from(["no", "No", "n't", "n’t", "favour", "Favored", ";", "—", "a", "lifeline",
                                 "no-brainer", "if", "If", "not", "x"]), max_size=8))
def test_short_cues_match_only_where_their_keys_stand(words):
    text = " ".join(words)
    for phrase in (";", "no", "n't", "favou?r*", "if", "(a|an) (lifeline|no-brainer|no brainer)"):
        if phrase_pattern(phrase).search(text):
            assert any(key in text.lower() for key in literal_keys(phrase))


def test_country_and_institution_trees_find_what_the_name_lists_found():
    countries = "|".join(re.escape(c) for c in sorted(actors.countries(), key=len, reverse=True))
    subject = re.compile(country_subjects._country_subject().pattern.replace(country_subjects._countries(), countries),
                         re.IGNORECASE)
    listed = "|".join(w.capitalize() for w in sorted(organizations.INSTITUTIONS))
    runs = re.compile(organizations.ORG_RUN.pattern.replace(
        organizations.literal_trie(sorted(w.capitalize() for w in organizations.INSTITUTIONS)), listed))
    found = 0
    names = [name.title() for name in sorted(actors.countries())[::5]]
    written = [f"{opening}{name}{tail}" for name in names for opening, tail in (
        ("On Friday, ", " repeatedly "), ("Officials in ", " "), ("The ", ", meanwhile, "), ("", "-based firms "))]
    for text in [*_texts(), " said. ".join(written)]:
        heads = [text[max(0, m.start() - 80):m.start()] for m in re.finditer(r"\b(?:said|says|told)\b", text)]
        for head in heads:
            new, old = country_subjects._country_subject().search(head), subject.search(head)
            assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1)))
            found += new is not None
        assert [m.span() for m in organizations.ORG_RUN.finditer(text)] == [m.span() for m in runs.finditer(text)]
    assert found > len(names)
