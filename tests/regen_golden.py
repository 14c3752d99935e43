"""Regenerate the golden exports in tests/data/golden/ (see tests/golden.py). Review the diff before committing.

    python tests/regen_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from golden import regenerate  # noqa: E402

if __name__ == "__main__":
    changed = regenerate()
    print("changed: " + ", ".join(changed) if changed else "no golden export changed")
