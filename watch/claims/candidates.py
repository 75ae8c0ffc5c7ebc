"""Which sentences of the title or the body are judged for a claim, and who is in scope there.

    candidates(rule, segment, hits, ...)   the sentences holding an alias whose neighbourhood (the
                                           rule's `window`) names every subject group, those that
                                           point back to one ("The company ..."), in a story about
                                           the claim's parties those that state something, and a
                                           breakdown of backers the headline carries (`carried`);
                                           each with the hits inside it, within `limits`

Pure helpers for `engine`, over normalised text and the hits of one rule in one segment.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import partial

from watch.claims import limits
from watch.claims.asked_about import asked_about
from watch.claims.case_filing import case_matter
from watch.claims.deal_named import headline_deal, headline_facility
from watch.claims.interviewer import interviewer_asks
from watch.claims.lists import listed
from watch.claims.own_figure import figure_carried
from watch.claims.own_filing import filing_party
from watch.claims.owners import parents_only
from watch.claims.paragraphs import earlier_sentences, paragraph_before, start_after
from watch.claims.pointers import described_sentences, points_back
from watch.claims.records import is_record
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind, actors
from watch.claims.speakers import interviewee_speaks, party_speaks
from watch.claims.story import describes_party, lead_rival, own_voice, party_described
from watch.claims.story_figures import figure_in_story
from watch.claims.text import Span

# The kinds of phrase that state something: a sentence with one of them speaks, a figure or a
# date alone does not.
STATEMENTS = (TermKind.CUE, TermKind.CHOICE, TermKind.OVERDUE)
CHAIN = 2  # sentences in a row that may point back to the last one naming the parties


def candidates(
    rule: ClaimRule,
    seg: Segment,
    hits: list[Hit],
    cuts: list[str],
    story: bool = False,
    headline: frozenset[str] = frozenset(),
    party: bool = False,
) -> list[tuple[Segment, Span, list[Hit], str]]:
    """Sentences holding an alias whose paragraph neighbourhood (`window`) holds every group
    (or any sentence holding an alias, when the headline and lead name every group: `story`),
    each with the hits inside it: the first `limits.CANDIDATES` such sentences, and in each
    the first `limits.PHRASES` hits (a cut is added to `cuts`)."""
    by_sentence, layout = _named_sentences(seg, hits)
    if headline >= set(rule.subject) and not seg.is_title:
        # "the plant will be shut down": the facility the headline names, with all its groups
        for at in headline_facility(seg.headline, seg.norm):
            spans, k = seg.sentences_around(at)
            if spans:
                by_sentence[spans[k]] |= headline
                layout.setdefault(spans[k], (spans, k))
    chosen = []
    # The rivals in scope are this rule's: another rule's, left from judging the same sentence
    # before, would make a verdict depend on the order of the rules.
    seg.leads.clear()
    seg.figure_only.clear()
    seg.retold.clear()
    seg.speakers.clear()
    names = actor_names(rule, hits)
    parents = parents_only(seg, hits)
    primary = next(iter(rule.subject))
    own = sorted((h for h in hits if h.entry.kind is TermKind.ALIAS), key=lambda h: h.start)
    own_names = [h for h in own if h.entry.key == primary]
    if party and not seg.is_title:
        # the headline's company, described rather than named further down (`story`)
        party_described(rule, seg, by_sentence, layout, names, ([h.start for h in own], own))
        filing_party(rule, seg, by_sentence, layout, names, ([h.start for h in own], own))
        case_matter(rule, seg, by_sentence, layout, names)  # a filer's notice on its case
        # the headline's company writing its own post: "we" is that company
        for spans, k in own_voice(seg):
            by_sentence[spans[k]].add(primary)
            layout.setdefault(spans[k], (spans, k))
        # a filing's field record ("2. Counterparty: QatarEnergy"): the filer's (`records`)
        for span in [s for s in by_sentence if is_record(seg.raw, s)]:
            by_sentence[span].add(primary)
        # its officer speaking, or "we" in that officer's quote: the company speaks
        party_speaks(rule, seg, by_sentence, layout, names, own_names)
        # a list introduced by a line the company was just given to ("our Company has been
        # awarded the following blocks:"): its items take it too (`lists`; cached items)
        listed(seg, by_sentence, layout)
    if not seg.is_title:  # the interviewee of a Q&A whose lead names the company: "we" is it
        interviewee_speaks(rule, seg, by_sentence, layout, names, own_names, party)
        asked_about(rule, seg, by_sentence, layout, names)  # "Is easyJet ...?" "A: They ..."
        interviewer_asks(rule, seg, by_sentence, layout, hits, party)  # 每经：……？ a mention
    # In a story about the claim's parties, a sentence naming one of them is judged when it
    # states something (a cue or a choice), not for a figure or a date alone.
    statements = sorted(h.start for h in hits if h.entry.kind in STATEMENTS) if story else []
    rivals = sorted(h.start for h in hits if h.entry.kind is TermKind.RIVAL) if headline else []
    for span, (spans, k) in sorted(layout.items(), key=lambda kv: kv[0].start):
        groups: set[str] = set()
        for other in spans[max(0, k - rule.window) : k + rule.window + 1]:
            lent = by_sentence.get(other, set())
            # a neighbour naming the subject only as a unit's parent ("Airtel Africa由巴帝电信
            # 持股约56%") lends no group: the unit's news is not the parent's
            groups |= lent if other == span else lent - parents.get(other, set())
        states = bisect_left(statements, span.start) < bisect_left(statements, span.end)
        if not states and headline:
            missing = set(rule.subject) - groups
            groups |= carried(seg, span, spans[0], by_sentence, rivals, missing, headline)
            groups |= carried_within(spans, k, by_sentence, rivals, missing, headline)
            if len(groups) < len(rule.subject):
                missing = set(rule.subject) - groups
                # a figure in the paragraph after the one naming the parties: the story's
                if story:
                    groups |= figure_in_story(
                        rule, seg, spans, k, by_sentence, rivals, missing, headline
                    )
                if len(groups) < len(rule.subject) and figure_carried(
                    rule, seg, spans, k, by_sentence, rivals, missing, headline
                ):
                    groups |= missing
                    seg.figure_only.add(span.start)
        # "clear the transaction": the deal the headline tells, and its parties
        if (
            headline
            and len(groups) < len(rule.subject)
            and not seg.is_title
            and headline_deal(seg.headline, seg.norm, span.start, span.end)
        ):
            groups |= headline
        if states or len(groups) == len(rule.subject):
            chosen.append(span)
            if not seg.is_title:  # (a title has no earlier sentence: no rival in scope)
                lead = partial(_lead, seg, span, spans, k, rule.window, names, hits)
                seg.leads[span.start] = lead
    where = "title" if seg.is_title else "text"
    if len(chosen) > limits.CANDIDATES:
        cuts.append(limits.candidates_cut(len(chosen), where))
        chosen = chosen[: limits.CANDIDATES]
    return _with_hits(seg, chosen, hits, cuts)


def lead_at(seg: Segment, start: int) -> Hit | None:
    """The rival in scope at the candidate sentence starting at `start` (`story.lead_rival`),
    for the rule `candidates` last chose sentences for: worked out only when asked, as only the
    sentences with evidence need it."""
    lead = seg.leads.get(start)
    return None if lead is None else lead()


def _lead(
    seg: Segment,
    span: Span,
    spans: list[Span],
    k: int,
    window: int,
    names: tuple[list[int], list[Hit]],
    hits: list[Hit],
) -> Hit | None:
    earlier = earlier_sentences(seg.norm, seg.sentences_around, spans, k, window)
    # "the rocket company": a named one (no earlier sentence, nothing to look for)
    strangers = bool(earlier) and describes_party(seg, span)
    return lead_rival(seg, names, earlier, hits if strangers else None)


def _named_sentences(
    seg: Segment, hits: list[Hit]
) -> tuple[dict[Span, set[str]], dict[Span, tuple[list[Span], int]]]:
    """The sentences that hold an alias, or point back to one that does: the alias groups each
    names, and each one's paragraph (its sentences and its index among them)."""
    by_sentence: dict[Span, set[str]] = defaultdict(set)
    layout: dict[Span, tuple[list[Span], int]] = {}
    here = Span(0, 0)  # the last sentence found: it holds most names after it, no lookup needed
    for h in (h for h in hits if h.entry.kind is TermKind.ALIAS):
        if not here.start <= h.start < here.end:
            spans, k = seg.sentences_around(h.start)
            here = spans[k]
            layout[here] = (spans, k)
        by_sentence[here].add(h.entry.key)
    if not seg.is_title:
        # "The company is aiming to list in September": a sentence that opens by pointing
        # back to the one before is about what that one named, as is a paragraph's first
        # sentence about what the last one of the paragraph before named.
        # A sentence that points back may be followed by another that does ("The companies
        # are reconsidering the tie-up. Talks include a stake in the ChatGPT developer's
        # round."): the chain goes on for `CHAIN` sentences past the last one that names.
        named = {span: frozenset(groups) for span, groups in by_sentence.items()}
        todo = [(span, place, 0) for span, place in layout.items()]
        while todo:
            span, (spans, k), hops = todo.pop()
            place = _pointing_after(seg, span, spans, k)
            if place is not None:
                after = place[0][place[1]]
                by_sentence[after] |= named[span]
                layout.setdefault(after, place)
                if hops + 1 < CHAIN and after not in named:
                    named[after] = named[span]
                    todo.append((after, place, hops + 1))
        listed(seg, by_sentence, layout)
        described_back(seg, by_sentence, layout)
    return by_sentence, layout


def _pointing_after(
    seg: Segment, span: Span, spans: list[Span], k: int
) -> tuple[list[Span], int] | None:
    """The sentence after `span` (sentence k of `spans`; the next paragraph's first one after a
    paragraph's last) with its paragraph and index, when it points back; else None. Kept per
    segment: it does not depend on the rule, and every rule asks it of the same sentences."""
    if span in seg.follows:
        return seg.follows[span]
    if k + 1 < len(spans):
        place: tuple[list[Span], int] | None = (spans, k + 1)
    else:
        i = start_after(seg.norm, span)
        place = None if i is None else seg.sentences_around(i)
    if place is not None:
        after = place[0][place[1]]
        if not points_back(seg.norm, after.start, after.end):
            place = None
    seg.follows[span] = place
    return place


def _with_hits(
    seg: Segment, chosen: list[Span], hits: list[Hit], cuts: list[str]
) -> list[tuple[Segment, Span, list[Hit], str]]:
    """Each chosen sentence with the first `limits.PHRASES` hits inside it and the aliases it
    names, as the reasons show them (a cut is added to `cuts`)."""
    # The hits inside a sentence, found by bisecting their starts (a scan of every hit per
    # sentence was quadratic), kept in scan order: later steps break ties by that order.
    order = sorted(range(len(hits)), key=lambda j: hits[j].start)
    starts = [hits[j].start for j in order]
    out = []
    crowded, most = 0, 0
    for span in chosen:
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        inside = [hits[j] for j in sorted(order[lo:hi]) if hits[j].end <= span.end]
        if len(inside) > limits.PHRASES:
            crowded, most = crowded + 1, max(most, len(inside))
            inside = inside[: limits.PHRASES]
        found = ", ".join(
            f'{h.entry.key}="{seg.raw[h.start : h.end]}"'
            for h in inside
            if h.entry.kind is TermKind.ALIAS
        )
        out.append((seg, span, inside, found))
    if crowded:
        where = "title" if seg.is_title else "text"
        cuts.append(limits.phrases_cut(crowded, most, where))
    return out


def actor_names(rule: ClaimRule, hits: list[Hit]) -> tuple[list[int], list[Hit]]:
    """The hits that name an actor (the subject's primary alias or a rival), by start, with
    their starts for bisecting."""
    names = sorted(actors(rule, hits), key=lambda h: h.start)
    return [h.start for h in names], names


def carried(
    seg: Segment,
    span: Span,
    first: Span,
    named: Mapping[Span, AbstractSet[str]],
    rivals: list[int],
    missing: AbstractSet[str],
    headline: AbstractSet[str],
) -> AbstractSet[str]:
    """The subject groups that `span`, a sentence of the paragraph that opens with `first`,
    takes from the headline: all of `missing` when the sentence names a claim party
    and a rival is named in it or in the sentences before it in its paragraph (a breakdown of
    who puts in what), and the missing groups are the headline's and named in the paragraph just
    before: "OpenAI raises $110bn" (title) ... "Amazon, Nvidia and SoftBank are backing the
    round, ... before OpenAI's listing." ... "Amazon leads with $50bn. Nvidia and SoftBank are
    putting in $30bn each." Else none. The headline alone would carry too far (a story about
    OpenAI names Nvidia's own finances paragraphs down); so would the paragraph before alone
    (it may be about someone else); and a sentence about the claim's party alone (an analyst on
    Nvidia's cash flow) lists no deal's parties. `named`: the groups each sentence names;
    `rivals`: where the rival names start, sorted (a bisect, not a scan of every hit, per
    sentence)."""
    if not missing or not missing <= headline or not named.get(span):
        return set()
    before: set[str] = set()
    for other in paragraph_before(seg.norm, seg.sentences_around, first):
        before |= named.get(other, set())
    if not missing <= before:
        return set()
    listed = bisect_left(rivals, first.start) < bisect_left(rivals, span.end)
    return set(missing) if listed else set()


def carried_within(
    spans: list[Span],
    k: int,
    named: Mapping[Span, AbstractSet[str]],
    rivals: list[int],
    missing: AbstractSet[str],
    headline: AbstractSet[str],
) -> AbstractSet[str]:
    """The subject groups that sentence k of a paragraph takes from the headline when the
    breakdown of backers runs on in the paragraph that told the deal, past the window: "OpenAI
    closed a $110bn round. Amazon led it with $50bn. Nvidia and SoftBank put in $30bn each."
    (OpenAI in the headline). As in `carried`, the sentence names a claim party, a rival is
    named in the paragraph before it, and the missing groups are the headline's; here an
    earlier sentence of the same paragraph names them. Else none."""
    if not missing or not missing <= headline or not named.get(spans[k]) or k < 2:
        return set()
    before: set[str] = set()
    for other in spans[:k]:
        before |= named.get(other, set())
    if not missing <= before:
        return set()
    listed = bisect_left(rivals, spans[0].start) < bisect_left(rivals, spans[k].start)
    return set(missing) if listed else set()


def described_back(
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
) -> None:
    """Give a sentence that describes a company by a demonstrative (这家ChatGPT开发商, "this
    chipmaker") the alias groups named in the sentences before it in its paragraph and in the
    paragraph before: the one described may have been named a few sentences back, past a
    sentence about the other party (輝達執行長黃仁勳週三給出最新說法。他表示，輝達對這家ChatGPT
    開發商總額300億美元的投資已經完成). Updates `by_sentence` and `layout` in place."""
    if seg.described is None:
        seg.described = described_sentences(seg)
    for spans, k, earlier in seg.described:
        groups = {g for s in earlier for g in by_sentence.get(s, ())}
        if groups:
            by_sentence[spans[k]] |= groups
            layout.setdefault(spans[k], (spans, k))
