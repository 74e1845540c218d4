"""Stance cues of war and diplomacy coverage, and positions held by a quote's speakers together. The texts are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import pipeline, stance

TARGETS = Path(__file__).parent / "data" / "stance_war" / "targets.csv"


def _stances(text: str) -> list[list[str]]:
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(TARGETS)))["stance"]
    return sorted(found[["speaker", "target", "stance"]].values.tolist())


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Sergei Lavrov warned that a truce would reward aggression.", "against"),
    ("Foreign Minister Sergei Lavrov said any ceasefire would only let Ukraine regroup.", "against"),
    ("Chancellor Olaf Scholz warned of a ceasefire that would freeze the conflict.", "against"),
    ("Chancellor Olaf Scholz signalled readiness for a ceasefire before the winter.", "favor"),
])
def test_consequences_and_readiness_are_cues(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == [expected]


def test_speakers_named_together_hold_the_position_together():
    found = _stances("Chancellor Olaf Scholz spoke. Paris and Berlin have pushed for an immediate ceasefire.")
    assert ["Paris", "ceasefire", "favor"] in found and ["Berlin", "ceasefire", "favor"] in found


def test_a_speaker_after_a_list_of_other_words_is_alone():
    found = _stances("After talks with Paris, Berlin has pushed for an immediate ceasefire.")
    assert [row[0] for row in found] == ["Berlin"]


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("President Volodymyr Zelensky said NATO membership remained Ukraine's strategic goal.",
     "ukraine_nato_membership", "favor"),
    ("Chancellor Olaf Scholz said sanctions would stay in place until Russia withdrew.", "sanctions", "favor"),
    ("Chancellor Olaf Scholz said the EU would step up sanctions on Russian oil.", "sanctions", "favor"),
    ("Foreign Minister Sergei Lavrov said the talks in Istanbul had been useful.", "peace_talks", "favor"),
    ("President Volodymyr Zelensky called the sanctions package an important step.", "sanctions", "favor"),
    ("Foreign Minister Sergei Lavrov said NATO expansion was a direct threat to Russia.",
     "ukraine_nato_membership", "against"),
])
def test_evaluations_of_a_proposition_are_cues(text, target, expected):
    assert [row[2] for row in _stances(text) if row[1] == target] == [expected]


def test_a_quotation_takes_the_topic_of_the_sentence_before_when_it_takes_a_position():
    text = ("Norway proposed a 30-day ceasefire on Monday.\n\n"
            "“Any pause would only let the other side regroup,” Defence Minister Pal Lund told reporters.")
    assert ["Pal Lund", "ceasefire", "against"] in _stances(text)
    plain = ("Norway proposed a 30-day ceasefire on Monday.\n\n"
             "“We will read the text on Tuesday,” Defence Minister Pal Lund told reporters.")
    assert "Pal Lund" not in [row[0] for row in _stances(plain)]  # no cue, no tone: no neutral row from the topic
    toned = ("Norway proposed a 30-day ceasefire on Monday.\n\n"
             "“This is a wonderful day for our children,” Defence Minister Pal Lund told reporters.")
    assert ["Pal Lund", "ceasefire", "favor"] in _stances(toned)  # the tone of their own words decides
    pronoun = "Norway proposed a 30-day ceasefire on Monday. “We reject it,” Defence Minister Pal Lund said."
    assert ["Pal Lund", "ceasefire", "against"] in _stances(pronoun)


def test_a_cue_that_must_stand_before_the_targets_own_words_takes_no_topic_from_the_sentence_before():
    text = ("Norway proposed a 30-day ceasefire on Monday.\n\n"
            "“We have pledged to rebuild the bridge,” Defence Minister Pal Lund told reporters.")
    assert "Pal Lund" not in [row[0] for row in _stances(text)]


def test_no_topic_is_carried_from_a_sentence_about_two_targets():
    text = ("Norway proposed a ceasefire and new sanctions on Monday.\n\n"
            "“Any pause would only let the other side regroup,” Defence Minister Pal Lund told reporters.")
    assert "Pal Lund" not in [row[0] for row in _stances(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Pal Lund blamed Berlin for the sanctions.", "against"),
    ("Foreign Minister Pal Lund blamed Berlin for the failure of the sanctions.", None),  # not what is blamed
    ("Foreign Minister Pal Lund accused Berlin of blocking new sanctions.", "favor"),
    ("Foreign Minister Pal Lund blamed Moscow for the war and called for new sanctions.", "favor"),
])
def test_what_someone_is_blamed_for_is_held_against(text, expected):
    found = [row[2] for row in _stances(text) if row[1] == "sanctions"]
    assert found == ([expected] if expected else []) or expected is None and found != ["against"]


def test_a_short_head_noun_refers_to_the_target_named_before():
    text = ("Ukraine's leaders want NATO membership soon. President Andrzej Duda also supported Ukraine's bid.")
    assert ["Andrzej Duda", "ukraine_nato_membership", "favor"] in _stances(text)


def test_a_view_shared_by_another_speaker_is_their_position_too():
    text = ("Secretary of State Marco Rubio said NATO membership for Ukraine was “not realistic”, a view shared by "
            "Chancellor Friedrich Merz.")
    found = [row for row in _stances(text) if row[1] == "ukraine_nato_membership"]
    assert ["Friedrich Merz", "ukraine_nato_membership", "against"] in found
    assert ["Marco Rubio", "ukraine_nato_membership", "against"] in found


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("President Pal Lund said a ceasefire would only allow the enemy to rearm.", "ceasefire", "against"),
    ("Envoy Pal Lund said a peace deal was “within reach”.", "peace_talks", "favor"),
    ("Envoy Pal Lund said a peace deal was not within reach.", "peace_talks", "against"),
    ("Prime Minister Pal Lund said easing sanctions now would be a gift to the Kremlin.", "sanctions", "favor"),
    ("Prime Minister Pal Lund called for the sanctions on Russia to be lifted.", "sanctions", "against"),
    ("Prime Minister Pal Lund rejected calls for the sanctions to be lifted.", "sanctions", "favor"),
    ("Prime Minister Pal Lund said the sanctions had failed and should be scrapped.", "sanctions", "against"),
    ("Prime Minister Pal Lund demanded that the sanctions be scrapped.", "sanctions", "against"),
    ("Prime Minister Pal Lund demands that the sanctions are scrapped at once.", "sanctions", "against"),
    ("Prime Minister Pal Lund is urging deputies to vote the sanctions down.", "sanctions", "against"),
])
def test_consequences_removals_and_nested_calls(text, target, expected):
    assert [row[2] for row in _stances(text) if row[1] == target] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Pal Lund said Ukraine would never give up Crimea.", "against"),
    ("Foreign Minister Pal Lund said Ukraine might have to give up Crimea.", "favor"),
    ("Foreign Minister Pal Lund said Russia must withdraw from the occupied territories.", "against"),
])
def test_a_verb_of_giving_up_in_the_targets_own_words_states_its_proposition(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "territorial_concessions"] == [expected]


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Foreign Minister Pal Lund said NATO membership for Ukraine was a non-starter.", "ukraine_nato_membership",
     "against"),
    ("Foreign Minister Pal Lund said the door to NATO membership remained open.", "ukraine_nato_membership",
     "favor"),
    ("Foreign Minister Pal Lund said a truce was long overdue.", "ceasefire", "favor"),
])
def test_more_evaluations_are_cues(text, target, expected):
    assert [row[2] for row in _stances(text) if row[1] == target] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Olaf Scholz rejected any further delay to a ceasefire.", "favor"),
    ("Chancellor Olaf Scholz called for a delay to the ceasefire.", "against"),
])
def test_a_delay_to_a_proposition_is_against_it_and_rejecting_one_is_for_it(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Olaf Scholz, the ceasefire's chief sponsor, flew to Ankara.", "favor"),
    ("Chancellor Olaf Scholz, a leading opponent of a ceasefire, flew to Ankara.", "against"),
])
def test_a_description_as_a_propositions_backer_or_opponent_gives_the_position(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Olaf Scholz said a ceasefire was overdue.", "favor"),
    ("Chancellor Olaf Scholz said a ceasefire would help the villages near the front.", "favor"),
    ("Chancellor Olaf Scholz said a ceasefire would damage the alliance.", "against"),
])
def test_an_act_called_overdue_or_a_consequence_of_it_gives_the_position(text, expected):
    assert _decided_by_cues(text) == [expected]


def _decided_by_cues(text: str) -> list[str]:
    """The stances on the ceasefire, each asserted to come from cues, not from the tone of the words."""
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(TARGETS)))["stance"]
    rows = found[found["target"] == "ceasefire"]
    assert set(rows["decided_by"]) <= {"cues"}
    return rows["stance"].tolist()


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Olaf Scholz said a ceasefire would hand the initiative to the army.", "against"),
    ("Chancellor Olaf Scholz said a ceasefire was the wrong answer.", "against"),
    ("Chancellor Olaf Scholz said it was only right that a ceasefire came first.", "favor"),
])
def test_a_loss_a_wrong_tool_or_what_is_only_right_gives_the_position(text, expected):
    assert _decided_by_cues(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The party would back the licence, its leader said.", ["favor"]),
    ("The party backs a licence, its leader said.", ["favor"]),
    ("The party backs the mining licence, its leader said.", ["favor"]),
    ("The party came back. The licence was granted.", []),
])
def test_a_cue_ending_in_the_article_a_pattern_starts_with_reaches_it(text, expected):
    licence = stance.targets_from_rows([{"id": "licence", "label": "", "description": "",
                                         "patterns": "the licence;a licence;mining licence"}])
    assert [hit.stance for hit in stance.of_text(text, licence)] == expected


def test_the_subject_of_an_opening_subordinate_clause_holds_nothing_the_main_clause_says():
    text = ("The Kremlin said on Monday that it would fight on. Kyiv said it would not give up. Two months after "
            "Russia launched its invasion of Ukraine, voters are stalwart in their support, with a large majority "
            "backing tougher sanctions.")
    assert not [row for row in _stances(text) if row[0] in ("Russia", "Ukraine")]
    assert _stances("Two months after the invasion began, Moscow rejected new sanctions.") == [
        ["Moscow", "sanctions", "against"]]


def test_a_participle_after_a_dash_or_comma_goes_on_with_the_subject_that_opens_the_sentence():
    text = ("Chancellor Olaf Scholz spoke on Monday. Scholz has steadily ramped up aid to Kyiv — he asked "
            "parliament for more funds — while regularly tightening sanctions on Moscow.")
    assert _stances(text) == [["Olaf Scholz", "sanctions", "favor"]]


def test_what_certain_forces_attempt_is_held_against_them_not_by_the_speaker():
    text = ("Foreign Minister Sergei Lavrov spoke in Moscow. “Certain forces attempt to block peace talks out of "
            "Cold War thinking, which will only harm Europe,” Lavrov said.")
    assert _stances(text) == [["Sergei Lavrov", "peace_talks", "favor"]]


@pytest.mark.parametrize("verb", ["mocked", "ridiculed", "scoffed at"])
def test_mocking_a_proposition_is_against_it(verb):
    assert _stances(f"Foreign Minister Sergei Lavrov {verb} the peace talks in Geneva.") == [
        ["Sergei Lavrov", "peace_talks", "against"]]


def test_overturning_a_proposition_is_against_it():
    assert _stances("Foreign Minister Sergei Lavrov vowed to overturn the sanctions in court.") == [
        ["Sergei Lavrov", "sanctions", "against"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The candidate has promised to scrap the toll on his first morning.", ["against"]),
    ("The party vowed to keep the toll if it wins.", ["favor"]),
    ("The candidate has promised to look at the toll with an open mind.", []),  # the act is no pattern's
    ("The candidate has not promised to scrap the toll.", ["neutral"]),
])
def test_a_promise_of_the_act_a_pattern_names_is_a_position(text, expected):
    toll = stance.targets_from_rows([{"id": "toll", "label": "", "description": "",
                                      "patterns": "the toll;keep the toll", "inverse_patterns": "scrap* the toll"}])
    assert [hit.stance for hit in stance.of_text(text, toll)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Sergei Lavrov said Moscow would keep rolling back the sanctions.", "against"),
    ("Foreign Minister Sergei Lavrov vowed to dismantle the sanctions regime.", "against"),
    ("Foreign Minister Sergei Lavrov called the peace talks a hoax.", "against"),
    ("Chancellor Olaf Scholz said he still believed in the peace talks.", "favor"),
    ("Chancellor Olaf Scholz said Berlin would recommit to the peace talks.", "favor"),
    ("Foreign Minister Sergei Lavrov said Moscow would wage war on the sanctions.", "against"),
])
def test_undoing_a_proposition_calling_it_a_hoax_and_believing_in_it_are_cues(text, expected):
    assert [row[2] for row in _stances(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Sergei Lavrov said Moscow would withdraw its delegation from the peace talks.", "against"),
    ("Foreign Minister Sergei Lavrov said Moscow would pull its envoys out of the peace talks.", "against"),
    ("Chancellor Olaf Scholz said Berlin would stick with the peace talks.", "favor"),
])
def test_withdrawing_someone_from_a_proposition_and_sticking_with_it_are_cues(text, expected):
    assert [row[2] for row in _stances(text)] == [expected]


def _energy_hits(text: str) -> list[tuple[str, str]]:
    from analysis.stance_lexicon import targets_from_rows
    from analysis.stance_reading import of_text
    empty = {"description": "", "inverse_patterns": "", "favor_cues": "", "against_cues": ""}
    targets = targets_from_rows([{**empty, "id": "coal", "label": "Coal power", "patterns": "coal;coal power"},
                                 {**empty, "id": "levy", "label": "A carbon levy", "patterns": "carbon levy"}])
    return sorted((hit.target, hit.stance) for hit in of_text(text, targets))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ada Voss urged ministers to phase out coal by 2032.", [("coal", "against")]),
    ("Ivo Danek wants the grid to move away from coal.", [("coal", "against")]),
    ("Ada Voss would wean the country off coal within a decade.", [("coal", "against")]),
    ("Ivo Danek wants to keep the northern valleys off-limits to coal mining.", [("coal", "against")]),
    ("Ada Voss said the province must cut its use of coal.", [("coal", "against")]),
    ("Ivo Danek said he would not reduce coal output.", [("coal", "favor")]),
    ("Ada Voss introduced a bill for a carbon levy of forty crowns a tonne.", [("levy", "favor")]),
    ("Ivo Danek attacked the carbon levy in a speech on Monday.", [("levy", "against")]),
])
def test_a_verb_of_reduction_or_an_act_of_proposing_governs_the_target_it_takes(text, expected):
    assert _energy_hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ada Voss attacked the carbon levy opponents in the chamber.", [("levy", "favor")]),
    ("Ivo Danek mocked the coal sceptics.", [("coal", "favor")]),
    ("Ada Voss praised the carbon levy in the chamber.", [("levy", "favor")]),
])
def test_words_of_a_target_before_a_noun_of_opposition_name_its_opposite(text, expected):
    assert _energy_hits(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("Ivo Danek said his party would vote the carbon levy down.", "against"),
    ("Ada Voss said she would challenge the carbon levy in the Constitutional Court.", "against"),
    ("Ivo Danek said it was premature to talk of a carbon levy.", "neutral"),
])
def test_voting_down_a_challenge_in_a_named_court_and_premature_talk_are_cues(text, expected):
    hits = _energy_hits(text)
    assert hits and {stance for _, stance in hits} == {expected}


def test_what_people_must_do_is_no_position():
    hits = _energy_hits("Ada Voss said the carbon levy takes from villagers, who must drive to work.")
    assert ("levy", "neutral") not in hits and ("levy", "favor") not in hits


def test_premature_deaths_are_no_neutral_position_and_cutting_them_is_favour():
    hits = _energy_hits("Ivo Danek said the carbon levy would cut premature deaths from dirty air.")
    assert ("levy", "neutral") not in hits and ("levy", "favor") in hits


@pytest.mark.parametrize("verb", ["maintains", "insisted"])
def test_an_affirming_verb_reporting_a_clause_on_a_topic_named_before_takes_no_position_itself(verb):
    text = ("Western capitals have long backed Ukraine's bid to join NATO. While they call the invasion a land "
            f"grab, Russia {verb} that it is defending itself against encroachment.")
    assert [row for row in _stances(text) if row[0] == "Russia"] == []


def test_an_affirming_verb_still_counts_where_the_clause_names_the_target():
    found = _stances("President Volodymyr Zelensky insisted that NATO membership remained Ukraine's strategic goal.")
    assert ["Volodymyr Zelensky", "ukraine_nato_membership", "favor"] in found


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz wrote an essay opposing a ceasefire when the idea was first floated. He said on Monday "
    "that he now supports a ceasefire.",
    "Chancellor Olaf Scholz said he had opposed a ceasefire, but that he now supports a ceasefire.",
    "Chancellor Olaf Scholz was against a ceasefire when the idea was first floated. “I thought we could not trust "
    "them, and I would never accept a ceasefire. So yes, now I'm for a ceasefire,” he said.",
])
def test_a_position_held_now_outweighs_the_one_given_up(text):
    assert _stances(text) == [["Olaf Scholz", "ceasefire", "favor"]]


@pytest.mark.parametrize("judged", ["I was wrong to reject", "It was a mistake to reject"])
def test_judging_ones_own_act_wrong_turns_its_cue(judged):
    text = f"Former President Petro Vell spoke on Sunday. “{judged} a ceasefire, and I have told the president so.”"
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == ["favor"]


def test_a_wrong_turn_named_without_to_leaves_the_cue_alone():
    text = "Former President Petro Vell spoke on Sunday. “The wrong turn was to reject a ceasefire,” he said."
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == ["against"]


@pytest.mark.parametrize("act", ["Impose sanctions", "Tighten the sanctions"])
def test_an_imperative_that_states_a_condition_is_no_call_for_the_act(act):
    text = f"Farm leader Oleh Marko spoke on Sunday. “{act} and you hand our markets to others,” he said."
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(TARGETS)))["stance_statements"]
    assert "favor" not in found.loc[found["target"] == "sanctions", "stance"].tolist()


def test_a_statement_that_goes_on_with_and_you_keeps_its_position():
    text = "General Oleh Marko spoke on Sunday. “We support a ceasefire now and you will see why,” he said."
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == ["favor"]


@pytest.mark.parametrize("persuaded", ["nothing she had heard persuaded her", "no one has convinced her"])
def test_being_persuaded_of_nothing_turns_the_cue(persuaded):
    text = (f"Deputy Lena Sorrow spoke in the debate. She said {persuaded} that the sanctions should be "
            "tightened this year.")
    assert [row[2] for row in _stances(text) if row[1] == "sanctions"] == ["against"]


def test_a_position_the_speaker_then_calls_wrong_is_given_up():
    text = "General Oleh Marko spoke on Sunday. “I was against a ceasefire, I said so loudly, and I was wrong,” he said"
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == ["favor"]


def test_being_won_over_to_the_target_is_a_cue():
    text = "General Oleh Marko spoke on Sunday. He said he had been won over to a ceasefire by the winter losses."
    assert [row[2] for row in _stances(text) if row[1] == "ceasefire"] == ["favor"]


@pytest.mark.parametrize(("text", "expected"), [
    ("I back the ban on phones in schools completely.", ["favor"]),
    ("A national ban on phones in schools was long overdue.", ["favor"]),
])
def test_overlapping_patterns_of_one_target_are_one_mention_and_no_cue(text, expected):
    phones = stance.targets_from_rows([{"id": "phone_ban", "label": "", "description": "",
                                        "patterns": "ban on phones;phones in school*"}])
    assert [hit.stance for hit in stance.of_text(text, phones)] == expected


def test_a_verb_of_a_targets_pattern_with_its_object_left_out_refers_to_the_target_named_before():
    text = ("Kyiv's hopes of joining the alliance have been set back by the war. The mood in Brussels was gloomy. "
            "Foreign Minister Dmytro Kuleba said Ukraine would eventually join.")
    assert ["Dmytro Kuleba", "ukraine_nato_membership"] in [row[:2] for row in _stances(text)]


def test_a_generic_noun_after_a_word_of_one_targets_patterns_is_that_target(tmp_path):
    targets = tmp_path / "targets.csv"
    targets.write_text("id,label,description,patterns,inverse_patterns,favor_cues,against_cues\n"
                       "rail,Valley rail line,,rail line;high-speed rail;rail link,,,\n"
                       "charge,Congestion charge,,congestion charge;road charge,,,\n", encoding="utf-8")
    text = ("The council debated the congestion charge for three hours on Monday. Councillor Ivo Marsh, who chairs "
            "the transport committee, also spoke in favour of the government's rail plans.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(targets)))["stance"]
    assert found[["speaker", "target", "stance"]].values.tolist() == [["Ivo Marsh", "rail", "favor"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Vladimir Putin tries to justify the invasion by pointing to Ukraine's aspirations to join NATO.",
     [["Ukraine", "ukraine_nato_membership", "favor"]]),
    ("Kremlin spokesman Dmitry Peskov said Kyiv's push for NATO membership was a threat to Russia.",
     [["Dmitry Peskov", "ukraine_nato_membership", "against"], ["Kyiv", "ukraine_nato_membership", "favor"]]),
    ("President Vladimir Putin has long opposed Ukraine's bid to join NATO.",  # the verb governs the noun: his
     [["Vladimir Putin", "ukraine_nato_membership", "against"]]),
    ("Chancellor Olaf Scholz welcomed Monday's call for a ceasefire.",  # a day is no one to hold a position
     [["Olaf Scholz", "ceasefire", "favor"]]),
    ("Deputy Foreign Minister Alexander Grushko said any deal must include Ukraine's commitment to neutrality.",
     [["Alexander Grushko", "ukraine_nato_membership", "against"]]),  # a commitment demanded of Ukraine
])
def test_a_noun_of_wanting_owned_by_a_name_is_the_owners_position(text, expected):
    assert _stances(text) == expected


@pytest.mark.parametrize("verb", ["objected to", "condemned", "denounced", "resisted", "balked at"])
def test_verbs_of_objecting_are_against(verb):
    text = f"Prime Minister Viktor Orban {verb} new sanctions on Russia on Monday."
    assert _stances(text) == [["Viktor Orban", "sanctions", "against"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor Olaf Scholz said new sanctions would cost thousands of jobs in Germany.", "against"),
    ("Prime Minister Viktor Orban said the sanctions would cost 600 jobs at one plant.", "against"),
    ("Foreign Minister Sergei Lavrov said new sanctions were putting the cart before the horse.", "against"),
    ("Foreign Minister Annalena Baerbock said new sanctions could not come soon enough.", "favor"),
    ("Prime Minister Viktor Orban said Hungary took no position on the sanctions.", "neutral"),
])
def test_costs_with_a_number_idioms_of_timing_and_taking_no_position(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "sanctions"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Volodymyr Zelensky asked for NATO membership to be fast-tracked.", "favor"),
    ("President Volodymyr Zelensky urged allies to speed up NATO accession.", "favor"),
    ("President Volodymyr Zelensky said allies should not fast-track NATO membership.", "against"),
])
def test_hastening_an_act_is_for_it(text, expected):
    assert [row[2] for row in _stances(text) if row[1] == "ukraine_nato_membership"] == [expected]
