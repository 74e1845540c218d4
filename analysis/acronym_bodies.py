"""Acronyms joined to the bodies they stand for: "the EPA said" where the text names the Environmental Protection
Agency is one speaker, written "Environmental Protection Agency (EPA)". Used by ``analysis.actors`` on the mentions
of one text.
"""

from __future__ import annotations

import re

from analysis.actors_lexicon import Actor
from analysis.organizations import INSTITUTIONS, initials

__all__ = ["spelled_out"]


def _spellings(name: str) -> set[str]:
    """The acronyms a body's name may be shortened to: the initials of its capitalised words ("Environmental
    Protection Agency": EPA), and with its small words too ("Department of Justice": DOJ).

    >>> sorted(_spellings("Department of Justice"))
    ['DJ', 'DOJ']
    """
    words = [w for w in name.split() if w.lower() not in ("the", "and", "&")]
    return {initials(name), "".join(w[0] for w in words).upper()}


def _named_in(text: str, letters: str) -> str:
    """A capitalised name in the text with the acronym as its initials and a body's noun last ("Texas-based Energy
    Transfer Partners" for ETP), or "" when there is none or more than one.

    >>> _named_in("built by Texas-based Energy Transfer Partners", "ETP"), _named_in("Every Time Possible", "ETP")
    ('Energy Transfer Partners', '')
    """
    shape = rf"(?<![\w-]){letters[0]}[\w&'’-]*(?:\s+(?:(?:of|on|for)\s+)?[A-Z][\w&'’-]*){{{len(letters) - 1}}}(?![\w-])"
    found = {re.sub(r"['’]s$", "", m.group()) for m in re.finditer(shape, text)}  # not "Change's"
    names = {name for name in found  # "Intergovernmental Panel on Climate Change" for IPCC
             if letters in _spellings(name) and (name.split()[-1].lower() in INSTITUTIONS or len(
                 letters) >= 4 and any(w.lower() in INSTITUTIONS for w in name.split()[1:-1]))}
    return names.pop() if len(names) == 1 else ""


def spelled_out(found: list[tuple[int, int, Actor]], text: str = "") -> list[tuple[int, int, Actor]]:
    """Mentions with each acronym a text also spells out joined to the body's full name, written as the kit writes
    a name introduced with its initials: "the EPA said" where the text names the Environmental Protection Agency is
    one speaker, "Environmental Protection Agency (EPA)". Only an acronym the kit found itself (not a listed
    actor), and only where one body of the text has it as its initials; a body the kit did not find as a mention
    counts when the text names it (``text``) and its last word is a body's noun ("Energy Transfer Partners").

    >>> full, short = Actor("Environmental Protection Agency", "", "organization", "organization", False), \\
    ...     Actor("EPA", "", "organization", "organization", False)
    >>> [a.name for _, _, a in spelled_out([(0, 31, full), (40, 43, short)])]
    ['Environmental Protection Agency (EPA)', 'Environmental Protection Agency (EPA)']
    """
    bodies: dict[str, set[Actor]] = {}
    for _, _, actor in found:
        if actor.actor_type == "organization" and " " in actor.name and "(" not in actor.name:
            for letters in _spellings(actor.name):
                bodies.setdefault(letters, set()).add(actor)
    used = {a.name for _, _, a in found if not a.known and a.actor_type == "organization" and a.name.isupper()}
    joined: dict[Actor | str, Actor] = {}
    for letters, named in bodies.items():
        if len(named) == 1 and len(letters) > 1 and letters in used:
            body = next(iter(named))
            joined[body] = joined[letters] = Actor(f"{body.name} ({letters})", body.affiliation, body.actor_type,
                                                   body.role, body.known)
    for letters in sorted(used - set(bodies)):
        name = _named_in(text, letters) if 1 < len(letters) <= 6 else ""
        if name:
            joined[letters] = Actor(f"{name} ({letters})", "", "organization", "organization", False)
    if not joined:
        return found
    return [(s, e, joined.get(a) or (joined.get(a.name, a) if not a.known and a.name.isupper() else a))
            for s, e, a in found]
