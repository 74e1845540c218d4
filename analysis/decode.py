"""Bytes to text: the encoding of a document, its normalisation, and the binary files that are not text.

Decoding follows the order the ingestion tools converge on (trafilatura ``utils.decode_file``, jusText
``decode_html``): byte-order mark, then a declared encoding (metadata column ``encoding`` or an HTML meta
charset), then strict UTF-8, then the most plausible single-byte web encoding or charset_normalizer's guess,
and only then UTF-8 with replacement characters, counted. Text is normalised to NFC with LF line ends and
without control characters.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SINGLE_BYTE_CANDIDATES", "decode_bytes", "plausibility", "guess_encoding", "normalise_text",
           "sniff_binary", "is_markup", "looks_like_html"]


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
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _declared_encoding(data: bytes, declared: str | None) -> str | None:
    if declared:
        return declared
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str, int]:
    """Decode bytes to text; return (text, encoding used, number of replacement characters introduced).

    >>> decode_bytes("Kyiv – Київ".encode("utf-8"))[:2]
    ('Kyiv – Київ', 'utf-8')
    >>> decode_bytes("Москва заявила".encode("cp1251"))[:2]
    ('Москва заявила', 'cp1251')
    """
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, 0
    declared = _declared_encoding(data, declared)
    if declared:
        try:
            return data.decode(declared), declared.lower(), 0
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    encoding = guess_encoding(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
        return text, encoding, text.count("\ufffd")
    text = data.decode("utf-8", errors="replace")
    return text, "utf-8 (with replacements)", text.count("\ufffd")


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
    """NFC, LF line ends, no control characters or BOM (tabs and newlines kept).

    >>> normalise_text("Kie\\u0301v\\r\\nline\\x00two\\ufeff")
    'Kiév\\nlinetwo'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def sniff_binary(data: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")) and sample.count(b"\x00") > len(sample) // 10:
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
