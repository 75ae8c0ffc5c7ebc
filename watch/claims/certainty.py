"""How sure a sentence is, beyond its hedge words: a condition clause that governs the clause
after its comma, the terms of a deal still under negotiation, a figure the sentence only refers
to as already known ("its $122 billion round"), and whether a plan word makes a fact only
planned (`plan_claim`, `pending_holds`). Pure helpers for `context` and `figures`."""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import reading_width
from watch.models import Stance

CONDITION_REACH = 120  # the condition clause and the clause after it
RUMOUR_REACH = 60
PENDING_REACH = 24  # a plan word before what it governs (`pending` markers)

# A condition clause ("If the deal goes ahead, ...", 若交易达成，……, 一旦……，) governs the clause
# that follows it: its comma ends the condition, not the condition's reach.
_CONDITIONS = frozenset(["if ", "若", "如果", "倘若", "假如", "一旦"])
_CLAUSE_END = re.compile(r"[;:—；：。]")
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
            and not _CLAUSE_END.search(gap)
            and not any(k.kind == "clause" and m.end <= k.start < item.start for k in markers)
        ):
            return m
    return None


def pending_terms(rule: ClaimRule, item: Item) -> bool:
    """True when a conditional only says the deal is not yet signed: for a claim about a deal
    under negotiation (`stage: talks`), "Globex would put in $30 billion", 若交易达成，格洛贝将投入
    300亿美元 report its terms, as "in talks" does. A modal (may, could, 可能) still doubts them."""
    return rule.stage == "talks" and item.stance == Stance.CONFIRMS


# A figure the sentence refers to as an event the reader already knows: a possessive before it
# and the deal it measures after it ("its $122 billion round", "the company's $30 billion
# stake", 其1220亿美元融资). News states such a figure ("raised $122 billion", "a $122 billion
# round"); a recap presupposes it. A standing figure ("the company's $1.4 trillion of
# commitments", a valuation) is no event: it may be reaffirmed so, and stays evidence.
_GIVEN_LEAD = re.compile(
    r"(?<![a-z])(?:its|their|the (?:company|firm|startup|group|chipmaker|lab)'s)\s+"
    r"(?:[a-z-]+\s+)?$|(?:其|该公司的|公司的)$"
)
_GIVEN_THING = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:round|raise|stake|investment|funding|fundraising|financing|"
    r"deal|bet|offering|ipo|listing)(?![a-z])|的?(?:融资|投资|募资|注资|入股|上市|募股)"
)


# ... unless the sentence completes or announces it: "has completed its $30 billion
# investment", "announced its $30 billion stake", 已完成其300亿美元的投资 state the event itself.
_GIVEN_NEWS = re.compile(
    r"(?:(?<![a-z])(?:completed|completes|completing|complete|closed|closes|closing|finalized|"
    r"finalised|finalizes|finalises|wrapped up|wraps up|sealed|seals|concluded|announced|"
    r"announces|unveiled|unveils|confirmed|confirms|disclosed|discloses)"
    r"(?:\s+(?:on|in)\s+[a-z]+)?\s+|(?:完成了?|宣布了?|敲定了?|落实了?|公布了?)(?:对)?\s*)$"
)


# ... or says after it that it is done: "its $30 billion investment is done", 其300亿美元投资
# 已完成 (the possessive names the thing, the predicate is the news)
_GIVEN_DONE = re.compile(
    r"\s*(?:(?:is|was|has been|have been)\s+(?:now\s+)?(?:done|complete|completed|closed|"
    r"finalized|finalised|in|finished)(?![a-z])|(?:has|have)\s+(?:now\s+)?(?:closed|completed)"
    r"(?![a-z])|(?:已经?|业已)(?:完成|到位|落实|完成交割|交割))"
)


def given_figure(norm: str, item: Item) -> str | None:
    """The possessive that makes an amount item a recap of a known figure, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    lead = _GIVEN_LEAD.search(norm, max(0, item.start - 24), item.start)
    thing = None if lead is None else _GIVEN_THING.match(norm, item.end, item.end + 30)
    if lead is None or thing is None:
        return None
    if _GIVEN_NEWS.search(norm, max(0, lead.start() - 30), lead.start()):
        return None
    if _GIVEN_DONE.match(norm, thing.end()):  # "its $30 billion investment is done"
        return None
    return lead.group().strip()


# A rumour named after what it says: Chinese puts the noun last (“格洛贝已投资300亿美元”的传闻,
# ……的传言, ……的猜测), where English puts it first ("rumours that Globex invested ...").
_RUMOUR_NOUNS = frozenset(["传闻", "传言", "猜测", "推测"])


def rumour_after(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The rumour noun after 的 that the item's clause is the content of, else None."""
    m = scoped(norm, markers, "speculation", item.start, item.end, reach=RUMOUR_REACH, side="after")
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
    return _PLAN_STATEMENT.search(rule.statement) is not None


# A `pending` word that is an expectation, not a plan: a hedge (the modal markers weigh it).
_EXPECTATION = ("expect", "预计", "预期", "有望", "可望")


def pending_holds(pending: Marker, item: Item, rule: ClaimRule) -> bool:
    """True when the `pending` word turns the item into a mention: a plan to complete is not
    completion, but a plan to delay or cancel is news (a contradicting cue stays), a claim that
    is itself a plan is confirmed by one, and an expectation is a hedge."""
    if item.confidence == 0 or plan_claim(rule):
        return False
    if item.kind is EvidenceKind.CUE and item.stance == Stance.CONTRADICTS:
        return False
    return not any(word in pending.word for word in _EXPECTATION)


# A suggestion the speaker waves away: what it says is nobody's statement, neither news nor its
# opposite ("waved away suggestions that he was preparing to walk away", 针对……抽身的猜测，……直言
# 这种说法是无稽之谈). A denied *report* is still read as a denial of its content (`DENIALS`).
_WAVED_AWAY = re.compile(
    r"(?<![a-z])(?:waved away|waves away|brushed off|brushes off|brushed aside|brushes aside|"
    r"shrugged off|shrugs off|laughed off|laughs off|swatted away|swats away|played down|"
    r"plays down|downplayed|downplays|dismissed|dismisses|denied|denies|rejected|rejects)\s+"
    r"(?:the\s+|any\s+|media\s+|market\s+|growing\s+|recent\s+)?(?:suggestions?|speculation|"
    r"rumou?rs?|talk|chatter|notions?|idea)\s+(?:that|of)(?![a-z])"
)
_ZH_SUGGESTION = re.compile(r"的(?:猜测|传闻|传言|说法|揣测|臆测)")
_ZH_WAVED_AWAY = re.compile(
    r"否认|驳斥|无稽之谈|子虚乌有|不实|纯属谣言|一派胡言|胡说|毫无根据|并非事实|不是事实|不属实"
)
SUGGESTION_REACH = 90


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (the one nearest what follows), else None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop keeps the last
        pass
    return found


def denied_suggestion(norm: str, sentence_end: int, item: Item) -> str | None:
    """The words that wave away a suggestion whose content holds the item, else None."""
    lead = norm[max(0, item.start - SUGGESTION_REACH) : item.start]
    found = _last(_WAVED_AWAY, lead)
    if found is not None and not _CLAUSE_END.search(lead, found.end()):
        return found.group()
    noun = _ZH_SUGGESTION.search(norm, item.end, min(sentence_end, item.end + SUGGESTION_REACH))
    if noun is None or _CLAUSE_END.search(norm, item.end, noun.start()):
        return None
    denial = _ZH_WAVED_AWAY.search(norm, noun.end(), sentence_end)
    if denial is None or _CLAUSE_END.search(norm, noun.end(), denial.start()):
        return None
    return f"{noun.group()[1:]}…{denial.group()}"


# An earlier report recalled as the occasion of the news ("The remarks followed earlier reports
# that the plan had stalled", "comes after reports that", "previous reports that"): its content
# is background however many commas it holds, as 此前有报道称 is. A report the sentence confirms
# or denies is news of its own, left to the cues and `DENIALS`. Only reports as such: a named
# outlet's story ("follows a WSJ story days earlier saying") is left to the background markers.
_RECALLED_REPORT = re.compile(
    r"(?<![a-z])(?:(?:followed|follows|following|comes after|came after|come after|after)\s+"
    r"(?:(?:earlier|previous|prior|recent|media|press|news)\s+)?reports|"
    r"(?:earlier|previous|prior)\s+(?:media\s+|press\s+|news\s+)?reports?)"
    r"(?:\s*,)?\s+(?:that|saying|claiming)(?![a-z])"
)
_OWNED_REPORT = re.compile(
    r"(?<![a-z])(?:confirm|confirmed|confirms|confirming|deny|denied|denies|denying|dismissed|"
    r"dismisses|rejected|rejects|refuted|refutes|corroborated|corroborates|contradicted|"
    r"contradicts|played down|downplayed)\s+(?:the\s+|a\s+|an\s+)?$"
)
_REPORT_END = re.compile(r"[;；。]|(?<![a-z])but(?![a-z])")
RECALLED_REACH = 200


def recalled_report(norm: str, item: Item) -> str | None:
    """The words that recall an earlier report whose content holds the item, else None."""
    lead = norm[max(0, item.start - RECALLED_REACH) : item.start]
    found = _last(_RECALLED_REPORT, lead)
    if found is None or _REPORT_END.search(lead, found.end()):
        return None
    start = max(0, item.start - RECALLED_REACH) + found.start()
    if _OWNED_REPORT.search(norm, max(0, start - 24), start):
        return None
    return found.group().strip()


# "said it would cut", "said on Monday it would", "told staff they would": indirect speech of a
# statement ("we will cut"), not a conditional; a few words may stand between
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|added|wrote)(?:[ ,]+[\w'-]+){0,4}[ ,]*$"
)


# "he said the eventual investment, while large by its yardstick, would be ...": the reported
# clause's subject, then an aside closed by commas, then its verb. The aside may not open a
# relative or condition clause of its own ("said the round, which would value it at ...").
_REPORTED_ASIDE = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|added|wrote)(?: that)?"
    r"(?: [\w'-]+){1,6},(?! (?:which|who|that|if|when|where)\b)[^,;:]{2,60},\s*$"
)


def reported_would(norm: str, marker: Marker) -> bool:
    """Whether a "would" is a reporting verb's future in the past (see `_REPORTED_WOULD`,
    `_REPORTED_ASIDE`)."""
    return bool(
        _REPORTED_WOULD.search(norm, max(0, marker.start - 40), marker.start)
        or _REPORTED_ASIDE.search(norm, max(0, marker.start - 120), marker.start)
    )


# A company's own expectation of its own figure ("it expects to spend about $600 billion", "told
# investors it now expects", 该公司向投资人表示，预计……, OpenAI预计……) is the figure it states:
# its news, not a reporter's hedge. Someone else's expectation ("analysts expect", "is expected
# to", 市场预计) still hedges.
_EXPECT_WORDS = frozenset(["expect", "expects", "expected", "预计", "预期", "预估"])
_OWN_EXPECT = re.compile(
    r"(?:(?<![a-z])(?:it|they|we|the company|the firm|the startup|the group)|"
    r"(?:said|says|told|telling|tells)(?: [\w'-]+){0,3}? (?:that )?(?:it|they|we))"
    r"(?: now| still| also| currently)? $|(?<![a-z])(?:told|tells|telling) to $|"
    r"(?:表示|称|指出|透露|强调|说|坦言)[，,]?\s*$|(?:公司|该公司|其|我们|我们目前|公司目前)$"
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
    return any(0 <= hedge.start - end <= 1 for _, end in own)


# A concessive clause (虽然早前曾作出承诺，……, "Although it had earlier pledged more, ...") holds
# its own time: a background word inside it does not reach the main clause after its comma.
_CONCESSIVE = re.compile(
    r"(?:虽然|虽|尽管|即便|即使|(?<![a-z])(?:although|though|even though|while|despite))"
)


def conceded(norm: str, marker: Marker, item: Item) -> bool:
    """True when `marker` sits in a concessive clause that a comma closes before the item."""
    if marker.end > item.start:
        return False
    lead = norm[max(0, marker.start - 24) : marker.start]
    opener = _last(_CONCESSIVE, lead)
    if opener is None or any(c in lead[opener.end() :] for c in ",，;；"):
        return False
    return any(c in norm[marker.end : item.start] for c in ",，")


# A fact told as the scene after a recent event (OpenAI近期完成融资后估值升至7300亿美元, as "after a
# recent fundraising lifted its valuation" is in English): the rest of its clause is background.
_AFTER_RECENT = re.compile(
    r"(?:近期|最近|日前|早前|稍早)[^，。,；;：:]{1,16}?(?:之后|后)|"
    r"(?:近期|最近|日前|早前|稍早)[^，。,；;：:]{0,16}?之际"
)


def after_recent(norm: str, item: Item) -> str | None:
    """The "近期……后" that sets the item's clause after a recent event, else None."""
    lead = norm[max(0, item.start - 40) : item.start]
    found = _last(_AFTER_RECENT, lead)
    if found is None or any(c in lead[found.end() :] for c in ",，;；。"):
        return None
    return found.group()
