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


def test_a_body_that_put_out_a_report_is_no_document_opening():
    text = "The ministry released a report on Friday. It noted that the base has seen a sea level rise."
    assert _rows(text, "indirect") == [["", "The ministry", "the base has seen a sea level rise"]]


@pytest.mark.parametrize(("opening", "role"), [("The report came out on Friday.", "The report"),
                                               ("The lawsuit was filed on Friday.", "The lawsuit")])
def test_it_with_a_verb_and_a_reporting_participle_is_the_document_before(opening, role):
    text = f"{opening} It covers the flooding, noting that the base has seen a sea level rise."
    assert _rows(text, "indirect") == [["", role, "the base has seen a sea level rise"]]


def test_it_of_a_state_reports_nothing():
    assert _rows("The report came out on Friday. It was a long day, noting that the base was safe.", "indirect") == []


@pytest.mark.parametrize(("opening", "role"), [("Many experts see warming as one factor, but", "Many experts"),
                                               ("Island residents are happy with it but", "Island residents"),
                                               ("The farmers like the plan but", "The farmers")])
def test_a_plural_source_in_the_present_goes_on_after_but(opening, role):
    assert _rows(f"{opening} believe the cost is too high.", "indirect") == [["", role, "the cost is too high"]]


def test_a_plural_thing_before_but_is_no_source():
    assert _rows("The prices are high but believe the cost is too high.", "indirect") == []


@pytest.mark.parametrize("sentence", ["Residents, he said, do not believe in climate change.",
                                      "Prices, he said, may rise again in spring."])
def test_a_one_word_plural_subject_before_an_aside_and_its_verb(sentence):
    rows = _rows(f"Mayor James Eskridge spoke on Monday. {sentence}", "indirect")
    assert [(r[0], r[2]) for r in rows] == [("James Eskridge", sentence.rstrip("."))]


def test_a_described_source_with_a_long_phrase_after_its_body():
    text = ("In a letter to congressional leaders, the head of the trade organization representing state solid "
            "waste agencies said the cut would hurt.")
    assert [r[1] for r in _rows(text, "indirect")] == [
        "the head of the trade organization representing state solid waste agencies"]


@pytest.mark.parametrize("source", ["the report", "the commission", "the panel's summary"])
def test_it_that_opens_a_sentence_is_the_source_that_reported_in_the_sentence_before(source):
    text = (f"Mayor Ana Ruiz met the panel in May. A rise of 2C would carry risks, {source} said. It said "
            "temperatures would be higher by 2050.")
    assert _rows(text, "indirect")[-1][1:] == [source, "temperatures would be higher by 2050"]


def test_it_after_a_person_who_reported_stands_for_no_one():
    text = "A rise of 2C would carry risks, Ana Ruiz said. It said temperatures would be higher by 2050."
    assert [r[2] for r in _rows(text, "indirect")] == ["A rise of 2C would carry risks"]


@pytest.mark.parametrize("report", ["The Green New Deal, it says, shall give every worker “a fair chance.”",
                                    "It says the Green New Deal shall give every worker a fair chance."])
def test_it_that_reports_after_a_sentence_naming_a_document_is_that_document(report):
    text = f"Later in the document, the plan imagines a national jobs force. {report}"
    assert {r[1] for r in _rows(text, "indirect")} == {"the document"}


def test_it_after_a_sentence_naming_no_document_reports_nothing():
    text = "Later in the year, the plan imagines a national jobs force. It says the deal shall give everyone a chance."
    assert _rows(text, "indirect") == []


@pytest.mark.parametrize(("lead", "role"), [("The rule was attacked by farmers", "farmers"),
                                            ("The rule angered local growers", "local growers")])
def test_a_bare_plural_of_people_before_who_reports(lead, role):
    assert _rows(f"{lead} who claimed it hindered their work.", "indirect") == [["", role, "it hindered their work"]]


@pytest.mark.parametrize("joined", [", and a recent paper", " – and a recent paper"])
def test_an_indefinite_source_of_a_joined_clause_reports(joined):
    text = f"Peat holds much carbon{joined} suggests far more is being lost than thought."
    assert _rows(text, "indirect") == [["", "A recent paper", "far more is being lost than thought"]]


@pytest.mark.parametrize("verb", ["recognizing", "noting"])
def test_while_and_an_adverb_before_a_reporting_participle_keep_the_subject(verb):
    text = f"Pope Francis listed the problems, while also {verb} that many poor people depend on such work."
    assert _rows(text, "indirect") == [["Francis", "Pope", "many poor people depend on such work"]]


def test_recognized_without_that_reports_nothing():
    assert _rows("The government recognized the new state in 1991.", "indirect") == []


def test_a_relative_who_after_a_possessive_apposition_is_the_named_person():
    text = ("“We are concerned,” said Sadiq Khan, London's mayor, who has estimated that 9,000 officers have been "
            "sent to the protests.")
    assert [r[0] for r in _rows(text, "indirect")] == ["Sadiq Khan"]


@pytest.mark.parametrize("relative", [", a network that fears", ", which fears"])
def test_a_body_named_before_an_apposition_with_that_or_which_reports(relative):
    text = f"The praise came from the Climate Justice Alliance{relative} these policies would hurt communities."
    assert _rows(text, "indirect") == [["Climate Justice Alliance", "organization",
                                        "these policies would hurt communities"]]


def test_a_body_inside_a_persons_apposition_before_who_does_not_report():
    text = ("That reading is shared by Nadia Furlow, a military analyst at the Vellmont Institute for Strategic "
            "Studies, who wrote this week that both armies were short of commanders.")
    assert [r[0] for r in _rows(text, "indirect")] == ["Nadia Furlow"]


def test_being_worried_that_reports_a_view():
    text = "Soil scientists in both countries are worried that their ability to grow food may be compromised."
    assert _rows(text, "indirect") == [["", "Soil scientists in both countries",
                                        "their ability to grow food may be compromised"]]


def test_being_worried_about_a_thing_reports_nothing():
    assert _rows("Residents were worried about the flood on Friday.", "indirect") == []


def test_a_bare_plural_who_wants_to_do_something_is_a_subject_not_a_source():
    text = "The plan is the best idea in years, and councillors who want to kill it should be asked why."
    assert _rows(text, "indirect") == []
