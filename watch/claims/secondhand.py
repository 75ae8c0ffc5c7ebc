"""News told second-hand, so that a piece of evidence in it is not the claim's news:

- an earlier outlet's report dated before now (本月初外电报导……, 上周有媒体报道……, 路透日前报导):
  recalled in a preview or a recap, as "earlier this month, Reuters reported" is (`earlier` is
  a background word already). A report with no date of its own stays a sourced report
  (attributed), and a company's own telling (公司日前表示) is left to the other readings;
- an analyst's view: a debate's sides (看多的一方认为, 看空的一方则指出, "bulls argue") and a
  belief that looks ahead (法人认为……将调涨, "analysts think Acme will"): the event a view names
  (漲價只是時間問題) is no event the company has told. Its figure or its date is an estimate,
  and an analyst's forecast (法人预估, "analysts expect") a hedge, as the modal hedges weigh
  them, so only a cue is set aside;
- a sentence closed by a recall ("..., as announced with its results in August", "as
  previously reported", 一如公司8月所宣布): a recap of what was told then;
- a leader's move recalled in a story about a follower (龙头国巨4月起已调涨……，华新科跟进;
  "Walsin followed Yageo, which had raised prices in April"): the rival's following is the
  news, and the claim's company's move, marked as done before it (已, had, a month), is its
  yardstick.

Each returns the reason `context` gives, else None. Pure helpers over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.speech import OUTLET_REPORT_ZH, OUTLET_ZH, SAY_EN, SAY_ZH
from watch.claims.text import Span, last_match

_END = r"[^。！？；;!?]"  # inside the sentence

# --- an earlier report, dated -----------------------------------------------------------------

_EARLIER = (
    r"(?:本月初|本月稍早|本月上旬|月初|上月|上个月|上周|上星期|前几天|前几日|前些天|前些日子|"
    r"日前|稍早|早些时候)"
)
# the outlet and its verb, shared with weekday_report (speech.OUTLET_ZH, speech.OUTLET_REPORT_ZH)
_OUTLET = f"(?:{OUTLET_ZH})"
_REPORT_VERB = f"(?:{OUTLET_REPORT_ZH})"
_EN_EARLIER = (
    r"(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|early\s+this\s+month|"
    r"(?:a\s+few|several|two|three|\d+)\s+(?:days|weeks)\s+ago|days\s+ago|weeks\s+ago)"
)
_DATED_REPORT = re.compile(
    # (with no outlet named, only a report as such: 日前披露 may be the company's own news)
    rf"{_EARLIER}(?:有|曾有|曾)?(?:{_OUTLET}{_REPORT_VERB}|报道|报导)|"
    rf"{_OUTLET}(?:曾|也)?{_EARLIER}(?:曾)?{_REPORT_VERB}|"
    # "Last week, Bloomberg reported that", "Reuters reported last week that"
    rf"(?<![a-z]){_EN_EARLIER},?\s+(?:[a-z0-9&.'-]+\s+){{1,4}}?(?:had\s+)?reported(?![a-z])|"
    rf"(?<![a-z])(?:had\s+)?reported\s+{_EN_EARLIER}(?![a-z])|"
    # "There was a report last month that ...", "there were reports earlier this year that"
    rf"(?<![a-z])there\s+(?:was|were|had\s+been)\s+(?:an?\s+)?(?:\w+\s+)?reports?\s+{_EN_EARLIER}"
)
_REPORT_REACH = 80
# A word that stands in every `_DATED_REPORT` match: a lead with none holds no dated report
_REPORT_WORDS = ("报道", "报导", "披露", "爆料", "引述", "report")


def dated_report(norm: str, span: Span, item: Item) -> str | None:
    """The words that date an outlet's report before now, when the report's content (after the
    verb, in its sentence) holds the item, else None."""
    lead = norm[max(span.start, item.start - _REPORT_REACH) : item.start]
    if not any(w in lead for w in _REPORT_WORDS):  # (most leads: the regex is not run)
        return None
    found = last_match(_DATED_REPORT, lead)
    if found is None or re.search(r"[。！？；;!?]", lead[found.end() :]):
        return None
    return found.group()


# A trailing recall dates its whole sentence: "X replaced Y, who retired in October, as announced
# with the half-year results in August", 一如公司8月所宣布. "As previously reported" needs no
# date; a bare "as announced" needs a past one after it (a month, "last", "earlier", a year).
_EN_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december"
_TRAILING = re.compile(
    r"(?<![a-z])as\s+(?:(?:previously|first|earlier)\s+(?:announced|reported|disclosed|flagged)|"
    r"(?:announced|reported|disclosed|flagged)\s+(?:earlier|previously|before))(?![a-z])|"
    r"(?<![a-z])as\s+(?:announced|reported|disclosed|flagged)(?![a-z])"
    rf"(?P<when>[^.;!?]{{0,60}}?(?<![a-z])(?:{_EN_MONTH}|last|earlier|20\d\d)(?![a-z]))|"
    r"(?:一如|正如|如)(?:公司|该公司|其)?(?:先前|此前|早前|之前|[0-9一二三四五六七八九十]+月)"
    r"(?:所|已)?(?:宣布|公告|公布|披露|报道|报导)"
)


# "now expects Q1 2027, rather than Q3 2026 as previously disclosed": the recall is the old plan's
_REPLACED = re.compile(
    r"(?<![a-z])(?:rather than|instead of|than|from|not)(?![a-z])|而非|而不是|而不再|原订|原定|原本"
)


def trailing_recap(norm: str, span: Span, item: Item) -> str | None:
    """The trailing "as announced in August" after the item, in its sentence, else None."""
    # (every `_TRAILING` match holds "as" or 如: a tail with neither skips the search)
    if norm.find("as", item.end, span.end) < 0 and norm.find("如", item.end, span.end) < 0:
        return None
    found = _TRAILING.search(norm, item.end, span.end)
    if found is None or _CONTRAST.search(norm, item.end, found.start()):
        return None
    if _REPLACED.search(norm, span.start, found.start()):  # it recalls only the plan replaced
        return None
    return found.group().strip()


# --- an analyst's view ------------------------------------------------------------------------

_ZH_HOLDER = r"(?:法人|分析师|分析员|分析家|分析人士|投顾|券商|研究员|研究机构|投研机构|外资|投信)"
_ZH_SIDE = r"(?:看多的一方|看空的一方|看多者|看空者|看多派|看空派|乐观派|悲观派|多方|空方)"
_ZH_FORECAST = r"(?:预估|预期|预计|估计|推估|预测)"
_ZH_BELIEF = r"(?:认为|看好|看淡|研判|判断|相信)"
_ZH_SAY = r"(?:则|也|却|仍)?(?:" + SAY_ZH + "|主张|强调)"
_EN_HOLDER = r"(?:analysts?|strategists?|economists?|brokers?)(?:\s+at\s+[a-z0-9&.' -]{1,30}?)?"
_EN_SIDE = r"(?:bulls|bears|optimists|pessimists|sceptics|skeptics|doubters)"
_EN_FORECAST = r"(?:expect|expects|estimate|estimates|forecast|forecasts|predict|predicts)"
_EN_BELIEF = r"(?:believe|believes|think|thinks|reckon|reckons|see|sees)"
_EN_SAY = r"(?:argue|argues|say|" + SAY_EN + "|contend|contends|counter|counters|point out)"
# The writer's own belief in a column (在笔者看来, 笔者认为, "in this writer's view"): a view as an
# analyst's is, of no party. "In my view" / "I think" count only outside a quote and an answer
# (`_spoken`), where "I" is the writer and not an officer speaking.
_ZH_WRITER = r"(?:笔者|本文作者|作者|本报评论员|评论员|小编)"
_EN_WRITER = r"(?:this\s+(?:writer|columnist|author|reporter)|the\s+(?:writer|columnist|author))"
_WRITER = re.compile(
    rf"(?:在|依|据)?{_ZH_WRITER}(?:看来|认为|相信|判断|研判|估计)|"
    rf"(?<![a-z])(?:in\s+{_EN_WRITER}'s\s+view|{_EN_WRITER}\s+(?:believes|thinks|reckons))(?![a-z])"
)
_FIRST_PERSON = re.compile(r"(?<![a-z])(?:in\s+my\s+view|i\s+(?:think|believe|reckon))(?![a-z])")
# A word that stands in every match of each: the writer's word, the first person's verb or view
_WORDS_OF = {
    _WRITER: ("笔者", "作者", "评论员", "小编", "writer", "columnist", "author", "reporter"),
    _FIRST_PERSON: ("view", "think", "believe", "reckon"),
}
_SPOKEN = re.compile(r"[\"“”「」『』]")
# A line opened by a speaker's label (A:, 答：, "Roe:", 里扎尔·帕勒维：) is that speaker's answer.
_LABEL = re.compile(r"[ \t*_]*[^\n:：。，,.!?！？]{1,24}[:：]")


def _spoken(norm: str, start: int, end: int) -> bool:
    """True when the stretch quotes someone or its line is a labelled speaker's."""
    line = norm.rfind("\n", 0, start) + 1
    return bool(_SPOKEN.search(norm, start, end) or _LABEL.match(norm, line))


_VIEW = re.compile(
    rf"(?P<side>{_ZH_SIDE}[^，,。；;：:]{{0,4}}?(?:{_ZH_FORECAST}|{_ZH_BELIEF}|{_ZH_SAY})|"
    rf"(?<![a-z]){_EN_SIDE}\s+(?:{_EN_FORECAST}|{_EN_BELIEF}|{_EN_SAY})(?![a-z]))|"
    rf"(?P<belief>{_ZH_HOLDER}[^，,。；;：:]{{0,8}}?{_ZH_BELIEF}|"
    rf"(?<![a-z]){_EN_HOLDER}\s+{_EN_BELIEF}(?![a-z]))"
)
# A word of `_ZH_HOLDER` or `_EN_HOLDER`, of which one stands in every `_QUOTED_VIEW` match;
# with a word of `_ZH_SIDE` or `_EN_SIDE`, one stands in every `_VIEW` match
_HOLDER_WORDS: tuple[str, ...] = ("法人", "分析", "投顾", "券商", "研究", "投研", "外资", "投信")
_HOLDER_WORDS += ("analyst", "strategist", "economist", "broker")
_VIEW_WORDS: tuple[str, ...] = (
    *_HOLDER_WORDS,
    "看多",
    "看空",
    "乐观派",
    "悲观派",
    "多方",
    "空方",
    "bulls",
    "bears",
)
_VIEW_WORDS += ("optimists", "pessimists", "sceptics", "skeptics", "doubters")
# A belief governs a cue only when it looks ahead (法人认为国巨将调涨, "analysts think Acme will
# delay"): a belief about what a done event means (上市推迟对营运影响有限) takes it as given.
_AHEAD = re.compile(
    r"将|会|可能|恐|料|有望|可望|势必|只是时间|不一定|迟早|早晚|"
    r"(?<![a-z])(?:will|would|could|may|might|likely|unlikely|bound to|set to|sooner or later|"
    r"a matter of time)(?![a-z])"
)
_AHEAD_AFTER = 12
# A contrast ends the view: "法人认为……，但国巨已于4月1日调涨" tells the fact after it.
_CONTRAST = re.compile(r"但|但是|然而|不过|(?<![a-z])(?:but|however|whereas)(?![a-z])")
_VIEW_REACH = 160


def viewed(norm: str, span: Span, item: Item) -> str | None:
    """The analyst's view that governs a cue item (the holder and verb before it in its
    sentence, no contrast between; a belief only when it looks ahead), else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    lead_start = max(span.start, item.start - _VIEW_REACH)
    lead = norm[lead_start : item.start]
    # (every `_VIEW` match names a holder or a side: a lead naming none skips the search)
    found = last_match(_VIEW, lead) if any(w in lead for w in _VIEW_WORDS) else None
    if found is not None:
        end, belief, said = (
            lead_start + found.end(),
            found.group("belief") is not None,
            found.group(),
        )
    else:
        writer = writer_view(norm, span, lead_start, item)
        if writer is None:
            return None
        end, belief, said = writer[0], True, writer[1]
    if _CONTRAST.search(norm, end, item.start):
        return None
    # (the writer's view looks ahead anywhere in the sentence: "is only a matter of time")
    reach = span.end if found is None else min(span.end, item.end + _AHEAD_AFTER)
    ahead = _AHEAD.search(norm, end, reach)
    if belief and ahead is None:
        return None
    return said.strip()


# An analyst's or broker's own words quoted after a say verb (券商指出，「回购并不困难」, 'a
# broker said: "a $2 billion buyback is easy"'): their view, a figure in it too, and
# no act of the company's. Unquoted, "analysts said" may relay what the company did.
# (a warning or a view is a say verb here too: 分析员则提醒，「……」, 'a broker cautioned: "..."')
_QUOTED_VIEW = re.compile(
    rf"{_ZH_HOLDER}[^，,。；;：:]{{0,8}}?(?:{_ZH_SAY}|(?:则|也|却|仍)?(?:提醒|警告|告诫|认为|直言|坦言))|"
    rf"(?<![a-z]){_EN_HOLDER}\s+(?:{_EN_SAY}|noted|wrote|cautioned|warned|"
    r"warn|warns|caution|cautions|believe|believes|think|thinks)(?![a-z])"
)
_OPEN = '“「『"'
_CLOSE = "”」』"


def quoted_view(norm: str, span: Span, item: Item) -> str | None:
    """The analyst's say verb whose quotation holds the cue or amount item (opened after the
    verb, not closed before the item, in its sentence), else None."""
    if item.kind not in (EvidenceKind.CUE, EvidenceKind.AMOUNT):
        return None
    lead = norm[span.start : item.start]
    # (a lead naming no holder cannot match: most skip the search)
    found = last_match(_QUOTED_VIEW, lead) if any(w in lead for w in _HOLDER_WORDS) else None
    if found is None:
        return None
    between = norm[span.start + found.end() : item.start]
    opens = sum(between.count(q) for q in _OPEN)
    closes = sum(between.count(q) for q in _CLOSE)
    if '"' in between:  # a straight quote both opens and closes: odd means open
        return found.group().strip() if between.count('"') % 2 == 1 else None
    return found.group().strip() if opens > closes else None


def writer_view(norm: str, span: Span, lead_start: int, item: Item) -> tuple[int, str] | None:
    """Where the writer's own belief that governs the item ends, and its words: before the item
    in its sentence (笔者认为; "in my view" only where no one is quoted or answering), or opening
    the item's paragraph, whose sentences then argue the writer's view; else None."""
    lead = norm[lead_start : item.start]
    # (a lead with no word of `_WORDS_OF` for a pattern cannot match it: most skip both searches)
    found = last_match(_WRITER, lead) if any(w in lead for w in _WORDS_OF[_WRITER]) else None
    first = found is None and any(w in lead for w in _WORDS_OF[_FIRST_PERSON])
    if first and not _spoken(norm, span.start, span.end):
        found = last_match(_FIRST_PERSON, lead)
    if found is not None:
        return lead_start + found.end(), found.group()
    para = norm.rfind("\n", 0, span.start) + 1
    while para < span.start and norm[para].isspace():
        para += 1
    opening = _WRITER.match(norm, para) or _FIRST_PERSON.match(norm, para)
    if para >= span.start or opening is None or _spoken(norm, para, span.start):
        return None
    return opening.end(), opening.group()


# --- a leader's move, recalled in a follower's story --------------------------------------------

_FOLLOW = re.compile(
    r"跟进|跟随|跟涨|追随|效仿|仿效|"
    r"(?<![a-z])(?:followed|follows|following|follow)(?:\s+suit)?(?![a-z])"
)
_FOLLOWER_REACH = 24  # 华新科此时跟进, "Walsin has now followed"
# The leader's move marked as done before the follower's: 已, 早已, 4月起, "had", "in April".
_DONE = re.compile(
    r"已|早已|先前|此前|稍早|早前|[0-9一二三四五六七八九十]+月(?:起|份|初|中|底)?|"
    r"(?<![a-z])(?:had|already|earlier|last\s+(?:month|quarter|week)|in\s+(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december))(?![a-z])"
)
_DONE_REACH = 24


def followed(norm: str, span: Span, hits: list[Hit], item: Item) -> str | None:
    """The rival's following verb that makes a cue or figure of the claim's company, marked as
    done before it, a yardstick in the follower's story, else None."""
    if item.kind not in (EvidenceKind.CUE, EvidenceKind.AMOUNT):
        return None
    rivals = [h for h in hits if h.entry.kind is TermKind.RIVAL and span.start <= h.start]
    for m in _FOLLOW.finditer(norm, span.start, span.end):
        follower = next(
            (
                h
                for h in rivals
                if 0 <= m.start() - h.end <= _FOLLOWER_REACH
                and not re.search(r"[，,。；;：:]", norm[h.end : m.start()])
            ),
            None,
        )
        if follower is None or follower.start <= item.start < m.end():
            continue
        if _DONE.search(norm, max(span.start, item.start - _DONE_REACH), item.start) is None:
            continue
        return f"{follower.entry.phrase} {m.group()}"
    return None


def second_hand(norm: str, span: Span, hits: list[Hit], item: Item) -> str | None:
    """Why the item is news told second-hand (a dated earlier report, an analyst's view, a
    leader's move in a follower's story), as `context` gives it, else None."""
    report = dated_report(norm, span, item)
    if report is not None:
        return f'is background, an earlier report recalled ("{report}"): a mention'
    recap = trailing_recap(norm, span, item)
    if recap is not None:
        return f'is background, recalled ("{recap}"): a mention'
    view = viewed(norm, span, item) or quoted_view(norm, span, item)
    if view is not None and (_WRITER.search(view) or _FIRST_PERSON.search(view)):
        return f"is the writer's own view (\"{view}\"), not the company's news: a mention"
    if view is not None:
        return f"is an analyst's view (\"{view}\"), not the company's news: a mention"
    follower = followed(norm, span, hits, item)
    if follower is not None:
        return f'is the yardstick of a rival\'s following ("{follower}"): a mention'
    return None
