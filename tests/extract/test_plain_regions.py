"""A worker sends a source's furniture regions as plain tuples; the loading process builds them again
(plain.regions_of): the same records, one fields-set and one string per distinct label shared by all."""

from __future__ import annotations

import pickle

from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.plain import plain_regions, regions_of

# Invented page furniture around invented prose.
PAGE = ("Skip to main content\nMenu\nHome | World | Business\n\n"
        "Ministers met in a harbour town on Tuesday to talk about ferry routes.\n\n"
        "Advertisement\n\n"
        "The talks ended without a statement, officials said.\n\n"
        "Also read: Harbour fees rise again\n"
        "Sign up for our newsletter\n")


def test_regions_rebuilt_from_plain_tuples_are_the_same_records() -> None:
    found = tuple(find_regions(PAGE))
    assert found, "the invented page has furniture"
    sent = pickle.loads(pickle.dumps(plain_regions(found)))  # (as a worker sends them)
    strings: dict[str, str] = {}
    rebuilt = regions_of(sent, strings)
    assert rebuilt == found
    assert [r.model_dump() for r in rebuilt] == [r.model_dump() for r in found]
    again = regions_of(pickle.loads(pickle.dumps(plain_regions(found))), strings)
    assert again == found
    # One fields-set for every record, one string per distinct label across sources.
    assert len({id(r.__pydantic_fields_set__) for r in rebuilt + again}) == 1
    assert all(a.label is b.label and a.rule is b.rule for a, b in zip(rebuilt, again, strict=True))
