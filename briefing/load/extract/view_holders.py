"""A sentence opening with whose view it gives, "For X, <clause> “…”" (attribution.before's `view_holder`): the
quoted words are X's when X is a person and the clause between names no one else and has no speech verb of its
own ("For Hegseth, any talks must start from the view that the old borders are “…”"). A country, a body or a
time ("For Ukraine, …", "For years, …") opens no view in someone's words: those quotes stay unknown; a clause
with another person or its own speech verb is for the other rules, and one whose speech verb has people unnamed
as its subject ("For X, aides said that … “…”") leaves the words unknown (they are not X's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.speakers import Who
from briefing.load.extract.speech_verbs import VERB

__all__ = ["view_holder"]

#: "For X, <clause>" opening the sentence the quote is in, up to the quotation's mark (no mark inside: a quote
#: before this one in the sentence ends the window; attribution.before reads the window from the sentence start).
_FOR_CLAUSE = re.compile(r"(?:^|[.!?]\s+)For\s+(?P<name>[^,;:“”\"]{2,60}),\s*(?P<rest>[^,;:“”\"]{1,200})$")


def view_holder(window_start: int, lead: str, who: Callable[..., Who], persons: frozenset[str]):  # noqa: ANN201
    """The person whose view `lead` (text[window_start:quote start]) opens with, as attribution.before's rules
    return a speaker; None when the sentence does not open so, or the opener is no person, or the clause after
    it names someone or has a speech verb (unknown when that verb's subject is people unnamed)."""
    clause = _FOR_CLAUSE.search(lead)
    if clause is None:
        return None
    holder, h_s, h_e = who(window_start + clause.start("name"), window_start + clause.end("name"))
    if holder is None or holder not in persons:
        return None
    verb = VERB.search(lead, clause.start("rest"))
    if verb is not None:
        # "For X, Y said that …": Y's verb decides (elsewhere), never the opener; "For X, (his) aides said that
        # …": people unnamed, whose words they are no one can say (not X's, whom the subject's reading found)
        subject = lead[clause.start("rest"):verb.start()].split()
        unnamed = bool(subject) and subject[-1].islower() and subject[-1] not in _SUBJECT_PRONOUNS
        return (None, "quote:unnamed", 0.5, -1, -1) if unnamed else None
    rest, words = window_start + clause.start("rest"), clause.group("rest")
    named = any(who(rest + w.start(), rest + w.end())[0] in persons for w in _CAPITALISED.finditer(words))
    if _PRONOUN.search(words) or named or who(rest, window_start + len(lead))[0] is not None:
        return None  # someone else in the clause, as its subject or not ("the view of Y that …", "his"): not plain
    return holder, "quote:for-name", 0.7, h_s, h_e


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|his|her|[Tt]hey|them|their|[Ww]e|our|us|I|my)\b")
