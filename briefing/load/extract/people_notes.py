"""What the people pass of an extraction notes on the side (extract/__init__.py and extend.py use it): the lone
surname words, eponyms and countries' possessives find_people searched for (kept in the fold state), each source's introductions as the
memo keeps them, and the sources' usable pieces worked out only when find_people asks for them.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.load.extract.stages import usable_pieces
from briefing.model import Source

__all__ = ["Pieces", "noted_eponyms", "noted_lower", "noted_possessors", "recording"]


def noted_lower(lone: set[str], lower: set[str], noted: list) -> set[str]:
    """`lower` (find_people's lower-case words among the `lone` surname words), both noted for the fold state."""
    noted[:2] = [sorted(lone), sorted(lower)]
    return lower


def noted_eponyms(eponyms: set[str], noted: list) -> set[str]:
    """`eponyms` (people.eponyms_in, when find_people searched for them), noted for the fold state."""
    noted[2] = sorted(eponyms)
    return eponyms


def noted_possessors(possessors: dict[str, set[str]], noted: list) -> dict[str, set[str]]:
    """`possessors` (person_possessors.possessed_sides over every text, when find_people searched for them),
    noted for the fold state as plain data: each written name with its sides, sorted."""
    noted[3] = [(name, sorted(sides)) for name, sides in sorted(possessors.items())]
    return possessors


def recording(ask: Callable | None, introductions: dict[int, list]) -> Callable:
    """find_people's `kept` that also notes each source's introductions, as the memo keeps them (memo.py)."""
    def kept(index: int, work_out: Callable[[], list]) -> list:
        found = work_out() if ask is None else ask(index, work_out)
        introductions[index] = [(i.start, i.end, list(i.words), i.rule, i.role, i.role_start, i.role_end, i.side)
                                for i in found]
        return found

    return kept


class Pieces:
    """Each source's usable pieces, worked out when asked for (find_people asks only for the sources whose
    introductions it does not have kept)."""

    def __init__(self, sources: list[Source]) -> None:
        self.by_file = {source.file: source for source in sources}

    def get(self, file: str, default: list[tuple[int, int]]) -> list[tuple[int, int]]:
        source = self.by_file.get(file)
        return default if source is None else usable_pieces(source)
