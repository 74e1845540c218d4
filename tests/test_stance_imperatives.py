"""A sentence that opens with the act a target names is a call for it ("Give us the vote!"), or against the target
when the act is its opposite ("Keep the voting age at 18."), unless it asks or states a condition; "back" right
before a target backs it."""

from __future__ import annotations

import pytest

from analysis.stance_lexicon import targets_from_rows
from analysis.stance_reading import of_text

TARGETS = targets_from_rows([{"id": "age16", "label": "", "description": "",
                              "patterns": "votes at 16;lower* the voting age;give us the vote",
                              "inverse_patterns": "keep* the voting age at 18;leave the age at 18"}])


def _stances(sentence: str) -> list[tuple[str, str]]:
    return [(h.stance, h.label) for h in of_text(sentence, TARGETS)]


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Give us the vote!", "favor"),
    ("“Lower the voting age, and do it this year,” she said.", "favor"),
    ("“Keep the voting age at 18 until schools teach politics,” he said.", "against"),
    ("Leave the age at 18.", "against"),
])
def test_an_imperative_naming_the_act_is_a_call(sentence, stance):
    assert _stances(sentence) == [(stance, "imperative")]


@pytest.mark.parametrize("sentence", [
    "Keeping the voting age at 18 is the safer course.",
    "Lowered the voting age? Not this government.",
    "Keep the voting age at 18?",
    "Lower the voting age and you hand the election to the parties with the best apps.",
    "Leave the age at 18, and the first thing the young learn is that nobody listens.",
    "Critics say votes at 16 would change little.",
])
def test_no_call_without_an_imperative_that_calls(sentence):
    assert all(label != "imperative" for _, label in _stances(sentence))


def test_back_right_before_a_target_backs_it():
    assert ("favor", "back") in _stances("I back votes at 16, and I will say so at conference.")
    assert ("against", "back (not)") in _stances("I do not back votes at 16.")


RENT = targets_from_rows([{"id": "cap", "label": "", "description": "", "patterns": "rent cap;the cap"}])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rent cap is well meant, and it is wrong.", [("against", "is wrong")]),
    ("She told the union the cap was “not for sale”.", [("favor", "was “not for sale")]),
    ("The rent cap is fair to any decent landlord.", [("favor", "is fair")]),
    ("The rent cap is not fair.", [("against", "is not fair")]),
    ("I opposed the rent cap, and I was wrong.", [("favor", "opposed (was wrong)")]),
])
def test_judgements_of_a_proposal_after_it(sentence, expected):
    assert [(h.stance, h.label) for h in of_text(sentence, RENT)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The opposition will table an amendment to strike out the rent cap.", "against"),
    ("The opposition wants to strike the rent cap out of the bill.", "against"),
    ("I hope members vote for the amendment to strike the cap out.", "against"),
])
def test_striking_a_proposal_out_is_against_it(sentence, expected):
    assert {h.stance for h in of_text(sentence, RENT)} == {expected}


def test_striking_a_deal_is_no_removal():
    assert of_text("They struck a deal on the rent cap after the talks ran out of time.", RENT) == []


@pytest.mark.parametrize("sentence", [
    "Suppose parliament passes the rent cap. What then?",
    "SR: Greta Lindqvist, suppose the regulator approves the rent cap.",
    "What if the rent cap works?",
])
def test_a_supposition_states_no_position(sentence):
    assert of_text(sentence, RENT) == []
    assert of_text(sentence.replace("uppose", "upport").replace("What if", "We back"), RENT) != []


def test_a_proposal_that_works_is_favoured_and_one_that_has_not_worked_is_not():
    assert [(h.stance, h.label) for h in of_text("Tessin is the proof that the rent cap works.", RENT)] == \
        [("favor", "works")]
    assert [h.stance for h in of_text("The rent cap has not worked anywhere.", RENT)] == ["against"]
