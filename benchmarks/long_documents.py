"""Time of the whole analysis of one long document as it doubles in size: is it linear?

Builds one document by repeating a short paragraph of news copy with direct, partial and reported speech (on
one line, the hardest case, and as paragraphs), runs every stage of the pipeline on it in this process
(``pipeline.process_chunk``), and prints the seconds per size and the ratio to the size before. A linear
pipeline gives ratios near 2; a quadratic one near 4. Usage: ``python benchmarks/long_documents.py [KB ...]``
(default 250 500 1000 2000).
"""

from __future__ import annotations

import argparse
import time

from _common import machine

from analysis import config, corpus, pipeline

PARAGRAPH = ("Minister Ann Lee said the plan would fail, and “we will not accept it,” she added. Officials in "
             "Kyiv warned that prices would rise, according to the agency. “Nothing is agreed,” the spokesman "
             "told reporters, calling the talks “a waste of time.”")


def seconds(kilobytes: int, *, separator: str) -> float:
    copies = max(1, kilobytes * 1000 // (len(PARAGRAPH) + 1))
    text = separator.join([PARAGRAPH] * copies)
    source = corpus.Source(doc_id="long", source_path="long.txt", payload=text, kind="text", meta={"outlet": "Bench"})
    start = time.perf_counter()
    pipeline.process_chunk([source], config.Config())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 500, 1000, 2000], help="document sizes in KB")
    args = parser.parse_args()
    print(machine())
    for name, separator in (("one line", " "), ("paragraphs", "\n\n")):
        previous = None
        for size in args.sizes:
            took = seconds(size, separator=separator)
            ratio = f"{took / previous:.2f}x the size before" if previous else ""
            print(f"{name:10} {size:6} KB  {took:7.2f} s  {ratio}")
            previous = took


if __name__ == "__main__":
    main()
