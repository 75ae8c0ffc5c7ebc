"""A percentage range written as two percentages: "30% to 40%", "30%-40%", "between 30% and
40%", 30%至40%, 约8%至12% is one range, like "1.5 million to 2 million vehicles"
(`quantities.join_ranges`; 三到四成 is `portions`'s). Not when a past verb of change stands
right before the first figure: "unemployment rose 0.5% to 4.2%" tells the change and the
level it reached, two figures (a future or plan verb, "expects sales to grow 12% to 15%",
增长12%至15%, is a range: guidance). "From 30% to 40%", 由30%提高到40%, stays a change
(`quantities`)."""

from __future__ import annotations

import re

# a past verb of change (optionally "by", "about") right before the first percentage
_PAST_CHANGE = re.compile(
    r"(?<![a-z])(?:rose|fell|grew|gained|lost|jumped|climbed|dropped|declined|slipped|slid|"
    r"sank|surged|soared|slumped|plunged|tumbled|advanced|retreated|increased|decreased|"
    r"edged (?:up|down|higher|lower)|was (?:up|down)|were (?:up|down))"
    r"(?:\s(?:by|about|around|nearly|almost|some|roughly))*\s?$"
)


def rate_change(norm: str, at: int) -> bool:
    """True when a past verb of change stands right before the percentage at `at`: "rose 0.5%
    to 4.2%" is a change and a level, no range."""
    return bool(_PAST_CHANGE.search(norm[max(0, at - 40) : at]))


# a change to another figure right after the second percentage: "from 10%-12% to 5%-8%",
# 由10%至12%下调至5%至8%, Cantonese 劈到得返 ("cut to only") (the first pair is the old range)
_TO_NEXT = re.compile(r"[^\d，。；,;]{0,6}?(?:to|至|到|为)\s*(?:约|about\s|得返|得番)?\d")


def old_range(norm: str, end: int) -> bool:
    """True when a change to another figure follows the percentage ending at `end`: the pair
    before it, after "from"/由, is the range before the change, not the old and new figures."""
    return bool(_TO_NEXT.match(norm, end, end + 16))
