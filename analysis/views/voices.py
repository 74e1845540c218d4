"""Views of the sources report (``notebooks/01-sources``): whose words each outlet carries, in what form, and
through whom.

Counts over the ``quotes`` table, in the manner of sourcing studies in journalism research (who gets quoted,
directly or in paraphrase, and first: e.g. the Gender Gap Tracker's quote counts per outlet, Asr et al. 2021;
the source-type codebooks of content analysis). Every figure is a count of quotes or of quoted words
(whitespace-separated tokens of the quote text) per outlet (``documents.outlet_label``) or per document, so a
reader can go back to the evidence table for each number. ``voices`` is the one count of quoted voices per
unit and group; ``by_speaker`` the count per speaker and kind of quote that the teaching notebooks show.
"""

from __future__ import annotations

import pandas as pd

from analysis import columns as C
from analysis.views import plots

__all__ = ["UNATTRIBUTED", "NO_AFFILIATION", "SPEAKER_COLUMNS", "annotate", "voices", "kind_mix", "first_quoted",
           "first_quoted_counts", "discovery", "relays", "chains", "evidence", "findings", "by_speaker",
           "plot_shares", "plot_kind_mix", "plot_relays", "plot_speakers"]

UNATTRIBUTED = "(unattributed)"
SPEAKER_COLUMNS = ("speaker", "affiliation", *C.QUOTE_KINDS, "quotes")
NO_AFFILIATION = "(none)"


def annotate(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Quotes with outlet, display labels for empty speakers and affiliations, and word counts.

    Args:
        quotes: the quotes table (doc_id, kind, speaker, affiliation, speaker_type, text, start, via, known).
        documents: doc_id, outlet_label.

    Returns:
        quotes plus outlet, speaker_label, affiliation_label, n_words, relayed (bool).

    >>> q = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": [""], "affiliation": [""],
    ...                   "speaker_type": ["unknown"], "text": ["We go now"], "start": [0], "via": [""],
    ...                   "known": [False]})
    >>> docs = pd.DataFrame({"doc_id": ["d"], "outlet_label": ["Wire"]})
    >>> annotate(q, docs)[["outlet", "speaker_label", "n_words"]].values.tolist()
    [['Wire', '(unattributed)', 3]]
    """
    outlets = dict(zip(documents["doc_id"], documents["outlet_label"], strict=True))
    via = quotes["via"].fillna("").astype(str)
    speaker = quotes["speaker"].fillna("").astype(str)
    role = quotes["speaker_role"].fillna("").astype(str) if "speaker_role" in quotes else pd.Series("", quotes.index)
    label = speaker.where(speaker != "", ("(unnamed) " + role).where(role != "", UNATTRIBUTED))
    return quotes.assign(
        outlet=quotes["doc_id"].map(outlets).fillna(""),
        speaker_label=label,
        affiliation_label=quotes["affiliation"].fillna("").replace("", NO_AFFILIATION),
        n_words=quotes["text"].fillna("").str.split().str.len().fillna(0).astype("int64"),
        relayed=via != "",
    )


def voices(quotes: pd.DataFrame, documents: pd.DataFrame, *, by: str = "affiliation",
           level: str = "outlet") -> pd.DataFrame:
    """Quotes and quoted words per outlet (or document) and group, with the group's share of the unit's quotes.

    Args:
        quotes, documents: as for ``annotate``.
        by: "affiliation", "speaker_type", "speaker" or "kind".
        level: "outlet" or "doc_id".

    Returns:
        level, by, n_quotes, n_words, share_quotes, share_words (shares within the level's unit, 0..1).

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["direct", "indirect"], "speaker": ["A", "B"],
    ...                   "affiliation": ["Russia", "NATO"], "speaker_type": ["person", "person"],
    ...                   "text": ["one two", "three"], "start": [0, 9], "via": ["", ""], "known": [True, True]})
    >>> voices(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))[["affiliation", "n_words"]].values.tolist()
    [['NATO', 1], ['Russia', 2]]
    """
    frame = annotate(quotes, documents)
    column = {"affiliation": "affiliation_label", "speaker": "speaker_label"}.get(by, by)
    table = (frame.groupby([level, column], sort=True)
             .agg(n_quotes=("kind", "size"), n_words=("n_words", "sum")).reset_index()
             .rename(columns={column: by}))
    totals = table.groupby(level)[["n_quotes", "n_words"]].transform("sum")
    return table.assign(share_quotes=table["n_quotes"] / totals["n_quotes"],
                        share_words=(table["n_words"] / totals["n_words"].where(totals["n_words"] > 0)).fillna(0.0))


def kind_mix(quotes: pd.DataFrame, documents: pd.DataFrame, *, level: str = "outlet") -> pd.DataFrame:
    """Direct, partial and indirect quotes per outlet, with the direct share (direct / all quotes).

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["direct", "indirect"], "speaker": ["A", "A"],
    ...                   "affiliation": ["", ""], "speaker_type": ["person"] * 2, "text": ["a", "b"],
    ...                   "start": [0, 5], "via": ["", ""], "known": [True, True]})
    >>> kind_mix(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))["direct_share"].tolist()
    [0.5]
    """
    frame = annotate(quotes, documents)
    table = pd.crosstab(frame[level], frame["kind"]).reindex(columns=["direct", "partial", "indirect"], fill_value=0)
    table["n_quotes"] = table.sum(axis=1)
    table["direct_share"] = table["direct"] / table["n_quotes"]
    return table.reset_index().rename_axis(columns=None)


def first_quoted(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Who speaks first in each document: the attributed quote that starts earliest.

    Returns:
        doc_id, outlet, speaker, affiliation, speaker_type, kind, text (one row per document with a quote).

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["direct", "indirect"], "speaker": ["B", "A"],
    ...                   "affiliation": ["", ""], "speaker_type": ["person"] * 2, "text": ["a", "b"],
    ...                   "start": [40, 5], "via": ["", ""], "known": [True, True]})
    >>> first_quoted(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))["speaker"].tolist()
    ['A']
    """
    frame = annotate(quotes, documents)
    frame = frame[frame["speaker"].fillna("") != ""].sort_values(["doc_id", "start"])
    first = frame.groupby("doc_id", sort=True).head(1)
    return first[["doc_id", "outlet", "speaker", "affiliation_label", "speaker_type", "kind", "text"]].rename(
        columns={"affiliation_label": "affiliation"}).reset_index(drop=True)


def first_quoted_counts(quotes: pd.DataFrame, documents: pd.DataFrame, *, by: str = "affiliation") -> pd.DataFrame:
    """How many of each outlet's articles give the first quote to each affiliation (or speaker type, speaker).

    >>> q = pd.DataFrame({"doc_id": ["d", "e"], "kind": ["direct"] * 2, "speaker": ["A", "B"],
    ...                   "affiliation": ["Russia", "Russia"], "speaker_type": ["person"] * 2, "text": ["a", "b"],
    ...                   "start": [0, 0], "via": ["", ""], "known": [True, True]})
    >>> first_quoted_counts(q, pd.DataFrame({"doc_id": ["d", "e"], "outlet_label": ["W", "W"]})).values.tolist()
    [['W', 2]]
    """
    first = first_quoted(quotes, documents)
    table = pd.crosstab(first["outlet"], first[by])
    return table.reset_index().rename_axis(columns=None)


def discovery(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Quotes per outlet whose speaker is in the actors lexicon (known), discovered in the text, an unnamed source
    the text describes ("U.S. officials"), or unattributed.

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["direct", "direct"], "speaker": ["A", ""],
    ...                   "affiliation": ["", ""], "speaker_type": ["person", "unknown"], "text": ["a", "b"],
    ...                   "start": [0, 5], "via": ["", ""], "known": [False, False]})
    >>> docs = pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]})
    >>> discovery(q, docs)[["discovered", "unattributed"]].values.tolist()
    [[1, 1]]
    """
    frame = annotate(quotes, documents)
    status = pd.Series("discovered", index=frame.index)
    status[frame["known"].fillna(False).astype(bool)] = "known"
    status[frame["speaker"].fillna("") == ""] = "unnamed"
    status[frame["speaker_label"] == UNATTRIBUTED] = "unattributed"
    table = pd.crosstab(frame["outlet"], status).reindex(
        columns=["known", "discovered", "unnamed", "unattributed"], fill_value=0)
    return table.reset_index().rename_axis(columns=None)


def relays(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """First-hand and relayed quotes per outlet, and through whom.

    A quote is relayed when the article says another medium carried it first ("told Izvestia", "spoke with
    Lenta.ru"); a medium that is itself the speaker ("according to Reuters") is counted under ``media_sourced``.

    Returns:
        outlet, n_quotes, first_hand, relayed, media_sourced, relayed_share, through (relaying media, by count).

    >>> q = pd.DataFrame({"doc_id": ["d"] * 3, "kind": ["direct"] * 3, "speaker": ["A", "A", "Reuters"],
    ...                   "affiliation": ["", "", "media"], "speaker_type": ["person", "person", "media"],
    ...                   "text": ["a", "b", "c"], "start": [0, 5, 9], "via": ["TASS", "", ""], "known": [True] * 3})
    >>> table = relays(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))
    >>> table[["first_hand", "relayed", "media_sourced", "through"]].values.tolist()
    [[1, 1, 1, 'TASS (1)']]
    """
    frame = annotate(quotes, documents)
    media = frame["speaker_type"] == "media"
    rows = []
    for outlet, group in frame.groupby("outlet", sort=True):
        is_media = media[group.index]
        counts = group.loc[group["relayed"], "via"].value_counts()
        rows.append({
            "outlet": outlet, "n_quotes": len(group),
            "first_hand": int((~group["relayed"] & ~is_media).sum()), "relayed": int(group["relayed"].sum()),
            "media_sourced": int((is_media & ~group["relayed"]).sum()),
            "relayed_share": float(group["relayed"].mean()) if len(group) else 0.0,
            "through": ", ".join(f"{name} ({n})" for name, n in counts.items()),
        })
    return pd.DataFrame(rows, columns=["outlet", "n_quotes", "first_hand", "relayed", "media_sourced",
                                       "relayed_share", "through"])


def chains(quotes: pd.DataFrame) -> pd.DataFrame:
    """How often each relay chain (speaker > relaying media > publishing outlet) occurs, relayed ones first.

    >>> chains(pd.DataFrame({"chain": ["A > TASS > W", "A > W", "A > TASS > W"], "via": ["TASS", "", "TASS"]}))
              chain  n_quotes
    0  A > TASS > W         2
    1         A > W         1
    """
    frame = quotes.assign(relayed=quotes["via"].fillna("") != "")
    table = frame.groupby(["chain", "relayed"]).size().rename("n_quotes").reset_index()
    table = table.sort_values(["relayed", "n_quotes", "chain"], ascending=[False, False, True])
    return table[["chain", "n_quotes"]].reset_index(drop=True)


def evidence(quotes: pd.DataFrame, documents: pd.DataFrame, *, speaker: str = "", outlet: str = "") -> pd.DataFrame:
    """Every quote with its speaker, filtered by case-insensitive substrings of speaker and outlet.

    Returns:
        outlet, doc_id, quote_id, kind, speaker, affiliation, speaker_type, cue, via, text.

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "quote_id": ["d:q1", "d:q2"], "kind": ["direct"] * 2,
    ...                   "speaker": ["Dmitry Peskov", "Pete Hegseth"], "affiliation": ["Russia", "United States"],
    ...                   "speaker_type": ["person"] * 2, "cue": ["said"] * 2, "text": ["a", "b"], "start": [0, 5],
    ...                   "via": ["", ""], "known": [True, True]})
    >>> evidence(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}), speaker="peskov")["quote_id"].tolist()
    ['d:q1']
    """
    frame = annotate(quotes, documents)
    if speaker:
        frame = frame[frame["speaker_label"].str.contains(speaker, case=False, regex=False)]
    if outlet:
        frame = frame[frame["outlet"].str.contains(outlet, case=False, regex=False)]
    frame = frame.sort_values(["outlet", "doc_id", "start"])
    return frame[["outlet", "doc_id", "quote_id", "kind", "speaker_label", "affiliation_label", "speaker_type",
                  "cue", "via", "text"]].rename(columns={"speaker_label": "speaker",
                                                         "affiliation_label": "affiliation"}).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- reading aids


def findings(quotes: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    """Plain-language key figures of the voices tables.

    >>> q = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["direct", "indirect"], "speaker": ["A", ""],
    ...                   "affiliation": ["Russia", ""], "speaker_type": ["person", "unknown"], "text": ["a b", "c"],
    ...                   "start": [0, 5], "via": ["", ""], "known": [True, False]})
    >>> findings(q, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))[0]
    '2 quotes in 1 documents from 1 outlets: 1 direct, 0 partial, 1 indirect; 1 have no named speaker.'
    """
    if quotes.empty:
        return ["No quotes found: the articles carry no quotation marks or reporting verbs the rules recognise."]
    frame = annotate(quotes, documents)
    kinds = frame["kind"].value_counts()
    lines = [f"{len(frame)} quotes in {frame['doc_id'].nunique()} documents from {frame['outlet'].nunique()} "
             f"outlets: {kinds.get('direct', 0)} direct, {kinds.get('partial', 0)} partial, "
             f"{kinds.get('indirect', 0)} indirect; {int((frame['speaker'].fillna('') == '').sum())} have no "
             "named speaker."]
    words = frame[frame["speaker"].fillna("") != ""].groupby("speaker")["n_words"].sum().sort_values(
        ascending=False)
    if len(words):
        top = ", ".join(f"{name} ({n} words)" for name, n in words.head(3).items())
        lines.append(f"Most quoted speakers by quoted words: {top}.")
    by_affiliation = frame.groupby("affiliation_label")["n_words"].sum().sort_values(ascending=False)
    total = by_affiliation.sum()
    if total:
        share = ", ".join(f"{name} {n / total:.0%}" for name, n in by_affiliation.head(4).items())
        lines.append(f"Share of quoted words by affiliation across the corpus: {share}.")
    relayed = frame["relayed"]
    lines.append(f"{int(relayed.sum())} quotes ({relayed.mean():.0%}) reached the outlet through another medium; "
                 f"{int((frame['speaker_type'] == 'media').sum())} are attributed to a medium itself.")
    return lines


def _figure(height: float):
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(8, height))


def plot_shares(table: pd.DataFrame, *, by: str, value: str = "share_words", level: str = "outlet"):
    """Stacked horizontal bars: each outlet's quoted words (or quotes) split by ``by``; returns the figure."""

    wide = table.pivot_table(index=level, columns=by, values=value, aggfunc="sum", fill_value=0.0)
    fig, ax = _figure(max(2.5, 0.5 * len(wide) + 1.5))
    left = pd.Series(0.0, index=wide.index)
    for column in wide.columns:
        ax.barh(wide.index.astype(str), wide[column], left=left, label=str(column))
        left = left + wide[column]
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), title=by.replace("_", " "))
    what = "quoted words" if value == "share_words" else "quotes"
    return plots.finish(ax, title=f"Share of {what} by {by.replace('_', ' ')}", xlabel=f"share of the {level}'s "
                        f"{what}", ylabel=level.replace("_", " "))


def plot_kind_mix(mix: pd.DataFrame):
    """Direct, partial and indirect quotes per outlet as stacked bars; returns the figure."""

    fig, ax = _figure(max(2.5, 0.5 * len(mix) + 1.5))
    left = pd.Series(0, index=mix.index)
    for kind in ("direct", "partial", "indirect"):
        ax.barh(mix["outlet"].astype(str), mix[kind], left=left, label=kind)
        left = left + mix[kind]
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return plots.finish(ax, title="Quotes by kind per outlet", xlabel="number of quotes", ylabel="outlet")


def plot_relays(table: pd.DataFrame):
    """First-hand, relayed and media-sourced quotes per outlet as stacked bars; returns the figure."""

    fig, ax = _figure(max(2.5, 0.5 * len(table) + 1.5))
    left = pd.Series(0, index=table.index)
    for column, label in (("first_hand", "first-hand"), ("relayed", "relayed by another medium"),
                          ("media_sourced", "attributed to a medium")):
        ax.barh(table["outlet"].astype(str), table[column], left=left, label=label)
        left = left + table[column]
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return plots.finish(ax, title="Where each outlet's quotes come from", xlabel="number of quotes",
                        ylabel="outlet")


def by_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted, and how: one row per speaker with the number of direct, partial and indirect quotes.

    >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "affiliation": ["X", "X", ""],
    ...                   "kind": ["direct", "indirect", "partial"]})
    >>> by_speaker(q).values.tolist()
    [['A', 'X', 1, 0, 1, 2], ['B', '', 0, 1, 0, 1]]
    """
    counts = pd.crosstab([quotes["speaker"], quotes["affiliation"].fillna("")],
                         pd.Categorical(quotes["kind"], categories=list(C.QUOTE_KINDS)), dropna=False)
    counts = counts[counts.sum(axis=1) > 0].reset_index()
    counts.columns = [*SPEAKER_COLUMNS[:2], *C.QUOTE_KINDS]
    counts["quotes"] = counts[list(C.QUOTE_KINDS)].sum(axis=1)
    return counts.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)


def plot_speakers(voices_table: pd.DataFrame, *, top: int = 12):
    """Stacked bars of the most quoted speakers by kind of quote (from ``by_speaker``); returns the figure."""
    import matplotlib.pyplot as plt

    shown = voices_table.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.35 * max(1, len(shown))))
    left = pd.Series(0, index=shown.index)
    for kind, color in zip(C.QUOTE_KINDS, ("#4c72b0", "#dd8452", "#55a868"), strict=True):
        ax.barh(shown["speaker"], shown[kind], left=left, label=kind, color=color)
        left = left + shown[kind]
    ax.legend(frameon=False, loc="lower right")
    return plots.finish(ax, title="Whose voices, and how they are quoted", xlabel="quotes",
                        ylabel="speaker")
