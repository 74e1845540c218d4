"""Indirect speech: reported clauses without quotation marks, and who reported them.

A reporting verb of ``reporting_verbs.csv`` with its subject and the clause it reports: "Ushakov stressed
that ...", "Hegseth said Washington would ...", "told reporters (that) ...", "..., X said.", "according to
X", "described ... as ...", and headlines of the form "Speaker: claim". Speakers come from the rules of
``analysis.attribution``. Method and known limits: see ``analysis.quotes``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from analysis.attribution import (
    AGED,
    Context,
    Quote,
    definite_subject,
    epithet_subject,
    resolve_word,
    subject_before,
    trim,
)
from analysis.clause_subjects import pronoun_subject, purpose_subject
from analysis.coordinated import (
    OBJECT_AFTER,
    REPLIER,
    REPLIES,
    described_before,
    described_subject,
    document_participle_subject,
    hearer_before,
    medium_teller,
    opening_subject,
    participle_subject,
)
from analysis.country_subjects import country_opening
from analysis.described_sources import document_before, subject_body_before
from analysis.document_authors import sender
from analysis.framed_reports import STATED_BY, according_to, colon_headlines, lead_ins, stated_by
from analysis.organizations import BODY_NOUNS, FINDINGS, issued_text
from analysis.pronoun_agreement import agrees
from analysis.quotes_lexicon import alternatives, verb_forms, verb_pattern
from analysis.reported_clause import FINITE_WORD, clause_after
from analysis.speaker_gaps import (
    AFTER_WHO,
    BARE_PLURAL_WHO,
    CATENATIVE,
    DESCRIBED_WHO,
    INTRODUCTORY_PHRASE,
    PASSIVE,
    TIMESTAMP,
    UNNAMED_WHO,
    asked_verb,
    before_auxiliary,
)
from analysis.trailing import DEFINITE_HEAD, parenthetical
from analysis.trailing import trailing as trailing_report
from analysis.unnamed_sources import (
    described_who,
    names_a_source,
    names_a_text,
    reported_within,
    unnamed,
    unnamed_before,
)

__all__ = ["STATED_BY", "find_indirect"]

POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|their|its|our|my|your))\s+$", re.IGNORECASE)


QUOTED_AS = re.compile(r"\s(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:quoted|cited|reported)(?:\s+(?:by|in)\s+"
                       r"[^,;“”\"]{1,80}?)?\s+as\s+$")


# The active form: "RIA quoted Sergei Lavrov as saying", "the agency quoted his spokesman, Aron Feddle, as saying".
QUOTED_OBJECT = re.compile(r"\b(?:quoted|cited)\s+([^;:“”\"«»]{2,120}?),?\s+as\s+(?:having\s+)?$")


def _quoted_object(ctx: Context, quoted: re.Match):
    """The one quoted: the last person named in the object of "quoted ... as saying", else its description."""
    named = [a for _, _, a in ctx.mention_at(quoted.start(1), quoted.end(1)) if a.actor_type == "person"]
    return named[-1] if named else unnamed(quoted.group(1), whole=True) if names_a_source(quoted.group(1)) else None



# A text named by a title that opens the sentence as the subject of a reporting verb: "The Clean Air Act says",
# "The Paris Agreement calls for", "The Green New Deal promises".
NAMED_TEXT = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}(?:Agreement|Accord|Act|Treaty|Protocol|"
                        r"Convention|Resolution|Declaration|Assessment|Amendment|Directive|Pact|Deal|Plan|Report))"
                        r"\s+(?:(?:also|further|\w+ly)\s+)?")


# A source described before a relative "that" or "which" and the reporting verb: "a study by the Government
# Accountability Office that found", "a University of California study that said".
RELATIVE_SOURCE = re.compile(r"(?:^|(?<=\s))((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                             r"(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)\s+(?:that|which)\s+$")


# Figures or a text that someone brings out, before the relative clause that reports them.
_PRESENTED = re.compile(rf"\b(?:presented|presents|cited|cites|shared|shares|unveiled|unveils|pointed\s+to|points\s+to)"
                        rf"\s+(?:(?:an?|the|new|fresh|official|internal|his|her|its|their)\s+)*(?:[\w-]+\s+){{0,2}}?"
                        rf"(?:{FINDINGS}|numbers|statistics|study|report|survey|poll)\s+(?:that|which)\s+$")


def _relative_source(ctx: Context, sent_start: int, cue_start: int):
    """The source a relative clause's reporting verb goes back to: a body or person named right before "that"
    ("a study by the GAO that found": the GAO), else the shortest described source or text before it."""
    found = RELATIVE_SOURCE.search(ctx.text, max(sent_start, cue_start - 160), cue_start)
    shown = _PRESENTED.search(ctx.text, max(sent_start, cue_start - 120), cue_start)
    owner = ctx.mention_ending_at(found.end(1)) if found else None
    if owner is not None and owner[2].actor_type in ("organization", "person", "media"):
        return owner[2]
    presenter = subject_before(ctx, sent_start, shown.start()) if shown else None
    if presenter is not None:  # "Ebrard presented data that showed that": who brought the figures out
        return presenter
    if found is None:
        return None
    phrase = found.group(1)
    issued = issued_text().search(ctx.text, max(sent_start, found.end(1) - 80), found.end(1))
    owner = ctx.mention_ending_at(issued.start()) if issued else None
    if owner is not None and owner[2].actor_type in ("organization", "person", "media", "government"):
        return owner[2]  # "The Kremlin released a statement that said": who issued it
    starts = [0] + [m.start() for m in re.finditer(r"(?<=\s)(?:an?|the|this|these|its|his|her|their)\s", phrase)]
    for start in reversed(starts):  # the shortest phrase that ends in a source or a text
        if names_a_source(phrase[start:]) or names_a_text(phrase[start:]):
            return unnamed(phrase[start:], whole=True)
    return None


# Forms that are also nouns, and what makes them one: a determiner or an owner and a word in the singular before
# them ("its growth forecast", "the annual report"; not "the minister's aides report").
NOUN_FORMS = frozenset(("forecast", "report", "claim", "comment", "estimate", "promise", "pledge", "plan", "call",
                        "answer", "note", "quote", "order", "demand", "request", "appeal", "vow", "boast", "fear",
                        "hope", "doubt", "question", "charge", "reply", "offer", "remark", "protest", "challenge",
                        "rate", "post", "tweet", "label", "brand", "term", "show", "frame", "signal", "hint", "attack",
                        "smear", "joke", "quip", "retort", "praise", "blame", "rule", "recall", "counter", "welcome",
                        "lecture", "project"))
# A participle phrase after a plural noun that is also a verb: "reports released last year", "claims made by".
REDUCED_RELATIVE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|made|sent|given|written|drawn|seen|heard|taken)\s+"
                              r"(?:last|this|earlier|in|on|at|by|from|during|after|before|since|yesterday|today|over)\b")
NOUN_PHRASE_BEFORE = re.compile(r"(?:\b(?:its|his|her|their|the|a|an|our|this|that|these|those)|['’]s)\s+"
                                r"(?:[\w-]*ss|[\w-]*[^\Ws])\s+$|\ws['’]\s+$", re.IGNORECASE)  # "the trustees’ reply"

# A determiner or a verb in the past right before a participle: "ignored repeated complaints", "the noted author".
ADJECTIVE_USE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|these|those|(?-i:[a-z]{3,}ed))\s+$", re.IGNORECASE)

# A comma before a participle, perhaps with an adverb: ", saying", ", even suggesting".
# Or a second participle: ", raising his voice and warning".
COMMA_BEFORE = re.compile(r",\s*(?:(?:while|when)\s+)?(?:[a-z]+ing\b[^,;:“”\"«»]{0,60}?\s+and\s+)?"
                          r"(?:(?:even|also|then|again|further|thereby|\w+ly)\s+)?\Z")



# A relative clause on an apposition to a name: "Markwayne Mullin, an Oklahoma Republican who said ...".
APPOSED_WHO = re.compile(r",\s+(?:an?|the)\s+[^,;:“”\"«»]{1,60}?\s+(?:who|that|which)\s+" + AFTER_WHO + r"\Z")
POSSESSED_HEAD = re.compile(r"\s*([A-Z][\w.-]*['’]s\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w’'-]*))\s+"
                            r"(?:(?:also|has|have|had|\w+ly|on\s+[A-Z][a-z]+day|last\s+[a-z]+|today|yesterday)\s+)*")
# A named owner's study or document as a subject: "TNO's analysis of the machine gun fire showed that".
OWNED_FINDING = re.compile(r"\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?(?:analysis|report|"
                           r"study|survey|poll|review|assessment|investigation|inquiry|research|findings|data|"
                           r"estimate|forecast|audit|statement|complaint|lawsuit|indictment|filing|paper)"
                           r"(?:\s+(?:of|on|into)\s+[^,;:“”\"]{1,60}?)?\s+"
                           r"(?:(?:also|has|have|had|will|would|\w+ly|on\s+[A-Z][a-z]+day)\s+)*")
RELATIVE_AFTER = re.compile(r"(.*?\S),\s+(?:which|who|whose|[a-z]+(?:ed|en|wn)\s+(?:by|in|on|at|for|from|to|with|"
                            r"late|earlier|last)|published|released|issued)\b"
                            r"(?:[^,;:“”\"«»]|(?<=\d),(?=\d{3})){0,150},\s+")
# (and a participle set off after the subject: "The letter, signed by 40 senators, warns that")


# A verb of causing with its object before a reporting verb's "to": "led TNO to conclude", "prompted the minister
# to warn" (the object speaks).
CAUSED = re.compile(r"\b(?:led|leading|prompted|prompting|caused|causing|forced|forcing|pushed|persuaded|convinced|"
                    r"inspired|spurred)\s+"
                    r"((?:[\w.’'-]+\s+){0,7}?[\w.’'-]+)\s+to\s+$")


@functools.lru_cache(maxsize=1)
def _document_lead() -> re.Pattern:  # "The lawsuit alleges that", "The complaint accuses the firm of"
    return re.compile(rf"\s*[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives('document_noun')})\s+")


def _caused_subject(ctx: Context, start: int, end: int):
    named = [a for s, e, a in ctx.mention_at(start, end) if not ctx.inside_quote(s)]
    if named:
        return named[-1]
    return unnamed(ctx.text[start:end], whole=True)  # "led the city to declare": the city, as described


def _sentence_subject(ctx: Context, sent_start: int, cue_start: int):
    """The actor named at the start of a sentence (after title words at most), outside quotation marks."""
    for start, _, actor in ctx.mention_at(sent_start, cue_start):
        if not ctx.inside_quote(start) and len(ctx.text[sent_start:start].split()) <= 4:
            return actor
        break
    return None


def _connector(text: str, start: int, cue_start: int) -> str:
    match = re.search(r"(?:,\s*|,?\s+(?:and|but)\s+(?:also\s+)?)$", text[start:cue_start])
    return match.group() if match else ""


def _coordinated_host(ctx: Context, quotes: list[Quote], cue_start: int) -> Quote | None:
    """The indirect quote whose clause a coordinated or participial reporting verb continues with a new report.

    "X said that A, adding that B" and "X asserted that A and remarked that B" are two reports by X.
    """
    for quote in quotes:
        if quote.cue != "according to" and quote.start < cue_start < quote.end and \
                _connector(ctx.text, quote.start, cue_start):
            return quote
    return None


class _Covered:
    """Spans given once, with a containment test in logarithmic time (a prefix maximum of their ends)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def __contains__(self, position: int) -> bool:
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and self.reach[i] > position


# Verbs of persuasion that things do too ("rising prices encouraged investors to buy"): a subject must name a source.
PERSUADING = frozenset(("encourage", "exhort", "implore"))
NESTED_SUBJECT = re.compile(r",?(?:\s+(?:once|later|privately|publicly|had|has|have|\w+ly))*\s+$")
NESTED_AUDIENCE = re.compile(r"\s[\w\s’'-]{1,40}?\sthat\s")
NESTED_AGENT = re.compile(r"\s+by\s+")
NESTED_LEMMAS = frozenset(("tell", "assure", "inform", "warn", "promise", "remind", "advise"))


def _nested(ctx: Context, sent_start: int, sent_end: int, verb: re.Match, lemma: str, kind: str) -> Quote | None:
    """A report inside another's reported clause: "He claims Holmqvist once told a private dinner that subsidies
    were ...", "the governor, Emil Brandt-Oss, had assured him that ...": the one named before "told <audience>
    that" told it; "a delegate had been told by a ministry official that ...": the agent."""
    if lemma not in NESTED_LEMMAS:
        return None
    agent = NESTED_AGENT.match(ctx.text, verb.end()) if PASSIVE.search(ctx.text, max(sent_start, verb.start() - 30),
                                                                      verb.start()) else None
    if agent:
        named = next(iter(ctx.mention_at(agent.end(), agent.end() + 60)), None)
        named = named if named and named[0] == agent.end() else None
        end = named[1] if named else agent.end()
        after = re.match(r"(?:,[^,;“”\"]{1,80},)?\s+that\s" if named else r"[^,;:“”\"]{2,60}?\s+that\s",
                         ctx.text[end:end + 100])
        if after is None:
            return None
        if named is None:  # "by a ministry official that": the description
            source = ctx.text[end:end + after.end()].rsplit(" that", 1)[0]
            named = (0, 0, unnamed(source, whole=True)) if names_a_source(source) else None
            if named is None:
                return None
        start = end + after.end() - len("that ")
    elif NESTED_AUDIENCE.match(ctx.text, verb.end()):
        chain = CATENATIVE.search(ctx.text, max(sent_start, verb.start() - 60), verb.start())
        before = chain.start() if chain else verb.start()  # "Zelensky tried to assure senators that"
        gap = NESTED_SUBJECT.search(ctx.text, max(sent_start, before - 40), before)
        named = ctx.mention_ending_at(gap.start() if gap else before)
        start = verb.end()
    else:
        return None
    if named is None or named[2] is None or named[2].actor_type not in ("person", "unknown"):
        return None
    clause = clause_after(ctx, start, sent_end, lemma, kind)
    return None if clause is None else Quote("indirect", clause[0], clause[1], verb.group(), verb.start(),
                                             named[2])


def _before_colon(ctx: Context, clause: tuple[int, int]) -> bool:
    """Whether a clause with a finite verb ends at a colon that opens a quotation."""
    after = ctx.text[clause[1]:clause[1] + 4]
    if re.match(r"(?:what|how|why|whether|if|who|when|where)\b", ctx.text[clause[0]:clause[1]], re.IGNORECASE):
        return False  # "explained what the plan would do: “...”": the quotation is the answer
    return re.match(r"\s*:\s*[“«\"‘']", after) is not None and len(ctx.text[clause[0]:clause[1]].split()) >= 4 and \
        re.search(r"\b(?:is|are|was|were|had|has|have|would|will|could|can|should|must|did|does|do|might|may)(?:n['’]t)?"
                  r"\b|\b[a-z]{3,}ed\b", ctx.text[clause[0]:clause[1]]) is not None


def find_indirect(ctx: Context, sentences: list[tuple[int, int]], taken: list[Quote]) -> list[Quote]:
    """Reported speech, sentence by sentence; each test looks only at the sentence at hand and at spans found
    before it through ``_Covered``, so the time grows with the length of the text, not its square."""
    stated, attributions = stated_by(ctx, sentences)
    direct = _Covered([(t.start, t.end) for t in taken if t.kind == "direct"])  # a transcript's line, unmarked
    quotes = [q for q in according_to(ctx, sentences) + lead_ins(ctx, sentences) + colon_headlines(ctx, sentences)
              + stated if q.start not in direct]
    for quote in quotes:
        ctx.note_speaker(quote.cue_start, quote.speaker)
    given = sorted(quotes, key=lambda q: q.start)
    given_starts = [q.start for q in given]
    static = _Covered([(q.start, q.end) for q in [*taken, *quotes]] + attributions)
    attribution_cues = {q.cue_start for q in taken}
    for sent_start, sent_end in sentences:
        first, last = bisect.bisect_left(given_starts, sent_start), bisect.bisect_left(given_starts, sent_end)
        here = given[first:last]  # quotes of this sentence: the given ones, then those found in it
        added: list[tuple[int, int]] = []

        def covered(position: int) -> bool:
            return position in static or any(s <= position < e for s, e in added)  # noqa: B023

        for verb in verb_pattern().finditer(ctx.text, sent_start, sent_end):
            cue_start, cue_end = verb.start(), verb.end()
            if ctx.inside_quote(cue_start):
                continue
            lemma, kind = verb_forms()[verb.group()]
            if verb.group() in NOUN_FORMS and NOUN_PHRASE_BEFORE.search(ctx.text, max(sent_start, cue_start - 40),
                                                                        cue_start):
                continue  # "its growth forecast", "the annual report", "Trump's latest claim": a noun
            if verb.group().endswith("s") and verb.group()[:-1] in NOUN_FORMS and (
                    REDUCED_RELATIVE.match(ctx.text, cue_end, sent_end) or
                    OBJECT_AFTER.search(ctx.text, max(sent_start, cue_start - 20), cue_start)):
                continue  # "A pair of reports released last year, ..., warned", "brushed aside demands": a noun
            if verb.group().endswith("ed") and ADJECTIVE_USE.search(ctx.text, max(sent_start, cue_start - 20),
                                                                    cue_start):
                continue  # "ignored repeated complaints", "the detailed plan": a participle as an adjective
            if verb.group() == "detail" and ctx.text.endswith("in ", max(sent_start, cue_start - 3), cue_start):
                continue  # "shows in detail how": a noun
            if asked_verb(ctx.text, sent_start, sent_end, cue_start, cue_end):
                continue  # "Q: What would your father say if you became prime minister?" reports nothing
            if not verb.group().split()[0].endswith("ing") and \
                    PASSIVE.search(ctx.text, max(sent_start, cue_start - 30), cue_start):
                inner = _nested(ctx, sent_start, sent_end, verb, lemma, kind) if covered(cue_start) else None
                if inner is not None:  # "... had been told by a ministry official that ...": the agent's report
                    quotes.append(inner)
                    here.append(inner)
                continue  # "The plan was described as ...": the subject did not say it
            chained = kind == "opinion" and ctx.text.startswith(" to ", cue_end)  # "the developer expected to build"
            trailing = None if cue_start in attribution_cues or covered(cue_start) or chained \
                else trailing_report(ctx, sent_start, sent_end, cue_start, cue_end)
            if trailing is None and cue_start not in attribution_cues and not covered(cue_start) and not chained:
                trailing = parenthetical(ctx, sent_start, sent_end, cue_start, cue_end)
            if trailing is not None and any((q.start, q.end, q.speaker) == trailing for q in here):
                continue  # "Clause, according to a letter X wrote to the board.": reported once, by "according to"
            if trailing is not None:
                quote = Quote("indirect", trailing[0], trailing[1], verb.group(), cue_start, trailing[2])
                ctx.note_speaker(cue_start, quote.speaker)
                quotes.append(quote)
                here.append(quote)
                added.append(trailing[:2])
                if not re.match(r"\s*:", ctx.text[cue_end:cue_end + 3]):
                    continue  # after "..., she said:" her explanation is a report of its own
            host = _coordinated_host(ctx, here, cue_start)
            if host is None and covered(cue_start):
                inner = _nested(ctx, sent_start, sent_end, verb, lemma, kind)
                if inner is not None:
                    quotes.append(inner)
                    here.append(inner)
                continue
            # "X said it had rejected an approach from Y, calling it ...": the one who reported earlier in the
            # sentence goes on (not a possessed noun read as a verb: "the secretary's comments came after ...")
            participle = verb.group().split()[0].endswith("ing") and \
                COMMA_BEFORE.search(ctx.text, sent_start, cue_start) is not None
            earlier = [q.speaker for q in here if q.cue_start < cue_start and q.speaker is not None and not
                       POSSESSIVE_BEFORE.search(ctx.text, max(sent_start, q.cue_start - 12), q.cue_start)] \
                if participle else []
            earlier = earlier or ([a for a in [participle_subject(ctx, sent_start, cue_start)] if a is not None]
                                  if participle and host is None else [])
            if not earlier and host is None and verb.group().split()[0].endswith("ing"):
                earlier = [a for a in [document_participle_subject(ctx, sent_start, cue_start)] if a is not None]
            described = None if host or earlier else DESCRIBED_WHO.match(ctx.text, sent_start, cue_start)
            described = described if described and described.group(2) not in verb_forms() else None
            subject = host.speaker if host else earlier[-1] if earlier else \
                described_who(described) if described and names_a_source(described[1]) else \
                subject_before(ctx, sent_start, cue_start)  # "Several experts who reviewed the X report said"
            quoted = QUOTED_OBJECT.search(ctx.text, max(sent_start, cue_start - 150), cue_start)
            if quoted and not ctx.inside_quote(quoted.start()):  # "TASS quoted Lavrov as saying": Lavrov
                subject = _quoted_object(ctx, quoted) or subject
            caused = CAUSED.search(ctx.text, max(sent_start, cue_start - 120), cue_start)
            if caused:  # "the analysis led TNO to conclude", "prompted the minister to warn": the one caused
                subject = _caused_subject(ctx, caused.start(1), caused.end(1))
            passive = QUOTED_AS.search(ctx.text[sent_start:cue_start])  # "X was quoted by Reuters as saying": X
            if passive:
                subject = subject_before(ctx, sent_start, sent_start + passive.start())
            bare = BARE_PLURAL_WHO.search(ctx.text, sent_start, cue_start) if subject is None and \
                not ctx.text.startswith(" to ", cue_end) else None  # not "councillors who want to kill it should"
            if bare and names_a_source(bare.group(1)):  # "was attacked by farmers who claimed it hindered"
                subject = unnamed(bare.group(1), whole=True)
            if subject is None and not participle:  # "cited a study by the GAO that found that": the GAO
                subject = _relative_source(ctx, sent_start, cue_start)
            named_text = NAMED_TEXT.fullmatch(ctx.text, sent_start, cue_start) if subject is None else None
            if named_text:  # "The Clean Air Act says", "The Paris Agreement calls for": a text named as a title
                subject = unnamed(named_text.group(1), whole=True)
            by_doing = verb.group().split()[0].endswith("ing") and re.search(
                r"\b(?:by|after|before|while|when)\s+$", ctx.text[sent_start:cue_start]) is not None
            if subject is None and not participle and not by_doing:  # not "they published the results by announcing"
                head = ctx.text[sent_start:cue_start]  # "U.S. officials indicating that", "Democrats are urging"
                head = head[:before_auxiliary(head, verb.group())]  # "The 31-year-old nurse says", "The Swede said"
                outer = reported_within(head)  # "People involved said Carrowen had pushed for": what they said
                subject = (subject_before(ctx, sent_start, sent_start + outer) if outer > 0 else None) or \
                    (ctx.person_before(sent_start) if AGED.match(head.strip()) else None) or \
                    epithet_subject(ctx, head, cue_start) or sender(ctx, head, cue_start) or \
                    unnamed_before(head) or purpose_subject(head)  # "Her statement said": who sent it; "One of
                # the studies uses projections to estimate that": the study
            if subject is None and by_doing:
                subject = _sentence_subject(ctx, sent_start, cue_start) or \
                    pronoun_subject(ctx, sent_start, cue_start)  # "X opened the session by calling for"
                noted = ctx.noted_speaker(sent_start, cue_start) if subject is None else None
                if noted is not None and re.fullmatch(r"[^“”\"«».;:]{1,40}", ctx.text[noted[0]:cue_start]):
                    subject = noted[1]  # "“...,” Ebrard said before pointing out that ...": the one who said it
            if subject is None and verb.group().split()[0].endswith("ing") and \
                    COMMA_BEFORE.search(ctx.text, sent_start, cue_start):  # ", pointing out that": a phrasal verb too
                stamp = TIMESTAMP.match(ctx.text[sent_start:sent_start + 40])  # a live blog's entry time
                opening = sent_start + (stamp.end() if stamp else 0)  # is no part of the subject
                opens = re.match(r"([Hh]e|[Ss]he|It(?=\s+(?!is|was|has\s+been|will|would|could|may|might)[a-z]+s\b))"
                                 r"\s+[a-z]+", ctx.text[opening:cue_start])
                if opens:  # "He told the group, adding that ...", "He briefed X on ..., saying": the pronoun's person
                    subject = resolve_word(ctx, opens.group(1), opening) if opens.group(1) != "It" else \
                        document_before(ctx, opening) or subject_body_before(ctx, opening)  # "The report came out.
                    # It covers flooding, noting that ...": the report
                subject = subject or described_subject(ctx, opening) or _sentence_subject(ctx, opening, cue_start) \
                    or ctx.person_before(cue_start) or ctx.person_before(cue_start, kinds=("organization",))
                if subject is not None and subject.name and not opens and \
                        not any(a == subject for _, _, a in ctx.mention_at(sent_start, cue_start)):
                    subject = None
                if subject is None:  # "Russia has opposed the idea, fearing ...": countries are no mentions
                    subject = country_opening(ctx.text[opening:cue_start])
            lead = ctx.text[sent_start:cue_start]
            chain = CATENATIVE.search(lead)  # "The secretary likes to describe": the subject is before "likes"
            lead = lead[:chain.start()] if chain else lead
            if subject is None and chain:  # "X went on to say that"
                subject = subject_before(ctx, sent_start, sent_start + chain.start())
            opening = INTRODUCTORY_PHRASE.match(lead)  # "Speaking in Philadelphia, the nominee told ..."
            lead = lead[opening.end():] if opening else lead
            lead = lead[:before_auxiliary(lead, verb.group())]  # "The city of Phoenix is demanding that"
            relative = subject is None and UNNAMED_WHO.search(lead)  # "an architect who said he was stiffed"
            if relative:
                subject = unnamed(relative.group(1), whole=True)
            enclosing = RELATIVE_AFTER.fullmatch(lead)  # "The union, which represents 9,000 nurses, said"
            lead = enclosing.group(1) + " " if enclosing else lead
            owned = subject is None and POSSESSED_HEAD.fullmatch(lead)  # "Ukraine's gas pipeline operator said"
            if owned and (owned.group(2) in BODY_NOUNS or names_a_source(owned.group(1))):
                subject = unnamed(owned.group(1), whole=True)
            finding = subject is None and OWNED_FINDING.fullmatch(lead)  # "TNO's analysis of the fire showed"
            if finding:
                owner = ctx.mention_ending_at(sent_start + (len(ctx.text[sent_start:cue_start]) - len(lead))
                                              + finding.end(1))
                subject = owner[2] if owner else unnamed(finding.group(1), whole=True)
            if subject is None and DEFINITE_HEAD.fullmatch(lead) and (kind != "description" and lemma not in
                                                                       PERSUADING or names_a_source(lead)
                                                                       or _document_lead().fullmatch(lead)):
                subject = definite_subject(ctx, lead, cue_start)
            if subject is None:  # "Merkel met Macron in Paris and said", "the minister visited a plant and warned"
                subject = opening_subject(ctx, sent_start, cue_start)
            replier = REPLIER.fullmatch(ctx.text, sent_start, cue_start) if lemma in REPLIES else None
            hearer = hearer_before(ctx, sent_start) if replier else None
            if hearer is not None and agrees(replier.group(1), hearer, ctx.sexes()):
                subject = hearer  # "X told President Y that ... . He replied that ...": Y replies
            apposed = APPOSED_WHO.search(ctx.text, sent_start, cue_start)  # "X, an Oklahoma Republican who said"
            named = [m for m in ctx.mention_at(sent_start, apposed.start()) if m[1] == apposed.start() and
                     m[2].actor_type in ("person", "organization") and not ctx.inside_quote(m[0])] if apposed else []
            subject = medium_teller(ctx, sent_start, cue_start, named[-1][2] if named else subject) or \
                described_before(ctx, sent_start, cue_start)  # "told Axios, who"; "... . Asked why, she said"
            if subject is None:
                continue
            clause = clause_after(ctx, cue_end, sent_end, lemma, kind)
            defining = not named and kind != "description" and re.search(r"[^,\s]\s+who\s+$",
                                                                         ctx.text[sent_start:cue_start])
            if clause is None or defining and not (ctx.text.endswith("that ", 0, clause[0])
                                                   or FINITE_WORD.search(ctx.text[clause[0]:clause[1]].split(",")[0])):
                continue  # "The engineer who wrote the email, Daniel Ostrowski, told": an object, not a report
            relative = re.search(r",\s+who\s+" + AFTER_WHO + "$", ctx.text[sent_start:cue_start]) or named
            if relative:  # a relative clause
                comma = re.search(r",[”»\"’']?\s", ctx.text[clause[0]:clause[1]])  # ends at its closing comma
                clause = (clause[0], clause[0] + comma.start()) if comma else clause
            if cue_start in attribution_cues and not _before_colon(ctx, clause):
                continue  # the cue of a direct quote; but 'X says the state has failed: “...”' reports both
            if host is not None:
                host.end = trim(ctx.text, host.start, cue_start - len(_connector(ctx.text, host.start, cue_start)))[1]
            quote = Quote("indirect", clause[0], clause[1], verb.group(), cue_start, subject)
            ctx.note_speaker(cue_start, subject)
            quotes.append(quote)
            here.append(quote)
            added.append(clause)
    return quotes
