"""Stance of speakers who changed their minds, of protests and demands for withdrawal, and of participles that
only describe a proposal. The texts and targets are written for these tests."""

from __future__ import annotations

import pytest

from analysis import pipeline

TARGETS = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
vape_ban,A ban on flavoured vapes,,vape ban*;ban on flavoured vapes,,,
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    return _targets_file(tmp_path_factory, TARGETS)


def _targets_file(tmp_path_factory, rows: str) -> str:
    path = tmp_path_factory.mktemp("targets") / "targets.csv"
    path.write_text(rows, encoding="utf-8")
    return str(path)


def _stances(text: str, targets: str) -> list[list[str]]:
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    return sorted(found[["speaker", "target", "stance"]].values.tolist()) if len(found) else []


def test_a_star_ended_head_of_three_letters_is_the_word_itself(targets):
    named = "A vape ban was announced on Monday. The vote is in June. "
    assert _stances(named + "Pharmacist Ana Ruiz said she now backs the ban.", targets) == \
        [["Ana Ruiz", "vape_ban", "favor"]]
    assert _stances(named + "Pharmacist Ana Ruiz said she now backs the bank.", targets) == []


def test_a_past_position_of_a_speaker_who_changed_their_mind_counts_for_the_other_side(targets):
    past = "“When they first talked about a vape ban, I signed the petition against it.”"
    changed = "Nurse Ana Ruiz said she had changed her mind. " + past[:-1] + " Now I would pay it myself,” she said."
    assert _stances(changed, targets) == [["Ana Ruiz", "vape_ban", "favor"]]
    kept = "Nurse Ana Ruiz said she had not been asked. " + past[:-1] + " And I still would,” she said."
    assert _stances(kept, targets) == [["Ana Ruiz", "vape_ban", "against"]]


def test_a_position_held_then_is_given_up_by_a_mind_changed(targets):
    said = "Shopkeeper Ana Ruiz has sold vapes for a decade. “I was against the vape ban then."
    assert _stances(said + " I have seen the children since, and I have changed my mind,” she said.", targets) == \
        [["Ana Ruiz", "vape_ban", "favor"]]
    assert _stances(said + " I have seen the children since, and I am tired,” she said.", targets) == \
        [["Ana Ruiz", "vape_ban", "against"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz protested against the vape ban.", "against"),
    ("Shopkeeper Ana Ruiz has petitioned against the vape ban since May.", "against"),
    ("Shopkeeper Ana Ruiz asked for the vape ban to be withdrawn.", "against"),
    ("Shopkeeper Ana Ruiz wants the vape ban shelved.", "against"),
    ("Shopkeeper Ana Ruiz said shops would strike if the vape ban is not withdrawn.", "against"),
    ("Shopkeeper Ana Ruiz said shops would stay calm if the vape ban was not repealed.", "against"),
    ("Shopkeeper Ana Ruiz said she was glad the vape ban had not been withdrawn.", "favor"),
])
def test_protests_and_demands_for_withdrawal_are_against(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "vape_ban", expected]]


def test_a_participle_before_its_noun_is_no_ones_act(targets):
    text = "Shopkeeper Ana Ruiz spoke for an hour about the proposed vape ban."
    assert ["Ana Ruiz", "vape_ban", "favor"] not in _stances(text, targets)
    assert _stances("Shopkeeper Ana Ruiz proposed a vape ban.", targets) == [["Ana Ruiz", "vape_ban", "favor"]]


NATO = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
nato,Ukraine joining NATO,,NATO membership;NATO course;membership in NATO,,,
"""


@pytest.fixture(scope="module")
def nato(tmp_path_factory):
    return _targets_file(tmp_path_factory, NATO)


@pytest.mark.parametrize("sentence", [
    "“We will keep supporting Ukraine for as long as it takes,” Chancellor Ida Brandt said.",
    "“We thank the Senate for its support for Ukraine,” Chancellor Ida Brandt said.",
    "“It was a very good and productive meeting,” Chancellor Ida Brandt said.",
])
def test_a_cue_with_an_object_of_its_own_is_not_about_the_topic_before(sentence, nato):
    text = f"Kyiv wants a date for NATO membership. {sentence}"
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=nato))["stance"]
    assert not ((found["speaker"] == "Ida Brandt") & (found["decided_by"] == "cues")).any()  # a tone may decide
    taken = "Kyiv wants a date for NATO membership. “We support it,” Chancellor Ida Brandt said."
    assert [r for r in _stances(taken, nato) if r[0] == "Ida Brandt"] == [["Ida Brandt", "nato", "favor"]]


def test_a_head_noun_with_a_complement_of_its_own_is_another_thing(nato):
    named = "Kyiv has kept its NATO course for a decade. The summit opens on Monday. "
    other = named + "Chancellor Ida Brandt said the course of the war was unacceptable."
    assert [r for r in _stances(other, nato) if r[0] == "Ida Brandt"] == []
    same = named + "Chancellor Ida Brandt said the course was unacceptable."
    assert [r for r in _stances(same, nato) if r[0] == "Ida Brandt"] == [["Ida Brandt", "nato", "against"]]


SERVICE = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
service,National service,,national service;conscription,,,
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return _targets_file(tmp_path_factory, SERVICE)


@pytest.mark.parametrize(("text", "expected"), [
    ("“Without national service, the army exists only on paper,” Minister Anna Berg said.", "favor"),
    ("Minister Anna Berg said that without conscription the army “simply cannot be filled”.", "favor"),
    ("Minister Anna Berg said the army could be filled without conscription.", "against"),
    ("Minister Anna Berg said her party would vote for the budget but against conscription.", "against"),
    ("“Conscription will finish small farms like mine,” Minister Anna Berg said.", "against"),
    ("“Conscription means our sons in other people's wars. No, thank you,” Minister Anna Berg said.", "against"),
    ("“On conscription I genuinely can't decide,” Minister Anna Berg said.", "neutral"),
    ("“Conscription? I have prayed over it and still do not know which way is right,” Minister Anna Berg said.",
     "neutral"),
])
def test_what_a_speaker_cannot_do_without_refusals_and_indecision(text, expected, service):
    assert _stances(text, service) == [["Anna Berg", "service", expected]]


def test_an_undecided_voter_named_so_keeps_the_vote_they_cast(service):
    text = "The other undecided councillor, Anna Berg, voted for conscription without speaking in the debate."
    assert _stances(text, service) == [["Anna Berg", "service", "favor"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“We are asking parliament to pass the conscription bill,” Minister Anna Berg said.", "favor"),
    ("“I will vote yes,” Minister Anna Berg said.", "favor"),
    ("“I will vote no,” Minister Anna Berg said.", "against"),
    ("Minister Anna Berg warns that conscription would make us “a target”.", "against"),
])
def test_votes_passing_and_being_made_a_target(sentence, expected, service):
    text = f"Parliament debates national service on Monday. {sentence}"
    assert _stances(text, service) == [["Anna Berg", "service", expected]]


AIR = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
air,Air-defence systems for Kesmar,,air defence;air-defence;Veyra,,,
"""


@pytest.fixture(scope="module")
def air(tmp_path_factory):
    return _targets_file(tmp_path_factory, AIR)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Minister Davor Kessel urged the Union to approve Kesmar's request for six Veyra batteries.", "favor"),
    ("Minister Davor Kessel abstained on the air-defence package rather than support it.", "against"),
    ("Minister Davor Kessel said such air-defence supplies “will only prolong the suffering”.", "against"),
    ("Minister Davor Kessel regards the air-defence deliveries as “a deliberate step towards escalation”.",
     "against"),
    ("Minister Davor Kessel said depots used for Veyra deliveries would be legitimate military targets.", "against"),
    ("Minister Davor Kessel said he was unsure whether Veyra would help.", "neutral"),
])
def test_approval_preference_and_the_language_of_escalation(sentence, expected, air):
    assert _stances(sentence, air) == [["Davor Kessel", "air", expected]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Minister Davor Kessel said Veyra batteries were the step that saves the most lives.", "favor"),
    ("Minister Davor Kessel said his country would not put its name to another Veyra shipment.", "against"),
    ("Minister Davor Kessel said the air-defence package stops looking like a trap once the front is quiet.",
     "favor"),
])
def test_lives_saved_names_put_to_a_proposal_and_a_judgement_withdrawn(sentence, expected, air):
    assert _stances(sentence, air) == [["Davor Kessel", "air", expected]]


def test_a_negation_on_a_condition_is_weak_evidence(nato):
    text = ("Secretary General Jens Moller said there was no point discussing NATO membership for Kyiv if it does "
            "not prevail in the war first. “We support NATO membership for Kyiv,” Jens Moller said. Jens Moller added "
            "that there was no point discussing NATO membership if the war goes on.")
    assert [r for r in _stances(text, nato) if r[0] == "Jens Moller"] == [["Jens Moller", "nato", "favor"]]
