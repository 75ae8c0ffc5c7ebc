from __future__ import annotations

import json
import re

import lxml.html
import pytest

from tests.notify_servers import (
    NOW,
    STATEMENTS,
    evidence_alert,
    sample_claims,
    sample_record,
    status_alert,
)
from watch.delivery.digest import MAX_SUBJECT, Digest, fold, render_digest, safe_url
from watch.delivery.slack import slack_message
from watch.models import ClaimStatus, Stance

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'


def render(alerts, **kwargs) -> Digest:
    return render_digest(alerts, sample_claims(), statements=STATEMENTS, generated_at=NOW, **kwargs)


def hostile_digest() -> Digest:
    record = sample_record(
        title=f"Scoop {SCRIPT}",
        quote=f"They said {IMG} & more",
        url="javascript:alert(3)",
        source="<b>evil</b>.example",
    )
    safe = sample_record(
        "acme-buys-widgets",
        article_id=2,
        stance=Stance.CONFIRMS,
        title="Title with <!channel> ping",
        url="https://ok.example/x?a=1&b=2",
    )
    return render([evidence_alert(record), evidence_alert(safe, alert_id=2)])


# --- subject ----------------------------------------------------------------------------------


def test_subject_names_status_changes():
    alerts = [
        status_alert("openai-ipo-q4-2026", ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED),
        status_alert("acme-buys-widgets", ClaimStatus.REPORTED, ClaimStatus.CONFIRMED, alert_id=11),
    ]
    assert render(alerts).subject == (
        "2 claims changed: openai-ipo-q4-2026 contradicted, acme-buys-widgets confirmed"
    )


def test_subject_counts_evidence_on_claims():
    alerts = [
        evidence_alert(sample_record(article_id=1)),
        evidence_alert(sample_record(article_id=2), alert_id=2),
        evidence_alert(sample_record("acme-buys-widgets", article_id=3), alert_id=3),
    ]
    assert render(alerts).subject == "3 new pieces of evidence on 2 claims"


def test_subject_mentions_change_and_extra_evidence():
    alerts = [
        status_alert("openai-ipo-q4-2026", ClaimStatus.REPORTED, ClaimStatus.DISPUTED),
        evidence_alert(sample_record(article_id=5), alert_id=2),
    ]
    assert render(alerts).subject == (
        "1 claim changed: openai-ipo-q4-2026 disputed (+1 new piece of evidence)"
    )


def test_single_evidence_subject_carries_folded_title():
    record = sample_record(title="Breaking:\r\nBcc: victim@example.com\n\tmore\u2028end")
    subject = render([evidence_alert(record)]).subject
    assert subject == (
        "New evidence contradicts openai-ipo-q4-2026: Breaking: Bcc: victim@example.com more end"
    )
    assert not re.search(r"[\r\n\x00-\x1f\u2028\u2029]", subject)


def test_subject_is_bounded():
    record = sample_record(title="word " * 200)
    subject = render([evidence_alert(record)]).subject
    assert len(subject) <= MAX_SUBJECT
    assert subject.endswith("…")


def test_empty_digest_says_so():
    digest = render([])
    assert digest.subject == "No new evidence"
    assert "No new evidence since the last digest." in digest.text
    assert digest.payload["alerts"] == []
    assert len(digest.payload["claims"]) == 3


# --- text and HTML ----------------------------------------------------------------------------


def test_text_groups_evidence_under_its_claim_and_lists_all_claims():
    record = sample_record()
    alerts = [
        status_alert(
            "openai-ipo-q4-2026", ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED, evidence=(record,)
        ),
        evidence_alert(record, alert_id=2),
    ]
    text = render(alerts).text
    block = text.split("== openai-ipo-q4-2026 ==")[1].split("Status of all tracked claims")[0]
    assert STATEMENTS["openai-ipo-q4-2026"] in block
    assert "Status: reported -> contradicted (2 independent outlets contradict it)" in block
    assert "CONTRADICTS (confidence 0.82)" in block
    assert f'"{record.quote}"' in block
    assert "news.example.com, 2026-11-20" in block
    assert record.url in block
    assert block.count(record.quote) == 1  # the status alert repeats it: shown once
    table = text.split("Status of all tracked claims:")[1]
    for claim in sample_claims():
        assert re.search(rf"{claim.claim_id}\s+{claim.status}\s", table)
    assert "quiet-claim" not in text.split("Status of all tracked claims:")[0]


def test_html_escapes_everything_from_feeds():
    page = hostile_digest().html
    assert "<script>" not in page and "<img" not in page and "<b>evil" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "&lt;b&gt;evil&lt;/b&gt;.example" in page


def test_html_links_only_http_urls():
    page = hostile_digest().html
    assert 'href="javascript' not in page
    assert "javascript:alert(3)" in page  # still shown, as text
    assert '<a href="https://ok.example/x?a=1&amp;b=2" rel="noopener noreferrer">' in page


def test_html_has_status_table_of_every_claim():
    tree = lxml.html.fromstring(render([]).html)
    rows = tree.xpath("//table//tr")
    assert [row.xpath("string(td[1]/b)") for row in rows] == [c.claim_id for c in sample_claims()]
    assert [row.xpath("string(td[2]/span[1])") for row in rows] == [
        str(c.status) for c in sample_claims()
    ]


def test_also_seen_section():
    mention = sample_record("acme-buys-widgets", stance=Stance.MENTIONS, title="Acme in talks")
    digest = render([], also_seen=[mention])
    assert "Also seen (mentions):" in digest.text
    assert "[acme-buys-widgets] Acme in talks" in digest.text
    assert "Also seen" in digest.html
    assert digest.payload["also_seen"][0]["title"] == "Acme in talks"
    assert digest.payload["also_seen"][0]["claim_id"] == "acme-buys-widgets"


# --- payload ----------------------------------------------------------------------------------


def test_payload_shape_is_versioned_and_json():
    record = sample_record()
    alerts = [
        status_alert(
            "openai-ipo-q4-2026", ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED, evidence=(record,)
        )
    ]
    payload = json.loads(json.dumps(render(alerts).payload))
    assert payload["version"] == 1
    assert payload["type"] == "watch.digest"
    assert payload["generated_at"] == "2026-11-23T08:00:00Z"
    alert = payload["alerts"][0]
    assert alert["id"] == 10 and alert["key"] == "s:openai-ipo-q4-2026:contradicted"
    assert alert["claim"] == {
        "id": "openai-ipo-q4-2026",
        "statement": STATEMENTS["openai-ipo-q4-2026"],
    }
    assert alert["kind"] == "status" and alert["stance"] is None
    assert alert["status_change"]["from"] == "reported"
    assert alert["status_change"]["to"] == "contradicted"
    assert alert["status_change"]["reason"] == "2 independent outlets contradict it"
    assert alert["evidence"] == [
        {
            "quote": record.quote,
            "url": record.url,
            "title": record.title,
            "source": "news.example.com",
            "published": "2026-11-20T09:30:00Z",
            "lang": "en",
            "stance": "contradicts",
            "confidence": 0.82,
        }
    ]
    assert payload["claims"][2] == {
        "id": "quiet-claim",
        "statement": STATEMENTS["quiet-claim"],
        "status": "reported",
        "confirms": 0,
        "contradicts": 0,
        "sources": 0,
        "last_evidence_at": None,
    }


def test_payload_keeps_feed_text_verbatim():
    payload = hostile_digest().payload
    evidence = payload["alerts"][0]["evidence"][0]
    assert evidence["title"] == f"Scoop {SCRIPT}"
    assert evidence["quote"] == f"They said {IMG} & more"
    assert evidence["url"] == "javascript:alert(3)"


def test_statement_falls_back_to_claim_summary():
    digest = render_digest(
        [evidence_alert(sample_record())], sample_claims(), statements={}, generated_at=NOW
    )
    assert digest.payload["alerts"][0]["claim"]["statement"] == STATEMENTS["openai-ipo-q4-2026"]


def test_rendering_is_deterministic():
    alerts = [evidence_alert(sample_record())]
    assert render(alerts) == render(alerts)


# --- Slack ------------------------------------------------------------------------------------


def test_slack_escapes_feed_text_and_links_only_http():
    message = slack_message(hostile_digest())
    dumped = json.dumps(message)
    assert "<script>" not in dumped and "<!channel>" not in dumped and "<img" not in dumped
    sections = "\n".join(b["text"]["text"] for b in message["blocks"] if b["type"] == "section")
    assert "Scoop &lt;script&gt;alert(1)&lt;/script&gt; (javascript:alert(3))" in sections
    assert "&lt;!channel&gt;" in sections
    assert "<https://ok.example/x?a=1&amp;b=2|Title with &lt;!channel&gt; ping>" in sections
    assert 'They said &lt;img src=x onerror="alert(2)"&gt; &amp; more' in sections
    assert message["text"] == "2 new pieces of evidence on 2 claims"
    assert message["blocks"][0]["type"] == "header"


def test_slack_message_holds_every_alert_it_is_given():
    # The outbox splits deliveries (tests/test_outbox.py); a message never drops an alert.
    alerts = [evidence_alert(sample_record(article_id=i), alert_id=i) for i in range(40)]
    message = slack_message(render(alerts))
    dumped = json.dumps(message)
    assert len(message["blocks"]) <= 50 and "more" not in dumped
    assert dumped.count("OpenAI delays listing") == 40
    assert all(len(b["text"]["text"]) <= 3000 for b in message["blocks"] if "text" in b)


# --- helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("a\r\nb", "a b"),
        ("  x\t\ty ", "x y"),
        ("p\u2028q\x85r", "p q r"),
        ("z\x00\x1bw", "z w"),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("HTTP://a.example", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("//a.example/x", False),
        ("https://", False),
        ("https://a.example/x\nLocation: y", False),
        ("http://[::1", False),
        ("", False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) == url) is ok
