"""The role a text gives a name it introduces: the title words before it ("Sen.", "Foreign Minister"), an
apposition after it ("X, head of the office,"), or a description set off before it ("The shadow chancellor, X,
said"). ``analysis.actors`` reads these while it discovers the people a text names.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import resources
from analysis.actors_lexicon import (
    GIVEN_NAMES,
    KIN,
    POST_NOMINALS,
    Actor,
    affiliation_of,
    edit_distance,
    is_role_word,
    role_nouns,
)
from analysis.name_kinds import REGIONS, demonym, place_word, placed_word  # noqa: F401 - part of this module's API
from analysis.organizations import reporting_forms, verb_follows

__all__ = ["HONORIFICS", "TITLE_ABBREVIATIONS", "NOT_NAME", "NAMING_HONORIFICS", "FUNCTION_WORDS", "past_suffix",
           "discover_role", "introduced_person", "demonym", "place_word", "placed_word", "REGIONS", "is_title_word",
           "VERB_BEFORE", "CLAUSE_GOES_ON", "fuzzy_surname", "named_people_of", "generation", "unify_discovered",
           "dateline_agencies", "BODY_OR_WORK_BEFORE", "placed_after_name", "opens_heading", "ROLE_BEFORE_NAME"]

NOT_NAME = frozenset(resources.read_word_list("not_name_words.txt"))
HONORIFICS = frozenset(resources.read_word_list("honorifics.txt"))
TITLE_ABBREVIATIONS = frozenset(resources.read_word_list("title_abbreviations.txt"))
# Honorifics that only ever stand before a person's name ("Miss Universe" and "Lord Mayor" are titles).
NAMING_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "dame", "prof"))
# Capitalised at a sentence start but never a title: "But Megan Hester, ..., said" gives her no role "But".
FUNCTION_WORDS = frozenset(resources.read_word_list("stopwords.txt")) | {"according", "with"}


# A role written in lower case right before a name, after which a title word is the given name ("correspondent Dean
# Reynolds", not Dean as an office).
ROLE_BEFORE_NAME = re.compile(r"\b(?:correspondent|reporter|anchor|spokesman|spokeswoman|spokesperson|analyst|"
                              r"economist|lawyer|attorney|coach|manager|director|editor|columnist|professor)\s$")


ROLE_BEFORE = re.compile(r"(?:^|[.;:\n]\s*|\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s)\s+"
                         r"(?:(?!\.\s+[A-Z])[\w .’'-]){0,150}?),\s*$")  # an office of state media's length


SUFFIX = re.compile(r",?[ \u00a0](?:Jr|Sr)\.|,?[ \u00a0](?:II|III|IV)\b|"
                    rf"[ \u00a0](?:{'|'.join(POST_NOMINALS)})\b")  # and post-nominal letters


# The head of a body before its name ("the country director of Halcyon Relief" names a body), and the kind of a
# work before its title ("the fan newsletter Quarry Voices", "the podcast Hard Shoulder"): no person follows.
BODY_OR_WORK_BEFORE = re.compile(
    r"\b(?:director|head|chair|chairman|chairwoman|chief executive|founder|co-founder|secretary-general|"
    r"secretary general|president|vice-president)\s+of\s+(?:the\s+)?$|\b(?:newsletter|magazine|newspaper|"
    r"podcast|blog|website|programme|series|documentary|novel|memoir|album|column|channel)\s+$")


_GENERATION = re.compile(r",?[ \u00a0](Jr|Sr)\.?(?![\w’'-])|,?[ \u00a0](II|III|IV)\b")


def generation(text: str, end: int) -> tuple[str, int]:
    """The generational suffix right after a name ending at ``end``, written the one way ("Jr.", "III"), and where
    it ends; ("", end) when there is none.

    >>> generation("Donald Trump Jr. said", 12), generation("Martin Luther King, Jr.", 18), generation("Trump said", 5)
    (('Jr.', 16), ('Jr.', 23), ('', 5))
    """
    suffix = _GENERATION.match(text, end)
    if suffix is None:
        return "", end
    return (f"{suffix.group(1)}." if suffix.group(1) else suffix.group(2)), suffix.end()


def past_suffix(text: str, end: int) -> int:
    """The end of a name past a generational suffix or post-nominal letters ("Vann R. Newkirk II", "Martin Luther
    King Jr.", "Rupert de Villiers KC")."""
    suffix = SUFFIX.match(text, end)
    return suffix.end() if suffix else end


# A past tense after a name or a role noun is the verb of a clause, not a modifier of the title after it
# ("Karl Danek met Premier Ada Voss"; but "the newly elected Premier", "a retired general").
PAST = re.compile(r"[a-z]+ed|met|told|saw|spoke|gave|took|made|sent|led|won|beat|became|left|brought|thought|sought")


# Words before a verb that opens a clause ("an attack that prompted Judge X"), and participles that are titles.
_CLAUSE_OPENERS = frozenset(("that", "which", "who", "and", "but", "then"))
_TITLE_PARTICIPLES = frozenset((
    "acting", "presiding", "sitting", "outgoing", "incoming", "ruling", "leading", "founding", "visiting", "serving",
    "governing", "reigning", "managing", "retiring", "ranking", "commanding", "consulting", "reporting", "longstanding",
    "returning", "supervising", "investigating", "arresting", "attending", "examining", "coordinating", "organizing",
    "organising", "negotiating", "polling", "counting", "voting"))
# Nouns of a relation to someone else, which a text puts before a name but which are no title of the person's own.
RELATION = frozenset(("rival", "rivals", "challenger", "incumbent", "opponent", "contender"))


_RETIRED = re.compile(r"\s+\((?:[Rr]et(?:d|ired)?\.?|RET\.?)\)(?=\s+$)")


def title_prefix(text: str, start: int) -> str:
    """The title words right before a name: capitalised titles, role nouns and the adjectives before them."""
    before = _RETIRED.sub("", text[max(0, start - 120):start])  # "Lt. Gen. (Ret.) Keith Kellogg": a rank still
    before = re.split(r"[,;:()?!\n—–“”\"«»]|\s-\s", before)[-1]
    words = re.findall(r"[\w.’'-]+", before)
    kept: list[str] = []
    office = _OFFICE_AND.search(before)
    office = office and is_role_word(office.group(1))
    for i in range(len(words) - 1, -1, -1):
        word, low = words[i], words[i].lower()
        if low in RELATION or low in ("like", "unlike", "alongside", "including"):
            break  # "Rival Hillary Clinton", "his Republican opponent X", "like President X": no title of X's
        if (PAST.fullmatch(low) or low.endswith("ing") and low not in _TITLE_PARTICIPLES) and \
                (words[i - 1].lower() in _CLAUSE_OPENERS if i else low.endswith("ing")):
            break  # "an attack that prompted Judge X to quip", "..., prompting Judge X to say": a verb, no title
        if word.endswith(".") and "." not in word[:-1] and len(word) > 2 \
                and low[:-1] not in TITLE_ABBREVIATIONS | HONORIFICS:
            break  # a sentence ends here ("... Black Caucus. Donald Trump"), unlike "Sen." or "O."
        titled = word[:1].isupper() and low not in FUNCTION_WORDS \
            and not (word.isupper() and len(word) > 3 and not affiliation_of(word))  # not a BRUSSELS dateline
        modifier = kept and kept[0].lower() in role_nouns() and word.islower() and low not in NOT_NAME \
            and low not in reporting_forms() and low not in FUNCTION_WORDS \
            and not (PAST.fullmatch(low) and i and (words[i - 1][:1].isupper() or is_role_word(words[i - 1])))
        # "said Secretary of State X": "said" is no part of the title; "The minister met Premier X": nor is "met"
        domain = low in ("and", "&") and office and kept and not any(is_title_word(k) for k in kept)  # "Minister
        # of Economy and Finance": the office's own words, not a second person's title ("Smith and Minister X")
        if is_role_word(word) or titled or modifier or domain or (kept and low in ("of", "for", "on", "the")):
            kept.insert(0, word)
            continue
        break
    while kept and kept[0].lower() in ("of", "for", "on", "the", "and", "&"):
        kept.pop(0)
    at = max((i for i, word in enumerate(kept) if word == "of"), default=-1)
    after = [word for word in kept[at + 1:] if word.lower() != "the"]
    if at > 0 and kept[at - 1].islower() and is_role_word(kept[at - 1]) and after and is_title_word(after[-1]) \
            and all(word[:1].isupper() for word in after):
        return " ".join(after)  # "a deputy leader of Prime Minister Donald Tusk's party": the leader is another
    return " ".join(kept)


# A title's office named in words joined by "and" right before a name: "Minister of Economy and Finance".
_OFFICE_AND = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+"
                         r"(?:[A-Z][\w’'-]*\s+)*(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+)*$")  # "... and Food of X"


# A reporting verb right before a name, perhaps with an abbreviated title between: "said Sen. Lindsey Graham".
VERB_BEFORE = re.compile(r"\b(?:said|says|told|tells|according to|wrote|writes|added|adds|explained|explains)"
                         r"\s*,?\s*(?:[A-Z][a-z]{1,4}\.\s+)?$")
# After "said X", a verb means X opens the reported clause ("Borrell said Europe can't rely ..."), not that X
# is the speaker of an inverted attribution ("..., said Peskov.").
CLAUSE_GOES_ON = re.compile(r"\s+(?:[a-z]+n['’]t|can|could|would|will|is|was|has|had|must|should|may|might|does|did|"
                            r"are|were|needs?|wants?|remains?)\b")
# An office of a place or body, whatever the office's name: "The akim of Temirkol district", "The mayor of X".
_OFFICE_OF = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?!(?:day|week|month|year|morning|evening|night|time|end|"
                        r"start|rest|first|last|next)\b)[a-z][\w-]*\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}")
_CLAUSE_IN_ROLE = re.compile(r"\b(?:he|she|they|we|I|it)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\s+"
                             r"(?=(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s)")
# "X, head of the office,"; not a verb phrase after the name ("X KC, took him through an email sent by a engineer")
APPOSITION = re.compile(r"^,\s+((?:(?:a|an|the)\s+|[A-Z][\w-]*['’]s\s+|(?:[A-Z][\w.&-]*\s+){1,2}[A-Z][\w-]*['’]s\s+"
                        r"(?=[^,.;“”\"]{3,90}?,)(?![^,.;“”\"]*\b(?:is|was|are|were|has|had|have|remains?|remained|"
                        r"stands?|stood|rose|fell|seems?|looks?)\b))?"  # "X, Al Jazeera's manager of ..., urged"
                        r"(?!(?:[a-z]+ed|like|unlike|with|without|alongside|along|together|among|between|during|"
                        r"no\s+relation|not\s+related|"  # "Dennis Sefton, no relation to the finance chief,"
                        r"after|before|despite|took|told|said|made|gave|"
                        r"went|came|met|spoke|wrote|left|held|began|sent|put|set|got|ran|saw|won|lost|paid|rose|fell|"
                        r"became|has|had|is|was|were|are|will|would|can|could)\b)[a-z0-9][^,.;“”\"]{3,90}?)(?=,|\.|;|$)")
# ("X, Moldova's 37-year-old top diplomat, was": a country's office)
# A clause after the name is no apposition: "By X's barrister, Julian Okafor-Wendt, the witness accepted that he
# had ...": a finite verb before "that" or a pronoun, outside a relative clause ("a nurse who said she ...").
_CLAUSE_AFTER_NAME = re.compile(r"^(?:(?!\b(?:who|whom|whose|which|that)\b).)*?\b(?:[a-z]+ed|said|told|says|made|gave|"
                                r"took)\s+(?:that|he|she|they|it|we|his|her|its|their|him|them)\b")


def _role_phrase(lead: str) -> str:
    """The description set off before a name: the shortest one ending at the comma that holds a role noun or
    an office ("The chief executive of Castellane's energy company Enercast,", not "Castellane's ... Enercast,";
    "the RT editor in chief,", not "The New York Times reported at the time that the RT editor in chief,"),
    else the longest, as ROLE_BEFORE finds it."""
    found, at = [], 0
    while (before := ROLE_BEFORE.search(lead, at)) is not None:
        phrase = before.group(1)
        clause = list(_CLAUSE_IN_ROLE.finditer(phrase))  # "her speech she congratulated the party leader, X": the
        inner = re.search(r"(?:\b[Tt]he|[A-Z][\w-]*)\s+$", lead[:before.start(1)])  # "The UK's", "Prime Minister's"
        if clause or not inner or not found:
            found.append(phrase[clause[-1].end():] if clause else phrase)  # object of the clause is the role
        at = before.start(1) + 1
    for phrase in reversed(found):
        head = re.split(r"\s(?:of|for|and|to|in|at|with|from)\s", phrase)[0]  # "the Russian delegation and ..."
        if any(w.lower() in role_nouns() for w in head.split()) or _OFFICE_OF.fullmatch(phrase):
            return phrase
    return found[0] if found else ""


# A title that belongs to the one a longer title serves: "Director of the Institute ... under the |President of X|".
_TITLE_OWNER = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=[.!?]\s)|(?<=\n))([A-Z][\w’'-]*"
                          r"(?:\s+(?:[A-Z][\w’'-]*|of|the|for|and|on|in)){0,14}\s(?:under|to)\s+the)\Z")


# Post-nominal letters that are an office or a calling: "Tobias Quint KC" is a barrister, "Ana Ruiz MP" a member.
_OFFICE_LETTERS = re.compile(r"[ \u00a0](KC|QC|MP|MEP|MSP)\b")


def discover_role(text: str, start: int, end: int) -> str | None:
    """The role the text gives a candidate name, '' when only a reporting verb marks it, None if not a person;
    post-nominal letters of an office ("KC", "MP") when the text gives no other."""
    role = _discover_role(text, start, end)
    letters = _OFFICE_LETTERS.match(text, end) if role is None or all(
        w.lower().rstrip(".") in HONORIFICS for w in role.split()) else None
    if letters:
        return letters.group(1)
    given = role is None and text[start:end].split()[0].lower() in GIVEN_NAMES and " " in text[start:end]
    if role == "" or given:  # "managed by Dmitri Aulen", "Ada Voss, who founded the firm,": the manager, the founder
        done = _DONE_BY.search(text, max(0, start - 40), start) or _WHO_DOES.match(text, end)
        return _DOERS[done.group(1).lower()[:5]] if done else role
    return role


# What one does, said of a name: the role noun a later description may use ("the manager", "the founder").
_DOERS = {"manag": "manager", "coach": "coach", "owned": "owner", "owns ": "owner", "found": "founder",
          "co-fo": "co-founder", "chair": "chair", "edite": "editor", "edits": "editor", "direc": "director",
          "capta": "captain", "gover": "governor"}
_DONE_BY = re.compile(r"\b(managed|coached|owned|founded|co-founded|chaired|edited|directed|captained|governed)\s+"
                      r"by\s+$", re.IGNORECASE)
_WHO_DOES = re.compile(r",\s+who\s+(?:(?:has|had|now|also|still|once|later)\s+)*(manages|managed|coaches|coached|"
                       r"owns|owned|founded|co-founded|chairs|chaired|edits|edited|directs|directed|captains|"
                       r"captained|governs|governed)\b")


_COURT_SIDE = re.compile(r"\b[Ff]or\s+the\s+(defen[cs]e|prosecution),\s+$")


def _discover_role(text: str, start: int, end: int) -> str | None:
    prefix = title_prefix(text, start)
    at = len(text[:max(0, text.rfind(prefix, 0, start))].rstrip()) if prefix else 0
    owner = _TITLE_OWNER.search(text, max(0, at - 160), at) if prefix else None
    prefix = f"{owner.group(1)} {prefix}" if prefix and owner else prefix  # "Director of X under the |President|"
    courtesy = all(w.lower().rstrip(".") in HONORIFICS for w in prefix.split())  # "Mr", "Cllr", "Dr" or none
    if prefix and not courtesy and any(is_title_word(w) for w in prefix.split()):
        return prefix
    end = past_suffix(text, end)
    lead = text[max(0, start - 170):start]
    lead = lead[:len(lead) - len(prefix) - 1] if prefix and lead.endswith(prefix + " ") else lead
    phrase = _role_phrase(lead)  # "The shadow chancellor, Mel Stride, said"; "The mayor, Cllr X, who"
    if phrase and (any(w.lower() in role_nouns() for w in phrase.split()) or _OFFICE_OF.fullmatch(phrase)
                   or KIN.fullmatch(phrase.split()[-1])) and \
            re.match(r"^(?:\s+from\s+[A-Z][\w-]*)?\s*(?:,|\.(?:\s|$))", text[end:end + 40]):  # or the sentence ends
        return f"{phrase}, {prefix}" if prefix and not courtesy else phrase  # "The first caller, Maureen from X,";
        # "The akim of Temirkol district, Marat Seitov,"; not an honorific ("Its commissioner, Dr. X,")
    if phrase and phrase.split()[-1].lower() in ("counterpart", "counterparts") and text.startswith(",", end):
        return ""  # "his Russian counterpart, Vladimir Putin,": a person, who holds the office of another
    if prefix and any(is_title_word(w) for w in prefix.split()):
        return prefix
    apposition = APPOSITION.match(text[end:end + 120])
    if apposition and any(is_role_word(w.strip(",")) for w in apposition.group(1).split()) and \
            not _CLAUSE_AFTER_NAME.match(apposition.group(1)):
        return apposition.group(1)
    side = _COURT_SIDE.search(text, max(0, start - 30), start)  # "For the defence, X argued": defence counsel
    if side:
        return "prosecutor" if side.group(1).lower() == "prosecution" else "defence lawyer"
    if verb_follows(text[end:end + 120]):
        return prefix
    if VERB_BEFORE.search(text[max(0, start - 30):start]) and not CLAUSE_GOES_ON.match(text, end):
        return prefix
    if prefix and prefix.split()[-1].lower().rstrip(".") in NAMING_HONORIFICS:
        return prefix  # "Mr. Smith met voters": an honorific before a name makes a person, whatever follows
    return None


def named_people_of(text: str, word: str) -> bool:
    """Whether a capitalised word is a place whose people's adjective the text uses ("Ostravia" beside
    "Ostravian", "Velmora" beside "Velmoran"): no person, whatever verb follows it.

    >>> named_people_of("Ostravia said no. Ostravian troops left.", "Ostravia"), named_people_of("Ada said no.", "Ada")
    (True, False)
    """
    stem = re.escape(word[:-1] if word.endswith("a") else word)
    return re.search(rf"\b(?:{re.escape(word)}n|{stem}i?an)\b", text) is not None


def is_title_word(word: str) -> bool:
    """A role noun or an abbreviated title ("Sen.", "Gen.", "Rep.")."""
    low = word.lower()
    return is_role_word(word) or (low.endswith(".") and low.rstrip(".") in TITLE_ABBREVIATIONS)


# A place after a person's name: "Mayor James Eskridge of Tangier Island, Virginia, said" names his town and its
# state, not two more people ("the mayor of Kyiv, Klitschko, said" names him: a title, not a name, before "of").
_NAME_OF = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:of|from)\s+\Z")
_NAME_OF_PLACE = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:of|from)\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+,\s+\Z")


def placed_after_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run at start..end is the place or body of the name before it: "X of Tangier
    Island", or the state after it, "X of Tangier Island, Virginia,".

    >>> text = "Mayor James Eskridge of Tangier Island, Virginia, said so."
    >>> placed_after_name(text, 24, 38), placed_after_name(text, 40, 48), placed_after_name(text, 6, 20)
    (True, True, False)
    """
    before = _NAME_OF.search(text, max(0, start - 40), start)
    if before is None and text.startswith(",", end) and " " not in text[start:end]:
        before = _NAME_OF_PLACE.search(text, max(0, start - 80), start)
    return before is not None and not is_title_word(before.group(1)) and before.group(1).lower() not in NOT_NAME


# A sentence that opens with a name and a finite verb ("Alun Petrie sees it differently."), and a "he" or "she"
# that is a subject later in its paragraph: the text has brought in a person, whatever the given name.
_FINITE_AFTER = re.compile(r"\s+(?:(?:also|now|still|then|later|\w+ly)\s+)?(?:[a-z]{2,}(?:s|ed)|has|had|is|was|"
                           r"sees|saw|says|said|thinks|thought|knows|knew|feels|felt|runs|ran|took|gave|came|went)\b")
# Where a sentence's subject starts: right after its end, or after a lead-in of place or time ("At his shop in
# Brackwater, Rajesh Kanwar was ...").
_OPENS_SENTENCE = re.compile(r"(?:[.!?][”\"’']?\s|\n)\s*(?:(?:In|At|On|Outside|Inside|Back|After|Before|During|Since|"
                             r"From|Like)\s[^,;:“”\"\n.!?]{1,80},\s+)?$")
_PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?,;:”\"]\s+|\s)([Hh]e|[Ss]he)\s+"
                              r"(?:(?:also|now|still|then|\w+ly|has|had|is|was)\s+)*(?:[a-z]{2,}(?:s|ed)|said|told|"
                              r"wrote|spoke|thought|knew|felt|saw|took|gave|came|went|made|ran|led|won|lost|left)\b")


# A possessive and a word of kinship or company right before a name: "Her friend", "his late wife,".
_RELATION_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:(?:late|former|best|old|elder|"
                              rf"younger|eldest|youngest|new)\s+)?(?:{KIN.pattern[5:-3]}|friend|neighbou?r|"
                              rf"colleague|classmate|teammate|flatmate|housemate|girlfriend|boyfriend)s?,?\s+\Z")


def introduced_person(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` opens its sentence (perhaps after a lead-in of place or time) before a
    finite verb, and "he" or "she" is the subject of a clause later in the same paragraph (within 400 characters).

    >>> introduced_person("Alun Petrie sees it differently. Last winter he discovered ...", 0, 11)
    True
    >>> introduced_person("Alun Petrie sees it differently. The ban came in.", 0, 11)
    False

    So is a run that a possessive and a word of kinship or company introduce: "Her friend Nia Pellow, a year
    younger, was not so sure", "his neighbour, Colette Vance,".

    >>> introduced_person("Her friend Nia Pellow was not so sure.", 11, 21)
    True
    """
    if _RELATION_BEFORE.search(text, max(0, start - 40), start):
        return True
    if start and not _OPENS_SENTENCE.search("\n" + text[max(0, start - 100):start] if start <= 100 else
                                            text[start - 100:start]):
        return False
    if not _FINITE_AFTER.match(text, end):
        return False
    stop = text.find("\n", end)
    return _PRONOUN_SUBJECT.search(text, end, min(end + 400, stop if stop >= 0 else len(text))) is not None


def fuzzy_surname(word: str, persons: list[Actor]) -> Actor | None:
    """The person whose surname ``word`` misspells by a letter (two for long surnames): "Hegset", "Zelenskyy"."""
    if len(word) < 5 or word.lower() in NOT_NAME:
        return None
    for actor in persons:
        surname = actor.surname
        if len(surname) >= 5 and surname[0] == word[0] and abs(len(surname) - len(word)) <= (limit := 2 if len(
                surname) >= 8 else 1) and edit_distance(word, surname, limit=limit) <= limit:
            return actor
    return None


# Last words of company names that are surnames too ("Thames Water", "Tata Steel", "Network Rail"): such a name is
# a body's only when its first word is no given name, or the text names it as someone's employer.
TRADE_SURNAMES = frozenset(("water", "power", "steel", "rail", "mail", "electric", "air", "health", "motor"))
_WHICH_FOLLOWS = re.compile(r"\b([A-Z][\w’'-]+),\s+which\s")  # "Norhavn, which sets its own quota": a body
_NAME_RUN = r"([A-Z][\w&’'-]+(?:\s+[A-Z][\w&’'-]+){0,5})"
# "a former director at Tamar Vale Water", "an engineer with Northline Power": an employer, no person
_EMPLOYER = re.compile(r"\b([a-z][a-z-]+)s?\s+(?:at|with)\s+(?:the\s+)?" + _NAME_RUN + r"(?![\w’'-])")
_TRADE_NAME = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}?\s+(?:" + "|".join(
    w.capitalize() for w in sorted(TRADE_SURNAMES)) + r"))(?![\w’'-])")


def bodies_named(text: str) -> set[str]:
    """Capitalised names the text marks as a body's, not a person's: one that "which" goes on from ("Norhavn, which
    sets its own quota"), an employer after a role noun and "at" or "with" ("a director at Tamar Vale Water"), and a
    name ending in a trade word that opens with no given name ("Northline Power", not "Ellen Power").

    >>> sorted(bodies_named("A director at Tamar Vale Water said Northline Power cut 40 jobs, as Ellen Power did."))
    ['Northline Power', 'Tamar Vale Water']
    """
    bodies = set()
    for which in {m.group(1) for m in _WHICH_FOLLOWS.finditer(text)}:  # "Fennik, which", "Fennik Pay": a body's
        longer = re.search(rf"\b{re.escape(which)}\s+[A-Z][\w’'-]+", text)  # longer name goes on
        bodies.add(longer.group() if longer else which)
    bodies |= {m.group(2) for m in _EMPLOYER.finditer(text) if m.group(1) in role_nouns()}
    bodies |= {m.group(1) or m.group(2) for m in _CALLED_BODY.finditer(text)}  # "a group calling itself X"
    for match in _TRADE_NAME.finditer(text):
        words = match.group(1).split()
        while len(words) > 2 and words[0].lower() in FUNCTION_WORDS:  # "But Northline Power said"
            words.pop(0)
        if words[0].lower() not in GIVEN_NAMES and words[0].lower() not in FUNCTION_WORDS:
            bodies.add(" ".join(words))
    bodies |= {m.group(1) for m in _THE_NAME.finditer(text) if m.group(1).split()[0].lower() not in GIVEN_NAMES}
    bodies |= {m.group(1) for m in _TAKEN_UP_AS_BODY.finditer(text) if m.group(1).split()[0].lower() not in GIVEN_NAMES}
    return bodies | dateline_agencies(text)


def dateline_agencies(text: str) -> set[str]:
    """The agency a dateline names ("PORT KESSALY, Oct 14 (Continental Wire) — ..."): a news medium.
    >>> dateline_agencies("ARNSBY, 9 April (Tidewater Press) - The government asked ...")
    {'Tidewater Press'}
    """
    return {m.group(1) for m in _DATELINE_AGENCY.finditer(text, 0, 600)}


# The agency in a dateline: "PORT KESSALY, Oct 14 (Continental Wire) — A rocket ...".
_DATELINE_AGENCY = re.compile(r"\(([A-Z][\w&’'-]+(?: [A-Z][\w&’'-]+){0,3})\)\s*[-–—]")


# A body named by what it calls itself or by the maker's or owner's place it holds: "a group calling itself Black
# Heron", "Its manufacturer, Helvion Agro, says".
_CALLED_BODY = re.compile(r"\b(?:group|gang|collective|network|organi[sz]ation|movement|outfit)\s+(?:calling\s+itself|"
                          r"known\s+as|called|named)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})|\b[Ii]ts\s+(?:parent\s+"
                          r"company|manufacturer|maker|owner|operator|supplier|developer|producer|insurer|publisher|"
                          r"distributor|contractor),\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),")
# A name opening a sentence that the next sentence takes up as a body: "Greenpeace said ... The group called it",
# "Helvion Agro rejected the findings. In a statement, the company said".
_TAKEN_UP_AS_BODY = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+[a-z][^.!?\n]{0,200}"
                               r"[.!?][”\"’']?\s+(?:(?:In|On|At|With|Through)\s+[^,.!?]{1,40},\s+)?[Tt]he\s+(?:group|company|firm|charity|organi[sz]ation|campaign|network|"
                               r"movement|website|outlet|fact-checker|association|coalition|alliance|union)\s",
                               re.MULTILINE)


# A name after "and the", "of the", "for the": a body's or a place's ("the Center for Health and the Global
# Environment", "the people of the Orlen Valley"), not a person's.
_THE_NAME = re.compile(r"\b(?:and|of|for)\s+the\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,3})\b")


def opens_heading(text: str, start: int) -> bool:
    """A word that opens a line without a sentence's closing mark: a heading ("01:52 – Result declared: Bhalla
    wins", "Turnout confirmed"), where a capitalised noun before a verb is no surname."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", "”", "\"", "’", "'")) and not re.search(r"[a-z]", text[line_start:start])


# Words that open a sentence before a verb and are no name: "Neither answers the question", "Yet ask ten diplomats".
_OPENING_WORDS = frozenset(("neither", "either", "yet", "both", "each", "every", "honest", "frankly", "keeps", "still"))


def common_word(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word alone is a common word that opens its sentence, not a surname: the text writes it
    in lower case too ("Fighting continued ... the fighting"), or it is a word that opens clauses ("Neither
    answers ..."), and no longer name in the text ends with it ("Ian Fleming" makes "Fleming" a name).

    >>> text = "Fighting continued as the talks went on. The fighting was heavy."
    >>> common_word(text, 0, 8), common_word("Ian Fleming spoke. Fleming said so.", 19, 26)
    (True, False)
    """
    word = text[start:end]
    low = word.lower()
    if re.search(rf"[A-Z][\w’'-]*\s+{re.escape(word)}\b", text) or low in GIVEN_NAMES:
        return False
    return low in FUNCTION_WORDS or low in _OPENING_WORDS or \
        re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", text) is not None


def unify_discovered(mentions: pd.DataFrame) -> pd.DataFrame:
    """One name per discovered person across documents: spelling variants of the same name ("Volodymyr
    Zelenskyy", "Volodymyr Zelensky") take the most frequent variant.

    >>> m = pd.DataFrame({"actor": ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelensky"],
    ...                   "actor_type": ["person"] * 3, "known": [False] * 3})
    >>> unify_discovered(m)["actor"].tolist()
    ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky']
    """
    mask = (mentions["actor_type"] == "person") & ~mentions["known"].astype(bool)
    counts = mentions.loc[mask, "actor"].value_counts()
    names = sorted(counts.index, key=lambda n: (-counts[n], n))
    canonical: dict[str, str] = {}
    for name in names:  # most frequent first: each later variant maps to the first similar name
        parts = name.split()
        for head in names[:names.index(name)]:
            other = head.split()
            if len(parts) > 1 and len(other) > 1 and parts[0][0] == other[0][0] and len(parts[-1]) >= 5 \
                    and edit_distance(parts[-1], other[-1]) <= (2 if len(other[-1]) >= 8 else 1):
                canonical[name] = canonical.get(head, head)
                break
    if not canonical:
        return mentions
    return mentions.assign(actor=mentions["actor"].where(~mask, mentions["actor"].replace(canonical)))
