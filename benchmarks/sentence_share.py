"""How much of a cold load's extraction is a pure function of one sentence's text (issue 12, cold17).

    python benchmarks/sentence_share.py FOLDER --mode plain|sample|repeat|memo|salted [-o OUT.json]

Runs `briefing export --format json` of FOLDER in this one process (no worker processes: extraction's
`parallel.worker_count` is made 1) with an empty cache of its own, and prints the CPU seconds of
`extract()` and of the whole process, its peak RSS and the load. The modes change only the functions
below, which read one sentence's text (and a few characters before it) plus fixed inputs (the issues'
keywords, the cue lists), never the article's people, date or other sentences:

    IssueTagger.tags (issue keywords), Clauses.of (stance cues and clause breaks), quote_spans (quotation
    marks), split_sentences (a piece cut into sentences); and, in `repeat` only, Clauses.readings (a
    keyword's stance from those cues: a function of the sentence, its keywords and the issue's wording)

- `plain`: unchanged.
- `sample`: unchanged, with a 1 ms CPU-clock sampler: the share of extract()'s samples whose stack holds one
  of those functions (the sentence-pure share), and of the others listed in `_sampled` (what context they read).
- `repeat`: each of them is called three times (the result of the last kept): the extra CPU against
  `plain` is twice what they cost, measured without a profiler's distortion.
- `memo`: each result is kept, by the sentence's text (with the 16 characters before it: `tags` looks back
  12 characters) and what else it reads, offsets made relative to the sentence, and re-based on a hit;
  unbounded, in this process only. A measurement of what such a memo would save, not the loader's code:
  compare the export with `plain`'s (`-o`, then cmp).
- `salted`: the same memo with a key that never repeats: its cost when nothing hits.

Run from /tmp with PYTHONPATH set to the tree measured; alternate modes over several runs (a shared host).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable

#: Characters before a sentence that its key holds (IssueTagger.tags reads up to 12 before a keyword).
BEFORE = 16


class Memo:
    """Results by sentence key, counted."""

    def __init__(self, salted: bool) -> None:
        self.salt = itertools.count() if salted else None
        self.store: dict[object, object] = {}
        self.hits = self.misses = 0

    def key(self, text: str, start: int, end: int, *extra: object) -> object:
        left = max(0, start - BEFORE)
        key = (text[left:end], start - left, *extra)
        return key if self.salt is None else (key, next(self.salt))

    def get(self, key: object) -> object | None:
        found = self.store.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found


def _replace(module: object, name: str, make: Callable[[Callable], Callable]) -> None:
    """`module.name` replaced by `make(it)` in every module that imported it by name."""
    original = getattr(module, name)
    new = make(original)
    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__dict__", None) is not None and loaded.__dict__.get(name) is original:
            setattr(loaded, name, new)


def _repeated(function: Callable) -> Callable:
    def thrice(*args: object, **kwargs: object) -> object:
        function(*args, **kwargs)
        function(*args, **kwargs)
        return function(*args, **kwargs)
    return thrice


def _spans_memo(memo: Memo) -> Callable[[Callable], Callable]:
    """For functions giving tuples of offsets (quote_spans, split_sentences)."""
    def make(function: Callable) -> Callable:
        def kept(text: str, start: int = 0, end: int | None = None, *args: object, **kwargs: object) -> object:
            if end is None:
                return function(text, start, end, *args, **kwargs)
            key = memo.key(text, start, end, args, tuple(kwargs.items()))
            found = memo.get(key)
            if found is None:
                result = function(text, start, end, *args, **kwargs)
                memo.store[key] = [tuple(x - start for x in r) for r in result]
                return result
            return [tuple(x + start for x in r) for r in found]  # type: ignore[attr-defined]
        return kept
    return make


def _hits_plain(hits: object, start: int) -> tuple:
    return tuple((h.issue, h.start - start, h.end - start, h.keyword, h.name) for h in hits or ())  # type: ignore[attr-defined]


def _sampled() -> dict[object, str]:
    """Functions whose share the sampler reports: code object → label (what it reads besides the sentence)."""
    from briefing.load.extract import (actor_mentions, anchoring, boilerplate, dates, event_agents, findings,
                                       holders, issue_tags, issues, people, person_intros, quote_marks, quotes,
                                       sentences, stage_b, stages)

    pure = {issue_tags.IssueTagger.tags: "tags", issues.Clauses.of.__func__: "Clauses.of",
            issues.Clauses.readings: "Clauses.readings", quote_marks.quote_spans: "quote_spans",
            sentences.split_sentences: "split_sentences"}
    other = {person_intros.piece_introductions: "piece_introductions (a paragraph; adds to the article's lists)",
             actor_mentions.find_actor_mentions: "find_actor_mentions (a sentence and the article's words)",
             dates.find_dates: "find_dates (a sentence and the reference date)",
             quotes.find_quotes: "find_quotes (the article, its people)", holders.holder: "holder (context)",
             findings.position_candidates: "position_candidates (context)",
             event_agents.Carried.after: "Carried.after (the sentence before)",
             anchoring.anchor_source: "anchor_source (the folder)", stage_b.stage_b: "stage_b",
             stages._scan: "stage A's scan", people.find_people: "find_people",
             boilerplate.find_regions: "find_regions (the article)"}
    return {f.__code__: "pure " + label for f, label in pure.items()} | {f.__code__: label for f, label in other.items()}


class Sampler:
    """Every millisecond of this process's CPU: which labelled functions the stack holds, inside extract() or not."""

    def __init__(self, extract_code: object) -> None:
        self.labels = _sampled()
        self.extract_code = extract_code
        self.counts: Counter[str] = Counter()
        self.total = self.inside = 0

    def __call__(self, _signal: int, frame: object) -> None:
        self.total += 1
        held, inside, frame_ = set(), False, frame
        while frame_ is not None:
            code = frame_.f_code  # type: ignore[attr-defined]
            inside = inside or code is self.extract_code
            if code in self.labels:
                held.add(self.labels[code])
            frame_ = frame_.f_back  # type: ignore[attr-defined]
        if not inside:
            self.counts["(outside extract) " + (min(held) if held else "other")] += 1
            return
        self.inside += 1
        if any(label.startswith("pure ") for label in held):
            self.counts["pure (any of the five)"] += 1
        self.counts.update(held)

    def report(self) -> str:
        lines = [f"samples {self.total}, in extract {self.inside}"]
        for label, count in sorted(self.counts.items(), key=lambda c: (c[0].startswith("("), -c[1])):
            of = self.total if label.startswith("(") else self.inside
            lines.append(f"  {label:70s} {count:6d} {100 * count / max(1, of):5.1f} %")
        return "\n".join(lines)


def install(mode: str) -> Memo | None:
    from briefing.load.extract import issue_tags, issues, quote_marks, sentences
    from briefing.load.extract.clause_cues import Cue
    from briefing.load.extract.issue_tags import IssueHit, _lower

    tagger, clauses = issue_tags.IssueTagger, issues.Clauses
    if mode == "repeat":
        _replace(quote_marks, "quote_spans", _repeated)
        _replace(sentences, "split_sentences", _repeated)
        tagger.tags = _repeated(tagger.tags)
        clauses.of = classmethod(_repeated(clauses.of.__func__))
        clauses.readings = _repeated(clauses.readings)
        return None
    if mode not in ("memo", "salted"):
        return None
    memo = Memo(mode == "salted")
    _replace(quote_marks, "quote_spans", _spans_memo(memo))
    _replace(sentences, "split_sentences", _spans_memo(memo))
    tags, of = tagger.tags, clauses.of.__func__

    def kept_tags(self: object, text: str, start: int, end: int) -> list:
        key = memo.key(text, start, end, "tags", _lower(text)[1], id(self))
        found = memo.get(key)
        if found is None:
            result = tags(self, text, start, end)
            memo.store[key] = _hits_plain(result, start)
            return result
        return [IssueHit(i, s + start, e + start, k, n) for i, s, e, k, n in found]  # type: ignore[attr-defined]

    def kept_of(cls: type, text: str, start: int, end: int, hits: list | None = None) -> object:
        key = memo.key(text, start, end, "of", _lower(text)[1], hits is None, _hits_plain(hits, start))
        found = memo.get(key)
        if found is None:
            result = of(cls, text, start, end, hits)
            memo.store[key] = (tuple((c.kind, c.start - start, c.end - start, c.text) for c in result.cues),
                               tuple(b - start for b in result.breaks))
            return result
        cues = tuple(Cue(k, s + start, e + start, t) for k, s, e, t in found[0])  # type: ignore[index]
        return cls(text, start, end, cues, tuple(b + start for b in found[1]), tuple(c.start for c in cues))  # type: ignore[index]

    tagger.tags = kept_tags
    clauses.of = classmethod(kept_of)
    return memo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--mode", choices=["plain", "sample", "repeat", "memo", "salted"], default="plain")
    parser.add_argument("-o", "--output", default=os.devnull)
    args = parser.parse_args()
    cache = tempfile.TemporaryDirectory(prefix="sentence-share-")
    os.environ["BRIEFING_CACHE_DIR"] = cache.name
    import pkgutil
    from importlib import import_module

    import briefing.load.extract as extraction
    from briefing.cli import main as briefing
    from briefing.load.extract import parallel

    for module in pkgutil.iter_modules(extraction.__path__):
        import_module(f"briefing.load.extract.{module.name}")
    parallel.worker_count = lambda *_a, **_k: 1
    memo = install(args.mode)
    extract, spent = extraction.extract, [0.0]

    def timed(*a: object, **k: object) -> object:
        began = time.process_time()
        try:
            return extract(*a, **k)
        finally:
            spent[0] += time.process_time() - began

    extraction.extract = timed
    sampler = Sampler(extract.__code__) if args.mode == "sample" else None
    if sampler is not None:
        signal.signal(signal.SIGPROF, sampler)
        signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    briefing(["export", "--data", args.folder, "--format", "json", "-o", args.output])
    if sampler is not None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        print(sampler.report())
    cache.cleanup()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kept = "" if memo is None else (f"; hits {memo.hits}, misses {memo.misses} "
                                    f"({100 * memo.hits / max(1, memo.hits + memo.misses):.1f} %), {len(memo.store)} kept")
    print(f"{args.mode}: extract {spent[0]:.2f} CPU s, process {time.process_time():.2f} CPU s, "
          f"peak RSS {rss:.0f} MB{kept}; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
