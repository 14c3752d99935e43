"""The words that say a stance (issues.py reads them against an issue's keyword): the cue kinds and their
patterns, and where a clause ends (the cues of one clause do not speak about a keyword in the next)."""

from __future__ import annotations

import re

from briefing.load.extract.cue_scan import guarded

__all__ = ["CLAUSE_BREAK", "CUES", "CUES_LOWER", "CUE_PATTERNS", "condition_after_aside"]

#: What a silence leaves open, after its negation: "(would not) say when", "(declined to) specify whether".
_SILENCE_ON = (r"(?:(?:yet|[a-z]+ly) )?(?:say|said|explain|explained|disclose|disclosed|reveal|revealed|specify|specified|"
               r"elaborate on|comment on|indicate|indicated|confirm|confirmed|predict|predicted|know|knew|tell|told|"
               r"give a (?:date|timeline|timetable) for)(?: [a-z]+ly)?(?: (?:reporters|journalists|us|him|her|them))?"
               r" (?:when|whether|if|how|what|where|which)\b")

#: What follows "refuse" the noun (rubbish): "refuse workers", "refuse collection", "refuse lorries".
_REFUSE_NOUN = (r"(?:and (?:recycling|waste) )?(?:workers?|collectors?|collections?|lorr(?:y|ies)|trucks?|bins?|bags?|"
                r"sacks?|crews?|staff|strikes?|services?|disposal|department|teams?|drivers?|operatives?|depots?|"
                r"tips?|sites?|vehicles?|dispute|round|rounds|men|loaders?)\b")

#: Cue kinds, in the order they are tried at one place (a longer phrase first: "not feasible" before "not").
CUE_PATTERNS: tuple[tuple[str, str], ...] = (
    # -1 said after what it judges: "membership was not feasible", "a return ... is unrealistic"
    ("judged", r"not (?:feasible|realistic|acceptable|possible|on the table)|unrealistic|unacceptable|"
               r"illusion(?:ary)?|a direct threat|off the table|out of the question|non-?starter|unlikely(?! to)|"
               r"inappropriate|premature|(?<!not )impossible|harmful|unnecessary|not (?:(?:immediately|really|strictly) )?(?:necessary|needed)|"
               # a plan called a loss ("called the offer a step backwards", "described the truce as a trap"): the
               # plan's own noun ("proposal", "offer") would otherwise read as the subject's backing
               # (not in apposition after a comma: "rejected the truce, a mistake, X said" is X's comment on the act)
               # (nor a step the subject takes: "was taking a huge step backwards with the offer" says what it does)
               r"(?<!, )(?<!take )(?<!takes )(?<!took )(?<!taking )(?<!take a )(?<!takes a )(?<!took a )(?<!taking a )"
               r"(?<!a )(?<!an )(?<!major )(?<!big )(?<!huge )(?<!giant )(?<!significant )(?<!serious )"  # (its own start)
               r"(?:(?:a |an )?(?:(?:major|big|huge|giant|significant|serious) )?steps? backwards?|a step back\b|"
               r"a dead end|a (?:(?:big|grave|huge|serious) )?mistake(?! (?:by|to|in|when|of|for)\b)|an insult|a trap|"
               r"a farce|a sham|a ploy|a betrayal|a capitulation|a slap in the face)"),
    # a negation that turns the cue after it ("would not accept", "never recognise"); contracted ("won't accept",
    # "doesn't support": the cue starts at a word's start, so "n't" alone never matched inside "wouldn't")
    # …and "without compromising our standards": the harm refused, as "will not compromise" (a plain "without
    # providing guarantees" gives no stance: the kind after this one)
    ("not", r"without(?= (?:compromising|undermining|jeopardi[sz]ing|endangering)\b)|"
            r"(?:not|(?:do|does|did|would|could|should|wo|ca|is|are|was|were|has|have|had|must|need|might|sha|ai)"
            r"n[’']t|never|no longer|cannot|declin(?:e|es|ed|ing) to|fail(?:s|ed)? to(?! agree)"
            # (no negation at all: "this is not the first time X has blocked …", "not only backs … but", "not least")
            r")(?! (?:for )?the first time| only\b| just\b| least\b| merely\b)"
            # (nor a silence on a reason: "did not say why members rejected the offer", "declined to explain why":
            # the clause after "why" is a fact, its cue unturned; not "when", "whether": what is left unsaid)
            r"(?! (?:(?:yet|[a-z]+ly) )?(?:say|said|explain|explained|disclose|disclosed|reveal|revealed|"
            r"specify|specified|elaborate on|comment on|give a reason for|know|knew)(?: [a-z]+ly)? why\b)"
            # (nor a silence on a question: the "without" kind below reads it)
            rf"(?! {_SILENCE_ON})"),
    # blocks the stance: "without providing security guarantees" is no position at all
    # …as do a hypothesis ("even if it lifted sanctions") and a forecast ("is unlikely to accept a ceasefire")
    # …and an embedded question ("a message about whether it can support a ceasefire")
    # …and a failure to agree among themselves ("leaders failed to agree on a common position on sending troops")
    # …and no one as the subject ("nobody is asking Kyiv to recognise …": a denial that anyone holds it)
    ("without", r"without|even if|even though|(?:un)?likely to|(?:is|are|was|were) expected to|whether|"
                # a silence on a question: "declined to say when Russia would accept a ceasefire", "would not say
                # how soon", "refused to say if": what is left unsaid is no stance (not "why": see "not" above)
                rf"(?:not|(?:do|does|did|would|could|wo|ca|has|have|had)n[’']t|declin(?:e|es|ed|ing) to|"
                rf"refus(?:e|es|ed|ing) to) {_SILENCE_ON}|"
                r"fail(?:s|ed)? to agree|nobody|no one|"
                # others' stance met by the subject: "has faced fierce opposition to the deal", "drew criticism of
                # the pact" (the opposition is not the subject's own)
                r"(?:fac(?:e|es|ed|ing)|me(?:et|ets|t|eting)|dr(?:aw|aws|ew|awn|awing)|attract(?:s|ed|ing)?|"
                r"encounter(?:s|ed|ing)?)(?= (?:[a-z-]+ ){0,2}(?:opposition|criticism|objections?|resistance|"
                r"push-?back|backlash|hostility)\b)|"  # …and a silence ("made no mention of the aid pause")
                r"(?:did|does|do|has|have|had|would)(?: not|n[’']t) (?:mention|address|comment on|refer to|bring up)|"
                r"(?:made|makes|make) no (?:mention|reference)|no mention of|"
                # …and leaving the question behind ("a desire to move beyond the canal debate"): no side taken
                r"mov(?:e|es|ed|ing) (?:beyond|past|on from)"),
    # "provided" alone is a verb ("the US provided aid"): a condition only as "provided that" or after a comma
    # …"dependent on" and its kin say the condition after them: "the truce is dependent on lifting sanctions"
    ("cond", r"if|only if|only (?:after|once|when)|provided that|"
             r"(?<=, )provided|provided(?= (?:it|they|he|she|we|both|all) (?:is|are|was|were|will|would|does|do|"
             r"can|could|remains?)\b)|on condition|as long as|unless|in (?:exchange|return) for|in principle|provisionally|"
             r"(?:dependent|contingent|conditional|conditioned) (?:on|upon)|depend(?:s|ed)? on|hinges? on|"
             # "as soon as Kyiv announces a withdrawal": a condition when a subject and its verb follow (not "as
             # soon as possible", "as soon as Monday")
             r"as soon as(?= (?!(?:possible|practicable|next|this|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|"
             r"satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b)"
             r"(?:the )?[\w’'-]+ (?:[a-z]+s|[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|does|do|did|"
             r"begin|start|agree)\b)|"
             r"before (?:any|a)|in the event of|"
             # terms set for it: "is setting tough conditions to accept a truce", "the Kremlin's list of demands for"
             r"(?:set(?:s|ting)?|laid|lay(?:s|ing)?|put(?:s|ting)?|listed|named|attach(?:es|ed|ing)?|"
             r"impos(?:e|es|ed|ing))(?: out| forward)? (?:[a-z-]+ ){0,2}(?:pre)?conditions\b|"
             r"(?:list|set|series|raft|catalogue|number) of (?:demands|conditions)\b|"
             # "used to condition his support for sanctions": support on terms
             r"condition(?:s|ed|ing)?(?= (?:its|his|her|their|our) (?:support|backing|approval|consent|agreement)\b)"),
    # a bare "met to discuss guarantees" is an agenda, not a stance: only a readiness to discuss is open
    ("open", r"(?:ready|willing|prepared|open|willingness|readiness) to discuss|discuss(?:es|ed|ing)? the (?:possibility|idea|prospect) of|discussions? (?:of|on|about)|open to|consider(?:s|ed|ing)?(?! (?:it|this|that|them)\b)|"
             r"negotiat(?:e|ed|ing|ions?) (?:over|on)|no definite position|undecided"),
    ("ruleout", r"rul(?:e|es|ed|ing) out|exclud(?:e|es|ed|ing)"),
    ("neg", r"there (?:will|would|should|must) (?:not|never) be|there (?:will|would) be no|reject(?:s|ed|ing|ion)?|turn(?:s|ed|ing)? down|rebuff(?:s|ed|ing)?|refus(?:es|ed|ing|al)|"
            # (not the noun: "refuse workers walked out", "tonnes of refuse", "the refuse collection")
            rf"(?<!of )(?<!the )(?<!household )(?<!domestic )refuse(?! {_REFUSE_NOUN})|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)|"
            r"paus(?:e|es|ed|ing)|suspen(?:d|ds|ded|ding|sion)|"
            # putting off: "asked for a delay in the vote on the pact", "wants to delay", "to postpone the vote"
            # (not "a resolution that would delay a truce": a thing's verb, the plan's, not its sponsor's)
            r"(?<=to )delay(?= [a-z])|"
            # resisting and refraining: "has firmly resisted the agreement", "to refrain from using trade tools"
            r"resist(?:s|ed|ing)?(?= (?:[a-z]+ )?[a-z])|refrain(?:s|ed|ing)? from|"
            # keeping clear of it: "would prefer to avoid retaliation" (a verb with its object)
            r"avoid(?:s|ed|ing)?(?= (?:the |a |an |any |further |more |new )?[a-z])|(?<=a )delay(?= (?:in|to|of)\b)|postpon(?:e|es|ed|ing|ement)|halt(?:s|ed|ing)?|froze|"
            # (freezing the war itself is no refusal of the truce it names: "to freeze this thing")
            r"freez(?:e|es|ing)(?! (?:this thing|th(?:e|is) (?:war|conflict|fighting)|(?:the )?(?:current )?"
            r"(?:front|battle|contact|territorial) ?lines?)\b)|"
            # taking back what was granted: "will revoke the visa", "cancelled the waiver", "rescinded the order"
            r"revok(?:e|es|ed|ing)|revocations?|rescind(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing|lation)?|"
            r"stop(?:s|ped|ping)?(?! short)|cut(?:s|ting)? off|"
            # cutting the thing itself: "an order that cut aid" (not "cut a quick deal", "cut short")
            r"cut(?:s|ting)?(?= (?!(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w-]+\s+)?deals?\b|short\b|"
            r"through\b|across\b|in\b|into\b)[a-z])|cessation|ceas(?:e|es|ed|ing)|(?<!heavy )lift(?:s|ed|ing)?|"
            # turning one's own stance round: "reversed his opposition to the deal", "U-turned on its support
            # for the truce" (the stance noun after it is the second cue: the two read as the new stance)
            r"(?:revers(?:e|es|ed|ing)|u-?turn(?:s|ed|ing)? on)(?= (?:(?:its|his|her|their|the|an?|our|earlier|"
            r"previous|former|initial|long-?standing) ){1,2}(?:opposition|objections?|resistance|criticism|support|"
            r"backing|endorsement|approval)\b)|"
            r"(?:in )?opposition to|(?:opposition|resistance|objections?|push-?back)(?= from\b)|object(?:s|ed|ing)? to|(?<!no )objections? (?:to|against)|back(?:s|ed|ing)? (?:down|away)|back(?:s|ed|ing)? out of|pull(?:s|ed|ing)? out of|retreat(?:s|ed|ing)? from|walk(?:s|ed|ing)? back|"
            # criticism of the thing itself: "criticised the fishing agreement", "condemned the tariffs" (not "a
            # critic", not a noun "condemnation"); "questioning the rationale behind the tariffs"; "slashing red tape"
            r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
            # giving ground on the thing: "seeks concessions on the act" wants it weakened (not "concessions from X")
            r"concessions? (?:on|over)|"
            # "slammed the ban as …" (with its object: not "slammed into", "slammed shut")
            r"slam(?:s|med|ming)?(?= (?:the|a|an|its|their|his|her|this|that|these|those|any)\b)|"
            # harming the thing: "will not compromise food standards", "undermined the truce" (a verb with its
            # object: not "a compromise", "compromise on", "compromised" as an adjective)
            r"(?:(?<=not )|(?<=never )|(?<=to )|(?<=would )|(?<=will )|(?<=n[’']t ))compromise(?= (?!on\b|with\b)[a-z])|"
            r"(?<!a )(?<!the )compromis(?:es|ed|ing)(?= (?!on\b|with\b)[a-z])|undermin(?:e|es|ed|ing)|"
            r"jeopardi[sz](?:e|es|ed|ing)|endanger(?:s|ed|ing)?(?= [a-z])|"
            r"question(?:s|ed|ing)(?= (?:the|whether)\b)|slash(?:es|ed|ing)?|"
            # "had hoped to bring down the tariffs" (lowering, as "reduce")
            r"br(?:ing|ings|inging|ought) down|"
            r"reluctan(?:t|ce)|reticen(?:t|ce)|unwilling(?:ness)?|hesitan(?:t|ce|cy)|cautious(?! optimism)|wary|sceptical|skeptical|withdr(?:aw|aws|awing|ew|awn)|"
            # a plural's leaving, as "withdraw": "wants the peacekeepers to leave", "asked foreign troops to pull out"
            # (with its "to": clause_cues.nearest gives it the noun right before it, not the place after)
            r"(?<=s )to (?:leave|depart|pull out|go home|get out)\b(?! (?:open|room|it|them|behind|the door)\b)|(?<!stumbling )(?<!building )block(?:s|ed|ing)?|"
            r"veto(?:es|ed)?|reservations?|(?:little|no) interest in|ban(?:ned|ning)|"
            # a ban with no object of its own is a measure listed beside the keyword, not a stop to it: "announced
            # tariffs, as well as a travel ban for officials" ("a ban on gas imports", "bans imports": a stop)
            r"bans?(?!\s*(?:[,.;:)]|(?:and|or|as|for|with|that|which|is|are|was|were|will|would)\b))|abandon(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|forg(?:o|oes|oing|one)|forwent|"
            r"push(?:es|ed|ing)? back (?:at|against|on)|drop(?:s|ped|ping)?(?= (?:its|his|her|their|the|all|any)\b)|"
            # a prohibition turns the verb after its object: "a law that bars the Pentagon from cutting …"
            r"(?:prohibit|forbid|bar|prevent|restrict)(?:s|ed|red|ring|ing|ding|den|bade)?"
            r"(?= (?:[\w.’'-]+ ){1,5}?from [a-z]+ing\b)|"
            # …and its passive, the one kept from it as subject: "wants Ukraine barred from joining NATO", "will be
            # prohibited from NATO membership" (read as "wants … banned": the wish for the ban)
            r"(?:de)?barred from|prohibited from|prevented from|precluded from|forbidden from|"
            r"disqualified from|terminat(?:e|es|ed|ing|ion)|call(?:s|ed|ing)? off|"
            # "ended the discussions" (a verb with its object; "at the end of" is none)
            r"end(?:s|ed)(?= (?:the|all|its|his|her|their|these|those)\b)|(?<=to )end(?= [a-z])|"
            # what lowers or removes the thing named: "sought relief from tariffs", "to reduce sanctions"
            r"hold(?:s|ing)? up|held up|(?:(?<=the )|(?<=a ))hold(?= (?:on|of)\b)|withh(?:old|olds|olding|eld)|relief from|exempt(?:ion)?s? from|exempt(?:s|ed|ing)?(?= (?:[\w’'.-]+ ){1,3}?from\b)|waivers? (?:from|on)|phas(?:e|es|ed|ing)[ -]out|(?:get|gets|got|getting) rid of|remov(?:e|es|ed|ing|al)|reduc(?:e|es|ed|ing|tion)|"
            r"(?<=to )lower|lower(?:s|ed|ing)|eas(?:e|es|ed)|challeng(?:es|ed|ing)|challenge(?= (?:the|its|their)\b)|forsw(?:ear|ears|earing|ore|orn)|g(?:ive|ives|ave|iving) up|"
            # dropping a bid, a demand, the sanctions (a verb with its object: not "a drop in", "dropped out")
            r"drop(?:s|ped|ping)?(?= (?:its|their|his|her|our|the|any|all|[\w-]+[’']s)\b)|"
            # …and a bare demand or bid, as headlines write it: "ready to drop demand to export …"
            r"drop(?:s|ped|ping)?(?= (?:demands?|calls?|bids?|insistence|objections?)\b)|shel(?:ve|ves|ved|ving)|(?:an end to|ending)(?! (?:the|this|a|an)(?: [\w-]+){0,3}? (?:war|conflict|fighting|hostilities|bloodshed))|against|kept out|keeps? out|no (?:talk|role|place) "
            r"(?:of|for)|brush(?:es|ed)? aside|scrap(?:s|ped)?"),
    ("pos", r"support(?:s|ed|ing|ive of)?|(?:the )?only way to|"
            # what brings the thing about: "decided to trigger the snapback", "invoke Article 5", "imposed sanctions
            # on Rosneft" (an imposition in the past, "imposed sanctions after the invasion", is history: cue_scope)
            r"trigger(?:s|ed|ing)?|impos(?:e|es|ed|ing)|(?:introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)(?= (?:the|a|an|its|their|new|another|fresh|further|more)\b)|sanction(?:ed|ing)|activat(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|achiev(?:e|es|ed|ing)|back(?:s|ed|ing)(?! out\b)|(?:(?<=would )|(?<=will )|(?<=to ))back(?! (?:down|away|off|out)\b)|"
            r"advocat(?:e|es|ed|ing)|prefer(?:s|red|ring)?|likes|liked|"
            # "has prioritised mending ties"
            r"prioriti[sz](?:e|es|ed|ing)|"
            # "in favour of", "favors exploring a federal solution" (a verb only inflected: not "a favour", "most-favoured")
            r"in favou?r of|(?<!most )(?<!most-)favou?r(?:s|ed|ing)(?= [a-z])|"
            # signing and carrying out a deal: "would sign the agreement", "to fully implement the pact" (not "a sign that")
            r"implement(?:s|ed|ing)?(?= (?:the|a|an|its|their|all|any|fully)\b)|(?<!\ba )(?<!\bthe )sign(?:s|ed|ing)?(?= (?:the|a|an|its|their|any|up to|on to|onto)\b)|"
            r"help(?:s|ed|ing)?(?= (?:to )?(?:guarantee|secure|ensure|provide|fund|rebuild|broker|achieve|end|stop|halt)\b)|agree(?:s|d)?|accept(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|"
            r"adopt(?:s|ed|ing|ion)?|approv(?:e|es|ed|ing|al)(?! ratings?\b)|"
            # what a bill does with money: "authorizes $400 million in …", "allocates … for", "would renew …"
            r"(?:re)?authori[sz](?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|renew(?:s|ing)?|"
            r"(?<=to )renew|(?<=would )renew|(?<=will )renew|(?:co-?)?sponsor(?:s|ed|ing)?(?= (?:a|the|an)\b)|"
            r"task(?:s|ed)? (?:the|its) [\w-]+ with|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|step(?:s|ped|ping)? up|intensif(?:y|ies|ied|ying)|striv(?:e|es|ed|ing) (?:to|for)|"
            r"tr(?:y|ies|ied|ying) to|mobili[sz](?:e|es|ed|ing)|(?<=[’']s )efforts? to|threaten(?:s|ed|ing)?(?! to)|"
            r"(?:now is|it is|it[’']s) (?:the |high )?time (?:to|for)|"
            # "more pressure on Kyiv to accept a truce": what the one who presses wants (the pressed is no agent)
            r"pressur(?:e|es|ed|ing)(?: on)? (?:the )?[\w’'.-]+ (?:to|into)|"
            # "floated a land swap", "floating the idea of …": a proposal put out to test it
            r"float(?:s|ed|ing)?(?= (?:a|an|the)\b)|"
            r"propos(?:e|es|ed|al|ing)|offer(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:e|es|ed)|demand(?:s|ed)?|"
            # "is demanding sanctions relief", "Seoul has requested a currency swap" (the verbs, as "demanded":
            # not the adjective, "talks were demanding", "a demanding task", nor the noun "request")
            r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bvery )(?<!\bmore )(?<!\bmost )(?<!\bso )(?<!\btoo )"
            r"demanding(?=\s+(?!and\b|but\b|or\b|as\b|than\b|task|job|schedule|work)[\w“\"‘'$])|"
            r"request(?:ed|ing)|(?<=to )request|"
            r"insist(?:s|ed|ing)?(?: on)?|"
            # (not a passive of a sought person: "a commander wanted by the court", "wanted for murder")
            r"want(?:s|ed(?! (?:by|for)\b))?|would like to|expect(?:s|ed)?|tolerat(?:e|es|ed)|allow(?:s|ed)?|"
            r"recogni[sz](?:e|es|ed|ing)|seek(?:s|ing)?|sought|push(?:es|ed|ing)? (?:for|to)|broker(?:s|ed|ing)?|forg(?:e|es|ed|ing)(?= (?:a|an|the)\b)|endors(?:e|es|ed)|"
            r"hop(?:ed|ing) (?:to|for)|hopes? to|(?<!no )(?<!little )(?:importance of|need(?:s|ed)?)|"
            r"st(?:and|ands|ood|anding) by|secur(?:es|ed|ing)|(?<=to )secure|"
            # an act ordered, decreed or announced by its noun: "would order the lifting of sanctions", "declared
            # the easing of …", "announced the suspension of aid" (the one who orders it enacts it; not "in order
            # to", not "ordered troops to …": whom an order is given to is holder_agents')
            r"(?<!\bin )(?<!\ban )(?<!\bthe )(?:order(?:s|ed|ing)?|decre(?:e|es|ed|eing)|(?:declar|announc)(?:e|es|ed|ing))"
            r"(?= (?:(?:on|this|last) [a-z]+ )?(?:the|an?) (?:[a-z]+ )?(?:lifting|easing|removal|cessation|suspension|"
            r"halt|end|resumption|imposition|withdrawal|reinstatement|termination|lifting)\b)|"
            # "declared a unilateral 30-hour Easter ceasefire" (not "declared the truce over", "an end to")
            r"(?:declar|announc)(?:e|es|ed|ing) an? [“\"]?(?:(?:unilateral|temporary|humanitarian|limited|partial|full|"
            r"complete|general|new|brief|short|holiday|easter|christmas|orthodox|energy|maritime|\d[\w-]*) ){0,4}"
            r"[“\"]?(?=(?:ceasefire|truce)\b)|"
            r"ready (?:to|for)|readiness (?:to|for)|continu(?:e|es|ed|ing) with|continu(?:e|es|ed|ing)(?= (?:the|its|their|this|these|our|all)\b)|present(?:s|ed|ing)(?= (?:[\w’'.-]+ ){1,2}with\b)|willing to|prepared to|committed to|pledg(?:e|es|ed)|aspir(?:e|es|ed|ations?)|desir(?:e|es|ed) (?:to|for)|key condition|"
            r"precondition|restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|feasible|realistic|promis(?:e|es|ed|ing)|"
            r"anticipat(?:e|es|ed|ing)|provid(?:e|es|ing)|(?:send(?:s|ing)?|sent|deliver(?:s|ed|ing)?)(?= (?:(?:a|more|new|additional|further|them|the|\d+) ){0,2}(?:(?:u\.s\.|us|american)(?:-made)? )?(?:weapons|arms|patriot))|"
            # paying for weapons for Ukraine: "agreed to finance US weapons for Ukraine", "to fund shipments of a second
            # weapons package", "to buy two Patriot systems" (only with the weapons as the object: "to buy
            # Russian oil despite sanctions" is no stance on the sanctions)
            r"(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:y|ys|ying|id) for|bu(?:y|ys|ying)|bought|"
            r"purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing))(?= (?:[\w$€£.,’'-]+ ){0,5}?(?:(?:u\.s\.|us|american)"
            r"(?:-made)? )?(?:weapons?|arms|patriot|air[ -]defen[cs]e|munitions|interceptors)\b)|"
            # "would send peacekeepers", "France sends peacekeepers" (not "sent": history, another mission; nor after
            # "to" or as "-ing": the verb before it, "refuses to send", "ruled out sending", is the cue already)
            r"(?<!to )(?:sends?|deploys?)(?= (?:(?:its|their|our|more|some|\d+|[a-z]+ish|french|european) ){0,2}peacekeep)|"
            r"(?:goal|aim) is to|(?:goal|aim|objective) as|"
            # (not "has taken aim at Trump over the deal": a criticism of another, no aim of one's own)
            r"(?<!\btake )(?<!\btakes )(?<!\btook )(?<!\btaken )(?<!\btaking )aim(?:s|ed|ing)? (?:to|for|at)|"
            # a requirement as "must" says it: "any deal would have to be approved by both houses"
            r"(?:have|has|had) to (?:be|provide|serve as|offer|give|include|guarantee)|"
            # "Patriot systems will be delivered to Ukraine": a passive to the recipient (issue_tags finds the weapons)
            r"(?:(?<=be )|(?<=been )|(?<=being ))(?:delivered|sent|supplied|shipped|transferred|handed over)"
            r"(?= to (?:ukraine|kyiv|kiev)\b)|"
            # "the Patriot systems supplied by Germany": a reduced passive and its agent (holders: only "by X" holds)
            r"(?<![a-z]{3}ly )(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )(?<!was )(?<!were )"
            r"(?:supplied|sent|delivered|donated|financed|funded|paid for|bought|purchased|shipped|transferred)"
            r"(?= by\b)|"
            # "expressed interest in the truce", "is interested in …" ("little interest in": neg)
            r"(?:express|show|voic|signal)(?:es|ed|s|n|e|ing|led|ling)? (?:(?:an|its|his|her|their|strong|keen|"
            r"great|some|renewed) ){0,2}interest in|interested in|"
            r"must (?:be|provide|serve as|offer|give|include|guarantee)"),
)
#: Every cue starts with a letter after a word boundary: `(?=[a-z])` turns away a word's end (where `\b` holds
#: too) before the engine tries eight kinds of alternatives there (a third faster; the same matches); `guarded`
#: turns away a word no cue starts like (cue_scan.py: about twice as fast again, the same matches).
_CUES = r"\b(?=[a-z])(?:" + "|".join(rf"(?P<{kind}>{pattern})\b" for kind, pattern in CUE_PATTERNS) + ")"
CUES = guarded(_CUES, re.IGNORECASE)
#: The same, case-sensitive, for a lower-cased copy of the text (several times faster; the patterns are lower
#: case and hold no upper-case escape for lower() to spoil). Guarded on its own, not with CUES's lookahead: that
#: one ignores case, and read so it cost a third of this scan (the same matches: either lookahead is implied by
#: the case-sensitive pattern after it).
CUES_LOWER = guarded(_CUES)
assert not re.search(r"[A-Z]", CUES.pattern.replace("(?P<", ""))
#: What follows two joined names in a speech tag or as their noun ("…, Ukraine and Britain say", "…, Russian and
#: Ukrainian officials said"): no clause of their own.
_NOT_A_TAG = (r"(?!(?:said|say|says|told|tell|added|add|wrote|write|argued|argue|noted|note|stated|warned|insisted|"
              r"stressed|announced|claimed|claim|reported|officials|leaders|diplomats|sources|ministers|lawmakers|"
              r"negotiators|governments|delegations|forces|troops|media|authorities|presidents|counterparts)\b)")
#: Where a clause ends: the cues of one clause do not speak about a keyword in the next.
CLAUSE_BREAK = re.compile(r"(?=[;:—–,.\s])(?:"  # (every break starts so: the other places are turned away at once)
                           r"[;:—–]|\s-{1,2}(?=\s)|,?\s+(?:but|while|whereas|although|though|however)\b|(?<=[a-z]{2})\.\s|"
                           # (a comma inside the closing quote too: "called it a “witch hunt,” defending …")
                           r",[”\"’']?\s+(?=[a-z]+ing\b)|\s(?-i:which|who)\b|"  # (not "WHO", the organisation)
                           r"\s+and\s+(?=(?:saying|adding|noting|calling|warning|arguing|insisting|accusing)\b)|"
                           r",\s+and\s+(?-i:(?=[A-Z]))|"  # "…, and Hegseth promised": a new subject, a new clause
                           r",\s+so\b|"  # "…, so they would take part in lifting them": a consequence
                           # "EU to ease sanctions on Moscow, Poland and Finland oppose": two names and their own verb
                           r",\s+(?-i:(?=(?:[A-Z][\w.’'-]*\s+){1,3}and\s+(?:[A-Z][\w.’'-]*\s+){1,3}" + _NOT_A_TAG + r"[a-z]+\b))|"
                           # "agree new sanctions, as Slovakia backs down": a name and its verb after ", as" (not
                           # "as well as", "as Russia's ally": no verb right after the name)
                           r",\s+as\s+(?-i:(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+[a-z]+(?:s|ed)\b))|"
                           # "Moscow, which was quick to reject the plan, is ready to agree …": an aside
                           # closed by its comma, the main verb's auxiliary after it (not a speech tag's comma:
                           # "NATO membership, he said, is harmful")
                           r"(?<!said)(?<!says)(?<!added)(?<!noted)(?<!argued)(?<!stated)(?<!wrote)(?<!told)"
                           r",\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|must|should)\s+[a-z]+)|"
                           # "in a blow to its aspirations, X said (at NATO headquarters) that …": a clause
                           r"\s(?=(?:said|says|stated|told)\b[^.;:\n]{0,60}?\bthat\b)|"
                           r"\s+and\s+(?=(?:would|will|should|could|must|has|have|had|is|was)\b)|"
                           r"\s+and\s+(?=(?:he|she|they|we)\s)|"  # "… was not his final offer and he hoped to"
                           # "…, a line Kyiv has rejected": a comment in apposition, with a subject of its own
                           r",\s+(?:a|an|the)\s+(?=(?:line|move|step|demand|proposal|position|stance|idea|plan|"
                           r"condition|request|call|policy|view)\b)|"
                           # "…, a step that Washington seems to oppose": a noun in apposition
                           # and a relative clause with its own subject
                           r",\s+an?\s+(?=[a-z]+\s+that\s)|"
                           r"\sthat(?=\s+(?:[a-z]+(?:s|ed)|would|will|is|was|are|were|could|can|has|had|have)\b)|"
                           # "negotiating over the section that Starmer said would deliver …": a relative clause
                           # reported by a name of its own (the cue before it speaks of its head noun)
                           r"\s(?-i:that)(?=\s+(?-i:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|claimed|claims|promised|believes)\s))",
                           re.IGNORECASE)  # ", leaving the issue of …" is its own clause


#: An aside between dashes, and a condition after it in the same clause: "threatened to impose tariffs on countries
#: that trade — above all in oil — with Russia unless a truce holds" (the dash ends a clause for the cues, not for
#: the condition of the clause around the aside).
_DASH_ASIDE = re.compile(r"\s*[—–]\s*[^—–.;:\n]{1,80}?\s*[—–]")
_CONDITION_NEXT = re.compile(r"[^—–.;:\n]{0,80}?\b(?:if|unless|provided that|as long as|on condition)\b", re.IGNORECASE)


def condition_after_aside(text: str, at: int, end: int) -> bool:
    """Whether a clause that stops at a dash at `at` goes on, after the aside the dash opens, to a condition."""
    aside = _DASH_ASIDE.match(text, at, end)
    return aside is not None and _CONDITION_NEXT.match(text, aside.end(), end) is not None
