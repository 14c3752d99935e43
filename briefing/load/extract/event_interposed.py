"""A subject whose date stands between it and its verb (events34, issue 10): "The jury on February 24 found him
guilty", "Lawmakers on Tuesday approved the budget", "The court, on Thursday, sentenced him".

The readers of a sentence with no actor (event_agents.thing_verb: a group, a body, a thing, a person named once)
want the subject's verb right after it, with at most a few lower-case words between; a printed day there ("on
February 24", "late on Tuesday", "on Feb. 24,") broke the subject from its verb and the sentence gave no event.
Here each such day is blanked out of a copy of the sentence (spaces of the same length, so every offset holds),
the readers are asked again on the copy, and the verb they find is the original text's. The day is the act's only
when it sits right between a word and the verb's lower-case word: not a sentence's opening day ("On Tuesday, …",
read as before) nor a day inside a noun phrase before a capitalised word. How the day resolves is unchanged: a
weekday counts only from a known page date (else the mention has no date and the sentence none).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: What may lead the day between subject and verb ("on", "late on", "earlier on", "last"), and close it ("night",
#: "morning", a comma).
_LEAD = re.compile(r"(?:,\s*|\s+)(?:(?:(?i:late|early|earlier|later)\s+)?(?:on|last|this)\s+)?$")
_TAIL = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=[a-z])")
#: The word before the lead: the subject's last (a word, a closing bracket), never a sentence's opening.
_SUBJECT_END = re.compile(r"[\w)’']")
#: How far back the lead is looked for ("late on" and a comma fit).
_LEAD_REACH = 16
#: What may stand between the day and the verb: an adverb or an auxiliary ("also", "had", "finally"), no subject
#: of its own ("said on Tuesday firefighters contained …": the day is the saying's).
_RIGHT_AFTER = re.compile(r"(?:(?:[a-z]+ly|also|then|again|had|has|have|would|will|was|were|is|are|did|not)\s+){0,2}")

Reader = Callable[[str, int, int, list[tuple[int, int]], list[int]], "re.Match[str] | None"]


def interposed_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]], dates: list,  # noqa: ANN001
                    read: Reader) -> re.Match[str] | None:
    """`read`'s verb (event_agents.thing_verb) for text[start:end] once each day that stands between a subject and
    its lower-case verb is blanked out of it, as a match on `text`; None when no day stands so, or still none."""
    local = list(text[start:end])
    blanked: list[int] = []
    ends: list[int] = []
    for date in dates:  # (DateMention)
        lead = _LEAD.search(text, max(start, date.start - _LEAD_REACH), date.start)
        tail = _TAIL.match(text, date.end, end)
        if lead is None or tail is None or lead.start() <= start or not _SUBJECT_END.match(text, lead.start() - 1):
            continue
        for i in range(lead.start(), tail.end() - 1):
            local[i - start] = " "
        blanked.append(date.start)
        ends.append(tail.end() - start)
    if not blanked:
        return None
    copy = "".join(local)
    shifted = [(max(0, a - start), b - start) for a, b in quoted if b > start and a < end]
    found = read(copy, 0, len(copy), shifted, [d.start - start for d in dates if d.start not in blanked])
    if found is None or not any(_RIGHT_AFTER.fullmatch(copy, b, found.start()) for b in ends):
        return None  # the verb must be the subject's, right after the day: not a reported clause's further on
    at = start + found.start()
    return re.compile(re.escape(found.group(0))).match(text, at, at + len(found.group(0)))
