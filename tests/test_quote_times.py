"""Times and refusals around reporting verbs: a day or a month between the speaker and the verb or between the
verb and its clause, a time opening the sentence, rulings, and refusals to comment. The texts are written for
these tests."""

from __future__ import annotations

import pytest

from analysis import actors, quotes


def _indirect(text: str) -> list[list[str]]:
    rows = quotes.of_text(text)
    rows = rows[rows["kind"] == "indirect"]
    return rows[["speaker", "speaker_role", "text"]].values.tolist()


@pytest.mark.parametrize("when", ["in June", "last week", "in 2019", "early in March"])
def test_a_time_between_the_speaker_and_the_verb_keeps_the_speaker(when):
    text = (f"Judge Ada Voss heard the case for the tribes. Voss {when} said the agency had not studied the "
            "river crossing.")
    assert _indirect(text) == [["Ada Voss", "Judge", "the agency had not studied the river crossing"]]


@pytest.mark.parametrize("ruling", ["ruled Wednesday that", "ruled on June 14 that", "ruled that"])
def test_a_ruling_reports_the_clause_after_that(ruling):
    text = f"Judge Ada Voss {ruling} the pipeline can keep operating while the study is done."
    assert _indirect(text) == [["Ada Voss", "Judge", "the pipeline can keep operating while the study is done"]]


def test_maintaining_that_reports_a_clause():
    assert _indirect("Kestria Pipelines maintained that a shutdown would cost it $90 million a month.") == [
        ["Kestria Pipelines", "", "a shutdown would cost it $90 million a month"]]


@pytest.mark.parametrize("text", ["Judge Ada Voss ruled the court for a decade before she retired.",
                                  "The company maintained the old road for years.",
                                  "The judge ruled out a delay."])
def test_ruling_and_maintaining_without_that_report_nothing(text):
    assert _indirect(text) == []


@pytest.mark.parametrize(("lead", "role"), [("On Sunday", "the minister"), ("In June", "the minister"),
                                            ("Last week", "the minister")])
def test_a_time_opening_the_sentence_is_no_part_of_a_described_speaker(lead, role):
    assert _indirect(f"{lead} the minister said the harbour plan was final.") == [
        ["", role, "the harbour plan was final"]]


@pytest.mark.parametrize("text", ["The council declined to comment Friday on the report.",
                                  "Ivo Danek would not comment Tuesday when reporters called."])
def test_refusing_to_comment_at_a_time_reports_nothing(text):
    assert _indirect(text) == []


def test_a_described_spokesperson_who_declined_to_comment_but_said_speaks_the_clause():
    text = "A spokesman for the harbour board declined to comment Friday but said the plan was never final."
    assert _indirect(text) == [["", "A spokesman for the harbour board", "the plan was never final"]]


def test_a_time_after_the_verb_before_a_clause_with_that_still_reports():
    assert _indirect("Ada Voss said Friday in a statement that the plan was final.") == [
        ["Ada Voss", "", "the plan was final"]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("“The old rule failed,” said Wyoming GOP Sen. Ada Voss, who chairs the committee.", "Ada Voss",
     "Wyoming GOP Sen."),
    ("“We will appeal,” said Texas Gov. Ada Voss.", "Ada Voss", "Texas Gov."),
    ("“It failed,” said Joe Montana, a farmer.", "Joe Montana", "a farmer"),
])
def test_a_state_before_a_title_is_a_place_not_the_speaker(text, speaker, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["direct", speaker, role]]


def test_a_lower_case_pronoun_and_verb_after_a_closing_mark_without_a_comma_attribute_the_quotation():
    text = ("Professor Ada Voss built the detector. Traces turn up in every sample. “This has made the campaigners "
            "very happy” she says, because it seems to confirm their worst fears.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["direct", "Ada Voss"]]


def test_a_quotation_ending_in_a_comma_takes_the_attribution_after_it_over_a_report_before_it():
    text = ("While the court has concluded that the agency must act, “this government has no intention of "
            "following the law,” said Ada Voss, a former minister.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [
        ["indirect", "", "the court"], ["direct", "Ada Voss", "a former minister"]]


def test_a_clause_of_time_after_a_quotation_is_no_attribution():
    text = ("The advert shows Ivo Danek saying during the debate, “That makes me smart,” when Ada Voss attacked him "
            "for paying no tax.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["direct", "Ivo Danek"]]


def test_a_verb_after_a_quotation_without_its_own_subject_leaves_it_to_the_speaker_before():
    text = ("Governor Ada Voss spoke at the hearing. Asked if she had made that case to President Ivo Danek, she "
            "said: “I raised it but I did not feel that was where we needed to go,” then added that science would "
            "guide the inquiry.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "direct"]["speaker"].tolist() == ["Ada Voss"]


@pytest.mark.parametrize(("opening", "close"), [("\"", ",'\""), ("“", ",’”")])
def test_a_stray_inner_closing_mark_before_the_outer_one_leaves_the_fragment_its_speaker(opening, close):
    text = f"The repeal {opening}is not a step forward{close} said former Environment Minister Ada Voss."
    rows = quotes.of_text(text)
    rows = rows[rows["kind"] == "partial"]
    assert rows[["speaker", "text"]].values.tolist() == [["Ada Voss", "is not a step forward"]]


def test_an_acronym_takes_the_full_name_of_the_body_the_text_names_without_a_mention():
    text = "The line was built by Kestria-based Northern Grain Partners. NGP said a stop would cost it $9 million."
    assert _indirect(text) == [["Northern Grain Partners (NGP)", "organization", "a stop would cost it $9 million"]]


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("Environmental advocates warn the proposed rule could remove protections from most rivers.",
     "Environmental advocates", "the proposed rule could remove protections from most rivers"),
    ("Farmers' groups warned the new levy would close half the dairies.", "Farmers' groups",
     "the new levy would close half the dairies"),
    ("The harbour master warned there could be stronger storms by spring.", "The harbour master",
     "there could be stronger storms by spring"),
    ("Farmers' groups warned they would stop deliveries in May.", "Farmers' groups",
     "they would stop deliveries in May"),
])
def test_warning_without_that_reports_a_clause_that_opens_with_its_own_subject(text, role, clause):
    assert _indirect(text) == [["", role, clause]]


def test_a_hearer_before_a_clause_is_still_no_part_of_it():
    assert _indirect("The mayor told the crowd the city would rebuild.") == [
        ["", "The mayor", "the city would rebuild"]]
    assert _indirect("The mayor warned them about the storm.") == []


@pytest.mark.parametrize(("text", "role"), [
    ("Industry groups cheered the repeal, saying it would end years of overreach.", "Industry groups"),
    ("Local residents protested outside the plant, saying it would poison the river.", "Local residents"),
])
def test_a_bare_plural_description_opening_the_sentence_speaks_in_the_participle(text, role):
    assert [row[1] for row in _indirect(text)] == [role]


def test_a_pronoun_with_an_adverb_reports_and_ends_the_clause_before_it():
    text = ("James Lovelock has renounced this view. Though he still thinks carbon dioxide is a problem, he now "
            "believes the threat is not immediate.")
    assert [row[2] for row in _indirect(text)] == ["carbon dioxide is a problem", "the threat is not immediate"]


def test_studies_are_a_source_described():
    assert _indirect("Recent scientific studies have found that deep cuts in meat-eating are essential.") == [
        ["", "Recent scientific studies", "deep cuts in meat-eating are essential"]]


def test_told_reaches_that_past_a_hearer_named_in_apposition_and_a_time():
    text = ("But President Ada Voss told one of the country's leading newspapers, the Velgrad Courier, on Sunday "
            "that she never discussed the dam with him.")
    assert [row[2] for row in _indirect(text)] == ["she never discussed the dam with him"]


def test_told_does_not_take_the_that_of_another_reporting_verb_after_its_hearer():
    text = ("Ivo Danek is an engineer at the plant. He told me his manager had assured the team in June that it was "
            "safe for two years.")
    rows = _indirect(text)
    assert ["", "He told me his manager", "it was safe for two years"] not in rows
    assert any(row[2].startswith("his manager had assured the team") for row in rows)


def test_feeling_the_same_way_is_no_report():
    assert _indirect("Ivo Danek spoke. He feels the same way about the scare over pesticides.") == []


def test_a_trailing_attribution_before_a_mark_glued_on_from_the_next_paragraph_still_attributes():
    text = ('Ivo Danek spoke at length. Campaigners say any radiation causes cancer. But this is nonsense, says '
            'Danek." It is as silly as saying you should never leave your home." The talk ended late.')
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "text"]].values.tolist()[1:] == [
        ["indirect", "Ivo Danek", "But this is nonsense"],
        ["direct", "Ivo Danek", "It is as silly as saying you should never leave your home."]]


@pytest.mark.parametrize("text", [
    "The rule, known as the “Waters of the United States” rule, widened federal protection.",
    "The farm lobby launched a “Ditch the Rule” campaign against the plan.",
    "The Courier, in an editorial titled “Yes, you can blame the mayor for the flood”, went further.",
])
def test_a_title_or_a_name_in_quotation_marks_is_no_quote(text):
    assert quotes.of_text(text).empty


def test_a_lower_case_fragment_with_small_words_is_still_a_quote():
    rows = quotes.of_text("Ada Voss called the plan “a betrayal of the farmers”.")
    assert rows[rows["kind"] == "partial"]["text"].tolist() == ["a betrayal of the farmers"]


def test_a_he_that_opens_a_sentence_is_the_person_a_possessed_role_introduced_before():
    text = ("Sheriff Ivo Danek has stressed that the list is raw. Kestria's outgoing Democratic governor Jerry Brenner "
            "toured the town with the president on Saturday. He told the radio that the president has “got our "
            "back” and has promised support.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Jerry Brenner"]


@pytest.mark.parametrize("adverb", ["also", "then", "later", "again"])
def test_an_epithet_with_an_adverb_before_its_verb_is_the_salient_person(adverb):
    text = f"Leonardo DiCaprio flew to Cannes for the festival. The actor {adverb} said the trip was needed."
    assert _indirect(text) == [["Leonardo DiCaprio", "", "the trip was needed"]]


def test_an_attribution_that_lost_its_verb_takes_the_person_it_names():
    text = ("Attorney General Ada Voss said her state will go to court. “We will sue,” Voss said. “Kestria is in close "
            "touch with other states,” the state's attorney general, Ivo Danek. “There is no serious debate.”")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "direct"]["speaker"].tolist() == ["Ada Voss", "Ivo Danek", "Ivo Danek"]


@pytest.mark.parametrize("text", ["Name calling is pointless, she said.",
                                  "Name calling and finger pointing will not change the truth, echoed Ada Voss."])
def test_name_calling_is_no_person(text):
    assert "Name" not in quotes.of_text(text)["speaker"].tolist()


def test_a_body_named_in_the_possessive_is_the_group_that_speaks_later():
    text = ("The Kestria Climate Council's plan sets a tax of $40 a tonne. The group estimates the tax would raise "
            "$2 billion a year. A family of four would receive $900, the group says.")
    assert [row[0] for row in _indirect(text)] == ["Kestria Climate Council", "Kestria Climate Council"]


def test_a_former_office_the_text_does_not_name_stands_for_the_salient_person():
    text = ("Interior Secretary Ivo Danek spent the week attacking the campaign groups. The former Kestria "
            "congressman blamed “litigation from radical campaigners” in an op-ed.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Ivo Danek"]


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("Coal has struggled to compete. But coal industry officials believe this rule change will still help.",
     "coal industry officials", "this rule change will still help"),
    ("Climate campaigners often claim emissions from flying are a large cause of warming.", "Climate campaigners",
     "emissions from flying are a large cause of warming"),
    ("Research also shows that the fire season has grown with the towns.", "Research",
     "the fire season has grown with the towns"),
])
def test_more_shapes_of_a_described_source_and_its_clause(text, role, clause):
    assert _indirect(text) == [["", role, clause]]


def test_said_for_years_that_reports_the_clause():
    assert _indirect("Ada Voss has said for years that she supports a carbon tax.") == [
        ["Ada Voss", "", "she supports a carbon tax"]]


def test_claims_for_something_that_happened_are_no_report():
    assert _indirect("The scheme relied on claims for therapy sessions that never took place.") == []


@pytest.mark.parametrize("dash", ["—", "–", "―"])
def test_an_aside_between_dashes_after_the_speaker_keeps_the_speaker(dash):
    text = f"Maria Voss {dash} a former minister {dash} said that the move would save the firms $9 million."
    assert _indirect(text) == [["Maria Voss", "", "the move would save the firms $9 million"]]


def test_a_pronoun_right_after_a_reporting_verb_is_that_reports_speaker():
    text = ("Anna Berg met the committee. At the hearing, former minister Maria Voss -- who wrote the plan under "
            "Anna Berg -- said she believes the rule, like the others, undermines “the science and the law”.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Maria Voss"]


def test_a_text_owned_by_a_described_body_is_that_bodys():
    text = ("The Los Angeles Times published a long piece on Thursday. “The fund has made grants to the project,” "
            "the paper's disclosure notes.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["direct", "Los Angeles Times"]]


def test_a_bare_title_in_a_headline_is_the_person_holding_it_named_in_the_lead():
    text = "Mayor says the harbour plan is dead\n\nMayor Ivo Danek said on Monday that the plan was dead."
    assert [row[0] for row in _indirect(text)] == ["Ivo Danek", "Ivo Danek"]


def test_a_text_named_by_its_title_speaks_and_the_report_stands_for_it_later():
    text = ("“Future risks depend on decisions made today,” the 4th Kestria Climate Assessment says. The report says "
            "the climate is “presenting growing challenges to health”. The report notes that the effects are felt.")
    rows = quotes.of_text(text)
    assert set(rows["speaker_role"]) == {"the 4th Kestria Climate Assessment"}


@pytest.mark.parametrize("headline", ["Pope, in the Air, Puts Foot Down on Climate Denial and Border Reversal.",
                                      "Green New Deal Is About Social Justice"])
def test_a_headline_in_title_case_in_quotation_marks_is_no_quote(headline):
    assert quotes.of_text(f"The Courier ran “{headline}” on its front page on Monday.").empty


def test_an_exclamation_in_title_case_is_still_a_quote():
    rows = quotes.of_text("Ivo Danek spoke. “Renewable Energy Is a Corrupt Scam, Go Nuclear!” he said.")
    assert rows[["kind", "speaker"]].values.tolist() == [["direct", "Ivo Danek"]]


def test_a_name_set_off_after_a_possessed_description_is_the_sentences_subject():
    text = ("Ivo Danek signed the order. And Danek's pick to run the agency, Maria Voss, has made it clear the issue "
            "will not be a priority. “We have many priorities at the agency,” she told the radio.")
    rows = quotes.of_text(text)  # "has made it clear the issue ..." is her report too
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Maria Voss"], ["direct", "Maria Voss"]]


@pytest.mark.parametrize(("text", "clause"), [
    ("The Kestria administration says this rule hinders the national economy.",
     "this rule hinders the national economy"),
    ("The Kestria administration says this and other earlier rules hinder the national economy.",
     "this and other earlier rules hinder the national economy"),
])
def test_a_clause_opening_with_this_and_a_verb_in_s_is_reported(text, clause):
    assert _indirect(text) == [["", "The Kestria administration", clause]]


@pytest.mark.parametrize("text", ["Ada Voss said this in statements to reporters on the train.",
                                  "Ada Voss said this of the rivals that she beat in the spring."])
def test_said_this_with_a_preposition_or_that_after_it_reports_nothing(text):
    assert _indirect(text) == []


def test_said_this_morning_that_reports_the_clause_after_that():
    assert _indirect("Ada Voss said this morning that prices had risen sharply in the spring.") == [
        ["Ada Voss", "", "prices had risen sharply in the spring"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ada Voss spoke on Sunday. She is now convinced that “the climate is changing back,” according to an "
     "interview she gave to a television network on Sunday.", "Ada Voss"),
    ("The mayor was away. The company knew of the leak for years, according to a letter Ada Voss wrote to the "
     "board.", "Ada Voss"),
])
def test_according_to_a_speech_event_is_the_words_of_the_one_who_gave_it(text, speaker):
    rows = quotes.of_text(text)
    assert set(rows["speaker"]) == {speaker}
    assert len(rows[rows["kind"] == "indirect"]) == 1  # one report, not one for "according to" and one for "wrote"


def test_a_clause_before_a_colon_and_a_quotation_is_reported_as_well():
    rows = quotes.of_text("The state ranks 16th. Ada Voss says the state hasn't exactly made things attractive for "
                          "developers: “We have the only wind tax in the country.”")
    assert [(r.kind, r.speaker) for r in rows.itertuples()] == [("indirect", "Ada Voss"), ("direct", "Ada Voss")]
    assert rows.text[0] == "the state hasn't exactly made things attractive for developers"


@pytest.mark.parametrize("text", ["Ada Voss told reporters on Monday: “We will win the vote.”",
                                  "Ada Voss explained what the plan would do: “It will fail the test.”"])
def test_a_hearer_or_a_question_before_a_colon_is_no_report(text):
    assert _indirect(text) == []


def test_a_reporting_it_after_a_document_with_a_long_name_is_that_document():
    rows = _indirect("The idea was made moot by the latest Kestria Panel on Coastal Change report. It projected that "
                     "the sea would rise by a metre within the century.")
    assert rows == [["", "the latest Kestria Panel on Coastal Change report",
                     "the sea would rise by a metre within the century"]]


@pytest.mark.parametrize(("text", "clause"), [
    ("The minister made clear that the talks would resume on Monday in Geneva.",
     "the talks would resume on Monday in Geneva"),
    ("The Kestria Rail Company made it clear to investors that the plant would close by June.",
     "the plant would close by June"),
])
def test_made_it_clear_reports_its_clause(text, clause):
    assert [row[2] for row in _indirect(text)] == [clause]


def test_made_alone_reports_nothing_and_names_no_person():
    assert _indirect("The Kestria Rail Company made a profit of four million crowns in the year to June.") == []
    mentions = actors.of_text("The Kestria Rail Company made a profit of four million crowns.", actors.load())
    assert [m["actor_type"] for m in mentions] == ["organization"]  # a body opening its sentence is named


def test_a_sentence_opening_after_an_abbreviation_ends_the_reported_clause():
    rows = _indirect("Ada Voss said she doubts that the change will cost jobs in the U.S. The report is required by "
                     "law every four years.")
    assert rows == [["Ada Voss", "", "she doubts that the change will cost jobs in the U.S"]]
    assert _indirect("Sen. Ada Voss said the plan would fail within the year.") == [
        ["Ada Voss", "Sen.", "the plan would fail within the year"]]


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("After some delay, the minister announced in the Rose Garden in June that he would pull out of the pact.",
     "the minister", "he would pull out of the pact"),
    ("In a surprise move, the mayor said on Friday that the city would drop the levy.", "the mayor",
     "the city would drop the levy"),
])
def test_an_opening_phrase_is_no_report_when_a_that_clause_follows_the_verb(text, role, clause):
    assert _indirect(text) == [["", role, clause]]


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("The lawsuit alleges that the state failed to act.", "The lawsuit", "the state failed to act"),
    ("The complaint accuses the firm of hiding its emissions.", "The complaint", "the firm of hiding its emissions"),
])
def test_a_document_opening_the_sentence_speaks_in_a_verb_of_description(text, role, clause):
    assert _indirect(text) == [["", role, clause]]


def test_an_event_opening_the_sentence_does_not_speak_in_a_verb_of_description():
    assert _indirect("The decision accused the firm of hiding its emissions.") == []


def test_an_intention_ends_where_a_report_by_arguing_begins():
    text = ("The ministry has sought to calm the regions by arguing that the order does not take power from them, "
            "but protects their rivers.")
    assert _indirect(text) == [
        ["", "The ministry", "to calm the regions"],
        ["", "The ministry", "the order does not take power from them, but protects their rivers"]]


def test_a_manner_after_by_stays_inside_a_reported_clause():
    text = "The mayor said he would explain the levy to farmers by telling them it pays for the new bridge."
    assert _indirect(text) == [["", "The mayor", "he would explain the levy to farmers by telling them it pays for "
                                                 "the new bridge"]]


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("The mayor raised the fares on Monday, prompting the union to warn that drivers would strike.", "the union",
     "drivers would strike"),
    ("The minister closed the mine, leading one local group to claim that the town would empty.", "one local group",
     "the town would empty"),
])
def test_the_one_a_participle_of_causing_moves_to_speak_is_the_speaker(text, role, clause):
    assert _indirect(text) == [["", role, clause]]


@pytest.mark.parametrize(("text", "role"), [
    ("The document also repeatedly states the plan will advance other projects.", "The document"),
    ("The committee still also claims the plan will advance other projects.", "The committee"),
])
def test_several_adverbs_after_a_described_source_are_no_part_of_its_description(text, role):
    assert _indirect(text) == [["", role, "the plan will advance other projects"]]
