"""Quotes: every quoting pattern on small texts of different outlets' conventions, the seeds, and the gold."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import actors, pipeline, quotes, validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def found(text: str, *, lexicon=None) -> list[tuple[str, str, str]]:
    table = quotes.of_text(text, lexicon=lexicon)
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text
    return [(row.kind, row.speaker, row.text) for row in table.itertuples()]


# (case, text, expected (kind, speaker, text) rows among the results)
CASES = [
    ("curly, speaker after", "“We will not retreat,” Anna Kowalski, the mayor, said on Friday.",
     [("direct", "Anna Kowalski", "We will not retreat")]),
    ("straight, speaker before with colon", 'Kremlin spokesman Dmitry Peskov said: "The door remains open."',
     [("direct", "Dmitry Peskov", "The door remains open.")]),
    ("speaker before with comma", "Interior Minister Hans Weber said, “Nobody is above the law.”",
     [("direct", "Hans Weber", "Nobody is above the law.")]),
    ("inverted attribution with apposition",
     "“The plant is safe,” said John Smith, a spokesman for the operator.",
     [("direct", "John Smith", "The plant is safe")]),
    ("multi-sentence quote", "“We tried. We failed. We will try again,” coach Maria Lopez told reporters.",
     [("direct", "Maria Lopez", "We tried. We failed. We will try again")]),
    ("split quote, pronoun", "“We will fight,” Senator Ruth Adler said. “And we will win this time.”",
     [("direct", "Ruth Adler", "We will fight"), ("direct", "Ruth Adler", "And we will win this time.")]),
    ("split quote with speaker in between",
     "“The first step is a ceasefire,” Foreign Minister Sergei Lavrov said, “and the second is talks.”",
     [("direct", "Sergei Lavrov", "The first step is a ceasefire")]),
    ("guillemets, wire copy", "«We are ready for talks,» Foreign Minister Sergei Lavrov told reporters. "
     "«But not at any price.»",
     [("direct", "Sergei Lavrov", "We are ready for talks"), ("direct", "Sergei Lavrov", "But not at any price.")]),
    ("British single quotes", "‘We must act now,’ the prime minister, Keir Starmer, said on Monday.",
     [("direct", "Keir Starmer", "We must act now")]),
    ("British straight single quotes, honorific", "'It is a disgrace,' said Mr Jones, a local councillor.",
     [("direct", "Jones", "It is a disgrace")]),
    ("quote spanning paragraphs",
     "Chief executive Laura Chen spoke after the vote.\n“The first paragraph of the statement is long.\n"
     "“And the second paragraph ends here,” Chen said.",
     [("direct", "Laura Chen", "The first paragraph of the statement is long.\n“And the second paragraph ends here")]),
    ("state media, role after the quote",
     "“The Russian side is open to dialogue,” Deputy Foreign Minister Sergei Ryabkov told TASS.",
     [("direct", "Sergei Ryabkov", "The Russian side is open to dialogue")]),
    ("partial quote in a reported sentence",
     "Defence analyst Tom Price said the plan was “dead on arrival” in its current form.",
     [("partial", "Tom Price", "dead on arrival"),
      ("indirect", "Tom Price", "the plan was “dead on arrival” in its current form")]),
    ("scare quote without speaker stays unattributed",
     "The so-called “peace formula” was published on Monday by the ministry.",
     [("partial", "", "peace formula")]),
    ("indirect that-clause", "Economist Priya Natarajan stressed that inflation would fall next year.",
     [("indirect", "Priya Natarajan", "inflation would fall next year")]),
    ("indirect without that", "Governor Luis Ortega said the bridge would reopen in May.",
     [("indirect", "Luis Ortega", "the bridge would reopen in May")]),
    ("appositive reporting", "Pavel Novak, a spokesman for the Czech government, said that talks would resume.",
     [("indirect", "Pavel Novak", "talks would resume")]),
    ("pronoun subject", "Minister Ivo Petrov arrived late. He insisted that the vote was valid.",
     [("indirect", "Ivo Petrov", "the vote was valid")]),
    ("participle", "Ambassador Lena Berg left the meeting early, warning that sanctions could follow.",
     [("indirect", "Lena Berg", "sanctions could follow")]),
    ("coordinated reports", "General Omar Haddad said that the town had fallen, adding that the army was regrouping.",
     [("indirect", "Omar Haddad", "the town had fallen"), ("indirect", "Omar Haddad", "the army was regrouping")]),
    ("according to a person", "The border will stay closed, according to border guard chief Ana Silva.",
     [("indirect", "Ana Silva", "The border will stay closed")]),
    ("according to a medium", "According to Reuters, the talks will resume in Geneva next week.",
     [("indirect", "Reuters", "the talks will resume in Geneva next week")]),
    ("described as", "Analyst Kim Ode described the deal as a turning point for the region.",
     [("indirect", "Kim Ode", "the deal as a turning point for the region")]),
    ("believes, opinion verb", "Professor Mark Ellis believes the treaty will survive.",
     [("indirect", "Mark Ellis", "the treaty will survive")]),
    ("wire copy: dateline and trailing attribution",
     "MOSCOW, March 14 (Reuters) - Russia will respond to any deployment, Foreign Ministry spokeswoman "
     "Maria Zakharova said on Friday.",
     [("indirect", "Maria Zakharova", "Russia will respond to any deployment")]),
    ("inverted trailing attribution", "The ceasefire is holding, said Colonel Jan Novak.",
     [("indirect", "Jan Novak", "The ceasefire is holding")]),
    ("state media: role noun after the quote and 'according to him'",
     "Russia will not accept peacekeepers, Russian Foreign Minister Sergey Lavrov said.\n"
     "\"We will not allow that. It is out of the question,\" the minister stressed.\n"
     "According to him, the West is trying to freeze the conflict.",
     [("direct", "Sergey Lavrov", "We will not allow that. It is out of the question"),
      ("indirect", "Sergey Lavrov", "the West is trying to freeze the conflict")]),
    ("name in apposition after the role, British marks",
     "The shadow chancellor, Mel Stride, called the budget ‘a disaster for working families’.",
     [("partial", "Mel Stride", "a disaster for working families")]),
    ("business news: apostrophe in a name, split quote",
     "\"This has been a difficult quarter,\" chief executive Sarah O'Neill told analysts. "
     "\"But we remain confident.\"\nO'Neill added that job cuts were not being considered.",
     [("direct", "Sarah O'Neill", "This has been a difficult quarter"),
      ("direct", "Sarah O'Neill", "But we remain confident."),
      ("indirect", "Sarah O'Neill", "job cuts were not being considered")]),
    ("sports: pronoun after a titled name, British marks",
     "Captain Bruno Fernandes was less forgiving. 'We were not good enough,' he said. 'Simple as that.'",
     [("direct", "Bruno Fernandes", "We were not good enough"), ("direct", "Bruno Fernandes", "Simple as that.")]),
    ("anonymous speaker stays unattributed, not given to the previous one",
     "Mayor Jane Doe said: “The city will rebuild.”\n“It is a scandal,” said one resident, who declined to "
     "give her name.",
     [("direct", "Jane Doe", "The city will rebuild."), ("direct", "", "It is a scandal")]),
    ("generic role noun in the attribution",
     "Deputy Foreign Minister Sergei Lavrenov spoke on Monday. \"We see no concrete steps,\" the diplomat stressed.",
     [("direct", "Sergei Lavrenov", "We see no concrete steps")]),
    ("colon after a sentence without a reporting verb",
     "Kremlin spokesman Dmitry Peskov was blunt:\n“There will be no talks under these conditions.”",
     [("direct", "Dmitry Peskov", "There will be no talks under these conditions.")]),
    ("British single quotes around a plural possessive",
     "‘We must protect our members’ rights,’ said union leader Sharon Graham.",
     [("direct", "Sharon Graham", "We must protect our members’ rights")]),
    ("introductory phrase before the speaker, clause after the verb",
     "In an interview with CNN, Governor Luis Ortega said the state would sue.",
     [("indirect", "Luis Ortega", "the state would sue")]),
    ("said in a statement that", "The White House said in a statement that the decision was final.",
     [("indirect", "White House", "the decision was final")]),
    ("question marks and 'asked'", "“Why now?” asked Senator Ruth Adler. “Who benefits?”",
     [("direct", "Ruth Adler", "Why now?"), ("direct", "Ruth Adler", "Who benefits?")]),
    ("one-word quote", "Ukrainian President Volodymyr Zelensky met troops.\n“No,” he said.",
     [("direct", "Volodymyr Zelensky", "No")]),
    ("possessive before an apposed name", "Putin’s spokesman, Dmitry Peskov, said the West was to blame.",
     [("indirect", "Dmitry Peskov", "the West was to blame")]),
    ("dash attribution", "“We will not give up our land” – President Volodymyr Zelensky wrote on X.",
     [("direct", "Volodymyr Zelensky", "We will not give up our land")]),
    ("institution's unnamed spokesperson",
     "A Kremlin spokesman said the proposal was “not serious”.",
     [("partial", "Kremlin", "not serious"), ("indirect", "Kremlin", "the proposal was “not serious”")]),
    ("definite description after the quote",
     "Jane Roe, a nurse from Ohio, waited for hours. “I was terrified,” the 45-year-old said.",
     [("direct", "Jane Roe", "I was terrified")]),
    ("agency headline with the speaker before a colon",
     "Lavrov: West not ready for serious talks\nThe West is not ready, Foreign Minister Sergey Lavrov said.",
     [("indirect", "Sergey Lavrov", "West not ready for serious talks"),
      ("indirect", "Sergey Lavrov", "The West is not ready")]),
    ("name, apposition with a participle, then verb",
     "Lavrov, speaking in Minsk, said the proposals were “unacceptable” to Moscow.",
     [("partial", "Lavrov", "unacceptable")]),
    ("two appositions, one holding a noun that looks like a verb",
     "“The rule oversteps,” Dana Whitfield, the attorney general of Vermont, one of the states suing, said.",
     [("direct", "Dana Whitfield", "The rule oversteps")]),
    ("an inner quotation closing with the outer one",
     "\"Voters say, 'It does not matter,'\" said Carla Mendes, a county organiser.",
     [("direct", "Carla Mendes", "Voters say, 'It does not matter,'")]),
    ("a surname that is also a title", "“We are ready,” said Tomas King, a union organiser.",
     [("direct", "Tomas King", "We are ready")]),
    ("a generational suffix", "“Not again,” Ralph T. Osei Jr., a lawyer for the family, said on Monday.",
     [("direct", "Ralph T. Osei Jr.", "Not again")]),
    ("a thing that speaks is described, not resolved to the last person",
     "Senator Maria Ruiz wrote a memoir. “I was never afraid,” the book says.",
     [("direct", "", "I was never afraid")]),
    ("a generic role noun with the person's affiliation", "Belarusian President Aleksandr Lukashenko met envoys. "
     "“Peace is possible,” the Belarusian leader said.", [("direct", "Aleksandr Lukashenko", "Peace is possible")]),
    ("an apposition without an article, over a hundred characters long",
     "Rosa Delgado, director of the Center for Budget and Policy Studies at Lakeview State University's law "
     "school, said the county was overstating its deficit.",
     [("indirect", "Rosa Delgado", "the county was overstating its deficit")]),
    ("a sentence that opens with a conjunction gives no title",
     "But Ian Marsh, senior organiser for the tenants' union, said rents would rise again.",
     [("indirect", "Ian Marsh", "rents would rise again")]),
    ("a phrase of time between the verb and its clause",
     "Senator Mary Holt spoke late. Holt said after the vote she would not run again.",
     [("indirect", "Mary Holt", "she would not run again")]),
    ("a verb phrase between the verb and a clause is not a phrase of time",
     "“We will help,” the adviser added after Premier Tom Lund shocked allies by suggesting Oslo would stay out.",
     [("direct", "", "We will help")]),
    ("a programme title between 'told' and 'that'",
     "Governor Ana Ruiz told WKRN's \"Morning Show\" that nobody would question the budget.",
     [("indirect", "Ana Ruiz", "nobody would question the budget")]),
    ("an aide speaks, not the person named after 'to'",
     "An adviser to Prime Minister Ola Berg said the country was ready to help.",
     [("indirect", "", "the country was ready to help")]),
    ("initials and a party label do not end the sentence; the next quotation goes on with the speaker",
     "“This is a sad day,” said Rep. J.D. Hollis (D-Ore.), head of the Rural Caucus. “The plan fails farmers.”",
     [("direct", "J.D. Hollis", "This is a sad day"), ("direct", "J.D. Hollis", "The plan fails farmers.")]),
    ("a fragment whose speaker stands after it",
     "Hale “is the only candidate with the temperament to lead,” retired general Rosa Ito said.",
     [("partial", "Rosa Ito", "is the only candidate with the temperament to lead")]),
    ("a clause holding a fragment, then 'says X, founder of ...'",
     "The answers are “not meeting the demand,” says Paul Okoro, founder and head of Veterans Aid.",
     [("partial", "Paul Okoro", "not meeting the demand"),
      ("indirect", "Paul Okoro", "The answers are “not meeting the demand")]),
    ("a paragraph ending in a colon introduces the quotation of the next",
     "The Daily Ledger reports:\n\n“Only a quarter of the donors gave less than fifty dollars.”",
     [("direct", "Daily Ledger", "Only a quarter of the donors gave less than fifty dollars.")]),
    ("a country brands", "Japan branded the launch an “outrageous provocation.”",
     [("partial", "Japan", "outrageous provocation")]),
    ("a noun with 'that' after an opinion verb", "Mayor Lia Penn welcomed signs that the council might soon "
     "vote on the budget.", [("indirect", "Lia Penn", "the council might soon vote on the budget")]),
    ("'urged' a long object to act", "Top EU and NATO officials urged foreign ministers from the wealthiest "
     "nations on Thursday to send more air defences.",
     [("indirect", "", "foreign ministers from the wealthiest nations on Thursday to send more air defences")]),
    ("'by calling for': the subject of the sentence", "Foreign Minister Ada Rossi opened the session by calling "
     "for new sanctions on the regime.", [("indirect", "Ada Rossi", "new sanctions on the regime")]),
    ("an unattributed quotation after a sentence about a person",
     "Former mayor Ina Vogt met us in Bonn. She is blunter about the budget. “We cannot pay for it.”",
     [("direct", "Ina Vogt", "We cannot pay for it.")]),
    ("an unattributed quotation after a sentence about nobody stays unattributed",
     "Former mayor Ina Vogt met us in Bonn. The rain kept falling. “It never stops.”",
     [("direct", "", "It never stops.")]),
    ("a country's top diplomat is its foreign minister named earlier",
     "Finnish Foreign Minister Elina Valtonen met her counterpart. The talks lasted hours.\n"
     "Later, Finland's top diplomat said the border would stay closed.",
     [("indirect", "Elina Valtonen", "the border would stay closed")]),
    ("the head of a country's diplomacy is its foreign minister named earlier",
     "The Foreign Minister of Moldova, Mihai Popsoi, spoke by telephone.\n"
     "“There would be no protocol today,” the head of Moldovan diplomacy said.",
     [("direct", "Mihai Popsoi", "There would be no protocol today")]),
    ("a lead's office owned by \"the country\" is the holder named in the next paragraph",
     "Brethia will not reverse its decision, the country's fisheries minister said on Wednesday.\n\n"
     "Speaking to reporters, Fisheries Minister Ottar J. Rennick said there would be no retreat.",
     [("indirect", "Ottar J. Rennick", "Brethia will not reverse its decision"),
      ("indirect", "Ottar J. Rennick", "there would be no retreat")]),
    ("a national leader is the head of government named earlier",
     "Dutch Prime Minister Dick Schoof visited Kyiv. The Dutch leader said more aid would follow.",
     [("indirect", "Dick Schoof", "more aid would follow")]),
    ("a report inside a report: the inner speaker told it, in her own words",
     "Farmer Matt Korrel is angry. He claims Sabine Holm once told a private dinner that subsidies were “a pension "
     "scheme for tractors.”", [("partial", "Sabine Holm", "a pension scheme for tractors"),
                               ("indirect", "Sabine Holm", "subsidies were “a pension scheme for tractors.”")]),
    ("an agency quoted a person as saying", "RIA news agency quoted Foreign Minister Sergei Lavrov as saying the "
     "talks were over.", [("indirect", "Sergei Lavrov", "the talks were over")]),
    ("an agency quoted a named spokesman as saying, with a fragment", "The agency Pelpress quoted his spokesman, "
     "Aron Feddle, as saying the visit had “exceeded expectations.”",
     [("partial", "Aron Feddle", "exceeded expectations")]),
    ("a report inside a report: the agent of 'had been told by ... that'",
     "Milos Penn leads the union. Penn said a delegate had been told by a ministry official that the quota was "
     "“a formality for the newspapers.”", [("partial", "", "a formality for the newspapers"),
                                          ("indirect", "Milos Penn", "a delegate had been told by a ministry official "
                                           "that the quota was “a formality for the newspapers.”")]),
    ("a report inside a report: the named subject of 'had assured him ... that'",
     "The mayor, Karl Ost, spoke. He said the governor, Emil Brandt, had assured him on Friday that the levee was "
     "“not a concern.”", [("partial", "Emil Brandt", "not a concern"),
                          ("indirect", "Emil Brandt", "the levee was “not a concern.”")]),
    ("a source a lead describes and the next sentence names is the one a later description means",
     "BRANNOCK — A senior prosecutor told a jury on Monday that the port chief had lied.\n\nHarriet Osei KC, "
     "opening the case, said the tender Gerald Framley oversaw was rigged.\n\n“This case is about a man,” the "
     "prosecutor told the jury.", [("direct", "Harriet Osei", "This case is about a man"),
                                   ("indirect", "Harriet Osei", "the port chief had lied")]),
    ("'As X, a lawyer and fellow at a body, put it, “...”': the person, not the body of the apposition",
     "As Steven Rosen, a tax lawyer and senior fellow at the Urban Policy Center, recently put it, ''Did he lower his "
     "taxes legally?''", [("direct", "Steven Rosen", "Did he lower his taxes legally?")]),
    ("'the judge' is the one titled Mrs Justice", "Mrs Justice Ellery Dunne warned jurors. The lawyer Tom Pell "
     "spoke too. The judge told them the trial would depend “on the evidence in this room”.",
     [("partial", "Ellery Dunne", "on the evidence in this room")]),
    ("'the barrister' is the one with KC after the name", "Under cross-examination by Tobias Quint KC, for the "
     "defence, she accepted it. The barrister suggested she had left “because she was passed over”.",
     [("partial", "Tobias Quint", "because she was passed over")]),
    ("'the visiting leader/president' is the counterpart the host received",
     "President Radomir Kesh welcomed his Pelmark counterpart, Halvard Ostby, to the palace. The host called the day "
     "“a new page”.\n\nAt a news conference, the visiting leader said the corridor would open soon. “We are ready,” "
     "the visiting president said.\n\nLater, the visiting president told guests that the river “has outlived every "
     "government”.", [("indirect", "Halvard Ostby", "the corridor would open soon"),
                     ("direct", "Halvard Ostby", "We are ready"),
                     ("partial", "Halvard Ostby", "has outlived every government")]),
    ("'As X, a lawyer, has long argued, ...'", "As Steven Rosen, a tax lawyer, has long argued, the rules are far "
     "too loose for companies.", [("indirect", "Steven Rosen", "the rules are far too loose for companies")]),
    ("'As many experts have pointed out, ...': a described source", "As many tax experts, including Mr. Gold, have "
     "pointed out, the candidate is free to disclose his returns.",
     [("indirect", "", "the candidate is free to disclose his returns")]),
    ("'told this newspaper they ...': a hearer with 'this' before a clause without 'that'",
     "Two former board members told this newspaper they had never seen the bid.",
     [("indirect", "", "they had never seen the bid")]),
    ("'told the newspaper they ...': a medium noun is the whole hearer, not the word after it",
     "John Smith told the newspaper they had never seen the bid.",
     [("indirect", "John Smith", "they had never seen the bid")]),
    ("'the manager' is the one a club is 'managed by'", "Saturday’s opponents are managed by Dmitri Aulen, who "
     "coached Kessely for three seasons. The manager said after the game that his old forward had “punished us.”",
     [("partial", "Dmitri Aulen", "punished us")]),
    ("'the chair' is the one 'who chairs' the board", "Ilse Marron, who chairs the board, spoke first. Tom Reed "
     "spoke too. The chair said the vote was “final”.", [("partial", "Ilse Marron", "final")]),
    ("'the expert' is the institute director who spoke last, whatever his title",
     "Director of the Institute for Strategic Studies Farid Ulmasov told a correspondent that the visit had been "
     "historic.\n\n“The documents signed today create a solid legal basis,” the expert said.",
     [("direct", "Farid Ulmasov", "The documents signed today create a solid legal basis")]),
    ("'the union leader' is the union's general secretary", "Conor Delacroix, the general secretary of the "
     "dockers union, spoke first. Mayor Ana Ruiz spoke too.\n\nThe union leader said the offer was “insulting”.",
     [("partial", "Conor Delacroix", "insulting")]),
    ("'the head of state' of a state visit is the host, named first",
     "President Arno Vell of Selvar held talks with President Hella Dunsk of Mirrow, who arrived on Monday. "
     "Vell thanked Dunsk for coming. The head of state noted that trade had grown.",
     [("indirect", "Arno Vell", "trade had grown")]),
    ("'the head of state' for a leader of the nation", "Leader of the Nation Yerlan Sadykov received the report. "
     "The head of state thanked the border guards for their “courage.”",
     [("partial", "Yerlan Sadykov", "courage")]),
    ("'the health chief' is the one whose role names health",
     "Dana Ruell, the cabinet secretary for health, opened the debate. Later the health chief said waiting lists "
     "were “unacceptable.”", [("partial", "Dana Ruell", "unacceptable")]),
    ("'the Kremlin spokesman' is the spokesman named earlier, not the Kremlin",
     "Kremlin spokesman Dmitry Peskov spoke first. An envoy arrived later.\n"
     "“Nothing is agreed,” the Kremlin spokesman told reporters.",
     [("direct", "Dmitry Peskov", "Nothing is agreed")]),
    ("state-agency style: 'This was stated by X' gives X the sentence before",
     "The grain corridor will reopen within weeks. This was stated by Deputy Minister Olena Kyrylenko in a comment "
     "to the agency.", [("indirect", "Olena Kyrylenko", "The grain corridor will reopen within weeks")]),
    ("'In his words, ...'", "Mayor Ivan Petrenko spoke on Monday. In his words, the city “will rebuild every school.”",
     [("indirect", "Ivan Petrenko", "the city “will rebuild every school.”"),
      ("partial", "Ivan Petrenko", "will rebuild every school")]),
    ("'As X put it, ...'", "Foreign Minister Sergei Lavrov spoke. As Lavrov put it, the West “will have to accept "
     "reality.”", [("partial", "Sergei Lavrov", "will have to accept reality")]),
    ("'X, who described ... as', a relative clause", "President Ana Ortiz, who described the plan as “a trap,” "
     "did not attend.", [("partial", "Ana Ortiz", "a trap"), ("indirect", "Ana Ortiz", "the plan as “a trap")]),
    ("coordinated verbs share the sentence's subject", "President Ana Ortiz thanked the donors for their help "
     "and said the city was “ready to rebuild.”", [("partial", "Ana Ortiz", "ready to rebuild"),
                                                   ("indirect", "Ana Ortiz", "the city was “ready to rebuild.”")]),
    ("a fragment named with a possessive", "Mayor Ivan Petrenko spoke. Petrenko's “recovery pledge” covers schools.",
     [("partial", "Ivan Petrenko", "recovery pledge")]),
    ("'according to X' after a quotation", "“We are ready for talks,” according to President Ana Ortiz.",
     [("direct", "Ana Ortiz", "We are ready for talks")]),
    ("a name with a capitalised particle", "“There is no progress,” Al Jazeera’s Omar Bin Rashid reported from Kyiv.",
     [("direct", "Omar Bin Rashid", "There is no progress")]),
    ("a document reads", "“Ukraine deserves peace,” the statement reads.", [("direct", "", "Ukraine deserves peace")]),
    ("a long apposition after the speaker's name", "“We need a European army,” said Nils Bergman, a fellow at "
     "the Centre for Defence Studies who ran the European Defence Agency, an E.U. body whose work faces limits because "
     "of national reluctance to hand over powers.", [("direct", "Nils Bergman", "We need a European army")]),
    ("a name after a horizontal bar", "When asked about taxes ― Ortiz boasted, “That makes me smart.”",
     [("direct", "Ortiz", "That makes me smart.")]),
    ("'says A, and that B' is one report", "Interior Minister Lena Holm says hackers are targeting local "
     "election offices, and that one recent attempt succeeded.",
     [("indirect", "Lena Holm",
       "hackers are targeting local election offices, and that one recent attempt succeeded")]),
    ("a concession stays in the report", "Senator Ana Ruiz said the visit to Burma was more important than the "
     "summit, even though it received less attention.",
     [("indirect", "Ana Ruiz",
       "the visit to Burma was more important than the summit, even though it received less attention")]),
    ("a pair of dashes is an aside inside the clause", "Governor Tom Fowler noted that in 1972 he backed Sargent "
     "Shriver — a member of the Kennedy clan — for the ticket.",
     [("indirect", "Tom Fowler", "in 1972 he backed Sargent Shriver — a member of the Kennedy clan — for the ticket")]),
    ("a country inside the sentence it reports", "The latest test, North Korea said, was its biggest yet.",
     [("indirect", "North Korea", "The latest test, North Korea said, was its biggest yet")]),
    ("'told <a long audience> that'", "Prime Minister Ola Berg told a meeting of Pacific Island leaders that few "
     "people understood the stakes.", [("indirect", "Ola Berg", "few people understood the stakes")]),
    ("'they said' after an unnamed body that spoke", "The toll rose to 21, regional authorities said on Saturday. "
     "They said 42 other people had been wounded.",
     [("indirect", "", "The toll rose to 21"), ("indirect", "", "42 other people had been wounded")]),
    ("'he' opening coordinated verbs", "Foreign Minister Ola Berg spoke. He thanked the donors for a new battery, "
     "but urged parliament to approve the funding.", [("indirect", "Ola Berg", "parliament to approve the funding")]),
    ("a fragment after a verb of evaluation", "Mayor Ina Vogt thanked the volunteers for their “tireless work” "
     "on Sunday.", [("partial", "Ina Vogt", "tireless work")]),
    ("a verb of evaluation reports a clause only with 'as'", "Minister Tom Lund slammed the plan as “absurd”.",
     [("partial", "Tom Lund", "absurd"), ("indirect", "Tom Lund", "the plan as “absurd”")]),
    ("the name after 'told' is the hearer", "“We will rebuild,” the official told CNN on Monday.",
     [("direct", "", "We will rebuild")]),
    ("'the head of state' is the president named before, and 'of state' is no verb",
     "President Ana Ortiz addressed the nation. “We are grateful,” – the head of state emphasized.",
     [("direct", "Ana Ortiz", "We are grateful")]),
    ("'According to X, “...”' attributes the quotation", "President Ana Ortiz spoke. According to Ortiz, "
     "“The city must rebuild.”", [("direct", "Ana Ortiz", "The city must rebuild.")]),
    ("'noted that “...”' introduces a quotation", "President Ana Ortiz spoke. The President noted that “The city "
     "is ready for peace.”", [("direct", "Ana Ortiz", "The city is ready for peace.")]),
    ("a general staff is an institution, not a general", "“The enemy is trying to break through,” the General "
     "Staff reported.", [("direct", "General Staff", "The enemy is trying to break through")]),
    ("'put it' reports", "As Mara Quist, a tax lawyer at the Policy Center, recently put it, “Did he lower his "
     "taxes legally?”", [("direct", "Mara Quist", "Did he lower his taxes legally?")]),
    ("a he/she opening a sentence is the subject of the sentence before",
     "Former premier Tony Ashby met his old aide Alan Crowe. He said the party had lost its way.",
     [("indirect", "Tony Ashby", "the party had lost its way")]),
    ("the subject of a reported clause after 'said' is not a speaker",
     "High Representative Josep Borrell spoke. Borrell said Europe can't rely on Washington.\n\n"
     "“Decisions have to be taken,” he said.", [("direct", "Josep Borrell", "Decisions have to be taken")]),
    ("'he said' is the person who was a subject, not one named as an object since",
     "Former premier Tony Ashby spoke at length. Ashby has often accused Senator Dan Kyle of lacking a plan. "
     "Today he sounds more forgiving. “There are enough people attacking Dan,” he said.",
     [("direct", "Tony Ashby", "There are enough people attacking Dan")]),
    ("a given name and a surname make a person an age description can refer to",
     "The taps in Marta Quell's kitchen ran dry.\n\n“You learn how much water a family uses,” the 41-year-old "
     "teacher said.", [("direct", "Marta Quell", "You learn how much water a family uses")]),
    ("a list inside a reported clause", "Prosecutors said Ovie received cash, two cars and the use of a house "
     "from the contractors.", [("indirect", "", "Ovie received cash, two cars and the use of a house from the "
                                                "contractors")]),
    ("an aside inside a reported clause", "Wang said China and Peru, as large trading nations, share an interest "
     "in open markets.", [("indirect", "Wang", "China and Peru, as large trading nations, share an interest in "
                                               "open markets")]),
    ("a fragment after a verb coordinated with the sentence's first", "Last week the transport secretary stood "
     "beside a new tram and declared the network “fit for the century”.",
     [("partial", "", "fit for the century")]),
    ("a fragment after 'declined to ... but insisted'", "Its spokeswoman, Ada Lind, declined to give details but "
     "insisted the plan would be “ambitious”.", [("partial", "Ada Lind", "ambitious")]),
    ("the subject stands before 'likes to'", "The minister likes to describe the scheme as “the biggest in a "
     "generation”.", [("partial", "", "the biggest in a generation")]),
    ("an institution named with 'for' after 'According to'", "According to the Office for Rail Statistics, "
     "fares rose faster than wages.", [("indirect", "Office for Rail Statistics", "fares rose faster than wages")]),
    ("an institution named with 'of' after ', according to'", "The state holds a fifth of the inmates, according "
     "to the Federal Bureau of Prisons.", [("indirect", "Federal Bureau of Prisons",
                                            "The state holds a fifth of the inmates")]),
    ("a trailing unnamed source after a relative clause", "Okafor, who has denied all the charges, is expected "
     "to appeal, her family said.", [("indirect", "", "Okafor, who has denied all the charges, is expected to "
                                                     "appeal")]),
    ("a plural group at a sentence start is no person", "Developers said prices would fall.",
     [("indirect", "", "prices would fall")]),
    ("a progressive reporting verb", "Senator Ann Hale is warning that the bill would raise prices.",
     [("indirect", "Ann Hale", "the bill would raise prices")]),
    ("a lone surname before a progressive verb", "Hale is stressing that her plan will cut costs.",
     [("indirect", "Hale", "her plan will cut costs")]),
    ("a future reporting verb", "Governor Tom Fowler will argue that the state cannot pay.",
     [("indirect", "Tom Fowler", "the state cannot pay")]),
    ("an indirect question", "Senator Ann Hale asked whether the agency had followed the law.",
     [("indirect", "Ann Hale", "whether the agency had followed the law")]),
    ("'called on X to'", "Senator Ann Hale called on fellow senators to withdraw their support.",
     [("indirect", "Ann Hale", "fellow senators to withdraw their support")]),
    ("the person before an apposition naming their employer", "Mia Lund, president of the Federation of "
     "Nurses, which represents 9,000 nurses, said the strike would go ahead.",
     [("indirect", "Mia Lund", "the strike would go ahead")]),
    ("a home town with a state after the name", "Johnnie Wilson, of Springfield, Va., said he had served twice.",
     [("indirect", "Johnnie Wilson", "he had served twice")]),
    ("'of <country>' then an apposition", "Foreign Minister Jean-Marc Ayrault of France, a permanent member of the "
     "Security Council, said the test could not go unanswered.",
     [("indirect", "Jean-Marc Ayrault", "the test could not go unanswered")]),
    ("a party and state after the name", "“This is a disgrace,” Rep. Ada Quinn, D-Calif., said Tuesday.",
     [("direct", "Ada Quinn", "This is a disgrace")]),
    ("a programme named in quotation marks before 'that'", "Ann Hale said on CNN's “State of the Union” that the "
     "plan would be released soon.", [("indirect", "Ann Hale", "the plan would be released soon")]),
    ("a name in an introductory participle phrase only listens", "Speaking to Al Jazeera from Doha, the "
     "official, who asked not to be named, said the group had accepted the proposal.",
     [("indirect", "", "the group had accepted the proposal")]),
    ("a description, then the name", "“It is a tragedy,” said one resident, Maria Lopez, 52. “We have lost "
     "everything.”", [("direct", "Maria Lopez", "It is a tragedy"), ("direct", "Maria Lopez", "We have lost "
                                                                                               "everything.")]),
    ("title words alone are no name", "Mr Starmer spoke. “We made a promise,” the Prime Minister told MPs.",
     [("direct", "", "We made a promise")]),
    ("'according to a statement released by' the body", "According to a statement released by Prime Minister "
     "Ann Hale on Sunday, the bridge will reopen in May.", [("indirect", "Ann Hale", "the bridge will reopen in May")]),
    ("a description after an introductory phrase", "Speaking in Leeds, the party's candidate told supporters "
     "that the election was a choice between two futures.",
     [("indirect", "", "the election was a choice between two futures")]),
    ("an interview answer after a question paragraph", "We spoke with Defence Minister Ola Berg about the war."
     "\n\nMinister, will the army grow?\n\n“It must. We cannot build our defence on hope.”",
     [("direct", "Ola Berg", "It must. We cannot build our defence on hope.")]),
    ("a participle's subject opens the sentence", "“Keep your hands in sight,” Mary Blige sings to Ann Hale "
     "before asking her, “Where do we go from here?”", [("direct", "Mary Blige", "Where do we go from here?")]),
    ("a described subject with auxiliaries", "The New York state attorney general is confirming that the "
     "charity is not registered.", [("indirect", "", "the charity is not registered")]),
    ("a relative clause on a described person", "Trump refused to pay an architect who said he was stiffed.",
     [("indirect", "", "he was stiffed")]),
    ("an acronym that speaks", "AROS said the walk-ins were the largest it had held.",
     [("indirect", "AROS", "the walk-ins were the largest it had held")]),
    ("an organization inside the speaker's apposition", "“It is an invasion,” Tom Pratt, the attorney general of "
     "a state suing the EPA, said.", [("direct", "Tom Pratt", "It is an invasion")]),
    ("a name after 'said' that opens the clause is no trailing speaker", "State Sen. Julie Slama, a Republican, "
     "said Herbster reached for her arm.", [("indirect", "Julie Slama", "Herbster reached for her arm")]),
    ("a name in apposition and a list of names inside a reported clause", "President Ann Hale said she backed a "
     "plan from the speaker, Tom Berg, to send aid to Peru, Chile and Bolivia.",
     [("indirect", "Ann Hale", "she backed a plan from the speaker, Tom Berg, to send aid to Peru, Chile and "
                               "Bolivia")]),
    ("a denial of wrongdoing reports what is denied", "Prime Minister Luis Montenegro has denied any wrongdoing.",
     [("indirect", "Luis Montenegro", "any wrongdoing")]),
    ("a participle apposition between the name and the verb", "President Ann Hale, dedicating the National "
     "Museum of Sea History on Saturday, said it would tell a story of the coast.",
     [("indirect", "Ann Hale", "it would tell a story of the coast")]),
    ("an employer named with two 'of's", "Lead researcher Ada Tinto of the Clinical Research Unit of Nanoro "
     "described the results as “a turning point”.", [("partial", "Ada Tinto", "a turning point")]),
    ("an apposition opening with 'whose'", "Dr Adrian Hale, whose Oxford team developed the vaccine, said the "
     "protection waned after a year.", [("indirect", "Adrian Hale", "the protection waned after a year")]),
    ("a trailing description", "The plant will close by 2027, the carmaker said on Monday.",
     [("indirect", "", "The plant will close by 2027")]),
    ("a quoted word inside an apposition", "President Ann Hale, who had once declared the bill “dead”, praised "
     "lawmakers for their “courage”.", [("partial", "Ann Hale", "courage")]),
    ("an unnamed group 'within' something", "Critics within his own party have accused him of “holding the "
     "planet hostage”.", [("partial", "", "holding the planet hostage")]),
    ("a quantifier alone as the subject", "Groups were pleased, though some called the drilling plan “a bitter "
     "pill”. Others argued that it was too late.", [("partial", "", "a bitter pill"),
                                                   ("indirect", "", "it was too late")]),
    ("the sentence after a quotation names its speaker", "“I am not going anywhere.” That was the message from "
     "Prime Minister Ann Hale on Tuesday.", [("direct", "Ann Hale", "I am not going anywhere.")]),
    ("a description after 'In a post on X,'", "In a post on X, the billionaire wrote that the agency was “a "
     "criminal organization”.", [("indirect", "", "the agency was “a criminal organization”")]),
    ("an occupational role noun the last person does not hold", "Governor Ann Lee, the former secretary of state, "
     "spoke first. “We need change,” the New York businessman said.", [("direct", "", "We need change")]),
]


@pytest.mark.parametrize("text, role", [
    ("Last week the transport secretary stood beside a new tram and declared the network “fit for the century”.",
     "the transport secretary"),
    ("The minister likes to describe the scheme as “the biggest in a generation”.", "The minister"),
])
def test_described_subject_of_a_fragment(text, role):
    """A fragment whose subject is a description keeps the description, without the verbs that follow it."""
    table = quotes.of_text(text)
    assert list(table.loc[table["kind"] == "partial", "speaker_role"]) == [role]


@pytest.mark.parametrize("case, text, expected", CASES, ids=[c[0] for c in CASES])
def test_quoting_patterns(case, text, expected):
    results = found(text)
    for row in expected:
        assert row in results, f"{case}: {row} not in {results}"


UNNAMED = [
    ("plural officials, participle", "The Kremlin welcomed remarks from U.S. officials indicating that the bid "
     "was over.", "U.S. officials", "United States", "the bid was over"),
    ("anonymous diplomat with apposition", "A senior European diplomat, who spoke on condition of anonymity, "
     "said the talks had stalled.", "A senior European diplomat", "European Union", "the talks had stalled"),
    ("inverted, after a quote", "“It is a scandal,” said one resident.", "one resident", "", "It is a scandal"),
    ("according to unnamed people", "The talks stalled on Monday, according to people familiar with the matter.",
     "people familiar with the matter", "", "The talks stalled on Monday"),
    ("according to a statement from", "Russia wants guarantees, according to a statement from a senior Russian "
     "diplomat.", "a senior Russian diplomat", "Russia", "Russia wants guarantees"),
    ("a noun with its modifier", "Experts on Baltic shipping said the new rules could double costs.",
     "Experts on Baltic shipping", "", "the new rules could double costs"),
    ("a modifier of time is not kept", "Officials in the region on Monday said the bridge was closed.",
     "Officials in the region", "", "the bridge was closed"),
    ("a definite description takes the earlier unnamed source",
     "A senior treasury official said the rules would apply from May. The official added that banks had agreed to it.",
     "A senior treasury official", "", "banks had agreed to it"),
    ("an unnamed source before a describing verb", "Ukrainian officials, meanwhile, branded the move “a cynical "
     "provocation.”", "Ukrainian officials", "Ukraine", "a cynical provocation"),
    ("a definite description before 'noted that'", "The columnist noted that both candidates cited the same "
     "study.", "The columnist", "", "both candidates cited the same study"),
    ("the aide of a named person", "An adviser to Prime Minister Ola Berg said the country was ready to help.",
     "An adviser to Prime Minister Ola Berg", "", "the country was ready to help"),
]


@pytest.mark.parametrize("case, text, role, affiliation, content", UNNAMED, ids=[u[0] for u in UNNAMED])
def test_unnamed_sources_are_described_not_named(case, text, role, affiliation, content):
    row = quotes.of_text(text).set_index("text").loc[content]
    assert (row["speaker"], row["speaker_type"], row["speaker_role"], row["affiliation"]) == (
        "", "unknown", role, affiliation)
    assert row["chain"].startswith(f"(unnamed) {role} > ")


def test_statement_is_not_read_as_the_last_person():
    assert found("Minister Ivo Petrov met the press. “We are ready,” the statement said.")[0][1] == ""


def test_organization_after_preposition_is_not_a_person():
    speakers = {r[1] for r in found("Analysts at Barclays said the cut was larger than expected.")}
    assert "Barclays" not in speakers


NOT_QUOTES = [
    ("quoted outlet name", "Senator Ruth Adler spoke with ‘Lenta.ru’ about the deal."),
    ("apostrophes only", "Ukraine’s allies and the Kremlin’s critics met at the Smiths’ house."),
    ("inch marks", 'The screen measures 15" and the frame 17" across.'),
    ("no quote at all", "The rouble strengthened to around 80 against the dollar on Monday."),
]


@pytest.mark.parametrize("case, text", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_not_quotes(case, text):
    assert [r for r in found(text) if r[0] != "indirect"] == []


def test_missing_verb_is_attributed_by_role_noun_without_crashing():
    text = ("U.S. Defense Secretary Pete Hegseth met allies. “Only he can bring peace to the table,” "
            "he defense secretary Thursday.")
    assert ("direct", "Pete Hegseth", "Only he can bring peace to the table") in found(text)


def test_pronoun_skips_names_inside_the_quote():
    text = "Minister Ivo Petrov spoke. “As President Adams has said, we must act,” he said."
    assert found(text)[0][1] == "Ivo Petrov"


def test_relay_through_media_is_recorded():
    text = ("Deputy Foreign Minister Alexander Grushko spoke with Izvestia on Monday. "
            "Grushko stressed that guarantees must be binding.")
    table = quotes.of_text(text, outlet="Daily Example")
    row = table[table["kind"] == "indirect"].iloc[0]
    assert (row["speaker"], row["via"]) == ("Alexander Grushko", "Izvestia")
    assert row["chain"] == "Alexander Grushko > Izvestia > Daily Example"


def test_medium_as_speaker_is_typed_media_and_not_relayed():
    row = quotes.of_text("According to Bloomberg, the deal is close to done.").iloc[0]
    assert (row["speaker_type"], row["affiliation"], row["via"]) == ("media", "media", "")


def test_known_actor_from_lexicon_resolves_variants():
    lexicon = actors.load(SEEDS / "actors.csv")
    text = "Hegset believes that the US should focus on China. Zelenskyy acknowledged that talks were needed."
    speakers = [(r[1], r[0]) for r in found(text, lexicon=lexicon)]
    assert speakers == [("Pete Hegseth", "indirect"), ("Volodymyr Zelensky", "indirect")]


def test_mentions_read_back_from_csv_are_accepted():
    text = "“We will go,” Peskov said."
    documents = pd.DataFrame({"doc_id": ["d"], "text": [text], "outlet_label": ["W"]})
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0]})
    mentions = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "actor": ["Dmitry Peskov"], "affiliation": [None],
                             "actor_type": ["person"], "surface": ["Peskov"], "start": [14], "end": [20],
                             "known": [True], "role": [float("nan")]})
    row = quotes.extract(documents, sentences, mentions).iloc[0]
    assert (row["speaker"], row["affiliation"], row["known"]) == ("Dmitry Peskov", "", True)


def test_contract_columns_and_empty_input():
    empty = quotes.extract(pd.DataFrame({"doc_id": [], "text": [], "outlet_label": []}),
                           pd.DataFrame({"doc_id": [], "sent_id": [], "start": []}),
                           pd.DataFrame(columns=list(actors.MENTION_COLUMNS)))
    assert list(empty.columns)[:10] == ["doc_id", "quote_id", "kind", "speaker", "affiliation", "speaker_type",
                                        "cue", "text", "start", "end"]
    assert empty.empty


# ---------------------------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seed_tables():
    return pipeline.compute(SEEDS, config=pipeline.Config(actors=str(SEEDS / "actors.csv"),
                                                           stages=("actors", "quotes")))


def test_seed_offsets_index_the_cleaned_text(seed_tables):
    texts = dict(zip(seed_tables["documents"]["doc_id"], seed_tables["documents"]["text"], strict=True))
    for row in seed_tables["quotes"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_seed_split_quotes_of_peskov_and_hegseth(seed_tables):
    table = seed_tables["quotes"]
    direct = table[table["kind"] == "direct"].set_index("text")["speaker"]
    assert direct["Work on finding a peaceful settlement cannot and should not take place in public"] == \
        "Dmitry Peskov"
    assert direct["It should take place in an absolutely discrete mode."] == "Dmitry Peskov"
    assert direct["It is certainly not a betrayal"] == "Pete Hegseth"
    assert direct[next(t for t in direct.index if t.startswith("No country, as President Trump"))] == "Pete Hegseth"
    assert direct[next(t for t in direct.index if t.startswith("That will require both sides"))] == "Pete Hegseth"


def test_seed_donation_appeal_is_not_quoted(seed_tables):
    table = seed_tables["quotes"]
    for phrase in ("undesirable", "foreign agent", "discredits the decisions", "support us monthly"):
        assert not table["text"].str.contains(phrase).any()


def test_seed_gold_direct_quotes_above_threshold(seed_tables):
    gold = validate.read_gold(SEEDS / "annotations" / "quotes.csv")
    matches = validate.quotes.match_gold(gold, seed_tables["quotes"], seed_tables["documents"])
    assert (matches["status"] != "not_found").all(), "every gold text must occur in the cleaned text"
    figures = validate.score(*validate.quotes.gold_labels(matches), labels=["direct", "partial", "indirect"])
    direct = figures["per_class"]["direct"]
    assert direct["precision"] >= 0.9 and direct["recall"] >= 0.9
    assert figures["per_class"]["partial"]["recall"] >= 0.8
    assert figures["per_class"]["indirect"]["recall"] >= 0.75


def test_corpus_without_actors_file_still_finds_speakers(tmp_path):
    for path in SEEDS.glob("*.txt"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    tables = pipeline.compute(tmp_path, config=pipeline.Config(stages=("actors", "quotes")))
    table = tables["quotes"]
    direct = table[table["kind"] == "direct"]
    assert (direct["speaker"] != "").all()
    persons = table[table["speaker_type"] == "person"]
    assert not persons["known"].any()
    assert {"Dmitry Peskov", "Alexander Grushko", "Keith Kellogg"} <= set(persons["speaker"])


def test_validate_cli_reports_per_kind(capsys):
    from analysis import cli

    status = cli.main(["validate", "quotes", "--gold", str(SEEDS / "annotations" / "quotes.csv"),
                       "--corpus", str(SEEDS)])
    assert status == 0
    assert "direct" in capsys.readouterr().out


def test_validate_reads_the_subfolders_of_a_corpus_with_recursive(tmp_path, capsys):
    from analysis import cli

    (tmp_path / "c" / "sub").mkdir(parents=True)
    (tmp_path / "c" / "sub" / "a.txt").write_text("“We will reopen the bridge on Monday,” Mayor Ana Silva said.\n",
                                                  encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,speaker,kind,cue,text\na,Ana Silva,direct,said,We will reopen the bridge on Monday\n",
                    encoding="utf-8")
    assert cli.main(["validate", "quotes", "--gold", str(gold), "--corpus", str(tmp_path / "c")]) == 0
    assert "not in the corpus" in capsys.readouterr().out
    assert cli.main(["validate", "quotes", "--gold", str(gold), "--corpus", str(tmp_path / "c"), "--recursive"]) == 0
    direct = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("direct"))
    assert direct.split()[1:4] == ["1", "1.00", "1.00"]


def test_validate_without_corpus_is_one_line_error():
    import argparse

    gold = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["A"], "text": ["x"]})
    with pytest.raises(validate.ValidationError):
        validate.quotes.validation_results(gold, argparse.Namespace(corpus=None, actors=None))


def test_other_outlets_gold():
    """Texts in other house styles (AP wire, TASS, British broadsheet) against their own hand-made gold."""
    folder = ROOT / "tests" / "data" / "quotes_outlets"
    tables = pipeline.compute(folder, config=pipeline.Config(stages=("actors", "quotes")))
    gold = validate.read_gold(folder / "gold.csv")
    matches = validate.quotes.match_gold(gold, tables["quotes"], tables["documents"])
    assert (matches["status"] != "not_found").all()
    labels = validate.quotes.gold_labels(matches)
    figures = validate.score(*labels, labels=["direct", "partial", "indirect"])["per_class"]
    assert figures["direct"]["precision"] >= 0.9 and figures["direct"]["recall"] >= 0.9
    assert figures["partial"]["recall"] >= 0.6 and figures["indirect"]["recall"] >= 0.6


def test_more_forms_gold():
    """Hand-written texts in more forms (live blog, feature, court report, op-ed, state media, sports, translated
    interview, campaign report, business wire, health, crime): gold quotes found, and named speakers right."""
    folder = ROOT / "tests" / "data" / "quotes_styles"
    tables = pipeline.compute(folder, config=pipeline.Config(stages=("actors", "quotes")))
    gold = validate.read_gold(folder / "gold.csv")
    matches = validate.quotes.match_gold(gold, tables["quotes"], tables["documents"])
    found = matches[matches["status"] != "spurious"]
    assert (found["status"] == "matched").mean() >= 0.95
    named = found[found["gold_speaker"].str[:1].str.isupper() & (found["status"] == "matched")]
    right = named["gold_speaker"].str.lower() == named["predicted_speaker"].str.lower()
    assert right.mean() >= 0.85, named.loc[~right, ["gold_speaker", "predicted_speaker", "gold_text"]]


FRAGMENTS = ["“", "”", "«", "»", "‘", "’", '"', "'", " said ", " Peskov", " he ", ", ", ". ", "\n", "\n“",
             "Kremlin spokesman Dmitry Peskov", " according to Reuters", " that ", "We will go", " the aide ",
             "Ukraine’s", " told Izvestia", ": ", "—", "It is over", " noted", " John Smith, a spokesman,"]


@pytest.mark.parametrize("seed", range(40))
def test_random_fragments_never_break_offsets(seed):
    import random

    rng = random.Random(seed)
    text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40)))
    table = quotes.of_text(text)
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.kind in ("direct", "partial", "indirect")


# Forms of wire and web copy: abbreviated titles, initials, name particles, colons, hearers, paragraphs.
ATTRIBUTIONS = [
    ("honorific before the name", "“We will not allow it,” Mr. Kelly said.", ("direct", "Kelly", "said")),
    ("abbreviated title after the verb", "“We will not allow it,” said Sen. Lindsey Graham.",
     ("direct", "Lindsey Graham", "said")),
    ("middle initial", "“It is a matter of law,” Lisa O. Monaco said on Tuesday.",
     ("direct", "Lisa O. Monaco", "said")),
    ("name particles", "European Commission President Ursula von der Leyen said the deal was good for Europe.",
     ("indirect", "Ursula von der Leyen", "said")),
    ("colon before the reported clause", "President Aleksandr Lukashenko said: Peace can be achieved within days.",
     ("indirect", "Aleksandr Lukashenko", "said")),
    ("hearer and infinitive", "Kuleba urged the U.S. Congress to quickly approve the funding package.",
     ("indirect", "Kuleba", "urged")),
    ("quoted as saying", "“All our residents want a passport,” the regional chief Vladimir Saldo was quoted as "
     "saying by TASS.", ("direct", "Vladimir Saldo", "saying")),
    ("role noun between the verb and the person", "“It was a terrible night,” said Kyiv resident Svitlana "
     "Onofryichuk, 55.", ("direct", "Svitlana Onofryichuk", "said")),
]


@pytest.mark.parametrize("case, text, expected", ATTRIBUTIONS, ids=[a[0] for a in ATTRIBUTIONS])
def test_speakers_across_abbreviations_particles_and_wire_forms(case, text, expected):
    table = quotes.of_text(text)
    assert expected in [(r.kind, r.speaker, r.cue) for r in table.itertuples()], table.to_dict("records")


@pytest.mark.parametrize(("text", "role"), [
    ("The assault damaged buildings across the capital, Ukrainian authorities said.", "Ukrainian authorities"),
    ("Around 19 missiles failed to reach their targets, Ukraine’s Air Force said.", "Ukraine’s Air Force"),
    ("Local authorities reported that warehouses across the city were damaged.", "Local authorities"),
])
def test_institutions_named_by_function_speak_as_organizations(text, role):
    [row] = quotes.of_text(text).itertuples()
    assert (row.kind, row.speaker, row.speaker_type, row.speaker_role) == ("indirect", "", "organization", role)


def test_a_paragraph_of_quotation_goes_on_with_the_last_speaker():
    text = ("Peskov said the talks would resume on Monday.\n\n"
            "“We are ready for any format. Nothing has been decided yet.”\n\n"
            "The ministry did not comment.")
    rows = [(r.kind, r.speaker) for r in quotes.of_text(text).itertuples()]
    assert ("direct", "Peskov") in rows


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harbour fees are “simply too high,” says Ines Duarte, chair of the Lisbon Fishers' Guild. “Half of us "
     "will sell our boats within five years.”", "Ines Duarte"),
    ("“The bridge is safe,” the engineer Tomas Berg said, before comparing his cables with "
     "the ones Maria Costa built. “We tested every strand twice.”", "Tomas Berg"),
    ("The mayor, Rosa Kim, said the budget would balance. “There is no hole in it at all.”", "Rosa Kim"),
])
def test_a_quotation_goes_on_with_the_speaker_quoted_just_before_it(text, speaker):
    last = quotes.of_text(text).iloc[-1]
    assert (last.kind, last.speaker) == ("direct", speaker)


def test_a_new_person_opening_a_sentence_ends_the_speakers_turn():
    text = ("“The bridge is safe,” Tomas Berg said. Anna Holm shook her head. “We tested nothing.”")
    last = quotes.of_text(text).iloc[-1]
    assert (last.kind, last.speaker) == ("direct", "Anna Holm")


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("The county's chief planner, Olu Bankole, likened the zoning rules to “a maze with no exit.”", "Olu Bankole",
     "likened"),
    ("Senator Ruth Adler derided the proposal as “a gift to the insurers.”", "Ruth Adler", "derided"),
    ("Coach Dario Pinto lambasted his defenders for “sleepwalking through the second half.”", "Dario Pinto",
     "lambasted"),
])
def test_verbs_of_evaluation_give_the_speaker_of_a_fragment(text, speaker, cue):
    rows = [(r.speaker, r.cue) for r in quotes.of_text(text).itertuples() if r.kind == "partial"]
    assert rows == [(speaker, cue)]



def _indirect(text: str) -> list[tuple[str, str, str]]:
    """(speaker, speaker_role, text) of the indirect quotes of a text."""
    return [(r.speaker, r.speaker_role, r.text) for r in quotes.of_text(text).itertuples() if r.kind == "indirect"]

@pytest.mark.parametrize(("text", "role", "content"), [
    ("The survey showed that most tenants pay more than a third of their income in rent.", "The survey",
     "most tenants pay more than a third of their income in rent"),
    ("Economists estimate that the levy would raise $4 billion a year.", "Economists",
     "the levy would raise $4 billion a year"),
    ("Farmers worry that the new border checks will spoil their produce.", "Farmers",
     "the new border checks will spoil their produce"),
])
def test_findings_estimates_and_worries_are_reported_by_an_unnamed_source(text, role, content):
    rows = _indirect(text)
    assert rows == [("", role, content)]


@pytest.mark.parametrize("opening", ["Polls show that voters trust neither party.",
                                     "Polls put the party at about 19 percent.", "Estimates set the toll at 40."])
def test_a_plural_noun_before_a_plural_verb_is_not_a_surname(opening):
    mentions = actors.of_text(f"{opening} Weiss says the race is open.", actors.load())
    assert [(m["actor"], m["actor_type"]) for m in mentions] == [("Weiss", "person")]


def test_a_quotation_after_a_sentence_a_pronoun_opens_for_another_person_is_that_persons():
    text = ("“You carry it,” Halina Berg said.\n\nBack in Korbath, Dobromir Salo says he will vote for her. He "
            "nodded towards the hills. “Up there, she never lied to us once.”")
    assert [r.speaker for r in quotes.of_text(text).itertuples()] == ["Halina Berg", "Dobromir Salo", "Dobromir Salo"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chancellor Petra Lind is “deeply sceptical” about the tunnel.", "Petra Lind"),
    ("In Omar Haddad's words, the ceasefire was “a pause to reload.”", "Omar Haddad"),
    ("For Lena Virtanen, the treaty is “a promise on paper.”", "Lena Virtanen"),
    ("On Friday, the Kremlin offered talks, but only on “the realities on the ground.”", "Kremlin"),
    ("Nadia Petrenko met the envoy. Later, she was “cautiously hopeful.”", "Nadia Petrenko"),
])
def test_a_fragment_without_a_reporting_verb_is_the_sentence_subjects(text, speaker):
    rows = [r.speaker for r in quotes.of_text(text).itertuples() if r.kind == "partial"]
    assert rows == [speaker]


def test_a_fragment_in_a_sentence_about_a_place_stays_unattributed():
    rows = [r.speaker for r in quotes.of_text("In Odesa, the mood was “grim.”").itertuples() if r.kind == "partial"]
    assert rows == [""]


def test_she_after_an_inverted_attribution_is_its_speaker():
    text = ("Smoke rose over the market. Fires continued to rage into the morning. “It was a terrible night,” said "
            "shop owner Halyna Moroz, 55. “I have nothing left now,” she added.")
    rows = [(r.speaker, r.text) for r in quotes.of_text(text).itertuples() if r.kind == "direct"]
    assert rows == [("Halyna Moroz", "It was a terrible night"), ("Halyna Moroz", "I have nothing left now")]


@pytest.mark.parametrize(("text", "speaker", "role", "content"), [
    ("A third woman said the coach had shouted at her in the locker room.", "", "A third woman",
     "the coach had shouted at her in the locker room"),
    ("Soldiers near the river told reporters that their ammunition was running low.", "", "Soldiers near the river",
     "their ammunition was running low"),
    ("TALLINN, 4 March (ERR) – The border will stay open, Prime Minister Kristen Michal said as he opened a new "
     "crossing point near Narva on Tuesday.", "Kristen Michal", "Prime Minister", "The border will stay open"),
    ("Grain exports will resume next week, Oleksiy Marchenko said, Ukrinform has learned.", "Oleksiy Marchenko", "",
     "Grain exports will resume next week"),
    ("Senator Ava Quinn said she backed a plan from the committee chair, Leo Park, to fund the bridge in full.",
     "Ava Quinn", "Senator", "she backed a plan from the committee chair, Leo Park, to fund the bridge in full"),
])
def test_reported_speech_of_unnamed_people_after_datelines_and_past_appositions(text, speaker, role, content):
    rows = _indirect(text)
    assert rows == [(speaker, role, content)]


def test_a_report_with_a_comma_clause_after_its_attribution_is_not_cut_at_the_attribution():
    text = "The top fifth paid 20 percent, the agency said in a report, and the bottom fifth paid 2 percent."
    rows = [r.text for r in quotes.of_text(text).itertuples() if r.kind == "indirect"]
    assert rows and rows[0] != "The top fifth paid 20 percent"


def test_the_advisor_is_the_adviser_to_x_named_before():
    text = ("An adviser to Prime Minister Lars Holm said Norway was ready to help.\n\n"
            "Norway wants “a just peace,” the advisor added after Holm met the envoy.")
    roles = {r.speaker_role for r in quotes.of_text(text).itertuples()}
    assert roles == {"An adviser to Prime Minister Lars Holm"}


def test_a_reporting_form_that_is_also_a_plural_noun_is_a_noun_after_a_number():
    assert quotes.of_text("The bloc's 27 member states are discussing plans to cap prices.").empty
    assert quotes.of_text("The mayor set out plans to charge drivers £8 a day.").empty
    rows = quotes.of_text("Several states claimed the tariff was illegal. The mother of two says the bus is late.")
    assert rows[["speaker_role", "cue"]].values.tolist() == [["Several states", "claimed"],
                                                             ["The mother of two", "says"]]


@pytest.mark.parametrize(("text", "role"), [
    ("Dana Wolk spoke in Ohio. His surrogates called him “a genius” for his tax plan.", "His surrogates"),
    ("Dana Wolk spoke in Ohio. Her detractors described the tax plan as “a gift to the rich”.", "Her detractors"),
])
def test_people_described_by_their_relation_to_someone_speak_unnamed(text, role):
    rows = quotes.of_text(text)
    assert set(rows["speaker_role"]) == {role} and set(rows["speaker"]) == {""}


def test_answers_of_a_question_and_answer_interview_are_the_interviewees():
    text = ("Harbour master Ines Falk retires this week. Falk spoke with the Gazette. Her deputy, Olaf Berg, "
            "takes over.\n\nQ: Was the sea always the plan?\n\nA: Never. I wanted to be a baker.\n\n"
            "My mother laughed at the “baker” idea for years.\n\nQ: And now?\n\nA: Now I fish.\n\n"
            "Berg said he would keep the office open on Sundays.")
    rows = quotes.of_text(text)
    direct = rows[rows["kind"] == "direct"]
    assert direct[["speaker", "text"]].values.tolist() == [
        ["Ines Falk", "Never. I wanted to be a baker."],
        ["Ines Falk", "My mother laughed at the “baker” idea for years."], ["Ines Falk", "Now I fish."]]
    assert "baker" not in set(rows["text"])  # her own quoting inside an answer is no quote of hers
    assert rows[rows["kind"] == "indirect"]["speaker"].tolist() == ["Olaf Berg"]


def test_of_two_people_named_as_often_before_the_questions_the_one_named_first_answers():
    text = ("Harbour master Ines Falk retires this week. Her deputy, Olaf Berg, takes over. Falk chose Berg herself, "
            "and he agreed.\n\nQ: Was the sea always the plan?\n\nA: Never. I wanted to be a baker.\n\n"
            "Q: And now?\n\nA: Now I fish.")
    direct = quotes.of_text(text).query("kind == 'direct'")
    assert direct[["speaker", "text"]].values.tolist() == [
        ["Ines Falk", "Never. I wanted to be a baker."], ["Ines Falk", "Now I fish."]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("His barrister, Rupert Vane KC, said his client had been “haunted” by the crash.", "Rupert Vane"),
    ("Jo Penrose MP said the bypass would “wreck the valley”.", "Jo Penrose"),
])
def test_letters_after_a_name_are_no_body(text, speaker):
    assert set(quotes.of_text(text)["speaker"]) == {speaker}


def test_a_verb_phrase_after_a_name_is_no_role_and_a_noun_after_an_ordinal_is_no_verb():
    text = ("Counsel Maria Olsen KC, took him through an email sent by a site engineer. The engineer, Tom Rask, "
            "said he had raised the alarm. Mayor Ines Holt, in her second term as mayor, argued that the plant "
            "was safe.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "cue"]].values.tolist() == [["Tom Rask", "said"], ["Ines Holt", "argued"]]


def test_a_live_blog_entry_time_does_not_hide_the_subject_of_its_sentence():
    text = ("Farida Bell, the party leader, arrived at her count.\n\n01:35 – Bell holds Kellsford West. In her speech "
            "she congratulated the Civic Democrats leader, Alistair Roy, “on what looks like a strong night”.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "cue"]].values.tolist() == [["Farida Bell", "congratulated"]]
    assert "her speech" not in " ".join(quotes.of_text(text + " Roy said he was pleased.")["speaker_role"])


def test_a_name_before_an_employer_and_a_reporting_verb_is_a_person():
    text = "Analysts pressed the board. Zanele Okoro of Harrow Bay Securities asked whether margins would hold."
    assert quotes.of_text(text)[["speaker", "cue"]].values.tolist() == [["Zanele Okoro", "asked"]]


def test_a_time_opening_the_sentence_is_no_part_of_a_described_source():
    text = ("The Harlow Chamber of Commerce warned in 1998 that the plan would fail. This month the same chamber "
            "warns that the new plan will fail too. Last week officials in the ministry said it was dead.")
    rows = quotes.of_text(text)
    assert rows[["speaker", "speaker_role"]].values.tolist() == [
        ["Harlow Chamber of Commerce", "organization"], ["Harlow Chamber of Commerce", "organization"],
        ["", "officials in the ministry"]]


def test_the_insider_is_the_source_close_to_someone_named_before():
    text = ("A source close to the singer said he was “mortified” by the episode. "
            "“He is terrified the bosses will drop him,” the insider said.")
    assert set(quotes.of_text(text)["speaker_role"]) == {"A source close to the singer"}


def test_as_before_an_unnamed_source_is_no_part_of_it():
    rows = quotes.of_text("As one analyst put it, “The market has priced in a cut.”")
    assert rows[["speaker", "speaker_role"]].values.tolist() == [["", "one analyst"]]


def test_a_participle_after_a_clause_is_the_subjects_not_a_name_after_it():
    text = "Mayor Lena Fischer has long opposed the new toll, arguing it hurts commuters more than Berlin."
    rows = [(r.speaker, r.cue, r.text) for r in quotes.of_text(text).itertuples() if r.kind == "indirect"]
    assert rows == [("Lena Fischer", "arguing", "it hurts commuters more than Berlin")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Several former ministers agree, among them the former finance minister Greta Lund -- “Nobody should "
     "build a budget on hope alone” -- and two former central bankers.", "Greta Lund"),
    ("“Our port will reopen on Monday. Thank you all!” — Nuno Reis (@nunoreis) March 3, 2025", "Nuno Reis"),
    ("Readers wrote in.\n“The new timetable is a disgrace.” ― Maria J Lopez", "Maria J Lopez"),
])
def test_a_quotation_set_off_by_a_dash_is_the_person_named_beside_it(text, speaker):
    rows = [r.speaker for r in quotes.of_text(text).itertuples() if r.kind in ("direct", "partial")]
    assert rows == [speaker]


@pytest.mark.parametrize(("text", "role", "content"), [
    ("The storm cut power to 40,000 homes, according to Norway's energy ministry.", "Norway's energy ministry",
     "The storm cut power to 40,000 homes"),
    ("The harbour will reopen in May, according to the mayor's office.", "the mayor's office",
     "The harbour will reopen in May"),
    ("Farm ministers meeting in Dublin vowed to cap fertiliser prices.", "Farm ministers meeting in Dublin",
     "to cap fertiliser prices"),
])
def test_bodies_owned_by_a_name_and_sources_described_with_a_participle(text, role, content):
    rows = _indirect(text)
    assert rows == [("", role, content)]


@pytest.mark.parametrize(("text", "role", "content"), [
    ("Rents rose 9 percent last year, according to the left-leaning Housing Trust.",
     "the left-leaning Housing Trust", "Rents rose 9 percent last year"),
    ("According to the post-match analysis, the keeper saved four shots.", "the post-match analysis",
     "the keeper saved four shots"),
    ("But many Republicans say the levy will cost the party the suburbs.", "many Republicans",
     "the levy will cost the party the suburbs"),
])
def test_whatever_according_to_names_and_party_members_are_sources(text, role, content):
    rows = _indirect(text)
    assert rows == [("", role, content)]


def test_a_quote_far_from_any_speaker_stays_unattributed():
    text = ("Peskov said the talks would resume on Monday.\n\nThe weather was cold.\n\nMarkets were calm.\n\n"
            "Prices rose.\n\n“Nobody knows what comes next.”")
    assert [(r.kind, r.speaker) for r in quotes.of_text(text).itertuples() if r.kind == "direct"] == [("direct", "")]


@pytest.mark.parametrize(("text", "speaker", "role", "content"), [
    ("The museum, Mr. Obama said, would make visitors face uncomfortable truths.", "Obama", "Mr.",
     "The museum, Mr. Obama said, would make visitors face uncomfortable truths"),
    ("Its first television ad could start this week, said Brian Baker, a longtime adviser to the family.",
     "Brian Baker", "a longtime adviser to the family", "Its first television ad could start this week"),
    ("The campaign says the ad will air nationally next month.", "", "The campaign",
     "the ad will air nationally next month"),
])
def test_reported_speech_inside_and_after_the_sentence(text, speaker, role, content):
    rows = _indirect(text)
    assert rows == [(speaker, role, content)]


def test_a_parenthetical_without_a_speaker_to_resolve_is_not_a_quote():
    assert quotes.of_text("But to prevent problems, he said, local officials should be vigilant.").empty


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("“He makes blanket statements about people.” ― Pamela Padilla\n", "Pamela Padilla", ""),
    ("“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.", "Gwen Moore", "Rep."),
    ("“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.", "G.K. Butterfield",
     "Rep."),
    ("The New York businessman says of Clinton, “If she gets the chance, she will sell the office.”", "",
     "The New York businessman"),
])
def test_signatures_party_labels_joined_initials_and_described_speakers(text, speaker, role):
    row = next(quotes.of_text(text).itertuples())
    assert (row.kind, row.speaker, row.speaker_role) == ("direct", speaker, role)


@pytest.mark.parametrize(("text", "content"), [
    ("President Joe Biden said Wednesday he supported the proposal of Speaker Mike Johnson.",
     "he supported the proposal of Speaker Mike Johnson"),
    ("Biden said the plan would work, adding that Congress must act.", "the plan would work"),
    ("MINSK, 30 September (BelTA) – Peace in Ukraine can be achieved within several days, Belarusian President "
     "Aleksandr Lukashenko said.", "Peace in Ukraine can be achieved within several days"),
])
def test_the_reported_clause_skips_times_datelines_and_what_follows_it(text, content):
    assert content in [r.text for r in quotes.of_text(text).itertuples() if r.kind == "indirect"]


def test_an_apposition_that_opens_with_a_capital_keeps_its_speaker():
    text = ("Ferit Hoxha, Albania’s foreign minister, reported that the embassy was hit during the attack, "
            "denouncing it as “unacceptable”.")
    rows = {(r.kind, r.speaker) for r in quotes.of_text(text).itertuples()}
    assert {("indirect", "Ferit Hoxha"), ("partial", "Ferit Hoxha")} <= rows


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Europe must be able to defend itself," said French President François Hollande.', "François Hollande"),
    ("“We need change,” Pedro Sánchez told reporters.", "Pedro Sánchez"),
    ("“All candidates should do so,” Douglas Holtz-Eakin, an economist and tax expert, told me this week.",
     "Douglas Holtz-Eakin"),
])
def test_names_with_diacritics_and_speakers_behind_an_apposition(text, speaker):
    assert [(r.kind, r.speaker) for r in quotes.of_text(text).itertuples()] == [("direct", speaker)]


def test_an_age_before_the_apposition_keeps_the_speaker():
    text = "Yevhen Zosin, 74, a Kyiv resident who saw the attack, said the blast threw him against the wall."
    assert [(r.kind, r.speaker) for r in quotes.of_text(text).itertuples()] == [("indirect", "Yevhen Zosin")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Russia accused Ukraine of attacking its energy sites overnight.", "Russia"),
    ("Israel has repeatedly said it would respond to the attack.", "Israel"),
    ("The United States announced new sanctions on Iran on Monday.", "United States"),
    ("The Kingdom of Saudi Arabia said the talks would resume in Jeddah.", "Saudi Arabia"),
    ("The Republic of Korea said the drills would go ahead.", "South Korea"),
    ("The Islamic Republic of Iran, which denies the charge, said the talks had failed.", "Iran"),
])
def test_a_country_that_speaks_is_the_speaker_as_a_state(text, speaker):
    rows = [(r.speaker, r.speaker_type) for r in quotes.of_text(text).itertuples()]
    assert rows == [(speaker, "organization")]


def test_countries_with_a_connective_set_off_before_their_verb_report():
    rows = quotes.of_text("France and Germany, meanwhile, said the talks would resume in Geneva next week.")
    assert rows[["kind", "text"]].values.tolist() == [["indirect", "the talks would resume in Geneva next week"]]
    assert rows["speaker"].iloc[0] in ("France", "Germany") and rows["speaker_type"].iloc[0] == "organization"


def test_a_country_is_never_taken_for_a_person():
    text = "Borrell said the regime would grow. At the same time, he said, Israel needed to exercise restraint."
    assert "Israel" not in {row["actor"] for row in actors.of_text(text, actors.load())}


def test_a_dateline_dash_is_not_part_of_a_description():
    row = quotes.of_text("OSLO (Reuters) - Norway's defence ministry said it had found the vessel.").iloc[0]
    assert (row["speaker_role"], row["speaker_type"]) == ("Norway's defence ministry", "organization")


def _calls(function, *args) -> int:
    """Python and C function calls made by ``function(*args)``: a measure of work that does not depend on the
    machine's speed."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(tracer)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return count


def test_work_grows_linearly_with_the_length_of_a_document():
    paragraph = ("Minister Ann Lee said the plan would fail, and “we will not accept it,” she added. Officials in "
                 "Kyiv warned that prices would rise. “Nothing is agreed,” the spokesman told reporters. ")
    quotes.of_text(paragraph * 10)  # word lists and patterns are loaded once, outside the count
    small, large = (_calls(quotes.of_text, paragraph * n) for n in (200, 800))
    assert large < 5.5 * small, f"four times the text took {large / small:.1f} times the work (13.5 when quadratic)"


def test_it_said_refers_to_the_body_that_spoke_before():
    rows = quotes.of_text("Damage was recorded in 50 places, the national emergency service said in a post. "
                          "Police buildings were also damaged, it said.").set_index("text")
    assert rows.loc["Police buildings were also damaged", "speaker_role"] == "the national emergency service"


def test_a_possessive_description_far_below_is_the_source_a_dateline_lead_described_then_named():
    """"BRANNOCK — A senior prosecutor told a jury ... Harriet Oyelaran-Brisk KC, opening the Crown's case, said ...",
    then, eight paragraphs and several other speakers on: "..., its prosecutor told the court"."""
    text = (Path(__file__).parent / "data" / "quotes_fresh_z" / "z04_courtreport.txt").read_text(encoding="utf-8")
    rows = quotes.of_text(text)
    row = rows[rows["text"].str.startswith("The Crown intends to call 23 witnesses")]
    assert row["speaker"].tolist() == ["Harriet Oyelaran-Brisk"]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The plan, she says, is flawed.", "The plan, she says, is flawed"),
    ("This, she says, is part of the reason for the crisis.", "This, she says, is part of the reason for the crisis"),
])
def test_a_short_clause_a_parenthetical_splits_before_its_verb_is_reported(sentence, content):
    rows = quotes.of_text("Anna Berg of the Tesmar Institute spoke on Monday.\n\n" + sentence)
    assert rows[["kind", "speaker", "text"]].values.tolist() == [["indirect", "Anna Berg", content]]


def test_a_short_clause_after_a_parenthetical_without_a_verb_is_not_reported():
    assert quotes.of_text("Anna Berg of the Tesmar Institute spoke on Monday.\n\nHope, she said, in spring.").empty


@pytest.mark.parametrize("second", [
    "It said the strike was lawful.",
    "A day after the report was published, it said the strike was lawful.",
])
def test_it_after_a_named_body_spoke_in_a_sentence_it_did_not_open_is_that_body(second):
    rows = quotes.of_text("Asked to comment, the Tesmar Grid Company said the claims were false. " + second)
    assert rows[["speaker", "text"]].values.tolist()[1:] == [["Tesmar Grid Company", "the strike was lawful"]]


def test_it_after_an_unnamed_group_spoke_is_not_that_group():
    rows = quotes.of_text("Protesters and civic leaders said the claims were false. NBC News published the video on "
                          "Friday. It shows an officer aiming a gun.")
    assert len(rows) == 1


@pytest.mark.parametrize(("text", "reported"), [
    ("An expert for the attorney general determined the company saved 168 million dollars.", True),
    ("Investigators determined that the fire was the work of saboteurs.", True),
    ("The agency could not independently determine if the crew knew it was firing on journalists.", False),
    ("The panel was determined to finish the review.", False),
])
def test_determined_reports_a_finding_but_determine_and_determined_to_do_not(text, reported):
    assert (quotes.of_text(text)["kind"].tolist() == ["indirect"]) is reported
