"""A survey or poll of people at large speaks for no company: "most workers surveyed said pay
rises lag prices", "respondents in a poll of 2,000 adults expect fares to rise", 受访上班族普遍
认为"调薪赶不上物价", 接受调查的民众多表示, 民调显示. A cue or figure in what the surveyed say is
theirs, not the claim's company's, even when that company is named in the sentence before (a
pointer carried over) or later in the same one. A clause that names the claim's own company
before the cue is the company's ("Acme staff surveyed by the union said ...", 艾克美受访员工):
the own name wins, as in `aggregates`.

    survey_voice(rule, norm, item, hits)   the survey word governing the item, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import Hit, Item, own_names

_PEOPLE = (
    r"(?:workers|employees|staff|respondents|consumers|people|residents|households|adults|"
    r"voters|shoppers|travell?ers|passengers|workers|employers|executives|ceos|businesses|"
    r"firms|companies|investors|economists|analysts|americans|britons|parents|drivers)"
)
_SURVEYED = re.compile(
    r"(?<![a-z])(?:(?:" + _PEOPLE + r"|those|(?:wage|office|salaried)\s+(?:earners|workers))\s+"
    r"(?:surveyed|polled|questioned|interviewed|asked)|respondents|"
    r"(?:a|the|its|one|our)\s+(?:[a-z-]+\s+){0,2}?(?:survey|poll)\s+(?:of|among)\s+)(?![a-z])|"
    r"受访(?:者|上班族|民众|员工|职工|劳工|雇员|白领|家庭|消费者|企业|旅客|乘客|网友|学生|家长)?|"
    r"接受(?:调查|问卷|访问|民调)的|(?:问卷)?调查(?:结果)?显示|民调(?:结果)?显示|民调中"
)
_GATE = ("survey", "poll", "respondent", "question", "interview", "asked", "受访", "调查", "民调")
_END = re.compile(r"[;.!?；。！？]")
_REACH = 80


def survey_voice(rule: ClaimRule, norm: str, item: Item, hits: list[Hit]) -> str | None:
    """The survey word ("workers surveyed", 受访上班族) whose people say the item, in its clause
    before it, when no own name of the claim stands in that clause before the item; else None."""
    lo = max(0, item.start - _REACH)
    if not any(norm.find(w, lo, item.start) >= 0 for w in _GATE):
        return None
    start = max((m.end() for m in _END.finditer(norm, lo, item.start)), default=lo)
    found = None
    for m in _SURVEYED.finditer(norm, start, item.start):
        found = m
    if found is None:
        return None
    if any(start <= h.start < item.start for h in own_names(rule, hits)):
        return None
    return found.group().strip()
