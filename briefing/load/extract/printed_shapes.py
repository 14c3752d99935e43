"""The line shapes of the printed dates that may date a text (split out of printed_dates.py, which reads them with
`date_clues`): bylines, datelines, date stamps and header date lines. Every pattern reads one line.
"""

from __future__ import annotations

import re

#: A month's name, in full or abbreviated ("Feb", "Sept", "December").
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
#: A date printed with its year: "February 18, 2025", "Feb. 18 2025", "18 February 2025", or its parts joined by
#: hyphens, the month abbreviated: "29-Dec-2024", "Dec-29-2024" (a month's name between or before the numbers: no
#: product code or range of numbers reads so).
_FULL_DATE = (rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}\.?,?\s+(?:19|20)\d{{2}}|"
              rf"(?:\d{{1,2}}-{MONTH_NAME}|{MONTH_NAME}-\d{{1,2}})-(?:19|20)\d{{2}}(?![\w-]))")
#: A dateline's place is no weekday: "Friday, 12 September, 2025" over a page is a site's date bar (a header).
_NO_WEEKDAY = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
#: A numeric date: ISO "2025-02-18", day-first "18.02.2025", or with slashes or dashes "18/02/2025" / "02/18/2025" /
#: "18-02-2025" (read only when one of the two numbers is above 12; "04/05/2025" could be either and dates nothing).
_NUMERIC_DATE = r"(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2})"
#: A time after a printed date: ", 4:38 PM ET", " at 08:44 AM ET", " 8:01 PM", " 14:05 GMT", " | 21:14".
#: An e-mail style stamp has seconds and a numeric zone ("Tue, 18 Feb 2025 10:03:58 +0200"), a syndicator's an
#: offset after the zone's name ("12 Mar 2025, 03:17 GMT+10"); some pages print the zone twice, in two names
#: ("07:09 PM EDT ET", "14:05 CET / UTC+1").
_ZONE = r"\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?"
_CLOCK_AFTER = (r",?\s*(?:[|–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
                rf"(?:,?\s*{_ZONE}(?:[ \t]*/?[ \t]*{_ZONE})?|\s*[+-]\d{{4}})?")
_TIME = rf"(?:{_CLOCK_AFTER})?"
FULL_DATE, TIME = _FULL_DATE, _TIME  # (read by printed_dates.py and update_blocks.py)
#: A time after an ISO date alone on its line: "2025-04-30 21:14", "2025-04-30 21:14:05 GMT".
_CLOCK = r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?"
#: A time before a printed date, as some pages stamp it: "2:38 PM – Friday, August 8, 2025", "05:22 PM, Jul 28, 2025".
_TIME_FIRST = r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?\s*[,–—|-]?\s*)?"
BYLINE = re.compile(
    rf"^[ \t]*(?:[-•·*][ \t]+)?(?:(?P<outlet>[A-Z][A-Za-z0-9 .&'’-]{{1,40}}?)\s*[|•·]\s*|(?P<agency>[A-Z]{{2,5}})[ \t]+)?"
    rf"(?P<word>(?i:publish(?:ed)?[ \t]+date|publication[ \t]+date|date[ \t]+published|"
    rf"published|updated|posted|last updated|first published|modified|broadcast|aired|filed|dated|"
    rf"(?:date|update)(?=\s*:))|Time(?=\s+\d{{1,2}}[:.]\d{{2}}))"
    rf"(?i:\s+date(?=\s*:))?(?: (?i:on))?[ \t]*:?\s+{_TIME_FIRST}(?:(?i:on)\s+)?(?:{_WEEKDAY})?"
    rf"(?P<date>{_FULL_DATE}|{_NUMERIC_DATE})(?:\b|(?=T\d)|(?=(?i:last updated|updated|modified)\b))", re.MULTILINE)
#: "by The Harbour Post news desk March 3, 2025 9:15 AM": an author line that ends with its date, or with an
#: update after it ("By The Site | Created at 2025-03-26 11:30 | Updated at 2025-03-29 …": the first, not the update),
#: or with the outlet's site in brackets ("by A Writer June 12, 2025 (TownNews.org)").
AUTHOR_DATE = re.compile(
    rf"^(?i:by)\s+[A-Z][^\n.!?]{{0,100}}?\s(?P<date>{_FULL_DATE}|{_NUMERIC_DATE})\b{_TIME}"
    rf"(?:\s*\([A-Z][\w.-]{{1,40}}\)(?=[ \t]*$))?(?:\s*[|•·,;]\s*(?i:last\s+)?(?i:updated|modified)\b[^\n]{{0,60}}|[^\n.!?]{{0,30}})$", re.MULTILINE)
#: A desk's or a staff writer's credit and the page's date alone on a header line, no "By" before it: "Metro Desk
#: June 4, 2025", "Staff Writer 4 June 2025 08:10", "Our Correspondent 2025-06-04" (the credit's last word a desk's
#: or a staff role's: a headline ending with a date is no credit).
DESK_DATE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:Desk|Staff[ \t]+(?:Reporter|Writer|Correspondent)|Correspondent|Bureau)"
    rf"[ \t]+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{_NUMERIC_DATE})\b{_TIME}[ \t]*$", re.MULTILINE)
#: An author's name and the page's dates: "Marta Vella  | 14.10.2025 - Update : 15.10.2025" (the first is the day
#: of publication; the update after it is not read), perhaps an initial and the time first: "Jo K. | 5:45 PM on
#: January 01, 2025".
NAME_DATE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w'’-]*\.?\s+(?:[a-z]{{1,3}}\s+)?){{1,4}}\|\s*{_TIME_FIRST}(?:(?i:on)\s+)?"
    rf"(?P<date>{_NUMERIC_DATE}|{_FULL_DATE})\b{_TIME}"
    rf"[^\n.!?a-z]*(?:(?i:update[d]?|modified)\b[^\n!?]{{0,40}})?[ \t]*$", re.MULTILINE)
#: A wire dateline: "KYIV, March 18 (Reuters)", "JEDDAH, Saudi Arabia, March 11 (Xinhua) --" (the place may name
#: its country, in brackets too: "New Delhi [India], November 14 (ANI):"), the day first ("SEOUL, 29th December,
#: 2024 (WAM) --"), or the agency between slashes: "MOSCOW, March 26. /TASS/.".
DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z ./'’-]{{1,60}}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}"
    rf"(?:\s*(?:\([A-Z][\w .'’-]{{1,20}}\)|\[[A-Z][\w .'’-]{{1,20}}\]))?)"
    rf"(?:,\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})?,\s+)?"
    rf"(?P<date>{MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}\.?)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\s*"
    rf"(?:\((?P<outlet>[A-Z][A-Za-z .&-]{{1,30}})\)|\.\s*/(?P<slashed>[A-Z][A-Za-z-]{{1,15}})/)", re.MULTILINE)
#: A dateline alone on its line, with its year: "Kyiv, 26 March 2025", "GENEVA, March 24, 2025", "Washington, D.C.
#: — July 23, 2025" (a region after the place, a dash before the date).
PLACE_DATE = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,|[ \t]+[—–-])\s+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}){_TIME}[ \t]*$",
    re.MULTILINE)
#: A place and a numeric date alone on their line, perhaps a time after it: "Mahón 14/11/2024 09:40", "Valletta,
#: 03.02.2025" (a regional site's header; the day and month told apart as `_NUMERIC_DATE` says; an edit's word,
#: "Updated 15/11/2024", is no place).
PLACE_NUMERIC = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}(?!(?i:updated|modified|edited|revised|last)\b)"
    rf"[A-Z][a-zà-ÿ'’-]+(?:[ -][A-Z][a-zà-ÿ'’-]+){{0,2}},?"
    rf"[ \t]+(?P<date>{_NUMERIC_DATE})(?:{_CLOCK})?[ \t]*$", re.MULTILINE)
#: A dateline that opens the story's first paragraph, with its year: "OSLO, April 7, 2025 — Negotiators …",
#: "KYIV, Ukraine, 18 March 2025 – …", "WASHINGTON/MOSCOW – October 22, 2025 – …" (the place in capitals, places
#: joined by a slash; the clue ends with the date), or the date and its time in brackets: "BRANTFORD, ON (June 3,
#: 2025, 6:10 AM EDT) – …" (the clue ends with the bracket).
DATELINE_DASH = re.compile(
    rf"^[ \t]*[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){{0,3}}(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,\s+|[ \t]+[—–][ \t]+|[ \t]+(?P<bracket>\())(?:{_WEEKDAY})?(?P<date>{_FULL_DATE})(?(bracket){_TIME}\))"
    rf"(?=\s*(?:--|[—–-])\s)", re.MULTILINE)
#: The same with the place in title case and a comma after it, a sentence opening after the dash: "Oslo, April 7,
#: 2025 – Negotiators …" (above the first line of prose only, as a header: under it, a timeline's entry; no
#: weekday: "Monday, April 7, 2025 –" is a date bar).
DATELINE_TITLE = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][a-z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){{0,2}}"
    rf"(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}})?,\s+(?P<date>{_FULL_DATE})"
    rf"(?=\s*(?:--|[—–-])\s+[A-Z\"“‘'])",
    re.MULTILINE)
#: A wire dateline with no year and no agency, a dash or a colon after the day: "New Delhi, Nov. 14 -- The count
#: …", "Moscow, March 14: The president …" (a place required, above the first line of prose only: under it,
#: "March 14 – Talks …" is a timeline's entry).
DATELINE_DAY = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}},\s+(?P<date>{MONTH_NAME}\.?\s+\d{{1,2}})"
    rf"(?:[ \t]+(?:--|[—–])|:)[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)
#: A dateline with a colon: "New Delhi/Leh, 21 October, 2024: India and China …" (places joined by a slash).
DATELINE_COLON = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){{0,3}},\s+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}):\s",
    re.MULTILINE)
#: The same without a place, opening the story's first paragraph: "March 14, 2025: Prime Minister …" (read only
#: when no other paragraph opens so and at most one line of prose stands above it: a timeline's entries open so
#: one after another, far into the story).
DATE_COLON = re.compile(rf"^[ \t]*{_NO_WEEKDAY}(?P<date>{_FULL_DATE}):[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)
#: The same run into the summary with no colon (events35): "Jun 27, 2025 The Supreme Court's ruling …" (read as
#: DATE_COLON is: one such paragraph only, near the head).
DATE_RUN_IN = re.compile(rf"^[ \t]*{_NO_WEEKDAY}(?P<date>{_FULL_DATE})[ \t]+(?=[A-Z][a-z]*[ \t’']|[\"“‘])", re.MULTILINE)
#: The page's day told in its text (events35): "As of today, July 1, 2025, …", "Today is Tuesday, July 1, 2025."
AS_OF_TODAY = re.compile(rf"\b(?i:as[ \t]+of[ \t]+today|today[ \t]+is),?[ \t]+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE})\b")
#: A view or comment counter after a date line's time: "● 1 532", "2,391 views" (read only after a time: a number
#: after a bare date may be a range's or a score's).
_COUNTER = r"(?:[●•·|][ \t]*)?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*(?:[ \t]+(?i:views?|reads?|comments?|shares?))?"
#: A header line that is only a date, perhaps with its weekday and time, or "on"/"in" before it ("February 13",
#: "February 12, 2025, 4:38 PM ET", "Tuesday, 18 February 2025", "- 05:22 PM, Jul 28, 2025"), or a date and time
#: with the authors after them ("24 June 2025 - 11:41 By Jane Doe and John Roe": the clue ends with the time; "02/16/2025
#: / By Jane Doe": with the date; "[June 9, 2025] By" and the authors on the next line: with the bracket), or with a later edit after them ("2 Oct, 2025 12:00 / Updated 3 weeks ago": the
#: first date and its time; the edit's words are not the clue), or a full stop after its time ("October 10, 2025 6:11
#: am PST.", events34), or a counter after its time ("12.03.2025 14:05 ● 1
#: 532": the clue ends with the time), or a bar left dangling after it ("Feb 3, 2025  |  ", a scrape's share bar).
HEADER_DATE = re.compile(
    rf"^\s*(?:[-•·]\s+)?[\[(]?{_TIME_FIRST}(?:(?i:on|in)[ \t]+)?(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)\d{{2}})"
    rf"(?:{_TIME}[\])]?\s*$|{_CLOCK_AFTER}\.[ \t]*$|{_TIME}(?=[ \t]*[|•·][ \t]*$)|{_CLOCK_AFTER}(?=[ \t]+(?i:by)[ \t]+[A-Z][^\n]{{0,80}}$)"
    rf"|(?=[ \t]*[/|•·–—-][ \t]*(?i:by)[ \t]+[A-Z][^\n]{{0,80}}$)"
    rf"|[\])]?(?=[ \t]+(?i:by)[ \t]*$)"  # "[December 09, 2025] By" (the authors on the next line)
    rf"|{_TIME}(?=[ \t]*[/|•·–—-][ \t]*(?i:updated|modified|last\s+updated)\b[^\n]{{0,60}}$)"
    rf"|{_CLOCK_AFTER}(?=[ \t]+{_COUNTER}[ \t]*$))", re.MULTILINE)
#: A site's name and its date alone on a header line: "NEWS DESK — 2025-05-08", "- The Daily Example - Thursday,
#: September 18, 2025", "Digest of the Week – June 1, 2025", "3 Example News – June 1, 2025" (a dash between them,
#: words in capitals before it, perhaps a number first, a few small words between those; not a place: no comma,
#: read as a header).
NAME_DASH_DATE = re.compile(
    rf"^[ \t]*(?:[-•·][ \t]+)?{_NO_WEEKDAY}(?:\d{{1,3}}[ \t]+(?=[A-Z]))?[A-Z][\w.&'’]*(?:[ \t](?:(?:of|the|and|for|in|on|at)[ \t]){{0,2}}"
    rf"[A-Z][\w.&'’]*){{0,4}}[ \t]+[—–|-][ \t]+"
    rf"(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{_NUMERIC_DATE}){_TIME}[ \t]*$", re.MULTILINE)
#: The same the other way round: the date, a bar or a dash, then the site's name ("12 March 2025 | The Harbour
#: Gazette", "Thursday, June 5, 2025 — Coastal Daily"): read as a header, above the story's prose only (an edit's
#: or an author's word after the date is not a name: HEADER_DATE reads those lines).
DATE_DASH_NAME = re.compile(
    rf"^[ \t]*(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{_NUMERIC_DATE}){_TIME}[ \t]+[—–|-][ \t]+"
    rf"(?!(?i:by|updated|modified|last|published|posted|read|comments?)\b)"
    rf"[A-Z][\w.&'’]*(?:[ \t](?:(?:of|the|and|for|in|on|at)[ \t]){{0,2}}[A-Z][\w.&'’]*){{0,4}}[ \t]*$", re.MULTILINE)
#: A header line that prints its date twice, numeric then in words, before the headline: "02/18/2025 February 18,
#: 2025 Trump says …" (perhaps after a "date" stamp's word): the date in words is read (the numeric one may be
#: either way round).
DOUBLE_DATE = re.compile(
    rf"^[ \t]*(?:(?i:date)\b[^\n\d]{{0,20}})?{_NUMERIC_DATE}[ \t]+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE})(?=[ \t]+\S)",
    re.MULTILINE)
#: A syndicator's name glued to a numeric date, alone on a header line (events36): "Yahoo20-05-2025" (read only where
#: day and month cannot be swapped: printed_dates._numeric).
NAME_GLUED_DATE = re.compile(r"^[ \t]*(?P<outlet>[A-Z][A-Za-z]{1,19})(?P<date>\d{1,2}-\d{1,2}-(?:19|20)\d{2})[ \t]*$",
                             re.MULTILINE)
#: A headline with its page's full timestamp run onto its end, weekday, day and time with seconds or AM/PM: "Talks
#: resume in Geneva Thursday, March 6, 2025 7:41:00 PM" (the time makes it a stamp, not a sentence's date); a feed's
#: listing glues it to the headline's last word: "… in ten yearsTue, 18 Mar 2025 09:41:07 GMT".
HEADLINE_STAMP = re.compile(
    rf"^[^\n]{{10,300}}?(?:(?<=[\w.!?’”\"')])[ \t]+|(?<=[A-Za-z])(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),[ \t]))(?P<stamp>{_WEEKDAY}(?P<date>{_FULL_DATE}),?[ \t]+\d{{1,2}}:\d{{2}}"
    r"(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]*\(?[A-Z]{2,4}\)?)?)[ \t]*$", re.MULTILINE)
#: A header line that opens with a machine's timestamp, weekday, month, day, time with seconds, zone, year ("Tue Jul 22
#: 08:15:02 UTC 2025: …", as C's ctime prints it).
CTIME = re.compile(
    rf"^[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?P<date>{MONTH_NAME}[ \t]+\d{{1,2}}[ \t]+\d{{1,2}}:\d{{2}}:\d{{2}}"
    rf"(?:[ \t]+[A-Z]{{2,5}})?[ \t]+(?:19|20)\d{{2}})\b", re.MULTILINE)
#: A date stamp some scrapes put before the text: "date 2025-02-17 …", or an ISO date alone on its line (perhaps
#: with its time and a same-day edit's time: "2025-12-09 08:15 Last Updated At:08:16").
STAMP = re.compile(r"^[ \t]*(?:(?i:date)\s*:?\s*(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})(?=[\sT]|$)|"
                    rf"(?P<iso_alone>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})(?:T[\d:.+Z-]+|{_CLOCK})?"
                    r"(?:[ \t]+(?i:(?:last[ \t]+)?(?:updated|modified)(?:[ \t]+at)?)[ \t]*:?[ \t]*\d{1,2}:\d{2})?"
                    r"[ \t]*$)", re.MULTILINE)
#: A stamp that prints its month only: "date 2025-04", "Published: Apr 2025", "April 2025" alone on its line above the
#: story. It dates the source to a month, never to a day (DateClue.day None).
MONTH_STAMP = re.compile(r"^[ \t]*(?:(?i:date)\s*:?\s*(?P<iso_month>(?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![-\d])|"
                          rf"(?:(?i:published|posted|date)[ \t]*:?[ \t]*)?(?P<date>{MONTH_NAME}\.?[ \t]+(?:19|20)\d{{2}})[ \t]*$)",
                          re.MULTILINE)
#: A briefing's headline with its day as a US government page prints it, month/day/two-digit year, at its end:
#: "Department Press Briefing on 10/23/25", "Press Briefing by Press Secretary X, 10/23/25" (events32). Read only
#: where the day cannot be the month (printed_dates._numeric), so "3/4/25" dates nothing.
BRIEFING_HEADLINE = re.compile(
    r"^[ \t]*[^\n]{0,120}?\b(?i:briefing|press\s+conference|press\s+gaggle|gaggle|remarks|transcript)\b[^\n]{0,100}?"
    r"(?:\s+on|,|[ \t][—–-])[ \t]+(?P<date>\d{1,2}/\d{1,2}/\d{2})[ \t]*$", re.MULTILINE)
