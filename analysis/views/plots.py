"""Presentation helpers for notebooks: deterministic figure settings, escaped tables, labelled figures.

Reports must be byte-identical across runs and safe to publish (see the README's "Security and
reproducibility"): figures are SVG with a fixed hash salt and no dates, tables escape HTML, and every figure
carries a title, labelled axes and a source line. Labels come from the data (outlet names, titles), so figure
text is drawn literally: no mathtext and no TeX, whatever ``$`` or backslashes it holds.
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["SOURCE_NOTE", "setup", "finish", "bullets", "escape_markdown", "PagedTable", "paged"]

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
    mpl.rcParams["text.parse_math"] = False  # "$5 to $10" and "$\x$" in a label are text, not formulas
    mpl.rcParams["text.usetex"] = False
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


class PagedTable:
    """A long table shown whole, without scripts: the first page open, the rest in collapsible pages.

    Reports carry no JavaScript (see "Security and reproducibility"), so paging uses HTML ``<details>``
    elements; the browser's own find (Ctrl+F) searches every page. Cells are HTML-escaped by pandas.

    >>> html_text = PagedTable(pd.DataFrame({"text": ["<b>x</b>"] * 30}), page_size=25)._repr_html_()
    >>> html_text.count("<details"), "&lt;b&gt;" in html_text, "rows 26–30" in html_text
    (2, True, True)
    """

    def __init__(self, frame: pd.DataFrame, *, page_size: int = 50, caption: str = ""):
        self.frame = frame
        self.page_size = page_size
        self.caption = caption

    def _repr_html_(self) -> str:
        n = len(self.frame)
        note = f"{n} rows" + (f" in pages of {self.page_size}" if n > self.page_size else "")
        note += "; search them with your browser's find (Ctrl+F)."
        parts = [f"<p><small>{html.escape(self.caption + ' ' if self.caption else '')}{note}</small></p>"]
        if n == 0:
            parts.append(self.frame.to_html(index=False, escape=True))
        for first in range(0, n, self.page_size):
            page = self.frame.iloc[first:first + self.page_size]
            label = f"rows {first + 1}–{first + len(page)}"
            opened = " open" if first == 0 else ""
            parts.append(f"<details{opened}><summary>{label}</summary>"
                         f"{page.to_html(index=False, escape=True, na_rep='')}</details>")
        return "\n".join(parts)

    def __repr__(self) -> str:
        return self.frame.__repr__()


def paged(frame: pd.DataFrame, *, page_size: int = 50, caption: str = "") -> PagedTable:
    """Show every row of a long evidence table in a report (see ``PagedTable``)."""
    return PagedTable(frame, page_size=page_size, caption=caption)
