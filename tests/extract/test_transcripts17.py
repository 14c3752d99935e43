"""Briefing transcripts as agencies and mailing lists print them (the lead's blind set of 7 Dec, seventeenth
session: a spokesperson's briefings): labels in bold ("*MS WHITCOMBE:*"), a turn that goes on over the paragraphs
after its label, and a transcription service's page with one named speaker and times inside the turn. Main found
no quote in the first, only each turn's first paragraph in the second and none in the third. The transcripts are
invented."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of, speaker_named

BOLD = """Department Press Briefing
Dana Whitcombe, Department Spokesperson
*MS WHITCOMBE:* Good afternoon. I have two announcements before your questions.
*QUESTION:* Will the secretary travel to Geneva this week?
*MS WHITCOMBE:* I have no travel to announce for the secretary at this time.
"""

GOES_ON = """Department Press Briefing

Dana Whitcombe, Department Spokesperson

MS WHITCOMBE: Good afternoon, everyone, and thank you for coming.

QUESTION: Thank you. Can you tell us about the talks?

MS WHITCOMBE: I can say a little. We met both delegations over the weekend.

I want to add that our envoy will brief the allies on Thursday in Brussels.

The spokesperson then left the room without taking further questions.
"""

ONE_VOICE = """Briefing by the spokesperson

Dana Whitcombe (00:00):
Good afternoon. I will start with a word on the grain corridor before we take questions.
(00:41)
We remain in close contact with both delegations, and we expect more talks this month.
"""


def test_bold_labels_are_turns(tmp_path: Path) -> None:
    assert speaker_named(tmp_path, BOLD, "Good afternoon. I have two")[0] == "Dana Whitcombe"
    assert speaker_named(tmp_path, BOLD, "I have no travel")[0] == "Dana Whitcombe"
    quotes, ids = quotes_of(tmp_path, BOLD)
    # the question is no one's we know (main gave the spokesperson none of the three)
    assert not any(text.startswith("Will the secretary") and speaker for text, speaker in quotes.items())
    assert ids["Dana Whitcombe"] in quotes.values()


def test_a_turn_goes_on_over_its_first_person_paragraphs(tmp_path: Path) -> None:
    assert speaker_named(tmp_path, GOES_ON, "I want to add that our envoy")[0] == "Dana Whitcombe"
    quotes, _ids = quotes_of(tmp_path, GOES_ON)
    # the narrator's line after the turn is nobody's words
    assert not any(text.startswith("The spokesperson then left") for text in quotes)


def test_one_named_speaker_with_times_inside_the_turn(tmp_path: Path) -> None:
    assert speaker_named(tmp_path, ONE_VOICE, "Good afternoon. I will start")[0] == "Dana Whitcombe"
    assert speaker_named(tmp_path, ONE_VOICE, "We remain in close contact")[0] == "Dana Whitcombe"


def test_a_third_person_paragraph_after_a_turn_stays_narration(tmp_path: Path) -> None:
    """Guard: an article quoting two lines of a transcript and going on in its own voice."""
    article = ("Talks resume\n\nREPORTER: Is the deal done?\n\nTRUMP: Very close. We are very close.\n\n"
               "The president later flew to Florida, where he spent the weekend at his club.\n")
    quotes, _ids = quotes_of(tmp_path, article)
    assert not any(text.startswith("The president later flew") for text in quotes)


def test_a_timed_label_under_a_link_line_is_no_furniture(tmp_path: Path) -> None:
    """A scraped page opening with its address, then the label: the short line beside furniture had joined it,
    and the page lost its one speaker (main: no quote, no person)."""
    page = ("https://transcripts.example.org/briefing-2025-03-04\n"
            "Dana Whitcombe (00:00):\n"
            "Good afternoon. I will start with a word on the grain corridor before we take questions.\n"
            "(00:41)\n"
            "We remain in close contact with both delegations, and we expect more talks this month.\n")
    assert speaker_named(tmp_path, page, "We remain in close contact")[0] == "Dana Whitcombe"


def test_a_mailing_lists_header_is_furniture_and_dates_no_event(tmp_path: Path) -> None:
    """Main made an event of the header line, titled with it ("Thu 6 March 2025 You are subscribed to …")."""
    from helpers import write_folder

    from briefing.load import load_briefing

    page = ("https://relays.example.org/2025/03/06/ministry-press-briefing\n\n"
            "(RELAYS) – Thu 6 March 2025 You are subscribed to Daily Releases for U.S. Department of Commerce. "
            "New items are online.\n"
            "Ministry Press Briefing – March 5, 2025\n"
            "*MS WHITCOMBE:* Good afternoon. I have two announcements before your questions.\n"
            "*QUESTION:* Will the minister travel to Geneva this week?\n"
            "*MS WHITCOMBE:* I have no travel to announce for the minister at this time.\n")
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": page}), use_cache=False)
    assert not any("subscribed" in e.title for e in briefing.events)
    assert not any("subscribed" in span.text for e in briefing.events for span in e.evidence)


def test_a_manner_of_saying_after_the_quote(tmp_path: Path) -> None:
    """“…,” X exulted as the crowd cheered: main left the speaker unknown (lead's blind set, an election night)."""
    article = ("Election night\n\nPresident Ana Ferreira won the vote on Sunday.\n\n"
               "“We have turned the page on a lost decade,” Ferreira exulted as her supporters cheered in the square. "
               "“Tomorrow the real work starts.”\n")
    assert speaker_named(tmp_path, article, "We have turned the page")[0] == "Ana Ferreira"
    assert speaker_named(tmp_path, article, "Tomorrow the real work")[0] == "Ana Ferreira"


def test_a_places_people_in_two_words_is_no_person(tmp_path: Path) -> None:
    """“his fellow New Yorkers” had become a person titled “fellow” (lead's held-out transcripts)."""
    from briefing.load import load_briefing
    from helpers import write_folder

    article = ("Mayor speaks\n\nMayor Jo Roe thanked his fellow New Yorkers for their patience on Monday, and "
               "said visiting New Zealanders and South Africans were welcome in New York.\n")
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": article}), use_cache=False)
    people = {a.name for a in briefing.actors if a.origin == "auto" and a.kind == "person"}
    assert "Jo Roe" in people
    assert not people & {"New Yorkers", "New Zealanders", "South Africans"}


def test_a_pronoun_does_not_give_a_quote_to_the_one_it_names(tmp_path: Path) -> None:
    """“X said a friend … had been wronged,” he said, with X the last person named before it: main gave X his own
    third-person report (people33's set, seen by the lead); now speaker unknown."""
    article = ("Talk show\n\nAnalyst Omar Farooq watched the show on Monday with former prime minister Imran Khan.\n\n"
               "Later, the former prime minister Imran Khan left the studio.\n\n"
               "“Imran Khan said a friend of his cousin had been wronged,” he said.\n")
    assert speaker_named(tmp_path, article, "Imran Khan said a friend")[0] != "Imran Khan"


def test_a_quote_run_onto_the_sentence_before_keeps_its_own_attribution(tmp_path: Path) -> None:
    """"… sources said.“…,” said the chief minister.": the missing space had joined the quote to the sentence
    before, whose object took it (people33's set, seen by the lead); the sentences are cut at the opening mark."""
    from briefing.load.extract.sentences import split_sentences

    text = "He urged Mira Chand to stay calm, aides said.“We must all work together,” said the chief minister."
    assert [text[s:e] for s, e in split_sentences(text)][1].startswith("“We must all")
    article = ("Lahore talks\n\nPunjab Chief Minister Omar Latif met party leader Mira Chand on Monday.\n\n" + text + "\n")
    assert speaker_named(tmp_path, article, "We must all work together")[0] == "Omar Latif"


def test_the_articles_own_voice_after_a_transcript_is_no_turn(tmp_path: Path) -> None:
    """Guard: "… our request for comment" after the last turn is the outlet's, not the last speaker's."""
    article = ("Talks resume\n\nREPORTER: Is the deal done?\n\nTRUMP: Very close. We are very close.\n\n"
               "REPORTER: When will you sign it?\n\nTRUMP: Soon. You will see it soon.\n\n"
               "The White House did not respond to our request for comment on the timing.\n")
    quotes, _ids = quotes_of(tmp_path, article)
    assert not any(text.startswith("The White House did not") for text in quotes)
