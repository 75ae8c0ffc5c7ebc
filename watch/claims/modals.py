"""Whether a modal hedges an item: a modal after a cue that is the cue's own ("a delay of the
IPO could follow", 推迟上市的可能性), and an expectation the claim's own party speaks, which is
no hedge on a figure or on news against the claim (`own_spoken`). Used by
`hedges.hedge_and_source`; pure helpers over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.markers import Marker, scoped
from watch.claims.record import course_expected, own_office_said
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, own_names
from watch.claims.underway import reaffirmed, spoken_by_own
from watch.models import Stance


def own_spoken(rule: ClaimRule, item: Item, norm: str, hedge: Marker, hits: Sequence[Hit]) -> bool:
    """An expectation told by the claim's own party as its sentence's speaker
    (`underway.spoken_by_own`) is no hedge on a figure, nor on a cue that goes against the claim
    (the party expecting its own delay admits it). A party's expectation of meeting its claim
    stays a plan restated, hedged (lightly, as its guidance: `guidance.guided`), unless it
    reaffirms its date ("still expected to complete it by year-end", 仍预计年底前完成: news of
    the plan's course)."""
    still = item.kind is EvidenceKind.DATE and reaffirmed(norm, hedge)
    if item.kind is EvidenceKind.DATE and (course_expected(norm, hedge) or revised(norm, hedge)):
        return True  # an official's "已进入调试阶段，预计三季度投产", a timetable revised
    if item.kind is not EvidenceKind.AMOUNT and item.stance != Stance.CONTRADICTS and not still:
        return False
    own = [(h.start, h.end) for h in own_names(rule, list(hits))]
    return spoken_by_own(norm, hedge, own) or own_office_said(norm, hedge, own)


# A party revising its own timetable, then its new expectation ("the company narrowed its
# timetable: first cargo is now expected in the fourth quarter", 公司调整时间表，目前预计四季度
# 投产): the revision is the party's statement, and "now expected" its result, not a doubt.
_REVISED = re.compile(
    r"(?<![a-z])(?:it|the company|the group|the firm|we)\s+(?:has\s+|have\s+)?(?:narrowed|"
    r"revised|updated|tightened|changed|reset)\s+(?:its|our|the)\s+(?:[a-z-]+\s+)?(?:timetable|"
    r"schedule|timeline|guidance)[^.;]{0,40}?[:,]\s*[^.;]{0,60}?(?<![a-z])now\s+$|"
    r"(?:公司|该公司|集团|我们)(?:已)?(?:调整|更新|修订|收窄)(?:了)?(?:其)?(?:时间表|时程|进度表|指引)"
    r"[^。；;]{0,30}?[，,：:](?:目前|现|现在)$"
)


def revised(norm: str, hedge: Marker) -> bool:
    """True when the expectation `hedge` states the result of a timetable its party revised."""
    if hedge.word not in ("expect", "expects", "expected", "预计"):
        return False
    return _REVISED.search(norm, max(0, hedge.start - 140), hedge.start) is not None


# The expectation words of `markers.MODAL`: a forecast, which a source may report as its news
# ("知情人士称有望", "is expected to, people familiar said": `hedges.hedge_and_source`).
FORECASTS = frozenset(
    ["expect", "expects", "expected", "forecast", "forecasts", "预计", "预期", "有望"]
)


def forecast(hedge: Marker) -> str | None:
    """The hedge's word when it is a forecast, else None."""
    return hedge.word if hedge.word in FORECASTS else None


# A modal after the cue governs it ("a delay of the IPO could follow", 推迟上市的可能性) unless
# it sits in a clause of its own ("the agent, which could book flights").
MODAL_AFTER_REACH = 24
_RELATIVE = re.compile(r"(?<![a-z])(?:that|which|who|whose|where|when|and|if)(?![a-z])")


def modal_after(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """Only a cue's own modal: an amount or a date before "may" is presupposed ("the $30 billion
    stake may be its last"), and a modal inside a negation (已无可能) is the negation's."""
    if item.kind is not EvidenceKind.CUE:
        return None
    m = scoped(norm, markers, "modal", item.start, item.end, reach=MODAL_AFTER_REACH, side="after")
    if m is None or _RELATIVE.search(norm, item.end, m.start):
        return None
    if any(n.kind.startswith("negation") and n.start <= m.start < n.end for n in markers):
        return None
    return m


# Someone else's estimate opening the sentence (业内人士估计，……; 分析师预估，……; "Industry insiders
# estimate that ..."): the whole sentence is the estimate, a forecast, even past the comma that
# ends a modal's usual reach.
_ESTIMATE = re.compile(
    r"(?:业内人士|业界人士|行业人士|业内|业界|市场人士|观察人士|分析人士|分析师|券商|法人)"
    r"(?:普遍|大多|多)?(?:估计|预估|预计|预期|估算|推算|预测)|"
    r"(?:industry\s+)?(?:insiders|industry\s+sources|analysts|observers|brokers|traders)\s+"
    r"(?:estimate|estimated|expect|expected|reckon|forecast|predict)(?![a-z])"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.\s")
_ESTIMATE_REACH = 160


def others_estimate(norm: str, item: Item) -> Marker | None:
    """Someone else's estimate that opens the item's sentence, as a modal marker, else None."""
    lead = norm[max(0, item.start - _ESTIMATE_REACH) : item.start]
    ends = list(_SENTENCE_END.finditer(lead))
    start = ends[-1].end() if ends else 0
    while start < len(lead) and lead[start].isspace():
        start += 1
    m = _ESTIMATE.match(lead, start)
    if m is None or (not ends and item.start > _ESTIMATE_REACH):
        return None
    offset = max(0, item.start - _ESTIMATE_REACH)
    return Marker("modal", m.group(), offset + m.start(), offset + m.end())
