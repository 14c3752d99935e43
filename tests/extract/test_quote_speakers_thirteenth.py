"""Speaker classes from the "quotes13" helper's blind sets of the tenth session (a meeting at a leader's estate, a
claimed drone attack on a residence, a recognition of a breakaway region, a parliament dissolved) and the class
left by "quotes12", on articles written for these tests: the prose and every quotation are invented. Right, or
unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_thing_made_or_owned_by_someone_does_not_speak_for_them(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "A ten-point plan released by the administration of President Donald Trump before the truce stated that "
        "“nobody will have to leave the valley”.\n\n"
        "The report commissioned by Chancellor Olaf Brandt warned that “the river will rise again”.\n\n"
        "“The bridge stays closed all winter,” said a memo drafted by Mayor Anna Vogel.\n\n"
        "A statement released by Chancellor Olaf Brandt said the river was “calm again this week”.\n"))
    # A plan, a report, a memo: the thing speaks, its maker is named inside its phrase (main: Trump, Brandt, Vogel).
    assert quotes["nobody will have to leave the valley"] is None
    assert quotes["the river will rise again"] is None
    assert quotes["The bridge stays closed all winter,"] is None
    # A statement a person released is that person's own words.
    assert quotes["calm again this week"] == ids["Olaf Brandt"]
