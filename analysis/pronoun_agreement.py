"""Agreement of "he" and "she" with the person they stand for.

The attribution rules resolve a pronoun to the person the text is about (the subject of the sentence before, the
last speaker, the last person named). A person whose sex the text makes plain cannot be the antecedent of a
pronoun of the other sex: "Mr. Abdrakhmanov ... she explained" is someone else. The sex of a person comes from a
courtesy title or a role noun the text gives them ("Mr.", "Dame", "spokeswoman", "the mother of two") or, failing
those, from their given name (``data/given_name_sex.csv``, from the 1990 US census lists and Faker's locales),
else from the text itself: the pronouns that follow the person's name in its sentence before anyone else is
named ("Vance-Adeyemi, a state senator, is spending her days in the north"), when they all agree (``text_sexes``).
Where none tells, the sex is unknown and every pronoun agrees.
"""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.actors_lexicon import given_name_sexes

__all__ = ["sex_of", "agrees", "text_sexes", "quoted_before"]

_FEMALE = frozenset(("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "madam", "madame", "baroness",
                     "duchess", "countess", "spokeswoman", "chairwoman", "businesswoman", "congresswoman",
                     "councilwoman", "sportswoman", "policewoman", "stateswoman", "mother", "grandmother", "wife",
                     "daughter", "sister", "widow", "woman", "girl", "actress", "headmistress", "waitress"))
_MALE = frozenset(("mr", "sir", "lord", "king", "prince", "monsieur", "herr", "baron", "duke", "count",
                   "spokesman", "chairman", "businessman", "congressman", "councilman", "sportsman", "policeman",
                   "statesman", "father", "grandfather", "husband", "son", "brother", "widower", "man", "boy",
                   "headmaster"))
_WANTS = {"he": "male", "him": "male", "his": "male", "himself": "male",
          "she": "female", "her": "female", "hers": "female", "herself": "female"}




def sex_of(actor: actors_stage.Actor) -> str:
    """"female", "male" or "" (unknown) for a person, from a title or role noun, else the given name.

    >>> sex_of(actors_stage.Actor("Kuanysh Abdrakhmanov", "", "person", "Mr.")), \\
    ...     sex_of(actors_stage.Actor("Mary Ruiz", "", "person")), sex_of(actors_stage.Actor("Kim Lee", "", "person"))
    ('male', 'female', '')
    """
    if actor.actor_type != "person":
        return ""
    words = set(re.findall(r"[a-z]+", actor.role.lower()))
    if words & _FEMALE and not words & _MALE:
        return "female"
    if words & _MALE and not words & _FEMALE:
        return "male"
    first = actor.name.split()[0].lower().rstrip(".") if actor.name else ""
    return given_name_sexes().get(first, "")


def agrees(pronoun: str, actor: actors_stage.Actor, sexes: dict[str, str] | None = None) -> bool:
    """Whether ``pronoun`` can stand for ``actor``: any pronoun when the sex is unknown or the word has none;
    ``sexes`` (``text_sexes``) tells the sex of persons the title, role and given name leave unknown.

    >>> agrees("she", actors_stage.Actor("John Reed", "", "person")), agrees("they", actors_stage.Actor("John Reed", "",
    ...     "person")), agrees("He", actors_stage.Actor("Kim Lee", "", "person"))
    (False, True, True)
    >>> agrees("he", actors_stage.Actor("Kim Lee", "", "person"), {"Kim Lee": "female"})
    False
    """
    wanted = _WANTS.get(pronoun.lower())
    sex = (sex_of(actor) or (sexes or {}).get(actor.name, "")) if wanted else ""
    return not sex or sex == wanted


# "Its" opening the sentence after one the name opens: a body, not a person ("Velmora says ... . Its minister").
_NEXT_OPENS = re.compile(r"[^.!?\n“”\"]{0,200}(?:“[^”]{0,300}”[^.!?\n“”\"]{0,100})?[.!?][”\"’']?\s+(Its)\s")
# "He" or "She" opening the sentence after one the name opens, no quotation between: "Doria Pell presented the
# draft. She said ...", the subject taken up by the next sentence's subject (centering).
_NEXT_PRONOUN = re.compile(r"[^.!?\n“”\"]{0,200}[.!?]\s+(He|She)\s")
_OPENS = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)(?:[A-Z][\w’'-]*\s+){0,3}\Z")
# A possessive in the name's own clause: the name, an apposition, up to three words of its verb phrase, "his"/"her".
_OWN_POSSESSIVE = re.compile(r"(?:,[^,;:“”\"«»]{1,90},)?\s+(?!(?:that|who|whose|which|said|says)\b)"
                             r"(?:[a-z]+\s+(?!(?:that|who|whose|which)\b)){1,3}?(his|her)\s+[a-z]")


def text_sexes(text: str, mentions: list[tuple[int, int, actors_stage.Actor]],
               inside_quote) -> dict[str, str]:
    """The sex of each person whose possessives in their own clause agree: "his" or "her" within three words of
    the name or of the apposition after it ("Vance-Adeyemi, a state senator, is spending her days"), outside
    quotation marks; not past "that" or a relative pronoun ("X, whose son ... since he was four"); "He" or "She"
    opening the next sentence, when the name opens its own and no one else is named between. "neuter" for a
    name typed a person that "Its" takes up in the next sentence: neither "he" nor "she" stands for it.

    >>> text = "Vance-Adeyemi, a state senator, is spending her days in the north. Kim Lee met Ada Obi."
    >>> people = [(0, 13, actors_stage.Actor("Cordelia Vance-Adeyemi", "", "person")),
    ...           (68, 75, actors_stage.Actor("Kim Lee", "", "person")),
    ...           (80, 87, actors_stage.Actor("Ada Obi", "", "person"))]
    >>> text_sexes(text, people, lambda at: False)
    {'Cordelia Vance-Adeyemi': 'female'}
    """
    votes: dict[str, set[str]] = {}
    persons = [m for m in mentions if m[2].actor_type == "person" and not inside_quote(m[0])]
    for k, (_, end, actor) in enumerate(persons):
        own = _OWN_POSSESSIVE.match(text, end)
        if own is not None and not inside_quote(own.start(1)):
            votes.setdefault(actor.name, set()).add(_WANTS[own.group(1)])
        next_one = _NEXT_OPENS.match(text, end) if "Its " in text else None  # "Velmora says ... . Its minister"
        if next_one and (k + 1 == len(persons) or persons[k + 1][0] > next_one.start(1)) and \
                _OPENS.search(text, max(0, end - 60), end - len(actor.name.split()[-1])):
            votes.setdefault(actor.name, set()).add("neuter")  # "His" there often means someone else
        taken_up = _NEXT_PRONOUN.match(text, end)
        if taken_up and (k + 1 == len(persons) or persons[k + 1][0] > taken_up.start(1)) and \
                _OPENS.search(text, max(0, end - 60), end - len(actor.name.split()[-1])):
            votes.setdefault(actor.name, set()).add(_WANTS[taken_up.group(1).lower()])
    return {name: next(iter(sexes)) for name, sexes in votes.items() if len(sexes) == 1}


_CLOSED_BEFORE = re.compile(r"[”\"’'»]\s*\Z")
_NEW_SENTENCE = re.compile(r"[.!?][”\"’'»]?\s+(?=[^\s“\"‘'«])")  # a sentence that begins before the quotation


def quoted_before(ctx, position: int, word: str) -> actors_stage.Actor | None:
    """'“...,” Sen. John Cornyn said. / “...,” he said': a "he" or "she" right after a quotation closes is the named
    person quoted last before it, when it opens right after the sentence of that person's cue (at most 400
    characters back), unless the quotation before was a question ("“Are you running?” Welker asked. “Maybe,” he
    said": someone answers)."""
    closed = _CLOSED_BEFORE.search(ctx.text, max(0, position - 4), position) if word in ("he", "she") else None
    span = ctx.quote_at(closed.start() - 1) if closed else None
    noted = ctx.noted_speaker(span[0] - 400, span[0]) if span else None
    if noted is None or not noted[1].name or noted[1].actor_type != "person":
        return None
    if _NEW_SENTENCE.search(ctx.text, noted[0], span[0]):
        return None  # only where this quotation follows that speaker's sentence ("A commander said ... “...,” he said")
    before = [q for q in ctx.quoted if q[1] <= span[0]][-1:]  # the quotation before this one
    asked = bool(before) and ctx.text[before[0][0]:before[0][1]].rstrip(" ,”\"’'").endswith("?")
    return None if asked or not agrees(word, noted[1], ctx.sexes()) else noted[1]
