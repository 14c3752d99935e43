"""Speaker and quote-style classes from the "quotes" helper's blind sets of the seventh session (two White House
meetings), on articles written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_pronoun_after_someone_the_gazetteer_lacks_speaking_is_no_ones_named_earlier(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met the golfers Anton Bel and Piet Kruger on Monday.\n"
        "Reker praised the two visitors, calling them “the finest of their kind” in the sport.\n"
        "Bel, a club champion for ten years, answered calmly. Waving a scorecard, he called himself a “proud son "
        "of the valley” and more.\n"
        "“The greens up north are the best we have. They need rain,” Bel said. “Our club will host the spring "
        "cup again.” He expressed hope the visit would help.\n"))
    assert quotes["the finest of their kind"] == ids["Tomas Reker"]
    # Bel (a three-letter surname) is the nearer subject: never Reker, named before him. The article prints
    # "Anton Bel" once, so Bel is he (people21: a surname alone takes the one full name printed); or no one.
    assert quotes.get("proud son of the valley") in (None, ids.get("Anton Bel"))
    assert quotes["Our club will host the spring cup again."] in (None, ids.get("Anton Bel"))


def test_words_sung_in_a_clip_are_the_singers_not_the_one_who_plays_it(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met the opposition leader Piet Kruger and the golfer Anton Bel on Monday.\n"
        "Reker asked his staff to start the screens and show clips of Piet Kruger singing “row the boats, row "
        "them home” at a harvest fair.\n"
        "Reker then played a video of local politicians shouting “take the land back now” at a rally.\n"))
    assert quotes["row the boats, row them home"] == ids["Piet Kruger"]
    assert quotes["take the land back now"] is None  # the politicians, whom no one names; not Reker


def test_a_question_put_to_the_subject_keeps_the_pronoun_the_subjects(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met the press on Monday.\n"
        "When asked whether he would sign this week, Reker responded, “Only when the text is ready.” "
        "He spoke of the river next and, when asked whether the farmers would lose land, he said, "
        "“Nobody here will lose a single field.”\n"
        "Asked if he would go, Reker nodded. He said the visit would come “only when the time is right for all.”\n"))
    assert quotes["Nobody here will lose a single field."] == ids["Tomas Reker"]
    assert quotes["only when the time is right for all."] == ids["Tomas Reker"]


def test_a_question_the_subject_asks_still_makes_the_pronoun_someone_else(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met the press on Monday.\n"
        "Reker asked whether she would come. She said it would be “only when the time is right for me.”\n"))
    assert quotes["only when the time is right for me."] is None


def test_reporting_verbs_repeated_pleaded_clarified_retorted(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "“None of this would have happened on my watch,” Reker repeated, as he has for months.\n"
        "Marten tried to speak. At one point, she pleaded that they “sit down and settle this quietly.”\n"
        "“In the north of the valley, near the river,” Reker clarified.\n"
        "“We will see about that,” Marten retorted.\n"))
    assert quotes["None of this would have happened on my watch,"] == ids["Tomas Reker"]
    assert quotes["sit down and settle this quietly."] == ids["Ilse Marten"]
    assert quotes["In the north of the valley, near the river,"] == ids["Tomas Reker"]
    assert quotes["We will see about that,"] == ids["Ilse Marten"]


def test_short_spoken_sentences_in_capitals_are_not_titles(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "“Do you know which town that is?” Marten asked. Reker replied, “It’s in the North Valley.”\n"
        "“Ruin. Ruin. Ruin,” Reker declared as the footage played.\n"
        "The paper ran the “Art of the Deal” story.\n"))
    assert quotes["It’s in the North Valley."] == ids["Tomas Reker"]
    assert quotes["Ruin. Ruin. Ruin,"] == ids["Tomas Reker"]
    assert "Art of the Deal" not in quotes  # still a title


def test_a_press_availability_in_ordinary_case_is_a_transcript(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten at the palace on Monday and took questions.\n"
        "Reporter: Will the families be able to go back home after the work is done?\n"
        "Reker: I hope we build something so good they stay where they are.\n"
        "Reporter: What do you say to the families who are still waiting?\n"
        "Marten: “We will bring every one of them home!”\n"
        "Vanya: I think it went well.\n"
        "Vanya: “We will see what the week brings for us.”\n"))
    assert quotes["I hope we build something so good they stay where they are."] == ids["Tomas Reker"]
    assert quotes["We will bring every one of them home!"] == ids["Ilse Marten"]
    # A label we know no one by: not a turn, and its quotes are read as any paragraph's (here: no one's).
    assert quotes["We will see what the week brings for us."] is None
    assert not any(q.startswith(("Will the families", "I think it went")) for q in quotes)


def test_name_lines_without_a_questioner_are_no_transcript(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten at the palace on Monday.\n"
        "Reker: the host spoke first and set out the plan for the valley.\n"
        "Marten: the guest answered and asked for more time on the plan.\n"))
    assert not quotes


def test_a_two_word_demonym_before_a_role(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "U.S. President Donald Trump met South Varian President Tomas Reker at the White House on Wednesday.\n"
        "“I brought you a book about our mountains,” the South Varian president told Trump.\n"))
    assert quotes["I brought you a book about our mountains,"] == ids["Tomas Reker"]


def test_a_name_a_scrape_set_on_a_line_of_its_own_stays_in_its_sentence(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "The guest got a long tour of the garden on Wednesday, led by the US president\n"
        "Donald Trump\n"
        ".\n"
        "'We will not give the farms away,' he said as the tour ended, turning to his guest,\n"
        "Emmanuel Macron\n"
        ", who had flown in that morning.\n"))
    assert quotes["We will not give the farms away,"] == ids["Donald Trump"]


def test_a_surname_alone_is_the_one_person_of_that_surname_the_article_names(tmp_path: Path) -> None:
    """Two people of one surname in the folder leave "Waltz" alone to no one in the mentions; in an article that
    names only one of them in full, "Waltz said" is that one's; in an article that names neither, no one's."""
    from briefing.load import load_briefing

    (tmp_path / "sources").mkdir()
    for name, text in (
            ("a.txt", "A headline\n\nDaniel Waltz, an analyst at a think tank, said the deal gave the country a "
                      "“rare and historic chance” to rebuild.\n"),
            ("b.txt", "Another headline\n\nNational Security Adviser Mike Waltz spoke on Monday in Washington.\n\n"
                      "In an interview on Tuesday, Waltz said the deal would “help both countries alike” in the "
                      "end.\n"),
            ("c.txt", "Third headline\n\nIn an interview on Tuesday, Waltz said the deal would “help the whole "
                      "region in the long run” in the end.\n")):
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    speakers = {q.text: q.speaker for q in briefing.quotes}
    assert speakers["rare and historic chance"] == "auto-daniel-waltz"
    assert speakers["help both countries alike"] == "waltz"  # the gazetteer's Mike Waltz, named in b.txt
    assert speakers["help the whole region in the long run"] is None


def test_a_name_as_the_modifier_of_a_body_or_a_role_is_not_the_speaker(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "“We will look at the plan again in the spring,” the Reker administration said in a statement.\n"
        "The Marten government confirmed that it would “review every line of the plan” by May.\n"
        "“Nothing is agreed until all of it is agreed,” a Marten campaign official told reporters.\n"))
    assert quotes["We will look at the plan again in the spring,"] is None
    assert quotes["review every line of the plan"] is None
    assert quotes["Nothing is agreed until all of it is agreed,"] is None


def test_a_pronoun_after_a_sentence_that_names_one_person_in_passing_and_another_by_role(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker hosted Premier Ilse Marten at the palace on Tuesday.\n"
        "Still, Marten did not hold back.\n"
        "In talks full of Reker’s stories — he held the floor for most of the hour — what people remembered was "
        "the new premier’s reply on the border.\n"
        "“Some things a country simply does not sell,” he said, drawing a shrug from Reker.\n"
        "Reker met the premier again on Wednesday. He said the talks had been “good and very honest on both "
        "sides.”\n"))
    # Reker is named only in passing; "the new premier" is someone else: the pronoun is not plainly Reker's.
    assert quotes["Some things a country simply does not sell,"] is None
    # Reker as the subject, the premier his object: "He" is Reker.
    assert quotes["good and very honest on both sides."] == ids["Tomas Reker"]


def test_a_quotation_split_in_two_before_its_attribution_is_one_speakers(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "“We will win this. We have the plan.” “The plan is good for both countries,” Reker said.\n"
        "“The fields are ours.” Marten looked away. “Nothing is settled,” Reker said.\n"))
    assert quotes["We will win this. We have the plan."] == ids["Tomas Reker"]
    assert quotes["The fields are ours."] is None  # a sentence of the writer's between: not plainly Reker's


def test_q_and_a_lines_of_an_interview_with_one_person(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Premier Ilse Marten spoke to the paper in an interview on Sunday.\n"
        "Q: Will you sign the deal this year?\n"
        "A: Only if the border is settled first and the grain moves again.\n"
        "Q: And the army?\n"
        "A: It stays where it is until the last day of the talks.\n"))
    assert quotes["Only if the border is settled first and the grain moves again."] == ids["Ilse Marten"]
    assert quotes["It stays where it is until the last day of the talks."] == ids["Ilse Marten"]
    assert not any(q.startswith(("Will you sign", "And the army")) for q in quotes)


def test_q_and_a_lines_after_two_people_are_unknown(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Premier Ilse Marten and President Tomas Reker spoke to the paper on Sunday.\n"
        "Q: Will you sign the deal this year?\n"
        "A: Only if the border is settled first and the grain moves again.\n"
        "Q: And the army?\n"
        "A: It stays where it is until the last day.\n"))
    assert quotes["Only if the border is settled first and the grain moves again."] is None


def test_words_someone_else_owns_or_asks_are_not_the_subjects(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "Reker responded to Marten’s claim that the plan was “a gift to the north and nothing more.”\n"
        "Reker said Marten’s description of the talks as “a waste of everyone’s time” was wrong.\n"
        "Reker, asked whether Marten was “the one who walked out first,” said no.\n"
        "Reker welcomed Marten’s call and said: “We agree on the grain at last.”\n"))
    assert quotes["a gift to the north and nothing more."] is None
    assert quotes["a waste of everyone’s time"] is None
    assert quotes["the one who walked out first,"] is None
    assert quotes["We agree on the grain at last."] == ids["Tomas Reker"]
