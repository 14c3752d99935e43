"""Golden exports: the JSON export of the seeds and of each written article folder, kept under tests/data/golden/.

A change to extraction shows up as a diff of these files, read in review (as Black does with its data cases).
Regenerate them, after checking the change is intended, with one command:

    python -m pytest tests/test_golden.py --regen-golden      (or: python tests/regen_golden.py)
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.export import to_json
from briefing.load import bundled_data_dir, load_briefing

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "data" / "golden"
ARTICLES = REPO / "tests" / "data" / "articles"


def names() -> list[str]:
    """`bundled` (curated + automatic), `seeds` (the five articles alone, automatic only), then each style."""
    return ["bundled", "seeds"] + sorted(p.name for p in ARTICLES.iterdir() if (p / "sources").is_dir())


@contextmanager
def _folder(name: str) -> Iterator[Path]:
    if name == "bundled":
        yield bundled_data_dir()
    elif name == "seeds":
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(bundled_data_dir() / "sources", Path(tmp) / "sources")
            yield Path(tmp)
    else:
        yield ARTICLES / name


def export(name: str) -> str:
    with _folder(name) as folder:
        return to_json(load_briefing(folder, use_cache=False))


def golden_file(name: str) -> Path:
    return GOLDEN / f"{name}.json"


def regenerate() -> list[str]:
    """Write every golden export; return the names whose file changed."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    changed = []
    for name in names():
        text, path = export(name), golden_file(name)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    for stale in set(GOLDEN.glob("*.json")) - {golden_file(n) for n in names()}:
        stale.unlink()
        changed.append(stale.stem)
    return changed
