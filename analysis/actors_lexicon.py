"""What the actors stage reads: the user's actors file and the shipped actor lists, as ``Actor`` records.

An actors file (``actors.csv``: name, aliases, affiliation, role, type) lists the people and organisations a
study cares about; the kit adds governments named by their seat (``collective_actors.csv``: "the Kremlin",
"Washington"), news media (``media_outlets.csv``), role nouns (``role_nouns.txt``) and the affiliations that
role texts name (``affiliation_cues.csv``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis import columns as C
from analysis import resources
from analysis.corpus import CorpusError

__all__ = ["Actor", "ActorsFileError", "role_nouns", "role_equivalents", "affiliation_cues", "is_role_word",
           "affiliation_of", "shipped", "countries", "load", "resolve_role_phrase", "role_phrase_pattern",
           "edit_distance", "reporting_lemmas", "POST_NOMINALS", "KIN", "alias_index",
           "SURNAME_SHAPE", "STATE_STYLE_MODIFIERS", "STATE_STYLE_HEADS", "alias_matches", "given_name_sexes",
           "namesake", "GENERATIONS"]

# Letters after a person's name that give a rank, honour or degree, not a body: "Rupert de Villiers KC said".
# Words that end the names of buildings and streets named for people ("Donald Trump Tower", "Sadiq Khan Street").
PLACE_WORDS = frozenset(("tower", "towers", "street", "road", "avenue", "square", "park", "hall", "bridge", "building",
                         "house", "centre", "center", "airport", "station", "hotel", "plaza", "lane", "way", "stadium",
                         "arena", "boulevard", "memorial", "highway", "field"))
# A relative named with the same surname is another person: "His mother, Valentyna Tamko, ...", "her husband Ian",
# "the first lady, Michelle Obama".
KIN = re.compile(r"\b(?:mother|father|wife|husband|son|daughter|brother|sister|widow|widower|partner|cousin|uncle|aunt|"
                 r"first\s+lady|first\s+gentleman|spouse|"
                 r"niece|nephew|twin|(?:grand|step)(?:mother|father|son|daughter)|grand(?:son|daughter)|parents?|"
                 r"sibling|fianc[ée]e?)\b", re.IGNORECASE)
# "Katarina Radanović, who is not related to the prime minister", "Dennis Sefton, no relation to ...".
_UNRELATED = re.compile(r"[^.;:“”\"]{0,40}?\b(?:(?:is|are|was|were)\s+not\s+related|no\s+relation)\b")


@functools.lru_cache(maxsize=1)
def given_name_sexes() -> dict[str, str]:
    """The sex a given name (lower case) most often goes with (``given_name_sex.csv``)."""
    return {row["name"]: row["sex"] for row in resources.read_table("given_name_sex.csv")}


def namesake(text: str, start: int, role: str, name: str, holder: str) -> bool:
    """Whether ``name`` (at ``start``) is another person than ``holder``, named before with the same surname and
    another given name (or than whoever else the surname names, when ``holder`` is ""): a relative ("His mother,
    Valentyna Tamko"), one the text says is no relation ("Katarina Radanović, who is not related to the prime
    minister"), or a given name of the other sex. Otherwise one is taken for a slip of the other ("Mark Hegseth"
    for Pete Hegseth).

    >>> namesake("Anna Berg, no relation, said", 0, "", "Anna Berg", "Tom Berg")
    True
    >>> namesake("Mark Hegseth said", 0, "", "Mark Hegseth", "Pete Hegseth"), \\
    ...     namesake("Mary Hale said", 0, "", "Mary Hale", "John Hale")
    (False, True)
    """
    if KIN.search(f"{text[max(0, start - 25):start]} {role}") or _UNRELATED.match(text, start + len(name)):
        return True
    sexes = {given_name_sexes().get(n.split()[0].lower(), "") if n else "" for n in (name, holder)}
    return len(sexes) == 2 and "" not in sexes


# Endings that mark a surname in Slavic, Baltic, Caucasian, Turkic, Romanian and South Slavic names
# ("Yerzhanova", "Shevchenko", "Kowalski", "Sargsyan", "Beridze", "Popescu", "Yilmazoglu", "Petrović"): a given
# name outside the list before one of them still makes a person ("Saltanat Yerzhanova lives by the lake").
SURNAME_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:ova|eva|yova|ov|ev|yev|enko|chuk|czuk|shyn|ski|sky|skyi|skiy|ska|"
                           r"vich|vych|wicz|yan|ian|idze|adze|shvili|escu|oglu|oğlu|ović|ovic|ević|evic|bekov|"
                           r"bekova|ayev|ayeva|iyev|iyeva)|[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")  # or double-barrelled
# The formal style of a state, before "of" and its name: "the Kingdom of", "the Islamic Republic of", "the Grand Duchy
# of". Words only; each pattern joins them with the spacing it allows.
STATE_STYLE_MODIFIERS = ("People['’]s", "Islamic", "Federal", "Democratic", "Arab", "Socialist", "Hashemite",
                         "Bolivarian", "Federative", "Plurinational", "Argentine", "Oriental", "Grand")
STATE_STYLE_HEADS = ("Republic", "Kingdom", "Federation", "Principality", "Sultanate", "Emirate", "Commonwealth",
                     "Duchy", "Confederation")
GIVEN_NAMES = frozenset(resources.read_word_list("given_names.txt"))  # lower case
POST_NOMINALS = ("KC", "QC", "SC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD")


@functools.lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """The base forms of the shipped reporting verbs ("say", "show"), which a singular name never takes."""
    return frozenset(row["lemma"] for row in resources.read_table("reporting_verbs.csv"))


GENERATIONS = frozenset(("Jr.", "Sr.", "II", "III", "IV"))  # the suffixes that tell a son from his father


@dataclass(frozen=True)
class Actor:
    """One actor of the lexicon: canonical display name, affiliation, type, role and whether it was listed."""

    name: str
    affiliation: str
    actor_type: str
    role: str = ""
    known: bool = True

    @property
    def surname(self) -> str:  # "Donald Trump Jr." has the surname Trump
        words = self.name.split() if self.actor_type == "person" else ()
        return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1] if len(words) > 1 else ""


@functools.lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """The shipped role and title nouns (lower case).

    >>> "spokesman" in role_nouns()
    True
    """
    return frozenset(resources.read_word_list("role_nouns.txt"))


# Endings that make a lower-case noun a profession or a field's expert: "the ecologist X", "the paediatrician X".
_PROFESSION = re.compile(r"[a-z]{2,}(?:olog|onom|ograph|ometr)(?:ist|er)|[a-z]{3,}(?:ician|ist)")
_NOT_PROFESSIONS = frozenset(("insist", "resist", "persist", "exist", "consist", "assist", "subsist", "desist"))


def is_role_word(word: str) -> bool:
    """A shipped role noun, or a word written in lower case with a profession's ending ("hydrologist"); a
    capitalised "Lindqvist" is a name.

    >>> is_role_word("spokesman"), is_role_word("hydrologist"), is_role_word("Lindqvist"), is_role_word("insist")
    (True, True, False, False)

    A role with a prefix of rank is one too: "Co-leader", "vice-chair", "Ex-minister".

    >>> is_role_word("Co-leader"), is_role_word("vice-chair"), is_role_word("Jean-Luc")
    (True, True, False)
    """
    prefix, hyphen, rest = word.partition("-")
    if hyphen and prefix.lower() in _RANK_PREFIXES:
        return is_role_word(rest.lower())
    return word.lower() in role_nouns() or (word.islower() and word not in _NOT_PROFESSIONS
                                            and _PROFESSION.fullmatch(word) is not None)


_RANK_PREFIXES = frozenset(("co", "vice", "ex", "deputy", "acting", "assistant", "under", "joint"))


@functools.lru_cache(maxsize=1)
def role_equivalents() -> dict[str, tuple[str, ...]]:
    """Description -> the roles it can stand for, from ``role_equivalents.csv``.

    >>> role_equivalents()["top diplomat"][:2]
    ('foreign minister', 'foreign secretary')
    """
    return {row["description"]: tuple(r.strip() for r in row["roles"].split(";") if r.strip())
            for row in resources.read_table("role_equivalents.csv")}


@functools.lru_cache(maxsize=1)
def affiliation_cues() -> tuple[tuple[str, str], ...]:
    """(cue, affiliation) pairs, longest cue first."""
    rows = resources.read_table("affiliation_cues.csv")
    return tuple(sorted(((r["cue"], r["affiliation"]) for r in rows), key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=1)
def _lower_only() -> frozenset[str]:
    return frozenset(r["cue"] for r in resources.read_table("affiliation_cues.csv")
                     if (r.get("lower_only") or "").strip() == "yes")


@functools.lru_cache(maxsize=65536)
def affiliation_of(role: str) -> str:
    """The affiliation a role text names, or '' when it names none.

    >>> affiliation_of("a Russian Foreign Ministry spokesperson"), affiliation_of("political scientist")
    ('Russia', '')
    >>> affiliation_of("an alliance official"), affiliation_of("Lindmark Taxpayers' Alliance")
    ('NATO', '')
    """
    lowered = f" {role.lower()} "
    for cue, pattern, affiliation in _compiled_affiliation_cues():
        if cue in lowered and pattern.search(lowered) and (cue not in _lower_only() or pattern.search(f" {role} ")):
            return affiliation  # the substring test skips almost every regex
    return ""


@functools.lru_cache(maxsize=1)
def _compiled_affiliation_cues() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((cue, re.compile(rf"(?<![\w.]){re.escape(cue)}(?![\w])"), affiliation)
                 for cue, affiliation in affiliation_cues())


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in (value or "").split(";") if a.strip()]


@functools.lru_cache(maxsize=1)
def shipped() -> tuple[tuple[Actor, tuple[str, ...]], ...]:
    """The shipped collective actors and news media, each with the surfaces that name it."""
    entries = []
    for row in resources.read_table("collective_actors.csv"):
        actor = Actor(row["name"], row["affiliation"], "organization", "government")
        entries.append((actor, (row["name"], *_split_aliases(row["aliases"]))))
    for row in resources.read_table("media_outlets.csv"):
        actor = Actor(row["name"], "media", "media", f"news outlet ({row['country']})")
        entries.append((actor, (row["name"], *_split_aliases(row["aliases"]))))
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Surface (lower case, without a leading "the") -> canonical country name, from ``countries.csv``.

    >>> countries()["the u.s."], countries()["russia"]
    ('United States', 'Russia')
    """
    names = {}
    for row in resources.read_table("countries.csv"):
        for surface in (row["name"], *(a.strip() for a in row["aliases"].split(";") if a.strip())):
            names[surface.lower()] = row["name"]
            names[surface.removeprefix("the ").lower()] = row["name"]
    return names


class ActorsFileError(CorpusError):
    """The actors file cannot be used; the message is one line for the user."""


def load(path: str | Path | None = None) -> list[tuple[Actor, tuple[str, ...]]]:
    """The lexicon: the actors file's rows (when given) first, then the shipped collective actors and media.

    Args:
        path: CSV with columns name (or canonical), aliases (";"-separated), affiliation, role, type.

    >>> lexicon = load()
    >>> [a.name for a, _ in lexicon if "the Kremlin" in _]
    ['Kremlin']
    """
    entries: list[tuple[Actor, tuple[str, ...]]] = []
    if path:
        if not Path(path).is_file():
            raise ActorsFileError(f"actors file not found: {path}")
        try:
            rows = resources.read_table(Path(path).resolve())
        except OSError as exc:
            raise ActorsFileError(f"cannot read actors file {path}: {exc.strerror}") from exc
        for row in rows:
            name = row.get("name") or row.get("canonical") or row.get("canonical_name") or ""
            if not name:
                raise ActorsFileError(f"actors file {path} needs a 'name' column with a value in every row")
            kind = (row.get("type") or "person").lower()
            actor = Actor(name, row.get("affiliation", ""), kind if kind in C.SPEAKER_TYPES else "person",
                          row.get("role", ""))
            entries.append((actor, (name, *_split_aliases(row.get("aliases", "")))))
    listed = {a.name for a, _ in entries}
    entries.extend((a, s) for a, s in shipped() if a.name not in listed)
    return entries


@functools.lru_cache(maxsize=1024)
def _descriptions_of(office: str) -> tuple[str, ...]:
    """The descriptions of two words or more that stand for an office of two words or more: "top diplomat" and
    "chief diplomat" for "foreign minister" (not "leader" for "prime minister": an opposition leader is none).

    >>> _descriptions_of("foreign minister"), _descriptions_of("prime minister"), _descriptions_of("minister")
    (('top diplomat', 'chief diplomat', 'head of diplomacy'), ('head of government',), ())
    """
    if len(office.split()) < 2:
        return ()
    return tuple(d for d, roles in role_equivalents().items() if len(d.split()) >= 2 and office in roles)


# An owner that names the kind of body the holder serves, not a word of the role: "the country's fisheries minister"
# is the "Fisheries Minister" named later, "the company's chief executive" its "chief executive".
_GENERIC_OWNER = re.compile(r"\b(?:country|nation|state|city|government|company|firm|party|club|bank|union|council|"
                            r"province|region|republic|kingdom|island|team|group)['’]s\s+")


# A people's adjective ("Mirrovian", "Kestrian", "Sudanese") and the place a role is of ("President of the Republic
# of Selvar"): a description of one people's office holder is not another country's.
_OFFICE_WORDS = frozenset("state states staff defense defence affairs justice health finance education commerce "
                          "interior labour labor energy transport agriculture foreign home treasury trade culture "
                          "economy environment police army navy board council court house".split())
_DEMONYM = re.compile(r"\b[A-Z][a-z]{2,}(?:ian|an|ese|ish|i)\b")
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Principality)\s+of\s+)?"
                       r"([A-Z][a-z]{3,})")


def resolve_role_phrase(phrase: str, before: list[tuple[int, Actor]],
                        after: list[tuple[int, Actor]] = ()) -> Actor | None:
    """Nearest preceding person whose role contains the phrase's head noun and its modifiers, or one of the
    roles the description stands for (``role_equivalents.csv``: "Russia's top diplomat" is a foreign minister).
    When none precedes, the one person of ``after`` (mentions later in the text) whose role has every word of
    the description, if only one does: a live blog's latest entry comes first ("The returning officer said ..."
    above "according to returning officer Jennifer K. Abbot"), and a lead may describe before it names.

    >>> lavrov = Actor("Sergei Lavrov", "Russia", "person", "Russian Foreign Minister")
    >>> resolve_role_phrase("Russia's top diplomat", [(0, lavrov)]).name
    'Sergei Lavrov'
    >>> abbot = Actor("Jennifer K. Abbot", "", "person", "returning officer")
    >>> resolve_role_phrase("the returning officer", [], [(90, abbot)]).name
    'Jennifer K. Abbot'
    >>> resolve_role_phrase("the minister", [], [(9, Actor("A B", "", "person", "minister")),
    ...                                          (20, Actor("C D", "", "person", "Finance Minister"))]) is None
    True
    """
    affiliation = affiliation_of(phrase)
    former = re.search(r"\bformer\b", phrase, re.IGNORECASE) is not None
    words = [w for w in re.sub(r"['’]s\b", "", _GENERIC_OWNER.sub("", phrase.lower())).split()
             if w not in ("former", "new", "the", "a", "an", "its", "his", "her", "their") and not affiliation_of(w)]
    if not words:
        return None
    proper = {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", phrase)}  # "the head of Brastovan diplomacy"
    equivalents = role_equivalents().get(" ".join(words)) or role_equivalents().get(
        " ".join(w for w in words if w not in proper)) or role_equivalents().get(words[-1], ())
    demonyms = [d for d in _DEMONYM.findall(phrase) if not affiliation_of(d)]  # a people's adjective the shipped
    # countries do not list (an unlisted or invented country's): no word a later role must hold ("Sellish skipper")
    patterns = [re.compile(rf"\b{re.escape(w)}(?![\w-]*['’]s\b)") for w in words]  # not "the board's chair"
    later = [p for w, p in zip(words, patterns, strict=True) if w not in {d.lower() for d in demonyms}] or patterns
    described = _descriptions_of(" ".join(words))  # "the foreign minister" for "Moldova's top diplomat" named before

    def holds(actor: Actor, *, exactly: bool = False) -> bool:
        role = actor.role.lower()
        if actor.actor_type != "person" or (affiliation and actor.affiliation not in (affiliation, "")) or \
                re.search(rf"\b(?:to|under|of|for|with|at|from|by)\s+(?:the\s+)?{re.escape(words[0])}\b", role):
            return False  # "Adviser to the President", "Director ... under the President" is not the president
        if former and not re.search(r"\b(?:former|ex)\b", role):
            return False  # "the former Russian president" is not the sitting "President" named before
        places = [p for p in _OF_PLACE.findall(actor.role) if p.lower() not in _OFFICE_WORDS]  # "the Mirrovian
        # leader" is not the "President of the Republic of Selvar"
        if demonyms and places and not any(p[:4].lower() == d[:4].lower() for p in places for d in demonyms):
            return False
        return all(p.search(role) for p in (later if exactly else patterns)) or \
            (not exactly and any(e in role for e in equivalents)) or \
            any(d in role for d in described)

    def lower_rank(actor: Actor) -> bool:  # "Deputy Foreign Minister X" is not "the foreign minister"
        return any(w in _RANK_PREFIXES and w not in words for w in re.split(r"[\s-]+", actor.role.lower()))

    def other_office(actor: Actor) -> bool:  # nor is a prime minister "the minister", at all
        return words == ["minister"] and re.search(r"\b(?:prime|first|chief)\s+minister\b", actor.role.lower()) \
            is not None

    nearest = [actor for _, actor in sorted(before, key=lambda p: -p[0]) if holds(actor) and not other_office(actor)]
    if words == ["head", "of", "state"] and len({a.name for a in nearest}) > 1:
        nearest = nearest[::-1]  # two presidents met: "the head of state" is the host, named first
    found = next((actor for actor in nearest if not lower_rank(actor)), nearest[0] if nearest else None)
    if found is None and after:  # later, only the role in the description's own words
        later = {actor.name: actor for _, actor in after if holds(actor, exactly=True)}
        found = next(iter(later.values())) if len(later) == 1 else None
    return found or _domain_holder(words, [*sorted(before, key=lambda p: -p[0]), *after])


def _domain_holder(words: list[str], candidates: list[tuple[int, Actor]]) -> Actor | None:
    """The one person whose role names the field of a "<field> chief": "the council's finance chief" is the
    "cabinet member for finance" (named before or after), "the health boss" the "Secretary of State for Health".

    >>> sefton = Actor("Ray Sefton", "", "person", "cabinet member for finance")
    >>> _domain_holder(["council", "finance", "chief"], [(5, sefton)]).name, _domain_holder(["chief"], [(5, sefton)])
    ('Ray Sefton', None)
    """
    if len(words) < 2 or words[-1] not in _FIELD_HEADS or not words[-2].isalpha() or words[-2] in _FIELD_HEADS:
        return None
    field = re.compile(rf"\b{re.escape(words[-2])}\b")
    holders = {a.name: a for _, a in candidates if a.actor_type == "person" and field.search(a.role.lower())}
    return next(iter(holders.values())) if len(holders) == 1 else None


_FIELD_HEADS = frozenset(("chief", "boss", "head", "supremo", "tsar", "czar"))


def introduced_unnamed(text: str, noun: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` last brings in an unnamed holder of a role noun as a subject or source ("A senior
    official said", "One of the diplomats described", "according to a Western diplomat"), or -1. A description
    that takes the noun up later ("the official said") is that holder, not a person named before; an apposition
    ("Anja Kirsch, a former diplomat,") describes the one named and brings in no one.

    >>> text = "Anja Kirsch spoke. A senior official disagreed. Olaf Berg, a former diplomat, agreed."
    >>> introduced_unnamed(text, "official", 0, len(text)), introduced_unnamed(text, "diplomat", 0, len(text))
    (19, -1)
    """
    positions = _introductions(text, noun)
    k = bisect.bisect_left(positions, end) - 1
    return positions[k] if k >= 0 and positions[k] >= start else -1


_ASIDES = ("Meanwhile", "However", "But", "Separately", "Earlier", "Later", "Instead")  # "Meanwhile, a diplomat"
_has_aside = functools.lru_cache(maxsize=2)(lambda text: any(f"{w}, " in text for w in _ASIDES))  # once per text


@functools.lru_cache(maxsize=256)
def _introductions(text: str, noun: str) -> tuple[int, ...]:
    """Where ``introduced_unnamed``'s phrases for ``noun`` start in ``text``, once per text and noun."""
    aside = rf"|\b(?:{'|'.join(_ASIDES)}),\s+(?:an?|one|another)" if _has_aside(text) else ""
    pattern = re.compile(rf"(?:(?:^|(?<=[.!?:;\n”\"—–]\s)|(?<=\n))(?:A|An|One|Another|Two|Three|Several)|"
                         rf"\b(?:said|told|according\s+to)\s+(?:an?|one|another|two|three|several){aside})\s+"
                         rf"(?:of\s+the\s+)?(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}s?\b")
    return tuple(match.start() for match in pattern.finditer(text))


@functools.lru_cache(maxsize=1)
def role_phrase_pattern() -> re.Pattern:
    """'the' + up to two modifiers + a role noun: "the presidential aide", "the U.S. president"."""
    nouns = "|".join(sorted((re.escape(n) for n in role_nouns()), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+((?:[A-Za-z.-]+\s+){{0,2}}?(?:{nouns}))(?![\w-])")


def edit_distance(a: str, b: str, *, limit: int = 2) -> int:
    """Levenshtein distance, stopping early above ``limit``.

    >>> edit_distance("Hegset", "Hegseth"), edit_distance("Zelensky", "Zelenskyy"), edit_distance("Putin", "Rubio")
    (1, 1, 3)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def alias_index(lexicon) -> dict[str, Actor]:
    """Each surface of an actors lexicon (and each listed person's surname) -> its actor; the first one wins."""
    index: dict[str, Actor] = {}
    for actor, surfaces in lexicon:
        for surface in surfaces:
            index.setdefault(surface, actor)
        if actor.surname and len(actor.surname) >= 3:
            index.setdefault(actor.surname, actor)
    return index


_LEXICON_INDEXES: dict[int, tuple] = {}
MISSPELT_KEPT = 100_000  # words remembered per lexicon as misspelt surnames (or not) before the memory starts over


def lexicon_index(lexicon) -> tuple[dict[str, Actor], list[Actor], set[str], dict]:
    """Built once per lexicon (the same object again gives the same tuple): its alias index, its listed persons, the
    first letters of their surnames (a misspelling keeps the first letter) and a memory, empty at first, of the
    words already compared with the surnames."""
    def build(owner) -> tuple:
        persons = [a for a, _ in owner if a.actor_type == "person"]
        return alias_index(owner), persons, {a.surname[0] for a in persons if a.surname}, {}

    cached = _LEXICON_INDEXES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_LEXICON_INDEXES) > 8:
            _LEXICON_INDEXES.clear()
        cached = _LEXICON_INDEXES[id(lexicon)] = (lexicon, build(lexicon))
    if len(cached[1][3]) >= MISSPELT_KEPT:
        cached[1][3].clear()
    return cached[1]


def alias_matches(aliases: Iterable[str], text: str, refused_after_one: re.Pattern) -> Iterator[tuple[int, int, str]]:
    """The matches of ``actors._alias_pattern(aliases)`` in ``text`` (start, end, alias), found with ``str.find``
    instead of a pattern compiled for each text's own names: an alias as a whole word, not after a letter, digit
    or full stop; one of several words not before a letter or "-" and a lower-case letter; one word not before a
    letter or "-", nor where ``refused_after_one`` matches after it. At each position the longest alias of several
    words is tried first, then the longest of one word, as the pattern's alternation does.

    >>> list(alias_matches(["Kesh", "Radomir Kesh"], "Radomir Kesh met Kesh-backed Keshan.", re.compile("(?!)")))
    [(0, 12, 'Radomir Kesh')]
    """
    ordered = sorted(aliases, key=len, reverse=True)
    ordered = [a for a in ordered if " " in a] + [a for a in ordered if " " not in a]
    starts = sorted({at for alias in ordered if alias for at in _occurrences(text, alias)})
    done = 0
    for start in starts:
        if start < done or start and (_word_char(text[start - 1]) or text[start - 1] == "."):
            continue
        for alias in ordered:
            end = start + len(alias)
            if not alias or not text.startswith(alias, start):
                continue
            after = text[end:end + 1]
            if " " in alias:
                refused = _word_char(after) or (after == "-" and "a" <= text[end + 1:end + 2] <= "z")
            else:
                refused = _word_char(after) or after == "-" or refused_after_one.match(text, end) is not None
            if not refused:
                yield start, end, alias
                done = end
                break


def _occurrences(text: str, alias: str) -> Iterator[int]:
    at = text.find(alias)
    while at >= 0:
        yield at
        at = text.find(alias, at + 1)


def _word_char(char: str) -> bool:
    """What ``re``'s ``\\w`` matches in a str pattern: a letter or digit by ``str.isalnum``, or "_"."""
    return bool(char) and (char.isalnum() or char == "_")
