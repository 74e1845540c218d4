"""Column names of the output contract, held once.

Every stage builds its frames from these tuples, so a column cannot be renamed in one place and missed in
another. The tables may carry more columns than the contract's (listed in ``EXTRA``); the contract's names and
meanings do not change (see DESIGN.md and the README's data dictionary).
"""

from __future__ import annotations

__all__ = ["DOCUMENTS", "REMOVED", "SENTENCES", "MENTIONS", "QUOTES", "SENTIMENT", "STANCE", "FRAMES", "LEXICAL",
           "SKIPPED", "WARNINGS", "CONTRACT", "EXTRA", "STANCE_LABELS", "QUOTE_KINDS", "SPEAKER_TYPES"]

DOCUMENTS = (
    "doc_id",
    "source_path",
    "title",
    "outlet",
    "date",
    "url",
    "language",
    "n_paragraphs",
    "n_sentences",
    "n_tokens",
    "chars_removed",
)
REMOVED = ("doc_id", "start_raw", "end_raw", "text", "reason")
SENTENCES = ("doc_id", "sent_id", "paragraph_id", "start", "end", "text")
MENTIONS = (
    "doc_id",
    "sent_id",
    "actor",
    "affiliation",
    "actor_type",
    "surface",
    "start",
    "end",
    "known",
)
QUOTES = (
    "doc_id",
    "quote_id",
    "kind",
    "speaker",
    "affiliation",
    "speaker_type",
    "cue",
    "text",
    "start",
    "end",
)
SENTIMENT = ("doc_id", "sent_id", "compound", "pos", "neu", "neg")
STANCE = ("doc_id", "speaker", "target", "stance", "score", "evidence")
FRAMES = ("doc_id", "sent_id", "frame", "cues")
LEXICAL = ("doc_id", "sent_id", "term", "variant_of", "side", "start", "end")

# Records of what the run could not use, or used with a caveat.
SKIPPED = ("source_path", "doc_id", "reason")
WARNINGS = ("doc_id", "stage", "message")

CONTRACT = {
    "documents": DOCUMENTS,
    "removed": REMOVED,
    "sentences": SENTENCES,
    "mentions": MENTIONS,
    "quotes": QUOTES,
    "sentiment": SENTIMENT,
    "stance": STANCE,
    "frames": FRAMES,
    "lexical": LEXICAL,
    "skipped": SKIPPED,
    "warnings": WARNINGS,
}

# Columns the kit adds beyond the contract (documented in the README's data dictionary).
EXTRA = {
    "documents": (
        "outlet_label",
        "author",
        "translated",
        "format",
        "encoding",
        "n_replacements",
        "raw_chars",
        "sha256",
        "near_duplicate_of",
        "text",
    ),
    "sentences": ("n_tokens", "is_heading"),
    "sentiment": ("compound_news", "label", "label_news", "topic_words", "name_words"),
}

# Stance labels, quote kinds and speaker types used across stages.
STANCE_LABELS = ("favor", "against", "neutral")
QUOTE_KINDS = ("direct", "partial", "indirect")
SPEAKER_TYPES = ("person", "organization", "media", "unknown")
