"""Teaching module: Cohen's kappa against hand-computed values, the annotation items, and the answer key.

Every exercise of the teaching notebooks has an entry in notebooks/teaching/answers/answers.toml with a correct
answer and wrong ones: the correct answer must pass its check and every wrong one must be rejected.
"""

from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path

import papermill
import pytest

from analysis import actors, stance, views

ROOT = Path(__file__).resolve().parent.parent
TEACHING = ROOT / "notebooks" / "teaching"
ITEMS = ROOT / "seeds" / "annotations" / "teaching_sentences.csv"
KEY = tomllib.loads((TEACHING / "answers" / "answers.toml").read_text(encoding="utf-8"))["exercise"]
ACTOR_PARAGRAPH = (
    "Ukraine's foreign minister Andrii Sybiha said on Monday that Kyiv would not give up its path to NATO. “We will "
    "never trade our future for a pause in the fighting,” Sybiha told reporters in Brussels. According to Reuters, "
    "Kremlin spokesman Dmitry Peskov called the remarks “dangerous.”")


# ---------------------------------------------------------------------------------------------- kappa

def _labels(pairs: dict[tuple[str, str], int]) -> tuple[list[str], list[str]]:
    """Two annotations from counts of label pairs."""
    a, b = [], []
    for (x, y), n in pairs.items():
        a += [x] * n
        b += [y] * n
    return a, b


@pytest.mark.parametrize("pairs, observed, expected, kappa", [
    # 50 items: p_o = 35/50 = 0.7; a says yes 25/50, b 30/50; p_e = .5 x .6 + .5 x .4 = .5; (0.7-.5)/.5 = 0.4
    ({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15}, 0.7, 0.5, 0.4),
    # complete disagreement on a balanced pair: p_o = 0, p_e = .5 -> -1
    ({("x", "y"): 2, ("y", "x"): 2}, 0.0, 0.5, -1.0),
    # three labels: p_o = 4/6; a = 1/3 each, b = 2/6, 3/6, 1/6 -> p_e = 1/3; (2/3 - 1/3) / (2/3) = 0.5
    ({("pos", "pos"): 1, ("pos", "neu"): 1, ("neu", "neu"): 2, ("neg", "neg"): 1, ("neg", "pos"): 1},
     4 / 6, 1 / 3, 0.5),
    # agreement no better than chance: p_o = .5, p_e = .5 -> 0
    ({("a", "a"): 1, ("a", "b"): 1, ("b", "a"): 1, ("b", "b"): 1}, 0.5, 0.5, 0.0),
    # perfect agreement on two labels
    ({("a", "a"): 3, ("b", "b"): 1}, 1.0, 0.625, 1.0),
])
def test_kappa_matches_hand_computation(pairs, observed, expected, kappa):
    a, b = _labels(pairs)
    p_o, p_e = views.teaching.agreement_parts(a, b)
    assert p_o == pytest.approx(observed)
    assert p_e == pytest.approx(expected)
    assert views.teaching.cohen_kappa(a, b) == pytest.approx(kappa, abs=1e-4)
    assert views.teaching.cohen_kappa(b, a) == pytest.approx(kappa, abs=1e-4)


def test_kappa_is_undefined_when_both_use_one_label():
    assert math.isnan(views.teaching.cohen_kappa(["neutral"] * 4, ["neutral"] * 4))


@pytest.mark.parametrize("a, b", [([], []), (["a"], ["a", "b"])])
def test_kappa_refuses_empty_or_unequal_annotations(a, b):
    with pytest.raises(ValueError):
        views.teaching.cohen_kappa(a, b)


def test_confusion_counts_every_item_once():
    a, b = _labels({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15})
    table = views.teaching.confusion(a, b, names=("you", "partner"))
    assert table.loc["yes", "no"] == 5 and table.loc["no", "yes"] == 10
    assert int(table.to_numpy().sum()) == 50


# ---------------------------------------------------------------------------------------------- items

def test_items_are_sentences_of_the_seeds(seed_tables):
    items = views.teaching.annotation_items(str(ITEMS))
    assert len(items) == 10 and items["item"].tolist() == list(range(1, 11))
    sentences = seed_tables["sentences"].set_index(["doc_id", "sent_id"])["text"]
    for doc_id, sent_id, text in items[["doc_id", "sent_id", "text"]].itertuples(index=False):
        assert sentences.loc[(doc_id, sent_id)] == text
    assert set(items["partner_sentiment"]) <= set(views.teaching.SENTIMENT_LABELS)
    assert set(items["partner_stance"]) <= {"favor", "against", "neutral"}


def test_agreement_with_yourself_is_perfect():
    items = views.teaching.annotation_items(str(ITEMS))
    table = views.teaching.agreement(items, items["partner_sentiment"].tolist(), task="sentiment")
    row = table.set_index("pair").loc["you - partner"]
    assert row["kappa"] == 1.0 and row["observed"] == 1.0 and row["macro_f1"] == 1.0
    assert set(table["pair"]) == {"you - partner", "you - kit", "partner - kit"}


def test_agreement_without_your_labels_compares_partner_and_kit():
    items = views.teaching.annotation_items(str(ITEMS))
    table = views.teaching.agreement(items, [], task="sentiment")
    assert table["pair"].tolist() == ["partner - kit"]


@pytest.mark.parametrize("mine", [["positive"] * 9, ["good"] * 10])
def test_agreement_refuses_wrong_labels(mine):
    items = views.teaching.annotation_items(str(ITEMS))
    with pytest.raises(ValueError):
        views.teaching.agreement(items, mine, task="sentiment")


@pytest.mark.parametrize("text, task, label", [
    ("Zelenskyy has pushed for his country to join NATO, with strong backing from allies.", "stance", "favor"),
    ("Hegseth said NATO membership for Ukraine was off the table.", "stance", "against"),
    ("The weather in Brussels was mild.", "stance", "neutral"),
    ("It is certainly not a betrayal.", "sentiment", "positive"),
])
def test_tool_labels(seeds, text, task, label):
    targets = stance.read_targets(seeds / "targets.csv")
    nato = tuple(t for t in targets if t.id == "ukraine_nato_membership")
    assert views.teaching.tool_labels([text], task=task, targets=nato) == [label]


def test_add_actor_with_an_empty_name_changes_nothing():
    lexicon = actors.load()
    assert views.teaching.add_actor(lexicon, name="  ") == lexicon


def test_voices_counts_quotes_by_kind(seed_tables):
    voices = views.voices.by_speaker(seed_tables["quotes"])
    assert int(voices["quotes"].sum()) == len(seed_tables["quotes"])
    assert (voices["quotes"] == voices[["direct", "partial", "indirect"]].sum(axis=1)).all()


# ---------------------------------------------------------------------------------------------- answer key

def _call(entry: dict, answer: dict, seed_tables, seeds):
    check = getattr(views.teaching, entry["check"])
    setup = entry.get("setup")
    if setup == "seed_stance":
        return check(seed_tables["stance"], **answer)
    if setup == "actor":
        import analysis

        result = analysis.quick(ACTOR_PARAGRAPH, actors=str(seeds / "actors.csv"))
        lexicon = views.teaching.add_actor(actors.load(seeds / "actors.csv"), name=answer["name"],
                                     affiliation=answer["affiliation"], role="foreign minister")
        mentions = actors.find(result.documents, result.sentences, lexicon=lexicon)
        return check(mentions, name="Andrii Sybiha", affiliation="Ukraine")
    if setup in ("items_sentiment", "items_stance"):
        task = setup.removeprefix("items_")
        items = views.teaching.annotation_items(str(ITEMS))
        targets = stance.read_targets(seeds / "targets.csv")
        nato = tuple(t for t in targets if t.id == "ukraine_nato_membership")
        kit = views.teaching.tool_labels(items["text"].tolist(), task=task, targets=nato)
        return check(items[f"partner_{task}"].tolist(), kit, **answer)
    return check(**answer)


@pytest.mark.parametrize("entry", KEY, ids=[e["id"] for e in KEY])
def test_answer_key_passes_its_check(entry, seed_tables, seeds):
    verdict = _call(entry, entry["correct"], seed_tables, seeds)
    assert verdict.ok, f"{entry['id']}: {verdict}"
    assert str(verdict).startswith("correct")


@pytest.mark.parametrize("entry, wrong", [(e, w) for e in KEY for w in e["wrong"]],
                         ids=[f"{e['id']}-{i}" for e in KEY for i in range(len(e["wrong"]))])
def test_wrong_answers_are_rejected_with_a_hint(entry, wrong, seed_tables, seeds):
    verdict = _call(entry, wrong, seed_tables, seeds)
    assert not verdict.ok
    assert str(verdict).startswith("not yet, hint: ") and len(str(verdict)) > 25


def test_every_check_is_in_the_key_and_every_notebook_check_exists():
    checks = {name for name in dir(views.teaching) if name.startswith("check_")
              and callable(getattr(views.teaching, name))}
    keyed = {entry["check"] for entry in KEY}
    assert keyed <= checks
    used = set()
    for script in TEACHING.glob("T*.py"):
        used |= set(re.findall(r"teaching\.(check_\w+)\(", script.read_text(encoding="utf-8")))
    assert used and used <= keyed, f"checks called in the notebooks without an answer key: {used - keyed}"
    assert (checks - {"check_quote_kind", "check_frame"}) <= keyed | used


def test_every_exercise_has_an_explanation():
    for entry in KEY:
        assert len(entry.get("explanation", "").split()) >= 10, entry["id"]


# ---------------------------------------------------------------------------------------------- notebooks

@pytest.mark.slow
@pytest.mark.parametrize("name, parameters", [
    ("T1-sentiment-and-sources", {}),
    ("T2-stance-and-framing", {}),
    ("T2-stance-and-framing", {"target": "ceasefire"}),  # exercise 2.1 asks students to change the target
])
def test_teaching_notebook_runs_on_a_fresh_kernel(tmp_path, seeds, name, parameters):
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(str(TEACHING / f"{name}.ipynb"), str(out), cwd=str(TEACHING),
                               parameters={"corpus": str(seeds), **parameters}, kernel_name="python3",
                               progress_bar=False)
    import nbformat

    notebook = nbformat.read(out, as_version=4)
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = [str(o.get("data", {}).get("text/plain", "")) for o in outputs]
    verdicts = [text for text in shown if text.startswith(("not yet", "correct"))]
    # the exercises are left blank, so every check answers with a hint, never with a traceback
    assert len(verdicts) >= 6 and all(text.startswith("not yet, hint: ") for text in verdicts)
    assert not any(str(ROOT) in text for text in shown)


@pytest.mark.parametrize("term", [
    "stance", "target", "sentiment", "compound score", "lexicon", "valence", "negation", "topic word", "framing",
    "issue frame", "generic frame", "frame cue", "lexical choice", "direct quote", "partial quote",
    "indirect quote", "relay", "actor", "mention", "alias", "affiliation", "evidence", "annotation",
    "cohen's kappa", "precision", "recall", "macro-f1",
])
def test_glossary_defines(term):
    glossary = (TEACHING / "glossary.md").read_text(encoding="utf-8").lower()
    assert f"- **{term}" in glossary
