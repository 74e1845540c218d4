"""What the notebooks show: one module per notebook, each computing its findings, tables and figures from the
stored tables (never running a stage over a corpus).

- ``overview``: ``00-overview`` (documents, cleaning, skipped inputs)
- ``voices``: ``01-sources`` (whose words each outlet carries, and how)
- ``sentiment``: ``02-sentiment``
- ``stance``: ``03-stance``
- ``framing``: ``04-framing``
- ``outlets``: ``05-outlets`` (the whole kit side by side per outlet)
- ``teaching``: the teaching notebooks (annotation items, agreement, answer checks)
- ``plots``: figure settings and table helpers shared by all of them

``from analysis import views`` is enough: ``views.sentiment`` and the others are imported on first use.
"""

from __future__ import annotations

import importlib

__all__ = ["framing", "outlets", "overview", "plots", "sentiment", "stance", "teaching", "voices"]


def __getattr__(name: str):
    if name in __all__:
        return importlib.import_module(f"analysis.views.{name}")
    raise AttributeError(f"module 'analysis.views' has no attribute {name!r}")
