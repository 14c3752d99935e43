"""Dates resolved against the source's date, with the derivation kept."""

from __future__ import annotations

import pytest

from briefing.load.extract.dates import Reference, find_dates
from briefing.model import Briefing, PartialDate

from .conftest import seed


def _resolve(sentence_excerpt: str, prefix: str, published: str) -> list[tuple[str, str, str]]:
    _file, text = seed(prefix)
    start = text.index(sentence_excerpt)
    end = start + len(sentence_excerpt)
    return [(d.text, d.date.iso, d.rule) for d in find_dates(text, start, end, Reference(PartialDate.parse(published)))]


@pytest.mark.parametrize(("prefix", "published", "excerpt", "expected"), [
    # Thursday 13 Feb: "on Wednesday", past tense → the day before.
    ("000", "2025-02-13", "Donald Trump said on Wednesday he and Vladmir Putin had agreed", ("on Wednesday", "2025-02-12")),
    # Reuters part dated Tuesday 18 Feb: "on Tuesday" is the same day.
    ("003", "2025-02-18", "administration said on Tuesday it had agreed", ("on Tuesday", "2025-02-18")),
    # The example: a source dated Wednesday 19 Feb, "on Tuesday" → 18 Feb.
    ("003", "2025-02-19", "administration said on Tuesday it had agreed", ("on Tuesday", "2025-02-18")),
    # Straits Times part (18 Feb) looking back: "on Wednesday" → the previous week's Wednesday, 12 Feb.
    ("003", "2025-02-18", "Trump said after a call with Russian President Vladimir Putin on Wednesday",
     ("on Wednesday", "2025-02-12")),
    ("003", "2025-02-18", "Russian Foreign Minister Sergei Lavrov on Monday ruled out", ("on Monday", "2025-02-17")),
    # A plan looks forward: "planned for Wednesday" in a piece of Tuesday 18 Feb → 19 Feb.
    ("004", "2025-02-18", "cancelled a trip planned for Wednesday to Riyadh", ("Wednesday", "2025-02-19")),
    ("002", "2025-03-18", "On Sunday Trump said he would discuss", ("On Sunday", "2025-03-16")),
    ("002", "2025-03-18", "in the Oval Office on February 28", ("February 28", "2025-02-28")),
    ("003", "2025-02-18", "a Putin-Trump phone call only six days ago", ("six days ago", "2025-02-12")),
    ("001", "2025-02-12", "Russia’s annexation of Crimea in 2014", ("2014", "2014")),
    ("003", "2025-02-18", "Reuters reported in November that Putin", ("November", "2024-11")),
    ("003", "2025-02-18", "shocked European leaders last week", ("last week", "2025-02")),
])
def test_resolutions_on_seed_text(prefix: str, published: str, excerpt: str, expected: tuple[str, str]) -> None:
    found = _resolve(excerpt, prefix, published)
    assert expected in [(text, iso) for text, iso, _rule in found], found


def test_weekday_rule_names_and_derivation() -> None:
    _file, text = seed("003")
    start = text.index("administration said on Tuesday")
    (mention,) = find_dates(text, start, start + 40, Reference(PartialDate.parse("2025-02-19")))
    assert mention.rule == "date:weekday-past"
    assert mention.basis.startswith("'on Tuesday' → 2025-02-18, source dated 2025-02-19")
    assert text[mention.start:mention.end] == mention.text == "on Tuesday"


def test_no_reference_no_weekday() -> None:
    text = "Trump spoke on Tuesday and in 2014."
    found = find_dates(text, 0, len(text), Reference(None))
    assert [(d.text, d.date.iso) for d in found] == [("2014", "2014")]


def test_event_dates_carry_their_basis(auto_only: Briefing) -> None:
    call = [e for e in auto_only.events if e.date.iso == "2025-02-12" and {"trump", "putin"} <= set(e.actors)]
    assert call and "'on Wednesday' → 2025-02-12" in call[0].date_basis


def _dates_of(sentence: str, published: str) -> dict[str, str]:
    return {d.text: d.date.iso for d in find_dates(sentence, 0, len(sentence), Reference(PartialDate.parse(published)))}


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A plan's step named after its day: "on Aug. 4 to be hosted" looks forward though "will" is far back.
    ("The ceasefire will be followed by a meeting of the commanders of both armies on the border, of the "
     "attaches, and finally a meeting of the border committee on Aug. 4 to be hosted by Cambodia.",
     "2025-07-29", {"Aug. 4": "2025-08-04"}),
    # A date leading a clause in the future: "that on June 13, Trump would host".
    ("Officials said that on June 13, Donald Trump would host the two leaders.", "2025-06-20",
     {"June 13": "2025-06-13"}),
    ("Officials said that on June 24, Donald Trump would host the two leaders.", "2025-06-20",
     {"June 24": "2025-06-24"}),
    # A past verb right before the day owns it; the "will" after it is the main clause's.
    ("The deal, signed on Wednesday, will give the US preferential access.", "2025-05-01",
     {"on Wednesday": "2025-04-30"}),
    # Said on that day, planned nothing: the speech verb keeps the past.
    ("On Tuesday, Putin said he would attend.", "2025-02-20", {"On Tuesday": "2025-02-18"}),
    ("They met on Monday, and they will meet again.", "2025-02-20", {"on Monday": "2025-02-17"}),
    # A month-day that would lie most of a year back in the past tense: left undated, not put a year back.
    ("Eritrea rejected an earlier map on August 30, a diplomat said.", "2025-06-15", {}),
    ("Eritrea rejected an earlier map on December 30, a diplomat said.", "2025-06-15", {"December 30": "2024-12-30"}),
    # ... unless a start or limit leads it and the coming one is days away: last year's would print its year.
    ("The talks followed weeks of threats to raise port fees to 20% starting June 20.", "2025-06-15",
     {"June 20": "2025-06-20"}),
    ("Both teams had been told to agree on the map by June 25.", "2025-06-15", {"June 25": "2025-06-25"}),
    ("Eritrea rejected an earlier map on June 20, a diplomat said.", "2025-06-15", {}),  # done, not a limit
    ("The fees had applied starting August 30, a diplomat said.", "2025-06-15", {}),  # too far ahead to say
    # A "would" before a weekday and a clause in the past after it: the day may be the plan's or the saying's
    # ("announced he would host the summit on Thursday after a call yielded progress": announced on Thursday).
    ("The mayor announced that she would host a second round in Valletta on Thursday after a long call with the "
     "minister yielded progress.", "2025-10-21", {}),
    ("The ministry said the envoys would meet in Valletta on Thursday.", "2025-10-21", {"on Thursday": "2025-10-23"}),
    # "slated for" a weekday is the plan's day (test_set_for_a_weekday_is_the_plan_s_day: "set for").
    ("The envoys met in Valletta, and a second round is slated for Thursday.", "2025-10-21",
     {"Thursday": "2025-10-23"}),
])
def test_tense_after_the_date_and_the_reach_back(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # The page is dated the day after its text was written: the printed month-day names the day, not "today".
    ("The committee met today, October 23, in Kuala Lumpur.", "2025-10-24", {"October 23": "2025-10-23"}),
    ("Talks resumed yesterday (March 3) in Geneva.", "2025-03-05", {"March 3": "2025-03-03"}),
    ("Talks resumed yesterday in Geneva.", "2025-03-05", {"yesterday": "2025-03-04"}),
])
def test_a_printed_month_day_beats_its_day_word(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It was declared a terrorist organisation in May of 2021 by parliament.", [("May of 2021", "2021-05")]),
    ("In March of 2022, the army crossed the border.", [("March of 2022", "2022-03")]),
    # Still a month of the article's year only where the tense allows it (two months ahead, past tense: undated).
    ("They met in May and again in June of 2024.", [("June of 2024", "2024-06")]),
])
def test_a_month_of_a_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, 0, len(sentence), Reference(PartialDate(year=2023, month=3, day=23)))
    assert [(d.text, d.date.iso) for d in found] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In a statement released this morning, the prime minister called for nominations.", [("this morning", "2025-03-26")]),
    ("This afternoon the envoys met again in the capital.", [("This afternoon", "2025-03-26")]),
    ("The talks resume tomorrow.", [("tomorrow", "2025-03-27")]),
])
def test_a_part_of_the_day_of_writing(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, 0, len(sentence), Reference(PartialDate(year=2025, month=3, day=26)))
    assert [(d.text, d.date.iso) for d in found] == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A month-day printed without a year as the name of a day: its year is not the article's (a blind audit
    # dated "the October 7th attack" to the October before a November article; it was a year earlier).
    ("The conflict began the day after the October 7th attack on the border towns.", "2024-11-26", {}),
    ("The war has raged since the raids of October 7, officials said.", "2024-11-26", {}),
    # Beside a day printed in full, a month-day takes that day's year when the two are near.
    ("Fighting has raged since October 8, 2023, the day after the border raid of October 7 ended.",
     "2024-11-26", {"October 8, 2023": "2023-10-08", "October 7": "2023-10-07"}),
    # Not a name: a month-day and then a clause.
    ("On March 11 officials met in Jeddah.", "2025-03-13", {"March 11": "2025-03-11"}),
    ("The March 11 meeting in Jeddah agreed a ceasefire proposal.", "2025-03-13", {}),
])
def test_a_named_day_and_a_day_printed_beside_it(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A clause in the past between the future cue and the day: the day is that clause's (a blind audit had
    # the Monday a week ahead).
    ("Jonas Vestergaard said the halt would start at once, after the Harbour Board approached the ministry on "
     "Monday night.", "2025-05-07", {"on Monday": "2025-05-05"}),
    ("Jonas Vestergaard said the talks would resume on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
    # An adjective after the conjunction is no past clause: the plan stays ahead.
    ("The ministers will meet before the planned vote on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
])
def test_a_past_clause_after_a_future_cue(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


def test_a_weekday_the_day_after_a_scrapes_stamp_is_not_last_weeks() -> None:
    # Monday 23 June under a scrape's stamp: "on Tuesday" is last week's, or the stamp is a day behind the
    # writer's own day (time zones). Undated, not six days back; other weekdays and a dated byline as before.
    sentence = "The president announced on Tuesday that the two sides had agreed to a truce."
    stamp = Reference(PartialDate.parse("2025-06-23"), stamp=True)
    assert find_dates(sentence, 0, len(sentence), stamp) == []
    other = "The president announced on Sunday that the two sides had agreed to a truce."
    assert [d.date.iso for d in find_dates(other, 0, len(other), stamp)] == ["2025-06-22"]
    assert _dates_of(sentence, "2025-06-23") == {"on Tuesday": "2025-06-17"}
    last = "The president announced last Tuesday that the two sides had agreed to a truce."
    assert [d.date.iso for d in find_dates(last, 0, len(last), stamp)] == ["2025-06-17"]


def test_a_stamped_article_reads_its_weekdays_with_the_stamp_caveat(tmp_path) -> None:  # noqa: ANN001
    from briefing.load import load_briefing
    (tmp_path / "page.txt").write_text(
        " date 2025-06-23 Donald Trump announced on Tuesday that Israel and Iran had agreed to a truce.\n\n"
        "Donald Trump met Benjamin Netanyahu on Sunday in Washington, officials said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path)
    assert {e.date.iso for e in briefing.events} == {"2025-06-22"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two ministers reached an understanding in mid-June, officials said.", {"June": "2025-06"}),
    ("The two ministers reached an understanding mid-June, officials said.", {"June": "2025-06"}),
    ("The two ministers met in mid- June, officials said.", {"June": "2025-06"}),
])
def test_mid_month(sentence: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, "2025-07-26") == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A future word in a noun phrase ("the country's next leader") is not the tense of the verb that owns the
    # date ("vowed on April 9"): a blind audit put the vow a year ahead, 2026-04-09 under a page of 2025-04-14.
    ("The country's next leader, the veteran Halvorsen, vowed on April 9 to cut taxes by early next month.",
     "2025-04-14", {"April 9": "2025-04-09", "next month": "2025-05"}),
    ("Officials expect a deal soon with the envoys who arrived on Monday.", "2025-05-07",
     {"on Monday": "2025-05-05"}),
    # An auxiliary before the past participle keeps the plan ahead.
    ("The agreement will be formally signed on May 5.", "2025-04-30", {"May 5": "2025-05-05"}),
    ("The pact is expected to be ratified on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
    ("The new cabinet will have been sworn in on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
    ("The ministers will proceed on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
    ("The leaders plan a vote, scheduled on Monday.", "2025-05-07", {"on Monday": "2025-05-12"}),
])
def test_a_past_verb_owning_the_date_after_a_future_word(sentence: str, published: str,
                                                         expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A month-day in the future tense that would lie most of a year ahead ("will resume on Oct 11" in a page of
    # October 20): a plan whose day has passed, or a page dated late; next year's day is a guess. Undated.
    ("Rubio said the talks, which will resume on Oct 11, had been useful.", "2025-10-20", {}),
    # ("next week" on Monday 20 October is 27 Oct – 2 Nov, across two months: its year only, events32)
    ("Lavrov, who is expected in Geneva next week, met Rubio on Oct 11.", "2025-10-20", {"next week": "2025"}),
    # Ahead within half a year, as before; so is a day later this month.
    ("The talks will resume on March 3.", "2025-10-20", {"March 3": "2026-03-03"}),
    ("The talks will resume on Oct 29.", "2025-10-20", {"Oct 29": "2025-10-29"}),
])
def test_a_month_day_most_of_a_year_ahead(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


def test_set_for_a_weekday_is_the_plans_day(tmp_path) -> None:  # noqa: ANN001
    """A held-out page: "has been active in the talks …, with another round set for Monday" under a Saturday's stamp
    was dated the Monday before (the event's verb in the past); "set for" is the plan's cue, as "set to" is."""
    from helpers import load_sources

    text = ("date 2025-03-22 Envoys in talks\n\nSteve Witkoff has joined the Gulf-hosted meetings of both delegations "
            "so far, with a further round set for Monday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert [e.date.iso for e in briefing.events if e.origin == "auto"] == ["2025-03-24"]
