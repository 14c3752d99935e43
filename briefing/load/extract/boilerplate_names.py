"""Furniture that only names people, or only carries a post (boilerplate_layout.py calls these passes):
  boiler:name-caption   a photo caption with no verb that lists people and perhaps a place ("Jo Roe and Ann Doe
                        in Pyongyang.", "Justice Minister X and Energy Minister Y. Source: Z"): capitalised words,
                        titles, "and", commas and a place's preposition only, ending with a full stop (and perhaps
                        a "Source:"/"Photo:" credit); a line of story always has a verb in lower case;
                        and one sentence saying in the present tense what a picture shows, with such a credit
  boiler:head-name      between the headline and the story's first paragraph, a short line of capitalised words
                        only ("President Jo Roe", "Ann Doe"): a picture's caption or the author's name
  boiler:head-picture   right under such a line (or the outlet's name under the headline), one sentence saying in
                        the present tense what the lead picture shows ("Prime Minister X speaks at a press
                        conference …"): the picture's caption; a lead reports in the past tense
  boiler:post-body      the text of an embedded post, the line right above its signature ("— Jo Roe (@joroe)
                        March 7, 2025"), when it ends with the post's links, and the post's paragraphs right
                        above it that open in the first person with no quotation ("I resigned as …")
Each pass reads every line once (linear); a line already marked keeps its mark.
"""

from __future__ import annotations

import re

from briefing.load.extract.name_words import is_title

__all__ = ["mark_head_names", "mark_head_pictures", "mark_name_captions", "mark_post_bodies", "mark_posters"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: A credit after a caption's full stop: "… . Source: Zhelezniak", "… . Photo: Jo Roe/Reuters".
#: (also after a slash: "… on October 14. / Source: Jo Roe News")
_CREDIT_TAIL = re.compile(r"(?<=\.)\s+(?:/\s*)?(?:Source|Photo|Picture|Image|Credit)s?\s*:\s*[^.:]{1,60}\.?$")
#: Lower-case words a verbless caption may hold: joining words, a place's preposition, a picture's positions.
_JOINING = frozenset("and of the in at for on from with de da del della di du la le van von al bin ibn left right "
                     "center centre second".split())
_TOKEN = re.compile(r"[^\s,]+")
#: Words (tokens) of a name caption: at least one person's two, at most a short line's.
_FEWEST, _MOST = 4, 24
#: Capitalised words of a name caption that are other lines' openings, never a caption's ("This Is Not …").
_NOT_CAPTION = frozenset("I We You He She It They This That These Those There Here What Why How When Where Who "
                         "Read Watch Listen Click Subscribe Follow Share".split())


def _verbless_names(line: str) -> bool:
    """Whether `line` (its credit cut off) only lists names, titles and places, ending with a full stop."""
    if not line.endswith(".") or line.endswith(("..", "…")):
        return False
    tokens = _TOKEN.findall(line[:-1])
    if not _FEWEST <= len(tokens) <= _MOST or tokens[0] in _NOT_CAPTION:
        return False
    capitals = 0
    for token in tokens:
        word = token.strip("()")
        if not word:
            return False
        if word[0].isupper():
            capitals += 1
        elif word not in _JOINING and not is_title(word):
            return False  # a word in lower case that is no title, joining word or position: a verb, a sentence
    return capitals >= 3


#: A full stop after a word of two lower-case letters or more, then a capital: a second sentence.
_TWO_SENTENCES = re.compile(r"(?<=[a-z]{2})\.\s+[A-Z]")


#: Words at most of a credited caption's sentence (a caption tells who the person is: longer than a lead's).
_CREDITED_WORDS = 45


def mark_name_captions(lines: Lines, marks: Marks) -> None:
    """Verbless lines that list people (and a place), ending with a full stop: a picture's caption. Not the
    page's first line (its headline), nor a line that holds two sentences. One pass."""
    for index in range(1, len(lines)):
        if marks[index] is not None:
            continue
        line = lines[index][2]
        credit = _CREDIT_TAIL.search(line)
        caption = line[:credit.start()] if credit else line
        if not _TWO_SENTENCES.search(caption) and (
                _verbless_names(caption)
                or credit and len(caption.split()) <= _CREDITED_WORDS and _PICTURE_VERB.search(caption)):
            # (people39: one sentence saying in the present tense what a picture shows, then its credit: "Jo
            # Roe, a lawyer for …, speaks at a press conference in … on May 4. / Source: X": main made a person
            # of a name the caption alone gives)
            marks[index] = ("boiler:name-caption", "Photo caption")


#: What an embedded post's text carries: its links.
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+")
#: Characters at the end of the line above a signature the links are looked for in (a paragraph of story
#: above a post whose text the scrape dropped carries none).
_POST_TAIL = 80


def mark_post_bodies(lines: Lines, marks: Marks) -> None:
    """The line right above an embedded post's signature: the post's text. One pass."""
    for index in range(1, len(lines)):
        mark = marks[index]
        if mark is None or mark[0] != "boiler:post-signature" or marks[index - 1] is not None:
            continue
        above = lines[index - 1][2]
        if _POST_LINK.search(above[-_POST_TAIL:]):
            marks[index - 1] = ("boiler:post-body", "Embedded post")
            _post_paragraphs_above(lines, marks, index - 1)


#: An embedded post's earlier paragraph: in the first person from its first word, no quotation, nobody reported.
_POST_PARAGRAPH = re.compile(r"(?:I|We|My|Our)\s")
_POST_NOT = re.compile(r"[“”\"]|\b(?:said|says|told|tells|according to)\b")
#: An embedded post's paragraphs above its last at most, and the characters of each.
_POST_PARAGRAPHS, _POST_CHARS = 2, 300


def _post_paragraphs_above(lines: Lines, marks: Marks, last: int) -> None:
    """The paragraphs of a post above its last (`last`, run onto its links): lines right above it, no blank line
    between, each opening in the first person ("I resigned …", "We will …") with no quotation in it."""
    for index in range(last - 1, max(-1, last - 1 - _POST_PARAGRAPHS), -1):
        line = lines[index][2]
        if marks[index] is not None or lines[index + 1][0] - lines[index][1] != 1 or len(line) > _POST_CHARS \
                or not _POST_PARAGRAPH.match(line) or _POST_NOT.search(line):
            return
        marks[index] = ("boiler:post-body", "Embedded post")


#: Words of a line at the page's head that only names someone, at most; of a paragraph, at least.
_HEAD_NAME_WORDS, _PARAGRAPH_WORDS = 5, 12
#: Lines of the page's head read for the headline (the first line of four words or more not yet marked).
_HEAD_LINES = 6


def mark_head_names(lines: Lines, marks: Marks) -> None:
    """Between the headline and the first paragraph, lines of two to five capitalised words (titles and joining
    words aside) with no sentence end and no digit: a caption's names or a byline. Reads the head only."""
    head = next((i for i in range(min(len(lines), _HEAD_LINES))
                 if marks[i] is None and len(lines[i][2].split()) >= 4), None)
    if head is None:
        return
    for index in range(head + 1, min(len(lines), head + _HEAD_LINES)):
        line = lines[index][2]
        words = line.split()
        if len(words) >= _PARAGRAPH_WORDS:
            return
        after = lines[index + 1][2][:1] if index + 1 < len(lines) else "A"
        # (a name the scrape set on a line of its own inside a sentence: the next line goes on with "." or "," or
        # a word in lower case)
        if marks[index] is None and 2 <= len(words) <= _HEAD_NAME_WORDS and line[-1:].isalpha() \
                and (after.isupper() or after in "“\"‘'") and not lines[index - 1][2].endswith(",") \
                and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                        or w in _JOINING or is_title(w) for w in words) and words[0] not in _NOT_CAPTION:
            marks[index] = ("boiler:head-name", "Caption or byline")


#: A picture's present tense, said of its subject ("… speaks at", "… looks on"): verbs a lead does not report in.
_PICTURE_VERB = re.compile(r"\b(?:speaks|attends|greets|gestures|looks on|poses|listens|waves|walks|smiles|"
                           r"(?:shakes|shake) hands|delivers a speech|is seen|are seen)\b")
#: Words of a lead picture's caption at most.
_PICTURE_WORDS = 30


def mark_head_pictures(lines: Lines, marks: Marks) -> None:
    """The line right after a head-name or head-label line, when it is one sentence of thirty words at most
    that says what the picture shows in the present tense, with a line of story after it. Reads the head only."""
    for index in range(1, min(len(lines) - 1, _HEAD_LINES + 1)):
        above = marks[index - 1]
        line = lines[index][2]
        if marks[index] is None and above is not None and above[0] in ("boiler:head-name", "boiler:head-label") \
                and line.endswith(".") and len(line.split()) <= _PICTURE_WORDS and _PICTURE_VERB.search(line) \
                and not re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", line) and "“" not in line and '"' not in line \
                and len(lines[index + 1][2].split()) >= _PARAGRAPH_WORDS:
            marks[index] = ("boiler:head-picture", "Photo caption")


#: A forum poster's post count under their name: "(1,204 posts)".
_POST_COUNT = re.compile(r"\(\d[\d,.]*\s+posts?\)")


def mark_posters(lines: Lines, marks: Marks) -> None:
    """The line right above a forum poster's post count: their name (four words at most, no sentence end).
    One pass."""
    for index in range(1, len(lines)):
        above = lines[index - 1][2]
        if marks[index - 1] is None and _POST_COUNT.fullmatch(lines[index][2]) and len(above.split()) <= 4 \
                and not above.endswith((".", "!", "?", ":", ",")):
            marks[index - 1] = ("boiler:poster", "Byline")
