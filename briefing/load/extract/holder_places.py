"""The words that name a negotiating side as the agent of a clause ("Poland refused", "a senior Polish
official said"), found for holders.py as pseudo-actors of that side: they give a side, never a person."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import ChainMap

from briefing.load.extract.bodies import names_a_body
from briefing.load.extract.issues import stance_cue
from briefing.load.sides import HoldingSides
from briefing.model import Actor

__all__ = ["AGENT_NEXT", "PLACE", "overlaps", "with_places"]

#: The lower-case word after a place word: a verb ("Poland refused"), a body ("a senior Polish official"),
#: or the thing it qualifies ("Russian oil installations", "Ukrainian territory": then it is no agent).
_LOWER_NEXT = re.compile(r"(?:[’']s)?\s+([a-z][a-z-]*)")
AGENT_NEXT = re.compile(r"officials?|governments?|cabinet|leaders?|leadership|president|premier|ministers?|ministry|delegations?|"
                         r"chief|head|director-general|"
                         r"side|authorities|diplomats?|diplomacy|spokes(?:man|woman|person)|negotiators?|envoys?|"
                         r"administration|counterparts?|lawmakers|parliament|military|army|forces|troops|command|"
                         r"chancellor|readout|statement|embassy|office|officials|allies|partners|countries|nations|capitals|"
                         r"has|have|had|is|was|are|were|will|would|could|can|must|should|may|might|did|does|do|also|"
                         r"again|then|now|still|later|already|itself|alone|and|or|nor|"
                         r"[a-z]+ed|says|agrees|accepts|rejects|refuses|wants|demands|supports|opposes|insists|"
                         r"proposes|backs|seeks|urges|offers|pledges|warns|plans|intends|expects|calls|dismisses|"
                         r"said|told|wrote|sought|thinks|believes|sees|hopes|fears|"
                         # "Hungary remains reluctant to …", "Poland seems ready to …"
                         r"remains|seems|appears|continues|stays|tries|aims|vows|threatens|approves|welcomes|"
                         # irregular past tenses: "Poland gave its backing to …", "Poland threw its weight"
                         r"gave|gives|made|makes|took|takes|threw|throws|held|holds|sent|sends|kept|keeps|put|puts|"
                         r"set|sets|stood|stands|led|leads|chose|chooses|spoke|speaks|met|meets|"
                         # a reply's verbs: "as China retaliates against …", "Beijing responds with …"
                         r"retaliates|responds|counters|hits|slaps|imposes|announces|levies|moves|pushes|presses")
#: An adverb between a place and its verb ("Slovakia finally lifted its veto"; not a noun in -ly: "Russian family").
_ADVERB = re.compile(r"(?!(?:family|ally|rally|supply|assembly|anomaly|monopoly|daily|weekly|monthly|yearly|early|"
                     r"only|likely|friendly|deadly|costly|elderly|holy|reply)\b)[a-z]{2,}ly")
#: A capitalised word right after the place word, not a day or month: the place begins a longer name, an outlet's
#: ("India Today TV", "Russia Today") or a body's, and is no agent ("Russia Monday rejected …" still is).
_NAME_GOES_ON = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")
_LOWER_BEFORE = re.compile(r"\b[a-z]+\s+$")
#: Between a demonym and the name it qualifies: "Polish Prime Minister ", "Russian President ", " ".
_TITLED = re.compile(r"(?:\s+[A-Z][\w.’'-]*){0,3}\s+")
#: The pseudo-id prefix of a place named as an agent ("Poland refused"): it gives a side, never a holder.
PLACE = "@"


def with_places(text: str, start: int, end: int, actors, names: list, quoted, keywords,  # noqa: ANN001
                 negotiating) -> tuple:  # noqa: ANN001
    """`names` with the words that name a negotiating side added ("Poland", "a senior Polish official"; from
    the sides' cues, see HoldingSides), each as a pseudo-actor of that side, and `actors` able to look them
    up. A word inside a name found, a quotation or an issue's keyword is not one."""
    if not isinstance(negotiating, HoldingSides):
        return actors, names
    places = {}
    for side, s, e in negotiating.named(text, start, end):
        if overlaps(quoted, s, s + 1) or overlaps(keywords, s, e) or any(a < e and s < b for _x, a, b in names):
            continue
        if any(e < a <= e + 60 and _TITLED.fullmatch(text, e, a) for _x, a, _b in names):
            continue  # "Russian President Vladimir Putin": the person is the name, the word his title's
        if names_a_body(text, s, e, start):
            continue  # "the American Chamber of Commerce in Russia": a body named after a country is not its side
        if _NAME_GOES_ON.match(text, e) and _LOWER_BEFORE.search(text, max(start, s - 30), s):
            continue  # "sources told India Today TV": the place word begins another name (not in a headline's
            #           title case, "PTI Stalls Talks, Demands …", where every word is capitalised)
        if _names_another_side(negotiating, text, e, side):
            continue  # "Canada Post Union Criticizes …": the place word qualifies another side's name
        word = _LOWER_NEXT.match(text, e)
        if word is not None and _ADVERB.fullmatch(word.group(1)):
            word = _LOWER_NEXT.match(text, word.end()) or word  # "Slovakia finally approved …": the verb after it
        if word is not None and not AGENT_NEXT.fullmatch(word.group(1)) \
                and not _cue_at(text, word.start(1), min(end, word.end(1) + 4)):
            # "which has bombed Russian oil installations": a word qualifying a thing, not an agent (but "immediate
            # Russian rejection": the side's own act, named by a noun)
            continue
        pseudo = f"{PLACE}{side}:{s}"
        places[pseudo] = (Actor.model_construct(id=pseudo, name=text[s:e], kind="place", side=side), s, e)
    if not places:
        return actors, names
    found = sorted(names + [(pseudo, s, e) for pseudo, (_a, s, e) in places.items()], key=lambda n: n[1])
    return ChainMap({pseudo: actor for pseudo, (actor, _s, _e) in places.items()}, actors), found


#: The word after a place word (for _names_another_side).
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


def _names_another_side(negotiating: HoldingSides, text: str, end: int, side: str) -> bool:
    """Whether the word right after a place word names another negotiating side in any case ("Canada Post Union"
    where "union" places the union, "Russia Ukraine talks"): the two make one name, and the first is no agent."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    said = word.group(1)
    other = negotiating.places.get(said) or negotiating.places.get(said.lower()) \
        or negotiating.places.get(said[:1] + said[1:].lower())
    return other is not None and other != side and other in negotiating


def overlaps(intervals: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `intervals` (sorted, not overlapping each other): O(log n)."""
    i = bisect_right(intervals, (start, float("inf"))) - 1
    return (i >= 0 and intervals[i][1] > start) or (i + 1 < len(intervals) and intervals[i + 1][0] < end)



def _cue_at(text: str, at: int, end: int) -> bool:
    """Whether a stance cue (issues.stance_cue, read in text[at:end]) starts at `at`."""
    cue = stance_cue(text, at, end)
    return cue is not None and cue.start == at
