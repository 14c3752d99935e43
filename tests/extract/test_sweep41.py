"""What a new user met first on a folder of their own (issue 10, 8 December, nineteenth session, sweep41): an
outlet's newsletter box that names its editor or writer ("<name>, Editor of the <paper>, picks the week's best
reads in this weekly newsletter", "The Morning newsletter from <role> <name>") was story, and the editor became a
person actor of the story. The articles and boxes are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import auto_people, load_sources, marked_lines

STORY = """Strike shuts ports across Veloria

Dockworkers walked out on Monday, union leader Marta Ilić said. "We will not go back without a deal," Ilić said.

{box}

Transport minister Pavel Horn said the government would talk to the union on Tuesday.
"""

BOXES = [
    "Unlock the Ledger Digest for free. Clara Voss, Editor of the Ledger, picks the week's best reads in this "
    "weekly newsletter.",
    "Clara Voss, Editor of the Ledger, picks the week's best reads in this weekly newsletter.",
    "The Morning newsletter from the Ledger's chief political correspondent Clara Voss",
    "Clara Voss, the Ledger's economics editor, writes the Capital Brief newsletter every Friday.",
    "This article is an on-site version of our Capital Brief newsletter, written by the Ledger's editor Clara Voss.",
    "Get Capital Brief, curated by the Ledger's editor Clara Voss, delivered to your inbox every morning.",
    "Receive Capital Brief, the daily newsletter by the Ledger's editor Clara Voss",
    "The Morning: our chief correspondent Clara Voss guides you through the day's news. Sign up here.",
    "Capital Brief, by the Ledger's editor Clara Voss. Free to subscribers. Sign up",
]


@pytest.mark.parametrize("box", BOXES)
def test_a_newsletter_box_is_furniture_and_its_editor_no_person(tmp_path: Path, box: str) -> None:
    text = STORY.format(box=box)
    assert marked_lines(text)[box]
    people = auto_people(load_sources(tmp_path, a=text))
    assert "Clara Voss" not in people and "Voss" not in people
    assert {"Marta Ilić", "Pavel Horn"} <= set(people)


STORY_LINES = [
    "In a newsletter to members on Monday, union leader Clara Voss said the strike would go on.",
    "Clara Voss, who edits the union's newsletter, said the strike would go on until a deal was signed.",
    '"You can read it in our newsletter," union leader Clara Voss told reporters on Monday in the port.',
    "The union urged dockworkers to sign up for the strike fund before the walkout began on Monday.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_about_a_newsletter_stays_story(line: str) -> None:
    assert not marked_lines(STORY.format(box=line))[line]


# A union's name ("The Veloran General Confederation of Workers"), a forum's breadcrumb trail written without spaces
# ("Latest Discussions»General Discussion»…") and a subhead's word run into the next sentence's subject ("Horn
# Ilić also hit back …", where Horn and Ilić are two people of the story) each became a person; the run-together
# one also took Ilić's surname, so her quotes were left without a speaker.
DOCKS = """Dockers strike across Veloria

Union leader Marta Ilić said on Monday the strike would go on. Prime minister Pavel Horn criticised the union.

"Our strike is lawful," Ilić told state radio. "The law allows it," Ilić said, adding that the members were not being protected. Horn Ilić also hit back at comments made by Horn, who criticised the decision by unions to call a strike.

The Veloran General Confederation of Workers (VGCW) said 50,000 people marched in the capital.

Latest Discussions»General Discussion»Veloria dock strike thread»Reply #5
"""


def test_a_union_a_forum_trail_and_two_surnames_run_together_are_no_people(tmp_path: Path) -> None:
    people = auto_people(load_sources(tmp_path, a=DOCKS))
    assert set(people) == {"Marta Ilić", "Pavel Horn"}


def test_the_surname_of_a_run_together_pair_still_names_its_owner(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=DOCKS)
    names = {a.id: a.name for a in briefing.actors}
    speakers = {q.text: names.get(q.speaker) for q in briefing.quotes}
    assert speakers == {"Our strike is lawful,": "Marta Ilić", "The law allows it,": "Marta Ilić"}


def test_a_breadcrumb_trail_without_spaces_is_furniture() -> None:
    line = "Latest Discussions»General Discussion»Veloria dock strike thread»Reply #5"
    assert marked_lines(DOCKS)[line]
    story = "Ilić called it «a strike for all», and Horn «a strike against the country»."
    assert not marked_lines(f"Dock strike\n\n{story}\n")[story]


# A post shared at a page's foot ("<headline> - https://t.co/… via @Reuters") was story: the agency became an
# actor of the briefing, its evidence the post.
SHARED = """Central bank cuts rate to 3%

The Bank of Veloria lowered its main rate to 3% on Thursday, governor Ines Marlow said.
Ports and banks brace as Veloria cuts rates - https://t.co/Ab12Cd34Ef via @Reuters
Veloria rate cut explained » https://t.co/Zz98Yy76Xx https://t.co/Qq11Ww22Ee
"""


def test_a_shared_post_with_its_short_link_is_furniture_and_its_handle_no_actor(tmp_path: Path) -> None:
    lines = marked_lines(SHARED)
    assert lines["Ports and banks brace as Veloria cuts rates - https://t.co/Ab12Cd34Ef via @Reuters"]
    assert lines["Veloria rate cut explained » https://t.co/Zz98Yy76Xx https://t.co/Qq11Ww22Ee"]
    assert not lines["The Bank of Veloria lowered its main rate to 3% on Thursday, governor Ines Marlow said."]
    briefing = load_sources(tmp_path, a=SHARED)
    assert "Reuters" not in {a.name for a in briefing.actors}


# A forum post printed its time in full and its day again without the year ("Wed Oct 1, 2025, 9:40 PM" over
# "Oct 1"): the two were read as a site's date bar against the article's date and the page was left undated.
POST = """Veloria dockers walk out this Friday
Wed Oct 1, 2025, 9:40 PM
Oct 1

The union called the strike for all ports, its leader Marta Ilić said.
"""


def test_a_day_printed_twice_once_without_its_year_dates_the_page(tmp_path: Path) -> None:
    source = load_sources(tmp_path, a=POST).sources[0]
    assert str(source.published) == "2025-10-01"


def test_two_header_days_that_differ_still_leave_the_page_undated(tmp_path: Path) -> None:
    source = load_sources(tmp_path, a=POST.replace("\nOct 1\n", "\nSep 30\n")).sources[0]
    assert source.published is None


# A forum's page: its welcome banner was the page's headline (every citation of it read "Welcome to …"), and the
# poster's name, post count and recommendation counter were story.
FORUM = """Welcome to Dockside! The place where workers, not algorithms, set the agenda. Join our community: Create an account today Support Dockside: Become a Member Latest News Forums Help & Search

Jo Marlin

(1,204 posts)
3. Veloria dockers walk out this Friday
Wed Oct 1, 2025, 9:40 PM

The union called the strike for all ports, its leader Marta Ilić said on Thursday.

Recommendations

2 members have recommended this post
"""


def test_a_forum_pages_banner_poster_and_counters_are_furniture_and_its_title_the_headline(tmp_path: Path) -> None:
    lines = marked_lines(FORUM)
    assert all(lines[line] for line in lines if not line.startswith(("3. Veloria", "The union", "Wed Oct")))
    assert not lines["The union called the strike for all ports, its leader Marta Ilić said on Thursday."]
    assert load_sources(tmp_path, a=FORUM).sources[0].headline == "3. Veloria dockers walk out this Friday"


def test_a_long_welcome_banner_and_a_separator_alone_are_furniture() -> None:
    banner = ("Welcome to Dockside! The place where working people from every port, not algorithms or owners, "
              "start the threads, run the polls and set the agenda for all of us. Join our community: Create an account today "
              "Support Dockside (and lose the ads!): Become a Member Latest News Editorials Forums Help & Search")
    assert len(banner) > 300
    page = f"{banner}\n\nDockers strike in Veloria\n\nThe union called the strike, Marta Ilić said.\n|\n"
    lines = marked_lines(page)
    assert lines[banner] and lines["|"] and not lines["The union called the strike, Marta Ilić said."]


# A link's question run into a paragraph ("How will Italy's strike affect the trains on 3 October?") was an event of
# the timeline, dated: a question tells of nothing that happened.
ASKED = """Dockers strike across Italy
Thursday 2 October 2025 17:10

Italy's unions confirmed the general strike on Thursday. How will Italy's national strike affect the trains on 3 October? Union leader Marta Ilić said the strike was lawful.
"""


def test_a_question_is_no_event(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=ASKED)
    text = briefing.sources[0].text
    cited = [text[s.start:s.end] for e in briefing.events for s in e.evidence]
    assert cited and not any("How will" in span for span in cited)


# The outlet's own lines about its journalists, each naming one with a role: the journalist became a person of
# the story.
CREDITS = [
    "Clara Voss, the Ledger's labour correspondent, contributed reporting from Rome.",
    "Written by Clara Voss, senior editor",
    "Edited by Clara Voss, Ledger deputy editor",
    "Clara Voss, chief labour correspondent of the Ledger, reports from Rome.",
    "Listen to Clara Voss, the Ledger's labour editor, on our daily podcast.",
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_journalists_credit_line_is_furniture_and_no_person(tmp_path: Path, line: str) -> None:
    text = STORY.format(box=line)
    assert marked_lines(text)[line]
    assert "Clara Voss" not in auto_people(load_sources(tmp_path, a=text))


STORY_CREDITS = [
    "Clara Voss, the union's chief negotiator, reports to the board on Monday.",
    "Edited by hand, the list was sent to the ministry, union leader Clara Voss said.",
    "Clara Voss, who contributed to the strike fund, said she would march on Monday.",
]


@pytest.mark.parametrize("line", STORY_CREDITS)
def test_a_story_sentence_like_a_credit_stays_story(line: str) -> None:
    assert not marked_lines(STORY.format(box=line))[line]


# "General Manager" before a name: "General" was read as the military title and "Manager" as the person's first
# name, so every quote of the man read "Manager Tomas Rell" (seen on the held-out set after its one branch run).
MANAGER = """Rescuers race to reach trapped miners

The mine's General Manager Tomas Rell told a press conference on Friday that the tunnels had collapsed.
"There is no radio contact," Rell said.
"""


def test_a_general_manager_is_a_title_not_part_of_the_name(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=MANAGER)
    people = auto_people(briefing)
    assert set(people) == {"Tomas Rell"}
    names = {a.id: a.name for a in briefing.actors}
    assert [names.get(q.speaker) for q in briefing.quotes] == ["Tomas Rell"]
