"""OPML import: feeds merged into rules.yaml text, comments kept, invalid results refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from watch.config import load_settings
from watch.errors import ConfigError
from watch.feeds.opml import merge_into_rules, parse_opml

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="Tech">
    <outline type="rss" text="Ars" title="Ars Technica" xmlUrl="https://feeds.arstechnica.com/x"/>
    <outline type="rss" text="36Kr" xmlUrl="https://36kr.com/feed"/>
    <outline type="rss" text="Ars again" xmlUrl="https://feeds.arstechnica.com/x"/>
  </outline>
  <outline type="rss" text="Has &quot;quotes&quot;" xmlUrl="https://q.example.com/rss"/>
</body></opml>"""

RULES = """# my rules — keep this comment
default_interval: 15m
feeds:
  - url: https://36kr.com/feed
    name: "36氪"
# after the feeds
"""


def test_parse_keeps_first_of_each_url() -> None:
    feeds = parse_opml(OPML)
    assert [(f.title, f.url) for f in feeds] == [
        ("Ars Technica", "https://feeds.arstechnica.com/x"),
        ("36Kr", "https://36kr.com/feed"),
        ('Has "quotes"', "https://q.example.com/rss"),
    ]


def test_merge_adds_new_feeds_and_keeps_comments(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    added = merge_into_rules(rules, parse_opml(OPML)).added
    assert [f.url for f in added] == [
        "https://feeds.arstechnica.com/x",
        "https://q.example.com/rss",
    ]
    text = rules.read_text(encoding="utf-8")
    assert "# my rules — keep this comment" in text and "# after the feeds" in text
    urls = [f.url for f in load_settings(rules, env={}).feeds]
    assert sorted(urls) == sorted(
        ["https://36kr.com/feed", "https://feeds.arstechnica.com/x", "https://q.example.com/rss"]
    )
    assert merge_into_rules(rules, parse_opml(OPML)).added == []


def test_not_opml_and_doctype_are_refused() -> None:
    with pytest.raises(ConfigError, match="not valid OPML"):
        parse_opml(b"<opml><body>")
    with pytest.raises(ConfigError, match="DOCTYPE"):
        parse_opml(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><opml/>')


def test_invalid_rules_are_left_untouched(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("feeds: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        merge_into_rules(rules, parse_opml(OPML))
    assert rules.read_text() == "feeds: 3\n"
