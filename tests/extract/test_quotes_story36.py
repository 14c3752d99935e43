"""Quote classes of the "story36" helper (issue 10, fourteenth session), on prose written for these tests: every
sentence and quotation is invented. A possessor with an honorific ("Mr. X’s envoy Y") is no rival for a later
"he" (the subject Y is), also when a participle's clause naming someone else opens the sentence and the title
names the places it is for; a paragraph labelled "Quote from X:" gives X's words; a time between a speech
verb and its "that while …" leaves the subordinate clause inside what the speaker reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = "Envoys trade barbs over a freeze\n\nThe freeze on shared satellite data entered its second week on Monday.\n\n"
TAIL = "\n\nTalks on the data are due to resume later in the month.\n"
WORDS = "A cold shower wakes a sleeper"


@pytest.mark.parametrize(("lead", "speaker"), [
    # main: speaker unknown (the honorific shows Putin as "he", which vetoed the envoy)
    ("Mr. Putin’s special envoy Kirill Dmitriev called the freeze a useful jolt.", "Kirill Dmitriev"),
    # main: speaker unknown (the title's "for Syria and Iraq" hid the apposition; the lead kept its space)
    ("Talking on Tuesday at a forum chaired by Andrii Sybiha, Mr. Putin’s special envoy for Syria and Iraq "
     "Kirill Dmitriev called the freeze a useful jolt.", "Kirill Dmitriev"),
    # guards, as on main: the honorific's bearer as the subject; a possessor with no holder named after it
    ("Mr. Putin spoke with envoy Kirill Dmitriev about the freeze.", "Vladimir Putin"),
    ("Mr. Putin’s aides called the freeze a useful jolt.", None),
])
def test_a_possessor_with_an_honorific_is_no_rival_for_he(tmp_path: Path, lead: str, speaker: str | None) -> None:
    text = HEAD + lead + "\n\n“" + WORDS + ",” he said. “It is a pause and no more.”" + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


@pytest.mark.parametrize(("label", "speaker"), [
    ("Quote from Sybiha: ", "Andrii Sybiha"),  # main: speaker unknown
    ("Quote: ", None),  # guard: a label naming no one
])
def test_a_quote_from_label_names_the_speaker(tmp_path: Path, label: str, speaker: str | None) -> None:
    text = HEAD + label + "“" + WORDS + " only when the water is colder than the bed.”" + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


@pytest.mark.parametrize(("line", "speaker"), [
    # main: speaker unknown on both fragments (the time before "that" hid the report's subordinate clause)
    ("The Kremlin doubts the mandate, with Putin saying in January that while Moscow would “bargain with any "
     "envoy at all”, it would only sign papers with “holders of a valid office”.", "Vladimir Putin"),
    ("Putin said on Monday that although Moscow would “bargain with any envoy at all”, little was settled.",
     "Vladimir Putin"),
    # guard, as on main: the clause after the report has a subject of its own
    ("Putin said on Monday that he was weary, while Lavrov called the plan “bargain with any envoy at all” in "
     "jest.", "Sergei Lavrov"),
])
def test_a_time_before_that_keeps_the_report(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert speaker_named(tmp_path, HEAD + line + TAIL, "bargain with any envoy")[0] == speaker
