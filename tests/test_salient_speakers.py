"""Who a pronoun or a description after a quotation stands for when the sentence before names two people: the
one a question was put to answers it, and "the former president" is not the sitting one. The texts are written
for these tests."""

from __future__ import annotations

import pytest

from analysis import quotes


def _rows(text: str, kind: str) -> list[list[str]]:
    rows = quotes.of_text(text)
    return rows.loc[rows["kind"] == kind, ["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("question", ["asked Ivo Petrov about", "also asked Ivo Petrov again about",
                                      "pressed Ivo Petrov on"])
def test_the_person_asked_answers_in_the_next_sentence(question):
    text = (f"Anderson {question} the pressure from Prime Minister Viktor Orban to block the package. He said the "
            "money would come.\n\nHe continued: “We are not afraid of a long fight.”")
    assert _rows(text, "indirect") == [["Ivo Petrov", "the money would come"]]
    assert _rows(text, "direct") == [["Ivo Petrov", "We are not afraid of a long fight."]]


def test_a_person_asked_to_do_something_does_not_answer():
    text = "Governor Tom Reyes asked Ivo Petrov to resign from the board. He said the board had lost its way."
    assert ["Tom Reyes", "the board had lost its way"] in _rows(text, "indirect")


def test_the_former_president_is_not_the_sitting_one_named_before():
    text = ("President Vladimir Putin met his security council on Monday.\n\n“We would have had to answer with every "
            "weapon we have,” said Dmitry Medvedev, the deputy head of the council.\n\n“No other answer would be "
            "possible,” the former Russian president added.")
    assert _rows(text, "direct") == [["Dmitry Medvedev", "We would have had to answer with every weapon we have"],
                                     ["Dmitry Medvedev", "No other answer would be possible"]]


def test_the_former_president_is_the_one_the_text_calls_former():
    text = ("President Joe Biden spoke first. Former President Barack Obama spoke next.\n\n“We built this,” the "
            "former president said.")
    assert _rows(text, "direct") == [["Barack Obama", "We built this"]]
