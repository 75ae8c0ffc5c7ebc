"""What one sentence says about a claim: the signals (cues, choices, amounts, dates) found
near a rule's subject, each an `Item` with a stance and a base confidence. `context` then
decides what the sentence around each signal does to it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from watch.claims.dates import DateSpan, overlap
from watch.claims.quantities import Quantity, short, within
from watch.claims.rules import ClaimRule
from watch.claims.text import width
from watch.models import Stance

BASE = 0.85  # one clean piece of evidence
NEAR_AMOUNT = 30  # `width` between an amount and its `near` phrase
NEAR_DATE = 70
PAST_DAYS = 45  # a date that ended this long before publication recalls old news
VALUATION = (
    "valuation",
    "valued",
    "valuing",
    "value of",
    "worth",
    "post-money",
    "pre-money",
    "market cap",
    "market value",
    "估值",
    "市值",
    "身价",
)
_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS


class TermKind(enum.StrEnum):
    """What a rule's phrase is for, as the automaton finds it."""

    ALIAS = "alias"  # names the subject (key: the alias group)
    CUE = "cue"  # confirms or contradicts (key: the stance)
    OVERDUE = "overdue"  # contradicts once the deadline has passed
    BACKGROUND = "background"  # marks old news
    PENDING = "pending"  # marks a plan, not a fact
    RIVAL = "rival"  # another actor: evidence about it is not the claim's
    CHOICE = "choice"  # a choice verb ("picked", 选择)
    REPORTED = "reported"  # a fresh statement or filing (`reported_by`)
    AMOUNT_NEAR = "amount_near"  # key: the index of the amount rule
    AMOUNT_NOT_NEAR = "amount_not_near"  # key: the index of the amount rule
    WHEN_NEAR = "when_near"


class EvidenceKind(enum.StrEnum):
    """What a piece of evidence is."""

    CUE = "cue"
    OVERDUE = "overdue"  # a cue that counts after the deadline
    CHOICE = "choice"
    AMOUNT = "amount"
    DATE = "date"


@dataclass(frozen=True)
class Term:
    """One of a rule's phrases, as the automaton knows it."""

    rule: int  # index of the rule
    kind: TermKind
    key: str  # alias group, cue stance or amount rule index; "" for the other kinds
    phrase: str  # as written in the rule


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Term


@dataclass
class Item:
    """One piece of evidence in one sentence."""

    stance: Stance
    confidence: float
    start: int
    end: int
    kind: EvidenceKind
    what: str  # e.g. cue "never a commitment", for the reasons; never read back
    reasons: list[str] = field(default_factory=list)
    hedged: bool = False
    valuation: bool = False  # an amount read as a valuation
    when: tuple[date, date] | None = None  # a date item's window, for bounds ("not before 2028")
    past: bool = False  # a date item already past, for a claim whose window is still ahead


def near_hit(
    hits: list[Hit], kind: TermKind, key: str, norm: str, start: int, end: int, reach: int
) -> Hit | None:
    for h in hits:
        if h.entry.kind != kind or h.entry.key != key:
            continue
        gap = (
            norm[h.end : start] if h.end <= start else norm[end : h.start] if h.start >= end else ""
        )
        if len(gap) <= reach and width(gap) <= reach:  # width >= len: skip counting far ones
            return h
    return None


def resolve_overlaps(items: list[Item]) -> list[Item]:
    """Of two overlapping items that disagree, the one that starts first wins: in "replace the
    Gemini-based system" the verb decides, not the adjective inside its object."""
    kept = []
    for item in items:
        rival = [
            o
            for o in items
            if o.stance != item.stance and o.start < item.end and item.start < o.end
        ]
        if not any(
            o.start < item.start or (o.start == item.start and o.end > item.end) for o in rival
        ):
            kept.append(item)
    return kept


def choice_items(rule: ClaimRule, raw: str, hits: list[Hit]) -> list[Item]:
    """A choice verb followed by a name: the claim's pick confirms, a rival contradicts."""
    assert rule.choice is not None
    names = [
        h
        for h in hits
        if h.entry.kind is TermKind.RIVAL
        or (h.entry.kind is TermKind.ALIAS and h.entry.key == rule.choice.of)
    ]
    items = []
    for verb in (h for h in hits if h.entry.kind is TermKind.CHOICE):
        after = [n for n in names if n.start >= verb.end and n.start - verb.end <= 60]
        if not after:
            continue
        name = min(after, key=lambda n: n.start)
        stance = _CONTRADICTS if name.entry.kind is TermKind.RIVAL else _CONFIRMS
        what = f'choice "{raw[verb.start : verb.end]}" ... "{raw[name.start : name.end]}"'
        items.append(Item(stance, BASE, verb.start, verb.end, EvidenceKind.CHOICE, what))
    return items


def gap(norm: str, h: Hit, q: Quantity) -> int:
    return width(norm[h.end : q.start] if h.end <= q.start else norm[q.end : h.start])


def nearer(hits: list[Hit], key: str, norm: str, q: Quantity, near: Hit) -> bool:
    """True when a `not_near` phrase of amount rule `key` sits closer to the amount than its
    `near` phrase."""
    limit = gap(norm, near, q)
    return any(
        h.entry.kind is TermKind.AMOUNT_NOT_NEAR and h.entry.key == key and gap(norm, h, q) < limit
        for h in hits
        if h.end <= q.start or h.start >= q.end
    )


def is_valuation(norm: str, q: Quantity, others: list[Quantity]) -> bool:
    before, after = norm[max(0, q.start - 20) : q.start], norm[q.end : q.end + 14]
    for word in VALUATION:
        at = before.rfind(word)
        if at >= 0 and not any(q.start - len(before) + at < o.start < q.start for o in others):
            return True
        at = after.find(word)
        if at >= 0 and not any(q.end < o.start < q.end + at for o in others):
            return True
    return False


def amount_items(
    rule: ClaimRule, quantities: list[Quantity], norm: str, raw: str, hits: list[Hit]
) -> list[Item]:
    items = []
    for q in quantities:
        valuation = is_valuation(norm, q, [o for o in quantities if o is not q])
        for j, amount in enumerate(rule.amount):
            if amount.of != "any" and (amount.of == "valuation") != valuation:
                continue
            if q.currency not in (None, amount.currency) or (
                amount.firm and q.qualifier == "up to"
            ):
                continue
            near = near_hit(hits, TermKind.AMOUNT_NEAR, str(j), norm, q.start, q.end, NEAR_AMOUNT)
            if amount.near and near is None:
                continue
            if near is not None and nearer(hits, str(j), norm, q, near):
                continue
            label = f'amount "{raw[q.start : q.end]}" = {q.describe()}' + (
                " (valuation)" if valuation else ""
            )
            if near is not None:
                label += f' near "{near.entry.phrase}"'
            for stance, ranges in (
                (_CONFIRMS, amount.confirms),
                (_CONTRADICTS, amount.contradicts),
            ):
                hit = next((r for r in ranges if within(q, *r)), None)
                if hit:
                    what = f"{label} in {range(hit)}"
                    items.append(
                        Item(
                            stance,
                            BASE,
                            q.start,
                            q.end,
                            EvidenceKind.AMOUNT,
                            what,
                            valuation=valuation,
                        )
                    )
                    break
    return items


def range(r: tuple[float | None, float | None]) -> str:
    return f"[{'-' if r[0] is None else short(r[0])}, {'-' if r[1] is None else short(r[1])}]"


def date_items(
    rule: ClaimRule, dates: list[DateSpan], hits: list[Hit], norm: str, published: date
) -> list[Item]:
    assert rule.when is not None
    first, last = rule.when.confirms
    items = []
    for d in dates:
        if d.last < published - timedelta(days=PAST_DAYS):
            continue  # a date in the past dates old news, not the claim's timing
        near = near_hit(hits, TermKind.WHEN_NEAR, "", norm, d.start, d.end, NEAR_DATE)
        if rule.when.near and near is None:
            continue
        share = overlap(d, first, last)
        label = f'date "{d.text}" = {d.describe()} vs claim window {first}..{last}'
        if share > 0.5:
            items.append(Item(_CONFIRMS, BASE, d.start, d.end, _DATE, f"{label} (inside)"))
        elif share == 0 and rule.when.outside == "contradicts":
            items.append(Item(_CONTRADICTS, BASE, d.start, d.end, _DATE, f"{label} (outside)"))
        elif d.first <= first and last <= d.last:
            # "not in 2026" denies the whole window: only a negation makes this evidence.
            items.append(Item(_CONFIRMS, 0.0, d.start, d.end, _DATE, f"{label} (covers)"))
        else:
            continue
        items[-1].when = (d.first, d.last)
        # Nor can a date already past time an event whose window is still ahead (`context`).
        items[-1].past = d.last < published < first
    return items


_DATE = EvidenceKind.DATE
