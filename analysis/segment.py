"""Segmentation: paragraphs and sentences with character offsets into the cleaned text.

Paragraphs are the non-blank lines of the cleaned text (news copy puts one paragraph per line, or separates
them by blank lines; both give the same paragraphs). Sentences come from nltk's Punkt (Kiss and Strunk 2006)
with the kit's shipped parameters, run per paragraph with ``span_tokenize`` so offsets are exact:
``text[start:end] == sentence`` for every row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from analysis import columns as C
from analysis.resources import sentence_tokenizer

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]\s*$")


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank line, without its surrounding white space.

    >>> list(paragraph_spans("One.\\n\\n  Two.  \\n"))
    [(0, 4), (8, 12)]
    """
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped)


def count_tokens(text: str) -> int:
    """Number of word tokens (letters or digits, with inner hyphens and apostrophes).

    >>> count_tokens("U.S. Gen. Keith Kellogg's plan, 30-day ceasefire.")
    8
    """
    return len(WORD.findall(text))


def is_heading(text: str) -> bool:
    """A short line without final punctuation: a subheading, not a sentence.

    >>> is_heading("Russian demands for guarantees"), is_heading("He said so.")
    (True, False)
    """
    return len(text.split()) <= 12 and not _TERMINAL.search(text)


def split_text(text: str) -> list[tuple[int, int, int]]:
    """Sentences of one cleaned text as (paragraph_id, start, end).

    >>> t = "U.S. Gen. Keith Kellogg said it. Peskov agreed.\\nNew paragraph."
    >>> [t[s:e] for _, s, e in split_text(t)]
    ['U.S. Gen. Keith Kellogg said it.', 'Peskov agreed.', 'New paragraph.']
    """
    tokenizer = sentence_tokenizer()
    spans = []
    for paragraph_id, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s_start, s_end in tokenizer.span_tokenize(text[p_start:p_end]):
            spans.append((paragraph_id, p_start + s_start, p_start + s_end))
    return spans


def split(documents: pd.DataFrame) -> pd.DataFrame:
    """Split every document's cleaned ``text`` into sentences.

    Args:
        documents: needs ``doc_id`` and ``text`` (the cleaned text).

    Returns:
        The ``sentences`` table: doc_id, sent_id, paragraph_id, start, end, text, plus n_tokens and
        is_heading. ``sent_id`` counts from 0 within each document.

    >>> docs = pd.DataFrame({"doc_id": ["a"], "text": ["Sen. Marco Rubio spoke. Peskov did not."]})
    >>> split(docs)[["sent_id", "start", "end"]].values.tolist()
    [[0, 0, 23], [1, 24, 39]]
    """
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        for sent_id, (paragraph_id, start, end) in enumerate(split_text(text)):
            sentence = text[start:end]
            rows.append(
                (doc_id, sent_id, paragraph_id, start, end, sentence, count_tokens(sentence),
                 is_heading(sentence))
            )
    return pd.DataFrame(rows, columns=[*C.SENTENCES, "n_tokens", "is_heading"]).astype(
        {"sent_id": "int64", "paragraph_id": "int64", "start": "int64", "end": "int64",
         "n_tokens": "int64", "is_heading": "bool"}
    )
