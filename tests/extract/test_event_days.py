"""Which date of a sentence is its event's day: not the far end of a span, not the day of a thing named after the
verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.load.extract.dates import Reference, find_dates
from briefing.load.extract.events import EVENT_VERBS, event_dates
from briefing.model import PartialDate

_WRITTEN = Reference(PartialDate(year=2023, month=7, day=4))


def _days(sentence: str) -> list[str]:
    dates = find_dates(sentence, 0, len(sentence), _WRITTEN)
    verb = next(EVENT_VERBS.finditer(sentence))
    return [d.date.iso for d, _v in event_dates(sentence, 0, len(sentence), dates, verb, [])]


@pytest.mark.parametrize(("sentence", "days"), [
    ('The rebels announced that "from 00:00 on July 6, until 00:00 on August 3, 2023, all units must stop.', []),
    ("A second statement set the pause to run through September 1, 2023.", []),
    ("The pause agreed on Monday runs from July 6 to August 3, 2023.", ["2023-07-03"]),
    ("Lawmakers agreed to lift the designation, following a ceasefire signed four months ago.", []),
    ("Mediators warned that the peace process begun at the end of 2022 could stall.", []),
    # A participle with its auxiliary is a verb of its own clause; a speech verb's report keeps its day.
    ("Mediators said the deal was signed on Monday in the capital.", ["2023-07-03"]),
    ("Officials said the rebels signed the truce on Monday.", ["2023-07-03"]),
    ("The two sides signed the truce on Monday, after talks held in the capital.", ["2023-07-03"]),
])
def test_the_day_of_the_sentences_event(sentence: str, days: list[str]) -> None:
    assert _days(sentence) == days


def test_talks_to_a_day_keep_it_without_a_from() -> None:
    assert _days("Envoys returned to talks on Monday.") == ["2023-07-03"]
    # (an act aimed at, "agreed to return to talks on Monday", may be either Monday: left undated, date_plans.py)
    assert _days("Envoys agreed to return to talks on Monday.") == []


@pytest.mark.parametrize(("sentence", "verb"), [
    ("When the chief negotiator departed the capital on Monday morning, talks were stalled.", "departed"),
    ("The truce between the two countries took effect on Monday, officials said.", "took effect"),
    ("The ceasefire in the north went into effect on Monday.", "went into effect"),
    ("The president claimed on Monday that the truce was holding.", "claimed"),
])
def test_departing_taking_effect_and_claiming_are_events(sentence: str, verb: str) -> None:
    assert next(EVENT_VERBS.finditer(sentence)).group(0) == verb
    assert _days(sentence) == ["2023-07-03"]


@pytest.mark.parametrize(("sentence", "days"), [
    # A further day leading its own clause, its verb after it: a second step of the plan (a blind set's "will be
    # officially signed on May 5, and on May 6 the Bundestag will elect …").
    ("The accord will be signed on July 10, and on July 11 the delegates will elect a chair.",
     ["2023-07-10", "2023-07-11"]),
    ("The envoys met on Monday; on Tuesday the ministers approved the text.", ["2023-07-03", "2023-07-04"]),
    # No verb of its own in that clause, or a date that does not lead one: one event, as before.
    ("The accord will be signed on July 10, and on July 11 a holiday begins in the capital.", ["2023-07-10"]),
    ("The accord will be signed on July 10 in the hall where on July 11 the delegates will elect a chair.",
     ["2023-07-10"]),
])
def test_a_further_day_leading_its_clause(sentence: str, days: list[str]) -> None:
    assert _days(sentence) == days
