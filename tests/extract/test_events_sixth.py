"""Event dates from the lead's blind sets of the sixth session (a French president at the White House), on articles
written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def test_a_since_bounding_a_first_dates_no_event(tmp_path: Path) -> None:
    """"X, the first foreign leader to reach Washington, D.C., since the U.S. president took office Jan. 20, said …"
    and "… the first leader Trump has met since his return to power a month ago": the date starts the stretch
    the "first" counts in (both were shown as events of January). A perfect with its own "since" keeps its date."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A visit\n\ndate 2025-02-24\n\n"
        "Emmanuel Macron, the first foreign leader to reach Washington, D.C., since the U.S. president took office "
        "Jan. 20, said the talks had gone well.\n\n"
        "Keir Starmer is the first leader Trump has met since his return to power a month ago, aides say.\n\n"
        "Tunisia has detained Italian trawlers in the strait since November 2023, Italy said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    dates = sorted(e.date.iso for e in briefing.events if e.date is not None)
    assert dates == ["2023-11"]


def test_a_telephone_conversation_is_an_event(tmp_path: Path) -> None:
    """"X had a telephone conversation with Y on March 3" (as a ministry's readout words a call) named no event
    verb: the call was missed on three of six pages of a blind set."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Ministers talk\n\ndate 2025-03-04\n\n"
        "Marco Rubio had a telephone conversation with Sergey Lavrov on March 3 about the two embassies.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    assert [e.date.iso for e in briefing.events if e.date is not None] == ["2025-03-03"]
