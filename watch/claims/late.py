"""Done, but late: an event told as done on a day the text names after the claim's window.

    done_late(rule, sentences, found, weighed, published)
        `found` with each confirming cue that the text dates after the claim's window turned
        into a contradiction: the event came, too late

A claim that something is done by a date (or within a window) is contradicted by its being done
after it: "completed its purchase on Tuesday" in a November article, of a deal due by 30
September. A date item that times the cue already decides it (`weighing.date_decides`:
"completed the deal in November", 上周已完成收购). A day named without a date ("on Tuesday",
today, yesterday, 周二, 今日) is no date item: it is read here, counted back from publication
(`recency.WEEKDAYS`), when it times the cue ("said on Tuesday it had completed", "completed the
purchase on Tuesday", 周二表示已完成收购). A cue with a date of its own in its clause ("said on
Thursday it completed the deal on Sept. 30") is timed by that date, not by the day it was told;
a recap with no time at all says nothing of when, and stays what it was.

The headline tells the lead's news in fewer words ("MUFG completes purchase of stake"): when the
lead (the body's first paragraph) dates the same event word after the window, the headline's
undated cue is that event too.

Only an event done at a point in time (a completion, a start, a launch, a signing: `_EVENT`) is
late for the day it is told; a result reported once its period is over ("said on Tuesday it had
met its full-year target") is not. Only in a piece published after the window's end: before it,
no day it names is past the window.
Pure helper for `engine`, over the items as their sentences read them (`context.adjust`): a
negated cue ("had not yet completed") already contradicts, and a recalled one weighs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from watch.claims.bare_days import BARE_DAY, bare_day
from watch.claims.dates import DateSpan
from watch.claims.day_first import day_number
from watch.claims.recency import NEWS_DAY, WEEKDAYS
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.story import lead_span
from watch.claims.text import Span
from watch.claims.told_done import done_word
from watch.claims.topic_cues import YIELDS
from watch.claims.weighing import times
from watch.models import Stance

_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS
LATE = "done late"  # ends a late item's description
Found = list[tuple[Segment, Span, Item]]

# The day, then the event it dates: "on Tuesday completed", "said on Tuesday it had completed",
# "said Tuesday that the bank has completed", 周二表示已完成, 周二宣布正式完成, 今日完成. Only a
# subject, a perfect auxiliary and an adverb of completion between (not "it expects to complete":
# a plan told that day).
_DAY_THEN_CUE = re.compile(
    r"\s*(?:(?:that|,)\s+)?(?:(?:it|they|we|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+)?"
    r"(?:(?:has|had|have)\s+)?(?:(?:now|finally|formally|officially|successfully)\s+)?"
    r"|(?:(?!将|会|计划|预计|拟|有望|可望|希望|争取|力争)[^，,。；;！？!?\s]){0,8}?"
    r"(?:表示|宣布|称|指出|证实|确认|公告|透露)?[，,:：\s]*"
    r"(?:已经|已|正式|顺利|终于|宣布|成功)*"
)
# The event, its object, then the day: "completed its purchase of the stake on Tuesday",
# "closed the deal earlier this week". The object's own words only (no clause word).
_CUE_THEN_DAY = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|where|when|while|after|before|since|until|and|but|or|"
    r"as|because|than|said|says|to|for|from|by|was|were|is|are|will|would|it|they)"
    r"(?![\w'-]))[\w'$%.-]+){0,6}?\s+(?:on\s+)?"
)
# The events done at a point in time (a completion, a start, a launch, a signing), not a result
# reported once its period is over ("said on Tuesday it had met its full-year target" confirms a
# claim for the year just ended): only these are late for the day they are told.
_EVENT_IDEAS = frozenset(("started", "launch", "deal-signed", "binding"))
_EVENT = re.compile(
    r"(?<![a-z])(?:complet|clos(?:e|ed|es|ing)(?![a-z])|finali[sz]|sign|launch|start|began|begin|"
    r"open|list|ship|deliver|debut|roll|approv|sanction|resum|reopen)|完成|交割|签署|签约|上市|量产|"
    # an ending is an event too: a strike over, work resumed (结束罢工, 复工, "return to work")
    r"结束|落幕|收场|复工|复产|(?<![a-z])(?:end|ended|ends|return to work|back to work)(?![a-z])|"
    r"投产|开业|"
    # a delisting is done on its day too (除牌, 退市, "was delisted")
    r"(?<![a-z])de-?list|除牌|退市|摘牌|撤销上市|撤銷上市|"
    r"推出|发布|上线|启用|开工|启动|落成|出货|交付|批准|获批|核准|"
    # trading resumed and a scheme in force are done on their day too (复牌, 恢复买卖, 生效,
    # "took effect")
    r"复牌|恢复买卖|恢复交易|生效|(?<![a-z])(?:take|takes|took|taken|taking) effect|"
    r"(?<![a-z])(?:became|becomes|become) effective|"
    # (a rule's phrase as written: traditional characters too)
    r"簽署|簽約|量產|投產|開業|發布|發佈|上線|啟用|開工|啟動|出貨|獲批|復牌|恢復買賣|恢復交易"
)
# What ends the cue's clause before a date after it: a date past one times another act.
_CLAUSE_END = re.compile(
    r"[，,;；:：。!?！？]|(?<![a-z])(?:and|but|while|which|who|that|after|before|since)(?![a-z])"
)


def done_late(
    rule: ClaimRule,
    sentences: Sequence[tuple[Segment, Span, list[Hit], str]],
    found: Found,
    weighed: Found,
    published: date,
) -> Found:
    """`found` with each confirming cue that a news day after the claim's window times (and
    no date of its own does) turned into a contradicting cue, then each confirming cue of an
    undated headline whose event word the lead so dates, or sets aside for its own date after
    the window (`weighed`: every item judged, those set aside included)."""
    if rule.when is None or rule.when.outside != "contradicts":
        return found
    last = rule.when.confirms[1]
    if published <= last:
        return found
    hits = {(id(seg), span.start): span_hits for seg, span, span_hits, _ in sentences}

    def phrase(seg: Segment, span: Span, item: Item) -> str | None:
        """The rule's phrase of a cue that names an event done at a point in time."""
        term = next(
            (
                h.entry
                for h in hits.get((id(seg), span.start), [])
                if h.entry.kind is TermKind.CUE and (h.start, h.end) == (item.start, item.end)
            ),
            None,
        )
        if term is None or not (term.idea in _EVENT_IDEAS or _EVENT.search(term.phrase)):
            return None
        return term.phrase

    out = [
        (
            seg,
            span,
            _late_told(seg, span, item, published, last) if phrase(seg, span, item) else item,
        )
        for seg, span, item in found
    ]

    lead = [(s, sp, i) for s, sp, i in out + weighed if not s.is_title and _in_lead(s, sp)]
    dated = {phrase(s, sp, i) for s, sp, i in lead if _dated_late(i, lead, last)} - {None}
    # ... or tells it done on a date after the window (7月8日宣布，已完成收购: `told_done`)
    told = {w for s, sp, i in lead if (w := _told_late(s, sp, i, hits, last))}
    # ... or tells an event word of the claim's done on a news day after it (重组于今日正式生效,
    # "the scheme took effect today"), though the lead has no cue of its own
    told |= {
        w
        for s, sp in {(id(s), sp.start): (s, sp) for s, sp, _ in lead}.values()
        for w in _day_done(s, sp, hits, published, last)
    }

    # an event the lead tells done on time: then the headline may be telling that one
    turned = {(id(s), i.start) for s, _, i in lead if i.what.endswith(LATE)}
    on_time = any(
        i.kind is EvidenceKind.CUE
        and i.stance is _CONFIRMS
        and i.confidence > 0
        and (id(s), i.start) not in turned
        and phrase(s, sp, i)
        for s, sp, i in lead
    )

    def lead_dates(p: str | None) -> bool:
        """The lead dates the headline's event word after the window: the same word, or (the
        lead telling no event on time) another event word of the claim's (落幕 in the headline,
        将于27日复工 in the lead: the strike's end, told by its consequence)."""
        if p is None:
            return False
        return p in dated or any(w in p for w in told) or bool(dated and not on_time)

    return [
        (seg, span, late(item, "by the lead's telling of it", last))
        if seg.is_title and _undated_cue(seg, span, item) and lead_dates(phrase(seg, span, item))
        else (seg, span, item)
        for seg, span, item in out
    ]


def _told_late(
    seg: Segment, span: Span, item: Item, hits: dict[tuple[int, int], list[Hit]], last: date
) -> str | None:
    """The event word a date after the window dates as told done, else None."""
    if item.kind is not EvidenceKind.DATE or item.stance is not _CONTRADICTS:
        return None
    if item.when is None or item.when[0] <= last:
        return None
    events = [
        (h.start, h.end, h.entry.phrase)
        for h in hits.get((id(seg), span.start), [])
        if h.entry.kind is TermKind.WHEN_NEAR
    ]
    return done_word(seg.norm, item.end, span.end, events)


def _day_done(
    seg: Segment,
    span: Span,
    hits: dict[tuple[int, int], list[Hit]],
    published: date,
    last: date,
) -> list[str]:
    """The claim's event words (`when.near`, done at a point in time) that a news day after
    `last` times (于今日正式生效, "took effect today"), unless a date of their own does ("said
    on Thursday it completed the deal on Sept. 30")."""
    near = [
        h
        for h in hits.get((id(seg), span.start), [])
        if h.entry.kind is TermKind.WHEN_NEAR and _EVENT.search(h.entry.phrase)
    ]
    days = list(NEWS_DAY.finditer(seg.norm, span.start, span.end)) if near else []
    out = []
    for h in near if days else []:
        word = Item(_CONFIRMS, 0.0, h.start, h.end, EvidenceKind.CUE, h.entry.phrase, [], False)
        m = _day_of(seg.norm, word, days, seg.dates(span))
        day = None if m is None else _day(seg.norm, m, published)
        if day is not None and day > last:
            out.append(h.entry.phrase)
    return out


def late(item: Item, when: str, last: date) -> Item:
    """A confirming cue as its sentence reads it (`context.adjust`), turned into the
    contradiction of an event done after the window."""
    what = f"{item.what} dated {when}, after the claim's window ends {last}: {LATE}"
    said = f"{_CONFIRMS}: {item.what}"
    reasons = [
        f"{_CONTRADICTS}: {what}{r[len(said) :]}" if r.startswith(said) else r for r in item.reasons
    ]
    return Item(
        _CONTRADICTS,
        item.confidence,
        item.start,
        item.end,
        EvidenceKind.CUE,
        what,
        reasons,
        item.hedged,
    )


def _in_lead(seg: Segment, span: Span) -> bool:
    return span.start < lead_span(seg.norm).end


def _undated_cue(seg: Segment, span: Span, item: Item) -> bool:
    confirming = item.kind is EvidenceKind.CUE and item.stance is _CONFIRMS
    return confirming and item.confidence > 0 and not seg.dates(span)


def _dated_late(item: Item, lead: Found, last: date) -> bool:
    """True for a cue turned late here, or set aside for its own date after the window."""
    if item.kind is not EvidenceKind.CUE:
        return False
    if item.what.endswith(LATE):
        return True
    return any(
        YIELDS in r
        and d.kind is EvidenceKind.DATE
        and d.when is not None
        and d.when[0] > last
        and r.endswith(d.what)
        for r in item.reasons
        for _, _, d in lead
    )


def _late_told(seg: Segment, span: Span, item: Item, published: date, last: date) -> Item:
    """The item, or its late contradiction when a news day after `last` times it."""
    if item.kind is not EvidenceKind.CUE or item.stance is not _CONFIRMS or not item.confidence:
        return item
    same = _same_day(seg.norm, item, seg.dates(span), span)
    if same is not None and same > last:
        return late(item, f"that day ({same})", last)
    days = list(NEWS_DAY.finditer(seg.norm, span.start, span.end))
    days += BARE_DAY.finditer(seg.norm, span.start, span.end)  # 24日宣布, 将于27日复工
    m = _day_of(seg.norm, item, days, seg.dates(span)) if days else None
    day = None if m is None else _day(seg.norm, m, published)
    if m is None or day is None or day <= last:
        return item
    return late(item, f'"{m.group()}" ({day})', last)


# "That day" after a dated telling (7月21日晚间公告，法院已于当日批准; "said on July 21 the court
# approved it the same day") takes the telling's date: the day the cue is done on.
_SAME_DAY = re.compile(r"当日|当天|同日|同一天|(?<![a-z])(?:the same day|that day)(?![a-z])")
_MONTH_DAY = re.compile(r"\s?(\d{1,2})\s?[日号]|[a-z]\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)")


def _same_day(norm: str, cue: Item, dates: Sequence[DateSpan], span: Span) -> date | None:
    """The calendar day that times `cue`: a dated telling right before it ("said on July 8 it
    had completed"), or a same-day word that does, which inherits the date before it."""
    told = [d for d in dates if d.day and d.first == d.last.replace(day=1)]
    for d in told:
        end = d.end + len(m.group()) if (m := _MONTH_DAY.match(norm, d.end)) else d.end
        if d.end <= cue.start and _DAY_THEN_CUE.fullmatch(norm, end, cue.start):
            return _calendar_day(norm, d)
    for m in _SAME_DAY.finditer(norm, span.start, span.end):
        before = m.end() <= cue.start and _DAY_THEN_CUE.fullmatch(norm, m.end(), cue.start)
        after = cue.end <= m.start() and _CUE_THEN_DAY.fullmatch(norm, cue.end, m.start())
        earlier = [d for d in told if d.end <= m.start()]
        if (before or after) and earlier:
            return _calendar_day(norm, earlier[-1])
    return None


def _calendar_day(norm: str, d: DateSpan) -> date | None:
    m = _MONTH_DAY.match(norm, d.end)
    day = int(m.group(1) or m.group(2)) if m else day_number(d.text)  # "july 8", "8 july"
    if day is None:
        return None
    try:
        return d.first.replace(day=day)
    except ValueError:
        return None


def _day(norm: str, m: re.Match[str], published: date) -> date | None:
    """The earliest day a news-day word (`recency.NEWS_DAY`) can name, counted back from
    publication: the week's Monday for "this week", the month's first for "this month"; a
    day of the month without its month (`bare_days`), that day."""
    if m.re is BARE_DAY:
        return bare_day(norm, m, published)
    word = m.group()
    if m.group("yesterday") or m.group("yesterday_zh"):
        return published - timedelta(days=1)
    if m.group("today") or m.group("today_zh"):
        if "month" in word or "月" in word:
            return published.replace(day=1)
        if "week" in word or "周" in word:
            return published - timedelta(days=published.weekday())
        return published
    weekday = WEEKDAYS[m.group("en") or m.group("zh")]
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _day_of(
    norm: str, cue: Item, days: list[re.Match[str]], dates: Sequence[DateSpan]
) -> re.Match[str] | None:
    """The news-day word that times `cue`, unless a date of its own does."""
    if any(
        times(norm, cue, d.start, d.end)
        or (cue.end <= d.start and _CLAUSE_END.search(norm, cue.end, d.start) is None)
        for d in dates
        if not any(m.start() <= d.start and d.end <= m.end() for m in days)
    ):
        return None
    for m in days:
        if m.end() <= cue.start and _DAY_THEN_CUE.fullmatch(norm, m.end(), cue.start):
            return m
        if cue.end <= m.start() and _CUE_THEN_DAY.fullmatch(norm, cue.end, m.start()):
            return m
    return None
