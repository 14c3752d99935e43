"""Event and publication dates from the "events10" helper's blind sets of the ninth session's second wave (a law on
anti-corruption bodies and the protests against it, a large exchange of prisoners), on articles written for these
tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load.extract.metadata import extract_metadata
from briefing.load.extract.sentences import split_sentences
from helpers import dated_titles, load_sources




def test_a_dateline_with_its_agency_between_slashes_ends_no_sentence_and_leaves_its_title(tmp_path: Path) -> None:
    """"MOSCOW, July 22. /TASS/. Zelensky has signed …": the period after the agency ended a "sentence" of the
    dateline alone, so the lead had no date and its act was no event. The dateline is the lead's now, as Reuters'
    is, and the event's title starts at the lead; a later sentence's own day still dates its own act. (The
    dateline's day no longer dates the lead: events29; the lead here names its own day.)"""
    text = ("MOSCOW, July 22. /TASS/. Volodymyr Zelensky signed a bill on Tuesday that puts the graft bureau under "
            "the prosecutor general. On July 21, Zelensky met the heads of the two agencies in Kyiv.\n")
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans[0].startswith("MOSCOW, July 22. /TASS/. Volodymyr Zelensky signed"), spans
    briefing = load_sources(tmp_path, a="Zelensky signs the bill\n\n" + text,
                     b="Kyiv waits\n\nBy Jane Roe\nJuly 24, 2025\n\nThe capital was quiet after a long week.\n")
    dated = dated_titles(briefing)
    assert ("2025-07-22", "Volodymyr Zelensky signed") in dated, dated
    assert ("2025-07-21", "On July 21,") in dated, dated


def test_a_reuters_dateline_day_gives_way_to_the_leads_own_day(tmp_path: Path) -> None:
    """"KYIV, July 23 (Reuters) - Lawmakers … met on Tuesday …": the dateline's day is the filing's; the lead's
    "on Tuesday" dates its act (as "Oslo, April 7, 2025 – …" already did). The lead was dated by the dateline,
    the day after the meeting."""
    briefing = load_sources(tmp_path, a=(
        "Zelensky meets the bureau's chief\n\nBy Jane Roe\nJuly 23, 2025\n\n"
        "KYIV, July 23 (Reuters) - Volodymyr Zelensky met the head of the graft bureau and two of his deputies "
        "in Kyiv on Tuesday to hear their objections to the bill.\n"))
    assert dated_titles(briefing) == [("2025-07-22", "Volodymyr Zelensky met")]


def test_raids_charges_protests_and_a_completed_exchange_are_events(tmp_path: Path) -> None:
    """Dated sentences whose only act was a raid, charges brought, people taking to the streets or an exchange
    completed were no events at all: none of those verbs was an event verb."""
    briefing = load_sources(tmp_path, a=(
        "Anger over a law\n\nBy Jane Roe\nJuly 24, 2025\n\n"
        "On June 23, the bureau brought bribery charges against Oleksii Chernyshov in Kyiv.\n\n"
        "On July 21, agents of Ukraine's security service raided the offices of the bureau.\n\n"
        "Late on Tuesday, crowds in Kyiv took to the streets to ask Volodymyr Zelensky for a veto.\n\n"
        "Russia and Ukraine completed an exchange of 84 prisoners each on July 20.\n"))
    dated = dated_titles(briefing)
    assert ("2025-06-23", "On June 23,") in dated, dated
    assert ("2025-07-21", "On July 21,") in dated, dated
    assert ("2025-07-22", "Late on Tuesday,") in dated, dated
    assert ("2025-07-20", "Russia and Ukraine") in dated, dated


def test_a_machine_timestamp_before_the_headline_dates_the_page_and_is_furniture(tmp_path: Path) -> None:
    """"Tue Jul 22 08:15:02 UTC 2025: **Headline: …**" (a ctime stamp) dated nothing: the page was undated. It is
    read as the page's date now, and cut from the headline as a stamp, so the headline is no event of that day."""
    text = ("Tue Jul 22 08:15:02 UTC 2025: **Headline: Crowds Gather In Kyiv As Zelensky Signs Law**\n\n"
            "Protests went on in Kyiv as the bureau asked for a new vote.\n")
    meta = extract_metadata("a.txt", text, None)
    assert meta.published is not None and meta.published.iso == "2025-07-22"
    briefing = load_sources(tmp_path, a=text)
    assert dated_titles(briefing) == []
    assert any(r.start == 0 and r.end == len("Tue Jul 22 08:15:02 UTC 2025:") for r in briefing.sources[0].regions)


def test_an_embedded_posts_today_is_not_the_pages_day(tmp_path: Path) -> None:
    """A social post quoted in a page ("#Kyiv: We condemn the raid carried out today …", its signature "— A Desk
    (@adesk) July 21, 2025" below) was an event of the page's day (the 23rd): its "today" read against the page's
    date. A post has its own day: in a paragraph led by a hashtag or carrying a post's link or signature, a date
    is kept only where it is printed in full."""
    briefing = load_sources(tmp_path, a=(
        "Anger over a law\n\nBy Jane Roe\nJuly 23, 2025\n\n"
        "#Kyiv: Volodymyr Zelensky condemned the raid on the bureau today and urged calm.\n\n"
        "We ask every official to respect the courts pic.twitter.com/AbCdEf1234 — A Desk (@adesk) July 21, 2025\n"))
    assert not any(iso == "2025-07-23" for iso, _ in dated_titles(briefing)), dated_titles(briefing)


def test_resignations_are_events(tmp_path: Path) -> None:
    """"<Minister> resigned on <day>", "<X> stepped down on Tuesday", "<Y> quit on <day>" made no event: none of
    these verbs was an event verb (found on the held-out set of this wave, after its first measure)."""
    briefing = load_sources(tmp_path, a=(
        "Ministers leave\n\nBy Jane Roe\nJuly 24, 2025\n\n"
        "Mike Waltz resigned on July 10 after the charges were read.\n\n"
        "Late on Tuesday, Keith Kellogg stepped down as envoy.\n"))
    dated = dated_titles(briefing)
    assert ("2025-07-10", "Mike Waltz resigned") in dated, dated
    assert ("2025-07-22", "Late on Tuesday,") in dated, dated
