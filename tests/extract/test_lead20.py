"""The lead's fixes of the twentieth session, on invented text: a month inside a participle phrase that describes a
thing after the verb ("a lake, formed by a landslide in July") is that thing's, not the verb's act's — once a page
is dated (by its printed date or its address) such a month took the page's year and dated the act a month or two
off, looking sourced."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Valley story\nPublished Wednesday, 24 September 2025\n\n"


def _days(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=_DATED + body))


def test_a_month_in_a_participle_phrase_dates_the_thing_not_the_act(tmp_path: Path) -> None:
    body = ("Governor Ana Ruiz has asked for a review of the alarm system after a dam lake, formed by a rockslide "
            "in July, overflowed its banks.\n\n"
            "Mayor Tom Bell ordered an audit of the bridge, damaged by the storm in August, officials said.\n")
    # before: 2025-07 and 2025-08 (the slide's and the storm's months) for the call and the order
    assert _days(tmp_path, body) == []


def test_an_act_dated_by_its_own_phrase_keeps_its_month(tmp_path: Path) -> None:
    body = ("Governor Ana Ruiz called for an inquiry in July.\n\n"
            "The dam was damaged by the storm in August.\n")
    assert _days(tmp_path, body) == [("2025-07", "Governor Ana Ruiz"), ("2025-08", "The dam was")]
