"""The ingestor against a real store: what mentions, decisive evidence and deadlines do to the
ledger when articles arrive one by one, as a check stores them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.feedkit import CLAIM, write_rules
from watch.config import load_settings
from watch.models import Article
from watch.pipeline import make_ingestor
from watch.store import Store

NOW = datetime(2026, 11, 20, 8, tzinfo=UTC)
MENTION = "Acme Robotics and its IPO were discussed by analysts at a conference in Boston."
CONTRADICTS = "Acme Robotics has postponed its IPO until 2027, the company said on Tuesday."
CONFIRMS = "Acme Robotics is on track for its IPO in the fourth quarter, the company said."


def dated(n: int, text: str, published: datetime) -> Article:
    return Article(
        url=f"https://outlet{n}.example/{n}.html",
        title=f"Acme news {n}",
        text=text,
        lang="en",
        published=published,
        feed_id=None,
    )


def article(n: int, text: str) -> Article:
    return dated(n, text, NOW)


def ingest(tmp_path: Path, texts: list[str], claims: str = CLAIM) -> tuple[Store, int]:
    settings = load_settings(write_rules(tmp_path, [], claims=claims), env={})
    store = Store.open(tmp_path / "state")
    ingestor = make_ingestor(settings, store)
    for n, text in enumerate(texts):
        with store.atomic():
            assert ingestor.add(article(n, text), NOW) is not None
    with store.atomic():
        ingestor.settle(NOW)  # as a check does once its articles are in
    return store, ingestor.alerts_raised


def test_mentions_are_recorded_but_decide_nothing(tmp_path: Path) -> None:
    store, alerts = ingest(tmp_path, [MENTION, MENTION.replace("Boston", "Denver")])
    assert [r.stance for r in store.evidence("acme-ipo-2026")] == ["mentions", "mentions"]
    assert "acme-ipo-2026" not in store.claim_statuses() and alerts == 0


def test_decisive_evidence_after_mentions_is_judged_on_the_whole_history(tmp_path: Path) -> None:
    store, alerts = ingest(tmp_path, [MENTION, CONTRADICTS, MENTION + " Again.", CONFIRMS])
    assert [r.stance for r in store.evidence("acme-ipo-2026")] == [
        "mentions",
        "contradicts",
        "mentions",
        "confirms",
    ]
    assert store.claim_statuses()["acme-ipo-2026"] == "disputed"
    changes = [(c.old, c.new) for c in store.status_changes("acme-ipo-2026")]
    assert changes == [("reported", "disputed")]  # one change a run, from the whole evidence
    assert alerts == 3  # two stories' evidence, one status change


def test_a_mention_after_the_deadline_expires_the_claim(tmp_path: Path) -> None:
    claims = CLAIM.replace(
        "    made: 2026-02-01\n", "    made: 2026-02-01\n    deadline: 2026-06-30\n"
    )
    store, alerts = ingest(tmp_path, [MENTION], claims=claims)
    assert store.claim_statuses()["acme-ipo-2026"] == "expired"
    assert alerts == 1


DEADLINE_CLAIM = CLAIM.replace(
    "    made: 2026-02-01\n", "    made: 2026-02-01\n    deadline: 2026-06-30\n"
)
ARRIVALS = [
    dated(0, MENTION, datetime(2026, 3, 1, 9, tzinfo=UTC)),
    dated(1, CONTRADICTS, datetime(2026, 5, 2, 9, tzinfo=UTC)),
    dated(2, CONFIRMS.replace("on track", "still on track"), datetime(2026, 8, 3, 9, tzinfo=UTC)),
    dated(3, MENTION.replace("Boston", "Denver"), datetime(2026, 9, 1, 9, tzinfo=UTC)),
]


def ingest_in_order(folder: Path, order: list[int]) -> Store:
    """Each article in a check of its own (ingest, then the deadlines), in `order`, all of them
    back-filled long after they were published."""
    settings = load_settings(write_rules(folder, [], claims=DEADLINE_CLAIM), env={})
    store = Store.open(folder / "state")
    for step, index in enumerate(order):
        now = datetime(2026, 11, 20, 8 + step, tzinfo=UTC)
        ingestor = make_ingestor(settings, store)
        with store.atomic():
            assert ingestor.add(ARRIVALS[index], now) is not None
            ingestor.settle(now)
    return store


def test_any_arrival_order_gives_the_same_status_and_timeline(tmp_path: Path) -> None:
    from watch.views import claim_timeline

    settings = load_settings(write_rules(tmp_path, [], claims=DEADLINE_CLAIM), env={})
    results = []
    for name, order in [
        ("published", [0, 1, 2, 3]),
        ("reverse", [3, 2, 1, 0]),
        ("mixed", [0, 3, 2, 1]),
    ]:
        store = ingest_in_order(tmp_path / name, order)
        timeline = claim_timeline(store, settings, "acme-ipo-2026", NOW.date())
        assert timeline is not None
        results.append(
            (
                store.claim_statuses()["acme-ipo-2026"],
                [(c.old, c.new, c.at, c.reason) for c in timeline.changes],
            )
        )
        store.close()
    assert results[0] == results[1] == results[2]
    status, changes = results[0]
    assert status == "disputed"
    assert [(old, new, at.date().isoformat()) for old, new, at, _ in changes] == [
        ("reported", "contradicted", "2026-05-02"),
        ("contradicted", "disputed", "2026-08-03"),
    ]  # the contradiction came before the deadline: the claim never expired


def test_a_late_article_that_changes_the_past_raises_its_own_alert(tmp_path: Path) -> None:
    store = ingest_in_order(tmp_path, [0, 1])  # expired by the mention, then the back-fill
    recorded = [(c.old, c.new) for c in store.status_changes("acme-ipo-2026")]
    assert recorded == [("reported", "expired"), ("expired", "contradicted")]
    alerts = [a for a in store.alerts() if a.kind == "status"]
    assert {a.change.new for a in alerts if a.change} == {"expired", "contradicted"}  # kept
    [late] = [a for a in alerts if a.change and a.change.new == "contradicted"]
    assert late.change is not None and "published 2026-05-02" in late.change.reason
    store.close()
