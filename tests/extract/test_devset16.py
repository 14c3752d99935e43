"""Classes of the "devset16" helper (issue 10, fifteenth session), from re-measuring the dev set, on prose written for
these tests: every sentence and quotation is invented. A demand or a citation named in its maker's words right after
"as" ("X demanded a halt … as a “…”") gives X the words; a sentence opening with a person's view ("For X, <a clause
naming no one else> “…”") gives X the words, a country, a time or a clause with someone else in it not, and unnamed
sayers after it ("For X, aides said … “…”") leave the words unknown; "the U.S. secretary" is the one secretary of
that side the article names, and "the defense secretary" the gazetteer's "Secretary of Defense"; a visit or meeting
told in the present right before a weekday ("X, who visits Y on Thursday") is planned, so the weekday is the coming
one."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import load_articles, speaker_named

HEAD = "Envoys trade barbs over a freeze\n\nThe freeze on shared satellite data entered its second week on Monday.\n\n"
TAIL = "\n\nTalks on the data are due to resume later in the month.\n"
WORDS = "first step toward calmer seas"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: speaker unknown ("demanded" and "cited" were no verbs of saying)
    ("The Kremlin also demanded a full halt of foreign drills near its border as a “" + WORDS + ".”", "Kremlin"),
    ("Lavrov demanded a full halt of foreign drills near its border as a “" + WORDS + ",” officials said.",
     "Sergei Lavrov"),
    ("Lavrov cited the end of the drills as the “" + WORDS + ".”", "Sergei Lavrov"),
    # guards, as on main: a comma before "as" (another clause); the quote is someone else's judgement
    ("Lavrov demanded a full halt of foreign drills, as “" + WORDS + "” was what critics wanted.", None),
    ("Lavrov demanded a full halt of foreign drills, which Rubio called a “" + WORDS + ".”", "Marco Rubio"),
])
def test_a_demand_named_in_its_makers_words(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0] == speaker


GOAL = "a goal beyond reach"
INTRO = "U.S. Defense Secretary Pete Hegseth spoke to allies in Brussels on Wednesday. "


@pytest.mark.parametrize(("line", "speaker"), [
    # main: speaker unknown (only "For X, “…”" with the quotation right after the comma gave X the words)
    (INTRO + "For Hegseth, any deal must start from the view that full recovery of Ukraine's land is “" + GOAL + ".”",
     "Pete Hegseth"),
    (INTRO + "For the U.S. secretary, any deal must start from the view that full recovery of the land is “"
     + GOAL + ".”", "Pete Hegseth"),
    # guards, as on main: a country or a time opens no one's view; someone else in the clause; a clause with its
    # own speech verb; a pronoun that could be someone else's
    ("For Ukraine, any deal must start from the view that full recovery of the land is “" + GOAL + ".”", None),
    ("For years, any deal started from the view that full recovery of the land is “" + GOAL + ".”", None),
    (INTRO + "For Hegseth, the view of Zelensky that full recovery of the land is “" + GOAL + "” is odd.", None),
    ("Zelensky spoke first. For Hegseth, his view that full recovery of the land is “" + GOAL + "” is odd.", None),
])
def test_a_sentence_opening_with_a_persons_view(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert speaker_named(tmp_path, HEAD + line + TAIL, GOAL)[0] == speaker


@pytest.mark.parametrize(("intro", "speaker"), [
    (INTRO, "Pete Hegseth"),  # main: speaker unknown ("the U.S. secretary" was no role)
    ("Secretary of Defense Pete Hegseth spoke to allies in Brussels. ", "Pete Hegseth"),  # main: unknown
    # guard, as on main: two U.S. secretaries named, so "the U.S. secretary" is neither plainly
    ("U.S. Defense Secretary Pete Hegseth met Secretary of State Marco Rubio in Brussels. ", None),
])
def test_the_us_secretary_is_the_one_the_article_names(tmp_path: Path, intro: str, speaker: str | None) -> None:
    text = HEAD + intro + "“Full recovery of the land is " + GOAL + ",” the U.S. secretary said." + TAIL
    assert speaker_named(tmp_path, text, "Full recovery")[0] == speaker


PAGE = "Leaders meet in Washington\n\nFeb 25, 2025\n\n"  # a Tuesday


@pytest.mark.parametrize(("line", "day"), [
    # main: 2025-02-20, the Thursday before the page's day, for a visit the present tense tells as planned
    ("British Prime Minister Keir Starmer visits the Elysee Palace on Thursday.", "2025-02-27"),
    ("Keir Starmer travels to Washington on Thursday for talks on the ports.", "2025-02-27"),
    # guards, as on main: a visit told in the past; a meeting gone by
    ("Keir Starmer visited the Elysee Palace on Thursday.", "2025-02-20"),
    ("Keir Starmer met Olaf Scholz on Monday.", "2025-02-24"),
])
def test_a_visit_told_in_the_present_is_the_coming_weekday(tmp_path_factory, line: str, day: str) -> None:  # noqa: ANN001
    briefing = load_articles(tmp_path_factory, "visit", {"page.txt": PAGE + line + "\n"})
    assert [e.date.iso for e in briefing.events if e.origin == "auto"] == [day]


def test_his_visits_is_no_verb(tmp_path_factory) -> None:  # noqa: ANN001
    """Guard, as on main: "his visits … on Monday" is a noun: no plan, the Monday read as the last one."""
    briefing = load_articles(tmp_path_factory, "visits", {"page.txt": PAGE + "His visits to the ports on Monday "
                                                           "drew large crowds, officials said.\n"})
    assert all(e.date.iso != "2025-03-03" for e in briefing.events)


@pytest.mark.parametrize(("line", "speaker"), [
    # main: Pete Hegseth (the opener's name read as the speech verb's subject; the sayers are unnamed)
    ("For Hegseth, aides said that full recovery of the land is “" + GOAL + ".”", None),
    ("For Hegseth, his aides said that full recovery of the land is “" + GOAL + ".”", None),
    # guard, as on main: a named subject of the clause's own speech verb
    ("For Hegseth, Zelensky said that full recovery of the land is “" + GOAL + ".”", "Volodymyr Zelensky"),
])
def test_unnamed_sayers_after_a_persons_view(tmp_path: Path, line: str, speaker: str | None) -> None:
    assert speaker_named(tmp_path, HEAD + line + TAIL, GOAL)[0] == speaker


@pytest.mark.parametrize(("intro", "role", "speaker"), [
    # main: speaker unknown (the gazetteer's "US Secretary of Defense" did not read as "defense secretary")
    (INTRO, "the defense secretary", "Pete Hegseth"),
    (INTRO, "the U.S. defense secretary", "Pete Hegseth"),
    ("Pete Hegseth met Secretary of State Marco Rubio. ", "the defense secretary", "Pete Hegseth"),
    # guard, as on main: the other secretary
    ("Pete Hegseth met Secretary of State Marco Rubio. ", "the secretary of state", "Marco Rubio"),
])
def test_the_defense_secretary_is_the_secretary_of_defense(tmp_path: Path, intro: str, role: str,
                                                           speaker: str) -> None:
    text = HEAD + intro + "“Full recovery of the land is " + GOAL + ",” " + role + " said." + TAIL
    assert speaker_named(tmp_path, text, "Full recovery")[0] == speaker
