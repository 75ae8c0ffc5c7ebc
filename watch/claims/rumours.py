"""A rumour quoted and then denied. 百度回应：“裁员8000人”说法不实; 针对网传“V4本周上线”的消息，
公司回应称，相关消息为谣言; "reports of 8,000 job cuts are untrue": what the rumour says is not
asserted by the article, and the denial is the event. A figure denied contradicts the claim it
would have confirmed; anything else the rumour holds (a launch, a date) is no evidence of its
own. The denial itself stays evidence ("the report of a Globex deal is false" denies the deal),
except for a rumour of a date with no figure ("V4 this week" is false): that denies the timing,
not the event, a mention (tests/corpus README, "Denials"). A denial before the rumour ("denied
reports that", 否认) is left to `negation`. Pure helpers for `context`, over normalised text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from watch.claims.markers import Marker
from watch.claims.quotes import quote_spans
from watch.claims.responses import Frame, framed, response_frames
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span
from watch.models import Stance

# The predicate that calls a rumour false: 说法不实, 系谣言, 纯属捏造, 完全是杜撰的, 与事实不符.
_ZH_FALSE = (
    r"(?:均|都|纯属|完全|并|系|是|为|属|根本|实属|并不|毫不)*"
    r"(?:不实|不属实|失实|谣言|捏造|杜撰的?|与事实(?:严重|完全|明显|根本|并|相)?不符|"
    r"不符合事实|不准确|没有根据|毫无根据|(?:并无|没有|毫无|缺乏)(?:事实)?根据|"
    r"子虚乌有|无稽之谈|假消息|虚假|并非事实|不是事实|有误)"
)
# The rumour word that is the subject of the denial (有关裁员传闻并无事实根据, 传言不实): it
# names what is denied, it hedges nothing.
_SUBJECT_OF_FALSE = re.compile(rf"\s*{_ZH_FALSE}")
# The things said that a denial names (说法, 传闻), in Chinese and English.
_ZH_SAID = "说法|消息|传闻|传言|报道|报导|数字"
_EN_SAID = r"reports?|claims?|rumou?rs?"
_ZH_NOUN = rf"(?:的?(?:{_ZH_SAID}|一说)|一事)?"
# The words that call a report false in English (`_EN_FALSE`, `_ANY_FALSE`).
_FALSE_EN = (
    "untrue",
    "false",
    "inaccurate",
    "not true",
    "wrong",
    "baseless",
    "unfounded",
    "incorrect",
    "fabricated",
)
_EN_FALSE = (
    r"\s+(?:is|are|was|were)\s+(?:(?:completely|entirely|simply|totally|categorically)\s+)?"
    r"(?:" + "|".join(_FALSE_EN) + r")(?![a-z])"
)
# right after the quote: “裁员8000人”说法不实, "the '8,000 jobs' figure is untrue"
_AFTER_QUOTE = re.compile(
    # (the predicate may be quoted too: 的说法「与事实不符」)
    rf"\s*{_ZH_NOUN}\s*[「『“\"]?{_ZH_FALSE}|"
    rf"(?:\s+(?:report|reports|claim|claims|figure|rumou?rs?))?{_EN_FALSE}"
)
# later in the sentence, pointing back: 该说法不实, 相关消息为谣言, "those reports are false"
_POINTED_BACK = re.compile(
    rf"(?:该|此|这一?|上述|相关|有关|这些|这类)(?:{_ZH_SAID})\s*{_ZH_FALSE}|"
    rf"(?<![a-z])(?:the|those|these|such)\s+(?:{_EN_SAID}){_EN_FALSE}"
)
# unquoted: 所谓8000人的数字是杜撰的, 网传裁员8000人的消息不实, "reports of 8,000 cuts are untrue"
_UNQUOTED = re.compile(
    rf"(?:所谓|网传|外传|传闻)([^\s，。！？；：,.;:!?“”「」\"]{{1,24}}?){_ZH_NOUN}\s*{_ZH_FALSE}|"
    rf"(?<![a-z])(?:{_EN_SAID}|speculation|suggestions?)\s+(?:of|that)\s+"
    rf"((?:[^,;:.!?]|(?<=\d)[,.](?=\d)){{1,80}}?){_EN_FALSE}"
)
# a figure named as what was said, then called false: “3000人的说法与事实严重不符”, 8000人这个数字
# 不实, "the 3,000 figure is untrue"
_FIGURE_SAID = re.compile(
    # (what the figure counts may come first in its phrase: 裁员3000人的说法)
    rf"(?<![\d,.])([^\s，。,；;：:“”\"「」]{{0,8}}?"
    rf"\d[\d,.]*\s*(?:万|千|百|亿)?\s*(?:人|名|个岗位|美元|元|亿|万))"
    rf"(?:的|这个|这一)?(?:说法|数字|数据|传闻|传言|一说){_ZH_FALSE}|"
    rf"(?<![a-z])the\s+(\d[\d,.]*(?:\s*(?:billion|million|bn))?(?:\s+[a-z-]+){{0,2}}?)"
    rf"\s+(?:figure|number){_EN_FALSE}"
)
# A quote labelled a rumour before it (网传"……", 传闻：“……”, "reports of '...'"): a denial later in
# the sentence calls it false (针对网传"蔚来将裁员3000人"一事，……"3000人的说法与事实严重不符").
_LABELLED = re.compile(
    r"(?:网传|外传|传闻|传言|据传|盛传|坊间传闻|"
    r"(?<![a-z])(?:reports?|rumou?rs?|claims?)(?: of| that)?)\s*[:：]?\s*$"
)
# A quote named as a thing said: 所谓「裁员三千人」的说法 (所謂『……』的傳聞), 'the so-called "3,000
# cuts" claim': a rumour by name, and a denial anywhere after it in the sentence calls it false.
_SO_CALLED = re.compile(r"(?:所谓|(?<![a-z])so-called)\s*$")
_SAID_NOUN = re.compile(
    r"\s*(?:的|这一?|这个)?(?:说法|传闻|传言|消息|报道|报导|一说)|"
    r"\s+(?:claims?|reports?|rumou?rs?|figure)(?![a-z])"
)
# A time the rumour states: 本周, 下月, 5月, 月底, "this week", "on Friday", "in May", 2026.
_WHEN = re.compile(
    r"本周|下周|这周|本週|下週|这个月|本月|下月|下个月|今天|明天|后天|今日|明日|月底|月初|年底|"
    r"年内|年初|季度|节前|节后|春节|[0-9一二三四五六七八九十]+月|\d+日|周[一二三四五六日末]|星期|"
    r"(?<![a-z])(?:this|next|last) (?:week|month|quarter|year|weekend)|(?<![a-z])(?:today|"
    r"tomorrow|tonight|(?:on|by|in|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter))(?![a-z])|(?<!\d)20\d\d(?!\d)|(?<![a-z])q[1-4]"
)
_RUMOUR_NOUN = re.compile(r"的?(?:传闻|传言|谣言|说法)|\s+(?:rumou?rs?|reports)(?![a-z])")
# (every alternative opens with its own character, which `re` then scans for: a look-behind
# first would be tried at every character)
_ANY_FALSE = re.compile(
    r"不实|不属实|失实|谣言|捏造|杜撰|事实不符|事实..?不符|不准确|没有根据|毫无根据|子虚乌有|"
    r"无稽之谈|假消息|并无(?:事实)?根据|缺乏(?:事实)?根据|无(?:事实)?根据|并非事实|不是事实|有误|虚假|"
    + "|".join(rf"{w}(?<![a-z]{w})(?![a-z])" for w in _FALSE_EN)
)
# A figure the rumour states: a number with a count or money after it.
_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:万|千|百|亿)?\s*(?:人|名|个|美元|元|亿|万|%|jobs?|positions?|roles?|people|"
    r"staff|employees|workers|billion|million|bn)"
    r"|(?:[一二两三四五六七八九十百千万]+)(?:人|名|个岗位)"
)


LABEL_REACH = 3  # 网传“, 传闻：“: the rumour word, then a colon or a quote


class Rumour(NamedTuple):
    """A rumour in a sentence: what it says (`content`) and where it is called false."""

    content: Span
    denial: Span
    figure: bool  # the rumour states a figure
    dated: bool  # ... or a time ("本周上线", "launches this week")


def denied_rumours(norm: str, span: Span) -> list[Rumour]:
    """The rumours the sentence norm[span] quotes or names and then calls false."""
    found: list[Rumour] = []
    back = _POINTED_BACK.search(norm, span.start, span.end)
    for quote in quote_spans(norm, span.start, span.end):
        m = _AFTER_QUOTE.match(norm, quote.end, span.end)
        if m is None and back is not None and back.start() >= quote.end:
            m = back
        if m is not None:
            content = Span(quote.start + 1, quote.end - 1)
            found.append(_rumour(norm, content, Span(m.start(), m.end())))
    for m in _FIGURE_SAID.finditer(norm, span.start, span.end):
        group = 1 if m.group(1) is not None else 2
        content = Span(m.start(group), m.end(group))
        found.append(_rumour(norm, content, Span(m.end(group), m.end())))
    denials = [r.denial for r in found]
    for quote in quote_spans(norm, span.start, span.end):
        labelled = _LABELLED.search(norm, max(span.start, quote.start - 8), quote.start)
        later = next((d for d in denials if d.start >= quote.end), None)
        if later is None and _named_said(norm, quote):
            false = _ANY_FALSE.search(norm, quote.end, span.end)
            later = None if false is None else Span(false.start(), false.end())
        named = labelled is not None or _named_said(norm, quote)
        if named and later is not None and not _holds(found, quote):
            content = Span(quote.start + 1, quote.end - 1)
            found.append(_rumour(norm, content, later))
    for m in _UNQUOTED.finditer(norm, span.start, span.end):
        group = 1 if m.group(1) is not None else 2
        content = Span(m.start(group), m.end(group))
        if any(r.content.start <= content.start and content.end <= r.content.end for r in found):
            continue
        found.append(_rumour(norm, content, Span(m.end(group), m.end())))
    return found


def _named_said(norm: str, quote: Span) -> bool:
    """Whether the quote is named as a thing said: 所谓“……”的说法, 'the so-called "..." claim'."""
    before = _SO_CALLED.search(norm, max(0, quote.start - 12), quote.start)
    return before is not None and _SAID_NOUN.match(norm, quote.end) is not None


def _holds(found: list[Rumour], quote: Span) -> bool:
    """Whether a rumour already found is the quote's content."""
    return any(r.content.start == quote.start + 1 for r in found)


def _rumour(norm: str, content: Span, denial: Span) -> Rumour:
    figure = _FIGURE.search(norm, content.start, content.end) is not None
    dated = _WHEN.search(norm, content.start, content.end) is not None
    return Rumour(content, denial, figure, dated)


def denied_reading(
    norm: str, span: Span, item: Item, hits: list[Hit]
) -> tuple[Stance | None, str] | None:
    """What a denied rumour does to the item: a confirming figure inside it is denied
    (contradicts); anything else inside it is no evidence (stance None), nor is a cue that calls
    false a rumour of a date with no figure, or a rumour that names nothing of the claim's
    (`hits`: "reports of a price rise were false"). None when no denied rumour bears on the
    item. A response frame's content (`responses`) is read first."""
    frame = framed(norm, span, item.start, item.end)
    if frame is not None:
        return _framed_reading(norm, frame, item)
    if _ANY_FALSE.search(norm, span.start, span.end) is None:
        return None
    for rumour in denied_rumours(norm, span):
        said = norm[rumour.denial.start : rumour.denial.end].strip()
        inside = rumour.content.start <= item.start and item.end <= rumour.content.end
        if inside and item.kind is EvidenceKind.AMOUNT and item.stance == Stance.CONFIRMS:
            return Stance.CONTRADICTS, f'the figure of a rumour called false ("{said}")'
        label = _RUMOUR_NOUN.match(norm, item.end) is not None  # 回应裁员传闻: the rumour's name
        if inside or (label and item.kind is EvidenceKind.CUE):
            return None, f'inside a rumour called false ("{said}"), not asserted'
        # the predicate itself, or a denial that introduces the quote (辟谣：“……”系谣言)
        calls_false = (
            item.start < rumour.denial.end and rumour.denial.start < item.end
        ) or 0 <= rumour.content.start - 1 - item.end <= 2
        if not calls_false or item.kind is not EvidenceKind.CUE or rumour.figure:
            continue
        if rumour.dated:
            return None, f'calls a rumour of a date false ("{said}"): the timing, not the event'
        named = any(
            h.entry.kind in (TermKind.ALIAS, TermKind.CUE)
            and rumour.content.start <= h.start
            and h.end <= rumour.content.end
            for h in hits
        )
        if not named:
            return None, f'calls false a rumour of another thing ("{said}")'
    return None


def _framed_reading(norm: str, frame: Frame, item: Item) -> tuple[Stance | None, str]:
    """What a response frame does to an item it holds: a confirming figure of a report called
    false contradicts; anything else is what the company responds to, not asserted."""
    if frame.denial is None:
        return None, "is what the company responds to, not asserted"
    said = norm[frame.denial.start : frame.denial.end].strip(" ：:")
    if item.kind is EvidenceKind.AMOUNT and item.stance == Stance.CONFIRMS:
        return Stance.CONTRADICTS, f'the figure of a report called false ("{said}")'
    return None, f'inside a report called false ("{said}"), not asserted'


def rumour_labels(norm: str, span: Span, markers: list[Marker]) -> list[Marker]:
    """The markers less the rumour words that label a rumour the sentence calls false (网传“……”,
    網傳裁員8000人的消息不實, 回应裁员传闻：“……”说法不实): they name what is denied, and hedge
    neither the denial nor the figure it denies."""
    frames = response_frames(norm, span)
    if frames:
        # who reported what the company responds to (援引, 报道称), and the report's own "would",
        # hedge the report, not the company's answer
        markers = [
            m
            for m in markers
            if m.kind not in ("attribution", "speculation", "modal", "conditional")
            or not any(f.content.start <= m.start and m.end <= f.content.end for f in frames)
        ]
    if _ANY_FALSE.search(norm, span.start, span.end) is None:
        return markers
    markers = [
        m
        for m in markers
        if m.kind != "speculation" or _SUBJECT_OF_FALSE.match(norm, m.end, span.end) is None
    ]
    rumours = denied_rumours(norm, span)
    return [
        m
        for m in markers
        if m.kind != "speculation"
        or not any(
            r.content.start - LABEL_REACH <= m.end <= r.content.end and m.end <= r.denial.start
            for r in rumours
        )
    ]


# A cue that names a rumour (回应裁员传闻, 裁员传言四起, "layoff rumours", "job-cut speculation"):
# the rumour's name, not the event asserted, whether or not the sentence calls it false.
# (裁员的传闻 too: 的 ties the cue to the rumour noun as it does in 裁员的消息)
_NAMES_RUMOUR = re.compile(r"的?(?:传闻|传言|谣言|风声)|\s*(?:rumou?rs?|speculation)(?![a-z])")
# A cue right after "was rumoured to" (被传裁员, 曾被传将裁员, 传出要裁员): what the rumour says.
# (English "is rumoured to" is a hedge word already: `markers.SPECULATION`.)
_RUMOURED_TO = re.compile(
    r"(?:被传出?[^\s，。！？；：,.;:!?“”「」]{0,8}|传出(?:将|要|会|正|拟|计划)?)$"
)
RUMOURED_REACH = 24


def names_rumour(norm: str, item: Item) -> str | None:
    """The rumour word right after a cue item that makes the cue the rumour's name, or the
    "was rumoured to" right before it that makes it the rumour's content, else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    found = _NAMES_RUMOUR.match(norm, item.end) or _RUMOURED_TO.search(
        norm, max(0, item.start - RUMOURED_REACH), item.start
    )
    return None if found is None else found.group().strip()
