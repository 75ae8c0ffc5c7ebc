"""What an http(s) URL is, and how one may be shown: a webhook URL (Slack, Discord, Teams)
carries its credential in its path, so output names only its scheme, host and port."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def _split(url: str) -> SplitResult | None:
    """`url` in parts, or None when it has no scheme and host or a port that is no number."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port out of range or not a number
    except ValueError:
        return None
    return parts if parts.scheme and parts.hostname else None


def is_http_url(url: str) -> bool:
    """Whether `url` is an http(s) URL with a host (and, if any, a valid port)."""
    parts = _split(url)
    return parts is not None and parts.scheme.lower() in ("http", "https")


def shown_url(url: str) -> str:
    """`url` as it may be shown anywhere: `scheme://host[:port]`, and "/…" when a path, query or
    fragment follows. An incoming-webhook URL (Slack, Discord, Teams) carries its credential in
    the path, and user:password@ is one too, so neither is ever shown."""
    parts = _split(url)
    if parts is None:
        return "(not a URL)"
    host = parts.netloc.rpartition("@")[2]
    rest = parts.path.strip("/") or parts.query or parts.fragment
    return f"{parts.scheme}://{host}{'/…' if rest else ''}"
