"""Tests of analysis.sentiment: nltk VADER unmodified, its evidence, the news score, actors, validation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import pipeline, resources, sentiment, vader, validate, views

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "annotations" / "sentiment.csv"

VARIED_TEXTS = [
    # wire copy
    "KYIV, March 3 (Reuters) - Russian drones struck an apartment block overnight, killing four people, "
    "officials said.",
    # state media
    "The Russian Foreign Ministry said the West's reckless provocations threaten global stability.",
    # op-ed
    "This is a shameful, cowardly betrayal of an ally, and history will not forgive it!!!",
    # translated piece with typographic quotes
    "According to the minister, the talks were “constructive” and the sides don’t see any obstacles.",
    # other topics
    "The central bank kept rates unchanged as inflation eased to 2.1 percent.",
    "Fans celebrated the team's brilliant, unexpected victory late into the night :)",
    "The hospital said the patient was in a stable condition but the outlook was not good.",
    "It's kind of good, but not great.",
    "VERY BAD news for the GOOD people of the town",
    "No.",
    "",
    "   ",
    "—",
    "Переговоры прошли успешно.",
    "good good good bad",
    "He never was so happy ... at least not until now?!",
]


@pytest.fixture(scope="module")
def seed_tables():
    return pipeline.compute(SEEDS, config=pipeline.Config(stages=("sentiment",)))


def nltk_scores(text: str) -> dict:
    return resources.vader().polarity_scores(text)


# ---------------------------------------------------------------------------------------------- standard

def test_standard_columns_equal_nltk_on_every_seed_sentence(seed_tables):
    merged = seed_tables["sentiment"].merge(seed_tables["sentences"], on=["doc_id", "sent_id"])
    assert len(merged) == len(seed_tables["sentences"]) > 50
    for row in merged.itertuples():
        expected = nltk_scores(row.text)
        assert (row.compound, row.pos, row.neu, row.neg) == (
            expected["compound"], expected["pos"], expected["neu"], expected["neg"]), row.text


def test_sentiment_table_has_contract_columns_first(seed_tables):
    columns = list(seed_tables["sentiment"].columns)
    assert columns[:6] == ["doc_id", "sent_id", "compound", "pos", "neu", "neg"]
    assert {"compound_news", "label", "label_news", "topic_words"} <= set(columns)


@pytest.mark.parametrize("text", VARIED_TEXTS)
def test_standard_scores_equal_nltk_on_varied_texts(text):
    row = sentiment.of_text(text)
    expected = nltk_scores(text)
    assert {k: row[k] for k in expected} == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "not", "very", "but", "war", "peace", "kind", "of", "!", "?",
                                 "“great”", "don’t", ":)", "LOVE", "least", "at", "never", "so", "x", ",",
                                 "happy,", "(sad)", "the", "Kyiv"]), max_size=14),
       st.sampled_from([" ", "  ", "\n"]))
def test_standard_scores_equal_nltk_on_random_word_salad(words, sep):
    text = sep.join(words)
    row = sentiment.of_text(text)
    expected = nltk_scores(text)
    assert {k: row[k] for k in expected} == expected


def sentitext_tokens(text: str) -> list[str]:
    from nltk.sentiment.vader import SentiText

    constants = resources.vader().constants
    return SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons


def test_batch_tokens_equal_per_sentence_tokens_on_the_seeds(seed_tables):
    texts = seed_tables["sentences"]["text"].tolist() + VARIED_TEXTS
    assert sentiment.batch_tokens(texts) == [sentitext_tokens(text) for text in texts]


PIECES = st.sampled_from(["good", "Good", "bad", "(bad)", "bad!", "!!bad", "'good'", "“good”", "don't", "dont",
                          "x", ",", "...", ":)", ":-(", "--", "'", "war,", ",war", "?!?!", "a.b", "ab", "!?!?no",
                          "not", "but", "KIND", "of", "#", "'90s", "U.S.", "n't"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=8).map(" ".join), min_size=1, max_size=6))
def test_batch_tokens_equal_per_sentence_tokens_on_random_text(texts):
    assert sentiment.batch_tokens(texts) == [sentitext_tokens(text) for text in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=8).map(" ".join), min_size=1, max_size=6))
def test_batched_scores_equal_nltk_on_random_text(texts):
    sentences = pd.DataFrame({"doc_id": "d", "sent_id": range(len(texts)), "text": texts})
    scored = sentiment.score(sentences, batch_size=3)
    for text, row in zip(texts, scored.itertuples(), strict=True):
        expected = nltk_scores(text)
        assert (row.compound, row.pos, row.neu, row.neg) == (
            expected["compound"], expected["pos"], expected["neu"], expected["neg"]), text


def test_repeated_sentences_are_scored_once_and_identically():
    sentences = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0],
                              "text": ["A terrible war.", "A good day.", "A terrible war."]})
    scored = sentiment.score(sentences)
    assert scored.loc[0, "compound"] == scored.loc[2, "compound"] < 0
    assert scored[["doc_id", "sent_id"]].values.tolist() == [["a", 0], ["a", 1], ["b", 0]]


def test_labels_use_the_usual_thresholds():
    assert [sentiment.label(x) for x in (0.05, 0.0499, -0.0499, -0.05)] == [
        "positive", "neutral", "neutral", "negative"]


def test_the_pipeline_runs_the_stage():
    tables = pipeline.analyse_texts({"a": "A wonderful day."}, config=pipeline.Config(stages=("sentiment",)))
    assert tables["sentiment"]["label"].tolist() == ["positive"]


# ---------------------------------------------------------------------------------------------- quirks of nltk

def test_quirk_repeated_word_is_scored_at_its_first_position():
    # The second "good" follows "not", but nltk evaluates it at index 0, so it is not negated.
    assert nltk_scores("good is not good")["compound"] > 0
    assert nltk_scores("great is not good")["compound"] < nltk_scores("great is good")["compound"]
    rows = sentiment.explain("good is not good")
    assert rows["valence"].tolist()[0] == rows["valence"].tolist()[3] > 0
    assert "first occurrence" in rows.loc[3, "rules"]


def test_quirk_typographic_apostrophe_hides_negation():
    assert nltk_scores("I don't like it")["compound"] < 0 < nltk_scores("I don’t like it")["compound"]
    assert sentiment.of_text("I don’t like it")["compound_news"] < 0


def test_quirk_word_in_quotation_marks_is_not_looked_up():
    plain = nltk_scores('They called it "sabotage".')["compound"]
    assert plain == 0.0 == nltk_scores("They called it “sabotage”.")["compound"]
    assert sentiment.of_text("They called it “sabotage”.")["compound_news"] < 0


def test_quirk_but_rule_uses_the_first_but_only():
    rows = sentiment.explain("good but bad but good")
    assert rows.loc[0, "valence"] == pytest.approx(rows.loc[0, "lexicon"] * 0.5)
    assert rows.loc[2, "valence"] == pytest.approx(rows.loc[2, "lexicon"] * 1.5)


# ---------------------------------------------------------------------------------------------- evidence

def test_explains_why_a_negated_betrayal_scores_positive():
    rows = sentiment.explain("It is certainly not a betrayal")
    betrayal = rows[rows["token"] == "betrayal"].iloc[0]
    assert betrayal["lexicon"] < 0 < betrayal["valence"]
    assert "negated by 'not'" in betrayal["rules"]
    negation = rows[rows["token"] == "not"].iloc[0]
    assert negation["effect"] > 0 and "negation" in negation["rules"]
    assert "not (+" in views.sentiment.summarize("It is certainly not a betrayal")


@pytest.mark.parametrize("text, word, rule", [
    ("The talks were extremely good.", "good", "boosted by 'extremely'"),
    ("The talks were slightly good.", "good", "dampened by 'slightly'"),
    ("The plan is good but the timing is bad.", "bad", "x1.5: after 'but'"),
    ("The plan is good but the timing is bad.", "good", "halved: before 'but'"),
    ("The result was GOOD for them", "GOOD", "ALL CAPS"),
    ("The war ended.", "war", "news topic word"),
    ("The talks were kind of good.", "kind", "'kind of': a hedge"),
    ("It was never so good.", "good", "x1.5: 'never so'"),
    ("It is so good.", "good", "x1.25: 'so' before it"),
    ("The talks were kind of good.", "good", "'kind of'/'sort of' rule"),
])
def test_rules_are_named(text, word, rule):
    rows = sentiment.explain(text)
    assert rule in rows.loc[rows["token"] == word, "rules"].iloc[0]


@pytest.mark.parametrize("text", [t for t in VARIED_TEXTS if t.strip()])
def test_explanation_offsets_and_valences_reproduce_nltk(text):
    rows = sentiment.explain(text)
    for row in rows.itertuples():
        assert text[row.start:row.end] == row.token
    rebuilt = resources.vader().score_valence(rows["valence"].tolist(), text)["compound"]
    assert rebuilt == pytest.approx(nltk_scores(text)["compound"], abs=2e-4)


def test_at_least_is_not_a_negation_but_least_is():
    at_least = sentiment.explain("They were at least honest.")
    least = sentiment.explain("They were the least honest.")
    assert "negated" not in at_least.loc[at_least["token"] == "honest", "rules"].iloc[0]
    assert "negated by 'least'" in least.loc[least["token"] == "honest", "rules"].iloc[0]
    assert least.loc[least["token"] == "honest", "valence"].iloc[0] < 0


@pytest.mark.parametrize("text, start, end, expected", [
    ("a\nbig “deal” here", 6, 10, "a\nbig  here"),
    ("good, bad", 0, 4, "bad"),
    ("very good", 5, 9, "very"),
])
def test_leave_one_out_removes_the_whole_piece(text, start, end, expected):
    assert vader._without_piece(text, start, end) == expected


def test_explain_sentence_offsets_index_the_document(seed_tables):
    texts = seed_tables["documents"].set_index("doc_id")["text"]
    for doc_id, sent_id in seed_tables["sentences"][["doc_id", "sent_id"]].head(40).itertuples(index=False):
        rows = views.sentiment.explain_sentence(seed_tables, doc_id, sent_id)
        assert not rows.empty
        assert all(texts[doc_id][r.start:r.end] == r.token for r in rows.itertuples())
    assert views.sentiment.explain_sentence(seed_tables, "nope", 0).empty


def test_extremes_show_evidence_per_outlet(seed_tables):
    table = views.sentiment.extremes(seed_tables["sentiment"], seed_tables["sentences"], seed_tables["documents"])
    assert set(table["side"]) == {"most positive", "most negative"}
    assert table["outlet_label"].nunique() == seed_tables["documents"]["outlet_label"].nunique()
    assert (table.loc[table["side"] == "most positive", "compound"] >= 0.05).all()
    assert table["evidence"].str.len().gt(0).all()


# ---------------------------------------------------------------------------------------------- news score

def test_topic_words_file_has_a_source_header_and_only_lexicon_words():
    lines = resources.data_path(vader.TOPIC_WORDS_FILE).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and any("Source:" in line for line in lines if line.startswith("#"))
    lexicon = resources.vader().lexicon
    assert all(word == word.lower() and word in lexicon for word in sentiment.topic_words())


@pytest.mark.parametrize("text, standard_sign, news_sign", [
    ("Talks to end the war continued in Geneva.", -1, 0),
    ("The peace talks resumed on Monday.", 1, 0),
    ("Russia's brutal war has destroyed the city.", -1, -1),
    ("The ministers praised the wonderful peace agreement.", 1, 1),
])
def test_news_score_neutralises_topic_words_only(text, standard_sign, news_sign):
    row = sentiment.of_text(text)
    sign = lambda x: (x >= 0.05) - (x <= -0.05)  # noqa: E731
    assert (sign(row["compound"]), sign(row["compound_news"])) == (standard_sign, news_sign)
    assert row["compound"] == nltk_scores(text)["compound"]


@pytest.mark.parametrize("text, names", [
    ("The United States said the talks were useful.", "United"),
    ("Diplomats at the Security Council met on Friday.", ""),  # "security" is a topic word already
    ("He wrote on Truth Social that a deal was close.", "Truth"),
    ("United we stand, divided we fall.", ""),
    ("Kremlin Welcomes Good News For Moscow", ""),  # title case: a headline, not names
    ("The talks were GOOD for Moscow.", ""),
    ("It was good. Moscow agreed.", ""),
])
def test_news_score_reads_lexicon_words_in_names_as_names(text, names):
    row = sentiment.of_text(text)
    assert row["name_words"] == names
    assert row["compound"] == nltk_scores(text)["compound"]
    if names:
        assert sentiment.of_text(text, names=False)["compound_news"] != row["compound_news"]


def test_news_score_is_switchable_with_a_custom_topic_list():
    sentences = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["The war was a tragedy."]})
    default = sentiment.score(sentences)
    custom = sentiment.score(sentences, topics=["tragedy"])
    assert default.loc[0, "compound"] == custom.loc[0, "compound"]
    assert default.loc[0, "topic_words"] == "war" and custom.loc[0, "topic_words"] == "tragedy"
    assert default.loc[0, "compound_news"] != custom.loc[0, "compound_news"]


# ---------------------------------------------------------------------------------------------- aggregates

def test_aggregates_are_deterministic_and_bracket_the_mean(seed_tables):
    args = (seed_tables["sentiment"], seed_tables["sentences"], seed_tables["documents"])
    first = views.sentiment.aggregate(*args, level="outlet")
    assert first.equals(views.sentiment.aggregate(*args, level="outlet"))
    assert (first["ci_low"] <= first["mean"]).all() and (first["mean"] <= first["ci_high"]).all()
    assert set(first["score"]) == {"compound", "compound_news"}
    paragraphs = views.sentiment.aggregate(*args, level="paragraph")
    assert paragraphs.loc[paragraphs["score"] == "compound", "n"].sum() == len(seed_tables["sentences"])
    with pytest.raises(ValueError):
        views.sentiment.aggregate(*args, level="sentence")


def test_bootstrap_interval_is_seeded_per_group():
    values = [0.9, -0.2, 0.4, 0.0, -0.7]
    assert views.sentiment.bootstrap_interval(values, key="x") == views.sentiment.bootstrap_interval(values, key="x")
    low, high = views.sentiment.bootstrap_interval(values, key="x")
    assert low < sum(values) / len(values) < high


# ---------------------------------------------------------------------------------------------- actors

DOC_TEXT = ("Kyiv was praised, but Moscow was condemned. “We are proud of our brave soldiers,” Zelensky said. "
            "Critics called Zelensky reckless.")


@pytest.fixture()
def actor_frames():
    sentences = pd.DataFrame({"doc_id": "d", "sent_id": [0, 1, 2], "start": [0, 44, 97],
                              "end": [43, 96, 129]})
    sentences["text"] = [DOC_TEXT[s:e] for s, e in zip(sentences["start"], sentences["end"], strict=True)]

    def mention(sent_id, actor, surface, occurrence=0):
        start = DOC_TEXT.index(surface, 0 if not occurrence else DOC_TEXT.index(surface) + 1)
        return {"doc_id": "d", "sent_id": sent_id, "actor": actor, "affiliation": actor, "actor_type": "place",
                "surface": surface, "start": start, "end": start + len(surface), "known": True}

    mentions = pd.DataFrame([mention(0, "Ukraine", "Kyiv"), mention(0, "Russia", "Moscow"),
                             mention(1, "Volodymyr Zelensky", "Zelensky"),
                             mention(2, "Volodymyr Zelensky", "Zelensky", occurrence=1)])
    quote_text = "We are proud of our brave soldiers,"
    start = DOC_TEXT.index(quote_text)
    quotes = pd.DataFrame([{"doc_id": "d", "quote_id": 0, "kind": "direct", "speaker": "Volodymyr Zelensky",
                            "affiliation": "Ukraine", "speaker_type": "person", "cue": "said",
                            "text": quote_text, "start": start, "end": start + len(quote_text)}])
    return sentences, mentions, quotes


def test_about_and_by_are_kept_apart(actor_frames):
    sentences, mentions, quotes = actor_frames
    rows = sentiment.toward_actors(sentences, mentions, quotes)
    about = rows[rows["role"] == "about"].set_index("actor")
    assert about.loc["Ukraine", "compound"] > 0 > about.loc["Russia", "compound"]
    assert about.loc["Ukraine", "compound_sentence"] == about.loc["Russia", "compound_sentence"]
    assert about.loc["Russia", "compound_news"] < 0
    zelensky_about = rows[(rows["actor"] == "Volodymyr Zelensky") & (rows["role"] == "about")]
    assert zelensky_about["sent_id"].tolist() == [2]  # as speaker in sentence 1, not a target
    assert zelensky_about["compound"].iloc[0] < 0
    by = rows[rows["role"] == "by"]
    assert by["actor"].tolist() == ["Volodymyr Zelensky"] and by["compound"].iloc[0] > 0
    for row in rows.itertuples():
        assert DOC_TEXT[row.start:row.end] == row.text


def test_actor_summary_has_intervals_per_outlet(actor_frames):
    rows = sentiment.toward_actors(*actor_frames)
    summary = views.sentiment.actor_summary(rows, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["Wire"]}))
    assert set(summary["role"]) == {"about", "by"}
    assert list(summary.columns[:4]) == ["actor", "affiliation", "outlet_label", "role"]
    assert (summary["ci_low"] <= summary["ci_high"]).all()
    news = views.sentiment.actor_summary(rows, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["Wire"]}),
                                   column="compound_news")
    assert news["n"].tolist() == summary["n"].tolist()


def test_quotes_without_a_speaker_are_not_anyone_s_words(actor_frames):
    sentences, mentions, quotes = actor_frames
    quotes = pd.concat([quotes, quotes.assign(quote_id=1, speaker=float("nan")), quotes.assign(quote_id=2,
                                                                                              speaker="")])
    rows = sentiment.toward_actors(sentences, mentions, quotes)
    assert rows.loc[rows["role"] == "by", "actor"].tolist() == ["Volodymyr Zelensky"]


def test_actor_sentiment_without_inputs_is_empty():
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0], "end": [4], "text": ["Good"]})
    rows = sentiment.toward_actors(sentences, None, None)
    assert rows.empty and list(rows.columns) == list(sentiment.ACTOR_SENTIMENT_COLUMNS)


@pytest.mark.parametrize("text, surface, clause", [
    ("Kyiv was praised, but Moscow was condemned.", "Moscow", "Moscow was condemned."),
    ("Kyiv was praised, but Moscow was condemned.", "Kyiv", "Kyiv was praised"),
    ("While Washington hesitated, Berlin acted.", "Berlin", "Berlin acted."),
    ("The envoy — a close ally of Trump — left early.", "Trump", "a close ally of Trump"),
    ("Peskov said the talks were useful.", "Peskov", "Peskov said the talks were useful."),
])
def test_clause_span(text, surface, clause):
    start = text.index(surface)
    left, right = sentiment.clause_span(text, start, start + len(surface))
    assert text[left:right] == clause


@pytest.mark.parametrize("text, start, end, clause", [
    # a mention that runs on into the next sentence: the clause around its part inside this one
    ("The inquiry opened in June.", 22, 50, "The inquiry opened in June."),
    ("Kyiv was praised, but Moscow was condemned.", 22, 60, "Moscow was condemned."),
    # one that began in the sentence before
    ("Kyiv was praised, but Moscow was condemned.", -6, 4, "Kyiv was praised"),
    # one wholly outside the sentence: no clause
    ("The inquiry opened in June.", 30, 40, ""),
    ("The inquiry opened in June.", -9, -2, ""),
])
def test_clause_span_of_a_mention_that_crosses_the_sentence_bound(text, start, end, clause):
    left, right = sentiment.clause_span(text, start, end)
    assert 0 <= left <= right <= len(text) and text[left:right] == clause


def test_a_mention_across_a_sentence_bound_is_read_in_its_own_sentence():
    text = "The inquiry opened in June. The Justice Department said it would review the case."
    sentences = pd.DataFrame({"doc_id": "d", "sent_id": [0, 1], "start": [0, 28], "end": [27, len(text)],
                              "text": [text[:27], text[28:]]})
    surface = "June. The Justice Department"  # as the actors stage found it, attributed to sentence 0
    mentions = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "actor": [surface, "Ghost"],
                             "affiliation": "", "start": [22, 5], "end": [22 + len(surface), 9]})
    rows = sentiment.toward_actors(sentences, mentions, None)
    assert rows[["sent_id", "actor", "text"]].values.tolist() == [[0, surface, "The inquiry opened in June."]]
    assert text[rows["start"].iloc[0]:rows["end"].iloc[0]] == rows["text"].iloc[0]


# ---------------------------------------------------------------------------------------------- validation

def test_shipped_gold_is_large_enough_and_matches_the_sentences(seed_tables):
    gold = validate.read_gold(GOLD)
    assert len(gold[gold["target"] == ""]) >= 40
    assert set(gold["label"]) == {"negative", "neutral", "positive"}
    texts = {(d, int(i)): t for d, i, t in seed_tables["sentences"][["doc_id", "sent_id", "text"]].itertuples(
        index=False)}
    assert all(texts[(d, int(i))] == t for d, i, t in gold[["doc_id", "sent_id", "text"]].itertuples(index=False))
    targeted = gold[gold["target"] != ""]
    assert all(t in text for t, text in zip(targeted["target"], targeted["text"], strict=True))


def test_validation_results_every_method_on_shipped_gold():
    results = validate.sentiment.validation_results(validate.read_gold(GOLD))
    assert {"plain", "news", "actor_window", "actor_window_news", "plain@target", "actor_window@target",
            "actor_window_news@target"} <= set(results)
    assert all(0 <= r["macro_f1"] <= 1 and r["n"] > 0 for r in results.values())


def test_validation_accepts_numeric_labels_and_refuses_bad_ones():
    gold = pd.DataFrame({"text": ["What a wonderful day.", "A horrible loss.", "The meeting is at noon."],
                         "label": ["1", "-1", "0"]})
    assert validate.sentiment.validation_results(gold)["plain"]["accuracy"] == 1.0
    with pytest.raises(validate.ValidationError):
        validate.sentiment.validation_results(gold.assign(label=["good", "bad", "meh"]))
    with pytest.raises(validate.ValidationError):
        validate.sentiment.validation_results(gold.drop(columns=["label"]))


def test_validate_command_prints_json_per_method():
    result = subprocess.run([sys.executable, "-m", "analysis", "validate", "sentiment", "--gold", str(GOLD),
                             "--json"], capture_output=True, text=True, cwd=ROOT, check=True)
    figures = json.loads(result.stdout)
    assert {"plain", "news", "actor_window"} <= set(figures)
    assert all({"macro_f1", "accuracy", "n"} <= set(f) for f in figures.values())


def test_validate_command_refuses_a_bad_gold_file_in_one_line(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text("sentence,tone\nGood,pos\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "analysis", "validate", "sentiment", "--gold", str(bad)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------------------------- notebook

@pytest.mark.slow
def test_notebook_runs(tmp_path):
    import papermill

    notebook = ROOT / "notebooks" / "02-sentiment.ipynb"
    papermill.execute_notebook(str(notebook), str(tmp_path / "out.ipynb"), parameters={"corpus": str(SEEDS)},
                               cwd=str(notebook.parent), kernel_name="python3", progress_bar=False)


def test_pipeline_emits_actor_sentiment_from_real_mentions_and_quotes():
    tables = pipeline.compute(SEEDS)
    if tables.get("mentions") is None or tables["mentions"].empty:
        pytest.skip("the actors stage found no mentions")
    rows = tables["actor_sentiment"]
    assert {"about", "by"} <= set(rows["role"])
    texts = tables["documents"].set_index("doc_id")["text"]
    for row in rows.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    speaking = rows[rows["role"] == "by"][["doc_id", "actor"]]
    assert not speaking.empty


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "not", "very", "but", "war", "kind", "of", "sort", "LOVE",
                                 "least", "at", "never", "so", "this", "the", "bomb", "hardly", "isn't",
                                 "happy", "cut", "me", "some", "slack", "x"]), min_size=1, max_size=10))
def test_every_change_of_a_lexicon_valence_is_explained(words):
    rows = sentiment.explain(" ".join(words))
    changed = rows[(rows["lexicon"] != 0) & (rows["valence"].round(3) != rows["lexicon"].round(3))]
    assert (changed["rules"] != "").all(), changed[["token", "lexicon", "valence", "rules"]].to_dict("records")


def test_the_pipeline_reads_another_topic_word_file(tmp_path):
    words = tmp_path / "topics.txt"
    words.write_text("# Source: a test list\ntragedy\n", encoding="utf-8")
    texts = {"a": "The war was a tragedy."}
    table = pipeline.analyse_texts(texts, config=pipeline.Config(topic_words=str(words), stages=("sentiment",)))
    assert table["sentiment"].loc[0, "topic_words"] == "tragedy"
    default = pipeline.analyse_texts(texts, config=pipeline.Config(stages=("sentiment",)))["sentiment"]
    assert default.loc[0, "topic_words"] == "war"


def test_public_gold_benchmark_reads_the_paper_format(tmp_path):
    lines = ["1_1\t1.8\tA wonderful, generous gift to the city.", "1_2\t-2.1\tA horrible and cruel decision.",
             "1_3\t0.02\tThe meeting is on Tuesday.", "1_4\t-0.6\tThe plan failed."]
    (tmp_path / "nytEditorialSnippets_GroundTruth.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "benchmarks/validate_sentiment.py", str(tmp_path), "--json"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    figures = json.loads(result.stdout)
    assert figures["methods"]["plain"]["n"] == 4 and figures["methods"]["plain"]["accuracy"] == 1.0
    missing = subprocess.run([sys.executable, "benchmarks/validate_sentiment.py", str(tmp_path / "nowhere")],
                             capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["good", "bad", "not", "very", "but", "shares", "fell", "sharply", "the", "bank",
                                 "loss", "great", "match", "won", "kind", "of", "!", "never", "so", "happy,"]),
                max_size=12))
def test_news_reading_equals_standard_without_topic_words_quotes_or_names(words):
    row = sentiment.of_text(" ".join(words))
    assert row["compound_news"] == row["compound"] and row["topic_words"] == row["name_words"] == ""


def test_figures_of_an_empty_corpus_say_so():
    import matplotlib

    matplotlib.use("Agg")
    empty = pd.DataFrame(columns=["doc_id", "sent_id", "paragraph_id", "start", "end", "text"])
    tables = {"sentences": empty, "sentiment": sentiment.score(empty),
              "documents": pd.DataFrame(columns=["doc_id", "outlet_label"])}
    for figure in (views.sentiment.plot_distribution(tables), views.sentiment.plot_along(tables),
                   views.sentiment.plot_outlets(
                       views.sentiment.aggregate(tables["sentiment"], empty, tables["documents"])),
                   views.sentiment.plot_actors(views.sentiment.actors_table(tables))):
        texts = [t.get_text() for t in figure.axes[0].texts]
        assert any(t.startswith("no ") for t in texts)
