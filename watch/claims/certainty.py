"""How sure a sentence is, beyond its hedge words: a condition clause that governs the clause
after its comma, and whether a plan word makes a fact only planned (`plan_claim`,
`pending_holds`); the terms of a deal still under negotiation are in `negotiation`, what a
sentence only recalls is in `recalled`.
Pure helpers for `context` and `figures`."""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.markers import CLAUSE_END, Marker, scoped
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.claims.text import last_match, reading_width
from watch.models import Stance

CONDITION_REACH = 120  # the condition clause and the clause after it
RUMOUR_REACH = 60
PENDING_REACH = 24  # a plan word before what it governs (`pending` markers)

# A condition clause ("If the deal goes ahead, ...", 若交易达成，……, 一旦……，) governs the clause
# that follows it: its comma ends the condition, not the condition's reach.
_CONDITIONS = frozenset(["if ", "若", "如果", "倘若", "假如", "一旦"])
_CONCESSION = re.compile(r"(?<![a-z])(?:even|as)\s+$")


def condition_of(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The "if"/若 that opens the clause before the item's own, else None."""
    for m in markers:
        if m.word not in _CONDITIONS or m.end > item.start:
            continue
        if _CONCESSION.search(norm, max(0, m.start - 6), m.start):
            continue  # "even if ...," concedes: the clause after it is asserted all the same
        gap = norm[m.end : item.start]
        commas = sum(gap.count(c) for c in ",，")
        if (
            commas == 1
            and reading_width(gap) <= CONDITION_REACH
            and not CLAUSE_END.search(gap)
            and not any(k.kind == "clause" and m.end <= k.start < item.start for k in markers)
        ):
            return m
    return None


# A condition written without its "if", told by the 就/便 of the clause after it: 发射节奏稍有延误，
# 商用时间就可能推迟 ("should launches slip at all, service could be delayed").
_CONSEQUENCE = re.compile(
    r"[，,](?P<then>[^，,。；;！？]{0,14}?(?:就|便|则))(?:可能|会|将|要|难以)"
)
_CLAUSE_REST = re.compile(r"[^，,。；;！？!?]{0,20}")


def consequence_after(norm: str, item: Item) -> Marker | None:
    """The 就/便 of a consequence clause right after the item's clause, which makes the item's
    clause a condition, else None."""
    rest = _CLAUSE_REST.match(norm, item.end)
    then = _CONSEQUENCE.match(norm, rest.end()) if rest is not None else None
    if then is None:
        return None
    return Marker("conditional", then.group("then")[-1], then.end("then") - 1, then.end("then"))


def pending_terms(rule: ClaimRule, item: Item) -> bool:
    """True when a conditional only says the deal is not yet signed: for a claim about a deal
    under negotiation (`stage: talks`), "Globex would put in $30 billion", 若交易达成，格洛贝将投入
    300亿美元 report its terms, as "in talks" does. A modal (may, could, 可能) still doubts them."""
    return rule.stage == "talks" and item.stance == Stance.CONFIRMS


# A rumour named after what it says: Chinese puts the noun last (“格洛贝已投资300亿美元”的传闻,
# ……的传言, ……的猜测), where English puts it first ("rumours that Globex invested ...").
_RUMOUR_NOUNS = frozenset(["传闻", "传言", "猜测", "推测"])


def rumour_after(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The rumour noun after 的 that the item's clause is the content of, else None."""
    m = scoped(norm, markers, "speculation", item.start, item.end, reach=RUMOUR_REACH, side="after")
    if m is not None and m.word == "等选项":  # 包括……或缩减规模等选项: an option weighed
        return m
    if m is None or m.word not in _RUMOUR_NOUNS:
        return None
    return m if norm[max(0, m.start - 2) : m.start].endswith(("的", "”的", "」的")) else None


# Words that state a plan. For a claim about a plan they are its very news, neither a hedge nor
# `pending`; for a claim about a fact they say it has not happened yet.
PLAN_WORDS = frozenset(
    [
        *("plans to", "planning to", "plan to", "planned", "intends to", "aims to"),
        *("拟", "计划", "计划中", "计画", "计画中", "打算", "准备"),  # 计画: Taiwan's 計畫
    ]
)


_PLAN_STATEMENT = re.compile(r"\b(?:plans?|planning|intends?|aims?) to\b|计划|打算|拟")


def plan_claim(rule: ClaimRule) -> bool:
    """True when the claim is itself a plan (`stage`, or unset and a plan word in its
    statement)."""
    if rule.stage is not None:
        return rule.stage == "plan"
    return _plan_statement(rule.statement)


@lru_cache(maxsize=256)  # a rule's statement never changes: read once, not once per item
def _plan_statement(statement: str) -> bool:
    return _PLAN_STATEMENT.search(statement) is not None


# A `pending` word that is an expectation, not a plan: a hedge (the modal markers weigh it).
_EXPECTATION = ("expect", "预计", "预期", "有望", "可望")


def ignored_pending(rule: ClaimRule) -> list[tuple[int, str]]:
    """(index, why) for each `pending` phrase the engine will not use as one, for `watch
    validate` to warn of: every phrase when the claim is itself a plan, and a phrase written
    out that is an expectation ("expected to", 预计), which is a built-in hedge instead. A
    `<plan>` reference is left alone: its expectation words are a small part of it."""
    if plan_claim(rule):
        why = "the claim states a plan (its `stage` or `statement`): `pending` is ignored"
        return [(k, why) for k in range(len(rule.pending))]
    out = []
    for k, phrase in enumerate(rule.pending):
        word = next((w for w in _EXPECTATION if w in phrase.lower()), None)
        if word is not None and "<" not in phrase:
            out.append(
                (
                    k,
                    f'"{phrase}" is an expectation ("{word}"), a built-in hedge: it lowers the '
                    "confidence of what it governs and is ignored as a `pending` phrase",
                )
            )
    return out


def pending_holds(pending: Marker, item: Item, rule: ClaimRule) -> bool:
    """True when the `pending` word turns the item into a mention: a plan to complete is not
    completion, but a plan to delay or cancel is news (a contradicting cue stays), a claim that
    is itself a plan is confirmed by one, and an expectation is a hedge."""
    if item.confidence == 0 or plan_claim(rule):
        return False
    if item.kind is EvidenceKind.CUE and item.stance == Stance.CONTRADICTS:
        return False
    return not any(word in pending.word for word in _EXPECTATION)


# "said it would cut", "said on Monday it would", "told staff they would": indirect speech of a
# statement ("we will cut"), not a conditional; a few words may stand between ("the 3rd of
# April" counts as one, as "April 3rd" is two); the telling verbs are speech.SAY_EN and "wrote"
_TOLD = r"\b(?:" + SAY_EN + "|wrote)"
_REPORTED_WOULD = re.compile(
    _TOLD + r"(?:[ ,]+(?:the \d{1,2}(?:st|nd|rd|th) of [a-z]+|[\w'-]+)){0,4}[ ,]*$"
)


# "he said the eventual investment, while large by its yardstick, would be ...": the reported
# clause's subject, then an aside closed by commas, then its verb. The aside may not open a
# relative or condition clause of its own ("said the round, which would value it at ...").
_REPORTED_ASIDE = re.compile(
    _TOLD + r"(?: that)?"
    r"(?: [\w'-]+){1,6},(?! (?:which|who|that|if|when|where)\b)[^,;:]{2,60},\s*$"
)


# "said its Tía María project in Peru's Arequipa region would have ...": a long reported subject
# with no comma, up to ten words, that is the speaker's own thing (its, their, the company's);
# none may open a clause of its own ("said talks that would ...", "if ... would"), which keeps
# its "would" the clause's. Another subject ("said the full effect of the increase would show")
# may be a later consequence, not the plan: it is read as before.
_REPORTED_SUBJECT = re.compile(
    _TOLD + r"(?: that)? (?:its|their|the company's|the group's|the firm's)"
    r"(?: (?!(?:which|who|whom|whose|that|if|when|where|unless|whether|once)\b)[\w'’.-]+){3,9} $"
)


# "said the phased restart of the mine would now begin 'early in the third quarter'": any
# reported subject whose "would" only schedules it (begin, start, be completed) tells the
# timetable the speaker gave, not a consequence the reporter hedges.
_REPORTED_THE = re.compile(
    _TOLD + r"(?: that)? the"
    r"(?: (?!(?:which|who|whom|whose|that|if|when|where|unless|whether|once)\b)[\w'’.-]+){1,9} $"
)
_SCHEDULE_AFTER = re.compile(
    r"\s*(?:now |still |only )?(?:begin|start|commence|take place|be completed|be finished|"
    r"be finali[sz]ed|close)(?![a-z])"
)


def reported_would(norm: str, marker: Marker) -> bool:
    """Whether a "would" is a reporting verb's future in the past (see `_REPORTED_WOULD`,
    `_REPORTED_ASIDE`, `_REPORTED_SUBJECT`, `_REPORTED_THE`)."""
    return bool(
        _REPORTED_WOULD.search(norm, max(0, marker.start - 40), marker.start)
        or _REPORTED_ASIDE.search(norm, max(0, marker.start - 120), marker.start)
        or _REPORTED_SUBJECT.search(norm, max(0, marker.start - 100), marker.start)
        or (
            _SCHEDULE_AFTER.match(norm, marker.end) is not None
            and _REPORTED_THE.search(norm, max(0, marker.start - 100), marker.start) is not None
        )
    )


# A company's own expectation of its own figure ("it expects to spend about $600 billion", "told
# investors it now expects", 该公司向投资人表示，预计……, OpenAI预计……) is the figure it states:
# its news, not a reporter's hedge. Someone else's expectation ("analysts expect", "is expected
# to", 市场预计) still hedges.
_EXPECT_WORDS = frozenset(["expect", "expects", "expected", "预计", "预期", "预估"])
_OWN_EXPECT = re.compile(
    r"(?:(?<![a-z])(?:it|they|we|the company|the firm|the startup|the group)|"
    r"(?:" + SAY_EN + r"|telling)(?: [\w'-]+){0,3}? (?:that )?(?:it|they|we))"
    r"(?: now| still| also| currently)? $|(?<![a-z])(?:told|tells|telling) to $|"
    r"(?:" + SAY_ZH + r"|强调|坦言)[，,]?\s*$|(?:公司|该公司|其|我们|我们目前|公司目前)$"
)


# The legal form after a company's name: "Acme Inc. expects" is still Acme expecting.
_SUFFIX = re.compile(
    r"(?:,?\s*(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|group|holdings|limited)\.?)+\s*|"
    r"(?:公司|集团|控股|有限公司|股份有限公司)"
)


def own_expectation(norm: str, hedge: Marker, own: list[tuple[int, int]]) -> bool:
    """True when the modal `hedge` is an expectation its own party states: after a pronoun or a
    statement verb of the sentence's subject, or right after one of `own` (the claim's own
    names, as spans)."""
    if hedge.word not in _EXPECT_WORDS:
        return False
    before = norm[max(0, hedge.start - 48) : hedge.start]
    if _OWN_EXPECT.search(before):
        return True
    if any(
        0 <= hedge.start - end <= 1 or _SUFFIX.fullmatch(norm, end, hedge.start)
        for _, end in own
        if end <= hedge.start
    ):  # "Acme expects", "Acme Inc. expects", 艾克美公司预计
        return True
    # "OpenAI now expects", "the company now ... and expects", OpenAI目前预计 (`own_plan_now`)
    plan = own_plan_now(norm, max(0, hedge.start - 60), hedge.end, own)
    return plan is not None and norm.endswith(plan, 0, hedge.end)


# A concessive clause (虽然早前曾作出承诺，……, "Although it had earlier pledged more, ...") holds
# its own time: a background word inside it does not reach the main clause after its comma.
_CONCESSIVE = re.compile(
    r"(?:虽然|虽|尽管|即便|即使|(?<![a-z])(?:although|though|even though|while|despite))"
)


def conceded(norm: str, marker: Marker, item: Item) -> bool:
    """True when `marker` sits in a concessive clause that a comma closes before the item."""
    # (the comma is looked for first: most markers have none between them and the item)
    if marker.end > item.start or not any(c in norm[marker.end : item.start] for c in ",，"):
        return False
    lead = norm[max(0, marker.start - 24) : marker.start]
    opener = last_match(_CONCESSIVE, lead)
    return opener is not None and not any(c in lead[opener.end() :] for c in ",，;；")


def wished_terms(rule: ClaimRule, item: Item) -> bool:
    """True when a wish before the item wishes for the claim's own terms (a confirming item, or
    a date within the claim's window however its bound is read: 希望在第四季前上市), which makes
    it the aim already known; a wish for other terms ("Altman wants September") departs from
    the claim all the same."""
    if item.stance == Stance.CONFIRMS:
        return True
    if item.kind is not EvidenceKind.DATE or item.when is None or rule.when is None:
        return False
    first, last = rule.when.confirms
    return item.when[0] <= last and first <= item.when[1]


# A company's own plan told in the plain present as what it now intends ("OpenAI now expects to
# spend about $600 billion", "the company now emphasises discipline and plans to spend", 公司目前
# 预计……): its own figure stated afresh, as a statement verb would make it (`reported_by`). The
# subject is the claim's own name or a word for the company, and "now" marks the change.
_OWN_PLAN_NOW = re.compile(
    r"(?<![a-z])now\s+(?:[a-z-]+\s+){0,6}?(?:expects|plans|intends|aims|targets|budgets|"
    r"is budgeting|is planning|is targeting|anticipates|projects)(?![a-z])|"
    r"(?:目前|现在|如今|现时|眼下)[^，。,；;]{0,8}?(?:预计|计划|打算|拟|预期|预估)"
)
_COMPANY_WORDS = re.compile(
    r"(?<![a-z])(?:it|the company|the firm|the startup|the group|the lab|the ai lab)\s*$|"
    r"(?:公司|该公司|其)\s*$"
)


def own_plan_now(norm: str, start: int, end: int, own: list[tuple[int, int]]) -> str | None:
    """The words of the sentence norm[start:end] that state its subject's own plan afresh, or
    None. `own`: the spans of the claim's own names in it."""
    found = _OWN_PLAN_NOW.search(norm, start, end)
    if found is None:
        return None
    lead = found.start()
    if any(0 <= lead - e <= 2 for _, e in own) or _COMPANY_WORDS.search(
        norm, max(start, lead - 16), lead
    ):
        return found.group()
    return None


# Deliberating a change to its own plan ("OpenAI is considering delaying its IPO", "weighing a
# delay", "considering a 2027 listing", 正考虑将IPO推迟至2027年): the plan is no longer what the
# claim says, whatever is chosen, so for a claim that is a plan the deliberation verb does not
# hedge the change it governs (a contradicting cue, or a date outside the claim's). "Would
# consider", "weighing whether" and 考虑是否 leave the change open; a rumour word or a modal
# still hedges as before. Whose deliberation it is, the owner checks have settled already.
_DELIBERATION = frozenset(
    ["considering", "considers", "weighing", "mulling", "mulls", "考虑", "研议", "研拟"]
)
_DELIBERATED_GAP = re.compile(
    r"\s*(?:(?:a|an|the|possibly|further)\s+)?(?:(?:listing|going public|an ipo|ipo) in\s+)?|"
    r"(?:将|把)[^，。,；;：:、]{0,9}|(?:于|在)"
)


def deliberated_change(rule: ClaimRule, item: Item, norm: str, marker: Marker) -> bool:
    """True when `marker` deliberates the change that the contradicting `item` (a cue, a date)
    names, straight after it: not a hedge for a claim that is a plan."""
    if (
        marker.word not in _DELIBERATION
        or item.kind not in (EvidenceKind.CUE, EvidenceKind.DATE)
        or item.stance != Stance.CONTRADICTS
        or not plan_claim(rule)
        or marker.end > item.start
    ):
        return False
    if norm.endswith("would ", 0, marker.start) or norm.endswith("would be ", 0, marker.start):
        return False
    return _DELIBERATED_GAP.fullmatch(norm, marker.end, item.start) is not None


# Open doubt told after the news about that news itself: "they signed an agreement, but it
# remains unclear how firm the commitment is", 双方签署了协议，但承诺的约束力如何目前仍不清楚,
# ……，但目前仍不明朗 ("whether ..." and 能否 make the sentence a question already). Doubt about
# another thing ("it is unclear when the plant opens", 补偿方案仍不清楚) leaves the news as it is.
_UNCLEAR = re.compile(
    r"[,;—]\s*(?:but|though|yet|and|although)?\s*(?:it\s+)?(?:remains|is|was|remained)\s+"
    r"(?:still\s+)?(?:unclear|uncertain|not clear)\s+(?:how\s+(?:firm|binding|solid|serious|real|"
    r"final|concrete|committed))(?![a-z])|"
    r"[，,；;]\s*(?:但|不过|然而)?(?:(?:该|其|这一?|此)?[^，。；;,]{0,8}?(?:的约束力|能否(?:落地|兑现|"
    r"落实|实现)|是否(?:会|能)?(?:落地|兑现|落实|具有约束力|具约束力))(?:如何|有多大|多大)?[，,]?\s*)?"
    r"(?:目前|眼下|现在)?(?:仍|尚|还|依然)(?:不清楚|不明朗|未明朗|不明确)(?=\s*(?:[。；;!！]|$))"
)
UNCLEAR_REACH = 120
_UNCLEAR_WORDS = ("unclear", "uncertain", "not clear", "不清楚", "明朗", "不明确")
_STOP = re.compile(r"[。；;!！?？]|\.\s")


def unclear_after(norm: str, item: Item) -> Marker | None:
    """Open doubt about the item's own news in the clause right after it (`_UNCLEAR`), else
    None: a hedge, as "……，很难说" is."""
    end = min(len(norm), item.end + UNCLEAR_REACH)
    window = norm[item.end : end]
    if not any(word in window for word in _UNCLEAR_WORDS):  # the common case, cheaply
        return None
    stop = _STOP.search(norm, item.end, end)
    for m in _UNCLEAR.finditer(norm, item.end, end):
        if stop is not None and m.start() > stop.start():
            return None
        if re.search(r"[,;，；—]", norm[item.end : m.start()]) is None:
            return Marker("speculation", m.group().lstrip(",;—，；、 ").strip(), m.start(), m.end())
        return None
    return None
