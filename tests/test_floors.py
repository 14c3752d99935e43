"""The committed labelled sets stay at the level they were measured at (tests/data/floors.toml).

Seeds: the gold set in tests/gold/ (benchmarks/evaluate.py's figures). Written articles: each style under
tests/data/articles/ scored against its labels.toml (benchmarks/scoring.py). A change that lowers a figure fails
here, naming it; a change that raises one should raise its floor (`python benchmarks/evaluate.py --floors`).
"""

from __future__ import annotations

import contextlib
import io
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.evaluate import labelled_folder, seed_figures, written_styles  # noqa: E402

FLOORS = tomllib.loads((REPO / "tests" / "data" / "floors.toml").read_text(encoding="utf-8"))


def _below(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    missing = [f"{key}: not measured any more" for key in floors if key not in figures]
    return missing + [f"{key} = {figures[key]:.3f} < floor {floor}" for key, floor in floors.items()
                      if key in figures and figures[key] < floor - 1e-9]


def test_seed_gold_figures_hold() -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        figures = seed_figures()
    assert not _below(figures, FLOORS["seeds"])


def test_every_written_style_has_floors() -> None:
    assert sorted(s.name for s in written_styles()) == sorted(FLOORS["written"])


@pytest.mark.parametrize("style", sorted(FLOORS["written"]))
def test_written_style_figures_hold(style: str) -> None:
    result = labelled_folder(REPO / "tests" / "data" / "articles" / style)
    below = _below(result.figures(), FLOORS["written"][style])
    assert not below, "\n".join(below + ["what went wrong:"] + result.notes)
