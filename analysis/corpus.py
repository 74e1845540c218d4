"""Corpus loading: a folder of .txt/.html files (with an optional metadata.csv), or one .csv/.jsonl file.

Bytes become text in ``analysis.decode`` (encodings, normalisation, markup, gzip, binary files, table rows).
Every entry of a corpus folder becomes a source to read or a ``Skip`` with the reason (hidden files,
subfolders, links that leave the corpus, FIFOs and devices, unsupported types); only regular files inside the
corpus are read, checked again when opened (``O_NOFOLLOW``, ``fstat``), so a link cannot bring a file of the
machine into the tables. ``metadata.csv``, ``actors.csv`` and ``targets.csv`` are companions, never articles.
Table files and metadata are decoded like articles; a broken row or line costs only itself.

Bad input never raises past this module for a single document: it becomes a row of ``skipped`` (with the
reason) or ``warnings``. Only a corpus that cannot be read at all raises ``CorpusError`` (one line).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.catalogue import SourceList
from analysis.decode import (
    MAX_BYTES,
    csv_rows,
    decode_bytes,
    decode_declared,
    extract_html,
    guess_encoding,  # noqa: F401 - decode_bytes, guess_encoding, plausibility were corpus's API
    gunzip,
    is_markup,
    jsonl_rows,
    looks_like_html,
    normalise_date,
    normalise_text,
    parse_bool,
    plausibility,  # noqa: F401
    repair,
    sniff_binary,
)

__all__ = ["MAX_BYTES", "TEXT_SUFFIXES", "HTML_SUFFIXES", "TABLE_SUFFIXES", "METADATA_NAME", "COMPANIONS",
           "META_FIELDS", "COLUMN_ALIASES", "CorpusError", "Source", "Record", "Skip", "decode_bytes", "gunzip",
           "plausibility", "guess_encoding", "normalise_text", "extract_html", "decode", "read_metadata", "Inputs",
           "discover", "read", "read_file", "entry_problem", "normalise_date", "parse_bool", "sha256_text",
           "parse_column_map"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
METADATA_NAME = "metadata.csv"
COMPANIONS = (METADATA_NAME, "actors.csv", "targets.csv")  # files of a corpus folder that are not articles
META_FIELDS = ("title", "outlet", "date", "url", "language", "translated", "encoding")

# Column names of common exports, mapped to the kit's fields (first match wins).
COLUMN_ALIASES = {
    "doc_id": ("doc_id", "id", "stories_id", "article_id", "guid", "filename", "file"),
    "text": ("text", "maintext", "content", "body", "article", "full_text", "story_text"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "media_name", "source_domain", "source", "publisher", "media", "sitename",
               "site_name", "domain"),
    "date": ("date", "publish_date", "date_publish", "published", "pub_date", "publication_date"),
    "url": ("url", "link", "source_url", "url_canonical"),
    "language": ("language", "lang"),
    "translated": ("translated",),
    "encoding": ("encoding", "charset"),
}


class CorpusError(RuntimeError):
    """The corpus as a whole cannot be read; the message is one line for the user."""


@dataclass
class Source:
    """One input document before decoding: where it comes from and what metadata it carries."""

    doc_id: str
    source_path: str
    payload: bytes | str
    kind: str  # "text", "html" or "table"
    meta: dict = field(default_factory=dict)
    location: str = ""  # where to read it from; never written to the tables (source_path is relative)


@dataclass
class Record:
    """One decoded document, ready for cleaning."""

    doc_id: str
    source_path: str
    raw: str
    format: str
    encoding: str
    n_replacements: int
    meta: dict
    warnings: list[str] = field(default_factory=list)


@dataclass
class Skip:
    """One input that could not be used, with the reason."""

    doc_id: str
    source_path: str
    reason: str


# ---------------------------------------------------------------------------------------------- decoding


def _too_large(size: int, max_bytes: int, what: str = "file") -> str:
    return f"{what} too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB cap; raise it with --max-mb)"


def _cell_problem(source: Source, max_bytes: int) -> str | None:
    """A cell of a table row over the cap (its text or a metadata value), as a reason to skip the row."""
    cells = {"text": source.payload, **source.meta}
    for name, value in cells.items():
        size = len(value) if len(value) * 4 <= max_bytes else len(value.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            return _too_large(size, max_bytes, f"cell '{name}'")
    return None


def _decode_bytes(source: Source, payload: bytes, max_bytes: int) -> tuple[str, str, int, list[str]] | Skip:
    warnings: list[str] = []
    if len(payload) > max_bytes:
        return Skip(source.doc_id, source.source_path, _too_large(len(payload), max_bytes))
    if payload.startswith(b"\x1f\x8b"):
        try:
            payload = gunzip(payload, max_bytes=max_bytes)
        except (OSError, EOFError, zlib.error):
            return Skip(source.doc_id, source.source_path, "corrupt gzip file")
        if payload is None:
            return Skip(source.doc_id, source.source_path, f"file too large after decompression (over the "
                        f"{max_bytes / 1e6:.0f} MB cap; raise it with --max-mb)")
        warnings.append("gzip-compressed input decompressed")
    declared = source.meta.get("encoding") or None
    what = sniff_binary(payload, declared=declared)
    if what:
        return Skip(source.doc_id, source.source_path, f"not text: {what}")
    text, encoding, replacements = decode_bytes(payload, declared=declared)
    if declared and decode_declared(payload, declared) is None:
        warnings.append(f"declared encoding {declared!r} does not fit the bytes; decoded as {encoding}")
    if replacements:
        warnings.append(f"{replacements} undecodable bytes replaced (decoded as {encoding})")
    elif encoding not in ("utf-8", "utf-8-sig", "ascii", (declared or "").lower()):
        warnings.append(f"decoded as {encoding}")
    return text, encoding, replacements, warnings


def decode(source: Source, *, max_bytes: int = MAX_BYTES) -> Record | Skip:
    """Decode one source into a Record, or a Skip with the reason (never raises on bad content)."""
    payload = source.payload
    if isinstance(payload, bytes):
        decoded = _decode_bytes(source, payload, max_bytes)
        if isinstance(decoded, Skip):
            return decoded
        text, encoding, replacements, warnings = decoded
    else:
        problem = _cell_problem(source, max_bytes)
        if problem:
            return Skip(source.doc_id, source.source_path, problem)
        text, encoding, replacements, warnings = payload, "unicode", 0, []
    kind = source.kind
    meta = {key: normalise_text(value) for key, value in source.meta.items()}
    html_file = looks_like_html(text) and source.source_path.endswith(tuple(HTML_SUFFIXES))
    if kind == "html" or (kind == "text" and (is_markup(text) or html_file)):  # also XML saved as .txt
        text, html_meta = extract_html(text)
        for key, value in html_meta.items():
            if value and not meta.get(key):
                meta[key] = normalise_text(value)
        kind = "html"
    text, repairs = repair(normalise_text(text))  # escaped bytes decoded, mojibake repaired: each a warning
    warnings = [*warnings, *repairs]
    if not text.strip():
        return Skip(source.doc_id, source.source_path, "empty document (no text after decoding)")
    return Record(source.doc_id, source.source_path, text, kind, encoding, replacements, meta, warnings)


# ---------------------------------------------------------------------------------------------- files


def _file_type(mode: int) -> str:
    for test, what in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return "a special file"


def entry_problem(path: str | Path, root: str | Path) -> str | None:
    """Why ``path`` cannot be read as a file of the corpus folder ``root``, or None when it is a regular file
    inside it (a link counts as its target, which must be inside ``root`` too).

    >>> entry_problem("/etc/hostname", "seeds"), entry_problem("seeds/actors.csv", "seeds")
    ('outside the corpus folder', None)
    """
    link = "link to " if Path(path).is_symlink() else ""
    try:
        real = Path(path).resolve(strict=True)
        info = real.stat()
    except FileNotFoundError:
        return f"{link}a missing file"
    except (OSError, RuntimeError):
        return "a link that cannot be followed (a loop?)"
    if not real.is_relative_to(Path(root).resolve()):
        return f"{link}outside the corpus folder"
    if stat.S_ISREG(info.st_mode):
        return None
    return f"{link}{_file_type(info.st_mode)}" if link else f"not a regular file ({_file_type(info.st_mode)})"


def read_file(location: str | Path, *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, opened without following a link and without blocking on a FIFO; at most
    ``limit + 1`` bytes when ``limit`` is set (enough to tell that the file is over it).

    Raises:
        OSError: the file cannot be opened, or is not a regular file (then ``strerror`` says what it is).
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(location, flags)
    with os.fdopen(fd, "rb") as stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(0, f"not a regular file: {_file_type(mode)}")
        return stream.read() if limit is None else stream.read(limit + 1)


# ---------------------------------------------------------------------------------------------- tables


def _pick(columns, field_name: str, column_map: dict) -> str | None:
    if field_name in column_map:
        return column_map[field_name]
    lowered = {str(c).lower(): c for c in columns}
    for alias in COLUMN_ALIASES[field_name]:
        if alias in lowered:
            return lowered[alias]
    return None


def _clean_meta_value(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _table_rows(path: Path, what: str, *, lazy: bool = False) -> tuple[list[str], list[tuple[int, dict | str]], str]:
    """Columns and rows of a table or metadata file, decoded like an article, and the encoding used (CSV rows
    read as they are used with ``lazy``)."""
    try:
        data = read_file(path)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read {what} ({exc.strerror or exc})") from exc
    if binary := sniff_binary(data):
        raise CorpusError(f"{path}: cannot read {what} (not text: {binary})")
    text, encoding, _ = decode_bytes(data)
    try:
        header, rows = jsonl_rows(text) if path.suffix.lower() in (".jsonl", ".ndjson") else csv_rows(text, lazy=lazy)
    except ValueError as exc:
        raise CorpusError(f"{path}: {exc}") from exc
    return header, rows, encoding


def _check_map(path: Path, columns: list[str], column_map: dict) -> None:
    missing = [f"{name}={col}" for name, col in column_map.items() if col not in columns and name != "text"]
    if missing:
        raise CorpusError(f"{path}: --map names columns it does not have ({', '.join(missing)}; columns: "
                          f"{', '.join(map(str, columns))})")


def read_metadata(path: Path, *, column_map: dict | None = None,
                  warnings: list[tuple[str, str]] | None = None) -> dict[str, dict]:
    """Rows of a metadata.csv keyed by doc_id (file stem); malformed rows and a guessed encoding are appended
    to ``warnings`` as (doc_id, message)."""
    warnings = [] if warnings is None else warnings
    column_map = column_map or {}
    columns, rows, encoding = _table_rows(Path(path), "metadata")
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(("", f"{Path(path).name} decoded as {encoding}"))
    id_col = _pick(columns, "doc_id", column_map)
    if id_col is None or id_col not in columns:
        raise CorpusError(f"{path}: metadata needs a doc_id (or id, filename) column")
    _check_map(Path(path), columns, {k: v for k, v in column_map.items() if k in META_FIELDS})
    found = {name: _pick(columns, name, column_map) for name in META_FIELDS}
    metadata = {}
    for _line, record in rows:
        if isinstance(record, str):
            warnings.append(("", f"{Path(path).name}: {record}; row ignored"))
            continue
        doc_id = _clean_meta_value(record.get(id_col))
        doc_id = Path(doc_id).stem if id_col in ("filename", "file") else doc_id
        metadata[doc_id] = {name: _clean_meta_value(record.get(col)) for name, col in found.items() if col}
    return metadata


def _table_sources(path: Path, *, text_column: str | None, column_map: dict) -> tuple[SourceList, list[Skip],
                                                                                     list[tuple[str, str]]]:
    columns, rows, encoding = _table_rows(path, f"as {path.suffix[1:]}", lazy=True)
    mapping = {**column_map, **({"text": text_column} if text_column else {})}
    text_col = _pick(columns, "text", mapping)
    if text_col is None or text_col not in columns:
        wanted = text_column or "/".join(COLUMN_ALIASES["text"])
        raise CorpusError(f"{path}: no text column '{wanted}' (columns: {', '.join(map(str, columns))}); "
                          "name it with --text-column")
    _check_map(path, columns, column_map)
    id_col = _pick(columns, "doc_id", mapping)
    fields = {name: _pick(columns, name, mapping) for name in META_FIELDS}
    sources, skipped = SourceList(Source), []
    warnings = [] if encoding in ("utf-8", "utf-8-sig", "ascii") else [("", f"{path.name} decoded as {encoding}")]
    for i, (line, record) in enumerate(rows):
        if isinstance(record, str):
            skipped.append(Skip(f"row{i:06d}", f"{path.name}#line{line}", record))
            continue
        doc_id = (_clean_meta_value(record.get(id_col)) if id_col else "") or f"row{i:06d}"
        meta = {name: _clean_meta_value(record.get(col)) for name, col in fields.items() if col}
        text = record.get(text_col)
        if isinstance(text, dict | list):
            skipped.append(Skip(doc_id, f"{path.name}#{doc_id}", f"text column '{text_col}' holds no string"))
            continue
        text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
        kind = "html" if looks_like_html(text) else "table"
        sources.append(Source(doc_id, f"{path.name}#{doc_id}", text, kind, meta, location=str(path)))
    return sources, skipped, warnings


# ---------------------------------------------------------------------------------------------- discovery


@dataclass
class Inputs:
    """What a corpus path holds: sources to decode, plus warnings about the corpus itself."""

    sources: Sequence[Source]  # a SourceList (on disk) from discover
    warnings: list[tuple[str, str]]  # (doc_id, message)
    skipped: list[Skip]


def _doc_id(name: str) -> str:
    return Path(name[:-3] if name.lower().endswith(".gz") else name).stem or name


def _printable(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _entry(path: Path, root: Path, *, recursive: bool, companions: set[Path]) -> Iterator[Source | Skip]:
    """The source of one entry of a corpus folder, or its Skip; a subfolder's entries with ``recursive``."""
    name = path.relative_to(root).as_posix()
    doc_id = _doc_id(path.name)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        yield Skip(_printable(doc_id), _printable(name), "file name is not valid UTF-8")
        return
    is_dir = path.is_dir() and not path.is_symlink()
    if path.name.startswith("."):
        yield Skip(doc_id, name, f"hidden {'folder' if is_dir else 'file'} (its name starts with a dot)")
    elif is_dir and recursive:
        yield from _folder(path, root, recursive=recursive, companions=companions)
    elif is_dir:
        yield Skip(doc_id, name, "a subfolder (subfolders are not read)")
    elif (problem := entry_problem(path, root)) is not None:
        yield Skip(doc_id, name, problem)
    else:
        lower = path.name.lower()
        suffix = (Path(lower[:-3]).suffix or ".txt") if lower.endswith(".gz") else path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            yield Skip(doc_id, name, "a table inside a corpus folder is not read (pass it as the corpus instead)")
        elif suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            yield Skip(doc_id, name, f"unsupported file type '{''.join(path.suffixes[-2:]) or '(none)'}'")
        else:
            yield Source(doc_id, name, b"", "html" if suffix in HTML_SUFFIXES else "text", {},
                         location=str(path.resolve()))


def _folder(folder: Path, root: Path, *, recursive: bool, companions: set[Path]) -> Iterator[Source | Skip]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        if folder == root:
            raise CorpusError(f"cannot list {folder} ({exc.strerror})") from exc
        yield Skip(folder.name, folder.relative_to(root).as_posix(), f"cannot list the folder ({exc.strerror})")
        return
    for path in entries:
        if path not in companions:
            yield from _entry(path, root, recursive=recursive, companions=companions)


def _folder_inputs(root: Path, *, column_map: dict, metadata: str | Path | None, recursive: bool) -> Inputs:
    warnings: list[tuple[str, str]] = []
    meta_path = Path(metadata) if metadata else root / METADATA_NAME
    if metadata and not Path(metadata).is_file():
        raise CorpusError(f"--metadata file not found: {metadata}")
    if not metadata and os.path.lexists(meta_path) and (problem := entry_problem(meta_path, root)):
        raise CorpusError(f"{meta_path}: metadata not read: {problem}")
    meta_rows = (read_metadata(meta_path, column_map=column_map, warnings=warnings)
                 if meta_path.exists() else {})
    companions = {root / name for name in COMPANIONS} | {meta_path.absolute()}
    sources, skipped, known = SourceList(Source), [], set()
    for item in _folder(root, root, recursive=recursive, companions=companions):
        if isinstance(item, Source):
            item.meta = dict(meta_rows.get(item.doc_id, {}))
            sources.append(item)
            if meta_rows:
                known.add(item.doc_id)
        else:
            skipped.append(item)
    known |= {s.doc_id for s in skipped}
    for doc_id in sorted(set(meta_rows) - known):
        warnings.append((doc_id, f"{meta_path.name} has a row for '{doc_id}' but no such file exists"))
    return Inputs(sources, warnings, skipped)


def discover(path: str | Path, *, text_column: str | None = None, column_map: dict | None = None,
             metadata: str | Path | None = None, recursive: bool = False) -> Inputs:
    """List the documents of a corpus folder or file, sorted by doc_id, with their metadata.

    Every entry of a folder (of its subfolders too with ``recursive``) is a source or a skip with its reason.

    Raises:
        CorpusError: the path does not exist, holds no documents, or a table lacks its text column.
    """
    path = Path(path)
    column_map = column_map or {}
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    if path.is_dir():
        inputs = _folder_inputs(path.absolute(), column_map=column_map, metadata=metadata, recursive=recursive)
    elif not path.is_file():
        raise CorpusError(f"{path}: a corpus is a folder or a .csv/.jsonl file, not {_file_type(path.stat().st_mode)}")
    elif path.suffix.lower() not in TABLE_SUFFIXES:
        raise CorpusError(f"{path}: a corpus file must be .csv or .jsonl (or pass a folder of articles)")
    elif metadata:
        raise CorpusError("--metadata is for a folder corpus; a table corpus carries its metadata in its columns")
    else:
        sources, skipped, warnings = _table_sources(path, text_column=text_column, column_map=column_map)
        inputs = Inputs(sources, warnings, skipped)
    inputs.warnings.extend(inputs.sources.finish())  # repeated doc_ids renamed; sorted by doc_id
    if not inputs.sources and not inputs.skipped:
        raise CorpusError(f"no documents in {path} (expected .txt/.html files, or a .csv/.jsonl file)")
    return inputs


def read(source: Source, *, max_bytes: int = MAX_BYTES) -> Record | Skip:
    """Read a file source's bytes from disk (tables already hold theirs) and decode it.

    The file is opened without following a link and must be a regular file; a file replaced by a link or a
    FIFO after discovery is skipped, never read.
    """
    if source.kind in ("text", "html") and source.payload == b"":
        location = source.location or source.source_path
        try:
            data = read_file(location, limit=max_bytes)
            size = len(data) if len(data) <= max_bytes else max(len(data), os.stat(location).st_size)
        except OSError as exc:
            reason = "it became a link" if exc.errno == errno.ELOOP else exc.strerror or str(exc)  # O_NOFOLLOW
            return Skip(source.doc_id, source.source_path, f"cannot read file ({reason})")
        if size > max_bytes:
            return Skip(source.doc_id, source.source_path, _too_large(size, max_bytes))
        if not data.strip():
            return Skip(source.doc_id, source.source_path, "empty file")
        source = Source(source.doc_id, source.source_path, data, source.kind, source.meta, source.location)
    return decode(source, max_bytes=max_bytes)


# ---------------------------------------------------------------------------------------------- values


def sha256_text(text: str) -> str:
    """Hex sha256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_column_map(pairs: list[str] | None) -> dict[str, str]:
    """Parse ``field=column`` flags into a mapping, refusing unknown fields.

    >>> parse_column_map(["text=maintext", "outlet=source_domain"])
    {'text': 'maintext', 'outlet': 'source_domain'}
    """
    mapping = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or key not in COLUMN_ALIASES:
            raise CorpusError(f"--map takes FIELD=COLUMN with FIELD one of {', '.join(COLUMN_ALIASES)}; got {pair!r}")
        mapping[key] = value
    return mapping
