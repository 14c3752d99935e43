"""Quote classes of the "quotes24" helper (issue 10, twelfth session), on an article written for these tests: the
prose and every quotation are invented. A pronoun in a sentence whose subject is a bare surname ("Roe warned of
what she called “…”") is that surname's one holder, never the subject of the sentence before; a person's name
before the body they head, spelt without the accent the body list knows ("the Macron Elysée said"), is no new
person and no speaker; a title after the speech verb leaves the name before it the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Envoys meet again by the lake\n\nU.S. Special Envoy Jane Roe arrived by the lake on Monday for a second round "
        "of talks. President Ivan Ivanov stayed in his capital, and his aides said little.\n\n")
TAIL = "\n\nThe next round is due to open on Thursday morning.\n"
BERG = "Ivanov met Anna Berg, the foreign minister, at noon. Berg spoke first. "
GAMBLE = "a reckless gamble"


def _speaker(tmp_path: Path, line: str, words: str) -> tuple[str | None, set[str]]:
    """The name of the speaker the quote opening with `words` gets (None: unknown), and every actor's name."""
    return speaker_named(tmp_path, HEAD + line + TAIL, words)


@pytest.mark.parametrize(("line", "speaker"), [
    # main: the previous sentence's subject (Berg), the bare surname opening this one unread
    (f"{BERG}Roe warned of what she called “{GAMBLE}” on the border.", "Jane Roe"),
    (f"{BERG}Roe warned of what she described as “{GAMBLE}” on the border.", "Jane Roe"),
    (f"{BERG}Roe, in Geneva, warned of what she called “{GAMBLE}”.", "Jane Roe"),
    # guards: the pronoun is not the subject's (Ivanov is "his" here), or the subject is the pronoun itself
    (f"{BERG}Ivanov made what she called “{GAMBLE}”.", None),
    (f"{BERG}She warned of what she called “{GAMBLE}”.", "Anna Berg"),
])
def test_pronoun_after_a_bare_surname_subject(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert _speaker(tmp_path, line, GAMBLE)[0] == speaker


BACK = "We will not back down"


@pytest.mark.parametrize("line", [
    f"“{BACK},” the Macron Elysée said on Monday.",   # main: a person "Macron Elysée", the speaker
    f"“{BACK},” the Merz Chancellery said.",          # main: a person "Merz Chancellery"
    f"“{BACK},” the Bessent Treasury said in a statement.",
    f"“{BACK},” the Élysée said.",                    # guard: unknown on main too
])
def test_a_name_before_the_body_it_heads_is_no_speaker(tmp_path: Path, line: str) -> None:
    speaker, names = _speaker(tmp_path, line, BACK)
    assert speaker is None
    assert not any(n.endswith(("Elysée", "Chancellery", "Treasury")) for n in names)


@pytest.mark.parametrize("line", [
    f"“{BACK},” Ivanov said, the former defence minister.",
    f"“{BACK},” said Ivanov, a former minister.",
    f"“{BACK},” said the former minister Ivanov.",
])
def test_a_title_after_the_verb_leaves_the_named_speaker(tmp_path: Path, line: str) -> None:
    assert _speaker(tmp_path, line, BACK)[0] == "Ivan Ivanov"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: "calls" read as the speech verb of the headline's quote before it
    (f"‘{BACK}’: Roe's allies gather, as Ivanov faces fresh calls to resign", None),
    # guards: unknown on main too; the verb itself; a noun after a determiner
    (f"“{BACK}” was the slogan on Monday, amid growing calls for Ivanov to go.", None),
    (f"“{BACK},” Ivanov calls out to the crowd.", "Ivan Ivanov"),
    (f"“{BACK}” was the slogan, despite the calls from Ivanov.", None),
])
def test_an_adjective_before_calls_makes_it_the_noun(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert _speaker(tmp_path, line, BACK)[0] == speaker
