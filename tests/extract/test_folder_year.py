"""A date printed without a year takes the folder's year only when the folder is of one year; `check` names the
date it could not place. Every article here is written for these tests (no third-party text)."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing
from briefing.load.extract.metadata import date_clues, folder_year
from briefing.report import unestablished

_DATED = {
    "talks.txt": "Talks open in Nairobi\nPublished November 5, 2022\n\nEthiopian and Kenyan envoys met on Monday.\n",
    "deal.txt": "Deal signed\nPublished March 23, 2023\n\nEthiopian envoys signed a deal on Wednesday.\n",
    "truce.txt": "Truce holds\nPublished June 9, 2023\n\nKenyan envoys signed a truce on Friday.\n",
}
_YEARLESS = {
    "wire.txt": "NAIROBI, Nov 3 (Reuters) - Ethiopian and Kenyan negotiators confirmed the text of the agreement "
                "on Thursday.\n",
    "agency.txt": "Nairobi (Kenya), Nov. 3 (AP) Ethiopian officials confirmed the full text of the agreement on "
                  "Thursday.\n",
}


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    for name, text in files.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    return folder


def test_each_file_votes_once_and_one_year_must_hold_the_folder() -> None:
    conflict = date_clues("Talks\nREUTERS | Published February 19, 2023\n\nRIYADH, Feb 18 (Reuters) - Envoys met.\n"
                          "BREITBART | Published February 18, 2025\n\nTHE TIMES | Published February 18, 2025\n")
    assert folder_year([conflict]) == 2025  # the 2023 byline is the file's conflict, not its year
    assert folder_year([date_clues(text) for text in _DATED.values()]) is None  # 2022, 2023, 2023
    assert folder_year([date_clues(_DATED["deal.txt"]), date_clues(_DATED["truce.txt"])]) == 2023
    assert folder_year([]) is None


def test_a_yearless_dateline_in_a_folder_of_several_years_stays_undated(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, _DATED | _YEARLESS), use_cache=False)
    published = {s.file: s.published for s in briefing.sources}
    assert published["wire.txt"] is None and published["agency.txt"] is None
    assert not [e for e in briefing.events if any(sp.source in _YEARLESS for sp in e.evidence)]
    warnings = {w.where: w.message for w in unestablished(briefing) if w.kind == "undated source"}
    assert "'NAIROBI, Nov 3 (Reuters)' (line 1) without a year" in warnings["wire.txt:1"]
    assert "'Nairobi (Kenya), Nov. 3 (AP)' (line 1) without a year" in warnings["agency.txt:1"]


def test_a_yearless_dateline_in_a_folder_of_one_year_takes_it(tmp_path: Path) -> None:
    files = {"deal.txt": _DATED["deal.txt"], "truce.txt": _DATED["truce.txt"], "wire.txt": _YEARLESS["wire.txt"]}
    briefing = load_briefing(_folder(tmp_path, files), use_cache=False)
    wire = next(s for s in briefing.sources if s.file == "wire.txt")
    assert wire.published is not None and wire.published.iso == "2023-11-03"


_SHARED = {
    "riyadh.txt": "Riyadh talks\nPublished February 19, 2025\n\nMarco Rubio and Sergei Lavrov met in Riyadh on Tuesday "
                  "to discuss ending the war in Ukraine.\n",
    "deal.txt": _DATED["deal.txt"],
    "agrees.txt": "RIYADH, Feb 19 (Reuters) - Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday to discuss ending "
                  "the war in Ukraine, officials said.\n",
    "contradicts.txt": "RIYADH, Mar 30 (Reuters) - Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday to discuss "
                       "ending the war in Ukraine, officials said.\n",
}


def test_a_yearless_dateline_takes_the_year_of_the_events_it_shares_only_where_they_hold_its_day(
        tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, _SHARED), use_cache=False)  # 2025 and 2023: no folder year
    sources = {s.file: s for s in briefing.sources}
    agrees, contradicts = sources["agrees.txt"], sources["contradicts.txt"]
    assert agrees.published is not None and agrees.published.iso == "2025-02-19"
    assert agrees.published_basis == "inferred" and "'RIYADH, Feb 19 (Reuters)'" in agrees.published_note
    assert contradicts.published is None
    assert not [e for e in briefing.events if any(sp.source == "contradicts.txt" for sp in e.evidence)]
