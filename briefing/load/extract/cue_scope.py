"""Whether a stance cue of a clause speaks about an issue keyword at all (issues.py, Clauses.polarity): a cue
with an object of its own, or a clause of its own, between it and the keyword says nothing about the keyword.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.cue_asides import participle_aside
from briefing.load.extract.cue_coordination import another_predicate_between, coordinated_after
from briefing.load.extract.cue_objects import against_a_subject, produced_offer
from briefing.load.extract.cue_others import anothers_words
from briefing.load.extract.fronted_clauses import keyword_in_a_fronted_clause
from briefing.load.extract.keyword_nouns import criticism_of_another_thing, head_noun_of_subject, names_a_way_around
from briefing.load.extract.keyword_verbs import aim_of_the_keyword, keyword_acts, keyword_does, under_its_terms
from briefing.load.extract.off_the_table import kept_off_the_table
from briefing.load.extract.reduced_relatives import cue_of_a_relative

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["in_anothers_plan", "out_of_scope"]


#: The keyword as what another's plan is for, through a means of its own: "Starmer’s plan for an international force
#: to support a ceasefire", "X’s proposal for a coalition to provide security guarantees".
_PLAN_MEANS = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|idea|offer|initiative|suggestion|scheme|call)s?"
                         r"\s+(?:for|of)\s+[^,;.:]{1,60}?\s+to\s+[a-z]+\s+(?:[\w’'-]+\s+){0,3}?$")


def in_anothers_plan(cue_starts: list[tuple[str, int]], hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether the keyword is what someone's plan is for, through a means ("rejected Starmer’s plan for a force to
    support a ceasefire"), and a refusal outside that plan is among the clause's cues: the refusal is of the plan,
    its means, not of the keyword; nor is the plan's own cue the refuser's. No stance is read (right, or none)."""
    plan = _PLAN_MEANS.search(text, max(sentence_start, hit.start - 160), hit.start)
    return plan is not None and any(kind in ("neg", "ruleout") and not plan.start() <= start < hit.start
                                    for kind, start in cue_starts)


def out_of_scope(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether `cue` says nothing about the keyword `hit` (each rule below says why)."""
    return (_object_before(cue, hit, text) or coordinated_after(cue, hit, text) or _open_to_another(cue, hit, text)
            or _subordinate_after(cue, hit, text) or _subordinate_before(cue, hit, text)
            or _fighting_stops(cue, text, sentence_start)
            or _proposal_talked_about(cue, text, sentence_start)
            or _purpose_between(cue, hit, text) or _procedure_of(cue, hit, text) or _lowers_what_follows(cue, hit, text)
            or _need_of_another(cue, hit, text) or _deal_between(cue, hit, text)
            or _subject_of_a_clause(cue, hit, text) or _reported_after(cue, hit, text)
            or _after_a_preposition(cue, hit, text) or _judges_what_follows(cue, hit, text)
            or _qualifies_a_noun_after(cue, hit, text) or _imposed_long_ago(cue, hit, text, sentence_start)
            or _in_an_opening_phrase(cue, hit, text, sentence_start) or _a_measure_listed_with(cue, hit, text)
            or _time_of_another(cue, hit, text) or _kept_by_another(cue, hit, text)
            or keyword_does(cue, hit, text) or aim_of_the_keyword(cue, hit, text) or keyword_acts(cue, hit, text)
            or under_its_terms(cue, hit, text, sentence_start)
            or head_noun_of_subject(cue, hit, text, sentence_start) or criticism_of_another_thing(cue, hit, text)
            or names_a_way_around(hit, text) or participle_aside(cue, hit, text) or against_a_subject(cue, hit, text)
            or another_predicate_between(cue, hit, text) or anothers_words(cue, hit, text, sentence_start)
            or cue_of_a_relative(cue, hit, text) or kept_off_the_table(cue, hit, text) or produced_offer(cue, hit, text)
            or keyword_in_a_fronted_clause(cue, hit, text, sentence_start))


#: A keyword that dates another thing: "ready to deploy once a truce is agreed", "will help as soon as a truce is
#: reached". The time word opens a clause of its own: a cue before it is about its own object, a cue after it in
#: that clause is the clause's own ("accept a truce once Russia stops its strikes"), and the keyword's passive after
#: it is that clause's event, no one's stance on it. (Not "until", "before" or
#: "only after": a holder's condition, read by stance_cues.)
_TIME_WORD = r"(?:once(?!\s+(?:again|more))|as\s+soon\s+as|the\s+moment|whenever|(?<!only\s)after)"
_TIME_BETWEEN = re.compile(rf"\b{_TIME_WORD}\s", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"\b{_TIME_WORD}\s+(?:(?:a|an|the|any|such\s+a|this|that)\s+)?(?:[\w-]+\s+){{0,2}}$",
                          re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"\s+(?:(?:deal|agreement|accord)\s+)?(?:is|are|was|were|has\s+been|have\s+been|"
                            r"had\s+been|gets|get|got|would\s+be|will\s+be)\s+(?:[a-z]+ly\s+)?(?:finally\s+)?$",
                            re.IGNORECASE)


def _time_of_another(cue: Cue, hit: IssueHit, text: str) -> bool:
    if cue.kind not in ("pos", "neg", "ruleout"):
        return False
    if cue.end <= hit.start:
        return _TIME_BETWEEN.search(text, cue.end, hit.start) is not None
    if hit.end > cue.start:
        return False
    # "ready to accept a ceasefire once Russia stops its strikes": the stopping is the time clause's own
    return _TIME_BETWEEN.search(text, hit.end, cue.start) is not None or (
        _PASSIVE_AFTER.fullmatch(text, hit.end, cue.start) is not None
        and _TIME_BEFORE.search(text, max(0, hit.start - 60), hit.start) is not None)


#: A keyword that a force or mission would keep: "a force meant to police a later truce", "wants a
#: mission to monitor a truce". The cue is for the force (a guarantee), not a stance on having the keyword; a
#: keeper without a force ("would help guarantee Ukraine's security") still reads.
_KEEPING = re.compile(r"\b(?:polic|monitor|enforc|oversee|oversaw|uphold|underpin|patrol|verif[yi]|guarante|"
                      r"safeguard|observ)[a-z]*\s+(?:(?:a|an|the|any|its|such\s+a|this|that)\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_KEEPER = re.compile(r"\b(?:force|forces|mission|troops|soldiers|peacekeepers|contingent|observers|monitors|"
                     r"coalition|deployment)\b", re.IGNORECASE)


def _kept_by_another(cue: Cue, hit: IssueHit, text: str) -> bool:
    if cue.kind not in ("pos", "neg", "ruleout") or cue.end > hit.start:
        return False
    keeping = _KEEPING.search(text, cue.end, hit.start)
    return keeping is not None and _KEEPER.search(text, max(0, keeping.start() - 50), keeping.start()) is not None


#: A ban named as a measure (a noun: plural, or after a determiner or the thing banned) and listed with the keyword:
#: "fresh bans on imports, and sanctions on tankers" is two measures, not a refusal of sanctions.
_BAN_BEFORE = re.compile(r"\b(?:a|an|the|new|its|import|export|travel|oil|gas|transit|entry)\s+$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+(?:(?:new|more|further|fresh|tougher|the)\s+)?", re.IGNORECASE)


def _a_measure_listed_with(cue: Cue, hit: IssueHit, text: str) -> bool:
    said = cue.text.lower()
    return cue.kind == "neg" and cue.end <= hit.start and _LISTED_AFTER.fullmatch(text, cue.end, hit.start) is not None \
        and (said == "bans" or (said == "ban" and _BAN_BEFORE.search(text, max(0, cue.start - 12), cue.start) is not None))


#: A phrase that opens the sentence, up to the cue: "Given Putin’s refusal to …, Treasury is sanctioning …" (the
#: refusal is the reason given, not a stance on what the main clause names).
_OPENING_PHRASE = re.compile(r"\s*[“\"‘']?\s*(?:Given|Despite|Amid|Because of|In view of|In light of|Citing|Following|"
                             # …and "With support from Washington, Kyiv accepted the truce", "Backed by Paris, …",
                             # "Rejecting the plan, Moscow …": the main clause's keyword is its own verb's
                             r"With|(?:Backed|Supported|Encouraged|Pressed|Urged|Pushed|Buoyed)\s+by|"
                             # …and a clause of contrast or time: "While Kyiv secured a reprieve, the tariffs on …"
                             r"While|Whilst|Although|Though|Whereas|Even\s+(?:though|as|if)|When|After|Once|"
                             r"(?-i:[A-Z][a-z]+ing))\b[^,;:.]{0,120}$")


#: The opening participle itself as the cue: "Rejecting the plan, Moscow …", "Backed by Paris, Kyiv …".
_OPENING_CUE = re.compile(r"\s*[“\"‘']?\s*(?-i:[A-Z])[a-z]+(?:ing|ed\s+by)\b[^,;:.]{0,120},")


def _in_an_opening_phrase(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    if cue.end > hit.start or cue.start - sentence_start > 130 or "," not in text[cue.end:hit.start]:
        return False
    if _OPENING_PHRASE.fullmatch(text, sentence_start, cue.start) is not None:
        return True
    opening = _OPENING_CUE.match(text, sentence_start)
    return opening is not None and opening.end() <= hit.start and \
        not text[sentence_start:cue.start].strip(" “\"‘'")


#: When an imposition is history: "After the invasion, the West imposed sanctions", "imposed in 2014".
_LONG_AGO = re.compile(r"\b(?:after|since|following|over)\s+(?:the|its|Russia[’']s|Moscow[’']s)\s+(?:full-scale\s+)?"
                       r"(?:invasion|annexation)\b|\b(?:in|since|from)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _imposed_long_ago(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """An imposition that describes the keyword ("sanctions imposed by Western nations") or is dated in the past:
    what was done then, not where anyone stands now."""
    if not cue.text.lower().startswith("impos"):
        return False
    if 0 <= cue.start - hit.end <= 1:
        return True
    line_end = text.find("\n", cue.end)
    return _LONG_AGO.search(text, sentence_start, line_end if line_end >= 0 else len(text)) is not None


#: Between a keyword and a cue after it, a noun the cue qualifies: "sanctions on the bank and other organisations
#: involved in supporting food trade", "tariffs on countries that back the war": the cue is about what follows it.
_QUALIFIED_NOUN = re.compile(r"(?:\b(?:involved|engaged|active|complicit|implicated|instrumental)\s+in|"
                             r"\b(?:organi[sz]ations|companies|firms|entities|banks|individuals|countries|nations|"
                             r"people|those|groups|networks|vessels|ships|tankers|traders|buyers|suppliers)"
                             r"(?:\s+(?:that|which|who)(?:\s+(?:are|were|is|was|have\s+been|has\s+been))?)?)"
                             r"\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _qualifies_a_noun_after(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg") and hit.end <= cue.start and \
        _QUALIFIED_NOUN.search(text, hit.end, cue.start) is not None


#: A speech verb between a cue and the keyword, not an aside (", Lavrov said,"): "resumes its strikes, says Kyiv
#: broke the truce": the keyword is in the reported clause, the cue's object before it. ("the United States" is no
#: speech verb: "hopes to bar the United States from contesting its rules" lost the want and the bar.)
_SPEECH_BETWEEN = re.compile(r"\b(?:says|said|stated|(?-i:states)|told|tells|claims|claimed|argues|argued|insists|insisted)"
                             r"\b(?!\s*,)", re.IGNORECASE)


def _reported_after(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end < hit.start and \
        _SPEECH_BETWEEN.search(text, cue.end, hit.start) is not None


#: A preposition after the cue's own object that opens a phrase of its own: "resumed its strikes … following the
#: breakdown of a ceasefire", "despite the truce", "will impose tariffs … in response to US tariffs" (what is
#: answered is the other side's, not the cue's object).
_PREPOSITION_BETWEEN = re.compile(r"\s(?:following|amid|amidst|despite|during|since|"
                                  r"in\s+(?:response|reply|reaction|retaliation|answer)\s+(?:to|for)|"
                                  # what the cue's own object is measured against: "increased tariffs equal to the
                                  # retaliatory levies", "imposed duties matching the counter-levies"
                                  r"equal\s+to|matching|mirroring|on\s+par\s+with|commensurate\s+with|"
                                  r"comparable\s+to|to\s+match)\s", re.IGNORECASE)


def _after_a_preposition(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end < hit.start and \
        _PREPOSITION_BETWEEN.search(text, cue.end, hit.start) is not None


#: A conjunction that opens a clause whose subject is the keyword right after it: "agree on a grain corridor as
#: sanctions on Russia tighten", "a conference aimed at boosting support for rebuilding as US military aid stalls" (the
#: cue's object came before it; the keyword, a side's name before it or not, is what the new clause is about).
_CLAUSE_OPENS = re.compile(r"[^,;:.]*?\S\s+(?:as|when|because|since|while|whereas)\s+(?:(?:the|new|fresh|western|"
                           r"international|tougher|existing|(?-i:[A-Z][\w.’'-]*))\s+){0,2}$", re.IGNORECASE)


def _subject_of_a_clause(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end < hit.start and \
        _CLAUSE_OPENS.fullmatch(text, cue.end, hit.start) is not None


#: A judgement with an extraposed "it" and a clause after it ("deeming it “unlikely” Kyiv would get back its land",
#: "said it was unrealistic that the talks …"): it judges that clause, not a keyword before it ("ruling out
#: membership and deeming it unlikely …" rules membership out; "unlikely" is about what follows).
_IT_BEFORE = re.compile(r"\bit\s+(?:(?:is|was|would be|will be|seems|seemed|looks|looked|remains|appears)\s+)?"
                        r"(?:[a-z]+ly\s+)?[“\"‘']?$", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"[”\"’']?,?\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+)?"
                           r"(?:would|will|could|can|might|may|should|is|are|was|were|has|have|had|[a-z]+(?:s|ed))\b")


def _judges_what_follows(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind == "judged" and cue.start >= hit.end and \
        _IT_BEFORE.search(text, max(hit.end, cue.start - 40), cue.start) is not None and \
        _CLAUSE_AFTER.match(text, cue.end) is not None


#: "would support Kyiv's army in a deal to end the war": the keyword is what the deal would do, not the cue's
#: object ("backed a deal to end the war" has no "in": the deal, and its purpose, are what is backed).
_IN_A_DEAL = re.compile(r"\b(?:in|under|within|as part of)\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:deal|agreement|settlement|accord)\s+(?:to|that)\b", re.IGNORECASE)


def _deal_between(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end <= hit.start and \
        _IN_A_DEAL.search(text, cue.end, hit.start) is not None


#: "need" wants its object, right after it ("you need a ceasefire", "we need security guarantees"); a keyword
#: before it is what has the need ("a truce at sea needs hulls in the water": a requirement, not a want), and one
#: far after it is another verb's ("the urgent need to “not lose more lives” and … an agreement to meet").
_NEED = re.compile(r"need", re.IGNORECASE)
_NEED_OBJECT = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+", re.IGNORECASE)


def _need_of_another(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind == "pos" and _NEED.match(cue.text) is not None and (
        hit.start < cue.end or _NEED_OBJECT.fullmatch(text, cue.end, hit.start) is None)


#: A proposal as what a preposition names ("commented on the ceasefire proposal put forward by the US", "reacted to
#: the offer"): talked about, not made; the noun is no stance of the sentence's agent (a possessive keeps its
#: maker: "Trump's proposal").
_PROPOSAL = re.compile(r"propos(?:al|ed)|offer", re.IGNORECASE)
_TALKED_ABOUT = re.compile(r"\b(?:on|to|about|over|at|of|with)\s+(?:the|a|an|this|that|any|such)\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _proposal_talked_about(cue: Cue, text: str, sentence_start: int) -> bool:
    return cue.kind == "pos" and _PROPOSAL.fullmatch(cue.text) is not None and \
        _TALKED_ABOUT.search(text, max(sentence_start, cue.start - 50), cue.start) is not None


#: Verbs that lower, remove or end their object: they speak about a keyword after them ("sought relief from
#: tariffs", "ended the discussions"), or before them only in the passive ("negotiations are hereby terminated");
#: "restore the missions … to ease the talks" eases the talks, not the missions.
_LOWERING = re.compile(r"relief from|exempt|remov|reduc|lower|eas|challeng|end|terminat|call", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:[a-z]+ly|hereby|now|also|already|not)\s+)?$",
                             re.IGNORECASE)


def _lowers_what_follows(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind == "neg" and hit.end <= cue.start and _LOWERING.match(cue.text) is not None and \
        _PASSIVE_BEFORE.search(text, max(0, cue.start - 30), cue.start) is None


#: A purpose clause between a cue and the keyword: "would pause its advertising campaign on Monday to allow trade
#: talks to resume", "halted the drills so that talks can go on". The cue has its own object before it; what the
#: purpose names is wanted, read by the cues inside it ("allow", "resume").
_PURPOSE = re.compile(r"\b(?:so that|so as to|in order (?:to|that|for)|to (?:allow|let|enable|permit|make way for|"
                      r"clear the way for|pave the way for))\b", re.IGNORECASE)


#: …and after the cue's own object, a purpose that turns to something else: "paused its rota review
#: to concentrate its efforts on limiting the strike's damage", "dropped his visit to focus on preparing for the
#: truce" (not right after the cue: "refused to focus on a truce" is the cue's own infinitive).
_TURNS_TO = re.compile(r"\bto (?:focus|concentrate|prepare|brace|gear up)\b", re.IGNORECASE)


def _purpose_between(cue: Cue, hit: IssueHit, text: str) -> bool:
    if cue.kind not in ("pos", "neg", "ruleout") or cue.end > hit.start:
        return False
    turns = _TURNS_TO.search(text, cue.end, hit.start)
    return _PURPOSE.search(text, cue.end, hit.start) is not None or (
        turns is not None and text[cue.end:turns.start()].strip() != "")


#: A procedure as the cue's object, the keyword what it is about: "demand a vote on the treaty", "called for a
#: review of sanctions", "backed an inquiry into the aid": the demand is for the procedure, not for the thing.
_PROCEDURE = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|new|fresh|formal|public|full|independent)\s+){0,2}"
                        r"(?:vote|ballot|referendum|review|debate|inquiry|investigation|probe|audit|hearing|"
                        r"consultation|study|recount)s?\s+(?:on|of|into|about|over)\b[^,;:.]{0,60}", re.IGNORECASE)


def _procedure_of(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end <= hit.start and \
        _PROCEDURE.fullmatch(text, cue.end, hit.start) is not None


#: Between a keyword and a cue after it, a conjunction that opens a predicate of its own: "insists on lifting
#: sanctions against key banks before halting strikes" (the halting is of the strikes), "a plan to disarm the militia,
#: a first since the factions gave up their arms" (the giving up is the factions', long ago), "readied its
#: counter-levies when Trump signed the order imposing tariffs" (the signing is Trump's, of the order).
_SUBORDINATE_BETWEEN = re.compile(r"\b(?:before|after|until|instead of|rather than|while|whereas|since|because|when|"
                                  # a reason: "opposed the package due to their disagreement with plans to stop X"
                                  r"due to|owing to)\b", re.IGNORECASE)


def _subordinate_after(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and hit.end <= cue.start and \
        _SUBORDINATE_BETWEEN.search(text, hit.end, cue.start) is not None


#: Between a cue and a keyword after it, a conjunction that opens a clause of its own: "tough sanctions against
#: Russia until a ceasefire is reached" (the "against" is the sanctions', and says nothing of the ceasefire),
#: "opposes any deal until a ceasefire holds". (Not the conditions stance_cues reads as such: "before any",
#: "unless", "only after".)
_CLAUSE_BETWEEN = re.compile(r"\b(?:before(?!\s+(?:any|a)\b)|(?<!only )after|until|instead of|rather than|while|"
                             r"whereas|because)\b", re.IGNORECASE)


#: …and "as" or "since" that opens a clause with a subject and a verb of its own: "rejected the plan as it seeks a
#: ceasefire", "refused the offer since Kyiv wants a truce" (the refusal's object is the plan; the clause says what
#: the subject wants). Not "as long as"/"as soon as" (a condition, a time), nor "rejected it as a ceasefire trap"
#: (no verb: what the plan is called).
_AS_CLAUSE_BETWEEN = re.compile(r"(?<!long )(?<!soon )(?<!well )(?<!far )(?<!much )\b(?:as|since)\s+(?:"
                                r"(?:it|he|she|they|we|I)|(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){0,2})\s+"
                                r"(?:[a-z]+ly\s+)?(?:[a-z]+s|is|are|was|were|has|have|had|will|would|could|can|must|"
                                r"should|may|might|does|do|did|[a-z]+ed)\b", re.IGNORECASE)


def _subordinate_before(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind in ("pos", "neg", "ruleout") and cue.end <= hit.start and (
        _CLAUSE_BETWEEN.search(text, cue.end, hit.start) is not None
        or _AS_CLAUSE_BETWEEN.search(text, cue.end, hit.start) is not None)


#: "open to negotiations … after a ceasefire": the openness is to what it names first, not to the keyword.
_OPEN_OBJECT = re.compile(r"\s+(?:the\s+|further\s+|direct\s+)?(?:negotiations?|talks|dialogue|discussions?|meetings?|contacts?)\b",
                          re.IGNORECASE)


def _open_to_another(cue: Cue, hit: IssueHit, text: str) -> bool:
    return cue.kind == "open" and cue.end <= hit.start and _OPEN_OBJECT.match(text, cue.end, hit.start) is not None


#: Refusals said as a noun with its object after it ("a halt on military aid", "an end to sanctions",
#: "suspension of intelligence sharing", "a postponement of the vote"): like "against", they speak only about what
#: follows them ("opposes the sanctions package and demands a postponement of the vote" puts off the vote).
_NOUN_OF = re.compile(r"(?:an end to|ending|cessation|halt|suspension|freeze|ban|withdrawal|lifting|termination|"
                      r"removal|reduction|postponement|delay)\Z")
_OF_NEXT = re.compile(r"\s+(?:to|of|on)\b")


def _object_before(cue: Cue, hit: IssueHit, text: str = "") -> bool:
    """"Against" is a preposition: it speaks about what follows it ("voted against sanctions"), never about a
    keyword before it ("sanctions against Russia", "a backstop against aggression"); so does a refusal said as a
    noun with its object ("a Complete Ceasefire and … an end to this war": not a refusal of the ceasefire)."""
    if cue.kind != "neg" or hit.start >= cue.start:
        return False
    said = cue.text.lower()
    return said == "against" or said == "an end to" or said.endswith(" from") or (
        _NOUN_OF.match(said) is not None and _OF_NEXT.match(text, cue.end) is not None)


#: The fighting as the subject of a verb that stops: "so that the shooting will stop, the killing will stop".
_FIGHTING_BEFORE = re.compile(r"\b(?:shooting|killing|dying|fighting|war|hostilities|attacks|strikes|bombing|"
                              r"bombardment|shelling|bloodshed|violence)\s+(?:will\s+|would\s+|must\s+|should\s+|"
                              r"can\s+|could\s+|to\s+|has\s+to\s+|have\s+to\s+)?$", re.IGNORECASE)


def _fighting_stops(cue: Cue, text: str, start: int) -> bool:
    """"…so that the shooting will stop": a stop the speaker wants, of the fighting; not a refusal of the truce
    or of the end of the war the sentence goes on to name (it read as three refusals of "end this war")."""
    return cue.kind == "neg" and _FIGHTING_BEFORE.search(text, max(start, cue.start - 40), cue.start) is not None
