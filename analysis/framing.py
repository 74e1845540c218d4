"""Framing: the words an outlet chooses for a referent, the issue frames of its sentences, and how it casts actors.

Three detectors, each driven by an editable table in ``analysis/data/`` and each keeping its evidence:

- **Lexical framing** (``lexical``): competing terms for the same referent ("Kyiv"/"Kiev", "full-scale
  invasion"/"special military operation"/"conflict", "occupied"/"annexed"/"reunification") found by the
  patterns of ``lexical_variants.csv`` in one scan (leftmost match, the longer term first at one position),
  with character offsets into ``documents.text``.
  Another conflict's vocabulary is another table (``Config.lexicon``).
- **Issue frames** (``detect``): the 15 frame dimensions of the Policy Frames Codebook (Boydstun et al. 2014,
  the Media Frames Corpus of Card et al. 2015; ``scheme`` "mfc") and the five generic news frames of Semetko
  and Valkenburg (2000; ``scheme`` "generic"), detected per sentence by the cue lexicon ``frame_cues.csv``.
  A sentence carries every frame one of whose cues it contains; the cues that fired are the evidence.
- **Actor roles** (``cast``): protagonist, antagonist or innocent, with the fine-grained roles of SemEval-2025
  Task 10's entity framing (peacemaker, guardian, instigator, foreign adversary, victim, ...), from the cues
  of ``role_cues.csv`` attached to the nearest actor mention of the ``mentions`` table.

Document, paragraph and outlet summaries (frame profiles, primary frames, term choices per outlet, roles per
outlet) are functions over the stored tables, called from the notebooks. ``validation_results`` scores primary
frames against hand-labelled paragraphs and generic frames against article-level gold.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import columns as C
from analysis import resources
from analysis.pipeline import register

LEXICON_FILE = "lexical_variants.csv"
FRAME_CUES_FILE = "frame_cues.csv"
ROLE_CUES_FILE = "role_cues.csv"
ROLE_WINDOW = 80  # characters between a role cue and the actor mention it is attached to

SCHEMES = ("mfc", "generic")
MFC_FRAMES = ("economic", "capacity and resources", "morality", "fairness and equality", "legality",
              "policy prescription and evaluation", "crime and punishment", "security and defense",
              "health and safety", "quality of life", "cultural identity", "public opinion", "political",
              "external regulation and reputation", "other")
GENERIC_FRAMES = ("conflict", "human interest", "economic consequences", "morality", "responsibility")
MAIN_ROLES = ("protagonist", "antagonist", "innocent")

LEXICAL_COLUMNS = (*C.LEXICAL, "surface")
FRAME_COLUMNS = (*C.FRAMES, "scheme", "n_cues")
ROLE_COLUMNS = ("doc_id", "sent_id", "actor", "role", "main_role", "cues", "affiliation")
NONE = "none"


# ---------------------------------------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class Pattern:
    """One compiled entry of a lexicon: what it stands for and the regular expression that finds it."""

    regex: re.Pattern
    fields: tuple[tuple[str, str], ...]
    body: str = ""  # the regex without word boundaries (lexicon entries)


def _bounded(body: str) -> str:
    return rf"(?<![\w])(?:{body})(?![\w])"


def _phrase(text: str) -> str:
    """A literal term as a regex: any white space or hyphen between words, flexible apostrophes."""
    words = re.split(r"[\s\-]+", text.strip())
    escaped = [re.escape(w).replace("'", "['’]") for w in words if w]
    return r"[\s\-‑–]+".join(escaped)


def cue_regex(cue: str) -> str:
    """The regex of one cue: whole words, a trailing ``*`` for a prefix, symbols matched literally.

    >>> bool(re.search(cue_regex("sanction*"), "new sanctions against")), bool(re.search(cue_regex("war"), "warning"))
    (True, False)
    """
    prefix = cue.endswith("*")
    body = _phrase(cue.rstrip("*"))
    left = r"(?<![\w])" if re.match(r"\w", cue) else ""
    right = r"\w*" if prefix else (r"(?![\w])" if re.search(r"\w$", cue) else "")
    return f"{left}(?:{body}){right}"


_SEPARATOR = r"[\s\-‑–]+"
_END, _PREFIX = "", "*"


def _atoms(cue: str) -> list[str]:
    """A cue as regex atoms: one per character, a separator atom for spaces and hyphens."""
    atoms: list[str] = []
    for char in re.sub(r"[\s\-]+", " ", cue.strip().rstrip("*")):
        atoms.append(_SEPARATOR if char == " " else ("['’]" if char == "'" else re.escape(char)))
    return atoms


def cues_regex(cues: list[str]) -> str:
    """One regex for many cues, their common prefixes factored into a trie (fast on long cue lists).

    Same matches as the alternation of ``cue_regex`` over the cues, longest cue first.

    >>> pattern = re.compile(cues_regex(["war", "war crime*", "warn*", "$"]), re.IGNORECASE)
    >>> [m.group(0) for m in pattern.finditer("War crimes, warnings, $5, the wars")]
    ['War crimes', 'warnings', '$']
    """
    trie: dict = {}
    for cue in cues:
        node = trie
        for atom in _atoms(cue.lower()):
            node = node.setdefault(atom, {})
        node[_PREFIX if cue.endswith("*") else _END] = True
    return _trie_regex(trie, root=True)


def _trie_regex(node: dict, *, root: bool = False, last_word: bool = False) -> str:
    if root:  # one word-start check for all cues that begin with a letter or digit
        words = {a: c for a, c in node.items() if re.fullmatch(r"\w", a.replace("\\", ""))}
        others = {a: c for a, c in node.items() if a not in words}
        parts = ([r"(?<!\w)" + _trie_regex(words)] if words else []) + ([_trie_regex(others)] if others else [])
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    options = []
    for atom, child in sorted(((a, c) for a, c in node.items() if a not in (_END, _PREFIX)), key=lambda x: x[0]):
        word = bool(re.fullmatch(r"\w", atom.replace("\\", "")))
        options.append(atom + _trie_regex(child, last_word=word))
    if node.get(_PREFIX):
        options.append(r"\w*")
    elif node.get(_END):
        options.append(r"(?!\w)" if last_word else "")
    if not options:
        return ""
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


@functools.lru_cache(maxsize=8)
def lexicon(path: str | None = None) -> tuple[Pattern, ...]:
    """The lexical-variant table (shipped ``lexical_variants.csv`` or ``path``), compiled.

    >>> [p.fields for p in lexicon() if dict(p.fields)["term"] == "Kiev"][0][:2]
    (('term', 'Kiev'), ('variant_of', 'capital of Ukraine'))
    """
    rows = _checked(path or LEXICON_FILE, ("variant_of", "term", "side"))
    patterns = []
    for line, row in enumerate(rows, start=1):
        if not row.get("term") or not row.get("variant_of"):
            continue
        body = row.get("pattern") or _phrase(row["term"])
        try:
            regex = re.compile(_bounded(body), re.IGNORECASE)
        except re.error as exc:
            raise resources.ResourceError(f"lexicon {Path(path or LEXICON_FILE).name}, row {line} "
                                          f"({row['term']}): bad pattern: {exc}") from exc
        patterns.append(Pattern(regex,
                                (("term", row["term"]), ("variant_of", row["variant_of"]),
                                 ("side", row.get("side", ""))), body))
    return tuple(patterns)


@functools.lru_cache(maxsize=8)
def cue_lexicon(path: str | None = None, *, kind: str = "frames") -> tuple[Pattern, ...]:
    """Frame cues (``kind="frames"``: scheme, frame) or role cues (``"roles"``: main_role, role), compiled.

    One regex per label, its cues longest first, so a phrase wins over a word it contains.

    >>> sorted({dict(p.fields)["scheme"] for p in cue_lexicon()})
    ['generic', 'mfc']
    """
    keys = ("scheme", "frame") if kind == "frames" else ("main_role", "role", "attach")
    rows = _checked(path or (FRAME_CUES_FILE if kind == "frames" else ROLE_CUES_FILE), (*keys[:2], "cue"))
    grouped: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        if kind == "roles":
            row = {**row, "attach": row.get("attach") or "nearest"}
        if row.get("cue") and all(row.get(k) for k in keys):
            grouped.setdefault(tuple(row[k] for k in keys), []).append(row["cue"].lower())
    return tuple(Pattern(re.compile(cues_regex(sorted(set(cues))), re.IGNORECASE),
                         tuple(zip(keys, label, strict=True)))
                 for label, cues in grouped.items())


def _checked(name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a lexicon file, refusing one that lacks a required column (one-line ResourceError)."""
    try:
        rows = resources.read_table(name)
    except (OSError, UnicodeDecodeError) as exc:
        raise resources.ResourceError(f"cannot read lexicon {name}: {exc}") from exc
    missing = [c for c in required if rows and c not in rows[0]]
    if not rows or missing:
        raise resources.ResourceError(f"lexicon {Path(name).name} needs the columns {', '.join(required)}"
                                      + (f" (missing: {', '.join(missing)})" if missing else " and rows"))
    return rows


# ---------------------------------------------------------------------------------------------- helpers

def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sent_id", "start", "end", "n_cues") else "str")
                         for c in columns})


def _sentence_index(sentences: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    index = {}
    for doc_id, group in sentences.groupby("doc_id", sort=False):
        group = group.sort_values("start")
        index[doc_id] = (group["start"].to_numpy(), group["end"].to_numpy(), group["sent_id"].to_numpy())
    return index


def _sent_of(index, doc_id: str, start: int) -> int | None:
    if doc_id not in index:
        return None
    starts, ends, ids = index[doc_id]
    i = int(np.searchsorted(starts, start, side="right")) - 1
    return int(ids[i]) if i >= 0 and start < ends[i] else None


# ---------------------------------------------------------------------------------------------- lexical

@functools.lru_cache(maxsize=8)
def _combined_lexicon(path: str | None = None) -> tuple[re.Pattern, dict[str, dict]]:
    """All lexicon patterns in one regex (one pass over a text), longer terms tried first at each position."""
    patterns = sorted(lexicon(path), key=lambda p: -len(dict(p.fields)["term"]))
    groups = {f"t{i}": dict(p.fields) for i, p in enumerate(patterns)}
    body = "|".join(f"(?P<t{i}>{p.body})" for i, p in enumerate(patterns))
    return re.compile(_bounded(body), re.IGNORECASE), groups


def find_terms(text: str, *, path: str | None = None) -> list[tuple[int, int, dict]]:
    """Every lexical variant in ``text`` as (start, end, {term, variant_of, side}), in text order.

    Matches do not overlap: the leftmost wins, and at one position the longer term ("full-scale invasion"
    before "invasion", "war of aggression" before "war").

    >>> [(text[s:e], d["term"]) for text in ["the special military operation near Kiev"]
    ...  for s, e, d in find_terms(text)]
    [('special military operation', 'special military operation'), ('Kiev', 'Kiev')]
    """
    regex, groups = _combined_lexicon(path)
    return [(m.start(), m.end(), dict(groups[m.lastgroup])) for m in regex.finditer(text) if m.end() > m.start()]


def lexical(documents: pd.DataFrame, sentences: pd.DataFrame, *, path: str | None = None) -> pd.DataFrame:
    """The ``lexical`` table: each occurrence of a competing term, with the sentence it is in.

    Args:
        documents: doc_id, text.
        sentences: doc_id, sent_id, start, end.
        path: another variant table (CSV with variant_of, term, side, pattern); default the shipped one.

    Returns:
        doc_id, sent_id, term, variant_of, side, start, end, surface (``text[start:end]``).

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["Troops left Kyiv. Moscow calls it liberation."]})
    >>> sents = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "start": [0, 18], "end": [17, 45]})
    >>> lexical(docs, sents)[["sent_id", "term", "surface"]].values.tolist()
    [[0, 'Kyiv', 'Kyiv'], [1, 'liberation', 'liberation']]
    """
    index = _sentence_index(sentences)
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        for start, end, data in find_terms(str(text), path=path):
            sent_id = _sent_of(index, doc_id, start)
            if sent_id is not None:
                rows.append({"doc_id": doc_id, "sent_id": sent_id, **data, "start": start, "end": end,
                             "surface": text[start:end]})
    return pd.DataFrame(rows, columns=list(LEXICAL_COLUMNS)) if rows else _empty(LEXICAL_COLUMNS)


# ---------------------------------------------------------------------------------------------- frames

def frames_of(text: str, *, path: str | None = None) -> list[tuple[str, str, list[str]]]:
    """The frames one sentence carries: (scheme, frame, cues that fired, lower case, in text order).

    >>> [(s, f) for s, f, _ in frames_of("Sanctions hit the rouble.") if s == "mfc"]
    [('mfc', 'economic'), ('mfc', 'policy prescription and evaluation')]
    """
    out = []
    for pattern in cue_lexicon(path):
        cues = [m.group(0).lower() for m in pattern.regex.finditer(text)]
        if cues:
            fields = dict(pattern.fields)
            out.append((fields["scheme"], fields["frame"], cues))
    return out


def detect(sentences: pd.DataFrame, *, path: str | None = None) -> pd.DataFrame:
    """The ``frames`` table: one row per sentence and frame that one of the frame's cues fired for.

    Args:
        sentences: doc_id, sent_id, text.
        path: another cue table (CSV with scheme, frame, cue); default the shipped ``frame_cues.csv``.

    Returns:
        doc_id, sent_id, frame, cues ("; "-joined distinct cues as they occur), scheme (mfc or generic),
        n_cues (occurrences of cues).

    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Families fled the shelling."]})
    >>> detect(sents).query("scheme == 'generic'")[["frame", "cues"]].values.tolist()
    [['human interest', 'families']]
    """
    found: dict[tuple, list[str]] = {}
    patterns = cue_lexicon(path)
    locator = _cue_locator(path)
    labels = [(dict(p.fields)["scheme"], dict(p.fields)["frame"]) for p in patterns]
    for doc_id, joined, starts, ends, ids in _joined(sentences):
        for match in _cue_matches(joined, locator, patterns):
            k, start, end = match
            i = int(np.searchsorted(starts, start, side="right")) - 1
            if i >= 0 and end <= ends[i]:
                found.setdefault((doc_id, int(ids[i]), *labels[k]), []).append(joined[start:end].lower())
    rows = [{"doc_id": d, "sent_id": i, "frame": f, "cues": "; ".join(dict.fromkeys(cues)), "scheme": sc,
             "n_cues": len(cues)} for (d, i, sc, f), cues in found.items()]
    if not rows:
        return _empty(FRAME_COLUMNS)
    order = {label: n for n, label in enumerate((dict(p.fields)["scheme"], dict(p.fields)["frame"])
                                                for p in patterns)}
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    frame["_order"] = [order[(sc, f)] for sc, f in zip(frame["scheme"], frame["frame"], strict=True)]
    return frame.sort_values(["doc_id", "sent_id", "_order"], kind="stable").drop(columns="_order") \
        .reset_index(drop=True)


@functools.lru_cache(maxsize=8)
def _cue_locator(path: str | None = None) -> re.Pattern:
    """A zero-width regex that stops wherever any frame cue starts (one scan finds every candidate)."""
    cues = sorted({c.lower() for row in _checked(path or FRAME_CUES_FILE, ("scheme", "frame", "cue"))
                   for c in [row.get("cue", "")] if c})
    return re.compile(f"(?=(?:{cues_regex(cues)}))", re.IGNORECASE)


def _cue_matches(text: str, locator: re.Pattern, patterns: tuple[Pattern, ...]):
    """(pattern index, start, end) of each pattern's matches in ``text``, as each pattern's ``finditer``
    would give them, but trying the patterns only where some cue starts.

    >>> pats = cue_lexicon()
    >>> text = "War crimes and the war."
    >>> sorted((dict(pats[k].fields)["frame"], text[s:e]) for k, s, e in _cue_matches(text, _cue_locator(), pats))[:2]
    [('conflict', 'War'), ('conflict', 'war')]
    """
    last_end = [0] * len(patterns)
    for candidate in locator.finditer(text):
        position = candidate.start()
        for k, pattern in enumerate(patterns):
            if position < last_end[k]:
                continue
            hit = pattern.regex.match(text, position)
            if hit and hit.end() > position:
                last_end[k] = hit.end()
                yield k, position, hit.end()


def _joined(sentences: pd.DataFrame):
    """Per document: its sentences joined by blank lines, with each sentence's start, end and sent_id there."""
    for doc_id, group in sentences.groupby("doc_id", sort=False):
        texts = [str(t) for t in group["text"]]
        lengths = np.array([len(t) for t in texts], dtype="int64")
        starts = np.concatenate([[0], np.cumsum(lengths + 2)[:-1]]) if len(texts) else np.array([], dtype="int64")
        yield doc_id, "\n\n".join(texts), starts, starts + lengths, group["sent_id"].to_numpy()


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


# ---------------------------------------------------------------------------------------------- roles

def cast(sentences: pd.DataFrame, mentions: pd.DataFrame | None, *, path: str | None = None,
         window: int = ROLE_WINDOW) -> pd.DataFrame:
    """The ``roles`` table: each role cue attached to the nearest actor mention of its sentence.

    Args:
        sentences: doc_id, sent_id, start, text (``start`` is the sentence's offset in the document).
        mentions: the ``mentions`` table (doc_id, sent_id, actor, affiliation, start, end; mentions of
            actor_type "media" are left out); None or empty gives an empty table.
        path: another role cue table (CSV with main_role, role, cue).
        window: the largest distance in characters between the cue and the mention.

    A cue right after a negation ("not a betrayal", "never an aggressor") is skipped.

    Returns:
        doc_id, sent_id, actor, role, main_role, cues ("; "-joined), affiliation.

    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0],
    ...                       "text": ["Putin launched the invasion while Trump sought to broker a peace deal."]})
    >>> ments = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 0], "actor": ["Vladimir Putin", "Donald Trump"],
    ...                       "affiliation": ["Russia", "United States"], "start": [0, 34], "end": [5, 39]})
    >>> cast(sents, ments)[["actor", "role"]].values.tolist()
    [['Donald Trump', 'peacemaker'], ['Vladimir Putin', 'foreign adversary'], ['Vladimir Putin', 'instigator']]
    """
    if mentions is not None and "actor_type" in mentions.columns:
        mentions = mentions[mentions["actor_type"] != "media"]  # cited outlets are sources, not cast actors
    if mentions is None or mentions.empty:
        return _empty(ROLE_COLUMNS)
    patterns = cue_lexicon(path, kind="roles")
    by_sentence: dict[tuple, list[tuple]] = {}
    for doc_id, sent_id, start, end, actor, affiliation in zip(
            mentions["doc_id"], mentions["sent_id"], mentions["start"], mentions["end"], mentions["actor"],
            mentions["affiliation"].fillna(""), strict=True):
        by_sentence.setdefault((doc_id, int(sent_id)), []).append((int(start), int(end), actor, affiliation))
    found: dict[tuple, list[str]] = {}
    for doc_id, sent_id, offset, text in zip(sentences["doc_id"], sentences["sent_id"], sentences["start"],
                                             sentences["text"], strict=True):
        group = by_sentence.get((doc_id, int(sent_id)))
        if group is None:
            continue
        spans = [(s - int(offset), e - int(offset), a, f) for s, e, a, f in group]
        clauses = _clauses(str(text))
        for pattern in patterns:
            fields = dict(pattern.fields)
            for match in pattern.regex.finditer(str(text)):
                if _NEGATED.search(str(text)[max(0, match.start() - 40):match.start()]):
                    continue  # "not a betrayal", "no aggressor": the cue is denied
                target = _nearest(spans, match.start(), match.end(), window, clauses, attach=fields["attach"])
                if target is not None:
                    key = (doc_id, int(sent_id), target[2], fields["role"], fields["main_role"], target[3])
                    found.setdefault(key, []).append(match.group(0).lower())
    rows = [dict(zip(("doc_id", "sent_id", "actor", "role", "main_role", "affiliation"), key, strict=True),
                 cues="; ".join(dict.fromkeys(cues))) for key, cues in found.items()]
    if not rows:
        return _empty(ROLE_COLUMNS)
    return (pd.DataFrame(rows)[list(ROLE_COLUMNS)].sort_values(["doc_id", "sent_id", "actor", "role"],
                                                                kind="stable").reset_index(drop=True))


_NEGATED = re.compile(r"(?:\b(?:not|no|never|nor|neither|without)|n['’]t)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013]|,\s|\s-\s|\b(?:while|whereas|but|although|though|after|as)\b",
                           re.IGNORECASE)


def _clauses(text: str) -> np.ndarray:
    """The clause number of every character (clauses end at ; : dashes, commas and contrast words)."""
    marks = np.zeros(len(text) + 1, dtype="int64")
    for match in _CLAUSE_BREAK.finditer(text):
        marks[match.start()] += 1
    return np.cumsum(marks)


def _nearest(spans, start: int, end: int, window: int, clauses: np.ndarray, *, attach: str = "nearest"):
    """The mention nearest to a cue, preferring mentions in the cue's own clause.

    ``attach`` "before" takes only mentions before the cue ("Putin launched"), "after" only mentions after it
    ("initiated by Russia"), "nearest" either.
    """
    best, best_key = None, (2, window + 1)
    for s, e, actor, affiliation in spans:
        if s < end and start < e:  # the cue is inside the mention ("Russian forces"): not a role of it
            continue
        if (attach == "before" and s >= start) or (attach == "after" and e <= end):
            continue
        gap = start - e if start >= e else s - end
        other_clause = int(clauses[min(s, len(clauses) - 1)] != clauses[min(start, len(clauses) - 1)])
        if gap <= window and (other_clause, gap) < best_key:
            best, best_key = (s, e, actor, affiliation), (other_clause, gap)
    return best


# ---------------------------------------------------------------------------------------------- stage

@register("framing")
def stage(tables: dict[str, pd.DataFrame], config) -> dict[str, pd.DataFrame]:
    """Pipeline stage: the ``frames``, ``lexical`` and ``roles`` tables of a chunk."""
    documents, sentences = tables["documents"], tables["sentences"]
    return {
        "frames": detect(sentences, path=getattr(config, "frame_cues", None)),
        "lexical": lexical(documents, sentences, path=getattr(config, "lexicon", None)),
        "roles": cast(sentences, tables.get("mentions"), path=getattr(config, "role_cues", None)),
    }


# ---------------------------------------------------------------------------------------------- outlets

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


# ---------------------------------------------------------------------------------------------- validation

NARRATIVE_FRAME_COLUMNS = {"CO": "conflict", "HI": "human interest", "EC": "economic consequences",
                           "MO": "morality", "RE": "responsibility"}


def article_frames(text: str, *, min_sentences: int = 2, path: str | None = None) -> set[str]:
    """The generic frames of a whole article: those carried by at least ``min_sentences`` sentences.

    >>> sorted(article_frames("Prices soared. Investors fled the market. It rained.", min_sentences=2))
    ['economic consequences']
    """
    counts = frame_sentence_counts(text, path=path)
    return {frame for frame, n in counts.items() if n >= min_sentences}


def frame_sentence_counts(text: str, *, scheme: str = "generic", path: str | None = None) -> dict[str, int]:
    """How many sentences of a whole text carry each frame of ``scheme``.

    >>> frame_sentence_counts("Prices soared. Investors fled the market.")["economic consequences"]
    2
    """
    from analysis import segment

    counts: dict[str, int] = {}
    for _, start, end in segment.split_text(text):
        for found_scheme, frame, _ in frames_of(text[start:end], path=path):
            if found_scheme == scheme:
                counts[frame] = counts.get(frame, 0) + 1
    return counts


def _binary_pairs(gold_sets: list[set[str]], predicted_sets: list[set[str]], labels) -> tuple[list, list]:
    """Flatten multi-label decisions: one (gold, predicted) pair per item and label, "none" when absent."""
    gold, predicted = [], []
    for g, p in zip(gold_sets, predicted_sets, strict=True):
        for label in labels:
            gold.append(label if label in g else NONE)
            predicted.append(label if label in p else NONE)
    return gold, predicted


def _validate_articles(gold: pd.DataFrame) -> dict[str, dict]:
    from analysis import validate

    columns = [c for c in NARRATIVE_FRAME_COLUMNS if c in gold.columns]
    usable = gold[gold["text"].astype(str).str.strip().astype(bool)]
    usable = usable[usable[columns].apply(lambda r: all(str(v).strip(" )").lower() in ("true", "false")
                                                        for v in r), axis=1)]
    gold_sets = [{NARRATIVE_FRAME_COLUMNS[c] for c in columns if str(row[c]).strip(" )").lower() == "true"}
                 for _, row in usable.iterrows()]
    labels = [NARRATIVE_FRAME_COLUMNS[c] for c in columns]
    results = {}
    counts = [frame_sentence_counts(str(t)) for t in usable["text"]]
    for k in (1, 2, 3):
        predicted_sets = [{f for f, n in c.items() if n >= k} for c in counts]
        g, p = _binary_pairs(gold_sets, predicted_sets, labels)
        results[f"generic cues, frame present when >= {k} sentences"] = validate.score(g, p, labels=labels)
    g, p = _binary_pairs(gold_sets, [set(labels)] * len(gold_sets), labels)
    results["baseline: every frame always present"] = validate.score(g, p, labels=labels)
    return results


def _validate_paragraphs(gold: pd.DataFrame, args) -> dict[str, dict]:
    from analysis import pipeline, validate

    corpus = getattr(args, "corpus", None) if args is not None else None
    if not corpus:
        raise validate.ValidationError("validating frames of paragraphs needs --corpus (the folder the gold "
                                       "file's doc_ids come from)")
    tables = pipeline.compute(corpus, config=pipeline.Config(stages=("framing",)))
    missing = set(gold["doc_id"]) - set(tables["sentences"]["doc_id"])
    if missing:
        raise validate.ValidationError(f"gold doc_ids not in the corpus: {', '.join(sorted(missing)[:5])}")
    return paragraph_scores(gold, tables)


def paragraph_scores(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Scores of the primary frame of each gold paragraph (columns doc_id, paragraph_id, frame and/or
    generic_frame) against ``primary`` on the tables' frames; one method per scheme."""
    from analysis import validate

    sentences, frames = tables["sentences"], tables["frames"]
    gold = gold.assign(paragraph_id=pd.to_numeric(gold["paragraph_id"], errors="coerce"))
    results = {}
    for scheme, column in (("mfc", "frame"), ("generic", "generic_frame")):
        if column not in gold.columns:
            continue
        rows = gold[gold[column].astype(str).str.strip() != ""]
        predicted = primary(frames, sentences, scheme=scheme).set_index(["doc_id", "paragraph_id"])["frame"]
        labels = [predicted.get((d, int(p)), NONE) if pd.notna(p) else NONE
                  for d, p in zip(rows["doc_id"], rows["paragraph_id"], strict=True)]
        results[f"{scheme} primary frame of a paragraph"] = validate.score(
            rows[column].astype(str).str.strip().tolist(), labels)
    return results


def validation_table(gold_path: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Accuracy and macro-F1 of primary frames on the gold paragraphs of the documents in ``tables``
    (columns: method, n, accuracy, macro_f1); empty when the gold file is missing or covers none of them."""
    from analysis import validate

    columns = validate.SUMMARY_COLUMNS
    if not gold_path or not Path(gold_path).is_file():
        return pd.DataFrame(columns=columns)
    gold = validate.read_gold(gold_path)
    if "doc_id" not in gold.columns:
        return pd.DataFrame(columns=columns)
    gold = gold[gold["doc_id"].isin(tables["documents"]["doc_id"])]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    return validate.summary(paragraph_scores(gold, tables))


def validation_results(gold: pd.DataFrame, args=None) -> dict[str, dict]:
    """Score frame detection against gold; two gold formats are recognised by their columns.

    - Paragraph gold (``seeds/annotations/frames.csv``): doc_id, paragraph_id, frame (MFC primary frame),
      generic_frame; needs ``args.corpus``. Predicted: ``primary`` of the paragraph.
    - Article gold with the narrative-frames columns (text, CO, HI, EC, MO, RE as True/False, Frermann et al.
      2023): each generic frame scored as present/absent per article (RE, "resolution", is read as
      Semetko and Valkenburg's responsibility frame); macro-F1 over the five frames.
    """
    from analysis import validate

    if "text" in gold.columns and any(c in gold.columns for c in NARRATIVE_FRAME_COLUMNS):
        return _validate_articles(gold)
    if {"doc_id", "paragraph_id"} <= set(gold.columns):
        return _validate_paragraphs(gold, args)
    raise validate.ValidationError("frames gold needs columns doc_id, paragraph_id, frame (paragraphs) or "
                                   "text, CO, HI, EC, MO, RE (articles)")


def benchmark_path(root: str | Path) -> Path:
    """The narrative-frames article file inside a benchmark folder."""
    return Path(root) / "articles_metadata.tsv"


# ---------------------------------------------------------------------------------------------- report helpers

def _short(label: str, width: int = 26) -> str:
    return label if len(str(label)) <= width else str(label)[: width - 1] + "…"


def plot_profiles(profile: pd.DataFrame, *, scheme: str = "mfc", unit: str = "outlet"):
    """Heat map of frame shares (rows: outlets or documents, columns: frames); returns the figure."""
    import matplotlib.pyplot as plt

    from analysis import plots

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

    from analysis import plots

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

    >>> docs = pd.DataFrame({"doc_id": ["a"], "outlet_label": ["X"]})
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["Prices rose."]})
    >>> findings({"documents": docs, "sentences": sents, "frames": detect(sents),
    ...           "lexical": _empty(LEXICAL_COLUMNS)})[0]
    '1 of 1 sentences carry at least one issue frame; the most frequent is economic (100% of sentences).'
    """
    documents, sentences = tables["documents"], tables["sentences"]
    frames = tables.get("frames", _empty(FRAME_COLUMNS))
    lexical_table = tables.get("lexical", _empty(LEXICAL_COLUMNS))
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
