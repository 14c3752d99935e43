"""Quote classes of the "quotes37" helper (issue 10, seventeenth session), on prose written for these tests: every
sentence and quotation is invented. A singer's trial and a summit's press conference, in the shapes the blind sets of
7 December showed:

- a name ending in s takes a bare apostrophe as its possessive ("Rhodes’ lawyers want her freed, saying … “…”",
  "Rhodes' defense team is cheering, saying … “…”"): the lawyers' or the team's words, no one's we know, never the
  possessor's;
- words mouthed, whispered or cried out ("mouthed to the jury, “…”") and a thought "reflected that …" are the
  subject's words;
- "the prosecutor" and "the lawyer" are the one person of the article shown holding the office ("Assistant U.S.
  Attorney X" is a prosecutor); with a lawyer on each side, "the lawyer" is no one, "the defense lawyer" the one
  not titled as a prosecutor.
"""

from __future__ import annotations

import pytest
from helpers import load_articles
from helpers import speakers_by_opening as _speakers

HEAD = "Singer cleared of fraud\n\nJo Rhodes, the singer, was cleared of fraud on Tuesday in Denver, a jury found.\n\n"
TAIL = "\n\nSentencing is due next month.\n"


@pytest.mark.parametrize("sentence", [
    # main: Jo Rhodes, the possessor taken as the subject
    "Rhodes’ lawyers want her released now, saying the term prosecutors seek is “far beyond any reason” for it.",
    "Rhodes' defense team is cheering the ruling, saying the judges were fair and that it was “far beyond any "
    "reason” to hold her.",
    "Jo Rhodes’ friends and fans also wrote letters to the court asking for “far beyond any reason” of mercy.",
])
def test_a_bare_possessive_is_not_the_speaker(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "bare_possessive", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)["far beyond any reaso"] is None


def test_a_name_ending_in_s_still_speaks(tmp_path_factory) -> None:
    # a guard: the name before its verb, and a possessive naming its holder's aide, keep their speakers
    text = HEAD + ("Rhodes said she was “glad it is finally over” after the ruling.\n\n"
                   "Rhodes’ lawyer, Sam Ortiz, told reporters: “We never doubted the jury.”") + TAIL
    speakers = _speakers(load_articles(tmp_path_factory, "bare_possessive_guard", {"a.txt": text}))
    assert speakers["glad it is finally o"] == "Jo Rhodes"
    assert speakers["We never doubted the"] == "Sam Ortiz"


@pytest.mark.parametrize(("sentence", "words"), [
    # main: unknown ("mouthed" and "reflected" were no speech verbs)
    ("She smiled, put her hands together and mouthed to the jury, “Thank you all so much,” as the room cheered.",
     "Thank you all so muc"),
    ("Rhodes, who has spent a year in custody, reflected that she had “grown a great deal” since her arrest.",
     "grown a great deal"),
])
def test_mouthed_and_reflected_words_are_the_subjects(tmp_path_factory, sentence: str, words: str) -> None:
    briefing = load_articles(tmp_path_factory, "mouthed", {"a.txt": HEAD + sentence + TAIL})
    assert _speakers(briefing)[words] == "Jo Rhodes"


PROSECUTOR = "Assistant U.S. Attorney Dana Whitfield said the court should keep the singer in custody. "
LAWYER = "Her lawyer, Sam Ortiz, asked the judge to release her. "


@pytest.mark.parametrize(("lead", "role", "speaker"), [
    # main: unknown ("the prosecutor" and "the lawyer" were no roles)
    (PROSECUTOR + LAWYER, "the prosecutor", "Dana Whitfield"),
    (PROSECUTOR + LAWYER, "the defense lawyer", "Sam Ortiz"),
    (LAWYER, "the lawyer", "Sam Ortiz"),
    # two people shown as lawyers (an assistant U.S. attorney is one): "the lawyer" is no one
    (PROSECUTOR + LAWYER, "the lawyer", None),
    # someone unnamed holding the office stands before it: not plainly the named one
    (LAWYER + "A lawyer for the label also spoke. ", "the lawyer", None),
])
def test_the_prosecutor_and_the_lawyer_are_the_articles_one_holder(tmp_path_factory, lead: str, role: str,
                                                                   speaker: str | None) -> None:
    text = HEAD + lead + "\n\nThe request, " + role + " said, “would put the public at no risk at all.”" + TAIL
    briefing = load_articles(tmp_path_factory, "court_roles", {"a.txt": text})
    assert _speakers(briefing)["would put the public"] == speaker


LIVE_HEAD = ("Live: leaders meet in Rome\n\nItalian Prime Minister Giorgia Meloni said she was glad to host twelve "
             "leaders on Sunday.\n\n"
             "  1. Meloni takes questions published at 17:38 2 March\n\n")
LIVE_ASKED = "    Meloni is then asked when she will show the plan to the other capitals.\n\n"


def test_a_live_pages_pronoun_carries_over_its_own_paragraphs(tmp_path_factory) -> None:
    # main: unknown (the pronoun looked one paragraph back only, and "is then asked when she" read as a question
    # Meloni put to someone else); past that paragraph only to someone the page shows as "she" ("X said she …")
    text = LIVE_HEAD + LIVE_ASKED + ("    She responds by saying she spoke to them last night.\n\n"
                                     "    \"I would not take this road if I did not think it would work,\" she says.\n")
    briefing = load_articles(tmp_path_factory, "live_chain", {"a.txt": text})
    assert _speakers(briefing)["I would not take thi"] == "Giorgia Meloni"


def test_a_paragraph_opening_with_another_pronoun_does_not_carry_it(tmp_path_factory) -> None:
    # a guard: "He responds …" carries "he", not the "she" of the quotation after it
    text = LIVE_HEAD + LIVE_ASKED + ("    He responds by saying they spoke last night.\n\n"
                                     "    \"I would not take this road if I did not think it would work,\" she says.\n")
    briefing = load_articles(tmp_path_factory, "live_chain_guard", {"a.txt": text})
    assert _speakers(briefing)["I would not take thi"] is None


ROME = "Leaders meet in Rome\n\n"
PLAN = ("Italy, Spain and a few more states are to draft a scheme with Kyiv and then put it to Washington, “and "
        "carry it on together”, the prime minister said.\n")


@pytest.mark.parametrize("lead", [
    # main: unknown (a title set off from the name by a comma was no title of hers)
    "Italian prime minister, Giorgia Meloni, and a host of leaders met in Rome on Sunday. Meloni opened the talks.\n",
    # main: unknown; others are prime ministers too, but the sentence before names her as its speaker ("said X")
    "Italian prime minister, Giorgia Meloni and a host of leaders met in Rome on Sunday.\n"
    "Europe is “at a turning point”, said Giorgia Meloni as she hosted them.\n",
])
def test_a_title_before_a_comma_and_a_speaker_named_after_said(tmp_path_factory, lead: str) -> None:
    tail = "Among them were the Spanish prime minister, Pedro Sánchez, and the Greek prime minister, Kyriakos Mitsotakis.\n"
    text = ROME + lead + PLAN + (tail if "turning" in lead else "")
    briefing = load_articles(tmp_path_factory, "comma_title", {"a.txt": text})
    assert _speakers(briefing)["and carry it on toge"] == "Giorgia Meloni"



def test_a_caption_between_paragraphs_does_not_cut_a_pronouns_reach(tmp_path_factory) -> None:
    # main: unknown (the caption's paragraph counted as the one paragraph back a pronoun may look)
    text = LIVE_HEAD + ("    Meloni says she does think Italy should lead, saying the country has \"done it before\".\n\n"
                        "    Meloni standing behind a podium.Image source, Reuters\n\n"
                        "    Referring to the group, she says \"a good many countries\" have said they want to join.\n")
    briefing = load_articles(tmp_path_factory, "live_caption", {"a.txt": text})
    assert _speakers(briefing)["a good many countrie"] == "Giorgia Meloni"


def test_a_term_in_a_question_put_to_the_subject_is_the_askers(tmp_path_factory) -> None:
    # main: Giorgia Meloni, the one asked ("is now asked if": an adverb other than -ly before "asked")
    text = LIVE_HEAD + "    Meloni is now asked if the \"group of the ready\" could grow beyond Europe.\n"
    briefing = load_articles(tmp_path_factory, "live_asked", {"a.txt": text})
    assert _speakers(briefing)["group of the ready"] is None
