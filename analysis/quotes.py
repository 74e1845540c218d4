"""Quotes: direct, partial and indirect speech with the speaker who said it and the outlets that relayed it.

A rule-based extractor in the tradition of Krestel, Bergler and Witte (2008, "Minding the source"), Pouliquen,
Steinberger and Best (2007, "Automatic detection of quotations in multilingual news") and the Gender Gap
Tracker's quote extraction (Asr et al. 2021), reworked to run without a parser:

- **direct**: text between quotation marks (curly, straight, «guillemets», „German“ or British single marks,
  across sentences and paragraphs: a paragraph that ends without a closing mark is continued by the next
  paragraph's opening mark) that reads as an utterance of its own: it opens with a capital, or follows a
  colon, a comma or a dash, and has at least three words. Split quotes ("“A,” he said. “B.”") give the second
  half to the speaker of the first.
- **partial**: a shorter or lower-case fragment inside a sentence (stated that membership was “off the table”),
  given to the speaker of the sentence's reporting verb; a scare-quoted word in a sentence without one stays
  unattributed (speaker ''). Quoted names ("‘Lenta.ru’", "Truth Social") are not quotes.
- **indirect**: a reporting verb (``analysis/data/reporting_verbs.csv``) with its subject and the clause it
  reports ("Ushakov stressed that ...", "Hegseth said Washington would ...", "X, a spokesman for Y, said ...",
  ", noting that ...", "described ... as ...", "according to X").

Speakers come from the ``mentions`` table: the mention next to the cue, a pronoun (the nearest preceding person
outside quotation marks), or a role noun ("the defense secretary", even in a typo such as "he defense
secretary") resolved to the nearest actor holding that role. ``via`` names the media a quote was relayed
through ("according to Reuters", "told Izvestia", "spoke with Lenta.ru"), ``chain`` the whole path to the
publishing outlet.

Sources described but not named ("U.S. officials said", "said one resident") get an empty speaker, type unknown,
and the description as ``speaker_role``.

The rules live in seven modules: ``quotes`` (direct and partial quotes, relays, the table),
``attribution`` (quotation marks, sentence bounds, who speaks), ``indirect`` (reported speech),
``partial_speakers`` (who said a fragment, from its own sentence), ``quote_context`` (speakers from the
neighbouring quotes, sentences and paragraphs), ``fragment_speakers`` (fragments still without a speaker, and
quoted terms that are nobody's words) and
``quotes_lexicon`` (reporting verbs, pronouns and the word lists of ``analysis/data/quote_words.csv``).

Known failure modes: nested attributions keep only the outer speaker ("According to Chepa, Hegseth confirmed
that ..." is Chepa's), except for a fragment right after the inner verb ("..., X lauded “steady” aid, Reuters
reports" is X's word); subjects that are neither actors nor role nouns ("Reports in late 2024") give no
indirect quote; pronoun resolution ignores gender and takes the nearest person; a quote whose attribution sits two or
more sentences away is unattributed.
"""

from __future__ import annotations

import dataclasses
import functools
import re

import pandas as pd

from analysis import _deprecated, fragment_speakers, quote_context, segment
from analysis import actors as actors_stage
from analysis import columns as C
from analysis.after_quote import attribution_after
from analysis.attribution import (
    Context,
    Quote,
    classify,
    is_name,
    quoted_spans,
    sentence_bounds,
    trim,
)
from analysis.block_quotes import block_quotes
from analysis.coordinated import opening_subject
from analysis.court_reports import court_heard
from analysis.described_sources import (
    body_run_before,
    defined_body,
    given_as,
    headline_holder,
    named_after_lead,
)
from analysis.document_authors import document_author, introduced_after
from analysis.indirect import find_indirect
from analysis.lead_attribution import attribution_before
from analysis.marks import is_headline, sentence_case_title
from analysis.nominal_speech import nominal_reports
from analysis.organizations import BODY_NOUNS
from analysis.partial_speakers import attribute_partials
from analysis.quotes_lexicon import alternatives
from analysis.salience import VISITING, called_before, counterparts, guest_before, named_next, subject_person_before
from analysis.signed_posts import signed_posts
from analysis.unnamed_sources import DESCRIBED_WITHIN, described_organization, one_of_them

__all__ = ["QUOTE_COLUMNS", "extract_text", "extract", "of_text"]


__getattr__ = _deprecated.moved(__name__, {
    **dict.fromkeys(("match_gold", "gold_labels", "validation_results", "gold_scores", "gold_errors"),
                    "analysis.validate.quotes"),
    **dict.fromkeys(("verb_forms", "verb_pattern", "pronouns", "PREPOSITIONS"), "analysis.quotes_lexicon"),
    **dict.fromkeys(("quoted_spans", "classify", "Quote", "Context", "OPEN_CLOSE"), "analysis.attribution"),
})

QUOTE_COLUMNS = (*C.QUOTES, "sent_id", "sent_ids", "via", "chain", "known", "speaker_role")

RELAY = re.compile(
    r"(?i:according to|told|spoke (?:with|to)|speaking (?:with|to)|in (?:an )?interview (?:with|to)|"
    r"in remarks (?:made )?to|said to|(?:wrote|posted) (?:in|on)|cited by|quoted by|via)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:media|news)\s+outlet\s+|newspaper\s+|agency\s+|news agency\s+|daily\s+)?[‘'\"“«]?$")


# ---------------------------------------------------------------------------------------------- direct


# A value in markup left in the text ('<tweet tweet-id="7834...">') and a number alone are nobody's words.
MARKUP_VALUE = re.compile(r"=\s*[\"'“]")
DIGITS = re.compile(r"[\d\s.,:/-]+")


def _direct_and_partial(ctx: Context, names: frozenset[str]) -> list[Quote]:
    quotes: list[Quote] = []
    for start, end in ctx.quoted:
        s, e = trim(ctx.text, start, end)
        content = ctx.text[s:e]
        kind = classify(ctx.text, start, end)
        if not content or MARKUP_VALUE.search(ctx.text, max(0, start - 2), start + 1) or DIGITS.fullmatch(content) or \
                (is_name(content, names) and (kind == "partial" or content in names)) or \
                is_headline(content) or re.search(r"\b(?:titled|entitled|headlined)\s*,?\s*\W?$",
                                                  ctx.text[max(0, start - 30):start]):
            continue  # "spoke with ‘Lenta.ru’", "an article titled “Yes, you can ...”"; but "“No,” he said." is a quote
        if re.search(r"[.,;:!?]['’]$", content) and not re.search(r"(?:^|\s)['‘]", content):
            e -= 1  # '“... climate change,’” said X': a stray inner closing mark, no quotation inside
        while kind == "partial" and e > s and ctx.text[e - 1] in ".,;:":
            e -= 1
        turns = quote_context.transcript_turns(ctx, s, e) if kind == "direct" else []
        if turns:  # '"WALLACE: ... PENCE: ..."': a transcript quoted whole, turn by turn
            for turn in turns:
                ctx.note_speaker(turn.start, turn.speaker)
            quotes.extend(turns)
            continue
        quote = Quote(kind, s, e)
        if kind == "direct":
            found = attribution_after(ctx, end) if ctx.text[start:end].rstrip().endswith((",", "!", "?")) or \
                ctx.text[end:end + 3].lstrip("”»\"’' ").startswith((",", "—", "–")) else None
            found = found or attribution_before(ctx, start) or attribution_after(ctx, end)
            opening = found and found[1] >= 0 and opening_subject(
                ctx, sentence_bounds(ctx.text, found[1], ctx.quoted)[0], found[1])
            if opening:  # "X stressed her support of a forum sponsored by NBC News and said ...: “...”": X
                found = (found[0], found[1], opening)
            if found:
                quote.cue, quote.cue_start, quote.speaker = found
                ctx.note_speaker(quote.cue_start if quote.cue_start >= 0 else quote.start, quote.speaker)
        quotes.append(quote)
    quote_context.continue_split_quotes(ctx, quotes)
    lines = quote_context.transcript_lines(ctx)
    quotes = [q for q in quotes if not any(line.start <= q.start < line.end for line in lines)] + lines
    quotes = quote_context.qa_answers(ctx, quotes)
    blocks = block_quotes(ctx, attribution_before)  # words quoted inside a block quotation are its
    quotes = [q for q in quotes if q.kind != "partial" or not any(b.start <= q.start < b.end for b in blocks)] + blocks
    quotes = signed_posts(ctx, quotes)
    for quote in quotes:
        if quote.kind == "direct" and quote.speaker is None and not quote.cue:
            quote.speaker = quote_context.subject_of_sentence_before(ctx, quote.start - 1)
    return quotes


# A description by an article or a possessive, resolved below to the person or body it stands for ("His daughter said").
DEFINITE_DESCRIPTION = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*['’]s)\s")
# A text a described body or person issued: "the paper's disclosure", "the group's latest report".
OWNED_TEXT = re.compile(r"([Tt]he\s+[a-z][\w-]*)['’]s?\s+(?:[a-z][\w-]*\s+)?(?:disclosure|statement|report|"
                        r"release|letter|filing|website|analysis|study|editorial|post|tweet|note)")
# A text of a body's by "its": "its editorial", "its latest statement", "its front page".
ITS_TEXT = re.compile(r"[Ii]ts\s+(?:[a-z][\w-]*\s+)?(?:editorial|front page|statement|report|release|letter|filing|"
                      r"website|analysis|study|post|tweet|note|leader|column|headline|account|spokesman|spokeswoman|"
                      r"spokesperson)")
# A member of a party described by the place they represent: the person who was last a sentence's subject ("the
# Alabama Republican").
PARTY_MEMBER = re.compile(r"[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,2}(?:Republican|Democrat|Conservative|Tory|Liberal|"
                          r"Socialist|Independent)")


@functools.lru_cache(maxsize=1)
def _indefinite_document() -> re.Pattern:
    """A document brought in without its author: "a report", "a new study", "another letter"."""
    return re.compile(rf"(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alternatives('document_noun')})\b")


def _resolve_descriptions(ctx: Context, quotes: list[Quote]) -> None:
    """'Russia's top diplomat said', 'the German leader said': a definite description of an office holder is the
    nearest earlier person of the same affiliation who holds that office (``actors.resolve_role_phrase``), else
    the only one named later who does (a live blog's newest entry comes first); 'the
    company said' is the organization named last (``unnamed_sources.described_organization``). One description
    shared by several quotes (a participle that goes on: "the chain said ..., calling it ...") is resolved where
    it first speaks."""
    resolved: dict[int, actors_stage.Actor] = {}
    for quote in sorted(quotes, key=lambda q: q.cue_start if q.cue_start >= 0 else q.start):
        actor = quote.speaker
        indefinite = _indefinite_document().match(actor.role) if actor is not None and not actor.name else None
        if indefinite:  # "according to a report published on Thursday. The report by X ...": X, with the report
            author = resolved.get(id(actor)) or introduced_after(
                ctx, indefinite.group("noun"), quote.cue_start if quote.cue_start >= 0 else quote.start)
            if author is not None:
                quote.speaker = resolved[id(actor)] = dataclasses.replace(author, role=actor.role)
            continue
        if actor is None or actor.name or not (DEFINITE_DESCRIPTION.match(actor.role) or (  # a headline's "Pope
                re.fullmatch(r"[A-Z][a-z]+", actor.role) and actors_stage.is_role_word(actor.role))):  # criticizes"
            continue
        if id(actor) in resolved:
            quote.speaker = resolved[id(actor)]
            continue
        position = quote.cue_start if quote.cue_start >= 0 else quote.start
        guest = VISITING.fullmatch(actor.role) and guest_before(ctx, position)
        if guest:  # "the visiting president": the counterpart the host received
            quote.speaker = resolved[id(actor)] = guest
            continue
        owned = OWNED_TEXT.fullmatch(actor.role)  # "the paper's disclosure notes": the paper
        role = owned.group(1) if owned else actor.role
        body = ctx.person_before(position, kinds=("organization", "media")) if ITS_TEXT.fullmatch(role) else None
        if body is not None:  # "The daily Aftenvakt welcomed what its editorial called ...": Aftenvakt
            quote.speaker = resolved[id(actor)] = dataclasses.replace(body, role=actor.role)
            continue
        before = ctx.antecedents(role, position)
        spoke = ctx.body_speaker_before(position, within=DESCRIBED_WITHIN, named=True)  # a body that spoke last
        body = role.split()[-1].lower() in BODY_NOUNS  # "Trump's campaign said": not its director
        quote.speaker = (not body and actors_stage.resolve_role_phrase(role, before)) or \
            (not body and _learned_holder(ctx, role, quotes, position)) or document_author(ctx, role, position) or \
            ctx.described_speaker_before(position, role) or called_before(ctx, role, position) or \
            ctx.introduced_before(position, role) or \
            (not body and actors_stage.resolve_role_phrase(role, [], ctx.mentions_up_to(position, after=True))) or \
            (spoke and described_organization(role, [(position - 1, spoke)], position)) or \
            described_organization(role, before, position) or \
            (PARTY_MEMBER.fullmatch(role) and subject_person_before(ctx, position)) or \
            named_next(ctx, role, position) or defined_body(ctx, role, position) or \
            body_run_before(ctx, role, position) or actor  # "Siemens
        # Energy ... the company said"; "Sen. Tommy Tuberville was blunt ... “...,” the Alabama Republican said"
        if quote.speaker is not actor and _other_country(actor.role, quote.speaker):
            quote.speaker = actor  # "The Finnish guidance advises" is not the Swedish government's
        if quote.speaker is not actor and quote.speaker.name and _document_word().search(actor.role):
            quote.speaker = dataclasses.replace(quote.speaker, role=actor.role)  # "The summary said": its author,
            # with the document it spoke through kept as the role
        resolved[id(actor)] = quote.speaker
        if quote.speaker is not actor:
            ctx.renote(actor, quote.speaker)


def _other_country(role: str, found: actors_stage.Actor) -> bool:
    """Whether a description names a country ("The Finnish guidance") that the source it was resolved to does not
    belong to (the Swedish government)."""
    def countries_of(words: str) -> set[str]:
        return {actors_stage.affiliation_of(w) for w in words.split() if w[:1].isupper()} - {""}
    mine = countries_of(role)
    theirs = countries_of(f"{found.name} {found.role} {found.affiliation}")
    return bool(mine and theirs and not mine & theirs)


# A definite description right at a cue: "the finance minister said", "said the finance minister".
_DESCRIBED_BEFORE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s+\Z")
_DESCRIBED_AFTER = re.compile(r"[a-z]+\s+the\s+((?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)\b(?![\w’'-]*\s+[a-z])")


def _learned_holder(ctx: Context, role: str, quotes: list[Quote], position: int) -> actors_stage.Actor | None:
    """The person an earlier description at a cue stood for, when this one, definite and with a modifier, stands for
    the same office: "“...,” the finance minister said" was Doria Pell, named without a title, so "the finance chief"
    later is Pell too."""
    if not re.match(r"[Tt]he\s+\S+\s+\S", role):
        return None  # a definite description with a modifier ("the finance chief"), not "an official", "the official"
    described = []
    for quote in quotes:
        person = quote.speaker
        if quote.cue_start < 0 or quote.cue_start >= position or person is None or not person.name or \
                person.actor_type != "person":
            continue
        for match in (_DESCRIBED_BEFORE.search(ctx.text, max(0, quote.cue_start - 50), quote.cue_start),
                      _DESCRIBED_AFTER.match(ctx.text, quote.cue_start)):
            if match and actors_stage.is_role_word(match.group(1).split()[-1]):
                described.append((quote.cue_start, dataclasses.replace(person, role=match.group(1))))
    holder = actors_stage.resolve_role_phrase(role, described) if described else None
    return next((quote.speaker for quote in reversed(quotes) if holder is not None and quote.speaker is not None
                 and quote.speaker.name == holder.name), None)


# ---------------------------------------------------------------------------------------------- relays


def _relays(ctx: Context, quote: Quote, sentence: tuple[int, int],
            standing: dict[actors_stage.Actor, list[tuple[int, str]]]) -> list[str]:
    """Media that relayed a quote: a relay cue in its sentence, or one earlier in the document for its speaker."""
    if quote.speaker is not None and quote.speaker.actor_type == "media":
        return []
    found = []
    for start, _, actor in ctx.mention_at(*sentence):
        if actor.actor_type == "media" and actor != quote.speaker and \
                RELAY.search(ctx.text[max(sentence[0], start - 60):start]):
            found.append(actor.name)
    if not found and quote.speaker is not None:  # "Chepa spoke with Lenta.ru": his quotes came that way
        found = list(dict.fromkeys(m for _, m in standing.get(quote.speaker, [])))
    return found


def _standing_relays(ctx: Context) -> dict[actors_stage.Actor, list[tuple[int, str]]]:
    """Speaker -> (position, medium) they spoke to ("Chepa spoke with ‘Lenta.ru’").

    Valid for the whole document: a news lede usually summarises the interview its later paragraphs quote.
    """
    standing: dict[actors_stage.Actor, list[tuple[int, str]]] = {}
    persons = [(s, e, a) for s, e, a in ctx.mentions if a.actor_type == "person"]
    for start, _, actor in ctx.mentions:
        cue = RELAY.search(ctx.text[max(0, start - 60):start]) if actor.actor_type == "media" else None
        if not cue or cue.group().lower().startswith("according"):
            continue
        sent_start, sent_end = sentence_bounds(ctx.text, start, ctx.quoted)
        before = [a for s, _, a in persons if sent_start <= s < start and not ctx.inside_quote(s)]
        after = [a for s, _, a in persons if start < s < sent_end and not ctx.inside_quote(s)]
        if before or after:
            standing.setdefault(before[-1] if before else after[0], []).append((start, actor.name))
    return standing


# ---------------------------------------------------------------------------------------------- extract


def extract_text(text: str, mentions: list[tuple[int, int, actors_stage.Actor]], *,
                 media_names: frozenset[str] = frozenset()) -> list[Quote]:
    """Quotes of one text, sorted by position.

    >>> t = "“We will not go,” Smith said. Smith said that the talks failed."
    >>> actor = actors_stage.Actor("John Smith", "", "person")
    >>> [(q.kind, q.speaker.name, t[q.start:q.end]) for q in extract_text(t, [(18, 23, actor), (30, 35, actor)])]
    [('direct', 'John Smith', 'We will not go'), ('indirect', 'John Smith', 'the talks failed')]
    """
    mentions = sorted(mentions, key=lambda m: m[0])  # a title-case headline is read as a sentence would be
    ctx = Context(sentence_case_title(text, [m[:2] for m in mentions]), mentions, quoted_spans(text))
    marked = _direct_and_partial(ctx, media_names)
    sentences = _sentences(ctx)
    indirect = _closed_by_bracket(ctx, find_indirect(ctx, sentences, [q for q in marked if q.kind == "direct"]))
    indirect += nominal_reports(ctx, sentences, indirect)
    attribute_partials(ctx, marked, indirect)
    quote_context.not_named_inside(ctx, marked)
    quotes = sorted([*marked, *indirect], key=lambda q: (q.start, q.kind))
    fragment_speakers.according_after(ctx, quotes)
    quote_context.answers(ctx, quotes)
    quote_context.stated_after(ctx, quotes)
    fragment_speakers.how_described(ctx, quotes)
    fragment_speakers.in_the_words_of(ctx, quotes)
    fragment_speakers.as_put_after(ctx, quotes)
    fragment_speakers.subject_fragment(ctx, quotes)
    quote_context.goes_on(ctx, quotes)
    quote_context.introduced_inline(ctx, quotes)
    quote_context.labelled_lines(ctx, quotes)
    quote_context.continue_paragraphs(text, quotes)
    quote_context.same_unnamed_source(quotes)
    fragment_speakers.same_text(quotes)
    fragment_speakers.echoed(ctx, quotes)
    quote_context.interview_answers(ctx, quotes)
    fragment_speakers.position_fragment(ctx, quotes)
    fragment_speakers.fragment_after_subject(ctx, quotes)
    fragment_speakers.colon_subject(ctx, quotes)
    _resolve_descriptions(ctx, quotes)
    counterparts(ctx, quotes)
    named_after_lead(ctx, quotes)
    headline_holder(ctx, quotes)
    given_as(ctx, quotes)
    one_of_them(quotes)
    quotes = court_heard(ctx, quotes)
    fragment_speakers.crowd_words(ctx, quotes)
    fragment_speakers.distanced_terms(ctx, quotes)
    quotes = fragment_speakers.repeated_terms(ctx, quotes)
    standing = _standing_relays(ctx)
    for quote in quotes:
        quote.via = _relays(ctx, quote, sentence_bounds(text, quote.cue_start if quote.cue_start >= 0
                                                          else quote.start, ctx.quoted), standing)
    return quotes


def _closed_by_bracket(ctx: Context, indirect: list[Quote]) -> list[Quote]:
    """Reports whose cue stands inside brackets end where the brackets close ("Joe Biden (who agreed ... that he
    would “eliminate” fracking), all of the Democrats ...": the report stops at the bracket)."""
    for quote in indirect:
        if quote.cue_start < 0:
            continue
        sent_start = sentence_bounds(ctx.text, quote.cue_start, ctx.quoted)[0]
        head = ctx.text[sent_start:quote.cue_start]
        close = ctx.text.find(")", quote.cue_start, quote.end)
        if head.count("(") > head.count(")") and close > quote.start:
            quote.end = trim(ctx.text, quote.start, close)[1]
    return indirect


@functools.lru_cache(maxsize=1)
def _document_word() -> re.Pattern:
    return re.compile(rf"\b(?:{alternatives('document_noun')})s?\b", re.IGNORECASE)


def _sentences(ctx: Context) -> list[tuple[int, int]]:
    spans, position = [], 0
    while position < len(ctx.text):
        if ctx.text[position].isspace():
            position += 1
            continue
        start, end = sentence_bounds(ctx.text, position, ctx.quoted)
        spans.append((start, end))
        position = max(end + 1, position + 1)
    return spans


def _normal(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


@functools.lru_cache(maxsize=1)
def _media_names() -> dict[str, frozenset[str]]:
    return {actor.name: frozenset(_normal(n) for n in names)
            for actor, names in actors_stage.shipped() if actor.actor_type == "media"}


def _same_outlet(medium: str, outlet: str) -> bool:
    """Whether a relaying medium is the publishing outlet itself.

    >>> _same_outlet("Associated Press", "AP"), _same_outlet("Reuters", "The Moscow Times")
    (True, False)
    """
    names = _media_names().get(medium, frozenset()) | {_normal(medium)}
    return _normal(outlet) in names


def _rows(doc_id: str, outlet: str, text: str, quotes: list[Quote], index: segment.SentenceIndex) -> list[dict]:
    rows = []
    offsets = [p for q in quotes for p in (q.start, max(q.start, q.end - 1))]
    ids = index.containing(doc_id, offsets) if quotes else []
    for n, quote in enumerate(quotes, 1):
        actor = quote.speaker
        first = ids[2 * n - 2:2 * n]
        relayed = [name for name in quote.via if not _same_outlet(name, outlet)]  # "told The Associated Press"
        via = " > ".join(relayed)                                                   # in AP copy is first-hand
        source = actor.name if actor and actor.name else f"(unnamed) {actor.role}" if actor else "(unattributed)"
        chain = [source, *relayed, outlet]
        rows.append({
            "doc_id": doc_id, "quote_id": f"{doc_id}:q{n:03d}", "kind": quote.kind,
            "speaker": actor.name if actor else "", "affiliation": actor.affiliation if actor else "",
            "speaker_type": actor.actor_type if actor else "unknown", "cue": quote.cue,
            "text": text[quote.start:quote.end], "start": quote.start, "end": quote.end,
            "sent_id": first[0], "sent_ids": " ".join(str(i) for i in range(first[0], first[1] + 1)),
            "via": via, "chain": " > ".join(chain), "known": bool(actor.known) if actor else False,
            "speaker_role": actor.role if actor else "",
        })
    return rows


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _actor_of(name, affiliation, actor_type, role, known) -> actors_stage.Actor:
    """An Actor from a mentions row's fields (tolerates tables read back from CSV, where empty strings become NaN)."""
    return actors_stage.Actor(_text(name), _text(affiliation), _text(actor_type) or "person", _text(role),
                              str(known) == "True")


def extract(documents: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame, *,
            index: segment.SentenceIndex | None = None) -> pd.DataFrame:
    """Quotes of every document.

    Args:
        documents: doc_id, text, outlet_label (optional).
        sentences: doc_id, sent_id, start.
        mentions: doc_id, actor, affiliation, actor_type, role, known, start, end (the actors stage).
        index: the sentences' ``SentenceIndex`` when the caller has built it already.

    Returns:
        quotes: doc_id, quote_id, kind, speaker, affiliation, speaker_type, cue, text, start, end, sent_id,
        sent_ids, via, chain, known, speaker_role.

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ['"It is over," Smith said.'], "outlet_label": ["Wire"]})
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0]})
    >>> ments = pd.DataFrame({"doc_id": ["d"], "actor": ["Ann Smith"], "affiliation": [""], "role": [""],
    ...                       "actor_type": ["person"], "known": [False], "start": [14], "end": [19]})
    >>> extract(docs, sents, ments)[["kind", "speaker", "text", "chain"]].values.tolist()
    [['direct', 'Ann Smith', 'It is over', 'Ann Smith > Wire']]
    """
    media_names = frozenset(name for actor, names in actors_stage.shipped() if actor.actor_type == "media"
                            for name in names)
    index = segment.SentenceIndex(sentences) if index is None else index
    by_doc: dict[str, list] = {}
    if len(mentions):  # one pass over the columns, not a frame per document
        fields = [mentions[c].tolist() if c in mentions else [""] * len(mentions)
                  for c in ("doc_id", "start", "end", "actor", "affiliation", "actor_type", "role", "known")]
        for doc_id, start, end, *actor in zip(*fields, strict=True):
            by_doc.setdefault(doc_id, []).append((int(start), int(end), _actor_of(*actor)))
    outlets = documents["outlet_label"] if "outlet_label" in documents else documents["doc_id"]
    rows = []
    for doc_id, text, outlet in zip(documents["doc_id"], documents["text"], outlets, strict=True):
        spans = by_doc.get(doc_id, [])
        rows.extend(_rows(doc_id, outlet, text, extract_text(text, spans, media_names=media_names), index))
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))


def of_text(text: str, *, lexicon=None, outlet: str = "") -> pd.DataFrame:
    """The quotes table of one text (handy for trying the rules on a paragraph).

    >>> of_text("“We are ready,” Kremlin spokesman Dmitry Peskov told reporters.")[["kind", "speaker"]].values.tolist()
    [['direct', 'Dmitry Peskov']]
    """
    documents = pd.DataFrame({"doc_id": ["text"], "text": [text], "outlet_label": [outlet or "(text)"]})
    sentences = segment.split(documents)
    mentions = actors_stage.find(documents, sentences, lexicon=lexicon)
    return extract(documents, sentences, mentions)
