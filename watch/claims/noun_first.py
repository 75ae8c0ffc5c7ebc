"""Counts written after the noun they count, with no unit word after the number: a workforce
("a workforce of 28,000", 员工总数跌穿2.8万, 裁员人数缩减至约6500) and stores counted by a bare 家
(关闭的门店是19家), and a bare 家 or 间 (間, HK and Taiwan) closing its figure in a sentence
about stores (门店扩张目标由250家下调至180家, 分店增至120间): the stores it counts.
`measures.find_measures` reads them beside the counts with a unit word.
"""

from __future__ import annotations

import re

from watch.claims.headcount import CUT_COUNT_EN
from watch.claims.numerals import NUM, ZH_VALUE, value_of
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import SCALES, Quantity

# A count of people written after the noun it counts, with no unit word after the number:
# "reduce headcount by 7,800", "a workforce of 28,000", "staff of about 3,000", 员工总数跌穿2.8万,
# 裁员人数缩减至约6500. (A percentage, "headcount by 10%", is `_EN`'s.)
_NOUN_FIRST_EN = re.compile(
    r"(?<![a-z])(?:headcount|head count|workforce|staff|payroll)(?:\s(?:reduction|reductions|"
    r"cut|cuts))?\s(?:of|by|to|at|from|fell by|rose by|fell to|rose to|stood at|totals?|"
    r"totaled|totalled)\s(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|"
    r"over|less than|under)\s)?(?P<num>" + NUM + r")(?:\s?(?P<scale>million|thousand|k)(?![a-z]))?"
    r"(?![\d.,]?\d)(?!\s?(?:%|percent|per cent|percentage|years?|months?|days?))"
)
_NOUN_FIRST_ZH = re.compile(
    r"(?:员工总数|员工人数|员工总人数|总人数|员工数|裁员人数|裁员规模|人手)"
    r"[^\d，。；,;%]{0,6}?(?P<num>" + ZH_VALUE + r")(?P<scale>万)?"
    r"(?![\d.%年月日个名人岗职亿千成倍])"
)


# ... and stores counted by a bare 家 after the noun: 关闭的门店是19家 (而非27家: the figure
# after the rejection has no noun of its own before it, and stays unread).
_STORES_FIRST_ZH = re.compile(
    r"(?:门店|分店|分行|网点|店铺|门市|店数)[^\d，。；,;%]{0,6}?(?P<num>"
    + ZH_VALUE
    + r")(?P<scale>万)?家"
    r"(?![\d公银企机])"
)


# ... and a bare 家/间 closing its figure (no noun after it) in a clause about stores
_CLAUSE_END = re.compile(r"[，。；,;！？!?：:]")
_STORE_NOUN = re.compile(r"门店|分店|店铺|店面|门市|分行|网点|家店|间店|(?:开|关|闭|展)店")
_BARE_STORES_ZH = re.compile(
    r"(?<![\d.])(?P<num>" + ZH_VALUE + r")(?P<scale>万)?[家间]"
    r"(?=[，。；、,;)）]|$|\s|左右|以上|之多|上下|或|至|到|降|增|减|下调|上调|调)"
)


def _bare_stores(norm: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    if "家" not in norm[start:end] and "间" not in norm[start:end]:
        return []
    if not _STORE_NOUN.search(norm, start, end):
        return []
    out = []
    for m in _BARE_STORES_ZH.finditer(norm, start, end):
        value = value_of(m.group("num"))
        if value is None or any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        ends = [c.end() for c in _CLAUSE_END.finditer(norm, start, m.start())]
        if not _STORE_NOUN.search(norm, ends[-1] if ends else start, m.start()):
            continue  # 合作伙伴达20家 after a clause about stores: partners
        value *= SCALES.get(m.group("scale") or "", 1.0)
        kind, q_start = qualifier_before(norm, m.start("num"), start)
        lo, hi = shaped(value, kind)
        text = norm[m.start("num") : m.end()]
        out.append(Quantity(lo, hi, None, text, q_start, m.end(), kind, unit="stores"))
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
_NOUN_FIRST = ((_NOUN_FIRST_EN, "people"), (_NOUN_FIRST_ZH, "people"), (_STORES_FIRST_ZH, "stores"))
_CUT_WORDS = ("cuts", "layoffs", "redundancies", "job losses", "reductions", "number of")


def counts_after_noun(norm: str, start: int, end: int) -> list[Quantity]:
    found = []
    cuts = any(word in norm for word in _CUT_WORDS)  # a cheap exit before CUT_COUNT_EN
    patterns = (*_NOUN_FIRST, (CUT_COUNT_EN, "people")) if cuts else _NOUN_FIRST
    for pattern, unit in patterns:
        for m in pattern.finditer(norm, start, end):
            value = value_of(m.group("num"))
            if value is None or (not m.group("scale") and _YEAR.fullmatch(m.group("num"))):
                continue  # "the staff of 2024" is a year's staff
            value *= SCALES.get(m.group("scale") or "", 1.0)
            kind, q_start = qualifier_before(norm, m.start("num"), m.start())
            lo, hi = shaped(value, kind)
            text = norm[m.start("num") : m.end()]
            found.append(Quantity(lo, hi, None, text, q_start, m.end(), kind, unit=unit))
    return found + _bare_stores(norm, start, end, found)
