"""An automatic event that restates a curated one is no row of its own (issue 11 item 13)."""

from __future__ import annotations

from briefing.load.restates import restates
from briefing.model import Briefing, Event, PartialDate, Span

DAY = PartialDate(year=2025, month=2, day=18)
PEOPLE = {"smith", "jones"}


def _event(id_: str, title: str, text: str, actors: tuple[str, ...], source: str = "a.txt",
           origin: str = "auto") -> Event:
    return Event(id=id_, date=DAY, title=title, actors=actors, origin=origin,  # type: ignore[arg-type]
                 evidence=(Span(source=source, start=0, end=len(text), text=text),))


CURATED = _event("talks", "Smith and Jones hold talks in Lisbon", "Smith met Jones in Lisbon on Tuesday",
                 ("smith", "jones", "portugal"), origin="curated")


def test_a_sentence_about_the_days_talks_restates_them() -> None:
    reaction = _event("r", "Tuesday's talks worried Paris", "Tuesday’s talks also worried Paris", ("france",))
    assert restates(reaction, [CURATED], PEOPLE)


def test_a_shared_person_on_the_same_day_and_source_restates() -> None:
    arriving = _event("s", "Smith arrives", "Smith, arriving in Lisbon on Tuesday, spoke first", ("smith",))
    assert restates(arriving, [CURATED], PEOPLE)


def test_another_source_a_shared_country_or_another_noun_does_not() -> None:
    elsewhere = _event("e", "Smith arrives", "Smith, arriving in Lisbon on Tuesday", ("smith",), source="b.txt")
    assert not restates(elsewhere, [CURATED], PEOPLE)
    country = _event("c", "Portugal votes", "Portugal voted on Tuesday on the budget", ("portugal",))
    assert not restates(country, [CURATED], PEOPLE)
    storm = _event("t", "Tuesday's storm", "Tuesday’s storm closed the port", ())
    assert not restates(storm, [CURATED], PEOPLE)


def test_bundled_briefing_shows_no_restated_automatic_event(bundled: Briefing) -> None:
    restated = ("Tuesday’s talks also sparked concern", "arriving in Brussels on Wednesday",
                "primary purpose of today’s talks", "Tuesday's call apparently failed")
    for event in bundled.events:
        if event.origin == "auto":
            assert not any(words in span.text for span in event.evidence for words in restated), event.title
    curated = {e.id for e in bundled.events if e.origin == "curated"}
    assert {"riyadh-talks-0218", "hegseth-red-lines-0212", "trump-putin-call-0318"} <= curated
