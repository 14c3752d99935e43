"""Dated events on unseen text, fifteenth session's events28 (issue 10). A day word in someone's reported words ("X
told reporters that he had met the president this morning", "The president met the envoy yesterday, X said") is
the speaker's, counted from the day they spoke, which the page's date need not be (a page of the 13th reporting a
statement of the 12th); main counted it from the page's date. It is now counted from the saying's own day where
the sentence prints one ("X said on Wednesday that …"), else left undated. A quote is no longer dated by a day its
own words name. Also: an election's round "was held" on its day; a wire dateline after a scrape's stamp on the
same line dates the page. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

# Thursday 13 March 2025
_PAGE = "Capital letters\nPublished Thursday, March 13, 2025\n\n{}\nA small crowd waited by the gates until dusk.\n"


def _days(sentence: str, tmp_path: Path) -> list[str]:
    return sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=_PAGE.format(sentence)))})


@pytest.mark.parametrize(("sentence", "days"), [
    # no day of saying printed: the speaker's morning may be the 12th (main: 2025-03-13, the page's)
    ("Milos Vucevic told reporters that he had met the president this morning.", []),
    ("Milos Vucevic said the president had met the envoy yesterday.", []),
    ("The president met the envoy this morning, Milos Vucevic said.", []),
    ("Serbia's prime minister met the envoy this morning, according to the Serbian foreign ministry.", []),
    # the saying's own day printed: the speaker's "yesterday" is the day before it (main: 2025-03-12 only)
    ("Milos Vucevic said on Wednesday that the president had met the envoy yesterday.", ["2025-03-11", "2025-03-12"]),
    ("The president met the envoy yesterday, Milos Vucevic said on Wednesday.", ["2025-03-11"]),
    # a fronted day of saying dates the words' "this morning" (main: 2025-03-13)
    ("On Wednesday, Serbia's prime minister Milos Vucevic said he had met the president this morning.",
     ["2025-03-12"]),
])
def test_a_day_word_in_reported_words_is_the_speakers(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # the writer's own day word, in the reporting clause or outside any saying
    ("Serbia's prime minister resigned this morning.", ["2025-03-13"]),
    ("Milos Vucevic said today that he would resign.", ["2025-03-13"]),
    ("Milos Vucevic told reporters this morning that he would resign.", ["2025-03-13"]),
    ("Milos Vucevic told reporters in Belgrade on Wednesday that he would resign.", ["2025-03-12"]),
    # a thing announced, not words reported
    ("Serbia's government announced new elections this morning.", ["2025-03-13"]),
    # the present tense reports the day of writing
    ("Milos Vucevic says he met the president this morning.", ["2025-03-13"]),
    # a day word glossed with its weekday by the writer
    ("The next round of Serbian talks will be held in Belgrade today (Thursday), diplomats said.", ["2025-03-13"]),
])
def test_reported_day_guards(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


def _quote_days(sentence: str, tmp_path: Path) -> list[str | None]:
    briefing = load_sources(tmp_path, a=_PAGE.format(sentence))
    return [q.date.iso if q.date else None for q in briefing.quotes if q.origin == "auto"]


@pytest.mark.parametrize(("sentence", "days"), [
    # the day the words name is not the day they were said (main: 2025-03-10, 2025-03-10, 2025-03-12)
    ("“The president met the envoy on Monday,” Milos Vucevic said.", [None]),
    ("“We met on Monday,” Milos Vucevic said on Wednesday.", ["2025-03-12"]),
    ("“The talks ended yesterday,” Milos Vucevic said.", [None]),
    # guards: the saying's own day
    ("Milos Vucevic said on Wednesday: “We are leaving the government.”", ["2025-03-12"]),
    ("“We are leaving the government,” Milos Vucevic told reporters on Tuesday.", ["2025-03-11"]),
])
def test_a_quote_is_dated_by_its_saying_not_its_words(tmp_path: Path, sentence: str, days: list) -> None:
    assert _quote_days(sentence, tmp_path) == days


_JUNE = "Capital letters\nPublished Monday, June 2, 2025\n\n{}\nA small crowd waited by the gates until dusk.\n"


@pytest.mark.parametrize(("sentence", "days"), [
    # "The second round of …" (invented towns and votes): main read the thing's phrase as ending before "of", so no verb of its own followed
    ("The second round of mayoral elections was held in Gdansk on June 1.", ["2025-06-01"]),
    ("The first round of the mayoral election was held in Gdansk on May 18.", ["2025-05-18"]),
    ("The second round of talks was held in Geneva on Sunday.", ["2025-06-01"]),
    # guards
    ("The round of talks with Russian officials ended on Sunday.", ["2025-06-01"]),
    ("The mayoral election was held in Gdansk on June 1.", ["2025-06-01"]),
    ("Polish voters were in a sombre mood on Sunday.", []),
])
def test_a_rounds_own_verb(tmp_path: Path, sentence: str, days: list[str]) -> None:
    found = dated_titles(load_sources(tmp_path, a=_JUNE.format(sentence)))
    assert sorted({day for day, _t in found}) == days


@pytest.mark.parametrize(("text", "published", "days"), [
    # the wire's dateline after the scrape's stamp is the story's day (main: the stamp's, a day behind, which put
    # "on Monday" a week back, on 2025-05-26)
    (" date 2025-06-01 KRAKOW, June 2. /TASS/. Poland's electoral commission announced the final count on Monday."
     "\n\nTurnout was high in the cities.\n", "2025-06-02", ["2025-06-02"]),
    (" date 2025-06-01 WARSAW, June 2 (Reuters) - Poland's electoral commission announced the final count on "
     "Monday.\n\nTurnout was high in the cities.\n", "2025-06-02", ["2025-06-02"]),
    # guards: a stamp alone; a stamp and a dateline of one day (a lead with no day of its own is undated, as one
    # under a dateline at a line's start is since events29; the dateline still dates the page)
    (" date 2025-06-01 Poland's electoral commission announced the final count on Sunday.\n\nTurnout was high.\n",
     "2025-06-01", ["2025-06-01"]),
    (" date 2025-06-02 KRAKOW, June 2. /TASS/. Poland's electoral commission announced the final count.\n\n"
     "Turnout was high in the cities.\n", "2025-06-02", []),
])
def test_a_dateline_after_a_stamp(tmp_path: Path, text: str, published: str, days: list[str]) -> None:
    briefing = load_sources(tmp_path, a=text)
    assert [s.published.iso if s.published else None for s in briefing.sources] == [published]
    assert sorted({day for day, _t in dated_titles(briefing)}) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # a strike's start as its workers' act (main: no event verb, no actor)
    ("Dockworkers walked off the job Saturday, seeking a new contract.", ["2025-03-08"]),
    ("Roughly 10,000 cabin crew walked out on Saturday.", ["2025-03-08"]),
    ("Nurses went on strike on Monday.", ["2025-03-10"]),
    # guards: words said, a time phrase between the act and the day
    ("Workers said on Monday that talks were slow.", []),
    ("Dockworkers walked off the job after a vote on Monday.", []),
])
def test_a_strikes_start(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


def test_reported_days_are_read_in_linear_time() -> None:
    """One sentence of 40,000 day words after 20,000 reporting verbs: each verb's own day is looked for once, near
    it (a pass over all the sentence's days for each day word would take minutes)."""
    import time

    from briefing.load.extract.date_speech import in_their_words
    from briefing.load.extract.dates import DateMention
    from briefing.model import PartialDate

    unit = "we met yesterday, said he on Monday, "
    sentence = "He said that " + unit * 20_000 + "X said."
    day = PartialDate(year=2025, month=3, day=12)
    found = []
    for at in range(13, len(sentence) - 10, len(unit)):
        found.append(DateMention(at + 7, at + 16, "yesterday", day, "date:relative-day", "", 0.85))
        found.append(DateMention(at + 26, at + 35, "on Monday", PartialDate(year=2025, month=3, day=10),
                                 "date:weekday-past", "", 0.8))
    started = time.process_time()
    kept = in_their_words(sentence, 0, found)
    assert time.process_time() - started < 10
    assert len(kept) == 20_000  # the weekdays: each "yesterday" is in reported words whose saying has no day
