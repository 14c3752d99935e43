"""The role phrases of a stretch of an article and their holders, for speakers.Speakers.who: "the UK prime
minister", "the UN chief", "the US president", "the Iranian minister", "the prime minister" (resolved through
speaker_roles.RoleResolver; None: a role no one known holds alone). Split from speakers.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.role_ages import AGE_ROLE, age_holder
from briefing.load.extract.role_nationals import NATIONAL_NOUN, national_holder
from briefing.load.extract.role_members import APPOSED, MEMBER_ROLE, member_holder, unnamed_member_before
from briefing.load.extract.role_offices import OFFICES, office_holder
from briefing.load.extract.antecedents import sentence_index
from briefing.load.extract.speaker_roles import BARE_ROLE, LOCAL_ROLE, ORG_ROLE, PLACE_ROLE, ROLE

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Speakers

__all__ = ["Option", "role_options"]

#: A name or role found in a stretch: its start, its end, and whom it names (None: no one known).
Option = tuple[int, int, str | None]


def role_options(speakers: Speakers, start: int, end: int) -> list[Option]:
    """The role phrases of text[start:end] and their holders (None: a role no one known holds alone)."""
    text, roles, present = speakers.text, speakers.roles, speakers.persons
    options: list[Option] = []
    for role in PLACE_ROLE.finditer(text, start, end):
        # "the UK prime minister": the country is not the speaker; the role's holder is, or no one known.
        options.append((role.start(), role.end(), roles.place_role(role, present)))
    for role in ORG_ROLE.finditer(text, start, end):
        # "the UN chief": the one person of the article heading it; else no one (never the UN itself).
        options.append((role.start(), role.end(), roles.org(role, present, speakers.leads)))
    for pattern, resolve in ((ROLE, lambda r: roles.resolve(r, present)),
                             (LOCAL_ROLE, lambda r: roles.local(r, present))):
        # "the US president"; "the Iranian minister", "the top Omani diplomat": the one person with that role.
        for role in pattern.finditer(text, start, end):
            actor = resolve(role)
            if actor and not any(s <= role.start() < e for s, e, _a in options):
                options.append((role.start(), role.end(), actor))
    for role in MEMBER_ROLE.finditer(text, start, end):
        # "the Labour MP added": the one person of this article shown with such a seat, else no one (not an
        # apposition: "X, the MP who …, said" is X's own)
        if not APPOSED.search(text, max(start, role.start() - 3), role.start()):
            options.append((role.start(), role.end(), _member(speakers, role)))
    for role in BARE_ROLE.finditer(text, start, end):
        # "the prime minister said": the one person of this article whose role it is, else no one.
        if not any(s <= role.start() < e for s, e, _a in options):
            options.append((role.start(), role.end(), _bare_holder(speakers, role)))
    for role in NATIONAL_NOUN.finditer(text, start, end):
        # "said the Pole": the one person the article gives that nationality, else no one (role_nationals.py)
        beside, holder = national_holder(text, speakers.by_start, role, speakers.nationals)
        if beside and not any(s <= role.start() < e for s, e, _a in options):
            options.append((role.start(), role.end(), holder))
    for role in AGE_ROLE.finditer(text, start, end):
        # "said the 24-year-old": the one person the article gives that age, else no one (role_ages.py)
        beside, holder = age_holder(text, speakers.by_start, role, speakers.nationals)
        if beside and not any(s <= role.start() < e for s, e, _a in options):
            options.append((role.start(), role.end(), holder))
    return options


#: How far before a bare role an unnamed holder of its title ("an immigration judge", "a minister") is looked for.
_UNNAMED_REACH = 600


def _unnamed_holder_before(text: str, role: re.Match[str]) -> bool:
    """Whether someone unnamed holding the bare role's title stands shortly before it ("In 2019 an immigration
    judge barred … “…,” the judge wrote"): "the judge" may be that one, not plainly the titled person."""
    noun = r"[ \t]+".join(map(re.escape, role.group("noun").lower().split()))
    # (lower-case words between: "A headline / British Prime Minister X" is a title and a name, no one unnamed)
    unnamed = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[a-z][\w’'-]*[ \t]+){{0,3}}?{noun}\b")
    return unnamed.search(text, max(0, role.start() - _UNNAMED_REACH), role.start()) is not None


def _bare_holder(speakers: Speakers, role: re.Match[str]) -> str | None:
    roles, titled = speakers.roles, speakers.titled
    if _unnamed_holder_before(speakers.text, role):
        return None
    # "Prime Minister X" with X no one we know: "the prime minister" may be X, not plainly the known holder.
    stranger = roles.stranger_holds(role, speakers.stranger_titles)
    if role.group("noun").lower() in OFFICES:
        # "the spokeswoman": the one person shown holding the office; with two, no one (not the last subject's)
        holder = None if stranger else office_holder(role.group("noun"), speakers.persons, speakers.office_titles())
        return None if holder is not None and _named_apart(speakers, role, holder) else holder
    holder = None if stranger else roles.bare(role, speakers.persons, titled)
    if holder is None:
        # Two holders ("the minister" with two ministers named): the one the sentence before has as
        # its subject, if that person holds the title ("X confirmed … / … the minister said").
        last = speakers.subject_of_sentence_before(role.start())
        holder = last if last is not None and roles.holds(last, role, titled) else None
    if holder is None:
        # "…, X said. / The prime minister said: “…”": the speaker of the sentence before, if they hold it.
        last = speakers.speaker_of_sentence_before(role.start())
        holder = last if last is not None and roles.holds(last, role, titled) else None
    return holder


def _member(speakers: Speakers, role: re.Match[str]) -> str | None:
    if unnamed_member_before(speakers.text, role):
        return None  # "a Labour MP who … said" before: "the MP" may be that one
    holder = member_holder(role, speakers.persons, speakers.office_titles())
    return None if holder is not None and _named_apart(speakers, role, holder) else holder


def _named_apart(speakers: Speakers, role: re.Match[str], holder: str) -> bool:
    """Whether the office's one holder is named later in the role's own sentence, not as its apposition ("“…,”
    the envoy said, before X left the room"): a writer naming X there speaks of someone else as "the envoy"."""
    index = sentence_index(speakers.sentences, role.start())
    end = speakers.sentences[index][1] if index is not None else role.end()
    text = speakers.text
    named = [m.start for m in speakers.between(role.end(), end) if m.actor == holder]
    named += [w.start() for w in _CAPITALISED.finditer(text, role.end(), end) if speakers.surname_of.get(w.group(0)) == holder]
    return any(text[role.end():start].strip(" ,") for start in named)


_CAPITALISED = re.compile(r"\b[A-Z][a-z’'-]+\b")
