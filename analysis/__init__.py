"""newsframe: stance, sentiment and source framing in news coverage, with the evidence for every number.

The package ``analysis`` holds one module per pipeline stage (corpus, clean, segment, actors, quotes,
sentiment, stance, framing) plus the store, the report runner and the command line (``python -m analysis``).
"""

from __future__ import annotations

__version__ = "0.1.0"
