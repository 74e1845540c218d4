"""Frame cues learned from labelled data, their weights, and the calibrated decisions built on them.

The hand cue list of ``frame_cues.csv`` says which words a codebook names; this module adds which words
labelled news actually uses, and how much each counts:

- **Learned cues** (``frame_weights.csv``): for each frame, the word stems (Porter) whose rate in the frame's
  labelled units exceeds their rate in the other units, scored by the weighted log-odds ratio with an
  informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' words", Political Analysis 16(4);
  the z-score of section 3.5), as Field et al. (2018, "Framing and agenda-setting in Russian news", EMNLP)
  built Media Frames Corpus lexicons. The ``weight`` of a stem is its z-score minus the file's offset, so
  only stems clearly tied to the frame count.
- **Calibrated decisions** (``frame_model.csv``): a sentence's score for a frame is
  ``intercept + learned * (sum of the weights of its distinct learned stems) + hand * (hand cue occurrences)``,
  a multinomial logistic regression fitted on sentence-labelled data; an article carries a frame when the
  logistic probability of ``intercept + learned * evidence + hand * log(1 + sentences with a hand cue)``
  reaches the frame's threshold, where ``evidence`` is the sum of the weights of the article's distinct
  learned stems over the square root of its word count. Weights and thresholds were fitted on the tuning
  part of the development data only (``benchmarks/build_frame_weights.py``); each is a row of the file.

``fit_logistic`` and ``fit_softmax`` are the small numpy fits that build those files.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

import numpy as np
import pandas as pd

from analysis import resources

__all__ = ["WEIGHTS_FILE", "MODEL_FILE", "STRONG", "ARTICLE_COLUMNS", "stem", "tokens", "weights", "model",
           "learned", "evidence", "add_learned",
           "sentence_scores", "article_evidence", "decide", "log_odds", "fit_logistic", "fit_softmax"]

WEIGHTS_FILE = "frame_weights.csv"
MODEL_FILE = "frame_model.csv"
# A learned word of at least this weight is shown as evidence and marks its sentence. The generic words come
# from article labels of one topic (climate) and only add to an article's evidence, never mark a sentence.
STRONG = {"mfc": 1.5, "generic": math.inf}
ARTICLE_COLUMNS = ("doc_id", "scheme", "frame", "evidence", "hand_sentences", "probability", "present")

_WORD = re.compile(r"[^\W\d_][\w'’]*[^\W\d_]|[^\W\d_]")


@functools.lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem import PorterStemmer

    return PorterStemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word, possessive dropped.

    >>> stem("Sanctions"), stem("economic"), stem("Russia's")
    ('sanction', 'econom', 'russia')
    """
    word = re.sub(r"['’]s$", "", word.lower()).replace("’", "'")
    return _stemmer().stem(word)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a text as (stem, start, end).

    >>> [(s, "Prices soared."[a:b]) for s, a, b in tokens("Prices soared.")]
    [('price', 'Prices'), ('soar', 'soared')]
    """
    return [(stem(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=8)
def weights(path: str | None = None) -> dict[str, dict[str, tuple[tuple[str, float], ...]]]:
    """The learned cues: per scheme, stem -> ((frame, weight), ...).

    >>> dict(weights()["mfc"]["tax"])["economic"] > 0
    True
    """
    rows = _rows(path or WEIGHTS_FILE, ("scheme", "frame", "cue", "weight"))
    out: dict[str, dict[str, list]] = {}
    for row in rows:
        out.setdefault(row["scheme"], {}).setdefault(row["cue"], []).append((row["frame"], float(row["weight"])))
    return {scheme: {cue: tuple(pairs) for cue, pairs in table.items()} for scheme, table in out.items()}


@functools.lru_cache(maxsize=8)
def model(path: str | None = None) -> pd.DataFrame:
    """The calibrated coefficients: level (sentence or article), scheme, frame, members, intercept, learned,
    hand, threshold.

    >>> sorted(set(model()["level"]))
    ['article', 'sentence']
    """
    rows = _rows(path or MODEL_FILE, ("level", "scheme", "frame", "intercept", "learned", "hand", "threshold"))
    table = pd.DataFrame(rows)
    for column in ("intercept", "learned", "hand", "threshold"):
        table[column] = pd.to_numeric(table[column], errors="raise")
    table["members"] = table.get("members", pd.Series("", index=table.index)).fillna("")
    return table


def _rows(name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    return resources.read_checked(name, required, what="frame weights")


def learned(text: str, *, scheme: str, path: str | None = None) -> dict[str, tuple[float, list[str]]]:
    """Per frame: the sum of the weights of the text's distinct learned stems, and those words as written.

    >>> score, words = learned("Prices and taxes rose.", scheme="mfc")["economic"]
    >>> score > 0, words
    (True, ['prices', 'taxes'])
    """
    table = weights(path).get(scheme, {})
    out: dict[str, tuple[float, list[str]]] = {}
    seen: set[str] = set()
    for cue, start, end in tokens(text):
        if cue in seen or cue not in table:
            continue
        seen.add(cue)
        for frame, weight in table[cue]:
            score, words = out.get(frame, (0.0, []))
            out[frame] = (score + weight, [*words, text[start:end].lower()])
    return out


def evidence(text: str, *, path: str | None = None) -> dict[tuple[str, str], list]:
    """Per (scheme, frame): the learned evidence of one sentence (sum of the weights of its distinct learned
    stems) and its strong learned words as written, lower case (weight >= ``STRONG`` of the scheme).

    Each distinct word is stemmed once per process (``_by_word``); a sentence costs one dictionary look-up per
    word, and words that are no learned cue cost nothing more.

    >>> weight, strong = evidence("Shoppers paid higher prices and taxes.")[("mfc", "economic")]
    >>> weight > 0, "taxes" in strong
    (True, True)
    """
    lookup = _by_word(path)
    out: dict[tuple[str, str], list] = {}
    seen: set[str] = set()
    for word in dict.fromkeys(_WORD.findall(text)):  # a word met again adds nothing: its stem is seen
        hit = lookup.get(word)
        if hit is None:
            hit = _remember(lookup, word, path)
        if not hit or hit[0] in seen:
            continue
        seen.add(hit[0])
        for key, weight, strong in hit[1]:
            entry = out.get(key)
            if entry is None:
                entry = out[key] = [0.0, []]
            entry[0] += weight
            if strong:
                entry[1].append(word.lower())
    return out


def add_learned(rows: dict[tuple, dict], sentences: pd.DataFrame, *, path: str | None = None) -> dict:
    """Rows of the ``frames`` table keyed (doc_id, sent_id, scheme, frame), updated in place and returned
    with each sentence's learned evidence: ``learned`` set, strong learned words added to ``cues`` (a list)
    and ``n_cues``, and a row (``hand`` 0) for a frame that only a strong learned word marks.

    >>> rows = add_learned({}, pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Taxes rose."]}))
    >>> rows[("d", 0, "mfc", "economic")]["cues"]
    ['taxes']
    """
    for doc_id, sent_id, text in zip(sentences["doc_id"].tolist(), sentences["sent_id"].tolist(),
                                     sentences["text"].tolist(), strict=True):
        for (scheme, frame), (weight, strong) in evidence(str(text), path=path).items():
            row = rows.get((doc_id, sent_id, scheme, frame))
            if row is None:
                if not strong:
                    continue
                row = rows[(doc_id, sent_id, scheme, frame)] = {
                    "doc_id": doc_id, "sent_id": sent_id, "frame": frame, "cues": [], "scheme": scheme,
                    "n_cues": 0, "hand": 0, "learned": 0.0}
            row["learned"] = round(weight, 3)
            if strong:
                added = [w for w in strong if w not in row["cues"]]
                row["cues"], row["n_cues"] = [*row["cues"], *added], row["n_cues"] + len(added)
    return rows


_WORDS_KEPT = 500_000  # distinct words remembered per cue table before the memory starts over


@functools.lru_cache(maxsize=8)
def _by_word(path: str | None = None) -> dict[str, tuple]:
    """Word as written -> (stem, its ``_by_stem`` entries), or () for a word that is no learned cue; filled
    as words are met."""
    return {}


def _remember(lookup: dict[str, tuple], word: str, path: str | None) -> tuple:
    if len(lookup) >= _WORDS_KEPT:
        lookup.clear()
    cue = stem(word)
    entries = _by_stem(path).get(cue)
    lookup[word] = hit = (cue, entries) if entries else ()
    return hit


@functools.lru_cache(maxsize=8)
def _by_stem(path: str | None = None) -> dict[str, tuple[tuple[tuple[str, str], float, bool], ...]]:
    """stem -> ((scheme, frame), weight, strong) over all schemes, for one dictionary look-up per word."""
    out: dict[str, list] = {}
    for scheme, table in weights(path).items():
        for cue, pairs in table.items():
            out.setdefault(cue, []).extend(((scheme, f), w, w >= STRONG.get(scheme, math.inf)) for f, w in pairs)
    return {cue: tuple(items) for cue, items in out.items()}


def sentence_scores(learned_scores: dict[str, float], hand_counts: dict[str, int], *,
                    scheme: str = "mfc", path: str | None = None) -> dict[str, float]:
    """The sentence model's linear score of every modelled frame (its members share it).

    Args:
        learned_scores: frame -> learned evidence (``learned``'s first element).
        hand_counts: frame -> occurrences of the frame's hand cues in the sentence.

    >>> scores = sentence_scores({"economic": 6.0}, {"economic": 2})
    >>> max(scores, key=scores.get)
    'economic'
    """
    rows = model(path)
    rows = rows[(rows["level"] == "sentence") & (rows["scheme"] == scheme)]
    out = {}
    for frame, members, intercept, w_learned, w_hand in zip(rows["frame"], rows["members"], rows["intercept"],
                                                            rows["learned"], rows["hand"], strict=True):
        group = [frame, *[m.strip() for m in members.split(";") if m.strip()]]
        hand = sum(hand_counts.get(f, 0) for f in group)
        score = intercept + w_learned * learned_scores.get(frame, 0.0) + w_hand * hand
        for f in group:
            out[f] = float(score)
    return out


def article_evidence(texts, *, scheme: str = "", path: str | None = None,
                     table: dict | None = None) -> tuple[dict[str, float], int]:
    """An article's learned evidence per frame (distinct stems' weights over the square root of its word
    count) from its sentence texts, and the word count.

    >>> evidence, n = article_evidence(["Prices rose.", "Prices fell."], scheme="mfc")
    >>> n, evidence["economic"] > 0
    (4, True)
    """
    table = weights(path).get(scheme, {}) if table is None else table
    stems = [cue for text in texts for cue, _, _ in tokens(str(text))]
    totals: Counter = Counter()
    for cue in set(stems):
        for frame, weight in table.get(cue, ()):
            totals[frame] += weight
    norm = math.sqrt(max(len(stems), 1))
    return {frame: total / norm for frame, total in totals.items()}, len(stems)


def decide(sentences: pd.DataFrame, frames: pd.DataFrame, *, scheme: str = "generic",
           path: str | None = None) -> pd.DataFrame:
    """Whether each article carries each frame, by the calibrated article model of ``frame_model.csv``.

    Args:
        sentences: doc_id, sent_id, text.
        frames: the ``frames`` table (doc_id, sent_id, scheme, frame, hand).

    Returns:
        doc_id, scheme, frame, evidence (learned), hand_sentences, probability, present; one row per document
        and frame of the scheme that the model covers.

    >>> sents = pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [0, 1, 2], "text": ["Prices and taxes rose.",
    ...     "The budget deficit and the economy worried investors.", "Wages fell and costs rose."]})
    >>> frames = pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [0, 1, 2], "scheme": ["mfc"] * 3,
    ...                        "frame": ["economic"] * 3, "hand": [2, 3, 2]})
    >>> bool(decide(sents, frames, scheme="mfc").set_index("frame").loc["economic", "present"])
    True
    """
    rows = model(path)
    rows = rows[(rows["level"] == "article") & (rows["scheme"] == scheme)]
    chosen = frames[(frames["scheme"] == scheme) & (frames["hand"] > 0)] if len(frames) else frames
    hand = chosen.groupby(["doc_id", "frame"])["sent_id"].nunique() if len(chosen) else pd.Series(dtype="int64")
    out = []
    for doc_id, group in sentences.groupby("doc_id", sort=False):
        evidence, _ = article_evidence(group["text"].tolist(), scheme=scheme, path=path)
        for frame, intercept, w_learned, w_hand, threshold in zip(
                rows["frame"], rows["intercept"], rows["learned"], rows["hand"], rows["threshold"], strict=True):
            n_hand = int(hand.get((doc_id, frame), 0))
            z = intercept + w_learned * evidence.get(frame, 0.0) + w_hand * math.log1p(n_hand)
            probability = 1.0 / (1.0 + math.exp(-z))
            out.append((doc_id, scheme, frame, round(evidence.get(frame, 0.0), 4), n_hand, probability,
                        bool(probability >= threshold)))
    return pd.DataFrame(out, columns=list(ARTICLE_COLUMNS))


# ---------------------------------------------------------------------------------------------- fitting

def log_odds(group: Counter, rest: Counter, *, prior: Counter, strength: float = 1000.0) -> dict[str, float]:
    """z-scores of the weighted log-odds ratio, group against rest, with an informative Dirichlet prior
    (``strength`` pseudo-counts spread by the prior's shares; Monroe et al. 2008, section 3.5).

    >>> z = log_odds(Counter(a=9, b=1), Counter(a=1, b=9), prior=Counter(a=10, b=10), strength=10)
    >>> z["a"] > 2 > -2 > z["b"]
    True
    """
    n_group, n_rest, n_prior = sum(group.values()), sum(rest.values()), sum(prior.values())
    out = {}
    for word, count in prior.items():
        a = strength * count / n_prior
        yi, yj = group.get(word, 0), rest.get(word, 0)
        delta = (math.log((yi + a) / (n_group + strength - yi - a))
                 - math.log((yj + a) / (n_rest + strength - yj - a)))
        out[word] = delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))
    return out


def fit_logistic(features: np.ndarray, labels: np.ndarray, *, l2: float = 1.0,
                 steps: int = 3000) -> tuple[float, np.ndarray]:
    """A binary logistic regression (features n x d, labels 0/1) with an L2 penalty: (intercept, weights).

    >>> b, w = fit_logistic(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0, 0, 1, 1]))
    >>> bool(w[0] > 0)
    True
    """
    per_class = np.stack([np.zeros_like(features), features], axis=1)
    targets = np.column_stack([1 - labels, labels])
    intercept, coefficients = fit_softmax(per_class, targets, l2=l2, steps=steps)
    return float(intercept[1] - intercept[0]), coefficients[1]


def fit_softmax(features: np.ndarray, targets: np.ndarray, *, l2: float = 1.0, steps: int = 3000,
                rate: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """A multinomial logistic regression with features of each class (n x k x d, the class's own evidence)
    and one-hot targets (n x k): (intercepts k, weights k x d), so that class c scores
    ``intercept[c] + features[:, c] @ weights[c]``. Gradient descent on the mean log loss plus ``l2 / n``
    times the squared weights of the standardized features; the weights returned are on the features' scale.

    >>> x = np.array([[[1.0], [0.0]], [[0.0], [1.0]]] * 3)
    >>> b, w = fit_softmax(x, np.array([[1, 0], [0, 1]] * 3))
    >>> bool(w[0, 0] > 0 and w[1, 0] > 0)
    True
    """
    n = len(features)
    mean, scale = features.mean(axis=0), features.std(axis=0)
    scale[scale == 0] = 1.0
    standard = (features - mean) / scale
    weights_ = np.zeros(features.shape[1:])
    intercept = np.zeros(features.shape[1])
    for _ in range(steps):
        scores = (standard * weights_).sum(axis=2) + intercept
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        error = probabilities - targets
        weights_ -= rate * ((standard * error[:, :, None]).sum(axis=0) / n + l2 * weights_ / n)
        intercept -= rate * error.mean(axis=0)
    raw = weights_ / scale
    return intercept - (mean * raw).sum(axis=1), raw
