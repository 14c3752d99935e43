"""Transcript turns for quote attribution (quotes.py): which paragraphs of an article are a labelled speaker's
turn ("MARCO RUBIO: …", a label alone on the line before, "Reporter: … / Trump: …" in ordinary case, a
transcription service's "Jo Roe (03:25):" above the lines of the turn) and whose the "A: …" turns of a "Q: … / A: …"
interview are."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.person_formulas import TIMED_LABEL, TIMESTAMP
from briefing.load.extract.speaker_roles import TRANSCRIPT_LABEL

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Speakers

__all__ = ["QUESTIONER", "answerer", "label_person", "transcript_labels"]


def transcript_labels(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[re.Match[str] | None], list[int]]:
    """Per paragraph, the transcript label whose turn it is and where the turn's words start: "MARCO RUBIO: …" on
    the line, or "PRESIDENT TRUMP:" alone on the line before. Only in a text with two labels or more (one
    "NEW DELHI: …" line is a dateline, not a turn); a label alone on its line is no turn of its own."""
    timed = _timed_labels(text, paragraphs)
    if timed is not None:
        return timed
    labels: list[re.Match[str] | None] = [None] * len(paragraphs)
    starts = [pe for _ps, pe in paragraphs]
    count = 0
    for index, (ps, pe) in enumerate(paragraphs):
        if labels[index] is not None:
            continue  # the turn of the label alone before it
        alone = _LABEL_ALONE.fullmatch(text, ps, pe)
        if alone is not None:
            count += 1
            if index + 1 < len(paragraphs) and TRANSCRIPT_LABEL.match(text, *paragraphs[index + 1]) is None \
                    and _LABEL_ALONE.fullmatch(text, *paragraphs[index + 1]) is None:
                labels[index + 1], starts[index + 1] = alone, paragraphs[index + 1][0]
            continue
        inline = TRANSCRIPT_LABEL.match(text, ps, pe) or _BOLD_LABEL.match(text, ps, pe)
        if inline is not None:
            count += 1
            labels[index], starts[index] = inline, inline.end()
    if count < 2:
        labels, starts = _mixed_case_labels(text, paragraphs)
    return _goes_on(text, paragraphs, labels, starts)


def answerer(labels: list[re.Match[str] | None], paragraphs: list[tuple[int, int]], speakers: Speakers) -> str | None:
    """Whose the "A: …" turns of a "Q: … / A: …" interview are: the one person the text names before its first
    turn ("X spoke to the paper in an interview. / Q: … / A: …"); None (unknown turns) for none or two."""
    given = [m.group("label") for m in labels if m is not None]
    if "A" not in given or "Q" not in given:
        return None
    first = next(index for index, m in enumerate(labels) if m is not None)
    named = {m.actor for m in speakers.between(0, paragraphs[first][0]) if m.person}
    return next(iter(named)) if len(named) == 1 else None


#: A transcript label in ordinary case, as news pages print a press availability: "Reporter: …", "Trump: …".
_MIXED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?|Q):[ \t]+")
#: The questioner's label: it makes "Name: …" lines a transcript's turns.
QUESTIONER = frozenset({"Q", "Question", "Reporter", "Journalist", "Interviewer"})


def _mixed_case_labels(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[re.Match[str] | None], list[int]]:
    """"Reporter: … / Trump: …" lines: turns only in a text with a questioner's line and another label's (a lone
    "Trump: …" or "Details: …" line is a page's summary or label, not a transcript)."""
    found = [_MIXED_LABEL.match(text, ps, pe) for ps, pe in paragraphs]
    questions = sum(1 for m in found if m is not None and m.group("label") in QUESTIONER)
    if not questions or sum(m is not None for m in found) - questions < 1:
        found = _headed(text, paragraphs)
        if found is None:
            return [None] * len(paragraphs), [pe for _ps, pe in paragraphs]
    return found, [m.end() if m is not None else pe for m, (_ps, pe) in zip(found, paragraphs, strict=True)]


#: A transcript label in bold, as mailing lists print the briefings' transcripts ("*MS BRUCE:* …").
_BOLD_LABEL = re.compile(r"[ \t]*\*{1,2}(?P<label>[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,4})(?:, [A-Z][A-Z ]{1,40})?:"
                         r"\*{1,2}[ \t]+")
#: A narrator's attribution: a paragraph holding one is the article's own voice, not a turn going on.
_NARRATED = re.compile(r"\b(?:said|says|told|according to|did not respond|declined to comment|request for comment)\b")
#: The words of a turn's own voice: a paragraph holding one is the turn going on (a narrator's is in the third person).
_FIRST_OR_SECOND = re.compile(r"\b(?:I|I[’'](?:m|ve|ll|d)|[Ww]e|[Ww]e[’'](?:re|ve|ll|d)|[Mm]y|[Oo]ur|us|me|[Yy]ou|[Yy]our)\b")


def _goes_on(text: str, paragraphs: list[tuple[int, int]], labels: list[re.Match[str] | None],
             starts: list[int]) -> tuple[list[re.Match[str] | None], list[int]]:
    """The paragraphs after a turn that carry no label of their own but speak in the first or second person, with
    no quotation marks and no narrator's attribution, are that turn going on ("MS X: … / I want to add that our
    envoy …"), in a transcript of three labelled turns or more (an article quoting two lines of one goes on in its
    own voice: "… / The White House did not respond to our request for comment."); the first paragraph that fails
    ends it."""
    if sum(label is not None for label in labels) < 3:
        return labels, starts
    for index in range(1, len(paragraphs)):
        label = labels[index - 1]
        ps, pe = paragraphs[index]
        if labels[index] is not None or label is None or _LABEL_ALONE.fullmatch(text, ps, pe) is not None:
            continue
        if _FIRST_OR_SECOND.search(text, ps, pe) is None or any(mark in text[ps:pe] for mark in "“”\"") \
                or _NARRATED.search(text, ps, pe) is not None:
            continue
        labels[index], starts[index] = label, ps
    return labels, starts


#: A transcript label alone on its line ("PRESIDENT TRUMP:", "JAMES HOLLOWAY, HOST:").
_LABEL_ALONE = re.compile(TRANSCRIPT_LABEL.pattern.removesuffix(r"[ \t]+") + r"[ \t]*")


#: `TIMED_LABEL` with its name as the label quotes.py reads.
_TIMED_TURN = re.compile(TIMED_LABEL.pattern.replace("?P<name>", "?P<label>", 1))


def _timed_labels(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[re.Match[str] | None], list[int]] | None:
    """A transcription service's turns ("Jo Roe (03:25):" alone on its line, the turn on the lines after it, a
    time alone on a line "(04:27)" inside it): every line up to the next label is that label's, in a text with two
    such labels or more; None for any other text. "Speaker 2 (00:00):" is a turn of someone it did not name."""
    if "):" not in text:
        return None  # (a cheap test first: most texts have none)
    labels: list[re.Match[str] | None] = [None] * len(paragraphs)
    starts = [pe for _ps, pe in paragraphs]
    current: re.Match[str] | None = None
    count = stamped = 0
    for index, (ps, pe) in enumerate(paragraphs):
        label = _TIMED_TURN.fullmatch(text, ps, pe)
        if label is not None:
            current, count = label, count + 1
        elif current is not None and TIMESTAMP.fullmatch(text, ps, pe) is None:
            labels[index], starts[index] = current, ps
        elif current is not None:
            stamped += 1
    # one named voice with a time alone on a line inside its turn is a transcription service's page too
    return (labels, starts) if count >= 2 or (count and stamped) else None

#: A transcript's heading alone on its line ("Transcript:", "Full transcript", "Full text:").
_HEADING = re.compile(r"[ \t]*(?:(?:Full|Read the(?: full)?)[ \t]+)?(?:[Tt]ranscript|[Tt]ext)[ \t]*:?[ \t]*")
#: A speaker's label in a headed transcript, in ordinary case with titles: "Vice President JD Vance: …".
_HEADED_LABEL = re.compile(r"[ \t]*(?P<label>(?:(?:[A-Z][\w.’'-]*|of|the)[ \t]+){0,5}[A-Z][\w.’'-]*):[ \t]+")


def _headed(text: str, paragraphs: list[tuple[int, int]]) -> list[re.Match[str] | None] | None:
    """The labelled lines after a "Transcript:" heading, when the first paragraph after it is one ("Transcript: /
    Vice President X: Well, thank you …"): a speech's transcript, whose labels name its speakers (quotes.py reads
    who a label names); None for a text with no such heading."""
    heading = next((index for index, (ps, pe) in enumerate(paragraphs) if _HEADING.fullmatch(text, ps, pe)), None)
    if heading is None or heading + 1 >= len(paragraphs) \
            or _HEADED_LABEL.match(text, *paragraphs[heading + 1]) is None:
        return None
    return [_HEADED_LABEL.match(text, ps, pe) if index > heading else None
            for index, (ps, pe) in enumerate(paragraphs)]


def label_person(label: re.Match[str], speakers: Speakers) -> str | None:
    """The one person a label in ordinary case names by a mention ("Vice President JD Vance:"), when the
    gazetteer's labels know none: a person extraction found in the text."""
    persons = {m.actor for m in speakers.between(label.start("label"), label.end("label")) if m.person}
    return next(iter(persons)) if len(persons) == 1 else None
