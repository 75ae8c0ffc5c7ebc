"""Alerts -> a digest: subject, plain text, HTML and a versioned JSON payload.

Pure rendering: data in, text out. No clock (the caller passes `generated_at`), no I/O.
Everything that came from a feed (titles, quotes, URLs, outlet names) is treated as hostile:
folded to one line where a line is expected, HTML-escaped in the HTML part, linked only when
it is an http(s) URL, and escaped for Slack's mrkdwn in `slack_message`.

The payload's shape is documented in docs/webhook.md; bump `PAYLOAD_VERSION` on any change
that is not a pure addition.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from watch.models import Alert, ClaimSummary, EvidenceRecord, StatusChange
from watch.textclean import safe_text
from watch.words import day, plural

PAYLOAD_VERSION = 1
PAYLOAD_TYPE = "watch.digest"
MAX_SUBJECT = 150  # characters; mail clients cut long subjects anyway


@dataclass(frozen=True)
class Digest:
    """One rendered message, ready for any channel."""

    subject: str  # one line, at most MAX_SUBJECT characters
    text: str
    html: str
    payload: dict[str, Any]  # JSON-serialisable, see docs/webhook.md
    attachments: tuple[tuple[str, str], ...] = ()  # (file name, HTML): what an email attaches


@dataclass(frozen=True)
class _ClaimGroup:
    """What the digest says about one claim: its status changes and its new evidence."""

    claim_id: str
    statement: str
    changes: tuple[StatusChange, ...]
    evidence: tuple[EvidenceRecord, ...]


def render_digest(
    alerts: Sequence[Alert],
    claims: Sequence[ClaimSummary],
    *,
    statements: Mapping[str, str],
    generated_at: datetime,
    also_seen: Sequence[EvidenceRecord] = (),
) -> Digest:
    """Render `alerts`, grouped by claim, followed by a status table of every claim in `claims`.

    `statements` maps claim ids to their statements (claims missing from it fall back to the
    statement in `claims`, else to ""). `also_seen` lists mere mentions for a short section of
    their own. Never raises for any content of the records.
    """
    known = {c.claim_id: c.statement for c in claims}
    known.update(statements)
    groups = _group(alerts, known)
    return Digest(
        subject=_subject(alerts),
        text=_text(groups, claims, also_seen, generated_at),
        html=_html(groups, claims, also_seen, generated_at),
        payload=_payload(alerts, claims, also_seen, known, generated_at),
    )


# --- helpers shared by every format -----------------------------------------------------------


def fold(text: str) -> str:
    """`text` on one line, without control or format characters (`safe_text`), every run of
    white space one space."""
    return " ".join(safe_text(text).split())


def safe_url(url: str) -> str | None:
    """`url` when it is an absolute http(s) URL with a host and no whitespace, else None."""
    if not url or url != safe_text(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return url


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # the contract says UTC-aware; be lenient with naive values
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def bound(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def _group(alerts: Sequence[Alert], statements: Mapping[str, str]) -> list[_ClaimGroup]:
    order: list[str] = []
    changes: dict[str, list[StatusChange]] = {}
    evidence: dict[str, list[EvidenceRecord]] = {}
    for alert in alerts:
        if alert.claim_id not in changes:
            order.append(alert.claim_id)
            changes[alert.claim_id] = []
            evidence[alert.claim_id] = []
        if alert.change is not None:
            changes[alert.claim_id].append(alert.change)
        seen = {(r.article_id, r.stance) for r in evidence[alert.claim_id]}
        for record in alert.evidence:
            # A status alert usually repeats the evidence that caused it: show it once.
            if (record.article_id, record.stance) not in seen:
                evidence[alert.claim_id].append(record)
                seen.add((record.article_id, record.stance))
    return [
        _ClaimGroup(cid, statements.get(cid, ""), tuple(changes[cid]), tuple(evidence[cid]))
        for cid in order
    ]


def _subject(alerts: Sequence[Alert]) -> str:
    # each claim's current status: its latest change (by time, then by order in the batch),
    # which is what the body's last "Status: old -> new" line of that claim says
    latest: dict[str, tuple[datetime, int, StatusChange]] = {}
    for index, alert in enumerate(alerts):
        change = alert.change
        if change is not None:
            key = (_aware(change.at), index, change)
            if change.claim_id not in latest or key[:2] >= latest[change.claim_id][:2]:
                latest[change.claim_id] = key
    found = [a for a in alerts if a.kind == "evidence"]
    pieces = plural(len(found), "new piece") + " of evidence"
    if latest:
        head = f"{plural(len(latest), 'claim')} changed: "
        tail = f" (+{pieces})" if found else ""
        items = [fold(f"{cid} {entry[2].new}") for cid, entry in latest.items()]
        # whole items only, and the tail always whole: never a subject cut mid-bracket
        return head + _fit(items, MAX_SUBJECT - len(head) - len(tail)) + tail
    if len(found) == 1:
        alert = found[0]
        stance = alert.stance or (alert.evidence[0].stance if alert.evidence else None)
        verb = f"{stance}" if stance else "on"
        title = alert.evidence[0].title if alert.evidence else ""
        subject = f"New evidence {verb} {alert.claim_id}" + (f": {title}" if title else "")
    elif found:
        claims = len({a.claim_id for a in found})
        subject = f"{pieces} on {plural(claims, 'claim')}"
    else:
        subject = "No new evidence"
    return bound(fold(subject), MAX_SUBJECT)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _fit(items: Sequence[str], room: int) -> str:
    """`items` joined by commas in at most `room` characters: as many whole items as fit,
    then "and N more"."""
    for shown in range(len(items), 0, -1):
        rest = len(items) - shown
        text = ", ".join(items[:shown]) + (f" and {rest} more" if rest else "")
        if len(text) <= room:
            return text
    return bound(", ".join(items), room)


# --- plain text -------------------------------------------------------------------------------


def _text(
    groups: Sequence[_ClaimGroup],
    claims: Sequence[ClaimSummary],
    also_seen: Sequence[EvidenceRecord],
    generated_at: datetime,
) -> str:
    lines = [f"watch digest, {generated_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC", ""]
    if not groups:
        lines += ["No new evidence since the last digest.", ""]
    for group in groups:
        lines += [f"== {group.claim_id} ==", fold(group.statement)]
        for change in group.changes:
            lines.append(f"Status: {change.old} -> {change.new} ({fold(change.reason)})")
        for record in group.evidence:
            lines += _text_evidence(record)
        lines.append("")
    if also_seen:
        lines.append("Also seen (mentions):")
        for record in also_seen:
            lines.append(
                f"  - [{record.claim_id}] {fold(record.title)} — {fold(record.source)}, "
                f"{day(record.published)}"
            )
            lines.append(f"    {fold(record.url)}")
        lines.append("")
    lines += ["Status of all tracked claims:", *_text_table(claims)]
    return "\n".join(lines) + "\n"


def _text_evidence(record: EvidenceRecord) -> list[str]:
    return [
        f"  * {record.stance.upper()} (confidence {record.confidence:.2f}) — "
        f"{fold(record.source)}, {day(record.published)}",
        f'    "{fold(record.quote)}"',
        f"    {fold(record.title)}",
        f"    {fold(record.url)}",
    ]


def _text_table(claims: Sequence[ClaimSummary]) -> list[str]:
    if not claims:
        return ["  (no claims are tracked)"]
    head = ("claim", "status", "confirms", "contradicts", "sources", "last evidence")
    rows = [head] + [
        (
            c.claim_id,
            str(c.status),
            str(c.confirms),
            str(c.contradicts),
            str(c.sources),
            day(c.last_evidence_at),
        )
        for c in claims
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return [
        "  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


# --- HTML -------------------------------------------------------------------------------------


def escape(text: object) -> str:
    return html.escape(fold(str(text)), quote=True)


def link(url: str, label: str) -> str:
    """An anchor for http(s) URLs; anything else (javascript:, data:, junk) stays text."""
    target = safe_url(url)
    if target is None:
        return f'{escape(label)} <span class="url">({escape(url)})</span>'
    href = html.escape(target, quote=True)
    return f'<a href="{href}" rel="noopener noreferrer">{escape(label)}</a>'


def _html(
    groups: Sequence[_ClaimGroup],
    claims: Sequence[ClaimSummary],
    also_seen: Sequence[EvidenceRecord],
    generated_at: datetime,
) -> str:
    from watch.delivery.digest_html import render_html  # it styles the page; it imports this module

    return render_html(groups, claims, also_seen, generated_at)


# --- JSON payload -----------------------------------------------------------------------------


def _evidence_json(record: EvidenceRecord) -> dict[str, Any]:
    return {
        "quote": record.quote,
        "url": record.url,
        "title": record.title,
        "source": record.source,
        "published": _iso(record.published),
        "lang": record.lang,
        "stance": str(record.stance),
        "confidence": round(float(record.confidence), 4),
    }


def alert_json(alert: Alert, statements: Mapping[str, str]) -> dict[str, Any]:
    """One alert as the payload's `alerts` list holds it (docs/webhook.md)."""
    change = alert.change
    return {
        "id": alert.id,
        "key": alert.key,
        "claim": {"id": alert.claim_id, "statement": statements.get(alert.claim_id, "")},
        "kind": alert.kind,
        "stance": None if alert.stance is None else str(alert.stance),
        "created_at": _iso(alert.created_at),
        "status_change": None
        if change is None
        else {
            "from": str(change.old),
            "to": str(change.new),
            "reason": change.reason,
            "at": _iso(change.at),
        },
        "evidence": [_evidence_json(r) for r in alert.evidence],
    }


def _payload(
    alerts: Sequence[Alert],
    claims: Sequence[ClaimSummary],
    also_seen: Sequence[EvidenceRecord],
    statements: Mapping[str, str],
    generated_at: datetime,
) -> dict[str, Any]:
    return {
        "version": PAYLOAD_VERSION,
        "type": PAYLOAD_TYPE,
        "generated_at": _iso(generated_at),
        "alerts": [alert_json(alert, statements) for alert in alerts],
        "also_seen": [{"claim_id": r.claim_id, **_evidence_json(r)} for r in also_seen],
        "claims": [
            {
                "id": c.claim_id,
                "statement": c.statement,
                "status": str(c.status),
                "confirms": c.confirms,
                "contradicts": c.contradicts,
                "sources": c.sources,
                "last_evidence_at": _iso(c.last_evidence_at),
            }
            for c in claims
        ],
    }
