"""A figure for a part of the claim's period: progress toward the whole, not the whole.

"Quanta shipped 12.1 million notebooks in the first quarter", "has sold 2.67 million vehicles in
the first ten months", 第一季出货1,210万台, 前三季累计出货3,500万台, 1-10月销量268万辆: against a
claim of a year's total (50 million notebooks in 2026), a quarter's, a half's, a month's or a
year-to-date count is a step on the way, and no size of the year's. It neither contradicts nor
(but for a floor already reached) confirms. A figure said of the whole ("full-year", "this
year", 全年, 今年, a target) is the claim's, and so is one whose part is the claim's own period (a
quarter's figure against a quarter's claim).

    part_period(rule, norm, item)          the part written with an amount item, or None
    other_figure(rule, norm, item, hits)   why an amount is not the claim's figure: a part's,
                                           or another metric's (`metrics`); None when it is

Rates are no totals (a 5% rise in the first quarter is no part of a year's 15%): only counts
and money are read. Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.early_rates import early_rate
from watch.claims.metrics import other_metric
from watch.claims.order_flows import flow_figure
from watch.claims.rules import ClaimRule
from watch.claims.running_totals import running_total
from watch.claims.signals import EvidenceKind, Hit, Item
from watch.claims.text import normalise
from watch.models import Stance

_RATES = ("percent", "points")

_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec)"
)
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
# The parts of a year as English writes them, and how many months each spans.
_EN_PARTS: tuple[tuple[str, int], ...] = (
    (
        _ORDINAL
        + r"[\s-]quarter|(?<![a-z])"
        + _MONTH
        + r"[\s-]quarter|(?<![a-z0-9])q[1-4](?![a-z0-9])|(?<![a-z0-9])[1-4]q(?![a-z0-9])",
        3,
    ),
    (
        r"(?:first|second|1st|2nd)[\s-]half|(?<![a-z0-9])h[12](?![a-z0-9])"
        r"|(?<![a-z0-9])[12]h(?![a-z0-9])",
        6,
    ),
    (
        r"(?:first|past|last|opening)\s+(?P<n>" + _COUNT + r")\s+months"
        r"|(?P<n3>" + _COUNT + r")-month\s+(?:total|tally|shipments|sales|deliveries)"
        r"|(?P<n2>" + _COUNT + r")\s+months\s+(?:to|through|ended|ending)",
        0,
    ),
    # a running total: "so far", "to date", "cumulative" (11 months: short of the year)
    (
        r"year[\s-]to[\s-]date|so far(?: this year)?|(?<![a-z])ytd(?![a-z])|(?<![a-z])to date"
        r"|(?<![a-z])cumulative(?:ly)?|in total so far",
        0,
    ),
    (r"(?<![a-z])" + _MONTH + r"(?![a-z])\.?|(?:the|this|that|last)\s+month", 1),
    (r"(?:this|that|the|last|current)\s+quarter", 3),
)
_ZH_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_ZH_PARTS: tuple[tuple[str, int], ...] = (
    (r"前(?P<n>[一二三四五六七八九十]|\d{1,2})个?月", 0),
    (r"前[三3]季度?", 9),
    (r"前[两二2]季度?|[上下]半年", 6),
    (r"第?[一二三四1-4]季度?|首季|本季|上季|单季", 3),
    (
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?[-至到~]\s?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月",
        0,
    ),
    # a running total: 累计, 迄今, 至今, 截至目前, 已累计 (11 months: short of the year)
    (
        r"今年以来|年初至今|年初迄今|本财年迄今|迄今|至今|截至目前|目前为止|累计"
        # 已回购4.2亿: a buy or sale said done so far (not 已完成, which closes it)
        r"|(?<![完成])已(?:累计)?(?:回购|出货|销售|交付|售出|卖出|派发)",
        0,
    ),
    (
        r"(?<![\d年])(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月份?(?![\d日号底初中])|单月|当月|上月|本月",
        1,
    ),
)
_EN_PART = re.compile("|".join(f"(?:{p})" for p, _ in _EN_PARTS))
_ZH_PART = re.compile("|".join(f"(?:{p})" for p, _ in _ZH_PARTS))

# What says a figure is the year's, or a goal: then it is the claim's own kind of figure.
_WHOLE = re.compile(
    r"(?<![a-z])(?:full[\s-]year|annual|this year|for the year|the whole year|target|goal|"
    r"guidance|forecast|outlook|projection)(?![a-z])|全年|今年|年度|目标|预估|预期|财测"
)
# "12.1 million notebooks in the first quarter": a few words, then the part.
_EN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:(?:in|during|for|over|through|across|in the course of)\s+"
    r"(?:the\s+|its\s+)?)?$"
)
# "first-quarter notebook shipments of 12.1 million", "Acme last month sold 268,400": the part,
# the noun it counts or a verb of selling, then the figure. ("said last month it would sell
# 4 million", 10月下修至4,600万台: the part dates a statement or a revision, not the figure.)
_EN_BEFORE = re.compile(
    r"(?:['’]s)?\s*(?:(?!(?:said|says|expects|expected|would|will|plans|aims|sees|cut|cuts|"
    r"lowered|raised|trimmed|revised|it|they|we|he|she|its|their|to|from|the|a|an|and|or|but|"
    r"in|on|with|by|for|than|versus|vs|against)\s)[a-z-]+\s+){0,2}?"
    r"(?:(?:sales|shipments|deliveries|output|production|revenue|volumes?|shipped|sold|"
    r"delivered|produced|made|booked)\s+)?"
    r"(?:(?:of|were|was|totaled|totalled|reached|hit|rose to|fell to|grew to|came to|"
    r"came in at|stood at|at)\s+)?"
    r"(?:(?:about|around|roughly|nearly|some|just over|more than|over|almost)\s+)?$"
)
# 第一季出货1,210万台, 前三季累计出货3,500万台: the part, the noun it counts or a verb, the figure.
_ZH_BEFORE = re.compile(
    r"\s*(?:累计|合计|共|总计)?的?[^\d，,；;。：:！？（）()下修调降减砍删缩改将预估计拟目宣称批]{0,4}?"
    r"(?:累计|合计|共|总计)?(?:出货量?|销量|销售量?|交付量?|营收|营业收入|产量|卖出|售出|"
    r"出口|订单|接单)?(?:已|为|达到?|约|逾|超过|突破|仅|共|计|了|有)*\s*$"
)
_REACH = 60
# "46 million notebooks this year", 4,600万台全年: the year's figure, whatever part came before
# (a Chinese headline's space ends a clause: "二季度回购29亿 重申全年目标" is two clauses)
_YEARS_AFTER = re.compile(
    r"[^\d,;:.!?，；。：！？]{0,25}?(?:(?<![a-z])(?:full[\s-]year|(?<!so far )this year|"
    r"for the year|annual)"
    r"(?![a-z]))|[^\d\s,;:.!?，；。：！？]{0,25}?(?:全年|今年)"
)


def other_figure(rule: ClaimRule, norm: str, item: Item, hits: list[Hit]) -> str | None:
    """The reason an amount item is not the claim's figure, or None."""
    metric = other_metric(rule, norm, item, hits)
    if metric is not None:
        return f'is the "{metric}" figure, another metric than the claim\'s: a mention'
    flow = flow_figure(rule, norm, item)
    if flow is not None:
        return f'is the "{flow}" figure, orders taken, not the backlog the claim counts: a mention'
    total = running_total(rule, norm, item)
    if total is not None:
        return f'is a running total ("{total}"), not the figure of the claim\'s deal: a mention'
    part = part_period(rule, norm, item)
    if part is not None:
        return f'is a figure for part of the claim\'s period ("{part}"), progress: a mention'
    reached = reached_so_far(rule, norm, item)
    if reached is not None:
        return f'is the level reached so far ("{reached}") toward a deadline: progress, a mention'
    early = early_rate(rule, norm, item)
    if early is not None:
        return f'is a rate for "{early}", before the deadline\'s month: progress, a mention'
    return None


# A level a change has reached, told as done: 产能由28GWh提升至约44GWh, 增至, "capacity rose to
# 44 GWh", "has reached". Against a claim of a level by a deadline (60 GWh by end-2026) a level
# short of it is a step on the way, as a quarter's count is toward a year's. A level foreseen
# for the deadline (预计年底约为45GWh, "will finish the year with 45 GWh") is the claim's, and
# a plan or forecast word before the verb (将提升至, "is expected to rise to") makes it one.
_REACHED = re.compile(
    r"(?:(?:增|提升|升|扩大|扩|增加|增长|提高|扩充)(?:至|到)|(?:rose|risen|increased|grew|grown|"
    r"expanded|climbed) to|(?:has|have) (?:now )?reached)\s?$"
)
_FORESEEN = re.compile(
    r"将|预计|预期|计划|拟|有望|目标|will|expect|plan|forecast|target|set to|aim"
)


def reached_so_far(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The verb that tells contradicting amount `item` as a level reached by now, when the claim
    is one of a level by a deadline and its contradicting ranges all lie below; else None."""
    if item.kind is not EvidenceKind.AMOUNT or item.stance is not Stance.CONTRADICTS:
        return None
    if rule.deadline is None or not item.part.startswith("amount["):
        return None
    amount = rule.amount[int(item.part.removeprefix("amount[").rstrip("]"))]
    if not amount.contradicts or any(low is not None for low, _ in amount.contradicts):
        return None  # a figure over the top is no step on the way
    m = _REACHED.search(norm, max(0, item.start - 20), item.start)
    if m is None:
        return None
    clause = re.split(r"[，。；,;]", norm[max(0, m.start() - 30) : m.start()])[-1]
    return None if _FORESEEN.search(clause) else m.group().strip()


def part_period(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The part of a year written with amount `item` ("the first quarter", 前三季) when it is
    shorter than the period the claim's statement gives, so the figure is progress toward the
    claim's figure; None when the item is no count or money, the part is the claim's own, a word
    says the figure is the whole year's or a goal, or the figure already reaches a claim's floor
    (progress past the line confirms)."""
    if item.kind is not EvidenceKind.AMOUNT or item.valuation or not item.part:
        return None
    j = int(item.part.removeprefix("amount[").rstrip("]"))
    amount = rule.amount[j]
    if amount.unit in _RATES:
        return None
    whole = _claim_months(rule.statement)
    if whole is None:
        return None
    if item.stance is Stance.CONFIRMS and all(high is None for _, high in amount.confirms):
        return None  # a part already past the claim's floor: the whole is too
    found = _part_after(norm, item) or _part_before(norm, item)
    if found is None or _YEARS_AFTER.match(norm, item.end):
        return None
    text, months = found
    return text if months < whole else None


def _part_after(norm: str, item: Item) -> tuple[str, int] | None:
    tail = norm[item.end : item.end + _REACH]
    for m in _EN_PART.finditer(tail):
        lead = tail[: m.start()]
        if _EN_AFTER.fullmatch(lead) and not _WHOLE.search(lead):
            return _measured(m, _EN_PARTS)
        break  # only the first part after it
    return None


def _part_before(norm: str, item: Item) -> tuple[str, int] | None:
    a = max(0, item.start - _REACH)
    for pattern, parts, gap in (
        (_EN_PART, _EN_PARTS, _EN_BEFORE),
        (_ZH_PART, _ZH_PARTS, _ZH_BEFORE),
    ):
        found = list(pattern.finditer(norm, a, item.start))
        if not found:
            continue
        m = found[-1]  # the nearest
        between = norm[m.end() : item.start]
        if gap.fullmatch(between) and not _WHOLE.search(between):
            return _measured(m, parts)
    return None


def _measured(m: re.Match[str], parts: tuple[tuple[str, int], ...]) -> tuple[str, int] | None:
    """The part's text and its length in months (11 for a year-to-date figure of unknown end)."""
    text = m.group()
    for pattern, months in parts:
        if not re.fullmatch(pattern, text):
            continue
        if months:
            return text, months
        n = m.groupdict().get("n") or m.groupdict().get("n2") or m.groupdict().get("n3")
        if n is None:
            span = re.findall(r"\d{1,2}|十[一二]?|[一二三四五六七八九]", text)
            if len(span) == 2:  # 1-10月
                first, last = (_number(s) for s in span)
                return text, last - first + 1
            return text, 11  # year to date: short of the year, however far it runs
        return text, _number(n)
    return None


_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        1,
    )
}


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word in _EN_NUMBERS:
        return _EN_NUMBERS[word]
    if word.startswith("十"):
        return 10 + (_ZH_NUMBERS.get(word[1:], 0) if len(word) > 1 else 0)
    return _ZH_NUMBERS.get(word, 12)


# The period a claim's statement gives: a year (2026, annual, 全年), else a part of one.
_YEAR_CLAIM = re.compile(
    r"(?<![\d.,$])20\d\d(?!\d|%)|(?<![a-z])(?:annual|full[\s-]year|this year|a year|per year|"
    r"for the year|fiscal)(?![a-z])|全年|今年|年度"
    r"|\d{4}年(?![\d一二三四五六七八九十]+月|第|[上下]半年)"
)


@lru_cache(maxsize=256)
def _claim_months(statement: str) -> int | None:
    """How many months the claim's figure covers, from its statement: the shortest part it
    names (a quarter: 3), else 12 for a year; None when it names no period."""
    norm = normalise(statement)
    # (any month it names counts: "to 30 June 2026" closes a year that is no calendar year,
    # whose quarters this module cannot place)
    parts = [_measured(m, _EN_PARTS) for m in _EN_PART.finditer(norm)]
    parts += [_measured(m, _ZH_PARTS) for m in _ZH_PART.finditer(norm)]
    months = [p[1] for p in parts if p is not None]
    if months:
        return min(months)
    return 12 if _YEAR_CLAIM.search(norm) else None
