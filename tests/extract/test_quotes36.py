"""Quote classes of the "quotes36" helper (issue 10, sixteenth session), on prose written for these tests: every
sentence and quotation is invented. A pause in help to Kyiv and the letters read out about it, in the shapes the
blind sets of 7 December showed:

- a letter (message, note, post …) followed by its own participle ("read aloud from a letter from X saying “…”",
  "a note by X stating: “…”") holds its writer's words, never those of the one who reads it out; a letter whose
  writer the sentence does not name after "from"/"by" leaves the quotation's speaker unknown;
- an expectation or a hope with its clause after "that" ("and he expected that both capitals would again “…”")
  is its holder's, as "believes" is; the passive ("it was expected that …") names no holder.
"""

from __future__ import annotations

import pytest
from helpers import load_articles

HEAD = "Help to Kyiv paused\n\nWashington paused its help to Kyiv on Monday, officials said.\n\n"
TAIL = "\n\nThe talks are due to resume next week.\n"
WORDS = "Kyiv wants the guns to fall silent"
QUOTE = "“" + WORDS + " before the summer.”"


def _speakers(briefing, file: str = "a.txt") -> dict[str, str | None]:  # noqa: ANN001
    """{quotation's first 25 characters: speaker's name (None: unknown)} of one article of a loaded folder."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text[:25]: names.get(q.speaker) if q.speaker else None
            for q in briefing.quotes if q.span.source == file}


@pytest.mark.parametrize("sentence", [
    # main: Donald Trump, the subject of the sentence that reads the letter out
    "In a speech to lawmakers on Tuesday, Trump read out a letter from Zelensky saying " + QUOTE,
    "Trump held up a note by Zelensky stating: " + QUOTE,
])
def test_a_letters_participle_gives_the_words_to_its_writer(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "letter", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] == "Volodymyr Zelensky"


@pytest.mark.parametrize("sentence", [
    # main: Donald Trump; the letter may be anyone's, so no one is shown
    "In a speech to lawmakers on Tuesday, Trump read out a letter saying " + QUOTE,
    # a possessive writer is never taken as a speaker: unknown, not the reader
    "Trump read out Zelensky's letter saying " + QUOTE,
])
def test_a_letter_whose_writer_is_not_named_leaves_the_speaker_unknown(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "letter_unnamed", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] is None


def test_a_message_that_read_still_goes_to_its_writer(tmp_path_factory) -> None:
    # guard (right on main too): the older shape of the same class
    sentence = "Trump shared a message from Zelensky that read: " + QUOTE
    briefing = load_articles(tmp_path_factory, "letter_read", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] == "Volodymyr Zelensky"


def test_the_reader_speaking_for_himself_after_a_comma_keeps_his_words(tmp_path_factory) -> None:
    # guard: "…, saying" after a comma is the subject's own participle, not the letter's
    sentence = "Trump read out the letter to lawmakers, saying " + QUOTE
    briefing = load_articles(tmp_path_factory, "letter_comma", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] == "Donald Trump"


EXPECT = ("CIA Director John Ratcliffe said the halt “on the air-defence front” was short, and he {verb} that both "
          "capitals would again “stand side by side on the front line” soon.")


@pytest.mark.parametrize("verb", ["expected", "hoped"])
def test_an_expectation_after_that_is_its_holders(tmp_path_factory, verb: str) -> None:
    # main: the second fragment had no speaker (shown as unknown)
    briefing = load_articles(tmp_path_factory, f"expect_{verb}", {"a.txt": HEAD + EXPECT.format(verb=verb) + TAIL})
    speakers = _speakers(briefing)
    assert speakers["on the air-defence front"] == "John Ratcliffe"
    assert speakers["stand side by side on the"] == "John Ratcliffe"


def test_a_passive_expectation_names_no_holder(tmp_path_factory) -> None:
    # guard: "it was expected that" holds no one's words; the quotation stays unknown
    text = (HEAD + "Officials gave no date. It was expected that both capitals would again “stand side by side on "
            "the front line” soon." + TAIL)
    briefing = load_articles(tmp_path_factory, "expect_passive", {"a.txt": text})
    assert _speakers(briefing)["stand side by side on the"] is None
