"""A person's name inside a hyphenated compound word: "anti-Marcos activist", "pro-Putin blogger", "a
Trump-appointed judge", "the Putin-led government", "Zelensky-era officials". The compound names the person only as
a modifier of another word: no mention of them (no speaker, no antecedent for a pronoun, no presence in the
sentence for the actors pane or a position's holder). actor_mentions.py drops such a person's mention.

A name hyphened to another name ("the Trump-Putin summit") stays a mention of both, and so does a country or a
body ("US-led", "Kremlin-backed": the body acts), and a name's own lower-case particle ("al-Sharaa").
"""

from __future__ import annotations

import re

__all__ = ["modifier_only"]

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
