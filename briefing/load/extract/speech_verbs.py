"""The speech verbs the attribution rules read (attribution.py, quote_pairs.py, quote_context.py): the finite
verbs and participles of saying, writing and judging, and the participles whose speaker is their sentence's
subject. Split from attribution.py.
"""

from __future__ import annotations

import re

__all__ = ["PARTICIPLES", "PERFORMED", "SPEECH_VERBS", "VERB"]

#: Words after which a verb spelt as a plural noun ("states", "calls", "stresses") is the noun; one negative lookbehind each.
_NOUN_HEADS = ("the", "these", "those", "its", "his", "her", "their", "our", "all", "many", "some", "such", "other",
               "several", "repeated", "recent", "numerous", "member", "phone", "both", "no", "any", "Baltic", "Gulf",
               # adjectives of a noun's plural ("faces fresh calls to resign", "amid growing calls")
               "fresh", "renewed", "growing", "mounting", "new", "further", "louder", "increasing", "latest")
_NOT_A_NOUN = "".join(rf"(?<!\b{word}\s)" for word in _NOUN_HEADS)
#: Prepositions after which a past form is an adjective of the noun after it ("over alleged bribery").
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{word}\s)" for word in ("of", "over", "for", "on", "with", "about", "into",
                                                                     "in", "by", "from", "against", "amid"))

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|wrote|writes|warned|warns|stated|reiterated|explained|explains|"
    # the perfect of "write" ("“…,” X had written on X."): "written" alone is a participle ("a letter written by")
    "(?:had|has|have)\\s+written|"
    "insisted|insists|cautioned|stressed|noted|recalled|admitted|declared|asked|replied|responded|"
    "argued|argues|believes|believed|claimed|confirmed|emphasized|emphasised|posted|tweeted|saying|"
    # a close in the speaker's words ("“…,” the minister summarized"), as "concluded"
    "summari[sz]ed|summari[sz]es|summed\\s+up|"
    "continued|concluded|acknowledged|announced|made clear|makes clear|remarked|commented|suggested|predicted|conveyed|"
    "boasted|complained|joked|conceded|countered|quipped|observed|pointed out|went on|"
    # a manner of saying (“…,” X exulted as the crowd cheered)
    "exulted|exults|gushed|crowed|scoffed|mused|fumed|marvell?ed|"
    # a thing named in the speaker's own words: "X spoke of a “…”", "X talked of a movement “to …”" (not "spoke to
    # Y", "talked about": a topic)
    "(?:spoke|speaks|talked)(?=\\s+of\\b)|"
    "thanked|called|described|describes|praised|accused|dubbed|branded|labell?ed|termed|voiced|expressed|"
    # verbs spelt as plural nouns: not after a determiner, a quantifier or a noun they head ("all EU member states
    # that …", "ignored the many calls from X for a “…”", "his claims of a “…”")
    # (the look-ahead first: the look-behinds are tried only where one of the words stands)
    f"(?=(?:states|calls|claims|notes|recalls|stresses|vows|urges)\\b){_NOT_A_NOUN}"
    "(?:states|calls|claims|notes|recalls|stresses|vows|urges)|"
    # present tense of the past forms above ("“…,” X stresses.", the live pages' tense)
    "emphasizes|emphasises|reiterates|declares|confirms|admits|concedes|acknowledges|"
    "adding|describing|touted|touts|hailed|hails|underlined|underscored|underlines|underscores|"
    # a judgement in its own words, as "described": "X characterized the talks as “…”"
    "characteri[sz]ed|characteri[sz]es|characteri[sz]ing|"
    # "…, telling reporters: “…”", "the recording has X telling Y, “…”" (not "a telling sign")
    "telling(?=\\s+(?:him|her|them|us|me|reporters|journalists|the|[A-Z]))|"
    "calling|noting|warning|stressing|insisting|arguing|asking|challenged|"
    # a feeling voiced in its own words, set off by a comma ("…, expressing his “…”", "“…,” expressing her “…”";
    # not "a letter expressing")
    "(?:(?<=,\\s)|(?<=,[”\"’]\\s))expressing|"
    # Reporting verbs of news copy the list above lacked ("“…,” Biden began."; "X reaffirmed: “…”").
    "began|asserted|asserts|affirmed|reaffirmed|vowed|pledged|urged|revealed|recounted|mentioned|assured|lamented|"
    # a creed in its own words ("X has long professed one rule for hard times: “…”"), not the adjective ("his
    # professed aim"): after "has", "had", "long" or "often"
    "(?<=\\bhas\\s)professed|(?<=\\bhad\\s)professed|(?<=\\blong\\s)professed|(?<=\\boften\\s)professed|"
    "contended|stating|explaining|recalling|declaring|mentioning|branding|dubbing|terming|labell?ing|"
    "reaffirming|reiterating|emphasizing|emphasising|underscoring|underlining|asserting|"
    # a promise in its own words ("promised to “work closely …”", "committed to “continue …”"); a message posted
    # ("…, by posting a message on social media: / “…”": the poster's)
    "promised|promises|committed(?=\\s+(?:(?:him|her)self\\s+|themselves\\s+)?to\\s)|posting|"
    # an order in its own words, the quotation right after "to" ("X ordered the troops to “…”"); not the
    # passive, whose subject is the one ordered ("the troops were ordered to “…”")
    "(?<!\\bwas\\s)(?<!\\bwere\\s)(?<!\\bbeen\\s)(?<!\\bbe\\s)(?<!\\bis\\s)(?<!\\bare\\s)(?<!\\bbeing\\s)"
    "(?:ordered|instructed)(?=\\s+(?:[\\w’'.-]+\\s+){1,5}?to\\s+(?:[“\"‘]|$))|"
    # "X declined the request, writing that Y “…”" (a comma before it; not "in writing", "the writing on the wall")
    "(?<=,\\s)writing(?=\\s+(?:that|in|on|to)\\b)|"
    # "…,” X repeated", "X pleaded that they “…”", "“…,” X clarified"; words sung, chanted or shouted
    "repeated|pleaded|pleads|interjected|clarified|retorted|sang|chanted|shouted|singing|chanting|shouting|"
    # words mouthed, whispered or cried out ("mouthed to the jury, “…”"); a thought told in its own words, a clause
    # after "that" ("X reflected that he had “…”"; not "the verdict reflected the mood")
    "mouthed|whispered|yelled|exclaimed|(?:reflected|reflects)(?=\\s+that\\b)|"
    # a point made in its own words, a clause after "that" ("X highlighted that ties are “…”"; not "highlighted
    # the risks")
    "(?:highlighted|highlights)(?=\\s+that\\b)|"
    # a conviction in its own words, one house style's tag after a quote ("“…,” the president is convinced.")
    "(?:is|was)\\s+convinced|"
    # an expectation or a hope in the holder's words, a clause after "that" ("he expected that they would again
    # “…”", as "believes"); not the passive ("it is expected that …": no one holds it)
    "(?<!\\bis\\s)(?<!\\bwas\\s)(?<!\\bbe\\s)(?<!\\bbeen\\s)(?<!\\bare\\s)(?<!\\bwere\\s)"
    "(?:expected|expects|hoped|hopes)(?=\\s+that\\b)|"
    # a view held to or shared, a clause after "that" ("X maintained that Y is a “…”", "X seemed to agree that
    # “…”"; not "maintained contact", "agreed to"); "X agreed this “was not …”" (the clause's subject a bare
    # "this" or "it" right before the quotation's mark, read with the verb; not "agreed this week to a “…”")
    "(?:maintained|maintains|agreed|agrees|agree)(?=\\s+that\\b)|(?:agreed|agrees)\\s+(?:this|it)(?=\\s+(?:[“\"‘]|$))|"
    # a ruling read out in its own words, right before them ("Judge X ruled, “…”"; not "ruled out", "ruled that")
    "ruled(?=\\s*[,:]\\s*(?:[“\"‘]|$))|"
    # a charge in its own words ("X alleged Y “…”"; not the adjective: "the alleged “…”", "Y's alleged “…”", "over
    # alleged …"; after "and" or "or" a verb only before a clause's start: "X denied it and alleged that …", not
    # "corruption and alleged terror links")
    "(?<!\\bthe\\s)(?<!\\ban\\s)(?<!\\bits\\s)(?<!\\bhis\\s)(?<!\\bher\\s)(?<!’s\\s)(?<!'s\\s)"
    f"{_NOT_AFTER_PREPOSITION}(?<!\\band\\s)(?<!\\bor\\s)alleged|"
    "(?:(?<=\\band\\s)|(?<=\\bor\\s))alleged(?=\\s+(?:that|the|a|an|his|her|their|its|this|these|those|[A-Z“\"‘]))|alleges|"
    # "as X put it, “…”", "as X phrased it, “…”" (not "X put it to Y": a mark right after "it")
    "(?:put|puts|phrased|phrases)\\s+it(?=\\s*[,:.])|"
    # a name given with "as": "referring to it as “…”", "X referred to Y as “…”"
    "(?:referring|referred|refers)(?=\\s+to\\s+(?:[\\w’'.-]+\\s+){1,4}?as\\s)|"
    # a judgement with its words after "as": "slammed Zelensky as a “…”", "dismissed him as a “…” who “…”" (not
    # "dismissed the claim that “…”": the claim's words are someone else's)
    # the participles of "claimed", "praised" and "dismissed … as" ("with X claiming that “…”", "…, praising his
    # “…”", "…, dismissing it as “…”")
    "claiming|praising|dismissing(?=\\s+(?:[\\w’'.-]+\\s+){1,6}?as\\s)|"
    "(?:slammed|dismissed|denounced|blasted|mocked|ridiculed|decried|condemned|lambasted|critici[sz]ed)(?=\\s+(?:[\\w’'.-]+\\s+){1,6}?as\\s)|"
    # a demand named in its maker's words, the quotation right after "as": "X demanded a halt of Y as a “…”",
    # "X cited the strikes as “…”" (not "X demanded a halt, as “…” grew": no comma, the mark right after "as";
    # `$`: the attribution rules read up to the quotation's mark, as for "ordered" above)
    "(?:demanded|demands|cited|cites)(?=\\s+(?:[\\w’'.-]+\\s+){1,12}?as\\s+(?:(?:a|an|the)\\s+)?(?:[“\"‘]|$))"
)
#: Participles of words performed, not said: the subject of "X played clips of Y singing “…”" is not the singer;
#: only "…, singing “…”" after a comma (or "of Y singing") names whose the words are.
PERFORMED = frozenset({"singing", "chanting", "shouting"})
#: Participles whose speaker is the subject of their sentence ("X met Y, describing the talks as “…”", "X
#: arrived …, calling the meeting “…”").
PARTICIPLES = frozenset({"saying", "adding", "describing", "calling", "noting", "warning", "stressing", "insisting",
                          "arguing", "stating", "explaining", "recalling", "asking", "declaring", "mentioning",
                          "branding", "dubbing", "terming", "labelling", "labeling", "referring", "reaffirming",
                          "reiterating", "emphasizing", "emphasising", "underscoring", "underlining", "asserting",
                          "posting", "writing", "telling", "characterizing", "characterising", "claiming", "praising",
                          "dismissing", "expressing", *PERFORMED})
#: (Not "called" in "so-called": an adjective, no verb of saying; "the so-called “…” token, saying …" is the
#: participle's. Nor the last part of any compound adjective: "its long-stated aim", "the self-described “…”".)
VERB = re.compile(rf"(?<!-)(?<!\bso\s)\b(?:{SPEECH_VERBS})\b")
