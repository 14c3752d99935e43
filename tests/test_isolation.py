"""The model and the loaders never import Textual (the TUI reads the model; it does not compute it)."""

import subprocess
import sys


def test_model_and_load_do_not_import_textual() -> None:
    code = (
        "import sys; import briefing.model, briefing.load, briefing.export, briefing.report; "
        "from briefing.load import load_briefing; load_briefing(); "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Textual modules imported: {result.stdout}"
