"""newsframe: stance, sentiment and source framing in news coverage, with the evidence for every number.

The package ``analysis`` holds one module per pipeline stage (corpus, clean, segment, actors, quotes,
sentiment, stance, framing) plus the store, the report runner and the command line (``python -m analysis``).
"""

from __future__ import annotations

__version__ = "0.1.0"


def quick(text: str, *, actors: str | None = None, targets: str | None = None):
    """Every table of one pasted text, computed in memory (see ``analysis.snippet.analyse``).

    >>> import analysis
    >>> result = analysis.quick("Hegseth said the plan was unrealistic.")
    >>> result.sentiment[["compound", "label"]].values.tolist()
    [[0.0, 'neutral']]
    >>> result.mentions[["actor", "surface"]].values.tolist()
    [['Hegseth', 'Hegseth']]
    """
    from analysis import snippet

    return snippet.analyse(text, actors=actors, targets=targets)
