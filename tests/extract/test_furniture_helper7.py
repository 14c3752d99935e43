"""Site furniture on stories the rules were not written on (issue 10, 6 December, seventh session): a reading-time
widget, a summary box's points under "Key Points", a byline after a wire dateline, and a caption with its credit
the scrape ran onto the start of a paragraph. The page is invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines

PAGE = """\
Harbour deal signed after a day of talks
812 words, 4 minutes read time
Key Points
Ministers sign harbour deal in Valletta
Ferry fees to fall next year
Talks praised by both delegations
Valletta, Mar 3 (Wirepress).- By Ana Roe i Puig
The two ministers signed the harbour agreement on Monday after a day of talks, officials said, and both called it a fair deal.
PORTRAIT – Minister Jo Vella (L) greets envoy Sam Roe at the harbour in Valletta on March 3, 2025. Lena Camilleri | Afp | Getty Images The minister said on Monday that the ferry fees would fall next year and that the port would stay open to every ship.
"""


def _covered(text: str, fragment: str) -> bool:
    start = text.index(fragment)
    regions = find_regions(text)
    return all(any(r.start <= i < r.end for r in regions) for i in range(start, start + len(fragment))
               if not text[i].isspace())


def _touched(text: str, fragment: str) -> bool:
    start = text.index(fragment)
    return any(r.start < start + len(fragment) and start < r.end for r in find_regions(text))


def test_a_reading_time_widget_and_a_summary_box_are_furniture() -> None:
    marked = marked_lines(PAGE)
    assert marked["812 words, 4 minutes read time"]
    assert marked["Key Points"]
    assert marked["Ministers sign harbour deal in Valletta"] and marked["Talks praised by both delegations"]
    assert not marked["Harbour deal signed after a day of talks"]  # the headline
    assert not _touched(PAGE, "The two ministers signed the harbour agreement")


def test_a_byline_after_a_wire_dateline_is_furniture_the_dateline_is_not() -> None:
    assert _covered(PAGE, "By Ana Roe i Puig")
    assert not _touched(PAGE, "Valletta, Mar 3 (Wirepress)")


def test_a_caption_run_onto_a_paragraphs_start_ends_at_its_credit() -> None:
    assert _covered(PAGE, "PORTRAIT – Minister Jo Vella (L) greets envoy Sam Roe")
    assert _covered(PAGE, "Lena Camilleri | Afp | Getty Images")
    assert not _touched(PAGE, "The minister said on Monday that the ferry fees would fall")


SOCIAL = """\
Leaders meet at the palace
The two leaders met at the palace on Thursday and agreed to work together on a trade deal within the year.
The prime minister and the president at the palace press conference. Photo: X/@PalaceOffice
The talks covered energy, defence and the price of fertiliser, officials said after the meeting ended.
The two leaders discuss trade and defence ties.(X-@pmoffice)
03-02-2025Trade dominated the discussions, which ran for two hours, and both sides praised the outcome.
"""


def test_a_social_account_credit_and_a_glued_day_are_furniture() -> None:
    marked = marked_lines(SOCIAL)
    assert marked["The prime minister and the president at the palace press conference. Photo: X/@PalaceOffice"]
    assert marked["The two leaders discuss trade and defence ties.(X-@pmoffice)"]
    assert _covered(SOCIAL, "03-02-2025")
    assert not _touched(SOCIAL, "Trade dominated the discussions")
