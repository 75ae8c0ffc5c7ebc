"""The report page: one self-contained HTML document (inline CSS and SVG, no script, no font,
image or anything else loaded), readable on screen, in dark mode and on paper.

Everything that came from a feed or a seed is hostile: folded to one line, escaped, isolated
from the text around it (`<bdi>`, so a right-to-left override cannot turn the page around),
and linked only when it is an http(s) URL, with rel="noopener noreferrer". A
Content-Security-Policy meta tag forbids scripts and every remote load, so even a mistake in
the escaping could not run or fetch anything.

Pure: a `Report` in, text out.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Sequence

from watch.delivery.digest import bound, escape, fold, link
from watch.models import ClaimStatus, ClaimSummary, Stance
from watch.report.highlight import Mark
from watch.report.model import ClaimPage, Listed, Report
from watch.report.style import BADGE, DARK_BADGE, FONTS, GLYPH, MARK_BG, MARK_FG, STANCE
from watch.report.style import status_class as _status
from watch.report.timeline import timeline_svg

TITLE_LIMIT = 300  # characters of an article title shown


def render_page(report: Report) -> str:
    """The whole HTML document for `report`. Never raises for any content of the records."""
    css = _css()
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    policy = (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    when = f"{report.generated_at:%Y-%m-%d %H:%M} UTC"
    since = f" · evidence since {report.since.isoformat()}" if report.since else ""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f"<title>watch report, {when}</title>",
        f"<style>{css}</style></head><body>",
        '<header class="page"><h1>Claim ledger</h1>',
        f'<p class="generated">Generated {when}{since} · '
        f"{len(report.claims)} claim{'s' if len(report.claims) != 1 else ''}</p></header>",
        "<main>",
        _overview(report),
        *(_claim(page, report) for page in report.claims),
        "</main></body></html>",
    ]
    return "\n".join(out) + "\n"


def badge(status: ClaimStatus | str) -> str:
    return f'<span class="badge {_status(status)}">{escape(status)}</span>'


def _overview(report: Report) -> str:
    rows = []
    for row in report.overview:
        rule = report.rules[row.claim_id]
        deadline, left = "—", ""
        if rule.deadline is not None:
            deadline = rule.deadline.isoformat()
            days = (rule.deadline - report.today).days
            left = (
                f"{days} day{'s' if days != 1 else ''} left"
                if days >= 0
                else f"passed {-days} day{'s' if days != -1 else ''} ago"
            )
        rows.append(
            f'<tr data-claim="{escape(row.claim_id)}">'
            f'<th scope="row"><a href="#claim-{escape(row.claim_id)}">{escape(row.claim_id)}</a>'
            f'<span class="statement">{escape(bound(fold(row.statement), 200))}</span></th>'
            f"<td>{badge(row.status)}</td>"
            f'<td><span class="day">{deadline}</span><span class="sub">{left}</span></td>'
            f'<td class="num">{row.confirms}</td><td class="num">{row.contradicts}</td>'
            f'<td class="num">{row.sources}</td><td class="day">{_when(row)}</td></tr>'
        )
    if not rows:
        rows.append('<tr><td colspan="7">No claims are tracked.</td></tr>')
    return "\n".join(
        [
            '<section class="overview"><h2>Overview</h2><div class="scroll">',
            '<table class="claims"><thead><tr><th scope="col">claim</th>'
            '<th scope="col">status</th><th scope="col">deadline</th>'
            f'<th scope="col" class="num">{GLYPH[Stance.CONFIRMS]} confirming</th>'
            f'<th scope="col" class="num">{GLYPH[Stance.CONTRADICTS]} contradicting</th>'
            '<th scope="col" class="num">outlets</th><th scope="col">last evidence</th></tr>'
            "</thead><tbody>",
            *rows,
            "</tbody></table></div>",
            '<p class="note">Confirming and contradicting count independent stories '
            "(syndicated copies once) at or above each claim's alert threshold.</p></section>",
        ]
    )


def _when(row: ClaimSummary) -> str:
    return "—" if row.last_evidence_at is None else f"{row.last_evidence_at:%Y-%m-%d}"


def _claim(page: ClaimPage, report: Report) -> str:
    rule, summary = page.rule, page.timeline.summary
    anchor = f"claim-{rule.id}"
    facts = [("topic", escape(rule.topic) if rule.topic else "—"), ("made", rule.made.isoformat())]
    if rule.deadline is not None:
        facts.append(("deadline", rule.deadline.isoformat()))
    facts.append(("alert threshold", f"{page.threshold:.2f}"))
    facts.append(
        (
            "stories",
            f"{summary.confirms} confirming, {summary.contradicts} contradicting, "
            f"{summary.sources} outlet{'s' if summary.sources != 1 else ''}",
        )
    )
    out = [
        f'<article class="claim" id="{escape(anchor)}" data-claim="{escape(rule.id)}">',
        f"<h2>{escape(rule.id)} {badge(summary.status)}</h2>",
        f'<p class="statement">{escape(rule.statement)}</p>',
        '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
        '<figure class="chart">',
        timeline_svg(page, today=report.today, since=report.since, anchor=escape(anchor)),
        '<figcaption><span class="key confirms">▲ confirms (above the line)</span> '
        '<span class="key contradicts">▼ contradicts (below)</span> '
        '<span class="key faint">faint: hedged or under the threshold</span> '
        "<span>larger: more outlets</span> <span>| status changes, ┆ deadline</span>"
        "</figcaption></figure>",
        _sources(page),
        _history(page),
        _evidence(page),
        "</article>",
    ]
    return "\n".join(out)


def _sources(page: ClaimPage) -> str:
    items = []
    for source in page.rule.sources:
        where = (
            link(source.url, source.url)
            if source.url
            else f"<bdi>{escape(source.seed or '')}</bdi>"
        )
        items.append(f"<li><blockquote>{_text(source.quote)}</blockquote>{where}</li>")
    for record in page.timeline.origin:
        if any(record.quote in s.quote or s.quote in record.quote for s in page.rule.sources):
            continue
        items.append(
            f"<li><blockquote>{_text(bound(record.quote, 700))}</blockquote>"
            f"<bdi>{escape(record.source)}</bdi>, {record.published:%Y-%m-%d} (seed)</li>"
        )
    if not items:
        return ""
    return f'<section class="sources"><h3>Sources</h3><ul>{"".join(items)}</ul></section>'


def _history(page: ClaimPage) -> str:
    if not page.timeline.changes:
        return '<p class="history">No status change yet: reported, as the claim was made.</p>'
    items = [
        f"<li><time>{c.at:%Y-%m-%d}</time> {badge(c.old)} → {badge(c.new)} "
        f'<span class="reason">{escape(c.reason)}</span></li>'
        for c in page.timeline.changes
    ]
    heading = "<h3>Status, in publication order</h3>"
    return f'<section class="history">{heading}<ol>{"".join(items)}</ol></section>'


def _evidence(page: ClaimPage) -> str:
    rule = page.rule
    out = ['<section class="evidence"><h3>Evidence</h3>']
    if not page.listed:
        out.append('<p class="none">No confirming or contradicting evidence yet.</p>')
    else:
        out.append('<ol class="evidence">')
        out += [_item(item, f"claim-{rule.id}") for item in page.listed]
        out.append("</ol>")
    notes = []
    if page.unlisted:
        notes.append(f"{page.unlisted} more (older) not listed")
    if page.mentions:
        notes.append(f"{page.mentions} mention{'s' if page.mentions != 1 else ''} not listed")
    if notes:
        out.append(
            f'<p class="more">{"; ".join(notes)}: '
            f"<code>watch claims show {escape(rule.id)}</code> lists them all.</p>"
        )
    out.append("</section>")
    return "\n".join(out)


def _item(item: Listed, anchor: str) -> str:
    record = item.record
    stance = Stance(record.stance)
    faint = " faint" if item.faint else ""
    title = bound(fold(record.title or record.url), TITLE_LIMIT)
    reasons = "".join(f"<li>{_text(r)}</li>" for r in record.reasons) or "<li>none stored</li>"
    return (
        f'<li class="item {stance}{faint}" id="{anchor}-ev-{record.article_id}">'
        f'<p class="meta"><span class="stance {stance}">{GLYPH[stance]} {stance}</span> '
        f'<bdi class="outlet">{escape(record.source)}</bdi> · '
        f"<time>{record.published:%Y-%m-%d}</time> · confidence {record.confidence:.2f}"
        f"{' (faint: hedged or under the threshold)' if item.faint else ''}</p>"
        f"<blockquote{_lang(record.lang)}>{highlighted(item.quote, item.marks)}</blockquote>"
        f'<p class="link"><bdi>{link(record.url, title)}</bdi></p>'
        f"<details><summary>Why (the reasons <code>watch explain</code> gives)</summary>"
        f"<ul>{reasons}</ul></details></li>"
    )


def highlighted(quote: str, marks: Sequence[Mark]) -> str:
    """`quote` escaped, with each mark's span in a `<mark>` (class `decides` or `hedge`)."""
    out, at = [], 0
    for mark in marks:
        out.append(escape_inline(quote[at : mark.start]))
        out.append(
            f'<mark class="{mark.kind}">{escape_inline(quote[mark.start : mark.end])}</mark>'
        )
        at = mark.end
    out.append(escape_inline(quote[at:]))
    return f"<bdi>{''.join(out)}</bdi>"


def escape_inline(text: str) -> str:
    """Escape a piece of an already folded line without trimming it (`escape` strips the
    ends, which would eat the spaces around a highlighted word)."""
    return html.escape(text, quote=True)


def _lang(lang: str) -> str:
    """A quote's language, so the browser picks CJK glyphs the way Chinese readers expect."""
    return {"zh": ' lang="zh"', "en": ' lang="en"'}.get(lang, "")


def _text(text: str) -> str:
    return f"<bdi>{escape(text)}</bdi>"


def _css() -> str:
    light_badges = "".join(
        f".{_status(s)}{{background:{bg};color:{fg}}}" for s, (bg, fg) in BADGE.items()
    )
    dark_badges = "".join(
        f".{_status(s)}{{background:{bg};color:{fg}}}" for s, (bg, fg) in DARK_BADGE.items()
    )
    stances = "".join(f".{s}{{--stance:{light}}}" for s, (light, _) in STANCE.items()) + "".join(
        f".mark.{s} path{{fill:{light};stroke:{light}}}" for s, (light, _) in STANCE.items()
    )
    dark_stances = "".join(f".{s}{{--stance:{dark}}}" for s, (_, dark) in STANCE.items()) + "".join(
        f".mark.{s} path{{fill:{dark};stroke:{dark}}}" for s, (_, dark) in STANCE.items()
    )
    return (
        ":root{--bg:#ffffff;--fg:#1b1f24;--muted:#5b636d;--rule:#d5d9de;--card:#f6f7f9;"
        f"--mark-bg:{MARK_BG[0]};--mark-fg:{MARK_FG[0]}}}"
        "*{box-sizing:border-box}"
        f"body{{margin:0 auto;max-width:64rem;padding:1rem;background:var(--bg);color:var(--fg);"
        f"font:15px/1.5 {FONTS}}}"
        "h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .4rem}"
        "h3{font-size:1rem;margin:1rem 0 .3rem}"
        ".generated,.note,.sub,.more,.reason,.meta,figcaption,.history>p{color:var(--muted)}"
        ".day{white-space:nowrap}.note,figcaption,.more{font-size:.85rem}.sub{display:block;font-size:.8rem}"
        ".scroll{overflow-x:auto}table.claims{border-collapse:collapse;width:100%}"
        "table.claims th,table.claims td{text-align:left;vertical-align:top;padding:.4rem .5rem;"
        "border-bottom:1px solid var(--rule)}table.claims thead th{font-size:.8rem;"
        "color:var(--muted);font-weight:600}.num{text-align:right!important}"
        "table.claims .statement{display:block;font-weight:400;font-size:.85rem;"
        "color:var(--muted);max-width:28rem}"
        "a{color:inherit}a:focus-visible{outline:2px solid currentColor}"
        ".badge{display:inline-block;padding:.05rem .5rem;border-radius:.7rem;font-size:.8rem;"
        "font-weight:600;white-space:nowrap;vertical-align:.1em}"
        f"{light_badges}{stances}"
        "article.claim{border-top:2px solid var(--rule);margin-top:2rem}"
        "article.claim>.statement{font-size:1.05rem;margin:.2rem 0 .6rem}"
        ".facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:0;"
        "font-size:.9rem}.facts dt{color:var(--muted)}.facts dd{margin:0}"
        "figure.chart{margin:1rem 0;background:var(--card);border-radius:.4rem;padding:.4rem}"
        "svg.timeline{display:block;width:100%;height:auto;font-size:11px}"
        "svg text{fill:var(--muted)}"
        ".axis{stroke:var(--fg);stroke-width:1.5}.tick,.today{stroke:var(--fg)}"
        ".today{stroke-width:2}.deadline{stroke:var(--fg);stroke-dasharray:5 4}"
        ".deadline-label{fill:var(--fg)!important}"
        ".change line{stroke:var(--muted);stroke-width:1.2}.change text{fill:var(--fg)!important;"
        "font-weight:600}.origin path{fill:var(--muted);stroke:var(--fg)}"
        ".mark path{stroke-width:1}.mark.faint path{fill-opacity:.28;stroke-dasharray:2 2}"
        "figcaption .key{margin-right:.6rem}.key.confirms,.key.contradicts,.stance{"
        "color:var(--stance);font-weight:600}.key.faint{opacity:.6}"
        "blockquote{margin:.3rem 0;padding:.1rem .7rem;border-left:3px solid var(--stance,"
        "var(--rule))}bdi{unicode-bidi:isolate}"
        "mark.decides{background:var(--mark-bg);color:var(--mark-fg);padding:0 .1em;"
        "border-radius:.15em;font-weight:600}"
        "mark.hedge{background:none;color:inherit;text-decoration:underline dotted;"
        "text-underline-offset:.2em}"
        "ol.evidence{list-style:none;padding:0}ol.evidence>li{margin:.8rem 0;padding:.5rem .7rem;"
        "background:var(--card);border-radius:.4rem;overflow-wrap:anywhere}"
        "ol.evidence>li.faint blockquote{opacity:.75}.meta,.link{margin:0;font-size:.88rem}"
        "details{font-size:.85rem}summary{cursor:pointer;color:var(--muted)}"
        ".history ol{padding-left:1.2rem}.history li{margin:.2rem 0}"
        ".sources ul{padding-left:1.2rem}"
        "@media (prefers-color-scheme: dark){:root{--bg:#14171b;--fg:#e6e8eb;--muted:#a4acb6;"
        f"--rule:#3a4048;--card:#1d2126;--mark-bg:{MARK_BG[1]};--mark-fg:{MARK_FG[1]}}}"
        f"{dark_badges}{dark_stances}}}"
        "@media print{body{max-width:none;font-size:10.5pt;background:#fff;color:#000}"
        ":root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--rule:#999}"
        f"{light_badges}{stances}"
        "article.claim{break-before:page}figure.chart,ol.evidence>li{break-inside:avoid}"
        ".badge{border:1px solid #000}"
        'a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;'
        "overflow-wrap:anywhere}details>*:not(summary){display:block}}"
        "@media (max-width:40rem){body{padding:.5rem}.facts{grid-template-columns:1fr}}"
    )
