"""Which automatic items the dashboard shows by default: those whose confidence lies in a band that was right
at least 80 % of the time on real articles the rules were not written on (issue 10).

`benchmarks/evaluate.py --dev DIR` prints, per kind, how often automatic items in each confidence band are right
on a labelled folder, and the threshold that rule gives ("hide below"). HIDE_BELOW holds the thresholds in force;
`x` in the dashboard shows the items below them too. Curated items are always shown.

Measured on main d3e40f6 (2026-12-04) against the dev set (10 real articles, this story) and 8 articles on
another negotiation (US-Iran, April 2025), both labelled by reading:
- quote attributions: >=0.6: 3/3, >=0.8: 8/9, >=0.9: 12/15 right: every band right often enough, none hidden;
- events: 3 judged, too few to tell; mentions of people: 111/112 right;
- positions: until 2026-12-05 all automatic positions carried 0.45 (28/30 right on real articles then). Since
  then a position's confidence comes from its evidence (findings.position_confidence, 0.3-0.95): how its holder
  was found (a named speaker or agent 0.8; a joint subject or a passive's agent 0.7; a role phrase or a demand on
  another side 0.65; a pronoun 0.6; a country or demonym standing for the side 0.1 less) plus 0.1 for one plain
  cue, less 0.05 for each further cue, each negation turned, an opposite-naming keyword and a conditional or
  open reading. Measured 2026-12-05 (branch positions) on three blind sets of real articles on later phases
  (Geneva/Istanbul 11, Alaska 6, Istanbul 5; sets 1 and 2 then tuned on): >=0.9: 15/17, >=0.7: 1/2, >=0.6: 2/2
  right by the labels (the three misses are "for" where the label says "conditional" or the label holds another
  side: no reversal); on the seeds, automatic positions matching a curated one with its stance: >=0.9: 11/12,
  >=0.8: 4/4, >=0.7: 4/4, >=0.6: 3/3, >=0.5: 1/1. No band with enough judged items falls below 80 %: nothing
  hidden, and the low bands are still too thin to set a threshold (MIN_JUDGED).
- positions, measured again 2026-12-05 (third session, branch positions) on three blind sets of real excerpts on
  the later phases (Black Sea/Riyadh and the Easter truce, London, the coalition of the willing, Berlin/Miami/Abu
  Dhabi: 11, 7 and 6 excerpts). Blind (each set run before the rules were changed on it; sets 2 and 3 on this
  branch as it then was): >=0.6: 0/1, >=0.7: 1/3, >=0.8: 4/6, >=0.9: 5/8 right. The misses were reversals and
  wrong holders of classes then fixed (a cue after "before …", "cease hostilities", an accusation, a passive,
  a precondition made of another side, "stumbling blocks"), which is why a high band could be wrong: the score
  says how the holder and the cue were found, not whether a class of reading is sound. After those fixes (in-
  sample): >=0.7: 6/7, >=0.8: 8/9, >=0.9: 13/13. No band with enough judged items falls below 80 % after the
  fixes; HIDE_BELOW stays 0 for positions, and the next blind set is what should move it.
- aliases (benchmarks/bands.py, an automatic spelling found for an actor): on the written articles (in-sample)
  >=0.8: 1/1, >=0.9: 50/50; none judged on the blind sets (they label positions only).
- 2026-12-07 (eleventh session): every helper reported main's bands on its blind sets before changing anything (the
  lead pooled them; docs/blind-sets.md, "Blind sets, 7 Dec"). Positions, 10 sets on this story and three other
  negotiations: >=0.5: 1/2, >=0.6: 4/5, >=0.7: 6/9, >=0.8: 9/11, >=0.9: 5/7. The 0.7 band, with enough judged items,
  is right two times in three (it was 1/3 and 1/2 in the earlier blind runs above): automatic positions below 0.8
  are hidden by default from now on (on the seeds, in-sample, that is 12 of 32 automatic positions, the 8 of them
  judged there all right: the price of not showing a reversal as a finding). Quotes, 17 sets: >=0.5: 3/3, >=0.6:
  20/22, >=0.7: 30/33, >=0.8: 64/67, >=0.9: 80/93 (most misses the right person under a partial name or a surname
  alone): none hidden. Events, 6 sets: >=0.5: 5/6, >=0.6: 7/7, >=0.7: 0/1 (right by hand), >=0.8: 5/6, >=0.9: 2/2:
  none hidden. Mentions of people: one band on main (the match score was 100 for an exact name), 246/313 right
  pooled, the misses all mentions of a made-up person ("Perhaps" + a university's name, a city) fixed since. Since
  people18 an automatic person's mentions carry the confidence of how the text introduced them (0.95 a title or
  apposition, 0.85 a full name beside a speech verb, 0.7 a name only repeated or a surname alone): on its blind set
  72/73 right, 4 judged below 0.9 (all right), too few to set a threshold; none hidden.
- 2026-12-07 (twelfth session), main's bands on the helpers' and lead's sets before any change (docs/blind-sets.md,
  "Blind sets, 7 Dec (twelfth session)"). Positions, 15 sets: >=0.6: 1/2, >=0.7: 5/5, >=0.8: 3/4, >=0.9: 5/11 by the
  labels, and on the lead's two sets on this story three more at 0.85-0.9 wrong on reading though their labels did
  not judge them ("they" taken for Ukraine, a predecessor's past policy as today's US stance, Putin's words about
  the US president given to Russia). Pooled with the eleventh session: >=0.7: 11/14, >=0.8: 12/15, >=0.9: 10/18 —
  the top band is the worst (the score says how the holder and cue were found, not whether the reading is sound),
  and no band with enough judged items above it is right 80 % of the time, so **every automatic position is hidden
  by default** (HIDE_BELOW 1.01, above any confidence; the matrix says how many, and `x` shows them marked ~). The
  classes behind the misses were fixed after measuring, which no blind set has confirmed yet (positions25's and
  positions26's held-out sets judged too few items to say); a next blind round can lower the threshold again.
  Quotes, 22 sets: >=0.5: 13/18, >=0.6: 13/17, >=0.7: 33/39, >=0.8: 69/79, >=0.9: 100/110 by the scorer; of the 9
  misses in the two lowest bands, 8 were the right person under a bare surname (people21 gives them the full name
  the article prints) and 1 a wrong speaker ("anti-X", fixed): by reading, those bands were right 34 times in 35;
  none hidden. Events, 11 sets: >=0.0: 4/4, >=0.5: 8/8, >=0.6: 10/12, >=0.7: 2/2, >=0.8: 8/9; pooled with the
  eleventh session the 0.6 band is 17/19 and the 0.8 band 13/15: none hidden (the two 0.6 misses, a footer's
  date and "set for Monday" read as past, are fixed). Mentions: one made-up person on one set ("Nippon Steel",
  a firm, fixed by people22) put its set's 0.7 band at 0/32 mentions; every other set's 0.7 band was right
  (35/35 pooled): by person, one wrong in the band; none hidden.
- 2026-12-07 (thirteenth session, positions30): a position earns 0.95 only in a strict shape
  (load/extract/strict_shape.py: a named holder at the head of a whole sentence, one stance verb, its keyword a
  few object words on; no quotation, report verb, condition, modal, clause break or second verb); every other
  automatic position is capped at 0.9. On seven blind folders (three with sides of their own, one held out) the
  strict band held 2 judged items, both right; on the seeds (in-sample) 1/1. Too few to show it (MIN_JUDGED):
  HIDE_BELOW stays 1.01 for positions until blind sets judge at least five strict items right 80 % of the time;
  0.95 is then the threshold to set (below it, the bands pooled above stay under 80 %).
- 2026-12-07 (thirteenth session, positions31-33): three helpers labelled 22 more blind folders (Chagos and
  Gibraltar, the Ethiopia-Somalia dispute and the India-China patrols, three on this story) before running main
  on them. The strict band: 4/4 and 5/5 right (none fired on this story's 51 automatic positions); pooled with
  positions30's, 11/11. The bands below it, pooled over the same rounds, stay under 80 % where enough is judged
  (e.g. 0.9-0.95: 5/8 on positions32's sets). So HIDE_BELOW for positions is 0.95: the strict shape is shown by
  default, everything else stays hidden (`x` shows it, marked ~). A next blind round that finds a wrong strict
  item narrows the shape (strict_shape.py) or puts the threshold back to 1.01. positions34 (four more folders):
  2/2 right, and one wrong under its own first issues.toml, which listed "ban" as naming the proposition; a
  ban-like keyword now earns 0.95 only when named "opposite". Pooled: 13/13 on well-formed files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from briefing.model.briefing import Briefing

Kind = Literal["quote", "event", "position", "mention", "alias"]

#: The share of items in a band that must be right for the band to be shown by default.
RIGHT_ENOUGH = 0.8
#: A band with fewer judged items than this says nothing either way and never sets a threshold.
MIN_JUDGED = 5

#: Automatic items of each kind with a confidence below this are hidden by default.
HIDE_BELOW: dict[str, float] = {"quote": 0.0, "event": 0.0, "position": 0.95, "mention": 0.0, "alias": 0.0}


def shown_by_default(kind: Kind, origin: str, confidence: float) -> bool:
    """A curated item, or an automatic one in a band that has been right often enough."""
    return origin != "auto" or confidence >= HIDE_BELOW.get(kind, 0.0)


def trimmed(kind: Kind) -> bool:
    """Whether automatic items of `kind` have a threshold to fall below."""
    return HIDE_BELOW.get(kind, 0.0) > 0


def hides_some(briefing: Briefing) -> bool:
    """Whether any automatic item of `briefing` falls below its kind's threshold (one pass over the kinds that
    have one): where none does, there is nothing for `x` to show first."""
    kinds: dict[str, tuple] = {"quote": briefing.quotes, "event": briefing.events, "position": briefing.positions}
    return any(item.origin == "auto" and not shown_by_default(kind, item.origin, item.confidence)  # type: ignore[arg-type]
               for kind, items in kinds.items() if trimmed(kind) for item in items)  # type: ignore[arg-type]


def threshold(bands: dict[float, tuple[int, int]]) -> float:
    """The lowest band edge from which every band with enough judged items is right often enough.

    `bands` maps a band's lower edge to (right, judged). Items below the returned edge would be hidden; 0.0 when
    every band with enough items is right often enough (or none has enough)."""
    edges = sorted(bands)
    failing = [e for e in edges if bands[e][1] >= MIN_JUDGED and bands[e][0] < RIGHT_ENOUGH * bands[e][1]]
    if not failing:
        return 0.0
    above = [e for e in edges if e > failing[-1]]
    return above[0] if above else 1.01  # every band fails: hide them all
