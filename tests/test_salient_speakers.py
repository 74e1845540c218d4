"""Who a pronoun or a description after a quotation stands for when the sentence before names two people: the
one a question was put to answers it, and "the former president" is not the sitting one. The texts are written
for these tests."""

from __future__ import annotations

import pytest

from analysis import pipeline, quotes


def _rows(text: str, kind: str) -> list[list[str]]:
    rows = quotes.of_text(text)
    return rows.loc[rows["kind"] == kind, ["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("question", ["asked Ivo Petrov about", "also asked Ivo Petrov again about",
                                      "pressed Ivo Petrov on"])
def test_the_person_asked_answers_in_the_next_sentence(question):
    text = (f"Anderson {question} the pressure from Prime Minister Viktor Orban to block the package. He said the "
            "money would come.\n\nHe continued: “We are not afraid of a long fight.”")
    assert _rows(text, "indirect") == [["Ivo Petrov", "the money would come"]]
    assert _rows(text, "direct") == [["Ivo Petrov", "We are not afraid of a long fight."]]


def test_a_person_asked_to_do_something_does_not_answer():
    text = "Governor Tom Reyes asked Ivo Petrov to resign from the board. He said the board had lost its way."
    assert ["Tom Reyes", "the board had lost its way"] in _rows(text, "indirect")


def test_the_former_president_is_not_the_sitting_one_named_before():
    text = ("President Vladimir Putin met his security council on Monday.\n\n“We would have had to answer with every "
            "weapon we have,” said Dmitry Medvedev, the deputy head of the council.\n\n“No other answer would be "
            "possible,” the former Russian president added.")
    assert _rows(text, "direct") == [["Dmitry Medvedev", "We would have had to answer with every weapon we have"],
                                     ["Dmitry Medvedev", "No other answer would be possible"]]


def test_the_former_president_is_the_one_the_text_calls_former():
    text = ("President Joe Biden spoke first. Former President Barack Obama spoke next.\n\n“We built this,” the "
            "former president said.")
    assert _rows(text, "direct") == [["Barack Obama", "We built this"]]


def test_a_description_with_two_roles_before_the_name_after_a_quotation():
    text = ("“We are sure the balance changed,” University of Kestria professor and the study's co-author, Maria "
            "Voss, said in a statement.")
    assert _rows(text, "direct") == [["Maria Voss", "We are sure the balance changed"]]


def test_a_quotation_run_into_a_headline_in_capitals_before_it():
    text = ("Scientists met in June. SMOG MORE DEADLY THAN SMOKING, NEW STUDY FINDS\"What this suggests is a "
            "feedback loop,\" said the study's lead author, Maria Voss. \"As the water cools, more cooling follows.\"")
    assert _rows(text, "direct") == [["Maria Voss", "What this suggests is a feedback loop"],
                                     ["Maria Voss", "As the water cools, more cooling follows."]]


@pytest.mark.parametrize("unit", ["Kestria branch", "Oslo office", "Bergen chapter"])
def test_a_speaker_of_a_unit_of_a_body(unit):
    text = f"Maria Voss of the {unit} of Greenpeace said the blockade would go ahead on Thursday."
    assert _rows(text, "indirect") == [["Maria Voss", "the blockade would go ahead on Thursday"]]


def test_an_aside_between_unspaced_dashes():
    text = ("Former Kestria Gov. Tom Reyes—who has worked with the oil industry—called the proposals “a disaster "
            "at the ballot box.”")
    assert _rows(text, "partial") == [["Tom Reyes", "a disaster at the ballot box"]]


def test_contending_reports_a_clause_after_that_only():
    text = ("But Maria Voss contended in an email that the official called off the hearing. Farmers in Kestria "
            "contend with floods every spring.")
    assert _rows(text, "indirect") == [["Maria Voss", "the official called off the hearing"]]


@pytest.mark.parametrize(("described", "named"), [
    ("a U.S. judge said in a ruling", "U.S. District Court Judge Sharon Gleason in a decision late Friday threw out"),
    ("a union leader said", "Union leader Sharon Gleason later met the minister and"),
])
def test_an_indefinite_speaker_named_in_the_next_sentence(described, named):
    text = f"The company exceeded its licence when it drained the lake, {described}. {named} the order."
    assert _rows(text, "indirect")[0] == ["Sharon Gleason", "The company exceeded its licence when it drained the lake"]


def test_an_indefinite_speaker_is_not_a_holder_of_another_role_named_next():
    text = "The mine will close, a senior official said on Monday. Finance Minister Ivo Petrov said talks would go on."
    assert _rows(text, "indirect") == [["", "The mine will close"], ["Ivo Petrov", "talks would go on"]]


def test_a_body_the_kit_does_not_know_opens_a_sentence_with_a_reporting_participle():
    text = "The Kestria Water Board objected to the plan, claiming that the cost was too high."
    assert _rows(text, "indirect") == [["Kestria Water Board", "the cost was too high"]]
    text = "The Kestria Marsh Volunteers objected to the plan, claiming that the cost was too high."
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "The Kestria Marsh Volunteers"]]


@pytest.mark.parametrize("source", ["Polls", "Surveys", "Recent analysis", "The findings"])
def test_polls_and_surveys_are_described_sources(source):
    assert _rows(f"{source} suggest that the levy is deeply unpopular.", "indirect") == [
        ["", "the levy is deeply unpopular"]]


def test_a_pledge_to_act_after_a_comma_is_no_trailing_attribution():
    text = ("As he often does, Senator Tom Reyes pledged to fight back against the coal industry, noting that it "
            "still receives tax breaks.")
    assert [row[1] for row in _rows(text, "indirect")] == ["to fight back against the coal industry",
                                                          "it still receives tax breaks"]


def test_they_after_a_poll_is_not_the_poll():
    text = ("Polls suggest that the levy is deeply unpopular. The debate will not satisfy the campaigners. They have "
            "pressed for a vote because, they argue, the levy needs a mandate.")
    assert ["", "the levy is deeply unpopular"] in _rows(text, "indirect")
    rows = quotes.of_text(text)
    assert rows.loc[rows["text"].str.contains("mandate"), "speaker_role"].tolist() in ([], ["the campaigners"])


@pytest.mark.parametrize(("text", "clause"), [
    ("Maria Voss blamed the flood on global warming.", "the flood on global warming"),
    ("Maria Voss blamed the minister for the flood.", "the minister for the flood"),
])
def test_blaming_reports_what_is_blamed(text, clause):
    assert _rows(text, "indirect") == [["Maria Voss", clause]]


def test_an_unnamed_source_with_an_including_aside():
    text = "Many, including the city's mayor, have warned that the lagoon barrier will not be enough."
    rows = quotes.of_text(text)
    assert rows[["speaker_role", "text"]].values.tolist() == [["Many", "the lagoon barrier will not be enough"]]


@pytest.mark.parametrize("text", [
    "On April 20, the day before the March for Science protest in Oslo, Kestria University physicist Maria Voss "
    "published an op-ed in The Wall Street Journal calling for a review of the rules.",
    "Later, Maria Voss sent a letter to the board of Kestria Power calling for a review of the rules.",
])
def test_the_one_who_published_a_document_speaks_through_its_participle(text):
    assert _rows(text, "indirect") == [["Maria Voss", "a review of the rules"]]


def test_an_acronym_takes_a_full_name_with_small_words_and_a_body_noun_inside():
    text = ("The Intergovernmental Panel on Climate Change's report, released Sunday, sets out the options. To meet "
            "the goals, the IPCC says carbon taxes would have to rise.")
    assert _rows(text, "indirect") == [["Intergovernmental Panel on Climate Change (IPCC)",
                                        "carbon taxes would have to rise"]]


def test_an_acronym_is_not_a_phrase_without_a_body_noun():
    text = "Keep Every Treaty On Course, the posters read. KETOC says the treaty will hold."
    assert "(" not in "".join(quotes.of_text(text)["speaker"])


@pytest.mark.parametrize(("text", "role"), [
    ("“We will no longer accept this injustice,” read an open letter that the pupils published on Friday.",
     "an open letter"),
    ("“The talks are over,” read a statement from the Kestria Foreign Ministry.",
     "a statement from the Kestria Foreign Ministry"),
])
def test_a_document_after_read_speaks_for_a_quotation_before_it(text, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker_role"]].values.tolist() == [["direct", role]]


def test_a_noun_in_ing_after_a_source_noun_is_no_participle():
    text = ("Alan Carlin spent decades at the agency before becoming a media darling for publicly accusing the "
            "agency of muzzling his criticism.")
    assert "darling" not in " ".join(quotes.of_text(text)["speaker_role"])


def test_a_pronoun_that_submitted_a_report_speaks_through_its_participle():
    text = ("Bast said he sent the list. “We were asked,” he wrote. Alan Carlin spent decades at the agency. He was "
            "never assigned to climate work. Yet he submitted the 93-page report suggesting the research is flawed.")
    assert ["Alan Carlin", "the research is flawed"] in _rows(text, "indirect")


def test_a_he_that_opens_two_sentences_running_stands_for_one_person():
    text = ("“The red team would win,” Bast said. Alan Carlin spent decades at the agency. He was never assigned to "
            "climate work. He said the research was flawed.")
    assert ["Alan Carlin", "the research was flawed"] in _rows(text, "indirect")


def test_the_former_office_holder_speaks_through_a_participle():
    text = ("Joe Biden spoke on Monday. Biden came under fire for attending a fundraiser. The former vice president "
            "dismissed concerns, telling viewers that the host is not an oil executive.")
    assert _rows(text, "indirect") == [["Joe Biden", "the host is not an oil executive"]]


def test_the_former_office_holder_is_not_the_sitting_one_through_a_participle():
    text = ("President Joe Biden spoke on Monday. The former president dismissed concerns, telling viewers that the "
            "host is not an oil executive.")
    assert _rows(text, "indirect") == [["", "the host is not an oil executive"]]


def test_the_duke_is_the_prince_named_before():
    text = ("Prince Harry has spoken about climate change. Sir Elton John defended the couple. The duke said that "
            "what matters is balance. He went on to say that he offsets his flights.")
    assert _rows(text, "indirect") == [["Harry", "what matters is balance"], ["Harry", "he offsets his flights"]]


@pytest.mark.parametrize(("text", "role"), [
    ("Top Kestria administration officials have repeatedly dodged questions about the storms, saying the issue "
     "should be discussed later.", "Top Kestria administration officials"),
    ("Local residents packed the hall, saying the plant must close.", "Local residents"),
])
def test_a_source_described_without_a_determiner_speaks_through_a_participle(text, role):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize("storm", ["Hurricane Irma", "Typhoon Haiyan", "Cyclone Idai"])
def test_a_named_storm_is_no_person(storm):
    text = f"{storm} hit the coast on Sunday. “It was the worst we have seen,” Maria Voss said."
    assert storm not in set(quotes.of_text(text)["speaker"])
    rows = quotes.of_text(f"“It was the worst we have seen,” {storm} said.")
    assert storm not in set(rows["speaker"])


def test_a_trailing_attribution_to_a_person_of_a_body():
    text = "The judge was hard to predict, Maria Voss of the Kestria Legal Defense Council told reporters."
    assert _rows(text, "indirect") == [["Maria Voss", "The judge was hard to predict"]]


def test_a_title_case_headline_verb_is_no_part_of_a_name():
    text = "Retiring Justice Anthony Kennedy Was A Swing Vote, Lawyers Say"
    assert not any(name.endswith(" Was") for name in quotes.of_text(text)["speaker"])
    mentions = pipeline.analyse_texts({"a": text})["mentions"]
    assert "Anthony Kennedy Was" not in set(mentions["actor"])


def test_a_long_lead_in_before_the_subject_of_the_sentence_before():
    text = ("Under President Barack Obama, the agency estimated the plan could prevent deaths. When asked earlier "
            "this year on Fox News about the health consequences of doing away with the plan, Scott Pruitt ducked "
            "the question. He argued the plan was bureaucratic overreach.")
    assert ["Scott Pruitt", "the plan was bureaucratic overreach"] in _rows(text, "indirect")


def test_blaming_a_noun_with_its_own_for_reports_nothing_after_a_trailing_attribution():
    text = "The bank will cut 4,000 jobs, the lender said on Monday, blaming weak demand for mortgages."
    assert [row[1] for row in _rows(text, "indirect")] == ["The bank will cut 4,000 jobs"]
    text = "President Tom Reyes blamed Kestria's “bad building laws” for the fires."
    assert _rows(text, "indirect") == [["Tom Reyes", "Kestria's “bad building laws” for the fires"]]
    text = "President Tom Reyes blamed state officials for the fires."
    assert _rows(text, "indirect") == [["Tom Reyes", "state officials for the fires"]]


def test_a_body_after_a_lead_in_and_the_organization_of_it_in_the_next_sentence():
    text = ("Last year, the Kestria Waste Operators Group petitioned the agency to drop the rule, calling it "
            "“burdensome and impracticable.” The organization of some 80 utilities warned that the rule would "
            "“force plants to close.”")
    rows = quotes.of_text(text)
    assert set(rows["speaker"]) == {"Kestria Waste Operators Group"} and len(rows) == 4


@pytest.mark.parametrize("verb", ["smeared", "vilified", "disparaged", "lampooned"])
def test_verbs_of_disparagement_give_the_speaker_of_a_fragment_after_as(verb):
    text = f"On Thursday, President Tom Reyes {verb} the levy as “a $100 billion government takeover” at a rally."
    assert _rows(text, "partial") == [["Tom Reyes", "a $100 billion government takeover"]]


def test_a_named_owner_before_a_person_and_a_paragraph_run_on_after_a_quotation():
    text = ("Governor Tom Reyes denied it. The Kestria Times' Maria Voss also took Reyes to task, writing that "
            "denial does not prevent floods. She added: “Some will say this is not the moment for politics. But "
            "don't we have a duty to prepare?”It's true that Reyes, who is running for the Senate, has shown "
            "little interest.")
    assert _rows(text, "indirect") == [["Maria Voss", "denial does not prevent floods"]]
    assert [row[0] for row in _rows(text, "direct")] == ["Maria Voss"]


@pytest.mark.parametrize(("text", "role"), [
    ("“Kestria is the region most at risk,” declares a video published by Now Then. “Its answer is denial.”",
     "a video published by Now Then"),
    ("“The levy is unlawful,” says the lawsuit, filed in May.", "the lawsuit"),
])
def test_a_document_after_an_inverted_verb_speaks(text, role):
    rows = quotes.of_text(text)
    assert set(rows["speaker_role"]) == {role} and set(rows["kind"]) == {"direct"}


@pytest.mark.parametrize(("source", "role"), [("one Twitter user wrote", "one Twitter user"),
                                              ("a netizen observed", "a netizen"),
                                              ("one reader commented", "one reader")])
def test_people_posting_or_reading_are_described_sources(source, role):
    rows = quotes.of_text(f"“The levy is a disgrace,” {source}.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", role]]


def test_another_after_an_inverted_verb_is_another_of_the_kind_described_last():
    text = "“We lost everything,” said one resident. “Nobody came,” said another. “It was chaos,” added a third."
    rows = quotes.of_text(text)
    assert rows["speaker_role"].tolist() == ["one resident", "another resident", "a third resident"]


@pytest.mark.parametrize("text", ["Last year, the Kestria Herald alleged that the governor had business ties.",
                                  "The governor had business ties, according to the Kestria Herald."])
def test_a_newspaper_missing_from_the_media_list_is_a_medium(text):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_type"]].values.tolist() == [["Kestria Herald", "media"]]


@pytest.mark.parametrize(("subject", "speaker", "role"), [("Automakers have likewise", "", "Automakers"),
                                                         ("Maria Voss meanwhile", "Maria Voss", "")])
def test_likewise_and_meanwhile_between_a_speaker_and_the_verb(subject, speaker, role):
    rows = quotes.of_text(f"{subject} argued that the rules would cost billions.")
    assert rows[["speaker", "speaker_role", "text"]].values.tolist() == [
        [speaker, role, "the rules would cost billions"]]


def test_a_person_with_a_party_tag_and_a_long_apposition_before_a_body():
    text = ("“It is crazy to think about it,” former Rep. Tom Reyes (R-K.S.), now the executive director of the "
            "conservative environmental advocacy group ConservAction, told reporters on Tuesday.")
    assert _rows(text, "direct") == [["Tom Reyes", "It is crazy to think about it"]]


@pytest.mark.parametrize("glue", ["", " "])
def test_a_question_quoted_then_a_new_report_after_an_adjective_opener(glue):
    text = ("Energy chief Tom Reyes spoke to the station. Anderson asked, “Is it all a coincidence?”" + glue +
            "Unable to give a straight answer, Reyes first admitted that human activity does add to the current "
            "“warming trend.”")
    assert _rows(text, "direct") == [["Anderson", "Is it all a coincidence?"]]
    assert _rows(text, "partial") == [["Tom Reyes", "warming trend"]]


def test_a_straight_mark_glued_to_the_next_sentence_closes_the_quotation_before():
    text = 'Anderson asked, "Is it all a coincidence?"Unable to answer, Reyes left.'
    sentences = pipeline.analyse_texts({"a": text})["sentences"]["text"].tolist()
    assert sentences == ['Anderson asked, "Is it all a coincidence?"', "Unable to answer, Reyes left."]


def test_moving_on_to_a_reporting_verb_keeps_the_subject():
    text = ("Energy chief Tom Reyes spoke to the station. He then moved on to accusing President Ivo Petrov of "
            "“reimagining authority” with his plan.")
    assert _rows(text, "partial") == [["Tom Reyes", "reimagining authority"]]


def test_an_aside_in_the_subject_of_a_clause_without_that():
    text = "Tom Reyes met staff. He said the federal shutdown, now in its fourth week, forced him to delay briefings."
    assert _rows(text, "indirect") == [["Tom Reyes", "the federal shutdown, now in its fourth week, forced him to "
                                                     "delay briefings"]]


@pytest.mark.parametrize("verb", ["said", "argued", "warned"])
def test_a_speaker_named_after_the_verb_is_the_he_of_the_next_quotation(verb):
    text = ("President Hal Corwin has said the levy would hurt farmers. Corwin repeated it on Friday.\n\n"
            f"The next two years will be about making a case to voters, {verb} Ben Tallis, a strategist who teaches "
            "at Marlow University. “I don't think Corwin is going to give an inch,” he said.")
    assert _rows(text, "direct") == [["Ben Tallis", "I don't think Corwin is going to give an inch"]]


def test_a_hearer_after_told_is_not_the_he_of_the_next_quotation():
    text = ("President Hal Corwin spoke first. Fiona Keane, a doctor at the Marlow Infirmary, told Ben Tallis that "
            "all patients were safe.\n\n“Our generators kicked in within seconds,” she said.")
    assert _rows(text, "direct") == [["Fiona Keane", "Our generators kicked in within seconds"]]


@pytest.mark.parametrize("link", ["of", "with", "at"])
def test_a_person_and_their_body_after_a_quotation_is_the_speaker(link):
    text = (f"The evidence has hardened the case. “Climate change is here and now,” Dana Price {link} the Great Lakes "
            "Defense Council wrote in a blog post.")
    assert _rows(text, "direct") == [["Dana Price", "Climate change is here and now"]]


@pytest.mark.parametrize("announced", ["is expected to say", "was due to tell the students"])
def test_a_speaker_announced_with_a_relative_clause_after_a_quotation_is_not_a_name_inside_it(announced):
    text = ("President Hal Corwin will speak on Monday. “This is a call to arms,” former Ohio GOP Gov. Tom Reyes, who "
            f"ran against Corwin in 2016, {announced} at a speech on Tuesday. “You cannot deny the science.”")
    assert _rows(text, "direct") == [["Tom Reyes", "This is a call to arms"],
                                     ["Tom Reyes", "You cannot deny the science."]]


def test_an_unattributed_quotation_after_a_question_she_asked_is_hers():
    text = ("Opening the debate, Rasmus Quill, deputy mayor for finance, praised the plan.\n\nCouncillor Winifred "
            "Taggart spoke next. Had the deputy mayor, she asked, ever worked a till on a Sunday? “He says nobody "
            "will be forced.”")
    assert _rows(text, "direct") == [["Winifred Taggart", "He says nobody will be forced."]]
