"""A claim's timeline as inline SVG: time runs left to right along one line; each story is a
mark above it (confirms, a triangle pointing up) or below it (contradicts, pointing down),
larger the more outlets carried it, faint when hedged or under the alert threshold; status
changes are labelled vertical rules, the deadline a dashed line, the claim's origin a flag at
the start.

Pure: a `ClaimPage` in, SVG text out. Colours come from the page's CSS classes, so the same
drawing follows the light, dark and print styles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from watch.delivery.digest import escape, fold
from watch.models import Stance
from watch.report.model import ClaimPage, StoryMark
from watch.report.style import status_class

WIDTH, HEIGHT = 760, 170
LEFT, RIGHT = 18, 18
AXIS = 92  # the y of the time line
RULE_END = AXIS + 36  # vertical rules stop above the month labels
LABEL_ROWS = (12, 26)  # y of the status-change labels, alternated when two are close

Scale = Callable[[datetime], float]  # a moment -> its x

# Tooltips cannot isolate text as <bdi> does: a direction override from a feed would turn the
# rest of the tooltip around, so direction controls are dropped there.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _tip(text: str) -> str:
    return escape(_BIDI.sub("", text))


def timeline_svg(page: ClaimPage, *, today: date, since: date | None, anchor: str) -> str:
    """The SVG for one claim. `anchor(article_id)` is not needed: marks link to `#ev-...` ids
    built from `anchor`, the claim's element id, when their story is listed."""
    rule = page.rule
    listed = {item.record.story_id: item.record.article_id for item in page.listed}
    points = [m.published for m in page.marks] + [c.at for c in page.timeline.changes]
    points += [r.published for r in page.timeline.origin]
    days = [_day(rule.made), _day(today)] + ([_day(rule.deadline)] if rule.deadline else [])
    first = min([*points, *days])
    if since is not None:
        first = _day(since)
    last = max([*points, *days])
    span = max((last - first).total_seconds(), 86400.0)
    first -= timedelta(seconds=span * 0.03)
    span *= 1.06

    def x(moment: datetime) -> float:
        return round(LEFT + (moment - first).total_seconds() / span * (WIDTH - LEFT - RIGHT), 1)

    confirms = sum(1 for m in page.marks if m.stance == Stance.CONFIRMS)
    contradicts = len(page.marks) - confirms
    title = (
        f"Timeline of {rule.id}: {confirms} confirming and {contradicts} contradicting "
        f"{'story' if len(page.marks) == 1 else 'stories'}"
    )
    out = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{LEFT}" y1="{AXIS}" x2="{WIDTH - RIGHT}" y2="{AXIS}"/>',
        *_ticks(first, first + timedelta(seconds=span), x),
        *_origin(page, x),
    ]
    if rule.deadline is not None and _day(rule.deadline) >= first:
        dx = x(_day(rule.deadline) + timedelta(days=1))
        out += [
            f'<line class="deadline" x1="{dx}" y1="34" x2="{dx}" y2="{RULE_END}"/>',
            f'<text class="deadline-label" x="{dx}" y="{HEIGHT - 6}" text-anchor="middle">'
            f"deadline {rule.deadline.isoformat()}</text>",
        ]
    out += _changes(page, first, x)
    for mark in page.marks:
        if mark.published >= first:
            out.append(_mark(mark, x(mark.published), anchor, listed))
    dt = x(_day(today))
    out.append(f'<line class="today" x1="{dt}" y1="{AXIS - 5}" x2="{dt}" y2="{AXIS + 5}"/>')
    out.append("</svg>")
    return "\n".join(out)


def _day(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _ticks(first: datetime, last: datetime, x: Scale) -> list[str]:
    """Month ticks (quarters past two years, years past eight) labelled YYYY-MM."""
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 24 else 3 if months <= 96 else 12
    year, month = first.year, first.month
    out: list[str] = []
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if (month - 1) % step:
            continue
        tick = datetime(year, month, 1, tzinfo=UTC)
        if tick > last:
            return out
        tx = x(tick)
        out.append(f'<line class="tick" x1="{tx}" y1="{AXIS - 3}" x2="{tx}" y2="{AXIS + 3}"/>')
        if months <= 12 or month == 1 or step > 1 or month % 3 == 1:
            out.append(
                f'<text class="tick-label" x="{tx}" y="{AXIS + 52}" text-anchor="middle">'
                f"{year}-{month:02d}</text>"
            )


def _origin(page: ClaimPage, x: Scale) -> list[str]:
    rule = page.rule
    at = min([r.published for r in page.timeline.origin], default=_day(rule.made))
    at = min(at, _day(rule.made))
    ox = x(at)
    where = ", ".join(sorted({fold(r.source) for r in page.timeline.origin})) or "rules.yaml"
    return [
        f'<g class="origin"><title>{_tip(f"claim made {rule.made.isoformat()} ({where})")}</title>',
        f'<path d="M{ox},{AXIS} v-26 h10 l-3,4 l3,4 h-10"/>',
        f'<text class="origin-label" x="{ox + 2}" y="{AXIS + 16}">origin</text></g>',
    ]


def _changes(page: ClaimPage, first: datetime, x: Scale) -> list[str]:
    out = []
    last_x = -1000.0
    row = 0
    for change in page.timeline.changes:
        if change.at < first:
            continue
        cx = x(change.at)
        row = 1 - row if cx - last_x < 110 else 0
        last_x = cx
        label = f"→ {change.new}"
        tip = f"{change.at:%Y-%m-%d}: {change.old} → {change.new} ({fold(change.reason)})"
        out.append(
            f'<g class="change {status_class(change.new)}"><title>{_tip(tip)}</title>'
            f'<line x1="{cx}" y1="{LABEL_ROWS[row] + 4}" x2="{cx}" y2="{RULE_END}"/>'
            f'<text x="{cx + 3}" y="{LABEL_ROWS[row]}">{escape(label)}</text></g>'
        )
    return out


def _mark(mark: StoryMark, mx: float, anchor: str, listed: dict[int, int]) -> str:
    r = 4.0 + 2.6 * math.sqrt(max(mark.outlets, 1) - 1)
    r = round(min(r, 14.0), 1)
    gap = 6 + r
    if mark.stance == Stance.CONFIRMS:
        y = AXIS - gap
        shape = (
            f"M{mx},{y - r} L{mx + r},{round(y + r * 0.8, 1)} L{mx - r},{round(y + r * 0.8, 1)}Z"
        )
    else:
        y = AXIS + gap
        shape = (
            f"M{mx},{y + r} L{mx + r},{round(y - r * 0.8, 1)} L{mx - r},{round(y - r * 0.8, 1)}Z"
        )
    record = mark.record
    outlets = f"{mark.outlets} outlet{'s' if mark.outlets != 1 else ''}"
    tip = (
        f"{mark.published:%Y-%m-%d} {mark.stance} ({record.confidence:.2f}"
        f"{', hedged or under the threshold' if mark.faint else ''}), {outlets}: "
        f"{fold(record.title)[:160]}"
    )
    faint = " faint" if mark.faint else ""
    body = (
        f'<g class="mark {mark.stance}{faint}" data-story="{mark.story_id}">'
        f'<title>{_tip(tip)}</title><path d="{shape}"/></g>'
    )
    article = listed.get(mark.story_id)
    if article is None:
        return body
    return f'<a href="#{anchor}-ev-{article}">{body}</a>'
