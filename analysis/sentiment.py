"""Sentiment of every sentence with nltk's VADER, a news variant, and sentiment toward actors.

Method: VADER (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM) as implemented in ``nltk.sentiment.vader``. The contract columns of the
``sentiment`` table (compound, pos, neu, neg) are exactly what ``SentimentIntensityAnalyzer.polarity_scores``
returns for the sentence text: the kit runs nltk's rules as ``analysis.vader_rules`` writes them out (the
same numbers, compared with ``==`` by a test) and keeps the per-word valences they produce, so the same
pass also yields

- the evidence: each word's valence after VADER's negation, booster, idiom, "least", capitals and "but" rules,
  and its leave-one-out effect on the compound score (``explain``);
- the news-domain score ``compound_news``: VADER with the topic words of ``analysis/data/news_topic_words.txt``
  given zero valence (they name what the news is about: "war", "peace", "security"), lexicon words inside
  capitalised names ("United States") given zero valence, and quotation marks and typographic apostrophes
  read as plain text (nltk misses "don’t" as a negation and “sabotage” as a word). The standard score is
  never replaced; both are reported side by side.

One text is scored (and explained word by word) in ``analysis.vader``; this module scores tables. Each
distinct text is scored once per process (up to ``TEXTS_KEPT`` texts are remembered): a sentence that
``toward_actors`` scores again as the sentence around a mention, or as a clause that is the whole sentence,
costs a dictionary look-up.

Labels follow Hutto and Gilbert's convention: compound >= 0.05 positive, <= -0.05 negative, else neutral.

Sentiment toward actors (``toward_actors``) keeps two things apart: sentences *about* an actor (their
mentions, scored on the clause around the mention, Jiang et al. 2011's target-dependent idea reduced to a
clause window) and the actor's *own words* (their quotes). Group summaries with bootstrap intervals are in
``analysis.views.sentiment``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

import pandas as pd

from analysis import _deprecated, segment, vader, vader_rules
from analysis import columns as C
from analysis.vader import THRESHOLD, batch_tokens, explain, label, topic_words  # noqa: F401 - the public API

__all__ = ["BATCH_SIZE", "TEXTS_KEPT", "THRESHOLD", "SENTIMENT_COLUMNS", "ACTOR_SENTIMENT_COLUMNS", "label",
           "topic_words", "explain", "of_text", "score", "clause_span", "toward_actors"]

BATCH_SIZE = 256  # kept for callers that pass it; texts are no longer tokenised in batches
TEXTS_KEPT = 200_000  # distinct texts whose scores are remembered per process before the memory starts over

EXTRA_COLUMNS = C.EXTRA["sentiment"]
SENTIMENT_COLUMNS = (*C.SENTIMENT, *EXTRA_COLUMNS)
ACTOR_SENTIMENT_COLUMNS = ("doc_id", "sent_id", "actor", "affiliation", "role", "method", "compound",
                           "compound_news", "compound_sentence", "start", "end", "text")

of_text = vader.of_text
score_text = _deprecated.renamed(vader.of_text, "analysis.sentiment.score_text")
__getattr__ = _deprecated.moved(__name__, {
    **dict.fromkeys(("bootstrap_interval", "summarize_groups", "with_context", "aggregate", "extremes",
                     "actor_summary", "evidence", "actors_table", "findings", "plot_distribution", "plot_outlets",
                     "plot_along", "plot_actors", "explain_sentence", "SEED", "N_BOOT", "SUMMARY_COLUMNS"),
                    "analysis.views.sentiment"),
    **dict.fromkeys(("METHODS", "GOLD_LABELS", "predict", "validation_results", "validation_table"),
                    "analysis.validate.sentiment"),
    **dict.fromkeys(("EXPLANATION_COLUMNS", "summarize", "plain_typography"), "analysis.vader"),
})


def score(sentences: pd.DataFrame, *, topics: Iterable[str] | None = None, typography: bool = True,
          names: bool = True, batch_size: int = BATCH_SIZE) -> pd.DataFrame:
    """Score every sentence with nltk's VADER (contract columns) and the kit's news variant.

    Args:
        sentences: the ``sentences`` table (doc_id, sent_id, text).
        topics: topic words for the news score (default: the shipped ``news_topic_words.txt``).
        typography: read typographic quotes as ASCII in the news score.
        names: give lexicon words inside capitalised names ("United States") zero valence in the news score.
        batch_size: no longer used (each text is tokenised on its own); kept for callers that pass it.

    Returns:
        The ``sentiment`` table: doc_id, sent_id, compound, pos, neu, neg (nltk VADER, unmodified),
        compound_news, label, label_news, topic_words, name_words. Repeated sentence texts are scored once.

    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1],
    ...                           "text": ["It is certainly not a betrayal.", "The war goes on."]})
    >>> score(sentences)[["compound", "label", "compound_news"]].values.tolist()
    [[0.6675, 'positive', 0.6675], [-0.5994, 'negative', 0.0]]
    """
    topics = topic_words() if topics is None else frozenset(t.lower() for t in topics)
    rows = _rows([str(text) for text in sentences["text"].tolist()], topics, typography, names)
    columns = [c for c in SENTIMENT_COLUMNS if c not in ("doc_id", "sent_id")]
    if rows:
        scored = pd.DataFrame({column: [row[column] for row in rows] for column in columns})
    else:
        scored = pd.DataFrame(rows, columns=columns)
    scored.insert(0, "sent_id", sentences["sent_id"].to_numpy())
    scored.insert(0, "doc_id", sentences["doc_id"].to_numpy())
    return scored


@functools.lru_cache(maxsize=8)
def _memory(topics: frozenset[str], typography: bool, names: bool) -> dict[str, dict]:
    """Scored texts of one reading (topic words, typography, names): text -> row of ``vader.score_tokens``."""
    return {}


def _rows(texts: list[str], topics: frozenset[str], typography: bool, names: bool) -> list[dict]:
    """The row of ``vader.score_tokens`` for each text; a text scored before in this process is looked up."""
    memory = _memory(topics, typography, names)
    rows = []
    for text in texts:
        row = memory.get(text)
        if row is None:
            if len(memory) >= TEXTS_KEPT:
                memory.clear()
            row = memory[text] = vader.score_tokens(text, vader_rules.tokens(text), topics=topics,
                                                    typography=typography, names=names)
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------- actors

def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around the span ``start:end``, cut at the sentiment marks of ``clause_breaks.csv``.

    A span that runs past either end of ``text`` (a mention that crosses the bound of the sentence it is
    attributed to) is first cut to the text: the clause is the one around the part of the span inside it. A
    span wholly outside ``text`` has no clause: the result is empty (``start == end``) at the nearer end.

    >>> text = "Kyiv was praised, but Moscow was condemned."
    >>> s, e = clause_span(text, 22, 28); text[s:e]
    'Moscow was condemned.'
    >>> clause_span("The inquiry opened in June.", 22, 50), clause_span("The inquiry opened in June.", 30, 40)
    ((0, 27), (27, 27))
    """
    start, end = min(max(start, 0), len(text)), min(max(end, 0), len(text))
    cuts = _cuts(text)
    left = cuts[bisect.bisect_right(cuts, start) - 1]
    right = cuts[bisect.bisect_left(cuts, end)]
    clause = text[left:right]
    stripped = clause.lstrip()
    left += len(clause) - len(stripped)
    return left, left + len(stripped.rstrip())


@functools.lru_cache(maxsize=4096)
def _cuts(text: str) -> list[int]:
    """Where clauses of ``text`` may begin or end, sorted: its ends and the bounds of its clause marks."""
    cuts = [0, len(text)]
    for mark_start, mark_end in segment.clause_breaks(text, stage="sentiment"):
        cuts.extend([mark_start, mark_end])
    return sorted(cuts)


def _speaker_sentences(index: segment.SentenceIndex, quotes: pd.DataFrame | None) -> set[tuple[str, int, str]]:
    """(doc_id, sent_id, speaker) for every sentence that overlaps a quote of that speaker."""
    if quotes is None or quotes.empty:
        return set()
    out = set()
    for doc_id, speaker, start, end in zip(*(quotes[c].tolist() for c in ("doc_id", "speaker", "start", "end")),
                                           strict=True):
        out.update((doc_id, int(sent_id), speaker) for sent_id in index.overlapping(doc_id, int(start), int(end)))
    return out


def _usable(frame: pd.DataFrame | None, needed: tuple[str, ...]) -> pd.DataFrame | None:
    """The frame when it has the contract columns this module reads, else None (nothing to score)."""
    if frame is None or frame.empty or not set(needed) <= set(frame.columns):
        return None
    return frame


def toward_actors(sentences: pd.DataFrame, mentions: pd.DataFrame | None, quotes: pd.DataFrame | None, *,
                  index: segment.SentenceIndex | None = None) -> pd.DataFrame:
    """Sentiment about each actor (their mentions) and by each actor (their quotes), kept apart.

    A mention counts as "about" unless the actor speaks in that sentence (a quote of theirs overlaps it):
    "“It is certainly not a betrayal,” Hegseth said" is Hegseth's voice, not a judgement on him. Each
    "about" row is scored twice: on the clause around the mention (method "window", the kit's estimate) and
    on the whole sentence (compound_sentence); each "by" row on the quote's text (method "quote"). A mention
    is read in the sentence it is attributed to (``sent_id``): the clause is found around the part of the
    mention inside that sentence, and a mention with no part inside it has no "about" row.

    Args:
        sentences: doc_id, sent_id, start, end, text.
        mentions: the ``mentions`` table (doc_id, sent_id, actor, affiliation, start, end), or None.
        quotes: the ``quotes`` table (doc_id, quote_id, speaker, affiliation, text, start, end), or None.
        index: the sentences' ``SentenceIndex`` when the caller has built it already.

    Returns:
        The ``actor_sentiment`` table: doc_id, sent_id, actor, affiliation, role ("about" or "by"), method,
        compound, compound_sentence, start, end (offsets into documents.text of the scored span), text (it).

    >>> sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0], "end": [43],
    ...                           "text": ["Kyiv was praised, but Moscow was condemned."]})
    >>> mentions = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "actor": ["Russia"],
    ...                          "affiliation": ["Russia"], "start": [22], "end": [28]})
    >>> toward_actors(sentences, mentions, None)[["actor", "role", "compound", "text"]].values.tolist()
    [['Russia', 'about', -0.4404, 'Moscow was condemned.']]
    """
    mentions = _usable(mentions, ("doc_id", "sent_id", "actor", "affiliation", "start", "end"))
    quotes = _usable(quotes, ("doc_id", "speaker", "affiliation", "text", "start", "end"))
    rows = []  # (doc_id, sent_id, actor, affiliation, role, method, sentence text, start, end, span text)
    sentence_index = segment.SentenceIndex(sentences) if index is None else index
    speaking = _speaker_sentences(sentence_index, quotes)
    if mentions is not None:
        texts = {(d, int(i)): (int(s), t)
                 for d, i, s, t in _columns(sentences, ("doc_id", "sent_id", "start", "text"))}
        for doc_id, sent_id, actor, affiliation, start, end in _columns(
                mentions, ("doc_id", "sent_id", "actor", "affiliation", "start", "end")):
            key = (doc_id, int(sent_id))
            if key not in texts or (doc_id, int(sent_id), actor) in speaking:
                continue
            offset, text = texts[key]
            left, right = clause_span(text, int(start) - offset, int(end) - offset)
            if left == right:  # no part of the mention lies in its sentence: nothing to score about it
                continue
            rows.append((doc_id, int(sent_id), actor, affiliation, "about", "window", text,
                         offset + left, offset + right, text[left:right]))
    if quotes is not None:
        for doc_id, speaker, affiliation, quote, start, end in _columns(
                quotes, ("doc_id", "speaker", "affiliation", "text", "start", "end")):
            if not isinstance(speaker, str) or not speaker or not str(quote).strip():
                continue
            hit = sentence_index.overlapping(doc_id, int(start), int(end))
            sent_id = int(hit[0]) if len(hit) else -1
            rows.append((doc_id, sent_id, speaker, affiliation, "by", "quote", str(quote), int(start), int(end),
                         str(quote)))
    return _score_actor_rows(rows)


def _columns(frame: pd.DataFrame, names: tuple[str, ...]):
    """The rows of some columns of ``frame`` as tuples of Python values (faster than ``itertuples``)."""
    return zip(*(frame[name].tolist() for name in names), strict=True)


def _score_actor_rows(rows: list[tuple]) -> pd.DataFrame:
    """The actor_sentiment table from its rows: spans and sentences scored in one batched ``score`` call."""
    frame = pd.DataFrame(rows, columns=["doc_id", "sent_id", "actor", "affiliation", "role", "method",
                                        "sentence", "start", "end", "text"])
    if not rows:  # typed as an empty ``score`` gives them
        scored = score(pd.DataFrame({"doc_id": [], "sent_id": [], "text": []}))
        compound, compound_news, compound_sentence = (scored["compound"].to_numpy(),
                                                      scored["compound_news"].to_numpy(), scored["compound"].to_numpy())
    else:
        spans = _rows([str(row[9]) for row in rows], topic_words(), True, True)
        whole = _rows([str(row[6]) for row in rows], topic_words(), True, True)
        compound = [row["compound"] for row in spans]
        compound_news = [row["compound_news"] for row in spans]
        compound_sentence = [row["compound"] for row in whole]
    frame["compound"] = compound
    frame["compound_news"] = compound_news
    frame["compound_sentence"] = compound_sentence
    return frame[list(ACTOR_SENTIMENT_COLUMNS)]
