"""A fold writes the old sources' parts of its state as it read them, and the fit's digest reads the mentions'
columns (grow13): the export stays byte for byte a load without a cache's, fold after fold.

Articles: the invented ones of test_incremental.py. No third-party text.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import NEW_DAY, _text, assert_as_cold, make_folder, write

import briefing.load.fold as fold
from briefing.load.codec import _Encoder
from briefing.model import Mentions, Source
from briefing.model.mentions import MentionsBuilder


def test_a_fold_encodes_only_the_sources_after_the_full_parts_it_read(tmp_path: Path, cache_dir: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """Parts of two sources: the full ones are written again as read, the sources after them encoded in parts of
    the same bounds as a build's. Without it every old source was encoded again at each fold."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    monkeypatch.setattr(fold, "SOURCES_PART", 2)
    encoded: list[str] = []
    real = _Encoder.value

    def value(self, item):  # noqa: ANN001, ANN202
        caller = sys._getframe(1).f_code.co_filename  # noqa: SLF001
        if type(item) is Source and caller.endswith(("/load/fold.py", "\\load\\fold.py")):
            encoded.append(item.file)  # (the state's sources, not the briefing's)
        return real(self, item)

    monkeypatch.setattr(_Encoder, "value", value)
    folder = make_folder(tmp_path / "f", ["w_newday.txt", "w_surname.txt", "w_unrelated.txt"])
    assert_as_cold(folder)
    encoded.clear()
    write(folder, "zz1_copy.txt", NEW_DAY)
    assert_as_cold(folder)
    assert folded(caplog) == 1
    assert encoded == ["w_unrelated.txt", "zz1_copy.txt"]  # (the first part, two sources, as read)
    encoded.clear()
    write(folder, "zz2_next.txt", _text("w_unrelated.txt"))  # from the state the fold wrote: two full parts
    assert_as_cold(folder)
    assert folded(caplog) == 1
    assert encoded == ["zz2_next.txt"]


def test_the_actors_named_by_file_are_those_of_the_mention_records() -> None:
    texts = {"a.txt": "Putin met Witkoff. Putin spoke.", "b.txt": "Nothing here.", "c.txt": "Witkoff left."}
    builder = MentionsBuilder(texts)
    for file, actor, start, end in [("a.txt", "putin", 0, 5), ("a.txt", "witkoff", 10, 17),
                                    ("a.txt", "putin", 19, 24), ("c.txt", "witkoff", 0, 7)]:
        builder.add(file, start, end, actor, actor.title())
    mentions: Mentions = builder.build()
    files = ["a.txt", "b.txt", "c.txt", "absent.txt"]
    named = [mentions.actors_in(file) for file in files]  # (read from the columns: the fit's digest asks it)
    assert named == [[m.actor for m in mentions.in_file(file)] for file in files]
    assert named[0] == ["putin", "witkoff", "putin"]
