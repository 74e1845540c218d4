"""Views of the teaching notebooks (``notebooks/teaching/``): the annotation items, agreement tables and the
answer checks.

Agreement is Cohen's kappa (``analysis.validate.agreement``); Landis and Koch (1977) read 0.41-0.60 as
moderate, 0.61-0.80 as substantial agreement; these are conventions, not laws.

The ``check_*`` functions take a student's answer and return a ``Verdict`` that prints "correct" or
"not yet, hint: ...". Where the question is about what the kit computes, the key is computed by the kit
itself; where it asks for a human judgement (a quote's kind, a frame), the key is a small hand-made table in
this module. ``notebooks/teaching/answers/answers.toml`` holds a correct and a wrong answer for every check,
and the tests run both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis import _deprecated, framing, resources, sentiment, stance, stance_lexicon, validate
from analysis import actors as actors_stage
from analysis import columns as C
from analysis.validate.agreement import agreement_parts, cohen_kappa, confusion
from analysis.views import plots

__all__ = ["SENTIMENT_LABELS", "TASK_LABELS", "ITEM_COLUMNS", "AGREEMENT_COLUMNS", "VADER_REASONS", "QUOTE_EXAMPLES",
           "QUOTE_KEY", "QUOTE_HINTS", "FRAME_EXAMPLES", "FRAME_KEY", "GENERIC_FRAMES", "TALKS_SENTENCES",
           "STANCE_SENTIMENT_EXAMPLE", "STANCE_SENTIMENT_KEY", "Verdict", "annotation_items", "tool_labels",
           "agreement", "side_by_side", "plot_agreement", "add_actor", "targets_table", "target", "check_vader_label",
           "check_top_word", "check_vader_error", "check_quote_kind", "check_quote_kinds", "check_actor_added",
           "check_kappa", "check_stance_and_sentiment", "check_speakers", "check_target_patterns", "check_frames",
           "check_frame_cue", "check_frame", "FRAME_QUESTION_HINT", "agreement_parts", "cohen_kappa", "confusion"]

__getattr__ = _deprecated.moved(__name__, {"voices": "analysis.views.voices:by_speaker",
                                           "plot_voices": "analysis.views.voices:plot_speakers"})

SENTIMENT_LABELS = ("negative", "neutral", "positive")
TASK_LABELS = {"sentiment": SENTIMENT_LABELS, "stance": C.STANCE_LABELS}
ITEM_COLUMNS = ("item", "doc_id", "sent_id", "text", "partner_sentiment", "partner_stance")
AGREEMENT_COLUMNS = ("pair", "n", "observed", "expected", "kappa", "macro_f1")

# Why VADER can be wrong about a sentence, in the words of the glossary.
VADER_REASONS = {
    "negation": "a negation VADER misses or applies to the wrong word",
    "topic word": "a word naming the topic (war, peace, crisis) carries valence though the sentence is a report",
    "missing word": "the sentence's feeling rests on a word or phrase that is not in the lexicon",
    "sarcasm": "irony or sarcasm: the words say the opposite of what is meant",
    "mixed": "clauses of opposite tone, or a quoted voice whose tone is not the sentence's",
    "emphasis": "capitals, exclamation marks or boosters inflate or deflate the score",
}

QUOTE_EXAMPLES = {
    1: "“We will demand that ironclad security guarantees become part of this agreement,” Grushko said.",
    2: "Hegseth dismissed Ukraine’s goals of NATO membership as “unrealistic.”",
    3: "Ushakov said that Russia and the United States agree that Ukraine’s accession to NATO cannot be discussed.",
    4: "According to Reuters, the talks in Jeddah became the starting point for dialogue with Russia.",
}
QUOTE_KEY = {1: "direct", 2: "partial", 3: "indirect", 4: "indirect"}
QUOTE_HINTS = {
    "direct": "a whole statement in quotation marks, in the speaker's own words",
    "partial": "only a word or phrase is in quotation marks; the rest of the sentence is the reporter's",
    "indirect": "no quotation marks: the reporter paraphrases what was said (a 'said that' or 'according to')",
}

FRAME_EXAMPLES = {
    1: "The rouble strengthened to around 80 against the U.S. dollar as expectations of a peace deal grew.",
    2: "“We're talking about people dying,” Trump said.",
    3: "Zelensky accused Putin of attempting to sabotage diplomatic efforts.",
    4: "The West bears responsibility for the war, Moscow says, and must address its root causes.",
}
FRAME_KEY = {1: "economic consequences", 2: "human interest", 3: "conflict", 4: "responsibility"}
GENERIC_FRAMES = ("conflict", "human interest", "economic consequences", "morality", "responsibility")

# Sentences for the target-writing exercise: the first three are about peace talks, the last two are not.
TALKS_SENTENCES = (
    ("Putin and Trump agreed to begin negotiations on the war.", True),
    ("The talks in Jeddah became the starting point for dialogue with Russia.", True),
    ("Rubio said the US would step back from further mediation.", True),
    ("The rouble strengthened against the dollar on Monday.", False),
    ("Russian forces regained full control of the Kursk region.", False),
)

STANCE_SENTIMENT_EXAMPLE = ("Peskov said it gives Moscow great satisfaction that Ukraine’s membership in NATO is "
                            "excluded.")
STANCE_SENTIMENT_KEY = {"sentiment": "positive", "stance": "against"}


@dataclass(frozen=True)
class Verdict:
    """The outcome of a check: ``ok`` and the message the notebook shows."""

    ok: bool
    message: str

    def __repr__(self) -> str:
        return self.message

    __str__ = __repr__


def _correct(note: str = "") -> Verdict:
    return Verdict(True, "correct" + (f": {note}" if note else ""))


def _not_yet(hint: str) -> Verdict:
    return Verdict(False, f"not yet, hint: {hint}")


def _norm(value) -> str:
    return " ".join(str(value or "").lower().replace("_", " ").split())


# ---------------------------------------------------------------------------------------------- agreement


# ---------------------------------------------------------------------------------------------- annotation


def annotation_items(path: str) -> pd.DataFrame:
    """The annotation exercise's sentences and the example partner's labels.

    Args:
        path: a CSV with the columns item, doc_id, sent_id, text, partner_sentiment, partner_stance
            (``seeds/annotations/teaching_sentences.csv`` for the sample corpus).

    Returns:
        One row per sentence with those columns.
    """
    rows = resources.read_table(path)
    if not rows or any(c not in rows[0] for c in ITEM_COLUMNS):
        raise ValueError(f"{path} needs the columns {', '.join(ITEM_COLUMNS)}")
    items = pd.DataFrame(rows, columns=list(ITEM_COLUMNS))
    return items.astype({"item": "int64", "sent_id": "int64"})


def _stance_label(text: str, targets: tuple[stance.Target, ...]) -> str:
    hits = stance.of_text(text, targets)
    return stance.label(*stance.weigh(hits))[0] if hits else "neutral"


def tool_labels(texts: Sequence[str], *, task: str, targets: tuple[stance.Target, ...] = ()) -> list[str]:
    """The kit's label of each sentence on its own: VADER's label (sentiment) or the cue-based stance toward
    the targets (stance; neutral when no cue attaches to a target).

    >>> tool_labels(["It is certainly not a betrayal.", "The war goes on."], task="sentiment")
    ['positive', 'negative']
    """
    if task == "sentiment":
        return [sentiment.of_text(text)["label"] for text in texts]
    if task == "stance":
        return [_stance_label(text, targets) for text in texts]
    raise ValueError(f"task is 'sentiment' or 'stance', not {task!r}")


def _check_labels(labels: Sequence[str], task: str) -> list[str]:
    allowed = TASK_LABELS[task]
    cleaned = [_norm(x) for x in labels]
    wrong = [x for x in cleaned if x not in allowed]
    if wrong:
        raise ValueError(f"labels for {task} are {', '.join(allowed)}; got {wrong[0]!r}")
    return cleaned


def agreement(items: pd.DataFrame, mine: Sequence[str] = (), *, task: str,
              targets: tuple[stance.Target, ...] = ()) -> pd.DataFrame:
    """Cohen's kappa between you, the example partner and the kit on the annotation items.

    Args:
        items: from ``annotation_items``.
        mine: your labels, one per item in item order; empty compares only the partner with the kit.
        task: ``sentiment`` or ``stance``.
        targets: the stance target(s), for ``task="stance"``.

    Returns:
        One row per pair of annotators: pair, n, observed (p_o), expected (p_e), kappa, and macro_f1 (the
        mean over labels of F1, with the first of the pair taken as the reference).

    >>> items = pd.DataFrame({"text": ["It is certainly not a betrayal.", "The war goes on."],
    ...                       "partner_sentiment": ["positive", "neutral"]})
    >>> agreement(items, ["positive", "negative"], task="sentiment")[["pair", "observed", "kappa"]].values.tolist()
    [['you - partner', 0.5, 0.3333], ['you - kit', 1.0, 1.0], ['partner - kit', 0.5, 0.3333]]
    """
    labels = {"partner": _check_labels(items[f"partner_{task}"].tolist(), task),
              "kit": tool_labels(items["text"].tolist(), task=task, targets=targets)}
    if len(mine):
        if len(mine) != len(items):
            raise ValueError(f"give one label per sentence: {len(items)} labels, not {len(mine)}")
        labels = {"you": _check_labels(mine, task), **labels}
    names = list(labels)
    rows = []
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            observed, expected = agreement_parts(labels[first], labels[second])
            macro_f1 = validate.score(labels[first], labels[second], labels=list(TASK_LABELS[task]))["macro_f1"]
            rows.append((f"{first} - {second}", len(items), round(observed, 3), round(expected, 3),
                         cohen_kappa(labels[first], labels[second]), round(macro_f1, 3)))
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))


def side_by_side(items: pd.DataFrame, mine: Sequence[str] = (), *, task: str,
                 targets: tuple[stance.Target, ...] = ()) -> pd.DataFrame:
    """The items with every annotator's label in columns (you, partner, kit), to find the disagreements."""
    table = items[["item", "text"]].copy()
    if len(mine) == len(items):
        table["you"] = _check_labels(mine, task)
    table["partner"] = items[f"partner_{task}"].tolist()
    table["kit"] = tool_labels(items["text"].tolist(), task=task, targets=targets)
    table["all_agree"] = table.drop(columns=["item", "text"]).nunique(axis=1) == 1
    return table


def plot_agreement(agreement_table: pd.DataFrame):
    """Bar chart of Cohen's kappa per pair of annotators (from ``agreement``); returns the figure."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 1.8 + 0.4 * max(1, len(agreement_table))))
    ax.barh(agreement_table["pair"], agreement_table["kappa"].fillna(0), color="#4c72b0")
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.invert_yaxis()
    return plots.finish(ax, title="Agreement beyond chance", xlabel="Cohen's kappa (1 = perfect, 0 = chance)",
                        ylabel="annotators")


# ---------------------------------------------------------------------------------------------- helpers


def add_actor(lexicon: list, *, name: str, aliases: Sequence[str] = (), affiliation: str = "", role: str = "",
              actor_type: str = "person") -> list:
    """A copy of an actors lexicon (from ``actors.load``) with one more actor, listed first.

    >>> lexicon = add_actor(actors_stage.load(), name="Andrii Sybiha", aliases=["Sybiha"], affiliation="Ukraine")
    >>> lexicon[0][0].name, lexicon[0][1]
    ('Andrii Sybiha', ('Andrii Sybiha', 'Sybiha'))
    """
    if not name.strip():
        return list(lexicon)
    actor = actors_stage.Actor(name, affiliation, actor_type if actor_type in C.SPEAKER_TYPES else "person", role)
    return [(actor, (name, *aliases)), *lexicon]


def targets_table(path: str) -> pd.DataFrame:
    """The targets of a targets CSV as a table: id, label, description, patterns, inverse_patterns (as written)."""
    return stance_lexicon.target_table(path, as_written=True)


def target(target_id: str, patterns: str, *, label: str = "", inverse_patterns: str = "") -> tuple:
    """A stance target from its patterns (";"-separated phrases, "*" ends a word with any letters).

    >>> target("talks", "negotiat*;talks")[0].id
    'talks'
    """
    return stance.targets_from_rows([{"id": target_id, "label": label or target_id, "description": "",
                                      "patterns": patterns, "inverse_patterns": inverse_patterns}])


# ---------------------------------------------------------------------------------------------- checks


def check_vader_label(text: str, answer: str) -> Verdict:
    """Did you predict the label VADER gives ``text`` (positive, neutral or negative)?

    >>> check_vader_label("It is certainly not a betrayal.", "positive")
    correct: compound 0.6675
    """
    row = sentiment.of_text(text)
    if _norm(answer) == row["label"]:
        return _correct(f"compound {row['compound']:g}")
    if _norm(answer) not in SENTIMENT_LABELS:
        return _not_yet(f"answer with one of {', '.join(SENTIMENT_LABELS)}")
    return _not_yet("run sentiment.explain(text): which words carry valence, and did a rule (negation, 'but', "
                    "a booster) change it?")


def check_top_word(text: str, answer: str) -> Verdict:
    """Did you find the word that moves VADER's compound score of ``text`` most (largest absolute effect)?

    >>> check_top_word("It is certainly not a betrayal", "not")
    correct: not moves the compound by +1.01
    """
    rows = sentiment.explain(text)
    top = rows.loc[rows["effect"].abs().idxmax()]
    if _norm(answer) == _norm(top["token"]):
        return _correct(f"{top['token']} moves the compound by {top['effect']:+.2f}")
    return _not_yet("sort the table of sentiment.explain(text) by the absolute value of 'effect'")


def check_vader_error(text: str, human_label: str, reason: str) -> Verdict:
    """Is ``text`` a sentence VADER gets wrong, with a reason from ``VADER_REASONS`` that fits it?

    >>> check_vader_error("We're talking about people dying.", "negative", "missing word")
    correct: VADER says neutral (compound 0), you say negative
    >>> check_vader_error("The war goes on.", "negative", "topic word").ok
    False
    """
    human, reason = _norm(human_label), _norm(reason)
    if human not in SENTIMENT_LABELS:
        return _not_yet(f"give your own label as one of {', '.join(SENTIMENT_LABELS)}")
    row = sentiment.of_text(text)
    if row["label"] == human:
        return _not_yet(f"VADER also says {human} (compound {row['compound']:g}): find a sentence where its "
                        "label differs from yours")
    if reason not in VADER_REASONS:
        return _not_yet(f"name the reason as one of: {', '.join(VADER_REASONS)}")
    explanation = sentiment.explain(text)
    if reason == "negation" and not explanation["rules"].str.contains("negat").any() \
            and not any(w in text.lower() for w in ("not", "n't", "no ", "never", "without")):
        return _not_yet("there is no negation in this sentence: which other reason fits?")
    if reason == "topic word" and not row["topic_words"]:
        return _not_yet("no topic word carries valence here (see the topic_words of sentiment.of_text)")
    if reason == "missing word" and row["compound"] != 0 and human == "neutral":
        return _not_yet("VADER found sentiment words here, so none is missing: which other reason fits?")
    return _correct(f"VADER says {row['label']} (compound {row['compound']:g}), you say {human}")


def check_quote_kind(example: int, answer: str) -> Verdict:
    """Is ``answer`` the kind (direct, partial, indirect) of quote in ``QUOTE_EXAMPLES[example]``?

    >>> check_quote_kind(2, "partial")
    correct
    """
    return _check_choice(example, answer, QUOTE_KEY, QUOTE_HINTS, choices_name="",
                         wrong=lambda kind: f"{kind} means {QUOTE_HINTS[kind]}: look at where the quotation marks are")


def _check_choice(example: int, answer: str, key: dict, choices, *, choices_name: str, wrong) -> Verdict:
    """One multiple-choice exercise: ``key[example]`` is right; an answer among ``choices`` that is not right
    gets ``wrong(answer)`` as its hint; anything else is told the choices."""
    if example not in key:
        return _not_yet(f"the examples are numbered {', '.join(map(str, key))}")
    choice = _norm(answer)
    if choice == key[example]:
        return _correct()
    if choice not in choices:
        return _not_yet(f"answer with one of {choices_name}{', '.join(choices)}")
    return _not_yet(wrong(choice))


def _check_every(answers: dict, key: dict, check) -> Verdict:
    """``correct`` when ``check(example, answer)`` holds for every example of ``key``; else the first miss."""
    answers = {int(k): v for k, v in answers.items()}
    verdicts = {example: check(example, answers.get(example, "")) for example in key}
    for example, verdict in verdicts.items():
        if not verdict.ok:
            n_right = sum(v.ok for v in verdicts.values())
            return _not_yet(f"{n_right} of {len(key)} right; example {example}: "
                            f"{verdict.message.removeprefix('not yet, hint: ')}")
    return _correct()


def check_quote_kinds(answers: dict) -> Verdict:
    """Are the kinds (direct, partial, indirect) of all quotes of ``QUOTE_EXAMPLES`` right? Keys are example numbers.

    >>> verdict = check_quote_kinds({1: "direct", 2: "partial", 3: "indirect", 4: "direct"})
    >>> verdict.ok, verdict.message[:41]
    (False, 'not yet, hint: 3 of 4 right; example 4: d')
    """
    return _check_every(answers, QUOTE_KEY, check_quote_kind)


def check_actor_added(mentions: pd.DataFrame, *, name: str, affiliation: str) -> Verdict:
    """Does ``mentions`` hold ``name`` as a known actor with that affiliation, in every mention of them?

    >>> m = pd.DataFrame({"actor": ["Ann Lee"], "known": [True], "affiliation": ["Ukraine"]})
    >>> check_actor_added(m, name="Ann Lee", affiliation="Ukraine")
    correct: 1 mention(s) of Ann Lee
    """
    rows = mentions[mentions["actor"] == name]
    if rows.empty:
        return _not_yet(f"no mention of {name}: spell the name as the text does, and pass lexicon= to actors.find")
    if not rows["known"].astype(bool).all():
        return _not_yet(f"{name} is still known = False: add them with teaching.add_actor and run actors.find "
                        "with the new lexicon")
    if not (rows["affiliation"] == affiliation).all():
        return _not_yet(f"the affiliation of {name} is {rows['affiliation'].iloc[0]!r}, not {affiliation!r}")
    return _correct(f"{len(rows)} mention(s) of {name}")


def check_kappa(a: Sequence, b: Sequence, answer: float) -> Verdict:
    """Is ``answer`` Cohen's kappa of the annotations ``a`` and ``b`` (to two decimals)?

    >>> check_kappa(["pos", "neg", "neg", "pos"], ["pos", "neg", "pos", "pos"], 0.5)
    correct: p_o = 0.75, p_e = 0.5, kappa = 0.5
    """
    observed, expected = agreement_parts(a, b)
    kappa = cohen_kappa(a, b)
    if abs(float(answer) - kappa) < 0.01:
        return _correct(f"p_o = {observed:g}, p_e = {expected:g}, kappa = {kappa:g}")
    if abs(float(answer) - observed) < 0.01:
        return _not_yet("that is the observed agreement p_o; kappa also subtracts the chance agreement p_e")
    return _not_yet("p_o is the share of items labelled alike; p_e sums, over labels, the product of the two "
                    "annotators' shares of that label; kappa = (p_o - p_e) / (1 - p_e)")


def check_stance_and_sentiment(*, sentiment_label: str, stance_label: str) -> Verdict:
    """Sentiment and stance of ``STANCE_SENTIMENT_EXAMPLE`` toward Ukraine joining NATO.

    >>> check_stance_and_sentiment(sentiment_label="positive", stance_label="against")
    correct
    """
    hints = []
    if _norm(sentiment_label) != STANCE_SENTIMENT_KEY["sentiment"]:
        hints.append("sentiment is the tone of the words: how does Peskov feel?")
    if _norm(stance_label) != STANCE_SENTIMENT_KEY["stance"]:
        hints.append("stance is the position on the target: is Peskov glad that Ukraine joins NATO, or that it "
                     "does not?")
    return _not_yet(" ".join(hints)) if hints else _correct()


def check_speakers(stance_table: pd.DataFrame, *, target: str, label: str, answer: Sequence[str]) -> Verdict:
    """Did you name every speaker whose stance toward ``target`` the kit labels ``label``, and no other?

    >>> s = pd.DataFrame({"speaker": ["A", "B"], "target": ["t", "t"], "stance": ["favor", "against"]})
    >>> check_speakers(s, target="t", label="favor", answer=["A"])
    correct
    """
    rows = stance_table[(stance_table["target"] == target) & (stance_table["stance"] == label)]
    expected = {_norm(s) for s in rows["speaker"]}
    given = {_norm(s) for s in answer}
    if given == expected:
        return _correct()
    missing, extra = expected - given, given - expected
    parts = []
    if missing:
        parts.append(f"{len(missing)} speaker(s) missing")
    if extra:
        parts.append(f"{len(extra)} name(s) that the table does not label {label}")
    return _not_yet(", ".join(parts) + f": filter the stance table on target == {target!r} and stance == {label!r}")


def check_target_patterns(patterns: str) -> Verdict:
    """Do the patterns of a 'peace talks' target match the talks sentences of ``TALKS_SENTENCES`` and no other?

    >>> check_target_patterns("negotiat*;talks;mediation")
    correct
    """
    try:
        found = target("talks", patterns)[0]
    except stance.TargetsError as exc:
        return _not_yet(str(exc))
    wrong = [text for text, about in TALKS_SENTENCES
             if about != any(p.search(text) for p in found.patterns)]
    if not wrong:
        return _correct()
    return _not_yet(f"{len(wrong)} sentence(s) classified wrongly, e.g. {wrong[0]!r}")


def check_frames(answers: dict) -> Verdict:
    """Are the generic frames of all sentences of ``FRAME_EXAMPLES`` right?

    >>> check_frames({1: "economic consequences", 2: "human interest", 3: "conflict", 4: "responsibility"})
    correct
    """
    return _check_every(answers, FRAME_KEY, check_frame)


def check_frame_cue(text: str, frame: str) -> Verdict:
    """Does the kit give ``text`` the ``frame`` (so that you can argue it is a false alarm), and on which cues?

    >>> check_frame_cue("The rouble strengthened against the dollar.", "conflict")
    correct: the cue(s) against fired for conflict; now say why the frame is not there
    """
    found = {f: cues for _, f, cues in framing.of_text(text)}
    if _norm(frame) not in found:
        if not text.strip():
            return _not_yet("paste a sentence from the evidence table")
        return _not_yet(f"the kit does not give this sentence the frame {frame!r}; it gives: "
                        f"{', '.join(found) or 'none'}")
    cues = ", ".join(dict.fromkeys(found[_norm(frame)]))
    return _correct(f"the cue(s) {cues} fired for {_norm(frame)}; now say why the frame is not there")


def check_frame(example: int, answer: str) -> Verdict:
    """Is ``answer`` the generic frame (Semetko and Valkenburg 2000) of ``FRAME_EXAMPLES[example]``?

    >>> check_frame(1, "economic consequences")
    correct
    """
    return _check_choice(example, answer, FRAME_KEY, GENERIC_FRAMES, choices_name="the generic frames: ",
                         wrong=lambda _: FRAME_QUESTION_HINT)


FRAME_QUESTION_HINT = ("ask the frame's question of the sentence: who wins or loses (conflict), whose life is "
                       "touched (human interest), what it costs (economic consequences), what is right "
                       "(morality), who caused it or must fix it (responsibility)")
