"""The evidence a figure gives: an amount in a sentence checked against a rule's `amount`
parts, for its unit and currency, its `near` phrase, its role (`of`: a share, the round, a
valuation; `roles` reads the words written with it), and the rule's ranges.

    amount_items(rule, money, norm, raw, hits, measures, comparisons)   -> `signals.Item`s
    in_range(q, bounds, opposite, slack)   a value inside a range, slack stopping at the middle
                                           of the gap to a range of the other stance
    listed_share / holder                  a backer's figure in a breakdown; whose figure it is

Pure functions over normalised text (`text.normalise`) and the hits of one rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from watch.claims.change_by import joined_by
from watch.claims.change_values import changed_to, old_of_change
from watch.claims.comparisons import Comparison
from watch.claims.currencies import fits
from watch.claims.estimated_at import estimated_at
from watch.claims.figure_nouns import nearer
from watch.claims.incidents import reads
from watch.claims.measures import find_measures, units_read
from watch.claims.not_the_figure import de_phrase, not_the_figure
from watch.claims.on_terms import terms_cue
from watch.claims.owners import EACH as _EACH
from watch.claims.quantities import Quantity, short
from watch.claims.rates import capacity_near
from watch.claims.roles import equated_with, led_for, names_share, role_of, valued_with_verb
from watch.claims.rules import AmountRule, ClaimRule
from watch.claims.signals import BASE, EvidenceKind, Hit, Item, TermKind, actors, near_hit
from watch.claims.text import normalise
from watch.models import Stance

_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS
NEAR_AMOUNT = 30  # `reading_width` between an amount and its `near` phrase


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


def near_unwanted(hits: list[Hit], key: str, norm: str, q: Quantity) -> bool:
    """True when a `not_near` phrase of amount rule `key`, which has no `near` list to weigh
    it against, sits within a few words of the amount: `not_near: [accepted]` alone drops
    "7,400 staff have accepted buyouts", as a user writing it means."""
    found = near_hit(hits, TermKind.AMOUNT_NOT_NEAR, key, norm, q.start, q.end, NEAR_AMOUNT)
    return found is not None


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
    roles: dict[Figures, tuple[str, str]] | None = None,
) -> list[Item]:
    """Evidence from the sentence's quantities: money (`quantities`), counts and percentages
    (`measures`) and figures given by comparison, each checked against the amount rules'
    unit, role (`of`), `near` phrases and ranges. `roles`: the segment's store of each figure's
    role (`Segment.roles`), shared by every rule judged on it."""
    items = []
    # the figure a comparison is made with ("far below the pledged $100 billion") is not the
    # value: the comparison stands in its place
    figures = {(c.figure.start, c.figure.end) for c in comparisons if c.figure is not None}
    plain = [q for q in quantities if (q.start, q.end) not in figures]
    kinds: dict[tuple[int, int, str], tuple[str, str]] = {}
    for j, amount in enumerate(rule.amount):
        pool: list[Quantity]
        if amount.unit == "money":
            priced = [c for c in comparisons if c.figure is None or not c.figure.unit]
            resolved = [c.resolve(amount.reference, amount.currency) for c in priced]
            pool = plain + [q for q in resolved if q is not None]
        else:
            pool = counted_pool(rule, j, measures, comparisons, figures, norm)
        for q in pool:
            item = _amount_item(rule, j, q, pool, norm, raw, hits, kinds, roles)
            if item is not None:
                items.append(item)
    return items


def counted_pool(
    rule: ClaimRule,
    j: int,
    measures: Sequence[Quantity],
    comparisons: Sequence[Comparison],
    figures: set[tuple[int, int]],
    norm: str = "",
) -> list[Quantity]:
    """The counts of amount rule j's unit, and the values its comparisons give ("well short of
    the figure", "far fewer than reported", 远低于网传数字): against the count compared with, else
    the rule's `reference`, else the figure the claim's statement gives ("cuts about 10,000
    jobs"). A count named only as the yardstick (`figures`) is no value itself."""
    amount = rule.amount[j]
    read = units_read(amount.unit, rule.statement)
    pool = [q for q in measures if reads(read, q, norm) and (q.start, q.end) not in figures]
    reference = amount.reference
    if reference is None:
        reference = stated(rule.statement, amount.unit)
    for c in comparisons:
        if c.figure is None or c.figure.unit in read:
            q = c.resolve(reference, None, amount.unit)
            if q is not None:
                pool.append(q)
    return pool


@lru_cache(maxsize=256)
def stated(statement: str, unit: str) -> float | None:
    """The count of `unit` a claim's statement gives (10,000 in "Intel cuts about 10,000
    jobs"; the low end of a range, 20,000 in "20,000 to 30,000 jobs"), or None."""
    read = units_read(unit, statement)
    found = [q for q in find_measures(normalise(statement)) if q.unit in read]
    return found[0].low if len(found) == 1 else None


@lru_cache(maxsize=256)
def counted(statement: str) -> str:
    """What the claim's own count of people counts ("cut", "hire", "total": `roles.people_role`)
    as its statement writes it ("Intel cuts about 10,000 jobs", 百度将裁员约8000人), or the role
    of any figure when the statement says nothing ("": a figure of any role is the claim's)."""
    norm = normalise(statement)
    found = find_measures(norm)
    for q in found:
        if q.unit == "people":
            others = [(o.start, o.end) for o in found if o is not q]
            return role_of(norm, q.start, q.end, others, q.unit)[0]
    return ""


@lru_cache(maxsize=256)
def _shares(near: tuple[str, ...]) -> bool:
    return any(names_share(normalise(phrase)) for phrase in near)


def _of_shares(near: list[str]) -> bool:
    """True when a `near` list names a share (invest, 出资): the words for a share stand in."""
    return _shares(tuple(near))


# A figure and the spans of the other figures of its pool: all its role depends on.
Figures = tuple[int, int, str, tuple[tuple[int, int], ...]]


def _kind(
    q: Quantity,
    pool: list[Quantity],
    norm: str,
    kinds: dict[tuple[int, int, str], tuple[str, str]],
    roles: dict[Figures, tuple[str, str]] | None = None,
) -> tuple[str, str]:
    """(role, word) of q, "valuation" included; computed once per quantity (`kinds`), and once
    per segment for a figure among the same others (`roles`)."""
    key = (q.start, q.end, q.unit)
    if key not in kinds:
        others = [o for o in pool if o is not q]
        figures = (q.start, q.end, q.unit, tuple((o.start, o.end) for o in others))
        if roles is not None and figures in roles:
            kinds[key] = roles[figures]
            return kinds[key]
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
        if roles is not None:
            roles[figures] = (role, word)
    return kinds[key]


# A Chinese figure with no scale (回购价格不超过每股12元, 股价报7元) is a price or per-share
# money: evidence for a rule whose ranges are that size (a dividend of 10 a share), never for
# a total in millions or billions.
_PRICE_SIZED = 1e5


def counts_for(q: Quantity, amount: AmountRule) -> bool:
    """Whether a money figure can be evidence for `amount`: in its currency (or none written),
    and, for a price, a rule about prices."""
    if not fits(q.currency, amount.currency):
        return False
    ends = [e for pair in (*amount.confirms, *amount.contradicts) for e in pair if e is not None]
    return not q.price or (bool(ends) and max(ends) < _PRICE_SIZED)


def _amount_item(
    rule: ClaimRule,
    j: int,
    q: Quantity,
    pool: list[Quantity],
    norm: str,
    raw: str,
    hits: list[Hit],
    kinds: dict[tuple[int, int, str], tuple[str, str]],
    roles: dict[Figures, tuple[str, str]] | None = None,
) -> Item | None:
    amount = rule.amount[j]
    if not counts_for(q, amount) or (amount.firm and q.qualifier == "up to"):
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
    if decided is None:  # checked first: the near words and the role cost more
        return None
    if not_the_figure(norm, q, amount.near, decided[1], decided[0] is _CONTRADICTS):
        return None
    key = str(j)
    near = near_hit(hits, TermKind.AMOUNT_NEAR, key, norm, q.start, q.end, NEAR_AMOUNT)
    if near is None and amount.near:  # "1100亿美元是…单笔融资": the noun a copula equates it with
        nears = [h for h in hits if h.entry.kind is TermKind.AMOUNT_NEAR and h.entry.key == key]
        spans = [(h.start, h.end) for h in nears]
        k = equated_with(norm, q.end, spans)
        k = changed_to(norm, q.start, spans) if k is None else k  # "规模从……扩大至" the figure
        k = estimated_at(norm, q.start, spans) if k is None else k  # "modelled ... at"
        near = None if k is None else nears[k]
    if near is None and amount.near:  # "由100亿美元缩减至约60亿美元": the old value's near word
        old = old_of_change(norm, q.start, pool)
        if old is not None:
            near = near_hit(hits, TermKind.AMOUNT_NEAR, key, norm, old.start, old.end, NEAR_AMOUNT)
    verb = -1
    if near is None and amount.near:  # "raise prices for its largest customers by around 12%"
        near = joined_by(norm, hits, key, q, [o for o in pool if o is not q])
        verb = -1 if near is None else near.start
    if near is None and amount.near:  # 以26.80港元方案获通过: the terms of the cue's act
        near = terms_cue(norm, hits, q)
    if near is None and amount.near:  # "83% of design", 产能利用率达83%: a utilisation
        near = capacity_near(norm, q, tuple(amount.near), key)
    # with `of: share`, a backer's figure in a breakdown of the round needs no `near` word
    if amount.near and near is None and amount.of != "share":
        return None
    owner = "" if near is None else de_phrase(norm, q, hits, key)
    if owner == "other" or (
        owner == "" and near is not None and nearer(hits, key, norm, q, near, pool)
    ):
        return None  # 8000万美元的首付: the noun after 的 is the figure's (`de_noun`)
    if not amount.near and near_unwanted(hits, key, norm, q):
        return None
    role, word = _kind(q, pool, norm, kinds, roles)
    wanted = counted(rule.statement) if q.unit == "people" and amount.of != "any" else ""
    if role and wanted and role != wanted:
        return None  # people hired or on the payroll, where the claim counts people cut
    if amount.near and near is None:  # only `of: share` comes here
        # A near list of investing words (invest, 出资) takes every word the engine knows for a
        # share ("a $30 billion investment", "is committing"); another near list ("this
        # round") is waived only for a backer's figure in a breakdown: "$30 billion from
        # Nvidia", 其中英伟达300亿美元, "Nvidia and SoftBank are each committing $30 billion".
        each = _EACH.search(norm, max(0, q.start - 30), min(len(norm), q.end + 8))
        if not role or (
            role == "share" and word != "from" and each is None and not _of_shares(amount.near)
        ):
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
        whose = holder(rule, hits, q, word, norm)
        label += f', {whose}\'s {role} ("{word}")' if whose else f', {role} ("{word}")'
    if near is not None:
        label += f' near "{near.entry.phrase}"'
    stance, hit = decided
    what = f"{label} in {bounds_text(hit)}"
    kind = EvidenceKind.AMOUNT
    part = f"amount[{j}]"
    return Item(stance, BASE, q.start, q.end, kind, what, valuation=valuation, part=part, verb=verb)


# "including $30 billion from Nvidia", "其中包括软银300亿美元、英伟达300亿美元": a round broken
# down by backer, each figure written right after its backer's name (or after "from").
_BREAKDOWN = re.compile(r"(?<![a-z])(?:including|includes|among them)(?![a-z])|[:：]|包括|其中")


_NAME_GAP = re.compile(r"\s*")
_BRACKET_OPEN = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_LIST_SEPARATOR = re.compile(r"[,，、;；]")


def listed_share(norm: str, hits: list[Hit], q: Quantity) -> tuple[str, str]:
    """("share", name) when q is one backer's figure in a breakdown of a round: the name stands
    right before it (Nvidia $30 billion, 英伟达300亿美元) after a word that opens the list
    (including, 其中, 包括, a colon), or the figure is bracketed right after the name ("Nvidia
    ($30B)", 英伟达（300亿美元）); else ("", "")."""
    bracketed = _BRACKET_CLOSE.match(norm, q.end) and _BRACKET_OPEN.search(
        norm, max(0, q.start - 4), q.start
    )
    if bracketed:  # "from Amazon, Nvidia ($30B) and SoftBank": the name the bracket follows
        opened = bracketed.start()
        for h in hits:
            named = h.entry.kind in (TermKind.ALIAS, TermKind.RIVAL)
            if named and h.end <= opened and _NAME_GAP.fullmatch(norm, h.end, opened):
                return "share", h.entry.phrase
    openers = list(_BREAKDOWN.finditer(norm, max(0, q.start - 80), q.start))
    if not openers:
        return "", ""
    # a colon opens a list only with a list after it ("backers: SoftBank $30 billion, Nvidia
    # ..."); "WSJ: Nvidia's $100 billion plan stalls" is a headline's source
    opener = openers[-1]  # the nearest
    separated = _LIST_SEPARATOR.search(norm, opener.end(), min(len(norm), q.end + 20))
    if opener.group() in ":：" and separated is None:
        return "", ""
    for h in hits:
        named = h.entry.kind in (TermKind.ALIAS, TermKind.RIVAL)
        if named and h.end <= q.start and _NAME_GAP.fullmatch(norm, h.end, q.start):
            return "share", h.entry.phrase
    return "", ""


def holder(rule: ClaimRule, hits: list[Hit], q: Quantity, word: str, norm: str) -> str:
    """The name an amount is written with: after "from" ("$5 billion from Globex"), else the
    nearest name (of the claim's first subject group, or a rival) before it; "" when none."""
    names = actors(rule, hits)
    if word == "from":
        after = [h for h in names if q.end <= h.start <= q.end + 30]
        return min(after, key=lambda h: h.start).entry.phrase if after else ""
    before = [h for h in names if q.start - 60 <= h.end <= q.start]
    if not before:
        return ""
    owner = max(before, key=lambda h: h.end)
    after = [h for h in names if q.end <= h.start <= q.end + 40]
    company = min(after, key=lambda h: h.start) if after else None
    if company is not None and led_for(
        norm, (owner.start, owner.end), q.start, q.end, company.start
    ):
        return company.entry.phrase  # "Amazon is leading a $110 billion round for OpenAI"
    return owner.entry.phrase


def bounds_text(r: tuple[float | None, float | None]) -> str:
    """A rule's range as the reasons show it: [20B, 30B], [-, 48B]."""
    return f"[{'-' if r[0] is None else short(r[0])}, {'-' if r[1] is None else short(r[1])}]"


def within(q: Quantity, low: float | None, high: float | None, tolerance: float = 0.05) -> bool:
    """True when all of q's range lies inside [low, high] (open ends allowed), with a small
    tolerance (a rule's `slack`) so "about $30 billion" sits inside [20B, 30B]."""
    if low is not None and q.low < low * (1 - tolerance):
        return False
    return not (high is not None and q.high > high * (1 + tolerance))


def in_range(
    q: Quantity,
    bounds: tuple[float | None, float | None],
    opposite: Sequence[tuple[float | None, float | None]],
    tolerance: float = 0.05,
) -> bool:
    """`within`, except that the slack reaches toward a range of the other stance at most to
    the middle of the gap between them: a rule that confirms [690B, 770B] and contradicts
    [820B, -] leaves 770B-820B undecided on purpose, so $800 billion (past the middle, 795B) is
    no confirmation; it is the other range's, if its own slack reaches it. A value at the very
    middle is neither's."""
    low, high = bounds
    if not within(q, low, high, tolerance):
        return False
    # the middles of the gaps to the ranges of the other stance below and above this one
    floors = [
        (o_high + low) / 2
        for _, o_high in opposite
        if low is not None and o_high is not None and o_high <= low
    ]
    ceilings = [
        (high + o_low) / 2
        for o_low, _ in opposite
        if high is not None and o_low is not None and o_low >= high
    ]
    if low is not None and q.low < low and any(q.low <= floor for floor in floors):
        return False
    return not (high is not None and q.high > high and any(q.high >= c for c in ceilings))
