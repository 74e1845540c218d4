"""Forms of attribution around partial quotes and reported speech: lead-ins, contractions, passives, nouns of
speech. The texts are written for these tests."""

from __future__ import annotations

import pytest

from analysis import actors, partial_speakers, quotes


def _rows(text: str):
    return quotes.of_text(text)


def _speaker_of(text: str, fragment: str, kind: str = "partial") -> str:
    rows = _rows(text)
    rows = rows[(rows["kind"] == kind) & (rows["text"] == fragment)]
    assert len(rows) == 1, rows
    return rows.iloc[0]["speaker"]


def test_a_place_in_a_lead_in_is_not_the_subject_of_a_coordinated_verb():
    text = ("In a speech in Berlin, Chancellor Olaf Scholz promised “a new era” for the armed forces and said the "
            "army would be “fully equipped.”")
    assert _speaker_of(text, "fully equipped") == "Olaf Scholz"
    assert _speaker_of(text, "the army would be “fully equipped.”", "indirect") == "Olaf Scholz"


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("Prime Minister Ines Vall met Chancellor Karl Ebner in Vienna on Monday and said the two countries would "
     "share the cost.", "Ines Vall", "Prime Minister"),
    ("The health minister visited a hospital run by Caritas Group and warned that the wards were short of nurses.",
     "", "The health minister"),
])
def test_a_reporting_verb_after_and_is_said_by_the_sentences_first_subject(sentence, speaker, role):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("Talks stalled. Norway, the largest donor to the fund and its host since 2019, said it would pay no more.",
     "Norway", "country"),
    ("Talks stalled. On Friday, Chile, which chairs the group, said it would pay no more.", "Chile", "country"),
    ("Talks stalled. The alliance, which speaks for 12,000 growers, said it would pay no more.", "",
     "The alliance"),
    ("Talks stalled. Diplomats in Norway said it would pay no more.", "", "Diplomats in Norway"),
])
def test_a_subject_with_an_apposition_or_after_in_is_found(sentence, speaker, role):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_a_clause_before_an_attribution_with_a_colon_is_reported_with_the_clause_after_it():
    text = "Lea Dunn runs the shop. The new road would ruin the town, she said: trade had already fallen by half."
    rows = _rows(text)
    assert rows[["speaker", "text"]].values.tolist() == [["Lea Dunn", "The new road would ruin the town"],
                                                         ["Lea Dunn", "trade had already fallen by half"]]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("Finance Minister Dana Holt reminded voters that the levy was temporary.", "reminded",
     "the levy was temporary"),
    ("Finance Minister Dana Holt fumed that the council had ignored residents.", "fumed",
     "the council had ignored residents"),
    ("Finance Minister Dana Holt confessed that the forecast had been too rosy.", "confessed",
     "the forecast had been too rosy"),
])
def test_verbs_of_speech_manner_report_their_clause(sentence, cue, content):
    rows = _rows(sentence)
    assert rows[["speaker", "cue", "text"]].values.tolist() == [["Dana Holt", cue, content]]


@pytest.mark.parametrize("verb", ["reported", "explained", "wrote", "said"])
def test_a_verb_of_speech_may_name_whom_it_addresses_before_its_that_clause(verb):
    rows = _rows(f"Mayor Ana Ruiz {verb} to the council that the budget was balanced.")
    assert rows[["speaker", "text"]].values.tolist() == [["Ana Ruiz", "the budget was balanced"]]


def test_agreeing_to_a_deal_that_ended_something_reports_nothing():
    assert _rows("The union agreed to a deal that ended the strike.").empty


@pytest.mark.parametrize("text", [
    "The council unveiled a bill that would cap fares and add an hour to the timetable of every route.",
    "The board added two names to the shortlist on Friday.",
])
def test_adding_an_object_to_a_place_reports_nothing(text):
    assert _rows(text).empty


def test_added_still_reports_a_clause_without_that():
    rows = _rows("Mayor Ana Ruiz added the budget would be balanced by June.")
    assert rows[["speaker", "text"]].values.tolist() == [["Ana Ruiz", "the budget would be balanced by June"]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("The case dragged on. But BrightLoop insisted the host's job was safe.", "BrightLoop", "organization"),
    ("The firm was sued. PayRail said the claim was baseless.", "PayRail", "organization"),
    ("Governor Ron DeSalvo spoke. DeSalvo said the plan would fail.", "Ron DeSalvo", "Governor"),
])
def test_a_one_word_brand_with_a_capital_inside_is_a_body_not_a_surname_with_a_particle(text, speaker, role):
    rows = _rows(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Carrow Home Products Inc. lowered its forecast on Thursday and said it was reviewing its oldest plant.",
     "Carrow Home Products Inc."),
    ("On Thursday Halden Steel plc cut 400 jobs. Halden Steel said the plant would stay open.", "Halden Steel plc"),
    ("Shares of Orsa Bank AG fell. The bank said profits were down.", "Orsa Bank AG"),
])
def test_a_company_named_with_its_legal_form_speaks_under_that_name(text, speaker):
    assert set(_rows(text)["speaker"]) == {speaker}


def test_a_figure_compared_with_another_goes_on_in_the_reported_clause():
    rows = _rows("Finance chief Dana Holt said the firm now expects revenue of $9.1 billion, down from a previous "
                 "range of $9.5 billion, and that margins would shrink.")
    assert rows["text"].tolist() == ["the firm now expects revenue of $9.1 billion, down from a previous range of "
                                     "$9.5 billion, and that margins would shrink"]


def test_a_verb_of_scolding_gives_a_fragment_its_speaker():
    assert _speaker_of("Senator Ann Vale lectured the delegates about “free speech”.", "free speech") == "Ann Vale"


@pytest.mark.parametrize("lead", ["After talks in Ankara,", "Speaking to reporters in Brussels,", "On Tuesday,"])
def test_lead_ins_of_time_place_and_manner_are_skipped(lead):
    text = f"{lead} Ursula von der Leyen welcomed the deal and warned that the next weeks would be “very hard.”"
    assert _speaker_of(text, "very hard") == "Ursula von der Leyen"


def test_a_contracted_auxiliary_joins_its_subject():
    text = "Joe Biden spoke on Monday. He’s claiming that voting fraud is “a big problem” and “nobody cares.”"
    assert _speaker_of(text, "a big problem") == "Joe Biden"
    assert _speaker_of("Gary Johnson’s claiming that the vote was “rigged.”", "rigged") == "Gary Johnson"
    rows = _rows("Joe Biden spoke on Monday. He’s said voting fraud is a big problem.")
    assert rows[rows["kind"] == "indirect"]["speaker"].tolist() == ["Joe Biden"]


@pytest.mark.parametrize("text", [
    "Senator Ann Lee spoke on Monday. Lee’s comments came as the talks stalled.",
    "Senator Ann Lee spoke on Monday. Critics called Lee's remark a mistake.",
    "Senator Ann Lee spoke on Monday. Volodymyr Zelensky’s continued leadership of Ukraine was her theme.",
])
def test_a_possessive_is_no_contracted_auxiliary(text):
    rows = _rows(text)
    assert not (rows["cue"].isin(["comments", "remark", "continued"]) & (rows["kind"] == "indirect")).any(), rows


def test_the_agent_of_a_passive_reporting_verb_is_the_speaker():
    assert _speaker_of("The proposal was called “absurd” by Sergei Lavrov on Monday.", "absurd") == "Sergei Lavrov"
    assert _speaker_of("The plan was described by Sergei Lavrov as “empty”.", "empty") == "Sergei Lavrov"
    assert _speaker_of("The plan was described as “empty” by Foreign Minister Sergei Lavrov.", "empty") == \
        "Sergei Lavrov"


def test_a_passive_verb_does_not_make_its_subject_a_speaker():
    rows = _rows("The plan was described as “empty” by Foreign Minister Sergei Lavrov.")
    assert not rows["speaker_role"].str.contains("plan").any(), rows


def test_a_noun_of_speech_gives_the_fragment_to_its_owner():
    text = "Despite Volodymyr Zelensky’s pledge of a “swift” counteroffensive, the front barely moved."
    assert _speaker_of(text, "swift") == "Volodymyr Zelensky"
    assert _speaker_of("Sergei Lavrov’s description of the talks as “empty” angered Kyiv.", "empty") == \
        "Sergei Lavrov"
    assert _speaker_of("Volodymyr Zelensky’s house, a “palace”, was discussed.", "palace") == ""


@pytest.mark.parametrize("verb", ["spoke of", "referred to", "pointed to", "invoked", "talked about"])
def test_verbs_of_reference_give_a_fragment_its_speaker_and_cue(verb):
    rows = _rows(f"The mayor of Kharkiv, Ihor Terekhov, {verb} “a night of terror” in the city.")
    partial = rows[rows["kind"] == "partial"].iloc[0]
    assert (partial["speaker"], partial["cue"]) == ("Ihor Terekhov", verb)
    assert (rows["kind"] == "indirect").sum() == 0  # they report no clause


def test_a_particle_of_a_phrasal_verb_does_not_make_a_person():
    mentions = actors.of_text("Millions of voters cast their ballots on an electoral “super Sunday”.", actors.load())
    assert "Millions" not in {m["actor"] for m in mentions}


def test_a_noun_of_speech_with_a_that_clause_reports_it():
    rows = _rows("Donald Trump spoke twice. Politifact seized on Trump’s claim that there have been “thousands of "
                 "shootings” in Chicago this year alone.")
    indirect = rows[rows["kind"] == "indirect"].iloc[0]
    assert (indirect["speaker"], indirect["cue"]) == ("Donald Trump", "claim")
    assert indirect["text"].startswith("there have been")
    assert _speaker_of("Joe Biden spoke. Kyiv ignored his warning that the talks would fail.",
                       "the talks would fail", "indirect") == "Joe Biden"


@pytest.mark.parametrize(("owner", "noun"), [("the report", "conclusion"), ("the new study", "findings"),
                                             ("the lawsuit", "arguments")])
def test_a_noun_of_speech_owned_by_a_document_reports_for_the_document(owner, noun):
    rows = _rows(f"Mayor Ana Ruiz rejected {owner}'s {noun} that the dam could fail within a decade.")
    indirect = rows[rows["kind"] == "indirect"]
    assert indirect[["speaker", "speaker_role", "text"]].values.tolist() == [
        ["", owner, "the dam could fail within a decade"]]


def test_a_noun_of_speech_as_subject_reports_nothing():
    rows = _rows("Joe Biden spoke. His warning that the talks would fail went unheeded.")
    assert rows.empty or not (rows["kind"] == "indirect").any(), rows


def test_a_party_adjective_is_no_person_and_a_noun_state_is_no_verb():
    rows = _rows("One of the accusers, Republican state Sen. Julie Slama, said the dinner was a disgrace.")
    assert rows[["kind", "speaker", "cue"]].values.tolist() == [["indirect", "Julie Slama", "said"]]
    mentions = actors.of_text("The Republican candidate, Democrat John Hale, spoke.", actors.load())
    assert not {"Republican", "Democrat"} & {m["actor"] for m in mentions}


def test_a_long_description_ending_in_a_name_is_the_subject_of_quoted_as_saying():
    text = ("“All our residents want a passport,” the regional administration's pro-Moscow chief Vladimir Saldo was "
            "quoted as saying by TASS.")
    assert _speaker_of(text, "All our residents want a passport", "direct") == "Vladimir Saldo"


def test_a_fragment_right_after_a_speakers_quote_goes_on_with_them():
    text = "Kaja Kallas spoke in Tallinn on Monday. “We will not accept this,” she said. The plan was “reckless.”"
    assert _speaker_of(text, "reckless") == "Kaja Kallas"
    other = "Kaja Kallas spoke on Monday. “We will not accept this,” she said.\n\nThe plan was “reckless.”"
    assert _speaker_of(other, "reckless") == ""  # another paragraph


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("Chancellor Olaf Scholz is calling for new talks with Moscow.", "calling for", "new talks with Moscow"),
    ("Chancellor Olaf Scholz warned of a long war that could last for years.", "warned of",
     "a long war that could last for years"),
    ("Chancellor Olaf Scholz insisted on security guarantees for Ukraine.", "insisted on",
     "security guarantees for Ukraine"),
    ("Chancellor Olaf Scholz had advocated for a negotiated settlement.", "advocated for", "a negotiated settlement"),
    ("Chancellor Olaf Scholz raised concerns that the deal would reward aggression.", "raised",
     "the deal would reward aggression"),
    ("Chancellor Olaf Scholz voiced hopes that talks could resume next month.", "voiced",
     "talks could resume next month"),
    ("Chancellor Olaf Scholz went on to say that the talks had failed.", "say", "the talks had failed"),
    # a verb that reports only a clause, without "that" when a subject and its auxiliary follow
    ("Chancellor Olaf Scholz ruled Trump and his co-defendants were liable for fraud.", "ruled",
     "Trump and his co-defendants were liable for fraud"),
    ("Chancellor Olaf Scholz maintained the talks had failed.", "maintained", "the talks had failed"),
    # a comma before a manner or examples goes on with the clause
    ("Chancellor Olaf Scholz thinks the government is doing the right thing on trade, by rebuilding ties with Paris.",
     "thinks", "the government is doing the right thing on trade, by rebuilding ties with Paris"),
    ("Chancellor Olaf Scholz said the state would cut spending on many things next year, including on roads.",
     "said", "the state would cut spending on many things next year, including on roads"),
    # a medium or an occasion between the subject and the purpose that reports
    ("Chancellor Olaf Scholz took to Telegram to say that the talks had failed.", "say", "the talks had failed"),
    ("Chancellor Olaf Scholz went on state television on Sunday to warn that the talks had failed.", "warn",
     "the talks had failed"),
    ("Chancellor Olaf Scholz knows the deal will not hold.", "knows", "the deal will not hold"),
])
def test_prepositional_and_noun_complements_are_reported(sentence, cue, content):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "cue", "text"]].values.tolist() == [["Olaf Scholz", cue, content]]


@pytest.mark.parametrize("sentence", ["The company raised prices for the third time this year.",
                                      "Voters know him well from his years as mayor."])
def test_raise_and_know_report_nothing_without_a_clause(sentence):
    rows = _rows("Chancellor Olaf Scholz spoke. " + sentence)
    assert rows.empty or not (rows["kind"] == "indirect").any(), rows


def test_a_so_called_fragment_does_not_go_on_with_the_speaker_before():
    text = "Kaja Kallas spoke on Monday. “We will not accept this,” she said. The so-called “peace formula” failed."
    assert _speaker_of(text, "peace formula") == ""


@pytest.mark.parametrize("sentence", ["The storm hammered the coast as residents fled.",
                                      "The blast ripped through the building as people slept."])
def test_a_verb_of_evaluation_needs_a_subject_that_can_speak(sentence):
    assert _rows(sentence).empty


@pytest.mark.parametrize("verb", ["presented", "cited", "shared"])
def test_figures_someone_brings_out_report_for_them(verb):
    rows = _rows(f"Economy Minister Carla Ruiz {verb} data that showed that exports had doubled since 2020.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Carla Ruiz", "exports had doubled "
                                                                                           "since 2020"]]


@pytest.mark.parametrize("verb", ["assured", "tried to assure", "was quick to tell"])
def test_a_report_inside_a_relayed_sentence_is_its_own_subjects(verb):
    rows = _rows(f"President Ada Voss {verb} senators that no money would be wasted, according to Sen. Karl Ebner.")
    inner = rows[rows["text"] == "no money would be wasted"]
    assert inner[["kind", "speaker"]].values.tolist() == [["indirect", "Ada Voss"]]


def test_a_described_subject_ends_before_the_occasion_it_used_to_speak():
    rows = _rows("The mayor used a briefing on Monday to say that the strike was over.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [["indirect", "The mayor", "the strike was over"]]


def test_verbs_of_evaluation_report_what_they_call_something():
    rows = _rows("Senator Harry Reid bashed the nominee as a “con artist.”")
    assert rows[["kind", "speaker", "cue"]].values.tolist() == [["indirect", "Harry Reid", "bashed"],
                                                                 ["partial", "Harry Reid", "bashed"]]
    rows = _rows("The senior official slammed the plan as “absurd.”")
    assert rows.iloc[0]["speaker_role"] == "The senior official"


@pytest.mark.parametrize(("sentence", "role"), [
    ("The IG Metall union called the plan “a slap in the face” for workers.", "The IG Metall union"),
    ("The rights group said the arrests were unlawful.", "The rights group"),
    ("The central bank said inflation would stay high.", "The central bank"),
])
def test_unnamed_bodies_speak_as_organizations(sentence, role):
    row = _rows(sentence).iloc[0]
    assert (row["speaker_role"], row["speaker_type"]) == (role, "organization")


def test_an_indefinite_pronoun_is_no_person():
    text = ("Someone is not telling the whole truth. When I asked Tom Fairley why, he did not hesitate. “Because "
            "they were never built for people,” he said.")
    assert _speaker_of(text, "Because they were never built for people", "direct") == "Tom Fairley"


@pytest.mark.parametrize(("sentence", "content"), [
    ("Donald Trump told the crowd the city would rebuild.", "the city would rebuild"),
    ("Donald Trump told his supporters the election was rigged.", "the election was rigged"),
])
def test_a_hearer_named_by_a_noun_phrase_before_a_clause(sentence, content):
    rows = _rows(sentence)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Donald Trump", content]]


def test_a_hearer_does_not_swallow_the_infinitive_after_it():
    rows = _rows("Moderator Matt Lauer asked the candidates to discuss their own ideas.")
    assert not rows["text"].str.startswith("their own ideas").any(), rows


@pytest.mark.parametrize("between", ["in a statement", "in his nightly video address on Tuesday",
                                     "in an interview with CNN", "late on Tuesday"])
def test_where_it_was_said_may_stand_between_the_name_and_the_verb(between):
    rows = _rows(f"Volodymyr Zelensky {between} said the attacks were pure terror.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Volodymyr Zelensky"]]


def test_the_agent_of_a_passive_may_be_described_not_named():
    rows = _rows("The plan was dubbed “a betrayal” by critics in Kyiv.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "critics in Kyiv"]]


@pytest.mark.parametrize("opener", ["In Olaf Scholz's view,", "In Olaf Scholz’s assessment,"])
def test_in_x_s_view_hands_the_sentence_to_x(opener):
    assert _speaker_of(f"{opener} the deal was “a trap.”", "a trap") == "Olaf Scholz"


def test_a_line_opening_with_a_name_and_a_colon_gives_it_the_quotations():
    text = "Putin: West ‘playing with fire’ over Ukraine\n\nVladimir Putin warned the West on Friday."
    assert _speaker_of(text, "playing with fire") == "Vladimir Putin"
    other = "Putin warned the West.\n\nThe West is ‘playing with fire’, the Kremlin: a mouthpiece."
    assert _speaker_of(other, "playing with fire") != "Vladimir Putin"


def test_his_message_colon_is_the_message_of_the_person_he_stands_for():
    text = "Volodymyr Zelensky spoke on Monday. His message: “We will not give in.”"
    assert _speaker_of(text, "We will not give in.", "direct") == "Volodymyr Zelensky"


def test_a_transcript_label_in_capitals_names_a_person_of_the_text():
    text = "Volodymyr Zelensky met reporters.\nZELENSKY: “We will not give up any land.”"
    assert _speaker_of(text, "We will not give up any land.", "direct") == "Volodymyr Zelensky"
    other = "Volodymyr Zelensky met reporters.\nUPDATE: “We will not give up any land.”"
    assert _speaker_of(other, "We will not give up any land.", "direct") == ""


@pytest.mark.parametrize(("sentence", "role"), [
    ("The Nebraska Examiner interviewed six women who claimed the candidate had groped them.", "six women"),
    ("He called the election after the opposition questioned his integrity over the dealings of his firm.",
     "the opposition"),
    ("The vote was delayed after officials said the count was flawed.", "officials"),
])
def test_a_described_source_after_a_number_or_a_subordinator(sentence, role):
    rows = _rows(sentence)
    assert rows[rows["kind"] == "indirect"]["speaker_role"].tolist() == [role]


def test_he_after_an_interview_question_is_the_interviewee_not_the_person_asked_about():
    text = ("Tony Blair met me in his office.\nOver lunch, I ask if Sir Keir Starmer is good enough to last two "
            "terms?\n“Yes, of course, he is just beginning,” he snaps. “I said so the other day.”")
    assert _speaker_of(text, "Yes, of course, he is just beginning", "direct") == "Tony Blair"
    assert _speaker_of(text, "I said so the other day.", "direct") == "Tony Blair"
    plain = "Tony Blair spoke. Keir Starmer answered questions.\n“We will win,” he said."
    assert _speaker_of(plain, "We will win", "direct") == "Keir Starmer"


INTERVIEW = ("As I sit opposite Maria Lindqvist in her office in Stockholm, I ask if Prime Minister Erik Hansson "
             "will last a full term.\n"
             "“Of course he will, he has only just begun,” she says.\n"
             "When I suggest that voters are tired of the coalition, she interrupts me.\n"
             "“Voters are tired of slogans. Hansson talks about results.”\n"
             "Her book has drawn praise. “It is a manual for anyone in government,” says the former editor of the "
             "Morning Post, Jonas Berg.\n"
             "Lindqvist tells me she reads every review. She also thinks Hansson is right about the budget.\n"
             "As we part, she smiles. “I wrote it for whoever comes next.”")


def test_an_interview_gives_its_unnamed_answers_to_the_interviewee():
    rows = _rows(INTERVIEW)
    direct = rows[rows["kind"] == "direct"].set_index("text")["speaker"]
    assert direct["Of course he will, he has only just begun"] == "Maria Lindqvist"  # not the one asked about
    assert direct["Voters are tired of slogans. Hansson talks about results."] == "Maria Lindqvist"
    assert direct["I wrote it for whoever comes next."] == "Maria Lindqvist"  # not the nearest name
    assert direct["It is a manual for anyone in government"] == "Jonas Berg"  # named by its attribution
    indirect = rows[rows["kind"] == "indirect"].set_index("text")["speaker"]
    assert indirect["Hansson is right about the budget"] == "Maria Lindqvist"


def test_a_report_with_a_few_first_person_lines_is_not_an_interview():
    text = ("Erik Hansson spoke in Malmo on Monday. I asked a voter about him afterwards.\n"
            "“He has only just begun,” said Jonas Berg, a teacher.\n"
            "Hansson was asked about the budget. “We will balance it,” he said.")
    direct = _rows(text).query("kind == 'direct'").set_index("text")["speaker"]
    assert direct["We will balance it"] == "Erik Hansson"


OP_ED = ("Give the masks back\n\nOpinion | Ruth Amsel-Kerr\n\n"
         "The museum's director, Sir Tomas Veld, made his case on the radio. “These objects belong to everyone,” "
         "he said. I asked the trustees for comment and they sent a statement. {tellers}\n\n"
         "“It is a door with a handle,” said Prof. Ida Sorn. I put it to the minister that time was short.\n\n"
         "Ruth Amsel-Kerr is a historian and a former curator.")


@pytest.mark.parametrize("tellers", [
    "I suggest that the museum is afraid.",
    "Prof. Ida Sorn told me the Act allows it. Sorn told me more. Mrs Ana Pick, 71, who lives nearby, told me so.",
    "Prof. Ida Sorn told me the Act allows it. Sorn told me more. Her spokeswoman, Ana Pick, told me so."])
def test_an_op_ed_is_no_interview_with_its_writer_nor_with_one_of_several_who_told_me(tellers):
    direct = _rows(OP_ED.format(tellers=tellers)).query("kind == 'direct'").set_index("text")["speaker"]
    assert direct["These objects belong to everyone"] == "Tomas Veld"


@pytest.mark.parametrize("after", ["the former editor of the Morning Post, Jonas Berg",
                                   "a professor at Uppsala University, Jonas Berg"])
def test_a_description_with_its_complement_then_the_name_after_the_verb(after):
    text = f"Erik Hansson wrote a book. “It is a manual for anyone in government,” says {after}."
    assert _speaker_of(text, "It is a manual for anyone in government", "direct") == "Jonas Berg"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Maria Lindqvist accused Erik Hansson of lacking a plan, saying his cabinet had no strategy.", "Maria Lindqvist"),
    ("The minister met Erik Hansson on Monday, saying the talks had been useful.", "The minister"),
    ("Police arrested Jonas Berg on Friday, saying he had threatened a neighbour.", "Police"),
])
def test_the_subject_of_saying_after_a_comma_is_the_subject_of_the_sentence(sentence, speaker):
    rows = _rows(sentence).query("cue == 'saying'")
    assert len(rows) == 1, rows
    assert (rows.iloc[0]["speaker"] or rows.iloc[0]["speaker_role"]) == speaker


def test_a_gerund_and_its_object_are_not_a_source():
    text = ("Maria Lindqvist left the party in 2019. That she never joined a company after leaving office, "
            "misses the chamber and thinks the budget is too small surprised many.")
    assert "leaving office" not in _rows(text)["speaker_role"].tolist()


def test_a_title_before_a_name_does_not_reach_across_a_question_mark():
    rows = actors.of_text("What about Boris? Blair has previously accused Boris Johnson of lacking a plan.",
                          actors.load())
    assert [(r["actor"], r["role"]) for r in rows][0] == ("Blair", "")


@pytest.mark.parametrize("verb", ["encouraged", "exhorted", "implored"])
def test_verbs_of_persuasion_report_their_hearer_and_act(verb):
    rows = _rows(f"Senator Ted Cruz {verb} Republicans to vote their conscience.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ted Cruz", "Republicans to vote their conscience"]]


def test_a_thing_that_encourages_is_no_source():
    assert _rows("The rise in prices encouraged investors to buy gold.").empty
    assert _speaker_of("The ministry encouraged residents to leave the city.", "residents to leave the city",
                       "indirect") == ""


@pytest.mark.parametrize(("before", "speaker"), [
    ("The lawsuit was filed by the union on Monday.", "The lawsuit"),
    ("The Kremlin spoke on Monday.", "Kremlin"),
    ("The Amberley Hoteliers' Association reacted with dismay.", "Amberley Hoteliers' Association"),
])
def test_it_that_opens_a_sentence_is_the_document_or_body_that_opened_the_last(before, speaker):
    rows = _rows(f"{before} It says the campaign broke the law.")
    assert len(rows) == 1
    assert (rows.iloc[0]["speaker"] or rows.iloc[0]["speaker_role"]) == speaker


def test_it_after_a_statement_opening_the_sentence_is_the_body_named_before():
    rows = _rows("The Dunmore Port Authority reacted angrily. In a statement it said the strike was unlawful.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Dunmore Port Authority"]]


@pytest.mark.parametrize("text", ["Prices rose on Monday. It said the talks would go on.",
                                  "The lawsuit was filed on Monday. It is said the campaign broke the law."])
def test_it_without_a_document_or_body_before_it_says_nothing(text):
    assert _rows(text).empty


@pytest.mark.parametrize(("text", "speaker"), [
    ("Described by Volodymyr Zelensky as “historic”, the deal was signed on Monday.", "Volodymyr Zelensky"),
    ("Praised by critics in Kyiv as “bold”, the plan stalled.", "critics in Kyiv"),
])
def test_a_participle_opening_the_sentence_gives_its_agent_the_fragment(text, speaker):
    rows = _rows(text)
    assert (rows.iloc[0]["speaker"] or rows.iloc[0]["speaker_role"]) == speaker


def test_a_participle_without_an_agent_of_speech_gives_no_speaker():
    assert _rows("Hit by a “wave of drones”, the city went dark.")[["speaker", "speaker_role"]].values.tolist() == [
        ["", ""]]


@pytest.mark.parametrize("noun", ["speech", "latest post", "letter"])
def test_a_noun_of_speech_owned_by_a_name_speaks_for_it(noun):
    text = (f"Mark Kelly said he would speak in Munich. Kelly’s {noun} accused Europe of “retreating from its "
            "values”.")
    assert _speaker_of(text, "retreating from its values") == "Mark Kelly"
    assert _speaker_of(text, "Europe of “retreating from its values”", "indirect") == "Mark Kelly"


TRANSCRIPT = ("Mike Pence appeared on Fox News Sunday with Chris Wallace. The exchange went as follows:\n\n"
              "\"WALLACE: Let's start with the debate. Will the guest be there? PENCE: Well, I think that story is "
              "over. WALLACE: So she will not be there? MOOK: She will not.\"")


def test_a_transcript_quoted_whole_is_split_into_turns_by_their_labels():
    rows = _rows(TRANSCRIPT)
    assert rows[["speaker", "text"]].values.tolist() == [
        ["Chris Wallace", "Let's start with the debate. Will the guest be there?"],
        ["Mike Pence", "Well, I think that story is over."],
        ["Chris Wallace", "So she will not be there?"],
        ["Mook", "She will not."],  # a label no one in the text answers to names a person of that name
    ]


@pytest.mark.parametrize("text", ["\"UPDATE: The vote was delayed. NOTE: Times are local,\" the statement read.",
                                  "\"We said NO: never again. Then we said it: NEVER,\" Smith said."])
def test_one_label_or_words_of_notice_do_not_make_a_transcript(text):
    assert len(_rows(text).query("kind == 'direct'")) == 1


def test_transcript_lines_without_quotation_marks_are_direct_quotes():
    text = ("Mike Pence appeared on Fox News Sunday with Chris Wallace.\n\n"
            "WALLACE: Let us start with the debate. Will the guest be there?\n\n"
            "PENCE: Well, I think that story is over.\n")
    assert _rows(text)[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Chris Wallace", "Let us start with the debate. Will the guest be there?"],
        ["direct", "Mike Pence", "Well, I think that story is over."]]


def test_a_label_in_plain_case_that_names_a_person_of_the_text_opens_a_transcript_line():
    text = ("The ministry's spokesman, Rustam O. Kaziyev-Tal, took questions on Thursday.\n\n"
            "Q: Will the consul see her this week?\n\n"
            "Kaziyev-Tal: The request is being considered in the usual manner.\n\n"
            "Q: What is she accused of?\n\n"
            "Kaziyev-Tal: The word \"spy\" has not been used by anyone in this building. She will be treated "
            "according to the law.\n\n"
            "Note: Answers were translated.\n")
    assert _rows(text)[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Rustam O. Kaziyev-Tal", "The request is being considered in the usual manner."],
        ["direct", "Rustam O. Kaziyev-Tal", "The word \"spy\" has not been used by anyone in this building. She will "
         "be treated according to the law."]]


def test_a_label_of_initials_names_the_person_the_text_gave_them_to():
    text = ("The presenter, Sofie Rand (SR), was joined by Greta Lindqvist (GL), chair of the union.\n\n"
            "SR: Greta Lindqvist, would the union accept a smaller sale?\n\n"
            "GL: No. It is still a sale.\n")
    assert _rows(text)[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Sofie Rand", "Greta Lindqvist, would the union accept a smaller sale?"],
        ["direct", "Greta Lindqvist", "No. It is still a sale."]]


def test_a_line_that_reports_a_longer_quotation_is_narration_not_a_transcript_line():
    text = ("PRESENTER: How has it gone down?\n\n"
            "CORRESPONDENT: The local MP, Gethin Vaughan-Okoro, called the decision \"a betrayal of every family "
            "here\".\n\n"
            "PRESENTER: Thank you.\n")
    rows = _rows(text)
    assert rows.loc[rows["kind"] == "partial", ["speaker", "text"]].values.tolist() == [
        ["Gethin Vaughan-Okoro", "a betrayal of every family here"]]


def test_datelines_and_captions_are_not_transcript_lines():
    assert _rows("WASHINGTON: The Senate voted on Monday.\nPHOTO: A view of the Capitol.\n").empty


def test_a_participle_after_a_trailing_attribution_does_not_hide_it():
    text = ("FRANKFURT, March 3 (Reuters) - The bank will cut 4,000 jobs at its German branches by 2027, the "
            "lender said on Monday, blaming weak demand for mortgages.")
    rows = _rows(text)
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "the lender", "The bank will cut 4,000 jobs at its German branches by 2027"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Human Rights Watch said the strike was unlawful.", "Human Rights Watch"),
    ("Doctors Without Borders said its clinic was hit.", "Doctors Without Borders"),
    ("Amnesty International said the strike killed 12 civilians.", "Amnesty International"),
    ("Siemens Energy said its orders rose.", "Siemens Energy"),
])
def test_names_of_organizations_are_not_persons(text, name):
    assert [(r["actor"], r["actor_type"]) for r in actors.of_text(text, actors.load())] == [(name, "organization")]


def test_a_person_with_a_given_name_keeps_a_surname_like_an_institution_word():
    assert [r["actor_type"] for r in actors.of_text("John Cross said he left.", actors.load())] == ["person"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Siemens Energy said its orders rose. The company said it expected growth.", "Siemens Energy"),
    ("Human Rights Watch said the strike was unlawful. The rights group said it had spoken to 12 witnesses.",
     "Human Rights Watch"),
])
def test_a_short_definite_description_of_a_body_is_the_body_named_before(text, speaker):
    assert _rows(text)["speaker"].tolist() == [speaker, speaker]


def test_a_long_or_possessive_description_introduces_a_body_of_its_own():
    text = ("Kyiv said it would reply. The world's chemical weapons watchdog said it was monitoring the threats. "
            "The company said it expected growth.")
    rows = _rows(text)
    assert rows["speaker"].tolist() == ["Kyiv", "", ""]  # not Kyiv: a government is not "the company"


@pytest.mark.parametrize("text", [
    "The “coalition of the willing” met again.\n\nKeir Starmer said Europe must build “a coalition of the willing”.",
    "The plan was “dead on arrival”.\n\n“This plan is dead on arrival,” Keir Starmer told reporters.",
])
def test_a_fragment_another_quote_contains_is_that_speakers(text):
    rows = _rows(text)
    assert rows.query("kind == 'partial'")["speaker"].iloc[0] == "Keir Starmer"


@pytest.mark.parametrize("fragment", ["new deal", "deal"])
def test_a_short_or_unmatched_fragment_takes_no_speaker_from_elsewhere(fragment):
    text = f"The “{fragment}” was signed.\n\nKeir Starmer called it “a good deal for all, not a new one”."
    assert _rows(text).query("kind == 'partial'")["speaker"].iloc[0] == ""


def test_a_headline_quoting_words_said_further_on_gives_them_their_speaker():
    text = ("‘Slow and careless’: courts halt the harbour plan\n\nThe ruling came on Monday. “The council has been "
            "slow and careless with the law,” said Ada Voss, a lawyer for the residents.")
    rows = _rows(text)
    assert rows.query("start < 30")[["kind", "speaker"]].values.tolist() == [["direct", "Ada Voss"]]


def test_a_quoted_name_is_no_echo_of_the_speaker_who_names_it():
    text = ("‘Harbour Green Deal’ details emerge\n\nAda Voss unveiled the plan on Monday. “We will pass the Harbour "
            "Green Deal this year,” Voss said.")
    assert _rows(text).query("start < 30")["speaker"].tolist() == [""]


@pytest.mark.parametrize("crowd", ["was met with chants of", "held signs that read", "chanted phrases such as:"])
def test_a_crowds_chants_and_signs_are_no_speakers_words(crowd):
    text = (f"“We will build the plant,” said Ada Voss, the minister. Outside, protesters {crowd} “No more coal,” "
            "“Keep it in the ground” and “Shame on you.” “We hear them,” Voss said.")
    rows = _rows(text).query("kind != 'indirect'")
    assert rows["speaker"].tolist() == ["Ada Voss", "", "", "", "Ada Voss"]


def test_a_paragraph_after_said_and_a_colon_is_a_block_quotation_of_the_speaker():
    text = ("Volodymyr Zelenskyy spoke in Kyiv on Monday.\n\nSpeaking at a press conference, he said:\n\n"
            "We are ready for peace, but not for a pause that lets Russia regroup.\n\n"
            "The plan includes the following:\n\nA ceasefire along the front line for thirty days.")
    assert _rows(text)[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Volodymyr Zelenskyy", "We are ready for peace, but not for a pause that lets Russia regroup."]]


def test_the_lines_of_a_block_quotation_go_on_until_a_heading_or_a_reporting_verb():
    text = ("Ines Vall met the governors on Monday, officials said.\nSpeaking after the talks, Ines Vall said:\n"
            "We are going to be a key part of the rebuilding effort in the north.\n"
            "It is not a simple thing to rebuild a dam in one winter.\n"
            "Governors praise the plan\nKarl Ebner said the plan was late.")
    rows = _rows(text)
    assert rows.query("kind == 'direct'")[["speaker", "text"]].values.tolist() == [
        ["Ines Vall", "We are going to be a key part of the rebuilding effort in the north."],
        ["Ines Vall", "It is not a simple thing to rebuild a dam in one winter."]]


def test_a_long_block_quotation_goes_on_past_four_lines_while_it_speaks_in_the_first_person():
    lines = ["We are going to be a key part of the rebuilding effort in the north.",
             "The dam is the first thing, and the roads come after it.",
             "Winter is short in the valley, so the work starts in March.",
             "The governors know the numbers as well as anyone does.",
             "I also believe the villages will be dry by the autumn.",
             "Karl Ebner, the mayor of Tal, will visit the site in April."]
    text = "Ines Vall met the governors on Monday.\nSpeaking after the talks, Ines Vall said:\n" + "\n".join(lines)
    assert _rows(text).query("kind == 'direct'")["text"].tolist() == lines[:5]


def test_a_block_line_with_a_few_words_quoted_inside_or_a_lone_closing_mark_is_still_the_speakers():
    text = ("Ines Vall met the governors on Monday.\nIn a post on X, Ines Vall wrote:\n"
            "Our team is working on the dam and the roads of the north.\n"
            "And we know that we do not have time for repairs to “wait” – they must “start”.\n"
            "\nKarl Ebner met her later.\nAsked about the cost, she said:\n"
            "[The plan is] a promise that we will pay for every village we flood”.")
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Ines Vall", "Our team is working on the dam and the roads of the north."],
        ["direct", "Ines Vall", "And we know that we do not have time for repairs to “wait” – they must “start”."],
        ["direct", "Ines Vall", "[The plan is] a promise that we will pay for every village we flood”."]]


def test_a_block_quotation_ends_at_its_lone_closing_mark_or_a_line_that_names_its_speaker():
    text = ("Asked about China, Ines Vall did not answer directly.\nShe said:\n"
            "[The proposal is] a warning that we are serious about our sanctions and will use them”.\n"
            "Ines Vall, with the council president, will attend the summit in Reykjavik next week.\n"
            "\nIn Kyiv, Karl Ebner said:\nWe will train pilots and we will send the planes when they are ready.\n"
            "Ebner later flew to Berlin for talks with the chancellor.\n")
    assert _rows(text)[["speaker", "text"]].values.tolist() == [
        ["Ines Vall", "[The proposal is] a warning that we are serious about our sanctions and will use them”."],
        ["Karl Ebner", "We will train pilots and we will send the planes when they are ready."]]


def test_a_block_quotation_after_a_line_that_lost_its_colon_is_the_speakers():
    text = ("Ines Vall met the governors on Monday, and a reporter asked about the dam. She said\n"
            "We are going to be a key part of the rebuilding effort in the north.\n"
            "I expect that the governors will say the plan is late, and they will be right.\n"
            "Governors praise the plan\nKarl Ebner said the plan was late.")
    assert _rows(text).query("kind == 'direct'")[["speaker", "text"]].values.tolist() == [
        ["Ines Vall", "We are going to be a key part of the rebuilding effort in the north."],
        ["Ines Vall", "I expect that the governors will say the plan is late, and they will be right."]]
    heading = "Talks resumed on Monday.\nWhat the minister said\nThe talks are going well for both sides today."
    assert _rows(heading).query("kind == 'direct'").empty


def test_a_term_quoted_again_and_again_without_a_speaker_is_no_quote():
    text = ("Voters go to the polls on “super Sunday”. The “super Sunday” vote decides the race.\n\n"
            "Analysts expect “a very close result” on “super Sunday”.")
    rows = _rows(text)
    assert rows["text"].tolist() == ["a very close result", "super Sunday"]  # the last is in an attribution
    assert rows["speaker_role"].tolist() == ["Analysts", "Analysts"]  # and lends its speaker to no other


def test_a_term_quoted_once_stays():
    assert _rows("Voters go to the polls on “super Sunday”.")["text"].tolist() == ["super Sunday"]


@pytest.mark.parametrize("sentence", [
    "His promise of “boots on the ground” went further than before.",
    "Europe, in his words, must “step up”.",
    "This, according to Starmer, is “a once in a generation moment”.",
])
def test_an_aside_or_a_possessive_pronoun_names_the_speaker_of_a_fragment(sentence):
    rows = _rows(f"Keir Starmer spoke in London on Monday. {sentence}")
    assert rows.query("kind == 'partial'")["speaker"].tolist() == ["Keir Starmer"]


def test_a_possessive_pronoun_without_a_noun_of_speech_names_no_one():
    rows = _rows("Keir Starmer spoke in London on Monday. His car was “very fast”.")
    assert rows.query("kind == 'partial'")["speaker"].tolist() == [""]


@pytest.mark.parametrize(("sentence", "report"), [
    ("Senator Mark Kelly openly admires the governor as a “strong leader”.", "the governor as a “strong leader”"),
    ("Senator Mark Kelly painted his rival as an out-of-touch rich man.", "his rival as an out-of-touch rich man"),
    ("Senator Mark Kelly framed the bill as “a tax hike on families”.", "the bill as “a tax hike on families”"),
])
def test_verbs_of_portrayal_report_what_they_cast_x_as(sentence, report):
    assert _speaker_of(sentence, report, "indirect") == "Mark Kelly"


def test_a_painter_reports_nothing():
    assert _rows("The artist painted the walls blue.").empty


@pytest.mark.parametrize(("sentence", "report"), [
    ("Dmitry Peskov would not say whether the president would attend.", "whether the president would attend"),
    ("Attorney General Eric Schneiderman isn’t saying if the foundation broke any laws.",
     "if the foundation broke any laws"),
    ("Dmitry Peskov could not explain why the talks had failed.", "why the talks had failed"),
])
def test_what_a_speaker_would_not_say_is_an_indirect_question(sentence, report):
    rows = _rows(sentence)
    assert rows[["kind", "text"]].values.tolist() == [["indirect", report]]
    assert rows.iloc[0]["speaker"] in ("Dmitry Peskov", "Eric Schneiderman")


def test_a_described_speaker_is_the_person_the_text_is_about_not_the_topic_after_says_of():
    text = ("Donald Trump attacked Hillary Clinton on Monday. The New York businessman says of Clinton, “If she "
            "gets the chance, she will sell the Oval Office.”")
    assert _rows(text)["speaker"].tolist() == ["Donald Trump"]


def test_the_reporting_verb_before_a_title_is_no_part_of_the_title():
    rows = actors.of_text("“We will win,” said Secretary of State Antony Blinken.", actors.load())
    assert [(r["actor"], r["role"]) for r in rows] == [("Antony Blinken", "Secretary of State")]


@pytest.mark.parametrize(("text", "speaker", "role", "clause"), [
    ("Adrian Lane said the attack, which began on Thursday, had been detected within forty minutes.", "Adrian Lane",
     "", "the attack, which began on Thursday, had been detected within forty minutes"),
    ("Daniela Rossmann told analysts she was confident the deal would clear regulators.", "Daniela Rossmann", "",
     "she was confident the deal would clear regulators"),
    ("John Strelec was cited by the newspaper Glasnik as saying that farmers had not been consulted.",
     "John Strelec", "", "farmers had not been consulted"),
    ("PORT ELVAN - The government insisted on Monday that no data had been stolen.", "", "The government",
     "no data had been stolen"),
])
def test_reported_clauses_of_wire_copy(text, speaker, role, clause):
    rows = _rows(text)
    assert rows[["kind", "speaker", "speaker_role", "text"]].values.tolist() == [["indirect", speaker, role, clause]]


def test_a_shout_is_speech_and_shouts_of_protest_are_not():
    rows = _rows("Shouts of protest filled the hall. A government backbencher shouted “Rubbish!” and sat down.")
    assert rows[["kind", "speaker_role", "cue", "text"]].values.tolist() == [
        ["partial", "A government backbencher", "shouted", "Rubbish!"]]


def test_a_company_named_in_full_once_speaks_by_its_first_word_alone():
    rows = _rows("Tessaline Energy (TSL.O) cut its forecast on Tuesday. Chief Executive Helena Sturmark was "
                 "asked whether she would resign. Tessaline said demand was weak. “No,” she said.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Tessaline Energy"],
                                                          ["direct", "Helena Sturmark"]]


def test_a_place_that_names_a_company_is_not_the_company():
    rows = _rows("Ashcombe Homes plans 64 houses. Plot holders in Ashcombe say they will fight the plan.")
    assert rows["speaker"].tolist() != ["Ashcombe Homes"]


def test_a_document_speaks_for_the_author_named_when_it_was_introduced():
    rows = _rows("The review, written for the council by Harrowgate Consulting last spring, proposes closing two "
                 "depots. The review calls the depots “surplus to need”. Harrowgate’s review describes drivers as "
                 "“fleet assets”. A study by researchers at Dunmore University found no link.")
    partial = rows[rows["kind"] == "partial"]
    assert partial["speaker"].tolist() == ["Harrowgate Consulting", "Harrowgate Consulting"]


def test_a_document_without_a_named_author_keeps_its_description():
    rows = _rows("The review proposes closing two depots. The review calls the depots “surplus to need”.")
    partial = rows[rows["kind"] == "partial"]
    assert partial[["speaker", "speaker_role"]].values.tolist() == [["", "The review"]]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("Minister of Economy and Finance Dilfuza Rashidovna Karimbekova said that costs fell on Monday.",
     "Dilfuza Rashidovna Karimbekova", "Minister of Economy and Finance"),
    ("Minister of Finance Anna Lindqvist said that costs fell on Monday.", "Anna Lindqvist", "Minister of Finance"),
    ("Minister of Agrarian Policy and Food of Brastova Halyna Desnevych said that costs fell on Monday.",
     "Halyna Desnevych", "Minister of Agrarian Policy and Food of Brastova"),
    ("Minister of Trade and Industry of the Republic of Ostrava Ilona Varga said that costs fell on Monday.",
     "Ilona Varga", "Minister of Trade and Industry of the Republic of Ostrava"),
    ("Director of Public Prosecutions Maxwell Hurst said that costs fell on Monday.", "Maxwell Hurst",
     "Director of Public Prosecutions"),
    ("Mr Pell and Mr Dunmore said that costs fell on Monday.", "Dunmore", "Mr"),
])
def test_the_words_of_an_office_before_a_name_are_its_title(sentence, speaker, role):
    rows = _rows(sentence)
    assert rows[["speaker", "speaker_role"]].values.tolist()[-1:] == [[speaker, role]]


def test_an_occupation_before_a_name_after_the_verb_is_a_title():
    rows = _rows("“I have laid track for thirty years,” said track foreman Otabek Rahimov.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["Otabek Rahimov", "track foreman"]]


def test_a_live_blog_entry_time_does_not_hide_the_subject_of_a_participle():
    rows = _rows("16:05 — Sen. Harriet Vollmer claimed that cuts had left the coast exposed.\n\n"
                 "15:50 — A spokesperson for the Emergencies Ministry rejected Vollmer's claim, saying funding had "
                 "risen in each of the past three years.")
    assert rows["speaker"].tolist() == ["Harriet Vollmer", "Emergencies Ministry"]


def test_she_is_the_person_a_description_before_was_equated_with():
    rows = _rows("Judge Marisol Quintanar-Reyes said that recorded calls could be played.\n\n"
                 "The final witness of the day was Mrs. Dolores Yancey. She told the court that the commissioner "
                 "was paid every Friday.")
    assert rows["speaker"].tolist() == ["Marisol Quintanar-Reyes", "Dolores Yancey"]


def test_boasting_an_object_reports_nothing_and_a_comma_inside_a_figure_ends_no_clause():
    rows = _rows("Reporters visited a shelter with room for 6,000 people in Helsinki boasting a sport court, a play "
                 "park and a food court. The mayor boasted the shelter could hold 6,000 people.")
    assert rows[["speaker_role", "text"]].values.tolist() == [["The mayor", "the shelter could hold 6,000 people"]]


def test_a_party_member_described_by_a_state_is_the_subject_named_before():
    rows = _rows("Sen. Tommy Tuberville was blunt about his position on more aid. “We’re out of money,” the Alabama "
                 "Republican said.")
    assert rows[["speaker", "text"]].values.tolist() == [["Tommy Tuberville", "We’re out of money"]]


def test_a_sentence_quoted_right_after_a_verb_of_speech_is_a_direct_quote():
    rows = _rows("The Swedish brochure says ‘If Sweden is attacked, we will never surrender.’ Officials met Mr. "
                 "Obama talking about “Collapse: How Societies Choose to Fail,” a best seller.")
    assert rows[["kind", "speaker_role"]].values.tolist()[0] == ["direct", "The Swedish brochure"]
    assert "Obama" not in rows["speaker"].tolist()


def test_a_name_after_the_noun_of_a_body_is_that_body_and_its_member_speaks():
    rows = _rows("Olesya Grinkevich of the ecological group Chistaya Reka told reporters that tests had found "
                 "ammonia in the river. Spending on ads rose sharply in May, according to the media tracking firm "
                 "AdImpact.")
    assert rows[["speaker", "speaker_type"]].values.tolist() == [["Olesya Grinkevich", "person"],
                                                                  ["AdImpact", "organization"]]


def test_a_body_named_in_an_apposition_after_a_described_source_speaks():
    rows = _rows("The plant’s owner, the holding company Severnye Udobreniya, said it would pay compensation to "
                 "each family.")
    assert rows[["speaker", "speaker_type"]].values.tolist() == [["Severnye Udobreniya", "organization"]]


def test_rating_something_as_a_label_is_a_description_of_it():
    rows = _rows("PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of "
                 "Democratic claims. Biden has an approval rating of 40 percent in the latest poll of likely voters.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "PolitiFact"], ["partial", "PolitiFact"],
                                                          ["partial", "PolitiFact"]]


@pytest.mark.parametrize(("text", "fragment", "kind"), [
    ("“Dead on arrival” was how Anton Kral described the offer.", "Dead on arrival", "direct"),
    ("Anton Kral read the draft twice. “A quiet surrender” is how he described it.", "A quiet surrender", "direct"),
])
def test_the_one_named_after_was_how_said_the_quotation(text, fragment, kind):
    assert _speaker_of(text, fragment, kind) == "Anton Kral"


def test_a_fragment_in_a_sentence_naming_no_one_is_the_words_of_the_person_the_sentence_before_is_about():
    text = "Foreign Minister Anton Kral met his counterpart on Monday. He was blunt. The offer was “dead on arrival.”"
    assert _speaker_of(text, "dead on arrival") == "Anton Kral"


@pytest.mark.parametrize("text", [
    "Derek Lanning pleaded guilty. The scheme relied on a practice known in the industry as “upcoding.”",
    "Derek Lanning pleaded guilty. The scheme was part of the so-called “billing pilot.”",
])
def test_a_term_the_copy_names_stays_unattributed(text):
    rows = _rows(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == [""]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Viktor Danek denied the charges. “My client signed what he was asked to sign,” said Mr Danek’s lawyer, "
     "Tomas Brezina-Holt.", "Tomas Brezina-Holt", None),
    ("Viktor Danek denied the charges. “My client signed what he was asked to sign,” said Mr Danek’s lawyer.",
     "", "Mr Danek’s lawyer"),
])
def test_the_owner_of_a_description_after_the_verb_is_not_the_speaker(text, speaker, role):
    rows = _rows(text)
    direct = rows[rows["kind"] == "direct"].iloc[0]
    assert direct["speaker"] == speaker
    assert role is None or direct["speaker_role"] == role


@pytest.mark.parametrize(("text", "speaker", "clause"), [
    ("Russia launched one of its largest attacks of the war on the power grid overnight, Ukrainian officials said "
     "Tuesday.", "", "Russia launched one of its largest attacks of the war on the power grid overnight"),
    ("MAREVSK, Kestria (GPN) — The talks will resume next week, Anja Kirsch said Tuesday night.", "Anja Kirsch",
     "The talks will resume next week"),
    ("Iryna Hlibko, who chairs a support group, said at least 60 local men were still held.", "Iryna Hlibko",
     "at least 60 local men were still held"),
    ("State grid operator Kestenergo said emergency blackouts would be needed in the capital.", "Kestenergo",
     "emergency blackouts would be needed in the capital"),
    ("The Citadel, the presidential office, said the plan had many reasonable elements.", "Citadel",
     "the plan had many reasonable elements"),
])
def test_wire_forms_of_reported_speech(text, speaker, clause):
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", speaker, clause]]


def test_it_after_a_fragment_is_the_body_named_by_its_function_that_opened_the_sentence_before():
    text = ("Kestria’s air force shot down 38 of the 45 drones overnight. The remaining seven were “locationally "
            "lost”, it said.")
    rows = _rows(text)
    assert rows[["kind", "speaker_role"]].values.tolist() == [["indirect", "Kestria’s air force"],
                                                              ["partial", "Kestria’s air force"]]


def test_the_source_named_after_in_the_words_of_said_the_quotation():
    text = ("A settlement on good faith alone will, in the words of one Lysgaard delegate, “last exactly as long as "
            "the other side needs to rearm”.")
    rows = _rows(text)
    assert rows[["kind", "speaker_role"]].values.tolist() == [["partial", "one Lysgaard delegate"]]


@pytest.mark.parametrize(("text", "clause"), [
    ("Sigrun Holm spoke first. She cautioned, though, that nothing was agreed until the buses were moving.",
     "nothing was agreed until the buses were moving"),
    ("Henrike Baumstal told reporters in the capital, Korsbad, that the first deliveries would arrive in May.",
     "the first deliveries would arrive in May"),
    ("Ministers of the Varnese bloc said on Tuesday, after a long meeting in Orsa, that the levies would stay.",
     "the levies would stay"),
    ("Mayor Ivo Brandt spoke. He continues to insist, most recently in an interview with Radio Kolm, that the "
     "bridge is safe.", "the bridge is safe"),
    ("Councillor Ada Voss told reporters, speaking after the vote, that the budget had passed.",
     "the budget had passed"),
])
def test_an_aside_between_the_verb_and_that(text, clause):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"]["text"].tolist()[-1] == clause


def test_a_told_clause_does_not_reach_across_another_verbs_that():
    text = "Rep. Bobby Scott spoke. He told the group, adding that the phrase misleads voters."
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == ["the phrase misleads voters"]


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Kestrian president, Ivo Danek, on Monday lauded “steady and generous” aid from Pallas, and said he was pleased "
     "with the talks, the Nordpress agency reports.", "steady and generous", "Ivo Danek"),
    ("Mayor Lena Orsk said Councillor Piet Varn had called the budget “a shambles” on Friday.", "a shambles",
     "Piet Varn"),
])
def test_a_fragment_after_a_verb_inside_reported_speech_is_its_subjects(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker


def test_a_fragment_in_reported_speech_without_a_verb_of_its_own_is_the_reporters_source():
    text = "Mayor Lena Orsk said the budget was “a shambles” and would be rewritten."
    assert _speaker_of(text, "a shambles") == "Lena Orsk"


@pytest.mark.parametrize("verb", ["echoing warnings from Kyiv that", "repeating Kyiv's claim that"])
def test_words_of_speech_that_name_their_own_source_report_for_it_not_for_the_verb_before(verb):
    rows = _rows(f"Foreign Minister Kaja Kallas spoke on Monday, {verb} the plan would amount to capitulation.")
    rows = rows[rows["text"] == "the plan would amount to capitulation"]
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Kyiv"]]


def test_a_verb_and_its_object_before_a_comma_are_no_attribution_set_off_in_the_sentence():
    rows = _rows("Senator Ada Voss spoke on Monday. As drafted, the bill says nothing of the kind, and I cannot "
                 "support it.")
    assert not rows["text"].str.startswith("As drafted").any(), rows


@pytest.mark.parametrize("act", ["would not accept", "will never recognise", "must reject"])
def test_a_fragment_after_an_act_foretold_in_reported_speech_is_the_reporters_source(act):
    text = f"Mayor Lena Orsk said on Monday that Ukraine {act} a “frozen conflict” on its border."
    assert _speaker_of(text, "frozen conflict") == "Lena Orsk"


def test_a_plural_noun_of_speech_after_a_possessive_is_no_verb():
    rows = _rows("Tova Brink spoke on Monday. The minister’s comments came hours after Ivo Danek said that he held "
                 "a “long and useful call” with Premier Ada Voss, adding that the two agreed to meet.")
    assert rows[["kind", "speaker", "cue"]].values.tolist() == [["indirect", "Ivo Danek", "said"],
                                                                ["partial", "Ivo Danek", "said"],
                                                                ["indirect", "Ivo Danek", "adding"]]


def test_a_description_after_a_lead_in_speaks_not_the_person_named_in_it():
    rows = _rows("Kestrian President Ivo Danek has long doubted the pact. In a post after a meeting with Nato "
                 "Secretary General Piet Varn, the Kestrian President said: “The pact failed us.”")
    assert rows[["kind", "speaker"]].values.tolist() == [["direct", "Ivo Danek"]]


@pytest.mark.parametrize(("text", "role"), [
    ("Some councillors who attended the hearing said they remained unmoved by Ivo Danek's plea.",
     "Some councillors who attended the hearing"),
    ("Several of the engineers who reviewed the Nordpress study said the bridge was sound.",
     "Several of the engineers who reviewed the Nordpress study"),
    ("Another senator who met Ivo Danek said the talks went well.", "Another senator who met Ivo Danek"),
])
def test_a_described_subject_with_a_relative_clause_speaks_not_a_name_inside_it(text, role):
    """The defining clause is part of the description: it says which councillors spoke."""
    rows = _rows(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist()[:1] == [["indirect", "", role]]


@pytest.mark.parametrize(("text", "role"), [
    ("The intelligence shows Kestrian officials believe the army has suffered heavy losses.", "Kestrian officials"),
    ("A new poll shows most voters think the levy is unfair.", "most voters"),
    ("The survey found many residents believe the harbour plan will fail.", "many residents"),
])
def test_a_group_a_finding_shows_holding_a_view_is_described_without_the_finding(text, role):
    assert _rows(text)[["kind", "speaker_role"]].values.tolist() == [["indirect", role]]


@pytest.mark.parametrize("text", [
    "Most of the 10 Kestrian candidates who appeared on stage Wednesday have released harbour plans that call for "
    "reversing Ivo Danek's sweeping port rollbacks.",
    "Many experts who have seriously examined claims linking the harbour to violent floods have found little "
    "evidence to support them.",
])
def test_a_relative_clause_that_may_run_into_the_main_clause_stays_out_of_the_description(text):
    roles = _rows(text)["speaker_role"].tolist()  # "examined claims linking ...": a noun, which reports nothing
    assert (roles or "examined claims" in text) and not any(" who " in role for role in roles)


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Kestria is weighing new tariffs, according to a Pentagon memo seen by Reuters.", "Pentagon", "government"),
    ("The city is on track to meet its target, according to new modelling that Mayor Lena Orsk will use to defend "
     "her budget.", "", "new modelling"),
    ("Most voters back the plan, according to a Washington Post-ABC News poll.", "The Washington Post",
     "news outlet (United States)"),
])
def test_according_to_a_document_someone_saw_or_uses_is_the_documents(text, speaker, role):
    rows = _rows(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_a_thing_before_a_verb_inside_reported_speech_does_not_take_the_fragment():
    text = ("After the meeting, Ivo Danek described the talks as “frank” and thanked Speaker Lena Orsk “for her "
            "patience and her leadership.”")
    assert _speaker_of(text, "for her patience and her leadership") == "Ivo Danek"


def test_an_acronym_written_as_a_word_is_the_organization():
    rows = _rows("Members spent more last year. This accounted for 60% of all spending on defence, Nato said.")
    assert rows[["speaker", "speaker_type"]].values.tolist() == [["NATO", "organization"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The KFA's own analysis shows that the rule would cost jobs in the north.", "KFA"),
    ("Senator Ada Voss's latest report found that the fund had lost money.", "Ada Voss"),
    ("Demand for gas will peak in 2030, according to an analysis by KGX published on Monday.", "KGX"),
    ("Demand for gas will peak in 2030, according to the KFA.", "KFA"),
])
def test_a_text_a_body_owns_or_wrote_reports_for_it(text, speaker):
    assert _rows(text)["speaker"].tolist() == [speaker]


def test_an_acronym_before_a_title_and_name_leaves_the_source_to_the_person():
    rows = _rows("The fire started at 8 p.m., according to KFD Commissioner Ivo Danek.")
    assert rows["speaker"].tolist() == ["Ivo Danek"]


@pytest.mark.parametrize("text", ["Kestria agreed to cut output, a move NATO welcomed.",
                                  "Drones hit the power line, an accusation Moscow denied."])
def test_a_clause_a_body_reacted_to_is_not_its_report(text):
    assert _rows(text).empty


def test_a_body_described_with_a_possessive_and_its_function_speaks():
    rows = _rows("Kestria’s natural gas pipeline operator said it had stopped the flow of gas through the station.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "Kestria’s natural gas pipeline operator"]]


def test_a_trailing_attribution_to_a_named_persons_aide_keeps_the_aide():
    rows = _rows("Kestria has no plans to send jets to the front, the small country’s premier Ada Voss’s spokesperson "
                 "said on Monday.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [
        ["", "the small country’s premier Ada Voss’s spokesperson"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Senator Ada Voss met the envoys. But, Voss later said, hopes for a deal remain slim without concessions.",
     "Ada Voss"),
    ("Premier Ivo Danek spoke. Western support, Danek said during a news conference on Tuesday, is crucial to the "
     "war effort.", "Ivo Danek"),
])
def test_an_attribution_set_off_inside_the_sentence_reports_it(text, speaker):
    rows = _rows(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", speaker]]


def test_a_participle_set_off_in_an_apposition_is_no_attribution():
    rows = _rows("Lena Orsk, a former head of policy planning at the foreign ministry, warned that no parliament "
                 "would sign away its right to decide on war.")
    assert rows[["speaker", "cue"]].values.tolist() == [["Lena Orsk", "warned"]]


def test_news_agencies_and_state_media_are_unnamed_bodies():
    rows = _rows("Three people were killed in the blast, state media said. Passports were handed out on Saturday, news "
                 "agencies reported.")
    assert rows["speaker_role"].tolist() == ["state media", "news agencies"]


@pytest.mark.parametrize(("text", "speaker", "clause"), [
    ("Senator Tova Brink spoke on Monday. “The day that deal was broken was the day this became personal,” she "
     "said, adding she would never vote for the pact.", "Tova Brink", "she would never vote for the pact"),
    ("“We are ready,” Ivo Danek told reporters on Friday, adding the talks would resume next week.", "Ivo Danek",
     "the talks would resume next week"),
    ("Mayor Lena Orsk is defending her late-night posts mocking Councillor Piet Varn, saying they show she works "
     "around the clock.", "Lena Orsk", "they show she works around the clock"),
    ("President Ivo Danek met Premier Ada Voss, saying the two leaders had agreed on the budget.", "Ivo Danek",
     "the two leaders had agreed on the budget"),
])
def test_a_participle_after_a_comma_goes_on_with_the_sentences_subject(text, speaker, clause):
    """Not with the name that ends right before the comma: the participle's subject is the main clause's."""
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"][["speaker", "text"]].values.tolist() == [[speaker, clause]]


def test_a_participle_after_a_reported_clause_keeps_the_reporter():
    rows = _rows("Ivo Danek said the Kremlin had answered Premier Ada Voss, saying it was open to talks.")
    assert rows[rows["kind"] == "indirect"]["speaker"].tolist() == ["Ivo Danek", "Ivo Danek"]


def test_a_thanked_object_with_a_relative_of_whom_is_no_report():
    rows = _rows("“You trusted me again,” Mayor Lena Orsk said, thanking the council staff and the volunteers, "
                 "some of whom had worked since nine.")
    assert rows["kind"].tolist() == ["direct"]


@pytest.mark.parametrize(("text", "speaker", "clause"), [
    ("Mayor Ines Vall met Karl Ebner, who in 2019 said the bridge would never be built.", "Karl Ebner",
     "the bridge would never be built"),
    ("The board thanked Karl Ebner, who on Monday had warned that the fund was running dry, and adjourned.",
     "Karl Ebner", "the fund was running dry"),
    ("Mayor Ines Vall told reporters this weekend she would back the new dam.", "Ines Vall",
     "she would back the new dam"),
])
def test_a_phrase_of_time_does_not_part_a_reporting_verb_from_its_speaker_or_its_clause(text, speaker, clause):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"][["speaker", "text"]].values.tolist() == [[speaker, clause]]


def test_a_clause_that_opens_with_a_quoted_fragment_is_reported_speech_with_the_fragment_in_it():
    rows = _rows("Mayor Ines Vall said “budget reforms” and a new toll would pay for the bridge. "
                 "Karl Ebner said “We will not pay.”")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ines Vall", "“budget reforms” and a new toll would pay for the bridge"],
        ["partial", "Ines Vall", "budget reforms"],
        ["direct", "Karl Ebner", "We will not pay."]]


def test_a_number_word_opening_a_sentence_is_no_speaker():
    rows = _rows("Twelve states sued the agency on Friday. Seven regions said they would join.")
    assert rows[rows["speaker"] != ""]["speaker"].tolist() == []


def test_the_official_is_the_unnamed_official_described_before_not_a_minister_named_since():
    rows = _rows("A senior official said talks would resume. Foreign Minister Anja Kirsch arrived later. "
                 "The official said the two sides were close. “We are far apart,” an aide said. Minister "
                 "Tomas Berg left. “We are closer,” the aide said.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [
        ["", "A senior official"], ["", "A senior official"], ["", "an aide"], ["", "an aide"]]


def test_a_described_subject_with_of_a_place_governs_a_verb_after_and():
    """Not a description cut at "and" from the object before it ("the President of the Republic of X and")."""
    rows = _rows("The Ambassador of Tesmara conveyed greetings from the President of the Republic of Tesmara and "
                 "stated that his country stands ready to host talks “at any level”.")
    assert rows[["kind", "speaker_role"]].values.tolist() == [
        ["indirect", "The Ambassador of Tesmara"], ["partial", "The Ambassador of Tesmara"]]


def test_a_peoples_adjective_is_no_person():
    found = actors.of_text("The Lendrian General Staff said Ostravian forces had shelled 23 settlements. "
                           "Ostravia denied it.", [])
    assert "Ostravian" not in {row["actor"] for row in found}


def test_put_it_reports_no_clause_without_a_verb():
    rows = _rows("Gudrun Ek-Halvorsen put it well in a radio interview on Sunday. She had put it better before.")
    assert rows.empty, rows


def test_a_second_reporting_verb_after_before_or_while_is_a_report_of_its_own():
    rows = _rows("Anja Kirsch said the talks had failed before pointing out that the ceasefire still held. "
                 "Pavel Orlovsky said the army was regrouping after losing the town.")
    assert rows[["speaker", "cue", "text"]].values.tolist() == [
        ["Anja Kirsch", "said", "the talks had failed"], ["Anja Kirsch", "pointing out", "the ceasefire still held"],
        ["Pavel Orlovsky", "said", "the army was regrouping after losing the town"]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("The figures led Anja Kirsch to warn that the talks were doomed.", "Anja Kirsch", ""),
    ("The storm led the city council to declare that schools would close.", "", "the city council"),
])
def test_the_object_of_a_verb_of_causing_speaks_the_reporting_verb_after_to(text, speaker, role):
    rows = _rows(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_a_named_owners_study_speaks_for_its_owner():
    rows = _rows("TNO's analysis of the machine gun fire showed that the “only reasonable match” was a heavy "
                 "calibre weapon.")
    assert rows[["kind", "speaker_role"]].values.tolist() == [["indirect", "TNO"], ["partial", "TNO"]]


def test_the_official_is_the_official_brought_in_before_even_when_that_one_has_not_spoken_yet():
    rows = _rows("Foreign Minister Anja Kirsch spoke on Friday. A Castellanian official involved in the talks was "
                 "more upbeat. “They are arguing about commas now,” the official said.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "A Castellanian official"]]


def test_a_plural_noun_before_a_verb_is_its_subject_not_a_reporting_verb():
    rows = _rows("Voters in swing states say the economy matters most. Anja Kirsch claims the talks failed.")
    assert rows[["speaker", "speaker_role", "cue"]].values.tolist() == [
        ["", "Voters in swing states", "say"], ["Anja Kirsch", "", "claims"]]


def test_a_share_of_those_polled_is_an_unnamed_source():
    rows = _rows("Moscow denied it. Fifty percent say they are “very concerned” about nuclear weapons. About 40 "
                 "percent of Americans say the war is going badly.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [
        ["", "Fifty percent"], ["", "Fifty percent"], ["", "About 40 percent of Americans"]]


def test_a_subordinate_clause_before_a_parenthetical_attribution_reports_the_whole_sentence():
    rows = _rows("Ivo Danek spoke. Though that change was seamless, he said, replacing the mayor would be much harder "
                 "and could lead to a long fight.")
    assert rows[["speaker", "text"]].values.tolist() == [
        ["Ivo Danek", "Though that change was seamless, he said, replacing the mayor would be much harder and could "
                      "lead to a long fight"]]



@pytest.mark.parametrize(("text", "clause"), [
    ("The agency said the plant, which troops have held since May, lost its last power line for four hours.",
     "the plant, which troops have held since May, lost its last power line for four hours"),
    ("Minister Anja Kirsch said last month that any foreign troops would be a target.",
     "any foreign troops would be a target"),
])
def test_a_relative_clause_or_a_time_inside_a_report_does_not_end_it(text, clause):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == [clause]


@pytest.mark.parametrize(("text", "role"), [
    ("BRISKHAVEN, Oct 8 (Meridian Newswire) - Tessaline Energy (TSL.BR) cut its revenue forecast on Wednesday and "
     "said its battery plant would open six months late.", "Tessaline Energy"),
    ("The Ministry cut its growth forecast and said exports would slow.", "The Ministry"),
])
def test_a_body_the_kit_does_not_know_that_opens_the_sentence_speaks_a_verb_after_and(text, role):
    rows = _rows(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", role]]


def test_a_reporting_form_after_a_determiner_and_a_noun_is_a_noun():
    rows = _rows("The Ministry cut its growth forecast and said exports would slow.")
    assert rows["cue"].tolist() == ["said"]


def test_a_source_after_which_is_the_source_without_the_pronoun():
    rows = _rows("The council met to discuss the fire, which state media claimed had been set on purpose.")
    assert rows[["speaker_role", "text"]].values.tolist() == [["state media", "had been set on purpose"]]


def test_a_clause_before_a_comma_ends_where_a_new_subject_reports():
    rows = _rows("President Ada Vall met envoys. Turning to the guarantees which some states intend to offer to the "
                 "regime, the President pointed out that they are “a plan to station troops on our borders”.")
    assert rows[rows["kind"] == "indirect"][["speaker", "text"]].values.tolist() == [
        ["", "to offer to the regime"], ["Ada Vall", "they are “a plan to station troops on our borders”"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Franklin Oduya leads the opposition. Mr. Oduya has taken to describing the plan's critics as “nostalgists”.",
     "Franklin Oduya"),
    ("Mayor Anja Kirsch began to warn that the budget would fail.", "Anja Kirsch"),
])
def test_a_verb_of_beginning_before_to_keeps_its_subject_as_the_speaker(text, speaker):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"]["speaker"].tolist() == [speaker]


def test_a_company_named_with_a_trade_word_is_an_organization_that_the_company_stands_for():
    rows = _rows("Northvale Oil said in a statement that it had replaced the filters. The company added that it "
                 "“fully accepts” the failings.")
    assert rows[["speaker", "speaker_type"]].drop_duplicates().values.tolist() == [["Northvale Oil", "organization"]]


@pytest.mark.parametrize(("text", "speaker", "clause"), [
    ("Mayor Anja Kirsch posted a series of videos on Sunday warning that the dam could fail.", "Anja Kirsch",
     "the dam could fail"),
    ("Mayor Anja Kirsch issued a statement saying that the bridge would reopen in May.", "Anja Kirsch",
     "the bridge would reopen in May"),
])
def test_a_participle_after_a_document_is_said_by_who_put_the_document_out(text, speaker, clause):
    rows = _rows(text)
    assert rows[["speaker", "text"]].values.tolist() == [[speaker, clause]]


@pytest.mark.parametrize("text", [
    "The culture secretary, Gavin Oduya-Marsh, has so far said only that he would 'review every application'.",
    "Gavin Oduya-Marsh has thus far said that he would 'review every application'.",
    "Gavin Oduya-Marsh has since said simply that he would 'review every application'."])
def test_adverbs_between_subject_verb_and_that_leave_the_speaker_and_the_clause(text):
    rows = _rows(text)
    assert _speaker_of(text, "review every application") == "Gavin Oduya-Marsh"
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == ["he would 'review every application'"]


@pytest.mark.parametrize("text, speaker, cue", [
    ('The green group Sealine went after both governments as "pirates with flags".', "Sealine", "went after"),
    ('In recent weeks, Maria Osei has gone after the mayor as "pirates with flags".', "Maria Osei", "gone after"),
    ('Maria Osei attacked the plan as "pirates with flags".', "Maria Osei", "attacked")])
def test_going_after_and_attacking_someone_as_something_give_the_fragment_its_speaker(text, speaker, cue):
    rows = _rows(text)
    rows = rows[(rows["kind"] == "partial") & (rows["text"] == "pirates with flags")]
    assert rows[["speaker", "cue"]].values.tolist() == [[speaker, cue]]


@pytest.mark.parametrize("setting", ["in a conversation with a VNA correspondent", "at a meeting with farmers",
                                     "in a discussion with the mayor"])
def test_the_one_spoken_with_in_a_conversation_or_meeting_is_no_speaker(setting):
    text = f"The ambassador, Jean Okonkwo, {setting} described the launch as “an achievement”."
    assert _speaker_of(text, "an achievement") == "Jean Okonkwo"


def test_an_age_set_off_by_an_apposition_is_the_person_last_named():
    text = ("Dr. Lina Aas, the fisheries commissioner, spoke on Monday. The 52-year-old, a former marine biologist, "
            "said her government was preparing \"every lawful measure\".")
    assert _speaker_of(text, "every lawful measure") == "Lina Aas"


@pytest.mark.parametrize("text, cue, content", [
    ("Officials warned residents to stay indoors.", "warned", "residents to stay indoors"),
    ("Doctors advised the public to avoid the area.", "advised", "the public to avoid the area"),
    ("The minister is confident that the deal will hold.", "is confident", "the deal will hold"),
    ("Many voters are afraid that the plant will close.", "are afraid", "the plant will close"),
    ("The union remains convinced the strike will work.", "remains convinced", "the strike will work")])
def test_warnings_to_act_and_states_of_mind_with_a_clause_are_reported(text, cue, content):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"][["cue", "text"]].values.tolist() == [[cue, content]]


@pytest.mark.parametrize("text", ["He is sure to win the seat.", "She was concerned about the cost of the plan."])
def test_a_state_of_mind_without_a_clause_reports_nothing(text):
    assert _rows(text).empty


@pytest.mark.parametrize("subject", ["The city of Harlow", "The State of Varna", "The municipality of Orsk"])
def test_a_city_state_or_county_speaks_as_a_body(subject):
    rows = _rows(f"{subject} argued that the rule was unlawful.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [["indirect", subject, "the rule was unlawful"]]


LEAD = ("Ex-minister tells court the case is a witch hunt\n\nBy Mira Sand\nCourt correspondent, City News\n\n"
        "A former deputy defence minister has told a court that the case against him is built on “lies”.\n\n"
        "{next} was in charge of military procurement from 2021 to 2023.")


@pytest.mark.parametrize("following, speaker", [("Viktor H. Danek, 54,", "Viktor H. Danek"),
                                                ("Mr Viktor H. Danek", ""),
                                                ("Viktor H. Danek, the minister, said he", "")])
def test_a_lead_source_of_an_unnamed_kind_takes_a_name_only_brought_in_right_after_with_an_age(following, speaker):
    assert _speaker_of(LEAD.format(next=following), "lies") == speaker


@pytest.mark.parametrize("headline, speaker, content", [
    ("Trump Could Address Clean Energy, Lindsey Graham Says", "Lindsey Graham", "Trump Could Address Clean Energy"),
    ("Mayor Ruth Oyelaran Warns Voters Not to Stay Home", "Ruth Oyelaran", "Voters Not to Stay Home")])
def test_a_title_case_headline_reports_its_claim(headline, speaker, content):
    rows = _rows(f"{headline}\n\nWASHINGTON — {speaker} spoke in Ohio on Monday, at the second of three rallies.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", speaker, content]]


@pytest.mark.parametrize("aside", ["however", "meanwhile", "though", "for her part"])
def test_an_aside_between_a_named_speaker_and_the_verb_keeps_the_speaker(aside):
    rows = _rows(f"Maria Osei, {aside}, said the plan had failed.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Maria Osei", "the plan had failed"]]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("A council spokesperson said after the meeting that a transfer remained possible.", "A council spokesperson",
     "a transfer remained possible"),
    ("Sir Malcolm Eddery-Nwosu chaired the panel. Sir Malcolm said this did not invalidate the results.",
     "Malcolm Eddery-Nwosu", "this did not invalidate the results"),
    ("Ignatius Moreau-Achebe was an engineer. He later conceded, in his memoir, that the board had been right.",
     "Ignatius Moreau-Achebe", "the board had been right"),
    ("The family has asked that, instead of flowers, donations be made to the Sea Rescue Trust.", "The family",
     "instead of flowers, donations be made to the Sea Rescue Trust"),
    ("According to the prosecution, the fraud came to light when a junior analyst, Nadia Oduya, noticed the gap.",
     "the prosecution", "the fraud came to light when a junior analyst, Nadia Oduya, noticed the gap"),
    ("According to people familiar with the talks, Altamira raised its offer twice.",
     "people familiar with the talks", "Altamira raised its offer twice"),
])
def test_a_reported_clause_after_a_phrase_or_an_aside_and_the_source_of_according_to(text, speaker, content):
    rows = quotes.of_text(text)
    assert [(r.speaker or r.speaker_role, r.text) for r in rows.itertuples()] == [(speaker, content)]


def test_a_comma_inside_quotation_marks_does_not_end_a_reported_clause():
    text = ("Finance chief Mattias Greer-Adeyemi said the price was \"at the top of our range, but inside it\", and "
            "that the purchase would not affect the dividend.")
    indirect = quotes.of_text(text).query("kind == 'indirect'")
    assert indirect["text"].tolist() == ["the price was \"at the top of our range, but inside it\", and that the "
                                         "purchase would not affect the dividend"]


@pytest.mark.parametrize(("text", "content"), [
    ("Donald Trump spoke in Ohio. Trump complained about his microphone, even suggesting he may have been "
     "sabotaged.", "he may have been sabotaged"),
    ("Donald Trump spoke in Ohio. Trump charges that donors to the foundation stood to benefit from the deal.",
     "donors to the foundation stood to benefit from the deal"),
])
def test_a_participle_after_an_adverb_and_charges_that_report_a_clause(text, content):
    rows = quotes.of_text(text)
    assert [(r.speaker, r.text) for r in rows.itertuples()] == [("Donald Trump", content)]
    assert quotes.of_text("Police charged him with theft on Monday.").empty


def test_according_to_his_words_is_according_to_him():
    text = ("Velimir Karadzan spoke on Monday. According to his words, the crossing will open from 6 to 22 hours, "
            "and from September “around the clock, if conditions allow”.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Velimir Karadzan"],
                                                        ["partial", "Velimir Karadzan"]]


@pytest.mark.parametrize(("text", "content"), [
    ("The ministry says its forces have taken full control of Dorrin, a village about 12km east of Kastel.",
     "its forces have taken full control of Dorrin, a village about 12km east of Kastel"),
    ("The air force said it had shot down 31 of 38 drones, most of them over the Lenska region.",
     "it had shot down 31 of 38 drones, most of them over the Lenska region"),
    ("Two people familiar with the matter said mediators led by the union's special envoy, Pieter Haas, had "
     "circulated a draft.", "mediators led by the union's special envoy, Pieter Haas, had circulated a draft"),
])
def test_an_apposition_after_a_comma_stays_in_the_reported_clause(text, content):
    assert quotes.of_text(text)["text"].tolist() == [content]


def test_i_meet_x_marks_the_interviewee_when_others_are_named_as_often():
    text = ("I meet Matthias Korrel in the back room of a roadside café. Korrel left school at sixteen.\n\n"
            "He blames Sabine Holm for the farm cuts. Holm has denied it.\n\n"
            "When I mention the young liberal Lukas Ferrand, the smile goes. Ferrand is polling third, and he "
            "tells me nothing about him.\n\n"
            "Near the end, I ask what he will do if he loses. Then, pulling on his coat: “If I lose, I go home.”")
    rows = quotes.of_text(text)
    assert rows.loc[rows["text"] == "If I lose, I go home.", "speaker"].tolist() == ["Matthias Korrel"]


@pytest.mark.parametrize(("text", "content"), [
    ("Belarus has long opposed the pipeline, fearing it would drain its fees.", "it would drain its fees"),
    ("Norway rejected the offer on Monday, saying that the price was too low.", "the price was too low"),
])
def test_a_country_opening_the_sentence_holds_the_participle_after_its_clause(text, content):
    assert _speaker_of(text, content, "indirect") in ("Belarus", "Norway")


def test_a_country_inside_a_lead_in_holds_no_participle():
    rows = _rows("In Norway, prices rose sharply, showing that the levy works.")
    assert not rows["speaker"].isin(["Norway"]).any()


@pytest.mark.parametrize("lead", ["But according to Ada Lind,", "The smog has lifted, but, according to Ada Lind,"])
def test_according_to_after_a_conjunction_reports_the_clause_after_it(lead):
    text = f"Ada Lind is a climate scientist at Columbia. {lead} the tradeoff has been faster warming."
    assert _speaker_of(text, "the tradeoff has been faster warming", "indirect") == "Ada Lind"


@pytest.mark.parametrize(("text", "content"), [
    ("Mara Velt, the campaign's political director, disputes that the rivals have a bigger field operation.",
     "the rivals have a bigger field operation"),
    ("Judge Oren Platt has already ruled that the company was liable for fraud.", "the company was liable for fraud"),
])
def test_disputing_and_ruling_that_report_their_clause(text, content):
    assert _speaker_of(text, content, "indirect") in ("Mara Velt", "Oren Platt")


def test_ruling_a_country_reports_nothing():
    assert _rows("Ilse Varga has ruled the province for a decade.").empty


def test_a_relative_clause_with_a_reporting_verb_is_no_aside_reporting_the_whole_sentence():
    text = ("Most voters oppose direct military action, something President Ines Vall has said is off the table, "
            "repeatedly warning that such a move could lead to war.")
    assert not _rows(text)["text"].str.startswith("Most voters").any()


@pytest.mark.parametrize("text", [
    "Chris Bowen is the energy minister. Mr Bowen’s annual climate statement on Thursday will reveal emissions "
    "are projected to fall 42 per cent by 2030.",
    "Letitia James sued in May. James’s complaint says that emissions are projected to fall 42 per cent by 2030.",
])
def test_a_named_owners_statement_or_complaint_reports_for_its_owner(text):
    rows = _rows(text)
    rows = rows[rows["text"].str.startswith("emissions are projected")]
    assert len(rows) == 1 and ("Bowen" in rows.iloc[0]["speaker"] + rows.iloc[0]["speaker_role"]
                               or rows.iloc[0]["speaker"] == "Letitia James")


def test_a_participle_after_before_goes_on_with_the_speaker_of_the_quotation_that_opens_the_sentence():
    text = "“We import more than we export,” Mara Velt said before pointing out that the rivals have deficits."
    assert _speaker_of(text, "the rivals have deficits", "indirect") == "Mara Velt"


def test_a_relative_clause_on_an_apposition_reports_for_the_name_before_it():
    text = "Mara Velt, an Oklahoma Republican who said she backs more aid, was pleased with the vote."
    assert _speaker_of(text, "she backs more aid", "indirect") == "Mara Velt"
    assert _speaker_of("Mara Velt met a farmer who said the crops had failed.", "the crops had failed",
                       "indirect") == ""


def test_a_participle_after_a_clause_opened_by_he_is_his_not_the_objects():
    text = ("Foreign Minister Evgen Ladrosk met President Oren Makhdali on Monday. He briefed Makhdali on the "
            "situation, saying the talks “had never been closed”.")
    assert _speaker_of(text, "had never been closed") == "Evgen Ladrosk"


def test_a_second_report_joined_by_and_ends_the_first_that_clause():
    text = ("The government insists that the exchange is purely humanitarian, and a spokesman for President Ines "
            "Vall said on Thursday that the president would “not trade silence for soldiers”.")
    rows = _rows(text)
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "The government", "the exchange is purely humanitarian"],
        ["indirect", "a spokesman for President Ines Vall", "the president would “not trade silence for soldiers”"],
        ["partial", "a spokesman for President Ines Vall", "not trade silence for soldiers"]]


@pytest.mark.parametrize("lead", ["In her opinion,", "In her view,", "In her assessment,"])
def test_in_her_opinion_reports_the_clause_after_for_the_person_she_stands_for(lead):
    text = f"Vira Sandetska, the deputy minister, met the envoys. {lead} the coming weeks will show who is ready."
    assert _speaker_of(text, "the coming weeks will show who is ready", "indirect") == "Vira Sandetska"


@pytest.mark.parametrize("opening", ["A senior official in one Union capital was more cautious,",
                                     "A senior official was more cautious,"])
def test_a_described_source_that_opens_the_sentence_holds_the_participle(opening):
    text = f"{opening} warning that a partial truce could move the fighting elsewhere."
    assert _rows(text)[["speaker_role", "text"]].values.tolist() == [
        [opening.removesuffix(" was more cautious,"), "a partial truce could move the fighting elsewhere"]]


def test_a_described_source_with_a_relative_clause_may_trail_the_clause_it_reports():
    text = ("Negotiators have agreed to exchange 1,200 prisoners, the largest swap of the war, the mediators who "
            "hosted the talks announced on Friday.")
    assert _rows(text)[["speaker_role", "text"]].values.tolist() == [
        ["the mediators who hosted the talks", "Negotiators have agreed to exchange 1,200 prisoners, the largest swap "
                                               "of the war"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Selma Aurland told a conference on Monday that the bank would wait. The governor warned that wage rises would "
     "change the picture.", "Selma Aurland"),  # the role names the person the text is about
    ("Selma Aurland, the mayor, spoke on Monday. The governor warned that wage rises would change the picture.",
     ""),  # that person was given another role: the governor is someone else, described
    ("Selma Aurland spoke on Monday. The governor warned that wage rises would change the picture. Later, "
     "Governor Ivo Prask called for calm.", "Ivo Prask"),  # a holder of the role named later (a live blog)
])
def test_a_role_noun_opening_a_report_stands_for_the_person_of_the_sentence_before(text, speaker):
    assert _speaker_of(text, "wage rises would change the picture", "indirect") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("On Monday the Ministry of Foreign Affairs of Ostravia issued a statement. The Ministry stressed that Ostravia "
     "reserved the right to respond.", "Ministry of Foreign Affairs of Ostravia"),  # the body whose name holds it
    ("The Ostravian Defence Ministry reported the strikes. The army said that Ostravia reserved the right to respond.",
     ""),  # a body of another kind
])
def test_a_body_noun_opening_a_report_stands_for_the_body_the_sentence_before_names(text, speaker):
    assert _speaker_of(text, "Ostravia reserved the right to respond", "indirect") == speaker


@pytest.mark.parametrize("tail", ["told us a few minutes ago", "said an hour ago", "told us on Monday",
                                  "told me two days ago"])
def test_a_time_counted_back_or_a_hearer_after_a_trailing_verb_reports_the_clause_before(tail):
    rows = _rows(f"Aid workers have reached the main hospital, Sophie Maertens {tail}.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Sophie Maertens", "Aid workers have reached the main hospital"]]


@pytest.mark.parametrize("text", ["Karol Nawrocki toured the region, framing himself as a guardian of tradition.",
                                  "Steve Quinlan spoke at length. He has accepted himself and no one will change him."])
def test_a_reflexive_pronoun_after_a_verb_opens_no_reported_clause(text):
    assert _rows(text).empty


@pytest.mark.parametrize(("text", "expected"), [
    ("Kofi Ashworth-Lane gave evidence. Under cross-examination, he accepted that he had never put his concerns in "
     "writing.", [["indirect", "Kofi Ashworth-Lane", "he had never put his concerns in writing"]]),
    ("Kofi Ashworth-Lane gave evidence. He accepted the award and thanked the jury.", []),  # an object, no clause
    ("Kofi Ashworth-Lane gave evidence. He accepted that point, up to a point.", []),  # "that" as a determiner
])
def test_accepted_that_reports_a_concession_but_accepting_a_thing_reports_nothing(text, expected):
    assert _rows(text)[["kind", "speaker", "text"]].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lewis Ortmann, who writes the fan newsletter Quarry Voices, argued that the club had lost its way.",
     ["the club had lost its way"]),  # what he writes is a publication, not a report
    ("Lewis Ortmann wrote a long letter to the board.", []),
    ("Lewis Ortmann wrote that the club had lost its way.", ["the club had lost its way"]),
])
def test_write_reports_a_clause_but_not_the_thing_written(text, expected):
    assert _rows(text)["text"].tolist() == expected


@pytest.mark.parametrize(("text", "role"), [
    ("A teammate said the younger players admire Kessely.", "A teammate"),  # a person described, any noun
    ("One longtime season-ticket holder said the younger players admire Kessely.", "One longtime season-ticket holder"),
])
def test_an_indefinite_description_before_the_verb_is_an_unnamed_source(text, role):
    assert _rows(text)[["speaker_role", "text"]].values.tolist() == [[role, "the younger players admire Kessely"]]


def test_an_indefinite_text_or_act_before_the_verb_is_left_to_the_rules_for_documents():
    assert _rows("An opposition motion says that the younger players admire Kessely.").empty


@pytest.mark.parametrize(("source", "role"), [
    ("An official who asked not to be named", "An official"),
    ("Two officials who requested anonymity", "Two officials"),
    ("A source who spoke on condition of anonymity", "A source"),
])
def test_a_source_who_asked_not_to_be_named_speaks_and_the_request_is_no_report(source, role):
    rows = _rows(f"{source} said the talks had stalled.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [["indirect", role, "the talks had stalled"]]


def test_a_role_noun_with_a_modifier_opening_a_report_is_no_holder_of_another_office():
    text = ("Ines Garrow, Pelmark's trade minister, signed the accord. Responding on state radio, the farm minister "
            "said the union's figures were out of date.")
    rows = _rows(text)
    rows = rows[rows["text"] == "the union's figures were out of date"]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "the farm minister"]]


@pytest.mark.parametrize(("text", "clause"), [
    ("The levy would fail, Mayor Ines Vall told Politico.", "The levy would fail"),
    ("The levy would fail within a year, Mayor Ines Vall told Radio Korsbad on Monday.",
     "The levy would fail within a year"),
    ("The levy would fail, Mayor Ines Vall told Karl Ebner it was dead.", "it was dead"),  # Ebner hears a clause
])
def test_a_clause_before_x_told_a_named_outlet_is_x_s_report_unless_the_name_opens_a_clause(text, clause):
    rows = _rows(text)
    assert rows[rows["kind"] == "indirect"][["speaker", "text"]].values.tolist() == [["Ines Vall", clause]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Ines Vall said “the levy will fail,” according to Politico.", [("partial", "Ines Vall")]),
    ("Mayor Ines Vall said: “The levy will fail,” according to Politico.", [("direct", "Ines Vall")]),
    ("Mayor Ines Vall said “The levy will fail,” according to Politico.", [("direct", "Ines Vall")]),
    ("The council said 40 homes were flooded, according to Reuters.", [("indirect", "")]),  # the council's report
    ("Forty homes were flooded overnight, according to Reuters.", [("indirect", "Reuters")]),
    ("“The levy will fail,” according to Politico.", [("direct", "Politico")]),
])
def test_according_to_a_medium_after_a_report_with_its_own_speaker_relays_it(text, expected):
    rows = _rows(text)
    assert [(r.kind, r.speaker) for r in rows.itertuples()] == expected


@pytest.mark.parametrize(("text", "source"), [
    ("A former state attorney general once described the landfill as “a pay toilet”.",
     "A former state attorney general"),
    ("Two senior officials have long argued that the levy “will never work”.", "Two senior officials"),
    ("Several ministers had already warned that the levy was “unworkable”.", "Several ministers"),
])
def test_an_adverb_of_time_between_an_unnamed_source_and_its_verb_keeps_the_source(text, source):
    rows = _rows(text)
    assert set(rows["kind"]) == {"indirect", "partial"} and set(rows["speaker_role"]) == {source}


@pytest.mark.parametrize(("text", "kind", "speaker", "role"), [
    ("A senior ministry official who did not wish to be named said: “It will be night and day with Vall.”", "direct",
     "", "A senior ministry official"),
    ("A diplomat who would speak only on background said the levy had stalled.", "indirect", "", "A diplomat"),
    ("“The levy is dead on arrival” in Korsbad, said Karl Ebner, a co-founder of the group.", "direct",
     "Karl Ebner", "a co-founder of the group"),
    ("The Harrow Residents Association sued the council in May, describing the levy as “reckless”.", "partial",
     "Harrow Residents Association", "organization"),
])
def test_speakers_set_off_by_an_anonymity_clause_trailing_words_or_a_participle(text, kind, speaker, role):
    rows = _rows(text)
    assert rows[rows["kind"] == kind][["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize(("text", "expected"), [
    ("“The levy is dead,” a senior ministry official told Politico, who added that ministers “want a way out”.",
     [("direct", "a senior ministry official"), ("indirect", "a senior ministry official"),
      ("partial", "a senior ministry official")]),  # the official adds, not the medium
    ("The ministry is hiding reports warning about the levy, according to a Politico report.",
     [("indirect", "Politico")]),  # "reports" is a noun: the medium's own report
])
def test_a_medium_told_something_adds_nothing_and_a_noun_shaped_verb_is_no_report_it_relays(text, expected):
    rows = _rows(text)
    assert [(r.kind, r.speaker or r.speaker_role) for r in rows.itertuples()] == expected


@pytest.mark.parametrize("opening", ["When", "After", "Before", "While", "Because", "Although", "Once"])
def test_a_capitalised_subordinator_that_opens_the_sentence_is_no_part_of_an_unnamed_source(opening):
    rows = _rows(f"{opening} the regional agency announced a major discovery of gas under the bay, Mayor Ines Vall "
                 "called it “a gift”.")
    first = rows[rows["kind"] == "indirect"].iloc[0]
    assert first["speaker_role"] == "the regional agency" and first["text"].startswith("a major discovery")


@pytest.mark.parametrize("adverb", ["also", "still", "now", "reportedly"])
def test_an_adverb_before_the_verb_is_no_part_of_a_definite_description(adverb):
    rows = _rows(f"The Korsbad hopeful {adverb} promises to “end the era of coal”.")
    assert set(rows["speaker_role"]) == {"The Korsbad hopeful"}


@pytest.mark.parametrize(("subject", "kind"), [
    ("The head of the harbour police", "unknown"), ("A spokesman for the ministry", "unknown"),
    ("Officials at the agency", "unknown"), ("The harbour police", "organization"),
])
def test_an_unnamed_source_is_a_body_only_when_its_head_noun_is_one(subject, kind):
    rows = _rows(f"{subject} said the divers were tired.")
    assert rows[["speaker_role", "speaker_type"]].values.tolist() == [[subject, kind]]


@pytest.mark.parametrize("text", ["According to Mayor Ines Vall the levy was never legal.",
                                  "According to Mayor Ines Vall, the levy was never legal."])
def test_according_to_x_reports_the_clause_after_it_with_or_without_a_comma(text):
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Ines Vall", "the levy was never legal"]]


@pytest.mark.parametrize("quantifier", ["Multiple", "Numerous", "Various"])
def test_a_quantifier_that_opens_a_sentence_is_no_person(quantifier):
    rows = _rows(f"{quantifier} reports indicate that the levy was dropped.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", f"{quantifier} reports"]]


def test_a_straight_mark_glued_to_the_sentence_before_opens_a_quotation_of_run_together_paragraphs():
    text = ('She was invited by Ada Voss." The plan is to ignore the floods and pretend they do not exist," Ivo Danek '
            'said. "To say nothing is irresponsible."')
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Ivo Danek", "The plan is to ignore the floods and pretend they do not exist"],
        ["direct", "Ivo Danek", "To say nothing is irresponsible."]]


def test_a_quotation_whose_opening_mark_was_lost_runs_from_the_start_of_its_paragraph():
    text = ('Protesters sat on the tracks. "The governor will not stop the terminal." Our community is under '
            'attack. We were here a year ago and nothing has changed," Ada Voss said in a statement. She was held.')
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist()[1] == [
        "direct", "Ada Voss", "Our community is under attack. We were here a year ago and nothing has changed"]


@pytest.mark.parametrize(("after", "speaker", "role"), [
    ("Chris, one of the protesters, said.", "Chris", ""),
    ("the group's statement reads.", "", "the group's statement"),
])
def test_a_lost_opening_is_found_before_any_subject_and_cue_of_speech(after, speaker, role):
    text = ('The march reached the port. "We will be back next year." Nothing has changed since the spill and '
            f'nobody is listening," {after} The police watched.')
    rows = _rows(text)
    row = rows[rows["text"].str.startswith("Nothing has changed")]
    assert row[["kind", "speaker"]].values.tolist() == [["direct", speaker]], rows
    assert role in row.iloc[0]["speaker_role"]


def test_a_closing_mark_of_a_found_quotation_opens_no_other():
    rows = _rows('Ada Voss called the plan "bold," and Ivo Danek said it would fail. "It is over," he said.')
    assert rows[rows["kind"] != "indirect"]["text"].tolist() == ["bold", "It is over"]


def test_a_straight_mark_spaced_from_the_stop_that_ends_a_quotation_closes_it():
    text = ('The Ledger reported "The council is weighing a new levy, ready to re-open the talks... " The mayor denied '
            'it. Later Ivo Danek said the levy was "dead."')
    rows = _rows(text)
    assert rows[["kind", "text"]].values.tolist()[0] == [
        "direct", "The council is weighing a new levy, ready to re-open the talks..."]


def test_a_straight_mark_closing_a_quotation_is_not_taken_to_open_another():
    rows = _rows('He called the levy a "disaster." The plan failed. Ivo Danek said it was "over."')
    assert rows[rows["kind"] == "partial"]["text"].tolist() == ["disaster", "over"]


@pytest.mark.parametrize(("text", "role"), [
    ('"The plaintiffs lack standing," wrote attorneys for the Department of Justice in a filing last week.',
     "attorneys for the Department of Justice"),
    ('"We will appeal," said a lawyer for Kestria Gas.', "a lawyer for Kestria Gas"),
])
def test_a_described_source_after_the_verb_keeps_the_body_it_works_for(text, role):
    assert _rows(text)["speaker_role"].tolist() == [role]


@pytest.mark.parametrize(("text", "kind", "role"), [
    ("The collapse of the ice shelf, the resolution states, could leave millions without homes.", "indirect",
     "the resolution"),
    ('The collapse of the ice shelf, the resolution warns, could result in "several billion refugees."', "partial",
     "the resolution"),
    ('Floods "have been linked to the war in the south," the document pronounces.', "partial", "the document"),
])
def test_a_text_named_as_the_source_inside_or_after_the_sentence_is_kept(text, kind, role):
    rows = _rows(text)
    assert rows[rows["kind"] == kind]["speaker_role"].tolist() == [role]


def test_recounted_reports_a_clause():
    rows = _rows("Ivo Danek recounted that the water had reached the second floor within an hour.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ivo Danek", "the water had reached the second floor within an hour"]]


@pytest.mark.parametrize("text", ["Conservation groups are protesting efforts to build a wind farm off the coast.",
                                  "Senator Ada Voss posted a picture of a few inches of water on her street."])
def test_an_act_of_protest_or_posting_with_an_object_reports_nothing(text):
    assert _rows(text).empty


@pytest.mark.parametrize("text", ["Ada Voss protested that the vote had been rigged from the start.",
                                  "Ada Voss posted on Facebook that the vote had been rigged from the start."])
def test_protest_and_post_still_report_a_clause(text):
    rows = _rows(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ada Voss", "the vote had been rigged from the start"]]


def test_a_signed_post_without_quotation_marks_is_the_accounts_direct_quote():
    text = ('Ada Voss weighed in on Sunday.\nWater is being sent into the sea. Must also clear the trees!\n'
            '— Ada Voss (@adavoss) August 5, 2018\nOne reader replied: “Thanks, genius.” By "tree clear", I think '
            'you mean logging. — Ivo Danek 🌲 (@idanek) August 6, 2018The post drew replies.')
    rows = _rows(text)
    assert rows[rows["kind"] == "direct"][["speaker", "text"]].values.tolist() == [
        ["Ada Voss", "Water is being sent into the sea. Must also clear the trees!"],
        ["", "Thanks, genius."],
        ["Ivo Danek", 'By "tree clear", I think you mean logging.']]
    assert "tree clear" not in rows[rows["kind"] == "partial"]["text"].tolist()


def test_a_signed_post_in_quotation_marks_stays_one_quotation():
    rows = _rows('“We will rebuild the pier by spring,” — Ada Voss (@adavoss) August 5, 2018')
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Ada Voss", "We will rebuild the pier by spring"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The flood risk was made worse by the late rains, the UN Office for the Coordination of Humanitarian Affairs "
     "(Ocha) noted.", "UN Office for the Coordination of Humanitarian Affairs (Ocha)"),
    ("The Office of the Director of National Intelligence said the report was sound.",
     "Office of the Director of National Intelligence"),
])
def test_a_body_named_with_two_complements_is_one_organization(text, speaker):
    rows = _rows(text)
    assert rows[["speaker", "speaker_type"]].values.tolist() == [[speaker, "organization"]]


@pytest.mark.parametrize(("text", "role"), [
    ("A spokesperson for the Air Force declined to give any tallies, saying crews are still assessing the damage.",
     "A spokesperson for the Air Force"),
    ("Two bird groups are opposed to the wind farm, claiming the turbines would harm the birds of the lake.",
     "Two bird groups"),
])
def test_a_described_subject_with_a_body_or_a_number_speaks_in_the_participle(text, role):
    assert _rows(text)["speaker_role"].tolist() == [role]


def test_an_adverb_opening_a_sentence_before_a_parenthetical_attribution_leaves_the_sentence_to_the_speaker():
    rows = _rows("Senator Ada Voss spoke on Monday. Clearly, she said, the plan for the harbour had failed.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ada Voss", "Clearly, she said, the plan for the harbour had failed"]]


@pytest.mark.parametrize("manner", ["was careful to note", "has been quick to stress", "was at pains to insist",
                                    "was the first to admit"])
def test_an_adjective_of_manner_before_the_reporting_verb_keeps_the_subject(manner):
    text = f"President Ivo Danek spoke on Monday. Danek {manner} that the harbour plan had not been approved."
    assert _rows(text)[["kind", "speaker"]].values.tolist() == [["indirect", "Ivo Danek"]]


@pytest.mark.parametrize("opening", ["A Kestria Radio survey found", "A Kestria Radio survey, for instance, found",
                                     "A new poll shows"])
def test_a_share_of_those_polled_that_a_poll_found_speaks(opening):
    rows = _rows(f"{opening} 70 percent said the harbour levy is unfair.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "70 percent", "the harbour levy is unfair"]]


@pytest.mark.parametrize("verb", ["impressed upon", "impressed on"])
def test_impressing_on_a_hearer_that_reports_what_follows_that(verb):
    rows = _rows(f"Ada Voss, the mayor, {verb} the harbour board that the ferries had to run again.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ada Voss", "the ferries had to run again"]]


@pytest.mark.parametrize(("source", "role"), [
    ("the report", "the report"),
    ("the harbour board's latest damage update", "the harbour board's latest damage update"),
])
def test_a_quotation_that_according_to_follows_is_the_words_of_what_it_names(source, role):
    text = (f"Ada Voss spoke on Monday. The board met later. “The quay is devastated. Every crane has severe damage,” "
            f"according to {source}.")
    rows = _rows(text)
    assert rows.query("kind == 'direct'")[["speaker", "speaker_role", "cue"]].values.tolist() == [
        ["", role, "according to"]]


def test_a_pronoun_in_an_aside_stands_for_the_person_the_interrupted_clause_names():
    text = ("Ivo Danek, the envoy, opened the panel. In 2017, President Tomas Brenner announced he would leave the "
            "pact. None of the panelists would comment, but Danek spoke out against “alarmism” that, he claimed, "
            "displaced pragmatic solutions.")
    rows = _rows(text)
    assert rows.query("kind == 'partial'")["speaker"].tolist() == ["Ivo Danek"]


@pytest.mark.parametrize("relative", ["that found that it is", "which concluded it was"])
def test_a_text_named_with_a_relative_clause_of_finding_reports_it(relative):
    text = (f"Ivo Danek said the dredging had ruined the bay. An aide pointed reporters to a recent harbour board "
            f"report {relative} “premature to blame the dredging.”")
    rows = _rows(text).query("speaker_role == 'a recent harbour board report'")
    assert rows["kind"].tolist() == ["indirect", "partial"]


@pytest.mark.parametrize(("verb", "agent"), [("rated", "Climate Action Tracker"), ("judged", "the Audit Office"),
                                             ("deemed", "Greenpeace")])
def test_a_verb_of_judging_with_its_agent_before_as_gives_the_fragment_to_the_agent(verb, agent):
    rows = _rows(f"The country's pledges are {verb} by {agent} as “critically insufficient” for the goal.")
    partial = rows[rows["kind"] == "partial"]
    assert [{*r} & {agent} for r in partial[["speaker", "speaker_role"]].values.tolist()] == [{agent}]


def test_a_fragment_judged_by_no_source_keeps_no_speaker():
    rows = _rows("The country's pledges are rated as “critically insufficient” for the goal.")
    assert rows.loc[rows["kind"] == "partial", "speaker_role"].tolist() == [""]


@pytest.mark.parametrize("verb", ["opposes such", "has long backed a", "supported the"])
def test_a_fragment_after_a_verb_that_takes_a_side_is_the_subjects(verb):
    text = (f"Sen. Ray Dunmore, chairman of the Public Works Committee and a sponsor of the bill, {verb} “punishing "
            "regulations.”")
    assert _speaker_of(text, "punishing regulations") == "Ray Dunmore"


def test_a_so_called_fragment_after_a_verb_that_takes_a_side_stays_unattributed():
    assert _speaker_of("Sen. Ray Dunmore opposes the so-called “punishing regulations.”", "punishing regulations") == ""


@pytest.mark.parametrize("examples", ["such as planting forests, bioenergy use or storing carbon",
                                      "including forests and bioenergy"])
def test_examples_set_off_in_a_reported_subject_do_not_end_the_clause(examples):
    rows = _rows(f"Ada Marsh said the measures, {examples}, were unproven at a large scale.")
    assert rows.loc[rows["kind"] == "indirect", "text"].tolist() == [
        f"the measures, {examples}, were unproven at a large scale"]


def test_examples_at_the_end_of_a_reported_clause_still_end_it_before_a_participle():
    rows = _rows("Ada Marsh said the city would cut taxes on fuels, such as diesel, starting in June.")
    clauses = rows.loc[rows["kind"] == "indirect", "text"].tolist()
    assert clauses == ["the city would cut taxes on fuels, such as diesel"]


def test_a_sentence_ending_in_a_noun_spelled_like_a_verb_of_description_reports_nothing():
    rows = _rows("The delays, most of them avoidable, are harmful to the NATO brand.")
    assert rows.empty or not (rows["kind"] == "indirect").any(), rows


def test_a_verb_of_description_that_can_end_a_sentence_still_trails_a_report():
    rows = _rows("The money was taken from the pension fund, prosecutors alleged.")
    assert rows.loc[rows["kind"] == "indirect", ["speaker_role", "text"]].values.tolist() == [
        ["prosecutors", "The money was taken from the pension fund"]]


def test_a_view_whose_subject_holds_an_aside_between_dashes_is_reported():
    rows = _rows("Tom Strand believes drought – and the council's refusal to act – will cost the party the seat.")
    assert rows.loc[rows["kind"] == "indirect", ["speaker", "text"]].values.tolist() == [
        ["Tom Strand", "drought – and the council's refusal to act – will cost the party the seat"]]


@pytest.mark.parametrize("verb", ["projected", "calculated"])
def test_a_projection_with_that_is_reported(verb):
    rows = _rows(f"The report's authors {verb} that staying below 1.5 degrees will require halving emissions.")
    assert rows.loc[rows["kind"] == "indirect", ["speaker_role", "text"]].values.tolist() == [
        ["The report's authors", "staying below 1.5 degrees will require halving emissions"]]


def test_a_projected_figure_reports_nothing():
    rows = _rows("The projected growth of 5% was revised after the report's authors met.")
    assert rows.empty or not (rows["kind"] == "indirect").any(), rows


@pytest.mark.parametrize("aside", ["as he has before", "as he did in May"])
def test_an_aside_with_as_between_the_verb_and_that_keeps_the_report(aside):
    rows = _rows(f"Secretary Dan Hollis met the panel. Hollis stressed, {aside}, that he takes ethics seriously.")
    assert rows.loc[rows["kind"] == "indirect", ["speaker", "text"]].values.tolist() == [
        ["Dan Hollis", "he takes ethics seriously"]]


@pytest.mark.parametrize("opening", ["The Ostrevian Senate", "It"])
def test_a_resolution_a_body_passed_reports_for_the_body(opening):
    rows = _rows(f"The Ostrevian Senate signaled that it would not agree. {opening} approved a resolution saying that "
                 "it would not consent to any treaty.")
    assert rows.loc[rows["kind"] == "indirect", ["speaker", "text"]].values.tolist() == [
        ["Ostrevian Senate", "it would not agree"], ["Ostrevian Senate", "it would not consent to any treaty"]]


@pytest.mark.parametrize("leftover", ['<tweet tweet-id="783499116076687360"><tweet/>.',
                                      'The final score was "3-1" after extra time.'])
def test_markup_values_and_bare_numbers_in_quotation_marks_are_no_quotes(leftover):
    rows = _rows(f'Pence won the debate, his allies said.\n\n{leftover}\n\nHe called it "a great night."')
    assert rows.loc[rows["kind"] == "partial", "text"].tolist() == ["a great night"]


def test_a_single_mark_glued_to_the_next_sentence_closes_the_quotation():
    from analysis.marks import quoted_spans
    text = ("VOSS MOCKS CRITICS OF THE PLAN: 'THEY SOUND LIKE DR. EVIL'His plan, which he is putting forward, "
            "aims to create \"an open market.\" It's Ada's plan, the aide's 'rule' said.")
    assert [text[s:e] for s, e in quoted_spans(text)] == ["THEY SOUND LIKE DR. EVIL", "an open market.", "rule"]
    other = "Ask O'Neil about 'the O'Brien plan' today."
    assert [other[s:e] for s, e in quoted_spans(other)] == ["the O'Brien plan"]


@pytest.mark.parametrize(("text", "fragment", "speaker", "role"), [
    ("The two premiers renewed their river treaty “in a rare show of harmony,” as The Guardian put it.",
     "in a rare show of harmony", "The Guardian", "news outlet (United Kingdom)"),
    ("Senator Liv Aasen spoke first. The bill was “dead on arrival,” as she said.", "dead on arrival", "Liv Aasen",
     "Senator"),
    ("The budget was by then “a wish list with a price tag” as one treasury economist once put it.",
     "a wish list with a price tag", "", "one treasury economist"),
])
def test_the_source_named_by_as_put_it_after_a_fragment_said_it(text, fragment, speaker, role):
    rows = _rows(text)
    row = rows[(rows["kind"] == "partial") & (rows["text"] == fragment)]
    assert row[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_as_after_a_fragment_without_a_source_names_no_speaker():
    rows = _rows("The delegations met “as equals,” as expected, and left at noon.")
    assert rows.loc[rows["kind"] == "partial", "speaker"].tolist() == [""]


@pytest.mark.parametrize("text", [
    "Correspondent Mira Tolland's March 3 quip that “the ministry shifts its targets into reverse” went viral.",
    "Correspondent Mira Tolland spoke later. Tolland's tweet that “the ministry shifts its targets into reverse” "
    "went viral.",
])
def test_a_possessive_speech_noun_after_a_date_or_a_quip_gives_the_fragment_its_speaker(text):
    assert _speaker_of(text, "the ministry shifts its targets into reverse") == "Mira Tolland"



def test_a_name_inside_a_compound_modifier_is_no_subject_of_a_noun_of_speech():
    text = ("Storm over the port\n\nOle Brandt, the harbour minister, spoke on Monday. On Friday the anchor Rhea Voll "
            "covered an anti-Brandt protest outside the port, hyping “the backlash is only growing.”")
    assert _speaker_of(text, "the backlash is only growing") != "Ole Brandt"


@pytest.mark.parametrize(("head", "form", "noun"), [
    ("covered an anti-war ", "protest", True), ("read the long-awaited ", "report", True),
    ("the co-founder ", "called", False), ("the co-founder ", "said", False), ("an anti-war ", "protested", False),
    ("an official ", "protest", False),
])
def test_a_verb_form_after_a_determiner_and_a_compound_modifier_is_a_noun_unless_inflected(head, form, noun):
    assert partial_speakers.noun_use(head, form) is noun


@pytest.mark.parametrize("text", [
    "Bishop Anselm Ruud has praised the accord, but has also acknowledged that the synod has no say on tariffs.",
    "Bishop Anselm Ruud has praised the accord and has also said that the synod has no say on tariffs.",
])
def test_a_reporting_verb_coordinated_after_an_auxiliary_goes_with_the_opening_subject(text):
    rows = _rows("Synod and trade\n\n" + text)
    row = rows[(rows["kind"] == "indirect") & (rows["text"] == "the synod has no say on tariffs")]
    assert row["speaker"].tolist() == ["Anselm Ruud"]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("A rival theory of the drought was already gaining ground, notes Harbour Science Monthly.",
     "Harbour Science Monthly", ""),
    ("A rival theory of the drought was already gaining ground, notes the magazine.", "", "the magazine"),
])
def test_an_inverted_attribution_ending_the_sentence_names_its_source_without_a_mention(sentence, speaker, role):
    rows = _rows("Drought theories\n\n" + sentence)
    row = rows[rows["kind"] == "indirect"]
    assert row[["speaker", "speaker_role", "text"]].values.tolist() == [
        [speaker, role, "A rival theory of the drought was already gaining ground"]]


def test_the_hearer_after_an_inverted_tell_is_no_source():
    rows = _rows("Air quality\n\nThe air got dirtier in both years, told the Courier.")
    assert "Courier" not in " ".join(rows["speaker"])


@pytest.mark.parametrize(("sentence", "role"), [
    ("New ministry data shows that river levels have started to fall.", "New ministry data"),
    ("Official figures showed that river levels had started to fall.", "Official figures"),
])
def test_data_and_figures_report_what_they_show(sentence, role):
    rows = _rows("River levels\n\n" + sentence)
    assert rows.loc[rows["kind"] == "indirect", "speaker_role"].tolist() == [role]


def test_a_noun_that_is_also_a_reporting_verb_reports_nothing_after_a_determiner():
    assert _rows("In the past decade, the average rate of sea-level rise in the bay has tripled.").empty


def test_a_relative_that_before_a_reporting_verb_leaves_the_noun_before_it_the_source():
    rows = _rows("The hearing follows a study that found that the risk of flooding will increase.")
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker_role", "text"]].values.tolist() == [["a study", "the risk of flooding will increase"]]


@pytest.mark.parametrize(("sentence", "role"), [
    ("Projections suggest that the risk to coastal homes will double.", "Projections"),
    ("Court records show the company paid $2 million to settle the case.", "Court records"),
    ("Recent polling shows that most voters back the tax.", "Recent polling"),
])
def test_projections_records_and_polling_report_what_they_show(sentence, role):
    rows = _rows(sentence)
    assert rows[rows["kind"] == "indirect"]["speaker_role"].tolist() == [role]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("The audit follows a January study by the Government Accountability Office that found that the agency had "
     "removed its guidance.", "Government Accountability Office", "organization"),
    ("The column cited a Lund University study that said heat islands were growing in every city.", "",
     "a Lund University study"),
])
def test_a_relative_clause_reports_for_the_source_before_that(sentence, speaker, role):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The resolution calls for a mobilization effort to cut farm emissions.", "calls for"),
    ("The council calls on residents to save water this summer.", "calls on"),
])
def test_a_phrasal_reporting_verb_wins_over_the_plural_noun_it_starts_with(sentence, cue):
    rows = _rows(sentence)
    assert rows[["kind", "cue"]].values.tolist() == [["indirect", cue]]


@pytest.mark.parametrize(("sentence", "role"), [
    ("The Clean Air Act says states must file plans with the agency.", "The Clean Air Act"),
    ("The Green New Deal promises a well-paid job for everyone who wants one.", "The Green New Deal"),
])
def test_a_text_named_by_its_title_reports_what_it_says(sentence, role):
    rows = _rows(sentence)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", role]]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The agency outlined how sea levels could rise by four feet within a century.", "outlined"),
    ("The report details how warmer rivers can harm water quality downstream.", "details"),
])
def test_detail_and_outline_report_how_something_happens(sentence, cue):
    rows = _rows(sentence)
    assert rows[["kind", "speaker_role", "cue"]].values.tolist() == [["indirect", sentence.split(" " + cue)[0], cue]]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("As my colleague Ann Lee pointed out, new technology is only one part of the answer.", "Ann Lee", "colleague"),
    ("Ann Lee spoke last. As she pointed out in her speech, new technology is only one part of the answer.",
     "Ann Lee", ""),
    ("As the report notes, new technology is only one part of the answer.", "", "the report"),
])
def test_as_x_pointed_out_takes_a_role_before_the_name_a_pronoun_or_a_text(sentence, speaker, role):
    rows = _rows(sentence)
    assert rows[["kind", "speaker", "speaker_role", "text"]].values.tolist() == [
        ["indirect", speaker, role, "new technology is only one part of the answer"]]


@pytest.mark.parametrize(("sentence", "speaker", "text"), [
    ("By 2100, the U.N. estimates that a levy of 27,000 dollars per ton is needed to limit warming.", "UN",
     "a levy of 27,000 dollars per ton is needed to limit warming"),
    ("As of March, the E.U. reported that 70,094 tanks had leaked into the soil.", "EU",
     "70,094 tanks had leaked into the soil"),
])
def test_a_dotted_acronym_speaks_and_a_number_comma_closes_no_aside(sentence, speaker, text):
    rows = _rows(sentence)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", speaker, text]]


@pytest.mark.parametrize(("text", "fragment", "role"), [
    ("Speaker Ada Roe dismissed the idea, saying it “goes too far.” Beyond cutting emissions, the deal calls for "
     "new spending to “counteract old injustices,” and adds free tuition.", "counteract old injustices", "the deal"),
    ("Speaker Ada Roe dismissed the idea, saying it “goes too far.” An early draft of the plan, since removed from "
     "the website, promised “security for all who cannot work.”", "security for all who cannot work",
     "An early draft of the plan"),
    ("Mayor Ivo Lenz said he was “proud” of the pact. The accord, signed by 190 countries, calls for “deep cuts” "
     "in emissions.", "deep cuts", "The accord"),
])
def test_a_fragment_after_a_text_that_reports_is_the_texts_not_the_last_speakers(text, fragment, role):
    rows = _rows(text)
    rows = rows[(rows["kind"] == "partial") & (rows["text"] == fragment)]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Climate scientist Ada Moss is speaking out against “academic bullying” from her faculty. Another scientist, "
     "Jo Kerr, said the same had happened to her.", "academic bullying", "Ada Moss"),
    ("Jo Kerr, a union leader, said the talks had failed. At a rally, Senator Ian Fell spoke out on the “moral "
     "duty” of the rich to pay more, as crowds cheered.", "moral duty", "Ian Fell"),
])
def test_speaking_out_gives_a_fragment_its_speaker(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("sentence", [
    "Judge Roy Vance was removed from the bench twice. Vance rejects evolution and once said the floods were a "
    "punishment.",
    "Judge Roy Vance was removed from the bench twice. He doesn't believe in evolution, mocks science teachers and "
    "once said the floods were a punishment.",
])
def test_once_after_and_and_a_pronoun_subject_still_give_the_coordinated_verb_its_speaker(sentence):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "text"]].values.tolist() == [["Roy Vance", "the floods were a punishment"]]


@pytest.mark.parametrize(("text", "role"), [
    ("Farmers gathered in the square on Monday. They said the new rules would ruin them.", "Farmers"),
    ("Two new studies were published on Monday. They suggest that the ice is melting faster than expected.",
     "Two new studies"),
    ("Climate models, though, see a different future. They predict that the summers will be drier.",
     "Climate models"),
])
def test_they_goes_back_to_a_plural_source_that_opened_the_sentence_before(text, role):
    rows = _rows(text)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize(("sentence", "role", "text"), [
    ("Residents fear the plant will poison their water, according to a local councillor.", "a local councillor",
     "Residents fear the plant will poison their water"),
    ("Residents fear the plant will poison their water, a councillor said.", "a councillor",
     "Residents fear the plant will poison their water"),
    ("The government believes the deal is dead, two officials told reporters.", "two officials",
     "The government believes the deal is dead"),
])
def test_an_unnamed_source_after_a_clause_reports_all_of_it(sentence, role, text):
    rows = _rows(sentence)
    rows = rows[(rows["kind"] == "indirect") & (rows["speaker_role"] == role)]
    assert rows["text"].tolist() == [text]


@pytest.mark.parametrize(("sentence", "text"), [
    ("The study appeared on Monday. It indicates the 2030 target, perceived by some as tough, could still be met.",
     "the 2030 target, perceived by some as tough, could still be met"),
    ("The report says the ice sheet, known to scientists as the doomsday glacier, is melting faster than thought.",
     "the ice sheet, known to scientists as the doomsday glacier, is melting faster than thought"),
])
def test_a_participle_set_off_in_the_subject_does_not_end_the_reported_clause(sentence, text):
    rows = _rows(sentence)
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == [text]


@pytest.mark.parametrize(("text", "role"), [
    ("The mayor has told residents to stay indoors. She said the storm would reach the coast within hours.",
     "The mayor"),
    ("The defence minister visited troops in the east. He said the offensive would go on.", "The defence minister"),
])
def test_a_pronoun_after_a_description_nobody_named_keeps_the_description(text, role):
    rows = _rows(text)
    said = rows[(rows["kind"] == "indirect") & (rows["cue"] == "said")]
    assert said[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize(("sentence", "text"), [
    ("The foreign minister noted with satisfaction that trade had reached a record high.",
     "trade had reached a record high"),
    ("The minister said with a smile that the talks had gone well.", "the talks had gone well"),
])
def test_a_manner_between_the_verb_and_that_still_reports_the_clause(sentence, text):
    rows = _rows(sentence)
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == [text]


@pytest.mark.parametrize(("sentence", "relay"), [
    ("President Ana Lind stressed that the two countries should be partners, state media reported.", "state media"),
    ("President Ana Lind stressed that the two countries should be partners, two officials told Reuters.",
     "two officials"),
])
def test_a_relay_at_the_end_is_no_part_of_a_that_clause(sentence, relay):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[rows["speaker"] == "Ana Lind"]["text"].tolist() == ["the two countries should be partners"]
    assert rows[rows["speaker_role"] == relay]["text"].str.startswith("President Ana Lind stressed").tolist() == [True]


@pytest.mark.parametrize(("sentence", "role", "text"), [
    ("The letter, signed by 40 senators, warns that the cuts would harm veterans.", "The letter",
     "the cuts would harm veterans"),
    ("The ruling, written by Justice Ada Kerr, found that the agency had exceeded its authority.", "The ruling",
     "the agency had exceeded its authority"),
    ("The statement, issued late on Friday, said the visit had been postponed.", "The statement",
     "the visit had been postponed"),
])
def test_a_participle_set_off_after_the_subject_leaves_the_subject_the_speaker(sentence, role, text):
    rows = _rows(sentence)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker_role", "text"]].values.tolist() == [[role, text]]


def test_a_text_named_by_a_general_noun_is_the_text_that_spoke_before_it():
    text = ("A climate resolution came before the city on Tuesday. Warming is a threat to millions, the resolution "
            "warns. Droughts “have already killed millions,” the document announces. Humanity must act quickly, "
            "the text declares.")
    assert _rows(text)["speaker_role"].tolist() == ["A climate resolution"] * 3
    passed = _rows(text.replace("A climate resolution came before the city", "The council passed a climate resolution"))
    assert passed["speaker_role"].tolist() == ["The council"] * 3  # and that text speaks for who passed it


@pytest.mark.parametrize(("text", "speaker", "role", "clause"), [
    ("A spokesperson for the company declined to comment but said it was reviewing the findings.", "",
     "A spokesperson for the company", "it was reviewing the findings"),
    ("Senator Ana Vell will publish a plan. A spokeswoman for Vell's campaign, Kate Moor, declined to comment on the "
     "details but said Vell would release it soon.", "Kate Moor", "A spokeswoman for Vell's campaign",
     "Vell would release it soon"),
])
def test_declining_to_comment_reports_nothing_and_the_verb_after_but_reports(text, speaker, role, clause):
    rows = _rows(text)
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "speaker_role", "cue", "text"]].values.tolist() == [[speaker, role, "said", clause]]


@pytest.mark.parametrize(("headline", "cue"), [
    ("Danek tells Brussels: farmers need more time", "tells"),
    ("Danek to Merkel: farmers need more time", "to"),
    ("Danek: farmers need more time", ":"),
])
def test_a_headline_gives_the_statement_after_the_speaker_a_hearer_and_a_colon(headline, cue):
    rows = _rows(f"{headline}\n\nFarm minister Ivo Danek spoke in Prague on Monday about the new rules.")
    rows = rows[rows["kind"] == "indirect"]
    assert rows[["speaker", "cue", "text"]].values.tolist() == [["Ivo Danek", cue, "farmers need more time"]]


def test_a_list_after_a_dash_is_part_of_the_reported_clause():
    rows = _rows("Senator Ana Vell stressed that her plan would ease the costs facing families — childcare, student "
                 "debt and unpaid leave.")
    assert rows[rows["kind"] == "indirect"]["text"].tolist() == [
        "her plan would ease the costs facing families — childcare, student debt and unpaid leave"]


@pytest.mark.parametrize("lead_in", ["In a submission to the city it", "After the vote it", "In March, it"])
def test_it_after_a_lead_in_is_the_body_named_before(lead_in):
    rows = _rows(f"The Kestrian Hospitality Council disagrees. {lead_in} argued that the levy would deter visitors.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Kestrian Hospitality Council"]]


def test_it_after_the_body_taken_up_by_its_institution_word_is_that_body():
    text = ("The Northern Monetary Fund has called the subsidy costly. Prime Minister Arvid Sulling said the subsidy "
            "protects families. He said cuts would come later. Opposition leader Mats Velander promised to keep it.\n\n"
            "The fund, for its part, is keeping its powder dry. In a statement in March, it said the country had "
            "made “welcome progress” on tax collection.")
    assert _speaker_of(text, "welcome progress") == "Northern Monetary Fund"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Troops crossed the border after weeks of warnings from the United States and its allies that Russia was "
     "planning an invasion.", "United States"),
    ("The council ignored claims by the Harbour Residents' Association that the pier was unsafe.",
     "Harbour Residents' Association"),
])
def test_speech_named_by_a_noun_from_its_maker_is_theirs(sentence, speaker):
    rows = _rows(sentence)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", speaker]]


@pytest.mark.parametrize("introduction", [
    "The report is required by Congress every four years and is issued by 13 federal agencies and the Coastal "
    "Change Research Program.",
    "The annual report, required by law since 1990, was produced by the Coastal Change Research Program. "
    "President Trump said he did not believe it.",
])
def test_a_document_speaks_for_the_body_its_introduction_names_as_author(introduction):
    text = f"{introduction} The report says heat-related deaths will increase."
    assert _speaker_of(text, "heat-related deaths will increase", "indirect") == "Coastal Change Research Program"


def test_a_statement_criticizing_a_report_does_not_make_its_issuer_the_reports_author():
    text = ("Officials met on Friday. A new Pentagon report came out then. The Harbour Board issued a statement "
            "criticizing the report as alarmist. The report says heat-related deaths will increase.")
    assert _speaker_of(text, "heat-related deaths will increase", "indirect") == "Pentagon"


def test_a_long_article_keeps_the_author_named_at_its_start():
    middle = " ".join(f"Town number {i} reported a dry summer and a poor harvest of apples." for i in range(60))
    text = (f"The report is issued by the Coastal Change Research Program. {middle} "
            "The report says heat-related deaths will increase.")
    assert len(middle) > 3000
    assert _speaker_of(text, "heat-related deaths will increase", "indirect") == "Coastal Change Research Program"


@pytest.mark.parametrize(("text", "role", "clause"), [
    ("India is likely to see a drop in wheat production, according to one recent study.", "one recent study",
     "India is likely to see a drop in wheat production"),
    ("Temperatures will rise; according to a recent report, limiting warming will require heroic action.",
     "a recent report", "limiting warming will require heroic action"),
])
def test_according_to_a_source_counted_or_after_a_semicolon(text, role, clause):
    rows = _rows(text)
    assert rows[["speaker_role", "text"]].values.tolist() == [[role, clause]]


@pytest.mark.parametrize(("subject", "role"), [
    ("A sobering United Nations report released Monday", "A sobering United Nations report"),
    ("A study published last week in the journal Science", "A study published last week in the journal Science")])
def test_a_document_released_at_a_time_is_the_subject_of_its_finding(subject, role):
    rows = _rows(f"Much of the hearing was about climate. {subject} found that up to 1 million species are at risk.")
    assert rows[["speaker_role", "text"]].values.tolist() == [[role, "up to 1 million species are at risk"]]


@pytest.mark.parametrize("opening", ["Plaintiffs argued", "Defendants argued", "Petitioners claimed"])
def test_parties_to_a_case_are_described_sources_not_names(opening):
    rows = _rows(f"{opening} that as far back as 1984 the base had burn pits.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", opening.split()[0]]]


def test_a_masthead_ending_in_record_is_a_newspaper():
    rows = _rows("The governor used the slogan on T-shirts, the York Daily Record reported.")
    assert rows[["speaker", "speaker_type"]].values.tolist() == [["York Daily Record", "media"]]


@pytest.mark.parametrize("sentence", ["The council ignored repeated complaints by residents that the pier was unsafe.",
                                      "The police investigated reported sightings that the bear had returned."])
def test_a_participle_used_as_an_adjective_reports_nothing(sentence):
    assert _rows(sentence).empty


def test_a_fragment_under_any_verb_is_the_words_of_the_named_subject():
    text = ("Storm Over Harbour Deal\n\nAt the rally on Friday, Senator Maria Okafor summoned her supporters to reject "
            "“a rigged and rotten deal” before the vote.")
    assert _speaker_of(text, "a rigged and rotten deal") == "Maria Okafor"


def test_a_fragment_under_a_verb_of_a_described_text_is_the_texts_words():
    text = ("Fires And Their Causes\n\nIn fact, the latest Harwell Institute climate report gave “low confidence” "
            "to any link between the fires and warming.")
    rows = _rows(text)
    row = rows[rows["text"] == "low confidence"].iloc[0]
    assert "report" in row["speaker_role"]


def test_a_thing_that_speaks_for_no_one_is_no_subject_of_a_fragment():
    rows = _rows("Harbour Storm Damage\n\nThe storm left “a trail of ruin” across Port Aldo on Tuesday.")
    row = rows[rows["text"] == "a trail of ruin"].iloc[0]
    assert not row["speaker"] and not row["speaker_role"], row


def test_a_fragment_with_its_own_subject_is_not_the_words_of_the_speaker_quoted_before_it():
    text = ('Wildfire Season Grows Longer\n\n"The fires are not new," Ivo Danek wrote in a blog post. The state\'s '
            'own wildfire report gave "low confidence" to any link with warming.')
    rows = _rows(text)
    row = rows[rows["text"] == "low confidence"].iloc[0]
    assert row["speaker"] != "Ivo Danek" and "report" in row["speaker_role"], row


@pytest.mark.parametrize(("text", "speaker"), [
    ('Letters Fly Over Harbour Deal\n\nThe dispute began with a letter Maria Okafor signed on Monday. "The harbour '
     'deal is dead," the letter said.', "Maria Okafor"),
    ('Fines Plummet Under New Chief\n\nAccording to a new report from the Harbour Integrity Project, a watchdog '
     'group, fines collected by the ministry have fallen. "Many cases will drop out of sight," according to the '
     'report.', "Harbour Integrity Project"),
    ('Water Districts Sue Air Force\n\nThe lawsuits named the Air Force and ten major firms involved in supplying '
     'chromium products and chemicals to the old base at Ferndale, and were filed by the Ferndale Water Authority. '
     '"They knew this would reach groundwater," stated the complaint.', "Ferndale Water Authority"),
    ('Groups Sue Over Arctic Drilling\n\nThe Kestria Wildlife Fund, Greenpeace and Oilwatch, a coalition of native '
     'groups, sued the ministry on May 3. The area is "remote and foreboding," the complaint said.',
     "Kestria Wildlife Fund"),
    ('Council Declares Emergency\n\nAfter a long debate, the Varnholm City Council passed a resolution declaring '
     'an emergency. Mayor Ivo Ek said he was pleased. Floods have "already cost the city dearly," the resolution '
     'warns.', "Varnholm City Council"),
    ('Minister Orders Review\n\nThe review came in a directive Minister Anna Berg issued on Thursday. Its aim, the '
     'directive states, is "cleaner water by 2030."', "Anna Berg"),
])
def test_a_document_speaks_for_who_signed_issued_or_filed_it(text, speaker):
    rows = _rows(text)
    assert rows[rows["kind"] != "indirect"]["speaker"].tolist()[-1:] == [speaker], rows


def test_a_document_speaks_for_the_described_body_that_released_it():
    rows = _rows('Report Warns Of Climate Costs\n\nSince the Kestrian government released its blockbuster report on '
                 'Friday, it has made decisions. Cuts would avoid "substantial damages to the economy," the report '
                 'said.')
    assert rows[rows["kind"] == "partial"]["speaker_role"].tolist() == ["the Kestrian government"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Grain Deal Angers Farmers\n\nAgriculture Minister Borys Fehl signed the deal. Responding on state radio, the '
     'farm minister said the figures were "a year out of date".', "Borys Fehl"),
    ('Budget Day In London\n\nChancellor of the Exchequer Rachel Reeves set out the budget. Later the finance chief '
     'said borrowing would fall "within two years".', "Rachel Reeves"),
])
def test_a_journalists_epithet_for_an_office_is_its_holder_named_before(text, speaker):
    rows = _rows(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == [speaker]


def test_a_writers_epithet_for_the_person_who_opens_the_sentence_before_is_that_person():
    rows = _rows('Rovers Lose At Home Again\n\nLiam Pennock, the goalscorer, was more measured. The centre-back said '
                 'Rovers had "switched off" after the equaliser.')
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Liam Pennock"]


def test_an_epithet_that_acts_on_the_person_before_is_someone_else():
    rows = _rows('Warren Talks Climate On Radio\n\nElizabeth Warren spoke on the radio. The host asked Warren to name '
                 'the "specific steps" she had taken.')
    assert "Elizabeth Warren" not in rows[rows["kind"] == "partial"]["speaker"].tolist()


def test_the_report_of_a_titled_text_speaks_for_the_body_it_comes_from():
    text = ('Coastal Report Warns Of Floods\n\nComing from the Harbour Research Program, a team of 13 agencies, the '
            'Third Coastal Climate Assessment was put together by 300 scientists. Floods will become "far more '
            'frequent", the report says.')
    rows = _rows(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Harbour Research Program"]


@pytest.mark.parametrize("named", ["a new Pentagon report", "a Pentagon climate report"])
def test_a_report_named_after_a_body_speaks_for_it(named):
    rows = _rows(f'Pentagon Climate Report Criticised\n\nThere is no mention of that in {named} on the bases. Bases '
                 'face "serious risks", the report said.')
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Pentagon"]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ('Strike Plans Grow Louder Today\n\nGreta Thunberg spoke at the rally. She listed the group\'s demands: "A just '
     'and livable world for everyone."', "Greta Thunberg", ""),
    ('Strike Plans Grow Louder Today\n\nThe Harbour Workers Union issued a statement on Monday: "We will not return '
     'to work until the offer improves."', "Harbour Workers Union", ""),
    ('Strike Plans Grow Louder Today\n\nAt the rally, the speaker listed the demands: "A just and livable world '
     'for everyone."', "", "the speaker"),
])
def test_a_quotation_after_a_colon_is_the_words_of_the_clauses_subject(text, speaker, role):
    rows = _rows(text)
    assert rows[["speaker"]].values.tolist() == [[speaker]], rows
    assert role in rows.iloc[0]["speaker_role"]


def test_a_fragment_that_describes_the_pronoun_subject_is_not_its_words():
    rows = _rows('Rivals In The Capital\n\nIlona Vesk leads the party. Matthias Korrel talks about her often. In his '
                 'telling, she is "the cleverest person in any room she walks into".')
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() != ["Ilona Vesk"]


def test_a_report_in_brackets_after_who_is_the_antecedents_and_ends_with_the_brackets():
    rows = _rows('Candidates Clash On Fracking\n\nWith the possible exception of Joe Biden (who agreed last month at '
                 'the second debate that he would "eliminate" fracking), all of the Democrats want a ban.')
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Joe Biden", 'he would "eliminate" fracking'], ["partial", "Joe Biden", "eliminate"]]


@pytest.mark.parametrize("definition", ["The Northern Compact is a mutual-defence alliance founded in 1961",
                                        "The Northern Compact, a mutual-defence alliance of six states, met"])
def test_the_noun_a_name_was_defined_as_stands_for_that_name(definition):
    rows = _rows(f'Why The Alliance Waits\n\n{definition}. The alliance says its "door remains open" to new members.')
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Northern Compact"]


def test_the_club_is_the_last_club_named_before_with_the_description_kept():
    rows = _rows('Kessely Returns Home\n\nJonah Kessely left Merrow Athletic at nineteen and came back in January on '
                 'a contract the club described as "unusual in length and in every other way".')
    row = rows[rows["kind"] == "partial"].iloc[0]
    assert (row["speaker"], row["speaker_role"]) == ("Merrow Athletic", "the club")


@pytest.mark.parametrize(("text", "speaker"), [
    ("After a closed meeting on Tuesday the Harbour Safety Council issued a statement calling the collision "
     "\"an avoidable failure\" of its rules.", "Harbour Safety Council"),
    ("The Kremlin released a statement that said the talks were \"a waste of everyone's time\".", "Kremlin"),
    ("Defence Minister Orla Fenwick put out a statement which called the strike \"a grave escalation\".",
     "Orla Fenwick"),
])
def test_who_issues_a_statement_speaks_through_it(text, speaker):
    assert set(_rows(text)["speaker"]) == {speaker}


@pytest.mark.parametrize("text", [
    "In her speech on Wednesday, Mayor Ilse Brandt proclaimed a goal of \"Clean Air By Twenty Thirty.\"",
    "Mayor Ilse Brandt ended the rally by calling for \"A city that breathes again.\"",
])
def test_a_capitalised_quotation_after_a_preposition_or_article_is_a_partial(text):
    rows = _rows(text)  # (the verb of speech may report its object too: 'proclaimed a goal of "..."')
    assert rows[rows["kind"] != "indirect"][["kind", "speaker"]].values.tolist() == [["partial", "Ilse Brandt"]]


@pytest.mark.parametrize("who", ["Professor Martin Holloway", "Dean Martin Holloway", "Martin Holloway"])
def test_a_person_of_a_body_described_in_lower_case_speaks(who):
    text = f"{who} of the law school said the ruling was \"a landmark for tenants\"."
    assert set(_rows(text)["speaker"]) == {"Martin Holloway"}


def test_a_title_word_after_a_role_in_lower_case_is_a_given_name():
    text = "NBC correspondent Dean Reynolds noted that \"most of the miners had already left.\""
    rows = _rows(text)
    assert set(rows["speaker"]) == {"Dean Reynolds"}
    assert set(rows["speaker_role"]) == {"NBC correspondent"}


def test_he_said_after_a_quotation_that_follows_a_quoted_person_is_that_person():
    text = ("President Karl Velk met senators on Tuesday.\n"
            "“I don’t know whether it changed anything,” Sen. Tomas Brill, a Republican, said after the meeting.\n"
            "“The only thing holding this up is the border,” he said.\n")
    assert _speaker_of(text, "The only thing holding this up is the border", "direct") == "Tomas Brill"


@pytest.mark.parametrize("between", [
    "“Are you running again?” the host, Lena Marsh, asked Mayor Olek Darrow.\n",  # a question: someone answers
    "“We were there first,” Lena Marsh said. Mayor Olek Darrow told reporters the talks were over.\n",
])
def test_he_said_after_a_question_or_a_named_subject_is_not_the_last_person_quoted(between):
    text = f"Mayor Olek Darrow spoke on Monday.\n{between}“We will see,” he said.\n"
    assert _speaker_of(text, "We will see", "direct") == "Olek Darrow"


@pytest.mark.parametrize("dash", ["—", "-", "--"])
def test_a_described_subject_with_an_aside_between_dashes_still_speaks(dash):
    text = f"The mayor {dash} who was re-elected in May {dash} said that the harbour would reopen on Friday."
    rows = _rows(text)
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "The mayor", "the harbour would reopen on Friday"]]


def test_a_fragment_closed_by_its_own_attribution_is_that_sources_not_the_reports():
    text = ("Dozens were arrested at a sit-in held by the campaign group Clear Rivers Now. Protesters urged the "
            "minister to reject \"every new sewage outfall on the estuary,\" the group said in a statement.")
    assert _speaker_of(text, "every new sewage outfall on the estuary") == "Clear Rivers Now"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The audit by the Northern Rail Safety Authority (NRSA) - which was commissioned by the ministry - found that "
     "two signals had failed.", "Northern Rail Safety Authority"),
    ("Finance Minister Olek Darrow - who took office in May - said that the budget was balanced.", "Olek Darrow"),
])
def test_a_named_subject_with_an_aside_between_spaced_hyphens_speaks(text, speaker):
    rows = _rows(text)
    assert rows["kind"].tolist() == ["indirect"] and rows["speaker"].iloc[0].startswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Maria Kessel first warned parliament in 1998. Today, in a new peer-reviewed paper published in Coastal Futures, "
     "she brings a sharper warning. According to the paper, the dunes will be gone by 2060.", "Maria Kessel"),
    ("In a report published on Monday, the Ministry of Health said waiting lists had grown. The report also found that "
     "staff shortages were worsening.", "Ministry of Health"),
])
def test_a_document_introduced_by_in_a_report_comma_is_the_subjects(text, speaker):
    rows = _rows(text)
    assert set(rows["speaker"]) == {speaker}


@pytest.mark.parametrize(("text", "source"), [
    ("Water is overtopping the levee at Tervik. Local radio says residents have been told to move upstairs.",
     "Local radio"),
    ("The dam held overnight. State television says the army has been deployed to the valley.", "State television"),
])
def test_radio_and_television_described_without_a_name_are_sources(text, source):
    rows = _rows(text)
    assert rows[["kind", "speaker_role"]].values.tolist() == [["indirect", source]]


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Ada Voss said that was a mistake.", "that was a mistake"),
    ("Senator Ada Voss believes that is still the case.", "that is still the case"),
    ("Senator Ada Voss said that wouldn't be fair to voters.", "that wouldn't be fair to voters"),
    ("Senator Ada Voss said that the plan would fail.", "the plan would fail"),
    ("Senator Ada Voss said that would-be migrants faced long waits.", "would-be migrants faced long waits"),
])
def test_that_followed_at_once_by_a_verb_is_the_reported_clauses_subject(text, content):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Ada Voss", content]]


@pytest.mark.parametrize("verb", ["have called", "described as", "dubbed"])
def test_what_a_source_names_with_quoted_words_is_a_fragment_and_no_clause(verb):
    rows = quotes.of_text(f"Union and management meet for what officials {verb} “a last chance” to end the dispute.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [["partial", "officials", "a last chance"]]


def test_what_a_speaker_describes_in_their_own_words_stays_a_report():
    rows = quotes.of_text("Defense Secretary Pete Hegseth underscored what he described as a growing focus on "
                          "diplomacy.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Pete Hegseth", "a growing focus on diplomacy"]]


@pytest.mark.parametrize("visit", ["was in Valmora to remind", "flew to Valmora to reassure",
                                   "travelled to Valmora to tell"])
def test_a_place_visited_for_the_purpose_of_a_report_stands_between_speaker_and_verb(visit):
    rows = quotes.of_text(f"Foreign Minister Ada Voss {visit} officials that support would continue.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Ada Voss", "support would continue"]]


@pytest.mark.parametrize(("text", "role", "content"), [
    ("Prosecutors allege the mayor took bribes from two builders.", "Prosecutors",
     "the mayor took bribes from two builders"),
    ("The lawsuit alleges the company hid losses from its investors.", "The lawsuit",
     "the company hid losses from its investors"),
])
def test_alleging_reports_a_clause_without_that(text, role, content):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [["indirect", role, content]]


@pytest.mark.parametrize("hearer", ["advocates", "business advocates", "farm leaders"])
def test_a_bare_plural_hearer_of_told_is_followed_by_the_reported_clause(hearer):
    rows = _rows(f"Administrator Ivo Brandt told {hearer} the agency will reconsider the rule.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Ivo Brandt", "the agency will reconsider the rule"]]


def test_a_plural_noun_that_is_also_a_verb_reports_nothing_before_its_participle_phrase():
    rows = _rows("Two reports released last year in Orsa warned that the harbour would silt up by 2040.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "Two reports released last year in Orsa", "the harbour would silt up by 2040"]]


@pytest.mark.parametrize(("tail", "clause"), [
    ("raising his voice and warning that the talks could fail", "the talks could fail"),
    ("raising his voice and urging residents to stay calm", "residents to stay calm"),
])
def test_a_second_participle_after_a_direct_quote_reports_for_its_speaker(tail, clause):
    rows = _rows(f"“We will not give up,” Mayor Ivo Brandt said, {tail}.")
    assert rows[["kind", "speaker", "text"]].values.tolist()[1:] == [["indirect", "Ivo Brandt", clause]]


@pytest.mark.parametrize(("subject", "speaker_role"), [
    ("The plaintiffs and their lawyers", "The plaintiffs and their lawyers"),
    ("Working over the weekend, the plaintiffs and their lawyers", "the plaintiffs and their lawyers"),
])
def test_a_quoted_phrase_after_a_comma_goes_on_the_sentence_of_its_subject(subject, speaker_role):
    rows = _rows(f"{subject} filed a brief on Monday, “in hopes of a ruling from the court before the week ends.”")
    assert rows[["kind", "speaker_role"]].values.tolist() == [["partial", speaker_role]]


def test_a_quoted_sentence_after_a_comma_is_still_direct():
    rows = _rows("The mayor spoke on Monday, “we will rebuild the harbour before the winter.”")
    assert rows["kind"].tolist() == ["direct"]


@pytest.mark.parametrize("middle", ["the magazine", "the magazine, in a long report in August,"])
def test_what_a_medium_described_as_is_its_words(middle):
    rows = _rows(f"The campaign sought to turn the doubt into what {middle} described as “the word of God.”")
    partial = rows[rows["kind"] == "partial"]
    assert partial["speaker_role"].tolist() == ["the magazine"]


@pytest.mark.parametrize("medium", ["The website", "The magazine", "The station"])
def test_a_medium_described_by_its_kind_speaks_as_a_body(medium):
    rows = _rows(f"{medium} noted that both candidates cited the same study.")
    assert rows[["speaker_type", "speaker_role"]].values.tolist() == [["organization", medium]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Senator Ana Ruiz left early. Her statement said the bill would cost jobs.", "Ana Ruiz", "Senator"),
    ("Senator Ana Ruiz left early. Her letter added that the bill would cost jobs.", "Ana Ruiz", "Senator"),
    ("The Harbour Board met on Monday. A statement issued after the meeting said the bill would cost jobs.",
     "Harbour Board", "A statement issued after the meeting"),
    ("A statement said the bill would cost jobs.", "", "A statement"),
    ("The Harbour Board met on Monday. Its report found that the bill would cost jobs.", "Harbour Board",
     "organization"),
    ("Senator Ana Ruiz wrote a book in May. Her book argues that the bill would cost jobs.", "Ana Ruiz", "Senator"),
])
def test_a_message_someone_sent_speaks_for_its_sender(text, speaker, role):
    rows = _rows(text)
    assert rows[["kind", "speaker", "speaker_role", "text"]].values.tolist() == [
        ["indirect", speaker, role, "the bill would cost jobs"]]


def test_a_relative_named_by_a_possessive_is_not_the_person_named_before():
    rows = _rows("Senator Ana Ruiz left early. Her son said the bill would cost jobs.")
    assert "Ana Ruiz" not in rows["speaker"].tolist()


@pytest.mark.parametrize(("headline", "speaker_role", "content"), [
    ("Democrats Say Harbour Plan Is ‘Dead On Arrival’", "Democrats", "Harbour Plan Is ‘Dead On Arrival’"),
    ("Experts Insist Drought Will Worsen", "Experts", "Drought Will Worsen"),
    ("Residents Deny Harbour Plan Was Ever Discussed", "Residents", "Harbour Plan Was Ever Discussed"),
])
def test_a_plural_subject_of_a_title_case_headline_reports_with_the_verb_capitalised(headline, speaker_role, content):
    rows = _rows(f"{headline}\n\nKESTRA - The council voted on Monday.")
    assert rows[["kind", "speaker_role", "text"]].values.tolist()[:1] == [["indirect", speaker_role, content]]


def test_a_headline_verb_after_will_in_the_reported_clause_does_not_cut_the_report():
    rows = _rows("Mayor Says Harbour Museum Will Tell of ‘Storms and Shipwrecks’\n\nKESTRA - Ada Lind spoke on Monday.")
    assert rows[["kind", "text"]].values.tolist()[:1] == [
        ["indirect", "Harbour Museum Will Tell of ‘Storms and Shipwrecks’"]]


@pytest.mark.parametrize(("headline", "fragment"), [
    ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments", "A Disgrace"),
    ("Tomas Brenner Says Tax Plan Will Bring ‘Misery and Debt’ to Northern Towns", "Misery and Debt"),
])
def test_a_title_case_headline_is_read_as_a_sentence(headline, fragment):
    body = ("Chris Christie, the governor of New Jersey, spoke on Monday." if "Christie" in headline else
            "Tomas Brenner, the opposition's finance spokesman, spoke on Monday.")
    rows = _rows(f"{headline}\n\n{body}")
    speaker = "Chris Christie" if "Christie" in headline else "Tomas Brenner"
    assert [r.speaker for r in rows.itertuples() if r.kind == "partial" and r.text == fragment] == [speaker]
    assert any(r.kind == "indirect" and r.speaker == speaker and fragment in r.text for r in rows.itertuples())


def test_a_headline_in_sentence_case_keeps_its_capitals():
    from analysis.marks import sentence_case_title
    text = "Mayor slams plan as ‘madness’ in City Hall row\n\nThe Mayor Spoke Later."
    assert sentence_case_title(text, []) == text


@pytest.mark.parametrize(("sentence", "content"), [
    ("The former finance director testified that she had raised the bid three times.",
     "she had raised the bid three times"),
    ("Union leader Ana Berg threatened that workers would strike in May.", "workers would strike in May"),
    ("Most economists reckon the rate will fall in June.", "the rate will fall in June"),
    ("Judge Ellen Marr concurred that the appeal should fail.", "the appeal should fail"),
])
def test_testify_threaten_concur_and_reckon_report_a_clause(sentence, content):
    assert [r.text for r in _rows(sentence).itertuples() if r.kind == "indirect"] == [content]


@pytest.mark.parametrize("tail", ["but not among the vast majority.", "which nobody had asked for in the first place."])
def test_a_quotation_that_goes_on_the_writers_sentence_after_a_comma_is_partial(tail):
    text = f'The senator acknowledged that there are still "some people" who feel that way, "{tail}"'
    rows = _rows(text)
    assert rows.loc[rows["text"] == tail.rstrip("."), "kind"].tolist() == ["partial"]
