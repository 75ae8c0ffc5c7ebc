"""A results label in a headline or lead: "Acme Q1: sales jump; licence now seen in second half",
"KOF Q2 — plant start now 2027", "Acme H1 | ...", 艾克美一季度：…, 艾克美上半年｜…. A period right
after the company's name and right before a kicker's colon, dash or bar names the results the
story reports; it is the label of the report's period, not a time for the claim's event (as "Q3
results:" and 一季报 are). A period standing first ("Q1: pilot; Q2: launch", a schedule's list) is
not a label: it dates what follows it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.signals import Item

# The period itself: a quarter, a half or a fiscal/full year, not a day or a month.
_PERIOD = re.compile(
    r"(?<![a-z])(?:q[1-4]|[1-4]q|h[12]|[12]h|fy\s?\d{2,4}|quarter|half|full[- ]year|"
    r"fiscal)(?![a-z])|季|半年|全年|年度"
)
# The kicker's mark right after the period ("Q1:", "Q2 —", "H1 |", 一季度：, 上半年｜).
_KICKER_MARK = re.compile(r"\s*(?:[:：|｜]|[—–]|\s-\s)")
# What stands before it: the company's name, a few words with no clause of their own (no verb,
# no figure, no sentence mark): "Mercado Libre", "Coca-Cola FEMSA", 艾克美, "Acme's", after a
# genre kicker if any ("BRIEF: KOF Q2 —").
_NAME_BEFORE = re.compile(
    r"\s*(?:[a-z]+(?: [a-z]+)?:\s*)?(?:[a-z][\w&.'’-]*\s+){1,4}|"
    r"\s*[\u4e00-\u9fff\w·]{2,12}?(?:集团|公司)?(?:20\d\d年?)?"
)
_NO_NAME = re.compile(r"[,.;!?，。；！？]|(?<![a-z])(?:said|says|will|was|is|to|in|by|from|on)\s")


def results_label(
    norm: str, item: Item, events: Sequence[tuple[int, int]], start: int
) -> str | None:
    """ "the results label" when the date item is a period labelling the report a headline or lead
    opens with ("Acme Q1:"), else None. `events`: the sentence's `when.near` spans (one before
    the period makes it the event's time, "licence Q1:"); `start`: where the sentence starts."""
    if item.start - start > 48 or not _KICKER_MARK.match(norm, item.end, item.end + 4):
        return None  # cheap gates first: near the start, and a kicker's mark right after
    if not _PERIOD.search(norm, item.start, item.end):
        return None
    before = norm[start : item.start]
    if not before.strip() or _NO_NAME.search(before + " "):
        return None
    if not _NAME_BEFORE.fullmatch(norm, start, item.start):
        return None
    if any(start <= s < item.start for s, _ in events):
        return None
    return "the results label"
