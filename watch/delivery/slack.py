"""A digest as a Slack-style message (`format: slack` webhooks): mrkdwn sections built from
the digest's payload, with the characters Slack treats as markup escaped in feed text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from watch.delivery.digest import Digest, bound, fold, safe_url

_SLACK_MAX_BLOCKS = 50  # Slack's limit per message
_SLACK_MAX_SECTION = 3000  # characters in one section's text
_SLACK_MAX_HEADER = 150


def _slack(text: object) -> str:
    """Feed text for mrkdwn: one line, with the three characters Slack treats as markup escaped
    (so `<!channel>` or `<http://evil|label>` in a title stays literal text)."""
    return fold(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link(url: str | None, label: str) -> str:
    target = safe_url(url or "")
    if target is None:
        return _slack(label) + (f" ({_slack(url)})" if url else "")
    target = target.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E")
    return f"<{target.replace('|', '%7C')}|{_slack(label or target)}>"


def alert_sections(alert: Mapping[str, Any]) -> list[str]:
    """One alert (an item of the payload's `alerts`) as mrkdwn section texts, each within
    Slack's section limit, cut between whole lines (never inside a <url|label> link): an alert
    with many copies of its story takes several sections instead of losing lines."""
    claim = alert["claim"]
    lines = [f"*{_slack(claim['id'])}*: {_slack(claim['statement'])}"]
    change = alert.get("status_change")
    if change:
        lines.append(
            f"Status: *{_slack(change['from'])}* → *{_slack(change['to'])}* "
            f"({_slack(change['reason'])})"
        )
    for record in alert["evidence"]:
        day = (record["published"] or "-")[:10]
        lines.append(
            f"• _{_slack(record['stance'])}_ ({record['confidence']:.2f}) "
            f"{_slack(record['source'])}, {day}: "
            f"{_slack_link(record['url'], record['title'] or record['url'])}\n"
            f"> {_slack(bound(fold(record['quote']), 600))}"
        )
    sections: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        line = bound(line, _SLACK_MAX_SECTION)
        if current and size + len(line) + 1 > _SLACK_MAX_SECTION:
            sections.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    sections.append("\n".join(current))
    return sections


ALERT_ROOM = _SLACK_MAX_BLOCKS - 3  # blocks left for alerts beside header, divider and table


def slack_message(digest: Digest) -> dict[str, Any]:
    """A Slack-style message ({"text", "blocks"}) built from `digest.payload`.

    Feed-derived text is escaped for mrkdwn; only http(s) URLs become links. The outbox splits
    a delivery so that each message's alerts fit in `ALERT_ROOM` blocks (see
    `watch.delivery.notify.split_messages`); only one alert that is larger than a whole
    message on its own is cut, with a note saying how much of it was left out.
    """
    payload = digest.payload
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": _slack(bound(digest.subject, _SLACK_MAX_HEADER)),
            },
        }
    ]
    sections = [text for alert in payload.get("alerts", []) for text in alert_sections(alert)]
    note = None
    if len(sections) > ALERT_ROOM:
        note = f"…{len(sections) - ALERT_ROOM + 1} more sections of this alert cut"
        sections = sections[: ALERT_ROOM - 1]
    blocks += [{"type": "section", "text": {"type": "mrkdwn", "text": t}} for t in sections]
    if note is not None:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
    rows = [
        f"`{_slack(c['id'])}` {_slack(c['status'])} (+{c['confirms']} / "
        f"-{c['contradicts']}, {c['sources']} sources)"
        for c in payload.get("claims", [])
    ]
    if rows:
        blocks.append({"type": "divider"})
        table = bound("*All tracked claims*\n" + "\n".join(rows), _SLACK_MAX_SECTION)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": table}})
    return {"text": _slack(digest.subject), "blocks": blocks}
