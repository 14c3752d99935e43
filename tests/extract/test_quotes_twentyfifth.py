"""Quote classes of the "quotes25" helper (issue 10, twelfth session), on articles written for these tests: the
prose and every quotation are invented. A known person's short name used for someone else — the first word of a
name printed surname first, followed by another given name ("Kim Min Jun" when the article knows President Kim
Jong-su), or a short name introduced with an age or a private person's calling ("Kim, 34, said", "Kim, a
student") — names no one we know: its quote, and a pronoun reaching back to it, are "speaker unknown", never the
namesake. The known person's own short name ("said Kim", "said President Kim") stays theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of

HEAD = ("Crowds fill the square\n\nPresident Kim Jong-su spoke to the nation on Monday evening. He asked for calm "
        "and promised a review of the budget.\n\nStudents marched past the ministry on Tuesday.\n\n")
TAIL = "\n\nMore marches are planned for the weekend.\n"
STAY = "We are staying right here until he resigns"
COLD = "The cold does not frighten anybody"


def _speakers(tmp_path: Path, line: str, head: str = HEAD) -> tuple[str | None, str | None]:
    """The names of the speakers of the two quotes (None: unknown)."""
    quotes, ids = quotes_of(tmp_path, head + line + TAIL)
    names = {actor_id: name for name, actor_id in ids.items()}
    first, second = ([s for text, s in quotes.items() if text.startswith(words)] for words in (STAY, COLD))
    return names.get(first[0]) if first[0] else None, names.get(second[0]) if second[0] else None


@pytest.mark.parametrize("line", [
    # main: the president took the second quote ("he" reached his surname), or both
    f"“{STAY},” said Kim Min Jun, a student. “{COLD},” he added.",
    f"“{STAY},” said Kim, a student. “{COLD},” he added.",
    f"“{STAY},” Kim, 34, said. “{COLD},” he added.",
    f"“{STAY},” said Kim, a 34-year-old nurse. “{COLD},” he added.",
])
def test_a_namesake_and_his_pronoun_are_no_one_we_know(tmp_path: Path, line: str) -> None:
    assert _speakers(tmp_path, line) == (None, None)


def test_a_namesake_named_in_full_is_that_person(tmp_path: Path) -> None:
    # (people38: a Korean name with a hyphened given name is a person by its shape, so the student named in full
    # speaks both quotes; neither is the president's)
    line = f"“{STAY},” said 23-year-old Kim Min-jun. “{COLD},” he added."
    assert _speakers(tmp_path, line) == ("Kim Min-jun", "Kim Min-jun")


@pytest.mark.parametrize(("line", "speaker"), [
    # guards: the president's own short name, his full name with an age, a student the people pass knows
    (f"“{STAY},” said Kim. “{COLD},” he added.", "Kim Jong-su"),
    (f"“{STAY},” said President Kim. “{COLD},” he added.", "Kim Jong-su"),
    (f"“{STAY},” Kim Jong-su, 71, said. “{COLD},” he added.", "Kim Jong-su"),
    (f"“{STAY},” said Kim on Tuesday. “{COLD},” he added.", "Kim Jong-su"),
    (f"“{STAY},” said Kim Min-jun, a student. “{COLD},” he added.", "Kim Min-jun"),
])
def test_the_known_holder_keeps_his_short_name(tmp_path: Path, line: str, speaker: str) -> None:
    assert _speakers(tmp_path, line) == (speaker, speaker)


def test_a_namesake_in_the_sentence_before_stops_the_pronoun(tmp_path: Path) -> None:
    # main: "he" reached President Kim through his namesake ("Among them was Kim …" read as a headline's capitals)
    line = f"Among them was Kim Min Jun, who waved a flag. “{STAY},” he said. “{COLD},” he added."
    assert _speakers(tmp_path, line) == (None, None)


WESTERN = ("Talks resume\n\nPresident Donald Trump met donors in New York on Monday. He spoke for an hour.\n\n")


@pytest.mark.parametrize("line", [
    f"“{STAY},” Trump said at Trump Tower. “{COLD},” he added.",
    f"“{STAY},” Trump said. “{COLD},” he added.",
])
def test_a_surname_last_name_is_untouched(tmp_path: Path, line: str) -> None:
    assert _speakers(tmp_path, line, WESTERN) == ("Donald Trump", "Donald Trump")


FINE = "We are fine. After many years of this, we will go on"
STEP = "step back for a moment"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: unknown (the full stop inside the first quote hid the verb before it from the participle's quote)
    (f"In a post, Kim assured, “{FINE},” adding that he would not “{STEP}” in his struggle.", "Kim Jong-su"),
    (f"Kim Jong-su wrote: “{FINE},” adding that he would not “{STEP}”.", "Kim Jong-su"),
    # guard: no speaker before the first quote
    (f"Crowds cheered. “{FINE},” adding that he would not “{STEP}”.", None),
])
def test_a_participles_quote_after_a_quote_of_two_sentences(tmp_path: Path, line: str, speaker: str | None) -> None:
    quotes, ids = quotes_of(tmp_path, HEAD + line + TAIL)
    names = {actor_id: name for name, actor_id in ids.items()}
    (found,) = [s for text, s in quotes.items() if text.startswith(STEP)]
    assert (names.get(found) if found else None) == speaker
