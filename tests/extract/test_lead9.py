"""Classes from the lead's blind sets of the ninth session (a broadcast interview, a defence plan, another
region's security talks), on articles written for these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Briefing, Stance
from helpers import dated_titles, load_sources, quotes_of
from tests.extract.test_positions import positions_of


def _load(tmp_path: Path, text: str) -> Briefing:
    return load_sources(tmp_path, page=text)


def _dated(briefing: Briefing) -> dict[str, str]:
    """The first three words of every automatic event's title → its date."""
    return {title: iso for iso, title in dated_titles(briefing)}


def _said(quotes: dict[str, str | None], start: str) -> str | None:
    """The speaker of the one quote that starts with `start`."""
    (speaker,) = [who for text, who in quotes.items() if text.startswith(start)]
    return speaker


def test_a_year_a_treaty_is_named_by_dates_no_event(tmp_path: Path) -> None:
    # "of 1981" names the accord; the envoys' talks are not of that year
    dated = _dated(_load(tmp_path, (
        "Envoys meet again\n"
        "Published March 12, 2025\n\n"
        "According to state radio, the two envoys discussed a draft text that would replace the Harbour Accord "
        "between Chile and Peru of 1981.\n")))
    assert "1981" not in dated.values()


def test_a_year_a_goal_falls_due_by_dates_no_event(tmp_path: Path) -> None:
    dated = _dated(_load(tmp_path, (
        "A budget pledge\n"
        "Published March 12, 2025\n\n"
        "Prime Minister Keir Starmer has called for closer defence ties, pledging to lift spending to 3% of "
        "national income by 2029.\n")))
    assert "2029" not in dated.values()


def test_a_capitalised_ahead_of_a_weekdays_meeting_leaves_the_verbs_own_day(tmp_path: Path) -> None:
    # Thursday is the council's; the commission president spoke on the Tuesday of the page's date
    dated = _dated(_load(tmp_path, (
        "A defence plan\n"
        "Published March 11, 2025\n\n"
        "Ahead of Thursday's European Council meeting, Ursula von der Leyen on Tuesday presented a plan to "
        "pool orders for air defence.\n")))
    assert dated.get("Ahead of Thursday's") == "2025-03-11"


@pytest.mark.parametrize(("text", "said", "who"), [
    # A Korean name puts the family name first; the family name alone, short as it is, is the person later on.
    ("North Korean leader Kim Jong Un inspected a shipyard on Monday.\n\n“The fleet will grow,” Mr Kim said.\n",
     "The fleet will grow", "Kim Jong Un"),
    ("South Korean President Lee Jae-myung spoke in Seoul on Monday.\n\n“Talks must resume,” Lee said.\n",
     "Talks must resume", "Lee Jae-myung"),
    # A Chinese family name of two letters.
    ("Chinese President Xi Jinping received envoys in Beijing on Monday.\n\n“Trade is a bridge,” Xi said.\n",
     "Trade is a bridge", "Xi Jinping"),
])
def test_a_family_name_put_first_speaks_alone_later(tmp_path: Path, text: str, said: str, who: str) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n" + text)
    assert _said(quotes, said) == ids[who]


def test_a_western_name_after_a_korean_family_name_keeps_its_surname_last(tmp_path: Path) -> None:
    # "Lee Anderson" is no Korean name: "Anderson" alone is him, "Lee" alone is no one.
    quotes, ids = quotes_of(tmp_path, (
        "A headline\nThe British lawmaker Lee Anderson spoke in London on Monday.\n\n"
        "“The vote was close,” Anderson said.\n"))
    assert _said(quotes, "The vote was close") == ids["Lee Anderson"]


def test_a_site_address_glued_to_a_paragraph_is_furniture_and_never_cited(tmp_path: Path) -> None:
    briefing = _load(tmp_path, (
        "A defence plan\n"
        "Published March 11, 2025\n\n"
        "example.com.trThe announcement came after reports that Trump paused military aid to Ukraine.\n"))
    cited = [span.text for p in briefing.positions for span in p.evidence]
    assert cited and all("example.com" not in text for text in cited)


def test_the_name_opening_a_clause_after_but_holds_its_verb_across_an_aside() -> None:
    # Zelensky opens the clause after ", but"; the aside "cheered on by Paris" names no holder
    found = positions_of("Trump wants a swift deal to end the war in Ukraine, but Zelensky, cheered on by Paris, has "
                         "pushed for security guarantees.")
    assert ("ukraine", "security_guarantees", Stance.FOR) in found
    assert not any(side == "europe" for side, _issue, _stance in found)


def test_a_speech_verb_in_the_aside_after_but_leaves_the_holder_unsaid() -> None:
    # (whose words these are is Macron's report: no stance put on Zelensky's side from it)
    assert not any(side == "ukraine" for side, _issue, _stance in positions_of(
        "Trump wants a swift deal, but Zelensky, Macron said, has pushed for security guarantees."))


def test_a_year_in_a_relative_clause_with_a_pronoun_dates_the_thing_not_the_statement(tmp_path: Path) -> None:
    dated = _dated(_load(tmp_path, (
        "A council statement\n"
        "Published April 28, 2025\n\n"
        "The ruling council said Kim Jong Un ordered the deployment under the defence pact he signed with Moscow "
        "last year.\n\n"
        "Kim Jong Un said he inspected the shipyard on Monday.\n")))
    assert "2024" not in dated.values()
    assert dated.get("Kim Jong Un") == "2025-04-28"  # (a pronoun after "said" opens the sentence's own clause)


@pytest.mark.parametrize("sentence", [
    # the subject inside the quotation is someone else, with an adverb before the cue: not the speaker's stance
    "“The other side agreed to terms. They are already trying to wriggle out of the truce,” Zelensky said.",
    "“He is clearly seeking a ceasefire on his own terms,” Trump said of the Russian leader.",
])
def test_a_third_person_with_an_adverb_inside_a_quote_holds_no_stance_for_the_speaker(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_the_speakers_own_we_with_an_adverb_still_holds_the_stance() -> None:
    assert ("ukraine", "ceasefire", Stance.FOR) in positions_of("“We are already seeking a ceasefire,” Zelensky said.")


def test_a_caption_whose_credit_follows_a_copyright_sign_is_furniture_and_never_cited(tmp_path: Path) -> None:
    briefing = _load(tmp_path, (
        "Talks to start at once\n"
        "Published May 19, 2025\n\n"
        "Donald Trump said on Monday that talks would start \"at once\" after a long call with Vladimir Putin.\n\n"
        "Donald Trump (l.) said the talks would start \"at once\" after he spoke to Vladimir Putin. "
        "© Collage: Jane Roe / POOL / AFP & REUTERS\n\n"
        "Putin called the call \"useful\" in remarks to reporters.\n"))
    caption = briefing.sources[0].text.index("Donald Trump (l.)")
    assert not any(q.span.start >= caption and q.span.start < caption + 150 for q in briefing.quotes)
    assert any(q.text.startswith("at once") for q in briefing.quotes)


def test_a_date_of_what_a_war_began_with_dates_no_talks(tmp_path: Path) -> None:
    # (the month is the invasion's, inside "the conflict that began with …"; the talks are undated here)
    dated = _dated(_load(tmp_path, (
        "Talks ahead\n"
        "Published May 20, 2025\n\n"
        "According to Trump, Russia and Ukraine are to begin talks aimed at a truce, ending the war that had begun "
        "with an attack on its neighbour in February 2022.\n")))
    assert "2022-02" not in dated.values()
