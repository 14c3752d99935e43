"""Whose words a quotation is by the words before it: "In his words, “…”", "In X's words, “…”", "In the words of
X, “…”", "In his view, this was a “…”", "According to him, X is “…”" (`in_words`, quotes.py's quote:in-words: the one they name; a pronoun only
when it plainly stands for one person), and a line a speaker quotes from another ("…, quoting a line of X: “…”", `quoted_line`: that other's,
or no one's we know; never the quoter's own words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.load.extract.speaker_patterns import UNNAMED
from briefing.load.extract.speech_verbs import VERB

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Speakers, Who

__all__ = ["in_words", "quoted_line"]

#: Where a sentence opens, perhaps with a connective: the "In … words," phrase must open its sentence.
_OPENS = r"(?:^|[.!?][ \t]+)[ \t]*(?:(?:And|But|Or|So),?[ \t]+)?"
#: "In his words,", "In her own words:", "In Rubio's words,", right before the quote.
_IN_OWNED_WORDS = re.compile(_OPENS + r"In[ \t]+(?:(?P<pronoun>his|her)|(?P<owner>[A-Z][^,;:“”\"\n]{0,60}?)[’'])"
                             r"s?(?:[ \t]+own)?[ \t]+words[ \t]*[,:]?[ \t]*$")
#: "In his view, this was a “…”", "In Rubio's opinion, the plan is “…”": the view is opened at the sentence's start,
#: and the quotation comes later in the same clause (no other quotation, verb of saying or sentence end between).
_IN_OWNED_VIEW = re.compile(_OPENS + r"In[ \t]+(?:(?P<pronoun>his|her)|(?P<owner>[A-Z][^,;:“”\"\n]{0,60}?)[’'])"
                            r"s?(?:[ \t]+own)?[ \t]+(?:view|opinion|estimation|eyes)[ \t]*,[ \t]*"
                            r"(?P<rest>[^“”\"\n.;:!?]{0,120})$")
#: "According to him, Kyiv is grateful …, while “…”": the pronoun's person's account, as "In his view," (the
#: quotation later in the same clause, with no verb of saying between).
_ACCORDING_TO_PRONOUN = re.compile(_OPENS + r"According[ \t]+to[ \t]+(?P<pronoun>him|her)[ \t]*,[ \t]*"
                                   r"(?P<rest>[^“”\"\n.;:!?]{0,120})$")
#: "In the words of X,": X, the one whose words follow.
_IN_WORDS_OF = re.compile(_OPENS + r"In[ \t]+the[ \t]+words[ \t]+of[ \t]+(?P<of>[^,;:“”\"\n]{2,80}?)[ \t]*[,:][ \t]*$")

Found = tuple[str | None, str, float, int, int]


def in_words(text: str, window_start: int, quote_start: int, speakers: Speakers) -> Found | None:
    """The speaker of a quote right after "In his words," / "In X's words," / "In the words of X,": the person
    named (a mention ending right before the possessive), or the person the pronoun plainly stands for; else
    unknown (someone unnamed, two people, no one). None when no such phrase stands before the quote."""
    if quote_start - window_start > 160:
        return None  # the phrase opens the sentence and is short (and a sentence of many quotes stays linear)
    lead = text[window_start:quote_start]  # (a slice: "^" is where the sentence opens)
    owned = _IN_OWNED_WORDS.search(lead)
    if owned is None and (view := _IN_OWNED_VIEW.search(lead) or _ACCORDING_TO_PRONOUN.search(lead)) is not None \
            and not VERB.search(view.group("rest")):
        owned = view  # ("In his view, Y said “…”": Y's words, another rule's)
    if owned is not None and owned.group("pronoun"):
        offset = window_start + owned.start("pronoun")
        actor = speakers.possessive_before(offset, "he" if owned.group("pronoun") in ("his", "him") else "she")
        return (actor, "quote:in-words", 0.8, offset, owned.end("pronoun") + window_start) if actor \
            else (None, "quote:unnamed", 0.5, -1, -1)
    if owned is not None:
        s, e = window_start + owned.start("owner"), window_start + owned.end("owner")
        persons = [m for m in speakers.between(s, e) if m.person]
        if len(persons) == 1 and persons[0].end == e and not UNNAMED.search(text, s, e):
            return persons[0].actor, "quote:in-words", 0.8, persons[0].start, e
        return None, "quote:unnamed", 0.5, -1, -1
    of = _IN_WORDS_OF.search(lead)
    if of is None:
        return None
    s, e = window_start + of.start("of"), window_start + of.end("of")
    persons = [m for m in speakers.between(s, e) if m.person]
    if len(persons) == 1 and not text[persons[0].end:e].strip() and not UNNAMED.search(text, s, e):
        return persons[0].actor, "quote:in-words", 0.8, persons[0].start, e
    return None, "quote:unnamed", 0.5, -1, -1  # "In the words of one diplomat," / of a name we do not know


#: "…, quoting a line of X:", "by citing the famous words of X:", "quoting an old saying:" right before the quote:
#: a line the subject repeats, not words of their own.
_QUOTED_LINE = re.compile(r"\b(?:quoting|quoted|citing|cited|recalling|recalled)[ \t]+(?:(?:a|an|the|his|her|one)[ \t]+)?"
                          r"(?:[\w’'-]+[ \t]+){0,3}?(?:line|lines|words|phrase|motto|maxim|saying|verse|dictum|proverb|"
                          r"slogan|adage|quip|passage)(?:[ \t]+(?:of|from|by)[ \t]+(?P<of>[^,;:“”\"\n]{2,80}?))?"
                          r"[ \t]*[,:][ \t]*$")


def quoted_line(text: str, window_start: int, quote_start: int, who: Callable[..., Who]) -> Found | None:
    """The speaker of a line quoted right after "quoting a line of X:" (X's, when X is someone we know and
    nothing but X's name and titles stand there), else no one's we know; None when no such phrase stands there."""
    line = _QUOTED_LINE.search(text, max(window_start, quote_start - 200), quote_start)
    if line is None:
        return None
    if line.group("of"):
        actor, a_s, a_e = who(line.start("of"), line.end("of"), "last")
        if actor is not None and not text[a_e:line.end("of")].strip():
            return actor, "quote:said-before", 0.75, a_s, a_e
    return None, "quote:unnamed", 0.5, -1, -1
