"""Block quotations printed without marks: 'Speaking in Kyiv, he said:' then a paragraph of the speaker's own
words, and the lines after it that still belong to it. Used by ``analysis.quotes``."""

from __future__ import annotations

import re

from analysis.attribution import Context, Quote
from analysis.quotes_lexicon import verb_pattern

__all__ = ["block_quotes", "BLOCK_INTRO", "BLOCK_LINES", "BLOCK_LINES_FIRST_PERSON"]


# A line that ends in a reporting verb and a colon, introducing a block quotation printed without marks.
BLOCK_INTRO = re.compile(r"\b(?:said|says|wrote|writes|added|adds|stated|declared|posted|tweeted|told\s+"
                         r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)[ \t]*(:)?[ \t]*\n", re.MULTILINE)
INTRO_WITHOUT_COLON_WORDS = 6  # a line that ends in the bare verb ("... He said") and is no short heading


def block_quotes(ctx: Context, attribution) -> list[Quote]:
    """'Speaking in Kyiv, he said:\n\nWe are ready for peace, ...': the paragraph after a line that ends in a
    reporting verb and a colon, with no quotation marks of its own, is a direct quote of that verb's subject
    (``attribution`` is ``lead_attribution.attribution_before``)."""
    quotes = []
    for intro in BLOCK_INTRO.finditer(ctx.text):
        start = intro.end() + len(ctx.text[intro.end():]) - len(ctx.text[intro.end():].lstrip())
        end = ctx.text.find("\n", start)
        end = len(ctx.text) if end < 0 else end
        block = ctx.text[start:end].rstrip()
        if ctx.inside_quote(intro.start()) or len(block.split()) < 4 or block.endswith(":") or \
                not _unmarked(block):
            continue
        line = ctx.text[ctx.text.rfind("\n", 0, intro.start()) + 1:intro.end()]
        if intro.group(1) is None and len(line.split()) < INTRO_WITHOUT_COLON_WORDS:
            continue  # "What the minister said": a heading, not a lost colon
        found = attribution(ctx, start + 1)
        if found and found[2] is not None:
            quotes.append(Quote("direct", start, start + len(block), found[0], found[1], found[2]))
            if re.search(r"[”\"»][.!?]?$", block):
                continue  # a lone closing mark ends the quotation: the next line is the writer's
            surname = found[2].name.split()[-1] if found[2].name else ""
            for start, block in _block_goes_on(ctx.text, end, BLOCK_LINES - 1, BLOCK_LINES_FIRST_PERSON - 1):  # "...
                if surname and surname in block.split()[:4]:  # "Von der Leyen, with X, will represent": narration
                    break
                quotes.append(Quote("direct", start, start + len(block), speaker=found[2]))  # capability.\nIt's
    return quotes


BLOCK_LINES = 4  # lines of a block quotation printed without marks that go to the speaker who introduced it
BLOCK_LINES_FIRST_PERSON = 8  # and the lines past those that still speak in the first person ("I also believe")


_QUOTED_WORDS = re.compile(r"[“\"«]([^“”\"«»]{1,40})[”\"»]")


def _unmarked(block: str) -> bool:
    """Whether a line is block quotation text: no quotation marks but those of a few words quoted inside it ("we
    don't have time for certain issues to “ride” – they must “fly”") or a lone closing mark at its end."""
    inner = _QUOTED_WORDS.sub(lambda m: m.group(1) if len(m.group(1).split()) <= 3 else m.group(), block)
    return not re.search(r"[“”\"«»]", re.sub(r"[”\"»]\W*$", "", inner))


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")


def _block_goes_on(text: str, end: int, most: int, first_person: int) -> list[tuple[int, str]]:
    """The lines after a block quotation's first that still belong to it: whole sentences of four words or more,
    with no quotation marks and no reporting verb of their own, up to a heading, a new introduction or a blank
    line; ``most`` lines at most, and up to ``first_person`` while each line speaks in the first person."""
    lines = []
    while len(lines) < first_person and text.startswith("\n", end) and not text.startswith("\n\n", end):
        start = end + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].rstrip()
        if len(block.split()) < 4 or not re.search(r"[.!?…)\]]$", block) or not _unmarked(block) or \
                verb_pattern().search(block) and not _FIRST_PERSON.search(block) or \
                len(lines) >= most and not _FIRST_PERSON.search(block):  # "I expect that allies will say"
            break
        lines.append((start, block))
    return lines
