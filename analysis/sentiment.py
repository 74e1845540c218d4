"""Sentence sentiment with nltk's VADER, the words behind each score, a news variant and actor sentiment.

Method: VADER (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM) as implemented in ``nltk.sentiment.vader``. The contract columns of the
``sentiment`` table (compound, pos, neu, neg) are exactly what ``SentimentIntensityAnalyzer.polarity_scores``
returns for the sentence text: the kit runs nltk's own ``SentiText``, ``sentiment_valence``, ``_but_check``
and ``score_valence`` and keeps the per-word valences they produce, so the same pass also yields

- the evidence: each word's valence after VADER's negation, booster, idiom, "least", capitals and "but" rules,
  and its leave-one-out effect on the compound score (``explain``);
- the news-domain score ``compound_news``: VADER with the topic words of ``analysis/data/news_topic_words.txt``
  given zero valence (they name what the news is about: "war", "peace", "security"), lexicon words inside
  capitalised names ("United States") given zero valence, and quotation marks and typographic apostrophes
  read as plain text (nltk misses "don’t" as a negation and “sabotage” as a word). The standard score is
  never replaced; both are reported side by side.

Distinct sentences are tokenised by one ``SentiText`` per batch (nltk maps each white-space piece to a token
by the piece alone, so a batch gives each sentence's own tokens; tests pin this) and repeated sentences are
scored once, so the stage is faster than calling ``polarity_scores`` sentence by sentence.

Labels follow Hutto and Gilbert's convention: compound >= 0.05 positive, <= -0.05 negative, else neutral.

Sentiment toward actors (``toward_actors``) keeps two things apart: sentences *about* an actor (their
mentions, scored on the clause around the mention, Jiang et al. 2011's target-dependent idea reduced to a
clause window) and the actor's *own words* (their quotes). Group means carry percentile bootstrap intervals
(Efron and Tibshirani 1993) with a fixed seed.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

from analysis import columns as C
from analysis import plots, resources
from analysis.pipeline import register

THRESHOLD = 0.05
TOPIC_WORDS_FILE = "news_topic_words.txt"
SEED = 2014
N_BOOT = 1000
BATCH_SIZE = 256

EXTRA_COLUMNS = C.EXTRA["sentiment"]
SENTIMENT_COLUMNS = (*C.SENTIMENT, *EXTRA_COLUMNS)
EXPLANATION_COLUMNS = ("position", "token", "start", "end", "lexicon", "valence", "valence_news", "effect",
                       "rules")
ACTOR_SENTIMENT_COLUMNS = ("doc_id", "sent_id", "actor", "affiliation", "role", "method", "compound",
                           "compound_news", "compound_sentence", "start", "end", "text")
SUMMARY_COLUMNS = ("n", "mean", "ci_low", "ci_high", "share_positive", "share_negative")

_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u2018\u2032](?=\w)")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]|(?<!\w)'|'(?!\w)")
_QUOTE_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u2032\u00ab\u00bb")
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_CLAUSE_END = (",", ".", ";", ":", "!", "?")
_CLAUSE_PUNCT = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_CLAUSE_WORDS = re.compile(r"\b(?:but|while|whereas|although|though|however|yet)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- scoring

def label(compound: float, *, threshold: float = THRESHOLD) -> str:
    """The VADER label of a compound score at the usual +-0.05 thresholds.

    >>> label(0.05), label(-0.3), label(0.0)
    ('positive', 'negative', 'neutral')
    """
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


@functools.lru_cache(maxsize=8)
def topic_words(name: str = TOPIC_WORDS_FILE) -> frozenset[str]:
    """The news topic words (lower case) that the news score neutralises: a shipped file or a path.

    >>> {"war", "peace"} <= topic_words()
    True
    """
    return frozenset(word.lower() for word in resources.read_word_list(name))


def _valences(text: str) -> tuple[list[str], list[float], object]:
    """VADER's tokens and per-token valences (after every rule) for ``text``, by nltk's own methods.

    This is the body of nltk's ``polarity_scores`` up to ``score_valence``; ``score_valence(valences, text)``
    gives back exactly ``polarity_scores(text)`` (a test pins this on every seed sentence).
    """
    from nltk.sentiment.vader import SentiText

    constants = resources.vader().constants
    sentitext = SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
    return sentitext.words_and_emoticons, _rule_valences(sentitext), sentitext


def _rule_valences(sentitext) -> list[float]:
    """nltk's per-token loop of ``polarity_scores`` over a SentiText (or any object with its two fields)."""
    analyzer = resources.vader()
    constants = analyzer.constants
    tokens = sentitext.words_and_emoticons
    first_index: dict[str, int] = {}
    for idx, token in enumerate(tokens):
        first_index.setdefault(token, idx)
    lexicon = analyzer.lexicon
    valences: list[float] = []
    for item in tokens:
        i = first_index[item]  # nltk scores a repeated token as at its first position
        lower = item.lower()
        if (i < len(tokens) - 1 and lower == "kind" and tokens[i + 1].lower() == "of") \
                or lower in constants.BOOSTER_DICT or lower not in lexicon:
            valences.append(0)  # what sentiment_valence appends for a word outside the lexicon, unasked
            continue
        valences = analyzer.sentiment_valence(0, sentitext, item, i, valences)
    return analyzer._but_check(tokens, valences)


def _scores(valences: list[float], text: str) -> dict:
    return resources.vader().score_valence(list(valences), text)


def plain_typography(text: str) -> str:
    """Typographic apostrophes inside words as ASCII, quotation marks as spaces; the length is kept.

    nltk's VADER misses "don’t" as a negation and a word in quotation marks (“sabotage”, "sabotage") as a
    lexicon word; the news score reads the text this way instead.

    >>> plain_typography("I don’t call it “sabotage”.")
    "I don't call it  sabotage ."
    """
    return _QUOTE_MARKS.sub(" ", _APOSTROPHE.sub("'", text))


def _needs_typography(tokens: list[str]) -> bool:
    """True when plain typography would turn part of a token into a lexicon word, negation or booster."""
    analyzer = resources.vader()
    constants = analyzer.constants
    for token in tokens:
        if token.isalnum() or _QUOTE_CHARS.isdisjoint(token):
            continue
        plain = plain_typography(token)
        if plain == token:
            continue
        for part in plain.split():
            lower = part.lower().strip(_PUNCTUATION)
            if lower in analyzer.lexicon or "n't" in lower or lower in constants.NEGATE \
                    or lower in constants.BOOSTER_DICT:
                return True
    return False


def _has_lexicon_word(text: str) -> bool:
    """False only when no VADER token of ``text`` can be a lexicon word (then every valence is 0).

    VADER's tokens are the white-space pieces, or a piece less one leading or trailing punctuation item of
    at most four characters; every such reading of every piece is looked up.
    """
    lexicon = resources.vader().lexicon
    for piece in text.lower().split():
        if piece in lexicon:
            return True
        for k in range(1, min(5, len(piece))):
            if piece[k:] in lexicon or piece[:-k] in lexicon:
                return True
    return False


def _plain_tokens(tokens: list[str]) -> tuple[list[str], list[int]]:
    """VADER's tokens with plain typography: words in quotation marks freed of them; each token's origin."""
    out, origin = [], []
    for k, token in enumerate(tokens):
        parts = [token]
        if _QUOTE_CHARS.intersection(token):
            plain = plain_typography(token)
            if plain != token:
                parts = [p.strip(_PUNCTUATION) or p for p in plain.split()]
        out.extend(parts)
        origin.extend([k] * len(parts))
    return out, origin


def _name_words(tokens: list[str]) -> list[int]:
    """Positions of lexicon words that are part of a capitalised name ("United States", "Security Council").

    A capitalised (not all-capitals) lexicon word next to another capitalised word, not across a comma or
    full stop, is read as part of a name; a sentence's first word only when the next word is capitalised.
    Title-case text (most words capitalised, as in headlines) is left alone.
    """
    lexicon = resources.vader().lexicon
    candidates = [k for k, t in enumerate(tokens) if t[:1].isupper() and not t.isupper() and t.lower() in lexicon]
    if not candidates:
        return []
    words = [t for t in tokens if t[:1].isalpha()]
    if sum(t[:1].isupper() for t in words) > 0.6 * len(words):
        return []
    positions = []
    for k in candidates:
        token = tokens[k]
        after = k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and not token.endswith(_CLAUSE_END)
        before = k > 1 and tokens[k - 1][:1].isupper() and not tokens[k - 1].endswith(_CLAUSE_END)
        if after or before:
            positions.append(k)
    return positions


def _news_valences(text: str, tokens: list[str], valences: list[float], topics: frozenset[str], *,
                   typography: bool, names: bool = True) -> tuple[list[float], list[int], list[str], list[str]]:
    """Valences of the news score, the original token each comes from, the topic words and name words.

    With plain typography the tokens are re-read without quotation marks and nltk's rule loop runs again on
    them (only when that can change a word); topic words and lexicon words inside names then get zero
    valence.
    """
    origin = list(range(len(tokens)))
    if typography and not _QUOTE_CHARS.isdisjoint(text) and _needs_typography(tokens):
        from nltk.sentiment.vader import SentiText

        tokens, origin = _plain_tokens(tokens)
        view = SimpleNamespace(words_and_emoticons=tokens,
                               is_cap_diff=SentiText.allcap_differential(None, tokens))
        valences = _rule_valences(view)
    zero = {k for k, token in enumerate(tokens) if token.lower() in topics}
    found = [tokens[k].lower() for k in sorted(zero)]
    name_positions = [k for k in _name_words(tokens) if k not in zero] if names else []
    zero.update(name_positions)
    if zero:
        valences = [0 if k in zero else v for k, v in enumerate(valences)]
    return valences, origin, found, [tokens[k] for k in name_positions]


def score_text(text: str, *, topics: frozenset[str] | None = None, typography: bool = True,
               names: bool = True) -> dict:
    """nltk's VADER scores of one text plus the kit's news score and labels.

    >>> row = score_text("The war goes on.")
    >>> row["compound"], row["compound_news"], row["label_news"], row["topic_words"]
    (-0.5994, 0.0, 'neutral', 'war')
    >>> score_text("The United States said so.")["name_words"]
    'United'
    """
    topics = topic_words() if topics is None else topics
    if not _has_lexicon_word(text) and not (typography and _QUOTE_CHARS.intersection(text)):
        tokens = [piece for piece in text.split() if len(piece) > 1]  # every valence is 0: no rule can apply
    else:
        tokens = _valences(text)[0]
    return _score_tokens(text, tokens, topics=topics, typography=typography, names=names)


def _score_tokens(text: str, tokens: list[str], *, topics: frozenset[str], typography: bool,
                  names: bool) -> dict:
    """The row of ``score_text`` from VADER's tokens of ``text`` (nltk's rule loop and score_valence)."""
    from nltk.sentiment.vader import SentiText

    analyzer = resources.vader()
    view = SimpleNamespace(words_and_emoticons=tokens, is_cap_diff=SentiText.allcap_differential(None, tokens))
    valences = _rule_valences(view)
    standard = analyzer.score_valence(valences, text)
    news, _, found, name_words = _news_valences(text, tokens, valences, topics, typography=typography,
                                                names=names)
    compound_news = standard["compound"] if news is valences else analyzer.score_valence(news, text)["compound"]
    return {"compound": standard["compound"], "pos": standard["pos"], "neu": standard["neu"],
            "neg": standard["neg"], "compound_news": compound_news, "label": label(standard["compound"]),
            "label_news": label(compound_news), "topic_words": " ".join(dict.fromkeys(found)),
            "name_words": " ".join(dict.fromkeys(name_words))}


def batch_tokens(texts: list[str]) -> list[list[str]]:
    """VADER's tokens of each text, from one nltk ``SentiText`` over all of them.

    nltk maps each white-space piece to a token by the piece alone (a word less one leading or trailing
    punctuation item), so the tokens of texts joined by line breaks are the tokens of each text in turn; one
    SentiText builds its punctuation table once for the batch instead of once per sentence. A test pins
    this against per-text SentiText on the seeds and on random text.

    >>> batch_tokens(["Good, (bad)!", "“Fine” -- ok"])
    [['Good', '(bad)!'], ['“Fine”', '--', 'ok']]
    """
    from nltk.sentiment.vader import SentiText

    constants = resources.vader().constants
    tokens = SentiText("\n".join(texts), constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
    out, position = [], 0
    for text in texts:
        n = sum(len(piece) > 1 for piece in text.split())
        out.append(tokens[position:position + n])
        position += n
    return out


def score(sentences: pd.DataFrame, *, topics: Iterable[str] | None = None, typography: bool = True,
          names: bool = True, batch_size: int = BATCH_SIZE) -> pd.DataFrame:
    """Score every sentence with nltk's VADER (contract columns) and the kit's news variant.

    Args:
        sentences: the ``sentences`` table (doc_id, sent_id, text).
        topics: topic words for the news score (default: the shipped ``news_topic_words.txt``).
        typography: read typographic quotes as ASCII in the news score.
        names: give lexicon words inside capitalised names ("United States") zero valence in the news score.
        batch_size: distinct sentences tokenised together (see ``batch_tokens``).

    Returns:
        The ``sentiment`` table: doc_id, sent_id, compound, pos, neu, neg (nltk VADER, unmodified),
        compound_news, label, label_news, topic_words, name_words. Repeated sentence texts are scored once.

    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1],
    ...                           "text": ["It is certainly not a betrayal.", "The war goes on."]})
    >>> score(sentences)[["compound", "label", "compound_news"]].values.tolist()
    [[0.6675, 'positive', 0.6675], [-0.5994, 'negative', 0.0]]
    """
    topics = topic_words() if topics is None else frozenset(t.lower() for t in topics)
    texts = [str(text) for text in sentences["text"].tolist()]
    distinct = list(dict.fromkeys(texts))
    rows: dict[str, dict] = {}
    for start in range(0, len(distinct), batch_size):
        batch = distinct[start:start + batch_size]
        for text, tokens in zip(batch, batch_tokens(batch), strict=True):
            rows[text] = _score_tokens(text, tokens, topics=topics, typography=typography, names=names)
    scored = pd.DataFrame([rows[text] for text in texts],
                          columns=[c for c in SENTIMENT_COLUMNS if c not in ("doc_id", "sent_id")])
    scored.insert(0, "sent_id", sentences["sent_id"].to_numpy())
    scored.insert(0, "doc_id", sentences["doc_id"].to_numpy())
    return scored


@register("sentiment")
def stage(tables: dict[str, pd.DataFrame], config) -> dict[str, pd.DataFrame]:
    """Pipeline stage: the ``sentiment`` table, and ``actor_sentiment`` when mentions or quotes exist.

    ``config.topic_words`` (when the Config has it) names another topic-word file for the news reading.
    """
    path = getattr(config, "topic_words", None)
    topics = topic_words(str(Path(path).resolve())) if path else None
    sentiment = score(tables["sentences"], topics=topics)
    out = {"sentiment": sentiment}
    if "mentions" in tables or "quotes" in tables:
        out["actor_sentiment"] = toward_actors(tables["sentences"], tables.get("mentions"), tables.get("quotes"))
    return out


# ---------------------------------------------------------------------------------------------- evidence

def _token_offsets(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character offsets of VADER's tokens: the k-th white-space piece longer than one character."""
    pieces = [m for m in re.finditer(r"\S+", text) if len(m.group()) > 1]
    offsets = []
    for piece, token in zip(pieces, tokens, strict=True):
        start = piece.start() + piece.group().find(token)
        offsets.append((start, start + len(token)))
    return offsets


def _rules(tokens: list[str], position: int, sentitext) -> list[str]:
    """Which of VADER's rules touched the token at ``position`` (described, not re-implemented)."""
    analyzer = resources.vader()
    constants = analyzer.constants
    token = tokens[position]
    lower = token.lower()
    notes = []
    if lower in constants.BOOSTER_DICT:
        notes.append("booster: scales the next sentiment word")
    if constants.negated([token]):
        notes.append("negation: flips the next sentiment words")
    if lower == "but":
        notes.append("'but': halves the words before, adds half to the words after")
    if lower not in analyzer.lexicon:
        return notes
    if lower == "kind" and position + 1 < len(tokens) and tokens[position + 1].lower() == "of":
        return [*notes, "'kind of': a hedge, not the word 'kind' (scored 0)"]
    i = tokens.index(token)
    if i != position:
        notes.append(f"scored as at its first occurrence (word {i + 1}), as nltk does")
    if token.isupper() and sentitext.is_cap_diff:
        notes.append("ALL CAPS: intensified")
    for step in range(1, 4):
        if i - step < 0:
            break
        before = tokens[i - step]
        if before.lower() in analyzer.lexicon:
            continue
        if before.lower() in constants.BOOSTER_DICT:
            notes.append(f"{'dampened' if constants.BOOSTER_DICT[before.lower()] < 0 else 'boosted'} "
                         f"by '{before}'")
        notes.extend(_never_notes(tokens, i, step))
    if i > 0 and tokens[i - 1].lower() == "least" and (i == 1 or tokens[i - 2].lower() not in ("at", "very")):
        notes.append(f"negated by '{tokens[i - 1]}'")
    base = analyzer.lexicon[lower]
    if i > 2 and analyzer._idioms_check(base, tokens, i) != base:
        notes.append("idiom or 'kind of'/'sort of' rule")
    lowered = [t.lower() for t in tokens]
    if "but" in lowered:
        bi = lowered.index("but")
        if position < bi:
            notes.append("halved: before 'but'")
        elif position > bi:
            notes.append("x1.5: after 'but'")
    return notes


def _never_notes(tokens: list[str], i: int, step: int) -> list[str]:
    """What nltk's ``_never_check`` does to the word at ``i`` from ``step`` words back, in words."""
    constants = resources.vader().constants
    so_this = ("so", "this")
    if step == 2 and tokens[i - 2] == "never" and tokens[i - 1] in so_this:
        return [f"x1.5: 'never {tokens[i - 1]}'"]
    if step == 3 and ((tokens[i - 3] == "never" and tokens[i - 2] in so_this) or tokens[i - 1] in so_this):
        return [f"x1.25: '{tokens[i - 1] if tokens[i - 1] in so_this else tokens[i - 2]}' before it"]
    if constants.negated([tokens[i - step]]):
        return [f"negated by '{tokens[i - step]}'"]
    return []


def explain(text: str, *, topics: frozenset[str] | None = None, typography: bool = True) -> pd.DataFrame:
    """Word by word, why VADER scores ``text`` as it does.

    Args:
        text: one sentence.
        topics: topic words of the news score (default: the shipped list).
        typography: read typographic quotes as ASCII in the news score.

    Returns:
        One row per VADER token: position, token, start, end (offsets into ``text``), lexicon (the word's
        lexicon valence), valence (after VADER's rules; these sum, with punctuation emphasis, to the
        compound score before normalisation), valence_news, effect (compound minus the compound of the text
        without this word: what the word, including a negation or booster, moved), rules.

    >>> rows = explain("It is certainly not a betrayal")
    >>> rows.loc[rows["token"] == "betrayal", ["lexicon", "rules"]].values.tolist()
    [[-2.8, "negated by 'not'"]]
    >>> float(rows.loc[rows["token"] == "not", "effect"].iloc[0]) > 0.9
    True
    """
    topics = topic_words() if topics is None else topics
    analyzer = resources.vader()
    tokens, valences, sentitext = _valences(text)
    offsets = _token_offsets(text, tokens)
    news_valences, origin, _, name_words = _news_valences(text, tokens, valences, topics,
                                                          typography=typography)
    news = [0.0] * len(tokens)
    for k, value in zip(origin, news_valences, strict=True):
        news[k] += value
    compound = _scores(valences, text)["compound"]
    rows = []
    for k, (token, valence) in enumerate(zip(tokens, valences, strict=True)):
        start, end = offsets[k]
        without = _without_piece(text, start, end)
        effect = round(compound - analyzer.polarity_scores(without)["compound"], 4)
        notes = _rules(tokens, k, sentitext)
        if token.lower() in topics:
            notes.append("news topic word: 0 in the news score")
        elif token in name_words and token.lower() in analyzer.lexicon:
            notes.append("part of a name: 0 in the news score")
        rows.append((k, token, start, end, float(analyzer.lexicon.get(token.lower(), 0.0)),
                     round(float(valence), 4), round(float(news[k]), 4), effect, "; ".join(notes)))
    return pd.DataFrame(rows, columns=list(EXPLANATION_COLUMNS))


def explain_sentence(tables: dict[str, pd.DataFrame], doc_id: str, sent_id: int) -> pd.DataFrame:
    """``explain`` for one sentence of the corpus, with start and end as offsets into ``documents.text``.

    Returns:
        doc_id, sent_id, then the columns of ``explain``; empty when the sentence does not exist.

    >>> sentences = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [4], "end": [13],
    ...                           "text": ["Not good."]})
    >>> explain_sentence({"sentences": sentences}, "a", 0)[["token", "start", "end"]].values.tolist()
    [['Not', 4, 7], ['good', 8, 12]]
    """
    sentences = tables["sentences"]
    hit = sentences[(sentences["doc_id"] == doc_id) & (sentences["sent_id"] == sent_id)]
    if hit.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", *EXPLANATION_COLUMNS])
    row = hit.iloc[0]
    rows = explain(str(row["text"]))
    rows[["start", "end"]] = rows[["start", "end"]] + int(row["start"])
    rows.insert(0, "sent_id", sent_id)
    rows.insert(0, "doc_id", doc_id)
    return rows


def _without_piece(text: str, start: int, end: int) -> str:
    """The text with the white-space piece holding ``text[start:end]`` removed."""
    before = re.search(r"\S*$", text[:start])
    after = re.match(r"\S*", text[end:])
    return (text[:before.start()] + text[end + after.end():]).strip()


def summarize(text: str, *, top: int = 4) -> str:
    """One line of evidence: the words that moved the score most, with the rules that touched them.

    >>> summarize("It is certainly not a betrayal")
    "not (+1.01, negation: flips the next sentiment words); betrayal (+0.33, negated by 'not'); certainly (+0.20)"
    """
    rows = explain(text)
    rows = rows[(rows["valence"] != 0) | (rows["rules"] != "")]
    rows = rows.reindex(rows["effect"].abs().sort_values(ascending=False, kind="stable").index).head(top)
    return "; ".join(f"{r.token} ({r.effect:+.2f}{', ' + r.rules if r.rules else ''})"
                     for r in rows.itertuples())


# ---------------------------------------------------------------------------------------------- aggregates

def bootstrap_interval(values: Iterable[float], *, key: str = "", n_boot: int = N_BOOT, seed: int = SEED,
                       level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of a mean; the generator is seeded by ``seed`` and the group ``key``.

    >>> bootstrap_interval([0.5, 0.5, 0.5])
    (0.5, 0.5)
    >>> bootstrap_interval([1.0, -1.0], key="a") == bootstrap_interval([1.0, -1.0], key="a")
    True
    """
    data = np.asarray(list(values), dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
    means = data[rng.integers(0, data.size, size=(n_boot, data.size))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return (round(float(low), 4), round(float(high), 4))


def _summary(values: pd.Series, key: str, *, n_boot: int, seed: int) -> dict:
    low, high = bootstrap_interval(values, key=key, n_boot=n_boot, seed=seed)
    return {"n": int(values.size), "mean": round(float(values.mean()), 4) if values.size else float("nan"),
            "ci_low": low, "ci_high": high,
            "share_positive": round(float((values >= THRESHOLD).mean()), 4) if values.size else float("nan"),
            "share_negative": round(float((values <= -THRESHOLD).mean()), 4) if values.size else float("nan")}


def summarize_groups(frame: pd.DataFrame, by: list[str], *, column: str = "compound", n_boot: int = N_BOOT,
                     seed: int = SEED) -> pd.DataFrame:
    """Mean, bootstrap interval and shares positive/negative of ``column`` per group of ``by``.

    Returns:
        The ``by`` columns, then n, mean, ci_low, ci_high, share_positive, share_negative.

    >>> frame = pd.DataFrame({"outlet": ["x", "x", "y"], "compound": [0.5, -0.5, 0.2]})
    >>> summarize_groups(frame, ["outlet"])[["outlet", "n", "mean", "share_positive"]].values.tolist()
    [['x', 2, 0.0, 0.5], ['y', 1, 0.2, 1.0]]
    """
    rows = []
    for key, group in frame.groupby(by, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        summary = _summary(group[column].astype(float), "|".join(map(str, key)), n_boot=n_boot, seed=seed)
        rows.append({**dict(zip(by, key, strict=True)), **summary})
    return pd.DataFrame(rows, columns=[*by, *SUMMARY_COLUMNS])


def with_context(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The sentiment table joined with paragraph_id, text, position in the article and outlet_label.

    Returns:
        sentiment's columns plus paragraph_id, text, position (sent_id / (n sentences - 1), 0 to 1),
        outlet_label.
    """
    context = sentences[["doc_id", "sent_id", "paragraph_id", "text"]]
    frame = sentiment.merge(context, on=["doc_id", "sent_id"], how="left")
    n = frame.groupby("doc_id")["sent_id"].transform("max").replace(0, 1)
    frame["position"] = (frame["sent_id"] / n).round(3)
    outlets = documents.set_index("doc_id")["outlet_label"] if "outlet_label" in documents else \
        documents.set_index("doc_id")["outlet"]
    frame["outlet_label"] = frame["doc_id"].map(outlets).fillna("(unknown)")
    return frame


def aggregate(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
              level: str = "outlet", n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Sentiment per paragraph, document or outlet, for the standard and the news score side by side.

    Args:
        sentiment, sentences, documents: the pipeline's tables.
        level: "paragraph", "document" or "outlet" (documents.outlet_label).

    Returns:
        One row per group and score ("compound" or "compound_news"): the group columns, score, n, mean,
        ci_low, ci_high (95% percentile bootstrap of the mean), share_positive, share_negative.

    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1], "paragraph_id": [0, 0],
    ...                           "text": ["Peace is good.", "War is bad."]})
    >>> documents = pd.DataFrame({"doc_id": ["a"], "outlet_label": ["Wire"]})
    >>> table = aggregate(score(sentences), sentences, documents)
    >>> table[["outlet_label", "score", "n", "share_negative"]].values.tolist()
    [['Wire', 'compound', 2, 0.5], ['Wire', 'compound_news', 2, 0.5]]
    """
    by = {"paragraph": ["outlet_label", "doc_id", "paragraph_id"], "document": ["outlet_label", "doc_id"],
          "outlet": ["outlet_label"]}.get(level)
    if by is None:
        raise ValueError(f"level must be paragraph, document or outlet, not {level!r}")
    frame = with_context(sentiment, sentences, documents)
    parts = [summarize_groups(frame, by, column=column, n_boot=n_boot, seed=seed).assign(score=column)
             for column in ("compound", "compound_news")]
    table = pd.concat(parts, ignore_index=True).sort_values([*by, "score"], kind="stable")
    return table[[*by, "score", *SUMMARY_COLUMNS]].reset_index(drop=True)


def extremes(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *, n: int = 2,
             column: str = "compound") -> pd.DataFrame:
    """The ``n`` most positive and most negative sentences per outlet, each with its word-level evidence.

    Returns:
        outlet_label, side ("most positive"/"most negative"), doc_id, sent_id, compound, compound_news,
        text, evidence (``summarize``).
    """
    frame = with_context(sentiment, sentences, documents)
    parts = []
    for _, group in frame.groupby("outlet_label", sort=True):
        ranked = group.sort_values([column, "doc_id", "sent_id"], kind="stable")
        positive = ranked[ranked[column] >= THRESHOLD].tail(n).iloc[::-1].assign(side="most positive")
        negative = ranked[ranked[column] <= -THRESHOLD].head(n).assign(side="most negative")
        parts.extend([positive, negative])
    columns = ["outlet_label", "side", "doc_id", "sent_id", "compound", "compound_news", "text"]
    if not parts:
        return pd.DataFrame(columns=[*columns, "evidence"])
    table = pd.concat(parts, ignore_index=True)[columns]
    table["evidence"] = [summarize(text) for text in table["text"]]
    return table


# ---------------------------------------------------------------------------------------------- actors

def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around the span ``start:end``: cut at , ; : ( ) dashes and contrast words.

    >>> text = "Kyiv was praised, but Moscow was condemned."
    >>> s, e = clause_span(text, 22, 28); text[s:e]
    'Moscow was condemned.'
    """
    cuts = [0, len(text)]
    for match in _CLAUSE_PUNCT.finditer(text):
        cuts.extend([match.start(), match.end()])
    for match in _CLAUSE_WORDS.finditer(text):
        cuts.extend([match.start(), match.end()])
    left = max(c for c in cuts if c <= start)
    right = min(c for c in cuts if c >= end)
    segment = text[left:right]
    stripped = segment.lstrip()
    left += len(segment) - len(stripped)
    return left, left + len(stripped.rstrip())


def _sentence_index(sentences: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per document, the sentences' starts, ends and sent_ids as arrays sorted by start (for overlaps)."""
    ordered = sentences.sort_values(["doc_id", "start"], kind="stable")
    doc_ids = ordered["doc_id"].to_numpy()
    starts = ordered["start"].to_numpy(dtype=np.int64)
    ends = ordered["end"].to_numpy(dtype=np.int64)
    sent_ids = ordered["sent_id"].to_numpy(dtype=np.int64)
    index, first = {}, 0
    for i in range(1, len(doc_ids) + 1):
        if i == len(doc_ids) or doc_ids[i] != doc_ids[first]:
            index[doc_ids[first]] = (starts[first:i], ends[first:i], sent_ids[first:i])
            first = i
    return index


def _overlapping(index: dict, doc_id: str, start: int, end: int) -> np.ndarray:
    """sent_ids of the document's sentences that overlap ``start:end`` (binary search, no scan).

    >>> index = _sentence_index(pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [0, 1, 2],
    ...                                       "start": [0, 10, 20], "end": [9, 19, 29]}))
    >>> _overlapping(index, "d", 12, 22).tolist(), _overlapping(index, "x", 0, 5).tolist()
    ([1, 2], [])
    """
    if doc_id not in index:
        return np.empty(0, dtype=np.int64)
    starts, ends, sent_ids = index[doc_id]
    first = np.searchsorted(ends, start, side="right")
    last = np.searchsorted(starts, end, side="left")
    return sent_ids[first:last]


def _speaker_sentences(index: dict, quotes: pd.DataFrame | None) -> set[tuple[str, int, str]]:
    """(doc_id, sent_id, speaker) for every sentence that overlaps a quote of that speaker."""
    if quotes is None or quotes.empty:
        return set()
    out = set()
    for doc_id, speaker, start, end in quotes[["doc_id", "speaker", "start", "end"]].itertuples(index=False):
        out.update((doc_id, int(sent_id), speaker) for sent_id in _overlapping(index, doc_id, int(start), int(end)))
    return out


def _usable(frame: pd.DataFrame | None, needed: tuple[str, ...]) -> pd.DataFrame | None:
    """The frame when it has the contract columns this module reads, else None (nothing to score)."""
    if frame is None or frame.empty or not set(needed) <= set(frame.columns):
        return None
    return frame


def toward_actors(sentences: pd.DataFrame, mentions: pd.DataFrame | None, quotes: pd.DataFrame | None,
                  ) -> pd.DataFrame:
    """Sentiment about each actor (their mentions) and by each actor (their quotes), kept apart.

    A mention counts as "about" unless the actor speaks in that sentence (a quote of theirs overlaps it):
    "“It is certainly not a betrayal,” Hegseth said" is Hegseth's voice, not a judgement on him. Each
    "about" row is scored twice: on the clause around the mention (method "window", the kit's estimate) and
    on the whole sentence (compound_sentence); each "by" row on the quote's text (method "quote").

    Args:
        sentences: doc_id, sent_id, start, end, text.
        mentions: the ``mentions`` table (doc_id, sent_id, actor, affiliation, start, end), or None.
        quotes: the ``quotes`` table (doc_id, quote_id, speaker, affiliation, text, start, end), or None.

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
    sentence_index = _sentence_index(sentences)
    speaking = _speaker_sentences(sentence_index, quotes)
    if mentions is not None:
        index = {(d, int(i)): (int(s), t) for d, i, s, t in
                 sentences[["doc_id", "sent_id", "start", "text"]].itertuples(index=False)}
        for m in mentions.itertuples(index=False):
            key = (m.doc_id, int(m.sent_id))
            if key not in index or (m.doc_id, int(m.sent_id), m.actor) in speaking:
                continue
            offset, text = index[key]
            left, right = clause_span(text, int(m.start) - offset, int(m.end) - offset)
            rows.append((m.doc_id, int(m.sent_id), m.actor, m.affiliation, "about", "window", text,
                         offset + left, offset + right, text[left:right]))
    if quotes is not None:
        for q in quotes.itertuples(index=False):
            if not isinstance(q.speaker, str) or not q.speaker or not str(q.text).strip():
                continue
            hit = _overlapping(sentence_index, q.doc_id, int(q.start), int(q.end))
            sent_id = int(hit[0]) if len(hit) else -1
            rows.append((q.doc_id, sent_id, q.speaker, q.affiliation, "by", "quote", str(q.text), int(q.start),
                         int(q.end), str(q.text)))
    return _score_actor_rows(rows)


def _score_actor_rows(rows: list[tuple]) -> pd.DataFrame:
    """The actor_sentiment table from its rows: spans and sentences scored in one batched ``score`` call."""
    frame = pd.DataFrame(rows, columns=["doc_id", "sent_id", "actor", "affiliation", "role", "method",
                                        "sentence", "start", "end", "text"])
    texts = pd.concat([frame["text"], frame["sentence"]], ignore_index=True)
    scored = score(pd.DataFrame({"doc_id": "", "sent_id": range(len(texts)), "text": texts}))
    n = len(frame)
    frame["compound"] = scored["compound"].to_numpy()[:n]
    frame["compound_news"] = scored["compound_news"].to_numpy()[:n]
    frame["compound_sentence"] = scored["compound"].to_numpy()[n:]
    return frame[list(ACTOR_SENTIMENT_COLUMNS)]


def actor_summary(actor_sentiment: pd.DataFrame, documents: pd.DataFrame, *, per_outlet: bool = True,
                  column: str = "compound", n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Per actor (and outlet), the mean sentiment about them and of their own words, with intervals.

    Returns:
        actor, affiliation, [outlet_label,] role, n, mean, ci_low, ci_high, share_positive, share_negative.

    >>> rows = pd.DataFrame({"doc_id": ["d", "d"], "actor": ["A", "A"], "affiliation": ["X", "X"],
    ...                      "role": ["about", "by"], "compound": [-0.5, 0.4]})
    >>> actor_summary(rows, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))[["role", "mean"]].values.tolist()
    [['about', -0.5], ['by', 0.4]]
    """
    outlets = documents.set_index("doc_id")["outlet_label"]
    frame = actor_sentiment.assign(outlet_label=actor_sentiment["doc_id"].map(outlets).fillna("(unknown)"))
    by = ["actor", "affiliation", "outlet_label", "role"] if per_outlet else ["actor", "affiliation", "role"]
    return summarize_groups(frame, by, column=column, n_boot=n_boot, seed=seed)


# ---------------------------------------------------------------------------------------------- validation

METHODS = ("plain", "news", "actor_window", "actor_window_news")
GOLD_LABELS = {"negative": "negative", "neutral": "neutral", "positive": "positive", "-1": "negative",
               "0": "neutral", "1": "positive", "neg": "negative", "neu": "neutral", "pos": "positive",
               "-1.0": "negative", "0.0": "neutral", "1.0": "positive", "+1": "positive"}


def _target_span(text: str, target: str) -> tuple[int, int] | None:
    """Offsets of ``target`` in ``text`` (case-insensitive), else of its last word; None when absent."""
    for needle in (target, target.split()[-1] if target.split() else ""):
        if needle:
            match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE)
            if match:
                return match.span()
    return None


def predict(gold: pd.DataFrame) -> pd.DataFrame:
    """Labels of every method for a gold frame (text, optional target).

    Returns:
        gold's rows with plain, news, actor_window and actor_window_news labels; the window methods score
        (standard or news reading) the clause around the target where one is given and found, else the
        whole text; has_target marks the rows whose target was found.

    >>> gold = pd.DataFrame({"text": ["Kyiv was praised, but Moscow was condemned."], "target": ["Moscow"]})
    >>> predict(gold)[["plain", "actor_window", "has_target"]].values.tolist()
    [['negative', 'negative', True]]
    """
    texts = gold["text"].astype(str).tolist()
    targets = gold["target"].astype(str).tolist() if "target" in gold else [""] * len(texts)
    scored = score(pd.DataFrame({"doc_id": "gold", "sent_id": range(len(texts)), "text": texts}))
    window, window_news, has_target = [], [], []
    for text, target, plain, news in zip(texts, targets, scored["label"], scored["label_news"], strict=True):
        span = _target_span(text, target.strip()) if target.strip() else None
        has_target.append(span is not None)
        if span is None:
            window.append(plain)
            window_news.append(news)
            continue
        left, right = clause_span(text, *span)
        clause = score_text(text[left:right])
        window.append(clause["label"])
        window_news.append(clause["label_news"])
    return gold.assign(plain=scored["label"].to_numpy(), news=scored["label_news"].to_numpy(),
                       actor_window=window, actor_window_news=window_news, has_target=has_target)


def _gold_labels(gold: pd.DataFrame):
    from analysis.validate import ValidationError

    missing = {"text", "label"} - set(gold.columns)
    if missing:
        raise ValidationError(f"gold file needs columns text and label (missing: {', '.join(sorted(missing))})")
    labels = gold["label"].astype(str).str.strip().str.lower().map(GOLD_LABELS)
    if labels.isna().any():
        bad = gold.loc[labels.isna(), "label"].iloc[0]
        raise ValidationError(f"gold label {bad!r} is not negative/neutral/positive or -1/0/1")
    return labels.tolist()


def validation_results(gold: pd.DataFrame, args=None) -> dict[str, dict]:
    """Score every method (plain, news, actor windows) against a gold frame (``validate sentiment``).

    When some gold rows name a target, the sentence and window methods are also compared on those rows
    only ("plain@target", "actor_window@target", ...): the fair test of the window.

    >>> gold = pd.DataFrame({"text": ["A wonderful day.", "The war goes on."], "label": ["positive", "0"]})
    >>> {m: r["accuracy"] for m, r in validation_results(gold).items()}
    {'plain': 0.5, 'news': 1.0, 'actor_window': 0.5, 'actor_window_news': 1.0}
    """
    from analysis.validate import score as score_labels

    labels = _gold_labels(gold)
    predicted = predict(gold)
    order = ["negative", "neutral", "positive"]
    results = {method: score_labels(labels, predicted[method].tolist(), labels=order)
               for method in METHODS}
    mask = predicted["has_target"].to_numpy()
    if mask.any():
        targeted = [label for label, keep in zip(labels, mask, strict=True) if keep]
        for method in METHODS:
            results[f"{method}@target"] = score_labels(targeted, predicted.loc[mask, method].tolist(),
                                                       labels=order)
    return results


# ---------------------------------------------------------------------------------------------- report views

def evidence(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every sentence with both scores, labels, topic words and its place in the article (a filterable view).

    Returns:
        outlet_label, doc_id, sent_id, paragraph_id, position, compound, compound_news, label, label_news,
        topic_words, text.
    """
    frame = with_context(tables["sentiment"], tables["sentences"], tables["documents"])
    columns = ["outlet_label", "doc_id", "sent_id", "paragraph_id", "position", "compound", "compound_news",
               "label", "label_news", "topic_words", "text"]
    return frame[columns].sort_values(["outlet_label", "doc_id", "sent_id"]).reset_index(drop=True)


def actors_table(tables: dict[str, pd.DataFrame], *, per_outlet: bool = True, min_n: int = 1,
                 column: str = "compound") -> pd.DataFrame:
    """Sentiment about and by each actor, from ``actor_sentiment`` (or computed from mentions and quotes).

    Returns:
        actor_summary's columns for groups with at least ``min_n`` rows; empty when the corpus has no
        mentions or quotes tables.
    """
    rows = tables.get("actor_sentiment")
    if rows is None:
        rows = toward_actors(tables["sentences"], tables.get("mentions"), tables.get("quotes"))
    summary = actor_summary(rows, tables["documents"], per_outlet=per_outlet, column=column)
    return summary[summary["n"] >= min_n].reset_index(drop=True)


def validation_table(gold_path: str) -> pd.DataFrame:
    """Macro-F1, accuracy and n of every method on a gold file (method, n, accuracy, macro_f1)."""
    from analysis import validate

    results = validation_results(validate.read_gold(gold_path))
    return pd.DataFrame([{"method": m, "n": r["n"], "accuracy": round(r["accuracy"], 3),
                          "macro_f1": round(r["macro_f1"], 3)} for m, r in results.items()])


def findings(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Plain-language key figures of the sentiment tables.

    >>> sentences = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "paragraph_id": [0], "text": ["War."]})
    >>> tables = {"sentences": sentences, "sentiment": score(sentences),
    ...           "documents": pd.DataFrame({"doc_id": ["a"], "outlet_label": ["W"]})}
    >>> findings(tables)[0]
    '1 sentence scored: 0% positive, 100% negative, 0% neutral by standard VADER.'
    """
    sentiment = tables["sentiment"]
    n = len(sentiment)
    if not n:
        return ["No sentences to score."]
    share = sentiment["label"].value_counts(normalize=True)
    lines = [f"{n} sentence{'s' if n != 1 else ''} scored: {share.get('positive', 0):.0%} positive, "
             f"{share.get('negative', 0):.0%} negative, {share.get('neutral', 0):.0%} neutral by standard VADER."]
    changed = sentiment["label"] != sentiment["label_news"]
    lines.append(f"The news reading changes the label of {int(changed.sum())} sentences ({changed.mean():.0%}); "
                 f"{int((sentiment['topic_words'] != '').sum())} sentences contain a topic word such as "
                 "'war' or 'peace'.")
    outlets = aggregate(sentiment, tables["sentences"], tables["documents"], level="outlet")
    standard = outlets[outlets["score"] == "compound"].sort_values("mean")
    if len(standard) > 1:
        low, high = standard.iloc[0], standard.iloc[-1]
        overlap = low["ci_high"] >= high["ci_low"]
        lines.append(f"Most negative outlet on average: {low['outlet_label']} ({low['mean']:+.2f}); most positive: "
                     f"{high['outlet_label']} ({high['mean']:+.2f}); their 95% intervals "
                     f"{'overlap, so the difference may be chance' if overlap else 'do not overlap'}.")
    return lines


def _figure(height: float = 3.5):
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(8, height))


def _empty(ax, title: str, xlabel: str, ylabel: str, *, note: str = "no sentences to show"):
    ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes)
    return plots.finish(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def plot_distribution(tables: dict[str, pd.DataFrame]):
    """Box plots of sentence compound scores per outlet, standard and news side by side; returns the figure."""
    frame = evidence(tables)
    outlets = sorted(frame["outlet_label"].unique())
    fig, ax = _figure(max(3.0, 0.6 * len(outlets) + 1.5))
    if frame.empty:
        return _empty(ax, "Sentence sentiment per outlet", "compound score (-1 to 1)", "outlet")
    positions = np.arange(len(outlets))
    for shift, column, colour in ((-0.18, "compound", "#4c72b0"), (0.18, "compound_news", "#dd8452")):
        data = [frame.loc[frame["outlet_label"] == o, column].to_numpy() for o in outlets]
        parts = ax.boxplot(data, positions=positions + shift, widths=0.3, vert=False, patch_artist=True,
                           manage_ticks=False)
        for box in parts["boxes"]:
            box.set_facecolor(colour)
        parts["boxes"][0].set_label("standard VADER" if column == "compound" else "news reading")
    ax.set_yticks(positions, outlets)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    return plots.finish(ax, title="Sentence sentiment per outlet", xlabel="compound score (-1 to 1)",
                        ylabel="outlet")


def plot_outlets(summary: pd.DataFrame):
    """Mean compound per outlet with 95% bootstrap intervals, for both scores; returns the figure."""
    outlets = sorted(summary["outlet_label"].unique())
    fig, ax = _figure(max(3.0, 0.5 * len(outlets) + 1.5))
    if summary.empty:
        return _empty(ax, "Mean sentence sentiment per outlet", "mean compound score", "outlet")
    for shift, score_name, colour in ((-0.15, "compound", "#4c72b0"), (0.15, "compound_news", "#dd8452")):
        rows = summary[summary["score"] == score_name].set_index("outlet_label").reindex(outlets)
        _interval_dots(ax, rows, shift, colour=colour,
                       label="standard VADER" if score_name == "compound" else "news reading")
    _dot_axes(ax, outlets)
    return plots.finish(ax, title="Mean sentence sentiment per outlet (95% bootstrap interval)",
                        xlabel="mean compound score", ylabel="outlet")


def _interval_dots(ax, rows: pd.DataFrame, shift: float, *, colour: str, label: str) -> None:
    """Means with their bootstrap intervals as dots and error bars, one row per y position."""
    y = np.arange(len(rows)) + shift
    ax.errorbar(rows["mean"], y, xerr=[rows["mean"] - rows["ci_low"], rows["ci_high"] - rows["mean"]],
                fmt="o", color=colour, capsize=3, label=label)


def _dot_axes(ax, labels: list[str]) -> None:
    ax.set_yticks(np.arange(len(labels)), labels)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)


def plot_along(tables: dict[str, pd.DataFrame]):
    """Compound score of each sentence along its article (0 = first sentence, 1 = last); returns the figure."""
    frame = evidence(tables)
    fig, ax = _figure(4.0)
    if frame.empty:
        return _empty(ax, "Sentiment along each article (standard VADER)",
                      "position in the article (0 = start, 1 = end)", "compound score")
    for doc_id, group in frame.groupby("doc_id", sort=True):
        ax.plot(group["position"], group["compound"], marker="o", markersize=3, linewidth=1, label=doc_id)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return plots.finish(ax, title="Sentiment along each article (standard VADER)",
                        xlabel="position in the article (0 = start, 1 = end)", ylabel="compound score")


def plot_actors(summary: pd.DataFrame, *, top: int = 12):
    """Mean sentiment about each actor and of their own words, with 95% intervals; returns the figure."""
    fig, ax = _figure(4.0)
    if summary.empty:
        return _empty(ax, "Sentiment about and by actors", "mean compound score", "actor",
                      note="no actor mentions or quotes in this corpus")
    pooled = summary.groupby(["actor", "role"], as_index=False).agg(n=("n", "sum"))
    actors = pooled.groupby("actor")["n"].sum().sort_values(ascending=False).head(top).index.tolist()
    fig.set_size_inches(8, max(3.0, 0.45 * len(actors) + 1.5))
    for shift, role, colour in ((-0.15, "about", "#4c72b0"), (0.15, "by", "#c44e52")):
        rows = summary[summary["role"] == role].groupby("actor").agg(
            mean=("mean", "mean"), ci_low=("ci_low", "min"), ci_high=("ci_high", "max")).reindex(actors)
        _interval_dots(ax, rows, shift, colour=colour,
                       label="about them (clause around mention)" if role == "about" else "their own quoted words")
    _dot_axes(ax, actors)
    return plots.finish(ax, title="Sentiment about and by actors (95% bootstrap interval)",
                        xlabel="mean compound score", ylabel="actor")
