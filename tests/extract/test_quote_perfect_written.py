"""“…,” X had written: the perfect of "write" attributes a quotation as "wrote" does (the lead's blind set on this
story, thirteenth session: main left it unknown). The prose and every quotation here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Envoys trade barbs over the corridor\n\nSergei Lavrov spoke to reporters in Moscow on Tuesday about the "
        "grain corridor. Emmanuel Macron had spoken in Paris a day earlier.\n\n")
WORDS = "The corridor will close by spring"


@pytest.mark.parametrize(("line", "speaker"), [
    (f"“{WORDS},” Lavrov had written on his ministry's channel a day earlier.", "Sergei Lavrov"),
    (f"“{WORDS},” Macron has written in a letter to the envoys.", "Emmanuel Macron"),
    (f"Macron had written: “{WORDS}.”", "Emmanuel Macron"),
])
def test_had_written_names_the_writer(tmp_path: Path, line: str, speaker: str) -> None:
    assert speaker_named(tmp_path, HEAD + line + "\n", WORDS)[0] == speaker

