"""One SHA-256 over every verdict the claim engine gives on three corpora, to show that a change
which should not change behaviour (a refactor, a speed-up) did not.

    .venv/bin/python bench/verdict_hash.py [--tune DIR] [--feeds 200] [-v]

Judges, with the shipped rules (rules.yaml):
    tests/corpus                  our own labelled articles
    ../shared/corpus/real/tune    real reporting (skipped, and said so, when the folder is absent)
    the bench corpus              `bench/corpus.py` generated into a temporary folder with a fixed
                                  seed and anchor: each page's article body and each feed entry

and hashes, per document in a fixed order, its name and each verdict's claim, stance, confidence,
evidence (offsets, title or text) and reasons. Prints the counts and the hash; two runs on code
that judges alike print the same hash. `-v` also prints one hash per corpus, to narrow a change.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate  # noqa: E402

from watch.claims.engine import Matcher  # noqa: E402
from watch.claims.loading import read_article  # noqa: E402
from watch.config import load_settings  # noqa: E402
from watch.models import Document, Verdict  # noqa: E402

ANCHOR = datetime(2026, 6, 1, tzinfo=UTC)  # fixed, so the generated corpus is the same bytes
_ARTICLE = re.compile(r'<article class="story"><h1>(.*?)</h1>(.*?)</article>', re.S)
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_PUBLISHED = re.compile(r'<meta property="article:published_time" content="([^"]+)">')
_TAG = re.compile(r"<[^>]+>")
_ATOM = "{http://www.w3.org/2005/Atom}"


def labelled(folder: Path) -> Iterator[tuple[str, Document]]:
    for path in sorted(folder.glob("*.md")):
        yield path.name, read_article(path)[0]


def bench_documents(feeds: int) -> Iterator[tuple[str, Document]]:
    """The generated pages' article bodies and the feeds' entries, read with plain regular
    expressions and ElementTree (not watch's extractor or feed parser, whose changes are not
    the claim engine's)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(out, feeds=feeds, base_url="http://127.0.0.1:1", anchor=ANCHOR)
        for path in sorted((out / "pages").iterdir()):
            page = path.read_text(encoding="utf-8")
            article, when = _ARTICLE.search(page), _PUBLISHED.search(page)
            assert article is not None and when is not None, path
            body = "\n\n".join(html.unescape(p) for p in _PARAGRAPH.findall(article.group(2)))
            published = datetime.fromisoformat(when.group(1)).date()
            yield path.name, Document(body, published, html.unescape(article.group(1)))
        for path in sorted((out / "feeds").iterdir()):
            for k, (title, summary) in enumerate(_entries(ET.parse(path).getroot())):
                yield f"{path.name}#{k}", Document(summary, ANCHOR.date(), title)


def _entries(root: ET.Element) -> Iterator[tuple[str, str]]:
    items = root.iter("item") if root.tag == "rss" else root.iter(f"{_ATOM}entry")
    for item in items:
        title = item.findtext("title") or item.findtext(f"{_ATOM}title") or ""
        summary = item.findtext("description") or item.findtext(f"{_ATOM}summary") or ""
        yield title, html.unescape(_TAG.sub("", summary))


def verdict_record(name: str, verdicts: list[Verdict]) -> bytes:
    record = [
        name,
        [
            [
                v.claim_id,
                v.stance.value,
                repr(v.confidence),
                [[e.start, e.end, e.in_title] for e in v.evidence],
                list(v.reasons),
            ]
            for v in verdicts
        ],
    ]
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", type=Path, default=ROOT.parent / "shared/corpus/real/tune")
    parser.add_argument("--feeds", type=int, default=200, help="feeds of the generated corpus")
    parser.add_argument("-v", "--verbose", action="store_true", help="a hash per corpus too")
    args = parser.parse_args()
    matcher = Matcher(load_settings(ROOT / "rules.yaml").claims)
    corpora = {
        "tests/corpus": labelled(ROOT / "tests" / "corpus"),
        "tune": labelled(args.tune) if args.tune.is_dir() else iter(()),
        "bench": bench_documents(args.feeds),
    }
    if not args.tune.is_dir():
        print(f"tune: {args.tune} not found, skipped (the hash differs from one with it)")
    total = hashlib.sha256()
    for label, docs in corpora.items():
        part = hashlib.sha256()
        count = judged = 0
        for name, doc in docs:
            verdicts = matcher.judge(doc)
            record = verdict_record(f"{label}/{name}", verdicts)
            total.update(record)
            part.update(record)
            count, judged = count + 1, judged + len(verdicts)
        line = f"{label}: {count} documents, {judged} verdicts"
        print(line + (f"  {part.hexdigest()[:16]}" if args.verbose else ""))
    print(f"verdict hash {total.hexdigest()}")


if __name__ == "__main__":
    main()
