"""Which time a date in a sentence gives the claim's event: a bound rather than a time ("not
before 2028", 最早2028年, "before 2027"), or the time of another act ("filed on March 3")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.agreement_terms import UNDER_AGREEMENT, terms_seal
from watch.claims.markers import Marker, scoped
from watch.claims.recency import WEEKDAYS
from watch.claims.rules import ClaimRule
from watch.claims.sent_dates import SENT_LEAD
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.supposed import supposed_at
from watch.claims.told_done import TELLINGS, told_done
from watch.models import Stance

_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS

NEGATION_REACH = 36  # how far a negation reaches to what it negates (`context` too)

# A date written as a bound on the event, not its time. "no earlier than 2028", 至少要到2028年,
# "2028 at the earliest": the event comes at the date or later. "before 2028", 2028年之前: it
# comes earlier, unless a negation governs the bound ("will not go public before 2028", 2028年
# 之前不会上市), which makes it a lower bound again: the negation is the bound's, not the event's.
_LOWER_LEAD = re.compile(
    r"(?:(?:no|not) (?:earlier|sooner) than|not (?:before|until|till)|至少"
    r"(?:要到|要等到|也要到|会在|将在|在|于|到)?|不(?:会|會|将|將)?早[于於])\s*(?:the\s+)?$"
)
# "As early as September", 最早于9月, 最快9月: news reports the time aimed at this way, and the
# labels read it so (a listing "as early as September" is timed for September), in both
# languages alike. Only a word of lateness makes 最早/最快 a bound: 最早也要到2028年, 最早2028年才
# 上市 ("not before 2028"), as "at the earliest" after the date does in English.
_EARLIEST_LEAD = re.compile(
    r"(?:最早|最快)(?P<late>要到|要等到|也要到|也要|也得|得到|才)?"
    r"(?:会在|将在|将于|会于|可能在|可能于|在|于|到)?\s*$"
)
_UNTIL_CJK_LEAD = re.compile(r"(?:直到|要到|要等到|等到)\s*$")
_LATE_TAIL = re.compile(r"^[^，,。；;]{0,4}?才")
_BEFORE_LEAD = re.compile(r"(?<![a-z])(?:before|prior to)\s+(?:the\s+)?$")
_LOWER_TAIL = re.compile(r"^\s*,?\s*(?:at the (?:earliest|soonest)|最早|最快)")
# "will not list until 2027", 直到2027年才: like a negated "before", a lower bound.
_UNTIL_LEAD = re.compile(r"(?<![a-z])(?:until|till)\s+(?:the\s+)?$")
# (年底前后, 年底左右 is "around" the date, no bound)
_BEFORE_TAIL = re.compile(r"^(?:之前|以前|前)(?!夕|后)")


# A delay past a date ("slip past June deadline", 推迟到6月之后, 拖过6月底): the event comes after
# the date's end ("slip into the third quarter", a date moved to, is `objects.delayed_to`'s).
_PAST_DELAY_LEAD = re.compile(
    r"(?<![a-z])(?:slip|slips|slipped|slipping|slide|slides|slid|sliding|delay|delays|delayed|"
    r"delaying|postponed?|pushe[sd]|push|pushing|drag|drags|dragged|dragging|run|runs|ran|"
    r"running|stretch|stretches|stretched|deferred|extend|extends|extended)(?:\s+[a-z'-]+){0,3}?"
    r"\s+(?P<word>past|beyond)\s+(?:the\s+|its\s+|their\s+)?(?:end[- ]|end of\s+)?$"
    r"|(?P<zh>拖过|延过|越过|拖延过|拖至|拖到|推迟到|推迟至|延后到|延后至|延至|延到|押后至|押后到)$"
)
_PAST_DELAY_TAIL = re.compile(r"^(?:底|末)?(?:之后|以后|后)(?!才)")


def _past_delay(lead: str, tail: str) -> str | None:
    """The word of a delay past a date ("past", 拖过, 之后 after 推迟到), else None."""
    m = _PAST_DELAY_LEAD.search(lead)
    if m is None:
        return None
    if m.group("word"):
        return m.group("word")
    zh = m.group("zh")
    if zh.startswith(("拖过", "延过", "越过", "拖延过")):
        return zh
    after = _PAST_DELAY_TAIL.search(tail)
    return None if after is None else f"{zh} ... {after.group()}"


def date_bound(
    rule: ClaimRule, item: Item, norm: str, markers: list[Marker]
) -> tuple[Stance | None, str] | None:
    """What a date written as a bound says about the claim's window: (stance or None for a
    mention, the reason), or None when the date is not a bound."""
    if item.kind is not EvidenceKind.DATE or item.when is None or rule.when is None:
        return None
    lead = norm[max(0, item.start - 24) : item.start]
    tail = norm[item.end : item.end + 20]
    first, last = rule.when.confirms
    past = _past_delay(norm[max(0, item.start - 60) : item.start], tail)
    if past is not None:
        if item.when[1] >= last:
            return _CONTRADICTS, f'is a delay past it ("{past}"), after the window: contradicts'
        return None, f'is a delay past it ("{past}") that leaves the window open'
    lower = _LOWER_LEAD.search(lead) or _LOWER_TAIL.search(tail) or _late(lead, tail, item)
    if lower is None:
        until = _UNTIL_LEAD.search(lead)
        before = until or _BEFORE_LEAD.search(lead) or _BEFORE_TAIL.search(tail)
        if before is None:
            return None
        word = before.group().strip()
        negation = scoped(
            norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH
        ) or scoped(
            norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
        negation = negation or _verb_negated(norm, markers, item)
        if negation is None and until is not None:
            return None  # "delayed until 2027" times the event; only "not ... until" bounds it
        if negation is None:
            if item.when[0] <= first:
                return (
                    _CONTRADICTS,
                    f'is an upper bound ("{word}") before the window: contradicts',
                )
            held = held_to(norm, item) if item.when[1] <= last and by_deadline(rule) else None
            if held is not None:
                # a claim that is itself a deadline ("by end-2027", 2027年底前量产), held to
                return (
                    _CONFIRMS,
                    f'is an upper bound ("{word}") within the claim\'s own deadline, held to '
                    f'("{held}"): confirms',
                )
            return None, f'is an upper bound ("{word}") that leaves the window open'
        word = f"{negation.word} ... {word}"
    else:
        word = lower.group().strip()
    if item.when[0] > last:
        return _CONTRADICTS, f'is a lower bound ("{word}") after the window: contradicts'
    return None, f'is a lower bound ("{word}") that leaves the window open'


# The negated verb of a bound further back than `NEGATION_REACH`, past the verb's object ("would
# not be reopened to all customers before the fourth quarter", 不会向所有付费企业客户全面开放,
# 直到第四季度): one verb phrase, no second verb joined in ("not worried, and would launch").
VERB_NEGATION_REACH = 80
_VERB_NEGATORS = frozenset(("not", "n't", "never", "不会", "不", "没有", "未", "并未", "尚未"))
_JOINED = re.compile(
    r"(?<![a-z])(?:and|or|but|that|which|who|if|when|after|while)(?![a-z])|而|并且"
)


def _verb_negated(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    m = scoped(norm, markers, "negation", item.start, item.end, reach=VERB_NEGATION_REACH)
    if m is None or m.word not in _VERB_NEGATORS or _JOINED.search(norm, m.end, item.start):
        post = ("negation_post", item.start, item.end)  # "a deal before June unlikely": odds denied
        return scoped(norm, markers, *post, reach=NEGATION_REACH, side="after")
    return m


# Holding to a plan now: a deadline restated with one of these is reaffirmed; without one it is
# the plan recapped (熊本二厂规划于2027年底前量产 in a story about another plant: a mention).
_HELD = re.compile(
    r"(?<![a-z])(?:still|remains?|remained|reaffirm(?:s|ed)?|reiterat(?:es|ed)|on track|"
    r"on course|stick(?:s)? to|stuck to|maintain(?:s|ed)?|as planned|as scheduled)(?![a-z])|"
    r"仍|依然|依旧|重申|维持|如期|按计划|按期|符合规划|符合预期|进度正常|不变"
)
HELD_REACH = 80


def held_to(norm: str, item: Item) -> str | None:
    """The word before a date, in its sentence, that holds to the plan now, else None."""
    lead = norm[max(0, item.start - HELD_REACH) : item.start]
    lead = re.split(r"[。！？!?；;]|\.\s", lead)[-1]
    found = _HELD.search(lead)
    if found is not None and supposed_at(lead, found.start(), found.end()) is not None:
        return None  # 按计划应在9月前完成: what the plan asks, not the plan held to
    return None if found is None else found.group()


def by_deadline(rule: ClaimRule) -> bool:
    """Whether the claim's `when` window is a deadline: it opens when the claim was made or
    before (`made` is inside it or after its start), so only its end says anything ("volume
    production by end-2027", `when: {confirms: [MADE, 2027-12-31]}`). Such a claim is
    restated by an upper bound at or before that end; `when.by` says so outright."""
    if rule.when is None:
        return False
    if rule.when.by is not None:
        return rule.when.by
    first, last = rule.when.confirms
    return first <= rule.made <= last


def _late(lead: str, tail: str, item: Item) -> re.Match[str] | None:
    """最早/最快 before the date when a word of lateness makes it a bound, else None; without
    one the date stays the time aimed at, and the item says so."""
    earliest = _EARLIEST_LEAD.search(lead)
    if earliest is None:
        until = _UNTIL_CJK_LEAD.search(lead)  # 直到2027年才上市: "not until 2027"
        return until if until is not None and _LATE_TAIL.match(tail) else None
    if earliest.group("late") or _LATE_TAIL.match(tail):
        return earliest
    word = earliest.group().strip()
    item.reasons.append(f'"{word}" gives the time aimed at ("as early as"), not a bound')
    return None


# A date that times another act of the story ("filed on March 3 for a listing", 3月3日提交上市
# 申请, "its S-1 submission to the SEC on May 22", "said on Monday (June 8)", "debut at the GTC
# conference in March", a wire's dateline): a filing, a statement, a signing, a gathering or the
# dispatch, not the claim's event.
# The act's word comes first in English (verb or noun, then on/in/at and the date) and after the
# date in Chinese. Only when none of the claim's own event words (`when.near`: listing, 上市)
# stands between them: in "announced a listing in Q4" the listing governs the date.
_WEEKDAYS = "(?:" + "|".join([*(d for d in WEEKDAYS if d.isascii()), "today", "yesterday"]) + ")"
_OWN_VERB_LEAD = re.compile(
    r"(?<![a-z])(?P<verb>filed|submitted|announced|said|told|reported|disclosed|confirmed|"
    r"revealed|wrote|published|signed|unveiled|hired|appointed)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?:on|in|at)\s+(?:the\s+)?(?:" + _WEEKDAYS + r"\s*\(\s*)?|" + _WEEKDAYS + r"\s*\(\s*)$"
)
_OWN_NOUN_LEAD = re.compile(
    r"(?<![a-z-])(?P<verb>submission|filing|application|statement|announcement|remarks|"
    r"interview|blog post|memo|letter|notice|circular|briefing|earnings call|testimony|"
    r"conference|summit|"
    r"keynote|expo|forum|trade show)s?(?![a-z])"
    # no clause of its own in between: "in a statement, OpenAI said it would list in Q4"
    r"(?:(?!\b(?:that|said|says|told|which|who|where|when)\b)[^,;!?]){0,60}?(?<![a-z])"
    r"(?:on|in|at|dated)\s+(?:the\s+)?(?:" + _WEEKDAYS + r"\s*\(\s*)?$"
)
_OWN_VERB_TAIL = re.compile(
    r"(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日)?(?:晚间|早间|上午|下午|当天|当日)?\)?[，,]?\s*"
    r"[^，,。；;：:]{0,16}?(?P<verb>提交|递交|宣布|表示|披露|发布|透露|签署|确认|聘请)"
    r"|(?:\d{1,2}日)?(?:举行|召开|举办)?的?[^，,。；;：:！？!?]{0,12}?"
    r"(?P<gathering>开发者大会|大会|峰会|发布会|会议|论坛|展会)"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?)?\s*\)\s*(?P<said>said|announced|told|disclosed|confirmed)"
    r"(?![a-z])"
    # a wire's dateline dates the dispatch: "SAN FRANCISCO, Oct 8 (Reuters) -", 旧金山10月8日电
    r"|,?\s*(?:20\d\d\s*)?\((?!the |a |an )(?P<wire>[a-z][a-z.&-]*(?: [a-z.&-]+)?)\)\s*[-—–]"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s?(?P<dispatch>电|讯|消息)"
    # a document the date heads: 2月23日的调价通知函, 2月下旬发出的通知, 3月5日发函
    r"|(?:\d{1,2}日|上旬|中旬|下旬|初|底)?(?:(?:发出|寄出|发布|签发|印发|发送|致)?的[^，,。；;：:！？!?起]{0,8}?"
    r"(?P<document>通知函|通知书|通知|函件|信函|公函|来函|函|备忘录|内部信|内部邮件|邮件)|(?P<sent>发函|致函))"
)
# A document's own date: "a price notice dated February 23", "in a letter dated", 日期为2月23日的
# 通知函. The document carries the news, but its date is the writing's, not the event's (自4月1日
# 出货起 in the same sentence is).
_DOCUMENT_LEAD = re.compile(r"(?<![a-z])(?P<verb>dated|日期为|日期是|落款日期为)\s*$")


# A wire's dateline with no agency tag ("TAIPEI, Oct 1 -", "SEOUL, May 19, 2026 —",
# "MUMBAI/TOKYO, Nov 17 -"): a place and a date opening the sentence, then a dash. It dates the
# dispatch, as the tagged "(Reuters) -" does; "On Oct 1, Acme completed ..." is no dateline.
_DATELINE_LEAD = re.compile(r"\s*[a-z][a-z .'/&-]{1,38},\s*")
# ... unless the news is timed by a day of the dispatch's week ("BERLIN, June 30 - Uber started
# rides in Munich on Tuesday"): then the dateline dates that day's week. A day of the saying
# ("said on Tuesday it completed ...") times no event.
_EVENT_WEEKDAY = re.compile(
    r"(?<!said )(?<!says )(?<!told )(?<!announced )(?<!confirmed )(?<!disclosed )"
    r"(?<![a-z])on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
    r"(?![^.!?]{0,12}?\b(?:said|says|told|announced)\b)"
)
_DATELINE_TAIL = re.compile(r"(?:,?\s*20\d\d)?\s*(?:\([^()]{1,30}\)\s*)?[-—–]")


# A period that names a report ("on its fourth-quarter earnings call", "first-quarter results",
# 四季度财报, 一季度业绩会) is the report's name, not a time for the claim's event.
_REPORT_NAME = re.compile(
    r"(?:[\s-]*(?:fiscal|financial))?\s*(?P<report>(?:earnings|results|financial results|"
    r"report|shareholder letter|letter to shareholders|earnings call|conference call|"
    r"investor call|call|10-q|filing)(?![a-z])|财报|业绩|季报|年报|半年报|财务报告|电话会)"
)

# A period a results figure belongs to ("Q3 profit", "first-quarter revenue", 第三季度净利润,
# 三季度营收) is the report's period: it times the figure, not the claim's event, unless the
# metric is itself one of the claim's event words (a claim about returning to profit).
_RESULT_METRIC = re.compile(
    r"(?:'s)?[\s-]*(?:(?:net|operating|pre-tax|pretax|adjusted|core|gross)\s+)?(?P<report>"
    r"(?:profits?|revenues?|net income|net loss|losses|earnings|ebitda|operating income|"
    r"margins?|turnover)(?![a-z])|"
    r"(?:归母)?(?:净利润|利润|净利|营收|营业收入|营业额|总收入|收入|亏损|净亏损|毛利率|盈利|业绩))"
)


def own_event(
    norm: str, item: Item, hits: Sequence[Hit] = (), start: int = 0, rule: ClaimRule | None = None
) -> str | None:
    """The act a date item times when it is not the claim's event, else None. `hits`: the
    sentence's, whose `when.near` words keep the date for the claim's event when they stand
    between the act's word and the date; `start`: where the sentence starts; `rule`: whose
    event an agreement's terms may time (`agreement_terms`)."""
    if item.kind is not EvidenceKind.DATE:
        return None
    event = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.WHEN_NEAR]
    phase = _later_phase(norm, item, event)
    if phase is not None:
        return phase
    lead = max(start, item.start - 80)
    for pattern in (_OWN_VERB_LEAD, _OWN_NOUN_LEAD, _DOCUMENT_LEAD, SENT_LEAD):
        m = pattern.search(norm, lead, item.start)
        if m is not None and not _between(event, m.end("verb"), item.start):
            if m.group("verb") in TELLINGS and told_done(norm, item.end, event):
                return None  # "said on July 8 it had completed": done by that day
            return m.group("verb")
    if (
        _DATELINE_LEAD.fullmatch(norm, start, item.start)
        and _DATELINE_TAIL.match(norm, item.end, item.end + 40)
        and not _EVENT_WEEKDAY.search(norm, item.end, item.end + 400)
    ):
        return "the dispatch (dateline)"
    terms = UNDER_AGREEMENT.match(norm, start)
    if (
        terms is not None
        and terms_seal(rule)
        and terms.end() <= item.start
        and not _between(event, terms.end(), item.start)
    ):
        return "the agreement's terms"
    report = _REPORT_NAME.match(norm, item.end, item.end + 24)
    if report is not None:
        return report.group("report")
    metric = _RESULT_METRIC.match(norm, item.end, item.end + 24)
    if metric is not None and not _between(event, item.end, metric.end() + 1):
        return f"the {metric.group('report')} it reports"
    m = _OWN_VERB_TAIL.match(norm, item.end, item.end + 40)
    # (the act's word may be the claim's event word itself: 下半年发布 times the release)
    if m is None or _between(event, item.end, m.end(m.lastgroup or 0)):
        return _other_clause(norm, item, event, start)
    if m.group(m.lastgroup or 0) in TELLINGS and told_done(norm, m.end(), event):
        return None  # 7月8日宣布，已完成收购: done by that day
    return m.group(m.lastgroup or 0)


# A later phase of the event: "deliveries would ramp through the second half", "full production
# in 2027", 下半年逐步爬坡/放量/满产. Its date times the ramp, not the start the claim tracks (a
# claim whose own event words name the phase keeps it: the phase word is then a `when.near` hit).
_PHASE_LEAD = re.compile(
    r"(?<![a-z-])(?P<verb>ramp(?:s|ed|ing)?(?:[- ]up)?|(?:full|volume|full-scale|high-volume)"
    r"[- ]production|full capacity|(?:broader|wider|broad|wide) availability)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:through|throughout|in|during|by|over|into|across|from|"
    r"starting in|beginning in)\s+(?:the\s+)?$"
)
_PHASE_TAIL = re.compile(
    r"(?:起|开始|将|会|逐步|逐渐|陆续|加速|再|才|进一步|全面|大规模)*(?P<verb>爬坡|放量|满产|达产|上量)"
)


def _later_phase(norm: str, item: Item, event: Sequence[tuple[int, int]]) -> str | None:
    """The later phase's word ("ramp", 爬坡) that a date item times, else None."""
    m = _PHASE_LEAD.search(norm, max(0, item.start - 40), item.start)
    if m is None:
        m = _PHASE_TAIL.match(norm, item.end, item.end + 12)
    if m is None or any(m.start("verb") < b and a < m.end("verb") for a, b in event):
        return None
    return m.group("verb")


_BREAK = re.compile(r"[,;:，；：。!?！？]")


def _clause(norm: str, at: int, start: int) -> tuple[int, int]:
    """The clause around offset `at` in the sentence that starts at `start`."""
    head = max((b.end() for b in _BREAK.finditer(norm, start, at)), default=start)
    tail = _BREAK.search(norm, at)
    return head, tail.start() if tail is not None else len(norm)


def _other_clause(
    norm: str, item: Item, event: Sequence[tuple[int, int]], start: int
) -> str | None:
    """The other act a date times when its clause holds none of the claim's event words and
    the clause of one of them holds a date of its own ("ready to ship from the end of March, as
    it prepares to start production in April", 3月底起具备交付能力，4月开始量产): that date is the
    event's, this one the other act's."""
    if not event:
        return None
    head, tail = _clause(norm, item.start, start)
    if any(head <= a and b <= tail for a, b in event):
        return None
    for a, _ in event:
        other_head, other_tail = _clause(norm, a, start)
        first, second = sorted([(head, tail), (other_head, other_tail)])
        # two clauses side by side, one subordinate to the other ("..., as it prepares to")
        if norm[first[1] : second[0]].strip() not in (",", "，"):
            continue
        linked = _LINKER.match(norm, second[0]) or _LINKER.match(norm, first[0])
        if linked and _DATE_WORD.search(norm, other_head, other_tail):
            return " ".join(norm[head:tail].split()[:4]) + " ..."
    return None


_LINKER = re.compile(
    r"\s*(?:(?:as|while|when|before|after|ahead of|even as)(?![a-z])|同时|并|随后|以便|为了)"
)


# a date of its own in the event's clause: a month, a quarter, a year, a day
_DATE_WORD = re.compile(
    r"(?<![a-z])(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan\.|feb\.|q[1-4]|(?:first|second|third|fourth)[- ]quarter|"
    r"20\d\d)(?![a-z])|\d{1,2}月|[一二三四]季度|第[一二三四]季|20\d\d年|上半年|下半年"
)


def _between(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    return any(a <= start and end <= b for start, end in spans)
