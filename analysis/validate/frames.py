"""Validation of frames against gold: primary frames of hand-labelled paragraphs, and generic frames of whole
articles (the narrative-frames format of Frermann et al. 2023) scored as present or absent.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from analysis import config, framing, framing_weights, pipeline, segment
from analysis.framing import NONE
from analysis.validate import SUMMARY_COLUMNS, ValidationError, read_gold, score, summary
from analysis.views.framing import primary

__all__ = ["NARRATIVE_FRAME_COLUMNS", "FRAC_LABELS", "FRAC_FRAMES", "part", "frame_sentence_counts",
           "multilabel_score", "single_label_score", "article_gold", "article_frames", "sentence_frames",
           "paragraph_scores",
           "validation_table", "validation_results", "format_results", "benchmark_path"]


NARRATIVE_FRAME_COLUMNS = {"CO": "conflict", "HI": "human interest", "EC": "economic consequences",
                           "MO": "morality", "RE": "responsibility"}
# FrAC's codes (those of the Media Frames Corpus) and the kit frame each is scored as; FrAC merges legality
# with crime and political with policy, and its "other" takes the dimensions it does not annotate.
FRAC_LABELS = {1: "economic", 3: "morality", 4: "fairness and equality", 5: "legality", 6: "political",
               8: "security and defense", 9: "health and safety", 11: "cultural identity", 12: "public opinion",
               15: "other"}
FRAC_FRAMES = {"crime and punishment": "legality", "policy prescription and evaluation": "political",
               "capacity and resources": "other", "quality of life": "other",
               "external regulation and reputation": "other"}


def frame_sentence_counts(text: str, *, scheme: str = "generic", path: str | None = None) -> dict[str, int]:
    """How many sentences of a whole text carry each frame of ``scheme``.

    >>> frame_sentence_counts("Prices soared. Investors fled the market.")["economic consequences"]
    2
    """
    counts: dict[str, int] = {}
    for _, start, end in segment.split_text(text):
        for found_scheme, frame, _ in framing.of_text(text[start:end], path=path):
            if found_scheme == scheme:
                counts[frame] = counts.get(frame, 0) + 1
    return counts


def part(key) -> str:
    """The development-data part of a document or sentence: "tuning" or "checking", by the sha256 of its id
    (deterministic, about half each).

    >>> part("a"), part("c")
    ('checking', 'tuning')
    """
    return "tuning" if int(hashlib.sha256(str(key).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "checking"


def _binary_pairs(gold_sets: list[set[str]], predicted_sets: list[set[str]], labels) -> tuple[list, list]:
    """Flatten multi-label decisions: one (gold, predicted) pair per item and label, "none" when absent."""
    gold, predicted = [], []
    for g, p in zip(gold_sets, predicted_sets, strict=True):
        for label in labels:
            gold.append(label if label in g else NONE)
            predicted.append(label if label in p else NONE)
    return gold, predicted


def multilabel_score(gold_sets: list[set[str]], predicted_sets: list[set[str]], labels) -> dict:
    """``score`` of present/absent decisions per item and label, with micro-F1 (pooled over labels) and
    macro-F1 over the labels' F1 (absence is not a class).

    >>> s = multilabel_score([{"a"}, {"a", "b"}], [{"a"}, {"a"}], ["a", "b"])
    >>> round(s["micro_f1"], 3), round(s["macro_f1"], 3)
    (0.8, 0.5)
    """
    g, p = _binary_pairs(gold_sets, predicted_sets, labels)
    result = score(g, p, labels=list(labels))
    tp = sum(len(a & b) for a, b in zip(gold_sets, predicted_sets, strict=True))
    n_gold, n_predicted = sum(len(a) for a in gold_sets), sum(len(b) for b in predicted_sets)
    result["micro_f1"] = 2 * tp / (n_gold + n_predicted) if tp else 0.0
    return result


def single_label_score(gold: list[str], predicted: list[str], labels) -> dict:
    """``score`` of one label per item, with micro-F1 (equal to accuracy for single labels).

    >>> single_label_score(["a", "b"], ["a", "a"], ["a", "b"])["micro_f1"]
    0.5
    """
    result = score(gold, predicted, labels=list(labels))
    result["micro_f1"] = result["accuracy"]
    return result


def article_gold(gold: pd.DataFrame) -> tuple[pd.DataFrame, list[set[str]], list[str]]:
    """The usable rows of narrative-frames gold, each row's set of frames, and the frames labelled."""
    columns = [c for c in NARRATIVE_FRAME_COLUMNS if c in gold.columns]
    usable = gold[gold["text"].astype(str).str.strip().astype(bool)]
    usable = usable[usable[columns].apply(lambda r: all(str(v).strip(" )").lower() in ("true", "false")
                                                        for v in r), axis=1)]
    gold_sets = [{NARRATIVE_FRAME_COLUMNS[c] for c in columns if str(row[c]).strip(" )").lower() == "true"}
                 for _, row in usable.iterrows()]
    return usable, gold_sets, [NARRATIVE_FRAME_COLUMNS[c] for c in columns]


def article_frames(texts: list[str], *, scheme: str = "generic") -> list[set[str]]:
    """The frames the kit says each whole text carries (the calibrated article decision of
    ``framing_weights.decide`` on the text's sentences and their ``frames`` rows).

    >>> text = "Prices soared. Investors fled the market. Costs rose and taxes went up. Wages fell."
    >>> "economic consequences" in article_frames([text])[0]
    True
    """
    rows = [(i, sent_id, str(text)[start:end]) for i, text in enumerate(texts)
            for sent_id, (_, start, end) in enumerate(segment.split_text(str(text)))]
    sentences = pd.DataFrame(rows, columns=["doc_id", "sent_id", "text"])
    decided = framing_weights.decide(sentences, framing.detect(sentences), scheme=scheme)
    present = decided[decided["present"]].groupby("doc_id")["frame"].agg(set)
    return [present.get(i, set()) for i in range(len(texts))]


def _baselines(gold_sets: list[set[str]], labels, *, scorer) -> dict[str, dict]:
    """The "always present" and majority baselines for the same items."""
    if scorer is multilabel_score:
        n = len(gold_sets)
        majority = {f for f in labels if sum(f in g for g in gold_sets) * 2 > n}
        return {"baseline: every frame always present": multilabel_score(gold_sets, [set(labels)] * n, labels),
                "baseline: majority (each frame as in most items)": multilabel_score(gold_sets, [majority] * n,
                                                                                     labels)}
    counts = pd.Series(gold_sets, dtype="object").value_counts()
    if counts.empty:
        return {}
    return {"baseline: majority (the most frequent frame for every item)": single_label_score(
        gold_sets, [counts.index[0]] * len(gold_sets), labels)}


def _split(items: pd.DataFrame, keys, split: str) -> list[tuple[str, pd.Series]]:
    """(part name, mask) for the tuning and checking parts, or one of them, or "all" items together."""
    if split == "together":
        return [("all", pd.Series(True, index=items.index))]
    parts = pd.Series([part(k) for k in keys], index=items.index)
    names = ("tuning", "checking") if split == "all" else (split,)
    return [(name, parts == name) for name in names]


def _validate_articles(gold: pd.DataFrame, split: str = "all") -> dict[str, dict]:
    usable, gold_sets, labels = article_gold(gold)
    predicted = article_frames(usable["text"].astype(str).tolist())
    results = {}
    for name, chosen in _split(usable, usable["ID"] if "ID" in usable.columns else usable["text"], split):
        g = [s for s, keep in zip(gold_sets, chosen, strict=True) if keep]
        p = [s for s, keep in zip(predicted, chosen, strict=True) if keep]
        results[f"{name}: kit (calibrated article decision)"] = multilabel_score(g, p, labels)
        for method, figures in _baselines(g, labels, scorer=multilabel_score).items():
            results[f"{name}: {method}"] = figures
    return results


def sentence_frames(texts: list[str]) -> list[str]:
    """The one FrAC frame the kit gives each sentence: the best sentence-model score among the frames
    (members of a merged FrAC category count for it; capacity, quality of life and external regulation count
    as "other").

    >>> sentence_frames(["Prices and taxes rose sharply.", "Police arrested the suspect."])
    ['economic', 'legality']
    """
    out = []
    for text in texts:
        hand: dict[str, int] = {}
        for scheme, frame, cues in framing.of_text(str(text)):
            if scheme == "mfc":
                hand[frame] = hand.get(frame, 0) + len(cues)
        learned = {f: s for f, (s, _) in framing_weights.learned(str(text), scheme="mfc").items()}
        scores = framing_weights.sentence_scores(learned, hand)
        best = max(scores, key=lambda f: (scores[f], f == FRAC_FRAMES.get(f, f)))
        out.append(FRAC_FRAMES.get(best, best))
    return out


def _validate_sentences(gold: pd.DataFrame, split: str = "all") -> dict[str, dict]:
    usable = gold[gold["sentence"].astype(str).str.strip().astype(bool)]
    usable = usable[pd.to_numeric(usable["label"], errors="coerce").isin(FRAC_LABELS)]
    labels = list(dict.fromkeys(FRAC_LABELS.values()))
    gold_frames = [FRAC_LABELS[int(v)] for v in usable["label"]]
    predicted = sentence_frames(usable["sentence"].astype(str).tolist())
    results = {}
    for name, chosen in _split(usable, usable["sentence"], split):
        if not chosen.any():
            continue
        g = [f for f, keep in zip(gold_frames, chosen, strict=True) if keep]
        p = [f for f, keep in zip(predicted, chosen, strict=True) if keep]
        results.update(_one_label_each(name, "kit (sentence model, one frame per sentence)", g, p, labels))
    return results


def _one_label_each(name: str, method: str, gold: list[str], predicted: list[str], labels) -> dict[str, dict]:
    """The kit's single-label scores and the baselines' for the same items, named ``name: method``."""
    results = {f"{name}: {method}": single_label_score(gold, predicted, labels),
               f"{name}: baseline: every frame always present": multilabel_score(
                   [{f} for f in gold], [set(labels)] * len(gold), labels)}
    for baseline, figures in _baselines(gold, labels, scorer=single_label_score).items():
        results[f"{name}: {baseline}"] = figures
    return results


def _validate_paragraphs(gold: pd.DataFrame, args) -> dict[str, dict]:
    corpus = getattr(args, "corpus", None) if args is not None else None
    if not corpus:
        raise ValidationError("validating frames of paragraphs needs --corpus (the folder the gold "
                                       "file's doc_ids come from)")
    tables = pipeline.compute(corpus, config=config.Config(stages=("framing",),
                                                           recursive=bool(getattr(args, "recursive", False))))
    missing = set(gold["doc_id"]) - set(tables["sentences"]["doc_id"])
    if missing:
        raise ValidationError(f"gold doc_ids not in the corpus: {', '.join(sorted(missing)[:5])}")
    return paragraph_scores(gold, tables)


def paragraph_scores(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Scores of the primary frame of each gold paragraph (columns doc_id, paragraph_id, frame and/or
    generic_frame) against ``primary`` on the tables' frames, per scheme ("mfc paragraphs: kit (...)")
    beside the "always present" and majority baselines; a paragraph without cues counts as "none"."""
    sentences, frames = tables["sentences"], tables["frames"]
    gold = gold.assign(paragraph_id=pd.to_numeric(gold["paragraph_id"], errors="coerce"))
    results = {}
    for scheme, column in (("mfc", "frame"), ("generic", "generic_frame")):
        if column not in gold.columns:
            continue
        rows = gold[gold[column].astype(str).str.strip() != ""]
        predicted = primary(frames, sentences, scheme=scheme).set_index(["doc_id", "paragraph_id"])["frame"]
        labels = [predicted.get((d, int(p)), NONE) if pd.notna(p) else NONE
                  for d, p in zip(rows["doc_id"], rows["paragraph_id"], strict=True)]
        truth = rows[column].astype(str).str.strip().tolist()
        names = sorted(set(truth) | set(labels) - {NONE})
        results.update(_one_label_each(f"{scheme} paragraphs", "kit (primary frame of a paragraph)", truth,
                                       labels, names))
    return results


def validation_table(gold_path: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Accuracy and macro-F1 of primary frames on the gold paragraphs of the documents in ``tables``
    (columns: method, n, accuracy, macro_f1); empty when the gold file is missing or covers none of them."""
    columns = SUMMARY_COLUMNS
    if not gold_path or not Path(gold_path).is_file():
        return pd.DataFrame(columns=columns)
    gold = read_gold(gold_path)
    if "doc_id" not in gold.columns:
        return pd.DataFrame(columns=columns)
    gold = gold[gold["doc_id"].isin(tables["documents"]["doc_id"])]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    return summary(paragraph_scores(gold, tables))


def validation_results(gold: pd.DataFrame, args=None) -> dict[str, dict]:
    """Score frame detection against gold; three gold formats are recognised by their columns.

    - Paragraph gold (``seeds/annotations/frames.csv``): doc_id, paragraph_id, frame (MFC primary frame),
      generic_frame; needs ``args.corpus``. Predicted: ``primary`` of the paragraph.
    - Article gold with the narrative-frames columns (text, CO, HI, EC, MO, RE as True/False, Frermann et al.
      2023): each generic frame scored as present/absent per article by the calibrated article decision (RE,
      "resolution", is read as Semetko and Valkenburg's responsibility frame).
    - Sentence gold in FrAC's format (sentence, label with the Media Frames Corpus codes; Guida et al. 2025):
      one frame per sentence by the sentence model.

    Development data (narrative frames with an ``ID`` column, FrAC) is scored on its tuning and checking parts
    apart (``args.split``: tuning, checking, or all for both), each method beside the "always present" and
    majority baselines; micro-F1 and macro-F1 are in every result.
    """
    split = getattr(args, "split", "all") if args is not None else "all"
    if {"sentence", "label"} <= set(gold.columns):
        return _validate_sentences(gold, split)
    if "text" in gold.columns and any(c in gold.columns for c in NARRATIVE_FRAME_COLUMNS):
        return _validate_articles(gold, split if "ID" in gold.columns else "together")
    if {"doc_id", "paragraph_id"} <= set(gold.columns):
        return _validate_paragraphs(gold, args)
    raise ValidationError("frames gold needs columns doc_id, paragraph_id, frame (paragraphs), "
                          "text, CO, HI, EC, MO, RE (articles) or sentence, label (FrAC sentences)")


def format_results(results: dict[str, dict]) -> str:
    """The figures as text: per method n, micro- and macro-F1, then one line per frame with the F1 of every
    method of the same part side by side (kit first, then the baselines).

    >>> r = {"all: kit": multilabel_score([{"a"}], [{"a"}], ["a"]),
    ...      "all: baseline": multilabel_score([{"a"}], [{"a"}], ["a"])}
    >>> format_results(r).splitlines()[-1].split()
    ['a', '1.00', '1.00']
    """
    lines = []
    by_part: dict[str, list[str]] = {}
    for method in results:
        by_part.setdefault(method.split(": ", 1)[0] if ": " in method else "", []).append(method)
    for name, methods in by_part.items():
        for method in methods:
            figures = results[method]
            micro = figures.get("micro_f1", figures["accuracy"])
            lines.append(f"frames / {method}: n={figures['n']}  micro-F1={micro:.3f}  "
                         f"macro-F1={figures['macro_f1']:.3f}  accuracy={figures['accuracy']:.3f}")
        labels = [lab for lab in results[methods[0]]["per_class"] if lab != NONE]
        lines.append(f"    {'F1 per frame' + (' (' + name + ')' if name else ''):<36}"
                     + "".join(f"{_short(m):>11}" for m in methods))
        for label in labels:
            lines.append(f"    {label:<36}" + "".join(f"{results[m]['per_class'].get(label, {}).get('f1', 0):>11.2f}"
                                                      for m in methods))
    return "\n".join(lines)


def _short(method: str) -> str:
    """A method's column head: "kit", "always", "majority", or its first ten characters.

    >>> _short("checking: baseline: every frame always present"), _short("all: kit (calibrated)")
    ('always', 'kit')
    """
    name = method.split(": ", 1)[-1]
    for word, head in (("always present", "always"), ("majority", "majority"), ("kit", "kit")):
        if word in name:
            return head
    return name.replace("baseline: ", "")[:10]


def benchmark_path(root: str | Path) -> Path:
    """The narrative-frames article file inside a benchmark folder."""
    return Path(root) / "articles_metadata.tsv"
