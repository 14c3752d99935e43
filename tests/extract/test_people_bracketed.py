"""A name an editor's square bracket splits ("[Russian President Vladimir] Putin", as a round one: "(U.S.
President-elect Donald) Trump") introduces no person made of its first half. Invented article."""

from __future__ import annotations

from tests.helpers import load_sources

PAGE = """By Staff Reporter | 6 March 2025

Zimbabwean Foreign Minister Amon Murwira met his Russian counterpart in Moscow on Thursday.

"[Russian President Gennady] Orlov has called such claims absurd," the minister told reporters afterwards.
"""


def test_a_name_split_by_a_square_bracket_makes_no_person_of_its_first_half(tmp_path):
    briefing = load_sources(tmp_path, a=PAGE)
    names = {a.name for a in briefing.actors if a.origin == "auto"}
    assert "Gennady" not in names and "Amon Murwira" in names
