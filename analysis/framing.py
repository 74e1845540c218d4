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
outlet) are in ``analysis.views.framing``; scores against gold in ``analysis.validate.frames``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import _deprecated, alternation, framing_weights, resources, segment
from analysis import columns as C

__all__ = ["LEXICON_FILE", "FRAME_CUES_FILE", "ROLE_CUES_FILE", "ROLE_WINDOW", "SCHEMES", "MFC_FRAMES",
           "GENERIC_FRAMES", "MAIN_ROLES", "LEXICAL_COLUMNS", "FRAME_COLUMNS", "ROLE_COLUMNS", "NONE", "Pattern",
           "empty_table",
           "cue_regex", "cues_regex", "lexicon", "cue_lexicon", "find_terms", "lexical", "of_text", "detect",
           "cast"]

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
FRAME_COLUMNS = (*C.FRAMES, "scheme", "n_cues", "hand", "learned")
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
    return resources.read_checked(name, required, what="lexicon")


# ---------------------------------------------------------------------------------------------- helpers

def empty_table(columns) -> pd.DataFrame:
    """An empty table with these columns, typed as the stage writes them (offsets and counts int64)."""
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sent_id", "start", "end", "n_cues") else "str")
                         for c in columns})


# ---------------------------------------------------------------------------------------------- lexical

@functools.lru_cache(maxsize=8)
def _combined_lexicon(path: str | None = None) -> tuple[alternation.Alternation, dict[str, dict]]:
    """All lexicon patterns in one regex (one pass over a text), longer terms tried first at each position;
    each pattern tried only where its first character stands (``alternation``)."""
    patterns = sorted(lexicon(path), key=lambda p: -len(dict(p.fields)["term"]))
    groups = {f"t{i}": dict(p.fields) for i, p in enumerate(patterns)}
    return alternation.combine([p.body for p in patterns], names=list(groups), wrap=_bounded, start=r"(?<![\w])",
                               flags=re.IGNORECASE), groups


def find_terms(text: str, *, path: str | None = None) -> list[tuple[int, int, dict]]:
    """Every lexical variant in ``text`` as (start, end, {term, variant_of, side}), in text order.

    Matches do not overlap: the leftmost wins, and at one position the longer term ("full-scale invasion"
    before "invasion", "war of aggression" before "war").

    >>> [(text[s:e], d["term"]) for text in ["the special military operation near Kiev"]
    ...  for s, e, d in find_terms(text)]
    [('special military operation', 'special military operation'), ('Kiev', 'Kiev')]
    """
    scan, groups = _combined_lexicon(path)
    return [(m.start(), m.end(), dict(groups[m.lastgroup])) for m in alternation.finditer(scan, text)]


def lexical(documents: pd.DataFrame, sentences: pd.DataFrame, *, path: str | None = None,
            index: segment.SentenceIndex | None = None) -> pd.DataFrame:
    """The ``lexical`` table: each occurrence of a competing term, with the sentence it is in.

    Args:
        documents: doc_id, text.
        sentences: doc_id, sent_id, start, end.
        path: another variant table (CSV with variant_of, term, side, pattern); default the shipped one.
        index: the sentences' ``SentenceIndex`` when the caller has built it already.

    Returns:
        doc_id, sent_id, term, variant_of, side, start, end, surface (``text[start:end]``).

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["Troops left Kyiv. Moscow calls it liberation."]})
    >>> sents = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "start": [0, 18], "end": [17, 45]})
    >>> lexical(docs, sents)[["sent_id", "term", "surface"]].values.tolist()
    [[0, 'Kyiv', 'Kyiv'], [1, 'liberation', 'liberation']]
    """
    index = segment.SentenceIndex(sentences) if index is None else index
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        for start, end, data in find_terms(str(text), path=path):
            sent_id = index.at(doc_id, start)
            if sent_id is not None:
                rows.append({"doc_id": doc_id, "sent_id": sent_id, **data, "start": start, "end": end,
                             "surface": text[start:end]})
    return pd.DataFrame(rows, columns=list(LEXICAL_COLUMNS)) if rows else empty_table(LEXICAL_COLUMNS)


# ---------------------------------------------------------------------------------------------- frames

def of_text(text: str, *, path: str | None = None) -> list[tuple[str, str, list[str]]]:
    """The frames one sentence's hand cues give: (scheme, frame, cues that fired, lower case, in text order).

    >>> [(s, f) for s, f, _ in of_text("Sanctions hit the rouble.") if s == "mfc"]
    [('mfc', 'economic'), ('mfc', 'policy prescription and evaluation')]
    """
    out = []
    for pattern in cue_lexicon(path):
        cues = [m.group(0).lower() for m in pattern.regex.finditer(text)]
        if cues:
            fields = dict(pattern.fields)
            out.append((fields["scheme"], fields["frame"], cues))
    return out


def detect(sentences: pd.DataFrame, *, path: str | None = None, weights: str | None = None) -> pd.DataFrame:
    """The ``frames`` table: one row per sentence and frame that a hand cue or a strong learned cue fired for.

    Args:
        sentences: doc_id, sent_id, text.
        path: another cue table (CSV with scheme, frame, cue); default the shipped ``frame_cues.csv``.
        weights: another learned-cue table (``framing_weights.WEIGHTS_FILE`` format).

    Returns:
        doc_id, sent_id, frame, cues ("; "-joined distinct cues as they occur: hand cues, then learned words of
        weight >= ``framing_weights.STRONG``), scheme (mfc or generic), n_cues (occurrences of those cues),
        hand (occurrences of hand cues), learned (the sum of the weights of the sentence's distinct learned
        stems for the frame, the sentence model's evidence).

    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Families fled the shelling."]})
    >>> detect(sents).query("scheme == 'generic'")[["frame", "cues"]].values.tolist()
    [['human interest', 'families']]
    """
    found: dict[tuple, list[str]] = {}
    patterns = cue_lexicon(path)
    locator = _cue_locator(path)
    labels = [(dict(p.fields)["scheme"], dict(p.fields)["frame"]) for p in patterns]
    for doc_id, joined, starts, ends, ids in _joined(sentences):
        for k, start, end in _cue_matches(joined, locator, patterns, _cue_starts(path)):
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= ends[i]:
                found.setdefault((doc_id, ids[i], *labels[k]), []).append(joined[start:end].lower())
    rows = {key: {"doc_id": key[0], "sent_id": key[1], "frame": key[3], "cues": list(dict.fromkeys(cues)),
                  "scheme": key[2], "n_cues": len(cues), "hand": len(cues), "learned": 0.0}
            for key, cues in found.items()}
    rows = framing_weights.add_learned(rows, sentences, path=weights)
    if not rows:
        return empty_table(FRAME_COLUMNS)
    order = {label: n for n, label in enumerate(dict.fromkeys(labels))}
    frame = pd.DataFrame({column: [row[column] for row in rows.values()] for column in FRAME_COLUMNS})
    frame["cues"] = ["; ".join(row["cues"]) for row in rows.values()]
    frame["_order"] = [order.get((row["scheme"], row["frame"]), len(order)) for row in rows.values()]
    return frame.sort_values(["doc_id", "sent_id", "_order"], kind="stable").drop(columns="_order") \
        .reset_index(drop=True)


@functools.lru_cache(maxsize=8)
def _cue_locator(path: str | None = None, *, kind: str = "frames") -> re.Pattern:
    """A zero-width regex that stops wherever any frame cue (or role cue: ``kind="roles"``) starts (one scan
    finds every candidate; no match means no cue of the table occurs)."""
    name = path or (FRAME_CUES_FILE if kind == "frames" else ROLE_CUES_FILE)
    cues = sorted({c.lower() for row in _checked(name, ("cue",)) for c in [row.get("cue", "")] if c})
    return re.compile(f"(?=(?:{cues_regex(cues)}))", re.IGNORECASE)


def _cue_matches(text: str, locator: re.Pattern, patterns: tuple[Pattern, ...],
                 starts: dict[str, tuple[int, ...]] | None = None):
    """(pattern index, start, end) of each pattern's matches in ``text``, as each pattern's ``finditer``
    would give them, but trying the patterns only where some cue starts, and there only those with a cue
    that can start with that character (``starts``, from ``_cue_starts``; every pattern when None).

    >>> pats = cue_lexicon()
    >>> text = "War crimes and the war."
    >>> sorted((dict(pats[k].fields)["frame"], text[s:e]) for k, s, e in _cue_matches(text, _cue_locator(), pats))[:2]
    [('conflict', 'War'), ('conflict', 'war')]
    """
    last_end = [0] * len(patterns)
    everywhere = tuple(range(len(patterns)))
    starts = starts or {}
    for candidate in locator.finditer(text):
        position = candidate.start()
        for k in starts.get(text[position:position + 2], everywhere):
            if position < last_end[k]:
                continue
            hit = patterns[k].regex.match(text, position)
            if hit and hit.end() > position:
                last_end[k] = hit.end()
                yield k, position, hit.end()


@functools.lru_cache(maxsize=8)
def _cue_starts(path: str | None = None, *, kind: str = "frames") -> dict[str, tuple[int, ...]]:
    """The first two characters at a position (as written, printable ASCII) -> indices (in ``cue_lexicon``
    order) of the frame (or role: ``kind="roles"``) patterns with a cue that can match from there. A cue that
    starts with anything but printable ASCII is tried at every position; text with other characters there
    tries every pattern.

    >>> frames = {dict(p.fields)["frame"] for k, p in enumerate(cue_lexicon()) if k in _cue_starts()["Wa"]}
    >>> "conflict" in frames, "economic" in frames
    (True, False)
    """
    index = {tuple(value for _, value in p.fields): k for k, p in enumerate(cue_lexicon(path, kind=kind))}
    keys = ("scheme", "frame") if kind == "frames" else ("main_role", "role")
    by_one, by_two, anywhere = {}, {}, set()  # by a cue's first character, its first two (letters or digits), any
    for row in _checked(path or (FRAME_CUES_FILE if kind == "frames" else ROLE_CUES_FILE), (*keys, "cue")):
        label = tuple(row.get(key) for key in keys) + (() if kind == "frames" else (row.get("attach") or "nearest",))
        k, cue = index.get(label), (row.get("cue") or "").strip().lower()
        if k is None or not cue:
            continue
        if not (cue[0].isascii() and cue[0].isprintable() and cue[0] not in "'- "):
            anywhere.add(k)
        elif len(cue) > 1 and cue[:2].isascii() and cue[:2].isalnum():
            by_two.setdefault(cue[:2], set()).add(k)
        else:
            by_one.setdefault(cue[0], set()).add(k)
    printable = [chr(c) for c in range(32, 127)]
    out = {a: tuple(sorted(by_one.get(a.lower(), set()) | anywhere)) for a in printable}
    return {**out, **{a + b: tuple(sorted({*out[a], *by_two.get((a + b).lower(), ())})) for a in printable
                      for b in printable}}


def _joined(sentences: pd.DataFrame):
    """Per document: its sentences joined by blank lines, with each sentence's start, end and sent_id there."""
    groups: dict = {}
    for doc_id, sent_id, text in zip(sentences["doc_id"].tolist(), sentences["sent_id"].tolist(),
                                     sentences["text"].tolist(), strict=True):
        groups.setdefault(doc_id, []).append((sent_id, str(text)))
    for doc_id, members in groups.items():
        lengths = [len(text) for _, text in members]
        starts = list(itertools.accumulate([n + 2 for n in lengths[:-1]], initial=0))
        yield (doc_id, "\n\n".join(text for _, text in members), starts,
               [start + n for start, n in zip(starts, lengths, strict=True)], [i for i, _ in members])


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
        return empty_table(ROLE_COLUMNS)
    patterns = cue_lexicon(path, kind="roles")
    by_sentence: dict[tuple, list[tuple]] = {}
    for doc_id, sent_id, start, end, actor, affiliation in zip(
            mentions["doc_id"], mentions["sent_id"], mentions["start"], mentions["end"], mentions["actor"],
            mentions["affiliation"].fillna(""), strict=True):
        by_sentence.setdefault((doc_id, int(sent_id)), []).append((int(start), int(end), actor, affiliation))
    locator, starts = _cue_locator(path, kind="roles"), _cue_starts(path, kind="roles")
    labels = [dict(pattern.fields) for pattern in patterns]
    found: dict[tuple, list[str]] = {}
    for doc_id, sent_id, offset, text in zip(sentences["doc_id"].tolist(), sentences["sent_id"].tolist(),
                                             sentences["start"].tolist(), sentences["text"].tolist(), strict=True):
        group = by_sentence.get((doc_id, int(sent_id)))
        text = str(text)
        if group is None or not locator.search(text):  # no actor, or no role cue anywhere in the sentence
            continue
        spans = [(s - int(offset), e - int(offset), a, f) for s, e, a, f in group]
        clauses = _clauses(text)
        # every pattern's matches, pattern by pattern as each one's finditer gives them, in one scan
        for k, start, end in sorted(_cue_matches(text, locator, patterns, starts)):
            if _NEGATED.search(text[max(0, start - 40):start]):
                continue  # "not a betrayal", "no aggressor": the cue is denied
            fields = labels[k]
            target = _nearest(spans, start, end, window, clauses, attach=fields["attach"])
            if target is not None:
                key = (doc_id, int(sent_id), target[2], fields["role"], fields["main_role"], target[3])
                found.setdefault(key, []).append(text[start:end].lower())
    rows = [dict(zip(("doc_id", "sent_id", "actor", "role", "main_role", "affiliation"), key, strict=True),
                 cues="; ".join(dict.fromkeys(cues))) for key, cues in found.items()]
    if not rows:
        return empty_table(ROLE_COLUMNS)
    return (pd.DataFrame(rows)[list(ROLE_COLUMNS)].sort_values(["doc_id", "sent_id", "actor", "role"],
                                                                kind="stable").reset_index(drop=True))


_NEGATED = re.compile(r"(?:\b(?:not|no|never|nor|neither|without)|n['’]t)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _clauses(text: str) -> np.ndarray:
    """The clause number of every character (clauses end at the framing marks of ``clause_breaks.csv``)."""
    marks = np.zeros(len(text) + 1, dtype="int64")
    for start, _ in segment.clause_breaks(text, stage="framing"):
        marks[start] += 1
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


frames_of = _deprecated.renamed(of_text, "analysis.framing.frames_of")
__getattr__ = _deprecated.moved(__name__, {
    **dict.fromkeys(("frame_order", "primary", "profiles", "evidence", "term_counts", "term_choices",
                     "vocabulary_index", "roles_by_outlet", "role_evidence", "plot_profiles", "plot_terms",
                     "findings"), "analysis.views.framing"),
    **dict.fromkeys(("NARRATIVE_FRAME_COLUMNS", "frame_sentence_counts", "paragraph_scores",
                     "validation_table", "validation_results", "benchmark_path"), "analysis.validate.frames"),
})
