"""Validation of quotes against gold: pairs gold quotes with extracted ones and scores kind and speaker.

Three gold formats, told apart by their columns (``gold_format``):

* the kit's own (doc_id, kind, speaker, text; the seeds' annotations): a gold quote is found when an extracted
  quote of the same document and kind overlaps its span (found in the cleaned text) by at least half of the
  shorter of the two; it is right when, for "span and speaker", the speaker agrees. ``gold_scores`` and
  ``gold_errors`` are the sources report's validation tables.
* hand gold of real articles (doc_id, speaker, kind, cue, text; text is the quote's opening as in the raw
  article) and PolNeAR attributions (Newell, Margolin and Ruths 2018, "An attribution relations corpus for
  political news", LREC: source, cue and content spans; the source is the speaker, the content the quote).
  Their text is the raw article's, so quotes are matched by tokens: a gold quote is found when a kit quote of
  the same document covers at least 60 % of its token bigrams (``coverage``), and its speaker is right when
  the gold speaker's surname (first six letters, so Zelensky and Zelenskyy agree) or, for an unnamed source,
  a content word of its description is in the kit's speaker, role or affiliation (``speaker_right``). Quote
  precision is the share of the kit's quotes that match some gold row either way round (``token_figures``).

Documents fall in two halves, tuning and checking, by the sha256 of their doc_id (``half``), so a document
keeps its half whatever else is added.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis import config, pipeline, reading
from analysis import corpus as corpus_stage
from analysis.validate import ValidationError, read_gold, score
from analysis.validate.overlap import coverage, normalise, tokens

__all__ = ["source_name", "match_gold", "gold_labels", "validation_results", "gold_scores", "gold_errors", "FORMATS",
           "gold_format", "HALVES", "half", "in_half", "parse_spans", "token_gold", "normalise", "tokens", "coverage",
           "speaker_right", "token_figures", "FIGURE_KINDS", "compute_by_document", "format_figures"]

# Columns that tell the gold formats apart (the first whose columns are all present wins).
FORMATS = {
    "polnear": ("doc_id", "attribution_id", "source_text", "cue_text", "content_text", "content_spans", "kind"),
    "articles": ("doc_id", "speaker", "kind", "cue", "text"),
    "kit": ("doc_id", "kind", "speaker", "text"),
}
HALVES = ("tuning", "checking")
MIN_COVERAGE = 0.6
# Rows of the figures: each gold kind, the quoted ones (direct and partial) together, and every kind.
FIGURE_KINDS = {"direct": ("direct",), "partial": ("partial",), "indirect": ("indirect",),
                "quoted": ("direct", "partial"), "all": C.QUOTE_KINDS}
FIGURE_COLUMNS = ["kind", "n", "found", "speaker", "speaker_of_found", "n_speaker", "n_kit", "precision"]
_STOP = frozenset("a an the of and or to in on for at by with from as is was be that this it its his her their "
                  "our said says told according senior official officials spokesman spokeswoman".split())
_PRONOUNS = frozenset("he she they it we i you him her them us who".split())
_SPEAKER_FIELDS = ("speaker", "speaker_role", "affiliation")


def _gold_spans(gold: pd.DataFrame, documents: pd.DataFrame) -> list[tuple[int, int] | None]:
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    used: set[tuple[str, int]] = set()
    spans = []
    for doc_id, content in zip(gold["doc_id"], gold["text"], strict=True):
        text, start = texts.get(doc_id, ""), -1
        position = text.find(content) if content else -1
        while position >= 0 and (doc_id, position) in used:
            position = text.find(content, position + 1)
        start = position
        used.add((doc_id, start))
        spans.append((start, start + len(content)) if start >= 0 else None)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(1, min(a[1] - a[0], b[1] - b[0])) if shared > 0 else 0.0


def match_gold(gold: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Pair gold quotes with extracted ones: same document and kind, spans overlapping by half the shorter one.

    Args:
        gold: doc_id, kind, speaker, text (the text as it appears in documents.text).
        quotes: the quotes table.
        documents: doc_id, text.

    Returns:
        One row per gold quote and per unmatched extracted quote: doc_id, kind, gold_speaker,
        predicted_speaker, gold_text, predicted_text, status (matched, missed, spurious, not_found).

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["“We go,” she said."]})
    >>> gold = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"]})
    >>> quotes = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"],
    ...                        "start": [1], "end": [6]})
    >>> match_gold(gold, quotes, docs)[["status", "predicted_speaker"]].values.tolist()
    [['matched', 'Ann']]
    """
    rows, taken = [], set()
    for (_, g), span in zip(gold.iterrows(), _gold_spans(gold, documents), strict=True):
        row = {"doc_id": g["doc_id"], "kind": g["kind"], "gold_speaker": g["speaker"], "predicted_speaker": "",
               "gold_text": g["text"], "predicted_text": "", "status": "missed" if span else "not_found"}
        candidates = quotes[(quotes["doc_id"] == g["doc_id"]) & (quotes["kind"] == g["kind"])]
        best, best_overlap = None, 0.5
        for index, q in candidates.iterrows():
            overlap = _overlap(span, (q["start"], q["end"])) if span else 0.0
            if index not in taken and overlap >= best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            taken.add(best)
            row.update(predicted_speaker=quotes.at[best, "speaker"], predicted_text=quotes.at[best, "text"],
                       status="matched")
        rows.append(row)
    for index, q in quotes.iterrows():
        if index not in taken and q["doc_id"] in set(gold["doc_id"]):
            rows.append({"doc_id": q["doc_id"], "kind": q["kind"], "gold_speaker": "", "gold_text": "",
                         "predicted_speaker": q["speaker"], "predicted_text": q["text"], "status": "spurious"})
    return pd.DataFrame(rows, columns=["doc_id", "kind", "gold_speaker", "predicted_speaker", "gold_text",
                                       "predicted_text", "status"])


def gold_labels(matches: pd.DataFrame, *, speaker: bool = True) -> tuple[list[str], list[str]]:
    """Gold and predicted labels for ``score``: per-kind precision and recall of quote finding.

    A gold quote counts as found when an extracted quote of its kind overlaps it (and, with ``speaker``, names the
    same speaker); label 'none' stands for "no quote here".

    >>> m = pd.DataFrame({"kind": ["direct", "direct"], "gold_speaker": ["A", ""],
    ...                   "predicted_speaker": ["B", "C"], "status": ["matched", "spurious"]})
    >>> gold_labels(m), gold_labels(m, speaker=False)
    ((['direct', 'none'], ['none', 'direct']), (['direct', 'none'], ['direct', 'direct']))
    """
    gold, predicted = [], []
    for kind, g_speaker, p_speaker, status in zip(matches["kind"], matches["gold_speaker"],
                                                  matches["predicted_speaker"], matches["status"], strict=True):
        if status == "spurious":
            gold.append("none")
            predicted.append(kind)
            continue
        gold.append(kind)
        right = status == "matched" and (not speaker or g_speaker == p_speaker)
        predicted.append(kind if right else "none")
    return gold, predicted


def validation_results(gold: pd.DataFrame, args) -> dict:
    """``python -m analysis validate quotes --gold F --corpus DIR [--split HALF]``.

    The kit's own gold format: scores with and without the speaker (printed by ``validate.main``). Articles
    and PolNeAR gold: the figures per kind are printed here (``format_figures``) and nothing is returned.
    """
    fmt = gold_format(gold)
    if not getattr(args, "corpus", None):
        raise ValidationError("validate quotes needs --corpus (the articles the gold refers to)")
    split = getattr(args, "split", None) or "all"
    corpus = Path(args.corpus)
    run_config = config.Config(actors=config.input_file(corpus, "actors", getattr(args, "actors", None)),
                               stages=("actors", "quotes"), recursive=bool(getattr(args, "recursive", False)))
    if fmt == "kit":
        if split != "all":
            gold = in_half(gold, split)
            print(_split_line(split, gold))
        tables = pipeline.compute(corpus, config=run_config)
        matches = match_gold(gold, tables["quotes"], tables["documents"])
        kinds = list(C.QUOTE_KINDS)
        return {
            "span and speaker": score(*gold_labels(matches), labels=kinds),
            "span only": score(*gold_labels(matches, speaker=False), labels=kinds),
        }
    if getattr(args, "json", False):
        raise ValidationError(f"--json is not available for {fmt} gold yet; its figures print as a table")
    gold, notes = token_gold(in_half(gold, split), fmt)
    tables, failed = compute_by_document(corpus, config=run_config, only=set(gold["doc_id"]))
    gold, missing = _in_corpus(gold, tables, failed)
    print(f"quotes gold: {fmt} format, {len(gold)} rows; corpus {corpus}\n{_split_line(split, gold)}")
    print(format_figures(token_figures(gold, tables["quotes"])))
    for line in [*notes, *missing, *_source_notes(gold), *_failure_notes(failed, set(gold["doc_id"]))]:
        print(line)
    return {}


def gold_scores(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Precision, recall and F1 per quote kind against a gold file (empty when there is none).

    Args:
        gold: path of a gold CSV (doc_id, kind, speaker, text) or its frame; "" for none.
        tables: computed tables with ``quotes`` and ``documents``.

    Returns:
        method ("span and speaker", "span only"), kind, precision, recall, f1, n_gold.
    """
    columns = ["method", "kind", "precision", "recall", "f1", "n_gold"]
    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return pd.DataFrame(columns=columns)
        gold = read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    rows = []
    for method, speaker in (("span and speaker", True), ("span only", False)):
        figures = score(*gold_labels(matches, speaker=speaker), labels=list(C.QUOTE_KINDS))
        for kind, c in figures["per_class"].items():
            rows.append([method, kind, c["precision"], c["recall"], c["f1"], c["support"]])
    return pd.DataFrame(rows, columns=columns)


def gold_errors(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The gold comparison's disagreements: missed and spurious quotes and wrong speakers (empty without gold)."""
    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return match_gold(pd.DataFrame(columns=["doc_id", "kind", "speaker", "text"]), tables["quotes"].iloc[:0],
                              tables["documents"])
        gold = read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    wrong = (matches["status"] == "matched") & (matches["gold_speaker"] != matches["predicted_speaker"])
    return matches[(matches["status"] != "matched") | wrong].reset_index(drop=True)


def gold_format(gold: pd.DataFrame) -> str:
    """Which gold format a frame is in, by its columns: "polnear", "articles" or "kit".

    >>> gold_format(pd.DataFrame(columns=["doc_id", "speaker", "kind", "cue", "text"]))
    'articles'
    """
    for name, columns in FORMATS.items():
        if set(columns) <= set(gold.columns):
            return name
    wanted = "; ".join(", ".join(columns) for columns in FORMATS.values())
    raise ValidationError(f"quotes gold needs the columns of one of its formats ({wanted}); "
                          f"this file has {', '.join(gold.columns)}")


def half(doc_id: str) -> str:
    """The half a document belongs to, "tuning" or "checking", by the parity of its doc_id's sha256.

    >>> half("002"), half("010")
    ('tuning', 'checking')
    """
    return HALVES[int(hashlib.sha256(str(doc_id).encode("utf-8")).hexdigest(), 16) % 2]


def in_half(frame: pd.DataFrame, split: str) -> pd.DataFrame:
    """The rows of ``frame`` (with doc_id) whose document is in ``split`` ("tuning", "checking" or "all")."""
    if split == "all":
        return frame
    if split not in HALVES:
        raise ValidationError(f"unknown split {split!r}: choose tuning, checking or all")
    return frame[frame["doc_id"].map(half) == split].reset_index(drop=True)


def _split_line(split: str, gold: pd.DataFrame) -> str:
    n = gold["doc_id"].nunique()
    if split == "all":
        return f"split: all documents ({n}); halves tuning/checking by the sha256 of doc_id"
    return f"split: {split} half (by the sha256 of doc_id), {n} documents"


def parse_spans(spans: str) -> list[tuple[int, int]]:
    """PolNeAR character spans, ``"s-e"`` or ``"s1-e1;s2-e2"`` (end exclusive), as (start, end) pairs.

    >>> parse_spans("115-290"), parse_spans("3-9;12-20"), parse_spans("")
    ([(115, 290)], [(3, 9), (12, 20)], [])
    """
    pairs = []
    for part in str(spans).split(";"):
        if not part.strip():
            continue
        start, _, end = part.strip().partition("-")
        if not (start.isdigit() and end.isdigit()) or int(end) < int(start):
            raise ValidationError(f"not a span: {part!r} (expected start-end, e.g. 115-290)")
        pairs.append((int(start), int(end)))
    return pairs


def _content_parts(text: str, spans: str) -> tuple[str, ...]:
    """The pieces of a discontinuous content: its text is the spans' texts joined by one space."""
    parts, position = [], 0
    for start, end in parse_spans(spans):
        parts.append(text[position:position + end - start])
        position += end - start + 1
    return tuple(parts) if parts and position - 1 == len(text) else (text,)


def source_name(source: str) -> str:
    """The name in a PolNeAR source span that also gives an apposition: its first part set as a proper name.

    "Len Burman, head of the Tax Policy Center" is scored as "Len Burman" (the surname rule would otherwise
    read "Center"); a source without such a part ("the New York businessman") is kept whole.

    >>> source_name("Len Burman, head of the Tax Policy Center"), source_name("Another critic, Laurence H. Tribe,")
    ('Len Burman', 'Laurence H. Tribe')
    >>> source_name("Murphy, now a consultant on Burma"), source_name("Representative Jo Ruiz of New York")
    ('Murphy', 'Representative Jo Ruiz')
    """
    for i, part in enumerate(re.split(r",|\(|\)|\s[―—–-]\s", source)):
        words = part.split()
        if words and all(w[:1].isupper() for w in words) and (len(words) >= 2 or i == 0 and part != source):
            return part.strip()  # a lone surname counts when an apposition follows it: "Murphy, now a consultant"
    place = re.fullmatch(r"((?:[A-Z][\w.’'-]*\s+)+?[A-Z][\w.’'-]*)\s+of\s+[A-Z][\w .’'-]*", source.strip())
    return place.group(1) if place else source  # "Representative Charles B. Rangel of New York"


def token_gold(gold: pd.DataFrame, fmt: str) -> tuple[pd.DataFrame, list[str]]:
    """Articles or PolNeAR gold as doc_id, kind, speaker, text, parts, has_source; rows without text are left out.

    Returns the rows and one note per reason rows were left out. For PolNeAR the speaker is the source span's
    text (empty when the attribution has no source) and the text is the content span(s).
    """
    if fmt == "polnear":
        parts = [_content_parts(t, s) for t, s in zip(gold["content_text"], gold["content_spans"], strict=True)]
        gold = pd.DataFrame({"doc_id": gold["doc_id"], "kind": gold["kind"],
                             "speaker": gold["source_text"].map(source_name),
                             "text": gold["content_text"], "parts": parts})
    else:
        gold = gold[["doc_id", "kind", "speaker", "text"]].assign(parts=[(t,) for t in gold["text"]])
    speaker = gold["speaker"].str.strip()
    # A bare pronoun source ("he said") names no one: its antecedent is not annotated, so it is not scored.
    gold = gold.assign(has_source=(speaker != "") & ~speaker.str.lower().isin(_PRONOUNS))
    empty = gold["text"].str.strip() == ""
    notes = [f"{int(empty.sum())} gold row(s) left out: no content text"] if empty.any() else []
    return gold[~empty].reset_index(drop=True), notes


def _in_corpus(gold: pd.DataFrame, tables: dict, failed: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    known = set(tables["documents"]["doc_id"]) | set(failed["doc_id"]) | set(tables["skipped"]["doc_id"])
    absent = ~gold["doc_id"].isin(known)
    if not absent.any():
        return gold, []
    return (gold[~absent].reset_index(drop=True),
            [f"{int(absent.sum())} gold row(s) left out: their document is not in the corpus "
             f"({', '.join(sorted(set(gold.loc[absent, 'doc_id']))[:5])})"])


def _undotted(text) -> str:
    """Initials with stops run together: "the U.N." -> "the UN"."""
    return re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), text) if isinstance(text, str) else ""


def speaker_right(gold_speaker: str, *kit: str) -> bool:
    """Whether the gold speaker is named in the kit's speaker, role or affiliation (given as ``kit``).

    A named speaker (capitalised) needs its surname, the last content word; an unnamed source (a
    description) any content word. Words agree on their first six letters (Zelensky, Zelenskyy).

    >>> speaker_right("Volodymyr Zelensky", "Volodymyr Zelenskyy"), speaker_right("Some US officials", "", "U.S.")
    (True, False)
    >>> speaker_right("Russia’s Defense Ministry", "defense ministry")
    True

    A possessive ending of the gold span is no part of the name ("Donald Trump’s claim that ...": Trump).

    >>> speaker_right("Donald Trump’s", "Donald Trump"), speaker_right("editorial boards’", "", "the boards")
    (True, True)

    Initials written with stops are the acronym without them ("The U.N.", "the S.E.C.": UN, SEC).

    >>> speaker_right("The U.N.", "UN"), speaker_right("the S.E.C.", "", "SEC"), speaker_right("The U.N.", "NATO")
    (True, True, False)
    """
    gold_speaker, kit = _undotted(gold_speaker), tuple(_undotted(k) for k in kit)
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", gold_speaker)}
    words = [re.sub(r"'s?$", "", w) for w in tokens(gold_speaker)]
    words = [w for w in words if w not in _STOP and len(w) > 2] or [w for w in words if w in acronyms]
    if not words:
        return False
    found = tokens(" ".join(normalise(k) for k in kit))

    def has(word: str) -> bool:
        return any(t == word or (len(word) >= 6 and t[:6] == word[:6]) for t in found)

    return has(words[-1]) if gold_speaker[:1].isupper() else any(has(w) for w in words)


def _matches(gold: pd.DataFrame, quotes: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Gold with found and speaker_right; per kit quote, whether it matches some gold row either way round."""
    fields = [c for c in _SPEAKER_FIELDS if c in quotes.columns]
    kit = {doc_id: list(zip(q["text"], *(q[c] for c in fields), strict=True)) for doc_id, q in quotes.groupby("doc_id")}
    found, right = [], []
    for doc_id, speaker, parts in zip(gold["doc_id"], gold["speaker"], gold["parts"], strict=True):
        hits = [row for row in kit.get(doc_id, []) if coverage(parts, row[0]) >= MIN_COVERAGE]
        if hits or len(parts) < 2:
            found.append(bool(hits))
            right.append(any(speaker_right(speaker, *row[1:]) for row in hits))
            continue
        # A split quotation ("“A,” he said. “B.”") is one gold row with two parts and two kit quotes: it is
        # found when each part is, and its speaker is right when each part's quote has the right speaker.
        per_part = [[row for row in kit.get(doc_id, []) if coverage(part, row[0]) >= MIN_COVERAGE] for part in parts]
        found.append(all(per_part))
        right.append(all(any(speaker_right(speaker, *row[1:]) for row in rows) for rows in per_part))
    texts = gold.groupby("doc_id")["parts"].agg(list).to_dict()
    matched = [any(coverage(parts, text) >= MIN_COVERAGE or coverage(text, " ".join(parts)) >= MIN_COVERAGE
                   for parts in texts.get(doc_id, [])) for doc_id, text in zip(quotes["doc_id"], quotes["text"],
                                                                                strict=True)]
    return gold.assign(found=found, speaker_right=right), pd.Series(matched, index=quotes.index, dtype=bool)


def token_figures(gold: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Found, speaker right and precision per kind, by the token rules above.

    Args:
        gold: ``token_gold``'s rows (doc_id, kind, speaker, text, parts, has_source).
        quotes: the kit's quotes table; only the documents of ``gold`` count.

    Returns:
        One row per ``FIGURE_KINDS`` key: kind, n (gold rows), found (share found), speaker (found with the
        right speaker, over the n_speaker rows that have a source), speaker_of_found (the same over those
        found), n_kit (kit quotes of the kind), precision (share of them matching some gold row).
    """
    quotes = quotes[quotes["doc_id"].isin(set(gold["doc_id"]))]
    gold, matched = _matches(gold, quotes)
    rows = []
    for name, kinds in FIGURE_KINDS.items():
        g = gold[gold["kind"].isin(kinds)] if name != "all" else gold
        sourced = g[g["has_source"]]
        right = int((sourced["found"] & sourced["speaker_right"]).sum())
        mine = matched[quotes["kind"].isin(kinds)]
        rows.append([name, len(g), _share(g["found"].sum(), len(g)), _share(right, len(sourced)),
                     _share(right, sourced["found"].sum()), len(sourced), len(mine), _share(mine.sum(), len(mine))])
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def _share(part, whole) -> float:
    return float(part) / whole if whole else float("nan")


def format_figures(figures: pd.DataFrame) -> str:
    """``token_figures`` as text, with one line on what each column means."""
    table = figures.drop(columns="n_speaker").rename(columns={"speaker_of_found": "speaker|found", "n_kit": "kit"})
    text = table.to_string(index=False, float_format=lambda v: f"{v:.2f}", na_rep="-")
    return (f"{text}\nfound: a kit quote covers >= {MIN_COVERAGE:.0%} of the gold text's token bigrams (a split "
            "quotation: each part); speaker: "
            "found and named right, over all gold rows with a source; precision: share of the kit's quotes of "
            "that kind matching a gold row (quoted = direct + partial)")


def _source_notes(gold: pd.DataFrame) -> list[str]:
    notes = []
    pronouns = int(gold["speaker"].str.strip().str.lower().isin(_PRONOUNS).sum())
    unsourced = int((~gold["has_source"]).sum()) - pronouns
    if unsourced:
        notes.append(f"{unsourced} gold row(s) have no source: counted in found, left out of the speaker figures")
    if pronouns:
        notes.append(f"{pronouns} gold source(s) are a bare pronoun (he, she, they, ...) whose antecedent is not "
                     "annotated: counted in found, left out of the speaker figures")
    return notes


def _failure_notes(failed: pd.DataFrame, doc_ids: set[str]) -> list[str]:
    failed = failed[failed["doc_id"].isin(doc_ids)]
    return [f"failed: the kit crashed on {doc_id} ({error}); its gold rows count as not found"
            for doc_id, error in zip(failed["doc_id"], failed["error"], strict=True)]


def compute_by_document(corpus: str | Path, *, config: config.Config, only: Iterable[str] | None = None
                        ) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The kit's tables of a corpus computed one document at a time, so that one crash does not stop the rest.

    Args:
        corpus: a corpus folder or file, as for ``pipeline.compute``.
        config: the run's configuration.
        only: doc_ids to compute (default every document).

    Returns:
        The tables (as ``pipeline.compute``; documents the corpus reader skipped are rows of ``skipped``), and
        ``failed``: doc_id, error (the exception's class and first line) of each document the kit crashed on.
    """
    inputs = corpus_stage.discover(corpus, text_column=config.text_column, column_map=config.column_map,
                                   metadata=config.metadata, recursive=config.recursive)
    wanted = None if only is None else set(only)
    config = reading.with_repeated_lines(config, inputs.sources)  # the corpus's evidence, as in a whole run
    parts: dict[str, list[pd.DataFrame]] = {"skipped": [pd.DataFrame(
        [(s.source_path, s.doc_id, s.reason) for s in inputs.skipped], columns=list(C.SKIPPED))]}
    failed = []
    for source in inputs.sources:
        if wanted is not None and source.doc_id not in wanted:
            continue
        try:
            chunks = list(pipeline.iter_tables(corpus_stage.Inputs([source], [], []), config, workers=1))
        except Exception as exc:  # noqa: BLE001 - the crash is reported as a row, the other documents go on
            failed.append((source.doc_id, f"{exc.__class__.__name__}: {(str(exc).splitlines() or [''])[0]}"))
            continue
        for tables in chunks:
            for name, frame in tables.items():
                parts.setdefault(name, []).append(frame)
    tables = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    tables.setdefault("documents", pd.DataFrame(columns=["doc_id", "text"]))
    tables.setdefault("quotes", pd.DataFrame(columns=list(C.QUOTES)))
    return tables, pd.DataFrame(failed, columns=["doc_id", "error"])
