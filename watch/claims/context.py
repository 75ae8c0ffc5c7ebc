"""How the sentence around a signal changes it: whose news it is (owner, rivals), whether it is
new (questions, quoted earlier claims, background), and whether it is negated; how sure it is
(hedges, guidance, attribution) is `hedges`. Each rule of thumb leaves a reason, which is what
`watch explain` shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from watch.claims.act_dates import other_act
from watch.claims.aggregates import market_subject
from watch.claims.answers import answer_start, asked_line, asks_about
from watch.claims.background_scene import scene_background
from watch.claims.clauses import clause_reading
from watch.claims.coordinated import negated_list
from watch.claims.date_negation import negated_event_after, quoted_apart
from watch.claims.delistings import status_withdrawn
from watch.claims.doubted_dates import denies_by_then, doubted
from watch.claims.failed_goals import failed_goal, goal_negator
from watch.claims.figures import denied_figure, named_plan, only_planned
from watch.claims.groups import group_subject
from watch.claims.hedges import DENIAL_REACH, FACTORS, WIDE_REACH, hedge_and_source
from watch.claims.markers import Marker, scoped
from watch.claims.mentions import (
    aside_clause,
    describes_subject,
    frame_of,
    named_thing,
    quoted_claim,
)
from watch.claims.negation import (
    denied_by_contrast,
    denied_report,
    denied_suggestion,
    negated_description,
    negated_manner,
    negated_subject,
    presented_figure,
    short_of,
    undecided_figure,
    untold,
)
from watch.claims.objects import acted_on, governs_own
from watch.claims.old_figure import old_figure
from watch.claims.omnibus import omnibus_object
from watch.claims.others_acts import described_others
from watch.claims.owners import (
    coordinated_away,
    named_possessor,
    own_choice,
    parent_named,
    pointed_owner,
    terms_value,
    yardstick,
)
from watch.claims.part_figures import other_figure
from watch.claims.partial import part_of_all
from watch.claims.past_figures import progress_part
from watch.claims.pending_plan import only_planned_item
from watch.claims.quantities import Quantity
from watch.claims.quotes import sealed
from watch.claims.recalled import after_recent, given_figure
from watch.claims.requested import asked_not_done
from watch.claims.rules import ClaimRule
from watch.claims.rumours import denied_reading, names_rumour, rumour_labels
from watch.claims.said_of import denied_adverse, said_of_other
from watch.claims.secondhand import second_hand
from watch.claims.signals import BASE, EvidenceKind, Hit, Item, TermKind, drop, own_names
from watch.claims.supposed import supposed_schedule
from watch.claims.surveyed import survey_voice
from watch.claims.text import Span
from watch.claims.timing import NEGATION_REACH, date_bound, own_event
from watch.claims.undecided_timing import timing_undecided
from watch.models import Stance

_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS


def adjust(
    rule: ClaimRule,
    item: Item,
    sentence: Sentence,
    where: str,
    lead: Hit | None = None,
    story_source: Marker | None = None,
) -> Item:
    """What the sentence does to one item: no news for the claim at all (`_not_news`: owner,
    question, background, plan ...), a date written as a bound, negation, then hedges and
    attribution (`hedge_and_source`); confidence 0 drops it. `lead`: a rival named by an
    earlier sentence of the window when this one names no one."""
    norm, hits, markers = sentence.norm, sentence.hits, sentence.markers
    what = f"{item.what} ({where})"
    reason = _not_news(rule, item, sentence, lead)
    if reason is not None:
        return drop(item, f"{what} {reason}")
    turned = denied_adverse(norm, hits, item) if item.stance == _CONTRADICTS else None
    if turned is not None:  # 否认……将削减……订单的报道: the denial is of something against it
        own, against = turned
        if not own:
            return drop(item, f'{what} denies "{against}", a thing against the claim: a mention')
        item.stance, item.confidence = _CONFIRMS, item.confidence * FACTORS["flip"]
        item.reasons.append(f'{_CONFIRMS}: {what} denies "{against}", which contradicts')
        return hedge_and_source(rule, item, norm, markers, story_source, hits)
    failed = failed_goal(norm, item)
    if failed is not None:  # "the EUR 10bn target is no longer realistic", 百亿目标落空
        item.stance = _CONTRADICTS
        item.reasons.append(f'{_CONTRADICTS}: {what} is a goal declared failed ("{failed}")')
        return hedge_and_source(rule, item, norm, markers, story_source, hits)
    markers = rumour_labels(norm, sentence.span, markers)
    named = names_rumour(norm, item)
    if named is not None:
        return drop(item, f'{what} names a rumour ("{named}"), not asserted: a mention')
    rumour = denied_reading(norm, sentence.span, item, hits)
    if rumour is not None:
        stance, reason = rumour
        if stance is None:
            return drop(item, f"{what} {reason}: a mention")
        item.stance = stance
        item.reasons.append(f"{stance}: {what} {reason}")
        return hedge_and_source(rule, item, norm, markers, story_source, hits)
    bound = date_bound(rule, item, norm, markers)
    if bound is not None:
        stance, reason = bound
        if stance is None:
            return drop(item, f"{what} {reason}: a mention")
        item.stance, item.confidence = stance, BASE
        item.reasons.append(f"{stance}: {what} {reason}")
        return hedge_and_source(rule, item, norm, markers, story_source, hits)
    doubt = doubted(norm, sentence.span.end, item)
    if doubt is not None:  # (`_not_news` kept only a negated possibility: 今年内未必成事)
        item.stance, item.confidence = _CONTRADICTS, BASE * FACTORS["modal"]
        item.reasons.append(f'{_CONTRADICTS}: {what} may not come by then ("{doubt}"): hedged')
        return hedge_and_source(rule, item, norm, markers, story_source, hits)
    lead_at = item.verb if item.verb >= 0 else item.start  # "did not raise prices ... by 20%"
    negation = (
        scoped(norm, markers, "negation", lead_at, item.end, reach=NEGATION_REACH)
        or scoped(norm, markers, "denial", lead_at, item.end, reach=DENIAL_REACH)
        or negated_list(norm, markers, item)  # "no extension or exchange": "or" under "no"
    )
    # (a date has its own reading of quotes: `date_negation.quoted_apart`, below)
    dated = item.kind is EvidenceKind.DATE
    if negation is not None and sealed(norm, sentence.span, negation, item.start, not dated):
        item.reasons.append(f'"{negation.word}" is closed off before it (a quote, a clause)')
        negation = None
    if negation is None:
        negation = scoped(norm, markers, "negation_wide", item.start, item.end, reach=WIDE_REACH)
    if negation is None:
        negation = negated_subject(norm, markers, item) or denied_report(norm, markers, item)
    if negation is not None and coordinated_away(norm, hits, negation, item):
        item.reasons.append(f'"{negation.word}" governs an earlier clause about a rival')
        negation = None
    short = short_of(norm, negation, item) if negation is not None else None
    if negation is not None and short is not None:
        item.reasons.append(f'"{negation.word}" denies "{short}", not the figure it measures')
        negation = None
    told = untold(norm, negation, item) if negation is not None else None
    if told is not None:
        assert negation is not None
        return drop(
            item,
            f'{what}: "{negation.word}" negates the telling ("{told}"), not the thing: '
            "no evidence either way",
        )
    manner = negated_manner(norm, negation, item) if negation is not None else None
    if manner is not None:
        assert negation is not None
        return drop(
            item, f'{what}: "{negation.word}" denies the manner ("{manner}"), not the thing'
        )
    if negation is None:
        negation = scoped(
            norm, markers, "negation_post", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
        if negation is not None and goal_negator(norm, negation, item):
            item.reasons.append(f'"{negation.word}" is the failure of a goal named after it')
            negation = None
    if negation is None and item.confidence == 0:  # 今年不会上市: the time word comes first
        negation = scoped(
            norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
    if negation is None and dated:  # 上半年不会发布: the date, then its event negated
        negation = negated_event_after(norm, markers, item, hits)
    if negation is not None and dated and quoted_apart(norm, negation, item, hits):
        item.reasons.append(f'"{negation.word}" is inside a quotation that ends before the date')
        negation = None
    if negation is not None:
        timing = item.kind is EvidenceKind.DATE and item.stance == _CONFIRMS
        if item.confidence == 0 or timing:  # "will not list in 2026", 年内上市已无可能
            item.stance, item.confidence = _CONTRADICTS, BASE
            item.reasons.append(f'{what} negated by "{negation.word}": contradicts')
        elif getattr(rule.negation, item.stance.value) == "flip" or governs_own(norm, item, hits):
            flipped = _CONTRADICTS if item.stance == _CONFIRMS else _CONFIRMS
            item.reasons.append(f'{what} negated by "{negation.word}": {item.stance} -> {flipped}')
            item.stance, item.confidence = flipped, item.confidence * FACTORS["flip"]
        else:
            return drop(item, f'{what} negated by "{negation.word}": cancelled')
    elif item.confidence == 0:
        return item
    else:
        item.reasons.append(f"{item.stance}: {what}")
    return hedge_and_source(rule, item, norm, markers, story_source, hits)


class Sentence(NamedTuple):
    """One sentence as the checks read it: its normalised and written text (whole segment, the
    same offsets), its span, the rule's hits and the markers inside it, and its money amounts
    (when the rule reads amounts)."""

    norm: str
    raw: str
    span: Span
    hits: list[Hit]
    markers: list[Marker]
    amounts: Sequence[Quantity]


def _not_news(rule: ClaimRule, item: Item, sentence: Sentence, lead: Hit | None) -> str | None:
    """Why the item is no news for the claim (another's, a question, background, a plan, a
    figure recalled or describing, a name or another act's date), or None."""
    norm, span, hits, markers = sentence.norm, sentence.span, sentence.hits, sentence.markers
    if item.kind is EvidenceKind.AMOUNT:
        who = named_possessor(norm, sentence.raw, item, hits)
        if who is not None:
            return f'ignored: it is "{who}"\'s figure'
        market = market_subject(rule, norm, item, hits)
        if market is not None:
            return f'is a market-wide figure ("{market}"), no one company\'s: a mention'
    surveyed = survey_voice(rule, norm, item, hits)
    if surveyed is not None:
        return f"is what a survey's people say (\"{surveyed}\"), no company's: a mention"
    asked = asked_not_done(norm, item) or old_figure(norm, item)  # or a change's old figure
    if asked is not None:
        return asked
    others = described_others(norm, item)
    if others is not None:
        return f'is in a clause describing other things ("{others}"), not the claim\'s: a mention'
    if progress_part(norm, item):
        return "is the part done of a target named before it, not the whole: a mention"
    other = other_figure(rule, norm, item, hits)
    if other is not None:
        return other
    planned = only_planned(rule, item, norm, sentence.amounts, markers)
    if planned is not None:
        return f"{planned}: a mention"
    supposed = supposed_schedule(norm, item)
    if supposed is not None:
        return f'only says what the schedule asks ("{supposed}"): a mention'
    # A choice names its own object; "at a $730 billion valuation" values the round's company.
    round_value = item.valuation and terms_value(norm, item.start)
    # ... when the sentence names the claim's subject at all: "Anthropic is pursuing a round at
    # a $350 billion valuation" values Anthropic.
    round_value = round_value and bool(own_names(rule, hits))
    # a choice names its object and a move its mover (`trends`): no nearest name to look for
    skip_owner = item.kind in (EvidenceKind.CHOICE, EvidenceKind.DIRECTION) or round_value
    owner = None if skip_owner else pointed_owner(hits, rule, item, norm, span.start, lead)
    if owner is not None and owner.entry.kind is TermKind.RIVAL:
        return f'ignored: it is about "{owner.entry.phrase}"'
    parent = None if owner is not None or skip_owner else parent_named(hits, rule, item, norm)
    if parent is not None:
        return f'ignored: it is the news of a unit of "{parent.entry.phrase}", not its own'
    chooser = own_choice(rule, hits, item, norm)
    if chooser is not None:
        return f"is \"{chooser.entry.phrase}\"'s own choice, not the claim's actor's: a mention"
    measure = None if skip_owner else yardstick(hits, rule, norm)
    if owner is None and measure is not None:
        return f'ignored: "{measure.entry.phrase}" is named only to compare with'
    quoted = quoted_claim(norm, span, markers, item)
    if quoted is not None:
        return f'ignored: inside an earlier claim quoted after "{quoted.word}"'
    changed = clause_reading(norm, item, hits)
    if changed is not None:
        return changed
    thing = acted_on(norm, hits, item)
    if thing is not None:
        return f"{thing}: a mention"
    agenda = omnibus_object(rule, norm, hits, item, span)
    if agenda is not None:
        return f'passes "{agenda}" of a meeting, not only what the claim tracks: a mention'
    status = status_withdrawn(rule, norm, item)
    if status is not None:
        return f'ignored: "{status}" is the delisting itself, not its cancellation'
    undecided = timing_undecided(norm, item, hits)
    if undecided is not None:
        return f'is what the undecided timing is about ("{undecided}"): a mention'
    described = negated_description(norm, item)
    if described is not None:
        return f'describes a thing whose predicate is negated ("{described}"): a mention'
    contrast = denied_by_contrast(norm, span.end, hits, item)
    if contrast is not None:
        return f'is set against the claim\'s own thing, denied ("{contrast}"): a mention'
    waved = denied_suggestion(norm, span.end, item)
    if waved is not None:
        return f'ignored: inside a suggestion waved away ("{waved}"), not asserted: a mention'
    doubt = doubted(norm, span.end, item)
    if doubt is not None and not denies_by_then(doubt):
        return f'is an aim in doubt ("{doubt}"), not support: a mention'
    answer = answer_start(norm, markers, item.start)  # "X？知情人士：Y": Y is no question
    question = next(
        (m for m in markers if asks_about(norm, m, item.start, item.end, answer)),
        None,
    )
    if question is not None:
        return f'ignored: the sentence is a question ("{question.word}")'
    asked = asked_line(norm, span.start)
    if asked is not None:
        return f'ignored: the interviewer\'s question ("{asked}")'
    scene = scene_background(norm, span, markers, item)
    if scene is not None:
        return scene
    heard = second_hand(norm, span, hits, item)  # a dated report, a view, a leader followed
    if heard is not None:
        return heard
    group = group_subject(norm, span, item)  # 至少四个项目投产，其中包括X: the group, not X
    if group is not None:
        return f'has a count of unnamed members as its subject ("{group}"): a mention'
    part = part_of_all(rule.statement, norm, span, item)  # "the other four": not all of them
    if part is not None:
        return f'is said of a part ("{part}") of what the claim says all of: a mention'
    # 须待……方可生效, another metric's guidance, another owner's thing, a group of others
    said_of = said_of_other(rule, sentence.norm, sentence.span, sentence.hits, item)
    if said_of is not None:
        return said_of
    scene_setter = after_recent(norm, item)
    if scene_setter is not None:
        return f'is background, the scene after a recent event ("{scene_setter}"): a mention'
    planned_only = only_planned_item(rule, norm, span, markers, item)
    if planned_only is not None:
        return planned_only
    frame = frame_of(norm, markers, item)
    if frame is not None:
        return (
            f'is the whole the news is part of ("{frame.word}"), a figure not reported as '
            "final: a mention"
        )
    given = given_figure(norm, item)
    if given is not None:
        return f'is a known figure recalled ("{given}"): a mention'
    plan = named_plan(norm, item)
    if plan is not None:
        return f'names the plan the news changes ("{plan}"): a mention'
    denied = denied_figure(norm, item) or undecided_figure(norm, item)
    if denied is not None:
        return f'is what a denial of commitment is said of ("{denied}"): a mention'
    presented = presented_figure(norm, item)
    if presented is not None:
        return f'is someone else\'s figure, presented ("{presented}"): a mention'
    described = describes_subject(norm, item, hits, rule)
    if described is not None:
        return f'describes "{described}" as it stands: setting, a mention'
    aside = aside_clause(norm, item, hits, rule)
    if aside is not None:
        return f'is an aside in a clause on "{aside}" ("whose", 其……的): setting, a mention'
    if item.past:
        return "is already past: it cannot time an event still ahead"
    noun = named_thing(norm, item)
    if noun is not None:
        return f"names a thing ({noun}), it does not state an event: a mention"
    verb = own_event(norm, item, hits, span.start, rule) or other_act(norm, item, hits, span.start)
    if verb is not None:
        return f'dates "{verb}", not the claim\'s event'
    return None
