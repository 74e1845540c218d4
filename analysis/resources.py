"""Offline language resources: Punkt parameters, the VADER lexicon and the kit's data files.

Nothing is downloaded. Punkt (Kiss and Strunk 2006, as implemented in ``nltk.tokenize.punkt``) runs with
parameters the kit ships in ``analysis/data/`` rather than a trained pickle. VADER (Hutto and Gilbert 2014)
runs as nltk's ``SentimentIntensityAnalyzer``; nltk only reads resources from its data path, so the lexicon
that the ``vaderSentiment`` package installs is zipped into a project-local nltk data folder and that folder
is appended to ``nltk.data.path``. A user's own ``nltk_data`` with ``vader_lexicon`` is used first.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import zipfile
from importlib import resources as importlib_resources
from pathlib import Path

__all__ = ["DATA_DIR", "VADER_RESOURCE", "VADER_MEMBER", "ResourceError", "data_path", "read_word_list", "read_table",
           "read_checked", "punkt_parameters", "sentence_tokenizer", "nltk_data_dir", "install_vader_lexicon",
           "ensure_nltk_data", "vader", "code_fingerprint"]

DATA_DIR = Path(__file__).resolve().parent / "data"
VADER_RESOURCE = "sentiment/vader_lexicon.zip"
VADER_MEMBER = "vader_lexicon/vader_lexicon.txt"


class ResourceError(RuntimeError):
    """A language resource is missing; the message says how to fix it."""


def data_path(name: str) -> Path:
    """Path of a shipped data file in ``analysis/data``.

    >>> data_path("punkt_abbreviations.txt").name
    'punkt_abbreviations.txt'
    """
    path = DATA_DIR / name
    if not path.exists():
        raise ResourceError(f"shipped data file {name!r} is missing from {DATA_DIR}; reinstall the kit")
    return path


def read_word_list(name: str) -> list[str]:
    """Read a shipped one-item-per-line list, skipping ``#`` header lines and blanks.

    >>> "u.s" in read_word_list("punkt_abbreviations.txt")
    True
    """
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


# Parts of the package that present or score tables rather than compute them.
_NOT_COMPUTING = ("views", "reports", "validate", "templates", "__pycache__")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the code and data files that compute the tables (not views, reports or validation).

    A table folder records it in its manifest, so tables made by other code are recomputed, not reused.
    """
    package = DATA_DIR.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if path.is_file() and relative.parts[0] not in _NOT_COMPUTING and path.suffix != ".pyc":
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_checked(name: str | Path, required: tuple[str, ...], *, what: str = "data file") -> list[dict[str, str]]:
    """Rows of a data file (``read_table``), refusing one that cannot be read or lacks a required column or rows
    with a one-line ``ResourceError`` naming ``what`` it is."""
    try:
        rows = read_table(name)
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read {what} {name}: {exc}") from exc
    missing = [c for c in required if rows and c not in rows[0]]
    if not rows or missing:
        raise ResourceError(f"{what} {Path(name).name} needs the columns {', '.join(required)}"
                            + (f" (missing: {', '.join(missing)})" if missing else " and rows"))
    return rows


def read_table(name_or_path: str | Path) -> list[dict[str, str]]:
    """Read a CSV data file whose header lines start with ``#`` (the source note) into dict rows.

    >>> rows = read_table("furniture.csv")
    >>> sorted(rows[0])
    ['max_words', 'pattern', 'reason']
    """
    path = Path(name_or_path)
    if not path.is_absolute() and not path.exists():
        path = data_path(str(name_or_path))
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return [
        {key.strip(): (value or "").strip() for key, value in row.items() if key}
        for row in csv.DictReader(io.StringIO(body))
    ]


@functools.lru_cache(maxsize=1)
def punkt_parameters():
    """Punkt parameters built from the shipped abbreviation and sentence-starter lists."""
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.abbrev_types = set(read_word_list("punkt_abbreviations.txt"))
    params.sent_starters = set(read_word_list("punkt_sentence_starters.txt"))
    return params


@functools.lru_cache(maxsize=1)
def sentence_tokenizer():
    """An nltk Punkt tokenizer with the kit's parameters (no training, no download)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer(punkt_parameters())


def nltk_data_dir() -> Path:
    """The project-local nltk data folder: ``$NEWSFRAME_NLTK_DATA``, else ``.nltk_data`` in the checkout.

    Outside a checkout (an installed wheel) it falls back to a per-user cache folder.
    """
    override = os.environ.get("NEWSFRAME_NLTK_DATA")
    if override:
        return Path(override)
    checkout = DATA_DIR.parent.parent
    if (checkout / "pyproject.toml").exists():
        return checkout / ".nltk_data"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsframe" / "nltk_data"


def _vader_lexicon_source() -> bytes:
    try:
        ref = importlib_resources.files("vaderSentiment") / "vader_lexicon.txt"
        return ref.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ResourceError(
            "the VADER lexicon is missing: install the vaderSentiment package (pip install vaderSentiment)"
        ) from exc


def install_vader_lexicon(target: Path | None = None) -> Path:
    """Zip vaderSentiment's lexicon into ``target/sentiment/vader_lexicon.zip`` (atomically); return the zip."""
    from analysis.store import write_atomic

    final = (target or nltk_data_dir()) / "sentiment" / "vader_lexicon.zip"
    if final.exists():
        return final
    payload, archive_bytes = _vader_lexicon_source(), io.BytesIO()
    with zipfile.ZipFile(archive_bytes, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(VADER_MEMBER, date_time=(2014, 6, 1, 0, 0, 0)), payload)
    return write_atomic(final, archive_bytes.getvalue())


def ensure_nltk_data() -> None:
    """Make the VADER lexicon visible to nltk, preferring a user's own nltk_data."""
    import nltk

    try:
        nltk.data.find(VADER_RESOURCE)
        return
    except LookupError:
        pass
    folder = nltk_data_dir()
    try:
        install_vader_lexicon(folder)
    except OSError as exc:
        raise ResourceError(
            f"cannot write the nltk data folder {folder} ({exc.strerror}); set NEWSFRAME_NLTK_DATA to a "
            "writable folder or run 'python -m analysis setup'"
        ) from exc
    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))


@functools.lru_cache(maxsize=1)
def vader():
    """nltk's ``SentimentIntensityAnalyzer`` with the offline lexicon, built once per process."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    ensure_nltk_data()
    try:
        return SentimentIntensityAnalyzer()
    except LookupError as exc:
        raise ResourceError(
            "nltk cannot find the VADER lexicon; run 'python -m analysis setup' to build it offline"
        ) from exc
