"""Corpus loading: a folder of .txt/.html files (with an optional metadata.csv), or one .csv/.jsonl file.

Bytes become text in ``analysis.decode`` (encodings, normalisation, binary files). Gzip files are
decompressed; other binary files are skipped. HTML main text is extracted with trafilatura.

Bad input never raises past this module for a single document: it becomes a row of ``skipped`` (with the
reason) or ``warnings``. Only a corpus that cannot be read at all raises ``CorpusError`` (one line).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path

import pandas as pd

from analysis.decode import (
    decode_bytes,
    guess_encoding,
    is_markup,  # noqa: F401 - decode_bytes and guess_encoding were corpus's API
    looks_like_html,
    normalise_text,
    plausibility,
    sniff_binary,
)

__all__ = ["MAX_BYTES", "TEXT_SUFFIXES", "HTML_SUFFIXES", "TABLE_SUFFIXES", "METADATA_NAME", "META_FIELDS",
           "COLUMN_ALIASES", "CorpusError", "Source", "Record", "Skip", "decode_bytes", "gunzip",
           "plausibility", "guess_encoding", "normalise_text", "extract_html", "decode", "read_metadata", "Inputs",
           "discover", "read", "normalise_date", "parse_bool", "sha256_text", "parse_column_map"]

MAX_BYTES = 20_000_000  # trafilatura's MAX_FILE_SIZE
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
METADATA_NAME = "metadata.csv"
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
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def extract_html(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page, by trafilatura (with a plain lxml text fallback).

    >>> text, meta = extract_html("<html><head><title>Talks</title></head><body><article><p>Peskov said "
    ...     "the talks would go on, and that Moscow was open to a settlement.</p></article></body></html>")
    >>> "Peskov said" in text
    True
    """
    import trafilatura

    if not re.search(r"<html", html[:2048], re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"
    meta = {}
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True,
                               deduplicate=False) or ""
    try:
        info = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - metadata is optional; the text is what matters
        info = None
    if info is not None:
        meta = {"title": info.title or "", "date": info.date or "", "url": info.url or "",
                "outlet": info.sitename or ""}
    if not text.strip():
        import lxml.html

        try:
            root = lxml.html.fromstring(html)
            for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer"):
                bad.drop_tree()
            text = "\n".join(t.strip() for t in root.itertext() if t.strip())
        except (ValueError, lxml.etree.ParserError):
            text = ""
    return text, meta


def gunzip(data: bytes, *, max_bytes: int = MAX_BYTES) -> bytes | None:
    """The decompressed bytes of gzip ``data``, or None when they exceed ``max_bytes``.

    Decompression streams and stops one byte past the cap, so a small file that expands a thousandfold (a
    "gzip bomb") costs no more memory than the cap.

    >>> gunzip(gzip.compress(b"talks")), gunzip(gzip.compress(b"x" * 100), max_bytes=99)
    (b'talks', None)

    Raises:
        OSError, EOFError, zlib.error: the data is not a complete gzip stream.
    """
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        payload = stream.read(max_bytes + 1)
    return None if len(payload) > max_bytes else payload


def decode(source: Source, *, max_bytes: int = MAX_BYTES) -> Record | Skip:
    """Decode one source into a Record, or a Skip with the reason (never raises on bad content)."""
    payload = source.payload
    warnings: list[str] = []
    if isinstance(payload, bytes):
        if len(payload) > max_bytes:
            return Skip(source.doc_id, source.source_path,
                        f"file too large ({len(payload) / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB cap; "
                        "raise it with --max-mb)")
        if payload.startswith(b"\x1f\x8b"):
            try:
                payload = gunzip(payload, max_bytes=max_bytes)
            except (OSError, EOFError, zlib.error):
                return Skip(source.doc_id, source.source_path, "corrupt gzip file")
            if payload is None:
                return Skip(source.doc_id, source.source_path,
                            f"file too large after decompression (over the {max_bytes / 1e6:.0f} MB cap; raise it "
                            "with --max-mb)")
            warnings.append("gzip-compressed input decompressed")
        what = sniff_binary(payload)
        if what:
            return Skip(source.doc_id, source.source_path, f"not text: {what}")
        text, encoding, replacements = decode_bytes(payload, declared=source.meta.get("encoding") or None)
        if replacements:
            warnings.append(f"{replacements} undecodable bytes replaced (decoded as {encoding})")
        elif encoding not in ("utf-8", "utf-8-sig", "ascii"):
            warnings.append(f"decoded as {encoding}")
    else:
        text, encoding, replacements = payload, "unicode", 0
    kind = source.kind
    meta = dict(source.meta)
    html_file = looks_like_html(text) and source.source_path.endswith(tuple(HTML_SUFFIXES))
    if kind == "html" or (kind == "text" and (is_markup(text) or html_file)):  # also XML saved as .txt
        text, html_meta = extract_html(text)
        for key, value in html_meta.items():
            if value and not meta.get(key):
                meta[key] = value
        kind = "html"
    text = normalise_text(text)
    if not text.strip():
        return Skip(source.doc_id, source.source_path, "empty document (no text after decoding)")
    return Record(source.doc_id, source.source_path, text, kind, encoding, replacements, meta, warnings)


# ---------------------------------------------------------------------------------------------- discovery


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


def read_metadata(path: Path, *, column_map: dict | None = None) -> dict[str, dict]:
    """Rows of a metadata.csv keyed by doc_id (file stem); unknown columns are kept as they are."""
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read metadata ({exc.__class__.__name__}: {exc})".splitlines()[0]) from exc
    id_col = _pick(table.columns, "doc_id", column_map or {})
    if id_col is None:
        raise CorpusError(f"{path}: metadata needs a doc_id (or id, filename) column")
    rows = {}
    for record in table.to_dict("records"):
        doc_id = Path(str(record[id_col]).strip()).stem if id_col in ("filename", "file") else str(
            record[id_col]).strip()
        fields = {}
        for name in META_FIELDS:
            col = _pick(table.columns, name, column_map or {})
            if col is not None:
                fields[name] = _clean_meta_value(record.get(col))
        rows[doc_id] = fields
    return rows


def _table_sources(path: Path, *, text_column: str | None, column_map: dict) -> Iterator[Source]:
    try:
        if path.suffix.lower() == ".csv":
            table = pd.read_csv(path, dtype=str, keep_default_na=False)
        else:
            table = pd.read_json(path, lines=True, dtype=False)
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read as {path.suffix[1:]} ({str(exc).splitlines()[0]})") from exc
    mapping = dict(column_map)
    if text_column:
        mapping["text"] = text_column
    text_col = _pick(table.columns, "text", mapping)
    if text_col is None or text_col not in table.columns:
        wanted = text_column or "/".join(COLUMN_ALIASES["text"])
        raise CorpusError(f"{path}: no text column '{wanted}' (columns: {', '.join(map(str, table.columns))}); "
                          "name it with --text-column")
    id_col = _pick(table.columns, "doc_id", mapping)
    fields = {name: _pick(table.columns, name, mapping) for name in META_FIELDS}
    for i, record in enumerate(table.to_dict("records")):
        doc_id = _clean_meta_value(record.get(id_col)) if id_col else ""
        doc_id = doc_id or f"row{i:06d}"
        meta = {name: _clean_meta_value(record.get(col)) for name, col in fields.items() if col}
        text = record.get(text_col)
        text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
        kind = "html" if looks_like_html(text) else "text"
        yield Source(doc_id, f"{path.name}#{doc_id}", text, kind if kind == "html" else "table", meta,
                     location=str(path))


@dataclass
class Inputs:
    """What a corpus path holds: sources to decode, plus warnings about the corpus itself."""

    sources: list[Source]
    warnings: list[tuple[str, str]]  # (doc_id, message)
    skipped: list[Skip]


def discover(path: str | Path, *, text_column: str | None = None, column_map: dict | None = None,
             metadata: str | Path | None = None) -> Inputs:
    """List the documents of a corpus folder or file, sorted by doc_id, with their metadata.

    Raises:
        CorpusError: the path does not exist, holds no documents, or a table lacks its text column.
    """
    path = Path(path)
    column_map = column_map or {}
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    warnings: list[tuple[str, str]] = []
    skipped: list[Skip] = []
    if path.is_file():
        if path.suffix.lower() not in TABLE_SUFFIXES:
            raise CorpusError(f"{path}: a corpus file must be .csv or .jsonl (or pass a folder of articles)")
        sources = list(_table_sources(path, text_column=text_column, column_map=column_map))
    else:
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.name != METADATA_NAME and p.suffix.lower() not in {".csv", ".toml", ".json"})
        meta_path = Path(metadata) if metadata else path / METADATA_NAME
        meta_rows = read_metadata(meta_path, column_map=column_map) if meta_path.exists() else {}
        sources = []
        for file in files:
            suffix = file.suffix.lower().removesuffix(".gz") if file.suffix != ".gz" else Path(file.stem).suffix
            kind = "html" if suffix in HTML_SUFFIXES else "text"
            doc_id = file.name.split(".")[0] if file.suffix == ".gz" else file.stem
            if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and file.suffix.lower() != ".gz":
                skipped.append(Skip(doc_id, file.name, f"unsupported file type '{file.suffix or '(none)'}'"))
                continue
            sources.append(Source(doc_id, file.name, b"", kind, dict(meta_rows.get(doc_id, {})), location=str(file)))
        known = {s.doc_id for s in sources} | {s.doc_id for s in skipped}
        for doc_id in sorted(set(meta_rows) - known):
            warnings.append((doc_id, f"{meta_path.name} has a row for '{doc_id}' but no such file exists"))
    seen: dict[str, int] = {}
    for source in sources:
        count = seen.get(source.doc_id, 0)
        seen[source.doc_id] = count + 1
        if count:
            warnings.append((source.doc_id, f"duplicate doc_id renamed to {source.doc_id}~{count}"))
            source.doc_id = f"{source.doc_id}~{count}"
    sources.sort(key=lambda s: s.doc_id)
    if not sources and not skipped:
        raise CorpusError(f"no documents in {path} (expected .txt/.html files, or a .csv/.jsonl file)")
    return Inputs(sources, warnings, skipped)


def read(source: Source, *, max_bytes: int = MAX_BYTES) -> Record | Skip:
    """Read a file source's bytes from disk (tables already hold theirs) and decode it."""
    if source.kind in ("text", "html") and source.payload == b"":
        path = Path(source.location or source.source_path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                return Skip(source.doc_id, source.source_path,
                            f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB cap; raise it "
                            "with --max-mb)")
            data = path.read_bytes()
        except OSError as exc:
            return Skip(source.doc_id, source.source_path, f"cannot read file ({exc.strerror})")
        if not data.strip():
            return Skip(source.doc_id, source.source_path, "empty file")
        source = Source(source.doc_id, source.source_path, data, source.kind, source.meta, source.location)
    return decode(source, max_bytes=max_bytes)


# ---------------------------------------------------------------------------------------------- metadata


def normalise_date(value: str, *, today: _date | None = None) -> tuple[str, str | None]:
    """An ISO date (YYYY-MM-DD) from common forms, and a warning when the value is unusable or in the future.

    >>> normalise_date("March 13, 2025")
    ('2025-03-13', None)
    >>> normalise_date("2024-13-45")
    ('', "unreadable date '2024-13-45'")
    """
    value = (value or "").strip()
    if not value:
        return "", None
    if _ISO_DATE.fullmatch(value) and 1678 <= int(value[:4]) <= 2261:  # fast path; pandas' bounds kept
        try:
            day = _date.fromisoformat(value)
        except ValueError:
            day = None
        if day is not None:
            return value, (f"date {value} is in the future" if day > (today or _date.today()) else None)
    parsed = pd.to_datetime(value, errors="coerce", utc=True, format="mixed")
    if pd.isna(parsed):
        return "", f"unreadable date {value!r}"
    iso = parsed.strftime("%Y-%m-%d")
    if parsed.date() > (today or _date.today()):
        return iso, f"date {iso} is in the future"
    return iso, None


def parse_bool(value) -> bool | None:
    """Read a yes/no metadata value; None when empty or unreadable.

    >>> parse_bool("true"), parse_bool("0"), parse_bool("")
    (True, False, None)
    """
    text = str(value).strip().lower() if value is not None else ""
    if text in {"1", "true", "yes", "y", "t"}:
        return True
    if text in {"0", "false", "no", "n", "f"}:
        return False
    return None


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
