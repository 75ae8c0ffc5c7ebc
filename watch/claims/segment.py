"""The title or the body of one document as the engine reads it: the text, its normalised
twin, and per-sentence caches of what the scanners found (markers, dates, amounts, measures,
comparisons), so that every claim judged on the same sentence reuses them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from watch.claims.amounts import Figures
from watch.claims.comparisons import Comparison, find_comparisons
from watch.claims.dates import DateSpan, find_dates
from watch.claims.idioms import meeting_veto, named_if, turn_clauses
from watch.claims.markers import Marker, find_markers
from watch.claims.measures import find_measures
from watch.claims.now_figure import bare_now_money
from watch.claims.quantities import Quantity, find_quantities
from watch.claims.recency import LatestNews, news_cycle_day
from watch.claims.records import record_of
from watch.claims.signals import EvidenceKind, Hit
from watch.claims.subunits import find_subunits
from watch.claims.text import Span, block_of, split_sentences
from watch.claims.told_change import bare_new_money, split_changes

if TYPE_CHECKING:  # `speakers` reads a Segment: imported for the annotation only
    from watch.claims.speakers import Officer


@dataclass
class Segment:
    """The title or the body: text, its normalised twin, and sentence caches."""

    raw: str
    norm: str
    is_title: bool
    blocks: dict[int, tuple[list[Span], list[int]]] = field(default_factory=dict)
    around: dict[int, tuple[list[Span], int]] = field(default_factory=dict)  # by position
    # the paragraphs split so far, by start, for a bisect (one entry per paragraph read)
    block_starts: list[int] = field(default_factory=list)
    block_ends: list[int] = field(default_factory=list)
    # sentence -> the next sentence when it points back to it, else None (`candidates`)
    follows: dict[Span, tuple[list[Span], int] | None] = field(default_factory=dict)
    # the list items, with the sentences of the lines that introduce their list (`candidates`)
    items: list[tuple[list[Span], list[Span]]] | None = None
    # the sentences holding a demonstrative description, with those before them (`candidates`)
    described: list[tuple[list[Span], int, list[Span]]] | None = None
    # the sentences describing a company without naming it (`story.described_party`)
    party: list[tuple[list[Span], int]] | None = None
    # sentence start -> whether it describes a company without naming it (`story`)
    describes: dict[int, bool] = field(default_factory=dict)
    # the sentences of a company's own post in its first person (`story.own_voice`)
    voice: list[tuple[list[Span], int]] | None = None
    # the officers' titles in the body (`speakers.officers`), and per rule, as `leads`, the
    # sentences where the headline's company speaks through one, with why (`speakers`)
    officers: list[Officer] | None = None
    speakers: dict[int, str] = field(default_factory=dict)
    answers: list[int] | None = None  # a Q&A's answer paragraphs (`speakers.answers`)
    # an interview's lines asked by an outlet-labelled interviewer (`interviewer`)
    asked_lines: list[tuple[int, int, str]] | None = None
    headline: str = ""  # the body's headline, normalised (a Q&A says so there)
    marker_cache: dict[int, list[Marker]] = field(default_factory=dict)
    date_cache: dict[int, list[DateSpan]] = field(default_factory=dict)
    amount_cache: dict[int, list[Quantity]] = field(default_factory=dict)
    measure_cache: dict[int, list[Quantity]] = field(default_factory=dict)
    comparison_cache: dict[int, list[Comparison]] = field(default_factory=dict)
    # a figure's role among the other figures of its sentence, for every rule (`amounts`)
    roles: dict[Figures, tuple[str, str]] = field(default_factory=dict)
    # a name's span -> whether it is written only as another company's parent (`owners`)
    parent_names: dict[tuple[int, int], bool] = field(default_factory=dict)
    # sentence start -> the rival in scope there, worked out when asked (`candidates.lead_at`)
    leads: dict[int, Callable[[], Hit | None]] = field(default_factory=dict)
    # the starts of the sentences judged only because they state the claim's own figure: a
    # mention, their cues not read (`own_figure`); per rule, as `leads`
    figure_only: set[int] = field(default_factory=set)
    # the starts of the answer sentences an analyst (no party) says of the company the question
    # asks about, with why: a mention, their cues not read (`asked_about`); per rule, as `leads`
    retold: dict[int, str] = field(default_factory=dict)
    source: Marker | None = None  # an attribution in the headline or lead covers the body
    published: date = date.min
    latest: LatestNews | None = None  # the document's latest dated news (`recency.LatestNews`)

    def markers(self, span: Span) -> list[Marker]:
        if span.start not in self.marker_cache:
            found = find_markers(self.norm, span.start, span.end)
            # 已于 + a day of the news's own cycle (已于当日完成) is the news, not a recap
            kept = [
                m
                for m in found
                if (m.word != "已于" or not news_cycle_day(self.norm, m.end, self.published))
                and not named_if(self.raw, m)  # the union IF Metall is no condition
                and not meeting_veto(self.norm, m)  # 股东大会否决 asks nothing
            ]
            if any(m.word == "不" for m in kept):  # 不降反升: 不 negates 降 only
                kept = sorted(kept + turn_clauses(self.norm, kept), key=lambda m: m.start)
            self.marker_cache[span.start] = kept
        return self.marker_cache[span.start]

    def dates(self, span: Span) -> list[DateSpan]:
        if span.start not in self.date_cache:
            self.date_cache[span.start] = find_dates(
                self.norm, self.published, span.start, span.end
            )
        return self.date_cache[span.start]

    def amounts(self, span: Span) -> list[Quantity]:
        if span.start not in self.amount_cache:
            found = find_quantities(self.norm, span.start, span.end)
            if any(q.qualifier == "range" for q in found):  # "from 490 to 640 rupees"
                found = split_changes(self.norm, found)
            if found:  # "cut the fee from Rs 640 to 490": Rs 490
                found = bare_new_money(self.norm, found, span.end)
                # "previously EUR 9 billion, now 10.2": EUR 10.2 billion
                found = bare_now_money(self.norm, found, span.end)
            small = find_subunits(self.norm, span.start, span.end)  # "80 satang" is 0.80 THB
            if small:
                taken = [(q.start, q.end) for q in found]
                found += [q for q in small if not any(a < q.end and q.start < b for a, b in taken)]
                found.sort(key=lambda q: q.start)
            self.amount_cache[span.start] = found
        return self.amount_cache[span.start]

    def measures(self, span: Span) -> list[Quantity]:
        """Counts, physical quantities and percentages in the sentence (`measures`)."""
        if span.start not in self.measure_cache:
            self.measure_cache[span.start] = find_measures(self.norm, span.start, span.end)
        return self.measure_cache[span.start]

    def values(
        self, span: Span, kinds: set[EvidenceKind], figured: bool = False
    ) -> dict[EvidenceKind, list[tuple[int, int]]]:
        """Where the sentence's amounts and dates are, for "from X to Y"
        (`signals.split_replaced`), for the kinds of item it holds: a sentence with cues alone
        need not be scanned for money (the measures are those already found), unless a cue
        holds a figure (`figured`: a cue "Rs 490" may be the value before a change)."""
        values: dict[EvidenceKind, list[tuple[int, int]]] = {}
        if EvidenceKind.AMOUNT in kinds or figured:
            money = [(q.start, q.end) for q in self.amounts(span)]
            found = self.measures(span) if figured else self.measure_cache.get(span.start, [])
            measures = [(q.start, q.end) for q in found]
            values[EvidenceKind.AMOUNT] = sorted(money + measures)
        if EvidenceKind.DATE in kinds:
            values[EvidenceKind.DATE] = [(d.start, d.end) for d in self.dates(span)]
        return values

    def comparisons(self, span: Span) -> list[Comparison]:
        if span.start not in self.comparison_cache:
            found = find_comparisons(self.norm, span.start, span.end)
            self.comparison_cache[span.start] = found
        return self.comparison_cache[span.start]

    def sentences_around(self, pos: int) -> tuple[list[Span], int]:
        """The sentences of the paragraph holding `pos`, and the index of the one holding it."""
        if self.is_title:
            return [Span(0, len(self.raw))], 0
        # every claim looks up the same alias positions: a lookup per position, not per claim
        found = self.around.get(pos)
        if found is None:
            found = self.around[pos] = self._sentences_around(pos)
        return found

    def _sentences_around(self, pos: int) -> tuple[list[Span], int]:
        # Any position inside a paragraph already split finds it by a bisect over the
        # paragraphs read so far: `block_of` gives the same span for every position in it.
        j = bisect_right(self.block_starts, pos) - 1
        cached = None
        if j >= 0 and pos < self.block_ends[j]:
            cached = self.blocks[self.block_starts[j]]
        else:
            line = block_of(self.norm, pos)
            block = record_of(self.raw, line)  # field lines are read together (`records`)
            cached = self.blocks.get(block.start)
            if cached is None:
                spans = (
                    [block]
                    if block != line
                    else split_sentences(self.norm, block.start, block.end, self.raw) or [block]
                )
                cached = self.blocks[block.start] = (spans, [span.end for span in spans])
                k = bisect_right(self.block_starts, block.start)
                self.block_starts.insert(k, block.start)
                self.block_ends.insert(k, block.end)
        spans, ends = cached
        return spans, min(bisect_right(ends, pos), len(spans) - 1)
