"""What a new user met first on a folder of their own (issue 10, 8 December, nineteenth session, sweep41): an
outlet's newsletter box that names its editor or writer ("<name>, Editor of the <paper>, picks the week's best
reads in this weekly newsletter", "The Morning newsletter from <role> <name>") was story, and the editor became a
person actor of the story. The articles and boxes are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import auto_people, load_sources, marked_lines

STORY = """Strike shuts ports across Veloria

Dockworkers walked out on Monday, union leader Marta Ilić said. "We will not go back without a deal," Ilić said.

{box}

Transport minister Pavel Horn said the government would talk to the union on Tuesday.
"""

BOXES = [
    "Unlock the Ledger Digest for free. Clara Voss, Editor of the Ledger, picks the week's best reads in this "
    "weekly newsletter.",
    "Clara Voss, Editor of the Ledger, picks the week's best reads in this weekly newsletter.",
    "The Morning newsletter from the Ledger's chief political correspondent Clara Voss",
    "Clara Voss, the Ledger's economics editor, writes the Capital Brief newsletter every Friday.",
    "This article is an on-site version of our Capital Brief newsletter, written by the Ledger's editor Clara Voss.",
    "Get Capital Brief, curated by the Ledger's editor Clara Voss, delivered to your inbox every morning.",
    "Receive Capital Brief, the daily newsletter by the Ledger's editor Clara Voss",
    "The Morning: our chief correspondent Clara Voss guides you through the day's news. Sign up here.",
    "Capital Brief, by the Ledger's editor Clara Voss. Free to subscribers. Sign up",
]


@pytest.mark.parametrize("box", BOXES)
def test_a_newsletter_box_is_furniture_and_its_editor_no_person(tmp_path: Path, box: str) -> None:
    text = STORY.format(box=box)
    assert marked_lines(text)[box]
    people = auto_people(load_sources(tmp_path, a=text))
    assert "Clara Voss" not in people and "Voss" not in people
    assert {"Marta Ilić", "Pavel Horn"} <= set(people)


STORY_LINES = [
    "In a newsletter to members on Monday, union leader Clara Voss said the strike would go on.",
    "Clara Voss, who edits the union's newsletter, said the strike would go on until a deal was signed.",
    '"You can read it in our newsletter," union leader Clara Voss told reporters on Monday in the port.',
    "The union urged dockworkers to sign up for the strike fund before the walkout began on Monday.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_about_a_newsletter_stays_story(line: str) -> None:
    assert not marked_lines(STORY.format(box=line))[line]
