"""A figure told in the clause after a dated recap, as the price of the act that clause told:
"今年2月中标，中标价76.38亿元", "3月签约，合同金额约51.6亿元", "won the contract in February,
worth $7.6 billion", "was awarded the job in March, at a price of $2bn". The clause opens with the
figure's label (……价, 金额, 总额, 规模, 对价; "worth", "valued at", "at a price of", "with a value
of") and has no verb of its own: the recap's date carries over it (`background.continued`). A
clause with a verb of its own ("，合同金额调整为51.6亿元", "and it was later cut to $5bn") is
news of its own and keeps its reading.

    price_clause(norm, start, item)   the item is the figure of a label clause opening at start
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item

# (normalised: simplified, lower case) the label, an optional 为/约/达, then the figure
_LABEL = re.compile(
    r"\s*(?:其|该|总)?(?:中标|合同|投标|成交|交易|收购|签约|项目|订单|协议|发行|募资|融资)?"
    r"(?:价格?|金额|总额|价款|报价|规模|对价|总价|造价)(?P<zh>)(?:为|约为|约|达|逾|近|超)?\s*"
    r"(?:人民币|约|近|逾|超过)?\s*(?=[\d一二两三四五六七八九十])|"
    r"\s*(?:(?:and|which was)\s+)?(?:worth|valued at|priced at|"
    r"at an? (?:price|value|cost|bid) of|with an? (?:value|price|bid) of|"
    r"for an? (?:price|sum|total|fee) of)(?P<en>)\s+"
    r"(?:about |around |roughly |some |nearly |almost |more than |over |up to )?"
    r"(?=(?:[a-z]{1,3}\$|\$|€|£|¥|rmb\s?|usd\s?|eur\s?|hk\$|us\$)?\d)|"
    # ", for $7.6bn": a price when a currency sign follows
    r"\s*for(?P<for>)\s+(?:about |around |roughly |some |nearly |almost )?"
    r"(?=(?:[a-z]{1,3}\$|\$|€|£|¥|hk\$|us\$)\d)"
)
_CLAUSE = re.compile(r"[,，;；。]")


def price_clause(norm: str, start: int, item: Item) -> bool:
    """True when amount `item` is the figure that the label clause opening at `start` (right
    after a comma) names, with nothing but an approximation word (约, "about") between."""
    if item.kind is not EvidenceKind.AMOUNT:
        return False
    label = _LABEL.match(norm, start, item.end)
    if label is None or label.end() < item.start:
        return False
    # the figure starts right after the label, or at an approximation word the label took
    if item.start < max(label.end(g) for g in ("zh", "en", "for")):
        return False
    return _CLAUSE.search(norm, start, item.start) is None
