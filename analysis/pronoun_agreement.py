"""Agreement of "he" and "she" with the person they stand for.

The attribution rules resolve a pronoun to the person the text is about (the subject of the sentence before, the
last speaker, the last person named). A person whose sex the text makes plain cannot be the antecedent of a
pronoun of the other sex: "Mr. Abdrakhmanov ... she explained" is someone else. The sex of a person comes from a
courtesy title or a role noun the text gives them ("Mr.", "Dame", "spokeswoman", "the mother of two") or, failing
those, from their given name (``data/given_name_sex.csv``, from the 1990 US census lists and Faker's locales).
Where neither tells, the sex is unknown and every pronoun agrees.
"""

from __future__ import annotations

import functools
import re

from analysis import actors as actors_stage
from analysis import resources

__all__ = ["sex_of", "agrees"]

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


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {row["name"]: row["sex"] for row in resources.read_table("given_name_sex.csv")}


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
    return _given_names().get(first, "")


def agrees(pronoun: str, actor: actors_stage.Actor) -> bool:
    """Whether ``pronoun`` can stand for ``actor``: any pronoun when the sex is unknown or the word has none.

    >>> agrees("she", actors_stage.Actor("John Reed", "", "person")), agrees("they", actors_stage.Actor("John Reed", "",
    ...     "person")), agrees("He", actors_stage.Actor("Kim Lee", "", "person"))
    (False, True, True)
    """
    wanted = _WANTS.get(pronoun.lower())
    sex = sex_of(actor) if wanted else ""
    return not sex or sex == wanted
