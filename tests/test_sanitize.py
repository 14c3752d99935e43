import pytest

from briefing.load.sanitize import is_inert, sanitize
from briefing.load.spans import SpanFinder, fold


def test_strips_escape_sequences_keeping_newline_and_tab() -> None:
    hostile = "a\x1b]52;c;ZXZpbA==\x07b\x1b[2J\tc\x9b31m\nd\x00e\x08f\x85g"
    clean = sanitize(hostile)
    assert "\x1b" not in clean and "\x07" not in clean and "\x9b" not in clean and "\x00" not in clean
    assert "\x85" not in clean and "\x08" not in clean
    assert "\t" in clean and "\n" in clean
    assert clean == "a]52;c;ZXZpbA==b[2J\tc31m\ndefg"


def test_crlf_becomes_newline() -> None:
    assert sanitize("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_fold_ignores_only_whitespace_quotes_and_dashes() -> None:
    assert fold("“Honesty”  will\nbe — ours’") == "\"Honesty\" will be - ours'"


def test_span_finder_maps_back_to_original_offsets() -> None:
    text = "He said “it is\n  unrealistic” – twice."
    finder = SpanFinder(text)
    start, end = finder.find('said "it is unrealistic" - twice')
    assert text[start:end] == "said “it is\n  unrealistic” – twice"


def test_span_finder_nth_occurrence_and_miss() -> None:
    finder = SpanFinder("Putin and Putin")
    assert finder.find("Putin", nth=2) == (10, 15)
    assert finder.find("Putin", nth=3) is None
    assert finder.find("Trump") is None


def test_closest_passage_for_a_typo() -> None:
    finder = SpanFinder("Rubio said no one was being sidelined and any solution must be acceptable.")
    closest = finder.closest("no one was bein sidelined")
    assert closest is not None and "sidelined" in closest.text and closest.score > 80


@pytest.mark.parametrize("text", ["plain text\nand a tab\t", "a\r\nb", "lone\rcr", "esc \x1b[2J", "c1 \x9b",
                                  "bidi \u202e", "mark \u200f", "nul \x00", "del \x7f", ""])
def test_is_inert_says_exactly_when_sanitize_would_change_nothing(text):
    assert is_inert(text) == (sanitize(text) == text)
