"""Quote classes of the "quotes23" helper (issue 10, twelfth session), on an article written for these tests: the
prose and every quotation are invented. A reply whose own clause after it names a role that the app cannot
resolve is no one's we can name (never the asker's before it); an aside between dashes after a subject hides the
names inside it from the speech verb after it; a quotation that is the content of others' claims ("the claims
that “…”", "what critics call “…”") is not the words of the sentence's subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Envoys meet again by the lake\n\nU.S. Special Envoy Jane Roe arrived by the lake on Monday for a second round "
        "of talks. President Ivan Ivanov stayed in his capital, and his aides said little.\n\n")
TAIL = "\n\nThe next round is due to open on Thursday morning.\n"


def _speaker(tmp_path: Path, line: str, words: str) -> str | None:
    """The name of the speaker the quote opening with `words` in `line` gets (None: speaker unknown)."""
    return speaker_named(tmp_path, HEAD + line + TAIL, words)[0]


REPLY = "Not in the least"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: the asker (said-before, previous-sentence), whose question the quote answers
    (f"Ivanov asked her plainly whether the offer still stood: “{REPLY},” the special envoy replied.", None),
    # (quotes32: "the envoy" is now the article's one envoy, Roe, who was asked; still never the asker)
    (f"Ivanov asked whether the offer still stood. “{REPLY},” the envoy replied.", "Jane Roe"),
    # guards: a name after the quote is still read; a role with a capitalised word (unknown on main too)
    (f"Ivanov said: “{REPLY},” the American envoy replied.", None),
    (f"Ivanov asked her plainly whether the offer still stood: “{REPLY},” Roe replied.", "Jane Roe"),
    (f"“{REPLY},” the envoy said, before Roe left the room.", None),
    # a question put to the person the sentence names: the role after the quote is theirs (as on main)
    (f"Roe was asked whether the offer still stood. “{REPLY},” the envoy said.", "Jane Roe"),
])
def test_a_reply_after_the_quote_is_not_the_askers(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert _speaker(tmp_path, line, REPLY) == speaker


WORDS = "that few of us expected"


@pytest.mark.parametrize("line", [
    # main: Ivanov, the name inside the aside
    f"Roe – who revealed that President Ivanov had sent her a letter – said the talks had made progress “{WORDS}”.",
    f"Roe—who revealed that Ivanov had sent her a letter—said the talks had made progress “{WORDS}”.",
    f"Roe - who met Ivanov on Monday - said the talks had made progress “{WORDS}”.",
    # guards: commas (as on main), a name set off by dashes as an apposition, no aside
    f"Roe, who revealed that Ivanov had sent her a letter, said the talks had made progress “{WORDS}”.",
    f"The envoy – Jane Roe – said the talks had made progress “{WORDS}”.",
    f"Roe said the talks had made progress “{WORDS}”.",
])
def test_a_name_in_an_aside_between_dashes_is_not_the_subject(tmp_path: Path, line: str) -> None:
    assert _speaker(tmp_path, line, WORDS) == "Jane Roe"


CLAIM = "the army will march on the capital"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: Roe, the sentence's subject, for what others claim
    (f"Roe said she finds the claims that “{CLAIM}” absurd.", None),
    (f"Roe said the wild rumours that “{CLAIM}” were baseless.", None),
    (f"Roe told reporters the accusation that “{CLAIM}” was a lie.", None),
    (f"Roe warned against what critics call “{CLAIM}” politics.", None),
    # guards: a claim the subject makes is hers; a plain report is hers; "what Ivanov called" is his
    (f"Roe repeated the claim that “{CLAIM}” within days.", "Jane Roe"),
    (f"Roe said that “{CLAIM}” within days.", "Jane Roe"),
    (f"Roe warned of what Ivanov called “{CLAIM}” plans.", "Ivan Ivanov"),
])
def test_a_quotation_of_what_others_claim_is_not_the_subjects(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert _speaker(tmp_path, line, CLAIM) == speaker
