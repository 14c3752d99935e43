"""Sides come from the folder: a folder's sides.toml names its parties, their badges, filter keys and the cues
that place people on them; without one the bundled sides hold, and where those do not fit the articles the
positions say so. The folder is tests/data/other_negotiation (articles written for the tests)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.export import to_dict, to_markdown
from briefing.load import load_briefing
from briefing.load.sides import bundled_sides
from briefing.model import Briefing
from tests.helpers import write_folder

OTHER = Path(__file__).parent / "data" / "other_negotiation"


@pytest.fixture(scope="module")
def other() -> Briefing:
    return load_briefing(OTHER, use_cache=False)


def _person(briefing: Briefing, name: str):
    return next(a for a in briefing.actors if a.name == name)


def test_the_people_get_the_folders_sides(other: Briefing) -> None:
    assert not other.problems
    assert _person(other, "Anya Brecht").side == "keldor"  # "Keldorian Foreign Minister"
    assert _person(other, "Piet Oster").side == "keldor"
    assert _person(other, "Tomas Reyk").side == "varnia"
    assert _person(other, "Lena Valk").side == "varnia"
    # "Norwegian": the folder puts Norway with the mediators (the bundled sides put it in Europe).
    assert _person(other, "Ingrid Solberg").side == "mediator"
    ilves = _person(other, "Marta Ilves")  # "a senior adviser to both delegations": no cue, no side
    assert ilves.side == "unplaced" and not ilves.placed
    # The folder's own country names are cues, not people ("said Keldor" is no person called Keldor).
    assert not any(a.name in ("Keldor", "Varnia") for a in other.actors)


def test_a_bundled_actor_whose_side_the_folder_does_not_list_is_other_there(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    shutil.copytree(OTHER, folder)
    (folder / "sources" / "004_moscow.txt").write_text(
        "Moscow watches the sea talks\n\nRussian Foreign Minister Sergey Lavrov said on Tuesday that Moscow "
        "would welcome any agreement between Keldor and Varnia.\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    lavrov = next(a for a in briefing.actors if a.id == "lavrov")  # the bundled gazetteer knows him
    assert lavrov.side == "other" and briefing.side(lavrov.side).label == "Other"
    assert {a.side for a in briefing.actors} <= {s.id for s in briefing.sides}


def test_the_matrix_has_the_folders_columns_and_its_positions_their_sides(other: Briefing) -> None:
    assert [s.id for s in other.negotiating_sides] == ["keldor", "varnia"]
    assert [s.id for s in other.sides] == ["keldor", "varnia", "mediator", "other", "unplaced"]
    assert {p.side for p in other.positions} == {"keldor", "varnia"}
    assert other.cell("keldor", "median")[-1].stance.value == "for"
    assert other.cell("varnia", "median")[-1].stance.value == "against"


def test_check_names_the_sides(capsys) -> None:
    main(["check", "--data", str(OTHER)])
    out = capsys.readouterr().out
    assert "Keldor *" in out and "Varnia *" in out and "Mediators" in out
    assert "Ukraine" not in out and "Russia" not in out


def test_export_names_the_sides(other: Briefing) -> None:
    data = to_dict(other)
    sides = json.loads(json.dumps(data["sides"], default=list))
    assert [(s["id"], s["label"], s["letter"], s["key"], s["negotiating"]) for s in sides[:3]] == [
        ("keldor", "Keldor", "K", "K", True), ("varnia", "Varnia", "V", "v", True),
        ("mediator", "Mediators", "M", "m", False)]
    assert "Tessin" in sides[1]["cues"]
    markdown = to_markdown(other)
    assert "| Proposition | Keldor | Varnia |" in markdown
    assert "### Keldor" in markdown and "### Mediators" in markdown


def test_the_bundled_briefing_keeps_its_four_sides() -> None:
    bundled = load_briefing()
    assert [s.label for s in bundled.negotiating_sides] == ["US", "Russia", "Ukraine", "Europe"]
    assert bundled.sides == bundled_sides()
    assert "sides" not in to_dict(bundled)  # the JSON contract of the bundled briefing is as it was


def test_a_folder_on_another_story_without_sides_or_issues_says_the_matrix_does_not_fit(tmp_path: Path,
                                                                                         capsys) -> None:
    folder = tmp_path / "f"
    shutil.copytree(OTHER / "sources", folder / "sources")  # the articles alone: no sides.toml, no issues.toml
    briefing = load_briefing(folder, use_cache=False)
    assert briefing.negotiating_sides == () and briefing.positions == () and briefing.issues == ()
    assert "This story's matrix does not fit these articles" in to_markdown(briefing)
    main(["check", "--data", str(folder)])
    out = " ".join(capsys.readouterr().out.split())
    assert "This story's matrix does not fit these articles" in out and "sides.toml" in out


def _problems(tmp_path: Path, **toml: str) -> list[str]:
    folder = write_folder(tmp_path, {"a.txt": "Keldorian Foreign Minister Anya Brecht said the talks went well.\n"},
                          **toml)
    return [str(p) for p in load_briefing(folder, use_cache=False).problems]


SIDES = """[[side]]
id = "keldor"
label = "Keldor"
letter = "K"
key = "K"
negotiating = true
cues = ["Keldorian"]

[[side]]
id = "varnia"
label = "Varnia"
letter = "V"
key = "j"
negotiating = true
cues = ["Varnian", "Keldorian"]

[[side]]
id = "keldor"
label = "Again"
letter = "A"

[[side]]
id = "tessin"
label = "Tessin"
letter = "TS"

[[side]]
id = "oslo"
label = "Oslo"
letter = "O"
key = "K"
colour = "red"
"""


def test_a_bad_sides_file_names_file_and_line_and_the_rest_loads(tmp_path: Path) -> None:
    problems = _problems(tmp_path, sides=SIDES)
    expected = {
        "sides.toml:13: [[side]] varnia: key 'j' is already bound by the dashboard",
        "sides.toml:15: [[side]] varnia: cue 'Keldorian' already places people on side 'keldor'",
        "sides.toml:18: [[side]] keldor: duplicate id 'keldor'",
        "sides.toml:25: [[side]] tessin: letter 'TS' must be one character",
        "sides.toml:31: [[side]] oslo: key 'K' already filters side 'keldor'",
        "sides.toml:32: [[side]] oslo: unknown key 'colour'",
    }
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    folder = tmp_path
    briefing = load_briefing(folder, use_cache=False)
    assert [(s.id, s.key) for s in briefing.sides] == [("keldor", "K"), ("varnia", ""), ("oslo", ""),
                                                     ("other", "o"), ("unplaced", "")]
    assert next(a for a in briefing.actors if a.name == "Anya Brecht").side == "keldor"


def test_unknown_sides_in_actors_and_positions_are_reported_with_their_line(tmp_path: Path) -> None:
    actors = '[[actor]]\nid = "brecht"\nname = "Anya Brecht"\nside = "us"\n'
    issues = '[[issue]]\nid = "median"\nname = "Median line"\nkeywords = ["median line"]\n'
    positions = ('[[position]]\nside = "mediator"\nissue = "median"\nstance = "for"\n'
                 'evidence = [{ source = "a", text = "Anya Brecht said" }]\n')
    sides = '[[side]]\nid = "keldor"\nlabel = "Keldor"\nletter = "K"\nnegotiating = true\n\n' \
            '[[side]]\nid = "mediator"\nlabel = "Mediators"\nletter = "M"\n'
    problems = _problems(tmp_path, sides=sides, actors=actors, issues=issues, positions=positions)
    assert any(p.startswith("actors.toml:4: [[actor]] brecht: side 'us' is not one of the sides: keldor, "
                            "mediator, other, unplaced") for p in problems), problems
    assert any(p.startswith("positions.toml:2: [[position]] #1: side 'mediator' is not one of the "
                            "negotiating sides: keldor") for p in problems), problems


def test_a_sides_file_that_is_not_toml_says_where_and_the_briefing_still_loads(tmp_path: Path) -> None:
    problems = _problems(tmp_path, sides='[[side]]\nid = "keldor"\nlabel = Keldor\n')
    assert any(p.startswith("sides.toml:3: malformed TOML") for p in problems), problems


def test_a_sides_file_without_sides_says_so_and_the_matrix_has_no_columns(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": "Keldorian Foreign Minister Anya Brecht said the talks went well.\n"},
                          sides="# nothing yet\n", actors='[[actor]]\nid = "x"\nname = "X"\nside = "nowhere"\n')
    briefing = load_briefing(folder, use_cache=False)
    problems = [str(p) for p in briefing.problems]
    assert any(p.startswith("sides.toml: no sides in it; write one [[side]] per side") for p in problems), problems
    assert [s.id for s in briefing.sides] == ["other", "unplaced"] and not briefing.negotiating_sides
    assert "No negotiating side in sides.toml" in to_markdown(briefing)


def test_changing_sides_toml_changes_the_cached_briefing(tmp_path: Path, cache_dir: Path) -> None:
    folder = tmp_path / "f"
    shutil.copytree(OTHER, folder)
    assert load_briefing(folder).side("varnia").label == "Varnia"
    sides = folder / "sides.toml"
    sides.write_text(sides.read_text(encoding="utf-8").replace('label = "Varnia"', 'label = "Varnian Republic"'),
                     encoding="utf-8")
    again = load_briefing(folder)
    assert again.side("varnia").label == "Varnian Republic"
    assert load_briefing(folder).side("varnia").label == "Varnian Republic"  # and from the cache


def test_a_briefing_built_without_sides_still_lists_its_actors_sides() -> None:
    from briefing.model import Actor

    briefing = Briefing(data_dir="x", actors=(Actor(id="a", name="A", side="us"), Actor(id="b", name="B")))
    assert briefing.side_ids == ("us", "other")
    assert briefing.side("us").label == "Us" and briefing.side("unplaced").letter == "?"


# Written for this test: invented prose about other talks that the US and the EU mediate (no side of this story's
# war is named), where the bundled sides once fitted because the US and Europe were named more than anyone else.
MEDIATED = {
    "01_brussels.txt": "Envoys meet in Brussels\n\nBRUSSELS, June 12, 2025 — Serbian President Aleksandar Vucic and "
                       "Kosovo Prime Minister Albin Kurti met in Brussels on Thursday for talks hosted by the European "
                       "Union's envoy Miroslav Lajcak.\n\nThe United States envoy Gabriel Escobar backed the EU's "
                       "proposal and said sanctions on Kosovo could be lifted once tensions ease in the north.\n",
    "02_deal.txt": "Brussels pushes for new talks\n\nBRUSSELS, July 3, 2025 — The European Union wants Serbia and "
                   "Kosovo back at the table before the autumn. Lajcak proposed a new meeting in September.\n\n"
                   "Washington supported the EU's mediation and offered investment to both sides.\n",
}


def test_talks_the_us_and_europe_mediate_between_others_do_not_get_this_storys_matrix(tmp_path: Path) -> None:
    briefing = load_briefing(write_folder(tmp_path, MEDIATED), use_cache=False)
    assert briefing.negotiating_sides == () and briefing.positions == ()  # was: "US for easing sanctions on Russia"
    assert "This story's matrix does not fit these articles" in to_markdown(briefing)


#: Ukraine's people are named (the bundled sides fit), but on a question none of the bundled issues is about.
_VOTE = {
    "01_vote.txt": "Assembly backs Kyiv's text on children\n\nNEW YORK, June 4, 2025 — The assembly adopted a text on "
                   "Wednesday asking for the return of children taken from Ukraine. Ukraine's foreign minister "
                   "Andrii Sybiha thanked the members who voted for it.\n",
}


def test_the_export_says_so_where_the_bundled_sides_fit_but_no_issue_does(tmp_path: Path) -> None:
    briefing = load_briefing(write_folder(tmp_path, _VOTE), use_cache=False)
    assert briefing.negotiating_sides and briefing.issues == ()
    markdown = to_markdown(briefing)
    positions = markdown[markdown.index("## Positions"):markdown.index("## Quotes")]
    assert "No issues defined for this folder; add issues.toml. The bundled issues are about another story." \
        in " ".join(positions.split())  # before: a table's header and no row, nothing said
    assert "| Proposition |" not in positions
