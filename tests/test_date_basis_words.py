"""A date's basis in words names the file and quotes the text as they are: only the dates the rules worked out
are written out ('= 10 Mar 2025'). A folder whose files are named by their day ("talks-2025-03-18.txt") is
common; its citations must not name a file that does not exist."""

from __future__ import annotations

from briefing.cite import basis_in_words
from briefing.export import to_markdown
from briefing.load import load_briefing
from tests.helpers import write_folder

ARTICLE = """Envoys meet again in Geneva

By Mara Quill, March 18, 2025

GENEVA — Sergei Lavrov met Marco Rubio in Geneva on March 12 for a second round of talks on the grain corridor.
"""


def test_a_file_named_by_its_day_is_named_as_it_is() -> None:
    words = basis_in_words("talks-2025-03-18.txt: 'March 12' → 2025-03-12, source dated 2025-03-18")
    assert words == "talks-2025-03-18.txt: 'March 12' = 12 Mar 2025, source dated 18 Mar 2025"


def test_a_date_the_text_prints_is_quoted_as_printed() -> None:
    words = basis_in_words("a.txt: '2025-03-12' → 2025-03-12, source dated 2025-03-18; b.txt: 'Monday' → 2025-03-17")
    assert words.startswith("a.txt: '2025-03-12' = 12 Mar 2025, source dated 18 Mar 2025; b.txt: 'Monday' = ")


def test_a_curated_basis_still_reads_in_words() -> None:
    assert basis_in_words("Kremlin readout of 2025-02-12") == "Kremlin readout of 12 Feb 2025"


def test_the_export_names_the_file_of_a_dated_event(tmp_path) -> None:  # noqa: ANN001
    folder = write_folder(tmp_path / "f", {"talks-2025-03-18.txt": ARTICLE})
    markdown = to_markdown(load_briefing(folder))
    dated = [line for line in markdown.splitlines() if "Date from:" in line]
    assert dated, markdown
    assert all("talks-2025-03-18.txt:" in line for line in dated), dated
    assert not any("18 Mar 2025.txt" in line for line in dated), dated
