"""Helpers shared by the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_folder(root: Path, files: dict[str, bytes | str], **toml: str) -> Path:
    """A briefing folder with the given source files and TOML files (name without .toml)."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / "sources" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, text in toml.items():
        (root / f"{name}.toml").write_text(text, encoding="utf-8")
    return root


def wire_copies(root: Path, text: str) -> Path:
    """`root/sources/copy0..2.txt`: one wire story three times, its first quotation marked “…”, "…" and “…" in turn
    (`{q}` in `text` marks where the opening and closing marks go); returns `root`."""
    sources = root / "sources"
    sources.mkdir(parents=True)
    for n, mark in enumerate(["“", '"', "“"]):
        close = "”" if mark == "“" else mark
        (sources / f"copy{n}.txt").write_text(text.replace("{q}", mark, 1).replace("{q}", close, 1), encoding="utf-8")
    return root


def quotes_of(root: Path, article: str) -> tuple[dict[str, str | None], dict[str, str]]:
    """{quote text: speaker id} and {actor name: actor id} of a one-article folder, every quote's span checked
    to read back its text."""
    from briefing.load import load_briefing

    write_folder(root, {"a.txt": article})
    briefing = load_briefing(root, use_cache=False)
    text = briefing.sources[0].text
    for quote in briefing.quotes:
        assert text[quote.span.start:quote.span.end] == quote.span.text
    return {q.text: q.speaker for q in briefing.quotes}, {a.name: a.id for a in briefing.actors}


def speaker_named(root: Path, article: str, words: str) -> tuple[str | None, set[str]]:
    """The name of the speaker the one quote of `article` opening with `words` gets (None: speaker unknown), and
    every actor's name."""
    quotes, ids = quotes_of(root, article)
    names = {actor_id: name for name, actor_id in ids.items()}
    (speaker,) = [s for text, s in quotes.items() if text.startswith(words)]
    return (names.get(speaker) if speaker is not None else None), set(ids)


def load_articles(tmp_path_factory, name: str, articles: dict[str, str]):  # noqa: ANN001, ANN201
    """The briefing of a folder of the given articles (file name: text), made under `tmp_path_factory`."""
    from briefing.load import load_briefing

    return load_briefing(write_folder(tmp_path_factory.mktemp(name), articles))


def auto_people(briefing) -> dict:  # noqa: ANN001
    """The people extraction introduced, by name."""
    return {a.name: a for a in briefing.actors if a.origin == "auto" and a.kind == "person"}


def marked_lines(text: str) -> dict[str, bool]:
    """Each non-blank line of `text` (stripped) and whether furniture regions cover all its characters."""
    from briefing.load.extract.boilerplate import find_regions

    regions = find_regions(text)
    lines = {}
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            start, end = at + lead, at + len(line.rstrip())
            lines[line.strip()] = all(any(r.start <= i < r.end for r in regions)
                                      for i in range(start, end) if not text[i].isspace())
        at += len(line) + 1
    return lines


def load_sources(root: Path, **files: str):  # noqa: ANN201 - Briefing
    """The briefing of a folder whose `sources/` holds each given article (name: text), without the cache."""
    from briefing.load import load_briefing

    return load_briefing(write_folder(root, {f"{name}.txt": text for name, text in files.items()}), use_cache=False)


def dated_titles(briefing) -> list[tuple[str, str]]:  # noqa: ANN001
    """(date, the title's first three words) of every automatic event with a date, sorted."""
    return sorted((e.date.iso, " ".join(e.title.split()[:3])) for e in briefing.events
                  if e.origin == "auto" and e.date is not None)


def events_on(briefing, iso: str) -> list:  # noqa: ANN001
    """The automatic events dated `iso`."""
    return [e for e in briefing.events if e.origin == "auto" and e.date is not None and e.date.iso == iso]


def record_calls(monkeypatch, owner: Any, name: str, what: Callable[..., Any] | None = None) -> list:  # noqa: ANN001
    """`owner.name` wrapped for the test: each call appends `what(*args, **kwargs)` (by default its first
    argument) to the list returned, then runs as before."""
    done: list = []
    real = getattr(owner, name)

    def recorded(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        done.append(args[0] if what is None else what(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return done


def alias_texts(actor) -> list[str]:  # noqa: ANN001
    """An actor's aliases as the text writes them (the people tests' one reader of them)."""
    return [a.text for a in actor.aliases]


def people_of(root: Path, files: dict[str, str]):  # noqa: ANN201 - (people by name, the briefing)
    """The automatic people of a folder of `files` ({name: actor}), every mention's span checked to read back its
    text, and the briefing."""
    from briefing.load import load_briefing

    briefing = load_briefing(write_folder(root, files), use_cache=False)
    people = {a.name: a for a in briefing.actors if a.kind == "person" and a.origin == "auto"}
    for actor in people.values():
        for span in [m.span for m in briefing.mentions_of(actor.id)]:
            text = next(s.text for s in briefing.sources if s.file == span.source)
            assert text[span.start:span.end] == span.text
    return people, briefing


def furniture_covers(text: str, fragment: str) -> bool:
    """Whether every character of `fragment` (its first occurrence in `text`) lies in a furniture region."""
    from briefing.load.extract.boilerplate import find_regions

    at = text.index(fragment)
    regions = find_regions(text)
    return all(any(r.start <= i < r.end for r in regions) for i in range(at, at + len(fragment)))


def furniture_touches(text: str, fragment: str) -> bool:
    """Whether any furniture region overlaps `fragment` (its first occurrence in `text`)."""
    from briefing.load.extract.boilerplate import find_regions

    at = text.index(fragment)
    return any(r.start < at + len(fragment) and at < r.end for r in find_regions(text))


def speakers_by_opening(briefing, file: str = "a.txt") -> dict[str, str | None]:  # noqa: ANN001
    """{quotation's first 20 characters: speaker's name (None: unknown)} of one article of a loaded folder."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text[:20]: names.get(q.speaker) if q.speaker else None
            for q in briefing.quotes if q.span.source == file}


def positions_read(sentence: str, actors: list | None = None, issues: list | None = None,
                   headline: str = "Talks notes") -> dict:
    """{(side, issue, Stance): confidence} of the automatic positions of one article: `headline`, then `sentence`
    (the bundled actors and issues unless others are given)."""
    from briefing.load import _bundled_gazetteer
    from briefing.load.extract import extract
    from briefing.load.extract.boilerplate import find_regions
    from briefing.model import Source

    if actors is None or issues is None:
        bundled = _bundled_gazetteer()
        actors, issues = list(bundled[0]) if actors is None else actors, list(bundled[1]) if issues is None else issues
    text = f"{headline}\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance): p.confidence for p in extract([source], actors, issues, workers=1).positions}


#: An invented folder's sides and issues: a council and a binworkers' union in a strike (positions42/43).
STRIKE_SIDES = """[[side]]
id = "council"
label = "Eastbridge council"
letter = "C"
key = "C"
negotiating = true
cues = ["council", "Eastbridge Council", "Marlow"]

[[side]]
id = "union"
label = "Binworkers' union"
letter = "U"
key = "U"
negotiating = true
cues = ["union", "GLU", "Okafor"]
"""
STRIKE_ISSUES = """[[issue]]
id = "offer"
name = "The council's offer"
proposition = "The union accepts the council's offer"
keywords = ["the offer", "pay offer"]

[[issue]]
id = "strike"
name = "The strike"
proposition = "The strike continues"
keywords = ["strike", "strikes", "strike action"]
"""
