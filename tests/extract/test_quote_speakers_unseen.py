"""Speaker classes from the "quotes" helper's blind sets of the fifth session (a NATO summit, a trade agreement),
on articles written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def _quotes(tmp_path: Path, article: str) -> tuple[dict[str, str | None], dict[str, str]]:
    """{quote text: speaker id} and {actor name: actor id} of a one-article folder."""
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "a.txt").write_text(article, encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    text = briefing.sources[0].text
    for quote in briefing.quotes:
        assert text[quote.span.start:quote.span.end] == quote.span.text
    return {q.text: q.speaker for q in briefing.quotes}, {a.name: a.id for a in briefing.actors}


def test_a_leading_clause_name_is_not_the_subject_of_the_phrase_before_the_verb(tmp_path: Path) -> None:
    quotes, _ids = _quotes(tmp_path, (
        "A headline\n"
        "Donald Trump flew to the summit on Tuesday.\n"
        "Asked about his pledge to this cornerstone of NATO, the former president simply stated: "
        "“We will see what comes next.”\n"))
    assert quotes["We will see what comes next."] is None  # not NATO: "the former president" is the subject


def test_a_message_shared_is_its_writers_words_or_no_ones(tmp_path: Path) -> None:
    quotes, ids = _quotes(tmp_path, (
        "A headline\n"
        "Alliance Secretary General Maren Holt wrote to the leaders on Monday.\n"
        "Prime Minister Tomas Reker shared a private message from her that read: “You have done what nobody "
        "else could do here.”\n"
        "Reker later shared a note from Holt which said: “The leaders are ready to sign the text tomorrow.”\n"))
    assert quotes["You have done what nobody else could do here."] is None  # not Reker, who shared it
    assert quotes["The leaders are ready to sign the text tomorrow."] == ids["Maren Holt"]


def test_according_to_a_source_the_quoted_predicate_is_the_sources(tmp_path: Path) -> None:
    quotes, ids = _quotes(tmp_path, (
        "A headline\n"
        "Government spokeswoman Ilse Marten spoke on Thursday. According to Marten, Prime Minister Tomas Reker "
        "“has made his wishes very clear to the allies.” “I have not read the letter from the south yet,” he "
        "added.\n"))
    assert quotes["has made his wishes very clear to the allies."] == ids["Ilse Marten"]
    # The pronoun after it is the source's too (the article names no one else as a speaker), never Reker.
    assert quotes["I have not read the letter from the south yet,"] == ids["Ilse Marten"]


def test_sir_and_a_given_name_is_the_article_person_with_that_name(tmp_path: Path) -> None:
    quotes, ids = _quotes(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker met Prime Minister Anil Varma in the capital on Thursday.\n"
        "Sir Tomas said: “I am glad to welcome you here among friends tonight.”\n"))
    assert quotes["I am glad to welcome you here among friends tonight."] == ids["Tomas Reker"]


def test_a_pronoun_is_not_the_one_known_person_when_someone_unknown_is_the_subject(tmp_path: Path) -> None:
    quotes, ids = _quotes(tmp_path, (
        "A headline\n"
        "Anil Varma met Donald Trump in the capital on Thursday.\n"
        "He said: “Today is a good day for both our nations and for our workers.”\n"
        "White House spokeswoman Ilse Marten spoke on Friday.\n"
        "She said: “Tomorrow is another good day for both our nations and the world.”\n"))
    # Trump is the one person the gazetteer knows, but the sentence's subject is someone else: unknown.
    assert quotes["Today is a good day for both our nations and for our workers."] is None
    # Titles before the one person named are no other subject.
    assert quotes["Tomorrow is another good day for both our nations and the world."] == ids["Ilse Marten"]
