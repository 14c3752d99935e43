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


#: A folder on one episode: two dated reports a day apart, and undated pages that print no year at all.
_EPISODE = {
    "first.txt": "Truce announced\nPublished June 23, 2025\n\nThe president announced a truce between Israel and "
                 "Iran on Monday.\n",
    "second.txt": "Truce tested\nPublished June 24, 2025\n\nIsrael accused Iran of breaking the truce on Tuesday, "
                  "officials said.\n",
    "undated.txt": "Strikes and a truce\n\nIsrael launched strikes on Iran on June 13, the ministry said. Iran "
                   "accused Israel of new attacks on Monday.\n",
    "named_year.txt": "A look back\n\nIsrael launched strikes on Iran on June 14, officials said, as in 2024.\n",
}


def test_an_undated_page_printing_no_year_takes_its_month_days_year_from_the_folders_span(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, _EPISODE), use_cache=False)
    dated = {(sp.source, e.date.iso) for e in briefing.events for sp in e.evidence}
    assert ("undated.txt", "2025-06-13") in dated
    basis = next(e.date_basis for e in briefing.events if any(sp.source == "undated.txt" for sp in e.evidence))
    assert "year from the folder's dated sources (2025-06-23 to 2025-06-24)" in basis
    # A weekday needs the article's own date: the folder's span does not give it.
    assert not [d for s, d in dated if s == "undated.txt" and d != "2025-06-13"]
    # A page that prints a year somewhere is not read against the folder.
    assert not [d for s, d in dated if s == "named_year.txt" and d.startswith("2025-06")]


def test_the_folders_span_gives_one_year_or_none() -> None:
    import datetime as dt

    from briefing.load.extract.date_resolvers import in_folder
    from briefing.load.extract.dates import folder_span
    from briefing.model import PartialDate

    winter = (dt.date(2024, 12, 10), dt.date(2025, 1, 15))
    assert in_folder(12, 18, winter)[0].iso == "2024-12-18"
    assert in_folder(1, 3, winter)[0].iso == "2025-01-03"
    assert in_folder(6, 1, winter) is None  # neither year's June 1 lies near the folder
    assert in_folder(2, None, winter)[0].iso == "2025-02"
    assert folder_span([PartialDate.parse("2025-06-23")]) is None  # one dated source is not a span
    assert folder_span([PartialDate.parse("2022-11-05"), PartialDate.parse("2023-06-09")]) is None  # seasons apart
    assert folder_span([PartialDate.parse("2025-06-24"), None, PartialDate.parse("2025-06-23")]) == (
        dt.date(2025, 6, 23), dt.date(2025, 6, 24))


def test_check_says_which_events_took_the_folders_year(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, _EPISODE), use_cache=False)
    warnings = {w.where: w.message for w in unestablished(briefing) if w.kind == "undated source"}
    assert warnings["undated.txt:1"].endswith("1 event of it takes the year from the folder's dated sources, "
                                              "not from its text")
    assert "folder" not in warnings["named_year.txt:1"]
