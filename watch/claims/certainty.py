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


def given_figure(norm: str, item: Item) -> str | None:
    """The possessive that makes an amount item a recap of a known figure, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    lead = _GIVEN_LEAD.search(norm, max(0, item.start - 24), item.start)
    if lead is None or not _GIVEN_THING.match(norm, item.end, item.end + 30):
        return None
    if _GIVEN_NEWS.search(norm, max(0, lead.start() - 30), lead.start()):
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
