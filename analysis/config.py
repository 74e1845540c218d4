"""What a run depends on besides the corpus: the ``Config`` and the input files found beside a corpus.

A corpus may come with its own ``actors.csv``, ``targets.csv`` and ``metadata.csv``; every command (``run``,
``report``, ``validate``) and every notebook finds them here, the same way: a file named explicitly wins,
else the file of that name beside the corpus (in the corpus folder, or beside a ``.csv``/``.jsonl`` corpus)
when it exists, else none.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from analysis.corpus import MAX_BYTES, CorpusError, entry_problem, read_file

__all__ = ["Config", "ConfigError", "MAX_WORKERS", "folder_of", "input_file", "file_sha256", "max_bytes_of",
           "workers_of"]

MAX_WORKERS = 256  # a process pool forks all its workers at once: a typo must not fork a million


class ConfigError(CorpusError):
    """An option value that cannot be used (the message is one line naming the option)."""

FILES = ("actors", "targets", "metadata", "lexicon", "frame_cues", "role_cues", "topic_words")


@dataclass
class Config:
    """Everything a run depends on besides the corpus; picklable, hashed into the cache key."""

    max_bytes: int = MAX_BYTES
    text_column: str | None = None
    column_map: dict = field(default_factory=dict)
    metadata: str | None = None
    actors: str | None = None
    targets: str | None = None
    stages: tuple[str, ...] | None = None  # None: every stage
    lexicon: str | None = None  # lexical-variant table (default analysis/data/lexical_variants.csv)
    frame_cues: str | None = None  # frame cue table (default analysis/data/frame_cues.csv)
    role_cues: str | None = None  # actor role cue table (default analysis/data/role_cues.csv)
    topic_words: str | None = None  # news topic words for compound_news (default analysis/data/news_topic_words.txt)
    recursive: bool = False  # a folder corpus's subfolders are read too (and their entries accounted for)
    # Lines repeated across the corpus's documents, per outlet ("" for documents without one): found from the
    # corpus itself before a run (``reading.with_repeated_lines``), so not part of the key.
    repeated_lines: dict | None = None

    def __post_init__(self):
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be a whole number of bytes of at least 1, got {self.max_bytes!r}")

    def key(self) -> dict:
        """The configuration as plain data, with the contents' hashes of the files it names (``recursive`` only
        when set, so the key of a run without it is the same as before the option existed)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)
                if (f.name != "recursive" or self.recursive) and f.name != "repeated_lines"}
        for name in FILES:
            if data[name]:
                data[f"{name}_sha256"] = file_sha256(Path(data[name]))
        return data

    def runs(self, stage: str) -> bool:
        """Whether ``stage`` is one of the stages this configuration asks for."""
        return self.stages is None or stage in self.stages


def max_bytes_of(megabytes: float) -> int:
    """The byte cap of a ``--max-mb`` value, refusing values that are not a positive, finite size.

    >>> max_bytes_of(20), max_bytes_of(0.5)
    (20000000, 500000)
    """
    if not isinstance(megabytes, int | float) or not math.isfinite(megabytes) or megabytes * 1e6 < 1:
        raise ConfigError(f"--max-mb must be a positive number of megabytes, got {megabytes!r}")
    return int(megabytes * 1e6)


def workers_of(value: int | str | None, *, name: str = "--workers") -> int | None:
    """A number of worker processes from 1 to MAX_WORKERS (None: the default).

    >>> workers_of(None), workers_of("2", name="NEWSFRAME_WORKERS")
    (None, 2)
    """
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= MAX_WORKERS or str(number) != str(value).strip():
        raise ConfigError(f"{name} must be a whole number from 1 to {MAX_WORKERS}, got {value!r}")
    return number


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, or ``"missing"`` when it cannot be read."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


def folder_of(corpus: str | Path) -> Path:
    """The folder whose files go with a corpus: the corpus folder itself, or the folder of a table corpus."""
    corpus = Path(corpus)
    return corpus if corpus.is_dir() else corpus.parent


def input_file(corpus: str | Path, name: str, given: str | Path | None = None, *, check: bool = False
               ) -> str | None:
    """The file of kind ``name`` ("actors", "targets", ...) for a corpus.

    ``given`` when set (with ``check``, a ``CorpusError`` when it is not a file), else ``NAME.csv`` beside the
    corpus when it is a file, else None.

    >>> input_file("seeds", "targets")
    'seeds/targets.csv'
    >>> input_file("seeds", "actors", "my_actors.csv")
    'my_actors.csv'
    >>> input_file("seeds", "gold") is None
    True

    Raises:
        CorpusError: with ``check``, ``given`` is not a file, or the file is not UTF-8 text (the metadata file
            excepted); or the file beside the corpus is a link that leaves its folder, or a FIFO or device.
    """
    option = f"--{name.replace('_', '-')}"
    if given:
        if check and not Path(given).is_file():
            raise CorpusError(f"{option} file not found: {given}")
        path = Path(given)
    else:
        path = folder_of(corpus) / f"{name}.csv"
        if not os.path.lexists(path):
            return None
        problem = entry_problem(path, folder_of(corpus))
        if problem:
            raise CorpusError(f"{path}: not read, {problem}; name the file with {option}")
    if check and name != "metadata":  # the metadata file is decoded like an article; the others are UTF-8
        _check_utf8(path, option)
    return str(path)


def _check_utf8(path: Path, option: str) -> None:
    try:
        read_file(path).decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"{option} file {path} cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{option} file {path} is not UTF-8 text (byte {exc.start}: {exc.reason}); save it as "
                          "UTF-8") from exc
