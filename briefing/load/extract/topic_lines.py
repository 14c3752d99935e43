"""What lets an untagged quotation paragraph carry on a speaker across a line that is not a quotation
(quote_context.py): a connective opening the quotation's paragraph ("In addition, “…”"), a topic heading between
two quotation paragraphs ("On the walkout:"), and a press conference's topic line naming whose answer follows
("X first spoke on whether …", "He was also questioned on …"). Each is one bounded match.
"""

from __future__ import annotations

import re

__all__ = ["CONNECTIVE_LEAD", "TOPIC_VERB", "topic_heading"]

#: A connective of addition opening a paragraph right before its quotation: the quotation adds to the paragraph
#: before's ("In addition, “…”"); not a contrast or a change of scene ("Meanwhile,", "However,").
CONNECTIVE_LEAD = re.compile(r"(?:In addition|Additionally|Also|Furthermore|Moreover|What is more|What's more),?")
#: What "spoke on" names when it is no topic: a day, a date, a channel, a condition ("spoke on Friday", "spoke on
#: condition of anonymity", "spoke on the phone", "spoke on behalf of …").
_NO_TOPIC = (r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:January|February|March|April|May|June|July|August|"
             r"September|October|November|December)\b|\s+\d|\s+condition\b|\s+behalf\b|\s+(?:the\s+)?(?:phone|telephone|"
             r"sidelines|radio|television|TV|air|record|stage|floor)\b")
#: A press conference's topic line: someone spoke on, was asked or questioned about something (the answer is the
#: next paragraph's quotation). "asked" itself is a speech verb (speech_verbs.py).
TOPIC_VERB = re.compile(r"\b(?:spoke|talked|reflected|opened\s+up)\s+(?:on|about)\b(?!" + _NO_TOPIC + ")|"
                        r"\bwas\s+(?:also\s+|then\s+|first\s+|later\s+|further\s+)?"
                        r"(?:questioned|quizzed|pressed|grilled|probed)\s+(?:on|about|over)\b")
#: A topic heading between a quotation and the next: "On the walkout:", "On Injury Headaches" (eight words at
#: most, no comma, no sentence's stop, no quotation mark: "On the other side, Ann Lee:" introduces someone).
_HEADING = re.compile(r"On\s+[^,;.!?“”\"‘’\n]{2,60}?:?")


def topic_heading(text: str, start: int, end: int, who) -> bool:  # noqa: ANN001
    """Whether text[start:end] (a paragraph) is a topic heading that names no one: a line a press conference's
    write-up sets between one answer and the next, not a new speaker's introduction."""
    line = text[start:end].strip()
    if _HEADING.fullmatch(line) is None or len(line.split()) > 8:
        return False
    return who(start, end, "first")[0] is None
