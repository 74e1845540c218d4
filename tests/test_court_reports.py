"""Court copy that gives the case before the one who put it ("..., a jury heard", "..., trial told"): the report
and its quoted words are the counsel's named in the sentences after. The texts are written for these tests."""

from __future__ import annotations

import pytest

from analysis import quotes

OPENERS = [
    "Opening the case for the prosecution, Marta Velde KC said the money had gone on cars.",
    "Marta Velde KC, opening the Crown’s case at Ashby Crown Court, said the money had gone on cars.",
    "Marta Velde told the jury that the money had gone on cars.",
    "Marta Velde, for the prosecution, told jurors that the money had gone on cars.",
]


def _rows(text: str) -> list[list[str]]:
    return quotes.of_text(text)[["kind", "speaker", "text"]].values.tolist()


@pytest.mark.parametrize("opener", OPENERS)
def test_what_a_jury_heard_is_said_by_the_counsel_named_after(opener):
    rows = _rows("A former fund manager “lied to everyone, including himself”, a jury at Ashby Crown Court heard on "
                 f"Monday.\n\n{opener}")
    assert rows[:2] == [
        ["indirect", "Marta Velde", "A former fund manager “lied to everyone, including himself”"],
        ["partial", "Marta Velde", "lied to everyone, including himself"]]


def test_a_headline_and_a_lead_without_quotation_marks_take_the_same_counsel():
    text = ("Dam firm “ignored warnings” before collapse, trial told\n\n"
            "HARLOW, May 2 - The company that ran the dam ignored months of warnings that its wall was failing, a "
            "court heard on Tuesday.\n\nOpening the prosecution case, Philippa Dunn told jurors that sensors had "
            "recorded rising pressure.")
    rows = _rows(text)
    assert [r[:2] for r in rows] == [["indirect", "Philippa Dunn"]] + [["partial", "Philippa Dunn"]] + \
        [["indirect", "Philippa Dunn"]] * 2
    assert rows[2][2] == "The company that ran the dam ignored months of warnings that its wall was failing"


def test_a_reporting_verb_inside_the_case_does_not_keep_its_subject():
    text = ("Executives at Corvan knew that the price rise would force hospitals to ration the drug, a court heard."
            "\n\nOpening the case for the authority, Ben Arley told the jury that emails showed it.")
    case = "Executives at Corvan knew that the price rise would force hospitals to ration the drug"
    assert _rows(text)[0] == ["indirect", "Ben Arley", case]


@pytest.mark.parametrize("text", [
    # no one is named as putting the case: the sentence keeps what it had
    "A former fund manager “lied to everyone”, a jury heard on Monday.\n\nThe trial continues.",
    # the court heard from a witness, not a report before a comma
    "The court heard evidence from Tom Reiss, a former sales manager.\n\nMarta Velde told the jury it was fraud.",
    # "told" with its own object is not the court being told
    "The clerk, the court told him, would be late.\n\nMarta Velde told the jury it was fraud.",
])
def test_nothing_changes_without_a_heard_clause_and_a_counsel(text):
    assert not any(r[1] == "Marta Velde" and r[2] != "it was fraud" for r in _rows(text))
