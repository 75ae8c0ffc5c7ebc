"""`watch.feeds.fastxml` (the fast reader for plain feeds) against feedparser: for every document it
reads, `parse_feed` must give exactly what it gives through feedparser; what it cannot read it
must hand over (None), never guess."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from watch import feeds
from watch.feeds import fastxml as feedxml
from watch.models import FetchResult, ParsedFeed

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)
BASE = "http://news.example/feeds/world.xml"


def fetched(body: bytes, content_type: str = "application/rss+xml") -> FetchResult:
    return FetchResult(
        url=BASE,
        final_url=BASE,
        status=200,
        headers={"content-type": content_type},
        body=body,
        validators=None,  # type: ignore[arg-type]
        elapsed=0.0,
    )


def both(body: bytes, monkeypatch: pytest.MonkeyPatch, content_type: str = "application/rss+xml"):
    """(parse_feed with the fast reader, parse_feed through feedparser, whether the fast
    reader took the document). Errors compare as their messages."""
    result = fetched(body, content_type)
    taken = feedxml.read(body, feeds._parser_headers(result)) is not None

    def run() -> ParsedFeed | str:
        try:
            return feeds.parse_feed(result, "f", now=NOW)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"

    fast = run()
    with monkeypatch.context() as patch:
        patch.setattr(feedxml, "read", lambda body, headers: None)
        slow = run()
    return fast, slow, taken


def rss(items: str, channel: str = "<title>World</title>", head: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel>{channel}{items}</channel></rss>"
    ).encode()


def atom(entries: str, head: str = "<title>World</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"{head}{entries}</feed>"
    ).encode()


# Documents the fast reader takes: each exercises one of feedparser's habits it reproduces.
TAKEN = {
    "plain rss": rss(
        "<item><title>Nvidia pledge</title><link>http://a.example/1</link>"
        "<guid>http://a.example/1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate>"
        "<description>&lt;p&gt;Non-binding, &lt;b&gt;Huang&lt;/b&gt; says.&lt;/p&gt;</description>"
        "</item>"
    ),
    "relative link and guid": rss(
        "<item><title>t</title><link>/2026/12/story?id=1&amp;amp;x=2</link>"
        "<guid>story-1</guid></item>"
    ),
    "guid is not a permalink": rss(
        '<item><title>t</title><guid isPermaLink="false">tag-77</guid>'
        "<description>body text here</description></item>"
    ),
    "guid only, it is the link": rss(
        '<item><guid isPermaLink="true">http://a.example/9</guid></item>'
    ),
    "guid before link": rss(
        "<item><guid>http://a.example/g</guid><link>http://a.example/l</link></item>"
    ),
    "title that looks like html": rss(
        "<item><title>AT&amp;amp;T &lt;i&gt;wins&lt;/i&gt;</title><link>http://a.example/2</link></item>"
    ),
    "title with a bare ampersand": rss(
        "<item><title>Q&amp;A: 3 &lt; 4</title><link>http://a.example/3</link></item>"
    ),
    "cdata and white space": rss(
        "<item><title>\n  Spaced   out \n</title><link> http://a.example/4 </link>"
        "<description><![CDATA[<p>OpenAI IPO <em>pushed</em> to 2027</p>]]></description></item>"
    ),
    "content before description": rss(
        "<item><title>c</title><link>http://a.example/5</link>"
        "<content:encoded><![CDATA[<p>The full story, longer than the teaser.</p>]]>"
        "</content:encoded><description>teaser</description></item>"
    ),
    "description longer than content": rss(
        "<item><link>http://a.example/6</link><description>a much longer description of"
        " the event than the content</description><content:encoded>short</content:encoded></item>"
    ),
    "content only": rss(
        "<item><link>http://a.example/7</link><content:encoded>x y z</content:encoded></item>"
    ),
    "dc date and odd dates": rss(
        "<item><link>http://a.example/8</link><dc:date>2026-11-30T08:00:00+08:00</dc:date></item>"
        "<item><link>http://a.example/8b</link>"
        "<pubDate>Mon, 30 Nov 2026 08:00:00 EST</pubDate></item>"
        "<item><link>http://a.example/8c</link><pubDate>2026-11-30</pubDate></item>"
        "<item><link>http://a.example/8d</link><pubDate>not a date</pubDate></item>"
        "<item><link>http://a.example/8e</link><pubDate>Mon, 30 Nov 26 08:00 GMT</pubDate></item>"
    ),
    "ignored elements": rss(
        "<item><title>i</title><author>x@y.example (X)</author><category>AI</category>"
        "<category>Chips</category><dc:creator>Li</dc:creator><comments>/c/1</comments>"
        '<enclosure url="http://a.example/a.mp3" length="1" type="audio/mpeg"/>'
        '<source url="http://b.example/rss">B</source><link>http://a.example/10</link></item>'
    ),
    "no id, no link": rss(
        "<item><title>Only a title</title><description>and text</description></item>"
    ),
    "chinese text": rss(
        "<item><title>英伟达：对OpenAI的投资不具约束力</title><link>http://a.example/zh</link>"
        "<description>黄仁勋表示，1000亿美元的投资意向“从来不是承诺”。</description></item>"
    ),
    "utf-8 read as latin-1": rss(
        "<item><title>CafÃ© Ã©lite</title><link>http://a.example/moji</link></item>"
    ),
    "c1 controls": rss(
        "<item><title>\u0093quoted\u0094 \u0080 sign</title><link>http://a.example/c1</link></item>"
    ),
    "empty feed": rss(""),
    "no channel title": rss("<item><link>http://a.example/nt</link></item>", channel=""),
    "feed title after image": rss(
        "<item><link>http://a.example/im</link></item>",
        channel="<image><title>Logo</title><url>http://a.example/l.png</url></image><title>Feed</title>",
    ),
    "plain atom": atom(
        "<entry><id>http://a.example/e1</id><title>Round swells</title>"
        '<link rel="alternate" href="http://a.example/e1.html"/>'
        "<published>2026-12-01T10:00:00Z</published><updated>2026-12-01T11:00:00Z</updated>"
        '<summary type="html">&lt;p&gt;$110B round&lt;/p&gt;</summary></entry>'
    ),
    "atom tag id and no link": atom(
        "<entry><id>tag:a.example,2026:1</id><title>t</title><updated>2026-12-01T10:00:00Z</updated>"
        "<summary>plain &lt;not a tag&gt;</summary></entry>"
    ),
    "atom urn id, relative link": atom(
        "<entry><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>"
        '<link href="/2026/e2"/><title type="html">A &amp;amp; B</title></entry>'
    ),
    "atom links of every kind": atom(
        '<entry><id>http://a.example/e3</id><link rel="self" href="http://a.example/self"/>'
        '<link rel="enclosure" type="audio/mpeg" href="http://a.example/a.mp3"/>'
        '<link rel="Alternate" type="TEXT/HTML" href="http://a.example/alt"/>'
        '<link rel="alternate" type="application/pdf" href="http://a.example/doc.pdf"/></entry>'
    ),
    "atom link before id": atom(
        '<entry><link href="http://a.example/first"/><id>http://a.example/id</id></entry>'
    ),
    "atom content and summary": atom(
        '<entry><id>http://a.example/e4</id><content type="html">&lt;p&gt;Full&lt;/p&gt;</content>'
        '<summary type="text">Short</summary><created>2026-11-01T00:00:00Z</created></entry>'
    ),
    "atom content only": atom(
        '<entry><id>http://a.example/e5</id><content type="text/html">&lt;p&gt;Body&lt;/p&gt;'
        "</content></entry>"
    ),
    "atom author and source": atom(
        "<entry><id>http://a.example/e6</id><author><name>Li</name><uri>http://li.example/</uri>"
        "</author><source><title>Other</title><id>http://o.example/</id>"
        '<link href="http://o.example/"/></source><category term="ai"/><rights>(c)</rights></entry>'
    ),
}

# Documents the fast reader must hand to feedparser.
HANDED_OVER = {
    "doctype": rss("<item><link>http://a.example/1</link></item>", head="<!DOCTYPE rss>"),
    "xml:base": atom('<entry xml:base="http://b.example/"><id>http://a.example/1</id></entry>'),
    "xhtml content": atom(
        '<entry><id>http://a.example/1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<p>x</p></div></content></entry>"
    ),
    "content by reference": atom(
        '<entry><id>http://a.example/1</id><content src="http://a.example/c"/></entry>'
    ),
    "two titles": rss("<item><title>a</title><title>b</title></item>"),
    "unknown element": rss(
        "<item><title>a</title><media:title xmlns:media='http://search.yahoo.com/mrss/'>b</media:title></item>"
    ),
    "markup inside a title": rss("<item><title>a <b>bold</b></title></item>"),
    "comment inside a description": rss(
        "<item><description>a<!-- hidden -->b</description></item>"
    ),
    "item outside the channel": (
        b'<rss version="2.0"><channel><title>x</title>'
        b"<foo><item><link>http://a.example/1</link></item></foo></channel></rss>"
    ),
    "rss 0.91": (
        b'<rss version="0.91"><channel><title>x</title>'
        b"<item><link>http://a.example/1</link></item></channel></rss>"
    ),
    "rdf": (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/"><channel><title>x</title></channel>'
        b"<item><link>http://a.example/1</link></item></rdf:RDF>"
    ),
    "latin-1 declared": (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<rss version="2.0"><channel><title>café</title></channel></rss>'
    ).encode("latin-1"),
    "not well-formed": rss("<item><title>a &nbsp; b</title></item>"),
    "empty link": rss("<item><guid>http://a.example/g</guid><link></link></item>"),
    "html page": b"<html><head><title>x</title></head><body>hello</body></html>",
    # feedparser lower-cases element names: these are an entry and a title to it
    "Item": rss("<Item><title>a</title><link>http://a.example/1</link></Item>"),
    "ITEM beside an item": rss(
        "<item><link>http://a.example/1</link></item><ITEM><link>http://a.example/2</link></ITEM>"
    ),
    "Entry": atom("<Entry><id>http://a.example/1</id><title>a</title></Entry>"),
    "prefixed atom:Entry": atom(
        "<atom:Entry xmlns:atom='http://www.w3.org/2005/Atom'><atom:id>http://a.example/1"
        "</atom:id></atom:Entry>"
    ),
    "channel TiTlE": rss(
        "<item><link>http://a.example/2</link></item>", channel="<TiTlE>T</TiTlE>"
    ),
    "atom feed Title": atom("<entry><id>http://a.example/1</id></entry>", head="<Title>T</Title>"),
    "nested 5,000 deep": rss(
        "<item><link>http://a.example/deep</link><category>"
        + "<b>" * 5000
        + "x"
        + "</b>" * 5000
        + "</category></item>"
    ),
}


@pytest.mark.parametrize("name", sorted(TAKEN))
def test_the_fast_reader_gives_what_feedparser_gives(name: str, monkeypatch: pytest.MonkeyPatch):
    fast, slow, taken = both(TAKEN[name], monkeypatch)
    assert taken, "the fast reader should take this document"
    assert fast == slow


@pytest.mark.parametrize("name", sorted(HANDED_OVER))
def test_what_the_fast_reader_cannot_read_goes_to_feedparser(name: str, monkeypatch):
    fast, slow, taken = both(HANDED_OVER[name], monkeypatch)
    assert not taken
    assert fast == slow


@pytest.mark.parametrize(
    "content_type, taken",
    [
        ("application/rss+xml", True),
        ("text/xml", True),
        ("application/xml; charset=UTF-8", True),
        ("text/xml; charset=iso-8859-1", False),
        ("text/html", False),
    ],
)
def test_the_served_type_decides_too(content_type: str, taken: bool, monkeypatch):
    body = TAKEN["chinese text"]
    fast, slow, was_taken = both(body, monkeypatch, content_type)
    assert was_taken is taken
    assert fast == slow


# --- random feeds made of the pieces above ----------------------------------------------------

_TITLES = [
    "Plain",
    "AT&amp;amp;T",
    "&lt;b&gt;Bold&lt;/b&gt;",
    "3 &lt; 4 &amp; 5",
    "英伟达 OpenAI",
    "CafÃ©",
    "  spaced  ",
    "",
    "\u0093q\u0094",
]
_LINKS = [
    "http://a.example/{n}",
    "/rel/{n}",
    "rel-{n}",
    "http://a.example/{n}?a=1&amp;b=2",
    "https://b.example/{n}#frag",
]
_BODIES = [
    "",
    "short",
    "&lt;p&gt;para {n}&lt;/p&gt;",
    "<![CDATA[<p>cdata {n}</p>]]>",
    "text with &amp;amp; entity",
    "黄仁勋表示，投资“从来不是承诺”。",
]
_DATES = [
    "Tue, 01 Dec 2026 10:00:00 +0000",
    "2026-11-30T08:00:00+08:00",
    "Mon, 30 Nov 2026 08:00 EST",
    "2026-11-30",
    "garbage",
    "Sat, 01 Jan 1980 00:00:00 GMT",
    "Fri, 01 Jan 2100 00:00:00 GMT",
]


def _random_rss_item(rng: random.Random, n: int) -> str:
    parts = []
    if rng.random() < 0.9:
        parts.append(f"<title>{rng.choice(_TITLES)}</title>")
    if rng.random() < 0.8:
        parts.append(f"<link>{rng.choice(_LINKS).format(n=n)}</link>")
    if rng.random() < 0.7:
        flag = rng.choice(["", ' isPermaLink="false"', ' isPermaLink="true"'])
        parts.append(f"<guid{flag}>{rng.choice(_LINKS).format(n=n)}</guid>")
    if rng.random() < 0.8:
        parts.append(f"<description>{rng.choice(_BODIES).format(n=n)}</description>")
    if rng.random() < 0.3:
        parts.append(f"<content:encoded>{rng.choice(_BODIES).format(n=n)}</content:encoded>")
    if rng.random() < 0.8:
        parts.append(f"<pubDate>{rng.choice(_DATES)}</pubDate>")
    if rng.random() < 0.2:
        parts.append(f"<dc:date>{rng.choice(_DATES)}</dc:date>")
    if rng.random() < 0.3:
        parts.append("<category>x</category><dc:creator>y</dc:creator>")
    rng.shuffle(parts)
    return "<item>" + "".join(parts) + "</item>"


def _random_atom_entry(rng: random.Random, n: int) -> str:
    parts = []
    if rng.random() < 0.9:
        parts.append(f"<id>{rng.choice([*_LINKS, 'tag:a.example,2026:{n}']).format(n=n)}</id>")
    if rng.random() < 0.9:
        kind = rng.choice(["", ' type="text"', ' type="html"'])
        parts.append(f"<title{kind}>{rng.choice(_TITLES)}</title>")
    for _ in range(rng.randint(0, 2)):
        rel = rng.choice(["", ' rel="alternate"', ' rel="self"', ' rel="related"'])
        parts.append(f'<link{rel} href="{rng.choice(_LINKS).format(n=n)}"/>')
    for tag in ("summary", "content"):
        if rng.random() < 0.6:
            kind = rng.choice(["", ' type="text"', ' type="html"'])
            parts.append(f"<{tag}{kind}>{rng.choice(_BODIES).format(n=n)}</{tag}>")
    for tag in ("published", "updated"):
        if rng.random() < 0.7:
            parts.append(f"<{tag}>{rng.choice(_DATES)}</{tag}>")
    rng.shuffle(parts)
    return "<entry>" + "".join(parts) + "</entry>"


def test_random_plain_feeds_read_the_same_both_ways(monkeypatch: pytest.MonkeyPatch):
    rng = random.Random(20261202)
    taken = 0
    for number in range(300):
        if number % 2:
            body = rss("".join(_random_rss_item(rng, n) for n in range(rng.randint(0, 6))))
        else:
            body = atom("".join(_random_atom_entry(rng, n) for n in range(rng.randint(0, 6))))
        fast, slow, was_taken = both(body, monkeypatch)
        taken += was_taken
        assert fast == slow, body.decode()
    assert taken >= 250  # the pieces are all plain: the fast reader must take nearly all


def test_watch_plain_sends_every_feed_to_feedparser(monkeypatch: pytest.MonkeyPatch):
    body = TAKEN["plain rss"]
    fast = feeds.parse_feed(fetched(body), "f", now=NOW)

    def refuse(body: bytes, headers: object) -> None:
        raise AssertionError("the fast reader ran under WATCH_PLAIN")

    monkeypatch.setattr(feedxml, "read", refuse)
    monkeypatch.setenv("WATCH_PLAIN", "1")
    assert feeds.parse_feed(fetched(body), "f", now=NOW) == fast
