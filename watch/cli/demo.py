"""`watch demo`: the whole pipeline offline, on bundled sample articles.

A loopback HTTP server serves the samples in watch/data/demo as two feeds (English, Chinese)
and as article pages; a check runs into a temporary state directory with the claims bundled in
watch/data/starter (or the user's, with --rules), so the demo needs nothing but the installed
package; the result is rendered as a user would see it: articles, verdicts, claim table, the
digest.
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

from watch.config import FeedConfig, FetchConfig, Settings, load_settings
from watch.words import cut

DEMO_PACKAGE = "watch.data.demo"
STARTER_PACKAGE = "watch.data"  # starter/: the demo's claims and seeds, `watch init`'s template


def bundled_settings(workdir: Path) -> Settings:
    """The demo's own claims and the seeds they quote, copied out of the package into
    `workdir` (the package may be a zip or read-only) and loaded from there."""
    starter = resources.files(STARTER_PACKAGE) / "starter"
    (workdir / "rules.yaml").write_text(
        (starter / "demo-rules.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    seeds = workdir / "seeds"
    seeds.mkdir(exist_ok=True)
    for item in (starter / "seeds").iterdir():
        if item.name.endswith(".txt"):
            (seeds / item.name).write_bytes(item.read_bytes())
    return load_settings(workdir / "rules.yaml")


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


def run_demo(settings: Settings | None, *, keep: str | None = None) -> str:
    """Run the demo with `settings`' claims, or the bundled ones when None; returns the text
    to show. The state goes to `keep`, else to a temporary directory removed at the end."""
    from watch.cli.render import claims_table, clean, run_summary
    from watch.delivery.digest import render_digest
    from watch.pipeline import run_once
    from watch.store import Store
    from watch.views import claim_summaries

    pages: dict[str, bytes] = {}
    server = _serve(pages)  # the handler reads `pages`, filled once the port is known
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages.update(_site(_samples(), base))
    workdir = Path(tempfile.mkdtemp(prefix="watch-demo-"))
    state = Path(keep) if keep else workdir / "state"
    if settings is None:
        settings = bundled_settings(workdir)
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
            where = (
                f"demo state: {state} (kept)"
                if keep
                else f"demo state: {state} (temporary, removed when the demo ends; "
                "--keep DIR keeps it)"
            )
            out = [where, run_summary(report), "", "Verdicts:"]
            for record in store.evidence():
                if record.is_baseline:
                    continue
                out.append(
                    f"  {record.claim_id}: {record.stance} ({record.confidence:.2f}) "
                    f"{cut(clean(record.title), 70)}\n      “{cut(clean(record.quote), 200)}”"
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
        shutil.rmtree(workdir, ignore_errors=True)
    return "\n".join(out)
