"""Who said a partial quote: the speaker of the reported clause it sits in, unless that clause has a verb of speech
of its own; else the subject of the sentence's reporting verb, the owner of a possessive or the agent of a passive
before it, the attribution after it, or the person or body the sentence is about. Used by ``analysis.quotes``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from analysis import actors as actors_stage
from analysis import quote_context
from analysis.after_quote import attribution_after
from analysis.attribution import (
    Context,
    Quote,
    epithet_subject,
    resolve_word,
    sentence_bounds,
    subject_before,
    unnamed,
    unnamed_before,
)
from analysis.coordinated import OPENER, opening_subject
from analysis.country_subjects import country_opening
from analysis.fragment_speakers import NAMED_BODY
from analysis.organizations import ORG_RUN
from analysis.quotes_lexicon import ALSO_PLURAL_NOUNS, alternatives, verb_forms, verb_pattern
from analysis.speaker_gaps import CATENATIVE, PASSIVE
from analysis.unnamed_sources import names_a_source, names_a_text

__all__ = ["attribute_partials"]


@functools.lru_cache(maxsize=1)
def _possessed_words() -> re.Pattern:
    """A possessive right before a fragment, or before a noun of speech whose phrase holds the fragment."""
    return re.compile(rf"['’]s\s+(?:so-called\s+|own\s+|latest\s+|new\s+)?$|"
                      rf"['’]s\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+\d{{1,2}}\s+)?"  # "X's July 30 quip that"
                      rf"(?:{alternatives('speech_noun')})\s+(?:[^\s,;:“”\"«»]+\s+){{0,7}}?$")


def _possessor(ctx: Context, start: int) -> actors_stage.Actor | None:
    """The person whose words a fragment names with a possessive: "Zelensky's “peace formula”", "Putin's
    so-called “special military operation”", "Zelensky's pledge of a “swift” counteroffensive"."""
    head = ctx.text[max(0, start - 100):start - 1]
    match = _possessed_words().search(head)
    if match is None:
        return None
    end = start - 1 - (len(head) - match.start())
    found = ctx.mention_ending_at(end, within=60)
    return found[2] if found and found[2].actor_type == "person" else None


# A verb of judging in the passive with its agent, then "as" before the fragment: "rated by X as “...”".
_JUDGED_BY = re.compile(r"\b(?:rated|ranked|graded|judged|deemed|assessed|classed|classified|regarded|seen|viewed|"
                        r"considered)\s+by\s(?=[^“”\"«»]{1,80}\bas\s+\W*\Z)")


# A document's own term before its maker: 'The latest “baseline” forecast from the Department of ...'.
_MADE_BY = re.compile(r"[”»\"’']?\s+(?:[a-z]+\s+)?(?:forecasts?|reports?|plans?|estimates?|figures|data|analysis|"
                      r"assessments?|stud(?:y|ies)|projections?|guidance|scenarios?|model(?:ling)?)\s+"
                      r"(?:from|by|of)\s+(?:the\s+)?")


def _made_by(ctx: Context, quote: Quote) -> actors_stage.Actor | None:
    """The body whose document a fragment names a term of, right after the fragment ("“baseline” forecast from X")."""
    made = _MADE_BY.match(ctx.text, quote.end)
    found = [a for s, _, a in ctx.mention_at(made.end(), made.end() + 80) if s == made.end()] if made else []
    if found:
        return found[0] if found[0].actor_type == "organization" else None
    run = ORG_RUN.match(ctx.text, made.end()) if made else None  # a body the actors stage did not take
    return actors_stage.Actor(run.group(), "", "organization", "organization", known=False) if run else None


def _passive_agent(ctx: Context, quote: Quote, sent_start: int) -> actors_stage.Actor | None:
    """The agent of a passive reporting verb: "was called “absurd” by Lavrov", "was described by Lavrov as
    “empty”", and of a participle opening the sentence: "Described by Lavrov as “empty”, the talks ..."."""
    head = ctx.text[sent_start:quote.start]
    verbs = [v for v in verb_pattern().finditer(head) if PASSIVE.search(head, 0, v.start())]
    opening = re.match(r"\s*[A-Z][a-z]+ed\s+by\s", head)  # "Described by X as “...”, the deal ..."
    rated = None if verbs or opening else _JUDGED_BY.search(head)  # "are rated by X as “...”"
    if not verbs and not opening and not rated:
        return None
    between = None if opening or rated else re.search(r"\sby\s", head[verbs[-1].end():])
    if opening or rated:
        at = sent_start + (opening or rated).end()
    elif between:
        at = sent_start + verbs[-1].end() + between.end()
    else:
        after = re.match(r"[.,;:!?]*[”»\"’']?\s+by\s", ctx.text[quote.end:quote.end + 12])
        if after is None:
            return None
        at = quote.end + after.end()
    named = [m for m in ctx.mention_at(at, at + 80) if not ctx.inside_quote(m[0])][:1]
    before = ctx.text[at:named[0][0]] if named else ""
    if named and len(before.split()) <= 4 and not re.search(r"\b(?:in|of|from|at|for|with|on)\s", before):
        return named[0][2]
    phrase = re.match(r"[^,.;:“”\"«»()]{1,80}?(?=\s+as\b|[,.;:“”\"«»()]|$)", ctx.text[at:at + 80])  # "by critics"
    if phrase is None:
        return None
    return unnamed_before(phrase.group().rstrip() + " ") or (  # "by Climate Action Tracker": a name the actors
        unnamed(phrase.group().strip(), whole=True) if _NAME_RUN.fullmatch(phrase.group().strip()) else None)


_NAME_RUN = re.compile(r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,5}")  # stage missed


def _attribution_after(ctx: Context, quote: Quote):
    """The attribution right after a fragment that closes with a comma ('“... the only candidate ...,” Lloyd Newton
    said'): (cue, cue_start, speaker), or None."""
    close = re.match(r"[.,;:!?]*[”»\"’']{1,2}", ctx.text[quote.end:quote.end + 4])  # ',’” said X' too
    found = attribution_after(ctx, quote.end + close.end() - 1) if close and re.match(
        r"[.,;:!?]*[”»\"’']\s*,|,", ctx.text[quote.end:quote.end + 5]) and not re.match(
        r"[.,;:!?]*[”»\"’']?\s*,\s*(?:which|who|whom)\b", ctx.text[quote.end:quote.end + 12]) else None  # not
    # 'promised to “look into it personally”, which Sir Godfrey took as a threat': a relative, no attribution
    return found if found and found[2] is not None else None


def attribute_partials(ctx: Context, quotes: list[Quote], indirect: list[Quote]) -> None:
    """A partial quote takes the speaker of the reporting clause it sits in; otherwise it stays unattributed."""
    order = sorted(range(len(indirect)), key=lambda k: indirect[k].start)
    starts = [indirect[k].start for k in order]
    reach = list(itertools.accumulate((indirect[k].end for k in order), max))
    for quote in quotes:
        if quote.kind != "partial" or quote.speaker is not None:
            continue
        j, hosts = bisect.bisect_right(starts, quote.start) - 1, []
        while j >= 0 and reach[j] + 2 >= quote.end:  # only clauses that can still reach the fragment
            if indirect[order[j]].end + 2 >= quote.end:
                hosts.append(order[j])
            j -= 1
        sent_start, _ = sentence_bounds(ctx.text, quote.start, ctx.quoted)
        if hosts:
            other = indirect[min(hosts)]  # the first found, as before, unless a report inside it holds the
            deeper = [indirect[h] for h in hosts if other.start < indirect[h].cue_start < indirect[h].start]
            other = max(deeper, key=lambda q: q.start) if deeper else other  # fragment ("X said Y told him that")
            # unless the reported clause has a verb of speech of its own before the fragment, with its own subject:
            # 'X on Monday lauded “important” aid ..., Reuters reports' is X's word, not the agency's
            inner = _verb_subject(ctx, max(sent_start, other.start), quote.start)
            after = _attribution_after(ctx, quote) if other.speaker is not None and not other.speaker.name else None
            if inner is not None and inner[0] != other.speaker and _own_words(ctx, inner, quote.start):
                quote.speaker, quote.cue, quote.cue_start = inner
            elif after and after[2].actor_type != "media":  # 'Protesters called on X to reject
                quote.cue, quote.cue_start, quote.speaker = after  # “all ...,” the group said': the group's words
            elif other.speaker is not None and other.speaker.actor_type == "media" and (subject := _sentence_subject(
                    ctx, max(sent_start, other.start), quote.start) or country_opening(
                    ctx.text[:quote.start], max(sent_start, other.start))) is not None:  # 'Russia takes an “extremely
                quote.speaker, quote.cue, quote.cue_start = subject, other.cue, other.cue_start  # negative” view ...,
                # Reuters reports': the agency relays Russia's words
            else:
                quote.speaker, quote.cue, quote.cue_start = other.speaker, other.cue, other.cue_start
        else:
            found_verb = _verb_subject(ctx, sent_start, quote.start)
            if found_verb is not None:
                quote.speaker, quote.cue, quote.cue_start = found_verb
            else:
                owner = _possessor(ctx, quote.start) or _passive_agent(ctx, quote, sent_start) or \
                    quote_context.aside_speaker(ctx, sent_start, quote.start) or _made_by(ctx, quote)
                if owner is not None:  # "Zelensky's “peace formula”", "was called “absurd” by Lavrov"
                    quote.speaker = owner
                    continue
                # 'Clinton "is the only candidate ...," Lloyd Newton said': the speaker after the fragment
                found = _attribution_after(ctx, quote)
                if found:
                    quote.cue, quote.cue_start, quote.speaker = found
                else:  # 'Scholz is “very skeptical”', 'In Zelensky's words, it was “a trap”'
                    quote.speaker = _sentence_subject(ctx, sent_start, quote.start)


# The subject of a relative "what" before a verb of description: "what it called", "what both sides have called",
# "what officials described as", "what the magazine, in a report in August, described as".
WHAT_SUBJECT = re.compile(r"\bwhat\s+((?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)|(?:(?:the|both|some|many|its|their|his|her)\s+)?"
                          r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?:,[^,;:“”\"«»]{3,80},)?\s+(?:(?:has|have|had|once|later|\w+ly)\s+)*\Z")


# A determiner and a compound modifier before a form of a reporting verb make it a noun: "an anti-war protest",
# "the long-awaited report".
_MODIFIED_NOUN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+[\w’']+-[\w’'-]+\s+\Z")


_PAST = frozenset("said told wrote spoke thought knew felt swore held read".split())


def noun_use(head: str, form: str) -> bool:
    """Whether a form of a reporting verb after ``head`` is a noun: an uninflected form after a determiner and a
    compound modifier.

    >>> noun_use("covered an anti-war ", "protest"), noun_use("the co-founder ", "called")
    (True, False)
    """
    return bool(_MODIFIED_NOUN.search(head)) and " " not in form and not form.endswith(("ed", "ing", "s")) \
        and form.lower() not in _PAST


# A relative "who" before a reporting verb: "Farmers who called", "The senator, who once described".
RELATIVE_WHO = re.compile(r",?\s+who\s+(?:(?:has|have|had|once|later|also|\w+ly)\s+)*\Z")


def _verb_subject(ctx: Context, sent_start: int, end: int) -> tuple[actors_stage.Actor, str, int] | None:
    """The subject of the last reporting verb between ``sent_start`` and a fragment at ``end`` that has one, with
    the verb and its offset: 'officials, meanwhile, branded it “...”', "likes to describe it as “...”"."""
    head = ctx.text[sent_start:end]
    for verb in reversed(list(verb_pattern().finditer(head))):
        if noun_use(head[max(0, verb.start() - 60):verb.start()], verb.group()):
            continue  # "promoted an anti-war protest": a noun
        chain = CATENATIVE.search(head, 0, verb.start())  # "likes to describe", "went on to call"
        cut = chain.start() if chain else verb.start()
        relative = WHAT_SUBJECT.search(head, 0, cut)  # "launched what it called “...”": the subject of the relative
        if relative:
            word = relative.group(1).lower()
            if word in ("it", "he", "she", "they"):  # "The union rejected what it called": the union
                subject = (_body_opening(ctx, sent_start, sent_start + relative.start()) if word == "it" else None) \
                    or resolve_word(ctx, word, sent_start + relative.start(1))
            else:
                subject = subject_before(ctx, sent_start + relative.start(1), sent_start + cut) or \
                    unnamed(relative.group(1), whole=True)
            if subject is not None:
                return subject, verb.group(), sent_start + verb.start()
            continue
        body = NAMED_BODY.match(ctx.text, sent_start, sent_start + cut)  # "The Harris campaign ... casting itself"
        subject = unnamed(body.group(), whole=True) if body else subject_before(ctx, sent_start, sent_start + cut)
        who = None if subject else RELATIVE_WHO.search(head, 0, cut)  # "Farmers who called the rule “...”"
        if who:  # "The senator, who called"
            lead = re.sub(r"^.*\b(?:quoting|citing)\s+", "", head[:who.start()]) + " "
            subject = subject_before(ctx, sent_start, sent_start + who.start()) or unnamed_before(lead)
        subject = subject or \
            epithet_subject(ctx, head[:cut], sent_start + cut) or unnamed_before(head[:cut]) or \
            opening_subject(ctx, sent_start, sent_start + cut) or \
            (_body_opening(ctx, sent_start, sent_start + cut) if head[:cut].rstrip().endswith(",") and  # "X sued
             verb.group().endswith("ing") else None) or \
            _text_subject(head[:cut])  # ..., calling it “...”": the body that opens the sentence
        if subject is not None:
            return subject, verb.group(), sent_start + verb.start()
    return None


# A text described right before its verb, with an aside between: "the deal calls for", "An early overview of the
# plan, since removed from the website, promised".
_TEXT_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s+"
                          r"(?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?:,[^,;:“”\"«»]{3,80},)?\s+"
                          r"(?:(?:also|further|even|\w+ly)\s+)?\Z")


def _text_subject(head: str) -> actors_stage.Actor | None:
    """The text a sentence describes right before a reporting verb, kept as its description."""
    found = _TEXT_BEFORE.search(head)
    if found is None:
        return None
    phrase = re.sub(r"\s+(?:of|from|by|on|in)\s.*", "", found.group(1))  # "An early overview of the plan"
    texts = (phrase, found.group(1))
    return unnamed(found.group(1), whole=True) if any(names_a_text(t) or _TITLED_TEXT.search(t) for t in texts) \
        else None


# Texts that pledge and call for things, beyond the documents that report ("the plan", "the deal", "the accord").
_TITLED_TEXT = re.compile(r"\b(?:plan|deal|overview|agreement|accord|treaty|draft|manifesto|directive|memorandum|"
                          r"declaration|legislation)$")


# A described body that opens a sentence as the subject of its verb: "The union rejected", "Karol Nawrocki’s camp
# emphasised", "the board had made".
_FINITE = re.compile(r"\s+(?:(?:also|\w+ly)\s+)*(?:(?:has|have|had)\s+[a-z]+|[a-z]+(?:ed|s))\b")
_BODY_SUBJECT = re.compile(r"((?:[Tt]he|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
                           rf"[\w’'-]+)(?={_FINITE.pattern})")


def _body_opening(ctx: Context, sent_start: int, end: int) -> actors_stage.Actor | None:
    """The body that opens a sentence as the subject of its verb, before ``end``: a mention of a body or country
    ("The Civic Coalition warned"), else the description ("Nawrocki’s camp emphasised"); None for a person."""
    opener = OPENER.match(ctx.text, sent_start, end)
    begin = opener.end() if opener and len(opener.group().split()) <= 4 else sent_start
    first = [m for m in ctx.mention_at(begin, end) if not ctx.inside_quote(m[0])][:1]
    if first and re.fullmatch(r"(?:[Tt]he\s+)?", ctx.text[begin:first[0][0]]) and \
            _FINITE.match(ctx.text[first[0][1]:end]):
        return first[0][2] if first[0][2].actor_type != "person" else None
    run = ORG_RUN.match(ctx.text, begin + 4 if ctx.text.startswith("The ", begin) else begin, end)
    if run and _FINITE.match(ctx.text, run.end(), end):  # a name ending in an institution word that the actors
        return actors_stage.Actor(run.group(), actors_stage.affiliation_of(run.group()), "organization",  # stage
                                  "organization", known=False)  # has not taken ("The Utility Solid Waste Group")
    described = _BODY_SUBJECT.match(ctx.text, begin, end)
    return unnamed(described.group(1), whole=True) if described else None


def _own_words(ctx: Context, inner: tuple[actors_stage.Actor, str, int], start: int) -> bool:
    """Whether a fragment at ``start`` after a verb inside another's reported clause is the words of the verb's
    subject: the object of a verb of description or reference ("lauded “important” aid", "called it “absurd”")
    or the words right after a verb of speech ("the report says the company “reports ...”"). Not what a verb of
    opinion holds ('Norway wants “a just peace,” the adviser added': the adviser's words), nor a fragment deeper in
    a clause of speech ("According to Chepa, Hegseth confirmed that the US is ending its ‘games’": Chepa's word
    for it), nor after a plural noun read as a verb ("32% of Republican claims as “false”")."""
    subject, verb, at = inner
    kind = verb_forms()[verb.lower()][1]
    if _MODAL_BEFORE.search(ctx.text, max(0, at - 30), at):
        return False  # "said Ukraine would not accept a “frozen conflict”": an act foretold, not the subject's words
    if kind == "opinion" or subject.actor_type == "unknown" and (verb in ALSO_PLURAL_NOUNS
                                                                  or not names_a_source(subject.role)):
        return False  # "the conversation as “friendly” and thanked X “for ...”": no source
    between = ctx.text[at + len(verb):start]
    if verb_forms()[verb.lower()][0] == "tell" and re.match(r"\s[\w\s’'-]{1,40}?\sthat\s", between):
        return True  # "claims Holmqvist once told a private dinner that subsidies were “...”": her words
    return kind != "speech" or len(between.split()) <= 3 and re.search(r"\bthat\b", between) is None


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|cannot|can[’']t|won[’']t|wouldn[’']t|must|should|may|might|"
                           r"shall)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$")


# Openers that hand the rest of the sentence to the name after them: "In X's words,", "In X's view,", "For X,".
WORDS_OF = re.compile(r"(?:For|In)\s+\Z")  # "In the words of X," is a lead-in of ``indirect``


def _sentence_subject(ctx: Context, sent_start: int, start: int) -> actors_stage.Actor | None:
    """The person or body a sentence is about, when it opens the sentence before a fragment without a reporting
    verb: "Olaf Scholz is “very skeptical”", "For Kaja Kallas, the plan is “a reward”", "He was “furious”"."""
    head = ctx.text[sent_start:start]
    if ";" in head or "\n" in head:
        return None
    body = NAMED_BODY.match(ctx.text, sent_start, start)
    if body:  # "The Harris campaign ... casting itself as “the clear underdogs”": the campaign
        return unnamed(body.group(), whole=True)
    for at, end, actor in ctx.mention_at(sent_start, start):
        lead, after = ctx.text[sent_start:at], ctx.text[end:end + 20]
        if ctx.inside_quote(at) or actor.actor_type not in ("person", "organization", "country"):
            return None
        bare = re.sub(r"(?:^|\s)[Tt]he\s+$", " ", lead).strip()
        titles = bare.split()  # "Chancellor Petra Lind is ..."
        opener = not bare or (OPENER.fullmatch(bare + " ") is not None and len(titles) <= 4) or \
            (len(titles) <= 3 and all(w[:1].isupper() and w.isalpha() for w in titles) and "In" not in titles)
        if opener and not re.match(r"['’]s?\s", after):
            return actor
        if WORDS_OF.fullmatch(lead) and (after.startswith(",") if lead.startswith("For")
                                         else re.match(r"['’]s\s+(?:words|view|opinion|assessment|account|telling|"
                                                       r"judge?ment),", after)):
            return actor
        return None
    opener = OPENER.match(head)
    begin = sent_start + (opener.end() if opener and len(head[:opener.end()].split()) <= 4 else 0)
    pronoun = re.match(r"([Hh]e|[Ss]he)\s", ctx.text[begin:start])
    return resolve_word(ctx, pronoun.group(1), begin) if pronoun else None
