"""The Dask engine: the same per-document stages as ``pipeline.run``, on a ``dask.distributed`` cluster.

``python -m analysis run --engine dask`` starts a local cluster (one single-threaded worker process per
core) unless ``--scheduler ADDRESS`` names a running one. The client cuts the corpus into the same chunks
as the local engine and plans the work; the workers do it and write it (``analysis.partitions``): each
chunk's tables as parquet partitions in ``parts/`` of the run's partial store folder, exact and near
duplicates decided by partitions of the simhash bands (content hashes included), each chunk's tables
deduplicated, then each table concatenated into its file (CSV only when CSV was asked for). The client
submits at most a few chunks ahead per worker and receives only row counts, column kinds and checksums, so
its work per article is a few task submissions; the tables are the local engine's, byte for byte.

The client holds the lock on the output folder (``store.lock``) and commits the tables as one version, as
the local engine does. The processes of a local cluster end with the client, also when it is killed (each
worker watches its parent); workers of a running scheduler only lose the client's tasks.

Workers read the articles and write the tables themselves: on a real cluster the corpus folder, the
actors/targets files and the output folder must be visible to every worker at the same absolute path (and
writable by it), and the kit installed in the workers' Python.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis import partitions, pipeline, progress, reading, store
from analysis.corpus import CorpusError

__all__ = ["IN_FLIGHT_PER_WORKER", "PARTITION_DOCS", "client", "run"]

IN_FLIGHT_PER_WORKER = 2  # chunks submitted ahead per worker: enough to keep workers busy, few enough to bound memory
PARTITION_DOCS = 100_000  # documents per partition of the duplicate search, at most (at least two per worker)


def _absolute(config: pipeline.Config) -> pipeline.Config:
    """The configuration with every file it names made absolute (workers may run elsewhere)."""
    changes = {}
    for item in dataclasses.fields(config):
        value = getattr(config, item.name)
        if item.name in ("metadata", "actors", "targets", "lexicon", "frame_cues", "role_cues") and value:
            changes[item.name] = str(Path(value).resolve())
    return dataclasses.replace(config, **changes)


@contextlib.contextmanager
def client(scheduler: str | None = None, *, workers: int | None = None) -> Iterator:
    """A ``dask.distributed`` client: to ``scheduler`` when given, else to a new local cluster."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            connection = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise CorpusError(f"cannot reach the Dask scheduler at {scheduler} ({exc.__class__.__name__})") from exc
        with connection:
            yield connection
        return
    n = workers or pipeline.default_workers()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as connection:
        yield connection


def run(corpus: str | Path, out: str | Path, *, fmt: str = "csv", config: pipeline.Config | None = None,
        scheduler: str | None = None, force: bool = False, workers: int | None = None) -> dict:
    """Compute every table of a corpus into ``out`` on Dask (skipped when nothing changed); return the manifest.

    Args:
        corpus: folder of articles or a .csv/.jsonl file, as for ``pipeline.run``.
        out: output folder; written atomically, as by ``pipeline.run``.
        fmt: ``csv`` or ``parquet``.
        config: the run's configuration (its files are passed to the workers as absolute paths).
        scheduler: address of a running scheduler (``tcp://host:8786``); None starts a local cluster.
        force: recompute even when the manifest says nothing changed.
        workers: local cluster size (default: both cores); ignored with ``scheduler``.
    """
    config = config or pipeline.Config()
    inputs, wanted = pipeline.plan(corpus, config, fmt=fmt)  # the same manifest as the local engine's
    with store.lock(out):  # a second run into ``out`` is refused until this one ends
        if not force and store.up_to_date(out, wanted):
            return wanted
        return _compute(inputs, wanted, out, fmt=fmt, config=config, scheduler=scheduler, workers=workers,
                        corpus=corpus)


def _partitions(n_sources: int, n_workers: int) -> int:
    """Band partitions: at least two per worker, and about 100,000 documents (400,000 band rows) in each."""
    return max(2 * n_workers, -(-n_sources // PARTITION_DOCS))


def _compute(inputs, wanted: dict, out: str | Path, *, fmt: str, config: pipeline.Config, scheduler: str | None,
             workers: int | None, corpus: str | Path) -> dict:
    """The tables of ``inputs`` computed and written by the cluster's workers, committed into ``out`` here;
    return the manifest."""
    config = reading.with_repeated_lines(_absolute(config), _sources(inputs))
    writer = store.TableWriter(out, fmt=fmt)
    try:
        with client(scheduler, workers=workers) as connection:
            n_workers = max(1, len(connection.scheduler_info().get("workers", {})))
            tables = _on_workers(connection, inputs, str(writer.tmp / "parts"), fmt=fmt, config=config,
                                 limit=IN_FLIGHT_PER_WORKER * n_workers,
                                 n_partitions=_partitions(len(inputs.sources), n_workers), corpus=corpus)
            finished = {name: connection.submit(partitions.concatenate, str(writer.tmp / "parts"), name, chunks,
                                                fmt=fmt, target=str(writer.tmp / f"{name}.{fmt}"), pure=False)
                        for name, (chunks, _) in tables.items()}
            for name, future in finished.items():
                chunks, record = tables[name]
                writer.add(name, rows=record["rows"], kinds=record["kinds"], sealed=future.result())
        shutil.rmtree(writer.tmp / "parts")
        writer.commit(wanted)
    except BaseException:
        writer.abort()
        raise
    return wanted


def _sources(inputs) -> Iterator:
    for source in inputs.sources:
        yield dataclasses.replace(source, location=str(Path(source.location).resolve())) if source.location \
            else source


def _on_workers(connection, inputs, root: str, *, fmt: str, config: pipeline.Config, limit: int,
                n_partitions: int, corpus: str | Path) -> dict:
    """Steps 1 to 3 of ``partitions`` on the cluster; returns, per table, its chunks in order (with their
    columns) and its rows and kinds (those of the first chunk that has it)."""
    chunks = pipeline.chunked(_sources(inputs), len(inputs.sources))
    mapped = []
    with progress.bar(len(inputs.sources), "documents") as bar:
        for (_, chunk), described in pipeline.in_order(
                lambda item: connection.submit(partitions.map_chunk, root, item[0], item[1], config,
                                               partitions=n_partitions, pure=False), enumerate(chunks), limit=limit):
            mapped.append(described)
            bar.update(len(chunk))
    decided = [connection.submit(partitions.decide, root, p, pure=False) for p in range(n_partitions)]
    for future in decided:
        future.result()
    first = {
        "skipped": pd.DataFrame([(s.source_path, s.doc_id, s.reason) for s in inputs.skipped], columns=list(C.SKIPPED)),
        "warnings": pd.DataFrame([(d, "corpus", m) for d, m in inputs.warnings], columns=list(C.WARNINGS)),
    }
    tables: dict[str, tuple[list, dict]] = {}
    n_docs, reasons = 0, collections.Counter()
    for k, result in pipeline.in_order(
            lambda k: connection.submit(partitions.finish_chunk, root, k, mapped[k]["tables"], fmt=fmt,
                                        first=first if k == 0 else None, pure=False),
            range(len(mapped)), limit=limit):
        n_docs += result["documents"]
        reasons.update(result["reasons"])
        for name, described in result["tables"].items():
            chunks_of, record = tables.setdefault(name, ([], {"rows": 0, "kinds": described["kinds"]}))
            chunks_of.append((k, described["columns"]))
            record["rows"] += described["rows"]
    if not mapped:  # every input was skipped at discovery
        reasons.update(s.reason for s in inputs.skipped)
    if n_docs == 0:
        common = "; ".join(f"{n} x {reason}" for reason, n in reasons.most_common(3))
        raise CorpusError(f"no usable articles in {corpus}: every input was skipped ({common})")
    return tables
