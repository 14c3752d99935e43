"""Quote classes of the "quotes35" helper (issue 10, sixteenth session), on prose written for these tests: every
sentence and quotation is invented (the names are made up). An opposition rally and a defence ministers'
meeting, in the shapes the blind sets of 7 December showed:

- a participial or prepositional aside between a speech verb's subject and the verb ("X, standing beside the
  mayor's wife, Y, told the crowd …, adding, “…”") never makes the person inside the aside the speaker: the
  subject before it speaks;
- "alleged" before a noun ("graft and alleged gang links") is an adjective, not the speech verb of the quote after
  it;
- a surname two people of the article bear, one of them introduced as the bare surname's relative ("Demirci's
  wife, Leyla Demirci"), is the other's;
- a second reported clause of one speech verb ("… adding that … “Q1”, and that instead of waiting for the EU to
  act, it would … “Q2”") keeps the first's speaker: an institution a preposition governs is no voice, and the end
  of a compound adjective ("long-stated") no speech verb;
- "X spoke of …" and "X talked of …" are speech verbs (the quoted words are X's);
- "the Pentagon chief" is the article's one defense secretary, as "the defense secretary" is;
- a quotation glued to the one before it by the scrape (“….””Next words …,” he added.) is a quotation of its own,
  with the speaker its attribution gives;
- a quotation in straight marks opened in one paragraph and closed only at the end of the next ("Quote: \"… /
  … .\"") is a quotation of both, its speaker the one the paragraph before names;
- a second sentence opened after "“…,” X said." and left open at its paragraph's end (its closing mark lost, the
  next paragraph other text) is X's.
"""

from __future__ import annotations

import pytest
from helpers import load_articles

HEAD = "Rally fills the square\n\nThousands gathered outside city hall on Thursday evening.\n\n"
TAIL = "\n\nThe crowd dispersed peacefully before midnight.\n"
WORDS = "Her only offence is winning"
QUOTE = "“" + WORDS + " the trust of this city.”"


def _speakers(briefing, file: str = "a.txt") -> dict[str, str | None]:  # noqa: ANN001
    """{quotation's first 25 characters: speaker's name (None: unknown)} of one article of a loaded folder."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text[:25]: names.get(q.speaker) if q.speaker else None
            for q in briefing.quotes if q.span.source == file}


INTRO = "Party leader Kemal Arslan and Murat Durmaz, the husband of the detained mayor, arrived together.\n\n"


@pytest.mark.parametrize("sentence", [
    # main: Murat Durmaz, the last name before the verb (inside the aside)
    "Arslan, standing beside the mayor's husband, Murat Durmaz, told the crowd the charges were invented, "
    "adding, " + QUOTE,
    "Arslan, flanked by the mayor's husband, Murat Durmaz, said: " + QUOTE,
    "Speaking from the roof of a bus, Arslan, joined by Murat Durmaz, said: " + QUOTE,
])
def test_a_name_inside_an_aside_before_the_verb_is_not_the_speaker(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "aside", {"a.txt": HEAD + INTRO + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] == "Kemal Arslan"


def test_an_apposition_before_the_verb_still_names_the_speaker(tmp_path_factory) -> None:
    # guard (right on main too): "the mayor's husband, Murat Durmaz," is the subject itself
    sentence = "The mayor's husband, Murat Durmaz, said: " + QUOTE
    briefing = load_articles(tmp_path_factory, "appos", {"a.txt": HEAD + INTRO + sentence + TAIL})
    assert _speakers(briefing)[WORDS[:25]] == "Murat Durmaz"


MEETING = ("Ministers meet in Vilnius\n\nDefence Minister Tomas Kairys addressed allied ministers on Tuesday. "
           "“We will keep our promises to every ally,” Kairys said. “Nobody should doubt our resolve for a "
           "moment.””Retreat now would only invite the next attack,” he added.Kairys also said the budget "
           "would grow.\n\n")


def test_a_quotation_glued_to_the_one_before_is_its_own(tmp_path_factory) -> None:
    # main: "Retreat now …" found at no quotation at all
    briefing = load_articles(tmp_path_factory, "glued", {"a.txt": MEETING + "Talks resume in May.\n"})
    speakers = _speakers(briefing)
    assert speakers["Retreat now would only in"] == "Tomas Kairys"
    assert speakers["Nobody should doubt our r"] == "Tomas Kairys"


PENTAGON = ("Allies weigh new aid\n\nDefense Secretary Pete Hegseth met allied ministers in Brussels on Wednesday. "
            "The Pentagon chief added that lasting calm needs “strength that nobody can question at the border.”"
            "\n\n“Every partner must carry more of this load from now on,” he said after the meeting.\n\n"
            "The talks end on Friday.\n")


def test_the_pentagon_chief_is_the_articles_one_defense_secretary(tmp_path_factory) -> None:
    # main: both unknown ("the Pentagon chief" was no role; the pronoun after it had no one to point to)
    speakers = _speakers(load_articles(tmp_path_factory, "pentagon", {"a.txt": PENTAGON}))
    assert speakers["strength that nobody can "] == "Pete Hegseth"
    assert speakers["Every partner must carry "] == "Pete Hegseth"


def test_the_pentagon_chief_is_not_a_former_holder(tmp_path_factory) -> None:
    # main: unknown. A former defense secretary named beside the current one is not "the Pentagon chief"
    article = PENTAGON.replace("met allied ministers", "met former Defense Secretary Lloyd Austin")
    speakers = _speakers(load_articles(tmp_path_factory, "pentagon2", {"a.txt": article}))
    assert speakers["strength that nobody can "] == "Pete Hegseth"


@pytest.mark.parametrize("lead", [
    "Main opposition party Chair Kemal Arslan has described the arrest of Metropolitan Mayor Ayla Durmaz over "
    "charges of bribery and alleged gang ties",
    "Party leader Kemal Arslan has described the arrest of the mayor over charges of alleged gang links",
])
def test_alleged_before_a_noun_is_no_speech_verb(tmp_path_factory, lead: str) -> None:
    # main: speaker unknown ("alleged" read as the last speech verb before the quote, its subject no one)
    article = HEAD + lead + " as a civilian coup against “the next president of this country.”" + TAIL
    speakers = _speakers(load_articles(tmp_path_factory, "alleged", {"a.txt": article}))
    assert speakers["the next president of thi"] == "Kemal Arslan"


def test_alleged_as_a_verb_after_and_still_reads(tmp_path_factory) -> None:
    # guard (right on main too): "X denied it and alleged that …" keeps X
    article = (HEAD + "Party leader Kemal Arslan denied the charges and alleged that the case was “a plot hatched "
               "in the capital by frightened men.”" + TAIL)
    speakers = _speakers(load_articles(tmp_path_factory, "alleged2", {"a.txt": article}))
    assert speakers["a plot hatched in the cap"] == "Kemal Arslan"


LABELLED = ("Ministers agree fund\n\nCzech Foreign Minister Tomas Hrabal has said that the repair fund must be ready "
            "by \"early spring\" at the latest.\n\nQuote: \"We cannot wait for another winter. The plants need parts "
            "now.\n\nEvery week of delay costs us more than the fund itself.\"\n\nBackground: The fund was first "
            "proposed in May.\n")


def test_a_straight_quotation_of_two_paragraphs_closed_only_in_the_second(tmp_path_factory) -> None:
    # main: neither paragraph a quote (the second's lone straight mark closed nothing)
    speakers = _speakers(load_articles(tmp_path_factory, "straight", {"a.txt": LABELLED}))
    assert speakers["We cannot wait for anothe"] == "Tomas Hrabal"
    assert speakers["Every week of delay costs"] == "Tomas Hrabal"


def test_spoke_of_and_talked_of_are_speech_verbs(tmp_path_factory) -> None:
    # main: unknown ("talked of" was no speech verb)
    article = ("Summit opens\n\nSpeaking beside the two presidents, Council chief Marek Olsen talked of a new effort "
               "“to stand on our own feet at last.”\n\nEconomy Minister Anna Weber spoke of “a quiet week that "
               "changed the map.”\n\nThe leaders then went inside.\n")
    speakers = _speakers(load_articles(tmp_path_factory, "spoke", {"a.txt": article}))
    assert speakers["to stand on our own feet "] == "Marek Olsen"
    assert speakers["a quiet week that changed"] == "Anna Weber"


LOST_MARK = ("Ministers meet\n\n“We have a plan on the table,” Foreign Minister Tomas Hrabal said on arrival. “I hope "
             "we leave with a decision, because the plants cannot wait.\n\nThe ministers will meet again in April.\n")


def test_a_second_sentence_whose_closing_mark_is_lost_is_the_speakers(tmp_path_factory) -> None:
    # main: the second sentence no quote at all (left open at its paragraph's end, the next not reopening it)
    speakers = _speakers(load_articles(tmp_path_factory, "lost", {"a.txt": LOST_MARK}))
    assert speakers["We have a plan on the tab"] == "Tomas Hrabal"
    assert speakers["I hope we leave with a de"] == "Tomas Hrabal"


DETAINED = ("Mayor detained\n\nPolice detained Mayor Ekrem Demirci at dawn on Wednesday. Demirci's wife, Leyla "
            "Demirci, told reporters the raid came before breakfast.\n\n")
VIDEO = "In a video posted online, Demirci said, “Hundreds of officers came to my door for no reason at all.”"


def test_a_surname_whose_other_bearer_is_its_relative_is_the_possessors(tmp_path_factory) -> None:
    # main: unknown (two Demircis named in full). "Demirci's wife, Leyla Demirci": the bare surname is not hers.
    article = DETAINED + VIDEO + "\n\nThe party called protests for the evening.\n"
    speakers = _speakers(load_articles(tmp_path_factory, "relative", {"a.txt": article}))
    assert speakers["Hundreds of officers came"] == "Ekrem Demirci"


def test_two_bearers_of_a_surname_with_no_relative_leave_it_unknown(tmp_path_factory) -> None:
    # guard (unknown on main too): "the mayor's wife" names no bearer of the surname as the possessor
    article = (DETAINED.replace("Demirci's wife", "The mayor's wife") + VIDEO
               + "\n\nThe party called protests for the evening.\n")
    speakers = _speakers(load_articles(tmp_path_factory, "norelative", {"a.txt": article}))
    assert speakers["Hundreds of officers came"] is None


@pytest.mark.parametrize("middle", [
    "instead of waiting for the EU to act",         # main: unknown (an institution between, though an object)
    "instead of clinging to its long-stated hopes",  # main: unknown ("stated" of "long-stated" read as a verb)
])
def test_a_second_reported_clause_keeps_the_speaker(tmp_path_factory, middle: str) -> None:
    article = ("Ministers meet\n\nDefence Minister Tomas Kairys met allied ministers on Tuesday.\n\nKairys surprised "
               "allies by adding that Lithuania did “not expect any new money this year”, and that " + middle
               + ", it would turn to “partners in the north and the west” for help.\n\nThe talks end on Friday.\n")
    speakers = _speakers(load_articles(tmp_path_factory, "clause", {"a.txt": article}))
    assert speakers["partners in the north and"] == "Tomas Kairys"
