"""Event dates from the lead's blind sets of the seventh session (an assembly's vote on an anniversary), on articles
written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def _events(tmp_path: Path, body: str) -> dict[str, str]:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("A vote\n\ndate 2025-02-25\n\n" + body, encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    return {e.title: e.date.iso for e in briefing.events if e.date is not None}


def test_a_year_after_anniversary_of_dates_the_thing_remembered(tmp_path: Path) -> None:
    """"…, marking the third anniversary of the invasion on February 24, 2022" dated the vote 2022 (its title
    was the vote's): the year is the invasion's. A vote with its own day keeps it."""
    events = _events(tmp_path, "The motion, drafted by Ukraine and the Nordic states, was adopted by a wide margin, "
                               "marking the third anniversary of the invasion on February 24, 2022.\n\n"
                               "The assembly adopted a second motion drafted by Ukraine on Monday, on the anniversary of "
                               "the invasion of 2022.\n")
    assert list(events.values()) == ["2025-02-24"]


def test_a_relative_clause_holding_the_verb_and_the_date_is_not_the_sentences_day(tmp_path: Path) -> None:
    """"X faulted Y for the war, which started when Moscow attacked on <a day of 2022>":
    the clause's verb and date made an event of 2022 titled by the blame. A clause that closes before the
    sentence's verb still dates what it names ("The first round, which Oman hosted on 12 May 2024, ended …")."""
    events = _events(tmp_path, "Donald Trump has lately faulted Volodymyr Zelensky for the war, which started when "
                               "Moscow launched a full-scale assault on the country on February 24, 2022.\n\n"
                               "The first session, which Qatar hosted on 12 May 2024, ended without a statement.\n")
    assert sorted(events.values()) == ["2024-05-12"]


def test_a_since_clause_with_its_own_verb_dates_no_event(tmp_path: Path) -> None:
    """"Trump said Zelensky had thanked the US for its help since Russia launched its invasion in February 2022"
    was an event of 2022 titled by the thanks; a "since" before a bare date still dates an ongoing act."""
    events = _events(tmp_path, "Donald Trump said Volodymyr Zelensky had thanked the US for its help since Russia "
                               "launched its invasion in February 2022.\n\n"
                               "Tunisia has held Italian trawlers in the strait since November 2023, Italy said.\n")
    assert sorted(events.values()) == ["2023-11"]


def test_a_day_after_on_in_a_readouts_participle_still_dates_the_act(tmp_path: Path) -> None:
    """"X has agreed to a pause …, according to a readout issued by the Kremlin on March 18": the readout's day is
    the agreement's (the dev page lost its one event to the participle rule of this session)."""
    events = _events(tmp_path, "Vladimir Putin has agreed to a pause in strikes on power plants during a call with "
                               "Donald Trump, according to a summary of the call issued by the Kremlin on February 24.\n")
    assert list(events.values()) == ["2025-02-24"]
