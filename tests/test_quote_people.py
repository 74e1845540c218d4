"""Who a pronoun after a quotation is, and people a text names by one given name. The texts are written for
these tests."""

from __future__ import annotations

import pytest

from analysis import actors, quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    rows = quotes.of_text(text)
    return list(zip(rows["kind"], rows["speaker"], strict=True))


def test_she_after_a_reply_is_the_one_who_replied_not_the_one_who_asked():
    text = ("Presenter Jo Kemble asked whether the plan would survive. “It has to,” Alva Torres replied. "
            "“There is no other way.” She said she would not back down.")
    assert _speakers(text) == [("indirect", "Jo Kemble"), ("direct", "Alva Torres"), ("direct", "Alva Torres"),
                               ("indirect", "Alva Torres")]


@pytest.mark.parametrize("text", [
    "Sam, a nurse at the city hospital, said the wards were full.",
    "The first caller, Maureen from Eastfield, said the wards were full.",
])
def test_a_given_name_alone_with_a_role_is_a_person(text):
    rows = quotes.of_text(text)
    assert rows[["kind", "text"]].values.tolist() == [["indirect", "the wards were full"]]
    assert rows.iloc[0]["speaker"] in ("Sam", "Maureen")



def test_a_campaign_is_an_organization_not_a_person():
    rows = quotes.of_text("Amira Sheikh of the Bradford Cycle Campaign said the group backed the plan.")
    assert rows["speaker"].tolist() != ["Cycle Campaign"]  # a person named "Cycle Campaign" with a role
    assert rows["speaker"].tolist() == ["Amira Sheikh"]  # the person of the campaign speaks


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Royal College of Nursing said the wards were full.", "Royal College of Nursing"),
    ("The Federation of Small Businesses said the levy would hurt firms.", "Federation of Small Businesses"),
])
def test_a_body_named_institution_of_something_is_one_organization(text, speaker):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, "organization"]]


@pytest.mark.parametrize(("text", "role"), [
    ("A club spokesperson later said the club would appeal.", "A club spokesperson"),
    ("A Conservative backbencher said the figures were wrong.", "A Conservative backbencher"),
    ("A Labour MP said the figures were wrong.", "A Labour MP"),
])
def test_unnamed_speakers_with_an_adverb_or_a_parliamentary_role_are_their_description(text, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", role]]


@pytest.mark.parametrize("participle", ["pointing out", "noting", "arguing"])
def test_a_participle_after_a_comma_reports_for_the_subject_phrasal_or_not(participle):
    rows = quotes.of_text(f"Rachel Okonjo criticised the minister, {participle} that the budget had been cut.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Rachel Okonjo", "the budget had been cut"]]


@pytest.mark.parametrize("source", ["A person familiar with the matter", "A source familiar with the plan"])
def test_one_person_familiar_with_the_matter_is_an_unnamed_source(source):
    rows = quotes.of_text(f"{source} said the bid had been rebuffed twice.")
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", source]]


def test_a_second_surname_before_a_comma_belongs_to_the_name():
    text = "Ana Quintero Salcedo, 46, has been mayor since 2021. Quintero said the rationing had worked."
    assert quotes.of_text(text)["speaker"].tolist() == ["Ana Quintero Salcedo"]


def test_a_name_with_a_capitalised_word_after_it_keeps_its_two_words():
    text = "Trump said it would open. Donald Trump Tower is in New York."
    assert set(quotes.of_text(text)["speaker"]) == {"Donald Trump"}


def test_a_grid_operator_is_an_organization_not_a_person():
    rows = quotes.of_text("The grid operator, Northern Grid, says the fault has been isolated.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["Northern Grid", "organization"]]


def test_a_titled_double_surname_and_the_first_surname_alone_are_one_person():
    text = ("Mayor Ana Vergara Ruiz said the city would recover. Vergara added that the rationing would end "
            "in May.")
    assert set(quotes.of_text(text)["speaker"]) == {"Ana Vergara Ruiz"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Vice Minister of Commerce T. Barov said the step was positive.", "T. Barov"),
    ("Chairman of Orvenport Holdings H. Velmar said the company would invest.", "H. Velmar"),
    ("Deputy Attorney General Lisa O. Monaco said the case was closed.", "Lisa O. Monaco"),
])
def test_initials_after_a_title_of_a_body_open_the_name(text, speaker):
    assert quotes.of_text(text)["speaker"].tolist() == [speaker]


def test_a_name_with_a_middle_initial_after_for_keeps_its_given_name():
    rows = quotes.of_text("In a clip for Mary J. Blige's show, Blige sang. “Where do we go from here?” Blige asked.")
    assert set(rows["speaker"]) == {"Mary J. Blige"}


def test_a_quotation_inside_a_quotation_with_the_same_marks_does_not_end_it():
    rows = quotes.of_text("“I would rather live in what he calls “hell” than vote for him,” said Ana Ruiz.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Ana Ruiz", "I would rather live in what he calls “hell” than vote for him"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mr. Okafor met voters in Leeds. He said that taxes would rise.", "Okafor"),
    ("Dr. Lindqvist toured the ward on Friday. She said the wards were full.", "Lindqvist"),
    ("Sen. Brandt visited the plant. He told reporters the jobs would stay.", "Brandt"),
])
def test_an_honorific_or_title_makes_a_person_whatever_verb_follows(text, speaker):
    assert _speakers(text) == [("indirect", speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Halvern Container Terminals (HCT) runs the quay. HCT said it had offered to retrain every worker.",
     "Halvern Container Terminals (HCT)"),
    ("Shares in Pellham & Strand rose on Monday. The company said its board had rejected the approach.",
     "Pellham & Strand"),
    ("Brookvale Homes, the housing association expected to build the homes, said that rents would be capped.",
     "Brookvale Homes"),
    ("The Harbour Workers' Federation, which represents about 6,200 dockers, called a strike. The union said the "
     "cranes would cost 900 jobs.", "Harbour Workers' Federation"),
])
def test_organizations_a_text_marks_by_form_speak_and_are_referred_back_to(text, speaker):
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "indirect"]["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kestria Water Authority said the dam was safe. The KWA said repairs would start in May.",
     ["Kestria Water Authority (KWA)"] * 2),
    ("The Department of Harbours said it would appeal. The DOH said the ruling was wrong.",
     ["Department of Harbours (DOH)"] * 2),
    ("The Kestria Water Authority said the dam was safe. The KWR said repairs would start in May.",
     ["Kestria Water Authority", "KWR"]),  # initials that are not the body's stay apart
])
def test_an_acronym_the_text_spells_out_is_the_same_body(text, expected):
    assert quotes.of_text(text)["speaker"].tolist() == expected


@pytest.mark.parametrize("text", [
    "According to H. Velmar, the company plans to invest in cranes, creating jobs.",
    "Oleksiy Marchenko, a union organiser at the port, said the cranes would cost jobs.",
])
def test_a_person_before_a_description_of_a_body_stays_a_person(text):
    assert "organization" not in quotes.of_text(text)["speaker_role"].tolist()


@pytest.mark.parametrize(("text", "role"), [
    ("Police said about 300 strikers had gathered peacefully at the gate.", "Police"),
    ("A person close to the operators, who spoke on condition of anonymity, said the offer would not improve.",
     "A person close to the operators"),
    ("Plot holders in Ashcombe say they will fight plans to sell off the allotments.", "Plot holders in Ashcombe"),
    ("The trustees of the pension scheme said they were monitoring developments closely.",
     "The trustees of the pension scheme"),
])
def test_unnamed_sources_named_by_what_they_do_or_who_they_are_close_to(text, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", role]]


def test_informed_reports_what_follows_like_told():
    rows = quotes.of_text("The akim of the district, Marat Seitov, informed that the district had applied for funds.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Marat Seitov", "the district had applied for funds"]]


def test_he_opening_a_sentence_after_a_quote_is_its_speaker():
    text = ("Owen Castellane has conceded. Speaking to supporters, the candidate said he had phoned Sunita Bhalla. "
            "“The city has spoken,” he told the room. “But 47 per cent voted for change.” "
            "He accused the mayor of running “a campaign of fear”.")
    rows = quotes.of_text(text)
    assert rows[rows["text"] == "a campaign of fear"]["speaker"].tolist() == ["Owen Castellane"]


def test_a_heading_word_before_a_verb_is_no_person_and_a_middle_initial_makes_one():
    text = ("00:22 – Turnout confirmed\n\nSunita R. Bhalla of the Progressive Union has been re-elected.\n\n"
            "She said counting was running half an hour behind schedule.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Sunita R. Bhalla"]]


def test_a_profession_by_its_ending_is_a_role():
    rows = quotes.of_text("The ecologist Yerlan Dzhumabekov called the water quotas “a paper fiction”.")
    assert rows[["speaker", "speaker_role"]].values.tolist()[0] == ["Yerlan Dzhumabekov", "ecologist"]


def test_a_clause_after_told_me_may_open_with_a_bare_noun_phrase():
    rows = quotes.of_text("Joan Whitlow has worked there for 22 years. She told me visitor numbers had risen by 9%.")
    assert rows[["speaker", "text"]].values.tolist() == [["Joan Whitlow", "visitor numbers had risen by 9%"]]


def test_a_name_set_off_after_a_noun_does_not_end_the_reported_clause():
    rows = quotes.of_text("Sen. Dolores A. Fuentes said the Army had paid the contractor, Arclight Defense Systems, "
                          "nearly $600 million before the faults were found.")
    assert rows["text"].tolist() == ["the Army had paid the contractor, Arclight Defense Systems, nearly $600 million "
                                     "before the faults were found"]


def test_a_company_name_a_description_and_a_participle_that_goes_on():
    text = ("Shares in Pellham & Strand rose after the supermarket chain said it had rejected an approach from "
            "private equity firm Halberd Capital, calling the proposal one that “significantly undervalues” the "
            "business. The company said in a statement that its board had been unanimous. Norvane Logistics said "
            "it had agreed to buy Castell Freight. Norvane will pay $42 a share, the company said.")
    rows = quotes.of_text(text)
    assert rows["speaker"].tolist() == ["Pellham & Strand"] * 4 + ["Norvane Logistics"] * 2


def test_the_company_is_not_the_union_that_spoke_last():
    text = ("The Harbour Workers' Federation said operators had refused any guarantee. Halvern Container "
            "Terminals (HCT) said it had offered to retrain workers. The company accused the federation of walking "
            "away from a deal that was “ninety per cent done”.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Halvern Container Terminals (HCT)"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will rebuild,” said Kwame Osei Mensah, the mayor.", "Kwame Osei Mensah"),
    ("“We will rebuild,” María José García said.", "María José García"),
    ("“We will rebuild,” said Ionuț Popescu, the mayor.", "Ionuț Popescu"),
    ("Ana Vergara Ruiz runs a bakery in León. “Prices keep rising,” Vergara said.", "Ana Vergara Ruiz"),
])
def test_three_part_names_letters_beyond_latin_1_and_a_first_surname_alone(text, speaker):
    assert quotes.of_text(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("office", ["The reeve of Holmford parish", "The warden of the Dunmere Estate"])
def test_an_office_of_a_place_set_off_before_a_name_is_the_persons_role(office):
    text = (f"{office}, Ansel Varga, said the channel would be cleaned by May. "
            f"“We are not sitting with folded arms,” the {office.split()[1]} said.")
    assert _speakers(text) == [("indirect", "Ansel Varga"), ("direct", "Ansel Varga")]


def test_a_time_set_off_before_a_name_is_no_role():
    rows = actors.of_text("The morning of Election Day, Ansel Varga, who lost, said it was fair.", actors.load())
    assert [(r["actor"], r["role"]) for r in rows] == [("Ansel Varga", "")]


def test_what_a_relative_clause_says_someone_wrote_is_no_report_and_the_name_after_it_speaks():
    text = ("The engineer who wrote the email, Daniel Ostrowski, told the inquiry on Monday that he had flagged "
            "the readings “in the plainest language I could find”.")
    assert _speakers(text) == [("indirect", "Daniel Ostrowski"), ("partial", "Daniel Ostrowski")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tran Thi Mai, a vendor, said prices had doubled. “It is hard,” Tran said.", "Tran Thi Mai"),
    ("“It is over,” said Ruta Kalnina Berzina, the coach.", "Ruta Kalnina Berzina"),
])
def test_a_three_word_name_whose_first_word_is_no_listed_given_name(text, speaker):
    assert {s for _, s in _speakers(text)} == {speaker}


@pytest.mark.parametrize("text", ["Farmer Jo Kemble said the well was dry.",
                                  "Presenter Jo Kemble said the well was dry."])
def test_a_role_before_a_two_word_name_is_no_first_name(text):
    assert _speakers(text) == [("indirect", "Jo Kemble")]


def test_a_person_described_by_a_trade_that_also_names_a_company_stays_a_person():
    rows = quotes.of_text("Sipho Mandla Dube, a miner, said the shaft was unsafe.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["Sipho Mandla Dube", "a miner"]]


@pytest.mark.parametrize(("text", "role"), [
    ("The deal is dead, according to two people familiar with the matter.", "two people familiar with the matter"),
    ("Two officials familiar with the negotiations said the deal was dead.",
     "Two officials familiar with the negotiations"),
    ("A diplomat briefed on the talks said the deal was dead.", "A diplomat briefed on the talks"),
])
def test_a_source_described_by_its_access_to_the_matter_is_kept_whole(text, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", role]]


@pytest.mark.parametrize(("text", "role"), [
    ("“Go home,” police told the protesters.", "police"),
    ("“Go home,” Ruiz’s office told the protesters.", "Ruiz’s office"),
])
def test_who_is_told_after_a_quotation_listens_and_does_not_speak(text, role):
    assert quotes.of_text(text)[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Co-leader Tomas Brecht said his party was wary.", "Tomas Brecht", "Co-leader"),
    ("Vice-chair Anna Berg said the plan was sound.", "Anna Berg", "Vice-chair"),
])
def test_a_role_with_a_prefix_of_rank_is_no_part_of_the_name(text, speaker, role):
    assert quotes.of_text(text)[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_the_statement_of_an_institution_is_the_institutions():
    text = ("The Farmers' Union of Marrowdale raised a different concern. “A farm is worth more on paper than it "
            "earns,” its statement read. “Why should a family farm pay for it?”")
    assert _speakers(text) == [("direct", "Farmers' Union of Marrowdale")] * 2
    text = "The Kremlin hit back on Monday. “We are sorry,” the statement said."
    assert _speakers(text) == [("direct", "Kremlin")]


def test_read_reports_only_after_a_document():
    for text in ("“Be safe,” the sign read.", "“Stay home,” she read aloud from the card."):
        assert quotes.of_text(text)[["cue", "speaker"]].values.tolist() == [["", ""]]


@pytest.mark.parametrize(("text", "role"), [
    ("Could someone explain how the tax office intends to value a painting?", "the tax office"),
    ("Can anyone tell me why the council insists the road is safe?", "the council"),
])
def test_a_source_described_in_a_question_is_what_follows_its_question_word(text, role):
    assert quotes.of_text(text)[["speaker", "speaker_role"]].values.tolist() == [["", role]]


@pytest.mark.parametrize(("text", "role"), [
    ("John Smith said he would resign. A spokeswoman for the council said the board had hired 140 nurses. "
     "“We are grateful,” she said.", "A spokeswoman for the council"),
    ("John Smith said he would resign. One neighbour, who asked not to be named, said the street was scared. "
     "“We lock the doors now,” he said.", "One neighbour"),
])
def test_he_or_she_after_a_described_source_that_spoke_is_that_source(text, role):
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "direct"][["speaker", "speaker_role"]].values.tolist() == [["", role]]


def test_a_described_source_of_the_other_sex_is_not_the_one_meant():
    text = ("Anna Berg said she would resign. A spokesman for the council said the board had hired 140 nurses. "
            "“We are grateful,” she said.")
    rows = quotes.of_text(text)
    assert rows[rows["kind"] == "direct"]["speaker"].tolist() == ["Anna Berg"]


def test_an_office_of_two_capitalised_words_is_no_persons_name():
    text = ("Siobhan O’Malley rose. “Will the Home Secretary tell the House how many stations have closed?” she "
            "asked. The Home Secretary, Margaret Ellory-Vance, had seen this coming. She insisted that the closures "
            "had been offset.")
    assert _speakers(text) == [("direct", "Siobhan O’Malley"), ("indirect", "Margaret Ellory-Vance")]


def test_dame_is_a_title_and_a_title_with_the_given_name_is_the_person():
    text = ("The Speaker, Dame Hilary Kettlewell, rose. By half past four, the Chamber was glazed. "
            "Dame Hilary reminded members that the debate would end at seven.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["Hilary Kettlewell", "The Speaker"]]


def test_who_after_a_name_and_its_apposition_is_the_name():
    text = "Next came Dr Adaeze N. Okafor, the member for Tarrow Bay, who said that the bill did nothing for farms."
    assert _speakers(text) == [("indirect", "Adaeze N. Okafor")]


def test_he_after_a_role_that_opens_the_sentence_before_is_the_person_with_that_role():
    text = ("Castlebridge’s manager, Tomás de la Fuente, was relaxed. The captain, Pieter van Rensburg, spoke of "
            "“a different spirit” in the squad. His manager refused to get carried away.\n\n"
            "“Top in October means nothing,” he said.")
    assert _speakers(text)[-1] == ("direct", "Tomás de la Fuente")


def test_he_or_she_skips_a_person_of_the_other_sex():
    text = ("Mary Garrow was born in 1931. The critic Douglas Ferrier once dismissed her as “a miniaturist”. "
            "She later said she had the review framed.")
    assert _speakers(text)[-1] == ("indirect", "Mary Garrow")
    text = "Mr. Kuanysh Abdrakhmanov fishes here. Ms. Dana Kemel spoke to him. “We are losing the lake,” she said."
    assert _speakers(text)[-1] == ("direct", "Dana Kemel")


def test_an_age_description_of_many_words_is_the_person_last_named():
    text = ("For Mary Dunn, the question is not academic. The 31-year-old care worker and mother of two says the "
            "payments allowed her to drop a night shift.")
    assert _speakers(text) == [("indirect", "Mary Dunn")]


def test_a_subject_after_a_lead_in_phrase_opens_its_sentence():
    text = ("Cllr Peter Hanley, cabinet member for housing, said the council had no easy choices.\n\n"
            "Local MP Andrew Crossley said he had written to the council leader.\n\n"
            "Speaking after the meeting, Mr Hanley insisted no decision had been taken. “Nothing is signed,” he said.")
    assert _speakers(text)[0] == ("indirect", "Peter Hanley")
    assert _speakers(text)[-1] == ("direct", "Peter Hanley")


def test_what_a_name_owns_is_the_subject_of_a_coordinated_report():
    text = "Walter Pell was hurt on Monday. Mr Pell's family thanked the paramedics and said they were heartbroken."
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "Pell's family"]]


def test_a_description_named_only_later_is_the_one_person_who_holds_that_role():
    text = ("23:40 - The returning officer said the margin was too wide for a recount.\n\n"
            "21:05 - Turnout was 38 per cent, according to returning officer Dana Whitcombe.")
    assert _speakers(text)[0] == ("indirect", "Dana Whitcombe")


def test_a_description_stays_described_when_two_people_named_later_hold_the_role():
    text = ("The returning officer said the margin was too wide for a recount. Later, returning officer Dana "
            "Whitcombe and returning officer Ravi Shah signed the declaration.")
    rows = quotes.of_text(text)
    assert rows.iloc[0]["speaker"] == "" and rows.iloc[0]["speaker_role"] == "The returning officer"


def test_a_person_named_in_a_lead_in_is_not_the_pronoun_after_it():
    text = ("Caller Connor Ashby said he vaped to stay off cigarettes. Minister Eamon Quayle then joined the "
            "programme. Responding to Mr Ashby, he said adults would still have menthol. “Connor, I hear you.”")
    assert _speakers(text)[1:] == [("indirect", "Eamon Quayle"), ("direct", "Eamon Quayle")]


def test_the_subject_of_a_lead_in_is_still_the_pronoun_after_it():
    text = "Minister Eamon Quayle joined the call. When Mr Connor Ashby rang in, he said prices would rise."
    assert _speakers(text) == [("indirect", "Connor Ashby")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Cllr Gareth Penhaligon spoke first. The councillor added that his group would seek a review.",
     "Gareth Penhaligon"),
    ("Gen. Anton Kovac visited the base. The general said that more tankers were on the way.", "Anton Kovac"),
    ("Prof. Mira Sandoval gave evidence. The professor said that the data were incomplete.", "Mira Sandoval"),
])
def test_a_description_by_office_is_the_person_named_with_its_abbreviated_title(text, speaker):
    assert _speakers(text)[-1] == ("indirect", speaker)


def test_an_office_set_off_before_a_courtesy_title_and_name_is_that_persons_role():
    text = ("The mayor, Cllr Oliver Marsh, who chaired the meeting, asked for quiet. Cllr Ada Penn spoke next. "
            "The mayor later told this newspaper that the behaviour had been unacceptable.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "text"]].values.tolist()[-1] == ["Oliver Marsh", "the behaviour had been unacceptable"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("At his shop in Brackwater, Otabek Yusupov was pleased with half of the package. “Take them,” he said.",
     "Otabek Yusupov"),
    ("At the clinic, Chinedu Okafor was pleased. “Good riddance,” he said.", "Chinedu Okafor"),
    ("After the hearing, Kayleigh Brannock was relieved. “It is over,” she said.", "Kayleigh Brannock"),
])
def test_a_given_name_of_another_naming_tradition_makes_a_person(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Aigul Temirbekova runs the only pharmacy in the village. “We have no insulin,” she said.", "Aigul Temirbekova"),
    ("Nodira Shevchenko teaches at the school. “The roof leaks,” she said.", "Nodira Shevchenko"),
    ("Lasha Beridze farms above the valley. “The river is gone,” he said.", "Lasha Beridze"),
])
def test_a_surname_by_its_ending_makes_a_person_whose_given_name_is_not_listed(text, speaker):
    assert _speakers(text) == [("direct", speaker)]


def test_a_name_after_a_radio_station_is_the_station_whatever_its_ending():
    found = actors.of_text("Olga Marchenko told the radio station Golos Varenska that the windows came in.",
                           actors.shipped())
    assert [(m["actor"], m["actor_type"]) for m in found] == [("Olga Marchenko", "person"),
                                                             ("Golos Varenska", "organization")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sofia Lindqvist lost in three sets. Asked about an appeal, the Swede said she would “think about it”.",
     "Sofia Lindqvist"),
    ("Diane R. Okafor runs the firm. The 58-year-old said she was “very confident” of approval.", "Diane R. Okafor"),
    ("Marco Bellini scored twice. The veteran Italian said he had “never felt better”.", "Marco Bellini"),
])
def test_an_epithet_for_a_person_is_the_person_last_named(text, speaker):
    assert _speakers(text) == [("indirect", speaker), ("partial", speaker)]


def test_a_party_epithet_skips_a_person_of_another_party_and_a_body_stays_described():
    text = ("Republican Sen. Ray Holt spoke first. Democratic Rep. Ana Ruiz replied. "
            "The Republican said the bill would pass. The Commission said it would appeal.")
    assert _speakers(text)[-2:] == [("indirect", "Ray Holt"), ("indirect", "")]


def test_a_pronoun_skips_a_man_whose_given_name_is_only_in_the_international_lists():
    text = "Pavel Novak met Halyna Kravets in Lviv. She said the talks had failed."
    assert _speakers(text) == [("indirect", "Halyna Kravets")]


def test_a_pronoun_after_a_lead_in_and_the_name_set_off_after_it_is_not_that_name():
    text = ("Mayor Halyna B. Voronets said the town had shrunk. Asked about remarks by the negotiator, "
            "Pavel Orlovsky, she said they were “an insult to the dead.”")
    assert _speakers(text)[1:] == [("indirect", "Halyna B. Voronets"), ("partial", "Halyna B. Voronets")]


def test_a_description_of_an_office_prefers_its_holder_to_a_deputy_named_nearer():
    text = ("Foreign Minister Anja M. Kirsch said a ceasefire was close. Deputy Foreign Minister Pavel S. Orlovsky "
            "said the talks were useful. Asked about Orlovsky's remarks, the foreign minister said the other side "
            "was “negotiating with one hand and shelling with the other.”")
    assert _speakers(text)[2:] == [("indirect", "Anja M. Kirsch"), ("partial", "Anja M. Kirsch")]


@pytest.mark.parametrize(("text", "brought_in"), [
    ("Foreign Minister Anja Kirsch said talks would go on. A Castellanian official involved in the talks was more "
     "upbeat. “They are arguing about commas,” the official said.", "A Castellanian official"),
    ("Foreign Minister Anja Kirsch said talks would go on. One of the diplomats was more upbeat. The draft now runs "
     "to 11 pages, the diplomat said.", "One of the diplomats"),
])
def test_a_description_after_an_unnamed_source_brought_in_is_that_source_not_a_person_named_before(text, brought_in):
    """As the text brought it in, so that a reader sees which official."""
    rows = quotes.of_text(text)
    assert rows["speaker"].tolist() == ["Anja Kirsch", ""]
    assert rows["speaker_role"].tolist()[-1] == brought_in


def test_a_description_after_an_apposition_is_still_the_person_it_described():
    text = "Anja Kirsch, a former diplomat, said talks would go on. “It is hard,” the diplomat said."
    assert _speakers(text) == [("indirect", "Anja Kirsch"), ("direct", "Anja Kirsch")]


def test_a_name_after_a_body_noun_with_a_capitalised_or_possessive_lead_is_that_body():
    text = ("The chief executive of Castellane's state-controlled energy company Enercast told the Valmora daily "
            "El Heraldo that prices would rise.")
    found = {(m["actor"], m["actor_type"]) for m in actors.of_text(text, actors.shipped())}
    assert {("Enercast", "organization"), ("El Heraldo", "media")} <= found  # a daily is a news medium


def test_a_long_office_set_off_before_a_name_is_its_role_and_the_name_is_the_subject():
    text = ("The chief executive of Castellane's state-controlled energy company Enercast, Joaquín M. Ybarra-Leal, "
            "has said his company will not extend the deal. The executive said the new terminal would open in "
            "October.")
    rows = quotes.of_text(text)
    assert rows["speaker"].tolist() == ["Joaquín M. Ybarra-Leal"] * 2
    assert rows["speaker_role"].iloc[0].startswith("The chief executive of")


def test_the_role_before_a_name_is_the_nearest_description_that_holds_a_role_noun():
    text = ("The paper reported at the time that the RT editor in chief, Margarita Simonyan, had praised the "
            "channel.")
    roles = {m["actor"]: m["role"] for m in actors.of_text(text, actors.shipped())}
    assert roles["Margarita Simonyan"] == "the RT editor in chief"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Father Ilarion Kesh-Mazur has buried many parishioners. The talks were, according to the priest, “a game "
     "played by people who have never heard a shell land.”", "Ilarion Kesh-Mazur"),
    ("Dr. Emil Sarkany is the only surgeon left. “Quieter, not quiet,” the surgeon said.", "Emil Sarkany"),
])
def test_a_description_by_vocation_is_the_person_named_with_its_form_of_address(text, speaker):
    assert {s for _, s in _speakers(text)} == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ("The governor, Gennady Yu. Shestopalov, said he was stepping down.", "Gennady Yu. Shestopalov"),
    ("In Valmora, Ye.O. Satina noted that the delegation was acting on the directives of the Head of State.",
     "Ye.O. Satina"),
    ("The hokim of the region, Honoured Builder of the Republic Sherzod U. Tashpulatov, reported that 37 new "
     "buildings had been finished.", "Sherzod U. Tashpulatov"),
])
def test_names_of_state_media_keep_their_two_letter_initials_and_given_names(text, speaker):
    assert _speakers(text) == [("indirect", speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Councillor Imelda Strachan chaired the meeting. The 54-year-old, who learned to swim there herself, added "
     "that the council would look at ways to keep the site open.", "Imelda Strachan"),
    ("Mrs Edna Polglase, 88, was in the gallery. The great-grandmother said she would keep swimming in the sea.",
     "Edna Polglase"),
])
def test_an_epithet_with_a_relative_clause_or_of_kinship_is_the_person_last_named(text, speaker):
    assert _speakers(text)[-1] == ("indirect", speaker)


def test_a_name_set_off_after_a_description_opening_a_sentence_is_its_subject_for_a_later_he():
    text = ("Gennady Shestopalov, a former engineer, had governed the region since 2014. The director of the plant, "
            "Vadim Kondratyuk, told a newspaper that the fire had started during welding work. “The contractor had "
            "no permit,” he told the newspaper.")
    assert _speakers(text)[-1] == ("direct", "Vadim Kondratyuk")


@pytest.mark.parametrize(("text", "speaker"), [
    ("A former director at Tamar Vale Water told an inquiry on Thursday that he did not read the warning.\n\n"
     "Keith D. Millward, who ran the works until 2022, was giving evidence on the fourth day.", "Keith D. Millward"),
    ("HALVERN, Feb 17 (Wire) - Estmark's main dockworkers' union said on Tuesday it would extend its strike.\n\n"
     "More than 40 ships were waiting at anchor.\n\nThe Harbour Workers' Federation, which represents about 6,200 "
     "dockers, had asked for a job guarantee.", "Harbour Workers' Federation"),
    ("ZAPORIZHZHIA (AP) - Ukraine's top prosecutor disclosed plans Wednesday for the first war crimes trial.\n\n"
     "Prosecutor General Iryna Venediktova charged a sergeant in the killing of a civilian.", "Iryna Venediktova"),
])
def test_a_source_the_lead_describes_is_the_one_the_next_sentences_open_with(text, speaker):
    assert _speakers(text)[0] == ("indirect", speaker)


def test_a_source_the_lead_keeps_unnamed_stays_unnamed():
    text = "A senior official said the talks had failed.\n\nAnja Kirsch, the foreign minister, arrived on Monday."
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "A senior official"]]


def test_according_to_a_description_and_the_name_set_off_after_it_is_that_person():
    text = ("According to the hydrologist of the Institute of Water Problems, candidate of geographical sciences "
            "Saltanat Yerzhanova, the level of the lake has fallen by 2.3 metres.")
    assert _speakers(text) == [("indirect", "Saltanat Yerzhanova")]


def test_a_lead_naming_an_office_by_its_country_is_the_person_the_next_sentence_opens_with():
    text = ("LYSGAARD, March 12 (Wire) - The two sides have agreed to exchange 300 prisoners, Kestria's chief "
            "negotiator said on Wednesday.\n\nOskar Brennik, a former defence minister who leads the delegation, "
            "told reporters the swap was close.")
    assert [s for _, s in _speakers(text)] == ["Oskar Brennik", "Oskar Brennik"]


def test_where_the_words_were_said_may_stand_between_a_name_and_its_verb():
    text = ("The official representative of the ministry, M.I. Sablina, at a regular briefing described as "
            "“absurd” the statements of the other side.")
    assert {s for _, s in _speakers(text)} == {"M.I. Sablina"}


def test_an_infirmary_is_a_body_not_a_person():
    found = actors.of_text("Sam, a nurse at the Royal Infirmary, called in.", actors.shipped())
    assert ("Royal Infirmary", "organization") in {(m["actor"], m["actor_type"]) for m in found}


def test_the_minister_is_not_a_prime_minister_named_nearer():
    text = ("The foreign minister, Yevdokiya Ilinskaya, warned of a response. Prime Minister Jonas Felder-Ruiz "
            "called for calm. The minister later told state television that a response would come.")
    assert _speakers(text)[-1] == ("indirect", "Yevdokiya Ilinskaya")


def test_a_pronoun_after_a_sentence_whose_subject_follows_a_lead_in_is_that_subject():
    text = ("“This is unfair,” Ivo Danek said. After a morning break, Judge Arthur Orsk took a quieter role in "
            "policing Danek’s answers. He told the clerk that he would wait, “if the witness wants to ramble.”")
    rows = quotes.of_text(text)  # the words after "he would wait," go on the writer's sentence: a partial quote
    assert rows.loc[rows["kind"] != "indirect", "speaker"].tolist() == ["Ivo Danek", "Arthur Orsk"]


def test_a_bare_description_is_the_fuller_one_that_spoke_before_not_a_holder_named_later():
    text = ("Kestria has no plans to send jets, Premier Ada Voss’s spokesperson said on Monday. Asked if Kestria "
            "would send jets, the spokesperson said: “There are no plans to do that.”\n\n"
            "Asked about the aid, Palace spokesperson Ivo Danek said: “We take a dim view of this.”")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [
        ["indirect", "", "Premier Ada Voss’s spokesperson"], ["direct", "", "Premier Ada Voss’s spokesperson"],
        ["direct", "Ivo Danek", "Palace spokesperson"]]


def test_a_body_described_by_its_owner_is_not_a_person_whose_role_names_it():
    text = ("Mara Linde, the Voss campaign’s political director, said the team was ready. Voss’s campaign on Tuesday "
            "said it has 100 offices in key states.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [
        ["Mara Linde", "the Voss campaign’s political director"], ["", "Voss’s campaign"]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Rabbi David Stern said the plan would divide the town.", "David Stern", "Rabbi"),
    ("Canon Hilde Marrack, dean of Amberley Cathedral, struck a similar note. “A city that never stops is not a "
     "richer city,” she said.", "Hilde Marrack", "Canon"),
])
def test_a_clerical_title_is_a_title_and_a_cathedral_no_person(text, speaker, role):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The head of the observer mission, Sen. Ilario Vossberg of Lusenne, said his team had found failings.",
     "Ilario Vossberg"),
    ("The committee's chairman, Jim Harlan of Ohio, said the bill was dead.", "Jim Harlan"),
])
def test_a_name_set_off_after_a_description_may_say_where_the_person_is_from(text, speaker):
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Syrian President Ahmed al-Sharaa said the talks would go on.", "Ahmed al-Sharaa"),
    ("Egypt's president, Abdel Fattah el-Sisi, said the talks would go on.", "Abdel Fattah el-Sisi"),
    ("The spokesman, Dafydd ap Rhys-Moreno, said the talks would go on.", "Dafydd ap Rhys-Moreno"),
])
def test_names_with_a_joined_article_or_a_welsh_particle(text, speaker):
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == [speaker]


def test_a_plural_noun_before_were_is_no_person_for_a_later_pronoun():
    text = ("Jurors were also shown an email from Dr. Imke Sorvaag, then head of pricing, in which she wrote that "
            "some hospitals would have to choose.")
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == ["Imke Sorvaag"]


def test_assessed_reports_a_clause_with_that_or_as_and_a_dealer_is_a_source():
    rows = quotes.of_text("The union assessed the decision as “a small step”. Inspectors assessed the damage. "
                          "A currency dealer said that the market was calm.")
    assert [(r.kind, r.speaker_role) for r in rows.itertuples()] == [
        ("indirect", "The union"), ("partial", "The union"), ("indirect", "A currency dealer")]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("The army launched what it called “a special operation” on Friday.", "", "The army"),
    ("Union and management meet for what both sides have called “a last chance” to end the dispute.", "",
     "both sides"),
    ("Sergei Lavrov spoke. The ministry announced what he called “a new phase”.", "Sergei Lavrov", ""),
])
def test_a_fragment_after_what_and_a_verb_of_description_is_the_relative_subjects(text, speaker, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["partial", speaker, role]]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("Meanwhile, Karol Nawrocki’s camp warned of what it described as a “monopoly on power”.", "",
     "Karol Nawrocki’s camp"),
    ("The union rejected what it described as “a dead end”.", "", "The union"),
    ("The European Union condemned what it called “a sham vote”.", "European Union", "organization"),
])
def test_it_before_a_verb_of_description_is_the_body_that_opens_the_sentence_not_an_earlier_source(
        sentence, speaker, role):
    rows = quotes.of_text("An adviser to President Edvard Lunde said the count was fair.\n\n" + sentence)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist()[1:] == [["partial", speaker, role]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Justice Oriana Feldt told jurors they must not read about the case online.", "Oriana Feldt", "Justice"),
    ("The Treasury insists nothing has been cut.", "Treasury", "government"),
    ("Riot police used tear gas after stones were thrown, according to witnesses.", "", "witnesses"),
])
def test_judges_tell_jurors_the_treasury_speaks_and_witnesses_are_cited(text, speaker, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", speaker, role]]


def test_witnesses_opening_a_sentence_are_no_person():
    assert [r.speaker_type for r in quotes.of_text("Witnesses said the strike was lawful.").itertuples()] == [
        "unknown"]


def test_a_name_that_opens_a_paragraph_a_pronoun_goes_on_from_is_a_person_whatever_its_given_name():
    text = ("Professor Abel Kinsale is less detached. “It is a windfall for the supermarkets.”\n\n"
            "Alun Petrie sees it differently. Last winter he discovered that his son was vaping. The ban, he says, "
            "“can't come soon enough”.")
    rows = quotes.of_text(text)
    assert rows.loc[rows["text"] == "can't come soon enough", "speaker"].tolist() == ["Alun Petrie"]
    assert [m["actor"] for m in actors.of_text("Alun Petrie sees it differently. The ban came in.", actors.load())
            ] == []


def test_the_office_resolves_to_the_person_named_before_by_an_equivalent_description():
    text = ("Mihai Ostrava, Moldova’s 37-year-old newly minted top diplomat, was in Washington this week. Moldova, "
            "under President Maia Sandu, struggles to fight off Russian meddling.\n\n"
            "“Putin’s ambitions are imperial,” the foreign minister said.")
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == ["Mihai Ostrava"]


@pytest.mark.parametrize("lead", ["The 66-year-old said:", "Asked about pressure, the 66-year-old former judge said:",
                                  "Asked about pressure, the 66-year-old said,"])
def test_an_age_before_a_colon_or_after_a_lead_in_is_the_person_last_named(lead):
    text = f"Dr. Feliks T. Ambrozy told reporters the recount would begin on Monday. {lead} “No one has called me.”"
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == ["Feliks T. Ambrozy"] * 2


@pytest.mark.parametrize(("text", "speaker"), [
    ("Corveline, now owned by the Delmarre Group, said in a filing that it had set aside 210 million marks.",
     "Corveline"),
    ("Orla Brennan, based in Berlin, said the market was calm.", "Orla Brennan"),
])
def test_a_participle_apposition_leaves_the_name_before_it_the_subject(text, speaker):
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == [speaker]


def test_a_description_before_a_name_that_ends_the_sentence_is_its_role():
    text = ("The decision was announced by the governor of the National Bank, Radka Vesel. Vice-governor Tadeas "
            "Lorinc said two members had wanted a bigger cut. The governor denied that the Bank had acted under "
            "pressure.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist()[-1] == ["Radka Vesel", "the governor of the National Bank"]


def test_a_description_after_a_lead_in_of_time_speaks_through_its_second_verb():
    text = ("Three winters ago, when the river burst its banks, the finance minister stood on a pallet and promised "
            "the town it would ‘never happen like this again’.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "the finance minister", "it would ‘never happen like this again’"],
        ["partial", "the finance minister", "never happen like this again"]]
    assert quotes.of_text("The minister promised a new barrier by 2027.")["text"].tolist() == [
        "a new barrier by 2027"]


def test_a_profession_after_a_possessive_is_the_role_a_later_description_resolves_to():
    text = ("Under cross-examination by Pryor's barrister, Julian Okafor-Wendt, the witness accepted that he had "
            "never put his concerns in writing.\n\n“The question is whether Mr. Pryor could have known,” the "
            "barrister said.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [
        ["indirect", "", "the witness"],  # "the witness accepted that ...": a concession it reports
        ["direct", "Julian Okafor-Wendt", "Pryor's barrister"]]


def test_a_clause_after_a_name_is_not_its_role():
    mention = actors.of_text("The inquiry heard from Saul Vantongeren, the engineer admitted that he had lied.",
                             actors.load())
    assert [(m["actor"], m["role"]) for m in mention][:1] == [("Saul Vantongeren", "")]


def test_a_one_word_name_that_which_goes_on_from_is_no_person_a_pronoun_can_stand_for():
    text = ("Norhavn, which sets its own quota, reacted angrily. Its fisheries commissioner, Dr. Linnea Aasgard-Holt, "
            "said Norhavn would go to the council.\n\n“There will be no mackerel left,” she told the broadcaster.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [
        ["indirect", "Linnea Aasgard-Holt", "Its fisheries commissioner"],
        ["direct", "Linnea Aasgard-Holt", "Its fisheries commissioner"]]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Tobi Okonkwo-Reyes scored twice. The 22-year-old, who is on loan from Castlebar United, told reporters he had "
     "never felt pressure like it.", "Tobi Okonkwo-Reyes", ""),
    ("A senior planner, who asked not to be named because he was not authorised to speak, said the cost estimate "
     "had risen.", "", "A senior planner"),
    ("The pool is run by a private operator, Vitalis Leisure Ltd, which told the Courier it had capacity for more "
     "bookings.", "Vitalis Leisure Ltd", "organization"),
    ("Her opponent, Gov. Thomas R. Hale Jr., has dismissed the tour as a stunt.", "Thomas R. Hale Jr.", "Gov."),
])
def test_a_relative_clause_or_a_generation_between_a_subject_and_its_verb_leaves_the_subject(text, speaker, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist()[:1] == [["indirect", speaker, role]]


def test_a_double_barrelled_surname_makes_a_person_but_not_inside_a_longer_name():
    found = actors.of_text("Tobi Okonkwo-Reyes scored twice.\n\nPriya Castellane spoke for the Amberhaven Short-Let "
                           "Hosts' Network.", actors.load())
    assert [(m["actor"], m["actor_type"]) for m in found] == [("Tobi Okonkwo-Reyes", "person"),
                                                             ("Priya Castellane", "person")]


def test_a_body_the_text_takes_up_by_its_institution_word_speaks_as_that_body_not_as_its_chair():
    text = ("In the 1990s he clashed with the Westmere Lighthouse Board over automation. The board, in its reply, "
            "said automation was overdue.\n\nThe board's current chair, Anneliese Kwarteng-Holm, said the lights "
            "would keep working.")
    rows = quotes.of_text(text)
    assert rows["speaker"].tolist() == ["Westmere Lighthouse Board", "Anneliese Kwarteng-Holm"]


def test_a_cooperative_described_later_is_the_one_named_before():
    text = ("Marta Oyelaran-Venn chairs the Calder Sound Ferry Cooperative, which owns two boats. The cooperative, "
            "for its part, has vowed to fight the scheme “in every forum available to us”.")
    assert quotes.of_text(text)["speaker"].tolist() == ["Calder Sound Ferry Cooperative"] * 2


def test_a_relative_described_with_a_possessive_is_the_one_named_with_that_relation():
    text = ("He is survived by his son, Julien, a daughter, Mireille Moreau-Achebe, and six grandchildren. His "
            "daughter said he had spent his retirement “correcting the tide tables in pencil”.")
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Mireille Moreau-Achebe"],
                                                        ["partial", "Mireille Moreau-Achebe"]]


def test_a_possessive_in_a_persons_own_clause_tells_their_sex_when_the_name_does_not():
    text = ("Sen. Cordelia Vance-Adeyemi, a state senator, is spending her days in the north.\n\n"
            "Her policy director, Kwabena Osei-Larsen, insisted that the senator was undecided. “She won't promise "
            "a bridge she can't pay for,” he said.")
    rows = quotes.of_text(text)
    assert rows.loc[rows["kind"] == "direct", "speaker"].tolist() == ["Kwabena Osei-Larsen"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Lund emphasized that the reforms were not complete, and human rights groups warned that the "
     "administration was losing leverage.",
     [("Maria Lund", "the reforms were not complete"),
      ("human rights groups", "the administration was losing leverage")]),
    ("Maria Lund said that the plan would work, and that critics had warned it would not.",
     [("Maria Lund", "the plan would work, and that critics had warned it would not")]),
])
def test_a_second_report_joined_by_and_ends_the_first_clause_and_plural_bodies_speak(text, expected):
    rows = quotes.of_text(text)
    assert [(r.speaker or r.speaker_role, r.text) for r in rows.itertuples()] == expected


def test_a_place_whose_peoples_adjective_the_text_uses_is_no_person_and_he_twice_is_one_man():
    text = ("Ostravian troops held the line. Dana Kelleher, the deputy foreign minister, spoke in Brussels. "
            "Ostravia said the talks would go on. She said the delay was “a gift to the aggressor”.\n\n"
            "Matthias Korrel farms near Tarrow. He blames the finance minister, Sabine Holmqvist, for what he calls "
            "“a spreadsheet war on the countryside”.")
    rows = quotes.of_text(text)
    said = dict(zip(rows["text"], rows["speaker"], strict=True))
    assert said["a gift to the aggressor"] == "Dana Kelleher"
    assert said["a spreadsheet war on the countryside"] == "Matthias Korrel"


def test_its_after_a_name_makes_it_a_body_and_an_unnamed_source_after_meanwhile_is_taken_up_again():
    text = ("Velmora, the Compact's largest member, backs Ostravia. Velmora says the delay “sends the wrong signal”. "
            "Its defence minister, Kasper Idun, spoke on Monday.\n\n“Every month of delay is a gift,” he said.\n\n"
            "Meanwhile, a diplomat briefed on the preparations told the Northern Wire that prisoners were the "
            "sticking point. “Nobody wants to go first,” the diplomat said.")
    rows = quotes.of_text(text).query("kind == 'direct'")
    assert [r.speaker or r.speaker_role for r in rows.itertuples()] == ["Kasper Idun", "the diplomat"]


def test_an_office_of_a_state_and_a_title_serving_another_stay_out_of_the_name_and_the_role():
    text = ("President of the Republic of Selvar Arslan Vedenko held talks today. Director of the Institute for "
            "Strategic Studies under the President of Selvar Farid Ulmasov told a correspondent that the visit was "
            "historic. Polls now put him eight points ahead.")
    found = {(m["actor"], m["role"]) for m in actors.of_text(text, actors.load())}
    assert found == {("Arslan Vedenko", "President of the Republic of Selvar"),
                     ("Farid Ulmasov", "Director of the Institute for Strategic Studies under the President of Selvar")}


@pytest.mark.parametrize("text, speaker, role", [
    ("The blast hit at dawn. One woman, who gave her name only as Marta, told the broadcaster that the blast had "
     "“lifted the whole building.”", "Marta", "One woman"),
    ("“We have nothing left,” said a resident who asked to be identified only as Ana.", "Ana", "a resident"),
    ("Fields burned. A farmer, who gave his first name as Tomas, said the harvest was lost.", "Tomas", "A farmer"),
])
def test_a_source_named_only_as_they_asked_is_that_person_with_the_description_as_role(text, speaker, role):
    rows = quotes.of_text(text)
    assert not rows.empty
    assert (rows["speaker"] == speaker).all() and (rows["speaker_role"] == role).all(), rows


@pytest.mark.parametrize(("text", "role"), [
    ("He came back in January on a contract the club described as “unusual in length”.", "the club"),
    ("It was a move the bank called “prudent”.", "the bank"),
    ("The head of the agency called the rules “overdue”.", "The head of the agency"),
    ("A senior deputy of the ruling party opened the debate by telling the chamber that the budget was “bold”.",
     "A senior deputy of the ruling party"),
])
def test_an_unnamed_subject_is_its_noun_phrase_not_a_relative_object_nor_its_own_verb(text, role):
    rows = quotes.of_text(text)
    assert set(rows["speaker_role"]) == {role}, rows


@pytest.mark.parametrize(("text", "role"), [
    ("Two officials familiar with the talks said the other side had pushed for joint rule. One of them said the "
     "matter came up “at least four times”.", "One of two officials familiar with the talks"),
    ("Two former members of the board told this newspaper they had never seen the bid. One of them said the board "
     "had approved it “in about four minutes”.", "One of two former members of the board"),
])
def test_one_of_them_is_one_of_the_group_that_reported_just_before(text, role):
    rows = quotes.of_text(text)
    assert role in set(rows.loc[rows["kind"] == "partial", "speaker_role"]), rows


@pytest.mark.parametrize(("text", "speaker"), [
    ("Shops are angry.\n\nThe Valmora Shopkeepers Guild said it will ask the court to suspend the charge.",
     "Valmora Shopkeepers Guild"),
    ("Dockers walked out.\n\nThe Harbour Pilots Syndicate said the strike would go on.", "Harbour Pilots Syndicate"),
])
def test_a_guild_or_syndicate_is_an_organization_that_speaks(text, speaker):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_type"]].values.tolist()[:1] == [[speaker, "organization"]]


_OPENING = ("The floods reached the northern valleys on Tuesday after a week of heavy rain in the hills.\n\n"
            "Rescue teams worked through the night in three towns along the river on Wednesday.\n\n")


@pytest.mark.parametrize(("introduced", "speaker"), [
    ("“Nobody came for two days,” Teodor Miski, deputy mayor of the Orvena district,", "Teodor Miski"),
    ("“We came within hours,” Teodor Miski, head of the national rescue service,", ""),  # someone else
])
def test_a_described_source_takes_the_name_the_next_sentence_introduces_with_the_same_place(introduced, speaker):
    text = _OPENING + ("Meanwhile, a veteran politician in the flooded Orvena district said the town “was left "
                       f"alone”.\n\n{introduced} told the radio.")
    rows = quotes.of_text(text)
    assert rows.loc[rows["text"] == "was left alone", "speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("quoted", "speaker"), [
    ("“We need boats, not promises,” Teodor Miski said.", "Teodor Miski"),
    ("“We need boats, not promises,” Teodor Miski, a volunteer from the capital, said.", ""),  # someone else
])
def test_a_definite_description_is_the_person_the_next_sentence_quotes_for_the_first_time(quoted, speaker):
    text = _OPENING + f"In the Orvena district, the regional governor stressed the need for help.\n\n{quoted}"
    rows = quotes.of_text(text)
    assert rows.loc[rows["kind"] == "indirect", "speaker"].tolist() == [speaker]


def test_a_described_person_right_after_a_name_colon_heading_is_that_person():
    text = _OPENING + ("Vall: no talks until the dam is repaired\n\nThe region’s governor has said the talks would "
                       "wait “until the water is gone”.\n\nAt a briefing in Orvena, Ines Vall took questions.")
    rows = quotes.of_text(text)
    assert rows.loc[rows["text"] == "until the water is gone", "speaker"].tolist() == ["Ines Vall"]
    plain = text.replace("Vall: no talks until the dam is repaired", "No talks until the dam is repaired")
    rows = quotes.of_text(plain)
    assert rows.loc[rows["text"] == "until the water is gone", "speaker"].tolist() == [""]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("The head of the delegation, Deputy Minister of Defence Oleksa Varnay,", "Oleksa Varnay"),
    ("Brastova’s envoy, Minister for Trade Oleksa Varnay,", "Oleksa Varnay"),
])
def test_a_description_with_a_titled_name_in_apposition_is_the_name(lead, speaker):
    rows = quotes.of_text(f"Talks ended on Friday.\n\n{lead} told the broadcaster that the lists had been checked.")
    assert rows["speaker"].tolist() == [speaker]


def test_he_who_replies_is_the_one_told_in_the_sentence_before():
    text = ("The president spoke to parliament on Tuesday.\n\nInside the chamber, his deputy, Mirella Vantongeren, "
            "told President Yarema Kolvash that most voters wanted a ceasefire. He replied that no government could "
            "“sign away a single village” and stay in office.")
    assert _speakers(text) == [("indirect", "Mirella Vantongeren"), ("indirect", "Yarema Kolvash"),
                               ("partial", "Yarema Kolvash")]


def test_a_person_named_inside_an_apposition_speaks():
    rows = quotes.of_text("Families gathered at the hotel on Sunday.\n\nOne of the organisers, a nurse from Drevaux "
                          "named Yustyna Borel, said the group had handed over a list of 412 names.")
    assert rows["speaker"].tolist() == ["Yustyna Borel"]


def test_a_long_apposition_with_a_relative_clause_leaves_the_name_the_subject():
    text = ("However, Nick Arlow, a Swedish-Danish lawyer who served in the navy's legal corps and has defended "
            "high-profile clients against war crime charges at international criminal tribunals, said it was still "
            "unclear why the ship had fired.")
    assert quotes.of_text(text)[["kind", "speaker"]].values.tolist() == [["indirect", "Nick Arlow"]]


@pytest.mark.parametrize("text", [
    "Hillary Clinton, like President Obama, said the deal was fair.",
    "Hillary Clinton, unlike her rival Nick Arlow, said the deal was fair.",
])
def test_a_name_compared_in_an_aside_is_not_the_subject(text):
    assert quotes.of_text(text)[["kind", "speaker"]].values.tolist() == [["indirect", "Hillary Clinton"]]


def test_a_hearer_with_a_capitalised_adjective_before_to_and_an_act():
    rows = quotes.of_text("Nick Arlow urged the Israeli government to disclose the findings.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [
        ["indirect", "Nick Arlow", "the Israeli government to disclose the findings"]]


@pytest.mark.parametrize(("text", "body"), [
    ("A former engineer at Calder Brook Water told the inquiry the filters failed. Calder Brook Water said it had "
    "invested £9 million since. The company added that it “fully accepts” the findings.", "Calder Brook Water"),
    ("Crews are out, according to Hollin Power. The utility said it would restore power by Sunday. Hollin Power added "
     "that it “regrets the delay”.", "Hollin Power"),
])
def test_an_employer_or_a_name_ending_in_a_trade_word_is_a_body_its_description_stands_for(text, body):
    rows = quotes.of_text(text)
    said = rows[~rows.speaker_role.str.contains("engineer")]
    assert len(said) >= 3 and {(r.speaker, r.speaker_type) for r in said.itertuples()} == {(body, "organization")}


@pytest.mark.parametrize(("text", "body"), [
    ("The Harrow Climate Council has proposed a carbon levy. The group estimates the levy would raise £2 billion a "
     "year.", "Harrow Climate Council"),
    ("The Fenmoor Rivers Club sued the agency in March. The group said the permit would “poison the estuary”.",
     "Fenmoor Rivers Club"),
])
def test_the_group_stands_for_the_body_named_before_whatever_its_institution_word(text, body):
    rows = quotes.of_text(text)
    assert len(rows) >= 1 and set(rows.speaker) == {body}


@pytest.mark.parametrize(("text", "medium"), [
    ("The Washington Post reported on Monday that the levy was dropped. The newspaper said ministers had “no "
     "appetite” for a fight.", "Washington Post"),
    ("Norvane Logistics cut 300 jobs, the BBC reported. The broadcaster said the firm had “ignored warnings”.", "BBC"),
])
def test_the_newspaper_stands_for_the_medium_named_before_and_not_for_another_body(text, medium):
    rows = quotes.of_text(text)
    said = rows[rows.text.str.contains("appetite|ignored")]
    assert len(said) == 2 and set(said.speaker.str.replace("The ", "")) == {medium}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ilse Varga has long argued against consumer guilt. In a video shared widely, the Hungarian writer argues that "
     "only new laws can help.", "Ilse Varga"),
    ("Prime Minister Arvid Sulling met the press. The Brenmarkian finance minister said the talks had failed.", ""),
])
def test_a_people_s_adjective_before_a_role_noun_keeps_the_salient_person_unless_the_role_differs(text, speaker):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", speaker]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The head of the harbour police has told reporters that her divers are “working at the limit”. Ines Vall, "
     "speaking outside the station, said 40 divers were deployed.", "Ines Vall"),
    ("The official who designed the toll now calls it “my worst piece of work”. Karl Ebner, then a junior economist, "
     "said it was meant to last a year.", "Karl Ebner"),
    ("The head of the harbour police has told reporters that her divers are “working at the limit”. Ines Vall, a "
     "councillor, said 40 divers were deployed.", ""),  # a councillor is no head of police
])
def test_a_description_that_opens_a_report_is_the_person_the_next_sentence_brings_in(text, speaker):
    rows = quotes.of_text(text)
    partial = rows[rows["kind"] == "partial"]
    assert partial["speaker"].tolist()[:1] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Dr Karl Ebner, another author from the University of Korsbad, told the BBC: “We found the risks were higher.”",
     "Karl Ebner"),  # the person set off before the employer speaks
    ("Ines Vall, then an economist at the ministry and now a professor at the University of Korsbad, said the toll was "
     "meant to last “six months”.", "Ines Vall"),
    ("Ines Vall released her plan on Monday. The senator from Vermont wrote: “We will fight.”", "Ines Vall"),
    ("Ines Vall released her plan on Monday. The senator from Vermont said the plan would pass.", "Ines Vall"),
])
def test_an_employer_in_an_apposition_or_a_place_after_an_epithet_leaves_the_person_the_speaker(text, speaker):
    rows = quotes.of_text(text)
    assert set(rows["speaker"]) == {speaker}


@pytest.mark.parametrize(("text", "body"), [
    ("The Korsbad Department of Fisheries approved the quota last week. The agency predicts the stock will recover.",
     "Korsbad Department of Fisheries"),
    ("The Korsbad Weather Administration released its report. The agency said 2016 was the warmest year on record.",
     "Korsbad Weather Administration"),
    ("The Korsbad Oceanic and Atmospheric Administration released its report. The agency said 2016 was the warmest "
     "year on record.", "Korsbad Oceanic and Atmospheric Administration"),  # "and" inside the name
])
def test_the_agency_stands_for_a_department_or_an_administration_named_in_the_sentence_before(text, body):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", body]]


def test_a_prime_minister_is_never_the_minister_even_when_no_other_minister_is_named():
    rows = quotes.of_text("Prime Minister Arvid Sulling opened the debate on Monday. It rained all week. “The cut "
                          "stays,” the minister said.")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "the minister"]]


@pytest.mark.parametrize("verb", ["said", "told reporters", "wrote"])
def test_a_name_without_a_known_given_name_opening_a_sentence_is_a_person_when_she_said_follows(verb):
    rows = quotes.of_text(f"Dorvala Pell presented the draft budget. She {verb} that revenues would rise.")
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", "Dorvala Pell"]]


def test_the_club_stands_for_a_sports_club_named_by_its_suffix():
    rows = quotes.of_text("Merrow Athletic confirmed the signing on Monday. Fans queued at the gates. The contract "
                          "runs for eighteen months, the club said.")
    assert rows[rows["text"].str.startswith("The contract")]["speaker"].tolist() == ["Merrow Athletic"]


@pytest.mark.parametrize("noun", ["deal", "climate accord", "talks", "agreement"])
def test_a_capital_before_a_lowercase_noun_of_a_meeting_or_a_deal_is_no_government(noun):
    rows = quotes.of_text(f"The authors looked again at the Paris {noun}. The need for action is unchanged, they say.")
    assert "Paris" not in set(rows["speaker"])


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("The levy was dropped in March, according to the Los Angeles Times.", "Los Angeles Times", "media"),
    ("The levy was dropped in March, the Daily Caller reports.", "The Daily Caller", "media"),
    ("“We did our part,” Karl R. Ebner II, a writer for The Atlantic, said on Twitter.", "Karl R. Ebner II", "person"),
])
def test_more_outlets_speak_as_media_but_a_writer_set_off_before_one_is_the_speaker(text, speaker, kind):
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_type"]].values.tolist() == [[speaker, kind]]


@pytest.mark.parametrize(("text", "author"), [
    ("The Korsbad Reserve Bank published a report on Monday. The report warned that floods threaten mortgages.",
     "Korsbad Reserve Bank"),
    ("Ines Vall released a study in May. The study found that most fish had left.", "Ines Vall"),
])
def test_the_report_is_its_author_s_when_the_author_brought_it_out_in_the_active_voice(text, author):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker"]].values.tolist() == [["indirect", author]]


@pytest.mark.parametrize(("text", "author", "document"), [
    ("Ferries sailed with half their crews, according to a report published on Thursday. The report by the Korsbad "
     "Maritime Authority named four operators.", "Korsbad Maritime Authority", "a report"),
    ("Flooding will double by 2050, a new study warned on Monday. The study, by researchers at Tarrow University, "
     "used forty years of river data.", "Tarrow University", "a new study"),
])
def test_a_document_brought_in_without_author_is_the_author_s_the_next_sentence_names(text, author, document):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist()[:1] == [["indirect", author, document]]


@pytest.mark.parametrize(("lead", "role"), [("a new study by the", "a new study"),
                                            ("a study from the", "a study"),
                                            ("the latest report by the", "the latest report")])
def test_a_trailing_document_speaks_for_the_maker_named_in_it(lead, role):
    rows = quotes.of_text(f"Flooding will double by 2050, {lead} Kolm Institute warned on Monday.")
    assert rows[["kind", "speaker", "speaker_role", "text"]].values.tolist() == [
        ["indirect", "Kolm Institute", role, "Flooding will double by 2050"]]


def test_a_document_brought_in_without_author_stays_itself_when_no_sentence_names_one():
    rows = quotes.of_text("Flooding will double by 2050, a new study warned on Monday. The authors used forty years "
                          "of river data. The letter by the Kolm Institute came out in May.")
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", "a new study"]]


def test_a_panel_is_an_institution_and_climate_makes_no_name():
    rows = quotes.of_text("The Intergovernmental Panel on Coastal Change said drastic cuts are needed. Climate Change "
                          "said nothing.")
    assert rows[["speaker", "speaker_type"]].values.tolist()[:1] == [
        ["Intergovernmental Panel on Coastal Change", "organization"]]
    assert "Climate Change" not in set(rows["speaker"])


@pytest.mark.parametrize("body", ["Center for Health and the Global Environment",
                                  "Institute of the Rural Economy"])
def test_a_name_after_and_the_or_of_the_is_no_person_to_take_the_quote(body):
    text = (f"Former agency chief Gina Marsh spoke in May. “This is another case of rhetoric,” Marsh, now the director "
            f"of Harvard University's {body}, told reporters.")
    assert _speakers(text) == [("direct", "Gina Marsh")]
    kinds = {m["actor"]: m["actor_type"] for m in actors.of_text(text, actors.load())}
    assert kinds.get(" ".join(body.split()[-2:])) in (None, "organization")


def test_a_person_after_and_the_with_a_given_name_stays_a_person():
    kinds = {m["actor"]: m["actor_type"] for m in actors.of_text("The mayor thanked the council and the Maria Lopez "
                                                                  "Foundation. Maria Lopez said the city must act.",
                                                                  actors.load())}
    assert kinds.get("Maria Lopez") == "person"


def test_the_pontiff_is_the_pope_named_before():
    text = ("Pope Francis published his letter on Thursday. Cardinal Peter Okafor presented it in Rome. Citing "
            "studies, the pontiff said that “most global warming in recent decades is due to greenhouse gases.”")
    assert {s for k, s in _speakers(text) if k != "indirect"} == {"Francis"}


@pytest.mark.parametrize("hearer", ["skeptics", "the crowd", "his supporters"])
def test_told_with_a_hearer_right_before_a_quotation_without_a_comma_gives_its_speaker(hearer):
    text = (f"Rep. Ana Ruiz has stuck to her guns. In a tweet, Ruiz told {hearer} “If you don't like the plan, then "
            "come up with your own.”")
    assert _speakers(text) == [("direct", "Ana Ruiz")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Prices will rise next year, said John Smith, chief economist at the bank.", "John Smith"),
    ("The plan is bad for farmers, said Sara Jordan, Legislative Representative for the League of Voters.",
     "Sara Jordan"),
    ("The plan is bad for farmers, said Sara Jordan, president and chief executive of the League.", "Sara Jordan"),
])
def test_a_role_of_several_words_after_an_inverted_said_keeps_the_report(text, speaker):
    assert _speakers(text) == [("indirect", speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A report from the charity Save the Children says that floods are threatening millions of people.",
     "Save the Children"),
    ("The campaign group Friends of the Earth said the plan would fail to cut emissions in time.",
     "Friends of the Earth"),
    ("The charity Shelter said the number of families in temporary housing had doubled.", "Shelter"),
])
def test_a_body_named_after_its_kind_keeps_the_and_of_inside_its_name(text, speaker):
    assert _speakers(text) == [("indirect", speaker)]


@pytest.mark.parametrize("text", [
    "In a sign of opposition, advocacy group Harrowfield Works issued a statement calling it a “sad example.”",
    "As the vote neared, environmental group Harrowfield Works called the plan a “sad example” of planning.",
])
def test_a_body_named_after_its_kind_after_a_comma_is_found_without_the(text):
    assert ("partial", "Harrowfield Works") in _speakers(text)
    mentions = actors.of_text(text, actors.load())
    assert [(m["actor"], m["actor_type"]) for m in mentions] == [("Harrowfield Works", "organization")]


@pytest.mark.parametrize("text", [
    "Mayor James Eskridge of Tangier Island, Virginia, said his home town needed a sea wall.",
    "“We need a sea wall,” Mayor James Eskridge of Tangier Island, Virginia, said.",
])
def test_the_town_and_state_after_a_name_are_no_speakers(text):
    assert [speaker for _, speaker in _speakers(text)] == ["James Eskridge"]
    names = [m["actor"] for m in actors.of_text(text, actors.load()) if m["actor_type"] == "person"]
    assert names == ["James Eskridge"]


def test_a_name_after_the_office_of_a_place_is_still_a_person():
    text = "The mayor of Kyiv, Klitschko, said the city was ready for winter."
    assert _speakers(text) == [("indirect", "Klitschko")]


@pytest.mark.parametrize("body", ["the Sierra Club's Environmental Law Program", "the Harrowfield Water Project"])
def test_a_body_ending_in_program_or_project_is_no_person(body):
    text = f"The new rule “is a dereliction of duty,” Andres Restrepo, a lawyer with {body}, told the Post."
    assert _speakers(text) == [("partial", "Andres Restrepo")]


@pytest.mark.parametrize("verb", ["lobbied for", "has been lobbying for", "campaigned against", "pushed for"])
def test_a_body_named_before_a_verb_of_campaigning_is_an_organization(verb):
    text = f"The Valmora Shopkeepers' Guild {verb} a lower charge."
    mentions = actors.of_text(text, actors.load())
    assert [(m["actor"], m["actor_type"]) for m in mentions] == [("Valmora Shopkeepers' Guild", "organization")]


def test_the_second_half_of_a_body_named_with_and_is_no_person():
    text = ("“We failed,” Thomas A. LaVeist, dean of the Tulane University School of Public Health and Tropical "
            "Medicine, said in an interview.")
    assert _speakers(text) == [("direct", "Thomas A. LaVeist")]
    names = [(m["actor"], m["actor_type"]) for m in actors.of_text(text, actors.load())]
    assert ("Tropical Medicine", "person") not in names


@pytest.mark.parametrize(("text", "role"), [
    ("The Kestria Water Board released its annual report on Monday. The report said that leaks had doubled since "
     "the spring of 2019.", "The report"),
    ("The Kestria Water Board released its annual report on Monday. “Leaks have doubled since the spring,” the "
     "report said.", "the report"),
])
def test_a_document_resolved_to_its_author_stays_as_the_role(text, role):
    rows = quotes.of_text(text)
    assert [(r.speaker, r.speaker_role) for r in rows.itertuples()] == [("Kestria Water Board", role)]


def test_a_role_in_lower_case_before_a_name_of_a_body_after_a_quotation_keeps_the_speaker():
    text = ("Ivo Danek spoke on Monday. “The change is happening here and now,” co-author Ada Voss of Kestria Tech "
            "University told a radio show.")
    assert _speakers(text) == [("direct", "Ada Voss")]


@pytest.mark.parametrize(("text", "role"), [
    ("Mayor Alva Torres spoke on Tuesday. Protesters booed and called for her to “resign now.”", "Protesters"),
    ("Mayor Alva Torres spoke on Tuesday. Members of the audience jeered and called the plan “a disgrace.”",
     "Members of the audience"),
    ("Mayor Alva Torres spoke on Tuesday. “Shame,” said one man, as some residents booed and called the plan “a "
     "disgrace.”", "some residents"),
])
def test_a_plural_of_people_before_coordinated_verbs_speaks_not_the_person_named_before(text, role):
    rows = quotes.of_text(text)
    partial = rows[rows["kind"] == "partial"]
    assert partial[["speaker", "speaker_role"]].values.tolist() == [["", role]]


def test_a_named_subject_after_a_joined_clause_still_speaks():
    rows = quotes.of_text("Mayor Alva Torres spoke on Tuesday. Prices rose, and Torres called the plan “a disgrace.”")
    assert rows[rows["kind"] == "partial"]["speaker"].tolist() == ["Alva Torres"]


@pytest.mark.parametrize(("text", "role"), [
    ("Both sides said the talks in Valmora were constructive.", "Both sides"),
    ("The Kestrian side said the talks in Valmora were constructive.", "The Kestrian side"),
    ("Privately, both camps acknowledge that victory is no sure thing.", "both camps"),
])
def test_a_side_or_camp_of_a_dispute_is_an_unnamed_source(text, role):
    rows = quotes.of_text(text)
    assert rows[["kind", "speaker", "speaker_role"]].values.tolist() == [["indirect", "", role]]


@pytest.mark.parametrize(("text", "body"), [
    ("NATO said on Tuesday that Ukraine could join. Later the alliance said that talks would continue.", "NATO"),
    ("The European Union imposed sanctions on Monday. The bloc said that more would follow.", "European Union"),
])
def test_the_alliance_and_the_bloc_are_the_alliance_or_union_named_before(text, body):
    rows = quotes.of_text(text)
    assert rows["speaker"].tolist()[-1] == body


@pytest.mark.parametrize("lead", ["Signing his order", "Visiting the plant", "Speaking to reporters"])
def test_a_description_after_an_introductory_participle_is_the_person_named_before(lead):
    text = (f"Ivo Brandt signed an order on Tuesday. Brandt has called the rule “a power grab”. {lead}, the "
            f"mayor said forty jobs were at risk.")
    rows = quotes.of_text(text)
    assert rows[rows["text"] == "forty jobs were at risk"]["speaker"].tolist() == ["Ivo Brandt"]


@pytest.mark.parametrize("relative", ["who spoke to the Orsa Herald", "who talked with Radio Kolm"])
def test_a_medium_that_heard_the_speakers_in_a_relative_clause_is_not_the_speaker(relative):
    rows = quotes.of_text(f"Residents of the town {relative} said the water had been cut for days.")
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "", "the water had been cut for days"]]
    assert rows["speaker_role"].iloc[0].startswith("Residents of the town")
