"""Terminal and JSON renderings of results. Pure: values in, strings or dicts out.

Text from feeds is untrusted: `clean` drops control and format characters (a terminal escape
sequence or a bidi override in a feed title must not reach the user's terminal) before anything
is shown, and `dumps` escapes them in JSON (see `watch.textclean`).
"""

from __future__ import annotations

import dataclasses
import enum
import textwrap
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from watch.models import Alert, ClaimSummary, Delivery, RunReport, Verdict
from watch.textclean import dumps as safe_dumps
from watch.textclean import safe_text
from watch.words import cut, day, plural


def clean(text: str) -> str:
    """Text safe to print on a terminal: no control or format characters, one line."""
    return safe_text(text)


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    return value


def dumps(value: Any) -> str:
    return safe_dumps(to_jsonable(value))


def run_summary(report: RunReport) -> str:
    lines = [
        f"feeds polled {report.feeds_polled} (unchanged {report.feeds_not_modified}, "
        f"failed {report.feeds_failed}); new articles {report.new_articles}; "
        f"alerts {report.alerts}; messages sent {report.deliveries_sent}"
        + (f", failed {report.deliveries_failed}" if report.deliveries_failed else "")
    ]
    lines += [f"  error: {clean(e)}" for e in report.errors[:50]]
    if len(report.errors) > 50:
        lines.append(f"  … and {len(report.errors) - 50} more errors")
    return "\n".join(lines)


def run_json(report: RunReport) -> dict[str, Any]:
    return {
        "started_at": report.started_at.isoformat(),
        "finished_at": report.finished_at.isoformat(),
        "feeds_polled": report.feeds_polled,
        "feeds_not_modified": report.feeds_not_modified,
        "feeds_failed": report.feeds_failed,
        "new_articles": report.new_articles,
        "alerts": report.alerts,
        "deliveries_sent": report.deliveries_sent,
        "deliveries_failed": report.deliveries_failed,
        "errors": list(report.errors),
    }


def width(text: str) -> int:
    """Columns `text` takes on a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[clean(str(c)) for c in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(out)


def claims_table(rows: Sequence[ClaimSummary]) -> str:
    return table(
        ("claim", "status", "confirms", "contradicts", "sources", "last evidence"),
        [
            (r.claim_id, r.status, r.confirms, r.contradicts, r.sources, day(r.last_evidence_at))
            for r in rows
        ],
    )


def verdicts_text(
    verdicts: Sequence[Verdict], *, heading: str = "", unmatched: Sequence[str] = ()
) -> str:
    """Verdicts as `watch match` prints them; with none, why the claims whose first subject
    group the article names did not match (`unmatched`)."""
    if not verdicts:
        lines = ["  no claim matched"] + [f"      - {clean(why)}" for why in unmatched]
        return (heading + "\n" if heading else "") + "\n".join(lines)
    out = [heading] if heading else []
    for v in verdicts:
        out.append(f"  {v.claim_id}: {v.stance} (confidence {v.confidence:.2f})")
        for e in v.evidence:
            where = f"title [{e.start}:{e.end}]" if e.in_title else f"[{e.start}:{e.end}]"
            out.append(
                textwrap.indent(textwrap.fill(f"“{clean(e.text)}” {where}", width=96), "      ")
            )
        for reason in v.reasons:
            out.append(f"      - {clean(reason)}")
    return "\n".join(out)


def alerts_text(alerts: Sequence[Alert], deliveries: Sequence[Delivery]) -> str:
    if not alerts:
        return "no alerts"
    by_alert: dict[int | None, list[Delivery]] = {}
    for d in deliveries:
        by_alert.setdefault(d.alert_id, []).append(d)
    out = []
    for a in alerts:
        what = (
            f"{a.change.old} -> {a.change.new}: {a.change.reason}"
            if a.change
            else f"{a.stance}, {plural(len(a.evidence), 'source')}"
        )
        out.append(f"#{a.id} {a.created_at:%Y-%m-%d %H:%M} {a.claim_id}: {clean(what)}")
        for e in a.evidence:
            out.append(f"    {clean(e.source)}  {cut(clean(e.title), 80)}  {clean(e.url)}")
        for d in by_alert.get(a.id, []):
            tried = plural(d.attempts, "attempt")
            extra = f" ({tried}; {clean(d.last_error or '')})" if d.last_error else ""
            out.append(f"    -> {d.channel}: {d.state}{extra}")
    return "\n".join(out)
