"""Evidence that is only a mention, by how the sentence uses it: a cue used as the name of a
thing (发布会, "launch-day"), a figure that describes the subject as it stands ("the $500 billion
OpenAI"), a figure that is the whole the news is part of ("as part of a $100 billion raise"),
and an earlier claim quoted after the word that introduces it. Pure helpers for
`context._not_news`."""

from __future__ import annotations

import re

from watch.claims.background import BACKGROUND_REACH
from watch.claims.markers import Marker, scoped
from watch.claims.quotes import quote_spans
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind, own_names
from watch.claims.status import status_said
from watch.claims.text import Span, is_cjk, reading_width
from watch.models import Stance

_CONTRADICTS = Stance.CONTRADICTS
FRAME_REACH = 12  # 1000亿美元融资的一部分: the whole's figure, its noun, then the marker


def quoted_claim(norm: str, span: Span, markers: list[Marker], item: Item) -> Marker | None:
    """The claim-introducing word ("predicted", 声称) before a quote that holds the item."""
    for quote in quote_spans(norm, span.start, span.end):
        if quote.start < item.start and item.end <= quote.end:
            for m in markers:
                if (
                    m.kind == "quote_intro"
                    and m.end <= quote.start
                    and reading_width(norm[m.end : quote.start]) <= 40
                ):
                    return m
    return None


# A cue used as a name of something rather than as a statement: a modifier in an English compound
# ("the agent-powered features", "launch-day"), a Chinese verb made a noun by what precedes it
# (最重磅的发布, 本次发布, 其余发布) or by what follows it (发布会: a launch event).
_NOUN_LEAD = re.compile(r"(?:的|本次|此次|这次|其余|多项|各项|一系列|系列)$")
# ... or as the object of a verb of winning (获得高端采用, 受到广泛采用: "wins wide adoption"):
# something is adopted by someone unnamed, no party adopts anything.
_WON = re.compile(r"(?:获得|得到|受到|赢得|迎来|获)[^\s，。、,]{0,2}$")
# ... and the event's day as a noun (生效日, 复牌时间较……, "the effective date"): what is said of
# it ("较原定迟了两个月") is said of the date, the cue states no event (时间 only compared: in
# 开放时间未定 the cue and its open date are one matter)
_NOUN_TAIL = re.compile(
    r"-[a-z]|会(?=[上中后前场，。,、\s]|$)|活动|日期|时间表|仪式|时间(?=较|比)|"
    r"日(?![本元圆企方经产韩前后内起])|\s(?:date|dates|timing)(?![a-z])"
)
# ... unless the cue carries its own predicate: in 迁址的时间表没有变 or 项目的进展顺利 the 的
# joins the cue's first noun to its owner, and the cue is a whole clause, no noun.
_OWN_PREDICATE = re.compile(r"(?:不变|未变|没有变|没变|改变|顺利)$")
# ... or a two-character verb that heads a longer noun (发行量 "the volume issued", 发行人 "the
# issuer", 发行价 "the issue price"): another word, fenced as `fences` fences 低延迟. Not 人数,
# 人员 (裁员人数 counts the cuts), nor a word the next characters open: 延后量产 (mass
# production), 发行人民币债券 (renminbi), 调涨价格 (prices raised).
_ZH_COMPOUND = re.compile(r"量(?![产化])|价(?![格位钱值])|人(?![数员士民])")


# ... or as the modifier of a noun that names a thing made for the event ("the closure list",
# "a recall notice", "the strike fund", 关店名单, 罢工基金): a list, a notice or a fund states
# no event. Not after a word that makes the cue a verb ("to close plans", "will recall notices").
_EN_HEADS = re.compile(
    r" (?:list|lists|notice|notices|fund|funds|plan|plans|costs|charges|letter|letters)(?![\w-])"
)
_EN_VERB_LEAD = re.compile(
    r"(?<![a-z])(?:to|will|would|could|can|may|might|shall|should|must|not|n't|did|does|do|"
    r"won't|cannot)\s+$"
)
_EN_VERB_FORM = re.compile(r"(?:ed|ing|[^s]s)$")
# (also a plan, a scheme or a rumour of it: 停产计划, 裁员方案, 关店传闻; not 计划于 "plans to")
_ZH_HEADS = re.compile(
    r"名单|清单|基金|通知书|费用|成本|计划书|方案书|计划(?![于在将要])|计画(?![于在将要])|"
    r"方案|预案|传闻|传言"
)

# "there is no ... plan" states the plan's absence (百度今年没有大规模裁员计划, 暂无关店计划): a
# statement, not a plan named
_ZH_NONE = re.compile(r"没有|并无|暂无|尚无|毫无|不存在|无意")
# ... and a negated verb is a verb whatever its object (未达到方案预设的边界, 没有完成计划的目标:
# "has not reached the bound the protocol set"): a negation names no thing
_ZH_NEGATED = re.compile(r"[未沒没不](?:曾|能)?$")


def modifier_of(norm: str, item: Item) -> str | None:
    """ "a modifier" when a one-word cue stands before a list, notice or fund noun, else None."""
    cue = norm[item.start : item.end]
    if cue.isascii():
        # ("abandoned plans", "shelves plans": a verb and its object)
        if (
            " " in cue
            or re.search(r"(?:ed|ing|[^s]s)$", cue)
            or not _EN_HEADS.match(norm, item.end)
        ):
            return None
        if _EN_VERB_LEAD.search(norm[max(0, item.start - 12) : item.start]):
            return None
    elif (
        not _ZH_HEADS.match(norm, item.end)
        or _ZH_NONE.search(norm[max(0, item.start - 6) : item.end])
        or _ZH_NEGATED.search(norm[max(0, item.start - 2) : item.start])
        or norm[item.start] in "未沒没不"
    ):
        return None
    return "a modifier of a noun"


# A verb of the vocabulary whose bare form is also a noun of another sense ("battery scrap",
# "scrap metal", "a drainage ditch"): bare, it is that noun unless a word that makes it a verb
# stands before it ("to scrap", "will scrap") or an object follows it ("scrap the plan"). Its
# other forms (scrapped, scraps, scrapping) stay verbs.
_NOUN_HOMOGRAPHS = frozenset(["scrap", "ditch"])
_EN_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|any|some|plans?|"
    r"proposals?|it|them)(?![a-z])"
)


def homograph_noun(norm: str, item: Item) -> str | None:
    """ "a noun" when a bare `_NOUN_HOMOGRAPHS` cue has no verb's lead before it and no object
    after it, else None."""
    if norm[item.start : item.end] not in _NOUN_HOMOGRAPHS:
        return None
    if _EN_VERB_LEAD.search(norm[max(0, item.start - 12) : item.start]):
        return None
    return None if _EN_OBJECT.match(norm, item.end) else "a noun of another sense"


# The claim's phrase in quotation marks as the whole of what a 的 or an 's owns (康方的"达到主要
# 终点", 该公司的“按时交付”, the company's "on track"): the phrase is discussed as a label, no one
# states it in this sentence.
_OPEN_QUOTES = "\"“「『'‘"
_CLOSE_QUOTES = "\"”」』'’"


def quoted_label(norm: str, item: Item) -> bool:
    """True when the cue is exactly the quoted phrase after 的 or 's."""
    i, j = item.start, item.end
    if i < 2 or j >= len(norm) or norm[i - 1] not in _OPEN_QUOTES or norm[j] not in _CLOSE_QUOTES:
        return False
    before = norm[max(0, i - 4) : i - 1].rstrip()
    return before.endswith("的") or before.endswith("'s")


def named_thing(norm: str, item: Item) -> str | None:
    """How a cue is used as a name, or None when it states something."""
    if item.kind is not EvidenceKind.CUE:
        return None
    if quoted_label(norm, item):
        return "a quoted phrase owned by a 的 or 's, a label"
    modifier = modifier_of(norm, item) or homograph_noun(norm, item)
    if modifier is not None:
        return modifier
    if _NOUN_TAIL.match(norm, item.end, item.end + 6):
        if norm[item.end] != "-":
            return "a noun"
        # "replace the Gemini-based system": a phrase's last word may head a compound, its verb
        # still states; a one-word cue in a compound ("launch-day") names a thing
        return None if " " in norm[item.start : item.end] else "a modifier"
    if (
        item.end - item.start == 2
        and is_cjk(norm[item.start])
        and _ZH_COMPOUND.match(norm, item.end)
    ):
        return "a longer noun"
    if is_cjk(norm[item.start]) and _NOUN_LEAD.search(norm[max(0, item.start - 4) : item.start]):
        if status_said(norm, item) or _OWN_PREDICATE.search(norm, item.start, item.end):
            return None
        return "a noun"
    if is_cjk(norm[item.start]) and _WON.search(norm[max(0, item.start - 4) : item.start]):
        return "a noun, what is won"
    return None


# A figure that describes the subject as it stands, as the setting of the story: a modifier
# before its name (估值约5000亿美元的OpenAI, "the $500 billion OpenAI") or an appositive after it
# ("OpenAI, valued at $500 billion, ...").
_APPOSITIVE_LEAD = re.compile(
    r",\s*(?:currently\s+|now\s+|already\s+)?(?:valued|worth)\s+(?:at\s+)?$"
)
_APPOSITIVE_TAIL = re.compile(r"\s*,")


def describes_subject(norm: str, item: Item, hits: list[Hit], rule: ClaimRule) -> str | None:
    """The subject's name when an amount item (or a cue in a bare 的 description before it)
    only describes it, else None."""
    if item.kind is EvidenceKind.CUE:
        return _cue_describes(norm, item, hits, rule)
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    for h in own_names(rule, hits):
        gap = norm[item.end : h.start] if h.start >= item.end else ""
        if gap and len(gap) <= 4 and gap.lstrip(" 的").strip() == "" and "的" in gap:
            return h.entry.phrase
        if h.end <= item.start and item.start - h.end <= 28:
            lead = norm[h.end : item.start]
            if _APPOSITIVE_LEAD.search(lead) and _APPOSITIVE_TAIL.match(norm, item.end):
                return h.entry.phrase
    return None


def frame_of(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The "as part of" / 的一部分 that makes a contradicting amount the whole that the
    sentence's news belongs to ("invest $50 billion as part of a $100 billion raise"): a whole
    named in passing, not reported as settled, says only that talk of it goes on, a mention;
    one that matches the claim's figure still supports it."""
    if item.kind is not EvidenceKind.AMOUNT or item.stance != _CONTRADICTS:
        return None
    return scoped(norm, markers, "frame", item.start, item.end, reach=BACKGROUND_REACH) or scoped(
        norm, markers, "frame_post", item.start, item.end, reach=FRAME_REACH, side="after"
    )


# A Chinese cue that opens a 的 description of the claim's own noun (四笔暂停派息的永续证券,
# 已递延的分派: "the securities whose payouts were suspended"): the thing described by a status,
# no act told. Only when nothing but a count, a demonstrative or 已/曾 stands before it in its
# clause: with its own agent or time (公司将于6月恢复派息的永续债) the clause tells the act.
_BARE_LEAD = re.compile(
    r"(?:^|[，。；：,;:、\s])(?:这些|那些|该|此|上述|其)?(?:[\d一二三四五六七八九十两几数多]+"
    r"[笔只项个份支檔档批])?(?:已经|已|曾经|曾|此前)?$"
)


def _cue_describes(norm: str, item: Item, hits: list[Hit], rule: ClaimRule) -> str | None:
    """The subject's name when a Chinese cue stands right before 的 and the claim's own noun,
    (any subject group's) with only a count or a demonstrative before it in its clause
    (`_BARE_LEAD`), else None."""
    if not norm.startswith("的", item.end) or not is_cjk(norm[item.start]):
        return None
    if not _BARE_LEAD.search(norm[max(0, item.start - 8) : item.start]):
        return None
    for h in hits:
        if h.start == item.end + 1 and h.entry.kind is TermKind.ALIAS:
            return h.entry.phrase
    return None


# A relative clause on the subject that tells its officer's move as an aside, set off by commas,
# before the sentence goes on about the subject ("Ericsson, whose chief executive hands over to X
# at the end of October, generates ..."; 其首席执行官将于10月底交棒的爱立信，……): setting, as the
# appositive "OpenAI, valued at $500 billion," is.
_WHOSE = re.compile(r",\s*whose\s[^,;.]*$")
_CLAUSE_CLOSE = re.compile(r"[^,;.]*,\s*[a-z]")
_ITS = re.compile(r"其[^，。；,;：:]*$")
_ZH_REACH = 40
_EN_REACH = 80


def aside_clause(norm: str, item: Item, hits: list[Hit], rule: ClaimRule) -> str | None:
    """The subject's name when a cue or a date sits in a "whose" clause on it (or a 其……的
    modifier before it), else None."""
    if item.kind not in (EvidenceKind.CUE, EvidenceKind.DATE):
        return None
    for h in own_names(rule, hits):
        before = h.end <= item.start and item.start - h.end <= _EN_REACH
        if (
            before
            and _WHOSE.search(norm, h.end, item.start)
            and _CLAUSE_CLOSE.match(norm, item.end)
        ):
            return h.entry.phrase
        if item.end <= h.start and h.start - item.end <= _ZH_REACH:
            gap = norm[item.end : h.start]
            lead = norm[max(0, item.start - _ZH_REACH) : item.start]
            if gap.endswith("的") and not re.search(r"[，。；,;：:]", gap) and _ITS.search(lead):
                return h.entry.phrase
    return None
