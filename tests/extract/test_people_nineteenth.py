"""People on stories the rules were not written on (issue 10, 7 December, twelfth session, people19): on a
hard-wrapped page a name the line break cuts ("Trade Minister Aurelie / Fontaine said") is one person, with its
title. The articles are invented: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

WRAPPED = (
    "Port talks end without a deal\n\n"
    "LISBON - Talks on the fishing quotas ended on Tuesday without a deal,\n"
    "and the delegations left the harbour city in separate convoys after\n"
    "a night of bargaining that several of them described as bitter.\n\n"
    "The talks were chaired by Portuguese Trade Minister Aurelie\n"
    "Fontaine, who said the gap between the fleets had narrowed but not\n"
    "closed, and that a new round would be called before the summer.\n\n"
    "Her counterpart from the northern fleets told reporters that quotas\n"
    "could not be cut again this year, and the fishing union leader Tomas\n"
    "Ekwall said the boats would stay in port until the quotas were\n"
    "settled, and that crews had lost a month of wages already.\n"
)


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return auto_people(load_articles(tmp_path_factory, "wrapped19", {"wrapped.txt": WRAPPED}))


@pytest.mark.parametrize(("name", "role"), [("Aurelie Fontaine", "Portuguese Trade Minister"),
                                            ("Tomas Ekwall", "union leader")])
def test_a_name_the_wrap_cuts_is_one_person_with_its_title(wrapped: dict, name: str, role: str) -> None:
    # Main read each line alone: "Aurelie" and "Fontaine" were half a name each, or no one at all.
    assert name in wrapped
    assert role in [r.title.replace("\n", " ") for r in wrapped[name].roles]
    evidence = wrapped[name].evidence[0]
    assert WRAPPED[evidence.start:evidence.end] == evidence.text  # the span keeps the line break
    assert not {w for w in name.split()} & set(wrapped)  # no half-name person beside it
