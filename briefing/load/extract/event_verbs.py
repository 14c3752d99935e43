"""The words that make a dated sentence with an actor a candidate event (split out of events.py, which reads them):
its event verbs (`EVENT_VERBS`), the words of a statement tried after them, and how much each says that something
happened (`STRONG_VERBS`, `SPEECH_VERBS`).
"""

from __future__ import annotations

import re

from briefing.load.extract.cue_scan import guarded

#: A ruling body's decision, or a candidate's filing (events27), not a participle used as an adjective ("the
#: annulled vote", "last year's annulled election", "a banned party").
_RULED = (r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!’s )(?<!'s )(?:annulled|invalidated|overturned|struck down|"
          r"disqualified|barred|banned)|(?:submitted|registered|lodged) (?:his|her|their|its) "
          r"(?:candidacy|candidature|bid|application|appeal|nomination)")
#: A strike's start, as its workers' act (events28).
_STRUCK = r"walked (?:off the job|out)|went on strike|staged an? (?:[a-z]+ )?(?:strike|walkout|stoppage)"
EVENT_VERBS = guarded(  # (cue_scan.py: a word no verb starts like turned away at once)
    r"\b(?:call(?:ed|s)?|phone call|(?:telephone |phone )?conversation|spok?e|speak(?:s|ing)?|talks?|met|"
    r"meet(?:s|ing)?|agree(?:d|s)?|"
    r"announc(?:e|ed|es)|said|says|told|suspend(?:ed|ing|s)?|attack(?:ed|s)?|launch(?:ed|es)?|sign(?:ed|s)?|"
    r"visit(?:ed|s)?|invad(?:e|ed)|invasion|annex(?:ed|ation)|reject(?:ed|s)?|rul(?:ed|es) out|postpon(?:e|ed)|"
    r"cancel(?:l?ed)?|seiz(?:e|ed)|expelled|impos(?:e|ed)|held|hold(?:s)?|arriv(?:e|es|ed|ing|al)|warn(?:ed|s)?|"
    r"accept(?:ed|s)?|propos(?:e|ed)|halt(?:ed)?|paus(?:e|ed)|shouting match|summit|(?:press|news) conference|discuss(?:ed)?|"
    r"reported|gave|give|began|begin|ended|shocked|confirmed|ruled|offensive|accus(?:e|ed|es)|issu(?:e|ed|es)|"
    r"vot(?:e|ed|es)|target(?:ed|s)?|struck|strikes?|order(?:ed|s)|approv(?:e|ed|es)|adopt(?:ed|s)?|"
    r"releas(?:e|ed|es)|demand(?:ed|s)|threaten(?:ed|s)?|vow(?:ed|s)|urg(?:e|ed|es)|criticis(?:e|ed)|criticiz(?:e|ed)|"
    r"host(?:ed|s)|(?<=\bto )host|(?<=\bwill )host|hosting|"
    r"conven(?:e|ed)|travel(?:s|l?ed)|return(?:ed|s)|unveil(?:ed|s)?|present(?:ed|s)|"
    r"withdr(?:aw|ew)|resum(?:e|ed)|dismiss(?:ed)?|refus(?:e|ed|es)|declar(?:e|ed|es)|welcom(?:e|ed|es)|"
    r"reopen(?:ed|s)?|kill(?:ed|s)?|expir(?:e|ed|es)|establish(?:ed|es)?|(?:re-?)?appoint(?:ed|s)?|re-?elected|"
    r"(?:submitted|tendered|handed in) (?:his|her|their) resignation|extend(?:ed|s)?|"
    r"ratif(?:y|ied|ies)|deploy(?:ed|s)?|creat(?:e|ed|es)|remov(?:e|ed|es)|passed|depart(?:ed|s)?|"
    r"(?:took|takes|came|went) (?:into )?effect|claim(?:ed|s)|respond(?:ed|s)?|gather(?:ed|s)?|attend(?:ed|s)?|(?<!-)elect(?:ed|s)?|"
    r"sworn in|(?:re)?captur(?:e|ed|es)|retook|retak(?:e|es|en)|regain(?:ed|s)?|took control|liberat(?:e|ed|es)|"
    r"detain(?:ed|s)?|arrest(?:ed|s)?|assassinat(?:e|ed|es)|booked into (?:the )?(?:[\w-]+ ){0,3}?(?:jail|prison|custody)|clash(?:ed|es)?|erupt(?:ed|s)?|(?:re)?sentenced|pardon(?:ed|s)?|closed|"
    r"raided|searched|brought (?:[a-z]+ )?charges|charged with|took to the streets|protested|rallied|"
    r"exchanged|swapped|complet(?:e|ed|es)|conclud(?:e|ed|es)|resign(?:ed|s)|stepped down|quit|broke out|fired|"
    r"(?<!the )(?<!a )designated|sanctioned|blacklisted|pulled|rescued|sued|filed|exploded|collapsed|caught fire|"
    r"(?:was|were) (?:admitted|rushed|taken) to (?:a |the )?hospital|hospitali[sz]ed|"
    # a crowd's hostility to a named visitor (events23): "pelted the minister with mud on Sunday"
    r"pelted|heckled|jeered|booed|"
    # a vote's or a meeting's support (events34): "the Assembly on February 24 backed a resolution", not "a
    # Ukraine-backed text", "backed by", "the supported text"
    r"(?<![-‐])(?<!the )(?<!a )(?:backed|supported|endorsed)(?! by\b)|"
    # an armed advance and a flight (events26): "rebels stormed the capital on Sunday", "inmates broke free"
    r"entered|stormed|overran|took over|swept into|fled|escaped|broke free|made (?:a|an|his|her|their) (?:[a-z]+ )?return|"
    # a strike's start (events28): "dockworkers walked off the job on Friday", "nurses went on strike"
    f"{_STRUCK}|"
    # a ruling body's decision and a candidate's filing (events27): "the court annulled the vote on December 6",
    # "the bureau on Sunday barred him", "submitted his candidacy on Friday" (not "the annulled vote", "a banned party")
    rf"{_RULED}|"
    # questioned by the press (events22): "was quizzed by reporters on Monday", "took questions from …"
    r"(?:was|were) (?:quizzed|questioned|grilled) by|(?:faced|took|fielded|answered) questions)\b",
    re.IGNORECASE,
)
#: A statement's act when the sentence has no event verb: "Trump posted on Friday that …", "X on 6 March stated
#: that …", "during his address to
#: the nation on Tuesday", "in a video message on Sunday", "Xi and Modi pledged on Sunday to …" (tried only after
#: EVENT_VERBS, so a sentence with an event verb keeps its verb and its weight).
STATEMENT_WORDS = guarded(
    r"\b(?:post(?:ed|s)?|wrote|writes|address(?:ed|es)?|speech|(?:video |televised )?message|statement|"
    r"interview|briefing|pledg(?:e|ed|es)|promis(?:e|ed|es)|stated|asserted|emphasi[sz](?:ed|es)|stress(?:ed|es)|"
    r"insist(?:ed|s)|noted|argued|denied|denies)\b", re.IGNORECASE)


def event_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> re.Match[str] | None:
    """The verb that makes text[start:end] (a sentence with a date and an actor) a candidate event: its first
    event verb outside the quotations, else its first word of a statement (STATEMENT_WORDS) outside them."""
    for pattern in (EVENT_VERBS, STATEMENT_WORDS):
        found = next((v for v in pattern.finditer(text, start, end)
                      if not any(a <= v.start() < b for a, b in quoted)), None)
        if found is not None:
            return found
    return None


#: How much an event verb says that something happened: an act, a statement, or a noun that may be neither.
STRONG_VERBS = re.compile(
    r"^(?:call(?:ed|s)?|phone call|spok?e|met|meet(?:s)?|agree(?:d|s)?|announc(?:e|ed|es)|suspend(?:ed|ing|s)?|"
    r"attack(?:ed|s)?|launch(?:ed|es)?|sign(?:ed|s)?|visit(?:ed|s)?|invad(?:e|ed)|annex(?:ed|ation)|reject(?:ed|s)?|"
    r"rul(?:ed|es) out|postpon(?:e|ed)|cancel(?:l?ed)?|seiz(?:e|ed)|expelled|impos(?:e|ed)|held|arriv(?:e|ed|ing)|"
    r"halt(?:ed)?|paus(?:e|ed)|shouting match|began|ended|invasion|issued|voted|targeted|struck|ordered|approved|"
    r"adopted|released|hosted|convened|travell?ed|returned|unveiled|withdrew|resumed|reopened|killed|expired|"
    r"established|(?:re-?)?appointed|re-?elected|(?:submitted|tendered|handed in) (?:his|her|their) resignation|"
    r"extended|ratified|deployed|created|removed|passed|departed|"
    r"(?:took|came|went) (?:into )?effect|gathered|elected|sworn in|(?:re)?captured|retook|retaken|regained|"
    r"took control|liberated|detained|arrested|assassinated|booked into (?:the )?(?:[\w-]+ ){0,3}?(?:jail|prison|custody)|clashed|erupted|(?:re)?sentenced|pardoned|closed|raided|searched|"
    r"brought (?:[a-z]+ )?charges|charged with|took to the streets|protested|rallied|exchanged|swapped|completed|"
    r"concluded|resigned|stepped down|quit|broke out|fired|pulled|rescued|sued|filed|exploded|collapsed|caught fire|"
    r"(?:was|were) (?:admitted|rushed|taken) to (?:a |the )?hospital|hospitali[sz]ed|"
    r"entered|stormed|overran|took over|swept into|fled|escaped|broke free|made (?:a|an|his|her|their) (?:[a-z]+ )?return|"
    r"annulled|invalidated|overturned|struck down|disqualified|barred|banned|"
    r"(?:submitted|registered|lodged) (?:his|her|their|its) (?:candidacy|candidature|bid|application|appeal|nomination)|"
    f"{_STRUCK})$",
    re.IGNORECASE)
SPEECH_VERBS = re.compile(r"^(?:said|says|told|posted|wrote|warn(?:ed|s)?|reported|confirmed|accept(?:ed|s)?|propos(?:e|ed)|"
                          r"discuss(?:ed)?|ruled|shocked|accus(?:ed|es)|demand(?:ed|s)|threaten(?:ed|s)?|vow(?:ed|s)|"
                          r"urg(?:ed|es)|criticis(?:ed)|criticiz(?:ed)|dismissed|refus(?:ed|es)|declar(?:ed|es)|"
                          r"welcom(?:ed|es)|claim(?:ed|s)|respond(?:ed|s))$", re.IGNORECASE)
