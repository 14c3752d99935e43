"""Whether "He" or "She" can stand for a person, from what the article itself has said of that person so far.

A pronoun opening a sentence takes the one person of the sentence before (event_agents.py) only when the article
has shown which pronoun is that person's, and shown only that one:
- an honorific before the name ("Mr. Sybiha", "spokeswoman X"; speaker_roles.honorific_pronouns), or
- a pronoun a few plain words after the name, in a sentence naming no one else: "Sybiha met his counterpart",
  "Grossi told reporters that he …", "Trump said on Monday he …". Nothing capitalised may stand between (but a
  day or a month), no article ("praised the minister and her …": hers), no "and"/"who"/"with", no quotation.
Nothing is guessed from a first name. A person the article has given both pronouns, or none, fits neither:
"Donald Trump spoke … She arrived on Monday" gives the arrival no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.load.extract.speaker_roles import honorific_pronouns

#: The first third-person pronoun after the name, within four plain words ("met his", "said that he", "told
#: reporters on Monday he"); a capitalised word other than a day's or a month's name, an article, a conjunction,
#: a relative pronoun, "whether"/"if"/"how" ("asked whether she …": someone else) or a quotation mark in between
#: stops the search.
_DAY_NAMES = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              r"July|August|September|October|November|December)")
_PLAIN = (r"(?:(?!(?:the|a|an|and|or|but|who|whom|whose|which|with|of|their|its|whether|if|how|why|what|when|where)"
          r"\b)[a-z]+|" + _DAY_NAMES + r"|\d{1,2})")
#: Not "him" nor "her": an object ("Trump called her") is someone else; "her" may be either. An apposition set off
#: by commas may stand first ("X, Italy’s prime minister, said she"; not a relative clause, ", who …,").
_APPOSITION = r"(?:,[ \t]+(?!(?:who|whom|whose|which|and|but|or)\b)[^,;:“”\"\n]{1,60},)?"
_AFTER_NAME = re.compile(_APPOSITION + r"(?:,?\s+" + _PLAIN + r"){1,4}?\s+(?:(?P<he>he|his|himself)|(?P<she>she|herself))\b")


@dataclass(frozen=True, slots=True)
class _At:
    """A person mention as honorific_pronouns reads it."""

    actor: str
    start: int
    person: bool = True


@dataclass(slots=True)
class Pronouns:
    """actor → the pronouns the article has given that person so far (read sentence by sentence)."""

    seen: dict[str, set[str]] = field(default_factory=dict)

    def read(self, text: str, start: int, end: int, persons: list[tuple[str, int, int]]) -> None:
        """Note what text[start:end] shows of its persons' pronouns (`persons`: actor, start, end)."""
        for actor, word in honorific_pronouns(text, [_At(a, s) for a, s, _e in persons]).items():
            self.seen.setdefault(actor, set()).add(word)
        if len({a for a, _s, _e in persons}) != 1:
            return  # two people: whose "his" it is, is not clear
        actor, _s, name_end = persons[0]
        found = _AFTER_NAME.match(text, name_end, end)
        if found is not None:
            self.seen.setdefault(actor, set()).add("he" if found.group("he") else "she")

    def fits(self, actor: str | None, word: str) -> bool:
        """Whether "he"/"she" (`word`) is known to be `actor`'s pronoun, and the other one is not."""
        return actor is not None and self.seen.get(actor) == {word.lower()}
