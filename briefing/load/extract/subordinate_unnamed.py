"""A subordinate clause right before the cue whose subject no known name covers: the act is that subject's, so the
main clause's agent or the sentence's speaker does not hold it (asked by holders._clause_agents)."""

from __future__ import annotations

import re

from briefing.load.extract.holder_subjects import subordinate_subject

__all__ = ["unnamed_subordinate"]

#: A subordinate clause whose subject is a common noun, right before the cue: "after the militant group refused",
#: "after both countries agreed", "When the neighbour imposed".
_COMMON = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ss]ince|[Bb]ecause|[Uu]ntil|as)\s+(?:the|both|all)\s+"
                     r"(?:[A-Za-z-]+\s+){1,3}(?:(?:has|had|have|was|were|also|again|then)\s+)?$")
#: …or a capitalised word or two that no side's name covers: "when Ottawa imposes", "once Norway agreed".
_CAPITALISED = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ss]ince|[Bb]ecause|[Uu]ntil|[Oo]nce)\s+"
                          r"(?:[A-Z][\w.’'-]*\s+){1,2}(?:(?:has|had|have|was|were|also|again|then|[a-z]+ly)\s+)?$")


def unnamed_subordinate(text: str, names, agent_from: int, cue: int) -> bool:  # noqa: ANN001
    """Whether the cue is the verb of a subordinate clause whose subject is unnamed ("after the militant group
    refused to …") or a word no side's name covers ("Washington will raise tariffs when Ottawa imposes
    counter-levies"): that subject's act, no holder here. A name in the clause ("When President Trump agreed",
    "after Moscow agreed") leaves it to the rules that read names."""
    found = _COMMON.search(text, max(agent_from, cue - 60), cue)
    if found is not None and found.group(0)[0].islower():
        return not subordinate_subject(text, names, agent_from, cue)
    found = found or _CAPITALISED.search(text, max(agent_from, cue - 60), cue)
    return found is not None and not any(found.start() <= n[1] < cue for n in names)
