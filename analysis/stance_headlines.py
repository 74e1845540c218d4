"""What a document's title attributes, for stance: the actors of the text it names and the words it gives
them ("Name: words", "Name says words", "words, Name says", "words - Name"). Used by ``analysis.stance``.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from analysis.quotes_lexicon import verb_forms

__all__ = ["HEADLINE", "title_mentions", "title_quotes"]

HEADLINE = "headline"  # basis of a statement read from the document's title (sent_id -1, no offsets: -1, -1)


_TITLE_SPLIT = re.compile(r"\s*(?::|,|\s[-–—]|\s\|)\s*$")


def title_mentions(doc_id: str, title: str, mentions: list) -> list:
    """Actors of the document named in its title: their surfaces in the text, a person's surname, and the
    countries and bodies they belong to (which speak as states: "Russia rejects truce")."""
    names: dict[str, tuple] = {}
    for m in mentions:
        for name in (m.surface, m.actor, *(m.actor.split()[-1:] if m.actor_type == "person" else [])):
            if isinstance(name, str) and len(name) >= 3 and name[:1].isupper():
                names.setdefault(name, (m.actor, m.affiliation, m.actor_type))
    for m in mentions:
        if isinstance(m.affiliation, str) and m.affiliation[:1].isupper() and m.actor_type != "media":
            names.setdefault(m.affiliation, (m.affiliation, m.affiliation, "organization"))
    found: list = []
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", title):
            if all(hit.end() <= f.start or hit.start() >= f.end for f in found):
                actor, affiliation, actor_type = names[name]
                found.append(SimpleNamespace(doc_id=doc_id, sent_id=-1, start=hit.start(), end=hit.end(),
                                             actor=actor, affiliation=affiliation, actor_type=actor_type))
    return sorted(found, key=lambda m: m.start)


def _title_span(title: str, m) -> tuple[int, int] | None:
    """The words a headline attributes to the actor named at ``m``: "Name: words", "Name says words", "words,
    Name says" or "words - Name"; None when it attributes none to them."""
    speech = {form for form, (_, kind) in verb_forms().items() if kind in ("speech", "opinion")}
    after, before = title[m.end:], title[:m.start]
    verb = re.match(r"\s+(\w+)\s+(?:that\s+)?", after)
    trailing = _TITLE_SPLIT.search(re.sub(r"\b(?:says|said)\s*$", "", before))
    if re.match(r"\s*:\s*\S", after) and ":" not in before:
        return m.end + after.index(":") + 1, len(title)
    if verb and verb.group(1).lower() in speech:
        return m.end + verb.end(), len(title)
    if re.fullmatch(r"\W*(?:(?:says|said)\W*)?", after) and trailing:
        return 0, trailing.start()
    return None


def title_quotes(doc_id: str, title: str, named: list) -> list:
    """What a headline attributes, one pseudo-quote per speaker; actors coordinated with the speaker ("Russia
    and the United States believe that ...") share the words."""
    for i, m in enumerate(named):
        span = _title_span(title, m)
        if span is None or span[1] - span[0] < 8:
            continue
        speakers = [m]
        for other in reversed(named[:i]):
            if not re.fullmatch(r"\s*(?:,|and|&)?\s*(?:and\s+)?(?:the\s+)?", title[other.end:speakers[0].start],
                                re.IGNORECASE):
                break
            speakers.insert(0, other)
        return [SimpleNamespace(doc_id=doc_id, quote_id="", kind="direct", speaker=s.actor, affiliation=s.affiliation,
                                speaker_type=s.actor_type, speaker_role="", start=span[0], end=span[1],
                                basis=HEADLINE) for s in speakers]
    return []
