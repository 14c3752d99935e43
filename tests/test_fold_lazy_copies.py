"""A fold leaves the copies a claim gathered in earlier loads as the state held them (grow14): a quote's `also`, a
position's evidence, not made until read (a copy folded into it is added after them; the briefing written
takes their runs' columns as they were read). The exports stay byte for byte a load without a cache's, fold after fold, and
the briefing the fold wrote reads back the same.

Articles: the seeds and the invented ones of test_incremental.py. No third-party text.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import _text, assert_as_cold, exported, make_folder, seeds, write

from briefing.load import load_briefing
from briefing.load.codec import _Decoder, _Encoder
from briefing.load.codec_lazy import JoinedSpans
from briefing.model import Span
from briefing.model.base import Lazy


def _unmade(folder: Path) -> tuple[int, int]:
    """(claims whose copies are not made, claims with copies) in the briefing a load of `folder` gives."""
    briefing = load_briefing(folder)
    fields = [q.__dict__["also"] for q in briefing.quotes] + [p.__dict__["evidence"] for p in briefing.positions]
    return sum(isinstance(f, JoinedSpans) for f in fields), sum(bool(f) for f in fields)


def test_a_fold_leaves_untouched_claims_copies_unmade_and_exports_as_cold(tmp_path: Path, cache_dir: Path,
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    copied = seeds()[0]
    folder = make_folder(tmp_path / "f", [copied, f"b__{copied}", "w_unrelated.txt"])  # (two copies: claims merged)
    assert_as_cold(folder)
    write(folder, "zz1_newday.txt", _text("w_newday.txt"))  # touches none of the copied claims
    unmade, claims = _unmade(folder)
    assert folded(caplog) == 1
    assert claims and unmade  # on main every copy of every claim was made at each fold
    assert_as_cold(folder)
    assert exported(folder) == exported(folder, use_cache=False)  # (the briefing the fold wrote, read back)
    write(folder, f"zz2_{copied}", _text(copied))  # a third copy: folded into the kept claims
    cold = assert_as_cold(folder)
    assert folded(caplog) == 1
    assert exported(folder) == cold
    write(folder, "zz3_unrelated.txt", _text("w_unrelated.txt"))  # from that fold's state: two runs a claim
    cold = assert_as_cold(folder)
    assert folded(caplog) == 1
    assert exported(folder) == cold


def test_joined_spans_read_and_encode_as_the_spans_they_stand_for() -> None:
    texts = {"a.txt": "Alpha beta gamma delta.", "b.txt": "Epsilon zeta eta."}
    spans = [Span(source="a.txt", start=0, end=5, text="Alpha"), Span(source="b.txt", start=8, end=12, text="zeta"),
             Span(source="a.txt", start=17, end=22, text="delta")]
    encoder = _Encoder(texts, runs=True)
    run = _Decoder(list(texts), texts).lazy_spans(encoder.lone_run(tuple(spans[1:])))
    assert isinstance(run, Lazy)
    joined = JoinedSpans.of((spans[0],), run, ())
    assert isinstance(joined, JoinedSpans)
    joined.extend((spans[0],))  # (a copy folded in after)
    assert joined.files() == ("a.txt", "b.txt") and len(joined) == 4
    plain = _Encoder(texts, runs=True).span_run(joined)  # (its run's columns)
    assert _Decoder(list(texts), texts).spans(plain) == (*spans, spans[0]) == joined.realise()
    assert JoinedSpans.of((spans[0],), ()) == (spans[0],) and JoinedSpans.of((), ()) == ()
