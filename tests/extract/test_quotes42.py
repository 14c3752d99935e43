"""Quote classes of the "quotes42" helper (issue 10, twentieth session), on prose written for these tests: every
sentence and quotation is invented.

- a pronoun after a sentence whose subject is a person the text leaves unnamed ("At one point, Juror No. 4 …
  raised concerns … / He reportedly said, “…”", "The foreman … / He said"): that person, whom no one names, so
  no one's; never the person named further back; a noun of the other gender ("A woman … / He said") does not
  decide, and a sentence whose subject is named is read as before;
- a pronoun after a sentence with a second person as the subject of a later clause of its own ("chairman X
  noted how Y's parents …, to which an emotional Y agreed. / “…,” he added"): either's, so no one's; the
  sentence's subject still when the other is shown taking another pronoun or is only an object;
- "X agreed this “was not …”" (a bare "this" or "it" right before the quotation's mark, the clause's subject):
  X's words; "X agreed this week to a “…”" is no such clause.
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


HEARING = ("Jury sent home in fraud retrial\n\n"
           "Judge Ann Lee sent the jurors home on Wednesday after a tense day of deliberations.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    # main: no one's in each ("agreed" read only before "that"; "this" taken for a new clause's subject)
    "Lee agreed this \u201cwas not a normal week for any jury\u201d and said they would resume on Thursday.",
    "Lee agreed it \"was not a normal week for any jury\" but told them to keep going.",
])
def test_agreed_this_before_a_quotation_is_the_agreers(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "agreed", {"a.txt": HEARING.format(sentence=sentence)})
    assert _speaker_of(briefing, "was not a normal week") == "Ann Lee"


def test_agreed_this_week_is_no_such_clause(tmp_path_factory) -> None:
    # guard: "this" is the week's, and the quotation the pause's name, not Lee's clause
    sentence = "Lee agreed this week to a \u201cshort and orderly pause of the hearings\u201d in the trial, the court said."
    briefing = load_articles(tmp_path_factory, "agreed_guard", {"a.txt": HEARING.format(sentence=sentence)})
    assert _speaker_of(briefing, "short and orderly pause") is None


CEREMONY = ("Champion thanks family\n\n{winner} won the final on Sunday.\n\n"
            "As the crowd stood, chairman Sam Roe {clause}\n\n"
            "\"I just want to go home and celebrate with them,\" he added.\n")


def test_a_pronoun_after_two_subjects_of_one_sentence_is_no_ones(tmp_path_factory) -> None:
    # main: Sam Roe's (the sentence's subject; the champion, subject of the clause after it, was passed over)
    clause = "noted how Hale's parents had given up so much for his career, to which an emotional Hale agreed."
    text = CEREMONY.format(winner="Tom Hale", clause=clause)
    briefing = load_articles(tmp_path_factory, "two_subjects", {"a.txt": text})
    assert _speaker_of(briefing, "I just want to go home") is None


@pytest.mark.parametrize(("winner", "clause"), [
    # guards: the other subject is shown taking another pronoun; the other person only an object
    ("Ann Lee", "noted how Lee's parents had given up so much for her career, to which an emotional Lee agreed."),
    ("Tom Hale", "thanked the fans, and praised Tom Hale for a fine career."),
])
def test_a_pronoun_after_one_subject_it_may_mean_is_theirs(tmp_path_factory, winner: str, clause: str) -> None:
    briefing = load_articles(tmp_path_factory, "one_subject", {"a.txt": CEREMONY.format(winner=winner, clause=clause)})
    assert _speaker_of(briefing, "I just want to go home") == "Sam Roe"
