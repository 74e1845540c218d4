"""The tone of a speaker's words about a target: the weakest evidence of a position, used only where no stance cue
fired.

Much of what people say about a proposal takes a position without any word of position: "that hour isn't a
burden, it's a real help", "it will only make things worse". Sentiment and stance are correlated in such text
(Mohammad et al. 2016, SemEval-2016 Task 6, and Mohammad, Sobhani and Kiritchenko 2017, "Stance and sentiment in
tweets"), so when none of a speaker's statements on a target holds a stance cue, the kit reads the news score of
VADER (``analysis.vader``, topic words such as "war" neutral) over the speaker's own words in those statements:
the texts of their direct and partial quotations. Indirect speech is the reporter's paraphrase ("X blamed Y for
the failure of the sanctions" is no tone of X's about the sanctions) and a reported position has only the
narrator's words, so neither has a tone, with two exceptions: words in quotation marks inside a reported clause
are the speaker's own ("called the extra hour “a city idea that will empty our sports halls”": the tone of the
quoted words), and a reported clause whose subject is the target and whose verb follows it ("X said *the extra
hour would ease pressure on parents*") says what the speaker expects of the target, so the tone of that predicate
("would ease pressure on parents") is theirs to the extent the paraphrase is faithful. A mean at or beyond
VADER's neutral band
(``TONE_THRESHOLD``, Hutto and Gilbert 2014) gives favor or against; the ``stance`` table says so in
``decided_by`` ("tone") and in ``cues``, so a reader can keep the positions decided by cues alone.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from analysis import vader
from analysis.cue_index import target_keys

__all__ = ["TONE_THRESHOLD", "OWN_WORDS", "statement_tones", "decide"]

TONE_THRESHOLD = 0.05  # VADER's neutral band: a compound inside (-0.05, 0.05) is neutral
OWN_WORDS = ("direct", "partial")  # the quotation kinds whose text is the speaker's own
_AUXILIARY = re.compile(r"\b(?:would|will|could|can|was|is|had|has|might|may|should)\b", re.IGNORECASE)
QUOTED = re.compile(r"[“\"«]([^“”\"«»]{3,})[”\"»]")  # words in quotation marks inside a reported clause


def _predicate(clause: str, patterns) -> str:
    """What a reported clause says of a target that is its subject, from its verb on (an auxiliary or a form of
    "be" or "have" after at most two words ending the target's phrase), or "" when the target is not its subject.

    >>> hour = (re.compile("extra hour"),)
    >>> _predicate("the extra hour would ease pressure on parents", hour), _predicate("we need an extra hour", hour)
    ('would ease pressure on parents', '')
    """
    if not _AUXILIARY.search(clause, 0, 120):
        return ""  # no verb of the kind the predicate starts with: most clauses are passed over here
    for pattern in patterns:
        match = pattern.search(clause, 0, 80)
        if match and re.fullmatch(r"(?:(?:the|a|an|this|that|its|their|his|her|any|such)\s+)?"
                                  r"(?:(?!(?:of|on|for|to|in|about|against|over|with|by)\s)[\w-]+\s+){0,2}",
                                  clause[:match.start()], re.IGNORECASE):  # not "the vote on the levy was"
            rest = re.match(r"[\w-]*\s+((?:would|will|could|can|was|is|had|has|might|may|should)\b.*)",
                            clause[match.end():], re.DOTALL)
            if rest:
                return rest.group(1)
    return ""


def statement_tones(statements: pd.DataFrame, quotes: pd.DataFrame | None, targets=()) -> list[float]:
    """Per statement, the news-score tone of the speaker's own words (a direct or partial quotation's text, or the
    words in quotation marks inside a reported clause) or of the predicate of a reported clause about the target
    (``targets``: their patterns), or NaN when a stance cue fired in it or it has none of these.

    >>> s = pd.DataFrame({"quote_id": ["q1", "", "q2", "q3"], "favor": [0.0, 0.0, 0.0, 0.0],
    ...                   "against": [0.0, 0.0, 1.0, 0.0], "neutral": [0.0, 0.0, 0.0, 0.0], "target": ["plan"] * 4,
    ...                   "text": ["She said: it is a great help.", "X blamed Y for the failure.", "It failed.",
    ...                            "He said the plan would ease the pressure."]})
    >>> q = pd.DataFrame({"quote_id": ["q1", "q2", "q3"], "kind": ["direct", "direct", "indirect"],
    ...                   "text": ["it is a great help", "It failed.", "the plan would ease the pressure"]})
    >>> from analysis.stance_lexicon import targets_from_rows
    >>> plan = targets_from_rows([{"id": "plan", "label": "", "description": "", "patterns": "plan"}])
    >>> [round(t, 4) if t == t else "nan" for t in statement_tones(s, q, plan)]
    [0.7783, 'nan', 'nan', 0.0772]
    """
    read = quotes is not None and {"text", "kind"} <= set(quotes.columns)
    texts = {} if not read else {
        quote_id: (kind, text) for quote_id, text, kind in zip(quotes["quote_id"].astype(str),
                                                               quotes["text"].fillna(""), quotes["kind"], strict=True)
        if kind in OWN_WORDS or kind == "indirect"}
    patterns = {t.id: t.patterns for t in targets}
    every = [(p, keys) for entries, _, _ in target_keys(tuple(targets))[2] for _, p, keys in entries] if targets else []
    written = [""] * len(statements) if "basis" not in statements else \
        [QUOTED.sub(" ", t) if b == "author" else "" for b, t in zip(statements["basis"], statements["text"],
                                                                    strict=True)]
    tones = []
    for quote_id, favor, against, neutral, target, own in zip(
            statements["quote_id"].fillna("").astype(str), statements["favor"], statements["against"],
            statements["neutral"], statements["target"], written, strict=True):
        kind, text = texts.get(quote_id, ("direct", own) if own else ("", ""))  # a writer's sentence is theirs
        said = "" if favor or against or neutral or not text else text if kind in OWN_WORDS else \
            " ".join(QUOTED.findall(text)) or _predicate(text, patterns.get(target, ()))  # a paraphrase: its
        # quoted words, or the predicate of the target it is about; the rest of its words are the reporter's
        said = _without_targets(said, every) if said else said  # "Free buses!" has no tone of its own
        said = "" if kind == "partial" and len(text.split()) < 2 else said  # a one-word term ("peacekeeper")
        tones.append(vader.of_text(said)["compound_news"] if said.strip() else math.nan)  # NaN: a cue decides, or
        # no words
    return tones


def _without_targets(text: str, patterns) -> str:
    """The text without the words that name a target: the name of a proposal ("free buses", "a peace deal") is no
    tone of the speaker's about it. ``patterns`` are (pattern, keys) pairs; a pattern none of whose keys is in the
    text as it stands cannot match it and is not tried.

    >>> _without_targets("Free buses! Free buses for all!", [(re.compile("free bus(es)?", re.IGNORECASE), ("bus",))])
    ' !   for all!'
    """
    lowered = text.lower()
    for pattern, keys in patterns:
        if not keys or any(key in lowered for key in keys):
            text, before = pattern.sub(lambda m: " " if m.end() > m.start() else "", text), text
            lowered = lowered if text == before else text.lower()
    return text


def decide(stance: str, score: float, cues: str, weights: float, tone: float) -> tuple[str, float, str, str]:
    """A ``stance`` row's (stance, score, cues, decided_by): by its cues when any fired (``weights`` > 0), else
    by the tone of its statements when that leaves VADER's neutral band, else undecided ("").

    >>> decide("neutral", 0.0, "", 0.0, -0.42)
    ('against', -0.42, "tone of the speaker's words -0.42 (no stance cue)", 'tone')
    >>> decide("favor", 1.0, "backed -> favor 1", 1.0, -0.42)[3], decide("neutral", 0.0, "", 0.0, 0.01)[3]
    ('cues', '')
    """
    if weights > 0:
        return stance, score, cues, "cues"
    if tone != tone or abs(tone) < TONE_THRESHOLD:
        return stance, score, cues, ""
    tone = round(float(tone), 4)
    return ("favor" if tone > 0 else "against"), tone, f"tone of the speaker's words {tone:+.2f} (no stance cue)", \
        "tone"
