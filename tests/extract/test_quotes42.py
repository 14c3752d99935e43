"""Quote classes of the "quotes42" helper (issue 10, twentieth session), on prose written for these tests: every
sentence and quotation is invented.

- a pronoun after a sentence whose subject is a person the text leaves unnamed ("At one point, Juror No. 4 …
  raised concerns … / He reportedly said, “…”", "The foreman … / He said"): that person, whom no one names, so
  no one's; never the person named further back; a noun of the other gender ("A woman … / He said") does not
  decide, and a sentence whose subject is named is read as before.
"""

from __future__ import annotations

import pytest
from helpers import load_articles
from helpers import speakers_by_opening as _speakers

TRIAL = ("Jury convicts banker in fraud retrial\n\n"
         "Former banker Tom Hale was found guilty of fraud on Tuesday. He was cleared of a second count, and his "
         "lawyers said he would appeal.\n\nJury turmoil\n\n"
         "During deliberations, tension grew among the jurors. {subject} raised concerns about shouting in the "
         "jury room. He reportedly said, \"I cannot go on like this,\" before asking to be excused.\n")


def _speaker_of(briefing, opening: str, file: str = "a.txt") -> str | None:  # noqa: ANN001
    (speaker,) = [s for o, s in _speakers(briefing, file).items() if o.lower().startswith(opening.lower()[:20])]
    return speaker


@pytest.mark.parametrize("subject", [
    # main: Tom Hale's in each (the walk passed over a subject it could not name)
    "At one point, Juror No. 4 - described as a 30-year-old man -",
    "At one point, the jury foreman",
    "A 30-year-old man on the panel",
    "Later, Juror 9",
])
def test_a_pronoun_after_an_unnamed_subject_is_no_ones(tmp_path_factory, subject: str) -> None:
    briefing = load_articles(tmp_path_factory, "unnamed_subject", {"a.txt": TRIAL.format(subject=subject)})
    assert _speaker_of(briefing, "I cannot go on like this") is None


@pytest.mark.parametrize("subject", [
    # guards: the pronoun still reaches the named man ("a woman" takes another pronoun; a named subject)
    "A woman in the public gallery",
    "Tom Hale then",
])
def test_a_pronoun_past_a_subject_it_cannot_mean(tmp_path_factory, subject: str) -> None:
    briefing = load_articles(tmp_path_factory, "unnamed_guard", {"a.txt": TRIAL.format(subject=subject)})
    assert _speaker_of(briefing, "I cannot go on like this") == "Tom Hale"

