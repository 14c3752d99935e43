"""Dated events on unseen text, tenth session's events12 (issue 10): "He"/"She" takes the person of the sentence
before only when the article has shown that pronoun to be that person's. The articles are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import events_on, load_sources


def test_she_after_a_man_of_the_article_is_not_his_act(tmp_path: Path) -> None:
    text = ("Talks in Geneva\nPublished 4 December 2025\n\n"
            "Donald Trump spoke to his aides in Washington on Monday about the plan.\n\n"
            "She arrived in Geneva on Tuesday for a day of meetings.\n\n"
            "She then flew to Vienna on Wednesday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert events_on(briefing, "2025-12-01")  # his own act, dated
    assert not events_on(briefing, "2025-12-02") and not events_on(briefing, "2025-12-03")  # whoever she is, not Trump


def test_a_pronoun_the_article_never_tied_to_the_person_gives_no_actor(tmp_path: Path) -> None:
    text = ("Talks in Geneva\nPublished 4 December 2025\n\n"
            "Donald Trump spoke to reporters in Washington on Monday about the plan.\n\n"
            "She arrived in Geneva on Tuesday for a day of meetings.\n")
    assert not events_on(load_sources(tmp_path, a=text), "2025-12-02")  # no name to go by, and none guessed


def test_she_after_a_woman_the_article_calls_ms_is_hers(tmp_path: Path) -> None:
    text = ("A minister abroad\nPublished 4 December 2025\n\n"
            "Ms. Giorgia Meloni spoke to reporters in Rome on Monday about the plan.\n\n"
            "She arrived in Geneva on Tuesday for a day of meetings.\n")
    arrived = events_on(load_sources(tmp_path, a=text), "2025-12-02")
    assert len(arrived) == 1 and len(arrived[0].actors) == 1 and "meloni" in arrived[0].actors[0]


def test_a_person_given_both_pronouns_fits_neither(tmp_path: Path) -> None:
    text = ("A minister abroad\nPublished 4 December 2025\n\n"
            "Andrii Sybiha said he would travel, in a call on Sunday.\n\n"
            "Andrii Sybiha told reporters that she had left, in Kyiv on Monday.\n\n"
            "He arrived in Geneva on Tuesday for a day of meetings.\n")
    assert not events_on(load_sources(tmp_path, a=text), "2025-12-02")


def test_a_thing_done_to_a_subject_in_the_passive_is_an_event_without_an_actor(tmp_path: Path) -> None:
    text = ("Lines repaired\nPublished 18 October 2025\n\n"
            "The reactor's last grid link was cut off on September 23 after a week of shelling nearby.\n\n"
            "The old bridge was destroyed after the vote on Sunday.\n")
    briefing = load_sources(tmp_path, a=text)
    cut = events_on(briefing, "2025-09-23")
    assert len(cut) == 1 and cut[0].actors == () and "no actor" in cut[0].rule
    assert not events_on(briefing, "2025-10-12")  # the vote's Sunday, not surely the bridge's


def test_a_things_verb_then_a_report_dated_after_it_is_no_event(tmp_path: Path) -> None:
    text = ("Talks in Geneva\nPublished 18 October 2025\n\n"
            "Talks resumed in the old hall, officials said on Tuesday.\n\n"
            "The main line was damaged, the operator reported on Wednesday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert not events_on(briefing, "2025-10-14") and not events_on(briefing, "2025-10-15")  # the days of the reports


def test_addressing_the_participants_of_a_session_is_an_act_of_the_sessions_day(tmp_path: Path) -> None:
    text = ("Forum in Sochi\nPublished 30 October 2025\n\n"
            "Vladimir Putin is expected to address participants of the plenary session on Friday.\n\n"
            "Sergei Lavrov flew to Sochi to address participants of the closing session on Saturday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert [e.title for e in events_on(briefing, "2025-10-31")] and "Putin" in events_on(briefing, "2025-10-31")[0].title
    assert not events_on(briefing, "2025-11-01") and not events_on(briefing, "2025-10-25")  # the trip's day: not said


def test_a_dated_statement_told_by_its_own_verb_is_an_event(tmp_path: Path) -> None:
    text = ("Plant without power\nPublished 18 October 2025\n\n"
            "Earlier, on October 12, Andrii Sybiha emphasized that the shelling near the plant must stop.\n\n"
            "On October 14, Andrii Sybiha stressed that repair crews needed safe passage.\n")
    briefing = load_sources(tmp_path, a=text)
    assert events_on(briefing, "2025-10-12") and events_on(briefing, "2025-10-14")


def test_designating_someone_a_terrorist_is_an_event_of_its_year(tmp_path: Path) -> None:
    text = ("A commander's file\nPublished 24 November 2025\n\n"
            "The United States designated the commander as a terrorist in 2016, offering a reward for him.\n")
    assert events_on(load_sources(tmp_path, a=text), "2016")
