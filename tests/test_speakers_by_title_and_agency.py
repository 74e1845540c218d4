"""Speakers behind an abbreviated title, the agency of a dateline, a he or she that stands for a described
speaker, a reply whose reported clause follows its object, and a company named for its owner. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from analysis import quotes


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.kind, r.speaker, r.speaker_role, r.text) for r in quotes.of_text(text).itertuples()]


@pytest.mark.parametrize("title", ["Prof.", "Gov.", "Sen.", "Rev."])
def test_an_abbreviated_title_after_the_verb_is_no_speaker_of_its_own(title):
    text = f"“Both capitals have elections next spring,” said {title} Hélène Duvivier-Ruud, who studies the region."
    assert _rows(text) == [("direct", "Hélène Duvivier-Ruud", title, "Both capitals have elections next spring")]


def test_the_agency_of_a_dateline_is_a_body_not_the_speaker_it_was_told():
    text = ("PORT KESSALY, Oct 14 (Continental Wire) — A rocket broke apart on Tuesday.\n\n"
            "The skipper told Continental Wire by satellite phone that it came down like hail.")
    assert ("indirect", "", "The skipper", "it came down like hail") in _rows(text)


@pytest.mark.parametrize("lead", ["Asked about the video, she", "She", "Later she"])
def test_a_pronoun_no_named_person_answers_stands_for_the_described_speaker_before(lead):
    text = (f"The head of the agency told a news conference that the data were clear. {lead} said it was "
            "impossible to judge distances from a boat.")
    assert _rows(text)[-1] == ("indirect", "", "The head of the agency",
                               "it was impossible to judge distances from a boat")


def test_a_named_woman_before_still_takes_the_pronoun():
    text = ("Dr. Ada Lind leads the agency. The head of the agency told reporters that the data were clear. "
            "She said it was impossible to judge.")
    assert _rows(text)[-1][:2] == ("indirect", "Ada Lind")


def test_a_reply_to_a_claim_reports_the_claim_not_the_words_before_it():
    text = ("Speaking to students in Philadelphia this week, Vice President Joseph R. Biden Jr. responded to "
            "Mr. Trump's interjection that not paying taxes made him smart.")
    assert _rows(text)[0] == ("indirect", "Joseph R. Biden Jr.", "Vice President",
                              "not paying taxes made him smart")


def test_a_company_named_for_its_owner_leaves_him_his_surname():
    text = ("Larkspur Care is owned by Sayegh Holdings, the family company of Khalid bin Omar Sayegh. In a letter "
            "to staff, Mr. Sayegh wrote that he was shocked. Larkspur said the records were wrong.")
    rows = _rows(text)
    assert [(kind, speaker) for kind, speaker, _, _ in rows] == [("indirect", "Khalid bin Omar Sayegh"),
                                                                 ("indirect", "Larkspur Care")]


def test_a_date_before_a_described_writer_is_no_part_of_the_description():
    text = ("In March 2022 a regional operations manager wrote to eleven managers that inspectors would check the "
            "log. “If the log is empty, fill it,” she wrote.\n\nThe paper is not naming the manager, who left last "
            "year. Reached by telephone, she said the email had been “a badly worded joke”.")
    assert {(speaker, role) for _, speaker, role, _ in _rows(text)} == {("", "a regional operations manager")}


def test_the_agency_of_a_dateline_is_a_news_medium():
    from analysis import actors
    text = "ARNSBY, 9 April (Tidewater Press) - The government asked parliament to approve the sale."
    assert [(r["actor"], r["actor_type"]) for r in actors.of_text(text, actors.load())] == [
        ("Tidewater Press", "media")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Russia takes an “extremely negative” view of the decision to supply drones, but does not believe it will "
     "change the course of the conflict, Reuters reports.", "Russia"),
    ("The Kremlin is “deeply concerned” about the talks, Reuters reported.", "Kremlin"),
])
def test_a_fragment_an_agency_relays_is_the_words_of_the_clauses_subject(text, speaker):
    assert [row[1] for row in _rows(text) if row[0] == "partial"] == [speaker]
