"""Whose count of people a figure is, in layoff news: people cut, hired, on the payroll, or
those who have already gone under a plan.

    "eliminate about 2,000 roles", 裁员约8000人, "2,000 job cuts"      -> "cut"
    "hired 1,500 engineers", 新增聘用约1,500名                          -> "hire"
    "a workforce of 28,000", "Intel had 101,000 employees", 员工总数2.8万  -> "total"
    "3,000 staff have accepted buyouts", 已有约3000名员工接受自愿离职     -> "progress"
    "the first round of 1,200 job cuts", 至今已削减约3000个职位, "900 jobs in Germany, part of
    a plan to cut 8,000 jobs worldwide"                                 -> "progress"
    "companies such as Acme and Beta have cut 3,000 jobs", 艾克美、贝塔等公司合计裁员约3000人
                                                                        -> "others"

`roles.role_of` asks it for a count of people (`measures`, unit "people"); `amounts` keeps a
figure only when it counts what the claim's own statement counts.
"""

from __future__ import annotations

import re

from watch.claims.numerals import NUM

# What a count of people is the count of, by the verb or noun written before it in its clause
# (the nearest wins): people cut ("eliminate about 2,000 roles", 裁员约8000人, 优化2000个岗位),
# people hired ("hired 1,500 engineers", 新增聘用约1,500名) or everyone on the payroll ("a
# workforce of 28,000", "Intel had 101,000 employees", 员工总数跌穿2.8万). Layoff news writes
# all three side by side; only the one the claim counts is its figure.
_PEOPLE_WORDS = {
    "cut": r"cut|cuts|cutting|eliminate|eliminates|eliminated|eliminating|lay off|lays off|"
    r"laid off|laying off|layoffs of|shed|sheds|shedding|axe|axes|axed|axing|slash|slashes|"
    r"slashed|slashing|trim|trims|trimmed|trimming|reduce headcount by|reduced headcount by|"
    r"reducing headcount by|headcount reductions? of|job cuts of|role reductions of|"
    r"headcount fell by|workforce fell by|let go|lets go|letting go|"
    r"裁员|裁减|裁撤|裁掉|裁|削减|优化|精简|缩减|减少|砍掉|遣散|解雇|辞退|减员|缩编|裁员人数|裁员规模",
    "hire": r"hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|add|adds|added|adding|"
    r"create|creates|created|creating|take on|takes on|took on|taking on|"
    r"聘用|招聘|招募|新增|增聘|扩招|录用|聘请|雇用|增加|新招",
    "total": r"employ|employs|employed|employing|had|has|have|headcount of|head count of|"
    r"workforce of|staff of|payroll of|headcount stood at|workforce stood at|headcount to|"
    r"workforce to|headcount fell to|workforce fell to|"
    r"员工总数|员工人数|员工总人数|总人数|员工数|拥有|共有|在职",
}
_PEOPLE_VERB = re.compile(
    "|".join(
        rf"(?P<{kind}>(?<![a-z])(?:{words})(?![a-z]))" for kind, words in _PEOPLE_WORDS.items()
    )
)
# the counted noun that is itself a cut: "2,000 job cuts", 6,500 layoffs
_CUT_NOUN = ("job cuts", "layoffs", "role reductions", "job reductions", "redundancies")
_PEOPLE_CLAUSE = re.compile(
    r"[,，;；:：。!?！？]|\.(?!\d)|(?<![a-z])(?:and|but|while|whereas)(?![a-z])|而|但|并"
)


def people_role(norm: str, start: int, end: int, lo: int) -> tuple[str, str]:
    """("cut" | "hire" | "total", the word) for the count of people at norm[start:end], read
    back to `lo` (the figure before it, or a short reach) within its clause; ("", "") when
    nothing says."""
    part = part_of_cut(norm, start, end)
    if part:
        return "progress", part
    if norm.endswith(_PART_OF, start, end):  # "about 3,200 of the" 5,000 roles: done so far
        return "progress", "of " + norm[start:end].rsplit(" ", 1)[-1]
    many = list_actor(norm, start)
    if many:
        return "others", many
    noun = next((n for n in _CUT_NOUN if norm.endswith(n, start, end)), None)
    if noun is not None:
        return "cut", noun
    gone = _PROGRESS_AFTER.match(norm, end)
    if gone is not None:
        return "progress", gone.group("verb")
    done = done_already(norm, start, end)
    if done:
        return "progress", done
    size = CUT_SIZE_EN.search(norm, max(0, start - 120), start)
    if size is not None:
        return "cut", size.group("cuts")
    lo = max(lo, start - 40, 0)
    clause = list(_PEOPLE_CLAUSE.finditer(norm, lo, start))
    lo = clause[-1].end() if clause else lo
    last = None
    for m in _PEOPLE_VERB.finditer(norm, lo, start):
        last = m
    if last is None or last.lastgroup is None:
        return "", ""
    if _TO_TOTAL.search(norm[last.end() : start]):
        # a level reached: of the cuts ("layoffs rose to 8,000", 裁员人数缩减至6500人), else,
        # after a cut, what is left ("cut its workforce to 28,000", 员工减少至2.8万)
        cuts = _CUTS_NAMED.search(norm, lo, last.start()) or _CUT_SIZE.match(norm, last.start())
        if cuts is not None:
            return "cut", cuts.group()
        if last.lastgroup == "cut":
            return "total", last.group()
    return last.lastgroup, last.group()


# the cuts named as the subject of a verb of change: their count is what changed
_CUTS_NAMED = re.compile(
    r"(?<![a-z])(?:layoffs|job cuts|job losses|redundancies|role reductions|cuts)(?![a-z])"
    r"|裁员人数|裁员规模|裁员总数|裁员"
)


_TO_TOTAL = re.compile(
    r"(?:(?<![a-z])to|至|到)\s*(?:about|around|roughly|nearly|some|just over|just under|约|近)?\s*$"
)

# the size of the cuts named by the verb's own noun or changed right after it: 裁员规模扩大至1万人,
# 裁员人数下调至3000人, 裁员增至逾1.5万人 (the verb 裁员 stands first in them; 员工减少至2.8万
# and 裁减员工至2.8万 are what is left)
_CUT_SIZE = re.compile(
    r"裁员(?:人数|规模|总数|数量|(?:扩大|扩增|增加|增|升|上调|下调|降|减少|缩减|减|缩小|提高)(?=至|到))"
)

# Those who have already gone under a plan, the verb written after them: "3,000 employees have
# accepted buyouts", "2,500 staff at Acme have signed up", 约3000人接受自愿离职, 约2500名员工已
# 离职. Progress towards a cut, never its size: a plan to shed 8,000 is no smaller for it.
_PROGRESS_AFTER = re.compile(
    r"(?:\s+(?:at|of|in|from|across)\s+[a-z0-9'-]+)?\s*(?:(?:who|that)\s+)?"
    r"(?:(?:have|has|had)\s+)?(?:(?:so far|already|now|since)\s+)?"
    r"(?P<verb>(?:accepted|accepting|accept|taken|took|take|signed up|sign up|signing up|"
    r"applied|volunteered|opted|left|departed|agreed)(?![a-z])"
    r"|(?:已经|已|先后|陆续)?(?:接受|申请|签署|签约|报名|选择|同意|离职|离开|自愿离职))"
)

# Jobs already gone, the verb of their going written after the count: "3,100 jobs already
# gone", "2,000 posts have already disappeared", "1,500 roles have been cut so far",
# 3100个岗位已被裁撤, 已有3100个岗位被裁掉. Only when marked done (already, so far, 已): "3,100 jobs
# to go" and "3,100 jobs will be cut" are the plan, and a bare "3,100 jobs cut" in a headline
# may be its size.
_GONE = (
    r"(?:been\s+)?(?:gone|disappeared|vanished|cut|eliminated|shed|axed|slashed|lost|"
    r"laid off|let go|made redundant|removed|scrapped|abolished|phased out)(?![a-z])"
)
_DONE_AFTER = re.compile(
    r"(?:\s+(?:jobs|roles|positions|posts|people|employees|staff|workers|colleagues))?"
    r"(?:\s+(?:at|of|in|from|across)\s+[a-z0-9'-]+)?\s*(?:(?:who|that)\s+)?"
    rf"(?:(?:(?:have|has|had)\s+)?already\s+{_GONE}"
    rf"|(?:have|has|had)\s+{_GONE}\s+(?:so far|to date|thus far|since)(?![a-z]))"
)
_ZH_GONE = r"(?:裁撤|裁掉|裁减|裁去|裁|削减|精简|砍掉|取消|消失|流失|遣散)"
_ZH_DONE_AFTER = re.compile(rf"\s*(?:个|名)?\s*(?:岗位|职位|员工|人)?\s*(?:已经|已)被?{_ZH_GONE}")
# 已有 before the count needs the verb after it: 已有3100名员工 alone is a payroll
_ZH_HAS_BEFORE = re.compile(r"已经?有\s*(?:约|近|逾|超过)?\s*$")
_ZH_GONE_AFTER = re.compile(rf"\s*(?:个|名)?\s*(?:岗位|职位|员工|人)?\s*被?{_ZH_GONE}")


def done_already(norm: str, start: int, end: int) -> str:
    """The words that mark the count of people at norm[start:end] as already gone, written
    after it (`_DONE_AFTER`, `_ZH_DONE_AFTER`, 已有…被裁), or ""."""
    m = _DONE_AFTER.match(norm, end) or _ZH_DONE_AFTER.match(norm, end)
    if m is None and _ZH_HAS_BEFORE.search(norm, max(0, start - 8), start):
        m = _ZH_GONE_AFTER.match(norm, end)
    return m.group().strip() if m is not None else ""


# The cuts named before the count they are brought to, in English: "lower the number of roles to
# be cut this year to 3,000", "raised its job cuts to 15,000", "trimmed the planned cuts to
# about 5,000", "job cuts of about 3,000". The words between may not name the payroll ("job cuts
# would bring its workforce to 28,000" is what is left).
CUTS_FIRST = (
    r"(?<![a-z])(?P<cuts>job cuts|layoffs|redundancies|job losses|job reductions|role reductions|"
    r"(?:the|its|their|planned|proposed) cuts|number of (?:jobs|roles|positions|staff|employees|"
    r"workers|people) (?:(?:it|they|that|the company|the group|to be|being)\s)?"
    r"(?:(?:will|would|plans to|planned to|intends to|is to|was to)\s)?"
    r"(?:cut|cuts|shed|sheds|eliminated|eliminates|eliminate|axed|axes|lost|laid off|lays off|"
    r"lay off|to cut|to shed|to go))"
    r"(?:\s(?!workforce|headcount|staff|payroll|employees|total|and|but)[a-z'-]+){0,4}?"
    r"\s(?:to|at|of|total|totals|totalled|totaled|totalling|totaling)\s[\"'“「]?"
)
CUT_SIZE_EN = re.compile(
    CUTS_FIRST + r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|over|"
    r"less than|under|just over|just under)\s)?$"
)

# `measures` reads the count after the cuts named first ("lower the number of roles to be cut
# to 3,000"), when no money, share, year or other noun follows the number
CUT_COUNT_EN = re.compile(
    CUTS_FIRST + r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|"
    r"over|less than|under)\s)?(?P<num>" + NUM + r")(?:\s?(?P<scale>thousand|k)(?![a-z]))?"
    r"(?![\d.,]?\d)(?!\s?(?:%|percent|per cent|percentage|years?|months?|days?|million|mn|"
    r"m(?![a-z])|billion|bn|trillion|euros?|dollars?|pounds?|yuan|yen|[a-z]{3}(?![a-z])))"
    # the count stands alone: "the job cuts at 12 plants" counts plants
    r"(?=[\"'”」]?\s*(?:[,.;:!?)]|$|(?:from|by|in|over|this|next|as|after|across|and|or|with|when|"
    r"while|will|would|are|were|is|was|start|begin|people|jobs|roles|positions|employees|"
    r"workers|staff)(?![a-z])))"
)


# --- a part of the cut: a round, the progress to date, or one country's or unit's leg ----------

# A count marked as a round or as the progress to date: "the first round of 1,200 job cuts",
# 首轮裁员涉约1200人, "cut 3,000 roles so far", 至今已削减约3000个职位, 已裁约3000人. It tells how
# far a plan has gone, never how big it is. 已 counts only on the cut verb itself: 已宣布裁员8000人
# announces the plan.
_ROUND_BEFORE = re.compile(
    r"(?<![a-z])(?:first|initial|opening)\s+(?:round|wave|phase|tranche|batch)(?![a-z])|"
    r"(?<![a-z])(?:so far|to date|thus far)(?![a-z])|"
    # "has already cut 3,100 jobs", as 已裁 below: already on the cut verb itself ("has
    # already announced plans to cut 8,000" announces the plan)
    r"(?<![a-z])already\s+(?:cut|eliminated|shed|axed|slashed|laid off|let go)(?![a-z])|"
    r"首轮|首批|第一轮|第一批|第一阶段|至今|迄今|截至目前|累计|"
    r"已经?(?:在[^，,。；;：:\s]{1,6})?(?:裁员|裁减|裁撤|裁掉|裁|削减|精简|遣散|减少)"
)
_ROUND_AFTER = re.compile(
    r"(?:\s+(?:jobs|roles|positions|people|employees|staff|workers))?\s*"
    r"(?:(?:so far|to date|thus far)(?![a-z])|(?:in|as|for)\s+(?:the|its|a|their)\s+"
    r"(?:first|initial|opening)\s+(?:round|wave|phase|tranche|batch)(?![a-z]))"
)
# the leg named a part of a bigger programme after it: "1,100 people, part of a programme to cut
# around 5,000 jobs globally", 约80人……属于集团在全球裁减约5,000个职位的计划之一部分, 1100个岗位。
# 这是全球裁员计划的一部分. The bigger plan gives its own count or is a global cut (全球裁员计划):
# "cut 2,000 jobs, part of a global restructuring" names no whole, and its figure stays the
# cut's size.
# the round named, then the whole it opens with the whole's own count: "the first wave of a
# restructuring that will remove about 3,000 positions", 首轮裁员……整个重组计划将裁减约3000个岗位:
# the count is the whole's, which a claim of the whole's size matches
_WHOLE_AFTER_ROUND = re.compile(
    r"(?<![a-z])of\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:restructuring|plan|"
    r"programme|program|overhaul|reorgani[sz]ation|cuts|layoffs|reduction|cost-cutting)\s+"
    r"(?:that|which)\s+(?:will|would|is to|aims to|is set to|is expected to)(?![a-z])|"
    r"(?:整个|整体|该|这一|这项|此次|这次)(?:重组|裁员|优化|精简)?(?:计划|方案|重组)"
    r"(?:共|总共|合计|预计|将|拟)+"
)
_PART_MARK = re.compile(r"(?<![a-z])part of(?![a-z])|一部分|一部份|一环")
_GLOBAL_CUT = re.compile(
    r"全球(?:范围内)?(?:裁员|裁减|削减|精简|减员)|(?<![a-z])(?:global|worldwide|group-wide)\s+"
    r"(?:job\s+)?(?:cuts|layoffs|job reductions|redundancies)(?![a-z])"
)
_WHOLE_COUNT = re.compile(
    r"\d[\d,.]*\s*(?:万|千)?\s*(?:个|名)?\s*(?:人|职位|岗位|(?:jobs|roles|positions|people|"
    r"employees)(?![a-z]))"
)
# a part read "of the" whole (`model_counts.with_part`): the cut done so far, no size of it
_PART_OF = tuple(f" of {w}" for w in ("the", "its", "their", "those", "these", "our", "his", "her"))
_PART_REACH = 120
_DIGITS = re.compile(r"\d+")
_BREAK = re.compile(r"[，,。；;：:!?！？]")


def part_of_cut(norm: str, start: int, end: int) -> str:
    """The words that make the count at norm[start:end] a part of a cut (a round, the progress
    to date, a leg of a bigger plan named after it), or ""."""
    floor = max(0, start - 60)
    back = max(norm.rfind(c, floor, start) for c in "。!?！？") + 1 or floor
    # nor past the figure before it: 首轮裁员涉及1200人，全年将裁员约3000人
    figure = max((m.end() for m in _DIGITS.finditer(norm, back, start)), default=back)
    back = max(back, figure)
    if norm[back:start].isascii():  # English: within the count's own clause
        breaks = list(_PEOPLE_CLAUSE.finditer(norm, back, start))
        back = breaks[-1].end() if breaks else back
    # Chinese: a round may stand a clause or two back (首轮裁员，消息人士透露，涉及约1,200个职位)
    m = _ROUND_BEFORE.search(norm, back, start)
    if m is not None and not _WHOLE_AFTER_ROUND.search(norm, m.end(), start):
        return m.group()
    after = _ROUND_AFTER.match(norm, end)
    if after is not None:
        return after.group().strip()
    return _part_of_whole(norm, end)


def _part_of_whole(norm: str, end: int) -> str:
    window = norm[end : end + _PART_REACH]
    mark = _PART_MARK.search(window)
    if mark is None:
        return ""
    # the count stands before the part's own clause: in 全球裁减约5,000个职位的计划之一部分 it is
    # the whole that the leg is part of
    breaks = list(_BREAK.finditer(window, 0, mark.start()))
    # the whole is named in the part's own phrase: after "part of", before 的一部分
    if mark.group() == "part of":
        tail = window[mark.start() : mark.end() + 70]
    else:
        tail = window[breaks[-1].end() if breaks else 0 : mark.end()]
    whole = _WHOLE_COUNT.search(tail) or _GLOBAL_CUT.search(tail)
    # "1,100 roles to go as part of global cuts" needs no comma; 一部分 with none is "some of"
    if whole is None or (not breaks and mark.group() != "part of"):
        return ""
    return mark.group()


def whole_after(norm: str, start: int, end: int) -> int:
    """Where the phrase naming the whole ends when the count at norm[start:end] is a leg named
    part of a bigger plan after it ("900 jobs in Germany, part of a plan to cut 3,000 jobs
    worldwide"), else -1: the whole's figure, up to there, is what the leg's cue is sized by."""
    if not _part_of_whole(norm, end):
        return -1
    return min(len(norm), end + _PART_REACH + 70)


# --- a count whose actor is a list or a whole industry -----------------------------------------

# "companies such as Acme and Beta have cut 3,000 jobs", "Acme, Beta and other chipmakers shed
# 3,000 jobs", 艾克美、贝塔等公司合计裁员约3000人, 多家车企共裁员约1万人: the count is the list's
# or the industry's, not any one company's, so it sizes no claim about one of them.
_LIST_ACTOR = re.compile(
    r"(?<![a-z])(?:companies|firms|makers|brands|groups|banks|lenders|rivals|peers|[a-z]+makers)"
    r"\s+(?:such as|including|like)\s|(?<![a-z])and other\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:companies|firms|makers|brands|groups|banks|lenders|rivals|peers|[a-z]+makers)(?![a-z])|"
    r"(?<![a-z])between them(?![a-z])|"
    r"、[^，,。；;：:、]{1,12}等[^，,。；;：:]{0,4}?(?:公司|企业|厂商|品牌|大厂|巨头|同行|银行|车企)|"
    r"(?:多家|各大|众多|不少|一些|多个)[^，,。；;：:]{0,4}?(?:公司|企业|厂商|品牌|大厂|巨头|银行|车企)"
)


def list_actor(norm: str, start: int) -> str:
    """The words that make a list or an industry the actor of the count at `start`, read back
    within its clause and not past the figure before it, or ""."""
    floor = max(0, start - 80)
    back = max(norm.rfind(c, floor, start) for c in "。!?！？，,；;：:") + 1 or floor
    back = max((m.end() for m in _DIGITS.finditer(norm, back, start)), default=back)
    m = _LIST_ACTOR.search(norm, back, start)
    return m.group().strip() if m is not None else ""
