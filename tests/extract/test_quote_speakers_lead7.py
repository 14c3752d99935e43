"""Speaker classes from the lead's blind sets of the seventh session (a president reading out a letter from
another), on articles written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import quotes_of

_HEAD = "A letter\n\ndate 2025-03-05\n\n"


def test_words_one_person_quotes_another_as_writing_are_the_writers(tmp_path: Path) -> None:
    """"“…,” Trump quoted Zelensky as writing" gave the words to Trump, and the letter's next quoted sentence, followed
    by "Trump added that Zelensky said …" (a report of its own), went to Trump too."""
    speakers, _ = quotes_of(tmp_path, _HEAD + (
        "“Our delegation stands ready to meet this month,” Donald Trump quoted Volodymyr Zelensky as writing. "
        "“We remember every shipment America sent.” Trump added that Zelensky said he would sign the accord.\n\n"
        "Trump quoted Zelensky as saying: “Peace needs both of us at the table.”\n\n"
        "“No nation is more tired of this war than ours”, Trump quoted Zelensky as saying.\n"))
    assert set(speakers.values()) == {"zelensky"}
    assert len(speakers) == 4


def test_a_letter_read_out_is_not_the_readers(tmp_path: Path) -> None:
    """"“…,” Zelensky's letter reads, Trump says": the reader is no speaker of the letter's words; the writer is
    named only as its owner, so the words are left to no one."""
    speakers, _ = quotes_of(tmp_path, _HEAD + "Zelensky wrote to Trump on Monday.\n\n"
                                              "\"Ukraine will sign the accord whenever it suits you,\" Zelensky's "
                                              "letter reads, Trump says.\n")
    assert list(speakers.values()) == [None]


def test_a_pronoun_in_a_report_of_a_report_is_no_one(tmp_path: Path) -> None:
    """"Trump said Zelensky had thanked the US and that he had said Ukraine was “…”": "he" may be either man."""
    speakers, _ = quotes_of(tmp_path, _HEAD + (
        "Quoting from the letter, Donald Trump said Volodymyr Zelensky had thanked the US for its help and that he "
        "had said Ukraine was “ready to sit down with the Russians without delay”.\n"))
    assert list(speakers.values()) == [None]


def test_a_participle_after_a_first_quote_shares_its_speaker_not_the_sentences_subject(tmp_path: Path) -> None:
    """"He read from the letter, in which Zelensky stated … “Q1,” emphasizing that “Q2”": Q2 is Zelensky's (it went
    to the sentence's subject, the reader)."""
    speakers, _ = quotes_of(tmp_path, _HEAD + (
        "Donald Trump read to Congress. He quoted passages from the letter, in which Volodymyr Zelensky stated his "
        "readiness to reach \"a lasting and fair peace,\" emphasizing that \"nobody longs for the end of this war "
        "more than we do.\"\n"))
    assert set(speakers.values()) == {"zelensky"}
