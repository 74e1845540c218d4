"""Organizations a text names that no actors file lists, and what places a name next to speech.

A capitalised run ending in an institution word that speaks or opens its sentence ("the National Highway
Traffic Safety Administration said", "The Kestrian Hospitality Council, which represents hotels, disagrees"), an
acronym that speaks ("the NAACP warned"), a name with its initials in brackets ("Halvern Container Terminals
(HCT)", also written as a word: "(Ocha)"), a name joined by an ampersand ("Pellham & Strand") and a name set off
by a description of a body ("Brookvale Homes, the housing association building the homes, said") are
organizations. ``analysis.actors`` adds them to its mentions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from analysis import resources
from analysis.actors_lexicon import (
    POST_NOMINALS,
    STATE_STYLE_HEADS,
    STATE_STYLE_MODIFIERS,
    Actor,
    affiliation_of,
    countries,
    role_nouns,
)
from analysis.alternation import literal_trie

__all__ = ["INSTITUTIONS", "BODY_NOUNS", "reporting_forms", "verb_follows", "organizations", "acronyms",
           "employed_and_speaks", "named_bodies", "initials", "issued_text"]

INSTITUTIONS = frozenset(resources.read_word_list("institution_words.txt"))

_ADVERBS = (r"(?:(?:has|had|have|also|previously|repeatedly|again|then|later|earlier|once|on \w+|\w+ly|is|are|was|were|"
            r"will|would|could|did|does|not|still|now) )*")

# ", 74, a ...," (an age first); a number's thousands separator does not end the apposition ("about 6,200 dockers")
REPORTING_NEAR = (re.compile(rf"^\s*(?:,\s*\d{{1,3}})?,(?:[^,]|(?<=\d),(?=\d)){{0,150}},\s*{_ADVERBS}(\w+)"),
                  re.compile(rf"^\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*{_ADVERBS}(\w+)"),
                  re.compile(rf"^\s*,\s*(?:(?:an?|the)\s+[^,;:“”\"]{{1,60}}?\s+)?(?:that|which)\s+{_ADVERBS}(\w+)"))
# (", which said", ", a network that fears")


def verb_follows(after: str) -> bool:
    """A reporting verb right after a name, perhaps past an apposition or adverbs ("Lavrov, in Minsk, said")."""
    return any((m := p.match(after)) and m.group(1).lower() in reporting_forms()
               and not (CATENATIVE_USE.match(after, m.end()) and m.group(1).lower() not in TAKES_TO)
               for p in REPORTING_NEAR)


# A verb chained to an infinitive ("Fires continued to rage", "Prices agreed to ...") is no reporting verb here;
# "said to reporters" and "spoke to the BBC" are.
CATENATIVE_USE = re.compile(r"\s+to\s+[a-z]")

TAKES_TO = frozenset("said says spoke speaks told wrote writes explained explains added adds replied replies "
                     "responded responds".split())


@functools.lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """Every surface form of the shipped reporting verbs (single words only).

    >>> {"said", "stressed", "emphasising"} <= reporting_forms()
    True
    """
    forms = set()
    for row in resources.read_table("reporting_verbs.csv"):
        if ";" in row["forms"]:
            continue  # "made it clear": "made" alone reports nothing
        words = row["forms"].split()
        forms.update(words[::2] if " " in row["lemma"] else words)  # "spoke of": the verb, not its particle
    return frozenset(forms)


def title_verb(word: str) -> bool:
    """Whether a capitalised word is a reporting verb's third person, as a title-case headline writes it ("Says",
    "Warns", "Proclaims"): the end of no name."""
    return word.endswith("s") and word.lower() in reporting_forms()


# A capitalised run ending in an institution word. Words are joined by one space (never a line break) and
# end in a full stop only as initialisms ("U.S.", "U.N."), so a run cannot reach back over a sentence end.
# A state in its formal style may close the name: "the Ministry of Foreign Affairs of the Republic of Dravonia".
_STATE_STYLE = (rf"(?:the )?(?:(?:{'|'.join(STATE_STYLE_MODIFIERS)}) )*(?:{'|'.join(STATE_STYLE_HEADS)}) "
                r"of [A-Z][\w’'-]*")
_DATE_WORD = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
              r"September|October|November|December)\b")
ORG_RUN = re.compile(r"(?<![\w.’'-])(?:(?:[A-Z]\.){2,} |[A-Z][\w&’'-]*(?<!\.) (?:and (?=[A-Z]))?){0,6}(?:"
    + literal_trie(sorted(w.capitalize() for w in INSTITUTIONS)) + r")(?![\w-])"
    r"(?: (?:of|for|on(?! " + _DATE_WORD + r")) (?:" + _STATE_STYLE +  # "Office for the Coordination of Humanitarian
    # Affairs", not "the European Union on Monday"
    r"|(?:the )?(?:[A-Z][\w&’'-]*(?<!\.)(?: (?:and )?[A-Z][\w&’'-]*(?<!\.)){0,3}))){0,2}"
    r"(?: of " + _STATE_STYLE + r")?(?![\w-])(?![’'](?!s\b))")  # "the Council's plan" too
org_runs = functools.lru_cache(maxsize=2)(lambda text: tuple(ORG_RUN.finditer(text)))  # of a text, read twice

_DEFINITE_HEAD = re.compile(r"\b[Tt]he ([a-z]+)\b")
# A body's name opening a sentence is its subject ("The Kestrian Hospitality Council, which ..., disagrees"), unless a
# title of a person goes on from it ("European Commission President Ursula von der Leyen").
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)(?:The )?$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def organizations(text: str, free: Callable[[int, int], bool]) -> Iterable[tuple[int, int, Actor]]:
    """Organizations missing from the lexicon that speak: a capitalised name ending in an institution word
    ("the National Highway Traffic Safety Administration said", "according to the Foreign Ministry"), that opens
    its sentence (a body as a subject, whatever its verb), or that the text takes up by its institution word ("the
    Westmere Lighthouse Board ... The board said")."""
    referred = {w.lower() for w in _DEFINITE_HEAD.findall(text)} & INSTITUTIONS
    for match in org_runs(text):
        start, end = match.span()
        inner = text.rfind(" The ", start, end)  # "Washington, D.C. The Justice Department": a new sentence
        start = inner + 1 if inner >= 0 else start
        if text[start:start + 4] == "The ":
            start += 4
        if text[end - 2:end] in ("'s", "’s"):  # "The Intergovernmental Panel on Climate Change's report"
            end -= 2
        if end - start < 4 or not free(start, end) or len(text[start:end].split()) < 2:
            continue
        cited = re.search(r"[Aa]ccording to (?:the\s+)?$", text[max(0, start - 20):start])
        if verb_follows(text[end:end + 120]) or cited or _POSITION_FOLLOWS.match(text, end) or \
                issued_text().match(text, end) or \
                _SENTENCE_OPENS.search(text, max(0, start - 6), start) and not _CAPITAL_AFTER.match(text, end) or \
                text[start - 4:start] in ("the ", "The ") and text[start:end].split()[-1].lower() in referred or \
                re.search(r"\bby\s+(?:the\s+)?$", text[max(0, start - 12):start]) and \
                _authored_by().search(text, max(0, start - 160), start):
            name = text[start:end]
            yield start, end, Actor(name, affiliation_of(name), "organization", "organization", known=False)


# A newspaper's name: capitalised words ending in a masthead word ("the Tampa Bay Times", "the Kestria Herald").
NEWSPAPER = re.compile(r"(?<![\w.’'-])(?:[A-Z][\w&’'-]*(?<!\.) ){1,4}(?:Times|Post|Herald|Journal|Tribune|Gazette|"
                       r"Telegraph|Chronicle|Examiner|Inquirer|Courier|Observer|Dispatch|Bulletin|Globe|Register|Record|"
                       r"Free Press|Star-Tribune|Star Tribune)(?![\w-])(?![’'](?!s\b))")


@functools.lru_cache(maxsize=1)
def _document_nouns() -> str:
    nouns = [row["word"] for row in resources.read_table("quote_words.csv") if row["list"] == "document_noun"]
    return "|".join(map(re.escape, nouns))


@functools.lru_cache(maxsize=1)
def issued_text() -> re.Pattern:
    """What follows the name of who issues a text, who speaks through it: "(the Security Council) issued a statement
    calling ...", "(The Kremlin) released a statement that said"."""
    return re.compile(rf"\s+{_ADVERBS}(?:issued|issues|released|releases|published|publishes|put\s+out|puts\s+out)\s+"
                      rf"(?:an?|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_document_nouns()})\b")


@functools.lru_cache(maxsize=1)
def _authored_by() -> re.Pattern:
    """A document's author after "by": "The report, produced for the city by Larchmont Advisory"; the report may
    speak later ("The report calls it ...") and its author is who speaks."""
    return re.compile(rf"\b(?:{_document_nouns()}|{FINDINGS})s?\b[^.;!?“”\"]{{0,100}}?\bby\s+(?:the\s+)?$",
                      re.IGNORECASE)


# Nouns for the results of a body's own work, which report what it found ("the agency's data show").
FINDINGS = r"(?:analys[ie]s|data|research|findings|figures|estimates?|assessment|projections?|modell?ing|forecast)"


@functools.lru_cache(maxsize=1)
def owned_text() -> re.Pattern:
    """A text its owner's name stands before, ahead of the text's verb: "the EPA's own analysis (shows)"."""
    return re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_document_nouns()}|{FINDINGS})s?(?=\s)")


def _speaks(text: str, start: int, end: int) -> bool:
    """A body's name next to speech: its verb follows ("AROS said"), or the verb of a text it owns ("NOAA's new
    data show"), or it is the source "according to" or the "by" of a document names ("an analysis by BP")."""
    after = text[end:end + 120]
    owned = owned_text().match(after)
    if verb_follows(after) or owned and verb_follows(after[owned.end():]):
        return True
    if re.match(r"\s+[A-Z]", after):  # "according to NYPD Commissioner James O'Neill": a title of the person
        return False
    return bool(re.search(r"[Aa]ccording to (?:the\s+)?$", text[max(0, start - 20):start])
                or re.search(r"\bby\s+(?:the\s+)?$", text[max(0, start - 12):start])
                and _authored_by().search(text, max(0, start - 160), start))


# A body that takes a position names itself as its holder: "The National Union of Teachers backs the change".
_POSITION_FOLLOWS = re.compile(r",?\s+(?:(?:has|have|had|also|now|still|strongly|firmly|long|been)\s+)*"
                               r"(?:(?:back|support|oppos|endors|favou?r|reject|welcom|condemn)(?:s|es|e|ed|d)?\b|"
                               r"(?:lobb(?:y|ies|ied|ying)|"
                               r"campaign(?:s|ed|ing)?|push(?:es|ed|ing)?|fight(?:s|ing)?|fought)\s+(?:for|against)\b)")


ACRONYM = re.compile(r"(?<![\w.’'-])[A-Z]{2,6}(?!(?!['’]s\b)[\w’'-])")  # "NAACP", "the EPA's own analysis"
# A brand written as one word with a capital inside ("StarVision", "PayPal"), not a surname with a particle
# ("McDonald", "DeSantis", "MacLennan", "LaGuardia", "DiCaprio", "VanDyke", "O'Brien").
CAMEL_CASE = re.compile(r"(?<![\w.’'-])(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*"
                        r"(?![\w’'-])")


@functools.lru_cache(maxsize=1)
def _word_acronyms() -> re.Pattern:
    words = resources.read_word_list("word_acronyms.txt")
    return re.compile(r"(?<![\w.’'-])(?:" + "|".join(words) + r")(?![\w’'-])")


def acronyms(text: str, free: Callable[[int, int], bool]) -> Iterable[tuple[int, int, Actor]]:
    """Bodies named by an acronym or a one-word brand that speaks ("AROS said", "the NAACP warned", "StarVision
    insisted"): organizations."""
    for match in CAMEL_CASE.finditer(text):
        if free(*match.span()) and _speaks(text, *match.span()):
            yield match.start(), match.end(), Actor(match.group(), "", "organization", "organization", known=False)
    for match in _word_acronyms().finditer(text):  # "Nato said": NATO
        if free(*match.span()) and _speaks(text, *match.span()):
            yield match.start(), match.end(), Actor(match.group().upper(), "", "organization", "organization",
                                                    known=False)
    for match in _DOTTED.finditer(text):  # "the U.N. estimates": the UN; "the U.S." is a country
        name = match.group().replace(".", "")
        if free(*match.span()) and name.lower() not in countries() and match.group().lower() not in countries() \
                and _speaks(text, *match.span()):
            yield match.start(), match.end(), Actor(name, "", "organization", "organization", known=False)
    for match in ACRONYM.finditer(text):
        start, end = match.span()
        low = match.group().lower()  # not "a Labour MP said" (a role), nor "Vann R. Newkirk II, a writer, said"
        if free(start, end) and low not in countries() and low not in role_nouns() and \
                _speaks(text, start, end) and not re.fullmatch(r"[IVX]+", match.group()) and \
                not (match.group() in POST_NOMINALS and re.search(r"[A-Z][\w’'-]+[ \t]+$",
                                                                   text[max(0, start - 40):start])):
            yield start, end, Actor(match.group(), "", "organization", "organization", known=False)


_DOTTED = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.){2,4}(?![\w’'-])")


# Nouns that name a kind of body in an apposition after its name ("Brookvale Homes, the housing association ...").
BODY_NOUNS = frozenset((
    "company", "firm", "group", "business", "operator", "developer", "insurer", "lender", "retailer", "carmaker",
    "airline", "utility", "supplier", "manufacturer", "maker", "chain", "producer", "provider", "builder", "startup",
    "start-up", "conglomerate", "brewer", "miner", "consultancy", "broadcaster", "publisher", "landlord", "union",
    "federation", "association", "society", "council", "agency", "regulator", "watchdog", "authority", "charity",
    "trust", "foundation", "club", "party", "bank", "university", "hospital", "think tank", "campaign group",
    "station", "newspaper", "paper", "weekly", "channel", "network", "magazine", "website", "outlet", "daily",
    "tabloid", "portal", "office", "ministry", "department", "administration", "directorate", "presidency",
    "secretariat", "campaign"))
# Words of a name are joined by one space (no run of white space is scanned twice). Each form is found from its rarer
# part first (the bracketed initials, the ampersand, the description after a comma), the name read back from there.
_CAPS = r"[A-Z][\w’'-]*(?: (?:(?:of|and|for|the|&) ){0,2}[A-Z][\w’'-]*){0,5}"
_INITIALS = re.compile(r" \(((?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,5}|[A-Z][a-z]{2,5})\)")  # "(HCT)", "(AfD)", "(Ocha)"
_PREFIX = re.compile(r"UN|EU|US|UK|AU")  # the body an office belongs to, left out of its initials
_CAPS_BEFORE = re.compile(rf"(?<![\w’'-])({_CAPS})$")
_AMPERSAND = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? & [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-])")
_BODIES = "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
_DESCRIPTION = re.compile(rf", (the|a|an) (?:[\w’'-]+ ){{0,3}}?({_BODIES})"
                          r"(?![\w’'-])(?: ([a-z]+))?(?=[^,.;:“”\"]{0,80},)")  # closed by a comma: an apposition
# Nouns of a trade that also name a person who does it: "Sipho Dube, a miner, said" is a person, "Glenrock,
# the miner, said" a company.
_ALSO_PERSONS = frozenset(("miner", "builder", "developer", "producer", "maker", "publisher", "landlord",
                           "provider", "supplier", "lender", "retailer", "operator", "broadcaster", "insurer",
                           "brewer", "manufacturer"))
# A company named with its legal form: "Brightwater Home Products Inc.", "Halden Steel plc", "Orsa Bank AG".
_CORPORATE = re.compile(rf"(?<![\w’'-])({_CAPS}),? (Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|Corp\.?|Corporation|Co\.|"
                        r"Holdings|AG|SA|S\.A\.|GmbH|N\.V\.|NV|ASA|AB|Oyj)(?![\w’'-])")
_NOT_NAME_START = frozenset(("The", "A", "An", "On", "In", "At", "But", "And", "When", "After", "Last", "This",
                             "Shares", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# A name after the noun of its kind: "the ecological group Chistaya Reka", "Castellane's energy company Enercast",
# "State grid operator Kestenergo said". Found from the noun, then the words before it are checked.
# "the charity Save the Children", "the group Friends of the Earth", "the daily Il Faro di Sellica": "the", "of" and
# the particles of other languages join the words of a name
_NAME_AFTER = re.compile(rf"\b({_BODIES}) ([A-Z][\w’'-]+(?:(?: (?:of |the |of the |(?:de|di|da|del|della|dei|des|du|"
                         r"la|le|el|il|y|und|der|die|den|van|von) )?| d['’])[A-Z][\w’'-]+){0,3})(?![\w’'-])")
_MEDIA_NOUNS = frozenset(("newspaper", "paper", "weekly", "daily", "magazine", "tabloid", "broadcaster", "website"))
_KIND_LEAD = re.compile(r"(?:\b[Tt]he|[A-Z][\w-]+['’]s|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[—–-]\s))[A-Z][a-z]+|"
                        r"(?<=,\s)[a-z][\w-]+) (?:[\w-]+ ){0,2}\Z")  # after a sentence's start, a dateline's dash
# or a comma: "In a sign of opposition, advocacy group FreedomWorks issued"
_NAME_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+)$")


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(resources.read_word_list("given_names.txt"))


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _abbreviates(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalised words ("HCT", or written as a word: "Office for
    the Co-ordination of Humanitarian Affairs (Ocha)"), or of all its words in a mixed-case acronym ("Alternative
    für Deutschland (AfD)")."""
    return initials(name) == acronym or (not acronym.isupper() and (
        "".join(w[0] for w in name.split()).lower() == acronym.lower() or
        acronym[1:].islower() and initials(name).lower() == acronym.lower()))


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(resources.read_word_list("not_name_words.txt")) | frozenset(
        resources.read_word_list("stopwords.txt")) | INSTITUTIONS | _given_names()


def _short_forms(text: str) -> Iterable[tuple[str, str]]:
    """(full name, short form) of the organizations a text names in full once and then by their first word alone
    where it speaks or owns ("Tessaline Energy (TSL.O) cut its forecast ... Tessaline said", "Tessaline's
    troubles"): a capitalised name ending in an institution word whose first word is no common word, given
    name, title or place.

    >>> list(_short_forms("Tessaline Energy cut its forecast. Tessaline said demand was weak."))
    [('Tessaline Energy', 'Tessaline')]
    >>> list(_short_forms("The National Grid warned of cuts. National officials said little."))
    []
    """
    seen = set()
    for run in org_runs(text):
        words = run.group().split()
        while words and words[0] in _NOT_NAME_START:
            words.pop(0)
        if len(words) < 2 or words[0] in seen or words[-1].lower() not in _TRADE_WORDS or \
                not re.fullmatch(r"[A-Z][a-z][\w’'-]{2,}", words[0]):
            continue
        short, low = words[0], words[0].lower()
        seen.add(short)
        if low in _common_words() or low in role_nouns() or affiliation_of(short) or low in countries():
            continue
        alone = list(re.finditer(rf"(?<![\w’'-]){re.escape(short)}(?! {re.escape(words[1])})(?=['’]s\b|[^\w’'-])",
                                 text))
        if any(_PLACE_BEFORE.search(text, max(0, m.start() - 20), m.start()) for m in alone) or \
                _owners_surname(text, short):
            continue  # "plot holders in Ashcombe say": a place that lends its name to "Ashcombe Homes"
        if any(text.startswith(("’s", "'s"), m.end()) or verb_follows(text[m.end():m.end() + 120]) for m in alone):
            yield " ".join(words), short


# Words that end a trading company's name, not a public body's (not "Ashcombe" for "Ashcombe District Council").
_TRADE_WORDS = frozenset((
    "company", "corporation", "inc", "corp", "ltd", "motors", "airlines", "energy", "group", "holdings", "partners",
    "grid", "logistics", "freight", "systems", "technologies", "capital", "foods", "pharmaceuticals", "industries",
    "resources", "solutions", "mining", "telecom", "airways", "shipping", "ventures", "software", "chemicals",
    "brands", "insurance", "utilities", "therapeutics", "electronics", "petroleum", "railways", "homes", "properties",
    "care", "labs", "pharma"))
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\.?)[ \t]+(?:(?:bin|ibn|al|van|von|de|del|da|di)[ \t]+)?$")
_PLACE_BEFORE = re.compile(r"(?<!\bshares)(?<!\bstake)(?<!\bstakes)(?<!\binvest)(?<!\binvested)(?<!\binterest)"
                           r"\s+(?:in|from|near|across|around|outside)\s+$", re.IGNORECASE)  # not "shares in X"


def _owners_surname(text: str, word: str) -> bool:
    """Whether a one-word company name is a surname after a given name or honorific too ("Mr. Sayegh")."""
    seen = [_NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) for m in re.finditer(rf"\b{word}", text)]
    return " " not in word and any(b and (b.group(1).lower() in ("mr", "mrs", "ms", "dr", "prof") if b.group(2) else
                                          b.group(1).lower() in _given_names()) for b in seen)  # "Omar Sayegh"


def named_bodies(text: str, free: Callable[[int, int], bool]) -> Iterable[tuple[int, int, Actor]]:
    """Organizations a text marks by form, wherever it names them: a name with its initials in brackets
    ("Halvern Container Terminals (HCT)", and "HCT" later), a name with its legal form ("Brightwater Home
    Products Inc.", and "Brightwater Home Products" later), a name joined by an ampersand ("Pellham & Strand")
    and a name set off by a description of a body ("Brookvale Homes, the housing association ..., said"); and a
    newspaper by its masthead word when it speaks ("the Tampa Bay Times alleged").

    >>> text = "Tamar Vale Water, the utility that runs the works, said so. Tamar Vale Water later said more."
    >>> [(text[s:e], a.actor_type) for s, e, a in named_bodies(text, lambda s, e: True)]
    [('Tamar Vale Water', 'organization'), ('Tamar Vale Water', 'organization')]
    """
    names: dict[str, Actor] = {}
    for initials in _INITIALS.finditer(text):
        named = _CAPS_BEFORE.search(text, max(0, initials.start() - 120), initials.start())
        words = named.group(1).split() if named else []
        dropped = ""
        while len(words) > 1 and not _abbreviates(" ".join(words), initials.group(1)) or \
                len(words) > 2 and words[0].islower() and _abbreviates(" ".join(words[1:]), initials.group(1)):
            dropped = words.pop(0)  # "On Monday Halvern Container Terminals (HCT)": the initials say where the name
        if _abbreviates(" ".join(words), initials.group(1)) and len(words) >= 2 and not (  # starts; "the UN Office
                len(words) <= 3 and words[0].lower() in _given_names()):  # for the ... (Ocha)"; not "Sofie Rand (SR)"
            full = " ".join([dropped] * bool(_PREFIX.fullmatch(dropped)) + words)  # with its initials: readers know
            actor = Actor(f"{full} ({initials.group(1)})", affiliation_of(full), "organization", "organization",
                          known=False)
            names[full] = names[initials.group(1)] = actor
    for corporate in _CORPORATE.finditer(text):
        words = corporate.group(1).split()
        while len(words) > 1 and (words[0] in _NOT_NAME_START or words[0].islower()):
            words.pop(0)  # "On Thursday Brightwater Home Products Inc.", "Shares of Orsa Bank AG": the name after
        if words and words[0] not in _NOT_NAME_START and " ".join(words).lower() not in countries():
            base = " ".join(words)
            full = f"{base}{text[corporate.end(1):corporate.end()]}"
            actor = names.get(base) or Actor(full, affiliation_of(base), "organization", "organization", known=False)
            names.setdefault(full, actor)  # the name with and without its legal form is one company, unless a
            if not _owners_surname(text, base):  # person's surname is the name ("Khalid Sayegh", "Sayegh Holdings")
                names.setdefault(base, actor)
    for full, short in _short_forms(text):  # "Tessaline Energy (TSL.O) cut ... Tessaline said": one company
        actor = names.setdefault(full, Actor(full, affiliation_of(full), "organization", "organization", known=False))
        names.setdefault(short, actor)
    found = []  # (start of the name, name, the word after a description)
    at = text.find(" & ")
    while at >= 0:
        joined = _AMPERSAND.search(text, max(0, at - 60), at + 60)
        if joined and joined.start() <= at < joined.end():
            found.append((joined.start(), joined.group(1), None))
        at = text.find(" & ", at + 3)
    for description in _DESCRIPTION.finditer(text):
        if description.group(1) != "the" and description.group(2) in _ALSO_PERSONS:
            continue
        named = _NAME_BEFORE.search(text, max(0, description.start() - 80), description.start())
        if named:
            found.append((named.start(), named.group(1), description.group(3) or ""))
    media = set()  # names a medium's noun describes: "the financial weekly Marktbrief"
    for named in _NAME_AFTER.finditer(text):  # "the ecological group Chistaya Reka", "the charity Shelter"
        if _KIND_LEAD.search(text, max(0, named.start() - 60), named.start()):
            found.append((named.start(2), named.group(2), None))
            media.update([named.group(2)] if named.group(1) in _MEDIA_NOUNS else [])
    for start, name, after in found:
        if name.startswith("The ") and after is not None and len(name.split()) >= 2:
            start, name = start + 4, name[4:]  # "The Citadel, the presidential office, said": Citadel
        first = name.split()[0]
        role = after and (after in role_nouns() or after.rstrip("s") in role_nouns())
        before = text[max(0, start - 16):start]
        person = re.search(r"(?:\b[A-Z]\.|\b[Aa]ccording to|\b(?:to|by|with|from|for))\s+$", before)
        if person or role or first.lower() in _given_names() or first.lower() in ("the", "a", "an", "but", "and") or \
                name.lower() in countries() or affiliation_of(name) == name or \
                (" " not in name and name.lower() in _common_words()):  # "on Saturday, the ministry said"
            continue  # "X, a union official", "H. Velmar, the company", "Britain, the country": no body
        names.setdefault(name, Actor(name, "media", "media", "news outlet", known=False) if name in media else
                         Actor(name, affiliation_of(name), "organization", "organization", known=False))
    for paper in NEWSPAPER.finditer(text):  # a paper missing from the media list that speaks: "the Tampa Bay Times
        name = paper.group().removeprefix("The ")  # alleged that ...", "according to the Kestria Herald"
        speaks = verb_follows(text[paper.end():paper.end() + 120]) or re.search(
            r"[Aa]ccording to (?:the\s+)?$", text[max(0, paper.start() - 20):paper.start()])
        if len(name.split()) >= 2 and name.split()[0].lower() not in _given_names() and speaks:
            names.setdefault(name, Actor(name, "media", "media", "news outlet", known=False))
    if not names:
        return
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w’'-])")
    for match in pattern.finditer(text):
        if free(match.start(), match.end()):
            yield match.start(), match.end(), names[match.group()]


_EMPLOYER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+(?:[a-z][\w-]+\s+){0,2}(?:group|charity|campaign|union|"
                       r"organi[sz]ation|think tank|company|firm|bank|network|movement|party|association)\s+)?"
                       r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&.’'-]*){0,4}"
                       r"(?:\s+\([^()]{1,40}\))?,?")  # "of the ecological group Chistaya Reka (Clean River)"


def employed_and_speaks(text: str, end: int) -> bool:
    """A name followed by where its bearer works and a reporting verb: "Priya Rao of Castlegate Securities asked",
    "Olesya Grinkevich of the ecological group Chistaya Reka (Clean River) told"."""
    employer = _EMPLOYER.match(text, end, end + 80)
    return employer is not None and verb_follows(text[employer.end():employer.end() + 120]) and \
        not re.search(r"\b[A-Z][a-z]?\.\s+[A-Z][a-z]", employer.group())  # "of the Republic Sherzod U. X,": a name
