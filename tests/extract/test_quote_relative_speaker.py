"""A quotation said by a relative clause's antecedent ("citing officials who allegedly stated, “…”, X asserted")
is those people's words, not the words of the person a speech verb after it names (the lead's blind set on this
story, thirteenth session; the prose and every quotation here are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Envoys trade barbs over the corridor\n\nSergei Lavrov spoke to reporters in Moscow on Tuesday about the "
        "grain corridor. Emmanuel Macron had spoken in Paris a day earlier.\n\n")
TAIL = "\n\nThe next round is due to open on Thursday morning.\n"
WORDS = "The corridor will close by spring"


def _speaker(tmp_path: Path, line: str) -> str | None:
    return speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0]


@pytest.mark.parametrize("line", [
    f"Citing unnamed officials who allegedly stated, “{WORDS},” Lavrov asserted that Paris wanted a quarrel.",
    f"Pointing to aides who had said: “{WORDS},” Lavrov told reporters the plan was a trap.",
    f"He mocked advisers in Paris who reportedly told colleagues “{WORDS},” Lavrov said.",
])
def test_a_relative_clauses_words_are_not_the_next_speakers(tmp_path: Path, line: str) -> None:
    assert _speaker(tmp_path, line) is None


@pytest.mark.parametrize(("line", "speaker"), [
    (f"“{WORDS},” Lavrov said, who had flown in that morning.", "Sergei Lavrov"),
    (f"Lavrov, speaking to officials who met him, said: “{WORDS}.”", "Sergei Lavrov"),
    (f"“{WORDS},” said Macron, who spoke after the meeting.", "Emmanuel Macron"),
])
def test_a_relative_clause_elsewhere_keeps_the_speaker(tmp_path: Path, line: str, speaker: str) -> None:
    assert _speaker(tmp_path, line) == speaker
