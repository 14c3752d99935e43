"""Confidence bands per kind of automatic item (issue 10, "Confidence that means something").

`benchmarks/scoring.py` bands quotes, events, positions and mentions as it scores them; this module adds the
aliases (the spellings found for an actor, with their fuzzy-match score) and merges the bands of several
folders into the thresholds `briefing/model/confidence.py` holds. A band's right/judged count says how often
items of that confidence were right on labelled text; items below the band that is right at least 80 % of the
time (with enough judged items) would be hidden by default.
"""

from __future__ import annotations

from benchmarks.scoring import ArticleLabels, Ratio, Score, _norm, names_match
from briefing.load.extract.name_words import family_first
from briefing.model import Briefing

#: The kinds banded, in the order reported.


def alias_bands(briefing: Briefing, labels: list[ArticleLabels], result: Score) -> None:
    """Per automatic alias (a spelling found for an actor, not a misspelling) first seen in an article that
    labels its people: right when the actor is one of them and the spelling is that person's name, a labelled
    alias, or the surname, its last words (transliterations aside)."""
    by_file = {art.file: art for art in labels if art.people}
    for actor in briefing.actors:
        for alias in actor.aliases:
            if alias.origin != "auto" or alias.misspelling:
                continue
            files = [span.source for span in alias.evidence if span.source in by_file] or [
                m.span.source for m in briefing.mentions_of(actor.id) if m.alias == alias.text
                and m.span.source in by_file]
            if not files:
                continue
            people = [p for p in by_file[files[0]].people if names_match(p.name, p.aliases, actor)]
            spelled = _norm(alias.text)
            # (a surname of two words or a hyphen is the name's tail: "Al Thani", "Okonjo-Iweala"; a name printed
            # family name first has it at its head: "Qin" of "Qin Shutong", "Cho" of "Cho Hyun-sang")
            ok = any(spelled in {_norm(p.name), *(_norm(a) for a in p.aliases)}
                     or _norm(p.name).endswith(" " + spelled)
                     or family_first(tuple(p.name.split())) and _norm(p.name.split()[0]) == spelled for p in people)
            result.band("alias", alias.score / 100, ok)


def merged(results: list[Score]) -> dict[str, dict[float, Ratio]]:
    """The bands of several folders added up."""
    out: dict[str, dict[float, Ratio]] = {}
    for result in results:
        for kind, bands in result.bands.items():
            for edge, ratio in bands.items():
                cell = out.setdefault(kind, {}).setdefault(edge, Ratio())
                cell.right += ratio.right
                cell.total += ratio.total
    return out
