"""Troops leaving land: "Kyiv wants Russian troops to leave the occupied territories", "demanded that Moscow
withdraw its forces from Ukrainian territory", "refused to pull his troops out of the occupied regions", "wants
Ukrainian forces to leave the Donbas". Who leaves decides what the phrase names of the territory issue's
proposition ("Ukraine regains its occupied land"): Russia's troops leaving Ukraine's land name it, Ukraine's
leaving name the opposite (its land given up). The phrase, from the leaving force (where it is named) to the
land, is one keyword of the issue; the verb before it ("wants", "refused to", "demanded that") stays the cue,
so the holder is the one who wants or refuses, never the force told to leave.

Who leaves, in this order: a force named before the verb ("Russian troops to leave", "Moscow must withdraw");
else land said to be occupied, seized or annexed (only its occupier can leave it: "refused to withdraw from the
occupied territories"); else land said to be held by Ukraine ("withdraw from Ukrainian-held areas"). Neither: no
keyword (the land's words alone name either outcome, as issues.toml says). Land in Russia ("the Kursk region")
is not the issue's land and is not read."""

from __future__ import annotations

import re

__all__ = ["ISSUE", "HINT", "land_exits"]

#: The issue the phrase names (the bundled one; a folder's own issues lack it).
ISSUE = "territory"

#: What a sentence must hold (lower-cased) for land_exits to be asked: one scan, then the full pattern.
HINT = re.compile(r"\b(?:leav|withdr|pull|retreat|vacat|quit|get out|give back|hand back|return)")

_RUSSIAN = r"(?:Russia|Moscow|the\s+Kremlin|Putin|Russian|Russia['’]s|Moscow['’]s|Putin['’]s)"
_UKRAINIAN = r"(?:Ukraine|Kyiv|Kiev|Zelensky|Zelenskyy|Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Zelensky['’]s)"
_TROOPS = r"(?:troops|forces|soldiers|army|armed\s+forces|military|units)"
#: The force: "Russian troops", "Russia", "Moscow's forces"; then what may stand between it and the verb.
_FORCE = (rf"(?:(?P<ru>{_RUSSIAN})|(?P<ua>{_UKRAINIAN}))(?:\s+{_TROOPS})?"
          r"\s+(?:to\s+|(?P<modal>(?:must|should|would|will|can|could|(?:has|have)\s+to|needs?\s+to|is\s+to)\s+"
          r"(?:(?:not|never|ever)\s+)?))?(?:(?:fully|completely|immediately|first|also)\s+)?")
_VERB = (r"(?:leave|leaves|leaving|left|withdraw|withdraws|withdrawing|withdrew|withdrawn|pull|pulls|pulling|pulled|"
         r"retreat|retreats|retreating|retreated|vacate|vacates|vacating|vacated|quit|quits|quitting|"
         r"get\s+out|gets\s+out|getting\s+out|give\s+back|gives\s+back|giving\s+back|hand\s+back|hands\s+back|"
         r"return|returns|returning|returned)")
#: Between the verb and the land: its troops ("withdraw its forces from", "pull his troops out of"), a particle.
_BETWEEN = (rf"(?:\s+(?:(?P<own>its|his|their)|all(?:\s+(?:of\s+)?(?:its|his|their))?|the)(?:\s+remaining)?\s+{_TROOPS})?"
            r"(?:\s+(?:from|out\s+of|out|of|back))?(?:\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?)?")
_TAKEN = r"(?:occupied|seized|annexed|captured|illegally\s+annexed|Russian-occupied|Russian-held|Russian-controlled)"
_HELD = r"(?:Ukrainian-held|Ukrainian-controlled|Kyiv-held|Kyiv-controlled)"
_REGION = r"(?:Donetsk|Luhansk|Zaporizhzhia|Zaporizhia|Kherson)"
#: The land: what was taken, what Ukraine holds, Ukraine's own, or a name of it (not "the Kursk region").
_LAND = (rf"(?:(?P<taken>{_TAKEN})\s+(?:(?:parts?\s+of\s+)?Ukraine|(?:Ukrainian\s+)?(?:territor(?:y|ies)|regions?|lands?|areas|oblasts))"
         rf"|(?P<held>{_HELD})\s+(?:territor(?:y|ies)|regions?|lands?|areas|parts?\s+of\s+\w+)"
         rf"|(?:Ukrainian|Ukraine['’]s)\s+(?:territor(?:y|ies)|land|soil|regions)|Ukraine|Crimea|(?:the\s+)?Donbas+"
         r"|(?:the\s+)?four\s+(?:(?:annexed|eastern|southeastern|south-eastern|Ukrainian)\s+)?regions"
         rf"|{_REGION}(?:\s+(?:and\s+{_REGION}\s+)?(?:regions?|oblasts?))?)")
#: (Not the country as what someone is left with or out of: "left Ukraine out of the talks", "leave Ukraine alone".)
_PHRASE = re.compile(rf"(?:\b(?P<force>{_FORCE}))?\b(?P<verb>{_VERB})(?![\w-]){_BETWEEN}\s*(?P<land>{_LAND})(?![\w-])"
                     r"(?!\s+(?:out|alone|behind|with|to|for|in\s+the\s+dark|vulnerable|exposed|defenceless|defenseless)\b)",
                     re.IGNORECASE)
#: After the force's name, a word that makes it no agent of the verb ("Russian gas", "a Russian proposal to …").
_NOT_FORCE_AFTER = re.compile(r"['’]s\s+(?!troops|forces|soldiers|army|armed|military|units)", re.IGNORECASE)


#: With no force named, what must come right before the verb: the asking, refusing or promising itself ("refused
#: to withdraw", "rejected calls to withdraw", "would never leave"), so that whoever leaves is its subject (the
#: occupier of the land); not another's noun ("wants the peacekeepers to leave the occupied areas").
_ASKED_BEFORE = re.compile(r"\b(?:refus\w*|reject\w*|calls?|call(?:ed|ing)|demands?|demand(?:ed|ing)|urg\w*|agree\w*|"
                           r"ready|willing|plans?|promis\w*|pledg\w*|vow\w*|offer\w*|intend\w*|want\w*|declin\w*|"
                           r"would|will|must|should|never|not|no|any|its|a)\s+(?:to\s+)?$", re.IGNORECASE)


#: The owner of "its troops" when no force stands before the verb: the last side named before the asking verb,
#: with only lower-case words between ("Kyiv refuses to", "Putin has said he would never"), and no second name
#: joined to it ("Russia and Ukraine must withdraw their troops": whose is not one side's).
_OWNER = re.compile(rf"\b(?:(?P<ru>{_RUSSIAN})|(?P<ua>{_UKRAINIAN}))\s+(?:[a-z]+\s+){{1,6}}$")
_JOINED = re.compile(r"(?:\band|,|&)\s*$")
_BOTH = re.compile(rf"\b(?:{_RUSSIAN}|{_UKRAINIAN})(?:\s+{_TROOPS})?\s*(?:\band|,|&)\s*$", re.IGNORECASE)


def _owner(text: str, start: int, verb: int) -> str:
    """"proposition" when the troops are Russia's, "opposite" when Ukraine's, "" when the text does not say."""
    found = None
    for found in _OWNER.finditer(text, max(start, verb - 80), verb):
        break
    if found is None or _JOINED.search(text, max(start, found.start() - 8), found.start()):
        return ""
    return "proposition" if found.group("ru") else "opposite"


def land_exits(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, what it names: "proposition" or "opposite") of each phrase in text[start:end] that has troops
    leave land of Ukraine, from the force where one is named to the land."""
    found = []
    for m in _PHRASE.finditer(text, start, end):
        force = m.group("force") or ""
        if force and _NOT_FORCE_AFTER.search(force):
            force = ""
        if force and _BOTH.search(text, max(start, m.start("force") - 40), m.start("force")):
            continue  # "Russia and Ukraine must withdraw their troops": both leave, neither outcome named
        if force:
            names = "proposition" if m.group("ru") else "opposite"
        elif not _ASKED_BEFORE.search(text, max(start, m.start("verb") - 32), m.start("verb")):
            continue  # "wants the peacekeepers to leave the occupied areas": someone else leaves
        elif m.group("own") and (owner := _owner(text, start, m.start("verb"))):
            names = owner  # "Kyiv refuses to withdraw its troops from the Donbas": the asker's own troops
        elif m.group("taken"):
            names = "proposition"
        elif m.group("held"):
            names = "opposite"
        else:
            continue
        # After a modal ("Russia must leave Crimea", "Russian troops will never leave Crimea") the modal is the
        # cue, its negation with it: the phrase begins at the verb (the force still says who leaves).
        begin = m.start("force") if force and not m.group("modal") else m.start("verb")
        found.append((begin, m.end("land"), names))
    return found
