"""Background: which words set an item in the past (`current`, `setting`), and when one dates
something other than the item beside it: the baseline of a change ("fell to 64% from 87% a year
ago", 较此前……大幅缩水), a noun it modifies ("the earlier agreement was non-binding", 双方此前
达成的协议并无约束力); a fronted time-ago adverbial dating the clause after it is `time_ago`'s.
Pure helpers for `context`, over normalised text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.change_values import old_value
from watch.claims.markers import Marker, scoped
from watch.claims.now_figure import now_turn
from watch.claims.objects import yardstick
from watch.claims.openings import sentence_opening
from watch.claims.price_clause import price_clause
from watch.claims.recalled import (
    TIME_WORD,
    appositive_recap,
    delay_history,
    fresh_day,
    participle_recap,
    told_across_apposition,
)
from watch.claims.recap_reach import goes_on, stretch_recap, struck_told_now, told_on
from watch.claims.rescheduled import plan_sequel
from watch.claims.retold import promise_now
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.speech import SAY_ZH
from watch.claims.status import status_of
from watch.claims.text import Span, is_cjk
from watch.claims.told_dates import (
    RECAP_KINDS,
    TELLING_KINDS,
    TELLS_ZH,
    YARDSTICKS,
    telling,
    told_then,
)
from watch.claims.told_undated import undated_telling
from watch.models import Stance

BACKGROUND_REACH = 30
# A change told from a baseline: "fell to 64% from 87% a year ago", 较一年前的87.2%下降至64%,
# "has since fallen to 64%". The time word dates the baseline; the new figure is news.
_CHANGE_TO = re.compile(
    r"(?<![a-z])(?:fell|fallen|falls|rose|risen|rises|dropped|drops|climbed|grew|grown|jumped|"
    r"surged|slipped|declined|increased|decreased|shrank|shrunk|swelled|lifted|boosted|soared|"
    r"plunged|sank|sunk|cut|raised|slashed)\s+(?:[a-z]+\s+)?to(?![a-z])|"
    r"(?:下降|上升|增长|增加|减少|提升|提高|跃升|飙升|攀升|下滑|缩减|缩水|回落|降|升|增|跌|涨)(?:至|到)"
)
_FROM = re.compile(r"(?<![a-z])from(?![a-z])")
# "较此前……" compares: a predicate after it (缩水, 下调, 大幅减少) is the change, which is news;
# only a figure inside the comparison is the baseline's.
_COMPARING = frozenset(["较此前", "高于此前", "低于此前"])
_COMPARED = re.compile(r"[^，,；;。：:！？]{0,30}")


def baseline(norm: str, m: Marker, item: Item) -> bool:
    """True when background marker `m` dates the baseline of a change whose new value is the
    item, or a noun the item's predicate is about, not the item itself."""
    if m.start >= item.end and late_against(norm, m, item):
        return True
    if m.kind == "background_post" and m.start >= item.end:
        return _FROM.search(norm, item.end, m.start) is not None
    if m.end <= item.start and dated_noun_now(norm, m, item):
        return True
    if m.kind == "background" and m.end <= item.start:
        # (此前表示……将提升至: the word dates the telling, it is no baseline)
        if _CHANGE_TO.search(norm, m.end, item.start) and not undated_telling(norm, m):
            return True
        if item.kind is EvidenceKind.CUE and m.word in _COMPARING:
            return _COMPARED.fullmatch(norm, m.end, item.start) is not None
        return item.kind is EvidenceKind.CUE and modified_noun(norm, m, item)
    return False


# A lateness told against a schedule given in the past: "a quarter behind the schedule SMIC gave
# in February", "behind the timetable the company set out in March", 落后于公司2月公布的时间表.
# The date is the schedule's, inside the cue's object (as 原定 dates the plan), and the lateness
# is news. ("was behind schedule in February" has no such clause: the date is the lateness's.)
_GIVEN_BY_EN = re.compile(
    r"\s*(?:(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?)?(?:that\s+)?(?:[a-z][a-z0-9.&'-]*\s+){1,3}?"
    r"(?:had\s+)?(?:gave|given|set|set out|laid out|announced|promised|outlined|published|"
    r"issued|pledged|provided|flagged|unveiled|guided)\s+(?:in|on|back in|at|during)?\s*"
)
_GIVEN_BY_ZH = re.compile(r"[\u4e00-\u9fff]{0,6}")
_GIVEN_ZH_TAIL = re.compile(
    r"(?:给出|公布|宣布|制定|定下|设定|提出|披露|承诺|公告)的?[^，,。；;：:]{0,6}?"
    r"(?:时间表|时间线|计划|目标|时程|进度|日程|指引|规划)"
)


def late_against(norm: str, m: Marker, item: Item) -> bool:
    """True when past-date marker `m`, after a lateness cue, dates the schedule it is late
    against (`_GIVEN_BY_EN`, `_GIVEN_ZH_TAIL`), not the lateness."""
    if item.kind is not EvidenceKind.CUE or item.stance is not Stance.CONTRADICTS:
        return False
    if m.end - item.end > 60:
        return False
    if _GIVEN_BY_EN.fullmatch(norm, item.end, m.start):
        return True
    return bool(
        _GIVEN_BY_ZH.fullmatch(norm, item.end, m.start) and _GIVEN_ZH_TAIL.match(norm, m.end)
    )


# A relative clause that dates its noun, then the main verb's figure as it stands now: "the
# headcount reduction it announced in January will end up at around 1,100 roles", "the cuts
# Micron flagged in January now total 1,100", 1月宣布的裁员人数现为约1100人. The date is the
# announcement's; the figure the main verb gives is news.
_TOLD_NOUN_EN = re.compile(
    r"(?<![a-z])(?:the|its|their)\s+(?:[a-z-]+\s+){1,3}?(?:that\s+)?(?:it|they|the company|"
    r"the firm|[a-z][a-z0-9&.-]*)\s+(?:had\s+)?(?:announced|unveiled|flagged|outlined|set out|"
    r"disclosed|laid out|first announced|planned)\s+(?:in|on|back in|last|earlier)?\s*$"
)
_NOW_FIGURE_EN = re.compile(
    r"\.?\s*(?:(?:will|would|is set to|are set to)\s+(?:now\s+)?(?:end up at|total|come to|"
    r"amount to|be|reach|number|stand at)|(?:now|currently)\s+(?:totals?|stands? at|comes? to|"
    r"amounts? to|numbers?|is|are)|(?:is|are)\s+now|ended up at|(?:has|have) (?:now )?"
    r"(?:been )?(?:cut|reduced|trimmed|scaled back|shrunk|shrank|raised) to)"
    r"\s+(?:at\s+)?(?:only\s+|just\s+|roughly\s+)?$"
)
_TOLD_NOUN_ZH = re.compile(
    r"(?:宣布|公布|披露|提出|启动|宣佈)的[\u4e00-\u9fff]{1,6}?(?:最终将?|现在|现|目前|如今|实际)"
    r"[\u4e00-\u9fff]{0,4}?$"
)


def dated_noun_now(norm: str, m: Marker, item: Item) -> bool:
    """True when past-date marker `m` closes (English) or opens (Chinese) a relative clause on
    a noun whose main verb gives the item as it stands now (`_NOW_FIGURE_EN`, 最终/现为)."""
    if item.start - m.end > 40:
        return False
    if m.kind not in ("background", "background_post"):
        return False
    if _TOLD_NOUN_ZH.fullmatch(norm, m.end, item.start):
        return True
    if struck_told_now(norm, m.start, m.end, item.start):
        return True
    return bool(
        _NOW_FIGURE_EN.fullmatch(norm, m.end, item.start)
        and _TOLD_NOUN_EN.search(norm, max(0, m.start - 70), m.start)
    )


# The background word inside a noun phrase that is the subject of the cue: 此前达成的协议并无约束力
# (time word, its verb, 的, the noun, the predicate), 此前的构想大幅缩水; "its earlier agreement
# was non-binding", "the previous plan has stalled". A short run with no clause break.
_ZH_MODIFIED = re.compile(r"[^，,；;。：:！？]{0,16}的[^，,；;。：:！？的]{1,12}")
_EN_MODIFIED = re.compile(
    r"\s+(?:[\w$.-]+\s+){1,4}?(?:was|is|were|are|has been|had been|remains|remained|has|have)"
    r"\s+(?:[a-z]+\s+)?"
)
_EN_DETERMINER = re.compile(r"(?<![a-z])(?:the|its|their|an|a|that|this)\s+$")
_EN_ADJECTIVES = frozenset(["earlier", "previous", "prior", "original", "initial"])
_ZHTIME_WORDS = frozenset(["此前", "之前", "先前", "早前", "早先", "较此前"])


# ... and a date inside a 的 clause that sets or tells its noun (公司三月时定下的五月底目标, 1月公布
# 的时间表): the date is the target's, what is said of it now (迟了, 落后) is news
_ZH_SET_NOUN = re.compile(
    r"[^，,；;。：:！？的]{0,6}?(?:给出|公布|宣布|制定|定下|设定|订下|定出|提出|披露|承诺|公告|"
    r"确定|设下|许下)的[^，,；;。：:！？的]{1,12}"
)


def modified_noun(norm: str, m: Marker, item: Item) -> bool:
    """True when `m` modifies the noun the item's predicate is about, not the predicate."""
    if m.word in _ZHTIME_WORDS:
        return _ZH_MODIFIED.fullmatch(norm, m.end, item.start) is not None
    if is_cjk(m.word[-1]) and TIME_WORD.search(m.word):
        return _ZH_SET_NOUN.fullmatch(norm, m.end, item.start) is not None
    if m.word in _EN_ADJECTIVES and _EN_DETERMINER.search(norm, max(0, m.start - 8), m.start):
        return _EN_MODIFIED.fullmatch(norm, m.end, item.start) is not None
    return False


_CLAUSE_END = re.compile(r"[；;。！？!?]")


def current(norm: str, markers: list[Marker], span: Span, item: Item) -> Marker | None:
    """The background marker that governs the item, if any: one that opens the sentence or a
    clause after its semicolon, governs the item's phrase, or dates a clause the item's clause
    continues (`continued`); never across a turn to the news (`turned`, `moved_on`)."""
    history = delay_history(norm, item)
    if history is not None:
        return history
    if not markers:
        return None
    markers = [m for m in markers if not turned(norm, m, item) and not moved_on(norm, m, item)]
    markers = [m for m in markers if not old_value(norm, m, item) and not status_of(norm, m, item)]
    if not markers:  # every reading below returns one of them
        return None
    planned = [m for m in markers if m.word in ORIGINAL_PLAN]
    return (
        sentence_opening(norm, markers, "background", span)
        or clause_opening(norm, markers, span, item)
        or sentence_opening(norm, markers, "background_post", span)
        or sentence_opening(norm, markers, "background_fronted", span)
        or scoped(norm, markers, "background", item.start, item.end, reach=BACKGROUND_REACH)
        or scoped(
            norm,
            markers,
            "background_post",
            item.start,
            item.end,
            reach=BACKGROUND_REACH,
            side="after",
        )
        or scoped(norm, markers, "background_clause", item.start, item.end, reach=2 * len(norm))
        or told_then(norm, markers, item)
        or participle_recap(norm, markers, item)
        or appositive_recap(norm, markers, item)
        or told_across_apposition(norm, markers, item)
        # an original plan is the whole plan of its clause: "was originally slated to start
        # production in the second quarter" (what became of it is cut off by `turned`)
        or scoped(norm, planned, "background", item.start, item.end, reach=2 * len(norm))
        or continued(norm, markers, span, item)
        or stretch_recap(norm, markers, item)
        or scoped(norm, markers, "background_old", item.start, item.end, reach=2 * len(norm))
        or scoped(
            norm, markers, "background_old", item.start, item.end, reach=2 * len(norm), side="after"
        )
    )


def setting(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """A word that sets the whole sentence in the past, standing anywhere before the item."""
    return next(
        (m for m in markers if m.kind == "background_setting" and m.end <= item.start), None
    )


# --- how far a recap reaches inside its sentence ----------------------------------------------


def turned(norm: str, m: Marker, item: Item) -> bool:
    """True when a turn to the news stands between background marker `m` and the item after
    it."""
    if m.end > item.start:
        return False
    if fresh_day(norm, m, item) or promise_now(norm, m.end, item.start):
        return True
    # "previously EUR 9 billion, now 10.2 billion", 此前为90亿欧元，目前为102亿: the figure now
    if item.kind in (EvidenceKind.AMOUNT, EvidenceKind.DATE) and now_turn(norm, m.end, item.start):
        return True
    if m.word not in ORIGINAL_PLAN:
        return False
    if item.kind is EvidenceKind.CUE and yardstick(norm, m.start):
        return True  # 较原计划推迟一个季度: a delay told now, the plan its yardstick
    return plan_sequel(norm, m.end, item.start)  # 但, "but now", ，因……而推迟


# The words of an original plan: they date the plan, and a change "from" it "to" something
# else (由原定的第二季度延后至第三季度, "from the originally planned April to the third quarter")
# is the news, the new date included.
ORIGINAL_PLAN = frozenset(
    (
        *("原定", "原本", "原计划", "原订", "原先", "原本计划", "原计画", "原本计画", "最初"),
        *("起初", "当初", "originally", "originally planned", "original plan"),
        *("original timetable", "initially", "originally scheduled", "had planned"),
        *("had expected", "had been expected", "原本预计", "原预计", "原本预期"),
        *("was supposed to", "were supposed to", "had been supposed to", "was meant to"),
        *("were meant to", "had been meant to", "本应", "本该"),
        # an aim or a pencilled-in date in the pluperfect is the original plan too
        *("had aimed", "had been aiming", "had targeted", "had pencilled in", "had penciled in"),
        *("had slated", "had scheduled", "原目标", "原本打算", "原打算", "原先计划", "原先预计"),
    )
)
_MOVED_TO = re.compile(
    r"(?:延后|推迟|延迟|延期|推延|押后|顺延|延宕|提前|调整|延长|拉长|改|延|推|挪|移)(?:至|到)|"
    r"(?<![a-z])(?:pushed back|pushed|delayed|moved|postponed|slipped|brought forward|shifted|"
    r"put off|rescheduled|changed|revised|cut|raised|lowered|extended|stretched)\s+"
    r"(?:[a-z]+\s+)?to(?![a-z])"
)
_FROM_BEFORE = re.compile(r"(?<![a-z])from\s+(?:the|its|their|an?)?\s*$|[由从]\s*$")
_TO = re.compile(r"(?<![a-z])to(?![a-z])")


def moved_on(norm: str, m: Marker, item: Item) -> bool:
    """True when an original-plan marker `m` is the "from" side of a change that the item is
    the move or the "to" side of."""
    if m.word not in ORIGINAL_PLAN or m.end > item.start:
        return False
    moved = _MOVED_TO.search(norm, m.end, min(len(norm), item.end + 3))
    if moved is not None and moved.start() <= item.start:
        return True
    # "from the originally planned April to the third quarter"
    if _FROM_BEFORE.search(norm, max(0, m.start - 12), m.start) is None:
        return False
    to = _TO.search(norm, m.end, item.start) or re.compile("至|到").search(norm, m.end, item.start)
    return to is not None and not _CLAUSE_END.search(norm, m.end, item.start)


_SEMICOLON = re.compile(r"[；;]")


def clause_opening(norm: str, markers: list[Marker], span: Span, item: Item) -> Marker | None:
    """A background marker that opens the item's clause after a semicolon ("...；5月，Meta与谷歌
    签署……", "...; in March, it said ..."), as one opening a sentence governs all of it."""
    cut = max((s.end() for s in _SEMICOLON.finditer(norm, span.start, item.start)), default=-1)
    if cut < 0:
        return None
    # 至于先前的1千亿美元: a time word before 的 describes a noun, it opens no clause
    inside = [
        m
        for m in markers
        if m.start >= cut and m.start <= item.start and not norm.startswith("的", m.end)
    ]
    return sentence_opening(norm, inside, "background", Span(cut, span.end)) or sentence_opening(
        norm, inside, "background_post", Span(cut, span.end)
    )


def rule_background(hits: Sequence[Hit]) -> list[Marker]:
    """A rule's own `background:` phrases, as markers that also date the rest of their clause
    (as the built-in "which has said" and "months after" do): "has said it expects to start
    service in 2026" and "a month after Alibaba said it would invest US$2 billion" reach the
    date and the figure, not only a cue beside the phrase. (Each also stays a plain background
    marker, so it still opens a sentence: 网传，……)"""
    return [
        Marker("background_clause", h.entry.phrase, h.start, h.end)
        for h in hits
        if h.entry.kind is TermKind.BACKGROUND
    ]


# A clause that goes on with the one before it, after its comma: an apposition ("..., or about
# 10,000 people"), a comment on it (", which ...", "，这是该公司连续第三年……"), what came next
# (随后, then, "but it later", 但公司其后), or what a telling before it told (据阿里5月披露，……).
_CONTINUES = re.compile(
    r"\s*(?:(?:or|which|i\.e\.|that is|this is|this was|then|later|and then|and later|"
    r"marking|making it)(?![a-z])|the (?:[a-z]+ )?(?:straight|consecutive)|这是|这也是|此为|即|"
    r"也就是|相当于|(?:(?:但|不过|而)(?:公司|该公司|其)?)?(?:随后|其后|此后|后来)|之后|然后|"
    r"(?:but|and)\s+(?:(?:the\s+company|it|they)\s+)?(?:later|subsequently)(?![a-z]))"
)
TOLD_BEFORE = re.compile(
    rf"(?:{SAY_ZH}|{TELLS_ZH}|提出|(?<![a-z])(?:said|announced|disclosed|stated|flagged|warned))\s*$"
)
# ... and a change the clause before spans, its comment after 还 ("从3月宣布时的上限到9月最终核
# 定，还缩水了一截"): it goes on with that clause only when every month there is past (a column
# looking back, `recency.COLUMN`); with the month just ended in it, the change is the news.
_STILL = re.compile(r"\s*还(?![款贷债清])")
_MONTH = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,2}月")
_CLAUSE_COMMA = re.compile(r"[,，]")
TOLD_TAIL = 24  # the longest telling verb and the spaces after it


def continued(norm: str, markers: list[Marker], span: Span, item: Item) -> Marker | None:
    """A background marker in an earlier clause of the sentence that the item's clause goes on
    with (`_CONTINUES`, `TOLD_BEFORE`), clause by clause back to the marker; never across a
    semicolon, unless the clause after it goes on with the recap (`recap_reach.goes_on`)."""
    semis = [s.end() for s in _SEMICOLON.finditer(norm, span.start, item.start)]
    # (a semicolon whose next clause goes on, "; a source then told", is a comma here)
    cut = max((e for e in semis if not goes_on(norm, e)), default=-1)
    first = max(span.start, cut)
    joins = [e - 1 for e in semis if e > first]  # (the recap before each goes on after it)
    commas = sorted([c.start() for c in _CLAUSE_COMMA.finditer(norm, first, item.start)] + joins)
    while commas:
        comma = commas.pop()
        if comma in joins:  # the whole recap before it is one clause
            commas = [c for c in commas if c in joins]
        opening = commas[-1] + 1 if commas else first
        # (the telling verb ends the clause: only its tail is searched)
        told = TOLD_BEFORE.search(norm, max(opening, comma - TOLD_TAIL), comma)
        going = _CONTINUES.match(norm, comma + 1) is not None or goes_on(norm, comma + 1)
        going = going or bool(
            _STILL.match(norm, comma + 1) and _all_past(norm, markers, opening, comma)
        )
        going = going or price_clause(norm, comma + 1, item) or told_on(norm, opening, comma)
        if not going and told is None:
            return None
        for m in markers:
            inside = opening <= m.start and m.end <= comma
            kinds = RECAP_KINDS if told is None else TELLING_KINDS
            if inside and m.kind in kinds and m.word not in YARDSTICKS:
                return m
            if inside and told is not None and m.kind == "background_told" and telling(norm, m):
                return m  # 年初表示，其……将: the loose period right before its verb
    return None


def _all_past(norm: str, markers: list[Marker], start: int, end: int) -> bool:
    """Whether norm[start:end] names a month and each is a recap marker's (none is the news)."""
    months = [(m.start(), m.end()) for m in _MONTH.finditer(norm, start, end)]
    return bool(months) and all(
        any(k.kind in RECAP_KINDS and k.start <= a and b <= k.end for k in markers)
        for a, b in months
    )
