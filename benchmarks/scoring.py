"""Score a loaded briefing against hand labels (the dev set's labels.toml, or a written article's labels).

The label format is documented in tests/data/articles/README.md. Every figure is a (right, out of) pair so a
test can hold it at a floor and a report can print it. Nothing here changes what the briefing extracts.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.model import Actor, Briefing, Quote, Source, Span
from briefing.model.confidence import HIDE_BELOW, threshold

UNKNOWN = "unknown"
NONE = "none"
#: Confidence bands reported per kind (lower edges); an item falls in the highest band not above it.
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
#: A kind's own further edges: positions of the strict shape (briefing/load/extract/strict_shape.py) carry 0.95.
KIND_BANDS = {"position": (*BANDS, 0.95)}
#: The kinds of item the bands are reported for, in report order.
KINDS = ("quote", "event", "position", "mention", "alias")


class LabelError(ValueError):
    """A label that does not locate its text (names the file and the fragment)."""


# --- labels -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Located:
    start: int
    end: int


@dataclass(frozen=True)
class QuoteLabel:
    at: Located
    fragment: str
    speaker: str | None  # None: the text does not say who
    optional: bool = False
    #: For a quote inside a quote: a fragment of the outer quotation (a quote covering both is the outer one).
    within: Located | None = None


@dataclass(frozen=True)
class EventLabel:
    at: Located
    what: str
    date: str | None  # ISO at its precision; None: the text gives no date a reader could rely on
    listed: bool = True


@dataclass(frozen=True)
class PositionLabel:
    at: Located
    side: str
    issue: str
    stance: str  # for / against / conditional / open / none


#: Stance words of any vocabulary mapped to the label families (for/against/conditional/open/none).
STANCE_FAMILY = {"supports": "for", "proposes": "for", "demands": "for", "for": "for",
                 "opposes": "against", "rejects": "against", "against": "against",
                 "conditional": "conditional", "open": "open", "none": "none"}


@dataclass(frozen=True)
class PersonLabel:
    name: str
    side: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FurnitureLabel:
    at: Located  # the whole lines
    fragment: str
    lines: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ArticleLabels:
    file: str
    published: str | None
    quotes: tuple[QuoteLabel, ...] = ()
    events: tuple[EventLabel, ...] = ()
    people: tuple[PersonLabel, ...] = ()
    furniture: tuple[FurnitureLabel, ...] = ()
    positions: tuple[PositionLabel, ...] = ()


def _locate(text: str, fragment: str, nth: int | None, where: str) -> Located:
    if not fragment:
        raise LabelError(f"{where}: empty fragment")
    hits, pos = [], 0
    while (at := text.find(fragment, pos)) >= 0:
        hits.append(at)
        pos = at + 1
    if not hits:
        raise LabelError(f"{where}: {fragment!r} is not in the text")
    if nth is None and len(hits) > 1:
        raise LabelError(f"{where}: {fragment!r} occurs {len(hits)} times; give nth")
    index = nth or 0
    if index >= len(hits):
        raise LabelError(f"{where}: {fragment!r} has no occurrence {index}")
    start = hits[index]
    # The core: the fragment without quotation marks or space around it (a quote's span may exclude them).
    core = fragment.strip(" \n\"'“”‘’")
    offset = fragment.find(core) if core else 0
    return Located(start + offset, start + offset + len(core or fragment))


def _lines(text: str, at: int, count: int) -> tuple[tuple[int, int], ...]:
    start = text.rfind("\n", 0, at) + 1
    lines = []
    for _ in range(count):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((start, end))
        if end >= len(text):
            break
        start = end + 1
    return tuple(lines)


def _date(value: str, where: str) -> str | None:
    value = value.strip()
    if value.lower() == NONE:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise LabelError(f"{where}: date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or none")
    return value


def parse_labels(data: dict, texts: dict[str, str], origin: str) -> list[ArticleLabels]:
    """Labels of each article, every fragment located in its text (LabelError when one is not)."""
    articles = []
    for entry in data.get("article", []):
        file = entry["file"]
        if file not in texts:
            raise LabelError(f"{origin}: no source {file!r}")
        text = texts[file]
        where = f"{origin} {file}"
        quotes = tuple(
            QuoteLabel(_locate(text, q["fragment"], q.get("nth"), where), q["fragment"],
                       None if q["speaker"].strip().lower() == UNKNOWN else q["speaker"].strip(),
                       bool(q.get("optional", False)),
                       _locate(text, q["within"], None, where) if q.get("within") else None)
            for q in entry.get("quote", []))
        events = tuple(
            EventLabel(_locate(text, e["fragment"], e.get("nth"), where), e.get("what", e["fragment"]),
                       _date(e["date"], where), bool(e.get("listed", True)))
            for e in entry.get("event", []))
        people = tuple(PersonLabel(p["name"], p.get("side", ""), tuple(p.get("aliases", ())))
                       for p in entry.get("person", []))
        furniture = []
        for f in entry.get("furniture", []):
            at = _locate(text, f["fragment"], f.get("nth"), where)
            lines = _lines(text, at.start, int(f.get("lines", 1)))
            if f.get("part"):  # furniture inside a line of article text: the fragment alone
                lines = ((at.start, at.end),)
            elif f.get("to_line_end"):  # from the fragment to the end of its line (a caption after body text)
                lines = ((at.start, lines[0][1]),)
            furniture.append(FurnitureLabel(Located(lines[0][0], lines[-1][1]), f["fragment"], lines))
        positions = []
        for p in entry.get("position", []):
            if p["stance"] not in STANCE_FAMILY:
                raise LabelError(f"{where}: stance {p['stance']!r} is not one of {sorted(set(STANCE_FAMILY.values()))}")
            positions.append(PositionLabel(_locate(text, p["fragment"], p.get("nth"), where), p["side"], p["issue"],
                                           STANCE_FAMILY[p["stance"]]))
        articles.append(ArticleLabels(file, _date(entry.get("published", NONE), where), quotes, events, people,
                                      tuple(furniture), tuple(positions)))
    return articles


def read_labels(path: Path, texts: dict[str, str]) -> list[ArticleLabels]:
    return parse_labels(tomllib.loads(path.read_text(encoding="utf-8")), texts, path.name)


# --- names --------------------------------------------------------------------------------------------
def _norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"[.\u2019']", "", name)
    name = re.sub(r"[^a-z0-9]+", " ", name).strip()
    # One transliteration family: Zelenskyy / Zelenskiy / Zelensky, Andrii / Andriy.
    return re.sub(r"(?:iy|yy|ii|yi)\b", "y", name)


def _actor_names(actor: Actor) -> set[str]:
    return {_norm(actor.name)} | {_norm(a.text) for a in actor.aliases if not a.misspelling}


#: A title before a name, which the name without it still names ("Pope Leo XIV" and "Leo XIV").
_TITLE = re.compile(r"^(?:pope|president|king|queen|prince|princess|cardinal|sheikh|emir|mr|mrs|ms|dr|sir|"
                    r"col|colonel|gen|general)\s+(?=\S)")


def _untitled(names: set[str]) -> set[str]:
    return {_TITLE.sub("", name) for name in names}


def names_match(label: str, aliases: Iterable[str], actor: Actor) -> bool:
    """The actor is the labelled one: same name or alias (accents, dots and transliteration aside, and a title
    before either), or the same surname and first initial."""
    names = _actor_names(actor)
    wanted = {_norm(label)} | {_norm(a) for a in aliases}
    if wanted & names or _untitled(wanted) & _untitled(names):
        return True
    a, b = _norm(label).split(), _norm(actor.name).split()
    return len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[0][0] == b[0][0]


# --- figures ------------------------------------------------------------------------------------------
@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.right}/{self.total})" if self.total else "n/a (0/0)"


@dataclass
class Score:
    """Figures of one labelled folder; `notes` lists what went wrong, for a reader."""

    quote_precision: Ratio = field(default_factory=Ratio)  # attributions made that are right
    quote_recall: Ratio = field(default_factory=Ratio)  # labelled quotes with a speaker, found with that speaker
    quote_found: Ratio = field(default_factory=Ratio)  # labelled quotes covered by an automatic quote
    quote_unknown_kept: Ratio = field(default_factory=Ratio)  # "unknown"-labelled quotes shown without a speaker
    quote_unlabelled: int = 0  # automatic quotes with a speaker that cover no labelled quote
    event_precision: Ratio = field(default_factory=Ratio)  # automatic events (judgeable) with the right date
    event_unjudged: int = 0  # automatic events whose evidence holds no labelled date
    event_recall: Ratio = field(default_factory=Ratio)  # listed, dated labelled events found with that date
    position_precision: Ratio = field(default_factory=Ratio)  # judged automatic positions: side, issue, stance right
    position_unjudged: int = 0  # automatic positions whose evidence holds no labelled position
    position_recall: Ratio = field(default_factory=Ratio)  # labelled positions found (side, issue and stance)
    pub_right: int = 0
    pub_wrong: int = 0
    pub_missed: int = 0
    pub_undated_ok: int = 0
    people_recall: Ratio = field(default_factory=Ratio)  # (article, person outside the gazetteer) made actors
    people_precision: Ratio = field(default_factory=Ratio)  # new person actors that are labelled people
    people_side: Ratio = field(default_factory=Ratio)  # found new people placed on a side: the labelled one
    people_unplaced: int = 0  # found new people with a labelled side whom the text left unplaced
    furniture_blocks: Ratio = field(default_factory=Ratio)
    furniture_lines: Ratio = field(default_factory=Ratio)
    furniture_cited: int = 0  # claims whose evidence overlaps a labelled furniture line
    spans: Ratio = field(default_factory=Ratio)
    bands: dict[str, dict[float, Ratio]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def pub_figure(self) -> Ratio:
        return Ratio(self.pub_right, self.pub_right + self.pub_wrong + self.pub_missed)

    def band(self, kind: str, confidence: float, ok: bool) -> None:
        edge = max(b for b in KIND_BANDS.get(kind, BANDS) if b <= confidence + 1e-9)
        self.bands.setdefault(kind, {}).setdefault(edge, Ratio()).add(ok)

    def figures(self) -> dict[str, float]:
        """The figures a test holds at a floor (all higher-is-better, in [0, 1])."""
        pub_judged = self.pub_right + self.pub_wrong + self.pub_missed + self.pub_undated_ok
        return {
            "quote_precision": self.quote_precision.value,
            "quote_recall": self.quote_recall.value,
            "quote_found": self.quote_found.value,
            "event_precision": self.event_precision.value,
            "event_recall": self.event_recall.value,
            "position_precision": self.position_precision.value,
            "pubdate_right": (self.pub_right + self.pub_undated_ok) / pub_judged if pub_judged else 1.0,
            "people_recall": self.people_recall.value,
            "people_precision": self.people_precision.value,
            "furniture_lines": self.furniture_lines.value,
            "spans": self.spans.value,
        }


def _overlaps(a: Span | Located, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _covered(source: Source, start: int, end: int) -> bool:
    """Every non-space character of [start, end) lies in a region of the source."""
    text = source.text
    for i in range(start, end):
        if not text[i].isspace() and not any(r.start <= i < r.end for r in source.regions):
            return False
    return True


def score(briefing: Briefing, labels: list[ArticleLabels], gazetteer: Iterable[Actor]) -> Score:
    result = Score()
    gazetteer = list(gazetteer)
    gazetteer_ids = {a.id for a in gazetteer}
    actors = {a.id: a for a in briefing.actors}
    by_file = {a.file: a for a in labels}
    unlabelled = [s.file for s in briefing.sources if s.file not in by_file]
    if unlabelled:
        result.notes.append(f"sources without labels (not scored, but loaded with the rest): {', '.join(unlabelled)}")
    _quotes(briefing, by_file, actors, result)
    _events(briefing, by_file, result)
    _positions(briefing, by_file, result)
    _pubdates(briefing, by_file, result)
    _people(briefing, by_file, actors, gazetteer, gazetteer_ids, result)
    _furniture(briefing, by_file, result)
    _spans(briefing, result)
    mention_bands(briefing, labels, result)
    return result


def _quotes(briefing: Briefing, by_file: dict[str, ArticleLabels], actors: dict[str, Actor], result: Score) -> None:
    matched: set[str] = set()
    # A quote carried by several copies is one claim whose `also` spans stand in the other copies: it is found
    # in each of them (one claim, many sources), at the span it has there.
    carried: dict[str, list[tuple[Quote, Span]]] = {}
    for quote in briefing.quotes:
        if quote.origin == "auto":
            for span in (quote.span, *quote.also):
                carried.setdefault(span.source, []).append((quote, span))
    for file, art in by_file.items():
        quotes = [q for q in briefing.quotes_by_source(file) if q.origin == "auto"]
        for label in art.quotes:
            hits = [q for q, _sp in sorted(
                ((q, sp) for q, sp in carried.get(file, ()) if sp.start <= label.at.start and label.at.end <= sp.end
                 and not (label.within and sp.start <= label.within.start and label.within.end <= sp.end)),
                key=lambda pair: pair[1].end - pair[1].start)]  # the innermost quote first
            where = f"{file} {label.fragment[:32]!r}"
            if not label.optional:
                result.quote_found.add(bool(hits))
            if label.speaker is None and not label.optional:
                result.quote_unknown_kept.add(all(q.speaker is None for q in hits))
            if not hits:
                if label.speaker is not None and not label.optional:
                    result.quote_recall.add(False)
                    result.notes.append(f"quote not found: {where} ({label.speaker})")
                continue
            quote = hits[0]
            matched.update(q.id for q in hits)
            actor = actors.get(quote.speaker) if quote.speaker else None
            right = actor is not None and label.speaker is not None and names_match(label.speaker, (), actor)
            if quote.speaker is not None:
                result.quote_precision.add(right)
                result.band("quote", quote.confidence, right)
                if not right:
                    result.notes.append(f"quote WRONG speaker: {where}: {actor.name if actor else quote.speaker}"
                                        f" (label {label.speaker or 'unknown'}) [{quote.rule}]")
            if label.speaker is not None and not label.optional:
                result.quote_recall.add(right)
                if quote.speaker is None:
                    result.notes.append(f"quote speaker unknown: {where} (label {label.speaker})")
        for quote in quotes:
            if quote.id not in matched and quote.speaker is not None:
                result.quote_unlabelled += 1
                name = actors[quote.speaker].name if quote.speaker in actors else quote.speaker
                result.notes.append(f"quote not labelled: {file} {quote.span.text[:40]!r} -> {name}")


def _events(briefing: Briefing, by_file: dict[str, ArticleLabels], result: Score) -> None:
    auto = [e for e in briefing.events if e.origin == "auto"]
    for event in auto:
        inside = [label for span in event.evidence if span.source in by_file
                  for label in by_file[span.source].events if _overlaps(span, label.at.start, label.at.end)]
        if not any(span.source in by_file for span in event.evidence):
            continue
        if not inside:
            result.event_unjudged += 1
            result.notes.append(f"event unjudged: {event.date.iso} {event.title[:50]!r}")
            continue
        right = any(label.date == event.date.iso for label in inside)
        result.event_precision.add(right)
        result.band("event", event.confidence, right)
        if not right:
            result.notes.append(f"event WRONG date: {event.date.iso} {event.title[:50]!r} (label "
                                f"{', '.join(label.date or 'none' for label in inside)})")
    for file, art in by_file.items():
        for label in art.events:
            if not label.listed or label.date is None:
                continue
            found = any(e.date.iso == label.date and any(
                s.source == file and _overlaps(s, label.at.start, label.at.end) for s in e.evidence) for e in auto)
            result.event_recall.add(found)
            if not found:
                result.notes.append(f"event missed: {file} {label.what!r} {label.date}")


def _positions(briefing: Briefing, by_file: dict[str, ArticleLabels], result: Score) -> None:
    auto = [p for p in briefing.positions if p.origin == "auto"]
    labelled = any(art.positions for art in by_file.values())
    if not labelled:
        return
    for position in auto:
        inside = [label for span in position.evidence if span.source in by_file
                  for label in by_file[span.source].positions if _overlaps(span, label.at.start, label.at.end)]
        if not any(span.source in by_file for span in position.evidence):
            continue
        if not inside:
            result.position_unjudged += 1
            continue
        family = STANCE_FAMILY.get(position.stance.value, position.stance.value)
        right = any(label.side == position.side and label.issue == position.issue and label.stance == family
                    for label in inside)
        result.position_precision.add(right)
        result.band("position", position.confidence, right)
        if not right:
            result.notes.append(f"position WRONG: {position.evidence[0].source} {position.side} "
                                f"{position.issue} {position.stance.value} (labels here: " + ", ".join(
                                    f"{x.side} {x.issue} {x.stance}" for x in inside) + ")")
    for file, art in by_file.items():
        for label in art.positions:
            found = any(p.side == label.side and p.issue == label.issue
                        and STANCE_FAMILY.get(p.stance.value) == label.stance
                        and any(s.source == file and _overlaps(s, label.at.start, label.at.end) for s in p.evidence)
                        for p in auto)
            result.position_recall.add(found)


def _pubdates(briefing: Briefing, by_file: dict[str, ArticleLabels], result: Score) -> None:
    for file, art in by_file.items():
        source = briefing.source(file)
        shown = source.published.iso if source and source.published else None
        if art.published is None:
            if shown is None:
                result.pub_undated_ok += 1
            else:
                result.pub_wrong += 1
                result.notes.append(f"publication date WRONG: {file} {shown} (text prints none)")
        elif shown == art.published:
            result.pub_right += 1
        elif shown is None:
            result.pub_missed += 1
            result.notes.append(f"publication date missed: {file} (label {art.published})")
        else:
            result.pub_wrong += 1
            result.notes.append(f"publication date WRONG: {file} {shown} (label {art.published})")


def _people(briefing: Briefing, by_file: dict[str, ArticleLabels], actors: dict[str, Actor],
            gazetteer: list[Actor], gazetteer_ids: set[str], result: Score) -> None:
    for file, art in by_file.items():
        present = {m.actor for m in briefing.mentions_in(file)}
        new_people = [actors[a] for a in present if a in actors and a not in gazetteer_ids
                      and actors[a].kind == "person"]
        outside = [p for p in art.people if not any(names_match(p.name, p.aliases, g) for g in gazetteer)]
        for person in outside:
            hit = next((a for a in new_people if names_match(person.name, person.aliases, a)), None)
            result.people_recall.add(hit is not None)
            if hit is None:
                result.notes.append(f"person missed: {file} {person.name}")
            elif person.side and hit.placed:
                result.people_side.add(hit.side == person.side)
            elif person.side:
                result.people_unplaced += 1  # no side shown: visibly unknown, not a wrong side
        for actor in new_people:
            ok = any(names_match(p.name, p.aliases, actor) for p in outside)
            result.people_precision.add(ok)
            if not ok:
                result.notes.append(f"person WRONG: {file} {actor.name!r} is not a labelled new person")


def _furniture(briefing: Briefing, by_file: dict[str, ArticleLabels], result: Score) -> None:
    for file, art in by_file.items():
        source = briefing.source(file)
        if source is None:
            continue
        for label in art.furniture:
            lines_ok = [_covered(source, a, b) for a, b in label.lines if source.text[a:b].strip()]
            for ok in lines_ok:
                result.furniture_lines.add(ok)
            result.furniture_blocks.add(all(lines_ok))
            if not all(lines_ok):
                result.notes.append(f"furniture unmarked: {file} {label.fragment[:30]!r} "
                                    f"({lines_ok.count(False)} of {len(lines_ok)} lines)")
        claims: list[tuple[str, tuple[Span, ...]]] = []
        claims += [(f"event {e.title[:30]!r}", e.evidence) for e in briefing.events_by_source(file)]
        claims += [(f"quote {q.span.text[:30]!r}", (q.span,)) for q in briefing.quotes_by_source(file)]
        claims += [(f"position {p.id}", p.evidence) for p in briefing.positions if p.origin == "auto"]
        for what, spans in claims:
            if any(s.source == file and any(_overlaps(s, a, b) for label in art.furniture for a, b in label.lines)
                   for s in spans):
                result.furniture_cited += 1
                result.notes.append(f"cites furniture: {file} {what}")


def _spans(briefing: Briefing, result: Score) -> None:
    texts = {s.file: s.text for s in briefing.sources}
    spans: list[Span] = []
    for event in briefing.events:
        spans += event.evidence
    for position in briefing.positions:
        spans += position.evidence
    for quote in briefing.quotes:
        spans.append(quote.span)
        if quote.attribution is not None:
            spans.append(quote.attribution)
    for actor in briefing.actors:
        for role in actor.roles:
            spans += role.evidence
        for alias in actor.aliases:
            spans += alias.evidence
    for disc in briefing.discrepancies:
        spans += disc.evidence
    for source in briefing.sources:
        spans += source.published_evidence
    for span in spans:
        ok = texts.get(span.source, "")[span.start:span.end] == span.text
        result.spans.add(ok)
        if not ok:
            result.notes.append(f"span does not read back: {span.source} @{span.start}-{span.end}")


def mention_bands(briefing: Briefing, labels: list[ArticleLabels], result: Score) -> None:
    """Per automatic mention of a person actor in a labelled article: right when the actor is one of its
    labelled people."""
    actors = {a.id: a for a in briefing.actors}
    for art in labels:
        if not art.people:
            continue  # an article that labels no people judges no mention (not every one wrong)
        for mention in briefing.mentions_in(art.file):
            actor = actors.get(mention.actor)
            if actor is None or actor.kind != "person" or mention.origin != "auto":
                continue
            ok = any(names_match(p.name, p.aliases, actor) for p in art.people)
            result.band("mention", mention.score / 100, ok)


def report(title: str, result: Score, *, notes: int = 40) -> list[str]:
    """The figures as lines of text, for evaluate.py."""
    pub = result
    out = [f"== {title}",
           f"  quote attribution   P {result.quote_precision}  R {result.quote_recall}   "
           f"found {result.quote_found}",
           f"                      'unknown' quotes shown without a speaker {result.quote_unknown_kept}; "
           f"attributed quotes not in the labels: {result.quote_unlabelled}",
           f"  dated events        shown with the right date {result.event_precision} "
           f"(+{result.event_unjudged} unjudged);  labelled found with the right date {result.event_recall}",
           f"  positions           side+issue+stance right {result.position_precision} "
           f"(+{result.position_unjudged} unjudged);  labelled found {result.position_recall}",
           f"  publication date    right {pub.pub_right}, wrong {pub.pub_wrong}, missed {pub.pub_missed}, "
           f"undated where the text prints none {pub.pub_undated_ok}",
           f"  people (new)        R {result.people_recall}  P {result.people_precision}  "
           f"side right {result.people_side} (+{result.people_unplaced} unplaced)",
           f"  furniture marked    lines {result.furniture_lines}  blocks {result.furniture_blocks};  "
           f"claims citing furniture: {result.furniture_cited}",
           f"  spans read back     {result.spans}"]
    if result.bands:
        out.append("  confidence bands (right/judged per band):")
        out += band_lines(result.bands)
    if notes and result.notes:
        out.append(f"  what went wrong (first {min(notes, len(result.notes))} of {len(result.notes)}):")
        out += [f"    {line}" for line in result.notes[:notes]]
    return out


def band_lines(bands_by_kind: dict[str, dict[float, Ratio]]) -> list[str]:
    """One line per kind: right/judged per band, and the threshold the 80 % rule gives against the one in force."""
    lines = []
    for kind in KINDS:
        bands = bands_by_kind.get(kind, {})
        if not bands:
            lines.append(f"    {kind:9s} no judged items")
            continue
        cells = "  ".join(f"≥{edge:.1f}: {ratio}" if round(edge, 1) == edge else f"≥{edge:.2f}: {ratio}"
                          for edge, ratio in sorted(bands.items()))
        hide = threshold({edge: (r.right, r.total) for edge, r in bands.items()})
        lines.append(f"    {kind:9s} {cells}   → hide below {hide:.2f} (now {HIDE_BELOW.get(kind, 0.0):.2f})")
    return lines
