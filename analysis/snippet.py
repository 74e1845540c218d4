"""One pasted text through the whole pipeline, for exploring and teaching.

``of_text`` builds the documents of a single text in memory and runs the same stages as a corpus run
(``pipeline.analyse_texts``), so what you see for one paragraph is exactly what the kit computes for it inside a
corpus. ``analysis.quick`` is the same function under a short name.
"""

from __future__ import annotations

import pandas as pd

from analysis import _deprecated, pipeline

__all__ = ["MAIN_TABLES", "Snippet", "of_text"]

# The tables shown first, in the order of the data flow; any others the stages produce follow.
MAIN_TABLES = ("sentences", "sentiment", "mentions", "quotes", "stance", "frames", "lexical")


class Snippet(dict):
    """The tables of one text: a dict of DataFrames whose keys are also attributes (``result.quotes``)."""

    def __init__(self, text: str, tables: dict[str, pd.DataFrame]):
        ordered = [name for name in MAIN_TABLES if name in tables] + sorted(set(tables) - set(MAIN_TABLES))
        super().__init__((name, tables[name]) for name in ordered)
        self.text = text

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r}; the tables are {', '.join(self)}") from None

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} ({len(frame)})" for name, frame in self.items())
        return f"<{len(self.text)} characters; tables (rows): {sizes}>"


def of_text(text: str, *, actors: str | None = None, targets: str | None = None, doc_id: str = "text") -> Snippet:
    """Every table of one text, computed in memory.

    Args:
        text: the text of one article or paragraph (cleaned like any document of a corpus).
        actors: an actors CSV (default: only the shipped collective actors and media; speakers are still found).
        targets: a stance targets CSV (without one, ``stance`` is empty and ``warnings`` says why).
        doc_id: the document's id in the tables.

    Returns:
        A ``Snippet``: sentences, sentiment, mentions, quotes, stance, frames, lexical and the other tables of
        the pipeline (documents, stance_statements, actor_sentiment, ...), each a DataFrame.

    Raises:
        ValueError: nothing could be analysed (the text is empty or only page furniture).

    >>> result = of_text("Peskov said the talks were useful. “We hope for results,” he added.")
    >>> result.sentences["text"].tolist()
    ['Peskov said the talks were useful.', '“We hope for results,” he added.']
    >>> result.quotes[["kind", "speaker", "text"]].values.tolist()
    [['indirect', 'Peskov', 'the talks were useful'], ['direct', 'Peskov', 'We hope for results']]
    """
    config = pipeline.Config(actors=actors, targets=targets)
    tables = pipeline.analyse_texts({doc_id: text}, config=config)
    documents = tables.get("documents")
    if documents is None or documents.empty:
        skipped = tables.get("skipped")
        reason = skipped["reason"].iloc[0] if skipped is not None and len(skipped) else "no text"
        raise ValueError(f"nothing to analyse: {reason}")
    return Snippet(text, tables)


analyse = _deprecated.renamed(of_text, "analysis.snippet.analyse")
