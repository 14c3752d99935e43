"""A thing that befell a subject, told by "experienced" or "suffered" (events35, issue 10): "On October 20, the
cloud provider experienced a major outage", "The port suffered a cyber attack on Sunday". The thing (an outage, a
blackout, an attack) happened that day: the verb is the event's. Nothing looser: the subject opens the sentence (a
name of up to five capitalised words, perhaps with its short form in brackets, or a determined noun phrase), and
the thing's noun follows the verb at most three words on.
"""

from __future__ import annotations

import re

_UNDERGONE = re.compile(
    r"(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}(?:\s+\([A-Z][\w.&-]{1,10}\))?|"
    r"(?i:the|its|their|this|that)\s+(?:[\w.'’-]+\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:(?:also|then|briefly|reportedly)\s+)?(?P<verb>experienced|suffered|was\s+hit\s+by|was\s+struck\s+by)\s+"
    r"(?:(?:a|an|another|its|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:outage|disruption|blackout|power\s+cut|failure|breach|cyber[- ]?attack|attack|explosion|fire|crash)s?\b")


def undergone_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """What befell the subject at `at` ("AWS experienced a major outage"), or None; its "verb" group is the act."""
    return _UNDERGONE.match(text, at, end)
