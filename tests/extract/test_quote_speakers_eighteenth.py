"""Speaker classes from the "quotes18" helper's blind sets of the eleventh session (a pope's journey, protests over
lawmakers' allowances, a day of protests held out), on articles written for these tests: the prose and every
quotation are invented. Right, or unknown."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from helpers import quotes_of

_PARAGRAPHS = [
    "Harbour strike talks stall",
    "By a staff writer",
    "The dockworkers' union walked out of the talks in Rotterdam on Monday after the port authority "
    "refused to raise its offer for the third time this month.",
    "“We have waited long enough for a fair offer and we will not sit in that room again until the authority "
    "puts real money on the table,” said Maria Lindqvist, the union's chair, outside the port office.",
    "The port authority's director, Hendrik Bos, said the demand was too high. “The offer we made on "
    "Friday is the best the port can afford while the new cranes are still being paid for,” he said.",
    "Ms. Lindqvist said the strike would go on until the spring: “Our members are ready to stay out for as "
    "long as it takes, and the ships will keep waiting.”",
]


def _wrapped(width: int, between: str, indent: str = "") -> str:
    return between.join(indent + "\n".join(textwrap.wrap(p, width)) for p in _PARAGRAPHS) + "\n"


def _by_words(quotes: dict[str, str | None], words: str) -> str | None:
    """The speaker of the one quote whose text, its line breaks read as spaces, holds `words`."""
    found = [speaker for text, speaker in quotes.items() if words in " ".join(text.split())]
    assert len(found) == 1, (words, list(quotes))
    return found[0]


@pytest.mark.parametrize(("width", "between", "indent"), [(64, "\n\n", ""), (60, "\n\n", ""), (70, "\n", ""),
                                                        (66, "\n", "    ")])
def test_a_hard_wrapped_page_keeps_its_quotations_and_their_speakers(tmp_path: Path, width: int, between: str,
                                                                     indent: str) -> None:
    # A plain-text page wrapped at a fixed width (blank lines between paragraphs, none as in a copied column, or
    # an indented first line):
    # each quotation crosses a line break (main found none of them, or a broken piece with no speaker).
    quotes, ids = quotes_of(tmp_path, _wrapped(width, between, indent))
    assert _by_words(quotes, "We have waited long enough for a fair offer") == ids["Maria Lindqvist"]
    assert _by_words(quotes, "The offer we made on Friday is the best") == ids["Hendrik Bos"]
    assert _by_words(quotes, "Our members are ready to stay out") == ids["Maria Lindqvist"]
    # Each quote's span crosses the wrap's line breaks and reads back exactly (quotes_of checks it).
    assert any("\n" in text for text in quotes)


def test_a_page_of_one_paragraph_a_line_is_no_hard_wrap(tmp_path: Path) -> None:
    # Lines of every length, each ending its sentence: each line stays a paragraph; a quotation left open at a
    # line's end and reopened on the next is the continued-quotation convention, not a wrap.
    quotes, ids = quotes_of(tmp_path, (
        "Harbour strike talks stall\n"
        "Mark Rutte met the union leaders in The Hague on Monday.\n"
        "“The offer we made is the best the port can afford this year.\n"
        "“We will not raise it again before the new cranes are paid for,” Mark Rutte said.\n"
        "Maria Lindqvist said the strike would go on.\n"))
    assert quotes["We will not raise it again before the new cranes are paid for,"] == ids["Mark Rutte"]
    assert quotes["The offer we made is the best the port can afford this year."] == ids["Mark Rutte"]
    assert not any("\n" in text for text in quotes)


def test_he_added_after_a_surname_read_as_the_article_s_one_holder(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "At a seaside mass, the faithful say Pope Leo lifted their spirits\n\n"
        "BEIRUT - Pope Leo XIV ended his first journey abroad with a mass by the sea, where he met the sick and "
        "urged the crowd to stay. \"Take heart, all of you!\" Leo said after driving through the crowd in white "
        "robes. \"The whole Church is praying for you tonight,\" he added.\n"))
    # "Leo said" is read as the article's one Pope Leo; "he" after it is the same man, not a stranger whom the
    # gazetteer lacks (main: unknown).
    speaker = quotes["Take heart, all of you!"]
    assert speaker is not None and speaker in ids.values()
    assert quotes["The whole Church is praying for you tonight,"] == speaker


def test_an_indented_line_of_a_hard_wrapped_page_opens_a_paragraph() -> None:
    from briefing.load.extract.quote_wrap import wrapped_joins

    text = _wrapped(66, "\n", "    ")
    lines, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((at + len(line) - len(line.lstrip()), at + len(line)))
        at += len(line) + 1
    joins = wrapped_joins(text, lines)
    opening = {i for i, (s, _e) in enumerate(lines) if text[s - 4:s] == "    "}
    # Every line joins the one before but a paragraph's indented first line (main had no joins at all).
    assert joins == set(range(1, len(lines))) - opening


def test_a_hard_wrapped_transcript_keeps_each_turn_to_its_label(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "Harbour strike: the minister's press conference\n"
        "Reporter: Will the union go back to the table at the port this week, or do\n"
        "you expect the strike on the docks to run on until the spring or even later?\n"
        "Rubio: We will go back to the table on the day that the port authority and\n"
        "Minister Jansen put real money on it and not one day before that, I promise\n"
        "you all, whatever the shippers may say about it in the papers this week.\n"
        "Reporter: And what do you say to the shippers who are losing so much money\n"
        "every single day of this strike at the port, here and in Antwerp as well?\n"
        "Rubio: I say they should call the authority and ask why it keeps the cranes\n"
        "idle while our members wait outside in the cold for a fair offer to come.\n"))
    # A label after a line ending a sentence opens the next turn; the turn's wrapped lines are its words (main: a
    # turn cut at the line opening with a capital; joining every line: no turn at all).
    assert _by_words(quotes, "port authority and Minister Jansen put real money on it") == ids["Marco Rubio"]
    assert _by_words(quotes, "I say they should call the authority") == ids["Marco Rubio"]
    assert not any("losing so much money" in " ".join(text.split()) for text, speaker in quotes.items() if speaker is not None)
