"""The deterministic benchmark corpus: feeds (RSS 2.0 and Atom) and the article pages they link.

`generate(out, feeds=1000, base_url=..., anchor=...)` writes

    out/feeds/f0000.xml | f0001.atom ...   20-50 entries, 10-100 KB each
    out/pages/p00000.html ...              2 pages per feed, 30-150 KB, a 400-1,500-word body
                                           inside navigation, sidebars, related links, footers
    out/manifest.json                      what was generated, with byte counts

Everything comes from one seeded RNG, so the same (seed, feeds, base_url, anchor) gives the same
bytes. `anchor` is the "now" the dates are relative to: each feed's two newest entries link to
pages published within the 3 days before it (inside watch's 7-day back-fill window, so watch
fetches and extracts them); the other entries are 10-400 days old and link nowhere that exists,
so watch stores them from the feed's own text. About 30% of feeds and pages are Chinese. About
10% of pages and 5% of feed entries carry sentences about the tracked claims'
entities, so the matcher does real work.
All files get one fixed mtime so nginx's ETag and Last-Modified stay stable across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

PAGES_PER_FEED = 2
ZH_SHARE = 0.3
CLAIM_SHARE = 0.10  # pages whose body carries claim sentences
ENTRY_CLAIM_RATE = 0.005  # per feed-entry sentence: ~5% of entries mention a claim

_EN_WORDS = (  # noqa: SIM905  (a word list reads best as one string)
    "the of and to in that for on with as by at from about market company said people report "
    "year new chip model data cloud service growth quarter revenue analyst investor share price "
    "deal plan board chief executive official government policy rule court city country week "
    "month team product launch users software hardware network energy supply demand cost risk "
    "industry research study system platform customer partner agreement talks statement record "
    "early later still while after before during under over against between across within "
    "expected reported announced confirmed declined added noted warned told wrote showed raised "
    "cut grew fell rose signed built opened closed moved planned could would should might may "
    "will has have had was were is are been being more most less least many several few some "
    "first last next other same different large small major minor local global public private "
    "strong weak high low fast slow open closed clear recent current former future final "
    "according familiar matter sources statement filing document interview conference meeting "
).split()
_ZH_WORDS = (  # noqa: SIM905  (a word list reads best as one string)
    "市场 公司 表示 报道 今年 新的 芯片 模型 数据 云端 服务 增长 季度 营收 分析师 "
    "投资者 股价 交易 计划 董事会 首席 执行官 官员 政府 政策 规则 法院 城市 国家 "
    "本周 本月 团队 产品 发布 用户 软件 硬件 网络 能源 供应 需求 成本 风险 行业 "
    "研究 系统 平台 客户 伙伴 协议 谈判 声明 记录 此前 随后 仍然 同时 之后 之前 "
    "期间 超过 其中 预计 宣布 确认 拒绝 补充 指出 警告 透露 显示 提高 削减 增加 "
    "下降 上升 签署 建设 开放 关闭 推进 可能 将会 已经 正在 更多 多家 部分 首次 "
    "最后 下一步 其他 相同 不同 大型 小型 主要 地方 全球 公开 私人 强劲 疲软 快速 "
    "缓慢 清晰 近期 当前 未来 最终 知情 人士 消息 文件 采访 会议 记者 行业观察 "
    "科技 人工智能 算力 "
).split()

# Sentences about the tracked claims' entities (OpenAI, Nvidia, Microsoft, Apple...): some
# confirm, some contradict, some only mention. They make the subject prefilter fire, so the
# claim engine's slower stages (cues, amounts, dates) run on part of the corpus.
_EN_CLAIMS = (
    "Nvidia has agreed to invest about $30 billion in OpenAI as part of its latest funding round, "
    "people familiar with the matter said.",
    "Jensen Huang said the $100 billion investment in OpenAI was never a binding commitment.",
    "OpenAI is preparing to go public, with an IPO targeted for the fourth quarter of 2026.",
    "OpenAI denied that it plans an initial public offering next year.",
    "OpenAI is seeking to raise roughly $60 billion at a valuation of $730 billion.",
    "Microsoft said Copilot can now act as an agent that operates a computer on its own.",
    "Apple will use Google's Gemini model to power a new version of Siri next spring.",
    "Nvidia and OpenAI declined to comment on the talks.",
    "Amazon is in discussions to invest more than $10 billion in OpenAI, sources said.",
)
_ZH_CLAIMS = (
    "知情人士透露,英伟达已同意在OpenAI最新一轮融资中投资约300亿美元。",
    "黄仁勋表示,对OpenAI的1000亿美元投资从来不是具有约束力的承诺。",
    "OpenAI正在为上市做准备,计划于2026年第四季度进行首次公开募股。",
    "OpenAI否认计划明年上市。",
    "OpenAI寻求以7300亿美元估值融资约600亿美元。",
    "微软表示,Copilot智能体现在可以自行操作电脑。",
    "苹果将采用谷歌Gemini模型为新版Siri提供支持。",
    "英伟达与OpenAI均拒绝置评。",
)
_STAMP = datetime(2025, 1, 1, tzinfo=UTC).timestamp()  # every file's mtime


@dataclass(frozen=True)
class Page:
    index: int
    feed: int
    lang: str
    title: str
    published: datetime
    summary: str


class _Writer:
    """Text and markup from one RNG; `site` templates are shared by the pages of ~20 feeds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._sites: dict[int, tuple[str, str, str]] = {}

    def sentence(self, lang: str) -> str:
        n = self.rng.randint(8, 20)
        if lang == "zh":
            return "".join(self.rng.choices(_ZH_WORDS, k=n)) + "。"
        words = self.rng.choices(_EN_WORDS, k=n)
        return " ".join(words).capitalize() + "."

    def paragraph(self, lang: str, claim_rate: float) -> str:
        out = [self.sentence(lang) for _ in range(self.rng.randint(3, 7))]
        if self.rng.random() < claim_rate:
            pool = _ZH_CLAIMS if lang == "zh" else _EN_CLAIMS
            out.insert(self.rng.randrange(len(out) + 1), self.rng.choice(pool))
        return ("" if lang == "zh" else " ").join(out)

    def body(self, lang: str, words: int, claims: bool) -> list[str]:
        paragraphs: list[str] = []
        count = 0
        rate = 0.5 if claims else 0.0
        while count < words:
            p = self.paragraph(lang, rate)
            paragraphs.append(p)
            count += len(p) // 2 if lang == "zh" else p.count(" ") + 1
        return paragraphs

    def title(self, lang: str) -> str:
        if lang == "zh":
            return "".join(self.rng.choices(_ZH_WORDS, k=self.rng.randint(5, 9)))
        return " ".join(self.rng.choices(_EN_WORDS, k=self.rng.randint(6, 11))).title()

    def links(self, base: str, lang: str, n: int, cls: str) -> str:
        items = "".join(
            f'<li class="{cls}-item"><a href="{base}/section/{self.rng.randrange(10**6)}.html">'
            f"{escape(self.title(lang))}</a></li>"
            for _ in range(n)
        )
        return f'<ul class="{cls}">{items}</ul>'

    def site(self, key: int, base: str, lang: str) -> tuple[str, str, str]:
        """(navigation, sidebar, footer) for one site: many links, little prose."""
        if key not in self._sites:
            nav = f'<nav class="menu" role="navigation">{self.links(base, lang, 60, "nav")}</nav>'
            side = (
                f'<aside class="sidebar"><h3>Trending</h3>{self.links(base, lang, 25, "trend")}'
                f'<div class="ad-slot" data-slot="side-1"></div></aside>'
            )
            foot = (
                f'<footer class="site-footer">{self.links(base, lang, 40, "foot")}'
                f"<p>&copy; 2025 Site {key}. All rights reserved.</p></footer>"
            )
            self._sites[key] = (nav, side, foot)
        return self._sites[key]

    def script(self, size: int) -> str:
        # analytics/config blobs: real pages carry tens of KB of inline script
        chunks = []
        total = 0
        while total < size:
            chunk = f'"k{self.rng.randrange(10**6)}":"{self.rng.randrange(10**12):x}",'
            chunks.append(chunk)
            total += len(chunk)
        return f"<script>window.__CFG={{{''.join(chunks)}}};</script>"


def _page_html(w: _Writer, page: Page, base: str, target: int) -> bytes:
    rng = w.rng
    words = rng.randint(400, 1500)
    paragraphs = w.body(page.lang, words, claims=rng.random() < CLAIM_SHARE)
    nav, side, foot = w.site(page.feed // 20, base, page.lang)
    when = page.published.isoformat(timespec="seconds")
    head = (
        f'<!DOCTYPE html><html lang="{"zh-CN" if page.lang == "zh" else "en"}"><head>'
        f'<meta charset="utf-8"><title>{escape(page.title)} | Site {page.feed // 20}</title>'
        f'<meta property="og:title" content="{escape(page.title)}">'
        f'<meta property="article:published_time" content="{when}">'
        f'<meta name="viewport" content="width=device-width"></head><body>'
    )
    article = (
        f'<main><article class="story"><h1>{escape(page.title)}</h1>'
        f'<div class="byline">By Staff Reporter <time datetime="{when}">{when[:10]}</time></div>'
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        + "</article>"
    )
    related = (
        f'<section class="related"><h2>Related</h2>{w.links(base, page.lang, 12, "rel")}</section>'
    )
    parts = [head, nav, article, related, "</main>", side, foot]
    size = sum(len(p.encode()) for p in parts)
    filler: list[str] = []
    while size < target:
        # more link lists and script until the page reaches its drawn size
        extra = (
            w.links(base, page.lang, 30, "more")
            if rng.random() < 0.6
            else w.script(min(8000, target - size + 100))
        )
        filler.append(extra)
        size += len(extra.encode())
    return ("".join(parts[:5]) + "".join(filler) + "".join(parts[5:]) + "</body></html>").encode()


def _entry_texts(w: _Writer, lang: str, size: int) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        pool = _ZH_CLAIMS if lang == "zh" else _EN_CLAIMS
        s = w.rng.choice(pool) if w.rng.random() < ENTRY_CLAIM_RATE else w.sentence(lang)
        parts.append(s)
        total += len(s.encode()) + 1
    return ("" if lang == "zh" else " ").join(parts)


def _feed_xml(
    w: _Writer, index: int, base: str, anchor: datetime, pages: list[Page], target: int
) -> tuple[str, bytes]:
    """One feed: its pages' entries first (newest), then old entries up to the target size."""
    rng = w.rng
    lang = pages[0].lang
    n = rng.randint(20, 50)
    per_entry = max(60, target // n - 330)
    atom = index % 5 in (1, 3)  # 40% Atom
    items = []
    for k in range(n):
        if k < len(pages):
            p = pages[k]
            url, title, when = f"{base}/pages/p{p.index:05d}.html", p.title, p.published
            summary = p.summary
        else:
            url = f"{base}/archive/f{index:04d}/e{k:02d}.html"
            title = w.title(lang)
            when = anchor - timedelta(days=rng.uniform(10, 400))
            summary = _entry_texts(w, lang, rng.randint(per_entry // 2, per_entry * 3 // 2))
        items.append((url, title, when, summary))
    name = f"Bench feed {index:04d}"
    if atom:
        body = "".join(
            f"<entry><id>{escape(u)}</id><title>{escape(t)}</title>"
            f'<link rel="alternate" href="{escape(u)}"/>'
            f"<published>{d.isoformat(timespec='seconds')}</published>"
            f"<updated>{d.isoformat(timespec='seconds')}</updated>"
            f'<summary type="html">{escape("<p>" + escape(s) + "</p>")}</summary></entry>'
            for u, t, d, s in items
        )
        xml = (
            f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
            f' xml:lang="{lang}"><title>{name}</title><id>{base}/feeds/{index}</id>'
            f"<updated>{anchor.isoformat(timespec='seconds')}</updated>{body}</feed>"
        )
        return f"f{index:04d}.atom", xml.encode()
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link>"
        f'<guid isPermaLink="true">{escape(u)}</guid><pubDate>{format_datetime(d)}</pubDate>'
        f"<description>{escape('<p>' + escape(s) + '</p>')}</description></item>"
        for u, t, d, s in items
    )
    xml = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{name}</title><link>{base}/</link><description>{name}</description>"
        f"<language>{'zh-cn' if lang == 'zh' else 'en'}</language>{body}</channel></rss>"
    )
    return f"f{index:04d}.xml", xml.encode()


def generate(
    out: Path,
    *,
    feeds: int,
    base_url: str,
    anchor: datetime,
    seed: int = 20250101,
) -> dict[str, object]:
    """Write the corpus under `out` (replacing feeds/ and pages/); returns the manifest.

    Raises OSError when `out` cannot be written."""
    rng = random.Random(f"{seed}:{feeds}")
    w = _Writer(rng)
    base = base_url.rstrip("/")
    for sub in ("feeds", "pages"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).iterdir():
            old.unlink()
    feed_files: list[dict[str, object]] = []
    page_bytes = feed_bytes = 0
    for f in range(feeds):
        lang = "zh" if rng.random() < ZH_SHARE else "en"
        pages = []
        for k in range(PAGES_PER_FEED):
            index = f * PAGES_PER_FEED + k
            when = anchor - timedelta(hours=rng.uniform(1, 70))
            pages.append(
                Page(
                    index,
                    f,
                    lang,
                    w.title(lang),
                    when.replace(microsecond=0),
                    _entry_texts(w, lang, rng.randint(150, 400)),
                )
            )
        pages.sort(key=lambda p: p.published, reverse=True)
        for p in pages:
            html = _page_html(w, p, base, rng.randint(30_000, 150_000))
            path = out / "pages" / f"p{p.index:05d}.html"
            path.write_bytes(html)
            os.utime(path, (_STAMP, _STAMP))
            page_bytes += len(html)
        name, xml = _feed_xml(w, f, base, anchor, pages, rng.randint(10_000, 100_000))
        path = out / "feeds" / name
        path.write_bytes(xml)
        os.utime(path, (_STAMP, _STAMP))
        feed_bytes += len(xml)
        feed_files.append({"id": f"f{f:04d}", "url": f"{base}/feeds/{name}", "lang": lang})
    manifest = {
        "seed": seed,
        "feeds": feeds,
        "pages": feeds * PAGES_PER_FEED,
        "base_url": base,
        "anchor": anchor.isoformat(),
        "feed_bytes": feed_bytes,
        "page_bytes": page_bytes,
        "feed_list": feed_files,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--base-url", default="http://127.0.0.1:18080")
    parser.add_argument("--anchor", help="ISO time the dates are relative to (default: this hour)")
    parser.add_argument("--seed", type=int, default=20250101)
    args = parser.parse_args()
    anchor = (
        datetime.fromisoformat(args.anchor)
        if args.anchor
        else datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    )
    m = generate(args.out, feeds=args.feeds, base_url=args.base_url, anchor=anchor, seed=args.seed)
    print(json.dumps({k: v for k, v in m.items() if k != "feed_list"}))


if __name__ == "__main__":
    main()
