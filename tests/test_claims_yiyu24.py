"""Claim engine: 已于 ("already, on ...") with a day of the news's own cycle is the news.

- 已于当日/今日/昨日/本周/周二完成, and 已于 + a date at most a week before publication
  (已于9月30日完成 in a 1 October piece, 已于28日 on the 29th), in simplified and traditional
  script (已於當日), tell a completion that is today's news: it confirms;
- 已于去年, 已于2024年, 已于2月 in a July piece, 已于此前 and a day weeks before publication
  stay a recap: a mention;
- the English "said it had already completed ... on Sept. 30" was never read as a recap.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.recency import news_cycle_day
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _closing() -> ClaimRule:
    """Acme closes its purchase of Globex this year."""
    return rule_under_test(
        id="acme-globex-close",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝克斯"]},
        window=1,
        confirms=["完成收购", "完成交割", "completed the acquisition", "completed its acquisition"],
    )


OCT_1 = dt.date(2026, 10, 1)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "艾克美公告称，收购格洛贝克斯已于9月30日完成交割。",
        "艾克美9月30日晚间公告，对格洛贝克斯的收购已于当日完成交割。",
        "艾克美公告，公司已于昨日完成收购格洛贝克斯。",
        "艾克美表示，公司已于本周完成收购格洛贝克斯。",
        "艾克美表示，公司已于周二完成收购格洛贝克斯。",
        "艾克美公告稱，收購格洛貝克斯已於當日完成交割。",
        "艾克美公告稱，公司已於9月28日完成收購格洛貝克斯。",
        "Acme said on Thursday it had already completed the acquisition of Globex on Sept. 30.",
    ],
)
def test_already_on_the_news_day_confirms(text: str) -> None:
    assert stance_of(_closing(), text, OCT_1) is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("艾克美公告称，收购格洛贝克斯已于去年完成交割。", OCT_1),
        ("艾克美表示，公司已于2024年完成收购格洛贝克斯。", OCT_1),
        ("艾克美表示，公司已于2月完成收购格洛贝克斯。", dt.date(2026, 7, 15)),
        ("艾克美表示，公司已于此前完成收购格洛贝克斯。", OCT_1),
        ("艾克美表示，公司已于8月20日完成收购格洛贝克斯。", OCT_1),
        ("艾克美表示，公司已於8月20日完成收購格洛贝克斯。", OCT_1),
    ],
)
def test_already_long_before_stays_a_recap(text: str, published: dt.date) -> None:
    assert stance_of(_closing(), text, published) is Stance.MENTIONS


@pytest.mark.parametrize(
    ("after", "published", "news"),
    [
        ("当日完成", OCT_1, True),
        ("28日完成", dt.date(2026, 5, 29), True),
        ("28日完成", dt.date(2026, 6, 2), True),  # last month's 28th, five days back
        ("上周五完成", dt.date(2026, 10, 5), True),  # Monday: Friday three days back
        ("上周一完成", dt.date(2026, 10, 9), False),  # Friday: eleven days back
        ("9月30日完成", OCT_1, True),
        ("9月20日完成", OCT_1, False),
        ("10月3日完成", OCT_1, False),  # after publication: a plan, not a completion
        ("本月完成", OCT_1, False),
        ("去年完成", OCT_1, False),
    ],
)
def test_news_cycle_day(after: str, published: dt.date, news: bool) -> None:
    assert news_cycle_day(after, 0, published) is news
