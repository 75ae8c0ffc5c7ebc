"""Dates that belong to another act or another metric than the claim's event, and recalls that
reach a whole aside (`context` asks these after `timing.own_event`'s readings):

- a meeting's date: "convenes an extraordinary general meeting for June 30 to vote on a split",
  6月30日召开临时股东会审议拆股 (the vote's day, not the split's);
- a telling dated with no preposition: "said this month it wants a new agreement" (the day of
  the saying, as "said on Monday" is);
- an operating metric's period: 上半年客运量增长9%, "first-half traffic rose 9%" (the figure's
  period, as "Q3 profit" is the report's);
- a date right before a recall word: 集团年初曾提出……, "the group in January had said" (the
  recalled act's date, background like the act);
- a ", which <past act> ..., " aside on the subject that a past date recalls: its figure is as
  old as its verb ("The bank, which reduced its dividend for 2025 to EGP 1.00 a share, said")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.markers import Marker
from watch.claims.results_label import results_label
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.speech import SAY_PAST_EN, SAY_ZH
from watch.claims.told_done import told_done

# --- a meeting's date ----------------------------------------------------------------------------

# English: the meeting's noun, then its date ("for", "on", "at", "scheduled for"). Chinese: the
# date, then the meeting (股东大会 is `timing`'s 大会 already; 股东会 is the company law's name
# since 2024).
_MEETING_LEAD = re.compile(
    r"(?<![a-z-])(?P<verb>(?:(?:extraordinary|annual|special)\s+)?general\s+meeting|"
    r"(?:shareholders?'?|stockholders?'?)\s+meeting|egm|agm)s?(?![a-z])"
    r"[^,;!?]{0,24}?(?<![a-z])(?:on|for|at|in)\s+(?:the\s+)?$"
)
_MEETING_TAIL = re.compile(
    r"(?:\d{1,2}日)?(?:召开|举行)?的?[^，,。；;：:！？!?]{0,8}?(?P<verb>股东会|股东会议)"
)


def _meeting(norm: str, item: Item, events: Sequence[tuple[int, int]], start: int) -> str | None:
    m = _MEETING_LEAD.search(norm, max(start, item.start - 60), item.start)
    if m is None:
        m = _MEETING_TAIL.match(norm, item.end, item.end + 20)
    if m is None:
        return None
    a, b = min(m.start("verb"), item.start), max(m.end(), item.start)
    # the meeting may be the claim's own event ("the AGM is set for June"): a `when.near` word
    # on it or between it and the date keeps the date
    if any(s < b and a < e for s, e in events):
        return None
    return m.group("verb")


# --- a telling dated without a preposition ------------------------------------------------------

_TOLD_BARE = re.compile(
    r"(?<![a-z])(?P<verb>" + SAY_PAST_EN + r")\s+"
    r"(?:(?:investors|analysts|reporters|shareholders|employees|staff|workers|unions?|"
    r"the\s+[a-z]+)\s+)?$"
)
_RELATIVE = re.compile(r"(?:earlier\s+)?(?:this|last)\s+(?:month|week)(?![a-z])")


def _told_bare(norm: str, item: Item, events: list[tuple[int, int]], start: int) -> str | None:
    if not _RELATIVE.match(norm, item.start):
        return None
    m = _TOLD_BARE.search(norm, max(start, item.start - 40), item.start)
    if m is None or told_done(norm, item.end, events):  # "said this week it had signed"
        return None
    return m.group("verb")


# --- an operating metric's period ---------------------------------------------------------------

# `timing`'s results metrics (profit, 营收) have operating twins: traffic, volumes, output. The
# period before one times the figure, not the claim's event.
# ("third-quarter production" reports output; "the 2027 production start" is an event, and
# "production capacity" may be the claim's own.)
_METRIC = re.compile(
    r"(?:'s)?[\s-]*(?P<metric>(?:passenger\s+)?traffic|passenger\s+numbers|passengers|"
    r"sales\s+volumes?|shipments|load\s+factor|"
    r"(?:(?:copper|gold|silver|nickel|zinc|oil|gas|steel|coal|crude)\s+)?(?:production|output)"
    r"(?![\s-]*(?:start|begin|restart|resum|launch|ramp|line|plant|site|facilit|capacit|target|"
    r"goal|guidance|forecast|outlook|plan|date|deadline))|"
    r"客运量|货运量|运输量|旅客运输量|旅客吞吐量|吞吐量|客流量|旅客量|销量|出货量|交付量|产量|销售额|"
    # a results turn: 三季度扭亏, 上半年转盈, 一季度由盈转亏, 二季度减亏 (the results period)
    r"扭亏为盈|扭虧為盈|扭亏|扭虧|转盈|轉盈|转亏|轉虧|由盈转亏|由盈轉虧|由亏转盈|由虧轉盈|减亏|減虧|"
    r"亏损收窄|虧損收窄|亏损扩大|虧損擴大)"
)
# English also writes the metric first: "production so far this year", "output in the third
# quarter rose 4%". Only a reported figure's shape counts: a running "so far"/"to date" span, or
# a figure verb after the period ("began production in the third quarter" is an event's date).
_METRIC_FIRST = re.compile(
    r"(?<![a-z])(?P<metric>(?:passenger\s+)?traffic|passenger\s+numbers|sales\s+volumes?|"
    r"shipments|production|output)\s+(?P<span>so\s+far\s+|to\s+date\s+)?"
    r"(?:(?:in|during|for|over|through|this)\s+)?(?:the\s+)?$"
)
_FIRST_CUE = ("production", "output", "traffic", "shipments", "sales volume", "passenger")
_FIGURE_VERB = re.compile(
    r"\s*,?\s*(?:(?:has|have|had)\s+)?(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|"
    r"increased|decreased|totall?ed|reached|came\s+in|stood|was|were|is|are|of|at|up|down)"
    r"(?![a-z])"
)
_START_VERB = re.compile(
    r"(?<![a-z])(?:begin|began|begun|begins|start|started|starts|starting|resume|resumed|resumes|"
    r"restart|restarted|restarts|commence|commenced|first|commercial|initial|trial|halt|halted|"
    r"suspend|suspended|stop|stopped)\s+(?:[a-z'-]+\s+){0,2}$"
)


def _metric(norm: str, item: Item, events: Sequence[tuple[int, int]]) -> str | None:
    m = _METRIC.match(norm, item.end, item.end + 24)
    if m is not None and not any(item.end <= s and e <= m.end() + 1 for s, e in events):
        return f"the {m.group('metric')} it reports"
    return _metric_first(norm, item, events)


def _metric_first(norm: str, item: Item, events: Sequence[tuple[int, int]]) -> str | None:
    lead = norm[max(0, item.start - 40) : item.start]
    if not any(w in lead for w in _FIRST_CUE):  # cheap gate: no metric noun just before
        return None
    m = _METRIC_FIRST.search(norm, max(0, item.start - 40), item.start)
    if m is None or any(s < item.start and m.start() < e for s, e in events):
        return None
    if _START_VERB.search(norm, max(0, m.start() - 30), m.start()):
        return None  # "began copper production in the third quarter": the event's own date
    if m.group("span") is None and not _FIGURE_VERB.match(norm, item.end):
        return None
    return f"the {m.group('metric')} it reports"


def other_act(norm: str, item: Item, hits: Sequence[Hit], start: int) -> str | None:
    """The act or metric a date item times when it is a meeting, a bare-dated telling or an
    operating figure, not the claim's event; else None."""
    if item.kind is not EvidenceKind.DATE:
        return None
    events = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.WHEN_NEAR]
    return (
        results_label(norm, item, events, start)
        or _meeting(norm, item, events, start)
        or _told_bare(norm, item, events, start)
        or _metric(norm, item, events)
        or _estimate(norm, item, events, start)
    )


# --- the date of an earlier estimate ----------------------------------------------------------

# A point early in a period, then the estimate's verb: 年初预估6月底前可望撤销, 月初曾预计, 1月初
# 估计; or a date with a recall word before the verb (3月时原预估); "estimated in January that",
# "an estimate made in January", "forecast in February that": the estimate's date, not the
# event's (the event's own date, 6月底前, follows). A period's name before the verb (今年预计,
# 年底预计可达) is the time estimated for, and stays the event's.
_ESTIMATE_TAIL = re.compile(
    r"(?:时|時)?(?P<recall>曾|曾经|曾經|原|原本|原先|即)?(?:" + SAY_ZH + r")?[，,]?\s*"
    r"(?P<verb>预估|預估|预计|預計|估计|估計|预期|預期|预测|預測|预料|預料|估算|推估)"
)
_ESTIMATE_LEAD = re.compile(
    r"(?<![a-z])(?P<verb>estimated|forecast|predicted|projected|(?:estimate|forecast|projection|"
    r"guidance)s?\s+(?:made|issued|given|published|released))\s+(?:(?:back|first)\s+)?"
    r"(?:in|on|at)\s+(?:the\s+)?(?:early\s+)?$"
)


def _estimate(norm: str, item: Item, events: Sequence[tuple[int, int]], start: int) -> str | None:
    m = _ESTIMATE_TAIL.match(norm, item.end, item.end + 12)
    if m is not None and (m.group("recall") or norm.endswith(("初", "年初"), item.start, item.end)):
        return m.group("verb")
    if "ed " not in norm[max(start, item.start - 40) : item.start]:  # cheap gate
        return None
    m = _ESTIMATE_LEAD.search(norm, max(start, item.start - 40), item.start)
    if m is None or any(m.end() <= s < item.start for s, _ in events):
        return None
    return m.group("verb")


# --- a date before a recall word ----------------------------------------------------------------

_RECALLS = frozenset(
    (
        *("曾", "曾经", "此前", "早前", "先前", "早先"),
        *("had said", "had announced", "had planned", "had pledged", "had agreed"),
        *("had committed", "had promised", "previously", "once said", "first announced"),
        *("originally", "initially"),
    )
)
# Only the subject between the date and the recall word, in one clause: 年初曾提出, "the group
# in January had said"; a comma only after a fronted date ("In January, the group had said",
# 2025年3月，公司曾表示), never after a date that closes a clause of its own ("completed the split
# in April, previously planned for March").
_SUBJECT_GAP = re.compile(r"[^，,。；;：:！？!?\"“”]{0,24}")
_AS = re.compile(r"(?<![a-z])as\s*$")
_FRONTED = re.compile(r"(?:^|[。；;：:！？!?]|\.\s)\s*(?:(?:in|on|at|by|早在|于|在)\s*)?$")


def recalled_date(norm: str, markers: Sequence[Marker], item: Item) -> Marker | None:
    """The recall word (曾, 此前, "had said") right after a date item, with only the subject
    between: the date times the recalled act, so it is background as the act is."""
    if item.kind is not EvidenceKind.DATE:
        return None
    for m in markers:
        if (
            m.kind == "background"
            and m.word in _RECALLS
            and m.start >= item.end
            and _subject_only(norm, item, m.start)
        ):
            return m
    return None


def _subject_only(norm: str, item: Item, end: int) -> bool:
    gap = item.end
    if norm.startswith((",", "，"), gap):
        if not _FRONTED.search(norm[max(0, item.start - 12) : item.start]):
            return False
        gap += 1
    # "rather than in the third quarter as previously disclosed": a trailing reference to the
    # old plan, which the date already is; it says nothing of the date's own act
    return _SUBJECT_GAP.fullmatch(norm, gap, end) is not None and not _AS.search(norm, gap, end)


# --- a which-clause recalled ----------------------------------------------------------------------

_WHICH = re.compile(r",\s*which\s+(?!is\b|are\b|will\b|would\b|may\b|could\b|plans?\b|expects?\b)")
_WHICH_REACH = 120
_ASIDE_END = re.compile(r",(?!\d)|[;!?]|\.(?!\d)")
_DATING = frozenset(("background", "background_post", "background_date", "background_old"))


def which_recalled(norm: str, markers: Sequence[Marker], item: Item) -> Marker | None:
    """The past date or recall word inside the ", which ..." aside an item stands in, else None:
    the aside tells a past act, its figures included ("which reduced its dividend for 2025 to
    EGP 1.00 a share,"); a Chinese date dates what follows it already."""
    if ", which" not in norm:  # cheap gate: most sentences have none
        return None
    lead = max(0, item.start - _WHICH_REACH)
    openings = list(_WHICH.finditer(norm, lead, item.start))
    opening = openings[-1] if openings else None  # the nearest aside before the item
    if opening is None or _ASIDE_END.search(norm, opening.end(), item.start):
        return None
    close = _ASIDE_END.search(norm, item.end)
    if close is None or close.group() != ",":
        return None  # comma-closed only: an aside, not the sentence's own predicate
    return next(
        (
            m
            for m in markers
            if m.kind in _DATING and opening.end() <= m.start and m.end <= close.start()
        ),
        None,
    )
