"""Background scene: whether a dated or past-setting word of the sentence makes an item
background rather than news (a recalled date, another act's date, a setting, a fronted time ago,
a long-running state, an "until" clause's bound, an earlier report or a plan on record told
again), after dropping the markers that date something else (a concession, a yardstick, the
report's own date, a baseline). One family of the checks of `context._not_news`.
"""

from __future__ import annotations

from watch.claims.act_dates import recalled_date, which_recalled
from watch.claims.background import baseline, current, setting
from watch.claims.certainty import conceded
from watch.claims.dated_nouns import choice_dated, own_act_date
from watch.claims.long_running import long_running
from watch.claims.markers import Marker
from watch.claims.negation import backshifted
from watch.claims.own_period import baseline_year, own_period
from watch.claims.past_figures import progress_target, yardstick_dated
from watch.claims.recalled import recalled_report
from watch.claims.responses import dates_the_report, opens_denied_frame
from watch.claims.signals import Item
from watch.claims.terms import yardstick_period
from watch.claims.text import Span
from watch.claims.time_ago import fronted
from watch.claims.told_market import told_market
from watch.claims.until_clause import until_clause


def scene_background(norm: str, span: Span, markers: list[Marker], item: Item) -> str | None:
    """Why the item is background in the sentence `span` (the reason `_not_news` gives), or
    None."""
    scene = [
        m
        for m in markers
        if not conceded(norm, m, item)
        and not yardstick_dated(norm, span.start, m, item)
        and not dates_the_report(norm, span, m.start, m.end, item.start)
        and not opens_denied_frame(norm, span, m.start, m.end)
        and not backshifted(norm, m, item)
        and not yardstick_period(norm, m.end)  # "back towards last year's level"
        and not own_period(markers, m, item)  # "came to 3.1 Mt in 2025"
        and not baseline_year(norm, m, item)  # "28% below 2020 levels"
    ]
    # (no marker, nothing for the target to cut off)
    target = progress_target(norm, item) if scene else None
    if target is not None:  # a date in the target's phrase dates the target, not the progress
        scene = [m for m in scene if m.start < target]
    dating = [m for m in scene if not baseline(norm, m, item)]
    background = (
        own_act_date(scene, item)
        or recalled_date(norm, scene, item)
        or which_recalled(norm, dating, item)
        or setting(norm, scene, item)
        or current(norm, dating, span, item)
        or fronted(norm, scene, item)
        or choice_dated(norm, scene, item)
    )
    if background is not None:
        return f'is background ("{background.word}"): a mention, not new evidence'
    long = long_running(norm, item)  # 延宕多年, "delayed for years": the project's history
    if long is not None:
        return f'is background, a long-running state ("{long}"): a mention'
    until = until_clause(norm, item)  # 在暂扣令撤销前, "until the ban is lifted": a boundary
    if until is not None:
        return f'is the bound of an "{until}" clause, not the event: a mention'
    report = recalled_report(norm, item)
    if report is not None:
        return f'is background, an earlier report recalled ("{report}"): a mention'
    told = told_market(norm, span, item)  # "has told the City it will ...": the plan on record
    if told is not None:
        return f'is background, a plan on record told again ("{told}"): a mention'
    return None
