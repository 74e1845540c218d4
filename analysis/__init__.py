"""newsframe: stance, sentiment and source framing in news coverage, with the evidence for every number.

The package ``analysis`` holds one module per pipeline stage (corpus, clean, segment, actors, quotes,
sentiment, stance, framing, vocabulary) and the explicit pipeline that runs them; ``views`` holds what the
notebooks show, ``validate`` the scoring against gold, ``reports`` the report build, and ``cli`` the command
line (``python -m analysis``). The README's "Where things are" lists every module in data-flow order.
"""

from __future__ import annotations

from analysis import _deprecated

__version__ = "0.1.0"
__all__ = ["__version__", "quick"]

# Modules of the first release that moved: ``from analysis import sources`` still works, with a warning.
__getattr__ = _deprecated.moved(__name__, {
    "sources": "analysis.views.voices:",
    "overview": "analysis.views.overview:",
    "outlets": "analysis.views.outlets:",
    "plots": "analysis.views.plots:",
    "teaching": "analysis.views.teaching:",
})


def quick(text: str, *, actors: str | None = None, targets: str | None = None):
    """Every table of one pasted text, computed in memory (see ``analysis.snippet.of_text``).

    >>> import analysis
    >>> result = analysis.quick("Hegseth said the plan was unrealistic.")
    >>> result.sentiment[["compound", "label"]].values.tolist()
    [[0.0, 'neutral']]
    >>> result.mentions[["actor", "surface"]].values.tolist()
    [['Hegseth', 'Hegseth']]
    """
    from analysis import snippet

    return snippet.of_text(text, actors=actors, targets=targets)
