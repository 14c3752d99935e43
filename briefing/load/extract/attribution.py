"""The attribution rules of quotes.py, each a function of the quote's surroundings and `who` (speakers.py):
said-after, verb-first, said-before, colon-before, for-name and sentence-verb here; coordinated and same-sentence
in quote_pairs.py; colon-previous, previous-sentence, continuation and paragraph-before in quote_context.py
(quotes.py's docstring says what each reads). Each returns (speaker, rule, confidence, attribution start,
attribution end), or None when it does not apply; a speaker of None with a rule means the text says who and it is
no one named (the quote stays unknown).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.according import according, participle_subject, source_before
from briefing.load.extract.addressees import addressed
from briefing.load.extract.according import clause_end as _clause_end
from briefing.load.extract.closing_verb_first import closing_verb_first
from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.joint_subjects import joint_source, joint_subject
from briefing.load.extract.participle_reach import subordinate_only
from briefing.load.extract.possessives import POSSESSIVE_MARK
from briefing.load.extract.quote_frames import ROLE_SUBJECT
from briefing.load.extract.quote_marks import quote_spans
from briefing.load.extract.relayed import relayed_after, relayed_before
from briefing.load.extract.speaker_patterns import PUT_TO_SUBJECT, UNNAMED
from briefing.load.extract.speakers import Who, sentence_index
from briefing.load.extract.speech_verbs import PARTICIPLES, SPEECH_VERBS, VERB
from briefing.load.extract.speech_verbs import PERFORMED as _PERFORMED
from briefing.load.extract.view_holders import view_holder
from briefing.load.extract.verb_subjects import unnamed_subject
from briefing.load.extract.verb_speaker import SUBORDINATE, sentence_bounds, verb_speaker

__all__ = ["NEW_SUBJECT", "PARTICIPLES", "SPEECH_VERBS", "SUBORDINATE", "VERB", "VERB_REACH", "according", "after", "before",
           "opens_sentence", "sentence_bounds", "sentence_verb", "unnamed_subject"]

#: A speech verb run into the name before it by the scrape ("…,” Foreign Minister Abbas Araqchitold reporters).
_GLUED = r"(?<=[A-Z][a-z]{3})(?=(?:told|said|says|added|wrote)\b)|(?<=[A-Z][a-z]{4})(?=(?:told|said|says|added|wrote)\b)|" \
         r"(?<=[a-z]{6})(?=(?:told|said|says|added|wrote)\b)"
#: A full stop inside a subject where no sentence ends: an honorific's ("“…,” Mr. Hegseth said") or an
#: initialism's ("“…,” the U.S. defense secretary said").
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Amb)\.\s|(?<=\b[A-Z]\.[A-Z])\.\s"
_AFTER = re.compile(
    rf"(?P<lead>[\s,;:–—-]*)(?:(?P<verb_first>{SPEECH_VERBS})\b|"
    rf"(?P<subject>(?:{_HONORIFIC}|[^“”\"\n.;]|\.(?=\S)){{1,160}}?)(?:\s+|{_GLUED})(?P<verb>{SPEECH_VERBS})\b)")
#: A speech verb anywhere: every match of _AFTER holds one, so a window without one is turned away by this guarded
#: scan (cold16: a third of _AFTER's cost) before _AFTER's subject is tried at every character of it.
_ANY_VERB = guarded(rf"(?:{SPEECH_VERBS})\b")
_THAT_CLAUSE = re.compile(r"\s+that\b")
#: Verbs of answering: a question quoted before one is someone else's.
_REPLY = re.compile(r"replied|responded|answered|retorted")
_FOR_NAME = re.compile(r"(?:^|[.!?]\s+)(?:For|According to)\s+(?P<name>[^,“”\"]{2,60}),\s*$")
#: A paragraph's label naming whose words follow, in one outlet's house style: "Quote from X: “…”", also with the
#: occasion after the name ("Quote from X when asked whether …: “…”").
_QUOTE_FROM = re.compile(r"\s*(?:Quote|QUOTE)\s+from\s+(?P<name>[^,:;“”\"\n]{2,60}?)"
                         r"(?:\s+(?:when|after|as|while|during|at|in|on)\s[^:;“”\"\n]{1,200})?:\s*")
#: A clause boundary inside what would be the subject of a speech verb after a quote.
_NEXT_CLAUSE = re.compile(r"[,;–—]\s*(?:as|while|when|whereas|although|though|because|since|after|before|but|and|"
                          r"where|if|even as|just as)\b|\b(?:as|while|whereas|but|that)\s+[A-Z]")
#: Between a speech verb and a quote after it: a clause with a subject of its own ("X vowed …, and
#: European leaders held … “…”"), so the verb is not this quote's.
NEW_SUBJECT = re.compile(r"(?:[,;–—]\s*(?:and|but)|\s(?:while|whereas|although|though|because|since|when))\s+"
                          r"(?:[A-Z]|(?:he|she|they|we|it|the|his|her|their)\b)"
                          r"|\s(?:after|before)\s+(?:[A-Z][a-z]+|he|she|they|we)\s+[a-z]+ed\b")
#: Right after a speech verb, a reported clause opening with a subordinate one ("X added that while the US is
#: “…”"): the subordinate clause's subject is inside what X reports, not a new subject of the sentence.
#: (a time may stand between the verb and "that": "said in December that while …", "said on Monday that if …")
_REPORTED_SUBORDINATE = re.compile(r"(?:\s+(?:in|on|last|earlier|late|early|this)\s+[A-Za-z0-9]+){0,2}"
                                   r",?\s+that\s*,?\s+(?:while|whilst|although|though|because|since|when|if)\b")


def new_subject(text: str, verb_end: int, quote_start: int) -> bool:
    """Whether a clause with a subject of its own stands between a speech verb and the quote (NEW_SUBJECT), not
    counting a subordinate clause that opens what the verb reports."""
    found = NEW_SUBJECT.search(text, verb_end, quote_start)
    if found is None:
        return False
    reported = _REPORTED_SUBORDINATE.match(text, verb_end, quote_start)
    return reported is None or found.start() >= reported.end()


_CONNECTIVE = re.compile(r"^(?:And|But|For|So|Then|Yet|Or|Also|Meanwhile|However|Indeed)\b")


#: A subject that is only a proper name, perhaps after "the" and before a noun: "the Elysee", "Downing
#: Street", "the Belem palace"; a pronoun is not one ("He claimed" after a quote whose sentence has ended).
_PROPER_SUBJECT = re.compile(r"\s*(?:the\s+)?(?!(?:He|She|They|It|We|I|You)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:\s+[a-z]+)?\s*")
_LONE_PRONOUN = re.compile(r"\s*(?:he|she|He|She)\s*")
#: Someone's someone as the subject: "his spokesman", "Reker's deputy", "their lawyers" (no one we know by name).
_OWNED_SUBJECT = re.compile(r"\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*" + POSSESSIVE_MARK + r")\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*$")


def opens_sentence(text: str, para_start: int, quote_start: int) -> bool:
    """Whether a quote opens its sentence: nothing before it in the paragraph, or a sentence's end (not a clause
    whose object it is, which a stop or a question mark inside the quote ends)."""
    lead = text[para_start:quote_start].rstrip()
    return not lead or lead[-1] in ".!?”\"’'"


def after(text: str, quote_end: int, para_end: int, inner_end: str, who: Callable[..., Who],  # noqa: ANN202
          opens: bool = True, answers: bool = False):
    """“…,” X said / “…,” said X — an attribution right after the closing mark. `opens`: the quote opens its
    sentence (else a full stop inside it ends a sentence of someone else's: "X called it “… late.” Y said …").
    `answers`: a question is put just before the quote in its paragraph."""
    if (found := relayed_after(text, quote_end, para_end, inner_end, who)) is not None:
        return found
    limit = min(para_end, quote_end + 200)
    match = _AFTER.match(text, quote_end, limit) if _ANY_VERB.search(text, quote_end, limit) else None
    if not match:
        return None
    if inner_end == "?" and _REPLY.fullmatch(match.group("verb_first") or match.group("verb") or ""):
        return None  # "… called out, “Can you …?” Trump replied, “We can.”": the question is not the replier's
    # "“Why would we?” X asked" (the quote opens its clause); not "Y asked whether it was “the last word?” X said".
    comma = "," in match.group("lead") or inner_end in ",…—-" or (inner_end in "?!" and opens)
    if match.group("verb_first"):
        # (…, and "X blamed Y for “…”, saying the Z leader was …": a participle names no speaker after it)
        if not (comma or inner_end == ".") or match.group("verb_first") in PARTICIPLES:
            return None
        stop = _clause_end(text, match.end(), para_end)
        actor, a_s, a_e = who(match.end(), stop, "first")
        if actor and joint_subject(text, a_s, a_e, match.end(), stop, who):
            return None, "quote:unnamed", 0.5, -1, -1  # "“…,” said X and Y": the words are both's
        if actor:
            return actor, "quote:verb-first", 0.9, match.start("verb_first"), a_e
        # "“…,” said an aide to X": the text says who, and it is no one named; no later rule may guess.
        named = UNNAMED.search(text, match.end(), stop) or _OWNED_SUBJECT.match(text, match.end(), stop)
        return (None, "quote:unnamed", 0.5, -1, -1) if named else None
    subject = match.group("subject")
    if _ACCORDING_SUBJECT.match(subject):
        # "“…”, according to a statement from X and Y that described …": the verb is the statement's; by two
        # people, the words are no one's we can name (one person: the according-to rule reads it).
        joint = joint_source(text, match.start("subject"), match.end("verb"), who)
        return (None, "quote:unnamed", 0.5, -1, -1) if joint else None
    words = subject.split()
    if not comma:
        # After a full stop inside the quote only a bare name may follow ("….” Trump wrote).
        if inner_end != "." or not opens or len(words) > 3 or "," in subject or _CONNECTIVE.match(subject.strip()) \
                or _THAT_CLAUSE.match(text, match.end("verb")):
            return None  # (…and "“….” Trump added that Y said …": a sentence of its own, reporting something else)
    if len(words) > 25 or _NEXT_CLAUSE.search(subject) or _RELATIVE_BREAK.search(subject) \
            or _SUBORDINATE_SUBJECT.search(subject) or _JOINED_CLAUSE.match(subject) or _CAUSATIVE.match(subject):
        # "…," Trump wrote, as Zelensky said / "…", will be …, which, X explained, is / Trump called him a “…”,
        # lashing out after the Ukrainian president said …: another clause's verb
        return None
    s, e = match.start("subject"), match.end("subject")
    tail = max(subject.rfind(","), subject.rfind("–"), subject.rfind("—"))
    if tail >= 0 and subject[tail + 1:].strip() and len(subject[tail + 1:].split()) <= 4:
        s = s + tail + 1  # "…, in the course of …, he said": the subject is what follows the last comma
    actor, a_s, a_e = who(s, e, "first")
    if actor is not None and joint_subject(text, a_s, a_e, s, e, who):
        return None, "quote:unnamed", 0.5, -1, -1  # "“…,” X and Y told reporters": the words are both's
    if actor is None:
        named = _no_one_named(text, s, e, answers)
        return (None, "quote:unnamed", 0.5, -1, -1) if named else None
    if addressed(text, match.start("verb"), match.end("verb"), para_end, who) == actor:
        return None, "quote:unnamed", 0.5, -1, -1  # "“…,” he told the Ukrainian leader": never that leader
    return actor, "quote:said-after", 0.92, a_s, match.end("verb")


def _no_one_named(text: str, s: int, e: int, answers: bool) -> bool:
    """Whether the subject text[s:e] of the speech verb after a quote, which names no one we know, still says
    who speaks, so no rule further down may guess (the quote before's speaker, the sentence before's)."""
    # "“…,” a senior official told CNN": no one named. "“…,” the Elysee added": a name we do not know as a
    # person (a palace, an office). "“…,” she said" with no one the pronoun plainly points to.
    # "Y asked whether …: “…,” the special envoy replied": a role no one holds here answers Y; not Y.
    return bool(UNNAMED.search(text, s, e) or _PROPER_SUBJECT.fullmatch(text, s, e)
                or _LONE_PRONOUN.fullmatch(text, s, e) or _OWNED_SUBJECT.match(text, s, e)
                or (answers and ROLE_SUBJECT.fullmatch(text, s, e)))


_ACCORDING_SUBJECT = re.compile(r"\s*according to\b")
#: A participle that makes someone else act, opening what would be the subject: "…,” prompting X to look round and
#: say …": X is the participle's object and "say" an infinitive; the quote before is not X's.
_CAUSATIVE = re.compile(r"\s*(?:prompting|leading|causing|forcing|pushing|spurring|moving|inviting|urging|asking|"
                        r"getting|making|letting|leaving)\s")
#: A subject opening with a conjunction ("“…”, and the US president said “…”"): a clause of its own after the quote.
_JOINED_CLAUSE = re.compile(r"\s*(?:and|but|while|whereas|yet|or|so)\s")
#: A subordinate clause opening inside what would be the subject of a speech verb after a quote ("…,” lashing out
#: after the Ukrainian president said): the verb is that clause's, its subject not this quote's speaker.
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:after|before|while|when|because|since|although|though|whereas|until|once|"
                                  r"unless)\s+(?:the|a|an|his|her|their|[A-Z][\w’'-]*)\b")


#: A participle inside what a finite verb reports, with a subject of its own and no comma before it ("X wrote
#: that critics kept saying “…”"): the participle is not the finite verb's subject's ("X said …, adding" is).
_REPORTED_PARTICIPLE = re.compile(r"\bthat\s+[^,;:–—“”\"]*$")


#: A participle right after a person named by a common noun with its article ("… to a letter from a Green senator
#: calling the budget a “…”", "an aide describing it as “…”"): a reduced relative on that noun, whose words the
#: quote is, not the finite verb's subject's ("X posted on social media calling Y …" has no such noun).
_NOUN_PARTICIPLE = re.compile(r"\b(?:an?|the|one|another)\s+(?:[A-Z][\w'’-]*\s+|[a-z]+\s+){0,2}"
                              r"(?:MP|lawmaker|legislator|senator|congressman|congresswoman|councillor|councilor|"
                              r"official|critic|rival|opponent|member|analyst|commentator|politician|activist|"
                              r"protester|resident|voter|supporter|adviser|advisor|aide|candidate|columnist|"
                              r"pundit|rapper|singer|neighbou?r|witness|lawyer|attorney|prosecutor)\s+$")


def before(text: str, sentences, para_start: int, quote_start: int, who, earlier,  # noqa: ANN001, ANN202, PLR0913
           persons: frozenset[str] = frozenset()):
    """X said: “…” / X reiterated “…” / Lavrov was optimistic: “…” / For Shamiev, “…”. `earlier`: the quote
    before this one in the paragraph, if any (the window starts after it); `persons`: the article's people (a
    "For X, <clause> “…”" opening gives X's words only when X is one)."""
    window_start = sentence_bounds(sentences, quote_start, para_start)
    for _os, oe, _qs, _qe in earlier:
        window_start = max(window_start, oe)
    # A semicolon ends a clause: a speech verb or a name before it is another clause's ("While X says …,
    # Hamas stands by …; president-elect: ‘…’"), not this quote's.
    window_start = max(window_start, text.rfind(";", window_start, quote_start) + 1)
    lead = text[window_start:quote_start]
    source = source_before(text, window_start, lead, who)
    if source is not None:
        return source
    if (found := relayed_before(text, window_start, quote_start, who)) is not None:
        return found
    for_name = _FOR_NAME.search(lead) or _QUOTE_FROM.fullmatch(lead)
    if for_name:
        actor, a_s, a_e = who(window_start + for_name.start("name"), window_start + for_name.end("name"))
        if actor:
            return actor, "quote:for-name", 0.75, a_s, a_e
    if (found := view_holder(window_start, lead, who, persons)) is not None:
        return found
    verb = finite = None
    for verb in VERB.finditer(text, window_start, quote_start):
        finite = verb if verb.group(0) not in PARTICIPLES else finite
    own = participle_subject(text, window_start, verb, who) \
        if verb is not None and verb.group(0) in PARTICIPLES else None
    if own is not None and len(text[verb.end():quote_start].split()) <= 30 \
            and not new_subject(text, verb.end(), quote_start):
        # "…, while X, calling him “…”", "with X describing it as “…”": the participle's own subject
        return own[0], "quote:said-before", 0.8, own[1], verb.end()
    if verb is not None and verb.group(0) in _PERFORMED and text[verb.start() - 2:verb.start()] != ", ":
        # "… play clips of politicians singing “…”": the singers, whom no one names (a name right before the
        # participle, "of Y singing", is read above)
        return None, "quote:unnamed", 0.5, -1, -1
    if verb is not None and verb.group(0) in PARTICIPLES and finite is None and earlier and earlier[-1][1] == window_start:
        # "…, in which Y stated “Q1,” emphasizing that “Q2”": the participle shares the finite verb before Q1
        # (Q1's own sentence: a full stop inside Q1 must not hide its verb; linear)
        s_start = max(sentence_bounds(sentences, earlier[-1][0], para_start), earlier[-1][0] - VERB_REACH)
        finite = next((v for v in reversed(list(VERB.finditer(text, s_start, earlier[-1][0])))
                       if v.group(0) not in PARTICIPLES), None)
        window_start = s_start if finite is not None else window_start
    if verb is not None and verb.group(0) in PARTICIPLES and finite is not None and finite.end() <= verb.start() \
            and _others_participle(text, finite, verb):
        return None, "quote:unnamed", 0.5, -1, -1
    participle = verb
    if verb is not None and verb.group(0) in PARTICIPLES and finite is not None \
            and not (finite.group(0) == "asked" and PUT_TO_SUBJECT.search(text, max(0, finite.start() - 8), finite.start())):
        verb = finite  # "“…,” he said, adding: “…”": the finite verb's subject (not "when asked by Y …, saying")
    # "X said he was “…” when Y did Z, adding that …": the subordinate clause's subject is not the participle's
    past_clause = participle is not verb and not new_subject(text, participle.end(), quote_start) \
        and subordinate_only(text, verb.end(), participle.start())
    if verb is not None and len(text[verb.end():quote_start].split()) <= 30 \
            and (past_clause or not new_subject(text, verb.end(), quote_start)):
        decided, found = verb_speaker(text, sentences, para_start, window_start, verb, quote_start, who)
        if decided:
            return found
    return _colon_before(window_start, quote_start, who) if lead.rstrip().endswith(":") else None


def _colon_before(window_start: int, quote_start: int, who):  # noqa: ANN001, ANN202
    """"Lavrov was optimistic: “…”": the one person before the colon, or no one when two could be the subject."""
    actor, a_s, a_e = who(window_start, quote_start, "last")
    if actor and who(window_start, quote_start, "first")[0] != actor:
        # "X and Y issued a joint statement: “…”", "X met Y and was upbeat: “…”": two people could be the
        # subject and no speech verb says which. Unknown.
        return None, "quote:unnamed", 0.5, -1, -1
    if actor:
        return actor, "quote:colon-before", 0.8, a_s, a_e
    return None


def _others_participle(text: str, finite: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether the participle after the finite verb is someone else's: "X wrote that critics kept saying “…”"
    (the critics' words), "X said …, ignoring a letter from a senator calling Y a “…”" (the letter's)."""
    return _REPORTED_PARTICIPLE.search(text, finite.end(), verb.start()) is not None \
        or _NOUN_PARTICIPLE.search(text, max(finite.end(), verb.start() - 60), verb.start()) is not None


VERB_REACH = 400


#: Between a quote and a speech verb later in its sentence: a relative clause with the attribution inserted
#: in it (", which, Borrell explained, is …"): the verb is that clause's, not the quote's.
_RELATIVE_BREAK = re.compile(r",\s*(?:which|who|that|when|where|whereas)\s*,")


#: A name in apposition, the last thing before the verb: "…, the U.S. defense secretary, Pete Hegseth, said".
_APPOSED_NAME = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s*")


def _subject_start(text: str, left: int, verb_start: int) -> int:
    """Where the subject of a verb after a quote begins: after the last comma or dash before it ("…” in the
    course of …, he said"); when the verb follows a comma, the subject is the phrase set off by the commas
    before it, and a bare name there is the subject's own ("…, the defense secretary, Pete Hegseth, said": not
    a name further back, "…that President Trump wants, …")."""
    segment = text[left:verb_start]
    body = segment.rstrip()
    if body.endswith(","):
        body = body[:-1]
        last = max(body.rfind(","), body.rfind("–"))
        if last >= 0 and _APPOSED_NAME.fullmatch(body, last + 1):
            return left + last + 1
        return left
    cut = max(segment.rfind(","), segment.rfind("–"))
    return left + cut + 1 if cut >= 0 and segment[cut + 1:].strip() else left


#: A sentence opening with a subordinate clause: a quote inside it, before the clause's comma, is what the
#: clause is about ("When pressed on X’s proposal for a “…” to …, Y dismissed it"), not the main verb's words.
_LEADING_SUBORDINATE = re.compile(r"\s*(?:When|While|Whilst|If|After|Before|Although|Though|As|Once|Until|Unless|"
                                  r"Asked|Pressed|Questioned)\b")


def _verb_before(text: str, start: int, quote_start: int) -> bool:
    """Whether a speech verb stands in text[start:quote_start] outside quotes ("X called the show “…”")."""
    quoted = [(a, b) for a, b, _x, _y in quote_spans(text, start, quote_start, 1)]
    return any(not any(a <= v.start() < b for a, b in quoted) for v in VERB.finditer(text, start, quote_start))


#: Right after a speech verb, its own quotation: "X said “…”", "X said: “…”", "X said that “…”", in a clause of
#: its own after the quote.
_OWN_QUOTE = re.compile(r"[ \t]*(?:[,:]|that)?[ \t]*[“\"‘]")
#: A new clause joined after the quote ("…” on Monday, and X said …"; not the split "“…” X said, “…”").
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|yet|while|whereas|as)\s")


def sentence_verb(text: str, sentences, quote_start: int, quote_end: int, who):  # noqa: ANN001, ANN202
    """A speech verb later in the sentence, outside quotes: "…“worse than …” in the course of …, he said."."""
    index = sentence_index(sentences, max(quote_end - 1, 0))
    if index is None:
        return None
    s_start = sentences[index][0]
    if s_start <= quote_start and _LEADING_SUBORDINATE.match(text, s_start) and "," not in text[s_start:quote_start]:
        return None
    if _verb_before(text, max(s_start, quote_start - VERB_REACH), quote_start):
        return None  # "X called it “…” and “…”, before Y said …": the object of X's verb (X unknown), not Y's
    # Within VERB_REACH characters: a verb further on is not this quote's (and the pass stays linear).
    e = min(sentences[index][1], quote_end + VERB_REACH)
    quoted = [(a, b) for a, b, _x, _y in quote_spans(text, quote_end, e, 1)]
    for verb in VERB.finditer(text, quote_end, e):
        if any(a <= verb.start() < b for a, b in quoted):
            continue
        if _RELATIVE_BREAK.search(text, quote_end, verb.start()):
            return None  # "“…”, will be …, which, Borrell explained, is …": the verb is the relative clause's
        if _OWN_QUOTE.match(text, verb.end()) and _NEW_CLAUSE.search(text, quote_end, verb.start()):
            return None  # "… the “…” on Monday, and X said “…”": the verb's own quote follows it, not this one
        if "?" in text[quote_end - 2:quote_end] and _REPLY.fullmatch(verb.group(0)) or \
                "." in text[quote_end - 2:quote_end] and _THAT_CLAUSE.match(text, verb.end()):
            return None  # "“Can you …?” Trump replied": not the replier's; "“….” X added that …": another report
        left = max([quote_end] + [b for a, b in quoted if b <= verb.start()])
        left = _subject_start(text, left, verb.start())
        actor, a_s, a_e = who(left, verb.start(), "first")
        if actor is None and (closing := closing_verb_first(text, left, verb, sentences[index][1], who)):
            actor, a_s, a_e = closing  # "The plan is “…” for now, said Senator X."
        if actor is not None:
            return actor, "quote:sentence-verb", 0.7, a_s, max(a_e, verb.end())
        return None
    return None
