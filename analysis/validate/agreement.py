"""Agreement between two annotators (or an annotator and the kit): observed and chance agreement, Cohen's
kappa and the confusion table.

Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational and Psychological
Measurement 20(1)) measures how far two annotators agree beyond what their label frequencies alone would
produce: kappa = (p_o - p_e) / (1 - p_e), with p_o the share of items they label alike and p_e the sum over
labels of the product of the two annotators' shares of that label.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

__all__ = ["agreement_parts", "cohen_kappa", "confusion"]


def _pairs(a: Sequence, b: Sequence) -> tuple[list[str], list[str]]:
    a, b = [str(x) for x in a], [str(x) for x in b]
    if len(a) != len(b):
        raise ValueError(f"the two annotations have different lengths ({len(a)} and {len(b)} labels)")
    if not a:
        raise ValueError("no labels to compare")
    return a, b


def agreement_parts(a: Sequence, b: Sequence) -> tuple[float, float]:
    """Observed agreement p_o and chance agreement p_e of two annotations of the same items.

    >>> agreement_parts(["pos", "neg", "neg", "pos"], ["pos", "neg", "pos", "pos"])
    (0.75, 0.5)
    """
    a, b = _pairs(a, b)
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    expected = sum((a.count(label) / n) * (b.count(label) / n) for label in set(a) | set(b))
    return observed, expected


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa of two annotations of the same items (lists of labels in the same order).

    Returns NaN when chance agreement is 1 (both annotators used one and the same label for every item):
    kappa is undefined there, whatever the observed agreement.

    Raises:
        ValueError: the annotations differ in length or are empty.

    >>> cohen_kappa(["pos", "neg", "neg", "pos"], ["pos", "neg", "pos", "pos"])
    0.5
    >>> cohen_kappa(["a", "b", "c"], ["a", "b", "c"])
    1.0
    """
    observed, expected = agreement_parts(a, b)
    if math.isclose(expected, 1.0):
        return math.nan
    return round((observed - expected) / (1 - expected), 4)


def confusion(a: Sequence, b: Sequence, *, names: tuple[str, str] = ("a", "b"),
              labels: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of label pairs: rows are the first annotator's labels, columns the second's.

    >>> confusion(["pos", "neg"], ["pos", "pos"], names=("you", "partner")).values.tolist()
    [[0, 1], [0, 1]]
    """
    a, b = _pairs(a, b)
    labels = list(labels) if labels else sorted(set(a) | set(b))
    table = pd.crosstab(pd.Categorical(a, categories=labels), pd.Categorical(b, categories=labels),
                        dropna=False)
    table.index.name, table.columns.name = names
    return table
