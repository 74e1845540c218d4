"""Segmentation: paragraphs and sentences with character offsets into the cleaned text.

Paragraphs are the non-blank lines of the cleaned text (news copy puts one paragraph per line, or separates
them by blank lines; both give the same paragraphs). Sentences come from nltk's Punkt (Kiss and Strunk 2006)
with the kit's shipped parameters, run per paragraph with ``span_tokenize`` so offsets are exact:
``text[start:end] == sentence`` for every row. Clauses end at the marks of ``analysis/data/clause_breaks.csv``
(``clause_breaks``). ``SentenceIndex`` finds the sentence of any span by binary
search; the pipeline builds it once per chunk and passes it to every stage that places spans in sentences.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pandas as pd

from analysis import columns as C
from analysis.resources import read_table, sentence_tokenizer

__all__ = ["WORD", "paragraph_spans", "count_tokens", "is_heading", "split_text", "split", "SentenceIndex",
           "clause_breaks"]

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
            start, end = p_start + s_start, p_start + s_end
            if spans and spans[-1][0] == paragraph_id and (_false_break(text[spans[-1][1]:spans[-1][2]])
                                                           or text[start:start + 1].islower()):
                start = spans.pop()[1]
            elif spans and spans[-1][0] == paragraph_id and _closes_before(text, spans[-1][1], start):
                spans[-1] = (paragraph_id, spans[-1][1], start + 1)  # '... a coincidence?"Unable to ...': the mark
                start += 1  # closes the quotation before, glued to the next sentence where paragraphs ran together
            spans.append((paragraph_id, start, end))
    return spans


def _closes_before(text: str, prev_start: int, start: int) -> bool:
    """Whether the straight mark that starts a sentence closes the quotation the sentence before left open.

    >>> t = 'He asked, "Is it all a coincidence?"Unable to answer, she left.'
    >>> _closes_before(t, 0, 35), _closes_before('"Yes." "No."', 0, 7)
    (True, False)
    """
    return text[start:start + 1] == '"' and text[start + 1:start + 2].isalpha() and \
        text[start - 1:start] in (".", "?", "!") and text.count('"', prev_start, start) % 2 == 1


# Initials after a capitalised word ("Rep. G.K.", "Lisa O.", "George W."), not after a lower-case one ("the U.S.").
_INITIALS_AFTER_NAME = re.compile(r"(?:^|\s)[A-Z][\w’'-]*\.?\s+(?!(?:U\.S|U\.K|U\.N|E\.U|D\.C)\.$)(?:[A-Z]\.){1,3}$")


def _false_break(sentence: str) -> bool:
    """Whether Punkt ended a sentence where it goes on: after a name's initials, or inside parentheses (the
    caller also joins a "sentence" that starts in lower case).

    >>> _false_break("“No,” said Rep. G.K."), _false_break("said Rep. Ann Lee (D-N.C."), _false_break("in the U.S.")
    (True, True, False)
    """
    return bool(_INITIALS_AFTER_NAME.search(sentence)) or sentence.count("(") > sentence.count(")")


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


_NO_END = np.iinfo(np.int64).max
_EMPTY = np.empty(0, dtype=np.int64)


class SentenceIndex:
    """The sentences of each document by offset: which sentence holds or overlaps a span.

    Built once from the ``sentences`` table (doc_id, sent_id, start, and end when present).

    >>> index = SentenceIndex(pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [0, 1, 2],
    ...                                     "start": [0, 10, 20], "end": [9, 19, 29]}))
    >>> index.containing("d", [3, 12, 25]), index.at("d", 9), index.overlapping("d", 12, 22).tolist()
    ([0, 1, 2], None, [1, 2])
    """

    def __init__(self, sentences: pd.DataFrame):
        ordered = sentences.sort_values(["doc_id", "start"], kind="stable")
        doc_ids = ordered["doc_id"].to_numpy()
        starts = ordered["start"].to_numpy(dtype=np.int64)
        ends = (ordered["end"].to_numpy(dtype=np.int64) if "end" in ordered.columns
                else np.full(len(ordered), _NO_END, dtype=np.int64))
        sent_ids = ordered["sent_id"].to_numpy(dtype=np.int64)
        self._documents: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        first = 0
        for i in range(1, len(doc_ids) + 1):
            if i == len(doc_ids) or doc_ids[i] != doc_ids[first]:
                self._documents[doc_ids[first]] = (starts[first:i], ends[first:i], sent_ids[first:i])
                first = i

    def _arrays(self, doc_id: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self._documents.get(doc_id, (_EMPTY, _EMPTY, _EMPTY))

    def containing(self, doc_id: str, offsets: list[int]) -> list[int]:
        """The sent_id of the last sentence starting at or before each offset; -1 before the first."""
        starts, _, sent_ids = self._arrays(doc_id)
        positions = starts.searchsorted(offsets, side="right") - 1
        return [int(sent_ids[p]) if p >= 0 else -1 for p in positions]

    def at(self, doc_id: str, offset: int) -> int | None:
        """The sent_id of the sentence whose span holds ``offset``; None between sentences or for no sentence."""
        starts, ends, sent_ids = self._arrays(doc_id)
        i = int(np.searchsorted(starts, offset, side="right")) - 1
        return int(sent_ids[i]) if i >= 0 and offset < ends[i] else None

    def overlapping(self, doc_id: str, start: int, end: int) -> np.ndarray:
        """sent_ids of the sentences that overlap ``start:end``."""
        starts, ends, sent_ids = self._arrays(doc_id)
        first = np.searchsorted(ends, start, side="right")
        last = np.searchsorted(starts, end, side="left")
        return sent_ids[first:last]


CLAUSE_BREAKS_FILE = "clause_breaks.csv"
_KINDS = {"punctuation": "{}", "punctuation+space": r"{}\s", "spaced": r"\s{}\s"}


@functools.lru_cache(maxsize=4)
def _clause_pattern(stage: str) -> re.Pattern:
    rows = [row for row in read_table(CLAUSE_BREAKS_FILE) if row.get(stage, "").lower() == "yes"]
    marks = [row["mark"] for row in rows if row["kind"] == "punctuation"]
    parts = [f"[{''.join(re.escape(mark) for mark in marks)}]"] if marks else []
    parts += [_KINDS[row["kind"]].format(re.escape(row["mark"])) for row in rows
              if row["kind"] in _KINDS and row["kind"] != "punctuation"]
    words = [re.escape(row["mark"]) for row in rows if row["kind"] == "word"]
    if words:
        parts.append(rf"\b(?:{'|'.join(words)})\b")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def clause_breaks(text: str, *, stage: str) -> list[tuple[int, int]]:
    """Spans of the marks that end a clause in ``text``: those of ``clause_breaks.csv`` marked for ``stage``.

    >>> text = "Kyiv was praised, but Moscow was condemned."
    >>> [text[s:e] for s, e in clause_breaks(text, stage="sentiment")]
    [',', 'but']
    >>> text = "Prices rose 1,000-fold - as feared"
    >>> [text[s:e] for s, e in clause_breaks(text, stage="framing")]
    [' - ', 'as']
    """
    return [match.span() for match in _clause_pattern(stage).finditer(text)]
