"""Whose act a reported clause tells (issue 10): "the envoy said both neighbours had accepted a truce".

A reported clause with no named agent is read as the speaker's stance ("Hegseth said membership was not
feasible": his). That holds when the clause's subject is the issue itself or the speaker; it does not when the
clause has a subject of its own that acts — parties named by a plural common noun ("both neighbours", "the two
sides", "the countries") or "they" — with the cue as its verb: the speaker reports what others did, and the stance is
theirs, whom the sentence does not name as a side. Then no one holds it here (right, or visibly unknown).

An obligation put on that subject ("… the two sides must accept a truce") stays the speaker's demand: a modal
between the subject and the cue is not matched, and holders.py reads it as before.
The check is one anchored match over the few words between the speech verb and the cue: linear in their size.
"""

from __future__ import annotations

import re

__all__ = ["others_act"]

#: Words ending in "s" that are no plural noun, and verbs: "the truce was dependent on …" has no plural subject.
_NOT_NOUN = (r"(?:was|is|has|does|this|his|its|as|us|thus|yes|plus|less|unless|always|perhaps|whereas|"
             r"have|had|were|are|would|will|did|do|been|be|must|should|could|can|may|might)\b")
#: The head nouns of parties that act ("the talks would restore ties" is no one's act: the speaker's stance).
_PARTIES = (r"(?:neighbou?rs|sides|countries|nations|parties|governments|leaders|states|capitals|rivals|"
            r"adversaries|delegations|negotiators|allies|partners|armies|militaries|factions|rebels|belligerents|"
            r"powers|presidents|premiers)\b")
#: After the speech verb (and its "that"): "they", or a determiner, up to three words and a party's plural noun, then
#: at most three auxiliaries or adverbs up to the cue. No modal of obligation ("must", "should", "have to").
_OTHERS = re.compile(r"\s*(?:that\s+)?(?:they|(?:the|both|all|these|those)\s+(?:(?!" + _NOT_NOUN + r")[A-Za-z][\w-]*\s+){0,3}?"
                     + _PARTIES + ")"
                     r"\s+(?:(?:have|has|had|would|will|did|do|does|are|were|also|now|already|jointly|finally|since|"
                     r"both|all|reportedly|indeed)\s+){0,3}", re.IGNORECASE)


def others_act(text: str, speech_end: int, cue: int) -> bool:
    """Whether the words from the speech verb's end at `speech_end` to the cue at `cue` are a plural subject of
    others ("both neighbours had", "they") and nothing else (see the module's doc)."""
    return cue - speech_end <= 120 and _OTHERS.fullmatch(text, speech_end, cue) is not None
