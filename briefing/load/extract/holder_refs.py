"""Holders named by reference rather than by name (holders.py): a "he"/"she" right before the cue, standing for
the person the sentence (or the one before) names; a role phrase tagging a quotation ("a senior Kremlin aide
said") that names one side; the subject before an aside ("Trump, who …, aims to") or of a relative clause
("Moscow, which was quick to reject …")."""

from __future__ import annotations

import re

from briefing.load.sides import HoldingSides

__all__ = ["SPEECH", "aside_subject", "pronoun_subject", "relative_antecedent", "reported_subject", "role_tag",
           "sentence_subject"]


#: Words that introduce who spoke: the agent of a reported clause is after them, its speaker before.
SPEECH = re.compile(r"\b(?:said|says|told|tells|stated|added|warned|announced|wrote|declared|stressed|noted|reported|"
                    r"emphasi[sz]ed|argued|claimed|according to|repeated|reiterated|asserted|asserting|insisted|"
                    r"insisting|believes|believed|thinks|(?<=to )believe|(?<=to )think)\b")  # "appears to believe"
#: Between a sentence's start and its subject: nothing, a linking adverb ("Meanwhile,"), the subject's titles.
_LEADING_TITLES = re.compile(r"\s*(?:(?:Meanwhile|However|Separately|Earlier|Later|Instead|Still|Yet),\s+)?"
                             r"(?:[A-Z][\w.’'-]*\s+){0,4}")
#: What opens and closes an aside: commas, or dashes ("European leaders - who met in Brussels - urged …").
_ASIDE_MARK = re.compile(r",|\s(?:-{1,2}|[—–])(?=\s)")
#: The body a place word names, between it and an aside: "European leaders", "Polish officials".
_BODY_AFTER = re.compile(r"(?:[’']s)?\s+(?:officials?|government|leaders?|leadership|ministry|delegation|diplomats?|"
                         r"negotiators?|envoys?|administration|authorities|lawmakers|allies|partners)\b")
#: After the mark that closes an aside, up to the cue: the main verb and an adverb at most ("signaled").
_MAIN_VERB = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def aside_subject(text: str, names, start: int, cue: int) -> list:  # noqa: ANN001
    """"Trump, who has described the war as a bloodbath, aims to broker a truce", "Putin, facing strain from
    sanctions, signaled willingness to discuss …": the name that opens the sentence is the subject of the verb
    after the aside between commas or dashes (which holds no speech verb: "Trump, Zelensky said, wants …" is no
    aside)."""
    first = next((n for n in names if n[1] >= start), None)
    body = _BODY_AFTER.match(text, first[2]) if first is not None else None  # "European leaders - who …"
    opens = _ASIDE_MARK.match(text, body.end() if body else first[2]) if first is not None else None
    if first is None or opens is None or not _LEADING_TITLES.fullmatch(text, start, first[1]):
        return []
    comma = opens.group(0) == ","
    marks = [m for m in _ASIDE_MARK.finditer(text, opens.end(), cue) if (m.group(0) == ",") == comma]
    if not marks or _MAIN_VERB.fullmatch(text, marks[-1].end(), cue) is None or SPEECH.search(
            text, first[2], marks[-1].start()):
        return []
    close = marks[-1].start()
    return [first] if not any(first[2] < n[1] < cue and n[0] != first[0] for n in names if n[1] > close) else []


#: Between a name and the relative pronoun that opens the cue's clause: ", which", " -- who", " — who".
_RELATIVE_OPENS = re.compile(r"\s*(?:,|-{1,2}|[—–])\s*")
_RELATIVE = re.compile(r"\s(?:who|which)\b")
#: The comma that closes an aside, before the main verb's auxiliary (stance_cues.CLAUSE_BREAK breaks there).
_ASIDE_CLOSED = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would|could|can|must|should)\s")


def relative_antecedent(text: str, names, left: int, start: int) -> list:  # noqa: ANN001
    """"Moscow, which was quick to reject the plan", "Zelensky -- who has said he wants to join NATO": when the
    cue's clause is a relative clause with no subject of its own (it starts at `left`, the break before "who"/
    "which"), its subject is the name right before the pronoun (the caller turns away one after a preposition);
    so is the subject of the main verb after the aside ("Moscow, which …, is ready to agree")."""
    if _RELATIVE.match(text, left) is None:
        if _ASIDE_CLOSED.match(text, left) is None:
            return []
        opener = None
        for opener in _RELATIVE.finditer(text, start, left):
            pass
        if opener is None:
            return []
        left = opener.start()
    return [n for n in names if n[2] <= left and _RELATIVE_OPENS.fullmatch(text, n[2], left)][-1:]


#: Inside a quotation, a third person as the cue's subject: a titled name ("President Putin has agreed to"),
#: right before the cue but for auxiliaries and adverbs.
_TITLED_SUBJECT = re.compile(r"\b(?:President|Prime Minister|Chancellor|Minister|Secretary|Mr\.?|Mrs\.?|Ms\.?)"
                             r"(?:\s+[A-Z][\w’'-]+)?\s+(?P<surname>[A-Z][\w’'-]+)\s+(?:(?:has|have|had|will|would|is|was|also|already|now|"
                             r"just|finally)\s+){0,2}$")
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|will|would|is|was|are|were|also|already|now|just|finally|"
                          r"(?!only\b)[a-z]{3,}ly)\s+){0,2}")
#: Inside a quotation, a side's body as the subject of the cue, its verbs between: "“Ukrainian military officials
#: promised to consider …”", "“the Russian delegation has rejected …”" (not a relative or a "that" clause).
_BODY_SUBJECT = re.compile(r"(?:[’']s)?(?:\s+[a-z-]+)?\s+(?:officials?|government|leaders?|leadership|ministry|"
                           r"delegation|side|diplomats?|negotiators?|envoys?|administration|authorities|military|"
                           r"army|forces|troops|commanders?|president|prime\s+minister|premier|chancellor|"
                           r"head\s+of\s+state|foreign\s+minister)\s+(?:(?!that\b|who\b|which\b|we\b|I\b)[a-z]+\s+){0,3}")
#: Inside a quotation, an office-holder named by the office alone as the cue's subject: "“The president wants this
#: over,”", "“the new man in the White House really wants …”", "“the chancellor has rejected …”": whose office it is
#: the words do not say for sure (a spokesman's own leader, or another side's), so the speaker does not hold it.
_OFFICE_SUBJECT = re.compile(r"\b[Tt]he\s+(?:(?:new|current|incoming|sitting|present)\s+)?(?:president|prime\s+minister|"
                             r"premier|chancellor|head\s+of\s+state|(?:man|woman|occupant|tenant)\s+(?:in|of|at)\s+"
                             r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3})\s*(?:(?:has|have|had|will|would|is|was|also|"
                             r"already|now|just|finally|still|(?!only\b)[a-z]{3,}ly|does|did|(?:[a-z]+n[’']t)|not|"
                             r"never)\s+){0,3}$")


def reported_subject(text: str, start: int, cue: int, negotiating, speaker_side: str | None,  # noqa: ANN001
                     actors) -> bool:  # noqa: ANN001
    """Whether a quotation names someone of another side as the subject of the cue: "“President Putin has agreed
    to a ceasefire at last,” Rubio said" reports Putin's act; it is no stance of Rubio's (nor, in Rubio's words,
    a sure one of Putin's). A titled name of the speaker's own side ("“President Trump stands by the ceasefire,”
    Rubio said") is the side's stance still; one we cannot place is another's. A place word
    of another side counts too ("“Moscow has agreed to …”")."""
    titled = _TITLED_SUBJECT.search(text, start, cue)
    if titled is not None:
        surname = titled.group("surname")
        return not any(a.side == speaker_side and a.name.split()[-1:] == [surname] for a in actors.values())
    if _OFFICE_SUBJECT.search(text, start, cue) is not None:
        return True
    if not isinstance(negotiating, HoldingSides):
        return False
    return any(side != speaker_side and (_AUXILIARIES.fullmatch(text, e, cue) is not None
                                         or _BODY_SUBJECT.fullmatch(text, e, cue) is not None)
               for side, _s, e in negotiating.named(text, start, cue))


#: A name after a preposition (its titles between) or after "and": not the sentence's subject.
_NOT_SUBJECT = re.compile(r"\b(?:with|to|from|for|of|against|on|about|after|before|between|by|than|towards?|over|at|"
                          r"in|into|and)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


def sentence_subject(text: str, people: list[tuple[str, int]], start: int) -> str:
    """The person a "he"/"she" in the next sentence stands for: the first person the sentence names who is not
    the object of a preposition ("Following a dinner with EU envoys and Zelensky, Rubio said …": Rubio), else the first named. `people`: (actor id, start) in text order, outside quotations."""
    return next((a for a, at in people if not _NOT_SUBJECT.search(text, max(start, at - 45), at)), people[0][0])


#: "he"/"she" right before a cue, as its subject: "where he called for", "she also rejected".
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:(?:also|again|then|later|has|had|have|would|will|strongly|"
                             r"repeatedly|firmly|once more|flatly)\s+){0,2}$")


def pronoun_subject(text: str, names, actors, previous_person: str | None, start: int, cue: int,  # noqa: ANN001
                    negotiating, persons_at: tuple[int, ...]) -> list:  # noqa: ANN001
    """The person a "he"/"she" right before the cue stands for: the persons named before it in the sentence when
    they are all of one side (the last of them), else, when the sentence names none, the person last named."""
    pronoun = _PRONOUN_BEFORE.search(text, max(start, cue - 40), cue)
    if pronoun is None:
        return []
    persons = [n for n in names if start <= n[1] and n[2] <= pronoun.start() and actors[n[0]].kind == "person"]
    if len(persons) != sum(1 for at in persons_at if at < pronoun.start()):
        return []  # someone we cannot place is named before "he": he may be that one
    if persons:
        return persons[-1:] if len({actors[n[0]].side for n in persons}) == 1 else []
    if previous_person in actors and actors[previous_person].side in negotiating:
        return [(previous_person, pronoun.start(), pronoun.end())]
    return []


#: The tag after a quotation that names its speaker by a role of one side: "…," a U.S. official told AFP;
#: "…," a senior Kremlin aide said. The side's word is checked against the sides' cues (HoldingSides).
_ROLE_TAG = re.compile(r"[\s,”\"’']*(?:(?:a|an|the|one|another)\s+)?(?:(?:senior|top|high-ranking|unnamed|"
                       r"anonymous)\s+)?(?P<side>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:[a-z]+\s+)?"
                       r"(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|negotiators?|envoys?|aides?|"
                       r"delegates?|delegation)\s+(?:said|says|told|added|stated|noted)\b")


def role_tag(text: str, quote_end: int, negotiating) -> str | None:  # noqa: ANN001
    """The side of the role phrase that tags a quotation right after it, if one side's word names it alone."""
    if not isinstance(negotiating, HoldingSides):
        return None
    tag = _ROLE_TAG.match(text, quote_end, min(len(text), quote_end + 90))
    if tag is None:
        return None
    named = negotiating.named(text, tag.start("side"), tag.end("side"))
    whole = [side for side, s, e in named if (s, e) == (tag.start("side"), tag.end("side"))]
    return whole[0] if whole else None  # "a U.S. official", "a Kremlin spokesman"; not "a Saudi-based source"
