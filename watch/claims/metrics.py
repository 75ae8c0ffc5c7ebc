"""A percentage that belongs to another metric than the claim's.

"Yageo confirms resistor price increase, sees utilisation topping 85%": the 85% is the
utilisation's, written right after its noun, whatever price word stands a few words before it.
So are "gross margin of 31%", "market share rose to 22%", "shares rose 3.2%", 稼动率将达85%,
毛利率30%, 营收年增20%. A metric is the claim's own when its statement, its subject or the amount's
`near` list names it (a claim on margins, a `near: [毛利率]`), in either language.

    other_metric(rule, norm, item, hits)   the metric noun that owns a percent item, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import normalise

# Each metric's words, English and Chinese (simplified: text is normalised), longest first.
METRICS: dict[str, tuple[str, ...]] = {
    "utilisation": (
        "capacity utilisation",
        "capacity utilization",
        "utilisation rate",
        "utilization rate",
        "utilisation",
        "utilization",
        "operating rate",
        "loading rate",
        "load factor",
        "occupancy",
        "产能利用率",
        "利用率",
        "稼动率",
        "开工率",
        "产能满载率",
    ),
    "margin": (
        "gross margins",
        "gross margin",
        "operating margins",
        "operating margin",
        "net margin",
        "profit margins",
        "profit margin",
        "margins",
        "margin",
        "毛利率",
        "营业利益率",
        "营业利润率",
        "营益率",
        "净利率",
        "利润率",
    ),
    "market share": ("market share", "市场占有率", "市占率", "市场份额", "占有率"),
    "yield": ("yield rates", "yield rate", "yields", "良率", "良品率"),
    "revenue": ("revenues", "revenue", "turnover", "营业收入", "营收", "营业额", "销售额"),
    "profit": (
        "net profit",
        "net income",
        "profits",
        "profit",
        "earnings",
        "净利润",
        "净利",
        "纯利",
        "获利",
    ),
    "stock": ("shares", "stock", "股价"),
}
_WORD = {w: name for name, words in METRICS.items() for w in words}
_ANY = re.compile(
    "|".join(
        (r"(?<![a-z])" + re.escape(w) + r"(?![a-z])") if w.isascii() else re.escape(w)
        for w in sorted(_WORD, key=len, reverse=True)
    )
)
# What may stand between a metric's noun and its figure: verbs of level and movement, a
# modal, a qualifier ("utilisation topping 85%", "margin of about 31%", 稼动率将提升至85%).
_EN_LINK = re.compile(
    r"\s*(?:(?:of|at|to|topping|top|tops|topped|hit|hits|reaching|reached|reach|near|around|"
    r"above|over|exceeding|exceeded|exceed|was|is|are|were|will|would|could|may|be|been|has|"
    r"had|have|rose|risen|rising|rises|climbed|climbing|fell|fallen|falling|dropped|jumped|"
    r"slipped|improved|expanded|narrowed|widened|stood|stands|seen|expected|likely|about|"
    r"roughly|nearly|some|more|than|almost|by|up|down|grew|gained|increased|declined|edged|"
    r"surged|slid|jump|rise|fall|of about|at about|above|below|under|just|"
    # a headline's present tense: "Airtel Q1 profit jumps 24%", "margin climbs to 31%"
    r"jumps|rises|falls|climbs|surges|soars|slides|drops|gains|grows|slumps|plunges|tumbles|"
    r"sinks|dips|improves|expands|narrows|widens|edges|hits|reaches|nearly)\s+)*$"
)
_ZH_LINK = re.compile(
    r"\s*(?:将|会|可|可望|预计|预期|有望|已|仍|也|则|达到|达|为|至|到|提升|提高|上升|升|增加|"
    r"年增|季增|月增|年减|季减|增长|成长|下滑|下降|降|减少|跌|大涨|上涨|涨|逾|超过|超|突破|约|近|"
    r"来到|维持|在|高达|冲上|站上|了|有|攀升|回升|滑落|"
    # 纯利大增24%, 净利润同比跃升24%
    r"同比|按年|大幅|大增|跃升|飙升|劲升|急升|增)*\s*$"
)
_REACH = 40


def other_metric(rule: ClaimRule, norm: str, item: Item, hits: list[Hit]) -> str | None:
    """The noun of another metric than the claim's that a percent item is written after
    ("utilisation topping 85%", 毛利率达30%), with no `near` phrase of the amount between
    them; None when none, or when the metric is the claim's own."""
    if item.kind is not EvidenceKind.AMOUNT or not item.part.startswith("amount["):
        return None
    j = int(item.part.removeprefix("amount[").rstrip("]"))
    amount = rule.amount[j]
    if amount.unit != "percent":
        return None
    found = list(_ANY.finditer(norm, max(0, item.start - _REACH), item.start))
    if not found:
        return None
    m = found[-1]
    between = norm[m.end() : item.start]
    link = _EN_LINK if m.group().isascii() else _ZH_LINK
    if not link.fullmatch(between):
        return None
    key = str(j)
    if any(
        h.entry.kind is TermKind.AMOUNT_NEAR and h.entry.key == key and m.end() <= h.start
        for h in hits
        if h.end <= item.start
    ):
        return None  # "margin-linked price increase of 15%": the near word is the figure's
    named = tuple(amount.near) + tuple(w for words in rule.subject.values() for w in words)
    if _WORD[m.group()] in _own(rule.statement, named):
        return None
    return m.group()


@lru_cache(maxsize=256)
def _own(statement: str, near: tuple[str, ...]) -> frozenset[str]:
    """The metrics a claim is about: those its statement, its subject or its amount's `near`
    list names."""
    texts = [normalise(statement), *(normalise(n) for n in near)]
    own = {_WORD[m.group()] for text in texts for m in _ANY.finditer(text)}
    # a percentage of capacity is a utilisation ("more than 80% of its design capacity",
    # `near: [nameplate]`), though a capacity claim in tonnes or a rise of capacity is not
    if any(_CAPACITY.search(text) for text in texts):
        own.add("utilisation")
    return frozenset(own)


_CAPACITY = re.compile(
    r"%\s?of [^.;]{0,40}?(?:capacity|nameplate|design)(?![a-z])|"
    r"(?<![a-z])(?:nameplate|design capacity|rated capacity)(?![a-z])|设计产能|额定产能|设计能力"
)
