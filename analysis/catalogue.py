"""A run's list of inputs, kept on disk: a million documents cost the memory of a few.

``SourceList`` holds the sources ``corpus.discover`` finds in an SQLite file in a temporary folder and gives
them back in doc_id order (Python's order of strings: SQLite compares the UTF-8 bytes, which sort as the code
points do), with doc_ids that occur more than once renamed ``doc_id~1``, ``doc_id~2`` in the order they were
found. ``InputList`` is the manifest's ``inputs`` (path and sha256 of every input) read from it as needed;
``digest`` condenses such a list, so that two manifests compare without either list in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["SourceList", "InputList", "digest", "write_manifest", "manifest_summary"]

_BATCH = 2000


def _utf8(text: str) -> bytes:  # stored as bytes: the text may hold lone surrogates, and bytes sort as code points
    return text.encode("utf-8", "surrogatepass")


def _text(data: bytes) -> str:
    return bytes(data).decode("utf-8", "surrogatepass")


class SourceList(Sequence):
    """Sources on disk, in doc_id order once ``finish`` has run (``make`` rebuilds a ``corpus.Source``)."""

    def __init__(self, make: Callable, *, folder: str | None = None):
        self._make = make
        self._folder = tempfile.TemporaryDirectory(prefix="newsframe-inputs-", dir=folder)
        self._db = sqlite3.connect(os.path.join(self._folder.name, "sources.sqlite"), check_same_thread=False)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                               "CREATE TABLE sources (seq INTEGER PRIMARY KEY, doc_id BLOB, source_path BLOB,"
                               " payload BLOB, is_text INTEGER, kind TEXT, meta BLOB, location BLOB);")
        self._pending: list[tuple] = []
        self._n = 0

    def append(self, source) -> None:
        text = isinstance(source.payload, str)
        payload = _utf8(source.payload) if text else source.payload
        self._pending.append((self._n, _utf8(source.doc_id), _utf8(source.source_path), payload, int(text),
                              source.kind, _utf8(json.dumps(source.meta, ensure_ascii=False)), _utf8(source.location)))
        self._n += 1
        if len(self._pending) >= _BATCH:
            self._flush()

    def extend(self, sources: Iterable) -> None:
        for source in sources:
            self.append(source)

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending)
        self._pending = []

    def finish(self) -> list[tuple[str, str]]:
        """Rename repeated doc_ids (``doc_id~N`` for the N-th repeat, in the order found) and sort; return the
        warnings (doc_id, message) for the renamed ones."""
        self._flush()
        repeated = self._db.execute("SELECT seq, doc_id FROM sources WHERE doc_id IN (SELECT doc_id FROM sources "
                                    "GROUP BY doc_id HAVING COUNT(*) > 1) ORDER BY seq").fetchall()
        seen: dict[str, int] = {}
        warnings, renamed = [], []
        for seq, doc_id in repeated:
            doc_id = _text(doc_id)
            count = seen.get(doc_id, 0)
            seen[doc_id] = count + 1
            if count:
                warnings.append((doc_id, f"duplicate doc_id renamed to {doc_id}~{count}"))
                renamed.append((_utf8(f"{doc_id}~{count}"), seq))
        self._db.executemany("UPDATE sources SET doc_id = ? WHERE seq = ?", renamed)
        self._db.execute("CREATE INDEX sources_order ON sources (doc_id, seq)")
        self._db.commit()
        return warnings

    def __len__(self) -> int:
        return self._n

    def _source(self, row: tuple):
        doc_id, source_path, payload, is_text, kind, meta, location = row
        payload = _text(payload) if is_text else bytes(payload)
        return self._make(_text(doc_id), _text(source_path), payload, kind, json.loads(_text(meta)), _text(location))

    _COLUMNS = "doc_id, source_path, payload, is_text, kind, meta, location"

    def __iter__(self) -> Iterator:
        cursor = self._db.cursor()  # its own cursor: iterations may overlap
        for row in cursor.execute(f"SELECT {self._COLUMNS} FROM sources ORDER BY doc_id, seq"):
            yield self._source(row)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._n))]
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError(index)
        row = self._db.execute(f"SELECT {self._COLUMNS} FROM sources ORDER BY doc_id, seq LIMIT 1 OFFSET ?",
                               (index,)).fetchone()
        return self._source(row)


class InputList(Sequence):
    """The manifest's ``inputs``: {path, sha256} of every source, in order, computed as they are read (the
    sha256 of a file shared by consecutive sources, a CSV corpus's, once per reading)."""

    def __init__(self, sources: Sequence, file_sha256: Callable[[str], str]):
        self._sources = sources
        self._sha256 = file_sha256

    def __len__(self) -> int:
        return len(self._sources)

    def __iter__(self) -> Iterator[dict]:
        last = (None, "")
        for source in self._sources:
            location = source.location or source.source_path
            if location != last[0]:
                last = (location, self._sha256(location))
            yield {"path": source.source_path, "sha256": last[1]}

    def __getitem__(self, index):
        return list(self)[index]

    def __eq__(self, other) -> bool:
        return isinstance(other, Iterable) and digest(self) == digest(other)

    __hash__ = None


def digest(inputs: Iterable[dict]) -> str:
    """sha256 over a list of inputs, entry by entry (equal lists, equal digests)."""
    hasher = hashlib.sha256()
    for entry in inputs:
        hasher.update(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        hasher.update(b"\n")
    return hasher.hexdigest()


def write_manifest(path: Path, manifest: dict) -> None:
    """``json.dumps(manifest, indent=2, sort_keys=True)``, byte for byte, with ``inputs`` (which may be a
    ``catalogue.InputList`` on disk) written entry by entry."""
    inputs = manifest.get("inputs")
    if isinstance(inputs, list) or not inputs:
        path.write_text(json.dumps({**manifest, "inputs": list(inputs or [])} if "inputs" in manifest else manifest,
                                   indent=2, sort_keys=True, ensure_ascii=False))
        return
    marker = "\x00inputs\x00"
    head, tail = json.dumps({**manifest, "inputs": [marker]}, indent=2, sort_keys=True,
                            ensure_ascii=False).split(json.dumps(marker))
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(head)
        for i, entry in enumerate(inputs):
            rendered = json.dumps(entry, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", "\n    ")
            stream.write(rendered if i == 0 else ",\n    " + rendered)
        stream.write(tail)


def manifest_summary(path: Path) -> dict:
    """A manifest with its ``inputs`` condensed to their number and ``catalogue.digest`` (``inputs_digest``),
    so that a million inputs are never held at once."""
    hasher, count = hashlib.sha256(), [0]

    def condense(pairs):
        if [key for key, _ in pairs] == ["path", "sha256"]:
            hasher.update(json.dumps(dict(pairs), sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
            hasher.update(b"\n")
            count[0] += 1
            return None
        return dict(pairs)

    manifest = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=condense)
    listed = manifest.get("inputs") if isinstance(manifest, dict) else None
    if isinstance(listed, list) and all(entry is None for entry in listed):
        manifest["inputs"] = count[0]
        manifest["inputs_digest"] = hasher.hexdigest()
    return manifest
