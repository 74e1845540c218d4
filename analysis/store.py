"""The store: tables written to and read from a folder, one file per table, atomically.

Tables are appended chunk by chunk into a hidden temporary folder beside the output and moved into place only
when the whole run succeeded (``os.replace`` per file, the manifest last), so an interrupted run never leaves
a half-written table where a good one was. ``manifest.json`` records what produced the tables (inputs with
sha256, kit version, configuration), which is the cache key for ``run``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from analysis import columns as C

__all__ = ["FORMATS", "MANIFEST", "SCHEMA", "StoreError", "TableWriter", "write", "write_atomic", "read_manifest",
           "load", "count_rows"]

FORMATS = ("csv", "parquet")
MANIFEST = "manifest.json"
SCHEMA = "schema.json"  # column kinds (i, f, b, s) of every table, so CSV tables read back with their types


class StoreError(RuntimeError):
    """The store cannot be written or read; the message is one line for the user."""


def _prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Give every column a stable dtype across chunks: text as str, missing text as ''."""
    out = frame.copy()
    for name in out.columns:
        if pd.api.types.is_object_dtype(out[name]) or pd.api.types.is_string_dtype(out[name]):
            out[name] = out[name].map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
            out[name] = out[name].astype(object)
    return out


def _kind(column: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(column):
        return "b"
    if pd.api.types.is_integer_dtype(column):
        return "i"
    if pd.api.types.is_float_dtype(column):
        return "f"
    return "s"


class TableWriter:
    """Append tables chunk by chunk, then ``commit`` them into ``out`` atomically.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> writer = TableWriter(folder, fmt="csv")
    >>> writer.append({"sentences": pd.DataFrame({"doc_id": ["a"], "sent_id": [0]})})
    >>> writer.commit({"kit": "test"})
    >>> sorted(p.name for p in Path(folder).iterdir())
    ['manifest.json', 'schema.json', 'sentences.csv']
    """

    def __init__(self, out: str | Path, *, fmt: str = "csv"):
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}: choose csv or parquet")
        self.out = Path(out)
        self.fmt = fmt
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=".partial-", dir=self.out))
        except OSError as exc:
            raise StoreError(f"cannot write to {self.out} ({exc.strerror})") from exc
        self._writers: dict = {}
        self._schemas: dict = {}
        self._columns: dict[str, list[str]] = {}
        self._kinds: dict[str, dict[str, str]] = {}

    def _path(self, name: str) -> Path:
        return self.tmp / f"{name}.{self.fmt}"

    def append(self, tables: dict[str, pd.DataFrame]) -> None:
        """Append one chunk of each table (a table's first chunk fixes its columns)."""
        for name, frame in tables.items():
            if frame is None:
                continue
            columns = self._columns.setdefault(name, list(frame.columns))
            if name not in self._kinds:
                self._kinds[name] = {str(c): _kind(frame[c]) for c in frame.columns}
            frame = _prepare(frame.reindex(columns=columns))
            if self.fmt == "csv":
                path = self._path(name)
                frame.to_csv(path, mode="a", header=not path.exists(), index=False)
            else:
                self._append_parquet(name, frame)

    def _append_parquet(self, name: str, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if name not in self._writers:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
            self._schemas[name] = schema.remove_metadata()
            self._writers[name] = pq.ParquetWriter(self._path(name), self._schemas[name])
        table = pa.Table.from_pandas(frame, schema=self._schemas[name], preserve_index=False)
        self._writers[name].write_table(table)

    def commit(self, manifest: dict) -> None:
        """Close the files and move them into place; the manifest goes last."""
        for writer in self._writers.values():
            writer.close()
        (self.tmp / SCHEMA).write_text(json.dumps(self._kinds, indent=1, sort_keys=True))
        (self.tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False))
        for path in sorted(self.tmp.iterdir(), key=lambda p: p.name == MANIFEST):
            os.replace(path, self.out / path.name)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far; the output folder keeps its previous tables."""
        for writer in self._writers.values():
            try:
                writer.close()
            except OSError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def write(tables: dict[str, pd.DataFrame], out: str | Path, *, fmt: str = "csv", manifest: dict | None = None):
    """Write whole tables at once (atomically)."""
    writer = TableWriter(out, fmt=fmt)
    try:
        writer.append(tables)
        writer.commit(manifest or {})
    except BaseException:
        writer.abort()
        raise


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write one file so that readers see the old file or the new one, never half of it.

    Text is written as UTF-8 exactly as given (no newline translation). The data goes to a temporary file
    beside ``path`` (``.NAME.*.partial``), is flushed to disk, gets the permissions of a new file and then
    replaces ``path`` with ``os.replace``; on any error the temporary file is removed and ``path`` is untouched.

    Args:
        path: the file to write; its folder is created when missing.
        data: the whole content, text or bytes.

    Returns:
        ``path`` as a ``Path``.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "page.html"
    >>> write_atomic(target, "<p>one</p>\\n").read_text(), sorted(p.name for p in target.parent.iterdir())
    ('<p>one</p>\\n', ['page.html'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_manifest(folder: str | Path) -> dict:
    """The manifest of a table folder, or {} when there is none."""
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_INT_COLUMNS = {"sent_id", "paragraph_id", "start", "end", "start_raw", "end_raw", "n_paragraphs",
                "n_sentences", "n_tokens", "chars_removed", "n_replacements", "raw_chars"}


def load(folder: str | Path, names: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables of an output folder into DataFrames keyed by table name.

    Missing tables come back as empty frames with the contract's columns, so callers need not test for them.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"no tables at {folder}: run 'python -m analysis run --corpus DIR --out {folder}'")
    fmt = read_manifest(folder).get("format", "csv")
    try:
        schema = json.loads((folder / SCHEMA).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        schema = {}
    tables = {}
    for name in names or tuple(C.CONTRACT) + tuple(n for n in _extra_names(folder) if n not in C.CONTRACT):
        path = folder / f"{name}.{fmt}"
        if not path.exists():
            tables[name] = pd.DataFrame(columns=list(C.CONTRACT.get(name, ())))
            continue
        if fmt == "parquet":
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            kinds = schema.get(name, {})
            for column in frame.columns:
                kind = kinds.get(column)
                if kind == "i" or (kind is None and column in _INT_COLUMNS):
                    frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
                elif kind == "f" or (kind is None and (column in {"compound", "pos", "neu", "neg", "score"}
                                                       or column.endswith(("_score", "_share")))):
                    frame[column] = pd.to_numeric(frame[column], errors="coerce")
                elif kind == "b" or column in {"known", "is_heading", "translated"}:
                    frame[column] = frame[column].map({"True": True, "False": False, "": None})
        tables[name] = frame
    return tables


def count_rows(folder: str | Path, name: str) -> int:
    """Rows of one stored table, reading only its doc_id column (0 when the table is absent)."""
    folder = Path(folder)
    fmt = read_manifest(folder).get("format", "csv")
    path = folder / f"{name}.{fmt}"
    if not path.exists():
        return 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return len(pd.read_csv(path, usecols=["doc_id"], dtype=str, keep_default_na=False))


def _extra_names(folder: Path) -> list[str]:
    return sorted({p.name.split(".")[0] for p in folder.iterdir() if p.suffix in (".csv", ".parquet")
                   and not p.name.startswith(".")})
