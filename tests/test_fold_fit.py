"""Whether the bundled sides and issues fit a folder (load/fit.py) reads the first sources alone: a folder that
grows by files sorting last keeps its fit, which a load takes from the article store (merge._fits) instead of
working it out again; a file added among the first works it out again; every load exports byte for byte what a
load without a cache does.

Articles: the seeds and the invented ones of test_incremental.py and test_fold_merges.py. No third-party text.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_fold_merges import FISH
from test_incremental import _text, assert_as_cold, exported, make_folder, seeds, write

import briefing.load.fit as fit
import briefing.load.merge as merge


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The sources of each fit of the bundled sides worked out (the sample made two sources long)."""
    monkeypatch.setattr(fit, "_FIT_SAMPLE", 2)
    done: list[list[str]] = []
    real = merge.bundled_sides_fit

    def counted(sides, actors, sources, mentions):  # noqa: ANN001, ANN202
        done.append([source.file for source in sources[:fit._FIT_SAMPLE]])  # noqa: SLF001
        return real(sides, actors, sources, mentions)

    monkeypatch.setattr(merge, "bundled_sides_fit", counted)
    return done


def test_a_fold_of_files_after_the_sample_takes_the_fit_kept(tmp_path: Path, cache_dir: Path,
                                                            worked: list[list[str]],
                                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [seeds()[0]])
    write(folder, "m_fish.txt", FISH)
    exported(folder)
    assert len(worked) == 1
    write(folder, f"zz1_{seeds()[0]}", _text(seeds()[0]))  # (a copy: the same actors)
    worked.clear()
    exported(folder)
    assert folded(caplog) == 1
    assert worked == []  # (kept: the sample is the same two files)
    assert_as_cold(folder)


def test_a_file_added_in_the_sample_works_the_fit_out_again(tmp_path: Path, cache_dir: Path,
                                                           worked: list[list[str]], monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """Added last to a folder smaller than the sample (a fold), and added before every other file (a full merge):
    the sample is another, the fit is worked out for it, and the export is a load without cache's."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    monkeypatch.setattr(fit, "_FIT_SAMPLE", 3)
    folder = make_folder(tmp_path / "f", [seeds()[0], "w_unrelated.txt"])
    exported(folder)
    write(folder, "zz_fish.txt", FISH)
    worked.clear()
    exported(folder)
    assert folded(caplog) == 1
    assert worked == [[seeds()[0], "w_unrelated.txt", "zz_fish.txt"]]
    assert_as_cold(folder)
    write(folder, "0000_fish.txt", FISH.replace("Sunday", "Monday").replace("March 9", "March 10"))
    caplog.clear()
    worked.clear()
    unfit = exported(folder)
    assert folded(caplog) == 0
    assert worked == [["0000_fish.txt", seeds()[0], "w_unrelated.txt"]]
    assert unfit == assert_as_cold(folder)
