"""Quotation marks: which marks open and close a quotation, the spans they enclose, and whether a quotation is
an utterance of its own (direct) or a fragment inside the reporter's sentence (partial).

Curly, straight, guillemet and low-high marks are paired; an apostrophe ("Ukraine’s", "workers’ rights") is
told from a closing single mark by the letters around it, and an unclosed quotation ends with its paragraph
unless the next paragraph opens with a mark again (the news convention for a quotation running over several
paragraphs). Method and limits: see ``analysis.quotes``.
"""

from __future__ import annotations

import functools
import re

from analysis.quotes_lexicon import verb_forms

__all__ = ["OPEN_CLOSE", "quoted_spans", "trim", "is_name", "classify", "sentence_case_title"]


OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'"}


def _is_open(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'‘" and (before.isalnum() or not (after.isalnum() or after in "“\"")):
        return False
    if mark == '"':
        return not before.isalnum() and not after.isspace()
    return True


def _opens_run_together(text: str, i: int) -> bool:
    """A straight mark glued to the sentence before and spaced from its first word, where no quotation is open:
    paragraphs run together ('... by Chellie Pingree." The strategy is to ignore it," Clement said.'), or glued to a
    headline in capitals before it."""
    if text[i] != '"':
        return False
    if text[i - 1:i] in (".", "!", "?") and re.match(r" [A-Z]", text[i + 1:i + 3]) is not None:
        return True
    # a headline in capitals run into the quotation after it: '... NEW STUDY FINDS"What this suggests is'
    return re.fullmatch(r"[A-Z]{3}", text[max(0, i - 3):i]) is not None and re.match(r"[A-Z][a-z]", text[i + 1:i + 3]) \
        is not None


def _is_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’":
        if re.fullmatch(r"[A-Z]{2}|.[.!?]", text[max(0, i - 2):i]) and re.match(r"[A-Z][a-z]", text[i + 1:i + 3]):
            return True  # "... DR. EVIL'His plan": a close glued to the next sentence where a line break was lost
        if before == "s" and re.match(r" [a-z]", text[i + 1:i + 3]):  # plural possessive: "workers’ rights"
            line_end = text.find("\n", i)
            later = text[i + 1:line_end if line_end >= 0 else len(text)]
            if re.search(rf"[.,!?]{re.escape(mark)}", later):
                return False
        return not before.isspace() and not after.isalnum()
    if mark == '"':  # a mark spaced from the stop that ends the quotation closes it: '... in the deal... " The'
        return not before.isspace() or (before == " " and after.isspace() and text[i - 2:i - 1] in (".", "!", "?"))
    return True


_MARK_CHARS = re.compile("[" + re.escape("".join(OPEN_CLOSE)) + "]")


@functools.lru_cache(maxsize=16)
def _inside_chars(mark: str, close: str) -> re.Pattern:
    return re.compile("[" + re.escape(mark + close) + "\n]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content of every quotation, marks excluded; continued paragraphs are merged.

    >>> t = "He said, “We will go.” Then: «Non.» And ‘off the table’ but Ukraine’s bid."
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['We will go.', 'Non.', 'off the table']
    >>> t = "“I would rather live in what he calls “hell” than that,” she said."
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['I would rather live in what he calls “hell” than that,']
    >>> t = "“First paragraph.\\n“Second one,” he said."
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['First paragraph.\\n“Second one,']
    """
    spans, i = [], 0
    while (found := _MARK_CHARS.search(text, i)) is not None:  # jump from mark to mark, not character by character
        i = found.start()
        mark = text[i]
        if not _is_open(text, i) and not _opens_run_together(text, i):
            i += 1
            continue
        close = OPEN_CLOSE[mark]
        j, start, depth = i + 1, i + 1, 0
        inside = _inside_chars(mark, close)
        while j < len(text):
            nearest = inside.search(text, j)  # only a mark, its close or a line break can change anything
            if nearest is None:
                j = len(text)
                break
            j = nearest.start()
            if mark in "“«" and text[j] == mark and text[j + 1:j + 2].isalnum():
                depth += 1  # “... what he calls “hell” than ...”: a quotation inside the quotation
            elif text[j] == close and _is_close(text, j, close) and j > start:
                if depth == 0:
                    break
                depth -= 1
            if text[j] == "\n":
                rest = text[j:].lstrip()
                if not rest.startswith(mark):  # an unclosed quote ends with its paragraph unless continued
                    break
                j = len(text) - len(rest)
            j += 1
        if j >= len(text) or text[j] != close:
            if mark in "'‘\"":  # a stray apostrophe or inch mark: not a quote
                i += 1
                continue
        spans.append((start, j))
        i = j + 1
    spans = _with_lost_openings(text, spans)
    return [(s, e) for s, e in spans if text[s:e].strip()]


# A straight or curly closing mark after a comma, "?" or "!" that a cue of speech follows: '..., nothing has
# changed," Braverman said', '...," said Ms Lee', '...," he added'.
_SPEECH = (r"(?:said|says|added|adds|told|tells|wrote|writes|stated|explained|continued|argued|insisted|noted|warned|"
           r"recalled|reported|reads|read|pressed|asked|replied|responded|echoed|tweeted|posted)")
_ORPHAN_CLOSE = re.compile(rf"(?<=[,?!])[\"”](?=\s+(?:[^\s\"“”;:!?]+\s+){{1,8}}?(?:\w+ly\s+)?{_SPEECH}\b"
                           rf"|\s+{_SPEECH}\s+(?:the\s+)?[A-Z\d])")
# Where a quotation whose opening mark was lost starts: after a stop and a mark glued to it (the end of the
# paragraph before, run together), or after a line break and any mark turned the wrong way ("\n” … he delivered").
_DOUBLE_MARKS = re.compile("[\"“”«»„]")
_PARAGRAPH_END = re.compile(r"(?:[.!?][\"”’]\s+|\n\s*(?:[\"“”]\s*)?)(?=\S)")


def _with_lost_openings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with the quotations whose opening mark was lost where paragraphs were run together ('... under
    attack." We were here ... and nothing has changed," Braverman said.'): a closing mark that no quotation
    ends, followed by a cue of speech, closes a quotation from the paragraph's start, when that start is found
    within 600 characters and no quotation lies between."""
    ends = {e for _, e in spans}
    added = []
    for close in _ORPHAN_CLOSE.finditer(text):
        j = close.start()
        if j in ends or any(s <= j < e for s, e in spans):
            continue
        floor = max([e + 1 for s, e in spans if e < j] + [max(0, j - 600)])
        starts = [m.end() for m in _PARAGRAPH_END.finditer(text, max(0, floor - 2), j)]
        if not starts:
            continue
        start = starts[-1]
        if start < j - 1 and not _DOUBLE_MARKS.search(text, start, j):
            added.append((start, j))
    return sorted(spans + added) if added else spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


_SMALL = frozenset(("of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "or"))


def is_name(content: str, names: frozenset[str]) -> bool:
    """Whether quoted words are a name or a title: a known name, or up to six capitalised words (small words
    inside), not ending a sentence.

    >>> is_name("Waters of the United States", frozenset()), is_name("Ditch the Rule", frozenset())
    (True, True)
    >>> is_name("the rule of law", frozenset()), is_name("We Will Win.", frozenset())
    (False, False)
    """
    words = content.strip(" .,").split()
    return content.strip(" .,") in names or (0 < len(words) <= 6 and words[0][:1].isupper() and all(
        w[:1].isupper() or (w in _SMALL and 0 < k < len(words) - 1) for k, w in enumerate(words))
        and not content.rstrip().endswith((".", "!", "?")))


def is_headline(content: str) -> bool:
    """Whether quoted words are a headline in title case: four or more words of four letters or more, nearly all
    of them capitalised ("Pope, in the Air, Puts Foot Down on Climate Change Denial."), not a sentence spoken;
    an exclamation or a question in title case is still a quotation ("... a Corrupt Scam, Go Nuclear!").

    >>> is_headline("Green New Deal Is About Social Justice"), is_headline("We will Fight for Kestria and its Future")
    (True, False)
    """
    long = [w for w in re.findall(r"[A-Za-z][\w’'-]*", content) if len(w) >= 4]
    capitalised = sum(w[0].isupper() and not w.isupper() for w in long)
    return len(long) >= 4 and not content.rstrip().endswith(("!", "?")) and capitalised >= 0.85 * len(long)


def sentence_case_title(text: str, names: list[tuple[int, int]]) -> str:
    """The text with a title-case first line ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Comments")
    read as a sentence: its function words, its reporting verbs and its quoted words lower-cased (not the first
    word, names (``names``: spans of the text's mentions) nor acronyms), so that its verb and its quoted words read
    as they would in a sentence; other words keep their capitals, so a noun is not taken for a verb ("A Curious Plan
    to Fight ..."). The text keeps its length, so offsets into it hold for the original; a line that is not in
    title case is left as it is.

    >>> t = "Christie Calls Clinton ‘A Disgrace’ Over Police Shootings\\n\\nHe spoke."
    >>> sentence_case_title(t, [(0, 8), (15, 22)]).splitlines()[0]
    'Christie calls Clinton ‘a disgrace’ over Police Shootings'
    >>> sentence_case_title("Mayor slams plan as ‘madness’ in the City Hall row", []).splitlines()[0]
    'Mayor slams plan as ‘madness’ in the City Hall row'
    """
    end = text.find("\n", 0, TITLE_MAX)
    if end < 0:
        return text  # no line of a headline's length opens the text
    names = [(a, b) for a, b in names if a < end]
    words = list(re.finditer(r"[A-Za-z][\w’'-]*", text[:end]))
    free = [w for w in words[1:] if not any(a < w.end() and w.start() < b for a, b in names)]
    if not is_headline(" ".join(w.group() for w in free)):
        return text
    quoted = quoted_spans(text[:end])
    chars = list(text)
    for w in free:
        word = w.group()
        small = word.lower() in _TITLE_SMALL_WORDS or word.lower() in verb_forms()
        if not (word.isupper() and len(word) > 1) and (small or any(a <= w.start() < b for a, b in quoted)):
            chars[w.start()] = word[0].lower()
    return "".join(chars)


TITLE_MAX = 300  # characters of the longest first line read as a headline

# Words a title-case headline capitalises that a sentence would not: articles, prepositions, conjunctions,
# pronouns and auxiliaries.
_TITLE_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of on to up via with from into onto over under about after "
    "before against amid among between during without within through across behind beyond toward towards than "
    "his her its their our my your he she it they we you who whom whose which that this these those is are was "
    "were be been being has have had will would could should can may might must do does did".split())


# A word after which a quotation is a noun phrase of the writer's sentence, however it is capitalised or ends.
_TAKES_NOUN = re.compile(r"\b(?:of|for|an?|the|as|into|about|like|with|his|her|its|their|our)$", re.IGNORECASE)


def classify(text: str, start: int, end: int) -> str:
    """'direct' for a quotation that reads as an utterance of its own, else 'partial'.

    >>> t = 'He said, "We will not go there." It was "off the table."'
    >>> classify(t, 10, 31), classify(t, 40, 54)
    ('direct', 'partial')
    """
    content = text[start:end].strip()
    words = content.split()
    raw_before = text[max(0, start - 80):max(0, start - 1)]
    before = raw_before.rstrip()
    at_start = not before or raw_before.rstrip(" \t").endswith(("\n", ".", "!", "?", ":", "”", '"', "»"))
    verb = re.search(r"\b(\w+)\s*[,:]$", before)
    after_reporting = bool(verb and verb.group(1) in verb_forms())  # 'Bell said, “but only a start.”'
    opens_utterance = at_start or before[-1] in ",:—–-" or after_reporting
    ends = content[-1:] in ".,!?…"
    if after_reporting and words:
        return "direct"
    if len(words) < 3:  # "“We listened,” Park said." is direct; "the “peace formula”" is not
        return "direct" if words and content[:1].isupper() and ends and at_start else "partial"
    if not opens_utterance and _TAKES_NOUN.search(before):
        return "partial"  # 'proclaimed a goal of "Peace Through Strength."': a noun phrase in the sentence
    if content[:1].isupper() and (opens_utterance or ends):
        return "direct"
    if opens_utterance and ends and len(words) >= 5 and not (
            not at_start and before[-1] == "," and not after_reporting and _OPENS_PHRASE.match(content)):
        return "direct"  # but 'filed a brief on Monday, “in hopes of a ruling.”' goes on the writer's sentence
    return "partial"


# A lowercase word that opens a phrase of a sentence, not a sentence: a preposition, a subordinator or a conjunction
# ('there are still "some people" who feel that way, "but not among the vast majority."').
_OPENS_PHRASE = re.compile(r"(?:in|on|at|of|for|to|with|by|from|as|than|because|while|after|before|until|since|"
                           r"including|like|amid|despite|without|through|toward|towards|into|over|under|but|and|or|"
                           r"yet|nor|which|who|whose|where|when|if|unless|although|though|whereas|not)\b")
