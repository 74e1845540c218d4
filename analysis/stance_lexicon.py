"""What stance reads: the user's targets (``targets.csv``) and the shipped cue lexicon (``stance_cues.csv``).

A target is a proposition ("Ukraine joins NATO") named by patterns: lexicon phrases (``*`` ends a word with any
letters, ``...`` skips up to four words) or regular expressions written ``re:...``. This module is the one
reader of targets files; the stance stage, the report parameter checks and the teaching notebooks all use it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis import config, resources
from analysis.corpus import CorpusError

__all__ = ["CUES_FILE", "TARGET_COLUMNS", "TargetsError", "Cue", "Target", "phrase_pattern", "literal", "literal_keys",
           "verb_of", "cue_lexicon", "targets_from_rows", "read_targets", "target_ids", "target_table", "targets_path",
           "removal_objects"]


CUES_FILE = "stance_cues.csv"
MODIFIERS = ("negator", "hedge", "reverser", "past", "boundary")


TARGET_COLUMNS = ("id", "label", "description", "patterns")


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
    keys: tuple[str, ...] = ()  # words one of which every match contains (the key, or a group's alternatives)


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
    written: tuple[str, str] = ("", "")  # patterns and inverse_patterns as written in the file

    def __hash__(self) -> int:  # the cached readers key on targets: hash what names one, not every pattern
        return hash((self.id, self.specs, self.written))


def phrase_pattern(phrase: str) -> re.Pattern:
    """Compile a lexicon phrase: words case-insensitive, ``*`` any word ending, ``...`` up to four words.

    >>> bool(phrase_pattern("refus* ... to promise").search("refused for the first time to promise"))
    True
    >>> bool(phrase_pattern("n't").search("don’t")), bool(phrase_pattern("exclud*").search("inclusion"))
    (True, False)
    >>> bool(phrase_pattern("no quarrel with").search('had "no quarrel" with it'))
    True
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
        left = r"(?<!\w)" if token.lstrip("(")[:1].isalnum() and not token.startswith("n'") else ""
        right = r"(?!\w)" if token[-1].isalnum() or token.endswith(("*", ")")) else ""
        parts.append(f"{left}{body}{right}")
    joined = parts[0]
    for token, part in zip(phrase.split()[1:], parts[1:], strict=True):
        joined += part if token == "..." or token.startswith("n'") else r"[”\"]?[\s-]+[“\"]?" + part  # '“no quarrel”
        # with': a quotation may end or begin inside a phrase
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


_GROUP = re.compile(r"\(([\w |*'’-]+)\)(?![?*])")


def literal_keys(spec: str) -> tuple[str, ...]:
    """Words one of which every match of a phrase contains: its longest plain word when that has four letters
    or more, else the alternatives of a required group cut to their shortest distinct starts, else ().

    >>> literal_keys("(cost|costs|costing) (jobs|lives)"), literal_keys("(a|an) (war|tax) on")
    (('cost',), ('tax', 'war'))
    """
    word = literal(spec)
    if len(word) >= 4 or spec.strip().startswith("re:"):
        return (word,) if word else ()
    best = _group_keys(spec, 3)
    return best or ((word,) if len(word) >= 3 else ()) or _short_keys(spec, word)


def _group_keys(spec: str, shortest: int) -> tuple[str, ...]:
    """The alternatives of the required group of ``spec`` whose shortest start is longest, cut to their shortest
    distinct starts, if that start has at least ``shortest`` letters, else ()."""
    best: tuple[str, ...] = ()
    for group in _GROUP.finditer(spec):
        starts = sorted({re.match(r"[\w-]*", alt.split()[0]).group().lower()  # "shouldn't" -> "shouldn"
                         for alt in group.group(1).split("|") if alt.split()},
                        key=lambda a: (len(a), a))
        kept = tuple(a for i, a in enumerate(starts) if not any(a.startswith(b) for b in starts[:i]))
        if kept and min(map(len, kept)) >= shortest and (not best or min(map(len, kept)) > min(map(len, best))):
            best = kept
    return best


def _short_keys(spec: str, word: str) -> tuple[str, ...]:
    """Keys of a phrase with no word of three letters: the phrase itself when it is one plain token (";", "no",
    "n't" with either apostrophe), the letters before an optional one ("favou?r*": "favo"), a group's two-letter
    alternatives ("(a|an) (lifeline|no-brainer)"), else ()."""
    token = spec.strip().lower()
    if token and not re.search(r"[\s()|*?\\.\[\]]", token):
        return tuple(dict.fromkeys((token, token.replace("'", "’"), token.replace("’", "'"))))
    depth = 0
    for token in spec.split():
        optional = re.fullmatch(r"([a-z-]{3,})[a-z]\?[a-z]*\*?", token.lower()) if depth == 0 else None
        if optional:
            return (optional.group(1),)
        depth += token.count("(") - token.count(")")
    return _group_keys(spec, 2) or ((word,) if word else ())


def _regex_literal(regex: str) -> str:
    r"""The longest run of letters that every match of a regular expression must contain ("" if unsure).

    Only runs outside groups and classes count, not followed by a quantifier, and none when the expression
    has a top-level alternation.

    >>> _regex_literal(r"\bjoin(?:s|ed)?\s+NATO\b"), _regex_literal(r"\bborders?\s+of"), _regex_literal("a|bcd")
    ('join', 'border', '')
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
            runs[-1] = runs[-1][:-1]  # the quantifier makes the run's last letter optional ("borders?": "border")
        i += 1
    runs.append(run)
    return max((r for r in runs if len(r) >= 3), key=len, default="").lower()


def verb_of(spec: str) -> str:
    """The verb phrase of a one-word "-ation" pattern, so that a target named by the act also matches the doing
    ("negotiations": "ready to negotiate"); "" for other patterns.

    >>> verb_of("negotiations"), verb_of("talks"), verb_of("peace negotiations")
    ('negotiat(e|es|ed|ing)', '', '')
    """
    word = spec.strip().lower()
    stem = re.fullmatch(r"([a-z]{4,}at)ions?", word)
    return f"{stem.group(1)}(e|es|ed|ing)" if stem else ""


def _with_verbs(specs: list[str]) -> list[str]:
    variants = [verb for verb in map(verb_of, specs) if verb and verb not in specs]
    inflected = [form for form in map(verb_forms, specs) if form and form not in specs]
    return specs + variants + inflected + [v for spec in specs for v in compound_variants(spec) if v not in specs]


_PREPOSITIONS = frozenset(("on", "in", "at", "to", "for", "from", "into", "with", "over", "by", "off", "out", "up"))


def verb_forms(spec: str) -> str:
    """A phrase that opens with a verb and a preposition, with the verb in each of its forms, as a user who
    writes "open on Sunday*" means "the supermarket opens on Sundays" too; "" for other phrases.

    >>> verb_forms("open on Sunday*"), verb_forms("ban on phones"), verb_forms("Sunday opening")
    ('(open|opens|opened|opening) on Sunday*', '(ban|bans|banned|banning) on phones', '')
    """
    words = spec.strip().split()
    if len(words) < 2 or words[1].lower() not in _PREPOSITIONS or not re.fullmatch(r"[a-z]{3,}", words[0]) or \
            words[0].endswith(("ing", "ed")) or words[0] in _FUNCTION_WORDS:
        return ""
    verb = words[0]
    stem = verb[:-1] if verb.endswith("e") else verb + verb[-1] if re.fullmatch(
        r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", verb) else verb
    third = verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh")) else "s")
    return f"({verb}|{third}|{stem}ed|{stem}ing) {' '.join(words[1:])}"


# Heads after which "for" states a position ("a vote for the pension bill", "a campaign for the ban").
_STANCE_HEADS = frozenset("vote call campaign push bid plea demand petition case argument fight march protest".split())


def compound_variants(spec: str) -> list[str]:
    """The syntactic variants of a two-word noun compound that a user means too (term variation after Jacquemin
    2001, "Spotting and Discovering Terms through Natural Language Processing"): the head with a preposition
    before the modifier, and the head as a verb taking it as object, each with one optional word between.

    >>> [bool(re.search(v[3:], t)) for v in compound_variants("wealth tax")
    ...  for t in ("a tax on net wealth", "taxed net wealth", "taxing wealth", "a wealth levy")]
    [True, False, False, False, False, True, True, False, False, False, False, True]
    >>> [bool(re.search(v[3:], "banning short flights")) for v in compound_variants("flight ban*")]
    [False, True, False]
    >>> [bool(re.search(v[3:], "a ceiling on rents")) for v in compound_variants("rent cap")]
    [True, False, False]
    >>> compound_variants("the plan"), compound_variants("ban")
    ([], [])
    """
    words = spec.strip().split()  # written in lower case: "NATO membership" has no such variants
    if len(words) != 2 or not all(re.fullmatch(r"[a-z]{3,}\*?", w) for w in words) or \
            any(w.rstrip("*") in _FUNCTION_WORDS for w in words):
        return []
    modifier, head = (w.rstrip("*") for w in words)
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head  # "security guarantees"
    between = r"(?:(?:the|their|its|all|any|(?!(?:and|or|but|to|in|on|of|for|with|by|at|from|as)\b)[a-z-]+)\s+)?"
    noun = rf"{modifier}(?:s|es)?\b"
    verb = head[:-1] if head.endswith("e") else head + head[-1] if re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]",
                                                                                  head) else head
    others = "".join(f"|{other}" for other in policy_synonyms(head))  # "a levy on wealth", "a wealth levy"
    named = [rf"re:\b{modifier}(?:s|es)?\s+(?:{others[1:]})(?:s|es)?\b"] if others else []
    after = "on|of" if head in _STANCE_HEADS else "on|of|for"  # "a vote for the pension" is a position, not a vote
    return [rf"re:\b(?:{head}{others})(?:s|es)?\s+(?:{after})\s+{between}{noun}",
            rf"re:\b(?:{verb}(?:ing|ed)|{head}(?:s|es))\s+{between}{noun}", *named]


def policy_synonyms(head: str) -> tuple[str, ...]:
    """Other nouns for the measure a head noun names (``analysis/data/policy_nouns.csv``).

    >>> policy_synonyms("tax"), policy_synonyms("cap"), policy_synonyms("membership")
    (('levy',), ('ceiling', 'limit'), ())
    """
    return _policy_nouns().get(head.lower(), ())


@functools.lru_cache(maxsize=1)
def _policy_nouns() -> dict[str, tuple[str, ...]]:
    return {row["head"]: tuple(row["synonyms"].split(";")) for row in resources.read_table("policy_nouns.csv")}


_FUNCTION_WORDS = frozenset(("the", "and", "for", "with", "from", "that", "this", "its", "their", "not", "any"))


_SILENT_E = re.compile(r"(?<![\w(|])([a-z]{2,}[b-df-hj-np-tv-z])e\*(?![\w|)])", re.IGNORECASE)


def with_silent_e(spec: str) -> str:
    """A pattern whose word ends in a silent "e" and "*" also matching the "-ing" form that drops it, as a user
    who writes "force* people to vote" means "forcing people to vote" too; regular expressions stay as written.

    >>> with_silent_e("force* people to vote"), with_silent_e("fine*"), with_silent_e("the*"), with_silent_e("re:x")
    ('forc(e*|ing*) people to vote', 'fin(e*|ing*)', 'the*', 're:x')
    """
    return spec if spec.strip().startswith("re:") else _SILENT_E.sub(r"\1(e*|ing*)", spec)


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
    try:
        weight = float(row["weight"]) if (row.get("weight") or "").strip() else default
        pattern = phrase_pattern(row["cue"])
    except (ValueError, re.error) as error:  # an edited row: "heavy" for a weight, "(will|would kill" for a cue
        raise resources.ResourceError(f"stance cue {row.get('cue')!r} cannot be read ({error})") from None
    return Cue(phrase=row["cue"], stance=stance, negated=negated, weight=weight,
               scope=row.get("scope", "").strip() or "any", pattern=pattern,
               key=literal(row["cue"]), keys=literal_keys(row["cue"]))


@functools.lru_cache(maxsize=4)
def cue_lexicon(name: str = CUES_FILE) -> tuple[Cue, ...]:
    """The shipped cue lexicon (cached).

    >>> lexicon = cue_lexicon()
    >>> {c.stance for c in lexicon if c.phrase == "off the table"}, {c.stance for c in lexicon if c.phrase == "not"}
    ({'against'}, {'negator'})
    """
    return tuple(_cue(row) for row in resources.read_table(name))


def _key(spec: str) -> str:
    """A word every match of a pattern contains, or words one of which it contains joined by "|" ("" if unsure)."""
    return literal(spec) or _leading_alternatives(spec) or \
        (spec.split("(")[0].lower() if re.fullmatch(r"[a-z]+\(e\|es\|ed\|ing\)", spec) else "")


_LEADING_GROUP = re.compile(r"re:(?:\\b)?\((?:\?:)?((?:[A-Za-z-]+(?:\\s\+[A-Za-z-]+)*(?:\\w\*)?\|)+"
                            r"[A-Za-z-]+(?:\\s\+[A-Za-z-]+)*(?:\\w\*)?)\)(?![?*{])")


def _leading_alternatives(spec: str) -> str:
    r"""The words a regular expression opens with, one of which every match holds, when it opens with a group of
    plain alternatives: "re:\b(?:cede|concede|give\s+up)\b ..." gives "cede|concede|give" ("" otherwise).

    >>> _leading_alternatives(r"re:\b(?:reclaim|regain|restor)\w*\b"), _leading_alternatives(r"re:(a|bc)+")
    ('reclaim|regain|restor', '')
    """
    found = _LEADING_GROUP.match(spec.strip())
    if found is None:
        return ""
    words = [re.match(r"[A-Za-z-]+", alt).group().lower() for alt in found.group(1).split("|")]
    return "|".join(dict.fromkeys(words)) if min(map(len, words)) >= 3 else ""


_REMOVAL = (r"(?:lift|lifting|end|ending|scrap|scrapping|repeal|repealing|abolish|abolishing|remove|removing|drop|"
            r"dropping|ease|easing|cancel|cancell?ing|withdraw|withdrawing|axe|axing|roll(?:ing)? back)")
_REMOVAL_LABEL = re.compile(rf"^\s*{_REMOVAL}\s+(?:(?:the|a|an|its|their|all)\s+)?((?:(?!(?:on|against|for|of|in|to|"
                            r"from|with|by)\b)[\w'’-]+\s*)+)", re.IGNORECASE)


def removal_objects(label: str, specs: list[str]) -> list[str]:
    """The patterns of a target framed as a removal ("Lifting the raw timber export ban") that name only the
    thing removed ("export ban", "sanction*"): support for that thing is against the target, so they are read
    as inverse patterns. Patterns with a verb of removal of their own ("lift* the ban") stay.

    >>> removal_objects("Lifting the timber export ban", ["export ban", "lift* the ban", "raw logs"])
    ['export ban']
    >>> removal_objects("Lifting sanctions on Dorvania", ["sanction*"]), removal_objects("A truce", ["truce"])
    (['sanction*'], [])
    """
    match = _REMOVAL_LABEL.match(label)
    if match is None:
        return []
    head = match.group(1).split()[-1].lower()
    found = []
    for spec in specs:
        last = spec.split()[-1].lower() if spec.split() and not spec.startswith("re:") else ""
        stem = last.rstrip("*")
        if len(stem) >= 3 and not re.search(rf"\b{_REMOVAL}\b", spec, re.IGNORECASE) and (
                head.rstrip("s") == stem.rstrip("s") or (last.endswith("*") and head.startswith(stem))):
            found.append(spec)
    return found


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
            specs, inverse_specs = (_with_verbs(_split_specs(row.get(c, ""))) for c in ("patterns",
                                                                                      "inverse_patterns"))
            removed = removal_objects(row.get("label", ""), specs)  # "Lifting the export ban": "export ban"
            specs, inverse_specs = ([with_silent_e(s) for s in group]
                                    for group in ([s for s in specs if s not in removed], inverse_specs + removed))
            patterns = tuple(_spec_pattern(s) for s in specs)
            inverse = tuple(_spec_pattern(s) for s in inverse_specs)
            cues = tuple(Cue(s, stance, "", 1.5, "any", phrase_pattern(s), literal(s), literal_keys(s))
                         for stance in ("favor", "against") for s in _split_specs(row.get(f"{stance}_cues", "")))
        except re.error as exc:
            raise TargetsError(f"target {target_id!r} has a pattern that is not a valid regular expression: "
                               f"{exc}") from exc
        if not patterns and not inverse:
            raise TargetsError(f"target {target_id!r} has no patterns")
        shown = "; ".join(_split_specs(row["patterns"]))
        if _split_specs(row.get("inverse_patterns", "")):
            shown += " | inverse: " + "; ".join(_split_specs(row.get("inverse_patterns", "")))
        if removed:
            shown += " | read as the thing removed (inverse): " + "; ".join(removed)
        targets.append(Target(target_id, row.get("label", "") or target_id, row.get("description", ""),
                              patterns, inverse, cues, shown,
                              tuple(map(_key, specs)), tuple(map(_key, inverse_specs)),
                              (row["patterns"].strip(), row.get("inverse_patterns", "").strip())))
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


def targets_path(corpus: str | Path, targets: str | None = None) -> str | None:
    """The targets file a run uses: ``targets`` when given, else ``targets.csv`` beside the corpus, else None."""
    return config.input_file(corpus, "targets", targets)


def target_table(path: str | None, *, as_written: bool = False) -> pd.DataFrame:
    """The targets of a targets file as a table (empty without a file).

    Columns id, label, description and patterns (each pattern, then " | inverse: " and the inverse patterns);
    with ``as_written``, patterns and inverse_patterns as the file writes them.
    """
    columns = ["id", "label", "description", "patterns", *(["inverse_patterns"] if as_written else [])]
    if not path:
        return pd.DataFrame(columns=columns)
    rows = [(t.id, t.label, t.description, *(t.written if as_written else (t.specs,))) for t in read_targets(path)]
    return pd.DataFrame(rows, columns=columns)


def target_ids(path: str | Path) -> list[str]:
    """The ids of a targets file's targets, in file order (a ``TargetsError`` when it cannot be used)."""
    return [target.id for target in read_targets(path)]
