"""Site furniture from the lead's blind sets of the sixth session (pages from a public radio station, a news
aggregator, a wire copy), on lines written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.boilerplate import find_regions

# (kind, line): F furniture, A article
PAGE = [
    ("A", "Leaders meet in Washington"),
    ("F", "AFP Published 14 Mar, 2025 09:42am"),
    ("A", "President Donald Trump met French President Emmanuel Macron at the White House on Monday, and the two "
          "men said they had made progress on a plan for Ukraine."),
    ("F", "Jane Roe / AFP via Getty Images / AFP via Getty Images President Trump greets the French president at "
          "the West Wing door on a cold Monday."),
    ("A", "Macron said Europe was ready to take on a larger share of the burden, and Trump said the talks had been "
          "very good."),
    ("F", "President Donald Trump welcomes the French president to the East Room in Washington, Feb. 25, 2025."),
    ("F", "John Doe/AFP via Getty Images"),
    ("A", "The two leaders spoke again by telephone later in the week, officials said."),
    ("F", "By Anna de Vries"),
    ("F", "Share and Follow"),
    ("F", "3 March 2025, 09:12 | Updated: 3 March 2025, 11:40"),
    ("F", "Your support helps us keep reporting. Your donation allows us to send reporters where the news is. "
          "Read more"),
    ("A", "Officials said the two leaders would meet again in the spring to review the plan and the support for it."),
    ("F", "President Anna Holt (L) greets the envoy at her offices in the capital on a grey morning"),
    ("F", "Envoy Keith Kellogg shakes hands with President Volodymyr Zelensky at the palace, in Kyiv, Ukraine, "
          "February 21, 2025"),
    ("A", "The two men then spoke for two hours about the war, aides said, and agreed to meet again soon."),
    ("F", "Moscow backs a short pause in strikes on power plants after a long call with Washington, Kremlin says"),
    ("A", "Officials in both capitals said the envoys would meet again before the end of the month to go on."),
    ("F", "date 2025-03-04 This audio is created with AI assistance"),
    ("F", "17th March 2025, 06:12 GMT+11"),
    ("A", "The ministers spoke again on Tuesday, and both sides said the next round would be held in the Gulf."),
]


def _text() -> str:
    return "\n\n".join(line for _kind, line in PAGE) + "\n"


def _covered(text: str, regions, line: str) -> bool:  # noqa: ANN001
    start = text.index(line)
    return all(any(r.start <= i < r.end for r in regions) for i in range(start, start + len(line))
               if not text[i].isspace())


@pytest.mark.parametrize(("kind", "line"), PAGE[1:])
def test_site_furniture_of_the_sixth_sessions_blind_sets_is_marked_and_story_lines_are_not(kind: str,
                                                                                         line: str) -> None:
    text = _text()
    assert _covered(text, find_regions(text), line) == (kind == "F")
