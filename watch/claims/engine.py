"""The claim engine: a document in, one verdict per claim whose subject it is about, out.

    Matcher(rules)            one Aho-Corasick automaton over every rule's aliases, cues and
                              `near` phrases (normalised: simplified Chinese, lower case)
    Matcher.judge(document)   the subject pass (`subjects`) -> scan title and text once
                              (`scanning`) ->
                              rules whose alias groups all occur
                              -> candidate sentences around the alias hits, split only there
                                 (`candidates`)
                              -> evidence per sentence: cues, choices, dates, moves (`signals`),
                                 amounts (`amounts`), each checked for owner, question,
                                 background, plan, negation and hedges (`context`)
                              -> one verdict from the evidence (`weighing`)

Pure: no I/O, and no clock but the backstop's (injected). Evidence offsets point into
`Document.text`; evidence found in the title has offsets into `Document.title` instead, and the
verdict's reasons say "title" for it. How much of a document is judged is bounded by the caps in
`watch.claims.limits`, each cut named in the reasons.

The package's modules, floor by floor, are listed in `watch/claims/__init__.py`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from watch.claims import cues, exact_case, incident_dates, limits
from watch.claims.automata import Phrases
from watch.claims.background import rule_background
from watch.claims.candidates import candidates, lead_at
from watch.claims.certainty import own_plan_now
from watch.claims.context import Sentence, adjust
from watch.claims.dated_nouns import noun_dated, when_dated
from watch.claims.deadline_met import already_checked, unchecked
from watch.claims.entitled import entitled
from watch.claims.figures import recalled_saying, report_saying, set_afresh
from watch.claims.former import former_states
from watch.claims.headline_dates import lead_dated_headline
from watch.claims.headline_doubt import headline_doubt
from watch.claims.hedges import headline_doubted
from watch.claims.idioms import in_name
from watch.claims.inherited import inherited_recap
from watch.claims.late import done_late
from watch.claims.listings import drop_listings
from watch.claims.lists import listed_statement
from watch.claims.markers import Marker
from watch.claims.objects import governed
from watch.claims.overlapped import share_background
from watch.claims.own_figure import FIGURE_ONLY
from watch.claims.own_period import period_markers
from watch.claims.part_of_recap import part_of_before, told_before
from watch.claims.past_dates import past_markers, told_by_made
from watch.claims.past_figures import recalled_figures
from watch.claims.planned import restated_plans
from watch.claims.recency import LatestNews
from watch.claims.rules import ClaimRule
from watch.claims.scanning import Scan, by_rule, rule_hits, scan
from watch.claims.segment import Segment
from watch.claims.sentence_items import sentence_items
from watch.claims.signals import (
    FIGURED,
    EvidenceKind,
    Hit,
    Item,
    TermKind,
    drop,
    resolve_overlaps,
    split_replaced,
)
from watch.claims.speakers import where_told
from watch.claims.state_start import opens_state
from watch.claims.stopped_figure import stopped_figures
from watch.claims.story import (
    headline_party,
    headline_speaker,
    story_names_all,
    story_source,
)
from watch.claims.subjects import SubjectPass
from watch.claims.tallies import tallied_before
from watch.claims.text import (
    Span,
    normalise,
    unwrap,
)
from watch.claims.topic_cues import restated_topic, yielded_word
from watch.claims.weekday_report import weekday_reports
from watch.claims.weeks_ago import weeks_ago
from watch.claims.weighing import date_decides, decide, figure_decides, settle
from watch.errors import NotJudged
from watch.models import Document, Stance, Verdict

# A claim is made from reporting of the days before (its seeds): from two weeks before `made`
# an article is news for it, before that it is the state the claim was made against.
NEWS_CYCLE = timedelta(days=14)
# the hits that name a company: a marker inside one is part of the name (`idioms.in_name`)
_NAMES = (TermKind.ALIAS, TermKind.RIVAL)


class Matcher:
    """Judges documents against a fixed set of claim rules."""

    def __init__(
        self,
        rules: Sequence[ClaimRule],
        *,
        budget: float | None = None,  # seconds; None: limits.BUDGET, read when built
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rules = list(rules)
        self._budget = limits.BUDGET if budget is None else budget
        self._clock = clock
        table = cues.terms(self.rules)
        # Rules whose hits need joining (gapped cues) or fencing (`exclude`) after the scan.
        self._refined = {
            t.rule
            for ts in table.values()
            for t in ts
            if t.parts > 1 or t.kind is TermKind.NOT_INSIDE
        } | {i for i, rule in enumerate(self.rules) if rule.exclude}
        phrases = []
        subjects: dict[str, frozenset[tuple[int, str]]] = {}  # for the subject pass
        for phrase, entries in table.items():
            pairs = frozenset((e.rule, e.key) for e in entries if e.kind is TermKind.ALIAS)
            owners = frozenset(e.rule for e in entries)
            phrases.append((phrase, (phrase, by_rule(entries), pairs, owners)))
            if pairs:
                subjects[phrase] = pairs
        self._automaton = Phrases(phrases)
        self._empty = not table
        self._exact = exact_case.table(self.rules)
        self._subjects = SubjectPass(self.rules, subjects, self._exact)

    # --- scanning ---------------------------------------------------------------------------

    def _scan(
        self, norm: str, present: set[tuple[int, str]], about: set[int], raw: str = ""
    ) -> Scan:
        """`scanning.scan` with this matcher's automaton and case table."""
        if self._empty or not norm:
            return []
        return scan(self._automaton, self._exact, norm, present, about, raw)

    def judge(self, doc: Document) -> list[Verdict]:
        """Verdicts for the claims whose subject the document is about, in rule order.

        Odd text (empty, huge, unpunctuated, control characters) is judged like any other; the
        cost is one automaton pass plus work proportional to the sentences around subject hits,
        within the caps of `watch.claims.limits`.

        Raises NotJudged when judging runs past the time budget (a backstop the caps keep
        out of reach)."""
        deadline = self._clock() + self._budget
        doc, cuts = limits.cut_document(doc)
        about = self._subjects.present([doc.title, doc.text])
        if not about:
            return []
        body = unwrap(doc.text)
        if body is not doc.text:  # a subject's words may be on two lines joined here
            about = self._subjects.present([doc.title, body])
        title = normalise(doc.title)
        segments = [
            Segment(doc.title, title, True, published=doc.published),
            Segment(body, normalise(body), False, published=doc.published, headline=title),
        ]
        segments[1].source = story_source(segments[0].norm, segments[1].norm, doc.title)
        latest = LatestNews((segments[0].norm, segments[1].norm), doc.published)
        for seg in segments:
            seg.latest = latest
        present: set[tuple[int, str]] = set()
        scans = [self._scan(seg.norm, present, about, seg.raw) for seg in segments]
        groups = Counter(rule for rule, _ in present)
        active = {i for i, n in groups.items() if n == len(self.rules[i].subject)}
        if not active:
            return []
        per_rule = rule_hits(scans, active)
        for i in active & self._refined:
            owner = next(iter(self.rules[i].subject))
            per_rule[i] = [
                drop_listings(cues.refine(h, seg.norm), seg.norm, owner)
                for h, seg in zip(per_rule[i], segments, strict=True)
            ]
            named = {
                h.entry.key for hs in per_rule[i] for h in hs if h.entry.kind is TermKind.ALIAS
            }
            if len(named) < len(self.rules[i].subject):  # an alias was only inside an exclusion
                del per_rule[i]
        active &= set(per_rule)
        verdicts = []
        for i in sorted(active):
            rule, per_segment = self.rules[i], per_rule[i]
            verdict = self._judge_rule(rule, segments, per_segment, doc.published, deadline)
            if verdict is not None:
                verdicts.append(verdict)
        if cuts:
            verdicts = [replace(v, reasons=v.reasons + tuple(cuts)) for v in verdicts]
        return verdicts

    # --- one rule ---------------------------------------------------------------------------

    def _judge_rule(
        self,
        rule: ClaimRule,
        segments: list[Segment],
        hits: list[list[Hit]],
        published: date,
        deadline: float,
    ) -> Verdict | None:
        sentences: list[tuple[Segment, Span, list[Hit], str]] = []
        cuts: list[str] = []
        story = story_names_all(rule, segments[1].norm, *hits)
        headline = frozenset(h.entry.key for h in hits[0] if h.entry.kind is TermKind.ALIAS)
        party = headline_party(rule, hits[0])
        for seg, seg_hits in zip(segments, hits, strict=True):
            sentences.extend(candidates(rule, seg, seg_hits, cuts, story, headline, party))
        if not sentences:
            return None
        weighed: list[tuple[Segment, Span, Item]] = []  # every item judged, those set aside too
        notes: list[str] = []
        source = segments[1].source
        if source is not None and any(
            h.entry.kind is TermKind.ALIAS and segments[0].norm[h.start : h.end] in source.word
            for h in hits[0]
        ):
            source = None  # "OpenAI财测曝光：..." labels the story with its subject: no source
        by_seg = dict(zip(map(id, segments), hits, strict=True))
        yielded: set[str] = set()  # the cue words set aside for their own figure or date
        for seg, span, span_hits, _ in sentences:
            if self._clock() > deadline:
                raise NotJudged(self._budget)
            if span.start in seg.figure_only:
                notes.append(FIGURE_ONLY)
                continue
            if span.start in seg.retold:  # an analyst's answer about the company asked about
                notes.append(seg.retold[span.start])
                continue
            told = bool(rule.reported_by) and listed_statement(seg, span, by_seg[id(seg)])
            for item in self._evidence(rule, seg, span, span_hits, published, source, told):
                weighed.append((seg, span, item))
                if item.confidence <= 0:
                    notes.extend(item.reasons)
                    yielded.add(yielded_word(seg, item) or "")
        found = [(seg, span, item) for seg, span, item in weighed if item.confidence > 0]
        found, restated = restated_topic(sentences, found, yielded - {""})
        found, lead_dated = lead_dated_headline(sentences, found, weighed)
        found = done_late(rule, sentences, found, weighed, published)
        verdict = decide(rule, sentences, found, notes + restated + lead_dated)
        if verdict.stance is not Stance.MENTIONS and published < rule.made - NEWS_CYCLE:
            verdict = replace(
                verdict,
                stance=Stance.MENTIONS,
                confidence=0.5,
                reasons=(
                    *verdict.reasons,
                    f"published {published}, before the claim's news cycle (it was made "
                    f"{rule.made}): older reporting cannot confirm or contradict it",
                ),
            )
        return replace(verdict, reasons=verdict.reasons + tuple(cuts)) if cuts else verdict

    def _evidence(
        self,
        rule: ClaimRule,
        seg: Segment,
        span: Span,
        hits: list[Hit],
        published: date,
        source: Marker | None,
        told: bool = False,
    ) -> list[Item]:
        """The sentence's signals for the rule, each judged in its sentence (`context`): an
        item with confidence 0 is dropped, and its reasons become the verdict's notes. `told`:
        the sentence is an item of a list that a statement introduces (`listed_statement`)."""
        norm, raw = seg.norm, seg.raw
        items = sentence_items(rule, seg, span, hits, published)
        if not items:
            return []
        kinds = {item.kind for item in items}
        items, paired = figure_decides(items, norm) if rule.amount else (items, [])
        items = stopped_figures(items, norm) if rule.amount else items
        if rule.when is not None:  # a launch word tied to its own date is judged with it
            items, timed = date_decides(items, norm)
            paired += timed
        figured = any(  # a cue holding a figure may be the value before a change
            i.kind is EvidenceKind.CUE and FIGURED.search(norm, i.start, i.end) for i in items
        )
        items, replaced = split_replaced(
            resolve_overlaps(items, norm), norm, seg.values(span, kinds, figured)
        )
        held = governed(norm, raw, items, hits)
        if held:
            items = [i for i in items if all(i is not h for h, _ in held)]
        dated = seg.dates(span)
        opening = [d for d in dated if not opens_state(norm, d)]  # 自1月21日起征收: in force
        opening = unchecked(norm, opening, rule, published)  # "done by the end of June"
        past = past_markers(rule, opening, published, seg.latest)
        past += told_by_made(rule, norm, dated, published, past)
        if past and rule.amount:  # "in February's intrusion, ... said on Wednesday": its own
            past = incident_dates.not_incident_dates(past, norm, span, dated, seg.measures(span))
        past += noun_dated(norm, past) + when_dated(norm, past) + period_markers(rule, dated)
        past += recalled_figures(norm, dated, published) + former_states(norm, span.start, span.end)
        past += weeks_ago(norm, span.start, span.end, published, rule.made)
        past += weekday_reports(norm, span.start, span.end, published)
        past += entitled(norm, span.start, span.end)  # "under the contract, it can"
        past += inherited_recap(seg, span, rule, hits, published)
        part = None if seg.is_title else part_of_before(norm, span)
        if part is not None and (told_before(seg, span) or tallied_before(seg, span)):
            past.append(part)  # 其中, "of which": a part of a background sentence
        fences = [h for h in hits if h.entry.kind is TermKind.EXCLUDE]
        found = already_checked(norm, seg.markers(span), dated, rule, published)
        names = [h for h in hits if h.entry.kind in _NAMES]
        if names and found:  # 希望 in 希望教育 is the company's name, no wish
            found = [m for m in found if not in_name(names, m)]
        markers = (
            ([m for m in found if cues.marker_outside(fences, m.start, m.end)] if fences else found)
            + past
            + [
                Marker(h.entry.kind, h.entry.phrase, h.start, h.end)
                for h in hits
                if h.entry.kind in (TermKind.BACKGROUND, TermKind.PENDING)
            ]
            + rule_background(hits)
        )
        where = where_told(seg, span, hits)
        spoken = seg.is_title and headline_speaker(seg.norm) is not None  # "X at event: ..."
        fresh = (
            spoken
            or told
            or any(
                h.entry.kind is TermKind.REPORTED
                and not report_saying(norm, span.start, span.end, h.start, h.end)
                and not recalled_saying(norm, span.start, span.end, h.start)
                for h in hits
            )
        )
        if not fresh and rule.reported_by:  # "OpenAI now expects to spend ...": its own plan
            own = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.ALIAS]
            fresh = own_plan_now(norm, span.start, span.end, own) is not None
        # "has set its compute spending at $600bn" (read only for a claim that asks for one)
        fresh = fresh or not rule.reported_by or set_afresh(norm, items)
        if items and rule.reported_by and not fresh:
            return [
                drop(
                    item,
                    f"{item.what} ({where}) ignored: no fresh statement or filing (reported_by)",
                )
                for item in items
            ]
        lead = lead_at(seg, span.start)
        amounts = seg.amounts(span) if rule.amount else []
        sentence = Sentence(norm, raw, span, hits, markers, amounts)
        judged = [adjust(rule, item, sentence, where, lead, source) for item in items]
        share_background(judged, where)  # 增至800 background: so is 800张 in it
        spans = [(h.start, h.end) for h in names]
        for item, why in restated_plans(rule, norm, span, judged, published, spans):
            drop(item, f"{item.what} ({where}) {why}: a mention")
        doubt = headline_doubt(norm[span.start : span.end]) if seg.is_title else None
        if doubt is not None:
            headline_doubted(judged, doubt)
        yielded = []
        for cue, figure in paired:  # a cue whose own figure decides its sign
            settled = settle(cue, figure, judged)
            if isinstance(settled, str):
                yielded.append((cue, settled))
            else:
                judged.append(adjust(rule, settled, sentence, where, lead, source))
        return (
            judged
            + [
                drop(
                    item,
                    f'{item.what} ({where}) was replaced ("{phrase}"), the value before the'
                    " change: not evidence itself",
                )
                for item, phrase in replaced
            ]
            + [drop(item, f"{reason} ({where})") for item, reason in yielded]
            + [
                drop(item, f"{item.what} ({where}) {why}: not evidence itself")
                for item, why in held
            ]
        )
