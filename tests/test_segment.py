"""Segmentation: Punkt with the kit's parameters, exact offsets, stable ids."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Gen. Keith Kellogg said it was off the table. Peskov agreed.",
         ["U.S. Gen. Keith Kellogg said it was off the table.", "Peskov agreed."]),
        ("Sen. Marco Rubio spoke on Jan. 5 in Washington. He was brief.",
         ["Sen. Marco Rubio spoke on Jan. 5 in Washington.", "He was brief."]),
        ("The deal was struck with the U.S. The Kremlin said it was pleased.",
         ["The deal was struck with the U.S.", "The Kremlin said it was pleased."]),
        ("“We will not give up,” he said. “Never.”", ["“We will not give up,” he said.", "“Never.”"]),
        ("Envoy Lt. Gen. (Ret.) Keith Kellogg and Col. (retd.) Ivan Orlov spoke. They met.",
         ["Envoy Lt. Gen. (Ret.) Keith Kellogg and Col. (retd.) Ivan Orlov spoke.", "They met."]),
        ("Resolution No. 2231 was cited by Dr. Ivanova at 9 a.m. on Monday. Talks resumed.",
         ["Resolution No. 2231 was cited by Dr. Ivanova at 9 a.m. on Monday.", "Talks resumed."]),
    ],
)
def test_sentences_respect_news_abbreviations(text, expected):
    assert [text[s:e] for _, s, e in segment.split_text(text)] == expected


def test_offsets_slice_the_cleaned_text_exactly(seed_tables):
    texts = seed_tables["documents"].set_index("doc_id")["text"]
    sentences = seed_tables["sentences"]
    assert len(sentences) > 50
    for row in sentences.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_sentence_and_paragraph_ids_are_ordered_and_stable(seed_tables):
    for _, group in seed_tables["sentences"].groupby("doc_id"):
        assert group["sent_id"].tolist() == list(range(len(group)))
        assert group["paragraph_id"].is_monotonic_increasing
        assert group["start"].is_monotonic_increasing
    again = segment.split(seed_tables["documents"])
    pd.testing.assert_frame_equal(again, seed_tables["sentences"][again.columns])


def test_paragraphs_follow_lines_and_blank_lines():
    one_per_line = "First paragraph here.\nSecond paragraph here."
    blank_separated = "First paragraph here.\n\n\nSecond paragraph here.\n"
    for text in (one_per_line, blank_separated):
        assert [p for p, _, _ in segment.split_text(text)] == [0, 1]


def test_subheadings_are_flagged_not_dropped():
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["Russian demands for guarantees\nGrushko spoke to Izvestia."]})
    sentences = segment.split(docs)
    assert sentences["is_heading"].tolist() == [True, False]


def test_seed_sentence_with_us_general_stays_whole(seed_tables):
    texts = seed_tables["sentences"]["text"]
    assert texts.str.startswith("On Sunday, retired U.S. General Keith Kellogg").sum() == 1
    assert not texts.isin(["U.S.", "Gen."]).any()


@pytest.mark.parametrize(("text", "expected"), [
    ("“No,” said Rep. G.K. Hollis. He left.", ["“No,” said Rep. G.K. Hollis.", "He left."]),
    ("Senator Ann Lee (D-N.C.) spoke. He left.", ["Senator Ann Lee (D-N.C.) spoke.", "He left."]),
])
def test_initials_and_parentheses_do_not_end_a_sentence(text, expected):
    assert [text[s:e] for _, s, e in segment.split_text(text)] == expected
