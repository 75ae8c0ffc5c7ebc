"""Negations that reach further than a negation word's own phrase: a negative subject ("no
agent ... is available", 没有任何……上线) negates its predicate however long the noun phrase
between; a negated verb of telling ("have not disclosed the terms of") negates the telling, not
the thing; a contrast that denies the claim's thing ("released updates, but nothing that operates
the desktop") takes the confirming cue before it away; a suggestion waved away ("brushed off
speculation that ...", 外界传……，……回应：这种说法是无稽之谈) asserts nothing; open doubt after the
news ("..., 很难说") hedges it (`doubt_after`). Pure helpers for
`context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import CLAUSE_END, DOUBT, Marker, clause_break, scoped
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import last_match
from watch.models import Stance

# "No agent capable of operating the desktop is available", 没有任何能操作桌面的智能体上线: a
# negative subject negates its predicate however long the noun phrase between them.
_PREDICATE_LEAD = re.compile(r"(?<![a-z])(?:is|are|was|were|has been|have been|had been)\s*$")
_COPULA_START = re.compile(r"(?:is|are|was|were)\s")
_NO_ANY = ("没有任何", "没有一款", "没有一个", "并无任何")
SUBJECT_REACH = 90


def negated_subject(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The negative determiner of the subject whose predicate the item is, else None."""
    m = scoped(norm, markers, "negation", item.start, item.end, reach=SUBJECT_REACH)
    if m is None:
        return None
    if m.word == "no":
        before = norm[max(0, item.start - 16) : item.start]
        predicate = _PREDICATE_LEAD.search(before) or _COPULA_START.match(norm, item.start)
        return m if predicate else None
    return m if norm.startswith(_NO_ANY, m.start) else None


# "have not disclosed the terms of a definitive agreement", 未公布正式协议细节: what was not done
# is the telling; whether the thing exists the sentence does not say.
_TELLING = re.compile(
    r"(?<![a-z])(?:disclosed?|discloses|disclosing|revealed?|reveals|published|publishes|"
    r"made public|make public|commented on|comment on|detailed|specified|shared)(?![a-z])|"
    r"公布|披露|透露|公开|说明|详述|评论|证实"
)


def untold(norm: str, negation: Marker, item: Item) -> str | None:
    """The verb of telling that a negation governs between it and the item, else None."""
    if negation.kind != "negation" or negation.end > item.start:
        return None
    m = _TELLING.search(norm, negation.end, item.start)
    return m.group() if m else None


# "no compulsory redundancies", "without forced layoffs", 不强制裁员, 不进行强制性裁员: the
# negation denies a manner of the cuts (forced rather than voluntary), not the cuts, which such
# a pledge usually goes with. "No redundancies are planned" and 不会裁员 still deny them.
_MANNER = re.compile(
    r"(?<![a-z])(?:compulsory|forced|involuntary|mandatory|enforced)\s+(?:job\s+)?$|"
    r"强制性?的?$|强迫性?的?$"
)


def negated_manner(norm: str, negation: Marker, item: Item) -> str | None:
    """The word of manner ("compulsory", 强制) a negation governs right before the cue, else
    None: the manner is what is denied, and the cue says nothing either way."""
    if item.kind is not EvidenceKind.CUE or negation.end > item.start:
        return None
    m = _MANNER.search(norm, max(negation.end, item.start - 24), item.start)
    return m.group().strip() if m else None


# "Microsoft has released smaller Copilot updates, but nothing that operates the desktop",
# 微软推出了一些小更新，但没有能操作桌面的智能体: what was done is set against the claim's thing,
# which the contrast denies; the confirming cue is about something else.
_CONTRAST_DENIAL = re.compile(
    r"(?<![a-z])(?:but|yet)\s+(?:nothing|none|no|not one|not a single|not an?)(?![a-z])|"
    r"(?:但|但是|却|不过)[^，。；,;]{0,4}?(?:没有|并无|并没有|无一|未有|不是)"
)
CONTRAST_REACH = 60  # from the negative word to the claim's name it denies


def denied_by_contrast(norm: str, end: int, hits: list[Hit], item: Item) -> str | None:
    """The words of a contrast after a confirming item ("but nothing that", 但没有) that deny
    one of the claim's names later in the sentence (which ends at `end`), else None."""
    if item.stance != Stance.CONFIRMS:
        return None
    m = _CONTRAST_DENIAL.search(norm, item.end, end)
    if m is None:
        return None
    named = any(
        h.entry.kind is TermKind.ALIAS and m.end() <= h.start < m.end() + CONTRAST_REACH
        for h in hits
    )
    return m.group() if named else None


# "Apple's Gemini-based Siri will not ship with iOS 26.4", 苹果基于Gemini的新Siri不会随iOS 26.4推出:
# a choice said only in the description of a thing whose predicate is negated restates what the
# thing was to be; it does not confirm what does not ship. Chinese: the choice, its object, 的,
# the thing, the negation; English: a compound modifier ("Gemini-based") or "based on Gemini",
# the thing, a negated or delayed verb.
_ZH_DESCRIBED = re.compile(
    r"[^，。,；;：:！？的\s]{1,20}的[^，。,；;：:！？的]{1,12}?"
    r"(?P<neg>不会|不能|无法|未能|未|没有|并未|尚未|不再|难以|暂不|不)"
)
_EN_DESCRIBED = re.compile(
    r"\s+(?:[\w.'-]+\s+){1,4}?"
    r"(?P<neg>will not|won't|will no longer|is not|isn't|are not|aren't|was not|wasn't|has not|"
    r"hasn't|did not|didn't|does not|doesn't|cannot|can't|could not|couldn't|is no longer|"
    r"is unlikely to|has been delayed|was delayed|has been pushed back|was pushed back|"
    r"has been postponed|was postponed)(?![a-z])"
)
_EN_MODIFIER = re.compile(r"-(?:based|powered|backed|driven)$")


def negated_description(norm: str, item: Item) -> str | None:
    """The negated predicate of the thing whose description holds a confirming choice, else
    None."""
    if item.stance != Stance.CONFIRMS:
        return None
    modifier = item.kind is EvidenceKind.CUE and _EN_MODIFIER.search(norm, item.start, item.end)
    if item.kind is not EvidenceKind.CHOICE and not modifier:
        return None
    found = _ZH_DESCRIBED.match(norm, item.end) or _EN_DESCRIBED.match(norm, item.end)
    if found is None and item.kind is EvidenceKind.CHOICE:  # "based on Gemini", then the thing
        name = re.match(r"\s+[\w.-]+", norm[item.end :])
        found = name and _EN_DESCRIBED.match(norm, item.end + name.end())
    return found.group("neg") if found else None


# A suggestion the speaker waves away: what it says is nobody's statement, neither news nor its
# opposite ("waved away suggestions that he was preparing to walk away", 针对……抽身的猜测，……直言
# 这种说法是无稽之谈). A denied *report* is still read as a denial of its content (`DENIALS`).
_WAVED_AWAY = re.compile(
    r"(?<![a-z])(?:waved away|waves away|brushed off|brushes off|brushed aside|brushes aside|"
    r"shrugged off|shrugs off|laughed off|laughs off|swatted away|swats away|played down|"
    r"plays down|downplayed|downplays|dismissed|dismisses|denied|denies|rejected|rejects|"
    # laid to rest by the news itself ("the deal puts to rest talk in the market last week that
    # the carrier would scale back", "quashed speculation that", "ends rumours of")
    r"puts? to rest|putting to rest|laid to rest|lays? to rest|laying to rest|quash(?:ed|es)?|"
    r"scotch(?:ed|es)?|dispel(?:led|s)?|silenc(?:ed|es)|ends|ended|ending|"
    r"put an end to|puts an end to|putting an end to)\s+"
    # how long it went round ("ending weeks of speculation that", "put an end to months of talk")
    r"(?:(?:days|weeks|months|years)\s+of\s+)?"
    r"(?:the\s+|any\s+|media\s+|market\s+|growing\s+|recent\s+|lingering\s+)?"
    r"(?:suggestions?|speculation|rumou?rs?|talk|chatter|notions?|idea|fears?|worries|concerns?)"
    # where and when it went round ("talk in the market last week that")
    r"(?:\s+(?:in|among|on|from|around)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"
    r"(?:\s+(?:last|this|earlier this)\s+(?:week|month|year)|\s+earlier)?\s+(?:that|of)(?![a-z])"
)
_SUGGESTIONS = (
    *("suggestion", "speculation", "rumo", "talk", "chatter", "notion", "idea"),
    *("fear", "worries", "concern"),
)
# The Chinese order of the same: the news lays to rest what is said after the item (此举打消了
# 市场对万海将缩减订单的猜测, 平息了外界关于延期的传闻, 消除了……的疑虑).
_ZH_LAID_TO_REST = re.compile(r"(?:打消|平息|终结|終結|结束|結束|消除|粉碎|击碎|一扫)了?")
_ZH_REST_GATE = ("打消", "平息", "终结", "終結", "结束", "結束", "消除", "粉碎", "击碎", "一扫")
_ZH_RESTED = re.compile(r"的(?:猜测|传闻|传言|说法|揣测|臆测|疑虑|担忧|顾虑)")
_ZH_SUGGESTION = re.compile(r"的(?:猜测|传闻|传言|说法|揣测|臆测)")
_ZH_WAVED_AWAY = re.compile(
    r"否认|驳斥|无稽之谈|子虚乌有|不实|纯属谣言|一派胡言|胡说|毫无根据|并非事实|不是事实|不属实"
)
SUGGESTION_REACH = 90


# A rumour told first and answered after it, the Chinese order: 外界传英伟达准备抽身，黄仁勋回应：
# 这种说法是"nonsense"; 市场传言……，公司否认. The rumour's words are nobody's statement.
_ZH_RUMOUR_LEAD = re.compile(
    r"(?:外界|坊间|市场|业界|网上)(?:传|传言|传闻|盛传|揣测|猜测)|有传|传出|有报道指|有消息指|"
    r"有报道称|传言称|传闻称"
)
_RUMOUR_WORDS = ("传", "揣测", "猜测", "报道", "消息")  # one is in every `_ZH_RUMOUR_LEAD` match
_ZH_REBUTTAL = re.compile(
    r"(?:这种|这个|此|该|相关|上述|有关)(?:说法|传闻|传言|报道|消息)|否认|驳斥|辟谣|无稽之谈|"
    r"子虚乌有|纯属|一派胡言|胡说|毫无根据|并非事实|不属实|不实|(?<![a-z])nonsense(?![a-z])"
)


def _rumour_answered(norm: str, sentence_end: int, item: Item) -> str | None:
    """The rumour opener before the item and the rebuttal after it, in one sentence."""
    lead = norm[max(0, item.start - SUGGESTION_REACH) : item.start]
    if not any(w in lead for w in _RUMOUR_WORDS):  # (an English lead, most Chinese ones)
        return None
    opener = last_match(_ZH_RUMOUR_LEAD, lead)
    if opener is None or re.search(r"[。；;]", lead[opener.end() :]):
        return None
    answer = _ZH_REBUTTAL.search(norm, item.end, sentence_end)
    return f"{opener.group()}…{answer.group()}" if answer else None


def denied_suggestion(norm: str, sentence_end: int, item: Item) -> str | None:
    """The words that wave away a suggestion whose content holds the item, else None."""
    lead = norm[max(0, item.start - SUGGESTION_REACH) : item.start]
    # (every `_WAVED_AWAY` match names the suggestion: a lead naming none skips the search)
    found = last_match(_WAVED_AWAY, lead) if any(w in lead for w in _SUGGESTIONS) else None
    if found is not None and not CLAUSE_END.search(lead, found.end()):
        return found.group()
    answered = _rumour_answered(norm, sentence_end, item)
    if answered is not None:
        return answered
    rested = _laid_to_rest(norm, sentence_end, item, lead)
    if rested is not None:
        return rested
    noun = _ZH_SUGGESTION.search(norm, item.end, min(sentence_end, item.end + SUGGESTION_REACH))
    if noun is None or CLAUSE_END.search(norm, item.end, noun.start()):
        return None
    denial = _ZH_WAVED_AWAY.search(norm, noun.end(), sentence_end)
    if denial is None or CLAUSE_END.search(norm, noun.end(), denial.start()):
        return None
    return f"{noun.group()[1:]}…{denial.group()}"


def _laid_to_rest(norm: str, sentence_end: int, item: Item, lead: str) -> str | None:
    """打消了……的猜测 around the item, in one clause: the words, else None."""
    if not any(w in lead for w in _ZH_REST_GATE):
        return None
    verb = last_match(_ZH_LAID_TO_REST, lead)
    if verb is None or CLAUSE_END.search(lead, verb.end()):
        return None
    noun = _ZH_RESTED.search(norm, item.end, min(sentence_end, item.end + SUGGESTION_REACH))
    if noun is None or CLAUSE_END.search(norm, item.end, noun.start()):
        return None
    return f"{verb.group()}…{noun.group()[1:]}"


# What may stand beside a doubt in a clause of its own ("..., that is hard to say", 还很难说): the
# clause is then a comment on the one before, not a clause about another thing.
_BARE_DOUBT = re.compile(
    r"[\s,;:—，；：\"“”「」]*(?:(?:but|though|that is|that's|it is|it's|this is|still|it|this|that|"
    r"则|还|也|仍|都|却|但|恐怕|目前|现在)\s*)*$"
)


_CLAUSE_MARK = re.compile(r"[,;:—，；：。]")


def doubt_after(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """Open doubt after the item ("能不能赶上三季度，很难说", "a May launch remains to be seen")
    in its own clause, or standing alone as a comment on it, else None."""
    for m in markers:
        if m.kind != "speculation" or m.word not in DOUBT or m.start < item.end:
            continue
        clauses = _CLAUSE_MARK.split(norm[item.end : m.start])
        if len(clauses) == 1 or _BARE_DOUBT.fullmatch(clauses[-1]):
            return m
    return None


# "may not grow quickly enough to support the $1.4 trillion", 不足以支撑1.4万亿美元的承诺: the
# negation denies that something suffices; the figure after "enough to <verb>" is what it falls
# short of, told as it stands, not negated.
_SUFFICES = re.compile(r"(?<![a-z])enough\s+to\s+[a-z]+|足以")


def short_of(norm: str, negation: Marker, item: Item) -> str | None:
    """The words of sufficiency that a negation governs before the amount item, else None. (A
    cue after them is what fails: 不足以兑现承诺, "not enough to honour the commitment".)"""
    if item.kind is not EvidenceKind.AMOUNT or negation.end > item.start:
        return None
    m = _SUFFICES.search(norm, negation.start, item.start)
    return None if m is None else m.group()


# --- a decision not made, and what it is about ------------------------------------------------

# "LGES said on Friday that no decision had been made on ...", "said that it had not decided":
# in reported speech the past perfect is the present of the day the company spoke (the news's
# day), not a recap. Only a verb of saying with no date of its own but a weekday or "today".
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SAID_THAT = re.compile(
    r"(?<![a-z])(?:said|says|told [a-z]+|stated|added|confirmed|insisted|reiterated|clarified)"
    rf"\s+(?:(?:late |early )?on {_DAYS}|today|yesterday|in a statement|in a filing)?\s*,?\s*"
    r"that\s+[^,;:.!?]{0,60}$|"
    # "denied the report on Tuesday, saying no decision had been made": a participle of saying
    # has no time of its own; it tells on its main verb's day
    r"(?<![a-z])saying\s+(?:that\s+)?[^,;:.!?]{0,60}$"
)
_BACKSHIFT = frozenset(["had been", "it had"])
BACKSHIFT_REACH = 90


def backshifted(norm: str, m: Marker, item: Item) -> bool:
    """True when background marker `m` is the past perfect of reported speech whose content
    holds the item ("said on Friday that no decision had been made"): the tense of the report,
    not a time of its own."""
    if m.kind != "background_post" or m.word not in _BACKSHIFT or m.start < item.end:
        return False
    if re.search(r"[,;:.!?，；：。]", norm[item.end : m.start]):
        return False
    return _SAID_THAT.search(norm, max(0, item.start - BACKSHIFT_REACH), item.start) is not None


# "no decision had been made on a reported $3 billion investment", 尚未就30亿美元投资作出决定,
# 30亿美元投资计划未有定案: the figure is what the decision not made is about, the object the
# denial is said of, never a pledge of it. "a reported $3 billion", 报道所称的30亿美元: someone
# else's figure presented, not asserted.
_MADE = (
    r"\s+(?:has|had|have|was|is)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:made|taken|reached|finali[sz]ed|decided|agreed)"
)
_UNDECIDED_ON = re.compile(
    rf"(?<![a-z])(?:no (?:final |firm )?decision(?:{_MADE})?|nothing{_MADE}|"
    r"not (?:yet )?(?:decided|finali[sz]ed)|undecided|yet to decide)\s+(?:yet\s+)?"
    r"(?:on|about|over|regarding|concerning|whether to (?:make|proceed with))\s+"
    r"(?:(?:a|an|the|its|any|that|this|their)\s+)?(?:(?:reported|planned|proposed|possible|"
    r"potential|rumou?red|mooted)\s+)?$|"
    r"(?:尚未|仍未|并未|还未|还没有?|未|没有)就[^，。；,;：:]{0,12}$"
)
_ZH_DECIDED = re.compile(r"[^，。；,;：:]{0,16}?(?:作出|做出|作|做)(?:任何)?(?:最终)?(?:决定|决策)")
_ZH_NOT_SETTLED = re.compile(
    r"[^，。；,;：:]{0,12}?(?:尚|仍|还|目前)?(?:未有|尚无|并无|没有|未|仍未|尚未)(?:定案|定论|拍板)"
)
_PRESENTED = re.compile(
    r"(?<![a-z])(?:a|the|that)\s+(?:reported|rumou?red|purported|so-called)\s+$|"
    r"(?:报道|报导|传闻|传言|消息)(?:所称|所指|所说|中)的$"
)


def _lead(norm: str, item: Item) -> str:
    lead = norm[max(0, item.start - 60) : item.start].rstrip()
    return lead + " " if lead and lead[-1].isascii() else lead


def presented_figure(norm: str, item: Item) -> str | None:
    """The words that present an amount item as someone else's report, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    found = _PRESENTED.search(_lead(norm, item))
    return None if found is None else found.group().strip()


def undecided_figure(norm: str, item: Item) -> str | None:
    """The words that make an amount item the object of a decision not made, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    lead = _lead(norm, item)
    settled = _ZH_NOT_SETTLED.match(norm, item.end)
    if settled is not None:
        return settled.group()
    on = _UNDECIDED_ON.search(lead)
    if on is None or on.group()[0].isascii():
        return None if on is None else on.group().strip()
    decided = _ZH_DECIDED.match(norm, item.end)  # 尚未就……作出决定: both ends of the phrase
    return None if decided is None else f"{on.group()}…{decided.group()}"


# --- a report denied, and the words it reported -------------------------------------------------

# "denied a media report that Group CEO Yuki Kusumi would step down in June", 否认有关楠见将于6月
# 卸任的报道: the denial reaches every word of the report it calls false, however long the
# report's clause (a date in it is the report's, denied with it), up to the clause's end.
_EN_REPORT_THAT = re.compile(
    r"\s*(?:(?:a|an|the|its|their)\s+)?(?:[a-z'-]+\s+){0,3}?"
    r"(?:reports?|story|stories|speculation|rumou?rs?|suggestions?)\s+(?:that|saying|claiming)\s"
)
_ZH_REPORT_END = re.compile(r"[^，。；：,;:]{0,6}?的(?:报道|报导|传闻|传言|消息|说法)")
DENIED_REPORT_REACH = 160


def denied_report(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The denial whose denied report's clause holds the item, else None."""
    for m in markers:
        if m.kind != "denial" or m.end > item.start or item.start - m.end > DENIED_REPORT_REACH:
            continue
        if clause_break(norm, m.end, item.start, markers):
            continue
        if _EN_REPORT_THAT.match(norm, m.end):
            return m
        if not m.word.isascii() and _ZH_REPORT_END.match(norm, item.end):
            return m
    return None
