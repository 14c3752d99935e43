"""The subject that holds a cue when it is not plainly the name before it (holders.py): a possessor of the act
("Russia's request to lift sanctions"), who is judged for it, the subject of a subordinate or participle clause or
of a relative clause, and two sides as a joint subject ("Trump and Putin agreed")."""

from __future__ import annotations

import re

from briefing.load.extract.holder_agents import AND, PREPOSITION, possible_agents
from briefing.load.extract.holder_places import PLACE
from briefing.load.extract.holder_refs import SPEECH, relative_antecedent

__all__ = ["SUBORDINATE", "absolute_with", "antecedent", "condition_subject", "document_author", "former_agent", "former_holders_act", "former_speaker", "subordinate_speaker_span", "joint", "judged_for", "opening_participle_subject", "participle_aside_end",
           "participle_subject",
           "possessor", "subordinate_subject"]

Holding = tuple[str, list[str], str]

#: A subordinate clause with a subject of its own before the cue: its agent is the one after the conjunction.
#: (the sentence's first word too: "After Russia rejected a ceasefire, Trump said …" is Russia's refusal, not Trump's)
SUBORDINATE = re.compile(r"\b(?:(?i:after|before|when|while|since|because|until)|(?<!such )(?<!well )as|As)\s+"
                         r"(?=(?:the\s+)?[A-Z]|(?P<common>the\s+)[a-z])")  # (a side's noun: "after the union rejected")


#: A possessor's act right before the cue: "Russia's request to lift sanctions", "Kyiv's call for a truce", "the
#: Kremlin's list of demands".
_ACT_OF = re.compile(r"[’']s\s+(?:(?:[a-z-]+\s+){1,2}(?:to|for|of)\s+)?")


def possessor(text: str, names, left: int, cue: int) -> list:  # noqa: ANN001
    """"… looking into Russia's request to lift sanctions": the possessor is the agent of the act it asks for,
    even after a preposition (and a report of it by another side is that side's claim: see _holder); so is the
    possessor of the cue itself ("caught flat-footed by Trump's push to … end the fighting"), and a side's adjective
    right before a cue, which is then a noun ("the gulf between European calls for guarantees and …")."""
    return [n for n in names if left <= n[1] and n[2] < cue and (
        _ACT_OF.fullmatch(text, n[2], cue) or (n[0].startswith(PLACE) and _DEMONYM.fullmatch(text, n[1], n[2])
                                               and text[n[2]:cue].isspace()))][-1:]


#: A side's adjective ("European", "Russian", "British", "French"): no verb follows it, only what it qualifies.
_DEMONYM = re.compile(r"[A-Z][a-z]*(?:an|ish|ese|ch)")


def antecedent(text: str, names, left: int, cue: int, start: int) -> list:  # noqa: ANN001
    """The subject of a relative clause holding the cue (holder_refs.relative_antecedent), when it can be an agent:
    not after a preposition ("a deal with Russia, which …"), unless the relative's verb is one only an agent does
    ("unacceptable to Kyiv, which wants …": no deal or plan wants or insists)."""
    return [n for n in relative_antecedent(text, names, left, start)
            if n in possible_agents(text, names, n[1], cue, start) or _AGENT_VERB.match(text, left)]


#: A relative whose verb only an agent can be the subject of: ", which wants", ", who has demanded".
_AGENT_VERB = re.compile(r"\s(?:who|which)\s+(?:(?:has|have|had|also|long|still|repeatedly)\s+){0,2}"
                         r"(?:wants?|wanted|demand(?:s|ed)?|insist(?:s|ed)?|refus(?:es|ed))\b")


#: A document the clause before passed or put forward, right before a relative clause about it: "The Senate approved
#: the defence bill (NDAA), which provides for …", "lawmakers introduced a bill that authorizes …".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:approv|pass|adopt|sign|introduc|endors|unveil|draft|propos|tabl|submitt?)(?:e|es|ed|ing|s)?\s+"
    r"(?:(?:the|a|an|its|their|this)\s+)?(?:[\w$.’'-]+\s+){0,8}?"
    r"(?i:bill|act|law|resolution|budget|legislation|package|measure|document|draft|text|amendment)"
    r"(?:\s+\([^()]{1,20}\))?,?\s*$", re.IGNORECASE)
_RELATIVE_NEXT = re.compile(r"\s*(?:which|that)\b")


def document_author(text: str, names, start: int, left: int, cue: int) -> list:  # noqa: ANN001
    """"The US Senate approved the bill, which provides for aid to Ukraine": who passed or put forward the document
    a relative clause speaks about holds what the clause says the document does."""
    if not _RELATIVE_NEXT.match(text, left, cue):
        return []
    document = _DOCUMENT_BEFORE.search(text, max(start, left - 160), left)
    if document is None:
        return []
    return possible_agents(text, names, start, document.start(), start)[-1:]


#: A judgement of someone for what they did, up to the name: "chided Zelensky (on Wednesday) for refusing to …".
_JUDGED = re.compile(r"\b(?:chid(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|"
                     r"thank(?:s|ed|ing)?|fault(?:s|ed|ing)?|rebuk(?:e|es|ed|ing)|scold(?:s|ed|ing)?|"
                     r"lambast(?:s|ed|ing)?|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?)\s+(?:the\s+)?"
                     r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
#: Between the judged name and the act it is judged for: "(on Wednesday) for (not) …".
_FOR_ACT = re.compile(r"\s+(?:(?:on|last|this)\s+[A-Za-z]+\s+)?for\s+(?:not\s+|never\s+)?")


def judged_for(text: str, names, left: int, cue: int) -> list:  # noqa: ANN001
    """"Trump chided Zelensky for refusing to recognise …": who is judged for the act is its agent."""
    return [n for n in names if left <= n[1] and n[2] < cue and _FOR_ACT.fullmatch(text, n[2], cue)
            and _JUDGED.search(text, max(left, n[1] - 45), n[1])][-1:]


#: A participle clause after a comma: ", insisting on a ceasefire" (its subject is the main clause's).
_PARTICIPLE_CLAUSE = re.compile(r",[”\"’']?\s+[a-z]+ing\b")  # (a comma inside the closing quote too)
#: Before a sentence's subject, only its titles ("President", "The US") and a phrase of lower-case words ("In his
#: message, "; a name inside it, "After talks with Zelensky, ", is no such phrase) or a connective ("However, ").
_SUBJECT_FIRST = re.compile(r"[\s\"“‘']*(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){1,4}|However|Meanwhile|Still|Yet|Instead|"
                            r"Nevertheless|Nonetheless|Moreover|Separately|Earlier|Later),\s+)?"
                            r"(?:(?:[A-Z][\w.’'-]*|the)\s+){0,4}")


#: A participle aside that opens the clause, then a verb coordinated with the main one: ", citing Kyiv's refusal to
#: hold elections, and demanded …" (the aside's own names are no subject of the verb after it).
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b[^,;:.]{0,200}?,\s+and\s+(?:(?:also|then|again|later|even)\s+)?")
#: What may stand between that "and" and the cue: the coordinated verb and a few words of its object, no clause.
_AFTER_AND = re.compile(r"(?!(?:a|an|the|its|his|her|their)\s)[a-z]+(?:\s+[\w’'-]+){0,5}\s+|")


def participle_aside_end(text: str, left: int, cue: int) -> int | None:
    """"He questioned the talks, citing Kyiv's refusal …, and demanded recognition of …": where the aside and its
    ", and" end, when the clause at `left` opens with it and the cue is in the verb coordinated after it; the
    subject of that verb is the sentence's, never a name inside the aside."""
    aside = _PARTICIPLE_ASIDE.match(text, left, cue)
    if aside is None or not _AFTER_AND.fullmatch(text, aside.end(), cue):
        return None
    return aside.end()


def participle_subject(text: str, names, start: int, left: int) -> list:  # noqa: ANN001
    """"Zelensky rejected the terms, insisting on a full ceasefire first": the subject that opens the sentence
    (after its titles only, and alone: not "X and Y") is the participle clause's at `left`."""
    if not _PARTICIPLE_CLAUSE.match(text, left):
        return []
    first = possible_agents(text, names, start, left, start)[:1]
    if not first or not _SUBJECT_FIRST.fullmatch(text, start, first[0][1]) or AND.match(text, first[0][2]):
        return []
    return first


#: A sentence that opens with a participle clause up to its comma: "Seeking to end the war, Trump called Putin" (not
#: the participles that are prepositions or say who speaks: "According to …", "Following …", "Speaking to …").
_OPENING_PARTICIPLE = re.compile(r"[\s\"“‘']*(?!(?:According|Following|Including|Regarding|Concerning|Considering|"
                                 r"During|Notwithstanding|Pending|Excluding|Barring|Speaking|Writing|Citing|Talking)\b)"
                                 r"[A-Z][a-z]+ing\b[^,;:.]{0,150}?,\s+")


def opening_participle_subject(text: str, names, start: int, cue: int) -> list:  # noqa: ANN001
    """"Rejecting the truce, Putin ordered new strikes": a cue inside an opening participle clause is held by the
    subject that opens the main clause after its comma (after its titles only, and alone: not "X and Y")."""
    opening = _OPENING_PARTICIPLE.match(text, start)
    if opening is None or opening.end() <= cue:
        return []
    first = [n for n in names if n[1] >= opening.end()][:1]
    if not first or not _SUBJECT_FIRST.fullmatch(text, opening.end(), first[0][1]) or AND.match(text, first[0][2]):
        return []
    return first


#: "… until Russia agrees to a truce": a condition not yet met, set by another side; its subject is whom it is set for.
#: A past verb ("until Moscow accepted the offer") tells of the subject's act: that one stays its stance.
_UNTIL = re.compile(r"\buntil\s+(?:the\s+)?$")
_PAST = re.compile(r"[a-z]+ed\b|(?:took|gave|made|won|came|went|got|struck|sent|began|chose|broke)\b")


def condition_subject(text: str, names, left: int, cue: int) -> bool:  # noqa: ANN001
    """Whether the cue's subject is a name right after "until", with a verb not in the past: no holder."""
    return _PAST.match(text, cue) is None and any(
        left <= n[1] and n[2] <= cue and _VERB_NEXT.fullmatch(text, n[2], cue)
        and _UNTIL.search(text, max(left, n[1] - 12), n[1]) for n in names)


def subordinate_subject(text: str, names, left: int, cue: int) -> list:  # noqa: ANN001
    """"…, hours after Britain offered troops": the subject of a subordinate clause, right before its verb (not
    "declares before NATO that it is not realistic", where "before" is a preposition)."""
    agents: list = []
    for sub in SUBORDINATE.finditer(text, left, cue):
        # (a lower-case subject is the side's noun right after "the": not "after the aid to Ukraine resumed")
        first = sub.end() + len(sub.group("common")) if sub.group("common") else sub.end()
        agents = [n for n in names if first <= n[1] and n[2] <= cue and _VERB_NEXT.fullmatch(text, n[2], cue)
                  and (not sub.group("common") or n[1] == first)] or _clause_subject(text, names, first, cue)
    return agents


#: Right after a subordinate clause's subject, its finite verb: "as China retaliates", "while Ottawa has imposed".
_FINITE_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had|is|was|were|are)\s+)?[a-z]{3,}(?:s|ed)\b")
#: What ends the subordinate clause before the cue: punctuation, a conjunction or a relative, a reported clause.
_CLAUSE_END = re.compile(r"[,;:()\"“”]|\b(?:and|but|or|that|which|who|whom|while|when|after|before|because|since|"
                         r"until|unless|if|said|says|told|tells)\b")


def _clause_subject(text: str, names, first: int, cue: int) -> list:  # noqa: ANN001
    """"Canada is facing uncertainty as China retaliates against Ottawa's tariffs … by imposing tariffs on …": the
    name opening the subordinate clause, with its verb right after it, holds a cue later in that clause (up to
    120 characters on, no punctuation, conjunction or reported clause between), not the main clause's subject."""
    subject = next((n for n in names if n[1] == first), None)
    if subject is None or cue - subject[2] > 120 or not _FINITE_NEXT.match(text, subject[2], cue):
        return []
    if _CLAUSE_END.search(text, subject[2], cue):
        return []
    return [subject]


#: The two just named, as the subject of the cue: "the two countries agreed", "both leaders have agreed to".
_THE_TWO = re.compile(r"\b(?:the|these|both)\s+(?:two\s+)?(?:leaders|countries|sides|presidents|governments|"
                      r"nations|delegations)\b", re.IGNORECASE)
#: Right after a coordinated subject, its verb: "Trump and Putin agreed", "… have agreed".
_VERB_NEXT = re.compile(r"\s+(?:(?:have|has|had|also|both|jointly|then|[a-z]+ly)\s+){0,2}$")
#: Two sides' adjectives sharing one plural body as the subject: "the Ukrainian and Russian delegations agreed".
_JOINT_BODY = re.compile(r"\s+(?:delegations|sides|governments|leaders|officials|negotiators|teams|presidents|"
                         r"(?:foreign\s+|defen[cs]e\s+)?ministers|militaries|authorities|diplomats)"
                         r"\s+(?:(?:have|has|had|also|both|jointly|then|[a-z]+ly)\s+){0,2}$")
#: "between X and Y": neither is the agent of what follows.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")


def joint(text: str, names, actors, cue: int, start: int) -> list[Holding]:  # noqa: ANN001
    """Two sides holding one stance together: "X and Y" right before the cue (not after a preposition), or
    "the two leaders" between the pair "X and Y" (the last names before the cue) and the cue. None when a
    speech verb comes before the pair: that is a third party's report."""
    before = [n for n in names if start <= n[1] and n[2] <= cue]
    pairs = [(x, y) for x, y in zip(before, before[1:]) if AND.fullmatch(text, x[2], y[1])
             and actors[x[0]].side != actors[y[0]].side]
    if not pairs:
        return []
    x, y = pairs[-1]
    if SPEECH.search(text, start, x[1]):
        return []  # "Zelensky said Trump and Putin agreed": one side's report of two others
    # a subject is not the object of a preposition: "the war in Ukraine and the U.S. proposal" is no pair
    direct = y is before[-1] and (_VERB_NEXT.fullmatch(text, y[2], cue) or _JOINT_BODY.fullmatch(text, y[2], cue)) \
        is not None and not _BETWEEN.search(
        text, max(start, x[1] - 30), x[1]) and not PREPOSITION.search(text, max(start, x[1] - 12), x[1])
    if not direct and not (y is before[-1] and _THE_TWO.search(text, y[2], cue)):
        return []  # the two as the subject of this cue or of the verb it is coordinated with ("agreed to X and a ban")
    return [(actors[n[0]].side, [n[0]], "agent:joint") for n in (x, y)]


#: The relative pronoun that opens a clause about the name before it: "…, who tried to isolate Moscow".
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which)\b")
#: A former office-holder or government right before that pronoun: "his predecessor Joe Biden,", "former chancellor
#: Olaf Scholz,", "the previous administration,", "then-president X" (up to five words of name and titles after it).
_FORMER_BEFORE = re.compile(r"(?:\b(?i:predecessors?|former|previous|prior|outgoing|erstwhile)\b|\b(?i:ex|then)-)"
                            r"[\s,]*(?:[\w.’'-]+\s+){0,4}[\w.’'-]*[\s,]*$")


def former_holders_act(text: str, start: int, cue: int) -> bool:
    """Whether the cue is in a relative clause about a former office-holder or government ("Trump reversed the course
    of his predecessor Joe Biden, who tried to isolate Moscow"): that past policy is no stance the side holds now."""
    pronoun = None
    for pronoun in _RELATIVE_PRONOUN.finditer(text, start, cue):
        pass
    if pronoun is None or any(mark in text[pronoun.end():cue] for mark in ",;:"):
        return False
    return _FORMER_BEFORE.search(text, max(start, pronoun.start() - 70), pronoun.start()) is not None


#: A former office-holder's titles right before the name: "Former President Joe Biden", "former US president X",
#: "the previous US administration", "ex-chancellor X", "Trump's predecessor, Joe Biden".
_FORMER_TITLES = re.compile(r"(?:\b(?i:former|previous|prior|outgoing|erstwhile)\s+|\b(?i:ex|then)-)(?:[\w.’'-]+\s+){0,3}$|"
                            r"\bpredecessors?,?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
#: The same said in an apposition after the name: "Joe Biden, Trump's predecessor,", "X, a former president,"; not
#: when it says what the person is now ("X, a former president and now the Security Council's deputy head").
_FORMER_APPOSITION = re.compile(r",\s+(?:(?:[A-Z][\w.-]*[’']s|his|her|their|the|a)\s+)(?:immediate\s+)?"
                                r"(?:predecessor|former\b)(?![^,.;]*\bnow\b)")


def former_agent(text: str, name: tuple) -> bool:
    """Whether the agent `name` is introduced as a former office-holder or government ("Former President Joe Biden
    imposed …", "Joe Biden, Trump's predecessor, backed …"): a past policy, no stance the side holds now."""
    return _FORMER_TITLES.search(text, max(0, name[1] - 45), name[1]) is not None or \
        _FORMER_APPOSITION.match(text, name[2]) is not None


#: A quotation's speech tag that introduces its speaker as former: after the quote ("…,” former president X said",
#: "…,” said ex-chancellor X", "…,” X, a former president, said") or before it ("Former president X said: “…”").
_FORMER_TAG_AFTER = re.compile(r"[”\"’']?\s*[,:]?\s*[”\"’']?\s*(?:(?:said|says|told|added|wrote)\s+)?(?:the\s+)?"
                               r"(?:(?i:former|previous|prior|outgoing|erstwhile)\s|(?i:ex)-)")
_NAME_THEN = re.compile(r"[”\"’']?\s*,?\s*[”\"’']?\s*(?:(?:said|says|told|added|wrote)\s+)?"
                        r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*(?=,)")
_FORMER_TAG_BEFORE = re.compile(r"\b(?:(?i:former|previous|prior|outgoing|erstwhile)\s+|(?i:ex)-)(?:(?!(?:and|but|then)\b)[\w.’'-]+\s+){0,4}?"
                                r"(?:said|says|told|added|wrote)\b[^“”\"\n]{0,30}[“\"‘']?$")


def former_speaker(text: str, start: int, end: int) -> bool:
    """Whether the quotation `start`–`end` is tagged as a former office-holder's: his words then are no stance his
    side holds now (a current title after "now" is no former one: "X, a former president and now …")."""
    if _FORMER_TAG_AFTER.match(text, end) is not None or \
            _FORMER_TAG_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True
    name = _NAME_THEN.match(text, end)
    return name is not None and _FORMER_APPOSITION.match(text, name.end()) is not None


#: A subordinate clause's subject with an apposition, up to its speech verb: "after Tom Reed, a senior analyst, said",
#: "after the analyst, Tom Reed, said" (its commas close the apposition, not the clause).
_APPOSED_SUBJECT = re.compile(r"\s*(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+(?:an?|the|his|her|its|their|"
                              r"[A-Z][\w.’'-]*[’']s)\s+[^,;:.“”\"\n]{1,60}|(?:the|an?)\s+[a-z][^,;:.“”\"\n]{0,40},\s+"
                              r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s*")


def subordinate_speaker_span(text: str, sub_end: int, verb: int) -> bool:
    """Whether the text between a subordinate conjunction and its speech verb is that clause's own subject: no
    comma in it, or one closed apposition ("after Tom Reed, a senior analyst, said")."""
    return "," not in text[sub_end:verb] or _APPOSED_SUBJECT.fullmatch(text, sub_end, verb) is not None



#: An absolute phrase: "with" and a capitalised name (its titles first) right before the name's "-ing" verb:
#: ", with Sir Anne Marlow insisting …". Its name is the agent of what follows in its clause, whoever spoke before.
_ABSOLUTE = re.compile(r"\bwith\s+(?:the\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+){1,4}?)(?:also\s+|still\s+|again\s+)?"
                       r"[a-z]{3,}ing\b(?P<rest>[^.;:!?]*)")


def absolute_with(text: str, names, persons_at: tuple[int, ...], start: int, cue: int) -> tuple | None:  # noqa: ANN001
    """The agent of an absolute "with X <verb>ing" phrase whose clause holds the cue at `cue`: `()` when X is a
    person of no side that holds positions here (no holder rather than the speaker before the "with"), None
    when there is no such phrase."""
    found = None
    for match in _ABSOLUTE.finditer(text, max(start, cue - 160), cue + 200):
        if match.start() >= cue:
            break
        found = match
    if found is None or found.end() <= cue:
        return None  # no phrase, or its clause ends before the cue
    within = [n for n in names if found.start("name") <= n[1] and n[2] <= found.end("name")]
    if within:
        return within[-1]
    return () if any(found.start("name") <= p < found.end("name") for p in persons_at) else None
