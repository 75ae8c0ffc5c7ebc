"""What a deal's figure is named as, beyond the words right beside it:

    the valuation of a deal only sought    "is seeking $100 billion ..., a deal that would value
                                            it at $830 billion": a plan, like the sum sought
    a goal                                 "could still hit its $100 billion goal", 目标1000亿美元:
                                            a size aimed at, not reached

Each function takes normalised text and spans and returns the word that decided, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.certainty import PENDING_REACH, pending_holds, pending_terms, plan_claim
from watch.claims.failed_goals import failed_goal
from watch.claims.markers import Marker, scoped
from watch.claims.quantities import Quantity
from watch.claims.recency import NEWS_DAY
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import normalise
from watch.models import Stance

# "its $100 billion goal", "a $100bn target", 1000亿美元的目标, 1000億美元目標: the goal noun right
# after the figure (a few characters: "的", a space) ...
_GOAL_AFTER = re.compile(r"\s?(?:的)?(?:goal|target|ambition|目标)(?![a-z])")
# ... or right before it: "a goal of $100 billion", "target of", 目标为, 目标是, 目标1000亿
_GOAL_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:goal|target|ambition)\s(?:of|is|was)|目标(?:为|是|定为|设定为|达到)?)"
    r"\s?(?:about|around|roughly|some|约|大约)?\s?$"
)
# a goal noun inside a compound names another thing: 目标估值 (a target valuation) is the
# valuation a round is raised at, a term of the deal
_GOAL_COMPOUND = ("估值", "valuation", "price")

# "has hit its $60 billion goal", 实现了600亿美元的目标: a goal said to be reached is a size
# reached, unless a modal or a future puts the reaching ahead ("could still hit", 有望达成)
_REACHED = re.compile(
    r"(?:(?<![a-z])(?:hit|hits|reached|reaches|met|meets|achieved|surpassed|exceeded|beat|"
    r"topped)(?:\s(?:its|their|the|a))?|达成了?|实现了?|完成了?|超过了?|达到了?)\s?$"
)
_AHEAD = re.compile(
    r"(?:(?<![a-z])(?:could|may|might|will|would|to|still|aims to|hopes to)|可能|有望|可望|将|"
    r"力争|争取|希望)\s?$"
)


def goal_word(norm: str, start: int, end: int) -> str | None:
    """The goal noun the figure at norm[start:end] is named with ("its $100 billion goal",
    目标1000亿美元) when nothing says the goal was reached, or None."""
    word = None
    after = _GOAL_AFTER.match(norm, end)
    if after is not None and not norm.startswith(_GOAL_COMPOUND, after.end()):
        word = after.group().strip()
    before = _GOAL_BEFORE.search(norm, max(0, start - 20), start)
    if word is None and before is not None:
        word = before.group().strip()
        start = before.start()
    if word is None:
        return None
    reached = _REACHED.search(norm, max(0, start - 24), start)
    if reached is not None and not _AHEAD.search(
        norm, max(0, reached.start() - 16), reached.start()
    ):
        return None
    return word


def sought_deal(
    norm: str, start: int, figures: Sequence[Quantity], markers: list[Marker]
) -> Marker | None:
    """The `pending` marker ("seeking", 寻求), or the words of seeking (`sought_word`), that
    govern a figure written before the valuation at `start` in the same sentence: the deal
    sought is the one valued, so its valuation is a plan too. None when no earlier figure is a
    plan."""
    for q in figures:
        if q.end > start:
            break
        m = scoped(norm, markers, "pending", q.start, q.end, reach=PENDING_REACH)
        if m is not None:
            return m
        word = sought_word(norm, q.start)
        if word is not None:
            return Marker("pending", word, q.start - len(word), q.start)
    return None


# "is trying to raise north of $100 billion", "holding out for a $1 trillion valuation",
# 试图融资1000亿美元: the figure is what someone seeks, not what was reached. (A qualifier such as
# "north of" or 至多 is already part of the figure.)
_SOUGHT = re.compile(
    r"(?:(?<![a-z])(?:(?:trying|looking|aiming|hoping|seeking|attempting|working|angling|"
    r"pushing|wants?|seeks?|aims?|hopes?|looks?|tries|try|attempts?)\s+to\s+(?:raise|secure|"
    r"collect|bring in|land|line up|amass|close)|(?:holding out|holds out|hold out|pushing|"
    r"angling|gunning|hoping|aiming|shooting) for|insisting on|insists on|in search of|eyeing|"
    r"eyes|seeking|seeks)\s+(?:(?:a|an|the|at least)\s+)?"
    r"|(?:寻求|谋求|试图|力争|争取|希望|打算|坚持要?)(?:以)?(?:融资|募资|筹集|募集|筹资|获得)?"
    r"(?:约|至少)?)$"
)
# "a round estimated at around $100 billion", 估计规模约1000亿美元: someone's estimate of a size
_ESTIMATED = re.compile(
    r"(?:(?<![a-z])estimated\s+(?:at|to be|to total)"
    r"|(?:估计|预估|估算)(?:规模|总额|金额)?(?:约|大约)?(?:为|达)?)\s*$"
)
# "at a target valuation of $830 billion": the valuation sought in a round not yet closed
_TARGET_VALUE = re.compile(
    r"(?:(?<![a-z])(?:target|targeted|hoped-for|desired|sought)\s+valuation\s+(?:of\s+)?"
    r"|目标估值(?:为|达|约为|约)?)$"
)
_WHOLE_LEAD = re.compile(
    r"(?<![a-z])(?:(?:part|parts|portion|slice|piece|tranche|share) of|within|inside)\s+"
    r"(?:(?:the|a|an|its|their|this|that|[a-z0-9.&-]+'s)\s+)?(?:[a-z-]+\s+){0,2}$"
)
# 为千亿融资一部分, 1000亿美元融资中的一部分: the part word after the whole's noun, 的 or not
_WHOLE_TAIL = re.compile(r"[^，。；,;\d]{0,8}?(?:中的|的)?(?:一部分|组成部分|一环)")


def sought_word(norm: str, start: int) -> str | None:
    """The words of seeking right before a figure starting at `start`, or None."""
    m = _SOUGHT.search(norm, max(0, start - 40), start)
    return None if m is None else _ARTICLE.sub("", m.group()).strip()


_ARTICLE = re.compile(r"\s(?:a|an|the|at least)\s*$")


def whole_word(norm: str, start: int, end: int) -> str | None:
    """The words that make the figure at norm[start:end] the whole the sentence's news is part
    of ("within OpenAI's broader $100 billion raise", "part of a $100bn round", 千亿融资一部分),
    or None. ("as part of" and 的一部分 are markers too; this reads the figure's own words.)"""
    lead = _WHOLE_LEAD.search(norm, max(0, start - 48), start)
    if lead is not None:
        return lead.group().split()[0] if "of" not in lead.group().split()[:2] else "part of"
    tail = _WHOLE_TAIL.match(norm, end)
    return None if tail is None else tail.group()[-3:].lstrip("的中")


# "reiterated its goal of at least $5 billion", 重申全年至少50亿目标, 目标不变: a goal its holder
# says still stands is the holder's guidance on its own figure, the claim's figure held, not a
# size unreached (a goal merely named stays a mention)
_HELD_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:reaffirm|reaffirms|reaffirmed|reiterate|reiterates|reiterated|maintained|"
    r"maintains|stood by|stands by|kept)|重申|重申了|维持|坚持|保持)[^,;.!?，；。！？]{0,24}$"
)
_HELD_AFTER = re.compile(
    r"[^,;.!?，；。！？]{0,8}?(?:(?<![a-z])(?:remains? (?:intact|unchanged|in place)|"
    r"is unchanged|unchanged|stands)(?![a-z])|保持不变|维持不变|不变)"
)


def held_goal(norm: str, item: Item) -> bool:
    """True when the goal a figure is named with is said to stand (reaffirmed, unchanged)."""
    return bool(
        _HELD_BEFORE.search(norm, max(0, item.start - 30), item.start)
        or _HELD_AFTER.match(norm, item.end)
    )


def only_planned(
    rule: ClaimRule, item: Item, norm: str, figures: Sequence[Quantity], markers: list[Marker]
) -> str | None:
    """Why an amount item is a plan and not a size reached (a goal; the valuation of a deal
    only sought), or None. A claim that is itself a plan takes its goals as news."""
    if item.kind is not EvidenceKind.AMOUNT or item.confidence == 0 or plan_claim(rule):
        return None
    word = goal_word(norm, item.start, item.end)
    kept = spending_goal(rule, item, norm) or held_goal(norm, item)
    if word is not None and not kept and failed_goal(norm, item) is None:
        return f'is named as a goal ("{word}"), not a size reached'
    talks = pending_terms(rule, item)  # the terms of talks are a talks claim's news
    sought = None if talks else sought_word(norm, item.start)
    if sought is not None:
        return f'is only sought ("{sought}"), not a size reached'
    estimate = _ESTIMATED.search(norm, max(0, item.start - 24), item.start)
    if estimate is not None:
        return f'is only an estimate ("{estimate.group().strip()}"), not a size reached'
    if item.stance == Stance.CONTRADICTS:  # a whole that matches the claim still supports it
        whole = whole_word(norm, item.start, item.end)
        if whole is not None:
            return f'is the whole the news is part of ("{whole}"), not reported as final'
    if item.valuation:
        m = sought_deal(norm, item.start, figures, markers)
        if m is not None and pending_holds(m, item, rule):
            return f'values a deal only sought ("{m.word}")'
        target = None if talks else _TARGET_VALUE.search(norm, max(0, item.start - 40), item.start)
        if target is not None:
            return f'is a valuation only sought ("{target.group().strip()}")'
    return None


# "a compute target of about $600 billion", 算力目标约6千亿美元, 支出目标: a target for spending is
# a budget, a plan of what will be spent; for a claim whose figure is such a plan (its amount
# is read near "compute", "spending", 算力) a new budget is the news, not a goal unreached. A
# fundraising target stays a goal.
_SPENDING = (
    "compute",
    "computing",
    "spending",
    "spend",
    "capex",
    "capital expenditure",
    "infrastructure",
    "commitment",
    "commitments",
    "算力",
    "计算",
    "运算",
    "支出",
    "开支",
    "资本支出",
    "基础设施",
    "承诺",
)
_GOAL_NOUN = re.compile(r"(?:(?<![a-z])(?:goal|target|budget)(?![a-z])|目标)")


def spending_goal(rule: ClaimRule, item: Item, norm: str) -> bool:
    """True when the goal the figure is named with is a spending budget ("compute target",
    算力目标) and the claim reads its figure near that same spending word."""
    j = int(item.part[len("amount[") : -1]) if item.part.startswith("amount[") else -1
    if not 0 <= j < len(rule.amount):
        return False
    near = {normalise(p) for p in rule.amount[j].near}
    for m in _GOAL_NOUN.finditer(norm, max(0, item.start - 24), min(len(norm), item.end + 12)):
        head = norm[max(0, m.start() - 22) : m.start()].rstrip().removesuffix("的").rstrip()
        for word in _SPENDING:
            if head.endswith(word) and word in near:
                return True
    return False


# "has set its compute spending at about $600 billion", "cut its spending target through 2030
# to $600bn", 将算力支出目标下调至6000亿美元: the holder of a figure setting it anew states it
# afresh, as a filing or a statement would (`reported_by`); "cut from X to Y" keeps only Y
_SET_AFRESH = re.compile(
    r"(?:(?<![a-z])(?:has|have|had|just)?\s*(?:set|sets|cut|cuts|lowered|lowers|reduced|reduces|"
    r"trimmed|trims|slashed|slashes|pared back|scaled back|raised|raises|lifted|lifts|revised|"
    r"revises|anchored|anchors|pegged|pegs|fixed|fixes)\s+(?:its|their|the)\s+[^,;.$]{0,48}?"
    r"\s(?:to|at|near)"
    # a headline's passive: "compute plan cut to $600bn", "spending target lowered to"
    r"|(?<![a-z])(?:plan|plans|target|targets|budget|spending|spend|commitments?|forecast)\s+"
    r"(?:is\s+|was\s+|has been\s+|been\s+)?(?:cut|lowered|trimmed|slashed|reduced|raised|"
    r"lifted|set)\s+(?:to|at)"
    r"|(?:下调至|下修至|调降至|缩减至|削减至|砍至|砍到|减至|上调至|上修至|调高至|定为|设定为|定在|设在))"
    r"\s*(?:about|around|roughly|some|约|大约)?\s*$"
)


def set_afresh(norm: str, items: Sequence[Item]) -> bool:
    """True when an amount item is the figure its holder has just set or changed ("has set its
    compute spending at $600 billion", 下调至6000亿美元): a fresh statement of that figure."""
    return any(
        item.kind is EvidenceKind.AMOUNT
        and _SET_AFRESH.search(norm, max(0, item.start - 72), item.start) is not None
        for item in items
    )


# --- a report's saying ----------------------------------------------------------------------

# "the report said", "according to the report", 报道称, 报导指出: what a press report says is a
# statement of the claim's figure only when the report is itself the day's news ("a report on
# Monday said", 本周的报道称); otherwise it is the report told again, and its figures are
# repeated, not said afresh (`reported_by`).
_REPORT_SAID = re.compile(
    r"(?<![a-z])(?:report|reports|newsletter|article|story|outlet|publication)\s+"
    r"(?:also\s+)?$|(?:报道|报导|媒体|外媒|消息)$"
)
_ACCORDING_TO_REPORT = re.compile(
    r"\s+(?:a|the|that|this|an|one|media|press)\s+(?:[a-z'-]+\s+){0,2}?"
    r"(?:report|reports|newsletter|article|story)(?![a-z])"
)


def report_saying(norm: str, start: int, end: int, hit_start: int, hit_end: int) -> bool:
    """True when the statement word at `hit_start:hit_end` is a press report's saying, in a
    sentence (`start:end`) that gives the report no day of its own."""
    said = norm[hit_start:hit_end]
    by_report = (
        _ACCORDING_TO_REPORT.match(norm, hit_end) is not None
        if said == "according to"
        else _REPORT_SAID.search(norm, max(start, hit_start - 24), hit_start) is not None
    )
    return by_report and NEWS_DAY.search(norm, start, end) is None


# "the $1.4 trillion in infrastructure commitments Altman laid out", 奥特曼此前提出的1.4万亿美元:
# a saying in a clause that describes the figure tells it as said before, not afresh.
_DESCRIBED_BY_SAYING = re.compile(
    r"\d[\d,.]*\s*[a-z]*\s+(?:(?:in|of)\s+)?(?:[a-z'-]+\s+){0,4}?[a-z'.-]+\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:already\s+|previously\s+|once\s+)?$"
)


def recalled_saying(norm: str, start: int, end: int, hit_start: int) -> bool:
    """True when the statement word at `hit_start` closes a clause that describes a figure
    before it, in a sentence (`start:end`) that names no day of the news."""
    before = norm[max(start, hit_start - 70) : hit_start]
    cut = max((before.rfind(c) for c in ",;:!?()"), default=-1)
    return (
        _DESCRIBED_BY_SAYING.search(before[cut + 1 :]) is not None
        and NEWS_DAY.search(norm, start, end) is None
    )


# --- a figure that names the plan a headline says is shrinking --------------------------------

# "百亿美元计划恐仅剩六成", "The $10bn plan may shrink", "Siemens' $10bn pledge cut to $6bn": the
# figure and its plan noun open the clause as its subject, and what follows changes the plan. The
# figure names the plan the reader knows (as "its $10bn plan" does); the change is the news.
_PLAN_SUBJECT_LEAD = re.compile(
    r"(?:^|[\s，,;；:：]|(?<![a-z])the\s+|(?<![a-z])[a-z][a-z0-9&.-]*'s?\s+)$"
)
_PLAN_NOUN_CHANGED = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:plan|pledge|investment|commitment|programme|program)s?\s+"
    r"(?:(?:may|might|could|will|would|is set to|is likely to)\s+)?(?:be\s+)?"
    r"(?:shrink|shrinks|shrank|shrunk|shrinking|cut|cuts|slashed|trimmed|scaled back|"
    r"scaled down|pared back|reduced|halved|downsized|in doubt|at risk)(?![a-z])|"
    r"的?(?:投资)?(?:计划|计画|承诺|投资)(?:恐|或|料|将|已)?"
    r"(?:仅剩|只剩|缩水|缩减|缩小|减至|降至|腰斩|打折|生变|泡汤|告吹|减半)"
)


def named_plan(norm: str, item: Item) -> str | None:
    """The words after an amount item that make it the name of a plan said to shrink, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    start = item.start
    while start < item.end and norm[start].isspace():  # " 百亿美元": the space the figure took
        start += 1
    if not _PLAN_SUBJECT_LEAD.search(norm, max(0, start - 24), start):
        return None
    found = _PLAN_NOUN_CHANGED.match(norm, item.end)
    return None if found is None else found.group().strip()


# --- a figure that a denial of commitment is said of ---------------------------------------------

# "the $15 billion is only a ceiling", "$10bn is an ambition rather than a commitment",
# 150亿美元投资非最终承诺, 150亿美元只属「投资上限」: the figure is the subject of a predicate that
# says it binds no one. It is what the denial is about, not a pledge of it (as a cue inside a
# `<no-commitment>` phrase is); the denial's own words are the cues' business.
_DENIED_EN = (
    r"(?:is|was|remains|remained)\s+(?:only\s+|merely\s+|just\s+|simply\s+)?(?:"
    r"(?:a|an)\s+(?:ceiling|cap|upper limit|maximum)|"
    r"(?:an|a)\s+(?:ambition|aspiration|intention|goal)\s+rather than a\s+"
    r"(?:firm\s+|final\s+|binding\s+)?commitment|"
    r"(?:not|n't)\s+(?:a\s+)?(?:final\s+|firm\s+|binding\s+|hard\s+)?"
    r"(?:commitment|pledge|promise)|"
    r"non-?binding|not binding)(?![a-z])"
)
_DENIED_ZH = (
    r"(?:(?:只属|只是|仅是|仅为|仅属|只算|不过是)[「“\"']?[^，。；,;]{0,6}?上限|"
    r"(?:并非|非|不是|并不是|并不属)(?:最终|正式|确定|具约束力的|具法律约束力的|有约束力的|"
    r"具有约束力的|具有法律约束力的|约束性|硬性)?"
    r"的?承诺|(?:并不|不)具(?:法律)?约束力)"
)
_DENIED_FIGURE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,4}?"
    + _DENIED_EN
    + r"|[^，。；,;\s]{0,6}?"
    + _DENIED_ZH
    # a headline's next clause after its space: 30亿美元投资为规划性目标 并非约束性承诺
    + r"|[^，。；,;\s]{0,14}\s+"
    + _DENIED_ZH
    # an aim set against a commitment across a comma: "$3bn Gulf investment is a planning target,
    # not a binding commitment", 30亿美元为公司的规划性目标，并非具有法律约束力的承诺
    + r"|\s*(?:[a-z-]+\s+){0,4}?(?:(?:is|was|remains)\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:target|goal|aim|aspiration|ambition)\s*[,;—-]\s*(?:but\s+|and\s+)?not\s+(?:a\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:commitment|pledge|promise)(?![a-z])"
    r"|[^，。；,;\s]{0,8}?(?:为|是|属|系)[^，。；,;]{0,10}?(?:目标|规划|愿景|指引)[，,]\s*"
    + _DENIED_ZH
)


def denied_figure(norm: str, item: Item) -> str | None:
    """The words after an amount item that deny it binds anyone, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    found = _DENIED_FIGURE.match(norm, item.end)
    return None if found is None else found.group().strip()
