"""A figure joined to its verb by "by" (幅度) after a long object: "raise second-quarter prices
for several of its largest customers by around 12%", 上调对几家大客户的合约价格，幅度约为12%. The
figure sizes the change the verb names, however long the object between them.

    joined_by(norm, hits, key, q, others)   the `near` hit of amount rule `key` that "by" joins
                                            the figure q to, or None

Pure: normalised text and the hits of one rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.quantities import Quantity
from watch.claims.signals import Hit, TermKind

# "by", "by about", "by an average of" right before the figure (its own qualifier, "around",
# is part of the figure already)
_BY_EN = re.compile(
    r"(?<![a-z])by\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
    r"approximately\s+|an average of\s+|on average\s+|as much as\s+)?$"
)
# 幅度约为12%, 幅度达12%: the size of the change, named after the clause that makes it
_BY_ZH = re.compile(r"(?:平均)?(?:涨|升|增|降|跌|调整)?幅度?(?:平均)?(?:约为|为|达到|达|在)?$")
_BREAK = re.compile(r"[,，;；:：。!！?？]|\.(?!\d)")
_REACH = 110  # characters from the verb's end to "by": a long object, not another sentence


def joined_by(
    norm: str, hits: list[Hit], key: str, q: Quantity, others: Sequence[Quantity]
) -> Hit | None:
    """The `near` hit (of amount rule `key`) whose change the figure q sizes through "by" (or
    幅度) after the verb's object: the nearest such hit before it in the same clause, with no
    other figure between. None when nothing joins them."""
    lead = norm[max(0, q.start - 30) : q.start]
    by = _BY_EN.search(lead)
    zh = None if by is not None else _BY_ZH.search(lead)
    if zh is not None and "幅" not in zh.group():
        zh = None
    joiner = by or zh
    if joiner is None:
        return None
    joint = q.start - len(lead) + joiner.start()
    best = None
    for h in hits:
        if h.entry.kind is not TermKind.AMOUNT_NEAR or h.entry.key != key:
            continue
        if h.end > joint or joint - h.end > _REACH:
            continue
        between = norm[h.end : joint]
        if zh is not None:  # 上调……价格，幅度约为12%: the comma before 幅度 joins, no other
            between = between.rstrip().rstrip(",，")
        if _BREAK.search(between) or any(h.end <= o.start < joint for o in others):
            continue
        if best is None or h.end > best.end:
            best = h
    return best


# "is planning to raise its prices ... by 20%", "seeks to lift ... by", 计划上调……，幅度约20%: a
# plan or a wish right before the verb makes the figure it sizes only sought
_PLANNED_VERB = re.compile(
    r"(?:(?<![a-z])(?:plans?|planning|planned|intends?|intending|aims?|aiming|seeks?|seeking|"
    r"sought|wants?|wanted|hopes?|hoping|hoped|proposes?|proposing|proposed|is set|are set|"
    r"scheduled|slated|due|poised|looking|pushing|trying|tried|tries)\s+to"
    r"|计划|计画|拟|打算|准备|寻求|希望|有意|试图|争取|谋求|力争)\s*$"
)


def planned_verb(norm: str, verb: int) -> str | None:
    """The plan word right before the verb at `verb` that a figure sizes through "by", or None."""
    m = _PLANNED_VERB.search(norm, max(0, verb - 24), verb)
    return None if m is None else m.group().strip()
