"""A quote's date: the sentence holding it found by bisection gives what the pass over every sentence gives."""

from __future__ import annotations

import random
from types import SimpleNamespace

from briefing.load.extract.findings import in_order, quote_date


def _mention(precision: str, n: int) -> SimpleNamespace:
    return SimpleNamespace(date=SimpleNamespace(precision=precision, n=n))


def test_bisection_finds_what_the_pass_finds() -> None:
    rnd = random.Random(3)
    for _ in range(500):
        spans, at = [], 0
        for _s in range(rnd.randint(0, 12)):
            at += rnd.randint(0, 3)
            length = rnd.randint(1, 6)
            spans.append((at, at + length))
            at += length
        dates = [[_mention(rnd.choice(["day", "month"]), n) for n in range(rnd.randint(0, 2))] for _s in spans]
        starts = in_order(spans)
        assert starts == [s for s, _e in spans]
        for offset in range(-1, at + 2):
            assert quote_date(offset, spans, dates, starts) is quote_date(offset, spans, dates)


def test_spans_out_of_order_are_not_bisected() -> None:
    assert in_order([(5, 9), (0, 4)]) is None
    assert in_order([(0, 6), (5, 9)]) is None
    assert in_order([(0, 4), (4, 9)]) == [0, 4]
