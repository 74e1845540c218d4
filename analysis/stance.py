"""Stance: who is for and against a target proposition, with the sentence and the cues that show it.

Method: a transparent cue-lexicon reader in the tradition of rule-based stance and opinion detection
(Somasundaran and Wiebe 2010, arguing cues; Wilson, Wiebe and Hoffmann 2005, contextual polarity; Polanyi and
Zaenen 2006, contextual valence shifters), with the favor / against / neutral labels of the SemEval-2016 stance
task (Mohammad et al. 2016).

1. Targets are data (``targets.csv``: id, label, description, patterns, inverse_patterns, favor_cues,
   against_cues). A sentence is about a target when one of its patterns matches; an inverse pattern names the
   opposite proposition ("neutral status" for NATO membership), so cues attached to it count the other way.
2. Cues come from ``analysis/data/stance_cues.csv``. Each stance cue attaches to the nearest target mention in
   its clause (on the side its ``scope`` allows) and to mentions coordinated with it ("X or Y"). A negator up to
   three words before a cue gives the cue's ``negated`` stance ("not off the table" is favor, "cannot rule out"
   neutral), so double negatives resolve; a hedge halves its weight; "accused X of" reverses what follows. A
   cue that embeds another before its target gives way to it and, when against, reverses it ("insisting on
   assurances that will prevent X" is against X, "rejected calls for X" too). A negator right before the
   target itself ("will not send peacekeepers") counts against it.
3. Statements: each sentence about a target is attributed to the speaker of the quote it overlaps (quotes
   table), else, when a cue fired, to the actor that is the subject of the clause (mentions table): reported
   positions such as "Moscow has viewed any expansion ... as a threat", including collective actors. The agent
   of a passive cue ("a ceasefire proposed by the US") gets that cue.
4. A statement's score is (favor - against) / (favor + against + neutral) over its cue weights; scores of
   0.25 or more are favor, -0.25 or less against, the rest neutral. The ``stance`` table sums the weights of
   all statements of one speaker on one target in one document.

Limits: the reader does not parse syntax, so it can attach a cue to the wrong proposition, takes "security
guarantees" in any sense the patterns allow, and does not know who concedes what ("Russia would not concede
territory" reads as against Ukraine conceding).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import analysis.actors  # noqa: F401 - imported first so that their stages register (and run) before stance
import analysis.quotes  # noqa: F401
import analysis.sentiment  # noqa: F401
from analysis import columns as C
from analysis import pipeline, plots, resources
from analysis.corpus import CorpusError

CUES_FILE = "stance_cues.csv"
THRESHOLD = 0.25
DEFAULT_TARGET = "ukraine_nato_membership"
MODIFIERS = ("negator", "hedge", "reverser", "boundary")
STATEMENT_COLUMNS = ("doc_id", "speaker", "target", "stance", "score", "quote_id", "sent_id", "cues", "text",
                     "basis", "affiliation", "speaker_type", "favor", "against", "neutral", "start", "end")
STANCE_COLUMNS = (*C.STANCE, "affiliation", "speaker_type", "n_statements", "cues")
TARGET_COLUMNS = ("id", "label", "description", "patterns")
NEGATION_WINDOW = 3  # words allowed between a negator and the cue it negates
HEDGE_WINDOW = 4
TARGET_NEGATION_WINDOW = 2
RIGHT_WINDOW = 8  # words allowed between a verb-like cue and the target mention it governs


class TargetsError(CorpusError):
    """The targets file cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: its phrase, stance (or modifier kind), stance when negated, weight and scope."""

    phrase: str
    stance: str
    negated: str
    weight: float
    scope: str
    pattern: re.Pattern
    key: str = ""  # a word every match contains (lower case), to skip texts without it; "" when unknown


@dataclass(frozen=True)
class Target:
    """A stance target: id, label, description, its patterns and inverse patterns, and its own cues."""

    id: str
    label: str
    description: str
    patterns: tuple[re.Pattern, ...]
    inverse: tuple[re.Pattern, ...]
    cues: tuple[Cue, ...] = ()
    specs: str = ""  # the patterns as written in the file, for display
    keys: tuple[str, ...] = ()  # per pattern, a word every match contains ("" when unknown)
    inverse_keys: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------- lexicons

def phrase_pattern(phrase: str) -> re.Pattern:
    """Compile a lexicon phrase: words case-insensitive, ``*`` any word ending, ``...`` up to four words.

    >>> bool(phrase_pattern("refus* ... to promise").search("refused for the first time to promise"))
    True
    >>> bool(phrase_pattern("n't").search("don’t")), bool(phrase_pattern("exclud*").search("inclusion"))
    (True, False)
    """
    parts = []
    for token in phrase.split():
        if token == "...":
            parts.append(r"(?:\W+\w+){0,4}?")
            continue
        body = re.escape(token)
        for escaped, regex in ((r"\*", r"\w*"), (r"\(", "(?:"), (r"\)", ")"), (r"\|", "|"), (r"\?", "?")):
            body = body.replace(escaped, regex)
        body = re.sub("['’]", lambda _: "['’]", body)
        left = r"(?<!\w)" if token[0].isalnum() and not token.startswith("n'") else ""
        right = r"(?!\w)" if token[-1].isalnum() or token.endswith(("*", ")")) else ""
        parts.append(f"{left}{body}{right}")
    joined = parts[0]
    for token, part in zip(phrase.split()[1:], parts[1:], strict=True):
        joined += part if token == "..." or token.startswith("n'") else r"[\s-]+" + part
    return re.compile(joined, re.IGNORECASE)


def literal(spec: str) -> str:
    """The longest plain word of a phrase, lower case: a match cannot exist without it ("" when unsure).

    >>> literal("refus* ... to promise"), literal("re:\\bNATO\\b"), literal("(a|an) threat")
    ('promise', 'nato', 'threat')
    """
    if spec.strip().startswith("re:"):
        return _regex_literal(spec.strip()[3:])
    words = [t.rstrip("*") for t in spec.split() if re.fullmatch(r"[\w-]+\*?", t)]
    return max(words, key=len, default="").lower()


def _regex_literal(regex: str) -> str:
    r"""The longest run of letters that every match of a regular expression must contain ("" if unsure).

    Only runs outside groups and classes count, not followed by a quantifier, and none when the expression
    has a top-level alternation.

    >>> _regex_literal(r"\bjoin(?:s|ed)?\s+NATO\b"), _regex_literal(r"\bborders?\s+of"), _regex_literal("a|bcd")
    ('join', '', '')
    """
    depth, runs, run, i = 0, [], "", 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            runs.append(run)
            run, i = "", i + 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return ""
        if depth == 0 and char.isalpha() and char not in ")]":
            run += char
        else:
            runs.append(run)
            run = ""
        if char in "?*{" and runs and runs[-1]:
            runs[-1] = ""  # the quantifier makes the run's last letter optional
        i += 1
    runs.append(run)
    return max((r for r in runs if len(r) >= 3), key=len, default="").lower()


def _spec_pattern(spec: str) -> re.Pattern:
    spec = spec.strip()
    if spec.startswith("re:"):
        return re.compile(spec[3:], re.IGNORECASE)
    return phrase_pattern(spec)


def _cue(row: dict) -> Cue:
    stance = row.get("stance", "").strip()
    if stance not in (*C.STANCE_LABELS, *MODIFIERS):
        raise resources.ResourceError(f"stance cue {row.get('cue')!r} has an unknown stance {stance!r}")
    negated = row.get("negated", "").strip() or {"favor": "against", "against": "favor"}.get(stance, stance)
    default = -1.0 if stance == "negator" else 1.0  # a negator's weight is its window in words (-1: default)
    weight = float(row["weight"]) if (row.get("weight") or "").strip() else default
    return Cue(phrase=row["cue"], stance=stance, negated=negated, weight=weight,
               scope=row.get("scope", "").strip() or "any", pattern=phrase_pattern(row["cue"]),
               key=literal(row["cue"]))


@functools.lru_cache(maxsize=4)
def cue_lexicon(name: str = CUES_FILE) -> tuple[Cue, ...]:
    """The shipped cue lexicon (cached).

    >>> lexicon = cue_lexicon()
    >>> {c.stance for c in lexicon if c.phrase == "off the table"}, {c.stance for c in lexicon if c.phrase == "not"}
    ({'against'}, {'negator'})
    """
    return tuple(_cue(row) for row in resources.read_table(name))


def _split_specs(value: str) -> list[str]:
    return [spec for spec in (part.strip() for part in (value or "").split(";")) if spec]


def targets_from_rows(rows: list[dict]) -> tuple[Target, ...]:
    """Build targets from dict rows of a targets file (id, label, description, patterns, ...).

    >>> t = targets_from_rows([{"id": "tariffs", "label": "Tariffs", "description": "", "patterns": "tariff*"}])
    >>> t[0].id, bool(t[0].patterns[0].search("new Tariffs on steel"))
    ('tariffs', True)
    """
    if not rows:
        raise TargetsError("the targets file has no rows")
    rows = [{str(k).lstrip("\ufeff").strip().lower(): (v or "") for k, v in row.items()} for row in rows]
    missing = [c for c in TARGET_COLUMNS if c not in rows[0]]
    if missing:
        raise TargetsError(f"the targets file lacks the column(s) {', '.join(missing)} "
                           f"(expected {', '.join(TARGET_COLUMNS)}, inverse_patterns, favor_cues, against_cues)")
    targets, seen = [], set()
    for row in rows:
        target_id = row["id"].strip()
        if not target_id or target_id in seen:
            raise TargetsError(f"target id {target_id!r} is empty or repeated in the targets file")
        seen.add(target_id)
        try:
            patterns = tuple(_spec_pattern(s) for s in _split_specs(row["patterns"]))
            inverse = tuple(_spec_pattern(s) for s in _split_specs(row.get("inverse_patterns", "")))
            cues = tuple(Cue(s, stance, "", 1.5, "any", phrase_pattern(s), literal(s))
                         for stance in ("favor", "against") for s in _split_specs(row.get(f"{stance}_cues", "")))
        except re.error as exc:
            raise TargetsError(f"target {target_id!r} has a pattern that is not a valid regular expression: "
                               f"{exc}") from exc
        if not patterns:
            raise TargetsError(f"target {target_id!r} has no patterns")
        specs = "; ".join(_split_specs(row["patterns"]))
        if _split_specs(row.get("inverse_patterns", "")):
            specs += " | inverse: " + "; ".join(_split_specs(row.get("inverse_patterns", "")))
        targets.append(Target(target_id, row.get("label", "") or target_id, row.get("description", ""),
                              patterns, inverse, cues, specs,
                              tuple(literal(s) for s in _split_specs(row["patterns"])),
                              tuple(literal(s) for s in _split_specs(row.get("inverse_patterns", "")))))
    return tuple(targets)


@functools.lru_cache(maxsize=8)
def _read_targets(path: str, mtime_ns: int) -> tuple[Target, ...]:
    try:
        rows = resources.read_table(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise TargetsError(f"cannot read the targets file {path}: {exc}") from exc
    return targets_from_rows(rows)


def read_targets(path: str | Path) -> tuple[Target, ...]:
    """Targets of a targets CSV (cached per path and modification time)."""
    path = Path(path)
    if not path.is_file():
        raise TargetsError(f"targets file not found: {path}")
    return _read_targets(str(path), path.stat().st_mtime_ns)


# ---------------------------------------------------------------------------------------------- reading

@dataclass(frozen=True)
class Hit:
    """One cue that fired for one target in a text: its stance after modifiers, weight and surface."""

    target: str
    stance: str
    weight: float
    start: int
    end: int
    label: str
    agent_at: int = -1  # offset after "by" of a passive cue ("proposed by the US"), else -1


def _target_spans(text: str, targets: tuple[Target, ...]) -> list[tuple[str, int, int, bool]]:
    spans, lowered = [], text.lower()
    for target in targets:
        found = [(m.start(), m.end(), inv)
                 for inv, pats, keys in ((False, target.patterns, target.keys), (True, target.inverse,
                                                                                  target.inverse_keys))
                 for p, key in zip(pats, keys or ("",) * len(pats), strict=True) if not key or key in lowered
                 for m in p.finditer(text) if m.end() > m.start()]
        kept: list[tuple[int, int, bool]] = []
        for start, end, inv in sorted(found, key=lambda s: -(s[1] - s[0])):
            if all(end <= s or start >= e for s, e, _ in kept):
                kept.append((start, end, inv))
        spans.extend((target.id, s, e, inv) for s, e, inv in sorted(kept))
    return spans


def _cue_spans(text: str, cues: tuple[Cue, ...]) -> list[tuple[int, int, Cue]]:
    lowered = text.lower()
    found = [(m.start(), m.end(), cue) for cue in cues if not cue.key or cue.key in lowered
             for m in cue.pattern.finditer(text) if m.end() > m.start()]
    kept: list[tuple[int, int, Cue]] = []
    for start, end, cue in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, cue))
    return sorted(kept, key=lambda s: s[0])


def _n_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _flip(stance: str) -> str:
    return {"favor": "against", "against": "favor"}.get(stance, stance)


def read(text: str, targets: tuple[Target, ...], *, lexicon: tuple[Cue, ...] | None = None,
         spans: list | None = None) -> list[Hit]:
    """The stance cues of one text, each resolved for negation, hedges and reversal and attached to a target.

    >>> t = targets_from_rows([{"id": "nato", "label": "", "description": "", "patterns": "NATO membership"}])
    >>> [(h.target, h.stance, h.label) for h in read("NATO membership is not off the table.", t)]
    [('nato', 'favor', 'off the table (not)')]
    """
    lexicon = cue_lexicon() if lexicon is None else lexicon
    spans = _target_spans(text, targets) if spans is None else spans
    if not spans:
        return []
    cues = _cue_spans(text, lexicon + tuple(c for t in targets for c in t.cues))
    bounds = [s for s, _, c in cues if c.stance == "boundary"]

    def clause(pos: int) -> int:
        return sum(b <= pos for b in bounds)

    stance_cues = [(s, e, c) for s, e, c in cues if c.stance in C.STANCE_LABELS
                   and not any(ts <= s and e <= te for _, ts, te, _ in spans)]
    modifiers = [(s, e, c) for s, e, c in cues if c.stance in ("negator", "hedge", "reverser")]
    outer, flipped = _embedding(text, stance_cues, spans, modifiers, clause)
    hits = []
    for i, (start, end, cue) in enumerate(stance_cues):
        if i in outer:
            continue
        found = _attach(text, start, end, cue, spans, modifiers, clause)
        if i in flipped:
            found = [Hit(h.target, _flip(h.stance), h.weight, h.start, h.end, f"{h.label} (under {flipped[i]})",
                         h.agent_at) for h in found]
        hits.extend(found)
    hits.extend(_negated_targets(text, spans, cues, clause))
    return hits


def _embedding(text, stance_cues, spans, modifiers, clause) -> tuple[set[int], dict[int, str]]:
    """Cues that embed another cue between them and their target ("insisting on assurances that will
    prevent X"): the outer cue gives way to the inner one, and an outer against-cue reverses it ("rejected
    calls for X" is against X). Returns the outer cues' indexes and, per reversed inner cue, the outer cue."""
    outer: set[int] = set()
    flipped: dict[int, str] = {}
    for i, (start, end, cue) in enumerate(stance_cues):
        if cue.scope == "left" or cue.stance == "neutral":
            continue
        ahead = [sp for sp in spans if clause(sp[1]) == clause(start) and sp[1] >= end
                 and _n_words(text[end:sp[1]]) <= RIGHT_WINDOW]
        behind = [sp for sp in spans if clause(sp[1]) == clause(start) and sp[2] <= start]
        if not ahead or (cue.scope == "any" and behind and
                         min(start - sp[2] for sp in behind) < min(sp[1] - end for sp in ahead)):
            continue
        target_start = min(sp[1] for sp in ahead)
        inner = [j for j, (s, e, c) in enumerate(stance_cues) if j != i and s >= end and e <= target_start
                 and c.stance in ("favor", "against")]
        if not inner:
            continue
        outer.add(i)
        if _modified(text, start, cue, modifiers, clause)[0] == "against":
            for j in inner:
                if j in flipped:
                    del flipped[j]
                else:
                    flipped[j] = text[start:end]
    return outer, flipped


def _modified(text: str, start: int, cue: Cue, modifiers, clause) -> tuple[str, float, list[str]]:
    stance, weight, notes = cue.stance, cue.weight, []
    negators = [(s, e) for s, e, m in modifiers if m.stance == "negator" and e <= start and clause(s) == clause(start)
                and _n_words(text[e:start]) <= (m.weight if m.weight >= 0 else NEGATION_WINDOW)]
    if negators:
        s, e = negators[-1]
        stance = cue.negated
        notes.append(text[s:e])
    if any(m.stance == "hedge" and e <= start and clause(s) == clause(start)
           and _n_words(text[e:start]) <= HEDGE_WINDOW for s, e, m in modifiers):
        weight /= 2
        notes.append("hedged")
    if any(m.stance == "reverser" and e <= start and clause(s) == clause(start) for s, e, m in modifiers):
        stance = _flip(stance)
        notes.append("reversed")
    return stance, weight, notes


def _attach(text, start, end, cue, spans, modifiers, clause) -> list[Hit]:
    here = [sp for sp in spans if clause(sp[1]) == clause(start)]
    passive = re.match(r"\s+by\s+", text[end:])
    if passive:  # "a truce proposed by Norway": the object stands before the participle
        here = [sp for sp in here if sp[2] <= start]
    elif cue.scope == "right":
        here = [sp for sp in here if sp[1] >= end and _n_words(text[end:sp[1]]) <= RIGHT_WINDOW]
    elif cue.scope == "left":
        here = [sp for sp in here if sp[2] <= end]
    if not here:
        return []
    nearest = min(here, key=lambda sp: max(sp[1] - end, start - sp[2], 0))
    attached = [nearest] + [sp for sp in spans if sp is not nearest and clause(sp[1]) == clause(start)
                            and _coordinated(text, nearest, sp)]
    stance, weight, notes = _modified(text, start, cue, modifiers, clause)
    label = text[start:end] if not notes else f"{text[start:end]} ({', '.join(notes)})"
    hits, done = [], set()
    for target_id, _, _, inverse in attached:
        if target_id in done:
            continue
        done.add(target_id)
        hits.append(Hit(target_id, _flip(stance) if inverse else stance, weight, start, end, label,
                        end + passive.end() if passive else -1))
    return hits


def _coordinated(text: str, a, b) -> bool:
    left, right = (a, b) if a[1] <= b[1] else (b, a)
    between = text[left[2]:right[1]]
    return right[1] >= left[2] and _n_words(between) <= 3 and bool(re.search(r"\b(?:and|or|nor)\b", between))


def _negated_targets(text, spans, cues, clause) -> list[Hit]:
    hits = []
    for target_id, start, end, inverse in spans:
        before = [(s, e) for s, e, c in cues if e <= start and clause(s) == clause(start)]
        if not before:
            continue
        s, e = before[-1]
        cue = next(c for cs, _, c in cues if cs == s)
        if cue.stance == "negator" and _n_words(text[e:start]) <= TARGET_NEGATION_WINDOW:
            hits.append(Hit(target_id, "favor" if inverse else "against", 1.0, s, end,
                            f"{text[s:e]} + target ({text[start:end]})"))
    return hits


def weigh(hits: list[Hit]) -> tuple[float, float, float]:
    """Summed favor, against and neutral weights of some hits."""
    sums = {label: 0.0 for label in C.STANCE_LABELS}
    for hit in hits:
        sums[hit.stance] += hit.weight
    return sums["favor"], sums["against"], sums["neutral"]


def label(favor: float, against: float, neutral: float) -> tuple[str, float]:
    """Stance label and score from summed cue weights.

    >>> label(0, 1.5, 0), label(1, 1, 0), label(0.5, 0, 2)
    (('against', -1.0), ('neutral', 0.0), ('neutral', 0.2))
    """
    total = favor + against + neutral
    score = round((favor - against) / total, 3) if total else 0.0
    stance = "favor" if score >= THRESHOLD else "against" if score <= -THRESHOLD else "neutral"
    return stance, score


# ---------------------------------------------------------------------------------------------- statements

_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_CARRY_OVER = re.compile(r"^\W*(?:these|they|such|those)\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:with|to|from|for|of|against|about|after|before|between|toward|towards|"
                          r"among|than|on|at|into|over|without)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s?\b(?!\s+(?:position|view|stance|line)\b)")


def _format_cues(hits: list[Hit]) -> str:
    return " | ".join(f"{h.label} -> {h.stance} {h.weight:g}" for h in hits)


def parse_cues(cues: str) -> pd.DataFrame:
    """The cues column of ``stance_statements`` as a table: cue, stance, weight.

    >>> parse_cues("off the table -> against 1.5 | not (hedged) -> favor 0.5").to_dict("list")
    {'cue': ['off the table', 'not (hedged)'], 'stance': ['against', 'favor'], 'weight': [1.5, 0.5]}
    """
    rows = []
    for part in (cues or "").split(" | "):
        if " -> " in part:
            cue, rest = part.rsplit(" -> ", 1)
            stance, weight = rest.split()
            rows.append((cue, stance, float(weight)))
    return pd.DataFrame(rows, columns=["cue", "stance", "weight"])


def _clause_bounds(text: str, lexicon: tuple[Cue, ...]) -> list[int]:
    return [s for s, _, c in _cue_spans(text, tuple(c for c in lexicon if c.stance == "boundary"))]


def _subjects(sentence, mentions: list, anchor: int, spans, bounds, previous_person) -> list[tuple]:
    """Actors holding the position stated in the clause that contains ``anchor`` (offset in the sentence)."""
    text, base = sentence.text, sentence.start
    clause_start = max([b for b in bounds if b <= anchor], default=0)
    rows = []
    for m in mentions:
        local = m.start - base
        if not (clause_start <= local < anchor) or any(s <= local < e for _, s, e, _ in spans):
            continue
        if _POSSESSIVE.match(text[m.end - base:]):
            continue
        before = text[max(0, local - 25):local]
        rows.append((local, m.end - base, m.actor, m.affiliation, m.actor_type,
                     bool(re.search(r"according\s+to\s+$", before, re.IGNORECASE)),
                     bool(_PREPOSITION.search(before))))
    pronoun = _PRONOUN.search(text, clause_start, anchor)
    if pronoun and (not rows or pronoun.start() < rows[0][0]) and previous_person is not None:
        return [previous_person]
    rows = [r for r in rows if r[4] != "media" and not r[5]]  # a source reporting, not a position holder
    if not rows:
        return []
    rows = [r for r in rows if not r[6]] or rows  # "In talks with Putin, Trump rejected ...": Trump
    chosen = [rows[0]]
    for row in rows[1:]:
        last = chosen[-1]
        between = text[last[1]:row[0]]
        if last[4] != "person" and row[4] == "person" and len(chosen) == 1 and _n_words(between) <= 3 \
                and "," not in between:
            chosen = [row]
        elif re.fullmatch(r"\s*(?:,|and|&)?\s*(?:and\s+)?(?:the\s+)?", between):
            chosen.append(row)
        else:
            break
    unique = {}
    for row in chosen:
        unique.setdefault(row[2], (row[2], row[3], row[4]))
    return list(unique.values())


def _previous_person(mentions: list, start: int) -> tuple | None:
    """The first person named in the nearest earlier sentence that names one (its likely subject)."""
    before = [m for m in mentions if m.end <= start and m.actor_type == "person"]
    if not before:
        return None
    first = next(m for m in before if m.sent_id == before[-1].sent_id)
    return first.actor, first.affiliation, first.actor_type


def _voices(quotes: list, sentence, mentions: list) -> list[tuple[list, tuple[int, int]]]:
    """Per speaker quoted in the sentence: their quotes there and the part of the sentence that is theirs.

    Quotes of news media (a report an outlet carries) are not the outlet's position and are passed over.
    """
    by_speaker: dict[str, list] = {}
    for q in quotes:
        if q.start < sentence.end and q.end > sentence.start and isinstance(q.speaker, str) and q.speaker.strip() \
                and getattr(q, "speaker_type", "") != "media":
            by_speaker.setdefault(q.speaker, []).append(q)
    voices = []
    for speaker_quotes in by_speaker.values():
        regions = [_quote_region(q, sentence, mentions) for q in speaker_quotes]
        voices.append((speaker_quotes, (min(r[0] for r in regions), max(r[1] for r in regions))))
    return voices


def _row(sentence, target_id, speaker, hits, *, quote_id="", basis, affiliation="", speaker_type="") -> dict:
    favor, against, neutral = weigh(hits)
    stance, score = label(favor, against, neutral)
    return {"doc_id": sentence.doc_id, "speaker": speaker, "target": target_id, "stance": stance,
            "score": score, "quote_id": quote_id, "sent_id": sentence.sent_id, "cues": _format_cues(hits),
            "text": sentence.text, "basis": basis, "affiliation": affiliation, "speaker_type": speaker_type,
            "favor": favor, "against": against, "neutral": neutral, "start": sentence.start,
            "end": sentence.end}


def _document_statements(sentences, quotes, mentions, targets, lexicon) -> list[dict]:
    rows, seen_texts, last = [], set(), {"speaker": None, "sent_id": -9}
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split())
        if key in seen_texts:
            continue
        seen_texts.add(key)
        spans = _target_spans(sentence.text, targets)
        if not spans:
            continue
        in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end]
        hits = read(sentence.text, targets, lexicon=lexicon, spans=spans)
        bounds = _clause_bounds(sentence.text, lexicon)
        previous_person = _previous_person(mentions, sentence.start)
        voices = _voices(quotes, sentence, in_sentence)
        for target_id in dict.fromkeys(sp[0] for sp in spans):
            own = [h for h in hits if h.target == target_id and h.agent_at < 0]
            rows.extend(_agent_rows(sentence, target_id, hits, in_sentence))
            at = [s for t, s, _, _ in spans if t == target_id]
            voiced = [(qs, region) for qs, region in voices if any(region[0] <= s < region[1] for s in at)]
            for speaker_quotes, (start, end) in voiced:
                quote = next((q for q in speaker_quotes
                              if any(q.start <= sentence.start + s < q.end for s in at)), speaker_quotes[0])
                said = [h for h in own if start <= h.start and h.end <= end]
                rows.append(_row(sentence, target_id, quote.speaker, said, quote_id=quote.quote_id, basis="quote",
                                 affiliation=getattr(quote, "affiliation", ""),
                                 speaker_type=getattr(quote, "speaker_type", "")))
                last = {"speaker": (quote.speaker, "", ""), "sent_id": sentence.sent_id}
            if voiced:
                continue
            if not own:
                continue
            anchor = min(h.start for h in own)
            speakers = _subjects(sentence, in_sentence, anchor, spans, bounds, previous_person)
            if not speakers and _CARRY_OVER.match(sentence.text) and sentence.sent_id - last["sent_id"] <= 2 \
                    and last["speaker"]:
                speakers = [last["speaker"]]
            for actor, affiliation, actor_type in speakers:
                rows.append(_row(sentence, target_id, actor, own, basis="reported", affiliation=affiliation,
                                 speaker_type=actor_type))
            if speakers:
                last = {"speaker": speakers[0], "sent_id": sentence.sent_id}
    return rows


def _quote_region(quote, sentence, mentions: list) -> tuple[int, int]:
    """The part of a sentence (offsets in it) that is the quote's speaker's: the quote and its reporting frame
    (from the speaker's name to the quote, in either order). Text before the frame ("Despite wide opposition
    to X, Brooks said ...") is the narrator's. Without the speaker's name in the sentence, all of it."""
    named = [m for m in mentions if m.actor == quote.speaker]
    if not named:
        return 0, len(sentence.text)
    name = min(named, key=lambda m: max(m.start - quote.end, quote.start - m.end, 0))
    start = min(name.start, quote.start) - sentence.start
    end = max(name.end, quote.end) - sentence.start
    return max(0, start), min(len(sentence.text), end)


def _agent_rows(sentence, target_id, hits, mentions) -> list[dict]:
    rows = []
    for hit in hits:
        if hit.target != target_id or hit.agent_at < 0:
            continue
        at = sentence.start + hit.agent_at
        for m in (m for m in mentions if at <= m.start <= at + 4):
            rows.append(_row(sentence, target_id, m.actor, [hit], basis="reported (passive agent)",
                             affiliation=m.affiliation, speaker_type=m.actor_type))
    return rows


def _records_by_doc(frame: pd.DataFrame) -> dict[str, list]:
    """The rows of a frame as named tuples, grouped by doc_id (in the frame's order)."""
    grouped: dict[str, list] = {}
    for row in frame.itertuples(index=False):
        grouped.setdefault(row.doc_id, []).append(row)
    return grouped


def _empty_quotes() -> pd.DataFrame:
    return pd.DataFrame(columns=[*C.QUOTES, "sent_id"])


def statements(sentences: pd.DataFrame, *, targets: tuple[Target, ...], quotes: pd.DataFrame | None = None,
               mentions: pd.DataFrame | None = None, lexicon: tuple[Cue, ...] | None = None) -> pd.DataFrame:
    """Statement-level stance: one row per sentence, speaker and target, with the cues that fired.

    Args:
        sentences: doc_id, sent_id, start, end, text.
        targets: from ``read_targets`` or ``targets_from_rows``.
        quotes: doc_id, quote_id, speaker, affiliation, speaker_type, start, end (optional).
        mentions: doc_id, actor, affiliation, actor_type, start, end (optional; needed for reported positions).

    Returns:
        ``stance_statements``: doc_id, speaker, target, stance, score, quote_id, sent_id, cues, text, basis,
        affiliation, speaker_type, favor, against, neutral (cue weights), start, end (sentence offsets).

    >>> t = targets_from_rows([{"id": "truce", "label": "", "description": "", "patterns": "truce"}])
    >>> s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0], "end": [32],
    ...                   "text": ["Lee said a truce is unrealistic."]})
    >>> q = pd.DataFrame({"doc_id": ["d"], "quote_id": ["q0"], "speaker": ["Ann Lee"], "start": [9], "end": [31]})
    >>> statements(s, targets=t, quotes=q)[["speaker", "stance", "cues"]].values.tolist()
    [['Ann Lee', 'against', 'unrealistic -> against 1.5']]
    """
    lexicon = cue_lexicon() if lexicon is None else lexicon
    quotes = _empty_quotes() if quotes is None else quotes
    mentions = pd.DataFrame(columns=list(C.MENTIONS)) if mentions is None else mentions
    quotes_of = _records_by_doc(quotes)
    mentions_of = _records_by_doc(mentions.sort_values(["doc_id", "start"], kind="stable"))
    rows = []
    for doc_id, doc_sentences in _records_by_doc(sentences.sort_values(["doc_id", "start"], kind="stable")).items():
        rows.extend(_document_statements(doc_sentences, quotes_of.get(doc_id, []), mentions_of.get(doc_id, []),
                                         targets, lexicon))
    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    return frame.drop_duplicates(["doc_id", "speaker", "target", "sent_id", "cues"]).reset_index(drop=True)


def aggregate(statements: pd.DataFrame) -> pd.DataFrame:
    """The ``stance`` table: one row per document, speaker and target, from summed cue weights.

    Output columns: doc_id, speaker, target, stance, score, evidence ("quote:ID" or "sent:ID", space-separated),
    affiliation, speaker_type, n_statements, cues, favor, against, neutral.

    >>> st = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "quote_id": ["q1", ""], "sent_id": [1, 2], "cues": ["x -> against 1.5", "y -> favor 1"],
    ...     "affiliation": ["", ""], "speaker_type": ["person", "person"],
    ...     "favor": [0.0, 1.0], "against": [1.5, 0.0], "neutral": [0.0, 0.0]})
    >>> aggregate(st)[["stance", "score", "evidence"]].values.tolist()
    [['neutral', -0.2, 'quote:q1 sent:2']]
    """
    columns = [*STANCE_COLUMNS, "favor", "against", "neutral"]
    if statements.empty:
        return pd.DataFrame(columns=columns)
    quote_ids = statements["quote_id"].fillna("").astype(str)
    tokens = ("quote:" + quote_ids).where(quote_ids.ne("") & quote_ids.ne("nan"),
                                          "sent:" + statements["sent_id"].astype(str))
    grouped = statements.assign(_evidence=tokens, cues=statements["cues"].fillna("")).groupby(
        ["doc_id", "speaker", "target"], sort=False)
    out = grouped.agg(favor=("favor", "sum"), against=("against", "sum"), neutral=("neutral", "sum"),
                      n_statements=("sent_id", "size"), affiliation=("affiliation", "first"),
                      speaker_type=("speaker_type", "first"),
                      evidence=("_evidence", lambda s: " ".join(dict.fromkeys(s))),
                      cues=("cues", lambda s: " | ".join(c for c in s if c))).reset_index()
    labels = [label(f, a, n) for f, a, n in zip(out["favor"], out["against"], out["neutral"], strict=True)]
    out["stance"] = [stance_label for stance_label, _ in labels]
    out["score"] = [score for _, score in labels]
    return out[columns]


def infer(tables: dict[str, pd.DataFrame], *, targets: tuple[Target, ...]) -> dict[str, pd.DataFrame]:
    """``stance`` and ``stance_statements`` from the sentences, quotes and mentions tables."""
    found = statements(tables["sentences"], targets=targets, quotes=tables.get("quotes"),
                       mentions=tables.get("mentions"))
    return {"stance": aggregate(found), "stance_statements": found}


@pipeline.register("stance")
def stage(tables: dict, config: pipeline.Config) -> dict:
    """Pipeline stage: stance per chunk; without a targets file, empty tables and one warning row."""
    if not config.targets:
        empty = {"stance": aggregate(pd.DataFrame(columns=list(STATEMENT_COLUMNS))),
                 "stance_statements": pd.DataFrame(columns=list(STATEMENT_COLUMNS))}
        note = pd.DataFrame([("", "stance", "no targets file: stance was not computed (pass --targets FILE or put "
                              "targets.csv beside the corpus)")], columns=list(C.WARNINGS))
        previous = tables.get("warnings")
        empty["warnings"] = note if previous is None else pd.concat([previous, note], ignore_index=True)
        return empty
    return infer(tables, targets=read_targets(config.targets))


# ---------------------------------------------------------------------------------------------- corpus views

_NUMERIC = ("score", "favor", "against", "neutral", "n_statements")


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Numbers as numbers and text without NaN, also for tables read back from CSV (where all is text)."""
    frame = frame.copy()
    for column in frame.columns:
        if column in _NUMERIC:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0.0)
        elif column in ("cues", "quote_id", "evidence", "basis", "affiliation", "speaker_type"):
            frame[column] = frame[column].fillna("").astype(str)
    return frame


def matrix(stance: pd.DataFrame, *, min_statements: int = 1) -> pd.DataFrame:
    """Actor x target score over the corpus, from the cue weights summed over all documents.

    Args:
        stance: the ``stance`` table (speaker, target, favor, against, neutral, n_statements).
        min_statements: leave a cell empty when fewer statements support it.

    Returns:
        A frame indexed by speaker with one column per target, each cell the score in [-1, 1] (NaN: no
        statement). Rows are ordered by mean score.

    >>> st = pd.DataFrame({"speaker": ["A", "A", "B"], "target": ["t", "t", "t"], "favor": [1.0, 0.0, 0.0],
    ...                    "against": [0.0, 3.0, 1.5], "neutral": [0.0, 0.0, 0.0], "n_statements": [1, 1, 1]})
    >>> matrix(st).to_dict()
    {'t': {'B': -1.0, 'A': -0.5}}
    """
    if stance.empty:
        return pd.DataFrame()
    stance = _typed(stance)
    sums = stance.groupby(["speaker", "target"])[["favor", "against", "neutral", "n_statements"]].sum()
    total = sums[["favor", "against", "neutral"]].sum(axis=1)
    score = ((sums["favor"] - sums["against"]) / total.where(total > 0)).fillna(0.0).round(3)
    score = score[sums["n_statements"] >= min_statements]
    table = score.unstack("target")
    return table.loc[table.mean(axis=1).sort_values(kind="stable").index]


def by_outlet(stance: pd.DataFrame, documents: pd.DataFrame, *, target: str) -> pd.DataFrame:
    """Per outlet, the stance of each voice it carries on one target (cue weights summed over its articles).

    Output columns: outlet_label, speaker, stance, score, n_documents, evidence (doc_id:evidence).

    >>> st = pd.DataFrame({"doc_id": ["d1"], "speaker": ["A"], "target": ["t"], "favor": [0.0],
    ...     "against": [1.5], "neutral": [0.0], "evidence": ["sent:3"]})
    >>> docs = pd.DataFrame({"doc_id": ["d1"], "outlet_label": ["Wire"]})
    >>> by_outlet(st, docs, target="t")[["outlet_label", "speaker", "stance"]].values.tolist()
    [['Wire', 'A', 'against']]
    """
    columns = ["outlet_label", "speaker", "stance", "score", "n_documents", "evidence"]
    rows = _typed(stance)[stance["target"] == target].merge(documents[["doc_id", "outlet_label"]], on="doc_id")
    out = []
    for (outlet, speaker), group in rows.groupby(["outlet_label", "speaker"], sort=True):
        stance_label, score = label(group["favor"].sum(), group["against"].sum(), group["neutral"].sum())
        out.append((outlet, speaker, stance_label, score, group["doc_id"].nunique(),
                    " ".join(f"{d}:{e}" for d, e in zip(group["doc_id"], group["evidence"], strict=True))))
    return pd.DataFrame(out, columns=columns)


def outlet_differences(stance: pd.DataFrame, documents: pd.DataFrame, *, target: str | None = None) -> pd.DataFrame:
    """Actors whose stance on a target differs between outlets: the same voice reported differently.

    Output columns: speaker, target, n_outlets, stances ("outlet: stance (score)" joined by "; ").

    >>> st = pd.DataFrame({"doc_id": ["d1", "d2"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "favor": [1.0, 0.0], "against": [0.0, 1.0], "neutral": [0.0, 0.0], "evidence": ["sent:1", "sent:2"]})
    >>> docs = pd.DataFrame({"doc_id": ["d1", "d2"], "outlet_label": ["X", "Y"]})
    >>> outlet_differences(st, docs)["stances"].tolist()
    ['X: favor (1.0); Y: against (-1.0)']
    """
    columns = ["speaker", "target", "n_outlets", "stances"]
    targets = [target] if target else sorted(stance["target"].unique())
    rows = []
    for target_id in targets:
        views = by_outlet(stance, documents, target=target_id)
        for speaker, group in views.groupby("speaker", sort=True):
            if group["outlet_label"].nunique() > 1 and group["stance"].nunique() > 1:
                rows.append((speaker, target_id, group["outlet_label"].nunique(),
                             "; ".join(f"{o}: {s} ({sc})" for o, s, sc in
                                       zip(group["outlet_label"], group["stance"], group["score"], strict=True))))
    return pd.DataFrame(rows, columns=columns)


def evidence(statements: pd.DataFrame, *, target: str, speaker: str | None = None) -> pd.DataFrame:
    """The statements behind the stance of one target (optionally one speaker), strongest first.

    Output columns: doc_id, speaker, stance, score, basis, quote_id, sent_id, cues, text.
    """
    rows = _typed(statements)[statements["target"] == target]
    if speaker:
        rows = rows[rows["speaker"] == speaker]
    rows = rows.assign(_weight=rows[["favor", "against", "neutral"]].sum(axis=1))
    rows = rows.sort_values(["_weight", "doc_id", "sent_id"], ascending=[False, True, True], kind="stable")
    return rows[["doc_id", "speaker", "stance", "score", "basis", "quote_id", "sent_id", "cues", "text"]] \
        .reset_index(drop=True)


def worked_example(statements: pd.DataFrame, *, target: str) -> tuple[pd.Series, pd.DataFrame]:
    """The statement on ``target`` with the most cues, and its cues as a table (cue, stance, weight).

    The cue table is what the label was computed from: score = (favor - against) / (favor + against + neutral).
    """
    statements = _typed(statements)
    rows = statements[(statements["target"] == target) & statements["cues"].ne("")]
    if rows.empty:
        return pd.Series(dtype=object), parse_cues("")
    n_cues = rows["cues"].str.count(r" \| ") + 1
    best = rows.loc[n_cues.sort_values(ascending=False, kind="stable").index[0]]
    return best, parse_cues(best["cues"])


# ---------------------------------------------------------------------------------------------- validation

def _norm(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", str(name).strip().lower()).split())


def same_actor(gold: str, predicted: str, surfaces: frozenset[str] = frozenset()) -> bool:
    """Whether a gold speaker name and a predicted canonical name denote the same actor.

    >>> same_actor("Hegseth", "Pete Hegseth"), same_actor("the Kremlin", "Kremlin"), same_actor("Kyiv", "Ukraine")
    (True, True, False)
    """
    g, p = _norm(gold), _norm(predicted)
    if not g or not p:
        return False
    if g == p or g in {_norm(s) for s in surfaces}:
        return True
    g_last, p_last = g.split()[-1], p.split()[-1]
    return g_last == p_last and len(g_last) > 3 and (" " in g or " " in p)


def match_gold(gold: pd.DataFrame, stance: pd.DataFrame, mentions: pd.DataFrame | None = None) -> list[str]:
    """The predicted stance for each gold row (doc_id, speaker, target); "none" when the kit has no row."""
    surfaces: dict[tuple[str, str], frozenset[str]] = {}
    if mentions is not None and not mentions.empty:
        for (doc_id, actor), group in mentions.groupby(["doc_id", "actor"]):
            surfaces[(doc_id, actor)] = frozenset(group["surface"].astype(str))
    predicted = []
    for row in gold.itertuples(index=False):
        candidates = stance[(stance["doc_id"] == row.doc_id) & (stance["target"] == row.target)]
        found = [c.stance for c in candidates.itertuples(index=False)
                 if same_actor(row.speaker, c.speaker, surfaces.get((row.doc_id, c.speaker), frozenset()))]
        predicted.append(found[0] if found else "none")
    return predicted


def validation_results(gold: pd.DataFrame, args) -> dict[str, dict]:
    """Score the kit's stance against gold rows (doc_id, speaker, target, stance) on ``args.corpus``.

    Methods: ``lexicon`` (this module; "none" when the kit has no row for the gold speaker, which counts as
    an error; macro-F1 over favor, against and neutral), ``lexicon, attributed rows only`` (the gold rows the kit found
    a row for: how good the labels are once the speaker is found) and ``majority`` (every row labelled with the
    most common gold stance), for reference.
    """
    from analysis import validate

    missing = [c for c in ("doc_id", "speaker", "target", "stance") if c not in gold.columns]
    if missing:
        raise validate.ValidationError(f"the stance gold file lacks the column(s) {', '.join(missing)}")
    corpus = Path(getattr(args, "corpus", None) or "seeds")
    beside = corpus if corpus.is_dir() else corpus.parent

    def default(value, name):
        candidate = Path(value) if value else beside / f"{name}.csv"
        return str(candidate) if candidate.is_file() else None

    targets = default(getattr(args, "targets", None), "targets")
    if targets is None:
        raise validate.ValidationError(f"no targets file: pass --targets or put targets.csv in {beside}")
    tables = pipeline.compute(corpus, config=pipeline.Config(actors=default(getattr(args, "actors", None), "actors"),
                                                            targets=targets))
    return scores(gold, tables)


def scores(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """``validate.score`` figures of the three methods of ``validation_results`` on computed tables."""
    from analysis import validate

    gold_labels = gold["stance"].str.strip().tolist()
    predicted = match_gold(gold, tables["stance"], tables.get("mentions"))
    majority = max(C.STANCE_LABELS, key=gold_labels.count)
    found = [i for i, label_ in enumerate(predicted) if label_ != "none"]
    lexicon = validate.score(gold_labels, predicted, labels=list(C.STANCE_LABELS))
    lexicon["confusion"] = validate.score(gold_labels, predicted, labels=[*C.STANCE_LABELS, "none"])["confusion"]
    return {"lexicon": lexicon,
            "lexicon, attributed rows only": validate.score([gold_labels[i] for i in found],
                                                            [predicted[i] for i in found],
                                                            labels=list(C.STANCE_LABELS)),
            "majority": validate.score(gold_labels, [majority] * len(gold_labels), labels=list(C.STANCE_LABELS))}


# ---------------------------------------------------------------------------------------------- notebook helpers

def targets_path(corpus: str | Path, targets: str | None = None) -> str | None:
    """The targets file a run uses: ``targets`` when given, else ``targets.csv`` beside the corpus, else None."""
    if targets:
        return str(targets)
    corpus = Path(corpus)
    candidate = (corpus if corpus.is_dir() else corpus.parent) / "targets.csv"
    return str(candidate) if candidate.is_file() else None


def target_table(path: str | None) -> pd.DataFrame:
    """The targets of a targets file as a table: id, label, description, patterns (empty without a file)."""
    columns = ["id", "label", "description", "patterns"]
    if not path:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame([(t.id, t.label, t.description, t.specs) for t in read_targets(path)], columns=columns)


def findings(tables: dict[str, pd.DataFrame], *, target: str) -> list[str]:
    """Plain-language key figures of the stance tables for one target.

    >>> st = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "B"], "target": ["t", "t"],
    ...     "stance": ["against", "favor"], "score": [-1.0, 1.0], "favor": [0, 1.5], "against": [1.5, 0],
    ...     "neutral": [0, 0], "n_statements": [1, 1], "evidence": ["sent:1", "sent:2"]})
    >>> findings({"stance": st, "documents": pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]})}, target="t")[0]
    '2 voices take a position on t in 1 articles: 1 against, 1 favor, 0 neutral.'
    """
    rows = _typed(tables["stance"])[tables["stance"]["target"] == target]
    if rows.empty:
        known = sorted(tables["stance"]["target"].unique())
        return [f"No statement about {target!r} was found" + (f" (targets with statements: {', '.join(known)})."
                                                              if known else " (no stance rows at all).")]
    grid = matrix(rows)[target]
    counts = {label_: int(((grid >= THRESHOLD) if label_ == "favor" else (grid <= -THRESHOLD) if
                           label_ == "against" else grid.abs().lt(THRESHOLD)).sum()) for label_ in C.STANCE_LABELS}
    lines = [f"{len(grid)} voices take a position on {target} in {rows['doc_id'].nunique()} articles: "
             f"{counts['against']} against, {counts['favor']} favor, {counts['neutral']} neutral."]
    if counts["against"]:
        lines.append("Against: " + ", ".join(grid[grid <= -THRESHOLD].index) + ".")
    if counts["favor"]:
        lines.append("Favor: " + ", ".join(grid[grid >= THRESHOLD].index) + ".")
    differing = outlet_differences(tables["stance"], tables["documents"], target=target)
    lines.append(f"{len(differing)} {'voice is' if len(differing) == 1 else 'voices are'} reported with "
                 "different stances by different outlets"
                 + (": " + ", ".join(differing["speaker"]) + "." if len(differing) else "."))
    return lines


def _heatmap(frame: pd.DataFrame, *, title: str, xlabel: str, ylabel: str):
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=(max(5.0, 1.3 * frame.shape[1] + 3), max(2.5, 0.32 * frame.shape[0] + 1.5)))
    values = frame.to_numpy(dtype=float)
    image = ax.imshow(np.ma.masked_invalid(values), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(frame.shape[1]), [str(c) for c in frame.columns], rotation=30, ha="right")
    ax.set_yticks(range(frame.shape[0]), [str(i) for i in frame.index])
    for (i, j), value in np.ndenumerate(values):
        if not np.isnan(value):
            ax.text(j, i, f"{value:+.1f}", ha="center", va="center", fontsize=8,
                    color="white" if abs(value) > 0.6 else "black")
    fig.colorbar(image, ax=ax, label="score: -1 against, +1 favor")
    return plots.finish(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def plot_matrix(grid: pd.DataFrame, *, target: str | None = None):
    """Heat map of the actor x target matrix (rows sorted by the chosen target's score); returns the figure."""
    if grid.empty:
        return None
    if target in grid.columns:
        grid = grid.loc[grid[target].sort_values(na_position="last", kind="stable").index]
        grid = grid[[target, *[c for c in grid.columns if c != target]]]
    return _heatmap(grid, title="Who stands where: stance score per actor and target", xlabel="target",
                    ylabel="speaker")


def outlet_grid(views: pd.DataFrame) -> pd.DataFrame:
    """The ``by_outlet`` rows of one target as a speaker x outlet table of scores."""
    if views.empty:
        return pd.DataFrame()
    return views.pivot(index="speaker", columns="outlet_label", values="score")


def plot_outlets(views: pd.DataFrame, *, target: str):
    """Heat map of the voices each outlet carries on one target; returns the figure."""
    grid = outlet_grid(views)
    if grid.empty:
        return None
    return _heatmap(grid, title=f"Voices on {target}, per outlet", xlabel="outlet", ylabel="speaker")


def explain_statement(statement: pd.Series) -> str:
    """A plain-language account of how one statement got its label (Markdown-safe text)."""
    if statement.empty:
        return "No statement with cues for this target."
    cues = parse_cues(statement["cues"])
    sums = {label_: cues.loc[cues["stance"] == label_, "weight"].sum() for label_ in C.STANCE_LABELS}
    parts = [f"'{row.cue}' counts {row.weight:g} toward {row.stance}" for row in cues.itertuples(index=False)]
    quote_id = "" if pd.isna(statement["quote_id"]) else str(statement["quote_id"])
    where = f"quote {quote_id}" if quote_id else f"sentence {statement['sent_id']}"
    return (f"In {statement['doc_id']} ({where}, {statement['basis']}), {statement['speaker']}: "
            + "; ".join(parts) + f". Score = (favor {sums['favor']:g} - against {sums['against']:g}) / "
            f"(favor + against + neutral = {sum(sums.values()):g}) = {statement['score']:+.2f}, so "
            f"{statement['stance']} (favor at +{THRESHOLD} or more, against at -{THRESHOLD} or less).")


def validation_table(gold_path: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Accuracy and macro-F1 on the gold rows of the documents in ``tables`` (method, n, accuracy, macro_f1)."""
    from analysis import validate

    columns = validate.SUMMARY_COLUMNS
    if not gold_path or not Path(gold_path).is_file():
        return pd.DataFrame(columns=columns)
    gold = validate.read_gold(gold_path)
    gold = gold[gold["doc_id"].isin(tables["documents"]["doc_id"])]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    return validate.summary(scores(gold, tables))
