"""Quote classes of the "quotes27" helper (issue 10, thirteenth session), on articles written for these tests: the
prose and every quotation are invented. A speech verb in the infinitive after another verb of the same subject
("X went on to say that … “…”") is X's, not a reported clause's with a subject of its own. A judge's ruling read
out in its own words right after "ruled" and a comma or colon ("Judge X ruled, “…”") is the judge's."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

FARM = ("Farm bill clears committee\n\nSenator Maria Okafor chaired a long session of the agriculture panel on "
        "Monday. The bill now goes to the floor.\n\n")
TAIL = "\n\nA vote is expected next month.\n"
WORDS = "open every county fair to small growers"


@pytest.mark.parametrize("lead", [
    # main: unknown ("went on" read as a report whose own subject is "to")
    "Okafor went on to say that the bill would",
    "Okafor then went on to say the measure would",
    "She went on to say that the bill would",
])
def test_an_infinitive_speech_verb_keeps_its_subject(tmp_path: Path, lead: str) -> None:
    line = f"{lead} “{WORDS} for the first time.”"
    assert speaker_named(tmp_path, FARM + line + TAIL, WORDS)[0] == "Maria Okafor"


def test_a_report_with_its_own_subject_stays_unknown(tmp_path: Path) -> None:
    # guard: "X told the farmers to say …": the words are the farmers', not X's
    line = f"Okafor told the county farmers to say that the bill would “{WORDS} for the first time.”"
    assert speaker_named(tmp_path, FARM + line + TAIL, WORDS)[0] != "Maria Okafor"


COURT = ("Visa appeal rejected\n\nThe hearing in the immigration court lasted less than an hour on Thursday, and "
         "the petitioner's lawyers left without comment.\n\n")
RULING = "The petition for relief is denied in full"


@pytest.mark.parametrize("mark", [",", ":"])
def test_a_ruling_read_out_after_ruled_is_the_judges(tmp_path: Path, mark: str) -> None:
    # main: unknown after a comma ("ruled" was no speech verb); the colon is a guard (colon-before read it)
    line = f"Judge Helen Marsh ruled{mark} “{RULING}.”"
    assert speaker_named(tmp_path, COURT + line + TAIL, RULING)[0] == "Helen Marsh"


def test_ruled_out_names_no_speaker(tmp_path: Path) -> None:
    # guard: "ruled out" before a quotation is no reading-out of words
    line = f"Judge Helen Marsh ruled out what the lawyers called “{RULING} by another name.”"
    assert speaker_named(tmp_path, COURT + line + TAIL, RULING)[0] != "Helen Marsh"
