"""A one-word place that speaks, a news medium's name, a plural noun after a verb or a preposition, a subject and
its verb set apart by a day, and a he or she after a described speaker when everyone named before holds another
role. The texts are written for these tests."""

from __future__ import annotations

import pytest

from analysis import pipeline, quotes
from analysis.name_kinds import media_name, placed_word


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.kind, r.speaker, r.speaker_role, r.text) for r in quotes.of_text(text).itertuples()]


def _types(text: str) -> dict[str, str]:
    return {r.actor: r.actor_type for r in pipeline.analyse_texts({"d": text})["mentions"].itertuples()}


def test_a_place_the_text_puts_after_in_speaks_as_a_country_not_as_a_person():
    text = ("Boats from neighbouring Merrow were hit by debris. Merrow said the southern section was not covered "
            "by the pause.")
    assert _rows(text) == [("indirect", "Merrow", "country", "the southern section was not covered by the pause")]
    assert _types(text) == {"Merrow": "organization"}


@pytest.mark.parametrize(("text", "placed"), [
    ("Prices rose in Tarlow last year.", True),
    ("Fishermen from neighbouring Tarlow", True),
    ("It was a good year in Tarlow's view.", False),  # a possessive: a person's view
    ("Anna Tarlow grew up in Tarlow.", False),  # a given name before it: a person of that name
])
def test_a_word_is_placed_only_where_a_place_stands(text, placed):
    assert placed_word(text, "Tarlow") is placed


@pytest.mark.parametrize("medium", ["Continental Wire", "Kellhaven Herald", "Radio Vesna"])
def test_a_name_only_a_medium_would_have_is_a_medium(medium):
    text = f"Mayor Ann Lee told {medium} that the road would close in May."
    assert _types(text) == {"Ann Lee": "person", medium: "media"}
    assert _rows(text) == [("indirect", "Ann Lee", "Mayor", "the road would close in May")]


def test_a_given_name_before_a_medium_word_keeps_the_person():
    assert not media_name("Emily Post") and media_name("Morning Post")


@pytest.mark.parametrize("object_phrase", ["brushed aside demands", "rejected calls", "faced renewed calls"])
def test_a_plural_noun_after_a_verb_or_a_preposition_reports_nothing(object_phrase):
    text = (f"The Ostrakari foreign ministry {object_phrase} from Valdorre for the release of Marisol Fuente, a "
            f"photographer, saying her case was “a matter for investigators”.")
    rows = _rows(text)
    assert ("partial", "", "The Ostrakari foreign ministry", "a matter for investigators") in rows
    assert all("Fuente" not in speaker for _, speaker, _, _ in rows)
    assert all(not text_.startswith("the release") for _, _, _, text_ in rows)


@pytest.mark.parametrize("when", ["on Thursday", "late on Monday", "this week"])
def test_a_day_between_a_described_subject_and_its_verb_keeps_the_subject(when):
    text = f"The Russian foreign ministry {when} brushed aside demands to free Ann Vos, saying it was closed."
    assert _rows(text) == [("indirect", "", "The Russian foreign ministry", "it was closed")]


def test_a_pronoun_after_a_described_speaker_skips_people_named_in_other_roles():
    text = ("Skipper Jon Ravn said he had heard a bang. “It came down like hail,” he told reporters.\n\n"
            "In Port Kessaly, the head of the space agency told a news conference that no fragments had left the "
            "zone. Asked about the video, she said it was “impossible to judge distances from a phone”.")
    rows = _rows(text)
    assert ("partial", "", "the head of the space agency", "impossible to judge distances from a phone") in rows
    assert all(speaker != "Jon Ravn" for _, speaker, _, text_ in rows if "impossible" in text_)


def test_a_pronoun_after_a_description_a_named_holder_answers_stays_with_the_holder():
    text = ("President Arslan Vedenko met his guest in the capital. The head of state also noted that trade had "
            "grown. He expressed confidence that the agreements will give “a powerful impetus” to cooperation.")
    assert ("partial", "Arslan Vedenko", "President", "a powerful impetus") in _rows(text)


def test_a_name_before_region_is_a_place_not_a_person():
    text = ("The plant stands in the Verkhny Tal region. Later, in the regional centre of Verkhny Tal, the head of "
            "state chaired a meeting.")
    assert "Verkhny Tal" not in _types(text)


def test_a_he_after_a_quotation_goes_on_from_the_he_who_reported_before():
    text = ("Ferrovia manager Nikola Brannock said the comeback was “the best half” he had seen.\n\n"
            "He argued, however, that Harrowgate's Pieter Lomax should also have been sent off.\n\n"
            "“I am not going to talk about the referee,” he said.")
    assert ("direct", "Nikola Brannock", "Ferrovia manager", "I am not going to talk about the referee") in _rows(text)


def test_a_she_after_a_quotation_does_not_follow_a_sentence_that_reports_nothing():
    text = ("Her daughter, Catriona Lind, said she died peacefully. Born in 1941, Elspeth Garrow began composing at "
            "nine. She won a scholarship at 17.\n\n“I wrote a symphony out of spite,” she told an interviewer.")
    assert ("direct", "Elspeth Garrow", "", "I wrote a symphony out of spite") in _rows(text)


@pytest.mark.parametrize(("side", "role"), [("defence", "defence lawyer"), ("prosecution", "prosecutor")])
def test_a_name_after_a_side_of_the_court_is_its_counsel(side, role):
    text = (f"For the {side}, Ann Kell argued that the money was gone. Later the {role} said it was “a simple "
            f"story”.")
    assert ("partial", "Ann Kell", role, "a simple story") in _rows(text)


def test_a_long_office_before_a_name_still_opens_the_sentence_for_its_second_verb():
    text = ("The Ambassador Extraordinary and Plenipotentiary of the Kingdom of Verdane to the Republic of Ostrelia, "
            "Solène Achterberg, conveyed the greetings of the King and said that Verdane regarded Ostrelia as “a "
            "reliable partner”.")
    assert [speaker for kind, speaker, _, _ in _rows(text) if kind == "partial"] == ["Solène Achterberg"]


def test_a_headline_description_with_an_unlisted_peoples_adjective_names_the_one_later_holder():
    text = ("Sellish skipper says debris fell “like hail”\n\n"
            "Skipper Jon Ravndal, whose trawler was working south of Gravø, said he had heard a bang.")
    assert ("partial", "Jon Ravndal", "Skipper", "like hail") in _rows(text)


@pytest.mark.parametrize(("paper", "name"), [
    ("the daily Le Matin d'Orvalle", "Le Matin d'Orvalle"),
    ("the newspaper Il Faro di Sellica", "Il Faro di Sellica"),
    ("the daily Diario del Puerto", "Diario del Puerto"),
    ("the weekly Der Bote von Kesselbach", "Der Bote von Kesselbach"),
])
def test_a_papers_name_keeps_the_particles_of_its_language(paper, name):
    text = f"“The treaty is dead,” wrote {paper} in its editorial on Monday."
    speakers = {speaker for _, speaker, _, _ in _rows(text)}
    assert name in speakers


def test_a_paper_described_as_one_is_a_medium_the_description_stands_for_later():
    text = ("The financial weekly Marktvogel pointed out that fish are a tenth of exports. "
            "“This is about pride,” the weekly wrote.")
    assert _types(text)["Marktvogel"] == "media"
    assert ("direct", "Marktvogel") in {(kind, speaker) for kind, speaker, _, _ in _rows(text)}
    assert _types("The campaign group Friends of the Moor said the plan would fail.")["Friends of the Moor"] == \
        "organization"
