"""Bodies a text marks without a word of their kind in the name: a group calling itself X, a thing's maker, a short
name a "which" goes on from, a paper set off by its description, an event; and what such bodies say through their
texts ("its editorial"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from analysis import actors, quotes


def _types(text: str) -> dict[str, str]:
    return {r["actor"]: r["actor_type"] for r in actors.of_text(text, actors.load())}


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.kind, r.speaker, r.speaker_role, r.text) for r in quotes.of_text(text).itertuples()]


@pytest.mark.parametrize(("text", "name"), [
    ("A group calling itself Black Heron posted the records on Saturday. Black Heron said more would follow.",
     "Black Heron"),
    ("Clarivex is sprayed on rape fields. Its manufacturer, Helvion Agro, says the product is safe.", "Helvion Agro"),
    ("Fennik Pay lost the data of two million users. Fennik, which is privately owned, said card numbers were safe.",
     "Fennik Pay"),
    ("Grenseposten, the main paper in the mountain town, said businesses had been let down. The governor told "
     "Grenseposten she would wait.", "Grenseposten"),
    ("Helvion Agro rejected the findings. In a statement, the company said the doses were too high.", "Helvion Agro"),
])
def test_a_body_marked_by_its_description_is_no_person(text, name):
    assert _types(text).get(name) == "organization"


def test_an_event_is_no_person():
    text = "The country is withdrawing its bid to host the 2038 Winter Games, citing costs, the minister said."
    assert "Winter Games" not in _types(text)


def test_a_group_named_by_what_it_calls_itself_speaks_by_that_name():
    text = ("A group calling itself Black Heron claimed responsibility on a forum on Saturday, posting a sample of "
            "records. “Pay, or your customers will suffer,” the group wrote.")
    assert _rows(text) == [("direct", "Black Heron", "", "Pay, or your customers will suffer")]


def test_its_editorial_speaks_for_the_paper_named_before():
    text = ("The liberal daily Aftenvakt welcomed what its editorial called \"a rare outbreak of arithmetic\". "
            "\"Tarsia does not need skiing on television,\" the paper wrote.")
    assert [(speaker, role) for _, speaker, role, _ in _rows(text)] == [("Aftenvakt", "its editorial")] * 2


def test_a_plural_description_is_not_the_person_who_opens_the_next_sentence():
    text = "The rebels claimed they had taken the town. Smith posted a photo on Sunday."
    assert _rows(text) == [("indirect", "", "The rebels", "they had taken the town")]


def test_the_head_of_a_body_is_a_person_not_the_body_named_before():
    text = ("VARNE, Oct 14 (Northgate Press) - Korvenia will cap electricity prices, Prime Minister Elsa Varnholt said "
            "on Tuesday.\n\nThe head of government told a news conference that no household would pay more.")
    assert _rows(text)[-1][:2] == ("indirect", "Elsa Varnholt")


def test_a_description_that_names_a_country_is_not_a_source_of_another():
    text = ("The Swedish government has released the new guidance after a review. Sweden joined NATO in March. "
            "The Finnish guidance advises citizens to have cash for a ‘few days.’")
    assert [(kind, role) for kind, _, role, _ in _rows(text) if "days" in _] == [
        ("indirect", "The Finnish guidance"), ("partial", "The Finnish guidance")]
