"""Whether the bundled sides and issues fit a folder that names none of its own: a folder on another story gets
no matrix of this story's parties and questions (the positions pane says how to add its own) rather than a
matrix of guesses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.load.extract.issues import IssueTagger
from briefing.load.extract.parties import PartyFinder
from briefing.model import Actor, Issue, Mentions, Side, Source

#: How many sources the fit rules reads: enough to tell one story from another.
_FIT_SAMPLE = 200


def bundled_issues_fit(issues: list[Issue], sides: tuple[Side, ...], actors: list[Actor], sources: list[Source],
                        mentions: Mentions) -> bool:
    """Whether the bundled issues speak about a folder that names none: in at least half of its articles
    (the first _FIT_SAMPLE), one of the issues is tagged and the article names people or bodies of Ukraine
    (the war the bundled issues are about), or of Russia and another negotiating side. An article on other
    talks that mentions sanctions, the US and the EU does not make this story's matrix its own."""
    tagger = IssueTagger(issues)
    named = _sides_named(sides, actors, mentions)
    others = _Others(sides, actors)

    def fits(source: Source) -> bool:
        on, _off = named(source)
        return _belligerents(on, others, source.text) and tagger.tags_any(source.text)

    sample = sources[:_FIT_SAMPLE]
    return 2 * sum(map(fits, sample)) >= len(sample) > 0


def bundled_sides_fit(sides: tuple[Side, ...], actors: list[Actor], sources: list[Source],
                       mentions: Mentions) -> bool:
    """Whether the bundled sides are the parties of a folder that names none (no sides.toml): in at least half
    of its articles (the first _FIT_SAMPLE), people or bodies of Ukraine (the war this story is about) are
    named, or of Russia and another negotiating side and those more often than anyone else. Talks between two
    other countries that the US and the EU attend or mediate (Belgrade and Pristina in Brussels) are another
    negotiation: its parties would be nowhere in this story's columns."""
    named = _sides_named(sides, actors, mentions)
    others = _Others(sides, actors)

    def fits(source: Source) -> bool:
        on, off = named(source)
        return "ukraine" in on or (_belligerents(on, others, source.text) and sum(on.values()) >= off)

    sample = sources[:_FIT_SAMPLE]
    return 2 * sum(map(fits, sample)) >= len(sample) > 0


def _belligerents(on: Counter[str], others: _Others, text: str) -> bool:
    """Ukraine, or Russia and another negotiating side, Russia named at least as often as any country of no side
    in `text`: the war this story is about, not only its mediators and allies (the US and Europe also attend
    other talks), nor talks the US, Europe and Russia hold over a third country (the UN sanctions on Iran).
    The countries of no side are counted only when Ukraine is not named (they decide nothing then)."""
    return "ukraine" in on or ("russia" in on and len(on) >= 2 and on["russia"] >= others.most_named(text))


class _Others:
    """The parties of no side a text names (PartyFinder.others_named), the finder made at the first question: a
    folder whose sampled articles all name Ukraine never needs it (its patterns take ~0.06 s to compile, and
    a pass over each article as long again as the issue tags')."""

    def __init__(self, sides: tuple[Side, ...], actors: list[Actor]) -> None:
        self.sides, self.actors = sides, actors
        self.finder: PartyFinder | None = None

    def most_named(self, text: str) -> int:
        """How often `text` names the party of no side it names most (0 for none)."""
        if self.finder is None:
            self.finder = PartyFinder(self.sides, self.actors)
        return max(self.finder.others_named(text).values(), default=0)


def _sides_named(sides: tuple[Side, ...], actors: list[Actor],
                 mentions: Mentions) -> Callable[[Source], tuple[Counter[str], int]]:
    """Per source: how often it names people or bodies of each negotiating side, and how often others (of
    another side, or unplaced)."""
    negotiating = {s.id for s in sides if s.negotiating}
    side_of = {a.id: a.side for a in actors}

    def named(source: Source) -> tuple[Counter[str], int]:
        found = Counter(side_of.get(actor) for actor in mentions.actors_in(source.file) if actor in side_of)
        on = Counter({side: n for side, n in found.items() if side in negotiating})
        return on, sum(found.values()) - sum(on.values())

    return named
