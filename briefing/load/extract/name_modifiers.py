"""A person's name used as a modifier of another word, which names them only in passing.

A name before a body they head or lead: "the Trump White House", "the Biden administration", "the Starmer
government", "the Macron camp", "Putin's Kremlin". The body acts or speaks, not the person: the name stays a
mention (the actors pane counts it; the curated mentions do), but it is no speaker (speaker_patterns.
NAME_AS_ADJUNCT reads `BODY_NAMES`), no pronoun's antecedent, and should be no position's holder
(`heads_a_body`, for the holders' code). The gazetteer's "White House" or "Kremlin" may speak, when the text names it.

A person's name inside a hyphenated compound word: "anti-Marcos activist", "pro-Putin blogger", "a
Trump-appointed judge", "the Putin-led government", "Zelensky-era officials". The compound names the person only as
a modifier of another word: no mention of them (no speaker, no antecedent for a pronoun, no presence in the
sentence for the actors pane or a position's holder). actor_mentions.py drops such a person's mention.

A name hyphened to another name ("the Trump-Putin summit") stays a mention of both, and so does a country or a
body ("US-led", "Kremlin-backed": the body acts), and a name's own lower-case particle ("al-Sharaa").
"""

from __future__ import annotations

import re

__all__ = ["BODY_NAMES", "heads_a_body", "modifier_only"]

#: A hyphen (or a non-breaking one) joining the compound's parts.
_HYPHENS = "-\u2011"
#: Prefixes that make the name after them an adjective ("anti-", "pro-", "ex-" as in "an ex-Trump aide").
_PREFIX = re.compile(r"(?<![\w-])(?i:anti|pro|non|post|pre|ex|neo|ultra|pseudo|quasi|crypto)[-\u2011]$")
#: The longest prefix `_PREFIX` reads, with its hyphen and the character before it.
_PREFIX_REACH = 8
#: After the name, a hyphen and a lower-case word: "-led", "-backed", "-era", "-style", "-allied".
_SUFFIX = re.compile(r"[-\u2011][a-zß-ÿ]")


def modifier_only(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is part of a hyphenated compound that uses it as a modifier: a prefix
    word before it ("anti-X") or a lower-case word after it ("X-led"). Constant work per name."""
    if start and text[start - 1] in _HYPHENS and _PREFIX.search(text, max(0, start - _PREFIX_REACH), start):
        return True
    return _SUFFIX.match(text, end) is not None



#: A body a person heads, leads or runs, capitalised, written after their name ("the Trump White House", "the
#: Biden State Department", "Putin's Kremlin"); speaker_patterns.NAME_AS_ADJUNCT lists the lower-case ones
#: ("administration", "government", "camp", "team") with the roles and reads this too.
BODY_NAMES = (r"White[ \t]+House|Kremlin|[EÉ]lys[ée]e|Pentagon|(?:State|Justice|Defen[cs]e|Treasury|Homeland[ \t]+"
              r"Security)[ \t]+Department|Treasury|Downing[ \t]+Street|(?:Foreign|Home|Cabinet)[ \t]+Office|"
              r"(?:Foreign|Defen[cs]e|Interior)[ \t]+Ministry|Administration|Government|Cabinet|Commission|"
              r"Chancellery")
#: The body right after a name ("the X administration", "X's White House"); "campaign" only without the
#: possessive ("the X campaign said", but "X's campaign against the press" is X's own doing).
_BODY_AFTER = re.compile(r"(?:[’']s)?[ \t]+(?:" + BODY_NAMES + r"|administration|government|cabinet|camp|team|"
                         r"regime|ministry)\b|[ \t]+campaign\b")


def heads_a_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a body it heads ("the Trump White House said", "the Biden
    administration", "Putin's Kremlin"): the body, not the person, is the sentence's subject, so no stance of the
    sentence is the person's. Constant work per name."""
    return _BODY_AFTER.match(text, end) is not None
