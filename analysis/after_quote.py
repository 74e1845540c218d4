"""The attribution after a closing quotation mark: '“...,” he said.', '“...” — the aide to X.', '“...,” said
Mr Danek's lawyer.', '“...,” according to President X.', a quotation signed with a dash. ``analysis.quotes`` and
``analysis.partial_speakers`` call ``attribution_after``; the speaker rules are those of ``analysis.attribution``.
"""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.attribution import (
    NO_SUBJECT_OPENERS,
    Context,
    definite_subject,
    mention_or_pronoun,
    title_gap,
)
from analysis.described_sources import READ_OUT
from analysis.quotes_lexicon import HEARER_FIRST, verb_forms, verb_pattern
from analysis.salience import role_in
from analysis.sentence_bounds import is_abbreviation
from analysis.speaker_gaps import GAP, unverbed_name
from analysis.unnamed_sources import UNNAMED_AFTER, unnamed, unnamed_before

__all__ = ["SIGNATURE", "attribution_after"]

# A quotation signed with a dash, and an embedded post: "— Mike Pence (@mike_pence) September 25, 2016".
SIGNATURE = re.compile(r"[”»\"’']?[\s\u00a0]*[―—–][\s\u00a0]*((?:[A-Z][\w’'-]+|[A-Z]\.)(?:[\s\u00a0]+(?:[A-Z][\w’'-]+|"
                       r"[A-Z]\.?)){1,3})(?:[\s\u00a0]*\(@\w{1,30}\)(?:[\s\u00a0]+[A-Z][a-z]+\.?[\s\u00a0]+\d{1,2},"
                       r"[\s\u00a0]+\d{4})?)?[\s\u00a0.]*$")


# A description owned by a name after the verb: "said Mr Danek's lawyer", "said Trump's spokesman".
OWNED_AFTER = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                         r"(?=\s*(?:[.,;]|$))")
# "told CNN": the name after these verbs is the hearer ("asked Senator X" and "warned X" may still be speakers)
NEEDS_HEARER = HEARER_FIRST


# A document after "read", the attribution inverted: '“...,” read a statement from the ministry'.
READ_DOCUMENT = re.compile(r"read\s+((?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post|"
                           r"message|note|release|communiqu[eé]|memo|email|notice|sign|banner|placard|tweet)s?)\b")


# A document after the verb of an inverted attribution: '“...,” declares a video published by Now This'.
DOCUMENT_AFTER = re.compile(r"\s+((?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:video|statement|report|study|post|letter|"
                            r"editorial|op-ed|column|survey|poll|memo|filing|complaint|lawsuit|ruling|resolution)"
                            r"(?:\s+(?:published|released|posted|issued|filed|written)\s+(?:on\s+\w+\s+)?by\s+"
                            r"(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})?)(?=\s*(?:[.,;]|$))")


def _another(ctx: Context, word: str, position: int) -> str:
    """'“...,” claimed another': another of the kind of source described last ("another Twitter user")."""
    prior = ctx.last_described(position)
    return f"{word} {prior.role.split()[-1]}" if prior else word


ANOTHER_AFTER = re.compile(r"\s+((?:yet\s+)?another|one|a\s+second|a\s+third|a\s+fourth)\s*$")


def attribution_after(ctx: Context, end: int) -> tuple[str, int, actors_stage.Actor | None] | None:
    """Cue and speaker in the attribution after a closing mark: ',” he said.' / '” — the aide noted'."""
    text = ctx.text
    region_end, depth, limit = end + 1, 0, min(len(text), end + 200)  # the attribution is near the quotation
    while region_end < limit and (text[region_end] not in ".!?\n“«\"" or depth > 0
                                  or text[region_end] == "." and is_abbreviation(text, region_end)):
        depth += {"(": 1, ")": -1}.get(text[region_end], 0)
        region_end += 1
    region = text[end:region_end]
    if re.match(r"[”»\"’']?[A-Z][a-z’']", region) and text[:end].rstrip("”»\"’'")[-1:] in (".", "!", "?"):
        return None  # '... the next disaster?”It's true that Scott ...': a paragraph run on, no attribution
    # '“...,” said' and '"... the vote,\'" said' (an inner quotation closing with the outer one)
    separated = re.match(r"^[”»\"’']?\s*[,—–-]", region) or text[:end].rstrip("'’\"”")[-1:] in ("!", "?", ",")
    if not region.strip(" ”»\"’'"):
        return None
    first = re.match(r"^[”»\"’']?\s*[,—–-]*\s*", region).end()
    head = region[first:first + 160]
    according = re.match(r"according\s+to\s+", head)
    if according and separated:  # '“...,” according to President X.'
        at = end + first + according.end()
        found = [m for m in ctx.mention_at(at, min(region_end, at + 60)) if title_gap(text[at:m[0]])]
        opened = max((s for s, e in ctx.quoted if s < end <= e + 1), default=0)  # 'X said “...,” according to
        if found:  # Axios': a medium relays X's words
            return None if found[0][2].actor_type == "media" and text[max(0, opened - 30):opened].rstrip(
                " :,“«\"‘'").rsplit(" ", 1)[-1] in verb_forms() else ("according to", end + first, found[0][2])
    verb, lead, aside = None, head, None
    for verb in verb_pattern().finditer(head):  # the first verb whose subject is short: not "one of the states"
        lead = re.sub(r"\s(?:was|were|is|are)\s+(?:quoted|cited)(?:\s+as)?\s*$", " ", head[:verb.start()])
        aside = RELATIVE_ASIDE.search(lead) if EXPECTED_TO.search(lead) else None  # '“...,” X, who ran in 2016,
        core = lead[:aside.start()] if aside else lead  # is expected to say': X, not a name inside the aside
        core = re.sub(r"(?:,[^,]{1,110})+,\s*$", " ", core)  # '“...,” Douglas Holtz-Eakin, an economist, told me'
        words = len(core.split())
        if (words <= (6 if separated else 2) or separated and words <= 10 and (_ends_in_person(
                ctx, end + first, lead) or _person_of_body(ctx, end + first, lead))) \
                and lead.split()[:1] not in NO_SUBJECT_OPENERS:
            break  # a long description is still a subject when a name ends it: "the region's pro-Moscow chief X"
    else:
        verb, lead = None, head
    if verb and not separated and len(region.split()) > 5 and not re.fullmatch(r"\s*[a-z](?:[^.!?,]*,|\w*)\s*", lead):
        # '“...” He added that ...' starts a new report; '“...” in Congress, said X', '“...” he says, because' go on
        verb = None
    if verb and lead[:1].isupper() and re.match(r"\s+that\s", head[verb.end():]) and \
            text[:end].rstrip("”»\"’'")[-1:] in ("?", "!"):
        verb = None  # '“Is it a coincidence?” Pruitt first admitted that ...': a report of its own
    if verb:
        cue_start = end + first + verb.start()
        subject = mention_or_pronoun(ctx, end + first, end + first + aside.start() if aside else cue_start)
        hearer = verb_forms().get(verb.group(), ("",))[0] in NEEDS_HEARER  # "told CNN": CNN listens
        if subject is None and not hearer:  # "said Peskov", "said John Smith, a spokesman"
            cue_end = cue_start + len(verb.group())
            subject = mention_or_pronoun(ctx, cue_end, min(region_end, cue_end + 80), after=True)
        if subject is None:  # "the 45-year-old said", "the book said"
            subject = definite_subject(ctx, lead, end)
        if subject is None:  # "one resident said", "said a senior official" (not "told the protesters": hearers)
            after = text[cue_start + len(verb.group()):region_end]
            named = None if hearer else UNNAMED_AFTER.match(after)
            owned = None if hearer or named else OWNED_AFTER.match(after)
            written = None if hearer or named or owned else DOCUMENT_AFTER.match(after)  # "declares a video"
            other = None if hearer or named or owned or written else ANOTHER_AFTER.match(after)
            described = written.group(1) if written else _another(ctx, other.group(1), cue_start) if other else ""
            subject = unnamed(named.group("head"), named.group("body") or "") if named else \
                unnamed(owned.group(1), whole=True) if owned else \
                unnamed(described, whole=True) if described else unnamed_before(lead)
        return verb.group(), cue_start, subject
    inverted = READ_DOCUMENT.match(head) if separated else None
    if inverted:  # '“...,” read an open letter that the activists published', '“...,” read a statement from X'
        at = end + first + inverted.end()
        owner = [m for m in ctx.mention_at(at, min(region_end, at + 60)) if re.fullmatch(
            r"\s+(?:from|by|of|issued\s+by|signed\s+by)\s+(?:the\s+)?", text[at:m[0]])]
        source = re.match(r"\s+from\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}", text[at:region_end])
        return "read", end + first, owner[0][2] if owner else unnamed(
            inverted.group(1) + (source.group() if source else ""), whole=True)
    issued = READ_OUT.match(head) if separated else None
    if issued:  # '“...,” its statement read.'
        return "read", end + first + issued.start("verb"), definite_subject(ctx, issued.group("lead"), end)
    actor = (unverbed_name(text, end + first, ctx.mention_at(end + first, region_end)) or role_in(
        ctx, end + first, end + first + min(len(head), 40))) if separated or head[:1].islower() else None
    if actor is not None:  # a missing verb: '“...,” he defense secretary Thursday.', '“...,” the state's attorney
        return "", -1, actor  # general, William Tong.' (but '“... change.” He accused the mayor' is a new sentence)
    signed = SIGNATURE.match(text, end, region_end)
    if signed:  # a quotation signed with a dash: '“... ” ― Pamela Padilla'
        mentioned = ctx.mention_at(signed.start(1), signed.end(1))
        return "", -1, mentioned[0][2] if mentioned else actors_stage.Actor(signed.group(1), "", "person", "",
                                                                            known=False)
    return None


# A speaker's words announced ahead: "X is expected to say", "X, who ran in 2016, was due to tell".
EXPECTED_TO = re.compile(r"\s(?:is|was|are|were)\s+(?:expected|scheduled|set|due|slated|poised)\s+to\s*$")
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s[^,]{1,110},")


def _person_of_body(ctx: Context, start: int, lead: str) -> bool:
    """A person named first, perhaps after a role in lower case, then where they work: "Maria Lopez of the Great
    Lakes Defense Council said", "co-author Katherine Hayhoe of Texas Tech University told"."""
    named = ctx.mention_at(start, start + len(lead))
    return bool(named) and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,3}", ctx.text[start:named[0][0]]) is not None and \
        named[0][2].actor_type == "person" and \
        GAP.fullmatch(ctx.text[named[0][1]:start + len(lead)]) is not None


def _ends_in_person(ctx: Context, start: int, lead: str) -> bool:
    named = ctx.mention_ending_at(start + len(lead.rstrip(" ,")), since=start, within=len(lead))  # "X, Name, said"
    return named is not None and named[2].actor_type == "person"
