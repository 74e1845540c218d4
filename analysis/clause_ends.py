"""Where a reported clause without "that" ends at a comma: not inside a list, a figure's comparison, an aside, a
relative clause of its subject or a name in apposition, but at one that opens a participle, a conjunction or a
relative clause, or after CLAUSE_MIN_WORDS words. ``analysis.indirect`` cuts its clauses here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.quotes_lexicon import verb_forms

__all__ = ["CLAUSE_MIN_WORDS", "clause_comma"]

CLAUSE_MIN_WORDS = 8  # a reported clause without "that" runs at least this far past an inner comma


# After a comma, a short phrase then "and"/"or" and the end of the sentence: the last items of a list.
LIST_GOES_ON = re.compile(r"(?!(?:and|but|or|which|who|while|as|adding|saying|according)\b)[A-Za-z][\w’'-]*"
                          r"(?:\s+[\w’'-]+){0,4}(?:,\s+[\w’'-]+(?:\s+[\w’'-]+){0,4})*,?\s+(?:and|or)\s+[^,;]+$")


APPOSED_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?=,\s+(?:to|of|for|on|in|at|and|that|had|has|have|"
                          r"was|were|is|are|would|will|could)\s)")  # "the envoy, Pieter Haas, had circulated"
# An apposition to the noun before the comma: ", a village 12km east of Kastel", ", most of them over the region".
APPOSITION_AFTER = re.compile(r"an?\s|(?:most|many|some|all|none|several|both|each|one)\s+of\s+(?:them|those|these)\b")
# "paid the contractor, Arclight Defense Systems, nearly $600 million": a name set off after a noun it names
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+[a-z][\w’'-]*$")
NAME_THEN_COMMA = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?=,\s)")


# A relative clause set off inside a reported clause's subject, its predicate after the closing comma.
PREDICATE = (r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might|must|should|did|does|do|"
             r"[a-z]{3,}ed|lost|took|made|gave|came|went|saw|held|left|fell|rose|began|won|kept|"
             r"met|sent|spent|built|found|paid|sold|led|ran|hit|cut)")
RELATIVE_IN_SUBJECT = re.compile(r"(?P<body>(?:which|who|whose|now|then|still|once|already|at\s+least|"
                                 r"[a-z]+(?:ed|en|wn)\s+(?:by|as|in|to|for|from|with)\b)\b"
                                 r"[^,;:“”\"]{1,150})(?=,\s+(?:\w+ly\s+)?" + PREDICATE + r"\b)")
# Examples set off inside a reported clause's subject, its predicate after the closing comma: "said the
# measures, such as planting forests or storing CO2, were unproven".
EXAMPLES_IN_SUBJECT = re.compile(r"(?:such\s+as|including|like|notably|especially|particularly)\s[^;:“”\"]{1,150}?"
                                 r",\s+(?=(?:\w+ly\s+)?" + PREDICATE + r"\b)")
COMPARED = re.compile(r"(?:up|down)\s+(?:from|on|by)\s|(?:compared|against)\s+(?:with\s+)?(?:a|an|the|[$£€¥]|\d)")


def _new_report(after: str) -> bool:
    """Whether what follows a comma is a sentence's own subject and reporting verb: "..., the President pointed
    out that ..." and "..., he now believes ..." end the clause before them."""
    after = re.sub(r"^(he|she|they|we)\s+(?:now|still|also|then|later|\w+ly)\s+", r"\1 ", after)
    for subject in NEW_SUBJECTS:  # "a councillor said": the verb after one, two, three or four words
        found = subject.match(after)
        if found and (found.group(1) in verb_forms() or
                      f"{found.group(1)} {found.group(2) or ''}".strip() in verb_forms()):
            return True
    return False


NEW_SUBJECTS = tuple(re.compile(r"(?:the|a|an|he|she|they|we|two|three|several|some|many|other|[A-Z][\w.’'-]*)"
                                rf"(?:\s+[A-Z][\w.’'-]*|\s+[a-z][\w’'-]*){{{n}}}\s+([a-z]+)(?:\s+([a-z]+))?\b")
                     for n in range(4))


# After a comma, words that go on with the clause before it: a manner ("by rebuilding ties") or examples of what it
# names ("including", "such as", "especially").
CLAUSE_GOES_ON = re.compile(r"(?:by\s+\w+ing|including|such\s+as|especially|particularly|notably)\b")


def clause_comma(text: str, start: int, end: int, quoted: Callable[[int], bool] = lambda at: False) -> int:
    """The comma that ends a reported clause without "that": the first one after CLAUSE_MIN_WORDS words, or
    an earlier one that opens a participle, a conjunction or a relative clause; -1 when none does. A comma inside
    quotation marks (``quoted``) ends nothing: 'said the price was "at the top of our range, but inside it"'."""
    closing = -1  # the comma that closes a name in apposition
    inside = -1  # the end of examples set off in the clause's subject
    for match in re.finditer(r", ", text[start:end]):
        after = text[start + match.end():end]
        if match.start() == closing or match.start() < inside or quoted(start + match.start()):
            continue
        if re.match(r"(?:and|but)\s+that\b|(?:even\s+)?(?:though|although|because|since|unless|if)\b", after):
            continue  # "says A, and that B"; "said A, even though B": the report goes on
        if re.match(r"(?:an?|two|three|several|some|many|other)\s", after) and _new_report(after):
            return start + match.start()  # "... their water, a councillor said": a report of its own
        if LIST_GOES_ON.match(after):
            continue  # "received cash, luxury cars and the use of a house": one more item of a list
        if APPOSITION_AFTER.match(after):
            continue  # "have taken control of Dorrin, a village about 12km east": the noun's apposition
        if COMPARED.match(after):
            continue  # "expects revenue of $9.1 billion, down from $9.5 billion": the figure goes on
        if re.match(r"as\s+[^,;]{1,60},\s+[a-z]", after) and not re.match(r"as\s+(?:well|soon|long)\b", after):
            continue  # "China and Brazil, as major developing countries, share ...": an aside inside the clause
        relative = RELATIVE_IN_SUBJECT.match(after)
        if relative and len(text[start:start + match.start()].split()) < CLAUSE_MIN_WORDS:
            closing = match.end() + relative.end("body")
            continue  # "said the attack, which began on Thursday, had been detected": the subject's relative clause
            # or aside ("said the shutdown, now in its fourth week, forced him to delay")
        examples = EXAMPLES_IN_SUBJECT.match(after)
        if examples and len(text[start:start + match.start()].split()) < CLAUSE_MIN_WORDS:
            inside = match.end() + examples.end() - 1
            continue  # "said the efficacy of measures, such as planting forests, were unproven"
        if CLAUSE_GOES_ON.match(after):
            continue  # "is doing the right thing, by rebuilding ties", "cut spending, including on defence"
        apposition = APPOSED_NAME.match(after) or (
            NOUN_BEFORE.search(text, start, start + match.start()) and NAME_THEN_COMMA.match(after))
        if apposition:
            closing = match.end() + apposition.end()
            continue  # "a proposal from the House speaker, Mike Johnson, to provide ...": a name in apposition
        if len(text[start:start + match.start()].split()) >= CLAUSE_MIN_WORDS or \
                re.match(r"(?:\w+ing|and|but|which|who|while|as|adding|saying)\b", after) or _new_report(after):
            return start + match.start()
    return -1
