"""positions37 (issue 10): readings at 0.9 that gave a stance to the wrong side, on blind text about the Black Sea
truce's terms (March 2025) and on tariff talks.

Wrong readings main showed: a speaker who would study another side's "list of demands for a truce" was made *for*
the truce (the possessor's demands read as the speaker's); "setting tough conditions to accept a truce" read as a
plain *for* (the terms make it conditional); a cue in a subordinate clause whose subject the gazetteer does not know
("when Ottawa imposes counter-levies", "When the neighbour imposed …") was given to the main clause's agent or to
the sentence's speaker; a cue whose own object is measured against the keyword ("increased tariffs equal to the
retaliatory levies") was read as a stance on the keyword; a cue inside the keyword's purpose ("a truce aimed at
halting military use of ships") turned the backing of it; another side's terms ("Moscow's agreement in principle")
were read onto a compound's agent ("a US-brokered truce"); a keyword in what a copula says of a refusal and its
own object ("his not signing the paper is the absence of guarantees") was read as refused; a cue after the
keyword in a "when" clause of its own ("readied its counter-levies when Trump signed the order imposing tariffs")
was read onto the keyword. The sentences were written for these tests: the prose is
invented."""

from __future__ import annotations

import pytest

from briefing.model import Issue, Stance

from helpers import positions_read
from tests.extract.test_positions import ACTORS

ISSUES = [
    Issue(id="truce", name="The truce", proposition="The two sides stop firing", keywords=("truce", "ceasefire")),
    Issue(id="levies", name="The levies", proposition="The new levies stay",
          keywords=("new levies", "counter-levies", "retaliatory levies")),
]


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence, ACTORS, ISSUES, "Trade notes")


@pytest.mark.parametrize(("sentence", "wrong"), [
    # another side's demands, behind "list of", "set of": not the speaker's stance (unseen; main: US *for*, 0.9)
    ("Trump said his team would look at the Kremlin's list of demands for a truce.", ("us", "truce", Stance.FOR)),
    ("Trump said his team would study Russia's bundle of demands for a truce.", ("us", "truce", Stance.FOR)),
    # terms set for the act are no plain support (unseen; main: Russia *for*, 0.9)
    ("Moscow is setting tough conditions to accept a truce on the sea.", ("russia", "truce", Stance.FOR)),
    # a subordinate clause with its own subject, unknown or unnamed (main: the speaker's or main agent's, 0.9)
    ("When the neighbour imposed retaliatory levies, Trump said he would double the tariffs.",
     ("us", "levies", Stance.FOR)),
    ("Trump said that when Ottawa imposed counter-levies, he would raise the tariffs.", ("us", "levies", Stance.FOR)),
    ("Washington will raise tariffs again when Ottawa imposes counter-levies.", ("us", "levies", Stance.FOR)),
    # the cue's own object measured against the keyword (main: US *for* the other side's levies, 0.9)
    ("The US announced increased tariffs equal to Russia's retaliatory levies.", ("us", "levies", Stance.FOR)),
    ("The US imposed higher tariffs matching the retaliatory levies.", ("us", "levies", Stance.FOR)),
    ("The US approved new tariffs on par with the retaliatory levies.", ("us", "levies", Stance.FOR)),
    # a cue inside the keyword's purpose has its own object (unseen; main: *against* the truce backed, 0.75)
    ("Kyiv backed a truce aimed at halting military use of merchant ships.", ("ukraine", "truce", Stance.AGAINST)),
    ("The US brokered a truce aimed at halting attacks on shipping.", ("us", "truce", Stance.AGAINST)),
    # another side's terms beside a compound's participle are not its agent's (unseen; main: US *against*, 0.75)
    ("Washington is assessing the terms after Moscow's agreement in principle to a US-brokered truce, aimed at "
     "ensuring safe passage and halting military use of merchant ships.", ("us", "truce", Stance.AGAINST)),
    ("Washington is assessing the terms after Moscow's agreement in principle to a US-brokered truce.",
     ("us", "truce", Stance.CONDITIONAL)),
    # the cue and its own object as a copula's subject; the keyword in what is said of it (unseen; main: 0.85)
    ("Zelensky said the chief cause of his not signing the paper is the absence of a firm truce.",
     ("ukraine", "truce", Stance.AGAINST)),
    ("Zelensky said the reason for not signing the accord is that there is no truce.",
     ("ukraine", "truce", Stance.AGAINST)),
    # a cue after the keyword in a "when" clause of its own (positions36's tariff folder; main: US *for*, 0.75)
    ("Ottawa readied its counter-levies when Trump signed the order imposing tariffs on steel.",
     ("us", "levies", Stance.FOR)),
    ("Kyiv backed the truce when Moscow rejected it.", ("ukraine", "truce", Stance.AGAINST)),
])
def test_a_stance_that_is_not_the_holders(sentence: str, wrong: tuple[str, str, Stance]) -> None:
    assert wrong not in read(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the terms make it conditional (main: *for*)
    ("Moscow is setting tough conditions to accept a truce on the sea.", ("russia", "truce", Stance.CONDITIONAL)),
    # guards: a named subject of the subordinate clause; a title and a name; an opening phrase of time without a
    # comma; the keyword as the cue's own object before "matching"; the speaker's own act before "when"
    ("When Moscow imposes retaliatory levies, the US will raise its tariffs by the same amount.",
     ("russia", "levies", Stance.FOR)),
    ("When President Trump imposed the new levies, Moscow protested.", ("us", "levies", Stance.FOR)),
    ("After the summit Moscow agreed to the truce.", ("russia", "truce", Stance.FOR)),
    ("The US imposed the new levies matching its earlier steel duties.", ("us", "levies", Stance.FOR)),
    ("Trump said he had agreed to a truce when Putin called.", ("us", "truce", Stance.FOR)),
    ("Zelensky said Kyiv would accept a truce.", ("ukraine", "truce", Stance.FOR)),
    # the backing itself stays; a new clause after the purpose keeps its own cue; a compound's cue alone reads
    ("Kyiv backed a truce aimed at halting military use of merchant ships.", ("ukraine", "truce", Stance.FOR)),
    ("Kyiv proposed a truce aimed at calm, and Moscow rejected the truce.", ("russia", "truce", Stance.AGAINST)),
    ("Zelensky doubted the US-brokered truce.", ("us", "truce", Stance.FOR)),
    # a gerund subject whose object is the keyword keeps its reading
    ("Kyiv said accepting a truce was vital.", ("ukraine", "truce", Stance.FOR)),
    # the main clause's own cue before "when" stays
    ("Kyiv rejected the truce when it was first proposed.", ("ukraine", "truce", Stance.AGAINST)),
])
def test_the_holders_own_stance_is_kept(sentence: str, expected: tuple[str, str, Stance]) -> None:
    assert expected in read(sentence)
