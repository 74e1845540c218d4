"""Speakers of quotations from their neighbours: the quote, sentence or paragraph around an unattributed one.

News copy often names a speaker once and goes on quoting: a second quotation in the same sentence or paragraph,
a paragraph of quotation after the attributed one, an interview's answer after its question, or a quotation
whose speaker the next sentence names ("That was the message from X"). The passes here run after the
attributions of ``quotes`` and ``indirect`` and fill in only speakers that are still missing, except in an
interview, where a quotation no attribution names goes to the interviewee. Also here: quotations without
quotation marks (transcript lines, block quotations after "he said:") and transcripts quoted whole. Fragments
left without a speaker after these passes are ``fragment_speakers``'.
"""

from __future__ import annotations

import functools
import re

from analysis import actors as actors_stage
from analysis.attribution import Context, Quote, resolve_word, sentence_bounds
from analysis.indirect import STATED_BY
from analysis.pronoun_agreement import agrees
from analysis.quotes_lexicon import alternatives, verb_forms
from analysis.speaker_gaps import OBJECT_BEFORE, lead_in_end

__all__ = ["SO_CALLED", "answers", "aside_speaker", "continue_paragraphs", "continue_split_quotes",
           "goes_on", "interview_answers", "interviewee", "introduced_inline", "same_unnamed_source", "stated_after",
           "subject_of_sentence_before", "transcript_lines", "transcript_turns", "not_named_inside"]

CONTINUATION_PARAGRAPHS = 2  # line breaks an unattributed paragraph of quotation may be from its speaker's quote


def subject_of_sentence_before(ctx: Context, opening: int) -> actors_stage.Actor | None:
    """'He is more emphatic about Ukraine. “We should give ...”': an unattributed quotation right after a
    sentence in the same paragraph is the person that sentence is about, named or he/she near its start."""
    text = ctx.text
    before = text[max(0, opening - 300):opening]
    if not re.search(r"[.!?][”»\"’']?[ \t]+$", before) or ctx.inside_quote(opening - 2):
        return None
    sent_start, _ = sentence_bounds(text, len(text[:opening].rstrip()) - 2, ctx.quoted)
    if "\n" in text[sent_start:opening] or any(sent_start <= s < opening for s, _ in ctx.quoted):
        return None
    inner = re.search(r",\s+([Hh]e|[Ss]he)\s+([a-z]+),", text[sent_start:opening])  # "Had X, she asked, ever ...?"
    if inner and inner.group(2) in verb_forms():  # the one who asked, not the one asked about
        return resolve_word(ctx, inner.group(1), sent_start + inner.start(1))
    for start, _, actor in ctx.mention_at(sent_start, opening):
        if start < sent_start + lead_in_end(text[sent_start:opening]) and OBJECT_BEFORE.search(text, sent_start, start):
            continue  # the one a lead-in names is not its subject: "Responding to Mr Ashby, he said ..."
        if actor.actor_type == "person" and len(text[sent_start:start].split()) <= 8:
            return actor
        break
    pronoun = re.search(r"\b([Hh]e|[Ss]he)\b", " ".join(text[sent_start:opening].split()[:8]))
    if pronoun:
        return resolve_word(ctx, pronoun.group(1), sent_start)
    return None


def continue_split_quotes(ctx: Context, quotes: list[Quote]) -> None:
    """An unattributed direct quote right after an attributed one (within 200 characters) is the same speaker's."""
    previous = None
    for quote in quotes:
        if quote.kind != "direct":
            continue
        if quote.speaker is None and not quote.cue and previous is not None and quote.start - previous.end < 200 \
                and not _new_subject(ctx, previous.end, quote.start, previous.speaker):
            quote.speaker, quote.cue = previous.speaker, previous.cue
        if quote.speaker is not None:
            previous = quote
        elif quote.start - (previous.end if previous else 0) >= 200:
            previous = None


SENTENCE_OPENING = re.compile(r"(?:[.!?][”»\"’']?\s+|\n\s*)(?:(?:[\w,’'-]+\s+){0,2}|"
                              r"(?:[\w’'-]+\s+){1,4}?[\w’'-]+,\s+)$")  # "Jones", "Back in Korbath, Jones"
_PRONOUN_OPENING = re.compile(r"(?:[.!?][”»\"’']?\s+|\n\s*)(He|She)\s")  # "... He nodded towards the hills."


def _new_subject(ctx: Context, start: int, end: int, speaker: actors_stage.Actor | None) -> bool:
    """Whether a person other than ``speaker`` opens a sentence between ``start`` and ``end``: "“A,” Smith said,
    going on to contrast Clinton's plans. “B.”" goes on with Smith; "“A,” Smith said. Jones laughed. “B.”" not, nor
    "“A,” Smith said. Back home, Jones disagrees. He shrugged. “B.”" (a sentence opened by a lead-in or by a pronoun
    that stands for another)."""
    for at, _, actor in ctx.mention_at(start, end):
        if actor.actor_type == "person" and actor != speaker and not ctx.inside_quote(at) \
                and SENTENCE_OPENING.search(ctx.text, max(0, at - 40), at):
            return True
    for pronoun in _PRONOUN_OPENING.finditer(ctx.text, start, end):  # "“A,” Halina said. Back in Korbath, X says
        if not ctx.inside_quote(pronoun.start(1)):  # he will vote for her. He nodded. “B.”": X's
            actor = resolve_word(ctx, pronoun.group(1), pronoun.start(1))
            if actor is not None and actor != speaker:
                return True
    return False


SO_CALLED = re.compile(r"\b(?:so-called|so called|self-styled|self-declared|self-proclaimed)\s+(?:[\w’'-]+\s+){0,2}?"
                       r"[“«\"‘']?$", re.IGNORECASE)  # "the so-called Democratic “blue wall”"


def goes_on(ctx: Context, quotes: list[Quote]) -> None:
    """'... are “not meeting the demand,” says X, founder of Y. “We often compare it ...”': an unattributed
    direct quote or fragment in the paragraph of an attributed quote of any kind, within 200 characters, is its
    speaker's ('“We will not accept this,” she said. The plan was “reckless.”'), unless the copy distances
    itself from the fragment ("the so-called “peace formula”")."""
    previous = None
    for quote in quotes:
        fragment = quote.kind == "partial" and not SO_CALLED.search(ctx.text, max(0, quote.start - 50), quote.start)
        if (quote.kind == "direct" or fragment) and quote.speaker is None and not quote.cue and previous is not None \
                and quote.start - previous.end < 200 and "\n" not in ctx.text[previous.end:quote.start] \
                and not _new_subject(ctx, previous.end, quote.start, previous.speaker):
            quote.speaker = previous.speaker
        if quote.speaker is not None:
            previous = quote


def continue_paragraphs(text: str, quotes: list[Quote]) -> None:
    """A paragraph that opens with an unattributed direct quote goes on with the last speaker quoted.

    News copy gives a speaker's next paragraph of quotation without a new attribution; the speaker is the one of
    the nearest preceding quote of any kind, when it is at most CONTINUATION_PARAGRAPHS paragraphs back.
    """
    previous = None
    for quote in quotes:
        i = quote.start - 1
        while i >= 0 and text[i] in " \t“”\"«»‘’'":  # only marks and spaces back to the line's start
            i -= 1
        opens = i < 0 or text[i] == "\n"
        if quote.kind == "direct" and quote.speaker is None and not quote.cue and opens and previous is not None \
                and text.count("\n", previous.end, quote.start) <= CONTINUATION_PARAGRAPHS:
            quote.speaker, quote.cue = previous.speaker, ""
        if quote.speaker is not None:
            previous = quote


def stated_after(ctx: Context, quotes: list[Quote]) -> None:
    """'“I am not going anywhere.” That was the message from Prime Minister X': the sentence after an
    unattributed quotation names its speaker ("This was stated by X" in agency style)."""
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker is not None:
            continue
        opening = re.match(r"[”»\"’'.!?]*\s+", ctx.text[quote.end:quote.end + 8])
        at = quote.end + opening.end() if opening else -1
        stated = STATED_BY.match(ctx.text, at) if at > 0 else None
        named = [m for m in ctx.mention_at(stated.end(), stated.end() + 60) if m[0] - stated.end() < 40] \
            if stated else []
        if named:
            quote.speaker, quote.cue = named[0][2], stated.group().split()[-2]


PRONOUN_ATTRIBUTION = re.compile(r"[.,!?]*[”»\"’']?\s*,?\s*(?:[Hh]e|[Ss]he)\s+[a-z]+\b")


def answers(ctx: Context, quotes: list[Quote]) -> None:
    """In an interview, a paragraph of quotation right after a question paragraph ("Minister, do you believe
    ...?") answers it: its speaker is the person last named outside quotation marks before the question. So is
    the he or she of its attribution ("I ask if X is good enough?" / "“Yes,” he snaps."), not X."""
    text = ctx.text
    for k, quote in enumerate(quotes):
        pronoun = quote.cue and PRONOUN_ATTRIBUTION.match(text, quote.end)
        if quote.kind != "direct" or (quote.speaker is not None or quote.cue) and not pronoun:
            continue
        line = text.rfind("\n", 0, quote.start) + 1
        if text[line:quote.start].strip(" \t“\"«‘'") or line < 2:
            continue
        question_end = len(text[:line].rstrip())
        question = text[text.rfind("\n", 0, question_end) + 1:question_end]
        if question.endswith("?") and not re.search(r"[“”\"«»]", question):
            before, quote.speaker = quote.speaker, ctx.person_before(question_end - len(question)) or quote.speaker
            for later in quotes[k + 1:]:  # the rest of a split answer: "“Yes,” he snaps. “I said ...”"
                if "\n" in text[quote.end:later.start] or before is None or later.speaker != before:
                    break
                later.speaker = quote.speaker


# Heads that name one unnamed source the same way: "a source close to the star ... the insider said".
SPELLINGS = {"advisor": "adviser", "advisors": "advisers", "insider": "source", "person": "source"}


def _head_noun(words: list[str]) -> str:
    """The head of a description: its last word before a preposition ("an adviser to X" is an adviser)."""
    cut = next((k for k, w in enumerate(words) if k and w.lower() in ("to", "of", "for", "at", "in", "with")),
               len(words))
    while cut > 1 and words[cut - 1].lower() in ("close", "familiar", "near", "loyal", "linked", "connected",
                                                 "briefed", "opposed", "sympathetic"):
        cut -= 1  # "a source close to the star" is a source
    head = words[cut - 1].lower().strip(",.")
    return SPELLINGS.get(head, head)


def same_unnamed_source(quotes: list[Quote]) -> None:
    """'A senior administration official said ... The official added ...': a definite description takes the
    earlier unnamed source with the same head noun, so one source is counted once."""
    described: dict[str, actors_stage.Actor] = {}
    for quote in quotes:
        actor = quote.speaker
        if actor is None or actor.name or not actor.role:
            continue
        words = actor.role.split()
        head = _head_noun(words)
        if words[0].lower() == "the" and len(words) <= 3 and head in described:
            quote.speaker = described[head]
        elif words[0].lower() in ("a", "an", "one"):
            described[head] = actor


INTRODUCED = re.compile(r"(?:[:,]|--|[—–])[ \t]*[“\"«‘']*$")


LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*)[ \t]*:[ \t]")
# "His message: “We will not give in.”": a possessive pronoun, a noun or two and a colon before a quotation.
POSSESSIVE_LEAD = re.compile(r"(?:^|(?<=[.!?]\s))([Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*:\s*[“«\"‘']?$")


def _labelled(ctx: Context, line_start: int, end: int) -> actors_stage.Actor | None:
    label = LABEL.match(ctx.text, line_start, end)
    if label is None:
        return None
    named = ctx.mention_ending_at(label.end(1), since=label.start(1))
    if named and named[2].actor_type in ("person", "organization"):
        return named[2]
    if label.group(1).isupper() and len(label.group(1)) > 2:  # a transcript label: "ZELENSKY:", "MR. KELLY:"
        surname = label.group(1).split()[-1].strip(".").lower()
        return next((a for _, _, a in reversed(ctx.mentions) if a.actor_type == "person" and a.name
                     and a.name.split()[-1].lower() == surname), None)
    return None


# A speaker's label in a transcript quoted whole: '"WALLACE: Let's talk about ... PENCE: Well, ..."'.
TURN_LABEL = re.compile(r"(?:^|(?<=[\s\"“”‘’'«»]))((?:[A-Z][A-Z.’'-]+\s+){0,2}[A-Z][A-Z’'-]+):\s+(?=\S)")
NOT_LABELS = frozenset(("UPDATE", "BREAKING", "NOTE", "WATCH", "READ", "MORE", "PHOTOS", "VIDEO", "EXCLUSIVE",
                        "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE", "LIVE", "ALERT", "URGENT", "FLASH"))


def transcript_turns(ctx: Context, start: int, end: int) -> list[Quote]:
    """The turns of a transcript quoted whole, one direct quote per labelled turn with the label's speaker ("PENCE"
    is the person of the text with that surname, else a person of that name); [] unless two labels or more."""
    labels = [m for m in TURN_LABEL.finditer(ctx.text, start, end) if m.group(1) not in NOT_LABELS]
    if len(labels) < 2:
        return []
    turns = []
    for k, label in enumerate(labels):
        turn_end = labels[k + 1].start() if k + 1 < len(labels) else end
        turn_start, turn_end = label.end(), len(ctx.text[:turn_end].rstrip(" \t\n\"“”‘’'"))
        if turn_end <= turn_start:
            continue
        surname = label.group(1).split()[-1].strip(".’'").lower()
        speaker = next((a for _, _, a in reversed(ctx.mention_at(0, turn_start)) if a.actor_type == "person" and a.name
                        and a.name.split()[-1].lower() == surname), None) or \
            actors_stage.Actor(label.group(1).title(), "", "person", "", known=False)
        turns.append(Quote("direct", turn_start, turn_end, speaker=speaker))
    return turns


LINE_LABEL = re.compile(r"^[ \t]*((?:[A-Z][\w.’'-]+[ \t]+){0,2}[A-Z][\w’'-]+):[ \t]+(?=\S)", re.MULTILINE)


def transcript_lines(ctx: Context) -> list[Quote]:
    """Lines of a transcript printed without quotation marks ("PENCE: Well, I think ..."): a direct quote each,
    when at least two lines open with a label that names a person of the text, or one label in capitals opens two
    lines. A label not in capitals ("Kaziyev-Tal: That is a fantasy.") counts only when it names a person of the
    text ("Note: ..." names no one)."""
    lines = []
    for label in LINE_LABEL.finditer(ctx.text):
        if label.group(1) in NOT_LABELS or ctx.inside_quote(label.end()):
            continue
        end = ctx.text.find("\n", label.end())
        end = len(ctx.text) if end < 0 else end
        surname = label.group(1).split()[-1].strip(".’'").lower()
        speaker = next((a for _, _, a in ctx.mentions if a.actor_type == "person" and a.name
                        and a.name.split()[-1].lower() == surname), None) or _initialled(ctx, label.group(1))
        if speaker is not None or label.group(1).isupper():
            lines.append((label, end, speaker))
    labels = [label.group(1) for label, _, _ in lines]
    if sum(speaker is not None for _, _, speaker in lines) < 2 and not any(labels.count(x) > 1 for x in labels):
        return []
    return [Quote("direct", label.end(), len(ctx.text[:end].rstrip()),
                  speaker=speaker or actors_stage.Actor(label.group(1).title(), "", "person", "", known=False))
            for label, end, speaker in lines if not any(label.end() <= s < end and len(ctx.text[s:e].split()) > 2
                                                        for s, e in ctx.quoted)]  # a word or two quoted inside a
    # line is the speaker's own quoting ('The word "spy"'); a longer quotation is someone else's, reported


def _initialled(ctx: Context, label: str) -> actors_stage.Actor | None:
    """The person of the text whose initials a label of two or three capitals gives ("SR" for "Sofie Rand (SR)")."""
    if not re.fullmatch(r"[A-Z]{2,3}", label):
        return None
    return next((a for _, _, a in ctx.mentions if a.actor_type == "person" and a.name
                 and "".join(w[0] for w in a.name.split() if w[:1].isupper()) == label), None)


QA_LABEL = re.compile(r"^[ \t]*(Q|A)[:.][ \t]+(?=\S)", re.MULTILINE)


# A quotation with its attribution after it: a paragraph of narration, not an answer going on.
_ATTRIBUTED_LINE = re.compile(r"[,.!?][”\"’]\s*(?:(?:he|she|they)\s+(?:said|says|added|adds|told)\b|"
                              r"(?:said|says|added|adds)\s+[A-Z])")


def qa_answers(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """An interview printed as questions and answers ("Q: ..." / "A: ..." at least twice each): every answer
    paragraph, and each paragraph after it up to the next question (or to narration that quotes someone with an
    attribution), is a direct quote of the interviewee, the
    person named most often outside quotation marks before the first question (of several, the one named first).
    Quotation marks inside an answer are the interviewee's own quoting, not quotes of their own."""
    labels = [m for m in QA_LABEL.finditer(ctx.text) if not ctx.inside_quote(m.start(1))]
    if sum(m.group(1) == "Q" for m in labels) < 2 or sum(m.group(1) == "A" for m in labels) < 2:
        return quotes
    counts: dict[actors_stage.Actor, int] = {}
    for start, _, actor in ctx.mention_at(0, labels[0].start()):
        if actor.actor_type == "person" and not ctx.inside_quote(start):
            counts[actor] = counts.get(actor, 0) + 1
    if not counts:
        return quotes  # no one named as the one interviewed
    person, answers = max(counts, key=counts.get), []  # named most often; of several, the one named first
    for k, label in enumerate(labels):
        if label.group(1) != "A":
            continue
        following = labels[k + 1].start() if k + 1 < len(labels) else None
        block_end = following if following is not None else ctx.text.find("\n", label.end()) % (len(ctx.text) + 1)
        position = label.end()
        for n, line in enumerate(ctx.text[label.end():block_end].split("\n")):
            text = line.strip()
            if n and _ATTRIBUTED_LINE.search(text):
                break  # 'Not everyone agrees. ... “Nobody called me back,” she said.': narration between answers
            if text:
                start = ctx.text.index(text, position)
                answers.append(Quote("direct", start, start + len(text.rstrip(" \t\"“”‘’'")), speaker=person))
            position += len(line) + 1
    inside = [q for q in quotes if any(a.start <= q.start < a.end for a in answers)]
    return [q for q in quotes if q not in inside] + answers


def labelled_lines(ctx: Context, quotes: list[Quote]) -> None:
    """'Putin: West ‘playing with fire’ over Ukraine', 'ZELENSKY: We will not give up': a line that opens with a
    name and a colon (a headline, a transcript) gives the quotations on it to that name; 'His message: “...”'
    gives it to the person a he or she there stands for."""
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        line_start = ctx.text.rfind("\n", 0, quote.start) + 1
        quote.speaker = _labelled(ctx, line_start, quote.start)
        lead = POSSESSIVE_LEAD.search(ctx.text, max(line_start, quote.start - 60), quote.start)
        if quote.speaker is None and lead:
            quote.speaker = resolve_word(ctx, "he" if lead.group(1).lower() == "his" else "she", lead.start())


def introduced_inline(ctx: Context, quotes: list[Quote]) -> None:
    """'... including the former candidate Mitt Romney -- “It is disqualifying ...”', 'As X, a tax lawyer,
    recently put it, “...”': a quotation introduced by a colon, comma or dash inside a sentence, with no reporting
    verb found, is the nearest person or body named before it in that sentence."""
    for quote in quotes:
        if quote.kind == "indirect" or (quote.speaker is not None and quote.speaker.name):
            continue  # a described source ("several ministers agree, among them X -- “...”") gives way to X
        if not INTRODUCED.search(ctx.text, max(0, quote.start - 6), quote.start):
            continue
        sent_start, _ = sentence_bounds(ctx.text, max(0, quote.start - 2), ctx.quoted)
        if "\n" in ctx.text[sent_start:quote.start]:
            continue
        named = [(at, end, actor) for at, end, actor in ctx.mention_at(max(sent_start, quote.start - 250),
                                                                      quote.start)
                 if not ctx.inside_quote(at) and actor.actor_type in ("person", "organization")]
        persons = [n for n in named if n[2].actor_type == "person"]
        if named and persons and named[-1][2].actor_type == "organization" and \
                re.match(r",\s+(?:an?|the)\s[^,;:“”\"]*$", ctx.text[persons[-1][1]:named[-1][0]]):
            named.append(persons[-1])  # "As X, a tax lawyer and fellow at the Y Center, put it": X, not Y
        if named and (quote.speaker is None or named[-1][0] > quote.cue_start):
            quote.speaker = named[-1][2]


INTERVIEWER = re.compile(r"\bI (?:ask|asked|put it to|suggest|suggested|press|pressed|interviewed|interrupt|"
                         r"interrupted)\b|\b(?:tells|told|asks|asked|gives|gave|interrupts|interrupted|reminds|"
                         r"reminded|assures|assured) me\b|\b(?:I|[Ww]e) (?:sit|sat) (?:down )?(?:with|opposite)\b|"
                         r"\b(?:I|[Ww]e) (?:meet|met|first met|visit|visited) (?=[A-Z])")
PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?;]\s+|\n|,\s*|\bwhich\s+|\bthat\s+)(?:[Hh]e|[Ss]he)\s+"
                             r"(?:(?:also|still|now|is|was|has|had|\w+ly)\s+)*$")
INTERVIEW_SIGNS = 3  # interviewer phrases a text needs before its unattributed quotations go to the interviewee
# A name alone on its line, perhaps after "By" or a section label ("Opinion | Ana Ruiz", "By Ana Ruiz, Wire"): the
# writer, whose "I" the interviewer phrases are, so no one they interview.
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[Bb]y|BY)\s+|[A-Z][\w ]{0,20}?\s*[|:—–]\s*)?$")
_BYLINE_AFTER = re.compile(r"[ \t]*(?:[,|—–][^\n.!?]{0,40})?(?:\n|$)")


_TELLER_GAP = re.compile(r"(?:(?:,[^,.;:“”\"]{1,150}){1,2},)?,?\s*(?:(?:has|had|also|later|once)\s+)*")


def _writers(ctx: Context) -> set[actors_stage.Actor]:
    """Persons named in a byline of the text (``_BYLINE_BEFORE``)."""
    return {actor for start, end, actor in ctx.mentions if actor.actor_type == "person"
            and _BYLINE_BEFORE.search(ctx.text, max(0, start - 40), start) and _BYLINE_AFTER.match(ctx.text, end)}


def interviewee(ctx: Context) -> actors_stage.Actor | None:
    """The person an interview is with: in a text where the interviewer speaks in the first person ("I ask",
    "he tells me") at least ``INTERVIEW_SIGNS`` times, the person named most often outside quotation marks, a
    name beside the interviewer's words ("I sit opposite X", "X tells me") counting three times; never the writer
    a byline names, whose own "I" those phrases are; no one when several persons stand beside those phrases (an
    op-ed that reports what several people "told me")."""
    if not any(word in ctx.text for word in ("I ", " me", "We ", "we ")):
        return None  # every interviewer phrase has one of these: most texts are passed over without a search
    signs = [m for m in INTERVIEWER.finditer(ctx.text) if not ctx.inside_quote(m.start())]
    if len(signs) < INTERVIEW_SIGNS:
        return None
    counts: dict[actors_stage.Actor, int] = {}
    writers = _writers(ctx)
    for start, _, actor in ctx.mentions:
        if actor.actor_type == "person" and not ctx.inside_quote(start) and actor not in writers:
            counts[actor] = counts.get(actor, 0) + 1
    tellers = set()
    for sign in signs:
        for start, end, actor in ctx.mention_at(max(0, sign.start() - 40), sign.end() + 40):
            gap = ctx.text[end:sign.start()] if end <= sign.start() else ctx.text[sign.end():start]
            if actor in counts and not re.search(r"[.,;:?!“”\"]|\b(?:if|whether|about|that|and)\b", gap):
                counts[actor] += 3
        if sign.group().endswith(" me"):  # who told me: a person named right before, perhaps with an apposition
            tellers.update(a for _, e, a in ctx.mention_at(max(0, sign.start() - 200), sign.start())
                           if a in counts and _TELLER_GAP.fullmatch(ctx.text, e, sign.start()))
    if len(tellers) > 1:
        return None  # "X told me ... Y told me": a writer who spoke to several people, not an interview
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # no one stands out as the one interviewed
    return ranked[0][0]


def interview_answers(ctx: Context, quotes: list[Quote]) -> None:
    """In an interview, a quotation that no attribution names ("“Yes,” he snaps.", a paragraph of quotation after
    the interviewer's question) is the interviewee's, not the person the question or the narration was about.
    Speakers that some attribution names ("says the former editor, George Osborne") keep their quotations."""
    person = interviewee(ctx)
    if person is None:
        return
    named = {quote.speaker for quote in quotes if quote.speaker is not None and _named_at_cue(ctx, quote)}
    for quote in quotes:
        if quote.kind == "direct" and quote.speaker not in named and (quote.speaker is None or quote.speaker.name):
            quote.speaker = person
        elif quote.kind == "indirect" and quote.speaker is not person and quote.cue_start >= 0 and \
                PRONOUN_SUBJECT.search(ctx.text, max(0, quote.cue_start - 30), quote.cue_start):
            quote.speaker = person  # "He also thinks Starmer is doing the right thing"


def _named_at_cue(ctx: Context, quote: Quote) -> bool:
    """Whether the quote's speaker is named beside its reporting verb ("says Blair", "Smith told me"), in the
    sentence of the verb and within 60 characters of it."""
    if quote.cue_start < 0:
        return False
    sent_start, sent_end = sentence_bounds(ctx.text, quote.cue_start, ctx.quoted)
    near = ctx.mention_at(max(sent_start, quote.cue_start - 60), min(sent_end, quote.cue_start + len(quote.cue) + 60))
    return any(actor is quote.speaker and not ctx.inside_quote(start) for start, _, actor in near)


@functools.lru_cache(maxsize=1)
def _his_words() -> re.Pattern:
    """'His promise of “boots on the ground”', ', in her words, ': a possessive pronoun with a noun of speech."""
    return re.compile(rf"\b(?:[Ii]n\s+)?([Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?(?:{alternatives('speech_noun')}|view)"
                      rf"(?:,\s+|\s+(?:[^\s,;:“”\"«»]+\s+){{0,7}}?)")


def aside_speaker(ctx: Context, sent_start: int, start: int) -> actors_stage.Actor | None:
    """The speaker an aside or a possessive pronoun names before a fragment in its sentence: "This, according to
    Starmer, is “a moment”", "Europe, in his words, must “step up”", "His promise of “boots on the ground”"."""
    head = ctx.text[sent_start:start]
    according = re.search(r",\s+according\s+to\s+", head)
    if according:
        named = [m for m in ctx.mention_at(sent_start + according.end(), start) if not ctx.inside_quote(m[0])][:1]
        if named and re.match(r"[^,]{0,60},", ctx.text[named[0][1]:start]):
            return named[0][2]
    his = list(_his_words().finditer(head))[-1:]
    if his and len(head[his[0].end():].split()) <= 4:
        return resolve_word(ctx, "he" if his[0].group(1).lower() == "his" else "she", sent_start + his[0].start())
    return None


# The pronoun of a cue: "“...,” he said", "“...,” said she".
_PRONOUN_BEFORE_CUE = re.compile(r"\b(he|she)\s+\Z")
_PRONOUN_AFTER_CUE = re.compile(r"[a-z]+\s+(he|she)\b")
OTHER_WITHIN = 1500  # characters before a quotation within which its "he" or "she" may be another person


def not_named_inside(ctx: Context, quotes: list[Quote]) -> None:
    """A direct quotation whose "he" or "she" was read as a person the quotation itself names in the third person
    ("The coach singled out Asante. “Kwame has been patient,” he said", "“Matthias and I agree,” he said") is the
    nearest other person before it whom the pronoun allows: speakers do not name themselves so."""
    for quote in quotes:
        actor = quote.speaker
        if quote.kind != "direct" or actor is None or actor.actor_type != "person" or quote.cue_start < 0:
            continue
        pronoun = _PRONOUN_BEFORE_CUE.search(ctx.text, max(0, quote.cue_start - 6), quote.cue_start) or \
            _PRONOUN_AFTER_CUE.match(ctx.text, quote.cue_start)
        inside = ctx.text[quote.start:quote.end]
        names = [w for w in actor.name.split() if len(w) > 2 and w[:1].isupper()]
        if pronoun is None or not any(re.search(rf"\b{re.escape(w)}\b", inside) for w in names):
            continue
        for start, _, other in ctx.mentions_before(max(0, quote.start - OTHER_WITHIN), quote.start):
            if other.actor_type == "person" and other.name and other.name != actor.name and \
                    not ctx.inside_quote(start) and agrees(pronoun.group(1), other, ctx.sexes()) and \
                    not any(re.search(rf"\b{re.escape(w)}\b", inside) for w in other.name.split() if len(w) > 2):
                quote.speaker = other
                break
