"""The tone of a speaker's words about a target: the weakest evidence of a position, used only where no stance cue
fired.

Much of what people say about a proposal takes a position without any word of position: "that hour isn't a
burden, it's a real help", "it will only make things worse". Sentiment and stance are correlated in such text
(Mohammad et al. 2016, SemEval-2016 Task 6, and Mohammad, Sobhani and Kiritchenko 2017, "Stance and sentiment in
tweets"), so when none of a speaker's statements on a target holds a stance cue, the kit reads the news score of
VADER (``analysis.vader``, topic words such as "war" neutral) over the speaker's own words in those statements:
the texts of their direct and partial quotations. Indirect speech is the reporter's paraphrase ("X blamed Y for
the failure of the sanctions" is no tone of X's about the sanctions) and a reported position has only the
narrator's words, so neither has a tone. A mean at or beyond VADER's neutral band
(``TONE_THRESHOLD``, Hutto and Gilbert 2014) gives favor or against; the ``stance`` table says so in
``decided_by`` ("tone") and in ``cues``, so a reader can keep the positions decided by cues alone.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis import vader

__all__ = ["TONE_THRESHOLD", "OWN_WORDS", "statement_tones", "decide"]

TONE_THRESHOLD = 0.05  # VADER's neutral band: a compound inside (-0.05, 0.05) is neutral
OWN_WORDS = ("direct", "partial")  # the quotation kinds whose text is the speaker's own


def statement_tones(statements: pd.DataFrame, quotes: pd.DataFrame | None) -> list[float]:
    """Per statement, the news-score tone of the speaker's own words (a direct or partial quotation's text), or NaN
    when a stance cue fired in it or it quotes no words of the speaker's own.

    >>> s = pd.DataFrame({"quote_id": ["q1", "", "q2"], "favor": [0.0, 0.0, 0.0], "against": [0.0, 0.0, 1.0],
    ...                   "text": ["She said: it is a great help.", "X blamed Y for the failure.", "It failed."],
    ...                   "neutral": [0.0, 0.0, 0.0]})
    >>> q = pd.DataFrame({"quote_id": ["q1", "q2"], "text": ["it is a great help", "It failed."],
    ...                   "kind": ["direct", "direct"]})
    >>> [round(t, 4) if t == t else "nan" for t in statement_tones(s, q)]
    [0.7783, 'nan', 'nan']
    """
    words = {} if quotes is None or not {"text", "kind"} <= set(quotes.columns) else {
        quote_id: text for quote_id, text, kind in zip(quotes["quote_id"].astype(str), quotes["text"].fillna(""),
                                                       quotes["kind"], strict=True)
        if kind in OWN_WORDS}  # a paraphrase's words are the reporter's
    tones = []
    for quote_id, favor, against, neutral in zip(statements["quote_id"].fillna("").astype(str), statements["favor"],
                                                 statements["against"], statements["neutral"], strict=True):
        said = words.get(quote_id, "")
        if favor or against or neutral or not said:
            tones.append(math.nan)  # a cue decides, or there are no words of the speaker's own
            continue
        tones.append(vader.of_text(said)["compound_news"])
    return tones


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
