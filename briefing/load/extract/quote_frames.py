"""Frames around a quotation that settle whose words it is not (quotes23): a role phrase as the subject of the
speech verb right after it ("“…,” the special envoy replied": that role speaks, not whoever asked before the
quote), an aside set off by dashes between a subject and its verb ("X – who said Y had written – said": no name
inside it is the subject), and a quotation that is the content of what others claim ("X finds the claims that
“…” absurd", "what critics call “…”": the claimants' words, not the subject's). attribution.py, subject_filters.py
and quotes.py read them.
"""

from __future__ import annotations

import re

__all__ = ["DASH_ASIDE", "ROLE_SUBJECT", "antecedent_speaker", "claimed_content", "follows_question", "role_tag"]

#: The whole subject of a speech verb after a quote, a noun phrase with an article and no name: "the special
#: envoy", "the U.S. special envoy", "a senior diplomat". When no one it stands for is known, the text still
#: says who speaks, and it is not anyone another rule could find before the quote.
ROLE_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[\w.’'-]+\s+){0,3}[a-z][\w’'-]*\s*")

#: After a quotation that closes on a comma, a question or an exclamation mark: a role phrase and a verb the
#: rules do not know as one of speech, ending the sentence ("“So this week?” the reporter followed up.", "“…,” the
#: official nodded."): the text says who speaks, and it is no one named.
#: (A verb in the past and at most three words in the phrase, none a preposition or a relative: "“…,” a reference to
#: old papers." is an apposition, no tag.)
_ROLE_TAG = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:to|of|for|from|by|with|in|on|at|who|that|which)\b)[\w.’'-]+\s+)"
                       r"{0,2}[a-z][\w’'-]*\s+[a-z]+ed(?:\s+(?:up|back|on|in))?\s*[.;]")


def role_tag(text: str, close_end: int, inner_end: str) -> tuple | None:
    """(None, "quote:unnamed", …) when a role phrase and a verb tag the quotation closing at `close_end`
    (`inner_end`: its last character inside the marks), so no later rule may give it the sentence before's
    speaker; None otherwise (a speech verb after the quote is attribution.after's)."""
    if inner_end not in ",?!" or _ROLE_TAG.match(text, close_end) is None:
        return None
    return None, "quote:unnamed", 0.5, -1, -1


#: An aside between dashes (spaced en or em dashes, spaced hyphens, or em dashes run on) opening with a relative
#: pronoun, a conjunction, a participle or an article: "Roe – who revealed that Y had written – said". Names in
#: it are not the subject of a verb after it. (Not a bare name: "the envoy – Jane Roe – said" is an apposition.)
_OPENER = (r"(?:who|whose|whom|which|during|including|after|before|while|like|unlike|along with|together with|"
           r"flanked by|alongside|when|if|although|though|because|since|whereas|as|a|an|[a-z]+ing|[a-z]+ed by)\b")
DASH_ASIDE = re.compile(rf"[ \t](?:–|—|--?)[ \t]+{_OPENER}[^–—;:“”\"\n]{{1,200}}?[ \t](?:–|—|--?)(?!\S)"
                        rf"|(?<=\w)—{_OPENER}[^–—;:“”\"\n]{{1,200}}?—(?!\W)")

#: Right before a quotation, the noun of what others assert, with "that"/"of" after it: "the claims that",
#: "those rumours that", "the very idea of". The quotation is what is claimed, not the sentence's subject's words.
_CLAIM = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]ny|[Aa]ll)\s+(?:[a-z]+\s+){0,2}?"
                    r"(?:claims?|suggestions?|ideas?|accusations?|allegations?|rumou?rs?|assertions?|notion|"
                    r"charges?|reports?|speculation|theory|theories|narrative)\s+(?:that|of)\s*$")
#: The verb before such a noun that makes the claim the subject's own: "repeated the claim that “…”".
_OWN_CLAIM = re.compile(r"\b(?:made|makes|make|repeated|repeats|repeat|reiterated|reiterates|renewed|renews|"
                        r"voiced|voices|raised|raises|floated|floats|stood by|stands by|pushed|pushes)\s+$")
#: "what critics call “…”", "what some describe as “…”": the words of people no one names (a name or "he"/"she"
#: between makes them that person's, read by the rules as before).
_WHAT_OTHERS_CALL = re.compile(r"\bwhat\s+(?!(?:he|she|I|we)\s)(?:[a-z]+\s+){1,3}"
                               r"(?:calls?|called|describes?\s+as|described\s+as|dubs?|dubbed|terms?|termed|"
                               r"labels?|labell?ed)\s*$")


#: A relative clause whose verb says the quotation: "citing officials who allegedly stated, “…”, X asserted". The
#: words are the relative's antecedent's, whom a speech verb after the quote does not name. (Not "which": "a note
#: from X which said: “…”" is X's note, read by the document rules.)
_WHO_SAID = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?"
                       r"(?:stated|said|says|say|wrote|writes|declared|declares|claimed|claims|insisted|remarked|"
                       r"told(?:\s+[a-z]+){0,2}?)\s*[,:]?\s*$")


#: Right before a relative "who": a comma closing the antecedent, perhaps after an apposition of lower-case words
#: ("Karl Nehammer, the Austrian chancellor, who").
_ANTECEDENT_END = re.compile(r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"\n]{1,60})?,\s*$")
#: Right before the antecedent's name: a word that makes the name a possessor or a kin's ("the wife of X, who",
#: "a friend of X, who") or the last of two ("Y and X, who"): the antecedent may be more than the name.
_OF_BEFORE = re.compile(r"\b(?:of|and|or|nor|&)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def antecedent_speaker(text: str, floor: int, open_start: int, between, persons) -> tuple | None:  # noqa: ANN001
    """The speaker of "X, who told reporters that “…”" (or "who said “…”", "who told the paper “…”"): X, when the
    relative clause's antecedent is a person named right before its comma ("the Austrian chancellor" may stand
    between as an apposition), not the object of "of". None otherwise: "officials who stated “…”" stays no one's
    (claimed_content). As an attribution: (actor, rule, confidence, start, end)."""
    relative = _WHO_SAID.search(text, max(floor, open_start - 80), open_start)
    if relative is None:
        return None
    end = _ANTECEDENT_END.search(text, max(floor, relative.start() - 80), relative.start())
    if end is None:
        return None
    named = [m for m in between(max(floor, end.start() - 80), end.start()) if m.end == end.start()]
    if len(named) != 1 or not named[0].person or named[0].actor not in persons \
            or _OF_BEFORE.search(text, max(floor, named[0].start - 60), named[0].start):
        return None
    return named[0].actor, "quote:said-before", 0.8, named[0].start, relative.end()


def claimed_content(text: str, floor: int, open_start: int) -> bool:
    """Whether the quotation opening at `open_start` is the content of a claim others make ("the claims that
    “…”"), what people no one names call something ("what critics call “…”") or the words of a relative clause's
    antecedent ("sources who stated, “…”"): no one's words we can name."""
    lo = max(floor, open_start - 80)
    claim = _CLAIM.search(text, lo, open_start)
    if claim is not None:
        return _OWN_CLAIM.search(text, max(floor, claim.start() - 24), claim.start()) is None
    return (_WHAT_OTHERS_CALL.search(text, lo, open_start) is not None
            or _WHO_SAID.search(text, lo, open_start) is not None)


#: A question put before a quote in its paragraph: "asked whether", "pressed on", "wondered if" (not "whether"
#: alone: "it is unclear whether …" puts no question to anyone).
_QUESTION = re.compile(r"\b(?:asked|asking|questioned|pressed|quizzed|wondered)\b")
#: A question put to someone the text names or leaves unnamed ("X was asked whether", "When asked", "Asked
#: about"): that someone, not an asker, is who answers; the role after the quote may well be theirs.
_ASKED = re.compile(r"\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]eing|[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter)\s+(?:[a-z]+ly\s+)?"
                    r"(?:asked|questioned|pressed|quizzed)\b|\b(?:Asked|Questioned|Pressed|Quizzed)\b")


def follows_question(text: str, para_start: int, open_start: int) -> bool:
    """Whether someone puts a question in the 200 characters of the paragraph before the quotation opening at
    `open_start` ("Y asked whether …"), not one put to someone ("Y was asked whether …"): a role after the
    quote that answers is not the asker (attribution.after)."""
    lo = max(para_start, open_start - 200)
    return _QUESTION.search(text, lo, open_start) is not None and _ASKED.search(text, lo, open_start) is None
