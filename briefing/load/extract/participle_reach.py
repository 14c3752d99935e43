"""Whose a reporting participle after a subordinate clause is: "X said he was “…” when Y did Z, adding that …
“…”" — the main clause's subject, X, when nothing else in between can be the participle's subject.

A sentence-final participle set off by a comma hangs on the main clause; a subordinate clause of time or cause
("when", "after", "before", "because", "since", "until", "once") between the main verb and the participle names
the subject of its own verb only. The participle is no one's (left to the other rules) when the clause is one of
contrast or simultaneity ("while", "as", "whereas", "although": the participle may be its subject's), when it is
coordinated (", and Y …"), holds a comma of its own (another clause or an apposition), or has a speech verb of its
own ("when Y said …, adding": Y may be the one adding). One bounded look over the text between the verbs.
"""

from __future__ import annotations

import re

from briefing.load.extract.speech_verbs import VERB

__all__ = ["subordinate_only"]

#: The subordinate clause between the main speech verb and the participle: its conjunction, then text with no
#: comma, semicolon, dash or quotation mark, up to the participle's comma.
_SUBORDINATE = re.compile(r"\s(?:when|after|before|because|since|until|once)\s+[^,;:–—“”\"]{3,160},\s*$")
#: Other clauses that could give the participle another subject.
_OTHER_CLAUSE = re.compile(r"\b(?:while|whilst|whereas|although|though|as|and|but|who|which|whom)\b|[;–—]")


def subordinate_only(text: str, finite_end: int, participle_start: int) -> bool:
    """Whether what stands between a main speech verb (ending at `finite_end`) and a reporting participle (at
    `participle_start`) is the verb's own object and then one subordinate clause of time or cause that has no
    speech verb of its own: the participle is then the main verb's subject's."""
    if participle_start - finite_end > 400:
        return False
    between = text[finite_end:participle_start]
    clause = _SUBORDINATE.search(between)
    if clause is None:
        return False
    sub = between[clause.start():]
    if _OTHER_CLAUSE.search(sub[:-1]) or VERB.search(sub):
        return False
    head = between[:clause.start()]
    # the main verb's object (X's own words, perhaps quoted): no clause with a subject of its own
    return not re.search(r"[;–—]|,\s*(?:and|but|while|whereas)\b", head)
