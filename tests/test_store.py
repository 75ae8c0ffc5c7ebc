"""The state database: schema and migrations, entry dedup, stories, search, the outbox."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watch.errors import StateError
from watch.models import (
    Alert,
    Article,
    ClaimStatus,
    DeliveryState,
    Entry,
    Evidence,
    Stance,
    StatusChange,
    Verdict,
)
from watch.store import Store
from watch.store.schema import SCHEMA_VERSION

NOW = datetime(2026, 11, 20, 8, tzinfo=UTC)


def article(url: str, text: str, title: str = "t", feed: str | None = "f") -> Article:
    return Article(
        url=url, title=title, text=text, lang="en", published=NOW, feed_id=feed, guid=url
    )


def add(store: Store, a: Article, story_of: int | None = None):
    return store.add_article(
        a, now=NOW, content_hash=a.url, fingerprint=None, bands=(None,) * 4, story_of=story_of
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "state") as s:
        s.sync_feeds([("f", "https://example.com/feed", "Example")])
        yield s


def test_new_database_is_at_the_current_version_in_wal_mode(store: Store) -> None:
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity_ok()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "watch.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StateError, match="newer than this watch"):
        Store.open(tmp_path)


def test_read_only_state_directory_is_a_state_error(tmp_path: Path) -> None:
    with pytest.raises(StateError, match="no state database"):
        Store.open(tmp_path / "missing", readonly=True)


def test_unseen_filters_known_guids_urls_and_duplicates(store: Store) -> None:
    e1 = Entry("g1", "https://a.com/1", None, "one", "", NOW)
    e2 = Entry("g2", "https://a.com/2", None, "two", "", NOW)
    dup_guid = Entry("g1", "https://a.com/other", None, "dup", "", NOW)
    assert store.unseen("f", [e1, e2, dup_guid]) == [e1, e2]
    add(store, article("https://a.com/2", "text"))
    store.remember_entries("f", ["g1"], NOW)
    republished = Entry("g9", "https://a.com/2", None, "same url, new guid", "", NOW)
    assert store.unseen("f", [e1, e2, republished]) == []


def test_same_url_is_stored_once(store: Store) -> None:
    assert add(store, article("https://a.com/x", "text")) is not None
    assert add(store, article("https://a.com/x", "other text")) is None


def test_copies_join_the_first_articles_story(store: Store) -> None:
    first = add(store, article("https://a.com/1", "wire story"))
    copy = add(store, article("https://b.com/1", "wire story"), story_of=first.id)
    other = add(store, article("https://c.com/1", "another story"))
    assert copy.story_id == first.id == first.story_id
    assert other.story_id == other.id


def test_search_finds_english_and_chinese(store: Store) -> None:
    add(store, article("https://a.com/1", "Nvidia will invest in OpenAI", title="Nvidia"))
    add(store, article("https://a.com/2", "英伟达将向OpenAI投资300亿美元", title="英伟达投资"))
    assert store.search("invest") == []  # not indexed yet: a check indexes at its end
    assert store.index_new_articles(batch=1, batches=1) == 1  # one batch of one, and stop
    assert (store.index_new_articles(batch=1), store.index_new_articles()) == (1, 0)
    assert [h.url for h in store.search("invest")] == ["https://a.com/1"]
    assert [h.url for h in store.search("英伟达")] == ["https://a.com/2"]
    assert [h.url for h in store.search("投资")] == ["https://a.com/2"]  # two characters
    assert store.search('"; DROP TABLE articles; --') == []


def test_search_terms_words_and_snippets(store: Store) -> None:
    text = "Analysts said on Monday that OpenAI宣布上市 would slip to 2027, citing the A股 market."
    add(store, article("https://a.com/1", text, title="OpenAI listing"))
    add(store, article("https://a.com/2", "英伟达公司的投资不具约束力", title="英伟达"))
    store.index_new_articles()
    urls = lambda q: [h.url for h in store.search(q)]  # noqa: E731
    assert urls("analy") == ["https://a.com/1"]  # English terms match words by prefix
    assert urls("OpenAI宣布") == urls("宣布上市") == ["https://a.com/1"]  # mixed Latin/Chinese
    assert urls("宣布 2027") == ["https://a.com/1"]  # every term must be there
    assert urls("宣布 2028") == []
    assert urls("伟达公") == ["https://a.com/2"]  # any run of characters inside a word
    assert urls("达投") == []  # characters not next to each other in the text
    assert urls("股") == urls("A股") == ["https://a.com/1"]  # a lone character: scanned
    assert urls("-- ''") == []  # nothing searchable
    [hit] = store.search("slip")
    assert (
        hit.snippet
        == "…said on Monday that OpenAI宣布上市 would [slip] to 2027, citing the A股 market."
    )
    [hit] = store.search("listing")  # in the title only: the text's opening
    assert hit.snippet.startswith("Analysts said")


def test_outbox_states(store: Store) -> None:
    stored = add(store, article("https://a.com/1", "text"))
    verdict = Verdict("c", Stance.CONTRADICTS, 0.9, (Evidence("sentence", 0, 8),), ("why",))
    [record] = store.add_evidence(stored, [verdict], NOW)
    assert store.add_evidence(stored, [verdict], NOW) == []  # once per (claim, article)
    alert = Alert(
        key="c/story/1",
        claim_id="c",
        kind="evidence",
        created_at=NOW,
        stance=Stance.CONTRADICTS,
        evidence=(record,),
    )
    alert_id = store.add_alert(alert, ["mail", "hook"])
    assert store.add_alert(alert, ["mail", "hook"]) is None
    assert store.pending("mail") == [alert_id]
    store.mark_sending("mail", [alert_id], "msg_1")
    assert store.in_flight("mail") == {"msg_1": [alert_id]}
    store.mark_sent("mail", "msg_1", NOW)
    states = {d.channel: d.state for d in store.deliveries([alert_id])}
    assert states == {"mail": DeliveryState.SENT, "hook": DeliveryState.PENDING}
    [loaded] = store.alerts_by_id([alert_id])
    assert loaded.evidence[0].quote == "sentence" and loaded.evidence[0].source == "a.com"


def test_status_changes_are_kept(store: Store) -> None:
    change = StatusChange("c", ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED, NOW, "3 stories")
    store.record_change(change)
    assert store.claim_statuses() == {"c": ClaimStatus.CONTRADICTED}
    assert store.status_changes("c") == [change]


def test_a_version_1_database_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    from watch.store.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "watch.db")
    MIGRATIONS[0](conn)  # the schema as version 1 shipped it
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO channels (name, last_digest_at) VALUES ('mail', '2026-11-01')")
    conn.commit()
    conn.close()
    with Store.open(tmp_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.last_digest_at("mail") == datetime(2026, 11, 1)
        assert store.last_sent_at("mail") is None
        store.set_last_sent_at("mail", NOW)
        assert store.last_sent_at("mail") == NOW


def test_a_version_3_trigram_index_is_replaced_and_refilled(tmp_path: Path) -> None:
    from watch.store.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "watch.db")
    for migration in MIGRATIONS[:3]:
        migration(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store.open(tmp_path) as store:
        store.sync_feeds([("f", "https://example.com/feed", "Example")])
        add(store, article("https://a.com/1", "英伟达将向OpenAI投资"))
        assert store.index_new_articles() == 1
        assert [h.url for h in store.search("投资")] == ["https://a.com/1"]


def _urls(path: Path) -> set[str]:
    """What another connection sees: only committed rows."""
    with sqlite3.connect(path) as other:
        return {r[0] for r in other.execute("SELECT url FROM articles")}


def test_transactions_commit_at_the_outer_block_and_roll_back_what_failed(
    store: Store, tmp_path: Path
) -> None:
    db_file = tmp_path / "state" / "watch.db"
    add(store, article("https://a/1", "outside any block"))
    assert _urls(db_file) == {"https://a/1"}  # a statement on its own is committed at once
    with store.atomic():
        add(store, article("https://a/2", "outer"))
        with pytest.raises(RuntimeError), store.atomic():
            add(store, article("https://a/3", "inner, undone"))
            raise RuntimeError("inner block fails")
        with store.atomic():
            add(store, article("https://a/4", "inner, kept"))
        assert _urls(db_file) == {"https://a/1"}  # nothing is visible before the outer commit
    assert _urls(db_file) == {"https://a/1", "https://a/2", "https://a/4"}
    with pytest.raises(RuntimeError), store.atomic():
        add(store, article("https://a/5", "outer block fails"))
        with store.atomic():
            add(store, article("https://a/6", "its inner block is undone with it"))
        raise RuntimeError("outer block fails")
    assert _urls(db_file) == {"https://a/1", "https://a/2", "https://a/4"}
    assert not store.db.conn.in_transaction


def test_a_database_error_inside_a_block_is_a_state_error_and_undoes_the_block(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(StateError, match="no such table"), store.atomic():
        add(store, article("https://b/1", "undone"))
        store.db.execute("SELECT * FROM no_such_table")
    assert _urls(tmp_path / "state" / "watch.db") == set()
    assert not store.db.conn.in_transaction


@pytest.mark.parametrize(
    "url",
    [
        "https://www.Example.com/2026/05/14/slug?x=1#top",
        "http://a.b",
        "http://a.b?x",
        "ftp://X.org#f",
        "https://news.example.co.uk./a",
        "http://h_o.example/",
        "http://user:pw@www.h.example/",
        "http://h.example:8080/x",
        "http://[::1]/x",
        "http:///x",
        "https://h.example\t/x",
        " https://www.h.example/",
        "not a url",
        "//h.example/x",
        "https://例子.example/新闻",
    ],
)
def test_an_articles_outlet_is_its_host_as_urlsplit_reads_it(url: str) -> None:
    from urllib.parse import urlsplit

    from watch.store.evidence import outlet

    expected = (urlsplit(url).hostname or "feed-1").removeprefix("www.")
    assert outlet(url, "feed-1") == expected
    assert outlet("seed:openai-ipo.md", "feed-1") == "openai-ipo.md"
