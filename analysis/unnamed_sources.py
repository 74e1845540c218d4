"""Sources a text describes but does not name: "a senior European diplomat", "U.S. officials", "the book".

An unnamed source is kept as its description (``speaker_role``) with an empty name and ``known = False``, as the
Gender Gap Tracker and Muzny et al. (2017) keep unresolved mentions, rather than guessed into a named person.
The head nouns are lists of ``analysis/data/quote_words.csv`` (``unnamed_source``, ``unnamed_body``,
``bare_source``) and the role nouns of ``analysis/data/role_nouns.txt``.
"""

from __future__ import annotations

import functools
import re

from analysis import actors as actors_stage
from analysis.alternation import literal_trie
from analysis.quotes_lexicon import TIME_LEAD, alternatives, quote_words

__all__ = ["one_of_them", "AGENT_OF", "agent_of", "described_who", "UNNAMED_NOUNS", "UNNAMED_BEFORE",
           "UNNAMED_AFTER", "UNNAMED_BARE", "QUANTIFIER_BEFORE", "unnamed", "unnamed_before",
           "described_organization", "DESCRIBED_WITHIN", "names_a_source", "names_a_text", "plural_subject",
           "ACCESS", "reported_within"]

# Role nouns describe unnamed speakers too ("the New York businessman says", "the announcer said").
_ROLE_HEADS = "|".join(re.escape(noun) + "s?" for noun in sorted(actors_stage.role_nouns(), key=len, reverse=True))


# "a person familiar with the matter", "a source close to the operators"
_FAMILIAR = (r"(?:people|persons?|sources?|someone|one) (?:familiar with|close to|involved in) (?:the |this |an? )?"
             r"(?:[\w’'-]+ ){0,3}?\w+")  # "a person familiar with the government's thinking"
# People named by what they do, in the plural ("plot holders", "shopkeepers", "commuters", "fishermen")
_DOERS = r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|men|women)(?<!numbers)(?<!letters)(?<!papers)(?<!matters)"
UNNAMED_NOUNS = (rf"(?:{alternatives('unnamed_source')}|{alternatives('unnamed_body')}|{_ROLE_HEADS}|{_FAMILIAR}|"
                 rf"{_DOERS})")
# The same nouns with the word lists as one prefix tree, for patterns anchored at the end of the text, where the
# order of the alternatives cannot change what matches: ``re`` then reads a character to pick a branch instead of
# trying several hundred words at every position.
_NOUNS_AT_END = (r"(?:" + literal_trie(sorted({*quote_words("unnamed_source"), *quote_words("unnamed_body"), *(
    form for noun in actors_stage.role_nouns() for form in (noun, noun + "s"))})) + rf"|{_FAMILIAR}|{_DOERS})")


_BODY_HEAD = re.compile(rf"\b(?:{alternatives('unnamed_body')})$", re.IGNORECASE)


# A modifier after the head noun is kept ("experts on North Korea"), unless it tells the time ("on Tuesday").
_NOT_MODIFIER = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
                 r"August|September|October|November|December|yesterday|today|week|month|year|night|morning|\d)")
# Words in -ing that are nouns, not participles: "a media darling for ...", not "officials meeting in Brussels".
_NOT_PARTICIPLE = (r"(?!(?:darl|th|k|even|morn|wedd|r|spr|str|w|sibl|ceil|build|pudd|clo|cloth|offspr|bedd|"
                   r"light|stuff)ing\b)")
# Words of a clause, which no description of a source holds: "(voters) from the lists because they did not respond
# to (queries)", "The Nordic neighbours have published updated guidance".
_NO_CLAUSE = (r"(?!(?:because|although|though|whereas|unless|if|they|he|she|we|you|did|does|do|is|are|was|were|has|"
              r"have|had|will|would|could|should|can|cannot|may|might|must|not)\s)")
UNNAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(]))(?!(?:he|she|they|we|i|you)\s)"  # not "He submitted a report"
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )"  # nor a clause's object ("have published updated guidance")
    r"((?:(?:an?|the|one|two|three|four|several|some|many|other)\s+)?(?:" + _NO_CLAUSE + r"[\w.’'-]+\s+){0,5}?"
    + _NOUNS_AT_END + r"(?![\w’-]))((?:\s+(?:" + _NOT_PARTICIPLE
    + r"[a-z]+ing\s+|familiar\s+|briefed\s+|knowledgeable\s+|(?:published|released|conducted|commissioned)\s+"
    r"(?:last\s+\w+\s+|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?)?"
    # "leaders meeting in Brussels", "a study published in Nature", "officials
    # speaking on ...", "officials familiar with the talks"
    r"(?:on|in|of|at|from|for|with|within|among|across|near|inside|outside|around|close\s+to)\s+"
    r"(?:(?!" + _NOT_MODIFIER + r")" + _NO_CLAUSE + r"[^\s,;:“”\"]+\s+){0,8}?(?!" + _NOT_MODIFIER + r")"
    r"[^\s,;:“”\"]*\w"
    r"(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\band)(?<!\bor)(?<!\bbut)"
    r"(?<!\bto)(?<!\bby)(?<!\bthat))?)"  # not "(the chair) of the DNC authority to (call)": a clause, no subject
    r"(?:,[^,;“”\"]{1,100},)?\s*(?:(?:has|have|had|also|likewise|meanwhile|instead|reportedly|later|then|again|"
    r"earlier|once|already|"
    r"long|often|\w+ly|(?-i:(?:on\s+)?[A-Z]\w+day)|(?-i:on\s+[A-Z]\w+)|last\s+\w+|this\s+\w+|today|yesterday|"
    r"in\s+(?:19|20)\d\d|"
    r"published|released|conducted|commissioned)\s+)*$",  # "A study released on Monday", "a poll in 2015"
    flags=re.IGNORECASE)


# After the verb, a described source: "said a senior official", and in the plural without an article when a body
# follows ("wrote attorneys for the Department of Justice"), which is kept with it ("said a lawyer for Exxon").
_OF_BODY = r"\s+(?:for|at|of|from|with)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'&-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.’'&-]*){0,4}"
UNNAMED_AFTER = re.compile(r"^\s*(?P<head>(?:an?|the|one|two|several|some)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS +
                           r"|(?:[a-z][\w’'-]*\s+){0,2}?" + UNNAMED_NOUNS + rf"(?<=s)(?={_OF_BODY}))"
                           rf"(?P<body>{_OF_BODY})?\b",
                           flags=re.IGNORECASE)


UNNAMED_BARE = re.compile(r"(?:a statement from\s+)?((?:[\w.’'-]+\s+){0,3}?"
                          rf"(?:{alternatives('bare_source')}|{_FAMILIAR}|"
                          r"(?:an?|the|[\w.-]+['’]s)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS + r"))(?=[\s,.]|$)",
                          flags=re.IGNORECASE)


# A text or a finding that shows what a described group holds: "A new poll shows most voters (think)".
_FINDING_BEFORE = re.compile(r"^.*\b(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|"
                             r"indicated|find|finds|found|reveal|reveals|revealed)\s+(?=(?:most|many|some|several|"
                             r"the|\d+)\b|(?-i:[A-Z]))", re.IGNORECASE)


def unnamed(phrase: str | None, modifier: str = "", *, whole: bool = False) -> actors_stage.Actor | None:
    """A source the copy describes but does not name ("a senior European diplomat", "U.S. officials").

    ``modifier`` is what follows the head noun ("experts" "on North Korea") and is kept whole; ``whole`` keeps
    the phrase as it is ("the head of state") instead of taking the part after its last preposition.
    """
    if not phrase:
        return None
    phrase = " ".join(phrase.split())
    if not whole and not ACCESS.search(phrase):  # "two officials familiar with the talks" is whole
        phrase = re.sub(r"^.*\b(?:from|of|by|with|to|for|in|at|on|about|(?i:after|before|while|when|because|since|"
                        r"until|unless|although|though|once)|that|[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hether|[Ww]here)\s+", "",
                        phrase)  # "... after the opposition said", "When the agency announced", "explain how the"
    phrase = " ".join((phrase + modifier).split()).lstrip("-–—:;,. ")  # "KYIV (Reuters) - Ukraine's military"
    phrase = re.sub(r"^[A-Z][A-Z .’'-]{2,}(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s*(?=\S)", "", phrase)  # "PORT ELVAN - The"
    phrase = re.sub(r"^(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Aa]s)\s+", "", phrase)  # "But many say", "As one put it"
    phrase = re.sub(r"^(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Ee]arlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|"
                    r"winter|morning|afternoon|evening|time)|[Mm]eanwhile|[Yy]esterday|[Tt]oday|[Ee]arlier|[Ll]ater|"
                    r"[Nn]ow)\s*,?\s+(?=\S)", "", phrase)  # "This month the same chamber warns"
    phrase = re.sub(r"^(?:which|that|whom)\s+(?=\S)", "", phrase)  # "the test, which state news media claimed"
    phrase = re.sub(r"(?<=\w)\s+(?:that|which|who)$", "", phrase)  # "FAQs released by the office that said"
    phrase = _FINDING_BEFORE.sub("", phrase)  # "The intelligence shows US officials believe": the officials
    phrase = _OBJECT_BEFORE.sub("", phrase)  # "a contract the club described as": the club
    by_doing = re.fullmatch(r"((?:[Aa]n?|[Tt]he|[Oo]ne)\s+[^,;:]+?)\s+[a-z]+(?:ed|ened)\s+(?:[\w’'-]+\s+){0,4}?"
                            r"(?:by|after|before|while|when)", phrase)
    if by_doing:  # "A senior deputy of the ruling party opened the debate by (telling)": the one who opened it
        phrase = by_doing.group(1)
    if re.fullmatch(r"[a-z]+ing\s+[a-z]+[^s\W]", phrase):
        return None  # a gerund and its object ("after leaving office, ... thinks"), unlike "leading economists"
    head = re.split(r"\s+(?:of|for|at|in|from|with)\s+", phrase)[0]  # "the head of the harbour police" is no body
    kind = "organization" if _BODY_HEAD.search(head) else "unknown"  # "Ukrainian authorities" is a body
    return actors_stage.Actor("", actors_stage.affiliation_of(phrase), kind, phrase, known=False)


# The object of a relative clause without "that" before its subject: "(on) a contract the club (described as)",
# "It was a move the bank (called)"; not after a preposition or conjunction ("the head of the agency").
_OBJECT_BEFORE = re.compile(r"^(?:[Ii]t\s+(?:was|is)\s+)?(?:an?|the)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
                            r"(?!(?:of|to|for|in|on|at|by|with|from|and|or|but|about|as|than|like|into|over|under|"
                            r"after|before|against|between|among|per|via)\s)[a-z][\w’'-]*\s+"
                            r"(?=(?:the|its|his|her|their)\s+\S)")


# What a source's access to the matter is: "(two people / officials) familiar with the talks", "briefed on".
ACCESS = re.compile(r"\b(?:people|persons?|sources?|someone|one|officials?|diplomats?|aides?|insiders?|executives?|"
                     r"investors?|advisers?|advisors?|bankers?|lawyers?)\s+(?:familiar\s+with|close\s+to|briefed\s+on|"
                     r"with\s+knowledge\s+of|knowledgeable\s+about|privy\s+to|involved\s+in)\b", re.IGNORECASE)


# A quantifier standing alone as the subject: "Some say ...", "though some called it “...”", "Others argued".
QUANTIFIER_BEFORE = re.compile(r"(?:^|[,;(]\s*|\b(?:though|although|while|but|and|yet)\s+|"
                               r"\b(?:found|finds|shows|showed|suggests|suggested)\s+(?:that\s+)?)"  # "a poll found"
                               r"((?:[Ss]ome|[Mm]any|[Oo]thers|[Ss]everal|[Ff]ew|[Mm]ost)(?:\s+of\s+them)?|"
                               r"(?:[Oo]ne|[Tt]wo|[Bb]oth|[Ee]ach|[Aa]nother)\s+of\s+(?:them|those)|"
                               # a share of those polled: "Fifty percent", "55% of Republicans", "a majority of voters"
                               r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust|[Oo]ver|[Mm]ore\s+than)\s+)?"
                               r"(?:[\w-]+\s+(?:percent|per\s+cent)|\d+(?:\.\d+)?\s?%|[Aa]\s+(?:slim\s+)?majority|"
                               r"[Hh]alf)(?:\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?)\s+"
                               r"(?:(?:have|had|also|\w+ly)\s+)*$")


def names_a_source(phrase: str) -> bool:
    """Whether a noun phrase ends in a noun of people, bodies or roles ("the senior official"), unlike "the
    storm" or "the blast", which hammer and rip but do not speak."""
    return _source_noun_at_end().search(phrase.strip()) is not None


# A plural of people opening a clause before its verb: "Protesters booed", "Members of the audience booed".
_PLURAL_SUBJECT = re.compile(r"((?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|(?:[Dd]ozens|[Hh]undreds|"
                             r"[Tt]housands)\s+of)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*s"
                             r"(?:\s+(?:of|from|at|in)\s+(?:the\s+)?[\w’'-]+)?)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def plural_subject(text: str) -> actors_stage.Actor | None:
    """The unnamed plural source that opens ``text`` or its last clause set off by a comma before a verb in the past
    ("Protesters booed and ...", "..., as members of the audience booed and ..."), else None."""
    clause = list(re.finditer(r"(?:^|,\s+)(?:(?:as|while|when|after|before|because)\s+)?", text))[-1]  # ", as
    found = _PLURAL_SUBJECT.match(text, clause.end())  # members of the audience booed and": the clause's subject
    if found and names_a_source(re.split(r"\s+(?:of|from|at|in)\s+", found.group(1))[0]):
        return unnamed(found.group(1), whole=True)
    return None


def names_a_text(phrase: str) -> bool:
    """Whether a noun phrase ends in a noun of a text that says things ("a Lund University study", "the report")."""
    return _document_at_end().search(phrase.strip()) is not None


@functools.lru_cache(maxsize=1)
def _document_at_end() -> re.Pattern:
    return re.compile(rf"\b(?:{alternatives('document_noun')})$")


@functools.lru_cache(maxsize=1)
def _source_noun_at_end() -> re.Pattern:
    return re.compile(rf"(?:^|\s){_NOUNS_AT_END}(?:\s+(?:also|has|have|had|\w+ly))?$", flags=re.IGNORECASE)


def unnamed_before(text: str) -> actors_stage.Actor | None:
    lead = TIME_LEAD.match(text)  # "On Sunday the minister said": the minister, not the day
    text = _ANONYMOUS_TAIL.sub(" ", text[lead.end() if lead else 0:])  # "An official who asked not to be named said"
    text = _DASH_ASIDE.sub(" ", text)  # "The mayor — who was elected in May — said"
    text = _INCLUDING.sub(" ", text)  # "Many, including Venice's mayor, have warned"
    match = UNNAMED_BEFORE.search(text[-160:])
    joined = _JOINED_CLAUSE.search(text) if match is None else None
    if joined:  # "Peat holds carbon, and a recent paper suggests": the subject of the joined clause
        return unnamed_before(joined.group(1)[:1].upper() + joined.group(1)[1:])
    if match is None:
        quantifier = QUANTIFIER_BEFORE.search(text[-160:])
        indefinite = None if quantifier else _INDEFINITE.fullmatch(text.strip())  # "A teammate said": someone
        indefinite = None if indefinite and _THING.search(indefinite.group()) else indefinite  # not "A mail ad"
        return unnamed(quantifier.group(1), whole=True) if quantifier else \
            unnamed(indefinite.group(), whole=True) if indefinite else None  # described, whatever the noun
    if re.search(r"['’]s\s", match.group(1)) and match.group(1).split()[-1].lower() in _OWNED_WORK:
        return None  # "TNO's analysis of the fire showed": the owner's finding (analysis.indirect), no source
    if reported_within(match.group(1)) >= 0:
        return None  # "(people) said Carrowen and two other governments had pushed for": a report's own clause
    return unnamed(match.group(1), match.group(2))


_OWNED_WORK = frozenset(("analysis", "analyses", "findings"))


_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|insisted|insists|"
                          r"warned|warns|claimed|claims|announced|confirmed|explained|replied)\s+"
                          r"(?=[^\s.!?;:“”\"«»(){}\[\]][^.!?;:“”\"«»(){}\[\]]{0,100}$)")  # one plain clause to the cue


def reported_within(head: str) -> int:
    """Where the last speech verb inside a would-be subject is ("Three people involved said Carrowen and two
    governments (had pushed for)": the clause is what they said), or -1. The forms are none that may describe a
    source ("informed sources", "alleged victims", "noted economists").

    >>> reported_within("Three people said Carrowen and two governments had "), reported_within("A senior aide ")
    (13, -1)
    """
    found = [m.start() for m in _SPEECH_WORD.finditer(head)]
    return found[-1] if found and not re.search(r"\b(?:who|which|that)\s*$", head) else -1  # not "told a young
    # woman who (suggested)": the one the relative clause is about



# A clause joined to the sentence's first, its subject an indefinite description: ", and a recent paper ".
_JOINED_CLAUSE = re.compile(r"(?:,|\s[–—])\s+(?:and|but|while|whereas)\s+((?:a|an|one|another)\s+"
                            r"(?:(?!(?:and|or|but|then|to|in|on|at|of|for|with)\s)[a-z][\w’'-]*\s+){1,3})$")


# An aside between dashes right before the verb: " — who was elected in May — ", " - which was contracted by X - ".
_DASH_ASIDE = re.compile(r"\s+(?:[—–―]|--?)\s+[^—–―“”\"«»]{1,150}?\s+(?:[—–―]|--?)\s*$")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them)\s[^,;:“”\"«»]{1,80},\s*(?=(?:\w+\s+){0,2}$)")
_ANONYMOUS_TAIL = re.compile(r",?\s+who\s+(?:asked|requested|declined|spoke|would|"
                             r"(?:did|does|do)\s+not\s+(?:wish|want)|"
                             r"(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed))\b[^,;“”\"]{0,60}?"
                             r"(?:named|identified|anonymity|anonymously|publicly|record|background)\s*,?\s*$")


_FINITE_AFTER = r"\b(?:have|has|had|is|are|was|were|will|would|can|could|should|may|might|must)\b"


def described_who(match: re.Match) -> actors_stage.Actor | None:
    """The source a described subject with a relative clause names (``speaker_gaps.DESCRIBED_WHO``): the
    description with its defining clause, which says which of them spoke ("Some Republicans who attended that
    meeting"), but without a clause that only withholds a name ("Two officials who requested anonymity"), nor
    one that may run into the main clause: its verb last, or another verb after it ("candidates who appeared on
    stage have released plans that")."""
    whole = " ".join(match.group().split())
    verb = whole.rsplit(" who ", 1)[-1].split(match.group(2), 1)[-1]
    short = _ANONYMOUS_TAIL.search(whole) or not verb.strip() or re.search(_FINITE_AFTER, verb) or \
        re.search(r"(?:ed|ly)$", whole)  # "experts who have seriously examined (claims)": the clause is cut
    return unnamed(match.group(1) if short else whole, whole=True)


_INDEFINITE = re.compile(r"(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*")
_THING = re.compile(rf"\b(?:{alternatives('document_noun')}|[a-z]+(?:tion|sion|ment))$")  # a text, an act


# "An adviser to French President Emmanuel Macron said": the adviser speaks, not the person named.
AGENT_OF = re.compile(r"(?:^|(?<=[\s,(]))(?!(?:and|but|or)\s)"
                      r"((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+)?"
                      r"(?:[a-z][\w’'-]*\s+){0,2}?"
                      rf"(?:{_ROLE_HEADS}|{alternatives('unnamed_source')})\s+(?:to|for)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,4})$")


def agent_of(head: str, actor: actors_stage.Actor, surface: str) -> actors_stage.Actor | None:
    """The unnamed agent of ``actor`` when the text before its mention (``head``) is "an aide to" or "a lawyer for".

    >>> macron = actors_stage.Actor("Emmanuel Macron", "France", "person")
    >>> agent_of("Yesterday an adviser to French President ", macron, "Emmanuel Macron").role
    'an adviser to French President Emmanuel Macron'
    """
    match = AGENT_OF.search(head[-120:])
    if match is None:
        return None
    return actors_stage.Actor("", actor.affiliation, "unknown", " ".join((match.group(1) + surface).split()),
                              known=False)


ORGANIZATION_DESCRIPTIONS = frozenset(quote_words("organization_description"))
# Institution words that another one may describe: "the union" for a federation, "the ministry" for a department.
KINDRED = {"union": ("federation", "confederation", "congress", "guild"), "association": ("society", "federation"),
           "ministry": ("department",), "department": ("ministry",),
           "agency": ("authority", "service", "office", "department", "administration", "bureau", "commission"),
           "club": ("fc", "united", "athletic", "rovers", "wanderers", "albion", "rangers"),  # "Merrow Athletic"
           "alliance": ("nato", "treaty", "pact"), "bloc": ("union", "eu", "nato", "asean", "alliance", "community")}
# Name words of bodies that a description of a business ("the company", "the firm") does not stand for.
PUBLIC_BODIES = frozenset(("union", "federation", "confederation", "congress", "ministry", "department", "council",
                           "party", "agency", "authority", "commission", "committee", "court", "police", "parliament",
                           "assembly", "senate", "government", "university", "school", "hospital", "army", "embassy"))
# Descriptions of a news medium, which stand for the medium named last.
MEDIA_DESCRIPTIONS = frozenset(("newspaper", "paper", "broadcaster", "channel", "magazine", "tabloid", "daily",
                                "weekly", "outlet", "network", "station", "website"))
# Descriptions that fit any body, public or not.
GENERIC_BODIES = frozenset(("group", "organisation", "organization", "body"))
DESCRIBED_WITHIN = 1500  # characters back that the organization a definite description stands for may be named


def described_organization(phrase: str, before: list[tuple[int, actors_stage.Actor]],
                           position: int) -> actors_stage.Actor | None:
    """'Siemens Energy said ... The company said': the organization named last before ``position`` (within
    ``DESCRIBED_WITHIN`` characters) that a definite description stands for. A description by an institution
    word ("the ministry") takes only an organization with that word in its name, a business ("the company") no
    public body, "the group" any body ("the Climate Leadership Council ... The group estimates"), and "the
    newspaper" a news medium.

    >>> energy = actors_stage.Actor("Siemens Energy", "", "organization")
    >>> described_organization("The company", [(0, energy)], 40).name
    'Siemens Energy'
    """
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[0] != "the" or any(w.endswith(("'s", "’s")) for w in words):
        return None  # "the world's chemical weapons watchdog" introduces a body, "the company" refers back
    head = words[-1]
    institution = head not in ORGANIZATION_DESCRIPTIONS and head in actors_stage.INSTITUTIONS
    if not institution and head not in ORGANIZATION_DESCRIPTIONS and head not in MEDIA_DESCRIPTIONS:
        return None
    for start, actor in sorted(before, key=lambda p: -p[0]):
        if position - start > DESCRIBED_WITHIN:
            break
        if head in MEDIA_DESCRIPTIONS or actor.actor_type == "media":  # "The Washington Post reported ... The
            if head in MEDIA_DESCRIPTIONS and actor.actor_type == "media":  # newspaper said"
                return actor
            continue
        words = set(re.findall(r"[a-z]+", actor.name.lower()))  # "the company" is not Kyiv nor a union; "the union"
        fits = {head, *KINDRED.get(head, ())} & words if institution else \
            head in GENERIC_BODIES or not words & PUBLIC_BODIES  # may be a "... Workers' Federation"
        if actor.actor_type == "organization" and actor.role != "government" and fits:
            return actor
    return None

# "One of them said": one of the group that spoke just before ("Two officials familiar with the talks said ...").
ONE_OF_THEM = re.compile(r"((?:[Oo]ne|[Tt]wo|[Bb]oth|[Ee]ach|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost)\s+of)\s+"
                         r"(?:them|those)")
GROUP_WITHIN = 600  # characters back to the group's own report
_PLURAL_HEAD = re.compile(r"(?:(?!\s(?:of|for|from|in|at|on|with|familiar|close|who|which)\s).)*?[a-z]s(?:\s|$)")
_GROUP_OPENERS = frozenset("two three four several some many the both".split())


def one_of_them(quotes: list) -> None:
    """Give a source described as "one of them" the description of the group that reported last before it,
    when that group is an unnamed plural source: "one of Two officials familiar with the talks"."""
    spoken = sorted((q for q in quotes if q.cue_start >= 0 and q.speaker is not None), key=lambda q: q.cue_start)
    for k, quote in enumerate(spoken):
        actor = quote.speaker
        found = ONE_OF_THEM.fullmatch(actor.role) if not actor.name else None
        if found is None:
            continue
        group = next((q.speaker for q in reversed(spoken[:k]) if quote.cue_start - q.cue_start <= GROUP_WITHIN
                      and not q.speaker.name and _PLURAL_HEAD.match(q.speaker.role)
                      and not ONE_OF_THEM.fullmatch(q.speaker.role)), None)
        if group is not None:
            role = group.role[:1].lower() + group.role[1:] if group.role.split()[0].lower() in _GROUP_OPENERS \
                else group.role
            named = actors_stage.Actor("", group.affiliation, group.actor_type, f"{found.group(1)} {role}",
                                       known=False)
            for other in quotes:
                if other.speaker is actor:
                    other.speaker = named
