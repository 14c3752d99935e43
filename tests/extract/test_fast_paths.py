"""The fast extractors find exactly what the straightforward ones (tests/extract/reference.py) find, on
the seeds and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import _bundled_gazetteer
from briefing.load.extract.actors import Gazetteer, find_actor_mentions
from briefing.load.extract.sentences import split_sentences
from briefing.model import Actor

from . import reference
from .conftest import SEEDS

ACTORS = list(_bundled_gazetteer()[0])
NO_MISSPELLINGS = [a.model_copy(update={"aliases": tuple(al for al in a.aliases if not al.misspelling)})
                   for a in ACTORS]
#: One gazetteer for every example, as in a load: what it caches from one text must not leak into the next.
GAZETTEERS = {"curated": Gazetteer(ACTORS), "no misspellings": Gazetteer(NO_MISSPELLINGS)}
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _names(actors: list[Actor]) -> list[str]:
    return sorted({a.name for a in actors} | {al.text for a in actors for al in a.aliases})


# Names, their pieces and misspellings, titles and stop words, abbreviations, possessives, joiners.
_PIECES = st.sampled_from([
    *_names(ACTORS), "Vladmir", "Higseth", "Beith", "Kellog", "Keith", "Kiril", "Peskov", "Hegseth", "Dmitriev",
    "Witkof", "Rubbio", "Zelenskyy", "Zelensky", "Greenland", "Denmark", "Donald Tusk", "Katie Miller",
    "The", "But", "President", "Foreign Minister", "Secretary", "Tuesday", "Russian", "Ukrainians", "Americans",
    "US", "U.S.", "U.S", "UK", "U.K.", "EU", "UN", "USA", "NATO", "Nato", "Mr.", "J.", "bin", "al", "de", "van",
    "’s", "'s", "’", ".", ",", "-", "–", "\u00a0", " ", "  ", "(", "“", "”", '"', "‘", "_", "x", "said", "met",
    "the", "trump", "greenland", "talks", "AGREED", "WASHINGTON", "Putin-Trump", "Trump’s", "Kyiv.",
])
NAMEY = st.lists(st.one_of(_PIECES, st.text(alphabet="AaBbKkPpTtUuSs.’- ", max_size=5)), max_size=40).map(
    lambda parts: "".join(p if p in " \u00a0" or not p[:1].isalnum() else " " + p for p in parts))


def _plain(result: tuple[list, list]) -> tuple[list, list]:
    found, leftovers = result
    return ([(f.start, f.end, f.actor, f.alias, f.score, f.rule) for f in found],
            [(left.start, left.end, left.text) for left in leftovers])


@pytest.mark.parametrize("which", sorted(GAZETTEERS))
def test_actor_mentions_on_the_seeds(which: str) -> None:
    gazetteer = GAZETTEERS[which]
    for text in SEED_TEXTS:
        lower = set(_LOWER_WORD.findall(text))
        for start, end in split_sentences(text):
            assert _plain(find_actor_mentions(gazetteer, text, start, end, lower)) == \
                _plain(reference.actor_mentions(gazetteer, text, start, end, lower))


@MANY
@given(NAMEY, st.data())
def test_actor_mentions_on_generated_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lower = {w.lower() for w in data.draw(st.lists(st.sampled_from(text.split() or ["x"]), max_size=4))}
    for gazetteer in GAZETTEERS.values():
        assert _plain(find_actor_mentions(gazetteer, text, start, end, lower)) == \
            _plain(reference.actor_mentions(gazetteer, text, start, end, lower))
