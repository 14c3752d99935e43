"""Quote classes of the "quotes22" helper (issue 10, twelfth session), on articles written for these tests: the
prose and every quotation are invented. A person's name before a body they head ("the Trump White House said",
"the Putin Kremlin", "the Biden State Department") is no speaker and no pronoun's antecedent: the body speaks,
through someone the text does not name; nor is a body named right after "the head of" the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

from briefing.load.extract.name_modifiers import heads_a_body

HEAD = "Talks in the capital\n\nOfficials met on Saturday afternoon to discuss the plan.\n\n"
TAIL = "\n\nThe meeting ended before dark.\n"
WORDS = "We have nothing further to add on the matter"


def _speaker(tmp_path: Path, line: str) -> str | None:
    """The name of the speaker the quote of `line` gets (None: speaker unknown)."""
    return speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0]


@pytest.mark.parametrize("line", [
    f"“{WORDS},” the Trump White House said.",
    f"“{WORDS},” the Biden White House said in a statement.",
    f"“{WORDS},” the Putin Kremlin said.",
    f"“{WORDS},” the Biden State Department said.",
    f"The Trump White House has said little. “{WORDS},” he said.",
    f"The Biden administration declined to comment. “{WORDS},” it said.",
    f"Earlier, the interim chief of the White House budget unit had instructed departments: “{WORDS}.”",
])
def test_a_body_a_person_heads_speaks_not_the_person(tmp_path: Path, line: str) -> None:
    # main gave the first five to the person named before the body (Trump, Biden, Putin; the pronoun's Trump),
    # and the last to the White House, whose head, unnamed, spoke: all are speaker unknown.
    assert _speaker(tmp_path, line) is None


@pytest.mark.parametrize(("line", "speaker"), [
    (f"“{WORDS},” Joe Biden said after the Biden administration met.", "Joe Biden"),
    (f"“{WORDS},” the head of the Kremlin, Vladimir Putin, said.", "Vladimir Putin"),
    (f"“{WORDS},” the head of the presidential office Andriy Yermak said.", "Andriy Yermak"),
])
def test_the_person_who_speaks_still_speaks(tmp_path: Path, line: str, speaker: str) -> None:
    assert _speaker(tmp_path, line) == speaker


@pytest.mark.parametrize(("text", "name", "heads"), [
    ("the Trump White House said", "Trump", True),
    ("the Biden administration said", "Biden", True),
    ("Putin's Kremlin said", "Putin", True),
    ("the Trump campaign said", "Trump", True),
    ("Putin's campaign against the press", "Putin", False),
    ("Trump said", "Trump", False),
    ("Trump and the White House", "Trump", False),
])
def test_heads_a_body_for_the_holders_code(text: str, name: str, heads: bool) -> None:
    # The helper positions' holders may call: the name is followed by a body it heads.
    assert heads_a_body(text, text.index(name) + len(name)) is heads
