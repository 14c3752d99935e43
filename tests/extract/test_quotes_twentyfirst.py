"""Quote classes of the "quotes21" helper (issue 10, twelfth session), on articles written for these tests: the
prose and every quotation are invented. A person's name inside a hyphenated compound ("anti-Trump activist",
"a Putin-backed candidate") names them only as a modifier: no speaker, no antecedent, no mention; nor does a name
before the noun of people for or against them ("Trump supporters", "a Putin biographer")."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import load_sources, speaker_named

HEAD = "March in the capital\n\nThousands of people marched through the old town on Saturday afternoon.\n\n"
TAIL = "\n\nThe march ended peacefully at the river before dark.\n"
WORDS = "We are not going home until the courts are free again"


def _speaker(tmp_path: Path, line: str) -> str | None:
    """The name of the speaker the quote of `line` gets (None: speaker unknown)."""
    return speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0]


@pytest.mark.parametrize(("line", "speaker"), [
    (f"“{WORDS},” said anti-Trump activist Lena Marsh.", "Lena Marsh"),
    (f"“{WORDS},” said pro-Putin blogger Oleg Vesnin.", "Oleg Vesnin"),
    (f"“{WORDS},” Trump-style populist Lena Marsh told the crowd.", "Lena Marsh"),
    (f"“{WORDS},” a pro-Putin blogger said.", None),
    (f"“{WORDS},” said a Trump-appointed judge.", None),
    (f"“{WORDS},” said the Putin-led government's spokesman.", None),
    (f"A Zelensky-backed candidate spoke first. “{WORDS},” he said.", None),
    (f"An ex-Trump adviser spoke first. “{WORDS},” he said.", None),
])
def test_a_name_made_a_modifier_by_a_hyphen_is_no_speaker(tmp_path: Path, line: str, speaker: str | None) -> None:
    # main gave each quote to the person the compound names ("anti-Trump" → Donald Trump, "Zelensky-backed" → the
    # pronoun's Zelensky): the named person after the modifier speaks, else no one we can name.
    assert _speaker(tmp_path, line) == speaker


@pytest.mark.parametrize("line", [
    f"“{WORDS},” Trump supporters chanted.",
    f"“{WORDS},” one Erdogan supporter said.",
    f"“{WORDS},” Putin opponents told reporters.",
    f"“{WORDS},” the Trump biographer said.",
    f"Trump supporters gathered outside the court. “{WORDS},” he said.",
    f"A Putin biographer spoke first. “{WORDS},” he said.",
])
def test_a_name_before_its_supporters_or_critics_is_no_speaker(tmp_path: Path, line: str) -> None:
    # main gave these to the person the noun phrase is about, directly or through the pronoun; the speakers are
    # people the text does not name: speaker unknown.
    assert _speaker(tmp_path, line) is None


def test_a_modifier_name_is_no_mention_but_a_pair_of_names_is(tmp_path: Path) -> None:
    # The actors pane counts a person's mentions: "anti-Trump" is none of Trump's; "the Trump-Putin summit" names
    # both men, and "US-led" a country, which stay mentions.
    text = (HEAD + "An anti-Trump activist and a Putin-appointed judge spoke at the rally.\n\n"
            "Speakers recalled the Trump-Putin summit and the US-led coalition." + TAIL)
    briefing = load_sources(tmp_path, a=text)
    names = {a.id: a.name for a in briefing.actors}
    named = sorted((m.span.text, names[m.actor]) for m in briefing.mentions)
    assert named == [("Putin", "Vladimir Putin"), ("Trump", "Donald Trump"), ("US", "United States")]
