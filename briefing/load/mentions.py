"""Actor mentions: every occurrence of a curated alias, as a span, longest alias first."""

from __future__ import annotations

import re

from briefing.model import Actor, Mentions, MentionsBuilder, Problem, Source, Span


def alias_pattern(actors: list[Actor]) -> re.Pattern[str] | None:
    """One regex over every alias, longest first, whole words, case-sensitive."""
    texts = sorted({alias.text for actor in actors for alias in actor.aliases}, key=len, reverse=True)
    if not texts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(t) for t in texts) + r")(?![\w])")


def find_mentions(
    actors: list[Actor], sources: list[Source], problems: list[Problem], actors_file: str = "actors.toml"
) -> tuple[list[Actor], Mentions]:
    """Mentions outside boilerplate regions, and each actor with its aliases' evidence filled in."""
    pattern = alias_pattern(actors)
    owner = {alias.text: actor.id for actor in actors for alias in actor.aliases}
    mentions = MentionsBuilder({source.file: source.text for source in sources})
    evidence: dict[str, list[Span]] = {}
    if pattern is not None:
        for source in sources:
            seen_here: set[str] = set()
            for match in pattern.finditer(source.text):
                text, start, end = match.group(0), match.start(), match.end()
                if text not in seen_here:
                    seen_here.add(text)
                    evidence.setdefault(text, []).append(Span(source=source.file, start=start, end=end, text=text))
                if not source.in_region(start, end):
                    mentions.add(source.file, start, end, owner[text], text)
    for actor in actors:
        for alias in actor.aliases:
            if alias.text in evidence:
                continue
            # Shadowed by a longer alias everywhere it occurs ("Putin" inside "Vladimir Putin")?
            solo = re.compile(r"(?<![\w])" + re.escape(alias.text) + r"(?![\w])")
            for source in sources:
                match = solo.search(source.text)
                if match:
                    evidence[alias.text] = [Span(source=source.file, start=match.start(), end=match.end(),
                                                 text=match.group(0))]
                    break
            else:
                kind = "misspelling" if alias.misspelling else "alias"
                problems.append(Problem(file=actors_file,
                                        message=f"[[actor]] {actor.id}: {kind} {alias.text!r} occurs in no source"))
    updated = [
        actor.model_copy(update={"aliases": tuple(
            alias.model_copy(update={"evidence": tuple(evidence.get(alias.text, ()))})
            for alias in actor.aliases if alias.text in evidence
        )})
        for actor in actors
    ]
    return updated, mentions.build()
