"""Weighing a claim's evidence into one verdict: one vote per sentence and side, a headline
counting half again as much, two to one to decide, and hedged reports that do not add up to a
fact; a clear mismatch on one part of a claim with several parts contradicts it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from watch.claims.headcount import whole_after
from watch.claims.noun_timing import predicate_dated
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span, last_match, reading_width
from watch.models import Evidence, Stance, Verdict

TITLE_WEIGHT = 1.5  # a headline states the article's own news; the body also recaps
_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS


def _noisy_or(values: list[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1 - v
    return min(0.97, 1 - miss)


def decide(
    rule: ClaimRule,
    sentences: list[tuple[Segment, Span, list[Hit], str]],
    found: list[tuple[Segment, Span, Item]],
    notes: list[str],
) -> Verdict:
    best: dict[tuple[bool, int, Stance], tuple[Segment, Span, Item]] = {}
    for seg, span, item in found:  # one vote per sentence and side: its strongest item
        key = (seg.is_title, span.start, item.stance)
        if key not in best or best[key][2].confidence < item.confidence:
            best[key] = (seg, span, item)
    votes = {
        s: [v[2].confidence for k, v in best.items() if k[2] == s]
        for s in (_CONFIRMS, _CONTRADICTS)
    }
    total = {s: sum(v) for s, v in votes.items()}
    # A headline states the article's own news; body sentences also carry recaps.
    for (in_title, _, stance), v in best.items():
        total[stance] += v[2].confidence * (TITLE_WEIGHT - 1) if in_title else 0.0
    win, lose = (
        (_CONFIRMS, _CONTRADICTS)
        if total[_CONFIRMS] >= total[_CONTRADICTS]
        else (_CONTRADICTS, _CONFIRMS)
    )
    ratio = total[lose] / total[win] if total[win] else 1.0
    seg0, span0, _, subject0 = sentences[0]
    reasons = [f"subject: {subject0}" + (" (title)" if seg0.is_title else "")]
    mismatch = (
        part_mismatch(found) or parts_apart(found)
        if total[_CONTRADICTS] and total[_CONFIRMS]
        else None
    )
    if mismatch is not None:
        notes.append(mismatch)
        best = {k: v for k, v in best.items() if k[2] == _CONTRADICTS}
        votes[_CONFIRMS], total[_CONFIRMS] = [], 0.0
        win, lose, ratio = _CONTRADICTS, _CONFIRMS, 0.0
    if total[win] == 0 or ratio > 0.5:
        if total[win] > 0:
            both = f"{total[_CONFIRMS]:.2f} vs {total[_CONTRADICTS]:.2f}"
            notes.append(f"evidence both ways ({both}): a mention")
        reasons += notes + [r for *_, item in found for r in item.reasons]
        if not found and not notes:
            reasons += why_nothing(rule, sentences)
        return Verdict(rule.id, Stance.MENTIONS, 0.5, (evidence_of(seg0, span0),), tuple(reasons))
    chosen = sorted((v for k, v in best.items() if k[2] == win), key=lambda v: -v[2].confidence)[:3]
    # Several hedged reports do not add up to a fact: corroboration needs one firm item.
    firm = any(not item.hedged for k, (_, _, item) in best.items() if k[2] == win)
    support = _noisy_or(votes[win]) if firm else max(votes[win])
    confidence = round(support * (1 - ratio / 2), 3)
    # Every item weighed is shown: the strongest three for the verdict, the rest of its side,
    # then what was weighed against it (a "weaker evidence" line with nothing under it leaves
    # the reader guessing what fired).
    weighed = sorted(best.values(), key=lambda v: -v[2].confidence)
    for *_, item in chosen + [v for v in weighed if v[2].stance == win and v not in chosen]:
        reasons.extend(item.reasons)
    reasons.extend(notes)
    if total[lose]:
        reasons.append(f"weaker evidence for {lose}: {total[lose]:.2f} against {total[win]:.2f}")
        reasons.extend(r for *_, item in weighed if item.stance == lose for r in item.reasons)
    evidence = tuple(evidence_of(seg, span) for seg, span, _ in chosen)
    return Verdict(rule.id, win, confidence, evidence, tuple(reasons))


def why_nothing(
    rule: ClaimRule, sentences: list[tuple[Segment, Span, list[Hit], str]]
) -> list[str]:
    """Why sentences naming the claim's subject gave no evidence at all (`watch match` would
    otherwise show only the subject line): none holds a cue, and a `when.near` or amount `near`
    word stood without a date or an amount the engine read beside it."""
    near: dict[TermKind, str] = {}
    for seg, span, hits, _ in sentences:
        for h in hits:
            if (
                h.entry.kind in (TermKind.WHEN_NEAR, TermKind.AMOUNT_NEAR)
                and span.start <= h.start < span.end
            ):
                near.setdefault(h.entry.kind, seg.norm[h.start : h.end])
    where = "the headline" if len(sentences) == 1 and sentences[0][0].is_title else None
    count = where or f"{len(sentences)} sentence{'s' * (len(sentences) != 1)} naming the subject"
    out = [f"no evidence in {count}: no confirming or contradicting cue of the rule"]
    if TermKind.WHEN_NEAR in near:
        out.append(
            f'a `when.near` word ("{near[TermKind.WHEN_NEAR]}") with no date read beside it: '
            "the claim's timing is not judged"
        )
    wrapped = next((span for seg, span, *_ in sentences if _cut_at_wrap(seg.norm, span)), None)
    if wrapped is not None:
        out.append(
            f"the sentence at {wrapped.start} ends at a line break with no full stop: a line "
            "wrapped inside a sentence is read as two, and words past the break are not seen"
        )
    if TermKind.AMOUNT_NEAR in near:
        out.append(
            f'an amount `near` word ("{near[TermKind.AMOUNT_NEAR]}") with no amount read beside it'
        )
    return out


def _cut_at_wrap(norm: str, span: Span) -> bool:
    """A sentence ended by a bare line break inside a paragraph: no stop before it, and a
    lower-case word after it ("the plant\nentered mass production")."""
    tail = norm[span.end : span.end + 3]
    last = norm[span.end - 1 : span.end]
    return tail[:1] == "\n" and tail[1:2].islower() and last.isalnum()


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


def parts_apart(found: Sequence[tuple[object, object, Item]]) -> str | None:
    """`part_mismatch` across sentences: when everything that confirms names a part of the claim
    (a valuation, a date), none of it the part that a firm item contradicts, the claim is wrong
    on that part ("OpenAI announced $110 billion in new funding" ... "the pre-money valuation is
    $730 billion", of a claim of a $60 billion round at a $730 billion valuation). A cue or
    anything else that confirms the whole claim keeps it two-sided. Returns the reason, or
    None."""
    confirming = [item for *_, item in found if item.stance == _CONFIRMS]
    confirmed = {item.part for item in confirming}
    if not confirming or "" in confirmed:
        return None
    strongest = max(item.confidence for item in confirming)
    for *_, item in found:
        if (
            item.stance == _CONTRADICTS
            and not item.hedged
            and item.part
            and item.part not in confirmed
            and item.confidence >= strongest
        ):
            return (
                f"{item.part} contradicts while only {', '.join(sorted(confirmed))} confirms: "
                "a clear mismatch on one part contradicts the claim"
            )
    return None


def evidence_of(seg: Segment, span: Span) -> Evidence:
    return Evidence(seg.raw[span.start : span.end], span.start, span.end, seg.is_title)


# A figure decides the sign of the cue it sizes: "expects to eliminate about 2,000 roles" is a
# layoff (the cue confirms a claim of 8,000 job cuts) of a size far below the claim's (the figure
# contradicts), and "will invest US$700 million" is an investment of the wrong size for a $2
# billion claim. Only a confirming cue yields: one that contradicts ("delayed the $2 billion
# investment", "scrapped plans to cut 8,000 jobs") acts on the figure, which is then its object.
_FIGURE_AFTER = 24  # reading width from the end of a cue to its figure ("invest about US$700m")
_FIGURE_BEFORE = 6  # from a figure to a cue written after it ("2,000 job cuts", 2000人的裁员)
_CLAUSE_BREAK = re.compile(
    r"[，;；:：。!?！？()（）]|,(?!\d)|\.(?!\d)|(?<![a-z])(?:but|while|and)(?![a-z])"
)


def figure_decides(items: list[Item], norm: str) -> tuple[list[Item], list[tuple[Item, Item]]]:
    """The items of one sentence without each confirming cue whose own figure (an amount of the
    rule's in the same clause: inside a gapped cue, right after it or right before it)
    contradicts, and those (cue, figure) pairs: `settle` decides them once the sentence's
    context has been read, so the figure is not lost under a gapped cue that holds it."""
    figures = [i for i in items if i.kind is EvidenceKind.AMOUNT and i.stance is _CONTRADICTS]
    if not figures:
        return items, []
    amounts = [i for i in items if i.kind is EvidenceKind.AMOUNT]

    def size(cue: Item) -> Item | None:
        own = next((f for f in figures if _sizes(norm, cue, f)), None)
        if cue.kind is EvidenceKind.DATE:
            return own  # 年底产能约为45GWh: the date is when the figure holds, no news alone
        own = own if own is not None else _clause_size(norm, cue, amounts, figures)
        return own if own is not None else _whole_of_part(norm, cue, figures)

    return _set_aside(items, size, (EvidenceKind.CUE, EvidenceKind.DATE))


def _set_aside(
    items: list[Item],
    tie: Callable[[Item], Item | None],
    kinds: tuple[EvidenceKind, ...] = (EvidenceKind.CUE,),
) -> tuple[list[Item], list[tuple[Item, Item]]]:
    """The items without each confirming cue (or item of `kinds`) that `tie` pairs with an item
    deciding it, and those (cue, item) pairs, for `settle`."""
    kept, paired = [], []
    for item in items:
        other = tie(item) if item.kind in kinds and item.stance is _CONFIRMS else None
        if other is None:
            kept.append(item)
        else:
            paired.append((item, other))
    return kept, paired


def settle(cue: Item, figure: Item, judged: list[Item]) -> Item | str:
    """A cue set aside by `figure_decides`: the reason it yields when its figure still
    contradicts after the sentence's context (negation, background, hedges: `judged`, the
    sentence's items as read), else the cue itself, to be read as any other ("will not put
    $100bn into": the negation that cancels the figure is the cue's own)."""
    read = any(item is figure for item in judged) and figure.confidence > 0
    if read and figure.stance is _CONTRADICTS:
        own = "date" if figure.kind is EvidenceKind.DATE else "figure"
        return f"{cue.what} yields to its own {own}, {figure.what}"
    return cue


def _sizes(norm: str, cue: Item, figure: Item) -> bool:
    """True when `figure` is the size of what `cue` names: inside it, or in its clause right
    after or right before it."""
    if cue.start <= figure.start and figure.end <= cue.end:
        return True
    if cue.end <= figure.start:
        gap, reach = norm[cue.end : figure.start], _FIGURE_AFTER
    elif figure.end <= cue.start:
        gap, reach = norm[figure.end : cue.start], _FIGURE_BEFORE
    else:
        return False
    return len(gap) <= 3 * reach and reading_width(gap) <= reach and not _CLAUSE_BREAK.search(gap)


# A date that times a confirming cue: right before it in Chinese (推迟至下半年发布, 明年推出), right
# after it in English ("would be released in early 2027", "launches on September 9").
_DATE_THEN_CUE = re.compile(r"\s*(?:才|再|将|会|正式|才会|才能|将会)?\s*")
_CUE_THEN_DATE = re.compile(
    r"\s*(?:(?:in|on|during|around|sometime in|some time in)\s+)?(?:the\s+)?|"
    # a launch noun with its date's predicate: "general availability now expected in the first
    # quarter of 2027", "availability is slated for 2027", "the launch pushed to next year"
    # ("completion of the Beta sale has been moved to November": the noun's object between)
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)?"
    r"\s*(?:(?:is|are|was|were|has been|had been|now|still|currently)\s+){0,2}"
    r"(?:expected|slated|scheduled|planned|targeted|due|set|pushed(?: back| out)?|moved|"
    r"delayed|postponed|deferred|slipped|slipping|rescheduled|shifted)\s+(?:(?:to|for|until|till|"
    r"in|into|around|by)\s+)?(?:(?:in|on|during|early|late|mid-?)\s+)?(?:the\s+)?|"
    # the event noun, then the date it is moved to: 交割改在11月, 上市推迟至明年, 投产延后到三季度
    r"\s*(?:将|已|则|也|预计|或)?\s*(?:改在|改于|改为|改至|改到|推迟至|推迟到|推迟在|延至|延后至|"
    r"延后到|延到|押后至|顺延至|延迟至|延迟到)\s*"
)


def date_decides(items: list[Item], norm: str) -> tuple[list[Item], list[tuple[Item, Item]]]:
    """The items of one sentence without each confirming cue that a contradicting date times
    (the date outside the claim's window: "推迟至下半年发布" against a first-half launch), and
    those (cue, date) pairs for `settle`: a launch word tied to its own date is judged with that
    date, so a launch set for after the window is no launch in it."""
    if not any(i.kind is EvidenceKind.DATE and i.stance is _CONTRADICTS for i in items):
        return items, []
    dates = [i for i in items if i.kind is EvidenceKind.DATE]

    def own(cue: Item) -> Item | None:  # the nearest date that times the cue
        timing = [d for d in dates if _times(norm, cue, d)]
        return min(timing, key=lambda d: max(d.start - cue.end, cue.start - d.end), default=None)

    # The same event word again in its sentence with no date of its own is the same fact
    # (举行K28新厂量产典礼，宣布该厂正式投入量产): its date is the one the first one has.
    dated: dict[str, Item | None] = {}
    for item in items:
        if item.kind is EvidenceKind.CUE and item.stance is _CONFIRMS:
            word = norm[item.start : item.end]
            date = own(item)
            if date is not None or word not in dated:
                dated[word] = date

    def timed(cue: Item) -> Item | None:
        date = own(cue) or dated.get(norm[cue.start : cue.end])
        return date if date is not None and date.stance is _CONTRADICTS else None

    return _set_aside(items, timed)


def _times(norm: str, cue: Item, date: Item) -> bool:
    return times(norm, cue, date.start, date.end)


def times(norm: str, cue: Item, start: int, end: int) -> bool:
    """True when the date at norm[start:end] times the cue: right before or after it, or in
    its clause (`_OBJECT_THEN_DATE`, `_DATE_IN_CLAUSE`)."""
    if end <= cue.start:
        return (
            _DATE_THEN_CUE.fullmatch(norm, end, cue.start) is not None
            or _DATE_IN_CLAUSE.fullmatch(norm, end, cue.start) is not None
        )
    if cue.end <= start:
        return (
            _CUE_THEN_DATE.fullmatch(norm, cue.end, start) is not None
            or _OBJECT_THEN_DATE.fullmatch(norm, cue.end, start) is not None
            or predicate_dated(norm, cue.end, start, end)
        )
    return False


# An event and its own date are one fact, farther apart than a launch word and its date: in
# English the date after the verb's object ("completed the Globex deal in November", "began
# volume production at the plant in the fourth quarter"), in Chinese a date fronted in the
# cue's own clause (11月5日在高雄举行新厂量产典礼, 上周已完成收购). Only the object's own words
# may stand between in English (no clause word, no second verb: "the deal announced in March"
# dates the announcement), and no clause break or space in Chinese; of several, `date_decides`
# takes the date nearest the cue. The date may be quoted: "expects to take the decision on
# phase one \"in the first half of calendar 2027\"" (the company's own words).
_OBJECT_THEN_DATE = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|whose|where|when|while|after|before|since|until|till|"
    r"and|but|or|as|because|than|said|says|to|for|from|by|was|were|is|are|will|would|it|they)"
    r"(?![\w'-]))(?![\w'-]*ed(?![\w'-]))[\w'$%.-]+){1,6}?"
    r"\s+[\"']?(?:(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?)?"
)
_DATE_IN_CLAUSE = re.compile(r"[^，,。；;：:！？!?\s]{0,16}")  # (no space: a Chinese clause)


# A bare cue ("裁员", "job cuts") sized by a figure farther on in its clause: 把裁员人数由原定的
# 8000人下调至3000人, "will reduce the job cuts it plans this year to about 3,000". The figure
# the clause's change reaches ("to", 至) is the size; else its last figure.
_TO_SIZE = re.compile(
    r"(?:(?<![a-z])to|至|到|为)\s*(?:about|around|roughly|nearly|some|just over|just under|"
    r"约|近|逾|超过)?\s*$"
)


def _clause_size(norm: str, cue: Item, amounts: list[Item], figures: list[Item]) -> Item | None:
    """The contradicting figure that sizes a bare cue from anywhere after it in its clause, or
    None: a cue holding a figure of its own is sized by that one alone."""
    if any(cue.start <= a.start and a.end <= cue.end for a in amounts):
        return None
    after = [
        a
        for a in amounts
        if a.start >= cue.end and not _CLAUSE_BREAK.search(norm, cue.end, a.start)
    ]
    if not after:
        return None
    reached = [a for a in after if _TO_SIZE.search(norm, max(0, a.start - 16), a.start)]
    size = reached[-1] if reached else after[-1]
    return size if any(size is f for f in figures) else None


_COUNT = re.compile(r"\d[\d,.]*")


def _whole_of_part(norm: str, cue: Item, figures: list[Item]) -> Item | None:
    """The contradicting figure of the whole plan that a cue's own count is a leg of ("shed 900
    jobs in Germany, part of a plan to cut 3,000 jobs worldwide"): the leg is no size, the
    whole is. None when the cue holds no count, or its count is not such a leg."""
    count = last_match(_COUNT, norm[cue.start : cue.end])
    if count is None:
        return None
    reach = whole_after(norm, cue.start + count.start(), cue.end)
    return next((f for f in figures if cue.end <= f.start and f.end <= reach), None)
