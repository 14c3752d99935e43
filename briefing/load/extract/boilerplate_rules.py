"""The line rules of boilerplate.py, by class of furniture: each (rule, label, pattern) is tried on a line
(stripped, case-sensitive; a long line on its head and tail, the photo credit on its last characters only), and
the first that matches names the furniture. Photo captions' and credits' rules, and the agencies and picture desks a
credit ends with, are boilerplate_captions.py's.
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_captions import AGENCY as _AGENCY
from briefing.load.extract.boilerplate_captions import AGENCY_NAMES, CAPTION_RULES
from briefing.load.extract.boilerplate_parts import LANGUAGES as _LANGUAGES
from briefing.load.extract.boilerplate_parts import MONTHS as _MONTHS

#: An agency alone in brackets at a line's end: "… in Kyiv on Monday. (AP)" (a caption's credit, or an agency feed's
#: mark at the end of its story's last paragraph).
AGENCY_END = re.compile(rf"\((?:{_AGENCY})\)\.?$")
#: An author's name and their agency: "Nicole Winfield, Associated Press" (a byline without "By").
AUTHOR_AGENCY = rf"^(?:[A-Z][\w.'’-]+\s){{1,3}}[A-Z][\w.'’-]+,\s*{_AGENCY}$"
#: The names of a news site's sections, one word each (boiler:section-row).
_SECTIONS = ("(?:Home|News|U\\.S\\.|US|World|Business|Lifestyle|Life|Style|Politics|Sports?|Opinion|Tech|Technology|"
             "Science|Health|Entertainment|Culture|Arts?|Travel|Videos?|Local|Money|Markets|Economy|Weather|Food|"
             "Education|Environment|Climate|Obituaries|Podcasts|Photos|Latest|Crime|National|Nation|Europe|Asia|"
             "Africa|Americas|Australia|Canada|UK|India|China|Media|Fashion|Books|Music|Movies|Television|TV|Games|"
             "Gaming|Auto|Autos|Cars|Property|Real Estate|Jobs|Careers|Lotto|Horoscope|Puzzles|Crosswords)")
#: A journalist's role, as the outlet's own lines give it ("labour correspondent", "deputy editor").
_PRESS_ROLE = r"(?:correspondent|reporter|editor|writer|columnist|journalist|producer|contributor)s?\b[^,\n]{0,40}"
#: A newsletter's box, in any words (boiler:newsletter-box): the outlet's own newsletter ("this weekly newsletter",
#: "our <name> newsletter"), a newsletter named by its title or frequency and then its writer ("The Morning
#: newsletter from", "the daily newsletter by"), a newsletter addressing the reader or sent on a schedule (with no
#: quotation on the line), an offer ("Unlock … for free", "Get … in your inbox") or "Sign up" at the line's
#: start or end.
NEWSLETTER_BOX = (
    r"^[^\"“”\n]*\b(?:[Tt]his|[Oo]ur)\s(?:[\w'’&-]+\s){0,4}(?:newsletter|podcast)\b[^\"“”\n]*$|"
    r"(?:^(?:The |Our )?(?:[A-Z][\w'’&-]*\s){1,4}|\b(?i:daily|weekly|weekday|monthly|morning|evening|free)\s)"
    r"newsletter,?\s(?:from|by|(?:written|curated|edited|hosted|presented) by)\s|"
    r"^(?=[^\"“”\n]*\bnewsletter\b)(?=[^\"“”\n]*(?i:\byou\b|\byour\b|\bfor free\b|\bdelivered\b|\binbox\b|"
    r"\bsign up\b|\bsubscribe\b|\bevery (?:weekday|day|morning|evening|week|month|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b))[^\"“”\n]*$|"
    r"^(?:Unlock|Get|Receive)\b[^.!?\n]{0,80}(?i:\bfor free|\bdigest|\bnewsletter|\b(?:in|to) your inbox)\b|"
    r"^(?i:sign up)\b|(?i:\bsign up(?: here| now| today| for free| free)?[.!]?)$")
#: (rule, label, pattern) of the page's prompts, notices, codes and counters: tried before the captions'.
_PAGE_RULES: tuple[tuple[str, str, str], ...] = (
    # (in lower case only a link alone on its line: one glued to the story's first words is cut by line_parts)
    ("boiler:read-full-article", "'Read full article' link",
     r"^(?:READ (?:THE )?FULL (?:ARTICLE|STORY)\b|Read (?:the )?full (?:article|story)\s*:(?![^\n]*[a-z][A-Z][a-z])"
     r"[^\n]{0,200}$)"),
    ("boiler:source-credit", "Source credit", r"^(?:SOURCE|Source)\s*:\s*\S"),
    # A note on the page's translation or its liability, alone on its line: "Disclaimer: The translations are …".
    ("boiler:disclaimer", "Note to readers", r"^(?:Disclaimer|DISCLAIMER)\s*:\s*\S"),
    # Another story's teaser behind its view count and clock, glued together by the scrape: "12101:37The …",
    # "189Yesterday, 23:36Putin and …" (no story's sentence starts with digits run into a time).
    ("boiler:teaser-stamp", "Other stories",
     r"^\d{1,7}(?:(?:Yesterday|Today),\s*)?\d{1,2}:\d{2}(?:[A-Z\"“«]|$)"),
    # A link to an overview, its headline after a colon: "Read a brief overview of …: <headline>".
    ("boiler:read-overview", "'Related' link",
     r"^Read (?:a|an|our|the) (?:[a-z]+ ){0,4}(?:overview|explainer|analysis|article|story|interview|report|piece|"
     r"profile)\b[^.!?:]{0,80}:\s*\S"),
    # An author line run into its weekday, date and time: "Jo Roe, ANN DOEMonday, 14 July 2025, 15:25".
    ("boiler:author-date", "Author and date line",
     rf"^[A-Z][^.!?\n]{{0,80}}?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+\d{{1,2}}\s+{_MONTHS}[a-z]*\s+"
     r"(?:19|20)\d{2},\s+\d{1,2}:\d{2}$"),
    ("boiler:related-link", "'Related' link",
     r"^(?:RELATED|Related|READ MORE|Read more|SEE ALSO|See also|ALSO READ|Also read|Also Read|READ ALSO|"
     r"Read also|Read More|MORE|More|WATCH|Watch|LISTEN|Listen|Recommended|RECOMMENDED|Follow live|FOLLOW LIVE|"
     r"Follow|Live updates|LIVE UPDATES|Live|LIVE)(?:\s*(?::|\||—)|\s+-)\s*\S"),  # "Follow-up talks …" is story
    # A prompt to a video beside the story: "Watch the mayor's speech in the video.", "Watch: … in the video above".
    ("boiler:video-prompt", "Video prompt", r"^(?:WATCH|Watch)\b[^.!?]{0,120}\b(?:in|on) (?:the|this|our) video\b[^.!?]{0,20}[.!:]?$"),
    # What is left of a page's code: a style rule (".most-popular .x{ padding: 0; }") or a template's
    # placeholder ("{{ articles_widget.title }}").
    ("boiler:code", "Page code", r"^(?:[.#@][\w.#:()>+~\[\]= -]{0,80}\{[^{}]{0,200}:[^{}]{0,200};|\{\{[^{}]{1,80}\}\}$)"),
    # (and a line of counters alone: "2168 views 4 comment(s)", "312 reads · 12 shares")
    ("boiler:comments", "Comment prompt", r"^(?:\d+\s+comments?(?:\(s\))?|"
                                           r"(?:\d[\d,.\u00a0]{0,12}\s+(?:views?|reads?|shares?|likes?|comments?(?:\(s\))?)"
                                           r"\s*[·•|]?\s*){1,4}|Be the first to comment\b.*|Leave a (?:Reply|Comment)\b.*|"
                                           r"Comments?|Add a comment\b.*|Join the conversation\b.*|Leave (?:your )?feedback\b.*|"
                                           r"You must be (?:logged|signed) in to (?:post|leave) a comment\.?)$"),
)
#: (rule, label, pattern) of the rest: tried after the captions'.
_OTHER_RULES: tuple[tuple[str, str, str], ...] = (
    # A wire story's sign-off of editors' initials: "MG/abj/APA", "jb/kr (AFP, Reuters)".
    ("boiler:signoff", "Editors' initials",
     r"^[A-Za-z]{1,5}(?:/[A-Za-z]{1,5}){1,4}(?:\s*\([A-Za-z]{2,8}(?:,\s*[A-Za-z]{2,8}){0,4}\))?$"),
    # A scraper's placeholder for an ad or an embed: "[ad_1]", "[embedded content]".
    ("boiler:ad-slot", "Advertising", r"^\[(?i:ad_?\d*|embedded content)\]$"),
    ("boiler:agency-tag", "Agency credit", r"^\(?[A-Z]{2,5}\)?$"),
    ("boiler:wire-credit", "Reporting credit",
     r"^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b[^.!?]*(?:;|$)|"
     r"^\((?i:with (?:inputs?|reporting) from) [^()]{1,60}\)\.?$"),
    # Read on a line's last characters only, where a credit stands.
    ("boiler:credit", "Photo credit",
     rf"(?:(?:^|[\s(|—–-])(?:[A-Z][\w.'’-]*\s?){{0,4}}(?:/|—)\s*(?:[A-Z][\w.'’-]*[ /—-]?|via ){{0,5}}{_AGENCY}\)?\.?$|"
     rf"(?:\||[Pp]hoto:|Photo by|Photograph:|Credit:)\s*(?:[A-Z][\w.'’-]*\s?){{0,4}}{_AGENCY}?\)?\.?$)"),
    # A state medium's footnote on a group it must name so: "* The group is listed as extremist and
    # prohibited in Russia".
    ("boiler:footnote", "Footnote",
     r"^\*{1,3}\s?[A-Z][^*]{0,120}\b(?:recogni[sz]ed|designated|listed|banned|prohibited)\b[^*]{0,80}"
     r"\b(?:extremist|terrorist|undesirable|foreign agents?|in Russia|in the Russian Federation)\b[^*]{0,40}$"),
    ("boiler:initials", "Author initials", r"^\[[A-Z]{1,5}\]$|^\([a-z]{1,4}(?:/[a-z]{1,4}){0,3}\)$"),
    # What is left of an image's address by the scrape: "-bd64e0048c4984265b75040c8d41c0ed.jpg)".
    ("boiler:image-file", "Image file name", r"^\S{0,200}\.(?i:jpe?g|png|webp|gif|avif)\)?$"),
    # An outlet's staff byline without "By": "OAN Staff Jane Roe", "Example News Staff Writer Jo Roe".
    ("boiler:staff-byline", "Byline",
     r"^(?:[A-Z][\w.&'’-]*\s){1,3}Staff(?:\s(?:Writer|Reporter))?\s(?!Sergeant|Sgt)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}$"),
    ("boiler:ad", "Advertising",
     # "Advertisement" as a label ("ADVERTISEMENT", "Advertisement - scroll to continue", "Story continues below
     # advertisement"), not a story's sentence about an advertisement
     # a mailing list's header above what it relays ("You are subscribed to … releases")
     # ("to sign up for the strike fund" is a story's; the outlet's own "… to sign up for our newsletter" is a
     # newsletter box's rule)
     r"(?i:click here|subscribe (?:now|to)|\byou are (?:now )?subscribed to\b|(?<!\bto )sign up (?:for|now)\b|^[\s–—-]*advertisements?\b[^.!?]{0,50}$|"
     r"^(?:(?:story|article|content|text) continues|continue reading) (?:below|after) (?:this |the )?advertisements?$|"
     # ("sponsored by" in a short line with one sentence at most: "This story is sponsored by Acme Bank."; not a
     # story's "The bill was sponsored by Labour MP X, who said …")
     r"^sponsored\b|(?<![\w-])sponsored (?:content|post|stories|story|links?|articles?)\b|"
     r"^[^.!?]{0,60}(?<![\w-])sponsored by\b[^.!?]{0,60}[.!]?$|pre-?order now|"
     r"be among the first to|^recommended(?: video| for you| stories)?$|^promoted\b|^partner content\b|"
     r"\bon patreon\b|\bsupport (?:our |independent )?journalism\b|\byour (?:support|donation) (?:helps|allows) us\b)"),
    # A video player's fallback text: "To view this video please enable JavaScript, and consider upgrading to
    # a web browser that supports HTML5 video" (a scrape may break it over several lines).
    ("boiler:player", "Video player",
     r"(?i:\b(?:please )?enable javascript\b|\bconsider upgrading to a web\b|"
     r"\byour browser does not support (?:the )?(?:video|audio|html5)\b|^video (?:is )?(?:unavailable|not available)\b)"),
    ("boiler:share", "Share buttons",
     r"^(?i:share (?:this|on)|follow us|print this|share$|share and follow$|tweet$|email$|copy link$|\d[\d,.]*k?\s+shares?$|"
     r"facebook$|twitter$|whatsapp$|telegram$|linkedin$|reddit$|x$)|^\d[\d,.]{0,6}[kKmM]?$|"
     # the buttons' names run together by the scrape: "FacebookXPinterestEmailEmailShare"
     r"^(?:(?:Facebook|Twitter|X|Pinterest|Email|E-mail|Share|WhatsApp|Whatsapp|Telegram|LinkedIn|Reddit|Print|"
     r"Flipboard|Messenger|Threads|Bluesky|Copy [Ll]ink)[\s|·•]*){2,}$"),
    # A page's own date line with its update: "27 February 2025, 17:36 | Updated: 27 February 2025, 18:37".
    ("boiler:date-updated", "Date line",
     rf"^(?:\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?\s+(?:19|20)\d{{2}}|{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}),?\s*"
     r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\|\s*(?:Updated|Last updated|Modified)\b[^.!?]{0,40}$"),
    # …or with an ISO date: "2024-03-14 09:12 Last Updated At:09:40".
    ("boiler:date-updated", "Date line",
     r"^(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s+(?:Last\s+)?(?i:updated)\b[^.!?]{0,40}$"),
    # A helpline note under a story on a death or a crime: "If you or someone you know needs support, …".
    ("boiler:helpline", "Note to readers",
     r"^If you or someone you know (?:is|are|has|needs)\b[^\n]{0,300}\b(?i:help|crisis|lifeline|hotline)"),
    # A site's name and the page's date alone on a line ("THE DAILY EXAMPLE — 2025-05-08", "- The Example
    # Herald - Tuesday, May 13, 2025"), or a "Time" stamp ("Time 08:10 am, September 17, 2025").
    ("boiler:site-date", "Date line",
     rf"^(?:[-•·]\s+)?(?:[A-Z][\w.&'’]*\s+){{1,5}}[—–|-]\s+(?:[A-Z][a-z]+day,?\s+)?"
     rf"(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|"
     rf"\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?\s+(?:19|20)\d{{2}})$|"
     rf"^Time\s+\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}$"),
    ("boiler:tags", "Tags", r"^(?:Tags|TAGS|Topics)\s*:?$"),
    # A notice that the page is still being written: "Editor's note: The article is being updated."
    ("boiler:update-note", "Update notice",
     r"^(?i:editor[’']?s['’]?\s+note|update)\s*:\s*(?i:this|the)\s+(?i:article|story|page|report)\s+"
     r"(?i:is being|will be|has been|is)\s+(?i:updated|developing)\.?$"),
    # An embedded post's signature line: "— Jane Roe (@janeroe) March 7, 2025".
    ("boiler:post-signature", "Embedded post",
     rf"^[—–-]\s*[^()\n]{{1,60}}\(@\w{{1,30}}\)\s+{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}$"),
    ("boiler:chrome", "Site navigation",
     r"^(?i:skip to(?: main)? (?:content|navigation|search)|edit post|menu|main menu|open menu|close menu|"
     r"toggle navigation|search|sign in|log in|login|register|my account|home|close|explore|sections|news feed|"
     r"latest news|top stories|news|world news|world|politics|international|opinion|breaking news|breaking|accessibility links|what you need to know|"
     r"key points|key takeaways|highlights|at a glance|forum|all sections|support us|support journalism|"
     r"[\w ]*button icon|down arrow\b.*|back to top|next article|previous article|"
     r"this (?:audio|article|summary) (?:is|was) (?:created|generated|produced) with (?:the help of )?ai\b.*|"
     r"listen to (?:this|the) (?:article|story)\b.*|\d{1,2} min(?:ute)? read|"
     # a reading-time widget: "707 words, 4 minutes read time", "5 minutes read", "3 min reading time"
     r"(?:[\d,]{1,7} words?,?\s+)?\d{1,3}\s+min(?:ute)?s?\.?\s+read(?:ing)?(?:\s+time)?|"
     r"this is a developing story\b.*|play live radio|next up:?|live radio|available on air stations|"
     r"on air now|all streams|donate|source link|view original|original article|(?:published|posted|updated)(?: on| at)?:?(?:\s*loading(?:\.\.\.|…)?)?|connect with us|(?:\d{1,2}:\d{2}\s*)+|"
     # an audio player's prompt and a wire's index link: "NEWYou can now listen to Example News articles!", "All news"
     r"(?:new\s*)?you can now listen to [\w.' ]{1,40}!?|all news|(?:english|international) (?:section|edition|service)|"
     # a logo's alt text: "gExample-logo", "Example News logo"; a text-size widget: "+ ↺ − 16 px"
     r"(?:[^\w\s]\s*){0,4}\d{1,2}\s?px|"
     r"[\w.&'’ -]{1,40}[- ]logo|"
     # an app-store strip: "Mobile App", "Download", "App Store / Google Play", "Listen to live radio"
     r"download(?: (?:the|our) (?:mobile )?app)?|mobile app|listen to live radio|"
     # a news app's or an aggregator's prompt: "Get the news in one place.", "500+ of premium publications.",
     # "One app.", "Open in app"
     r"get (?:all )?(?:your|the) news in one place\.?|[\d,]+\+?[’']?s? of premium (?:titles|publications|sources)\.?|"
     r"one app\.?|start reading|(?:open|continue) in (?:the )?app|get the app|"
     r"(?:android|apple|ios|google play|app store)(?:\s*[&/]?\s*(?:android|apple|ios|google play|app store)){1,3}|"
     r"featured|trending(?: now)?|top story|editor['’]s picks?|loading(?:\.\.\.|…)?|news article|"
     # a log-in link with the site's product ("Log In Example Pro"), a read-aloud button ("text-to-speech"),
     # a paywall's note ("This story is for members")
     r"(?:log ?in|sign ?in)(?: (?:to )?[\w&'’ -]{1,30})?|(?:ai[- ]generated )?text[- ]to[- ]speech|"
     r"(?:free|this|exclusive|premium) (?:article|story|content)[\w ,]{0,30} for (?:subscribers|members)\.?|"
     r"(?:subscribers?|members?)[- ]only(?: (?:article|story|content))?|"
     # a paywall's note and a numbered picture's label: "This article is freely available.", "Illustration 1"
     r"this (?:article|story) is (?:freely available|free to read|free to access|open to all)\.?|"
     r"(?:illustration|photo|image|picture) \d{1,2}|"
     # an archiving service's stamp: "archived 3 Jan 2025 10:20:30 UTC"
     r"archived \d{1,2} [a-z]{3,9} \d{4} \d{1,2}:\d{2}(?::\d{2})? utc|"
     # a rating widget and a summariser's label: "How informative is this news?", "AI summarized text"
     r"how (?:informative|useful|helpful|relevant) (?:is|was) this (?:news|article|story|summary)\??|"
     r"ai[- ]summari[sz]ed(?: text| summary)?|summari[sz]ed by ai|ai summary|ai[- ]generated summary)$|"
     # a weather widget in the page's head: "Wind Speed: 20.4 km/h", "Humidity: 80%"
     r"^(?:Wind(?: [Ss]peed)?|Humidity|Condition|Pressure|Visibility|Feels [Ll]ike|UV [Ii]ndex|Precipitation)\s*:\s*[^!?]{0,40}$|"
     r"^\(?(?i:tap or click|click or tap|tap here|scroll down|swipe)\b[^()]*\)?$"),
    # A skip link of the page's accessibility menu, numbered or not, and a live page's jump past its entry:
    # "1. Skip to main content", "3. Skip to other Example pages", "Skip next section <a headline>".
    ("boiler:skip-link", "Site navigation",
     r"^(?:\d{1,2}\.\s+)?(?:Skip|SKIP)\s+(?:to|next|past|over)\s+[^\n]{1,120}$"),
    # A site's clock over the page: "Today : May 01, 2025", "TODAY: 12 March 2026".
    ("boiler:today", "Date line",
     rf"^(?:Today|TODAY)\s*:\s*(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?)"
     r"\s+(?:19|20)\d{2}$"),
    # A link alone on its line: "https://example.com/p/4rvFn", "www.example.com/a/b", "http://192.0.2.7/news/3".
    ("boiler:link", "Link", r"^(?:https?://|www\.)(?:[^\s/]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?)(?:/\S*)?$"),
    # A pointer to elsewhere, short, perhaps cut off by the scrape: "For more information, visit example.org",
    # "For more detailed inform", "For further details contact the press office".
    ("boiler:more-info", "Link",
     r"^For (?:more|further)(?: detailed)? (?:in|de)[a-z]*\b[^\"“”\n]{0,80}$"),
    # A section run into the page's topic by the scrape, a breadcrumb: "PoliticsGermany", "WorldEurope".
    ("boiler:breadcrumb", "Site navigation",
     r"^(?:Politics|World|Business|Economy|Europe|Sports?|Culture|Science|Opinion|Tech|Health|News)"
     r"(?:[A-Z][a-z]+){1,2}$"),
    # A live page's notes on itself: "This blog on … is now closed. Thank you for reading."
    ("boiler:live-note", "Live page note",
     r"^(?:This|Our) (?:live )?(?:blog|live page|live coverage|live feed)\b[^.!?]{0,120}\b(?:is|has) "
     r"(?:now )?(?:closed|ended|concluded)\b[^\n]{0,80}$"),
    # Authors joined by a bar and the desk's word after them: "Jo Roe | Ann Doe Editor".
    ("boiler:byline-bar", "Byline",
     r"^(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+(?:\s*\|\s*(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+){1,3}"
     r"\s+(?:Editor|Writer|Reporter|Correspondent|Producer)s?$"),
    # A caption of a participle and the day, no finite verb: "Jo Roe speaking to parliament on March 18,
    # 2025" (no comma before the participle: "Roe, speaking to …, said" is the story's).
    ("boiler:caption-participle", "Photo caption",
     rf"^(?:[\w.'’-]+\s){{1,8}}?(?:speaking|talking|gesturing|posing|listening|greeting|attending|arriving|"
     rf"looking on|walking|waving|sitting|standing|reacting|smiling|delivering|addressing|visiting)\b[^.!?“”\",]*"
     rf"\bon\s+(?:{_MONTHS}[a-z]*\.?\s+\d{{1,2}},|\d{{1,2}}\s+{_MONTHS}[a-z]*\.?)\s+(?:19|20)\d{{2}}\.?$"),
    ("boiler:nav", "Navigation menu",
     r"^[•·▪►»›]\s*(?!(?:\S+\s+){5,}\S*[.!?]$)\S|^-\s[A-Z][\w'’]*(?:\s[\w'’]+){0,2}$|^(?:[\w&'’-]+(?: [\w&'’-]+){0,2}\s*\|\s*){2,}[\w&'’-]+(?: [\w&'’-]+){0,2}$"),
    # A row of the site's sections with no bar between them, three or more, every word a section's name:
    # "U.S. World Business Lifestyle", "Home News Sport Opinion" (no line of story is only these words).
    ("boiler:section-row", "Navigation menu",
     rf"^(?:{_SECTIONS})(?:\s+(?:{_SECTIONS})){{2,9}}$"),
    # A rewriting site's instructions to its text generator, left on the page: "Write an article about <a
    # headline> .Organize the content with appropriate headings (h1, h2, …)".
    ("boiler:prompt", "Page code",
     r"^(?:Write|Rewrite|Paraphrase) (?:an?|this|the following) (?:article|news|story|post|blog post)\b[^\n]{0,400}$|"
     r"\b(?i:organi[sz]e the content with appropriate headings)\b"),
    # A lone ellipsis where a scrape cut a page's head or a teaser: "...".
    ("boiler:ellipsis", "Site navigation", r"^(?:\.{3}|…)$"),
    ("boiler:newsletter", "Newsletter or cookie box",
     r"(?i:\bnewsletter\b.*\b(?:sign up|subscribe|inbox|email)\b|\b(?:sign up|subscribe)\b.*\bnewsletter\b|"
     r"\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b|^accept(?: all)?(?: cookies)?$|"
     r"^privacy policy$|^terms of (?:use|service)$|\bget (?:our|the) [\w ]{0,20}(?:newsletter|alerts)\b|"
     r"\b(?:in|to) your inbox\b|^enter your e-?mail\b|\byour e-?mail address\b|"
     # a prompt to turn on the outlet's alerts, alone on its line ("Stay up to date with notifications from …")
     r"^(?:stay up to date|stay informed|turn on|switch on|enable|allow|get)\b[^.!?]{0,40}"
     r"\bnotifications\b[^.!?]{0,40}$)"),
    # The box of one of the outlet's newsletters, which names its editor or writer: "<name>, Editor of the
    # <paper>, picks the week's best reads in this weekly newsletter", "The Morning newsletter from <name>",
    # "Get <newsletter>, curated by <name>, delivered to your inbox", "… Sign up here." (a story's sentence
    # about a newsletter names no "this"/"our" newsletter, addresses no reader and asks no one to sign up)
    ("boiler:newsletter-box", "Newsletter or cookie box", NEWSLETTER_BOX),
    # A forum's chrome: its welcome banner ("Welcome to <site>! … Join the community: Create a free account …"),
    # a poster's post count ("(1,204 posts)"), the recommendations under a reply; a line of separators alone.
    ("boiler:forum", "Site navigation",
     r"^Welcome to [\s\S]{0,400}?\b(?i:create an? (?:free )?account|join (?:the|our) community|become an? "
     r"(?:\w+ )?member|log ?in|sign in)\b|^\(\d[\d,.]*\s+posts?\)$|^Recommendations$|"
     r"^\d[\d,]*\s+members?\s+ha(?:ve|s)\s+recommended\b|^[|•·*~=_]{1,5}$"),
    # A post shared on the page, its short link (and the account it came through) at the line's end: "<a
    # headline> - https://t.co/… via @Agency", "<a headline> » https://t.co/… https://t.co/…".
    ("boiler:shared-post", "Embedded post",
     r"\bhttps?://t\.co/\w+(?:\s+https?://t\.co/\w+)*(?:\s+via\s+@\w{1,30})?\s*$"),
    ("boiler:masthead", "Copyright, address or phone",
     r"(?:^©|^\(c\)\s|^Copyright\b|\bAll rights reserved\b|"
     r"^\d{1,5}\s+(?:[A-Z][\w.'’-]*\s){1,4}(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|"
     r"Lane|Way|Place|Square|Plaza)\b|^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|"
     r"^[A-Z][\w.'’ -]{1,30},\s[A-Z]{2}\s\d{5}(?:-\d{4})?$|"  # "Dorchester Center, MA 02124"
     r"(?i:hotline|helpline|tel(?:ephone)?|phone|fax)\s*:?\s*\+?\d[\d ()-]{6,}$)"),
    # "Jane Doe is The Daily Example's Moscow correspondent": the author's line, not the story's.
    ("boiler:author-bio", "Author line",
     r"^(?:[A-Z][\w.'’-]+\s){1,3}is\s+(?:the|The|a|an)\s+[^.!?]{0,80}\b(?:correspondent|reporter|editor|"
     r"chief|writer|columnist|journalist|contributor|producer)\.?$"),
    # The journalists' own lines, which name them with their role: "Jo Roe, the <paper>'s labour correspondent,
    # contributed reporting from Rome.", "Jo Roe, our chief correspondent, reports from Rome.", "Edited by Jo Roe,
    # deputy editor".
    ("boiler:contributor", "Author line",
     r"^[^\"“”\n]{0,160}\bcontributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|story|article))\b"
     r"[^.!?\n]{0,80}\.?$"),
    ("boiler:author-reports", "Author line",
     rf"^(?:[A-Z][\w.'’-]+\s){{1,3}}?[A-Z][\w.'’-]+,\s+[^,\n]{{0,80}}\b{_PRESS_ROLE},\s+"
     r"(?:reports|writes|reporting|writing)\s+(?:from|on)\b[^.!?\n]{0,60}\.?$"),
    ("boiler:credit-role", "Byline",
     rf"^(?:Written|Edited|Reported|Compiled|Produced|Words|Story|Text)\s+by\s+(?:[A-Z][\w.'’-]*\s?){{1,4}},\s+"
     rf"[^.!?\n]{{0,60}}\b{_PRESS_ROLE}\.?$"),
    # The picture desks' caption form: "… during a rally on January 15, 2025 in Tel Aviv, Israel." (one
    # sentence, no quotation: a paragraph of the story that ends so has said something before).
    ("boiler:caption-form", "Photo caption",
     rf"^[^.!?“”\"]*\bon\s+{_MONTHS}[a-z]*\.?\s+\d{{1,2}},\s+(?:19|20)\d{{2}}\s+in\s+[A-Z][\w.'’ -]{{1,40}},\s+"
     r"[A-Z][\w.'’ -]{1,30}\.$"),
    # A picture desk's caption without its credit: one sentence in the present tense that says who is seen
    # doing what, and the full day ("X and Y talk as they attend the funeral of Z on April 26, 2025."); news
    # reports its days in the past tense, and a paragraph of story that ends so has said something before.
    ("boiler:caption-present", "Photo caption",
     rf"^(?:[\w.'’,-]+\s){{1,14}}?(?:talk|talks (?:with|to)|speaks?(?: with| to| at| during| in)|shakes? hands|"
     rf"gestures?|poses?|listens?|greets?|attends?|looks? on|walks?|waves?|sits?|stands?|reacts?|embraces?|"
     rf"smiles?|chats?|pays? (?:tribute|respects?)|lays? a wreath|takes? (?:the|an|his|her) oath)\b[^.!?“”\"]*"
     rf"(?:(?:\bon\s+|,\s+){_MONTHS}[a-z]*\.?\s+\d{{1,2}},|\bon\s+\d{{1,2}}\s+{_MONTHS}[a-z]*\.?)\s+(?:19|20)\d{{2}}\b"
     rf"(?:[^.!?“”\"]*\.|$)"),  # (a day before its month too: "on 27 November 2025")
    # An author and the agency they write for, alone: "Nicole Winfield, Associated Press".
    ("boiler:author-agency", "Byline", AUTHOR_AGENCY),
    # A caption's credit after a label: "… in St. Peter's Square. Credit: Sky News (Screenshot)".
    ("boiler:credit-label", "Photo credit",
     r"(?:^|[.!?]\s+)(?:Photo |Image |Picture |Video )?[Cc]redits?:\s*[A-Z][^.!?]{0,60}$|"
     # run into the caption, a rank's abbreviations in the name: "… Feb. 25, 2025.Photo Credit: Army Sgt. Jo Roe"
     r"[.!?]\s*(?:Photo|Image|Picture) [Cc]redits?:\s*[A-Z][^!?:]{0,60}$"),
    ("boiler:byline", "Byline",
     r"^(?:(?:Post|Posted|Written|Story)\s+)?(?:By|BY|by)\s?:?(?:\s*[·•|])?(?:\s+(?:[A-Z][\w.'’-]*,?|and|,|&|(?:de|da|di|del|der|van|von|la|le|bin|al)(?=\s+[A-Z])))"
     r"{1,14}\s*$|^(?:By|by)$|^(?:and|,)$|"
     # ("Post by : Jo Roe", "Written by Jo Roe": a post's or a story's author line);
     # an author and the desk that helped: "by Jo Roe, with additional reporting by the Capital Desk"
     r"^(?:By|BY|by)\s+(?:[A-Z][\w.'’-]*\s){1,3}?[A-Z][\w.'’-]*,?\s+(?:with\s+)?(?:additional\s+)?reporting\s+"
     r"(?:from|by)\s+(?:the\s+)?[A-Z][^!?]{0,80}$"),
    # "Published: Tuesday, 18 February 2025", "Published : 19 Jan 2026, 02:56", "by Jane Doe April 2, 2025 9:15 AM 3 min read": a date
    # line or an author line ending with its date, not a sentence ("By 2030, …", "Published reports …").
    ("boiler:timestamp", "Date line",
     rf"^(?:(?:[A-Z]{{2,5}}\s+)?(?:Publish(?:ed)? [Dd]ate|Publication [Dd]ate|Published|Updated|Posted|Last updated|PUBLISHED|UPDATED|Broadcast|Aired|Filed|Dated|Date(?=\s*:))(?: (?:on|On))?(?: ?:)?\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d|(?i:{_MONTHS}))|"
     rf"(?:(?:Published|Posted|Written) )?(?:By|by)\s+[A-Z][^.!?\n]{{0,80}}?(?:\b{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?|"
     rf"\b\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?|"
     # (…or in another language's words: "Published by Jo Roe 28 de julio, 2025", "… 5 mai 2025")
     rf"\b\d{{1,2}}\.?\s+(?:de\s+)?[a-zà-ÿ]{{3,10}}\.?,?(?:\s+de)?)"
     rf"\s+(?:19|20)\d{{2}}\b)(?!.*[.!?][\"”’]?$)"),
    # A date and the author after it: "Oct 11, 2024 Story by: Editor", "02/16/2025 / By Jane Doe".
    ("boiler:date-author", "Author and date line",
     rf"^(?:{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?\s+(?:19|20)\d{{2}}|"
     r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})"
     r"\s+(?:[/|•·–—-]\s+)?(?:Story\s+|Words\s+|Written\s+)?(?:[Bb]y|BY):?\s+[A-Z][\w.'’ -]{0,40}$"),
    # An author's name run into the date line by the scrape: "Iryna KutielievaTuesday, 18 February 2025, 08:01".
    ("boiler:author-date", "Author and date line",
     rf"^(?:[A-Z][\w'’-]+\s){{0,3}}[A-Z][\w'’-]*[a-z](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
     rf"(?:\d{{1,2}}\s+{_MONTHS}[a-z]*|{_MONTHS}[a-z]*\s+\d{{1,2}}),?\s+(?:19|20)\d{{2}}(?:,?\s*\d{{1,2}}:\d{{2}})?$"),
    ("boiler:dateline", "Dateline", r"^[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}$"),
    # "Jane Doe  | 26.10.2025 - Update : 27.10.2025": an author's name and the page's dates.
    ("boiler:author-date", "Author and date line",
     r"^(?:[A-Z][\w'’-]*\s+(?:[a-z]{1,3}\s+)?){1,4}\|\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b[^a-z]*"
     r"(?:(?i:update[d]?)[^a-z]*)?$"),
    # A live page's entry stamp alone, its day in digits and its time: "04/29/25 13:55", "29.04.2025, 13:55 EDT".
    ("boiler:entry-stamp", "Date line",
     r"^\d{1,2}[./]\d{1,2}[./](?:\d{2}|(?:19|20)\d{2}),?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$"),
    # An entry's credit alone after a dash: "– Example staff", "— The Example Press" (no verb, no sentence's end).
    ("boiler:credit-dash", "Credit",
     r"^[–—]\s?(?:[A-Z][\w.&'’-]*|and|of|the)(?:\s(?:[A-Z][\w.&'’-]*|and|of|the|staff|reporters?|desk|wires?)){0,5}$"),
    # A language switcher: "English Français Español Русский العربية".
    ("boiler:languages", "Language switcher", rf"^(?:{_LANGUAGES})(?:\s*[|·•/]?\s*(?:{_LANGUAGES})){{1,}}$"),
    ("boiler:dateline", "Dateline",
     rf"^[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}},\s+(?:[A-Z][a-z]+day,?\s+)?"
     rf"(?:{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?)\s+(?:19|20)\d{{2}}"
     r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?$"),
    # A breadcrumb trail of three parts or more: "Example Times > Blog > WORLD NEWS > <the headline>".
    ("boiler:breadcrumb-trail", "Site navigation", r"^(?:[^>›»\n]{1,40}?\s[>›»]\s){2,}[^>›»\n]{1,200}$|"
     # a forum's, its parts run together: "Latest Discussions»General Discussion»<the thread>»Reply #5" (never
     # on a line that opens a guillemet: «…» quotes a story's words)
     r"^(?![^\n]*[«‹])(?:[^>›»\n]{1,40}?[›»]){2,}[^>›»\n]{1,200}$"),
    # A theme's sticky header repeating the headline: "Reading: <the headline>", "Now Reading: …".
    ("boiler:reading", "Site navigation", r"^(?:Now )?Reading:\s+[^.!?\n]{8,160}$"),
    # A site's consent notice: "By using our website, you accept the cookie rules."
    ("boiler:consent", "Newsletter or cookie box",
     r"^(?i:by (?:using|continuing to (?:use|browse)|browsing|visiting) (?:this|our) (?:site|website)\b)"
     r"[^.!?\n]{0,80}\b(?i:agree|accept|consent)"),
    # A site's logo text, its name run together with itself: "Example TimesExample TimesExample Times".
    ("boiler:logo", "Site name", r"^(?P<logo>[A-Z][\w .'’&-]{2,40}?)(?P=logo)+$"),
    # The agency's name above its story: "Information agency «Example News»".
    ("boiler:agency-masthead", "Site name", r"^(?i:information|news|press) agency\s+[«\"“][^»\"”\n]{2,60}[»\"”]$"),
    # The outlets a story is credited to, in brackets, alone: "(Example.ba / Wire)".
    ("boiler:agency-pair", "Agency credit",
     r"^\([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}(?:\s*/\s*[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})+\)$"),
)
#: (rule, label, pattern) for a whole line, matched case-sensitively after stripping, in the order tried.
LINE_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (rule, label, re.compile(pattern)) for rule, label, pattern in (*_PAGE_RULES, *CAPTION_RULES, *_OTHER_RULES))


_AGENCIES = "(?i:" + "|".join(re.escape(name) for name in sorted(AGENCY_NAMES, key=len, reverse=True)) + ")"
#: A photo credit, then the story: "… Panama City on February 2, 2025. Jo Roe | Afp | Getty Images U.S. Secretary
#: of State …" (the scrape ran the caption and its credit onto the paragraph after it).
_CREDIT_THEN_STORY = re.compile(rf"(?:\||/)\s*{_AGENCIES}(?:\s*(?:\||/|via)\s*{_AGENCIES})*(?=\s+[A-Z“\"])")


def caption_head(line: str, story_words: int) -> int | None:
    """Where a caption and its credit run onto the start of a paragraph end (the credit's end), when
    `story_words` words of story or more follow; else None. One search of the line."""
    credit = _CREDIT_THEN_STORY.search(line)
    if credit is not None and line.count("(", 0, credit.start()) > line.count(")", 0, credit.start()):
        return None  # "(Photo by Jo Roe / AFP via Getty Images)": a credit in brackets ("Getty" then "Images")
    if credit is not None and len(line[credit.end():].split()) >= story_words:
        return credit.end()
    return None
