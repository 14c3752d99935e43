"""How sure a person found automatically is (issue 10, 7 December, eleventh session, people18): the mentions of a
person the text introduces with a title carry a high confidence; one named only beside a speech verb a middling
one, however many articles name them so; a name only repeated, a surname only written again or a
lone surname beside a speech verb, a low one. The articles are invented: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

HARBOUR = ("Harbour talks stall\n\nFisheries Minister Petra Lindqvist said the quota talks had stalled over the "
           "northern banks. Jonas Wetterlund said the fleet would stay in port until Friday. “We have waited "
           "long enough,” Andrakis said as he left the hall.\n\nThe fleet owner Tomas Rindvall's plan was praised by "
           "the board. Even Rindvall himself agreed to it. The talks went on. Wang Lihua arrived in the port "
           "city on Monday. Observers expect Wang Lihua to meet the board.\n")
FLEET = "Fleet waits\n\nMarta Oyelaran said the boats were ready to sail as soon as the quotas were known.\n"
QUOTAS = "Quota row\n\nMarta Oyelaran said the row over quotas could last all winter.\n"


@pytest.fixture(scope="module")
def confidence(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Each automatic person's name: the highest confidence among their mentions (0-1)."""
    briefing = load_articles(tmp_path_factory, "people18", {"harbour.txt": HARBOUR, "fleet.txt": FLEET,
                                                            "quotas.txt": QUOTAS})
    people = {a.id: name for name, a in auto_people(briefing).items()}
    out: dict[str, float] = {}
    for source in briefing.sources:
        for mention in briefing.mentions_in(source.file):
            if mention.actor in people:
                name = people[mention.actor]
                out[name] = max(out.get(name, 0.0), mention.score / 100)
    return out


@pytest.mark.parametrize(("name", "low", "high"), [
    ("Petra Lindqvist", 0.9, 1.0),    # a title introduces her
    ("Jonas Wetterlund", 0.8, 0.9),   # a full name beside a speech verb, once
    ("Marta Oyelaran", 0.8, 0.9),     # the same, in two articles: the best introduction counts
    ("Andrakis", 0.6, 0.8),           # a lone surname beside a speech verb
    ("Tomas Rindvall", 0.6, 0.8),     # no formula: his surname alone again
    ("Wang Lihua", 0.6, 0.8),         # a family name first, only repeated
])
def test_a_persons_mentions_are_as_sure_as_their_introduction(confidence: dict[str, float], name: str,
                                                                low: float, high: float) -> None:
    assert low <= confidence[name] < high
