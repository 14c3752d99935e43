"""Dated events from the events36 helper (twentieth session): a trial's days told by its court (the jury, the judge,
the prosecution and the defence as a group acting), a site's later date bar over the headline against the page's own
date line under it, two days joined by "and" (no one act's day), a reader's errand ("visit our story for …"), a wire
outlet whose place was cut off as a sentence of its own, a syndicator's name glued to its date. Every sentence here
is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Harbour trial\nPublished Wednesday, 18 June 2025\n\n"
_BODY = "\nDock workers in Gdansk said on Wednesday that the strike had ended.\n"


def _days(tmp_path: Path, body: str, head: str = _DATED) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=head + body))


def _page(tmp_path: Path, page: str) -> tuple[str | None, list[tuple[str, str]]]:
    briefing = load_sources(tmp_path, a=page)
    published = briefing.sources[0].published
    return (published.iso if published is not None else None), dated_titles(briefing)


def test_a_trials_days_told_by_its_court(tmp_path: Path) -> None:
    body = ("Jurors deliberated for six hours on Monday without reaching a verdict.\n\n"
            "The jury got the case on Friday.\n\n"
            "Both the defence and prosecution delivered their closing arguments Thursday.\n\n"
            "Jury deliberations in the harbour trial are continuing on Wednesday.\n\n"
            "A Gdansk jury found Lee not guilty on Tuesday.\n")
    # main: nothing (a jury, its deliberations and the two sides were no subject of an act)
    assert _days(tmp_path, body) == [("2025-06-12", "Both the defence"), ("2025-06-13", "The jury got"),
                                     ("2025-06-16", "Jurors deliberated for"), ("2025-06-17", "A Gdansk jury"),
                                     ("2025-06-18", "Jury deliberations in")]


def test_a_courts_verb_wants_its_object(tmp_path: Path) -> None:
    body = ("The jury found the room too cold on Monday.\n\n"
            "Researchers found a new species on Tuesday.\n\n"
            "The judge asked about lunch on Monday.\n")
    assert _days(tmp_path, body) == []


def test_a_wire_outlet_after_its_cut_off_place(tmp_path: Path) -> None:
    body = "DEDHAM, MASS. (WXYZ) - Jurors in the Lee retrial began a second day of deliberations Monday.\n"
    # main: nothing ("MASS." ended a sentence, and "(WXYZ) -" stood before the subject)
    assert _days(tmp_path, body) == [("2025-06-16", "Jurors in the")]


def test_two_days_joined_date_no_single_act(tmp_path: Path) -> None:
    body = ("The board ruled in separate hearings on Monday and Tuesday that both men may reapply.\n\n"
            "The panel met on June 3 and 4 in Gdansk.\n\n"
            "The board ruled on Monday that both men may reapply.\n")
    # main: the first two dated by their first day (half wrong, and looking sourced)
    assert _days(tmp_path, body) == [("2025-06-16", "The board ruled")]


def test_a_readers_errand_is_no_event(tmp_path: Path) -> None:
    body = ("For the latest on the talks, visit our story on Donald Trump for Tuesday, June 17.\n\n"
            "To watch Donald Trump's speech, click the link for Monday, June 16.\n")
    # main: "visit" made an event dated 17 June
    assert _days(tmp_path, body) == []


def test_a_resentencing_is_an_act(tmp_path: Path) -> None:
    body = "Donald Trump was back in court on May 13 as a judge resentenced him.\n"
    # main: nothing ("resentenced" was not "sentenced")
    assert _days(tmp_path, body) == [("2025-05-13", "Donald Trump was")]



def test_a_sites_later_date_bar_over_the_headline_yields_to_the_pages_line(tmp_path: Path) -> None:
    page = "Monday, October 6, 2025\nHome | World | Sport\nHarbour strike ends in Gdansk\nJune 12, 2025\n" + _BODY
    # main: the page undated (two header dates, which one the page's not known)
    assert _page(tmp_path, page)[0] == "2025-06-12"


def test_date_bars_the_place_cannot_tell_stay_undated(tmp_path: Path) -> None:
    earlier = "Monday, June 2, 2025\nHome | World | Sport\nHarbour strike ends in Gdansk\nJune 12, 2025\n" + _BODY
    both_above = "Monday, October 6, 2025\nJune 12, 2025\nHarbour strike ends in Gdansk\n" + _BODY
    assert _page(tmp_path / "e", earlier)[0] is None
    assert _page(tmp_path / "b", both_above)[0] is None


def test_a_syndicators_glued_date_dates_the_page(tmp_path: Path) -> None:
    page = "Harbour hearing pushed back to August\n\nNewswire20-05-2025\n\nThe hearing was postponed on Monday, the court said.\n"
    ambiguous = "Harbour hearing pushed back to August\n\nNewswire05-06-2025\n\nThe hearing was postponed.\n"
    # main: undated
    assert _page(tmp_path / "p", page)[0] == "2025-05-20"
    assert _page(tmp_path / "a", ambiguous)[0] is None


def test_a_counted_day_over_one_sentence_that_tells_no_time(tmp_path: Path) -> None:
    body = ("The port strike ended on Monday without a deal. The mood on the quays was grim. "
            "However, the next day, Donald Trump visited the port.\n")
    # main: the visit undated (the day was two sentences back)
    assert _days(tmp_path, body, "Port news\nPublished Friday, 20 June 2025\n\n") == [
        ("2025-06-16", "The port strike"), ("2025-06-17", "However, the next")]


def test_a_day_is_not_carried_over_a_sentence_that_moves_the_clock_or_tells_an_act(tmp_path: Path) -> None:
    head = "Port news\nPublished Friday, 20 June 2025\n\n"
    later = ("The port strike ended on Monday without a deal. Weeks of talks followed. "
             "The next day, Donald Trump visited the port.\n")
    two = ("The port strike ended on Monday without a deal. The mood was grim. The quays were empty. "
           "The next day, Donald Trump visited the port.\n")
    act = ("The port strike ended on Monday without a deal. The owners blamed the union. "
           "The next day, Donald Trump visited the port.\n")  # (the blaming's day, not told)
    assert _days(tmp_path / "l", later, head) == [("2025-06-16", "The port strike")]
    assert _days(tmp_path / "a", act, head) == [("2025-06-16", "The port strike")]
    assert _days(tmp_path / "t", two, head) == [("2025-06-16", "The port strike")]
