"""The Dask engine's work on the workers: chunks written as partitions, duplicates decided by partition, tables
concatenated. The client (``distributed``) only plans, submits and commits.

Everything goes through a folder every worker sees, ``parts/`` inside the run's partial store folder:

1. ``map_chunk``: a chunk's stages (``pipeline.process_chunk``), its tables written as ``raw/c<chunk>/<table>
   .parquet`` (values as the store writes them, ``store.prepare``), and its documents' simhash band rows as
   ``bands/c<chunk>.parquet`` (``dedup.band_rows``), each row tagged with its partition.
2. ``decide``: for one partition, the band rows of every chunk (read with a filter on ``partition``, so the
   content hashes and bands are split among the workers, never held in one place) and the duplicates decided
   there (``dedup.band_decisions``), written as ``decisions/p<partition>.parquet``.
3. ``finish_chunk``: a chunk's raw tables with its decisions applied (``dedup.apply``), written as
   ``final/<table>/c<chunk>.parquet`` and, for CSV output, the rows as CSV text beside it.
4. ``concatenate``: one table's parts in chunk order into the table file of the partial folder (row groups
   for parquet, the CSV texts after one header), with its rows, bytes and sha256 for the manifest.

Each step's output depends only on its inputs, so the tables are those of the local engine, byte for byte.
"""

from __future__ import annotations

import collections
import json
import shutil
from pathlib import Path

import pandas as pd

from analysis import dedup, pipeline, store

__all__ = ["map_chunk", "decide", "finish_chunk", "concatenate"]


def _name(chunk: int) -> str:
    return f"c{chunk:07d}"


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    frame.to_parquet(tmp, index=False)
    tmp.replace(path)  # a task run twice (a worker lost) never leaves half a file


def map_chunk(root: str, chunk: int, sources: list, config: pipeline.Config, *, partitions: int) -> dict:
    """Step 1 for one chunk: its tables and band rows written under ``root``; returns {tables: names in
    order, documents: rows}."""
    tables = pipeline.process_chunk(sources, config)
    folder = Path(root) / "raw" / _name(chunk)
    for name, frame in tables.items():
        _write_parquet(store.prepare(frame), folder / f"{name}.parquet")
    documents = tables.get("documents")
    documents = documents if documents is not None else pd.DataFrame(columns=["doc_id", "content_hash", "simhash"])
    _write_parquet(dedup.band_rows(documents, chunk=chunk, partitions=partitions),
                   Path(root) / "bands" / f"{_name(chunk)}.parquet")
    return {"tables": list(tables), "documents": len(documents)}


def decide(root: str, partition: int) -> int:
    """Step 2 for one partition; returns the number of decisions (rows with an exact or near duplicate)."""
    import pyarrow.dataset as ds

    bands = ds.dataset(Path(root) / "bands", format="parquet")
    rows = bands.to_table(filter=ds.field("partition") == partition).to_pandas()
    decisions = dedup.band_decisions(rows)
    _write_parquet(decisions, Path(root) / "decisions" / f"p{partition:05d}.parquet")
    return len(decisions)


def _decisions(root: str, chunk: int) -> pd.DataFrame:
    import pyarrow.dataset as ds

    decisions = ds.dataset(Path(root) / "decisions", format="parquet")
    return decisions.to_table(filter=ds.field("chunk") == chunk).to_pandas()


def finish_chunk(root: str, chunk: int, names: list[str], *, fmt: str, first: dict | None = None) -> dict:
    """Step 3 for one chunk (``first``: the discovery's skipped and warnings rows, for chunk 0). Returns, per
    table, its rows, columns and column kinds; ``documents`` kept; and, for a chunk left with no documents,
    its skip reasons counted (for the error of a run where every input was skipped)."""
    folder = Path(root) / "raw" / _name(chunk)
    tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in names}
    if "documents" in tables:
        exact, near = dedup.near_of(len(tables["documents"]), _decisions(root, chunk))
        tables = dedup.apply(tables, exact, near)
    for name, frame in (first or {}).items():
        tables[name] = pd.concat([frame, tables[name]], ignore_index=True) if name in tables else frame
    described = {}
    for name, frame in tables.items():
        described[name] = {"rows": len(frame), "columns": [str(c) for c in frame.columns],
                           "kinds": {str(c): store.kind(frame[c]) for c in frame.columns}}
        prepared = store.prepare(frame)
        path = Path(root) / "final" / name / f"{_name(chunk)}.parquet"
        _write_parquet(prepared, path)
        if fmt == "csv":
            path.with_suffix(".csv").write_bytes(prepared.to_csv(index=False, header=False).encode("utf-8"))
    n_docs = len(tables.get("documents", ()))
    reasons = collections.Counter(tables["skipped"]["reason"]) if n_docs == 0 and "skipped" in tables else {}
    shutil.rmtree(folder, ignore_errors=True)
    return {"tables": described, "documents": n_docs, "reasons": dict(reasons)}


def _conformed(path: Path, columns: list[str]) -> pd.DataFrame:
    return store.prepare(pd.read_parquet(path).reindex(columns=columns))


def concatenate(root: str, name: str, chunks: list[tuple[int, list[str]]], *, fmt: str, target: str) -> dict:
    """Step 4 for one table: ``chunks`` are (chunk, its columns) in order, the first one's columns the table's
    (as ``store.TableWriter`` takes them from the first chunk); writes ``target`` and returns its fingerprint."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(root) / "final" / name
    columns = chunks[0][1]
    if fmt == "csv":
        with open(target, "wb") as stream:
            stream.write(pd.DataFrame(columns=columns).to_csv(index=False).encode("utf-8"))
            for chunk, own in chunks:
                part = folder / f"{_name(chunk)}.csv"
                stream.write(part.read_bytes() if own == columns else _conformed(
                    part.with_suffix(".parquet"), columns).to_csv(index=False, header=False).encode("utf-8"))
    else:
        writer = schema = None
        for chunk, own in chunks:
            part = folder / f"{_name(chunk)}.parquet"
            if own == columns:
                table = pq.read_table(part)
            else:
                table = pa.Table.from_pandas(_conformed(part, columns), preserve_index=False)
            if writer is None:  # as store.parquet_schema: columns without a value are text
                schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f
                                    for f in table.schema]).remove_metadata()
                writer = pq.ParquetWriter(target, schema)
            writer.write_table(table.cast(schema))
        writer.close()
    shutil.rmtree(folder, ignore_errors=True)
    return json.loads(json.dumps(store.fingerprint(Path(target))))
