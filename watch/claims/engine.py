"""The claim engine: a document in, one verdict per claim whose subject it is about, out.

    Matcher(rules)            one Aho-Corasick automaton over every rule's aliases, cues and
                              `near` phrases (normalised: simplified Chinese, lower case)
    Matcher.judge(document)   scan title and text once -> rules whose alias groups all occur
                              -> sentences around the alias hits (split only there)
                              -> evidence per sentence: cues, amounts, dates, each checked for
                                 owner, question, background, negation and hedges
                              -> Verdict(stance, confidence, evidence, reasons)

Pure: no clock, no I/O. Evidence offsets point into `Document.text`; evidence found in the title
has offsets into `Document.title` instead, and the verdict's reasons say "title" for it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import ahocorasick

from watch.claims.dates import DateSpan, find_dates, overlap
from watch.claims.quantities import Quantity, find_quantities, within
from watch.claims.rules import ClaimRule
from watch.claims.text import (
    Marker,
    Span,
    accept_hit,
    block_of,
    find_markers,
    is_cjk,
    normalise,
    quote_spans,
    scoped,
    sentence_opening,
    split_sentences,
    width,
)
from watch.models import Document, Evidence, Stance, Verdict

BASE = 0.85  # one clean piece of evidence
FACTORS = {"attribution": 0.92, "speculation": 0.7, "modal": 0.7, "flip": 0.85}
NEAR_AMOUNT = 30  # `width` between an amount and its `near` phrase
NEAR_DATE = 70
NEGATION_REACH = 36
DENIAL_REACH = 60  # "denied a newspaper report that it would delay ..."
BACKGROUND_REACH = 30
HEDGE_REACH = 60
PENDING_REACH = 24
PAST_DAYS = 45  # a date that ended this long before publication recalls old news
TITLE_WEIGHT = 1.5  # a headline states the article's own news; the body also recaps
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


@dataclass(frozen=True)
class _Entry:
    rule: int
    kind: str  # alias | cue | background | other | amount_near | when_near
    key: str  # alias group, cue polarity, or amount rule index
    phrase: str  # as written in the rule


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    entry: _Entry


@dataclass
class _Segment:
    """The title or the body: text, its normalised twin, and sentence caches."""

    raw: str
    norm: str
    is_title: bool
    blocks: dict[int, list[Span]] = field(default_factory=dict)
    marker_cache: dict[int, list[Marker]] = field(default_factory=dict)
    date_cache: dict[int, list[DateSpan]] = field(default_factory=dict)
    amount_cache: dict[int, list[Quantity]] = field(default_factory=dict)
    published: date = date.min

    def markers(self, span: Span) -> list[Marker]:
        if span.start not in self.marker_cache:
            self.marker_cache[span.start] = find_markers(self.norm, span.start, span.end)
        return self.marker_cache[span.start]

    def dates(self, span: Span) -> list[DateSpan]:
        if span.start not in self.date_cache:
            self.date_cache[span.start] = find_dates(
                self.norm, self.published, span.start, span.end
            )
        return self.date_cache[span.start]

    def amounts(self, span: Span) -> list[Quantity]:
        if span.start not in self.amount_cache:
            self.amount_cache[span.start] = find_quantities(self.norm, span.start, span.end)
        return self.amount_cache[span.start]

    def sentences_around(self, pos: int) -> tuple[list[Span], int]:
        """The sentences of the paragraph holding `pos`, and the index of the one holding it."""
        if self.is_title:
            return [Span(0, len(self.raw))], 0
        block = block_of(self.norm, pos)
        spans = self.blocks.get(block.start)
        if spans is None:
            spans = split_sentences(self.norm, block.start, block.end) or [block]
            self.blocks[block.start] = spans
        for i, span in enumerate(spans):
            if pos < span.end:
                return spans, i
        return spans, len(spans) - 1


@dataclass
class _Item:
    """One piece of evidence in one sentence."""

    stance: Stance
    confidence: float
    start: int
    end: int
    what: str  # e.g. cue "never a commitment"
    reasons: list[str] = field(default_factory=list)
    hedged: bool = False


class Matcher:
    """Judges documents against a fixed set of claim rules."""

    def __init__(self, rules: Sequence[ClaimRule]) -> None:
        self.rules = list(rules)
        table: dict[str, list[_Entry]] = defaultdict(list)
        for i, rule in enumerate(self.rules):
            for group, aliases in rule.subject.items():
                for alias in aliases:
                    table[normalise(alias.strip())].append(_Entry(i, "alias", group, alias))
            for stance, cues in ((_CONFIRMS, rule.confirms), (_CONTRADICTS, rule.contradicts)):
                for cue in cues:
                    table[normalise(cue.strip())].append(_Entry(i, "cue", stance.value, cue))
            for kind, phrases in (
                ("background", rule.background),
                ("pending", rule.pending),
                ("other", rule.rivals),
                ("overdue", rule.overdue),
            ):
                for phrase in phrases:
                    table[normalise(phrase.strip())].append(_Entry(i, kind, "", phrase))
            for kind, phrases in (
                ("choice", rule.choice.verbs if rule.choice else []),
                ("reported", rule.reported_by),
            ):
                for phrase in phrases:
                    table[normalise(phrase.strip())].append(_Entry(i, kind, "", phrase))
            for j, amount in enumerate(rule.amount):
                for phrase in amount.near:
                    table[normalise(phrase.strip())].append(
                        _Entry(i, "amount_near", str(j), phrase)
                    )
                for phrase in amount.not_near:
                    table[normalise(phrase.strip())].append(_Entry(i, f"not_near{j}", "", phrase))
            for phrase in rule.when.near if rule.when else ():
                table[normalise(phrase.strip())].append(_Entry(i, "when_near", "", phrase))
        self._automaton = ahocorasick.Automaton()
        for phrase, entries in table.items():
            pairs = frozenset((e.rule, e.key) for e in entries if e.kind == "alias")
            self._automaton.add_word(phrase, (phrase, tuple(entries), pairs))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    # --- scanning ---------------------------------------------------------------------------

    def _scan(
        self, norm: str, present: set[tuple[int, str]]
    ) -> list[tuple[int, int, int, tuple[_Entry, ...]]]:
        """Every phrase occurrence that passes the word-boundary check, as (start, end of the
        plain match or -1, end with an inflection or -1, entries); adds the (rule, alias group)
        pairs seen to `present`. Per-rule work waits until a rule's groups are all present."""
        found: list[tuple[int, int, int, tuple[_Entry, ...]]] = []
        if self._empty or not norm:
            return found
        for stop, (phrase, entries, pairs) in self._automaton.iter(norm):
            start = stop - len(phrase) + 1
            plain_end = accept_hit(norm, start, stop + 1)
            inflected_end = plain_end if plain_end >= 0 else accept_hit(norm, start, stop + 1, True)
            if inflected_end < 0:
                continue
            if pairs and plain_end >= 0:
                present |= pairs
            found.append((start, plain_end, inflected_end, entries))
        return found

    def judge(self, doc: Document) -> list[Verdict]:
        """Verdicts for the claims whose subject the document is about, in rule order.

        Never raises on odd text (empty, huge, unpunctuated, control characters); the cost is
        one automaton pass plus work proportional to the sentences around subject hits."""
        segments = [
            _Segment(doc.title, normalise(doc.title), True, published=doc.published),
            _Segment(doc.text, normalise(doc.text), False, published=doc.published),
        ]
        present: set[tuple[int, str]] = set()
        scans = [self._scan(seg.norm, present) for seg in segments]
        groups = Counter(rule for rule, _ in present)
        active = {i for i, n in groups.items() if n == len(self.rules[i].subject)}
        if not active:
            return []
        per_rule: dict[int, list[list[_Hit]]] = {i: [[], []] for i in active}
        for k, scan in enumerate(scans):
            for start, plain_end, inflected_end, entries in scan:
                for entry in entries:
                    if entry.rule in active:
                        end = plain_end if entry.kind == "alias" else inflected_end
                        if end >= 0:
                            per_rule[entry.rule][k].append(_Hit(start, end, entry))
        verdicts = []
        for i in sorted(active):
            rule, per_segment = self.rules[i], per_rule[i]
            verdict = self._judge_rule(rule, segments, per_segment, doc.published)
            if verdict is not None:
                verdicts.append(verdict)
        return verdicts

    # --- one rule ---------------------------------------------------------------------------

    def _judge_rule(
        self, rule: ClaimRule, segments: list[_Segment], hits: list[list[_Hit]], published: date
    ) -> Verdict | None:
        sentences: list[tuple[_Segment, Span, list[_Hit], str]] = []
        for seg, seg_hits in zip(segments, hits, strict=True):
            sentences.extend(self._candidates(rule, seg, seg_hits))
        if not sentences:
            return None
        found: list[tuple[_Segment, Span, _Item]] = []
        notes: list[str] = []
        for seg, span, span_hits, _ in sentences:
            for item in self._evidence(rule, seg, span, span_hits, published):
                if item.confidence > 0:
                    found.append((seg, span, item))
                else:
                    notes.extend(item.reasons)
        return _decide(rule, sentences, found, notes)

    def _candidates(
        self, rule: ClaimRule, seg: _Segment, hits: list[_Hit]
    ) -> list[tuple[_Segment, Span, list[_Hit], str]]:
        """Sentences holding an alias whose paragraph neighbourhood (`window`) holds every group."""
        aliases = [h for h in hits if h.entry.kind == "alias"]
        by_sentence: dict[Span, set[str]] = defaultdict(set)
        layout: dict[Span, tuple[list[Span], int]] = {}
        for h in aliases:
            spans, k = seg.sentences_around(h.start)
            by_sentence[spans[k]].add(h.entry.key)
            layout[spans[k]] = (spans, k)
        out = []
        for span, (spans, k) in sorted(layout.items(), key=lambda kv: kv[0].start):
            groups: set[str] = set()
            for other in spans[max(0, k - rule.window) : k + rule.window + 1]:
                groups |= by_sentence.get(other, set())
            if len(groups) == len(rule.subject):
                inside = [h for h in hits if span.start <= h.start and h.end <= span.end]
                found = ", ".join(
                    f'{h.entry.key}="{seg.raw[h.start : h.end]}"'
                    for h in inside
                    if h.entry.kind == "alias"
                )
                out.append((seg, span, inside, found))
        return out

    def _evidence(
        self, rule: ClaimRule, seg: _Segment, span: Span, hits: list[_Hit], published: date
    ) -> list[_Item]:
        norm, raw = seg.norm, seg.raw
        items: list[_Item] = []
        for h in hits:
            if h.entry.kind == "cue":
                items.append(
                    _Item(
                        Stance(h.entry.key), BASE, h.start, h.end, f'cue "{raw[h.start : h.end]}"'
                    )
                )
            elif h.entry.kind == "overdue" and rule.deadline and published > rule.deadline:
                what = f'cue "{raw[h.start : h.end]}" after the deadline {rule.deadline}'
                items.append(_Item(_CONTRADICTS, BASE, h.start, h.end, what))
        if rule.choice:
            items.extend(_choice_items(rule, raw, hits))
        if rule.amount:
            items.extend(_amount_items(rule, seg.amounts(span), norm, raw, hits))
        if rule.when:
            items.extend(_date_items(rule, seg.dates(span), hits, norm, published))
        if not items:
            return []
        items = _resolve_overlaps(items)
        past = [
            Marker("background" if is_cjk(d.text[0]) else "background_post", d.text, d.start, d.end)
            for d in seg.dates(span)
            if d.last < published - timedelta(days=PAST_DAYS)
        ]
        markers = (
            seg.markers(span)
            + past
            + [
                Marker(h.entry.kind, h.entry.phrase, h.start, h.end)
                for h in hits
                if h.entry.kind in ("background", "pending")
            ]
        )
        where = "title" if seg.is_title else f"sentence at {span.start}"
        if items and rule.reported_by and not any(h.entry.kind == "reported" for h in hits):
            return [
                _drop(
                    item,
                    f"{item.what} ({where}) ignored: no fresh statement or filing (reported_by)",
                )
                for item in items
            ]
        return [_adjust(rule, item, norm, span, hits, markers, where) for item in items]


# --- evidence ----------------------------------------------------------------------------------


def _near(
    hits: list[_Hit], kind: str, key: str, norm: str, start: int, end: int, reach: int
) -> _Hit | None:
    for h in hits:
        if h.entry.kind != kind or h.entry.key != key:
            continue
        gap = (
            norm[h.end : start] if h.end <= start else norm[end : h.start] if h.start >= end else ""
        )
        if width(gap) <= reach:
            return h
    return None


def _resolve_overlaps(items: list[_Item]) -> list[_Item]:
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


def _choice_items(rule: ClaimRule, raw: str, hits: list[_Hit]) -> list[_Item]:
    """A choice verb followed by a name: the claim's pick confirms, a rival contradicts."""
    assert rule.choice is not None
    names = [
        h
        for h in hits
        if h.entry.kind == "other" or (h.entry.kind == "alias" and h.entry.key == rule.choice.of)
    ]
    items = []
    for verb in (h for h in hits if h.entry.kind == "choice"):
        after = [n for n in names if n.start >= verb.end and n.start - verb.end <= 60]
        if not after:
            continue
        name = min(after, key=lambda n: n.start)
        stance = _CONTRADICTS if name.entry.kind == "other" else _CONFIRMS
        what = f'choice "{raw[verb.start : verb.end]}" ... "{raw[name.start : name.end]}"'
        items.append(_Item(stance, BASE, verb.start, verb.end, what))
    return items


def _gap(norm: str, h: _Hit, q: Quantity) -> int:
    return width(norm[h.end : q.start] if h.end <= q.start else norm[q.end : h.start])


def _nearer(hits: list[_Hit], kind: str, norm: str, q: Quantity, near: _Hit) -> bool:
    """True when a `not_near` phrase sits closer to the amount than its `near` phrase."""
    limit = _gap(norm, near, q)
    return any(
        h.entry.kind == kind and _gap(norm, h, q) < limit
        for h in hits
        if h.end <= q.start or h.start >= q.end
    )


def _is_valuation(norm: str, q: Quantity, others: list[Quantity]) -> bool:
    before, after = norm[max(0, q.start - 20) : q.start], norm[q.end : q.end + 14]
    for word in VALUATION:
        at = before.rfind(word)
        if at >= 0 and not any(q.start - len(before) + at < o.start < q.start for o in others):
            return True
        at = after.find(word)
        if at >= 0 and not any(q.end < o.start < q.end + at for o in others):
            return True
    return False


def _amount_items(
    rule: ClaimRule, quantities: list[Quantity], norm: str, raw: str, hits: list[_Hit]
) -> list[_Item]:
    items = []
    for q in quantities:
        valuation = _is_valuation(norm, q, [o for o in quantities if o is not q])
        for j, amount in enumerate(rule.amount):
            if amount.of != "any" and (amount.of == "valuation") != valuation:
                continue
            if q.currency not in (None, amount.currency) or (
                amount.firm and q.qualifier == "up to"
            ):
                continue
            near = _near(hits, "amount_near", str(j), norm, q.start, q.end, NEAR_AMOUNT)
            if amount.near and near is None:
                continue
            if near is not None and _nearer(hits, f"not_near{j}", norm, q, near):
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
                    items.append(_Item(stance, BASE, q.start, q.end, f"{label} in {_range(hit)}"))
                    break
    return items


def _range(r: tuple[float | None, float | None]) -> str:
    from watch.claims.quantities import _short

    return f"[{'-' if r[0] is None else _short(r[0])}, {'-' if r[1] is None else _short(r[1])}]"


def _date_items(
    rule: ClaimRule, dates: list[DateSpan], hits: list[_Hit], norm: str, published: date
) -> list[_Item]:
    assert rule.when is not None
    first, last = rule.when.confirms
    items = []
    for d in dates:
        if d.last < published - timedelta(days=PAST_DAYS):
            continue  # a date in the past dates old news, not the claim's timing
        near = _near(hits, "when_near", "", norm, d.start, d.end, NEAR_DATE)
        if rule.when.near and near is None:
            continue
        share = overlap(d, first, last)
        label = f'date "{d.text}" = {d.describe()} vs claim window {first}..{last}'
        if share > 0.5:
            items.append(_Item(_CONFIRMS, BASE, d.start, d.end, f"{label} (inside)"))
        elif share == 0 and rule.when.outside == "contradicts":
            items.append(_Item(_CONTRADICTS, BASE, d.start, d.end, f"{label} (outside)"))
        elif d.first <= first and last <= d.last:
            # "not in 2026" denies the whole window: only a negation makes this evidence.
            items.append(_Item(_CONFIRMS, 0.0, d.start, d.end, f"{label} (covers)"))
    return items


def _excluded(norm: str, h: _Hit) -> bool:
    """ "without Nvidia", 除英伟达外: a name that is explicitly left out owns nothing."""
    before = norm[max(0, h.start - 12) : h.start]
    return any(w in before for w in ("without", "excluding", "except", "除", "不含", "没有"))


def _owner(hits: list[_Hit], rule: ClaimRule, item: _Item, norm: str) -> _Hit | None:
    """The nearest subject-or-rival name before the item (else after it): whom it is about."""
    primary = next(iter(rule.subject))
    names = [
        h
        for h in hits
        if (h.entry.kind == "other" or (h.entry.kind == "alias" and h.entry.key == primary))
        and not (h.start < item.end and item.start < h.end)
        and not _excluded(norm, h)
    ]
    before = [h for h in names if h.end <= item.start]
    if before:
        return max(before, key=lambda h: h.end)
    after = [h for h in names if h.start >= item.end]
    return min(after, key=lambda h: h.start) if after else None


def _adjust(
    rule: ClaimRule,
    item: _Item,
    norm: str,
    span: Span,
    hits: list[_Hit],
    markers: list[Marker],
    where: str,
) -> _Item:
    """Apply owner, question, background, negation and hedges to one item; confidence 0 drops it."""
    what = f"{item.what} ({where})"
    # A choice names its own object; "at a $730 billion valuation" values the round's company.
    round_value = "(valuation)" in item.what and norm[
        max(0, item.start - 6) : item.start
    ].strip().endswith(("at a", "at"))
    skip_owner = item.what.startswith("choice") or round_value
    owner = None if skip_owner else _owner(hits, rule, item, norm)
    if owner is not None and owner.entry.kind == "other":
        return _drop(item, f'{what} ignored: it is about "{owner.entry.phrase}"')
    quoted = _quoted_claim(norm, span, markers, item)
    if quoted is not None:
        return _drop(item, f'{what} ignored: inside an earlier claim quoted after "{quoted.word}"')
    question = next((m for m in markers if m.kind == "question"), None)
    if question is not None:
        return _drop(item, f'{what} ignored: the sentence is a question ("{question.word}")')
    background = (
        sentence_opening(norm, markers, "background", span)
        or sentence_opening(norm, markers, "background_post", span)
        or scoped(norm, markers, "background", item.start, item.end, reach=BACKGROUND_REACH)
        or scoped(
            norm,
            markers,
            "background_post",
            item.start,
            item.end,
            reach=BACKGROUND_REACH,
            side="after",
        )
        or scoped(norm, markers, "background_clause", item.start, item.end, reach=len(norm))
    )
    if background is not None:
        return _drop(
            item, f'{what} is background ("{background.word}"): a mention, not new evidence'
        )
    pending = scoped(norm, markers, "pending", item.start, item.end, reach=PENDING_REACH)
    if pending is not None and item.confidence > 0:
        return _drop(item, f'{what} is only planned ("{pending.word}"): a mention')
    negation = scoped(
        norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH
    ) or scoped(norm, markers, "denial", item.start, item.end, reach=DENIAL_REACH)
    if negation is None:
        negation = scoped(
            norm, markers, "negation_post", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
    if negation is None and item.confidence == 0:  # 今年不会上市: the time word comes first
        negation = scoped(
            norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
    if negation is not None:
        timing = item.what.startswith("date") and item.stance == _CONFIRMS
        if item.confidence == 0 or timing:  # "will not list in 2026", 年内上市已无可能
            item.stance, item.confidence = _CONTRADICTS, BASE
            item.reasons.append(f'{what} negated by "{negation.word}": contradicts')
        elif getattr(rule.negation, item.stance.value) == "flip":
            flipped = _CONTRADICTS if item.stance == _CONFIRMS else _CONFIRMS
            item.reasons.append(f'{what} negated by "{negation.word}": {item.stance} -> {flipped}')
            item.stance, item.confidence = flipped, item.confidence * FACTORS["flip"]
        else:
            return _drop(item, f'{what} negated by "{negation.word}": cancelled')
    elif item.confidence == 0:
        return item
    else:
        item.reasons.append(f"{item.stance}: {what}")
    for kind in ("speculation", "modal"):
        hedge = scoped(norm, markers, kind, item.start, item.end, reach=HEDGE_REACH)
        if hedge is not None:
            item.confidence *= FACTORS[kind]
            item.hedged = True
            item.reasons.append(f'hedge "{hedge.word}" lowers it to {item.confidence:.2f}')
            break
    source = next((m for m in markers if m.kind == "attribution"), None)
    if source is not None:
        item.confidence *= FACTORS["attribution"]
        item.reasons.append(f'attributed ("{source.word}"): {item.confidence:.2f}')
    return item


def _quoted_claim(norm: str, span: Span, markers: list[Marker], item: _Item) -> Marker | None:
    """The claim-introducing word ("predicted", 声称) before a quote that holds the item."""
    for quote in quote_spans(norm, span.start, span.end):
        if quote.start < item.start and item.end <= quote.end:
            for m in markers:
                if (
                    m.kind == "quote_intro"
                    and m.end <= quote.start
                    and width(norm[m.end : quote.start]) <= 40
                ):
                    return m
    return None


def _drop(item: _Item, reason: str) -> _Item:
    item.confidence = 0.0
    item.reasons.append(reason)
    return item


# --- the verdict -------------------------------------------------------------------------------


def _noisy_or(values: list[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1 - v
    return min(0.97, 1 - miss)


def _decide(
    rule: ClaimRule,
    sentences: list[tuple[_Segment, Span, list[_Hit], str]],
    found: list[tuple[_Segment, Span, _Item]],
    notes: list[str],
) -> Verdict:
    best: dict[tuple[bool, int, Stance], tuple[_Segment, Span, _Item]] = {}
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
    if total[win] == 0 or ratio > 0.5:
        if total[win] > 0:
            both = f"{total[_CONFIRMS]:.2f} vs {total[_CONTRADICTS]:.2f}"
            notes.append(f"evidence both ways ({both}): a mention")
        reasons += notes + [r for *_, item in found for r in item.reasons]
        return Verdict(rule.id, Stance.MENTIONS, 0.5, (_evidence(seg0, span0),), tuple(reasons))
    chosen = sorted((v for k, v in best.items() if k[2] == win), key=lambda v: -v[2].confidence)[:3]
    # Several hedged reports do not add up to a fact: corroboration needs one firm item.
    firm = any(not item.hedged for k, (_, _, item) in best.items() if k[2] == win)
    support = _noisy_or(votes[win]) if firm else max(votes[win])
    confidence = round(support * (1 - ratio / 2), 3)
    for *_, item in chosen:
        reasons.extend(item.reasons)
    reasons.extend(notes)
    if total[lose]:
        reasons.append(f"weaker evidence for {lose}: {total[lose]:.2f} against {total[win]:.2f}")
    evidence = tuple(_evidence(seg, span) for seg, span, _ in chosen)
    return Verdict(rule.id, win, confidence, evidence, tuple(reasons))


def _evidence(seg: _Segment, span: Span) -> Evidence:
    return Evidence(seg.raw[span.start : span.end], span.start, span.end, seg.is_title)
