"""Who "the spokeswoman", "the mayor", "the governor", "the envoy", "the ambassador", "the prosecutor" or "the
lawyer" is in one article, for quote attribution (role_options.py): offices many people hold at once, so a role
phrase names someone only when exactly one person of the article is shown holding the office, by any title the
gazetteer gives them (current or past), the words printed right before their name ("Foreign Ministry spokeswoman
X", "Mr. Y's envoy X"), or an apposition right after it ("X, the ministry's spokeswoman,"). Two or more, or no one:
no one (speaker unknown).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["OFFICES", "appositions", "office_holder"]

#: The offices read here (speaker_roles.BARE_ROLE matches them after "the").
OFFICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "mayor", "governor", "envoy", "ambassador",
                     "prosecutor", "lawyer", "attorney", "diplomat", "defense lawyer", "defence lawyer", "defense attorney",
                     "defence attorney"})
#: The titles that show someone holding a court's offices: a prosecutor is also printed "Assistant U.S. Attorney",
#: "District Attorney" (not "Attorney General"); "the lawyer" or "the attorney" may be either side's counsel, so a
#: prosecutor titled "attorney" is a second candidate beside the defence's (then no one); "the defense lawyer" is
#: never one titled as a prosecutor.
_COURT_WORDS = {
    "prosecutor": r"prosecutor|(?:U\.S\.|US|district|state|federal|assistant)[ \t]+attorney\b(?![ \t]+general)",
    "lawyer": r"lawyer|attorney|counsel",
    "attorney": r"lawyer|attorney|counsel",
    # "the diplomat": the one person of the article shown holding a diplomat's office (a foreign minister, an
    # ambassador, an envoy, a secretary of state)
    "diplomat": r"diplomat|foreign[ \t]+minister|minister[ \t]+(?:of|for)[ \t]+foreign[ \t]+affairs|ambassador|envoy|"
                r"secretary[ \t]+of[ \t]+state|foreign[ \t]+secretary",
}
#: "the defense lawyer": a lawyer, attorney or counsel whom no title of theirs shows as a prosecutor.
_DEFENCE = frozenset(f"{side} {office}" for side in ("defense", "defence") for office in ("lawyer", "attorney"))
_COURT_WORDS.update(dict.fromkeys(_DEFENCE, _COURT_WORDS["lawyer"]))
#: An apposition right after a name, up to its clause mark: ", the ministry's spokeswoman", ", a former envoy".
_APPOSITION = re.compile(r",[ \t]+(?:the|a|an|[A-Z][\w.-]*[’']s)[ \t]+(?P<words>[^.;:,“”\"\n(]{1,60})")


def appositions(text: str, mentions: list["MentionAt"]) -> dict[str, tuple[str, ...]]:
    """actor → the appositions printed right after their name (outside quotes). One bounded match a mention."""
    found: dict[str, list[str]] = {}
    for m in mentions:
        if m.person and not m.quoted and (hit := _APPOSITION.match(text, m.end, m.end + 80)) is not None:
            found.setdefault(m.actor, []).append(hit.group("words"))
    return {actor: tuple(words) for actor, words in found.items()}


def _office_word(noun: str) -> re.Pattern[str]:
    # "the spokesman" may be any spokesperson's: a spokeswoman named beside him is a second candidate
    word = r"spokes(?:man|woman|person)" if noun.startswith("spokes") else _COURT_WORDS.get(noun, re.escape(noun))
    return re.compile(rf"\b(?:{word})\b", re.IGNORECASE)


def office_holder(noun: str, present: frozenset[str], shown: dict[str, tuple[str, ...]]) -> str | None:
    """The one person of `present` whom `shown` (actor → every title, lead and apposition the article or the
    gazetteer gives them) shows holding the office `noun`; None for none or two."""
    noun = noun.lower()
    word = _office_word(noun)
    fits = [actor for actor in present if any(word.search(title) for title in shown.get(actor, ()))]
    if noun in _DEFENCE:
        prosecutor = _office_word("prosecutor")
        fits = [actor for actor in fits if not any(prosecutor.search(title) for title in shown.get(actor, ()))]
    return fits[0] if len(fits) == 1 else None
