"""analysis.quick and pipeline.analyse_texts: one pasted text gives the same tables as the same text in a corpus."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import write_corpus

import analysis
from analysis import pipeline, snippet

TEXTS = {
    "wire": ("MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that talks with Washington were "
             "useful. “We hope this work will yield results,” Peskov told reporters. He declined to give a date."),
    "oped": ("Nobody should pretend that the ceasefire is a victory. The truce, as one diplomat put it, is "
             "“a pause, not peace.” Europe must decide what it is willing to pay for security."),
    "energy": ("The Ministry of Energy of Ukraine reported that gas transit was halted. According to the ministry, "
               "repairs will take several weeks. Prices rose sharply in Central Europe."),
}


@pytest.mark.parametrize("doc_id", sorted(TEXTS))
def test_in_memory_tables_equal_the_corpus_run(tmp_path, doc_id):
    folder = write_corpus(tmp_path / "corpus", {f"{doc_id}.txt": TEXTS[doc_id]})
    from_folder = pipeline.compute(folder)
    in_memory = pipeline.analyse_texts({doc_id: TEXTS[doc_id]})
    for name in ("sentences", "sentiment", "mentions", "quotes", "frames", "lexical"):
        pd.testing.assert_frame_equal(in_memory[name].reset_index(drop=True),
                                      from_folder[name].reset_index(drop=True), check_dtype=False)
    assert in_memory["documents"]["text"].tolist() == from_folder["documents"]["text"].tolist()


def test_quick_spans_index_the_text():
    result = analysis.quick(TEXTS["wire"])
    text = result.documents["text"].iloc[0]
    for frame in (result.sentences, result.quotes):
        for start, end, surface in frame[["start", "end", "text"]].itertuples(index=False):
            assert text[start:end] == surface
    for start, end, surface in result.mentions[["start", "end", "surface"]].itertuples(index=False):
        assert text[start:end] == surface
    assert "Dmitry Peskov" in set(result.quotes["speaker"])


def test_quick_tables_are_attributes_and_keys():
    result = analysis.quick(TEXTS["oped"])
    assert list(result)[:7] == list(snippet.MAIN_TABLES)
    assert result.frames is result["frames"]
    assert "sentences (3)" in repr(result)
    with pytest.raises(AttributeError, match="no table"):
        result.nonsense  # noqa: B018


def test_quick_with_targets_computes_stance(seeds):
    result = analysis.quick("Hegseth said NATO membership for Ukraine was unrealistic.",
                            actors=str(seeds / "actors.csv"), targets=str(seeds / "targets.csv"))
    row = result.stance.set_index("target").loc["ukraine_nato_membership"]
    assert row["speaker"] == "Pete Hegseth" and row["stance"] == "against"


def test_quick_without_targets_says_why_stance_is_empty():
    result = analysis.quick(TEXTS["wire"])
    assert result.stance.empty
    assert result.warnings["stage"].eq("stance").any()


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_quick_refuses_a_text_without_content(text):
    with pytest.raises(ValueError, match="nothing to analyse"):
        analysis.quick(text)
