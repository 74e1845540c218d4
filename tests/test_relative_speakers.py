"""Speakers named before a relative "who" and other speakers reached through a clause of their own. The texts
are written for these tests."""

from __future__ import annotations

import pytest

from analysis import quotes


def _rows(text: str, kind: str) -> list[list[str]]:
    rows = quotes.of_text(text)
    return rows.loc[rows["kind"] == kind, ["speaker", "speaker_role", "text"]].values.tolist()


@pytest.mark.parametrize(("text", "role"), [
    ("Farmers who called the rule “a disaster” marched on Monday.", "Farmers"),
    ("The march ended at noon, the union added, quoting nurses who once described the wards as “a war zone.”",
     "nurses"),
])
def test_a_fragment_after_who_and_a_verb_of_description_is_the_described_source(text, role):
    assert [r[1] for r in _rows(text, "partial")] == [role]


def test_a_comma_before_who_does_not_hide_the_source():
    text = "Food prices rose again. The senator, who called the bill “reckless,” voted against it."
    assert [r[1] for r in _rows(text, "partial")] == ["The senator"]


@pytest.mark.parametrize(("subject", "role"), [("A study published in Nature", "A study published in Nature"),
                                             ("A report released on Monday", "A report"),
                                             ("A survey in 2015", "A survey")])
def test_a_document_with_its_publication_before_the_verb_reports(subject, role):
    text = f"{subject} concluded that sea levels could rise by two metres."
    assert _rows(text, "indirect") == [["", role, "sea levels could rise by two metres"]]
