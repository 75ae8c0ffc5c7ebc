"""Extraction: sample pages, snippet text, language, charset decoding and the killable pool."""

from __future__ import annotations

import json
import os
import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.feedkit import page
from tests.procs import wait_gone
from watch.errors import ExtractError
from watch.extraction import decode_html, detect_lang, extract_html, parse_datetime, strip_heavy
from watch.extraction.pool import WORKER_NICENESS, ExtractorPool
from watch.models import Extracted
from watch.textclean import _plain_tags_text, _TextCollector, html_to_text, tidy

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_sample_page(name: str) -> None:
    want = EXPECTED[name]
    got = extract_html((PAGES / name).read_bytes(), want["url"])
    assert got.title == want["title"]
    assert got.published == datetime.fromisoformat(want["published"])
    assert got.published is not None and got.published.tzinfo is UTC
    assert got.lang == want["lang"]
    for fragment in want["contains"]:
        assert fragment in got.text
    for fragment in want["absent"]:
        assert fragment not in got.text


def test_gbk_page_needs_its_declared_charset() -> None:
    raw = (PAGES / "zh_gbk.html").read_bytes()
    assert b"charset=gb2312" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("gb2312")  # 镕 is GBK but not GB2312: decoding must use the superset
    assert "陈国镕" in decode_html(raw)


def test_big5_page_and_undeclared_gbk_decode() -> None:
    text = "<html><head><meta charset='big5'><title>臺灣</title></head><body>臺灣高鐵</body></html>"
    assert "臺灣高鐵" in decode_html(text.encode("big5"))
    body = "长江航运集团昨日宣布，将投资约35亿元在武汉阳逻港区新建一座集装箱码头。" * 5
    undeclared = f"<html><body><p>{body}</p></body></html>".encode("gb18030")
    assert body in decode_html(undeclared)


def test_utf8_bom_and_str_input() -> None:
    assert decode_html("\ufeff<p>é</p>".encode()) == "<p>é</p>"
    assert decode_html("<p>already text</p>") == "<p>already text</p>"


@pytest.mark.parametrize(
    "html",
    [b"", b"not html at all", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"],
    ids=["empty", "plain-bytes", "navigation-only"],
)
def test_nothing_usable_raises(html: bytes) -> None:
    with pytest.raises(ExtractError) as caught:
        extract_html(html, "https://x.example/a")
    assert "https://x.example/a" in str(caught.value)


@pytest.mark.parametrize(
    ("snippet", "text"),
    [
        ("<p>Hello <b>world</b></p><p>Second</p>", "Hello world\nSecond"),
        ("AT&amp;T &lt;b&gt; is not a tag", "AT&T <b> is not a tag"),
        ("&amp;lt;escaped twice&amp;gt;", "&lt;escaped twice&gt;"),
        ("5 < 6 and AT&T", "5 < 6 and AT&T"),
        ("Fish &amp; chips &#8212; &eacute;t&eacute;&nbsp;2024", "Fish & chips — été 2024"),
        ("<script>alert('x')</script>Kept<style>p{color:red}</style> text", "Kept text"),
        ("<div>  lots \n\n of\t space  </div>", "lots of space"),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("<p>星河电子&nbsp;收购</p><!-- a comment -->", "星河电子 收购"),
        ("no markup at all", "no markup at all"),
        ("", ""),
    ],
)
def test_html_to_text(snippet: str, text: str) -> None:
    assert html_to_text(snippet) == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Harbor Lines agreed to buy Nordkap Freight.", "en"),
        ("星河电子宣布以120亿元收购蓝海半导体", "zh"),
        ("臺灣高鐵今日宣布票價調整", "zh"),
        ("星河电子（Xinghe Electronics）周二宣布收购蓝海半导体（Bluesea Semiconductor）", "zh"),
        ("Apple CEO Tim Cook met 王建国 in Beijing on Tuesday to discuss supply chains.", "en"),
        ("東京電力は火曜日、新しい計画を発表した", "und"),
        ("삼성전자가 화요일 새로운 계획을 발표했다", "und"),
        ("Газпром объявил о новых планах", "und"),
        ("12345 !!! 2024-03-05", "und"),
        ("", "und"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T14:30:00+01:00", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("2024-03-05T13:30:00Z", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("2024-03-05 13:30:00", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 13:30:00 GMT", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_datetime(value: str, expected: datetime | None) -> None:
    assert parse_datetime(value) == expected


def test_a_time_without_a_zone_is_read_in_the_zone_given_and_a_bare_date_stays_its_day() -> None:
    from watch.extraction import CHINA_STANDARD_TIME

    assert parse_datetime("2026-03-05 09:30:00", CHINA_STANDARD_TIME) == datetime(
        2026, 3, 5, 1, 30, tzinfo=UTC
    )
    assert parse_datetime("2026-03-05", CHINA_STANDARD_TIME) == datetime(2026, 3, 5, tzinfo=UTC)
    assert parse_datetime("2026-03-05T09:30:00+00:00", CHINA_STANDARD_TIME) == datetime(
        2026, 3, 5, 9, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("paragraph", "hour_utc"),
    [
        (
            "微软周二表示，其Copilot电脑操作智能体将推迟至明年推出，公司称需要更多时间完善安全功能。"
            * 4,
            1,
        ),
        ("Microsoft said on Tuesday that its Copilot agent would ship next year instead. " * 4, 9),
    ],
)
def test_a_page_time_without_a_zone_is_china_time_on_a_chinese_page(
    paragraph: str, hour_utc: int
) -> None:
    html = page("Copilot", [paragraph, paragraph]).replace(
        b"<title>", b"<meta property='article:published_time' content='2026-03-05T09:30:00'><title>"
    )
    assert extract_html(html).published == datetime(2026, 3, 5, hour_utc, 30, tzinfo=UTC)


def test_strip_heavy_keeps_json_ld_and_survives_unclosed_tags() -> None:
    page = (
        b"<html><head><script>var a = '<p>x</p>';</script><style>p{}</style>"
        b'<script type="application/ld+json">{"datePublished":"2024-01-01"}</script>'
        b"</head><body><p>Body</p><svg><path d='M0'/></svg><p>More</p><script>never closed"
    )
    stripped = strip_heavy(page)
    assert b"var a" not in stripped and b"p{}" not in stripped and b"<path" not in stripped
    assert b"datePublished" in stripped
    assert b"<p>Body</p>" in stripped and b"<p>More</p>" in stripped
    assert b"never closed" not in stripped


ARTICLE = "<p>The union will put the final offer to its members in a vote on Thursday.</p>" * 3


@pytest.mark.parametrize(
    "head",
    [
        # a JSON-LD string holding a page fragment with its own script (escaped end tag)
        '<script type="application/ld+json">{"articleBody": "<p>x</p><!--[if lt IE 9]>'
        '<script>document.createElement(\\"audio\\");<\\/script><![endif]-->"}</script>',
        # a commented-out script, then a real one
        "<!-- <script src='old.js'> --><script>var a = 1;</script>",
    ],
    ids=["script in json-ld", "script in a comment"],
)
def test_strip_heavy_never_makes_a_readable_page_unreadable(head: str) -> None:
    page = f"<html><head><title>t</title>{head}</head><body>{ARTICLE}</body></html>".encode()
    stripped = strip_heavy(page)
    assert b"var a" not in stripped
    assert extract_html(stripped).text == extract_html(page).text


# --- the pool ---------------------------------------------------------------------------------


def pathological_page(elements: int = 30_000) -> bytes:
    """Tens of thousands of tiny link blocks: trafilatura spends about 0.3 ms on each
    (30,000 -> about 9 s on the 2-core dev machine) and has no time limit of its own."""
    blocks = "".join(f"<div><a href='/{i}'>l{i}</a> <b>x</b></div>" for i in range(elements))
    page = f"<html><head><title>t</title></head><body><article>{blocks}</article></body></html>"
    return page.encode()


def sample_jobs() -> list[tuple[str, bytes, str]]:
    return [(name, (PAGES / name).read_bytes(), EXPECTED[name]["url"]) for name in EXPECTED]


def test_pool_kills_slow_page_and_still_returns_the_others() -> None:
    jobs = [("slow", pathological_page(), "https://slow.example/"), *sample_jobs() * 2]
    started = time.monotonic()
    with ExtractorPool(workers=2, timeout=1.5) as pool:
        results = list(pool.map(jobs))
        pids = pool.pids
        assert pids
    elapsed = time.monotonic() - started
    assert len(results) == len(jobs)
    by_key: dict[object, list[object]] = {}
    for key, result in results:
        by_key.setdefault(key, []).append(result)
    (slow,) = by_key.pop("slow")
    assert isinstance(slow, ExtractError) and "timed out" in str(slow)
    assert "https://slow.example/" in str(slow)
    for name, found in by_key.items():
        assert len(found) == 2
        for result in found:
            assert isinstance(result, Extracted), result
            assert result.title == EXPECTED[name]["title"]
    assert elapsed < 8, elapsed  # killed at 1.5 s, not left to run its ~9 s
    assert wait_gone(pids) == []


def test_pool_replaces_killed_worker_and_leaves_no_processes() -> None:
    seen: set[int] = set()
    with ExtractorPool(workers=1, timeout=1.0) as pool:
        pool.start()
        seen.update(pool.pids)
        first = list(pool.map([("slow", pathological_page(), None)]))
        assert "timed out" in str(first[0][1])
        second = list(pool.map(sample_jobs()))
        seen.update(pool.pids)
        assert all(isinstance(result, Extracted) for _, result in second)
    assert len(seen) == 2  # the killed worker was replaced by a new process
    assert wait_gone(list(seen)) == []
    with pytest.raises(RuntimeError):
        list(pool.map(sample_jobs()))


def test_workers_run_at_lower_priority_than_the_process_feeding_them() -> None:
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    with ExtractorPool(workers=2) as pool:
        results = list(pool.map(sample_jobs()))  # the workers have started and worked
        assert all(isinstance(result, Extracted) for _, result in results)
        assert len(pool.pids) == 2
        for pid in pool.pids:
            assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, ours + WORKER_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, 0) == ours


def test_pool_reports_a_worker_that_dies() -> None:
    with ExtractorPool(workers=1, timeout=30) as pool:
        results = pool.map([("victim", pathological_page(), "https://victim.example/")])
        pool.start()
        (pid,) = pool.pids
        # The generator sends the job on first next(); kill the worker while it works.
        iterator = iter(results)
        killer_started = time.monotonic()
        key, result = _next_after_kill(iterator, pid)
        assert key == "victim"
        assert isinstance(result, ExtractError) and "worker died" in str(result)
        assert time.monotonic() - killer_started < 10
        again = list(pool.map(sample_jobs()[:1]))
        assert isinstance(again[0][1], Extracted)
    assert wait_gone([pid]) == []


def _next_after_kill(iterator, pid: int):
    import threading

    timer = threading.Timer(0.5, os.kill, args=(pid, 9))
    timer.start()
    try:
        return next(iterator)
    finally:
        timer.cancel()


def test_pool_refuses_oversized_markup_but_not_oversized_scripts() -> None:
    filler = "<p>" + "x" * 90 + "</p>"
    huge_markup = ("<html><body>" + filler * 2000 + "</body></html>").encode()
    article = (PAGES / "en_reuters_style.html").read_bytes()
    script_heavy = article.replace(
        b"</head>", b"<script>" + b"var a=1;" * 40_000 + b"</script></head>"
    )
    with ExtractorPool(workers=1, timeout=10, max_html_bytes=100_000) as pool:
        results = dict(
            pool.map([("markup", huge_markup, "https://big.example/"), ("js", script_heavy, None)])
        )
    assert isinstance(results["markup"], ExtractError)
    assert "too large" in str(results["markup"]) and "https://big.example/" in str(
        results["markup"]
    )
    assert isinstance(results["js"], Extracted)


def test_abandoning_map_kills_running_jobs() -> None:
    quick = sample_jobs()[0]
    with ExtractorPool(workers=2, timeout=30) as pool:
        iterator = pool.map([quick, ("slow", pathological_page(), None)])
        key, first = next(iterator)  # the quick page; the slow one is still running
        assert key == quick[0] and isinstance(first, Extracted)
        pids = pool.pids
        assert len(pids) == 2
        iterator.close()  # the caller walks away: the running job's worker is killed now
        assert len(pool.pids) == 1
        assert len(wait_gone(pids)) == 1
        again = list(pool.map([quick]))
        assert isinstance(again[0][1], Extracted)
    assert wait_gone(pids) == []


def test_pool_rejects_bad_settings() -> None:
    for kwargs in ({"workers": -1}, {"timeout": 0}, {"max_html_bytes": 0}):
        with pytest.raises(ValueError):
            ExtractorPool(**kwargs)


# --- throughput -------------------------------------------------------------------------------

_WORD_TEXT = (
    "the company said on Tuesday it would buy shares of its rival for billion dollars in cash "
    "regulators analysts expect deal close quarter market prices rose fell percent investors "
    "chief executive told reporters board approved plan sales profit year earlier growth"
)
_WORDS = _WORD_TEXT.split()
_HANZI = (
    "公司周二宣布收购股份交易监管机构预计本季度完成市场价格上涨下跌投资者董事会批准计划销售利润增长"
)


def realistic_page(rng: random.Random, chinese: bool) -> bytes:
    """A 50-100 KB news page: navigation, inline scripts, an article, teasers, a footer."""

    def sentence() -> str:
        if chinese:
            return "".join(rng.choice(_HANZI) for _ in range(rng.randint(20, 45))) + "。"
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 28))).capitalize() + "."

    def links(count: int) -> str:
        return "".join(
            f"<li><a href='/s/{rng.randint(1, 10**6)}'>{sentence()[:40]}</a></li>"
            for _ in range(count)
        )

    def cards(count: int) -> str:
        return "".join(
            f"<div class='card'><div class='img'><img src='/i/{n}.jpg' alt=''></div>"
            f"<div class='meta'><span class='tag'>News</span><a href='/c/{n}'>{sentence()[:50]}"
            f"</a><span class='time'>{n} min ago</span></div></div>"
            for n in range(count)
        )

    paragraphs = "".join(
        "<p>" + " ".join(sentence() for _ in range(rng.randint(2, 5))) + "</p>"
        for _ in range(rng.randint(8, 18))
    )
    script = (
        "<script>window.__STATE__="
        + "{'k':1,'v':[1,2,3]}," * rng.randint(1000, 2500)
        + ";</script>"
    )
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{sentence()[:60]}</title>"
        f"<meta property='article:published_time' content='2024-05-0{rng.randint(1, 9)}T08:00:00Z'>"
        f"<style>{'.c{margin:0;padding:1px}' * 200}</style>{script}</head><body>"
        f"<header><nav><ul>{links(60)}</ul></nav></header><main><article><h1>{sentence()}</h1>"
        f"<div class='body'>{paragraphs}</div></article>"
        f"<aside><h3>Related</h3><ul>{links(30)}</ul>{cards(rng.randint(60, 120))}</aside></main>"
        f"<footer><ul>{links(40)}</ul><p>Copyright 2024</p></footer></body></html>"
    )
    return page.encode()


@pytest.mark.slow
def test_the_pool_extracts_realistic_pages_as_a_sequential_loop_does() -> None:
    # Speed is bench/'s business (bench/floor_cold.py); this holds the pool to the same output.
    rng = random.Random(42)
    pages = [realistic_page(rng, chinese=i % 3 == 0) for i in range(50)]
    sizes = sorted(len(p) for p in pages)
    assert sizes[0] >= 45_000 and sizes[-1] <= 110_000, (sizes[0], sizes[-1])
    sequential = [extract_html(page) for page in pages]
    with ExtractorPool(workers=2, timeout=20) as pool:
        pool.start()
        pooled = dict(pool.map((i, page, None) for i, page in enumerate(pages)))
    assert [pooled[i] for i in range(len(pages))] == sequential


def _parsed_by_html_parser(snippet: str) -> str:
    collector = _TextCollector()
    collector.feed(snippet)
    collector.close()
    return tidy("".join(collector.parts))


_PIECES = [
    "<p>",
    "</p>",
    "<P class='lead'>",
    "<br>",
    "<br/>",
    "<BR />",
    '<div id="x">',
    "</div>",
    "<a href=\"https://x.example/a?b=1&amp;c=2\" title='t'>",
    "</a>",
    "<b>",
    "</B>",
    "<img src=x.png alt=\"a 'quoted' word\"/>",
    '<span data-x="1"\n class=y>',
    "</span >",
    "<li>",
    "</li>",
    "<h2>",
    "<custom-tag>",
    "<o:p>",
    "</o:p>",
    '<a title="x>y">',
    "<a title='unclosed>",
    "<!-- note -->",
    "<!DOCTYPE html>",
    "<?php x ?>",
    "<script>x<y</script>",
    "<style>p{}</style>",
    "<noscript>n</noscript>",
    "<template>t</template>",
    "< not a tag",
    "a < b",
    "</ p>",
    "<>",
    "</>",
    "<3",
    "<p\x00>",
    '<a"b>',
    "Plain text",
    " words  with\tspaces ",
    "\n",
    "AT&amp;T",
    "&lt;b&gt;",
    "&amp;lt;",
    "&nbsp;",
    "&eacute;t&eacute;",
    "&#8212;",
    "&#x4e2d;",
    "&bogus;",
    "& alone",
    "&amp",
    "星河电子",
    "\u00a0",
    "\u2028",
    "x\x0by",
    "“quoted”",
]


def test_the_plain_tag_path_reads_snippets_as_html_parser_does() -> None:
    rng = random.Random(20261123)
    fast = 0
    for _ in range(4000):
        snippet = "<b>" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        if _plain_tags_text(snippet) is not None:
            fast += 1
        assert html_to_text(snippet) == _parsed_by_html_parser(snippet), snippet
    assert fast > 400  # the fast path is taken for a good share, not only for markup-free text


@pytest.mark.parametrize(
    "snippet",
    ["<p>a</p><!-- c -->", "5 < 6 <b>x</b>", '<a title="x>y">z</a>', "<p>x<script>y</script>"],
)
def test_markup_beyond_plain_tags_goes_to_the_parser(snippet: str) -> None:
    assert _plain_tags_text(snippet) is None
