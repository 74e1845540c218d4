"""Reading documents: each source decoded (``corpus``) and cleaned (``clean``) into a row of ``documents``, its
removed spans and its warnings, with the language guessed when metadata does not give it.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import clean as clean_stage
from analysis import columns as C
from analysis import corpus as corpus_stage
from analysis.config import Config
from analysis.dedup import content_hash, simhash

__all__ = ["guess_language", "read_and_clean"]


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
        cleaned = clean_stage.strip(record.raw, title=record.meta.get("title", ""))
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
