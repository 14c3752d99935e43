"""A folder that grows by one article (issue 12, 7 December, eighteenth session, grow16): what is worked out again
for the articles already folded in. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

from helpers import people_of

import briefing.load.extract.person_spellings as spellings
from briefing.load.extract.person_groups import Introduction


class _CountedWords:
    """person_spellings' word pattern, counting the titles it splits into words."""

    def __init__(self) -> None:
        self.real, self.calls = spellings._WORD, 0

    def findall(self, title: str) -> list[str]:
        self.calls += 1
        return self.real.findall(title)


def test_a_person_introduced_alike_many_times_is_asked_about_once(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # Main split the same titles into words again for every introduction (5 M lower-casings of the side cues at
    # 2,000 articles, a third of a +1): the answer is the same, the work done once per distinct introduction.
    article = ("Talks resume\n\nU.S. National Security Advisor Michael Volz spoke with his Ukrainian counterpart by "
               "telephone on Monday, the agency reported.\n")
    _people, briefing = people_of(tmp_path, {"a.txt": article})
    waltz = next(a for a in briefing.actors if a.id == "waltz")
    written = Introduction(file="a.txt", start=0, end=13, words=("Michael", "Volz"), rule="title",
                           role="U.S. National Security Advisor", role_start=0, role_end=0, side=None)
    other = Introduction(file="b.txt", start=0, end=12, words=("Daniel", "Volz"), rule="title", role="",
                         role_start=0, role_end=0, side=None)
    counted = _CountedWords()
    monkeypatch.setattr(spellings, "_WORD", counted)
    cues = {"U.S.": "us", "US": "us", "Ukrainian": "ukraine"}
    assert spellings.translated_person([written, other] * 500, [waltz], cues) is waltz
    assert counted.calls <= 1 + len(waltz.roles)  # each title once: the introduction's and the person's roles'
    assert spellings.translated_person([other] * 10, [waltz], cues) is None
