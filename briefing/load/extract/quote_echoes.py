"""A short quoted term that echoes a question or an accusation put to someone (quotes31): the words belong to whoever
asked or accused, whom the text leaves unnamed, not to the person who answers or denies.

- Inside a question put to the subject by no one named: "X responded to questions about whether he kept a “…”",
  "X was asked whether the plan was a “…”", a live page's "X is now asked if the “…” could …", "Asked whether …,
  X said …". The wording is the asker's. (Not "Y asked whether …": Y asks, and the rules as before give Y the
  words.)
- The object of a denied possession: "X insisted he did not have a “…”", "X denied keeping a “…”". The quotation
  marks set off the accusers' name for the thing denied.

Only for quotations of at most four words with no sentence inside (a term, not a statement someone made).
quotes.py reads `echoed_term` beside quote_frames.claimed_content; a quote it holds is shown as speaker unknown.
"""

from __future__ import annotations

import re

__all__ = ["echoed_term"]

#: A question put to the subject, whose asker the text does not name, ending in "whether"/"if": a noun of
#: asking ("questions about whether", "inquiries as to whether"), a passive ("was asked whether", "when pressed
#: on whether"), or an opening participle ("Asked if").
_QUESTION_TO = re.compile(
    r"(?:\b(?:questions?|questioning|inquiries|inquiry|enquiries|enquiry|queries|query)\s+(?:about|on|over|as\s+to)"
    r"|\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]eing|[Ww]hen|[Aa]fter|[Oo]nce)\s+"
    r"(?:(?:[a-z]+ly|now|then|also|again|later|first)\s+)?"
    r"(?:asked|pressed|questioned|quizzed)(?:\s+(?:about|on|over|as\s+to))?"
    r"|\b(?:Asked|Pressed|Questioned|Quizzed)(?:\s+(?:about|on|over|as\s+to))?)"
    r"\s+(?:whether|if)\b[^.;:!?“”\"‘\n]{0,120}$")
#: A possession denied right before the quotation: "did not have a", "never kept an", "denied having any",
#: "denied any", "has no"; the quotation follows its article (if any) directly.
_DENIED_HAVING = re.compile(
    r"\b(?:(?:did|does|do|had|has|have|would|will|could)\s*(?:not|n[’']t)|never|no\s+longer)\s+"
    r"(?:have|had|keep|kept|maintain|maintained|hold|held|possess|possessed|compile|compiled)\s+(?:an?|any)\s*$"
    r"|\b(?:denied|denies|deny|denying)\s+(?:(?:ever\s+)?(?:having|keeping|maintaining|holding|possessing|"
    r"compiling)\s+|the\s+existence\s+of\s+)?(?:an?|any)\s*$"
    r"|\b(?:rejected|rejects)\s+(?:ever\s+)?(?:having|keeping|maintaining|holding|possessing|compiling)\s+"
    r"(?:an?|any)\s*$"
    r"|\b(?:has|have|had)\s+no\s*$")
#: A term, not a statement: up to four words, no stop, question or exclamation mark inside.
_TERM_WORDS = re.compile(r"[^.!?;:]*[.,]?")


def echoed_term(text: str, floor: int, open_start: int, inner_start: int, inner_end: int) -> bool:
    """Whether the quotation opening at `open_start` (words text[inner_start:inner_end]) is a short term echoing a
    question put to the subject by no one named, or the object of a possession the subject denies."""
    words = text[inner_start:inner_end]
    if len(words.split()) > 4 or _TERM_WORDS.fullmatch(words) is None:
        return False
    if _DENIED_HAVING.search(text, max(floor, open_start - 40), open_start) is not None:
        return True
    lo = max(floor, open_start - 160)
    return _QUESTION_TO.search(text[lo:open_start]) is not None
