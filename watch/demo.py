"""`watch demo`: the whole pipeline offline, on bundled sample articles.

A loopback HTTP server serves the samples in watch/data/demo as two feeds (English, Chinese)
and as article pages; a check runs into a temporary state directory with the user's claims;
the result is rendered as a user would see it: articles, verdicts, claim table, the digest.
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import tempfile
import threading
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from watch.config import FeedConfig, FetchConfig, Settings

DEMO_PACKAGE = "watch.data.demo"


def _samples() -> list[tuple[str, dict[str, object], str]]:
    from watch.claims.loading import parse_front_matter

    samples = []
    for item in sorted(resources.files(DEMO_PACKAGE).iterdir(), key=lambda p: p.name):
        if item.name.endswith(".md") and item.name != "README.md":
            meta, body = parse_front_matter(item.read_text(encoding="utf-8"))
            samples.append((item.name.removesuffix(".md"), meta, body))
    return samples


def _site(samples: list[tuple[str, dict[str, object], str]], base: str) -> dict[str, bytes]:
    pages: dict[str, bytes] = {}
    items: dict[str, list[str]] = {"en": [], "zh": []}
    for slug, meta, body in samples:
        title = html.escape(str(meta.get("title", slug)))
        published = meta.get("published")
        when = (
            datetime(published.year, published.month, published.day, 9, tzinfo=UTC)
            if isinstance(published, date)
            else datetime.now(UTC)
        )
        paragraphs = "".join(
            f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip()
        )
        pages[f"/articles/{slug}.html"] = (
            f"<html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{title}'>"
            f"<meta property='article:published_time' content='{when.isoformat()}'></head>"
            f"<body><nav><a href='/'>Home</a> | <a href='/tech'>Tech</a></nav><article>"
            f"<h1>{title}</h1>{paragraphs}</article><footer>Demo newsroom</footer></body></html>"
        ).encode()
        lang = "zh" if meta.get("lang") == "zh" else "en"
        items[lang].append(
            f"<item><title>{title}</title><link>{base}/articles/{slug}.html</link>"
            f"<guid>{base}/articles/{slug}.html</guid><pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{html.escape(body[:300])}</description></item>"
        )
    for lang, entries in items.items():
        pages[f"/feed-{lang}.xml"] = (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Demo {lang}</title><link>{base}/</link>{''.join(entries)}</channel></rss>"
        ).encode()
    return pages


def _serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run_demo(settings: Settings, *, keep: str | None = None) -> str:
    """Run the demo with the user's claims; returns the text to show."""
    from watch.digest import render_digest
    from watch.pipeline import run_once
    from watch.render import claims_table, clean, run_summary
    from watch.store import Store
    from watch.views import claim_summaries

    pages: dict[str, bytes] = {}
    server = _serve(pages)  # the handler reads `pages`, filled once the port is known
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages.update(_site(_samples(), base))
    state = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="watch-demo-"))
    feeds = [
        FeedConfig(
            id=f"demo-{lang}", name=f"Demo ({lang})", url=f"{base}/feed-{lang}.xml", lang=lang
        )
        for lang in ("en", "zh")
    ]
    fetch = FetchConfig(allow_private_networks=["127.0.0.1/32"], backfill_days=3650, timeout=10)
    demo = dataclasses.replace(settings, feeds=feeds, fetch=fetch, notify=[])
    try:
        with Store.open(state) as store:
            report = run_once(demo, store, force=True)
            out = [f"demo state: {state}", run_summary(report), "", "Verdicts:"]
            for record in store.evidence():
                if record.is_baseline:
                    continue
                out.append(
                    f"  {record.claim_id}: {record.stance} ({record.confidence:.2f}) "
                    f"{clean(record.title)[:70]}\n      “{clean(record.quote)[:200]}”"
                )
            summaries = claim_summaries(store, demo)
            out += ["", "Claims:", claims_table(summaries), ""]
            alerts = store.alerts(limit=1000)[::-1]  # oldest first, as a channel gets them
            digest = render_digest(
                alerts,
                summaries,
                statements={c.id: c.statement for c in demo.claims},
                generated_at=datetime.now(UTC),
            )
            out += [
                "The digest a channel would receive:",
                f"Subject: {digest.subject}",
                "",
                digest.text,
            ]
    finally:
        server.shutdown()
        server.server_close()
        if keep is None:
            shutil.rmtree(state, ignore_errors=True)
    return "\n".join(out)
