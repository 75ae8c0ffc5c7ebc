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


def article(n: int, text: str) -> Article:
    return Article(
        url=f"https://outlet{n}.example/{n}.html",
        title=f"Acme news {n}",
        text=text,
        lang="en",
        published=NOW,
        feed_id=None,
    )


def ingest(tmp_path: Path, texts: list[str], claims: str = CLAIM) -> tuple[Store, int]:
    settings = load_settings(write_rules(tmp_path, [], claims=claims), env={})
    store = Store.open(tmp_path / "state")
    ingestor = make_ingestor(settings, store)
    for n, text in enumerate(texts):
        with store.atomic():
            assert ingestor.add(article(n, text), NOW) is not None
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
    assert changes == [("reported", "contradicted"), ("contradicted", "disputed")]
    assert alerts == 4  # two stories' evidence, two status changes


def test_a_mention_after_the_deadline_expires_the_claim(tmp_path: Path) -> None:
    claims = CLAIM.replace(
        "    made: 2026-02-01\n", "    made: 2026-02-01\n    deadline: 2026-06-30\n"
    )
    store, alerts = ingest(tmp_path, [MENTION], claims=claims)
    assert store.claim_statuses()["acme-ipo-2026"] == "expired"
    assert alerts == 1
