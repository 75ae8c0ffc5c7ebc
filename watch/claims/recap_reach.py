"""How far a recap reaches. A clause after a semicolon whose subject "then" or "later" acted
goes on with the recap before it ("Reports in March put it at $7m; a rival source then told
another paper 5%", 3月有报道称……；另一消息人士随后向其他媒体表示……), as does an adjunct of the
recap's terms after a comma ("last month they agreed to arbitrate, with no strike", 上月同意仲裁，
期间不罢工), so the recap's date covers it. And a deal struck in the past inside a Chinese 的
clause, told now by a fresh statement before it (知情人士证实，该公司3月续签的租约月租为700万
港元), is no recap: the date is the lease's, the confirmation is today's. And a Chinese clause
with its past time and its telling verb inside it, what was told after (今年2月说计划6月恢复
派发，累计部分仍然递延), goes on in the next clause with what was told, unless that one opens
with a now or a turn (目前, 但, "but now").
Pure predicates for `background`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped
from watch.claims.signals import Item
from watch.claims.speech import SAY_ZH

# The subject of the next clause (a few words), then the adverb of sequence. "later this week",
# "then-CEO" and "later in May" are times or titles, not a sequence.
_SUBJECT_THEN = re.compile(
    r"\s*(?:[a-z][\w'-]*\s+){1,5}?(?:then|later|subsequently)\s+"
    r"(?!this|that|next|today|tonight|in(?![a-z])|on(?![a-z])|at(?![a-z]))[a-z]|"
    r"\s*[^\s，,；;。：:！？]{1,10}?(?:随后|其后|后来|隨後|其後|後來)|"
    # an adjunct that goes on with the recap's terms: "last month they agreed to arbitrate, with
    # no strike and no lockout", 上月同意仲裁，期间不罢工 (not one turning to now: "with the
    # union now saying", 期间目前……)
    r"\s*(?:with|without|期间|其间|期間|其間)(?![a-z])"
    r"(?![^,;.，；。]*(?:(?<![a-z])(?:now|today|this week|this month)(?![a-z])|"
    r"如今|目前|本周|今天))"
)


def goes_on(norm: str, pos: int) -> bool:
    """True when the clause opening at norm[pos] goes on with the one before its break
    (`_SUBJECT_THEN`)."""
    return _SUBJECT_THEN.match(norm, pos) is not None


_TOLD_INSIDE = re.compile(
    r"(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月|去年|前年|上月|上个月|年初|此前|早前|之前|当时|上周)"
    r"[^，,；;。！？]{0,16}?(?:" + SAY_ZH + r")(?=\s*[^\s，,；;。！？、时的后之])"
)
_NOW_OR_TURN = re.compile(
    r"\s*(?:但|但是|不过|然而|而|可|如今|现在|目前|眼下|至今|今天|今年|本月|本周|最新|"
    r"(?:but|however|yet|now|today|currently|since then|this (?:year|month|week))(?![a-z]))"
)


def told_on(norm: str, opening: int, comma: int) -> bool:
    """True when the clause norm[opening:comma] tells what was said with its past time and its
    telling verb inside it (`_TOLD_INSIDE`, Chinese) and the clause after the comma opens with
    no now or turn (`_NOW_OR_TURN`): it lists more of what was told. The caller asks that a
    recap's marker stand in that clause."""
    if _NOW_OR_TURN.match(norm, comma + 1):
        return False
    return _TOLD_INSIDE.search(norm, opening, comma) is not None


# A deal struck then (续签的租约, 签署的协议) inside a 的 clause before the item, and a fresh
# telling (证实, 透露, 表示) before the date in its sentence, not one recalled (曾表示, 此前称).
_ZH_STRUCK_NOUN = re.compile(
    r"[^，,；;。：:！？的]{0,6}?(?:续签|签署|签订|签下|签约|续约|订立|达成|敲定|租下)的"
    r"[^，,；;。：:！？的]{1,12}"
)
_ZH_TOLD_NOW = re.compile(
    r"(?<!曾)(?<!早前)(?<!此前)(?<!当时)(?:证实|确认|透露|表示|指出|称)[，,：:]?[^，,；;。！？]{0,16}$"
)


def struck_told_now(norm: str, date_start: int, date_end: int, item_start: int) -> bool:
    """True when the date at norm[date_start:date_end] dates a deal struck in a 的 clause whose
    figure or term (at item_start) a fresh statement before the date tells now."""
    if _ZH_STRUCK_NOUN.fullmatch(norm, date_end, item_start) is None:
        return False
    return _ZH_TOLD_NOW.search(norm, max(0, date_start - 30), date_start) is not None


# A look-back's past stretch after its verb dates it across the verb's object ("restarted two of
# its four ammonia plants over the summer" in an October column), within its clause
STRETCH_REACH = 60


def stretch_recap(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The look-back's past stretch (`lookback.stretch_over`) that dates the item before it in
    its clause."""
    return scoped(
        norm, markers, "background_stretch", item.start, item.end, reach=STRETCH_REACH, side="after"
    )
