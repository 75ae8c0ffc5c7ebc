"""Small pieces of English for what `watch` prints: plurals, cut text, times a person reads.

Pure: values in, strings out; the clock is passed in.
"""

from __future__ import annotations

from datetime import UTC, datetime

ELLIPSIS = "…"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 feed`, `2 feeds`, `1 story`, `3 stories` (pass the plural when it is irregular)."""
    if count == 1:
        return f"1 {noun}"
    if nouns is None:
        y = noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u")
        nouns = noun[:-1] + "ies" if y else noun + "s"
    return f"{count} {nouns}"


def day(moment: datetime | None) -> str:
    """The date of `moment` in UTC (YYYY-MM-DD), or "-" when there is none."""
    return "-" if moment is None else f"{moment.astimezone(UTC):%Y-%m-%d}"


def cut(text: str, limit: int) -> str:
    """`text` in at most `limit` characters; a cut one ends with an ellipsis, so a reader
    knows there was more."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def relative(moment: datetime | None, now: datetime, *, never: str = "never") -> str:
    """`2 h ago`, `in 4 min`, `just now`, `3 d ago`; past a fortnight the date itself."""
    if moment is None:
        return never
    seconds = (moment - now).total_seconds()
    size = abs(seconds)
    if size < 60:
        return "now" if seconds >= 0 else "just now"
    if size >= 14 * 86400:
        return f"{moment:%Y-%m-%d}"
    for unit, length in (("d", 86400), ("h", 3600), ("min", 60)):
        if size >= length:
            amount = f"{int(size // length)} {unit}"
            return f"in {amount}" if seconds > 0 else f"{amount} ago"
    raise AssertionError("unreachable")  # pragma: no cover


def more(shown: int, total: int) -> str | None:
    """`+6 more` when `total` items were cut to `shown`, else None."""
    return f"+{total - shown} more" if total > shown else None


def reason_first(error: str, url: str = "", feed: str = "") -> str:
    """A stored feed error with its reason first: `http://a/feed.xml: HTTP 503` reads `HTTP
    503` on the feed's own row (its URL is known there) and `HTTP 503 (at http://b/x)` when it
    names another address (a redirect hop), so a cut column still shows why."""
    for prefix in filter(None, (f"{url}: ", f"feed {feed}: ", f"feed {url}: ")):
        if error.startswith(prefix):
            return error[len(prefix) :]
    head, sep, rest = error.partition(": ")
    if sep and rest and "://" in head and " " not in head:
        return f"{rest} (at {head})"
    return error
