"""Tests of analysis.stance: targets as data, cue reading, attribution, aggregates, validation, other corpora."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import columns as C
from analysis import pipeline, stance, stance_lexicon, validate, views

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "annotations" / "stance.csv"
TRADE = ROOT / "tests" / "data" / "stance_trade"

# Targets written for texts that are not about Ukraine at all.
OTHER_TARGETS = stance.targets_from_rows([
    {"id": "tariffs", "label": "Steel tariffs", "description": "", "patterns": "tariff*",
     "inverse_patterns": r"re:\b(?:lift|scrap|remov)\w*\s+(?:the\s+)?tariffs\b"},
    {"id": "treaty", "label": "Climate treaty", "description": "", "patterns": "climate treaty;the accord"},
    {"id": "truce", "label": "Truce", "description": "", "patterns": "truce;ceasefire"},
    {"id": "membership", "label": "Joining the bloc", "description": "",
     "patterns": "membership;join* the bloc", "inverse_patterns": "neutral status"},
])


def _read(text: str, target: str) -> tuple[str, float, str]:
    hits = [h for h in stance.of_text(text, OTHER_TARGETS) if h.target == target]
    label, score = stance.label(*stance.weigh(hits))
    return label, score, stance._format_cues(hits)


# --------------------------------------------------------------------------------------------- cue reading

READINGS = [
    # (text, target, expected stance) — wire copy, state media, op-eds, translated copy, other topics
    ("The minister said new tariffs on steel were off the table.", "tariffs", "against"),
    ("Tariffs on steel are not off the table, the minister said.", "tariffs", "favor"),
    ("The union has long pushed for steel tariffs.", "tariffs", "favor"),
    ("The chamber of commerce rejected the tariffs outright.", "tariffs", "against"),
    ("Officials would not rule out tariffs.", "tariffs", "neutral"),
    ("The ministry never excluded new tariffs.", "tariffs", "neutral"),
    ("The commissioner declined to comment on the tariffs.", "tariffs", "neutral"),
    ("The bloc will never impose tariffs on steel.", "tariffs", "against"),
    ("The lobby called for lifting the tariffs.", "tariffs", "against"),
    ("Ratifying the climate treaty is unrealistic, the senator said.", "treaty", "against"),
    ("It is not unrealistic to ratify the climate treaty by June.", "treaty", "favor"),
    ("The group accused the government of trying to sabotage the climate treaty.", "treaty", "favor"),
    ("The government might support the climate treaty.", "treaty", "favor"),
    ("The accord is not a feasible outcome of these talks.", "treaty", "against"),
    ("Speaking to state television, the envoy said a truce without guarantees makes no sense.", "truce", "against"),
    ("The president refused for the first time to promise membership to the applicant.", "membership",
     "neutral"),
    ("The government insists on maintaining the course towards membership.", "membership", "favor"),
    ("Any deal must include a pledge not to seek membership.", "membership", "against"),
    ("Leaders declared that the country would eventually become eligible for membership.", "membership", "favor"),
    ("The treaty of 1990 demands the country's neutral status.", "membership", "against"),
    ("The premier remained noncommittal on membership.", "membership", "neutral"),
    ("The talks were held in Geneva on Tuesday.", "truce", "neutral"),
    ("Membership is excluded, the spokesman told reporters.", "membership", "against"),
    ("Membership cannot be excluded at a later stage.", "membership", "neutral"),
    ("Membership cannot be discussed as part of the settlement.", "membership", "against"),
    ("The party no longer opposes membership.", "membership", "favor"),
    ("A truce is not impossible before winter, diplomats said.", "truce", "favor"),
    ("The cabinet did not rule out a truce.", "truce", "neutral"),
    ("Officials view the tariffs as a threat to growth.", "tariffs", "against"),
    ("Ministers warned against a truce that would freeze the front line.", "truce", "against"),
    ("The opposition blamed the government for blocking the climate treaty.", "treaty", "favor"),
    # one cue embedding another: the inner cue governs the target, an outer against-cue reverses it
    ("Moscow is insisting on assurances that will prevent the country from joining the bloc.", "membership",
     "against"),
    ("The senator rejected calls for a truce.", "truce", "against"),
    ("The party opposes blocking membership.", "membership", "favor"),
    ("The prime minister criticized the government for blocking the climate treaty.", "treaty", "favor"),
    ("Most voters are against membership, a poll showed.", "membership", "against"),
    ("The farmers' union condemned the tariffs.", "tariffs", "against"),
    ("Beijing urged the country to drop its bid for membership.", "membership", "against"),
    ("The ministry would not say whether tariffs were planned.", "tariffs", "neutral"),
    ("“I am for the tariffs, because look at these mills,” the mayor said.", "tariffs", "favor"),
    ("“We're for membership,” the envoy said.", "membership", "favor"),
]


@pytest.mark.parametrize(("text", "target", "expected"), READINGS)
def test_read_gives_the_readers_stance(text, target, expected):
    label, _, cues = _read(text, target)
    assert label == expected, cues


# The sample corpus's targets plus one written here, for sentences in the style of war and diplomacy coverage.
WAR_TARGETS = stance.read_targets(SEEDS / "targets.csv") + stance.targets_from_rows([
    {"id": "peace_talks", "label": "Peace talks", "description": "",
     "patterns": "peace talks;negotiations;talks"}])

WAR_READINGS = [
    # a proposition phrased through its opposite: giving up, renouncing, not ceding
    ("Moscow demands that Kyiv renounce joining NATO.", "ukraine_nato_membership", "against"),
    ("The president refused to renounce the country's NATO aspirations.", "ukraine_nato_membership", "favor"),
    ("Ukraine will not give up land, the minister said.", "territorial_concessions", "against"),
    ("The government would never recognise Crimea as Russian.", "territorial_concessions", "against"),
    ("The envoy demanded that Kyiv recognise the annexation of Crimea.", "territorial_concessions", "favor"),
    ("Sanctions must not be lifted before the troops leave.", "sanctions", "favor"),
    ("Several capitals want the sanctions lifted.", "sanctions", "against"),
    # readiness and willingness, and a target named by its verb ("negotiations": "negotiate")
    ("The Kremlin said it was ready for peace talks.", "peace_talks", "favor"),
    ("The minister said he was not ready for talks while the shelling went on.", "peace_talks", "against"),
    ("Russia is prepared to negotiate, the spokesman said.", "peace_talks", "favor"),
    ("Kyiv says it will not negotiate with the invaders.", "peace_talks", "against"),
    ("The premier said he was unwilling to hold negotiations.", "peace_talks", "against"),
    # deontic modality: what must or should happen, unless another cue says what is required
    ("Sanctions must be strengthened, the chancellor said.", "sanctions", "favor"),
    ("There has to be a ceasefire before winter.", "ceasefire", "favor"),
    ("We do need to negotiate an end to this war.", "peace_talks", "favor"),
    ("The country should never join NATO, the ambassador said.", "ukraine_nato_membership", "against"),
    ("Kyiv must abandon its bid to join NATO, the Kremlin said.", "ukraine_nato_membership", "against"),
    # passive voice: the target stands before the participle
    ("The ceasefire proposal was rejected out of hand.", "ceasefire", "against"),
    ("New sanctions were welcomed in Kyiv.", "sanctions", "favor"),
    # a verb governs its own object, not a target after a new predicate
    ("The only way to end the war is through negotiations.", "peace_talks", "favor"),
    # evaluations of the proposition
    ("The foreign minister called the sanctions illegal.", "sanctions", "against"),
    ("He said there was no point in negotiations with the regime.", "peace_talks", "against"),
    ("Peacekeepers would be a legitimate target, the general warned.", "security_guarantees", "against"),
    ("Security guarantees are essential for any settlement.", "security_guarantees", "favor"),
    # a rhetorical why-question asks for the opposite of what it names, with or without its question mark
    ("Why have those negotiations been terminated.", "peace_talks", "favor"),
    ("Why should anyone trust a ceasefire signed by them?", "ceasefire", "against"),
    # breaking off, violating, walking away
    ("The delegation walked away from the talks on Friday.", "peace_talks", "against"),
    ("Both sides accused each other of violating the ceasefire.", "ceasefire", "favor"),
    ("The army has violated the ceasefire dozens of times.", "ceasefire", "against"),
    # "send" is not "end"
    ("The capital would not send peacekeepers.", "security_guarantees", "against"),
    # a ban on the proposition, and the opposite proposition as a precondition
    ("The aide said any settlement must include a ban on Ukraine joining the alliance.", "ukraine_nato_membership",
     "against"),
    ("The treaty would prohibit NATO membership for Kyiv.", "ukraine_nato_membership", "against"),
    ("He added that Ukraine's neutral status was a precondition for any settlement.", "ukraine_nato_membership",
     "against"),
    # diplomatic idioms, and a question that names the topic of the answer
    ("The door to NATO membership remains open, the secretary general said.", "ukraine_nato_membership", "favor"),
    # a consequence with words between its parts, and a deployment
    ("The president warned that lifting sanctions would reward Russian aggression.", "sanctions", "favor"),
    ("The president said European troops could be deployed as peacekeepers after a truce.", "security_guarantees",
     "favor"),
    ("The Kremlin said any deployment of Western peacekeepers would be a direct threat to Russia.",
     "security_guarantees", "against"),
    ("He said Ukraine would have to give up some territory as part of a deal.", "territorial_concessions", "favor"),
    ("Turkey offered to host new peace talks in Istanbul.", "peace_talks", "favor"),
    # an act of the proposition said to come, or asked for
    ("The alliance said in 2008 that Ukraine would eventually join NATO.", "ukraine_nato_membership", "favor"),
    ("Kyiv formally applied to join NATO in September 2022.", "ukraine_nato_membership", "favor"),
    ("A ceasefire is out of the question, the spokesman said.", "ceasefire", "against"),
    ("Asked about a ceasefire, the general said: “The door is closed.”", "ceasefire", "against"),
]


@pytest.mark.parametrize(("text", "target", "expected"), WAR_READINGS)
def test_war_and_diplomacy_sentences_read_right(text, target, expected):
    hits = [h for h in stance.of_text(text, WAR_TARGETS) if h.target == target]
    assert stance.label(*stance.weigh(hits))[0] == expected, stance._format_cues(hits)


def test_a_one_word_ation_target_also_matches_its_verb():
    assert stance_lexicon.verb_of("negotiations") == "negotiat(e|es|ed|ing)"
    spans = stance.target_spans("They are ready to negotiate.", WAR_TARGETS)
    assert [(t, "They are ready to negotiate."[s:e]) for t, s, e, _ in spans] == [("peace_talks", "negotiate")]
    assert stance.target_spans("The negotiator left.", WAR_TARGETS) == []


def test_negation_and_double_negation_turn_the_stance():
    assert _read("Tariffs are off the table.", "tariffs")[0] == "against"
    assert _read("Tariffs are not off the table.", "tariffs")[0] == "favor"
    assert _read("The truce is not unrealistic.", "truce")[0] == "favor"
    assert _read("The truce is unrealistic.", "truce")[0] == "against"


def test_hedge_halves_the_weight_but_keeps_the_direction():
    _, _, plain = _read("Washington will reject the climate treaty.", "treaty")
    _, _, hedged = _read("Washington may reject the climate treaty.", "treaty")
    assert stance.parse_cues(plain)["weight"].sum() == 2 * stance.parse_cues(hedged)["weight"].sum()
    assert "hedged" in hedged


def test_a_cue_attaches_to_the_target_it_governs_not_to_every_target():
    # "dismissed" governs the accord; "unlikely" the truce (separate clauses after "but")
    hits = stance.of_text("She dismissed the accord, but a truce is unlikely.", OTHER_TARGETS)
    assert {(h.target, h.label) for h in hits} == {("treaty", "dismissed"), ("truce", "unlikely")}


def test_coordinated_targets_share_the_cue():
    hits = stance.of_text("The envoy said a truce or membership was unlikely this year.", OTHER_TARGETS)
    assert {h.target for h in hits} == {"truce", "membership"}


def test_the_shipped_lexicon_has_a_source_header_and_known_stances():
    text = (ROOT / "analysis" / "data" / "stance_cues.csv").read_text(encoding="utf-8")
    assert text.startswith("#") and "Source" in text.split("\ncue,")[0]
    kinds = {cue.stance for cue in stance.cue_lexicon()}
    assert kinds == {*C.STANCE_LABELS, *stance.MODIFIERS}


# --------------------------------------------------------------------------------------------- targets file

def test_read_targets_reads_a_commented_file_and_caches_it(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("# my targets\nid,label,description,patterns\ntrade,Trade deal,,trade deal;re:\\bFTA\\b\n",
                    encoding="utf-8")
    first = stance.read_targets(path)
    assert [t.id for t in first] == ["trade"] and first[0].patterns[1].search("the new FTA")
    assert stance.read_targets(path) is first


def test_a_targets_file_saved_by_a_spreadsheet_reads_the_same(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("\ufeffID,Label,Description,Patterns\r\ntrade,Trade deal,,trade deal\r\n", encoding="utf-8")
    assert [t.id for t in stance.read_targets(path)] == ["trade"]


@pytest.mark.parametrize(("content", "message"), [
    ("id,label\nx,y\n", "lacks the column"),
    ("id,label,description,patterns\nx,X,,re:(unclosed\n", "not a valid regular expression"),
    ("id,label,description,patterns\nx,X,,a\nx,X,,b\n", "repeated"),
    ("id,label,description,patterns\nx,X,,\n", "no patterns"),
])
def test_bad_targets_files_are_refused_in_one_line(tmp_path, content, message):
    path = tmp_path / "targets.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(stance.TargetsError, match=message) as info:
        stance.read_targets(path)
    assert "\n" not in str(info.value)


def test_missing_targets_file_is_a_one_line_cli_error(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said the truce was off the table.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "analysis", "run", "--corpus", str(tmp_path), "--out",
                             str(tmp_path / "out"), "--targets", str(tmp_path / "nope.csv")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------------------------- statements

def _frames(text: str, *, mentions=(), quotes=()):
    """Sentences (one per line), mentions and quotes frames of one document, offsets computed from text."""
    rows, start = [], 0
    for sent_id, line in enumerate(text.split("\n")):
        rows.append({"doc_id": "d", "sent_id": sent_id, "start": start, "end": start + len(line), "text": line})
        start += len(line) + 1

    def sent_of(offset):
        return next(r["sent_id"] for r in rows if r["start"] <= offset <= r["end"])

    mention_rows = []
    for surface, actor, actor_type in mentions:
        at = text.index(surface)
        mention_rows.append({"doc_id": "d", "sent_id": sent_of(at), "actor": actor, "affiliation": "",
                             "actor_type": actor_type, "surface": surface, "start": at,
                             "end": at + len(surface), "known": True})
    quote_rows = []
    for n, (surface, speaker) in enumerate(quotes):
        at = text.index(surface)
        quote_rows.append({"doc_id": "d", "quote_id": f"d:q{n}", "kind": "indirect", "speaker": speaker,
                           "affiliation": "", "speaker_type": "person", "cue": "said", "text": surface,
                           "start": at, "end": at + len(surface), "sent_id": sent_of(at)})
    return (pd.DataFrame(rows), pd.DataFrame(mention_rows, columns=list(C.MENTIONS)),
            pd.DataFrame(quote_rows, columns=[*C.QUOTES, "sent_id"]))


def _statements(text, **kwargs):
    sentences, mentions, quotes = _frames(text, **kwargs)
    return stance.statements(sentences, targets=OTHER_TARGETS, quotes=quotes, mentions=mentions)


def test_a_quote_gives_the_speaker_and_its_id_is_the_evidence():
    found = _statements("Ana Costa said the tariffs were unacceptable.",
                        mentions=[("Ana Costa", "Ana Costa", "person")],
                        quotes=[("the tariffs were unacceptable", "Ana Costa")])
    row = found.iloc[0]
    assert (row["speaker"], row["stance"], row["basis"], row["quote_id"]) == ("Ana Costa", "against", "quote",
                                                                              "d:q0")
    assert stance.aggregate(found)["evidence"].tolist() == ["quote:d:q0"]


def test_the_narrators_cues_before_the_reporting_frame_are_not_the_speakers():
    text = "Despite wide opposition to the tariffs, Brooks said the tariffs would stay."
    found = _statements(text, mentions=[("Brooks", "Daniel Brooks", "person")],
                        quotes=[("the tariffs would stay", "Daniel Brooks")])
    assert found[["speaker", "stance", "cues"]].values.tolist() == [["Daniel Brooks", "neutral", ""]]


def test_two_speakers_in_one_sentence_each_get_their_own_stance():
    text = "Ana Costa said the tariffs were off the table, while Bo Li insisted on the tariffs."
    found = _statements(text, mentions=[("Ana Costa", "Ana Costa", "person"), ("Bo Li", "Bo Li", "person")],
                        quotes=[("the tariffs were off the table", "Ana Costa"), ("on the tariffs", "Bo Li")])
    assert sorted(found[["speaker", "stance"]].values.tolist()) == [["Ana Costa", "against"], ["Bo Li", "favor"]]


def test_a_quote_without_cues_is_a_neutral_statement():
    found = _statements("Ana Costa said the tariffs would be discussed on Friday by experts.",
                        quotes=[("the tariffs would be discussed on Friday by experts", "Ana Costa")])
    assert found["stance"].tolist() == ["neutral"]


@pytest.mark.parametrize(("text", "mentions", "expected"), [
    ("Beijing has long opposed the tariffs.", [("Beijing", "Beijing", "organization")], ["Beijing"]),
    ("Paris and Berlin rejected the tariffs.", [("Paris", "Paris", "organization"),
                                                ("Berlin", "Berlin", "organization")], ["Paris", "Berlin"]),
    ("Lisbon envoy Ana Costa dismissed the tariffs.", [("Lisbon", "Lisbon", "organization"),
                                                       ("Ana Costa", "Ana Costa", "person")], ["Ana Costa"]),
    ("According to Reuters, Ottawa opposes the tariffs.", [("Reuters", "Reuters", "media"),
                                                           ("Ottawa", "Ottawa", "organization")], ["Ottawa"]),
    ("Beijing's position on the tariffs is unchanged, Xu Li noted.", [("Beijing", "Beijing", "organization"),
                                                                      ("Xu Li", "Xu Li", "person")], []),
    ("Reuters reported on the tariffs.", [("Reuters", "Reuters", "media")], []),
    ("In talks with Beijing, Ana Costa rejected the tariffs.", [("Beijing", "Beijing", "organization"),
                                                               ("Ana Costa", "Ana Costa", "person")], ["Ana Costa"]),
    ("Talks stalled. The tariffs remain off the table.", [], []),
    ("A motion from Ana Costa, who backed the tariffs, was heard.", [("Ana Costa", "Ana Costa", "person")],
     ["Ana Costa"]),
    ("With pressure on Beijing growing, most voters backed the tariffs.", [("Beijing", "Beijing", "organization")], []),
])
def test_reported_positions_go_to_the_subject_of_the_clause(text, mentions, expected):
    found = _statements(text, mentions=mentions)
    assert found["speaker"].tolist() == expected
    assert set(found["basis"]) <= {"reported"}


def test_an_unnamed_source_speaks_as_its_description_and_relays_the_subjects_position():
    text = "Beijing opposes the tariffs, but diplomats said the tariffs were a mistake."
    sentences, mentions, _ = _frames(text, mentions=[("Beijing", "Beijing", "organization")])
    quotes = pd.DataFrame([{"doc_id": "d", "quote_id": "d:q0", "kind": "indirect", "speaker": "",
                            "affiliation": "", "speaker_type": "unknown", "speaker_role": "but diplomats",
                            "cue": "said", "text": "the tariffs were a mistake",
                            "start": text.index("the tariffs were"), "end": len(text) - 1, "sent_id": 0}])
    found = stance.statements(sentences, targets=OTHER_TARGETS, quotes=quotes, mentions=mentions)
    got = sorted(found[["speaker", "stance", "basis"]].itertuples(index=False, name=None))
    assert got == [("Beijing", "against", "reported"), ("diplomats", "against", "quote (unnamed source)")]


def test_a_country_its_actors_belong_to_holds_a_position_as_a_state():
    text = ("Beijing is insisting on terms that would prevent the tariffs, according to a statement.\n"
            "Xu Li met the envoy.")
    sentences, mentions, _ = _frames(text, mentions=[("Xu Li", "Xu Li", "person")])
    mentions = mentions.assign(affiliation="Beijing")
    found = stance.statements(sentences, targets=OTHER_TARGETS, mentions=mentions)
    assert found[["speaker", "stance", "basis"]].values.tolist() == [["Beijing", "against", "reported"]]
    # a named subject comes first; the state is only the fallback
    text = "In Beijing, Xu Li rejected the tariffs.\nXu Li left."
    sentences, mentions, _ = _frames(text, mentions=[("Xu Li", "Xu Li", "person")])
    found = stance.statements(sentences, targets=OTHER_TARGETS, mentions=mentions.assign(affiliation="Beijing"))
    assert found["speaker"].tolist() == ["Xu Li"]


def test_a_pronoun_subject_takes_the_person_of_the_previous_sentence():
    text = "Ana Costa spoke in Geneva with Bo Li.\nShe said the tariffs were unacceptable."
    found = _statements(text, mentions=[("Ana Costa", "Ana Costa", "person"), ("Bo Li", "Bo Li", "person")])
    assert found[["speaker", "stance"]].values.tolist() == [["Ana Costa", "against"]]


def test_the_agent_of_a_passive_cue_gets_that_cue():
    found = _statements("Talks stalled over a truce proposed by Norway.",
                        mentions=[("Norway", "Norway", "organization")])
    assert found[["speaker", "target", "stance"]].values.tolist() == [["Norway", "truce", "favor"]]


def test_statement_offsets_rebuild_the_sentence(seed_stance):
    tables, _ = seed_stance
    texts = tables["documents"].set_index("doc_id")["text"]
    titles = tables["documents"].set_index("doc_id")["title"]
    statements = tables["stance_statements"]
    assert len(statements)
    for row in statements.itertuples(index=False):
        if row.basis == stance.HEADLINE:  # read from the title, which has no offsets in the text
            assert (row.text, row.sent_id, row.start, row.end) == (titles[row.doc_id], -1, -1, -1)
        else:
            assert texts[row.doc_id][row.start:row.end] == row.text


def _interview(gap: int):
    """An answer that runs on without a cue, ``gap`` sentences after the speaker's quote."""
    lines = ["Ana Costa was asked about the tariffs.", "\u201cWe have always backed a fair deal,\u201d she said.",
             *["She paused."] * gap, "\u201cBut the tariffs are a mistake.\u201d"]
    text = "\n".join(lines)
    sentences, mentions, _ = _frames(text, mentions=[("Ana Costa", "Ana Costa", "person")])
    quotes = pd.DataFrame([
        {"doc_id": "d", "quote_id": "d:q0", "kind": "direct", "speaker": "Ana Costa", "affiliation": "",
         "speaker_type": "person", "cue": "said", "text": "We have always backed a fair deal,",
         "start": text.index("We have"), "end": text.index("deal,") + 5, "sent_id": 1},
        {"doc_id": "d", "quote_id": "d:q1", "kind": "direct", "speaker": "", "affiliation": "",
         "speaker_type": "unknown", "cue": "", "text": "But the tariffs are a mistake.",
         "start": text.index("But the"), "end": text.index("mistake.") + 8, "sent_id": 2 + gap}])
    found = stance.statements(sentences, targets=OTHER_TARGETS, quotes=quotes, mentions=mentions)
    return found[found["quote_id"] == "d:q1"]


def test_an_unattributed_quote_right_after_a_speakers_quote_is_theirs():
    row = _interview(1).iloc[0]
    assert (row["speaker"], row["stance"], row["basis"]) == ("Ana Costa", "against", "quote (continued)")
    assert _interview(stance.CONTINUATION_WINDOW + 1).empty  # too far on: nobody's


HEADLINES = [
    # (title, expected (speaker, target, stance) rows) — the body names Ana Costa, Beijing and the bloc
    ("Costa says steel tariffs are off the table", [("Ana Costa", "tariffs", "against")]),
    ("Ana Costa: the tariffs must stay until the talks succeed", [("Ana Costa", "tariffs", "favor")]),
    ("Beijing rejects truce offer", [("Beijing", "truce", "against")]),
    ("Truce is the only way forward, Costa says", [("Ana Costa", "truce", "favor")]),
    ("Tariffs unacceptable \u2013 Beijing", [("Beijing", "tariffs", "against")]),
    ("Beijing and Costa say membership cannot be discussed",
     [("Beijing", "membership", "against"), ("Ana Costa", "membership", "against")]),
    ("Markets slide as tariffs bite", []),
    ("Costa visits the port", []),
]


@pytest.mark.parametrize(("title", "expected"), HEADLINES)
def test_a_headline_is_a_statement_of_the_actor_it_names(title, expected):
    text = "Ana Costa arrived in Beijing on Monday.\nShe met officials there."
    sentences, mentions, quotes = _frames(text, mentions=[("Ana Costa", "Ana Costa", "person"),
                                                          ("Beijing", "Beijing", "organization")])
    documents = pd.DataFrame({"doc_id": ["d"], "title": [title]})
    found = stance.statements(sentences, targets=OTHER_TARGETS, quotes=quotes, mentions=mentions,
                              documents=documents)
    assert sorted(found[["speaker", "target", "stance"]].itertuples(index=False, name=None)) == sorted(expected)
    assert (found["basis"] == stance.HEADLINE).all() and (found["sent_id"] == -1).all()
    if expected:
        assert stance.aggregate(found)["evidence"].eq("title").all()


def test_a_title_that_is_also_the_first_sentence_is_read_once():
    text = "Beijing rejects truce offer\nOfficials met on Monday."
    sentences, mentions, quotes = _frames(text, mentions=[("Beijing", "Beijing", "organization")])
    documents = pd.DataFrame({"doc_id": ["d"], "title": ["Beijing rejects truce offer"]})
    found = stance.statements(sentences, targets=OTHER_TARGETS, quotes=quotes, mentions=mentions,
                              documents=documents)
    assert found["basis"].tolist() == ["reported"]


# --------------------------------------------------------------------------------------------- aggregates

def test_aggregate_sums_statements_into_one_row_per_document_speaker_target():
    text = "Ana Costa said the tariffs were off the table.\nAna Costa said the tariffs were a threat."
    found = _statements(text, quotes=[("the tariffs were off the table", "Ana Costa"),
                                      ("the tariffs were a threat", "Ana Costa")])
    table = stance.aggregate(found)
    assert len(table) == 1 and list(table.columns[:len(C.STANCE)]) == list(C.STANCE)
    row = table.iloc[0]
    assert (row["stance"], row["n_statements"], row["evidence"]) == ("against", 2, "quote:d:q0 quote:d:q1")


def test_outlet_differences_flag_the_same_official_reported_differently():
    tables = pipeline.compute(TRADE, config=pipeline.Config(actors=str(TRADE / "actors.csv"),
                                                            targets=str(TRADE / "targets.csv")))
    flagged = views.stance.outlet_differences(tables["stance"], tables["documents"])
    assert flagged[["speaker", "target"]].values.tolist() == [["Daniel Brooks", "steel_tariffs"]]
    per_outlet = views.stance.by_outlet(tables["stance"], tables["documents"], target="steel_tariffs")
    brooks = per_outlet[per_outlet["speaker"] == "Daniel Brooks"].set_index("outlet_label")["stance"].to_dict()
    assert brooks == {"Harbor Wire": "favor", "Capital Daily": "against"}


# --------------------------------------------------------------------------------------------- other corpora

TRADE_EXPECTED = [
    ("a_wire", "Lena Vogt", "retaliation", "favor"),
    ("a_wire", "Lena Vogt", "steel_tariffs", "against"),
    ("a_wire", "Beijing", "steel_tariffs", "against"),
    ("a_wire", "Daniel Brooks", "steel_tariffs", "favor"),
    ("a_wire", "London", "steel_tariffs", "neutral"),
    ("a_wire", "Paris", "climate_treaty", "favor"),
    ("a_wire", "Berlin", "climate_treaty", "favor"),
    ("b_daily", "Daniel Brooks", "steel_tariffs", "against"),
    ("b_daily", "Lena Vogt", "climate_treaty", "favor"),
    ("b_daily", "Beijing", "steel_tariffs", "against"),
    ("c_oped", "Mei Chen", "climate_treaty", "favor"),
    ("c_oped", "Washington", "climate_treaty", "against"),
]


def test_a_corpus_not_about_ukraine_gets_sensible_stances():
    tables = pipeline.compute(TRADE, config=pipeline.Config(actors=str(TRADE / "actors.csv"),
                                                            targets=str(TRADE / "targets.csv")))
    got = {(r.doc_id, r.speaker, r.target): r.stance for r in tables["stance"].itertuples(index=False)}
    assert {key[:3]: got.get(key[:3], "none") for key in TRADE_EXPECTED} == \
        {key[:3]: key[3] for key in TRADE_EXPECTED}
    assert set(got) == {key[:3] for key in TRADE_EXPECTED}  # and no one else is given a position
    assert tables["stance"]["evidence"].str.match(r"^(?:(?:quote|sent):\S+ ?)+$").all()


def test_without_a_targets_file_stance_is_empty_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said the truce was off the table.", encoding="utf-8")
    tables = pipeline.compute(tmp_path, config=pipeline.Config())
    assert tables["stance"].empty and list(tables["stance"].columns[:len(C.STANCE)]) == list(C.STANCE)
    warnings = tables["warnings"]
    assert (warnings["stage"] == "stance").sum() >= 1
    assert warnings.loc[warnings["stage"] == "stance", "message"].str.contains("targets").all()


# --------------------------------------------------------------------------------------------- seeds and gold

@pytest.fixture(scope="module")
def seed_stance():
    tables = pipeline.compute(SEEDS, config=pipeline.Config(actors=str(SEEDS / "actors.csv"),
                                                            targets=str(SEEDS / "targets.csv")))
    gold = validate.read_gold(GOLD)
    return tables, gold.assign(predicted=validate.stance.match_gold(gold, tables["stance"], tables["mentions"]))


KEY_VOICES = ["Pete Hegseth", "Dmitry Peskov", "Yuri Ushakov", "Alexander Grushko", "Keith Kellogg",
              "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "JD Vance", "Mark Rutte", "Kremlin", "Moscow",
              "Kyiv"]


@pytest.mark.parametrize("speaker", KEY_VOICES)
def test_nato_stance_of_the_key_voices_matches_the_gold(seed_stance, speaker):
    _, gold = seed_stance
    rows = gold[(gold["speaker"] == speaker) & (gold["target"] == stance.DEFAULT_TARGET)]
    assert len(rows), f"{speaker} has no gold row"
    assert rows["predicted"].tolist() == rows["stance"].tolist()


def test_every_nato_label_carries_its_evidence(seed_stance):
    tables, _ = seed_stance
    nato = tables["stance"][tables["stance"]["target"] == stance.DEFAULT_TARGET]
    assert len(nato) >= 10
    assert nato["evidence"].str.len().gt(0).all()
    decided = nato[nato["stance"] != "neutral"]
    assert decided["cues"].str.len().gt(0).all()


def test_seed_figures_beat_the_majority_baseline(seed_stance):
    _, gold = seed_stance
    lexicon = validate.score(gold["stance"].tolist(), gold["predicted"].tolist(), labels=list(C.STANCE_LABELS))
    majority = validate.score(gold["stance"].tolist(), ["against"] * len(gold), labels=list(C.STANCE_LABELS))
    found = gold[gold["predicted"] != "none"]
    assert lexicon["macro_f1"] >= 0.75 and lexicon["macro_f1"] > majority["macro_f1"] + 0.3
    assert (found["predicted"] == found["stance"]).mean() >= 0.9


def test_validation_results_and_the_cli(capsys):
    args = SimpleNamespace(corpus=str(SEEDS), actors=None, targets=None, json=False)
    results = validate.stance.validation_results(validate.read_gold(GOLD), args)
    assert set(results) == {"lexicon", "lexicon, attributed rows only", "majority"}
    assert "none" in results["lexicon"]["confusion"].columns
    from analysis import cli

    assert cli.main(["validate", "stance", "--gold", str(GOLD), "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "stance / lexicon: n=" in out and "macro-F1=" in out and "confusion" in out


def test_matrix_and_worked_example_on_the_seeds(seed_stance):
    tables, _ = seed_stance
    grid = views.stance.matrix(tables["stance"])
    assert stance.DEFAULT_TARGET in grid.columns
    assert grid.loc["Keith Kellogg", stance.DEFAULT_TARGET] == -1.0
    assert grid.loc["Kyiv", stance.DEFAULT_TARGET] > 0
    statement, cues = views.stance.worked_example(tables["stance_statements"], target=stance.DEFAULT_TARGET)
    label, score = stance.label(*(cues.loc[cues["stance"] == s, "weight"].sum() for s in C.STANCE_LABELS))
    assert (label, score) == (statement["stance"], statement["score"])


# --------------------------------------------------------------------------------------------- notebook

@pytest.mark.slow
@pytest.mark.parametrize("target", ["ukraine_nato_membership", "ceasefire"])
def test_notebook_runs_for_a_target(tmp_path, target):
    import papermill

    notebooks = ROOT / "notebooks"
    papermill.execute_notebook(str(notebooks / "03-stance.ipynb"), str(tmp_path / "out.ipynb"),
                               parameters={"corpus": str(SEEDS), "target": target}, cwd=str(notebooks),
                               kernel_name="python3", progress_bar=False)
    import nbformat

    notebook = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = "\n".join(str(o.get("data", o.get("text", ""))) for o in outputs)
    assert str(ROOT) not in shown  # no absolute paths in what a reader sees
    assert target in shown and "lexicon" in shown  # the findings name the target; the validation ran


def test_views_are_the_same_on_tables_read_back_from_csv(tmp_path):
    config = pipeline.Config(actors=str(TRADE / "actors.csv"), targets=str(TRADE / "targets.csv"))
    pipeline.run(TRADE, tmp_path / "out", config=config, workers=1)
    from analysis import store

    loaded = store.load(tmp_path / "out")
    computed = pipeline.compute(TRADE, config=config)
    pd.testing.assert_frame_equal(views.stance.matrix(loaded["stance"]), views.stance.matrix(computed["stance"]))
    assert views.stance.outlet_differences(loaded["stance"], loaded["documents"]).equals(
        views.stance.outlet_differences(computed["stance"], computed["documents"]))
    statement, _ = views.stance.worked_example(loaded["stance_statements"], target="steel_tariffs")
    assert "Score = " in views.stance.explain_statement(statement)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["not", "no", "never", "tariffs", "truce", "off", "the", "table", "unrealistic",
                                 "rejected", "calls", "for", "accused", "of", "sabotage", "may", "by", "Norway",
                                 ",", ";", "but", "and", "or", "—", "’", "n't", "support", "membership", "."]),
                max_size=30).map(" ".join) | st.text(max_size=200))
def test_read_never_fails_and_keeps_its_spans_inside_the_text(text):
    for hit in stance.of_text(text, OTHER_TARGETS):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.stance in C.STANCE_LABELS and hit.weight > 0


@pytest.mark.parametrize("targets_file", [SEEDS / "targets.csv", TRADE / "targets.csv"])
def test_the_word_prefilter_never_loses_a_match(seed_stance, targets_file):
    tables, _ = seed_stance
    targets = stance.read_targets(targets_file)
    unfiltered = tuple(stance.Target(t.id, t.label, t.description, t.patterns, t.inverse) for t in targets)
    for text in tables["sentences"]["text"]:
        assert stance.target_spans(text, targets) == stance.target_spans(text, unfiltered)
        lexicon = stance.cue_lexicon()
        no_keys = tuple(stance.Cue(c.phrase, c.stance, c.negated, c.weight, c.scope, c.pattern) for c in lexicon)
        assert [(s, e, c.phrase) for s, e, c in stance.cue_spans(text, lexicon)] == \
            [(s, e, c.phrase) for s, e, c in stance.cue_spans(text, no_keys)]


def test_a_target_head_noun_refers_back_to_the_target(tmp_path):
    """'membership' alone, a sentence after 'joining NATO', is about NATO membership; not four sentences on."""
    (tmp_path / "a.txt").write_text(
        "Nato talks\n\nUkraine's hopes of joining NATO have met resistance. Secretary of State Ann Hale said on "
        "Thursday that membership was not realistic.\n\nThe weather was mild. Trade grew. Prices fell. Minister "
        "Tom Berg said membership was not realistic.\n", encoding="utf-8")
    tables = pipeline.compute(tmp_path, config=pipeline.Config(targets=str(SEEDS / "targets.csv")))
    rows = tables["stance"].set_index("speaker")
    assert rows.loc["Ann Hale", "target"] == "ukraine_nato_membership"
    assert rows.loc["Ann Hale", "stance"] == "against"
    assert "Tom Berg" not in rows.index


def test_hand_written_war_coverage_positions():
    """Two hand-written texts (wire report, analysis) with a position gold for 16 speaker-target pairs."""
    folder = ROOT / "tests" / "data" / "stance_war"
    tables = pipeline.compute(folder, config=pipeline.Config(targets=str(folder / "targets.csv")))
    kit = tables["stance"]
    gold = pd.read_csv(folder / "gold.csv")
    right = [list(kit.loc[(kit["doc_id"] == g.doc_id) & (kit["target"] == g.target)
                          & kit["speaker"].str.endswith(g.speaker.split()[-1]), "stance"]) == [g.stance]
             for g in gold.itertuples()]
    assert sum(right) >= 12, gold[[not r for r in right]]


def test_the_answer_to_a_question_about_a_target_is_the_answerers_stance(tmp_path):
    targets = tmp_path / "targets.csv"
    targets.write_text("id,label,description,patterns\ntruce,Truce,,truce;ceasefire\n", encoding="utf-8")
    text = "Asked about a truce, Ilse Brandt said: “The door remains open, but this is not the moment.”"
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(targets)))["stance"]
    assert found[["speaker", "target", "stance"]].values.tolist() == [["Ilse Brandt", "truce", "favor"]]


def test_the_keys_a_prefix_tree_finds_are_the_keys_the_text_contains():
    from analysis.cue_index import KeyFinder
    finder = KeyFinder(("back", "backs", "backing", "table", "support", "supp", "refus"))
    for text in ("they were backing it", "not acceptable", "refusal to support", "back table backs", "nothing"):
        assert finder.present(text) == set(filter(text.__contains__, finder.keys))
    assert finder.present("backing away") == {"back", "backing"}


def test_a_target_phrase_that_opens_with_a_verb_matches_the_verbs_other_forms():
    sunday = stance.targets_from_rows([{"id": "sunday", "label": "Sunday trading", "description": "",
                                        "patterns": "open on Sunday*"}])
    for text in ("If the supermarket opens on Sundays, my best day is gone.", "Shops opened on Sunday."):
        assert [span[0] for span in stance.target_spans(text, sunday)] == ["sunday"], text


def test_every_pattern_of_the_shipped_targets_has_keys_so_unrelated_sentences_are_passed_over():
    from analysis.cue_index import target_keys
    from analysis.stance_lexicon import read_targets
    from analysis.stance_reading import target_spans

    targets = read_targets(str(ROOT / "seeds" / "targets.csv"))
    assert all(t.keys and all(t.keys) and all(t.inverse_keys) for t in targets)
    assert target_keys(targets)[0]  # no pattern is tried on every sentence
    spans = target_spans("Kyiv will never cede its land, and it vowed to regain the lost territory.", targets)
    assert [(t, inverse) for t, _, _, inverse in spans] == [("territorial_concessions", False),
                                                          ("territorial_concessions", True)]
