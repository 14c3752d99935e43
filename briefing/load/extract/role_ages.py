"""An age as a speech verb's subject: "“…,” said the 24-year-old", "the 37-year-old former champion added"
(role_options.py).

It names the one person the article gives that age ("Iga Swiatek, 24,", "24-year-old Iga Swiatek", "Iga Swiatek
(24)"); with none or two, or with someone unnamed of that age ("a 24-year-old man"), no one, so the quote stays "speaker unknown" as before. Only right beside a speech verb
(role_nationals.beside_verb), and only an age followed by lower-case words at most ("the 24-year-old Iga
Swiatek" is a name, read as one). The marks are found in one pass over the text an age beside a verb asks for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.role_nationals import CAPS, beside_verb, marked_people

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["AGE_ROLE", "age_holder"]

#: "the 24-year-old", "the 37-year-old ex-champion": an age, then lower-case words at most.
AGE_ROLE = re.compile(r"\b[Tt]he[ \t]+(?P<age>\d{1,3})-year-old(?:[ \t]+(?:[a-z][\w-]*|No\.?|\d{1,3})){0,5}?"
                      r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:after|as|before|when|while|in|at|on|with|to|during|"
                      r"following|later|then|[a-z]+ly|said|says|added|adds|told|explained|admitted|insisted|"
                      r"continued|remarked|noted|joked|replied|conceded|went)\b)")


def _marks(age: str) -> tuple[re.Pattern[str], ...]:
    """A name the text gives `age`: "X, 24,", "X (24)", "24-year-old X", "the 24-year-old Pole X"."""
    return (re.compile(rf"(?P<name>{CAPS})(?:,[ \t]+{age}(?=[,.;:)]|[ \t]+(?:said|and|is|was)\b)|[ \t]*\({age}\))"),
            re.compile(rf"\b{age}-year-old(?:[ \t]+[a-z][\w-]*){{0,3}}[ \t]+(?P<name>{CAPS})"))


def age_holder(text: str, mentions: list[MentionAt], role: re.Match[str],
               cache: dict[str, frozenset[str] | None]) -> tuple[bool, str | None]:
    """Whether the age stands beside a speech verb as its subject, and if so its one person (None: no one, or
    two, of that age). `cache`: the article's people by age (one pass an age)."""
    if not beside_verb(text, role):
        return False, None
    age = role.group("age")
    if re.search(rf"\b[Aa]n?[ \t]+{age}-year-old\b", text):
        return True, None  # "a 24-year-old man was held": someone unnamed of that age may be meant
    key = f"age:{age}"
    people = cache[key] if key in cache else cache.setdefault(key, marked_people(text, mentions, _marks(age)))
    return True, (next(iter(people)) if people is not None and len(people) == 1 else None)
