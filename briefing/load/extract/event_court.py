"""A trial's days told by its court (events36, issue 10): "Jurors deliberated for six hours on Monday", "The jury
got the case on Friday", "Both the defence and prosecution summed up Thursday", "A Gdansk jury found him guilty on
Tuesday", "Jury deliberations are continuing on Wednesday". The jury, the judge,
the prosecutors and the defence act as groups do (event_agents.group_verb), but with a court's own verbs, each tied
to its object ("asked … questions", "denied … motion", "reached … verdict"): "found" or "asked" alone is no event.
The subject opens the sentence (after an opening phrase or a wire's dateline, as any thing's subject does); the day
is the sentence's, read by the caller with its guards (a report or a phrase of time before the day dates nothing).
"""

from __future__ import annotations

import re

_WHO = (r"(?:(?i:the|a|an)\s+)?(?:(?:[A-Z][\w.-]*|\d+-(?:person|member)|twelve|12)\s+){0,2}"
        r"(?:(?i:jury|jurors|juror|panel|judge|prosecutors?|prosecution|defen[cs]e(?:\s+(?:team|lawyers?|attorneys?))?)"
        r"|(?i:both\s+)?(?i:the\s+)?defen[cs]e\s+and\s+(?:the\s+)?prosecution|(?i:both)\s+sides)"
        # "Jurors in the Lee murder retrial …", "Jurors in Jo Lee's retrial …"
        r"(?:\s+in\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?:re)?trial)?")
_OBJECT = r"(?:[\w'’-]+\s+){0,5}?"
_ACT = (r"(?P<verb>deliberated|(?:began|resumed|ended|continued|started)(?=\s+(?:" + _OBJECT + r")?deliberat)"
        r"|(?:reached|returned|delivered|announced)(?=\s+" + _OBJECT + r"verdicts?\b)"
        r"|(?:found|convicted|acquitted)(?=\s+(?:him|her|them|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b)"
        r"|(?:asked|posed|sent|had)(?=\s+" + _OBJECT + r"questions?\b)"
        r"|came\s+back(?=\s+with\b)"
        r"|(?:got|received)(?=\s+the\s+case\b)"
        r"|delivered(?=\s+" + _OBJECT + r"(?:closing|opening)\s+(?:arguments|statements)\b)"
        r"|(?:denied|granted|rejected)(?=\s+" + _OBJECT + r"(?:motion|request|bid)s?\b)"
        r"|declared(?=\s+a\s+mistrial\b)"
        r"|(?:was|were)\s+(?:called\s+back|sent\s+home|dismissed\s+for)"
        r"|rested(?=\s+(?:its|their|his|her)\s+case\b)"
        r"|returned(?=\s+to\s+(?:court|the\s+courtroom)\b))")
_COURT = re.compile(_WHO + r"\s+(?:(?:also|then|later|again|finally|quickly|unanimously)\s+)?" + _ACT)
#: The deliberations as the thing: "Jury deliberations in the harbour trial are continuing on Wednesday".
_DELIBERATIONS = re.compile(r"(?:(?i:the)\s+)?(?i:jury\s+)?(?i:deliberations)(?:\s+in\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?"
                            r"(?:re)?trial)?\s+(?P<verb>(?:are|were)\s+continuing|continued|resumed|began|ended)\b")


def court_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """A court's act at `at` (its jury, judge, prosecutors or defence as the subject, or the deliberations), or
    None; the match's "verb" group is the act."""
    return _COURT.match(text, at, end) or _DELIBERATIONS.match(text, at, end)
