"""The sides of a briefing: data the Briefing carries (a folder's sides.toml, else the bundled ones), not a
list the code knows. Actors and positions name their side by its id."""

from __future__ import annotations

from briefing.model.base import Frozen

#: A person or body the sources place on none of the named sides (the press, a nationality outside them).
OTHER = "other"
#: A person found in the text that gives no side for them (never guessed as "other").
UNPLACED = "unplaced"


class Side(Frozen):
    """One side: who it is, how the dashboard shows it, and the words that place a person or body on it."""

    id: str
    label: str
    #: The one-character badge the panes draw beside its people and events ("U", "R", "?").
    letter: str
    #: The key that filters the dashboard to it ("" when it has none).
    key: str = ""
    #: Whether it negotiates: a column of the positions matrix, a holder of positions.
    negotiating: bool = False
    #: Nationality adjectives, country and capital names, institutions ("Iranian", "Tehran", "Iran's Foreign
    #: Ministry"): a person introduced with one of them is placed on this side.
    cues: tuple[str, ...] = ()


def fallback_side(side_id: str) -> Side:
    """What a side id names when the briefing does not list it (a record built outside a load)."""
    if side_id == UNPLACED:
        return Side(id=UNPLACED, label="Unplaced", letter="?")
    return Side(id=side_id, label=side_id.replace("-", " ").replace("_", " ").title() or "?",
                letter=(side_id[:1] or "?").upper())
