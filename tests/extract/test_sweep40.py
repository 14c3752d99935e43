"""What a new user met first on a folder of their own (issue 10, 7 December, eighteenth session, sweep40): a bank
written "Banco Rivera" (and "Banc Rivera" on another page) became a person actor with "Rivera" as its surname,
listed among the people and as "person unplaced" by `briefing check`; a page that prints no headline was cited
by its first paragraph cut inside a word ("… shares of Banco Ri"). The articles are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import load_sources

from briefing.load.extract.firm_words import written_as_firms

BID = """Talks collapse between two lenders

Shareholders of Banco Rivera rejected the offer on Thursday. Banco Rivera said the result showed its value.
Rivera chairman Tomas Elorza said: "We are stronger alone."
"""

OTHER = """A quiet week for Spanish banks

Banc Rivera and its rival kept their branches open. Tomas Elorza, the chairman of Rivera, said little more.
"""


def test_a_bank_named_banco_is_no_person(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, bid=BID, other=OTHER)
    people = {a.name for a in briefing.actors if a.origin == "auto" and a.kind == "person"}
    assert "Tomas Elorza" in people
    assert not any("Rivera" in name for name in people)


def test_a_firm_word_at_the_front_gives_the_firms_short_name_too() -> None:
    assert {"Banco Rivera", "Rivera"} <= written_as_firms("Shares of Banco Rivera fell.")
    assert {"Grupo Andino", "Andino"} <= written_as_firms("Grupo Andino said on Monday it would sell.")


LEAD = ("As on most big days, the chairman of the buyer, Tomas Elorza, and its chief executive, Ines Vall, "
        "spent the morning defending an unsolicited offer worth almost 9.1 billion euros in shares of Banco "
        "Rivera before a room of analysts.")
NO_HEADLINE = f"""{LEAD}

Elorza said the offer was fair and that no jobs would be lost.
"""


def test_a_page_without_a_headline_is_cited_by_whole_words(tmp_path: Path) -> None:
    assert len(LEAD) > 200
    headline = load_sources(tmp_path, lead=NO_HEADLINE).sources[0].headline
    assert len(headline) <= 201 and headline.endswith("…")
    assert LEAD.startswith(headline[:-1])
    assert LEAD[len(headline) - 1] == " "  # cut between two words, never inside one


ADDRESSED = """https://www.lakeport-ledger.example.com/business/2025/10/rivera-bid-fails
Talks collapse between two lenders

Rivera chairman Tomas Elorza said on Friday that the board would meet again.
"""


def test_a_page_address_on_the_first_line_names_its_outlet(tmp_path: Path) -> None:
    source = load_sources(tmp_path, addressed=ADDRESSED).sources[0]
    assert source.outlet == "lakeport-ledger.example.com"
    assert source.headline == "Talks collapse between two lenders"


def test_a_shortened_link_or_an_address_inside_text_names_no_outlet(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, short="https://t.co/Ab12Cd\n" + ADDRESSED.split("\n", 1)[1],
                            inline="Read at https://www.lakeport-ledger.example.com/b\n" + ADDRESSED.split("\n", 1)[1])
    assert all(s.outlet in ("", "unknown") for s in briefing.sources)


DATE_BAR = """Monday, December 22nd, 2025

Assembly votes on the Lakeport budget

LAKEPORT: The Lakeport Assembly passed the budget on Thursday while the opposition stayed away.

Finance Minister Mara Sell said the vote was lawful and that the budget would stand.

Publish Date : 9 June 2025 10:05 AM

Harbour workers plan a march on the capital
"""


def test_a_site_date_bar_does_not_date_a_page_whose_foot_prints_its_publish_date(tmp_path: Path) -> None:
    # (the bar is the site's day, the foot's labelled line the page's, or the other way round: left undated,
    # with both shown, rather than dated five months off with "Thursday" taken from it)
    briefing = load_sources(tmp_path, bar=DATE_BAR)
    source = briefing.sources[0]
    assert source.published is None or source.published.iso == "2025-06-09"
    assert not any(e.date is not None and e.date.iso.startswith("2025-12") for e in briefing.events)


def test_a_date_bar_alone_still_dates_its_page(tmp_path: Path) -> None:
    page = DATE_BAR.replace("Publish Date : 9 June 2025 10:05 AM\n", "")
    source = load_sources(tmp_path, bar=page).sources[0]
    assert source.published is not None and source.published.iso == "2025-12-22"


CAPTIONED = """Elorza: "We accept the result"

The chairman says he will stay.

Rivera chairman Tomas Elorza at the results presentation. JO ROE / LAKEPORT PRESS
17/10/2025

Tomas Elorza said on Friday that he would stay at the bank. "We accept the result," Elorza said.
"""


def test_a_caption_ending_in_a_credit_in_capitals_is_furniture_and_never_cited(tmp_path: Path) -> None:
    from helpers import marked_lines

    caption = "Rivera chairman Tomas Elorza at the results presentation. JO ROE / LAKEPORT PRESS"
    assert marked_lines(CAPTIONED)[caption]
    briefing = load_sources(tmp_path, captioned=CAPTIONED)
    at = CAPTIONED.index(caption)
    spans = [s for a in briefing.actors for r in a.roles for s in r.evidence]
    spans += [s for e in briefing.events for s in e.evidence] + [q.span for q in briefing.quotes]
    assert not any(s.start < at + len(caption) and at < s.end for s in spans)


def test_a_story_sentence_with_a_slash_stays_story() -> None:
    from helpers import marked_lines

    line = "The bank said on Friday that the chairman would stay. The vote ran 12 to 3 / 4 said Elorza."
    assert not marked_lines(f"Headline of the day\n\n{line}\n")[line]


def test_a_publish_date_line_is_furniture() -> None:
    from helpers import marked_lines

    assert marked_lines(DATE_BAR)["Publish Date : 9 June 2025 10:05 AM"]
