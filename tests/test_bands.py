"""Confidence bands per kind (issue 10): evaluate.py reports them from labels kept outside the articles' folder,
and the 80 % rule sets the threshold below which automatic items would be hidden."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import evaluate  # noqa: E402
from briefing.model.confidence import threshold  # noqa: E402

# Written for this test: the prose and the statements in it are invented.
ARTICLE = ("Envoys meet again\n\nKYIV, April 20, 2025 — Zelensky agreed to a ceasefire on Sunday.\n\n"
           "Russia rejected NATO membership for Ukraine.\n")
LABELS = """version = 1
[[article]]
file = "talks.txt"
published = "2025-04-20"
position = [
  { fragment = "Zelensky agreed to a ceasefire", side = "ukraine", issue = "ceasefire", stance = "for" },
  { fragment = "Russia rejected NATO membership", side = "russia", issue = "nato", stance = "for" },
]
person = [ { name = "Volodymyr Zelensky", side = "ukraine", aliases = ["Zelensky"] } ]
"""


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        evaluate.main(["--skip-seeds", "--skip-written", *argv])
    return out.getvalue()


def test_bands_from_labels_outside_the_folder(tmp_path: Path) -> None:
    articles, labels = tmp_path / "articles", tmp_path / "elsewhere" / "set.toml"
    articles.mkdir()
    labels.parent.mkdir()
    (articles / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    labels.write_text(LABELS, encoding="utf-8")
    text = _run("--dev", str(articles), "--labels", str(labels))
    assert "labelled found 0.500 (1/2)" in text  # the second label is wrong on purpose: judged, not found
    bands = text[text.index("confidence bands"):].splitlines()[1:6]
    rows = {line.split()[0]: " ".join(line.split()[1:]) for line in bands}
    assert list(rows) == ["quote", "event", "position", "mention", "alias"]
    # the reversed label: half right, not enough items (the second sentence has the strict shape, strict_shape.py;
    # the first opens with a dateline)
    assert rows["position"].startswith("≥0.9: 1.000 (1/1) ≥0.95: 0.000 (0/1)")
    assert rows["mention"].startswith("≥0.9: 1.000 (1/1)")  # Zelensky, judged by the article's people label
    assert rows["quote"] == rows["alias"] == "no judged items"


def test_labels_must_follow_their_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
        _run("--labels", str(tmp_path / "set.toml"))


def test_threshold_hides_only_below_a_band_that_is_right_often_enough() -> None:
    # a band with too few judged items sets nothing; a failing band hides it and everything below it
    assert threshold({0.5: (1, 4), 0.9: (10, 10)}) == 0.0
    assert threshold({0.5: (2, 6), 0.7: (5, 5), 0.9: (10, 10)}) == 0.7
    assert threshold({0.5: (6, 6), 0.7: (2, 6), 0.9: (9, 10)}) == 0.9
