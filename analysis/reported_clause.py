"""The clause a reporting verb reports: "stressed that ...", "told reporters the city would ...", "said
after the vote he would ...", "described the plan as ...", "accused X of ...", "said: ...". Used by
``analysis.indirect`` for verbs and by ``analysis.nominal_speech`` for nouns of speech ("the claim that ...").
"""

from __future__ import annotations

import bisect
import functools
import re

from analysis.attribution import Context, classify, trim
from analysis.clause_ends import clause_comma
from analysis.coordinated import DOCUMENT_NOUNS
from analysis.quotes_lexicon import (
    HEARER_THEN_CLAUSE,
    PREPOSITIONS,
    alternatives,
    quote_words,
    verb_forms,
    verb_pattern,
)

__all__ = ["AGO", "FINITE_WORD", "NAMED_HEARER", "clause_after"]

TIME_AFTER_VERB = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                             r"tonight|(?:last|this|(?:earlier|later)\s+this)\s+(?:week|weekend|month|year|night|"
                             r"morning|afternoon|evening))\s+")
# After a time that follows the verb, a word that opens no reported clause.
NO_CLAUSE_AFTER_TIME = re.compile(r"(?:but|and|when|while|after|before|on|about|to|for|with|or)\b")
# A time counted back from the moment of writing, after a verb: "..., she told us a few minutes ago".
AGO = re.compile(r"\s*(?:(?:us|me|reporters|journalists)\s+)?(?:(?:an?|one|two|three|several|some|a\s+few|\d+)\s+)?"
                 r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b")
ANONYMITY = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+remain\s+anonymous|for\s+anonymity)\b")
NEEDS_THAT = HEARER_THEN_CLAUSE
HEARER_MAY_PRECEDE = frozenset(("promise", "pledge", "assure", "show", "teach"))  # with or without a hearer
OBJECT_THAT = re.compile(rf"^\s*(?:(?:{alternatives('that_determiner')})\s+)?(?:{alternatives('that_noun')})\s+that\s")
# Verbs that report an indirect question ("asked why", "details how").
QUESTIONING = frozenset(("question", "ask", "wonder", "say", "explain", "detail", "outline"))
GERUND_AFTER = frozenset(quote_words("on_gerund"))  # "insists on maintaining the course"
TO_INFINITIVE = frozenset(quote_words("to_infinitive"))
MOVES_OBJECT = frozenset(quote_words("object_to_place"))
CLAUSE_ONLY = frozenset(quote_words("clause_only"))  # "a hall boasting a sport court" reports nothing
# What "blame" reports: a thing or a person blamed, then "for" or "on" ("blamed the flood on warming", "blamed
# California's laws for the fires"), not a noun's own "for" ("blaming weak demand for mortgages").
BLAMED = re.compile(r"\s*(?:(?:the|his|her|their|its|a|an|[A-Z][\w.-]*['’]s)\s+[^,;]{1,60}?|him|her|them|"
                    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)"
                    r"\s(?:for|on)\s")  # "blamed state officials for": people in the plural
THAT_ONLY = frozenset(quote_words("that_only"))  # "accepted that ...", never "accepted the offer"
# What such a verb moves, then where: "added an hour to the timetable", "added two names to the list".
OBJECT_TO_PLACE = re.compile(r"(?:a|an|another|one|two|three|more|extra|some|the|\d[\d,.]*)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"to\s+(?:the|a|an|its|their|his|her|our|every|each)\s")
_CLAUSE_OPENING = (rf"(?:{alternatives('clause_opener')}|"
                   rf"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:{alternatives('auxiliary')}))\b")
# At the start of what follows a verb, a bare noun phrase before an auxiliary opens a clause too ("told me
# visitor numbers had risen").
CLAUSE_START = re.compile(rf"^(?:{_CLAUSE_OPENING}|(?:this\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s+"
                          rf"(?:{alternatives('auxiliary')})\b)")
# A clause opened by its own subject, a noun phrase and an auxiliary ("warn the proposed rule could remove").
SUBJECT_THEN_AUXILIARY = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|this|our)\s+(?:(?!(?:the|a|an|he|she|it|"
                                    r"they|we|you|his|her|their|its|this|our)\s)[a-z][\w’'-]*\s+){1,3}?|"
                                    r"(?:there|it|he|she|they|we)\s+)"  # "warned there could be", "warned they would"
                                    r"(?:could|would|will|may|might|can|must|should|is|are|was|were|has|have|had)\s")
# A named subject and its auxiliary: "ruled Trump and his co-defendants were liable", "contended Kyiv had".
NAME_THEN_AUXILIARY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,3}"
                                 r"(?:and\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){1,2})?"
                                 r"(?:could|would|will|may|might|can|must|should|is|are|was|were|has|have|had)\s")
# An aside between a pair of dashes in a clause's subject: "believes climate change – and the refusal to act –
# will help".
DASHED_ASIDE = re.compile(r"\s+[—–]\s[^—–]{1,120}?\s[—–](?=\s)")
# The hearer of "told": a word of the audience list, a medium, a name, or a short noun phrase right before a
# clause ("told the crowd the city would rebuild", "told his supporters the vote was rigged").
TOLD_OBJECT = re.compile(rf"^\s*(?:{alternatives('audience')}|the (?:{alternatives('medium_noun')}) [A-Z0-9]\S*|"
                         r"(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}|"
                         r"(?:the|a|an|his|her|their|its|this|our)\s+(?:(?!(?:to|that|of|for|about|in|on|and)\b)[a-z][\w’'-]*"
                         r"\s+){0,2}?(?!(?:to|that|of|for|about|in|on|and)\b)[a-z][\w’'-]*(?=\s+"
                         + _CLAUSE_OPENING + ")|"  # a bare plural: "told (business) advocates the agency will"
                         r"(?:[a-z][\w’'-]*\s+)?(?!(?:this|his|its|was|has|is|us|as|thus|yes)\b)[a-z][\w’'-]*[a-rt-z]s"
                         r"(?=\s+" + _CLAUSE_OPENING + "))\\s+")
# A hearer named by a capitalised name that ends the sentence or goes on with an adverbial ("told CNN.", "told
# Politico on Monday"), not one that opens a clause ("told Collins it was dead").
NAMED_HEARER = re.compile(r"\s*(?:[A-Z][\w&.’'-]*\s*){1,4}(?:[.!?]?\s*$|,|\s(?=(?:on|in|at|during|after|before|"
                          r"last|this|from|by|via|ahead|earlier|late|early|when|while|as)\b))")
# A phrase of time or place between the verb and its clause: "said after the convention he would not ..."
PHRASE_BEFORE_CLAUSE = re.compile(r"(?:on|in|at|after|before|during|following|from|via|through|late|early)\s+"
                                  r"(?:(?!by\b|that\b)[\w’'.-]+(?<!ing)\s+){1,5}?(?=" + _CLAUSE_OPENING + ")")


APPROXIMATE = re.compile(r"(?:about|over|under|around|at\s+least|at\s+most|up\s+to|nearly|almost|some)\s+"
                         r"(?:\d|[$£€]|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|"
                         r"thousand|million|third|quarter|half))")  # "said at least 60 men were held": no topic


DENIALS = frozenset(("deny", "reject", "dismiss", "confirm", "acknowledge"))
DENIED = re.compile(r"(?:(?:any|all|the|these|those|such|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:wrongdoing|allegations?|accusations?|charges?|claims?|reports?|rumou?rs?)\b")


# A verb form that a reported clause has and a bare object does not.
# "said this did not", "believe this rule change will", "says this rule hinders", "says this and other rules hinder"
THIS_THEN_VERB = re.compile(r"this\s+(?:and\s+other\s+)?(?:(?!(?:in|on|at|to|for|from|with|about|during|after|before|"
                            r"of|by|that|which|who)\s)[A-Za-z][\w’'-]*\s+){0,2}?(?:is|was|would|will|could|can|should|must|did|does|"
                            r"had|has|meant|means|[a-z]{3,}(?<!s)s)\s")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,6}?[a-z]+$")
_THAT_SUBJECT = re.compile(r"\s*(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|does|did|"
                           r"(?:is|was|were|are|has|have|had|wo|would|could|does|did|should)n['’]t|seems|seemed|means|"
                           r"meant|remains|remained|sounds|sounded|looks|looked)(?![\w-])")
FINITE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|had|has|have|would|will|could|can|should|must|did|does|do|"
                         r"might|may|[a-z]{3,}ed)\b")


# Whom a verb of speech addresses before its clause: "reported to the Premier that", "said to reporters that".
ADDRESSEE_THAT = re.compile(r"^\s*to\s+(?:(?:the|a|an|his|her|their|its|our|[A-Z][\w.’'-]*)\s+)?(?:[\w.’'-]+\s+){0,5}?"
                            r"(that)\s")


# An adverb set off between a verb and "that": "She cautioned, though, that ...", "He said, however, that ...".
ASIDE_BEFORE_THAT = re.compile(r",\s*(?:though|however|also|too|again|instead|moreover|meanwhile|nonetheless|"
                               r"nevertheless|further|separately|privately|publicly|repeatedly|later|earlier|"
                               r"(?:in|on|at|during)\s+(?:his|her|their|its|a|an|the)\s[^,;:.]{1,60}|"
                               r"as\s+(?:he|she|they|it|we|I)\s+(?:has|have|had|did|does|do)(?:\s+\w+){0,3})"
                               r",\s*(?=that\s)")  # ", in his memoir “Salt in the Mortar”, that"
# Any aside between commas before "that", after the verb or a time or place of it: "said on Tuesday, after a long
# meeting in Brussels, that", "continues to insist, most recently in an interview with ABC News, that".
ANY_ASIDE_BEFORE_THAT = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                   r"yesterday|today|(?:late|early)\s+\w+)|\s+(?:in|at|on|during)\s+[^,;:.“”\"]{1,40})?"
                                   r",\s*(?!(?:and|but|or|nor|so|yet)\b)[^,;:.!?“”\"«»]{2,80},\s*(?=that\s)")


# A second report of the same speaker that ends the first one's clause: "said the talks had failed before pointing
# out that ...", "... while insisting that ...".
_THEN_REPORTING = re.compile(r"\s+(?:before|after|while|then|and\s+then)\s+(\w+ing)\b(\s+\w+)?")
# After an intention's infinitive, "by" too: "sought to calm the states by arguing that ..." (not "said he would
# explain it by telling them ...": a manner inside the clause).
_BY_REPORTING = re.compile(r"\s+(?:before|after|while|by|then|and\s+then)\s+(\w+ing)\b(\s+\w+)?")
# A second report joined to the first: "..., and human rights groups warned that ..." ends the first clause.
_AND_REPORTING = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!that\b)(?:[\w’'.-]+\s+){1,7}?([a-z]+)"
                            r"(?:\s+(?:on|last|this|earlier|late)\s+[A-Z]?[a-z]+)?\s+that\s")  # "said on Thursday that"


# Verbs of putting out a document, and such a document or a picture as their object ("posted a picture of ...").
PUBLISHING = frozenset(("post", "issue", "release", "publish", "tweet", "send"))
PUBLISHED_OBJECT = re.compile(rf"\s*(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{DOCUMENT_NOUNS}|"
                              r"(?:photo|photograph|picture|image|clip|map|chart|graphic|meme|sample|screenshot|"
                              r"recording|copy|file|list)s?|copies|footage|data|records)\b")
CLAIMED_THING = re.compile(r"\s*(?:(?:full|sole|joint)\s+)?(?:responsibility|credit|victory|asylum|ownership|"
                           r"compensation|damages|the\s+(?:title|win|prize|seat|throne))\b")


def _fragment_opens(ctx: Context, mark: int, sent_end: int) -> bool:
    """Whether the quotation opening at ``mark`` is a fragment the clause goes on past: 'said "budget reforms"
    and the collection of unpaid taxes would help', not 'said "We will win."' or 'said "a disaster," adding'."""
    span = ctx.quote_at(mark + 1)
    if span is None or span[0] != mark + 1 or classify(ctx.text, *span) != "partial":
        return False
    return re.match(r"[”»\"’']?\s+(?:and|or|but|of|in|to|for|would|will|was|were|is|are|had|has|have|could|"
                    r"should|must|might|may|can)\s+\w", ctx.text[span[1]:sent_end]) is not None


# A relay that ends a sentence after a that-clause: ", Xinhua reported.", ", state media said.", ", according to
# the agency."
RELAY_AT_END = re.compile(r",\s+(?:according\s+to\s+[^,;:“”\"]{1,60}|(?!(?:which|who|as|and|but|while)\b)"
                          r"(?:[\w.’'-]+\s+){1,4}?(?P<verb>reported|reports|said|says|told\s+[\w.’'-]+))\s*[.!?]?\s*$")


# A verb refused ("declined to comment", "did not immediately comment") reports nothing before a conjunction:
# "comment but said", "comment on the report, but said".
REFUSED_BEFORE = re.compile(r"\b(?:declined|refused|not|n[’']t|never)\s+(?:to\s+)?(?:\w+ly\s+)?\w+$")
NO_CLAUSE_THEN_JOINED = re.compile(r"(?:(?:on|about|regarding|further)\b[^,;:“”\"]{0,60}?)?\s*,?\s*(?:but|and|or)\s")


# A list after a dash that ends the sentence: "the high cost of childcare, mounting student debt and unpaid leave".
DASHED_LIST = re.compile(r"[^,;:—–“”\"]{2,60}(?:,\s+[^,;:—–“”\"]{2,60}){1,6},?\s+(?:and|or)\s+"
                         r"[^,;:—–“”\"]{2,60}[.!?]?\s*")


@functools.lru_cache(maxsize=1)
def _owned_speech() -> re.Pattern:
    """Words of speech that name their own source before "that": "warnings from Kyiv that", "Kyiv's claim that"."""
    nouns = rf"(?:{alternatives('speech_noun')}|{alternatives('that_noun')})"
    return re.compile(rf"\s+(?:(?:the|recent|earlier|repeated)\s+)*(?:[a-z][\w-]*\s+)?{nouns}\s+(?:from|by)\s+"
                      rf"[^,;:“”\"]{{2,60}}?\s+that\s|\s+(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s\s+"
                      rf"(?:[a-z][\w-]*\s+)?{nouns}\s+that\s")


def clause_after(ctx: Context, cue_end: int, sent_end: int, lemma: str, kind: str) -> tuple[int, int] | None:
    """The reported clause after a verb, or None when the verb does not report one."""
    text = ctx.text
    if _owned_speech().match(text, cue_end, sent_end):
        return None  # "echoing warnings from Kyiv that ...", "repeated Kyiv's claim that": the noun's source reports
    aside = ASIDE_BEFORE_THAT.match(text, cue_end, sent_end) or ANY_ASIDE_BEFORE_THAT.match(text, cue_end, sent_end)
    cue_end = aside.end() if aside else cue_end
    rest = text[cue_end:sent_end]
    match = re.match(r"^\s*", rest)
    offset = match.end()
    after_colon = rest[offset:offset + 1] == ":" and not re.match(r":\s*[“«\"‘']", rest[offset:])
    if after_colon:  # "said: Peace can be achieved within days" reports the clause after the colon
        offset += 1 + len(rest[offset + 1:]) - len(rest[offset + 1:].lstrip())
    if not rest[offset:] or rest[offset] in "“«\"‘:,—–" or rest.lstrip().startswith(("“", "«")):
        if not _fragment_opens(ctx, cue_end + offset, sent_end):
            return None
    if kind == "speech" and NO_CLAUSE_THEN_JOINED.match(rest, offset) and \
            REFUSED_BEFORE.search(text, max(0, cue_end - 60), cue_end):
        return None  # "declined to comment but said ...", "did not comment on the report, but said": the verb
        # after the conjunction reports
    when = TIME_AFTER_VERB.match(rest[offset:])
    if when and NO_CLAUSE_AFTER_TIME.match(rest, offset + when.end()) and \
            " that " not in re.split(r"\b(?:but|and)\b", rest[offset + when.end():], maxsplit=1)[0][:80]:
        return None  # "declined to comment Friday on the report", "would not comment Tuesday when asked": no report
    when = when if when and CLAUSE_START.match(rest[offset + when.end():]) else PHRASE_BEFORE_CLAUSE.match(rest, offset)
    offset = (when.end() if when.re is PHRASE_BEFORE_CLAUSE else offset + when.end()) if when else offset
    words = rest[offset:].split()
    first, min_words = words[0].lower().strip(",") if words else "", 3
    if kind == "opinion" and re.match(r"\s*(?:the\s+same|the\s+other|that|this)\s+way\b", rest[offset:]):
        return None  # "feels the same way about ...": a manner, no clause
    if first in ("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"):
        return None  # "has accepted himself and no one will change him": an object, no clause opens with it
    if ANONYMITY.match(rest, offset):
        return None  # "An official who asked not to be named said ...": the condition of a source, not a report
    if lemma in PUBLISHING and PUBLISHED_OBJECT.match(rest) or lemma == "claim" and CLAIMED_THING.match(rest):
        return None  # "posted a video on Sunday warning that ...": the participle reports, not "posted"; "claimed
        # responsibility", "claimed victory": a thing claimed, no clause
    that = re.match(r"^\s*(?:(?:[\w’'.“”\"-]+,?\s+){0,12}?)(that)(?:\s|,(?=\s[^,;]{1,60},\s))", rest) \
        if lemma in NEEDS_THAT else \
        re.match(r"^\s*(?:(?:in|on|at|during|via|through|after|before|following)\s+[^,.;]{1,60}?\s+|for\s+(?:years|"
                 r"months|weeks|decades|(?:a\s+)?long\s+time|some\s+time)\s+|"
                 r"(?:last|this|earlier\s+this)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|"
                 r"afternoon|evening)\s+|"
                 r"yesterday\s+|today\s+|[A-Z][a-z]+day\s+|with\s+(?:an?\s+|some\s+|great\s+|deep\s+)?[a-z]+\s+|"
                 r"(?:only|just|again|also|merely|simply|publicly|privately|"
                 r"repeatedly|once\s+more|once\s+again)\s+){0,2}?(that)"  # "said Friday in a statement that"
                 r"(?:\s|,(?=\s[^,;]{1,60},\s))",  # "asked that, instead of flowers, donations be made"
                 rest) or (
            kind == "speech" and ADDRESSEE_THAT.match(rest))  # "explained to the council that", "wrote to X that"
    other = verb_pattern().search(rest[:that.start(1)]) if that and lemma in NEEDS_THAT else None
    if other and not re.search(r"\b(?:who|which)\s+(?:\w+\s+)?$", rest[:other.start()]) and not re.search(
            r"\b(?:a|an|the|conference|phone|video|earnings)\s+$", rest[:other.start()]):  # "on a conference call"
        that = None  # "told me her manager had assured the team that": the other verb's clause
    if that and "," in rest[:that.start(1)] and re.search(r",\s+(?:\w+ing|and|but|who|which)\b[^,]*$",
                                                         rest[:that.start(1)]):
        that = None  # "told the group, adding that": another verb's clause (but "told reporters in X, Y, that",
        # "told reporters, speaking after the vote, that")
    that = None if after_colon else that or OBJECT_THAT.match(rest)
    short = re.split(r"[,;.]", rest[that.end():])[0] if that and lemma in THAT_ONLY else ""
    if short and len(short.split()) <= 2 and not FINITE_WORD.search(short) and \
            not re.match(r"\s*(?:he|she|it|they|we|I|you)\b", short):
        return None  # "accepted that point, up to a point": "that" is a determiner here
    gerund = lemma in GERUND_AFTER and re.match(r"^\s*on\s+(?=\w+ing\b)", rest)
    if (lemma == "call" or kind == "description") and _WHAT_BEFORE.search(text, max(0, cue_end - 100), cue_end) \
            and re.match(r"\s*(?:as\s+)?[“«\"‘']", rest):  # "for what both sides have called “a last chance”": the
        return None  # verb names the "what" with the quoted words, a fragment and no clause
    if after_colon:
        pass
    elif that:  # "said that was a mistake": "that" is the clause's subject when a verb follows it at once
        offset = that.start(1) if _THAT_SUBJECT.match(rest, that.end()) else that.end()
    elif gerund:
        offset = gerund.end()
    elif lemma in QUESTIONING and first in ("whether", "why", "how", "what", "if", "who", "when"):
        pass  # "questioned whether the plan was legal", "asked why the talks failed": an indirect question
    elif lemma in NEEDS_THAT:  # "told reporters the government was ..." (object, then a clause)
        heard = TOLD_OBJECT.match(rest)
        heard_end = heard.end() if heard else 0
        told = rest[heard_end:] if heard else ""
        when = TIME_AFTER_VERB.match(told)  # "told voters this weekend he would ..."
        if when and CLAUSE_START.match(told[when.end():]):
            heard_end, told = heard_end + when.end(), told[when.end():]
        if lemma in TO_INFINITIVE | {"ask", "tell"} and (told.startswith("to ") or (
                not heard and re.match(r"\s*(?:[\w’'.-]+\s+){1,12}?to\s+[a-z]", rest)) or (
                re.match(r"[a-z][\w’'-]*\s+to\s+[a-z]", told) and not CLAUSE_START.match(told))):
            pass  # "urged the U.S. Congress to approve", "urged foreign ministers from ... to act": hearer and act
        elif SUBJECT_THEN_AUXILIARY.match(rest):
            pass  # "warn the proposed rule could remove ...": no hearer, the noun phrase is the clause's subject
        elif not heard or not CLAUSE_START.match(told) or re.match(r"(?:this|so)\b", told):
            return None
        else:
            offset = heard_end
    elif lemma in HEARER_MAY_PRECEDE and (heard := TOLD_OBJECT.match(rest[offset:])) and (
            CLAUSE_START.match(rest[offset + heard.end():].lstrip().removeprefix("that "))
            or rest[offset + heard.end():].lstrip().startswith("that ")):  # "promised the town it would ...": the
        offset += heard.end() + re.match(r"\s*(?:that\s+)?", rest[offset + heard.end():]).end()  # clause, not
        # its hearer; without a clause the object is what is promised ("promised a new barrier")
    elif lemma in TO_INFINITIVE and first == "to":
        pass
    elif lemma in MOVES_OBJECT and OBJECT_TO_PLACE.match(rest, offset):
        return None  # "would ... add an hour to the timetable": an object put somewhere, not a report
    elif kind == "description" and first == "as":  # "what he described as a growing focus"
        offset += len(words[0])
    elif kind == "reference" or (first in PREPOSITIONS and not APPROXIMATE.match(rest, offset)) or \
            first in ("so", "what", "how", "whether", "journalists", "reporters") or \
            first == "this" and not THIS_THEN_VERB.match(rest, offset):  # not "said this", but "said this did not"
        return None
    elif lemma == "call":  # "called the plan a disaster", "called it ‘a disaster’", not "called Putin on Friday"
        if not (re.search(r"[‘“\"«]|\sas\s", rest[:150]) or (
                len(words) > 2 and words[1].lower() not in PREPOSITIONS
                and re.search(r"\s(?:a|an)\s", " ".join(words[:12])))):
            return None
    elif kind == "description":  # "accused X of", "described X as"; not "thanked staff, some of whom ..."
        if not re.search(r"\s(?:as|of)\s(?!whom|which|them|those)", rest) and not (
                lemma == "blame" and BLAMED.match(rest)):
            # "blamed the flood on warming", "blamed the minister for it" (not "blaming weak demand for mortgages")
            return None
    elif lemma in DENIALS and DENIED.match(rest[offset:]):
        min_words = 2  # "has denied any wrongdoing", "rejected the allegations": what is denied is the report
    elif kind == "opinion" and not CLAUSE_START.match(DASHED_ASIDE.sub("", rest[offset:], count=1)) or \
            lemma in THAT_ONLY and not (SUBJECT_THEN_AUXILIARY.match(rest, offset)
                                        or NAME_THEN_AUXILIARY.match(rest, offset)) or \
            lemma in CLAUSE_ONLY and not FINITE_WORD.search(rest[offset:].split(",")[0]):  # no verb: an object
        return None  # "accepted the award and thanked the jury": without "that", what is accepted is a thing
    start, end = cue_end + offset, sent_end
    dash = re.search(r"\s[—–]\s", text[start:end])  # "... on the table — a position long opposed by Moscow"
    if dash and re.search(r"\s[—–]\s", text[start + dash.end():end]):
        dash = None  # a pair of dashes sets off an aside inside the clause: "in 1972 — a member of ... — to"
    if dash and DASHED_LIST.fullmatch(text, start + dash.end(), end):
        dash = None  # "problems facing families — the cost of childcare, student debt and unpaid leave": the
        # things named, a list that is part of the clause
    end = start + dash.start() if dash else end
    then_reporting = _BY_REPORTING if text.startswith("to ", start) else _THEN_REPORTING  # "sought to calm X by
    for then in then_reporting.finditer(text, start, end):  # arguing that Y", "said X before pointing out that Y"
        if then.group(1) in verb_forms() or then.group(1) + (then.group(2) or "") in verb_forms():
            end = then.start()
            break
    joined = next((m for m in _AND_REPORTING.finditer(text, start, end) if m.group(1) in verb_forms()), None)
    end = joined.start() if joined else end
    if not that:  # without "that" the clause ends at a comma that opens another clause ("..., adding that")
        comma = clause_comma(text, start, end, ctx.inside_quote)
        end = comma if comma > 0 else end
    else:  # "stressed that ..., state media reported": the relay at the end is no part of the clause
        relay = RELAY_AT_END.search(text, start, end)
        if relay and (relay.group("verb") is None or relay.group("verb").split()[0] in verb_forms()):
            end = relay.start()
    k = bisect.bisect_right(ctx.quoted, (start + 1, len(text) + 1))
    while k < len(ctx.quoted) and ctx.quoted[k][0] - 1 < end:  # the clause stops where a direct quote begins
        qs, qe = ctx.quoted[k]
        if start < qs - 1 and classify(text, qs, qe) == "direct":
            end = qs - 1
        k += 1
    end = cue_end + len(re.sub(r"(?:,\s*(?:\w+ing|and)?\s*[:,]?\s*)$", "", text[cue_end:end].rstrip(" ,:—–")))
    start, end = trim(text, start, end)
    end = end - 1 if end > start and text[end - 1] == "." else end
    if len(text[start:end].split()) < min_words:
        return None
    return start, end
