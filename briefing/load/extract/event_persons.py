"""An unnamed person, a structure or a legislature as the subject of its own dated act (events20, issue 10;
events21: "The parliament rejected the motion late Friday", a chamber no actor names; "New arrests were made
… today", arrests told by their noun).

"A man drove a car into a crowd … on Thursday", "A gunman opened fire … on Monday", "Two suspects were arrested
on Friday", "A 42-year-old driver rammed a pickup truck into …", "An unvaccinated child died of the fever in
March" (events22: an unnamed person's death): no actor is named, so no event verb was sought
(event_agents.thing_verb reads these after its things). "The bridge collapsed on Monday", "A parked car bomb
exploded …" (a structure's or a device's own act). Past acts only, the verb right after the subject (at most an
adverb, or one short phrase: "A man armed with a knife stabbed …"); a determiner or a number is required, so a
bare "Suspects arrested" headline or a named person is none. The caller still refuses a date that a report or a
phrase of time stands before ("… was arrested after the attack on Friday": the attack's day).
"""

from __future__ import annotations

import re

_DETERMINER = (r"(?:(?i:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to)\s+(?:\d[\d,]*|[a-z]+)|"
               r"a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
               r"hundreds\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)|\d{1,3}|"
               r"[A-Z][\w.-]*['’]s)\s+"
               r"(?:[\w'’-]+\s+){0,3}?")
_PERSON = (r"(?i:man|woman|men|women|driver|gunman|gunmen|attacker|attackers|assailant|assailants|suspect|suspects|"
           r"shooter|bomber|teenager|teenagers|boy|girl|motorist|perpetrator|knifeman|person|people|passer-by|"
           r"child|children|infant|baby|toddler|adult|patient|resident|residents|pupil|student|pilgrims|devotees|worshippers|"
           r"passengers|spectators|fans|villagers|tourists|migrants)")
#: One short phrase between the person and the act: "A man armed with a knife", "A driver in a pickup truck".
_PHRASE = (r"(?:,?\s+(?i:armed\s+with|wearing|carrying|driving|in|with|from|aged)\s+[^,.;:!?“”\"\n]{1,50}?,?)?")
_ADVERB = r"(?:(?i:also|then|later|reportedly|allegedly|apparently|deliberately|intentionally)\s+)?"
_PERSON_ACT = re.compile(
    _DETERMINER + _PERSON + _PHRASE + r"\s+" + _ADVERB
    + r"(?P<verb>died|passed\s+away|drove|rammed|ploughed|plowed|sped|opened\s+fire|shot|stabbed|killed|attacked|"
    r"wounded|injured|assassinated|detonated|set\s+fire|blew\s+(?:himself|herself|themselves)\s+up|ran\s+over|"
    r"(?:was|were)\s+(?:(?:later|also|reportedly|quickly|subsequently|feared)\s+)?(?:arrested|detained|killed|"
    r"shot(?!\s+down)|stabbed|injured|wounded|charged|taken\s+into\s+custody|found\s+dead|"
    r"(?:admitted|rushed|taken)\s+to\s+(?:a\s+|the\s+)?hospital|hospitali[sz]ed))\b")
#: A structure or a device as the subject of its own failure: "The bridge collapsed", "A car bomb exploded".
_STRUCTURE_ACT = re.compile(
    r"(?:(?i:a|an|the|its|this|that)|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:bridge|building|tower|roof|dam|mine|stage|stand|wall|house|block|factory|plant|depot|warehouse|hotel|"
    r"church|school|market|mall|tunnel|crane|bomb|device|grenade|pipeline|boiler|reactor)"
    r"\s+" + _ADVERB + r"(?P<verb>collapsed|caved\s+in|exploded|went\s+off|blew\s+up|caught\s+fire|"
    r"burst\s+into\s+flames)\b")

#: A legislature as the subject of its own vote: "The parliament rejected the motion …", "Greek lawmakers approved
#: …", "The Senate voted down …" (a chamber the gazetteer names is an actor, and never asked here). A determiner,
#: or the chamber's capitalised name, is required; past acts only.
_CHAMBER_ACT = re.compile(
    r"(?:(?:(?i:the|its|a)|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:parliament|legislature|senate|assembly|congress|chamber|lawmakers|legislators|deputies|MPs)|"
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Parliament|Senate|Congress|Lawmakers|Legislators|MPs)|"
    r"(?:[A-Z][\w'’-]*\s+){1,2}(?:lawmakers|legislators|deputies))"
    r"\s+" + _ADVERB + r"(?P<verb>rejected|approved|passed|adopted|ratified|voted|threw\s+out|endorsed|"
    r"overrode|dissolved|elected)\b")

#: Arrests told by their noun: "New arrests were made in the port on Monday", "Two more arrests were made".
_ARRESTS_ACT = re.compile(
    r"(?i:new|fresh|further|more|several|two|three|four|five|\d{1,3}|dozens\s+of)\s+(?:more\s+)?arrests\s+"
    + _ADVERB + r"(?P<verb>were\s+made)\b")


def person_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """An unnamed person's, a structure's or a legislature's own past act at `at` ("A gunman opened fire", "Two
    suspects were arrested", "The bridge collapsed", "The parliament rejected"), or None; the match's "verb"
    group is the act."""
    return (_PERSON_ACT.match(text, at, end) or _STRUCTURE_ACT.match(text, at, end) or _CHAMBER_ACT.match(text, at, end)
            or _ARRESTS_ACT.match(text, at, end))
