"""How a sentence refers back to a stance target named earlier in a document, without its patterns: by a head noun
("membership" after "NATO membership"), the verb of a pattern with its object left out ("could eventually join"), a
generic noun ("the plan"), "both measures", "the bill", or a pronoun in a quotation ("We will oppose it").
``analysis.stance`` decides from these which target a sentence is about.
"""

from __future__ import annotations

import functools
import re

from analysis import resources
from analysis.stance_lexicon import Target, policy_synonyms, removal_objects

__all__ = ["ANAPHOR_WITHIN", "GENERIC_WITHIN", "anaphor_spans", "generic_spans", "BOTH", "WHOLE", "REFERS_BACK",
           "with_both", "modified_generic_spans"]


ANAPHOR_WITHIN = 2  # sentences after a target's mention in which its head noun alone still refers to it


# Function words are no head nouns ("votes for 16" has none: "for" would refer to every "for").
_NOT_HEADS = frozenset(("with", "from", "into", "over", "under", "about", "toward", "towards", "against", "between")) \
    | frozenset(resources.read_word_list("stopwords.txt"))


_TIME_WORDS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "time"))  # no heads


def _heads(target: Target) -> tuple[str, ...]:
    """The head nouns a target's phrases leave when shortened ("NATO membership" -> "membership", "security
    guarantees" -> "guarantees", "NATO bid" -> "bid"): the last lower-case word of three letters or more of each
    phrase of two words or more, as written in the targets file (regular expressions give none). A last word
    with a "*" ending ("congestion charg*") is a head of four letters or more before the "*"; of three ("vape
    ban*"), the word itself."""
    heads = []
    for phrase in target.written[0].split(";"):
        words = phrase.strip().split()
        if phrase.strip().startswith("re:") or len(words) < 2 or "*" in " ".join(words[:-1]):
            continue
        if words[-1].endswith("*") and not (words[-1][:-1].isalpha() and len(words[-1]) >= 4):
            continue
        if len(words[-1]) == 4 and words[-1].endswith("*"):  # "vape ban*": the head is "ban" itself, not "bank"
            words = [*words[:-1], words[-1][:-1]]
        lower = [w for w in words if w.rstrip("*").isalpha() and w.islower() and len(w) >= 3 and w not in _NOT_HEADS]
        if lower and lower[-1] not in _TIME_WORDS:  # "four-day week": "this week" is not the target
            heads += [lower[-1], *policy_synonyms(lower[-1])]  # "wealth tax" ... "the levy"
    return tuple(dict.fromkeys(heads))


def anaphor_spans(text: str, targets: tuple[Target, ...], recent: set[str],
                  far: set[str] = frozenset()) -> list[tuple[str, int, int, bool]]:
    """Spans of the head nouns of ``recent`` targets (those named a sentence or two before): "Ukraine's hopes of
    joining NATO ... Rubio said that membership was not realistic" is about NATO membership. For targets named
    further back in the document (``far``), a head noun needs a definite determiner: "would pay the charge gladly"."""
    spans = []
    for target in targets:
        elided = _elided_pattern(target) if target.id in recent else None  # "... could eventually join."
        if elided is not None:
            spans.extend((target.id, *m.span("verb"), False) for m in elided.finditer(text))
        pattern = _heads_pattern(target) if target.id in recent else \
            _heads_pattern(target, definite=True) if target.id in far else None
        if pattern is not None:
            inverse = _removed_heads(target)  # "the ban" of "Lifting the export ban" names the thing removed
            for m in pattern.finditer(text):
                if not _OF_ANOTHER.match(text, m.end()):
                    spans.append((target.id, *m.span("head"), m.group("head").lower() in inverse))
    return sorted(spans, key=lambda s: s[1])


# A head noun with a complement of its own is another thing: "the course of the conflict", "the process of
# reconstruction" (not "the course of it").
_OF_ANOTHER = re.compile(r"\s+of\s+(?!it\b|this\b|that\b)")


# A verb that opens a pattern written as a regular expression ("re:\\bjoin(?:s|ed|ing)?\\s+(?:NATO|the alliance)"), used
# with its object left out: "In 2008, the alliance said that Ukraine could eventually join."
_OPENING_VERB = re.compile(r"\\b([a-z]{3,})\(\?:(?:s|es|ed|d|ing)(?:\|(?:s|es|ed|d|ing))*\)\??\\s")
_ELIDED_AFTER = r"(?=\s*(?:[.,;:!?”\"]|$)|\s+(?:in|by|until|after|before|as|when|if|once|eventually|soon|too|either)\b)"


@functools.lru_cache(maxsize=256)
def _elided_pattern(target: Target) -> re.Pattern | None:
    verbs = {m.group(1) for p in target.written[0].split(";") if p.strip().startswith("re:")
             for m in [_OPENING_VERB.match(p.strip()[3:])] if m}
    alternation = "|".join(sorted(verbs))
    return re.compile(rf"\b(?P<verb>(?:{alternation})(?:s|ed|ing)?){_ELIDED_AFTER}") if verbs else None


# A verb of ending or reducing in a pattern before its last word: "coal" of "phase out coal" is the thing removed.
_ENDING_VERB = re.compile(r"\b(?:phas\w*\s+out|clos\w*|shut\w*|ban|banning|end|ending|scrap\w*|abolish\w*|exit\w*|"
                          r"cut|cutting|reduc\w*|stop\w*|lift\w*|repeal\w*)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _removed_heads(target: Target) -> frozenset[str]:
    """The head nouns that name what a target removes: of a removal-framed label's patterns ("the ban" of "Lifting
    the export ban"), and of patterns with a verb of ending before their head ("coal" of "phase out coal").

    >>> from analysis.stance_lexicon import targets_from_rows
    >>> _removed_heads(targets_from_rows([{"id": "c", "label": "Coal exit", "description": "",
    ...                                    "patterns": "coal exit; phase out coal"}])[0])
    frozenset({'coal'})
    """
    specs = [p.strip() for p in target.written[0].split(";") if p.strip()]
    removed = removal_objects(target.label, specs)
    ended = [s for s in specs if not s.startswith("re:") and len(s.split()) >= 2 and _ENDING_VERB.search(
        " ".join(s.split()[:-1]))]
    return frozenset(w.split()[-1].lower() for w in removed + ended if len(w.split()) >= 2 and "*" not in w)


# Nouns by which news copy refers back to a proposal once it has been named ("a four-day week pilot ... Hale said
# the pilot would ..."; "a congestion charge ... urged the council to drop the plan"), after a determiner and up to
# two modifiers ("the Brackenford scheme", "the government's plan").
GENERIC_WITHIN = 8  # sentences after a target's last mention in which a generic noun still refers to it


_GENERIC = re.compile(
    r"\b(?:the|this|that|its|their|his|her|(?:the\s+)?[A-Z][\w-]*(?:'s|’s))\s+(?!such\b)(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?P<noun>plans?|scheme|pilot|proposals?|polic(?:y|ies)|idea|measures?|move|bill|initiative|programme|program|"
    r"reforms?|project|legislation|law|levy|announcement|trial|decision|deal|transaction|takeover|acquisition|sale|"
    r"merger|clauses?|provisions?|amendment)\b")


# A generic noun after a word of one target's own patterns: "the phone clause", "the government's rail plans".
_NOT_DISTINCT = _TIME_WORDS | {"national", "new", "public", "city", "state", "government", "local", "extra",
                                "additional", "fast", "high", "daily", "full", "more", "less"}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=64)
def _distinct_words(targets: tuple[Target, ...]) -> dict[str, str]:
    """Per lower-case noun of four letters or more in two or more phrase patterns of one target and in no other
    target's, that target ("phone" of "phone ban; ban on phones"; not "longer" nor "extra")."""
    owners: dict[str, dict[str, int]] = {}
    for target in targets:
        for phrase in target.written[0].split(";"):
            if phrase.strip().startswith("re:"):
                continue
            for word in set(re.findall(r"(?<![\w-])[a-z][a-z-]{3,}(?![\w-])", phrase.replace("*", ""))):
                word = _singular(word)
                if word not in _NOT_HEADS and word not in _NOT_DISTINCT and not re.search(r"(?:er|ed|ing|ly)$", word):
                    counts = owners.setdefault(word, {})
                    counts[target.id] = counts.get(target.id, 0) + 1
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1 and next(iter(c.values())) >= 2}


def modified_generic_spans(text: str, targets: tuple[Target, ...]) -> list[tuple[str, int, int, bool]]:
    """Spans of generic nouns whose modifier is a word of one target's patterns ("Tellefsen spoke in favour of the
    government's rail plans" is about the rail line), wherever the target was named."""
    words = _distinct_words(targets)
    found = []
    for m in _MODIFIED_GENERIC.finditer(text):
        owner = words.get(_singular(m.group("mod").lower()))
        if owner:
            found.append((owner, m.start("mod"), m.end("noun"), False))
    return found


_MODIFIED_GENERIC = re.compile(_GENERIC.pattern.replace(r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<noun>",
                                                        r"(?:[A-Za-z][\w’'-]*\s+){0,1}?(?P<mod>[a-z][\w-]{3,})\s+(?P<noun>"))


def generic_spans(text: str, target_id: str) -> list[tuple[str, int, int, bool]]:
    """Spans of the generic nouns of ``text`` that refer back to ``target_id``, the one target named last."""
    return [(target_id, m.start("noun"), m.end("noun"), False) for m in _GENERIC.finditer(text)]


@functools.lru_cache(maxsize=512)
def _heads_pattern(target: Target, *, definite: bool = False) -> re.Pattern | None:
    heads = _heads(target)
    determiner = r"\b(?:the|this|that|its|their|his|her|such\s+an?)\s+(?:[\w%£$€.’'-]+\s+){0,2}?" if definite else \
        r"\b"  # "the 2% limit", "the £8 charge"
    alternation = "|".join(re.escape(h.rstrip("*")) + (r"\w*" if h.endswith("*") else "") for h in heads)
    return re.compile(rf"{determiner}(?P<head>{alternation})\b", flags=re.IGNORECASE) \
        if heads else None


# What holds every proposal named lately: "The bill, he said, was two bad ideas stapled together".
WHOLE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<noun>bill|legislation|"
                   r"package)\b")


# A pronoun that refers back to a topic named earlier: "It is coercion", "never vote for that", "bring this in"
# (not "that war", nor "said that the ...").
REFERS_BACK = re.compile(r"\b[Ii]t\b|\b[Tt]h(?:is|at)\b(?:(?=\s*(?:['’]s\b|[.,;:!?”\"]|$))|(?=\s+(?:is|was|would|"
                         r"will|could|can|must|should|has|had|in|through)\b))")


# Each of the proposals named lately: "would vote against both measures".
BOTH = re.compile(r"\b(?:both|the two|all three)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+)?(?:[a-z-]+\s+)?(?P<noun>"
                  r"measures|proposals|plans|clauses|policies|ideas|changes|reforms|bills|schemes|options)\b",
                  re.IGNORECASE)


def with_both(text: str, spans: list, last_named: list[tuple[int, str]]) -> list:
    """A sentence's target spans, with "both measures" standing for each proposal named in it or lately when the
    sentence names one of them too: "X, who backs both measures, said the charge would ..." backs each."""
    both = BOTH.search(text) if spans else None
    if both is None:
        return spans
    ids = sorted({t for _, t in last_named} | {sp[0] for sp in spans})
    return sorted(spans + [(t, *both.span("noun"), False) for t in ids], key=lambda sp: sp[1])
