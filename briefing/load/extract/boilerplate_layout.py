"""Furniture known by where a line stands rather than by its words (boilerplate.py marks lines by their words):
  boiler:inset-line       a short line that is no sentence, between two paragraphs of the story: a photo
                          caption, a video's title, an ad slot's name ("Trump meeting with el-Sisi", "RM Block"),
                          another story's headline ("…, Kremlin says")
  boiler:trailing-links   headlines of other stories after the story's last paragraph (title case, no sentence)
  boiler:link-list        a link-list header alone on its line ("ALSO READ", "Continue reading") and the
                          headlines under it
  boiler:summary-box      a summary box's heading ("Key Points", "Highlights") and the points under it
  boiler:section-tag      the page's first line naming its sections ("Economy, Asia - Pacific", "World › Europe")
  boiler:head-label       one word alone next to the headline: a section's or a button's label ("Americas", "Quote")
  boiler:caps-headline    after the story's first paragraph, a line in capitals ("COULD THE PLAN WORK?": another
                          story's linked headline, or a heading) or led by a name in capitals and a colon with no
                          sentence end ("SMITH: Putin ‘let me down’ on peace"; at the page's head it is its own)
  boiler:caption-copy     a caption printed twice in a row, the second time with its credit glued on
  boiler:name-caption, boiler:head-name, boiler:head-picture, boiler:post-body: a verbless caption listing
                          people, a name alone at the page's head, the lead picture's caption under it, an
                          embedded post's text
                          (boilerplate_names.py)
  boiler:caption-label, boiler:title-copy, boiler:beat-byline: a caption under its label line, the page's title
                          above its headline, a beat's byline (boilerplate_labels.py)
Each pass reads every line once (linear); a line already marked keeps its mark.
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_labels import mark_labelled
from briefing.load.extract.boilerplate_names import (
    mark_head_names,
    mark_head_pictures,
    mark_name_captions,
    mark_post_bodies,
    mark_posters,
)

__all__ = ["mark_by_layout"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: A line that ends as a sentence does (or a quotation, or a parenthesis).
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
#: A line that leads into what follows: a list's heading, a transcript's label, a clause cut off.
_LEAD_IN = re.compile(r"[:,;–—-]\s*$")
#: Words of an inset line at most, and of a paragraph at least.
_INSET_WORDS = 14
_PARAGRAPH_WORDS = 12
#: Another story's headline linked between two paragraphs ends on its source, with no full stop: "…, Kremlin
#: says" (a longer inset line than a caption's, with that ending only).
_HEADLINE_SAYS = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:says|warns|claims|reports|confirms)$")
_LINKED_HEADLINE_WORDS = 24
#: A capitalised word alone, no sentence: a label ("Americas", "Quote"); and one or two of them.
_LABEL_WORD = re.compile(r"[A-Z][a-z]{2,20}")
_LABEL_WORDS = re.compile(r"[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?")
#: An outlet's name alone: "Example News", "The Daily Example Times" (up to three words before the noun).
_OUTLET = re.compile(r"(?:[A-Z][\w.&'’-]*\s){0,3}(?:News|Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|"
                     r"Chronicle|Daily|Express|Observer|Standard|Today|Online|Media|TV|Radio)")
#: What separates a section tag's names.
_SECTION_SEPARATOR = re.compile(r",\s|\s[|›»>]\s")


def _words(line: str) -> int:
    return len(line.split())


def _paragraph(line: str, ended: bool) -> bool:
    """A line of story: twelve words or more (ending as a sentence, when `ended`)."""
    return _words(line) >= _PARAGRAPH_WORDS and (not ended or _SENTENCE_END.search(line) is not None)


def _no_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is None and _LEAD_IN.search(line) is None


def _title_case(line: str) -> bool:
    """Most words of four letters or more are capitalised ("Ohio Man Indicted for Alleged Threat …")."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) >= 4]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _run_in_label(line: str, after: str) -> bool:
    """A section's run-in label in title case ("Forced to Resign") before a short paragraph of one sentence."""
    return _words(line) <= _RUN_IN_WORDS and _title_case(line) and _words(after) >= 4 \
        and _SENTENCE_END.search(after) is not None


#: Words of a run-in section label at most.
_RUN_IN_WORDS = 6


def mark_by_layout(lines: Lines, marks: Marks) -> None:
    """Mark, in `marks`, the lines that are furniture by where they stand (see the module's docstring)."""
    count = len(lines)
    mark_labelled(lines, marks)
    mark_post_bodies(lines, marks)
    mark_posters(lines, marks)
    mark_name_captions(lines, marks)
    mark_head_names(lines, marks)
    if count >= 2 and marks[0] is None and _section_tag(lines[0][2]) and _words(lines[1][2]) > _words(lines[0][2]):
        marks[0] = ("boiler:section-tag", "Section tag")
    # One word alone on a line of the page's head, the headline's neighbour: a section or a button's label
    # ("Americas", "Quote"); or the outlet's name ("Example News").
    for index in range(min(count - 1, 3)):
        if marks[index] is None and (_LABEL_WORD.fullmatch(lines[index][2]) or _OUTLET.fullmatch(lines[index][2])) \
                and any(_words(line) >= 4 for _s, _e, line in lines[max(0, index - 1):index + 2]):
            marks[index] = ("boiler:head-label", "Section or button label")
    mark_head_pictures(lines, marks)
    # (the page's first line that is no furniture is its headline, not an inset, whatever stands above it: a
    # picture desk's caption above "X wins her third Tour" reads as a paragraph)
    first = next((i for i in range(count) if marks[i] is None), count)
    for index in range(max(1, first + 1), count - 1):
        line = lines[index][2]
        if marks[index] is None and (2 <= _words(line) <= _INSET_WORDS or _LABEL_WORD.fullmatch(line)
                                     or (_words(line) <= _LINKED_HEADLINE_WORDS and _HEADLINE_SAYS.search(line))) \
                and _no_sentence(line) and not lines[index + 1][2].lstrip()[:1].islower() \
                and _paragraph(lines[index - 1][2], ended=True) and (_paragraph(lines[index + 1][2], ended=False)
                                                                     or _run_in_label(line, lines[index + 1][2])):
            # (a next line opening lower-case continues this one: a sentence a hard wrap broke, not an inset;
            # one capitalised word alone there is a section's label: "Recall", "Background")
            marks[index] = ("boiler:inset-line", "Caption or inset line")
    _credited_copies(lines, marks)
    _caps_headlines(lines, marks)
    _link_lists(lines, marks)
    _teaser_heads(lines, marks)
    _cut_teasers(lines, marks)
    # Other stories' headlines after the last paragraph.
    last = max((i for i in range(count) if _paragraph(lines[i][2], ended=True)), default=None)
    if last is None:
        return
    tail = range(last + 1, count)
    # (a capitalised word or two alone after the last paragraph, "Today", "More", is a link's too)
    if tail and all(marks[i] is not None or (3 <= _words(lines[i][2]) <= 20 and _no_sentence(lines[i][2])
                                             and _title_case(lines[i][2]))
                    or (_words(lines[i][2]) <= 2 and _LABEL_WORDS.fullmatch(lines[i][2])) for i in tail):
        for i in tail:
            if marks[i] is None:
                marks[i] = ("boiler:trailing-links", "Other stories' headlines")


#: A line in capitals of four to twenty words, or a question of two ("WHAT HAPPENED?") (not a transcript's "(SOUNDBITE OF …)" nor a speaker's "NAME:"
#: label), or a name in capitals, a colon and a headline with no sentence end.
_CAPS_HEADLINE = re.compile(r"(?=(?:[^\sa-z]+\s+){3,19}[^\sa-z]+$|[^\sa-z]+\s[^\sa-z]+\?$)(?=[^(]*[A-Z]{3})[^a-z(]+[^a-z:\s]|"
                            r"[A-Z][A-Z’'-]{2,}(?:\s[A-Z][A-Z’'-]{2,}){0,2}:\s+[A-Z‘“'\"][^.!?:]{4,100}[^\W\d_]")


def _teaser_heads(lines: Lines, marks: Marks) -> None:
    """The line right above another story's view count and clock ("12101:37The …", boilerplate_rules' teaser
    stamp) is the headline that count belongs to, when it is no sentence: the list's first item."""
    for index in range(1, len(lines)):
        if marks[index] is not None and marks[index][0] == "boiler:teaser-stamp" and marks[index - 1] is None \
                and _no_sentence(lines[index - 1][2]) and _words(lines[index - 1][2]) <= 30:
            marks[index - 1] = ("boiler:teaser-stamp", "Other stories")


#: Other stories' teasers the page cut off, three or more lines in a row each ending in an ellipsis.
_CUT_TEASERS = 3


def _cut_teasers(lines: Lines, marks: Marks) -> None:
    """Three or more lines in a row, each cut off with an ellipsis ("Governor X says he is under pressure …"):
    other stories' teasers (no story's paragraphs end so, one after another). One pass."""
    run: list[int] = []
    for index in [*range(len(lines)), None]:
        if index is not None and lines[index][2].endswith(("…", "...")) and _words(lines[index][2]) >= 4:
            run.append(index)
            continue
        if len(run) >= _CUT_TEASERS:
            for i in run:
                if marks[i] is None:
                    marks[i] = ("boiler:cut-teasers", "Other stories' headlines")
        run = []


def _caps_headlines(lines: Lines, marks: Marks) -> None:
    """Lines in capitals, or led by a name in capitals and a colon with no sentence end, after the story's first
    paragraph: another story's linked headline or a heading, never the story's text. One pass."""
    begun = False
    for index, (_s, _e, line) in enumerate(lines):
        if begun and marks[index] is None and _CAPS_HEADLINE.fullmatch(line):
            marks[index] = ("boiler:caps-headline", "Heading or linked headline in capitals")
        begun = begun or (marks[index] is None and _paragraph(line, ended=True))


#: A photo credit the scrape glued to a caption's copy: "Jo Roe" or "1st Sgt. Jo Roe" (a rank, a name).
_GLUED_CREDIT = re.compile(r"(?:\d\w{0,3}\s)?(?:[A-Z][\w.'’-]*\s?){1,5}")


#: A photographer's credit after a label ending a caption: "… Photograph: Jo Roe/APA/AFP/Getty".
_CREDIT_LABEL_END = re.compile(r"[.!?]\s+(?:Photograph|Photo|Picture|Image)s?\s*:\s*[A-Z][^.!?:]{0,80}$")


def _credited_copies(lines: Lines, marks: Marks) -> None:
    """A caption printed twice in a row, the second time with its credit glued on ("Secretary X, Jo Roe" and then
    "Secretary X, Jo Roe1st Sgt. Ann Doe"): both lines are the picture's. One pass, each line read once."""
    for index in range(1, len(lines)):
        above, line = lines[index - 1][2], lines[index][2]
        if _words(above) >= 3 and len(line) > len(above) and line.startswith(above) and _no_sentence(above) \
                and (_GLUED_CREDIT.fullmatch(line, len(above))
                     or (line[len(above):len(above) + 1] == "." and _CREDIT_LABEL_END.search(line, len(above)))):
            # (…or the caption again as its first sentence, a sentence more and a photographer's credit: "X
            # observes tributes" then "X observes tributes. Y began on Monday. Photograph: Jo Roe/AFP")
            for at in (index - 1, index):
                if marks[at] is None:
                    marks[at] = ("boiler:caption-copy", "Photo caption")


#: A list of links announced by a line of its own: "ALSO READ", "Related stories", "Continue reading".
_LIST_HEADER = re.compile(r"(?:ALSO READ|Also [Rr]ead|READ ALSO|Read also|RELATED(?: STORIES| ARTICLES| NEWS)?|"
                          r"Related(?: [Ss]tories| [Aa]rticles| [Nn]ews| [Cc]overage)?|READ MORE|Read [Mm]ore|"
                          r"MORE STORIES|More [Ss]tories|More from [\w ]{1,30}|Continue [Rr]eading|CONTINUE READING|"
                          r"You may also like|Recommended(?: [Ss]tories)?|Most [Rr]ead|MOST READ|Trending)\s*:?")


#: A wire dateline: "Valletta, Mar 3 (Wirepress).-", "KYIV (Reuters) -".
_DATELINE = re.compile(r"\([A-Z][A-Za-z-]{1,12}\)\s*\.?\s*[-–—]")
#: A summary box's heading alone on its line: "Key Points", "Key takeaways", "Highlights", "At a glance".
_SUMMARY_HEADER = re.compile(r"(?:Key [Pp]oints|KEY POINTS|Key [Tt]akeaways|KEY TAKEAWAYS|Highlights|HIGHLIGHTS|"
                             r"At a [Gg]lance|AT A GLANCE|In [Bb]rief|IN BRIEF)\s*:?")


def _link_lists(lines: Lines, marks: Marks) -> None:
    """A link-list header alone on its line and the headlines under it (lines of 2–20 words that end no
    sentence), up to the first line that is not one: other stories, never cited. So with a summary box's
    heading and its points ("Key Points" and the points under it: the story's, said again). One pass."""
    index = 0
    while index < len(lines):
        header = lines[index][2].strip()
        if _LIST_HEADER.fullmatch(header):
            mark = ("boiler:link-list", "Other stories' headlines")
        elif _SUMMARY_HEADER.fullmatch(header):
            mark = ("boiler:summary-box", "Summary box")
        else:
            index += 1
            continue
        if marks[index] is None or mark[0] == "boiler:summary-box":
            marks[index] = mark
        index += 1
        while index < len(lines) and 2 <= _words(lines[index][2]) <= 20 and _no_sentence(lines[index][2]) \
                and not _DATELINE.search(lines[index][2]):  # (the story's dateline after the box is the story's)
            if marks[index] is None:
                marks[index] = mark
            index += 1


def _section_tag(line: str) -> bool:
    """Names of sections, every word capitalised, with a comma or a breadcrumb's mark between them."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return (2 <= _words(line) <= 5 and _no_sentence(line) and _SECTION_SEPARATOR.search(line) is not None
            and all(w[0].isupper() for w in words))
