"""Duplicates are decided the same way streaming through the documents (``Deduplicator``, on disk) and by
partitions of the simhash bands (``band_decisions``, as the Dask engine's workers do)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis import columns as C
from analysis import dedup


def chunks(seed: int) -> list[dict[str, pd.DataFrame]]:
    """400 documents in chunks of 37: a few originals, exact copies of them, and copies a few bits away."""
    rng = random.Random(seed)
    originals = [rng.getrandbits(64) for _ in range(30)]
    rows, simhash_of = [], {}
    for i in range(400):
        base = rng.randrange(len(originals))
        value, key = originals[base], f"k{base}"
        if rng.random() > 0.3:
            for _ in range(rng.randrange(6)):
                value ^= 1 << rng.randrange(64)
            key = f"k{base}-{value}"
        rows.append((f"d{i:04d}", f"d{i:04d}.txt", key, f"{simhash_of.setdefault(key, value):016x}"))
    out = []
    for i in range(0, len(rows), 37):
        documents = pd.DataFrame(rows[i:i + 37], columns=["doc_id", "source_path", "content_hash", "simhash"])
        out.append({"documents": documents.assign(near_duplicate_of=""),
                    "sentences": pd.DataFrame({"doc_id": documents["doc_id"], "sent_id": 0}),
                    "skipped": pd.DataFrame(columns=list(C.SKIPPED)),
                    "warnings": pd.DataFrame(columns=list(C.WARNINGS))})
    return out


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("n_partitions", [1, 3, 7])
def test_partitioned_decisions_match_the_streaming_ones(seed, n_partitions):
    deduplicator = dedup.Deduplicator()
    try:
        expected = [deduplicator(tables) for tables in chunks(seed)]
    finally:
        deduplicator.close()
    rows = pd.concat([dedup.band_rows(tables["documents"], chunk=k, partitions=n_partitions)
                      for k, tables in enumerate(chunks(seed))], ignore_index=True)
    decisions = pd.concat([dedup.band_decisions(rows[rows["partition"] == p]) for p in range(n_partitions)],
                          ignore_index=True)
    assert sum(len(tables["skipped"]) for tables in expected) > 50  # the corpus has both kinds of duplicates
    assert sum(len(tables["warnings"]) for tables in expected) > 50
    for k, tables in enumerate(chunks(seed)):
        exact, near = dedup.near_of(len(tables["documents"]), decisions[decisions["chunk"] == k])
        for name, frame in dedup.apply(tables, exact, near).items():
            pd.testing.assert_frame_equal(frame, expected[k][name], obj=name)


def test_the_first_of_exact_duplicates_is_kept_and_near_ones_flagged():
    deduplicator = dedup.Deduplicator()
    words = "talks said week Geneva Kyiv Moscow officials ministers deal ceasefire grain ports".split()
    rng = random.Random(1)
    text = " ".join(rng.choice(words) for _ in range(120))  # long enough for one more word to move few bits
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "source_path": ["a", "b", "c"],
                              "content_hash": [dedup.content_hash(t) for t in (text, text.upper(), text + " today")],
                              "simhash": [f"{dedup.simhash(t):016x}" for t in (text, text.upper(), text + " today")]})
    tables = deduplicator({"documents": documents, "skipped": pd.DataFrame(columns=list(C.SKIPPED)),
                           "warnings": pd.DataFrame(columns=list(C.WARNINGS))})
    deduplicator.close()
    assert tables["documents"]["doc_id"].tolist() == ["a", "c"]
    assert tables["skipped"]["reason"].tolist() == ["exact duplicate of a"]
    assert tables["documents"]["near_duplicate_of"].tolist() == ["", "a"]
