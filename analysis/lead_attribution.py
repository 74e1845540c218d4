"""Attributions that stand before a quotation or a reported clause: 'Peskov said, “...', 'saying: “...',
'According to Zelensky, “...', and the source that "according to" names (a mention, a pronoun, or an unnamed
source such as "people familiar with the matter"). Speakers come from the rules of ``analysis.attribution``.
"""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.attribution import AGED, Context, definite_subject, mention_or_pronoun, resolve_word, subject_before
from analysis.described_sources import described_after_lead, seen_document
from analysis.quotes_lexicon import HEARER_THEN_CLAUSE, verb_forms, verb_pattern
from analysis.sentence_bounds import sentence_bounds
from analysis.speaker_gaps import CITED_DOCUMENT
from analysis.unnamed_sources import UNNAMED_BARE, names_a_source, unnamed, unnamed_before

__all__ = ["according_source", "attribution_before"]


# Whatever "according to" names, up to a comma or the sentence's end, when it reads as a noun phrase.
ANY_SOURCE = re.compile(r"((?:the|a|an|one|another|some|several|two|three|[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,9}?)"
                        r"(?=\s*(?:,|[.!?]?\s*$))")


def according_source(ctx: Context, after: int, end: int) -> tuple[int, actors_stage.Actor] | None:
    """Where the source named after "according to" ends, and who it is: a mention, "him"/"her"/"them", or an
    unnamed source ("people familiar with the matter", "police")."""
    if seen := seen_document(ctx, after, end):  # "a Pentagon memo seen by Reuters": the Pentagon's memo
        return seen
    if event := _speech_event(ctx, after, end):
        return event
    document = CITED_DOCUMENT.match(ctx.text, after, end)  # "according to a statement released by the ministry"
    after = document.end() if document else after
    found = [m for m in ctx.mention_at(after, end) if m[0] - after < 60 and "," not in ctx.text[after:m[0]]] or [
        m for m in ctx.mention_at(after, min(end, after + 160)) if m[2].actor_type == "person"
        and ctx.text.count(",", after, m[0]) == 1 and len(ctx.text[ctx.text.find(",", after, m[0]):m[0]].split()) <= 5
        and ctx.text[m[1]:m[1] + 1] == ","]  # "according to the hydrologist of
    # the Institute of Water Problems, candidate of sciences Saltanat Yerzhanova, ...": the person set off after
    pronoun = re.match(r"(him|her|them)\b|(his|her|their)\s+words\b", ctx.text[after:after + 12])
    if pronoun:  # "According to him, ...", "According to his words, ..." (state-media and translated copy)
        word = (pronoun.group(1) or pronoun.group(2)).lower()
        actor = resolve_word(ctx, {"him": "he", "his": "he", "her": "she"}.get(word, "they"), after)
        return (after + pronoun.end(), actor) if actor else None
    if found:
        return found[0][1], found[0][2]
    bare = UNNAMED_BARE.match(ctx.text, after, end)
    rest = ANY_SOURCE.match(ctx.text, after, end)  # "..., according to the post-debate analysis."
    if bare and rest and len(rest.group(1)) > len(bare.group(1)) and rest.group(1).startswith(bare.group(1)) and \
            (names_a_source(rest.group(1)) or rest.group(1)[len(bare.group(1)):].startswith(" of ") and
             actors_stage.is_role_word(bare.group(1).split()[-1])):  # "according to a local councillor", not "a
        bare = None  # local"; "the head of Brastovan diplomacy", not "the head"
    if bare:
        return bare.end(1), unnamed(bare.group(1))
    return (after + len(rest.group(1)), unnamed(rest.group(1), whole=True)) if rest else None


# "according to an interview he gave to CBS", "according to a letter Smith wrote", "according to her testimony":
# the speech event names its speaker, a pronoun or a name after it or a possessive before it.
_GIVEN = r"(?:gave|made|wrote|delivered|posted|published|released|issued|sent|tweeted|granted)"
SPEECH_EVENT = re.compile(r"(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?|(?P<owner>his|her|their)\s+(?:[\w’'-]+\s+){0,2}?)"
                          r"(?:interview|statement|speech|post|tweet|letter|op-ed|essay|article|remarks|address|"
                          r"testimony|memoir|book|email|e-mail)s?\b(?(owner)|\s+(?:that\s+)?(?P<who>he|she|they|"
                          rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:had\s+|has\s+)?{_GIVEN}\b)")


def _speech_event(ctx: Context, after: int, end: int) -> tuple[int, actors_stage.Actor] | None:
    event = SPEECH_EVENT.match(ctx.text, after, end)
    if event is None:
        return None
    word = event.group("owner") or event.group("who")
    if word[0].islower():
        actor = resolve_word(ctx, {"his": "he", "her": "she", "their": "they"}.get(word, word), after)
        return (event.end(), actor) if actor else None
    named = [m for m in ctx.mention_at(event.start("who"), event.end("who"))]
    return (event.end(), named[0][2]) if named else None


# The hearer of "told" before a quotation without a comma: 'told skeptics “...”', 'told the crowd “...”'.
_HEARER = re.compile(r"\s+(?:(?:the|his|her|their|its)\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s*")


def attribution_before(ctx: Context, start: int) -> tuple[str, int, actors_stage.Actor | None] | None:
    """Cue and speaker before an opening mark: 'Peskov said, “' / 'saying: “' / 'Grushko stated, “'."""
    text = ctx.text
    opening = start - 1
    sent_start, _ = sentence_bounds(text, max(0, opening - 1), ctx.quoted)
    head = text[sent_start:opening]
    if not head.strip() and re.search(r":[ \t]*\n\s*$", text[max(0, opening - 300):opening]):
        colon = text.rfind(":", 0, opening)  # 'The Times reports:\n\n"..."': a paragraph introducing the next
        sent_start, _ = sentence_bounds(text, max(0, colon - 1), ctx.quoted)
        opening, head = colon + 1, text[sent_start:colon + 1]
    verbs = list(verb_pattern().finditer(head))
    according = re.match(r"\s*[Aa]ccording\s+to\s+", head)
    if according and head.rstrip().endswith(","):  # 'According to Zelensky, “Russia must ...”'
        source = according_source(ctx, sent_start + according.end(), opening)
        if source is not None:
            return "according to", sent_start + according.start(), source[1]
    that = re.search(r"\bthat\s*$", head)
    span = ctx.quote_at(start) or (0, 0)
    told = verbs and verb_forms()[verbs[-1].group()][0] in HEARER_THEN_CLAUSE and \
        _HEARER.fullmatch(head, verbs[-1].end())  # 'told skeptics “If you ...”'
    bare = verbs and (verbs[-1].end() >= len(head.rstrip()) or told) and text[start:start + 1].isupper() and (
        re.search(r"[.!?…]\W{0,2}$", text[span[0]:span[1]])  # 'says ‘If ... false.’', not a book's title
        or re.match(r"\W{0,2}\s*according\s+to\b", text[span[1]:span[1] + 20]))  # 'said “...,” according to Axios'
    lost_colon = verbs and re.fullmatch(r"[ \t]*\n\s*", head[verbs[-1].end():])  # "He said\n...": a line's end
    if not (re.search(r"[,:—–-]\s*$", head) or bare or lost_colon
            or that and verbs and verbs[-1].end() >= that.start() - 1):
        return None  # 'The President noted that “Ukraine is ready ...”' is introduced like 'noted: “...”'
    if not verbs:  # "Peskov was blunt: “...”": the subject of a sentence that introduces the quote with a colon
        named = [a for s, _, a in ctx.mention_at(sent_start, opening) if not ctx.inside_quote(s)]
        persons = [a for a in named if a.actor_type == "person"] or named
        return ("", -1, persons[0]) if head.rstrip().endswith(":") and persons else None
    verb = verbs[-1]
    cue_start = sent_start + verb.start()
    subject = subject_before(ctx, sent_start, cue_start)
    if subject is None and verb.group().endswith("ing"):  # "X sings to Clinton before asking her, “...”": X
        first = [a for s, _, a in ctx.mention_at(sent_start, cue_start) if not ctx.inside_quote(s)][:1]
        subject = first[0] if first else ctx.person_before(cue_start)
    if subject is None and AGED.search(text, sent_start, cue_start + 1):  # "Asked about it, the 66-year-old former
        subject = definite_subject(ctx, text[sent_start:cue_start], cue_start)  # judge said: “...”": the person
    if subject is None:
        subject = described_after_lead(ctx, sent_start, cue_start) or mention_or_pronoun(ctx, sent_start, cue_start)
    if subject is None:  # "The New York businessman says of Clinton, “...”"
        subject = unnamed_before(text[sent_start:cue_start])
    return verb.group(), cue_start, subject
