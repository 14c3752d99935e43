"""Quote classes of the "quotes43" helper (issue 10, twentieth session), on prose written for these tests: every
sentence and quotation is invented.

- a nationality noun as the subject of a speech verb ("“…,” said the Pole", "the Frenchman added"): the one person
  the article gives that nationality ("X of Poland", "Polish star X", "Poland's X", "French President X"); no one
  when it gives it to none, to two, to a name it does not know as a person, or says "fellow Pole" (someone
  unmarked shares it); never a noun that only modifies ("said the German government") or an object ("after
  beating the American");
- an age as that subject ("said the 24-year-old", "the 24-year-old two-time champion said"): the one person
  the article gives that age ("X, 24,", "24-year-old X"); no one with none, two, or an unnamed one of it.
"""

from __future__ import annotations

import pytest
from helpers import load_articles
from helpers import speakers_by_opening as _speakers

FINAL = ("{headline}\n\n{lead} on Saturday to win the title in Rome. \"It was a hard week,\" Swiatek said on court.\n\n"
         "She thanked the crowd. Later, at the press conference, \"I never dreamed of this,\" {tag} after the match.\n")


def _speaker_of(briefing, opening: str) -> str | None:  # noqa: ANN001
    (speaker,) = [s for o, s in _speakers(briefing, "a.txt").items() if o.lower().startswith(opening.lower()[:20])]
    return speaker


@pytest.mark.parametrize(("lead", "tag"), [
    # main: no one's in each ("the Pole" read as no one)
    ("Iga Swiatek of Poland beat Amanda Anisimova of the United States", "said the Pole"),
    ("Polish star Iga Swiatek beat Amanda Anisimova", "the Pole said"),
])
def test_a_nationality_noun_names_the_one_person_of_it(tmp_path_factory, lead: str, tag: str) -> None:
    text = FINAL.format(headline=f"Swiatek wins in Rome ({tag})", lead=lead, tag=tag)
    briefing = load_articles(tmp_path_factory, "nationals", {"a.txt": text})
    assert _speaker_of(briefing, "I never dreamed of this") == "Iga Swiatek"


@pytest.mark.parametrize(("lead", "tag"), [
    # guards: no one (nobody of that nationality, two of it, a "fellow Pole"), or the named subject kept
    ("Iga Swiatek beat Amanda Anisimova", "said the Pole"),
    ("Poland's Iga Swiatek beat Magda Linette of Poland", "said the Pole"),
    ("Iga Swiatek beat fellow Pole Magda Linette", "said the Pole"),
    ("Iga Swiatek of Poland beat Amanda Anisimova of the United States", "said the American"),
])
def test_a_nationality_noun_without_one_holder_is_no_ones(tmp_path_factory, lead: str, tag: str) -> None:
    text = FINAL.format(headline=f"Swiatek takes the title ({lead[:12]})", lead=lead, tag=tag)
    briefing = load_articles(tmp_path_factory, "nationals_guard", {"a.txt": text})
    assert _speaker_of(briefing, "I never dreamed of this") is None


def test_a_nationality_noun_as_an_object_is_no_subject(tmp_path_factory) -> None:
    lead = "Iga Swiatek of Poland beat Amanda Anisimova of the United States"
    text = FINAL.format(headline="Swiatek beats the American", lead=lead, tag="Swiatek said after beating the American")
    briefing = load_articles(tmp_path_factory, "nationals_object", {"a.txt": text})
    assert _speaker_of(briefing, "I never dreamed of this") == "Iga Swiatek"


SUMMIT = ("{headline}\n\nGerman Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Monday. "
          "\"We agree on the budget,\" Merz said.\n\nLater, \"Europe must act now,\" {tag}.\n")


@pytest.mark.parametrize(("tag", "speaker"), [
    ("said the German", "Friedrich Merz"),  # main: no one's
    ("the Frenchman added", "Emmanuel Macron"),  # main: no one's
    ("said the German government", None),  # guard: a modifier, not the subject's head
])
def test_a_nationality_noun_among_titled_leaders(tmp_path_factory, tag: str, speaker: str | None) -> None:
    briefing = load_articles(tmp_path_factory, "nationals_leaders", {"a.txt": SUMMIT.format(headline=f"Leaders meet ({tag})", tag=tag)})
    assert _speaker_of(briefing, "Europe must act now") == speaker


@pytest.mark.parametrize(("lead", "tag", "speaker"), [
    # main: no one's ("the 24-year-old" read as no one)
    ("Iga Swiatek, 24, beat Amanda Anisimova, 23,", "said the 24-year-old", "Iga Swiatek"),
    ("The 24-year-old Iga Swiatek beat Amanda Anisimova", "the 24-year-old said", "Iga Swiatek"),
    # guards: no one (no one of that age named, two of it, an unnamed one of it), or the named subject kept
    ("Iga Swiatek beat Amanda Anisimova", "said the 24-year-old two-time champion", None),
    ("Iga Swiatek, 24, beat Amanda Anisimova, 24,", "said the 24-year-old", None),
    ("Iga Swiatek, 24, beat a 24-year-old qualifier", "said the 24-year-old", None),
    ("Iga Swiatek, 24, beat Amanda Anisimova, 23,", "Swiatek said after beating the 23-year-old", "Iga Swiatek"),
])
def test_an_age_as_the_subject_names_the_one_person_of_it(tmp_path_factory, lead: str, tag: str,
                                                          speaker: str | None) -> None:
    text = FINAL.format(headline=f"Swiatek wins ({lead[-14:]}, {tag[-12:]})", lead=lead, tag=tag)
    briefing = load_articles(tmp_path_factory, "ages", {"a.txt": text})
    assert _speaker_of(briefing, "I never dreamed of this") == speaker
