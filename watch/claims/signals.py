"""What one sentence says about a claim: the signals (cues, choices, amounts, dates) found
near a rule's subject, each an `Item` with a stance and a base confidence. `context` then
decides what the sentence around each signal does to it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from watch.claims.dates import DateSpan, overlap
from watch.claims.measures import Comparison
from watch.claims.quantities import Quantity, in_range, short
from watch.claims.roles import equated_with, replaced, role_of, valued_with_verb
from watch.claims.rules import ClaimRule
from watch.claims.text import reading_width
from watch.claims.trends import find_moves
from watch.models import Stance

BASE = 0.85  # one clean piece of evidence
NEAR_AMOUNT = 30  # `reading_width` between an amount and its `near` phrase
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
    EXCLUDE = "exclude"  # a longer phrase inside which none of the rule's phrases counts
    METRIC = "metric"  # a `direction` metric (share, 份额)


class EvidenceKind(enum.StrEnum):
    """What a piece of evidence is."""

    CUE = "cue"
    OVERDUE = "overdue"  # a cue that counts after the deadline
    CHOICE = "choice"
    AMOUNT = "amount"
    DATE = "date"
    DIRECTION = "direction"  # a metric moving up or down


@dataclass(frozen=True)
class Term:
    """One of a rule's phrases, as the automaton knows it."""

    rule: int  # index of the rule
    kind: TermKind
    key: str  # alias group, cue stance or amount rule index; "" for the other kinds
    phrase: str  # as written in the rule
    # A part of a gapped cue ("cut ... jobs"): which cue (unique in the matcher), which part,
    # and of how many; `watch.claims.cues.join_gaps` turns the parts into one hit.
    gapped: int = -1
    part: int = 0
    parts: int = 1


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
    part: str = ""  # which part of the claim it bears on: "amount[0]", "when"; "" for cues
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
        # the reading width is never less than the length: a longer gap needs no counting
        if len(gap) <= reach and reading_width(gap) <= reach:
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
    return reading_width(norm[h.end : q.start] if h.end <= q.start else norm[q.end : h.start])


def nearer(hits: list[Hit], key: str, norm: str, q: Quantity, near: Hit) -> bool:
    """True when a `not_near` phrase of amount rule `key` sits closer to the amount than its
    `near` phrase."""
    limit = gap(norm, near, q)
    return any(
        h.entry.kind is TermKind.AMOUNT_NOT_NEAR and h.entry.key == key and gap(norm, h, q) < limit
        for h in hits
        if h.end <= q.start or h.start >= q.end
    )


# 估值7300亿美元的融资, "valued at $730 billion": the valuation word right before the amount
_VALUED_RIGHT_BEFORE = re.compile(
    r"(?:valuation of|valued at|valuing it at|value of|worth|估值为|估值达|估值)"
    r"\s*(?:about|around|约)?\s*$"
)


def is_valuation(norm: str, q: Quantity, others: list[Quantity]) -> bool:
    if valued_with_verb(norm, q.start):
        return True
    before, after = norm[max(0, q.start - 20) : q.start], norm[q.end : q.end + 14]
    for word in VALUATION:
        at = before.rfind(word)
        if at >= 0 and not any(q.start - len(before) + at < o.start < q.start for o in others):
            return True
        at = after.find(word)
        # "融资1100亿美元，估值7300亿": 估值 after a comma opens a clause about another figure
        # (in English "$1.4 trillion, the value of ..." is an apposition: it still applies)
        clause = word.isascii() or not any(c in after[:at] for c in ",;")
        if at >= 0 and clause and not any(q.end < o.start < q.end + at for o in others):
            return True
    return False


def amount_items(
    rule: ClaimRule,
    quantities: list[Quantity],
    norm: str,
    raw: str,
    hits: list[Hit],
    measures: Sequence[Quantity] = (),
    comparisons: Sequence[Comparison] = (),
) -> list[Item]:
    """Evidence from the sentence's quantities: money (`quantities`), counts and percentages
    (`measures`) and figures given by comparison, each checked against the amount rules'
    unit, role (`of`), `near` phrases and ranges."""
    items = []
    # the figure a comparison is made with ("far below the pledged $100 billion") is not the
    # value: the comparison stands in its place
    figures = {(c.figure.start, c.figure.end) for c in comparisons if c.figure is not None}
    plain = [q for q in quantities if (q.start, q.end) not in figures]
    kinds: dict[tuple[int, int, str], tuple[str, str]] = {}
    for j, amount in enumerate(rule.amount):
        pool: list[Quantity]
        if amount.unit == "money":
            resolved = [c.resolve(amount.reference, amount.currency) for c in comparisons]
            pool = plain + [q for q in resolved if q is not None]
        else:
            pool = [q for q in measures if q.unit == amount.unit]
        for q in pool:
            item = _amount_item(rule, j, q, pool, norm, raw, hits, kinds)
            if item is not None:
                items.append(item)
    return items


def _kind(
    q: Quantity, pool: list[Quantity], norm: str, kinds: dict[tuple[int, int, str], tuple[str, str]]
) -> tuple[str, str]:
    """(role, word) of q, "valuation" included; computed once per quantity (`kinds`)."""
    key = (q.start, q.end, q.unit)
    if key not in kinds:
        others = [o for o in pool if o is not q]
        role, word = role_of(norm, q.start, q.end, [(o.start, o.end) for o in others], q.unit)
        # "注资1100亿美元 OpenAI估值…": a role word right before the amount outranks a
        # valuation word after it, which belongs to the next figure
        stated_before = bool(word) and word in norm[max(0, q.start - 30) : q.start]
        # "its $122 billion round", 1220亿美元融资: the noun the amount sizes outranks a
        # valuation word before it, which belongs to the figure before
        sized = (
            role == "round"
            and norm[q.end : q.end + 12].lstrip().startswith(word)
            and not _VALUED_RIGHT_BEFORE.search(norm, max(0, q.start - 16), q.start)
        )
        if not q.unit and not stated_before and not sized and is_valuation(norm, q, others):
            role, word = "valuation", ""
        kinds[key] = (role, word)
    return kinds[key]


def _amount_item(
    rule: ClaimRule,
    j: int,
    q: Quantity,
    pool: list[Quantity],
    norm: str,
    raw: str,
    hits: list[Hit],
    kinds: dict[tuple[int, int, str], tuple[str, str]],
) -> Item | None:
    amount = rule.amount[j]
    if q.currency not in (None, amount.currency) or (amount.firm and q.qualifier == "up to"):
        return None
    key = str(j)
    near = near_hit(hits, TermKind.AMOUNT_NEAR, key, norm, q.start, q.end, NEAR_AMOUNT)
    if near is None and amount.near:  # "1100亿美元是…单笔融资": the noun a copula equates it with
        nears = [h for h in hits if h.entry.kind is TermKind.AMOUNT_NEAR and h.entry.key == key]
        k = equated_with(norm, q.end, [(h.start, h.end) for h in nears])
        near = None if k is None else nears[k]
    # with `of: share`, a backer's figure in a breakdown of the round needs no `near` word
    if amount.near and near is None and amount.of != "share":
        return None
    if near is not None and nearer(hits, key, norm, q, near):
        return None
    decided = None
    sides = (
        (_CONFIRMS, amount.confirms, amount.contradicts),
        (_CONTRADICTS, amount.contradicts, amount.confirms),
    )
    for stance, ranges, opposite in sides:
        hit = next((r for r in ranges if in_range(q, r, opposite, amount.slack)), None)
        if hit:
            decided = stance, hit
            break
    if decided is None:  # checked before the role, which costs more
        return None
    role, word = _kind(q, pool, norm, kinds)
    if amount.near and near is None:  # only `of: share` comes here
        if not role:
            role, word = listed_share(norm, hits, q)
        if role != "share":
            return None
    valuation = role == "valuation"
    if amount.of == "valuation" or (amount.of == "money" and not q.unit):
        keep = (amount.of == "valuation") == valuation
    else:
        keep = amount.of in ("any", "money") or role in (amount.of, "")  # "": nothing says
    if not keep:
        return None
    label = f'amount "{raw[q.start : q.end]}" = {q.describe()}' + (
        " (valuation)" if valuation else ""
    )
    if role and not valuation:
        whose = holder(rule, hits, q, word)
        label += f', {whose}\'s {role} ("{word}")' if whose else f', {role} ("{word}")'
    if near is not None:
        label += f' near "{near.entry.phrase}"'
    stance, hit = decided
    what = f"{label} in {range(hit)}"
    kind = EvidenceKind.AMOUNT
    return Item(stance, BASE, q.start, q.end, kind, what, valuation=valuation, part=f"amount[{j}]")


def split_replaced(
    items: list[Item], norm: str, values: dict[EvidenceKind, list[tuple[int, int]]]
) -> tuple[list[Item], list[tuple[Item, str]]]:
    """Items whose value a later one replaced ("pushed from the spring to next year", 从1000亿
    下调至300亿) set apart, each with the phrase that replaced it: the old value is history, the
    new one is the news."""
    kept, gone = [], []
    for item in items:
        later = values.get(item.kind, [])
        phrase = replaced(norm, item.start, item.end, later) if later else None
        if phrase is None:
            kept.append(item)
        else:
            gone.append((item, phrase))
    return kept, gone


def part_mismatch(found: Sequence[tuple[object, object, Item]]) -> str | None:
    """A claim with several parts (the round's size and its valuation; the timing) is wrong if
    one part is: when one sentence confirms one part and contradicts another that nothing
    confirms, as firmly, the claim is contradicted ("closed a $110 billion round at the expected
    $730 billion valuation"). Returns the reason, or None."""
    confirmed = {item.part for *_, item in found if item.stance == _CONFIRMS}
    for seg, span, item in found:  # (segment, sentence span, item) as the engine keeps them
        if item.stance != _CONTRADICTS or item.hedged or item.part in confirmed | {""}:
            continue
        agree = [
            other
            for s, sp, other in found
            if s is seg and sp == span and other.stance == _CONFIRMS and other.part
        ]
        if agree and item.confidence >= max(other.confidence for other in agree):
            return (
                f"{item.part} contradicts while {agree[0].part} confirms in the same sentence: "
                "a clear mismatch on one part contradicts the claim"
            )
    return None


# "including $30 billion from Nvidia", "其中包括软银300亿美元、英伟达300亿美元": a round broken
# down by backer, each figure written right after its backer's name (or after "from").
_BREAKDOWN = re.compile(r"(?<![a-z])(?:including|includes|among them)(?![a-z])|[:：]|包括|其中")
_NAME_GAP = re.compile(r"\s*")


def listed_share(norm: str, hits: list[Hit], q: Quantity) -> tuple[str, str]:
    """("share", name) when q is one backer's figure in a breakdown of a round: the name stands
    right before it (Nvidia $30 billion, 英伟达300亿美元) after a word that opens the list
    (including, 其中, 包括, a colon); else ("", "")."""
    if not _BREAKDOWN.search(norm, max(0, q.start - 80), q.start):
        return "", ""
    for h in hits:
        named = h.entry.kind in (TermKind.ALIAS, TermKind.RIVAL)
        if named and h.end <= q.start and _NAME_GAP.fullmatch(norm, h.end, q.start):
            return "share", h.entry.phrase
    return "", ""


def holder(rule: ClaimRule, hits: list[Hit], q: Quantity, word: str) -> str:
    """The name an amount is written with: after "from" ("$5 billion from Globex"), else the
    nearest name (of the claim's first subject group, or a rival) before it; "" when none."""
    primary = next(iter(rule.subject))
    names = [
        h
        for h in hits
        if h.entry.kind is TermKind.RIVAL
        or (h.entry.kind is TermKind.ALIAS and h.entry.key == primary)
    ]
    if word == "from":
        after = [h for h in names if q.end <= h.start <= q.end + 30]
        return min(after, key=lambda h: h.start).entry.phrase if after else ""
    before = [h for h in names if q.start - 60 <= h.end <= q.start]
    return max(before, key=lambda h: h.end).entry.phrase if before else ""


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
            items.append(
                Item(_CONFIRMS, BASE, d.start, d.end, _DATE, f"{label} (inside)", part="when")
            )
        elif share == 0 and rule.when.outside == "contradicts":
            items.append(
                Item(_CONTRADICTS, BASE, d.start, d.end, _DATE, f"{label} (outside)", part="when")
            )
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


def direction_items(rule: ClaimRule, norm: str, raw: str, hits: list[Hit], end: int) -> list[Item]:
    """Moves of the claim's metric: its own name moving the claim's way confirms, the other way
    contradicts; a rival moving the other way confirms."""
    assert rule.direction is not None
    metrics = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.METRIC]
    if not metrics:
        return []
    primary = next(iter(rule.subject))
    own = {
        (h.start, h.end) for h in hits if h.entry.kind is TermKind.ALIAS and h.entry.key == primary
    }
    rivals = {(h.start, h.end) for h in hits if h.entry.kind is TermKind.RIVAL}
    start = min(h.start for h in hits)
    items = []
    for move in find_moves(norm, start, end, metrics, sorted(own | rivals)):
        name = raw[move.name_start : move.name_end]
        span = (move.name_start, move.name_end)
        label = f'direction: {name}\'s {rule.direction.metric[0]} {move.way} ("{move.word}")'
        if span in own:
            stance = _CONFIRMS if move.way == rule.direction.moves else _CONTRADICTS
        elif move.way != rule.direction.moves:
            stance = _CONFIRMS
            label += f", a rival moving the other way than the claim's {rule.direction.moves}"
        else:
            continue
        items.append(
            Item(
                stance, BASE, move.start, move.end, EvidenceKind.DIRECTION, label, part="direction"
            )
        )
    return items
