"""Quotes that share the speaker of an earlier quote of their sentence (quotes.py asks, after the rules of
attribution.py): "X said … “Q1” and called the meeting “Q2”" (coordinated) and "X said … “Q1” and that Moscow
understood … “Q2”" (same-sentence), each only when nothing between the two could give the second a voice of its own;
and "“Q1” and “Q2”, X said" (joined): a quotation joined to the next by "and"/"or" alone is the next one's speaker's.
"""

from __future__ import annotations

import re

from briefing.load.extract.attribution import NEW_SUBJECT, PARTICIPLES, SPEECH_VERBS, VERB, VERB_REACH, after
from briefing.load.extract.possessives import possessive_after
from briefing.load.extract.speaker_patterns import UNNAMED
from briefing.load.extract.speakers import PRONOUN, RawQuote, sentence_index

__all__ = ["coordinated", "joined", "same_sentence"]

#: Between two quotations, nothing but "and" or "or": one list of words ("“Q1” and “Q2”, X said").
_JOINED_QUOTES = re.compile(r"[ \t]+(?:and|or)[ \t]+")


def joined(text: str, close_end: int, following: tuple[int, int, int, int] | None, para_end: int, who,  # noqa: ANN001, ANN201
           opens: bool):
    """“Q1” and “Q2,” X said: the speaker the attribution right after Q2 names (said-after or verb-first), for
    Q1 too. `following`: the next quotation of the paragraph (its marks' and its words' spans), if any."""
    if following is None or not _JOINED_QUOTES.fullmatch(text, close_end, following[0]):
        return None
    found = after(text, following[1], para_end, text[following[3] - 1:following[3]], who, opens)
    if found is None or found[0] is None or found[1] not in ("quote:said-after", "quote:verb-first"):
        return None
    return found[0], found[1], round(found[2] - 0.05, 2), found[3], found[4]

#: Between two quotes of one sentence: "… 'Q1' and called the meeting 'Q2'" (a verb with no subject of its own),
#: perhaps with a colon right before the second ("… “Q1,” and added: “Q2”").
_COORDINATED = re.compile(rf"[\s,—–]*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:{SPEECH_VERBS})\b"
                          r"[^“”\"‘’'.;:!?]{0,100}?(?::[ \t]*)?$")

#: Between two quotes of a sentence: a clause that may have a voice of its own.
#: ("… “Q1,” but that the capital “Q2”": "but that" coordinates a second reported clause of the same verb.)
_OTHER_CLAUSE = re.compile(r"\b(?:where|whereas|while|whilst|although|though|but(?!\s+that\b)|unlike|however|yet|"
                           r"according)\b")
#: The rules that read a speaker from the quote's own sentence (a later quote of it may share that speaker).
_IN_SENTENCE = frozenset({"quote:said-after", "quote:verb-first", "quote:said-before", "quote:colon-before",
                          "quote:coordinated", "quote:same-sentence"})


#: The same with a phrase of the first clause between ("X accused Y of “Q1” in … because of …, but claimed then
#: that “Q2”"), or the second quotation joined straight on ("X said, “Q1,” but “Q2”"). The phrase is checked apart.
_PHRASE_CHAR = r"(?:[^“”\"‘’'.;:!?\n]|(?<=\w)[’'](?=\w))"  # an apostrophe inside a word ("X's") is no mark
_COORDINATED_AFTER = re.compile(rf"(?P<gap>{_PHRASE_CHAR}{{0,100}}?)[\s,—–]*(?:and|but)\s+"
                                rf"(?:(?:then\s+|also\s+|later\s+)?(?:{SPEECH_VERBS})\b{_PHRASE_CHAR}{{0,100}})?$")
#: In that phrase, what may give the second quotation another subject: a clause of its own.
_CLAUSE_IN_GAP = re.compile(r"\b(?:as|when|while|whilst|after|before|since|because(?!\s+of\b)|who|whom|which|that|"
                            r"where|whereas|although|though|if|unless|until|once)\b")


def coordinated(text: str, before: tuple[RawQuote, int] | None, quote_start: int,  # noqa: ANN201
                between=None):  # noqa: ANN001
    """"X said … 'Q1' and called the meeting 'Q2'": the verb shares the subject of the first. With a phrase of
    the first clause between (`between` lists its names: none may stand there but as a possessor) or no verb at
    all ("“Q1,” but “Q2”"): the same, when the phrase holds no verb, clause or name of its own."""
    if before is None:
        return None
    last = before[0]
    if not _COORDINATED.match(text, before[1], quote_start):
        far = _COORDINATED_AFTER.match(text, before[1], quote_start)
        if far is None or between is None or last.speaker is None or last.rule not in _IN_SENTENCE:
            return None
        gap_start, gap_end = far.span("gap")
        if VERB.search(text, gap_start, gap_end) or NEW_SUBJECT.search(text, gap_start, gap_end) \
                or _CLAUSE_IN_GAP.search(text, gap_start, gap_end) or PRONOUN.search(text, gap_start, gap_end) \
                or any(m.person and not possessive_after(text, m.end) for m in between(gap_start, gap_end)) \
                or UNNAMED.search(text, gap_start, gap_end):
            return None
    return last.speaker, "quote:coordinated", 0.8, last.attr_start, last.attr_end


#: Between two quotes of a sentence, only a clause of time or cause set off by a comma, with no one in it who could
#: speak ("X said they were “Q1” when the decision was made, “Q2”"; no capitalised word: no name we may not know).
_TIME_CLAUSE = re.compile(r"\s*(?:when|after|before|because|since|once)\s+[^,;:“”\"‘’A-Z]{1,80},\s*")


def same_sentence(text: str, sentences, before: tuple[RawQuote, int], quote_start: int, between,  # noqa: ANN001
                   silent: frozenset[str]):  # noqa: ANN202
    """"X said … “Q1” and that Moscow understood … “Q2”": a later quote of the sentence whose first quote's
    speaker the sentence names, with no one else named, no other speech verb and no clause break between."""
    last, last_end = before
    if last.rule not in _IN_SENTENCE or last.speaker is None:
        return None
    gap_start = max(last_end, last.attr_end)
    here, there = sentence_index(sentences, quote_start), sentence_index(sentences, max(gap_start - 1, 0))
    if here is None or here != there or gap_start > quote_start or quote_start - gap_start > VERB_REACH:
        return None  # (a quote far along a long sentence is not plainly the first one's: and the pass stays linear)
    gap = text[gap_start:quote_start]
    if any(ch in gap for ch in ";:\n") or (NEW_SUBJECT.search(gap) and not _TIME_CLAUSE.fullmatch(gap)) \
            or PRONOUN.search(gap) \
            or _OTHER_CLAUSE.search(gap) or UNNAMED.search(gap):
        return None  # "…“Q1” to Odesa, where port officials see it as “Q2”": the second is not the speaker's
    if any(v.group(0) not in PARTICIPLES for v in VERB.finditer(gap)):
        return None
    if any(m.actor not in silent and (m.person or not _OBJECT_BEFORE.search(text, max(gap_start, m.start - 24), m.start))
           for m in between(gap_start, quote_start)):
        return None  # (an institution a preposition or a participle governs, "waiting for the EU", is no voice)
    return last.speaker, "quote:same-sentence", 0.75, last.attr_start, last.attr_end


#: Right before an institution named between two quotations: a preposition or a participle whose object it is
#: ("instead of waiting for the EU to act", "through joining NATO"), not a subject that could speak (not "by": an
#: agent).
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|to|with|from|into|on|in|at|against|toward|towards|[a-z]{3,}ing)"
                            r"(?:[ \t]+the)?[ \t]+$")
