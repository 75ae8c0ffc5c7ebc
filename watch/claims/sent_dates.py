"""A date that times the sending of a document, not the claim's event: "A memo FedEx sent to
large e-commerce accounts this week fills in the details", "a letter issued to suppliers on
Monday", "the notice it published last week" (Chinese: 本周发出的备忘录, 3月5日印发的通知, in
`timing`'s tail). As "a price notice dated February 23" dates the writing, the date is the
memo's; the news it carries is timed by its own dates. A pattern for `timing.own_event`, over
normalised text: its `verb` group names the act.
"""

from __future__ import annotations

import re

_WORD = r"[a-z0-9&.'’-]+\s+"
SENT_LEAD = re.compile(
    r"(?<![a-z-])(?:memo|memorandum|letter|notice|circular|note|e-?mail|bulletin|advisory|"
    r"notification|guidance note|briefing note)s?,?\s+(?:(?:that|which)\s+)?(?:"
    + _WORD
    + r"){0,3}?"
    r"(?P<verb>sent|issued|published|circulated|distributed|e-?mailed|mailed|posted|dated)"
    r"\s+(?:" + _WORD + r"){0,7}?(?:(?:on|in|at|during|earlier|late|early)\s+)?(?:the\s+)?$"
)
