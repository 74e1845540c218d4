"""One bad document never costs the run: a stage that fails on one document makes it a row of ``skipped``, and
every other document's rows are exactly what they would be without it."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT, write_corpus

from analysis import actors, clean, corpus, framing, pipeline, quotes, segment, vader
from analysis.config import Config
from analysis.corpus import CorpusError

TEXTS = {
    "a": "Kremlin spokesman Dmitry Peskov said the talks in Riyadh were useful. “We are ready,” he told reporters.",
    "b": "The Foreign Ministry said on Monday that sanctions would not change its course.\n"
         "Gen. Keith Kellogg, the U.S. envoy, said a ceasefire was “within reach”.",
    "c": "Prices rose again in March. Mr. Lee said the central bank would act, according to Reuters.",
}
POISON = "The poisoned inquiry opened in June."


def _sources(texts: dict[str, str]) -> list[corpus.Source]:
    return [corpus.Source(doc_id, f"<text>#{doc_id}", text, "table", {}) for doc_id, text in sorted(texts.items())]


def _poison(monkeypatch, module, name: str, exc: BaseException) -> None:
    """Make ``module.name`` raise ``exc`` on any text holding the poisoned sentence (called from its stage)."""
    real = getattr(module, name)

    def poisoned(text, *args, **kwargs):
        if "poisoned" in str(text):
            raise exc
        return real(text, *args, **kwargs)

    monkeypatch.setattr(module, name, poisoned)


def _csv(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    return {name: frame.to_csv(index=False) for name, frame in tables.items()}


# Each stage, by a function its module calls on text, so that the failure is raised inside that stage.
STAGES = [
    ("corpus", corpus, "decode", "corpus stage failed: ValueError: bad bytes"),
    ("clean", clean, "_lines", "clean stage failed: ValueError: bad bytes"),
    ("segment", segment, "split_text", "segment stage failed: ValueError: bad bytes"),
    ("actors", actors, "of_text", "actors stage failed: ValueError: bad bytes"),
    ("quotes", quotes, "extract_text", "quotes stage failed: ValueError: bad bytes"),
    ("sentiment", vader, "score_tokens", "sentiment stage failed: ValueError: bad bytes"),
    ("framing", framing, "find_terms", "framing stage failed: ValueError: bad bytes"),
]


@pytest.mark.parametrize(("stage", "module", "name", "reason"), STAGES, ids=[s[0] for s in STAGES])
def test_a_document_a_stage_fails_on_is_skipped_and_the_others_are_unchanged(monkeypatch, stage, module, name,
                                                                            reason):
    config = pipeline.Config()
    without = pipeline.process_chunk(_sources(TEXTS), config)
    _poison(monkeypatch, module, name, ValueError("bad\nbytes"))
    with_bad = pipeline.process_chunk(_sources({**TEXTS, "bad": f"{TEXTS['a']} {POISON}"}), config)
    assert with_bad["skipped"].values.tolist() == [["<text>#bad", "bad", reason]]
    assert set(with_bad) == set(without)
    with_bad["skipped"] = with_bad["skipped"].iloc[:0]
    assert _csv(with_bad) == _csv(without)  # byte for byte, in every table


def test_processed_plus_skipped_equals_the_inputs_in_a_run(monkeypatch, tmp_path):
    files = {f"{doc_id}.txt": text for doc_id, text in TEXTS.items()}
    folder = write_corpus(tmp_path / "c", {**files, "bad.txt": POISON, "empty.txt": b""})
    _poison(monkeypatch, actors, "of_text", KeyError("surname"))
    pipeline.run(folder, tmp_path / "out", workers=1)
    documents = pd.read_csv(tmp_path / "out" / "documents.csv")
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("doc_id")["reason"].to_dict()
    assert sorted(documents["doc_id"]) == ["a", "b", "c"]
    assert skipped == {"bad": "actors stage failed: KeyError: 'surname'", "empty": "empty file"}
    for name in ("sentences", "mentions", "quotes", "sentiment", "removed"):
        assert "bad" not in set(pd.read_csv(tmp_path / "out" / f"{name}.csv")["doc_id"])


def test_the_inquiry_that_crossed_a_sentence_bound_runs_through():
    text = "The inquiry opened in June. The Justice Department said it would review the case."
    tables = pipeline.analyse_texts({"a": text, "b": TEXTS["a"]})
    assert tables["skipped"].empty and tables["documents"]["doc_id"].tolist() == ["a", "b"]


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), SystemExit(1), MemoryError(),
                                 CorpusError("actors file broken")], ids=lambda e: e.__class__.__name__)
def test_interrupts_memory_errors_and_run_errors_still_propagate(monkeypatch, exc):
    _poison(monkeypatch, segment, "split_text", exc)
    with pytest.raises(type(exc)):
        pipeline.process_chunk(_sources({**TEXTS, "bad": POISON}), pipeline.Config())


def test_a_failure_with_no_document_at_all_is_the_runs(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("frame cue table unreadable")

    monkeypatch.setattr(framing, "detect", broken)
    with pytest.raises(ValueError, match="frame cue table"):
        pipeline.process_chunk(_sources(TEXTS), pipeline.Config())


def test_documents_that_fail_only_together_keep_their_own_tables(monkeypatch):
    real = framing.detect

    def detect(sentences, **kwargs):
        if sentences["doc_id"].nunique() > 1:
            raise RuntimeError("two documents at once")
        return real(sentences, **kwargs)

    monkeypatch.setattr(framing, "detect", detect)
    tables = pipeline.process_chunk(_sources(TEXTS), pipeline.Config())
    assert tables["documents"]["doc_id"].tolist() == ["a", "b", "c"] and tables["skipped"].empty
    notes = [m for m in tables["warnings"]["message"] if m.startswith("documents analysed one at a time")]
    assert len(notes) == 1 and notes[0].endswith("RuntimeError: two documents at once")


def test_the_guarded_chunk_still_pickles_for_worker_processes():
    import pickle

    assert pickle.loads(pickle.dumps(pipeline.process_chunk)) is pipeline.process_chunk


def test_the_warm_up_article_goes_through_every_stage():
    """The article the parent runs before forking its workers: if a stage skipped it, that stage's patterns would
    be compiled once in every worker again."""
    source = corpus.Source("warm-up", "warm-up.txt", pipeline._WARM_UP, "text")
    tables = pipeline.process_chunk([source], Config(targets=str(ROOT / "seeds" / "targets.csv")))
    assert tables["skipped"].empty and tables["documents"]["doc_id"].tolist() == ["warm-up"]
    assert set(tables["quotes"]["kind"]) >= {"direct", "partial", "indirect"}
    assert "Tomas Okafor" in set(tables["mentions"]["actor"]) and len(tables["removed"]) >= 1
