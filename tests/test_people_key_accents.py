"""A person introduced with accents and written without them in another article is
one person to the per-article cache: adding the article that introduces him redoes the article that writes his
name without them, so the folded load shows what a load from nothing shows (people_key.py). The articles are
invented for these tests: no one said or did these things."""

from __future__ import annotations

import io
from pathlib import Path

from briefing.export import write_json
from briefing.load import load_briefing

SURNAME_PLAIN = ("Trade talks stall\n\nBRUSSELS, May 6, 2025 -- Talks on steel quotas with Sefcovic "
                 "stalled on Tuesday, and the offer was thought too small.\n")
INTRO_ACCENTED = ("Commissioner flies to Washington\n\nBRUSSELS, May 5, 2025 -- European Trade Commissioner "
                  "Maroš Šefčovič said on Monday that he would fly to Washington.\n")


def _export(folder: Path, use_cache: bool = True) -> str:
    out = io.StringIO()
    write_json(load_briefing(folder, use_cache=use_cache), out)
    return out.getvalue()


def test_a_name_written_without_its_accents_is_redone_when_its_person_arrives(tmp_path: Path,
                                                                            cache_dir: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a_surname.txt").write_text(SURNAME_PLAIN, encoding="utf-8")
    _export(folder)  # the surname's article is kept with no one of that name in the folder
    (folder / "sources" / "b_intro.txt").write_text(INTRO_ACCENTED, encoding="utf-8")
    warm = _export(folder)
    assert warm == _export(folder, use_cache=False)
    # the surname written the other way is a mention of the commissioner, not an unknown name
    assert '"name": "Sefcovic"' not in warm and '"name": "Šefčovič"' not in warm
