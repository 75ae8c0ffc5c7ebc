"""The cold-run floors: a naive sequential script, and inside it the CPU time of the parsing and
extraction libraries alone.

    python bench/floor_cold.py FEEDS.json BACKFILL_DAYS

FEEDS.json is a list of feed URLs. One by one: GET the feed, feedparser on the bytes, then for
each entry published inside the back-fill window GET its page and run trafilatura on it (with
the options watch uses, so both do the same extraction work). Nothing is stored or matched.
The libraries run as shipped: watch's faster stand-ins for trafilatura's pruning XPaths
(watch.extraction.prune, installed by watch.extraction.extract_html) are not installed here,
so the floor is what feedparser and trafilatura themselves cost.

Prints one JSON line: feeds, entries, pages, feed_bytes, page_bytes, and `parse_cpu` /
`extract_cpu`, the process CPU time spent inside feedparser and inside trafilatura. Their sum
divided by the core count is the "CPU floor" of the cold run: what it would cost if nothing but
those two libraries ran, perfectly spread over the cores.
"""

from __future__ import annotations

import calendar
import json
import sys
import time

import feedparser
import httpx
from trafilatura import bare_extraction

from watch.extraction import prepare_extractor

# watch's own trafilatura options, so the floor extracts exactly as watch does
OPTIONS = prepare_extractor()


def main() -> None:
    with open(sys.argv[1]) as f:
        urls = json.load(f)
    horizon = time.time() - float(sys.argv[2]) * 86400
    counts = {
        "feeds": 0,
        "entries": 0,
        "pages": 0,
        "feed_bytes": 0,
        "page_bytes": 0,
        "parse_cpu": 0.0,
        "extract_cpu": 0.0,
        "extracted_chars": 0,
    }
    with httpx.Client(timeout=20) as client:
        for url in urls:
            body = client.get(url).content
            t = time.process_time()
            parsed = feedparser.parse(body)
            counts["parse_cpu"] += time.process_time() - t
            counts["feeds"] += 1
            counts["feed_bytes"] += len(body)
            for entry in parsed.entries:
                counts["entries"] += 1
                when = entry.get("published_parsed") or entry.get("updated_parsed")
                if not when or calendar.timegm(when) < horizon or not entry.get("link"):
                    continue
                page = client.get(entry.link).content
                t = time.process_time()
                doc = bare_extraction(page, url=entry.link, options=OPTIONS)
                counts["extract_cpu"] += time.process_time() - t
                counts["pages"] += 1
                counts["page_bytes"] += len(page)
                counts["extracted_chars"] += len(doc.text) if doc is not None and doc.text else 0
    from watch.extraction import prune

    assert not prune._installed, "the floor must time trafilatura as shipped"
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
