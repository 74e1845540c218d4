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
"""

from analysis.views import framing, outlets, overview, plots, sentiment, stance, teaching, voices

__all__ = ["framing", "outlets", "overview", "plots", "sentiment", "stance", "teaching", "voices"]
