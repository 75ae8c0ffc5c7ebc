"""retold21: a statement already known, dated on or before the claim's day, is retold
(4月9日发表声明称, "The April 9 statement, which quoted ...", 据某社2月5日援引……报道); a
Chinese topic kicker before a colon names no source; a status quoted whole
(仍处"暂停进口"状态) names no other object."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test, stance_of

from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 5, 20)


def _plant(contradicts: list[str] | None = None) -> ClaimRule:
    return rule_under_test(
        id="kalmar-plant",
        made="2026-05-06",
        subject={"plant": ["Kalmar", "卡尔马"]},
        confirms=["approved for export", "cleared to export", "获准出口", "獲准出口", "恢复出口"],
        contradicts=contradicts or ["still barred", "仍被禁止"],
    )


def _judged(text: str, contradicts: list[str] | None = None) -> Stance | None:
    return stance_of(_plant(contradicts), "Kalmar news.\n\n" + text, PUBLISHED)


def test_a_dated_statement_on_the_claims_day_is_retold() -> None:
    for text in [
        "The May 6 statement, which cited the plant manager as saying the Kalmar plant was"
        " approved for export, drew praise from growers.",
        "Its May 4 announcement said the Kalmar plant was cleared to export.",
        "On May 6, Reuters reported, citing two officials, that the Kalmar plant was cleared to"
        " export.",
        "北欧肉联5月6日发表声明称，卡尔马工厂已获准出口。",
        "北歐肉聯5月6日發表聲明稱，卡爾馬工廠已獲准出口。",
        "北欧肉联在5月6日的公告中表示，卡尔马工厂已获准出口。",
        "据路透社5月6日援引两名官员报道，卡尔马工厂已获准出口。",
    ]:
        assert _judged(text) is Stance.MENTIONS, text


def test_a_statement_after_the_claims_day_is_still_news() -> None:
    for text in [
        "The May 15 statement said the Kalmar plant was approved for export.",
        "北欧肉联5月15日发表声明称，卡尔马工厂已获准出口。",
        "The Kalmar plant was approved for export on Friday, the ministry said.",
        "卡尔马工厂已获准出口，海关周五表示。",
    ]:
        assert _judged(text) is Stance.CONFIRMS, text


def test_a_chinese_topic_kicker_names_no_source() -> None:
    rule = _plant()
    body = "卡尔马工厂已获准出口，首批货柜本周装船。"
    for kicker in ["北欧猪肉出口寒冬", "冷链物流新规", "歐洲肉類貿易新局"]:
        v = judged(rule, body, f"{kicker}：卡尔马工厂获准出口", PUBLISHED)
        assert v.stance is Stance.CONFIRMS, kicker
        assert not any("headline or lead" in r for r in v.reasons), (kicker, v.reasons)
    # near misses: an outlet, a body, a person by office, a source still attributes
    for source in ["路透社", "华尔街日报", "海关总署", "商务部发言人", "知情人士"]:
        v = judged(rule, body, f"{source}：卡尔马工厂获准出口", PUBLISHED)
        assert any("headline or lead" in r for r in v.reasons), (source, v.reasons)


def test_a_status_quoted_whole_is_the_claims_own_thing() -> None:
    gapped = ["仍 ... 暂停", "仍 ... 暫停", "still ... halted"]
    for text in [
        "海关名录显示：卡尔马工厂仍处“暂停进口”状态。",
        '海关名录显示：卡尔马工厂仍为"暂停输华"状态。',
        "海關名錄顯示：卡爾馬工廠仍處「暫停進口」狀態。",
    ]:
        assert _judged(text, gapped) is Stance.CONTRADICTS, text
    # near miss: a halt of another thing, not quoted, is still another object
    assert _judged("卡尔马工厂仍暂停了员工招聘，但已获准出口。", gapped) is Stance.CONFIRMS
