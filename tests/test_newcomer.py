"""End to end on a corpus nobody tuned on: four articles of other outlets, conventions and topics (wire copy
with a byline and credits, translated state media with a "read also" link, an op-ed with a comment counter, a
translated HTML page), with no actors file and no targets file beside them."""

from __future__ import annotations

import pytest
from conftest import ROOT

from analysis import pipeline

CORPUS = ROOT / "tests" / "data" / "newcomer"
TARGETS = ROOT / "tests" / "data" / "newcomer_targets.csv"


@pytest.fixture(scope="module")
def tables():
    return pipeline.compute(CORPUS, config=pipeline.Config(targets=str(TARGETS)))


def test_every_document_is_read_and_its_furniture_cut(tables):
    documents = tables["documents"].set_index("doc_id")
    assert sorted(documents.index) == ["oped_climate", "state_media_talks", "translated_energy", "wire_tariffs"]
    assert documents.loc["translated_energy", "format"] == "html"
    assert documents.loc["wire_tariffs", "title"] == "EU Threatens Retaliation Over New Steel Tariffs"
    text = " ".join(tables["sentences"]["text"])
    for furniture in ("Share this article", "Read also", "To the top", "Comments (12)", "Editing by", "Home"):
        assert furniture not in text
    assert set(tables["removed"]["reason"]) >= {"title", "byline", "share_buttons", "related_links", "navigation",
                                                  "comments_widget"}


@pytest.mark.parametrize(
    ("fragment", "kind", "speaker"),
    [
        ("We regret this decision", "direct", "Anna Keller"),
        ("This is not about punishing our friends", "direct", "Daniel Brooks"),
        ("It is about fair trade", "direct", "Daniel Brooks"),
        ("We hear a lot of words", "direct", "Sergei Lavrenov"),
        ("We cannot risk empty storage next winter", "direct", "Lotte Vermeer"),
        ("the deployment of foreign troops", "indirect", "Sergei Lavrenov"),
        ("a mistake", "partial", "Markus Hoffmann"),
        ("strict targets would hurt growth", "indirect", "Paul Reinholt"),
    ],
)
def test_speakers_missing_from_any_actors_file_are_found(tables, fragment, kind, speaker):
    quotes = tables["quotes"]
    hits = quotes[quotes["text"].str.contains(fragment, regex=False) & (quotes["kind"] == kind)]
    assert hits["speaker"].tolist() == [speaker]
    mentions = tables["mentions"]
    assert not mentions.loc[mentions["actor"] == speaker, "known"].astype(bool).any()


def test_relayed_statement_names_the_relaying_outlet(tables):
    quotes = tables["quotes"]
    lavrenov = quotes[quotes["speaker"] == "Sergei Lavrenov"]
    assert (lavrenov["via"] == "Vedomosti").all()


def test_quote_offsets_slice_the_cleaned_text(tables):
    texts = tables["documents"].set_index("doc_id")["text"]
    for row in tables["quotes"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


@pytest.mark.parametrize(
    ("speaker", "target", "stance"),
    [
        ("Sergei Lavrenov", "foreign_troops", "against"),
        ("Tomasz Wrona", "gas_price_cap", "against"),
        ("Anna Keller", "us_tariffs", "against"),
        ("Markus Hoffmann", "us_tariffs", "against"),
    ],
)
def test_stance_on_targets_of_a_users_own_file(tables, speaker, target, stance):
    rows = tables["stance"][(tables["stance"]["speaker"] == speaker) & (tables["stance"]["target"] == target)]
    assert rows["stance"].tolist() == [stance]
    assert rows["evidence"].iloc[0]


def test_every_sentence_has_sentiment_and_frames_fire(tables):
    assert len(tables["sentiment"]) == len(tables["sentences"])
    frames = tables["frames"]
    economic = frames[frames["frame"].str.contains("econom")]
    assert set(economic["doc_id"]) >= {"wire_tariffs", "translated_energy"}


def test_without_a_targets_file_stance_is_skipped_with_a_warning():
    tables = pipeline.compute(CORPUS)
    assert tables["stance"].empty
    assert tables["warnings"]["stage"].eq("stance").any()


def test_a_role_never_reaches_into_the_previous_sentence(tables):
    quotes = tables["quotes"]
    roles = quotes.loc[quotes["speaker"] == "Ines Duarte", "speaker_role"]
    assert set(roles) == {"Its chief negotiator"}
