"""Who leads a country's delegation, for person_intros: "the Russian delegation was headed by X", "the U.S. team,
led by Deputy Assistant Secretary of State X,", "X, who led the Ukrainian delegation," and "X led the Russian
team" introduce X and place X on the side the delegation's words give (person_roles.side_of on "Russian
delegation"). Where a title already introduces X and places X, the title's side stands; where it places no one
("Deputy Assistant Secretary of State X"), the delegation's does. A delegation that names no country places no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.load.extract.person_groups import Introduction
from briefing.load.extract.person_roles import Placing, side_of

__all__ = ["with_delegation"]

_GROUP = r"(?:delegation|team|side|negotiators|negotiating[ \u00a0]+team|mission)"
_LED = r"(?:led|headed|chaired|represented)"
#: Before the name (or its title): "the Russian delegation was headed by ", "the U.S. team, led by ", "Russia's
#: delegation, led by ".
_LED_BY = re.compile(rf"(?:(?i:\b(?:the|a)[ \u00a0]+)(?P<role>(?:[\w.’'-]+[ \u00a0]+){{0,3}}?{_GROUP})|"
                     rf"(?<![\w.’'-])(?P<owned>[A-Z][\w.-]*[’']s[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,2}}?{_GROUP})),?[ \u00a0]+"
                     rf"(?:(?:which|that|who)[ \u00a0]+)?(?:(?:was|is|were|are|will[ \u00a0]+be|has[ \u00a0]+been|"
                     rf"had[ \u00a0]+been)[ \u00a0]+)?{_LED}[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?$")
#: After the name: ", who led the Ukrainian delegation", " heads the Russian team".
_LEADS = re.compile(rf"(?:,[ \u00a0]+who)?[ \u00a0]+(?:(?:has|had|will|would|is|was)[ \u00a0]+)?"
                    rf"(?:led|leads|lead|heads|headed|head|leading|heading)[ \u00a0]+"
                    rf"(?:the|a)[ \u00a0]+(?P<role>(?:[\w.’'-]+[ \u00a0]+){{1,3}}?{_GROUP})(?![\w’'-])")
#: How far before a name (or its title) the delegation's words may begin.
_REACH = 80


def with_delegation(intro: Introduction | None, text: str, name: tuple[int, int, tuple[str, ...]],  # noqa: PLR0913
                    bounds: tuple[int, int], file: str, sides: Placing) -> Introduction | None:
    """`intro` placed by the delegation the name leads when nothing else placed it; an introduction of its own
    (the delegation as its role) when no other formula introduced a name of two words or more."""
    if intro is not None and intro.side is not None:
        return intro
    n_start, n_end, words = name
    start, end = bounds
    before = intro.role_start if intro is not None and intro.role_start >= 0 else n_start
    led = _LED_BY.search(text, max(start, before - _REACH), before) or _LEADS.match(text, n_end, min(end, n_end + 80))
    if led is None:
        return intro
    which = "owned" if "owned" in led.re.groupindex and led.group("owned") else "role"
    role = led.group(which)
    side = side_of(role, sides)
    if intro is not None:
        return intro if side is None else replace(intro, side=side)
    if len(words) < 2:
        return None
    return Introduction(file, n_start, n_end, words, "person:appositive", role, led.start(which), led.end(which),
                        side)
