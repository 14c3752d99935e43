"""A transcription service's page: each turn under a label line "Name (mm:ss):", a time alone on a line "(04:27)"
inside a long turn, and "Speaker 2 (00:00):" for a voice it could not name. Main found no quote on such a page and
no person in its labels (every line of the briefing went unsourced to anyone); now every turn is its labelled
speaker's, a nameless speaker's turn is "speaker unknown", and the labelled name is a person. The transcript is
invented (from the lead's blind set of 7 Dec, fifteenth session)."""

from __future__ import annotations

from pathlib import Path

from helpers import people_of, quotes_of, speaker_named

PAGE = """Press briefing with the spokesperson, March 4

Speaker 1 (00:00):
[inaudible 00:00:04].
Dana Whitcombe (01:12):
Good afternoon, everyone. Thank you for your patience today. We have been in close contact with both delegations since the weekend.
(02:40)
I also want to say a word about the grain corridor. Nobody here wants to see shipping disrupted again.
Speaker 3 (03:05):
Dana, will the president travel to Riyadh himself this month?
Dana Whitcombe (03:09):
I have no travel to announce at this time, but I would not rule it out.
"""


def test_each_turn_is_its_labelled_speakers(tmp_path: Path) -> None:
    """Main: no quote at all on the page."""
    for words in ("Good afternoon, everyone", "I also want to say a word", "I have no travel to announce"):
        assert speaker_named(tmp_path / words[:6], PAGE, words)[0] == "Dana Whitcombe"


def test_a_nameless_voice_is_speaker_unknown(tmp_path: Path) -> None:
    """The question of "Speaker 3" is nobody's we know, not the spokesperson's whose name it holds."""
    assert speaker_named(tmp_path, PAGE, "Dana, will the president")[0] is None


def test_the_labelled_name_is_a_person(tmp_path: Path) -> None:
    people, _briefing = people_of(tmp_path, {"a.txt": PAGE})
    assert "Dana Whitcombe" in people
    assert not any(name.startswith("Speaker") for name in people)


def test_one_timed_line_in_an_article_is_no_transcript(tmp_path: Path) -> None:
    """Guard: a text with one such line has no turns (as one "NEW DELHI: …" line is a dateline, not a turn)."""
    article = ("Talks resume\n\nDana Whitcombe (01:12):\nThe delegations met again on Tuesday in a hotel by the sea, "
               "and the talks lasted into the night.\n")
    quotes, _ids = quotes_of(tmp_path, article)
    assert not quotes
