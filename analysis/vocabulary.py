"""Distinctive language: the words and phrases that set one outlet (or group of outlets) apart from the rest.

Method: the weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008,
"Fightin' words: lexical feature selection and evaluation for identifying the content of political
conflict", Political Analysis 16(4), section 3.5). For a word w, with counts y_i (the group) and y_j (the
rest), totals n_i and n_j, and prior pseudo-counts a_w = a0 * (share of w in the whole corpus):

    delta_w = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))
    var(delta_w) ~ 1 / (y_i + a_w) + 1 / (y_j + a_w)
    z_w = delta_w / sqrt(var(delta_w))

The prior shrinks the log-odds of rare words toward the corpus rate, so a word said twice by one outlet does
not top the list as it would with raw frequencies or plain log-odds; |z| > 1.96 is the usual mark of a
difference unlikely under the prior alone. Tokens are lower-cased words; stop words (``stopwords.txt``) are
dropped, and bigrams are pairs of adjacent kept words within a sentence.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import numpy as np
import pandas as pd

from analysis import resources

__all__ = ["STOPWORDS_FILE", "PRIOR_STRENGTH", "COLUMNS", "stopwords", "terms", "log_odds", "distinctive", "by_group",
           "compare"]

STOPWORDS_FILE = "stopwords.txt"
PRIOR_STRENGTH = 1000.0
COLUMNS = ("term", "z", "delta", "n_group", "n_rest", "per_1000_group", "per_1000_rest", "doc_id", "sent_id",
           "example")

_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


@functools.lru_cache(maxsize=4)
def stopwords(name: str = STOPWORDS_FILE) -> frozenset[str]:
    """The shipped stop-word list.

    >>> "the" in stopwords(), "war" in stopwords()
    (True, False)
    """
    return frozenset(resources.read_word_list(name))


def terms(text: str, *, ngrams: int = 2, stop: frozenset[str] | None = None) -> list[str]:
    """Unigrams and (up to ``ngrams``) n-grams of one sentence, stop words removed, lower case.

    >>> terms("Russia's full-scale invasion of Ukraine")
    ['russia', 'full-scale', 'invasion', 'ukraine', 'russia full-scale', 'full-scale invasion']
    >>> terms("The U.S. envoy", ngrams=1)
    ['u.s.', 'envoy']
    """
    stop = stopwords() if stop is None else stop
    words = [re.sub(r"['’]s$", "", w.lower()).replace("’", "'") for w in _WORD.findall(text)]
    out = [w for w in words if w not in stop]
    if ngrams < 2:
        return out
    runs, run = [], []
    for word in words:  # n-grams never bridge a removed stop word
        if word in stop:
            runs.append(run)
            run = []
        else:
            run.append(word)
    runs.append(run)
    for n in range(2, ngrams + 1):
        out.extend(" ".join(r[i:i + n]) for r in runs for i in range(len(r) - n + 1))
    return out


def log_odds(group: Counter, rest: Counter, *, prior: Counter | None = None,
             prior_strength: float = PRIOR_STRENGTH) -> pd.DataFrame:
    """Weighted log-odds ratios with an informative Dirichlet prior (Monroe et al. 2008, eq. 16-22).

    Args:
        group, rest: term counts of the two sides.
        prior: background counts whose shares set the prior (default: group + rest).
        prior_strength: a0, the total pseudo-count of the prior.

    Returns:
        term, delta, z, n_group, n_rest; sorted by z, largest (most typical of the group) first.

    >>> table = log_odds(Counter({"kiev": 8, "talks": 5}), Counter({"kyiv": 9, "talks": 5}), prior_strength=10)
    >>> table["term"].tolist(), bool(table["z"].iloc[0] > 0 > table["z"].iloc[-1])
    (['kiev', 'talks', 'kyiv'], True)
    """
    prior = prior if prior is not None else group + rest
    vocab = sorted(set(group) | set(rest))
    if not vocab:
        return pd.DataFrame(columns=["term", "delta", "z", "n_group", "n_rest"])
    y_i = np.array([group.get(w, 0) for w in vocab], dtype=float)
    y_j = np.array([rest.get(w, 0) for w in vocab], dtype=float)
    background = np.array([prior.get(w, 0) for w in vocab], dtype=float)
    alpha = prior_strength * background / max(background.sum(), 1.0)
    alpha = np.where(alpha > 0, alpha, prior_strength / max(len(vocab), 1) * 1e-3)
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    table = pd.DataFrame({"term": vocab, "delta": delta, "z": z, "n_group": y_i.astype(int),
                          "n_rest": y_j.astype(int)})
    return table.sort_values(["z", "term"], ascending=[False, True]).reset_index(drop=True)


def _labels(group: str | list[str] | tuple[str, ...]) -> list[str]:
    if isinstance(group, str):
        return [g.strip() for g in group.split(",") if g.strip()]
    return [str(g) for g in group]


def distinctive(sentences: pd.DataFrame, documents: pd.DataFrame, *, group: str | list[str],
                by: str = "outlet_label", ngrams: int = 2, prior_strength: float = PRIOR_STRENGTH,
                min_count: int = 2, top: int | None = 20) -> pd.DataFrame:
    """Terms that distinguish ``group`` (one label, a comma-separated string or a list) from all other groups.

    Args:
        sentences: doc_id, sent_id, text (headings, ``is_heading``, are left out when the column exists).
        documents: doc_id and the ``by`` column (default outlet_label).
        group: the label(s) of ``by`` on the group's side.
        min_count: terms seen fewer times in the whole corpus are left out.
        top: the number of terms kept at each end (most typical of the group, most typical of the rest);
            None keeps every term.

    Returns:
        term, z, delta, n_group, n_rest, per_1000_group, per_1000_rest, and one example sentence (doc_id,
        sent_id, example) from the side the term is typical of; sorted by z. Raises ValueError (one line) when
        either side has no text.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> sents = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "sent_id": [0, 1, 0, 1],
    ...     "text": ["Kiev regime shells Donbass.", "Kiev regime again.", "Kyiv says.", "Kyiv denies."]})
    >>> distinctive(sents, docs, group="X", top=1)["term"].tolist()
    ['kiev', 'kyiv']
    """
    labels = _labels(group)
    table = sentences.merge(documents[["doc_id", by]], on="doc_id", how="left")
    if "is_heading" in table.columns:
        table = table[~table["is_heading"].astype(bool)]
    in_group = table[by].isin(labels)
    if not in_group.any():
        raise ValueError(f"no text for {by} = {', '.join(labels) or '(none)'}; known: "
                         f"{', '.join(sorted(map(str, documents[by].unique())))}")
    if in_group.all():
        raise ValueError(f"nothing to compare with: every document has {by} in {', '.join(labels)}")
    stop = stopwords()
    bags = [terms(str(t), ngrams=ngrams, stop=stop) for t in table["text"]]
    counts_group, counts_rest = Counter(), Counter()
    for bag, inside in zip(bags, in_group, strict=True):
        (counts_group if inside else counts_rest).update(bag)
    scored = log_odds(counts_group, counts_rest, prior_strength=prior_strength)
    scored = scored[scored["n_group"] + scored["n_rest"] >= min_count]
    n_group, n_rest = max(sum(counts_group.values()), 1), max(sum(counts_rest.values()), 1)
    scored = scored.assign(per_1000_group=1000 * scored["n_group"] / n_group,
                           per_1000_rest=1000 * scored["n_rest"] / n_rest)
    if top is not None:
        scored = pd.concat([scored.head(top), scored.tail(top)]).drop_duplicates("term")
    return _with_examples(scored, table, bags, in_group)[list(COLUMNS)].reset_index(drop=True)


def _with_examples(scored: pd.DataFrame, table: pd.DataFrame, bags, in_group) -> pd.DataFrame:
    wanted = {t: z > 0 for t, z in zip(scored["term"], scored["z"], strict=True)}
    found: dict[str, tuple] = {}
    for bag, inside, doc_id, sent_id, text in zip(bags, in_group, table["doc_id"], table["sent_id"],
                                                   table["text"], strict=True):
        for term in set(bag):
            if term in wanted and term not in found and wanted[term] == bool(inside):
                found[term] = (doc_id, int(sent_id), text)
    examples = [found.get(t, ("", -1, "")) for t in scored["term"]]
    return scored.assign(doc_id=[e[0] for e in examples], sent_id=[e[1] for e in examples],
                         example=[e[2] for e in examples])


def by_group(sentences: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet_label",
             groups: list[str] | None = None, top: int = 8, **options) -> pd.DataFrame:
    """Each group against all the others: its ``top`` most distinctive terms (columns: the ``by`` column,
    rank, term, z, n_group, example). Groups whose text is too short to compare are left out.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> sents = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0],
    ...                       "text": ["Kiev Kiev talks.", "Kyiv Kyiv talks."]})
    >>> by_group(sents, docs, top=1)[["outlet_label", "term"]].values.tolist()
    [['X', 'kiev'], ['Y', 'kyiv']]
    """
    labels = groups or sorted(documents[by].dropna().unique().tolist())
    parts = []
    for label in labels:
        try:
            table = distinctive(sentences, documents, group=[label], by=by, top=top, **options)
        except ValueError:
            continue
        table = table[table["z"] > 0].head(top)
        parts.append(table.assign(**{by: label, "rank": range(1, len(table) + 1)}))
    if not parts:
        return pd.DataFrame(columns=[by, "rank", "term", "z", "n_group", "example"])
    return pd.concat(parts, ignore_index=True)[[by, "rank", "term", "z", "n_group", "example"]]


def compare(sentences: pd.DataFrame, documents: pd.DataFrame, *, group: str = "", by: str = "outlet_label",
            top: int = 10) -> pd.DataFrame:
    """``distinctive`` for ``group`` (comma-separated labels) when given, else ``by_group`` for every group.

    An unknown group or a corpus with a single group gives an empty table (the notebook says why).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> sents = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0], "text": ["Kiev Kiev talks.", "Kyiv Kyiv."]})
    >>> compare(sents, docs, group="Y", top=1)["term"].tolist()
    ['kyiv', 'kiev']
    """
    if not group:
        return by_group(sentences, documents, by=by, top=top)
    try:
        return distinctive(sentences, documents, group=group, by=by, top=top)
    except ValueError:
        return pd.DataFrame(columns=list(COLUMNS))
