"""Duplicates: exact duplicates are dropped (the lowest doc_id kept), near duplicates flagged.

The exact-duplicate key is the sha256 of the cleaned text lower-cased with white space collapsed; near
duplicates are documents whose 64-bit simhash over word trigrams (Charikar 2002, as trafilatura's
``content_fingerprint``) is within 3 bits of an earlier one's, found through four 16-bit bands.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from analysis import columns as C

__all__ = ["content_hash", "simhash", "Deduplicator"]
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


class Deduplicator:
    """Drops exact duplicates (keeping the first, i.e. lowest doc_id) and flags near duplicates."""

    def __init__(self):
        self.exact: dict[str, str] = {}
        self.bands: dict[tuple[int, int], list[tuple[int, str]]] = {}

    def near(self, value: int) -> str:
        for band in range(4):
            for other, doc_id in self.bands.get((band, value >> (16 * band) & 0xFFFF), []):
                if bin(value ^ other).count("1") <= 3:
                    return doc_id
        return ""

    def __call__(self, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        documents = tables["documents"]
        dropped, skipped = set(), []
        near_of = []
        for doc_id, path, key, sim in zip(documents["doc_id"], documents["source_path"],
                                           documents["content_hash"], documents["simhash"], strict=True):
            if key in self.exact:
                dropped.add(doc_id)
                skipped.append((path, doc_id, f"exact duplicate of {self.exact[key]}"))
                near_of.append("")
                continue
            self.exact[key] = doc_id
            value = int(sim, 16)
            near_of.append(self.near(value))
            for band in range(4):
                self.bands.setdefault((band, value >> (16 * band) & 0xFFFF), []).append((value, doc_id))
        documents = documents.assign(near_duplicate_of=near_of)
        out = {}
        for name, frame in tables.items():
            frame = documents if name == "documents" else frame
            if dropped and "doc_id" in frame.columns and name not in ("skipped", "warnings"):
                frame = frame[~frame["doc_id"].isin(dropped)].reset_index(drop=True)
            out[name] = frame
        out["skipped"] = pd.concat([tables["skipped"], pd.DataFrame(skipped, columns=list(C.SKIPPED))],
                                   ignore_index=True)
        out["warnings"] = pd.concat([tables["warnings"], pd.DataFrame(
            [(d, "corpus", f"near duplicate of {n}") for d, n in zip(documents["doc_id"], near_of, strict=True)
             if n], columns=list(C.WARNINGS))], ignore_index=True)
        out["documents"] = out["documents"].drop(columns=["content_hash", "simhash"])
        return out
