"""Actors: who is mentioned, resolved to a canonical name, with affiliation, type and role, by dictionary look-up
with alias resolution as in rule-based news actor extraction (the Gender Gap Tracker's name merging, Asr et al.
2021; the actor dictionaries of event-data coding such as PETRARCH):

1. Known actors come from an actors file (``name, aliases, affiliation, role, type``), the shipped collective
   actors (``analysis/data/collective_actors.csv``: "the Kremlin", "Washington") and news media
   (``media_outlets.csv``), also by surname alone and by a one-letter misspelling of the surname (two letters
   for long surnames): "Hegset", "Zelenskyy", "Mark Hegseth".
2. Persons missing from the file are discovered when the text marks them: a capitalised name run after a title
   or role ("Political scientist Raphael Ordianyan"), before an apposition with a role ("John Smith, a spokesman
   for ..."; a given name alone needs one: "Sam, a nurse, said") or next to a reporting verb ("said John
   Smith"), with ``known = False`` and their role; later surname mentions resolve to them. Definite role
   nouns ("the defense secretary") resolve to the nearest preceding person whose role contains them.

Known failure modes: "Air Force One said" makes a person; a shared surname goes to the first holder unless the text
names the second as a relative ("his mother, Valentyna Tamko")."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

import pandas as pd

from analysis import _deprecated, name_roles, segment
from analysis import columns as C
from analysis.acronym_bodies import spelled_out
from analysis.actors_lexicon import (  # noqa: F401 - the lexicon's types and readers belong to actors' API
    GENERATIONS,
    GIVEN_NAMES,
    PLACE_WORDS,
    POST_NOMINALS,
    SURNAME_SHAPE,
    Actor,
    ActorsFileError,
    affiliation_cues,
    affiliation_of,
    alias_index,
    alias_matches,
    countries,
    edit_distance,
    introduced_unnamed,
    is_role_word,
    lexicon_index,
    load,
    namesake,
    reporting_lemmas,
    resolve_role_phrase,
    role_equivalents,
    role_nouns,
    role_phrase_pattern,
    shipped,
)
from analysis.name_kinds import media_name
from analysis.name_roles import (
    CLAUSE_GOES_ON,
    HONORIFICS,
    NOT_NAME,
    ROLE_BEFORE_NAME,
    TITLE_ABBREVIATIONS,
    VERB_BEFORE,
    discover_role,
    fuzzy_surname,
    generation,
    introduced_person,
    named_people_of,
    opens_heading,
    past_suffix,
    place_word,
    placed_word,
    unify_discovered,
)
from analysis.organizations import (
    CAMEL_CASE,
    INSTITUTIONS,
    acronyms,
    employed_and_speaks,
    named_bodies,
    organizations,
    reporting_forms,
    title_verb,
    verb_follows,
)

__all__ = ["MENTION_COLUMNS", "Actor", "ActorsFileError", "role_nouns", "affiliation_cues", "affiliation_of",
           "shipped", "countries", "load", "role_equivalents", "edit_distance", "reporting_forms",
           "role_phrase_pattern", "resolve_role_phrase", "introduced_unnamed", "of_text", "find", "unify_discovered"]

MENTION_COLUMNS = (*C.MENTIONS, "role")
# Letters with diacritics count ("Sánchez"); Latin Extended-A, -B and Additional mix cases, taken whole ("Nguyễn").
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ", "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# An initial is one letter, or a transliterated Cyrillic one of two ("Gennady Yu. Shestopalov", "Timur Zh. X").
INITIAL = r"(?:[A-Z]|Yu|Ya|Ye|Yo|Zh|Kh|Ch|Sh|Ts)\."
NAME_TOKEN = (rf"(?:(?:{INITIAL}){{1,3}}(?![{_LOW}])"
              rf"|(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*)")
# Lower-case particles inside a name: "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin Salman".
NAME_PARTICLE = r"(?:von|van|der|den|de|del|della|di|da|du|dos|das|la|le|ter|ten|zu|af|ap|bin|ibn|al|el)"
_JOINED = r"(?:al|el|ad|an|as|ash|at|az|ar|ul|ud)"  # an Arabic article joined to the name: "Ahmed al-Sharaa"
NAME_PARTICLES = frozenset(NAME_PARTICLE[3:-1].split("|"))  # also capitalised: "Osama Bin Javaid"
NAME_ANY = re.compile(rf"(?<![\w.’'-]){NAME_TOKEN}(?:(?: {NAME_PARTICLE})* (?:{_JOINED}-)?{NAME_TOKEN})*"
                      rf"(?:(?![\w’'-])|(?=['’]s\b))")
_IN_BEFORE = re.compile(r"\b[Ii]n +$")  # on the same line: not "... weighs in" closing a heading
CAP_WORD = re.compile(r"\b[A-Z][a-z]{3,}\w*\b")
# "the Federation of", "School of Public Health and": an institution word, then the start of what it is of
_OF_INSTITUTION = re.compile(r"\b([A-Z][a-z]+) (?:of|for|on) (?:the )?(?:(?:[A-Z][\w’'-]* ){1,3}and )?$")
ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\.\s+$")
# Words that end no person's name (nor a plain one: no place; nor a second surname), as sets taken once.
_NOT_SURNAME, _NOT_SECOND_SURNAME = NOT_NAME | INSTITUTIONS, INSTITUTIONS | GIVEN_NAMES | {"-"}
_NOT_PLAIN_NAME, _ROADS = _NOT_SURNAME | PLACE_WORDS, set("street road avenue square boulevard highway plaza games "
                                                          "olympics cup festival awards championships expo".split())
MIDDLE_INITIAL = re.compile(rf"[A-Z][a-z]+ {INITIAL} [A-Z][\w’'-]+")  # "Sunita R. Bhalla": no body is named so

# Nouns that make a one-word alias before them part of another name: "the Paris Climate Accord", "the Moscow Times".
_NAMED_AFTER = re.compile(r"\s+(?:Climate|Accord|Agreement|Treaty|Protocol|Convention|Club|Summit|Declaration|"
                          r"Charter|Format|Olympics|Games|Airport|University|Institute|Times|Post|Marathon|Conference|"
                          r"(?:climate\s+)?(?:deal|accord|agreement|pact|treaty|protocol|talks|summit|targets|goals))\b")


@functools.lru_cache(maxsize=32)
def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern:
    """Any of the aliases as a whole word, not in a compound ("Kremlin-backed") nor, for one word, at the head of
    another name ("the Paris Agreement"); several words may go on with a hyphen and a capital ("Post-ABC")."""
    ordered = sorted(aliases, key=len, reverse=True)
    several, one = ("|".join(re.escape(a) for a in ordered if (" " in a) == many) for many in (True, False))
    alternatives = [f"(?:{several})(?![\\w]|-[a-z])"] if several else []
    alternatives += [f"(?:{one})(?![\\w-])(?!{_NAMED_AFTER.pattern})"] if one else []
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + ")")


# ---------------------------------------------------------------------------------------------- discovery
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?\Z")
OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"  # a title's office before a run:
                              r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&|of(?:\s+the)?)\s+)?)*\Z")  # "Minister of Economy and |X"
# A patronymic in the middle of a name ("Dilfuza Rashidovna Karimbekova", "Sergei Viktorovich Lavrov").
PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovna|evna|ovich|evich|ichna|ovič|ević|qizi|ogli|o[‘’']g[‘’']li)")
def _is_title(word: str) -> bool:
    return (low := word.lower()) in NOT_NAME or low in role_nouns() or (low.endswith("s") and low[:-1] in role_nouns())


def _opens_clause(text: str, start: int) -> bool:
    """A lone surname speaks only where a subject can stand, not after a preposition ("analysts at Barclays said")."""
    before = (raw := text[max(0, start - 30):start]).rstrip()  # not "the Ministry of Trade and Industry said"
    return not before or before[-1] in ".,;:!?”\"’'—–―‒-(" or "\n" in raw[len(before):] or \
        bool(re.search(r"\b(?:said|told|and)$", before)) and not re.search(r"\bof [A-Z][a-z]+ and$", before)


# Verbs no singular name takes ("Jurors were shown"), and verbs whose past is their base form, by which figures
# are given ("Polls put the party at 19%"): after a plural noun they are its present.
_PLURAL_VERBS = frozenset(("are", "were", "have", "do", "put", "set", "cut", "hit", "let", "spread"))


def _next_to_verb(text: str, start: int, end: int) -> bool:
    after = text[past_suffix(text, end):]
    if text[end - 1] == "s" and (verb := re.match(r"\s+(?:now\s+|also\s+|still\s+)?(\w+)", after)) and \
            (verb.group(1) in _PLURAL_VERBS or verb.group(1) in reporting_lemmas()):
        return False  # "Polls show", "Economists estimate", "Polls put the party at 19%": a plural noun, not a
        # surname ("Peskov says")
    return verb_follows(after[:120]) or bool(VERB_BEFORE.search(text[max(0, start - 30):start])
                                              and not CLAUSE_GOES_ON.match(text, end))


def _verb_opens(text: str, start: int, end: int) -> bool:  # a word that opens a clause with a verb: "Peskov said"
    return _next_to_verb(text, start, end) and _opens_clause(text, start) and not opens_heading(text, start)


def _name_spans(text: str, free: Callable[[int, int], bool]) -> Iterable[tuple[int, int, bool]]:
    """Candidate person names: the tail of a capitalised run after its title words, as (start, end, titled).

    A one-word tail ("Trump") is a candidate only after a title in the same run ("President Trump"); it is then
    yielded with ``titled`` True, else False (the caller still accepts it next to a reporting verb).
    """
    for run in NAME_ANY.finditer(text):
        tokens = list(re.finditer(NAME_TOKEN, run.group()))
        if len(tokens) > 1 and tokens[-1].group() in ("Jr", "Sr"):  # the suffix is not the surname
            tokens.pop()
        tail: list[re.Match] = []
        for k in range(len(tokens) - 1, -1, -1):
            token = tokens[k]
            surname = k == len(tokens) - 1 and k > 0 and token.group().lower() not in _NOT_SURNAME \
                and not _is_title(tokens[k - 1].group()) and not affiliation_of(tokens[k - 1].group()) \
                and _is_given(tokens[k - 1].group())  # "Home Secretary" is an office
            # a title closing a run after a given name is a surname: "Charlie King", not "King Charles"
            if _is_title(token.group()) and not surname and not (k == 0 and tail and _is_given(token.group()) and
                                                                 ROLE_BEFORE_NAME.search(text, 0, run.start())):
                break  # "correspondent Dean Reynolds": a title word after a role is a given name
            tail.insert(0, token)
        while tail and affiliation_of(tail[0].group()) and len(tail) > 1:  # "Indonesian Sugiono"
            tail.pop(0)
        tail = tail[:-1] if tail and title_verb(tail[-1].group()) else tail  # "Activist Proclaims": no name
        if all(_is_title(t.group()) or t.group().lower() in NOT_NAME for t in tail):
            continue  # "the Prime Minister told MPs": title words only, no name
        if not tail or any(affiliation_of(t.group()) for t in tail) \
                or affiliation_of(" ".join(t.group() for t in tail)) \
                or " ".join(t.group() for t in tail).lower() in countries():  # "Israel said" is no person
            continue
        office = OFFICE_OF_BEFORE.search(text, max(0, run.start() - 80), run.start()) if len(tail) == len(tokens) \
            else None
        if office and _is_title(office.group(1)):  # "Minister of Economy and Finance Dilfuza Rashidovna
            while len(tail) > 2 and not _is_given(tail[0].group()) and not PATRONYMIC.fullmatch(tail[1].group()) \
                    and not re.fullmatch(INITIAL, tail[1].group()):  # "Sherzod U. Tashpulatov" keeps its given name
                tail.pop(0)  # Karimbekova", "Director of Public Prosecutions Max Hill": the office's words go
            tokens = tail  # first, the name is what stays
        title = tokens[len(tokens) - len(tail) - 1].group().lower().rstrip(".") if len(tail) < len(tokens) else ""
        abbreviated = not title and ABBREVIATION_BEFORE.search(text, max(0, run.start() - 8), run.start())
        title = abbreviated.group(1).lower() if abbreviated else title  # "Mr. Smith", "Sen. Graham"
        titled = title in role_nouns() or title in HONORIFICS or title in TITLE_ABBREVIATIONS
        tail = tail[-3:] if len(tail) >= 3 and (re.fullmatch(INITIAL, tail[-2].group())  # "Lisa O. Monaco"
                                                or tail[-2].group().lower() in NAME_PARTICLES
                                                or PATRONYMIC.fullmatch(tail[-2].group())  # "Arslan Temirovich X"
                                                or ((_is_given(tail[-3].group())  # "Kwame Osei Mensah"
                                                     or len(tokens) == 3 and _plain_names(tail))  # "Tran Thi Mai"
                                                    and tail[-1].group().lower() not in _NOT_PLAIN_NAME)) \
            else tail[-2:]
        of_body = OF_BEFORE.search(text[max(0, run.start() - 12):run.start()])
        if len(tail) >= 2 and re.fullmatch(r"[A-Z]\.", tail[1].group()) and (tail[0].group().lower() in INSTITUTIONS
                                                                           or of_body and tail[0].start() == 0
                                                                           and tail[0].group().lower()
                                                                           not in GIVEN_NAMES):
            tail = tail[1:]  # "Minister of Commerce T. Barov", "Chairman of X Holdings H. Velmar": initials open
        if len(tail) == 1 and (len(tail[0].group()) < 3 - titled or tail[0].group().endswith(".")  # "Mr. Ng"
                               or text.startswith(".", run.start() + tail[0].end())
                               and tail[0].group().lower() in HONORIFICS | TITLE_ABBREVIATIONS):  # "said Prof. X"
            continue
        start, end = run.start() + tail[0].start(), run.start() + tail[-1].end()
        if free(start, end):
            yield start, end, titled


# ---------------------------------------------------------------------------------------------- mentions
def _complete_names(text: str, discovered: dict[str, Actor]) -> None:
    """Give a person discovered by surname alone ("President Trump") the full name the text uses elsewhere, with
    a second surname before a comma ("Ana Quintero Salcedo, 46, ... Quintero said")."""
    for surname, actor in list(discovered.items()):
        if " " in actor.name:
            continue
        double = {a.name: a for a in discovered.values() if surname in a.name.split()[1:-1]}
        if len(double) == 1:  # "Ana Vergara Ruiz runs a bakery ... Vergara said": the first of two surnames
            discovered[surname] = next(iter(double.values()))
            continue
        for first, second in _names_ending_in(text, surname):
            second = "" if _is_title(second) or second.lower() in _NOT_SECOND_SURNAME else " " + second
            if not (_is_title(first) or affiliation_of(first) or {first, f"{first} {surname}"} & discovered.keys()):
                discovered[surname] = Actor(f"{first} {surname}{second}", actor.affiliation, "person", actor.role,
                                            known=False)
                break
    for key, actor in list(discovered.items()):  # "Lin said" after "spokesperson Lin Jian": surname first
        if " " not in actor.name:
            fuller = [a for a in discovered.values() if " " in a.name and a.name.split()[0] == key]
            if len(fuller) == 1:
                discovered[key] = fuller[0]
    for key, actor in list(discovered.items()):  # "Ana Vergara Ruiz" found as "Ana Vergara" and "Vergara Ruiz"
        words = actor.name.split()
        joins = len(words) == 2 and any(o.name == f"{words[1]} {k}" for k, o in discovered.items())  # else no use
        joined = re.search(rf"\b{re.escape(actor.name)} ([A-Z][a-z]+)\b", text) if joins else None
        other = discovered.get(joined.group(1)) if joined else None
        if other is not None and other is not actor and other.name == f"{words[1]} {joined.group(1)}":
            discovered[key] = discovered[joined.group(1)] = Actor(f"{actor.name} {joined.group(1)}",
                                                                  actor.affiliation or other.affiliation, "person",
                                                                  actor.role or other.role, known=False)


_RUN_BEFORE = re.compile(rf"\b((?:{NAME_TOKEN} )+)\Z")  # the capitalised words right before a position
_SECOND_SURNAME = re.compile(r" ([A-Z][a-z]+)(?=,)")  # "Ana Quintero Salcedo, 46": a second surname before a comma


def _names_ending_in(text: str, surname: str) -> Iterable[tuple[str, str]]:
    """(word before, second surname or "-") of each run of capitalised words that ends in ``surname``: "Donald"
    for "Donald Trump", "Ana" and "Salcedo" for "Ana Quintero Salcedo, 46" (surname "Quintero"). The surname is
    found as a plain string first, so the text is scanned once per surname with no pattern of its own."""
    at = text.find(" " + surname)
    while at >= 0:
        end = at + 1 + len(surname)
        second = _SECOND_SURNAME.match(text, end)
        if second or end == len(text) or not (text[end].isalnum() or text[end] in "_-"):
            run = _RUN_BEFORE.search(text, max(0, at - 120), at + 1)
            if run:
                yield run.group(1).split()[-1], second.group(1) if second else "-"
        at = text.find(" " + surname, at + 1)


def _plain_names(tokens: list[re.Match]) -> bool:
    """Whether every word of a run could be part of a person's name: no title, role, body, place or country
    ("Tran Thi Mai", "Sipho Mandla Dube"; not "Ben Tre Province", "Red Cross Society")."""
    return all(not _is_title(t.group()) and not is_role_word(t.group().lower())
               and t.group().lower() not in _NOT_PLAIN_NAME
               and t.group().lower() not in countries() and not affiliation_of(t.group()) and t.group()[1:].islower()
               for t in tokens)


def _is_given(word: str) -> bool:
    """A given name of the list, accents aside ("María" is "maria")."""
    low = word.lower()
    return low in GIVEN_NAMES or unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode() in GIVEN_NAMES


def _given_name(name: str) -> bool:
    """Whether a run of two or three capitalised words reads as a given name and a surname.

    >>> _given_name("Giulia Serra"), _given_name("Grace Road"), _given_name("Supreme Court")
    (True, False, False)
    """
    return name.split()[0].lower() in GIVEN_NAMES and not any(
        w.lower() in _NOT_SURNAME or w.lower() in countries() for w in name.split()[1:])


def _surname_shaped(name: str) -> bool:
    """Whether two or three capitalised words read as a name by their last word's ending alone.

    >>> [_surname_shaped(n) for n in ("Saltanat Yerzhanova", "Aigerim Bekmukhambetova", "Tobi Okonkwo-Reyes")]
    [True, True, True]
    >>> _surname_shaped("Central Asian"), _surname_shaped("Lake Baikal"), _surname_shaped("Crimean Bridge")
    (False, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 3 and SURNAME_SHAPE.fullmatch(words[-1]) is not None and all(
        all(part[1:].islower() for part in w.split("-")) and not _is_title(w) and not is_role_word(w.lower())
        and w.lower() not in _NOT_PLAIN_NAME and w.lower() not in countries()
        and not affiliation_of(w) for w in words)


_WHO_FOLLOWS = re.compile(r",\s+who\s")  # a name that "who" goes on from is a person's, unless a place's
_OBJECT_OF = re.compile(r"\b(?:for|of|in|at|from|to|near|by)\s+$")  # ("the member for Tarrow Bay, who ...")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # "Amberhaven Short-Let Hosts' Network": a longer name goes on


def _discover_persons(text: str, free: Callable[[int, int], bool]) -> tuple[dict[str, Actor], list]:
    """Persons the text marks as such, keyed by surname, and their (start, end, actor) spans."""
    candidates, things = [], name_roles.bodies_named(text)  # "Norhavn, which ...", "a director at Tamar Vale Water"
    agencies = name_roles.dateline_agencies(text)  # "(Tidewater Press) -": a news medium
    for start, end, titled in _name_spans(text, free):
        single = " " not in text[start:end]
        if not titled and placed_word(text, text[start:end]):
            if _verb_opens(text, start, end) and text[start - 1:start] not in "-–—/":  # "Merrow said": a country
                # or a city for its government (not "the Lendria–Ostravia talks")
                candidates.append((start, end, "country"))
            continue
        if single and not titled and (CAMEL_CASE.fullmatch(text[start:end]) or place_word(text, text[start:end]) or (
                text[start:end].lower() not in GIVEN_NAMES and not _verb_opens(text, start, end)) or
                name_roles.common_word(text, start, end)) or name_roles.placed_after_name(text, start, end) or \
                _IN_BEFORE.search(text, max(0, start - 4), start) and not text.startswith(("'s", "’s"), end):
            continue  # refused before its role is sought (that costs more): "Neither answers", "X of Tangier Island",
            # "In Port Kessaly, the head of ..." (a place, not "in Ann Lee's view")
        role = discover_role(text, start, end)
        if role is None and not single and (_given_name(text[start:end]) or MIDDLE_INITIAL.fullmatch(text[start:end])
                                            or _surname_shaped(text[start:end]) and not _CAPITAL_NEXT.match(text, end)
                                            or employed_and_speaks(text, end)
                                            or _WHO_FOLLOWS.match(text, end) and not _OBJECT_OF.search(
                                                text, max(0, start - 8), start)  # "Ada Voss, who said ..."
                                            or introduced_person(text, start, end) and _plain_names(
                                                list(re.finditer(NAME_TOKEN, text[start:end])))):
            role = ""  # "in Giulia Serra's kitchen", "Sunita R. Bhalla has been", "Priya Rao of Acme asked": a person
        given = single and role and text[start:end].lower() in GIVEN_NAMES  # "Sam, a nurse at the clinic, said"
        if single and place_word(text, text[start:end]):
            continue  # "Ostravian" beside "Ostravia": a people's adjective
        if role is None or text[start:end].split()[-1].lower() in _ROADS or (  # "Brindle Street": a place, an event
                single and CAMEL_CASE.fullmatch(text[start:end])) or (  # "PayPal said": a brand
                single and not titled and not given and not _verb_opens(text, start, end)):
            continue
        words, of = text[start:end].lower().split(), _OF_INSTITUTION.search(text, max(0, start - 40), start)
        if (words[-1] in INSTITUTIONS and words[0] not in GIVEN_NAMES) or (of and of.group(1).lower() in INSTITUTIONS) \
                or name_roles.BODY_OR_WORK_BEFORE.search(text, max(0, start - 40), start):  # "director of X"
            continue  # "Human Rights Watch", "the Federation of Small Businesses": an organization's name
        candidates.append((start, end, role))
    discovered: dict[str, Actor] = {}
    spans = []
    for start, end, role in sorted(candidates, key=lambda c: -len(text[c[0]:c[1]].split())):
        suffix, past = generation(text, end)  # "Donald Trump Jr." is not his father: the suffix is in name and key
        name, end = (f"{text[start:end]} {suffix}" if suffix else text[start:end]), past  # full names first, so
        surname = name if name in discovered else " ".join(name.split()[-2 if suffix else -1:])  # "President
        # Trump" joins "Donald Trump"; one person per surname: "Mark Hegseth" is Pete
        similar = fuzzy_surname(surname, [a for a in discovered.values() if " " in a.name and not namesake(
            text, start, role, name, a.name)])  # not "Her brother, Piotr Ostrowski" after "Halina Ostrowska"
        if similar is not None and surname not in discovered:  # "Hegset" after "Pete Hegseth"
            surname = similar.surname
        elif " " in name and getattr(discovered.get(surname), "name", "-").split()[0] != name.split()[0] and \
                namesake(text, start, role, name, getattr(discovered.get(surname), "name", "")):  # "His mother, X"
            surname = name
        longer = next((t for t in things if t.startswith(name + " ")), None) if " " not in name else None
        name = longer or name  # "Fennik" of "Fennik Pay", which a "which" goes on from: the body's whole name
        kind = "person" if surname in discovered or (" " in name and name not in things) or not (
            name in things or named_people_of(text, name)) else "media" if name in agencies else "organization"
        kind = "media" if media_name(name) else kind  # "Continental Wire", "Radio Vesna"
        actor = discovered.setdefault(surname, Actor(name, name, "organization", role, known=False) if role == "country"
                                      else Actor(name, affiliation_of(role), kind, role, known=False))
        if not actor.role and role:
            actor = discovered[surname] = Actor(actor.name, affiliation_of(role), "person", role, known=False)
        spans.append((start, end, actor))
    _complete_names(text, discovered)
    return discovered, spans


def of_text(text: str, lexicon: list[tuple[Actor, tuple[str, ...]]]) -> list[dict]:
    """Mentions of one text as dicts (actor fields, surface, start, end).

    >>> rows = of_text("Kremlin spokesman Dmitry Peskov said so. Peskov added more.", load())
    >>> [(r["actor"], r["surface"], r["known"]) for r in rows]
    [('Kremlin', 'Kremlin', True), ('Dmitry Peskov', 'Dmitry Peskov', False), ('Dmitry Peskov', 'Peskov', False)]
    """
    index, persons, initials, misspelt = lexicon_index(lexicon)
    found: list[tuple[int, int, Actor]] = []
    taken = bytearray(len(text))  # 1 where a mention already covers the character

    def add(start: int, end: int, actor: Actor) -> None:
        found.append((start, end, actor))
        taken[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) < 0

    if index:
        for match in _alias_pattern(tuple(index)).finditer(text):
            if not (index[match.group()].actor_type == "person" and generation(text, match.end())[0]):
                add(match.start(), match.end(), index[match.group()])  # "Donald Trump Jr." is not the listed father
    for match in CAP_WORD.finditer(text):
        word = match.group()
        if word[0] not in initials or not free(match.start(), match.end()) or generation(text, match.end())[0]:
            continue
        # each word is compared with the listed surnames once per process
        actor = misspelt[word] if word in misspelt else misspelt.setdefault(word, fuzzy_surname(word, persons))
        if actor:
            add(match.start(), match.end(), actor)
    for start, end, actor in named_bodies(text, free):  # "Pellham & Strand", "Halvern Container Terminals (HCT)"
        add(start, end, actor)
    discovered, persons_found = _discover_persons(text, free)
    for start, end, actor in persons_found:
        add(start, end, actor)
    for start, end, actor in (*organizations(text, free), *acronyms(text, free)):
        add(start, end, actor)
    found = [(s, e, discovered.get(a.name.split()[-1], a) if not a.known and a.actor_type == "person"
              and discovered.get(a.name) is not a else a)
             for s, e, a in found]
    extra = {key: a for key, a in discovered.items() if len(key) >= 3} | {  # and whole names where they recur
        a.name: a for a in discovered.values() if " " in a.name and a.actor_type == "person"}  # ("Ivo Danek: ...")
    extra = {a.surname: a for a in discovered.values() if len(a.surname) >= 3 and a.name.split()[-1] in GENERATIONS
             } | extra  # "Hale" is "Thomas R. Hale Jr." unless the text names a father Hale
    for start, end, alias in alias_matches(extra, text, _NAMED_AFTER):  # this text's own names: no pattern compiled
        if free(start, end):
            add(start, end, extra[alias])
    people = list(discovered.values())
    initials = {a.surname[0] for a in people if a.surname}
    for match in CAP_WORD.finditer(text) if discovered else ():
        actor = fuzzy_surname(match.group(), people) if match.group()[0] in initials and free(
            match.start(), match.end()) else None
        if actor:
            add(match.start(), match.end(), actor)
    found.sort(key=lambda f: f[0])
    starts = [f[0] for f in found]
    for match in role_phrase_pattern().finditer(text):
        after = bisect.bisect_left(starts, match.end(1))
        named = found[after] if after < len(starts) and found[after][2].actor_type == "person" else None
        if not free(match.start(), match.end()) or named and (not text[match.end(1):named[0]].strip() or text[
                match.end(1):named[0]].strip() == "," and re.match(r"\s*(?:,|\(|of\s)", text[named[1]:])):
            continue  # "the former prime minister Gudrun Ek": a title; "The councillor, Ada Lind of X, voted": hers
        before = found[max(0, bisect.bisect_left(starts, match.start()) - 30):bisect.bisect_left(starts, match.start())]
        since = introduced_unnamed(text, match.group(1).split()[-1].lower(), before[0][0], match.start()) \
            if before else -1  # "A senior official ... the official said": not a person named before
        actor = resolve_role_phrase(match.group(1), [(s, a) for s, _, a in before if s > since])
        if actor:
            found.append((match.start(1), match.end(1), actor))
    found = sorted(spelled_out(found, text), key=lambda f: f[0])
    return [{"actor": a.name, "affiliation": a.affiliation, "actor_type": a.actor_type, "surface": text[s:e],
             "start": s, "end": e, "known": a.known, "role": a.role} for s, e, a in found]


def find(documents: pd.DataFrame, sentences: pd.DataFrame, *, lexicon=None,
         index: segment.SentenceIndex | None = None) -> pd.DataFrame:
    """Mentions of actors in every document.

    Args:
        documents: doc_id, text (the cleaned text).
        sentences: doc_id, sent_id, start.
        lexicon: output of ``load`` (default: shipped collective actors and media only).
        index: the sentences' ``SentenceIndex`` when the caller has built it already.

    Returns:
        mentions: doc_id, sent_id, actor, affiliation, actor_type, surface, start, end, known, role.

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["Political scientist Raphael Ordianyan agrees."]})
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0]})
    >>> find(docs, sents)[["actor", "known", "role"]].values.tolist()
    [['Raphael Ordianyan', False, 'Political scientist']]
    """
    lexicon = load() if lexicon is None else lexicon
    index = segment.SentenceIndex(sentences) if index is None else index
    rows = []  # one frame for the whole chunk: a frame per document costs more than finding its mentions
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        found = of_text(text, lexicon)
        for row, sent_id in zip(found, index.containing(doc_id, [r["start"] for r in found]) if found else (),
                                strict=True):
            row["doc_id"], row["sent_id"] = doc_id, sent_id
        rows.extend(found)
    if not rows:
        return pd.DataFrame(columns=list(MENTION_COLUMNS))
    return unify_discovered(pd.DataFrame(rows, columns=list(MENTION_COLUMNS)))


find_in_text = _deprecated.renamed(of_text, "analysis.actors.find_in_text")
