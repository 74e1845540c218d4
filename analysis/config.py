"""What a run depends on besides the corpus: the ``Config`` and the input files found beside a corpus.

A corpus may come with its own ``actors.csv``, ``targets.csv`` and ``metadata.csv``; every command (``run``,
``report``, ``validate``) and every notebook finds them here, the same way: a file named explicitly wins,
else the file of that name beside the corpus (in the corpus folder, or beside a ``.csv``/``.jsonl`` corpus)
when it exists, else none.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from pathlib import Path

from analysis.corpus import MAX_BYTES, CorpusError

__all__ = ["Config", "folder_of", "input_file", "file_sha256"]

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

    def key(self) -> dict:
        """The configuration as plain data, with the contents' hashes of the files it names."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in FILES:
            if data[name]:
                data[f"{name}_sha256"] = file_sha256(Path(data[name]))
        return data

    def runs(self, stage: str) -> bool:
        """Whether ``stage`` is one of the stages this configuration asks for."""
        return self.stages is None or stage in self.stages


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
    """
    if given:
        if check and not Path(given).is_file():
            raise CorpusError(f"--{name.replace('_', '-')} file not found: {given}")
        return str(given)
    candidate = folder_of(corpus) / f"{name}.csv"
    return str(candidate) if candidate.is_file() else None
