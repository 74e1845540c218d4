"""Reading documents: each source decoded (``corpus``) and cleaned (``clean``) into a row of ``documents``, its
removed spans and its warnings, with the language guessed when metadata does not give it.

Before a run, a sample of the corpus is read once for lines that repeat across documents of one outlet (a
newsletter box, a footer, a standing correction): a short line found in at least REPEATED_MIN_DOCS documents
and in REPEATED_MIN_SHARE of the outlet's sampled documents is page furniture in every document of that outlet;
a line that ends like a sentence needs SENTENCE_MIN_DOCS and SENTENCE_MIN_SHARE.
Documents without an outlet form one group. Lines that quote someone or read as long sentences never count
(``clean.line_key``), so paragraphs a wire story repeats across its updates stay. The sample is the first
SAMPLE_PER_OUTLET distinct documents of each outlet, SAMPLE_DOCUMENTS in all, so the pass costs the same on
any corpus size.
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import re
from collections.abc import Iterable

import pandas as pd

from analysis import clean as clean_stage
from analysis import columns as C
from analysis import corpus as corpus_stage
from analysis.config import Config
from analysis.dedup import content_hash, simhash

__all__ = ["guess_language", "read_and_clean", "repeated_lines", "with_repeated_lines"]


_EN_STOP = frozenset("the of and to in a is that for on with as was by said he it from at".split())


def guess_language(text: str) -> str:
    """'en' when English function words are common, else '' (unknown; set it in metadata.csv).

    >>> guess_language("The talks were held in Geneva and the sides said that it was useful.")
    'en'
    >>> guess_language("Переговоры продолжатся")
    ''
    """
    words = re.findall(r"[a-zA-Z]+", text[:5000].lower())
    all_words = re.findall(r"\w+", text[:5000])
    if all_words and sum(w in _EN_STOP for w in words) / len(all_words) >= 0.08:
        return "en"
    return ""


def _document_row(record: corpus_stage.Record, cleaned: clean_stage.Cleaned) -> tuple[dict, list[str]]:
    meta = record.meta
    warnings = list(record.warnings)
    date, problem = corpus_stage.normalise_date(meta.get("date", ""))
    if problem:
        warnings.append(problem)
    outlet = meta.get("outlet", "")
    row = {
        "doc_id": record.doc_id,
        "source_path": record.source_path,
        "title": meta.get("title") or cleaned.title,
        "outlet": outlet,
        "date": date,
        "url": meta.get("url", ""),
        "author": meta.get("author") or clean_stage.byline_author(record.raw, cleaned.removed),
        "language": meta.get("language") or guess_language(cleaned.text),
        "chars_removed": sum(e - s for s, e, _ in cleaned.removed),
        "outlet_label": outlet or f"(unknown) {record.doc_id}",
        "translated": corpus_stage.parse_bool(meta.get("translated")),
        "format": record.format,
        "encoding": record.encoding,
        "n_replacements": record.n_replacements,
        "raw_chars": len(record.raw),
        "sha256": corpus_stage.sha256_text(record.raw),
        "content_hash": content_hash(cleaned.text),
        "simhash": f"{simhash(cleaned.text):016x}",
        "near_duplicate_of": "",
        "text": cleaned.text,
    }
    return row, warnings


def read_and_clean(sources: list[corpus_stage.Source], config: Config
                   ) -> tuple[pd.DataFrame, pd.DataFrame, list[tuple], list[tuple]]:
    """Stages corpus and clean: ``documents`` and ``removed``, with the sources skipped and the warnings."""
    doc_rows, removed, skipped, warnings = [], [], [], []
    for source in sources:
        record = corpus_stage.read(source, max_bytes=config.max_bytes)
        if isinstance(record, corpus_stage.Skip):
            skipped.append((record.source_path, record.doc_id, record.reason))
            continue
        cleaned = clean_stage.strip(record.raw, title=record.meta.get("title", ""),
                                    repeated=(config.repeated_lines or {}).get(record.meta.get("outlet", ""),
                                                                               frozenset()))
        if not cleaned.text.strip():
            skipped.append((record.source_path, record.doc_id, "empty after cleaning (only page furniture)"))
            continue
        row, notes = _document_row(record, cleaned)
        doc_rows.append(row)
        warnings.extend((record.doc_id, "corpus", note) for note in notes)
        removed.extend(clean_stage.removed_rows(record.doc_id, record.raw, cleaned))
    documents = pd.DataFrame(doc_rows, columns=[*C.DOCUMENTS, *C.EXTRA["documents"], "content_hash", "simhash"])
    removed = clean_stage.removed_frame(removed) if doc_rows else pd.DataFrame(columns=list(C.REMOVED))
    return documents, removed, skipped, warnings


REPEATED_MIN_DOCS = 3
REPEATED_MIN_SHARE = 0.3
SENTENCE_MIN_DOCS = 5
SENTENCE_MIN_SHARE = 0.6
SAMPLE_PER_OUTLET = 60
SAMPLE_DOCUMENTS = 600


def repeated_lines(sources: Iterable[corpus_stage.Source], *, max_bytes: int = corpus_stage.MAX_BYTES
                   ) -> dict[str, frozenset[str]]:
    """Keys (``clean.line_key``) of the lines repeated across documents, per outlet, from a bounded sample."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    documents: collections.Counter = collections.Counter()
    seen: set[bytes] = set()
    sentences: dict[str, bool] = {}  # key -> the line ends like a sentence
    counted: set[str] = set()  # the keys of the document at hand
    for source in sources:
        if sum(documents.values()) >= SAMPLE_DOCUMENTS:
            break
        if documents[source.meta.get("outlet", "")] >= SAMPLE_PER_OUTLET:
            continue
        try:
            record = corpus_stage.read(source, max_bytes=max_bytes)
        except Exception:  # noqa: BLE001 - the run itself reports this document as skipped
            continue
        if isinstance(record, corpus_stage.Skip):
            continue
        digest = hashlib.sha256(record.raw.encode("utf-8", "surrogatepass")).digest()
        if digest in seen:  # exact duplicates say nothing about an outlet's pages
            continue
        seen.add(digest)
        outlet = record.meta.get("outlet", "")
        documents[outlet] += 1
        for line in record.raw.split("\n"):
            if key := clean_stage.line_key(line):
                sentences[key] = line.rstrip().endswith((".", "!", "?"))
                counts[outlet][key] += key not in counted
                counted.add(key)
        counted.clear()

    def repeated(key: str, n: int, outlet: str) -> bool:
        # "The ministry did not respond to a request for comment." repeats too: a sentence needs more evidence
        least, share = (SENTENCE_MIN_DOCS, SENTENCE_MIN_SHARE) if sentences[key] else (REPEATED_MIN_DOCS,
                                                                                      REPEATED_MIN_SHARE)
        return n >= max(least, share * documents[outlet])

    return {outlet: frozenset(key for key, n in found.items() if repeated(key, n, outlet))
            for outlet, found in counts.items()}


def with_repeated_lines(config: Config, sources: Iterable[corpus_stage.Source]) -> Config:
    """``config`` with the repeated lines of the corpus of ``sources``, unless it has them already."""
    if config.repeated_lines is not None:
        return config
    return dataclasses.replace(config, repeated_lines=repeated_lines(sources, max_bytes=config.max_bytes))
