"""An office "of" a place, a see or a ministry right before a run of capitalised words, for person_intros.py:
in "Mayor of Vellport Jana Kostrić", "Bishop of Orrin Tom Ashby", "Minister of Fisheries Ivo Brandt" the run
after "of" begins with the place's (or body's) name and ends with the person's, with nothing between them to say
where one stops. Where the place is a word the lists know ("Governor of Texas …") run_shape already cut it off;
here the place is one the lists lack, and it would open the name ("Vellport Jana Kostrić").

After such an office the run's first capitalised word is always the place's, so a run of three capitalised words
or more is cut before its second-to-last capitalised word: the person is the last two (with any particles
between them: "Jan van der Berg"; a particle before the second-to-last joins the word before it too: "Khalid bin
Nasser Al-Hamadi"); the office and its place become the title. A given name of two words after a place of one
("Madrid Ana María Ruiz") still loses its first word: nothing in the run tells the two apart. A run of two words keeps both (a
place and a surname, or a given and a family name: nothing tells which). The cut name is titled with the office
only where its last word is printed again on its own (a surname); a place of three words with no name after the
office ("the Mayor of Vella Nova Brela said") is otherwise left to the formulas that introduce untitled names.
Offices that relate a person to another
person ("an aide of", "a spokesman for") are not among these: the run after them is a person's name.
"""

from __future__ import annotations

import re

from briefing.load.extract.name_words import TOKEN, is_particle

__all__ = ["office_place_cut"]

#: An office held over a place, a see, a ministry or a body, then "of" (and "the"), right before a run.
_OFFICE_OF = re.compile(r"(?i:\b(?:mayor|governor|bishop|archbishop|metropolitan|patriarch|minister|president|"
                        r"premier|prefect|chancellor|sheriff|emir|king|queen|prince|princess|duke|duchess|earl|"
                        r"sultan|head|chief|director|chair|chairman|chairwoman|ceo|rector|speaker|leader|"
                        r"secretary|commissioner|attorney[- ]general|mufti|rabbi|imam|abbot|dean))"
                        r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")

Shape = tuple[int, int, int, tuple[str, ...]]


def office_place_cut(text: str, floor: int, run_start: int, run: str, shape: Shape) -> Shape | None:
    """The run's shape with the place cut off its name when an office "of" comes right before the run (see the
    module's docstring), titled; None where there is no such office or nothing to cut. `shape` is run_shape's
    answer for a run with no title inside it (its cut 0); `floor` bounds the look back."""
    cut, name_start, name_end, _words = shape
    if cut or not _OFFICE_OF.search(text, max(floor, run_start - 40), run_start):
        return None
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(run, name_start, name_end)]
    capitalised = [k for k, (s, e) in enumerate(tokens) if run[s:s + 1].isupper() and not is_particle(run[s:e])]
    if len(capitalised) < 3:
        return None
    first = capitalised[-2]
    # "(Minister of) State Khalid bin Nasser Al-Hamadi": a particle before the given name's part joins the word
    # before it to the name.
    while first >= 2 and is_particle(run[tokens[first - 1][0]:tokens[first - 1][1]]) \
            and run[tokens[first - 2][0]:tokens[first - 2][0] + 1].isupper():
        first -= 2
    if first <= capitalised[0]:
        return None  # no word of a place is left before the name
    name = tokens[first:]
    words = tuple(run[s:e] for s, e in name)
    # "the Mayor of Vella Nova Brela said": a place of three words may follow the office with no name after it.
    # The office introduces the last words only where the article prints their last word again on its own (a
    # person's surname); elsewhere the name is cut all the same but left to the other formulas, untitled.
    return (1 if _printed_again(text, words[-1], run_start + name[-1][0]) else 0), name[0][0], name_end, words


def _printed_again(text: str, word: str, at: int) -> bool:
    """Whether `word` stands on its own somewhere in `text` other than at `at`."""
    return any(m.start() != at for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text))
