"""Reading one sentence for stance: which target it mentions, which cues attach to it, and with what weight.

Steps 1 and 2 of the method described in ``analysis.stance``: target patterns and cues are found in the text
(``stance_lexicon``), each stance cue attaches to the nearest target mention its scope allows, negators flip
it, hedges halve it, reversers and embedding cues turn what follows, and a negated target counts against.
``of_text`` returns the ``Hit`` of every attachment; ``weigh`` and ``label`` turn hits into a stance.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from analysis import columns as C
from analysis.cue_index import key_index, target_cues, target_keys
from analysis.stance_lexicon import Cue, Target, cue_lexicon
from analysis.stance_modals import hypothetical, imperative_mentions, n_words, without_governing_modals
from analysis.stance_objects import (
    ATTRIBUTIVE,
    NAMED_AS,
    NAMING,
    OWN_OBJECT,
    PREDICATIVE,
    PRONOUN_OBJECT,
    SHARED_ARTICLE,
    TOPIC_OBJECT,
)
from analysis.stance_removal import opposed_mentions, removal_acts

__all__ = ["THRESHOLD", "NEGATION_WINDOW", "HEDGE_WINDOW", "TARGET_NEGATION_WINDOW", "RIGHT_WINDOW", "Hit",
           "target_spans", "cue_spans", "n_words", "of_text", "weigh", "label", "ASKED"]


THRESHOLD = 0.25
NEGATION_WINDOW = 3  # words allowed between a negator and the cue it negates
HEDGE_WINDOW = 4
TARGET_NEGATION_WINDOW = 2
RIGHT_WINDOW = 8  # words allowed between a verb-like cue and the target mention it governs
# A new predicate or a subordinate clause: a verb's object has ended ("voted for strike action if the bill passes")
_FINITE = re.compile(r"\b(?:is|are|was|were|if|unless|because|although|though|whether|until|while)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:not\s+|\w+ly\s+)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:[\w-]{2,}ed|given|taken|drawn|withdrawn|broken|frozen|shown|kept|held|sought|set|put|"
                         r"sent|torn)\b", re.IGNORECASE)
# "Why ...?", or "Why" with the subject-auxiliary inversion of a question even when the mark is missing
_WHY_QUESTION = re.compile(r"^\W*why\b(?:[^?]*\?\W*$|\s+(?:have|has|had|did|do|does|would|should|could|is|are|"
                           r"was|were|will|can|must)\b)", re.IGNORECASE)

# An imperative that states a condition, its outcome after "and you": "Ban flavoured vapes and you create a black
# market". The act named first is no call for it; what follows "and" says what the speaker thinks of it.
_CONDITION = re.compile(r"^\W*[A-Z][a-z]+\b[^,;:.!?]{0,80}?\s+and\s+(?:you|we|they|people)\b", re.IGNORECASE)

EARLIER_WEIGHT = 0.1  # the share of its weight a position keeps once the speaker has given it up
BEFORE_BUT_WEIGHT = 0.25  # the share a position keeps when the opposite one follows "but" in the sentence
_BUT = re.compile(r"\bbut\s+(?!also\b)")
_SELF_CORRECTION = re.compile(r",?\s+(?:and|but)\s+(?:I|we)\s+(?:was|were)\s+wrong\b|"  # "..., and I was wrong"
                              r",\s+now\s+says\s+(?:he|she|they|it|we)\s+(?:will|would|can|does|is)\s*[,.;]")  # "X,
# who said he could not vote for the bill, now says he will": the refusal is given up
# What others tell the speaker, in the speaker's words: "When people tell me the charge is an attack on working
# people, I think of ...": their position, not the speaker's.
_OTHERS_TELL = re.compile(r"\b(?:people|critics|opponents|others|some|they|you)\s+(?:(?:keep|still|often|always)\s+)?"
                          r"(?:tell|tells|told|telling)\s+(?:me|us)\b(?:\s+that)?")


@dataclass(frozen=True)
class Hit:
    """One cue that fired for one target in a text: its stance after modifiers, weight and surface."""

    target: str
    stance: str
    weight: float
    start: int
    end: int
    label: str
    agent_at: int = -1  # offset after "by" of a passive cue ("proposed by the US"), else -1


def target_spans(text: str, targets: tuple[Target, ...]) -> list[tuple[str, int, int, bool]]:
    spans, lowered = [], text.lower()
    keys, finder, tried = target_keys(targets)
    present = finder.present(lowered) if finder is not None else set()
    if keys and not present:
        return spans  # no word that every match of every pattern holds: most sentences are passed over here
    for target, (entries, always, by_key) in zip(targets, tried, strict=True):
        chosen = set(always).union(*(by_key.get(key, ()) for key in present))
        if not chosen:
            continue
        found = [(m.start(), m.end(), inv) for inv, p, _ in (entries[i] for i in sorted(chosen))
                 for m in p.finditer(text) if m.end() > m.start()]
        kept: list[tuple[int, int, bool]] = []
        for start, end, inv in sorted(_joined(found), key=lambda s: -(s[1] - s[0])):
            if all(end <= s or start >= e for s, e, _ in kept):
                kept.append((start, end, inv))
        spans.extend((target.id, s, e, inv) for s, e, inv in sorted(kept))
    return spans


def _joined(found: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Matches of one target's patterns, those of the same sense that overlap joined into one ("ban on phones"
    and "phones in schools" are one mention, "ban on phones in schools", so no word of it is read as a cue)."""
    joined: list[tuple[int, int, bool]] = []
    for start, end, inv in sorted(found):
        if joined and joined[-1][2] == inv and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]), inv)
        else:
            joined.append((start, end, inv))
    return joined


def cue_spans(text: str, cues: tuple[Cue, ...], extra: tuple[Cue, ...] = ()) -> list[tuple[int, int, Cue]]:
    """The cues of ``cues`` and then ``extra`` (a target's own) found in a text, the longest where they overlap.
    A cue is tried only when one of its keys is in the text: the keys present are found once per text."""
    lowered, found = text.lower(), []
    tried = []
    for lexicon in (cues, extra) if extra else (cues,):
        always, by_key, keys = key_index(lexicon)
        chosen = set(always)
        for key in keys.present(lowered):
            chosen.update(by_key[key])
        tried.extend(lexicon[i] for i in sorted(chosen))
    for cue in tried:
        for m in cue.pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), cue))
    kept: list[tuple[int, int, Cue]] = []
    for start, end, cue in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, cue))
    return sorted(kept, key=lambda s: s[0])


def _flip(stance: str) -> str:
    return {"favor": "against", "against": "favor"}.get(stance, stance)


def of_text(text: str, targets: tuple[Target, ...], *, lexicon: tuple[Cue, ...] | None = None,
         spans: list | None = None) -> list[Hit]:
    """The stance cues of one text, each resolved for negation, hedges and reversal and attached to a target.

    >>> from analysis.stance_lexicon import targets_from_rows
    >>> t = targets_from_rows([{"id": "nato", "label": "", "description": "", "patterns": "NATO membership"}])
    >>> [(h.target, h.stance, h.label) for h in of_text("NATO membership is not off the table.", t)]
    [('nato', 'favor', 'off the table (not)')]
    """
    lexicon = cue_lexicon() if lexicon is None else lexicon
    spans = opposed_mentions(text, removal_acts(text, target_spans(text, targets) if spans is None else spans))
    if not spans or hypothetical(text):  # "Suppose parliament passes the sale.": nobody's position
        return []
    cues = cue_spans(text, lexicon, target_cues(targets))
    bounds = [s for s, _, c in cues if c.stance == "boundary"]

    def clause(pos: int) -> int:
        return sum(b <= pos for b in bounds)

    stance_cues = [(s, e, c) for s, e, c in cues if c.stance in C.STANCE_LABELS
                   and not any(ts <= s and e <= te for _, ts, te, _ in spans)]
    modifiers = [(s, e, c) for s, e, c in cues if c.stance in ("negator", "hedge", "reverser", "past")]
    stance_cues = without_governing_modals(text, stance_cues, modifiers, spans, clause)
    outer, flipped, complements, embedded = _embedding(text, stance_cues, spans, modifiers, clause)
    own = {t.id: _own_words(t) for t in targets}
    hits = []
    for i, (start, end, cue) in enumerate(stance_cues):
        if i in outer:
            continue
        found = _attach(text, start, end, cue, spans, modifiers, clause, complement=i in complements,
                        others=[s for s, _, _ in stance_cues])
        if i in flipped:
            found = [Hit(h.target, _flip(h.stance), h.weight, h.start, h.end, f"{h.label} (under {flipped[i]})",
                         h.agent_at) for h in found]
        owner = None if i in embedded or not _OWNED.match(text, start) else \
            _OWNER.search(text, max(0, start - 80), start)
        if owner:  # "by pointing to Ukraine's aspirations to join NATO": the aspirations are Ukraine's, not the
            found = [replace(h, agent_at=owner.start()) if h.agent_at < 0 else h for h in found]  # subject's
        verb = " ".join(text[start:end].lower().split())
        if cue.stance == "against" and _RENOUNCING.match(verb):  # "would never give up Crimea": the proposition
            found = [Hit(h.target, _flip(h.stance), h.weight, h.start, h.end, f"{h.label} (the target's own words)",
                         h.agent_at) if f" {verb} " in own.get(h.target, "") else h for h in found]
        hits.extend(found)
    wrong = _SELF_CORRECTION.search(text)
    if wrong:  # "I was against it, I said so loudly, and I was wrong": the position before is given up
        note = "now says otherwise" if "now" in wrong.group() else "was wrong"
        hits = [Hit(h.target, _flip(h.stance), h.weight, h.start, h.end, f"{h.label} ({note})", h.agent_at)
                if h.start < wrong.start() and ("now" not in wrong.group() or re.search(r"\((?:not|n't|never|cannot)\b",
                                                                                   h.label)) else h for h in hits]
    for told in _OTHERS_TELL.finditer(text):
        hits = [h for h in hits if not (told.end() <= h.start and clause(told.end()) == clause(h.start))]
    if _CONDITION.match(text):  # "Ban X and you create Y": the imperative that opens the condition is no call
        hits = [h for h in hits if text[:h.start].strip(" “\"‘'")]
    hits = _evaluated_acts(text, hits, spans, clause, bounds)
    hits.extend(Hit(t, "against" if inv else "favor", 1.0, s, e, "imperative", -1)  # "Keep the age at 18."
                for t, s, e, inv in imperative_mentions(text, spans) if all(h.target != t for h in hits))
    hits.extend(_negated_targets(text, spans, cues, clause))
    hits.extend(_blamed_targets(text, spans, cues, stance_cues, clause))
    for now in [h for h in hits if "(now" in h.label]:  # "had opposed it, but now supports it": what went before
        hits = [Hit(h.target, h.stance, round(h.weight * EARLIER_WEIGHT, 3), h.start, h.end, f"{h.label} (before now)",
                    h.agent_at) if h.target == now.target and h.stance == _flip(now.stance) and h.start < now.start
                else h for h in hits]  # is a position the speaker gave up
    for turn in _BUT.finditer(text):  # "had opposed the route for years but had been won over": what follows
        later = [h for h in hits if h.start >= turn.end()]  # "but" outweighs the opposite position before it
        hits = [replace(h, weight=round(h.weight * BEFORE_BUT_WEIGHT, 3), label=f"{h.label} (before but)")
                if h.end <= turn.start() and any(a.target == h.target and a.stance == _flip(h.stance) for a in later)
                else h for h in hits]
    if _WHY_QUESTION.match(text):  # "Why have those talks been stopped?" asks that they had not been
        hits = [Hit(h.target, _flip(h.stance), h.weight, h.start, h.end, f"{h.label} (why?)", h.agent_at)
                for h in hits]
    return hits


# A named owner right before a cue, which makes the cue a noun of the owner's: "Ukraine's bid to", "Kyiv's push for",
# "Hungary's long-standing opposition to"; of nouns of wanting and striving only, which state a position the owner
# holds ("Ukraine's commitment to neutrality" may be what another demands of it).
_OWNED = re.compile(r"(?:bids?|aspirations?|ambitions?|push|drive|quest|desire|hopes?|calls?|demands?|support|backing|"
                    r"opposition|objections?|refusal|rejection|resistance|insistence|campaign|efforts?|plea|appeal)\b",
                    re.IGNORECASE)
_OWNER = re.compile(r"(?<![\w.’'-])[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s\s+(?:(?:own|long-standing|"
                    r"longstanding|stated|latest|new|renewed|repeated|formal|firm|strong)\s+)?$")

_ACT_OPENING = re.compile(r"^\W*(?:(?:and|but|so|yet)\s+)?$", re.IGNORECASE)
_NOMINAL_ACT = re.compile(r"\s+of\s+(?:the|this|its|their|any)\s")  # "described the end of the ban as overdue"


def _evaluated_acts(text: str, hits: list[Hit], spans, clause, bounds: list[int]) -> list[Hit]:
    """An act on a target that opens a clause and is then judged: "Scrapping the scheme would be a mistake" is for
    the scheme. The act's cue and the judgement's cue become one hit, for the target when they agree (against
    scrapping, against the act) and against it when they differ ("Backing the plan would be a mistake")."""
    for act in [h for h in hits if h.stance in ("favor", "against") and (_NOMINAL_ACT.match(text, h.end) or (
                text[h.start:h.end].split()[0].endswith("ing")
                and _ACT_OPENING.match(text[max((b for b in bounds if b <= h.start), default=0):h.start])))]:
        target = next((sp for sp in spans if sp[0] == act.target and act.end <= sp[1] <= act.end + 40), None)
        judged = next((h for h in hits if h is not act and h.target == act.target and target is not None
                       and h.start >= target[2] and clause(h.start) == clause(act.start)
                       and h.stance in ("favor", "against")), None)
        if judged is None:
            continue
        judgement = _flip(judged.stance) if target[3] else judged.stance  # of the act, not of an inverse target
        stance = act.stance if judgement == "favor" else _flip(act.stance)
        one = Hit(act.target, stance, judged.weight, act.start, judged.end,
                  f"{act.label} ... {judged.label} (the act judged)", act.agent_at)
        hits = [one if h is act else h for h in hits if h is not judged]
    return hits


# Verbs of giving something up or doing away with it. When a target's own patterns use one ("Ukraine gives up
# territory", "scrap fares"), the verb states the proposition and is for it; other against-cues in a target's
# words ("withdraw from") depend on who does it and keep their reading.
_RENOUNCING = re.compile(r"(?:give|gives|giving|gave|given)\s+up$|(?:cede|conced|surrender|relinquish)\w*$|"
                         r"(?:scrap|abolish|ban|axe|remov)\w*$")  # and of doing away: "scrap fares", "phone ban"


@functools.lru_cache(maxsize=256)
def _own_words(target: Target) -> str:
    """The words of a target's patterns as written (regular-expression syntax dropped), padded with spaces: a
    cue among them states the proposition itself ("give up" in "re:...give\\s+up...(territory|land)")."""
    words = re.sub(r"\\[swbd][+*?]?|\{\d*,?\d*\}|\(\?[:!=<]*|[()\[\]|^$.*+?\\;]", " ", target.written[0].lower())
    return f" {' '.join(words.replace('re:', ' ').split())} "


def _reaches(text: str, end: int, target_start: int) -> bool:
    """Whether a verb-like cue ending at ``end`` can govern a target starting at ``target_start`` after it: a few
    words on, with no new predicate between ("to end the war is through talks": "end" does not reach talks)."""
    between = text[end:target_start]
    return n_words(between) <= RIGHT_WINDOW and not _FINITE.search(between)


def _embedding(text, stance_cues, spans, modifiers, clause) -> tuple[set[int], dict[int, str], set[int], set[int]]:
    """Cues that embed another cue between them and their target ("insisting on assurances that will
    prevent X") or right after it ("want the sanctions lifted"): the outer cue gives way to the inner one, and
    an outer against-cue reverses it ("rejected calls for X" is against X). Returns the outer cues' indexes,
    per reversed inner cue the outer cue, the inner cues that describe the target before them, and every inner cue."""
    outer: set[int] = set()
    flipped: dict[int, str] = {}
    complements: set[int] = set()
    inners: dict[int, list[int]] = {}
    for i, (start, end, cue) in enumerate(stance_cues):
        if cue.scope in ("left", "next") or cue.stance == "neutral":
            continue
        ahead = [sp for sp in spans if clause(sp[1]) == clause(start) and sp[1] >= end
                 and _reaches(text, end, sp[1])]
        behind = [sp for sp in spans if clause(sp[1]) == clause(start) and sp[2] <= start]
        if not ahead or (cue.scope == "any" and behind and
                         min(start - sp[2] for sp in behind) < min(sp[1] - end for sp in ahead)):
            continue
        target = min(ahead, key=lambda sp: sp[1])
        between = [j for j, (s, e, c) in enumerate(stance_cues) if j != i and c.stance in ("favor", "against")
                   and s >= end and (e <= target[1] or s < target[1] and e >= target[2])]  # or around it: "urging
        # deputies to vote the levy down"
        after = [j for j, (s, _, c) in enumerate(stance_cues) if c.stance in ("favor", "against")
                 and _left_participle(text, s, spans) is target]
        inner = between or after
        if not inner:
            continue
        outer.add(i)
        inners[i] = inner
        complements.update(j for j in inner if j in after)
        if _modified(text, start, cue, modifiers, clause)[0] == "against":
            for j in inner:
                _toggle(flipped, j, text[start:end])
    for i in sorted(inners):  # "rejected calls for X to be lifted": a reversed outer cue reverses its inner one
        if i in flipped:
            for j in inners[i]:
                _toggle(flipped, j, flipped[i])
    return outer, flipped, complements, {j for inner in inners.values() for j in inner}


def _toggle(flipped: dict[int, str], j: int, by: str) -> None:
    if j in flipped:
        del flipped[j]
    else:
        flipped[j] = by


# "blamed Russia for the war and called for sanctions": a coordinated verb leaves the reverser's reach.
_NEW_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|\w+ly)\s+)?(?:[a-z]+ed|said|says|urged|vowed)\b")
# What may stand between a reverser and the target it blames: "blamed Berlin for (the) sanctions".
_BLAMED_GAP = re.compile(r"\s*(?:(?:the|its|his|her|their|any|new|further)\s+)*")

_NOW = re.compile(r"(?<!\bfor )(?<!\buntil )\bnow,?\s+(?:(?:I|we|he|she|they)\s*)?"
                  r"(?:(?:fully|firmly|strongly|also)\s+)?$", re.IGNORECASE)  # "I now support it", "now I'm for it"
_WOULD = re.compile(r"\b(?:would|['’]d)\s+(?:(?:gladly|happily|readily|certainly|only)\s+)?$", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:if|unless|provided|providing|as long as|so long as|on condition)\b",
                              re.IGNORECASE)
_NOT_ONLY = re.compile(r"\s+(?:only|just|merely|simply)\b", re.IGNORECASE)

# A condition whose failure is threatened: "will strike if the proposal is not withdrawn" wants it withdrawn.
_DEMANDED = re.compile(r"\bif\s+(?:[\w’'-]+\s+){1,5}(?:is|are|was|were)\s+$", re.IGNORECASE)


def _modified(text: str, start: int, cue: Cue, modifiers, clause) -> tuple[str, float, list[str]]:
    stance, weight, notes = cue.stance, cue.weight, []
    negators = [(s, e) for s, e, m in modifiers if m.stance == "negator" and e <= start and clause(s) == clause(start)
                and n_words(text[e:start]) <= (m.weight if m.weight >= 0 else NEGATION_WINDOW)
                and not _NOT_ONLY.match(text, e)]  # "should not only keep the ban but extend it": no negation
    if negators and _DEMANDED.search(text, max(0, negators[-1][0] - 60), negators[-1][0]):
        notes.append("a condition demanded")  # "strikes if the proposal is not withdrawn": withdrawal is wanted
    elif negators:
        s, e = negators[-1]
        stance = cue.negated
        notes.append(text[s:e])
    if any(m.stance == "hedge" and e <= start and clause(s) == clause(start)
           and n_words(text[e:start]) <= HEDGE_WINDOW for s, e, m in modifiers):
        weight /= 2
        notes.append("hedged")
    elif (_WOULD.search(text, max(0, start - 24), start) or negators) and _CONDITION_AFTER.match(text, start):
        weight /= 2  # "I would back the cap if it came with grants", "no point discussing it if ...": a condition
        notes.append("on a condition")
    if _NOW.search(text, max(0, start - 24), start) and stance in ("favor", "against"):
        weight *= 2  # "Having read the bill, I now support it": the present position outweighs what went before
        notes.append("now")
    for kind, note in (("reverser", "reversed"), ("past", "a position once held")):
        if any(m.stance == kind and e <= start and clause(s) == clause(start)
               and not _NEW_PREDICATE.search(text, e, start + 20) for s, e, m in modifiers):
            stance = _flip(stance)
            notes.append(note)
    return stance, weight, notes


# "Asked about NATO membership, Rutte said: “The door remains open.”": the question names the topic of the answer;
# so does an opening "On compulsory voting, he remained loyal: it was ..." ("As for", "Regarding", ...).
ASKED = re.compile(r"\s*(?:(?:[Ww]hen\s+|[Ii]f\s+)?[Aa]sked\s+(?:about|on|over|whether|if|why|how|what|when)\b|"
                   r"(?:On|As for|As to|Regarding|When it comes to|On the question of)\s)[^,;:]{1,150},")


def _attach(text, start, end, cue, spans, modifiers, clause, *, complement=False, others=()) -> list[Hit]:
    asked = ASKED.match(text)
    if asked and start < asked.end():
        return []  # "Asked whether she supported the scheme, X said ...": the question's words are not X's
    topic = [sp for sp in spans if sp[1] == sp[2]]  # a topic carried from the sentence before
    if topic and cue.scope == "next":
        return []  # "we won't swallow that": a cue that must stand right before the target's words has none here
    if topic and OWN_OBJECT.match(text, end):
        return []  # "rallying support for Ukraine", "a productive meeting": the cue has an object of its own
    if topic and cue.scope == "right" and not TOPIC_OBJECT.match(text, end):
        return []  # "study every proposal": a cue that governs an object is about that object, not the topic
    if topic and topic[0][1] < 0 and cue.scope in ("right", "modal") and not TOPIC_OBJECT.match(text, end):
        return []  # a topic named further back: "should tell us", "support for mill workers" are about no topic
    if topic:
        stance, weight, notes = _modified(text, start, cue, modifiers, clause)
        where = "topic of the sentence before" if topic[0][1] == 0 else "topic named earlier"
        label = f"{text[start:end]} ({', '.join([*notes, where])})"
        return [Hit(target_id, _flip(stance) if inverse else stance, weight, start, end, label)
                for target_id, _, _, inverse in topic[:1]]
    if cue.scope == "right" and ATTRIBUTIVE.search(text, max(0, start - 8), start) and \
            re.fullmatch(r"[\w-]+ed", text[start:end]):
        return []  # "a march against the proposed reserve": a participle before a noun is no one's act
    here = [sp for sp in spans if clause(sp[1]) == clause(start)]
    if not here and asked and start > asked.end():  # the answer's cue takes the question's topic
        here = [sp for sp in spans if sp[2] <= asked.end()]
    passive = re.match(r"\s+by\s+", text[end:])
    if passive:  # "a truce proposed by Norway": the object stands before the participle
        here = [sp for sp in here if sp[2] <= start]
    elif complement:  # "want the sanctions lifted": the participle describes the object of the outer cue
        here = [sp for sp in here if sp is _left_participle(text, start, spans)]
    elif cue.scope == "right" and not (_PASSIVE.search(text[:start]) and _PARTICIPLE.match(text, start)):
        here = [sp for sp in here if sp[1] >= end and _reaches(text, end, sp[1]) or SHARED_ARTICLE.fullmatch(
            text, max(sp[1], start), end) or (  # "back the licence" with "the licence" a pattern; "called the ..."
            sp[2] <= start and NAMED_AS.fullmatch(text, sp[2], start) and NAMING.search(text, 0, sp[1]))]
        earlier = [sp for sp in spans if sp[2] <= start]
        if not here and earlier and len({sp[0] for sp in earlier}) == 1 and PRONOUN_OBJECT.match(text, end):
            here = earlier[-1:]  # "If that is the plan, I would vote for it": "it" is the one target named before
    elif cue.scope == "left":
        here = [sp for sp in here if sp[2] <= end]
    elif cue.scope == "next":  # "promised to scrap the charge": only an act the target's own pattern names
        here = [sp for sp in here if sp[1] >= end and not text[end:sp[1]].strip()]
    if not here:
        return []
    if cue.scope == "any" and PREDICATIVE.search(text, max(0, start - 40), start):
        here = [sp for sp in here if sp[2] <= start] or here  # "X, she said, was “long overdue”, and Y ...": X
    elif cue.scope == "any":  # "back X and oppose the pension bill": a verb's object right after it is its target
        here = [sp for sp in here if sp[1] >= end and n_words(text[end:sp[1]]) <= 1] or here
    nearest = min(here, key=lambda sp: max(sp[1] - end, start - sp[2], 0))
    attached = [nearest] + [sp for sp in spans if sp is not nearest and (sp[1:3] == nearest[1:3] or (  # "both"
        clause(sp[1]) == clause(start) and _coordinated(text, nearest, sp, others)))]
    stance, weight, notes = _modified(text, start, cue, modifiers, clause)
    label = text[start:end] if not notes else f"{text[start:end]} ({', '.join(notes)})"
    hits, done = [], set()
    for target_id, _, _, inverse in attached:
        if target_id in done:
            continue
        done.add(target_id)
        hits.append(Hit(target_id, _flip(stance) if inverse else stance, weight, start, end, label,
                        end + passive.end() if passive else -1))
    return hits


def _left_participle(text: str, start: int, spans) -> tuple | None:
    """The target a participle right after it describes ("want the sanctions lifted", "called for the sanctions
    on Russia to be lifted", "demands that the levy be scrapped"), else None; not when the participle has an agent
    of its own ("the truce proposed by Norway")."""
    if not _PARTICIPLE.match(text, start) or re.match(r"\w+\s+by\b", text[start:]):
        return None
    return next((sp for sp in spans if sp[2] <= start and _TO_BE.fullmatch(text, sp[2], start)), None)


_TO_BE = re.compile(r"\s*[“\"‘']?|(?:\s+(?:on|against|for|of|in)\s+(?:the\s+)?[\w’'.-]+)?\s+(?:to\s+be|be|is|are|"
                    r"(?:should|must|will|would)\s+be)\s+")  # "demands that the levy is scrapped"


def _coordinated(text: str, a, b, others=()) -> bool:
    """Whether two mentions are one object ("back the levy and the charge"), not the objects of two cues ("back the
    levy and oppose the charge", "vote for the levy and against the charge")."""
    left, right = (a, b) if a[1] <= b[1] else (b, a)
    between = text[left[2]:right[1]]
    return right[1] >= left[2] and n_words(between) <= 3 and bool(re.search(r"\b(?:and|or|nor)\b", between)) \
        and not any(left[2] <= at < right[1] for at in others)


# Where "without" opens a clause: "Without X, ...", "said that without X the army cannot be filled".
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:^|[.;:,]\s+|\bthat\s+|\b(?:but|and)\s+)[“\"‘']?\s*\Z")


def _negated_targets(text, spans, cues, clause) -> list[Hit]:
    hits = []
    for target_id, start, end, inverse in spans:
        before = [(s, e) for s, e, c in cues if e <= start and clause(s) == clause(start)]
        if not before:
            continue
        s, e = before[-1]
        cue = next(c for cs, _, c in cues if cs == s)
        if cue.stance == "negator" and n_words(text[e:start]) <= TARGET_NEGATION_WINDOW:
            needed = text[s:e].lower() == "without" and _CLAUSE_OPENING_BEFORE.search(text, 0, s)  # "Without
            against = not needed  # national service, the army exists only on paper": what it cannot do without
            hits.append(Hit(target_id, "favor" if inverse == against else "against", 1.0, s, end,
                            f"{text[s:e]} + target ({text[start:end]}{', needed' if needed else ''})"))
    return hits


def _blamed_targets(text, spans, cues, stance_cues, clause) -> list[Hit]:
    """What someone is blamed or criticised for is held against: "Kyiv blamed Berlin for the sanctions". A stance
    cue between ("accused Berlin of pushing for talks") is flipped by the reverser instead."""
    hits = []
    for target_id, start, end, inverse in spans:
        before = [(s, e, c) for s, e, c in cues if c.stance == "reverser" and e <= start and clause(s) == clause(start)
                  and _BLAMED_GAP.fullmatch(text, e, start)]
        if before:
            s, e, _ = before[-1]
            hits.append(Hit(target_id, "favor" if inverse else "against", 1.0, s, end,
                            f"{text[s:e]} + target ({text[start:end]})"))
    return hits


def weigh(hits: list[Hit]) -> tuple[float, float, float]:
    """Summed favor, against and neutral weights of some hits."""
    sums = {label: 0.0 for label in C.STANCE_LABELS}
    for hit in hits:
        sums[hit.stance] += hit.weight
    return sums["favor"], sums["against"], sums["neutral"]


def label(favor: float, against: float, neutral: float) -> tuple[str, float]:
    """Stance label and score from summed cue weights.

    >>> label(0, 1.5, 0), label(1, 1, 0), label(0.5, 0, 2)
    (('against', -1.0), ('neutral', 0.0), ('neutral', 0.2))
    """
    total = favor + against + neutral
    score = round((favor - against) / total, 3) if total else 0.0
    stance = "favor" if score >= THRESHOLD else "against" if score <= -THRESHOLD else "neutral"
    return stance, score


