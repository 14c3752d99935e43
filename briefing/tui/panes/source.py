"""Source pane: one article, its evidence span highlighted, actor mentions marked, boilerplate dimmed."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from briefing.cite import outlet_label
from briefing.model import Briefing, Source, SourcePart, Span
from briefing.tui.state import Filter
from briefing.tui.view import side_style
from briefing.tui.widgets import Pane
from briefing.tui.wrapped import WrappedList


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    label: str = ""  # set for the region labels shown before boilerplate / off-topic text


def split_lines(source: Source) -> list[Line]:
    """Non-blank lines with their offsets, plus a label line where each region starts."""
    lines: list[Line] = []
    starts = {r.start: r for r in source.regions}
    offset = 0
    labelled: set[int] = set()
    for raw in source.text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        if not raw.strip():
            continue
        for region_start, region in starts.items():
            if region_start not in labelled and region_start < end:
                labelled.add(region_start)
                lines.append(Line(region_start, region_start, f"{region.kind}: {region.label}"))
        lines.append(Line(start, end))
    return lines


class SourceBody(WrappedList):
    """The article, one wrapped line per paragraph; the line under the cursor is the passage."""

    COMPONENT_CLASSES = {*WrappedList.COMPONENT_CLASSES, "source--evidence", "source--hit", "source--region",
                         "source--label"}


class SourcePane(Pane):
    """Posts `CitationsRequested` for the passage under the cursor."""

    TITLE = "4 Source"
    BINDINGS = [
        Binding("c", "citations", "Cited by", id="source.citations"),
        Binding("greater_than_sign", "article(1)", "Next article", show=False, key_display=">",
                id="source.next-article"),
        Binding("less_than_sign", "article(-1)", "Previous article", show=False, key_display="<",
                id="source.previous-article"),
    ]

    class ArticleStep(Message):
        """The reader asks for the next (step 1) or previous (-1) article after `file`."""

        def __init__(self, file: str | None, step: int) -> None:
            super().__init__()
            self.file = file
            self.step = step

    class CitationsRequested(Message):
        def __init__(self, file: str, start: int, end: int) -> None:
            super().__init__()
            self.file = file
            self.start = start
            self.end = end

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.file: str | None = None
        self.highlight: Span | None = None
        self.highlight_kind = "evidence"
        self.filter = Filter()
        self.lines: list[Line] = []
        self.hits: dict[str, list[Span]] = {}  # the find's hits, by file: all of them marked
        self._base: list[Text] = []
        self._styles: dict = {}

    def compose(self) -> ComposeResult:
        yield Static(id="source-header", classes="detail")
        yield SourceBody(id="source-body")

    @property
    def body(self) -> SourceBody:
        return self.query_one(SourceBody)

    # ---- methods the app calls ---------------------------------------------------------------
    def show(self, file: str, highlight: Span | None = None, kind: str = "evidence") -> None:
        """Show `file`, highlight `highlight` (evidence or a search hit) and scroll it into view."""
        source = self.briefing.source(file)
        if source is None:
            return
        changed = file != self.file
        old = self._highlighted_lines()
        self.file, self.highlight, self.highlight_kind = file, highlight, kind
        if changed:
            self.lines = split_lines(source)
            self._render_all(source)
        else:
            self._render_some(source, old | self._highlighted_lines())
        if highlight is not None:
            self.move_to(highlight.start)
        elif changed:
            self.body.highlighted = 0 if self.lines else None
        if changed or source.parts:  # (the part under the cursor is in the header)
            self._header(source)

    def set_hits(self, hits: list[Span]) -> None:
        """Mark every hit of a find (none: unmark them)."""
        by_file: dict[str, list[Span]] = {}
        for hit in hits:
            by_file.setdefault(hit.source, []).append(hit)
        changed = self.file is not None and (by_file.get(self.file) or self.hits.get(self.file))
        self.hits = by_file
        source = self.briefing.source(self.file or "")
        if changed and source is not None:
            self._render_all(source, restyle=True)  # (the list keeps its scroll: the reader stays there)

    def set_filter(self, flt: Filter) -> None:
        if flt == self.filter:
            return
        self.filter = flt
        source = self.briefing.source(self.file or "")
        if source is not None:
            self._render_all(source, restyle=True)  # (the list keeps its scroll: the reader stays there)

    def move_to(self, offset: int) -> None:
        for index, line in enumerate(self.lines):
            if not line.label and line.start <= offset <= line.end:
                self.body.highlighted = index
                self.body.center_highlight()
                return

    @property
    def passage(self) -> tuple[str, int, int] | None:
        """File and offsets of the line under the cursor."""
        index = self.body.highlighted
        if self.file is None or index is None or index >= len(self.lines):
            return None
        line = self.lines[index]
        return self.file, line.start, line.end

    def actor_under_cursor(self) -> str | None:
        passage = self.passage
        if passage is None:
            return None
        file, start, end = passage
        for mention in self.briefing.mentions_in(file):
            if mention.span.start < end and start < mention.span.end:
                return mention.actor
        return None

    # ---- rendering -----------------------------------------------------------------------------
    def on_show(self) -> None:
        self.call_after_refresh(self.body.center_highlight)

    def on_wrapped_list_highlighted(self, message: WrappedList.Highlighted) -> None:
        message.stop()
        source = self.briefing.source(self.file or "")
        if source is not None and source.parts:
            self._header(source)

    def _part(self, source: Source) -> SourcePart | None:
        passage = self.passage
        offset = passage[1] if passage else 0
        current = None
        for part in source.parts:
            if part.start <= offset:
                current = part
        return current

    def _header(self, source: Source) -> None:
        header = Text()
        header.append(outlet_label(source.outlet), style="bold")
        header.append("  ·  ")
        header.append(source.published.display.strip() if source.published else "undated", style="bold")
        if source.published_basis not in ("", "unknown"):
            header.append(f" ({source.published_basis})", style="dim")
        header.append(f"  ·  {source.file.split('_', 1)[0]}", style="dim")
        header.append("\n")
        header.append(source.headline or source.file, style="italic")
        part = self._part(source)
        if part is not None:
            header.append(f"\npart {source.parts.index(part) + 1}/{len(source.parts)}: ", style="bold")
            header.append(outlet_label(part.outlet), style="bold")
            header.append("  ·  " + (part.published.display.strip() if part.published else "undated"))
            if part.headline:
                header.append("  ·  ")
                header.append(part.headline, style="italic")
        for note in source.notes:
            header.append(f"\n! {note}", style="bold")
        box = self.query_one("#source-header", Static)
        rows = min(4, header.plain.count("\n") + 1) + 1  # a row a line (no wrap), and its rule
        if box.styles.height is None or box.styles.height.value != rows:
            box.styles.height = rows  # set here, with the text: Textual need not measure it (a layout only then)
        box.update(header, layout=False)  # the same rows: a repaint, not a layout of the screen
        self.set_subtitle(escape(source.file))  # titles are markup: file names are not

    def _render_all(self, source: Source, restyle: bool = False) -> None:
        """Build every line: regions dimmed, mentions marked (cached), then the highlight on top. `restyle`:
        the same article, other marks (the list keeps where its rows break)."""
        body = self.body
        self._styles = {name: body.get_component_rich_style(name, partial=True) for name in body.COMPONENT_CLASSES}
        self._base = self._base_lines(source)
        texts = [self._line(index) for index in range(len(self.lines))]
        if restyle:
            body.restyle(texts)
        else:
            body.set_lines(texts, [not line.label for line in self.lines], body.highlighted)

    def _render_some(self, source: Source, indexes: set[int]) -> None:
        for index in sorted(indexes):
            if index < len(self.lines):
                self.body.replace_line(index, self._line(index))

    def _line(self, index: int) -> Text:
        line = self.lines[index]
        if line.label:
            return Text(f"── {line.label} ──", style=self._styles["source--label"])
        text = self._base[index]
        if self.highlight is not None and self.highlight.source == self.file and index in self._highlighted_lines():
            text = text.copy()
            name = "source--hit" if self.highlight_kind == "hit" else "source--evidence"
            self._stylize(text, line, self.highlight.start, self.highlight.end, self._styles[name])
        return text

    def _highlighted_lines(self) -> set[int]:
        span = self.highlight
        if span is None or span.source != self.file:
            return set()
        return {i for i, line in enumerate(self.lines) if line.start < span.end and span.start < line.end}

    def _base_lines(self, source: Source) -> list[Text]:
        flt, briefing = self.filter, self.briefing
        sides = {a.id: a.side for a in briefing.actors}
        underline = {side.id: f"underline {side_style(briefing, side.id)}" for side in briefing.sides}
        mentions = [
            m for m in briefing.mentions_in(source.file)  # sorted by start
            if flt.allows_origin(m.origin) and (not flt.active or flt.matches({sides.get(m.actor)}, (m.actor,)))
        ]
        base: list[Text] = []
        first = first_hit = 0
        hits = self.hits.get(source.file, [])
        for line in self.lines:
            text = Text(source.text[line.start:line.end])
            base.append(text)
            if line.label:
                continue
            for region in source.regions:
                self._stylize(text, line, region.start, region.end, self._styles["source--region"])
            while first < len(mentions) and mentions[first].span.end <= line.start:
                first += 1
            for mention in mentions[first:]:
                if mention.span.start >= line.end:
                    break
                side = sides.get(mention.actor)
                style = underline.get(side) or (f"underline {side_style(briefing, side)}" if side else "underline")
                self._stylize(text, line, mention.span.start, mention.span.end, style)
            while first_hit < len(hits) and hits[first_hit].end <= line.start:
                first_hit += 1
            for hit in hits[first_hit:]:  # (in source order, as the mentions: one pass over both)
                if hit.start >= line.end:
                    break
                self._stylize(text, line, hit.start, hit.end, self._styles["source--hit"])
        return base

    @staticmethod
    def _stylize(text: Text, line: Line, start: int, end: int, style) -> None:  # noqa: ANN001
        lo, hi = max(start, line.start), min(end, line.end)
        if lo < hi:
            text.stylize(style, lo - line.start, hi - line.start)

    # ---- actions -------------------------------------------------------------------------------
    def action_article(self, step: int) -> None:
        self.post_message(self.ArticleStep(self.file, step))

    def action_citations(self) -> None:
        passage = self.passage
        if passage is not None:
            self.post_message(self.CitationsRequested(*passage))
