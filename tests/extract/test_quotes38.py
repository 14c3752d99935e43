"""Quote classes of the "quotes38" helper (issue 10, seventeenth session), on prose written for these tests: every
sentence and quotation is invented. Talks in a capital, in the shapes of translated agency copy:

- "X met the prime minister, Y said": the office is the object of X's clause and Y its source; Y is not given the
  office, so a later "the prime minister said" is no one we know (it was Y's);
- a title whose office is a possessor or a deputy's ("the prime minister's wife", "the prime minister's
  spokesman", "Deputy Prime Minister Y") does not make its holder "the prime minister";
- "“…,” the foreign minister summarized" is the minister's, as "concluded";
- "According to him, Kyiv is grateful …, while “…”" is the pronoun's person's account, as "In his view, …";
- "the diplomat" is the one person of the article shown holding a diplomat's office (a foreign minister, an
  ambassador, an envoy), no one when there are two.
"""

from __future__ import annotations

import pytest
from helpers import load_articles
from helpers import speakers_by_opening as _speakers

HEAD = "Talks in Ankara\n\nTurkish officials hosted a round of talks on Tuesday in Ankara.\n\n"
QUOTE = "\n\n“We will keep working for peace,” the prime minister said after the meeting.\n\nThe talks end on Friday.\n"


def _roles(briefing) -> dict[str, str]:  # noqa: ANN001
    return {a.name: " / ".join(r.title for r in a.roles) for a in briefing.actors if a.kind == "person"}


@pytest.mark.parametrize("sentence", [
    # main: Ali Demir, given "the prime minister" (or "the president", "the Turkish prime minister")
    "Hakan Fidan met the prime minister, Ali Demir said.",
    "Hakan Fidan met the prime minister on Monday, Ali Demir told reporters.",
    "The envoy met the prime minister, Ali Demir said, and then flew home.",
    "Hakan Fidan spoke to the Turkish prime minister, Ali Demir wrote on X.",
    "Hakan Fidan met the prime minister’s wife, Ali Demir said.",
])
def test_an_office_in_another_clause_is_not_the_sources(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "object_then_source", {"a.txt": HEAD + sentence + QUOTE})
    assert _speakers(briefing)["We will keep working"] is None
    assert "prime minister" not in _roles(briefing).get("Ali Demir", "")


@pytest.mark.parametrize("sentence", [
    # main: Ali Demir ("prime minister" read inside the title)
    "Ali Demir, the prime minister’s wife, said she was glad the talks had begun.",
    "Ali Demir, the prime minister’s spokesman, said he was glad the talks had begun.",
    "Deputy Prime Minister Ali Demir said he was glad the talks had begun.",
])
def test_a_possessors_or_deputys_office_is_not_the_holders(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "possessor_office", {"a.txt": HEAD + sentence + QUOTE})
    assert _speakers(briefing)["We will keep working"] is None


@pytest.mark.parametrize("sentence", [
    # guards: an apposition, a title before the name, a title at the head of the sentence keep the office
    "Hakan Fidan met the prime minister, Ali Demir, on Monday.",
    "Prime Minister Ali Demir said he was glad the talks had begun.",
    "Ali Demir, the Turkish prime minister, said he was glad the talks had begun.",
    "Deputy Foreign Minister Hakan Fidan and Prime Minister Ali Demir met on Monday.",
])
def test_the_offices_holder_still_speaks(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "office_guard", {"a.txt": HEAD + sentence + QUOTE})
    assert _speakers(briefing)["We will keep working"] == "Ali Demir"


KYIV = ("Talks in Kyiv\n\nKyiv, 2 June 2025. Ukraine wants the fighting over by winter, its Foreign Minister "
        "Andriy Sybiha told a weekly paper on Monday.\n\n")


@pytest.mark.parametrize("sentence", [
    # main: unknown ("summarized" was no speech verb; "According to him," named no one)
    "“We are ready for talks at any time,” the Foreign Minister summarized.",
    "“We are ready for talks at any time,” the minister summed up.",
    "According to him, Kyiv thanks its allies, while “We are ready for talks at any time.”",
    "According to him, “We are ready for talks at any time.”",
])
def test_a_summary_and_according_to_him_are_the_ministers(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "summarized", {"a.txt": KYIV + sentence + "\n\nThe talks go on.\n"})
    assert _speakers(briefing)["We are ready for tal"] == "Andrii Sybiha"


@pytest.mark.parametrize("sentence", [
    # guards: two people before "According to him,", or a sayer of its own after it: no one we can name
    "Hakan Fidan met him on Monday. According to him, Kyiv thanks its allies, while “We are ready for talks at any "
    "time.”",
    "According to him, Fidan said that “We are ready for talks at any time.”",
])
def test_according_to_him_with_another_in_reach_is_unknown(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "according_guard", {"a.txt": KYIV + sentence + "\n\nThe talks go on.\n"})
    assert _speakers(briefing)["We are ready for tal"] is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # main: unknown ("the diplomat" named no one)
    ("“Russia is stalling for time,” the diplomat noted.", "Andrii Sybiha"),
    # guard: two diplomats in the article, no one
    ("He met Turkey's foreign minister, Hakan Fidan, on Monday.\n\n“Russia is stalling for time,” the diplomat "
     "noted.", None),
])
def test_the_diplomat_is_the_one_diplomat(tmp_path_factory, sentence: str, speaker: str | None) -> None:
    briefing = load_articles(tmp_path_factory, "diplomat", {"a.txt": KYIV + sentence + "\n\nThe talks go on.\n"})
    assert _speakers(briefing)["Russia is stalling f"] == speaker
