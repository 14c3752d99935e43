"""The JSON export of the seeds and of each written article folder equals its golden copy (tests/data/golden/).

A failure is a behaviour change: read the diff; if it is intended, regenerate with
`python -m pytest tests/test_golden.py --regen-golden` and commit the new files with the change.
"""

from __future__ import annotations

import difflib

import pytest
from golden import export, golden_file, names


@pytest.mark.parametrize("name", names())
def test_export_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    actual = export(name)
    path = golden_file(name)
    if request.config.getoption("--regen-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"no golden export {path.name}: run pytest tests/test_golden.py --regen-golden"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                            f"golden/{path.name}", "export now", n=2))
        lines = diff.splitlines()
        shown = "\n".join(lines[:80]) + (f"\n… {len(lines) - 80} more diff lines" if len(lines) > 80 else "")
        pytest.fail(f"the export of {name} differs from its golden copy (intended? regenerate with "
                    f"`python -m pytest tests/test_golden.py --regen-golden`):\n{shown}", pytrace=False)
