"""The digest's HTML part, in the report's visual language (`watch.report.style`): status
badges that carry words, the deciding words marked in each quote, outlet and date on one line,
a compact claim table.

Mail clients drop `<style>` blocks and rewrite classes, so every style is inline. The message
is one column that narrows to any width (360 px phones included) and sets both its background
and its text colour on every block, so a client that darkens or inverts messages inverts them
together and nothing ends up dark on dark. No image or other remote content is used.

Pure rendering, as `watch.delivery.digest` (which calls it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from watch.delivery.digest import escape, fold, link
from watch.models import ClaimStatus, ClaimSummary, EvidenceRecord, Stance
from watch.report.highlight import DECIDES, marks_in, phrases
from watch.report.style import BADGE, FONTS, GLYPH, MARK_BG, MARK_FG, STANCE
from watch.words import day

if TYPE_CHECKING:
    from watch.delivery.digest import _ClaimGroup

BG, FG, MUTED, RULE, CARD = "#ffffff", "#1b1f24", "#515a64", "#d5d9de", "#f4f5f7"
_FONT = FONTS.replace('"', "'")  # inside a double-quoted style attribute
_BODY = f"margin:0;padding:0;background:{BG};color:{FG}"
_WRAP = (
    f"max-width:640px;margin:0 auto;padding:12px;background:{BG};color:{FG};"
    f"font-family:{_FONT};font-size:15px;line-height:1.5;overflow-wrap:anywhere;"
    "word-break:break-word"
)
_MUTED = f"color:{MUTED};font-size:13px;margin:4px 0"


def badge(status: ClaimStatus | str) -> str:
    bg, fg = BADGE[ClaimStatus(status)]
    return (
        f'<span style="display:inline-block;padding:1px 8px;border-radius:10px;'
        f'background:{bg};color:{fg};font-size:12px;font-weight:bold;white-space:nowrap">'
        f"{escape(status)}</span>"
    )


def render_html(
    groups: Sequence[_ClaimGroup],
    claims: Sequence[ClaimSummary],
    also_seen: Sequence[EvidenceRecord],
    generated_at: datetime,
) -> str:
    status = {c.claim_id: c.status for c in claims}
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>watch digest</title></head><body style="{_BODY}">',
        f'<div style="{_WRAP}">',
        f'<p style="{_MUTED}">watch digest, {generated_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC</p>',
    ]
    if not groups:
        out.append("<p>No new evidence since the last digest.</p>")
    for group in groups:
        now = status.get(group.claim_id)
        out.append(
            f'<h2 style="font-size:18px;margin:20px 0 4px;color:{FG}">{escape(group.claim_id)} '
            f"{badge(now) if now else ''}</h2>"
            f'<p style="margin:0 0 8px;color:{FG}"><em>{escape(group.statement)}</em></p>'
        )
        for change in group.changes:
            out.append(
                f'<p style="margin:4px 0;color:{FG}">Status: {badge(change.old)} &rarr; '
                f'{badge(change.new)} <span style="color:{MUTED}">{escape(change.reason)}</span>'
                "</p>"
            )
        out += [_evidence(record) for record in group.evidence]
    if also_seen:
        out.append(f'<h3 style="font-size:15px;margin:20px 0 4px;color:{FG}">Also seen</h3>')
        for record in also_seen:
            out.append(
                f'<p style="margin:4px 0;color:{FG}">[{escape(record.claim_id)}] '
                f"{_anchor(record.url, record.title)}"
                f'<br><span style="{_MUTED}">{escape(record.source)} · '
                f"{day(record.published)}</span></p>"
            )
    out += [
        f'<h2 style="font-size:18px;margin:24px 0 4px;color:{FG}">All tracked claims</h2>',
        _table(claims),
        "</div></body></html>",
    ]
    return "\n".join(out) + "\n"


def _anchor(url: str, label: str) -> str:
    return link(url, label or url)  # the client's own link colour: blue on the light card


def _evidence(record: EvidenceRecord) -> str:
    stance = Stance(record.stance)
    colour = STANCE[stance][0]
    quote = fold(record.quote)
    spans = marks_in(quote, *phrases(record.reasons))
    marked, at = [], 0
    for span in spans:
        style = (
            f"background:{MARK_BG[0]};color:{MARK_FG[0]};font-weight:bold;padding:0 2px"
            if span.kind == DECIDES
            else f"background:{CARD};color:{FG};text-decoration:underline dotted"
        )
        marked.append(_text(quote[at : span.start]))
        marked.append(f'<mark style="{style}">{_text(quote[span.start : span.end])}</mark>')
        at = span.end
    marked.append(_text(quote[at:]))
    return (
        f'<div style="margin:10px 0;padding:8px 10px;background:{CARD};color:{FG};'
        f'border-left:4px solid {colour};border-radius:4px">'
        f'<p style="margin:0;font-size:13px;color:{MUTED}">'
        f'<b style="color:{colour}">{GLYPH[stance]} {escape(stance)}</b> · '
        f"{escape(record.source)} · {day(record.published)} · "
        f"confidence {record.confidence:.2f}</p>"
        f'<p style="margin:4px 0;color:{FG}">“{"".join(marked)}”</p>'
        f'<p style="margin:0;font-size:13px;color:{FG}">{_anchor(record.url, record.title)}'
        "</p></div>"
    )


def _text(piece: str) -> str:
    """Escape a piece of a folded line, keeping its spaces (`escape` trims the ends)."""
    return html.escape(piece, quote=True)


def _table(claims: Sequence[ClaimSummary]) -> str:
    if not claims:
        return "<p>(no claims are tracked)</p>"
    cell = f"padding:6px 4px;border-bottom:1px solid {RULE};vertical-align:top;color:{FG}"
    rows = [
        f"<tr>"
        f'<td style="{cell}"><b>{escape(c.claim_id)}</b><br>'
        f'<span style="color:{MUTED};font-size:12px">{escape(c.statement)}</span></td>'
        f'<td style="{cell};white-space:nowrap">{badge(c.status)}<br>'
        f'<span style="color:{MUTED};font-size:12px">{GLYPH[Stance.CONFIRMS]} {c.confirms} '
        f"{GLYPH[Stance.CONTRADICTS]} {c.contradicts} · "
        f"{c.sources} outlet{'s' if c.sources != 1 else ''}<br>"
        f"last {day(c.last_evidence_at)}</span></td></tr>"
        for c in claims
    ]
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" '
        f'style="border-collapse:collapse;width:100%;background:{BG};color:{FG};font-size:14px">'
        + "".join(rows)
        + "</table>"
    )
