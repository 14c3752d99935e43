"""Who holds a stance (positions, findings.py): the agent of the cue's clause, a joint subject ("Trump and
Putin agreed"), the speaker of the quote or of the reported clause, a place that names a side ("Poland refused"),
else no one: two sides, a guest's claim in a transcript or an unsure reading give none."""

from __future__ import annotations

import re

from briefing.load.extract.compound_cues import compound_agent
from briefing.load.extract.holder_agents import DEMANDED_OF, possible_agents
from briefing.load.extract.holder_places import PLACE, overlaps, with_places
from briefing.load.extract.holder_refs import SPEECH as _SPEECH
from briefing.load.extract.holder_refs import aside_subject, pronoun_subject, reported_subject, role_tag
from briefing.load.extract.holder_subjects import (SUBORDINATE, absolute_with, antecedent, condition_subject,
                                                    document_author, former_agent,
                                                    former_holders_act, former_speaker, subordinate_speaker_span,
                                                    joint, judged_for,
                                                    opening_participle_subject, participle_aside_end,
                                                    participle_subject, subordinate_subject)
from briefing.load.extract.holder_subjects import possessor as act_possessor
from briefing.load.extract.issues import stance_cue
from briefing.load.extract.joint_they import joint_they
from briefing.load.extract.reported_others import others_act
from briefing.load.extract.subordinate_unnamed import unnamed_subordinate
from briefing.load.extract.transcript_turns import guest_turn, reporter, turn

__all__ = ["PLACE", "Holding", "guest_turn", "holder", "overlaps", "with_places"]

_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: A pronoun between the agent's name and the cue: the subject of the cue may be someone else.
#: ("it is unrealistic" has no subject: that "it" stands for no one.)
_PRONOUN = re.compile(r"\b(?:(?P<person>he|she)|it(?!\s+(?:is|was|seems|appears)\b)|they)\b", re.IGNORECASE)

#: Verbs of belief among the reporting verbs: what follows is what someone believes of the agent, not the agent's word.
_BELIEF_VERB = re.compile(r"believes|believed|thinks|believe|think")
_BY_AGENT = re.compile(r"[a-z ]{0,12}\bby (?:the )?", re.DOTALL)
#: A name that only possesses the agent: "demanded by the Kremlin's critics" (the critics act, not the Kremlin).
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _by_agent(text: str, cue: int, name) -> bool:  # noqa: ANN001
    """Whether `name` is the agent of a passive cue ("rejected by Ukraine"), not a possessor ("by Ukraine's allies")."""
    return _BY_AGENT.fullmatch(text, cue, name[1]) is not None and _POSSESSIVE_AFTER.match(text, name[2]) is None
_PRONOUN_SAID = re.compile(r"\b(?:he|she) (?:said|added|says|told|wrote|warned|stressed)\b")


Holding = tuple[str, list[str], str]


#: A reporting participle before its clause: ", stating that …", ", adding that …".
_THAT_PARTICIPLE = re.compile(r"(?<=[a-z]ing)(?=\s+that\b)")  # (empty, at the participle's end: cheap to find)
#: A possessive and at most one word before the cue ("the terror group’s “repeated refusal”", "Hamas’s refusal"),
#: unless the word is an agent's body ("Ukraine’s government refused").
_BODY = re.compile(r"officials?|government|leaders?|leadership|president|premier|ministers?|ministry|delegation|"
                   r"side|authorities|diplomats?|spokes(?:man|woman|person)|negotiators?|envoys?|administration|"
                   r"lawmakers|parliament|military|army|forces|troops|command|chancellor|cabinet|office")
_POSSESSED = re.compile(r"[\w.-]+['’]s\s+[“\"‘']?(?:(?P<word>[a-z-]+)\s+[“\"‘']?)?$")


def _possessed_act(text: str, left: int, cue: int) -> bool:
    found = _POSSESSED.search(text, left, cue)
    return found is not None and (found.group("word") is None or _BODY.fullmatch(found.group("word")) is None)


#: Inside a quote, a third person as the subject of the cue, or an indefinite one ("maybe somebody wants …"):
#: the speaker tells of someone else.
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ss]ome(?:body|one)?|[Oo]thers)\s+"
                           r"(?:(?:[a-z]+n[’']t|not|never|just|also|still|even|already|"
                           r"again|always|now|[a-z]{3,}ly|"
                           r"would|will|does|did|do|is|was|are|were|has|have|had|can|could|may|might|must|should)"
                           r"\s+){0,3}$")
#: A doubt about a possessor's stance, right before the possessor and its titles: "scepticism about President
#: Putin's desire to end the war", "questioned Moscow's readiness for a truce".
_DOUBTED = re.compile(r"\b(?i:s[ck]eptic(?:al|ism)|doubt(?:s|ful|ed|ing)?|question(?:s|ed|ing)?|uncertain(?:ty)?|"
                      r"distrust|mistrust)\s+(?:(?:about|over|of|on|regarding|as to)\s+)?(?:the\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
#: Inside a quote, a name's possessive right before the cue: the stance is that name's, as the speaker tells it.
_QUOTED_POSSESSOR = re.compile(r"\b[A-Z][\w.-]*['’]s\s+$")


def holder(text: str, cue: int, clause: tuple[int, int], names, quoted, speakers, actors,  # noqa: ANN001, PLR0913
            previous_person: str | None, start: int, end: int, negotiating: frozenset[str],
            persons_at: tuple[int, ...] = ()) -> list[Holding]:
    """The sides holding the stance whose cue is at `cue`: the agent of its clause (a name before the cue,
    not after a preposition, after the speech verb if the clause is reported), else the speaker of the
    quote it is in or of the sentence, else the person a "he"/"she" stands for (`persons_at`: where the sentence
    names a person, of any side, outside quotations). Two sides: none,
    unless they are the joint subject of the cue ("Trump and Putin agreed", "the two leaders agreed")."""
    compound = compound_agent(text, names, cue)
    if compound is not None:  # "a US-brokered agreement": only the compound's first part brokered it
        return _holding(text, cue, compound, "agent", [], [], actors) if compound else []
    source = _FROM_HOLDER.match(text, cue)
    if source is not None:  # "the plan met resistance from France": the refusal is France's, whoever reports it
        by = [n for n in names if n[1] >= source.end() and _TITLES.fullmatch(text, source.end(), n[1])][:1]
        inside = any(a <= cue < b for a, b in quoted)
        armed = bool(by) and _ARMED.match(text, by[0][2]) is not None  # "resistance from Ukrainian forces": fighting
        return _holding(text, cue, by, "agent:from", [], [], actors) if by and not inside and not armed else []
    held = _quote_holder(text, cue, speakers, actors, negotiating)
    if held is not None:
        return held
    if any(a <= cue < b and not _FRAGMENT.fullmatch(text, a, b) for a, b in quoted):
        return []
    if _ACCUSED.search(text, start, cue):
        return []  # "accused Putin of stalling by insisting on …": the accuser's claim, no one's stance
    if former_holders_act(text, start, cue):
        return []  # "his predecessor Joe Biden, who tried to isolate Moscow": a past policy, no side's stance now
    absolute = absolute_with(text, names, persons_at, start, cue)
    if absolute is not None:  # "…, Trump said, with Starmer insisting …": the name after "with" acts, not the speaker
        return _holding(text, cue, [absolute], "agent", [], [], actors) if absolute else []
    pair = joint(text, names, actors, cue, start)
    if pair:
        return pair
    found = _clause_agents(text, cue, clause, names, actors, start, end)
    if found is None:  # (no holder found: two names of one side may say "they": joint_they.py)
        return joint_they(text, names, actors, cue, start, negotiating)
    agents, how, speech, speakers_ = found
    if not agents:  # "…, where he called for …": a pronoun right before the cue stands for the person named before
        agents, how = pronoun_subject(text, names, actors, previous_person, start, cue, negotiating,
                                      persons_at), "pronoun"
    if not agents:  # "he said" after the clause, or "He" leading it: the person last named before
        left = clause[0] if participle_aside_end(text, clause[0], cue) is None else start  # (", citing …, and …")
        pronoun = _SUBJECT_PRONOUN.match(text, _skip_space(text, left if left > start else start)) or \
            _PRONOUN_SAID.search(text, cue, end) or (_PRONOUN_SAID.search(text, start, cue) if not persons_at else None)
        if pronoun and previous_person in actors and actors[previous_person].side in negotiating:
            return [(actors[previous_person].side, [previous_person], "pronoun")]
        return joint_they(text, names, actors, cue, start, negotiating)
    return _holding(text, cue, agents, how, speech, speakers_, actors)


def _quote_holder(text: str, cue: int, speakers, actors, negotiating: frozenset[str]) -> list[Holding] | None:  # noqa: ANN001
    """Inside a quotation: its speaker's side, none (another's act as the speaker tells it, a speaker unknown),
    or None when the quotation is read as part of its sentence (a narrator's turn, a fragment no one spoke)."""
    for (a, b), speaker in speakers.items():
        if a <= cue < b:
            if _QUOTED_POSSESSOR.search(text, max(a, cue - 40), cue) or _possessed_act(text, max(0, a - 40), cue):
                return []  # "“… is America's readiness to restore aid”": whose stance the speaker reports, not his
            narration = speaker in actors and turn(text, a) and reporter(actors[speaker])
            if not narration and reported_subject(text, max(a, cue - 60), cue, negotiating,
                                                  actors[speaker].side if speaker in actors else None, actors):
                return []  # "“President Putin has agreed to …,” Rubio said": Putin's act as Rubio tells it
            if not narration and _THIRD_PERSON.search(text, max(a, cue - 40), cue):
                return []  # "“… maybe he doesn't want to stop the war,” Trump said": another's stance, as told
            if speaker in actors and former_speaker(text, a, b):
                return []  # "“…,” former president X said": a past office-holder's words, no stance his side holds
            if speaker in actors and actors[speaker].side in negotiating:
                return [(actors[speaker].side, [speaker], "speaker")]
            if narration or (speaker is None and _FRAGMENT.fullmatch(text, a, b)):
                return None  # a reporter's or host's turn in a transcript is narration: its agents hold the stance
            role = role_tag(text, b, negotiating) if speaker is None else None
            return [(role, [], "speaker:role")] if role else []  # else a quote whose speaker is unknown
    return None


def _clause_agents(text: str, cue: int, clause: tuple[int, int], names, actors, start: int,  # noqa: ANN001
                   end: int) -> tuple[list, str, list, list] | None:
    """Who acts in the cue's clause (agents, how they were found), the speech verbs before the cue and who said
    them; None when the clause gives no holder at all (a possessor's act disputed by another side, a demand
    made of someone, a passive without "by", a belief about another)."""
    passive = (_PASSIVE.search(text, max(start, cue - 30), cue) is not None and _PARTICIPLE.match(text, cue) is not None) \
        or _REDUCED_BY.match(text, cue) is not None  # "the weapons supplied by Germany": only Germany holds it
    left = clause[0]
    speech = sorted([*_SPEECH.finditer(text, start, cue), *_THAT_PARTICIPLE.finditer(text, start, cue)],
                    key=lambda m: m.start())  # (", stating that …" reports as "said" does)
    agent_from = speech[-1].end() if speech else left  # a reported clause may span several: all are read
    whom = _TOLD_WHOM.match(text, agent_from, cue) if speech and speech[-1].group(0) in ("told", "tells") else None
    if whom is not None:  # "Starmer told European leaders that …": whom he told is not the clause's agent
        agent_from = whom.end()
    condition = _IF_CLAUSE.search(text, agent_from, cue)
    if condition is not None:  # "If Russia keeps the truce, Ukraine would like to …": the if-clause's subject is not
        agent_from = condition.end()
    aside = participle_aside_end(text, left, cue) if agent_from == left else None
    if aside is not None:  # ", citing Kyiv's refusal …, and demanded …": not Kyiv's demand
        agent_from = aside
    if unnamed_subordinate(text, names, agent_from, cue) or condition_subject(text, names, agent_from, cue):
        return None  # "after the militant group refused to …": that clause's subject, unnamed; "until Russia agrees"
    possessor = act_possessor(text, names, agent_from, cue)
    if not possessor and _possessed_act(text, max(start, cue - 40), cue):
        return None  # "a response to Hamas’s refusal to release hostages": the possessor's act, unnamed here
    if possessor and (_object_of_another(text, names, actors, agent_from, possessor[0], start)
                      or _DOUBTED.search(text, max(start, possessor[0][1] - 50), possessor[0][1])):
        # "Zelensky criticised Russia's proposal for a truce": the sentence is Zelensky's, not Russia's; so is
        # "(Trump,) expressing scepticism about Putin's desire to end the war", whoever doubts
        return None
    agents = [] if passive else possessor or _active_agents(text, names, cue, start, left, agent_from, bool(speech))
    how = "agent"
    if passive:  # "Russia must not be allowed to …", "Ukraine was offered guarantees": only "by X" says who
        agents = [n for n in names if cue < n[1] < clause[1] and _by_agent(text, cue, n)][:1]
        how = "agent:by"
        if agents and _REQUIRED.search(text, left, agents[0][1]):
            return None  # "must be approved by Congress": what the speaker requires of X, not X's stance
        if not agents and _DELIVERED.match(text, cue):
            # "Patriots will be delivered to Ukraine, Merz said": who announces a delivery holds it
            agents, how = [n for n in names if n[1] > cue and _tags_sentence(text, n, end)][:1], "speaker"
        if not agents:
            return None
    if not agents and any(agent_from <= n[1] < cue and DEMANDED_OF.search(text, max(left, n[1] - 20), n[1])
                          for n in names):
        return None  # "The plan would require Ukraine to cede …": the demand is the plan's, whoever reports it
    found = _reported_agents(text, cue, names, actors, start, end, speech, agents, how)
    if found is None:
        return None
    agents, how, speakers_ = found
    if not agents:
        # "was ruled out by Hegseth": the agent of a passive, right after its verb
        after = [n for n in names if n[1] > cue and n[1] < clause[1] and _by_agent(text, cue, n)]
        if after and _REQUIRED.search(text, left, after[0][1]):
            return None  # "the pact would have to be ratified and endorsed by X": required of X, not X's
        agents, how = after[:1], "agent:by"
    if not agents:  # "…, Hegseth said." after the clause
        agents = [n for n in names if n[1] > cue and _tags_sentence(text, n, end)]
        how = "speaker"
    return agents, how, speech, speakers_


def _active_agents(text: str, names, cue: int, start: int, left: int, agent_from: int,  # noqa: ANN001, PLR0913
                   reported: bool) -> list:
    """The agent of an active clause, the first way that finds one: a judged subject, a subordinate clause's, a
    name in the clause (from its own start if it is a clause of its own after the reported one's: "… that Britain
    would lead the effort, but that Washington would take part in providing guarantees": Washington), then, when
    the clause is not reported, the subject across an aside, an antecedent, a participle's subject, or a subject
    coordinated before the clause."""
    found = judged_for(text, names, agent_from, cue) or subordinate_subject(text, names, agent_from, cue) or \
        (possible_agents(text, names, left, cue, start) if left > agent_from else []) or \
        possible_agents(text, names, agent_from, cue, start)
    if found or reported:
        return found
    return document_author(text, names, start, left, cue) or aside_subject(text, names, start, cue) or _coordinated_aside_subject(text, names, start, cue) \
        or antecedent(text, names, left, cue, start) or participle_subject(text, names, start, left) \
        or opening_participle_subject(text, names, start, cue) \
        or (possible_agents(text, names, start, left, start) if _AND_AUX.match(text, left) else [])


#: ", but", ", while", ", whereas", ", although" before a clause's own subject.
_COORDINATOR = re.compile(r",\s+(?:but|while|whereas|although|though)\s+")


def _coordinated_aside_subject(text: str, names, start: int, cue: int) -> list:  # noqa: ANN001
    """"X wants …, but Zelensky, cheered on by Paris, has pushed for …": the name opening the clause after ", but" is
    the subject of its verb after the aside, as the name opening a sentence is (holder_refs.aside_subject)."""
    coordinated = None
    for coordinated in _COORDINATOR.finditer(text, start, cue):
        pass
    return aside_subject(text, names, coordinated.end(), cue) if coordinated is not None else []


def _reported_agents(text: str, cue: int, names, actors, start: int, end: int, speech: list, agents: list,  # noqa: ANN001, PLR0913
                     how: str) -> tuple[list, str, list] | None:
    """The agents once a speech verb and an obligation are read ("Hegseth said membership was not feasible": his;
    "Starmer said the US must serve as a backstop": his demand), with the speakers; None when it is one side's
    claim about another's stance or a belief about another."""
    speakers_: list = []
    if speech:
        # "Macron said Trump had … but said it was critical …": a speech verb without a subject of its own
        # (after "and"/"but") is the first one's
        last = speech[-1] if not _NO_SUBJECT.search(text, max(start, speech[-1].start() - 12), speech[-1].start()) \
            else speech[0]
        speakers_ = _speakers(text, names, start, last.start())
        if not agents and others_act(text, last.end(), cue):
            return None  # "Trump said both neighbours accepted a truce": theirs, not the speaker's
        if not agents:  # "Hegseth said membership was not feasible": the speaker holds it
            agents, how = speakers_, "speaker"
        elif not speakers_ and _BELIEF_VERB.fullmatch(last.group(0)):
            return None  # "X thinks Russia would accept a truce": a belief about Russia, whoever X is
        elif {actors[a].side for a, _s, _e in speakers_} - {actors[a].side for a, _s, _e in agents}:
            if not _DEMAND.match(text, cue) and not _MODAL_AFTER.match(text, agents[-1][2]):
                return None  # "Zelensky warned Putin does not want peace": one side's claim about another's
            # ("Trump said Ukraine would have to accept a ceasefire": an obligation put on another side, his demand)
            agents, how = speakers_, "speaker:demand"  # "Starmer said the US must serve as a backstop"
    if agents and how == "agent" and _MODAL_AFTER.match(text, agents[-1][2]):
        # "Russia must accept security guarantees (, Macron said)": an obligation put on the subject is the
        # demand of whoever says it, not the subject's stance; no one who says it: no holder
        # ("Fico said Slovakia should not support the treaty": the speaker's demand)
        tag = [n for n in names if n[1] > cue and _tags_sentence(text, n, end)][:1] if not speech else speakers_
        if not tag:
            return None
        agents, how = tag, "speaker:demand"
    return agents, how, speakers_


def _holding(text: str, cue: int, agents: list, how: str, speech: list, speakers_: list, actors) -> list[Holding]:  # noqa: ANN001
    """The one side of the agents found, and its people; none when they are of two sides or a pronoun between
    them and the cue stands for someone else."""
    sides = {actors[a].side for a, _s, _e in agents}
    if len(sides) != 1:
        return []  # "Zelensky told Putin…" or a name we cannot place: not a guess
    if how == "agent" and not _pronoun_fits(text, agents, actors, cue):
        return []  # "criticism that NATO is demanding more and that he promised …": "he" is not NATO
    if any(former_agent(text, a) for a in agents):
        return []  # "Former President Joe Biden imposed sanctions": a past government's policy, no stance now
    holders = [a for a, _s, _e in agents if actors[a].kind == "person"] or [agents[0][0]]
    side = sides.pop()
    if speech and all(h.startswith(PLACE) for h in holders):  # "Brecht said Keldor still supports …": Brecht
        holders = [a for a, _s, _e in speakers_ if actors[a].side == side and actors[a].kind == "person"] or holders
    return [(side, holders, how)]


def _speakers(text: str, names, start: int, verb: int) -> list:  # noqa: ANN001
    """Who said it: the agents before the speech verb at `verb`; inside a subordinate clause that holds the verb
    ("Putin declared a truce after Washington said it could …"), only that clause's subject (none named: none)."""
    sub = None
    for sub in SUBORDINATE.finditer(text, start, verb):
        pass
    if sub is None or not subordinate_speaker_span(text, sub.end(), verb):
        return possible_agents(text, names, start, verb, start)
    own = [n for n in names if sub.end() <= n[1] and n[2] <= verb][-1:]
    if not own:  # "announced tariffs after Tom Reed, an analyst, said …": a speaker we cannot place, not the agent
        return []
    # (the agents before the conjunction too: "at the same time as the US statement said" may be a comparison)
    return possible_agents(text, names, start, sub.start(), start) + own


def _object_of_another(text: str, names, actors, left: int, possessor: tuple, start: int) -> bool:  # noqa: ANN001
    """Whether a possessor's act is what an agent of another side, named before it, disputes or takes a stance on
    ("Zelensky criticised Russia's proposal"): a claim about the act, not the act. Not the agent of a passive
    ("caught off guard by Trump's push"), nor an act reported without a judgement ("the administration appears
    to be tempering Ukraine's aspirations")."""
    if _BY_POSSESSOR.search(text, max(left, possessor[1] - 12), possessor[1]):
        return False
    side = actors[possessor[0]].side
    return any(actors[n[0]].side != side and (_DISPUTE.search(text, n[2], possessor[1]) or
                                              stance_cue(text, n[2], possessor[1]) is not None)
               for n in possible_agents(text, names, left, possessor[1], start))


#: A refusal's noun and whom it comes from (stance_cues' cue): "met resistance from (the) France".
_FROM_HOLDER = re.compile(r"(?:opposition|resistance|objections?|push-?back)\s+from\s+(?:the\s+)?")
_ARMED = re.compile(r"(?:[’']s)?\s+(?:forces|troops|army|soldiers|units|defenders|fighters|military)\b")
_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")
#: A condition that opens the clause, up to its comma: "If Russia keeps the truce,".
_IF_CLAUSE = re.compile(r"\b[Ii]f\b[^,.;:]{0,120},")
#: An accusation: what follows is the accuser's claim about the accused ("accused Putin of stalling").
_ACCUSED = re.compile(r"\baccus(?:e|es|ed|ing)\b[^.;:]{0,60}?\bof\b", re.IGNORECASE)
#: A cue said in the passive ("must not be allowed to", "was urged to"): its subject is who undergoes it.
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:not|never|also|already|now|still)\s+)?$",
                      re.IGNORECASE)
#: A requirement before a passive ("must be", "would have to be", "needs to be"): its "by X" is what is asked of X.
_REQUIRED = re.compile(r"\b(?:must|should|(?:have|has|had|need|needs|ought)\s+to)\s+(?:(?:not|also|still|first)\s+)?be\b",
                       re.IGNORECASE)
#: A past participle that is passive after "be" (not "was prepared to", "is committed to", "is opposed to").
_PARTICIPLE = re.compile(r"(?!(?:prepared|committed|opposed|determined|inclined|interested)\b)[A-Za-z]+(?:ed|en)\b")
#: A delivery to Ukraine said in the passive (stance_cues' cue): who announces it is its holder.
_DELIVERED = re.compile(r"(?:delivered|sent|supplied|shipped|transferred|handed\s+over)\s+to\s+(?:Ukraine|Kyiv|Kiev)\b",
                        re.IGNORECASE)
#: A reduced passive before its agent ("the Patriots supplied by Germany", stance_cues' cue): no one else holds it.
_REDUCED_BY = re.compile(r"(?:supplied|sent|delivered|donated|financed|funded|paid\s+for|bought|purchased|shipped|"
                         r"transferred)\s+by\b", re.IGNORECASE)
_BY_POSSESSOR = re.compile(r"\bby\s+(?:the\s+)?$")
_DISPUTE = re.compile(r"\b(?:critici[sz]|condemn|denounc|slamm?|mock|ridicul|question|attack|accus|deride|decr[iy]|"
                      r"blast|lambast|scorn|disparag)", re.IGNORECASE)


#: Right before a speech verb that shares the subject of an earlier one: "… but said", ", and also said".
_NO_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|but)(?:\s+also)?\s+$")
#: Whom a speaker told, up to the "that" of the reported clause: "told European leaders in Brussels that".
_TOLD_WHOM = re.compile(r"[^.;:]{0,60}?\bthat\b")
#: A demand on another party: "X said the US must serve as a backstop" is X's stance, not the US's.
_DEMAND = re.compile(r"must\b", re.IGNORECASE)
#: An obligation right after a subject: "Russia must", "Ukraine should", "Kyiv has to", "Moscow needs to"; a side's
#: demonym with its forces or its government as the subject ("Russian troops must", "the Ukrainian government should").
_MODAL_AFTER = re.compile(r"(?:\s+(?:troops|forces|soldiers|army|military|government|authorities|leadership))?"
                          r"\s+(?:must|should|has\s+to|have\s+to|(?:would|will)\s+have\s+to|needs\s+to|need\s+to|"
                          r"ought\s+to)\b", re.IGNORECASE)
def _pronoun_fits(text: str, agents: list, actors, cue: int) -> bool:  # noqa: ANN001
    """Whether a pronoun between the last agent and the cue can stand for the agents: "he"/"she" for a person,
    "it"/"they" for an institution or country ("threatened sanctions on Russia if it refuses": not Trump)."""
    persons = any(actors[a].kind == "person" for a, _s, _e in agents)
    pronouns = list(_PRONOUN.finditer(text, agents[-1][2], cue))
    if pronouns and not _CLAUSE_OPENS.search(text, max(0, agents[-1][1] - 80), agents[-1][1]):
        return False  # "the meeting will sideline Ukraine as they seek …": a pronoun after an object is the subject's
    return all(bool(m.group("person")) == persons for m in pronouns)


#: What may stand right before a name that a later pronoun can stand for: the start of a sentence or clause (a
#: conjunction, a comma, a speech verb) and the name's titles only ("Ukraine will attend as it seeks …"), not a verb
#: whose object it is ("the meeting will sideline Ukraine as they seek …": "they" is the meeting's parties).
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n,(]|\b(?:and|but|that|while|as|though|although|whereas|because|after|"
                           r"before|when|since|if|until|so)\b|" + _SPEECH.pattern + r")[\s\"“‘']*(?:(?:[Tt]he|[Aa]n?)\s+)?"
                           r"(?:[A-Z][\w.’'-]*\s+){0,4}$")


def _tags_sentence(text: str, name: tuple, end: int) -> bool:
    """Whether a name is the speaker tag that closes the sentence ("…, Hegseth said on Tuesday."), not
    the speaker of a reported clause of its own after the cue."""
    verb = _SPEECH.search(text, max(0, name[1] - 12), min(end, name[2] + 12))
    return verb is not None and end - max(verb.end(), name[2]) <= 60


#: A quoted fragment of a word or three inside a sentence ("a truce was “unacceptable”"): when no one is its
#: speaker, it is read as part of the sentence (whose agent or speaker holds the stance), not as an unknown voice.
_FRAGMENT = re.compile(r"[“\"‘']?\s*[\w’'-]+(?:\s+[\w’'-]+){0,2}[.,!]?\s*[”\"’']?")
#: A clause that is a second predicate of the sentence's subject: "… rejected X and have been reticent to …".
_AND_AUX = re.compile(r"\s+and\s+(?:would|will|should|could|must|has|have|had|is|was)\b")
def _skip_space(text: str, at: int) -> int:
    while at < len(text) and not text[at].isalnum():
        at += 1
    return at
