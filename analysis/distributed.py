"""The Dask engine: the same per-document stages as ``pipeline.run``, on a ``dask.distributed`` cluster.

``python -m analysis run --engine dask`` starts a local cluster (one single-threaded worker process per
core) unless ``--scheduler ADDRESS`` names a running one. The client cuts the corpus into the same chunks
as the local engine and submits ``pipeline.process_chunk`` for each, at most a few chunks ahead of the
writer, so memory stays bounded on both sides; results come back in doc_id order, are deduplicated and
appended to the store exactly as the local engine does, so the tables are the same row for row.

The client holds the lock on the output folder (``store.lock``) and commits the tables as one version, as
the local engine does. The processes of a local cluster end with the client, also when it is killed (each
worker watches its parent); workers of a running scheduler only lose the client's tasks.

Workers read the articles themselves: on a real cluster the corpus folder (and the actors/targets files)
must be visible to every worker at the same absolute path, and the kit installed in the workers' Python.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path

from analysis import pipeline, store
from analysis.corpus import CorpusError

__all__ = ["IN_FLIGHT_PER_WORKER", "client", "run"]

IN_FLIGHT_PER_WORKER = 2  # chunks submitted ahead per worker: enough to keep workers busy, few enough to bound memory


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


def _compute(inputs, wanted: dict, out: str | Path, *, fmt: str, config: pipeline.Config, scheduler: str | None,
             workers: int | None, corpus: str | Path) -> dict:
    """The tables of ``inputs`` computed on the cluster and committed into ``out``; return the manifest."""
    sources = [dataclasses.replace(s, location=str(Path(s.location).resolve())) if s.location else s
               for s in inputs.sources]
    inputs = dataclasses.replace(inputs, sources=sources)
    config = _absolute(config)
    with client(scheduler, workers=workers) as connection:
        n_workers = max(1, len(connection.scheduler_info().get("workers", {})))

        def submit(chunk):
            return connection.submit(pipeline.process_chunk, chunk, config, pure=False)

        chunks = pipeline.iter_tables(inputs, config, workers=n_workers, submit=submit,
                                      limit=IN_FLIGHT_PER_WORKER * n_workers)
        return pipeline.write(chunks, out, fmt=fmt, manifest=wanted, corpus=corpus)

