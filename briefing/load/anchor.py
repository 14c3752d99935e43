"""Evidence anchoring: `{source, text}` items of the annotations resolved to exact spans of the sources."""

from __future__ import annotations

from briefing.load.spans import SpanFinder
from briefing.load.toml_file import Item
from briefing.model import Span


class Anchor:
    """Resolves `{source, text}` evidence against the loaded sources."""

    def __init__(self, finders: dict[str, SpanFinder]) -> None:
        self.finders = finders
        self._by_prefix: dict[str, list[str]] = {}
        for file in finders:
            self._by_prefix.setdefault(file.split("_", 1)[0], []).append(file)
            stem = file.rsplit(".", 1)[0]
            if stem != file:
                self._by_prefix.setdefault(stem, []).append(file)

    def resolve_source(self, ref: str) -> str | None:
        if ref in self.finders:
            return ref
        matches = self._by_prefix.get(ref, [])
        return matches[0] if len(matches) == 1 else None

    def span(self, item: Item, source_ref: str, text: str, nth: int = 1, key: str = "evidence") -> Span | None:
        file = self.resolve_source(source_ref)
        if file is None:
            item.problem(f"unknown source {source_ref!r} (no such file in sources/)", key=key, needle=source_ref)
            return None
        finder = self.finders[file]
        found = finder.find(text, nth)
        if found is None and nth > 1 and (count := len(finder.find_all(text))):
            times = "once" if count == 1 else f"{count} times"
            item.problem(f"occurrence {nth} of {text[:80]!r} not found in {file}; the text occurs {times}",
                         key=key, needle=text)
            return None
        if found is None:
            closest = finder.closest(text)
            hint = f"; closest passage ({closest.score:.0f}%): {closest.text[:120]!r}" if closest else ""
            item.problem(f"excerpt not found in {file}: {text[:80]!r}{hint}", key=key, needle=text)
            return None
        start, end = found
        return Span(source=file, start=start, end=end, text=finder.text[start:end])

    @staticmethod
    def valid_nth(item: Item, nth: object, key: str, needle: str | None = None) -> bool:
        """`nth` counts occurrences from 1: anything else (0, -5, 1.5, true) is a problem, not a guess."""
        if isinstance(nth, int) and not isinstance(nth, bool) and nth >= 1:
            return True
        item.problem(f"nth must be a positive whole number (1 for the first occurrence), not {nth!r}; "
                     "evidence skipped", key=key, needle=needle)
        return False

    def evidence(self, item: Item, default_source: str | None = None, key: str = "evidence") -> tuple[Span, ...]:
        spans: list[Span] = []
        for entry in item.tables(key):
            unknown = set(entry) - {"source", "text", "nth"}
            if unknown:
                item.problem(f"unknown key(s) in {key}: {', '.join(sorted(unknown))}", key=key)
            source = entry.get("source", default_source)
            text = entry.get("text")
            nth = entry.get("nth", 1)
            if not isinstance(source, str) or not isinstance(text, str):
                item.problem(f"each {key} item needs source (string) and text (string)", key=key)
                continue
            if not self.valid_nth(item, nth, key=key, needle=text):
                continue
            span = self.span(item, source, text, nth, key=key)
            if span is not None:
                spans.append(span)
        return tuple(spans)
