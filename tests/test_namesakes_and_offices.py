"""Two persons of one surname, the sex a text gives a person by its pronouns, and an office the text first gives
by description ("the finance minister said") then by another ("the finance chief"). The texts are written for these
tests."""

from __future__ import annotations

import pytest

from analysis import quotes
from analysis.actors_lexicon import namesake


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.text) for r in quotes.of_text(text).itertuples()]


@pytest.mark.parametrize("second", [
    "Kostrovia's foreign minister, Katarina Radanović, who is not related to the prime minister,",
    "Katarina Radanović, no relation, the foreign minister,",
])
def test_a_second_holder_of_a_surname_the_text_says_is_no_relation_speaks_apart(second):
    text = (f"Prime Minister Ivo Radanović opened the summit on Monday.\n\n{second} accused Varenia of stalling.\n\n"
            "“We did not come here for photographs,” she told state television.")
    assert _speakers(text)[-1] == ("Katarina Radanović", "We did not come here for photographs")


@pytest.mark.parametrize(("name", "holder", "apart"), [
    ("Mary Hale", "John Hale", True),  # given names of the two sexes
    ("Mark Hegseth", "Pete Hegseth", False),  # a slip for the one named before
    ("Kim Hale", "John Hale", False),  # a given name of either sex says nothing
])
def test_namesakes_by_given_name(name, holder, apart):
    assert namesake(f"{name} said so.", 0, "", name, holder) is apart


def test_a_person_a_she_takes_up_is_not_the_he_of_a_later_report():
    text = ("Doria Pell presented the draft. She said revenues were high.\n\nThe opposition voted against it. Its "
            "leader, Petr Hollen, said the budget “forgets the countryside”. Farm subsidies, which Pell has kept "
            "frozen for a third year, had not kept pace with fuel prices, he said.")
    assert _speakers(text)[-1][0] == "Petr Hollen"


def test_a_second_description_of_an_office_is_the_person_the_first_one_was():
    text = ("Doria Pell presented the draft budget to deputies on Tuesday. She said revenues would rise.\n\n“This is "
            "a budget of construction,” the finance minister said.\n\nTransport Minister Gleb Varnik said the rail "
            "line would open in 2029. "
            "Construction Minister Lidia Sorova said 61,000 flats would be built.\n\nThe opposition voted against "
            "it. Its leader, Petr Hollen, said the budget “forgets the countryside”.\n\nReplying, the finance chief "
            "said farm support would be reviewed “once the harvest figures are known”.")
    assert _speakers(text)[-1] == ("Doria Pell", "once the harvest figures are known")


def test_an_unnamed_source_does_not_take_an_earlier_office_holder():
    text = ("Doria Pell presented the draft budget on Tuesday. She said revenues would rise.\n\n“This is a budget of "
            "construction,” the finance minister said.\n\n“It will not survive the second reading,” a senior "
            "government official said.")
    assert _speakers(text)[-1][0] == ""


def test_he_after_a_sentence_that_opens_with_an_owner_is_the_person_named_in_it():
    text = ("Dravia says the lists include 140 civilians.\n\nThe head of Dravia’s delegation, Deputy Minister of "
            "Defence Oleksa Varnay, told the broadcaster that the lists had been checked. He said the question had "
            "been “set aside for a separate channel”.")
    assert _speakers(text)[-1] == ("Oleksa Varnay", "set aside for a separate channel")


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister():
    text = ("Minister of Foreign Affairs of Dravia Miroslav Tenkaro met the envoys on Monday. “We will not be "
            "blackmailed,” Tenkaro said.\n\nAccording to the head of Dravian diplomacy, the grain corridor remains "
            "“a lifeline for dozens of countries”.")
    assert _speakers(text)[-1] == ("Miroslav Tenkaro", "a lifeline for dozens of countries")


def test_a_namesake_set_off_as_no_relation_gives_no_role_and_the_office_is_named_below():
    text = ("The pool will close after councillors approved cuts that the council’s finance chief described as ‘the "
            "least bad option on the table’.\n\nCllr Raymond Sefton-Asante, the cabinet member for finance, said the "
            "authority faced a shortfall.\n\nCllr Dennis Sefton, no relation to the finance chief, said budgets had "
            "been ‘raided year after year’.")
    rows = quotes.of_text(text)
    assert rows.set_index("text").loc["the least bad option on the table", "speaker"] == "Raymond Sefton-Asante"
    assert "relation" not in " ".join(rows["speaker_role"])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Graham Pellow praised his side after the win.\n\nThe 54-year-old coach singled out Asante, who had come on late, "
     "for praise. “Kwame has been patient, and he deserved that moment,” he said.", "Graham Pellow"),
    ("Teodor Brann was asked about his deputy, Matthias Korrel.\n\n“Matthias and I agree on where we are going,” he "
     "said.", "Teodor Brann"),
])
def test_he_is_not_the_person_his_own_quotation_names(text, speaker):
    assert _speakers(text)[0][0] == speaker


def test_a_speaker_who_names_himself_keeps_the_quotation_when_no_one_else_is_named():
    text = "Ivan Brok stood down on Friday.\n\n“Brok is finished, they say. They are wrong,” he said."
    assert _speakers(text)[0][0] == "Ivan Brok"


def test_a_relative_introduced_as_such_does_not_take_the_surname_of_the_person_the_text_is_about():
    text = ("On Saturday, with minutes left, Jonah Kessely scored his second goal.\n\n“I was not celebrating, I just "
            "could not get up,” Kessely said.\n\nHis mother, Agnes Kessely, said he phoned her every Sunday. Agnes "
            "Kessely has her own view.\n\n“He should keep playing,” Kessely said.")
    assert [s for s, _ in _speakers(text)] == ["Jonah Kessely", "Agnes Kessely", "Jonah Kessely"]


def test_a_description_by_an_unlisted_peoples_adjective_is_that_countrys_office_holder():
    text = ("President of the Republic of Selvar Arslan Vedenko held talks with President of the Republic of Mirrow "
            "Helena Dunsk.\n\n“Mirrow is our reliable partner,” Arslan Vedenko said.\n\n“We value the policy of "
            "our hosts,” the Mirrovian leader said.")
    assert _speakers(text)[-1][0] == "Helena Dunsk"


def test_the_first_lady_does_not_take_the_presidents_surname():
    text = ("President Varga is rolling out a new message. “Our progress is on the ballot,” Mr. Varga said on "
            "Saturday.\n\nThe campaign plans to employ Mr. Varga and the first lady, Ilona Varga, as much as "
            "possible.\n\n“It is all about enthusiasm,” Varga said.")
    rows = quotes.of_text(text)
    assert "Ilona Varga" not in rows.loc[rows["kind"] == "direct", "speaker"].tolist()


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump Jr. said the campaign would not concede. President Donald Trump said later that he agreed. "
     "Trump Jr. added that lawyers were ready.",
     ["Donald Trump Jr.", "Donald Trump", "Donald Trump Jr."]),
    ("Martin Luther King, Jr. told the crowd that the promise had not been kept. His son, Martin Luther King III, "
     "said on Sunday that the work was unfinished.", ["Martin Luther King Jr.", "Martin Luther King III"]),
])
def test_a_generational_suffix_tells_a_son_from_his_father(text, expected):
    assert [speaker for speaker, _ in _speakers(text)] == expected


def test_a_son_named_alone_is_meant_by_his_surname_later():
    text = ("Health Secretary Robert F. Kennedy Jr. said on Monday that the panel needed new members. Kennedy told "
            "senators that he would not reverse the decision.")
    assert [speaker for speaker, _ in _speakers(text)] == ["Robert F. Kennedy Jr."] * 2


def test_a_listed_father_does_not_take_his_sons_mentions(tmp_path):
    from analysis import actors
    path = tmp_path / "actors.csv"
    path.write_text("name,aliases,affiliation,role,type\nDonald Trump,Trump,United States,President,person\n")
    text = "Donald Trump Jr. said the campaign would fight on. Trump said later that he agreed."
    rows = actors.of_text(text, actors.load(path))
    assert [(r["actor"], r["surface"]) for r in rows] == [("Donald Trump Jr.", "Donald Trump Jr."),
                                                         ("Donald Trump", "Trump")]
