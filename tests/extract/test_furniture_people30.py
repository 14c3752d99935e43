"""people30 (issue 10, fifteenth session): a wire's reporting credit run onto the last paragraph, a "Post by :"
byline, a line of view and comment counters, and a "Disclaimer:" line about the page's machine translation.

Every page here is invented for these tests; no line was copied from an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of
from tests.helpers import furniture_covers, furniture_touches

_FIRST = "The harbour board in Vellport voted on Monday to delay the ferry contract until the spring, members said.\n"
_SECOND = "Two members walked out before the count, saying the tender had favoured a single shipyard over others.\n"


@pytest.mark.parametrize("credit", [
    "(Reporting by Jana Kostrić; Editing by Tom Ashby)",
    "(Reporting by Jana Kostrić in Vellport; Additional reporting by Ivo Brandtner; Editing by Tom Ashby)",
    "(Writing by Jana Kostrić, editing by Tom Ashby)",
])
def test_a_wire_credit_run_onto_the_last_paragraph_is_furniture(credit: str) -> None:
    last = f"The board meets again in March. {credit}"
    text = f"Ferry contract delayed\n\n{_FIRST}\n{_SECOND}\n{last}\n"
    assert furniture_covers(text, credit)
    assert not furniture_touches(text, "The board meets again in March.")


@pytest.mark.parametrize("line", [
    "The board meets again in March (reporting by the minutes of the last session).",
    "The board meets again in March (Reporting by then will be public.)",
])
def test_a_bracket_inside_the_sentence_is_no_wire_credit(line: str) -> None:
    # Guard: a bracket before the sentence's end, or one ending with its own full stop, is the story's.
    text = f"Ferry contract delayed\n\n{_FIRST}\n{line}\n"
    assert not furniture_touches(text, line)


def test_the_credits_names_make_no_people(tmp_path: Path) -> None:
    # Main made no one of these either, but the line was cited: the two names now lie in furniture.
    article = (f"Ferry contract delayed\n\n{_FIRST}\nThe board meets again in March, chairwoman Ana Lindqvist "
               "said. (Reporting by Jana Kostrić; Editing by Tom Ashby)\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Ana Lindqvist"]


@pytest.mark.parametrize("byline", ["Post by : Elin Marsh", "Posted by: Elin Marsh", "Written by Elin Marsh"])
def test_a_post_by_byline_is_furniture(byline: str) -> None:
    text = f"{byline}\nPhoto : AP\n{_FIRST}{_SECOND}"
    assert furniture_covers(text, byline)
    assert not furniture_touches(text, _FIRST.strip())


def test_a_written_by_sentence_is_no_byline() -> None:
    # Guard: a sentence that opens "Written by" is the story's.
    line = "Written by two harbour clerks, the tender ran to 400 pages and was never read in full."
    text = f"Ferry contract delayed\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


@pytest.mark.parametrize("counter", ["2168 views 4 comment(s)", "1,204 views", "312 reads 12 shares",
                                     "5,093 views · 17 comments"])
def test_a_line_of_counters_is_furniture(counter: str) -> None:
    text = f"Ferry contract delayed\n\n{_FIRST}\n{counter}\n{_SECOND}"
    assert furniture_covers(text, counter)


def test_a_number_of_views_in_a_sentence_is_no_counter() -> None:
    # Guard: a sentence about views is the story's.
    line = "The video had 2168 views by Monday, the board said."
    text = f"Ferry contract delayed\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


def test_a_disclaimer_line_is_furniture() -> None:
    line = "Disclaimer: The translations on this page are made by a machine and might not be wholly accurate."
    text = f"Ferry contract delayed\n\n{_FIRST}\n{line}\n\n{_SECOND}"
    assert furniture_covers(text, line)
    assert not furniture_touches(text, _SECOND.strip())


_SIGNATURE = "— Mira Holt (@miraholt) March 3, 2025"


def test_an_embedded_posts_earlier_paragraphs_are_furniture() -> None:
    # Main marked only the post's last paragraph (run onto its link) and left its first as story.
    post = ("I stepped down today as minister of transport in the government of the republic.\n"
            "I did so to show that a minister answers for what happens in her department … pic.twitter.com/AbC12x\n")
    text = (f"Minister resigns\n{_FIRST}Holt wrote on her profile that she was leaving with a clear conscience.\n"
            f"{post}{_SIGNATURE}\n{_SECOND}")
    for line in post.splitlines():
        assert furniture_covers(text, line)
    assert not furniture_touches(text, "Holt wrote on her profile")


@pytest.mark.parametrize("above", [
    "I said on Monday that the board would vote again, the chairwoman told reporters.",
    "Holt, who took office in May, had promised to stay until the line reopened.",
    "We are leaving, “with our heads high”, the minister's office wrote.",
])
def test_a_story_line_above_the_post_stays_story(above: str) -> None:
    # Guard: a line above the post that reports someone, quotes, or is not in the first person is the story's.
    post = "I did so to show that a minister answers for her department … pic.twitter.com/AbC12x\n"
    text = f"Minister resigns\n{_FIRST}{above}\n{post}{_SIGNATURE}\n{_SECOND}"
    assert furniture_covers(text, post.strip())
    assert not furniture_touches(text, above)


def test_a_months_date_stamp_before_the_story_is_furniture() -> None:
    # Main marked "date 2025-01-23" before a story but not the month alone, "date 2025-01".
    line = "date 2025-01 THE HARBOUR BOARD has voted to delay the ferry contract until the spring."
    text = f"{line}\n\n{_SECOND}"
    assert furniture_covers(text, "date 2025-01")
    assert not furniture_touches(text, "THE HARBOUR BOARD has voted")
