"""Speakers of quoted fragments that no attribution names, and the quoted terms that are nobody's words.

A fragment a longer quotation of the text contains is that quotation's speaker's ("echoed"); "“Dead on arrival”
was how X described it" names its speaker after the quotation; a fragment in a sentence that names no one is
the words of the person the sentence before is about. A term a text quotes again and again without a speaker
(a label or nickname) is no quote. The passes run after ``quote_context``'s and fill in only missing speakers.
"""

from __future__ import annotations

import re

from analysis.attribution import (
    OPENING_PRONOUN,
    Context,
    Quote,
    definite_subject,
    resolve_word,
    sentence_bounds,
    subject_before,
)
from analysis.country_subjects import country_opening
from analysis.lead_attribution import ANY_SOURCE, according_source
from analysis.quote_context import SO_CALLED, subject_of_sentence_before
from analysis.salience import BODY_OF_NAME
from analysis.speaker_gaps import lead_in_end
from analysis.unnamed_sources import names_a_source, names_a_text, unnamed

__all__ = ["NAMED_BODY", "according_after", "as_put_after", "colon_subject", "crowd_words", "distanced_terms",
           "echoed", "fragment_after_subject", "how_described", "in_the_words_of", "position_fragment",
           "repeated_terms", "same_text", "subject_fragment"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w’'-]+", text.lower()))


def echoed(ctx: Context, quotes: list[Quote]) -> None:
    """'The “coalition of the willing” met again': a fragment of two words or more that a longer quote of the
    text, with a speaker, contains ("Starmer said Europe must build “a coalition of the willing”", or a full
    quotation further on) is that speaker's words; the nearest such quote gives them. So is a short quotation
    standing alone, as a headline quotes the words an article attributes further on ("‘Sloppy and careless’:
    courts call out ..." before "“... has been sloppy and careless,” said Ada Voss")."""
    spoken = [(q, f" {_words(ctx.text[q.start:q.end])} ") for q in quotes
              if q.kind != "indirect" and q.speaker is not None]
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        words = _words(ctx.text[quote.start:quote.end])
        if len(words.split()) < 2 or len(words) < 10:
            continue
        holders = [q for q, said in spoken if q is not quote and f" {words} " in said and said.strip() != words
                   and not _a_name_in(ctx.text[q.start:q.end], words)]
        if holders:
            quote.speaker = min(holders, key=lambda q: abs(q.start - quote.start)).speaker


ACCORDING_AFTER = re.compile(r"[,\s]*[”»\"’']?[,\s]*according\s+to\s+")


def according_after(ctx: Context, quotes: list[Quote]) -> None:
    """'“Losses will reach hundreds of billions of dollars,” according to the report.': a quotation without a
    speaker that "according to" follows is the words of what it names, a description ("the report", "a
    spokesperson") as well as a name."""
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        after = ACCORDING_AFTER.match(ctx.text, quote.end)
        if after is None:
            continue
        end = sentence_bounds(ctx.text, after.end(), ctx.quoted)[1]
        source = according_source(ctx, after.end(), end)
        named = ANY_SOURCE.match(ctx.text, after.end(), end)  # "the report" alone: the text speaks
        speaker = source[1] if source is not None else unnamed(named.group(1), whole=True) if named else None
        if speaker is not None:
            quote.speaker, quote.cue, quote.cue_start = speaker, "according to", after.end() - len("according to ")


def _a_name_in(said: str, words: str) -> bool:
    """Whether the longer quote has the words only as a name, every word capitalised ("... the Green New Deal
    she plans"): a quoted name is nobody's words.

    >>> _a_name_in("We will pass the Green New Deal", "green new deal"), _a_name_in("It was sloppy", "sloppy")
    (True, False)
    """
    found = re.search(r"[^\w’'-]+".join(map(re.escape, words.split())), said, re.IGNORECASE)
    return bool(found) and all(w[:1].isupper() for w in found.group().split())


HOW_DESCRIBED = re.compile(r"[.,!?]*[”»\"’']?\s*(?:is|was|has\s+been)\s+how\s+")


def how_described(ctx: Context, quotes: list[Quote]) -> None:
    """'“Dead on arrival” was how Anton Kral described the offer': the one named after "how" is the speaker of an
    unattributed quotation that opens such a sentence."""
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        how = HOW_DESCRIBED.match(ctx.text, quote.end, quote.end + 30)
        if how is None:
            continue
        named = [m for m in ctx.mention_at(how.end(), how.end() + 60) if not ctx.text[how.end():m[0]].strip()]
        pronoun = re.match(r"(he|she)\s", ctx.text[how.end():how.end() + 5])
        speaker = named[0][2] if named else resolve_word(ctx, pronoun.group(1), how.end()) if pronoun else None
        if speaker is not None:
            quote.speaker, quote.cue = speaker, ctx.text[how.start():how.end()].strip(" ”»\"’'.,!?")


WORDS_OF = re.compile(r"\b[Ii]n\s+the\s+words\s+of\s+([^,;:“”\"]{2,80}?),\s*[“\"‘«']?$")


def in_the_words_of(ctx: Context, quotes: list[Quote]) -> None:
    """'A settlement will, in the words of one delegate, “last as long as ...”': the source named after "in the
    words of" right before an unattributed quotation said it, a mention or a description."""
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        sent_start, _ = sentence_bounds(ctx.text, quote.start, ctx.quoted)
        words = WORDS_OF.search(ctx.text, max(sent_start, quote.start - 120), quote.start)
        if words is None:
            continue
        named = ctx.mention_at(words.start(1), words.end(1))
        quote.speaker = named[0][2] if named else unnamed(words.group(1), whole=True)
        quote.cue = "in the words of"


# After a quotation: "..., as the Times put it", "... , as one delegate said", "as he once wrote".
AS_PUT = re.compile(r"[.,!?]*[”»\"’']?,?\s+as\s+([^,;:.“”\"«»]{2,60}?)\s+(?:(?:once|later|recently|memorably)\s+)?"
                    r"(?:put|puts|phrased|phrases|described|describes|called|calls)\s+it\b|"
                    r"[.,!?]*[”»\"’']?,?\s+as\s+([^,;:.“”\"«»]{2,60}?)\s+(?:(?:once|later|recently)\s+)?"
                    r"(?:said|says|wrote|writes|noted|notes|observed|remarked|tweeted)\s*[.,;!?]")


def as_put_after(ctx: Context, quotes: list[Quote]) -> None:
    """'The leaders reaffirmed the deal “offering a rare display of harmony,” as the New York Times put it': the
    source an "as ... put it" (said, wrote, noted) right after an unattributed quotation names said it, a mention,
    a pronoun or a description that names a source."""
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        after = AS_PUT.match(ctx.text, quote.end, quote.end + 90)
        if after is None:
            continue
        at, end = after.span(1) if after.group(1) is not None else after.span(2)
        named = [m for m in ctx.mention_at(at, end) if not ctx.text[at:m[0]].strip(" ")
                 or re.fullmatch(r"(?:the|[A-Z]\w*\.?)\s+", ctx.text[at:m[0]], re.IGNORECASE)]
        words = ctx.text[at:end]
        pronoun = re.fullmatch(r"(he|she|they)", words, re.IGNORECASE)
        speaker = (named[0][2] if named else resolve_word(ctx, pronoun.group(1).lower(), at) if pronoun
                   else unnamed(words, whole=True) if names_a_source(words) else None)
        if speaker is not None:
            quote.speaker, quote.cue = speaker, re.sub(r"\W+$", "", ctx.text[end:after.end()]).strip()


KNOWN_AS = re.compile(r"\b(?:known|referred\s+to|billed|dubbed|termed|nicknamed|branded)\b[^.;:“”\"]{0,30}\bas\s+"
                      r"(?:the\s+)?[“«\"‘']?$")  # "a practice known in the industry as “upcoding”": a term


def fragment_after_subject(ctx: Context, quotes: list[Quote]) -> None:
    """'He was blunt. The offer was “dead on arrival.”': a fragment left without a speaker, in a sentence that
    names no one, is the words of the person the sentence before is about (``subject_of_sentence_before``),
    unless the copy distances itself from it ("the so-called “peace formula”") or names a term ("known as")."""
    for quote in quotes:
        if quote.kind != "partial" or quote.speaker is not None or quote.cue or \
                SO_CALLED.search(ctx.text, max(0, quote.start - 50), quote.start) or \
                KNOWN_AS.search(ctx.text, max(0, quote.start - 60), quote.start):
            continue
        sent_start, _ = sentence_bounds(ctx.text, quote.start, ctx.quoted)
        if any(not ctx.inside_quote(m[0]) for m in ctx.mention_at(sent_start, quote.start)) or \
                re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s", ctx.text[sent_start:quote.start]):
            continue  # "His car was “very fast”": what the person owns, not what they said
        quote.speaker = subject_of_sentence_before(ctx, sent_start)


# A verb that takes a side on what follows: "X opposes such “punishing regulations”", "Y backs a “fair deal”".
POSITION_VERB = re.compile(r"\b(?:oppos|support|favou?r|back|reject|resist|welcom|embrac|champion|prefer|want|fought|"
                           r"fight|(?:push|argu|call|lobbi|campaign)(?:es|ed|s|y|ied)?\s+for|advocat)(?:e|es|ed|s|ing)?"
                           r"\s+(?:[\w’'-]+\s+){0,6}?[“«\"‘']?\Z")


def position_fragment(ctx: Context, quotes: list[Quote]) -> None:
    """'Sen. X, chairman of the committee, opposes such “punishing regulations.”': a fragment left without a
    speaker, after a verb that takes a side, is the words of that verb's subject."""
    for quote in quotes:
        if quote.kind != "partial" or quote.speaker is not None or quote.cue:
            continue
        sent_start, _ = sentence_bounds(ctx.text, quote.start, ctx.quoted)
        verb = POSITION_VERB.search(ctx.text, sent_start, quote.start)
        if verb and not SO_CALLED.search(ctx.text, max(0, quote.start - 50), quote.start):
            quote.speaker = subject_before(ctx, sent_start, verb.start())


def distanced_terms(ctx: Context, quotes: list[Quote]) -> None:
    """'the so-called Democratic “blue wall”': a fragment the copy distances itself from is nobody's words, whatever
    speaker a cue nearby gave it, unless a name owns it ("Moscow's so-called “special operation”")."""
    for quote in quotes:
        if quote.kind == "partial" and quote.speaker is not None:
            distanced = SO_CALLED.search(ctx.text, max(0, quote.start - 50), quote.start)
            if distanced and not re.search(r"['’]s\s*$", ctx.text[max(0, distanced.start() - 3):distanced.start()]):
                quote.speaker, quote.cue = None, ""


def repeated_terms(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The quotes without the terms a text puts in quotation marks more than once and never attributes ("the
    “super Sunday” of elections"): a label or nickname of four words at most, not anyone's words."""
    unattributed = [q for q in quotes if q.kind == "partial" and q.speaker is None]
    counts: dict[str, int] = {}
    for quote in unattributed:
        key = _words(ctx.text[quote.start:quote.end])
        counts[key] = counts.get(key, 0) + 1
    terms = {key for key, n in counts.items() if n > 1 and len(key.split()) <= 4}
    dropped = {id(q) for q in unattributed if _words(ctx.text[q.start:q.end]) in terms}
    return [q for q in quotes if id(q) not in dropped]


# A crowd's words and written words: "chants of", "a shout of", "cries of", "signs that read", "banners reading",
# "placards saying", "chanted phrases such as", up to the opening mark of the quotation.
CROWD = re.compile(r"\b(?:(?:chants|shouts|cries|a\s+(?:chant|shout|cry))\s+of|chant(?:ed|ing)(?:(?:\s+[\w’'-]+){0,4}?"
                   r"\s+(?:phrases|slogans|words)\s+(?:such\s+as|like))?|(?:signs?|banners?|placards?|posters?|t-shirts?)"
                   r"(?:\s+(?:that|which))?\s+(?:read|reads|reading|saying|said|bearing))[\s,:]*[“«\"‘']?$",
                   re.IGNORECASE)
SERIES = re.compile(r"[\s,”»\"’']*(?:and\s+|or\s+)?[“«\"‘']?")  # '“Greed kills,” “Help” and “No coal”'


def crowd_words(ctx: Context, quotes: list[Quote]) -> None:
    """'Protesters broke in with chants of “Keep it in the ground”', 'signs that read “No coal”': a crowd's
    chant or a sign's words are no one speaker's, not the person the sentence is about nor the last one quoted.
    So are the quotations listed right after one ('signs that read “Greed kills,” “No coal”'), unless their own
    cue follows them. Runs last, so no earlier pass hands them on.

    >>> text = 'Ada Voss spoke until chants of "Shame on you" drowned her out.'
    >>> q = [Quote("partial", 32, 43)]
    >>> q[0].speaker = "Ada Voss"
    >>> crowd_words(Context(text, [], [(32, 43)]), q)
    >>> q[0].speaker, q[0].cue
    (None, 'chants of')
    """
    crowd_at: dict[int, tuple[str, int]] = {}  # start of each quoted span that is a crowd's: (cue, cue start)
    last_end = -1
    for start, end in ctx.quoted:
        crowd = CROWD.search(ctx.text, max(0, start - 60), start)
        if crowd:
            crowd_at[start] = re.sub(r"[\s,:“«\"‘']+$", "", crowd.group()), crowd.start()
        elif last_end >= 0 and SERIES.fullmatch(ctx.text, last_end, start):
            crowd_at[start] = "", -1
        last_end = end if start in crowd_at else -1
    for quote in quotes:
        if quote.kind != "indirect" and quote.start in crowd_at and (crowd_at[quote.start][0] or
                                                                     quote.cue_start < quote.start):
            quote.speaker, quote.via = None, []
            quote.cue, quote.cue_start = crowd_at[quote.start]


# The interviewer's own voice outside quotation marks: "I ask if ...", "he tells me", "when I interviewed him".


# A text named by a general noun: "the document", "the text", "this document".
GENERAL_TEXT = re.compile(r"(?:the|this|that)\s+(?:document|text|paper)", re.IGNORECASE)


def same_text(quotes: list[Quote], *, within: int = 3000) -> None:
    """'The resolution warns ... the document announces ... the text declares': a text named by a general noun
    is the text that spoke before it under a more particular one (the resolution), not another source."""
    last = None
    for quote in quotes:
        actor = quote.speaker
        if actor is None or actor.name or not actor.role:
            continue
        if GENERAL_TEXT.fullmatch(actor.role.strip()):
            if last is not None and quote.start - last[0] <= within:
                quote.speaker = last[1]
        elif names_a_text(actor.role):
            last = (quote.start, actor)


_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Ss]ome|[Mm]any)\s")
_IRREGULAR = frozenset("gave made took put set laid drew held left kept brought sent led found got struck wrote read "
                       "spoke sought taught thought told".split())


def _described_opening(head: str) -> str | None:
    """The shortest noun phrase opening ``head`` that names a source or a text and is followed by a lowercase verb."""
    if not _DETERMINER.match(head):
        return None
    words = list(re.finditer(r"[\w’'-]+", head))[:8]
    for k in range(1, len(words) - 1):
        verb = words[k + 1].group()
        if not (verb.islower() and (verb.endswith(("ed", "s")) and not verb.endswith("ss") or verb in _IRREGULAR)):
            continue
        phrase = head[:words[k].end()]  # a plural noun reads as a verb too: "The plaintiffs and their lawyers filed"
        if names_a_source(phrase) or names_a_text(phrase):
            return phrase
    return None


def subject_fragment(ctx: Context, quotes: list[Quote]) -> None:
    """'Plaintiffs' lawyers called the ruling “a gift to polluters”', 'The report gave “low confidence” to ...':
    a fragment left without a speaker is the words of its sentence's subject (``_subject_of``), unless the copy
    distances itself from the words ("so-called") or names a term ("known as"). Annotators of news give such
    words to the subject, whatever the verb."""
    for quote in quotes:
        if quote.speaker is not None or quote.cue or quote.kind != "partial":
            continue
        if SO_CALLED.search(ctx.text, max(0, quote.start - 50), quote.start) or \
                KNOWN_AS.search(ctx.text, max(0, quote.start - 60), quote.start):
            continue
        quote.speaker = _subject_of(ctx, sentence_bounds(ctx.text, quote.start, ctx.quoted)[0], quote.start)


def colon_subject(ctx: Context, quotes: list[Quote]) -> None:
    """'The union issued a statement on Monday: “We will not return ...”': a quotation that no pass before gave a
    speaker, right after a colon, is the words of the subject of the clause before the colon."""
    for quote in quotes:
        if quote.speaker is not None or quote.cue or quote.kind != "direct":
            continue
        colon = _COLON_BEFORE.search(ctx.text, max(0, quote.start - 6), quote.start)
        if colon is not None:
            quote.speaker = _subject_of(ctx, sentence_bounds(ctx.text, colon.start() - 1, ctx.quoted)[0],
                                        colon.start())


_COPULA = re.compile(r"\s+(?:is|was|has|does|seems|looks|remains)\b")
_COLON_BEFORE = re.compile(r":[ \t]*[“«\"‘']?[ \t]*$")


# A body a name modifies, opening a sentence: "The Harris campaign", "The Biden administration".
NAMED_BODY = re.compile(rf"[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){{1,3}}?{BODY_OF_NAME}\b")


def _subject_of(ctx: Context, sent_start: int, end: int):
    """The subject of the clause from ``sent_start`` to ``end``: a name opening it (after any lead-in) as the
    subject of a verb, a he or she opening it (not before a copula), or a description of a source or a text
    followed by its verb ("the recent assessment gave"); None when none of these."""
    begin = sent_start + lead_in_end(ctx.text[sent_start:end])
    first = [m for m in ctx.mention_at(begin, end) if not ctx.inside_quote(m[0])][:1]
    pronoun = OPENING_PRONOUN.match(ctx.text, begin, end)
    if pronoun and not (first and first[0][0] < pronoun.start(1)) and not _COPULA.match(ctx.text, pronoun.end(1)):
        return resolve_word(ctx, pronoun.group(1), pronoun.start(1))  # "She listed the demands: “...”", not
    # "In his telling, she is “the cleverest person ...”", which describes her
    if not first or first[0][0] - begin > 30:  # "the U.S. government imposed sanctions on Shor for ...": a name
        phrase = _described_opening(ctx.text[begin:end])  # further on is no subject
        if phrase and (not first or begin + len(phrase) <= first[0][0]):
            return definite_subject(ctx, phrase, begin + len(phrase)) or unnamed(phrase, whole=True)
        return None if first else country_opening(ctx.text[:end], begin)  # "Russia has 1,500 “peacekeeper”
        # troops": its own word
    body = NAMED_BODY.match(ctx.text, begin, end)
    if body:  # "The Harris campaign ... casting itself as “the clear underdogs”": the campaign, not Harris
        return unnamed(body.group(), whole=True)
    for word in re.finditer(r"\b[a-z][\w’'-]*", ctx.text[first[0][1]:end]):
        subject = subject_before(ctx, sent_start, first[0][1] + word.start())
        if subject is not None:
            return subject
    return None
