"""Unnamed sources described at length, and stretches of a sentence that only look like a source's description
(a clause, a preposition's object, a report inside a report). The texts are written for these tests."""

from __future__ import annotations

import pytest

from analysis import quotes


def _rows(text: str) -> list[list[str]]:
    return quotes.of_text(text)[["kind", "speaker", "speaker_role", "text"]].values.tolist()


@pytest.mark.parametrize("source", [
    "A person familiar with the government's thinking",
    "Two people involved in the talks",
    "Three people involved in drafting the final communique",
    "Officials close to the prime minister's office",
])
def test_a_source_described_by_what_it_knows_speaks_whole(source):
    rows = _rows(f"{source} said the quota was a bargaining chip.")
    assert rows == [["indirect", "", source, "the quota was a bargaining chip"]]


@pytest.mark.parametrize(("source", "order"), [
    ("a person familiar with the government's thinking", "{} said"),
    ("two people familiar with the talks", "said {}"),
])
def test_a_long_description_after_the_clause_it_reports_speaks(source, order):
    rows = _rows(f"The deal was signed on Monday, {order.format(source)}.")
    assert rows == [["indirect", "", source, "The deal was signed on Monday"]]


def test_a_report_inside_a_report_is_the_outer_sources():
    rows = _rows("Three people involved in drafting the communique said Carrowen and two other governments had "
                 "pushed for tougher language.")
    assert [r[2] for r in rows] == ["Three people involved in drafting the communique"]


@pytest.mark.parametrize("text", [
    "If she resigns, party procedures give the chair of the board authority to call a “special meeting” in May.",
    "There is no law on it, but candidates of both parties have understood that it is necessary to show that "
    "they have nothing to hide.",
])
def test_a_clause_before_an_infinitive_cue_is_no_source(text):
    assert all(not role.endswith((" to", " by")) and " have " not in role for _, _, role, _ in _rows(text))


def test_a_report_made_by_doing_something_is_the_subject_of_the_sentence():
    text = ("The Harwick Courier checked the mayor's claim that there were “thousands of potholes” in the city. "
            "On Monday they published the results of their check by announcing that the claim was “true.”")
    roles = [role for _, _, role, quoted in _rows(text) if quoted in ("true", "the claim was “true.”")]
    assert roles and not any(role.startswith("published") for role in roles)


def test_initials_after_a_body_of_a_body_name_the_body_after_of():
    rows = _rows("The Council of the National Bank of Novadria (NBN) met today. The next session will be held on "
                 "19 December, informed the NBN.")
    assert rows[-1][1] == "National Bank of Novadria (NBN)"


@pytest.mark.parametrize(("text", "role"), [
    ("The race between Republican Ada Voss and Democrat Ivo Brandt tightened. Voss said, “We will win.”",
     "Republican"),
    ("Commission President Ada Voss spoke in May. Voss, with council president Ivo Brandt, will attend the summit. "
     "Before it, she said the union was ready to act.", "Commission President"),
])
def test_a_preposition_before_or_after_a_name_is_no_part_of_its_role(text, role):
    assert _rows(text)[-1][2] == role


def test_a_report_that_is_the_purpose_of_the_sentence_is_its_subjects():
    rows = _rows("The briefing cites two papers. One of these studies makes use of projections from the latest "
                 "climate report to estimate that the thaw could release 200 gigatons of carbon.")
    assert rows == [["indirect", "", "One of these studies", "the thaw could release 200 gigatons of carbon"]]


@pytest.mark.parametrize("text", [
    "The dispute is over the removal of voters from the lists because they did not respond to letters seeking to "
    "confirm their address.",
    "The two neighbours have published updated guidance today detailing what to do in a crisis.",
])
def test_a_description_holds_no_finite_clause(text):
    assert not any(" did " in role or " have " in role or "because" in role for _, _, role, _ in _rows(text))


@pytest.mark.parametrize("text", [
    "Q: What would your father say if you became prime minister?",
    "Would the minister say that the plan had failed?",
])
def test_a_question_about_what_someone_would_say_reports_nothing(text):
    assert _rows(text) == []


def test_a_question_after_a_report_leaves_the_report():
    assert _rows("The mayor said the plan had failed. What happens now?") == [
        ["indirect", "", "The mayor", "the plan had failed"]]


def test_a_second_relative_clause_joined_by_and_has_no_speaker_of_its_own():
    text = ("Ivo Brandt, the engineer who rebuilt forty lighthouses along the Westmere coast and who once described "
            "a good lighthouse as “a promise kept in the dark”, has died. He was 88.")
    rows = _rows(text)
    assert [kind for kind, _, _, _ in rows] == ["partial"]
    assert not any(role.endswith(" and") or "coast" in role for _, _, role, _ in rows)


@pytest.mark.parametrize("text", [
    "The talks went on. Fighting continued along the front as the diplomats talked. The fighting was heavy.",
    "Both claims may be true. Neither answers the question of how a pensioner gets to the shops.",
    "Yet ask ten diplomats what a guarantee would involve, and you will get ten different answers.",
])
def test_a_common_word_opening_a_sentence_is_no_speaker(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    "Ian Fleming spoke in May. Fleming said the plan had failed.",
    "The minister spoke in May. Peskov said the plan had failed.",
])
def test_a_surname_opening_a_sentence_still_speaks(text):
    assert [speaker for _, speaker, _, _ in _rows(text)] in (["Ian Fleming"], ["Peskov"])


@pytest.mark.parametrize("text", ["The trustees’ reply came on Monday.", "The workers' demand was heard in May."])
def test_a_noun_after_a_plural_possessive_is_no_reporting_verb(text):
    assert _rows(text) == []


@pytest.mark.parametrize("noun", ["reply", "response", "submission"])
def test_a_reply_or_a_response_speaks_through_it(noun):
    rows = _rows(f"The trustees’ {noun} came on Monday. It said the legal position was ‘complex’.")
    assert [(kind, role) for kind, _, role, _ in rows] == [("indirect", f"The trustees’ {noun}"),
                                                          ("partial", f"The trustees’ {noun}")]


def test_a_headlines_described_speaker_is_the_one_holder_named_below():
    text = ("Enercast chief says transit deal “will not be renewed on the old terms”\n\n"
            "This is a summary of an interview published on Sunday.\n\n"
            "The chief executive of the state energy company Enercast, Joaquín Ybarra-Leal, has said his company "
            "will not extend the agreement.")
    rows = _rows(text)
    assert [speaker for kind, speaker, _, _ in rows if kind == "partial"] == ["Joaquín Ybarra-Leal"]


def test_what_someone_billed_as_is_theirs():
    rows = _rows("Leaders gathered in Brussels for a summit that diplomats have billed as “make or break” for the "
                 "country’s finances. The utility billed customers twice last year.")
    assert [(kind, role) for kind, _, role, _ in rows] == [("indirect", "diplomats"), ("partial", "diplomats")]


@pytest.mark.parametrize("service", ["The national weather service", "The fire service", "The health services",
                                     "The statistics bureau", "The inquiry", "The fund", "The task force"])
def test_a_service_is_a_body_that_speaks(service):
    rows = quotes.of_text(f"{service} said the rain would ease. It warned that the river would not peak until Sunday.")
    assert rows[["speaker_role", "speaker_type"]].values.tolist() == [[service, "organization"]] * 2
