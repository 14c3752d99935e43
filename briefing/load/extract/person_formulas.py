"""The formulas news text introduces a person with, for people.py: a title before the name or before a comma,
an apposition after it, a speech verb beside it, a transcript's label line, kin words, a regnal number; and the
contexts that say a name is no one introduced (the object of a preposition, a reported clause's subject, a
group at a sentence's start). Each is one compiled pattern, matched in a bounded window around a name.
"""

from __future__ import annotations

import re

from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.name_words import NATIONAL_NOUNS, PARTICLE, TITLES, is_title

__all__ = ["AGE_BEFORE", "AGE_BRACKET", "BRACKET_APPOSITION", "BULLET_BEFORE", "EPONYM", "NATIONAL_BEFORE", "MONTH_BEFORE", "NICKNAME_AFTER", "NICKNAME_BEFORE", "nickname_before", "NUMBERED_THINGS", "COPULA_TITLE_BEFORE", "CROWNED_BEFORE", "AFTER_PREPOSITION", "APPOSITION", "INVERTED", "KIN_APPOSITION", "KIN_BEFORE", "KIN_COMMA_BEFORE", "KNIGHTED_BEFORE", "LABEL", "LIST_ITEM_END", "TIMED_LABEL", "TIMESTAMP", "OBJECT_OF", "PAIR_FIRST", "PAIR_FIRST_AFTER", "PAIR_SECOND", "PARTICLES_BEFORE", "PLURAL_GROUP", "PLURAL_LIST", "plural_pair", "REGNAL", "REPORTED_SUBJECT", "RESPECTIVELY", "SENTENCE_START", "SUCH_AS", "TITLE_BEFORE", "TITLE_COMMA_BEFORE", "TITLE_FOR", "UNCLOSED_APPOSITION", "VERB_AFTER", "seat_words", "VERB_BEFORE", "WINDOW"]

#: A title ending right before a name ("… Prime Minister ", "national security adviser ").
TITLE_BEFORE = guarded(rf"(?i:\b(?P<title>{TITLES}))[ \u00a0]$")
#: After a name: ", (a|the)? … title … ," — the title within the first eight words of the apposition (a name in
#: quotation marks may follow it: "…, the leader of the pro-Russian “X” party, …"). The role ends at a relative
#: pronoun or a finite verb: "X, House Democratic Leader who decried …", "X, the House Speaker was crucial in …"
#: (the rest is the sentence's, not the role's; so is what follows a spaced dash: "X, a party aide - have …").
APPOSITION = re.compile(
    rf",[ \u00a0](?P<role>(?:[\w.’'-]+[ \u00a0]){{0,7}}?(?i:(?:{TITLES}))\b"
    rf"(?:(?:[ \u00a0]+(?:of|for|to|on|the|and|[A-Z][\w.’'-]*)){{0,8}}"
    r"(?=[ \u00a0]+(?:who|whose|which|that|was|is|were|are|has|had|have|will|would)\b)"
    rf"|(?:(?![ \u00a0][-–—][ \u00a0])[^,.;:“”\"()\n]|[“\"][^,.;:“”\"()\n]{{1,30}}[”\"]){{0,60}}"
    rf"(?=[,.;)]|[ \u00a0][-–—][ \u00a0]|$)))")
#: A role in brackets right after a name, its title within the first four words: "Zhou Jianmin (Deputy Director
#: of the Logistics Department)", "Wang Lifan (Commander of the Northern Fleet)".
BRACKET_APPOSITION = re.compile(
    rf"[ \u00a0]\((?P<role>(?:[\w.’'-]+[ \u00a0]){{0,3}}?(?i:(?:{TITLES}))\b[^()\n]{{0,80}}?)\)")
#: An apposition the scrape or the writer did not close before the speech verb: "X, Head of Research at Y Capital
#: said “…”" (the title within the first four words, then capitalised words and "of", "at", "for", "the", "and").
#: Read only for a name that opens its sentence: after "When A met X," or "According to X," the words after the
#: comma are the subject of a clause of their own.
UNCLOSED_APPOSITION = re.compile(
    rf",[ \u00a0](?P<role>(?:[\w.’'-]+[ \u00a0]){{0,3}}?(?i:(?:{TITLES}))\b"
    rf"(?:[ \u00a0]+(?:of|for|to|on|at|the|and|[A-Z][\w.’'-]*)){{0,8}})"
    r"(?=[ \u00a0]+(?:said|says|told|added|adds|wrote|stated|noted|explained|warned)\b)")
#: A title and a comma right before a name: "the French president, Emmanuel Macron; the Italian prime
#: minister, Giorgia Meloni; and …" (the role is up to three words after "the" and before the title), "the
#: president of the National Farmers' Union (NFU), Tom Bradshaw, said" (an organisation and its acronym),
#: "Haiti's Permanent Representative to the UN, Ericq Pierre, called" (a country's possessive for "the"; a
#: person's, "his finance minister, X,", places no one: whose "his" is, the reader decides), "the
#: Special Envoy on Foreign Investment and Economic Cooperation, X" (a portfolio after "on"). No second article
#: among the words before the title: "both the premier and the president, X," is the president's title alone.
TITLE_COMMA_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<role>(?:(?i:the|his|her|their)|[A-Z][\w.-]*[’']s)[ \u00a0]"
    rf"(?:(?!(?i:the|a|an)[ \u00a0])[\w.’'-]+[ \u00a0]){{0,3}}?(?i:{TITLES})"
    rf"(?:[ \u00a0](?:to|of|for|on)[ \u00a0](?:the[ \u00a0])?[A-Z][\w.’'-]*"
    rf"(?:[ \u00a0](?:(?:of|for|and|on)[ \u00a0])?[A-Z][\w.’'-]*){{0,5}})?(?:[ \u00a0]\([A-Z]{{2,10}}\))?),[ \u00a0]$")
SPEECH = (r"said|says|told|added|adds|wrote|warned|stated|noted|explained|insisted|stressed|declared|"
          r"argued|argues|conceded|concedes|acknowledged|acknowledges|admitted|admits|(?:was|is)[ \u00a0]quoted[ \u00a0]as[ \u00a0]saying")
#: What may follow a name introduced by "the <title>, ": the end of a list item or a clause, or a speech verb.
LIST_ITEM_END = re.compile(rf"(?:[,;.:)!?]|[ \u00a0]+(?:and|or)\b|[ \u00a0]+(?:{SPEECH})\b|[ \u00a0]*$)")
#: A post-nominal between a name and its speech verb: "Karen Boyle MP said" (a member of a parliament; the
#: post-nominal is the person's title).
POST_NOMINAL = r"(?:[ \u00a0](?P<post>MP|MEP|MSP|MLA|TD))?"
VERB_AFTER = re.compile(rf"{POST_NOMINAL},?[ \u00a0](?:{SPEECH})\b")
#: A party's name before a post-nominal ("Plaid Cymru MP said"): no one's name.
_PARTY_WORDS = frozenset({"Party", "Labour", "Conservative", "Conservatives", "Tory", "Tories", "Democrat",
                          "Democrats", "Democratic", "Republican", "Republicans", "Liberal", "Unionist"})
_PARTY_NAMES = frozenset({"plaid cymru", "sinn féin", "sinn fein", "lib dem", "lib dems", "reform uk",
                          "green party", "fianna fáil", "fianna fail", "fine gael", "alba party"})
#: An article or a determiner before a name and a post-nominal: "the Hull West MP", "one Labour MP" are roles.
_ROLE_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|one|another|each|every|any|no|his|her|their|its))[ \u00a0]+$")


def seat_words(text: str, floor: int, n_start: int, words: tuple[str, ...]) -> bool:
    """Whether the capitalised words before a post-nominal ("… MP said") are a seat's place or party, not a
    name: one word, a determiner before them ("The Hull West MP", "One Labour MP"), or a party ("Plaid Cymru")."""
    return len(words) < 2 or _ROLE_ARTICLE.search(text, max(floor, n_start - 10), n_start) is not None \
        or bool(_PARTY_WORDS.intersection(words)) or " ".join(words).lower() in _PARTY_NAMES
#: A speech verb right after the name, no comma between ("…, Ali Demir said"), and a word in lower case right before
#: a title: "X met the prime minister, Ali Demir said" is a clause whose object is the office and whose source is
#: the name; the office is not that name's (`object_then_source`).
_SPEECH_RIGHT_AFTER = re.compile(rf"[ \u00a0]+(?:{SPEECH})\b")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*[ \u00a0]+$")


def object_then_source(text: str, floor: int, role_start: int, n_end: int, end: int) -> bool:
    """Whether a title before a comma and the name after it are an object and the source of a clause ("met the
    prime minister, Ali Demir said"), not an office and its holder ("The prime minister, Ali Demir, said")."""
    return _SPEECH_RIGHT_AFTER.match(text, n_end, end) is not None \
        and _LOWER_WORD_BEFORE.search(text, max(floor, role_start - 40), role_start) is not None
#: "said Meloni" — but not "told Euractiv": who is told is the listener.
VERB_BEFORE = re.compile(r"\b(?:said|says|added|adds|wrote|warned|noted|explained|insisted|stressed|declared)[ \u00a0]$")
#: A transcript's label line naming a speaker in capitals, with a role after a comma:
#: "LEILA FADEL, HOST:", "MARCO RUBIO:" (two words or more: one alone is a surname, see quotes.py).
LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){1,3})(?:, (?P<role>[A-Z][A-Z ]{1,40}))?:")
#: A transcription service's label alone on its line, the turn on the lines after it: "Karoline Leavitt (03:25):",
#: "Speaker 2 (00:00):" (a speaker it could not name). `TIMESTAMP`: a time alone on its line inside a turn ("(04:27)").
_TIME = r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)"
TIMED_LABEL = re.compile(rf"[ \t]*(?P<name>Speaker \d{{1,2}}|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,3}}) {_TIME}:[ \t]*")
TIMESTAMP = re.compile(rf"[ \t]*{_TIME}[ \t]*")
PARTICLES_BEFORE = re.compile(rf"(?<![\w.’'-])(?:{PARTICLE}[ \u00a0]){{1,2}}$")

#: After a name that follows "said": the rest of a reported clause whose subject it is ("said Belgrade and
#: Pristina had …", "said Moscow would …").
REPORTED_SUBJECT = re.compile(r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+[A-Z][\w’'-]*)?[ \u00a0]+(?:had|has|have|was|were|is|are|"
                               r"would|will|could|should|must|may|might|can|did|does|do|wanted|wants|needed|needs)\b")
#: Who a person is to someone, in lower case, before a name or in an apposition: "hostage Tsachi Idan",
#: "Adam Ma’anit, the British cousin of …," (people.py only: these are no titles a speaker is named by).
KIN = (r"(?:hostage|captive|detainee|cousin|brother|sister|mother|father|son|daughter|wife|husband|widow|widower|"
        r"uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|"
        # who they are to others or what they do: "her ally Edmundo …", "Hungarian author Laszlo …"
        r"ally|rival|critic|opponent|successor|predecessor|author|writer|novelist|poet|activist|campaigner|"
        r"lawyer|businessman|businesswoman|billionaire|entrepreneur|reporter|veteran|"
        # what politics calls a newcomer or a rebel: "young firebrand Jo Roe", "party hardliner Ann Doe"
        r"firebrand|hardliner|maverick|newcomer|"
        # who they are beside another, or at an event: "his deputy, Jo Roe", "moderator Ann Doe asked"
        r"deputy|moderator|interviewer|classmate|colleague|friend|"
        # a trade or a calling: "former professional footballer Jo Roe", "opposition politician Ann Doe"
        r"footballer|athlete|singer|actor|actress|artist|musician|filmmaker|politician|oligarch|tycoon|banker|"
        r"philanthropist|blogger|cleric|priest|rabbi|imam|"
        # who they are in a crowd: "a farmer from the north", "law student Jo Roe"
        r"farmer|student|teacher|pensioner|retiree|worker|vendor|doctor|nurse|engineer|protester|demonstrator|"
        # a ruler's kind or a politician's leaning: "former dictator Jo Roe", "far-right Ann Doe", "conservative X"
        r"dictator|strongman|autocrat|far-right|far-left|hard-right|hard-left|ultra-?conservative|conservative|"
        r"liberal|leftist|centrist|cent(?:re|er)-right|cent(?:re|er)-left|left-wing|right-wing|socialist|"
        r"communist|nationalist|populist|"
        # what a court or the police call them: "attack suspect Jo Roe", "a Pakistani-American terrorist"
        r"suspect|accused|convict|fugitive|terrorist|militant|dissident|"
        # who runs in an election: "presidential candidate Jo Roe", "satirical contender Ann Doe"
        r"candidate|contender|challenger|nominee)")
#: A plural title or calling before two names joined by "and" ("suspects Jo Roe and Ann Doe", "ministers A and
#: B"): right before the first (which "and" and a capital follow), or before the first name and "and" (the
#: second's); the plural word is the role of both.
_PLURAL_CALLING = rf"\b(?P<role>(?i:{TITLES})s|{KIN}s)[ \u00a0]"
PAIR_FIRST = re.compile(_PLURAL_CALLING + "$")
PAIR_FIRST_AFTER = re.compile(r"[ \u00a0]and[ \u00a0][A-Z]")
_LISTED = r"(?:[A-Z][\w’'.-]*[ \u00a0]){0,2}[A-Z][\w’'.-]*"
#: A later name of a list after a plural calling: "suspects A and B", "Senators A, B and C" (B and C).
PAIR_SECOND = re.compile(_PLURAL_CALLING + rf"(?:{_LISTED},[ \u00a0]){{0,4}}(?:{_LISTED},?[ \u00a0]and[ \u00a0]|"
                         rf"{_LISTED},[ \u00a0])$")
#: A plural title or calling, a colon (or a dash) and a list of names before the name: "three prime ministers: Jo
#: Roe, Ann Doe and …", "Four policymakers—Jo Roe, Ann Doe and …" (each name before it of two to four capitalised words; the plural word is the role of all).
PLURAL_LIST = re.compile(rf"\b(?P<role>(?i:{TITLES})s|{KIN}s)(?::[ \u00a0]|[ \u00a0]?[—–][ \u00a0]?)"
                         r"(?:[A-Z][\w’'.-]*(?:[ \u00a0][A-Z][\w’'.-]*){1,3}(?:,[ \u00a0](?:and[ \u00a0])?|[ \u00a0]and[ \u00a0])){0,5}$")


#: Names listed before a plural calling in apposition: "Jo Roe and Ann Doe, computer scientists at …", "A, B and
#: C, three professors of …" (people39: main introduced neither). The calling is the role of each; not before
#: a speech verb ("A and B, officials said": who the officials are the text does not say).
_APPOSED_PLURAL = (rf",[ \u00a0](?:(?:the|both|two|three|four|five|fellow|all)[ \u00a0])?"
                   rf"(?P<role>(?:[a-z][\w’'-]*[ \u00a0]){{0,2}}?(?i:{TITLES})s)\b(?![ \u00a0]+(?:{SPEECH})\b)")
PLURAL_APPOSITION_AFTER = re.compile(rf"(?:,[ \u00a0]{_LISTED}){{0,4}},?[ \u00a0]and[ \u00a0]{_LISTED}{_APPOSED_PLURAL}")
LAST_OF_PLURAL_APPOSITION = re.compile(_APPOSED_PLURAL)
LISTED_BEFORE = re.compile(rf"{_LISTED}(?:,[ \u00a0]{_LISTED}){{0,4}},?[ \u00a0]and[ \u00a0]$")
#: Full names listed after a plural noun of people and "such as", "like" or "including": "big names such as A, B
#: and C", "coaches including A and B" (people39). People with no role: the noun is a group's, no one's title.
SUCH_AS = re.compile(rf"\b(?:(?i:{TITLES})s|coaches|players|stars|names|figures|athletes|celebrities)"
                     rf"[ \u00a0](?:such[ \u00a0]as|like|including)[ \u00a0]"
                     rf"(?:{_LISTED}(?:,[ \u00a0](?:and[ \u00a0])?|[ \u00a0]and[ \u00a0])){{0,6}}$")
_DASH_AFTER = re.compile(r"[ \u00a0]?[—–]")
_SPOKEN_AFTER = re.compile(rf"[ \u00a0]+(?:{SPEECH})\b")


def plural_pair(text: str, window_start: int, n_start: int, n_end: int, end: int) -> re.Match[str] | None:
    """The plural title or calling of a pair or list of names the name is one of ("suspects Jo Roe and Ann Doe",
    "three prime ministers: A, B and C")."""
    if PAIR_FIRST_AFTER.match(text, n_end, end) and (first := PAIR_FIRST.search(text, window_start, n_start)):
        return first
    if (LIST_ITEM_END.match(text, n_end, end) or _DASH_AFTER.match(text, n_end, end)) \
            and (listed := PLURAL_LIST.search(text, window_start, n_start)) is not None \
            and (":" in listed.group(0) or not _SPOKEN_AFTER.match(text, n_end, end)):
        return listed  # "three prime ministers: A, B and C", "Four policymakers—A, B and C—" (not "—A said")
    if (apposed := PLURAL_APPOSITION_AFTER.match(text, n_end, end)) is not None:
        return apposed  # "A and B, computer scientists at …": A
    if LISTED_BEFORE.search(text, max(window_start, n_start - 120), n_start) \
            and (apposed := LAST_OF_PLURAL_APPOSITION.match(text, n_end, end)) is not None:
        return apposed  # … and B
    later = PAIR_SECOND.search(text, max(window_start, n_start - 80), n_start)
    if later is not None and later.group(0)[-4:-1] != "and" and not LIST_ITEM_END.match(text, n_end, end):
        return None  # "Senators A, B said": B only as an item of the list (a comma or "and" after it)
    return later


#: A title, then a copula right before the name: "Ukraine's new prime minister is Jo Roe" (the role ends at "is").
COPULA_TITLE_BEFORE = guarded(rf"(?i:\b(?:{TITLES}))(?P<copula>[ \u00a0]+(?:is|was|will be|would be|becomes|became))"
                                 r"[ \u00a0]+$")
#: A nationality as a noun right before a name: "Swede Alfred Nobel", "Briton Jane Roe".
NATIONAL_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(NATIONAL_NOUNS))})[ \u00a0]$")
#: (and a nationality's holder: "Russian national Jo Roe", "US citizen Ann Doe": the nationality places them)
KIN_BEFORE = guarded(rf"\b(?:{KIN}|national|citizen)[ \u00a0]$")
#: A relation before the name with a comma: "the president's grandfather, Friedrich Trump," (the name then ends
#: its item, as after TITLE_COMMA_BEFORE).
KIN_COMMA_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?i:the|a|an|his|her|their|another)|[\w.-]+[’']s)[ \u00a0]"
                              rf"(?:[\w’'-]+[ \u00a0]){{0,2}}?{KIN},[ \u00a0]$")
KIN_APPOSITION = re.compile(rf",[ \u00a0](?P<role>(?:the|a|an|his|her|their)[ \u00a0](?:[\w’'-]+[ \u00a0]){{0,3}}?"
                             rf"(?:{KIN}|national|citizen|resident)"  # ("…, a Canadian national of Pakistani origin,")
                             rf"(?:[ \u00a0](?:of|from)[^,.;:“”\"()\n]{{1,60}})?)(?=[,.;)]|[ \u00a0]and[ \u00a0])")
#: An age after a name, before its apposition: "Jo Roe, 37, a farmer from …".
AGE_AFTER = re.compile(r",[ \u00a0]\d{1,3}(?=,[ \u00a0])")
#: An age as an adjective right before a name, after its title's comma: "the president, 61-year-old Jo Roe,".
AGE_BEFORE = re.compile(r"(?<![\w-])\d{1,3}-year-old[ \u00a0]$")
#: An age in brackets after a name: "Jo Roe (44) appointed as …".
AGE_BRACKET = re.compile(r"[ \u00a0]\(\d{1,3}\)(?=[ \u00a0,])")
#: One of a group, after the name: "X, one of the protest's leaders, told …", "X, one of eight suspects,".
ONE_OF_APPOSITION = re.compile(rf",[ \u00a0](?P<role>one[ \u00a0]of[ \u00a0](?:the|his|her|their|its|[\w-]+)[ \u00a0]"
                               rf"(?:[\w’'-]+[ \u00a0]){{0,3}}?(?i:{TITLES}|{KIN})s)(?=[,;)])")
#: A monarch's or a pope's regnal number after the name ("King Haakon VII", "Pope Leo XIV").
REGNAL = re.compile(r"[ \u00a0](?P<number>X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2})(?![\w’'-])")
#: A pope's or a monarch's title right before the one name they reign by ("Pope Francis", "King Abdullah"): the
#: title is part of the name, so "Francis" is no one's surname nor a given name of another.
CROWNED_BEFORE = re.compile(r"\b(Pope|King|Queen|Emperor|Empress|Tsar)[ \u00a0]$")
#: Things numbered like monarchs ("World War II", "Phase II", "Vatican II", "Title IX"): no one's name.
NUMBERED_THINGS = frozenset("""War Phase Title Vatican Bowl Apollo Part Chapter Article Section Stage Round Volume
    Act Class Category Level Type Grade Tier Mark Model Series Season Book Unit World Summit Conference Council
    Protocol Annex Schedule Division Group League Cup Games Olympics Plan Directive Treaty""".split())
#: A month that is a given name too, right before a surname ("May Golan", "June Okafor"): read as the given name
#: only where a title introduces the two.
#: A nickname in quotation marks between a given name and a surname: "Maria “Masha” Ivanova", "Elena "Lena" Roe"
#: (one or two given names, a nickname of one or two words); the name is the given names and the surname.
_NICK = r"[ \u00a0][“\"‘'][A-Z][\w.’-]*(?:[ \u00a0][A-Z][\w.’-]*)?[”\"’'][ \u00a0]"
NICKNAME_BEFORE = re.compile(rf"(?<![\w.’'-])(?P<given>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?){_NICK}$")
_NICKNAME_BEFORE_ONE = re.compile(rf"(?<![\w.’'-])(?P<given>[A-Z][a-z]+){_NICK}$")


def nickname_before(text: str, floor: int, end: int) -> re.Match[str] | None:
    """The given names and nickname right before `end` (NICKNAME_BEFORE), without a title before the one given
    name ("Senate President Ana “Bing” Reyes": "Ana", not "President Ana")."""
    nick = NICKNAME_BEFORE.search(text, floor, end)
    if nick is None or not is_title(nick.group("given").split()[0]):
        return nick
    return _NICKNAME_BEFORE_ONE.search(text, nick.start() + 1, end)


#: After a given name: its nickname and the surname's capital, or its small particles ("Ana “Bing” dela Cruz").
NICKNAME_AFTER = re.compile(rf"{_NICK}(?:{PARTICLE}[ \u00a0]){{0,2}}[A-Z][a-z]")
#: A capitalised stop word that is also a first name or a family name, right before a titled one-word name: a month
#: ("May Golan") or the Vietnamese family name "To" ("General Secretary To Binh").
MONTH_BEFORE = re.compile(r"\b(May|June|April|August|To)[ \u00a0]$")
#: A name before what is named after its bearer ("Nobel Peace Prize", "Nobel Committee", "Kennedy Center"): the
#: word alone may mean either.
EPONYM = re.compile(r"\b([A-Z][\w’'-]+)[ \u00a0]+(?:Peace[ \u00a0]+Prize|Prize|Prizes|Committee|Foundation|Center|"
                    r"Centre|Institute|Award|Awards|Memorial|Lecture|Laureate|Fund|Trust|Tower|Library|Museum|"
                    r"Doctrine)\b")
#: After ", said": a speaker named after the verb ("…, said Mark Holloway, an economist"; not "Lena Kovach, said
#: the annex …", not a weekday).
INVERTED = re.compile(r"[ \u00a0]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                       r"[A-Z][\w’'-]+(?:[ \u00a0][A-Z][\w’'-]+){0,3}(?:[,.;]|$)")
#: A preposition right before a name: "… since Brexit, said …", "… at the Example School, said …" (the name is its
#: object, not the speaker).
AFTER_PREPOSITION = re.compile(r"\b(?:since|after|before|over|about|on|to|against|under|into|than|of|at|from|for|"
                                r"with|in|by|near|outside|inside|around|across|through|beyond|within|behind|"
                                r"beside|between|among|toward|towards)[ \u00a0](?:the[ \u00a0])?$")
#: After a name in a list: more names, then "respectively" ("…, A and B respectively"): the titles pair in order.
RESPECTIVELY = re.compile(r"(?:,?[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3}){1,4},?"
                           r"[ \u00a0]+respectively\b")
#: A capitalised plural of people doing or being something ("Traders", "Residents", "Analysts", "Officials"): at a
#: sentence's start it is the common word. (A surname of that shape alone there, "Peters said", stays unknown:
#: its full name elsewhere still makes the person.)
PLURAL_GROUP = re.compile(r"[A-Z][a-z]{2,}(?:ers|ists|ants|ents|ians|ials|ors|ees|ats|ives|ics)")
#: A list item's mark before the first word of a line: "- ", "• ", "* ".
BULLET_BEFORE = re.compile(r"[ \t]*[-–•*·][ \u00a0]+")
SENTENCE_START = re.compile(r"[.!?][”\"’]?[ \u00a0]+$")
#: How far before a name its title may begin ("The president of the National Federation of … (FNSEA), ").
WINDOW = 120
#: A preposition right before a name: the name is its object ("a fund manager at Artemis noted").
OBJECT_OF = re.compile(r"\b(?:of|at|from|for|with|in|by)[ \u00a0]$")

#: A knighthood right before a name: one word after it is a given name ("Sir Keir", "Dame Sarah").
KNIGHTED_BEFORE = re.compile(r"\b(?:Sir|Dame)[ \u00a0]+$")
#: Right before a run whose only title inside is a portfolio: the rest of its title ("Under Secretary for "), or
#: a portfolio's words and a country's "of" ("Minister of Internal Affairs of (Ukraine Jo Roe)").
TITLE_FOR = re.compile(rf"(?i:\b(?:{TITLES}))[ \u00a0]+(?:for|of)[ \u00a0]+(?:the[ \u00a0]+)?"
                       rf"(?:(?:[A-Z][\w’'-]*[ \u00a0]+(?:and[ \u00a0]+)?){{1,3}}(?:for|of)[ \u00a0]+)?$")
