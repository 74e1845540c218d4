"""Two measures in one sentence, each the object of its own cue ("back the levy and oppose the charge", "vote for
the levy and against the charge"), a stated refusal to take a side, a wish that a measure be sent back, votes
counted on, and a position once held (a vote cast, a part played) that gives way to the present one. The texts
are written for these tests."""

from __future__ import annotations

import re

import pytest

from analysis import pipeline, quotes
from analysis.stance_lexicon import compound_variants, targets_from_rows
from analysis.stance_reading import of_text

ROWS = [{"id": "levy", "label": "", "description": "", "patterns": "road levy;levy bill", "inverse_patterns": ""},
        {"id": "pension", "label": "", "description": "", "patterns": "pension bill;pension vote",
         "inverse_patterns": "return* to the five-day week"}]
TARGETS = targets_from_rows(ROWS)


def _hits(text: str) -> list[tuple[str, str]]:
    return sorted({(h.target, h.stance) for h in of_text(text, TARGETS)})


@pytest.fixture
def targets_file(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("id,label,description,patterns,inverse_patterns\n" + "".join(
        f"{r['id']},,,{r['patterns']},{r['inverse_patterns']}\n" for r in ROWS), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("text", [
    "The Greens will back the road levy and oppose the pension bill, she said.",
    "She said her party would vote for the road levy and against the pension bill.",
    "Her party supports the road levy but opposes the pension bill.",
])
def test_each_measure_takes_the_cue_whose_object_it_is(text):
    assert _hits(text) == [("levy", "favor"), ("pension", "against")]


def test_one_cue_before_two_measures_still_holds_both():
    assert _hits("Her party will back the road levy and the pension bill.") == [("levy", "favor"),
                                                                                  ("pension", "favor")]


def test_a_vote_for_a_measure_is_a_position_not_a_mention_of_its_vote():
    assert _hits("Her party will vote for the pension bill.") == [("pension", "favor")]
    assert not any(re.search(v[3:], "a vote for the pension") for v in compound_variants("pension vote"))
    assert any(re.search(v[3:], "a vote on the pension") for v in compound_variants("pension vote"))


@pytest.mark.parametrize("text", [
    "The governor takes no position either for or against the road levy.",
    "The governor is neither for nor against the road levy.",
])
def test_a_stated_refusal_to_take_a_side_is_neutral(text):
    assert _hits(text) == [("levy", "neutral")]


@pytest.mark.parametrize("text", [
    "He wants the road levy sent back to committee.",
    "He wants the road levy “sent back where it came from”.",
    "She wants the road levy ditched.",
])
def test_wanting_a_measure_sent_back_is_against_it(text):
    assert _hits(text) == [("levy", "against")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The road levy in its present form cannot count on the votes of the Greens.", "against"),
    ("The road levy can count on our votes.", "favor"),
])
def test_votes_counted_on_are_a_position(text, expected):
    assert _hits(text) == [("levy", expected)]


@pytest.mark.parametrize("earlier", [
    "“I voted against the pension bill in our council.",
    "“Back then I was the strongest opponent of the pension bill.",
])
def test_a_vote_cast_or_a_part_played_gives_way_to_the_present_position(targets_file, earlier):
    text = (f"The mayor, Eldra Voss, spoke to reporters. {earlier} Today I would not return to the five-day week "
            f"at any price,” Voss said.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets_file))["stance"]
    assert found[["speaker", "target", "stance"]].values.tolist() == [["Eldra Voss", "pension", "favor"]]


def test_a_quotation_said_by_its_described_and_named_speaker():
    text = "“You cannot give a teacher her Fridays,” said its president, Dorota Lenk."
    assert [(r.speaker, r.speaker_role) for r in quotes.of_text(text).itertuples()] == [("Dorota Lenk",
                                                                                          "its president")]


def test_a_refusal_given_up_in_a_few_words_turns_the_position():
    found = of_text("Ann Vos, who said last week she could not vote for the road levy, now says she will.", TARGETS)
    assert [(h.target, h.stance) for h in found] == [("levy", "favor")]
    assert "now says otherwise" in found[0].label


def test_a_cue_does_not_reach_a_measure_past_a_subordinate_clause():
    assert _hits("Our members voted for strike action if the road levy passes.") == []
