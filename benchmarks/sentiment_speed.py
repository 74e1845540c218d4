"""Speed of the kit's sentiment stage against nltk's VADER called in a plain loop, on the same sentences.

The sentences are the sample corpus's, repeated and recombined (neighbouring sentences joined in pairs and
triples) to a few thousand, as a news corpus repeats boilerplate and quotes. Prints both timings and the
ratio (plain loop time / kit time: above 1 means the kit is faster), for all sentences and for the distinct
ones only (no help from scoring a repeated text once). Texts the stage remembers from an earlier run are
forgotten before each timed run.
Usage: ``python benchmarks/sentiment_speed.py [--corpus seeds] [--repeat 10]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from analysis import pipeline, resources, sentiment

ROOT = Path(__file__).resolve().parent.parent


def workload(corpus: Path, repeat: int) -> pd.DataFrame:
    """The corpus's sentences, their pairs and triples, repeated ``repeat`` times, as a sentences frame."""
    texts = pipeline.compute(corpus, config=pipeline.Config(stages=()))["sentences"]["text"].tolist()
    combined = texts + [" ".join(texts[i:i + 2]) for i in range(len(texts) - 1)] \
        + [" ".join(texts[i:i + 3]) for i in range(len(texts) - 2)]
    texts = combined * repeat
    return pd.DataFrame({"doc_id": "bench", "sent_id": range(len(texts)), "text": texts})


def compare(sentences: pd.DataFrame, *, runs: int = 7) -> tuple[float, float]:
    """Best-of-``runs`` seconds of the plain nltk loop and of the kit's stage, run alternately."""
    analyzer = resources.vader()
    texts = sentences["text"].tolist()
    sentiment.score(sentences.head(5))  # load the lexicon and the topic list once, as the loop's analyzer is
    loop_times, kit_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        [analyzer.polarity_scores(text) for text in texts]
        loop_times.append(time.perf_counter() - start)
        sentiment._memory.cache_clear()  # each run starts with no text remembered, as a new process does
        start = time.perf_counter()
        sentiment.score(sentences)
        kit_times.append(time.perf_counter() - start)
    return min(loop_times), min(kit_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    sentences = workload(Path(args.corpus), args.repeat)
    unique = sentences.drop_duplicates("text").reset_index(drop=True)
    for name, frame in (("all sentences", sentences), ("unique sentences", unique)):
        loop, kit = compare(frame)
        print(f"{name}: n={len(frame)}  nltk loop {loop:.3f}s  kit stage {kit:.3f}s  "
              f"ratio loop/kit {loop / kit:.2f}")


if __name__ == "__main__":
    main()
