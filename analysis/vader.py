"""VADER on one text, exactly as nltk computes it, with the kit's news reading and the words behind a score.

Method: VADER (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM) as implemented in ``nltk.sentiment.vader``. The kit runs nltk's rules as
``analysis.vader_rules`` writes them out (the same numbers as nltk's ``polarity_scores``, pinned by a test
with ``==``) and keeps the per-word valences they produce, so one pass yields nltk's scores (``compound``,
``pos``, ``neu``, ``neg``, unmodified), the news reading ``compound_news`` (topic words of
``analysis/data/news_topic_words.txt``, lexicon words inside capitalised names, and typographic quotes
handled as described in ``analysis.sentiment``) and, in ``explain``, each word's valence after VADER's rules
with its leave-one-out effect on the compound score.

Labels follow Hutto and Gilbert's convention: compound >= 0.05 positive, <= -0.05 negative, else neutral.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from analysis import resources, vader_rules

__all__ = ["THRESHOLD", "TOPIC_WORDS_FILE", "EXPLANATION_COLUMNS", "label", "topic_words", "plain_typography",
           "of_text", "score_tokens", "batch_tokens", "explain", "summarize"]


THRESHOLD = 0.05
TOPIC_WORDS_FILE = "news_topic_words.txt"
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u2018\u2032](?=\w)")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]|(?<!\w)'|'(?!\w)")
_QUOTE_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u2032\u00ab\u00bb")
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_CLAUSE_END = (",", ".", ";", ":", "!", "?")


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
    """VADER's tokens, per-token valences (after every rule) and nltk's ``SentiText`` for ``text``.

    ``vader_rules.scores(valences, text)`` gives back exactly nltk's ``polarity_scores(text)`` (tests pin
    this on generated text and on every seed sentence).
    """
    from nltk.sentiment.vader import SentiText

    constants = resources.vader().constants
    sentitext = SentiText(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
    return sentitext.words_and_emoticons, vader_rules.valences(sentitext.words_and_emoticons), sentitext


def _scores(valences: list[float], text: str) -> dict:
    return vader_rules.scores(valences, text)


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
        tokens, origin = _plain_tokens(tokens)
        valences = vader_rules.valences(tokens)
    zero = {k for k, token in enumerate(tokens) if token.lower() in topics}
    found = [tokens[k].lower() for k in sorted(zero)]
    name_positions = [k for k in _name_words(tokens) if k not in zero] if names else []
    zero.update(name_positions)
    if zero:
        valences = [0 if k in zero else v for k, v in enumerate(valences)]
    return valences, origin, found, [tokens[k] for k in name_positions]


def of_text(text: str, *, topics: frozenset[str] | None = None, typography: bool = True,
               names: bool = True) -> dict:
    """nltk's VADER scores of one text plus the kit's news score and labels.

    >>> row = of_text("The war goes on.")
    >>> row["compound"], row["compound_news"], row["label_news"], row["topic_words"]
    (-0.5994, 0.0, 'neutral', 'war')
    >>> of_text("The United States said so.")["name_words"]
    'United'
    """
    topics = topic_words() if topics is None else topics
    if not _has_lexicon_word(text) and not (typography and _QUOTE_CHARS.intersection(text)):
        tokens = [piece for piece in text.split() if len(piece) > 1]  # every valence is 0: no rule can apply
    else:
        tokens = vader_rules.tokens(text)
    return score_tokens(text, tokens, topics=topics, typography=typography, names=names)


def score_tokens(text: str, tokens: list[str], *, topics: frozenset[str], typography: bool,
                  names: bool) -> dict:
    """The row of ``of_text`` from VADER's tokens of ``text`` (nltk's rules and score_valence, as
    ``vader_rules`` runs them)."""
    valences = vader_rules.valences(tokens)
    standard = vader_rules.scores(valences, text)
    news, _, found, name_words = _news_valences(text, tokens, valences, topics, typography=typography,
                                                names=names)
    compound_news = standard["compound"] if news is valences else vader_rules.scores(news, text)["compound"]
    return {"compound": standard["compound"], "pos": standard["pos"], "neu": standard["neu"],
            "neg": standard["neg"], "compound_news": compound_news, "label": label(standard["compound"]),
            "label_news": label(compound_news), "topic_words": " ".join(dict.fromkeys(found)),
            "name_words": " ".join(dict.fromkeys(name_words))}


def batch_tokens(texts: list[str]) -> list[list[str]]:
    """VADER's tokens of each text (``vader_rules.tokens``: nltk's ``SentiText`` tokens, each white-space
    piece mapped once per process). A test pins this against per-text SentiText on the seeds and on random
    text.

    >>> batch_tokens(["Good, (bad)!", "“Fine” -- ok"])
    [['Good', '(bad)!'], ['“Fine”', '--', 'ok']]
    """
    return [vader_rules.tokens(text) for text in texts]


EXPLANATION_COLUMNS = ("position", "token", "start", "end", "lexicon", "valence", "valence_news", "effect",
                       "rules")


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
        effect = round(compound - vader_rules.polarity_scores(without)["compound"], 4)
        notes = _rules(tokens, k, sentitext)
        if token.lower() in topics:
            notes.append("news topic word: 0 in the news score")
        elif token in name_words and token.lower() in analyzer.lexicon:
            notes.append("part of a name: 0 in the news score")
        rows.append((k, token, start, end, float(analyzer.lexicon.get(token.lower(), 0.0)),
                     round(float(valence), 4), round(float(news[k]), 4), effect, "; ".join(notes)))
    return pd.DataFrame(rows, columns=list(EXPLANATION_COLUMNS))


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
