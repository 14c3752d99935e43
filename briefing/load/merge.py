"""Curated TOML and automatic extraction meet here: automatic items fill in what curation did not cover,
and curated items win wherever both speak of the same thing (the last stage of a load, see load_briefing)."""

from __future__ import annotations

import bisect
import hashlib
from pathlib import Path
from typing import Protocol

from briefing.load.claims import merge_positions, merge_quotes
from briefing.load.curated import Curated
from briefing.load.extract import Extracted
from briefing.load.extract.anchoring import Anchor as DateAnchor
from briefing.load.extract.discrepancies import pubdate_conflicts
from briefing.load.extract.events import content_words, jaccard
from briefing.load.extract.metadata import AutoMeta
from briefing.load.extract.person_spellings import joined
from briefing.load import fit as fit_rules
from briefing.load.fit import bundled_issues_fit, bundled_sides_fit
from briefing.load.restates import restates
from briefing.model import (
    Actor,
    Briefing,
    Event,
    Issue,
    Mentions,
    MentionsBuilder,
    Problem,
    Side,
    Source,
    Span,
)


class FitMemo(Protocol):
    """Where the fit of the bundled sides and issues is kept (briefing.load.store.ArticleMemo)."""

    def fit_known(self, digest: bytes) -> object | None:
        """The fit kept for the inputs of this digest, or None."""

    def learned_fit(self, digest: bytes, fit: tuple[bool, bool]) -> None:
        """Keep `fit` for the inputs of this digest."""


def combine(folder: Path, curated: Curated, found: Extracted, sources: list[Source], actors: list[Actor],  # noqa: PLR0913
            mentions: Mentions, gazetteer: list[Actor], issues: list[Issue], metas: dict[str, AutoMeta],
            own_gazetteer: bool, problems: list[Problem], fits: FitMemo | None = None) -> Briefing:
    """The briefing of `folder` from its curated items and what extraction `found` over its `sources`. `fits`:
    where whether the bundled sides and issues fit the folder is kept (by what the fit reads: see `_fits`)."""
    sources = [_anchored(source, found.anchors.get(source.file)) for source in sources]
    conflicts = [c for m in metas.values() for c in m.conflicts]
    found.discrepancies = pubdate_conflicts(conflicts) + found.discrepancies
    mentions = _merge_mentions(mentions, found.mentions, {s.file: s.text for s in sources})
    if not own_gazetteer:
        actors = _used_actors(gazetteer, mentions)
    actors = joined(list(actors), found.people)  # (a known person's other spellings join them)
    actors = [a.model_copy(update={"aliases": a.aliases + tuple(found.variants[a.id])}) if a.id in found.variants
              else a for a in actors]
    curated_words = {e.id: content_words(" ".join([e.title, e.summary] + [s.text for s in e.evidence]))
                     for e in curated.events}
    curated_by_date: dict[str, list[Event]] = {}
    cited_events: dict[str, list[Span]] = {}
    for event in curated.events:
        curated_by_date.setdefault(event.date.iso, []).append(event)
        for span in event.evidence:
            cited_events.setdefault(span.source, []).append(span)
    people = {a.id for a in actors if a.kind == "person"}
    events = list(curated.events) + [e for e in found.events
                                     if not _duplicate_event(e, curated_by_date, cited_events, curated_words)
                                     and not (e.date.iso in curated_by_date
                                              and restates(e, curated_by_date[e.date.iso], people))]
    sides_fit, issues_fit = _fits(not curated.own_sides and not curated.positions,
                                  not (folder / "issues.toml").exists(), curated.sides, issues, actors, sources,
                                  mentions, fits)
    sides = curated.sides
    if not sides_fit:
        # Another story's parties: this story's sides as the matrix's columns would be a matrix of guesses. Its
        # people keep the sides their cues give; the positions pane says how to name the folder's own.
        sides = _not_negotiating(sides)
        found.positions = []
    if not issues_fit:
        # Another story: this story's questions would be a matrix of guesses. The pane says how to add its own.
        issues = []
        found.events = [e.model_copy(update={"issues": ()}) if e.issues else e for e in found.events]
        found.positions = []
    quoted = [c.span for c in curated.quotes]
    quotes = list(curated.quotes) + [q for q in found.quotes if not _overlaps(q.span, quoted)]
    cells = {(p.side, p.issue) for p in curated.positions}
    cited = [s for p in curated.positions for s in p.evidence]
    positions = list(curated.positions) + [p for p in found.positions if (p.side, p.issue) not in cells
                                           and not (cited and any(_overlaps(s, cited) for s in p.evidence))]
    disc_cited = [s for d in curated.discrepancies for s in d.evidence]
    discrepancies = list(curated.discrepancies) + [
        d for d in found.discrepancies if not any(_overlaps(s, disc_cited) for s in d.evidence)]
    if not found.merged:  # (merged already: no curated quote or position, see Extracted.merged)
        positions, quotes = merge_positions(positions), merge_quotes(quotes)
    return briefing_of(folder, sides, sources, actors, issues, events, positions, quotes, discrepancies, mentions,
                       problems, unknown_names=found.unknown_names)


def briefing_of(folder, sides, sources, actors, issues, events, positions, quotes, discrepancies,  # noqa: ANN001, PLR0913
                mentions, problems, unknown_names=()) -> Briefing:  # noqa: ANN001
    # Every record was built (and validated where it came from TOML) above: no second pass over them.
    return Briefing.model_construct(
        data_dir=str(folder),
        sides=tuple(sides),
        sources=tuple(sources),
        actors=tuple(actors),
        issues=tuple(issues),
        events=tuple(sorted(events, key=lambda e: (e.date.reading_key, e.id))),  # undated days after their period
        positions=tuple(positions),
        quotes=tuple(quotes),
        discrepancies=tuple(discrepancies),
        mentions=mentions,
        problems=tuple(problems),
        unknown_names=tuple(unknown_names),
    )


def _anchored(source: Source, anchor: DateAnchor | None) -> Source:
    """An undated source dated by the events it shares with dated sources (low confidence, noted) when
    they fix one day; when they only bound it, it stays undated, the bounds in its note."""
    if anchor is None or source.published is not None:
        return source
    if anchor.latest != anchor.date:
        if source.published_note.startswith("prints "):  # what the page prints and why it dates nothing stays
            return source.model_copy(update={"published_note": f"{source.published_note}; {anchor.reason}"})
        return source.model_copy(update={"published_note": anchor.note + "; left undated (no single day)"})
    return source.model_copy(update={
        "published": anchor.date, "published_basis": "inferred", "published_note": anchor.note,
        "published_evidence": anchor.evidence, "meta_origin": "auto", "meta_confidence": anchor.confidence,
        "meta_rule": "meta:anchored-by-event"})


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(o.source == span.source and o.start < span.end and span.start < o.end for o in others)


def _fits(check_sides: bool, check_issues: bool, sides: tuple[Side, ...], issues: list[Issue],  # noqa: PLR0913
          actors: list[Actor], sources: list[Source], mentions: Mentions, memo: FitMemo | None) -> tuple[bool, bool]:
    """(whether the bundled sides fit the folder, whether the bundled issues do): True where not asked
    (`check_sides`, `check_issues`). Both read only the first _FIT_SAMPLE sources, so a folder that grows
    by files sorting last keeps its fit: it is kept in `memo` under a digest of everything the fit reads
    (what is asked, the sides, the issues, every name and alias of the actors, which the party finder
    leaves to them, and the sample's files, bytes and the side of each actor each of them names), and taken
    from there when that is the same."""
    def work_out() -> tuple[bool, bool]:
        sides_fit = not check_sides or bundled_sides_fit(sides, actors, sources, mentions)
        fitted = sides if sides_fit else _not_negotiating(sides)
        return sides_fit, not check_issues or bundled_issues_fit(issues, fitted, actors, sources, mentions)

    if memo is None or not (check_sides or check_issues):
        return work_out()
    from briefing.load.extract.parties import PartyFinder

    digest = hashlib.sha256()
    side_of = {a.id: a.side for a in actors}
    what = [check_sides, check_issues, repr(tuple(sides)), repr(tuple(issues)),
            sorted(PartyFinder(sides, actors).known)]
    sample = sources[:fit_rules._FIT_SAMPLE]  # noqa: SLF001 - (read at each call: tests make it small)
    for source in sample:  # (the actors read from the mention columns: no record made for 200 sources a load)
        what += [source.file, source.sha256, [side_of.get(actor) for actor in mentions.actors_in(source.file)]]
    digest.update(repr(what).encode("utf-8", "surrogateescape"))
    kept = memo.fit_known(digest.digest())
    if type(kept) in (tuple, list) and len(kept) == 2 and all(type(b) is bool for b in kept):  # type: ignore[arg-type]
        return kept[0], kept[1]  # type: ignore[index]
    fit = work_out()
    memo.learned_fit(digest.digest(), fit)
    return fit


def _not_negotiating(sides: tuple[Side, ...]) -> tuple[Side, ...]:
    return tuple(s.model_copy(update={"negotiating": False}) if s.negotiating else s for s in sides)


def _merge_mentions(curated: Mentions, auto: Mentions, texts: dict[str, str]) -> Mentions:
    """Curated alias mentions win; automatic ones fill the gaps (fuzzy variants, folders without actors.toml)."""
    if not curated:
        return auto  # nothing to win over (a folder without actors.toml)
    merged = MentionsBuilder(texts)
    for file in texts:  # one source's records at a time
        found = curated.in_file(file)  # sorted by start, never overlapping (one regex's matches)
        starts = [m.span.start for m in found]
        replaced: set[int] = set()
        added = []
        for mention in auto.in_file(file):
            span = mention.span
            inside = []
            at = bisect.bisect_left(starts, span.end) - 1
            while at >= 0 and found[at].span.end > span.start:
                inside.append(found[at])
                at -= 1
            if not inside:
                added.append(mention)
            elif mention.rule == "actor:fuzzy" and all(
                    m.actor == mention.actor and span.start <= m.span.start and m.span.end <= span.end
                    and (m.span.end - m.span.start) < (span.end - span.start) for m in inside):
                # "Vladmir Putin" (fuzzy) covers the curated "Putin": the longer variant is the mention.
                replaced.update(id(m) for m in inside)
                added.append(mention)
        for mention in found:
            if id(mention) not in replaced:
                merged.add_mention(mention)
        for mention in added:
            merged.add_mention(mention)
    return merged.build()


def _used_actors(gazetteer: list[Actor], mentions: Mentions) -> list[Actor]:
    """The fallback gazetteer's actors that occur, each alias with its first occurrence as evidence."""
    first = mentions.first_spans()
    used = {actor for actor, _alias in first}
    return [
        actor.model_copy(update={"aliases": tuple(
            alias.model_copy(update={"evidence": (first[(actor.id, alias.text)],)})
            for alias in actor.aliases if (actor.id, alias.text) in first)})
        for actor in gazetteer if actor.id in used
    ]


def _duplicate_event(event: Event, by_date: dict[str, list[Event]], cited: dict[str, list[Span]],
                     words_of: dict[str, frozenset[str]]) -> bool:
    """Curated wins: an automatic event citing a passage a curated event cites, or one of the same day
    with an actor in common and similar words."""
    if any(_overlaps(span, cited.get(span.source, [])) for span in event.evidence):
        return True
    others = by_date.get(event.date.iso)
    if not others:
        return False
    words = content_words(" ".join(s.text for s in event.evidence))
    return any(set(other.actors) & set(event.actors) and jaccard(words, words_of[other.id]) >= 0.15
               for other in others)
