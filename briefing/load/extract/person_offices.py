"""The office a name is given, for person_intros.py: after the name ("X was appointed Minister of Health", "X
became finance minister", "X resigned from the position of prime minister", "X (44) appointed as Defense Minister", "X, 52, as justice minister", "X took over the
post of Minister of Digital Affairs", "X, who served as trade minister", "appoint X as Prime Minister of Ukraine") or
before it, or in brackets after it ("X (Foreign Minister)"; "A new energy
minister was also appointed, X,"; "the leader of the opposition deputies X"). Each is one compiled pattern matched once at a bounded place (linear).

Only a passive or a change of office introduces: "X named the new ambassador" is X naming someone else, so an
active "named"/"appointed" never gives X the office. The offices are those only a person holds (no "chair",
"leader", "member" or "mediator": a country becomes those too).
"""

from __future__ import annotations

import re

from briefing.load.extract.name_words import TITLES
from briefing.load.extract.person_roles import qualifiers_start

__all__ = ["office_after", "office_before"]

#: Offices only a person holds.
_OFFICE = (r"(?:prime minister|minister|secretary[- ]general|secretary|vice[- ]president|president|premier|"
           r"chancellor|ambassador|envoy|governor|mayor|spokes(?:man|woman|person)|advis[eo]r|director|"
           r"commissioner|chief|attorney[- ]general)")
#: A word before the office word, not a preposition nor "as well": "a close ally of the US ambassador" is no
#: ambassador (nor on the US side), "X, 45, as well as the director" holds no office.
_FILLER = r"(?!(?:of|to|with|for|and|or|as|from|at|by|in|on|well|than|like)\b)[\w-]+"
#: The office: "the country's new foreign minister", "Minister of Land, Infrastructure, Transport and Tourism",
#: "the defense chief" (up to five words before the office word; a portfolio's capitalised words after "of", one
#: word each between commas: "…, Yasushi Kaneko" after a portfolio is the next name).
_ROLE = (rf"(?P<role>(?:(?:the|a|an)[ \u00a0])?(?:[\w-]+[’']s[ \u00a0])?(?:{_FILLER}[ \u00a0]){{0,5}}?(?i:{_OFFICE})"
         r"(?:[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?[A-Z][\w-]+"
         r"(?:,[ \u00a0][A-Z][\w-]+(?=,|[ \u00a0]and[ \u00a0])|[ \u00a0](?:and[ \u00a0])?[A-Z][\w-]+){0,5})?)"
         r"(?![\w’'-])")
#: A passive appointment ("was appointed", "has been named … as"), a change of office ("became", "took over
#: the post of").
_GIVEN = (r"(?:(?:was|were|has[ \u00a0]been|had[ \u00a0]been|is|will[ \u00a0]be|would[ \u00a0]be|to[ \u00a0]be)[ \u00a0]"
          r"(?:(?:also|later|then|formally|officially|newly|subsequently)[ \u00a0])?"
          r"(?:appointed|named|nominated|sworn[ \u00a0]in|installed|confirmed|elected)(?:[ \u00a0]as)?|"
          r"(?:appointed|named|nominated|installed|confirmed|elected)[ \u00a0]as|"
          r"(?:also[ \u00a0])?(?:became|becomes|has[ \u00a0]become|will[ \u00a0]become)|"
          r"(?:took|takes|will[ \u00a0]take)[ \u00a0]over[ \u00a0](?:the[ \u00a0])?(?:post|role|portfolio|office|job)"
          r"[ \u00a0]of|"
          # leaving it says the person held it: "X resigned as prime minister", "… from the position of mayor"
          r"(?:resigned|has[ \u00a0]resigned|resigns|stepped[ \u00a0]down|steps[ \u00a0]down)[ \u00a0](?:as|from[ \u00a0]"
          r"(?:the[ \u00a0])?(?:post|position|office|role|job)[ \u00a0]of))[ \u00a0]")
_GIVEN_AFTER = re.compile(rf"[ \u00a0]{_GIVEN}{_ROLE}")
#: A relative clause saying which office the person held or holds: "X, who served as economic revitalization
#: minister", "X, 64, who was named foreign minister".
_WHO_HELD = re.compile(r",[ \u00a0]who[ \u00a0](?:(?:previously|formerly|once|later|also|currently|now)[ \u00a0])?"
                       r"(?:served|serves|was|is|has[ \u00a0]been|had[ \u00a0]been|became|becomes)"
                       rf"(?:[ \u00a0](?:appointed|named|elected))?(?:[ \u00a0]as)?[ \u00a0]{_ROLE}")
#: After an age ("X (70) as Foreign Minister", "X, 52, as justice minister"): "as" alone gives the office.
_AS_AFTER_AGE = re.compile(rf"[ \u00a0]as[ \u00a0]{_ROLE}")
#: "appoint X as Prime Minister of Ukraine", "named Ann Doe as Ukraine's next ambassador": "as" with no age before
#: gives the office only with a country's "of" or possessive ("as president" alone may be anyone's).
_AS_AFTER = re.compile(rf"[ \u00a0]as[ \u00a0](?P<role>(?:the[ \u00a0])?(?:[A-Z][\w-]+[’']s[ \u00a0])?"
                       rf"(?:[\w-]+[ \u00a0]){{0,2}}?(?i:{TITLES})(?:[ \u00a0]of[ \u00a0][A-Z][\w-]+)?)(?=[,.;)]|[ \u00a0]|$)")
#: An office in brackets right after the name: "X (Foreign Minister)", "X (Social and Housing Minister)", "X
#: (Minister for Fisheries)" (capitalised words before the office, "and", "of" or "for" between them; nothing else).
_BRACKETED = re.compile(rf"[ \u00a0]\((?P<role>(?:[A-Z][\w’'-]*[ \u00a0](?:(?:and|of|for)[ \u00a0])?){{0,4}}"
                        rf"(?i:{_OFFICE})(?:[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?[A-Z][\w-]+"
                        r"(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w-]+){0,4})?)\)")
#: An office given before the name, then a comma: "A new energy minister was also appointed, X,".
_GIVEN_BEFORE = re.compile(rf"(?i:\b(?:{_OFFICE}))(?P<verb>[ \u00a0]+(?:was|has[ \u00a0]been|had[ \u00a0]been)[ \u00a0]+"
                           r"(?:also[ \u00a0]+)?(?:appointed|named|nominated)),[ \u00a0]$")


def office_after(text: str, after: int, end: int, aged: bool) -> tuple[int, int] | None:
    """Where the office given to the name ending at `after` (past its age, when `aged`) is, or None."""
    stop = min(end, after + 120)
    if (given := _GIVEN_AFTER.match(text, after, stop)) is not None:
        return given.start("role"), given.end("role")
    if (given := _WHO_HELD.match(text, after, stop)) is not None:
        return given.start("role"), given.end("role")
    if not aged and (given := _BRACKETED.match(text, after, stop)) is not None:
        return given.start("role"), given.end("role")
    if aged and (given := _AS_AFTER_AGE.match(text, after, stop)) is not None:
        return given.start("role"), given.end("role")
    office = _AS_AFTER.match(text, after, min(end, after + 90))
    if office is not None and (" of " in (role := office.group("role")) or "’s " in role or "'s " in role):
        return office.start("role"), office.end("role")
    return None


#: A head's title, "of the" and a body described in lower-case words right before a name: "the leader of the
#: opposition deputies X", "the head of the presidential office X" (one to three words; not when the last names an
#: organisation, a thing or a place, whose own name would follow: "the leader of the far-right party Y Z").
_HEAD_OF_BEFORE = re.compile(r"(?P<role>(?i:\b(?:leader|head|chair(?:man|woman|person)?|president|spokes(?:man|woman|person)|"
                             r"secretary|director|chief))[ \u00a0]+(?:of|for)[ \u00a0]+the[ \u00a0]+"
                             r"(?:[a-z][\w-]*[ \u00a0]+){0,2}(?P<last>[a-z][\w-]*))[ \u00a0]+$")
#: Last words of such a body that an organisation's, a thing's or a place's name would follow.
_NAMED_NEXT = frozenset("""party parties movement group bloc alliance coalition front faction union federation agency
    newspaper paper channel network magazine daily broadcaster outlet company firm bank fund club team programme
    program show list region province state city country republic territory town village island district
    ministry committee council commission board organisation organization""".split())


def office_before(text: str, window_start: int, n_start: int) -> tuple[int, int] | None:
    """Where the office given before the name (ending at the verb; or a head's title of a body described right
    before it) is, or None."""
    floor = max(window_start, n_start - 60)
    if (given := _GIVEN_BEFORE.search(text, floor, n_start)) is not None:
        return qualifiers_start(text, window_start, given.start("verb")), given.start("verb")
    head = _HEAD_OF_BEFORE.search(text, floor, n_start)
    if head is not None and head.group("last") not in _NAMED_NEXT:
        return head.start("role"), head.end("role")
    return None
