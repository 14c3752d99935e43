"""A month printed inside a comparison's own clause ("better off than the budget office had forecast in November",
"compared with what it had expected in October") dates the forecast compared against, not the sentence's act; and
a past perfect after a "would" does not make that month a future one. Invented articles."""

from __future__ import annotations

from tests.helpers import load_sources

PAGE = "By Staff Reporter | 12 March 2025\n\n"


def _dates(tmp_path, sentence: str, words: str) -> list[str]:  # noqa: ANN001
    """The dates of the automatic events whose title holds `words`, in a page dated 12 March 2025."""
    briefing = load_sources(tmp_path, a=PAGE + sentence + "\n")
    return [e.date.iso for e in briefing.events if e.origin == "auto" and e.date is not None and words in e.title]


def test_a_month_in_a_than_clause_does_not_date_the_statement(tmp_path):
    sentence = ("Treasury minister Claire Dumont said the plan meant families would be about 300 pounds a year "
                "better off than the budget office had forecast in November.")
    assert _dates(tmp_path, sentence, "better off") == []


def test_a_month_in_a_compared_with_clause_leaves_the_telling_its_own_day(tmp_path):
    sentence = ("Treasury minister Claire Dumont said on Tuesday that families would be better off compared with "
                "what the watchdog had expected in October.")
    assert _dates(tmp_path, sentence, "better off") == ["2025-03-11"]


def test_a_count_before_a_past_perfect_still_dates_its_event(tmp_path):
    sentence = "Zelensky said more than two dozen people had died in Kharkiv on 9 March."
    assert _dates(tmp_path, sentence, "two dozen") == ["2025-03-09"]


def test_a_past_perfect_cue_word_is_no_future_cue():
    from briefing.load.extract.date_tense import future_cue

    sentence = "Families would be better off compared with what the watchdog had expected in October."
    assert future_cue(sentence, sentence.index("October")) is None
    planned = "Families would be better off, the watchdog expects, by October."
    assert future_cue(planned, planned.index("October")) is not None
