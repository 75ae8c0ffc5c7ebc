"""Builders for the feeds, pages and rules files the end-to-end tests serve and load."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    published: datetime | None
    summary: str = ""
    guid: str | None = None


def rss(items: Sequence[Item], title: str = "Test feed") -> bytes:
    parts = []
    for item in items:
        date = f"<pubDate>{format_datetime(item.published)}</pubDate>" if item.published else ""
        parts.append(
            f"<item><title>{html.escape(item.title)}</title><link>{html.escape(item.link)}</link>"
            f"<guid>{html.escape(item.guid or item.link)}</guid>{date}"
            f"<description>{html.escape(item.summary)}</description></item>"
        )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{html.escape(title)}</title><link>http://example.com/</link>"
        f"{''.join(parts)}</channel></rss>"
    ).encode()


def page(title: str, paragraphs: Sequence[str], published: datetime | None = None) -> bytes:
    meta = (
        f"<meta property='article:published_time' content='{published.isoformat()}'>"
        if published
        else ""
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title>{meta}</head><body><nav><ul>{nav}</ul></nav><main><article>"
        f"<h1>{html.escape(title)}</h1>{body}</article></main>"
        f"<aside>Most read: unrelated links</aside><footer>© Test News</footer>"
        f"</body></html>"
    ).encode()


def serve_delay_story(server: Any, published: datetime) -> str:
    """Serve one article that contradicts CLAIM (Acme postpones its IPO) and a feed listing it
    at /news.xml on a tests.servers.LocalServer; returns the feed's URL."""
    from tests.servers import Route

    body = ["Acme Robotics has postponed its planned IPO until 2027, the company said."] * 2
    server.route(
        "/a/acme.html",
        Route(body=page("Acme delays IPO", body, published), content_type="text/html"),
    )
    item = Item("Acme delays IPO", server.url("/a/acme.html"), published)
    return server.route("/news.xml", Route(body=rss([item]), content_type="application/rss+xml"))


def watch_command(rules: Path, state: Path, *args: str) -> list[str]:
    """The command line that runs `watch` (this interpreter) on a rules file and a state dir."""
    import sys

    return [sys.executable, "-m", "watch", "--rules", str(rules), "--state", str(state), *args]


CLAIM = """
claims:
  - id: acme-ipo-2026
    statement: Acme Robotics plans to list its shares in the fourth quarter of 2026
    topic: Acme listing
    made: 2026-02-01
    subject:
      company: [Acme Robotics, Acme]
      event: [IPO, listing, go public]
    confirms: [on track, plans, will list]
    contradicts: [postpone, postpones, postponed, delay, delays, shelve, shelved]
"""


def write_rules(
    folder: Path, feeds: Sequence[tuple[str, str]], *, extra: str = "", claims: str = CLAIM
) -> Path:
    """A rules.yaml for tests: loopback allowed, an empty seeds folder, the given feeds."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    lines = [f'  - id: {fid}\n    url: "{url}"' for fid, url in feeds]
    text = (
        'fetch:\n  allow_private_networks: ["127.0.0.1/32"]\n  timeout: 1s\n'
        "  extract_workers: 1\n"
        + ("feeds:\n" + "\n".join(lines) if lines else "feeds: []")
        + "\n"
        + textwrap.dedent(extra)
        + claims
    )
    path = folder / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path
