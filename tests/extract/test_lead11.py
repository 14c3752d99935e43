"""Classes from the lead's blind set of the tenth session (a state visit and its summit), on articles written for
these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

from briefing.model import Briefing, Stance
from helpers import dated_titles, load_sources, quotes_of
from tests.extract.test_positions import positions_of


def _dated(briefing: Briefing) -> dict[str, str]:
    """The first three words of every automatic event's title → its date."""
    return {title: iso for iso, title in dated_titles(briefing)}


def test_a_year_after_since_in_a_simple_past_sentence_dates_no_event(tmp_path: Path) -> None:
    # the praise was given this week; 1998 only starts the stretch the praised role covers
    dated = _dated(load_sources(tmp_path, page=(
        "A state visit\n"
        "Published March 14, 2025\n\n"
        "Speaking at the banquet, Prime Minister Keir Starmer praised the king's part in shaping relations with "
        "Norway since 1998.\n")))
    assert "1998" not in dated.values()


def test_a_since_in_the_perfect_keeps_its_date(tmp_path: Path) -> None:
    # (guard) a stretch told in the perfect is dated from its start, as before
    dated = _dated(load_sources(tmp_path, page=(
        "Border crossings\n"
        "Published March 14, 2025\n\n"
        "Poland has closed two border crossings with Belarus since Monday, officials in Warsaw said.\n")))
    assert dated.get("Poland has closed") == "2025-03-10"


def test_a_day_after_hours_after_dates_the_earlier_thing_not_the_verb(tmp_path: Path) -> None:
    # the two met on Friday; Thursday night was the dinner's, "hours after" it
    dated = _dated(load_sources(tmp_path, page=(
        "Envoys at the palace\n"
        "Published March 14, 2025\n\n"
        "Marco Rubio and Sergei Lavrov met for formal talks at the palace, hours after a long private dinner "
        "hosted by the foreign minister at her residence on Thursday night.\n")))
    assert "2025-03-13" not in dated.values()


def test_a_day_after_after_alone_still_dates_the_verb(tmp_path: Path) -> None:
    # (guard) "met on Friday after …": the verb's own day stands
    dated = _dated(load_sources(tmp_path, page=(
        "Envoys at the palace\n"
        "Published March 14, 2025\n\n"
        "Marco Rubio and Sergei Lavrov met at the palace on Friday after a private dinner.\n")))
    assert dated.get("Marco Rubio and") == "2025-03-14"


def test_an_absolute_with_phrase_is_not_the_earlier_names_act() -> None:
    # the West imposes the sanctions; Putin, named before "with", holds no stance on them here
    sides = positions_of("The Ukraine war, now in its third year, has made Putin an outcast, with the West imposing "
                         "sanctions on Russia.")
    assert not any(side == "russia" for side, _issue, _stance in sides)


def test_an_ing_cue_without_with_keeps_its_agent() -> None:
    # (guard) the agent of "imposing" is the subject before it
    assert ("europe", "sanctions", Stance.AGAINST) in positions_of("Britain is imposing new sanctions on Russia.")


def test_a_date_and_colon_opening_the_first_paragraph_dates_the_page(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, page=(
        "Leaders meet in the capital\n"
        "The two prime ministers talked about trade and the war before their summit, officials said on the day.\n"
        "March 14, 2025: Prime Minister Keir Starmer met his Norwegian counterpart for talks on Friday.\n"))
    (source,) = briefing.sources
    assert source.published is not None and source.published.iso == "2025-03-14"


def test_a_timeline_of_dates_and_colons_dates_no_page(tmp_path: Path) -> None:
    # (guard) entries of a timeline open one after another: none is the page's date
    briefing = load_sources(tmp_path, page=(
        "How the talks went\n"
        "The talks went through several rounds before the summit, as the list below shows in some detail.\n\n"
        "March 5, 2025: Keir Starmer met Donald Trump in Washington.\n"
        "March 9, 2025: Keir Starmer spoke with Emmanuel Macron.\n"))
    (source,) = briefing.sources
    assert source.published is None


def test_a_titled_subject_after_an_opening_phrase_speaks_the_coordinated_verbs_quote(tmp_path: Path) -> None:
    # the subject of "thanked … and stressed" is the titled man after "During the visit,", not the one thanked
    quotes, _names = quotes_of(tmp_path, (
        "A visit to Washington\n"
        "Published March 14, 2025\n\n"
        "Keir Starmer met Donald Trump in Washington on Thursday.\n\n"
        "During the visit, Prime Minister Starmer thanked Trump for his time and stressed that this "
        "\u201cis a moment for resolve\u201d.\n"))
    assert quotes["is a moment for resolve"] == "starmer"


def test_a_titled_name_after_a_preposition_in_the_opening_phrase_is_no_subject(tmp_path: Path) -> None:
    # (guard) "In talks with President Trump," names the one talked with; the speaker is not plainly him
    quotes, _names = quotes_of(tmp_path, (
        "A visit to Washington\n"
        "Published March 14, 2025\n\n"
        "In talks with President Donald Trump, the visitor thanked him for his time and stressed that this "
        "\u201cis a moment for resolve\u201d.\n"))
    assert quotes["is a moment for resolve"] != "trump"


def test_a_representatives_abbreviation_and_a_whips_title_are_no_part_of_a_person(tmp_path: Path) -> None:
    # "Rep." is a title, never a person of its own; "Majority Whip" is a title before the name it introduces
    briefing = load_sources(tmp_path, page=(
        "A vote in Congress\n"
        "Published November 18, 2025\n\n"
        "\u201cThe votes are there,\u201d said Rep. Ann Holloway (D-Ore.), who gathered the signatures. "
        "Senate Majority Whip Tom Reddick said the chamber would take the bill up next week.\n"))
    people = {a.name for a in briefing.actors if a.origin == "auto"}
    assert "Rep" not in people and "Ann Holloway" in people
    assert "Tom Reddick" in people and not any("Whip" in name for name in people)


def test_a_surname_that_is_an_abbreviation_elsewhere_is_still_a_name(tmp_path: Path) -> None:
    # (guard) "Sen" is a surname as well as a senator's abbreviation
    briefing = load_sources(tmp_path, page=(
        "Economists meet\n"
        "Published November 18, 2025\n\n"
        "Amartya Sen said the plan would not lower prices before the spring.\n"))
    assert "Amartya Sen" in {a.name for a in briefing.actors if a.origin == "auto"}
