"""Quoted words that are nobody's (a term the copy distances itself from) and bodies that a name modifies ("the
Harris campaign"). The texts are written for these tests."""

from __future__ import annotations

from analysis import quotes


def _row(text: str, fragment: str):
    rows = quotes.of_text(text)
    rows = rows[(rows["kind"] == "partial") & (rows["text"] == fragment)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_a_so_called_term_with_a_modifier_between_is_nobodys_words():
    text = ("Senator Ruth Aldane is worried about her party's “severe underperformance” in the so-called "
            "northern “red belt” states, she told reporters.")
    assert _row(text, "severe underperformance")["speaker"] == "Ruth Aldane"
    assert _row(text, "red belt")["speaker"] == ""
    opening = "Governor Piet Marr remains on the attack in the so-called Democratic “blue wall” he carried in 2016."
    assert _row(opening, "blue wall")["speaker"] == ""


def test_a_so_called_term_a_name_owns_stays_the_names():
    text = "Moscow's so-called “special military operation” entered its third year, Foreign Minister Ivo Rask said."
    assert _row(text, "special military operation")["speaker"] != ""


def test_a_body_a_name_modifies_is_the_subject_not_the_person():
    text = ("Senator Dana Kiel spoke in Ohio on Monday. The Kiel campaign still put out a memo over the weekend "
            "casting itself as “the clear underdogs” in the contest.")
    row = _row(text, "the clear underdogs")
    assert (row["speaker"], row["speaker_role"].lower()) == ("", "the kiel campaign")
