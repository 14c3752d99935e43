"""positions34 (issue 10): the strict band (shown by default) on a folder's own issues.toml. A keyword naming a
measure against something (a ban, an embargo) listed under a proposition that wants the thing itself, with the
default naming, read "lifted its ban" as against the proposition at 0.95. Such a keyword now reaches the strict
band only when issues.toml says, or its proposition shows, that it names the opposite. The sentences were written
for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.strict_shape import BELOW_STRICT, STRICT_CONFIDENCE
from briefing.model import Issue, Source, Stance
from tests.extract.test_positions import ACTORS

_KEYWORDS = ("grain purchases", "embargo", "ban")
#: The file did not say which way "ban" reads: the default, "proposition".
UNSAID = Issue(id="grain", name="Grain", proposition="Russia buys Ukrainian grain", keywords=_KEYWORDS)
SAID = Issue(id="grain", name="Grain", proposition="Russia buys Ukrainian grain", keywords=_KEYWORDS,
             keywords_name="opposite")
#: The proposition shows it: its subject is the ban, and it is lifted (proposition_stops.py).
SHOWN = Issue(id="grain", name="Grain", proposition="Russia's ban on Ukrainian grain is lifted", keywords=("ban", "embargo"))


def read(sentence: str, issue: Issue) -> dict[tuple[str, str, Stance], float]:
    text = f"Trade notes\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance): p.confidence for p in extract([source], ACTORS, [issue], workers=1).positions}


@pytest.mark.parametrize("sentence", [
    "Russia has lifted its ban on Ukrainian grain.",
    "Russia quietly ended its embargo on Ukrainian grain.",
    "Russia imposed a ban on Ukrainian grain.",
])
def test_a_ban_whose_direction_the_file_left_unsaid_stays_below_the_strict_band(sentence: str) -> None:
    found = read(sentence, UNSAID)
    assert found and max(found.values()) <= BELOW_STRICT < STRICT_CONFIDENCE


@pytest.mark.parametrize(("sentence", "issue", "stance"), [
    # guards: where the file or the proposition says the ban names the opposite, the plain sentence stays strict
    ("Russia has lifted its ban on Ukrainian grain.", SAID, Stance.FOR),
    ("Russia imposed a ban on Ukrainian grain.", SAID, Stance.AGAINST),
    ("Russia has lifted its ban on Ukrainian grain.", SHOWN, Stance.FOR),
])
def test_a_ban_named_as_the_opposite_keeps_the_strict_band(sentence: str, issue: Issue, stance: Stance) -> None:
    assert read(sentence, issue).get(("russia", "grain", stance)) == STRICT_CONFIDENCE
