"""A response frame: what a company responds to is presented, not asserted. 针对彭博社报道的
"联想计划裁员5000人"一事, 对于……宣布……投资50亿美元一事, 就……的传闻, 回应"裁员5000人"传闻：,
"responding to reports that it would cut 5,000 jobs", "in response to a report that ...", and
with no closing noun, up to the comma before the one who answers (对于日前市场传出……恐将
延后量产，董事长表示……; "Asked about reports that ..., the CEO said"): the frame's content
is the thing responded to, whatever its quotes and whoever reported it. A denial after it in
the sentence (上述消息"不实", 「並無事實根據」, "... were untrue") or in the headline's next
clause (：消息不实) calls it false, so a figure it holds contradicts; anything else it holds is
no evidence. A report named only by its reporter (有外电报道……, "Reuters reported that ...")
is a frame only when the sentence calls it false: otherwise it is a sourced report, attributed.
Pure helpers for `rumours`, over normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from watch.claims.speech import SAY_ZH
from watch.claims.text import Span

_STOP = r"[^。！？；;!?]"  # a frame's content runs inside its sentence
_HEARD = r"(?:传出|传言|传闻|盛传|外传|网传|市传|报道|报导|指称|爆料)"
# an answer (回应, 澄清, 答复, 否认) or any telling of speech.SAY_ZH (表示, 称, 说, 宣布, 证实 ...)
_ANSWER = r"(?:" + SAY_ZH + "|回应|强调|澄清|坦言|答复|回复|否认)"
# 针对/对于/关于/就 ... 一事/的报道/的传闻, and 回应 ... 传闻 or 回应 ...：(a headline's clause)
_ZH_FRAME = re.compile(
    rf"(?:针对|对于|关于|就(?!业|是|在|会|要|能|已|此|这))(?P<a>{_STOP}{{2,80}}?)(?:一事|的(?:报道|报导|传闻|传言|消息|说法))|"
    r"回应(?!称|表示|说|指|道|了)(?P<b>[^。！？；;!?：:，,]{2,40}?)"
    r"(?:的?(?:传闻|传言|报道|报导|消息|说法)|一事|(?=\s*[：:]))|"
    # ... or no closing noun at all: 对于日前市场传出K28厂恐将延后量产，董事长受访时表示……: what
    # was reported, up to the comma before the one who answers it
    rf"(?:针对|对于|关于)(?P<r>[^。！？；;!?，,]{{0,16}}?{_HEARD}[^。！？；;!?，,]{{2,80}}?)"
    rf"(?=[，,]{_STOP}{{0,40}}?{_ANSWER})"
)
_EN_FRAME = re.compile(
    r"(?<![a-z])(?:(?:responding|in response|reacting|replying)\s+to|"
    # "Asked about reports that the plant would slip, the chairman said ..."
    r"(?:when\s+)?asked\s+(?:about|on)|commenting\s+on|addressing)\s+(?:a\s+|the\s+)?"
    r"(?:media\s+|press\s+|news\s+|market\s+)?(?:reports?|rumou?rs?|speculation|claims?|talk)\s+"
    r"(?:that|of)\s+(?P<c>[^;:!?]{2,160}?)(?=,(?!\d)|\s+(?:on|last|this)\s|$)|"
    # the exchange clarification's template: "clarifies on news item regarding tariff hike",
    # "With reference to the news item appearing in certain media regarding a proposed ..."
    r"(?<![a-z])(?:clarif(?:y|ies|ied|ication)\s+(?:on|regarding|about|to)|"
    r"(?:with|in)\s+reference\s+to|(?:with|in)\s+regard\s+to|referring\s+to)\s+"
    r"(?:a\s+|the\s+)?(?:recent\s+)?(?:news\s+items?|news\s+reports?|media\s+reports?|"
    r"news\s+articles?|articles?)\s+(?:appearing\s+in\s+[^,;:]{0,40}?\s+|published\s+[^,;:]{0,40}?\s+)?"
    r"(?:regarding|about|on|titled|relating\s+to|that)\s+(?P<g>[^;:!?]{2,160}?)(?=,(?!\d)|$)"
)
# A report named by its reporter: 有外电报道……, 彭博社报道称……, "Bloomberg reported that ..."
_REPORTED = re.compile(
    r"(?:外电|外媒|媒体|彭博社?|路透社?|网传|传闻|市场)[^，,。；;]{0,8}?(?:报道|报导|传出|指)称?"
    r"[，,]?(?P<d>[^，,。；;！？]{4,60})|"
    r"(?<![a-z])(?:reports?|bloomberg|reuters|media)\s+(?:had\s+)?(?:reported|said|suggested)\s+"
    r"that\s+(?P<e>[^,;:.!?]{4,120})"
)
# The denial that calls it false, later in the sentence (上述消息"不实", 有关消息「并无事实根据」,
# "those reports were untrue", "the company said the report was false").
_FALSE = re.compile(
    r"不实|不属实|失实|谣言|捏造|杜撰|与事实不符|不符合事实|没有根据|毫无根据|子虚乌有|"
    r"并无事实根据|没有事实根据|无事实根据|并无此事|没有此事|无稽之谈|假消息|"
    r"(?<![a-z])(?:untrue|false|inaccurate|not true|baseless|unfounded|incorrect|fabricated|"
    r"denied|denies|dismissed|clarify|clarifies|clarified|no such (?:proposal|plan|move)s?|"
    r"not under consideration)(?![a-z])|并无相关计划|暂无相关计划|没有相关计划"
)
# A headline's next clause that denies: 联想回应"……"传闻：消息不实
_HEADLINE_FALSE = re.compile(
    r"\s*[：:]\s*(?:相关|有关|上述|该)?(?:消息|传闻|说法|报道)?\s*(?:均|纯属|属|系|并|为)?\s*"
    r"[\"“「]?(?:不实|不属实|失实|谣言|并无事实根据|没有事实根据|子虚乌有)"
)


class Frame(NamedTuple):
    """A frame's content and the denial that calls it false (None: responded to, not denied)."""

    content: Span
    denial: Span | None


GATE = re.compile(
    r"针对|对于|关于|就|回应|报道|报导|传出|respon|react|reply|replying|report|asked|commenting|"
    r"addressing|clarif|reference|regard|referring"
)


def response_frames(norm: str, span: Span) -> list[Frame]:
    """The response frames of the sentence norm[span], each with its denial if any."""
    if GATE.search(norm, span.start, span.end) is None:
        return []
    return _frames(norm, span.start, span.end)


@lru_cache(maxsize=32)
def _frames(norm: str, start: int, end: int) -> list[Frame]:
    span = Span(start, end)
    found: list[Frame] = []
    for m in list(_ZH_FRAME.finditer(norm, span.start, span.end)) + list(
        _EN_FRAME.finditer(norm, span.start, span.end)
    ):
        group = next(g for g, v in m.groupdict().items() if v is not None)
        found.append(Frame(Span(m.start(group), m.end(group)), _denial(norm, m.end(), span)))
    for m in _REPORTED.finditer(norm, span.start, span.end):
        group = next(g for g, v in m.groupdict().items() if v is not None)
        content = Span(m.start(group), m.end(group))
        denial = _denial(norm, m.end(), span)
        if denial is not None and not any(_inside(content, f.content) for f in found):
            found.append(Frame(content, denial))
    return found


def _inside(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end


def _denial(norm: str, after: int, span: Span) -> Span | None:
    head = _HEADLINE_FALSE.match(norm, after)
    if head is not None:
        return Span(head.start(), head.end())
    m = _FALSE.search(norm, after, span.end)
    return None if m is None else Span(m.start(), m.end())


def framed(norm: str, span: Span, start: int, end: int) -> Frame | None:
    """The response frame whose content holds norm[start:end], else None."""
    return next(
        (
            f
            for f in response_frames(norm, span)
            if f.content.start <= start and end <= f.content.end
        ),
        None,
    )


def dates_the_report(norm: str, span: Span, start: int, end: int, item_start: int) -> bool:
    """True when a word at norm[start:end] and the item at `item_start` both sit in the content
    of a report called false (针对媒体此前报道的"……"一事 …… 不实): the word dates the report
    denied, and the denial is the news."""
    frame = framed(norm, span, start, end)
    return (
        frame is not None
        and frame.denial is not None
        and frame.content.start <= item_start < frame.content.end
    )


def opens_denied_frame(norm: str, span: Span, start: int, end: int) -> bool:
    """True when a word at norm[start:end] opens a response frame that a denial calls false
    (针对 in 针对彭博社报道的"……"一事，……回应称，上述消息"不实"; a claim's own `background:
    [针对, 回应]` makes it a marker): it presents the thing responded to, which the frame reads
    (`framed`), and dates neither that nor the denial, which is the news."""
    return any(
        f.denial is not None
        and end <= f.content.start
        and f.content.start - end <= _OPENER_REACH
        and not _CLAUSE_END.search(norm, end, f.content.start)
        for f in response_frames(norm, span)
        if span.start <= start
    )


_OPENER_REACH = 30  # "responding to media reports that": opener to content
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
