"""The fit rules' work on a folder of this story, and the party finder's one-text memo.

Written for these tests: invented prose (no one said or wrote these words).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing.load.fit as fit
from briefing.load import load_briefing
from briefing.load.extract.parties import PartyFinder
from briefing.model import Actor, Alias
from tests.helpers import write_folder

UKRAINE = {
    "01_kyiv.txt": "Talks on grain corridors\n\nKYIV, June 3, 2025 — Ukraine and Russia held a round of talks on a "
                   "grain corridor, officials in Kyiv said on Tuesday. Zelensky said Ukraine would accept a "
                   "ceasefire at sea if Russia stopped its strikes on the ports.\n",
    "02_odesa.txt": "Ports wait\n\nODESA, June 5, 2025 — Ukrainian port workers waited for news of the talks. "
                    "The Kremlin said Russia rejected a ceasefire at sea for now.\n",
}


def test_a_folder_that_names_ukraine_does_not_count_third_countries(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sampled article names Ukraine, which settles both fit rules: the parties of no side (a finder
    compiled, every article read once more) are not counted, and the bundled matrix still fits."""
    made = []

    class Counting(PartyFinder):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(fit, "PartyFinder", Counting)
    briefing = load_briefing(write_folder(tmp_path, UKRAINE), use_cache=False)
    assert made == []  # was: two finders, one for each rule, each reading every sampled article
    assert briefing.negotiating_sides  # the bundled sides fit, as before


def test_two_finders_do_not_share_one_texts_groups() -> None:
    """The groups a text introduces are worked out per finder: one whose gazetteer knows the group leaves it to
    the gazetteer, whatever finder read the text just before (the one-text memo was keyed by the text alone)."""
    text = ("The Northern Defence Forces (NDF) said on Monday that they had left the town. "
            "The NDF said talks would go on.")
    plain = PartyFinder((), [])
    knowing = PartyFinder((), [Actor(id="ndf", name="Northern Defence Forces", kind="body",
                                     aliases=(Alias(text="NDF"),))])
    assert plain.find(text, 0, len(text), ()) == ("party:ndf",)
    assert knowing.find(text, 0, len(text), ()) == ()  # was: ("party:ndf",), the other finder's groups
    assert plain.find(text, 0, len(text), ()) == ("party:ndf",)
