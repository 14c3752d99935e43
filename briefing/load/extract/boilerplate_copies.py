"""Lines a page prints twice (boilerplate.py calls this pass; split out of it along this seam):
  boiler:repeated-line  a caption or alt text printed twice in a row (both copies), the headline again after the
                        page's chrome or behind a category tag (the copy; cut off with "...", too), and a page's summary run into its
                        lead ("<standfirst> <first words of the lead>…" above the standfirst and the lead: the
                        meta description a scrape keeps; the copy), and a line printed three times or more
                        anywhere on the page (every copy: a sponsor's slot between paragraphs; story never says
                        one sentence thrice)
One dictionary pass over the lines' keys, linear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.load.extract.boilerplate_sidebar import SENTENCE_END as _SENTENCE_END

__all__ = ["HEAD_LINES", "mark_copies"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: Lines of the page's head in which a copy of its headline is looked for (a category tag before it).
HEAD_LINES = 12
#: Lines from a caption to its copy at most, when only furniture or short lines (its credit) stand between.
_CREDIT_GAP = 6


def mark_copies(lines: Lines, keys: list[str], marks: Marks, is_short: Callable[[str], bool]) -> None:
    """A line printed twice is furniture where it repeats: the caption or alt text pages print twice in a
    row (both copies), the headline again after the page's chrome, or with a category tag before it
    ("Featured & Cover <headline>"). Lines of four words or more; one dictionary pass, linear."""
    seen: dict[str, int] = {}
    counts = Counter(keys)
    _summaries_run_into_leads(keys, marks)
    # The headline: the page's first line of four words or more that is not furniture.
    at = next((i for i, key in enumerate(keys[:HEAD_LINES]) if len(key.split()) >= 4 and marks[i] is None), None)
    if at is not None:
        # "Home World <headline>" and then "<headline>": the first is the copy, with the page's tags before it.
        after = next((i for i in range(at + 1, min(len(keys), HEAD_LINES)) if len(keys[i].split()) >= 4), None)
        if after is not None and (keys[at].endswith(" " + keys[after])
                                  and len(keys[at].split()) - len(keys[after].split()) <= 3
                                  or _cut_copy(lines[at][2], keys[at], keys[after])):
            marks[at] = ("boiler:repeated-line", "Repeated line (caption or headline copy)")
            at = after
    headline = keys[at] if at is not None else None
    for index in range(1, min(len(keys), HEAD_LINES)):
        # An outlet's name printed twice in a row at the page's head, a logo's text and its name ("The Example
        # Post - UK" twice): the copy, short as it is (the first stays the head's first line for the passes that
        # read lines after it, a byline's; headlines.py takes no line printed twice in a row).
        if keys[index] and keys[index] == keys[index - 1] and len(keys[index].split()) in (2, 3) \
                and not _SENTENCE_END.search(lines[index][2]):
            marks[index] = marks[index] or ("boiler:repeated-line", "Repeated line (the outlet's name)")
    for index, key in enumerate(keys):
        if len(key.split()) < 4 or lines[index][2].startswith("("):
            continue  # short lines have their own rules; "(SOUNDBITE OF …)" is a transcript's, not furniture
        first = seen.setdefault(key, index)
        if first != index and marks[index] is None:
            marks[index] = ("boiler:repeated-line", "Repeated line (caption or headline copy)")
            if marks[first] is None and first != at and index - first <= _CREDIT_GAP \
                    and all(marks[j] is not None or is_short(lines[j][2]) for j in range(first + 1, index)) \
                    and (index - first > 1 or not _SENTENCE_END.search(lines[index][2])):
                # a caption printed twice in a row, or with only its credit between ("Name/AP", "Pool"): both;
                # a paragraph printed twice in a row (a page's summary, then its body) keeps its first copy
                marks[first] = marks[index]
            if counts[key] >= 3 and marks[first] is None and (first != at or lines[first][2].endswith(".")):
                # (the headline printed three times keeps its first copy; a headline has no full stop)
                marks[first] = ("boiler:repeated-line", "Line printed three times (an ad's slot)")
        elif headline and at < index < HEAD_LINES and marks[index] is None and key != headline \
                and key.endswith(" " + headline) and len(key.split()) - len(headline.split()) <= 3:
            marks[index] = ("boiler:repeated-line", "Repeated line (caption or headline copy)")


def _cut_copy(line: str, key: str, headline: str) -> bool:
    """"Home Analysis <the headline's first words>..." above the headline: the page's tags and its headline cut
    off with an ellipsis (a breadcrumb), the copy; up to three words of tags, four of the headline at least."""
    if not line.rstrip().endswith(("...", "…")):
        return False
    words = key.split()
    return any(len(words) - tags >= 4 and headline.startswith(" ".join(words[tags:])) for tags in range(4))


def _summaries_run_into_leads(keys: list[str], marks: Marks) -> None:
    """In the page's head, a line that is the next line (a standfirst of four words or more) and then the first
    words of the line after it (the lead, cut off): the page's summary as a scrape keeps it, the copy."""
    for index in range(min(len(keys), HEAD_LINES) - 2):
        summary, lead = keys[index + 1], keys[index + 2]
        if marks[index] is not None or len(summary.split()) < 4 or not keys[index].startswith(summary + " "):
            continue
        rest = keys[index][len(summary) + 1:]
        if len(rest.split()) >= 4 and lead.startswith(rest):
            marks[index] = ("boiler:repeated-line", "Repeated line (caption or headline copy)")
