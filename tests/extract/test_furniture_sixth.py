"""Site furniture from the lead's blind sets of the sixth session (pages from a public radio station, a news
aggregator, a wire copy), on lines written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.boilerplate import find_regions

# (kind, line): F furniture, A article
PAGE = [
    ("A", "Leaders meet in Washington"),
    ("F", "AFP Published 22 Mar, 2025 11:10pm"),
    ("A", "President Donald Trump met French President Emmanuel Macron at the White House on Monday, and the two "
          "men said they had made progress on a plan for Ukraine."),
    ("F", "Jane Roe / AFP via Getty Images / AFP via Getty Images President Trump meets with French President "
          "Emmanuel Macron in the Oval Office of the White House on Monday."),
    ("A", "Macron said Europe was ready to take on a larger share of the burden, and Trump said the talks had been "
          "very good."),
    ("F", "President Donald Trump welcomes French President Emmanuel Macron to the White House in Washington, "
          "Feb. 24, 2025."),
    ("F", "John Doe/AFP via Getty Images"),
    ("A", "The two leaders spoke again by telephone later in the week, officials said."),
    ("F", "By Anna de Vries"),
    ("F", "Share and Follow"),
    ("F", "27 February 2025, 17:36 | Updated: 27 February 2025, 18:37"),
    ("F", "Your support helps us to tell the story. Your donation allows us to keep sending reporters to the scene. "
          "Read more"),
    ("A", "Officials said the two leaders would meet again in the spring to review the plan and the support for it."),
    ("F", "President Anna Holt (L) greets the envoy at her offices in the capital on a grey morning"),
    ("F", "U.S. envoy Keith Kellogg shakes hands with President Volodymyr Zelensky, amid the war, in Kyiv, Ukraine, "
          "February 20, 2025"),
    ("A", "The two men then spoke for two hours about the war, aides said, and agreed to meet again soon."),
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
