"""Duplicates: exact duplicates are dropped (the lowest doc_id kept), near duplicates flagged.

The exact-duplicate key is the sha256 of the cleaned text lower-cased with white space collapsed; near
duplicates are documents whose 64-bit simhash over word trigrams (Charikar 2002, as trafilatura's
``content_fingerprint``) is within 3 bits of an earlier one's, found through four 16-bit bands.

Two ways to the same decisions. ``Deduplicator`` goes through the documents in order and keeps what it has
seen in an SQLite file on disk (memory does not grow with the corpus). ``band_decisions`` decides for one
partition of the band groups at once: documents with the same content hash have the same simhash, so they
meet in every band group of theirs, and a document's exact duplicate and its first near duplicate in a band
are both found among the members of that band's group. Partitions by band value can then be decided apart
(on a cluster's workers) and their answers joined per document (``near_of``).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile

import numpy as np
import pandas as pd

from analysis import columns as C

__all__ = ["content_hash", "simhash", "Deduplicator", "apply", "band_rows", "band_decisions", "near_of"]
_SIMHASH_BLOCK = 4096


def content_hash(text: str) -> str:
    """sha256 of the text lower-cased with white space collapsed: the exact-duplicate key."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit simhash over word trigrams (bit counts vectorised with numpy, in blocks to bound memory).

    >>> simhash("Peskov said the talks went well today") == simhash("Peskov said the talks went well today")
    True
    >>> f"{simhash('Peskov said'):016x}"
    '83a9d112ed82564c'
    """
    words = re.findall(r"\w+", text.lower())
    grams = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    ones = np.zeros(64, dtype=np.int64)
    shifts = np.arange(64, dtype=np.uint64)
    for i in range(0, len(grams), _SIMHASH_BLOCK):
        digests = b"".join(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
                           for gram in grams[i:i + _SIMHASH_BLOCK])
        values = np.frombuffer(digests, dtype=">u8").astype(np.uint64)
        ones += ((values[:, None] >> shifts) & np.uint64(1)).sum(axis=0, dtype=np.int64)
    # A bit is set where more grams have it than not (the sum of +1/-1 votes is positive).
    return sum(1 << bit for bit in range(64) if 2 * int(ones[bit]) > len(grams))


BANDS = 4


def _bands(value: int) -> list[int]:
    return [value >> (16 * band) & 0xFFFF for band in range(BANDS)]


def _signed(value: int) -> int:
    """A 64-bit unsigned value as SQLite's signed INTEGER (and back: ``& 0xFFFFFFFFFFFFFFFF``)."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _close(value: int, other: int) -> bool:
    return bin(value ^ other).count("1") <= 3


def apply(tables: dict[str, pd.DataFrame], exact: list[str], near: list[str]) -> dict[str, pd.DataFrame]:
    """A chunk's tables after deduplication. ``exact`` and ``near`` have one entry per row of ``documents``:
    the doc_id it is an exact duplicate of, or of an earlier near duplicate ('' for none). Exact duplicates'
    rows are removed from every table with a doc_id and listed in ``skipped``; near duplicates are flagged in
    ``documents.near_duplicate_of`` and as warnings; the working columns ``content_hash`` and ``simhash`` go."""
    documents = tables["documents"].assign(near_duplicate_of=near)
    skipped = [(path, doc_id, f"exact duplicate of {kept}")
               for doc_id, path, kept in zip(documents["doc_id"], documents["source_path"], exact, strict=True)
               if kept]
    dropped = {doc_id for doc_id, kept in zip(documents["doc_id"], exact, strict=True) if kept}
    out = {}
    for name, frame in tables.items():
        frame = documents if name == "documents" else frame
        if dropped and "doc_id" in frame.columns and name not in ("skipped", "warnings"):
            frame = frame[~frame["doc_id"].isin(dropped)].reset_index(drop=True)
        out[name] = frame
    out["skipped"] = pd.concat([tables["skipped"], pd.DataFrame(skipped, columns=list(C.SKIPPED))],
                               ignore_index=True)
    out["warnings"] = pd.concat([tables["warnings"], pd.DataFrame(
        [(d, "corpus", f"near duplicate of {n}") for d, n in zip(documents["doc_id"], near, strict=True)
         if n], columns=list(C.WARNINGS))], ignore_index=True)
    out["documents"] = out["documents"].drop(columns=["content_hash", "simhash"])
    return out


class Deduplicator:
    """Drops exact duplicates (keeping the first, i.e. lowest doc_id) and flags near duplicates.

    What it has seen (content hashes, simhash bands) lives in an SQLite file in a temporary folder (``folder``,
    default the system's), so a million documents take the memory of one chunk; each chunk costs a few queries.
    """

    def __init__(self, *, folder: str | None = None):
        self._folder = tempfile.TemporaryDirectory(prefix="newsframe-dedup-", dir=folder)
        self._db = sqlite3.connect(os.path.join(self._folder.name, "seen.sqlite"))
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                               "CREATE TABLE exact (key TEXT PRIMARY KEY, doc_id TEXT) WITHOUT ROWID;"
                               "CREATE TABLE bands (band_key INTEGER, seq INTEGER, value INTEGER, doc_id TEXT,"
                               " PRIMARY KEY (band_key, seq)) WITHOUT ROWID;")
        self._seq = 0

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()

    def _seen(self, keys: list[str]) -> dict[str, str]:
        found = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            found.update(self._db.execute(f"SELECT key, doc_id FROM exact WHERE key IN ({','.join('?' * len(part))})",
                                          part))
        return found

    def _banded(self, band_keys: set[int]) -> dict[int, list[tuple[int, str]]]:
        found: dict[int, list[tuple[int, str]]] = {}
        keys = sorted(band_keys)
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            for band_key, value, doc_id in self._db.execute(
                    f"SELECT band_key, value, doc_id FROM bands WHERE band_key IN ({','.join('?' * len(part))}) "
                    "ORDER BY band_key, seq", part):
                found.setdefault(band_key, []).append((value & 0xFFFFFFFFFFFFFFFF, doc_id))
        return found

    def __call__(self, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        documents = tables["documents"]
        values = [int(sim, 16) for sim in documents["simhash"]]
        exact = self._seen(list(dict.fromkeys(documents["content_hash"])))
        bands = self._banded({band << 16 | part for value in values for band, part in enumerate(_bands(value))})
        kept, near, new_keys, new_bands = [], [], [], []
        for doc_id, key, value in zip(documents["doc_id"], documents["content_hash"], values, strict=True):
            kept.append(exact.get(key, ""))
            if key in exact:
                near.append("")
                continue
            exact[key] = doc_id
            new_keys.append((key, doc_id))
            keys = [band << 16 | part for band, part in enumerate(_bands(value))]
            near.append(next((other_id for band_key in keys for other, other_id in bands.get(band_key, ())
                              if _close(value, other)), ""))
            for band_key in keys:
                bands.setdefault(band_key, []).append((value, doc_id))
                new_bands.append((band_key, self._seq, _signed(value), doc_id))
            self._seq += 1
        self._db.executemany("INSERT INTO exact VALUES (?, ?)", new_keys)
        self._db.executemany("INSERT INTO bands VALUES (?, ?, ?, ?)", new_bands)
        return apply(tables, kept, near)


# ---------------------------------------------------------------------------------------------- partitioned

def band_rows(documents: pd.DataFrame, *, chunk: int, partitions: int) -> pd.DataFrame:
    """The rows a chunk's documents give the band partitions: one per document and band, with the document's
    place in the run (``chunk``, ``row``), doc_id, content hash, simhash (as a signed 64-bit integer), band,
    band value and ``partition`` (of ``partitions``)."""
    rows = []
    for row, (doc_id, key, sim) in enumerate(zip(documents["doc_id"], documents["content_hash"],
                                                 documents["simhash"], strict=True)):
        value = int(sim, 16)
        for band, part in enumerate(_bands(value)):
            rows.append((chunk, row, doc_id, key, _signed(value), band, part, (band << 16 | part) % partitions))
    return pd.DataFrame(rows, columns=["chunk", "row", "doc_id", "content_hash", "simhash", "band", "value",
                                       "partition"]).astype({"chunk": "int64", "row": "int64", "simhash": "int64",
                                                            "band": "int64", "value": "int64",
                                                            "partition": "int64"})


def band_decisions(rows: pd.DataFrame) -> pd.DataFrame:
    """Decisions for the band groups in ``rows`` (``band_rows`` of every chunk, for some partitions): per
    document and band, the doc_id it is an exact duplicate of (``exact_of``) or the first earlier kept
    document within 3 bits (``near_of``). Only rows with a decision are returned (most documents have none),
    sorted by (chunk, row, band)."""
    out = []
    rows = rows.sort_values(["band", "value", "chunk", "row"], kind="stable")
    shared = rows.duplicated(["band", "value"], keep=False)
    for (band, _value), group in rows[shared].groupby(["band", "value"], sort=False):
        first_of: dict[str, str] = {}
        kept: list[tuple[int, str]] = []
        for chunk, row, doc_id, key, sim in zip(group["chunk"], group["row"], group["doc_id"],
                                                group["content_hash"], group["simhash"], strict=True):
            if key in first_of:
                out.append((chunk, row, band, first_of[key], ""))
                continue
            first_of[key] = doc_id
            value = int(sim) & 0xFFFFFFFFFFFFFFFF
            near = next((other_id for other, other_id in kept if _close(value, other)), "")
            if near:
                out.append((chunk, row, band, "", near))
            kept.append((value, doc_id))
    decisions = pd.DataFrame(out, columns=["chunk", "row", "band", "exact_of", "near_of"])
    decisions = decisions.astype({"chunk": "int64", "row": "int64", "band": "int64"})
    return decisions.sort_values(["chunk", "row", "band"], kind="stable").reset_index(drop=True)


def near_of(n_documents: int, decisions: pd.DataFrame) -> tuple[list[str], list[str]]:
    """``apply``'s ``exact`` and ``near`` for a chunk of ``n_documents`` documents, from the ``band_decisions``
    of its rows (columns ``row``, ``band``, ``exact_of``, ``near_of``): a document's near duplicate is that of
    its lowest band with one, as ``Deduplicator`` looks through the bands in order."""
    exact: dict[int, str] = {}
    near: dict[int, tuple[int, str]] = {}
    for row, band, exact_of, near_id in zip(decisions["row"], decisions["band"], decisions["exact_of"],
                                             decisions["near_of"], strict=True):
        if exact_of:
            exact[row] = exact_of
        elif near_id and (row not in near or band < near[row][0]):
            near[row] = (band, near_id)
    return ([exact.get(row, "") for row in range(n_documents)],
            ["" if row in exact else near.get(row, (0, ""))[1] for row in range(n_documents)])
