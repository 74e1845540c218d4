"""Presentation helpers for notebooks: deterministic figure settings, escaped tables, labelled figures.

Reports must be byte-identical across runs and safe to publish (see the README's "Security and
reproducibility"): figures are SVG with a fixed hash salt and no dates, tables escape HTML, and every figure
carries a title, labelled axes and a source line.
"""

from __future__ import annotations

import html

import pandas as pd

SOURCE_NOTE = "Source: newsframe tables"


def setup() -> None:
    """Deterministic, readable notebook output (call once in a notebook's first cell)."""
    import matplotlib as mpl
    import numpy as np

    mpl.rcParams["svg.hashsalt"] = "newsframe"
    mpl.rcParams["svg.fonttype"] = "none"
    mpl.rcParams["figure.figsize"] = (8, 4)
    mpl.rcParams["font.size"] = 11
    mpl.rcParams["axes.titlesize"] = 13
    mpl.rcParams["axes.spines.top"] = False
    mpl.rcParams["axes.spines.right"] = False
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("svg", metadata={"Date": None})
    except ImportError:
        pass
    pd.set_option("styler.format.escape", "html")
    pd.set_option("display.precision", 3)
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.max_rows", 60)
    np.random.seed(0)


def finish(ax, *, title: str, xlabel: str, ylabel: str, source: str = SOURCE_NOTE):
    """Give a matplotlib Axes its title, axis labels and a source line; return its figure."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig = ax.figure
    fig.text(0.01, 0.005, source, fontsize=8, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def escape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell, the column names and the index HTML-escaped (for raw HTML display).

    >>> escape_frame(pd.DataFrame({"<b>": ["<script>x</script>"]})).to_dict()
    {'&lt;b&gt;': {0: '&lt;script&gt;x&lt;/script&gt;'}}
    """
    out = frame.copy()
    out.columns = [html.escape(str(c)) for c in out.columns]
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]) or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: html.escape(v) if isinstance(v, str) else v)
    return out


def bullets(lines: list[str]) -> str:
    """Markdown bullet list of plain-text lines, with Markdown and HTML special characters escaped.

    >>> bullets(["a <b> costs $5", "*x*"])
    '- a &lt;b&gt; costs \\\\$5\\n- \\\\*x\\\\*'
    """
    return "\n".join(f"- {escape_markdown(line)}" for line in lines)


def escape_markdown(text: str) -> str:
    """Escape HTML and the Markdown characters that would change how a plain sentence renders."""
    text = html.escape(str(text), quote=False)
    for char in "\\`*_[]$#|":
        text = text.replace(char, "\\" + char)
    return text
