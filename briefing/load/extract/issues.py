"""The polarity of a clause towards an issue whose keyword it holds (the tags: issue_tags.py).

A sentence that names an issue (a keyword) and a stance cue in the keyword's clause is read against the
issue's proposition ("Ukraine may join NATO"): cues that want what the keyword names ("supports",
"agreed to", "proposed") count +1, cues that refuse or stop it ("rejects", "rules out", "paused",
"suspended", "dismissed", "unrealistic") count -1, and a negation ("will not accept") turns the cue after
it; the product is for or against. "If", "provided that", "in the event of", or "but … must/need to" after
a for make it conditional; "discuss", "open to" alone make it open. "Without", a hypothesis ("even if") or a
forecast ("is unlikely to") before the keyword, a refusal followed by "without", more than three cues, or a
keyword that does not name the proposition (`keywords_name` in issues.toml, or the keyword's own
`keywords_proposition` / `keywords_opposite`) give no stance: when unsure, no position.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from briefing.load.extract.clause_cues import HINGE as _HINGE
from briefing.load.extract.clause_cues import Cue
from briefing.load.extract.clause_cues import condition_cues as _condition_cues
from briefing.load.extract.clause_cues import nearest as _nearest
from briefing.load.extract.clause_cues import on_terms_for_any, refused_until
from briefing.load.extract.clause_cues import within_a_keyword as _within_a_keyword
from briefing.load.extract.condition_openings import OPENING_CONDITION, opens_the_sentence
from briefing.load.extract.cue_asides import against_of_the_cue
from briefing.load.extract.cue_scope import out_of_scope
from briefing.load.extract.issue_tags import IssueHit, IssueTagger, KeywordsName, _lower
from briefing.load.extract.keyword_targets import acts
from briefing.load.extract.keyword_verbs import done_to_the_act, late_passive
from briefing.load.extract.modal_cues import modal_cues, with_modal_cues
from briefing.load.extract.no_stance import no_stance
from briefing.load.extract.plan_refs import PlanReferences
from briefing.load.extract.refused_relatives import refused_relative_reading
from briefing.load.extract.relative_stances import OBJECT_RELATIVE, relative_readings
from briefing.load.extract.reply_openings import reply_opening_end
from briefing.load.extract.stance_cues import CLAUSE_BREAK, CUES, CUES_LOWER, condition_after_aside
from briefing.load.extract.stance_reach import negation_crosses_a_clause
from briefing.model import Stance

__all__ = ["Clauses", "Cue", "IssueHit", "IssueTagger", "KeywordsName", "PlanReferences", "Polarity", "stance_cue"]

#: "does not believe that membership is realistic": the negation covers the whole belief, however long.
_BELIEF = re.compile(r"\s+(?:\w+\s+)?(?:believe|think|see|expect)\b", re.IGNORECASE)
_ONLY_IF = re.compile(r"[,;\s]*(?:but\s+)?(?:only\s+)?(?:if|provided|as long as|on condition|"
                      # an inverted condition: "offered sanctions relief, should Russia halt its strikes"
                      r"(?<=,\s)should(?=\s+(?:(?-i:[A-Z])|(?:the|it|they|he|she|we)\s)))\b", re.IGNORECASE)
#: "agreed to the truce, but the terms need to be worked out": a for qualified by what must still happen.
_BUT_NEED = re.compile(r"[,;\s]*but\s+(?:[\w’'-]+\s+){0,8}?(?:needs?\s+to|must|should|ha(?:s|ve)\s+to|proceed from)\b",
                       re.IGNORECASE)
#: A truce named between a cue and the thing it stops ("agreed to a ceasefire involving … strikes on energy").
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|moratorium|pause|halt)\b", re.IGNORECASE)
_LISTED = re.compile(r"\b(?:and|or|nor)\b|,")
#: A judgement that governs the infinitives after it ("it is unrealistic to expect … to approve …"): its reach is
#: the clause, however long the chain.
_JUDGED_INFINITIVE = re.compile(r"[”\"’']?\s+to\s+[a-z]+")
#: How far (characters) a cue may stand from its keyword, inside the clause.
_REACH = 90
#: A negation turns a cue at most this far after it ("will not, under any circumstances, accept").
_NOT_REACH = 40
#: Between a keyword and the verb of a second act coordinated after it: " and ", " and then ", "and to ".
_AND_THEN = re.compile(r"[^,;.]{0,40}?\s+and\s+(?:then\s+|also\s+|to\s+)?")
#: What the second act's verb takes: an object or a place of its own ("withdraw from …", "lift the …").
_OWN_OBJECT = re.compile(r"\s+(?:from|out|its|his|her|their|the|a|an|all|any)\b")
#: "as " right before a judgement: the reason given for a refusal before it ("rejected it as a ploy").
_AS_BEFORE = re.compile(r"\bas\s+$")
#: The cues `polarity` counts, and the condition it looks for (not: "not", "without").
_DECIDING = frozenset({"pos", "neg", "ruleout", "judged", "open", "cond"})


@dataclass(frozen=True)
class Polarity:
    """A clause's stance towards one issue's proposition, and the cues that made it."""

    stance: Stance
    cues: tuple[Cue, ...]
    #: Where the deciding cue starts (its agent is looked for before it).
    start: int
    #: How many cues a negation turned ("will not accept"), and whether the keyword names the opposite of the
    #: proposition ("lifting sanctions"): each a step of inference where a misreading reverses the stance.
    flips: int = 0
    #: The clause its holder is looked for in, when it is not the one around `start` (an object relative's).
    clause: tuple[int, int] | None = None

    @property
    def rule(self) -> str:
        return "stance:" + "+".join(c.kind for c in self.cues)

    @property
    def said(self) -> str:
        return " … ".join(c.text for c in self.cues)


@dataclass(frozen=True)
class Clauses:
    """The cues and clause breaks of one sentence, found once; `polarity` reads them for each issue."""

    text: str
    start: int
    end: int
    cues: tuple[Cue, ...]
    breaks: tuple[int, ...]
    starts: tuple[int, ...] = ()  # of the cues, in order

    @classmethod
    def of(cls, text: str, start: int, end: int, hits: list[IssueHit] | None = None) -> Clauses:
        """`hits`: the sentence's keywords, when the cues a keyword makes with its own verb count (modal_cues.py)."""
        lowered, exact = _lower(text)
        found = CUES_LOWER.finditer(lowered, start, end) if exact else CUES.finditer(text, start, end)
        cues = tuple(Cue(m.lastgroup or "", m.start(), m.end(), text[m.start():m.end()]) for m in found)
        if hits:
            cues = with_modal_cues(cues, modal_cues(text, start, end, hits))
        # Clause breaks matter only around a stance cue (without one `polarity` is None whatever the clause):
        # not looked for in a sentence that has none.
        breaks = tuple(m.start() for m in CLAUSE_BREAK.finditer(text, start, end)) \
            if any(c.kind not in ("not", "without", "cond") for c in cues) else ()
        replying = reply_opening_end(text, start, end) if breaks or cues else None
        if replying is not None:  # "Replying to X's claims that …, Oslo denied …": two clauses
            breaks = tuple(sorted({*breaks, replying}))
        return cls(text, start, end, cues, breaks, tuple(c.start for c in cues))

    def clause(self, offset: int) -> tuple[int, int]:
        i = bisect_left(self.breaks, offset)
        left = self.breaks[i - 1] if i > 0 else self.start
        right = self.breaks[i] if i < len(self.breaks) else self.end
        return left, right

    def _speaks_about(self, cue: Cue, hit: IssueHit, hits: list[IssueHit], starts: list[int]) -> bool:
        """A cue speaks about its nearest keyword, and about those listed with it: "ruled out deploying troops
        and granting Ukraine NATO membership" rules out both."""
        nearest = _nearest(cue, hits, starts)
        if nearest is hit:
            return True  # (not any keyword of the issue: "a halt on military aid and suspension of intelligence
            #              sharing" reads each cue once, for its own keyword)
        first, second = sorted((nearest, hit), key=lambda h: h.start)
        between = self.text[first.end:second.start]
        return (len(between) <= 60 and _LISTED.search(between) is not None  # and no cue between the two
                and bisect_left(self.starts, first.end) == bisect_left(self.starts, second.start))

    def polarity(self, hit: IssueHit, hits: list[IssueHit], keywords_name: str = KeywordsName.PROPOSITION,
                 ) -> Polarity | None:
        """The stance of the clause around `hit` towards its issue's proposition, or None when unsure."""
        if keywords_name not in (KeywordsName.PROPOSITION, KeywordsName.OPPOSITE):
            return None
        if not self._may_decide(hit):
            return None
        starts = [h.start for h in hits]  # in text order, none overlapping
        window, inside, right = self._cues_about(hit, hits, starts)
        if no_stance(self, hit, hits, starts, inside, window):
            return None
        conditioned = self._conditioned(hit, hits, starts, window, inside)
        if conditioned is None:
            return None
        condition, inside, wanted = conditioned
        if wanted and _terms_for_another(self.text, condition, hit) and \
                _THREAT.search(self.text, self.start, condition.start):  # type: ignore[union-attr]
            return None  # "could impose tariffs unless Putin helps end the war": a threat's terms for another's
            #   act, no stance of the holder's on the issue (a bargain's stay: "would agree to a truce only if the
            #   West lifts sanctions" demands it)
        # "refused a ceasefire without guarantees": "without" after the keyword, whatever it speaks about
        after_without = any(c.kind == "without" and c.text.lower() == "without" and c.start >= hit.end
                            and c.end <= right for c in window)
        count = self._count(hit, inside)
        sign, counted, flips = count.sign, count.counted, count.flips
        decisive = [c for c in counted if c.kind not in ("cond", "not")]
        conditional = count.conditional or self._conditional_after(hit, hits, starts, window, right) or (
            sign < 0 and refused_until(self.text, hit.end, self.end))  # "will not support it until … are resolved"
        if not decisive or len([c for c in decisive if c.kind != "open"]) > 3 or (after_without and sign < 0):
            return None  # no cue, a chain too long to read with confidence, or a refusal of only a form of it
        # "will reject the ceasefire unless Kyiv withdraws": a refusal lifted by what "unless" names, a yes on terms
        refused_unless = sign < 0 and self._refused_unless(hit, hits, starts, window)
        if refused_unless and keywords_name == KeywordsName.OPPOSITE:
            return None  # "will not accept neutrality unless …": the opposite wanted on terms, no plain stance
        if keywords_name == KeywordsName.OPPOSITE:
            counted_at = {c.start for c in counted}  # (a truce word that is a counted cue, "a pause of", is read)
            if any(t.start() not in counted_at for c in decisive if c.end <= hit.start
                   for t in _TRUCE.finditer(self.text, c.end, hit.start)):
                return None  # "agreed to a ceasefire involving … strikes on energy": the truce is what is agreed
            sign, flips = -sign, flips + 1
            if conditional and sign < 0:
                return None  # "could accept neutrality only if …": the opposite wanted on terms, no plain stance
        if refused_unless or (sign > 0 and (conditional or on_terms_for_any(self.text, decisive, hit.start))):
            stance = Stance.CONDITIONAL
        elif count.opened and all(c.kind in ("open", "pos", "ruleout") for c in decisive) and not any(
                a.kind == "open" and b.kind == "pos" and _AND_THEN.fullmatch(self.text, a.end, b.start)
                for a, b in zip(decisive, decisive[1:])):  # "will consider, and hopefully adopt, the treaty": for
            stance = Stance.OPEN
        else:
            stance = Stance.FOR if sign > 0 else Stance.AGAINST
        return Polarity(stance, tuple(counted), condition.start if wanted else decisive[0].start,  # type: ignore[union-attr]
                        flips)

    def readings(self, hit: IssueHit, hits: list[IssueHit], keywords_name: str = KeywordsName.PROPOSITION,
                 ) -> list[Polarity]:
        """The main clause's stance towards `hit` (polarity) and those of object relatives right after it."""
        main = self.polarity(hit, hits, keywords_name) or refused_relative_reading(self, hit, keywords_name)
        return ([main] if main is not None else []) + relative_readings(self, hit, keywords_name)

    def count_polarity(self, hit: IssueHit, cues: list[Cue]) -> Polarity | None:
        """For or against, from `cues` alone (a negation turning the cue after it); None without a decisive one."""
        count = self._count(hit, cues)
        decisive = [c for c in count.counted if c.kind not in ("cond", "not")]
        if not decisive:
            return None
        return Polarity(Stance.FOR if count.sign > 0 else Stance.AGAINST, tuple(count.counted), decisive[0].start,
                        count.flips)

    def _may_decide(self, hit: IssueHit) -> bool:
        """Whether the cues of the keyword's clause, as far as _cues_about's window can reach, hold one that may
        decide a stance or make a condition: without one, `polarity` is None whatever the rules below say (they
        count only such cues, and look for a condition among them), so they are not read."""
        left, right = self.clause(hit.start)
        reach = self.cues[bisect_left(self.starts, left):bisect_left(self.starts, min(right, hit.end + _REACH))]
        return any(c.kind in _DECIDING for c in reach)

    def _cues_about(self, hit: IssueHit, hits: list[IssueHit], starts: list[int]) -> tuple[tuple[Cue, ...], list[Cue], int]:
        """The cues of the clause near `hit` (its window), those of them that speak about it, and the window's end."""
        clause_left, right = self.clause(hit.start)
        left, right = max(clause_left, hit.start - _REACH), min(right, hit.end + _REACH)
        relative = OBJECT_RELATIVE.match(self.text, hit.end, right)
        if relative is not None:  # "accepted a ceasefire that Ukraine has rejected": the relative's cues are its own
            right = relative.start()  # (and its plan's noun: "ignored the truce proposal that Ukraine accepted")
        for cue in self.cues[bisect_left(self.starts, clause_left):bisect_left(self.starts, left)]:
            if cue.kind == "judged" and _JUDGED_INFINITIVE.match(self.text, cue.end):
                left = cue.start  # "it is “unrealistic” to expect Russia to … approve Kyiv's accession to NATO"
                break
        # A cue speaks about the keyword nearest to it: "will not accept peacekeepers … to monitor a truce"
        # is about peacekeepers, not the truce.
        window = self.cues[bisect_left(self.starts, left):bisect_left(self.starts, right)]
        inside = [c for c in window if c.end <= right and (not _within_a_keyword(c, hits, starts)
                                                           or acts(self.text, c.start, c.end, hit.start, hit.end))
                  and not out_of_scope(c, hit, self.text, self.start)
                  and self._speaks_about(c, hit, hits, starts)]
        # "tying it to Ukraine halting its mobilisation and Western nations suspending arms deliveries": two acts
        # coordinated before the keyword, each with its own object; only the last is about the keyword
        decisive = [c for c in inside if c.kind in ("pos", "neg", "ruleout") and c.end <= hit.start]
        dropped = {a for a, b in zip(decisive, decisive[1:]) if _AND.search(self.text, a.end, b.start)}
        dropped.update(done_to_the_act(inside, hit, self.text))  # "X's proposal for a truce was rejected by Y"
        # "wants Russia to stop the war and withdraw from Ukraine": a verb after the keyword and "and", with an
        # object of its own, is a second act, not a word about the first one's object
        dropped.update(c for c in inside if c.kind in ("pos", "neg", "ruleout") and c.start >= hit.end
                       and _AND_THEN.fullmatch(self.text, hit.end, c.start) and _OWN_OBJECT.match(self.text, c.end))
        return window, against_of_the_cue([c for c in inside if c not in dropped], self.text), right

    def _conditioned(self, hit: IssueHit, hits: list[IssueHit], starts: list[int], window: tuple[Cue, ...],
                     inside: list[Cue]) -> tuple[Cue | None, list[Cue], bool] | None:
        """The condition before the keyword, the cues to read once it is taken into account, and whether the
        holder wants what the condition names; None when the condition hides the stance."""
        # (a condition is looked for among all the clause's cues: "dependent on" speaks about what comes before it)
        condition = next((c for c in reversed(window) if c.kind == "cond" and c.end <= hit.start
                          and not _within_a_keyword(c, hits, starts)), None)
        opening = condition is not None and (condition.text.lower() in ("if", "as soon as")
                                             or opens_the_sentence(self.text, self.start, condition, hit))
        if opening and condition is not None:
            if "," not in self.text[condition.end:hit.start]:
                return None  # "would walk away if Russia rejects a ceasefire": what is feared or wanted, unsaid
                #              ("will halt its offensive as soon as Kyiv rejects NATO membership": the same)
            # "If Russia keeps the truce, Ukraine would extend it": the keyword is in the main clause, on a condition
            inside = [c for c in inside if c.start > self.text.rfind(",", condition.end, hit.start)]
            condition = Cue("cond", condition.start, condition.end, condition.text)
            inside.insert(0, condition)
        wanted = not opening and condition is not None and _WANTED.fullmatch(condition.text.lower()) is not None
        if wanted:  # (the holder is the main clause's agent, looked for before the condition: Polarity.start)
            inside = _condition_cues(condition, [c for c in inside if c is not condition])  # type: ignore[arg-type]
            if inside and inside[0].start == condition.start:  # type: ignore[union-attr]
                # "only after sanctions on <a long list> are lifted": the keyword's passive, however far, says what
                # is wanted of it; a passive that is no cue ("are reviewed") leaves it unknown
                passive = late_passive(self.text, hit.end, self.end)
                if passive is not None and not passive.kind:
                    return None
                if passive is not None:
                    inside = [Cue(passive.kind, passive.start, passive.end, self.text[passive.start:passive.end])]
        return condition, inside, wanted

    def _count(self, hit: IssueHit, inside: list[Cue]) -> _Count:
        """The cues' product: each for or against turns the sign, a negation turns the cue after it."""
        sign, counted, turned, opened, conditional, flips = 1, [], None, False, False, 0
        for cue in inside:
            if cue.kind == "not":
                turned = cue
                continue
            negated = turned is not None and (cue.start - turned.end <= _NOT_REACH
                                              or _BELIEF.match(self.text, turned.end) is not None) \
                and not negation_crosses_a_clause(self.text, turned.end, cue.start)  # "did not … when imposing"
            turned = None
            flips += negated
            if cue.kind == "cond" and cue.start >= hit.end and cue.text.lower().startswith("before"):
                continue  # "insist on a ceasefire before any talks": the keyword is what comes first, not conditioned
            if cue.kind == "cond":
                conditional = True
                counted.append(cue)
                if cue.start >= hit.end and _HINGE.fullmatch(cue.text.lower()):
                    counted.append(Cue("pos", cue.start, cue.end, cue.text))  # "the truce is dependent on …"
                if cue.start >= hit.end:
                    break  # "would accept a ceasefire if Russia stops its attacks": the condition's verbs are its own
            elif cue.kind == "open":
                opened = not negated  # "no definite position" is open; "will not discuss" is not
                if negated:
                    sign = -sign
                counted.append(cue)
            elif cue.kind == "ruleout" and negated:
                opened = True  # "did not rule out membership": open, not for
                counted.append(cue)
            elif cue.kind == "judged" and counted and not negated and (
                    counted[-1].kind == "judged" or (any(c.kind in ("neg", "ruleout") for c in counted)
                                                     and _AS_BEFORE.search(self.text, max(0, cue.start - 4), cue.start))):
                counted.append(cue)  # "is “an unrealistic objective” and an “illusionary goal”": one judgement
                # ("dismissed the plan as unacceptable", "rejected it as a ploy": the refusal's own reason)
            elif cue.kind in ("neg", "ruleout", "judged", "pos"):
                sign *= (1 if cue.kind == "pos" else -1) * (-1 if negated else 1)
                counted.append(cue)
        if turned is not None and counted and _NOT_BETWEEN.fullmatch(self.text, counted[-1].end, turned.start) \
                and turned.end <= hit.start and counted[-1].kind in ("pos", "neg", "ruleout"):
            sign = -sign  # "pledged never to join NATO", "agreed not to deploy troops": the negation after the cue
            counted.append(turned)
            flips += 1
        elif turned is not None and counted and counted[-1].kind in ("pos", "neg", "ruleout") and \
                turned.end <= hit.start and _NOT_RIGHT_BEFORE.fullmatch(self.text, turned.end, hit.start):
            sign = -sign  # "insisted that Israel will not end the war": the keyword carries its own verb
            counted.append(turned)
            flips += 1
        return _Count(sign, counted, opened, conditional, flips)

    def _refused_unless(self, hit: IssueHit, hits: list[IssueHit], starts: list[int], window: tuple[Cue, ...]) -> bool:
        """Whether an "unless" after the keyword, in its own clause, says what would lift the clause's refusal."""
        return any(c.kind == "cond" and c.text.lower() == "unless" and c.start >= hit.end
                   and not _within_a_keyword(c, hits, starts)
                   and not _OTHER_CLAUSE.search(self.text, hit.end, c.start) for c in window)

    def _conditional_after(self, hit: IssueHit, hits: list[IssueHit], starts: list[int], window: tuple[Cue, ...],
                           right: int) -> bool:
        """Whether a condition elsewhere in the sentence makes the whole clause conditional."""
        if any(c.kind == "cond" and c.start >= hit.end and not c.text.lower().startswith("before")
               and not _within_a_keyword(c, hits, starts)
               and not _OTHER_CLAUSE.search(self.text, hit.end, c.start) for c in window):
            return True  # "would agree to a ceasefire only if the West halts military aid": the whole clause
        opening = OPENING_CONDITION.match(self.text, self.start)
        if opening is not None and opening.end() <= hit.start:
            return True  # "If Russia keeps the truce throughout Easter weekend, Ukraine would extend it" (or Unless)
        # "supported the idea, but only if the US took part"
        return right < self.end and (_ONLY_IF.match(self.text, right, self.end) is not None
                                     or _BUT_NEED.match(self.text, right, self.end) is not None
                                     or condition_after_aside(self.text, right, self.end))  # "… — energy — if …"


@dataclass
class _Count:
    """What Clauses._count read from a clause's cues."""

    sign: int
    counted: list[Cue]
    opened: bool
    conditional: bool
    flips: int


#: Between an openness and a want coordinated after it: "consider, and hopefully adopt".
_AND_THEN = re.compile(r",?\s+and\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)
#: Between a keyword and a condition after it, a clause of someone else's ("a truce after Washington said it would
#: leave unless …"): the condition is not on the keyword.
_OTHER_CLAUSE = re.compile(r"\b(?:said|says|told|stated|warned|after|when|while|because|as|since|whereas|although)\b",
                           re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)
#: Conditions whose content the holder wants ("will sign only after sanctions are lifted", "in exchange for
#: security guarantees", "unless Moscow shows it is ready to stop the war"): a keyword inside one is read for
#: itself, not as conditional; a bare "if" may as well name what the holder fears.
#: A condition whose clause has a named subject of its own before the keyword: "unless Putin helps to end the war".
_NAMED_SUBJECT = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'-]*")


#: A threat before a condition set for another: the holder's penalty, not a bargain it offers.
_THREAT = re.compile(r"\b(?:impos(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)?|slap(?:s|ped|ping)?|punish\w*|"
                     r"penali[sz]\w*|retaliat\w*)\b", re.IGNORECASE)


def _terms_for_another(text: str, condition: Cue | None, hit: IssueHit) -> bool:
    """Whether a wanted condition sets terms for someone the text names ("would impose tariffs unless Moscow agrees
    to a truce"), not the holder's own ("would accept only after sanctions are lifted")."""
    found = condition is not None and _NAMED_SUBJECT.match(text, condition.end)
    return bool(found) and found.end() <= hit.start  # type: ignore[union-attr]


_WANTED = re.compile(r"only if|only (?:after|once|when)|provided that|provided|on condition|as long as|unless|"
                     r"in (?:exchange|return) for|(?:dependent|contingent|conditional|conditioned) (?:on|upon)|"
                     r"depend(?:s|ed)? on|hinges? on")


#: Between a negation and a keyword that starts with its verb ("will not end the war", "never stop the fighting").
_NOT_RIGHT_BEFORE = re.compile(r"\s+(?:[a-z]+ly\s+)?")
#: Between a cue and a negation that turns what the cue wants: "pledged never to", "agreed on Monday not to".
_NOT_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to\s+)?")


def stance_cue(text: str, start: int, end: int) -> Cue | None:
    """The first stance cue of text[start:end] (a negation or "without" alone is none)."""
    return next((c for c in Clauses.of(text, start, end).cues if c.kind not in ("not", "without", "cond")), None)
