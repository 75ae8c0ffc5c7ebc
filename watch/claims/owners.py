"""Whose event a piece of evidence is: the nearest actor named before it (else after it), a name
brought in only as a yardstick ("ahead of rivals such as OpenAI"), a name left out ("without
Nvidia"), a name written only as another company's parent ("Kia, an affiliate of Hyundai Motor
Group", 现代汽车集团旗下的起亚), and the object of a cue in a later coordinate clause ("rejected
Globex's offer and backed Acme")."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from watch.claims.markers import Marker
from watch.claims.recipients import awarded_to, named_inside
from watch.claims.roles import from_many, led_for
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind, actors, own_names
from watch.claims.text import Span

if TYPE_CHECKING:  # (segment imports this module through its readings)
    from watch.claims.segment import Segment


def excluded(norm: str, h: Hit) -> bool:
    """ "without Nvidia", 除英伟达外: a name that is explicitly left out owns nothing; nor does
    a name the sentence compares its actor with ("ahead of rivals such as OpenAI", 领先于OpenAI,
    OpenAI等竞争对手)."""
    if _LEFT_OUT.search(norm, max(0, h.start - 12), h.start) is not None:
        return True
    return compared(norm, h) or parent_only(norm, h)


# "Kia, an affiliate of Hyundai Motor Group," / "Hyundai Motor Group affiliate Kia" /
# 现代汽车集团旗下的起亚: the group is named as the parent of the company whose news it is. (A
# brand, a model or a plant 旗下 is the parent's own: 旗下品牌 stays its news.)
_UNIT_WORDS = r"(?:unit|affiliate|subsidiary|sister company|sister firm|division|arm)"
# A word that stands in every match of `_PARENT_BEFORE`, `_HELD_BY` and `_PARENT_AFTER` below:
# a text with none names no parent (most do not), and its names skip the three.
_ANY_PARENT = re.compile(
    r"unit|affiliat|subsidiar|sister|division|(?<![a-z])arm(?![a-z])|owned|controlled|held"
    r"|旗下|子公司|关联公司|附属公司|持股|控股|持有"
)


@lru_cache(maxsize=512)
def parents_possible(norm: str) -> bool:
    """Whether any name in `norm` can be written only as a parent (read once per text)."""
    return _ANY_PARENT.search(norm) is not None


# (one of these words stands in every match of `_PARENT_BEFORE`)
_BEFORE_WORDS = (
    "unit",
    "affiliate",
    "subsidiary",
    "sister",
    "division",
    "arm",
    "owned",
    "controlled",
    "held",
)
_PARENT_BEFORE = re.compile(
    r"[,(]\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?" + _UNIT_WORDS + r"\s+of\s+(?:the\s+)?$"
    # an ownership description: "X, majority-owned by <h>", "X (56% owned by <h>)", X由<h>持股
    # (the 由 is read with the word after the name, `_HELD_BY`)
    r"|(?:majority|minority|wholly|partly|part|jointly|\d+%|\d+ per ?cent)?[- ]?"
    r"(?:owned|controlled|held)\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?$"
)
# X由（印度）<h>持股约56% / 由<h>控股: the name between 由 and 持股 holds the unit
_HELD_BY = re.compile(r"(?:持股|控股|持有)(?!公司|集团)")
_BY = re.compile(r"由[\u4e00-\u9fff]{0,4}$")
_PARENT_AFTER = re.compile(
    r"(?:(?:\s+[a-z]+){0,2}?\s+(?:group|holdings|corp|corporation|co))?(?:['’]s)?(?:-owned|-controlled|-affiliated"
    r"|\s+affiliate|\s+subsidiary|\s+affiliated)\s+(?!(?:and|or|to|of|in)\s)[a-z]"
    r"|(?:集团|控股|集團)?(?:旗下|的子公司|子公司|关联公司|的关联公司|附属公司)(?:的)?"
    r"(?!品牌|车型|产品|工厂|厂|业务|门店|车款|新车|系列|全部|所有|各)"
)


def parent_only(norm: str, h: Hit) -> bool:
    """True when name `h` is written only as the parent of another company: "X, a unit of
    <h>", "<h> affiliate X", <h>旗下的X. The news is the unit's, whoever owns it."""
    if not parents_possible(norm):
        return False
    if _PARENT_AFTER.match(norm, h.end) is not None:
        return True
    if _HELD_BY.match(norm, h.end) and _BY.search(norm, max(0, h.start - 5), h.start):
        return True
    lead = norm[max(0, h.start - 50) : h.start]
    # (the search is costly and most names have none of its words before them)
    if not any(word in lead for word in _BEFORE_WORDS):
        return False
    return _PARENT_BEFORE.search(lead) is not None


def parents_only(seg: Segment, hits: list[Hit]) -> dict[Span, set[str]]:
    """The alias groups each sentence names only as another company's parent
    (`owners.parent_only`)."""
    only: dict[Span, set[str]] = defaultdict(set)
    other: dict[Span, set[str]] = defaultdict(set)
    if not parents_possible(seg.norm):
        return {}
    for h in hits:
        if h.entry.kind is TermKind.ALIAS:
            spans, k = seg.sentences_around(h.start)
            known = seg.parent_names.get((h.start, h.end))
            if known is None:  # (rules share names: read once per segment)
                known = seg.parent_names[h.start, h.end] = parent_only(seg.norm, h)
            (only if known else other)[spans[k]].add(h.entry.key)
    return {span: groups - other[span] for span, groups in only.items()}


def parent_named(hits: list[Hit], rule: ClaimRule, item: Item, norm: str) -> Hit | None:
    """The claim's own name before the item when every one there is only a parent's ("Mobis,
    a unit of Hyundai Motor Group, said ..."): the unit, named by no rule, is the item's actor."""
    own = [h for h in own_names(rule, hits) if h.end <= item.start]
    if own and all(parent_only(norm, h) for h in own):
        return own[-1]
    return None


# The words before a name that leave it out (one search over the 12 characters before it).
_LEFT_OUT = re.compile("without|excluding|except|除|不含|没有")


def compared(norm: str, h: Hit) -> bool:
    # (only blank space and "the" may follow a yardstick word: what ends the text before the
    # name tells whether one can be there, and most names skip the search)
    last = norm[max(0, h.start - 30) : h.start].rstrip()[-1:]
    return bool(
        (last in _COMPARED_ENDS and _COMPARED_LEAD.search(norm, max(0, h.start - 30), h.start))
        or _COMPARED_TAIL.match(norm, h.end, h.end + 12)
    )


def yardstick(hits: list[Hit], rule: ClaimRule, norm: str) -> Hit | None:
    """The claim's subject when the sentence names it only as a yardstick for someone else."""
    own = own_names(rule, hits)
    if own and all(compared(norm, h) for h in own):
        return own[0]
    return None


# The words that bring in a name as a yardstick for the sentence's actor, not as its actor.
# A bare "rival OpenAI" / 竞争对手OpenAI names the sentence's actor, so only a list of them counts
# ("rivals such as", "rivals OpenAI and Google").
_COMPARED_LEAD = re.compile(
    r"(?:(?<![a-z])(?:rivals|peers|competitors|the likes of|such as|ahead of|than|unlike|"
    r"like|compared with|compared to|outpacing|trailing)|领先于|领先|早于|晚于|落后于|不同于|"
    r"竞争对手如|对手如|比|与其竞争的)\s*(?:the\s+)?$"
)
# The last characters of the `_COMPARED_LEAD` words, and the "e" of "the" after them.
_COMPARED_ENDS = frozenset("sfnehog于先如比的")
_COMPARED_TAIL = re.compile(
    r"(?:等|在内的)?(?:竞争对手|对手|同行)|\s*(?:and other|among other) rivals"
)


def owner_of(
    hits: list[Hit], rule: ClaimRule, item: Item, norm: str, lead: Hit | None = None
) -> Hit | None:
    """The nearest subject-or-rival name before the item (else after it): whom it is about.
    A sentence that names no one is about `lead`, the name an earlier sentence left in scope."""
    names = [
        h
        for h in actors(rule, hits)
        if not (h.start < item.end and item.start < h.end) and not excluded(norm, h)
    ]
    # "$30 billion from Nvidia" is Nvidia's; "$42 billion from Amazon, Microsoft and SoftBank"
    # is the round's, whoever raised it
    source = _FROM_NAME.match(norm, item.end)
    if source is not None and not from_many(norm[item.end : item.end + 80]):
        named = next((h for h in names if h.start == source.end()), None)
        if named is not None:
            return named
    inside = named_inside(actors(rule, hits), item)  # 取消艾克美的中标: the cue's object
    if inside is not None:
        return inside
    before = [h for h in names if h.end <= item.start]
    after = [h for h in names if h.start >= item.end]
    if before:
        owner = max(before, key=lambda h: h.end)
        if after:
            first = min(after, key=lambda h: h.start)
            if awarded_to(norm, owner, item, first):  # "... was awarded to Globex"
                return first
            if led_for(norm, (owner.start, owner.end), item.start, item.end, first.start):
                return first  # the round a backer leads is the company's (`roles.led_for`)
            return (
                own_object(norm, owner, item, first) or joint_to(norm, owner, item, first) or owner
            )
        return shared_with(norm, names, owner, item) or counterparty_of(norm, names, owner) or owner
    if after:
        return min(after, key=lambda h: h.start)
    return lead if not names else None


_FROM_NAME = re.compile(r"\s+from\s+(?:the\s+)?")

# "the board rejected Globex's offer and backed Acme": a name in an earlier coordinate clause
# does not own a cue whose object is another name.
_COORDINATE = re.compile(
    r"[,;，；、]|(?<![a-z])(?:and|but|while|whereas)(?![a-z])|而|并|转而|但|却"
)
# Between a verb and its direct object: a space, an article, 了 ("raising $42 billion from
# Amazon" names a source, not an object).
_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|rival|rivals?)\s+)*了?\s*")


def own_object(norm: str, before: Hit, item: Item, name: Hit) -> Hit | None:
    """The name that is the object of the item, when it is another party's than the name
    before the item and that one stands in an earlier clause."""
    if (name.entry.kind is TermKind.RIVAL) == (before.entry.kind is TermKind.RIVAL):
        return None
    if name.start - item.end > 16 or not _OBJECT_GAP.fullmatch(norm, item.end, name.start):
        return None
    return name if _COORDINATE.search(norm, before.end, item.start) else None


# "Amazon, Nvidia and SoftBank have together committed $110 billion to OpenAI", 三家合计注资:
# the backers' joint total is the recipient's round, not any one backer's part.
_JOINTLY = re.compile(
    r"(?<![a-z])(?:together|jointly|combined|between them|in total)(?![a-z])"
    r"|合计|共同|共计|总计|联合"
)
_TO_RECIPIENT = re.compile(r"\s*(?:to|into|in|for)\s+(?:the\s+)?$")


def joint_to(norm: str, backer: Hit, item: Item, recipient: Hit) -> Hit | None:
    """The claim's own name that receives a total the names before it give together, when a
    word of joining (together, 合计) stands between the last backer and the item."""
    if backer.entry.kind is not TermKind.RIVAL or recipient.entry.kind is TermKind.RIVAL:
        return None
    if not _JOINTLY.search(norm, backer.end, item.start) or item.start - backer.end > 60:
        return None
    return recipient if _TO_RECIPIENT.fullmatch(norm, item.end, recipient.start) else None


def coordinated_away(norm: str, hits: list[Hit], negation: Marker, item: Item) -> bool:
    """True when the negation governs an earlier coordinate clause about a rival ("rejected
    Globex's offer and backed Acme"), not the item."""
    return any(
        h.entry.kind is TermKind.RIVAL
        and negation.end <= h.start
        and h.end <= item.start
        and _COORDINATE.search(norm, h.end, item.start) is not None
        for h in hits
    )


# "Nvidia and SoftBank are putting in $30 billion each", 英伟达与软银各出资300亿美元: the names
# joined before a distributive word all hold the amount, not only the nearest.
_JOINED = re.compile(r"\s*(?:,|、|，|and|&|与|和|及|以及|同)\s*")
EACH = re.compile(r"(?<![a-z])(?:each|apiece|both|respectively)(?![a-z])|各|分别|均")
_EACH = EACH


def shared_with(norm: str, names: list[Hit], owner: Hit, item: Item) -> Hit | None:
    """The claim's own name joined to `owner` ("A and B", A与B) when a distributive word (each,
    各) between them and the item, or right after the item, gives the amount to every one."""
    if owner.entry.kind is not TermKind.RIVAL:
        return None
    if not (
        _EACH.search(norm, owner.end, item.start) or _EACH.search(norm, item.end, item.end + 8)
    ):
        return None
    joined = owner
    for h in sorted((n for n in names if n.end <= owner.start), key=lambda n: -n.end):
        if not _JOINED.fullmatch(norm, h.end, joined.start):
            break
        if h.entry.kind is not TermKind.RIVAL:
            return h
        joined = h
    return None


# "Oracle agreed with OpenAI on a $300 billion contract", 甲骨文宣布与OpenAI敲定3000亿美元大单:
# a name after "with" / 与 that follows the actor's verb is the other party to its act.
_WITH = re.compile(r"(?:(?<![a-z])with|与|跟|同|和)\s*$")


def counterparty_of(norm: str, names: list[Hit], owner: Hit) -> Hit | None:
    """The rival whose act `owner` (the claim's own name) is only the other party to: the
    nearest rival before it in the same clause when "with"/与 stands right before `owner` and a
    verb, not a joining word ("Oracle and OpenAI", 甲骨文与OpenAI), stands between the two."""
    if owner.entry.kind is TermKind.RIVAL or not _WITH.search(
        norm, max(0, owner.start - 6), owner.start
    ):
        return None
    earlier = [h for h in names if h.end <= owner.start]
    if not earlier:
        return None
    actor = max(earlier, key=lambda h: h.end)
    between = norm[actor.end : owner.start]
    if actor.entry.kind is not TermKind.RIVAL or _COORDINATE.search(between):
        return None
    return actor if _WITH.sub("", between).strip() else None


# A possessive right before a figure: "JPMorgan's $830 billion market value", "SpaceX's
# roughly $800bn valuation" (read in the text as written, where a name is capitalised).
_POSSESSOR = re.compile(
    r"(?<![\w&.-])(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+"
    r"(?:(?:about|around|roughly|nearly|some|almost|over|more than)\s+)?$"
)
_TIMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "today", "yesterday"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    }
)
# 摩根大通8300亿美元的市值, SpaceX 8000亿美元的估值: "<name><figure>的<what it measures>"
# gives the figure to the name. The text right before the figure is a name unless it ends in a
# word that leads a figure in (以, 达到, 约, 超过 ...), points back (其, 该), or tells a time
# (今年, 2月): those leave the figure to whoever the clause is about.
_MEASURED = ("市值", "估值", "身价", "营收", "收入", "利润", "现金流", "market value", "valuation")
_LEADS_IN = frozenset(
    "以按达为至于在到超逾近约获得破了是有值予应较比从由将和与及或等对合共计总其该它年月日季度前后内"
)
_CLAUSE = re.compile(r"[\s,.;:!?，。、；：！？“”\"'（）()《》【】\-—]")


def named_possessor(norm: str, raw: str, item: Item, hits: list[Hit]) -> str | None:
    """The name that owns the figure `item` by standing right before it (a possessive in
    English, a name before "<figure>的市值" in Chinese) when it is not one of the claim's own
    names; None when no one does or the claim's subject does. Listed rivals are `owner_of`'s."""
    own = [h for h in hits if h.entry.kind is TermKind.ALIAS and h.end <= item.start]
    english = _POSSESSOR.search(raw, max(0, item.start - 60), item.start)
    if english is not None:
        who = english.group("who")
        if who.lower() in _TIMES or any(
            h.start >= english.start("who") and h.end <= english.end("who") for h in own
        ):
            return None
        return who
    if not norm.startswith(_MEASURED, _after_de(norm, item.end)):
        return None
    stop = item.start
    while stop > 0 and norm[stop - 1] == " ":
        stop -= 1
    start = stop
    while start > 0 and stop - start < 12 and not _CLAUSE.match(norm, start - 1):
        start -= 1
    word = raw[start:stop]
    if not word or word[-1] in _LEADS_IN or word[-1].isdigit():
        return None
    if any(h.end == stop for h in own):
        return None
    return word


def _after_de(norm: str, end: int) -> int:
    """Where "<figure>的" continues (its noun); past the text when no 的 follows the figure."""
    i = end
    while i < len(norm) and norm[i] == " ":
        i += 1
    return i + 1 if norm.startswith("的", i) else len(norm) + 1


# A word for someone already named: a description of a company ("the software company", "the
# ChatGPT maker", 这家芯片巨头, 该公司), or a pronoun that opens the sentence ("It adds ...", 其).
_POINTER = re.compile(
    r"(?:the(?<![a-z]the)|this(?<![a-z]this)) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|"
    r"startup|start-up|"
    r"chipmaker|chip maker|lab|giant|maker|developer)(?![a-z])|"
    r"(?:该|这家|此)[^\s，。！？、,.：:]{0,8}?(?:公司|集团|巨头|企业|厂商|实验室|初创|开发商|芯片商|晶片商)"
)
_OPENING_PRONOUN = re.compile(r"[\s\"“‘'(（]*(?:it|its|they|their)(?![a-z'])|[\s\"“‘'(（]*其")


def pointed_owner(
    hits: list[Hit], rule: ClaimRule, item: Item, norm: str, start: int, lead: Hit | None
) -> Hit | None:
    """`owner_of` for an item in the sentence that starts at `start`, when the sentence's actor
    before the item is a word that points back ("The software company drew record demand for a
    $25 billion bond sale ... just ahead of the record Meta set", 该公司宣布获得合计1100亿美元的
    新融资承诺：软银300亿美元……): that word is the nearest actor, so the item is the pointed-to
    party's (`lead`, the rival an earlier sentence was about, else the claim's own party: None),
    not that of a name after the item, which comes in as a yardstick or a participant."""
    pointer = _POINTER.search(norm, start, item.start) or _OPENING_PRONOUN.match(
        norm, start, item.start
    )
    # (the names before the item are looked for only when a pointer is there: most sentences
    # have none)
    if pointer is not None and not any(
        h.end <= item.start and h.start >= start and not excluded(norm, h)
        for h in actors(rule, hits)
    ):
        return lead
    return owner_of(hits, rule, item, norm, lead)


# Verbs of taking something up (adopt, deploy, run on, 采用, 部署): the one who does it is the
# name before the verb, the chooser; what it takes up follows.
_TAKES_UP = re.compile(
    r"(?:adopt|deploy|run on|runs on|running on|switch to|use[sd]? |using )|"
    r"采用|导入|部署|选用|改用|运行在|运行于|跑在"
)
# What may stand between a name and its verb: an adverb or an auxiliary (also, has, 已, 也).
_TO_VERB = re.compile(
    r"\s*(?:(?:also|now|has|have|had|will|would|is|was|already|then|instead)\s+)*"
    r"(?:也|则|已|已经|将|会|还|亦|同样|则是|主要|均|都|率先|自)*\s*"
)


def own_choice(rule: ClaimRule, hits: list[Hit], item: Item, norm: str) -> Hit | None:
    """The name of the claim's other party (not its actor, the first group: OpenAI taking up
    Groq's chips) that stands as the subject right before a verb of taking something up, when
    the item is that verb: "Groq adopted the LPU design for its chips", Groq採用「語言處理單元」
    架構設計晶片 is the start-up's own choice, which says nothing of the actor's. Else None."""
    if item.kind is not EvidenceKind.CUE or not _TAKES_UP.match(norm, item.start):
        return None
    primary = next(iter(rule.subject))
    before = [h for h in hits if h.entry.kind is TermKind.ALIAS and h.end <= item.start]
    if not before:
        return None
    subject = max(before, key=lambda h: h.end)
    if subject.entry.key == primary or not _TO_VERB.fullmatch(norm, subject.end, item.start):
        return None
    return subject


# "has been valued at $1 trillion", "priced at": a verb of valuing before "at" says what is
# valued (its subject, the nearest name before), where a bare "at a $730 billion valuation" gives
# the terms of the round the sentence tells.
_VALUED_AT = re.compile(
    r"(?<![a-z])(?:valued|valuing|priced|pricing|pegged)(?: [a-z]+)? at(?: a)?$"
)


def terms_value(norm: str, start: int) -> bool:
    """True when the valuation at `start` follows a bare "at" / "at a" (the round's terms: it
    values the round's company), not a verb of valuing whose subject is the one valued
    ("Anthropic has been valued at around $1tn")."""
    before = norm[max(0, start - 6) : start].strip()
    if not before.endswith(("at a", "at")):
        return False
    return _VALUED_AT.search(norm[max(0, start - 30) : start].rstrip()) is None
