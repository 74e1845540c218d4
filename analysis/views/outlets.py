"""Outlets side by side: voices, stance of the voices carried, sentiment, vocabulary, frames and casting.

Brings the kit's tables together per outlet (``documents.outlet_label``) for the outlets report: which voices
an outlet quotes (``quotes``), where those voices stand (``stance``), the tone of its sentences
(``sentiment``, nltk VADER), the terms it chooses (``lexical``), its issue frames (``frames``), how it casts
actors (``roles``) and its distinctive words (weighted log-odds, ``analysis.vocabulary``). Every summary cell
can be traced to rows of those tables. A table that is missing or empty gives an empty cell and a note, never
an error.
"""

from __future__ import annotations

import pandas as pd

from analysis import columns as C
from analysis import framing, vocabulary
from analysis.views import framing as framing_view
from analysis.views import sentiment as sentiment_view
from analysis.views import stance as stance_view
from analysis.views import voices as voices_view

__all__ = ["TABLE_NOTES", "REFERENTS", "parse", "select", "notes", "voices", "stances", "tone", "side_by_side",
           "findings"]

TABLE_NOTES = {
    "quotes": "no quotes were found, so the voices rows are empty",
    "stance": "no stance statements were found for any target, so the stance rows are empty",
    "sentiment": "the sentiment table is empty, so the tone rows are empty",
    "lexical": "none of the lexicon's competing terms occurs, so the term-choice rows are empty",
    "frames": "no frame cue fired, so the frame rows are empty",
    "roles": "no actor was cast in a role (the mentions table may be empty), so the casting rows are empty",
}
_REPORT_TABLES = {name: C.CONTRACT[name] for name in ("mentions", "quotes", "sentiment", "stance")} | {
    "frames": framing.FRAME_COLUMNS, "lexical": framing.LEXICAL_COLUMNS, "roles": framing.ROLE_COLUMNS}
REFERENTS = ("name of the war", "capital of Ukraine", "status of seized territory", "taking a place")


def parse(outlets: str) -> list[str]:
    """Comma-separated outlet labels as a list (empty string: no selection).

    >>> parse(" TASS, Reuters ,")
    ['TASS', 'Reuters']
    """
    return [o.strip() for o in str(outlets).split(",") if o.strip()]


def select(tables: dict[str, pd.DataFrame], outlets: str | list[str]) -> dict[str, pd.DataFrame]:
    """The tables restricted to the documents of the chosen outlets (all when none are chosen).

    Tables the report reads but ``tables`` lacks are added empty, with their contract columns. Raises
    ValueError (one line, naming the known outlets) for an unknown label.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> chosen = select({"documents": docs, "sentences": pd.DataFrame({"doc_id": ["a", "b"]})}, "Y")
    >>> chosen["sentences"]["doc_id"].tolist()
    ['b']
    """
    labels = parse(outlets) if isinstance(outlets, str) else list(outlets)
    documents = tables["documents"]
    tables = {**{name: pd.DataFrame(columns=list(columns)) for name, columns in _REPORT_TABLES.items()},
              **tables}
    if not labels:
        return dict(tables)
    known = sorted(documents["outlet_label"].unique())
    unknown = [o for o in labels if o not in known]
    if unknown:
        raise ValueError(f"unknown outlet(s): {', '.join(unknown)}; the corpus has: {', '.join(known)}")
    keep = set(documents.loc[documents["outlet_label"].isin(labels), "doc_id"])
    return {name: frame[frame["doc_id"].isin(keep)].reset_index(drop=True)
            if isinstance(frame, pd.DataFrame) and "doc_id" in frame.columns else frame
            for name, frame in tables.items()}


def notes(tables: dict[str, pd.DataFrame]) -> list[str]:
    """One line per table of the report that is missing or empty, saying what is left out.

    >>> notes({"quotes": pd.DataFrame(), "frames": pd.DataFrame({"doc_id": ["a"]})})[0]
    'quotes: no quotes were found, so the voices rows are empty'
    """
    lines = [f"{name}: {note}" for name, note in TABLE_NOTES.items()
             if tables.get(name) is None or tables[name].empty]
    return lines or ["Every table this report reads has rows for the chosen outlets."]


def _outlet_of(frame: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    if frame is None or frame.empty:
        return pd.DataFrame(columns=[*(frame.columns if frame is not None else []), "outlet_label"])
    return frame.merge(documents[["doc_id", "outlet_label"]], on="doc_id", how="left")


def _top(counts: pd.Series, n: int, *, percent: bool = False) -> str:
    counts = counts.sort_values(ascending=False, kind="stable").head(n)
    if percent:
        return ", ".join(f"{k} {v:.0%}" for k, v in counts.items())
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def voices(tables: dict[str, pd.DataFrame], *, top: int = 3) -> pd.DataFrame:
    """Per outlet: quotes, the most quoted speakers and the mix of affiliations of the quoted voices.

    Counted by ``views.voices.voices`` (speakers and affiliations with the sources report's labels).

    Returns:
        outlet_label, n_quotes, top_speakers ("name n, ..."), affiliations ("Russia 40%, ...").

    >>> q = pd.DataFrame({"doc_id": ["a", "a", "a"], "kind": ["direct"] * 3, "speaker": ["P", "P", "T"],
    ...                   "affiliation": ["RU", "RU", "US"], "text": ["x", "y", "z"], "via": ["", "", ""]})
    >>> voices({"quotes": q, "documents": pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]})}).iloc[0].tolist()
    ['X', 3, 'P 2, T 1', 'RU 67%, US 33%']
    """
    columns = ["outlet_label", "n_quotes", "top_speakers", "affiliations"]
    quotes = tables.get("quotes")
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=columns).astype({"n_quotes": object})
    speakers = voices_view.voices(quotes, tables["documents"], by="speaker")
    affiliations = voices_view.voices(quotes, tables["documents"], by="affiliation")
    rows = []
    for outlet, group in speakers.groupby("outlet", sort=True):
        shares = affiliations[affiliations["outlet"] == outlet].set_index("affiliation")["share_quotes"]
        rows.append((outlet, int(group["n_quotes"].sum()), _top(group.set_index("speaker")["n_quotes"], top),
                     _top(shares, top, percent=True)))
    return pd.DataFrame(rows, columns=columns).astype({"n_quotes": object})


def stances(tables: dict[str, pd.DataFrame], *, target: str) -> pd.DataFrame:
    """Per outlet, the voices it carries on ``target`` grouped by stance.

    Returns:
        outlet_label, favor, against, neutral (speaker names joined by ", ").

    >>> st = pd.DataFrame({"doc_id": ["a"], "speaker": ["P"], "target": ["t"], "favor": [0.0], "against": [1.0],
    ...                    "neutral": [0.0], "evidence": ["sent:1"]})
    >>> stances({"stance": st, "documents": pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]})},
    ...         target="t").iloc[0].tolist()
    ['X', '', 'P', '']
    """
    columns = ["outlet_label", "favor", "against", "neutral"]
    table = tables.get("stance")
    if table is None or table.empty:
        return pd.DataFrame(columns=columns)
    per_outlet = stance_view.by_outlet(table, tables["documents"], target=target)
    rows = []
    for outlet, group in per_outlet.groupby("outlet_label", sort=True):
        rows.append((outlet, *(", ".join(group.loc[group["stance"] == s, "speaker"]) for s in columns[1:])))
    return pd.DataFrame(rows, columns=columns)


def tone(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Mean VADER compound of each outlet's sentences with a bootstrap 95% interval and negative share.

    Returns:
        outlet_label, n, mean, ci_low, ci_high, share_positive, share_negative.
    """
    table = _outlet_of(tables.get("sentiment"), tables["documents"])
    if table.empty:
        return pd.DataFrame(columns=["outlet_label", *sentiment_view.SUMMARY_COLUMNS])
    return sentiment_view.summarize_groups(table, ["outlet_label"])


def _frame_cell(profile: pd.DataFrame, outlet: str, top: int) -> str:
    if profile.empty or outlet not in profile.index:
        return ""
    shares = profile.loc[outlet].drop("n_sentences")
    shares = shares[shares > 0]
    return _top(shares, top, percent=True)


def _term_cell(counts: pd.DataFrame, outlet: str, referent: str) -> str:
    rows = counts[(counts["outlet_label"] == outlet) & (counts["variant_of"] == referent)]
    return ", ".join(f"{t} {n}" for t, n in zip(rows["term"], rows["n"], strict=True))


def _role_cell(roles: pd.DataFrame, outlet: str, main_role: str, top: int) -> str:
    if roles.empty:
        return ""
    rows = roles[(roles["outlet_label"] == outlet) & (roles[main_role] > 0)]
    return _top(rows.set_index("actor")[main_role], top)


def side_by_side(tables: dict[str, pd.DataFrame], *, target: str = "ukraine_nato_membership", top: int = 3,
                 referents: tuple[str, ...] = REFERENTS,
                 reference: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The whole kit on one page: one column per outlet, one row per aspect, each cell a short summary.

    Rows: documents, sentences, quotes, most quoted, quoted affiliations, stance on ``target`` (favor /
    against), tone (mean compound with 95% interval), one row per referent of ``referents`` (the terms used),
    issue frames (MFC, share of sentences), generic frames, distinctive words, cast as protagonist, cast as
    antagonist, cast as innocent. Empty cells mean the underlying table has nothing for that outlet.
    Distinctive words compare each outlet with all other outlets of ``reference`` (the whole corpus, when
    ``tables`` is a selection), else of ``tables``.
    """
    documents, sentences = tables["documents"], tables["sentences"]
    outlets = sorted(documents["outlet_label"].unique())
    cells: dict[str, dict[str, str]] = {o: {} for o in outlets}
    n_docs = documents.groupby("outlet_label")["doc_id"].nunique()
    n_sents = sentences.merge(documents[["doc_id", "outlet_label"]], on="doc_id").groupby("outlet_label").size()
    voice = voices(tables, top=top).set_index("outlet_label")
    stance_rows = stances(tables, target=target).set_index("outlet_label")
    tone_rows = tone(tables).set_index("outlet_label")
    frames = tables.get("frames", pd.DataFrame(columns=list(framing.FRAME_COLUMNS)))
    profiles = {s: framing_view.profiles(frames, sentences, documents, scheme=s, by="outlet_label")
                for s in framing.SCHEMES}
    counts = framing_view.term_counts(tables.get("lexical", pd.DataFrame()), documents)
    roles = framing_view.roles_by_outlet(tables.get("roles", pd.DataFrame()), sentences, documents)
    reference = reference or tables
    words = vocabulary.by_group(reference["sentences"], reference["documents"], groups=outlets, top=5)
    for outlet in outlets:
        cell = cells[outlet]
        cell["documents"] = str(int(n_docs.get(outlet, 0)))
        cell["sentences"] = str(int(n_sents.get(outlet, 0)))
        cell["quotes"] = str(int(voice["n_quotes"].get(outlet, 0))) if not voice.empty else ""
        cell["most quoted"] = voice["top_speakers"].get(outlet, "") if not voice.empty else ""
        cell["quoted affiliations"] = voice["affiliations"].get(outlet, "") if not voice.empty else ""
        for label in ("favor", "against"):
            cell[f"voices {label} {target}"] = stance_rows[label].get(outlet, "") if not stance_rows.empty else ""
        if not tone_rows.empty and outlet in tone_rows.index:
            row = tone_rows.loc[outlet]
            cell["tone (VADER compound)"] = f"{row['mean']:+.2f} [{row['ci_low']:+.2f}, {row['ci_high']:+.2f}]"
        else:
            cell["tone (VADER compound)"] = ""
        for referent in referents:
            cell[f"terms: {referent}"] = _term_cell(counts, outlet, referent) if not counts.empty else ""
        cell["issue frames (MFC)"] = _frame_cell(profiles["mfc"], outlet, top)
        cell["generic frames"] = _frame_cell(profiles["generic"], outlet, 2)
        cell["distinctive words"] = ", ".join(words.loc[words["outlet_label"] == outlet, "term"])
        for main_role in framing.MAIN_ROLES:
            cell[f"cast as {main_role}"] = _role_cell(roles, outlet, main_role, top)
    table = pd.DataFrame(cells)
    table.index.name = "aspect"
    return table


def findings(tables: dict[str, pd.DataFrame], *, target: str = "ukraine_nato_membership") -> list[str]:
    """A few plain sentences comparing the outlets, computed from the tables.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"]})
    >>> lex = pd.DataFrame({"doc_id": ["a", "b"], "term": ["Kiev", "Kyiv"], "variant_of": ["capital of Ukraine"] * 2,
    ...                     "side": ["ru", "ua"]})
    >>> findings({"documents": docs, "lexical": lex})[1]
    'Capital of Ukraine: X writes "Kiev"; Y writes "Kyiv".'
    """
    documents = tables["documents"]
    n_outlets, n_documents = documents["outlet_label"].nunique(), len(documents)
    out = [f"{n_outlets} outlet{'s' * (n_outlets != 1)}, {n_documents} document{'s' * (n_documents != 1)}."]
    counts = framing_view.term_counts(tables.get("lexical", pd.DataFrame()), documents)
    for referent, group in counts.groupby("variant_of", sort=True):
        preferred = (group.sort_values(["n", "term"], ascending=[False, True]).drop_duplicates("outlet_label")
                     .sort_values("outlet_label"))
        if preferred["term"].nunique() > 1:
            out.append(f"{referent[0].upper()}{referent[1:]}: " + "; ".join(
                f'{o} writes "{t}"' for o, t in zip(preferred["outlet_label"], preferred["term"], strict=True)) + ".")
    roles = tables.get("roles")
    if roles is not None and not roles.empty:
        cast = framing_view.roles_by_outlet(roles, tables["sentences"], documents)
        mixed = cast[(cast["protagonist"] > 0) | (cast["antagonist"] > 0)].groupby("actor")["top_role"].nunique()
        for actor in mixed[mixed > 1].index[:3]:
            rows = cast[cast["actor"] == actor]
            out.append(f"{actor} is cast differently: " + "; ".join(
                f"{o}: {r}" for o, r in zip(rows["outlet_label"], rows["top_role"], strict=True)) + ".")
    return out
