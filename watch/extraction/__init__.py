"""Article extraction: HTML page -> `Extracted` (main text, title, publication date, language).

`extract_html` runs trafilatura in-process; `watch.extraction.pool.ExtractorPool` runs it in
killable worker processes. `detect_lang` is a cheap helper for feed snippets
and short texts that never touch trafilatura.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any

from watch.errors import ExtractError
from watch.models import Extracted
from watch.textclean import tidy

MIN_TEXT_CHARS = 25  # below this trafilatura found a caption or a cookie line, not an article
_options: Any = None  # trafilatura's Extractor, built on first use (see prepare_extractor)


# --- decoding ---------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Pages label themselves with the narrow legacy name; decoding with the superset is what
# browsers do and keeps characters outside GB2312/Big5 proper (names, rare hanzi) intact.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def decode_html(data: bytes | str) -> str:
    """Decode a page to text: BOM, then valid UTF-8, then the `<meta charset>` the page
    declares, then a statistical guess (charset_normalizer), then UTF-8 with replacement.

    UTF-8 goes before the declared charset because a page that decodes as UTF-8 without
    error almost always is UTF-8, while stale `charset=gb2312` declarations are common.
    Never raises.
    """
    if isinstance(data, str):
        return data
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:16384])
    if match:
        name = match.group(1).decode("ascii").lower()
        try:
            return data.decode(_SUPERSETS.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: fall through to guessing
    from charset_normalizer import from_bytes

    best = from_bytes(data if len(data) <= 20000 else data[:10000] + data[-10000:]).best()
    if best is not None:
        return data.decode(_SUPERSETS.get(best.encoding, best.encoding), errors="replace")
    return data.decode("utf-8", errors="replace")


def strip_heavy(data: bytes) -> bytes:
    """Drop `<script>`, `<style>`, `<svg>` and `<noscript>` blocks, keeping JSON-LD (it carries
    the headline and datePublished). Linear time, works on raw bytes of any ASCII-compatible
    encoding; modern pages are mostly script, so this is what makes the size cap fair.

    A block ends where an HTML parser ends it, at the first `</name`: a kept JSON-LD block is
    passed over whole (its JSON strings may hold a "<script>" with an escaped end tag),
    and a comment is passed over too (a `<script>` in it opens nothing). Cutting from a
    `<script>` inside either to a later `</script>` would leave the block or comment open
    to swallow the body, and the page would read as having none."""
    lower = data.lower()
    out: list[bytes] = []
    pos = 0
    start = _next_heavy(lower, 0)
    while start is not None:
        tag_start, name = start
        tag_end = lower.find(b">", tag_start)
        if name == b"!--" or (name == b"script" and b"ld+json" in lower[tag_start:tag_end]):
            if name == b"!--":
                close = lower.find(b"-->", tag_start + 4)
            else:
                close = lower.find(b"</script", tag_end) if tag_end >= 0 else -1
            if close < 0:
                break  # open to the end of the page: kept as it is
            start = _next_heavy(lower, close)
            continue
        close = lower.find(b"</" + name, tag_end)
        end = len(data) if close < 0 or tag_end < 0 else lower.find(b">", close) + 1 or len(data)
        out.append(data[pos:tag_start])
        pos = end
        start = _next_heavy(lower, end)
    out.append(data[pos:])
    return b"".join(out)


_HEAVY = re.compile(rb"<(!--|(?:script|style|svg|noscript)(?=[\s>/]))")


def _next_heavy(lower: bytes, pos: int) -> tuple[int, bytes] | None:
    match = _HEAVY.search(lower, pos)
    return (match.start(), match.group(1)) if match else None


# --- in-process extraction --------------------------------------------------------------------


def prepare_extractor() -> Any:
    """The one set of trafilatura options `watch` uses, built once per process.

    - fast=False: keeps trafilatura's fallbacks for pages its own rules get wrong. readability
      runs on every page (about a fifth of an extraction's CPU) and its text is taken when it
      is clearly better; justext runs only when the result is short or still holds boilerplate.
    - precision: news pages carry "related stories" and teaser blocks that recall mode keeps;
      the claim engine is better served by less text that is surely the article.
    - comments off: reader comments are not the outlet's reporting.
    - tables off: older sites (many Chinese ones) lay the whole page out in <table>s, and with
      tables on the article comes out as one markdown row glued to the navigation. The cost:
      figures that live only in a data table are lost.
    - dedup off: trafilatura's duplicate cache is process-wide, so a second syndicated copy
      handled by the same worker would come back empty; near-duplicates are `watch.dedup`'s job.
    - no metadata here: `_metadata` reads the page's own tags first and calls trafilatura's
      metadata extraction (htmldate: the slow part) only when they are missing.
    """
    global _options
    if _options is None:
        from trafilatura.settings import Extractor

        _options = Extractor(
            output_format="python",
            fast=False,
            precision=True,
            comments=False,
            tables=False,
            dedup=False,
            with_metadata=False,
        )
    return _options


def extract_html(html: bytes | str, url: str | None = None) -> Extracted:
    """Extract the main text, title, publication date (UTC) and language of one page.

    Bytes are decoded with `decode_html`. Runs in the calling process with no time limit:
    for pages from the network use `ExtractorPool`.

    Raises:
        ExtractError: the page does not parse as HTML or holds no main text.
    """
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    from watch import plain
    from watch.extraction import prune

    if plain.enabled():
        prune.uninstall()
    else:
        prune.install()  # once per process: same output, a third less CPU per page
    where = url or "<html>"
    tree = load_html(decode_html(html))
    if tree is None:
        raise ExtractError(where, "not an HTML page")
    title, date_text = _metadata(tree, url)
    document = bare_extraction(tree, url=url, options=prepare_extractor())
    text = tidy(getattr(document, "text", None) or "")  # None when trafilatura found nothing
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractError(where, "no main text found")
    lang = detect_lang(text)
    published = parse_datetime(date_text or "", page_zone(lang))
    return Extracted(title=title, text=text, published=published, lang=lang)


CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "CST")


def page_zone(lang: str) -> tzinfo:
    """The zone a page's time is in when the page does not say: China Standard Time for a
    Chinese page (the mainland, Hong Kong, Macau and Taiwan all keep +08:00, and almost every
    Chinese-language outlet publishes in it), UTC for any other."""
    return CHINA_STANDARD_TIME if lang == "zh" else UTC


_TITLE_XPATHS = (
    '//meta[@property="og:title"]/@content',
    '//meta[@name="twitter:title"]/@content',
    "//head/title/text()",
    "//title/text()",
)
_DATE_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="publish-date"]/@content',
    '//meta[@name="dc.date" or @name="DC.date.issued" or @name="date"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    "//article//time/@datetime",
)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _metadata(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """Title and publication date (as written) from the page's own tags, else trafilatura's
    metadata."""
    title = _first(tree, _TITLE_XPATHS, _clean_title)
    published = _first(tree, _DATE_XPATHS, _date_text)
    if published is None:
        for script in tree.xpath('//script[contains(@type, "ld+json")]/text()'):
            match = _LD_DATE.search(script)
            if match and (published := _date_text(match.group(1))):
                break
    if title is None or published is None:
        from trafilatura.metadata import extract_metadata

        meta = extract_metadata(tree, url, prepare_extractor().date_params)
        title = title or _clean_title(meta.title or "")
        published = published or _date_text(meta.date or "")
    return title, published


def _date_text(value: str) -> str | None:
    return value if parse_datetime(value) is not None else None


def _first(tree: Any, xpaths: tuple[str, ...], convert: Any) -> Any:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if (result := convert(str(value))) is not None:
                return result
    return None


def _clean_title(value: str) -> str | None:
    title = " ".join(value.split())
    return title or None


def parse_datetime(value: str, zone: tzinfo = UTC) -> datetime | None:
    """ISO 8601 (with or without time, "Z" or offset) or RFC 2822 -> aware UTC datetime.

    A time of day with no zone is taken to be in `zone` (see `page_zone`); a bare date is
    that calendar day at 00:00 UTC, since moving it by a zone would change the day.
    Returns None for anything unparseable. Never raises.
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if len(value) > 10 else value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        bare_date = len(value) <= 10 and parsed.time() == time()
        return parsed.replace(tzinfo=UTC if bare_date else zone).astimezone(UTC)
    return parsed.astimezone(UTC)


# Counted with regexes (C loops): a per-character Python loop cost 7% of a cold run.
# (runs, not single characters: `_count` sums their lengths from a list several times shorter)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]+")
_LETTER = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
LANG_SAMPLE = 1500  # characters: the title and the opening paragraphs tell the language


def _count(chars: re.Pattern[str], text: str) -> int:
    return sum(map(len, chars.findall(text)))


def detect_lang(text: str) -> str:
    """Return "zh", "en" or "und" from the scripts of the letters in `text`; no model, one pass.

    Han ideographs are counted against all letters; because an English word spends about five
    letters where Chinese spends one or two ideographs, a share of 20% already means a large
    part of the text is Chinese, so mixed text with substantial Chinese is "zh". Kana or
    Hangul next to the ideographs make it Japanese or Korean: "und". Otherwise text that is
    mostly Latin letters is "en" (other Latin-script languages are not told apart).
    """
    text = text[:LANG_SAMPLE]
    if text.isascii():  # the common case, decided without counting
        return "en" if _ASCII_LETTER.search(text) else "und"
    letters = _count(_LETTER, text)
    if letters == 0:
        return "und"
    han, kana_hangul = _count(_HAN, text), _count(_KANA_HANGUL, text)
    latin = _count(_LATIN, text)
    if (han + kana_hangul) / letters >= 0.2:
        return "und" if kana_hangul > 0.1 * (han + kana_hangul) else "zh"
    return "en" if latin / letters >= 0.6 else "und"
