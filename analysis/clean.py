"""Cleaning: strip page furniture and publisher appeals from article text, logging every removed span.

The rules are general, line-based and ordered, after the boilerplate-removal literature (Kohlschütter et al.
2010, "Boilerplate detection using shallow text features": short lines without sentence punctuation at the
edges of a page are furniture; jusText's length and link-density classes). Each removed span is reported with
its reason; the cleaned text is exactly the raw text with those spans cut out, so ``len(raw) ==
len(cleaned) + sum(removed lengths)`` and nothing is lost. Raw inputs are never modified.

Reasons: ``title`` (kept apart in ``documents.title``), ``duplicate_title``, ``section_label``,
``image_markup``, ``punctuation_only``, ``publisher_appeal``, ``trailing_furniture``, ``promo_headline`` (a
headline of another story set in capitals), ``pull_quote`` (a line whose words repeat a longer line of the
body, in order), ``timestamp`` (a line of dates and times only), ``call_to_action`` (a publisher's appeal
addressed to the reader, anywhere on the page), ``link_list`` (three or more lines in a row without sentence
punctuation or bulleted headlines in title case: menus, "Read next" lists, footers; the page's headline stays)
and the reasons named in ``analysis/data/furniture.csv``, whose ``max_words`` column bounds the lines each
pattern may remove. A follow prompt that ends the last line ("... said. Follow X English:") is cut from that line.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from analysis import columns as C
from analysis import line_shapes
from analysis.resources import ResourceError, read_table, read_word_list

__all__ = ["IMAGE_MARKUP", "MAX_TITLE_WORDS", "SHORT_LINE_WORDS", "Cleaned", "furniture_reason", "appeal_score",
           "strip", "removed_rows", "removed_frame", "line_key", "byline_author"]

IMAGE_MARKUP = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_EDGE_PUNCT = " \t•·*-–—|>»›→:.…!()[]"
_SENTENCE_END = re.compile(r"[.!?…\"”’»)]\s*$")
_WORDS = re.compile(r"\w+")
MAX_TITLE_WORDS = 25
SHORT_LINE_WORDS = 4
LINE_MAX_WORDS = 12  # a furniture pattern removes lines up to this length unless its row says otherwise
CREDIT_MAX_WORDS = 30
PROMO_MIN_WORDS = 6
PULL_QUOTE_MIN_WORDS = 8
_FOLLOW_PROMPT = re.compile(r"[Ff]ollow\s[^.!?\n]{1,60}:")
_FOLLOW_TAIL = re.compile(r"(?<=[.!?”\"’])\s+([Ff]ollow\s[^.!?\n]{1,60}:)\s*$")
_CREDIT_REASONS = {"byline", "caption_credit", "copyright", "tags"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_CAPITALS = string.ascii_uppercase.encode()


@dataclass
class Cleaned:
    """The result of cleaning one text: the kept text, the removed spans and the detected title."""

    text: str
    title: str
    removed: list[tuple[int, int, str]] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _furniture() -> list[tuple[re.Pattern, str, int]]:
    """(pattern, reason, the longest line in words it may remove) of every row of ``furniture.csv``."""
    found = []
    for row in read_table("furniture.csv"):
        try:
            found.append((re.compile(row["pattern"]), row["reason"], int(row.get("max_words") or (
                CREDIT_MAX_WORDS if row["reason"] in _CREDIT_REASONS else LINE_MAX_WORDS))))
        except (re.error, ValueError) as error:  # an edited row: the run stops with one line, not per document
            raise ResourceError(f"furniture.csv: pattern {row.get('pattern')!r} cannot be read ({error})") from None
    return found


_UNSHAREABLE = re.compile(r"\\[1-9]|\(\?P[=<]|\(\?[aiLmsux]+\)")  # back references, names, global flags


@functools.lru_cache(maxsize=16)
def _any_furniture(words: int = 0) -> re.Pattern:
    """One regex that fully matches a line when any furniture pattern that may remove a line of ``words`` words
    does (or every line, when a pattern cannot be put in an alternation: a back reference, a group name or
    global flags). Callers pass a key of ``_length_key`` so that few of these are built."""
    sources = [pattern.pattern for pattern, _, max_words in _furniture() if max_words >= words]
    if any(_UNSHAREABLE.search(source) for source in sources):
        return re.compile(r"(?s:.*)")
    return re.compile("|".join(f"(?:{source})" for source in sources) or r"(?!)")


@functools.lru_cache(maxsize=1)
def _appeal_cues() -> tuple[str, ...]:
    return tuple(read_word_list("appeal_cues.txt"))


def _normalise(line: str) -> str:
    return unicodedata.normalize("NFKC", line).strip().strip(_EDGE_PUNCT).lower()


def _same_text(a: str, b: str) -> bool:
    return bool(a) and " ".join(_WORDS.findall(a.lower())) == " ".join(_WORDS.findall(b.lower()))


REPEATED_MAX_WORDS = 25  # longest line that counts as repeated furniture
REPEATED_SENTENCE_WORDS = 15  # a repeated line ending like a sentence counts only up to this length
_QUOTE_MARKS = re.compile(r"[“”„«»\"]")
_QUOTE_PAIR = re.compile(r"[“„«\"][^“”„«»\"]{2,}[”»\"]|‘[^’]{2,}’|(?<!\w)'[^']{2,}'(?!\w)")


def line_key(line: str) -> str | None:
    """The key a line is counted under across a corpus's documents (its words, lower case), or None when it
    cannot be furniture: longer than REPEATED_MAX_WORDS words, quoting someone, or a long sentence (wire
    updates repeat their background paragraphs; those are the article, not the page).

    >>> line_key("Sign up for our daily newsletter!"), line_key("“We will win,” she said.")
    ('sign up for our daily newsletter', None)
    """
    words = _WORDS.findall(line.lower())
    if len(words) < 2 or len(words) > REPEATED_MAX_WORDS or _QUOTE_MARKS.search(line):
        return None
    if len(words) > REPEATED_SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?")):
        return None
    return " ".join(words)


def furniture_reason(line: str, *, any_length: bool = False) -> str | None:
    """The furniture reason of a whole line, or None.

    A pattern removes a line only up to its ``max_words`` (``any_length`` ignores the limit). A line that
    opens with "Follow" and ends with a colon is a follow prompt ("Follow Al Jazeera English:").

    >>> furniture_reason("Post a Comment"), furniture_reason("Peskov said so.")
    ('comments_widget', None)
    >>> furniture_reason("READ MORE: 12 Telegram Accounts to Follow for the Latest Counteroffensive News")
    'related_links'
    """
    norm = _normalise(line)
    if not norm:
        return None
    n_words = _n_words(norm)  # most lines match no pattern: one test instead of one per row, and of the
    if _any_furniture(0 if any_length else _length_key(n_words)).fullmatch(norm):  # patterns long enough only
        for pattern, reason, max_words in _furniture():
            if pattern.fullmatch(norm) and (any_length or n_words <= max_words):
                return reason
    if _FOLLOW_PROMPT.fullmatch(line.strip()):
        return "subscription_prompt"
    return None


def _promo_headline(line: str) -> bool:
    """A headline of another story set in capitals inside the body ("TRUMP SAYS US WILL STAY IN NATO").

    >>> _promo_headline("TRUMP SAYS US WILL '100%' STAY IN NATO IF ALLIANCE TREATS AMERICA 'FAIRLY'")
    True
    >>> _promo_headline("NATO: WHAT NEXT"), _promo_headline("THE U.S. AND NATO AGREED ON IT."), _promo_headline("Calm.")
    (False, False, False)
    """
    if _n_words(line) < PROMO_MIN_WORDS:
        return False
    letters, capitals = _letters(line)
    return bool(letters) and capitals / letters >= 0.9 \
        and not line.strip().rstrip("'’\"”").endswith((".", "!", "?", "…"))


def _letters(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are letters (``str.isalpha``), and how many of those are capitals.

    ASCII is counted by deleting bytes (no loop over characters); only the other characters are looked at.

    >>> _letters("NATO’s 2 É-day"), _letters("")
    ((9, 5), (0, 0))
    """
    ascii_part = text.encode("ascii", "ignore")
    n = len(ascii_part)
    letters = n - len(ascii_part.translate(None, _ASCII_LETTERS))
    capitals = n - len(ascii_part.translate(None, _ASCII_CAPITALS))
    if not text.isascii():
        for char in _NON_ASCII.findall(text):
            if char.isalpha():
                letters += 1
                capitals += char.isupper()
    return letters, capitals


def _pull_quotes(texts: list[str], candidates: list[int]) -> list[int]:
    """Lines that repeat the words of another line of the text in order, as pull quotes do.

    A candidate has PULL_QUOTE_MIN_WORDS or more words and no final sentence punctuation; it is a pull quote
    when its words are a subsequence of a longer line's words that starts with the same three words.

    >>> lines = ["Germany joined in 1955 despite a dispute over occupied territory",
    ...          "But Germany joined in 1955 despite a dispute over occupied sovereign territory, he said."]
    >>> _pull_quotes(lines, [0, 1])
    [0]
    """
    words = {i: _WORDS.findall(texts[i].lower()) for i in candidates}
    found = []
    for i in candidates:
        mine = words[i]
        if len(mine) < PULL_QUOTE_MIN_WORDS or _SENTENCE_END.search(texts[i].strip().rstrip("”’\"'")):
            continue
        for j in candidates:
            theirs = words[j]
            if j != i and len(theirs) > len(mine) and _opens_run(mine, theirs) and _is_subsequence(mine, theirs):
                found.append(i)
                break
    return found


def _opens_run(short: list[str], long: list[str]) -> bool:
    head = short[:3]
    return any(long[k:k + 3] == head for k in range(len(long) - 2))


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def _follow_tail(line: str) -> tuple[int, int] | None:
    """The span of a follow prompt that ends the last line of a text ("... said. Follow Al Jazeera English:").

    >>> line = "Talks will resume, he said. Follow Al Jazeera English:"
    >>> s, e = _follow_tail(line); line[s:e]
    ' Follow Al Jazeera English:'
    """
    match = _FOLLOW_TAIL.search(line)
    return (match.start(), len(line)) if match and _n_words(match.group(1)) <= 8 else None


def appeal_score(line: str) -> int:
    """How many distinct publisher-appeal cues a line contains.

    >>> appeal_score("Your support makes a world of difference. Please donate.")
    3
    """
    low = line.lower()
    return sum(cue in low for cue in _appeal_cues())


@functools.lru_cache(maxsize=1024)
def _length_key(words: int) -> int:
    """The shortest ``max_words`` of the furniture patterns that is at least ``words`` (the patterns that may
    remove such a line are those of ``_any_furniture`` of it), or one past the longest when none is."""
    lengths = [m for _, _, m in _furniture()]
    return min((m for m in lengths if m >= words), default=max(lengths, default=0) + 1)


_n_words = functools.lru_cache(maxsize=4096)(lambda line: len(_WORDS.findall(line)))  # asked of a line by several rules


def _is_short_fragment(line: str) -> bool:
    return _n_words(line) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(line.strip())


def _looks_like_headline(line: str, rest_words: int) -> bool:
    stripped = line.strip()
    n = _n_words(stripped)
    return 2 <= n <= MAX_TITLE_WORDS and not stripped.endswith((".", ",", ";", ":")) and rest_words >= 2 * n


# A call to action addressed to the reader ("Sign up for our free morning briefing and get ...", "You've used all
# of your free articles"): the reader's pronoun or an imperative opening, and two publisher-appeal cues.
_TO_READER = re.compile(r"^(?:sign|subscribe|join|get|donate|support|become|register|download|listen|watch|"
                        r"follow|read|try|unlock|start|give)\b|\byou(?:r|['’]ve|['’]re|['’]ll)?\b", re.IGNORECASE)
CALL_MAX_WORDS = 40


def _call_to_reader(line: str) -> bool:
    return not _QUOTE_MARKS.search(line) and bool(_TO_READER.search(line)) and appeal_score(line) >= 2 and \
        _n_words(line) <= CALL_MAX_WORDS


RUN_MIN_LINES = 3  # consecutive lines without sentence punctuation that make a menu or a list of links
RUN_LINE_WORDS = 15


def _unpunctuated(line: str, *, colon: bool = False) -> bool:
    """A short line without sentence punctuation. A "Label: text" line ("1997: Blair wins the election", a fact
    box's entry) counts only with ``colon``: it joins a run but does not make one."""
    return _n_words(line) <= RUN_LINE_WORDS and not _SENTENCE_END.search(line.strip()) and \
        colon == bool(re.search(r"\w:\s+\w", line))


# A bulleted headline in title case, a question mark allowed ("- Is Using the Snooze Button Bad for You?").
_LISTED_HEADLINE = re.compile(r"[-•–]\s+(?:(?:[A-Z0-9][\w’'.-]*|[a-z]{1,3})[:,]?\s+){1,11}[A-Z0-9][\w’'.-]*[?!]?")


def _link_runs(texts: list[str], content: list[int], reasons: dict[int, str], title: str) -> list[int]:
    """Lines of runs of RUN_MIN_LINES or more lines without sentence punctuation (menus, "Read next" lists,
    footers), counting lines already found to be furniture. The page's headline stays, repeated or not: the
    known title, else of the lines of three words or more before the first paragraph the one a byline or a date
    follows, else the longest."""
    shape = {i: "furniture" if i in reasons else "short" if _unpunctuated(texts[i]) or
             _LISTED_HEADLINE.fullmatch(texts[i].strip()) else
             "label" if _unpunctuated(texts[i], colon=True) else "prose" for i in content}
    runs, run = [], []
    for i in [*content, None]:
        if i is not None and shape[i] != "prose":
            run.append(i)
            continue
        if sum(shape[j] != "label" for j in run) >= RUN_MIN_LINES:  # a "Label: text" line joins, never makes one
            runs.extend(j for j in run if j not in reasons)
        run = []
    if not runs:
        return []
    prose = [i for i in content if shape[i] in ("prose", "label")]
    place = {i: k for k, i in enumerate(content)}
    first_paragraph = next((i for i, j in zip(prose, prose[1:], strict=False) if place[j] == place[i] + 1),
                           prose[0] if prose else None)  # two sentence lines in a row, not a lone banner
    before = [i for i in content if first_paragraph is not None and i < first_paragraph and i not in reasons
              and _n_words(texts[i]) >= 3]
    following = {i: reasons.get(content[k + 1]) for k, i in enumerate(content[:-1])}
    bylined = [i for i in before if following.get(i) in ("byline", "timestamp")]
    titled = [i for i in content if title and _same_text(texts[i], title)]
    headline = (titled or bylined or sorted(before, key=lambda i: -_n_words(texts[i])) or [None])[0]
    return [j for j in runs if headline is None or not _same_text(texts[j], texts[headline])]


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
        qualifies = (score > 0 or _n_words(line) <= 6 or furniture_reason(line, any_length=True)
                     or IMAGE_MARKUP.fullmatch(line.strip()))
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


def _line_reasons(texts: list[str], *, title: str, repeated: frozenset[str] = frozenset()
                  ) -> tuple[dict[int, str], str]:
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
        elif reason := furniture_reason(line):
            reasons[i] = reason
        elif repeated and line_key(line) in repeated:
            reasons[i] = "repeated_line"
        elif line_shapes.timestamp(line):
            reasons[i] = "timestamp"
        elif line_shapes.label_dump(line):
            reasons[i] = "map_labels"
        elif _call_to_reader(line):
            reasons[i] = "call_to_action"
    for i in _link_runs(texts, content, reasons, title):
        reasons[i] = "link_list"
    body = [i for i in content if i not in reasons]
    counts = [_letters(texts[i]) for i in body]
    letters, capitals = sum(n for n, _ in counts), sum(c for _, c in counts)
    in_capitals = bool(letters) and capitals > letters / 2  # telex-style copy
    for i in body[1:]:
        if not in_capitals and _promo_headline(texts[i]):
            reasons[i] = "promo_headline"
    body = [i for i in content if i not in reasons]
    if not title and body and _looks_like_headline(texts[body[0]], sum(_n_words(texts[i]) for i in body[1:])):
        title = texts[body[0]].strip()
    if title:
        # Headline lines are looked for only in the page head: the lines before the first body paragraph
        # (anything that is neither the headline nor a short fragment). A cleaned text has the same head
        # without its headline lines, so cleaning it again changes nothing.
        quoting = bool(_QUOTE_PAIR.search(title))  # a headline that quotes someone stays, once: its quote is a row
        for i in _page_head(texts, body, title):
            if _same_text(texts[i], title):
                if quoting:
                    quoting = False
                    continue
                reasons[i] = "title" if "title" not in reasons.values() else "duplicate_title"
    kept = [i for i in content if i not in reasons]
    for i in _pull_quotes(texts, kept):
        if i != kept[0]:  # the first body line is a lead or a headline, never a pull quote
            reasons[i] = "pull_quote"
    titled = [i for i, r in reasons.items() if r.endswith("title")]
    for i in content:
        # Short labels above the last headline line ("News", "World | Europe").
        if titled and i < max(titled) and reasons.get(i, "link_list") == "link_list" and _is_short_fragment(texts[i]):
            reasons[i] = "section_label"
    for i in _appeal_block(texts, [i for i in content if reasons.get(i) != "title"]):
        reasons.setdefault(i, "publisher_appeal")
    for i in reversed([i for i in content if i not in reasons]):
        if _is_short_fragment(texts[i]):
            reasons[i] = "trailing_furniture"
        else:
            break
    return reasons, title


def strip(text: str, *, title: str = "", repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Remove furniture lines and inline image markup from one decoded text.

    Args:
        text: the decoded article text (never modified).
        title: a known title (from metadata); when empty the first line is taken as the title if it looks
            like a headline.
        repeated: keys (``line_key``) of lines repeated across the corpus's documents of this outlet; such a
            line is removed as "repeated_line".

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
    reasons, title = _line_reasons(texts, title=title, repeated=repeated)
    removed: list[tuple[int, int, str]] = []
    kept_lines = [i for i, line in enumerate(texts) if line.strip() and i not in reasons]
    if kept_lines and (tail := _follow_tail(texts[kept_lines[-1]])):
        start = spans[kept_lines[-1]][0]
        removed.append((start + tail[0], start + tail[1], "subscription_prompt"))
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


_BYLINE = re.compile(r"\s*(?:[Bb]y|BY)\s+((?:[A-Z][\w.’'-]*\s*)+(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w.’'-]*\s*)+)*?)"
                     r"(?:,\s*[^,]{1,40})?\s*$")


def byline_author(raw: str, removed: list[tuple[int, int, str]]) -> str:
    """The author a removed byline names ("By Ana Ruiz and Tom Hale, Wire" -> "Ana Ruiz and Tom Hale"), or "".

    >>> byline_author("By Ana Ruiz, Wire\\nText.", [(0, 18, "byline")])
    'Ana Ruiz'
    """
    for start, end, reason in removed:
        match = _BYLINE.fullmatch(raw[start:end]) if reason == "byline" else None
        if match:
            return " ".join(match.group(1).split())
    return ""


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
