"""positions35 (issue 10): holders and polarity on blind text about a folder's own issues. Wrong readings main
showed at 0.8–0.9: a person "wanted by" a court read as someone wanting the keyword; the verb of a relative on a
preposition's object ("tariffs on countries adopting levies") and a past participle after the keyword ("levies …
imposed on American firms") read as the holder's own stance; a rejected accusation about a name's rules read as a
rejection of the rules; a sentence opening "Unless …," read as a plain *for* (or gave nothing); a cue after a
comma inside a closing quote read across the clause; "slammed the ban" gave nothing; "seeking concessions on" a
thing read as wanting it; keeping a thing out of the talks read as refusing it; a second predicate's cue after a
keyword that modifies a head noun read as a stance on it. The sentences
were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Issue, Stance

from helpers import positions_read
from tests.extract.test_positions import ACTORS

ISSUES = [
    Issue(id="tariffs", name="Tariffs", proposition="The US raises tariffs", keywords=("tariffs",)),
    Issue(id="levy", name="Levies", proposition="Digital levies are charged on US firms",
          keywords=("digital levies", "digital levy")),
    Issue(id="rules", name="Online rules", proposition="The EU enforces its online rules", keywords=("online rules",)),
    Issue(id="freeing", name="Freeing", proposition="The prisoners are freed", keywords=("freeing",)),
    Issue(id="fine", name="The fine", proposition="The platform is fined", keywords=("fine",)),
    Issue(id="code", name="The code", proposition="The EU keeps its safety code unchanged", keywords=("Safety Code",)),
]


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence, ACTORS, ISSUES, "Trade notes")


@pytest.mark.parametrize(("sentence", "wrong"), [
    # a person sought by a court: "wanted" is a passive, no one's want (main: Russia *for*, 0.9)
    ("Moscow faces questions over the freeing of a smuggler wanted by the tribunal.", ("russia", "freeing", Stance.FOR)),
    ("Moscow said a courier wanted for smuggling had arranged the freeing of two prisoners.",
     ("russia", "freeing", Stance.FOR)),
    # the countries adopt the levies; the one who threatens them is not *for* them (main: 0.9)
    ("Trump warned that he could impose tariffs on countries adopting digital levies.", ("us", "levy", Stance.FOR)),
    ("Trump said he would weigh tariffs on nations that adopt a digital levy.", ("us", "levy", Stance.FOR)),
    # others imposed the levies: a participle after the keyword's list, without its agent (main: 0.9)
    ("Trump said he would weigh tariffs in retaliation for \"digital levies, penalties and practices\" imposed on "
     "American firms.", ("us", "levy", Stance.FOR)),
    # the accusation is rejected, not the rules (a name's possessive before them; main: *against*, 0.8)
    ("The European Commission has rejected Trump's accusation that Europe's online rules single out American firms.",
     ("europe", "rules", Stance.AGAINST)),
    # a sentence opening with its condition, the main clause cut by an aside (main: a plain *for*, 0.9)
    ("Unless the levies are dropped, I, as the nation’s leader, will impose heavy new tariffs, Trump said.",
     ("us", "tariffs", Stance.FOR)),
    # a comma inside the closing quote ends the clause before a participle: its cue is not about the fine (main: 0.9)
    ("Trump called the fine a “shakedown,” defending the online rules as a lawfully adopted code.",
     ("us", "fine", Stance.FOR)),
    # wanting concessions on a thing is wanting it weakened (main: *for*, 0.9)
    ("The Trump team sought fresh concessions on the Safety Code.", ("us", "code", Stance.FOR)),
    ("Washington wants to win concessions on the Safety Code.", ("us", "code", Stance.FOR)),
    # keeping a thing out of the talks shields it: no refusal of it (main: *against*, 0.9)
    ("The bloc's trade envoy flew to Washington to seek a balanced deal, excluding the Safety Code from the talks.",
     ("europe", "code", Stance.AGAINST)),
    # the keyword modifies a head noun, then "and" and a past verb with a new object of its own (main: *for*, 0.9)
    ("Last spring Brussels ruled that US firms Alpha and Beta had broken the Safety Code rules and imposed large "
     "penalties.", ("us", "code", Stance.FOR)),
    # "the United States" is no speech verb ("states") cutting the want and the prevention off (main: 0.8)
    ("Brussels hopes to bar the United States from challenging its Safety Code during the talks.",
     ("europe", "code", Stance.AGAINST)),
])
def test_a_stance_that_is_not_the_holders(sentence: str, wrong: tuple[str, str, Stance]) -> None:
    assert wrong not in read(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the opening condition: the main clause's measure on terms (main: nothing, or a plain *for*)
    ("Unless the levies are dropped, Trump will impose heavy new tariffs.", ("us", "tariffs", Stance.CONDITIONAL)),
    ("Unless the levies are dropped, I, as the nation’s leader, will impose heavy new tariffs, Trump said.",
     ("us", "tariffs", Stance.CONDITIONAL)),
    # "slammed" with its object is a refusal (main: nothing)
    ("Brussels slammed the fine as a shakedown.", ("europe", "fine", Stance.AGAINST)),
    # guards: the participle clause after a quoted comma keeps the main clause's subject as its holder;
    # a plain want, a participle with its agent, a threatened measure (wanted: the house's reading)
    ("Trump criticized the fine as a “shakedown,” praising the tariffs.", ("us", "tariffs", Stance.FOR)),
    ("Brussels refused any concessions on the Safety Code.", ("europe", "code", Stance.FOR)),
    ("Russia excluded the Safety Code.", ("russia", "code", Stance.AGAINST)),
    ("Moscow wanted the freeing of two prisoners.", ("russia", "freeing", Stance.FOR)),
    ("Brussels defended the digital levies adopted by member states.", ("europe", "levy", Stance.FOR)),
    ("Trump threatened new tariffs on countries with a digital levy.", ("us", "tariffs", Stance.FOR)),
])
def test_the_holders_own_stance_is_kept(sentence: str, expected: tuple[str, str, Stance]) -> None:
    assert expected in read(sentence)


def test_a_condition_whose_content_is_wanted_still_gives_no_stance() -> None:
    # the keyword inside the opening "Unless" clause: what Moscow must do, not where anyone stands
    assert read("Unless Moscow agrees to the tariffs, Trump will walk away.") == {}
