"""What a stance cue's words govern: an object of its own ("support for Ukraine"), a pronoun or nothing that
refers back to a topic ("we reject it"), a noun the cue modifies ("the proposed reserve"), a subject the cue
judges ("was long overdue") or names ("called the plan a gift"). Used by ``analysis.stance_reading``."""

from __future__ import annotations

import re

__all__ = ["ATTRIBUTIVE", "NAMED_AS", "NAMING", "OWN_OBJECT", "PREDICATIVE", "PRONOUN_OBJECT", "SHARED_ARTICLE",
           "TOPIC_OBJECT"]


# After a cue, an object of its own that a topic carried from before is not: a name ("supporting Ukraine",
# "support for Ukraine") or a meeting ("a very good and productive meeting").
OWN_OBJECT = re.compile(r"[”\"’']?\s+(?:(?:for|to|of|among)\s+(?:the\s+)?)?(?:[A-Z][\w’'-]+|(?:meeting|talks|call|"
                        r"conversation|visit|session|discussion|exchange)s?\b)")


# A determiner right before a cue: "the proposed reserve", "a planned ban" (the participle modifies a noun).
ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your)\s+$", re.IGNORECASE)


# After a verb-like cue, what refers back to a topic: "we reject it", "we cannot support this", or nothing.
TOPIC_OBJECT = re.compile(r"\s*(?:[”»\"’',.;:!?)]|$|"
                          r"(?:it|this|that|them|these|those|such\s+\w+)\b(?!\s+(?:is|was|(?:to\s+)?be\s+\w+(?:ed|en))\b))")


# A cue ending in an article that a target's pattern starts with: "back* the" before "the licence".
SHARED_ARTICLE = re.compile(r"(?<=\s)(?:the|a|an)", re.IGNORECASE)


# "I would vote for it", not "lobby for it to be dropped" (the participle after it says what is wanted).
PRONOUN_OBJECT = re.compile(r"\s+(?:it\b(?!\s+(?:is|was|would|will|(?:to\s+)?be\s+\w+(?:ed|en)\b))|"
                            r"(?:this|that)(?=\s*(?:[”»\"’',.;:!?)]|$)))")


# A copula right before a cue: the cue judges the subject before it ("was long overdue", "is “a sell-out”").
PREDICATIVE = re.compile(r"\b(?:is|was|were|are|been|be|remains?|remained)\s+(?:(?:still|simply|just|now|not|"
                         r"also|always|never|quite|so|too|very|a|an|the)\s+)*[“\"‘']?$", re.IGNORECASE)


# "called the clause a breach of the right", "described the plan as “a grave breach”": a verb of naming, the
# target, then what it is named (a noun cue that otherwise governs the target after it).
NAMING = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label+(?:s|ed|ing)?|brand(?:s|ed|ing)?|"
                    r"dub(?:s|bed|bing)?)\s+(?:(?:the|this|that|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?$",
                    re.IGNORECASE)


NAMED_AS = re.compile(r"[”\"’']?,?\s+(?:as\s+)?[“\"‘']?(?:(?:a|an|the|nothing but|simply)\s+)?(?:[\w-]+\s+){0,2}?",
                      re.IGNORECASE)
