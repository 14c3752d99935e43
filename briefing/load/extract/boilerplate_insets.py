"""Insets between a story's paragraphs that say what a picture, a video or a post shows (boilerplate.py calls
this pass after the layout and foot passes; a line already marked keeps its mark):
  boiler:scene-caption  one sentence alone between two paragraphs (or furniture), after the story has begun,
                        saying in the present tense what people do in a picture, and where ("Rescue workers
                        search the rubble of the building in the city centre."): a caption with no credit. Story
                        reports in the past tense, or says who told it ("…, officials said"), or when.
  boiler:video-title    the short line with no sentence end right above such a caption: a video card's title.
  boiler:post-text      the line right above an embedded post's signature ("— Jo Roe (@joroe) March 3, 2025"):
                        the post's text, when it is a post's length and reports nobody ("said", "told").
  boiler:pull-quote     a line of someone's words in the first person with no quotation marks, right above a
                        line that only names them and their post ("Jo Roe, the port's chief executive"): a
                        display quotation and its credit. Story says who spoke ("said") or sets speech in marks.
  boiler:image-tag      a line that is a picture's markup ("<image>…</image>", "<img …>", "![alt](…)"), or a
                        template's placeholder name printed over and over ("slot_imgslot_imgslot_img").
Each pass reads every line once (linear; bounded regexes).
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_sidebar import is_paragraph

__all__ = ["mark_insets"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: What people in a picture are seen doing, in the present tense (third person, one or many), early in the
#: sentence: bodily acts a reporter would put in the past tense.
_SCENE_VERB = re.compile(
    r"^(?:\S+\s+){1,6}?(?:search(?:es)?|sift|sifts|comb|combs|dig|digs|walk|walks|gather|gathers|sit|sits|wait|"
    r"waits|inspect|inspects|carry|carries|queue|queues|mourn|mourns|march|marches|greet|greets|ride|rides|"
    r"wave|waves|survey|surveys|examine|examines|evacuate|evacuates|battle|battles|billow|billows|tend|tends|"
    r"comfort|comforts|embrace|embraces|hug|hugs|weep|weeps|pray|prays|guard|guards|patrol|patrols|douse|"
    r"douses|spray|sprays|hover|hovers|pose|poses|arrive|arrives|react|reacts|look on|looks on|"
    r"shake hands|shakes hands|lay flowers|lays flowers|light candles|lights candles|"
    r"(?:stand|stands)\s(?:idle|guard|in|at|near|outside|beside|amid|among|next to|in front of)|(?:is|are) seen)\b")
#: Where the scene is: a caption places its picture.
_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|on|beside|amid|among|along|next to|in front of|by)\s+"
                    r"(?:the|a|an|[A-Z])")
#: Words of story, never of a caption: who told it, when, what will or did happen, who speaks.
_STORY_WORDS = frozenset(
    "said says say told tells according will would has have had was were could should may might can yesterday "
    "today tonight tomorrow ago last since monday tuesday wednesday thursday friday saturday sunday i we you our "
    "my us he she they it this that".split())
_FIRST_NOT = frozenset("I We You He She It They This That These Those There Here".split())
_TWO_SENTENCES = re.compile(r"[.!?][\"”’]?\s+[A-Z“\"]")
_TOKEN = re.compile(r"[A-Za-z]+")
#: Words of a scene caption, fewest and most; of a video card's title at most.
_FEWEST, _MOST, _TITLE_MOST = 5, 25, 15
#: An embedded post's length at most (a post's own limit, and a little).
_POST_CHARS = 300
_REPORTS = re.compile(r"\b(?:said|says|told|tells|according to)\b")
#: A credit line under a display quotation: a name of two to four capitalised words, a comma, a post.
_NAME_POST = re.compile(r"^[A-Z][\w.'’-]{1,30}(?:\s[A-Z][\w.'’-]{0,30}){1,3},\s+[^.!?\d\n]{3,60}[^.!?:;\s]$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
#: Words of a display quotation at most.
_PULL_MOST = 40
_IMAGE_TAG = re.compile(r"^(?:<image>.{0,2000}</image>|<img\b[^<>]{0,2000}>|!\[[^\]\n]{0,300}\]\([^()\s]{1,2000}\))$")
#: A placeholder's name (with an underscore) run together two times or more, nothing else on the line.
_PLACEHOLDERS = re.compile(r"^([A-Za-z]{1,20}_[A-Za-z0-9_]{1,20}?)\1+$")
_PLACEHOLDER_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]$")


def mark_insets(lines: Lines, marks: Marks) -> None:
    """Mark scene captions, the video titles above them, embedded posts' texts and pictures' markup. One pass."""
    story_seen = False
    for index, (_s, _e, line) in enumerate(lines):
        if marks[index] is None:
            if _IMAGE_TAG.match(line) or (len(line) <= _PLACEHOLDER_CHARS and _PLACEHOLDERS.match(line)):
                marks[index] = ("boiler:image-tag", "Picture markup")
            elif index + 1 < len(lines) and (marks[index + 1] or ("",))[0] == "boiler:post-signature" \
                    and len(line) <= _POST_CHARS and not _REPORTS.search(line) and '"' not in line and "“" not in line:
                marks[index] = ("boiler:post-text", "Embedded post")
            elif index + 1 < len(lines) and _pull_quote(line, lines[index + 1][2]):
                marks[index] = ("boiler:pull-quote", "Pull-quote and its credit")
                marks[index + 1] = ("boiler:pull-quote", "Pull-quote and its credit")
            elif story_seen and _scene_caption(line) and _between(lines, marks, index):
                marks[index] = ("boiler:scene-caption", "Photo caption")
                _video_title(lines, marks, index - 1)
        story_seen = story_seen or (marks[index] is None and is_paragraph(line))


def _pull_quote(line: str, below: str) -> bool:
    """A first-person line of forty words at most, no quotation marks, reporting nobody, above a name-and-post
    line."""
    return len(line.split()) <= _PULL_MOST and bool(_NAME_POST.match(below)) and bool(_FIRST_PERSON.search(line)) \
        and not _REPORTS.search(line) and not any(mark in line for mark in '"“”«»')


def _scene_caption(line: str) -> bool:
    """One sentence of five to 25 words ending with a full stop, no quotation, saying what people do and where in
    the present tense, with no word of story in it (_STORY_WORDS)."""
    words = line.split()
    if not line.endswith(".") or line.endswith("..") or not _FEWEST <= len(words) <= _MOST \
            or words[0] in _FIRST_NOT or '"' in line or "“" in line or _TWO_SENTENCES.search(line):
        return False
    if any(token.lower() in _STORY_WORDS for token in _TOKEN.findall(line)):
        return False
    return bool(_SCENE_VERB.match(line)) and bool(_PLACE.search(line))


def _between(lines: Lines, marks: Marks, index: int) -> bool:
    """Whether the line after `index` is a paragraph or furniture (a caption sits between blocks of the page)."""
    if index + 1 >= len(lines):
        return False
    return marks[index + 1] is not None or is_paragraph(lines[index + 1][2])


def _video_title(lines: Lines, marks: Marks, index: int) -> None:
    """The line above a scene caption, when it is a title (no sentence end, fifteen words at most) with a
    paragraph or furniture above it: a video card's title."""
    if index < 1 or marks[index] is not None:
        return
    line = lines[index][2]
    if len(line.split()) <= _TITLE_MOST and not _SENTENCE_END.search(line) \
            and (marks[index - 1] is not None or is_paragraph(lines[index - 1][2])):
        marks[index] = ("boiler:video-title", "Video title")
