"""A body named by its common noun as the subject of its own dated act (events32, issue 10): "The commission visited
the hospital on Friday", "A Paris court sentenced him on Thursday", "The jury found him guilty on Monday", "The city
council voted on Tuesday to …", "Firefighters contained the blaze on Wednesday".

A story with no sides of its own (a disaster, a court case) tells most of its steps through such bodies, which no
side's cue and no gazetteer names: with no actor in the sentence no event verb was sought, so such a folder showed
no event at all. Only a past act right after the subject (at most three lower-case words between: "The commission
members had reached"), with a determiner or a capitalised modifier before the noun ("The", "A three-member judicial",
"Uttar Pradesh's", "The Paris"), so a bare "Court rules" headline is none; the act's date must follow the verb with
no phrase of time nor report between (event_agents.thing_verb's guards), so "The court met after the attack on
Friday" dates nothing. No side is inferred: the event's actors stay empty.
"""

from __future__ import annotations

import re

#: The body's noun: a court and its people, an inquiry, a council, a government's office, a service that acts.
_BODY = (r"(?i:court|courts|tribunal|judge|judges|jury|jurors|prosecutors?|prosecution|commission|panel|committee|"
         r"inquiry|council|board|cabinet|government|administration|ministry|department|agency|authority|"
         r"officials|administrators|investigators|detectives|coroner|regulator|regulators|"
         r"firefighters|fire\s+crews|crews|emergency\s+services|rescue\s+teams|divers|"
         r"members|delegation|mission|team)")
#: What names it: an article or a possessive, then at most three words ("The three-member judicial", "A Paris",
#: "the Los Angeles County"); or at most three capitalised words alone ("Paris prosecutors", "State officials").
_NAMER = (r"(?:(?:(?i:the|a|an|its|their)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
          r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+)?)")
#: The body's own past act (its first word right after it, or after at most three lower-case words: "had",
#: "on Friday", "also", "members had").
_ACT = (r"(?P<verb>visited|reached|arrived|met|convened|sentenced|convicted|acquitted|found\s+(?:\w+\s+){1,3}?"
        r"(?:guilty|not\s+guilty|liable)|ordered|ruled|rejected|dismissed|upheld|overturned|approved|voted|"
        r"announced|issued|suspended|charged|indicted|arrested|detained|raided|searched|released|recovered|"
        r"rescued|evacuated|contained|extinguished|took\s+charge|opened|closed|began|started|ended|concluded|"
        r"launched|filed|declared|imposed|lifted|banned|barred|confirmed|"
        # (events34) a court's decision: "The Supreme Court decided …", "… dramatically scaled back …"
        r"decided|limited|curbed|blocked|scaled\s+back|struck\s+down|sided\s+with|heard|granted|allowed|"
        r"agreed|adopted|backed|endorsed|supported)")
#: A plural body needs no article at the head of a sentence: "Firefighters contained …", "Prosecutors charged …".
_BARE = r"(?:Firefighters|Fire\s+crews|Crews|Rescuers|Divers|Prosecutors|Investigators|Detectives|Jurors|Officials)"
_BODY_ACT = re.compile(r"(?:" + _NAMER + _BODY + "|" + _BARE + ")" + r"(?:\s+(?:of|for|in|on)(?:\s+[A-Z][\w'’-]*){1,4})?,?\s+"
                       r"(?:(?!(?:will|would|could|may|might|must|shall|should|to|is|are|says?|said)\b)[a-z]+\s+){0,3}?"
                       + _ACT + r"\b")


def body_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """A body's own past act at `at` ("The commission visited", "A Paris court sentenced", "The jury found him
    guilty"), or None; the match's "verb" group is the act."""
    return _BODY_ACT.match(text, at, end)
