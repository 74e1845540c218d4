"""Stance: who is for and against a target proposition, with the sentence and the cues that show it.

Method: a transparent cue-lexicon reader in the tradition of rule-based stance and opinion detection
(Somasundaran and Wiebe 2010, arguing cues; Wilson, Wiebe and Hoffmann 2005, contextual polarity; Polanyi and
Zaenen 2006, contextual valence shifters), with the favor / against / neutral labels of the SemEval-2016 stance
task (Mohammad et al. 2016).

1. Targets are data (``targets.csv``: id, label, description, patterns, inverse_patterns, favor_cues,
   against_cues). A sentence is about a target when one of its patterns matches; an inverse pattern names the
   opposite proposition ("neutral status" for NATO membership), so cues attached to it count the other way.
   Up to two sentences after a match, the head noun of a target's phrases alone refers to it ("Ukraine's hopes
   of joining NATO ... Rubio said membership was not realistic"); later in the document it does so after a
   definite determiner ("the sale" of a port sale named ten sentences up). A verb of removal before what a
   removal-framed target removes ("lifting the timber ban" for "Lifting the export ban") is one mention of the
   target, and a sentence that names only the thing removed passes it on to the next as such ("it").
2. Cues come from ``analysis/data/stance_cues.csv``. Each stance cue attaches to the nearest target mention in
   its clause (on the side its ``scope`` allows) and to mentions coordinated with it ("X or Y"). A negator up to
   three words before a cue gives the cue's ``negated`` stance ("not off the table" is favor, "cannot rule out"
   neutral), so double negatives resolve; a hedge halves its weight; "accused X of" reverses what follows. A
   cue that embeds another before its target gives way to it and, when against, reverses it ("insisting on
   assurances that will prevent X" is against X, "rejected calls for X" too). A negator right before the
   target itself ("will not send peacekeepers") counts against it.
3. Statements: each sentence about a target is attributed to the speaker of the quote it overlaps (quotes
   table: direct, partial and indirect alike; the speaker owns the cues of the quote and of its reporting frame),
   else, when a cue fired, to the actor that is the subject of the clause (mentions table): reported positions
   such as "Moscow has viewed any expansion ... as a threat", including collective actors. The agent of a
   passive cue ("a ceasefire proposed by the US") gets that cue. An unnamed source speaks as its description
   and relays: the subject of what it says holds the position too, as does a body whose position a named
   speaker reports ("The union backs the change, its general secretary said"). A quotation that names no target
   but refers back ("We will oppose it") takes the target named last, up to ``TOPIC_WITHIN`` sentences up; one
   right after the sentence that names a target takes it when it takes a position, by a cue or by the tone of
   the speaker's own words. A direct quote without a speaker a few sentences after a speaker's quote continues
   it (an interview answer running on). The document's title is read too: "Name: words", "Name says words",
   "words, Name says" and "words - Name" attribute the words to an actor of the text (or to the country or body
   one belongs to), and "Kremlin rejects truce" is a reported position (basis "headline").
4. A statement's score is (favor - against) / (favor + against + neutral) over its cue weights; scores of
   0.25 or more are favor, -0.25 or less against, the rest neutral. The ``stance`` table sums the weights of
   all statements of one speaker on one target in one document.

Limits: the reader does not parse syntax, so it can attach a cue to the wrong proposition, takes "security
guarantees" in any sense the patterns allow, and does not know who concedes what ("Russia would not concede
territory" reads as against Ukraine conceding).
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import replace
from types import SimpleNamespace

import pandas as pd

from analysis import _deprecated, vader
from analysis import columns as C
from analysis.actors_lexicon import countries
from analysis.cue_index import by_identity
from analysis.stance_headlines import HEADLINE, title_mentions, title_quotes
from analysis.stance_history import changed_minds, earlier_positions
from analysis.stance_holders import clause_subjects, participle_subject, previous_person_of
from analysis.stance_lexicon import (  # noqa: F401 - the targets and cue types belong to stance's API
    MODIFIERS,
    Cue,
    Target,
    TargetsError,
    cue_lexicon,
    read_targets,
    targets_from_rows,
)
from analysis.stance_reading import (
    THRESHOLD,
    Hit,
    cue_spans,
    label,
    of_text,
    target_spans,
    weigh,
)
from analysis.stance_reference import (
    ANAPHOR_WITHIN,
    BOTH,
    GENERIC_WITHIN,
    REFERS_BACK,
    WHOLE,
    anaphor_spans,
    generic_spans,
    modified_generic_spans,
    with_both,
)
from analysis.stance_removal import removal_acts
from analysis.stance_table import STANCE_COLUMNS, aggregate
from analysis.stance_tone import OWN_WORDS, TONE_THRESHOLD, statement_tones
from analysis.stance_voices import (  # noqa: F401 - CONTINUATION_WINDOW belongs to stance's API
    CONTINUATION_WINDOW,
    FIRST_PERSON,
    affirming_report,
    continued_quotes,
    coordinated_with,
    first_person_narration,
    sentence_voices,
    signed_sections,
    state_names,
    with_states,
)

__all__ = ["THRESHOLD", "DEFAULT_TARGET", "STATEMENT_COLUMNS", "STANCE_COLUMNS", "NO_TARGETS", "Cue", "Target",
           "TargetsError", "read_targets", "targets_from_rows", "Hit", "of_text", "weigh", "label", "parse_cues",
           "statements", "aggregate", "infer"]

DEFAULT_TARGET = "ukraine_nato_membership"
STATEMENT_COLUMNS = ("doc_id", "speaker", "target", "stance", "score", "quote_id", "sent_id", "cues", "text",
                     "basis", "affiliation", "speaker_type", "favor", "against", "neutral", "start", "end",
                     "speaker_role", "tone")
OPINION_FIRST_PERSON = 3  # first-person words of the narrator's that make a bylined text an opinion piece
TOPIC_WITHIN = 6  # sentences after a target's last mention in which a quotation that names none is still about it
PARAGRAPH_TOPIC_WITHIN = 2  # the same, for a quotation in the target's paragraph that does not refer back


# ---------------------------------------------------------------------------------------------- statements

_CARRY_OVER = re.compile(r"^\W*(?:these|they|such|those)\b", re.IGNORECASE)


def _format_cues(hits: list[Hit]) -> str:
    return " | ".join(f"{h.label} -> {h.stance} {h.weight:g}" for h in hits)


def parse_cues(cues: str) -> pd.DataFrame:
    """The cues column of ``stance_statements`` as a table: cue, stance, weight.

    >>> parse_cues("off the table -> against 1.5 | not (hedged) -> favor 0.5").to_dict("list")
    {'cue': ['off the table', 'not (hedged)'], 'stance': ['against', 'favor'], 'weight': [1.5, 0.5]}
    """
    rows = []
    for part in (cues or "").split(" | "):
        if " -> " in part:
            cue, rest = part.rsplit(" -> ", 1)
            stance, weight = rest.split()
            rows.append((cue, stance, float(weight)))
    return pd.DataFrame(rows, columns=["cue", "stance", "weight"])


_BOUNDARIES: dict[int, tuple] = {}


def _boundary_cues(lexicon: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The boundary cues of a lexicon, the same tuple for the same lexicon (so its key index is built once)."""
    return by_identity(_BOUNDARIES, lexicon, lambda owner: tuple(c for c in owner if c.stance == "boundary"), limit=8)


def _clause_bounds(text: str, boundaries: tuple[Cue, ...]) -> list[int]:
    return [s for s, _, _ in cue_spans(text, boundaries)]


def _row(sentence, target_id, speaker, hits, *, quote_id="", basis, affiliation="", speaker_type="",
         speaker_role="") -> dict:
    favor, against, neutral = weigh(hits)
    stance, score = label(favor, against, neutral)
    return {"doc_id": sentence.doc_id, "speaker": speaker, "target": target_id, "stance": stance,
            "score": score, "quote_id": quote_id, "sent_id": sentence.sent_id, "cues": _format_cues(hits),
            "text": sentence.text, "basis": basis, "affiliation": affiliation, "speaker_type": speaker_type,
            "favor": favor, "against": against, "neutral": neutral, "start": sentence.start,
            "end": sentence.end, "speaker_role": speaker_role if isinstance(speaker_role, str) else ""}


def _document_statements(sentences, quotes, mentions, targets, lexicon, *, continue_quotes=True,
                         author: str = "") -> list[dict]:
    rows, seen_texts, last, named = [], set(), {"speaker": None, "sent_id": -9}, {}
    paragraphs: dict = {}  # sent_id -> paragraph_id
    if continue_quotes:
        quotes = continued_quotes(quotes, sentences)
    states = state_names(mentions)
    before: set[str] = set()  # the targets the sentence before names
    removed_before: set[str] = set()  # those of them it names only as the thing a removal-framed target removes
    boundaries = _boundary_cues(lexicon)
    spoken = sorted((q.start, q.end) for q in quotes)
    quote_starts, reach = [a for a, _ in spoken], list(itertools.accumulate((b for _, b in spoken), max))
    opinion = bool(author) and first_person_narration(sentences, quote_starts, reach) >= OPINION_FIRST_PERSON
    signed = signed_sections(sentences, mentions, quote_starts, reach)  # a letters page: each letter's writer
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split())
        if key in seen_texts:
            continue
        seen_texts.add(key)
        spans = target_spans(sentence.text, targets)
        spans += [sp for sp in modified_generic_spans(sentence.text, targets)  # "the government's rail plans"
                  if not any(o[1] < sp[2] and sp[1] < o[2] for o in spans)]
        named.update({sp[0]: sentence.sent_id for sp in spans})
        recent = {t for t, at in named.items() if 0 < sentence.sent_id - at <= ANAPHOR_WITHIN} - {sp[0] for sp in spans}
        far = {t for t, at in named.items() if ANAPHOR_WITHIN < sentence.sent_id - at} - recent
        spans = sorted(spans + anaphor_spans(sentence.text, targets, recent, far - {sp[0] for sp in spans}),
                       key=lambda sp: sp[1])
        last_named = sorted(((at, t) for t, at in named.items() if 0 < sentence.sent_id - at <= GENERIC_WITHIN),
                            reverse=True)
        spans = with_both(sentence.text, spans, last_named)  # "X, who backs both measures, said the charge ..."
        both = [(t, *m.span("noun"), False) for m in BOTH.finditer(sentence.text) for t in named] \
            if not spans and len(named) >= 2 else []  # "would fight both plans": each target the text has named
        if both:
            spans = both
        elif not spans and last_named and (len(last_named) == 1 or last_named[0][0] > last_named[1][0]):
            spans = generic_spans(sentence.text, last_named[0][1])
        elif not spans and len(last_named) >= 2:  # "the bill": all its clauses, each target named lately
            spans = [(t, *m.span("noun"), False) for m in WHOLE.finditer(sentence.text) for _, t in last_named]
        named.update({sp[0]: sentence.sent_id for sp in spans if sp[2] > sp[1]})
        k = bisect.bisect_left(quote_starts, sentence.end) - 1  # the quotes that start before the sentence ends
        paragraphs[sentence.sent_id] = getattr(sentence, "paragraph_id", None)
        same_paragraph = bool(last_named) and paragraphs.get(last_named[0][0], -1) == paragraphs[sentence.sent_id] \
            and sentence.sent_id - last_named[0][0] <= PARAGRAPH_TOPIC_WITHIN
        carried = not spans and k >= 0 and reach[k] > sentence.start and \
            _topic_before(sentence, before, last_named, same_paragraph)
        by_paragraph = carried and not before and not REFERS_BACK.search(sentence.text)  # own words only, below
        if carried:  # "... rejected a ceasefire. “Any pause would let Kyiv regroup,” Peskov said.": its topic
            topic, at = (next(iter(before)), 0) if before else (last_named[0][1], -1)  # -1: named further back
            spans = [(topic, at, at, topic in removed_before)]
        before = {t for t, at in named.items() if at == sentence.sent_id}
        acts = removal_acts(sentence.text, spans)  # "the ban" of "Lifting the ban" carries over as the thing removed
        removed_before = {t for t in before if all(sp[3] for sp in acts if sp[0] == t and sp[2] > sp[1])}
        if not spans:
            continue
        in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end]
        hits = of_text(sentence.text, targets, lexicon=lexicon, spans=spans)
        hits, owners = _owned(hits, sentence, with_states(sentence, in_sentence, states)  # "pointing to Ukraine's
                              if any(0 <= h.agent_at < h.start for h in hits) else in_sentence)  # aspirations"
        bounds = _clause_bounds(sentence.text, boundaries)
        previous_person = previous_person_of(mentions, sentence.start)
        voices = sentence_voices(quotes, sentence, in_sentence)
        for target_id in dict.fromkeys(sp[0] for sp in spans):
            own = [h for h in hits if h.target == target_id and h.agent_at < 0]
            rows.extend(_agent_rows(sentence, target_id, hits, in_sentence, owners))
            at = [s for t, s, _, _ in spans if t == target_id]
            voiced = [(qs, region) for qs, region in voices if carried or any(region[0] <= s < region[1] for s in at)]
            for speaker_quotes, (start, end) in voiced:
                quote = next((q for q in speaker_quotes
                              if any(q.start <= sentence.start + s < q.end for s in at)), speaker_quotes[0])
                spans_here = {(q.start, q.end) for q in speaker_quotes}  # speakers named together share them
                inner = [r for qs, r in voices if r != (start, end) and start <= r[0] and r[1] <= end
                         and not spans_here & {(q.start, q.end) for q in qs}]
                said = [h for h in own if start <= h.start and h.end <= end  # not what a speaker they quote said
                        and not any(a <= h.start and h.end <= b for a, b in inner)
                        and not (carried and affirming_report(h, sentence, speaker_quotes))]
                if by_paragraph and getattr(quote, "kind", "") not in OWN_WORDS:
                    continue  # a paraphrase two sentences on from the target may be about something else
                if carried and not said and not _toned(quote):
                    continue  # a quotation after a sentence about a target is about it only if it takes a position:
                    # by a cue, or by the tone of the speaker's own words
                rows.append(_row(sentence, target_id, quote.speaker, said, quote_id=quote.quote_id,
                                 basis=getattr(quote, "basis", "quote"), affiliation=getattr(quote, "affiliation", ""),
                                 speaker_type=getattr(quote, "speaker_type", ""),
                                 speaker_role=getattr(quote, "speaker_role", "")))
                for actor, affiliation, actor_type in coordinated_with(sentence, in_sentence, quote.speaker):
                    rows.append(_row(sentence, target_id, actor, said, quote_id=quote.quote_id, basis="quote",
                                     affiliation=affiliation, speaker_type=actor_type))
                last = {"speaker": (quote.speaker, "", ""), "sent_id": sentence.sent_id}
                if getattr(quote, "basis", "") != "quote (unnamed source)":  # that relays below
                    rows.extend(_relayed_rows(sentence, target_id, said, in_sentence, spans, bounds, (start, end),
                                              {q.speaker for q in speaker_quotes}))
            if carried or any(getattr(qs[0], "basis", "") != "quote (unnamed source)" for qs, _ in voiced):
                continue  # an unnamed source relays: the subject of what it says still holds the position
            if not own:
                if sentence.sent_id in signed and not voiced:  # a letter's sentence on the target: its tone may
                    rows.append(_row(sentence, target_id, signed[sentence.sent_id], [], basis="author",  # decide
                                     speaker_type="person"))
                continue
            anchor = min(h.start for h in own)
            speakers = clause_subjects(sentence, in_sentence, anchor, spans, bounds, previous_person) or \
                clause_subjects(sentence, with_states(sentence, in_sentence, states), anchor, spans, bounds, None)
            speakers = speakers or participle_subject(sentence, in_sentence, anchor)
            if not speakers and _CARRY_OVER.match(sentence.text) and sentence.sent_id - last["sent_id"] <= 2 \
                    and last["speaker"]:
                speakers = [last["speaker"]]
            writer = signed.get(sentence.sent_id, author)  # a letter's signer, else the byline's author (an op-ed)
            first_person = not speakers and writer and (opinion or sentence.sent_id in signed or
                                                        FIRST_PERSON.search(sentence.text[:anchor]))
            if first_person:  # "I will vote for councillors who back the charge"
                speakers = [(writer, "", "person")]
            for actor, affiliation, actor_type in speakers:
                rows.append(_row(sentence, target_id, actor, own, basis="author" if first_person else "reported",
                                 affiliation=affiliation, speaker_type=actor_type))
            if speakers:
                last = {"speaker": speakers[0], "sent_id": sentence.sent_id}
    return rows + _agreements(sentences, mentions, rows)


def _toned(quote) -> bool:
    """Whether a quotation is the speaker's own words (direct or partial) with a tone beyond VADER's neutral band."""
    return getattr(quote, "kind", "") in OWN_WORDS and \
        abs(vader.of_text(str(getattr(quote, "text", "")))["compound_news"]) >= TONE_THRESHOLD


def _topic_before(sentence, before: set[str], last_named: list[tuple[int, str]], same_paragraph: bool = False) -> bool:
    """Whether a quotation's sentence that names no target is about one named before it: the one target the
    sentence before names, or, when that names none, the one named last up to ``TOPIC_WITHIN`` sentences up if
    the sentence refers back ("We will oppose it") or stands in the paragraph that named it."""
    if before:
        return len(before) == 1
    return bool(last_named) and sentence.sent_id - last_named[0][0] <= TOPIC_WITHIN and (
        len(last_named) == 1 or last_named[0][0] > last_named[1][0]) and (
        same_paragraph or bool(REFERS_BACK.search(sentence.text)))


# "Jonah Berg, 17, agreed with her on both counts": the one who agrees takes the other's positions.
_AGREED = re.compile(r"\b(?:agree[sd]?|sided)\s+with\s+(?P<who>him|her|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b")


def _agreements(sentences: list, mentions: list, rows: list[dict]) -> list[dict]:
    """Rows for a speaker who agrees with someone whose positions the document gives, one per target (basis
    "agreement"); only a subject named right before the verb agrees."""
    found = []
    for sentence in sentences:
        for match in _AGREED.finditer(sentence.text):
            at = sentence.start + match.start()
            subject = [m for m in mentions if sentence.start <= m.start and m.end <= at and at - m.end <= 40]
            if not subject:
                continue
            agreeing = subject[-1]
            if match.group("who") in ("him", "her"):
                other = previous_person_of([m for m in mentions if m.actor != agreeing.actor], sentence.start)
                other = other[0] if other else None
            else:
                named = [m for m in mentions if sentence.start + match.start("who") <= m.start < sentence.start
                         + match.end("who")]
                other = named[0].actor if named else None
            weights: dict[str, list[float]] = {}
            for row in rows:
                if row["speaker"] == other and row["sent_id"] <= sentence.sent_id:
                    sums = weights.setdefault(row["target"], [0.0, 0.0, 0.0])
                    for k, name in enumerate(("favor", "against", "neutral")):
                        sums[k] += row[name]
            for target_id, (favor, against, _) in weights.items():
                if favor or against:
                    hits = [Hit(target_id, stance, weight, match.start(), match.end(), f"agreed with {other}")
                            for stance, weight in (("favor", favor), ("against", against)) if weight]
                    found.append(_row(sentence, target_id, agreeing.actor, hits, basis="agreement",
                                      affiliation=agreeing.affiliation, speaker_type=agreeing.actor_type))
    return found


def _headline_statements(document, mentions: list, targets, lexicon) -> list[dict]:
    """Statements of a document's title: what it attributes to an actor of the text, or an actor's reported
    position ("Kremlin rejects truce"). A title that is also a sentence of the text is read there."""
    title = document.title if isinstance(document.title, str) else ""
    if not title.strip() or not target_spans(title, targets):
        return []
    named = title_mentions(document.doc_id, title, mentions)
    sentence = SimpleNamespace(doc_id=document.doc_id, sent_id=-1, start=0, end=len(title), text=title)
    rows = _document_statements([sentence], title_quotes(document.doc_id, title, named), named, targets,
                                lexicon, continue_quotes=False)
    for row in rows:
        row.update(basis=HEADLINE, start=-1, end=-1, quote_id="")
    return rows


def _relayed_rows(sentence, target_id, said, mentions, spans, bounds, region, speakers) -> list[dict]:
    """Rows for the subject of a position a speaker reports: "The union backs the change, its general secretary
    said" is the union's position too (basis "reported (in a quote)")."""
    if not said:
        return []
    inside = [m for m in mentions if region[0] <= m.start - sentence.start < region[1]]
    anchor = min(h.start for h in said)
    return [_row(sentence, target_id, actor, said, basis="reported (in a quote)", affiliation=affiliation,
                 speaker_type=actor_type)
            for actor, affiliation, actor_type in clause_subjects(sentence, inside, anchor, spans, bounds, None)
            if actor not in speakers]


def _agent_rows(sentence, target_id, hits, mentions, owners) -> list[dict]:
    rows = []
    for hit in hits:
        if hit.target != target_id or hit.agent_at < 0:
            continue
        at = sentence.start + hit.agent_at
        for m in (m for m in (owners if hit.agent_at < hit.start else mentions) if at <= m.start <= at + 4):
            rows.append(_row(sentence, target_id, m.actor, [hit], affiliation=m.affiliation,
                             basis="reported (owner)" if hit.agent_at < hit.start else "reported (passive agent)",
                             speaker_type=m.actor_type))
    return rows


_POSSESSOR = re.compile(r"[\w.’'-]+(?:\s+[\w.’'-]+)*?(?=['’]s\s)")


def _owned(hits, sentence, mentions) -> tuple[list, list]:
    """The hits and the owners of the cues owned by name ("Ukraine's aspirations to join NATO"): a mention, else a
    country as its state; a hit whose owner is neither ("Monday's call for talks") goes back to the clause."""
    kept, owners = [], list(mentions)
    for h in hits:
        if 0 <= h.agent_at < h.start and not any(h.agent_at <= m.start - sentence.start <= h.agent_at + 4
                                                 for m in owners):
            name = _POSSESSOR.match(sentence.text, h.agent_at)
            country = countries().get(name.group().lower()) if name else None
            if country is None:
                kept.append(replace(h, agent_at=-1))
                continue
            owners.append(SimpleNamespace(doc_id=sentence.doc_id, sent_id=sentence.sent_id, actor=country,
                                          start=sentence.start + h.agent_at, end=sentence.start + name.end(),
                                          affiliation=country, actor_type="organization"))
        kept.append(h)
    return kept, owners


def _records_by_doc(frame: pd.DataFrame) -> dict[str, list]:
    """The rows of a frame as named tuples, grouped by doc_id (in the frame's order)."""
    grouped: dict[str, list] = {}
    record = collections.namedtuple("Pandas", frame.columns, rename=True)  # as ``itertuples`` names its rows
    columns = [frame[c].tolist() for c in frame.columns]  # whole columns at once: arrow strings iterate slowly
    for row in map(record._make, zip(*columns, strict=True)) if columns else ():
        grouped.setdefault(row.doc_id, []).append(row)
    return grouped


def _empty_quotes() -> pd.DataFrame:
    return pd.DataFrame(columns=[*C.QUOTES, "sent_id"])


def statements(sentences: pd.DataFrame, *, targets: tuple[Target, ...], quotes: pd.DataFrame | None = None,
               mentions: pd.DataFrame | None = None, lexicon: tuple[Cue, ...] | None = None,
               documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Statement-level stance: one row per sentence, speaker and target, with the cues that fired.

    Args:
        sentences: doc_id, sent_id, start, end, text.
        targets: from ``read_targets`` or ``targets_from_rows``.
        quotes: doc_id, quote_id, speaker, affiliation, speaker_type, start, end (optional).
        mentions: doc_id, actor, affiliation, actor_type, start, end (optional; needed for reported positions).
        documents: doc_id, title (optional): a title's statements have basis "headline" and sent_id -1.

    Returns:
        ``stance_statements``: doc_id, speaker, target, stance, score, quote_id, sent_id, cues, text, basis,
        affiliation, speaker_type, favor, against, neutral (cue weights), start, end (sentence offsets).

    >>> t = targets_from_rows([{"id": "truce", "label": "", "description": "", "patterns": "truce"}])
    >>> s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0], "end": [32],
    ...                   "text": ["Lee said a truce is unrealistic."]})
    >>> q = pd.DataFrame({"doc_id": ["d"], "quote_id": ["q0"], "speaker": ["Ann Lee"], "start": [9], "end": [31]})
    >>> statements(s, targets=t, quotes=q)[["speaker", "stance", "cues"]].values.tolist()
    [['Ann Lee', 'against', 'unrealistic -> against 1.5']]
    """
    lexicon = cue_lexicon() if lexicon is None else lexicon
    quotes = _empty_quotes() if quotes is None else quotes
    mentions = pd.DataFrame(columns=list(C.MENTIONS)) if mentions is None else mentions
    quotes_of = _records_by_doc(quotes)
    mentions_of = _records_by_doc(mentions.sort_values(["doc_id", "start"], kind="stable"))
    rows = []
    sentences_of = _records_by_doc(sentences.sort_values(["doc_id", "start"], kind="stable"))
    if documents is not None and "title" in documents.columns:
        for document in documents[["doc_id", "title"]].itertuples(index=False):
            texts = {" ".join(s.text.split()) for s in sentences_of.get(document.doc_id, [])}
            if isinstance(document.title, str) and " ".join(document.title.split()) not in texts:
                rows.extend(_headline_statements(document, mentions_of.get(document.doc_id, []), targets, lexicon))
    authors = dict(zip(documents["doc_id"], documents["author"].fillna(""), strict=True)) \
        if documents is not None and "author" in documents.columns else {}
    for doc_id, doc_sentences in sentences_of.items():
        rows.extend(_document_statements(doc_sentences, quotes_of.get(doc_id, []), mentions_of.get(doc_id, []),
                                         targets, lexicon, author=authors.get(doc_id, "")))
    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    frame = frame.drop_duplicates(["doc_id", "speaker", "target", "sent_id", "cues"]).reset_index(drop=True)
    return earlier_positions(frame, changed_minds(quotes)).assign(  # "voted against it in 2021"
        tone=statement_tones(frame, quotes, targets))


NO_TARGETS = ("no targets file: stance was not computed (pass --targets FILE or put targets.csv beside the "
              "corpus)")


def infer(sentences: pd.DataFrame, *, targets: tuple[Target, ...] | None, quotes: pd.DataFrame | None = None,
          mentions: pd.DataFrame | None = None, documents: pd.DataFrame | None = None
          ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``stance`` and ``stance_statements`` tables from sentences, quotes, mentions and the documents' titles.

    Without targets (``None``: no targets file) both tables are empty; the pipeline then records
    ``NO_TARGETS`` as a warning.
    """
    found = pd.DataFrame(columns=list(STATEMENT_COLUMNS)) if targets is None else \
        statements(sentences, targets=targets, quotes=quotes, mentions=mentions, documents=documents)
    return aggregate(found), found


read = _deprecated.renamed(of_text, "analysis.stance.read")
__getattr__ = _deprecated.moved(__name__, {
    **dict.fromkeys(("matrix", "by_outlet", "outlet_differences", "evidence", "worked_example", "findings",
                     "plot_matrix", "outlet_grid", "plot_outlets", "explain_statement"), "analysis.views.stance"),
    **dict.fromkeys(("same_actor", "match_gold", "validation_results", "scores", "validation_table"),
                    "analysis.validate.stance"),
    **dict.fromkeys(("CUES_FILE", "TARGET_COLUMNS", "phrase_pattern", "literal", "target_table", "targets_path"),
                    "analysis.stance_lexicon"),
})
