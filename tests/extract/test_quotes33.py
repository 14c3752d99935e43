"""Quote classes of the "quotes33" helper (issue 10, fifteenth session), on prose written for these tests: every
sentence and quotation is invented. "In his words, “…”", "In X's words, “…”" and "In the words of X, “…”" give the
quotation to the one they name (a pronoun to the person it plainly stands for, else no one), and so does "In his
view, …" / "In X's opinion, …" for a quotation later in its clause; a line someone
quotes from another ("…, quoting a line of X: “…”") is that other's, or no one's we know, never the quoter's own. The
person a verb of telling addresses ("he told the Ukrainian leader: “…”") is never its speaker: a pronoun read as
that person leaves the quote unknown. An agency's credit after a wire story's last quote ("“…” –PA") leaves its
paragraph a quote-only paragraph, which continues the quotation of the paragraph before. A pronoun after a long
quotation of short sentences ("“… Shells. Drills. Radars. And unity,” he said") looks past the quoted sentences
to the body before them, as far as it would look past the body's own (the paragraph before at most). "“…,” X is
convinced." (one house style's tag) names X as the speaker like "X said". A speech's transcript under a
"Transcript:" heading whose first paragraph is labelled in ordinary case ("Vice President JD Vance: …") is that
person's turn, even with that one label (the label naming a person found in the text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = "Talks in a cold hall\n\nThe delegations met for most of Thursday afternoon.\n\n"
TAIL = "\n\nThe hall was empty again by the evening.\n"
WORDS = "Our patience is not a bottomless well"
QUOTE = "“" + WORDS + " for anyone.”"


@pytest.mark.parametrize(("lead", "speaker"), [
    # main: speaker unknown for each
    ("Marco Rubio spoke for twenty minutes without notes. In his words, ", "Marco Rubio"),
    ("Marco Rubio spoke for twenty minutes without notes. In his own words, ", "Marco Rubio"),
    ("The session ran late. In Rubio's words, ", "Marco Rubio"),
    ("The session ran late. In the words of Secretary of State Marco Rubio, ", "Marco Rubio"),
    ("Rubio spoke first and Lavrov replied. In the words of Sergei Lavrov, ", "Sergei Lavrov"),
])
def test_in_someones_words_names_the_speaker(tmp_path: Path, lead: str, speaker: str) -> None:
    text = HEAD + "Secretary of State Marco Rubio arrived early.\n\n" + lead + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


@pytest.mark.parametrize("lead", [
    # guards: unknown on main and on the branch
    "In other words, ",                      # no one's words named
    "In the words of one diplomat, ",        # someone unnamed
    "Rubio and Lavrov met for an hour. In his words, ",  # two men as one subject: "his" is not plainly either
])
def test_in_words_naming_no_one_plainly_stays_unknown(tmp_path: Path, lead: str) -> None:
    text = HEAD + lead + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] is None


def test_in_her_words_is_no_man(tmp_path: Path) -> None:
    # guard: "her" never stands for a man the article shows as "he"
    text = HEAD + "Mr. Rubio spoke for twenty minutes. In her words, " + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] is None


@pytest.mark.parametrize(("lead", "speaker"), [
    # main: Marco Rubio (the quoter) for the first three; the line is the one he quotes
    ("Marco Rubio closed his remarks by quoting a line of Sergei Lavrov: ", "Sergei Lavrov"),
    ("Marco Rubio closed his remarks by quoting the old motto of a poet he admires: ", None),
    ("Marco Rubio ended by quoting an old saying: ", None),
    ("Marco Rubio closed his remarks by citing the famous words of Pope Francis: ", "Pope Francis"),  # main: None
])
def test_a_quoted_line_is_not_the_quoters_own(tmp_path: Path, lead: str, speaker: str | None) -> None:
    text = HEAD + lead + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


@pytest.mark.parametrize("lead", [
    # guards: the speaker's own words, on main and on the branch
    "Marco Rubio, quoting no one, said: ",
    "Marco Rubio said, citing the figures, that ",
])
def test_a_speaker_citing_something_keeps_his_words(tmp_path: Path, lead: str) -> None:
    text = HEAD + lead + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == "Marco Rubio"


VISIT = ("Allies in a grey city\n\nThe talks ran into the evening.\n\nSir Keir Starmer met Volodymyr Zelensky at the "
         "door. The visit was a chance for the PM to show his continued support for Zelensky after the row with Trump. ")
VOICES = "Those voices are the country speaking to you tonight"


@pytest.mark.parametrize("sentence", [
    # main: Volodymyr Zelensky for each (the pronoun read as the man spoken to)
    "Hearing the crowd outside, he told the Ukrainian leader: “" + VOICES + ".”",
    "Outside, he assured the Ukrainian president: “" + VOICES + ".”",
    "“" + VOICES + ",” he told the Ukrainian leader.",
])
def test_an_addressee_never_speaks(tmp_path: Path, sentence: str) -> None:
    assert speaker_named(tmp_path, VISIT + sentence + TAIL, VOICES)[0] is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # guards: the same on main and on the branch
    ("Starmer told the Ukrainian leader: “" + VOICES + ".”", "Keir Starmer"),
    ("“" + VOICES + ",” Starmer told the Ukrainian leader.", "Keir Starmer"),
    ("Zelensky told the prime minister: “" + VOICES + ".”", "Volodymyr Zelensky"),
    ("“" + VOICES + ",” Zelensky told reporters.", "Volodymyr Zelensky"),
])
def test_a_named_teller_keeps_the_words(tmp_path: Path, sentence: str, speaker: str) -> None:
    assert speaker_named(tmp_path, VISIT + sentence + TAIL, VOICES)[0] == speaker


OPENED = ("Allies in a grey city\n\nThe talks ran into the evening.\n\nAt the top of the meeting, Mr Starmer said: "
          "“We heard the street tonight. That is the country standing with you.\n\n")
DEPENDS = "So much depends on it"


@pytest.mark.parametrize("credit", [" –PA", " – PA", " -AP", " –AFP"])
def test_a_wire_credit_after_the_last_quote_keeps_its_continuation(tmp_path: Path, credit: str) -> None:
    # main: speaker unknown (the credit made the paragraph more than its quotation)
    text = OPENED + "“" + DEPENDS + ", for Ukraine and for all of us.”" + credit + "\n"
    assert speaker_named(tmp_path, text, DEPENDS)[0] == "Keir Starmer"


@pytest.mark.parametrize("after", [" – Lammy", " said a voice in the crowd."])
def test_a_name_after_the_quote_is_no_wire_credit(tmp_path: Path, after: str) -> None:
    # guards: unknown on main and on the branch (someone else's words, or someone we do not know)
    text = OPENED + "“" + DEPENDS + ", for Ukraine and for all of us,”" + after + "\n"
    assert speaker_named(tmp_path, text, DEPENDS)[0] is None


HALL = "Allies in a grey city\n\nThe talks ran into the evening.\n\n"
SOLDIERS = "Our soldiers have learned what no manual teaches"
LONG = ("“" + SOLDIERS + ". Only they have fought this kind of war. But they cannot do it alone. And we need what "
        "you can give. Shells. Drills. Radars. Loans. Patience. And unity,” he said.\n")


@pytest.mark.parametrize("before", [
    # main: speaker unknown (the quotation's own sentences used up the pronoun's reach)
    "Zelensky stressed the army's experience in the hall.",
    "Zelensky stressed the army's experience in the hall. According to him, this makes the army a pillar of any plan.",
])
def test_a_pronoun_after_a_long_quotation_reaches_the_body_before_it(tmp_path: Path, before: str) -> None:
    assert speaker_named(tmp_path, HALL + before + "\n\n" + LONG, SOLDIERS)[0] == "Volodymyr Zelensky"


@pytest.mark.parametrize("before", [
    # guards: unknown on main and on the branch
    "Zelensky stressed the army's experience in the hall.\n\nThe hall was silent for a while.",  # two paragraphs back
    "Zelensky and Macron spoke in the hall.",  # two men as one subject
])
def test_a_pronoun_after_a_long_quotation_still_needs_one_person_in_reach(tmp_path: Path, before: str) -> None:
    assert speaker_named(tmp_path, HALL + before + "\n\n" + LONG, SOLDIERS)[0] is None



@pytest.mark.parametrize("text", [
    # main: speaker unknown for each
    HALL + "“" + SOLDIERS + " today,” Zelensky is convinced.\n",
    HALL + "Zelensky was convinced that “" + SOLDIERS + " today.”\n",
    HALL + "Zelensky met Rubio in the hall.\n\n“" + SOLDIERS + " today,” he is convinced.\n",
])
def test_is_convinced_names_its_subject(tmp_path: Path, text: str) -> None:
    assert speaker_named(tmp_path, text, SOLDIERS)[0] == "Volodymyr Zelensky"


def test_not_convinced_after_a_named_speaker_changes_nothing(tmp_path: Path) -> None:
    # guard: the same on main and on the branch
    text = HALL + "“" + SOLDIERS + " today,” Zelensky said. Rubio was not convinced.\n"
    assert speaker_named(tmp_path, text, SOLDIERS)[0] == "Volodymyr Zelensky"



STRIKE = "Allies in a grey city\n\nThe talks ran into the evening.\n\n"
MESSAGE = "a message to every capital"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # main: speaker unknown for each (the first not even a quote: two words with no one named beside them)
    ("Zelensky spoke about the strike. In his opinion, it was a “deeply symbolic” act.", "Volodymyr Zelensky"),
    ("Zelensky spoke about the strike. In his view, the strike was “" + MESSAGE + "” from Moscow.", "Volodymyr Zelensky"),
    ("The strike was discussed. In Rubio's view, the strike was “" + MESSAGE + "” from Moscow.", "Marco Rubio"),
])
def test_in_someones_view_names_the_quotation_in_its_clause(tmp_path: Path, sentence: str, speaker: str) -> None:
    words = "deeply symbolic" if "symbolic" in sentence else MESSAGE
    assert speaker_named(tmp_path, STRIKE + sentence + TAIL, words)[0] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # guards: the same on main and on the branch
    ("Zelensky and Macron spoke about it. In his view, the strike was “" + MESSAGE + "” from Moscow.", None),
    ("Zelensky spoke about it. In his view, Rubio said “" + MESSAGE + "” had been sent.", "Marco Rubio"),
])
def test_in_someones_view_guards(tmp_path: Path, sentence: str, speaker: str | None) -> None:
    assert speaker_named(tmp_path, STRIKE + sentence + TAIL, MESSAGE)[0] == speaker



SPEECH = "Thank you all for coming to this hall on such a cold morning"


@pytest.mark.parametrize(("label", "speaker"), [
    # main: not a quote at all (one label in ordinary case, no questioner)
    ("Vice President JD Vance", "JD Vance"),
    ("Secretary of State Marco Rubio", "Marco Rubio"),
])
def test_a_headed_transcripts_labelled_turn_is_its_speakers(tmp_path: Path, label: str, speaker: str) -> None:
    text = ("Remarks at the forum\n\nTranscript:\n\n" + label + ": " + SPEECH + ". We came to listen.\n\n"
            "Our friendship is older than any of us.\n")
    assert speaker_named(tmp_path, text, SPEECH)[0] == speaker


@pytest.mark.parametrize("text", [
    # guards: no quote on main and on the branch (a lone label with no heading; a heading over plain prose)
    "Remarks at the forum\n\nMarco Rubio: " + SPEECH + ". We came to listen.\n",
    "Remarks at the forum\n\nTranscript:\n\nThe secretary spoke first. " + SPEECH + " was his opening.\n",
])
def test_no_heading_or_no_label_makes_no_turn(tmp_path: Path, text: str) -> None:
    from helpers import quotes_of

    quotes, _ids = quotes_of(tmp_path, text)
    assert not any(q.startswith(SPEECH) for q in quotes)
