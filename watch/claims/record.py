"""An official on the record. "园区管委会相关负责人在新闻发布会上介绍，……", "a ministry spokesperson
told a press briefing", "the plant's director said": a named office speaking for itself is a
statement, not hearsay. A headline kicker naming that office (北京经开区：……) then names the
speaker, not a source (`story.story_source`); and an expectation it gives right after telling
the project's progress ("已进入设备调试阶段，预计三季度投产", "is now commissioning equipment and
expects production in the third quarter") is the course of its own project, not a reporter's
hedge (`modals.own_spoken`). Pure helpers over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from watch.claims.markers import Marker
from watch.claims.speech import SAY_EN, SAY_ZH

# An office and its speech verb: 负责人/发言人 (at a 发布会) 介绍/表示; "spokesperson/official/
# minister/director ... said/told" (a press briefing, reporters).
_ON_RECORD = re.compile(
    r"(?:负责人|发言人|新闻发言人|官员|局长|主任|厂长|董事长|总裁|总经理|首席执行官)"
    r"[^，。；;,]{0,24}?(?:介绍|" + SAY_ZH + r")|"
    r"(?<![a-z])(?:spokes(?:person|man|woman)|official|minister|director|chief executive|ceo|"
    r"chairman|chairwoman|president|plant manager|general manager)(?![a-z])[^.;]{0,48}?"
    r"(?<![a-z])(?:" + SAY_EN + r")(?![a-z])"
)
# A kicker that names a medium or an unnamed source still attributes, whoever speaks below it.
_MEDIA = re.compile(
    r"(?<![a-z])(?:reuters|bloomberg|ap|afp|cnbc|wsj|ft|nikkei|news|times|journal|post|media|"
    r"report|reports|sources?)(?![a-z])|路透|彭博|日经|财新|外媒|媒体|消息|知情|报道|报|社|网|台"
)
# What has been done on the project, told before the expectation (its course, not a plan).
_PROGRESS = re.compile(
    r"已进入|已经进入|已完成|已经完成|已开始|已启动|已封顶|已竣工|已建成|已到位|进展顺利|稳步推进|"
    r"正在调试|正在安装|(?<![a-z])(?:has|have)\s+(?:now\s+)?(?:entered|completed|finished|"
    r"begun|started|installed)(?![a-z])|(?<![a-z])(?:is|are)\s+(?:now\s+)?(?:in\s+(?:trial|"
    r"the\s+final)|commissioning|installing|testing)(?![a-z])|on track|on schedule|"
    # a deal past its steps but one: 目前只待央行批准, 已获股东批准, "has received shareholder
    # approval", "now awaits only the central bank's approval"
    r"只待|仅待|只差|仅差|只剩|仅剩|就差|已获|已获得|已取得|已通过|"
    r"(?<![a-z])(?:has|have)\s+(?:now\s+)?(?:received|obtained|secured|won)(?![a-z])|"
    r"(?<![a-z])(?:now\s+)?(?:awaits|awaiting|needs|requires)\s+only(?![a-z])|"
    r"(?<![a-z])only\s+(?:awaits|awaiting|needs|requires)(?![a-z])"
)
_OTHER = re.compile(
    r"(?<![a-z])(?:analysts?|observers?|experts?|investors?|sources?|people familiar|media|"
    r"reports?)(?![a-z])|分析师|分析人士|观察人士|业内|业界|外界|市场人士|媒体|报道|消息人士|知情人士"
)
_END = re.compile(r"[。！？!?；;]|\.\s")
RECORD_REACH = 120


def on_record(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The first official speaking on the record in `norm[start:end]`, else None."""
    return _ON_RECORD.search(norm, start, end)


def kicker_spoken(who: str, lead: str) -> bool:
    """True when a headline kicker (`who`) names no medium and the lead has an official on the
    record: the kicker names the speaker's office, not a source."""
    return _MEDIA.search(who) is None and on_record(lead, 0, len(lead)) is not None


def course_expected(norm: str, hedge: Marker) -> bool:
    """True when the expectation `hedge` follows, in its sentence, an official on the record
    who first tells what is done on the project: the expectation is that office's own."""
    if hedge.word not in ("expect", "expects", "expected", "预计"):
        return False
    floor = max(0, hedge.start - RECORD_REACH)
    for m in _END.finditer(norm, floor, hedge.start):
        floor = m.end()
    said = on_record(norm, floor, hedge.start)
    if said is None or _OTHER.search(norm, said.end(), hedge.start):
        return False
    return _PROGRESS.search(norm, said.end(), hedge.start) is not None


# "told reporters/analysts/investors" after an office ("a ministry spokesperson told reporters",
# "the chief executive told analysts") or after the claim's own party ("Acme told investors"):
# the speaker is on the record; the verb names the audience, not a source.
_TOLD = ("told reporters", "told analysts", "told investors")
_OFFICE = re.compile(
    r"(?<![a-z])(?:spokes(?:person|man|woman)|official|minister|director|chief executive|ceo|"
    r"chief financial officer|cfo|chairman|chairwoman|president|manager)(?![a-z])[^.;,]{0,40}?$"
)


def told_on_record(norm: str, marker: Marker, own: list[tuple[int, int]]) -> bool:
    """True when the attribution `marker` ("told analysts") has an office or the claim's own
    party (`own`, its names as spans) as its speaker, right before it."""
    if marker.word not in _TOLD:
        return False
    if _OFFICE.search(norm, max(0, marker.start - 60), marker.start) is not None:
        return True
    return any(0 <= marker.start - end <= 1 for _, end in own)


def first_source(
    norm: str, markers: list[Marker], own: Callable[[], list[tuple[int, int]]]
) -> Marker | None:
    """The sentence's first attribution marker that is no speaker on the record
    (`told_on_record`; `own` gives the claim's own names as spans, asked for only then), else
    None."""
    for m in markers:
        if m.kind == "attribution" and not (m.word in _TOLD and told_on_record(norm, m, own())):
            return m
    return None


_OWN_OF = re.compile(r"(?:'s)?\s*")


def own_office_said(norm: str, hedge: Marker, own: list[tuple[int, int]]) -> bool:
    """True when the expectation `hedge` is told, in its sentence, by an office of the claim's
    own party on the record ("AMD chief executive Lisa Su said ..., with availability now
    expected in 2027", 艾克美首席执行官表示，……预计……) with no one else's expectation between."""
    if hedge.word not in ("expect", "expects", "expected", "预计", "预期"):
        return False
    floor = max(0, hedge.start - 2 * RECORD_REACH)
    for m in _END.finditer(norm, floor, hedge.start):
        floor = m.end()
    for said in _ON_RECORD.finditer(norm, floor, hedge.start):
        if _OTHER.search(norm, said.end(), hedge.start):
            continue
        at = said.start()
        if any(end <= at and _OWN_OF.fullmatch(norm, end, at) for _, end in own):
            return True
    return False


# "according to a survey of 14 carriers by a broker", 根据一项调查, 据某机构的统计: a lead that
# cites a survey, a study or data sources that finding only, not the story's other news. (A
# report by an outlet still covers the story: "according to a report in the FT".)
_SURVEY = re.compile(
    r"\s*(?:(?:a|an|the|its|their|new|latest|recent|one)\s+){0,3}(?:[a-z0-9-]+\s+){0,2}?"
    r"(?:survey|surveys|study|studies|poll|polls|data|figures|research|census|index)(?![a-z])|"
    r"[^，。；,;\n]{0,16}?(?:调查|调研|研究|问卷|统计|数据)"
)
_CITES = ("according to", "根据")


def cites_survey(text: str, m: Marker) -> bool:
    """True when the attribution `m` cites a survey, a study or data rather than a source."""
    return m.word in _CITES and _SURVEY.match(text, m.end) is not None
