"""Who reports when the words before a reporting verb are a whole clause, not its subject: a pronoun opening a
sentence whose report is made "by doing" something ("On Monday they published the results by announcing that"),
and the subject of a sentence whose report is an infinitive of purpose ("One of these studies uses projections
from the IPCC to estimate that")."""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.attribution import Context, resolve_word
from analysis.quotes_lexicon import TIME_LEAD
from analysis.unnamed_sources import unnamed, unnamed_before

__all__ = ["pronoun_subject", "purpose_subject"]


_PRONOUN_OPENING = re.compile(r"\s*(He|She|They|he|she|they)\s+[a-z]")


def pronoun_subject(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The one a pronoun opening the sentence (after a time phrase) stands for."""
    lead = TIME_LEAD.match(ctx.text, sent_start, cue_start)
    start = lead.end() if lead else sent_start
    opening = _PRONOUN_OPENING.match(ctx.text[start:cue_start])
    return resolve_word(ctx, opening.group(1), start + opening.start(1)) if opening else None


# A finite verb after the subject, in the present or past ("uses", "made use of", "relied on"), then its object
# and the "to" of the purpose, with no punctuation between.
# Not a verb whose object is the one who does the infinitive ("wants us to believe", "asked the court to rule").
_PURPOSE = re.compile(r"\s+(?!(?:want|ask|urg|expect|allow|forc|tell|invit|encourag|need|help|caus|prompt|persuad|"
                      r"requir|permit|call)\w*\s)(?:[a-z]+(?<!ss)s|[a-z]+ed|made|used|drew|took|ran)\s+"
                      r"(?!(?:us|them|him|her|me|you|it|people|everyone)\s)[^.,;:!?“”\"«»()]{1,100}\s+to\s+$")


_SUBORDINATE = re.compile(r"(?:If|While|When|Whether|Although|Though|As|Because|Since|After|Before|Unless|Until|"
                          r"Once|So|And|But|Or|Yet|There|It)\b")


def purpose_subject(head: str) -> actors_stage.Actor | None:
    """The described source that opens ``head`` (the sentence up to an infinitive reporting verb) when the
    infinitive is the purpose of the sentence's own verb: the words before the first verb that leaves a source.

    >>> purpose_subject("One of these studies makes use of projections from the IPCC report to ").role
    'One of these studies'
    >>> purpose_subject("Party rules give the chair the authority to") is None
    True
    """
    if not head.endswith("to "):
        return None
    for verb in re.finditer(r"(?<=\S)\s+(?=[a-z]+\s)", head[:120]):
        purpose = _PURPOSE.match(head, verb.start())
        if purpose is None:
            continue
        if re.search(r"\b(?:the|these|those|this|that|a|an|of|its|their|his|her|our|my)$", head[:verb.start()]):
            continue  # "One of these studies (makes)": a noun after a determiner is no verb
        words = " ".join(head[:verb.start()].split())
        if "," in words or _SUBORDINATE.match(words):
            return None  # "If she did, party procedures give the chair the authority to": no subject of a source
        subject = unnamed_before(words + " ")
        if subject is not None and words.endswith(subject.role):  # "One of these studies", not "these studies"
            return unnamed(words, whole=True)
    return None
