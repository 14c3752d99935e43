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


def test_the_report_does_not_import_the_extraction_rules() -> None:
    # `check` on a cached folder needs the report, not the rules: importing the extraction package compiles
    # ~1,300 patterns (about a second) before the report prints a line (a warm `check` at 10,000 long articles
    # took 2.5–2.9 s against 1.5 s without it).
    code = ("import sys; import briefing.report, briefing.export, briefing.cli; "
            "print(','.join(sorted(m for m in sys.modules if m.startswith('briefing.load.extract'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"extraction modules imported: {result.stdout}"
