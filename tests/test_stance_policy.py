"""Stance toward domestic policy proposals (a levy, a runway), where coverage names a proposal once and then
calls it "the plan" or "the scheme". The texts and targets are written for these tests."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import pipeline, stance

TARGETS = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
bag_levy,A levy on plastic bags,A charge on single-use plastic bags,plastic bag levy;bag levy;levy on plastic bags,,,
runway,A third runway,Building a third runway at the airport,third runway;new runway,,,
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    path = tmp_path_factory.mktemp("targets") / "targets.csv"
    path.write_text(TARGETS, encoding="utf-8")
    return str(path)


def _one_target(tmp_path, row: str) -> str:
    """A targets file of one row ("id,label,description,patterns" values), for tests of one proposition."""
    path = tmp_path / "targets.csv"
    path.write_text(f"id,label,description,patterns\n{row}\n", encoding="utf-8")
    return str(path)


def _stances(text: str, targets: str) -> list[list[str]]:
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    return sorted(found[["speaker", "target", "stance"]].values.tolist()) if len(found) else []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz urged the council to drop the plan.", "against"),
    ("Shopkeeper Ana Ruiz said she backed the scheme.", "favor"),
    ("Shopkeeper Ana Ruiz welcomed the announcement.", "favor"),
])
def test_a_proposal_named_once_is_the_plan_or_the_scheme_later(sentence, expected, targets):
    text = ("The city will vote on a plastic bag levy in May. Officials expect 40,000 fewer bags a week. "
            f"{sentence}")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_the_plan_is_the_proposal_named_last(targets):
    text = ("A third runway was debated last year. The city will also vote on a plastic bag levy. "
            "Shopkeeper Ana Ruiz urged the council to drop the plan.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "against"]]


def test_two_proposals_named_in_one_sentence_leave_the_plan_unresolved(targets):
    text = ("The council will vote on a third runway and a plastic bag levy. "
            "Shopkeeper Ana Ruiz urged the council to drop the plan.")
    assert _stances(text, targets) == []


def test_such_a_move_is_the_hypothetical_just_named_not_the_proposal(targets):
    text = ("The city will vote on a plastic bag levy in May. The council meets twice a month in the old hall. "
            "A poll found that most shoppers oppose a ban on straws, something Mayor Ana Ruiz has called off the "
            "table, warning that such a move would hurt grocers.")
    assert _stances(text, targets) == []


def test_the_plan_refers_back_only_so_far(targets):
    filler = " ".join(f"Item {n} was read." for n in range(12))
    text = f"The city will vote on a plastic bag levy. {filler} Shopkeeper Ana Ruiz urged the council to drop the plan."
    assert _stances(text, targets) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz pushed back against the plastic bag levy.", "against"),
    ("Shopkeeper Ana Ruiz campaigned for a plastic bag levy.", "favor"),
    ("Shopkeeper Ana Ruiz called the plastic bag levy “a gimmick”.", "against"),
    ("Shopkeeper Ana Ruiz said the plastic bag levy was a tax on the poor.", "against"),
])
def test_verbs_of_campaigning_and_dismissive_names_are_cues(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_a_question_put_to_a_speaker_is_not_their_position(targets):
    text = "Asked whether she supported the plastic bag levy, Ana Ruiz said it was a matter for the council."
    assert [row[2] for row in _stances(text, targets)] in ([], ["neutral"])


def test_a_definite_head_noun_refers_back_further_than_a_bare_one(targets):
    filler = " ".join(f"Item {n} was read." for n in range(4))
    text = f"The city will vote on a plastic bag levy. {filler} Shopkeeper Ana Ruiz said she would pay the levy gladly."
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"]]


def test_a_time_word_is_never_a_targets_head_noun(tmp_path):
    path = _one_target(tmp_path, "short_week,A four-day week,,four-day week")
    text = "The union wants a four-day week. Shopkeeper Ana Ruiz said the shop would shut this week."
    assert [row for row in _stances(text, path) if row[0] == "Ana Ruiz"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Scrapping the plastic bag levy would be a mistake, Ana Ruiz said.", "favor"),
    ("Backing the plastic bag levy would be a mistake, Ana Ruiz said.", "against"),
])
def test_an_act_on_the_target_that_is_then_judged_composes(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_an_opinion_writers_first_person_position_is_the_bylined_author(targets):
    text = ("Why the levy deserves a yes\n\nBy Ana Ruiz\n\nThe city will vote on a plastic bag levy in May. "
            "I will vote for councillors who back the levy.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))
    assert found["documents"]["author"].tolist() == ["Ana Ruiz"]
    assert sorted(found["stance"][["speaker", "target", "stance"]].values.tolist()) == [
        ["Ana Ruiz", "bag_levy", "favor"]]


def test_in_an_opinion_piece_the_narrators_judgements_are_the_authors(targets):
    column = ("Why I changed my mind\n\nBy Ana Ruiz\n\nI was a sceptic for years. My view changed last spring, "
              "when my neighbour showed me her bills. The plastic bag levy is a reckless gamble.")
    report = ("Shops brace for the levy\n\nBy Ana Ruiz\n\nThe city will vote in May. Traders met on Monday. "
              "The plastic bag levy is a reckless gamble.")
    assert _stances(column, targets) == [["Ana Ruiz", "bag_levy", "against"]]
    assert _stances(report, targets) == []  # a report's narrator takes no position


def test_without_a_byline_a_first_person_position_has_no_speaker(targets):
    text = "The city will vote on a plastic bag levy in May. I will vote for councillors who back the levy."
    assert _stances(text, targets) == []


def test_a_head_noun_with_a_star_ending_refers_back(tmp_path):
    path = _one_target(tmp_path, "charge,A congestion charge,,congestion charg*")
    text = ("The council votes on a congestion charge today. The vote is at noon. "
            "Shopkeeper Ana Ruiz said she would pay the charge gladly.")
    assert _stances(text, path) == [["Ana Ruiz", "charge", "favor"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz said the plastic bag levy would hit low-paid families hardest.", "against"),
    ("Shopkeeper Ana Ruiz said the plastic bag levy would cost local shops dearly.", "against"),
    ("Shopkeeper Ana Ruiz called the plastic bag levy a stealth tax.", "against"),
    ("Shopkeeper Ana Ruiz said the plastic bag levy was the single best thing the city could do.", "favor"),
])
def test_consequences_for_people_and_superlatives_are_cues(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


@pytest.mark.parametrize("sentence", [
    "We shouldn’t do this, she said.", "It would cost local shops dearly.", "It was the single best thing to do.",
    "They hit out at the levy and campaigned against it.", "A war on motorists, he said.",
])
def test_the_cue_prefilter_keeps_every_match_of_grouped_cues(sentence):
    from analysis import stance, stance_reading
    lexicon = stance.cue_lexicon()
    unfiltered = tuple(stance.Cue(c.phrase, c.stance, c.negated, c.weight, c.scope, c.pattern) for c in lexicon)
    found = stance_reading.cue_spans(sentence, lexicon)
    assert found and [(s, e, c.phrase) for s, e, c in found] == \
        [(s, e, c.phrase) for s, e, c in stance_reading.cue_spans(sentence, unfiltered)]


REMOVAL = "scrap_levy,Scrapping the plastic bag levy,,bag levy;scrap* the levy"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz said she supported the bag levy.", "against"),
    ("Shopkeeper Ana Ruiz said the city should scrap the levy.", "favor"),
    ("Shopkeeper Ana Ruiz said the city should not only keep the bag levy but raise it.", "against"),
    ("Abolishing the bag levy would be reckless, Shopkeeper Ana Ruiz said.", "against"),
])
def test_a_target_framed_as_a_removal_reads_the_thing_removed_the_other_way(sentence, expected, tmp_path):
    path = _one_target(tmp_path, REMOVAL)
    assert _stances(sentence, path) == [["Ana Ruiz", "scrap_levy", expected]]


def test_the_head_noun_of_a_removed_thing_reads_the_other_way(tmp_path):
    path = _one_target(tmp_path, "lift_ban,Lifting the timber export ban,,export ban")
    text = "The export ban was debated. Union leader Ana Ruiz said the ban must stay."
    assert _stances(text, path) == [["Ana Ruiz", "lift_ban", "against"]]


def test_a_speaker_reporting_another_does_not_take_their_position(targets):
    import pandas as pd

    from analysis import stance, stance_lexicon
    text = "Marrak said Fenwick had told her that the bag levy was a mistake."
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0], "end": [len(text)], "text": [text]})
    inner = text.index("the bag")
    quotes = pd.DataFrame({"doc_id": ["d", "d"], "quote_id": ["q0", "q1"], "speaker": ["Ilse Marrak", "Dario Fenwick"],
                           "start": [text.index("Fenwick"), inner], "end": [len(text) - 1, len(text) - 1]})
    mentions = pd.DataFrame({"doc_id": ["d", "d"], "actor": ["Ilse Marrak", "Dario Fenwick"], "affiliation": ["", ""],
                             "actor_type": ["person", "person"], "surface": ["Marrak", "Fenwick"],
                             "start": [0, text.index("Fenwick")], "end": [6, text.index("Fenwick") + 7]})
    found = stance.statements(sentences, targets=stance_lexicon.read_targets(targets), quotes=quotes,
                              mentions=mentions)
    by = dict(zip(found["speaker"], found["stance"], strict=True))
    assert by == {"Dario Fenwick": "against", "Ilse Marrak": "neutral"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shopkeeper Ana Ruiz called the plastic bag levy a well-meant mistake.", "against"),
    ("Shopkeeper Ana Ruiz vowed to fight the plastic bag levy in the courts if necessary.", "against"),
])
def test_a_judgement_with_a_modifier_and_a_fight_if_necessary(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Minister Ana Ruiz said the plastic bag levy was a win-win for shops and the city.", "favor"),
    ("Minister Ana Ruiz said the plastic bag levy was a positive step.", "favor"),
    ("Minister Ana Ruiz said the city would not obstruct the plastic bag levy.", "favor"),
    ("Minister Ana Ruiz said of the plastic bag levy that her party “won't stand in its way”.", "favor"),
    ("Minister Ana Ruiz said the plastic bag levy is conducive to cleaner streets.", "favor"),
])
def test_cues_of_official_statements(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_the_decision_and_the_deal_refer_back_to_the_target_named_last(targets):
    text = "The city adopted a plastic bag levy on Monday. Shopkeeper Ana Ruiz welcomed the decision."
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Union leader Ana Ruiz said the export ban had to stay.", "against"),
    ("Union leader Ana Ruiz said the export ban had outlived its purpose.", "favor"),
    ("Union leader Ana Ruiz described the end of the export ban as long overdue.", "favor"),
])
def test_keeping_outliving_and_a_judged_end_of_the_thing_removed(sentence, expected, tmp_path):
    path = _one_target(tmp_path, "lift_ban,Lifting the timber export ban,,export ban")
    assert _stances(sentence, path) == [["Ana Ruiz", "lift_ban", expected]]


@pytest.mark.parametrize(("text", "expected"), [
    # what is said of the act of removal is said of the target, not of the thing removed
    ("Union leader Ana Ruiz backed lifting the export ban, calling it the one sensible step.", "favor"),
    ("Union leader Ana Ruiz said scrapping the export ban would be a reckless mistake.", "against"),
    # "it" after a sentence that names only the thing removed is that thing
    ("The export ban has stood for ten years. “Lifting it would bring in millions,” union leader Ana Ruiz said.",
     "favor"),
    ("The export ban must stay. “If anything, it should be tightened,” union leader Ana Ruiz said.", "against"),
])
def test_the_act_of_removal_and_the_thing_removed(text, expected, tmp_path):
    path = _one_target(tmp_path, "lift_ban,Lifting the timber export ban,,export ban")
    assert _stances(text, path) == [["Ana Ruiz", "lift_ban", expected]]


@pytest.mark.parametrize("judged", ["lifting it is the right call", "scrapping it would be a welcome step"])
def test_an_act_of_removal_on_it_after_the_thing_removed_is_the_target(judged, tmp_path):
    path = _one_target(tmp_path, "lift_ban,Lifting the timber export ban,,export ban")
    text = f"Union leader Ana Ruiz said the export ban had outlived its usefulness and that {judged}."
    assert _stances(text, path) == [["Ana Ruiz", "lift_ban", "favor"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("said it would lobby for it to be dropped", "against"),
    ("said it would campaign for it to be kept", "favor"),
    ("said it would vote for it", "favor"),
])
def test_a_cue_whose_pronoun_object_a_participle_goes_on_from_gives_way(sentence, expected, targets):
    text = f"The council debated the plastic bag levy on Monday. The Shopkeepers' Guild {sentence}."
    assert _stances(text, targets) == [["Shopkeepers' Guild", "bag_levy", expected]]


def test_a_definite_head_noun_refers_to_a_target_named_further_up(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("id,label,description,patterns\nlevy,A bag levy,,bag levy\nsale,Sale of the port,,port sale\n",
                    encoding="utf-8")
    filler = " ".join(f"Item {n} was read." for n in range(12))
    text = (f"The port sale was announced in May. {filler} The city also debated a bag levy. "
            "Shopkeeper Ana Ruiz said the sale was a blunder.")
    assert _stances(text, str(path)) == [["Ana Ruiz", "sale", "against"]]


VOTING = """id,label,description,patterns,inverse_patterns,favor_cues,against_cues
votes_at_16,Votes at 16,,votes at 16;votes for 16;voting age,,,
compulsory_voting,Compulsory voting,,compulsory voting;mandatory voting,,,
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill brings votes at 16 and compulsory voting. Anna Berg said her party would vote against both measures.",
     [["Anna Berg", "compulsory_voting", "against"], ["Anna Berg", "votes_at_16", "against"]]),
    ("The bill brings votes at 16 and compulsory voting. " + " ".join(f"Turnout fell in {y}." for y in range(10))
     + " The union said it would fight both plans in the courts.",
     [["The union", "compulsory_voting", "against"], ["The union", "votes_at_16", "against"]]),
    ("Anna Berg said she had no problem with compulsory voting.", [["Anna Berg", "compulsory_voting", "favor"]]),
    ("Anna Berg said she had come round to compulsory voting.", [["Anna Berg", "compulsory_voting", "favor"]]),
    ("Anna Berg said votes at 16 were a solution in search of a problem.", [["Anna Berg", "votes_at_16", "against"]]),
    # "for" of "votes for 16" is no head noun that refers back to the target
    ("The bill brings votes at 16. Anna Berg said it was not just for the people who turn up.", []),
])
def test_both_measures_idioms_of_position_and_no_function_word_heads(text, expected, tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text(VOTING, encoding="utf-8")
    assert [r for r in _stances(text, str(path)) if r[2] != "neutral"] == expected


def test_a_pattern_ending_in_silent_e_matches_the_ing_form(tmp_path):
    targets = _one_target(tmp_path, "compulsory,Compulsory voting,,force* people to vote;fine* for not voting")
    text = ("Student Ana Ruiz said she opposed forcing people to vote. "
            "Lars Berg said he supported fining for not voting.")
    assert _stances(text, targets) == [["Ana Ruiz", "compulsory", "against"], ["Lars Berg", "compulsory", "favor"]]


def test_a_body_whose_position_a_spokesperson_reports_holds_it_too(targets):
    text = "The National Union of Shopkeepers backs the plastic bag levy, its general secretary Ana Ruiz said."
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"],
                                       ["National Union of Shopkeepers", "bag_levy", "favor"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“We will oppose it at every stage,” Ana Ruiz said.", "against"),
    ("“It is a tax on the poor,” Ana Ruiz said.", "against"),
    ("“We will vote for it,” Ana Ruiz said.", "favor"),
])
def test_a_quotation_that_refers_back_takes_the_topic_named_a_few_sentences_before(sentence, expected, targets):
    text = (f"Ministers will put the plastic bag levy to a vote in May. Shops were consulted. Many stayed silent. "
            f"{sentence}")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_a_quotation_without_a_word_that_refers_back_takes_no_topic_from_further_back(targets):
    text = ("Ministers will put the plastic bag levy to a vote in May. Shops were consulted. Many stayed silent. "
            "“We should all support our local high street,” Ana Ruiz said.")
    assert _stances(text, targets) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ana Ruiz said she had come round to the bag levy after years of opposing it.", "favor"),
    ("“I used to think the bag levy was a mistake,” Ana Ruiz said.", "favor"),
    ("Ana Ruiz said the council would not be backing down on the bag levy.", "favor"),
])
def test_a_position_once_held_or_given_up_counts_the_other_way(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_a_topic_opening_the_sentence_is_what_a_judgement_after_a_colon_is_about(targets):
    text = "On the bag levy, Ana Ruiz added, she was clear: it was “unworkable in practice”."
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "against"]]


def test_a_judgement_after_a_copula_is_about_the_subject_before_it(targets):
    text = "A bag levy, Ana Ruiz said, was “long overdue”, and a third runway was discussed too."
    assert ["Ana Ruiz", "bag_levy", "favor"] in _stances(text, targets)
    assert ["Ana Ruiz", "runway", "favor"] not in _stances(text, targets)


def test_backing_both_measures_backs_each_proposal_named_before(targets):
    text = ("The council will vote on a third runway and a bag levy. "
            "Ana Ruiz said she backs both measures.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"], ["Ana Ruiz", "runway", "favor"]]


def test_both_measures_hold_each_proposal_when_the_sentence_names_one_of_them(targets):
    text = ("The council debated a bag levy and a third runway. "
            "Ana Ruiz, who backs both measures, said the vote on the third runway was next week.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"], ["Ana Ruiz", "runway", "favor"]]


def test_the_bill_holds_every_proposal_named_together_before_it(targets):
    text = ("The bill would build a third runway and bring in a bag levy. "
            "Ana Ruiz said the bill was “two bad ideas stapled together”.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "against"], ["Ana Ruiz", "runway", "against"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“On the numbers, the bag levy should go,” Ana Ruiz said.", "against"),
    ("Ana Ruiz said she would let the bag levy go ahead.", "favor"),
    ("Ana Ruiz called the bag levy “a sell-out of shoppers”.", "against"),
    ("Ana Ruiz said the bag levy was a tax rise dressed up as an environmental policy.", "against"),
    ("Ana Ruiz said the bag levy would finish off the corner shops.", "against"),
    ("“The bag levy will add ten pounds a month to the bills of every family,” Ana Ruiz said.", "against"),
    ("“The bag levy will level the playing field for the market stalls,” Ana Ruiz said.", "favor"),
    ("Ana Ruiz said the bag levy would save lives on the beaches.", "favor"),
    ("Ana Ruiz warned that the bag levy would empty the high street.", "against"),
    ("Ana Ruiz said the third runway would ease the terrible crush of angry, exhausted passengers.", "favor"),
    ("Ana Ruiz said the third runway would cut the awful delays that ruin holidays.", "favor"),
])
def test_idioms_of_position(sentence, expected, targets):
    target = "runway" if "runway" in sentence else "bag_levy"
    assert _stances(sentence, targets) == [["Ana Ruiz", target, expected]]


def test_a_proposal_that_would_cut_something_people_need_is_not_favoured_for_it(targets):
    rows = _stances("Ana Ruiz said the bag levy would cut the earnings of the corner shops.", targets)
    assert ["Ana Ruiz", "bag_levy", "favor"] not in rows


def test_a_position_without_a_stance_cue_is_decided_by_the_tone_of_the_speakers_words(targets):
    text = ("The council will vote on a plastic bag levy in May. "
            "“The bag levy will only bring misery to poor families,” shopkeeper Ana Ruiz said. "
            "“The bag levy is a great help to our beaches,” Lars Berg said.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    rows = found.set_index("speaker")
    assert rows.loc["Ana Ruiz", "stance"] == "against" and rows.loc["Lars Berg", "stance"] == "favor"
    assert set(rows["decided_by"]) == {"tone"}
    assert rows["cues"].str.startswith("tone of the speaker's words").all()


def test_a_reported_clause_about_the_target_has_the_tone_of_its_predicate(targets):
    text = ("The council will vote on a plastic bag levy in May. "
            "Shopkeeper Ana Ruiz said the bag levy would only make life worse for poor families. "
            "Lars Berg said the vote on the bag levy was a great success for democracy. "
            "The bag levy would bring a great help to our beaches, Mia Holt said: the gulls would thank them.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    rows = found.set_index("speaker")
    assert rows.loc["Ana Ruiz", "stance"] == "against" and rows.loc["Mia Holt", "stance"] == "favor"
    assert rows.loc["Lars Berg", "decided_by"] == ""  # the levy is no subject there: the tone is the reporter's
    assert set(rows.loc[["Ana Ruiz", "Mia Holt"], "decided_by"]) == {"tone"}


def test_quoted_words_inside_a_reported_clause_are_the_speakers_tone(targets):
    text = ("The council will vote on a plastic bag levy in May. "
            "Ana Ruiz described the bag levy as “a cruel blow to the poorest shoppers”.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    assert found[["speaker", "stance", "decided_by"]].values.tolist() == [["Ana Ruiz", "against", "tone"]]


def test_a_stance_cue_outranks_the_tone_of_the_words(targets):
    text = "“We back the bag levy, though it will make life harder for a while,” Ana Ruiz said."
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    assert found[["speaker", "stance", "decided_by"]].values.tolist() == [["Ana Ruiz", "favor", "cues"]]


@pytest.mark.parametrize("sentence", [
    "Campaigner Ana Ruiz has called the clause a breach of shoppers' rights.",
    "Campaigner Ana Ruiz said her group would challenge the clause in court.",
])
def test_the_clause_of_a_bill_named_before_and_a_naming_verb(sentence, targets):
    text = f"The bill's first clause brings in a plastic bag levy. {sentence}"
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "against"]]


def test_a_verb_of_doing_away_in_the_targets_own_words_states_the_proposition(tmp_path):
    path = _one_target(tmp_path, "free_buses,Free buses,,free bus*;scrap* fares;fare-free")
    text = "“Scrap the fares and let everyone ride fare-free,” shopkeeper Ana Ruiz said."
    assert _stances(text, path) == [["Ana Ruiz", "free_buses", "favor"]]


def test_the_stance_table_sums_as_a_pandas_groupby_would():
    rows = pd.DataFrame({
        "doc_id": ["d", "d", "d", "e", "d", "d"], "speaker": ["A", "B", "A", "A", None, "A"],
        "target": ["t", "t", "t", "t", "t", "u"], "quote_id": ["q1", "", "q1", "q2", "q3", ""],
        "sent_id": [1, 2, 3, 1, 4, 5], "cues": ["x -> favor 1", "", "", "y -> against 1.5", "", ""],
        "basis": ["quote"] * 6, "affiliation": [None, "", "Ruritania", "", "", ""],
        "speaker_type": ["person"] * 6, "speaker_role": ["", "mayor", "minister", "", "", ""],
        "favor": [1.0, 0.0, 0.1, 0.0, 0.0, 0.0], "against": [0.0, 0.0, 0.2, 1.5, 0.0, 0.0],
        "neutral": [0.0, 0.0, 0.3, 0.0, 0.0, 0.0], "tone": [math.nan, 0.4019, math.nan, math.nan, 0.5, -0.3]})
    out = stance.aggregate(rows)
    expected = rows.dropna(subset=["speaker"]).groupby(["doc_id", "speaker", "target"], sort=False).agg(
        favor=("favor", "sum"), against=("against", "sum"), neutral=("neutral", "sum"),
        n_statements=("sent_id", "size"), affiliation=("affiliation", "first"), tone=("tone", "mean")).reset_index()
    assert out[expected.columns].to_csv(index=False) == expected.to_csv(index=False)
    assert out["speaker_role"].tolist() == ["minister", "mayor", "", ""]
    assert out["evidence"].tolist() == ["quote:q1", "sent:2", "quote:q2", "sent:5"]
    assert out["decided_by"].tolist() == ["cues", "tone", "cues", "tone"]


def test_one_who_agrees_with_a_speaker_takes_their_positions(targets):
    text = ("Councillor Ana Ruiz said she backed the bag levy. She said a third runway would be a mistake. "
            "Her colleague Lars Berg agreed with her on both counts.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"], ["Ana Ruiz", "runway", "against"],
                                       ["Lars Berg", "bag_levy", "favor"], ["Lars Berg", "runway", "against"]]


LETTERS = ("LETTERS TO THE EDITOR\n\nA small price\n\nI will gladly pay the plastic bag levy. My street is "
           "covered in bags every Monday.\nNoor Haddad, Eastfold\n\nNot this runway\n\nI oppose the third runway. "
           "My children already sleep through the noise of two.\nPriya Lindqvist, Marrow City\n\nA neighbour's "
           "view\n\nThe plastic bag levy is a reckless gamble, says my neighbour.\nLetters may be edited for length.")


def test_each_letter_of_a_letters_page_is_its_signers(targets):
    found = pipeline.analyse_texts({"d": LETTERS}, config=pipeline.Config(targets=targets))["stance"]
    assert sorted(found[["speaker", "target", "stance"]].values.tolist()) == [
        ["Noor Haddad", "bag_levy", "favor"], ["Priya Lindqvist", "runway", "against"]]


def test_a_letters_sentence_without_a_cue_is_decided_by_its_tone(targets):
    text = LETTERS.replace("I will gladly pay the plastic bag levy.", "The plastic bag levy is a wonderful, "
                           "happy idea.")
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=targets))["stance"]
    row = found[found["speaker"] == "Noor Haddad"]
    assert row[["target", "stance", "decided_by"]].values.tolist() == [["bag_levy", "favor", "tone"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“I’m against the plastic bag levy,” Ana Ruiz said.", "against"),
    ("Ana Ruiz said she was firmly against the plastic bag levy.", "against"),
    ("“We’re not against the plastic bag levy,” Ana Ruiz said.", "favor"),
])
def test_being_against_is_a_position(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_a_head_noun_after_a_figure_refers_back(tmp_path):
    path = _one_target(tmp_path, "cap,A rent cap,,rent cap;rent limit*")
    text = ("The bill sets a rent cap of 2% a year. Landlords met on Monday. The meeting ran late. "
            "Tenant Ana Ruiz said she welcomed the 2% limit.")
    assert _stances(text, path) == [["Ana Ruiz", "cap", "favor"]]


@pytest.mark.parametrize("sentence", ["Ana Ruiz said she opposed any tax on net wealth.",
                                      "Ana Ruiz said she opposed taxing wealth."])
def test_a_two_word_target_is_found_in_its_syntactic_variants(tmp_path, sentence):
    path = _one_target(tmp_path, "wealth_tax,A wealth tax,,wealth tax")
    assert _stances(sentence, path) == [["Ana Ruiz", "wealth_tax", "against"]]


def test_a_position_on_a_condition_weighs_half(targets):
    text = ("“I would back the plastic bag levy if it came with grants for small shops. As drafted, it offers "
            "nothing of the kind, and I cannot support it,” Ana Ruiz said.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "against"]]


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz said the plastic bag levy goes too far.",
    "“The plastic bag levy will drive shoppers elsewhere,” Ana Ruiz said.",
    "Ana Ruiz said the plastic bag levy would hit small shops hardest.",
])
def test_going_too_far_driving_away_and_hitting_hardest_are_against(sentence, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", "against"]]


@pytest.mark.parametrize(("row", "text", "expected"), [
    ("wealth_tax,A wealth tax,,wealth tax", "Ana Ruiz said she opposed a levy on wealth.", "against"),
    ("wealth_tax,A wealth tax,,wealth tax", "Ana Ruiz said she backed a wealth levy.", "favor"),
    ("rent_cap,A rent cap,,rent cap", "Ana Ruiz said she opposed any ceiling on rents.", "against"),
])
def test_a_measure_is_found_under_another_noun_for_it(tmp_path, row, text, expected):
    assert _stances(text, _one_target(tmp_path, row)) == [["Ana Ruiz", row.split(",")[0], expected]]


def test_it_after_a_cue_is_the_one_target_named_earlier_in_the_sentence(targets):
    text = "“If that is the plastic bag levy, I would vote for it,” Ana Ruiz said."
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "favor"]]


def test_the_words_naming_a_target_give_no_tone(tmp_path):
    path = _one_target(tmp_path, "free_buses,Free buses,,free bus*")
    found = pipeline.analyse_texts({"d": "“Free buses!” Ana Ruiz said."}, config=pipeline.Config(targets=path))
    assert found["stance"][["speaker", "target", "decided_by"]].values.tolist() == [["Ana Ruiz", "free_buses", ""]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ana Ruiz said she had “no quarrel at all” with the plastic bag levy.", "favor"),
    ("Ana Ruiz said she could not see the case for the plastic bag levy.", "against"),
    ("Ana Ruiz made the case for the plastic bag levy.", "favor"),
    ("Ana Ruiz said the plastic bag levy would hollow out the high street.", "against"),
])
def test_quarrels_cases_and_hollowing_out(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


def test_a_position_placed_in_the_past_gives_way_to_the_speakers_present_one(targets):
    changed = ("Councillor Tom Greer, who voted against a plastic bag levy in 2021, told the chamber he had changed "
               "his mind. “I will vote for the bag levy, and I will defend it,” he said.")
    assert _stances(changed, targets) == [["Tom Greer", "bag_levy", "favor"]]
    held = "Councillor Tom Greer, who voted against a plastic bag levy in 2021, said nothing more about it."
    assert _stances(held, targets) == [["Tom Greer", "bag_levy", "against"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“The bag levy worries me,” said shopkeeper Ana Ruiz.", "against"),
    ("“The bag levy doesn't worry me at all,” said shopkeeper Ana Ruiz.", "favor"),
])
def test_a_proposal_that_worries_the_speaker_is_one_they_are_against(targets, sentence, expected):
    found = pipeline.analyse_texts({"d": sentence}, config=pipeline.Config(targets=targets))["stance"]
    assert found[["speaker", "stance", "decided_by"]].values.tolist() == [["Ana Ruiz", expected, "cues"]]


def test_what_others_tell_the_speaker_is_not_the_speakers_position(targets):
    text = ("“When people tell me the plastic bag levy is an attack on working families, I think of the river,” "
            "Ana Ruiz said.")
    assert _stances(text, targets) == [["Ana Ruiz", "bag_levy", "neutral"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ana Ruiz said she had opposed the plastic bag levy for years but had come to back the plastic bag levy.",
     "favor"),
    ("Ana Ruiz said she had backed the plastic bag levy at first but now opposed the plastic bag levy.", "against"),
])
def test_the_opposite_position_after_but_outweighs_the_one_before(sentence, expected, targets):
    assert _stances(sentence, targets) == [["Ana Ruiz", "bag_levy", expected]]


@pytest.mark.parametrize(("gap", "expected"), [
    (" ", [["Ana Ruiz", "bag_levy", "against"]]),  # the quotation stands in the target's paragraph
    ("\n\n", []),  # a new paragraph: no topic without a word that refers back
])
def test_a_quotation_in_the_paragraph_that_named_the_target_is_about_it(gap, expected, targets):
    text = (f"Ministers will put the plastic bag levy to a vote in May. Shops were consulted.{gap}“We are sick and "
            "tired of paying for everything twice,” Ana Ruiz said.")
    assert _stances(text, targets) == expected
