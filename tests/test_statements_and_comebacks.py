"""A retort after a quotation names its speaker ("... ,” Ms. Voss shot back"), and "the statement said" after "In a
statement ..., her parents said" is the parents' statement, though they have no name."""

from __future__ import annotations

import pytest

from analysis import pipeline


def _quotes(text: str):
    return pipeline.analyse_texts({"d": text})["quotes"]


@pytest.mark.parametrize("verb", ["shot back", "hit back", "fired back"])
def test_a_retort_gives_the_quotation_to_the_one_who_makes_it(verb):
    text = ("Challenged by Councillor Marit Voss over the cost, the mayor said the depot would pay for itself.\n\n"
            f"“It will pay for itself in forty years,” Ms. Voss {verb}.")
    quotes = _quotes(text)
    retort = quotes[quotes["text"].str.startswith("It will pay")].iloc[0]
    assert retort["speaker"] == "Marit Voss"


def test_the_statement_is_the_unnamed_senders_who_issued_it():
    text = ("The climber was found on Sunday after two nights on the ridge.\n\n"
            "In a statement issued through the mountain rescue team, her parents said they were “overwhelmed”.\n\n"
            "“She is tougher than any of us. We owe the volunteers everything,” the statement said.")
    quotes = _quotes(text)
    statement = quotes[quotes["text"].str.startswith("She is tougher")].iloc[0]
    assert statement["speaker_role"] == "her parents"


def test_a_statement_nobody_issued_before_stays_the_statement():
    text = ("The climber was found on Sunday after two nights on the ridge.\n\n"
            "“She is tougher than any of us,” the statement said.")
    quotes = _quotes(text)
    assert quotes[quotes["text"].str.startswith("She is tougher")].iloc[0]["speaker_role"] == "the statement"
