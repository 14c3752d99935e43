"""People on text never seen (issue 10, 7 December, thirteenth session, people27): in a family-first name with
a hyphened given name ("Park Seo-yeon"), the family name is no mention of another person who bears it ("Park",
the alias of "Park Ji-hoon"), nor is a near spelling of someone's alias just before such a given name.
The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write_folder

_ONE = ("Budget talks resume in Seoul\n\nPrime Minister Park Ji-hoon opened the budget talks with party "
        "leaders on Tuesday.\n\nPark said the rice subsidy would stay at last year's level.\n")


def _mentioned_in(tmp_path: Path, two: str, name: str = "Park Ji-hoon") -> dict[str, list[str]]:
    """The texts of `name`'s mentions, per file."""
    from briefing.load import load_briefing

    briefing = load_briefing(write_folder(tmp_path, {"a.txt": _ONE, "b.txt": two}), use_cache=False)
    person = next(a for a in briefing.actors if a.name == name)
    found: dict[str, list[str]] = {}
    for mention in briefing.mentions_of(person.id):
        text = next(s.text for s in briefing.sources if s.file == mention.span.source)
        assert text[mention.span.start:mention.span.end] == mention.span.text
        found.setdefault(mention.span.source, []).append(mention.span.text)
    return found


@pytest.mark.parametrize("other", ["Park Young-jae", "Park Young-soo"])
def test_a_family_name_before_another_given_name_is_no_mention(tmp_path: Path, other: str) -> None:
    # Main put the prime minister into a story that never names him: the family name of a judge named there
    # was his one-word alias (people26's rule for an unknown name word after an alias stood aside because
    # the text also writes "young" in lower case).
    two = (f"New justice minister named\n\nThe president on Friday picked {other}, a former judge who heard "
           "the cases of young offenders, to run the justice ministry.\n")
    assert "b.txt" not in _mentioned_in(tmp_path, two)


def test_a_near_spelling_before_a_hyphened_given_name_is_no_mention(tmp_path: Path) -> None:
    # Main read "Chung" (of a lawmaker named in full) as a misspelling of the minister's alias "Chun".
    one = ("Fishing quotas set\n\nOceans Minister Chun Dae-hyun set the new quotas on Monday.\n\n"
           "Chun said the boats would be inspected twice a year.\n")
    two = ("Quotas criticised\n\nRep. Chung Dong-young called the quotas too low on Tuesday, as did young "
           "fishermen in Busan.\n")
    from briefing.load import load_briefing

    briefing = load_briefing(write_folder(tmp_path, {"a.txt": one, "b.txt": two}), use_cache=False)
    minister = next(a for a in briefing.actors if a.name == "Chun Dae-hyun")
    assert {m.span.source for m in briefing.mentions_of(minister.id)} == {"a.txt"}


@pytest.mark.parametrize("line", ["Park told the assembly on Friday that the subsidy was safe.",
                                  "Prime Minister Park Ji-hoon told the assembly on Friday that it was safe."])
def test_the_person_himself_stays_mentioned(tmp_path: Path, line: str) -> None:
    # Guards: his alias alone and his own full name are still his mentions.
    two = f"Subsidy debate\n\n{line}\n"
    assert "b.txt" in _mentioned_in(tmp_path, two)
