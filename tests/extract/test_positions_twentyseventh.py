"""Position classes from the twenty-seventh positions helper (a proposition that stops what its keywords name; a cue
inside an opening clause of contrast or time; a purpose cue after the keyword), on sentences written for these
tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.proposition_stops import keywords_name_of
from briefing.model import Issue, Source, Stance
from tests.extract.test_positions import ACTORS, ISSUES

#: A folder's own issue whose proposition is the end of what its keywords name.
SMUGGLING = Issue(id="smuggling", name="Smuggling", proposition="Arms smuggling across the border is stopped",
                  keywords=["arms smuggling", "smuggling"])


def positions_with(sentence: str, issues: list[Issue]) -> set[tuple[str, str, Stance]]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance) for p in extract([source], ACTORS, issues, workers=1).positions}


@pytest.mark.parametrize(("sentence", "expected"), [
    # stopping what the keyword names is *for* a proposition that says it is stopped (these read *against*, 0.9)
    ("Washington sent agents to the frontier to stop the arms smuggling, the White House said.",
     {("us", "smuggling", Stance.FOR)}),
    ("The Pentagon vowed to halt smuggling on the southern frontier.", {("us", "smuggling", Stance.FOR)}),
])
def test_stopping_what_a_stopping_proposition_names_is_for_it(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES + [SMUGGLING]) == expected


@pytest.mark.parametrize(("proposition", "keywords", "named", "expected"), [
    ("Arms smuggling across the border is stopped", ["smuggling"], "proposition", "opposite"),
    ("Tariffs on European steel are lifted for good", ["tariffs"], "proposition", "opposite"),
    ("Strikes on power plants stop", ["strikes"], "proposition", "opposite"),
    # guards: no stopping verb; the keyword not in the proposition's subject; the file's own word
    ("Ukraine may join NATO", ["NATO membership", "NATO"], "proposition", "proposition"),
    ("Tariffs on European steel take effect", ["tariffs"], "proposition", "proposition"),
    ("Sanctions on Russia are eased", ["relief"], "proposition", "proposition"),
    ("Sanctions on Russia are eased", ["sanctions"], "either", "either"),
])
def test_what_the_keywords_of_a_stopping_proposition_name(proposition: str, keywords: list[str], named: str,
                                                           expected: str) -> None:
    issue = Issue(id="x", name="X", proposition=proposition, keywords=keywords, keywords_name=named)
    assert keywords_name_of(issue) == expected

