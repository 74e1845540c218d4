"""nltk's VADER, token by token, with its lookups prepared once: the same numbers at a fraction of the cost.

Method: VADER (Hutto and Gilbert 2014, ICWSM) as implemented in ``nltk.sentiment.vader``. nltk's
``polarity_scores`` builds a ``SentiText`` per call (a punctuation table of every word times every mark),
lower-cases each neighbour of a sentiment word again for every rule, and formats idiom strings for every
lexicon word. This module runs the same rules in the same order with the same arithmetic (``tokens``,
``valences``, ``scores``), over lower-cased tokens computed once and lexicon, booster, negation and idiom
tables taken from nltk's own analyzer, so ``scores(valences(tokens(text)), text)`` equals nltk's
``polarity_scores(text)`` exactly, number for number; ``tests/test_vader_rules.py`` compares the two with
``==`` on generated text that exercises every rule and on published VADER test sentences.
"""

from __future__ import annotations

import functools
import math
import string

from analysis import resources

__all__ = ["tokens", "valences", "scores", "polarity_scores"]

_DELETE_PUNCTUATION = str.maketrans("", "", string.punctuation)  # nltk's REGEX_REMOVE_PUNCTUATION
_PIECES_KEPT = 200_000  # distinct white-space pieces remembered before the memory starts over


class _Rules:
    """nltk's lexicon and constants, as plain dictionaries and sets."""

    def __init__(self):
        analyzer = resources.vader()
        constants = analyzer.constants
        self.lexicon: dict[str, float] = analyzer.lexicon
        self.booster: dict[str, float] = dict(constants.BOOSTER_DICT)
        self.negate = frozenset(constants.NEGATE)
        self.idioms: dict[str, float] = dict(constants.SPECIAL_CASE_IDIOMS)
        self.punctuation = frozenset(constants.PUNC_LIST)
        self.n_scalar, self.c_incr, self.b_decr = constants.N_SCALAR, constants.C_INCR, constants.B_DECR
        self.pieces: dict[str, str] = {}


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules()


def tokens(text: str) -> list[str]:
    """VADER's tokens of ``text``: nltk's ``SentiText(text, ...).words_and_emoticons``.

    A white-space piece of two or more characters is a token; a piece that is a word (no ASCII punctuation,
    two or more characters) with one of nltk's punctuation items before or after it is that word.

    >>> tokens("Good, (bad)!! :) ok!?! a")
    ['Good', '(bad)!!', ':)', 'ok']
    """
    rules = _rules()
    cache = rules.pieces
    out = []
    for piece in text.split():
        if len(piece) < 2:
            continue
        token = cache.get(piece)
        if token is None:
            if len(cache) >= _PIECES_KEPT:
                cache.clear()
            token = cache[piece] = _token(piece, rules.punctuation)
        out.append(token)
    return out


def _token(piece: str, punctuation: frozenset[str]) -> str:
    word = piece.translate(_DELETE_PUNCTUATION)
    if word == piece or len(word) < 2:
        return piece
    if piece.endswith(word) and piece[:len(piece) - len(word)] in punctuation:
        return word
    if piece.startswith(word) and piece[len(word):] in punctuation:
        return word
    return piece


def valences(words: list[str]) -> list[float]:
    """nltk's per-token valences of VADER's tokens, after every rule and the "but" rule.

    A repeated token is scored at its first position, as nltk does.

    >>> valences(["It", "is", "not", "good"])
    [0, 0, 0, -1.406]
    """
    rules = _rules()
    lexicon = rules.lexicon
    lowers = [word.lower() for word in words]
    n = len(words)
    n_upper = sum(word.isupper() for word in words)
    cap_diff = 0 < n - n_upper < n
    first: dict[str, int] = {}
    for position, word in enumerate(words):
        first.setdefault(word, position)
    out: list[float] = []
    for word in words:
        i = first[word]
        lower = lowers[i]
        if lower not in lexicon or lower in rules.booster or (i < n - 1 and lower == "kind" and lowers[i + 1] == "of"):
            out.append(0)
            continue
        out.append(_valence(rules, words, lowers, i, cap_diff))
    if "but" in lowers:
        bi = lowers.index("but")
        for k in range(len(out)):
            if k < bi:
                out[k] = out[k] * 0.5
            elif k > bi:
                out[k] = out[k] * 1.5
    return out


def _valence(rules: _Rules, words: list[str], lowers: list[str], i: int, cap_diff: bool) -> float:
    """nltk's ``sentiment_valence`` for the lexicon word at ``i`` (booster, negation, idiom, "least" rules)."""
    lexicon = rules.lexicon
    valence = lexicon[lowers[i]]
    if words[i].isupper() and cap_diff:
        valence = valence + rules.c_incr if valence > 0 else valence - rules.c_incr
    for start_i in range(3):
        k = i - (start_i + 1)
        if i > start_i and lowers[k] not in lexicon:
            s = 0.0
            booster = rules.booster.get(lowers[k])
            if booster is not None:
                s = booster
                if valence < 0:
                    s *= -1
                if words[k].isupper() and cap_diff:
                    s = s + rules.c_incr if valence > 0 else s - rules.c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _never(rules, valence, words, lowers, start_i, i)
            if start_i == 2:
                valence = _idioms(rules, valence, words, i)
    if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        if lowers[i - 2] != "at" and lowers[i - 2] != "very":
            valence = valence * rules.n_scalar
    elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        valence = valence * rules.n_scalar
    return valence


def _negated(rules: _Rules, lower: str) -> bool:
    """nltk's ``negated([word])`` for one word (given lower-cased)."""
    return lower in rules.negate or "n't" in lower


def _never(rules: _Rules, valence: float, words: list[str], lowers: list[str], start_i: int, i: int) -> float:
    """nltk's ``_never_check`` (its "never so"/"never this" tests are case-sensitive, as there)."""
    if start_i == 0:
        if _negated(rules, lowers[i - 1]):
            valence = valence * rules.n_scalar
    elif start_i == 1:
        if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.5
        elif _negated(rules, lowers[i - 2]):
            valence = valence * rules.n_scalar
    elif start_i == 2:
        if (words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this")) \
                or (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.25
        elif _negated(rules, lowers[i - 3]):
            valence = valence * rules.n_scalar
    return valence


def _idioms(rules: _Rules, valence: float, words: list[str], i: int) -> float:
    """nltk's ``_idioms_check`` (idioms and "kind of"/"sort of" as written, case-sensitive, as there)."""
    idioms = rules.idioms
    onezero = f"{words[i - 1]} {words[i]}"
    twoonezero = f"{words[i - 2]} {words[i - 1]} {words[i]}"
    twoone = f"{words[i - 2]} {words[i - 1]}"
    threetwoone = f"{words[i - 3]} {words[i - 2]} {words[i - 1]}"
    threetwo = f"{words[i - 3]} {words[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in idioms:
            valence = idioms[sequence]
            break
    if len(words) - 1 > i:
        zeroone = f"{words[i]} {words[i + 1]}"
        if zeroone in idioms:
            valence = idioms[zeroone]
    if len(words) - 1 > i + 1:
        zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
        if zeroonetwo in idioms:
            valence = idioms[zeroonetwo]
    if threetwo in rules.booster or twoone in rules.booster:
        valence = valence + rules.b_decr
    return valence


def scores(sentiments: list[float], text: str) -> dict[str, float]:
    """nltk's ``score_valence``: neg, neu, pos and compound from the valences and the text's "!" and "?".

    >>> scores([0, 0, 0, -1.406], "It is not good")
    {'neg': 0.445, 'neu': 0.555, 'pos': 0.0, 'compound': -0.3412}
    """
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(sentiments))
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    amplifier = ep_count * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    pos_sum, neg_sum, neu_count = 0.0, 0.0, 0
    for sentiment in sentiments:
        if sentiment > 0:
            pos_sum += float(sentiment) + 1
        if sentiment < 0:
            neg_sum += float(sentiment) - 1
        if sentiment == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


def polarity_scores(text: str) -> dict[str, float]:
    """nltk's ``SentimentIntensityAnalyzer().polarity_scores(text)``, the same dictionary.

    >>> polarity_scores("VADER is smart, handsome, and funny!")
    {'neg': 0.0, 'neu': 0.248, 'pos': 0.752, 'compound': 0.8439}
    """
    return scores(valences(tokens(text)), text)
