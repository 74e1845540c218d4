"""Raw input to text: the encoding of a document, its normalisation, the main text of markup (trafilatura),
gzip streams, the binary files that are not text, the rows of CSV and JSON Lines text, and metadata values
(dates, yes/no).

Decoding follows the order the ingestion tools converge on (trafilatura ``utils.decode_file``, jusText
``decode_html``): byte-order mark, then a declared encoding (metadata column ``encoding`` or an HTML meta
charset), then UTF-16 without a byte-order mark, then strict UTF-8, then UTF-8 with its few bad bytes
replaced (when valid multi-byte sequences outnumber them: a stray cp1252 byte in a UTF-8 article must not turn
every curly quote into mojibake), then the most plausible single-byte web encoding or charset_normalizer's
guess, and only then UTF-8 with replacement characters. Replaced bytes are always counted. Text is normalised
to NFC with LF line ends, without control characters or lone surrogates. Mojibake made before the kit read the
text (UTF-8 read as cp1252 or cp1251 and saved again) is repaired with ftfy, and the repair is a warning.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import unicodedata
from datetime import date as _date

import ftfy
import ftfy.badness
import pandas as pd

__all__ = ["MAX_BYTES", "SINGLE_BYTE_CANDIDATES", "decode_bytes", "decode_declared", "utf16_without_bom",
           "plausibility", "guess_encoding", "normalise_text", "repair_mojibake", "unescape_literal", "repair",
           "sniff_binary", "is_markup", "looks_like_html", "extract_html", "gunzip", "csv_rows", "jsonl_rows",
           "normalise_date", "parse_bool"]

MAX_BYTES = 20_000_000  # trafilatura's MAX_FILE_SIZE

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx, xlsx or zip)",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _declared_encoding(data: bytes, declared: str | None) -> str | None:
    if declared:
        return declared
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _replaced(text: str, data: bytes, encoding: str = "utf-8") -> int:
    """Replacement characters the decoding introduced (not those the bytes themselves encode)."""
    return max(0, text.count("\ufffd") - data.count("\ufffd".encode(encoding)))


def decode_declared(data: bytes, declared: str) -> str | None:
    """The bytes decoded strictly with a declared encoding, or None when the name is unknown or does not fit.

    >>> decode_declared("Talks".encode("utf-16-le"), "UTF-16LE"), decode_declared(b"\\xff", "utf-8")
    ('Talks', None)
    """
    try:
        if not codecs.lookup(declared)._is_text_encoding:  # rot13, base64: not a charset (str.decode's own test)
            return None
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when bytes without a byte-order mark read as UTF-16 text, else None.

    >>> utf16_without_bom("Kyiv said the talks went on.".encode("utf-16-le")), utf16_without_bom(b"\\x00\\x01" * 9)
    ('utf-16-le', None)
    """
    sample = data[:8192]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4 or sample.count(b"\x00") < len(sample) // 20:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        spaces = sum(map(text.count, " \n"))
        if not _CONTROL.search(text) and spaces >= len(text) / 20 and plausibility(text) > len(text) / 3:
            return name
    return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with replacements when valid multi-byte characters are at least as many as the bad bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = _replaced(text, data)
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return (text, bad) if good and good >= bad else None


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str, int]:
    """Decode bytes to text; return (text, encoding used, number of replacement characters introduced).

    >>> decode_bytes("Kyiv – Київ".encode("utf-8"))[:2]
    ('Kyiv – Київ', 'utf-8')
    >>> decode_bytes("Москва заявила".encode("cp1251"))[:2]
    ('Москва заявила', 'cp1251')
    >>> decode_bytes("Ukraine’s “bid”".encode("utf-8") + b" \\x92")
    ('Ukraine’s “bid” \\ufffd', 'utf-8', 1)
    """
    for bom, name, plain in ((b"\xef\xbb\xbf", "utf-8-sig", "utf-8"), (b"\xff\xfe", "utf-16", "utf-16-le"),
                             (b"\xfe\xff", "utf-16", "utf-16-be")):
        if data.startswith(bom):
            text = data.decode(name, errors="replace")
            return text, name, _replaced(text, data, plain)
    declared = _declared_encoding(data, declared)
    text = decode_declared(data, declared) if declared else None
    if text is not None:
        return text, declared.lower(), 0
    utf16 = utf16_without_bom(data)  # before UTF-8: ASCII-range UTF-16 bytes are valid UTF-8 too
    if utf16:
        text = data.decode(utf16, errors="replace")
        return text, utf16, _replaced(text, data, utf16)
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly:
        return mostly[0], "utf-8", mostly[1]
    encoding = guess_encoding(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
        return text, encoding, text.count("\ufffd")
    text = data.decode("utf-8", errors="replace")
    return text, "utf-8 (with replacements)", _replaced(text, data)


SINGLE_BYTE_CANDIDATES = ("cp1252", "cp1251", "koi8-r", "cp1250", "iso8859-7", "cp1254")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else "?"


def plausibility(text: str) -> float:
    """How much a decoded text looks like natural language: letters in words of one script with an ordinary
    case pattern count for, odd symbols and implausible words against (used to choose an encoding).

    >>> plausibility("Украина") > plausibility("Óęđŕżíŕ")
    True
    """
    score = 0.0
    for word in re.findall(r"[^\W\d_]+", text):
        scripts = {_script(c) for c in word}
        non_ascii = sum(ord(c) > 127 for c in word) / len(word)
        cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        latin_odd = scripts == {"LATIN"} and non_ascii > 0.4 and len(word) > 2
        score += len(word) if len(scripts) == 1 and cased and not latin_odd else -len(word)
    score -= 3 * sum(unicodedata.category(c) in ("So", "Co", "Cn") or "\u2500" <= c <= "\u259f" for c in text)
    return score


def guess_encoding(data: bytes) -> str | None:
    """The most plausible encoding of non-UTF-8 bytes among common web encodings and charset_normalizer's
    guess (short texts defeat statistical detectors alone; cp1252 wins ties).

    >>> guess_encoding("Київ".encode("cp1251")), guess_encoding("café crème".encode("latin-1"))
    ('cp1251', 'cp1252')
    """
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    candidates = list(SINGLE_BYTE_CANDIDATES)
    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        name = best.encoding.replace("_", "-")
        if name not in candidates:
            candidates.append(name)
    scored = []
    for rank, name in enumerate(candidates):
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(text), -rank, name))
    return max(scored)[2] if scored else None


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no control characters or BOM (tabs and newlines kept), lone surrogates replaced.

    >>> normalise_text("Kie\\u0301v\\r\\nline\\x00two\\ufeff\\ud800")
    'Kiév\\nlinetwo\\ufffd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return unicodedata.normalize("NFC", text)


def repair_mojibake(text: str) -> str:
    """Text that was decoded with the wrong encoding before it reached the kit ("вЂ”" or "â€”" for "—",
    "FranÃ§ois"), restored by ftfy's ``fix_encoding``, which changes a sequence only when it is far likelier
    to be mojibake than text; everything else is returned as it was.

    A no-break space read as Windows-1251 ("В" and the space: "taken byВ\u00a0Russia") is too short a sequence
    for ftfy to judge; between two characters that are not Cyrillic it is restored too.

    >>> repair_mojibake("modern artillery вЂ” all that we asked"), repair_mojibake("Москва — Київ")
    ('modern artillery — all that we asked', 'Москва — Київ')
    >>> repair_mojibake("taken by\u0412\u00a0Russia"), repair_mojibake("\u041a\u0412\u00a0")
    ('taken by\xa0Russia', 'КВ\xa0')
    """
    if _MOJIBAKE_CHARS.isdisjoint(text):
        return text  # no sequence ftfy takes for mojibake can be in it: ftfy would return it as it is
    return CP1251_NO_BREAK_SPACE.sub("\u00a0", ftfy.fix_encoding(text))


# A run of escaped bytes written out as text ("\\xe2\\x80\\x94"), and the escapes of a Python string's repr.
_ESCAPED_BYTES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_ESCAPED_UTF8 = re.compile(r"\\x[c-fC-F][0-9a-fA-F]\\x[89abAB][0-9a-fA-F]")
_ESCAPED_BREAK = re.compile(r"\\[nrt]")


def unescape_literal(text: str) -> str:
    r"""Text stored as the repr of its bytes before it reached the kit ("Ukraine\xe2\x80\x99s", "</p>\n<p>"):
    runs of escaped bytes that are UTF-8 become their characters, a literal line break a line break and a literal
    tab or carriage return a space.
    Only a text with at least two escaped UTF-8 characters, or five literal line breaks, is changed, so a lone
    "C:\new" or a regular expression quoted in an article stays as written.

    >>> unescape_literal(r"Ukraine\xe2\x80\x99s army \xe2\x80\x94 and\n more")
    'Ukraine’s army — and\n more'
    >>> unescape_literal(r"saved to C:\new\x41")
    'saved to C:\\new\\x41'
    """
    if len(_ESCAPED_UTF8.findall(text)) < 2 and len(_ESCAPED_BREAK.findall(text)) < 5:
        return text

    def bytes_of(match: re.Match) -> str:
        data = bytes(int(h, 16) for h in re.findall(r"[0-9a-fA-F]{2}", match.group()))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()  # not UTF-8: left as written

    text = _ESCAPED_BYTES.sub(bytes_of, text).replace("\\'", "'")
    return _ESCAPED_BREAK.sub(lambda m: "\n" if m.group() == "\\n" else " ", text)


def repair(text: str) -> tuple[str, list[str]]:
    """Escaped bytes decoded (``unescape_literal``) and mojibake repaired (``repair_mojibake``), with one warning
    per repair made."""
    warnings = []
    unescaped = unescape_literal(text)
    if unescaped != text:
        warnings.append("escaped bytes decoded (text stored as the repr of its bytes: '\\xe2\\x80\\x94' for '—')")
    repaired = repair_mojibake(unescaped)
    if repaired != unescaped:
        warnings.append("mojibake repaired (text once decoded with the wrong encoding, such as 'вЂ”' or 'â€”' for '—')")
    return repaired, warnings


def _class_chars(members: str) -> set[str]:
    """The characters of a regular-expression character class's contents ("a-cx" -> a, b, c, x)."""
    chars, i = set(), 0
    while i < len(members):
        if i + 2 < len(members) and members[i + 1] == "-":
            chars.update(map(chr, range(ord(members[i]), ord(members[i + 2]) + 1)))
            i += 3
        else:
            chars.add(members[i])
            i += 1
    return chars


# Every sequence ftfy's badness test takes for mojibake holds one character of these categories (the others,
# "common" characters and opening and closing punctuation such as curly quotes and dashes, only ever appear
# beside one of them), so a text without any is returned unchanged without the test.
_MOJIBAKE_CHARS = frozenset().union(*(
    _class_chars(members) for name, members in ftfy.badness.MOJIBAKE_CATEGORIES.items()
    if name not in ("common", "start_punctuation", "end_punctuation")))


# UTF-8 C2 A0 (a no-break space) decoded as Windows-1251: "В" and a no-break space, after a non-Cyrillic character.
CP1251_NO_BREAK_SPACE = re.compile(r"(?<=[^\u0400-\u04ff\s])\u0412\u00a0(?![\u0400-\u04ff])")


def sniff_binary(data: bytes, *, declared: str | None = None) -> str | None:
    """What a binary file is (by its magic number, or "binary data" when NUL bytes are common), else None.

    Bytes full of NULs are text when they decode with the ``declared`` encoding or read as UTF-16.

    >>> sniff_binary(b"%PDF-1.7"), sniff_binary("Talks".encode("utf-16-le"), declared="utf-16-le")
    ('a PDF document', None)
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")) and sample.count(b"\x00") > len(sample) // 10:
        if declared and decode_declared(data, declared) is not None or utf16_without_bom(data):
            return None
        return "binary data"
    return None


def is_markup(text: str) -> bool:
    """Whether a text file holds a markup document (an XML or HTML file saved as .txt, such as AP's NITF).

    >>> is_markup('<?xml version="1.0"?><nitf><body><p>Talks.</p></body></nitf>'), is_markup("Talks <b>began</b>.")
    (True, False)
    """
    return text.lstrip("\ufeff \t\r\n")[:9].lower().startswith(("<?xml", "<!doctype", "<html", "<nitf"))


def looks_like_html(data: bytes | str) -> bool:
    head = data[:1024].lower() if isinstance(data, bytes) else data[:1024].lower().encode("utf-8", "ignore")
    return bool(re.search(rb"<!doctype html|<html|<body|<article|<p>|<div", head))


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


def csv_rows(text: str, *, lazy: bool = False) -> tuple[list[str], list[tuple[int, dict | str]]]:
    """Header and rows of CSV text: (line, {column: value}) per row, or (line, reason) for a malformed row (a
    row whose number of fields is not the header's; blank rows are left out).

    >>> header, rows = csv_rows('id,text\\na,"Talks, again"\\nb,x,y\\n')
    >>> rows
    [(2, {'id': 'a', 'text': 'Talks, again'}), (3, 'malformed CSV row on line 3: 3 fields, the header has 2')]
    """
    csv.field_size_limit(2**31 - 1)  # article cells are long; the --max-mb cap applies per cell later
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as exc:
        raise ValueError(f"cannot read the header row ({exc})") from exc
    rows = _csv_records(reader, header)  # with ``lazy``, read as they are used
    return header, rows if lazy else list(rows)


def _csv_records(reader, header: list[str]):
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield line, f"malformed CSV row on line {line} ({exc})"
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield line, f"malformed CSV row on line {line}: {len(row)} fields, the header has {len(header)}"
            continue
        yield line, dict(zip(header, row, strict=True))


def jsonl_rows(text: str) -> tuple[list[str], list[tuple[int, dict | str]]]:
    """Keys and rows of JSON Lines text: (line, object) per line, or (line, reason) for a broken line.

    >>> jsonl_rows('{"id": 1}\\n[2]\\n')
    (['id'], [(1, {'id': 1}), (2, 'line 2 is not a JSON object')])
    """
    columns: dict[str, None] = {}
    rows: list[tuple[int, dict | str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            rows.append((number, f"invalid JSON on line {number} ({str(exc).splitlines()[0][:80]})"))
            continue
        if not isinstance(record, dict):
            rows.append((number, f"line {number} is not a JSON object"))
            continue
        columns.update(dict.fromkeys(map(str, record)))
        rows.append((number, {str(key): value for key, value in record.items()}))
    return list(columns), rows


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
