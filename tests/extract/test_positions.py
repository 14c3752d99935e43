"""Automatic positions: polarity towards the issue's proposition, and the side that holds it.

Every sentence here is written for this test (no third-party text). Each one stands alone in its own
article, with the bundled gazetteer and issues, as a folder without TOML would be read.
"""

from __future__ import annotations

import pytest

from briefing.load import _bundled_gazetteer
from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.issues import Clauses, IssueTagger
from briefing.model import Source, Stance

ACTORS = list(_bundled_gazetteer()[0])
ISSUES = list(_bundled_gazetteer()[1])
TAGGER = IssueTagger(ISSUES)


def positions_of(sentence: str) -> set[tuple[str, str, Stance]]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance) for p in extract([source], ACTORS, ISSUES, workers=1).positions}


@pytest.mark.parametrize(("sentence", "expected"), [
    # pausing, suspending, dismissing, refusing: against what they stop, not for it
    ("The United States paused weapons and intelligence support to Kyiv on Monday.",
     {("us", "military_aid", Stance.AGAINST)}),
    ("Washington suspended its military aid to Kyiv after the meeting.",
     {("us", "military_aid", Stance.AGAINST)}),
    ("Trump dismissed the proposal on NATO membership for Ukraine.", {("us", "nato", Stance.AGAINST)}),
    ("Russia will not accept NATO membership for Ukraine.", {("russia", "nato", Stance.AGAINST)}),
    ("Lavrov refused any deployment of NATO troops in Ukraine.",
     {("russia", "security_guarantees", Stance.AGAINST)}),
    # judged after the keyword
    ("NATO membership for Ukraine is unrealistic, Hegseth said.", {("us", "nato", Stance.AGAINST)}),
    # refusing to rule out is not being against; a plain yes is for
    ("Kyiv said it did not rule out NATO membership in the future.", {("ukraine", "nato", Stance.OPEN)}),
    ("Zelensky accepted the proposed ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    # a condition, and a readiness to talk
    ("Starmer backed the peacekeeping plan, but only if Washington provides backup.",
     {("europe", "security_guarantees", Stance.CONDITIONAL)}),
    ("Lavrov said Moscow was ready to discuss security guarantees.",
     {("russia", "security_guarantees", Stance.OPEN)}),
    # one cue, two listed keywords
    ("Russia rejected NATO membership for Ukraine and any deployment of NATO troops.",
     {("russia", "nato", Stance.AGAINST), ("russia", "security_guarantees", Stance.AGAINST)}),
    # ending a war is not being against what the talks restore
    ("The Kremlin said the talks would restore bilateral relations and prepare talks on ending the war.",
     {("russia", "bilateral_relations", Stance.FOR)}),
    # the holder is the agent, not a name after a preposition
    ("After talks with Zelensky, Trump paused military aid.", {("us", "military_aid", Stance.AGAINST)}),
    # a joint subject holds the stance on both sides: "X and Y agreed", "the two leaders agreed"
    ("Trump and Putin agreed to a ceasefire.", {("us", "ceasefire", Stance.FOR),
                                                ("russia", "ceasefire", Stance.FOR)}),
    ("After a call between Trump and Putin, the two leaders agreed to seek a halt to the fighting.",
     {("us", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.FOR)}),
    # every keyword of an issue is read, not only the first: the stance is on the second
    ("Both spoke of peacekeepers, although Starmer insisted on security guarantees for Kyiv.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # a "for" qualified by what must still happen is conditional
    ("Lavrov said Moscow agreed to a truce, but the terms need to be settled first.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    ("Starmer backed a peacekeeping force in the event of a lasting deal.",
     {("europe", "security_guarantees", Stance.CONDITIONAL)}),
    # troops named by who sends them, and a negated expectation
    ("Starmer said he does not anticipate sending troops to Ukraine.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    ("Hegseth ruled out the deployment of U.S. troops in Ukraine.",
     {("us", "security_guarantees", Stance.AGAINST)}),
    # a quotation of two sentences: the second is still its speaker's
    ("“We back the plan fully. We will also support security guarantees for Kyiv,” Starmer said.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # "the two leaders" hold what their verb is coordinated with: "agreed to a truce and a ban on strikes"
    ("After talks between Trump and Putin, the two leaders agreed to a truce and a ban on strikes on energy "
     "infrastructure.", {("us", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.FOR),
                         ("us", "energy_infrastructure", Stance.FOR),
                         ("russia", "energy_infrastructure", Stance.FOR)}),
    # a discussion judged out of place is against, not open
    ("Scholz called a discussion about troop deployments premature.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    # a name after a preposition is not half of a joint subject: the proposal is the US's alone
    ("They spoke about the war in Ukraine and the US proposal for a truce.", {("us", "ceasefire", Stance.FOR)}),
    # "it is" before a judgement is no one: the agent named before holds it
    ("Hegseth declared that it is not realistic to return to the pre-war borders.",
     {("us", "territory", Stance.AGAINST)}),
    # a participle right after its noun speaks about it, not about the next keyword
    ("Russia wants sanctions lifted before any truce.", {("russia", "sanctions", Stance.FOR)}),
    # keywords that name the proposition or its opposite inside an issue whose other keywords name either
    ("Lavrov demanded that the West lift the sanctions on Russian banks.", {("russia", "sanctions", Stance.FOR)}),
    ("Starmer said Britain backs new sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Putin agreed to a 30-day pause of energy infrastructure strikes.",
     {("russia", "energy_infrastructure", Stance.FOR)}),
    ("Hegseth said a return to the pre-2014 borders is unrealistic.", {("us", "territory", Stance.AGAINST)}),
    ("Return to the pre-war lines is unlikely, and Hegseth promised to stop the fighting quickly.",
     {("us", "ceasefire", Stance.FOR)}),
    # "an end to this … war" after a ceasefire is not a refusal of it (a refusal said as a noun speaks about its
    # object)
    ("Trump wrote that he wants a complete ceasefire and, in time, an end to this terrible war.",
     {("us", "ceasefire", Stance.FOR)}),
    # each cue read once, for its own keyword: a halt on aid and a suspension of intelligence sharing are one against
    ("The Kremlin demanded a halt to foreign military aid and a suspension of intelligence sharing with Kyiv.",
     {("russia", "military_aid", Stance.AGAINST)}),
    # a country the gazetteer does not hold names its side (data/sides.toml cues)
    ("Poland, one of the largest armies in Europe, refused to send its troops to Ukraine.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    ("A senior Polish official said Warsaw was reluctant to send troops to Ukraine.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    # two holders of one side standing apart in one sentence: each keeps its own stance
    ("Spain and Poland were reluctant to send peacekeepers, hours after Britain offered troops on the ground.",
     {("europe", "security_guarantees", Stance.AGAINST), ("europe", "security_guarantees", Stance.FOR)}),
    # hesitancy is against
    ("Scholz was hesitant about sending European troops to Ukraine.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    # a demand made of another side is the speaker's stance
    ("Starmer said the US must serve as a backstop against Russian aggression.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # "there will not be" refuses what follows; a cue before the speech verb is not the report's
    ("“There will not be U.S. troops deployed to Ukraine,” Hegseth said.",
     {("us", "security_guarantees", Stance.AGAINST)}),
    ("In a blow to Kyiv's aspirations, Hegseth said at the ministers' meeting that NATO membership was unrealistic.",
     {("us", "nato", Stance.AGAINST)}),
    # "only after" is a condition
    ("Lavrov said Moscow would accept a ceasefire only after talks on its terms.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    # a possessive qualifying a thing is not an agent; a possessed stance word still is one ("Kyiv's aspirations")
    ("Hegseth does not see Kyiv's entry into NATO membership as feasible.", {("us", "nato", Stance.AGAINST)}),
    # …and the possessor of a stance word is its agent: Kyiv aspires to membership, whoever tempers it
    ("Hegseth is tempering Kyiv's aspirations for NATO membership.", {("ukraine", "nato", Stance.FOR)}),
    # readiness qualified by a condition; a second speech verb shares the first one's subject
    ("Starmer said he was prepared to consider committing British forces if there is a lasting peace deal.",
     {("europe", "security_guarantees", Stance.CONDITIONAL)}),
    ("Starmer said Trump had good reason to talk but said it was critical for Washington to offer backup for "
     "any European peacekeeping force.", {("europe", "security_guarantees", Stance.FOR)}),
    # an agency named in a body sentence is no picture credit
    ("Starmer backed a peacekeeping force, AFP reported.", {("europe", "security_guarantees", Stance.FOR)}),
    # a truce between the cue and what it stops: the truce is what was agreed, not the strikes
    ("Ukraine and Russia have agreed to a tentative ceasefire involving the Black Sea and strikes on energy "
     "infrastructure.", {("ukraine", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.FOR)}),
    # the possessor of a request is the agent of what it asks for
    ("Russia's request to lift the sanctions on its banks was sent to Washington.",
     {("russia", "sanctions", Stance.FOR)}),
    # whom a speaker told is not the agent of what they were told
    ("Zelensky told European leaders in Brussels that he backs a ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    # a demonym qualifying a thing is not an agent: not Russia; Ukraine, the name that opens the sentence, is the
    # subject of the verb after the aside between commas
    ("Ukraine, which has struck Russian oil installations, agreed to the truce.",
     {("ukraine", "ceasefire", Stance.FOR)}),
    ("Trump, who has called the war a bloodbath, aims to broker a truce.", {("us", "ceasefire", Stance.FOR)}),
    ("Putin, facing strain from sanctions, signaled willingness to discuss a phased ceasefire.",
     {("russia", "ceasefire", Stance.OPEN)}),
    ("Rubio described the primary goal as halting the fighting.", {("us", "ceasefire", Stance.FOR)}),
    # a negation between the cue and the keyword turns what the cue wants
    ("Zelensky agreed not to join NATO.", {("ukraine", "nato", Stance.AGAINST)}),
    ("Starmer pledged never to back NATO membership for Ukraine.", {("europe", "nato", Stance.AGAINST)}),
    # …but not one after the keyword; a verb coordinated after the keyword has its own object ("accept")
    ("Hegseth backed NATO membership, not neutrality, for Ukraine.", {("us", "nato", Stance.FOR)}),
    ("Ukraine would renounce NATO membership, accept limits on its army and hold elections.",
     {("ukraine", "nato", Stance.AGAINST)}),
    # "and halting new mobilisations" has its own object: it does not turn the suspending of the aid back
    ("The Kremlin demanded suspending foreign military aid to Ukraine and halting new "
     "mobilisations.", {("russia", "military_aid", Stance.AGAINST)}),
    # whom a demand is made of is not its agent: the one who demands holds the stance
    ("Trump wants Ukraine to give up its NATO aspirations.", {("us", "nato", Stance.AGAINST)}),
    # the possessor of the cue is its agent, not the subject of the clause around it
    ("European leaders were caught off guard by Trump's push to end the fighting.",
     {("us", "ceasefire", Stance.FOR)}),
    # "and he …" starts a clause of its own: the negation before it does not turn its cue
    ("Trump told reporters it was not his final offer and he hoped to stop the fighting.",
     {("us", "ceasefire", Stance.FOR)}),
    # "he" right before the cue: the person the sentence names before it
    ("Zelensky was in Vilnius, where he called for stronger sanctions on Russia.",
     {("ukraine", "sanctions", Stance.AGAINST)}),
    # a quotation tagged by a role that names one side
    ('"We will never accept NATO membership for Ukraine," a Kremlin spokesman said.',
     {("russia", "nato", Stance.AGAINST)}),
    ("“We are ready for a ceasefire now,” a senior Ukrainian official told reporters.",
     {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_polarity_and_holder(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # "without" blocks the stance: the deal is supported, the guarantees are not
    "Hegseth backed a settlement without providing security guarantees to Kyiv.",
    # one side's claim about another is not the other's stated position
    "Zelensky warned that Putin does not want a ceasefire.",
    # two sides in one sentence, neither the joint subject of the cue: not a guess at either
    "Zelensky told Putin he supports a ceasefire.",
    # a report of two others' agreement is the reporter's claim
    "Zelensky said Trump and Putin agreed to a ceasefire.",
    # "between X and Y" names what talks are between, not who acts
    "Talks between the US and Russia agreed on a truce.",
    # "against" speaks about what follows it, not about a keyword before it
    "Starmer said a backstop against Russian aggression was discussed.",
    "Sanctions against Russia remain in place, Kallas said.",
    # a place word inside a name's title, or after a preposition, is not a second agent's side
    "Talks with Polish officials went on as Russian President Vladimir Putin spoke about NATO membership.",
    # "he" between an institution's name and the cue is a person the sentence does not name as agent
    "The speech followed criticism that NATO was demanding more and that he promised to end the conflict.",
    # "it" after a person's name is someone else: who refuses is not Trump
    "Trump threatened sanctions on Russia if it refuses a ceasefire.",
    # a refusal qualified by "without" refuses only that form of it; a forecast is no one's stance
    "Zelensky refused to accept a ceasefire without security guarantees.",
    "Russia is unlikely to accept a ceasefire, analysts said.",
    # a hypothesis is not a stance, nor is a consequence drawn in the next clause
    "Putin said the West would undermine Russia even if it lifted sanctions.",
    "Rubio said Europe imposed sanctions too, so it would take part in talks on lifting the measures.",
    # a caption or a link line is furniture
    "Photo: Zelensky supports the ceasefire plan | Reuters",
    "Starmer looks on as Macron backs a peacekeeping force at the White House (AFP)",
    # a question is no one's stance
    "Has Europe agreed to send troops to Ukraine — media reports",
    "Will Poland send troops to Ukraine?",
    # "Russia's request to lift sanctions": Russia is the agent of the lifting; Trump only looks into it
    "Trump said his administration was looking into Russia's request to lift sanctions.",
    # keywords that name what a side may want either way give no automatic stance
    "Lavrov rejected any territorial concessions.",
    # no cue at all
    "Rubio spoke about NATO membership in Riyadh.",
    # a plan's demand of another side: neither the side it is made of nor whoever reports it holds it
    "The plan would require Ukraine to cede land, cut its army and pledge never to join NATO.",
    "The draft would see Ukraine renounce NATO membership, accept limits on its army and cede land.",
    "Zelensky said the draft would require Ukraine to renounce NATO membership.",
    # "he" after two people of different sides: no guess at who
    "Zelensky met Witkoff in Kyiv, where he called for stronger sanctions on Russia.",
    # an embedded question is no one's stance
    "Zelensky said Ukraine expects a message about whether Russia can support a ceasefire.",
    # an aside holding a speech verb is no aside: "Trump, Zelensky said, …" is Zelensky's claim
    "Trump, Zelensky said, aims to block a truce.",
    # a tag naming no one side, or a side inside another word
    '"We will never accept NATO membership for Ukraine," a diplomatic source said.',
])
def test_no_position_when_unsure(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_cue_speaks_about_the_nearest_keyword() -> None:
    """"will not accept peacekeepers … to monitor a truce" rejects the peacekeepers, not the truce."""
    text = "Russia said it will not accept peacekeepers from NATO members to monitor a truce."
    hits = TAGGER.tags(text, 0, len(text))
    clauses = Clauses.of(text, 0, len(text))
    by_issue = {h.issue: clauses.polarity(h, hits) for h in hits}
    assert by_issue["security_guarantees"] is not None
    assert by_issue["security_guarantees"].stance is Stance.AGAINST
    assert by_issue["ceasefire"] is None


def test_place_words_prefer_the_folders_own_sides() -> None:
    """Countries and demonyms name sides from data/sides.toml only for side ids the folder also has, and never
    over a word the folder's own sides claim."""
    from briefing.load.sides import HoldingSides, place_words
    from briefing.model import Side

    own = (Side(id="iran", label="Iran", letter="I", negotiating=True, cues=("Iranian", "Tehran")),
           Side(id="e3", label="E3", letter="3", negotiating=True, cues=("France", "French")),
           Side(id="europe", label="Europe", letter="E", negotiating=True, cues=("EU",)))
    words = place_words(own)
    assert words["Tehran"] == "iran" and words["France"] == "e3" and words["French"] == "e3"
    assert words["Poland"] == "europe" and words["EU"] == "europe"  # bundled words of a side the folder has
    assert "Russia" not in words and "Moscow" not in words  # a side the folder does not list: never named
    holding = HoldingSides.of(own)
    text = "Tehran and Poland's government agreed; the USA did not."
    assert [(side, text[s:e]) for side, s, e in holding.named(text, 0, len(text))] == [
        ("iran", "Tehran"), ("europe", "Poland")]


def test_a_place_gives_the_side_and_the_speaker_stays_the_holder() -> None:
    """"Starmer said Poland backs …": Poland names the side (Europe); the person holding it is the speaker, and a
    place is never written as a holder (holders are actor ids)."""
    def held(sentence: str) -> set[tuple[str, tuple[str, ...]]]:
        text = f"Talks go on\n\n{sentence}\n"
        source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
        return {(p.side, p.holders) for p in extract([source], ACTORS, ISSUES, workers=1).positions}

    assert held("Starmer said Poland backs new sanctions on Russia.") == {("europe", ("starmer",))}
    assert held("Poland refused to send its troops to Ukraine.") == {("europe", ())}


def test_a_transcript_guest_claim_is_no_sides_stance() -> None:
    """In a transcript, the reporter's narration names who holds a stance; a guest's (an analyst's) words about a
    side are that guest's claim, never the side's position, whether the label shares the turn's line or not."""
    text = ("Morning talk: what the Riyadh meeting did\n\nANNA KOVAL, HOST:\n\nGood morning. Officials met in Riyadh "
            "yesterday.\n\nPETER LIND, BYLINE:\n\nWell, the two delegations met for hours. Afterwards Russia rejected "
            "NATO membership for Ukraine once again.\n\nKOVAL: And what did the analysts make of it?\n\n"
            "MARTA VOSS, ANALYST:\n\nI think Kyiv rejected the ceasefire plan, frankly, and that is the story.\n\n"
            "VOSS: Moscow also refused the ceasefire plan in the end, I am told.\n\nKOVAL: Thank you both.\n")
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    found = {(p.side, p.issue, p.stance) for p in extract([source], ACTORS, ISSUES, workers=1).positions}
    assert found == {("russia", "nato", Stance.AGAINST)}


def test_wanting_the_fighting_to_stop_is_no_refusal_of_ending_the_war() -> None:
    """"…so that the shooting will stop, the killing will stop, and talks can begin on how to end this war":
    each "stop" is of the fighting, wanted; read as refusals, three of them made the speaker against ending the
    war (an unseen editorial on this story)."""
    found = positions_of("“Our wish is that Moscow will accept, so that the shelling will stop, the killing will stop, "
                         "the dying will stop, and talks can start about how to end this war permanently,” Marco Rubio "
                         "said.")
    assert ("us", "ceasefire", Stance.AGAINST) not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # an obligation put on the subject is the demand of whoever says it: Starmer's, not Russia's
    ("Russia must accept security guarantees for Ukraine, Starmer said.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # no one says it (a quotation whose marks were lost): no holder rather than Russia
    ("To get there, Russia must end its aggression and accept security guarantees for Ukraine.", set()),
])
def test_an_obligation_on_the_subject_is_the_speakers_demand(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # idioms that only look like cues: "heavy lifting" lifts no sanctions; "cautious optimism" is no reluctance;
    # "stop short of" stops nothing
    ("“The UK is prepared to back this with boots on the ground, Europe must do the heavy lifting,” Keir Starmer "
     "said.", {("europe", "security_guarantees", Stance.FOR)}),
    ("Mike Waltz expressed cautious optimism about the ceasefire talks.", set()),
    ("The two men’s conversation, their second since Trump took office, appeared to stop short of convincing Putin "
     "to sign off on the 30-day truce that Trump has endorsed and Ukraine has agreed to.",
     {("us", "ceasefire", Stance.FOR), ("ukraine", "ceasefire", Stance.FOR)}),  # (each relative's subject: eighth session)
    # two judgements of one thing are one judgement, not a double negation
    ("A return to Ukraine’s pre-2014 borders is “an unrealistic objective” and an “illusionary goal”, Pete Hegseth "
     "said.", {("us", "territory", Stance.AGAINST)}),
    # a judgement governs the infinitives after it, however long the chain
    ("Pete Hegseth said on Wednesday it is “unrealistic” to expect the Kremlin, after three years of war and many "
     "thousands of lives lost, to approve Kyiv’s accession to NATO.", {("us", "nato", Stance.AGAINST)}),
    # a bare verb coordinated after the keyword, with an object of its own, speaks about that object
    ("“We will press Russia to agree to a ceasefire and stop its brutal war,” Marco Rubio said.",
     {("us", "ceasefire", Stance.FOR)}),
    # "consider it positive" is a judgement, not openness
    ("“Ukraine accepts this ceasefire proposal, we consider it positive,” Volodymyr Zelensky said.",
     {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_idioms_judgements_and_coordination_unseen(sentence: str, expected: set) -> None:
    """Classes from unseen pages on this story (5 December, fifth session), each written afresh."""
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a pause of something else, in order that the keyword go on: wanted, not refused (positions, 5 Dec, fifth)
    ("Macron said France would pause its rail strike on Monday to allow military aid to Ukraine to resume.",
     {("europe", "military_aid", Stance.FOR)}),
    ("Poland will halt its border protest so that military aid to Ukraine can resume, Tusk said.",
     {("europe", "military_aid", Stance.FOR)}),
    # what lowers or removes the keyword named after it: relief from sanctions is easing them
    ("Lavrov sought relief from Western sanctions on Russian banks.", {("russia", "sanctions", Stance.FOR)}),
    ("Starmer moved to reduce sanctions on Russian fertiliser.", {("europe", "sanctions", Stance.FOR)}),
    # …and before it only in the passive: "restore embassies … to ease the talks" eases the talks
    ("Rubio said the military aid to Ukraine is hereby terminated.", {("us", "military_aid", Stance.AGAINST)}),
    # recall: verbs of ending, adopting, hailing, and a judgement said after the keyword
    ("Trump ended the military aid to Ukraine on Friday.", {("us", "military_aid", Stance.AGAINST)}),
    ("Hegseth called off the military aid to Ukraine.", {("us", "military_aid", Stance.AGAINST)}),
    ("The European Union adopted new sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Starmer hailed the ceasefire as a first step.", {("europe", "ceasefire", Stance.FOR)}),
    # an openness with a want coordinated after it: the want ("consider, and hopefully adopt")
    ("Lavrov said Moscow will consider, and hopefully accept, the ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
    # holding up and withholding are refusals; mobilising support is wanting it
    ("Washington is holding up all pending military assistance to Ukraine.", {("us", "military_aid", Stance.AGAINST)}),
    ("Hegseth said the Pentagon withheld the military aid to Ukraine.", {("us", "military_aid", Stance.AGAINST)}),
    ("The European Union plans to mobilise new military support for Ukraine.",
     {("europe", "military_aid", Stance.FOR)}),
    # the subject of a subordinate clause, an adverb before its verb: Trump paused the aid, not Ukraine
    ("Ukraine was ready for a ceasefire after President Trump abruptly paused military aid.",
     {("ukraine", "ceasefire", Stance.FOR), ("us", "military_aid", Stance.AGAINST)}),
    # a name inside a relative aside is not the main verb's agent: Lavrov, not the White House
    ("Lavrov, who visited the White House in March, has been striving to end Western sanctions.",
     {("russia", "sanctions", Stance.FOR)}),
    # an obligation on the subject inside what someone said: the speaker's demand
    ("Starmer said on Monday that Britain should not support sending troops to Ukraine.",
     {("europe", "security_guarantees", Stance.AGAINST)}),
    # "he said" as an aside, no one named in the sentence: the person last named
    ("Lavrov spoke in Ankara.\n\nNATO membership for Ukraine, he said, is harmful to peace.",
     {("russia", "nato", Stance.AGAINST)}),
])
def test_whose_act_and_which_way_fifth_session(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a group that fails to agree holds no stance
    "At the summit, European leaders failed to agree on a common position on sending troops to Ukraine.",
    # a proposal talked about is no proposal made: "commented on the ceasefire proposal"
    "Yuri Ushakov commented on the ceasefire proposal put forward by the US and Ukraine.",
    # inside a quote, another's possessive before the cue: whose stance the speaker reports, not his own
    "“The key is America's readiness to restore military aid to Ukraine,” Volodymyr Zelensky said.",
])
def test_no_position_from_a_failed_agreement_a_proposal_talked_about_or_a_reported_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize("sentence", [
    # a procedure as the object of a demand: a vote on the sanctions is no stance on the sanctions
    "Hungary demanded a vote on the sanctions against Russia.",
    "Zelensky called for a review of military aid to Ukraine.",
    # a counter-measure is the other way's measure: Russia's retaliatory sanctions are no sanctions on Russia
    "Lavrov said Russia lifted its retaliatory sanctions on European farm goods.",
])
def test_a_procedure_or_a_counter_measure_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_the_who_is_no_relative_pronoun() -> None:
    """"… hopefully adopt, the WHO Pandemic Agreement": the organisation's acronym does not end the clause (it cut
    the cue off from its keyword); a lower-case "who" still opens a clause of its own."""
    text = "Member states will hopefully adopt the WHO plan for a ceasefire."
    assert Clauses.of(text, 0, len(text)).breaks == ()
    text = "Lavrov, who backed a ceasefire, left."
    assert len(Clauses.of(text, 0, len(text)).breaks) == 1


@pytest.mark.parametrize(("sentence", "expected"), [
    # a contracted negation turns the cue after it, as "not" does ("n't" inside "wouldn't" was never read)
    ("Hegseth said he wouldn't rule out sending troops to Ukraine next year.",
     {("us", "security_guarantees", Stance.OPEN)}),
    ("Lavrov said Russia doesn't accept NATO membership for Ukraine.", {("russia", "nato", Stance.AGAINST)}),
    ("Starmer said Britain won’t support lifting sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    # "before any talks" after the keyword: the keyword is what is wanted first, no condition on it
    ("Starmer pressed Washington to demand a ceasefire before any talks on a settlement.",
     {("europe", "ceasefire", Stance.FOR)}),
    # "back down" gives up what follows; refusing to back down keeps it (both read reversed before)
    ("Lavrov said Russia refused to back down on its demand for Ukraine's neutrality.",
     {("russia", "nato", Stance.AGAINST)}),
    ("Russia would not back down from its demand for neutrality.", {("russia", "nato", Stance.AGAINST)}),
    # "need" wants what follows it (turned by a negated belief); "stands by", "securing", "opposition to"
    ("“I don’t think we need a ceasefire this winter,” Hegseth told reporters.", {("us", "ceasefire", Stance.AGAINST)}),
    ("“We need security guarantees that hold,” Zelensky said.", {("ukraine", "security_guarantees", Stance.FOR)}),
    ("Trump said he stands by the ceasefire.", {("us", "ceasefire", Stance.FOR)}),
    ("Zelensky is securing security guarantees for Kyiv.",
     {("ukraine", "security_guarantees", Stance.FOR)}),
    ("Lavrov voiced opposition to NATO membership for Ukraine.", {("russia", "nato", Stance.AGAINST)}),
])
def test_polarity_sixth_session(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative clause holding the cue: its subject is the name before "which"/"who" (commas or dashes)
    ("Moscow, which was quick to reject NATO membership for Ukraine, made no comment on Tuesday.",
     {("russia", "nato", Stance.AGAINST)}),
    ("Zelensky -- who has said for years he has a desire to join NATO -- landed in Paris.",
     {("ukraine", "nato", Stance.FOR)}),
    # …but not a name after a preposition: the deal, not Russia, may be what "which" stands for
    ("Trump spoke of a deal with Russia, which would reject NATO membership for Ukraine.", set()),
    # an aside between dashes, after a linking adverb, and a body a place word names ("European leaders")
    ("Meanwhile, European leaders - who met in Brussels at dawn - urged Trump to back a ceasefire.",
     {("europe", "ceasefire", Stance.FOR)}),
    # an irregular past tense after a place word: the place word is the agent
    ("Poland gave its backing to a ceasefire on Monday.", {("europe", "ceasefire", Stance.FOR)}),
    # whom the subject joins, and a name after a preposition and its titles, are not agents of the cue
    ("Rubio, seated next to President Volodymyr Zelensky, said America would join Britain in offering security "
     "guarantees.", {("us", "security_guarantees", Stance.FOR)}),
    # a reported clause after "but that" has its own subject: Washington, not Europe named in the first
    ("Rubio told the press that Britain would lead the effort, but that Washington would take part in providing "
     "guarantees.", {("us", "security_guarantees", Stance.FOR)}),
    # a second predicate of the subject ("… and have been reticent to …"), and "Article 5" as written in figures
    ("Russian diplomats have always rejected NATO membership for Ukraine and have been reticent about security "
     "guarantees.", {("russia", "nato", Stance.AGAINST), ("russia", "security_guarantees", Stance.AGAINST)}),
    ("Rubio said America might offer Kyiv a pledge modelled on Article 5.",
     {("us", "security_guarantees", Stance.FOR)}),
])
def test_whose_clause_sixth_session(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a keyword that has the need is no one's want of it; a need far from the keyword is another verb's
    "“A truce at sea needs patrol boats, not signatures,” Starmer told reporters.",
    "Trump stressed the need to “save lives” and noted an agreement by the two sides to meet in Riyadh soon.",
])
def test_no_position_from_what_a_keyword_needs(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # judged unnecessary; preferred, liked, advocated, "would back"; "repeated his view that" names its speaker
    ("Hegseth said a truce in the Black Sea was “unnecessary.”", {("us", "ceasefire", Stance.AGAINST)}),
    ("Hegseth, however, repeated his view that a ceasefire was not really needed.",
     {("us", "ceasefire", Stance.AGAINST)}),
    ("Rubio told reporters that everyone would prefer a quick ceasefire.", {("us", "ceasefire", Stance.FOR)}),
    ("Starmer said he likes a ceasefire because it saves lives.", {("europe", "ceasefire", Stance.FOR)}),
    ("Starmer spent the week advocating for a ceasefire.", {("europe", "ceasefire", Stance.FOR)}),
    ("Rubio said Washington would back a truce.", {("us", "ceasefire", Stance.FOR)}),
    # "X said Y would have to …": X's demand
    ("Trump said Ukraine would have to accept a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
    # a stance the holder moved away from is none
    ("Hegseth changed tack on Friday, moving from dismissing a truce to praising the talks.", set()),
    ("Trump said on Monday he was moving from rejecting a ceasefire to talking of peace.", set()),
    # "help" before a verb of provision, and Ukraine's security as the keyword, and Ukraine's security as the keyword
    ("Rubio said America would help guarantee Ukraine's security for decades.",
     {("us", "security_guarantees", Stance.FOR)}),
    # a quoted fragment no one is the speaker of is part of its sentence: the reported clause's speaker holds it
    ("Lavrov said in a meeting with Rubio that a truce was “unacceptable”.", {("russia", "ceasefire", Stance.AGAINST)}),
    # a liking conceded with "but" is no stance; a keyword inside "in a deal to …" is not the cue's object
    ("Hegseth said he liked the idea of a truce but that talks could go on without one.", set()),
    ("Rubio said America would support Kyiv's army in a deal to end the war.", set()),
    # "he" in the next sentence: the subject named before, not a name after "with … and"
    ("Following a dinner with EU envoys and Zelensky, Rubio said the talks had gone well. He added that he backs "
     "a ceasefire for the winter.", {("us", "ceasefire", Stance.FOR)}),
])
def test_cues_of_the_white_house_meeting_sixth_session(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a quotation naming someone of another side as the cue's subject reports that one's act: no one's stance
    ("“President Putin has agreed to a ceasefire at last,” Rubio said.", set()),
    ("“Moscow has agreed to a ceasefire,” Zelensky said.", set()),
    # …one of the speaker's own side is the side's stance still
    ("“President Trump stands by the ceasefire,” Rubio said.", {("us", "ceasefire", Stance.FOR)}),
    ("“Ukraine has agreed to a ceasefire,” Zelensky said.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_quoted_report_of_another_sides_act(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_an_aside_closed_before_the_main_verb() -> None:
    """"Moscow, which was quick to reject the plan, is ready to agree …": the comma before the main
    verb's auxiliary closes the aside, so "agree" says nothing about the plan inside it; its subject is the name
    before "which"."""
    text = "Moscow, which was quick to reject the plan, is ready to agree on a reply."
    breaks = Clauses.of(text, 0, len(text)).breaks
    assert text.index(", is ready") in breaks
    assert positions_of("Moscow, which was quick to reject the plan, is ready to agree to a ceasefire.") == {
        ("russia", "ceasefire", Stance.FOR)}
