"""Views of the framing report (``notebooks/04-framing``): term choices per outlet, frame profiles and primary
frames, how actors are cast per outlet, findings and figures.

Computed from the ``lexical``, ``frames``, ``roles``, ``sentences`` and ``documents`` tables; every share can
be traced to its sentences in the evidence tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import framing_weights
from analysis.framing import (
    FRAME_COLUMNS,
    GENERIC_FRAMES,
    LEXICAL_COLUMNS,
    MAIN_ROLES,
    MFC_FRAMES,
    NONE,
    empty_table,
)
from analysis.views import plots

__all__ = ["frame_order", "primary", "profiles", "share_intervals", "interval_table", "outlet_pair",
           "differences", "difference_notes", "article_frames", "evidence", "term_counts", "term_choices",
           "vocabulary_index", "roles_by_outlet", "role_evidence", "plot_profiles", "plot_terms", "findings"]


def frame_order(scheme: str) -> tuple[str, ...]:
    """The frames of a scheme in codebook order.

    >>> frame_order("generic")[0]
    'conflict'
    """
    return MFC_FRAMES if scheme == "mfc" else GENERIC_FRAMES


def primary(frames: pd.DataFrame, sentences: pd.DataFrame, *, scheme: str = "mfc",
            unit: str = "paragraph_id") -> pd.DataFrame:
    """The primary frame of each paragraph (or document, ``unit="doc_id"``): the frame with most cues.

    Ties go to the frame carried by more sentences, then to codebook order; a unit without cues gets "none".

    Returns:
        doc_id, the unit column (unless it is doc_id), frame, score (cue occurrences), runner_up.

    >>> from analysis.framing import detect
    >>> sents = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "paragraph_id": [0, 1],
    ...                       "text": ["Prices and markets fell.", "It rained."]})
    >>> primary(detect(sents), sents, scheme="mfc")["frame"].tolist()
    ['economic', 'none']
    """
    keys = ["doc_id"] if unit == "doc_id" else ["doc_id", unit]
    units = sentences[keys].drop_duplicates().reset_index(drop=True)
    chosen = frames[frames["scheme"] == scheme].merge(sentences[["doc_id", "sent_id", *keys[1:]]],
                                                      on=["doc_id", "sent_id"])
    order = {f: i for i, f in enumerate(frame_order(scheme))}
    scored = (chosen.groupby([*keys, "frame"], as_index=False)
              .agg(score=("n_cues", "sum"), n_sentences=("sent_id", "nunique")))
    scored["rank"] = scored["frame"].map(order).fillna(len(order))
    scored = scored.sort_values([*keys, "score", "n_sentences", "rank"], ascending=[True] * len(keys)
                                + [False, False, True])
    best = scored.groupby(keys, as_index=False).agg(frame=("frame", "first"), score=("score", "first"),
                                                    runner_up=("frame", lambda s: s.iloc[1] if len(s) > 1 else ""))
    out = units.merge(best, on=keys, how="left")
    return out.fillna({"frame": NONE, "score": 0, "runner_up": ""}).astype({"score": "int64"})


def profiles(frames: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame | None = None, *,
             scheme: str = "mfc", by: str = "doc_id") -> pd.DataFrame:
    """Share of sentences carrying each frame, per document (``by="doc_id"``) or outlet (``"outlet_label"``).

    Returns:
        One row per group, one column per frame of the scheme (codebook order), values in [0, 1], plus
        n_sentences.

    >>> from analysis.framing import detect
    >>> sents = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "text": ["Prices rose.", "Troops left."]})
    >>> profiles(detect(sents), sents, scheme="mfc").loc["d", ["economic", "security and defense"]].tolist()
    [0.5, 0.5]
    """
    sentences = _with_group(sentences, documents, by)
    keys = list(dict.fromkeys(["doc_id", "sent_id", by]))
    chosen = frames[frames["scheme"] == scheme].merge(sentences[keys].drop_duplicates(["doc_id", "sent_id"]),
                                                      on=["doc_id", "sent_id"])
    counts = chosen.groupby([by, "frame"])["sent_id"].size().unstack(fill_value=0)
    totals = sentences.groupby(by)["sent_id"].size()
    shares = counts.reindex(index=totals.index, columns=list(frame_order(scheme)), fill_value=0)
    shares = shares.div(totals, axis=0).astype(float)
    shares["n_sentences"] = totals
    shares.columns.name = "frame"
    return shares


def share_intervals(frames: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                    scheme: str = "mfc", by: str = "outlet_label", draws: int = 1000, level: float = 0.95,
                    seed: int = 0) -> pd.DataFrame:
    """Each group's share of sentences carrying each frame, with a bootstrap interval over its articles.

    The articles of a group are drawn with replacement ``draws`` times (a seeded generator, so the same
    tables give the same intervals) and the share recomputed from the drawn articles' sentences; the interval
    holds the central ``level`` of those shares. A group of one article gets a zero-width interval: there is
    nothing to resample, which says the share cannot be told from noise, not that it is exact.

    Returns:
        by, frame, share, low, high, n_articles, n_sentences.

    >>> from analysis.framing import detect
    >>> sents = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0], "text": ["Prices rose.", "It rained."]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "X"]})
    >>> row = share_intervals(detect(sents), sents, docs).query("frame == 'economic'").iloc[0]
    >>> [float(row[c]) for c in ("share", "low", "high")]
    [0.5, 0.0, 1.0]
    """
    sentences = _with_group(sentences, documents, by)
    rows = []
    for k, (group, chosen) in enumerate(sentences.groupby(by, sort=True)):
        share, drawn = _boot(frames, chosen, scheme=scheme, draws=draws, seed=seed + k)
        low, high = np.quantile(drawn, [(1 - level) / 2, (1 + level) / 2], axis=0)
        rows += [(group, f, float(share[j]), float(low[j]), float(high[j]), chosen["doc_id"].nunique(), len(chosen))
                 for j, f in enumerate(frame_order(scheme))]
    return pd.DataFrame(rows, columns=[by, "frame", "share", "low", "high", "n_articles", "n_sentences"])


def interval_table(intervals: pd.DataFrame, *, by: str = "outlet_label", digits: int = 0) -> pd.DataFrame:
    """A ``share_intervals`` table to read: one column per group, a first row with its number of articles,
    then one row per frame that some group carries, each cell "share (low–high)" in percent of sentences.

    >>> table = pd.DataFrame({"outlet_label": ["X", "X"], "frame": ["economic", "morality"], "share": [0.25, 0.0],
    ...                       "low": [0.1, 0.0], "high": [0.4, 0.0], "n_articles": [3, 3], "n_sentences": [8, 8]})
    >>> interval_table(table)["X"].tolist()
    ['3', '25% (10–40)']
    """
    carried = intervals.groupby("frame", sort=False)["share"].transform("max") > 0
    chosen = intervals[carried]
    cells = chosen.assign(cell=[f"{s * 100:.{digits}f}% ({lo * 100:.{digits}f}–{hi * 100:.{digits}f})"
                                for s, lo, hi in zip(chosen["share"], chosen["low"], chosen["high"], strict=True)])
    table = cells.pivot(index="frame", columns=by, values="cell").reindex(list(dict.fromkeys(chosen["frame"])))
    articles = intervals.groupby(by)["n_articles"].first().astype(str).rename("articles")
    table = pd.concat([articles.to_frame().T, table]).reindex(columns=articles.index)
    table.index.name, table.columns.name = "frame", by
    return table


def outlet_pair(documents: pd.DataFrame, compare: str = "", *, by: str = "outlet_label") -> tuple[str, str]:
    """The two groups named in ``compare`` ("A,B"), or, when it is empty, the two with most articles (ties
    in name order). Refuses in one line a name that is not a group, or anything but two names.

    >>> outlet_pair(pd.DataFrame({"outlet_label": ["X", "Y", "Y", "Z", "Z"]}))
    ('Y', 'Z')
    """
    counts = documents[by].value_counts()
    names = [n.strip() for n in compare.split(",") if n.strip()]
    if not names:
        ranked = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
        if len(ranked) < 2:
            raise ValueError(f"comparing needs two values of {by}; this corpus has {len(ranked)}")
        return str(ranked[0][0]), str(ranked[1][0])
    unknown = [n for n in names if n not in counts.index]
    if len(names) != 2 or unknown:
        raise ValueError(f"compare needs two {by} values separated by a comma"
                         + (f"; not in this corpus: {', '.join(unknown)}" if unknown else f", not {compare!r}"))
    return names[0], names[1]


def differences(frames: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                first: str, second: str, scheme: str = "mfc", by: str = "outlet_label", draws: int = 1000,
                level: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """Two groups' frame shares side by side, with a bootstrap interval of their difference.

    Articles are resampled within each group independently (seeded); ``within_noise`` is True when the
    interval of the difference contains zero: the data cannot tell the two groups apart on that frame. A
    group of one article has nothing to resample, so every difference with it counts as within the noise.

    Returns:
        frame, share_first, share_second, difference (first minus second), low, high, within_noise,
        n_first, n_second (articles of each group).

    >>> from analysis.framing import detect
    >>> sents = pd.DataFrame({"doc_id": list("abcd"), "sent_id": [0] * 4,
    ...                       "text": ["Prices rose.", "Costs rose.", "It rained.", "Rain fell."]})
    >>> docs = pd.DataFrame({"doc_id": list("abcd"), "outlet_label": ["X", "X", "Y", "Y"]})
    >>> differences(detect(sents), sents, docs, first="X", second="Y").set_index("frame").loc[
    ...     "economic", ["difference", "within_noise"]].tolist() == [1.0, False]
    True
    """
    sentences = _with_group(sentences, documents, by)
    missing = [g for g in (first, second) if g not in set(sentences[by])]
    if missing:
        raise ValueError(f"no articles for {by} = {', '.join(missing)}")
    (share_1, drawn_1), (share_2, drawn_2) = (
        _boot(frames, sentences[sentences[by] == group], scheme=scheme, draws=draws, seed=seed + k)
        for k, group in enumerate((first, second)))
    low, high = np.quantile(drawn_1 - drawn_2, [(1 - level) / 2, (1 + level) / 2], axis=0)
    out = pd.DataFrame({"frame": list(frame_order(scheme)), "share_first": share_1, "share_second": share_2})
    out["difference"] = out["share_first"] - out["share_second"]
    out["low"], out["high"] = low, high
    n_first, n_second = (sentences.loc[sentences[by] == group, "doc_id"].nunique() for group in (first, second))
    out["within_noise"] = ((out["low"] <= 0) & (out["high"] >= 0)) | (min(n_first, n_second) < 2)
    out["n_first"], out["n_second"] = n_first, n_second
    return out.round({c: 3 for c in ("share_first", "share_second", "difference", "low", "high")})


def _boot(frames: pd.DataFrame, sentences: pd.DataFrame, *, scheme: str, draws: int,
          seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One group's share of sentences per frame, and its bootstrap shares (draws x frames) over articles."""
    labels = list(frame_order(scheme))
    chosen = frames[frames["scheme"] == scheme].drop_duplicates(["doc_id", "sent_id", "frame"])
    doc_ids = list(dict.fromkeys(sentences["doc_id"]))
    counts = (chosen[chosen["doc_id"].isin(doc_ids)].groupby(["doc_id", "frame"]).size().unstack(fill_value=0)
              .reindex(index=doc_ids, columns=labels, fill_value=0).to_numpy(dtype=float))
    sizes = sentences.groupby("doc_id")["sent_id"].size().reindex(doc_ids).to_numpy(dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(doc_ids), size=(draws, len(doc_ids)))
    drawn = counts[picks].sum(axis=1) / np.maximum(sizes[picks].sum(axis=1), 1)[:, None]
    return counts.sum(axis=0) / max(sizes.sum(), 1), drawn


def difference_notes(table: pd.DataFrame, *, first: str, second: str, limit: int = 5) -> list[str]:
    """Plain sentences on the largest differences of a ``differences`` table, saying which are within noise.

    >>> table = pd.DataFrame({"frame": ["economic"], "share_first": [0.3], "share_second": [0.1],
    ...                       "difference": [0.2], "low": [-0.05], "high": [0.4], "within_noise": [True]})
    >>> difference_notes(table, first="X", second="Y")[0].split("; ")[1]
    'the difference (-5 to 40 points) is within the noise of resampling articles.'
    """
    ordered = table.reindex(table["difference"].abs().sort_values(ascending=False).index).head(limit)
    single = [name for name, column in ((first, "n_first"), (second, "n_second"))
              if column in table.columns and len(table) and int(table[column].iloc[0]) < 2]
    if single:
        names = " and ".join(single)
        return [f"{names} {'has one article' if len(single) == 1 else 'have one article each'}: there is nothing "
                f"to resample, so no difference between {first} and {second} can be told from noise."] + [
            f"{row.frame}: {first} {row.share_first:.0%} vs {second} {row.share_second:.0%} of sentences."
            for row in ordered.itertuples()]
    out = []
    for row in ordered.itertuples():
        verdict = ("is within the noise of resampling articles" if row.within_noise
                   else "holds when articles are resampled")
        out.append(f"{row.frame}: {first} {row.share_first:.0%} vs {second} {row.share_second:.0%} of sentences; "
                   f"the difference ({row.low * 100:.0f} to {row.high * 100:.0f} points) {verdict}.")
    return out


def article_frames(frames: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                   scheme: str = "generic", by: str = "outlet_label") -> pd.DataFrame:
    """Share of each group's articles that carry each frame by the calibrated article decision
    (``framing_weights.decide``; its weights are in ``analysis/data/frame_model.csv``).

    Returns:
        One row per group, one column per frame (share of articles), plus n_articles.
    """
    decided = framing_weights.decide(sentences, frames, scheme=scheme)
    decided = _with_group(decided, documents, by) if by != "doc_id" else decided
    table = decided.pivot_table(index=by, columns="frame", values="present", aggfunc="mean")
    table = table.reindex(columns=[f for f in frame_order(scheme) if f in table.columns])
    table["n_articles"] = decided.groupby(by)["doc_id"].nunique()
    table.columns.name = "frame"
    return table


def _with_group(frame: pd.DataFrame, documents: pd.DataFrame | None, by: str) -> pd.DataFrame:
    if by in frame.columns:
        return frame
    if documents is None or by not in documents.columns:
        raise ValueError(f"grouping by {by!r} needs the documents table with that column")
    return frame.merge(documents[["doc_id", by]], on="doc_id", how="left")


def evidence(frames: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame | None = None, *,
             scheme: str | None = None) -> pd.DataFrame:
    """Every frame label with its cues and sentence (columns: outlet_label, doc_id, sent_id, scheme, frame,
    cues, text), for a filterable evidence table.

    >>> from analysis.framing import detect
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Prices rose."]})
    >>> evidence(detect(sents), sents, scheme="mfc")[["frame", "cues", "text"]].values.tolist()
    [['economic', 'prices', 'Prices rose.']]
    """
    chosen = frames if scheme is None else frames[frames["scheme"] == scheme]
    out = chosen.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"])
    if documents is not None and "outlet_label" in documents.columns:
        out = out.merge(documents[["doc_id", "outlet_label"]], on="doc_id", how="left")
    columns = [c for c in ("outlet_label", "doc_id", "sent_id", "scheme", "frame", "cues", "text")
               if c in out.columns]
    return out[columns].sort_values(["doc_id", "sent_id", "scheme"]).reset_index(drop=True)


def term_counts(lexical_table: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet_label") -> pd.DataFrame:
    """Occurrences of each term per outlet, with the term's share among the variants of its referent.

    Returns:
        by, variant_of, term, side, n, share (of the referent's occurrences in that outlet).

    >>> lex = pd.DataFrame({"doc_id": ["a", "a", "b"], "term": ["Kiev", "Kyiv", "Kyiv"],
    ...                     "variant_of": ["capital"] * 3, "side": ["ru", "ua", "ua"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> term_counts(lex, docs)[["outlet_label", "term", "share"]].values.tolist()
    [['X', 'Kiev', 0.5], ['X', 'Kyiv', 0.5], ['Y', 'Kyiv', 1.0]]
    """
    columns = [by, "variant_of", "term", "side", "n", "share"]
    if lexical_table.empty:
        return pd.DataFrame(columns=columns)
    table = _with_group(lexical_table, documents, by)
    counts = table.groupby([by, "variant_of", "term", "side"], as_index=False).size().rename(columns={"size": "n"})
    counts["share"] = counts["n"] / counts.groupby([by, "variant_of"])["n"].transform("sum")
    return counts.sort_values([by, "variant_of", "n", "term"], ascending=[True, True, False, True])[columns] \
        .reset_index(drop=True)


def term_choices(lexical_table: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet_label",
                 min_variants: int = 2) -> pd.DataFrame:
    """Outlets side by side: per referent (rows) and outlet (columns), the terms used with their counts.

    Only referents for which the corpus uses at least ``min_variants`` different terms are shown: those are
    the choices. A cell reads "Kyiv 3, Kiev 1"; empty when the outlet never names the referent.

    >>> lex = pd.DataFrame({"doc_id": ["a", "b"], "term": ["Kiev", "Kyiv"], "variant_of": ["capital"] * 2,
    ...                     "side": ["ru", "ua"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> term_choices(lex, docs).loc["capital"].tolist()
    ['Kiev 1', 'Kyiv 1']
    """
    counts = term_counts(lexical_table, documents, by=by)
    if counts.empty:
        return pd.DataFrame()
    n_terms = counts.groupby("variant_of")["term"].nunique()
    counts = counts[counts["variant_of"].isin(n_terms[n_terms >= min_variants].index)]
    cells = counts.assign(cell=counts["term"] + " " + counts["n"].astype(str)).groupby(
        ["variant_of", by])["cell"].agg(", ".join)
    return cells.unstack(fill_value="")


def vocabulary_index(lexical_table: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Each term occurrence with its outlet and evidence sentence (columns: variant_of, term, side,
    outlet_label, doc_id, sent_id, surface, text), sorted by referent and term.

    >>> lex = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "term": ["Kiev"], "variant_of": ["capital"],
    ...                     "side": ["ru"], "surface": ["Kiev"]})
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["In Kiev."]})
    >>> vocabulary_index(lex, sents, pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]}))["text"].tolist()
    ['In Kiev.']
    """
    columns = ["variant_of", "term", "side", "outlet_label", "doc_id", "sent_id", "surface", "text"]
    if lexical_table.empty:
        return pd.DataFrame(columns=columns)
    out = (lexical_table.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"], how="left")
           .merge(documents[["doc_id", "outlet_label"]], on="doc_id", how="left"))
    return out[columns].sort_values(["variant_of", "term", "outlet_label", "doc_id", "sent_id"]).reset_index(drop=True)


def roles_by_outlet(roles: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
                    by: str = "outlet_label") -> pd.DataFrame:
    """How each outlet casts each actor: counts of main roles, the most frequent fine role, an example.

    Returns:
        by, actor, protagonist, antagonist, innocent (sentences with a cue of that main role), top_role,
        example (one evidence sentence for the top role).

    >>> roles = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1], "actor": ["P", "P"],
    ...                       "role": ["peacemaker", "peacemaker"], "main_role": ["protagonist"] * 2})
    >>> sents = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1], "text": ["P mediates.", "P brokers."]})
    >>> roles_by_outlet(roles, sents, pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]})).iloc[0].tolist()
    ['X', 'P', 2, 0, 0, 'peacemaker', 'P mediates.']
    """
    columns = [by, "actor", *MAIN_ROLES, "top_role", "example"]
    if roles.empty:
        return pd.DataFrame(columns=columns)
    table = _with_group(roles, documents, by).merge(sentences[["doc_id", "sent_id", "text"]],
                                                    on=["doc_id", "sent_id"], how="left")
    counts = (table.drop_duplicates([by, "doc_id", "sent_id", "actor", "main_role"])
              .groupby([by, "actor", "main_role"])["sent_id"].size().unstack(fill_value=0)
              .reindex(columns=list(MAIN_ROLES), fill_value=0))
    top = table.groupby([by, "actor", "role"], as_index=False).agg(n=("sent_id", "size"), example=("text", "first"))
    top = (top.sort_values([by, "actor", "n", "role"], ascending=[True, True, False, True])
           .drop_duplicates([by, "actor"]))
    out = counts.reset_index().merge(top.rename(columns={"role": "top_role"})[[by, "actor", "top_role", "example"]],
                                     on=[by, "actor"])
    out.columns.name = None
    out[list(MAIN_ROLES)] = out[list(MAIN_ROLES)].astype(int).astype(object)
    return out[columns].sort_values([by, "actor"]).reset_index(drop=True)


def role_evidence(roles: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every role label with its cues and sentence (columns: outlet_label, doc_id, sent_id, actor, main_role,
    role, cues, text)."""
    columns = ["outlet_label", "doc_id", "sent_id", "actor", "main_role", "role", "cues", "text"]
    if roles.empty:
        return pd.DataFrame(columns=columns)
    out = (roles.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"], how="left")
           .merge(documents[["doc_id", "outlet_label"]], on="doc_id", how="left"))
    return out[columns].reset_index(drop=True)


def _short(label: str, width: int = 26) -> str:
    return label if len(str(label)) <= width else str(label)[: width - 1] + "…"


def plot_profiles(profile: pd.DataFrame, *, scheme: str = "mfc", unit: str = "outlet"):
    """Heat map of frame shares (rows: outlets or documents, columns: frames); returns the figure."""
    import matplotlib.pyplot as plt


    shares = profile.drop(columns=["n_sentences"], errors="ignore")
    fig, ax = plt.subplots(figsize=(max(6, 0.55 * shares.shape[1] + 3), max(3.5, 0.45 * len(shares) + 2.5)))
    image = ax.imshow(shares.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=max(0.01, float(shares.max().max())),
                      aspect="auto")
    ax.set_xticks(range(shares.shape[1]), [_short(c, 22) for c in shares.columns], rotation=40, ha="right",
                  fontsize=9)
    ax.set_yticks(range(len(shares)), [_short(i) for i in shares.index], fontsize=9)
    for (i, j), value in np.ndenumerate(shares.to_numpy(dtype=float)):
        if value > 0:
            ax.text(j, i, f"{value:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if value > 0.6 * float(shares.max().max()) else "black")
    fig.colorbar(image, ax=ax, fraction=0.03, label="share of sentences")
    name = "issue frames (MFC dimensions)" if scheme == "mfc" else "generic news frames"
    return plots.finish(ax, title=f"Share of sentences carrying each of the {name}", xlabel="frame",
                        ylabel=unit)


def plot_terms(counts: pd.DataFrame, *, referent: str, by: str = "outlet_label"):
    """Stacked bars: how often each outlet uses each term for one referent; returns the figure."""
    import matplotlib.pyplot as plt


    rows = counts[counts["variant_of"] == referent]
    wide = rows.pivot_table(index=by, columns="term", values="n", aggfunc="sum", fill_value=0)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(wide) + 1.5)))
    left = pd.Series(0, index=wide.index)
    for term in wide.columns:
        ax.barh([_short(i) for i in wide.index], wide[term], left=left, label=term)
        left = left + wide[term]
    if len(wide):
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), title="term")
        ax.invert_yaxis()
    else:
        ax.text(0.5, 0.5, "no term for this referent in the corpus", ha="center", va="center",
                transform=ax.transAxes)
    return plots.finish(ax, title=f"Words chosen for: {referent}", xlabel="occurrences", ylabel="outlet")


def findings(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Three to five plain sentences on what the framing tables show, computed from them.

    >>> from analysis.framing import detect
    >>> docs = pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]})
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["Prices rose."]})
    >>> findings({"documents": docs, "sentences": sents, "frames": detect(sents),
    ...           "lexical": empty_table(LEXICAL_COLUMNS)})[0]
    '1 of 1 sentences carry at least one issue frame; the most frequent is economic (100% of sentences).'
    """
    documents, sentences = tables["documents"], tables["sentences"]
    frames = tables.get("frames", empty_table(FRAME_COLUMNS))
    lexical_table = tables.get("lexical", empty_table(LEXICAL_COLUMNS))
    out = []
    mfc = frames[frames["scheme"] == "mfc"]
    if len(sentences):
        framed = mfc[["doc_id", "sent_id"]].drop_duplicates()
        shares = mfc.groupby("frame")["sent_id"].size().sort_values(ascending=False) / len(sentences)
        if len(shares):
            out.append(f"{len(framed)} of {len(sentences)} sentences carry at least one issue frame; the most "
                       f"frequent is {shares.index[0]} ({shares.iloc[0]:.0%} of sentences).")
    generic = frames[frames["scheme"] == "generic"].groupby("frame")["sent_id"].size().sort_values(ascending=False)
    if len(generic):
        out.append(f"Among the generic news frames, {generic.index[0]} leads ({int(generic.iloc[0])} sentences).")
    if lexical_table.empty:
        out.append("None of the lexicon's competing terms occurs in this corpus.")
    else:
        counts = term_counts(lexical_table, documents)
        split = counts.groupby("variant_of")["term"].nunique()
        split = split[split > 1]
        out.append(f"{lexical_table['variant_of'].nunique()} referents are named in this corpus, {len(split)} of "
                   f"them with competing terms" + (f" ({', '.join(split.index[:4])})." if len(split) else "."))
    roles = tables.get("roles")
    if roles is not None and not roles.empty:
        top = roles.groupby(["actor", "main_role"]).size().sort_values(ascending=False)
        (actor, role), n = top.index[0], int(top.iloc[0])
        out.append(f"The most frequent casting is {actor} as {role} ({n} cue{'s' if n > 1 else ''}).")
    return out
