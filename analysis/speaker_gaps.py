"""What may stand between a speaker and a reporting verb, or around a speaker's name, in news copy.

Surface patterns only (the kit parses no syntax): appositions and employers ("X, president of the Federation,
which represents 9,000 nurses, said"), auxiliaries ("X is warning that"), verbs that take another verb ("likes to
describe"), introductory participle phrases whose names only listen ("Speaking to Al Jazeera, the official
said"), a description followed by the name ("said one resident, Maria Lopez") and documents cited for their
source ("according to a statement released by the ministry"). ``analysis.attribution`` applies them.
"""

from __future__ import annotations

import functools
import re

from analysis.actors_lexicon import POST_NOMINALS
from analysis.organizations import FINDINGS
from analysis.quotes_lexicon import PREPOSITIONS, TIME_LEAD, WHEN, alternatives, verb_pattern

__all__ = ["BARE_PLURAL_WHO", "GAP", "CATENATIVE", "EMPLOYED_AT", "EMPLOYER_KIND", "INTRODUCTORY",
           "INTRODUCTORY_PHRASE", "AUXILIARY",
           "before_auxiliary", "DESCRIBED_THEN_NAMED", "CITED_DOCUMENT", "UNNAMED_WHO", "DESCRIBED_OPENING",
           "possessed_speech", "SPOKESPERSON", "enclosed", "POST_NOMINAL", "TIMESTAMP", "OBJECT_BEFORE",
           "object_of_lead_in", "last_comma", "DESCRIBED_WHO", "unverbed_name", "asked_verb"]


# Where a speaker said something, in a phrase between the name and the verb: "X in a statement said".
MEDIUM = (r"(?:statement|interview|speech|address|post|letter|video|message|broadcast|briefing|conference|call|"
          r"tweet|op-ed|column|podcast|email|conversation|meeting|talk|exchange|discussion|chat)s?")
# Between the end of a speaker's name and the reporting verb: "of the Kremlin", ", 74,", one or two
# appositions, a parenthesis, adverbs and times ("has repeatedly", "on Tuesday").
# Letters after a name that give a rank or honour, or a generation: "Rupert de Villiers KC, said", "X Jr. said"
POST_NOMINAL = re.compile(rf"^,?[ \u00a0](?:{'|'.join(POST_NOMINALS)}|Jr\.?|Sr\.?|II|III)(?![\w.])")  # "X Jr., has"
GAP = re.compile(
    r"^\s*(?:\s(?:report|article|story|interview|statement|post|broadcast)s?\s)?"
    r"(?:(?:of|at|from|with)\s(?:the\s)?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,4}"
    r"(?:\s(?:branch|chapter|office|wing|division|bureau)(?=\s(?:of|for)\s))?"  # "of the Kestria branch of X"
    r"(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2})?\s?|"  # "of the Research Unit of Nanoro"
    r"(?:of|at|from)\sthe\s(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*\s)?"  # "Martin Holloway of the law school said"
    r"(?:,\s*\d{1,3}(?=,))?"  # an age before an apposition: "Yevhen Zosin, 74, a Kyiv resident, said"
    r"(?:(?:,\s*(?:a|an|the|who|whose|which|during|in|at|on|of|from|for|with|after|before|[a-z]+ing|[A-Z][\w’']*|\d+|"
    r"meanwhile|however|though|too|instead|separately|likewise|like|unlike|alongside|"  # "X, however, said"
    r"(?:now\s+|once\s+|long\s+)?[a-z]+(?:ed|en|wn)\s+(?:by|in|as)|now)\b"  # ", now owned by X,", ", based in Y,"
    r"(?:[^,;«»]|(?<=\d),(?=\d{3}))"  # "which represents 9,000 nurses", "who had declared the bill “dead”"
    r"{0,220}(?:,\s+[A-Z][a-z]{0,3}\.(?:[A-Z]\.)?)?|"  # ", of Springfield, Va., said"
    r",\s*(?:[a-z][\w’'-]*\s+){1,3}(?:of|for|at|to|in|with)\s[^,;“”\"«»]{0,140}){1,2},)?"  # one or two appositions
    r"\s*(?:\([^)]{0,80}\)\s*)?(?:(?:[—–―]|--|-(?=\s))(?:\s|(?=[a-z]))[^—–―“”\"«»]{1,120}?(?:\s|(?<=[a-z]))"
    r"(?:[—–―]|--|(?<=\s)-)\s*)?"
    # "X — a former minister — said", "X—who has worked with Y—called"
    r"(?:(?:(?:in|on|early\s+in|late\s+in|last|this|next)\s+" + WHEN + r"|"  # "X in June said", "X last week said"
    r"has|have|had|also|previously|repeatedly|again|already|then|later|earlier|once|recently|further|"
    r"on|last|this|late|early|[A-Z][a-z]+day|\w+ly|not|never|reportedly|now|still|often|even|long|too|so\s+far|"
    r"thus\s+far|since|only|just|merely|yet|likewise|meanwhile|instead|however|in\s+turn|first|initially)\s+)*"
    r"(?:,?\s*(?:in|at|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?" + MEDIUM +  # ", at a
    r"(?:\s+(?:with|to|on)\s+"  # regular briefing described": where the words were said
    r"[^,;“”\"«»]{1,40}?)?\s+(?:(?:on|last|this|late|early|[A-Z][a-z]+day|\w+ly)\s+)*)?$")


# Verbs that take another verb with "to": "likes to describe", "went on to call", and adjectives of manner that do
# ("was quick to stress", "has been careful to note"): the subject stands before them.
CATENATIVE = re.compile(r"\b(?:likes?|liked|wants?|wanted|tries|tried|continues?|continued|refused|declined|"
                        r"went\s+on|goes\s+on|moved\s+on|moves\s+on|seems?|seemed|used|chose|chooses|took|taken|takes|began|begins|"
                        r"started|starts|(?:is|are|was|were|been|be)\s+(?:quick|careful|keen|eager|anxious|"
                        r"at\s+pains|happy|willing|prepared|ready|the\s+first|the\s+last)|"
                        # a medium or an occasion before the purpose: "took to Telegram to say", "went on state
                        # television to warn", "used a briefing to announce", "called Macron to say"
                        r"(?:took|takes|taken|taking|went|goes|appeared|appears|used|uses|held|holds|called|calls|"
                        r"wrote|writes|posted|posts|gave|gives|spoke|speaks|turned|turns)\s+"
                        r"(?:(?:to|on|onto|before)\s+\w|(?:an?|the|his|her|their|its)\s|[A-Z])[^,;:.!?“”\"]{0,60}?|"
                        # a place visited for the purpose: "was in Washington to remind", "flew to Kyiv to reassure"
                        r"(?:(?:is|are|was|were|been)\s+in|(?:visited|visits|travell?ed|travels|came|comes|flew|"
                        r"flies|arrived|arrives)(?:\s+(?:to|in))?)\s+[A-Z][^,;:.!?“”\"]{0,40}?)"
                        r"\s+to\s+(?:\w+ly\s+)?$")


# Between a person and the body named as their employer: " of the", ", president of the", ", a lawyer for".
# Between a person and where they work: "Raj Mehta of CFRA", "Olesya Grinkevich of the ecological group X".
EMPLOYER_KIND = (r"(?:(?:[a-z][\w-]+\s+){0,2}(?:group|charity|campaign|union|organi[sz]ation|company|firm|bank)\s+|"
                 r"(?:[\w-]+\s+){0,2}(?:branch|chapter|office|wing|division|bureau)\s+of\s+(?:the\s+)?)?")
# ("of the French branch of Greenpeace")
EMPLOYED_AT = re.compile(rf"\s+(?:of|at|from)\s+(?:the\s+{EMPLOYER_KIND})?|,\s+(?:now\s+)?(?:an?\s+|the\s+)?"
                         r"(?:[\w’'-]+\s+){1,5}?(?:of|at|for|from)\s+(?:the\s+)?"
                         r"(?:(?:[a-z][\w-]+\s+){0,3}(?:group|charity|campaign|union|organi[sz]ation|company|firm|"
                         r"think\s+tank|network|movement|coalition)\s+)?")  # ", now the executive director of the
# conservative environmental advocacy group X"


# An introductory participle phrase, or one naming where something was said ("In a post on X,"): a name
# inside it is not the subject of the sentence's verb.
_INTRODUCING = (r"\s*(?:Speaking|Talking|Writing|Responding|Referring|Asked|Interviewed|Quoted|Addressing|Pressed|"
                r"Unable|Unwilling|Reluctant|Eager|Keen|Determined|"  # "Unable to give a straight answer, Pruitt"
                r"(?!(?:Following|During|Regarding|Including|Concerning|Considering|According|Pending|Nothing|"
                r"Something|Everything|Anything)\b)"  # prepositions ("Following a meeting with X – ..., Y said")
                r"[A-Z][a-z]{2,}ing(?=\s+(?:the|a|an|his|her|their|its|our|my|to|with|at|in|on|from|for|about|up|out|"
                r"back|down|off|over|into|through)\s)|"  # any participle: "Signing his order, the president said"
                r"In\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|interview|letter|tweet|"
                r"video|speech|address|message|op-ed|column|email|memo|podcast)s?)\b[^,;:“”\"«»]*")
INTRODUCTORY = re.compile(_INTRODUCING + "$")
# The same phrase with its comma, at the start of a sentence whose subject follows it.
INTRODUCTORY_PHRASE = re.compile(_INTRODUCING + r",\s*")
# A lead-in set off by a comma before a sentence's subject: a prepositional phrase of time or place ("In a
# speech in Berlin,", "After talks in Ankara,"); introductory participles are INTRODUCTORY_PHRASE's.
LEAD_IN = re.compile(r"\s*(?:(?:In|At|On|During|After|Before|From|Following|Despite|With|Without|Since|Amid|"
                     r"Ahead\s+of|Outside|Inside|Near|Over|Throughout|Later|Earlier|When|While|Although|Though|"
                     r"Because|Once|Until|Unless)\s[^,;:“”\"«»]{0,120}?|(?:[\w-]+\s+){1,3}ago(?:,\s+(?:when|as|while|"
                     r"after|before)\s[^,;:“”\"«»]{0,80}?)?|(?:Last|This|Next)\s+\w+|Yesterday|Today|Meanwhile|"
                     r"However),\s+|" + TIME_LEAD.pattern)  # "Three winters ago, when the river burst its banks,";
# "When asked,"; "On Sunday the minister said"


def lead_in_end(head: str) -> int:
    """Where the subject of a sentence may start: after a lead-in phrase and its comma, else 0.

    >>> head = "In a speech in Berlin, Chancellor Olaf Scholz promised"
    >>> head[lead_in_end(head):lead_in_end(head) + 10]
    'Chancellor'
    >>> lead_in_end("Speaking to reporters, she said"), lead_in_end("Three winters ago, when it flooded, the minister")
    (23, 36)
    """
    match = LEAD_IN.match(head) or INTRODUCTORY_PHRASE.match(head)
    return match.end() if match else 0


# A form of "be" right before a reporting verb makes it passive ("was called “absurd” by X"): its subject is
# what was said or the hearer, and its speaker the agent after "by".
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")


PARTICIPLES = frozenset(("said", "told", "written", "spoken", "thought", "felt", "sought", "shown", "known", "made",
                         "found", "taken", "given"))
# Auxiliaries between a subject and its reporting verb: "Trump is warning that", "X will argue that".
AUXILIARY = re.compile(r"(?:\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will|did|does|cannot|[a-z]+n['’]t|"
                       r"(?:would|could|should|might|may|can)(?=\s+not\b))|['’](?:s|re|ve|ll|d))"  # "would not say"
                       r"\s+(?:(?:not|also|now|still|again|once\s+again|\w+ly)\s+)*$")


def before_auxiliary(head: str, verb: str) -> int:
    """Where the subject before a reporting verb ends, past an auxiliary: the length of ``head`` (the text up to
    the verb) without it. A form of "be" or "have" counts only before an -ing form ("X is warning that", not
    "X is said to")."""
    aux = AUXILIARY.search(head)
    verb = verb.split()[0] if verb else verb  # "calling for": the verb, not its particle
    if aux and not aux.group()[0].isspace() and not verb.endswith("ing") and not (
            re.search(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou)$", head[:aux.start()])
            and (verb.endswith("ed") or verb in PARTICIPLES)):
        return len(head)  # "Trump’s comments", "Zelensky’s continued leadership": a possessive, not "he’s said"
    if aux and (verb.endswith("ing") or not re.match(r"\s(?:is|are|was|were|has|have|had)\s", aux.group())):
        return aux.start() + head[aux.start()].isspace()  # a contraction ("He’s claiming") joins its subject
    return len(head)


# After a verb, an unnamed description and then the name: "said one resident, Maria Lopez".
DESCRIBED_THEN_NAMED = re.compile(r"\s*(?:an?|one|another|the|its|his|her|their|"
                                  r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s)\s+"  # "said its president, X"
                                  r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+"  # "said one resident, X", "said Mr Y's lawyer, X"
                                 r"(?:\s+(?:of|at|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)?,\s*")


# A document cited for its source: "according to a statement released by the ministry".
CITED_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|report|post|release|communiqu[eé]|filing|"
                            r"document|letter|transcript|memo|message)\s+(?:(?:released|issued|published|posted|"
                            r"sent)\s+(?:\w+\s+)?)?(?:by|from|of)\s+")


# Between "who" and its verb: auxiliaries, adverbs and a short phrase of time ("who in 2010 said", "who on Monday
# had warned", "who earlier this year said").
AFTER_WHO = (r"(?:(?:has|have|had|also|previously|once|then|later|\w+ly)\s+|(?:in|on|at|during|last|earlier|this)"
             r"\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+,?\s+)*")


# A relative clause on a described person or group: "an architect who said", "voters who say".
# A bare plural of people before "who": "attacked by farmers who claimed", "angered local growers who said".
BARE_PLURAL_WHO = re.compile(r"(?:^|\s)((?:(?!(?:by|of|to|from|with|for|and|or|the|a|an|in|on|at|[a-z]+ed|[a-z]+ing)\s)"
                             r"[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s)\s+who\s+" + AFTER_WHO + "$")
UNNAMED_WHO = re.compile(r"(?:^|\s)((?:an?|the|some|many|several|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d+|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:[\w’'-]+\s+){0,3}?"
                         r"(?!(?:and|or|but)\s)[a-z][\w’'-]*)"  # not "(the coast) and who (once described)"
                         r"\s+who\s+" + AFTER_WHO + "$")


# A sentence that opens with a described group or person and a defining relative clause before the verb: "Some
# Republicans who attended that meeting said", "Several of the experts who reviewed the report at the request of
# Reuters said" (the subject is the description, not a name inside the relative clause).
DESCRIBED_WHO = re.compile(r"\s*((?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|"
                           r"[Ff]our|[Ff]ive|\d+|[Aa]n?|[Tt]he)(?:\s+of\s+(?:the|those|them))?(?:\s+[\w’'-]+){1,3}?)\s+"
                           r"who\s+(?:(?:had|has|have|were|was)\s+)?([a-z]+)\b[^,;:“”\"«»]{1,80}$")
# (the caller checks that the relative clause's verb is not one of speech: "an official who said ...")


# A sentence that opens with a described subject and its verb: "The minister met X, saying ...", "Police arrested",
# "A senior official in one Union capital was more cautious, warning ..." (a place or a body may follow the
# description: "A spokesperson for the Air Force declined to ..., saying"; "Two bird groups are opposed"; "Industry
# groups cheered").
DESCRIBED_OPENING = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth|\d+)\s+"
                               r"(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*"
                               r"(?:\s+(?:in|at|from|with|for|of)\s+[^,;:“”\"]{1,40}?)?|[A-Z][a-z]+(?:\s+[a-z]+s)?)\s+"
                               r"(?:\w+ly\s+)?(?:[a-z]+ed|was|were|are|met|told|spoke|gave|took|made|held|sent|led|won|"
                               r"lost|left|sought|brought|saw|wrote|hit|struck|threw|drew)\b")


@functools.lru_cache(maxsize=1)
def possessed_speech() -> re.Pattern:
    """Between a name and its verb, a noun of speech or a text that the name owns: "Vance's speech accused ...",
    "the EPA's own analysis shows", "Goldman's latest report found"."""
    texts = rf"(?:{alternatives('document_noun')}|{FINDINGS})s?"
    return re.compile(rf"['’]s?\s+(?:(?:[a-z][\w-]*\s+)?(?:{alternatives('speech_noun')})|(?:[a-z][\w-]*\s+){{0,2}}?"
                      rf"{texts})\s+(?:(?:also|\w+ly)\s+)?")


SPOKESPERSON = re.compile(rf"^\s+(?:senior\s+)?(?:{alternatives('spokesperson')})\s+$")


def enclosed(text: str, sent_start: int, start: int) -> bool:
    """A name set off by commas with only title words before it: "The plan's author, council member X, said", "The
    plant's owner, the holding company X, said" (not a participle: "Speaking to reporters X said")."""
    comma = text.rfind(",", sent_start, start)
    between = text[comma + 1:start].split() if comma >= 0 else ["-"]
    if re.fullmatch(r"\s*(?:an?|the)\s+[^,;:“”\"]{1,60}\s(?:named|called)\s+", text[comma + 1:start]):
        return True  # "One of the organisers, a nurse from Drevaux named X, said"
    described = comma >= 0 and re.match(r"\s*(?:The|[A-Z][\w.-]*['’]s)\s+[a-z]", text[sent_start:comma]) is not None
    if (4 < len(between) or described and 1 < len(between)) and len(between) <= 8 and between[0][:1].isupper() \
            and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in between):
        return True  # a title: "The hokim, Honoured Builder of the Republic Sherzod U. X, reported", "The head of the
        # delegation, Deputy Minister of Defence X, told"
    return len(between) <= 4 and not any(w.lower() in PREPOSITIONS for w in between) and \
        not (between and between[0].endswith("ing")) and \
        all(re.fullmatch(r"[\w.’'-]+", w) for w in between)


# The time of a live blog's entry before its first sentence: "01:35 –", "2.15pm BST -"
TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[–—-]\s*")
# Before a person named as the object of a lead-in: "Responding to Mr Ashby,", "After meeting Jones,".
OBJECT_BEFORE = re.compile(r"\b(?:to|with|by|for|from|at|about|against|toward|towards|\w+ing)\s+(?:\w+\.?\s+)?$")


def object_of_lead_in(text: str, sent_start: int, position: int, people: list[int]) -> bool:
    """Whether ``position`` is right after a sentence's lead-in in which one of ``people`` (their start offsets)
    is an object: a pronoun there is not that person ("Responding to Mr Ashby, he said" is someone else).

    >>> text = "Responding to Mr Ashby, he said no."
    >>> object_of_lead_in(text, 0, 24, [17]), object_of_lead_in("When Ashby left, he said no.", 0, 17, [5])
    (True, False)
    >>> object_of_lead_in("Asked about the negotiator, Pavel Orlov, she said no.", 0, 41, [28])
    True
    >>> object_of_lead_in("When I asked the mayor, Ilona Strand, she said no.", 0, 38, [24])
    False
    """
    head = text[sent_start:position]
    if re.match(r"\s*(?:When|After|As|Once|Before)\s+(?:I|we)\s", head):
        return False  # "When I put this to the deputy mayor, Ilona Strand, she told me": the writer asks, she answers
    cut = lead_in_end(head)
    apposed = APPOSED_NAME.fullmatch(head, cut) if cut else None
    if apposed:  # "Asked about remarks by the negotiator, Pavel Orlovsky, she said": the name is the lead-in's
        return any(s >= sent_start + cut for s in people)
    return bool(cut) and sent_start + cut == position and any(OBJECT_BEFORE.search(text, sent_start, s)
                                                              for s in people)


APPOSED_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*,\s*")  # a name set off after a lead-in



def last_comma(text: str, start: int, end: int) -> int:
    """The last comma of ``text[start:end]`` that can end a clause, not one inside a figure ("6,000 people");
    -1 when there is none.

    >>> last_comma("Part, with room for 6,000 people", 0, 32)
    4
    """
    comma = text.rfind(",", start, end)
    while comma > start and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


def unverbed_name(text: str, start: int, mentions: list) -> object | None:
    """The person named in an attribution that lost its verb, the name ending it: '“...,” the state's attorney
    general, William Tong.' (not '“...,” and Ada Voss left', nor a name after a verb)."""
    for begin, end, actor in mentions[:1]:
        head = text[start:begin]
        if actor.actor_type == "person" and re.fullmatch(r"[^.;:!?“”\"«»]{0,60}", head) \
                and re.match(r"\s*[.,]", text[end:]) and not verb_pattern().search(head) \
                and not re.search(r"\b(?:and|but|while|as|when|after|before|then)\b", head):
            return actor
    return None


# A question's opening up to its verb: "(Q:) What would your father (say if ...)?", "Did the minister (say)".
QUESTION = re.compile(r"\s*(?:Q\s*[:.]\s*)?(?:(?:What|How|Why|When|Where|Who|Whom|Which)\s+)?(?:would|will|did|does|do|"
                      r"could|can|should|might|must|is|are|was|were|has|have|had)(?:n['’]t)?\s", re.IGNORECASE)


def asked_verb(text: str, sent_start: int, sent_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a reporting verb is the main verb of a question ("What would your father say if ...?"), not one of
    a clause the question asks about ("Can anyone tell me why the council insists the road is safe?").

    >>> text = "Can anyone tell me why the council insists the road is safe?"
    >>> asked_verb(text, 0, len(text), 11, 15), asked_verb(text, 0, len(text), 35, 42)
    (True, False)
    """
    asked = QUESTION.match(text, sent_start, cue_start) if "?" in text[cue_end:sent_end + 1] else None
    return asked is not None and re.search(r"\b(?:how|why|that|whether|if|what|who|when|where)\b",
                                           text[asked.end():cue_start]) is None
