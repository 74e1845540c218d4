"""Framing: lexical variants, issue frames, actor roles, distinctive words, validation and the two notebooks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import columns as C
from analysis import framing, pipeline, segment, validate, views, vocabulary

ROOT = Path(__file__).resolve().parent.parent


def _tables(texts: dict[str, str], outlets: dict[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """documents and sentences tables for small texts (doc_id -> text)."""
    documents = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    documents["outlet_label"] = documents["doc_id"].map(outlets or {}).fillna(documents["doc_id"])
    return {"documents": documents, "sentences": segment.split(documents)}


# ---------------------------------------------------------------------------------------------- lexical

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian state media in English
        ("The special military operation continues, the Defence Ministry in Moscow said, after the liberation "
         "of Krasnogorovka. Kiev regime forces shelled Donetsk.",
         [("special military operation", "name of the war"), ("liberation", "taking a place"),
          ("Kiev", "capital of Ukraine"), ("regime", "the other government")]),
        # wire copy
        ("KYIV (Reuters) - Russian forces captured a village in the Russian-controlled part of Zaporizhzhia "
         "region, two years after Moscow's full-scale invasion.",
         [("Kyiv", "capital of Ukraine"), ("capture", "taking a place"),
          ("Russian-controlled", "status of seized territory"), ("Zaporizhzhia", "region of Zaporizhzhia"),
          ("full-scale invasion", "name of the war")]),
        # Ukrainian outlet
        ("Occupiers shelled Kharkiv overnight; the occupied territories of Luhansk remain cut off.",
         [("occupiers", "the other side's troops"), ("Kharkiv", "city of Kharkiv"),
          ("occupied", "status of seized territory"), ("Luhansk", "region of Luhansk")]),
        # translated Russian official statement
        ("The reunification of Donbass with Russia removed the root causes of the crisis, the envoy said.",
         [("reunification", "status of seized territory"), ("Donbass", "the Donbas"),
          ("root causes", "causes of the war"), ("crisis", "name of the war")]),
        # op-ed
        ("Calling it a conflict hides the war of aggression: the illegally annexed peninsula is proof.",
         [("conflict", "name of the war"), ("war of aggression", "name of the war"),
          ("illegally annexed", "status of seized territory")]),
        # Ukrainian official statement on the 2022 votes
        ("Kyiv rejects the sham referendums staged in occupied Kherson; Moscow calls them referendums.",
         [("Kyiv", "capital of Ukraine"), ("sham referendum", "the 2022 votes in seized regions"),
          ("occupied", "status of seized territory"), ("referendum", "the 2022 votes in seized regions")]),
        # other topic: nothing to find
        ("The city council approved the new budget for schools and parks on Tuesday.", []),
    ],
)
def test_lexical_variants_in_varied_copy(text, expected):
    tables = _tables({"d": text})
    lexical = framing.lexical(tables["documents"], tables["sentences"])
    assert list(zip(lexical["term"], lexical["variant_of"], strict=True)) == expected
    for row in lexical.itertuples():
        assert text[row.start:row.end] == row.surface


def test_longest_match_wins_and_words_are_whole():
    text = "The full-scale invasion began. Kievan Rus is history; the warning was clear."
    found = [(text[s:e], d["term"]) for s, e, d in framing.find_terms(text)]
    assert found == [("full-scale invasion", "full-scale invasion")]


def test_another_conflicts_lexicon_by_config(tmp_path):
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("# test lexicon: newsframe maintainers\nvariant_of,term,side,pattern,note\n"
                       "name of the country,Myanmar,official since 1989,,\n"
                       "name of the country,Burma,exile and opposition usage,,\n", encoding="utf-8")
    texts = {"a": "Burma's generals met in Naypyidaw.", "b": "Myanmar's junta met Kiev officials."}
    out = pipeline.analyse_texts(texts, config=pipeline.Config(lexicon=str(lexicon), stages=("framing",)))
    assert out["lexical"]["term"].tolist() == ["Burma", "Myanmar"]
    assert {"frames", "lexical", "roles"} <= set(out) and not {"mentions", "quotes", "sentiment"} & set(out)
    assert set(C.LEXICAL) <= set(out["lexical"].columns) and set(C.FRAMES) <= set(out["frames"].columns)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("referent,word\ncapital,Kyiv\n", "needs the columns variant_of, term, side"),
        ("variant_of,term,side,pattern\ncapital,Kyiv,ua,Ky(iv\n", "bad pattern"),
        ("# only a header comment\n", "needs the columns"),
    ],
)
def test_broken_lexicon_is_refused_in_one_line(tmp_path, content, message):
    from analysis.resources import ResourceError

    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        framing.find_terms("Kyiv", path=str(path))


def test_term_choices_put_outlets_side_by_side():
    tables = _tables({"a": "Kiev said no. Kiev again.", "b": "Kyiv said no.", "c": "Kyiv and Kiev."},
                     outlets={"a": "State TV", "b": "Wire", "c": "Wire"})
    lexical = framing.lexical(tables["documents"], tables["sentences"])
    choices = views.framing.term_choices(lexical, tables["documents"])
    assert choices.loc["capital of Ukraine", "State TV"] == "Kiev 2"
    assert choices.loc["capital of Ukraine", "Wire"] == "Kyiv 2, Kiev 1"
    index = views.framing.vocabulary_index(lexical, tables["sentences"], tables["documents"])
    assert (index["text"].str.contains("Kiev|Kyiv")).all() and len(index) == 5


# ---------------------------------------------------------------------------------------------- frames

@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        ("The rouble fell against the dollar as investors fled Russian markets.",
         {("mfc", "economic"), ("generic", "economic consequences")}, {("mfc", "morality")}),
        ("Prosecutors in The Hague opened a war crimes investigation.",
         {("mfc", "crime and punishment")}, {("mfc", "economic")}),
        ("Families sheltered in the metro as children cried through the night.",
         {("generic", "human interest"), ("mfc", "quality of life")}, {("generic", "economic consequences")}),
        ("It is a moral betrayal of everything the church teaches.",
         {("mfc", "morality"), ("generic", "morality")}, {("mfc", "security and defense")}),
        ("The opposition accused the government of blocking the inquiry.",
         {("generic", "conflict"), ("mfc", "political")}, {("generic", "human interest")}),
        ("Ministers must find a solution to end the shortage of ammunition.",
         {("generic", "responsibility"), ("mfc", "capacity and resources")}, {("mfc", "health and safety")}),
        ("A new poll shows voters oppose the plan.",
         {("mfc", "public opinion"), ("generic", "conflict")}, {("mfc", "legality")}),
        ("The court ruled the annexation illegal under international law.",
         {("mfc", "legality")}, {("generic", "human interest")}),
        ("Hospitals treated the wounded after the strike on the power grid.",
         {("mfc", "health and safety"), ("mfc", "capacity and resources")}, {("mfc", "public opinion")}),
        ("The warmth of the museum drew visitors.", set(), {("generic", "conflict"), ("mfc", "security and defense")}),
    ],
)
def test_frames_of_sentences(sentence, present, absent):
    found = {(scheme, frame) for scheme, frame, _ in framing.of_text(sentence)}
    assert present <= found
    assert not absent & found


def test_document_scan_equals_sentence_by_sentence_frames(seed_tables):
    sentences = seed_tables["sentences"]
    frames = framing.detect(sentences)
    expected = {(d, int(i), sc, f, "; ".join(dict.fromkeys(cues)))
                for d, i, text in zip(sentences["doc_id"], sentences["sent_id"], sentences["text"], strict=True)
                for sc, f, cues in framing.of_text(text)}
    hand = frames[frames["hand"] > 0]  # rows of learned cues alone are checked in test_learned_cues_*
    got = {(d, int(i), sc, f, "; ".join(c.split("; ")[:n])) for d, i, sc, f, c, n in zip(
        hand["doc_id"], hand["sent_id"], hand["scheme"], hand["frame"], hand["cues"],
        [len(dict.fromkeys(cues)) for cues in hand["cues"].str.split("; ")], strict=True)}
    assert {g[:4] for g in got} == {e[:4] for e in expected} and len(got) > 100
    assert all(any(g[4].startswith(e[4]) or e[4].startswith(g[4]) for e in expected if e[:4] == g[:4]) for g in got)


@pytest.mark.parametrize("text", [
    "WAR crimes, Sanctions and a ceasefire.", "ſanctions and the Kremlin’s war", "Families' grief; $5 bn.",
    "Prices rose\n\nTroops fled", "x", "Économie, économie: the economy", "e-commerce and anti-war protests",
])
def test_cue_candidates_by_first_characters_match_like_every_pattern(text):
    patterns, locator = framing.cue_lexicon(), framing._cue_locator()
    every = list(framing._cue_matches(text, locator, patterns))
    assert list(framing._cue_matches(text, locator, patterns, framing._cue_starts())) == every


@pytest.mark.parametrize("text", [
    "Putin launched the invasion while Trump sought to broker a peace deal.", "AGGRESSOR, Aggressors and victims",
    "The peacemaker’s aggression; ſhelled civilians", "x", "Russia invaded; NATO defended and mediated.",
])
def test_role_cues_found_in_one_scan_are_every_role_pattern_s_matches(text):
    patterns = framing.cue_lexicon(kind="roles")
    expected = sorted((k, m.start(), m.end()) for k, pattern in enumerate(patterns)
                      for m in pattern.regex.finditer(text))
    locator, starts = framing._cue_locator(kind="roles"), framing._cue_starts(kind="roles")
    assert sorted(framing._cue_matches(text, locator, patterns, starts)) == expected
    assert len(expected) > 0 or text == "x"


@pytest.mark.parametrize("text", ["Putin launched the invasion.", "Nobody said anything about Putin."])
def test_sentences_without_a_role_cue_are_skipped_like_any_other(text):
    tables = _tables({"d": text})
    mentions = _mentions(tables["sentences"], {"Putin": "Vladimir Putin"})
    has_cue = framing._cue_locator(kind="roles").search(text) is not None
    assert has_cue == (not framing.cast(tables["sentences"], mentions).empty)


def test_frames_table_keeps_the_cues_that_fired():
    sentences = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1],
                              "text": ["Sanctions hit the rouble and the rouble fell.", "Nothing here."]})
    frames = framing.detect(sentences)
    economic = frames[(frames["scheme"] == "mfc") & (frames["frame"] == "economic")].iloc[0]
    assert economic["cues"] == "rouble" and economic["n_cues"] == 2 and economic["sent_id"] == 0
    assert set(frames["scheme"]) <= set(framing.SCHEMES)
    assert (frames["sent_id"] == 0).all()
    for row in frames.itertuples():
        for cue in row.cues.split("; "):
            assert cue in sentences.loc[row.sent_id, "text"].lower()


def test_profiles_and_primary_frames():
    tables = _tables({"a": "Prices rose.\n\nTroops attacked. Missiles hit the front.", "b": "Voters protested."},
                     outlets={"a": "X", "b": "Y"})
    frames = framing.detect(tables["sentences"])
    by_doc = views.framing.profiles(frames, tables["sentences"], scheme="mfc")
    assert by_doc.loc["a", "economic"] == pytest.approx(1 / 3)
    assert by_doc.loc["a", "security and defense"] == pytest.approx(2 / 3)
    by_outlet = views.framing.profiles(frames, tables["sentences"], tables["documents"], scheme="mfc",
                                       by="outlet_label")
    assert by_outlet.loc["Y", "public opinion"] == 1.0 and by_outlet.loc["Y", "n_sentences"] == 1
    primary = views.framing.primary(frames, tables["sentences"], scheme="mfc")
    assert primary.set_index(["doc_id", "paragraph_id"])["frame"].to_dict() == {
        ("a", 0): "economic", ("a", 1): "security and defense", ("b", 0): "public opinion"}


def test_custom_frame_cues(tmp_path):
    cues = tmp_path / "cues.csv"
    cues.write_text("# newsframe maintainers\nscheme,frame,cue\ngeneric,conflict,feud*\n", encoding="utf-8")
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["The feuding clans met."]})
    assert framing.detect(sentences, path=str(cues))[["frame", "cues"]].values.tolist() == [["conflict", "feuding"]]


@given(st.lists(st.sampled_from(["war", "war crime", "warn*", "sanction*", "$", "peace deal", "peace",
                                 "end to", "russian-speaking"]), min_size=1, unique=True),
       st.sampled_from(["War crimes and warnings.", "A $5 peace deal.", "Sanctioned Russian speaking peace",
                        "an end to wars", "warfare"]))
def test_trie_regex_matches_like_the_plain_alternation(cues, text):
    import re

    plain = re.compile("|".join(framing.cue_regex(c) for c in sorted(cues, key=len, reverse=True)), re.I)
    trie = re.compile(framing.cues_regex(cues), re.I)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


# ---------------------------------------------------------------------------------------------- roles

def _mentions(sentences: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Hand-made mentions: every occurrence of each surface name (surface -> actor)."""
    rows = []
    for row in sentences.itertuples():
        for surface, actor in names.items():
            at = row.text.find(surface)
            if at >= 0:
                rows.append({"doc_id": row.doc_id, "sent_id": row.sent_id, "actor": actor, "affiliation": "",
                             "actor_type": "person", "surface": surface, "start": row.start + at,
                             "end": row.start + at + len(surface), "known": True})
    return pd.DataFrame(rows, columns=list(C.MENTIONS))


def test_the_same_actor_cast_differently_by_two_outlets():
    tables = _tables({
        "state": "Lavrov said Russia would defend its people. The West provoked the crisis, Lavrov added.",
        "exile": "Critics say Lavrov lied about the strikes. Lavrov spread propaganda while civilians suffered.",
    }, outlets={"state": "State TV", "exile": "Exile site"})
    mentions = _mentions(tables["sentences"], {"Lavrov": "Sergei Lavrov", "The West": "the West"})
    roles = framing.cast(tables["sentences"], mentions)
    by_outlet = views.framing.roles_by_outlet(roles, tables["sentences"], tables["documents"]).set_index(
        ["outlet_label", "actor"])
    assert by_outlet.loc[("State TV", "Sergei Lavrov"), "protagonist"] >= 1
    assert by_outlet.loc[("State TV", "Sergei Lavrov"), "antagonist"] == 0
    assert by_outlet.loc[("Exile site", "Sergei Lavrov"), "top_role"] == "deceiver"
    assert by_outlet.loc[("State TV", "the West"), "top_role"] == "instigator"
    assert set(roles.columns) >= {"doc_id", "sent_id", "actor", "role", "main_role", "cues"}


def test_role_cue_goes_to_the_actor_of_its_clause():
    tables = _tables({"d": "Putin ordered the invasion, while Macron tried to mediate."})
    mentions = _mentions(tables["sentences"], {"Putin": "Vladimir Putin", "Macron": "Emmanuel Macron"})
    roles = framing.cast(tables["sentences"], mentions)
    assert set(zip(roles["actor"], roles["role"], strict=True)) == {
        ("Vladimir Putin", "foreign adversary"), ("Emmanuel Macron", "peacemaker")}


def test_directed_role_cues_skip_the_wrong_side():
    tables = _tables({"d": "Macron condemned the war, initiated by Putin, and offered to mediate."})
    mentions = _mentions(tables["sentences"], {"Macron": "Emmanuel Macron", "Putin": "Vladimir Putin"})
    roles = framing.cast(tables["sentences"], mentions).set_index("role")["actor"]
    assert roles["instigator"] == "Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Hegseth said it was not a betrayal of Kyiv.", set()),
        ("Hegseth called it a betrayal.", {"traitor"}),
        ("Critics say Hegseth never lied about it.", set()),
        ("Hegseth doesn't want to escalate.", set()),
    ],
)
def test_negated_role_cues_are_skipped(text, roles):
    tables = _tables({"d": text})
    mentions = _mentions(tables["sentences"], {"Hegseth": "Pete Hegseth"})
    assert set(framing.cast(tables["sentences"], mentions)["role"]) == roles


def test_roles_without_mentions_or_for_media_are_empty():
    tables = _tables({"d": "Reuters said the aggressor was named."})
    assert framing.cast(tables["sentences"], None).empty
    mentions = _mentions(tables["sentences"], {"Reuters": "Reuters"}).assign(actor_type="media")
    assert framing.cast(tables["sentences"], mentions).empty


# ---------------------------------------------------------------------------------------------- vocabulary

def test_distinctive_words_by_log_odds():
    tables = _tables({
        "a1": "The Kiev regime shelled Donbass again. The Kiev regime lies.",
        "a2": "Western curators arm the Kiev regime. Peace talks stalled.",
        "b1": "Kyiv said Russian forces shelled Kharkiv. Peace talks stalled.",
        "b2": "Kyiv asked allies for air defence. Officials in Kyiv said talks stalled.",
    }, outlets={"a1": "A", "a2": "A", "b1": "B", "b2": "B"})
    table = vocabulary.distinctive(tables["sentences"], tables["documents"], group="A", top=None, min_count=2)
    z = table.set_index("term")["z"]
    assert z["kiev regime"] > 0 and z["kiev"] > 0
    assert z["kyiv"] < 0
    assert abs(z["talks stalled"]) < abs(z["kiev"])  # shared phrase: near zero
    top = table.iloc[0]
    assert top["example"] and top["doc_id"].startswith("a")


def test_log_odds_prior_shrinks_rare_words_and_is_antisymmetric():
    group = Counter({"rare": 1, "common": 50, "shared": 30})
    rest = Counter({"common": 25, "shared": 30, "other": 20})
    table = log_odds_table = vocabulary.log_odds(group, rest, prior_strength=100).set_index("term")
    assert table.loc["common", "z"] > table.loc["rare", "z"] > 0
    swapped = vocabulary.log_odds(rest, group, prior_strength=100).set_index("term")
    pd.testing.assert_series_equal(swapped["z"].sort_index(), -log_odds_table["z"].sort_index(), check_names=False)


def test_distinctive_refuses_unknown_or_whole_groups():
    tables = _tables({"a": "Kiev said.", "b": "Kyiv said."}, outlets={"a": "A", "b": "B"})
    with pytest.raises(ValueError, match="no text for outlet_label = C"):
        vocabulary.distinctive(tables["sentences"], tables["documents"], group="C")
    with pytest.raises(ValueError, match="nothing to compare"):
        vocabulary.distinctive(tables["sentences"], tables["documents"], group="A,B")


def test_stop_words_and_bigrams():
    assert vocabulary.terms("The war in the east", ngrams=2) == ["war", "east"]
    assert "peace deal" in vocabulary.terms("a peace deal was near")


# ---------------------------------------------------------------------------------------------- validation

def test_validation_on_article_gold():
    gold = pd.DataFrame({
        "text": ["Prices soared. Markets crashed. Investors lost billions. Costs and taxes rose. The economy "
                 "shrank and wages fell. Electricity prices doubled and the budget cost billions of dollars.",
                 "The senators clashed. Critics attacked the bill and rejected it. Opponents accused the governor "
                 "of lying. The rival parties fought over the vote and denounced each other in a bitter dispute.",
                 "The rain fell all day."],
        "CO": ["False", "True", "False"], "EC": ["True", "False", "False"], "HI": ["False"] * 3,
        "MO": ["False"] * 3, "RE": ["False"] * 3})
    results = validate.frames.validation_results(gold)
    best = results["all: kit (calibrated article decision)"]
    assert best["per_class"]["economic consequences"]["recall"] == 1.0
    assert best["per_class"]["conflict"]["precision"] == 1.0
    assert best["n"] == 15 and 0 <= best["micro_f1"] <= 1
    baseline = results["all: baseline: every frame always present"]
    assert best["macro_f1"] > baseline["macro_f1"]
    assert results["all: baseline: majority (each frame as in most items)"]["micro_f1"] == 0.0


def test_sentence_gold_in_frac_format_is_scored_per_part():
    gold = pd.DataFrame({"sentence": ["The court convicted the smuggler.", "Taxes and prices rose again.",
                                      "Voters in the poll backed the party.", "Soldiers and terrorists fought."],
                         "label": [5, 1, 12, 8]})
    results = validate.frames.validation_results(gold)
    parts = {m.split(": ")[0] for m in results}
    assert parts == {validate.frames.part(t) for t in gold["sentence"]}
    kit = [r for m, r in results.items() if "kit" in m]
    assert sum(r["n"] for r in kit) == 4 and all(r["micro_f1"] == r["accuracy"] for r in kit)
    assert validate.frames.sentence_frames(gold["sentence"].tolist()) == [
        "legality", "economic", "public opinion", "security and defense"]


def test_parts_are_deterministic_and_both_used():
    keys = [f"doc{i}" for i in range(200)]
    parts = [validate.frames.part(k) for k in keys]
    assert parts == [validate.frames.part(k) for k in keys]
    assert 60 < parts.count("tuning") < 140


def test_validate_frames_prints_kit_beside_baselines(capsys, tmp_path):
    from analysis import cli

    gold = tmp_path / "articles.tsv"
    pd.DataFrame({"ID": [1, 2, 3], "text": ["Prices soared. Costs rose.", "Critics attacked the bill.", "Rain."],
                  "CO": [False, True, False], "EC": [True, False, False], "HI": [False] * 3, "MO": [False] * 3,
                  "RE": [False] * 3}).to_csv(gold, sep="\t", index=False)
    assert cli.main(["validate", "frames", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "micro-F1" in out and "macro-F1" in out and "always present" in out and "majority" in out
    assert any(line.split()[:1] == ["conflict"] and len(line.split()) == 4 for line in out.splitlines())


def test_learned_cues_mark_sentences_with_their_words():
    sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["The terrorists were tried in court."]})
    frames = framing.detect(sents).set_index("frame")
    assert "court" in frames.loc["legality", "cues"] and frames.loc["legality", "learned"] > 0
    assert (frames["hand"] >= 0).all() and (frames["n_cues"] >= frames["hand"]).all()


def test_share_intervals_are_seeded_and_hold_the_share():
    texts = {"a": "Prices rose.", "b": "It rained.", "c": "Taxes rose. Troops left.", "d": "Costs fell."}
    tables = _tables(texts, outlets={"a": "X", "b": "X", "c": "Y", "d": "Y"})
    frames = framing.detect(tables["sentences"])
    first = views.framing.share_intervals(frames, tables["sentences"], tables["documents"])
    again = views.framing.share_intervals(frames, tables["sentences"], tables["documents"])
    pd.testing.assert_frame_equal(first, again)
    assert ((first["low"] <= first["share"]) & (first["share"] <= first["high"])).all()
    economic = first.query("frame == 'economic'").set_index("outlet_label")
    assert economic.loc["X", "share"] == 0.5 and economic.loc["X", "high"] == 1.0


def test_differences_say_when_outlets_are_within_noise():
    texts = {"a": "Prices rose.", "b": "It rained.", "c": "Costs rose.", "d": "It snowed."}
    tables = _tables(texts, outlets={"a": "X", "b": "X", "c": "Y", "d": "Y"})
    tables["frames"] = framing.detect(tables["sentences"])
    table = views.framing.differences(tables["frames"], tables["sentences"], tables["documents"], first="X",
                                      second="Y")
    economic = table.set_index("frame").loc["economic"]
    assert economic["difference"] == 0 and bool(economic["within_noise"])
    notes = views.framing.difference_notes(table, first="X", second="Y")
    assert notes and "within the noise" in notes[0]
    with pytest.raises(ValueError, match="no articles"):
        views.framing.differences(tables["frames"], tables["sentences"], tables["documents"], first="X", second="Z")


def test_one_article_outlets_cannot_be_told_apart():
    tables = _tables({"a": "Prices rose. Costs rose.", "b": "It rained."}, outlets={"a": "X", "b": "Y"})
    frames = framing.detect(tables["sentences"])
    table = views.framing.differences(frames, tables["sentences"], tables["documents"], first="X", second="Y")
    economic = table.set_index("frame").loc["economic"]
    assert economic["difference"] == 1.0 and bool(economic["within_noise"]) and economic["n_first"] == 1
    notes = views.framing.difference_notes(table, first="X", second="Y")
    assert "one article each" in notes[0] and "can be told from noise" in notes[0] and len(notes) > 1


def test_interval_table_and_outlet_pair():
    texts = {"a": "Prices rose.", "b": "It rained.", "c": "Taxes rose.", "d": "Costs fell.", "e": "Snow."}
    tables = _tables(texts, outlets={"a": "X", "b": "X", "c": "Y", "d": "Y", "e": "Z"})
    frames = framing.detect(tables["sentences"])
    intervals = views.framing.share_intervals(frames, tables["sentences"], tables["documents"])
    table = views.framing.interval_table(intervals)
    assert table.loc["economic", "X"].startswith("50% (") and table.loc["economic", "Y"] == "100% (100–100)"
    assert table.loc["articles"].tolist() == ["2", "2", "1"] and "morality" not in table.index
    assert views.framing.outlet_pair(tables["documents"]) == ("X", "Y")
    assert views.framing.outlet_pair(tables["documents"], "Z, X") == ("Z", "X")
    for bad in ("X", "X,W", "X,Y,Z"):
        with pytest.raises(ValueError, match="compare needs two"):
            views.framing.outlet_pair(tables["documents"], bad)


@pytest.mark.slow
def test_development_data_checking_parts_beat_the_baselines():
    root = ROOT.parent / "shared" / "benchmarks"
    frac, narrative = root / "frac" / "gold_standard_single_label_all.csv", root / "narrative_frames"
    if not frac.is_file() or not validate.frames.benchmark_path(narrative).is_file():
        pytest.skip("development data (../shared/benchmarks) not present")
    args = type("Args", (), {"split": "checking"})()
    sentences = validate.frames.validation_results(pd.read_csv(frac), args)
    assert sentences["checking: kit (sentence model, one frame per sentence)"]["macro_f1"] >= 0.65
    articles = validate.frames.validation_results(validate.read_gold(validate.frames.benchmark_path(narrative)), args)
    kit, always = (articles[f"checking: {m}"] for m in ("kit (calibrated article decision)",
                                                        "baseline: every frame always present"))
    assert kit["macro_f1"] >= 0.62
    assert all(kit["per_class"][f]["f1"] > always["per_class"][f]["f1"] for f in always["per_class"])


def test_validation_on_paragraph_gold(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Prices soared and markets fell.\n\nTroops attacked the city.\n", encoding="utf-8")
    gold = pd.DataFrame({"doc_id": ["a", "a"], "paragraph_id": ["0", "1"],
                         "frame": ["economic", "political"], "generic_frame": ["economic consequences", "conflict"]})
    results = validate.frames.validation_results(gold, type("Args", (), {"corpus": str(corpus)})())
    mfc = results["mfc paragraphs: kit (primary frame of a paragraph)"]
    assert mfc["accuracy"] == 0.5 and mfc["per_class"]["economic"]["f1"] == 1.0
    assert results["generic paragraphs: kit (primary frame of a paragraph)"]["accuracy"] == 1.0
    majority = results["mfc paragraphs: baseline: majority (the most frequent frame for every item)"]
    assert majority["accuracy"] == 0.5 and "none" not in mfc["per_class"]
    text = validate.frames.format_results(results)
    assert any(line.split() == ["F1", "per", "frame", "(mfc", "paragraphs)", "kit", "always", "majority"]
               for line in text.splitlines())


def test_validate_command_prints_figures(capsys):
    from analysis import cli

    status = cli.main(["validate", "frames", "--gold", str(ROOT / "seeds/annotations/frames.csv"),
                       "--corpus", str(ROOT / "seeds")])
    out = capsys.readouterr().out
    assert status == 0 and "macro-F1" in out and "mfc paragraphs: kit (primary frame" in out and "always" in out


def test_paragraph_gold_needs_a_corpus():
    from analysis.validate import ValidationError

    gold = pd.DataFrame({"doc_id": ["a"], "paragraph_id": ["0"], "frame": ["economic"]})
    with pytest.raises(ValidationError, match="--corpus"):
        validate.frames.validation_results(gold)


def test_seed_gold_covers_every_paragraph_with_known_frames(seed_tables):
    gold = pd.read_csv(ROOT / "seeds/annotations/frames.csv", comment="#")
    paragraphs = seed_tables["sentences"][["doc_id", "paragraph_id"]].drop_duplicates()
    assert len(gold) == len(paragraphs)
    assert set(gold["frame"]) <= set(framing.MFC_FRAMES)
    assert set(gold["generic_frame"]) <= set(framing.GENERIC_FRAMES)


# ---------------------------------------------------------------------------------------------- seeds

def test_seed_lexical_choices(seed_tables):
    lexical = seed_tables["lexical"]
    texts = seed_tables["documents"].set_index("doc_id")["text"]
    for row in lexical.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
    terms = lexical.groupby("doc_id")["term"].agg(set)
    docs = {doc_id[:3]: doc_id for doc_id in terms.index}
    assert "Kiev" in terms[docs["000"]] and "Kyiv" not in terms[docs["000"]]
    for key in ("001", "002", "004"):
        assert "Kyiv" in terms[docs[key]] and "Kiev" not in terms[docs[key]]
    sentences = seed_tables["sentences"].set_index(["doc_id", "sent_id"])["text"]
    liberation = lexical[(lexical["doc_id"] == docs["001"]) & (lexical["term"] == "liberation")].iloc[0]
    assert "liberation of Sudzha" in sentences[(liberation["doc_id"], liberation["sent_id"])]
    for key in ("002", "003"):
        assert "full-scale invasion" in terms[docs[key]]


def test_seed_frames_and_roles(seed_tables):
    frames = seed_tables["frames"]
    assert set(C.FRAMES) <= set(frames.columns) and (frames["cues"].str.len() > 0).all()
    economic = frames[(frames["frame"] == "economic") & frames["doc_id"].str.startswith("002")]
    assert not economic.empty  # the rouble paragraph
    roles = seed_tables["roles"]
    assert {"protagonist", "antagonist"} <= set(roles["main_role"])


# ---------------------------------------------------------------------------------------------- notebooks

@pytest.mark.slow
@pytest.mark.parametrize("name", ["04-framing", "05-outlets"])
def test_notebook_runs_on_seeds(tmp_path, name):
    import papermill

    notebooks = ROOT / "notebooks"
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(str(notebooks / f"{name}.ipynb"), str(out),
                               parameters={"corpus": str(ROOT / "seeds")}, cwd=str(notebooks),
                               kernel_name="python3", progress_bar=False)
    text = out.read_text(encoding="utf-8")
    assert "Traceback" not in text
    assert "Kiev" in text and "Kyiv" in text


# ---------------------------------------------------------------------------------------------- outlets

def test_outlets_side_by_side_degrades_without_tables():

    tables = _tables({"a": "Kiev regime forces shelled Donbass.", "b": "Russian forces shelled Kharkiv."},
                     outlets={"a": "State TV", "b": "Wire"})
    tables["lexical"] = framing.lexical(tables["documents"], tables["sentences"])
    chosen = views.outlets.select(tables, "")
    assert chosen["quotes"].empty and list(chosen["stance"].columns) == list(C.STANCE)
    notes = views.outlets.notes(chosen)
    assert any(n.startswith("quotes:") for n in notes) and any(n.startswith("roles:") for n in notes)
    assert not any(n.startswith("lexical:") for n in notes)
    page = views.outlets.side_by_side(chosen)
    assert page.loc["terms: capital of Ukraine", "State TV"] == "Kiev 1"
    assert page.loc["most quoted", "Wire"] == "" and page.loc["tone (VADER compound)", "Wire"] == ""
    with pytest.raises(ValueError, match="unknown outlet"):
        views.outlets.select(tables, "Nowhere Daily")


def test_outlets_selection_keeps_only_their_documents(seed_tables):

    chosen = views.outlets.select(seed_tables, "The Moscow Times")
    assert set(chosen["documents"]["outlet_label"]) == {"The Moscow Times"}
    assert set(chosen["lexical"]["doc_id"]) <= set(chosen["documents"]["doc_id"])
    page = views.outlets.side_by_side(chosen)
    assert list(page.columns) == ["The Moscow Times"] and "Kyiv 3" in page.loc["terms: capital of Ukraine"].iloc[0]


@pytest.mark.slow
def test_outlets_notebook_with_two_outlets(tmp_path):
    import papermill

    notebooks = ROOT / "notebooks"
    out = tmp_path / "05.ipynb"
    papermill.execute_notebook(str(notebooks / "05-outlets.ipynb"), str(out),
                               parameters={"corpus": str(ROOT / "seeds"),
                                           "outlets": "The Moscow Times,(unknown) 000_9b3d57f51e669d2e"},
                               cwd=str(notebooks), kernel_name="python3", progress_bar=False)
    text = out.read_text(encoding="utf-8")
    assert "The Moscow Times" in text and "(unknown) 000_9b3d57f51e669d2e" in text


@pytest.mark.slow
def test_outlets_notebook_on_a_corpus_without_quotes(tmp_path):
    import papermill

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {
        "a.txt": "Kiev regime forces shelled Donbass overnight.\n\nThe special military operation continues.\n",
        "b.txt": "Russian forces shelled Kharkiv overnight.\n\nThe full-scale invasion continues.\n",
        "metadata.csv": "doc_id,outlet\na,State TV\nb,Wire\n"}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    notebooks = ROOT / "notebooks"
    out = tmp_path / "05.ipynb"
    papermill.execute_notebook(str(notebooks / "05-outlets.ipynb"), str(out), parameters={"corpus": str(corpus)},
                               cwd=str(notebooks), kernel_name="python3", progress_bar=False)
    text = out.read_text(encoding="utf-8")
    assert "no quotes were found" in text and "State TV" in text
