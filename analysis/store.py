"""The store: tables written to and read from a folder, one file per table, committed all at once.

Layout. The paths users' scripts read, ``OUT/<table>.csv`` (or ``.parquet``), ``OUT/manifest.json`` and
``OUT/schema.json``, are relative symbolic links to ``.store/current/<name>``; ``OUT/.store/current`` is a link
to the version folder of the last committed run (``.store/v-000007/``), which holds the files. A run appends
its tables into ``.store/partial-*``, renames that folder to the next version, then renames a new
``current`` link over the old one. ``rename(2)`` is atomic on Linux, so every documented path moves from the
old run's file to the new run's at one instant: a run killed at any moment leaves the previous tables or the
new ones, never a mix. (Moving files in one by one, as the first release did, is not atomic across tables;
swapping a sibling folder for OUT takes ``renameat2(RENAME_EXCHANGE)``, which the standard library lacks,
and would carry off the user's own files in OUT.) A folder of the first release (real files) is taken over
by hard-linking its files into a version and replacing each by its link, so its content never changes.

Checks. ``manifest.json`` records what produced the tables (inputs with sha256, kit version, configuration:
``run``'s cache key) and, under ``tables``, each table's file, rows, bytes and sha256. Every read compares
the manifest with every table and refuses, in one line, a folder where they differ.

Lock. A run holds an exclusive ``flock`` on ``OUT/.store/lock`` from its up-to-date check to its commit, and
a second run into OUT is refused in one line. The lock dies with its holder, so a killed run never blocks
the next, which removes what the killed one left (``partial-*`` folders, versions never made current).
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis.catalogue import digest, manifest_summary, write_manifest
from analysis.locking import release_lock, take_lock

__all__ = ["FORMATS", "MANIFEST", "SCHEMA", "STORE_DIR", "StoreError", "TableWriter", "prepare", "kind",
           "parquet_schema", "fingerprint", "write", "write_atomic", "read_manifest", "load", "count_rows", "lock",
           "forget_locks", "committed", "up_to_date"]

FORMATS = ("csv", "parquet")
MANIFEST = "manifest.json"
SCHEMA = "schema.json"  # column kinds (i, f, b, s) of every table, so CSV tables read back with their types
STORE_DIR = ".store"  # inside OUT: the lock, the committed versions and the run being written
_CURRENT = "current"
_LOCK = "lock"
_held: dict[str, int] = {}  # out folder -> descriptor of the lock file, for the locks this process holds


class StoreError(RuntimeError):
    """The store cannot be written or read; the message is one line for the user."""


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Give every column a stable dtype across chunks: text as str, missing text as ''."""
    out = frame.copy()
    for name, column in out.items():
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            out[name] = pd.Series(["" if v is None or (isinstance(v, float) and v != v) else str(v)
                                   for v in column.tolist()], index=out.index, dtype=object)
    return out


def kind(column: pd.Series) -> str:  # schema.json's kind of a column: i(nteger), f(loat), b(oolean), s(tring)
    if pd.api.types.is_bool_dtype(column):
        return "b"
    return "i" if pd.api.types.is_integer_dtype(column) else "f" if pd.api.types.is_float_dtype(column) else "s"


# ---------------------------------------------------------------------------------------------- the lock

@contextlib.contextmanager
def lock(out: str | Path) -> Iterator[None]:
    """Hold the exclusive lock on ``out`` (re-entrant within a process); refuse in one line if a run holds it.

    On taking the lock, whatever a killed run left in ``out/.store`` is removed: no other run can be writing.
    """
    key = os.path.abspath(out)
    if key in _held:
        yield
        return
    folder = Path(out) / STORE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, holder = take_lock(folder / _LOCK)
    except OSError as exc:
        raise StoreError(f"cannot write to {out} ({exc.strerror})") from exc
    if handle < 0:
        raise StoreError(f"{out} is being written by another run{f' (pid {holder})' if holder else ''}; wait for "
                         f"it to finish or choose another --out")
    _held[key] = handle
    try:
        _tidy(Path(out))
        yield
    finally:
        del _held[key]
        release_lock(handle)


def forget_locks() -> None:
    """In a forked child: close the inherited lock descriptors without unlocking (the lock is the parent's)."""
    for handle in _held.values():
        os.close(handle)
    _held.clear()


def _tidy(out: Path) -> None:
    """Remove what killed runs left: partial folders, versions that are not current, half-made links."""
    folder = out / STORE_DIR
    current = committed(out)
    for path in folder.iterdir():
        stale = path.name.startswith(("partial-", "link-", f"{_CURRENT}.")) or (
            path.name.startswith("v-") and (current is None or path.name != current.name))
        if stale:
            _remove(path)
    for path in out.iterdir():
        if path.name.startswith(".partial-"):  # the first release's partial folders
            _remove(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------- writing

class TableWriter:
    """Append tables chunk by chunk, then ``commit`` them into ``out`` as one new version.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> writer = TableWriter(folder, fmt="csv")
    >>> writer.append({"sentences": pd.DataFrame({"doc_id": ["a"], "sent_id": [0]})})
    >>> writer.commit({"kit": "test"})
    >>> sorted(p.name for p in Path(folder).iterdir()), load(folder)["sentences"].values.tolist()
    (['.store', 'manifest.json', 'schema.json', 'sentences.csv'], [['a', 0]])
    """

    def __init__(self, out: str | Path, *, fmt: str = "csv"):
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}: choose csv or parquet")
        self.out = Path(out)
        self.fmt = fmt
        self._lock = contextlib.ExitStack()
        self._lock.enter_context(lock(self.out))
        try:
            self.tmp = Path(tempfile.mkdtemp(prefix="partial-", dir=self.out / STORE_DIR))
        except OSError as exc:
            self._lock.close()
            raise StoreError(f"cannot write to {self.out} ({exc.strerror})") from exc
        self._writers: dict = {}
        self._schemas: dict = {}
        self._columns: dict[str, list[str]] = {}
        self._kinds: dict[str, dict[str, str]] = {}
        self._rows: dict[str, int] = {}
        self._sealed: dict[str, dict] = {}

    def _path(self, name: str) -> Path:
        return self.tmp / f"{name}.{self.fmt}"

    def append(self, tables: dict[str, pd.DataFrame]) -> None:
        """Append one chunk of each table (a table's first chunk fixes its columns)."""
        try:
            self._append(tables)
        except OSError as exc:
            raise StoreError(f"cannot write the tables into {self.out} ({exc.strerror or exc})") from exc

    def _append(self, tables: dict[str, pd.DataFrame]) -> None:
        for name, frame in tables.items():
            if frame is None:
                continue
            columns = self._columns.setdefault(name, list(frame.columns))
            if name not in self._kinds:
                self._kinds[name] = {str(c): kind(frame[c]) for c in frame.columns}
            frame = prepare(frame.reindex(columns=columns))
            self._rows[name] = self._rows.get(name, 0) + len(frame)
            if self.fmt == "csv":
                path = self._path(name)
                frame.to_csv(path, mode="a", header=not path.exists(), index=False)
            else:
                self._append_parquet(name, frame)

    def _append_parquet(self, name: str, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if name not in self._writers:
            self._schemas[name] = parquet_schema(frame)
            self._writers[name] = pq.ParquetWriter(self._path(name), self._schemas[name])
        table = pa.Table.from_pandas(frame, schema=self._schemas[name], preserve_index=False)
        self._writers[name].write_table(table)

    def add(self, name: str, *, rows: int, kinds: dict[str, str], sealed: dict) -> None:
        """Take in a table written into ``self.tmp`` by other processes, with its rows, kinds and fingerprint."""
        self._rows[name], self._kinds[name], self._sealed[name] = rows, kinds, sealed

    def commit(self, manifest: dict) -> None:
        """Seal the tables as the next version and make it current in one rename; the manifest records each
        table's rows, bytes and sha256. A file system that refuses (full, no links) is a one-line error."""
        try:
            self._commit(manifest)
        except OSError as exc:
            raise StoreError(f"cannot write the tables into {self.out} ({exc.strerror or exc})") from exc
        self._lock.close()

    def _commit(self, manifest: dict) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        record = {name: {"file": self._path(name).name, "rows": rows,
                         **(self._sealed.get(name) or fingerprint(self._path(name)))}
                  for name, rows in sorted(self._rows.items())}
        (self.tmp / SCHEMA).write_text(json.dumps(self._kinds, indent=1, sort_keys=True))
        write_manifest(self.tmp / MANIFEST, {**manifest, "tables": record})
        for path in (self.tmp / SCHEMA, self.tmp / MANIFEST):
            fingerprint(path)  # flushed to disk like the tables
        folder = self.out / STORE_DIR
        version = _seal(self.tmp, folder / f"v-{_next_version(folder):06d}")
        _adopt_first_release(self.out)
        names = sorted(p.name for p in version.iterdir())
        for name in names:
            _link(self.out, name)
        _point(folder, version.name)
        for path in self.out.iterdir():  # links of tables the new version does not have
            if path.is_symlink() and path.name not in names and _is_link(path):
                path.unlink()
        _tidy(self.out)

    def abort(self) -> None:
        """Drop everything written so far; the output folder keeps its previous tables."""
        for writer in self._writers.values():
            with contextlib.suppress(OSError):
                writer.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        self._lock.close()


def parquet_schema(frame: pd.DataFrame):
    """The parquet schema of a table, fixed by its first (prepared) chunk: columns without a value are text."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
    return schema.remove_metadata()


def fingerprint(path: Path) -> dict:
    """bytes and sha256 of a file, which is also flushed to disk."""
    with open(path, "rb") as stream:
        digest = hashlib.file_digest(stream, "sha256").hexdigest()
        os.fsync(stream.fileno())
    return {"bytes": path.stat().st_size, "sha256": digest}


def _fsync_dir(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    os.fsync(handle)
    os.close(handle)


def _seal(tmp: Path, version: Path) -> Path:
    """Rename a finished partial folder to its version (readable as any new folder)."""
    os.chmod(tmp, 0o777 & ~_umask())
    os.rename(tmp, version)
    _fsync_dir(version.parent)
    return version


def _next_version(folder: Path) -> int:
    numbers = [int(p.name[2:]) for p in folder.glob("v-*") if p.name[2:].isdigit()]
    return max(numbers, default=0) + 1


def _is_link(path: Path) -> bool:
    """Is ``path`` the store's link for its name (to ``.store/current/NAME``)?"""
    return path.is_symlink() and os.readlink(path) == f"{STORE_DIR}/{_CURRENT}/{path.name}"


def _link(out: Path, name: str) -> None:
    """Make ``out/name`` the link to ``.store/current/name`` (atomically replacing whatever was there)."""
    path = out / name
    if _is_link(path):
        return
    tmp = out / STORE_DIR / f"link-{os.getpid()}-{name}"  # made out of sight, valid once moved beside it
    tmp.unlink(missing_ok=True)
    os.symlink(f"{STORE_DIR}/{_CURRENT}/{name}", tmp)
    os.replace(tmp, path)


def _point(folder: Path, version: str) -> None:
    """Make ``current`` lead to ``version``: one rename of a new link over the old one."""
    tmp = folder / f"{_CURRENT}.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(version, tmp)
    os.replace(tmp, folder / _CURRENT)
    _fsync_dir(folder)


def _adopt_first_release(out: Path) -> None:
    """Turn a folder of real table files (written by the first release) into version 0 and links to it,
    without a moment at which a documented path holds anything but its old content."""
    if committed(out) is None and (out / MANIFEST).is_file() and not (out / MANIFEST).is_symlink():
        fmt, kinds = read_manifest(out).get("format", "csv"), _read_json(out / SCHEMA)
        tmp = Path(tempfile.mkdtemp(prefix="partial-", dir=out / STORE_DIR))
        for path in out.iterdir():
            if path.is_file() and not path.is_symlink() and (path.name in (MANIFEST, SCHEMA) or (
                    path.suffix == f".{fmt}" and (not kinds or path.stem in kinds))):
                os.link(path, tmp / path.name)
        _point(out / STORE_DIR, _seal(tmp, out / STORE_DIR / "v-000000").name)
    adopted = committed(out)
    for path in sorted(adopted.iterdir() if adopted else (), key=lambda p: p.name == MANIFEST):  # also after a kill
        if not (out / path.name).is_symlink() and (out / path.name).is_file() and filecmp.cmp(out / path.name, path):
            _link(out, path.name)


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

    Text is written as UTF-8 exactly as given (no newline translation) to a temporary file beside ``path``
    (``.NAME.*.partial``; the folder is created when missing), flushed to disk, given the permissions of a new
    file and moved over ``path`` with ``os.replace``; on any error it is removed and ``path`` is untouched.
    Returns ``path`` as a ``Path``.

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


# ---------------------------------------------------------------------------------------------- reading

def read_manifest(folder: str | Path) -> dict:
    """The manifest of a table folder, or {} when there is none."""
    return _read_json(Path(folder) / MANIFEST)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def committed(out: str | Path) -> Path | None:
    """The version folder that the documented paths of ``out`` lead to, or None when nothing is committed."""
    link = Path(out) / STORE_DIR / _CURRENT
    try:
        return link.parent / os.readlink(link)
    except OSError:
        return None


def _refuse(out: Path, problem: str) -> StoreError:
    return StoreError(f"{out} does not hold one run's tables ({problem}): run 'python -m analysis run --corpus "
                      f"DIR --out {out}' again")


def _checked(out: Path, *, verify: bool = False) -> tuple[Path, dict]:
    """The committed version folder and its manifest, after checking every table's link, presence and size
    (and sha256 with ``verify``)."""
    version = committed(out)
    if version is None:
        if (out / MANIFEST).is_file():
            raise _refuse(out, "written by an older release of the kit, without table checksums")
        raise StoreError(f"no tables at {out}: run 'python -m analysis run --corpus DIR --out {out}'")
    try:
        manifest = manifest_summary(version / MANIFEST)  # its inputs condensed
    except ValueError:
        raise _refuse(out, f"{MANIFEST} is unreadable") from None
    record = manifest.get("tables") if isinstance(manifest, dict) else None
    if not isinstance(record, dict):
        raise _refuse(out, f"{MANIFEST} lists no tables")
    for name in [MANIFEST, SCHEMA, *(entry["file"] for entry in record.values())]:
        if not _is_link(out / name):
            raise _refuse(out, f"{name} is not the committed file")
    for entry in record.values():
        path = version / entry["file"]
        if path.stat().st_size != entry["bytes"]:
            raise _refuse(out, f"{entry['file']} has {path.stat().st_size} bytes, {MANIFEST} says {entry['bytes']}")
        with open(path, "rb") as stream:
            if verify and hashlib.file_digest(stream, "sha256").hexdigest() != entry["sha256"]:
                raise _refuse(out, f"{entry['file']} differs from its sha256 in {MANIFEST}")
    return version, manifest


def _retrying(out: Path, read):
    """``read()``, again when another run replaced the version being read; a file still missing is refused."""
    for attempt in range(5):
        try:
            return read()
        except FileNotFoundError as exc:
            if attempt == 4:
                raise _refuse(out, f"{Path(exc.filename or '?').name} is missing") from None


def up_to_date(out: str | Path, wanted: dict) -> bool:
    """Does ``out`` hold complete, intact tables made from exactly the inputs and configuration of ``wanted``?"""
    try:
        manifest = _retrying(Path(out), lambda: _checked(Path(out), verify=True))[1]
    except StoreError:
        return False
    head = {key: value for key, value in manifest.items() if key not in ("tables", "inputs", "inputs_digest")}
    stored, inputs = manifest.get("inputs"), wanted.get("inputs", [])
    same = stored == list(inputs) if isinstance(stored, list) else (
        stored == len(inputs) and manifest.get("inputs_digest") == digest(inputs))
    return same and head == {key: value for key, value in wanted.items() if key != "inputs"}


_INT_COLUMNS = {"sent_id", "paragraph_id", "start", "end", "start_raw", "end_raw", "n_paragraphs",
                "n_sentences", "n_tokens", "chars_removed", "n_replacements", "raw_chars"}


def load(folder: str | Path, names: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables of an output folder into DataFrames keyed by table name.

    Every table is checked against the manifest first (a mismatch is a ``StoreError``). Missing tables come
    back as empty frames with the contract's columns, so callers need not test for them.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"no tables at {folder}: run 'python -m analysis run --corpus DIR --out {folder}'")
    return _retrying(folder, lambda: _load(folder, names))


def _load(folder: Path, names: tuple[str, ...] | None) -> dict[str, pd.DataFrame]:
    version, manifest = _checked(folder, verify=True)
    record, fmt = manifest["tables"], manifest.get("format", "csv")
    schema = _read_json(version / SCHEMA)
    tables = {}
    for name in names or tuple(C.CONTRACT) + tuple(n for n in sorted(record) if n not in C.CONTRACT):
        if name not in record:
            tables[name] = pd.DataFrame(columns=list(C.CONTRACT.get(name, ())))
            continue
        path = version / record[name]["file"]
        frame = pd.read_parquet(path) if fmt == "parquet" else _typed(
            pd.read_csv(path, dtype=str, keep_default_na=False), schema.get(name, {}))
        if len(frame) != record[name]["rows"]:
            raise _refuse(folder, f"{path.name} has {len(frame)} rows, {MANIFEST} says {record[name]['rows']}")
        tables[name] = frame
    return tables


def _typed(frame: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """A CSV table read as text, with its columns given the kinds of ``schema.json``."""
    for column in frame.columns:
        kind = kinds.get(column)
        if kind == "i" or (kind is None and column in _INT_COLUMNS):
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        elif kind == "f" or (kind is None and (column in {"compound", "pos", "neu", "neg", "score"}
                                               or column.endswith(("_score", "_share")))):
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
        elif kind == "b" or column in {"known", "is_heading", "translated"}:
            frame[column] = frame[column].map({"True": True, "False": False, "": None})
    return frame


def count_rows(folder: str | Path, name: str) -> int:
    """Rows of one stored table as the manifest records them, after checking the folder (0 when absent)."""
    entry = _retrying(Path(folder), lambda: _checked(Path(folder)))[1]["tables"].get(name)
    return entry["rows"] if entry else 0
