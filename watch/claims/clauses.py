"""A clause that changes what a cue asserts: a halt that the same clause lifts ("the halt was
lifted", 暂停采购安排自7月1日起解除), a cue inside a clause about what follows it (完成交割后将可…,
"once the deal is completed, Acme will ..."), and a cue that is what someone is confident of
getting ("remains confident of winning approval", 对取得核准仍具信心), and a cue named only as
what was feared ("despite speculation about a delay", 尽管市场担心推迟). Each states no event of the
claim: `context._not_news` reads them as mentions, and `objects.governed` lets a lifted halt act
on nothing. Pure helpers over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.signals import NEAR_DATE, EvidenceKind, Hit, Item, TermKind
from watch.claims.text import reading_width
from watch.models import Stance

# --- a halt lifted ----------------------------------------------------------------------------

# The contradicting cues that name a stop (a halt, a suspension, a freeze, a ban): only a stop
# can be lifted. A delay or a cancellation "lifted" means nothing.
_STOP = re.compile(
    r"halt|suspen|pause|freez|frozen|(?<![a-z])ban(?![a-z])|embargo|moratorium|blockade|"
    r"暂停|叫停|喊停|冻结|禁令|禁运|暂缓|中止|停购|停售|停止"
)
# A lifting word after the stop, in its clause ("the halt on purchases was lifted on Monday",
# 暂停采购安排自7月1日起解除); a negation before it keeps the stop (尚未解除, "has not been
# lifted").
_LIFTED_AFTER = re.compile(
    r"[^,;:.，；：。！？!?]{0,40}?"
    r"(?<![a-z])(?P<word>(?:was|were|is|are|has been|have been|had been|got|being)\s+"
    r"(?:lifted|ended|scrapped|removed|withdrawn|revoked|rescinded)|is over|was over|"
    r"has ended|have ended|had ended)(?![a-z])"
    r"|[^，；：。！？,;:]{0,12}?(?P<zh>解除|撤销|撤除|结束|告一段落|落幕)"
)
# ... but a second act joined to the stop ("halted purchases and ended talks", 暂停采购并结束合作)
# lifts nothing, nor does a stop again after a resumption (恢复生产后又暂停).
_ANOTHER_ACT = re.compile(r"(?<![a-z])(?:and|then|but)(?![a-z])|并|且|及|和|与|、|又|再|后|但|却")
# A lifting verb before the stop ("lifted the suspension", "an end to the freeze", 解除暂停,
# 恢复此前暂停的采购), or a resumption after it ("resumed purchases after a three-month halt").
_LIFTED_BEFORE = re.compile(
    r"(?<![a-z])(?P<word>lift(?:s|ed|ing)?|end(?:s|ed)?|an end to|scrap(?:s|ped|ping)?|"
    r"remov(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?)\s+"
    r"(?:the|its|their|a|an|this|that)?\s*(?:[a-z0-9-]+\s+){0,3}$"
    r"|(?P<resumed>(?<![a-z])resum(?:e|es|ed|ing)\s[^,;:.]{1,40}\s(?:after|following)\s+"
    r"(?:the|its|their|a|an)?\s*(?:[a-z0-9-]+\s+){0,3})$"
    r"|(?P<zh>解除|取消|撤销|撤除|结束|终止|恢复)(?:了|对|此前|之前|先前|早前|原先|原本|的)*"
    r"[^，；：。！？,;:]{0,6}$"
)
_NEGATED_LIFT = re.compile(r"(?<![a-z])(?:not|n't|never|yet to)(?![a-z])|未|没有|没|不")


def lifted(norm: str, item: Item) -> str | None:
    """The word that lifts the stop a contradicting cue names ("lifted", 解除), else None: the
    end of a halt is not a halt."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONTRADICTS:
        return None
    if not _STOP.search(norm, item.start, item.end):
        return None
    after = _lifted_after(norm, item.end)
    if after is not None:
        return after[0]
    return _lifted_before(norm, item)


def _lifted_after(norm: str, end: int) -> tuple[str, int] | None:
    """The lifting word after a stop that ends at `end`, and where it starts, or None."""
    after = _LIFTED_AFTER.match(norm, end)
    if after is None:
        return None
    group = "word" if after.group("word") else "zh"
    gap = norm[end : after.start(group)]
    if _NEGATED_LIFT.search(gap) or _ANOTHER_ACT.search(gap):
        return None
    return after.group(group), after.start(group)


def _lifted_before(norm: str, item: Item) -> str | None:
    before = _LIFTED_BEFORE.search(norm, max(0, item.start - 60), item.start)
    if before is None:
        return None
    if before.group("zh") and _ANOTHER_ACT.search(before.group(), len(before.group("zh"))):
        return None
    word = before.group("word") or before.group("resumed") or before.group("zh")
    return word.split()[0] if word else None


# --- a cue in a clause about what follows it ----------------------------------------------------

# "after/once/upon ... <cue> ..., <main clause in the future>": the cue is the condition of what
# the sentence tells, not news that it happened.
_EN_TEMPORAL = re.compile(r"(?<![a-z])(?:once|after|upon|when)\s+[^,;:.]{0,50}$")
_EN_FUTURE_MAIN = re.compile(
    r"[^,;:.]{0,30}?,\s*[^,;:.]{0,40}?(?<![a-z])(?:will|'ll|can|is set to|"
    r"are set to|is expected to|are expected to|plans to|aims to|expects to)(?![a-z])"
)
# 完成交割后将可…, 交割完成之后，公司将…: the cue, 后 within its clause, then a future main verb.
_ZH_AFTER = re.compile(
    r"[^，；：。！？,;:]{0,4}?(?:之后|以后|后)[，,]?[^。；！？;]{0,16}?"
    r"(?:将可|将能|将会|将|可望|便可|就可|就能|即可|才能|才可|得以|可以|能够)"
)
# A temporal clause told in the past states its cue as done ("after the deal was completed in
# June, ..."; 已完成交割后): only a clause about what is still to come conditions.
_EN_PAST = re.compile(r"(?<![a-z])(?:was|were|had|has|have|did)(?![a-z])|(?<![a-z])[a-z]+ed$")
_EN_PASSIVE = re.compile(r"(?<![a-z])(?:is|are|be|been|being)\s+[a-z]+ed$")


def conditions_what_follows(norm: str, item: Item) -> str | None:
    """The word that opens the clause a confirming cue stands in when that clause only times
    what the sentence says will follow ("once", 后), else None."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONFIRMS:
        return None
    return _conditions(norm, item.start, item.end)


def _conditions(norm: str, start: int, end: int) -> str | None:
    """`conditions_what_follows` for the phrase at norm[start:end]."""
    if _ZH_AFTER.match(norm, end) is not None:
        return None if "已" in norm[max(0, start - 3) : start] else "后"
    lead = _EN_TEMPORAL.search(norm, max(0, start - 60), start)
    if lead is None or _EN_FUTURE_MAIN.match(norm, end) is None:
        return None
    told = norm[lead.start() : end]
    if _EN_PAST.search(told) and not _EN_PASSIVE.search(told):
        return None
    return lead.group().split()[0]


_CLAUSE_BREAK = re.compile(r"[,;:，；：]")


def conditioned_date(norm: str, item: Item, hits: Sequence[Hit]) -> str | None:
    """The condition word when every `when.near` word beside a date stands in another clause, one
    that only times what follows it (Solvera上半年营收年增四成，完成交割后将可…: the date is the
    revenue's), else None."""
    if item.kind is not EvidenceKind.DATE:
        return None
    near = []
    for h in hits:
        if h.entry.kind is not TermKind.WHEN_NEAR:
            continue
        a, b = (h.end, item.start) if h.end <= item.start else (item.end, h.start)
        if a <= b and reading_width(norm[a:b]) <= NEAR_DATE:
            near.append((h, a, b))
    words = [
        _conditions(norm, h.start, h.end) if _CLAUSE_BREAK.search(norm, a, b) else None
        for h, a, b in near
    ]
    return words[0] if words and all(words) else None


# --- a cue as what someone is confident of ----------------------------------------------------

_EN_CONFIDENT = re.compile(
    r"(?<![a-z])(?:confident|confidence|optimistic|hopeful)\s+(?:of|about|in|that)\s"
    r"[^,;:.]{0,40}$"
)
_ZH_CONFIDENT_OBJECT = re.compile(r"[对對][^，；：。！？,;:]{0,16}$")
_ZH_CONFIDENT = re.compile(
    r"[^，；：。！？,;:]{0,8}?(?:有信心|具信心|具有信心|充满信心|深具信心|信心十足)"
)


def confident_of(norm: str, item: Item) -> str | None:
    """The word of confidence whose object a confirming cue is ("confident of winning
    approval", 对取得核准仍具信心): an aim, not the event. None when it is not one."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONFIRMS:
        return None
    en = _EN_CONFIDENT.search(norm, max(0, item.start - 60), item.start)
    if en is not None:
        return en.group().split()[0]
    if _ZH_CONFIDENT_OBJECT.search(norm, max(0, item.start - 16), item.start) is None:
        return None
    zh = _ZH_CONFIDENT.match(norm, item.end)
    return "信心" if zh is not None else None


def lift_dated(norm: str, item: Item, hits: Sequence[Hit]) -> str | None:
    """The lifting word of a stop whose clause a date stands in (暂停采购安排自7月1日起解除, "the
    halt on purchases was lifted on Monday" reads the other way round and is a cue's own), else
    None: the date times the lifting, not the claim's event."""
    if item.kind is not EvidenceKind.DATE:
        return None
    for h in hits:
        if h.entry.kind is not TermKind.CUE or h.entry.key != Stance.CONTRADICTS.value:
            continue
        if h.end > item.start or not _STOP.search(norm, h.start, h.end):
            continue
        after = _lifted_after(norm, h.end)
        if after is not None and after[1] >= item.end:
            return after[0]
    return None


# --- a cue named only as what was feared, in a concessive clause ------------------------------

# "despite weeks of speculation about a delay", "in spite of fears of a cancellation", 尽管此前
# 市场担心交易推迟, 虽然外界一度猜测会延期: the cue is what was feared and is not asserted (the
# sentence tells it was overcome). The fear word must govern the cue, with no clause break.
_EN_DESPITE = re.compile(
    r"(?<![a-z])(?:despite|in spite of|notwithstanding)\s+(?:the\s+|earlier\s+|"
    r"(?:weeks|months|days|years)\s+of\s+|persistent\s+|recent\s+|some\s+|market\s+|"
    r"investor\s+|widespread\s+)*(?P<word>speculation|concerns?|fears?|worries|worry|"
    r"rumou?rs?|talk|doubts?|suggestions?)\s+(?:about|of|over|that|around)\s[^,;:.]{0,40}$"
)
_ZH_DESPITE = re.compile(
    r"(?:尽管|虽然|虽|即使)[^，；：。！？,;:]{0,10}?(?P<word>担心|担忧|忧虑|忧心|猜测|揣测|"
    r"传言|传闻|质疑|怀疑)[^，；：。！？,;:]{0,16}$"
)


def feared_only(norm: str, item: Item) -> str | None:
    """The fear word of a concessive clause whose object a cue is ("despite speculation about
    a delay", 尽管市场担心推迟), else None: what was feared did not happen there."""
    if item.kind is not EvidenceKind.CUE:
        return None
    found = _EN_DESPITE.search(norm, max(0, item.start - 90), item.start) or _ZH_DESPITE.search(
        norm, max(0, item.start - 32), item.start
    )
    return None if found is None else found.group("word")


def clause_reading(norm: str, item: Item, hits: Sequence[Hit]) -> str | None:
    """Why a clause makes the item no event of the claim (a stop lifted, a condition of what
    follows, an aim someone is confident of), as a reason, or None."""
    word = lift_dated(norm, item, hits)
    if word is not None:
        return f'dates the lifting of a stop ("{word}"), not the claim\'s event: a mention'
    word = lifted(norm, item)
    if word is not None:
        return f'is a stop that is lifted ("{word}"): its end is not a stop, a mention'
    word = conditioned_date(norm, item, hits)
    if word is not None:
        return f'is beside only a clause that times what follows ("{word}"): a mention'
    word = conditions_what_follows(norm, item)
    if word is not None:
        return f'times what follows it ("{word}"), it does not report the event: a mention'
    word = confident_of(norm, item)
    if word is not None:
        return f'is what "{word}" is about: an aim, not the event: a mention'
    word = feared_only(norm, item)
    if word is not None:
        return f'is only what a concessive clause says was feared ("{word}"): a mention'
    return None
