"""Quote classes of the "quotes41" helper (issue 10, nineteenth session), on prose written for these tests: every
sentence and quotation is invented.

- "X said he was “…” when Y did Z, adding that … “…”": the participle is the main clause's subject's, past a
  subordinate clause of time or cause naming someone else; a clause of contrast ("while Y …"), a coordinated one
  (", and Y …") or a subordinate clause with an apposition of its own leaves it no one's;
- "X, Head of Research at Y Capital said “…”": an apposition not closed before the speech verb; X is a person
  with that role and the quotation is X's, only when X opens the sentence ("When A met X, Head of … said" and
  "According to X, Head of … said" name someone else as the subject);
- "Dr A B and Dr X Y said they had “…”": two people as one subject, even when the first made no person: no one's;
- a caption ending with a bracketed agency credit ("… (Jane Roe/PA)") is furniture, and lends no speaker to the
  untagged quotation paragraph after it;
- a quotation paragraph opening "In addition, “…”", or after a topic heading ("On the walkout:"), carries on the
  quotation before's speaker; a press conference's topic line ("X first spoke on whether …", "He was also
  questioned on …", also with an apostrophe in it) gives the untagged answer after it to X; a heading that
  introduces someone ("On the other side, Ann Lee:"), "Reaction from …:" or "spoke on Friday" gives no one.
"""

from __future__ import annotations

import pytest
from helpers import auto_people, load_articles, marked_lines
from helpers import speakers_by_opening as _speakers

HEAD = "Budget talks\n\nMinisters met on Friday to discuss the budget bill.\n\n"


def _speaker_of(briefing, opening: str) -> str | None:  # noqa: ANN001
    (speaker,) = [s for o, s in _speakers(briefing).items() if o.lower().startswith(opening.lower()[:20])]
    return speaker


@pytest.mark.parametrize("between", [
    # main: unknown in each (a subordinate clause with a subject of its own hid the main verb)
    "when Ann Lee walked out of the meeting",
    "when the opposition walked out",
    "because Ann Lee had left the room early",
])
def test_a_participle_past_a_subordinate_clause(tmp_path_factory, between: str) -> None:
    text = HEAD + (f"Finance minister Tom Hale said he was “deeply disappointed” {between}, adding that the "
                   "decision was “reckless and wrong”.\n")
    briefing = load_articles(tmp_path_factory, "participle", {"a.txt": text})
    assert _speaker_of(briefing, "deeply disappointed") == "Tom Hale"
    assert _speaker_of(briefing, "reckless and wrong") == "Tom Hale"


@pytest.mark.parametrize("between", [
    # guards: another clause could give the participle its subject
    "while Ann Lee walked out",
    "when Ann Lee, the party leader, walked out",
    "when Ann Lee walked out, as Bob Ray left",
])
def test_a_participle_past_another_clause_is_no_ones(tmp_path_factory, between: str) -> None:
    text = HEAD + (f"Finance minister Tom Hale said he was “deeply disappointed” {between}, adding that the "
                   "decision was “reckless and wrong”.\n")
    briefing = load_articles(tmp_path_factory, "participle_guard", {"a.txt": text})
    assert _speaker_of(briefing, "reckless and wrong") is None


@pytest.mark.parametrize("lead", [
    # main: no person and no speaker in each
    "Ann Lee, Head of Research at Capital Economics said ",
    "Ann Lee, chief economist at Capital Economics said: ",
])
def test_an_apposition_not_closed_before_the_verb(tmp_path_factory, lead: str) -> None:
    text = HEAD + lead + "“The budget will not balance this year.”\n"
    briefing = load_articles(tmp_path_factory, "unclosed", {"a.txt": text})
    assert _speaker_of(briefing, "The budget will not") == "Ann Lee"
    assert "Capital Economics" in auto_people(briefing)["Ann Lee"].roles[0].title


@pytest.mark.parametrize("lead", [
    # guards: the name after "met" or "According to" is not the subject of "said"
    "When Ann Lee met Tom Hale, Head of Research at Capital Economics said ",
    "According to Tom Hale, Head of Research at Capital Economics said ",
])
def test_an_unclosed_apposition_after_another_clause_is_no_ones(tmp_path_factory, lead: str) -> None:
    text = HEAD + lead + "“The budget will not balance this year.”\n"
    briefing = load_articles(tmp_path_factory, "unclosed_guard", {"a.txt": text})
    assert _speaker_of(briefing, "The budget will not") is None


NURSES = "Nurses to strike\n\nNurses will strike for three days next month, their union said.\n\n"


@pytest.mark.parametrize("pair", [
    "Dr Anna Pike and Dr Carl Moss",  # main: Carl Moss's (the first name, with its title, made no person)
    "Anna Pike and Carl Moss",
])
def test_two_people_as_one_subject_are_no_one(tmp_path_factory, pair: str) -> None:
    text = NURSES + f"Union leaders {pair} said they had “tried every route to a deal” in talks with the minister.\n"
    briefing = load_articles(tmp_path_factory, "pair", {"a.txt": text})
    assert _speaker_of(briefing, "tried every route") is None


def test_a_caption_with_a_bracketed_credit_lends_no_speaker(tmp_path_factory) -> None:
    # main: the last quotation was Tom Hale's, carried on from the quote in the picture's caption
    text = NURSES + ("Union co-chairs Dr Anna Pike and Dr Carl Moss said in a statement that talks had failed.\n\n"
                     "It said: “We met the minister and tried every route to a deal.”\n\n"
                     "Health Secretary Tom Hale warned that the public ‘will not accept’ the strike (Jane Roe/PA)\n\n"
                     "“The minister knows what it takes. The choice is his.”\n")
    briefing = load_articles(tmp_path_factory, "caption_credit", {"a.txt": text})
    assert _speaker_of(briefing, "The minister knows") is None
    assert not any(o.startswith("will not accept") for o in _speakers(briefing))


def test_a_bracketed_agency_credit_marks_its_caption() -> None:
    # main: not marked
    line = "Health Secretary Tom Hale warned that the public ‘will not accept’ the strike (Jane Roe/PA)"
    lines = marked_lines(NURSES + line + "\n\nThe strike starts on Monday (Reuters/Ipsos poll).\n")
    assert lines[line]
    assert not lines["The strike starts on Monday (Reuters/Ipsos poll)."]


PRESSER = "Hale's press conference\n\nFinance minister Tom Hale spoke to reporters on Friday before the vote.\n\n"
ANSWER = "“They are free to leave the room, but the vote will happen.”"


@pytest.mark.parametrize("lead", [
    # main: unknown in each but the third (lines, not paragraphs, around the heading)
    "“The plan is fair to all,” Hale said.\n\nIn addition, ",
    "“The plan is fair to all,” Hale said.\n\nOn the walkout:\n\n",
    "“The plan is fair to all,” Hale said.\nOn Empty Benches\n",
    "Hale first spoke on whether the vote would pass.\n\n",
    "He was also questioned on the opposition’s walkout.\n\n",
    "He was also asked about the opposition's walkout.\n\n",
])
def test_an_answer_after_a_connective_a_heading_or_a_topic_line(tmp_path_factory, lead: str) -> None:
    briefing = load_articles(tmp_path_factory, "presser", {"a.txt": PRESSER + lead + ANSWER + "\n"})
    assert _speaker_of(briefing, "They are free to leave") == "Tom Hale"


@pytest.mark.parametrize("lead", [
    # guards: no one on main and on the branch
    "“The plan is fair to all,” Hale said.\n\nOn the other side, Ann Lee:\n\n",
    "“The plan is fair to all,” Hale said.\n\nReaction from the opposition:\n\n",
    "Hale spoke on Friday in Leeds.\n\n",
])
def test_a_heading_or_a_line_that_names_no_topic_gives_no_one(tmp_path_factory, lead: str) -> None:
    briefing = load_articles(tmp_path_factory, "presser_guard", {"a.txt": PRESSER + lead + ANSWER + "\n"})
    assert _speaker_of(briefing, "They are free to leave") is None
