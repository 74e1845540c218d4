"""Cleaning: strip page furniture and publisher appeals from article text, logging every removed span.

The rules are general, line-based and ordered, after the boilerplate-removal literature (Kohlschütter et al.
2010, "Boilerplate detection using shallow text features": short lines without sentence punctuation at the
edges of a page are furniture; jusText's length and link-density classes). Each removed span is reported with
its reason; the cleaned text is exactly the raw text with those spans cut out, so ``len(raw) ==
len(cleaned) + sum(removed lengths)`` and nothing is lost. Raw inputs are never modified.

Reasons: ``title`` (kept apart in ``documents.title``), ``duplicate_title``, ``section_label``,
``image_markup``, ``punctuation_only``, ``publisher_appeal``, ``trailing_furniture`` and the reasons named in
``analysis/data/furniture.csv``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from analysis import columns as C
from analysis.resources import read_table, read_word_list

__all__ = ["IMAGE_MARKUP", "MAX_TITLE_WORDS", "SHORT_LINE_WORDS", "Cleaned", "furniture_reason", "appeal_score",
           "strip", "removed_rows", "removed_frame"]

IMAGE_MARKUP = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_EDGE_PUNCT = " \t•·*-–—|>»›→:.…!()[]"
_SENTENCE_END = re.compile(r"[.!?…\"”’»)]\s*$")
_WORDS = re.compile(r"\w+")
MAX_TITLE_WORDS = 25
SHORT_LINE_WORDS = 4
_CREDIT_REASONS = {"byline", "caption_credit", "copyright", "tags"}


@dataclass
class Cleaned:
    """The result of cleaning one text: the kept text, the removed spans and the detected title."""

    text: str
    title: str
    removed: list[tuple[int, int, str]] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _furniture() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(row["pattern"]), row["reason"]) for row in read_table("furniture.csv")]


@functools.lru_cache(maxsize=1)
def _appeal_cues() -> tuple[str, ...]:
    return tuple(read_word_list("appeal_cues.txt"))


def _normalise(line: str) -> str:
    return unicodedata.normalize("NFKC", line).strip().strip(_EDGE_PUNCT).lower()


def _same_text(a: str, b: str) -> bool:
    return bool(a) and " ".join(_WORDS.findall(a.lower())) == " ".join(_WORDS.findall(b.lower()))


def furniture_reason(line: str) -> str | None:
    """The furniture reason of a whole line, or None.

    >>> furniture_reason("Post a Comment"), furniture_reason("Peskov said so.")
    ('comments_widget', None)
    """
    norm = _normalise(line)
    if not norm:
        return None
    for pattern, reason in _furniture():
        if pattern.fullmatch(norm):
            return reason
    return None


def appeal_score(line: str) -> int:
    """How many distinct publisher-appeal cues a line contains.

    >>> appeal_score("Your support makes a world of difference. Please donate.")
    3
    """
    low = line.lower()
    return sum(cue in low for cue in _appeal_cues())


def _n_words(line: str) -> int:
    return len(_WORDS.findall(line))


def _is_short_fragment(line: str) -> bool:
    return _n_words(line) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(line.strip())


def _looks_like_headline(line: str, rest_words: int) -> bool:
    stripped = line.strip()
    n = _n_words(stripped)
    return 2 <= n <= MAX_TITLE_WORDS and not stripped.endswith((".", ",", ";", ":")) and rest_words >= 2 * n


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, cursor = [], 0
    for line in text.split("\n"):
        spans.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    return spans


def _appeal_block(texts: list[str], content: list[int]) -> list[int]:
    """Indices of a trailing publisher-appeal block, or [] when the tail is not one."""
    block, gap, total, strong_lines = [], 0, 0, 0
    for i in reversed(content):
        line = texts[i]
        score = appeal_score(line)
        qualifies = score > 0 or _n_words(line) <= 6 or furniture_reason(line) or IMAGE_MARKUP.fullmatch(
            line.strip()
        )
        if qualifies:
            block.append(i)
            gap = 0
            total += score
            strong_lines += score > 0
        else:
            gap += 1
            if gap > 1:
                break
            block.append(i)
    while block and not (appeal_score(texts[block[-1]]) or _n_words(texts[block[-1]]) <= 6):
        block.pop()
    # The block must open with an appeal line or a short heading, and carry real appeal weight.
    if strong_lines >= 2 and total >= 4:
        return sorted(block)
    return []


def _page_head(texts: list[str], body: list[int], title: str) -> list[int]:
    head = []
    for i in body:
        if not (_same_text(texts[i], title) or _is_short_fragment(texts[i])):
            break
        head.append(i)
    return head


def _line_reasons(texts: list[str], *, title: str) -> tuple[dict[int, str], str]:
    content = [i for i, line in enumerate(texts) if line.strip()]
    reasons: dict[int, str] = {}
    if not content:
        return reasons, title
    for i in content:
        line = texts[i].strip()
        if IMAGE_MARKUP.fullmatch(line):
            reasons[i] = "image_markup"
        elif not _WORDS.search(line):
            reasons[i] = "punctuation_only"
        elif (reason := furniture_reason(line)) and _n_words(line) <= (30 if reason in _CREDIT_REASONS else 12):
            reasons[i] = reason
    body = [i for i in content if i not in reasons]
    if not title and body and _looks_like_headline(texts[body[0]], sum(_n_words(texts[i]) for i in body[1:])):
        title = texts[body[0]].strip()
    if title:
        # Headline lines are looked for only in the page head: the lines before the first body paragraph
        # (anything that is neither the headline nor a short fragment). A cleaned text has the same head
        # without its headline lines, so cleaning it again changes nothing.
        for i in _page_head(texts, body, title):
            if _same_text(texts[i], title):
                reasons[i] = "title" if "title" not in reasons.values() else "duplicate_title"
    titled = [i for i, r in reasons.items() if r.endswith("title")]
    for i in content:
        # Short labels above the last headline line ("News", "World | Europe").
        if titled and i < max(titled) and i not in reasons and _is_short_fragment(texts[i]):
            reasons[i] = "section_label"
    for i in _appeal_block(texts, [i for i in content if reasons.get(i) != "title"]):
        reasons.setdefault(i, "publisher_appeal")
    for i in reversed([i for i in content if i not in reasons]):
        if _is_short_fragment(texts[i]):
            reasons[i] = "trailing_furniture"
        else:
            break
    return reasons, title


def strip(text: str, *, title: str = "") -> Cleaned:
    """Remove furniture lines and inline image markup from one decoded text.

    Args:
        text: the decoded article text (never modified).
        title: a known title (from metadata); when empty the first line is taken as the title if it looks
            like a headline.

    Returns:
        Cleaned text, the title, and removed (start, end, reason) spans in ``text``'s offsets.

    >>> out = strip("Peace Talks Begin\\nNews\\nPeace Talks Begin\\nTalks began on Monday in Geneva.\\nShare")
    >>> out.title, out.text
    ('Peace Talks Begin', 'Talks began on Monday in Geneva.\\n')
    >>> [reason for _, _, reason in out.removed]
    ['title', 'section_label', 'duplicate_title', 'share_buttons']
    """
    spans = _lines(text)
    texts = [text[s:e] for s, e in spans]
    reasons, title = _line_reasons(texts, title=title)
    removed: list[tuple[int, int, str]] = []
    for i, (start, end) in enumerate(spans):
        if i in reasons:
            stop = end + 1 if end < len(text) and text[end] == "\n" else end
            removed.append((start, stop, reasons[i]))
        else:
            removed.extend((start + m.start(), start + m.end(), "image_markup")
                           for m in IMAGE_MARKUP.finditer(texts[i]))
    removed.sort()
    kept, cursor = [], 0
    for start, end, _ in removed:
        kept.append(text[cursor:start])
        cursor = end
    kept.append(text[cursor:])
    return Cleaned(text="".join(kept), title=title.strip(), removed=removed)


def removed_rows(doc_id: str, raw: str, cleaned: Cleaned) -> list[tuple]:
    """The ``removed`` rows of one document as tuples (collect a chunk's, then build one frame).

    >>> raw = "Body text that is long enough to be a paragraph.\\nShare"
    >>> removed_rows("d", raw, strip(raw))
    [('d', 49, 54, 'Share', 'share_buttons')]
    """
    return [(doc_id, s, e, raw[s:e], r) for s, e, r in cleaned.removed]


def removed_frame(rows: list[tuple]) -> pd.DataFrame:
    """The ``removed`` table from rows of ``removed_rows``."""
    return pd.DataFrame(rows, columns=list(C.REMOVED)).astype({"start_raw": "int64", "end_raw": "int64"})
