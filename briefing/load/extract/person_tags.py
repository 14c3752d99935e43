"""A US legislator's party-and-state tag after a name ("Jo Roe (R-Ky.)", "Ann Doe (D-NY)"), for person_intros:
the tag introduces the person and says which country's legislature they sit in, so it places them where the
title before the name ("House Speaker", "Rep.") names no country. Only a party letter and one of the fifty
states (AP's abbreviations or the postal codes) make a tag: "(R-1)", "(UK-based)" are none. A legislator's or
governor's title before the name and "of <a state>" after it ("Representative X of Texas") place them too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.load.extract.person_groups import Introduction
from briefing.load.extract.person_roles import Placing, side_of

__all__ = ["party_tag", "with_party_tag"]

_AP_STATES = (r"Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|"
              r"Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|"
              r"Texas|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo")
_POSTAL = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
           "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
#: Right after the name: " (R-Ky.)", " (D-NY)", " (I-Vt.)".
_TAG = re.compile(rf"[ \u00a0]\((?P<role>[RDI]-(?:(?:{_AP_STATES})\.?|{'|'.join(_POSTAL)}))\)")
#: Right after a legislator's or governor's name, the state they serve: "Representative X of Texas" (no
#: Georgia: a country too).
_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
           "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
           "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
           "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
           "Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_OF_STATE = re.compile(rf"[ \u00a0]+of[ \u00a0]+(?:{_STATES})(?![\w’'-])")
_STATE_TITLE = re.compile(r"^(?:(?:U\.S\.|US)[ \u00a0]+)?(?:Rep\.|Representative|Sen\.|Senator|Congressman|"
                          r"Congresswoman|Governor|Gov\.)$")


def party_tag(text: str, name_end: int, end: int) -> re.Match[str] | None:
    """The party-and-state tag right after a name ending at `name_end`, or None."""
    return _TAG.match(text, name_end, end)


def with_party_tag(intro: Introduction | None, text: str, name: tuple[int, int, tuple[str, ...]],  # noqa: PLR0913
                   end: int, file: str, sides: Placing) -> Introduction | None:
    """`intro` placed by the tag after the name when nothing else placed it; an introduction of its own (the
    tag as its role) when no other formula introduced a name of two words or more."""
    n_start, n_end, words = name
    tag = party_tag(text, n_end, end)
    if tag is None:
        if intro is not None and intro.side is None and _STATE_TITLE.match(intro.role) \
                and _OF_STATE.match(text, n_end, end):
            return replace(intro, side=side_of("U.S.", sides))  # "Representative X of Texas"
        return intro
    side = side_of("U.S.", sides)
    if intro is None:
        if len(words) < 2:
            return None
        return Introduction(file, n_start, n_end, words, "person:party_tag", tag.group("role"), tag.start("role"),
                            tag.end("role"), side)
    return intro if intro.side is not None else replace(intro, side=side)
