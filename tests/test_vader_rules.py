"""``vader_rules`` gives exactly nltk's VADER: the same tokens as ``SentiText`` and, compared with ``==``, the same
``polarity_scores`` on generated text that exercises every rule and on the NYT editorial sentences of the
VADER paper (when the shared benchmark folder is beside the checkout)."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import resources, sentiment, vader, vader_rules

NYT = ROOT.parent / "shared" / "benchmarks" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"

# Words that trigger each of VADER's rules, with lexicon words of both signs and neutral words around them.
SENTIMENT = ["good", "bad", "great", "terrible", "love", "hate", "war", "peace", "happy", "sad", "kind", "sort",
             "funny", "threat", "support", "killed", "best", "worst", "shit", "bomb", "ass", "right", "mustard",
             "death", "mouth", "smart", "handsome"]
NEGATIONS = ["not", "isn't", "never", "don't", "without", "aint", "nor", "cannot", "wasn't", "n't", "nope"]
BOOSTERS = ["very", "extremely", "so", "this", "more", "most", "really", "barely", "hardly", "slightly",
            "somewhat", "kinda", "sorta", "less", "little", "almost", "just", "enough"]
GLUE = ["the", "a", "it", "is", "was", "of", "at", "least", "but", "to", "and", "yeah", "cut", "kiss", "hand",
        "he", "said", "that", "kind", "sort", "I", "x"]
SYMBOLS = [":)", ":(", ":-(", "<3", ":D", "😀", "💔", "🙂", "--", "'", "#", "U.S.", "'90s"]
WORDS = SENTIMENT + NEGATIONS + BOOSTERS + GLUE + SYMBOLS
AFFIXES = ["", "", "", "!", "!!", "!!!", "?", "??", "???", "?!?", ",", ".", ";", ":", "-", "'", "\""]


def written(word: str, case: str, before: str, after: str) -> str:
    shaped = {"lower": word, "upper": word.upper(), "title": word.title()}[case]
    return before + shaped + after


PIECES = st.builds(written, st.sampled_from(WORDS), st.sampled_from(["lower", "lower", "upper", "title"]),
                   st.sampled_from(["", "", "", "(", "'", "\"", "“", "!", "!!", "?"]), st.sampled_from(AFFIXES))
TEXTS = st.builds(lambda pieces, seps: "".join(p + s for p, s in zip(pieces, seps, strict=False)),
                  st.lists(PIECES, max_size=14), st.lists(st.sampled_from([" ", " ", "  ", "\n", "\t"]), min_size=14,
                                                          max_size=14))

RULE_EXAMPLES = [
    "The plan is not good.", "It isn't bad at all", "It was never so good", "It was never this bad",
    "never so very good", "This is so good", "Good, but the ending was terrible!!!", "GOOD but bad",
    "It was kind of good", "It was sort of bad", "kind of", "The food was KIND of great",
    "At least it is good", "least good", "the very least good", "He said it was the least bad option.",
    "That was the shit", "yeah right", "It can cut the mustard", "a kiss of death for the plan",
    "living hand to mouth", "a bad ass movie", "The party was the bomb!!", "VERY good and very GOOD",
    "The war is HORRIBLE and the peace is fragile", "Is it good??? Is it bad???", "Really?!?", "good good good",
    "I 😀 it, :) but :( and <3", "“Good” and “bad”", "don’t like it", "It is barely good.", "It is extremely bad",
    "He is NOT happy", "ALL CAPS HAPPY TEXT", "Never so good", "It was Never this bad, NEVER SO bad",
    "Cut The Mustard", "it is Kind Of good", "The Least bad", "At Least good", "", "!!!", "a", "x y", "But",
    "BUT it was fine but bad",
]


def nltk_scores(text: str) -> dict:
    return resources.vader().polarity_scores(text)


def sentitext_tokens(text: str) -> list[str]:
    from nltk.sentiment.vader import SentiText

    constants = resources.vader().constants
    return SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons


@pytest.mark.parametrize("text", RULE_EXAMPLES)
def test_scores_equal_nltk_on_each_rule(text):
    assert vader_rules.tokens(text) == sentitext_tokens(text)
    assert vader_rules.polarity_scores(text) == nltk_scores(text)


def test_the_examples_reach_the_rules():
    """The fixed examples move the score away from the plain lexicon sum (the rules are exercised)."""
    rules = vader_rules._rules()
    changed = []
    for text in RULE_EXAMPLES:
        words = vader_rules.tokens(text)
        plain = [rules.lexicon.get(w.lower(), 0) for w in words]
        changed.append(vader_rules.valences(words) != plain)
    assert sum(changed) >= len(RULE_EXAMPLES) // 2


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("It is not very good, but NOT bad at least!!! ???")
@example("never so kind of the bomb :) 😀")
def test_scores_equal_nltk_on_generated_text(text):
    assert vader_rules.tokens(text) == sentitext_tokens(text)
    assert vader_rules.polarity_scores(text) == nltk_scores(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_the_sentiment_table_equals_nltk_on_generated_text(text):
    row = vader.score_tokens(text, vader_rules.tokens(text), topics=vader.topic_words(), typography=True,
                             names=True)
    expected = nltk_scores(text)
    assert {key: row[key] for key in expected} == expected


def test_scores_equal_nltk_on_the_nyt_editorial_sentences():
    if not NYT.is_file():
        pytest.skip(f"the VADER NYT editorial sentences are not at {NYT}")
    texts = [line.split("\t")[2] for line in NYT.read_text(encoding="utf-8").splitlines() if line.count("\t") >= 2]
    assert len(texts) > 5000
    differing = [text for text in texts if vader_rules.polarity_scores(text) != nltk_scores(text)]
    assert differing == []
    scored = sentiment.score(pd.DataFrame({"doc_id": "nyt", "sent_id": range(len(texts)), "text": texts}))
    expected = [nltk_scores(text) for text in texts]
    assert scored[["compound", "pos", "neu", "neg"]].to_dict("records") == [
        {key: e[key] for key in ("compound", "pos", "neu", "neg")} for e in expected]
