"""What one sentence says about a claim: the signals found near a rule's subject, each an
`Item` with a stance and a base confidence. `context` then decides what the sentence around
each signal does to it.

    TermKind, Term, Hit       a rule's phrase as the automaton finds it, and where it was found
    EvidenceKind, Item        one piece of evidence in one sentence
    choice_items, date_items, direction_items   a choice verb and its object, a date against
                              the claim's window, a metric moving (the amounts: `amounts`)
    resolve_overlaps, split_replaced            items that overlap, values a later one replaced
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from watch.claims.buyers import CONVERSE, buyer_before
from watch.claims.dates import DateSpan, overlap
from watch.claims.named_lateness import named_lateness
from watch.claims.rescheduled import scheduled_event
from watch.claims.revised_timing import revised_for
from watch.claims.roles import replaced
from watch.claims.rules import ClaimRule
from watch.claims.text import reading_width
from watch.claims.trends import find_moves
from watch.models import Stance

BASE = 0.85  # one clean piece of evidence
NEAR_DATE = 70  # `reading_width` between a date and its `near` phrase
PAST_DAYS = 45  # a date that ended this long before publication recalls old news
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
    # a compound inside which one vocabulary's phrases do not count (key: the vocabulary):
    # 延迟 is no <delay> in 低延迟
    NOT_INSIDE = "not_inside"
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
    idea: str = ""  # the vocabulary the phrase came from (<delay> -> "delay"); "" if written out


class Hit(NamedTuple):
    """One occurrence of a rule's phrase (a named tuple: the scan builds one per phrase and
    rule, and a tuple is built in C)."""

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
    # where the verb starts that a figure sizes through "by" ("raise prices for ... by 12%",
    # `change_by`): plan words and negation govern the figure from there; -1 for none
    verb: int = -1


def drop(item: Item, reason: str) -> Item:
    """Item `item` set to no weight, with why."""
    item.confidence = 0.0
    item.reasons.append(reason)
    return item


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


def own_names(rule: ClaimRule, hits: list[Hit]) -> list[Hit]:
    """The hits that name the claim's own subject (its first alias group), in hit order."""
    primary = next(iter(rule.subject))
    return [h for h in hits if h.entry.kind is TermKind.ALIAS and h.entry.key == primary]


def actors(rule: ClaimRule, hits: list[Hit]) -> list[Hit]:
    """The hits that name an actor: the claim's own subject (`own_names`) or a rival, in hit
    order."""
    primary = next(iter(rule.subject))
    return [
        h
        for h in hits
        if h.entry.kind is TermKind.RIVAL
        or (h.entry.kind is TermKind.ALIAS and h.entry.key == primary)
    ]


def resolve_overlaps(items: list[Item], norm: str = "") -> list[Item]:
    """Of two overlapping items that disagree, the one that starts first wins: in "replace the
    Gemini-based system" the verb decides, not the adjective inside its object. A figure inside
    a cue is the exception: in "cut about 6,500 jobs" the cue says what happened and the figure
    how much, so against a claim of 10,000 the figure decides."""
    kept = []
    for item in items:
        if any(
            o.stance != item.stance
            and _sized_by(o, item)
            and not _apart(norm, item, o)
            and not norm.startswith(_DECIDED_ON, item.start)
            for o in items
        ):
            continue
        rival = [
            o
            for o in items
            if o.stance != item.stance and o.start < item.end and item.start < o.end
        ]
        if not any(
            (o.start < item.start or (o.start == item.start and o.end > item.end))
            and not _sized_by(item, o)
            for o in rival
        ):
            kept.append(item)
    return kept


# A decision not taken on a thing named inside the cue (尚未就50亿美元投资作出决定): the figure is
# what is undecided, not the cue's size; the cue says what happened.
_DECIDED_ON = ("尚未就", "未就", "仍未就")


def _apart(norm: str, cue: Item, figure: Item) -> bool:
    """True when a space parts a cue from a figure in Chinese words after it: a headline's
    clauses (投资缩水 百亿美元计划恐仅剩六成), not the cue's size (裁员 8000人 is still one)."""
    if not norm or cue.end > figure.start:
        return False
    rest = norm[cue.end : figure.end]
    stripped = rest.lstrip()
    return len(stripped) < len(rest) and "\u4e00" <= stripped[:1] <= "\u9fff"


def _sized_by(figure: Item, cue: Item) -> bool:
    """True when `figure` is an amount that begins inside the cue `cue` ("cut ... jobs" around
    "about 6,500 jobs") or right after it (裁员约3000人, "laid off 6,500 workers")."""
    return (
        figure.kind is EvidenceKind.AMOUNT
        and cue.kind is EvidenceKind.CUE
        and cue.start <= figure.start <= cue.end + 1
    )


def cue_items(rule: ClaimRule, raw: str, hits: list[Hit], published: date) -> list[Item]:
    """The rule's cues in the sentence, and its `overdue` cues once the deadline has passed."""
    items = []
    for h in hits:
        if h.entry.kind is TermKind.CUE:
            what = f'cue "{raw[h.start : h.end]}"'
            items.append(Item(Stance(h.entry.key), BASE, h.start, h.end, EvidenceKind.CUE, what))
        elif h.entry.kind is TermKind.OVERDUE and rule.deadline and published > rule.deadline:
            what = f'cue "{raw[h.start : h.end]}" after the deadline {rule.deadline}'
            items.append(Item(_CONTRADICTS, BASE, h.start, h.end, EvidenceKind.OVERDUE, what))
    return items


def choice_items(rule: ClaimRule, raw: str, hits: list[Hit]) -> list[Item]:
    """A choice verb followed by a name: the claim's pick confirms, a rival contradicts."""
    assert rule.choice is not None
    names = [
        h
        for h in hits
        if h.entry.kind is TermKind.RIVAL
        or (h.entry.kind is TermKind.ALIAS and h.entry.key == rule.choice.of)
    ]
    owners = [
        h
        for h in hits
        if h.entry.kind is TermKind.ALIAS and h.entry.key == next(iter(rule.subject))
    ]
    items = []
    for verb in (h for h in hits if h.entry.kind is TermKind.CHOICE):
        if verb.entry.key == CONVERSE:  # the buyer's side: the buyer is the verb's subject
            # only a rival as the buyer counts: the named buyer's purchase is the claim's deal
            # retold (监管总局对顺丰收购嘉里业务一案进入审查), not a step of it
            found = buyer_before(verb, names, owners)
            if found is None or found.entry.kind is not TermKind.RIVAL:
                continue
            name = found
        else:
            after = [n for n in names if n.start >= verb.end and n.start - verb.end <= 60]
            if not after:
                continue
            name = min(after, key=lambda n: n.start)
        stance = _CONTRADICTS if name.entry.kind is TermKind.RIVAL else _CONFIRMS
        what = f'choice "{raw[verb.start : verb.end]}" ... "{raw[name.start : name.end]}"'
        items.append(Item(stance, BASE, verb.start, verb.end, EvidenceKind.CHOICE, what))
    return items


# a cue that holds a figure: digits or a Chinese numeral (normalised text)
FIGURED = re.compile(r"[\d一二两三四五六七八九十百千万亿]")


def split_replaced(
    items: list[Item], norm: str, values: dict[EvidenceKind, list[tuple[int, int]]]
) -> tuple[list[Item], list[tuple[Item, str]]]:
    """Items whose value a later one replaced ("pushed from the spring to next year", 从1000亿
    下调至300亿) set apart, each with the phrase that replaced it: the old value is history, the
    new one is the news. A cue holding a figure ("Rs 490", 八艘) is set apart when that figure
    is the value before a change ("to Rs 640, from Rs 490")."""
    kept, gone = [], []
    amounts = values.get(EvidenceKind.AMOUNT, [])
    for item in items:
        later = values.get(item.kind, [])
        phrase = replaced(norm, item.start, item.end, later) if later else None
        if item.kind is EvidenceKind.CUE and amounts:  # a cue "Rs 490" that is the old value
            inside = [(a, b) for a, b in amounts if item.start <= a and b <= item.end]
            phrase = next(filter(None, (replaced(norm, a, b, amounts) for a, b in inside)), None)
        if phrase is None:
            kept.append(item)
        else:
            gone.append((item, phrase))
    return kept, gone


def date_items(
    rule: ClaimRule, dates: list[DateSpan], hits: list[Hit], norm: str, published: date
) -> list[Item]:
    assert rule.when is not None
    first, last = rule.when.confirms
    items = []
    names = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.ALIAS]
    events = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.WHEN_NEAR]
    for d in dates:
        if d.last < published - timedelta(days=PAST_DAYS):
            continue  # a date in the past dates old news, not the claim's timing
        near = near_hit(hits, TermKind.WHEN_NEAR, "", norm, d.start, d.end, NEAR_DATE)
        near = near or _verb_across_object(hits, norm, d)
        if (
            rule.when.near
            and near is None
            and not named_lateness(norm, d, names)
            and not scheduled_event(events, norm, d)
            and not revised_for(names, norm, d)  # "licence now seen in second half"
        ):
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

# A date after the object of the claim's event verb times that verb: "completed its US$1.3
# billion acquisition of U.S. power equipment maker Solvera on Sept. 30". The object may run past
# `NEAR_DATE`, but it is one verb phrase: no clause break, no second verb or clause joined in.
OBJECT_REACH = 150
_OBJECT_GAP = re.compile(
    r"(?:(?![,;:!?()\"“”]|(?<!(?<![a-z])[a-z])\.\s|(?<![a-z])(?:and|or|but|that|which|who|whose|where|when|while|"
    r"as|after|before|since|until|will|would|could|should|may|might|said|says|is|are|was|were|"
    r"be|been|[a-z]+ed\s+(?:on|in|at|for|by))(?![a-z])).)*\s(?:on|in)\s+(?:the\s+)?"
)


def _verb_across_object(hits: list[Hit], norm: str, d: DateSpan) -> Hit | None:
    """The claim's event word (a `when.near` hit) whose object the date follows, else None."""
    for h in hits:
        gap = 0 < d.start - h.end <= OBJECT_REACH
        if (
            h.entry.kind is TermKind.WHEN_NEAR
            and gap
            and _OBJECT_GAP.fullmatch(norm, h.end, d.start)
        ):
            return h
    return None


def direction_items(rule: ClaimRule, norm: str, raw: str, hits: list[Hit], end: int) -> list[Item]:
    """Moves of the claim's metric: its own name moving the claim's way confirms, the other way
    contradicts; a rival moving the other way confirms."""
    assert rule.direction is not None
    metrics = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.METRIC]
    if not metrics:
        return []
    own = {(h.start, h.end) for h in own_names(rule, hits)}
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
