"""Precision and recall of the automatic extraction, on three kinds of labelled text.

    python benchmarks/evaluate.py                     # the seeds' gold set, then the written test articles
    python benchmarks/evaluate.py --dev /tmp/devset   # also a folder of real articles with its labels.toml
    python benchmarks/evaluate.py --dev DIR --skip-seeds --skip-written   # only that folder
    python benchmarks/evaluate.py --dev DIR --labels FILE   # labels kept outside the articles' folder

Every report on a labelled folder ends with its confidence bands per kind (quote, event, position, mention,
alias): right/judged per band and the threshold the 80 % rule gives (benchmarks/bands.py); with several
folders, the bands of all of them together, which is what briefing/model/confidence.py's thresholds follow.

Seeds (tests/gold/, in-sample: the rules were written on them): sentences (ours vs pysbd), actor mentions,
event dates, quote attribution, how much of the curated timeline the automatic one recovers, load time.
Written articles (tests/data/articles/*/): short articles written for the tests, one style each, with labels.
A dev folder: real articles (never committed) loaded as a user would (`load_briefing(DIR)`, automatic
extraction, no curated data), scored against DIR/labels.toml. Label format: tests/data/articles/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.load import _bundled_gazetteer, bundled_data_dir, load_briefing  # noqa: E402
from briefing.load.extract import Extracted, extract  # noqa: E402
from briefing.load.extract.sentences import split_sentences  # noqa: E402
from briefing.model import Actor, Source  # noqa: E402

from benchmarks.bands import alias_bands, merged  # noqa: E402
from benchmarks.scoring import band_lines, read_labels, report, score  # noqa: E402

GOLD = REPO / "tests" / "gold"
WRITTEN = REPO / "tests" / "data" / "articles"


def _file(prefix: str, sources: dict[str, Source]) -> Source:
    return next(s for f, s in sources.items() if f.startswith(prefix + "_"))


def _prf(tp: int, predicted: int, gold: int) -> str:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return f"P {p:.3f} ({tp}/{predicted})  R {r:.3f} ({tp}/{gold})"


def _no_misspellings(actors: list[Actor]) -> list[Actor]:
    return [a.model_copy(update={"aliases": tuple(al for al in a.aliases if not al.misspelling)}) for a in actors]


# ---------------------------------------------------------------------------------------------------
def sentences(sources: dict[str, Source]) -> None:
    print("== Sentences (boundary starts, gold: 001 and the Reuters part of 003)")
    gold = tomllib.loads((GOLD / "sentences.toml").read_text(encoding="utf-8"))
    try:
        import pysbd
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    except ImportError:  # pragma: no cover
        segmenter = None
    totals = {"ours": [0, 0, 0], "pysbd": [0, 0, 0]}
    for entry in gold["source"]:
        source = _file(entry["file"], sources)
        text = source.text
        end = text.index(entry["end_before"]) if "end_before" in entry else len(text)
        skip = [(text.index(s), text.index("\n", text.index(s))) for s in entry.get("skip", [])]
        starts, pos = set(), 0
        for words in entry["starts"]:
            at = text.index(words, pos)
            starts.add(at)
            pos = at + 1

        def keep(offset: int) -> bool:
            return offset < end and not any(a <= offset < b for a, b in skip)

        ours = {s for s, _e in split_sentences(text) if keep(s)}
        predicted = {"ours": ours}
        if segmenter is not None:
            spans = segmenter.segment(text)
            predicted["pysbd"] = {s.start + (len(s.sent) - len(s.sent.lstrip())) for s in spans
                                  if keep(s.start + (len(s.sent) - len(s.sent.lstrip())))}
        for name, found in predicted.items():
            totals[name][0] += len(found & starts)
            totals[name][1] += len(found)
            totals[name][2] += len(starts)
    for name, (tp, pred, gold_n) in totals.items():
        if pred:
            print(f"  {name:6s} {_prf(tp, pred, gold_n)}")
    texts = [s.text for s in sources.values()]
    start = time.perf_counter()
    for _ in range(20):
        for text in texts:
            split_sentences(text)
    ours_ms = (time.perf_counter() - start) / 20 * 1000
    line = f"  time for the 5 seeds: ours {ours_ms:.1f} ms"
    if segmenter is not None:
        start = time.perf_counter()
        for text in texts:
            segmenter.segment(text)
        line += f", pysbd {(time.perf_counter() - start) * 1000:.0f} ms"
    print(line)


# ---------------------------------------------------------------------------------------------------
def mentions(sources: dict[str, Source], found: Extracted, label: str) -> tuple[int, int, int]:
    gold = tomllib.loads((GOLD / "mentions.toml").read_text(encoding="utf-8"))
    tp = pred_n = gold_n = 0
    misses, extras = [], []
    for entry in gold["source"]:
        source = _file(entry["file"], sources)
        text = source.text
        end = text.index(entry["end_before"]) if "end_before" in entry else len(text)
        gold_spans, pos = [], 0
        for item in entry["mentions"]:
            surface, actor = item.rsplit("=", 1)
            at = text.index(surface, pos)
            gold_spans.append((at, at + len(surface), actor))
            pos = at + len(surface)
        predicted = [(m.span.start, m.span.end, m.actor) for m in found.mentions
                     if m.span.source == source.file and m.span.end <= end]
        used: set[int] = set()
        for g_start, g_end, g_actor in gold_spans:
            hit = next((i for i, (s, e, a) in enumerate(predicted)
                        if i not in used and a == g_actor and s < g_end and g_start < e), None)
            if hit is None:
                misses.append(f"{entry['file']}: {text[g_start:g_end]!r}={g_actor}")
            else:
                used.add(hit)
        for i, (s, e, a) in enumerate(predicted):
            if i not in used:
                extras.append(f"{entry['file']}: {text[s:e]!r}={a}")
        tp += len(used)
        pred_n += len(predicted)
        gold_n += len(gold_spans)
    print(f"  {label:34s} {_prf(tp, pred_n, gold_n)}")
    if misses:
        print(f"    missed: {', '.join(misses[:12])}")
    if extras:
        print(f"    wrong:  {', '.join(extras[:12])}")
    return tp, pred_n, gold_n


# ---------------------------------------------------------------------------------------------------
def dates(sources: dict[str, Source], found: Extracted, label: str) -> dict[str, float]:
    gold = tomllib.loads((GOLD / "dates.toml").read_text(encoding="utf-8"))["date"]
    correct = detected = 0
    wrong = []
    for item in gold:
        source = _file(item["source"], sources)
        at = source.text.index(item["context"]) + item["context"].index(item["text"])
        end = at + len(item["text"])
        hits = [d for d in found.dates.get(source.file, []) if d.start < end and at < d.end]
        if not hits:
            wrong.append(f"{item['source']} {item['text']!r}: not found")
            continue
        detected += 1
        if hits[0].date.iso == item["date"]:
            correct += 1
        else:
            wrong.append(f"{item['source']} {item['text']!r}: {hits[0].date.iso} (gold {item['date']})")
    n = len(gold)
    print(f"  {label:34s} correct {correct / n:.3f} ({correct}/{n}); found {detected}/{n}; "
          f"correct when found {correct / detected if detected else 0:.3f}")
    for line in wrong[:10]:
        print(f"    {line}")
    return {"date_correct": correct / n, "date_found": detected / n}


# ---------------------------------------------------------------------------------------------------
def quotes(sources: dict[str, Source], found: Extracted, label: str) -> dict[str, float]:
    gold = tomllib.loads((GOLD / "quotes.toml").read_text(encoding="utf-8"))["quote"]
    predicted = list(found.quotes)
    used: set[int] = set()
    attributed = attributed_ok = gold_speakers = recalled = detected = 0
    errors = []
    for item in gold:
        source = _file(item["source"], sources)
        at = source.text.index(item["text"])
        hit = next((i for i, q in enumerate(predicted) if i not in used and q.source == source.file
                    and q.span.start <= at < q.span.end), None)
        speaker = item["speaker"] or None
        gold_speakers += speaker is not None
        if hit is None:
            errors.append(f"{item['source']} {item['text'][:30]!r}: quote not found")
            continue
        used.add(hit)
        detected += 1
        quote = predicted[hit]
        if quote.speaker is not None:
            attributed += 1
            attributed_ok += quote.speaker == speaker
        if speaker is not None and quote.speaker == speaker:
            recalled += 1
        if quote.speaker != speaker:
            errors.append(f"{item['source']} {item['text'][:30]!r}: {quote.speaker} (gold {speaker}) [{quote.rule}]")
    extra = [q for i, q in enumerate(predicted) if i not in used]
    # The gold lists quotes of 3+ words: a shorter automatic quote no gold item matches is outside its scope.
    short = sum(1 for q in extra if len(q.span.text.split()) < 3)
    print(f"  {label:34s} detection {_prf(detected, len(predicted) - short, len(gold))}"
          + (f"  (+{short} of 1-2 words, outside the gold)" if short else ""))
    print(f"  {'':34s} attribution P {attributed_ok / attributed if attributed else 0:.3f} ({attributed_ok}/{attributed})"
          f"  R {recalled / gold_speakers if gold_speakers else 0:.3f} ({recalled}/{gold_speakers})")
    for line in errors[:10]:
        print(f"    {line}")
    for q in extra[:5]:
        print(f"    not in gold: {q.source[:3]} {q.text[:40]!r} → {q.speaker}")
    return {"quote_detection_recall": detected / len(gold),
            "quote_precision": attributed_ok / attributed if attributed else 0.0,
            "quote_recall": recalled / gold_speakers if gold_speakers else 0.0}


# ---------------------------------------------------------------------------------------------------
def recovery() -> None:
    print("== Timeline recovery: the seeds with every curated TOML removed")
    curated = load_briefing(bundled_data_dir(), auto=False)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(bundled_data_dir() / "sources", folder / "sources")
        auto = load_briefing(folder)
    auto_events = list(auto.events)
    exact = same_day_actor = 0
    by_precision: dict[str, list[int]] = {}
    for event in curated.events:
        cited = [(s.source, s.start, s.end) for s in event.evidence]
        evidence_hit = any(e.date == event.date and any(
            src == s.source and a < s.end and s.start < b for s in e.evidence for src, a, b in cited)
            for e in auto_events)
        actor_hit = any(e.date == event.date and set(e.actors) & set(event.actors) for e in auto_events)
        exact += evidence_hit
        same_day_actor += evidence_hit or actor_hit
        by_precision.setdefault(event.precision, [0, 0])
        by_precision[event.precision][0] += evidence_hit
        by_precision[event.precision][1] += 1
    n = len(curated.events)
    print(f"  curated events: {n}; automatic events: {len(auto_events)}")
    print(f"  recovered (same date, evidence overlaps a curated excerpt): {exact}/{n} = {exact / n:.2f}")
    print(f"  recovered (same date and a shared actor, or the above):     {same_day_actor}/{n} = {same_day_actor / n:.2f}")
    print("  by curated precision: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_precision.items())))
    hit = stance = 0
    for position in curated.positions:
        cited = [(s.source, s.start, s.end) for s in position.evidence]
        match = [a for a in auto.positions if a.side == position.side and a.issue == position.issue and any(
            src == s.source and x < s.end and s.start < y for s in a.evidence for src, x, y in cited)]
        hit += bool(match)
        stance += any(a.stance == position.stance for a in match)
    agree = sum(1 for a in auto.positions if any(
        a.side == p.side and a.issue == p.issue and any(
            s.source == t.source and s.start < t.end and t.start < s.end for s in a.evidence for t in p.evidence)
        for p in curated.positions))
    print(f"  positions: curated {len(curated.positions)}, automatic {len(auto.positions)}; curated ones found "
          f"(same side and issue, overlapping evidence) {hit}/{len(curated.positions)}, with the same stance {stance}; "
          f"automatic ones that match a curated one {agree}/{len(auto.positions)}")
    dated = sum(1 for s in auto.sources if s.published is not None)
    print(f"  sources with an automatic publication date: {dated}/{len(auto.sources)} "
          "(undated sources cannot resolve weekdays)")


def timing() -> None:
    print("== Load time, 5 seeds (median of 15 runs after one warm-up)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(bundled_data_dir() / "sources", folder / "sources")
        for label, target, auto in (("bundled, curated + auto", bundled_data_dir(), True),
                                    ("bundled, curated only", bundled_data_dir(), False),
                                    ("sources only, auto", folder, True)):
            load_briefing(target, auto=auto)
            runs = []
            for _ in range(15):
                start = time.perf_counter()
                load_briefing(target, auto=auto)
                runs.append((time.perf_counter() - start) * 1000)
            print(f"  {label:26s} {statistics.median(runs):6.1f} ms")
    bundled = load_briefing(bundled_data_dir(), auto=False)
    sources = list(bundled.sources)
    actors, issues = list(_bundled_gazetteer()[0]), list(_bundled_gazetteer()[1])
    extract(sources, actors, issues)
    runs = []
    for _ in range(15):
        start = time.perf_counter()
        extract(sources, actors, issues)
        runs.append((time.perf_counter() - start) * 1000)
    chars = sum(len(s.text) for s in sources)
    print(f"  {'extraction alone':26s} {statistics.median(runs):6.1f} ms ({chars:,} characters)")


def seed_figures() -> dict[str, float]:
    """The seeds' gold figures (printed as they are measured), the ones tests/data/floors.toml holds."""
    bundled = load_briefing(bundled_data_dir(), auto=False)  # curated metadata and regions
    sources = {s.file: s for s in bundled.sources}
    actors, issues = list(_bundled_gazetteer()[0]), list(_bundled_gazetteer()[1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(bundled_data_dir() / "sources", folder / "sources")
        auto_sources = {s.file: s for s in load_briefing(folder, use_cache=False).sources}
    with_meta = extract(list(sources.values()), actors, issues)
    no_misspell = extract(list(sources.values()), _no_misspellings(actors), issues)
    auto_only = extract(list(auto_sources.values()), actors, issues)

    print("NOTE: the rules were written while reading these five articles, so every figure below is in-sample;")
    print("expect lower precision and recall on new text (the dev set and the written articles are not).")
    figures: dict[str, float] = {}
    print("== Actor mentions (gold: 000 and 001; same actor, overlapping span)")
    for key, found, srcs, label in (("curated", with_meta, sources, "gazetteer as curated"),
                                    ("nomisspell", no_misspell, sources, "gazetteer without its misspellings"),
                                    ("auto", auto_only, auto_sources, "no TOML (auto regions)")):
        tp, pred, gold = mentions(srcs, found, label)
        figures[f"mentions_{key}_precision"] = tp / pred if pred else 0.0
        figures[f"mentions_{key}_recall"] = tp / gold if gold else 0.0
    print("== Event dates (gold: 43 expressions in all five seeds)")
    figures |= {f"curated_{k}": v for k, v in dates(sources, with_meta, "curated source dates").items()}
    figures |= {f"auto_{k}": v for k, v in dates(auto_sources, auto_only, "automatic source dates").items()}
    print("== Quotes and speakers (gold: 58 quotes of 3+ words in all five seeds)")
    figures |= {f"curated_{k}": v for k, v in quotes(sources, with_meta, "curated regions").items()}
    figures |= {f"auto_{k}": v for k, v in quotes(auto_sources, auto_only, "no TOML (auto regions)").items()}
    return figures


class _DevFolder(argparse.Action):
    """`--dev DIR` adds (DIR, None) to args.dev; `--labels FILE` right after it gives that folder its labels."""

    def __call__(self, parser, namespace, value, option_string=None) -> None:  # noqa: ANN001
        folders = list(namespace.dev or [])
        if option_string == "--labels":
            if not folders or folders[-1][1] is not None:
                parser.error("--labels FILE follows the --dev DIR it labels")
            folders[-1] = (folders[-1][0], Path(value))
        else:
            folders.append((Path(value), None))
        namespace.dev = folders


def labelled_folder(folder: Path, labels_file: Path | None = None):  # noqa: ANN201
    """Load `folder` as a user would (automatic extraction, no cache) and score it against its labels."""
    briefing = load_briefing(folder, use_cache=False)
    texts = {s.file: s.text for s in briefing.sources}
    labels = read_labels(labels_file or folder / "labels.toml", texts)
    result = score(briefing, labels, _bundled_gazetteer()[0])
    alias_bands(briefing, labels, result)
    return result


def written_styles() -> list[Path]:
    return sorted(p for p in WRITTEN.iterdir() if (p / "labels.toml").is_file()) if WRITTEN.is_dir() else []


def written_table(*, notes: int = 0) -> dict[str, dict[str, float]]:
    """Figures of each written style (tests/data/articles/<style>/), as a table."""
    rows = {style.name: labelled_folder(style) for style in written_styles()}
    if not rows:
        return {}
    keys = list(next(iter(rows.values())).figures())
    short = {"quote_precision": "quoteP", "quote_recall": "quoteR", "quote_found": "found",
             "event_precision": "eventP", "event_recall": "eventR", "position_precision": "posP",
             "pubdate_right": "pubdate",
             "people_recall": "peopleR", "people_precision": "peopleP", "furniture_lines": "furnit",
             "spans": "spans"}
    print("== Written test articles (tests/data/articles/*; labels in each folder; 1.000 where nothing to judge)")
    print(f"  {'style':22s} " + " ".join(f"{short.get(k, k):>7s}" for k in keys))
    for name, result in rows.items():
        print(f"  {name:22s} " + " ".join(f"{v:7.3f}" for v in result.figures().values()))
    if notes:
        for name, result in rows.items():
            for line in result.notes[:notes]:
                print(f"    {name}: {line}")
    print("  confidence bands of the written articles together (written for the rules: in-sample):")
    print("\n".join(band_lines(merged(list(rows.values())))))
    return {name: result.figures() for name, result in rows.items()}


def floors_toml() -> str:
    """tests/data/floors.toml as measured now (figures rounded down to 3 places)."""
    import contextlib
    import io
    import math

    with contextlib.redirect_stdout(io.StringIO()):
        seeds = seed_figures()
        written = {style.name: labelled_folder(style).figures() for style in written_styles()}

    def floor(value: float) -> str:
        return str(math.floor(value * 1000 + 1e-6) / 1000)

    out = ["# Floors: the level each figure was measured at on the committed sets; tests/test_floors.py fails when",
           "# a change lowers one. After a change that raises figures: python benchmarks/evaluate.py --floors",
           "# > tests/data/floors.toml (read the diff: a floor must never go down without a reason in the commit).",
           "# Figures are in [0, 1], higher is better; see benchmarks/evaluate.py and benchmarks/scoring.py.",
           "", "[seeds]  # tests/gold/ (in-sample: the rules were written on these five articles)"]
    out += [f"{key} = {floor(value)}" for key, value in seeds.items()]
    for name, figures in written.items():
        out += ["", f"[written.{name}]  # tests/data/articles/{name}/"]
        out += [f"{key} = {floor(value)}" for key, value in figures.items()]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action=_DevFolder, default=[], metavar="DIR",
                        help="a folder of articles (anywhere) with its labels.toml, or with --labels (repeatable)")
    parser.add_argument("--labels", action=_DevFolder, metavar="FILE",
                        help="the labels of the --dev folder given just before, kept outside that folder")
    parser.add_argument("--skip-seeds", action="store_true", help="leave out the seeds' gold figures and timing")
    parser.add_argument("--skip-written", action="store_true", help="leave out the written test articles")
    parser.add_argument("--notes", type=int, default=40, help="how many failures to list per folder")
    parser.add_argument("--floors", action="store_true", help="print tests/data/floors.toml as measured now")
    args = parser.parse_args(argv)
    if args.floors:
        print(floors_toml(), end="")
        return
    if not args.skip_seeds:
        bundled = load_briefing(bundled_data_dir(), auto=False)
        sentences({s.file: s for s in bundled.sources})
        seed_figures()
        recovery()
        timing()
    if not args.skip_written:
        written_table(notes=args.notes // 4)
    results = []
    for folder, labels_file in args.dev:
        result = labelled_folder(folder, labels_file)
        results.append(result)
        print("\n".join(report(f"Dev folder {folder} (automatic extraction, labels.toml)", result,
                                 notes=args.notes)))
    if len(results) > 1:
        print("== Confidence bands of all dev folders together (the thresholds briefing/model/confidence.py holds)")
        print("\n".join(band_lines(merged(results))))


if __name__ == "__main__":
    main()
