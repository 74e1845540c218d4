"""The pipeline: corpus -> clean -> segment -> later stages, chunk by chunk, into the store.

Documents are read in sorted doc_id order and processed in chunks (in worker processes when there are
enough of them); each chunk's tables are appended to the store as soon as they are done, so memory stays
bounded by the chunk size. Exact duplicates (same normalised cleaned text) keep the lowest doc_id and are
recorded in ``skipped``; near duplicates (64-bit simhash within 3 bits, Charikar 2002, as trafilatura's
``content_fingerprint``) are flagged in ``documents.near_duplicate_of``.

``process_chunk`` is the data flow, written out: each stage is a named call that takes the tables it reads
and returns the tables it writes, in the order corpus -> clean -> segment -> actors -> quotes -> sentiment ->
stance -> framing. No stage reads a later stage's output.
One document a stage fails on is a row of ``skipped``; the others are processed (``isolate_failures``).
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pandas as pd

from analysis import (
    __version__,
    _deprecated,
    actors,
    framing,
    interrupts,
    progress,
    quotes,
    segment,
    sentiment,
    stance,
    stance_lexicon,
    store,
)
from analysis import columns as C
from analysis import corpus as corpus_stage
from analysis.catalogue import InputList
from analysis.config import Config, file_sha256, input_file
from analysis.dedup import Deduplicator
from analysis.reading import guess_language, read_and_clean, with_repeated_lines
from analysis.resources import ResourceError, code_fingerprint

__all__ = ["Config", "CHUNK_SIZE", "MIN_CHUNK_SIZE", "PARALLEL_MIN_DOCS", "guess_language",
           "read_and_clean", "failure_reason", "isolate_failures", "process_chunk", "chunk_size", "default_workers",
           "chunked", "in_order", "die_with_parent", "stop_workers", "iter_tables", "manifest", "run", "plan", "write",
           "compute", "analyse_texts", "load_or_compute"]

__getattr__ = _deprecated.moved(__name__, {"quiet": "analysis.progress"})

CHUNK_SIZE = 200  # documents per chunk, at most (see chunk_size)
MIN_CHUNK_SIZE = 10
PARALLEL_MIN_DOCS = 100  # below this a pool costs more than it saves
_PR_SET_PDEATHSIG = 1  # prctl(2), Linux: the signal a process receives when its parent ends


# ------------------------------------------------------------------------------------------------- stages


def _topic_words(config: Config) -> frozenset[str] | None:
    return sentiment.topic_words(str(Path(config.topic_words).resolve())) if config.topic_words else None


def _targets(config: Config) -> tuple[stance_lexicon.Target, ...] | None:
    return stance_lexicon.read_targets(config.targets) if config.targets else None


# ---------------------------------------------------------------------------------------------- failures

_RUN_ERRORS = (MemoryError, corpus_stage.CorpusError, ResourceError)  # never one document's: they stop the run
_STAGE_OF = {"decode": "corpus", "actors_lexicon": "actors", "quotes_lexicon": "quotes", "attribution": "quotes",
             "after_quote": "quotes", "indirect": "quotes", "trailing": "quotes", "vader": "sentiment",
             "stance_lexicon": "stance", "stance_modals": "stance", "stance_reading": "stance",
             "vocabulary": "framing"}  # helper modules by the stage they serve; the others are named for theirs


RUNNER_MODULES = frozenset((__name__, "analysis.reading"))  # not stages: a failure is in the stage they called


def failure_reason(exc: BaseException) -> str:
    """One line for ``skipped``: the stage that raised (the first module of the kit below the pipeline in the
    traceback), the exception class and its message.

    >>> try:
    ...     segment.split_text(None)
    ... except TypeError as exc:
    ...     failure_reason(exc).split(":")[0]
    'segment stage failed'
    """
    modules = [frame.f_globals.get("__name__", "") for frame, _ in traceback.walk_tb(exc.__traceback__)]
    stage = next((m.split(".")[1] for m in modules if m.startswith("analysis.") and m not in RUNNER_MODULES),
                 "pipeline")
    message = " ".join(str(exc).split())[:200]
    described = f"{exc.__class__.__name__}: {message}" if message else exc.__class__.__name__
    return f"{_STAGE_OF.get(stage, stage)} stage failed: {described}"


def isolate_failures(analyse: Callable) -> Callable:
    """``analyse(sources, config)``, a chunk's stages, made safe against bad documents.

    When it raises for a chunk, each document is analysed alone; those that fail are rows of ``skipped``
    (``failure_reason``) and the chunk is analysed again without them, so the other documents' rows are those
    of a chunk that never held the failing ones. Should documents fail only together, each one's own tables are
    kept, with a warning. A failure without any document, ``MemoryError``, ``KeyboardInterrupt``, ``SystemExit``
    and the run's own errors (``CorpusError``, ``ResourceError``) propagate.
    """
    @functools.wraps(analyse)
    def guarded(sources: list[corpus_stage.Source], config: Config) -> dict[str, pd.DataFrame]:
        together = _attempt(analyse, sources, config)
        if isinstance(together, dict):
            return together
        alone = [_attempt(analyse, [source], config) for source in sources]
        tables = _attempt(analyse, [s for s, one in zip(sources, alone, strict=True) if isinstance(one, dict)], config)
        if isinstance(tables, str):  # every document passes alone: each one's own tables, with a warning
            tables = _concatenated(one for one in alone if isinstance(one, dict))
            tables["warnings"] = pd.concat([tables["warnings"].drop_duplicates(), pd.DataFrame(
                [("", "pipeline", f"documents analysed one at a time: together, {together}")],
                columns=list(C.WARNINGS))], ignore_index=True)
        failed = [(s.source_path, s.doc_id, one) for s, one in zip(sources, alone, strict=True) if isinstance(one, str)]
        tables["skipped"] = pd.concat([tables["skipped"], pd.DataFrame(failed, columns=list(C.SKIPPED))],
                                      ignore_index=True)
        return tables

    return guarded


def _attempt(analyse: Callable, sources: list[corpus_stage.Source], config: Config) -> dict[str, pd.DataFrame] | str:
    """The tables of ``sources``, or the reason a stage failed on them (with no source at all, it propagates)."""
    try:
        return analyse(sources, config)
    except _RUN_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - the caller isolates the documents it failed on
        if not sources:
            raise
        return failure_reason(exc)


# ---------------------------------------------------------------------------------------------- chunks

@isolate_failures
def process_chunk(sources: list[corpus_stage.Source], config: Config) -> dict[str, pd.DataFrame]:
    """Read, clean, segment and analyse one chunk of sources; return its tables.

    ``config.stages`` limits the stages after segmentation (tests and benchmarks time them apart). A
    document that a stage fails on is a row of ``skipped`` (see ``isolate_failures``).
    """
    documents, removed, skipped, warnings = read_and_clean(sources, config)
    sentences = segment.split(documents)
    index = segment.SentenceIndex(sentences)
    tables = {"documents": documents, "removed": removed, "sentences": sentences}
    mentions = quoted = None
    if config.runs("actors") or config.runs("quotes"):
        mentions = actors.find(documents, sentences, lexicon=actors.load(config.actors), index=index)
    if config.runs("actors"):
        tables["mentions"] = mentions
    if config.runs("quotes"):
        tables["quotes"] = quoted = quotes.extract(documents, sentences, mentions, index=index)
    if config.runs("sentiment"):
        tables["sentiment"] = sentiment.score(sentences, topics=_topic_words(config))
        if config.runs("actors") or quoted is not None:
            tables["actor_sentiment"] = sentiment.toward_actors(sentences, tables.get("mentions"), quoted,
                                                                index=index)
    if config.runs("stance"):
        tables["stance"], tables["stance_statements"] = stance.infer(
            sentences, targets=_targets(config), quotes=quoted, mentions=tables.get("mentions"), documents=documents)
        if not config.targets:
            warnings.append(("", "stance", stance.NO_TARGETS))
    if config.runs("framing"):
        tables["frames"] = framing.detect(sentences, path=config.frame_cues)
        tables["lexical"] = framing.lexical(documents, sentences, path=config.lexicon, index=index)
        tables["roles"] = framing.cast(sentences, tables.get("mentions"), path=config.role_cues)
    tables["documents"] = _with_counts(documents, sentences)
    tables["skipped"] = pd.DataFrame(skipped, columns=list(C.SKIPPED))
    tables["warnings"] = pd.DataFrame(warnings, columns=list(C.WARNINGS))
    return tables


def _with_counts(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with n_sentences, n_paragraphs and n_tokens counted from the sentences."""
    doc_ids = sentences["doc_id"].tolist()
    counts = {"n_sentences": collections.Counter(doc_ids), "n_paragraphs": collections.Counter(d for d, _ in set(
        zip(doc_ids, sentences["paragraph_id"].tolist(), strict=True))), "n_tokens": collections.Counter()}
    for doc_id, n in zip(doc_ids, sentences["n_tokens"].tolist(), strict=True):
        counts["n_tokens"][doc_id] += n
    return documents.assign(**{column: pd.Series([count[d] for d in documents["doc_id"].tolist()], dtype="int64",
                                                 index=documents.index) for column, count in counts.items()})


def chunked(sources: Iterable, n_sources: int) -> Iterator[list]:
    """The chunks of a run in order, ``chunk_size(n_sources)`` sources each, read from ``sources`` as they come."""
    size, chunk = chunk_size(n_sources), []
    for source in sources:
        chunk.append(source)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def chunk_size(n_docs: int) -> int:
    """Documents per chunk: about an eighth of the corpus (so two workers share the tail evenly), between
    MIN_CHUNK_SIZE and CHUNK_SIZE. It depends on the corpus only, never on the engine or the workers, so
    every engine cuts a corpus into the same chunks.

    >>> chunk_size(5), chunk_size(1000), chunk_size(100_000)
    (10, 125, 200)
    """
    return max(MIN_CHUNK_SIZE, min(CHUNK_SIZE, -(-n_docs // 8)))


def default_workers() -> int:
    """Both cores by default (``NEWSFRAME_WORKERS`` overrides)."""
    return int(os.environ.get("NEWSFRAME_WORKERS", 0)) or min(2, os.cpu_count() or 1)


def in_order(submit: Callable, chunks: list, *, limit: int) -> Iterator[tuple[list, object]]:
    """Yield (chunk, result) in chunk order with at most ``limit`` chunks submitted and not yet yielded, so
    memory stays bounded however large the corpus. ``submit(chunk)`` returns a future (``concurrent.futures``
    or ``dask.distributed``); the next chunk is submitted as soon as the oldest is done, before it is yielded.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     [r for _, r in in_order(lambda c: pool.submit(sum, c), [[1, 2], [3], [4, 5]], limit=2)]
    [3, 3, 9]
    """
    pending: deque = deque()
    upcoming = iter(chunks)
    for chunk in upcoming:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= limit:
            break
    while pending:
        chunk, future = pending.popleft()
        result = future.result()
        following = next(upcoming, None)
        if following is not None:
            pending.append((following, submit(following)))
        yield chunk, result


# A short made-up article that passes through every stage: the patterns each stage compiles on first use are
# then compiled once in the parent and shared by the forked workers, instead of once in each worker.
_WARM_UP = """Harbour talks stall as union weighs offer

By Mara Lindqvist

PORTVALE, March 3 (Wire) - The Portvale Dockworkers Union (PDU) said on Tuesday it would reject the offer.
"We will not sign a deal that cuts jobs," union leader Tomas Okafor told reporters. He added that members were
"tired of waiting", according to a statement.

Transport Minister Elena Vasquez said the government wanted a fair settlement. Ms. Vasquez warned that a strike
could hurt exports, and the minister urged both sides to return to talks. Officials declined to comment.

"It is a good offer," said a senior official, who spoke on condition of anonymity. Critics accused the
government of ignoring workers, while the Kremlin said it was following the dispute.

Sign up for our newsletter.
Reporting by Mara Lindqvist; Editing by Jon Reyes
"""


def _warm(config: Config) -> None:
    """Load shared resources and compile the stages' patterns once in the parent, so forked workers start warm
    (the warm-up article's tables are thrown away)."""
    process_chunk([corpus_stage.Source("warm-up", "warm-up.txt", _WARM_UP, "text")], config)


def die_with_parent(parent: int) -> None:
    """Start of each worker process (of a run or a report build): it ends when ``parent`` ends, however that
    ends (also by SIGKILL), so no worker outlives its run. Ctrl-C on a terminal reaches the whole process group:
    workers ignore it and the parent stops them (``stop_workers``). A forked worker also lets go of the run's
    lock on the output folder (see ``store.lock``) and of the parent's SIGTERM handler."""
    store.forget_locks()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    linux = sys.platform.startswith("linux")
    if not linux or ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL)) != 0:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the line above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def stop_workers(pool: ProcessPoolExecutor, error: type[BaseException] | None = None, *_) -> None:
    """Shut ``pool`` down: after its work is done, or at once after an error or an interruption (``error``, an
    exception class, as a context manager's ``__exit__`` receives it), killing the workers instead of waiting
    for the chunks or reports they are busy with, whose results nobody will read."""
    if error is not None:  # the pool's own table of its processes (``kill_workers`` comes with Python 3.14)
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(OSError, ValueError):
                process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from this one (warm, and children of it), each ending with it (``die_with_parent``)."""
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                               initargs=(os.getpid(),))


def _submit(pool: ProcessPoolExecutor, chunk: list, config: Config):
    """``pool.submit`` of one chunk, with a signal held until it returns (it may fork the pool's workers)."""
    with interrupts.held():
        return pool.submit(process_chunk, chunk, config)


def iter_tables(inputs: corpus_stage.Inputs, config: Config, *, workers: int | None = None,
                submit: Callable | None = None, limit: int | None = None) -> Iterator[dict[str, pd.DataFrame]]:
    """Yield the deduplicated tables of each chunk, in doc_id order.

    Chunks run in this process, in a pool of ``workers`` processes (for corpora of PARALLEL_MIN_DOCS or
    more), or through ``submit`` (a function from a chunk to a future, as the Dask engine passes). Exact
    duplicates are dropped here, in doc_id order, whatever order the chunks finished in.
    """
    workers = workers or default_workers()
    config = with_repeated_lines(config, inputs.sources)
    chunks = chunked(inputs.sources, len(inputs.sources))
    first = {
        "skipped": pd.DataFrame([(s.source_path, s.doc_id, s.reason) for s in inputs.skipped],
                                columns=list(C.SKIPPED)),
        "warnings": pd.DataFrame([(d, "corpus", m) for d, m in inputs.warnings], columns=list(C.WARNINGS)),
    }
    with progress.bar(len(inputs.sources), "documents") as bar, ExitStack() as stack:
        dedup = Deduplicator()
        stack.callback(dedup.close)
        if submit is not None:
            results = in_order(submit, chunks, limit=limit or 2 * workers)
        elif workers > 1 and len(inputs.sources) >= PARALLEL_MIN_DOCS:
            _warm(config)
            pool = _pool(workers)
            stack.push(functools.partial(stop_workers, pool))  # on an error or interruption, at once
            results = in_order(lambda chunk: _submit(pool, chunk, config), chunks, limit=limit or 2 * workers)
        else:
            results = ((chunk, process_chunk(chunk, config)) for chunk in chunks)
        for chunk, tables in results:
            bar.update(len(chunk))
            yield _merge_first(dedup(tables), first)
            first = {}
    if first:  # no chunk at all: every input was skipped at discovery
        yield first


def _merge_first(tables: dict, first: dict) -> dict:
    return {**tables, **{name: pd.concat([frame, tables[name]], ignore_index=True) for name, frame in first.items()}}


def manifest(inputs: corpus_stage.Inputs, config: Config, *, fmt: str) -> dict:
    """What produced a table folder: kit version and code, configuration, and every input with its sha256
    (``inputs``: a ``catalogue.InputList``, read from disk as needed)."""
    files = InputList(inputs.sources, lambda location: file_sha256(Path(location)) if Path(location).is_file() else "")
    return {"kit_version": __version__, "kit_code": code_fingerprint(), "format": fmt,
            "config": config.key(), "inputs": files}


def run(corpus: str | Path, out: str | Path, *, fmt: str = "csv", config: Config | None = None,
        workers: int | None = None, force: bool = False) -> dict:
    """Compute every table of a corpus into ``out`` (skipped when nothing changed); return the manifest."""
    config = config or Config()
    inputs, wanted = plan(corpus, config, fmt=fmt)
    with store.lock(out):  # a second run into ``out`` is refused until this one ends
        if not force and store.up_to_date(out, wanted):
            return wanted
        return write(iter_tables(inputs, config, workers=workers), out, fmt=fmt, manifest=wanted, corpus=corpus)


def plan(corpus: str | Path, config: Config, *, fmt: str) -> tuple[corpus_stage.Inputs, dict]:
    """The corpus's inputs and the manifest a run over them would write (the cache key)."""
    inputs = _discover(corpus, config)
    return inputs, manifest(inputs, config, fmt=fmt)


def _discover(corpus: str | Path, config: Config) -> corpus_stage.Inputs:
    return corpus_stage.discover(corpus, text_column=config.text_column, column_map=config.column_map,
                                 metadata=config.metadata, recursive=config.recursive)


def write(chunks: Iterator[dict[str, pd.DataFrame]], out: str | Path, *, fmt: str, manifest: dict,
          corpus: str | Path) -> dict:
    """Append each chunk's tables to the store as it comes, then commit them as one version of ``out``."""
    writer = store.TableWriter(out, fmt=fmt)
    try:
        n_docs, reasons = 0, collections.Counter()
        for tables in chunks:
            interrupts.check()
            n_docs += len(tables.get("documents", ()))
            reasons.update(tables["skipped"]["reason"] if "skipped" in tables else ())
            writer.append(tables)
        if n_docs == 0:
            common = "; ".join(f"{n} x {reason}" for reason, n in reasons.most_common(3))
            raise corpus_stage.CorpusError(f"no usable articles in {corpus}: every input was skipped ({common})")
        interrupts.check()
        writer.commit(manifest)
    except BaseException:
        writer.abort()
        raise
    return manifest


def compute(corpus: str | Path, *, config: Config | None = None, workers: int | None = 1) -> dict[str, pd.DataFrame]:
    """Compute every table of a (small) corpus in memory."""
    config = config or Config()
    inputs = _discover(corpus, config)
    tables = _concatenated(iter_tables(inputs, config, workers=workers))
    if tables.get("documents") is None or tables["documents"].empty:
        raise corpus_stage.CorpusError(f"no usable articles in {corpus}: every input was skipped")
    return tables


def analyse_texts(texts: dict[str, str], *, config: Config | None = None) -> dict[str, pd.DataFrame]:
    """Every table of a few texts held in memory ({doc_id: text}), by the same stages as ``compute``.

    Nothing is read from or written to disk except the actors and targets files that ``config`` names. Texts
    that cannot be used (empty, only page furniture) are rows of ``skipped``, as in a corpus folder.

    >>> tables = analyse_texts({"a": "Peskov said the talks were useful. They will go on."})
    >>> tables["sentences"][["doc_id", "sent_id", "text"]].values.tolist()
    [['a', 0, 'Peskov said the talks were useful.'], ['a', 1, 'They will go on.']]
    """
    sources = [corpus_stage.Source(str(doc_id), f"<text>#{doc_id}", str(text), "table", {})
               for doc_id, text in sorted(texts.items())]
    return _concatenated(iter_tables(corpus_stage.Inputs(sources, [], []), config or Config(), workers=1))


def _concatenated(chunks: Iterable[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """The tables of several chunks (or documents), each one table."""
    parts: dict[str, list[pd.DataFrame]] = {}
    for tables in chunks:
        for name, frame in tables.items():
            parts.setdefault(name, []).append(frame)
    return {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}


def load_or_compute(corpus: str | Path, *, tables: str | Path | None = None, actors: str | None = None,
                    targets: str | None = None) -> dict[str, pd.DataFrame]:
    """Tables for a notebook: read from ``tables`` when it names a folder written by ``run``, else computed.

    ``actors`` and ``targets`` default to ``actors.csv`` and ``targets.csv`` beside the corpus when present.
    """
    if tables and Path(tables).is_dir() and store.read_manifest(tables):
        return store.load(tables)
    return compute(corpus, config=Config(actors=input_file(corpus, "actors", actors),
                                         targets=input_file(corpus, "targets", targets)))
