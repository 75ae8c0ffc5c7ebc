"""Claim engine: a filer's formal headline that names its organ's or meeting's notice.

- under "……股份有限公司第五届董事会第八次会议决议公告", a filing that opens with a
  securities-code line and boilerplate, 公司 in a later paragraph is still the filer (an English
  filing's "the Company" already is, under any headline naming the company: kept);
- a news headline that names the company's board without a notice word, or a filing headline
  that names no legal name, lends nothing to a bare 公司 there.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance


def _hire() -> Any:
    """Hengyuan Foods appoints Lin Wei its general manager."""
    return rule_under_test(
        id="hengyuan-gm",
        statement="恒源食品将聘任林伟为公司总经理",
        subject={"company": ["恒源食品", "Hengyuan Foods"], "person": ["林伟", "Lin Wei"]},
        window=2,
        confirms=["聘任", "任命", "appoint"],
        contradicts=["<cancellation>"],
    )


_BODY_ZH = (
    "证券代码：601234　　证券简称：恒源食品　　公告编号：2026-011\n\n"
    "本公司董事会及全体董事保证本公告内容真实、准确、完整。\n\n"
    "一、会议召开情况\n\n本次会议于2026年2月12日以现场方式召开，应到董事7名，实到7名。\n\n"
    "二、会议审议情况\n\n会议审议通过相关议案，董事会同意聘任林伟先生为公司总经理，任期三年。\n"
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("恒源食品股份有限公司第五届董事会第八次会议决议公告", _BODY_ZH),
        ("恒源食品股份有限公司董事会2026年第一次临时会议决议公告", _BODY_ZH),
        ("恆源食品股份有限公司2026年第一次臨時股東大會決議公告", _BODY_ZH),
    ],
)
def test_company_past_the_boilerplate_is_the_filer(title: str, text: str) -> None:
    assert judged(_hire(), text, title).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("恒源食品股份有限公司董事会换届引关注", _BODY_ZH),  # news about the board, no notice
        ("食品行业董事会决议公告汇编", _BODY_ZH),  # no filer's legal name
    ],
)
def test_no_formal_notice_lends_nothing(title: str, text: str) -> None:
    assert judged(_hire(), text, title).stance is not Stance.CONFIRMS


# --- a figure in the clause after a recap's date ------------------------------------------------


def _award() -> Any:
    """Huaxin Build wins the Lakeside Stadium contract at about 5.2 billion yuan."""
    return rule_under_test(
        id="huaxin-stadium",
        statement="华信建工中标湖滨体育场总承包，中标价约52亿元",
        made="2026-02-10",
        subject={
            "company": ["华信建工", "Huaxin Build"],
            "project": ["湖滨体育场", "Lakeside Stadium"],
        },
        window=2,
        confirms=["中标", "won", "awarded"],
        contradicts=["<cancellation>"],
        amount={"currency": "CNY", "confirms": [["4.8B", "5.6B"]]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "湖滨体育场总承包由华信建工承建，今年2月中标，中标价51.8亿元。",
        "湖滨體育場總承包由華信建工承建，今年2月中標，合同金額約51.8億元。",
        "Huaxin Build was awarded the Lakeside Stadium job in February, at a price of "
        "5.18 billion yuan.",
    ],
)
def test_a_figure_labelled_after_a_recap_is_the_recaps(text: str) -> None:
    assert judged(_award(), text, published=dt.date(2026, 11, 5)).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # no recap's date: the award is the news, its price too
        "湖滨体育场总承包由华信建工中标，中标价51.8亿元。",
        "Huaxin Build won the Lakeside Stadium contract, worth 5.18 billion yuan.",
    ],
)
def test_a_figure_labelled_after_fresh_news_stays_news(text: str) -> None:
    assert judged(_award(), text, published=dt.date(2026, 2, 12)).stance is Stance.CONFIRMS
