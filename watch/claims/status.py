"""A status said now of something done earlier: "SK海力士一月签署的只是谅解备忘录", "what Acme
signed in January was only a memorandum of understanding". The date belongs to the signing, in
the subject; the predicate (只是, "was only") says what that thing is today, and a cue in it is
news, not background. So is a predicate after a Chinese relative clause that holds the date
(双方今年1月签订的合同"没有任何变更", 公司年初定下的用户目标"今年做不到"): the date is the
signing's or the setting's, inside 的; what the thing is or does now follows it (`_RELATIVE`).

    status_of(norm, marker, item)   True when `marker` dates the subject of a status predicate
                                    that holds `item`
    status_said(norm, item)         True when a status predicate stands right before `item`
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Item

# the predicate right before the item: 只是(一份), 仅是, 不过是, 只属, "was only a", "is merely an"
_STATUS = re.compile(
    r"(?:的|者)\s*(?:只是|仅是|仅为|只属|不过是|只不过是|实为|其实是|仍只是|仍然只是)"
    # (a modifier may come between: 只是一份不具约束力的合作备忘录)
    r"(?:一[份项个纸])?\s*(?:[^，,;；。:：!?！？的]{1,8}的)?\s*$|"
    r"(?<![a-z])(?:is|was|remains|remained)\s+(?:still\s+)?(?:only|merely|just|simply|"
    r"nothing more than|no more than)\s+(?:a|an|the)?\s*$"
)
# ... a date, its verb and 的, the noun, then the predicate: after a quote mark opening it, or
# starting with a word of state (没有, 不, 未, 仍, 被, 已, 照): 今年1月签订的合同"没有任何变更",
# 3月签订的合同被取消. The noun alone after 的 is the thing dated (年初定下的目标: a mention).
_RELATIVE = re.compile(
    r"[\u4e00-\u9fff]{0,4}的[\u4e00-\u9fff（）()a-z0-9]{1,10}"
    r"(?:[\"“「『]\s*(?:今年|目前|至今|仍|仍然|依然|并|均|都|已)?)?\s*$"
)
_STATE_WORD = re.compile(r"没有|不|未|无|仍|依然|被|已|照")
_STATE_END = re.compile(r"(?:没有|不|未|无|仍|依然|被|已|已被|照)$")
_QUOTE = frozenset('"“「『')
_BREAK = re.compile(r"[，,;；。:：!?！？]")
_REACH = 40  # from the date to the item
_READ = frozenset([EvidenceKind.CUE, EvidenceKind.AMOUNT])


def status_of(norm: str, m: Marker, item: Item) -> bool:
    """True when the marker `m` dates the subject of a status predicate that holds `item`."""
    if "ed " in norm[max(0, m.start - 40) : m.start] and _object_dated(norm, m, item):
        return True
    if m.end > item.start or item.start - m.end > _REACH:
        return False
    if _BREAK.search(norm, m.end, item.start):
        return False
    if _STATUS.search(norm, max(m.end, item.start - 26), item.start) is not None:
        return True
    return _relative_dated(norm, m, item)


def _relative_dated(norm: str, m: Marker, item: Item) -> bool:
    """True when the Chinese date `m` sits in a 的 clause before the noun whose predicate holds
    the cue `item` (`_RELATIVE`): read only for a cue, and gated on 的 in the gap."""
    if item.kind not in _READ or "的" not in norm[m.end : item.start]:
        return False
    rel = _RELATIVE.fullmatch(norm, m.end, item.start)
    if rel is None or item.kind is not EvidenceKind.CUE:
        return _changed(norm, m, item)
    quoted = any(c in _QUOTE for c in rel.group())
    stated = _STATE_WORD.match(norm, item.start) or _STATE_END.search(rel.group())
    return quoted or stated is not None or _changed(norm, m, item)


# ... or a change the predicate makes to the dated thing: from its old figure (由八艘减为六艘) or
# as the object of 将/把 (将今年3月签约的订单减为六艘, 把年初签下的合同取消). A figure counts only
# after the change verb (减为六艘); the one after 由/从 is the old one, still the date's.
_CHANGED = re.compile(
    r"[\u4e00-\u9fff0-9]{0,6}的[\u4e00-\u9fff（）()a-z0-9]{1,14}?"
    r"(?P<base>(?:由|从|從|自)[^，,;；。:：!?！？的]{1,10}?)?"
    r"(?P<verb>[减減降增升提调調缩縮削砍扩擴改变變延推下上][\u4e00-\u9fff]{0,2}?[为為至到成])?\s*$"
)
_DISPOSAL = re.compile(r"(?:将|將|把)\s*$")


def _changed(norm: str, m: Marker, item: Item) -> bool:
    """True when the predicate after the dated 的 clause's noun changes that thing (`_CHANGED`)."""
    rel = _CHANGED.fullmatch(norm, m.end, item.start)
    if rel is None:
        return False
    if item.kind is EvidenceKind.AMOUNT and rel.group("verb") is None:
        return False
    disposal = _DISPOSAL.search(norm, max(0, m.start - 3), m.start)
    return rel.group("base") is not None or disposal is not None


def status_said(norm: str, item: Item) -> bool:
    """True when a status predicate (`_STATUS`) stands right before the item: "的只是一份初步的
    合作备忘录" says what the thing is, so the noun after 的 there is the news, not a name."""
    return _STATUS.search(norm, max(0, item.start - 26), item.start) is not None


# An English change verb whose object's relative clause holds the date: "cut the order it signed
# in March to six ships", "renegotiated the Boeing order it unveiled in January": the date is the
# signing's; the cut (the verb, or the figure after "to") is news.
_EN_OBJECT = re.compile(
    r"(?<![a-z])(?:cut|cuts|trimmed|trims|reduced|reduces|scaled back|scales back|pared back|"
    r"shrank|shrunk|raised|raises|lifted|increased|renegotiated|renegotiates|cancelled|canceled|"
    r"cancels|scrapped|scraps|amended|amends|revised|revises|converted|delayed|deferred|"
    r"postponed|extended)\s+(?:the|its|their|an?)\s+(?:[\w$.,-]+\s+){0,4}?(?:that\s+|which\s+)?"
    r"(?:it|they|we|he|she|the company|the [a-z]+|[a-z][\w&.-]*)\s+(?:had\s+|has\s+)?"
    r"(?:first\s+)?(?:[a-z]+ed|made|won|struck|set|got|bought|sent|took|gave)\s+(?:back\s+)?"
    r"(?:in|on|last|earlier|early|late)?\s*$"
)
_EN_TO = re.compile(r"\s*,?\s*(?:to|into)\s+(?:about\s+|just\s+|only\s+|roughly\s+)?")


def _object_dated(norm: str, m: Marker, item: Item) -> bool:
    """True when `m` dates the object of a change verb (`_EN_OBJECT`) and `item` is that verb or
    the figure right after the date ("... in March to six ships")."""
    found = _EN_OBJECT.search(norm, max(0, m.start - 90), m.start)
    if found is None:
        return False
    if item.end <= m.start:
        return found.start() <= item.start < found.start() + 16
    after = _EN_TO.fullmatch(norm, m.end, item.start)
    return item.kind is EvidenceKind.AMOUNT and after is not None
