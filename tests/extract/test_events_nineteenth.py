"""Dated events on unseen text, twelfth session's events19 (issue 10): a date inside a relative clause (or a
participle's clause between commas or dashes) that closes before the sentence's own verb dates that clause, not
the sentence's act; a weekday inside a name ("Good Friday", "Black Monday") is no day. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_UNDATED = "Harbour arrest\n\n{}\n"
_DATED = "Harbour arrest\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize("sentence", [
    "The suspect, who came to the country in 2016 as a student, was arrested by German police at the harbour on Thursday.",
    "The smuggler, who had moved to the coast in 2019 with his family, was detained by German police at the docks.",
    "The courier who settled in the port city in 2018 as a trader was arrested by German police on Thursday.",
    "The skipper — who bought the trawler in 2015 from a cousin — was detained by German police on Monday.",
    "The trader, born in 1971 in a mountain village, was arrested by German police on Thursday.",
    "The pilot — a veteran who joined the navy in 2009 — was detained by German police.",
])
def test_a_closed_clauses_date_does_not_date_the_sentences_act(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_UNDATED.format(sentence))) == []


@pytest.mark.parametrize(("sentence", "iso"), [
    # the sentence's own day still dates its act, the clause's year aside
    ("The suspect, who came to the country in 2016 as a student, was arrested by German police on Monday.", "2025-01-13"),
    # a thing's clause with the first event verb keeps the clause's date (it is the event told); a person's
    # clause does not (events21: "The envoy, who visited the port in 2016, was arrested" is the arrest)
    ("The harbour fires, which broke out in 2016, were fought by German police for a week.", "2016"),
    # a date between commas with no clause of its own is the act's
    ("German police, on Monday, arrested a harbour pilot.", "2025-01-13"),
    ("German police, speaking on Monday, said a harbour pilot was arrested.", "2025-01-13"),
])
def test_a_clauses_date_guards(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize("sentence", [
    "The Good Friday Agreement was signed by German police chiefs and ministers decades ago.",
    "German police recalled the Black Monday crash as the worst day the harbour exchange ever had.",
    "German police said the Super Tuesday primaries had closed the harbour roads.",
    "German police chiefs met on Ash Wednesday in a harbour chapel.",
    "German police remembered Bloody Sunday at the harbour wall.",
    "German Chancellor Olaf Scholz told the Sunday Times that the harbour would stay open.",
    "German Chancellor Olaf Scholz gave an interview to the Mail on Sunday about the harbour.",
    "German police warned of fraud ahead of Cyber Monday sales.",
    "German police closed the harbour on Holy Saturday.",
    "The Good Friday accord was signed by German police chiefs and ministers.",
    "The Friday Accord was signed by German police chiefs and ministers.",
])
def test_a_weekday_inside_a_name_is_no_day(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == []


@pytest.mark.parametrize(("sentence", "iso"), [
    ("German police arrested a harbour pilot on Friday.", "2025-01-10"),
    ("German police announced Friday's vote on the harbour budget.", "2025-01-10"),
    ("The Friday talks ended without a deal on the harbour.", "2025-01-10"),
    ("On Friday, German police arrested a harbour pilot.", "2025-01-10"),
    ("Late Friday German police arrested a harbour pilot.", "2025-01-10"),
    ("German police told CNN Friday they had arrested a harbour pilot.", "2025-01-10"),
])
def test_a_plain_weekday_stays_dated(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]
